//===- KernelRunner.h - what decode and prefill share between plan and launch -*- C++ -*-===//
//
// DecodeAttention and PrefillAttention differ in their scheduler, plan layout and run
// arguments; everything else is here, internal to libattn_rt:
//   * kernel selection: family / variant matching with every candidate's mismatch in the
//     message, and the attention -> merge pairing (merge_kernel, "<f>_attention" ->
//     "<f>_merge", else the first compatible merge kernel of the family);
//   * argument binding by name: every parameter of every family maps to a Slot; run fills
//     one SlotValues and the launch passes pointers into it in manifest order;
//   * KernelRunner: context (the caller's, else the device's retained primary context),
//     module loading, SM count and occupancy, device workspaces (the caller's, checked, or
//     owned), the pinned staging buffer with its one async copy per plan, and the launches
//     (the merge as a programmatic dependent when the manifest says pdl = 1).
//
//===----------------------------------------------------------------------===//
#ifndef ATTN_RT_LIB_KERNELRUNNER_H
#define ATTN_RT_LIB_KERNELRUNNER_H

#include "DriverApi.h"

#include "attn-rt/Bundle.h"
#include "attn-rt/Manifest.h"
#include "attn-rt/Prefill.h"
#include "attn-rt/Workspace.h"

#include <functional>
#include <initializer_list>
#include <string>
#include <vector>

