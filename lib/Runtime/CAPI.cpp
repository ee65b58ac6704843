//===- CAPI.cpp - the C API (attn_rt.h) over the C++ runtime --------------===//
#include "attn-rt/attn_rt.h"

#include "attn-rt/Bundle.h"
#include "attn-rt/Decode.h"
#include "attn-rt/Workspace.h"

#include <memory>
#include <string>

using namespace attn::rt;

struct attn_bundle {
  std::unique_ptr<Bundle> bundle;
};
struct attn_decode {
  std::unique_ptr<DecodeAttention> decode;
};

static_assert(int(ATTN_ERROR_INTERNAL) == int(StatusCode::Internal), "status codes diverged");
static_assert(int(ATTN_ERROR_CAPACITY) == int(StatusCode::CapacityExceeded), "status codes diverged");
static_assert(int(ATTN_LAYOUT_HND) == int(KvLayout::HND), "layout enums diverged");
static_assert(int(ATTN_DTYPE_F16) == int(DType::F16), "dtype enums diverged");
static_assert(int(ATTN_ROLE_MERGE) == int(KernelRole::Merge), "role enums diverged");

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

Status toLayout(int32_t v, KvLayout *out) {
  if (v != ATTN_LAYOUT_NHD && v != ATTN_LAYOUT_HND)
    return makeError(StatusCode::InvalidArgument, "layout (%d) is not an attn_layout_t", v);
  *out = KvLayout(v);
  return Status::ok();
}

Status toDType(const char *name, int32_t v, DType *out) {
  if (v != ATTN_DTYPE_BF16 && v != ATTN_DTYPE_F16)
    return makeError(StatusCode::InvalidArgument, "%s (%d) is not an attn_dtype_t", name, v);
  *out = DType(v);
  return Status::ok();
}

} // namespace

