//===- SchedulerUtil.h - validation and search helpers shared by the planners -*- C++ -*-===//
//
// The decode and prefill schedulers read the same kind of host arrays (indptr arrays, paged
// KV tables) and check them with the same messages; both search the smallest feasible chunk
// size by bisection over a monotone predicate. Internal to libattn_rt.
//
//===----------------------------------------------------------------------===//
#ifndef ATTN_RT_LIB_SCHEDULERUTIL_H
#define ATTN_RT_LIB_SCHEDULERUTIL_H

#include "attn-rt/Status.h"

#include <cstdint>
#include <initializer_list>

namespace attn::rt::detail {

inline int64_t ceilDiv(int64_t a, int64_t b) { return (a + b - 1) / b; }

/// "<name> (<v>) must be positive".
Status requirePositive(const char *name, int64_t v);

/// A configuration field and its value, for messages.
struct NamedValue {
  const char *name;
  int64_t value;
};
/// requirePositive on each value in order; the first failure wins.
Status requirePositive(std::initializer_list<NamedValue> values);

/// "<name> (<v>) must not be negative".
Status requireNonNegative(const char *name, int64_t v);

/// "expected num_qo_heads (32) to be a multiple of num_kv_heads (6)".
Status checkHeadGroups(int32_t num_qo_heads, int32_t num_kv_heads);

/// A plan input's batch size against the configuration's capacity: InvalidArgument when
/// negative, CapacityExceeded past `max_batch`.
Status checkBatchSize(int32_t batch_size, int32_t max_batch);

/// requirePositive on what every scheduler configuration has, in this order: num_qo_heads,
/// num_kv_heads, head_dim, num_sms, ctas_per_sm.
template <typename Config> Status requirePositiveShape(const Config &c) {
  return requirePositive({{"num_qo_heads", c.num_qo_heads},
                          {"num_kv_heads", c.num_kv_heads},
                          {"head_dim", c.head_dim},
                          {"num_sms", c.num_sms},
                          {"ctas_per_sm", c.ctas_per_sm}});
}

/// `array` is non-null and array[0] == 0 ("kv_indptr[0] (1) must be 0").
Status checkIndptrStart(const char *name, const int32_t *array);

/// array[b + 1] >= array[b] ("kv_indptr[3] (12) is less than kv_indptr[2] (80)").
Status checkIndptrStep(const char *name, const int32_t *array, int32_t b);

/// KV length in tokens of request b of a page table, validated: kv_indptr non-decreasing at
/// b, kv_last_page_len[b] in [1, page_size] for a request with pages, length <= INT32_MAX.
/// A request without pages has length 0 and kv_last_page_len[b] 0.
Status pagedKvLength(const int32_t *kv_indptr, const int32_t *kv_last_page_len,
                     int32_t page_size, int32_t b, int64_t *len);

/// The smallest c in [lo, hi] with feasible(c), given that feasible is monotone
/// (false ... false true ... true) and feasible(hi) holds.
template <typename Feasible>
uint32_t smallestFeasible(uint32_t lo, uint32_t hi, Feasible &&feasible) {
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (feasible(mid))
      hi = mid;
    else
      lo = mid + 1;
  }
  return lo;
}

} // namespace attn::rt::detail

#endif // ATTN_RT_LIB_SCHEDULERUTIL_H