namespace attn::rt::detail {

//===----------------------------------------------------------------------===//
// Kernel selection
//===----------------------------------------------------------------------===//

/// The shapes and types a call asks of an attention kernel's variant: exactly a prefill
/// problem's fields (a decode problem is one with paged KV).
using VariantQuery = PrefillProblem;

/// "num_qo_heads=32 num_kv_heads=8 head_dim=128 [kv_format=paged] page_size=16 layout=nhd
/// dtype=bf16 kv_dtype=bf16[ lse]" (page_size and layout only for paged KV).
std::string describeVariantQuery(const VariantQuery &q, bool with_kv_format);

/// Mismatch unless `kernel` is an attention kernel of `family`.
Status checkFamilyAndRole(const KernelEntry &kernel, const char *family);

/// Compares the variant with `q` in the order heads, head_dim, kv_format, page_size and layout
/// (paged), dtype, kv_dtype, lse; Mismatch names the first differing field ("kernel 'k' has
/// head_dim 128, the call has 64").
Status checkVariantFields(const KernelEntry &kernel, const VariantQuery &q);

/// Mismatch when the kernel takes a parameter its family's run cannot bind
/// (abi::ParamSpec::run_binds).
Status checkParamsBindable(const KernelEntry &kernel);

/// Mismatch when a merge kernel's num_qo_heads, head_dim or dtype differ from the attention
/// kernel's.
Status checkMergeVariant(const KernelEntry &merge, const KernelEntry &attention);

/// The kernel named `kernel_name` (checked with `check`), or the first kernel of `family` in
/// `role` that `check` accepts. NotFound lists the first mismatches:
/// "no <family> <role> kernel matches <problem> (kernel 'a' has ...; kernel 'b' ...)"; the
/// standalone op kernels (role kernel) say "no <family> kernel matches ...".
Status selectKernel(const BundleManifest &manifest, const char *family, KernelRole role,
                    const std::string &kernel_name, const std::string &problem,
                    const std::function<Status(const KernelEntry &)> &check, int *index);

/// selectKernel for the attention kernel of an attention family.
Status selectAttentionKernel(const BundleManifest &manifest, const char *family,
                             const std::string &kernel_name, const std::string &problem,
                             const std::function<Status(const KernelEntry &)> &check,
                             int *index);

/// The merge kernel of attention kernel `attention`: -1 when it has no split-KV partials
/// (no tmp_o); else merge_kernel, else "<f>_merge" for "<f>_attention" (required then), else
/// the first merge kernel of the same family with a compatible variant. Checks the pair.
Status selectMergeKernel(const BundleManifest &manifest, int attention, int *merge);

/// selectAttentionKernel, then that kernel's selectMergeKernel; the indices are written only
/// when both succeed.
Status selectAttentionAndMerge(const BundleManifest &manifest, const char *family,
                               const std::string &kernel_name, const std::string &problem,
                               const std::function<Status(const KernelEntry &)> &check,
                               int *attention_index, int *merge_index);

//===----------------------------------------------------------------------===//
// Argument binding
//===----------------------------------------------------------------------===//

/// Every value a kernel parameter of any family can be bound to.
enum Slot : uint8_t {
  kSlotQ,
  kSlotQoIndptr,
  kSlotKCache,
  kSlotVCache,
  kSlotK,
  kSlotV,
  kSlotKvIndptr,
  kSlotKvIndices,
  kSlotKvLastPageLen,
  kSlotCustomMask,
  kSlotMaskIndptr,
  kSlotBlockIndptr,
  kSlotBlockIndices,
  kSlotAlibiSlopes,
  kSlotRopeOffsets,
  kSlotWorkRequest,
  kSlotWorkQoTile,
  kSlotWorkKvBegin,
  kSlotWorkKvEnd,
  kSlotWorkPartial,
  kSlotWorkPartialStride,
  kSlotNumWork,
  kSlotHeadSection, // prefill only: the plan header's word kWordHeadSection
  kSlotO,
  kSlotLse,
  kSlotTmpO,
  kSlotTmpLse,
  kSlotMergeIndptr,
  kSlotNumRows,
  kSlotSmScale,      // the only f32 slot
  kSlotKvPageStride, // the only i32 slot
  kSlotKTmap,        // the tensor-map slots (kind tmap)
  kSlotVTmap,
  kNumSlots,
};

static_assert(sizeof(CUtensorMap) == abi::kTensorMapBytes &&
                  alignof(CUtensorMap) % abi::kTensorMapAlign == 0,
              "a tmap parameter is a CUtensorMap by value");

/// The values of one run: a device pointer per ptr slot, the f32 scale, the i32 page stride
/// and the tensor maps. The maps are not copied in: the launch passes a pointer to the 128
/// bytes the run keeps encoded (the driver copies parameter values at the launch, so they
/// may change for the next run). A null map is never launched (KernelRunner::launch fails).
struct SlotValues {
  uint64_t ptr[kNumSlots] = {};
  float sm_scale = 0.0f;
  int32_t kv_page_stride = 0;
  const CUtensorMap *k_tmap = nullptr;
  const CUtensorMap *v_tmap = nullptr;
};

/// The page stride (elements between consecutive pages of k_cache and of v_cache) a run binds
/// to `kernel`'s kv_page_stride: `requested`, or the dense page (page_size * num_kv_heads *
/// head_dim elements) when it is 0. InvalidArgument when it is negative, smaller than a page,
/// past INT32_MAX or not a multiple of 16 bytes (`element_bytes` each); Mismatch when it is
/// not the dense page and the kernel has no kv_page_stride parameter (bundles compiled before
/// the parameter existed read dense pools only).
Status resolveKvPageStride(const KernelEntry &kernel, int64_t requested,
                           const AttentionShape &shape, int32_t *out);

/// Maps a kernel's parameter list (already ABI-checked by the manifest parser) to slots.
Status bindSlots(const KernelEntry &kernel, std::vector<Slot> *slots);

/// The caller's null device pointers: InvalidArgument "<name> is null" for the first.
struct RequiredPtr {
  const char *name;
  DevicePtr value;
};
Status checkNonNull(std::initializer_list<RequiredPtr> pointers);

/// Alignment of the tensors the attention kernels move in 16-byte vectors (q, k, v, o: 8
/// bf16 / f16 elements per ld.global.v4 / cp.async.cg 16) and of the 4-byte element arrays
/// (i32 indices, f32 lse and slopes).
inline constexpr uint64_t kTensorAlignBytes = 16;
inline constexpr uint64_t kElementAlignBytes = 4;

/// InvalidArgument "<name> (0x...) is not <align>-byte aligned" for the first non-null
/// pointer that is not a multiple of `align`.
Status checkAligned(std::initializer_list<RequiredPtr> pointers, uint64_t align);

/// Mismatch when lse is requested (`lse` != 0) but the attention or merge kernel does not
/// write it.
Status checkLseWritable(DevicePtr lse, const KernelEntry &attention, const KernelEntry *merge);

//===----------------------------------------------------------------------===//
// KernelRunner
//===----------------------------------------------------------------------===//

/// A device workspace: the caller's (ptr != 0; size and alignment checked) or, with ptr 0,
/// allocated (when need > 0) and owned.
struct WorkspaceRequest {
  const char *name; ///< "int_workspace" / "float_workspace", for messages
  DevicePtr ptr;
  size_t bytes; ///< the caller's size
  size_t need;  ///< what the layout needs
};

class KernelRunner {
public:
  KernelRunner() = default;
  /// release(), its status dropped: nobody to report to, and a failed free leaks rather than
  /// aborts.
  ~KernelRunner() { (void)release(); }
  KernelRunner(const KernelRunner &) = delete;
  KernelRunner &operator=(const KernelRunner &) = delete;

