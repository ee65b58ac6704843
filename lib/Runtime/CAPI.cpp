//===- CAPI.cpp - the C API (attn_rt.h) over the C++ runtime --------------===//
#include "attn-rt/attn_rt.h"

#include "attn-rt/AppendKV.h"
#include "attn-rt/Bundle.h"
#include "attn-rt/Cascade.h"
#include "attn-rt/Decode.h"
#include "attn-rt/Merge.h"
#include "attn-rt/MultiArch.h"
#include "attn-rt/Prefill.h"
#include "attn-rt/Rope.h"
#include "attn-rt/Sampling.h"
#include "attn-rt/Workspace.h"

#include "OpArgs.h"

#include <algorithm>
#include <initializer_list>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>

using namespace attn::rt;

namespace attn::rt::capi {
/// A C handle: the runtime object it owns.
template <typename Object> struct OwningHandle {
  std::unique_ptr<Object> object;
};
} // namespace attn::rt::capi

struct attn_bundle {
  std::unique_ptr<Bundle> bundle;
};
struct attn_decode : capi::OwningHandle<DecodeAttention> {};
struct attn_prefill : capi::OwningHandle<PrefillAttention> {};
struct attn_append_kv : capi::OwningHandle<AppendPagedKV> {};
struct attn_rope : capi::OwningHandle<ApplyRope> {};
struct attn_merge : capi::OwningHandle<MergeAttentionStates> {};
struct attn_sampler : capi::OwningHandle<Sampler> {};
struct attn_spec_sampler : capi::OwningHandle<ChainSpeculativeSampler> {};
struct attn_cascade : capi::OwningHandle<CascadeAttention> {};

static_assert(int(ATTN_ERROR_INTERNAL) == int(StatusCode::Internal), "status codes diverged");
static_assert(int(ATTN_ERROR_CAPACITY) == int(StatusCode::CapacityExceeded),
              "status codes diverged");
static_assert(int(ATTN_LAYOUT_HND) == int(KvLayout::HND), "layout enums diverged");
static_assert(int(ATTN_DTYPE_F16) == int(DType::F16), "dtype enums diverged");
static_assert(int(ATTN_ROLE_MERGE) == int(KernelRole::Merge), "role enums diverged");
static_assert(int(ATTN_MASK_SLIDING_WINDOW) == int(MaskKind::SlidingWindow) &&
                  int(ATTN_MASK_CUSTOM) == int(MaskKind::Custom) &&
                  int(ATTN_MASK_BLOCK_SPARSE) == int(MaskKind::BlockSparse),
              "mask enums diverged");
static_assert(int(ATTN_ROLE_KERNEL) == int(KernelRole::Kernel), "role enums diverged");
static_assert(int(ATTN_ROPE_LLAMA3) == int(RopeKind::Llama3), "rope enums diverged");
static_assert(int(ATTN_DTYPE_F32) == int(DType::F32), "dtype enums diverged");
static_assert(int(ATTN_MERGE_STATE) == int(MergeForm::State) &&
                  int(ATTN_MERGE_STATES) == int(MergeForm::States),
              "merge form enums diverged");
static_assert(int(ATTN_SAMPLING_LOGITS) == int(SamplingInput::Logits) &&
                  int(ATTN_SAMPLING_MASK) == int(SamplingMode::Mask),
              "sampling enums diverged");

// The C structs and their C++ counterparts share field names: each list names the fields
// copied as they are (conversions such as int32_t flags to bool are written out).
// clang-format off
#define ATTN_RT_ATTENTION_SHAPE_FIELDS(X) X(num_qo_heads) X(num_kv_heads) X(head_dim)
// The variant fields attn_kernel_info_t shows, and those it shows as int32_t (enums).
#define ATTN_RT_KERNEL_INFO_VARIANT_FIELDS(X)                                                   \
  ATTN_RT_ATTENTION_SHAPE_FIELDS(X) X(page_size) X(block_rows) X(block_cols)
#define ATTN_RT_KERNEL_INFO_ENUM_FIELDS(X) X(layout) X(dtype) X(kv_dtype) X(kv_format) X(mask)
#define ATTN_RT_ATTENTION_OPTIONS_FIELDS(X)                                                     \
  X(max_batch) X(max_work) X(device) X(int_workspace) X(int_workspace_bytes)                  \
  X(float_workspace) X(float_workspace_bytes)
#define ATTN_RT_DECODE_ARGS_FIELDS(X)                                                          \
  X(q) X(k_cache) X(v_cache) X(kv_indptr) X(kv_indices) X(kv_last_page_len) X(o) X(lse)       \
  X(sm_scale) X(kv_page_stride)
#define ATTN_RT_PREFILL_ARGS_FIELDS(X)                                                         \
  X(q) X(qo_indptr) X(k) X(v) X(kv_indptr) X(kv_indices) X(kv_last_page_len) X(o) X(lse)      \
  X(custom_mask) X(mask_indptr) X(block_indptr) X(block_indices) X(alibi_slopes)             \
  X(rope_offsets) X(kv_page_stride)
#define ATTN_RT_ROPE_PARAM_FIELDS(X)                                                           \
  X(theta) X(scale) X(factor) X(low_freq_factor) X(high_freq_factor) X(original_max_position)
