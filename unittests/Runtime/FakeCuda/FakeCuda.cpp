//===- FakeCuda.cpp - a test double of the CUDA driver (libattn_fake_cuda) -===//
//
// Implements every entry point of ATTN_RT_DRIVER_FUNCTIONS (lib/Runtime/DriverApi.h) over
// host memory, plus the control functions of FakeCuda.h. The declarations come from the
// runtime's CudaApi.h, so the exported names are the versioned ones the runtime looks up
// (cuMemAlloc -> cuMemAlloc_v2). The behaviour the runtime relies on is modelled strictly:
// handles must be live, copies must land inside one allocation, a context must be current
// for module and launch calls, and launch shapes must be within the hardware limits.
//
//===----------------------------------------------------------------------===//
#include "FakeCuda.h"

#include "CudaApi.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#define ATTN_FAKE_EXPORT extern "C" __attribute__((visibility("default")))

namespace {

// CUresult values (cuda.h's CUDA_ERROR_*), spelled as numbers so the fallback subset of
// CudaApi.h (which has only CUDA_SUCCESS) builds too.
constexpr int kInvalidValue = 1;
constexpr int kOutOfMemory = 2;
constexpr int kNotInitialized = 3;
constexpr int kInvalidDevice = 101;
constexpr int kInvalidImage = 200;
constexpr int kInvalidContext = 201;
constexpr int kInvalidHandle = 400;
constexpr int kNotFound = 500;
constexpr int kLaunchOutOfResources = 701;
constexpr int kUnknown = 999;

struct ErrorName {
  int code;
  const char *name, *text;
};
constexpr ErrorName kErrorNames[] = {
    {0, "CUDA_SUCCESS", "no error"},
    {kInvalidValue, "CUDA_ERROR_INVALID_VALUE", "invalid argument"},
    {kOutOfMemory, "CUDA_ERROR_OUT_OF_MEMORY", "out of memory"},
    {kNotInitialized, "CUDA_ERROR_NOT_INITIALIZED", "initialization error"},
    {kInvalidDevice, "CUDA_ERROR_INVALID_DEVICE", "invalid device ordinal"},
    {kInvalidImage, "CUDA_ERROR_INVALID_IMAGE", "device kernel image is invalid"},
    {kInvalidContext, "CUDA_ERROR_INVALID_CONTEXT", "invalid device context"},
    {kInvalidHandle, "CUDA_ERROR_INVALID_HANDLE", "invalid resource handle"},
    {kNotFound, "CUDA_ERROR_NOT_FOUND", "named symbol not found"},
    {kLaunchOutOfResources, "CUDA_ERROR_LAUNCH_OUT_OF_RESOURCES", "too many resources requested for launch"},
    {kUnknown, "CUDA_ERROR_UNKNOWN", "unknown error"},
};

constexpr uint64_t kAllocAlign = 256;
/// Device (and pinned host) memory: CUDA_ERROR_OUT_OF_MEMORY beyond this many bytes per
/// allocation, $ATTN_FAKE_CUDA_MAX_ALLOC_MB or 1 GiB (host memory backs every allocation, and
/// fuzzers run under a memory limit).
uint64_t maxAllocBytes() {
  static const uint64_t bytes = [] {
    const char *mb = std::getenv("ATTN_FAKE_CUDA_MAX_ALLOC_MB");
    return (mb && *mb ? std::strtoull(mb, nullptr, 10) : 1024ull) << 20;
  }();
  return bytes;
}
constexpr unsigned kMaxThreadsPerBlock = 1024;
constexpr unsigned kMaxDynamicSmem = 227 * 1024; // sm_90 opt-in limit
constexpr unsigned kDefaultDynamicSmem = 48 * 1024;

struct Injection {
  int64_t skip = 0, times = 0;
  int result = kUnknown;
};

struct FakeFunction {
  int maxDynamicSmem = int(kDefaultDynamicSmem);
  int device = 0; ///< of the module's context
  bool nonPortableCluster = false; ///< clusters of more than 8 CTAs allowed
};
struct FakeModule {
  std::vector<std::unique_ptr<FakeFunction>> functions;
  int device = 0; ///< of the context it was loaded in
};
struct FakeContext {
  int device = 0;
};
/// Devices the fake can model (attnFakeCudaSetDeviceCount); each has its primary context.
constexpr int kMaxDevices = 8;
/// cuDeviceGetAttribute's COMPUTE_CAPABILITY_MAJOR / _MINOR (cuda.h values, spelled as
/// numbers for the fallback subset of CudaApi.h).
constexpr int kAttrCcMajor = 75, kAttrCcMinor = 76;
/// cuPointerGetAttribute's CU_POINTER_ATTRIBUTE_DEVICE_ORDINAL.
constexpr int kPointerDeviceOrdinal = 9;
struct FakeDevice {
  int major = 9, minor = 0;
};
/// cuDeviceGetAttribute's L2_CACHE_SIZE until attnFakeCudaSetL2CacheSize: an H100's 50 MiB.
constexpr int kDefaultL2Bytes = 50 << 20;

struct State {
  std::mutex mutex;
  bool initialised = false;
  std::map<std::string, int64_t> calls;
  int64_t totalCalls = 0;
  std::map<std::string, Injection> injections;
  std::map<uint64_t, uint64_t> deviceAllocs; ///< base -> bytes
  std::map<uint64_t, int> allocDevice;       ///< base -> device ordinal
  std::set<void *> hostAllocs;
  std::set<FakeModule *> modules;
  std::set<FakeFunction *> functions;
  std::set<void *> events;
  std::set<void *> streams; ///< cuStreamCreate's
  int64_t launches = 0;
  int64_t streamLaunches = 0; ///< launches on a stream cuStreamCreate made
  uint32_t lastGrid = 0, lastBlock = 0, lastSmem = 0;
  std::vector<uint32_t> paramSizes; // attnFakeCudaRecordParams
  std::vector<std::vector<unsigned char>> lastParams;
  std::vector<attn_fake_tensor_map_encode_t> tensorMapEncodes;
  uint32_t lastCluster = 0; ///< CTAs per cluster of the last launch (0: none given)
  int smCount = 132, occupancy = 2;
  int l2Bytes = kDefaultL2Bytes;
  int deviceCount = 1;
  FakeDevice devices[kMaxDevices];
  FakeContext primaries[kMaxDevices];
  State() {
    for (int i = 0; i < kMaxDevices; ++i)
      primaries[i].device = i;
  }
};

State &state() {
  static State *s = new State; // never destroyed: calls from static destructors stay valid
  return *s;
}

thread_local std::vector<CUcontext> tlsContexts;

/// Counts the call and applies an injected failure: a non-zero result ends the call.
int enter(State &s, const char *call) {
  ++s.calls[call];
  ++s.totalCalls;
  auto it = s.injections.find(call);
  if (it == s.injections.end())
    return 0;
  Injection &inj = it->second;
  if (inj.skip > 0) {
    --inj.skip;
    return 0;
  }
  if (inj.times == 0)
    return 0;
  if (inj.times > 0)
    --inj.times;
  return inj.result;
}

CUresult result(int r) { return static_cast<CUresult>(r); }

/// The allocation holding [ptr, ptr + bytes), or end().
std::map<uint64_t, uint64_t>::iterator findAlloc(State &s, uint64_t ptr, uint64_t bytes) {
  auto it = s.deviceAllocs.upper_bound(ptr);
  if (it == s.deviceAllocs.begin())
    return s.deviceAllocs.end();
  --it;
  if (ptr - it->first > it->second || bytes > it->second - (ptr - it->first))
    return s.deviceAllocs.end();
  return it;
}

CUcontext currentContext() { return tlsContexts.empty() ? nullptr : tlsContexts.back(); }

/// The primary context `ctx` is, or null when it is none of a present device.
FakeContext *primaryOf(State &s, CUcontext ctx) {
  for (int i = 0; i < s.deviceCount; ++i)
    if (ctx == reinterpret_cast<CUcontext>(&s.primaries[i]))
      return &s.primaries[i];
  return nullptr;
}

/// The device of the current context (0 when none is current).
int currentDevice() {
  CUcontext c = currentContext();
  return c ? reinterpret_cast<FakeContext *>(c)->device : 0;
}

/// Records a host-backed allocation of `bytes` on `device`; 0 or the CUresult.
int allocOn(State &s, int device, uint64_t bytes, uint64_t *ptr) {
  if (bytes > maxAllocBytes())
    return kOutOfMemory;
  void *p = std::aligned_alloc(kAllocAlign, (bytes + kAllocAlign - 1) / kAllocAlign * kAllocAlign);
  if (!p)
    return kOutOfMemory;
  s.deviceAllocs[uint64_t(uintptr_t(p))] = bytes;
  s.allocDevice[uint64_t(uintptr_t(p))] = device;
  *ptr = uint64_t(uintptr_t(p));
  return 0;
}

/// Frees an allocation made by allocOn; 0 or the CUresult.
int freeAlloc(State &s, uint64_t ptr) {
  auto it = s.deviceAllocs.find(ptr);
  if (it == s.deviceAllocs.end())
    return kInvalidValue;
  std::free(reinterpret_cast<void *>(uintptr_t(ptr)));
  s.deviceAllocs.erase(it);
  s.allocDevice.erase(ptr);
  return 0;
}

/// Reads ATTN_FAKE_CUDA_FAIL=<call>[@<skip>][,<call>...] once at cuInit.
void injectFromEnvironment(State &s) {
  const char *spec = std::getenv("ATTN_FAKE_CUDA_FAIL");
  if (!spec)
    return;
  std::string all(spec);
  size_t pos = 0;
  while (pos <= all.size()) {
    size_t end = all.find(',', pos);
    std::string item = all.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
    if (!item.empty()) {
      Injection inj;
      inj.times = 1;
      size_t at = item.find('@');
      if (at != std::string::npos) {
        inj.skip = std::strtoll(item.c_str() + at + 1, nullptr, 10);
        item.resize(at);
      }
      s.injections[item] = inj;
    }
    if (end == std::string::npos)
      break;
    pos = end + 1;
  }
}

} // namespace

