//===- KernelRunner.cpp - kernel selection, binding, workspaces and launches ===//
#include "KernelRunner.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace attn::rt::detail {
namespace {

/// Device workspaces passed in by the caller must be aligned like cuMemAlloc memory would
/// be for the int4/float4 accesses kernels make.
constexpr uint64_t kWorkspaceAlignBytes = 16;

struct SlotName {
  const char *name;
  Slot slot;
};
constexpr SlotName kSlotNames[] = {
    {abi::decode::kQ, kSlotQ},
    {abi::decode::kQoIndptr, kSlotQoIndptr},
    {abi::decode::kKCache, kSlotKCache},
    {abi::decode::kVCache, kSlotVCache},
    {abi::decode::kK, kSlotK},
    {abi::decode::kV, kSlotV},
    {abi::decode::kKvIndptr, kSlotKvIndptr},
    {abi::decode::kKvIndices, kSlotKvIndices},
    {abi::decode::kKvLastPageLen, kSlotKvLastPageLen},
    {abi::decode::kCustomMask, kSlotCustomMask},
    {abi::decode::kMaskIndptr, kSlotMaskIndptr},
    {abi::decode::kBlockIndptr, kSlotBlockIndptr},
    {abi::decode::kBlockIndices, kSlotBlockIndices},
    {abi::decode::kAlibiSlopes, kSlotAlibiSlopes},
    {abi::decode::kRopeOffsets, kSlotRopeOffsets},
    {abi::decode::kWorkRequest, kSlotWorkRequest},
    {abi::prefill::kWorkQoTile, kSlotWorkQoTile},
    {abi::decode::kWorkKvBegin, kSlotWorkKvBegin},
    {abi::decode::kWorkKvEnd, kSlotWorkKvEnd},
    {abi::decode::kWorkPartial, kSlotWorkPartial},
    {abi::prefill::kWorkPartialStride, kSlotWorkPartialStride},
    {abi::decode::kNumWork, kSlotNumWork},
    {abi::prefill::kHeadSection, kSlotHeadSection},
    {abi::decode::kO, kSlotO},
    {abi::decode::kLse, kSlotLse},
    {abi::decode::kTmpO, kSlotTmpO},
    {abi::decode::kTmpLse, kSlotTmpLse},
    {abi::decode::kMergeIndptr, kSlotMergeIndptr},
    {abi::decode::kNumRows, kSlotNumRows},
    {abi::decode::kSmScale, kSlotSmScale},
    {abi::decode::kKvPageStride, kSlotKvPageStride},
    {abi::prefill::kKTmap, kSlotKTmap},
    {abi::prefill::kVTmap, kSlotVTmap},
};

Status mismatch(const KernelEntry &kernel, const char *field, const std::string &kernelValue,
                const std::string &callValue) {
  return makeError(StatusCode::Mismatch, "kernel '%s' has %s %s, the call has %s",
                   kernel.name.c_str(), field, kernelValue.c_str(), callValue.c_str());
}

} // namespace

//===----------------------------------------------------------------------===//
// Kernel selection
//===----------------------------------------------------------------------===//

std::string describeVariantQuery(const VariantQuery &q, bool with_kv_format) {
  std::string s = formatString("num_qo_heads=%d num_kv_heads=%d head_dim=%d", q.num_qo_heads,
                               q.num_kv_heads, q.head_dim);
  if (with_kv_format)
    s += formatString(" kv_format=%s", kvFormatName(q.kv_format));
  if (q.kv_format == KvFormat::Paged)
    s += formatString(" page_size=%d layout=%s", q.page_size, kvLayoutName(q.layout));
  s += formatString(" dtype=%s kv_dtype=%s%s", dtypeName(q.dtype), dtypeName(q.kv_dtype),
                    q.want_lse ? " lse" : "");
  return s;
}