#define ATTN_RT_ROPE_PROBLEM_FIELDS(X)                                                         \
  X(num_qo_heads) X(num_kv_heads) X(head_dim) X(rotary_dim) ATTN_RT_ROPE_PARAM_FIELDS(X)
// The standalone ops' args: their pointers (OpArgs.h), then these scalars.
#define ATTN_RT_NO_PTRS(X)
#define ATTN_RT_ROWS_FIELDS(X) X(num_rows)
#define ATTN_RT_APPEND_KV_SCALAR_FIELDS(X) X(num_rows) X(kv_page_stride)
#define ATTN_RT_MERGE_SCALAR_FIELDS(X) X(num_states) X(num_rows)
#define ATTN_RT_SAMPLER_SCALAR_FIELDS(X) X(num_rows) X(vocab) X(advance_offset)
#define ATTN_RT_SPEC_SAMPLER_SCALAR_FIELDS(X) X(num_rows) X(num_spec) X(vocab) X(advance_offset)
#define ATTN_RT_APPEND_KV_PROBLEM_FIELDS(X) X(num_kv_heads) X(head_dim) X(page_size)
#define ATTN_RT_MERGE_PROBLEM_FIELDS(X) X(num_heads) X(head_dim) X(num_states)
#define ATTN_RT_SAMPLER_PROBLEM_FIELDS(X) X(top_k) X(top_p) X(min_p) X(cluster_size)
// clang-format on
/// Copies the fields FIELDS lists from `from` to `to` with COPY: as they are
/// (ATTN_RT_COPY_FIELD) or converted to int32_t (ATTN_RT_COPY_AS_INT32).
#define ATTN_RT_COPY_FIELD(f) to.f = from.f;
#define ATTN_RT_COPY_AS_INT32(f) to.f = int32_t(from.f);
#define ATTN_RT_COPY_FIELDS_WITH(COPY, FIELDS, to_expr, from_expr)                                 \
  do {                                                                                             \
    auto &to = (to_expr);                                                                          \
    const auto &from = (from_expr);                                                                \
    FIELDS(COPY)                                                                                   \
  } while (0)
#define ATTN_RT_COPY_FIELDS(FIELDS, to_expr, from_expr)                                            \
  ATTN_RT_COPY_FIELDS_WITH(ATTN_RT_COPY_FIELD, FIELDS, to_expr, from_expr)
#define ATTN_RT_COPY_PTR(f, param) to.f = from.f;
/// Defines `Args toArgs(const CArgs &)`, which copies the fields PTRS (an OpArgs.h list) and
/// FIELDS list.
#define ATTN_RT_DEFINE_TO_ARGS(CArgs, Args, PTRS, FIELDS)                                          \
  Args toArgs(const CArgs &from) {                                                                 \
    Args to;                                                                                       \
    PTRS(ATTN_RT_COPY_PTR)                                                                         \
    FIELDS(ATTN_RT_COPY_FIELD)                                                                     \
    return to;                                                                                     \
  }

