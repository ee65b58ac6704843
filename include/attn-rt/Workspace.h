//===- Workspace.h - workspace layouts and plan (de)serialisation -*- C++ -*-===//
//
// The plan lives on the device in the INT workspace at fixed offsets that depend only on the
// capacities, so a captured CUDA Graph keeps valid pointers across plans. Decode and prefill
// plans share the 32-word header (word 2 is the row capacity of merge_indptr: max_batch for
// decode, max_qo_tokens for prefill; word 7 counts partial rows) and differ in magic and arrays.
//
// DECODE layout in int32 words (every array starts on a 32-word = 128-byte boundary):
//
//   word 0   magic 0x4C505441 ("ATPL")     word 5   num_rows      (device scalar `num_rows`)
//   word 1   layout version (2)            word 6   batch_size
//   word 2   max_batch                     word 7   num_partials
//   word 3   max_work                      word 8   chunk_tokens
//   word 4   num_work (device scalar)      word 9   flags: bit0 needs_merge, bit1 graph_mode
//   words 10..31 reserved (0)
//   qo_indptr      at 32                   [max_batch + 1]   arange: q/o row of request b is b
//   work_request   at 32 + Q               [max_work]        Q = alignUp(max_batch + 1, 32)
//   work_kv_begin  at 32 + Q + W           [max_work]        W = alignUp(max_work, 32)
//   work_kv_end    at 32 + Q + 2W          [max_work]
//   work_partial   at 32 + Q + 3W          [max_work]
//   merge_indptr   at 32 + Q + 4W          [max_batch + 1]
//   total          32 + 2Q + 4W words
//
// plan writes the header and the live prefix of every array into a pinned host staging buffer
// of the same layout and copies words [0, merge_indptr + num_rows + 1) with ONE
// cuMemcpyHtoDAsync. Entries past num_work / num_rows are never read by the kernels.
//
// The FLOAT workspace holds the split-KV partial states:
//   tmp_o    at byte 0                          f32 [max_work, num_qo_heads, head_dim]
//   tmp_lse  at alignUp(sizeof(tmp_o), 256)     f32 [max_work, num_qo_heads]
//
// PREFILL layout (magic "ATPF", version 2; word 10 = max_partial_rows, word 11 = the merge
// grid's rows, word 12 = head_section, the KV heads per L2 section (version 1 had no word 12:
// its 0 would read as one head per section); qo_indptr is the caller's device array, not part
// of the workspace):
//   work_request         at 32                 [max_work]     W = alignUp(max_work, 32)
//   work_qo_tile         at 32 + W
//   work_kv_begin        at 32 + 2W
//   work_kv_end          at 32 + 3W
//   work_partial         at 32 + 4W
//   work_partial_stride  at 32 + 5W
//   merge_indptr         at 32 + 6W            [max_qo_tokens + 1]
//   total                32 + 6W + alignUp(max_qo_tokens + 1, 32) words
// and its float workspace has max_partial_rows partial rows (one per query token and chunk):
//   tmp_o f32 [max_partial_rows, num_qo_heads, head_dim], tmp_lse f32 [max_partial_rows,
//   num_qo_heads], 0 bytes when max_partial_rows is 0 (kernels without split-KV).
//
//===----------------------------------------------------------------------===//
#ifndef ATTN_RT_WORKSPACE_H
#define ATTN_RT_WORKSPACE_H

#include "attn-rt/DecodeScheduler.h"
#include "attn-rt/PrefillScheduler.h"
#include "attn-rt/Status.h"

#include <cstddef>
#include <cstdint>

