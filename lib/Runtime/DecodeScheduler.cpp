//===- DecodeScheduler.cpp - split-KV work assignment for batch decode -----===//
//
// Algorithm (all integer, O(B log L) with a narrow search interval):
//  1. Validate the page table; len(b) in tokens; units(b) = ceil(len(b) / g) with
//     g = lcm(page_size, tile_kv) so every chunk boundary is page- and tile-aligned.
//  2. budget = clamp(num_sms * ctas_per_sm / num_kv_heads, B, max_work): the work items that
//     run in one wave of the (work, num_kv_heads) grid.
//  3. items(c) = sum_b max(1, ceil(units(b) / c)) is non-increasing in c. Binary-search the
//     smallest c >= min_chunk with items(c) <= budget. The interval starts at
//     [ceil(total / budget), ceil(total / (budget - B))]: below the left end the items cannot
//     fit, and at the right end items(c) < total / c + B <= budget, so it is feasible.
//  4. If the one-wave chunk c1 costs more than the best of c1 * 3/4, c1 * 9/16, ... (>= min_chunk,
//     items <= max_work, rounds <= max_waves) under estimateDecodeMakespan, take that.
//     Skewed batches whose batch size nearly fills the slots need this: one-wave
//     planning leaves one long chunk that the whole batch waits for.
//  5. A request with units(b) <= c is one item writing its row directly. A longer one is cut
//     into n = ceil(units(b) / c) chunks of floor or ceil(units(b) / n) units (differing by at
//     most one granule), not FlashInfer's n-1 full chunks plus a short tail.
//
//===----------------------------------------------------------------------===//
#include "attn-rt/DecodeScheduler.h"
#include "attn-rt/KernelABI.h"

#include "SchedulerUtil.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace attn::rt {
namespace {

/// Largest granule (lcm of page size and tile) we accept: keeps unit arithmetic in int32.
constexpr int64_t kMaxGranuleTokens = int64_t(1) << 24;

using detail::ceilDiv;

/// items(c) for chunk size c (in units); stops early once `limit` is exceeded.
inline int64_t countItems(const uint32_t *units, int32_t n, uint32_t c, int64_t limit) {
  int64_t items = 0;
  for (int32_t b = 0; b < n; ++b) {
    uint32_t u = units[b];
    items += u <= c ? 1 : (u + c - 1) / c;
    if (items > limit)
      return items;
  }
  return items;
}

} // namespace

int64_t estimateDecodeMakespan(int64_t total_tokens, int64_t num_items, int64_t max_item_tokens,
                               int64_t slots) {
  const int64_t round = max_item_tokens + kWorkItemOverheadTokens;
  const int64_t load = total_tokens + int64_t(kWorkItemOverheadTokens) * num_items;
  // The longest of: the longest item; the load spread over every slot; whole waves of the
  // average item (items do not split across slots). Counting whole rounds of the *longest* item
  // instead let long chunks hide in rounds that a skewed batch's short items pad: on an H100,
  // 1x32768 + 63x512 on 66 slots took 143 us with the 1360-token chunks that model chose and
  // 110 us with 512-token ones.
  const int64_t waves = ceilDiv(num_items, slots);
  const int64_t averageItem = ceilDiv(load, std::max<int64_t>(num_items, 1));
  return std::max({ceilDiv(load, slots), round, waves * averageItem});
}

Status validateDecodeSchedulerConfig(const DecodeSchedulerConfig &c) {
  using detail::requirePositive;
  ATTN_RT_RETURN_IF_ERROR(requirePositive("page_size", c.page_size));
  ATTN_RT_RETURN_IF_ERROR(detail::requirePositiveShape(c));
  ATTN_RT_RETURN_IF_ERROR(requirePositive(
      {{"tile_kv", c.tile_kv}, {"max_batch", c.max_batch}, {"max_work", c.max_work}}));
  ATTN_RT_RETURN_IF_ERROR(detail::checkHeadGroups(c.num_qo_heads, c.num_kv_heads));
  if (c.max_waves < 1)
    return makeError(StatusCode::InvalidArgument, "max_waves (%d) must be positive",
                     c.max_waves);
  ATTN_RT_RETURN_IF_ERROR(detail::requireNonNegative("min_chunk_tokens", c.min_chunk_tokens));
  if (c.max_batch > kMaxScheduleCapacity || c.max_work > kMaxScheduleCapacity)
    return makeError(StatusCode::InvalidArgument,
                     "max_batch (%d) and max_work (%d) must not exceed %d", c.max_batch,
                     c.max_work, kMaxScheduleCapacity);
  if (c.max_work < c.max_batch)
    return makeError(StatusCode::InvalidArgument,
                     "max_work (%d) must be at least max_batch (%d): every request needs a "
                     "work item",
                     c.max_work, c.max_batch);
  int64_t granule = std::lcm(int64_t(c.page_size), int64_t(c.tile_kv));
  if (granule > kMaxGranuleTokens)
    return makeError(StatusCode::InvalidArgument,
                     "lcm(page_size (%d), tile_kv (%d)) = %lld exceeds %lld", c.page_size,
                     c.tile_kv, (long long)granule, (long long)kMaxGranuleTokens);
  return Status::ok();
}

