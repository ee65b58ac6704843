//===- Rope.h - rotary embedding of queries and keys with position ids -*- C++ -*-===//
//
//   auto st = ApplyRope::create(bundle, problem, options, &rope);   // once
//   st = rope->run(args, stream);   // allocates nothing, capturable
//
// FlashInfer's apply_rope_pos_ids / apply_llama31_rope_pos_ids (and their _inplace forms):
// row t of q [N, Hq, D] and k [N, Hkv, D] is rotated by position pos_ids[t]; features past
// rotary_dim are copied; q_out / k_out may be q / k. The RoPE parameters are compiled into
// the kernel (family "rope", abi::rope in KernelABI.h): create selects a kernel whose variant
// matches the problem (heads, head_dim, dtype, kind, rotary_dim, interleave, theta, scale and
// the llama3 factors), makes a context current and loads it; run checks the arguments on the
// host and launches one grid-stride kernel sized from num_rows.
//
//===----------------------------------------------------------------------===//
#ifndef ATTN_RT_ROPE_H
#define ATTN_RT_ROPE_H

#include "attn-rt/OpClass.h"

namespace attn::rt {

/// What a RoPE call computes, checked against the kernel's variant. The defaults are
/// FlashInfer's (llama, theta 1e4, scale 1; llama3: factor 8, low 1, high 4, 8192).
struct RopeProblem {
  int32_t num_qo_heads = 0;
  int32_t num_kv_heads = 0;
  int32_t head_dim = 0;
  int32_t rotary_dim = 0; ///< 0 = head_dim
  RopeKind kind = RopeKind::Llama;
  bool interleave = false;
  float theta = 1.0e4f;
  float scale = 1.0f;
  float factor = 8.0f;            ///< llama3 only
  float low_freq_factor = 1.0f;   ///< llama3 only
  float high_freq_factor = 4.0f;  ///< llama3 only
  int32_t original_max_position = 8192; ///< llama3 only
  DType dtype = DType::BF16;
};

using RopeOptions = OpKernelOptions;

/// Device tensors of one call: q, q_out [num_rows, Hq, D]; k, k_out [num_rows, Hkv, D];
/// pos_ids i32 [num_rows]. q_out == q and k_out == k rotate in place. num_rows 0 launches
/// nothing.
struct RopeArgs {
  DevicePtr q = 0, k = 0, pos_ids = 0;
  DevicePtr q_out = 0, k_out = 0;
  int32_t num_rows = 0;
};

/// run launches the RoPE kernel on `stream`. checkVariant: positive heads and head_dim, an
/// even rotary_dim within head_dim, positive theta and scale, a RoPE kind, then a rope
/// kernel's variant ("kernel 'k' has rope_theta 500000, the call has 10000"; floating-point
/// parameters match within a relative 1e-6). checkArgs: pointers non-null, num_rows >= 0,
/// buffers aligned to the kernel's vector access.
class ApplyRope {
  ATTN_RT_STANDALONE_OP(ApplyRope, RopeProblem, RopeOptions, RopeArgs)
};

} // namespace attn::rt

#endif // ATTN_RT_ROPE_H