  /// Binds slots, makes a context current (the current one, else `device`'s primary context,
  /// retained for the process), loads the kernels and reads the SM count and the attention
  /// kernel's occupancy (Mismatch when it is 0). `merge` may be -1.
  Status init(Bundle &bundle, int attention, int merge, int device);

  /// Adopts or allocates the workspaces and allocates the pinned staging buffer
  /// (`staging_words` int32) and its event. `capacities` names the sizes in messages
  /// ("max_batch=8 max_work=200").
  Status allocate(const WorkspaceRequest &int_ws, const WorkspaceRequest &float_ws,
                  const std::string &capacities, size_t staging_words);

  /// Waits until the previous copy has left the staging buffer, lets
  /// serialize(int32_t *staging, size_t staging_words, size_t *copy_words) fill it and copies
  /// the first copy_words words to the int workspace on `stream` (the plan's one copy).
  template <typename Serialize> Status stagePlan(Serialize &&serialize, StreamHandle stream) {
    ScopedEntry scope(*this);
    ATTN_RT_RETURN_IF_ERROR(scope.status);
    ATTN_RT_RETURN_IF_ERROR(waitForStaging());
    size_t copyWords = 0;
    ATTN_RT_RETURN_IF_ERROR(serialize(staging_, stagingWords_, &copyWords));
    return copyStaging(copyWords, stream);
  }

  /// Binds the slots every plan layout has (work_request, work_kv_begin, work_kv_end,
  /// work_partial, num_work, tmp_o, tmp_lse, merge_indptr, num_rows) to this runner's
  /// workspaces at `layout`'s offsets.
  void bindPlanSlots(const PlanWorkspaceLayout &layout, SlotValues *v) const {
    auto word = [&](size_t w) { return uint64_t(intWs_ + w * sizeof(int32_t)); };
    v->ptr[kSlotWorkRequest] = word(layout.work_request_word);
    v->ptr[kSlotWorkKvBegin] = word(layout.work_kv_begin_word);
    v->ptr[kSlotWorkKvEnd] = word(layout.work_kv_end_word);
    v->ptr[kSlotWorkPartial] = word(layout.work_partial_word);
    v->ptr[kSlotNumWork] = word(kWordNumWork);
    v->ptr[kSlotMergeIndptr] = word(layout.merge_indptr_word);
    v->ptr[kSlotNumRows] = word(kWordNumRows);
    v->ptr[kSlotTmpO] = floatWs_ + layout.tmp_o_byte;
    v->ptr[kSlotTmpLse] = floatWs_ + layout.tmp_lse_byte;
  }

  /// Attention grid (work, num_kv_heads, 1), or (num_kv_heads, work, 1) with `heads_fastest`;
  /// a persistent kernel's (tile.persistent): (min(SMs x CTAs per SM, num_kv_heads x work), 1,
  /// 1). Nothing is launched when `work` is 0.
  Status launchAttention(uint32_t work, const SlotValues &values, StreamHandle stream,
                         bool heads_fastest = false);
  /// Merge grid (grid_x, num_qo_heads / heads_per_cta, 1); a programmatic dependent of the
  /// attention launch when `after_attention` and the manifest's tile.pdl says so.
  Status launchMerge(uint32_t grid_x, const SlotValues &values, StreamHandle stream,
                     bool after_attention);

  /// Frees what the runner owns (waits for a pending copy first); the first error wins.
  Status release();

