//===- Prefill.h - tensor-core prefill / append attention: create, plan, run -*- C++ -*-===//
//
//   auto st = PrefillAttention::create(bundle, problem, options, &prefill);  // once
//   st = prefill->plan(input, stream);  // per batch, host: schedule + ONE async copy
//   st = prefill->run(args, stream);    // attention (+ merge); allocates nothing, capturable
//
// Ragged queries (qo_indptr) against paged or ragged KV: batched prefill, append and chunked
// prefill with the masks aligned bottom-right (docs/PREFILL_ABI.md). create selects the
// attention kernel of family "prefill" (by name or by matching the problem against the
// bundle's variants) and its merge kernel, makes a context current (the current one, else the
// device's primary context, retained for the life of the process), loads the modules, queries
// SM count and occupancy, resolves the capacities, and allocates the pinned staging buffer and
// (unless the caller passes them) the device workspaces. The mask and the logit scale are the
// kernel's (variant.mask / window_left / sm_scale); custom and block-sparse masks, ALiBi slopes
// and RoPE offsets come as run's device operands. A kernel loading ragged K/V by TMA also takes
// tensor maps of k and v: run encodes them on the host (cuTensorMapEncodeTiled, a CUDA 12+
// driver entry point; create fails without it) whenever k or v moved since its previous run.
// A PrefillAttention serves one stream at a time: plan waits for its previous staging copy
// before overwriting the staging buffer.
//
//===----------------------------------------------------------------------===//
#ifndef ATTN_RT_PREFILL_H
#define ATTN_RT_PREFILL_H

#include "attn-rt/OpClass.h"
#include "attn-rt/PrefillScheduler.h"
#include "attn-rt/Workspace.h"

#include <memory>
#include <string>

namespace attn::rt {

/// The shapes and types of a prefill call, checked against the bundle variant; page_size and
/// layout are read for paged KV only.
struct PrefillProblem : AttentionShape {
  KvFormat kv_format = KvFormat::Paged;
  bool want_lse = false; ///< only kernels that write lse match
};

/// kernel_name: a prefill kernel; max_work 0 = defaultPrefillMaxWork (never too small).
struct PrefillOptions : AttentionOptions {
  int32_t max_qo_tokens = 0;    ///< capacity: query tokens, qo_indptr[B] (required)
  int32_t max_partial_rows = 0; ///< capacity; 0 = defaultPrefillMaxPartialRows
  int32_t min_chunk_tokens = kDefaultPrefillMinChunkTokens;
  /// Every request has exactly one query row (a decode step on the tensor-core kernel):
  /// plan takes qo_indptr = arange(0 .. batch_size) only, and run's qo_indptr may be 0, which
  /// binds a copy of it the int workspace holds (max_qo_tokens + 1 more words).
  bool one_query_per_request = false;
};

/// Device tensors of one run. k / v are k_cache / v_cache for paged KV. kv_indices and
/// kv_last_page_len are read for paged KV only (0 for ragged). lse may be 0. qo_indptr,
/// kv_indptr and kv_last_page_len must hold the values the plan was made from.
///
/// The mask and position operands (KernelABI.h, docs/PREFILL_ABI.md) are given exactly when
/// the kernel takes them (0 = absent): a kernel's operand left 0 is InvalidArgument, an
/// operand the kernel does not take is Mismatch (it would be ignored silently otherwise, e.g.
/// alibi_slopes on a kernel compiled with the standard slopes). q, k, v and o must be 16-byte
/// aligned, the i32 and f32 arrays 4-byte aligned (InvalidArgument otherwise).
struct PrefillRunArgs {
  DevicePtr q = 0, qo_indptr = 0;
  DevicePtr k = 0, v = 0;
  DevicePtr kv_indptr = 0, kv_indices = 0, kv_last_page_len = 0;
  DevicePtr o = 0, lse = 0;
  DevicePtr custom_mask = 0;   ///< u8, bit-packed per request (mask custom)
  DevicePtr mask_indptr = 0;   ///< i32 [B+1], byte offsets into custom_mask (mask custom)
  DevicePtr block_indptr = 0;  ///< i32 [ceil(qo_indptr[B] / R) + 1] (mask block_sparse)
  DevicePtr block_indices = 0; ///< i32 [block_indptr[last]], block columns (mask block_sparse)
  DevicePtr alibi_slopes = 0;  ///< f32 [num_qo_heads] (kernels with the alibi_slopes operand)
  DevicePtr rope_offsets = 0;  ///< i32 [B], added to request b's RoPE positions
  int64_t kv_page_stride = 0;  ///< paged: elements between pages of k / v, 0 = dense (as for
                               ///< DecodeRunArgs); ragged: must be 0
};

/// Checks the mask and position operands of `args` against what `attention` takes:
/// InvalidArgument "custom_mask is null but kernel 'k' takes it (...)" for a missing one, Mismatch
/// "alibi_slopes was given but kernel 'k' does not take it (...)" for an extra one. No GPU
/// involved; run calls it before launching.
Status checkPrefillOperands(const KernelEntry &attention, const PrefillRunArgs &args);

/// Checks `problem` against a kernel's variant; Mismatch names the first differing field
/// ("kernel 'k' has kv_format paged, the call has ragged"), a parameter prefill run cannot
/// bind, or a custom / block-sparse kernel without the operands of its mask.
Status checkPrefillVariant(const KernelEntry &kernel, const PrefillProblem &problem);

/// Picks the attention kernel (named, or the first prefill attention kernel whose variant
/// matches) and its merge kernel (as selectDecodeKernels does: none without tmp_o, else
/// merge_kernel, else "<f>_merge" for "<f>_attention", else the first compatible prefill merge
/// kernel). `merge_index` = -1 when no merge is needed. No GPU involved.
Status selectPrefillKernels(const BundleManifest &manifest, const PrefillProblem &problem,
                            const std::string &kernel_name, int *attention_index,
                            int *merge_index);

/// The scheduler configuration for `attention` (tile_q, tile_kv, mask, window, block rows,
/// split-KV when it has tmp_o, the K/V element size) on a device with `num_sms` SMs,
/// `ctas_per_sm` occupancy and `l2_bytes` of L2 cache (used only when the kernel takes
/// head_section; 0: no L2 sections), with the options' capacities and their defaults
/// resolved. Validates the result; a block-sparse kernel whose block_rows is not a multiple of
/// its query rows per Q tile (tile_q / G) is a Mismatch. No GPU involved.
Status makePrefillSchedulerConfig(const KernelEntry &attention, const PrefillProblem &problem,
                                  const PrefillOptions &options, int32_t num_sms,
                                  int32_t ctas_per_sm, PrefillSchedulerConfig *out,
                                  int64_t l2_bytes = 0);

class PrefillAttention {
  ATTN_RT_PLANNED_OP(PrefillAttention, PrefillProblem, PrefillOptions, PrefillPlanInput,
                     PrefillRunArgs, PrefillPlan, PrefillSchedulerConfig, PrefillWorkspaceLayout)

  /// Index of the attention kernel in the bundle's manifest.
  int attentionKernelIndex() const;
};

} // namespace attn::rt

#endif // ATTN_RT_PREFILL_H
