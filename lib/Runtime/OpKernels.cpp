//===- OpKernels.cpp - AppendPagedKV, ApplyRope, MergeAttentionStates ----===//
//
// The standalone op kernels have no plan: create selects and loads one kernel, run checks the
// arguments on the host and makes one cuLaunchKernel call. Both kernels stride over their
// work, so the grid only has to be large enough to fill the device; it is sized from the row
// count and capped at kCtasPerSm waves of the SM count.
//
//===----------------------------------------------------------------------===//
#include "attn-rt/AppendKV.h"
#include "attn-rt/Merge.h"
#include "attn-rt/Rope.h"
#include "attn-rt/Sampling.h"

#include "DriverApi.h"
#include "KernelRunner.h"
#include "OpArgs.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <iterator>
#include <limits>
#include <string>
#include <tuple>
#include <vector>

namespace attn::rt {
namespace {

/// Grid cap per SM: 256-thread CTAs, 8 resident per SM on sm_80 / sm_90, times 4 so that the
/// memory system always has another wave of loads queued.
constexpr uint32_t kCtasPerSm = 32;
constexpr int64_t kElementBytes = 2; // bf16 / f16

std::string fmtFloat(double v) { return formatString("%g", v); }

Status mismatch(const KernelEntry &k, const char *field, const std::string &have,
                const std::string &want) {
  return makeError(StatusCode::Mismatch, "kernel '%s' has %s %s, the call has %s",
                   k.name.c_str(), field, have.c_str(), want.c_str());
}

Status checkFamily(const KernelEntry &k, const char *family) {
  if (k.family != family || k.role != KernelRole::Kernel)
    return makeError(StatusCode::Mismatch,
                     "kernel '%s' is of family %s (role %s), not a standalone %s kernel",
                     k.name.c_str(), k.family.c_str(), kernelRoleName(k.role), family);
  return Status::ok();
}

bool sameFloat(double a, double b) { return std::fabs(a - b) <= 1e-6 * std::max(1.0, std::fabs(b)); }

std::string fieldText(int32_t x) { return std::to_string(x); }
std::string fieldText(bool b) { return b ? "true" : "false"; }
std::string fieldText(DType t) { return dtypeName(t); }
std::string fieldText(KvLayout l) { return kvLayoutName(l); }
std::string fieldText(MergeForm f) { return mergeFormName(f); }
std::string fieldText(RopeKind r) { return ropeKindName(r); }
std::string fieldText(SamplingInput i) { return samplingInputName(i); }
std::string fieldText(SamplingMode m) { return samplingModeName(m); }

/// Compares a kernel's variant with a call's problem field by field, in order; the first
/// field that differs is the Mismatch error ("kernel 'k' has <key> <have>, the call has
/// <want>"), and later fields are not compared.
class VariantFields {
public:
  explicit VariantFields(const KernelEntry &k) : k(k) {}