  const detail::DriverApi &driver() const { return *drv_; }
  bool hasMerge() const { return mergeKernel_ != nullptr; }
  const KernelEntry &attentionKernel() const { return *attnKernel_; }
  const KernelEntry *mergeKernel() const { return mergeKernel_; }
  /// The merge kernel, or an empty entry when there is none.
  const KernelEntry &mergeKernelOrEmpty() const;
  int32_t numSms() const { return numSms_; }
  int32_t ctasPerSm() const { return ctasPerSm_; }
  /// The device's L2 cache in bytes when the attention kernel takes head_section (read at
  /// init), else 0: the prefill plan's L2 sections serve only kernels that map CTAs by them.
  int64_t l2Bytes() const { return l2Bytes_; }
  /// A persistent attention kernel's resident CTAs (SMs x CTAs per SM, at most the
  /// ATTN_RT_PERSISTENT_CTAS cap) when ATTN_RT_BALANCE_SECTIONS=1 asked the prefill plan to
  /// balance its rounds (PrefillSchedulerConfig::balance_ctas), else 0.
  int32_t balanceCtas() const;
  DevicePtr intWorkspace() const { return intWs_; }
  DevicePtr floatWorkspace() const { return floatWs_; }
  /// The device ordinal of the runner's context.
  int device() const { return attn_.device; }

private:
  /// Makes the runner's context current for a scope when it is not already (restores on exit).
  struct ScopedEntry {
    explicit ScopedEntry(KernelRunner &r);
    ~ScopedEntry();
    KernelRunner &runner;
    bool pushed = false;
    Status status;
  };

  /// The CTAs a persistent attention kernel launches at most: one per resident slot (SMs x
  /// CTAs per SM), capped by ATTN_RT_PERSISTENT_CTAS.
  uint64_t persistentCtas() const;
  Status adopt(const WorkspaceRequest &ws, const std::string &capacities, DevicePtr *dst,
               bool *owns);
  Status waitForStaging();
  Status copyStaging(size_t copy_words, StreamHandle stream);
  Status launch(const KernelEntry &kernel, const LoadedKernel &loaded,
                const std::vector<Slot> &slots, uint32_t gx, uint32_t gy,
                const SlotValues &values, StreamHandle stream, bool programmatic);