namespace attn::rt {

inline constexpr int32_t kPlanMagic = 0x4C505441; // "ATPL" little-endian
inline constexpr int32_t kPlanLayoutVersion = 2;
inline constexpr int32_t kPrefillPlanMagic = 0x46505441; // "ATPF" little-endian
inline constexpr int32_t kPrefillPlanLayoutVersion = 2;
inline constexpr size_t kPlanHeaderWords = 32;
inline constexpr size_t kPlanArrayAlignWords = 32;
inline constexpr size_t kFloatWorkspaceAlignBytes = 256;
inline constexpr int32_t kMaxHeads = 1024;
inline constexpr int32_t kMaxHeadDim = 1024;

/// Header word indices.
enum PlanHeaderWord : size_t {
  kWordMagic = 0,
  kWordVersion = 1,
  kWordMaxBatch = 2, ///< decode: max_batch; prefill: max_qo_tokens (merge_indptr rows)
  kWordMaxWork = 3,
  kWordNumWork = 4,
  kWordNumRows = 5,
  kWordBatchSize = 6,
  kWordNumPartials = 7,
  kWordChunkTokens = 8,
  kWordFlags = 9,
  kWordMaxPartialRows = 10, ///< prefill only
  kWordMergeGridRows = 11,  ///< prefill only: grid.x of the merge launch
  kWordHeadSection = 12,    ///< prefill only: the device scalar head_section (KernelABI.h)
};
inline constexpr int32_t kPlanFlagNeedsMerge = 1;
inline constexpr int32_t kPlanFlagGraphMode = 2;

/// What a decode and a prefill workspace layout share: the capacities and shape they were
/// computed for, the offsets of the work arrays and merge_indptr and the size of the int
/// workspace (int32 words from its start), and the partial states in the float workspace
/// (bytes from its start).
struct PlanWorkspaceLayout {
  int32_t max_work = 0;
  int32_t num_qo_heads = 0;
  int32_t head_dim = 0;
  size_t work_request_word = 0;
  size_t work_kv_begin_word = 0;
  size_t work_kv_end_word = 0;
  size_t work_partial_word = 0;
  size_t merge_indptr_word = 0;
  size_t int_words = 0;
  size_t tmp_o_byte = 0;
  size_t tmp_lse_byte = 0;
  size_t float_bytes = 0;

  size_t intBytes() const { return int_words * sizeof(int32_t); }
};

/// Offsets of every plan array and partial-state buffer for given capacities: qo_indptr
/// (arange(0 .. max_batch)) leads the int workspace.
struct DecodeWorkspaceLayout : PlanWorkspaceLayout {
  int32_t max_batch = 0;
  size_t qo_indptr_word = 0;
};

/// Computes the layout; fails on non-positive or over-limit capacities / shapes.
Status computeDecodeWorkspaceLayout(int32_t max_batch, int32_t max_work, int32_t num_qo_heads,
                                    int32_t head_dim, DecodeWorkspaceLayout *out);

/// Writes `plan` into `words` (num_words int32 of the layout). `copy_words` receives the
/// length of the prefix that must reach the device (header + live entries).
Status serializeDecodePlan(const DecodePlan &plan, const DecodeWorkspaceLayout &layout,
                           int32_t *words, size_t num_words, size_t *copy_words);

/// Reads a plan back (tests, debugging). Checks magic, version, size and every count.
Status deserializeDecodePlan(const int32_t *words, size_t num_words, DecodePlan *out);

/// Offsets of the prefill plan arrays and partial-state buffers for given capacities: the
/// work arrays add work_qo_tile and work_partial_stride; the float workspace is empty when
/// max_partial_rows is 0.
struct PrefillWorkspaceLayout : PlanWorkspaceLayout {
  int32_t max_qo_tokens = 0;
  int32_t max_partial_rows = 0;
  size_t work_qo_tile_word = 0;
  size_t work_partial_stride_word = 0;
  /// PrefillOptions::one_query_per_request: the query rows arange(0 .. max_qo_tokens), which
  /// run binds as qo_indptr; 0 otherwise (the region follows merge_indptr when present).
  size_t qo_arange_word = 0;
};

/// Computes the prefill layout; max_qo_tokens, max_work, num_qo_heads and head_dim must be
/// positive, max_partial_rows may be 0 (no split-KV).
Status computePrefillWorkspaceLayout(int32_t max_qo_tokens, int32_t max_work,
                                     int32_t max_partial_rows, int32_t num_qo_heads,
                                     int32_t head_dim, PrefillWorkspaceLayout *out);

/// Writes a prefill plan into `words`; `copy_words` receives the prefix that must reach the
/// device (header, work arrays, merge_indptr[0 .. num_rows]).
Status serializePrefillPlan(const PrefillPlan &plan, const PrefillWorkspaceLayout &layout,
                            int32_t *words, size_t num_words, size_t *copy_words);

/// Reads a prefill plan back (tests, debugging). Checks magic, version, size and every count.
Status deserializePrefillPlan(const int32_t *words, size_t num_words, PrefillPlan *out);

} // namespace attn::rt

#endif // ATTN_RT_WORKSPACE_H
