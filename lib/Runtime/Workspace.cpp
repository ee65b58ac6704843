//===- Workspace.cpp - workspace layouts and plan (de)serialisation --------===//
//
// Decode and prefill plans share the header, the 32-word array alignment, the partial-state
// float layout and the count checks; only their arrays differ.
//
//===----------------------------------------------------------------------===//
#include "attn-rt/Workspace.h"

#include <algorithm>
#include <cstring>
#include <initializer_list>

namespace attn::rt {
namespace {

inline size_t alignUp(size_t v, size_t a) { return (v + a - 1) / a * a; }

Status inRange(const char *name, int32_t v, int32_t lo, int32_t hi) {
  if (v < lo || v > hi)
    return makeError(StatusCode::InvalidArgument, "%s (%d) is out of range [%d, %d]", name, v,
                     lo, hi);
  return Status::ok();
}

/// Hands out consecutive int32 arrays after the header, each on a 32-word boundary.
class WordCarver {
public:
  size_t take(size_t words) {
    size_t at = next_;
    next_ += alignUp(words, kPlanArrayAlignWords);
    return at;
  }
  size_t total() const { return next_; }

private:
  size_t next_ = kPlanHeaderWords;
};

/// tmp_o f32 [rows, heads, dim] at 0 and tmp_lse f32 [rows, heads] on the next 256-byte
/// boundary; the total is 256-byte aligned too.
void partialStateLayout(int32_t rows, int32_t heads, int32_t dim, size_t *tmp_o_byte,
                        size_t *tmp_lse_byte, size_t *bytes) {
  const size_t tmpOBytes = size_t(rows) * size_t(heads) * size_t(dim) * sizeof(float);
  *tmp_o_byte = 0;
  *tmp_lse_byte = alignUp(tmpOBytes, kFloatWorkspaceAlignBytes);
  *bytes = alignUp(*tmp_lse_byte + size_t(rows) * size_t(heads) * sizeof(float),
                   kFloatWorkspaceAlignBytes);
}

/// The header fields every plan has.
struct PlanHeader {
  int32_t max_rows = 0; ///< rows of merge_indptr - 1 (max_batch / max_qo_tokens)
  int32_t max_work = 0;
  int32_t num_work = 0;
  int32_t num_rows = 0;
  int32_t batch_size = 0;
  int32_t num_partials = 0;
  int32_t chunk_tokens = 0;
  bool needs_merge = false;
  bool graph_mode = false;
  int32_t max_partial_rows = 0; ///< prefill only
  int32_t merge_grid_rows = 0;  ///< prefill only
  int32_t head_section = 0;     ///< prefill only (0 in a decode header: no such word)
};

void writeHeader(int32_t *words, int32_t magic, int32_t version, const PlanHeader &h) {
  std::memset(words, 0, kPlanHeaderWords * sizeof(int32_t));
  words[kWordMagic] = magic;
  words[kWordVersion] = version;
  words[kWordMaxBatch] = h.max_rows;
  words[kWordMaxWork] = h.max_work;
  words[kWordNumWork] = h.num_work;
  words[kWordNumRows] = h.num_rows;
  words[kWordBatchSize] = h.batch_size;
  words[kWordNumPartials] = h.num_partials;
  words[kWordChunkTokens] = h.chunk_tokens;
  words[kWordFlags] =
      (h.needs_merge ? kPlanFlagNeedsMerge : 0) | (h.graph_mode ? kPlanFlagGraphMode : 0);
  words[kWordMaxPartialRows] = h.max_partial_rows;
  words[kWordMergeGridRows] = h.merge_grid_rows;
  words[kWordHeadSection] = h.head_section;
}

Status readHeader(const int32_t *words, size_t num_words, int32_t magic, int32_t version,
                  PlanHeader *h) {
  if (num_words < kPlanHeaderWords)
    return makeError(StatusCode::InvalidArgument,
                     "plan buffer holds %zu words, the header alone needs %zu", num_words,
                     kPlanHeaderWords);
  if (words[kWordMagic] != magic)
    return makeError(StatusCode::InvalidArgument, "bad plan magic 0x%08x (expected 0x%08x)",
                     unsigned(words[kWordMagic]), unsigned(magic));
  if (words[kWordVersion] != version)
    return makeError(StatusCode::InvalidArgument, "plan layout version %d (expected %d)",
                     words[kWordVersion], version);
  h->max_rows = words[kWordMaxBatch];
  h->max_work = words[kWordMaxWork];
  h->num_work = words[kWordNumWork];
  h->num_rows = words[kWordNumRows];
  h->batch_size = words[kWordBatchSize];
  h->num_partials = words[kWordNumPartials];
  h->chunk_tokens = words[kWordChunkTokens];
  h->needs_merge = (words[kWordFlags] & kPlanFlagNeedsMerge) != 0;
  h->graph_mode = (words[kWordFlags] & kPlanFlagGraphMode) != 0;
  h->max_partial_rows = words[kWordMaxPartialRows];
  h->merge_grid_rows = words[kWordMergeGridRows];
  h->head_section = words[kWordHeadSection];
  return Status::ok();
}

/// A count of a plan and the capacity bounding it.
struct CountBound {
  const char *name;
  int32_t value;
  const char *bound_name;
  int32_t bound;
};

/// Serialising: each count must fit its capacity ("num_work (9) exceeds max_work (8)").
Status checkCapacities(std::initializer_list<CountBound> counts) {
  for (const CountBound &c : counts)
    if (c.value < 0 || c.value > c.bound)
      return makeError(StatusCode::CapacityExceeded, "%s (%d) exceeds %s (%d)", c.name, c.value,
                       c.bound_name, c.bound);
  return Status::ok();
}

/// Deserialising: each count read back must lie in [0, bound].
Status checkReadCounts(std::initializer_list<CountBound> counts) {
  for (const CountBound &c : counts)
    if (c.value < 0 || c.value > c.bound)
      return makeError(StatusCode::InvalidArgument, "%s (%d) is out of range [0, %d]", c.name,
                       c.value, c.bound);
  return Status::ok();
}

/// One plan array and where it lives in the int workspace (written from / read into).
struct PlanArrayIn {
  size_t word;
  const std::vector<int32_t> *data;
};
struct PlanArrayOut {
  size_t word;
  std::vector<int32_t> *data;
};

/// Serialising: the plan's arrays must hold `n` entries (or `rows + 1` for merge_indptr).
Status checkArrayLengths(std::initializer_list<const std::vector<int32_t> *> work, size_t n,
                         const std::vector<int32_t> &merge_indptr, int32_t num_work,
                         int32_t num_rows) {
  bool shortArray = merge_indptr.size() < size_t(num_rows) + 1;
  for (const std::vector<int32_t> *v : work)
    shortArray |= v->size() < n;
  if (shortArray)
    return makeError(StatusCode::InvalidArgument,
                     "plan arrays are shorter than num_work (%d) / num_rows + 1 (%d)", num_work,
                     num_rows + 1);
  return Status::ok();
}

void writeArrays(int32_t *words, std::initializer_list<PlanArrayIn> arrays, size_t n) {
  // memcpy's pointers must be valid even for 0 bytes, and an empty vector's data() is null.
  if (n == 0)
    return;
  for (const PlanArrayIn &a : arrays)
    std::memcpy(words + a.word, a.data->data(), n * sizeof(int32_t));
}

void readArrays(const int32_t *words, std::initializer_list<PlanArrayOut> arrays, size_t n) {
  for (const PlanArrayOut &a : arrays)
    a.data->assign(words + a.word, words + a.word + n);
}

Status checkBufferHolds(size_t num_words, size_t needed, const char *what) {
  if (num_words < needed)
    return makeError(StatusCode::InvalidArgument, "plan buffer holds %zu words, the %s needs %zu",
                     num_words, what, needed);
  return Status::ok();
}

/// The header fields a decode and a prefill plan share; `num_partials` is the plan's count of
/// partial states (decode) or partial rows (prefill).
PlanHeader planHeader(const PlanCounts &plan, int32_t max_rows, int32_t max_work,
                      int32_t num_partials) {
  PlanHeader h;
  h.max_rows = max_rows;
  h.max_work = max_work;
  h.num_work = plan.num_work;
  h.num_rows = plan.num_rows;
  h.batch_size = plan.batch_size;
  h.num_partials = num_partials;
  h.chunk_tokens = plan.chunk_tokens;
  h.needs_merge = plan.needs_merge;
  h.graph_mode = plan.graph_mode;
  return h;
}

/// The plan fields a decode and a prefill header share (the work grid of graph mode spans
/// `max_work`).
void readPlanHeader(const PlanHeader &h, int32_t max_work, PlanCounts *out) {
  out->batch_size = h.batch_size;
  out->num_work = h.num_work;
  out->num_rows = h.num_rows;
  out->chunk_tokens = h.chunk_tokens;
  out->needs_merge = h.needs_merge;
  out->graph_mode = h.graph_mode;
  out->grid_work = h.graph_mode ? max_work : h.num_work;
}

/// Writes the arrays both plans have: the num_work entries of work_request, work_kv_begin,
/// work_kv_end and work_partial.
template <typename Plan>
void writeWorkArrays(int32_t *words, const PlanWorkspaceLayout &l, const Plan &p, size_t num_work) {
  writeArrays(words,
              {{l.work_request_word, &p.work_request},
               {l.work_kv_begin_word, &p.work_kv_begin},
               {l.work_kv_end_word, &p.work_kv_end},
               {l.work_partial_word, &p.work_partial}},
              num_work);
}

/// Reads what writeWorkArrays wrote and merge_indptr (num_rows + 1 entries).
template <typename Plan>
void readCommonArrays(const int32_t *words, const PlanWorkspaceLayout &l, const PlanHeader &h,
                      Plan *out) {
  readArrays(words,
             {{l.work_request_word, &out->work_request},
              {l.work_kv_begin_word, &out->work_kv_begin},
              {l.work_kv_end_word, &out->work_kv_end},
              {l.work_partial_word, &out->work_partial}},
             size_t(h.num_work));
  readArrays(words, {{l.merge_indptr_word, &out->merge_indptr}}, size_t(h.num_rows) + 1);
}

/// Writes merge_indptr (num_rows + 1 words, the last array of both layouts) and the words to
/// copy, which end with it.
void writeMergeIndptr(int32_t *words, size_t merge_indptr_word,
                      const std::vector<int32_t> &merge_indptr, int32_t num_rows,
                      size_t *copy_words) {
  writeArrays(words, {{merge_indptr_word, &merge_indptr}}, size_t(num_rows) + 1);
  if (copy_words)
    *copy_words = merge_indptr_word + size_t(num_rows) + 1;
}

} // namespace

//===----------------------------------------------------------------------===//
// Decode
//===----------------------------------------------------------------------===//

Status computeDecodeWorkspaceLayout(int32_t max_batch, int32_t max_work, int32_t num_qo_heads,
                                    int32_t head_dim, DecodeWorkspaceLayout *out) {
  ATTN_RT_RETURN_IF_ERROR(inRange("max_batch", max_batch, 1, kMaxScheduleCapacity));
  ATTN_RT_RETURN_IF_ERROR(inRange("max_work", max_work, 1, kMaxScheduleCapacity));
  ATTN_RT_RETURN_IF_ERROR(inRange("num_qo_heads", num_qo_heads, 1, kMaxHeads));
  ATTN_RT_RETURN_IF_ERROR(inRange("head_dim", head_dim, 1, kMaxHeadDim));
  if (max_work < max_batch)
    return makeError(StatusCode::InvalidArgument, "max_work (%d) must be at least max_batch (%d)",
                     max_work, max_batch);
  DecodeWorkspaceLayout l;
  l.max_batch = max_batch;
  l.max_work = max_work;
  l.num_qo_heads = num_qo_heads;
  l.head_dim = head_dim;
  WordCarver carve;
  l.qo_indptr_word = carve.take(size_t(max_batch) + 1);
  l.work_request_word = carve.take(size_t(max_work));
  l.work_kv_begin_word = carve.take(size_t(max_work));
  l.work_kv_end_word = carve.take(size_t(max_work));
  l.work_partial_word = carve.take(size_t(max_work));
  l.merge_indptr_word = carve.take(size_t(max_batch) + 1);
  l.int_words = carve.total();
  partialStateLayout(max_work, num_qo_heads, head_dim, &l.tmp_o_byte, &l.tmp_lse_byte,
                     &l.float_bytes);
  *out = l;
  return Status::ok();
}

Status serializeDecodePlan(const DecodePlan &plan, const DecodeWorkspaceLayout &l,
                           int32_t *words, size_t num_words, size_t *copy_words) {
  ATTN_RT_RETURN_IF_ERROR(checkBufferHolds(num_words, l.int_words, "layout"));
  ATTN_RT_RETURN_IF_ERROR(
      checkCapacities({{"num_work", plan.num_work, "max_work", l.max_work},
                       {"num_rows", plan.num_rows, "max_batch", l.max_batch},
                       {"num_partials", plan.num_partials, "max_work", l.max_work}}));
  const size_t nw = size_t(plan.num_work);
  ATTN_RT_RETURN_IF_ERROR(checkArrayLengths(
      {&plan.work_request, &plan.work_kv_begin, &plan.work_kv_end, &plan.work_partial}, nw,
      plan.merge_indptr, plan.num_work, plan.num_rows));
  writeHeader(words, kPlanMagic, kPlanLayoutVersion,
              planHeader(plan, l.max_batch, l.max_work, plan.num_partials));
  // qo_indptr = arange: decode has one query row per request (rows past num_rows keep
  // whatever an earlier plan wrote; no kernel reads them).
  int32_t *qo = words + l.qo_indptr_word;
  for (int32_t i = 0; i <= plan.num_rows; ++i)
    qo[i] = i;
  writeWorkArrays(words, l, plan, nw);
  writeMergeIndptr(words, l.merge_indptr_word, plan.merge_indptr, plan.num_rows, copy_words);
  return Status::ok();
}

Status deserializeDecodePlan(const int32_t *words, size_t num_words, DecodePlan *out) {
  PlanHeader h;
  ATTN_RT_RETURN_IF_ERROR(readHeader(words, num_words, kPlanMagic, kPlanLayoutVersion, &h));
  DecodeWorkspaceLayout l;
  // head count and head_dim do not affect the int layout; 1 keeps the validation happy.
  ATTN_RT_RETURN_IF_ERROR(computeDecodeWorkspaceLayout(h.max_rows, h.max_work, 1, 1, &l));
  ATTN_RT_RETURN_IF_ERROR(checkReadCounts({{"num_work", h.num_work, "", l.max_work},
                                           {"num_rows", h.num_rows, "", l.max_batch},
                                           {"num_partials", h.num_partials, "", h.num_work}}));
  const size_t needed = l.merge_indptr_word + size_t(h.num_rows) + 1;
  ATTN_RT_RETURN_IF_ERROR(checkBufferHolds(num_words, needed, "plan"));
  for (int32_t i = 0; i <= h.num_rows; ++i)
    if (words[l.qo_indptr_word + size_t(i)] != i)
      return makeError(StatusCode::InvalidArgument, "qo_indptr[%d] (%d) must be %d", i,
                       words[l.qo_indptr_word + size_t(i)], i);
  readPlanHeader(h, l.max_work, out);
  out->num_partials = h.num_partials;
  out->grid_rows = h.graph_mode ? l.max_batch : h.num_rows;
  readCommonArrays(words, l, h, out);
  return Status::ok();
}

//===----------------------------------------------------------------------===//
// Prefill
//===----------------------------------------------------------------------===//

Status computePrefillWorkspaceLayout(int32_t max_qo_tokens, int32_t max_work,
                                     int32_t max_partial_rows, int32_t num_qo_heads,
                                     int32_t head_dim, PrefillWorkspaceLayout *out) {
  ATTN_RT_RETURN_IF_ERROR(inRange("max_qo_tokens", max_qo_tokens, 1, kMaxScheduleCapacity));
  ATTN_RT_RETURN_IF_ERROR(inRange("max_work", max_work, 1, kMaxScheduleCapacity));
  ATTN_RT_RETURN_IF_ERROR(
      inRange("max_partial_rows", max_partial_rows, 0, kMaxScheduleCapacity));
  ATTN_RT_RETURN_IF_ERROR(inRange("num_qo_heads", num_qo_heads, 1, kMaxHeads));
  ATTN_RT_RETURN_IF_ERROR(inRange("head_dim", head_dim, 1, kMaxHeadDim));
  PrefillWorkspaceLayout l;
  l.max_qo_tokens = max_qo_tokens;
  l.max_work = max_work;
  l.max_partial_rows = max_partial_rows;
  l.num_qo_heads = num_qo_heads;
  l.head_dim = head_dim;
  WordCarver carve;
  l.work_request_word = carve.take(size_t(max_work));
  l.work_qo_tile_word = carve.take(size_t(max_work));
  l.work_kv_begin_word = carve.take(size_t(max_work));
  l.work_kv_end_word = carve.take(size_t(max_work));
  l.work_partial_word = carve.take(size_t(max_work));
  l.work_partial_stride_word = carve.take(size_t(max_work));
  l.merge_indptr_word = carve.take(size_t(max_qo_tokens) + 1);
  l.int_words = carve.total();
  if (max_partial_rows > 0)
    partialStateLayout(max_partial_rows, num_qo_heads, head_dim, &l.tmp_o_byte,
                       &l.tmp_lse_byte, &l.float_bytes);
  *out = l;
  return Status::ok();
}

Status serializePrefillPlan(const PrefillPlan &plan, const PrefillWorkspaceLayout &l,
                            int32_t *words, size_t num_words, size_t *copy_words) {
  ATTN_RT_RETURN_IF_ERROR(checkBufferHolds(num_words, l.int_words, "layout"));
  ATTN_RT_RETURN_IF_ERROR(checkCapacities(
      {{"num_work", plan.num_work, "max_work", l.max_work},
       {"num_rows", plan.num_rows, "max_qo_tokens", l.max_qo_tokens},
       {"num_partial_rows", plan.num_partial_rows, "max_partial_rows", l.max_partial_rows},
       {"grid_rows", plan.grid_rows, "max_qo_tokens", l.max_qo_tokens}}));
  // The kernels clamp it to [1, Hkv]; out of range here means a plan not made by planPrefill.
  ATTN_RT_RETURN_IF_ERROR(inRange("head_section", plan.head_section, 1, kMaxHeads));
  const size_t nw = size_t(plan.num_work);
  ATTN_RT_RETURN_IF_ERROR(checkArrayLengths(
      {&plan.work_request, &plan.work_qo_tile, &plan.work_kv_begin, &plan.work_kv_end,
       &plan.work_partial, &plan.work_partial_stride},
      nw, plan.merge_indptr, plan.num_work, plan.num_rows));
  PlanHeader h = planHeader(plan, l.max_qo_tokens, l.max_work, plan.num_partial_rows);
  h.max_partial_rows = l.max_partial_rows;
  h.merge_grid_rows = plan.grid_rows;
  h.head_section = plan.head_section;
  writeHeader(words, kPrefillPlanMagic, kPrefillPlanLayoutVersion, h);
  writeWorkArrays(words, l, plan, nw);
  writeArrays(words,
              {{l.work_qo_tile_word, &plan.work_qo_tile},
               {l.work_partial_stride_word, &plan.work_partial_stride}},
              nw);
  writeMergeIndptr(words, l.merge_indptr_word, plan.merge_indptr, plan.num_rows, copy_words);
  return Status::ok();
}

Status deserializePrefillPlan(const int32_t *words, size_t num_words, PrefillPlan *out) {
  PlanHeader h;
  ATTN_RT_RETURN_IF_ERROR(
      readHeader(words, num_words, kPrefillPlanMagic, kPrefillPlanLayoutVersion, &h));
  PrefillWorkspaceLayout l;
  // head count and head_dim do not affect the int layout.
  ATTN_RT_RETURN_IF_ERROR(
      computePrefillWorkspaceLayout(h.max_rows, h.max_work, h.max_partial_rows, 1, 1, &l));
  ATTN_RT_RETURN_IF_ERROR(
      checkReadCounts({{"num_work", h.num_work, "", l.max_work},
                       {"num_rows", h.num_rows, "", l.max_qo_tokens},
                       {"num_partial_rows", h.num_partials, "", l.max_partial_rows},
                       {"grid_rows", h.merge_grid_rows, "", l.max_qo_tokens}}));
  ATTN_RT_RETURN_IF_ERROR(inRange("head_section", h.head_section, 1, kMaxHeads));
  const size_t needed = l.merge_indptr_word + size_t(h.num_rows) + 1;
  ATTN_RT_RETURN_IF_ERROR(checkBufferHolds(num_words, needed, "plan"));
  readPlanHeader(h, l.max_work, out);
  out->num_partial_rows = h.num_partials;
  out->grid_rows = h.merge_grid_rows;
  out->head_section = h.head_section;
  readCommonArrays(words, l, h, out);
  readArrays(words,
             {{l.work_qo_tile_word, &out->work_qo_tile},
              {l.work_partial_stride_word, &out->work_partial_stride}},
             size_t(h.num_work));
  const int32_t *mi = out->merge_indptr.data();
  if (mi[0] != 0 || mi[h.num_rows] != h.num_partials)
    return makeError(StatusCode::InvalidArgument,
                     "merge_indptr spans [%d, %d], expected [0, num_partial_rows (%d)]", mi[0],
                     mi[h.num_rows], h.num_partials);
  return Status::ok();
}

} // namespace attn::rt
