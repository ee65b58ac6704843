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
 *   - modules, functions, events, streams and allocations are tracked: a handle that is not live is
 *     CUDA_ERROR_INVALID_HANDLE, and attnFakeCudaLiveObjects() counts what is still held;
 *   - launches are counted (and the last one's shape kept) but run nothing;
 *   - cuTensorMapEncodeTiled checks its arguments against the driver's documented limits,
 *     records them and writes a map of its own (attnFakeCudaTensorMapEncode); the library
 *     built with ATTN_FAKE_CUDA_NO_TENSOR_MAP (libattn_fake_cuda_no_tmap.so) lacks the entry
 *     point, as a driver older than CUDA 12 does;
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
/* Successful launches since the last reset on a stream cuStreamCreate made (not the
 * caller's). */
int64_t attnFakeCudaStreamLaunches(void);
/* The last successful launch: grid x, block volume, dynamic shared memory bytes. */
void attnFakeCudaLastLaunch(uint32_t *grid_x, uint32_t *block_threads, uint32_t *smem);
/* The largest parameter a launch records: a CUtensorMap passed by value. */
#define ATTN_FAKE_CUDA_MAX_PARAM_BYTES 128
/* From now on (until a reset) each successful launch copies the first `count` kernel
 * parameters, param i being sizes[i] bytes (at most ATTN_FAKE_CUDA_MAX_PARAM_BYTES, count at
 * most 64), for attnFakeCudaLastParam(Bytes): tests see the values the runtime packed. */
void attnFakeCudaRecordParams(const uint32_t *sizes, int count);
/* Parameter `index` of the last recorded launch, its first 8 bytes zero-extended (0 when not
 * recorded). */
uint64_t attnFakeCudaLastParam(int index);
/* Copies parameter `index` of the last recorded launch to `out` (at most `capacity` bytes);
 * returns its recorded size (0 when not recorded). */
uint32_t attnFakeCudaLastParamBytes(int index, void *out, uint32_t capacity);

/* One successful cuTensorMapEncodeTiled call: its arguments (arrays past `rank` are 0) and
 * the 128 bytes it wrote to `map` (the fake's own encoding, unique to the call). */
typedef struct attn_fake_tensor_map_encode_t {
  uint64_t map; /* host address of the CUtensorMap */
  int32_t data_type;
  uint32_t rank;
  uint64_t global_address;
  uint64_t global_dim[5];
  uint64_t global_strides[4];
  uint32_t box_dim[5];
  uint32_t element_strides[5];
  int32_t interleave;
  int32_t swizzle;
  int32_t l2_promotion;
  int32_t oob_fill;
  unsigned char bytes[128];
} attn_fake_tensor_map_encode_t;
/* Successful cuTensorMapEncodeTiled calls since the last reset. */
int64_t attnFakeCudaTensorMapEncodes(void);
/* Copies the `index`-th (0 = first since the last reset) successful encoding to *out; 0 on
 * success, -1 when there is no such call. */
int attnFakeCudaTensorMapEncode(int64_t index, attn_fake_tensor_map_encode_t *out);
/* CTAs per cluster of the last successful launch (its CU_LAUNCH_ATTRIBUTE_CLUSTER_DIMENSION
 * x; 0 when it gave none). */
uint32_t attnFakeCudaLastCluster(void);
/* Device allocations, host allocations, modules and events that are live. */
int64_t attnFakeCudaLiveObjects(void);
/* Bytes of device memory live. */
int64_t attnFakeCudaLiveDeviceBytes(void);
/* The device's SM count (default 132) and occupancy (CTAs per SM, default 2). */
void attnFakeCudaSetDevice(int sm_count, int occupancy);
/* The device's L2 cache in bytes, cuDeviceGetAttribute's L2_CACHE_SIZE (reset: 50 MiB). */
void attnFakeCudaSetL2CacheSize(int bytes);
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