Status resolveKvPageStride(const KernelEntry &kernel, int64_t requested,
                           const AttentionShape &shape, int32_t *out) {
  const int64_t page =
      int64_t(shape.page_size) * int64_t(shape.num_kv_heads) * int64_t(shape.head_dim);
  const int64_t elementBytes = shape.kv_dtype == DType::F32 ? 4 : 2;
  const int64_t stride = requested == 0 ? page : requested;
  if (stride < page)
    return makeError(StatusCode::InvalidArgument,
                     "kv_page_stride (%lld) must be 0 (dense) or at least one page "
                     "(page_size * num_kv_heads * head_dim = %lld elements)",
                     (long long)requested, (long long)page);
  if (stride > INT32_MAX)
    return makeError(StatusCode::InvalidArgument,
                     "kv_page_stride (%lld) is past the kernels' i32 parameter (%d)",
                     (long long)stride, INT32_MAX);
  if (stride * elementBytes % int64_t(kTensorAlignBytes) != 0)
    return makeError(StatusCode::InvalidArgument,
                     "kv_page_stride (%lld elements) must keep pages %d-byte aligned",
                     (long long)stride, int(kTensorAlignBytes));
  if (stride != page && kernel.findParam(abi::decode::kKvPageStride) < 0)
    return makeError(StatusCode::Mismatch,
                     "kv_page_stride (%lld) is not the dense page (%lld elements) but kernel "
                     "'%s' has no kv_page_stride parameter (recompile the bundle)",
                     (long long)stride, (long long)page, kernel.name.c_str());
  *out = int32_t(stride);
  return Status::ok();
}

Status checkFamilyAndRole(const KernelEntry &kernel, const char *family) {
  if (kernel.family != family || kernel.role != KernelRole::Attention)
    return makeError(StatusCode::Mismatch,
                     "kernel '%s' is a %s %s kernel, expected a %s attention kernel",
                     kernel.name.c_str(), kernel.family.c_str(), kernelRoleName(kernel.role),
                     family);
  return Status::ok();
}

Status checkVariantFields(const KernelEntry &kernel, const VariantQuery &q) {
  const KernelVariant &v = kernel.variant;
  if (v.num_qo_heads != q.num_qo_heads)
    return mismatch(kernel, abi::key::kNumQoHeads, std::to_string(v.num_qo_heads),
                    std::to_string(q.num_qo_heads));
  if (v.num_kv_heads != q.num_kv_heads)
    return mismatch(kernel, abi::key::kNumKvHeads, std::to_string(v.num_kv_heads),
                    std::to_string(q.num_kv_heads));
  if (v.head_dim != q.head_dim)
    return mismatch(kernel, abi::key::kHeadDim, std::to_string(v.head_dim),
                    std::to_string(q.head_dim));
  if (v.kv_format != q.kv_format)
    return mismatch(kernel, abi::key::kKvFormat, kvFormatName(v.kv_format),
                    kvFormatName(q.kv_format));
  if (q.kv_format == KvFormat::Paged) {
    if (v.page_size != q.page_size)
      return mismatch(kernel, abi::key::kPageSize, std::to_string(v.page_size),
                      std::to_string(q.page_size));
    if (v.layout != q.layout)
      return mismatch(kernel, abi::key::kLayout, kvLayoutName(v.layout), kvLayoutName(q.layout));
  }
  if (v.dtype != q.dtype)
    return mismatch(kernel, abi::key::kDtype, dtypeName(v.dtype), dtypeName(q.dtype));
  if (v.kv_dtype != q.kv_dtype)
    return mismatch(kernel, abi::key::kKvDtype, dtypeName(v.kv_dtype), dtypeName(q.kv_dtype));
  if (q.want_lse && kernel.findParam(abi::decode::kLse) < 0)
    return makeError(StatusCode::Mismatch,
                     "kernel '%s' does not write lse (return_lse false), the call wants it",
                     kernel.name.c_str());
  return Status::ok();
}

Status checkParamsBindable(const KernelEntry &k) {
  const abi::FamilySpec *family = abi::findFamily(k.family);
  if (!family)
    return makeError(StatusCode::Mismatch, "kernel '%s' has family '%s', which no run supports",
                     k.name.c_str(), k.family.c_str());
  const bool attention = k.role == KernelRole::Attention;
  const abi::ParamSpec *specs = attention ? family->attention_params : family->merge_params;
  const size_t n = attention ? family->num_attention_params : family->num_merge_params;
  for (const KernelParam &p : k.params)
    for (size_t i = 0; i < n; ++i)
      if (p.name == specs[i].name && !specs[i].run_binds)
        return makeError(StatusCode::Mismatch,
                         "kernel '%s' takes parameter '%s', which %s run cannot bind yet "
                         "(variant mask=%s alibi=%s rope=%s)",
                         k.name.c_str(), p.name.c_str(), family->name,
                         maskKindName(k.variant.mask), k.variant.alibi ? "true" : "false",
                         ropeKindName(k.variant.rope));
  return Status::ok();
}

