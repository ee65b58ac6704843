//===- Workspace.cpp - decode workspace layout and plan (de)serialisation --===//
#include "attn-rt/Workspace.h"

#include <algorithm>
#include <cstring>

namespace attn::rt {
namespace {

inline size_t alignUp(size_t v, size_t a) { return (v + a - 1) / a * a; }

} // namespace

Status computeDecodeWorkspaceLayout(int32_t max_batch, int32_t max_work, int32_t num_qo_heads,
                                    int32_t head_dim, DecodeWorkspaceLayout *out) {
  auto inRange = [](const char *name, int32_t v, int32_t hi) -> Status {
    if (v < 1 || v > hi)
      return makeError(StatusCode::InvalidArgument, "%s (%d) is out of range [1, %d]", name, v,
                       hi);
    return Status::ok();
  };
  ATTN_RT_RETURN_IF_ERROR(inRange("max_batch", max_batch, kMaxScheduleCapacity));
  ATTN_RT_RETURN_IF_ERROR(inRange("max_work", max_work, kMaxScheduleCapacity));
  ATTN_RT_RETURN_IF_ERROR(inRange("num_qo_heads", num_qo_heads, kMaxHeads));
  ATTN_RT_RETURN_IF_ERROR(inRange("head_dim", head_dim, kMaxHeadDim));
  if (max_work < max_batch)
    return makeError(StatusCode::InvalidArgument, "max_work (%d) must be at least max_batch (%d)",
                     max_work, max_batch);
  DecodeWorkspaceLayout l;
  l.max_batch = max_batch;
  l.max_work = max_work;
  l.num_qo_heads = num_qo_heads;
  l.head_dim = head_dim;
  const size_t W = alignUp(size_t(max_work), kPlanArrayAlignWords);
  l.qo_indptr_word = kPlanHeaderWords;
  l.work_request_word =
      l.qo_indptr_word + alignUp(size_t(max_batch) + 1, kPlanArrayAlignWords);
  l.work_kv_begin_word = l.work_request_word + W;
  l.work_kv_end_word = l.work_kv_begin_word + W;
  l.work_partial_word = l.work_kv_end_word + W;
  l.merge_indptr_word = l.work_partial_word + W;
  l.int_words = l.merge_indptr_word + alignUp(size_t(max_batch) + 1, kPlanArrayAlignWords);
  const size_t tmpOBytes = size_t(max_work) * size_t(num_qo_heads) * size_t(head_dim) * 4;
  l.tmp_o_byte = 0;
  l.tmp_lse_byte = alignUp(tmpOBytes, kFloatWorkspaceAlignBytes);
  l.float_bytes = alignUp(l.tmp_lse_byte + size_t(max_work) * size_t(num_qo_heads) * 4,
                          kFloatWorkspaceAlignBytes);
  *out = l;
  return Status::ok();
}

Status serializeDecodePlan(const DecodePlan &plan, const DecodeWorkspaceLayout &l,
                           int32_t *words, size_t num_words, size_t *copy_words) {
  if (num_words < l.int_words)
    return makeError(StatusCode::InvalidArgument,
                     "plan buffer holds %zu words, the layout needs %zu", num_words,
                     l.int_words);
  if (plan.num_work < 0 || plan.num_work > l.max_work)
    return makeError(StatusCode::CapacityExceeded, "num_work (%d) exceeds max_work (%d)",
                     plan.num_work, l.max_work);
  if (plan.num_rows < 0 || plan.num_rows > l.max_batch)
    return makeError(StatusCode::CapacityExceeded, "num_rows (%d) exceeds max_batch (%d)",
                     plan.num_rows, l.max_batch);
  if (plan.num_partials < 0 || plan.num_partials > l.max_work)
    return makeError(StatusCode::CapacityExceeded, "num_partials (%d) exceeds max_work (%d)",
                     plan.num_partials, l.max_work);
  const size_t nw = size_t(plan.num_work);
  if (plan.work_request.size() < nw || plan.work_kv_begin.size() < nw ||
      plan.work_kv_end.size() < nw || plan.work_partial.size() < nw ||
      plan.merge_indptr.size() < size_t(plan.num_rows) + 1)
    return makeError(StatusCode::InvalidArgument,
                     "plan arrays are shorter than num_work (%d) / num_rows + 1 (%d)",
                     plan.num_work, plan.num_rows + 1);
  std::memset(words, 0, kPlanHeaderWords * sizeof(int32_t));
  words[kWordMagic] = kPlanMagic;
  words[kWordVersion] = kPlanLayoutVersion;
  words[kWordMaxBatch] = l.max_batch;
  words[kWordMaxWork] = l.max_work;
  words[kWordNumWork] = plan.num_work;
  words[kWordNumRows] = plan.num_rows;
  words[kWordBatchSize] = plan.batch_size;
  words[kWordNumPartials] = plan.num_partials;
  words[kWordChunkTokens] = plan.chunk_tokens;
  words[kWordFlags] = (plan.needs_merge ? kPlanFlagNeedsMerge : 0) |
                      (plan.graph_mode ? kPlanFlagGraphMode : 0);
  // qo_indptr = arange: decode has one query row per request (rows past num_rows keep
  // whatever an earlier plan wrote; no kernel reads them).
  int32_t *qo = words + l.qo_indptr_word;
  for (int32_t i = 0; i <= plan.num_rows; ++i)
    qo[i] = i;
  const size_t bytes = nw * sizeof(int32_t);
  std::memcpy(words + l.work_request_word, plan.work_request.data(), bytes);
  std::memcpy(words + l.work_kv_begin_word, plan.work_kv_begin.data(), bytes);
  std::memcpy(words + l.work_kv_end_word, plan.work_kv_end.data(), bytes);
  std::memcpy(words + l.work_partial_word, plan.work_partial.data(), bytes);
  std::memcpy(words + l.merge_indptr_word, plan.merge_indptr.data(),
              (size_t(plan.num_rows) + 1) * sizeof(int32_t));
  if (copy_words)
    *copy_words = l.merge_indptr_word + size_t(plan.num_rows) + 1;
  return Status::ok();
}

Status deserializeDecodePlan(const int32_t *words, size_t num_words, DecodePlan *out) {
  if (num_words < kPlanHeaderWords)
    return makeError(StatusCode::InvalidArgument,
                     "plan buffer holds %zu words, the header alone needs %zu", num_words,
                     kPlanHeaderWords);
  if (words[kWordMagic] != kPlanMagic)
    return makeError(StatusCode::InvalidArgument, "bad plan magic 0x%08x (expected 0x%08x)",
                     unsigned(words[kWordMagic]), unsigned(kPlanMagic));
  if (words[kWordVersion] != kPlanLayoutVersion)
    return makeError(StatusCode::InvalidArgument, "plan layout version %d (expected %d)",
                     words[kWordVersion], kPlanLayoutVersion);
  DecodeWorkspaceLayout l;
  // head count and head_dim do not affect the int layout; 1 keeps the validation happy.
  ATTN_RT_RETURN_IF_ERROR(
      computeDecodeWorkspaceLayout(words[kWordMaxBatch], words[kWordMaxWork], 1, 1, &l));
  const int32_t numWork = words[kWordNumWork], numRows = words[kWordNumRows];
  const int32_t numPartials = words[kWordNumPartials];
  if (numWork < 0 || numWork > l.max_work)
    return makeError(StatusCode::InvalidArgument, "num_work (%d) is out of range [0, %d]",
                     numWork, l.max_work);
  if (numRows < 0 || numRows > l.max_batch)
    return makeError(StatusCode::InvalidArgument, "num_rows (%d) is out of range [0, %d]",
                     numRows, l.max_batch);
  if (numPartials < 0 || numPartials > numWork)
    return makeError(StatusCode::InvalidArgument, "num_partials (%d) is out of range [0, %d]",
                     numPartials, numWork);
  const size_t needed = l.merge_indptr_word + size_t(numRows) + 1;
  if (num_words < needed)
    return makeError(StatusCode::InvalidArgument,
                     "plan buffer holds %zu words, the plan needs %zu", num_words, needed);
  for (int32_t i = 0; i <= numRows; ++i)
    if (words[l.qo_indptr_word + size_t(i)] != i)
      return makeError(StatusCode::InvalidArgument, "qo_indptr[%d] (%d) must be %d", i,
                       words[l.qo_indptr_word + size_t(i)], i);
  out->batch_size = words[kWordBatchSize];
  out->num_work = numWork;
  out->num_rows = numRows;
  out->num_partials = numPartials;
  out->chunk_tokens = words[kWordChunkTokens];
  out->needs_merge = (words[kWordFlags] & kPlanFlagNeedsMerge) != 0;
  out->graph_mode = (words[kWordFlags] & kPlanFlagGraphMode) != 0;
  out->grid_work = out->graph_mode ? l.max_work : numWork;
  out->grid_rows = out->graph_mode ? l.max_batch : numRows;
  auto take = [&](size_t at, size_t n, std::vector<int32_t> &v) {
    v.assign(words + at, words + at + n);
  };
  take(l.work_request_word, size_t(numWork), out->work_request);
  take(l.work_kv_begin_word, size_t(numWork), out->work_kv_begin);
  take(l.work_kv_end_word, size_t(numWork), out->work_kv_end);
  take(l.work_partial_word, size_t(numWork), out->work_partial);
  take(l.merge_indptr_word, size_t(numRows) + 1, out->merge_indptr);
  return Status::ok();
}

} // namespace attn::rt
