//===- Merge.h - merging attention states (cascade attention) -------*- C++ -*-===//
//
//   auto st = MergeAttentionStates::create(bundle, problem, options, &merge);   // once
//   st = merge->run(args, stream);   // allocates nothing, capturable
//
// FlashInfer's merge_state (two states per row: cascade / shared-prefix attention) and
// merge_states (num_states per row, dense): s = log(sum_k exp(s_k)), v = sum_k exp(s_k - s)
// v_k, in f32; -inf states add nothing and a row of only -inf states gets v = 0, s = -inf.
// The shapes, types and whether s_out is written are compiled into the kernel (family
// "merge", abi::merge in KernelABI.h): create selects a kernel whose variant matches the
// problem, makes a context current and loads it; run checks the arguments on the host and
// launches one grid-stride kernel sized from num_rows.
//
//===----------------------------------------------------------------------===//
#ifndef ATTN_RT_MERGE_H
#define ATTN_RT_MERGE_H

#include "attn-rt/OpClass.h"

namespace attn::rt {

/// What a merge computes, checked against the kernel's variant.
struct MergeProblem {
  MergeForm form = MergeForm::State; ///< State: merge_state; States: dense merge_states
  int32_t num_heads = 0;
  int32_t head_dim = 0;
  DType dtype = DType::BF16;       ///< v_out
  DType state_dtype = DType::BF16; ///< v_a / v_b, or v
  bool write_lse = true;           ///< the kernel writes s_out
  /// States: the number of states per row of the calls (0 = not fixed: any kernel of the
  /// form; a kernel with a compiled-in count then takes only that count at run).
  int32_t num_states = 0;
};

using MergeOptions = OpKernelOptions;

/// Device tensors of one call (N = num_rows, H = heads, D = head_dim, K = num_states).
/// State: v_a, v_b [N, H, D], s_a, s_b f32 [N, H]. States: v [N, K, H, D], s f32 [N, K, H].
/// v_out [N, H, D]; s_out f32 [N, H] (0 when the kernel does not write it). v_out may be v_a
/// or v_b; s_out must not alias s_a / s_b. num_rows 0 launches nothing.
struct MergeArgs {
  DevicePtr v_a = 0, s_a = 0, v_b = 0, s_b = 0;
  DevicePtr v = 0, s = 0;
  DevicePtr v_out = 0, s_out = 0;
  int32_t num_states = 0; ///< States only
  int32_t num_rows = 0;
};

/// run launches the merge kernel on `stream`. checkVariant: a form, positive heads and
/// head_dim, num_states >= 0, then a merge kernel's variant. checkArgs: the form's pointers
/// non-null and the other form's zero, s_out given exactly when the kernel writes it and not
/// aliasing an input s, num_rows >= 0, num_states >= 0 (and the kernel's count when it has
/// one), v buffers aligned to the kernel's vector access, s buffers to 4 bytes.
class MergeAttentionStates {
  ATTN_RT_STANDALONE_OP(MergeAttentionStates, MergeProblem, MergeOptions, MergeArgs)
};

} // namespace attn::rt

#endif // ATTN_RT_MERGE_H
