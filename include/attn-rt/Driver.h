//===- Driver.h - CUDA driver availability (public, cuda.h-free) -*- C++ -*-===//
//
// The runtime loads libcuda.so.1 (or $ATTN_RT_CUDA_LIBRARY) with dlopen on first use and resolves the versioned entry
// points that cuda.h names (cuMemAlloc -> cuMemAlloc_v2, ...). Nothing links libcuda, so the
// library and its unit tests run on machines without a GPU; GPU calls then fail with
// StatusCode::DriverUnavailable and "CUDA driver not available: dlopen(libcuda.so.1) failed: ...".
//
//===----------------------------------------------------------------------===//
#ifndef ATTN_RT_DRIVER_H
#define ATTN_RT_DRIVER_H

#include "attn-rt/Status.h"

#include <cstdint>

namespace attn::rt {

/// Device pointer (CUdeviceptr) and stream (CUstream) without including cuda.h.
using DevicePtr = uint64_t;
using StreamHandle = void *;

inline constexpr const char kDriverLibraryName[] = "libcuda.so.1";
/// When set and non-empty, the library the runtime dlopens instead of libcuda.so.1 (read once,
/// at the first driver use in the process). The tests point it at the fake driver that the
/// tree builds (libattn_fake_cuda.so: host memory for device memory, counted launches,
/// injectable failures), so create/plan/run and their error paths run without a GPU.
inline constexpr const char kDriverLibraryEnvVar[] = "ATTN_RT_CUDA_LIBRARY";
/// Caps the grid of persistent prefill kernels (tile.persistent) at this many CTAs, so that
/// tests make every CTA loop over many work items; unset: one CTA per resident slot.
inline constexpr const char kPersistentCtasEnvVar[] = "ATTN_RT_PERSISTENT_CTAS";
/// Environment variable: the L2 size in bytes the prefill plan sizes its L2 sections for, in
/// place of the device's (kernels taking head_section only). A testing hook: with a small
/// value the plans of small problems are cut into single-head sections and request groups.
inline constexpr const char kL2BytesEnvVar[] = "ATTN_RT_L2_BYTES";
/// Environment variable, 0 or 1 (unset: 0): the prefill plan of a persistent kernel picks
/// head_section for an even spread of the kernel's static rounds of (KV head, work item)
/// pairs over its CTAs (PrefillSchedulerConfig::balance_ctas). Opt-in until measured on a GPU.
inline constexpr const char kBalanceSectionsEnvVar[] = "ATTN_RT_BALANCE_SECTIONS";

/// The library the process-wide table loads: $ATTN_RT_CUDA_LIBRARY, else libcuda.so.1.
const char *driverLibraryPath();

/// Loads the process-wide driver table once (thread-safe) and calls cuInit(0). Later calls
/// return the cached result.
Status ensureDriverLoaded();

/// Loads a driver table from `library` into a throwaway table (never the process-wide one)
/// and resolves every entry point, without calling cuInit. For tests and diagnostics.
Status probeDriverLibrary(const char *library);

} // namespace attn::rt

#endif // ATTN_RT_DRIVER_H
