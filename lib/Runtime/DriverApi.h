//===- DriverApi.h - dlopen'ed CUDA driver table and the checking macro ---===//
//
// ATTN_RT_DRIVER_FUNCTIONS lists every driver entry point the runtime calls. Because cuda.h
// #defines e.g. cuMemAlloc to cuMemAlloc_v2, the member `drv.cuMemAlloc` is really named
// cuMemAlloc_v2, its type is decltype(&::cuMemAlloc_v2) and dlsym looks up "cuMemAlloc_v2":
// whatever versioned name the header picks, the table follows. Messages use the unversioned
// name as written ("cuMemAlloc").
//
// Every call goes through ATTN_CU_CHECK, which returns a DriverError Status naming the call,
// the CUresult (name and string) and the arguments given in printf form:
//   ATTN_CU_CHECK(drv, cuMemAlloc, (&ptr, bytes), "bytes=%zu", bytes);
//   -> "cuMemAlloc(bytes=1024) failed: CUDA_ERROR_OUT_OF_MEMORY (out of memory)"
//
//===----------------------------------------------------------------------===//
#ifndef ATTN_RT_LIB_DRIVERAPI_H
#define ATTN_RT_LIB_DRIVERAPI_H

#include "CudaApi.h"

#include "attn-rt/Driver.h"
#include "attn-rt/Status.h"

#include <string>

#define ATTN_RT_DRIVER_FUNCTIONS(X)                                                                \
  X(cuInit)                                                                                        \
  X(cuGetErrorName)                                                                                \
  X(cuGetErrorString)                                                                              \
  X(cuDeviceGet)                                                                                   \
  X(cuDeviceGetAttribute)                                                                          \
  X(cuCtxGetCurrent)                                                                               \
  X(cuCtxSetCurrent)                                                                               \
  X(cuCtxGetDevice)                                                                                \
  X(cuCtxPushCurrent)                                                                              \
  X(cuCtxPopCurrent)                                                                               \
  X(cuDevicePrimaryCtxRetain)                                                                      \
  X(cuModuleLoadData)                                                                              \
  X(cuModuleUnload)                                                                                \
  X(cuModuleGetFunction)                                                                           \
  X(cuFuncSetAttribute)                                                                            \
  X(cuFuncGetAttribute)                                                                            \
  X(cuOccupancyMaxActiveBlocksPerMultiprocessor)                                                   \
  X(cuLaunchKernel)                                                                                \
  X(cuMemcpyHtoDAsync)                                                                             \
  X(cuMemAlloc)                                                                                    \
  X(cuMemFree)                                                                                     \
  X(cuMemAllocHost)                                                                                \
  X(cuMemFreeHost)                                                                                 \
  X(cuPointerGetAttribute)                                                                         \
  X(cuStreamSynchronize)                                                                           \
  X(cuStreamCreate)                                                                                \
  X(cuStreamDestroy)                                                                               \
  X(cuStreamWaitEvent)                                                                             \
  X(cuEventCreate)                                                                                 \
  X(cuEventRecord)                                                                                 \
  X(cuEventSynchronize)                                                                            \
  X(cuEventDestroy)

namespace attn::rt::detail {

struct DriverApi {
#define ATTN_RT_DECLARE_DRIVER_FN(fn) decltype(&::fn) fn = nullptr;
  ATTN_RT_DRIVER_FUNCTIONS(ATTN_RT_DECLARE_DRIVER_FN)
#undef ATTN_RT_DECLARE_DRIVER_FN
  void *handle = nullptr;
  /// Optional (CUDA 12+ drivers): encodes the tensor maps of the TMA prefill kernels (k_tmap,
  /// v_tmap). Null when the driver lacks it; creating a handle on such a kernel then fails
  /// with DriverUnavailable, while every other kernel still runs on the older driver.
  decltype(&::cuTensorMapEncodeTiled) cuTensorMapEncodeTiled = nullptr;
#if ATTN_RT_HAVE_CUDA_H
  /// Optional (CUDA 12+ drivers): launches with attributes, used for programmatic dependent
  /// launch of the merge kernel. Null when the driver lacks it; run then uses cuLaunchKernel.
  decltype(&::cuLaunchKernelEx) cuLaunchKernelEx = nullptr;
#endif
};

/// The process-wide table, loaded once (and cuInit(0) called). On failure *table is null
/// and the returned Status says why.
Status getDriver(const DriverApi **table);

/// Builds the DriverError for a failed call: "<call>(<args>) failed: <NAME> (<string>)".
Status driverError(const DriverApi &drv, const char *call, CUresult result,
                   const std::string &args);

} // namespace attn::rt::detail

/// The one checking macro for driver calls. `args` is the parenthesised argument list; the
/// trailing printf arguments describe the relevant argument values for the message.
#define ATTN_CU_CHECK(drv, fn, args, ...)                                            \
  do {                                                                               \
    CUresult attnCuResult_ = (drv).fn args;                                          \
    if (attnCuResult_ != CUDA_SUCCESS)                                               \
      return ::attn::rt::detail::driverError((drv), #fn, attnCuResult_,              \
                                             ::attn::rt::formatString(__VA_ARGS__)); \
  } while (false)

#endif // ATTN_RT_LIB_DRIVERAPI_H