Status checkMergeVariant(const KernelEntry &merge, const KernelEntry &attention) {
  const KernelVariant &m = merge.variant, &a = attention.variant;
  auto differ = [&](const char *field, const std::string &mv, const std::string &av) {
    return makeError(StatusCode::Mismatch,
                     "merge kernel '%s' has %s %s, attention kernel '%s' has %s",
                     merge.name.c_str(), field, mv.c_str(), attention.name.c_str(), av.c_str());
  };
  if (m.num_qo_heads != a.num_qo_heads)
    return differ(abi::key::kNumQoHeads, std::to_string(m.num_qo_heads),
                  std::to_string(a.num_qo_heads));
  if (m.head_dim != a.head_dim)
    return differ(abi::key::kHeadDim, std::to_string(m.head_dim), std::to_string(a.head_dim));
  if (m.dtype != a.dtype)
    return differ(abi::key::kDtype, dtypeName(m.dtype), dtypeName(a.dtype));
  return Status::ok();
}

Status selectAttentionKernel(const BundleManifest &m, const char *family,
                             const std::string &kernel_name, const std::string &problem,
                             const std::function<Status(const KernelEntry &)> &check,
                             int *index) {
  return selectKernel(m, family, KernelRole::Attention, kernel_name, problem, check, index);
}

Status selectKernel(const BundleManifest &m, const char *family, KernelRole role,
                    const std::string &kernel_name, const std::string &problem,
                    const std::function<Status(const KernelEntry &)> &check, int *index) {
  if (!kernel_name.empty()) {
    int named = m.findKernel(kernel_name);
    if (named < 0)
      return makeError(StatusCode::NotFound, "bundle has no kernel named '%s'",
                       kernel_name.c_str());
    ATTN_RT_RETURN_IF_ERROR(check(m.kernels[size_t(named)]));
    *index = named;
    return Status::ok();
  }
  // Every candidate's mismatch goes into the message: with several variants in a bundle the
  // caller sees which field kept each one out.
  constexpr int kMaxListed = 4;
  std::string mismatches;
  int numMismatches = 0;
  for (size_t i = 0; i < m.kernels.size(); ++i) {
    const KernelEntry &k = m.kernels[i];
    if (k.family != family || k.role != role)
      continue;
    Status st = check(k);
    if (st.isOk()) {
      *index = int(i);
      return Status::ok();
    }
    if (numMismatches++ < kMaxListed)
      mismatches += (mismatches.empty() ? "" : "; ") + st.message();
  }
  if (numMismatches > kMaxListed)
    mismatches += formatString("; %d more", numMismatches - kMaxListed);
  // Standalone op kernels (role "kernel") are named by their family alone.
  std::string what = role == KernelRole::Kernel
                         ? std::string(family)
                         : std::string(family) + " " + kernelRoleName(role);
  return makeError(StatusCode::NotFound, "no %s kernel matches %s%s", what.c_str(),
                   problem.c_str(),
                   mismatches.empty() ? " (bundle has none)" : (" (" + mismatches + ")").c_str());
}

Status selectAttentionAndMerge(const BundleManifest &m, const char *family,
                               const std::string &kernel_name, const std::string &problem,
                               const std::function<Status(const KernelEntry &)> &check,
                               int *attention_index, int *merge_index) {
  int attn = -1, merge = -1;
  ATTN_RT_RETURN_IF_ERROR(selectAttentionKernel(m, family, kernel_name, problem, check, &attn));
  ATTN_RT_RETURN_IF_ERROR(selectMergeKernel(m, attn, &merge));
  *attention_index = attn;
  *merge_index = merge;
  return Status::ok();
}

Status selectMergeKernel(const BundleManifest &m, int attention, int *merge_index) {
  const KernelEntry &a = m.kernels[size_t(attention)];
  // A kernel without split-KV partial states never needs a merge.
  if (a.findParam(abi::decode::kTmpO) < 0) {
    *merge_index = -1;
    return Status::ok();
  }
  int merge = -1;
  constexpr std::string_view kAttentionSuffix = abi::kAttentionSuffix;
  std::string pairedName;
  if (a.name.size() > kAttentionSuffix.size() &&
      std::string_view(a.name).substr(a.name.size() - kAttentionSuffix.size()) ==
          kAttentionSuffix)
    pairedName = a.name.substr(0, a.name.size() - kAttentionSuffix.size()) + abi::kMergeSuffix;
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
  ATTN_RT_RETURN_IF_ERROR(checkParamsBindable(mk));
  if (a.findParam(abi::decode::kLse) >= 0 && mk.findParam(abi::decode::kLse) < 0)
    return makeError(StatusCode::Mismatch,
                     "attention kernel '%s' writes lse but its merge kernel '%s' does not",
                     a.name.c_str(), mk.name.c_str());
  *merge_index = merge;
  return Status::ok();
}