  /// An exact field (int, bool or enum), printed with fieldText.
  template <typename T> VariantFields &same(const char *key, T have, T want) {
    if (status.isOk() && have != want)
      status = mismatch(k, key, fieldText(have), fieldText(want));
    return *this;
  }
  /// A float field, equal to within sameFloat's tolerance.
  VariantFields &close(const char *key, double have, double want) {
    if (status.isOk() && !sameFloat(have, want))
      status = mismatch(k, key, fmtFloat(have), fmtFloat(want));
    return *this;
  }
  Status result() { return std::move(status); }

private:
  const KernelEntry &k;
  Status status;
};

std::string describe(const AppendKVProblem &p);
std::string describe(const RopeProblem &p);
std::string describe(const MergeProblem &p);
std::string describe(const SamplingProblem &p);
std::string describe(const SpeculativeSamplingProblem &p);

/// After `checkProblem(p)`: the kernel named `name` (checked, its family and role too), or
/// the first of `family` whose variant `checkVariant` accepts.
template <typename Problem>
Status selectOpKernel(const BundleManifest &m, const char *family, const Problem &p,
                      const std::string &name, Status (*checkProblem)(const Problem &),
                      Status (*checkVariant)(const KernelEntry &, const Problem &), int *index) {
  ATTN_RT_RETURN_IF_ERROR(checkProblem(p));
  return detail::selectKernel(
      m, family, KernelRole::Kernel, name, describe(p),
      [&](const KernelEntry &k) {
        ATTN_RT_RETURN_IF_ERROR(checkFamily(k, family));
        return checkVariant(k, p);
      },
      index);
}

/// CTAs of the kernel's thread-block cluster (its tile.cluster; 1 when absent).
int64_t kernelCluster(const KernelEntry &k) {
  return std::max<int64_t>(1, k.tile.get(abi::key::kCluster, 1));
}

/// Elements per vector access of the kernel (its tile.vec; 8 = 16 bytes when absent).
int64_t kernelVec(const KernelEntry &k) {
  return std::max<int64_t>(1, k.tile.get(abi::key::kVec, 8));
}

struct NamedPtr {
  const char *name;
  DevicePtr value;
};

/// InvalidArgument when the row buffer `p` is null or not aligned to the kernel's vector
/// access of `elementBytes`-byte elements.
Status checkRowBuffer(const KernelEntry &k, const NamedPtr &p, int64_t elementBytes) {
  const uint64_t align = uint64_t(kernelVec(k) * elementBytes);
  if (!p.value)
    return makeError(StatusCode::InvalidArgument, "%s is null", p.name);
  if (p.value % align != 0)
    return makeError(StatusCode::InvalidArgument,
                     "%s (0x%llx) is not %llu-byte aligned (kernel '%s' moves %lld elements "
                     "per access)",
                     p.name, (unsigned long long)p.value, (unsigned long long)align, k.name.c_str(),
                     (long long)kernelVec(k));
  return Status::ok();
}

/// InvalidArgument for the first null or misaligned pointer, or a negative row count. Row
/// buffers hold `elementBytes`-byte elements; index buffers (and f32 s buffers) are 4-byte
/// aligned.
Status checkRowBuffers(const KernelEntry &k, int32_t numRows,
                       std::initializer_list<NamedPtr> rowBuffers,
                       std::initializer_list<NamedPtr> indexBuffers,
                       int64_t elementBytes = kElementBytes) {
  if (numRows < 0)
    return makeError(StatusCode::InvalidArgument, "num_rows (%d) must be non-negative",
                     numRows);
  for (const NamedPtr &p : rowBuffers)
    ATTN_RT_RETURN_IF_ERROR(checkRowBuffer(k, p, elementBytes));
  for (const NamedPtr &p : indexBuffers) {
    if (!p.value)
      return makeError(StatusCode::InvalidArgument, "%s is null", p.name);
    if (p.value % sizeof(int32_t) != 0)
      return makeError(StatusCode::InvalidArgument, "%s (0x%llx) is not 4-byte aligned",
                       p.name, (unsigned long long)p.value);
  }
  return Status::ok();
}

uint32_t unitsGridSize(const KernelEntry &k, int32_t numRows, int64_t unitsPerRow,
                       uint32_t maxCtas) {
  if (numRows <= 0 || unitsPerRow <= 0)
    return 0;
  const int64_t threads = int64_t(k.block[0]) * k.block[1] * k.block[2];
  const int64_t units = int64_t(numRows) * unitsPerRow;
  const int64_t ctas = (units + threads - 1) / threads;
  return uint32_t(std::max<int64_t>(1, std::min<int64_t>(ctas, std::max<uint32_t>(1, maxCtas))));
}

/// unitsGridSize for `heads` x head_dim elements per row moved tile.vec at a time.
uint32_t headsGridSize(const KernelEntry &k, int32_t numRows, int32_t heads, uint32_t maxCtas) {
  return unitsGridSize(k, numRows, int64_t(heads) * k.variant.head_dim / kernelVec(k), maxCtas);
}

/// The binder OpLauncher::launch takes, over (ABI name, value) pairs. The pairs must outlive
/// the launch: a braced list written in the launch call does.
auto bindByName(std::initializer_list<std::pair<const char *, DevicePtr>> values) {
  return [values](const std::string &name, uint64_t *v) {
    for (auto [n, value] : values)
      if (name == n) {
        *v = value;
        return true;
      }
    return false;
  };
}

/// The scalar kernel arguments a run passes besides num_rows: merge_states' count of states,
/// sampling's vocabulary size (0 where the op has none), append_kv's page stride,
/// speculative sampling's draft count.
struct RunScalars {
  int32_t numStates = 0;
  int32_t vocab = 0;
  int32_t kvPageStride = 0;
  int32_t numSpec = 0;
  int32_t advanceOffset = 0;
};
template <typename Args> RunScalars runScalars(const KernelEntry &, const Args &) { return {}; }
RunScalars runScalars(const KernelEntry &, const MergeArgs &a) { return {a.num_states, 0}; }
RunScalars runScalars(const KernelEntry &, const SamplingArgs &a) {
  RunScalars scalars;
  scalars.vocab = a.vocab;
  scalars.advanceOffset = a.advance_offset;
  return scalars;
}
RunScalars runScalars(const KernelEntry &, const SpeculativeSamplingArgs &a) {
  RunScalars scalars;
  scalars.vocab = a.vocab;
  scalars.numSpec = a.num_spec;
  scalars.advanceOffset = a.advance_offset;
  return scalars;
}

/// advance_offset: 0 or 1, and 1 only for a kernel that takes it (sample kernels compiled
/// before the parameter existed, and the renorm / mask ones, draw nothing to advance).
Status checkAdvanceOffset(const KernelEntry &k, int32_t advance) {
  if (advance != 0 && advance != 1)
    return makeError(StatusCode::InvalidArgument, "advance_offset (%d) must be 0 or 1", advance);
  if (advance && k.findParam(abi::sample::kAdvanceOffset) < 0)
    return makeError(StatusCode::InvalidArgument,
                     "advance_offset is 1 but kernel '%s' has no advance_offset parameter (a "
                     "renorm or mask kernel, or one compiled without it): advance seed_offset[1] "
                     "after the call instead",
                     k.name.c_str());
  return Status::ok();
}

/// The page shape of an append_kv kernel's cache (AppendPagedKV::checkArgs has checked
/// the stride against it).
AttentionShape appendCacheShape(const KernelEntry &k) {
  AttentionShape shape;
  shape.num_kv_heads = k.variant.num_kv_heads;
  shape.head_dim = k.variant.head_dim;
  shape.page_size = k.variant.page_size;
  shape.kv_dtype = k.variant.dtype;
  return shape;
}
RunScalars runScalars(const KernelEntry &k, const AppendKVArgs &a) {
  RunScalars scalars;
  (void)detail::resolveKvPageStride(k, a.kv_page_stride, appendCacheShape(k),
                                    &scalars.kvPageStride);
  return scalars;
}

/// One loaded kernel and its launch: the context (the caller's, else the device's primary
/// context, retained for the process), the SM count, and the argument values bound by name.
class OpLauncher {
public:
  Status init(Bundle &bundle, int index, int device) {
    ATTN_RT_RETURN_IF_ERROR(detail::getDriver(&drv_));
    const detail::DriverApi &d = *drv_;
    kernel_ = &bundle.manifest().kernels[size_t(index)];
    ATTN_RT_RETURN_IF_ERROR(detail::acquireContext(d, device, &context_));
    ATTN_RT_RETURN_IF_ERROR(bundle.getKernel(index, &loaded_));
    int sms = 0;
    ATTN_CU_CHECK(d, cuDeviceGetAttribute,
                  (&sms, CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT, CUdevice(loaded_.device)),
                  "attribute=MULTIPROCESSOR_COUNT, device=%d", loaded_.device);
    maxCtas_ = uint32_t(std::max(1, sms)) * kCtasPerSm;
    checkPointers_ = detail::pointerChecksRequested();
    return Status::ok();
  }

