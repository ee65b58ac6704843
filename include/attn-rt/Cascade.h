//===- Cascade.h - multi-level (shared-prefix) attention: create, plan, run -*- C++ -*-===//
//
//   auto st = CascadeAttention::create(problem, options, &cascade);  // once
//   st = cascade->plan(num_levels, levels, stream);  // per batch, host: one plan per level
//   st = cascade->run(args, stream);  // per level attention (+ merge); capturable
//
// FlashInfer's MultiLevelCascadeAttentionWrapper over the runtime's own kernels. The batch's
// N query tokens (q [N, Hq, D]) are attended at every level; level l is a batched attention
// over paged KV with its own qo_indptr (a partition of the N tokens into the level's entries)
// and page table. Level 0 is typically one shared prefix read once for the queries of every
// request that shares it (qo_indptr = [0, N]); the last level each request's own pages. The
// states of the levels are merged through their log-sum-exp:
//
//   level 0:   o, lse_0           = attention(q, level 0 KV)           (written into o)
//   level l:   tmp_o, tmp_lse     = attention(q, level l KV)           (scratch)
//              o, lse_l           = merge_state(o, lse_{l-1}, tmp_o, tmp_lse)
//
// A prefill level runs the tensor-core prefill kernel (any number of queries per entry,
// split-KV when the level has too few CTAs, as a shared prefix does); a decode level the decode
// kernel (exactly one query per entry, entry b = query token b). Levels before the last are
// unmasked (every query sees the whole prefix); the last level may be causal (bottom-right
// aligned, as FlashInfer applies `causal` to the last level only). An entry with no KV in a
// level contributes lse = -inf (o = 0), which the merge ignores, so a request in no shared
// group is an entry with an empty page range at level 0.
//
// run allocates nothing and launches only kernels: every length the kernels read comes from the
// device buffers of the level plans, the grids from the plans (from capacities in graph mode).
// With concurrent_levels, level 1 runs on a stream of the cascade's own while level 0 runs on
// the caller's: an event recorded on the caller's stream starts it, another joins it back
// before level 1's merge, so the caller's stream orders everything as before and a capture of
// it takes the fork and the join into the graph. A compute-bound shared level and the
// memory-bound level of each request's own pages then share the device.
// In graph mode the merges' row count is captured with the launch: plans after the first must
// keep the same number of query tokens N (their KV lengths may change freely).
//
//===----------------------------------------------------------------------===//
#ifndef ATTN_RT_CASCADE_H
#define ATTN_RT_CASCADE_H

#include "attn-rt/Bundle.h"
#include "attn-rt/Decode.h"
#include "attn-rt/Driver.h"
#include "attn-rt/Manifest.h"
#include "attn-rt/Merge.h"
#include "attn-rt/Prefill.h"
#include "attn-rt/Status.h"

#include <memory>
#include <string>
#include <vector>