//===----------------------------------------------------------------------===//
// Argument binding
//===----------------------------------------------------------------------===//

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

Status checkNonNull(std::initializer_list<RequiredPtr> pointers) {
  for (const RequiredPtr &r : pointers)
    if (!r.value)
      return makeError(StatusCode::InvalidArgument, "%s is null", r.name);
  return Status::ok();
}

Status checkAligned(std::initializer_list<RequiredPtr> pointers, uint64_t align) {
  for (const RequiredPtr &r : pointers)
    if (r.value % align != 0)
      return makeError(StatusCode::InvalidArgument, "%s (0x%llx) is not %llu-byte aligned",
                       r.name, (unsigned long long)r.value, (unsigned long long)align);
  return Status::ok();
}

Status checkLseWritable(DevicePtr lse, const KernelEntry &attention, const KernelEntry *merge) {
  if (lse && attention.findParam(abi::decode::kLse) < 0)
    return makeError(StatusCode::Mismatch, "lse was requested but kernel '%s' does not write it",
                     attention.name.c_str());
  if (lse && merge && merge->findParam(abi::decode::kLse) < 0)
    return makeError(StatusCode::Mismatch,
                     "lse was requested but merge kernel '%s' does not write it",
                     merge->name.c_str());
  return Status::ok();
}

Status acquireContext(const DriverApi &d, int device, CUcontext *context) {
  ATTN_CU_CHECK(d, cuCtxGetCurrent, (context), "%s", "");
  if (*context)
    return Status::ok();
  CUdevice dev = 0;
  ATTN_CU_CHECK(d, cuDeviceGet, (&dev, device), "ordinal=%d", device);
  ATTN_CU_CHECK(d, cuDevicePrimaryCtxRetain, (context, dev), "device=%d", device);
  ATTN_CU_CHECK(d, cuCtxSetCurrent, (*context), "context=%p", (void *)*context);
  return Status::ok();
}

bool pointerChecksRequested() {
  const char *v = std::getenv("ATTN_RT_CHECK_POINTERS");
  return v && *v && std::strcmp(v, "0") != 0;
}

/// The testing hook `name`: a decimal integer in [min, max], or `unset` when the variable is
/// unset or empty. Anything else is an error naming the variable, with `what` it must be.
static Status envInteger(const char *name, int64_t min, int64_t max, int64_t unset,
                         const char *what, int64_t *value) {
  *value = unset;
  const char *v = std::getenv(name);
  if (!v || !*v)
    return Status::ok();
  char *end = nullptr;
  errno = 0;
  const long long n = std::strtoll(v, &end, 10);
  if (errno != 0 || *end != '\0' || n < min || n > max || !std::isdigit((unsigned char)*v))
    return makeError(StatusCode::InvalidArgument, "%s ('%s') must be %s", name, v, what);
  *value = int64_t(n);
  return Status::ok();
}

/// ATTN_RT_PERSISTENT_CTAS: at most this many CTAs for a persistent kernel (0: unset). A
/// testing hook: with a few CTAs every CTA loops over many work items, whatever the problem
/// size.
static Status persistentCtasRequested(int32_t *ctas) {
  int64_t n = 0;
  ATTN_RT_RETURN_IF_ERROR(
      envInteger(kPersistentCtasEnvVar, 1, INT32_MAX, 0,
                 "a positive integer: the most CTAs a persistent kernel launches", &n));
  *ctas = int32_t(n);
  return Status::ok();
}

/// ATTN_RT_BALANCE_SECTIONS: 0 to keep the prefill plan from balancing a persistent kernel's
/// rounds (1, empty or unset: it balances them).
static Status balanceSectionsRequested(bool *on) {
  int64_t n = 1;
  ATTN_RT_RETURN_IF_ERROR(envInteger(kBalanceSectionsEnvVar, 0, 1, 1, "0 or 1", &n));
  *on = n == 1;
  return Status::ok();
}

/// ATTN_RT_L2_BYTES: the L2 size the prefill plan sizes its sections for, in place of the
/// device's (-1: unset or empty).
static Status l2BytesRequested(int64_t *bytes) {
  return envInteger(kL2BytesEnvVar, 0, INT64_MAX, -1,
                    "a non-negative integer: the L2 bytes the prefill plan sizes its sections "
                    "for",
                    bytes);
}