  const KernelEntry &kernel() const { return *kernel_; }
  uint32_t maxCtas() const { return maxCtas_; }

  /// Launches `grid` CTAs with the parameters `bind` yields by name (ptr values; the i32
  /// parameters num_rows from `numRows`, the others from `scalars`).
  Status launch(uint32_t grid, int32_t numRows,
                const std::function<bool(const std::string &, uint64_t *)> &bind,
                StreamHandle stream, const RunScalars &scalars = {}) {
    if (grid == 0)
      return Status::ok();
    const KernelEntry &k = *kernel_;
    std::vector<uint64_t> ptrs(k.params.size(), 0);
    int32_t rows = numRows, states = scalars.numStates, vocabSize = scalars.vocab;
    int32_t pageStride = scalars.kvPageStride, numSpec = scalars.numSpec;
    int32_t advanceOffset = scalars.advanceOffset;
    void *args[kMaxKernelParams];
    for (size_t i = 0; i < k.params.size(); ++i) {
      const KernelParam &p = k.params[i];
      if (p.kind == abi::ParamKind::I32 && p.name == abi::append_kv::kNumRows) {
        args[i] = &rows;
        continue;
      }
      if (p.kind == abi::ParamKind::I32 && p.name == abi::merge::kNumStates) {
        args[i] = &states;
        continue;
      }
      if (p.kind == abi::ParamKind::I32 && p.name == abi::sample::kVocab) {
        args[i] = &vocabSize;
        continue;
      }
      if (p.kind == abi::ParamKind::I32 && p.name == abi::append_kv::kKvPageStride) {
        args[i] = &pageStride;
        continue;
      }
      if (p.kind == abi::ParamKind::I32 && p.name == abi::spec_sample::kNumSpec) {
        args[i] = &numSpec;
        continue;
      }
      if (p.kind == abi::ParamKind::I32 && p.name == abi::sample::kAdvanceOffset) {
        args[i] = &advanceOffset;
        continue;
      }
      if (p.kind != abi::ParamKind::Ptr || !bind(p.name, &ptrs[i]))
        return makeError(StatusCode::Internal, "kernel '%s': no value for parameter '%s'",
                         k.name.c_str(), p.name.c_str());
      args[i] = &ptrs[i];
      if (checkPointers_)
        ATTN_RT_RETURN_IF_ERROR(
            detail::checkPointerDevice(*drv_, ptrs[i], p.name.c_str(), loaded_.device));
    }
    const detail::DriverApi &d = *drv_;
    // Launch in the kernel's context; restore the caller's afterwards.
    CUcontext current = nullptr;
    ATTN_CU_CHECK(d, cuCtxGetCurrent, (&current), "%s", "");
    bool pushed = false;
    if (current != context_) {
      ATTN_CU_CHECK(d, cuCtxPushCurrent, (context_), "context=%p", (void *)context_);
      pushed = true;
    }
    const char *entry = "cuLaunchKernel";
    CUresult r = launchGrid(grid, args, stream, &entry);
    if (pushed) {
      CUcontext popped = nullptr;
      (void)d.cuCtxPopCurrent(&popped);
    }
    if (r != CUDA_SUCCESS)
      return detail::driverError(
          d, entry, r,
          formatString("kernel='%s', grid=(%u, 1, 1), block=(%d, %d, %d), cluster=%lld, "
                       "num_rows=%d, stream=%p",
                       k.name.c_str(), grid, k.block[0], k.block[1], k.block[2],
                       (long long)kernelCluster(k), numRows, stream));
    return Status::ok();
  }

  /// The driver launch of `grid` CTAs: cuLaunchKernel, or for a kernel of thread-block
  /// clusters (tile.cluster > 1) cuLaunchKernelEx with the cluster dimension (capturable in
  /// a CUDA graph like any launch). `entry` names the entry point used.
  CUresult launchGrid(uint32_t grid, void **args, StreamHandle stream, const char **entry) {
    const KernelEntry &k = *kernel_;
    const detail::DriverApi &d = *drv_;
    const int64_t cluster = kernelCluster(k);
    if (cluster == 1)
      return d.cuLaunchKernel(CUfunction(loaded_.function), grid, 1, 1, unsigned(k.block[0]),
                              unsigned(k.block[1]), unsigned(k.block[2]), unsigned(k.dynamic_smem),
                              static_cast<CUstream>(stream), args, nullptr);
    *entry = "cuLaunchKernelEx";
#if ATTN_RT_HAVE_CUDA_H
    if (!d.cuLaunchKernelEx)
      return CUDA_ERROR_NOT_SUPPORTED;
    CUlaunchAttribute attr{};
    attr.id = CU_LAUNCH_ATTRIBUTE_CLUSTER_DIMENSION;
    attr.value.clusterDim.x = unsigned(cluster);
    attr.value.clusterDim.y = 1;
    attr.value.clusterDim.z = 1;
    CUlaunchConfig launch{};
    launch.gridDimX = grid;
    launch.gridDimY = 1;
    launch.gridDimZ = 1;
    launch.blockDimX = unsigned(k.block[0]);
    launch.blockDimY = unsigned(k.block[1]);
    launch.blockDimZ = unsigned(k.block[2]);
    launch.sharedMemBytes = unsigned(k.dynamic_smem);
    launch.hStream = static_cast<CUstream>(stream);
    launch.attrs = &attr;
    launch.numAttrs = 1;
    return d.cuLaunchKernelEx(&launch, CUfunction(loaded_.function), args, nullptr);
#else
    return CUresult(801); // CUDA_ERROR_NOT_SUPPORTED: built without cuda.h
#endif
  }

