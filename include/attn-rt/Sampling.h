//===- Sampling.h - top-k / top-p / min-p sampling, renorm and mask --*- C++ -*-===//
//
//   auto st = Sampler::create(bundle, problem, options, &sampler);   // once
//   st = sampler->run(args, stream);   // allocates nothing, capturable in a CUDA graph
//
// FlashInfer's sampling functions over rows of probabilities or logits [num_rows, vocab]
// (f32 or bf16, vocab up to 262144): sampling_from_probs / _logits, top_k_ / top_p_ /
// min_p_ / top_k_top_p_sampling_from_probs / _logits (mode Sample: one i32 token per row),
// top_k_renorm_probs / top_p_renorm_probs (mode Renorm), top_k_mask_logits (mode Mask).
// One kernel of family "sample" (abi::sample in KernelABI.h) per (input, mode, dtype,
// filters): the scalar thresholds are compiled in, per-row ones are device buffers. Sampling
// is sorting-free rejection sampling with Philox keyed by the (seed, offset) pair the kernel
// reads from device memory, so the same seed and offset give the same tokens and a captured
// graph draws anew when the caller advances the offset.
//
// Per-row thresholds are device data the host does not read: k <= 0 there means no top-k,
// p >= 1 no top-p, m <= 0 no min-p. NaN probabilities (and negative ones) weigh nothing and
// NaN logits are never drawn nor kept (Mask writes -inf there); a row with no weight at all
// gets token -1 (Sample) or zeros (Renorm).
//
// Cluster kernels (variant cluster_size 8 or 16, sm_90): a row is split over a thread-block
// cluster, each CTA keeping its slice in shared memory and the passes combining through
// distributed shared memory, so a small batch uses cluster_size SMs per row instead of one.
// Same distributions and the same Philox stream; the token a given seed draws depends on the
// cluster size (the inverse-CDF order follows the CTAs), and is the same for the same seed,
// offset and kernel. A caller picks them for small batches (attn_mlir.sampling: batch <=
// CLUSTER_MAX_BATCH) by setting cluster_size in the problem.
//
// ChainSpeculativeSampler verifies chains of draft tokens against the target model's
// distributions (chain_speculative_sampling), with the same Philox draws (one CTA per
// request; no cluster variant).
//
//===----------------------------------------------------------------------===//
#ifndef ATTN_RT_SAMPLING_H
#define ATTN_RT_SAMPLING_H

#include "attn-rt/OpClass.h"