Status checkPointerDevice(const DriverApi &d, DevicePtr ptr, const char *name, int device) {
  if (!ptr || device < 0)
    return Status::ok();
  int ordinal = -1;
  // Unknown pointers (CUDA_ERROR_INVALID_VALUE) are left to the kernel, as without the check.
  if (d.cuPointerGetAttribute(&ordinal, CU_POINTER_ATTRIBUTE_DEVICE_ORDINAL, CUdeviceptr(ptr)) !=
          CUDA_SUCCESS ||
      ordinal < 0 || ordinal == device)
    return Status::ok();
  return makeError(StatusCode::InvalidArgument,
                   "%s (0x%llx) is device memory of device %d, but the handle was created on "
                   "device %d",
                   name, (unsigned long long)ptr, ordinal, device);
}

Status checkLseGiven(DevicePtr lse, const KernelEntry &attention) {
  if (!lse && attention.findParam(abi::decode::kLse) >= 0)
    return makeError(StatusCode::InvalidArgument,
                     "lse is null but kernel '%s' writes it (return_lse true)",
                     attention.name.c_str());
  return Status::ok();
}

//===----------------------------------------------------------------------===//
// KernelRunner
//===----------------------------------------------------------------------===//

KernelRunner::ScopedEntry::ScopedEntry(KernelRunner &r) : runner(r) {
  status = [&]() -> Status {
    const DriverApi &d = *r.drv_;
    CUcontext cur = nullptr;
    ATTN_CU_CHECK(d, cuCtxGetCurrent, (&cur), "%s", "");
    if (cur == r.context_)
      return Status::ok();
    ATTN_CU_CHECK(d, cuCtxPushCurrent, (r.context_), "context=%p", (void *)r.context_);
    pushed = true;
    return Status::ok();
  }();
}

KernelRunner::ScopedEntry::~ScopedEntry() {
  // Restoring the caller's context cannot be reported from a destructor; a failure here
  // means the driver is already broken and the next call says so.
  if (pushed) {
    CUcontext popped = nullptr;
    (void)runner.drv_->cuCtxPopCurrent(&popped);
  }
}

Status KernelRunner::init(Bundle &bundle, int attention, int merge, int device) {
  ATTN_RT_RETURN_IF_ERROR(getDriver(&drv_));
  const DriverApi &d = *drv_;
  const BundleManifest &m = bundle.manifest();
  attnKernel_ = &m.kernels[size_t(attention)];
  mergeKernel_ = merge >= 0 ? &m.kernels[size_t(merge)] : nullptr;
  ATTN_RT_RETURN_IF_ERROR(bindSlots(*attnKernel_, &attnSlots_));
  if (mergeKernel_)
    ATTN_RT_RETURN_IF_ERROR(bindSlots(*mergeKernel_, &mergeSlots_));

  ATTN_RT_RETURN_IF_ERROR(acquireContext(d, device, &context_));
  ATTN_RT_RETURN_IF_ERROR(bundle.getKernel(attention, &attn_));
  if (mergeKernel_) {
    ATTN_RT_RETURN_IF_ERROR(bundle.getKernel(merge, &merge_));
    programmaticMerge_ = mergeKernel_->tile.get(abi::key::kPdl, 0) != 0;
  }

  // Device facts for the scheduler.
  const KernelEntry &ak = *attnKernel_;
  int sms = 0, ctas = 0;
  ATTN_CU_CHECK(d, cuDeviceGetAttribute,
                (&sms, CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT, CUdevice(attn_.device)),
                "attribute=MULTIPROCESSOR_COUNT, device=%d", attn_.device);
  const int threads = ak.block[0] * ak.block[1] * ak.block[2];
  ATTN_CU_CHECK(d, cuOccupancyMaxActiveBlocksPerMultiprocessor,
                (&ctas, CUfunction(attn_.function), threads, size_t(ak.dynamic_smem)),
                "kernel='%s', block_threads=%d, dynamic_smem=%d", ak.name.c_str(), threads,
                ak.dynamic_smem);
  if (ctas < 1)
    return makeError(StatusCode::Mismatch,
                     "kernel '%s' cannot run on device %d: occupancy is 0 with %d threads and "
                     "%d bytes of dynamic shared memory",
                     ak.name.c_str(), attn_.device, threads, ak.dynamic_smem);
  numSms_ = sms;
  ctasPerSm_ = ctas;
  // Only a kernel mapping its CTAs by head_section profits from the plan's L2 sections; the
  // others get the plan without sections and no extra driver query.
  l2Bytes_ = 0;
  if (ak.findParam(abi::prefill::kHeadSection) >= 0) {
    int l2 = 0;
    ATTN_CU_CHECK(d, cuDeviceGetAttribute,
                  (&l2, CU_DEVICE_ATTRIBUTE_L2_CACHE_SIZE, CUdevice(attn_.device)),
                  "attribute=L2_CACHE_SIZE, device=%d", attn_.device);
    l2Bytes_ = std::max(l2, 0); // a driver reporting no L2 gets the plan without sections
    int64_t requested = -1;
    ATTN_RT_RETURN_IF_ERROR(l2BytesRequested(&requested));
    if (requested >= 0)
      l2Bytes_ = requested;
  }
  checkPointers_ = pointerChecksRequested();
  persistent_ = ak.tile.get(abi::key::kPersistent, 0) == 1;
  balanceSections_ = false;
  if (persistent_) {
    ATTN_RT_RETURN_IF_ERROR(persistentCtasRequested(&persistentCtasCap_));
    ATTN_RT_RETURN_IF_ERROR(balanceSectionsRequested(&balanceSections_));
  }
  return Status::ok();
}