  /// What every standalone op's run does: `check(kernel, a)` on the host, then a launch of
  /// `grid(kernel, a.num_rows, maxCtas)` CTAs with `ptrs` bound by ABI name and the scalars
  /// of `a` by value.
  template <typename Args>
  Status checkAndLaunch(const Args &a, Status (*check)(const KernelEntry &, const Args &),
                        uint32_t (*grid)(const KernelEntry &, int32_t, uint32_t),
                        std::initializer_list<std::pair<const char *, DevicePtr>> ptrs,
                        StreamHandle stream) {
    ATTN_RT_RETURN_IF_ERROR(check(*kernel_, a));
    const RunScalars scalars = runScalars(*kernel_, a);
    return launch(grid(*kernel_, a.num_rows, maxCtas_), a.num_rows, bindByName(ptrs), stream,
                  scalars);
  }

private:
  const detail::DriverApi *drv_ = nullptr;
  const KernelEntry *kernel_ = nullptr;
  LoadedKernel loaded_;
  CUcontext context_ = nullptr;
  uint32_t maxCtas_ = 1;
  bool checkPointers_ = false;
};

/// The members every standalone op shares: its Impl is one OpLauncher; create checks `out`,
/// selects the kernel with Op::selectKernel and loads it; kernel() is the loaded kernel's
/// manifest entry; run is checkAndLaunch with the op's checkArgs, gridSize and the pointers
/// of its OpArgs.h list PTRS, bound to the parameters of KernelABI.h's namespace abi::NS.
#define ATTN_RT_DEFINE_STANDALONE_OP(Op, Problem, Options, Args, NS, PTRS)                         \
  struct Op::Impl {                                                                                \
    OpLauncher launcher;                                                                           \
  };                                                                                               \
  Op::Op() : impl_(std::make_unique<Impl>()) {}                                                    \
  Op::~Op() = default;                                                                             \
  Status Op::create(Bundle &bundle, const Problem &problem, const Options &options,                \
                    std::unique_ptr<Op> *out) {                                                    \
    if (!out)                                                                                      \
      return makeError(StatusCode::InvalidArgument, "out is null");                                \
    int index = -1;                                                                                \
    ATTN_RT_RETURN_IF_ERROR(                                                                       \
        selectKernel(bundle.manifest(), problem, options.kernel_name, &index));                    \
    std::unique_ptr<Op> object(new Op());                                                          \
    ATTN_RT_RETURN_IF_ERROR(object->impl_->launcher.init(bundle, index, options.device));          \
    *out = std::move(object);                                                                      \
    return Status::ok();                                                                           \
  }                                                                                                \
  const KernelEntry &Op::kernel() const { return impl_->launcher.kernel(); }                       \
  Status Op::run(const Args &a, StreamHandle stream) {                                             \
    namespace p = abi::NS;                                                                         \
    return impl_->launcher.checkAndLaunch(a, checkArgs, gridSize, {PTRS(ATTN_RT_BIND_PTR)},        \
                                          stream);                                                 \
  }

std::string describe(const AppendKVProblem &p) {
  return formatString("num_kv_heads=%d head_dim=%d page_size=%d layout=%s dtype=%s",
                      p.num_kv_heads, p.head_dim, p.page_size, kvLayoutName(p.layout),
                      dtypeName(p.dtype));
}

std::string describe(const RopeProblem &p) {
  std::string s = formatString(
      "num_qo_heads=%d num_kv_heads=%d head_dim=%d dtype=%s rope=%s rotary_dim=%d "
      "interleave=%s theta=%g scale=%g",
      p.num_qo_heads, p.num_kv_heads, p.head_dim, dtypeName(p.dtype), ropeKindName(p.kind),
      p.rotary_dim ? p.rotary_dim : p.head_dim, p.interleave ? "true" : "false", p.theta,
      p.scale);
  if (p.kind == RopeKind::Llama3)
    s += formatString(" factor=%g low_freq_factor=%g high_freq_factor=%g "
                      "original_max_position=%d",
                      p.factor, p.low_freq_factor, p.high_freq_factor,
                      p.original_max_position);
  return s;
}

/// InvalidArgument "<name> (<value>) must be positive" for the first field that is not.
Status checkPositive(std::initializer_list<std::pair<const char *, int32_t>> fields) {
  for (auto [name, v] : fields)
    if (v <= 0)
      return makeError(StatusCode::InvalidArgument, "%s (%d) must be positive", name, v);
  return Status::ok();
}

Status checkAppendKVProblem(const AppendKVProblem &p) {
  return checkPositive(
      {{"num_kv_heads", p.num_kv_heads}, {"head_dim", p.head_dim}, {"page_size", p.page_size}});
}

Status checkRopeProblem(const RopeProblem &p) {
  ATTN_RT_RETURN_IF_ERROR(checkPositive({{"num_qo_heads", p.num_qo_heads},
                                         {"num_kv_heads", p.num_kv_heads},
                                         {"head_dim", p.head_dim}}));
  int32_t rd = p.rotary_dim ? p.rotary_dim : p.head_dim;
  if (rd < 0 || rd % 2 != 0 || rd > p.head_dim)
    return makeError(StatusCode::InvalidArgument,
                     "rotary_dim (%d) must be even and at most head_dim (%d)", rd, p.head_dim);
  if (p.kind == RopeKind::None)
    return makeError(StatusCode::InvalidArgument, "rope kind must be llama or llama3, got none");
  if (!(p.theta > 0.0f) || !std::isfinite(p.theta) || !(p.scale > 0.0f) ||
      !std::isfinite(p.scale))
    return makeError(StatusCode::InvalidArgument,
                     "theta (%g) and scale (%g) must be positive and finite", p.theta, p.scale);
  return Status::ok();
}

} // namespace

//===----------------------------------------------------------------------===//
// AppendPagedKV
//===----------------------------------------------------------------------===//

Status AppendPagedKV::checkVariant(const KernelEntry &k, const AppendKVProblem &p) {
  ATTN_RT_RETURN_IF_ERROR(checkFamily(k, abi::kFamilyAppendKv));
  ATTN_RT_RETURN_IF_ERROR(checkAppendKVProblem(p));
  const KernelVariant &v = k.variant;
  return VariantFields(k)
      .same(abi::key::kNumKvHeads, v.num_kv_heads, p.num_kv_heads)
      .same(abi::key::kHeadDim, v.head_dim, p.head_dim)
      .same(abi::key::kPageSize, v.page_size, p.page_size)
      .same(abi::key::kLayout, v.layout, p.layout)
      .same(abi::key::kDtype, v.dtype, p.dtype)
      .result();
}

Status AppendPagedKV::selectKernel(const BundleManifest &m, const AppendKVProblem &p,
                                   const std::string &name, int *index) {
  return selectOpKernel(m, abi::kFamilyAppendKv, p, name, checkAppendKVProblem,
                        AppendPagedKV::checkVariant, index);
}

Status AppendPagedKV::checkArgs(const KernelEntry &k, const AppendKVArgs &a) {
  namespace p = abi::append_kv;
  int32_t stride = 0;
  ATTN_RT_RETURN_IF_ERROR(
      detail::resolveKvPageStride(k, a.kv_page_stride, appendCacheShape(k), &stride));
  return checkRowBuffers(k, a.num_rows, {ATTN_RT_APPEND_KV_ROW_PTRS(ATTN_RT_BIND_PTR)},
                         {ATTN_RT_APPEND_KV_INDEX_PTRS(ATTN_RT_BIND_PTR)});
}

uint32_t AppendPagedKV::gridSize(const KernelEntry &k, int32_t numRows, uint32_t maxCtas) {
  return headsGridSize(k, numRows, k.variant.num_kv_heads, maxCtas);
}

ATTN_RT_DEFINE_STANDALONE_OP(AppendPagedKV, AppendKVProblem, AppendKVOptions, AppendKVArgs,
                             append_kv, ATTN_RT_APPEND_KV_PTRS)

//===----------------------------------------------------------------------===//
// ApplyRope
//===----------------------------------------------------------------------===//

Status ApplyRope::checkVariant(const KernelEntry &k, const RopeProblem &p) {
  ATTN_RT_RETURN_IF_ERROR(checkFamily(k, abi::kFamilyRope));
  ATTN_RT_RETURN_IF_ERROR(checkRopeProblem(p));
  const KernelVariant &v = k.variant;
  int32_t rd = p.rotary_dim ? p.rotary_dim : p.head_dim;
  VariantFields fields(k);
  fields.same(abi::key::kNumQoHeads, v.num_qo_heads, p.num_qo_heads)
      .same(abi::key::kNumKvHeads, v.num_kv_heads, p.num_kv_heads)
      .same(abi::key::kHeadDim, v.head_dim, p.head_dim)
      .same(abi::key::kDtype, v.dtype, p.dtype)
      .same(abi::key::kRope, v.rope, p.kind)
      .same(abi::key::kRotaryDim, v.rotary_dim, rd)
      .same(abi::key::kRopeInterleave, v.rope_interleave, p.interleave)
      .close(abi::key::kRopeTheta, v.rope_theta, p.theta)
      .close(abi::key::kRopeScale, v.rope_scale, p.scale);
  if (p.kind == RopeKind::Llama3)
    fields.close(abi::key::kRopeFactor, v.rope_factor, p.factor)
        .close(abi::key::kRopeLowFreqFactor, v.rope_low_freq_factor, p.low_freq_factor)
        .close(abi::key::kRopeHighFreqFactor, v.rope_high_freq_factor, p.high_freq_factor)
        .same(abi::key::kRopeOriginalMaxPosition, v.rope_original_max_position,
              p.original_max_position);
  return fields.result();
}

Status ApplyRope::selectKernel(const BundleManifest &m, const RopeProblem &p,
                               const std::string &name, int *index) {
  return selectOpKernel(m, abi::kFamilyRope, p, name, checkRopeProblem, ApplyRope::checkVariant,
                        index);
}

Status ApplyRope::checkArgs(const KernelEntry &k, const RopeArgs &a) {
  namespace p = abi::rope;
  return checkRowBuffers(k, a.num_rows, {ATTN_RT_ROPE_ROW_PTRS(ATTN_RT_BIND_PTR)},
                         {ATTN_RT_ROPE_INDEX_PTRS(ATTN_RT_BIND_PTR)});
}

uint32_t ApplyRope::gridSize(const KernelEntry &k, int32_t numRows, uint32_t maxCtas) {
  const KernelVariant &v = k.variant;
  const int64_t vec = kernelVec(k);
  // Rotated units hold one vector (interleaved) or a pair of vectors (non-interleaved).
  const int64_t rotated = (v.rope_interleave ? v.rotary_dim : v.rotary_dim / 2) / vec;
  const int64_t units = rotated + (v.head_dim - v.rotary_dim) / vec;
  return unitsGridSize(k, numRows, int64_t(v.num_qo_heads + v.num_kv_heads) * units, maxCtas);
}

ATTN_RT_DEFINE_STANDALONE_OP(ApplyRope, RopeProblem, RopeOptions, RopeArgs, rope, ATTN_RT_ROPE_PTRS)

//===----------------------------------------------------------------------===//
// MergeAttentionStates
//===----------------------------------------------------------------------===//

namespace {
std::string describe(const MergeProblem &p) {
  std::string s = formatString("merge=%s num_heads=%d head_dim=%d dtype=%s state_dtype=%s "
                               "write_lse=%s",
                               mergeFormName(p.form), p.num_heads, p.head_dim,
                               dtypeName(p.dtype), dtypeName(p.state_dtype),
                               p.write_lse ? "true" : "false");
  if (p.form == MergeForm::States && p.num_states > 0)
    s += formatString(" num_states=%d", p.num_states);
  return s;
}

Status checkMergeProblem(const MergeProblem &p) {
  if (p.form != MergeForm::State && p.form != MergeForm::States)
    return makeError(StatusCode::InvalidArgument, "merge form must be state or states, got %s",
                     mergeFormName(p.form));
  ATTN_RT_RETURN_IF_ERROR(checkPositive({{"num_heads", p.num_heads}, {"head_dim", p.head_dim}}));
  if (p.num_states < 0)
    return makeError(StatusCode::InvalidArgument, "num_states (%d) must be non-negative",
                     p.num_states);
  return Status::ok();
}

int64_t dtypeBytes(DType t) { return t == DType::F32 ? 4 : 2; }

/// True when the kernel has a parameter named `name`.
bool hasParam(const KernelEntry &k, const char *name) {
  for (const KernelParam &p : k.params)
    if (p.name == name)
      return true;
  return false;
}
} // namespace

Status MergeAttentionStates::checkVariant(const KernelEntry &k, const MergeProblem &p) {
  ATTN_RT_RETURN_IF_ERROR(checkFamily(k, abi::kFamilyMerge));
  ATTN_RT_RETURN_IF_ERROR(checkMergeProblem(p));
  const KernelVariant &v = k.variant;
  VariantFields fields(k);
  fields.same(abi::key::kMerge, v.merge, p.form)
      .same(abi::key::kNumQoHeads, v.num_qo_heads, p.num_heads)
      .same(abi::key::kHeadDim, v.head_dim, p.head_dim)
      .same(abi::key::kDtype, v.dtype, p.dtype)
      .same(abi::key::kStateDtype, v.state_dtype, p.state_dtype)
      .same(abi::key::kReturnLse, v.return_lse, p.write_lse);
  if (p.form == MergeForm::States && p.num_states > 0 && v.num_states > 0)
    fields.same(abi::key::kNumStates, v.num_states, p.num_states);
  ATTN_RT_RETURN_IF_ERROR(fields.result());
  // The parameters the form binds (the manifest's family table has them all optional).
  namespace a = abi::merge;
  // Named arrays, not a conditional between two initializer lists: the arrays behind those
  // are temporaries that die at the end of the declaration, before the loop reads them.
  static constexpr const char *kPairParams[] = {a::kVA, a::kSA, a::kVB, a::kSB};
  static constexpr const char *kDenseParams[] = {a::kV, a::kS, a::kNumStates};
  const bool pair = p.form == MergeForm::State;
  const char *const *needed = pair ? kPairParams : kDenseParams;
  const size_t numNeeded = pair ? std::size(kPairParams) : std::size(kDenseParams);
  for (size_t i = 0; i < numNeeded; ++i)
    if (!hasParam(k, needed[i]))
      return makeError(StatusCode::Mismatch, "kernel '%s' (merge %s) has no parameter '%s'",
                       k.name.c_str(), mergeFormName(v.merge), needed[i]);
  if (hasParam(k, a::kSOut) != v.return_lse)
    return makeError(StatusCode::Mismatch,
                     "kernel '%s' has return_lse %s but %s parameter 's_out'", k.name.c_str(),
                     v.return_lse ? "true" : "false", v.return_lse ? "no" : "a");
  return Status::ok();
}

Status MergeAttentionStates::selectKernel(const BundleManifest &m, const MergeProblem &p,
                                          const std::string &name, int *index) {
  return selectOpKernel(m, abi::kFamilyMerge, p, name, checkMergeProblem,
                        MergeAttentionStates::checkVariant, index);
}

Status MergeAttentionStates::checkArgs(const KernelEntry &k, const MergeArgs &a) {
  const KernelVariant &v = k.variant;
  const bool pair = v.merge == MergeForm::State;
  // The other form's pointers must be left 0: a caller who fills them meant another kernel.
  for (auto [name, value, used] :
       {std::tuple<const char *, DevicePtr, bool>{abi::merge::kVA, a.v_a, pair},
        {abi::merge::kSA, a.s_a, pair},
        {abi::merge::kVB, a.v_b, pair},
        {abi::merge::kSB, a.s_b, pair},
        {abi::merge::kV, a.v, !pair},
        {abi::merge::kS, a.s, !pair}})
    if (!used && value != 0)
      return makeError(StatusCode::Mismatch, "kernel '%s' merges %s, but %s is given",
                       k.name.c_str(), pair ? "two states (v_a, s_a, v_b, s_b)" : "v, s", name);
  const bool writesS = hasParam(k, abi::merge::kSOut);
  if (!writesS && a.s_out != 0)
    return makeError(StatusCode::Mismatch, "kernel '%s' does not write s_out, but s_out is given",
                     k.name.c_str());
  if (writesS && a.s_out == 0)
    return makeError(StatusCode::InvalidArgument, "s_out is null (kernel '%s' writes s_out)",
                     k.name.c_str());
  if (writesS && (a.s_out == (pair ? a.s_a : a.s) || (pair && a.s_out == a.s_b)))
    return makeError(StatusCode::InvalidArgument,
                     "s_out (0x%llx) must not alias an input s (threads of a head read s after "
                     "another wrote s_out)",
                     (unsigned long long)a.s_out);
  if (!pair) {
    if (a.num_states < 0)
      return makeError(StatusCode::InvalidArgument, "num_states (%d) must be non-negative",
                       a.num_states);
    if (v.num_states > 0 && a.num_states != v.num_states)
      return mismatch(k, abi::key::kNumStates, std::to_string(v.num_states),
                      std::to_string(a.num_states));
  } else if (a.num_states != 0 && a.num_states != 2) {
    return makeError(StatusCode::InvalidArgument,
                     "num_states (%d) must be 0 or 2 for kernel '%s' (merge_state)",
                     a.num_states, k.name.c_str());
  }
  const int64_t inBytes = dtypeBytes(v.state_dtype), outBytes = dtypeBytes(v.dtype);
  std::initializer_list<NamedPtr> noRows = {};
  if (pair)
    ATTN_RT_RETURN_IF_ERROR(
        checkRowBuffers(k, a.num_rows, {{abi::merge::kVA, a.v_a}, {abi::merge::kVB, a.v_b}},
                        {{abi::merge::kSA, a.s_a}, {abi::merge::kSB, a.s_b}}, inBytes));
  else
    ATTN_RT_RETURN_IF_ERROR(
        checkRowBuffers(k, a.num_rows, {{abi::merge::kV, a.v}}, {{abi::merge::kS, a.s}}, inBytes));
  if (writesS)
    return checkRowBuffers(k, a.num_rows, {{abi::merge::kVOut, a.v_out}},
                           {{abi::merge::kSOut, a.s_out}}, outBytes);
  return checkRowBuffers(k, a.num_rows, {{abi::merge::kVOut, a.v_out}}, noRows, outBytes);
}

uint32_t MergeAttentionStates::gridSize(const KernelEntry &k, int32_t numRows, uint32_t maxCtas) {
  return headsGridSize(k, numRows, k.variant.num_qo_heads, maxCtas);
}

ATTN_RT_DEFINE_STANDALONE_OP(MergeAttentionStates, MergeProblem, MergeOptions, MergeArgs, merge,
                             ATTN_RT_MERGE_PTRS)

//===----------------------------------------------------------------------===//
// Sampler
//===----------------------------------------------------------------------===//

namespace {
std::string describe(const SamplingProblem &p) {
  return formatString("input=%s mode=%s dtype=%s top_k=%d%s top_p=%g%s min_p=%g%s",
                      samplingInputName(p.input), samplingModeName(p.mode), dtypeName(p.dtype),
                      p.top_k, p.top_k_per_row ? " (per row)" : "", double(p.top_p),
                      p.top_p_per_row ? " (per row)" : "", double(p.min_p),
                      p.min_p_per_row ? " (per row)" : "") +
         (p.cluster_size != 1 ? formatString(" cluster_size=%d", p.cluster_size) : "");
}

} // namespace

Status checkSamplingProblem(const SamplingProblem &p) {
  if (p.top_k < 0)
    return makeError(StatusCode::InvalidArgument, "top_k (%d) must be positive (or 0 for no top-k)",
                     p.top_k);
  // NaN fails both comparisons.
  if (!(p.top_p > 0.0f && p.top_p <= 1.0f))
    return makeError(StatusCode::InvalidArgument, "top_p (%g) must be in (0, 1]", double(p.top_p));
  if (!(p.min_p >= 0.0f && p.min_p <= 1.0f))
    return makeError(StatusCode::InvalidArgument, "min_p (%g) must be in [0, 1]", double(p.min_p));
  if ((p.top_k_per_row && p.top_k != 0) || (p.top_p_per_row && p.top_p != 1.0f) ||
      (p.min_p_per_row && p.min_p != 0.0f))
    return makeError(StatusCode::InvalidArgument, "a filter is per row or a scalar, not both (%s)",
                     describe(p).c_str());
  if (p.mode == SamplingMode::Renorm && p.input != SamplingInput::Probs)
    return makeError(StatusCode::InvalidArgument, "renorm reads probs, not logits");
  if (p.mode == SamplingMode::Mask && p.input != SamplingInput::Logits)
    return makeError(StatusCode::InvalidArgument, "mask reads logits, not probs");
  if (p.dtype != DType::F32 && p.dtype != DType::BF16)
    return makeError(StatusCode::InvalidArgument, "dtype must be f32 or bf16, got %s",
                     dtypeName(p.dtype));
  if (p.cluster_size != 1 && p.cluster_size != 8 && p.cluster_size != 16)
    return makeError(StatusCode::InvalidArgument, "cluster_size (%d) must be 1, 8 or 16",
                     p.cluster_size);
  return Status::ok();
}

Status Sampler::checkVariant(const KernelEntry &k, const SamplingProblem &p) {
  ATTN_RT_RETURN_IF_ERROR(checkFamily(k, abi::kFamilySample));
  ATTN_RT_RETURN_IF_ERROR(checkSamplingProblem(p));
  const KernelVariant &v = k.variant;
  return VariantFields(k)
      .same("input", v.sampling_input, p.input)
      .same("mode", v.sampling_mode, p.mode)
      .same("dtype", v.dtype, p.dtype)
      .same("top_k", v.top_k, p.top_k)
      .close("top_p", v.top_p, p.top_p)
      .close("min_p", v.min_p, p.min_p)
      .same("top_k_per_row", v.top_k_per_row, p.top_k_per_row)
      .same("top_p_per_row", v.top_p_per_row, p.top_p_per_row)
      .same("min_p_per_row", v.min_p_per_row, p.min_p_per_row)
      .same("cluster_size", v.cluster_size, p.cluster_size)
      .result();
}

Status Sampler::selectKernel(const BundleManifest &m, const SamplingProblem &p,
                             const std::string &name, int *index) {
  return selectOpKernel(m, abi::kFamilySample, p, name, checkSamplingProblem, Sampler::checkVariant,
                        index);
}


namespace {
/// InvalidArgument for the first null buffer or one not aligned to `align` bytes.
Status checkBuffers(const KernelEntry &k,
                    const std::vector<std::pair<NamedPtr, uint64_t>> &buffers) {
  for (const auto &[p, align] : buffers) {
    if (!p.value)
      return makeError(StatusCode::InvalidArgument, "%s is null (kernel '%s' reads it)", p.name,
                       k.name.c_str());
    if (p.value % align != 0)
      return makeError(StatusCode::InvalidArgument, "%s (0x%llx) is not %llu-byte aligned", p.name,
                       (unsigned long long)p.value, (unsigned long long)align);
  }
  return Status::ok();
}
} // namespace

Status Sampler::checkArgs(const KernelEntry &k, const SamplingArgs &a) {
  if (a.num_rows < 0)
    return makeError(StatusCode::InvalidArgument, "num_rows (%d) must be non-negative", a.num_rows);
  if (a.vocab < 1 || a.vocab > kMaxSamplingVocab)
    return makeError(StatusCode::InvalidArgument, "vocab (%d) must be in [1, %d]", a.vocab,
                     kMaxSamplingVocab);
  if (int64_t(a.num_rows) * a.vocab > int64_t(std::numeric_limits<int32_t>::max()))
    return makeError(StatusCode::InvalidArgument,
                     "num_rows * vocab (%lld) exceeds 2^31 - 1 elements",
                     (long long)(int64_t(a.num_rows) * a.vocab));
  if (int64_t(a.num_rows) * kernelCluster(k) > int64_t(std::numeric_limits<int32_t>::max()))
    return makeError(StatusCode::InvalidArgument,
                     "num_rows * cluster (%lld) exceeds 2^31 - 1 CTAs (kernel '%s')",
                     (long long)(int64_t(a.num_rows) * kernelCluster(k)), k.name.c_str());
  ATTN_RT_RETURN_IF_ERROR(checkAdvanceOffset(k, a.advance_offset));
  const KernelVariant &v = k.variant;
  const int64_t elementBytes = v.dtype == DType::F32 ? 4 : 2;
  const bool sample = v.sampling_mode == SamplingMode::Sample;
  // Rows are read 16 bytes at a time when vocab allows: the buffers must start aligned.
  std::vector<NamedPtr> rows = {{"input", a.input}};
  if (!sample)
    rows.push_back({"out", a.out});
  for (const NamedPtr &p : rows)
    ATTN_RT_RETURN_IF_ERROR(checkRowBuffer(k, p, elementBytes));
  std::vector<std::pair<NamedPtr, uint64_t>> small;
  if (sample) {
    small.push_back({{"out", a.out}, 4});
    small.push_back({{"seed_offset", a.seed_offset}, 8});
  }
  if (v.top_k_per_row)
    small.push_back({{"top_k", a.top_k}, 4});
  if (v.top_p_per_row)
    small.push_back({{"top_p", a.top_p}, 4});
  if (v.min_p_per_row)
    small.push_back({{"min_p", a.min_p}, 4});
  return checkBuffers(k, small);
}

ATTN_RT_DEFINE_STANDALONE_OP(Sampler, SamplingProblem, SamplingOptions, SamplingArgs, sample,
                             ATTN_RT_SAMPLER_PTRS)

/// One CTA per row, or one cluster of tile.cluster CTAs (checkArgs bounds num_rows * vocab,
/// so the product stays far below 2^31).
uint32_t Sampler::gridSize(const KernelEntry &k, int32_t numRows, uint32_t) {
  return uint32_t(std::max(0, numRows)) * uint32_t(kernelCluster(k));
}

//===----------------------------------------------------------------------===//
// ChainSpeculativeSampler
//===----------------------------------------------------------------------===//

namespace {
std::string describe(const SpeculativeSamplingProblem &p) {
  return formatString("dtype=%s", dtypeName(p.dtype));
}

} // namespace

Status checkSpeculativeSamplingProblem(const SpeculativeSamplingProblem &p) {
  if (p.dtype != DType::F32 && p.dtype != DType::BF16)
    return makeError(StatusCode::InvalidArgument, "dtype must be f32 or bf16, got %s",
                     dtypeName(p.dtype));
  return Status::ok();
}

Status ChainSpeculativeSampler::checkVariant(const KernelEntry &k,
                                             const SpeculativeSamplingProblem &p) {
  ATTN_RT_RETURN_IF_ERROR(checkFamily(k, abi::kFamilySpecSample));
  ATTN_RT_RETURN_IF_ERROR(checkSpeculativeSamplingProblem(p));
  return VariantFields(k).same("dtype", k.variant.dtype, p.dtype).result();
}

Status ChainSpeculativeSampler::selectKernel(const BundleManifest &m,
                                             const SpeculativeSamplingProblem &p,
                                             const std::string &name, int *index) {
  return selectOpKernel(m, abi::kFamilySpecSample, p, name, checkSpeculativeSamplingProblem,
                        ChainSpeculativeSampler::checkVariant, index);
}

Status ChainSpeculativeSampler::checkArgs(const KernelEntry &k, const SpeculativeSamplingArgs &a) {
  if (a.num_rows < 0)
    return makeError(StatusCode::InvalidArgument, "num_rows (%d) must be non-negative", a.num_rows);
  if (a.num_spec < 1)
    return makeError(StatusCode::InvalidArgument,
                     "num_spec (%d) must be positive (draft tokens per request)", a.num_spec);
  if (a.vocab < 1 || a.vocab > kMaxSamplingVocab)
    return makeError(StatusCode::InvalidArgument, "vocab (%d) must be in [1, %d]", a.vocab,
                     kMaxSamplingVocab);
  ATTN_RT_RETURN_IF_ERROR(checkAdvanceOffset(k, a.advance_offset));
  const int64_t elements = int64_t(a.num_rows) * (int64_t(a.num_spec) + 1) * a.vocab;
  if (elements > int64_t(std::numeric_limits<int32_t>::max()))
    return makeError(StatusCode::InvalidArgument,
                     "num_rows * (num_spec + 1) * vocab (%lld) exceeds 2^31 - 1 elements",
                     (long long)elements);
  const int64_t elementBytes = k.variant.dtype == DType::F32 ? 4 : 2;
  // Rows are read 16 bytes at a time when vocab allows: the buffers must start aligned.
  for (const NamedPtr &p :
       {NamedPtr{"draft_probs", a.draft_probs}, NamedPtr{"target_probs", a.target_probs}})
    ATTN_RT_RETURN_IF_ERROR(checkRowBuffer(k, p, elementBytes));
  return checkBuffers(k, {{{"draft_token_ids", a.draft_token_ids}, 4},
                          {{"seed_offset", a.seed_offset}, 8},
                          {{"out", a.out}, 4},
                          {{"accepted", a.accepted}, 4},
                          {{"emitted", a.emitted}, 4}});
}

ATTN_RT_DEFINE_STANDALONE_OP(ChainSpeculativeSampler, SpeculativeSamplingProblem,
                             SpeculativeSamplingOptions, SpeculativeSamplingArgs, spec_sample,
                             ATTN_RT_SPEC_SAMPLER_PTRS)

/// One CTA per request.
uint32_t ChainSpeculativeSampler::gridSize(const KernelEntry &, int32_t numRows, uint32_t) {
  return uint32_t(std::max(0, numRows));
}

} // namespace attn::rt
