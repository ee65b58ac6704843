//===- mgpu_shim.cpp - the mgpu* CUDA runtime wrappers on the driver API --===//
//
// The subset of MLIR's CUDA runtime wrappers (mlir/lib/ExecutionEngine/CudaRuntimeWrappers.cpp,
// libmlir_cuda_runtime) that host code lowered by gpu-to-llvm and gpu-module-to-binary calls,
// for machines without an MLIR installation: the same C signatures, implemented on the CUDA
// driver API, which is loaded with dlopen (libcuda.so.1) so that nothing but the driver is
// needed at run time. Like upstream's wrappers, a failing driver call prints the call and the
// error and the program continues; mgpuShimFailed() tells the driver whether any call failed.
//
// Calls: mgpuModuleLoad (cubin / fatbin), mgpuModuleLoadJIT (PTX), mgpuModuleUnload,
// mgpuModuleGetFunction, mgpuLaunchKernel, mgpuStreamCreate / Synchronize / Destroy,
// mgpuMemAlloc / Free, mgpuMemcpy, mgpuMemset32.
//
//===----------------------------------------------------------------------===//

#include <cuda.h>

#include <dlfcn.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <mutex>

namespace {
/// Driver entry points; cuda.h maps e.g. cuMemAlloc to cuMemAlloc_v2, and so does the table.
#define MGPU_SHIM_FUNCTIONS(X)                                                                     \
  X(cuInit)                                                                                        \
  X(cuGetErrorName) X(cuDeviceGet) X(cuDevicePrimaryCtxRetain) X(cuCtxSetCurrent)                  \
      X(cuModuleLoadData) X(cuModuleLoadDataEx) X(cuModuleUnload) X(cuModuleGetFunction)           \
          X(cuFuncSetAttribute) X(cuLaunchKernel) X(cuStreamCreate) X(cuStreamSynchronize)         \
              X(cuStreamDestroy) X(cuMemAlloc) X(cuMemAllocManaged) X(cuMemFree) X(cuMemcpyAsync)  \
                  X(cuMemsetD32Async)

struct Driver {
#define MGPU_SHIM_MEMBER(name) decltype(&::name) name = nullptr;
  MGPU_SHIM_FUNCTIONS(MGPU_SHIM_MEMBER)
#undef MGPU_SHIM_MEMBER
  bool ok = false;
};

bool failedAny = false;

/// dlopen's the driver, initialises it and makes device 0's primary context current (as
/// upstream's ScopedContext does on every call).
Driver &driver() {
  static Driver drv;
  static std::once_flag once;
  std::call_once(once, [] {
    void *lib = dlopen("libcuda.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
      std::fprintf(stderr, "mgpu shim: cannot load libcuda.so.1: %s\n", dlerror());
      failedAny = true;
      return;
    }
// The versioned name cuda.h maps `name` to (cuMemAlloc -> "cuMemAlloc_v2"): the argument is
// macro-expanded before it is stringified.
#define MGPU_SHIM_STR_(name) #name
#define MGPU_SHIM_STR(name) MGPU_SHIM_STR_(name)
#define MGPU_SHIM_LOAD(name)                                                                       \
  drv.name = reinterpret_cast<decltype(drv.name)>(dlsym(lib, MGPU_SHIM_STR(name)));                \
  if (!drv.name) {                                                                                 \
    std::fprintf(stderr, "mgpu shim: libcuda.so.1 has no %s\n", MGPU_SHIM_STR(name));              \
    failedAny = true;                                                                              \
    return;                                                                                        \
  }
    MGPU_SHIM_FUNCTIONS(MGPU_SHIM_LOAD)
#undef MGPU_SHIM_LOAD
    drv.ok = true;
  });
  return drv;
}

void report(const char *call, CUresult result) {
  const char *name = "unknown";
  if (driver().cuGetErrorName)
    driver().cuGetErrorName(result, &name);
  std::fprintf(stderr, "mgpu shim: %s failed: %s\n", call, name);
  failedAny = true;
}

#define MGPU_CHECK(call, ...)                                                                      \
  do {                                                                                             \
    Driver &d_ = driver();                                                                         \
    if (!d_.ok) {                                                                                  \
      failedAny = true;                                                                            \
      break;                                                                                       \
    }                                                                                              \
    if (CUresult r_ = d_.call(__VA_ARGS__); r_ != CUDA_SUCCESS)                                    \
      report(#call, r_);                                                                           \
  } while (false)

/// Device 0's primary context, current on the calling thread.
void setContext() {
  static CUcontext context = nullptr;
  static std::once_flag once;
  std::call_once(once, [] {
    CUdevice device;
    MGPU_CHECK(cuInit, 0);
    MGPU_CHECK(cuDeviceGet, &device, 0);
    MGPU_CHECK(cuDevicePrimaryCtxRetain, &context, device);
  });
  MGPU_CHECK(cuCtxSetCurrent, context);
}

/// Dynamic shared memory a CTA may use without opting in (CUDA Programming Guide).
constexpr int32_t kDefaultSharedBytes = 48 * 1024;
} // namespace

extern "C" {
bool mgpuShimFailed() { return failedAny; }

CUmodule mgpuModuleLoad(void *data, size_t /*size*/) {
  setContext();
  CUmodule module = nullptr;
  MGPU_CHECK(cuModuleLoadData, &module, data);
  return module;
}

CUmodule mgpuModuleLoadJIT(void *data, int optLevel) {
  setContext();
  CUmodule module = nullptr;
  CUjit_option options[] = {CU_JIT_OPTIMIZATION_LEVEL};
  void *values[] = {reinterpret_cast<void *>(static_cast<intptr_t>(optLevel))};
  MGPU_CHECK(cuModuleLoadDataEx, &module, data, 1, options, values);
  return module;
}

void mgpuModuleUnload(CUmodule module) {
  // Called from a global destructor: the driver may already be shut down at process exit.
  Driver &d = driver();
  if (!d.ok)
    return;
  CUresult result = d.cuModuleUnload(module);
  if (result != CUDA_SUCCESS && result != CUDA_ERROR_DEINITIALIZED)
    report("cuModuleUnload", result);
}

CUfunction mgpuModuleGetFunction(CUmodule module, const char *name) {
  CUfunction function = nullptr;
  MGPU_CHECK(cuModuleGetFunction, &function, module, name);
  return function;
}

void mgpuLaunchKernel(CUfunction function, intptr_t gridX, intptr_t gridY, intptr_t gridZ,
                      intptr_t blockX, intptr_t blockY, intptr_t blockZ, int32_t smem,
                      CUstream stream, void **params, void **extra, size_t /*paramsCount*/) {
  setContext();
  if (smem > kDefaultSharedBytes)
    MGPU_CHECK(cuFuncSetAttribute, function, CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES, smem);
  MGPU_CHECK(cuLaunchKernel, function, gridX, gridY, gridZ, blockX, blockY, blockZ, smem, stream,
             params, extra);
}

CUstream mgpuStreamCreate() {
  setContext();
  CUstream stream = nullptr;
  MGPU_CHECK(cuStreamCreate, &stream, CU_STREAM_NON_BLOCKING);
  return stream;
}

void mgpuStreamDestroy(CUstream stream) { MGPU_CHECK(cuStreamDestroy, stream); }

void mgpuStreamSynchronize(CUstream stream) { MGPU_CHECK(cuStreamSynchronize, stream); }

void *mgpuMemAlloc(uint64_t bytes, CUstream /*stream*/, bool isHostShared) {
  setContext();
  CUdeviceptr ptr = 0;
  if (bytes == 0)
    return nullptr;
  if (isHostShared)
    MGPU_CHECK(cuMemAllocManaged, &ptr, bytes, CU_MEM_ATTACH_GLOBAL);
  else
    MGPU_CHECK(cuMemAlloc, &ptr, bytes);
  return reinterpret_cast<void *>(ptr);
}

void mgpuMemFree(void *ptr, CUstream /*stream*/) {
  MGPU_CHECK(cuMemFree, reinterpret_cast<CUdeviceptr>(ptr));
}

void mgpuMemcpy(void *dst, void *src, size_t bytes, CUstream stream) {
  setContext();
  MGPU_CHECK(cuMemcpyAsync, reinterpret_cast<CUdeviceptr>(dst), reinterpret_cast<CUdeviceptr>(src),
             bytes, stream);
}

void mgpuMemset32(void *dst, unsigned int value, size_t count, CUstream stream) {
  MGPU_CHECK(cuMemsetD32Async, reinterpret_cast<CUdeviceptr>(dst), value, count, stream);
}
} // extern "C"
