//===- SchedulerUtil.cpp - validation helpers shared by the planners -------===//
#include "SchedulerUtil.h"

#include "attn-rt/KernelABI.h"

#include <limits>

namespace attn::rt::detail {

Status requirePositive(const char *name, int64_t v) {
  if (v < 1)
    return makeError(StatusCode::InvalidArgument, "%s (%lld) must be positive", name,
                     (long long)v);
  return Status::ok();
}

Status requirePositive(std::initializer_list<NamedValue> values) {
  for (const NamedValue &v : values)
    ATTN_RT_RETURN_IF_ERROR(requirePositive(v.name, v.value));
  return Status::ok();
}

Status requireNonNegative(const char *name, int64_t v) {
  if (v < 0)
    return makeError(StatusCode::InvalidArgument, "%s (%lld) must not be negative", name,
                     (long long)v);
  return Status::ok();
}

Status checkBatchSize(int32_t batch_size, int32_t max_batch) {
  if (batch_size < 0)
    return makeError(StatusCode::InvalidArgument, "batch_size (%d) must not be negative",
                     batch_size);
  if (batch_size > max_batch)
    return makeError(StatusCode::CapacityExceeded,
                     "batch_size (%d) exceeds max_batch (%d) the workspace was sized for",
                     batch_size, max_batch);
  return Status::ok();
}

Status checkHeadGroups(int32_t num_qo_heads, int32_t num_kv_heads) {
  if (num_qo_heads % num_kv_heads != 0)
    return makeError(StatusCode::InvalidArgument,
                     "expected num_qo_heads (%d) to be a multiple of num_kv_heads (%d)",
                     num_qo_heads, num_kv_heads);
  return Status::ok();
}

Status checkIndptrStart(const char *name, const int32_t *array) {
  if (!array)
    return makeError(StatusCode::InvalidArgument, "%s is null", name);
  if (array[0] != 0)
    return makeError(StatusCode::InvalidArgument, "%s[0] (%d) must be 0", name, array[0]);
  return Status::ok();
}

Status checkIndptrStep(const char *name, const int32_t *array, int32_t b) {
  if (array[b + 1] < array[b])
    return makeError(StatusCode::InvalidArgument, "%s[%d] (%d) is less than %s[%d] (%d)", name,
                     b + 1, array[b + 1], name, b, array[b]);
  return Status::ok();
}

Status pagedKvLength(const int32_t *kv_indptr, const int32_t *kv_last_page_len,
                     int32_t page_size, int32_t b, int64_t *len) {
  ATTN_RT_RETURN_IF_ERROR(checkIndptrStep(abi::decode::kKvIndptr, kv_indptr, b));
  const int32_t lo = kv_indptr[b], hi = kv_indptr[b + 1];
  *len = 0;
  const int32_t last = kv_last_page_len[b];
  if (hi == lo) {
    // A request without pages has no last page; a length there means the page table and
    // the lengths disagree (the kernels would read no KV for it).
    if (last != 0)
      return makeError(StatusCode::InvalidArgument,
                       "kv_last_page_len[%d] (%d) must be 0 for a request with no pages", b,
                       last);
    return Status::ok();
  }
  if (last < 1 || last > page_size)
    return makeError(StatusCode::InvalidArgument,
                     "kv_last_page_len[%d] (%d) is out of range [1, %d] for a request with %d "
                     "pages",
                     b, last, page_size, hi - lo);
  const int64_t tokens = int64_t(hi - lo - 1) * page_size + last;
  if (tokens > std::numeric_limits<int32_t>::max())
    return makeError(StatusCode::InvalidArgument,
                     "kv length of request %d (%lld tokens) exceeds %d", b, (long long)tokens,
                     std::numeric_limits<int32_t>::max());
  *len = tokens;
  return Status::ok();
}

} // namespace attn::rt::detail