uint64_t KernelRunner::persistentCtas() const {
  uint64_t resident = uint64_t(numSms_) * uint64_t(ctasPerSm_);
  if (persistentCtasCap_ > 0)
    resident = std::min(resident, uint64_t(persistentCtasCap_));
  return resident;
}

int32_t KernelRunner::balanceCtas() const {
  if (!persistent_ || !balanceSections_)
    return 0;
  return int32_t(std::min<uint64_t>(persistentCtas(), uint64_t(INT32_MAX)));
}

Status KernelRunner::adopt(const WorkspaceRequest &ws, const std::string &capacities,
                           DevicePtr *dst, bool *owns) {
  if (ws.ptr) {
    if (ws.bytes < ws.need)
      return makeError(StatusCode::CapacityExceeded,
                       "%s_bytes (%zu) is smaller than the %zu bytes that %s need", ws.name,
                       ws.bytes, ws.need, capacities.c_str());
    if (ws.ptr % kWorkspaceAlignBytes != 0)
      return makeError(StatusCode::InvalidArgument, "%s (0x%llx) is not %llu-byte aligned",
                       ws.name, (unsigned long long)ws.ptr,
                       (unsigned long long)kWorkspaceAlignBytes);
    ATTN_RT_RETURN_IF_ERROR(checkPointerDevice(*drv_, ws.ptr, ws.name, attn_.device));
    *dst = ws.ptr;
    return Status::ok();
  }
  if (ws.need == 0)
    return Status::ok(); // nothing to hold (a plan layout without partial states)
  CUdeviceptr p = 0;
  ATTN_CU_CHECK(*drv_, cuMemAlloc, (&p, ws.need), "%s, bytes=%zu", ws.name, ws.need);
  *dst = DevicePtr(p);
  *owns = true;
  return Status::ok();
}

Status KernelRunner::allocate(const WorkspaceRequest &int_ws, const WorkspaceRequest &float_ws,
                              const std::string &capacities, size_t staging_words) {
  const DriverApi &d = *drv_;
  ATTN_RT_RETURN_IF_ERROR(adopt(int_ws, capacities, &intWs_, &ownsIntWs_));
  ATTN_RT_RETURN_IF_ERROR(adopt(float_ws, capacities, &floatWs_, &ownsFloatWs_));
  const size_t bytes = staging_words * sizeof(int32_t);
  void *host = nullptr;
  ATTN_CU_CHECK(d, cuMemAllocHost, (&host, bytes), "staging, bytes=%zu", bytes);
  staging_ = static_cast<int32_t *>(host);
  stagingWords_ = staging_words;
  std::memset(staging_, 0, bytes);
  ATTN_CU_CHECK(d, cuEventCreate, (&copyDone_, CU_EVENT_DISABLE_TIMING), "flags=%s",
                "CU_EVENT_DISABLE_TIMING");
  return Status::ok();
}

Status KernelRunner::waitForStaging() {
  // The previous copy may still be reading the staging buffer.
  if (copyPending_) {
    ATTN_CU_CHECK(*drv_, cuEventSynchronize, (copyDone_), "event=%p", (void *)copyDone_);
    copyPending_ = false;
  }
  return Status::ok();
}

