//===- Cascade.cpp - multi-level (shared-prefix) attention over the level kernels ===//
//
// Each level is a PrefillAttention or DecodeAttention of its own (kernels, workspaces, plan);
// the cascade adds the checks across levels, the scratch for the level states and the merges
// (MergeAttentionStates, merge_state form). See attn-rt/Cascade.h for the data flow.
//
//===----------------------------------------------------------------------===//
#include "attn-rt/Cascade.h"

#include "KernelRunner.h"

#include <cmath>

namespace attn::rt {
namespace {

constexpr size_t kScratchAlign = 256;

size_t alignUp(size_t v) { return (v + kScratchAlign - 1) / kScratchAlign * kScratchAlign; }

size_t dtypeBytes(DType t) { return t == DType::F32 ? 4 : 2; }

Status atLevel(Status st, int32_t level) {
  if (!st.isOk())
    st.withContext(formatString("level %d", level));
  return st;
}

/// The prefill or decode problem of a level (lse always: the merge needs every state).
PrefillProblem prefillProblem(const CascadeProblem &p) {
  PrefillProblem q;
  detail::copyProblemShape(p, q);
  q.kv_format = KvFormat::Paged;
  q.want_lse = true;
  return q;
}

DecodeProblem decodeProblem(const CascadeProblem &p) {
  DecodeProblem q;
  detail::copyProblemShape(p, q);
  q.want_lse = true;
  return q;
}

/// The merge of two levels' states (lse too: the next merge reads it).
MergeProblem mergeProblem(const CascadeProblem &p) {
  MergeProblem mp;
  mp.form = MergeForm::State;
  mp.num_heads = p.num_qo_heads;
  mp.head_dim = p.head_dim;
  mp.dtype = mp.state_dtype = p.dtype;
  mp.write_lse = true;
  return mp;
}

/// The options a level's decode or prefill op shares (`defaultChunk`: the op's own default
/// min_chunk_tokens, where the level leaves it 0).
template <typename Options>
Options levelOptions(const CascadeOptions &options, const CascadeLevelOptions &lo,
                     const std::string &name, int32_t defaultChunk) {
  Options o;
  o.kernel_name = name;
  o.max_batch = lo.max_batch;
  o.max_work = lo.max_work;
  o.graph_mode = options.graph_mode;
  o.min_chunk_tokens = lo.min_chunk_tokens > 0 ? lo.min_chunk_tokens : defaultChunk;
  o.device = options.device;
  return o;
}

/// The run arguments a level's decode or prefill op shares (the caches' names differ).
template <typename RunArgs>
RunArgs levelRunArgs(const CascadeRunArgs &a, const CascadeLevelArgs &la, DevicePtr o,
                     DevicePtr lse) {
  RunArgs r;
  r.q = a.q;
  r.kv_indptr = la.kv_indptr;
  r.kv_indices = la.kv_indices;
  r.kv_last_page_len = la.kv_last_page_len;
  r.o = o;
  r.lse = lse;
  return r;
}

/// Whether kernel `name` of the level's family fits the problem (the family's own selection)
/// and the level (checkCascadeLevelKernel); `*index` receives its manifest index.
Status tryLevelKernel(const BundleManifest &m, const CascadeProblem &problem,
                      const CascadeLevelOptions &lo, const std::string &name, int32_t level,
                      int32_t numLevels, int *index) {
  int attn = -1, merge = -1;
  bool tensorCore = false;
  if (lo.kind == CascadeLevelKind::Decode)
    ATTN_RT_RETURN_IF_ERROR(selectDecodeStepKernels(m, decodeProblem(problem), name, &attn,
                                                    &merge, &tensorCore));
  else
    ATTN_RT_RETURN_IF_ERROR(selectPrefillKernels(m, prefillProblem(problem), name, &attn, &merge));
  ATTN_RT_RETURN_IF_ERROR(checkCascadeLevelKernel(m.kernels[size_t(attn)], level, numLevels));
  *index = attn;
  return Status::ok();
}

/// The named kernel (checked), or the first attention kernel of the level's family that fits;
/// NotFound lists why each candidate does not.
Status selectLevelKernel(const CascadeProblem &problem, const CascadeLevelOptions &lo,
                         int32_t level, int32_t numLevels, int *index) {
  const BundleManifest &m = lo.bundle->manifest();
  if (!lo.kernel_name.empty())
    return tryLevelKernel(m, problem, lo, lo.kernel_name, level, numLevels, index);
  const char *family =
      lo.kind == CascadeLevelKind::Decode ? abi::kFamilyDecode : abi::kFamilyPrefill;
  std::string why;
  // A decode level also takes a paged prefill kernel (a decode step compiled for the tensor
  // cores), after the decode kernels: DecodeAttention runs it.
  std::vector<const KernelEntry *> candidates;
  for (const KernelEntry &k : m.kernels)
    if (k.family == family && k.role == KernelRole::Attention)
      candidates.push_back(&k);
  if (lo.kind == CascadeLevelKind::Decode)
    for (const KernelEntry &k : m.kernels)
      if (k.family == abi::kFamilyPrefill && k.role == KernelRole::Attention &&
          k.variant.kv_format == KvFormat::Paged)
        candidates.push_back(&k);
  for (const KernelEntry *kp : candidates) {
    const KernelEntry &k = *kp;
    Status st = tryLevelKernel(m, problem, lo, k.name, level, numLevels, index);
    if (st.isOk())
      return st;
    why += (why.empty() ? "" : "; ") + st.message();
  }
  return makeError(StatusCode::NotFound, "no %s kernel fits cascade level %d of %d%s%s%s", family,
                   level, numLevels, why.empty() ? "" : " (", why.c_str(), why.empty() ? "" : ")");
}

} // namespace

Status computeCascadeScratchLayout(int32_t maxQoTokens, int32_t numQoHeads, int32_t headDim,
                                   DType dtype, CascadeScratchLayout *out) {
  if (maxQoTokens < 1 || maxQoTokens > kMaxScheduleCapacity)
    return makeError(StatusCode::InvalidArgument, "max_qo_tokens (%d) is out of range [1, %d]",
                     maxQoTokens, kMaxScheduleCapacity);
  if (numQoHeads < 1 || numQoHeads > 1024 || headDim < 1 || headDim > 1024)
    return makeError(StatusCode::InvalidArgument,
                     "num_qo_heads (%d) and head_dim (%d) must be in [1, 1024]", numQoHeads,
                     headDim);
  const size_t rows = size_t(maxQoTokens) * size_t(numQoHeads);
  CascadeScratchLayout l;
  l.tmp_o_byte = 0;
  l.tmp_lse_byte = alignUp(rows * size_t(headDim) * dtypeBytes(dtype));
  l.lse_byte[0] = l.tmp_lse_byte + alignUp(rows * sizeof(float));
  l.lse_byte[1] = l.lse_byte[0] + alignUp(rows * sizeof(float));
  l.bytes = l.lse_byte[1] + alignUp(rows * sizeof(float));
  *out = l;
  return Status::ok();
}

Status checkCascadeOptions(const CascadeOptions &o) {
  const int32_t n = int32_t(o.levels.size());
  if (n < 1 || n > kMaxCascadeLevels)
    return makeError(StatusCode::InvalidArgument, "num_levels (%d) is out of range [1, %d]", n,
                     kMaxCascadeLevels);
  if (o.max_qo_tokens < 1 || o.max_qo_tokens > kMaxScheduleCapacity)
    return makeError(StatusCode::InvalidArgument, "max_qo_tokens (%d) is out of range [1, %d]",
                     o.max_qo_tokens, kMaxScheduleCapacity);
  for (int32_t l = 0; l < n; ++l) {
    const CascadeLevelOptions &lo = o.levels[size_t(l)];
    if (lo.kind != CascadeLevelKind::Prefill && lo.kind != CascadeLevelKind::Decode)
      return makeError(StatusCode::InvalidArgument,
                       "level %d: kind (%d) is neither prefill (0) nor decode (1)", l,
                       int(lo.kind));
    if (!lo.bundle)
      return makeError(StatusCode::InvalidArgument, "level %d: bundle is null", l);
    if (lo.max_batch < 1 || lo.max_batch > kMaxScheduleCapacity)
      return makeError(StatusCode::InvalidArgument,
                       "level %d: max_batch (%d) is out of range [1, %d]", l, lo.max_batch,
                       kMaxScheduleCapacity);
    if (lo.kind == CascadeLevelKind::Decode && lo.max_batch > o.max_qo_tokens)
      return makeError(StatusCode::InvalidArgument,
                       "level %d: a decode level has one query per entry, so max_batch (%d) "
                       "cannot exceed max_qo_tokens (%d)",
                       l, lo.max_batch, o.max_qo_tokens);
    if (lo.max_work < 0 || lo.max_partial_rows < 0 || lo.min_chunk_tokens < 0)
      return makeError(StatusCode::InvalidArgument,
                       "level %d: max_work (%d), max_partial_rows (%d) and min_chunk_tokens "
                       "(%d) must not be negative",
                       l, lo.max_work, lo.max_partial_rows, lo.min_chunk_tokens);
  }
  if (n > 1 && !o.merge_bundle)
    return makeError(StatusCode::InvalidArgument,
                     "merge_bundle is null but %d levels need a merge_state kernel", n);
  return Status::ok();
}

Status checkCascadeLevelKernel(const KernelEntry &k, int32_t level, int32_t numLevels) {
  const KernelVariant &v = k.variant;
  const char *name = k.name.c_str();
  if (k.findParam(abi::decode::kLse) < 0)
    return makeError(StatusCode::Mismatch,
                     "kernel '%s' does not write lse, which cascade level %d needs for the merge",
                     name, level);
  if (v.rope != RopeKind::None || v.alibi)
    return makeError(StatusCode::Mismatch,
                     "kernel '%s' applies %s, whose positions a cascade level does not know "
                     "(a level's keys start at 0)",
                     name, v.alibi ? "ALiBi" : "RoPE");
  if (v.window_left >= 0)
    return makeError(StatusCode::Mismatch,
                     "kernel '%s' has a sliding window (window_left %d), which a cascade level "
                     "cannot apply (a level's keys start at 0)",
                     name, v.window_left);
  // A decode query sits at the last position: causal admits every key, as none does.
  const bool decode = k.family == abi::kFamilyDecode;
  const bool last = level == numLevels - 1;
  const bool causalOk = decode || last;
  if (v.mask == MaskKind::None || (v.mask == MaskKind::Causal && causalOk))
    return Status::ok();
  return makeError(StatusCode::Mismatch, "kernel '%s' has mask %s; cascade level %d of %d needs %s",
                   name, maskKindName(v.mask), level, numLevels,
                   last ? "mask none or causal"
                        : "mask none (a shared prefix is visible to "
                          "all its queries)");
}

Status checkCascadeKernelsAgree(const KernelEntry &a, int32_t la, const KernelEntry &b,
                                int32_t lb) {
  const KernelVariant &x = a.variant, &y = b.variant;
  const bool scaleDiffers =
      x.has_sm_scale != y.has_sm_scale ||
      (x.has_sm_scale && std::fabs(x.sm_scale - y.sm_scale) > 1e-6f * std::fabs(x.sm_scale));
  if (scaleDiffers)
    return makeError(StatusCode::Mismatch,
                     "level %d kernel '%s' has sm_scale %g, level %d kernel '%s' %g: the levels "
                     "must compute the same scores",
                     la, a.name.c_str(), x.has_sm_scale ? double(x.sm_scale) : 0.0, lb,
                     b.name.c_str(), y.has_sm_scale ? double(y.sm_scale) : 0.0);
  if (x.logits_soft_cap != y.logits_soft_cap)
    return makeError(StatusCode::Mismatch,
                     "level %d kernel '%s' has logits_soft_cap %g, level %d kernel '%s' %g: the "
                     "levels must compute the same scores",
                     la, a.name.c_str(), double(x.logits_soft_cap), lb, b.name.c_str(),
                     double(y.logits_soft_cap));
  return Status::ok();
}

Status checkCascadePlanInput(const CascadeOptions &o, int32_t numLevels,
                             const CascadeLevelInput *levels, int32_t *numRows) {
  const int32_t n = int32_t(o.levels.size());
  if (numLevels != n)
    return makeError(StatusCode::InvalidArgument,
                     "num_levels (%d) differs from the %d levels the cascade was created with",
                     numLevels, n);
  if (!levels)
    return makeError(StatusCode::InvalidArgument, "levels is null");
  int32_t rows = -1;
  for (int32_t l = 0; l < n; ++l) {
    const CascadeLevelInput &in = levels[l];
    const CascadeLevelOptions &lo = o.levels[size_t(l)];
    if (in.batch_size < 0 || in.batch_size > lo.max_batch)
      return makeError(StatusCode::InvalidArgument,
                       "level %d: batch_size (%d) is out of range [0, max_batch %d]", l,
                       in.batch_size, lo.max_batch);
    if (!in.qo_indptr || !in.kv_indptr || (in.batch_size > 0 && !in.kv_last_page_len))
      return makeError(StatusCode::InvalidArgument, "level %d: %s is null", l,
                       !in.qo_indptr   ? "qo_indptr"
                       : !in.kv_indptr ? "kv_indptr"
                                       : "kv_last_page_len");
    if (in.qo_indptr[0] != 0)
      return makeError(StatusCode::InvalidArgument, "level %d: qo_indptr[0] (%d) is not 0", l,
                       in.qo_indptr[0]);
    for (int32_t b = 0; b < in.batch_size; ++b) {
      if (in.qo_indptr[b + 1] < in.qo_indptr[b])
        return makeError(StatusCode::InvalidArgument,
                         "level %d: qo_indptr decreases at entry %d (%d -> %d)", l, b,
                         in.qo_indptr[b], in.qo_indptr[b + 1]);
      if (lo.kind == CascadeLevelKind::Decode && in.qo_indptr[b + 1] != b + 1)
        return makeError(StatusCode::InvalidArgument,
                         "level %d: a decode level takes one query per entry, but entry %d has "
                         "qo_indptr [%d, %d)",
                         l, b, in.qo_indptr[b], in.qo_indptr[b + 1]);
    }
    const int32_t total = in.qo_indptr[in.batch_size];
    if (rows < 0) {
      rows = total;
      if (rows > o.max_qo_tokens)
        return makeError(StatusCode::CapacityExceeded,
                         "level 0: %d query tokens exceed max_qo_tokens (%d)", rows,
                         o.max_qo_tokens);
    } else if (total != rows) {
      return makeError(StatusCode::InvalidArgument,
                       "level %d covers %d query tokens but level 0 covers %d: every level "
                       "must partition the same queries",
                       l, total, rows);
    }
  }
  *numRows = rows;
  return Status::ok();
}

//===----------------------------------------------------------------------===//
// CascadeAttention
//===----------------------------------------------------------------------===//

struct CascadeAttention::Impl {
  struct Level {
    CascadeLevelKind kind = CascadeLevelKind::Prefill;
    std::unique_ptr<PrefillAttention> prefill;
    std::unique_ptr<DecodeAttention> decode;
  };
  CascadeProblem problem;
  CascadeOptions options;
  std::vector<Level> levels;
  std::vector<int> kernelIndices;
  std::unique_ptr<MergeAttentionStates> merge;
  CascadeScratchLayout scratch;
  DevicePtr scratchPtr = 0;
  bool ownsScratch = false;
  const detail::DriverApi *drv = nullptr;
  CUcontext context = nullptr;
  /// concurrent_levels: level 1's stream, the event that starts it (on the caller's stream)
  /// and the one that joins it back.
  CUstream side = nullptr;
  CUevent fork = nullptr, join = nullptr;
  int32_t numRows = -1;
  int32_t graphRows = -1; ///< graph mode: the N of the first plan
  bool planned = false;