namespace {

thread_local std::string lastError;

attn_status_t report(const Status &st) {
  if (!st.isOk())
    lastError = st.message();
  return attn_status_t(int(st.code()));
}

attn_status_t invalid(const char *fmt, const char *what) {
  return report(makeError(StatusCode::InvalidArgument, fmt, what));
}

/// `*out` = the config field `name`'s value `v` as an E, when it is one of `values` (those of
/// the C enum `type`); else InvalidArgument "<name> (<v>) is not an <type>".
template <typename E>
Status toEnum(const char *name, int32_t v, std::initializer_list<int32_t> values, const char *type,
              E *out) {
  if (std::find(values.begin(), values.end(), v) == values.end())
    return makeError(StatusCode::InvalidArgument, "%s (%d) is not an %s", name, v, type);
  *out = E(v);
  return Status::ok();
}

Status toLayout(int32_t v, KvLayout *out) {
  return toEnum("layout", v, {ATTN_LAYOUT_NHD, ATTN_LAYOUT_HND}, "attn_layout_t", out);
}

Status toDType(const char *name, int32_t v, DType *out, bool allowF32 = false) {
  if (v != ATTN_DTYPE_BF16 && v != ATTN_DTYPE_F16 && !(allowF32 && v == ATTN_DTYPE_F32))
    return makeError(StatusCode::InvalidArgument, "%s (%d) is not an attn_dtype_t%s", name, v,
                     v == ATTN_DTYPE_F32 ? " this kernel family takes (bf16 or f16)" : "");
  *out = DType(v);
  return Status::ok();
}

/// The config fields decode and prefill share: kernel types, layout and dtypes.
template <typename Config, typename Problem> Status toTypes(const Config *c, Problem *p) {
  ATTN_RT_RETURN_IF_ERROR(toDType("dtype", c->dtype, &p->dtype));
  ATTN_RT_RETURN_IF_ERROR(toDType("kv_dtype", c->kv_dtype, &p->kv_dtype));
  p->want_lse = c->want_lse != 0;
  return Status::ok();
}

/// The config fields decode and prefill options share: kernel name, device, workspaces.
template <typename Config> void toAttentionOptions(const Config *c, AttentionOptions *o) {
  o->kernel_name = c->kernel_name ? c->kernel_name : "";
  o->graph_mode = c->graph_mode != 0;
  ATTN_RT_COPY_FIELDS(ATTN_RT_ATTENTION_OPTIONS_FIELDS, *o, *c);
}

/// Reports a layout computation: its status, and on success both sizes to the non-null
/// pointers.
template <typename Layout>
attn_status_t reportSizes(const Status &st, const Layout &l, size_t *int_bytes,
                          size_t *float_bytes) {
  if (!st.isOk())
    return report(st);
  if (int_bytes)
    *int_bytes = l.intBytes();
  if (float_bytes)
    *float_bytes = l.float_bytes;
  return ATTN_SUCCESS;
}

/// Zero, NHD, bf16.
template <typename Config> void initConfig(Config *config) {
  if (!config)
    return;
  *config = Config{};
  config->layout = ATTN_LAYOUT_NHD;
  config->dtype = ATTN_DTYPE_BF16;
  config->kv_dtype = ATTN_DTYPE_BF16;
}

/// Creates the runtime object for `problem` and `options` and, on success, the C handle
/// around it in `*out`.
template <typename Object, typename Problem, typename Options, typename Handle>
attn_status_t createHandle(attn_bundle_t bundle, const Problem &problem, const Options &options,
                           Handle *out) {
  std::unique_ptr<Object> object;
  Status st = Object::create(*bundle->bundle, problem, options, &object);
  if (!st.isOk())
    return report(st);
  *out = new std::remove_pointer_t<Handle>{{std::move(object)}};
  return ATTN_SUCCESS;
}

Status toProblem(const attn_decode_config_t &c, DecodeProblem *p) {
  ATTN_RT_COPY_FIELDS(ATTN_RT_ATTENTION_SHAPE_FIELDS, *p, c);
  p->page_size = c.page_size;
  ATTN_RT_RETURN_IF_ERROR(toLayout(c.layout, &p->layout));
  return toTypes(&c, p);
}

void toOptions(const attn_decode_config_t &c, DecodeOptions *o) {
  toAttentionOptions(&c, o);
  o->min_chunk_tokens = c.min_chunk_tokens > 0 ? c.min_chunk_tokens : kDefaultMinChunkTokens;
}

Status toProblem(const attn_prefill_config_t &c, PrefillProblem *p) {
  if (c.page_size < 0)
    return makeError(StatusCode::InvalidArgument,
                     "page_size (%d) must be positive (paged KV) or 0 (ragged KV)", c.page_size);
  ATTN_RT_COPY_FIELDS(ATTN_RT_ATTENTION_SHAPE_FIELDS, *p, c);
  p->kv_format = c.page_size > 0 ? KvFormat::Paged : KvFormat::Ragged;
  p->page_size = c.page_size;
  if (p->kv_format == KvFormat::Paged)
    ATTN_RT_RETURN_IF_ERROR(toLayout(c.layout, &p->layout));
  return toTypes(&c, p);
}

void toOptions(const attn_prefill_config_t &c, PrefillOptions *o) {
  toAttentionOptions(&c, o);
  o->max_qo_tokens = c.max_qo_tokens;
  o->max_partial_rows = c.max_partial_rows;
  o->min_chunk_tokens = c.min_chunk_tokens > 0 ? c.min_chunk_tokens : kDefaultPrefillMinChunkTokens;
}

Status toProblem(const attn_append_kv_config_t &c, AppendKVProblem *p) {
  ATTN_RT_COPY_FIELDS(ATTN_RT_APPEND_KV_PROBLEM_FIELDS, *p, c);
  ATTN_RT_RETURN_IF_ERROR(toLayout(c.layout, &p->layout));
  return toDType("dtype", c.dtype, &p->dtype);
}

Status toProblem(const attn_rope_config_t &c, RopeProblem *p) {
  ATTN_RT_RETURN_IF_ERROR(
      toEnum("kind", c.kind, {ATTN_ROPE_LLAMA, ATTN_ROPE_LLAMA3}, "attn_rope_kind_t", &p->kind));
  ATTN_RT_COPY_FIELDS(ATTN_RT_ROPE_PROBLEM_FIELDS, *p, c);
  p->interleave = c.interleave != 0;
  return toDType("dtype", c.dtype, &p->dtype);
}

Status toProblem(const attn_merge_config_t &c, MergeProblem *p) {
  ATTN_RT_RETURN_IF_ERROR(
      toEnum("form", c.form, {ATTN_MERGE_STATE, ATTN_MERGE_STATES}, "attn_merge_form_t", &p->form));
  ATTN_RT_COPY_FIELDS(ATTN_RT_MERGE_PROBLEM_FIELDS, *p, c);
  p->write_lse = c.write_lse != 0;
  ATTN_RT_RETURN_IF_ERROR(toDType("dtype", c.dtype, &p->dtype, /*allowF32=*/true));
  return toDType("state_dtype", c.state_dtype, &p->state_dtype, /*allowF32=*/true);
}

Status toProblem(const attn_sampler_config_t &c, SamplingProblem *p) {
  ATTN_RT_RETURN_IF_ERROR(toEnum("input", c.input, {ATTN_SAMPLING_PROBS, ATTN_SAMPLING_LOGITS},
                                 "attn_sampling_input_t", &p->input));
  ATTN_RT_RETURN_IF_ERROR(toEnum("mode", c.mode,
                                 {ATTN_SAMPLING_SAMPLE, ATTN_SAMPLING_RENORM, ATTN_SAMPLING_MASK},
                                 "attn_sampling_mode_t", &p->mode));
  ATTN_RT_COPY_FIELDS(ATTN_RT_SAMPLER_PROBLEM_FIELDS, *p, c);
  p->top_k_per_row = c.top_k_per_row != 0;
  p->top_p_per_row = c.top_p_per_row != 0;
  p->min_p_per_row = c.min_p_per_row != 0;
  return toDType("dtype", c.dtype, &p->dtype, /*allowF32=*/true);
}

Status toProblem(const attn_spec_sampler_config_t &c, SpeculativeSamplingProblem *p) {
  return toDType("dtype", c.dtype, &p->dtype, /*allowF32=*/true);
}

/// The options of a standalone op kernel: kernel name and device.
template <typename Config> void toOptions(const Config &c, OpKernelOptions *o) {
  o->kernel_name = c.kernel_name ? c.kernel_name : "";
  o->device = c.device;
}

/// Every attnXCreate: null checks, the config's problem and options, the runtime object and
/// the C handle around it.
template <typename Object, typename Problem, typename Options, typename Config, typename Handle>
attn_status_t createFromConfig(attn_bundle_t bundle, const Config *c, Handle *out) {
  if (!bundle || !c || !out)
    return invalid("%s is null", !bundle ? "bundle" : !c ? "config" : "out");
  *out = nullptr;
  Problem p;
  Status st = toProblem(*c, &p);
  if (!st.isOk())
    return report(st);
  Options o;
  toOptions(*c, &o);
  return createHandle<Object>(bundle, p, o, out);
}

ATTN_RT_DEFINE_TO_ARGS(attn_decode_args_t, DecodeRunArgs, ATTN_RT_NO_PTRS,
                       ATTN_RT_DECODE_ARGS_FIELDS)
ATTN_RT_DEFINE_TO_ARGS(attn_prefill_args_t, PrefillRunArgs, ATTN_RT_NO_PTRS,
                       ATTN_RT_PREFILL_ARGS_FIELDS)
ATTN_RT_DEFINE_TO_ARGS(attn_append_kv_args_t, AppendKVArgs, ATTN_RT_APPEND_KV_PTRS,
                       ATTN_RT_APPEND_KV_SCALAR_FIELDS)
ATTN_RT_DEFINE_TO_ARGS(attn_rope_args_t, RopeArgs, ATTN_RT_ROPE_PTRS, ATTN_RT_ROWS_FIELDS)
ATTN_RT_DEFINE_TO_ARGS(attn_merge_args_t, MergeArgs, ATTN_RT_MERGE_PTRS,
                       ATTN_RT_MERGE_SCALAR_FIELDS)
ATTN_RT_DEFINE_TO_ARGS(attn_sampler_args_t, SamplingArgs, ATTN_RT_SAMPLER_PTRS,
                       ATTN_RT_SAMPLER_SCALAR_FIELDS)
ATTN_RT_DEFINE_TO_ARGS(attn_spec_sampler_args_t, SpeculativeSamplingArgs, ATTN_RT_SPEC_SAMPLER_PTRS,
                       ATTN_RT_SPEC_SAMPLER_SCALAR_FIELDS)

/// Every attnXRun but the cascade's: null checks, the C args converted, the run's status.
template <typename Handle, typename CArgs>
attn_status_t runHandle(Handle *h, const char *name, const CArgs *args, void *stream) {
  if (!h || !args)
    return invalid("%s is null", !h ? name : "args");
  return report(h->object->run(toArgs(*args), stream));
}

/// attn<Op>Create, attn<Op>Free and attn<Op>Run of an op with C types attn_<op>_config_t,
/// attn_<op>_t and attn_<op>_args_t: createFromConfig, delete and runHandle.
#define ATTN_RT_DEFINE_OP_ENTRY_POINTS(Op, op, handle, Object, Problem, Options)                   \
  attn_status_t attn##Op##Create(attn_bundle_t bundle, const attn_##op##_config_t *c,              \
                                 attn_##op##_t *out) {                                             \
    return createFromConfig<Object, Problem, Options>(bundle, c, out);                             \
  }                                                                                                \
  void attn##Op##Free(attn_##op##_t handle) { delete handle; }                                     \
  attn_status_t attn##Op##Run(attn_##op##_t handle, const attn_##op##_args_t *args,                \
                              void *stream) {                                                      \
    return runHandle(handle, #handle, args, stream);                                               \
  }

/// attn_kernel_info_t of a manifest entry (its strings point into the manifest).
void fillKernelInfo(const KernelEntry &k, attn_kernel_info_t *out) {
  out->name = k.name.c_str();
  out->family = k.family.c_str();
  out->role = int32_t(k.role);
  ATTN_RT_COPY_FIELDS(ATTN_RT_KERNEL_INFO_VARIANT_FIELDS, *out, k.variant);
  ATTN_RT_COPY_FIELDS_WITH(ATTN_RT_COPY_AS_INT32, ATTN_RT_KERNEL_INFO_ENUM_FIELDS, *out, k.variant);
  for (int i = 0; i < 3; ++i)
    out->block[i] = k.block[size_t(i)];
  out->dynamic_smem = k.dynamic_smem;
  out->tile_kv = k.tile.tile_kv;
  out->split_kv = k.findParam(abi::decode::kTmpO) >= 0 ? 1 : 0;
  out->sm_scale = k.variant.has_sm_scale ? k.variant.sm_scale : 0.0f;
  out->registers = k.resources.present ? k.resources.registers : -1;
  out->spill_bytes = k.resources.present ? k.resources.spill_stores + k.resources.spill_loads : -1;
  out->operands = 0;
  static constexpr std::pair<const char *, uint32_t> kOperandBits[] = {
      {abi::prefill::kCustomMask, ATTN_OPERAND_CUSTOM_MASK},
      {abi::prefill::kMaskIndptr, ATTN_OPERAND_MASK_INDPTR},
      {abi::prefill::kBlockIndptr, ATTN_OPERAND_BLOCK_INDPTR},
      {abi::prefill::kBlockIndices, ATTN_OPERAND_BLOCK_INDICES},
      {abi::prefill::kAlibiSlopes, ATTN_OPERAND_ALIBI_SLOPES},
      {abi::prefill::kRopeOffsets, ATTN_OPERAND_ROPE_OFFSETS},
      {abi::sample::kAdvanceOffset, ATTN_OPERAND_ADVANCE_OFFSET}};
  for (const auto &[name, bit] : kOperandBits)
    if (k.findParam(name) >= 0)
      out->operands |= bit;
  out->tile_q = int32_t(k.tile.get(abi::key::kTileQ, 0));
}

/// attn<Op>GetKernel of a standalone op: the kernel its create selected.
template <typename Handle> attn_status_t getOpKernel(Handle *h, attn_kernel_info_t *out) {
  if (!h || !out)
    return invalid("%s is null", !h ? "sampler" : "out");
  fillKernelInfo(h->object->kernel(), out);
  return ATTN_SUCCESS;
}

/// Writes the plan facts to the non-null pointers.
void putPlanInfo(int32_t num_work, int32_t partials, int32_t chunk, bool merge,
                 int32_t *num_work_out, int32_t *partials_out, int32_t *chunk_out,
                 int32_t *merge_out) {
  if (num_work_out)
    *num_work_out = num_work;
  if (partials_out)
    *partials_out = partials;
  if (chunk_out)
    *chunk_out = chunk;
  if (merge_out)
    *merge_out = merge ? 1 : 0;
}

} // namespace

