//===- PrefillScheduler.cpp - work assignment for tensor-core prefill / append ===//
//
// Algorithm (integer, O(B log L) for the chunk search plus O(W log W) to order W items):
//  1. Validate; per request qlen, kvlen, Q tiles nt = ceil(qlen * G / tile_q) and KV units
//     u = ceil(kvlen / tile_kv). Unsplit, every Q tile is one item: N = sum nt.
//  2. Split only when the kernel has partial states and Hkv * N < slots = num_sms *
//     ctas_per_sm (the grid would leave SMs idle). With a chunk of c units a request with
//     u > c gets n = ceil(u / c) chunks:
//       items(c) = sum_b nt(b) * n(b),   rows(c) = sum_{b split} qlen(b) * n(b)
//     Both are non-increasing in c, so bisection over [max(min_chunk, 1), max_b u] finds the
//     smallest c with Hkv * items(c) <= slots, items(c) <= max_work, rows(c) <=
//     max_partial_rows (c = max_b u splits nothing and is always feasible).
//  3. A split request's u units become n chunks of floor or ceil(u / n) units (differing by at
//     most one tile), not n-1 full chunks and a short tail; the last ends at kvlen.
//  4. Each (Q tile, chunk) item gets the chunk intersected with the tile's visible keys,
//     rounded out to tile_kv: for packed rows [r0, r1), tokens i0 = r0 / G, i1 = (r1 - 1) / G,
//     positions p = i + kvlen - qlen; causal: keys < p(i1) + 1, window W: keys >= p(i0) - W.
//     An item with nothing visible keeps an empty range (the kernel writes o = 0,
//     lse = -inf; the merge needs every chunk's state).
//  5. Partial rows: request b split into n chunks gets base P (rows P .. P + qlen * n);
//     chunk c's items have work_partial = P + c, work_partial_stride = n, so query i of
//     chunk c is tmp row P + c + i * n and merge_indptr[qo_indptr[b] + i] = P + i * n.
//  6. L2 sections (config.l2_bytes > 0; the kernel's head_section, KernelABI.h): a request
//     with queries reads K/V of kvlen * head_dim * 2 * kv_elem_bytes bytes per KV head; T is
//     their sum and the budget half the L2 (the rest holds Q, O and other traffic). T <=
//     budget: one group, head_section = clamp(budget / T, 1, Hkv) heads, so the K/V of the
//     heads whose items run together fits. T > budget: head_section = 1 and the requests
//     form consecutive groups of at most budget bytes each (greedy in request order; a
//     request over the budget is a group alone), at most kMaxGroups = 511 of them (else the
//     per-group budget grows to ceil(T / 511), doubled if that is still too many). Without
//     sections (l2_bytes = 0) head_section = Hkv and all is one group. Computed before the
//     emission of steps 3-5, whose sort keys carry the group.
//  7. Items are sorted by group, then decreasing visited keys (ties in (request, tile, chunk)
//     order): within a group the heaviest start first, and the CTAs in flight (consecutive
//     items of one head when head_section = 1) read the K/V of one or two groups. Split items
//     keep their request's group.
//  8. Balanced sections (config.balance_ctas = G > 0, one group, head_section S > 1): the
//     persistent kernel's CTA c takes pairs j * G + (j odd ? G - 1 - c : c) of the pair order
//     (sections of S KV heads, items heaviest first within each, heads fastest), G = min(the
//     resident CTAs, Hkv x grid_work). Sections make the costs a sawtooth (heavy to light in
//     every section) that the mirrored rounds may not even out: head_dim 64, causal 1x16384,
//     192-row tiles, S = 6 on an H100 left the busiest SM at 1.36x the mean (ncu, and this
//     model: bench/persistent_balance.py). Among S' = S, S - 1, ..., 1 (smaller sections fit
//     the L2 as well) the plan takes the one whose busiest CTA has the least work, an item
//     costing its KV tiles plus one (its Q tile and epilogue); S unless another is at least
//     3% lighter. Skipped when S x Hkv x W pairs are over kMaxBalancePairs.
//  The plan is O(B log L + W log W + total query tokens) (merge_indptr has a row per token).
//
//===----------------------------------------------------------------------===//
#include "attn-rt/PrefillScheduler.h"
#include "attn-rt/KernelABI.h"

#include "SchedulerUtil.h"