  Status selectKernels(std::vector<int> *indices) const;
  Status createLevels(const std::vector<int> &indices);
  Status adoptScratch();
  Status createSideStream();
  /// The driver and the context the cascade's own device objects live in, once.
  Status bindDevice();
  Status runLevel(int32_t l, const CascadeRunArgs &a, DevicePtr o, DevicePtr lse,
                  StreamHandle stream);
};

Status CascadeAttention::Impl::selectKernels(std::vector<int> *indices) const {
  const int32_t n = int32_t(options.levels.size());
  indices->assign(size_t(n), -1);
  for (int32_t l = 0; l < n; ++l)
    ATTN_RT_RETURN_IF_ERROR(
        selectLevelKernel(problem, options.levels[size_t(l)], l, n, &(*indices)[size_t(l)]));
  auto kernel = [&](int32_t l) -> const KernelEntry & {
    return options.levels[size_t(l)].bundle->manifest().kernels[size_t((*indices)[size_t(l)])];
  };
  for (int32_t l = 1; l < n; ++l)
    ATTN_RT_RETURN_IF_ERROR(checkCascadeKernelsAgree(kernel(0), 0, kernel(l), l));
  if (n > 1) {
    int mi = -1;
    ATTN_RT_RETURN_IF_ERROR(MergeAttentionStates::selectKernel(options.merge_bundle->manifest(),
                                                               mergeProblem(problem),
                                                               options.merge_kernel_name, &mi)
                                .withContext("cascade merge"));
  }
  return Status::ok();
}

Status CascadeAttention::Impl::createLevels(const std::vector<int> &indices) {
  const int32_t n = int32_t(options.levels.size());
  for (int32_t l = 0; l < n; ++l) {
    const CascadeLevelOptions &lo = options.levels[size_t(l)];
    const std::string &name = lo.bundle->manifest().kernels[size_t(indices[size_t(l)])].name;
    Level level;
    level.kind = lo.kind;
    if (lo.kind == CascadeLevelKind::Decode) {
      DecodeOptions d = levelOptions<DecodeOptions>(options, lo, name, kDefaultMinChunkTokens);
      ATTN_RT_RETURN_IF_ERROR(atLevel(
          DecodeAttention::create(*lo.bundle, decodeProblem(problem), d, &level.decode), l));
    } else {
      PrefillOptions p =
          levelOptions<PrefillOptions>(options, lo, name, kDefaultPrefillMinChunkTokens);
      p.max_qo_tokens = options.max_qo_tokens;
      p.max_partial_rows = lo.max_partial_rows;
      ATTN_RT_RETURN_IF_ERROR(atLevel(
          PrefillAttention::create(*lo.bundle, prefillProblem(problem), p, &level.prefill), l));
    }
    levels.push_back(std::move(level));
  }
  if (n > 1) {
    MergeOptions mo;
    mo.kernel_name = options.merge_kernel_name;
    mo.device = options.device;
    ATTN_RT_RETURN_IF_ERROR(
        MergeAttentionStates::create(*options.merge_bundle, mergeProblem(problem), mo, &merge)
            .withContext("cascade merge"));
  }
  return Status::ok();
}

Status CascadeAttention::Impl::adoptScratch() {
  if (options.scratch) {
    if (options.scratch % kScratchAlign != 0)
      return makeError(StatusCode::InvalidArgument, "scratch (0x%llx) is not %zu-byte aligned",
                       (unsigned long long)options.scratch, kScratchAlign);
    if (options.scratch_bytes < scratch.bytes)
      return makeError(StatusCode::CapacityExceeded,
                       "scratch_bytes (%zu) is smaller than the %zu bytes max_qo_tokens=%d "
                       "needs",
                       options.scratch_bytes, scratch.bytes, options.max_qo_tokens);
    scratchPtr = options.scratch;
    return Status::ok();
  }
  ATTN_RT_RETURN_IF_ERROR(bindDevice());
  CUdeviceptr p = 0;
  ATTN_CU_CHECK(*drv, cuMemAlloc, (&p, scratch.bytes), "bytes=%zu", scratch.bytes);
  scratchPtr = DevicePtr(p);
  ownsScratch = true;
  return Status::ok();
}

Status CascadeAttention::Impl::bindDevice() {
  if (drv && context)
    return Status::ok();
  // The level objects made a context current (the caller's, else the primary one).
  ATTN_RT_RETURN_IF_ERROR(detail::getDriver(&drv));
  return detail::acquireContext(*drv, options.device, &context);
}

Status CascadeAttention::Impl::createSideStream() {
  if (!options.concurrent_levels || levels.size() < 2)
    return Status::ok();
  ATTN_RT_RETURN_IF_ERROR(bindDevice());
  // Non-blocking: the legacy default stream does not serialize with it; the events order it.
  ATTN_CU_CHECK(*drv, cuStreamCreate, (&side, CU_STREAM_NON_BLOCKING), "flags=%s",
                "CU_STREAM_NON_BLOCKING");
  ATTN_CU_CHECK(*drv, cuEventCreate, (&fork, CU_EVENT_DISABLE_TIMING), "flags=%s",
                "CU_EVENT_DISABLE_TIMING");
  ATTN_CU_CHECK(*drv, cuEventCreate, (&join, CU_EVENT_DISABLE_TIMING), "flags=%s",
                "CU_EVENT_DISABLE_TIMING");
  return Status::ok();
}

CascadeAttention::CascadeAttention() : impl_(new Impl) {}

CascadeAttention::~CascadeAttention() {
  Impl &s = *impl_;
  if (!s.ownsScratch && !s.side && !s.fork && !s.join)
    return;
  // Nobody to report to: a failed free leaks rather than aborts.
  CUcontext cur = nullptr;
  const bool push = s.drv->cuCtxGetCurrent(&cur) == CUDA_SUCCESS && cur != s.context &&
                    s.drv->cuCtxPushCurrent(s.context) == CUDA_SUCCESS;
  if (s.ownsScratch)
    (void)s.drv->cuMemFree(CUdeviceptr(s.scratchPtr));
  if (s.side)
    (void)s.drv->cuStreamDestroy(s.side);
  for (CUevent e : {s.fork, s.join})
    if (e)
      (void)s.drv->cuEventDestroy(e);
  if (push) {
    CUcontext popped = nullptr;
    (void)s.drv->cuCtxPopCurrent(&popped);
  }
}

Status CascadeAttention::create(const CascadeProblem &problem, const CascadeOptions &options,
                                std::unique_ptr<CascadeAttention> *out) {
  if (!out)
    return makeError(StatusCode::InvalidArgument, "out is null");
  ATTN_RT_RETURN_IF_ERROR(checkCascadeOptions(options));
  std::unique_ptr<CascadeAttention> c(new CascadeAttention);
  Impl &s = *c->impl_;
  s.problem = problem;
  s.options = options;
  ATTN_RT_RETURN_IF_ERROR(computeCascadeScratchLayout(options.max_qo_tokens, problem.num_qo_heads,
                                                      problem.head_dim, problem.dtype, &s.scratch));
  // Host checks first (the same with or without a GPU), then the device objects.
  std::vector<int> indices;
  ATTN_RT_RETURN_IF_ERROR(s.selectKernels(&indices));
  ATTN_RT_RETURN_IF_ERROR(s.createLevels(indices));
  s.kernelIndices = indices;
  ATTN_RT_RETURN_IF_ERROR(s.adoptScratch());
  ATTN_RT_RETURN_IF_ERROR(s.createSideStream());
  *out = std::move(c);
  return Status::ok();
}

Status CascadeAttention::plan(int32_t numLevels, const CascadeLevelInput *levels,
                              StreamHandle stream) {
  Impl &s = *impl_;
  s.planned = false;
  int32_t rows = 0;
  ATTN_RT_RETURN_IF_ERROR(checkCascadePlanInput(s.options, numLevels, levels, &rows));
  if (s.options.graph_mode && s.graphRows >= 0 && rows != s.graphRows)
    return makeError(StatusCode::InvalidArgument,
                     "graph mode: the batch has %d query tokens but the first plan had %d (the "
                     "merges' row count is part of the captured launches; create another "
                     "cascade for another query count)",
                     rows, s.graphRows);
  for (int32_t l = 0; l < numLevels; ++l) {
    const CascadeLevelInput &in = levels[l];
    Impl::Level &level = s.levels[size_t(l)];
    if (level.kind == CascadeLevelKind::Decode) {
      DecodePlanInput d;
      d.batch_size = in.batch_size;
      d.kv_indptr = in.kv_indptr;
      d.kv_last_page_len = in.kv_last_page_len;
      ATTN_RT_RETURN_IF_ERROR(atLevel(level.decode->plan(d, stream), l));
    } else {
      PrefillPlanInput p;
      p.batch_size = in.batch_size;
      p.qo_indptr = in.qo_indptr;
      p.kv_indptr = in.kv_indptr;
      p.kv_last_page_len = in.kv_last_page_len;
      ATTN_RT_RETURN_IF_ERROR(atLevel(level.prefill->plan(p, stream), l));
    }
  }
  if (s.options.graph_mode && s.graphRows < 0)
    s.graphRows = rows;
  s.numRows = rows;
  s.planned = true;
  return Status::ok();
}

Status CascadeAttention::Impl::runLevel(int32_t l, const CascadeRunArgs &a, DevicePtr o,
                                        DevicePtr lse, StreamHandle stream) {
  const CascadeLevelArgs &la = a.levels[l];
  Level &level = levels[size_t(l)];
  if (level.kind == CascadeLevelKind::Decode) {
    DecodeRunArgs d = levelRunArgs<DecodeRunArgs>(a, la, o, lse);
    d.k_cache = a.k_cache;
    d.v_cache = a.v_cache;
    d.kv_page_stride = a.kv_page_stride;
    return atLevel(level.decode->run(d, stream), l);
  }
  PrefillRunArgs p = levelRunArgs<PrefillRunArgs>(a, la, o, lse);
  p.qo_indptr = la.qo_indptr;
  p.k = a.k_cache;
  p.v = a.v_cache;
  p.kv_page_stride = a.kv_page_stride;
  return atLevel(level.prefill->run(p, stream), l);
}

Status CascadeAttention::run(const CascadeRunArgs &a, StreamHandle stream) {
  Impl &s = *impl_;
  if (!s.planned)
    return makeError(StatusCode::NotReady, "run called before a successful plan");
  const int32_t n = int32_t(s.levels.size());
  if (a.num_levels != n)
    return makeError(StatusCode::InvalidArgument,
                     "num_levels (%d) differs from the %d levels the cascade was created with",
                     a.num_levels, n);
  ATTN_RT_RETURN_IF_ERROR(detail::checkNonNull(
      {{"q", a.q}, {"k_cache", a.k_cache}, {"v_cache", a.v_cache}, {"o", a.o}}));
  for (int32_t l = 0; l < n; ++l) {
    const CascadeLevelArgs &la = a.levels[l];
    if (s.levels[size_t(l)].kind == CascadeLevelKind::Prefill && !la.qo_indptr)
      return makeError(StatusCode::InvalidArgument, "level %d: qo_indptr is null", l);
    ATTN_RT_RETURN_IF_ERROR(
        atLevel(detail::checkNonNull({{"kv_indptr", la.kv_indptr},
                                      {"kv_indices", la.kv_indices},
                                      {"kv_last_page_len", la.kv_last_page_len}}),
                l));
  }
  ATTN_RT_RETURN_IF_ERROR(detail::checkAligned({{"lse", a.lse}}, detail::kElementAlignBytes));
  if (s.numRows == 0)
    return Status::ok(); // no queries: nothing to compute
  const DevicePtr base = s.scratchPtr;
  const DevicePtr tmpO = base + s.scratch.tmp_o_byte, tmpLse = base + s.scratch.tmp_lse_byte;
  int cur = 0; // which scratch lse holds the merged state so far
  const DevicePtr lse0 = n == 1 && a.lse ? a.lse : base + s.scratch.lse_byte[0];
  if (s.side) {
    // Level 1 into the scratch state on the side stream, level 0 into o on the caller's; the
    // join makes the caller's stream wait for level 1 before its merge.
    // Once the side stream waits for the fork it is always joined back, whatever fails
    // after, so that a capture of the caller's stream never ends with a stream left out.
    CUstream caller = static_cast<CUstream>(stream);
    StreamHandle sideHandle = static_cast<StreamHandle>(s.side);
    ATTN_CU_CHECK(*s.drv, cuEventRecord, (s.fork, caller), "stream=%p", stream);
    ATTN_CU_CHECK(*s.drv, cuStreamWaitEvent, (s.side, s.fork, 0), "stream=%p", sideHandle);
    Status level1 = s.runLevel(1, a, tmpO, tmpLse, sideHandle);
    ATTN_CU_CHECK(*s.drv, cuEventRecord, (s.join, s.side), "stream=%p", sideHandle);
    Status level0 = level1.isOk() ? s.runLevel(0, a, a.o, lse0, stream) : Status::ok();
    ATTN_CU_CHECK(*s.drv, cuStreamWaitEvent, (caller, s.join, 0), "stream=%p", stream);
    ATTN_RT_RETURN_IF_ERROR(level1);
    ATTN_RT_RETURN_IF_ERROR(level0);
  } else {
    ATTN_RT_RETURN_IF_ERROR(s.runLevel(0, a, a.o, lse0, stream));
  }
  for (int32_t l = 1; l < n; ++l) {
    if (l > 1 || !s.side)
      ATTN_RT_RETURN_IF_ERROR(s.runLevel(l, a, tmpO, tmpLse, stream));
    const bool last = l == n - 1;
    MergeArgs m;
    m.v_a = a.o;
    m.s_a = base + s.scratch.lse_byte[cur];
    m.v_b = tmpO;
    m.s_b = tmpLse;
    m.v_out = a.o;
    m.s_out = last && a.lse ? a.lse : base + s.scratch.lse_byte[1 - cur];
    m.num_rows = s.numRows;
    ATTN_RT_RETURN_IF_ERROR(s.merge->run(m, stream).withContext(formatString("level %d merge", l)));
    cur = 1 - cur;
  }
  return Status::ok();
}

int32_t CascadeAttention::numLevels() const { return int32_t(impl_->levels.size()); }
CascadeLevelKind CascadeAttention::levelKind(int32_t l) const {
  return impl_->levels[size_t(l)].kind;
}
const PrefillAttention *CascadeAttention::prefillLevel(int32_t l) const {
  return impl_->levels[size_t(l)].prefill.get();
}
const DecodeAttention *CascadeAttention::decodeLevel(int32_t l) const {
  return impl_->levels[size_t(l)].decode.get();
}
const MergeAttentionStates *CascadeAttention::merge() const { return impl_->merge.get(); }
int CascadeAttention::levelKernelIndex(int32_t l) const { return impl_->kernelIndices[size_t(l)]; }
const CascadeScratchLayout &CascadeAttention::scratchLayout() const { return impl_->scratch; }
int32_t CascadeAttention::numRows() const { return impl_->numRows; }

} // namespace attn::rt
