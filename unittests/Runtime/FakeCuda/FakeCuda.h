/*===- FakeCuda.h - control interface of the fake CUDA driver (tests only) -===*
 *
 * libattn_fake_cuda.so exports the driver entry points the runtime resolves
 * (lib/Runtime/DriverApi.h, ATTN_RT_DRIVER_FUNCTIONS) and these control functions. Point the
 * runtime at it with ATTN_RT_CUDA_LIBRARY=<path>/libattn_fake_cuda.so before the first driver
 * use in the process. It models one device by default (attnFakeCudaSetDeviceCount: up to 8,
 * each with its own primary context and compute capability, 9.0 by default) with host memory
 * as device memory:
 *   - cuMemAlloc returns 256-byte aligned host allocations (CUDA_ERROR_OUT_OF_MEMORY above
 *     $ATTN_FAKE_CUDA_MAX_ALLOC_MB, default 1024); cuMemcpyHtoDAsync copies into them and
 *     fails with CUDA_ERROR_INVALID_VALUE when the range is not inside one;
 *   - modules, functions, events and allocations are tracked: a handle that is not live is
 *     CUDA_ERROR_INVALID_HANDLE, and attnFakeCudaLiveObjects() counts what is still held;
 *   - launches are counted (and the last one's shape kept) but run nothing;
 *   - any entry point can be made to fail (attnFakeCudaFail, or ATTN_FAKE_CUDA_FAIL=<call>@<n>
 *     read at cuInit), named without its version suffix ("cuMemAlloc").
 * Thread-safe (one mutex; the context stack is per thread).
 *
 *===----------------------------------------------------------------------===*/
#ifndef ATTN_RT_UNITTESTS_FAKECUDA_H
#define ATTN_RT_UNITTESTS_FAKECUDA_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The result an injected failure returns unless told otherwise (CUDA_ERROR_UNKNOWN). */
#define ATTN_FAKE_CUDA_DEFAULT_FAILURE 999

/* Clears call counters, launch records and failure injections; live objects stay. */
void attnFakeCudaReset(void);
/* The call `call` (unversioned name) fails with `result` for `times` calls (-1: every call)
 * after `skip` more calls of it succeed. One injection per call name; a new one replaces it. */
void attnFakeCudaFail(const char *call, int64_t skip, int64_t times, int result);
/* Calls of `call` since the last reset (failed ones included). */
int64_t attnFakeCudaCalls(const char *call);
/* Calls of every entry point since the last reset. */
int64_t attnFakeCudaTotalCalls(void);
/* Successful cuLaunchKernel and cuLaunchKernelEx calls since the last reset. */
int64_t attnFakeCudaLaunches(void);
/* The last successful launch: grid x, block volume, dynamic shared memory bytes. */
void attnFakeCudaLastLaunch(uint32_t *grid_x, uint32_t *block_threads, uint32_t *smem);
/* From now on (until a reset) each successful launch copies the first `count` kernel
 * parameters, param i being sizes[i] bytes (at most 8, count at most 64), for
 * attnFakeCudaLastParam: tests see the values the runtime packed. */
void attnFakeCudaRecordParams(const uint32_t *sizes, int count);
/* Parameter `index` of the last recorded launch, zero-extended (0 when not recorded). */
uint64_t attnFakeCudaLastParam(int index);
/* CTAs per cluster of the last successful launch (its CU_LAUNCH_ATTRIBUTE_CLUSTER_DIMENSION
 * x; 0 when it gave none). */
uint32_t attnFakeCudaLastCluster(void);
/* Device allocations, host allocations, modules and events that are live. */
int64_t attnFakeCudaLiveObjects(void);
/* Bytes of device memory live. */
int64_t attnFakeCudaLiveDeviceBytes(void);
/* The device's SM count (default 132) and occupancy (CTAs per SM, default 2). */
void attnFakeCudaSetDevice(int sm_count, int occupancy);
/* Device memory for a test's own buffers, outside the call counters and injections (and
 * needing no current context); 0 on success, like cuMemAlloc / cuMemFree. */
int attnFakeCudaAlloc(uint64_t *ptr, uint64_t bytes);
int attnFakeCudaFree(uint64_t ptr);
/* Device memory on `device` (cuPointerGetAttribute's DEVICE_ORDINAL reports it), like
 * attnFakeCudaAlloc (which allocates on device 0). */
int attnFakeCudaAllocOn(int device, uint64_t *ptr, uint64_t bytes);
/* Devices present (1 to 8; reset: 1). cuDeviceGet, cuDevicePrimaryCtxRetain and the device
 * queries fail with CUDA_ERROR_INVALID_DEVICE beyond them. A module belongs to the device of
 * the context it was loaded in; launching its functions in another device's context fails
 * with CUDA_ERROR_INVALID_CONTEXT. cuMemAlloc allocates on the current context's device. */
int attnFakeCudaSetDeviceCount(int count);
/* Compute capability of `device` (reset: 9.0 for every device). */
int attnFakeCudaSetComputeCapability(int device, int major, int minor);
/* Live modules loaded in a context of `device`. */
int64_t attnFakeCudaModulesOn(int device);
/* The calling thread's current context's device, or -1 when none is current. */
int attnFakeCudaCurrentDevice(void);
/* Host address of device pointer `ptr` when it lies in a live allocation of `bytes` more
 * bytes, else null (tests read what cuMemcpyHtoDAsync wrote). */
void *attnFakeCudaHostAddress(uint64_t ptr, uint64_t bytes);

#ifdef __cplusplus
}
#endif

#endif /* ATTN_RT_UNITTESTS_FAKECUDA_H */
