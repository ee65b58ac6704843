//===- Driver.cpp - dlopen of libcuda.so.1 and driver error reporting ------===//
#include "DriverApi.h"

#include <cstdlib>
#include <dlfcn.h>

namespace attn::rt {
namespace detail {
namespace {

#define ATTN_RT_STRINGIFY_EXPANDED(x) ATTN_RT_STRINGIFY(x)
#define ATTN_RT_STRINGIFY(x) #x

/// Resolves every entry point of ATTN_RT_DRIVER_FUNCTIONS from `library`. The handle stays
/// open on success (the process-wide table lives until exit).
Status loadTable(const char *library, DriverApi *api) {
  void *handle = dlopen(library, RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    const char *why = dlerror();
    return makeError(StatusCode::DriverUnavailable,
                     "CUDA driver not available: dlopen(%s) failed: %s", library,
                     why ? why : "unknown error");
  }
#define ATTN_RT_RESOLVE_DRIVER_FN(fn)                                                   \
  api->fn = reinterpret_cast<decltype(api->fn)>(                                        \
      dlsym(handle, ATTN_RT_STRINGIFY_EXPANDED(fn)));                                   \
  if (!api->fn) {                                                                       \
    dlclose(handle);                                                                    \
    return makeError(StatusCode::DriverUnavailable,                                     \
                     "CUDA driver not available: %s has no entry point %s (for %s)",    \
                     library, ATTN_RT_STRINGIFY_EXPANDED(fn), #fn);                     \
  }
  ATTN_RT_DRIVER_FUNCTIONS(ATTN_RT_RESOLVE_DRIVER_FN)
#undef ATTN_RT_RESOLVE_DRIVER_FN
  // Optional entry points: null when absent, checked where a kernel needs them.
  api->cuTensorMapEncodeTiled = reinterpret_cast<decltype(api->cuTensorMapEncodeTiled)>(
      dlsym(handle, ATTN_RT_STRINGIFY_EXPANDED(cuTensorMapEncodeTiled)));
#if ATTN_RT_HAVE_CUDA_H
  api->cuLaunchKernelEx = reinterpret_cast<decltype(api->cuLaunchKernelEx)>(
      dlsym(handle, ATTN_RT_STRINGIFY_EXPANDED(cuLaunchKernelEx)));
#endif
  api->handle = handle;
  return Status::ok();
}

struct ProcessDriver {
  DriverApi api;
  Status status;
};

const ProcessDriver &processDriver() {
  // Function-local static: initialised once, thread-safe; intentionally never destroyed so
  // that driver calls from other static destructors stay valid.
  static const ProcessDriver *driver = [] {
    auto *d = new ProcessDriver;
    d->status = loadTable(driverLibraryPath(), &d->api);
    if (d->status.isOk()) {
      d->status = [&]() -> Status {
        ATTN_CU_CHECK(d->api, cuInit, (0), "flags=%d", 0);
        return Status::ok();
      }();
    }
    return d;
  }();
  return *driver;
}

} // namespace

Status getDriver(const DriverApi **table) {
  const ProcessDriver &d = processDriver();
  *table = d.status.isOk() ? &d.api : nullptr;
  return d.status;
}

Status driverError(const DriverApi &drv, const char *call, CUresult result,
                   const std::string &args) {
  const char *name = nullptr, *text = nullptr;
  if (!drv.cuGetErrorName || drv.cuGetErrorName(result, &name) != CUDA_SUCCESS || !name)
    name = nullptr;
  if (!drv.cuGetErrorString || drv.cuGetErrorString(result, &text) != CUDA_SUCCESS || !text)
    text = "unknown error";
  std::string resultName = name ? std::string(name) : formatString("CUresult %d", int(result));
  return makeError(StatusCode::DriverError, "%s(%s) failed: %s (%s)", call, args.c_str(),
                   resultName.c_str(), text);
}

} // namespace detail

const char *driverLibraryPath() {
  const char *path = std::getenv(kDriverLibraryEnvVar);
  return path && *path ? path : kDriverLibraryName;
}

Status ensureDriverLoaded() {
  const detail::DriverApi *drv = nullptr;
  return detail::getDriver(&drv);
}

Status probeDriverLibrary(const char *library) {
  detail::DriverApi api;
  Status st = detail::loadTable(library, &api);
  if (st.isOk())
    dlclose(api.handle);
  return st;
}

} // namespace attn::rt
