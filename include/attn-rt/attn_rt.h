/*===- attn_rt.h - C API of the attn runtime ----------------------*- C -*-===*\
|*                                                                            *|
|* Plain C (C99) interface to libattn_rt, usable from C and Python ctypes:     *|
|* opaque handles, fixed-width fields, every call returns attn_status_t and    *|
|* leaves a message for attnGetLastError() (thread-local, valid until the next *|
|* failing call on the same thread). Device pointers are uint64_t              *|
|* (CUdeviceptr), streams are void* (CUstream; NULL = legacy default stream).  *|
|*                                                                            *|
|* Devices: a handle keeps the context current at its create (else device's   *|
|* primary context) and enters it for every later call, whatever is current.  *|
|* A bundle of an arch that does not run on that device, and caller           *|
|* workspaces on another device, are refused at create; run operands are      *|
|* checked only with ATTN_RT_CHECK_POINTERS=1 (docs/RUNTIME.md).              *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/
#ifndef ATTN_RT_ATTN_RT_H
#define ATTN_RT_ATTN_RT_H

#include <stddef.h>
#include <stdint.h>

/* Symbols of the C API are the only ones libattn_rt.so exports (the rest is built with
 * -fvisibility=hidden); in the static library the attribute changes nothing. */
#if defined(_WIN32)
#define ATTN_RT_API
#elif defined(__GNUC__)
#define ATTN_RT_API __attribute__((visibility("default")))
#else
#define ATTN_RT_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* The layout of this header's structs. 2: kv_page_stride at the end of the decode, prefill,
 * append and cascade run arguments (zero-initialised structs keep version 1's behaviour).
 * 3: advance_offset at the end of the sampler and speculative sampler run arguments (0 keeps
 * version 2's behaviour). */
#define ATTN_RT_ABI_VERSION 3

/* ATTN_RT_ABI_VERSION of the library (bindings check it against the structs they mirror). */
ATTN_RT_API int32_t attnAbiVersion(void);

/* Status codes; equal to attn::rt::StatusCode. */
typedef enum attn_status_t {
  ATTN_SUCCESS = 0,
  ATTN_ERROR_INVALID_ARGUMENT = 1,
  ATTN_ERROR_PARSE = 2,
  ATTN_ERROR_NOT_FOUND = 3,
  ATTN_ERROR_IO = 4,
  ATTN_ERROR_DRIVER_UNAVAILABLE = 5,
  ATTN_ERROR_DRIVER = 6,
  ATTN_ERROR_CAPACITY = 7,
  ATTN_ERROR_MISMATCH = 8,
  ATTN_ERROR_NOT_READY = 9,
  ATTN_ERROR_INTERNAL = 10
} attn_status_t;

/* Enumerations; equal to the C++ enums in attn-rt/Manifest.h. */
typedef enum attn_layout_t { ATTN_LAYOUT_NHD = 0, ATTN_LAYOUT_HND = 1 } attn_layout_t;
typedef enum attn_dtype_t {
  ATTN_DTYPE_BF16 = 0,
  ATTN_DTYPE_F16 = 1,
  ATTN_DTYPE_F32 = 2 /* merge kernels (states and outputs) and sampling kernels only */
} attn_dtype_t;
typedef enum attn_role_t {
  ATTN_ROLE_ATTENTION = 0,
  ATTN_ROLE_MERGE = 1,
  ATTN_ROLE_KERNEL = 2 /* the standalone op kernels (families append_kv, rope, merge) */
} attn_role_t;
typedef enum attn_mask_t {
  ATTN_MASK_NONE = 0,
  ATTN_MASK_CAUSAL = 1,
  ATTN_MASK_SLIDING_WINDOW = 2,
  ATTN_MASK_CUSTOM = 3,
  ATTN_MASK_BLOCK_SPARSE = 4
} attn_mask_t;

/* Bits of attn_kernel_info_t.operands: the optional mask and position operands a prefill
 * kernel takes (attn_prefill_args_t fields of the same names), and a sample / spec_sample
 * kernel's advance_offset (attn_sampler_args_t). */
#define ATTN_OPERAND_CUSTOM_MASK 0x1u
#define ATTN_OPERAND_MASK_INDPTR 0x2u
#define ATTN_OPERAND_BLOCK_INDPTR 0x4u
#define ATTN_OPERAND_BLOCK_INDICES 0x8u
#define ATTN_OPERAND_ALIBI_SLOPES 0x10u
#define ATTN_OPERAND_ROPE_OFFSETS 0x20u
#define ATTN_OPERAND_ADVANCE_OFFSET 0x40u

typedef struct attn_bundle *attn_bundle_t;
typedef struct attn_decode *attn_decode_t;
typedef struct attn_prefill *attn_prefill_t;

/* Message of the last failing call on this thread ("" if none). Never NULL. */
ATTN_RT_API const char *attnGetLastError(void);
/* Stable name of a status code ("invalid_argument"). Never NULL. */
ATTN_RT_API const char *attnStatusName(attn_status_t status);

/* ---- bundles ---------------------------------------------------------- */

/* Parses <directory>/manifest.json and reads the binaries. Needs no GPU for a single-arch
 * bundle. A multi-arch bundle (attn-compile --sm 80,90a; docs/RUNTIME.md) is opened for the
 * current context's device (device 0 when no context is current): its binaries for the exact
 * compute capability, else for the best compatible lower one; ATTN_ERROR_MISMATCH, naming the
 * device's arch and the bundle's, when none runs there. */
ATTN_RT_API attn_status_t attnBundleLoad(const char *directory, attn_bundle_t *out);
/* Same for CUDA device `device` (ordinal >= 0); single-arch bundles are checked against the
 * device too (ATTN_ERROR_MISMATCH when their arch does not run there). Loads the driver. */
ATTN_RT_API attn_status_t attnBundleLoadForDevice(const char *directory, int32_t device,
                                                  attn_bundle_t *out);
/* The architecture of the loaded binaries ("sm_90a"). Never NULL for a valid bundle. */
ATTN_RT_API const char *attnBundleArch(attn_bundle_t bundle);
ATTN_RT_API void attnBundleFree(attn_bundle_t bundle);
ATTN_RT_API int32_t attnBundleNumKernels(attn_bundle_t bundle);

/* One kernel of a bundle. Strings stay valid while the bundle lives. */
typedef struct attn_kernel_info_t {
  const char *name;
  const char *family;
  int32_t role;          /* attn_role_t */
  int32_t num_qo_heads;
  int32_t num_kv_heads;
  int32_t head_dim;
  int32_t page_size;
  int32_t layout;        /* attn_layout_t */
  int32_t dtype;         /* attn_dtype_t */
  int32_t kv_dtype;      /* attn_dtype_t */
  int32_t block[3];
  int32_t dynamic_smem;
  int32_t tile_kv;
  int32_t kv_format;     /* 0 paged, 1 ragged */
  int32_t split_kv;      /* tile.split_kv: nonzero when the kernel writes partial states */
  float sm_scale;        /* variant.sm_scale compiled into the kernel; 0 if not given */
  int32_t registers;     /* ptxas report (resources); -1 if the manifest has none */
  int32_t spill_bytes;   /* spill stores + spill loads; -1 if unknown */
  int32_t mask;          /* attn_mask_t (variant.mask) */
  int32_t block_rows;    /* block-sparse masks: BSR block rows R; 0 otherwise */
  int32_t block_cols;    /* block-sparse masks: BSR block columns C; 0 otherwise */
  uint32_t operands;     /* ATTN_OPERAND_* bits: optional operands the kernel takes */
  int32_t tile_q;        /* tile.tile_q (packed query rows per Q tile); 0 if not given */
} attn_kernel_info_t;

ATTN_RT_API attn_status_t attnBundleGetKernel(attn_bundle_t bundle, int32_t index,
                                  attn_kernel_info_t *out);

/* ---- decode ------------------------------------------------------------ */

/* Device workspace sizes (bytes) for the given capacities. */
ATTN_RT_API attn_status_t attnDecodeWorkspaceSize(int32_t max_batch, int32_t max_work,
                                      int32_t num_qo_heads, int32_t head_dim,
                                      size_t *int_workspace_bytes,
                                      size_t *float_workspace_bytes);

typedef struct attn_decode_config_t {
  const char *kernel_name;   /* NULL or "" = first matching decode kernel */
  int32_t num_qo_heads;
  int32_t num_kv_heads;
  int32_t head_dim;
  int32_t page_size;
  int32_t layout;            /* attn_layout_t */
  int32_t dtype;             /* attn_dtype_t, q and o */
  int32_t kv_dtype;          /* attn_dtype_t, k_cache and v_cache */
  int32_t max_batch;
  int32_t max_work;          /* 0 = chosen from the device */
  int32_t graph_mode;        /* nonzero: fixed launch shapes for CUDA Graphs */
  int32_t min_chunk_tokens;  /* 0 = default */
  int32_t device;            /* used when no context is current */
  uint64_t int_workspace;    /* 0 = allocated by attnDecodeCreate */
  size_t int_workspace_bytes;
  uint64_t float_workspace;  /* 0 = allocated by attnDecodeCreate */
  size_t float_workspace_bytes;
  int32_t want_lse;          /* nonzero: only kernels that write lse match */
} attn_decode_config_t;

/* Fills a config with defaults (all zero, NHD, bf16). */
ATTN_RT_API void attnDecodeConfigInit(attn_decode_config_t *config);

ATTN_RT_API attn_status_t attnDecodeCreate(attn_bundle_t bundle, const attn_decode_config_t *config,
                               attn_decode_t *out);
ATTN_RT_API void attnDecodeFree(attn_decode_t decode);

/* Host arrays: kv_indptr [batch_size+1], kv_last_page_len [batch_size]; kv_indices
 * [kv_indptr[batch_size]] may be NULL (not validated then). */
ATTN_RT_API attn_status_t attnDecodePlan(attn_decode_t decode, int32_t batch_size,
                             const int32_t *kv_indptr, const int32_t *kv_last_page_len,
                             const int32_t *kv_indices, int32_t num_pages, void *stream);

/* q, k_cache, v_cache, o 16-byte aligned; the i32 arrays and lse 4-byte aligned. */
typedef struct attn_decode_args_t {
  uint64_t q, k_cache, v_cache;
  uint64_t kv_indptr, kv_indices, kv_last_page_len;
  uint64_t o, lse;           /* lse may be 0 */
  float sm_scale;            /* <= 0: the kernel's compiled-in scale; > 0 must equal it;
                                NaN / inf: ATTN_ERROR_INVALID_ARGUMENT */
  int64_t kv_page_stride;    /* elements from one page of k_cache (and of v_cache) to the
                                next; 0 = dense pools (page_size * num_kv_heads * head_dim).
                                Pages must be contiguous inside; a larger stride reads strided
                                views such as the halves of one [pages, 2, ...] cache (2 *
                                page elements). Smaller than a page, past INT32_MAX or not a
                                multiple of 16 bytes: ATTN_ERROR_INVALID_ARGUMENT; not dense
                                with a kernel compiled without the kv_page_stride parameter:
                                ATTN_ERROR_MISMATCH. Since ATTN_RT_ABI_VERSION 2. */
} attn_decode_args_t;

ATTN_RT_API attn_status_t attnDecodeRun(attn_decode_t decode, const attn_decode_args_t *args, void *stream);

/* Facts about the current plan (any pointer may be NULL). */
ATTN_RT_API attn_status_t attnDecodeGetPlanInfo(attn_decode_t decode, int32_t *num_work,
                                    int32_t *num_partials, int32_t *chunk_tokens,
                                    int32_t *needs_merge);

/* ---- prefill / append ----------------------------------------------------
 * Tensor-core attention over ragged queries (qo_indptr) and paged or ragged KV: batched
 * prefill, append (queries after existing KV; masks aligned bottom-right: query i of a request
 * sits at position i + kv_len - q_len) and chunked prefill. Kernels of family "prefill"
 * (docs/PREFILL_ABI.md). The mask (causal, sliding window) and the logit scale are compiled
 * into the kernel; the bundle's variant says which. Custom and block-sparse masks, ALiBi slopes
 * and RoPE offsets are device operands of run (attn_prefill_args_t). */

/* Device workspace sizes (bytes) for the given capacities: the int workspace holds the plan
 * (6 arrays of max_work work items, merge_indptr [max_qo_tokens + 1]); the float workspace the
 * split-KV partial states, f32 tmp_o [max_partial_rows, num_qo_heads, head_dim] and tmp_lse
 * [max_partial_rows, num_qo_heads] (0 bytes when max_partial_rows is 0). max_work >= 1 and
 * max_partial_rows >= 0 must be given explicitly here (the 0 = default of the config is
 * resolved from the device at create; see attnPrefillGetCapacities). */
ATTN_RT_API attn_status_t attnPrefillWorkspaceSize(int32_t max_qo_tokens, int32_t max_work,
                                                   int32_t max_partial_rows,
                                                   int32_t num_qo_heads, int32_t head_dim,
                                                   size_t *int_workspace_bytes,
                                                   size_t *float_workspace_bytes);

typedef struct attn_prefill_config_t {
  const char *kernel_name;   /* NULL or "" = first matching prefill kernel */
  int32_t num_qo_heads;
  int32_t num_kv_heads;
  int32_t head_dim;
  int32_t page_size;         /* 0 = ragged KV (k, v [kv_tokens, num_kv_heads, head_dim]) */
  int32_t layout;            /* attn_layout_t, paged KV only */
  int32_t dtype;             /* attn_dtype_t, q and o */
  int32_t kv_dtype;          /* attn_dtype_t, k and v */
  int32_t want_lse;          /* nonzero: only kernels that write lse match */
  int32_t max_batch;         /* capacity: requests per plan (required) */
  int32_t max_qo_tokens;     /* capacity: query tokens per plan, qo_indptr[B] (required) */
  int32_t max_work;          /* capacity: work items; 0 = enough for any batch within
                                max_batch / max_qo_tokens, chosen from the device */
  int32_t max_partial_rows;  /* capacity: split-KV partial rows; 0 = enough for any one-wave
                                split, chosen from the device. A smaller value only splits
                                less, never fails a plan */
  int32_t graph_mode;        /* nonzero: fixed launch shapes for CUDA Graphs */
  int32_t min_chunk_tokens;  /* 0 = default (256) */
  int32_t device;            /* used when no context is current */
  uint64_t int_workspace;    /* 0 = allocated by attnPrefillCreate */
  size_t int_workspace_bytes;
  uint64_t float_workspace;  /* 0 = allocated by attnPrefillCreate */
  size_t float_workspace_bytes;
} attn_prefill_config_t;

/* Fills a config with defaults (all zero, NHD, bf16). */
ATTN_RT_API void attnPrefillConfigInit(attn_prefill_config_t *config);

ATTN_RT_API attn_status_t attnPrefillCreate(attn_bundle_t bundle,
                                            const attn_prefill_config_t *config,
                                            attn_prefill_t *out);
ATTN_RT_API void attnPrefillFree(attn_prefill_t prefill);

/* Capacities in effect (the config's 0 defaults resolved); any pointer may be NULL. */
ATTN_RT_API attn_status_t attnPrefillGetCapacities(attn_prefill_t prefill, int32_t *max_work,
                                                   int32_t *max_partial_rows);

/* Index in the bundle (attnBundleGetKernel) of the attention kernel create selected: its mask,
 * block shape and operands say which attn_prefill_args_t operands run needs. */
ATTN_RT_API attn_status_t attnPrefillGetKernelIndex(attn_prefill_t prefill, int32_t *index);

/* Schedules a batch on the host and copies the plan to the int workspace on `stream` (not
 * capturable: plan before capture / replay). Host arrays: qo_indptr [batch_size + 1] (query
 * tokens), kv_indptr [batch_size + 1] (pages when paged, tokens when ragged),
 * kv_last_page_len [batch_size] (paged; NULL for ragged). Both indptr arrays start at 0. With
 * a block-sparse kernel every qo_indptr[b] of a request with queries must be a multiple of
 * the block rows R (else ATTN_ERROR_INVALID_ARGUMENT). */
ATTN_RT_API attn_status_t attnPrefillPlan(attn_prefill_t prefill, int32_t batch_size,
                                          const int32_t *qo_indptr_host,
                                          const int32_t *kv_indptr_host,
                                          const int32_t *kv_last_page_len_host, void *stream);

/* Device tensors of one run: q [tokens, num_qo_heads, head_dim], qo_indptr i32 [B+1];
 * k, v: paged k_cache / v_cache (NHD [pages, page_size, num_kv_heads, head_dim] or HND
 * [pages, num_kv_heads, page_size, head_dim]) or ragged [kv_tokens, num_kv_heads, head_dim];
 * kv_indptr i32 [B+1]; kv_indices i32 and kv_last_page_len i32 [B] (paged; 0 for ragged);
 * o like q; lse f32 [tokens, num_qo_heads]: required when the kernel writes lse (its
 * variant's return_lse; the kernel stores it unconditionally), else 0. The index arrays must
 * hold the values the plan was made from.
 * Mask and position operands (docs/PREFILL_ABI.md), each given exactly when the kernel takes
 * it (attn_kernel_info_t.operands): a missing one is ATTN_ERROR_INVALID_ARGUMENT, one the
 * kernel does not take ATTN_ERROR_MISMATCH (it would be ignored silently).
 *   custom_mask u8, mask_indptr i32 [B+1] (mask custom): key j is visible to query i of
 *     request b iff bit i * kv_len + j of the bytes from custom_mask[mask_indptr[b]] is set
 *     (little bit order within a byte; every query head the same mask);
 *   block_indptr i32 [ceil(qo_indptr[B] / R) + 1], block_indices i32 (mask block_sparse,
 *     block [R, C]): BSR over the rows of the whole q tensor, row g in block row g / R, key j
 *     in block column j / C; columns distinct within a row;
 *   alibi_slopes f32 [num_qo_heads]: used instead of the standard ALiBi slopes;
 *   rope_offsets i32 [B]: added to every RoPE position of request b.
 * q, k, v, o must be 16-byte aligned, the i32 and f32 arrays 4-byte aligned. */
typedef struct attn_prefill_args_t {
  uint64_t q, qo_indptr;
  uint64_t k, v;
  uint64_t kv_indptr, kv_indices, kv_last_page_len;
  uint64_t o, lse;
  uint64_t custom_mask, mask_indptr;
  uint64_t block_indptr, block_indices;
  uint64_t alibi_slopes, rope_offsets;
  int64_t kv_page_stride; /* paged: as attn_decode_args_t.kv_page_stride; ragged: 0 */
} attn_prefill_args_t;

/* Launches the attention kernel and, when KV was split (always in graph mode with a split-KV
 * kernel), the merge kernel. Allocates nothing; capturable in a CUDA Graph. */
ATTN_RT_API attn_status_t attnPrefillRun(attn_prefill_t prefill, const attn_prefill_args_t *args,
                                         void *stream);

/* Facts about the current plan (any pointer may be NULL). chunk_tokens is 0 when nothing
 * was split. */
ATTN_RT_API attn_status_t attnPrefillGetPlanInfo(attn_prefill_t prefill, int32_t *num_work,
                                                 int32_t *num_partial_rows,
                                                 int32_t *chunk_tokens, int32_t *needs_merge);

/* ---- append to a paged KV cache (FlashInfer's append_paged_kv_cache) ----- */

typedef struct attn_append_kv *attn_append_kv_t;

/* The cache an append writes; it must match an append_kv kernel of the bundle. */
typedef struct attn_append_kv_config_t {
  const char *kernel_name; /* NULL = the first append_kv kernel matching the fields */
  int32_t num_kv_heads;
  int32_t head_dim;
  int32_t page_size;
  int32_t layout;          /* attn_layout_t */
  int32_t dtype;           /* attn_dtype_t */
  int32_t device;          /* used only when no context is current */
} attn_append_kv_config_t;

/* Zero, NHD, bf16. */
ATTN_RT_API void attnAppendKVConfigInit(attn_append_kv_config_t *config);
ATTN_RT_API attn_status_t attnAppendKVCreate(attn_bundle_t bundle,
                                             const attn_append_kv_config_t *config,
                                             attn_append_kv_t *out);
ATTN_RT_API void attnAppendKVFree(attn_append_kv_t append);

/* Row t of k / v [num_rows, num_kv_heads, head_dim] goes to position positions[t] of request
 * batch_indices[t] (both i32 [num_rows]): page kv_indices[kv_indptr[b] + p / page_size], slot
 * p % page_size of k_cache / v_cache (NHD [pages, page_size, heads, dim] or HND
 * [pages, heads, page_size, dim]). The page table must cover the positions (not checked).
 * kv_last_page_len is not read and may be 0. Row buffers must be 16-byte aligned. */
typedef struct attn_append_kv_args_t {
  uint64_t k, v;
  uint64_t batch_indices, positions;
  uint64_t k_cache, v_cache;
  uint64_t kv_indptr, kv_indices, kv_last_page_len;
  int32_t num_rows;
  int64_t kv_page_stride; /* as attn_decode_args_t.kv_page_stride (0 = dense) */
} attn_append_kv_args_t;

/* One grid-stride launch sized from num_rows (0 launches nothing). Allocates nothing;
 * capturable in a CUDA Graph (the row count is captured with the launch). */
ATTN_RT_API attn_status_t attnAppendKVRun(attn_append_kv_t append,
                                          const attn_append_kv_args_t *args, void *stream);

/* ---- rotary embedding with position ids (FlashInfer's apply_rope_pos_ids) ---- */

typedef struct attn_rope *attn_rope_t;

typedef enum attn_rope_kind_t { ATTN_ROPE_LLAMA = 1, ATTN_ROPE_LLAMA3 = 2 } attn_rope_kind_t;

/* What the call computes; it must match a rope kernel of the bundle (the parameters are
 * compiled into the kernel). */
typedef struct attn_rope_config_t {
  const char *kernel_name;  /* NULL = the first rope kernel matching the fields */
  int32_t num_qo_heads;
  int32_t num_kv_heads;
  int32_t head_dim;
  int32_t rotary_dim;       /* 0 = head_dim */
  int32_t kind;             /* attn_rope_kind_t */
  int32_t interleave;       /* 0: pairs (i, i + rotary_dim/2); 1: pairs (2i, 2i + 1) */
  int32_t dtype;            /* attn_dtype_t */
  float theta, scale;
  float factor, low_freq_factor, high_freq_factor; /* llama3 */
  int32_t original_max_position;                   /* llama3 */
  int32_t device;           /* used only when no context is current */
} attn_rope_config_t;

/* FlashInfer's defaults: llama, bf16, theta 1e4, scale 1, factor 8, low 1, high 4, 8192;
 * heads and head_dim zero (to be set). */
ATTN_RT_API void attnRopeConfigInit(attn_rope_config_t *config);
ATTN_RT_API attn_status_t attnRopeCreate(attn_bundle_t bundle, const attn_rope_config_t *config,
                                         attn_rope_t *out);
ATTN_RT_API void attnRopeFree(attn_rope_t rope);

/* q, q_out [num_rows, num_qo_heads, head_dim]; k, k_out [num_rows, num_kv_heads, head_dim];
 * pos_ids i32 [num_rows]. q_out == q and k_out == k rotate in place. Row buffers must be
 * 16-byte aligned. */
typedef struct attn_rope_args_t {
  uint64_t q, k, pos_ids;
  uint64_t q_out, k_out;
  int32_t num_rows;
} attn_rope_args_t;

/* One grid-stride launch sized from num_rows (0 launches nothing); capturable. */
ATTN_RT_API attn_status_t attnRopeRun(attn_rope_t rope, const attn_rope_args_t *args,
                                      void *stream);

/* ---- merging attention states (FlashInfer's merge_state / merge_states) ---- */

typedef struct attn_merge *attn_merge_t;

typedef enum attn_merge_form_t {
  ATTN_MERGE_STATE = 1, /* two states per row: v_a, s_a, v_b, s_b (cascade attention) */
  ATTN_MERGE_STATES = 2 /* dense: v [N, num_states, H, D], s [N, num_states, H] */
} attn_merge_form_t;

/* What the call computes; it must match a merge kernel of the bundle. */
typedef struct attn_merge_config_t {
  const char *kernel_name; /* NULL = the first merge kernel matching the fields */
  int32_t form;            /* attn_merge_form_t */
  int32_t num_heads;
  int32_t head_dim;
  int32_t dtype;           /* attn_dtype_t of v_out (bf16, f16 or f32) */
  int32_t state_dtype;     /* attn_dtype_t of the input v (bf16, f16 or f32) */
  int32_t write_lse;       /* 1: the kernel writes s_out */
  int32_t num_states;      /* ATTN_MERGE_STATES: 0 = any, else the kernel's count */
  int32_t device;          /* used only when no context is current */
} attn_merge_config_t;

/* ATTN_MERGE_STATE, bf16 states and output, write_lse 1; heads and head_dim zero. */
ATTN_RT_API void attnMergeConfigInit(attn_merge_config_t *config);
ATTN_RT_API attn_status_t attnMergeCreate(attn_bundle_t bundle, const attn_merge_config_t *config,
                                          attn_merge_t *out);
ATTN_RT_API void attnMergeFree(attn_merge_t merge);

/* s = log(sum_k exp(s_k)), v = sum_k exp(s_k - s) v_k (natural log, f32 s); -inf states add
 * nothing, a row of only -inf states gets v = 0, s = -inf. ATTN_MERGE_STATE: v_a, v_b
 * [num_rows, H, D], s_a, s_b f32 [num_rows, H], v / s 0. ATTN_MERGE_STATES: v, s, num_states,
 * the pair 0. v_out [num_rows, H, D] (may be v_a or v_b); s_out f32 [num_rows, H] when the
 * kernel writes it (0 otherwise; never an input s). v buffers aligned to the kernel's vector
 * access (16 bytes for 8 bf16 / f16 or 4 f32 elements), s buffers to 4 bytes. */
typedef struct attn_merge_args_t {
  uint64_t v_a, s_a, v_b, s_b;
  uint64_t v, s;
  uint64_t v_out, s_out;
  int32_t num_states;
  int32_t num_rows;
} attn_merge_args_t;

/* One grid-stride launch sized from num_rows (0 launches nothing); capturable. */
ATTN_RT_API attn_status_t attnMergeRun(attn_merge_t merge, const attn_merge_args_t *args,
                                       void *stream);

/* ---- token sampling (FlashInfer's sampling module) ---- */

typedef struct attn_sampler *attn_sampler_t;

typedef enum attn_sampling_input_t {
  ATTN_SAMPLING_PROBS = 0, /* non-negative weights per token (rows need not sum to 1) */
  ATTN_SAMPLING_LOGITS = 1 /* softmax(row) is the distribution */
} attn_sampling_input_t;

typedef enum attn_sampling_mode_t {
  ATTN_SAMPLING_SAMPLE = 0, /* one i32 token per row (sampling_from_*, top_*_sampling_*) */
  ATTN_SAMPLING_RENORM = 1, /* the filtered, renormalised probs (top_k / top_p_renorm_probs) */
  ATTN_SAMPLING_MASK = 2    /* the logits with filtered-out tokens -inf (top_k_mask_logits) */
} attn_sampling_mode_t;

/* What the call computes; it must match a sample kernel of the bundle. A filter is compiled
 * in (top_k > 0, top_p < 1, min_p > 0) or read per row (its *_per_row flag, the scalar left
 * at 0 / 1 / 0). attnSamplerCreate fails with ATTN_ERROR_INVALID_ARGUMENT for top_k < 0,
 * top_p outside (0, 1], min_p outside [0, 1] (NaN included), a dtype other than f32 / bf16. */
typedef struct attn_sampler_config_t {
  const char *kernel_name; /* NULL = the first sample kernel matching the fields */
  int32_t input;           /* attn_sampling_input_t */
  int32_t mode;            /* attn_sampling_mode_t */
  int32_t dtype;           /* attn_dtype_t: ATTN_DTYPE_F32 or ATTN_DTYPE_BF16 */
  int32_t top_k;
  float top_p, min_p;
  int32_t top_k_per_row, top_p_per_row, min_p_per_row;
  int32_t device;          /* used only when no context is current */
  int32_t cluster_size;    /* 1 = one CTA per row; 8 or 16 = the kernels splitting a row over
                              a thread-block cluster (sm_90; for small batches) */
} attn_sampler_config_t;

/* probs / sample / f32, no filters. */
ATTN_RT_API void attnSamplerConfigInit(attn_sampler_config_t *config);
ATTN_RT_API attn_status_t attnSamplerCreate(attn_bundle_t bundle,
                                            const attn_sampler_config_t *config,
                                            attn_sampler_t *out);
ATTN_RT_API void attnSamplerFree(attn_sampler_t sampler);

/* input [num_rows, vocab] (vocab in [1, 262144]); top_k i32, top_p / min_p f32 [num_rows]
 * for the per-row filters (0 otherwise; there k <= 0, p >= 1, m <= 0 turn a filter off);
 * seed_offset i64 [2] = (seed, offset), read on the device (sample mode; same pair, same
 * tokens); out i32 [num_rows] (sample; -1 for a row without weight) or like input (renorm,
 * mask; may be input). input / out of renorm and mask 16-byte aligned. NaN probabilities
 * weigh nothing, NaN logits are never drawn or kept. */
typedef struct attn_sampler_args_t {
  uint64_t input, top_k, top_p, min_p, seed_offset, out;
  int32_t num_rows;
  int32_t vocab;
  /* 1: the kernel adds one to seed_offset[1] once it has read it, seed_offset then being
   * i64 [3] (seed, offset, 0); a call is then one launch, and a replayed graph draws anew.
   * Mode sample on kernels with that parameter only (others: ATTN_ERROR_INVALID_ARGUMENT).
   * Since ATTN_RT_ABI_VERSION 3. */
  int32_t advance_offset;
} attn_sampler_args_t;

/* One CTA per row, or one cluster of cluster_size CTAs per row for the cluster kernels
 * (cuLaunchKernelEx with the cluster dimension); 0 rows launch nothing. Allocates nothing;
 * capturable in a CUDA Graph. */
ATTN_RT_API attn_status_t attnSamplerRun(attn_sampler_t sampler,
                                         const attn_sampler_args_t *args, void *stream);

/* The kernel create selected (as attnBundleGetKernel: valid while the bundle is loaded); its
 * operands have ATTN_OPERAND_ADVANCE_OFFSET when run takes advance_offset = 1. */
ATTN_RT_API attn_status_t attnSamplerGetKernel(attn_sampler_t sampler, attn_kernel_info_t *out);

/* ---- speculative-decoding verification (chain_speculative_sampling) ---- */

typedef struct attn_spec_sampler *attn_spec_sampler_t;

/* It must match a spec_sample kernel of the bundle; attnSpecSamplerCreate fails with
 * ATTN_ERROR_INVALID_ARGUMENT for a dtype other than f32 / bf16. */
typedef struct attn_spec_sampler_config_t {
  const char *kernel_name; /* NULL = the first spec_sample kernel of the dtype */
  int32_t dtype;           /* attn_dtype_t of the distributions: ATTN_DTYPE_F32 or _BF16 */
  int32_t device;          /* used only when no context is current */
} attn_spec_sampler_config_t;

/* f32. */
ATTN_RT_API void attnSpecSamplerConfigInit(attn_spec_sampler_config_t *config);
ATTN_RT_API attn_status_t attnSpecSamplerCreate(attn_bundle_t bundle,
                                                const attn_spec_sampler_config_t *config,
                                                attn_spec_sampler_t *out);
ATTN_RT_API void attnSpecSamplerFree(attn_spec_sampler_t sampler);

/* S = num_spec >= 1 drafts per request: draft_probs [num_rows, S, vocab] and target_probs
 * [num_rows, S + 1, vocab] in the dtype (16-byte aligned), draft_token_ids i32 [num_rows, S],
 * seed_offset i64 [2] = (seed, offset), read on the device. Writes out i32 [num_rows, S + 1]
 * (accepted drafts, the token drawn at the first rejection or the bonus token, then -1) and
 * ADDS to accepted / emitted i32 [num_rows] the positions whose test passes and the drafts
 * emitted before the first rejection (FlashInfer's counts). */
typedef struct attn_spec_sampler_args_t {
  uint64_t draft_probs, draft_token_ids, target_probs, seed_offset, out, accepted, emitted;
  int32_t num_rows;
  int32_t num_spec;
  int32_t vocab;
  int32_t advance_offset; /* as in attn_sampler_args_t; since ATTN_RT_ABI_VERSION 3 */
} attn_spec_sampler_args_t;

/* One CTA per request (0 rows launch nothing). Allocates nothing; capturable. */
ATTN_RT_API attn_status_t attnSpecSamplerRun(attn_spec_sampler_t sampler,
                                             const attn_spec_sampler_args_t *args, void *stream);

/* The kernel create selected, as attnSamplerGetKernel. */
ATTN_RT_API attn_status_t attnSpecSamplerGetKernel(attn_spec_sampler_t sampler,
                                                   attn_kernel_info_t *out);

#ifdef __cplusplus
}
#endif

/* Multi-level (cascade) attention: attnCascade* */
#include "attn-rt/attn_rt_cascade.h"

#endif /* ATTN_RT_ATTN_RT_H */