Status KernelRunner::copyStaging(size_t copy_words, StreamHandle stream) {
  const DriverApi &d = *drv_;
  CUstream cuStream = static_cast<CUstream>(stream);
  const size_t bytes = copy_words * sizeof(int32_t);
  ATTN_CU_CHECK(d, cuMemcpyHtoDAsync, (CUdeviceptr(intWs_), staging_, bytes, cuStream),
                "dst=int_workspace 0x%llx, bytes=%zu, stream=%p", (unsigned long long)intWs_,
                bytes, stream);
  ATTN_CU_CHECK(d, cuEventRecord, (copyDone_, cuStream), "stream=%p", stream);
  copyPending_ = true;
  return Status::ok();
}

/// Where the value of `slot` lies in `values`, for cuLaunchKernel's argument array: the f32
/// scale, the i32 page stride, a tensor map (null when none was encoded) or a 64-bit pointer.
static void *slotValue(const SlotValues &values, Slot slot) {
  switch (slot) {
  case kSlotSmScale:
    return const_cast<float *>(&values.sm_scale);
  case kSlotKvPageStride:
    return const_cast<int32_t *>(&values.kv_page_stride);
  case kSlotKTmap:
    return const_cast<CUtensorMap *>(values.k_tmap);
  case kSlotVTmap:
    return const_cast<CUtensorMap *>(values.v_tmap);
  default:
    return const_cast<uint64_t *>(&values.ptr[slot]);
  }
}

/// Whether `slot` holds a device pointer (its device can be checked).
static bool isPointerSlot(Slot slot) {
  return slot != kSlotSmScale && slot != kSlotKvPageStride && slot != kSlotKTmap &&
         slot != kSlotVTmap;
}

Status KernelRunner::launch(const KernelEntry &k, const LoadedKernel &loaded,
                            const std::vector<Slot> &slots, uint32_t gx, uint32_t gy,
                            const SlotValues &values, StreamHandle stream, bool programmatic) {
  const DriverApi &d = *drv_;
  // cuLaunchKernel takes void ** but only reads the argument values.
  void *args[kMaxKernelParams];
  if (checkPointers_)
    for (size_t i = 0; i < slots.size(); ++i)
      if (isPointerSlot(slots[i]))
        ATTN_RT_RETURN_IF_ERROR(
            checkPointerDevice(d, values.ptr[slots[i]], k.params[i].name.c_str(), attn_.device));
  for (size_t i = 0; i < slots.size(); ++i) {
    args[i] = slotValue(values, slots[i]);
    // A kernel would dereference garbage through a map nobody encoded: refuse the launch.
    if (!args[i])
      return makeError(StatusCode::Internal,
                       "kernel '%s': tensor map '%s' was not encoded for this launch",
                       k.name.c_str(), k.params[i].name.c_str());
  }
  ScopedEntry scope(*this);
  ATTN_RT_RETURN_IF_ERROR(scope.status);
  CUstream cuStream = static_cast<CUstream>(stream);
#if ATTN_RT_HAVE_CUDA_H
  // Programmatic dependent launch (sm_90+): the merge kernel may be scheduled while the
  // attention kernel drains (its CTAs signal griddepcontrol.launch_dependents) and waits in
  // griddepcontrol.wait until the attention grid's writes are visible, which hides the
  // launch gap between the two. Kernels for older targets contain neither instruction.
  if (programmatic && d.cuLaunchKernelEx) {
    CUlaunchAttribute attr{};
    attr.id = CU_LAUNCH_ATTRIBUTE_PROGRAMMATIC_STREAM_SERIALIZATION;
    attr.value.programmaticStreamSerializationAllowed = 1;
    CUlaunchConfig launch{};
    launch.gridDimX = gx;
    launch.gridDimY = gy;
    launch.gridDimZ = 1;
    launch.blockDimX = unsigned(k.block[0]);
    launch.blockDimY = unsigned(k.block[1]);
    launch.blockDimZ = unsigned(k.block[2]);
    launch.sharedMemBytes = unsigned(k.dynamic_smem);
    launch.hStream = cuStream;
    launch.attrs = &attr;
    launch.numAttrs = 1;
    ATTN_CU_CHECK(d, cuLaunchKernelEx, (&launch, CUfunction(loaded.function), args, nullptr),
                  "kernel='%s', grid=(%u, %u, 1), block=(%d, %d, %d), dynamic_smem=%d, "
                  "stream=%p, programmatic stream serialization",
                  k.name.c_str(), gx, gy, k.block[0], k.block[1], k.block[2], k.dynamic_smem,
                  stream);
    return Status::ok();
  }
#else
  (void)programmatic;
#endif
  ATTN_CU_CHECK(d, cuLaunchKernel,
                (CUfunction(loaded.function), gx, gy, 1, unsigned(k.block[0]),
                 unsigned(k.block[1]), unsigned(k.block[2]), unsigned(k.dynamic_smem), cuStream,
                 args, nullptr),
                "kernel='%s', grid=(%u, %u, 1), block=(%d, %d, %d), dynamic_smem=%d, "
                "stream=%p",
                k.name.c_str(), gx, gy, k.block[0], k.block[1], k.block[2], k.dynamic_smem,
                stream);
  return Status::ok();
}