extern "C" {

const char *attnGetLastError(void) { return lastError.c_str(); }

const char *attnStatusName(attn_status_t status) { return statusCodeName(StatusCode(int(status))); }

attn_status_t attnBundleLoad(const char *directory, attn_bundle_t *out) {
  if (!directory || !out)
    return invalid("%s is null", !directory ? "directory" : "out");
  *out = nullptr;
  std::unique_ptr<Bundle> b;
  Status st = openAnyBundle(directory, /*ordinal=*/-1, &b);
  if (!st.isOk())
    return report(st);
  *out = new attn_bundle{std::move(b)};
  return ATTN_SUCCESS;
}

attn_status_t attnBundleLoadForDevice(const char *directory, int32_t device, attn_bundle_t *out) {
  if (!directory || !out)
    return invalid("%s is null", !directory ? "directory" : "out");
  *out = nullptr;
  if (device < 0)
    return report(makeError(StatusCode::InvalidArgument, "device %d is negative", device));
  ComputeCapability cc;
  Status st = queryComputeCapability(device, &cc);
  if (!st.isOk())
    return report(st);
  std::unique_ptr<Bundle> b;
  st = openBundleForDevice(directory, cc, &b);
  if (!st.isOk())
    return report(st);
  *out = new attn_bundle{std::move(b)};
  return ATTN_SUCCESS;
}

const char *attnBundleArch(attn_bundle_t bundle) {
  return bundle ? bundle->bundle->manifest().arch.c_str() : "";
}

void attnBundleFree(attn_bundle_t bundle) { delete bundle; }

int32_t attnBundleNumKernels(attn_bundle_t bundle) {
  return bundle ? int32_t(bundle->bundle->manifest().kernels.size()) : 0;
}

attn_status_t attnBundleGetKernel(attn_bundle_t bundle, int32_t index, attn_kernel_info_t *out) {
  if (!bundle || !out)
    return invalid("%s is null", !bundle ? "bundle" : "out");
  const auto &kernels = bundle->bundle->manifest().kernels;
  if (index < 0 || size_t(index) >= kernels.size())
    return report(makeError(StatusCode::InvalidArgument, "kernel index %d is out of range [0, %zu)",
                            index, kernels.size()));
  fillKernelInfo(kernels[size_t(index)], out);
  return ATTN_SUCCESS;
}

attn_status_t attnDecodeWorkspaceSize(int32_t max_batch, int32_t max_work, int32_t num_qo_heads,
                                      int32_t head_dim, size_t *int_workspace_bytes,
                                      size_t *float_workspace_bytes) {
  DecodeWorkspaceLayout l;
  Status st = computeDecodeWorkspaceLayout(max_batch, max_work, num_qo_heads, head_dim, &l);
  return reportSizes(st, l, int_workspace_bytes, float_workspace_bytes);
}

void attnDecodeConfigInit(attn_decode_config_t *config) { initConfig(config); }

ATTN_RT_DEFINE_OP_ENTRY_POINTS(Decode, decode, decode, DecodeAttention, DecodeProblem,
                               DecodeOptions)

attn_status_t attnDecodePlan(attn_decode_t decode, int32_t batch_size, const int32_t *kv_indptr,
                             const int32_t *kv_last_page_len, const int32_t *kv_indices,
                             int32_t num_pages, void *stream) {
  if (!decode)
    return invalid("%s is null", "decode");
  const DecodePlanInput in{batch_size, kv_indptr, kv_last_page_len, kv_indices, num_pages};
  return report(decode->object->plan(in, stream));
}

attn_status_t attnDecodeGetPlanInfo(attn_decode_t decode, int32_t *num_work, int32_t *num_partials,
                                    int32_t *chunk_tokens, int32_t *needs_merge) {
  if (!decode)
    return invalid("%s is null", "decode");
  const DecodePlan &p = decode->object->currentPlan();
  putPlanInfo(p.num_work, p.num_partials, p.chunk_tokens, p.needs_merge, num_work, num_partials,
              chunk_tokens, needs_merge);
  return ATTN_SUCCESS;
}

attn_status_t attnPrefillWorkspaceSize(int32_t max_qo_tokens, int32_t max_work,
                                       int32_t max_partial_rows, int32_t num_qo_heads,
                                       int32_t head_dim, size_t *int_workspace_bytes,
                                       size_t *float_workspace_bytes) {
  PrefillWorkspaceLayout l;
  Status st = computePrefillWorkspaceLayout(max_qo_tokens, max_work, max_partial_rows, num_qo_heads,
                                            head_dim, &l);
  return reportSizes(st, l, int_workspace_bytes, float_workspace_bytes);
}

void attnPrefillConfigInit(attn_prefill_config_t *config) { initConfig(config); }

ATTN_RT_DEFINE_OP_ENTRY_POINTS(Prefill, prefill, prefill, PrefillAttention, PrefillProblem,
                               PrefillOptions)

attn_status_t attnPrefillGetCapacities(attn_prefill_t prefill, int32_t *max_work,
                                       int32_t *max_partial_rows) {
  if (!prefill)
    return invalid("%s is null", "prefill");
  const PrefillSchedulerConfig &c = prefill->object->schedulerConfig();
  if (max_work)
    *max_work = c.max_work;
  if (max_partial_rows)
    *max_partial_rows = c.max_partial_rows;
  return ATTN_SUCCESS;
}

attn_status_t attnPrefillGetKernelIndex(attn_prefill_t prefill, int32_t *index) {
  if (!prefill || !index)
    return invalid("%s is null", !prefill ? "prefill" : "index");
  *index = int32_t(prefill->object->attentionKernelIndex());
  return ATTN_SUCCESS;
}

attn_status_t attnPrefillPlan(attn_prefill_t prefill, int32_t batch_size,
                              const int32_t *qo_indptr_host, const int32_t *kv_indptr_host,
                              const int32_t *kv_last_page_len_host, void *stream) {
  if (!prefill)
    return invalid("%s is null", "prefill");
  const PrefillPlanInput in{batch_size, qo_indptr_host, kv_indptr_host, kv_last_page_len_host};
  return report(prefill->object->plan(in, stream));
}

attn_status_t attnPrefillGetPlanInfo(attn_prefill_t prefill, int32_t *num_work,
                                     int32_t *num_partial_rows, int32_t *chunk_tokens,
                                     int32_t *needs_merge) {
  if (!prefill)
    return invalid("%s is null", "prefill");
  const PrefillPlan &p = prefill->object->currentPlan();
  putPlanInfo(p.num_work, p.num_partial_rows, p.chunk_tokens, p.needs_merge, num_work,
              num_partial_rows, chunk_tokens, needs_merge);
  return ATTN_SUCCESS;
}

//===----------------------------------------------------------------------===//
// Append to a paged KV cache and RoPE (attn-rt/AppendKV.h, attn-rt/Rope.h)
//===----------------------------------------------------------------------===//

void attnAppendKVConfigInit(attn_append_kv_config_t *config) {
  if (!config)
    return;
  *config = attn_append_kv_config_t{};
  config->layout = ATTN_LAYOUT_NHD;
  config->dtype = ATTN_DTYPE_BF16;
}

ATTN_RT_DEFINE_OP_ENTRY_POINTS(AppendKV, append_kv, append, AppendPagedKV, AppendKVProblem,
                               AppendKVOptions)

void attnRopeConfigInit(attn_rope_config_t *config) {
  if (!config)
    return;
  *config = attn_rope_config_t{};
  config->kind = ATTN_ROPE_LLAMA;
  config->dtype = ATTN_DTYPE_BF16;
  ATTN_RT_COPY_FIELDS(ATTN_RT_ROPE_PARAM_FIELDS, *config, RopeProblem{});
}

ATTN_RT_DEFINE_OP_ENTRY_POINTS(Rope, rope, rope, ApplyRope, RopeProblem, RopeOptions)

//===----------------------------------------------------------------------===//
// Merging attention states (attn-rt/Merge.h)
//===----------------------------------------------------------------------===//

void attnMergeConfigInit(attn_merge_config_t *config) {
  if (!config)
    return;
  *config = attn_merge_config_t{};
  config->form = ATTN_MERGE_STATE;
  config->dtype = ATTN_DTYPE_BF16;
  config->state_dtype = ATTN_DTYPE_BF16;
  config->write_lse = 1;
}

ATTN_RT_DEFINE_OP_ENTRY_POINTS(Merge, merge, merge, MergeAttentionStates, MergeProblem,
                               MergeOptions)

//===----------------------------------------------------------------------===//
// Token sampling (attn-rt/Sampling.h)
//===----------------------------------------------------------------------===//

void attnSamplerConfigInit(attn_sampler_config_t *config) {
  if (!config)
    return;
  *config = attn_sampler_config_t{};
  config->input = ATTN_SAMPLING_PROBS;
  config->mode = ATTN_SAMPLING_SAMPLE;
  config->dtype = ATTN_DTYPE_F32;
  config->top_p = 1.0f;
  config->cluster_size = 1;
}

ATTN_RT_DEFINE_OP_ENTRY_POINTS(Sampler, sampler, sampler, Sampler, SamplingProblem, SamplingOptions)

attn_status_t attnSamplerGetKernel(attn_sampler_t sampler, attn_kernel_info_t *out) {
  return getOpKernel(sampler, out);
}

void attnSpecSamplerConfigInit(attn_spec_sampler_config_t *config) {
  if (!config)
    return;
  *config = attn_spec_sampler_config_t{};
  config->dtype = ATTN_DTYPE_F32;
}

ATTN_RT_DEFINE_OP_ENTRY_POINTS(SpecSampler, spec_sampler, spec_sampler, ChainSpeculativeSampler,
                               SpeculativeSamplingProblem, SpeculativeSamplingOptions)

attn_status_t attnSpecSamplerGetKernel(attn_spec_sampler_t sampler, attn_kernel_info_t *out) {
  return getOpKernel(sampler, out);
}

} // extern "C"

