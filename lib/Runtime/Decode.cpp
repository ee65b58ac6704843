//===- Decode.cpp - batch decode attention: kernel selection, plan, run ---===//
//
// Arguments are bound by name: at create, each manifest parameter of the attention and
// merge kernels is mapped to a Slot; run fills one array of slot values and passes
// pointers into it to cuLaunchKernel in manifest order. run touches only kernel launches,
// so it can be captured in a CUDA Graph; in graph mode the grids depend only on capacities.
//
//===----------------------------------------------------------------------===//
#include "attn-rt/Decode.h"

#include "DriverApi.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace attn::rt {
namespace {

/// Device workspaces passed in by the caller must be aligned like cuMemAlloc memory would
/// be for the int4/float4 accesses kernels make.
constexpr uint64_t kWorkspaceAlignBytes = 16;

/// Every value a decode kernel parameter can be bound to.
enum Slot : uint8_t {
  kSlotQ,
  kSlotQoIndptr,
  kSlotKCache,
  kSlotVCache,
  kSlotKvIndptr,
  kSlotKvIndices,
  kSlotKvLastPageLen,
  kSlotWorkRequest,
  kSlotWorkKvBegin,
  kSlotWorkKvEnd,
  kSlotWorkPartial,
  kSlotNumWork,
  kSlotO,
  kSlotLse,
  kSlotTmpO,
  kSlotTmpLse,
  kSlotMergeIndptr,
  kSlotNumRows,
  kSlotSmScale, // the only f32 slot
  kNumSlots,
};

struct SlotName {
  const char *name;
  Slot slot;
};
constexpr SlotName kSlotNames[] = {
    {abi::decode::kQ, kSlotQ},
    {abi::decode::kQoIndptr, kSlotQoIndptr},
    {abi::decode::kKCache, kSlotKCache},
    {abi::decode::kVCache, kSlotVCache},
    {abi::decode::kKvIndptr, kSlotKvIndptr},
    {abi::decode::kKvIndices, kSlotKvIndices},
    {abi::decode::kKvLastPageLen, kSlotKvLastPageLen},
    {abi::decode::kWorkRequest, kSlotWorkRequest},
    {abi::decode::kWorkKvBegin, kSlotWorkKvBegin},
    {abi::decode::kWorkKvEnd, kSlotWorkKvEnd},
    {abi::decode::kWorkPartial, kSlotWorkPartial},
    {abi::decode::kNumWork, kSlotNumWork},
    {abi::decode::kO, kSlotO},
    {abi::decode::kLse, kSlotLse},
    {abi::decode::kTmpO, kSlotTmpO},
    {abi::decode::kTmpLse, kSlotTmpLse},
    {abi::decode::kMergeIndptr, kSlotMergeIndptr},
    {abi::decode::kNumRows, kSlotNumRows},
    {abi::decode::kSmScale, kSlotSmScale},
};

} // namespace