namespace attn::rt {

/// Largest vocabulary the kernels take (attn.sample's limit).
inline constexpr int32_t kMaxSamplingVocab = 262144;

/// What a sampling call computes, checked against the kernel's variant. A filter is either
/// compiled in (top_k > 0, top_p < 1, min_p > 0) or per row (the *_per_row flag, the scalar
/// then left at its default).
struct SamplingProblem {
  SamplingInput input = SamplingInput::Probs;
  SamplingMode mode = SamplingMode::Sample;
  DType dtype = DType::F32;
  int32_t top_k = 0;  ///< 0 = off
  float top_p = 1.0f; ///< in (0, 1]; 1 = off
  float min_p = 0.0f; ///< in [0, 1]; 0 = off
  bool top_k_per_row = false;
  bool top_p_per_row = false;
  bool min_p_per_row = false;
  /// CTAs per row: 1, or 8 / 16 for the kernels that split a row over a thread-block cluster
  /// (sm_90 bundles; faster for small batches, see the header comment).
  int32_t cluster_size = 1;
};

using SamplingOptions = OpKernelOptions;

/// Device buffers of one call: input [num_rows, vocab] in the problem's dtype; top_k i32,
/// top_p / min_p f32 [num_rows] for the per-row filters (0 otherwise); seed_offset i64 [2]
/// (seed, offset) for mode Sample; out i32 [num_rows] (Sample) or like input (Renorm, Mask;
/// may be input). num_rows 0 launches nothing.
/// advance_offset 1 (mode Sample, kernels with that parameter): the kernel adds one to
/// seed_offset[1] once it has read it, so that the next call, or the next replay of a
/// captured graph, draws anew with no launch of its own; seed_offset is then i64 [3] (seed,
/// offset, 0), the kernel counting its CTAs in the third element and leaving it 0.
struct SamplingArgs {
  DevicePtr input = 0, top_k = 0, top_p = 0, min_p = 0, seed_offset = 0, out = 0;
  int32_t num_rows = 0;
  int32_t vocab = 0;
  int32_t advance_offset = 0;
};

/// InvalidArgument unless top_k >= 0, top_p in (0, 1] and min_p in [0, 1] (NaN fails), a
/// filter is not both scalar and per row, renorm reads probs and mask logits, the dtype
/// is f32 or bf16 and cluster_size is 1, 8 or 16.
Status checkSamplingProblem(const SamplingProblem &problem);

/// run launches one CTA per row on `stream` (gridSize: num_rows), or for a cluster kernel
/// one cluster of cluster_size CTAs per row (gridSize: num_rows * cluster_size, launched
/// with cuLaunchKernelEx and CU_LAUNCH_ATTRIBUTE_CLUSTER_DIMENSION). checkVariant:
/// checkSamplingProblem, then a sample kernel's variant. checkArgs: num_rows >= 0, vocab in
/// [1, kMaxSamplingVocab], the buffers the kernel takes non-null, input and out aligned to the
/// kernel's 16-byte access, num_rows * vocab within 2^31 elements, advance_offset 0 or 1 (1
/// only for mode Sample on a kernel with the advance_offset parameter).
class Sampler {
  ATTN_RT_STANDALONE_OP(Sampler, SamplingProblem, SamplingOptions, SamplingArgs)
};

/// Speculative-decoding verification (FlashInfer's chain_speculative_sampling), one kernel of
/// family "spec_sample" (abi::spec_sample in KernelABI.h) per dtype.
struct SpeculativeSamplingProblem {
  DType dtype = DType::F32; ///< of draft_probs and target_probs: f32 or bf16
};

using SpeculativeSamplingOptions = OpKernelOptions;

/// Device buffers of one call with S = num_spec draft tokens per request: draft_probs
/// [num_rows, S, vocab] and target_probs [num_rows, S + 1, vocab] in the problem's dtype,
/// draft_token_ids i32 [num_rows, S], seed_offset i64 [2]; out i32 [num_rows, S + 1] receives
/// the accepted drafts, the token drawn at the first rejection (or the bonus token) and -1
/// after it; accepted and emitted (i32 [num_rows]) are ADDED to (FlashInfer's counts: the
/// positions whose test passes, and the drafts emitted before the first rejection). The
/// distributions need not be normalised; a draft id outside [0, vocab) is rejected.
/// advance_offset as in SamplingArgs (seed_offset then i64 [3]).
struct SpeculativeSamplingArgs {
  DevicePtr draft_probs = 0, draft_token_ids = 0, target_probs = 0, seed_offset = 0, out = 0,
            accepted = 0, emitted = 0;
  int32_t num_rows = 0;
  int32_t num_spec = 0;
  int32_t vocab = 0;
  int32_t advance_offset = 0;
};

/// InvalidArgument unless the dtype is f32 or bf16.
Status checkSpeculativeSamplingProblem(const SpeculativeSamplingProblem &problem);

/// run launches one 1024-thread CTA per request on `stream` (gridSize: num_rows). checkArgs:
/// num_rows >= 0, num_spec >= 1, vocab in [1, kMaxSamplingVocab], every buffer non-null and
/// aligned (the rows to the kernel's 16-byte access), num_rows * (num_spec + 1) * vocab within
/// 2^31 elements.
class ChainSpeculativeSampler {
  ATTN_RT_STANDALONE_OP(ChainSpeculativeSampler, SpeculativeSamplingProblem,
                        SpeculativeSamplingOptions, SpeculativeSamplingArgs)
};

} // namespace attn::rt

#endif // ATTN_RT_SAMPLING_H