  const detail::DriverApi *drv_ = nullptr;
  const KernelEntry *attnKernel_ = nullptr;
  const KernelEntry *mergeKernel_ = nullptr;
  LoadedKernel attn_, merge_;
  std::vector<Slot> attnSlots_, mergeSlots_;
  bool programmaticMerge_ = false;
  bool checkPointers_ = false; ///< pointerChecksRequested() at init
  /// The attention kernel loops over its work items (tile.persistent), at most
  /// persistentCtasCap_ CTAs of it when that is positive (ATTN_RT_PERSISTENT_CTAS at init).
  bool persistent_ = false;
  int32_t persistentCtasCap_ = 0;
  bool balanceSections_ = false; ///< ATTN_RT_BALANCE_SECTIONS=1 at init (persistent only)
  CUcontext context_ = nullptr;
  int32_t numSms_ = 0, ctasPerSm_ = 0;
  int64_t l2Bytes_ = 0;
  DevicePtr intWs_ = 0, floatWs_ = 0;
  bool ownsIntWs_ = false, ownsFloatWs_ = false;
  int32_t *staging_ = nullptr;
  size_t stagingWords_ = 0;
  CUevent copyDone_ = nullptr;
  bool copyPending_ = false;
};

//===----------------------------------------------------------------------===//
// What DecodeAttention and PrefillAttention share around the runner
//===----------------------------------------------------------------------===//

/// Copies the AttentionShape of a decode, prefill or cascade problem from `p` to `q`;
/// kv_format and want_lse are the caller's.
inline void copyProblemShape(const AttentionShape &p, AttentionShape &q) { q = p; }

/// The variant query of a decode or prefill problem (their fields share names).
template <typename Problem> VariantQuery makeVariantQuery(const Problem &p, KvFormat kv_format) {
  VariantQuery q;
  copyProblemShape(p, q);
  q.kv_format = kv_format;
  q.want_lse = p.want_lse;
  return q;
}

/// InvalidArgument when `lse` is null but the attention kernel has an lse parameter: the
/// kernels store it unconditionally (a null pointer is an illegal address on the device).
Status checkLseGiven(DevicePtr lse, const KernelEntry &attention);

/// Makes a context current: the caller's when one is, else `device`'s primary context
/// (retained for the process). `*context` receives it.
Status acquireContext(const DriverApi &d, int device, CUcontext *context);

/// Whether run checks the device of every pointer operand (ATTN_RT_CHECK_POINTERS=1 in the
/// environment when the handle was created). Off by default: one cuPointerGetAttribute per
/// operand costs about as much as the launch itself.
bool pointerChecksRequested();

/// InvalidArgument when `ptr` is device memory of another device than `device` (the handle's):
/// "<name> (0x...) is device memory of device 1, but the handle was created on device 0".
/// Pointers the driver does not know (host memory, other allocators) and null pass: the
/// check reports what is cheap to prove, it is no validation of the pointer.
Status checkPointerDevice(const DriverApi &d, DevicePtr ptr, const char *name, int device);

/// The state of a DecodeAttention or PrefillAttention: its kernels and runner, the scheduler
/// configuration, the workspace layout and the current plan.
template <typename Problem, typename Sched, typename Layout, typename Plan> struct AttentionState {
  Bundle *bundle = nullptr;
  Problem problem;
  int attnIndex = -1, mergeIndex = -1;
  KernelRunner runner;
  Sched sched;
  Layout layout;
  Plan plan;
  bool planned = false;

  void assign(Bundle &b, const Problem &p, int attention, int merge) {
    bundle = &b;
    problem = p;
    attnIndex = attention;
    mergeIndex = merge;
  }

  /// Adopts or allocates the workspaces of options `o` for `layout`; `capacities` names the
  /// sizes in messages.
  template <typename Options>
  Status allocateWorkspaces(const Options &o, const std::string &capacities) {
    return runner.allocate(
        {"int_workspace", o.int_workspace, o.int_workspace_bytes, layout.intBytes()},
        {"float_workspace", o.float_workspace, o.float_workspace_bytes, layout.float_bytes},
        capacities, layout.int_words);
  }

  /// schedule(sched, input, &plan), then the plan's one staging copy of
  /// serialize(plan, layout, words, num_words, copy_words) on `stream`.
  template <typename Input, typename Schedule, typename Serialize>
  Status planWith(const Input &input, StreamHandle stream, Schedule schedule, Serialize serialize) {
    planned = false;
    ATTN_RT_RETURN_IF_ERROR(schedule(sched, input, &plan));
    ATTN_RT_RETURN_IF_ERROR(runner.stagePlan(
        [&](int32_t *words, size_t numWords, size_t *copyWords) {
          return serialize(plan, layout, words, numWords, copyWords);
        },
        stream));
    planned = true;
    return Status::ok();
  }

  /// run's checks of its lse argument: checkLseWritable, then checkLseGiven.
  Status checkLse(DevicePtr lse) const {
    ATTN_RT_RETURN_IF_ERROR(checkLseWritable(lse, runner.attentionKernel(), runner.mergeKernel()));
    return checkLseGiven(lse, runner.attentionKernel());
  }

  /// NotReady until a plan succeeded.
  Status checkPlanned() const {
    if (!planned)
      return makeError(StatusCode::NotReady, "run called without a successful plan");
    return Status::ok();
  }

  /// Binds the plan's workspace slots and the run arguments every family binds alike (q,
  /// kv_indptr, kv_indices, kv_last_page_len, o, lse).
  template <typename Args> void bindCommonSlots(const Args &a, SlotValues *v) const {
    runner.bindPlanSlots(layout, v);
    v->ptr[kSlotQ] = a.q;
    v->ptr[kSlotKvIndptr] = a.kv_indptr;
    v->ptr[kSlotKvIndices] = a.kv_indices;
    v->ptr[kSlotKvLastPageLen] = a.kv_last_page_len;
    v->ptr[kSlotO] = a.o;
    v->ptr[kSlotLse] = a.lse;
  }

  /// The attention launch and, when the plan needs it, the merge launch after it.
  Status launch(const SlotValues &v, StreamHandle stream, bool heads_fastest) {
    ATTN_RT_RETURN_IF_ERROR(
        runner.launchAttention(uint32_t(plan.grid_work), v, stream, heads_fastest));
    if (plan.needs_merge)
      ATTN_RT_RETURN_IF_ERROR(runner.launchMerge(uint32_t(plan.grid_rows), v, stream,
                                                 /*after_attention=*/plan.grid_work > 0));
    return Status::ok();
  }
};

} // namespace attn::rt::detail

#endif // ATTN_RT_LIB_KERNELRUNNER_H