//===----------------------------------------------------------------------===//
// Multi-level (cascade) attention (attn-rt/Cascade.h)
//===----------------------------------------------------------------------===//

namespace {

Status toCascade(const attn_cascade_config_t &c, CascadeProblem *p, CascadeOptions *o) {
  if (c.num_levels < 1 || c.num_levels > ATTN_CASCADE_MAX_LEVELS)
    return makeError(StatusCode::InvalidArgument, "num_levels (%d) is out of range [1, %d]",
                     c.num_levels, ATTN_CASCADE_MAX_LEVELS);
  ATTN_RT_COPY_FIELDS(ATTN_RT_ATTENTION_SHAPE_FIELDS, *p, c);
  p->page_size = c.page_size;
  ATTN_RT_RETURN_IF_ERROR(toLayout(c.layout, &p->layout));
  ATTN_RT_RETURN_IF_ERROR(toDType("dtype", c.dtype, &p->dtype));
  ATTN_RT_RETURN_IF_ERROR(toDType("kv_dtype", c.kv_dtype, &p->kv_dtype));
  for (int32_t l = 0; l < c.num_levels; ++l) {
    const attn_cascade_level_config_t &lc = c.levels[l];
    CascadeLevelOptions lo;
    lo.kind = CascadeLevelKind(lc.kind);
    lo.bundle = lc.bundle ? lc.bundle->bundle.get() : nullptr;
    lo.kernel_name = lc.kernel_name ? lc.kernel_name : "";
    lo.max_batch = lc.max_batch;
    lo.max_work = lc.max_work;
    lo.max_partial_rows = lc.max_partial_rows;
    lo.min_chunk_tokens = lc.min_chunk_tokens;
    o->levels.push_back(std::move(lo));
  }
  o->merge_bundle = c.merge_bundle ? c.merge_bundle->bundle.get() : nullptr;
  o->merge_kernel_name = c.merge_kernel_name ? c.merge_kernel_name : "";
  o->max_qo_tokens = c.max_qo_tokens;
  o->graph_mode = c.graph_mode != 0;
  o->device = c.device;
  o->scratch = c.scratch;
  o->scratch_bytes = c.scratch_bytes;
  o->concurrent_levels = c.concurrent_levels != 0;
  return Status::ok();
}

} // namespace

