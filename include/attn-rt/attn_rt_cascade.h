/*===- attn_rt_cascade.h - C API: multi-level (cascade) attention ---*- C -*-===*\
|*                                                                            *|
|* FlashInfer's MultiLevelCascadeAttentionWrapper over the runtime's kernels  *|
|* (attn-rt/Cascade.h): per level a batched paged attention with its own      *|
|* qo_indptr and page table, the levels' states merged through their LSE.     *|
|* Included by attn_rt.h; same conventions (statuses, attnGetLastError).      *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/
#ifndef ATTN_RT_ATTN_RT_CASCADE_H
#define ATTN_RT_ATTN_RT_CASCADE_H

#include "attn-rt/attn_rt.h"

#ifdef __cplusplus
extern "C" {
#endif

#define ATTN_CASCADE_MAX_LEVELS 8

typedef struct attn_cascade *attn_cascade_t;

typedef enum attn_cascade_level_kind_t {
  ATTN_CASCADE_LEVEL_PREFILL = 0, /* tensor-core prefill kernel: any queries per entry */
  ATTN_CASCADE_LEVEL_DECODE = 1   /* decode kernel: one query per entry, entry b = token b */
} attn_cascade_level_kind_t;

typedef struct attn_cascade_level_config_t {
  attn_bundle_t bundle;       /* the level's kernels (family prefill or decode); required */
  const char *kernel_name;    /* NULL or "" = the first kernel of the family that fits */
  int32_t kind;               /* attn_cascade_level_kind_t */
  int32_t max_batch;          /* capacity: entries of the level (required) */
  int32_t max_work;           /* 0 = the kind's default */
  int32_t max_partial_rows;   /* prefill levels; 0 = default */
  int32_t min_chunk_tokens;   /* 0 = the kind's default */
} attn_cascade_level_config_t;

typedef struct attn_cascade_config_t {
  int32_t num_levels;         /* 1 .. ATTN_CASCADE_MAX_LEVELS */
  attn_cascade_level_config_t levels[ATTN_CASCADE_MAX_LEVELS];
  attn_bundle_t merge_bundle; /* a merge_state kernel (dtype states and output, s_out);
                                 required with more than one level */
  const char *merge_kernel_name; /* NULL or "" = the first that fits */
  int32_t num_qo_heads;
  int32_t num_kv_heads;
  int32_t head_dim;
  int32_t page_size;
  int32_t layout;             /* attn_layout_t */
  int32_t dtype;              /* attn_dtype_t, q and o */
  int32_t kv_dtype;           /* attn_dtype_t, k_cache and v_cache */
  int32_t max_qo_tokens;      /* capacity: query tokens of a batch (required) */
  int32_t graph_mode;         /* nonzero: fixed launch shapes; plans keep the first plan's
                                 query-token count */
  int32_t device;             /* used when no context is current */
  uint64_t scratch;           /* 0 = allocated by attnCascadeCreate (attnCascadeScratchSize) */
  size_t scratch_bytes;
  int32_t concurrent_levels; /* nonzero: level 1 on a stream of the cascade's own, concurrent
                                with level 0 (joined before its merge; capturable) */
} attn_cascade_config_t;

/* Zero, NHD, bf16, every level prefill. */
ATTN_RT_API void attnCascadeConfigInit(attn_cascade_config_t *config);

/* Bytes of the scratch buffer (level states and merged LSE) for the capacities. */
ATTN_RT_API attn_status_t attnCascadeScratchSize(int32_t max_qo_tokens, int32_t num_qo_heads,
                                                 int32_t head_dim, int32_t dtype,
                                                 size_t *bytes);

/* Selects and checks every level's kernel (lse written; no RoPE / ALiBi / window / custom or
 * block-sparse mask; mask none, or causal on a last prefill level; the same sm_scale and
 * soft-cap on every level) and the merge kernel, then creates the level objects (their
 * workspaces) and the scratch. */
ATTN_RT_API attn_status_t attnCascadeCreate(const attn_cascade_config_t *config,
                                            attn_cascade_t *out);
ATTN_RT_API void attnCascadeFree(attn_cascade_t cascade);

/* One level of a batch, host arrays: qo_indptr [batch_size + 1] (query tokens; every level's
 * ends at the same N), kv_indptr [batch_size + 1] (pages), kv_last_page_len [batch_size]. */
typedef struct attn_cascade_level_plan_t {
  int32_t batch_size;
  const int32_t *qo_indptr;
  const int32_t *kv_indptr;
  const int32_t *kv_last_page_len;
} attn_cascade_level_plan_t;

/* Plans every level on the host and copies the plans on `stream` (not capturable). */
ATTN_RT_API attn_status_t attnCascadePlan(attn_cascade_t cascade, int32_t num_levels,
                                          const attn_cascade_level_plan_t *levels,
                                          void *stream);

/* One level's device arrays, holding the values of its plan; qo_indptr may be 0 on a decode
 * level. */
typedef struct attn_cascade_level_args_t {
  uint64_t qo_indptr, kv_indptr, kv_indices, kv_last_page_len;
} attn_cascade_level_args_t;

/* q [N, Hq, D], k_cache / v_cache (NHD [pages, page_size, Hkv, D] or HND), o like q, lse f32
 * [N, Hq] natural log (0 = not wanted). */
typedef struct attn_cascade_args_t {
  uint64_t q, k_cache, v_cache, o, lse;
  int32_t num_levels;
  attn_cascade_level_args_t levels[ATTN_CASCADE_MAX_LEVELS];
  int64_t kv_page_stride; /* as attn_decode_args_t.kv_page_stride (0 = dense), every level */
} attn_cascade_args_t;

/* Per level the attention (+ its split-KV merge), from level 1 on a merge_state into o.
 * Allocates nothing; capturable in a CUDA Graph. */
ATTN_RT_API attn_status_t attnCascadeRun(attn_cascade_t cascade, const attn_cascade_args_t *args,
                                         void *stream);

/* Facts about level `level`'s current plan and kernel (any pointer may be NULL): kind
 * (attn_cascade_level_kind_t), work items, split-KV partial rows, whether its split-KV merge
 * runs, the attention kernel's index in the level's bundle. */
ATTN_RT_API attn_status_t attnCascadeGetLevelInfo(attn_cascade_t cascade, int32_t level,
                                                  int32_t *kind, int32_t *num_work,
                                                  int32_t *num_partial_rows,
                                                  int32_t *needs_merge, int32_t *kernel_index);

#ifdef __cplusplus
}
#endif

#endif /* ATTN_RT_ATTN_RT_CASCADE_H */