namespace attn::rt {

/// Levels of one cascade (FlashInfer's MultiLevelCascadeAttentionWrapper has no bound; eight
/// covers every sharing hierarchy we know of and keeps the C structs fixed-size).
inline constexpr int32_t kMaxCascadeLevels = 8;

enum class CascadeLevelKind : int32_t { Prefill = 0, Decode = 1 };

/// Shapes and types shared by every level: q, o and the paged KV cache.
struct CascadeProblem : AttentionShape {};

struct CascadeLevelOptions {
  CascadeLevelKind kind = CascadeLevelKind::Prefill;
  Bundle *bundle = nullptr;     ///< the level's kernels (family prefill or decode); required
  std::string kernel_name;      ///< empty = the first kernel of the family that fits the level
  int32_t max_batch = 0;        ///< capacity: entries of the level (required)
  int32_t max_work = 0;         ///< capacity; 0 = the kind's default
  int32_t max_partial_rows = 0; ///< prefill levels: capacity; 0 = default
  int32_t min_chunk_tokens = 0; ///< 0 = the kind's default
};

struct CascadeOptions {
  std::vector<CascadeLevelOptions> levels; ///< 1 .. kMaxCascadeLevels
  Bundle *merge_bundle = nullptr;          ///< holds a merge_state kernel (required with > 1 level)
  std::string merge_kernel_name;           ///< empty = the first merge_state kernel that fits
  int32_t max_qo_tokens = 0;               ///< capacity: query tokens N of a batch (required)
  bool graph_mode = false;                 ///< fixed launch shapes (CUDA Graph replay)
  int device = 0;                          ///< used only when no context is current
  /// Scratch for the level states (computeCascadeScratchLayout); 0 = allocated by create.
  DevicePtr scratch = 0;
  size_t scratch_bytes = 0;
  /// Levels 0 and 1 run concurrently (two or more levels; see above): create makes a stream
  /// and two events for it.
  bool concurrent_levels = false;
};

/// One level of a batch, host arrays. kv_last_page_len has batch_size entries.
struct CascadeLevelInput {
  int32_t batch_size = 0;
  const int32_t *qo_indptr = nullptr; ///< [batch_size + 1], query tokens; [0] = 0, [B] = N
  const int32_t *kv_indptr = nullptr; ///< [batch_size + 1], pages; [0] = 0
  const int32_t *kv_last_page_len = nullptr;
};

/// One level's device arrays (the values its plan was made from). qo_indptr is not read by
/// decode levels (their query rows are 0 .. B-1) and may be 0 there.
struct CascadeLevelArgs {
  DevicePtr qo_indptr = 0, kv_indptr = 0, kv_indices = 0, kv_last_page_len = 0;
};

/// q [N, Hq, D], the paged cache every level indexes, o [N, Hq, D], lse f32 [N, Hq] (natural
/// log; 0 = not wanted).
struct CascadeRunArgs {
  DevicePtr q = 0, k_cache = 0, v_cache = 0, o = 0, lse = 0;
  int32_t num_levels = 0;
  CascadeLevelArgs levels[kMaxCascadeLevels];
  /// Elements between pages of k_cache / v_cache, 0 = dense (DecodeRunArgs::kv_page_stride);
  /// every level reads the cache with it.
  int64_t kv_page_stride = 0;
};

/// Byte offsets in the scratch buffer: tmp_o [max_qo_tokens, Hq, D] of the output dtype (a
/// level's state before its merge), tmp_lse and two alternating merged lse, f32
/// [max_qo_tokens, Hq] each. Every offset is 256-byte aligned.
struct CascadeScratchLayout {
  size_t tmp_o_byte = 0;
  size_t tmp_lse_byte = 0;
  size_t lse_byte[2] = {0, 0};
  size_t bytes = 0;
};

Status computeCascadeScratchLayout(int32_t max_qo_tokens, int32_t num_qo_heads, int32_t head_dim,
                                   DType dtype, CascadeScratchLayout *out);

/// The options alone: 1..kMaxCascadeLevels levels, each with a bundle and max_batch >= 1, a
/// decode level's max_batch <= max_qo_tokens, a merge bundle when there is more than one level.
/// No GPU involved.
Status checkCascadeOptions(const CascadeOptions &options);

/// Whether `kernel` may serve level `level` of `num_levels`: it writes lse; no RoPE, ALiBi,
/// window, custom or block-sparse mask (positions and masks are per level and would be wrong
/// across levels); mask none, or causal on the last level (decode kernels: causal anywhere, a
/// decode query sees every key either way). No GPU involved.
Status checkCascadeLevelKernel(const KernelEntry &kernel, int32_t level, int32_t num_levels);

/// Mismatch unless two levels' kernels compute the same scores: equal sm_scale (both given
/// or both not) and logits soft-cap.
Status checkCascadeKernelsAgree(const KernelEntry &a, int32_t level_a, const KernelEntry &b,
                                int32_t level_b);

/// The level inputs of a plan against the options: num_levels equal to the levels created;
/// every qo_indptr non-null, starting at 0, non-decreasing and ending at the same N (level 0's)
/// <= max_qo_tokens; batch_size within the level's max_batch; a decode level has one query per
/// entry (qo_indptr[b] = b). `*num_rows` receives N. kv arrays are left to the level planners.
/// No GPU involved.
Status checkCascadePlanInput(const CascadeOptions &options, int32_t num_levels,
                             const CascadeLevelInput *levels, int32_t *num_rows);

class CascadeAttention {
public:
  ~CascadeAttention();
  CascadeAttention(const CascadeAttention &) = delete;
  CascadeAttention &operator=(const CascadeAttention &) = delete;

  static Status create(const CascadeProblem &problem, const CascadeOptions &options,
                       std::unique_ptr<CascadeAttention> *out);

  /// Plans every level (host) and copies each level's plan to its workspace on `stream`.
  Status plan(int32_t num_levels, const CascadeLevelInput *levels, StreamHandle stream);
  /// Per level: attention, and from level 1 on the merge into o. Allocates nothing.
  Status run(const CascadeRunArgs &args, StreamHandle stream);

  int32_t numLevels() const;
  CascadeLevelKind levelKind(int32_t level) const;
  /// The level's attention object (null when the level is of the other kind).
  const PrefillAttention *prefillLevel(int32_t level) const;
  const DecodeAttention *decodeLevel(int32_t level) const;
  /// The merge kernel; null with one level.
  const MergeAttentionStates *merge() const;
  /// Index of the level's attention kernel in its bundle's manifest.
  int levelKernelIndex(int32_t level) const;
  const CascadeScratchLayout &scratchLayout() const;
  /// Query tokens N of the current plan (-1 before the first plan).
  int32_t numRows() const;

private:
  CascadeAttention();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace attn::rt

#endif // ATTN_RT_CASCADE_H