Status checkDecodeKvIndices(const DecodePlanInput &in) {
  if (!in.kv_indices || in.batch_size <= 0)
    return Status::ok();
  const int32_t numIndices = in.kv_indptr[in.batch_size];
  if (in.num_pages < 1)
    return makeError(StatusCode::InvalidArgument,
                     "num_pages (%d) must be positive when kv_indices is given", in.num_pages);
  const uint32_t numPages = uint32_t(in.num_pages);
  // Branch-free max over the indices as unsigned (negative ones become huge), so the loop
  // vectorises; the offending index is searched for only on failure.
  const uint32_t *idx = reinterpret_cast<const uint32_t *>(in.kv_indices);
  uint32_t maxIndex = 0;
  for (int32_t i = 0; i < numIndices; ++i)
    maxIndex = std::max(maxIndex, idx[i]);
  if (maxIndex >= numPages)
    for (int32_t i = 0; i < numIndices; ++i)
      if (idx[i] >= numPages)
        return makeError(StatusCode::InvalidArgument, "kv_indices[%d] (%d) is out of range [0, %d)",
                         i, in.kv_indices[i], in.num_pages);
  return Status::ok();
}

Status planDecode(const DecodeSchedulerConfig &config, const DecodePlanInput &in,
                  DecodePlan *out) {
  ATTN_RT_RETURN_IF_ERROR(validateDecodeSchedulerConfig(config));
  const int32_t B = in.batch_size;
  const int32_t pageSize = config.page_size;
  ATTN_RT_RETURN_IF_ERROR(detail::checkBatchSize(B, config.max_batch));
  if (!in.kv_indptr)
    return makeError(StatusCode::InvalidArgument, "kv_indptr is null");
  if (B > 0 && !in.kv_last_page_len)
    return makeError(StatusCode::InvalidArgument, "kv_last_page_len is null");
  ATTN_RT_RETURN_IF_ERROR(detail::checkIndptrStart(abi::decode::kKvIndptr, in.kv_indptr));

  // 1. Lengths, in granules. Scratch lives per thread so steady-state planning never
  //    allocates.
  thread_local std::vector<uint32_t> unitsScratch;
  if (unitsScratch.size() < size_t(B))
    unitsScratch.resize(size_t(B));
  uint32_t *units = unitsScratch.data();
  const int64_t granule = std::lcm(int64_t(pageSize), int64_t(config.tile_kv));
  int64_t totalUnits = 0;
  uint32_t maxUnits = 0;
  for (int32_t b = 0; b < B; ++b) {
    int64_t len = 0;
    ATTN_RT_RETURN_IF_ERROR(
        detail::pagedKvLength(in.kv_indptr, in.kv_last_page_len, pageSize, b, &len));
    uint32_t u = uint32_t(ceilDiv(len, granule));
    units[b] = u;
    totalUnits += u;
    maxUnits = std::max(maxUnits, u);
  }
  ATTN_RT_RETURN_IF_ERROR(checkDecodeKvIndices(in));

  // 2. One-wave budget. `slots` is the true concurrency (work items in flight); the budget
  //    is at least B because every request needs an item.
  const int64_t slots = std::max<int64_t>(
      1, int64_t(config.num_sms) * config.ctas_per_sm / config.num_kv_heads);
  const int64_t budget = std::min<int64_t>(std::max<int64_t>(slots, B), config.max_work);

  // 3. Chunk size in units.
  const uint32_t minUnits =
      uint32_t(std::max<int64_t>(1, ceilDiv(config.min_chunk_tokens, granule)));
  uint32_t chunk = std::max<uint32_t>(maxUnits, 1);
  int64_t numWork = B;
  if (config.split_kv && budget > B && maxUnits > minUnits) {
    uint32_t lo = uint32_t(std::max<int64_t>(minUnits, ceilDiv(totalUnits, budget)));
    uint32_t hi = maxUnits;
    uint32_t feasible = uint32_t(std::min<int64_t>(hi, ceilDiv(totalUnits, budget - B)));
    if (feasible >= lo)
      hi = feasible;
    if (lo < hi)
      lo = detail::smallestFeasible(
          lo, hi, [&](uint32_t c) { return countItems(units, B, c, budget) <= budget; });
    chunk = std::min(lo, maxUnits);
    numWork = countItems(units, B, chunk, std::numeric_limits<int64_t>::max());
    if (numWork > budget) { // lo > hi case: no feasible split inside the bounds
      chunk = maxUnits;
      numWork = B;
    }
  }

  // 4. Multi-wave alternative for skewed batches.
  if (config.split_kv && config.max_waves > 1 && B > 0 && maxUnits > minUnits) {
    const int64_t g = granule;
    int64_t totalTokens = 0;
    for (int32_t b = 0; b < B; ++b)
      totalTokens += decodeKvLength(in, pageSize, b);
    auto cost = [&](uint32_t c, int64_t items) {
      return estimateDecodeMakespan(totalTokens, items,
                                    std::min<int64_t>(int64_t(c) * g, int64_t(maxUnits) * g),
                                    slots);
    };
    int64_t bestCost = cost(chunk, numWork);
    const int64_t itemLimit =
        std::min<int64_t>(config.max_work, std::max(budget, slots * config.max_waves));
    // Candidates shrink by a quarter each step (halving skipped the chunk that matches a skewed
    // batch's short requests: 1360 -> 680 -> 340 tokens for 512-token requests).
    for (uint32_t c = chunk - std::max<uint32_t>(1, chunk / 4); c >= minUnits && c >= 1;
         c -= std::max<uint32_t>(1, c / 4)) {
      int64_t items = countItems(units, B, c, itemLimit);
      if (items > itemLimit)
        break; // smaller chunks only need more items
      int64_t t = cost(c, items);
      if (t < bestCost) {
        bestCost = t;
        chunk = c;
        numWork = items;
      }
    }
  }

  // 5. Emit work items in request order; a split request's partials are contiguous.
  out->batch_size = B;
  out->num_rows = B;
  out->num_work = int32_t(numWork);
  out->graph_mode = config.graph_mode;
  out->work_request.resize(size_t(numWork));
  out->work_kv_begin.resize(size_t(numWork));
  out->work_kv_end.resize(size_t(numWork));
  out->work_partial.resize(size_t(numWork));
  out->merge_indptr.resize(size_t(B) + 1);
  int32_t *req = out->work_request.data();
  int32_t *kb = out->work_kv_begin.data();
  int32_t *ke = out->work_kv_end.data();
  int32_t *part = out->work_partial.data();
  int32_t *mi = out->merge_indptr.data();
  int32_t w = 0, p = 0;
  mi[0] = 0;
  const int64_t g = granule;
  for (int32_t b = 0; b < B; ++b) {
    const uint32_t u = units[b];
    if (u <= chunk) {
      int64_t pages = int64_t(in.kv_indptr[b + 1]) - in.kv_indptr[b];
      req[w] = b;
      kb[w] = 0;
      ke[w] = pages == 0 ? 0 : int32_t((pages - 1) * pageSize + in.kv_last_page_len[b]);
      part[w] = -1;
      ++w;
    } else {
      const int64_t len = decodeKvLength(in, pageSize, b);
      const uint32_t n = (u + chunk - 1) / chunk;
      const uint32_t base = u / n, rem = u % n;
      int64_t beginUnit = 0;
      for (uint32_t i = 0; i < n; ++i) {
        int64_t endUnit = beginUnit + base + (i < rem ? 1 : 0);
        req[w] = b;
        kb[w] = int32_t(beginUnit * g);
        ke[w] = int32_t(std::min(len, endUnit * g));
        part[w] = p++;
        ++w;
        beginUnit = endUnit;
      }
    }
    mi[b + 1] = p;
  }
  if (w != numWork)
    return makeError(StatusCode::Internal, "scheduler emitted %d work items, counted %lld", w,
                     (long long)numWork);
  out->num_partials = p;
  out->chunk_tokens = p > 0 ? int32_t(std::min<int64_t>(int64_t(chunk) * g,
                                                        std::numeric_limits<int32_t>::max()))
                            : 0;
  out->needs_merge = p > 0 || (config.graph_mode && config.split_kv);
  out->grid_work = config.graph_mode ? config.max_work : out->num_work;
  out->grid_rows = config.graph_mode ? config.max_batch : out->num_rows;
  return Status::ok();
}

} // namespace attn::rt