/// The entry of every driver call named `name`: the state, locked, and the injected failure
/// when one is due.
#define ATTN_FAKE_ENTER_ANY(name)                                                      \
  State &s = state();                                                                  \
  std::lock_guard<std::mutex> lock(s.mutex);                                           \
  if (int injected_ = enter(s, name))                                                  \
    return result(injected_);

/// ATTN_FAKE_ENTER_ANY for every call but cuInit: CUDA_ERROR_NOT_INITIALIZED before cuInit.
/// (`call` is stringised here, before expansion: cuda.h maps some names to _v2 symbols.)
#define ATTN_FAKE_ENTER(call)                                                          \
  ATTN_FAKE_ENTER_ANY(#call)                                                           \
  if (!s.initialised)                                                                  \
    return result(kNotInitialized);

//===----------------------------------------------------------------------===//
// Driver entry points
//===----------------------------------------------------------------------===//

ATTN_FAKE_EXPORT CUresult cuInit(unsigned int flags) {
  ATTN_FAKE_ENTER_ANY("cuInit");
  if (flags != 0)
    return result(kInvalidValue);
  if (!s.initialised)
    injectFromEnvironment(s);
  s.initialised = true;
  return result(0);
}

namespace {
/// cuGetErrorName / cuGetErrorString: `field` of the error's entry in kErrorNames.
CUresult errorText(CUresult error, const char **str, const char *ErrorName::*field) {
  if (!str)
    return result(kInvalidValue);
  for (const ErrorName &e : kErrorNames)
    if (e.code == int(error)) {
      *str = e.*field;
      return result(0);
    }
  *str = nullptr;
  return result(kInvalidValue);
}

/// The argument checks of the device queries: a null result pointer, then a device that is
/// not present.
int deviceArgsError(const State &s, const void *out, int device) {
  return !out ? kInvalidValue : device < 0 || device >= s.deviceCount ? kInvalidDevice : 0;
}

/// The argument checks of the function queries: a null result pointer, then a function this
/// driver did not make.
int functionArgsError(const State &s, const void *out, FakeFunction *f) {
  return !out ? kInvalidValue : !s.functions.count(f) ? kInvalidHandle : 0;
}
} // namespace

ATTN_FAKE_EXPORT CUresult cuGetErrorName(CUresult error, const char **str) {
  return errorText(error, str, &ErrorName::name);
}

ATTN_FAKE_EXPORT CUresult cuGetErrorString(CUresult error, const char **str) {
  return errorText(error, str, &ErrorName::text);
}

ATTN_FAKE_EXPORT CUresult cuDeviceGet(CUdevice *device, int ordinal) {
  ATTN_FAKE_ENTER(cuDeviceGet);
  if (int e = deviceArgsError(s, device, ordinal))
    return result(e);
  *device = ordinal;
  return result(0);
}

ATTN_FAKE_EXPORT CUresult cuDeviceGetAttribute(int *value, CUdevice_attribute attribute,
                                               CUdevice device) {
  ATTN_FAKE_ENTER(cuDeviceGetAttribute);
  if (int e = deviceArgsError(s, value, device))
    return result(e);
  const int attr = int(attribute);
  *value = attr == int(CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT) ? s.smCount
           : attr == int(CU_DEVICE_ATTRIBUTE_L2_CACHE_SIZE)      ? s.l2Bytes
           : attr == kAttrCcMajor                                ? s.devices[device].major
           : attr == kAttrCcMinor                                ? s.devices[device].minor
                                                                 : 0;
  return result(0);
}

ATTN_FAKE_EXPORT CUresult cuCtxGetCurrent(CUcontext *ctx) {
  ATTN_FAKE_ENTER(cuCtxGetCurrent);
  if (!ctx)
    return result(kInvalidValue);
  *ctx = currentContext();
  return result(0);
}

ATTN_FAKE_EXPORT CUresult cuCtxSetCurrent(CUcontext ctx) {
  ATTN_FAKE_ENTER(cuCtxSetCurrent);
  if (ctx && !primaryOf(s, ctx))
    return result(kInvalidContext);
  if (!ctx) {
    if (!tlsContexts.empty())
      tlsContexts.pop_back();
  } else if (tlsContexts.empty()) {
    tlsContexts.push_back(ctx);
  } else {
    tlsContexts.back() = ctx;
  }
  return result(0);
}

ATTN_FAKE_EXPORT CUresult cuCtxGetDevice(CUdevice *device) {
  ATTN_FAKE_ENTER(cuCtxGetDevice);
  if (!device)
    return result(kInvalidValue);
  if (!currentContext())
    return result(kInvalidContext);
  *device = currentDevice();
  return result(0);
}

ATTN_FAKE_EXPORT CUresult cuCtxPushCurrent(CUcontext ctx) {
  ATTN_FAKE_ENTER(cuCtxPushCurrent);
  if (!primaryOf(s, ctx))
    return result(kInvalidContext);
  tlsContexts.push_back(ctx);
  return result(0);
}

ATTN_FAKE_EXPORT CUresult cuCtxPopCurrent(CUcontext *ctx) {
  ATTN_FAKE_ENTER(cuCtxPopCurrent);
  if (tlsContexts.empty())
    return result(kInvalidContext);
  if (ctx)
    *ctx = tlsContexts.back();
  tlsContexts.pop_back();
  return result(0);
}

ATTN_FAKE_EXPORT CUresult cuDevicePrimaryCtxRetain(CUcontext *ctx, CUdevice device) {
  ATTN_FAKE_ENTER(cuDevicePrimaryCtxRetain);
  if (int e = deviceArgsError(s, ctx, device))
    return result(e);
  *ctx = reinterpret_cast<CUcontext>(&s.primaries[device]);
  return result(0);
}

ATTN_FAKE_EXPORT CUresult cuModuleLoadData(CUmodule *module, const void *image) {
  ATTN_FAKE_ENTER(cuModuleLoadData);
  if (!module || !image)
    return result(kInvalidValue);
  if (!currentContext())
    return result(kInvalidContext);
  // A cubin must be a CUDA ELF (e_machine EM_CUDA = 190 at byte 18); anything else is read
  // as PTX text, which must not be empty.
  const unsigned char *bytes = static_cast<const unsigned char *>(image);
  if (std::memcmp(bytes, "\x7f" "ELF", 4) == 0) {
    if (bytes[18] != 190 || bytes[19] != 0)
      return result(kInvalidImage);
  } else if (bytes[0] == 0) {
    return result(kInvalidImage);
  }
  auto *m = new FakeModule;
  m->device = currentDevice();
  s.modules.insert(m);
  *module = reinterpret_cast<CUmodule>(m);
  return result(0);
}

ATTN_FAKE_EXPORT CUresult cuModuleUnload(CUmodule module) {
  ATTN_FAKE_ENTER(cuModuleUnload);
  auto *m = reinterpret_cast<FakeModule *>(module);
  if (!s.modules.erase(m))
    return result(kInvalidHandle);
  for (const auto &f : m->functions)
    s.functions.erase(f.get());
  delete m;
  return result(0);
}

ATTN_FAKE_EXPORT CUresult cuModuleGetFunction(CUfunction *function, CUmodule module,
                                              const char *name) {
  ATTN_FAKE_ENTER(cuModuleGetFunction);
  if (!function || !name)
    return result(kInvalidValue);
  auto *m = reinterpret_cast<FakeModule *>(module);
  if (!s.modules.count(m))
    return result(kInvalidHandle);
  if (!*name)
    return result(kNotFound);
  m->functions.push_back(std::make_unique<FakeFunction>());
  m->functions.back()->device = m->device;
  s.functions.insert(m->functions.back().get());
  *function = reinterpret_cast<CUfunction>(m->functions.back().get());
  return result(0);
}

ATTN_FAKE_EXPORT CUresult cuFuncSetAttribute(CUfunction function, CUfunction_attribute attribute,
                                             int value) {
  ATTN_FAKE_ENTER(cuFuncSetAttribute);
  auto *f = reinterpret_cast<FakeFunction *>(function);
  if (!s.functions.count(f))
    return result(kInvalidHandle);
  if (int(attribute) == int(CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES)) {
    if (value < 0 || unsigned(value) > kMaxDynamicSmem)
      return result(kInvalidValue);
    f->maxDynamicSmem = value;
  }
  if (int(attribute) == int(CU_FUNC_ATTRIBUTE_NON_PORTABLE_CLUSTER_SIZE_ALLOWED))
    f->nonPortableCluster = value != 0;
  return result(0);
}

ATTN_FAKE_EXPORT CUresult cuFuncGetAttribute(int *value, CUfunction_attribute attribute,
                                             CUfunction function) {
  ATTN_FAKE_ENTER(cuFuncGetAttribute);
  auto *f = reinterpret_cast<FakeFunction *>(function);
  if (int e = functionArgsError(s, value, f))
    return result(e);
  *value = int(attribute) == int(CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES)
               ? f->maxDynamicSmem
               : 0;
  return result(0);
}

ATTN_FAKE_EXPORT CUresult cuOccupancyMaxActiveBlocksPerMultiprocessor(int *blocks,
                                                                      CUfunction function,
                                                                      int blockSize,
                                                                      size_t dynamicSmem) {
  ATTN_FAKE_ENTER(cuOccupancyMaxActiveBlocksPerMultiprocessor);
  auto *f = reinterpret_cast<FakeFunction *>(function);
  if (int e = functionArgsError(s, blocks, f))
    return result(e);
  *blocks = blockSize < 1 || unsigned(blockSize) > kMaxThreadsPerBlock ||
                    dynamicSmem > size_t(f->maxDynamicSmem)
                ? 0
                : s.occupancy;
  return result(0);
}

namespace {
/// The checks of a launch (a live function, a current context, shapes within the limits),
/// counted when they pass.
int checkAndCountLaunch(State &s, CUfunction function, unsigned gridX, unsigned gridY,
                        unsigned gridZ, unsigned blockX, unsigned blockY, unsigned blockZ,
                        unsigned smem, CUstream stream, void **params, void **extra) {
  auto *f = reinterpret_cast<FakeFunction *>(function);
  if (!currentContext())
    return kInvalidContext;
  if (!s.functions.count(f))
    return kInvalidHandle;
  if (f->device != currentDevice()) // a function of another context
    return kInvalidContext;
  const uint64_t block = uint64_t(blockX) * blockY * blockZ;
  if (gridX == 0 || gridY == 0 || gridZ == 0 || gridX > 0x7fffffffu || gridY > 65535 ||
      gridZ > 65535 || block == 0 || (params && extra))
    return kInvalidValue;
  if (block > kMaxThreadsPerBlock || smem > unsigned(f->maxDynamicSmem))
    return kLaunchOutOfResources;
  ++s.launches;
  if (s.streams.count(reinterpret_cast<void *>(stream)))
    ++s.streamLaunches;
  if (params) {
    s.lastParams.assign(s.paramSizes.size(), {});
    for (size_t i = 0; i < s.paramSizes.size(); ++i) {
      const auto *bytes = static_cast<const unsigned char *>(params[i]);
      s.lastParams[i].assign(bytes, bytes + s.paramSizes[i]);
    }
  }
  s.lastCluster = 0;
  s.lastGrid = gridX;
  s.lastBlock = uint32_t(block);
  s.lastSmem = smem;
  return 0;
}
} // namespace

ATTN_FAKE_EXPORT CUresult cuLaunchKernel(CUfunction function, unsigned gridX, unsigned gridY,
                                         unsigned gridZ, unsigned blockX, unsigned blockY,
                                         unsigned blockZ, unsigned smem, CUstream stream,
                                         void **params, void **extra) {
  ATTN_FAKE_ENTER(cuLaunchKernel);
  return result(checkAndCountLaunch(s, function, gridX, gridY, gridZ, blockX, blockY, blockZ, smem,
                                    stream, params, extra));
}

#if ATTN_RT_HAVE_CUDA_H
/// Launches with attributes (CUDA 12+); the runtime uses it for programmatic dependent launch.
ATTN_FAKE_EXPORT CUresult cuLaunchKernelEx(const CUlaunchConfig *config, CUfunction function,
                                           void **params, void **extra) {
  ATTN_FAKE_ENTER(cuLaunchKernelEx);
  if (!config || (config->numAttrs > 0 && !config->attrs))
    return result(kInvalidValue);
  // A cluster dimension: the grid in whole clusters, at most 8 CTAs (16 once the function
  // allows non-portable sizes), along x only here.
  uint32_t cluster = 0;
  for (unsigned i = 0; i < config->numAttrs; ++i) {
    const CUlaunchAttribute &a = config->attrs[i];
    if (a.id != CU_LAUNCH_ATTRIBUTE_CLUSTER_DIMENSION)
      continue;
    auto *f = reinterpret_cast<FakeFunction *>(function);
    const unsigned limit = s.functions.count(f) && f->nonPortableCluster ? 16 : 8;
    const auto &c = a.value.clusterDim;
    if (c.x == 0 || c.y != 1 || c.z != 1 || c.x > limit || config->gridDimX % c.x != 0)
      return result(kInvalidValue);
    cluster = c.x;
  }
  int r = checkAndCountLaunch(s, function, config->gridDimX, config->gridDimY, config->gridDimZ,
                              config->blockDimX, config->blockDimY, config->blockDimZ,
                              config->sharedMemBytes, config->hStream, params, extra);
  if (r == 0)
    s.lastCluster = cluster;
  return result(r);
}
#endif

#if !ATTN_FAKE_CUDA_NO_TENSOR_MAP
namespace {
/// Bytes per element of the tensor-map data types, in CUtensorMapDataType order (UINT8 ..
/// TFLOAT32_FTZ); the packed sub-byte types after them are not modelled.
constexpr uint32_t kTensorMapElementBytes[] = {1, 2, 4, 4, 8, 8, 2, 4, 8, 2, 4, 4, 4};
constexpr int kLastL2Promotion = 3; // CU_TENSOR_MAP_L2_PROMOTION_L2_256B
constexpr int kLastOobFill = 1;     // CU_TENSOR_MAP_FLOAT_OOB_FILL_NAN_REQUEST_ZERO_FMA
/// The bytes a swizzle pattern spans, in CUtensorMapSwizzle order (NONE .. 128B_ATOM_64B).
constexpr uint32_t kSwizzleSpanBytes[] = {0, 32, 64, 128, 128, 128, 128};
} // namespace

/// Tensor maps (CUDA 12+): the limits cuda.h documents for a tiled map without interleave are
/// checked (CUDA_ERROR_INVALID_VALUE otherwise), then the arguments are recorded and the map
/// is filled with bytes of the fake's own: a serial number and the arguments, so a test can
/// tell which encoding a launch received.
ATTN_FAKE_EXPORT CUresult cuTensorMapEncodeTiled(
    CUtensorMap *map, CUtensorMapDataType dataType, cuuint32_t rank, void *address,
    const cuuint64_t *dims, const cuuint64_t *strides, const cuuint32_t *box,
    const cuuint32_t *elementStrides, CUtensorMapInterleave interleave, CUtensorMapSwizzle swizzle,
    CUtensorMapL2promotion l2Promotion, CUtensorMapFloatOOBfill oobFill) {
  ATTN_FAKE_ENTER(cuTensorMapEncodeTiled);
  const int type = int(dataType);
  if (!map || uintptr_t(map) % 64 != 0 || !dims || !box || !elementStrides ||
      (rank > 1 && !strides) || rank < 1 || rank > 5 || type < 0 ||
      type >= int(std::size(kTensorMapElementBytes)))
    return result(kInvalidValue);
  // Interleaved layouts (rank >= 3) are not modelled.
  if (int(interleave) != 0 || int(swizzle) < 0 ||
      int(swizzle) >= int(std::size(kSwizzleSpanBytes)) || int(l2Promotion) < 0 ||
      int(l2Promotion) > kLastL2Promotion || int(oobFill) < 0 || int(oobFill) > kLastOobFill)
    return result(kInvalidValue);
  if (!address || uintptr_t(address) % 16 != 0)
    return result(kInvalidValue);
  const uint32_t elementBytes = kTensorMapElementBytes[type];
  for (uint32_t i = 0; i < rank; ++i) {
    if (dims[i] == 0 || dims[i] > (uint64_t(1) << 32) || box[i] == 0 || box[i] > 256 ||
        elementStrides[i] == 0 || elementStrides[i] > 8)
      return result(kInvalidValue);
    if (i + 1 < rank && (strides[i] % 16 != 0 || strides[i] >= (uint64_t(1) << 40)))
      return result(kInvalidValue);
  }
  // The inner box dimension: whole 16-byte units, within the swizzle span.
  const uint32_t innerBytes = box[0] * elementBytes;
  const uint32_t span = kSwizzleSpanBytes[int(swizzle)];
  if (innerBytes % 16 != 0 || (span != 0 && innerBytes > span))
    return result(kInvalidValue);

  attn_fake_tensor_map_encode_t e{};
  e.map = uint64_t(uintptr_t(map));
  e.data_type = type;
  e.rank = rank;
  e.global_address = uint64_t(uintptr_t(address));
  for (uint32_t i = 0; i < rank; ++i) {
    e.global_dim[i] = dims[i];
    e.box_dim[i] = box[i];
    e.element_strides[i] = elementStrides[i];
    if (i + 1 < rank)
      e.global_strides[i] = strides[i];
  }
  e.interleave = int(interleave);
  e.swizzle = int(swizzle);
  e.l2_promotion = int(l2Promotion);
  e.oob_fill = int(oobFill);
  // Word 0: "tmap" and the serial number of the call since the last reset, so no two
  // encodings (and no zeroed map) have the same bytes; then the arguments.
  const uint64_t serial = uint64_t(s.tensorMapEncodes.size() + 1);
  const uint64_t words[16] = {uint64_t(0x70616d74) << 32 | serial,
                              e.global_address,
                              e.global_dim[0],
                              e.global_dim[1],
                              e.global_strides[0],
                              uint64_t(e.box_dim[0]) | uint64_t(e.box_dim[1]) << 32,
                              uint64_t(uint32_t(type)) | uint64_t(uint32_t(e.swizzle)) << 32,
                              uint64_t(uint32_t(e.l2_promotion)) | uint64_t(rank) << 32};
  static_assert(sizeof(words) == sizeof(e.bytes) && sizeof(CUtensorMap) == sizeof(e.bytes));
  std::memcpy(e.bytes, words, sizeof(words));
  std::memcpy(map, words, sizeof(words));
  s.tensorMapEncodes.push_back(e);
  return result(0);
}
#endif

ATTN_FAKE_EXPORT CUresult cuMemcpyHtoDAsync(CUdeviceptr dst, const void *src, size_t bytes,
                                            CUstream stream) {
  ATTN_FAKE_ENTER(cuMemcpyHtoDAsync);
  if (bytes == 0)
    return result(0);
  if (!src)
    return result(kInvalidValue);
  auto it = findAlloc(s, uint64_t(dst), bytes);
  if (it == s.deviceAllocs.end())
    return result(kInvalidValue);
  std::memcpy(reinterpret_cast<void *>(uintptr_t(dst)), src, bytes);
  return result(0);
}

ATTN_FAKE_EXPORT CUresult cuMemAlloc(CUdeviceptr *ptr, size_t bytes) {
  ATTN_FAKE_ENTER(cuMemAlloc);
  if (!ptr || bytes == 0)
    return result(kInvalidValue);
  if (!currentContext())
    return result(kInvalidContext);
  uint64_t p = 0;
  if (int e = allocOn(s, currentDevice(), bytes, &p))
    return result(e);
  *ptr = CUdeviceptr(p);
  return result(0);
}

ATTN_FAKE_EXPORT CUresult cuMemFree(CUdeviceptr ptr) {
  ATTN_FAKE_ENTER(cuMemFree);
  if (ptr == 0)
    return result(0);
  return result(freeAlloc(s, uint64_t(ptr)));
}

ATTN_FAKE_EXPORT CUresult cuMemAllocHost(void **ptr, size_t bytes) {
  ATTN_FAKE_ENTER(cuMemAllocHost);
  if (!ptr || bytes == 0)
    return result(kInvalidValue);
  if (bytes > maxAllocBytes())
    return result(kOutOfMemory);
  void *p = std::malloc(bytes);
  if (!p)
    return result(kOutOfMemory);
  s.hostAllocs.insert(p);
  *ptr = p;
  return result(0);
}

ATTN_FAKE_EXPORT CUresult cuMemFreeHost(void *ptr) {
  ATTN_FAKE_ENTER(cuMemFreeHost);
  if (!s.hostAllocs.erase(ptr))
    return result(kInvalidValue);
  std::free(ptr);
  return result(0);
}

ATTN_FAKE_EXPORT CUresult cuPointerGetAttribute(void *data, CUpointer_attribute attribute,
                                                CUdeviceptr ptr) {
  ATTN_FAKE_ENTER(cuPointerGetAttribute);
  if (!data || int(attribute) != kPointerDeviceOrdinal)
    return result(kInvalidValue);
  auto it = findAlloc(s, uint64_t(ptr), 1);
  if (it == s.deviceAllocs.end())
    return result(kInvalidValue); // not memory this driver allocated
  *static_cast<int *>(data) = s.allocDevice[it->first];
  return result(0);
}

ATTN_FAKE_EXPORT CUresult cuStreamSynchronize(CUstream stream) {
  ATTN_FAKE_ENTER(cuStreamSynchronize);
  return result(0);
}

namespace {
/// A new opaque handle (a stream, an event), live in `live` until destroyTracked.
template <typename Handle> int createTracked(std::set<void *> &live, Handle *out) {
  if (!out)
    return kInvalidValue;
  void *h = std::malloc(1);
  live.insert(h);
  *out = reinterpret_cast<Handle>(h);
  return 0;
}

int destroyTracked(std::set<void *> &live, void *h) {
  if (!live.erase(h))
    return kInvalidHandle;
  std::free(h);
  return 0;
}

int liveOrInvalid(const std::set<void *> &live, void *h) {
  return live.count(h) ? 0 : kInvalidHandle;
}
} // namespace

ATTN_FAKE_EXPORT CUresult cuStreamCreate(CUstream *stream, unsigned int flags) {
  ATTN_FAKE_ENTER(cuStreamCreate);
  if (stream && !currentContext())
    return result(kInvalidContext);
  return result(createTracked(s.streams, stream));
}

ATTN_FAKE_EXPORT CUresult cuStreamDestroy(CUstream stream) {
  ATTN_FAKE_ENTER(cuStreamDestroy);
  return result(destroyTracked(s.streams, reinterpret_cast<void *>(stream)));
}

ATTN_FAKE_EXPORT CUresult cuStreamWaitEvent(CUstream stream, CUevent event, unsigned int flags) {
  ATTN_FAKE_ENTER(cuStreamWaitEvent);
  return result(liveOrInvalid(s.events, reinterpret_cast<void *>(event)));
}

ATTN_FAKE_EXPORT CUresult cuEventCreate(CUevent *event, unsigned int flags) {
  ATTN_FAKE_ENTER(cuEventCreate);
  return result(createTracked(s.events, event));
}

ATTN_FAKE_EXPORT CUresult cuEventRecord(CUevent event, CUstream stream) {
  ATTN_FAKE_ENTER(cuEventRecord);
  return result(liveOrInvalid(s.events, reinterpret_cast<void *>(event)));
}

ATTN_FAKE_EXPORT CUresult cuEventSynchronize(CUevent event) {
  ATTN_FAKE_ENTER(cuEventSynchronize);
  return result(liveOrInvalid(s.events, reinterpret_cast<void *>(event)));
}

ATTN_FAKE_EXPORT CUresult cuEventDestroy(CUevent event) {
  ATTN_FAKE_ENTER(cuEventDestroy);
  return result(destroyTracked(s.events, reinterpret_cast<void *>(event)));
}

//===----------------------------------------------------------------------===//
// Control interface (FakeCuda.h)
//===----------------------------------------------------------------------===//

ATTN_FAKE_EXPORT void attnFakeCudaReset(void) {
  State &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  s.calls.clear();
  s.totalCalls = 0;
  s.injections.clear();
  s.launches = 0;
  s.streamLaunches = 0;
  s.paramSizes.clear();
  s.lastParams.clear();
  s.tensorMapEncodes.clear();
  s.lastGrid = s.lastBlock = s.lastSmem = s.lastCluster = 0;
  s.smCount = 132;
  s.occupancy = 2;
  s.l2Bytes = kDefaultL2Bytes;
  s.deviceCount = 1;
  for (FakeDevice &d : s.devices)
    d = FakeDevice();
}

ATTN_FAKE_EXPORT void attnFakeCudaFail(const char *call, int64_t skip, int64_t times,
                                       int resultCode) {
  State &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  Injection inj;
  inj.skip = skip;
  inj.times = times;
  inj.result = resultCode ? resultCode : ATTN_FAKE_CUDA_DEFAULT_FAILURE;
  s.injections[call] = inj;
}

ATTN_FAKE_EXPORT int64_t attnFakeCudaCalls(const char *call) {
  State &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  auto it = s.calls.find(call);
  return it == s.calls.end() ? 0 : it->second;
}

ATTN_FAKE_EXPORT int64_t attnFakeCudaTotalCalls(void) {
  State &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  return s.totalCalls;
}

ATTN_FAKE_EXPORT int64_t attnFakeCudaLaunches(void) {
  State &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  return s.launches;
}

ATTN_FAKE_EXPORT int64_t attnFakeCudaStreamLaunches(void) {
  State &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  return s.streamLaunches;
}

ATTN_FAKE_EXPORT void attnFakeCudaLastLaunch(uint32_t *grid, uint32_t *block, uint32_t *smem) {
  State &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  if (grid)
    *grid = s.lastGrid;
  if (block)
    *block = s.lastBlock;
  if (smem)
    *smem = s.lastSmem;
}

ATTN_FAKE_EXPORT void attnFakeCudaRecordParams(const uint32_t *sizes, int count) {
  State &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  s.paramSizes.clear();
  for (int i = 0; i < count && i < 64; ++i)
    s.paramSizes.push_back(std::min<uint32_t>(sizes[i], ATTN_FAKE_CUDA_MAX_PARAM_BYTES));
}

ATTN_FAKE_EXPORT uint64_t attnFakeCudaLastParam(int index) {
  State &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  if (index < 0 || size_t(index) >= s.lastParams.size())
    return 0;
  const std::vector<unsigned char> &bytes = s.lastParams[size_t(index)];
  uint64_t value = 0;
  if (!bytes.empty())
    std::memcpy(&value, bytes.data(), std::min(bytes.size(), sizeof(value)));
  return value;
}

ATTN_FAKE_EXPORT uint32_t attnFakeCudaLastParamBytes(int index, void *out, uint32_t capacity) {
  State &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  if (index < 0 || size_t(index) >= s.lastParams.size())
    return 0;
  const std::vector<unsigned char> &bytes = s.lastParams[size_t(index)];
  if (out && !bytes.empty())
    std::memcpy(out, bytes.data(), std::min<size_t>(bytes.size(), capacity));
  return uint32_t(bytes.size());
}

ATTN_FAKE_EXPORT int64_t attnFakeCudaTensorMapEncodes(void) {
  State &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  return int64_t(s.tensorMapEncodes.size());
}

ATTN_FAKE_EXPORT int attnFakeCudaTensorMapEncode(int64_t index,
                                                 attn_fake_tensor_map_encode_t *out) {
  State &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  if (!out || index < 0 || uint64_t(index) >= s.tensorMapEncodes.size())
    return -1;
  *out = s.tensorMapEncodes[size_t(index)];
  return 0;
}

ATTN_FAKE_EXPORT uint32_t attnFakeCudaLastCluster(void) {
  State &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  return s.lastCluster;
}

ATTN_FAKE_EXPORT int64_t attnFakeCudaLiveObjects(void) {
  State &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  return int64_t(s.deviceAllocs.size() + s.hostAllocs.size() + s.modules.size() + s.events.size() +
                 s.streams.size());
}

ATTN_FAKE_EXPORT int64_t attnFakeCudaLiveDeviceBytes(void) {
  State &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  int64_t bytes = 0;
  for (const auto &a : s.deviceAllocs)
    bytes += int64_t(a.second);
  return bytes;
}

ATTN_FAKE_EXPORT void attnFakeCudaSetDevice(int smCount, int occupancy) {
  State &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  s.smCount = smCount;
  s.occupancy = occupancy;
}

ATTN_FAKE_EXPORT void attnFakeCudaSetL2CacheSize(int bytes) {
  State &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  s.l2Bytes = bytes;
}

ATTN_FAKE_EXPORT void *attnFakeCudaHostAddress(uint64_t ptr, uint64_t bytes) {
  State &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  return findAlloc(s, ptr, bytes) == s.deviceAllocs.end() ? nullptr
                                                          : reinterpret_cast<void *>(uintptr_t(ptr));
}

ATTN_FAKE_EXPORT int attnFakeCudaAlloc(uint64_t *ptr, uint64_t bytes) {
  State &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  if (!ptr || bytes == 0)
    return kInvalidValue;
  return allocOn(s, 0, bytes, ptr);
}

ATTN_FAKE_EXPORT int attnFakeCudaAllocOn(int device, uint64_t *ptr, uint64_t bytes) {
  State &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  if (!ptr || bytes == 0)
    return kInvalidValue;
  if (device < 0 || device >= s.deviceCount)
    return kInvalidDevice;
  return allocOn(s, device, bytes, ptr);
}

ATTN_FAKE_EXPORT int attnFakeCudaSetDeviceCount(int count) {
  State &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  if (count < 1 || count > kMaxDevices)
    return kInvalidValue;
  s.deviceCount = count;
  return 0;
}

ATTN_FAKE_EXPORT int attnFakeCudaSetComputeCapability(int device, int major, int minor) {
  State &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  if (device < 0 || device >= kMaxDevices)
    return kInvalidDevice;
  s.devices[device].major = major;
  s.devices[device].minor = minor;
  return 0;
}

ATTN_FAKE_EXPORT int64_t attnFakeCudaModulesOn(int device) {
  State &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  int64_t n = 0;
  for (const FakeModule *m : s.modules)
    n += m->device == device ? 1 : 0;
  return n;
}

ATTN_FAKE_EXPORT int attnFakeCudaCurrentDevice(void) {
  return currentContext() ? currentDevice() : -1;
}

ATTN_FAKE_EXPORT int attnFakeCudaFree(uint64_t ptr) {
  State &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  return freeAlloc(s, ptr);
}
