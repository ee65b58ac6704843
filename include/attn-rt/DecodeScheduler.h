//===- DecodeScheduler.h - host-side split-KV planning for decode -*- C++ -*-===//
//
// plan (host, not captured) turns a batch's page table into work items for the decode
// attention kernel: each item is (request, token range, partial slot). A request short enough
// is one item that writes its output row directly (partial = -1); a longer one is split into
// near-equal chunks whose partial states the merge kernel combines.
//
// Chunk size: first the smallest multiple of lcm(page_size, tile_kv) (and >= min_chunk_tokens)
// for which the number of work items fits the one-wave budget
//     slots = clamp(num_sms * ctas_per_sm / num_kv_heads, batch_size, max_work)
// (FlashInfer's binary search, with a tighter search interval). When that one-wave chunk is
// much longer than the average load per slot (a skewed batch whose batch size leaves few spare
// slots), halved chunk sizes that need up to max_waves waves are costed too and the cheapest
// estimate wins (see estimateDecodeMakespan). Every split request is then cut into
// n = ceil(len / chunk) pieces whose sizes differ by at most one granule, instead of n-1 full
// chunks and a short tail. See docs/RUNTIME.md.
//
//===----------------------------------------------------------------------===//
#ifndef ATTN_RT_DECODESCHEDULER_H
#define ATTN_RT_DECODESCHEDULER_H

#include "attn-rt/Status.h"

#include <cstdint>
#include <vector>

namespace attn::rt {

/// Default lower bound on a split chunk: shorter chunks cost more in merge traffic than they
/// gain in parallelism (FlashInfer uses 128 tokens for prefill-style chunking too).
inline constexpr int32_t kDefaultMinChunkTokens = 128;
/// Chunks longer than one wave may take are allowed up to this many waves (1 = FlashInfer).
inline constexpr int32_t kDefaultMaxWaves = 4;
/// Fixed cost of one work item, in KV tokens: CTA start, Q load, partial-state store and its
/// share of the merge. Only shifts the one-wave vs multi-wave decision; calibrate on the GPU.
inline constexpr int32_t kWorkItemOverheadTokens = 64;
/// Hard limit on batch size and work capacity: keeps every index within int32 arithmetic.
inline constexpr int32_t kMaxScheduleCapacity = 1 << 24;

/// Fixed properties of a scheduler instance: the kernel, the device and the capacities the
/// workspace was sized for.
struct DecodeSchedulerConfig {
  int32_t page_size = 0;
  int32_t num_qo_heads = 0;
  int32_t num_kv_heads = 0;
  int32_t head_dim = 0;
  int32_t num_sms = 0;     ///< CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT
  int32_t ctas_per_sm = 0; ///< occupancy of the attention kernel
  int32_t tile_kv = 1;     ///< the kernel's KV tile; chunks are multiples of it
  int32_t min_chunk_tokens = kDefaultMinChunkTokens;
  int32_t max_batch = 0; ///< capacity: rows of merge_indptr - 1
  int32_t max_work = 0;  ///< capacity: work items and partial rows
  bool graph_mode = false; ///< fixed launch shapes (CUDA Graph replay)
  int32_t max_waves = kDefaultMaxWaves; ///< 1 = one wave only (FlashInfer's rule)
  /// false: the kernel has no split-KV partial states (no merge kernel); every request is one
  /// work item that writes its row directly and the plan never needs a merge.
  bool split_kv = true;
};

/// One batch, all host arrays.
struct DecodePlanInput {
  int32_t batch_size = 0;
  const int32_t *kv_indptr = nullptr;        ///< [batch_size + 1], in pages
  const int32_t *kv_last_page_len = nullptr; ///< [batch_size]
  const int32_t *kv_indices = nullptr;       ///< optional [kv_indptr[B]]: validated if given
  int32_t num_pages = 0;                     ///< pages in the pool (bound for kv_indices)
};

/// The counts and launch shapes of a decode or prefill plan.
struct PlanCounts {
  int32_t batch_size = 0;
  int32_t num_work = 0;     ///< live work items
  int32_t num_rows = 0;     ///< output rows
  int32_t chunk_tokens = 0; ///< chosen chunk size; 0 when nothing was split
  int32_t grid_work = 0;    ///< attention grid.x: max_work in graph mode, else num_work
  int32_t grid_rows = 0;    ///< merge grid.x
  bool needs_merge = false; ///< launch the merge kernel (always true in graph mode with
                            ///< split_kv)
  bool graph_mode = false;
};

/// The plan: plain data. Vectors keep their capacity across plans (no allocation in steady
/// state when the same object is reused). num_rows == batch_size; grid_rows is max_batch in
/// graph mode, else num_rows.
struct DecodePlan : PlanCounts {
  int32_t num_partials = 0; ///< partial rows used in tmp_o / tmp_lse
  std::vector<int32_t> work_request;
  std::vector<int32_t> work_kv_begin;
  std::vector<int32_t> work_kv_end;
  std::vector<int32_t> work_partial; ///< -1: the item writes its output row directly
  std::vector<int32_t> merge_indptr; ///< [num_rows + 1] over partial rows
};

/// Estimated makespan, in KV tokens, of `num_items` items of at most `max_item_tokens`
/// (total `total_tokens`) on `slots` concurrent work slots: the largest of load / slots, the
/// longest item and whole waves of the average item, where every item also costs a fixed
/// overhead (load = total + overhead * items).
int64_t estimateDecodeMakespan(int64_t total_tokens, int64_t num_items, int64_t max_item_tokens,
                               int64_t slots);

/// Validates the config alone (positive sizes, head divisibility, capacities).
Status validateDecodeSchedulerConfig(const DecodeSchedulerConfig &config);

/// When input.kv_indices is given: every index in [0, num_pages) (num_pages positive), else
/// InvalidArgument naming the first offender. planDecode checks this too.
Status checkDecodeKvIndices(const DecodePlanInput &input);

/// Builds the plan. On error `out` is unspecified and nothing may be launched with it.
Status planDecode(const DecodeSchedulerConfig &config, const DecodePlanInput &input,
                  DecodePlan *out);

/// KV length in tokens of request b (assumes a validated input).
inline int64_t decodeKvLength(const DecodePlanInput &in, int32_t page_size, int32_t b) {
  int64_t pages = int64_t(in.kv_indptr[b + 1]) - in.kv_indptr[b];
  return pages == 0 ? 0 : (pages - 1) * page_size + in.kv_last_page_len[b];
}

} // namespace attn::rt

#endif // ATTN_RT_DECODESCHEDULER_H
