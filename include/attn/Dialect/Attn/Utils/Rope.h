//===- Rope.h - rotary position embedding in the attn kernel emitters -*- C++ -*-===//
//
// Per-thread RoPE (llama, llama3 scaling, interleaved or not) over the `vec` features a lane
// owns of a head row, shared by the decode and prefill kernel emitters.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_DIALECT_ATTN_UTILS_ROPE_H
#define ATTN_DIALECT_ATTN_UTILS_ROPE_H

#include "attn/Dialect/Attn/IR/AttnOps.h"
#include "attn/Dialect/Attn/Utils/KernelBuilder.h"

namespace mlir::attn::detail {

/// Per-thread rotary-embedding data for the `vec` features [col, col + vec) of a head row.
struct RopeLane {
  RopeAttr attr;
  Value inRotary;   ///< i1: the lane's features are rotated at all
  Value partnerCol; ///< column of the features they pair with (non-interleaved layout)
  SmallVector<Value> freqs; ///< angle per unit position, one per feature
};

/// theta^(-2i / rotary_dim) / scale, with Llama 3.1's frequency scaling for `llama3`.
Value ropeFrequency(KernelBuilder &b, RopeAttr rope, Value pairIndex /*f32*/);

/// The lane data for features [col, col + vec).
RopeLane makeRopeLane(KernelBuilder &b, RopeAttr rope, Value col, int64_t vec);

/// Rotates the lane's features `x` at position `pos` (f32); `partner` holds the features of
/// `partnerCol` (unused for the interleaved layout, whose pairs sit inside the vector).
///   non-interleaved: x'_i = x_i cos - x_{i+rd/2} sin (first half), x_i cos + x_{i-rd/2} sin
///   interleaved:     x'_{2i} = x_{2i} cos - x_{2i+1} sin, x'_{2i+1} = x_{2i+1} cos + x_{2i} sin
Value applyRope(KernelBuilder &b, const RopeLane &lane, Value x, Value partner, Value col,
                Value pos, int64_t vec);

/// An index (or i32) value as f32.
Value toF32(KernelBuilder &b, Value index);

} // namespace mlir::attn::detail

#endif // ATTN_DIALECT_ATTN_UTILS_ROPE_H
