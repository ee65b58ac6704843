//===- Decode.cpp - batch decode attention: kernel selection, plan, run ---===//
//
// Arguments are bound by name: at create, each manifest parameter of the attention and
// merge kernels is mapped to a Slot (KernelRunner.h); run fills one array of slot values and
// passes pointers into it to cuLaunchKernel in manifest order. run touches only kernel
// launches, so it can be captured in a CUDA Graph; in graph mode the grids depend only on
// capacities.
//
// A bundle whose decode step was compiled for the tensor-core kernel (attn-plan's
// decode-kernel option: the GQA group's query heads as the rows of a Q tile) holds a paged
// prefill kernel instead of a decode one. DecodeAttention then drives it through a
// PrefillAttention created with one_query_per_request (qo_indptr = arange, kept in its
// workspace), behind the same create / plan / run.
//
//===----------------------------------------------------------------------===//
#include "attn-rt/Decode.h"
#include "attn-rt/Prefill.h"

#include "KernelRunner.h"

#include <algorithm>
#include <cmath>

namespace attn::rt {
namespace {

detail::VariantQuery variantQuery(const DecodeProblem &p) {
  return detail::makeVariantQuery(p, KvFormat::Paged);
}

/// Why decode run cannot launch `k` (ragged KV, a parameter it cannot bind), or ok.
Status checkRunnable(const KernelEntry &k) {
  if (k.role == KernelRole::Attention && k.variant.kv_format != KvFormat::Paged)
    return makeError(StatusCode::Mismatch,
                     "kernel '%s' reads %s KV; decode run supports paged KV only",
                     k.name.c_str(), kvFormatName(k.variant.kv_format));
  return detail::checkParamsBindable(k);
}

} // namespace

Status resolveDecodeSmScale(const KernelEntry &attention, float requested, int32_t head_dim,
                            float *out) {
  // The scale is compiled into current kernels (variant.sm_scale); a different one asked for
  // at run time would be silently ignored, so it is an error instead.
  const KernelVariant &var = attention.variant;
  // NaN compares false with everything, so without this it would select the compiled scale
  // like a value <= 0 does.
  if (!std::isfinite(requested))
    return makeError(StatusCode::InvalidArgument,
                     "sm_scale (%g) must be finite (<= 0 selects the kernel's scale)",
                     double(requested));
  if (requested > 0.0f && var.has_sm_scale &&
      std::fabs(requested - var.sm_scale) > 1e-5f * var.sm_scale)
    return makeError(StatusCode::Mismatch,
                     "sm_scale (%g) differs from the scale kernel '%s' was compiled for (%g)",
                     double(requested), attention.name.c_str(), double(var.sm_scale));
  *out = var.has_sm_scale  ? var.sm_scale
         : requested > 0.f ? requested
                           : 1.0f / std::sqrt(float(std::max(head_dim, 1)));
  return Status::ok();
}

Status checkDecodeVariant(const KernelEntry &kernel, const DecodeProblem &p) {
  ATTN_RT_RETURN_IF_ERROR(detail::checkFamilyAndRole(kernel, abi::kFamilyDecode));
  if (kernel.variant.kv_format != KvFormat::Paged)
    return checkRunnable(kernel);
  ATTN_RT_RETURN_IF_ERROR(detail::checkVariantFields(kernel, variantQuery(p)));
  return checkRunnable(kernel);
}

Status selectDecodeKernels(const BundleManifest &m, const DecodeProblem &problem,
                           const std::string &kernel_name, int *attention_index,
                           int *merge_index) {
  return detail::selectAttentionAndMerge(
      m, abi::kFamilyDecode, kernel_name,
      detail::describeVariantQuery(variantQuery(problem), /*with_kv_format=*/false),
      [&](const KernelEntry &k) { return checkDecodeVariant(k, problem); }, attention_index,
      merge_index);
}

struct DecodeAttention::Impl : detail::AttentionState<DecodeProblem, DecodeSchedulerConfig,
                                                      DecodeWorkspaceLayout, DecodePlan> {
  Status create(const DecodeOptions &options);
  Status createTensorCore(const DecodeOptions &options);
  Status planTensorCore(const DecodePlanInput &input, StreamHandle stream);
  Status runTensorCore(const DecodeRunArgs &args, StreamHandle stream);

  /// The tensor-core kernel's prefill, or null on the CUDA-core decode kernel.
  std::unique_ptr<PrefillAttention> tensorCore;
  std::vector<int32_t> qoIndptr; ///< arange(0 .. batch), the host copy plan passes
};

namespace {
PrefillProblem asPrefillProblem(const DecodeProblem &p) {
  PrefillProblem q;
  detail::copyProblemShape(p, q);
  q.kv_format = KvFormat::Paged;
  q.want_lse = p.want_lse;
  return q;
}
} // namespace

Status selectDecodeStepKernels(const BundleManifest &m, const DecodeProblem &problem,
                               const std::string &kernel_name, int *attention_index,
                               int *merge_index, bool *tensor_core) {
  *tensor_core = false;
  Status selected = selectDecodeKernels(m, problem, kernel_name, attention_index, merge_index);
  if (selected.isOk())
    return selected;
  // No decode kernel: a paged prefill kernel of the problem serves decode steps on tensor
  // cores (the decode kernel's error is the one to report when none does either).
  if (!selectPrefillKernels(m, asPrefillProblem(problem), kernel_name, attention_index,
                            merge_index)
           .isOk())
    return selected;
  *tensor_core = true;
  return Status::ok();
}

Status DecodeAttention::Impl::createTensorCore(const DecodeOptions &o) {
  PrefillOptions po;
  static_cast<AttentionOptions &>(po) = o;
  po.max_qo_tokens = o.max_batch;
  po.one_query_per_request = true;
  ATTN_RT_RETURN_IF_ERROR(
      PrefillAttention::create(*bundle, asPrefillProblem(problem), po, &tensorCore));
  qoIndptr.reserve(size_t(o.max_batch) + 1);
  return Status::ok();
}

Status DecodeAttention::Impl::planTensorCore(const DecodePlanInput &in, StreamHandle stream) {
  planned = false;
  if (!in.kv_indptr)
    return makeError(StatusCode::InvalidArgument, "kv_indptr is null");
  if (in.batch_size < 0 || in.batch_size > int32_t(qoIndptr.capacity()) - 1)
    return makeError(in.batch_size < 0 ? StatusCode::InvalidArgument : StatusCode::CapacityExceeded,
                     "batch_size (%d) is out of range [0, max_batch (%d)]", in.batch_size,
                     int32_t(qoIndptr.capacity()) - 1);
  ATTN_RT_RETURN_IF_ERROR(checkDecodeKvIndices(in));
  qoIndptr.resize(size_t(in.batch_size) + 1);
  for (int32_t b = 0; b <= in.batch_size; ++b)
    qoIndptr[size_t(b)] = b;
  PrefillPlanInput p;
  p.batch_size = in.batch_size;
  p.qo_indptr = qoIndptr.data();
  p.kv_indptr = in.kv_indptr;
  p.kv_last_page_len = in.kv_last_page_len;
  ATTN_RT_RETURN_IF_ERROR(tensorCore->plan(p, stream));
  // The decode view of the plan (plan info).
  const PrefillPlan &pp = tensorCore->currentPlan();
  static_cast<PlanCounts &>(plan) = pp;
  plan.num_partials = pp.num_partial_rows;
  planned = true;
  return Status::ok();
}

Status DecodeAttention::Impl::runTensorCore(const DecodeRunArgs &a, StreamHandle stream) {
  ATTN_RT_RETURN_IF_ERROR(checkPlanned());
  float scale = 0.0f;
  ATTN_RT_RETURN_IF_ERROR(
      resolveDecodeSmScale(tensorCore->attentionKernel(), a.sm_scale, problem.head_dim, &scale));
  PrefillRunArgs p;
  p.q = a.q;
  p.qo_indptr = 0; // the workspace's arange
  p.k = a.k_cache;
  p.v = a.v_cache;
  p.kv_indptr = a.kv_indptr;
  p.kv_indices = a.kv_indices;
  p.kv_last_page_len = a.kv_last_page_len;
  p.o = a.o;
  p.lse = a.lse;
  p.kv_page_stride = a.kv_page_stride;
  return tensorCore->run(p, stream);
}

Status DecodeAttention::Impl::create(const DecodeOptions &o) {
  if (o.max_batch < 1 || o.max_batch > kMaxScheduleCapacity)
    return makeError(StatusCode::InvalidArgument, "max_batch (%d) is out of range [1, %d]",
                     o.max_batch, kMaxScheduleCapacity);
  if (o.max_work < 0 || o.max_work > kMaxScheduleCapacity)
    return makeError(StatusCode::InvalidArgument, "max_work (%d) is out of range [0, %d]",
                     o.max_work, kMaxScheduleCapacity);
  ATTN_RT_RETURN_IF_ERROR(runner.init(*bundle, attnIndex, mergeIndex, o.device));

  sched.page_size = problem.page_size;
  sched.num_qo_heads = problem.num_qo_heads;
  sched.num_kv_heads = problem.num_kv_heads;
  sched.head_dim = problem.head_dim;
  sched.num_sms = runner.numSms();
  sched.ctas_per_sm = runner.ctasPerSm();
  sched.tile_kv = runner.attentionKernel().tile.tile_kv;
  sched.min_chunk_tokens = o.min_chunk_tokens;
  sched.max_batch = o.max_batch;
  int64_t oneWave = int64_t(sched.num_sms) * sched.ctas_per_sm / problem.num_kv_heads;
  // By default leave room for the scheduler's multi-wave plans (skewed batches), not just one
  // wave: the partial-output scratch grows by num_qo_heads * head_dim floats per item.
  sched.max_work = o.max_work > 0 ? o.max_work
                                  : int32_t(std::min<int64_t>(
                                        std::max<int64_t>(o.max_batch, oneWave * sched.max_waves),
                                        kMaxScheduleCapacity));
  sched.graph_mode = o.graph_mode;
  sched.split_kv = mergeIndex >= 0;
  ATTN_RT_RETURN_IF_ERROR(validateDecodeSchedulerConfig(sched));
  ATTN_RT_RETURN_IF_ERROR(computeDecodeWorkspaceLayout(sched.max_batch, sched.max_work,
                                                       problem.num_qo_heads, problem.head_dim,
                                                       &layout));
  return allocateWorkspaces(
      o, formatString("max_batch=%d max_work=%d", sched.max_batch, sched.max_work));
}

DecodeAttention::DecodeAttention() : impl_(new Impl) {}

DecodeAttention::~DecodeAttention() = default;

Status DecodeAttention::create(Bundle &bundle, const DecodeProblem &problem,
                               const DecodeOptions &options,
                               std::unique_ptr<DecodeAttention> *out) {
  // Pure-host checks come first so that they report the same way with or without a GPU.
  int attnIndex = -1, mergeIndex = -1;
  bool tensorCore = false;
  ATTN_RT_RETURN_IF_ERROR(selectDecodeStepKernels(bundle.manifest(), problem,
                                                  options.kernel_name, &attnIndex, &mergeIndex,
                                                  &tensorCore));
  if (tensorCore)
    mergeIndex = -1; // the prefill object selects its own merge kernel
  std::unique_ptr<DecodeAttention> d(new DecodeAttention);
  d->impl_->assign(bundle, problem, attnIndex, mergeIndex);
  if (tensorCore) {
    if (options.max_batch < 1 || options.max_batch > kMaxScheduleCapacity)
      return makeError(StatusCode::InvalidArgument, "max_batch (%d) is out of range [1, %d]",
                       options.max_batch, kMaxScheduleCapacity);
    ATTN_RT_RETURN_IF_ERROR(d->impl_->createTensorCore(options));
    *out = std::move(d);
    return Status::ok();
  }
  ATTN_RT_RETURN_IF_ERROR(d->impl_->create(options)); // ~DecodeAttention releases partial state
  *out = std::move(d);
  return Status::ok();
}

Status DecodeAttention::plan(const DecodePlanInput &input, StreamHandle stream) {
  if (impl_->tensorCore)
    return impl_->planTensorCore(input, stream);
  return impl_->planWith(input, stream, planDecode, serializeDecodePlan);
}

Status DecodeAttention::run(const DecodeRunArgs &a, StreamHandle stream) {
  Impl &s = *impl_;
  if (s.tensorCore)
    return s.runTensorCore(a, stream);
  ATTN_RT_RETURN_IF_ERROR(s.checkPlanned());
  const KernelEntry &ak = s.runner.attentionKernel();
  ATTN_RT_RETURN_IF_ERROR(detail::checkNonNull({{abi::decode::kQ, a.q},
                                                {abi::decode::kKCache, a.k_cache},
                                                {abi::decode::kVCache, a.v_cache},
                                                {abi::decode::kKvIndptr, a.kv_indptr},
                                                {abi::decode::kKvIndices, a.kv_indices},
                                                {abi::decode::kO, a.o}}));
  if (!a.kv_last_page_len && ak.findParam(abi::decode::kKvLastPageLen) >= 0)
    return makeError(StatusCode::InvalidArgument,
                     "kv_last_page_len is null but kernel '%s' reads it", ak.name.c_str());
  ATTN_RT_RETURN_IF_ERROR(detail::checkAligned({{abi::decode::kQ, a.q},
                                                {abi::decode::kKCache, a.k_cache},
                                                {abi::decode::kVCache, a.v_cache},
                                                {abi::decode::kO, a.o}},
                                               detail::kTensorAlignBytes));
  ATTN_RT_RETURN_IF_ERROR(detail::checkAligned({{abi::decode::kKvIndptr, a.kv_indptr},
                                                {abi::decode::kKvIndices, a.kv_indices},
                                                {abi::decode::kKvLastPageLen, a.kv_last_page_len},
                                                {abi::decode::kLse, a.lse}},
                                               detail::kElementAlignBytes));
  ATTN_RT_RETURN_IF_ERROR(s.checkLse(a.lse));
  detail::SlotValues v;
  ATTN_RT_RETURN_IF_ERROR(
      resolveDecodeSmScale(ak, a.sm_scale, s.problem.head_dim, &v.sm_scale));

  using namespace detail;
  s.bindCommonSlots(a, &v);
  // Decode's query rows come from the workspace: qo_indptr = arange(0..max_batch).
  v.ptr[kSlotQoIndptr] = s.runner.intWorkspace() + s.layout.qo_indptr_word * sizeof(int32_t);
  v.ptr[kSlotKCache] = a.k_cache;
  v.ptr[kSlotVCache] = a.v_cache;
  ATTN_RT_RETURN_IF_ERROR(resolveKvPageStride(ak, a.kv_page_stride, s.problem, &v.kv_page_stride));
  return s.launch(v, stream, /*heads_fastest=*/false);
}

const DecodePlan &DecodeAttention::currentPlan() const { return impl_->plan; }
const DecodeSchedulerConfig &DecodeAttention::schedulerConfig() const { return impl_->sched; }
const DecodeWorkspaceLayout &DecodeAttention::workspaceLayout() const { return impl_->layout; }
const KernelEntry &DecodeAttention::attentionKernel() const {
  return impl_->tensorCore ? impl_->tensorCore->attentionKernel() : impl_->runner.attentionKernel();
}
bool DecodeAttention::hasMergeKernel() const {
  return impl_->tensorCore ? impl_->tensorCore->hasMergeKernel() : impl_->runner.hasMerge();
}
const KernelEntry &DecodeAttention::mergeKernel() const {
  return impl_->tensorCore ? impl_->tensorCore->mergeKernel() : impl_->runner.mergeKernelOrEmpty();
}
bool DecodeAttention::usesTensorCoreKernel() const { return impl_->tensorCore != nullptr; }

} // namespace attn::rt