Status KernelRunner::launchAttention(uint32_t work, const SlotValues &values,
                                     StreamHandle stream, bool heads_fastest) {
  // grid (work slots, Hkv) or (Hkv, work slots): CTAs past *num_work exit.
  if (work == 0)
    return Status::ok();
  const auto heads = uint32_t(attnKernel_->variant.num_kv_heads);
  // A persistent kernel: one CTA per SM (as many as fit), each looping over the (KV head, work
  // item) pairs below Hkv x *num_work; never more CTAs than pairs of the grid's capacity.
  if (persistent_) {
    const uint64_t pairs = uint64_t(heads) * work;
    return launch(*attnKernel_, attn_, attnSlots_, uint32_t(std::min(pairs, persistentCtas())), 1u,
                  values, stream, false);
  }
  return launch(*attnKernel_, attn_, attnSlots_, heads_fastest ? heads : work,
                heads_fastest ? work : heads, values, stream, false);
}

Status KernelRunner::launchMerge(uint32_t grid_x, const SlotValues &values,
                                 StreamHandle stream, bool after_attention) {
  // grid (row slots, Hq / heads_per_cta): rows past *num_rows exit, rows with an empty
  // merge_indptr range were written by the attention kernel and stay untouched.
  if (!mergeKernel_ || grid_x == 0)
    return Status::ok();
  const uint32_t gy =
      uint32_t(mergeKernel_->variant.num_qo_heads / mergeHeadsPerCta(*mergeKernel_));
  return launch(*mergeKernel_, merge_, mergeSlots_, grid_x, gy, values, stream,
                after_attention && programmaticMerge_);
}

const KernelEntry &KernelRunner::mergeKernelOrEmpty() const {
  static const KernelEntry kNone;
  return mergeKernel_ ? *mergeKernel_ : kNone;
}

Status KernelRunner::release() {
  if (!drv_ || !context_)
    return Status::ok();
  const DriverApi &d = *drv_;
  ScopedEntry scope(*this);
  // Free even when the context could not be entered (the first error is still returned):
  // with unified addressing the driver finds each allocation's context itself, and giving
  // up here would leak every buffer.
  Status result = scope.status;
  auto keep = [&](Status st) {
    if (result.isOk())
      result = std::move(st);
  };
  keep([&]() -> Status {
    if (copyDone_)
      ATTN_CU_CHECK(d, cuEventSynchronize, (copyDone_), "event=%p", (void *)copyDone_);
    return Status::ok();
  }());
  keep([&]() -> Status {
    if (copyDone_)
      ATTN_CU_CHECK(d, cuEventDestroy, (copyDone_), "event=%p", (void *)copyDone_);
    copyDone_ = nullptr;
    return Status::ok();
  }());
  keep([&]() -> Status {
    if (staging_)
      ATTN_CU_CHECK(d, cuMemFreeHost, (staging_), "ptr=%p", (void *)staging_);
    staging_ = nullptr;
    return Status::ok();
  }());
  // A workspace is freed only when this runner allocated it (not when the caller passed it).
  auto freeWorkspace = [&](bool owns, DevicePtr &ws, const char *name) -> Status {
    if (owns && ws)
      ATTN_CU_CHECK(d, cuMemFree, (CUdeviceptr(ws)), "%s=0x%llx", name, (unsigned long long)ws);
    ws = 0;
    return Status::ok();
  };
  keep(freeWorkspace(ownsIntWs_, intWs_, "int_workspace"));
  keep(freeWorkspace(ownsFloatWs_, floatWs_, "float_workspace"));
  return result;
}

} // namespace attn::rt::detail