Status resolveDecodeSmScale(const KernelEntry &attention, float requested, int32_t head_dim,
                            float *out) {
  // The scale is compiled into current kernels (variant.sm_scale); a different one asked for
  // at run time would be silently ignored, so it is an error instead.
  const KernelVariant &var = attention.variant;
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

int32_t mergeHeadsPerCta(const KernelEntry &merge) {
  return int32_t(std::max<int64_t>(1, merge.tile.get("heads_per_cta", 1)));
}

namespace {

/// Why decode run cannot launch `k` (a parameter it cannot bind, ragged KV), or ok.
Status checkRunnable(const KernelEntry &k) {
  if (k.role == KernelRole::Attention && k.variant.kv_format != KvFormat::Paged)
    return makeError(StatusCode::Mismatch,
                     "kernel '%s' reads %s KV; decode run supports paged KV only",
                     k.name.c_str(), kvFormatName(k.variant.kv_format));
  const abi::ParamSpec *specs = k.role == KernelRole::Attention ? abi::decode::kAttentionParams
                                                                : abi::decode::kMergeParams;
  size_t n = k.role == KernelRole::Attention ? abi::decode::kNumAttentionParams
                                             : abi::decode::kNumMergeParams;
  for (const KernelParam &p : k.params)
    for (size_t i = 0; i < n; ++i)
      if (p.name == specs[i].name && !specs[i].decode_run)
        return makeError(StatusCode::Mismatch,
                         "kernel '%s' takes parameter '%s', which decode run cannot bind yet "
                         "(variant mask=%s alibi=%s rope=%s)",
                         k.name.c_str(), p.name.c_str(), maskKindName(k.variant.mask),
                         k.variant.alibi ? "true" : "false", ropeKindName(k.variant.rope));
  return Status::ok();
}

/// Maps a kernel's parameter list (already ABI-checked by the manifest parser) to slots.
Status bindSlots(const KernelEntry &k, std::vector<Slot> *slots) {
  slots->clear();
  for (const KernelParam &p : k.params) {
    const SlotName *found = nullptr;
    for (const SlotName &s : kSlotNames)
      if (p.name == s.name)
        found = &s;
    if (!found)
      return makeError(StatusCode::Mismatch, "kernel '%s': parameter '%s' cannot be bound",
                       k.name.c_str(), p.name.c_str());
    slots->push_back(found->slot);
  }
  return Status::ok();
}

std::string describe(const DecodeProblem &p) {
  return formatString("num_qo_heads=%d num_kv_heads=%d head_dim=%d page_size=%d layout=%s "
                      "dtype=%s kv_dtype=%s%s",
                      p.num_qo_heads, p.num_kv_heads, p.head_dim, p.page_size,
                      kvLayoutName(p.layout), dtypeName(p.dtype), dtypeName(p.kv_dtype),
                      p.want_lse ? " lse" : "");
}

Status checkMergeVariant(const KernelEntry &merge, const KernelEntry &attention) {
  const KernelVariant &m = merge.variant, &a = attention.variant;
  auto mismatch = [&](const char *field, std::string mv, std::string av) {
    return makeError(StatusCode::Mismatch,
                     "merge kernel '%s' has %s %s, attention kernel '%s' has %s",
                     merge.name.c_str(), field, mv.c_str(), attention.name.c_str(), av.c_str());
  };
  if (m.num_qo_heads != a.num_qo_heads)
    return mismatch("num_qo_heads", std::to_string(m.num_qo_heads),
                    std::to_string(a.num_qo_heads));
  if (m.head_dim != a.head_dim)
    return mismatch("head_dim", std::to_string(m.head_dim), std::to_string(a.head_dim));
  if (m.dtype != a.dtype)
    return mismatch("dtype", dtypeName(m.dtype), dtypeName(a.dtype));
  return Status::ok();
}

/// Makes `ctx` current for a scope when it is not already (restores on exit).
class ScopedContext {
public:
  ScopedContext(const detail::DriverApi &drv, CUcontext ctx) : drv_(drv), ctx_(ctx) {}
  Status enter() {
    CUcontext cur = nullptr;
    ATTN_CU_CHECK(drv_, cuCtxGetCurrent, (&cur), "%s", "");
    if (cur == ctx_)
      return Status::ok();
    ATTN_CU_CHECK(drv_, cuCtxPushCurrent, (ctx_), "context=%p", (void *)ctx_);
    pushed_ = true;
    return Status::ok();
  }
  ~ScopedContext() { (void)leave(); }

private:
  Status leave() {
    if (!pushed_)
      return Status::ok();
    pushed_ = false;
    CUcontext popped = nullptr;
    ATTN_CU_CHECK(drv_, cuCtxPopCurrent, (&popped), "%s", "");
    return Status::ok();
  }
  const detail::DriverApi &drv_;
  CUcontext ctx_;
  bool pushed_ = false;
};

} // namespace

Status checkDecodeVariant(const KernelEntry &kernel, const DecodeProblem &p) {
  const KernelVariant &v = kernel.variant;
  auto mismatch = [&](const char *field, std::string kv, std::string pv) {
    return makeError(StatusCode::Mismatch, "kernel '%s' has %s %s, the call has %s",
                     kernel.name.c_str(), field, kv.c_str(), pv.c_str());
  };
  if (kernel.family != abi::kFamilyDecode || kernel.role != KernelRole::Attention)
    return makeError(StatusCode::Mismatch,
                     "kernel '%s' is a %s %s kernel, expected a decode attention kernel",
                     kernel.name.c_str(), kernel.family.c_str(), kernelRoleName(kernel.role));
  if (v.kv_format != KvFormat::Paged)
    return checkRunnable(kernel);
  if (v.num_qo_heads != p.num_qo_heads)
    return mismatch("num_qo_heads", std::to_string(v.num_qo_heads),
                    std::to_string(p.num_qo_heads));
  if (v.num_kv_heads != p.num_kv_heads)
    return mismatch("num_kv_heads", std::to_string(v.num_kv_heads),
                    std::to_string(p.num_kv_heads));
  if (v.head_dim != p.head_dim)
    return mismatch("head_dim", std::to_string(v.head_dim), std::to_string(p.head_dim));
  if (v.page_size != p.page_size)
    return mismatch("page_size", std::to_string(v.page_size), std::to_string(p.page_size));
  if (v.layout != p.layout)
    return mismatch("layout", kvLayoutName(v.layout), kvLayoutName(p.layout));
  if (v.dtype != p.dtype)
    return mismatch("dtype", dtypeName(v.dtype), dtypeName(p.dtype));
  if (v.kv_dtype != p.kv_dtype)
    return mismatch("kv_dtype", dtypeName(v.kv_dtype), dtypeName(p.kv_dtype));
  if (p.want_lse && kernel.findParam(abi::decode::kLse) < 0)
    return makeError(StatusCode::Mismatch,
                     "kernel '%s' does not write lse (return_lse false), the call wants it",
                     kernel.name.c_str());
  return checkRunnable(kernel);
}

Status selectDecodeKernels(const BundleManifest &m, const DecodeProblem &problem,
                           const std::string &kernel_name, int *attention_index,
                           int *merge_index) {
  int attn = -1;
  if (!kernel_name.empty()) {
    attn = m.findKernel(kernel_name);
    if (attn < 0)
      return makeError(StatusCode::NotFound, "bundle has no kernel named '%s'",
                       kernel_name.c_str());
    ATTN_RT_RETURN_IF_ERROR(checkDecodeVariant(m.kernels[size_t(attn)], problem));
  } else {
    // Every candidate's mismatch goes into the message: with several variants in a bundle
    // the caller sees which field kept each one out.
    constexpr int kMaxListed = 4;
    std::string mismatches;
    int numMismatches = 0;
    for (size_t i = 0; i < m.kernels.size() && attn < 0; ++i) {
      const KernelEntry &k = m.kernels[i];
      if (k.family != abi::kFamilyDecode || k.role != KernelRole::Attention)
        continue;
      Status st = checkDecodeVariant(k, problem);
      if (st.isOk()) {
        attn = int(i);
      } else if (numMismatches++ < kMaxListed) {
        mismatches += (mismatches.empty() ? "" : "; ") + st.message();
      }
    }
    if (numMismatches > kMaxListed)
      mismatches += formatString("; %d more", numMismatches - kMaxListed);
    if (attn < 0)
      return makeError(StatusCode::NotFound, "no decode attention kernel matches %s%s%s%s",
                       describe(problem).c_str(), mismatches.empty() ? " (bundle has none)" : "",
                       mismatches.empty() ? "" : " (", mismatches.empty() ? ""
                                                        : (mismatches + ")").c_str());
  }
  const KernelEntry &a = m.kernels[size_t(attn)];
  // A kernel without split-KV partial states never needs a merge.
  if (a.findParam(abi::decode::kTmpO) < 0) {
    *attention_index = attn;
    *merge_index = -1;
    return Status::ok();
  }
  int merge = -1;
  static constexpr std::string_view kAttentionSuffix = "_attention";
  std::string pairedName;
  if (a.name.size() > kAttentionSuffix.size() &&
      std::string_view(a.name).substr(a.name.size() - kAttentionSuffix.size()) ==
          kAttentionSuffix)
    pairedName = a.name.substr(0, a.name.size() - kAttentionSuffix.size()) + "_merge";
  if (!a.merge_kernel.empty()) {
    merge = m.findKernel(a.merge_kernel); // existence and role checked by the parser
  } else if (!pairedName.empty()) {
    // The compiler's convention: one gpu.module per family holds <f>_attention and <f>_merge.
    merge = m.findKernel(pairedName);
    if (merge < 0 || m.kernels[size_t(merge)].role != KernelRole::Merge)
      return makeError(StatusCode::NotFound,
                       "attention kernel '%s' writes split-KV partials but the bundle has no "
                       "merge kernel '%s'",
                       a.name.c_str(), pairedName.c_str());
  } else {
    for (size_t i = 0; i < m.kernels.size() && merge < 0; ++i) {
      const KernelEntry &k = m.kernels[i];
      if (k.family == a.family && k.role == KernelRole::Merge &&
          checkMergeVariant(k, a).isOk())
        merge = int(i);
    }
    if (merge < 0)
      return makeError(StatusCode::NotFound,
                       "no %s merge kernel for attention kernel '%s' (num_qo_heads=%d "
                       "head_dim=%d dtype=%s)",
                       a.family.c_str(), a.name.c_str(), a.variant.num_qo_heads,
                       a.variant.head_dim, dtypeName(a.variant.dtype));
  }
  const KernelEntry &mk = m.kernels[size_t(merge)];
  ATTN_RT_RETURN_IF_ERROR(checkMergeVariant(mk, a));
  ATTN_RT_RETURN_IF_ERROR(checkRunnable(mk));
  if (a.findParam(abi::decode::kLse) >= 0 && mk.findParam(abi::decode::kLse) < 0)
    return makeError(StatusCode::Mismatch,
                     "attention kernel '%s' writes lse but its merge kernel '%s' does not",
                     a.name.c_str(), mk.name.c_str());
  *attention_index = attn;
  *merge_index = merge;
  return Status::ok();
}

struct DecodeAttention::Impl {
  const detail::DriverApi *drv = nullptr;
  Bundle *bundle = nullptr;
  DecodeProblem problem;
  int attnIndex = -1, mergeIndex = -1;
  LoadedKernel attn, merge;
  std::vector<Slot> attnSlots, mergeSlots;
  CUcontext context = nullptr;
  DecodeSchedulerConfig sched;
  DecodeWorkspaceLayout layout;
  DevicePtr intWs = 0, floatWs = 0;
  bool ownsIntWs = false, ownsFloatWs = false;
  int32_t *staging = nullptr;
  CUevent copyDone = nullptr;
  bool copyPending = false;
  DecodePlan plan;
  bool planned = false;
  /// The merge kernel waits on griddepcontrol (manifest tile "pdl" = 1), so it may be launched
  /// as a programmatic dependent of the attention kernel.
  bool programmaticMerge = false;

  Status create(const DecodeOptions &options);
  Status release();
};

Status DecodeAttention::Impl::create(const DecodeOptions &o) {
  const detail::DriverApi &d = *drv;
  const BundleManifest &m = bundle->manifest();
  ATTN_RT_RETURN_IF_ERROR(selectDecodeKernels(m, problem, o.kernel_name, &attnIndex, &mergeIndex));
  const KernelEntry &ak = m.kernels[size_t(attnIndex)];
  ATTN_RT_RETURN_IF_ERROR(bindSlots(ak, &attnSlots));
  if (mergeIndex >= 0)
    ATTN_RT_RETURN_IF_ERROR(bindSlots(m.kernels[size_t(mergeIndex)], &mergeSlots));
  if (o.max_batch < 1 || o.max_batch > kMaxScheduleCapacity)
    return makeError(StatusCode::InvalidArgument, "max_batch (%d) is out of range [1, %d]",
                     o.max_batch, kMaxScheduleCapacity);
  if (o.max_work < 0 || o.max_work > kMaxScheduleCapacity)
    return makeError(StatusCode::InvalidArgument, "max_work (%d) is out of range [0, %d]",
                     o.max_work, kMaxScheduleCapacity);

  // Context: the caller's, else the device's primary context (retained for the process).
  ATTN_CU_CHECK(d, cuCtxGetCurrent, (&context), "%s", "");
  if (!context) {
    CUdevice dev = 0;
    ATTN_CU_CHECK(d, cuDeviceGet, (&dev, o.device), "ordinal=%d", o.device);
    ATTN_CU_CHECK(d, cuDevicePrimaryCtxRetain, (&context, dev), "device=%d", o.device);
    ATTN_CU_CHECK(d, cuCtxSetCurrent, (context), "context=%p", (void *)context);
  }
  ATTN_RT_RETURN_IF_ERROR(bundle->getKernel(attnIndex, &attn));
  if (mergeIndex >= 0) {
    ATTN_RT_RETURN_IF_ERROR(bundle->getKernel(mergeIndex, &merge));
    programmaticMerge = bundle->manifest().kernels[size_t(mergeIndex)].tile.get("pdl", 0) != 0;
  }

  // Device facts for the scheduler.
  int numSms = 0, ctasPerSm = 0;
  CUdevice dev = CUdevice(attn.device);
  ATTN_CU_CHECK(d, cuDeviceGetAttribute, (&numSms, CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT, dev),
                "attribute=MULTIPROCESSOR_COUNT, device=%d", attn.device);
  const int threads = ak.block[0] * ak.block[1] * ak.block[2];
  ATTN_CU_CHECK(d, cuOccupancyMaxActiveBlocksPerMultiprocessor,
                (&ctasPerSm, CUfunction(attn.function), threads, size_t(ak.dynamic_smem)),
                "kernel='%s', block_threads=%d, dynamic_smem=%d", ak.name.c_str(), threads,
                ak.dynamic_smem);
  if (ctasPerSm < 1)
    return makeError(StatusCode::Mismatch,
                     "kernel '%s' cannot run on device %d: occupancy is 0 with %d threads and "
                     "%d bytes of dynamic shared memory",
                     ak.name.c_str(), attn.device, threads, ak.dynamic_smem);

  sched.page_size = problem.page_size;
  sched.num_qo_heads = problem.num_qo_heads;
  sched.num_kv_heads = problem.num_kv_heads;
  sched.head_dim = problem.head_dim;
  sched.num_sms = numSms;
  sched.ctas_per_sm = ctasPerSm;
  sched.tile_kv = ak.tile.tile_kv;
  sched.min_chunk_tokens = o.min_chunk_tokens;
  sched.max_batch = o.max_batch;
  int64_t oneWave = int64_t(numSms) * ctasPerSm / problem.num_kv_heads;
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

  // Workspaces: the caller's (size- and alignment-checked) or our own.
  auto adopt = [&](const char *name, DevicePtr ptr, size_t bytes, size_t need, DevicePtr *dst,
                   bool *owns) -> Status {
    if (ptr) {
      if (bytes < need)
        return makeError(StatusCode::CapacityExceeded,
                         "%s_bytes (%zu) is smaller than the %zu bytes that max_batch=%d "
                         "max_work=%d need",
                         name, bytes, need, sched.max_batch, sched.max_work);
      if (ptr % kWorkspaceAlignBytes != 0)
        return makeError(StatusCode::InvalidArgument, "%s (0x%llx) is not %llu-byte aligned",
                         name, (unsigned long long)ptr,
                         (unsigned long long)kWorkspaceAlignBytes);
      *dst = ptr;
      return Status::ok();
    }
    CUdeviceptr p = 0;
    ATTN_CU_CHECK(d, cuMemAlloc, (&p, need), "%s, bytes=%zu", name, need);
    *dst = DevicePtr(p);
    *owns = true;
    return Status::ok();
  };
  ATTN_RT_RETURN_IF_ERROR(adopt("int_workspace", o.int_workspace, o.int_workspace_bytes,
                                layout.intBytes(), &intWs, &ownsIntWs));
  ATTN_RT_RETURN_IF_ERROR(adopt("float_workspace", o.float_workspace, o.float_workspace_bytes,
                                layout.float_bytes, &floatWs, &ownsFloatWs));
  void *host = nullptr;
  ATTN_CU_CHECK(d, cuMemAllocHost, (&host, layout.intBytes()), "staging, bytes=%zu",
                layout.intBytes());
  staging = static_cast<int32_t *>(host);
  std::memset(staging, 0, layout.intBytes());
  ATTN_CU_CHECK(d, cuEventCreate, (&copyDone, CU_EVENT_DISABLE_TIMING), "flags=%s",
                "CU_EVENT_DISABLE_TIMING");
  return Status::ok();
}

Status DecodeAttention::Impl::release() {
  if (!drv || !context)
    return Status::ok();
  const detail::DriverApi &d = *drv;
  ScopedContext scope(d, context);
  ATTN_RT_RETURN_IF_ERROR(scope.enter());
  Status result;
  auto keep = [&](Status st) {
    if (result.isOk())
      result = std::move(st);
  };
  keep([&]() -> Status {
    if (copyDone)
      ATTN_CU_CHECK(d, cuEventSynchronize, (copyDone), "event=%p", (void *)copyDone);
    return Status::ok();
  }());
  keep([&]() -> Status {
    if (copyDone)
      ATTN_CU_CHECK(d, cuEventDestroy, (copyDone), "event=%p", (void *)copyDone);
    copyDone = nullptr;
    return Status::ok();
  }());
  keep([&]() -> Status {
    if (staging)
      ATTN_CU_CHECK(d, cuMemFreeHost, (staging), "ptr=%p", (void *)staging);
    staging = nullptr;
    return Status::ok();
  }());
  keep([&]() -> Status {
    if (ownsIntWs && intWs)
      ATTN_CU_CHECK(d, cuMemFree, (CUdeviceptr(intWs)), "int_workspace=0x%llx",
                    (unsigned long long)intWs);
    intWs = 0;
    return Status::ok();
  }());
  keep([&]() -> Status {
    if (ownsFloatWs && floatWs)
      ATTN_CU_CHECK(d, cuMemFree, (CUdeviceptr(floatWs)), "float_workspace=0x%llx",
                    (unsigned long long)floatWs);
    floatWs = 0;
    return Status::ok();
  }());
  return result;
}

DecodeAttention::DecodeAttention() : impl_(new Impl) {}

DecodeAttention::~DecodeAttention() {
  // Nobody to report to: a failed free leaks rather than aborts.
  (void)impl_->release();
}

Status DecodeAttention::create(Bundle &bundle, const DecodeProblem &problem,
                               const DecodeOptions &options,
                               std::unique_ptr<DecodeAttention> *out) {
  // Pure-host checks come first so that they report the same way with or without a GPU.
  int attnIndex = -1, mergeIndex = -1;
  ATTN_RT_RETURN_IF_ERROR(selectDecodeKernels(bundle.manifest(), problem, options.kernel_name,
                                              &attnIndex, &mergeIndex));
  std::unique_ptr<DecodeAttention> d(new DecodeAttention);
  Impl &impl = *d->impl_;
  ATTN_RT_RETURN_IF_ERROR(detail::getDriver(&impl.drv));
  impl.bundle = &bundle;
  impl.problem = problem;
  ATTN_RT_RETURN_IF_ERROR(impl.create(options)); // ~DecodeAttention releases partial state
  *out = std::move(d);
  return Status::ok();
}

Status DecodeAttention::plan(const DecodePlanInput &input, StreamHandle stream) {
  Impl &s = *impl_;
  s.planned = false;
  ATTN_RT_RETURN_IF_ERROR(planDecode(s.sched, input, &s.plan));
  const detail::DriverApi &d = *s.drv;
  ScopedContext scope(d, s.context);
  ATTN_RT_RETURN_IF_ERROR(scope.enter());
  // The previous copy may still be reading the staging buffer.
  if (s.copyPending) {
    ATTN_CU_CHECK(d, cuEventSynchronize, (s.copyDone), "event=%p", (void *)s.copyDone);
    s.copyPending = false;
  }
  size_t copyWords = 0;
  ATTN_RT_RETURN_IF_ERROR(
      serializeDecodePlan(s.plan, s.layout, s.staging, s.layout.int_words, &copyWords));
  CUstream cuStream = static_cast<CUstream>(stream);
  ATTN_CU_CHECK(d, cuMemcpyHtoDAsync,
                (CUdeviceptr(s.intWs), s.staging, copyWords * sizeof(int32_t), cuStream),
                "dst=int_workspace 0x%llx, bytes=%zu, stream=%p", (unsigned long long)s.intWs,
                copyWords * sizeof(int32_t), stream);
  ATTN_CU_CHECK(d, cuEventRecord, (s.copyDone, cuStream), "stream=%p", stream);
  s.copyPending = true;
  s.planned = true;
  return Status::ok();
}

Status DecodeAttention::run(const DecodeRunArgs &a, StreamHandle stream) {
  Impl &s = *impl_;
  if (!s.planned)
    return makeError(StatusCode::NotReady, "run called without a successful plan");
  const KernelEntry &ak = s.bundle->manifest().kernels[size_t(s.attnIndex)];
  const KernelEntry *mk =
      s.mergeIndex >= 0 ? &s.bundle->manifest().kernels[size_t(s.mergeIndex)] : nullptr;
  struct Required {
    const char *name;
    DevicePtr value;
  };
  const Required required[] = {{"q", a.q},
                               {"k_cache", a.k_cache},
                               {"v_cache", a.v_cache},
                               {"kv_indptr", a.kv_indptr},
                               {"kv_indices", a.kv_indices},
                               {"o", a.o}};
  for (const Required &r : required)
    if (!r.value)
      return makeError(StatusCode::InvalidArgument, "%s is null", r.name);
  if (!a.kv_last_page_len && ak.findParam(abi::decode::kKvLastPageLen) >= 0)
    return makeError(StatusCode::InvalidArgument,
                     "kv_last_page_len is null but kernel '%s' reads it", ak.name.c_str());
  if (a.lse && ak.findParam(abi::decode::kLse) < 0)
    return makeError(StatusCode::Mismatch, "lse was requested but kernel '%s' does not write it",
                     ak.name.c_str());
  if (a.lse && mk && mk->findParam(abi::decode::kLse) < 0)
    return makeError(StatusCode::Mismatch,
                     "lse was requested but merge kernel '%s' does not write it",
                     mk->name.c_str());
  float smScale = 0.0f;
  ATTN_RT_RETURN_IF_ERROR(resolveDecodeSmScale(ak, a.sm_scale, s.problem.head_dim, &smScale));

  const DecodeWorkspaceLayout &l = s.layout;
  const uint64_t iw = s.intWs, fw = s.floatWs;
  uint64_t ptr[kNumSlots] = {};
  ptr[kSlotQ] = a.q;
  ptr[kSlotQoIndptr] = iw + 4 * l.qo_indptr_word;
  ptr[kSlotKCache] = a.k_cache;
  ptr[kSlotVCache] = a.v_cache;
  ptr[kSlotKvIndptr] = a.kv_indptr;
  ptr[kSlotKvIndices] = a.kv_indices;
  ptr[kSlotKvLastPageLen] = a.kv_last_page_len;
  ptr[kSlotWorkRequest] = iw + 4 * l.work_request_word;
  ptr[kSlotWorkKvBegin] = iw + 4 * l.work_kv_begin_word;
  ptr[kSlotWorkKvEnd] = iw + 4 * l.work_kv_end_word;
  ptr[kSlotWorkPartial] = iw + 4 * l.work_partial_word;
  ptr[kSlotNumWork] = iw + 4 * kWordNumWork;
  ptr[kSlotO] = a.o;
  ptr[kSlotLse] = a.lse;
  ptr[kSlotTmpO] = fw + l.tmp_o_byte;
  ptr[kSlotTmpLse] = fw + l.tmp_lse_byte;
  ptr[kSlotMergeIndptr] = iw + 4 * l.merge_indptr_word;
  ptr[kSlotNumRows] = iw + 4 * kWordNumRows;

  auto fill = [&](const std::vector<Slot> &slots, void **args) {
    for (size_t i = 0; i < slots.size(); ++i)
      args[i] = slots[i] == kSlotSmScale ? static_cast<void *>(&smScale)
                                         : static_cast<void *>(&ptr[slots[i]]);
  };
  const detail::DriverApi &d = *s.drv;
  ScopedContext scope(d, s.context);
  ATTN_RT_RETURN_IF_ERROR(scope.enter());
  CUstream cuStream = static_cast<CUstream>(stream);
  void *args[kMaxKernelParams];
  if (s.plan.grid_work > 0) {
    // grid (work slots, Hkv): CTAs past *num_work exit.
    fill(s.attnSlots, args);
    const unsigned gx = unsigned(s.plan.grid_work), gy = unsigned(s.problem.num_kv_heads);
    ATTN_CU_CHECK(d, cuLaunchKernel,
                  (CUfunction(s.attn.function), gx, gy, 1, unsigned(ak.block[0]),
                   unsigned(ak.block[1]), unsigned(ak.block[2]), unsigned(ak.dynamic_smem),
                   cuStream, args, nullptr),
                  "kernel='%s', grid=(%u, %u, 1), block=(%d, %d, %d), dynamic_smem=%d, "
                  "stream=%p",
                  ak.name.c_str(), gx, gy, ak.block[0], ak.block[1], ak.block[2],
                  ak.dynamic_smem, stream);
  }
  if (mk && s.plan.needs_merge && s.plan.grid_rows > 0) {
    // grid (row slots, Hq / heads_per_cta): rows past *num_rows exit, rows with an empty
    // merge_indptr range were written by the attention kernel and stay untouched.
    fill(s.mergeSlots, args);
    const unsigned gx = unsigned(s.plan.grid_rows),
                   gy = unsigned(s.problem.num_qo_heads / mergeHeadsPerCta(*mk));
#if ATTN_RT_HAVE_CUDA_H
    // Programmatic dependent launch (sm_90+): the merge kernel may be scheduled while the
    // attention kernel drains (its CTAs signal griddepcontrol.launch_dependents) and waits in
    // griddepcontrol.wait until the attention grid's writes are visible, which hides the
    // launch gap between the two. Kernels for older targets contain neither instruction.
    if (d.cuLaunchKernelEx && s.plan.grid_work > 0 && s.programmaticMerge) {
      CUlaunchAttribute attr{};
      attr.id = CU_LAUNCH_ATTRIBUTE_PROGRAMMATIC_STREAM_SERIALIZATION;
      attr.value.programmaticStreamSerializationAllowed = 1;
      CUlaunchConfig launch{};
      launch.gridDimX = gx;
      launch.gridDimY = gy;
      launch.gridDimZ = 1;
      launch.blockDimX = unsigned(mk->block[0]);
      launch.blockDimY = unsigned(mk->block[1]);
      launch.blockDimZ = unsigned(mk->block[2]);
      launch.sharedMemBytes = unsigned(mk->dynamic_smem);
      launch.hStream = cuStream;
      launch.attrs = &attr;
      launch.numAttrs = 1;
      ATTN_CU_CHECK(d, cuLaunchKernelEx,
                    (&launch, CUfunction(s.merge.function), args, nullptr),
                    "kernel='%s', grid=(%u, %u, 1), block=(%d, %d, %d), dynamic_smem=%d, "
                    "stream=%p, programmatic stream serialization",
                    mk->name.c_str(), gx, gy, mk->block[0], mk->block[1], mk->block[2],
                    mk->dynamic_smem, stream);
      return Status::ok();
    }
#endif
    ATTN_CU_CHECK(d, cuLaunchKernel,
                  (CUfunction(s.merge.function), gx, gy, 1, unsigned(mk->block[0]),
                   unsigned(mk->block[1]), unsigned(mk->block[2]), unsigned(mk->dynamic_smem),
                   cuStream, args, nullptr),
                  "kernel='%s', grid=(%u, %u, 1), block=(%d, %d, %d), dynamic_smem=%d, "
                  "stream=%p",
                  mk->name.c_str(), gx, gy, mk->block[0], mk->block[1], mk->block[2],
                  mk->dynamic_smem, stream);
  }
  return Status::ok();
}

const DecodePlan &DecodeAttention::currentPlan() const { return impl_->plan; }
const DecodeSchedulerConfig &DecodeAttention::schedulerConfig() const { return impl_->sched; }
const DecodeWorkspaceLayout &DecodeAttention::workspaceLayout() const { return impl_->layout; }
const KernelEntry &DecodeAttention::attentionKernel() const {
  return impl_->bundle->manifest().kernels[size_t(impl_->attnIndex)];
}
bool DecodeAttention::hasMergeKernel() const { return impl_->mergeIndex >= 0; }
const KernelEntry &DecodeAttention::mergeKernel() const {
  static const KernelEntry kNone;
  return impl_->mergeIndex >= 0 ? impl_->bundle->manifest().kernels[size_t(impl_->mergeIndex)]
                                : kNone;
}

} // namespace attn::rt
