//===- OpClass.h - the members every runtime op class declares -*- C++ -*-===//
//
// Each runtime op (DecodeAttention, PrefillAttention, AppendPagedKV, ApplyRope,
// MergeAttentionStates, Sampler) is a non-copyable handle made only by its static create,
// with its state behind a private Impl:
//
//   auto st = Op::create(bundle, problem, options, &op);   // once: select and load kernels
//   st = op->run(args, stream);                            // per step
//
// The macros below declare those shared members once (planned attention ops add plan and
// their accessors); each op's header adds what is its own and documents the op. The
// declarations they expand to are exactly the ones the classes had written out, so the
// classes' layout and symbols are unchanged.
//
//===----------------------------------------------------------------------===//
#ifndef ATTN_RT_OPCLASS_H
#define ATTN_RT_OPCLASS_H

#include "attn-rt/Bundle.h"
#include "attn-rt/Driver.h"
#include "attn-rt/Manifest.h"
#include "attn-rt/Status.h"

#include <memory>
#include <string>

namespace attn::rt {

/// The shapes and types every attention op's problem has: q / o heads, KV heads, head_dim,
/// the paged cache's page size and layout, the dtype of q and o and that of the KV cache.
struct AttentionShape {
  int32_t num_qo_heads = 0;
  int32_t num_kv_heads = 0;
  int32_t head_dim = 0;
  int32_t page_size = 0;
  KvLayout layout = KvLayout::NHD;
  DType dtype = DType::BF16;
  DType kv_dtype = DType::BF16;
};

/// The options every planned attention op (decode, prefill) has: its kernel, capacities, launch
/// mode, device and workspaces. Each op's options add their own capacities and defaults.
struct AttentionOptions {
  std::string kernel_name; ///< attention kernel; empty = the first of the op's family matching
  int32_t max_batch = 0;   ///< capacity: requests (required)
  int32_t max_work = 0;    ///< capacity: work items; 0 = the op's default
  bool graph_mode = false; ///< launch shapes from capacities only (CUDA Graph replay)
  int device = 0;          ///< used only when no context is current
  /// Device workspaces; 0 = allocated by create and freed with the object.
  DevicePtr int_workspace = 0;
  size_t int_workspace_bytes = 0;
  DevicePtr float_workspace = 0;
  size_t float_workspace_bytes = 0;
};

/// The options of a standalone op (one kernel, no plan: append, RoPE, merge, sampling).
struct OpKernelOptions {
  std::string kernel_name; ///< empty = the first kernel of the op's family matching the problem
  int device = 0;          ///< used only when no context is current
};

} // namespace attn::rt

/// Inside `class Op { ... }`: the destructor, no copies, `static Status create(Bundle &, const
/// Problem &, const Options &, std::unique_ptr<Op> *out)`, the private constructor and Impl.
/// Leaves the class in its public section.
#define ATTN_RT_OP_LIFETIME(Op, Problem, Options)                                                  \
public:                                                                                            \
  ~Op();                                                                                           \
  Op(const Op &) = delete;                                                                         \
  Op &operator=(const Op &) = delete;                                                              \
  static Status create(Bundle &bundle, const Problem &problem, const Options &options,             \
                       std::unique_ptr<Op> *out);                                                  \
                                                                                                   \
private:                                                                                           \
  Op();                                                                                            \
  struct Impl;                                                                                     \
  std::unique_ptr<Impl> impl_;                                                                     \
                                                                                                   \
public:

/// A planned attention op (decode, prefill): ATTN_RT_OP_LIFETIME plus
///  - `Status plan(const PlanInput &, StreamHandle)`: schedules the batch on the host and copies
///    the plan to the int workspace on the stream;
///  - `Status run(const RunArgs &, StreamHandle)`: launches the attention kernel and, when the
///    plan needs it, the merge kernel on the stream;
///  - the current plan, the scheduler configuration and the workspace layout;
///  - the attention kernel, whether there is a merge kernel, and the merge kernel (an empty
///    entry when hasMergeKernel() is false).
#define ATTN_RT_PLANNED_OP(Op, Problem, Options, PlanInput, RunArgs, Plan, SchedulerConfig,        \
                           WorkspaceLayout)                                                        \
  ATTN_RT_OP_LIFETIME(Op, Problem, Options)                                                        \
  Status plan(const PlanInput &input, StreamHandle stream);                                        \
  Status run(const RunArgs &args, StreamHandle stream);                                            \
  const Plan &currentPlan() const;                                                                 \
  const SchedulerConfig &schedulerConfig() const;                                                  \
  const WorkspaceLayout &workspaceLayout() const;                                                  \
  const KernelEntry &attentionKernel() const;                                                      \
  bool hasMergeKernel() const;                                                                     \
  const KernelEntry &mergeKernel() const;

/// A standalone op (one kernel, no plan): ATTN_RT_OP_LIFETIME plus
///  - `Status run(const Args &, StreamHandle)`: checkArgs, then the launch of gridSize CTAs on
///    the stream (allocating nothing, so it can be captured in a CUDA graph);
///  - `kernel()`, the loaded kernel's manifest entry;
/// and the host-side steps of create and run, static and without a GPU, which each op's
/// header details:
///  - `checkVariant(kernel, problem)`: the problem's own fields, then the problem against the
///    kernel's variant (Mismatch names the first differing field: "kernel 'k' has page_size
///    16, the call has 1");
///  - `selectKernel(manifest, problem, kernel_name, &index)`: the kernel named `kernel_name`
///    (checked), or the first kernel of the op's family whose variant matches (NotFound lists
///    every candidate's mismatch);
///  - `checkArgs(kernel, args)`: run's checks of its arguments (InvalidArgument);
///  - `gridSize(kernel, num_rows, max_ctas)`: the CTAs run launches for `num_rows` rows (0 for
///    none), at most `max_ctas`.
#define ATTN_RT_STANDALONE_OP(Op, Problem, Options, Args)                                          \
  ATTN_RT_OP_LIFETIME(Op, Problem, Options)                                                        \
  Status run(const Args &args, StreamHandle stream);                                               \
  const KernelEntry &kernel() const;                                                               \
                                                                                                   \
  static Status checkVariant(const KernelEntry &kernel, const Problem &problem);                   \
  static Status selectKernel(const BundleManifest &manifest, const Problem &problem,               \
                             const std::string &kernel_name, int *index);                          \
  static Status checkArgs(const KernelEntry &kernel, const Args &args);                            \
  static uint32_t gridSize(const KernelEntry &kernel, int32_t num_rows, uint32_t max_ctas);

#endif // ATTN_RT_OPCLASS_H
