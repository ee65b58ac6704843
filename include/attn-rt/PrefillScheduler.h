//===- PrefillScheduler.h - host-side planning for prefill / append -*- C++ -*-===//
//
// plan (host, not captured) turns a batch's query and KV lengths into work items for the
// tensor-core prefill kernel (docs/PREFILL_ABI.md): each item is (request, Q tile, key range,
// partial base, partial stride). Request b has qlen(b) * G packed query rows per KV head
// (G = num_qo_heads / num_kv_heads), cut into ceil(qlen(b) * G / tile_q) Q tiles.
//
// Split-KV: when the unsplit grid (num_kv_heads x items) fills less than one wave of
// num_sms * ctas_per_sm CTAs and the kernel writes partial states, the smallest KV chunk
// (a multiple of tile_kv, >= min_chunk_tokens) whose items still fit one wave, max_work and
// max_partial_rows is found by bisection; requests longer than the chunk are cut into
// n = ceil(kvlen / chunk) near-equal chunks and every (Q tile, chunk) pair becomes an item,
// even one the causal mask leaves empty. Items are ordered heaviest first (keys actually
// visited after the causal / window clamp), so the hardware's in-order CTA dispatch
// approximates longest-processing-time-first on causal batches.
//
// With l2_bytes > 0 (kernels taking head_section) the plan also picks head_section, the KV
// heads whose items run together, and orders the items in groups of requests whose K/V fits
// the L2 (PrefillScheduler.cpp, step 6); with 0 it is the plan without sections. See
// docs/RUNTIME.md.
//
//===----------------------------------------------------------------------===//
#ifndef ATTN_RT_PREFILLSCHEDULER_H
#define ATTN_RT_PREFILLSCHEDULER_H

#include "attn-rt/DecodeScheduler.h"
#include "attn-rt/Status.h"

#include <cstdint>
#include <vector>

