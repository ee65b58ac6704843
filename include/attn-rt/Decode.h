//===- Decode.h - batch decode attention: create, plan, run ----*- C++ -*-===//
//
//   auto st = DecodeAttention::create(bundle, problem, options, &decode);   // once
//   st = decode->plan(input, stream);  // per batch, host: schedule + ONE async copy
//   st = decode->run(args, stream);    // attention (+ merge); allocates nothing, capturable
//
// create selects the attention kernel (by name or by matching the problem against the
// bundle's decode variants; with none, a paged prefill kernel of the problem, which runs the
// step on tensor cores, see usesTensorCoreKernel) and its merge kernel, makes a context current
// (the current one, else the device's primary context, retained for the life of the process), loads
// the modules, queries SM count and occupancy, allocates the pinned staging buffer and (unless the
// caller passes them) the device workspaces. A DecodeAttention serves one stream at a time:
// plan waits for its previous staging copy before overwriting the staging buffer.
//
//===----------------------------------------------------------------------===//
#ifndef ATTN_RT_DECODE_H
#define ATTN_RT_DECODE_H

#include "attn-rt/DecodeScheduler.h"
#include "attn-rt/OpClass.h"
#include "attn-rt/Workspace.h"

#include <memory>
#include <string>

namespace attn::rt {

/// The shapes and types of a decode call, checked against the bundle variant.
struct DecodeProblem : AttentionShape {
  bool want_lse = false; ///< only kernels that write lse match
};

/// kernel_name: a decode kernel; max_work 0 = max(max_batch, one-wave budget of the device).
struct DecodeOptions : AttentionOptions {
  int32_t min_chunk_tokens = kDefaultMinChunkTokens;
};

/// Device tensors of one run. lse may be 0. q, k_cache, v_cache and o must be 16-byte
/// aligned, the i32 arrays and lse 4-byte aligned (InvalidArgument otherwise). The scale is compiled into the kernel
/// (variant.sm_scale): sm_scale <= 0 means "the kernel's"; a positive value must equal it;
/// NaN and infinities are InvalidArgument.
/// Only older kernels with an `sm_scale` parameter use it (<= 0 then means 1/sqrt(head_dim)).
struct DecodeRunArgs {
  DevicePtr q = 0, k_cache = 0, v_cache = 0;
  DevicePtr kv_indptr = 0, kv_indices = 0, kv_last_page_len = 0;
  DevicePtr o = 0, lse = 0;
  float sm_scale = 0.0f;
  /// Elements from one page of k_cache (and of v_cache) to the next; 0 = dense pools
  /// (page_size * num_kv_heads * head_dim). Larger strides read strided views, e.g. the K and
  /// V halves of one [pages, 2, ...] cache (2 * page elements). Each page is contiguous.
  int64_t kv_page_stride = 0;
};

/// Checks `problem` against a kernel's variant; Mismatch names the first differing field
/// ("kernel 'k' has head_dim 128, the call has 64").
Status checkDecodeVariant(const KernelEntry &kernel, const DecodeProblem &problem);

/// Picks the attention kernel (named, or the first decode attention kernel whose variant
/// matches and whose parameters decode run can bind) and its merge kernel: none when the
/// attention kernel has no split-KV partials (no tmp_o), else merge_kernel if named, else
/// "<f>_merge" for an attention kernel "<f>_attention" (the compiler's pairing), else the first
/// decode merge kernel with the same num_qo_heads, head_dim and dtype. `merge_index` = -1
/// when no merge is needed. No GPU involved.
Status selectDecodeKernels(const BundleManifest &manifest, const DecodeProblem &problem,
                           const std::string &kernel_name, int *attention_index,
                           int *merge_index);

/// selectDecodeKernels, or when no decode kernel fits, a paged prefill kernel of the problem
/// (a decode step compiled for the tensor cores; `*tensor_core` is then true and
/// `merge_index` is the prefill kernel's merge). The decode error is the one reported when
/// neither fits.
Status selectDecodeStepKernels(const BundleManifest &manifest, const DecodeProblem &problem,
                               const std::string &kernel_name, int *attention_index,
                               int *merge_index, bool *tensor_core);

/// The value bound to an `sm_scale` parameter: variant.sm_scale when the manifest gives it
/// (a positive `requested` that differs is a Mismatch), else `requested` if > 0, else
/// 1/sqrt(head_dim).
Status resolveDecodeSmScale(const KernelEntry &attention, float requested, int32_t head_dim,
                            float *out);

/// On the tensor-core kernel, currentPlan() holds the plan's counts (its work arrays stay
/// empty), and the scheduler config and workspace layout are unused (all zero).
class DecodeAttention {
  ATTN_RT_PLANNED_OP(DecodeAttention, DecodeProblem, DecodeOptions, DecodePlanInput, DecodeRunArgs,
                     DecodePlan, DecodeSchedulerConfig, DecodeWorkspaceLayout)

  /// True when the bundle's kernel for this problem is a paged prefill kernel (a decode step
  /// compiled for the tensor cores) and decode runs it with one query row per request.
  bool usesTensorCoreKernel() const;
};

} // namespace attn::rt

#endif // ATTN_RT_DECODE_H