extern "C" {

void attnCascadeConfigInit(attn_cascade_config_t *config) {
  if (!config)
    return;
  *config = attn_cascade_config_t{};
  config->layout = ATTN_LAYOUT_NHD;
  config->dtype = ATTN_DTYPE_BF16;
  config->kv_dtype = ATTN_DTYPE_BF16;
}

attn_status_t attnCascadeScratchSize(int32_t max_qo_tokens, int32_t num_qo_heads, int32_t head_dim,
                                     int32_t dtype, size_t *bytes) {
  if (!bytes)
    return invalid("%s is null", "bytes");
  DType t = DType::BF16;
  CascadeScratchLayout l;
  Status st = toDType("dtype", dtype, &t);
  if (st.isOk())
    st = computeCascadeScratchLayout(max_qo_tokens, num_qo_heads, head_dim, t, &l);
  if (!st.isOk())
    return report(st);
  *bytes = l.bytes;
  return ATTN_SUCCESS;
}

attn_status_t attnCascadeCreate(const attn_cascade_config_t *c, attn_cascade_t *out) {
  if (!c || !out)
    return invalid("%s is null", !c ? "config" : "out");
  *out = nullptr;
  CascadeProblem p;
  CascadeOptions o;
  Status st = toCascade(*c, &p, &o);
  std::unique_ptr<CascadeAttention> object;
  if (st.isOk())
    st = CascadeAttention::create(p, o, &object);
  if (!st.isOk())
    return report(st);
  *out = new attn_cascade{{std::move(object)}};
  return ATTN_SUCCESS;
}

void attnCascadeFree(attn_cascade_t cascade) { delete cascade; }

attn_status_t attnCascadePlan(attn_cascade_t cascade, int32_t num_levels,
                              const attn_cascade_level_plan_t *levels, void *stream) {
  if (!cascade || !levels)
    return invalid("%s is null", !cascade ? "cascade" : "levels");
  if (num_levels < 1 || num_levels > ATTN_CASCADE_MAX_LEVELS)
    return report(makeError(StatusCode::InvalidArgument, "num_levels (%d) is out of range [1, %d]",
                            num_levels, ATTN_CASCADE_MAX_LEVELS));
  CascadeLevelInput in[ATTN_CASCADE_MAX_LEVELS];
  for (int32_t l = 0; l < num_levels; ++l) {
    in[l].batch_size = levels[l].batch_size;
    in[l].qo_indptr = levels[l].qo_indptr;
    in[l].kv_indptr = levels[l].kv_indptr;
    in[l].kv_last_page_len = levels[l].kv_last_page_len;
  }
  return report(cascade->object->plan(num_levels, in, stream));
}

int32_t attnAbiVersion(void) { return ATTN_RT_ABI_VERSION; }

attn_status_t attnCascadeRun(attn_cascade_t cascade, const attn_cascade_args_t *args,
                             void *stream) {
  if (!cascade || !args)
    return invalid("%s is null", !cascade ? "cascade" : "args");
  if (args->num_levels < 1 || args->num_levels > ATTN_CASCADE_MAX_LEVELS)
    return report(makeError(StatusCode::InvalidArgument, "num_levels (%d) is out of range [1, %d]",
                            args->num_levels, ATTN_CASCADE_MAX_LEVELS));
  CascadeRunArgs a;
  a.q = args->q;
  a.k_cache = args->k_cache;
  a.v_cache = args->v_cache;
  a.o = args->o;
  a.lse = args->lse;
  a.kv_page_stride = args->kv_page_stride;
  a.num_levels = args->num_levels;
  for (int32_t l = 0; l < args->num_levels; ++l) {
    a.levels[l].qo_indptr = args->levels[l].qo_indptr;
    a.levels[l].kv_indptr = args->levels[l].kv_indptr;
    a.levels[l].kv_indices = args->levels[l].kv_indices;
    a.levels[l].kv_last_page_len = args->levels[l].kv_last_page_len;
  }
  return report(cascade->object->run(a, stream));
}

attn_status_t attnCascadeGetLevelInfo(attn_cascade_t cascade, int32_t level, int32_t *kind,
                                      int32_t *num_work, int32_t *num_partial_rows,
                                      int32_t *needs_merge, int32_t *kernel_index) {
  if (!cascade)
    return invalid("%s is null", "cascade");
  const CascadeAttention &c = *cascade->object;
  if (level < 0 || level >= c.numLevels())
    return report(makeError(StatusCode::InvalidArgument, "level (%d) is out of range [0, %d)",
                            level, c.numLevels()));
  const CascadeLevelKind k = c.levelKind(level);
  if (kind)
    *kind = int32_t(k);
  if (kernel_index)
    *kernel_index = c.levelKernelIndex(level);
  if (k == CascadeLevelKind::Decode) {
    const DecodePlan &p = c.decodeLevel(level)->currentPlan();
    putPlanInfo(p.num_work, p.num_partials, p.chunk_tokens, p.needs_merge, num_work,
                num_partial_rows, nullptr, needs_merge);
  } else {
    const PrefillPlan &p = c.prefillLevel(level)->currentPlan();
    putPlanInfo(p.num_work, p.num_partial_rows, p.chunk_tokens, p.needs_merge, num_work,
                num_partial_rows, nullptr, needs_merge);
  }
  return ATTN_SUCCESS;
}

} // extern "C"