extern "C" {

const char *attnGetLastError(void) { return lastError.c_str(); }

const char *attnStatusName(attn_status_t status) {
  return statusCodeName(StatusCode(int(status)));
}

attn_status_t attnBundleLoad(const char *directory, attn_bundle_t *out) {
  if (!directory || !out)
    return invalid("%s is null", !directory ? "directory" : "out");
  *out = nullptr;
  std::unique_ptr<Bundle> b;
  Status st = Bundle::open(directory, &b);
  if (!st.isOk())
    return report(st);
  *out = new attn_bundle{std::move(b)};
  return ATTN_SUCCESS;
}

void attnBundleFree(attn_bundle_t bundle) { delete bundle; }

int32_t attnBundleNumKernels(attn_bundle_t bundle) {
  return bundle ? int32_t(bundle->bundle->manifest().kernels.size()) : 0;
}

attn_status_t attnBundleGetKernel(attn_bundle_t bundle, int32_t index,
                                  attn_kernel_info_t *out) {
  if (!bundle || !out)
    return invalid("%s is null", !bundle ? "bundle" : "out");
  const auto &kernels = bundle->bundle->manifest().kernels;
  if (index < 0 || size_t(index) >= kernels.size())
    return report(makeError(StatusCode::InvalidArgument,
                            "kernel index %d is out of range [0, %zu)", index, kernels.size()));
  const KernelEntry &k = kernels[size_t(index)];
  out->name = k.name.c_str();
  out->family = k.family.c_str();
  out->role = int32_t(k.role);
  out->num_qo_heads = k.variant.num_qo_heads;
  out->num_kv_heads = k.variant.num_kv_heads;
  out->head_dim = k.variant.head_dim;
  out->page_size = k.variant.page_size;
  out->layout = int32_t(k.variant.layout);
  out->dtype = int32_t(k.variant.dtype);
  out->kv_dtype = int32_t(k.variant.kv_dtype);
  for (int i = 0; i < 3; ++i)
    out->block[i] = k.block[size_t(i)];
  out->dynamic_smem = k.dynamic_smem;
  out->tile_kv = k.tile.tile_kv;
  out->kv_format = int32_t(k.variant.kv_format);
  out->split_kv = k.findParam(abi::decode::kTmpO) >= 0 ? 1 : 0;
  out->sm_scale = k.variant.has_sm_scale ? k.variant.sm_scale : 0.0f;
  out->registers = k.resources.present ? k.resources.registers : -1;
  out->spill_bytes =
      k.resources.present ? k.resources.spill_stores + k.resources.spill_loads : -1;
  return ATTN_SUCCESS;
}

attn_status_t attnDecodeWorkspaceSize(int32_t max_batch, int32_t max_work,
                                      int32_t num_qo_heads, int32_t head_dim,
                                      size_t *int_workspace_bytes,
                                      size_t *float_workspace_bytes) {
  DecodeWorkspaceLayout l;
  Status st = computeDecodeWorkspaceLayout(max_batch, max_work, num_qo_heads, head_dim, &l);
  if (!st.isOk())
    return report(st);
  if (int_workspace_bytes)
    *int_workspace_bytes = l.intBytes();
  if (float_workspace_bytes)
    *float_workspace_bytes = l.float_bytes;
  return ATTN_SUCCESS;
}

void attnDecodeConfigInit(attn_decode_config_t *config) {
  if (!config)
    return;
  *config = attn_decode_config_t{};
  config->layout = ATTN_LAYOUT_NHD;
  config->dtype = ATTN_DTYPE_BF16;
  config->kv_dtype = ATTN_DTYPE_BF16;
}

attn_status_t attnDecodeCreate(attn_bundle_t bundle, const attn_decode_config_t *c,
                               attn_decode_t *out) {
  if (!bundle || !c || !out)
    return invalid("%s is null", !bundle ? "bundle" : !c ? "config" : "out");
  *out = nullptr;
  DecodeProblem p;
  p.num_qo_heads = c->num_qo_heads;
  p.num_kv_heads = c->num_kv_heads;
  p.head_dim = c->head_dim;
  p.page_size = c->page_size;
  p.want_lse = c->want_lse != 0;
  Status st = toLayout(c->layout, &p.layout);
  if (st.isOk())
    st = toDType("dtype", c->dtype, &p.dtype);
  if (st.isOk())
    st = toDType("kv_dtype", c->kv_dtype, &p.kv_dtype);
  if (!st.isOk())
    return report(st);
  DecodeOptions o;
  o.kernel_name = c->kernel_name ? c->kernel_name : "";
  o.max_batch = c->max_batch;
  o.max_work = c->max_work;
  o.graph_mode = c->graph_mode != 0;
  o.min_chunk_tokens = c->min_chunk_tokens > 0 ? c->min_chunk_tokens : kDefaultMinChunkTokens;
  o.device = c->device;
  o.int_workspace = c->int_workspace;
  o.int_workspace_bytes = c->int_workspace_bytes;
  o.float_workspace = c->float_workspace;
  o.float_workspace_bytes = c->float_workspace_bytes;
  std::unique_ptr<DecodeAttention> d;
  st = DecodeAttention::create(*bundle->bundle, p, o, &d);
  if (!st.isOk())
    return report(st);
  *out = new attn_decode{std::move(d)};
  return ATTN_SUCCESS;
}

void attnDecodeFree(attn_decode_t decode) { delete decode; }

attn_status_t attnDecodePlan(attn_decode_t decode, int32_t batch_size,
                             const int32_t *kv_indptr, const int32_t *kv_last_page_len,
                             const int32_t *kv_indices, int32_t num_pages, void *stream) {
  if (!decode)
    return invalid("%s is null", "decode");
  DecodePlanInput in;
  in.batch_size = batch_size;
  in.kv_indptr = kv_indptr;
  in.kv_last_page_len = kv_last_page_len;
  in.kv_indices = kv_indices;
  in.num_pages = num_pages;
  return report(decode->decode->plan(in, stream));
}

attn_status_t attnDecodeRun(attn_decode_t decode, const attn_decode_args_t *args,
                            void *stream) {
  if (!decode || !args)
    return invalid("%s is null", !decode ? "decode" : "args");
  DecodeRunArgs a;
  a.q = args->q;
  a.k_cache = args->k_cache;
  a.v_cache = args->v_cache;
  a.kv_indptr = args->kv_indptr;
  a.kv_indices = args->kv_indices;
  a.kv_last_page_len = args->kv_last_page_len;
  a.o = args->o;
  a.lse = args->lse;
  a.sm_scale = args->sm_scale;
  return report(decode->decode->run(a, stream));
}

attn_status_t attnDecodeGetPlanInfo(attn_decode_t decode, int32_t *num_work,
                                    int32_t *num_partials, int32_t *chunk_tokens,
                                    int32_t *needs_merge) {
  if (!decode)
    return invalid("%s is null", "decode");
  const DecodePlan &p = decode->decode->currentPlan();
  if (num_work)
    *num_work = p.num_work;
  if (num_partials)
    *num_partials = p.num_partials;
  if (chunk_tokens)
    *chunk_tokens = p.chunk_tokens;
  if (needs_merge)
    *needs_merge = p.needs_merge ? 1 : 0;
  return ATTN_SUCCESS;
}

} // extern "C"