namespace attn::rt {

/// Most work items one prefill launch can have: the attention grid is (Hkv, work slots), so the
/// work index is blockIdx.y (at most 65535). KV heads vary fastest, so the CTAs of the heaviest
/// items (the plan orders them first) start first on every head.
inline constexpr int32_t kMaxPrefillWorkItems = 65535;

/// Default lower bound on a prefill KV chunk: a tensor-core item that visits fewer keys spends
/// more on loading its Q tile and writing / merging its partial state than it gains.
inline constexpr int32_t kDefaultPrefillMinChunkTokens = 256;

/// Fixed properties of a scheduler instance: the kernel (tiles, mask, split-KV, KV format),
/// the device and the capacities the workspaces were sized for.
struct PrefillSchedulerConfig {
  int32_t num_qo_heads = 0;
  int32_t num_kv_heads = 0;
  int32_t head_dim = 0;
  int32_t tile_q = 0;      ///< packed query rows per Q tile (tile.tile_q)
  int32_t tile_kv = 0;     ///< keys per KV tile; chunk boundaries are multiples of it
  int32_t num_sms = 0;     ///< CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT
  int32_t ctas_per_sm = 0; ///< occupancy of the attention kernel
  bool causal = false;     ///< key j visible to query i only if j <= i + kvlen - qlen
  int32_t window_left = -1; ///< >= 0: key j also needs j >= i + kvlen - qlen - window_left
  /// Block-sparse kernels: BSR block rows R over the rows of the whole q tensor; plan requires
  /// qo_indptr[b] % R == 0 for every request with queries, so that no Q tile straddles two
  /// block rows (tile_q / G divides R). 0: no such constraint (every other mask).
  int32_t block_rows = 0;
  /// The kernel writes split-KV partial states (has tmp_o / tmp_lse and a merge kernel);
  /// false: never split, never merge.
  bool split_kv = true;
  bool paged = true;       ///< kv_indptr counts pages (and kv_last_page_len is read)
  int32_t page_size = 0;   ///< paged only
  int32_t max_batch = 0;        ///< capacity: requests
  int32_t max_qo_tokens = 0;    ///< capacity: query tokens, rows of merge_indptr - 1
  int32_t max_work = 0;         ///< capacity: work items
  int32_t max_partial_rows = 0; ///< capacity: partial rows in tmp_o / tmp_lse (0: never split)
  bool graph_mode = false;      ///< launch shapes from capacities only (CUDA Graph replay)
  int32_t min_chunk_tokens = kDefaultPrefillMinChunkTokens;
  /// The device's L2 cache in bytes (CU_DEVICE_ATTRIBUTE_L2_CACHE_SIZE) when the kernel takes
  /// head_section; 0: no L2 sections, head_section = num_kv_heads and the order of a plan
  /// without them.
  int64_t l2_bytes = 0;
  int32_t kv_elem_bytes = 2; ///< bytes of one K/V element (1 .. 8), for the sections' budget
  /// A persistent kernel's resident CTAs (SMs x CTAs per SM, at most ATTN_RT_PERSISTENT_CTAS)
  /// when the plan is to pick head_section for an even spread of the kernel's static rounds
  /// (step 8 of PrefillScheduler.cpp; ATTN_RT_BALANCE_SECTIONS=1); 0: head_section as the L2
  /// budget gives it.
  int32_t balance_ctas = 0;
};

/// One batch, all host arrays.
struct PrefillPlanInput {
  int32_t batch_size = 0;
  const int32_t *qo_indptr = nullptr;        ///< [batch_size + 1], query tokens, [0] == 0
  const int32_t *kv_indptr = nullptr;        ///< [batch_size + 1], pages or tokens, [0] == 0
  const int32_t *kv_last_page_len = nullptr; ///< [batch_size], paged only
};

/// The plan: plain data. Vectors keep their capacity across plans (no allocation in steady
/// state when the same object is reused). num_rows is the query tokens, qo_indptr[batch_size];
/// grid_rows is prefillMergeRowBound in graph mode, else the end of the last split request's
/// rows (rows past it have empty merge ranges and need no CTA).
struct PrefillPlan : PlanCounts {
  int32_t num_partial_rows = 0; ///< partial rows used in tmp_o / tmp_lse
  /// KV heads per L2 section, 1 .. num_kv_heads: the device scalar head_section (KernelABI.h),
  /// num_kv_heads without sections.
  int32_t head_section = 1;
  std::vector<int32_t> work_request;
  std::vector<int32_t> work_qo_tile;
  std::vector<int32_t> work_kv_begin;
  std::vector<int32_t> work_kv_end;
  std::vector<int32_t> work_partial;        ///< -1: the item writes o directly
  std::vector<int32_t> work_partial_stride; ///< chunks of the item's request; 0 if unsplit
  std::vector<int32_t> merge_indptr;        ///< [num_rows + 1] over partial rows
};

/// Validates the config alone (positive sizes, head divisibility, capacities).
Status validatePrefillSchedulerConfig(const PrefillSchedulerConfig &config);

/// Work items a plan may need with the config's capacities and device: one per Q tile when
/// nothing is split (at most ceil(max_qo_tokens * G / tile_q) + max_batch - 1), at most a wave
/// of num_sms * ctas_per_sm / num_kv_heads when something is. Clamped to
/// kMaxScheduleCapacity. max_work = this never makes a valid batch fail.
int32_t defaultPrefillMaxWork(const PrefillSchedulerConfig &config);

/// Partial rows any one-wave split can need: sum over split requests of qlen * chunks <=
/// (tile_q / G) * (one-wave items), and <= max_qo_tokens * one-wave items. Clamped to
/// kMaxScheduleCapacity. Smaller capacities only make the scheduler split less.
int32_t defaultPrefillMaxPartialRows(const PrefillSchedulerConfig &config);

/// The most query rows a batch can have and still be split: a split needs Hkv * items <
/// num_sms * ctas_per_sm, and a request's qlen is at most its Q tiles * tile_q / G, so
///   rows <= floor((num_sms * ctas_per_sm - 1) / Hkv) * tile_q / G    (and <= max_qo_tokens).
/// Graph mode launches the merge over this many rows, not max_qo_tokens: every row with a
/// non-empty merge_indptr range of every plan lies below it. 0 when no split is possible.
int32_t prefillMergeRowBound(const PrefillSchedulerConfig &config);

/// Builds the plan. On error `out` is unspecified and nothing may be launched with it.
Status planPrefill(const PrefillSchedulerConfig &config, const PrefillPlanInput &input,
                   PrefillPlan *out);

} // namespace attn::rt

#endif // ATTN_RT_PREFILLSCHEDULER_H