#include <algorithm>
#include <limits>

namespace attn::rt {
namespace {

using detail::ceilDiv;
constexpr int64_t kInt32Max = std::numeric_limits<int32_t>::max();
/// Widest K/V element the config accepts: the sections only need its size, 1 (fp8) to 8 bytes.
constexpr int32_t kMaxKvElemBytes = 8;

/// Per-request facts the search and the emission both read.
struct RequestShape {
  int32_t qlen;
  int32_t kvlen;
  int32_t tiles; ///< Q tiles: ceil(qlen * G / tile_q)
  uint32_t units; ///< KV tiles: ceil(kvlen / tile_kv)
};

/// Step 6's per-request facts, apart from RequestShape: only plans with sections fill them,
/// and the hot loops over RequestShape stay on 16-byte records.
struct RequestSection {
  int64_t kvBytes; ///< K/V bytes of one KV head, saturated at kByteCap
  uint32_t group;  ///< the L2 group
};

/// One work item before ordering.
struct Item {
  int32_t request, qoTile, kvBegin, kvEnd, partial, stride;
};

/// Sort key of item `order` of L2 group `group` visiting `cost` keys: ascending keys put
/// earlier groups first, heavier items first within a group and keep emission order among
/// equals (group < 2^9 in the top 9 bits, cost <= INT32_MAX in 31, order < 2^24 in 24).
constexpr int kOrderBits = 24;
constexpr int kCostBits = 31;
constexpr int kGroupBits = 64 - kCostBits - kOrderBits;
static_assert(kMaxScheduleCapacity <= (1 << kOrderBits), "work indices must fit the sort key");
/// Most L2 groups a plan makes: their index must fit the key's top bits.
constexpr uint32_t kMaxGroups = 511;
static_assert(kMaxGroups < (1u << kGroupBits), "group indices must fit the sort key");
/// The key bits of L2 group `group`, or'ed into orderKey's.
inline uint64_t groupKey(uint32_t group) { return uint64_t(group) << (kCostBits + kOrderBits); }
inline uint64_t orderKey(uint64_t groupBits, int64_t cost, size_t order) {
  return groupBits | (uint64_t(kInt32Max - cost) << kOrderBits) | uint64_t(order);
}

/// K/V byte counts saturate here: a request's kvlen (< 2^31) times its bytes per token
/// (head_dim * 2 * kv_elem_bytes, < 2^35) may pass int64, and sums of two saturated counts
/// (or of a count and a budget <= 2^62) must not.
constexpr int64_t kByteCap = int64_t(1) << 61;

/// Step 6's grouping for a per-group budget of `budget` bytes: consecutive requests with
/// queries, greedily, each group at most `budget` bytes unless one request alone exceeds it.
/// Requests without queries have no items; they get the current group. Returns the count.
uint32_t assignGroups(const RequestShape *req, RequestSection *sec, int32_t n, int64_t budget) {
  uint32_t groups = 0;
  int64_t used = 0;
  for (int32_t b = 0; b < n; ++b) {
    if (req[b].tiles > 0) {
      if (groups == 0 || used + sec[b].kvBytes > budget) {
        ++groups;
        used = 0;
      }
      used += sec[b].kvBytes;
    }
    sec[b].group = groups > 0 ? groups - 1 : 0;
  }
  return groups;
}

/// Step 6: head_section and, with sections (l2_bytes > 0), every request's group in `sec`;
/// without them `sec` is neither written nor read (every group is 0).
int32_t planSections(const PrefillSchedulerConfig &c, const RequestShape *req, RequestSection *sec,
                     int32_t n) {
  if (c.l2_bytes <= 0)
    return c.num_kv_heads;
  // Half the L2: the K/V of the items in flight shares it with their Q and O tiles, the
  // partial states and whatever else the GPU runs.
  const int64_t budget = c.l2_bytes / 2;
  const int64_t perToken = int64_t(c.head_dim) * 2 * c.kv_elem_bytes; // K and V
  int64_t total = 0;
  for (int32_t b = 0; b < n; ++b) {
    const RequestShape &r = req[b];
    sec[b].kvBytes = r.kvlen > kByteCap / perToken ? kByteCap : int64_t(r.kvlen) * perToken;
    sec[b].group = 0;
    if (r.tiles > 0)
      total = std::min(total + sec[b].kvBytes, kByteCap);
  }
  if (total <= budget)
    return int32_t(std::clamp<int64_t>(budget / std::max<int64_t>(total, 1), 1, c.num_kv_heads));
  // Two consecutive groups together exceed their budget (the second's first request did not
  // fit the first), so g groups hold more than floor(g / 2) budgets: with a budget of at
  // least 2 T / kMaxGroups, g <= kMaxGroups. The loop runs at most twice.
  if (assignGroups(req, sec, n, budget) > kMaxGroups) {
    int64_t grown = ceilDiv(total, int64_t(kMaxGroups));
    while (assignGroups(req, sec, n, grown) > kMaxGroups)
      grown *= 2;
  }
  return 1;
}

/// items(c) and rows(c) of step 2 for a chunk of `c` units; stops once `itemLimit` is
/// exceeded.
struct SplitCount {
  int64_t items = 0;
  int64_t rows = 0;
};
SplitCount countSplit(const RequestShape *req, int32_t n, uint32_t c, int64_t itemLimit) {
  SplitCount s;
  for (int32_t b = 0; b < n && s.items <= itemLimit; ++b) {
    const RequestShape &r = req[b];
    if (r.units > c) {
      const int64_t chunks = ceilDiv(r.units, c);
      s.items += int64_t(r.tiles) * chunks;
      s.rows += int64_t(r.qlen) * chunks;
    } else {
      s.items += r.tiles;
    }
  }
  return s;
}

/// Keys [begin, end) that packed rows [rowBegin, rowEnd) of a request can see, rounded out to
/// whole KV tiles (and clamped to kvlen).
struct KeyRange {
  int64_t begin, end;
};
KeyRange visibleKeys(const PrefillSchedulerConfig &c, const RequestShape &r, int64_t rowBegin,
                     int64_t rowEnd, int32_t group) {
  const int64_t offset = int64_t(r.kvlen) - r.qlen; // position of query i = i + offset
  int64_t end = r.kvlen;
  if (c.causal)
    end = std::clamp<int64_t>((rowEnd - 1) / group + offset + 1, 0, r.kvlen);
  int64_t begin = 0;
  if (c.window_left >= 0)
    begin = std::clamp<int64_t>(rowBegin / group + offset - c.window_left, 0, end);
  if (begin >= end)
    return {0, 0};
  const int64_t tk = c.tile_kv;
  return {begin / tk * tk, std::min<int64_t>(ceilDiv(end, tk) * tk, r.kvlen)};
}

/// Step 8's bound on the pairs it walks (S' candidates x Hkv x items, about 3 ns each on a
/// 2.8 GHz Xeon: 54 us for 6 x 32 x 86).
constexpr int64_t kMaxBalancePairs = int64_t(1) << 16;

/// Step 8: the most work a CTA of `ctas` gets, over the kernel's pair order with sections of
/// `section` KV heads (heads fastest within a section, as its sectionPair), each item costing
/// cost[item]. Walks the pairs in order, without divisions.
int64_t busiestCta(const std::vector<int64_t> &cost, int32_t heads, int32_t section, int64_t ctas,
                   std::vector<int64_t> &loads) {
  loads.assign(size_t(ctas), 0);
  int64_t slot = 0;
  bool mirrored = false; // odd rounds run the CTAs backwards
  for (int32_t first = 0; first < heads; first += section) {
    const int32_t width = std::min(section, heads - first);
    for (const int64_t c : cost)
      for (int32_t h = 0; h < width; ++h) {
        loads[size_t(mirrored ? ctas - 1 - slot : slot)] += c;
        if (++slot == ctas) {
          slot = 0;
          mirrored = !mirrored;
        }
      }
  }
  return *std::max_element(loads.begin(), loads.end());
}

/// Step 8: head_section for plan `p` (items in their final order), `planned` as step 6 gave it
/// (more than one head only when the batch is one L2 group).
int32_t balancedSection(const PrefillSchedulerConfig &c, const PrefillPlan &p, int32_t planned) {
  const int64_t n = p.num_work, heads = c.num_kv_heads;
  if (c.balance_ctas <= 0 || c.l2_bytes <= 0 || planned <= 1 || n == 0 ||
      int64_t(planned) * heads * n > kMaxBalancePairs)
    return planned;
  const int64_t ctas = std::min<int64_t>(c.balance_ctas, heads * std::max<int64_t>(p.grid_work, 1));
  thread_local std::vector<int64_t> cost, loads;
  cost.resize(size_t(n));
  for (int64_t w = 0; w < n; ++w)
    cost[size_t(w)] = ceilDiv(int64_t(p.work_kv_end[size_t(w)]) - p.work_kv_begin[size_t(w)],
                              int64_t(c.tile_kv)) +
                      1;
  const int64_t kept = busiestCta(cost, c.num_kv_heads, planned, ctas, loads);
  int32_t best = planned;
  int64_t bestLoad = kept;
  for (int32_t s = planned - 1; s >= 1; --s) {
    const int64_t load = busiestCta(cost, c.num_kv_heads, s, ctas, loads);
    if (load < bestLoad) {
      best = s;
      bestLoad = load;
    }
  }
  // At least 3% lighter, else the planned sections (and their L2 sharing) stay.
  return bestLoad * 100 <= kept * 97 ? best : planned;
}

} // namespace

Status validatePrefillSchedulerConfig(const PrefillSchedulerConfig &c) {
  using detail::requirePositive;
  ATTN_RT_RETURN_IF_ERROR(detail::requirePositiveShape(c));
  ATTN_RT_RETURN_IF_ERROR(requirePositive({{"tile_q", c.tile_q}, {"tile_kv", c.tile_kv}}));
  if (c.paged)
    ATTN_RT_RETURN_IF_ERROR(requirePositive("page_size", c.page_size));
  ATTN_RT_RETURN_IF_ERROR(requirePositive(
      {{"max_batch", c.max_batch}, {"max_qo_tokens", c.max_qo_tokens}, {"max_work", c.max_work}}));
  ATTN_RT_RETURN_IF_ERROR(detail::checkHeadGroups(c.num_qo_heads, c.num_kv_heads));
  if (c.window_left < -1)
    return makeError(StatusCode::InvalidArgument,
                     "window_left (%d) must be -1 (no window) or non-negative", c.window_left);
  ATTN_RT_RETURN_IF_ERROR(detail::requireNonNegative("min_chunk_tokens", c.min_chunk_tokens));
  if (c.block_rows < 0)
    return makeError(StatusCode::InvalidArgument,
                     "block_rows (%d) must be 0 (no block-sparse mask) or positive",
                     c.block_rows);
  ATTN_RT_RETURN_IF_ERROR(detail::requireNonNegative("max_partial_rows", c.max_partial_rows));
  ATTN_RT_RETURN_IF_ERROR(detail::requireNonNegative("l2_bytes", c.l2_bytes));
  ATTN_RT_RETURN_IF_ERROR(detail::requireNonNegative("balance_ctas", c.balance_ctas));
  if (c.kv_elem_bytes < 1 || c.kv_elem_bytes > kMaxKvElemBytes)
    return makeError(StatusCode::InvalidArgument, "kv_elem_bytes (%d) is out of range [1, %d]",
                     c.kv_elem_bytes, kMaxKvElemBytes);
  struct Capacity {
    const char *name;
    int32_t value;
  };
  for (const Capacity &cap : {Capacity{"max_batch", c.max_batch},
                              Capacity{"max_qo_tokens", c.max_qo_tokens},
                              Capacity{"max_work", c.max_work},
                              Capacity{"max_partial_rows", c.max_partial_rows}})
    if (cap.value > kMaxScheduleCapacity)
      return makeError(StatusCode::InvalidArgument, "%s (%d) exceeds %d", cap.name, cap.value,
                       kMaxScheduleCapacity);
  if (c.max_work > kMaxPrefillWorkItems)
    return makeError(StatusCode::InvalidArgument,
                     "max_work (%d) exceeds %d: the attention grid's y dimension indexes the "
                     "work items",
                     c.max_work, kMaxPrefillWorkItems);
  // Packed row indices (tile * tile_q) are int32 in the kernels.
  const int64_t packedRows = int64_t(c.max_qo_tokens) * (c.num_qo_heads / c.num_kv_heads);
  if (packedRows + c.tile_q > kInt32Max)
    return makeError(StatusCode::InvalidArgument,
                     "max_qo_tokens (%d) * group size (%d) exceeds the int32 range of packed "
                     "query rows",
                     c.max_qo_tokens, c.num_qo_heads / c.num_kv_heads);
  return Status::ok();
}

int32_t defaultPrefillMaxWork(const PrefillSchedulerConfig &c) {
  const int64_t group = std::max(1, c.num_qo_heads / std::max(1, c.num_kv_heads));
  const int64_t tileQ = std::max(1, c.tile_q);
  // sum_b ceil(a_b / t) <= ceil(sum_b a_b / t) + (requests with a_b > 0) - 1.
  const int64_t unsplit = ceilDiv(int64_t(c.max_qo_tokens) * group, tileQ) +
                          std::min(c.max_batch, c.max_qo_tokens) - 1;
  const int64_t oneWave =
      int64_t(c.num_sms) * c.ctas_per_sm / std::max(1, c.num_kv_heads);
  return int32_t(std::clamp<int64_t>(std::max(unsplit, oneWave), 1, kMaxPrefillWorkItems));
}

int32_t defaultPrefillMaxPartialRows(const PrefillSchedulerConfig &c) {
  if (!c.split_kv)
    return 0;
  const int64_t group = std::max(1, c.num_qo_heads / std::max(1, c.num_kv_heads));
  const int64_t oneWave =
      int64_t(c.num_sms) * c.ctas_per_sm / std::max(1, c.num_kv_heads);
  // A split request has qlen <= tiles * tile_q / G, and sum tiles * chunks <= oneWave.
  const int64_t rows = std::min(int64_t(c.tile_q) * oneWave / group,
                                int64_t(c.max_qo_tokens) * oneWave);
  return int32_t(std::clamp<int64_t>(rows, 1, kMaxScheduleCapacity));
}

int32_t prefillMergeRowBound(const PrefillSchedulerConfig &c) {
  if (!c.split_kv || c.max_partial_rows < 1)
    return 0;
  const int64_t group = std::max(1, c.num_qo_heads / std::max(1, c.num_kv_heads));
  const int64_t splitItems =
      (int64_t(c.num_sms) * c.ctas_per_sm - 1) / std::max(1, c.num_kv_heads);
  return int32_t(std::clamp<int64_t>(splitItems * c.tile_q / group, 0, c.max_qo_tokens));
}

Status planPrefill(const PrefillSchedulerConfig &config, const PrefillPlanInput &in,
                   PrefillPlan *out) {
  ATTN_RT_RETURN_IF_ERROR(validatePrefillSchedulerConfig(config));
  const int32_t B = in.batch_size;
  ATTN_RT_RETURN_IF_ERROR(detail::checkBatchSize(B, config.max_batch));
  ATTN_RT_RETURN_IF_ERROR(detail::checkIndptrStart(abi::prefill::kQoIndptr, in.qo_indptr));
  ATTN_RT_RETURN_IF_ERROR(detail::checkIndptrStart(abi::prefill::kKvIndptr, in.kv_indptr));
  if (config.paged && B > 0 && !in.kv_last_page_len)
    return makeError(StatusCode::InvalidArgument, "kv_last_page_len is null");

  // 1. Shapes. Scratch lives per thread so steady-state planning never allocates.
  const int32_t group = config.num_qo_heads / config.num_kv_heads;
  const int32_t tileQ = config.tile_q, tileKv = config.tile_kv;
  thread_local std::vector<RequestShape> shapeScratch;
  if (shapeScratch.size() < size_t(B))
    shapeScratch.resize(size_t(B));
  RequestShape *req = shapeScratch.data();
  int64_t unsplitItems = 0;
  uint32_t maxUnits = 0;
  for (int32_t b = 0; b < B; ++b) {
    ATTN_RT_RETURN_IF_ERROR(detail::checkIndptrStep(abi::prefill::kQoIndptr, in.qo_indptr, b));
    if (in.qo_indptr[b + 1] > config.max_qo_tokens)
      return makeError(StatusCode::CapacityExceeded,
                       "qo_indptr[%d] (%d) exceeds max_qo_tokens (%d) the workspace was sized "
                       "for",
                       b + 1, in.qo_indptr[b + 1], config.max_qo_tokens);
    int64_t kvlen = 0;
    if (config.paged) {
      ATTN_RT_RETURN_IF_ERROR(detail::pagedKvLength(in.kv_indptr, in.kv_last_page_len,
                                                    config.page_size, b, &kvlen));
    } else {
      ATTN_RT_RETURN_IF_ERROR(detail::checkIndptrStep(abi::prefill::kKvIndptr, in.kv_indptr, b));
      kvlen = int64_t(in.kv_indptr[b + 1]) - in.kv_indptr[b];
    }
    RequestShape &r = req[b];
    r.qlen = in.qo_indptr[b + 1] - in.qo_indptr[b]; // both in [0, INT32_MAX]: no overflow
    // Block-sparse masks index block rows of the whole q tensor: a request's first row must
    // start a block row, or its Q tiles would straddle two.
    if (config.block_rows > 0 && r.qlen > 0 && in.qo_indptr[b] % config.block_rows != 0)
      return makeError(StatusCode::InvalidArgument,
                       "qo_indptr[%d] (%d) is not a multiple of the block-sparse mask's block "
                       "rows (%d)",
                       b, in.qo_indptr[b], config.block_rows);
    r.kvlen = int32_t(kvlen);
    r.tiles = int32_t(ceilDiv(int64_t(r.qlen) * group, tileQ));
    r.units = uint32_t(ceilDiv(kvlen, tileKv));
    unsplitItems += r.tiles;
    if (r.tiles > 0) // requests without queries need no work, whatever their KV
      maxUnits = std::max(maxUnits, r.units);
  }
  const int32_t numRows = in.qo_indptr[B];
  if (unsplitItems > config.max_work)
    return makeError(StatusCode::CapacityExceeded,
                     "the batch needs %lld work items (one per q tile of %d packed rows), "
                     "more than max_work (%d) the workspace was sized for",
                     (long long)unsplitItems, tileQ, config.max_work);

  // 2. Chunk size in KV tiles; chunkUnits = maxUnits splits nothing.
  const int64_t slots = int64_t(config.num_sms) * config.ctas_per_sm;
  const uint32_t minUnits =
      uint32_t(std::max<int64_t>(1, ceilDiv(config.min_chunk_tokens, tileKv)));
  uint32_t chunkUnits = std::max<uint32_t>(maxUnits, 1);
  int64_t numWork = unsplitItems;
  if (config.split_kv && config.max_partial_rows > 0 &&
      int64_t(config.num_kv_heads) * unsplitItems < slots && maxUnits > minUnits) {
    const int64_t itemLimit = std::min<int64_t>(slots / config.num_kv_heads, config.max_work);
    auto feasible = [&](uint32_t c) {
      SplitCount s = countSplit(req, B, c, itemLimit);
      return s.items <= itemLimit && s.rows <= config.max_partial_rows;
    };
    chunkUnits = detail::smallestFeasible(minUnits, maxUnits, feasible);
    numWork = countSplit(req, B, chunkUnits, std::numeric_limits<int64_t>::max()).items;
  }

  // 6. L2 sections: before emission, which keys each item by its request's group.
  thread_local std::vector<RequestSection> sectionScratch;
  const bool sections = config.l2_bytes > 0;
  if (sections && sectionScratch.size() < size_t(B))
    sectionScratch.resize(size_t(B));
  const int32_t headSection = planSections(config, req, sectionScratch.data(), B);

  // 3-5. Items in (request, tile, chunk) order, merge_indptr per query row.
  thread_local std::vector<Item> itemScratch;
  thread_local std::vector<uint64_t> keyScratch;
  std::vector<Item> &items = itemScratch; // one TLS lookup, not one per use
  std::vector<uint64_t> &keys = keyScratch;
  items.clear();
  keys.clear();
  items.reserve(size_t(numWork));
  keys.reserve(size_t(numWork));
  out->merge_indptr.resize(size_t(numRows) + 1);
  int32_t *mergeIndptr = out->merge_indptr.data();
  mergeIndptr[0] = 0;
  int64_t partialBase = 0;
  int32_t mergeRowsEnd = 0; // rows past the last split request need no merge CTA
  for (int32_t b = 0; b < B; ++b) {
    const RequestShape &r = req[b];
    const bool split = r.tiles > 0 && r.units > chunkUnits; // no queries: nothing to merge
    const uint32_t chunks = split ? uint32_t(ceilDiv(r.units, chunkUnits)) : 1;
    const uint32_t base = r.units / chunks, rem = r.units % chunks;
    const uint64_t l2Group = sections ? groupKey(sectionScratch[size_t(b)].group) : 0;
    const int64_t packedRows = int64_t(r.qlen) * group;
    for (int32_t t = 0; t < r.tiles; ++t) {
      const int64_t rowBegin = int64_t(t) * tileQ;
      const KeyRange vis =
          visibleKeys(config, r, rowBegin, std::min(rowBegin + tileQ, packedRows), group);
      int64_t chunkBegin = 0;
      for (uint32_t c = 0; c < chunks; ++c) {
        const int64_t chunkEnd =
            std::min<int64_t>(chunkBegin + int64_t(base + (c < rem ? 1 : 0)) * tileKv, r.kvlen);
        int64_t kb = std::max(chunkBegin, vis.begin), ke = std::min(chunkEnd, vis.end);
        if (ke <= kb)
          kb = ke = chunkBegin; // nothing visible: an empty state is still written
        keys.push_back(orderKey(l2Group, ke - kb, items.size()));
        items.push_back({b, t, int32_t(kb), int32_t(ke), split ? int32_t(partialBase + c) : -1,
                         split ? int32_t(chunks) : 0});
        chunkBegin = chunkEnd;
      }
    }
    // Row qo_indptr[b] + i merges tmp rows [P + i * n, P + (i + 1) * n); an unsplit request's
    // rows have empty ranges. No loop-carried dependency: both loops vectorise.
    int32_t *rows = mergeIndptr + in.qo_indptr[b] + 1;
    if (split) {
      for (int32_t i = 0; i < r.qlen; ++i)
        rows[i] = int32_t(partialBase + int64_t(i + 1) * chunks);
      partialBase += int64_t(r.qlen) * chunks;
      mergeRowsEnd = in.qo_indptr[b + 1];
    } else {
      std::fill(rows, rows + r.qlen, int32_t(partialBase));
    }
  }
  if (int64_t(items.size()) != numWork || partialBase != mergeIndptr[numRows])
    return makeError(StatusCode::Internal,
                     "scheduler emitted %zu work items and %lld partial rows, counted %lld and "
                     "%d",
                     items.size(), (long long)numWork, (long long)partialBase,
                     mergeIndptr[numRows]);

  // 7. By group, heaviest first within; the emission index in the key makes the order total
  //    (deterministic plans). Sorting 8-byte keys and gathering is 3x faster than sorting the
  //    items.
  std::sort(keys.begin(), keys.end());
  const size_t n = items.size();
  for (std::vector<int32_t> *v :
       {&out->work_request, &out->work_qo_tile, &out->work_kv_begin, &out->work_kv_end,
        &out->work_partial, &out->work_partial_stride})
    v->resize(n);
  constexpr uint64_t kOrderMask = (uint64_t(1) << kOrderBits) - 1;
  for (size_t w = 0; w < n; ++w) {
    const Item &it = items[size_t(keys[w] & kOrderMask)];
    out->work_request[w] = it.request;
    out->work_qo_tile[w] = it.qoTile;
    out->work_kv_begin[w] = it.kvBegin;
    out->work_kv_end[w] = it.kvEnd;
    out->work_partial[w] = it.partial;
    out->work_partial_stride[w] = it.stride;
  }

  out->batch_size = B;
  out->num_work = int32_t(n);
  out->num_rows = numRows;
  out->num_partial_rows = int32_t(partialBase);
  out->head_section = headSection;
  out->chunk_tokens = partialBase > 0 ? int32_t(std::min<int64_t>(int64_t(chunkUnits) * tileKv,
                                                                  kInt32Max))
                                      : 0;
  out->graph_mode = config.graph_mode;
  out->grid_work = config.graph_mode ? config.max_work : out->num_work;
  // 8. Sections for an even spread of a persistent kernel's rounds.
  out->head_section = balancedSection(config, *out, headSection);
  // The merge covers rows [0, grid_rows): in graph mode every row a split plan can have,
  // else up to the last split request's rows.
  out->grid_rows = config.graph_mode ? prefillMergeRowBound(config) : mergeRowsEnd;
  if (mergeRowsEnd > out->grid_rows)
    return makeError(StatusCode::Internal,
                     "split rows end at %d, beyond the %d rows of the graph-mode merge grid",
                     mergeRowsEnd, out->grid_rows);
  const bool canMerge = config.split_kv && config.max_partial_rows > 0;
  out->needs_merge = canMerge && out->grid_rows > 0;
  return Status::ok();
}

} // namespace attn::rt
