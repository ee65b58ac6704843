//===- Rope.cpp - rotary position embedding in the attn kernel emitters ---===//
//
// The RoPE helpers of attn/Dialect/Attn/Utils/Rope.h, shared by the fused kernels (attn-tile)
// and the RoPE kernel (convert-attn-to-nvvm). Part of MLIRAttnUtils, which depends on the
// dialect only; MLIRAttnTransforms and the conversion link it.
//
//===----------------------------------------------------------------------===//

#include "attn/Dialect/Attn/Utils/Rope.h"

#include <cmath>

using namespace mlir;
using namespace mlir::attn;
using namespace mlir::attn::detail;

Value mlir::attn::detail::ropeFrequency(KernelBuilder &b, RopeAttr rope,
                                        Value pairIndex /*f32*/) {
  double rd = static_cast<double>(rope.getRotaryDim());
  double log2Theta = std::log2(rope.getTheta().convertToDouble());
  // f = 2^(-(2 i / rd) * log2(theta))
  Value f = b.exp2(b.fmul(pairIndex, b.f32(-2.0 / rd * log2Theta)));
  if (rope.getKind() == RopeKind::Llama3) {
    double factor = rope.getFactor().convertToDouble();
    double low = rope.getLowFreqFactor().convertToDouble();
    double high = rope.getHighFreqFactor().convertToDouble();
    double orig = static_cast<double>(rope.getOriginalMaxPosition());
    // wavelen = 2 pi / f; long wavelengths (> orig / low) are slowed by `factor`, short ones
    // (< orig / high) kept, and those between interpolated with
    // smooth = (orig / wavelen - low) / (high - low).
    Value wavelen = b.fdiv(b.f32(2.0 * M_PI), f);
    auto fdiv2 = b.fdiv(b.f32(orig), wavelen);
    auto fsub1 = b.fsub(fdiv2, b.f32(low));
    Value smooth = b.fdiv(fsub1, b.f32(high - low));
    Value slowed = b.fdiv(f, b.f32(factor));
    auto fmul4 = b.fmul(b.fsub(b.f32(1.0), smooth), slowed);
    Value mixed = b.fadd(fmul4, b.fmul(smooth, f));
    Value isLong = b.fogt(wavelen, b.f32(orig / low));
    Value isShort = arith::CmpFOp::create(b, arith::CmpFPredicate::OLT, wavelen,
                                          b.f32(orig / high));
    f = b.select(isShort, f, b.select(isLong, slowed, mixed));
  }
  return b.fdiv(f, b.f32(rope.getScale().convertToDouble()));
}

RopeLane mlir::attn::detail::makeRopeLane(KernelBuilder &b, RopeAttr rope, Value col,
                                          int64_t vec) {
  RopeLane lane;
  lane.attr = rope;
  int64_t rd = rope.getRotaryDim(), half = rd / 2;
  lane.inRotary = b.ult(col, b.idx(rd));
  auto ult2 = b.ult(col, b.idx(half));
  auto add7 = b.add(col, b.idx(half));
  lane.partnerCol = b.select(ult2, add7,
                             b.select(lane.inRotary, b.sub(col, b.idx(half)), col));
  for (int64_t e = 0; e < vec; ++e) {
    Value c = b.add(col, b.idx(e));
    // Pair index: c / 2 (interleaved pairs (2i, 2i+1)) or c mod half ((i, i + rd/2)).
    Value pair = rope.getInterleave() ? b.div(c, b.idx(2)) : b.rem(c, b.idx(half));
    Value pairF = arith::UIToFPOp::create(
        b, b.getF32Type(), arith::IndexCastUIOp::create(b, b.getI32Type(), pair));
    lane.freqs.push_back(ropeFrequency(b, rope, pairF));
  }
  return lane;
}

Value mlir::attn::detail::applyRope(KernelBuilder &b, const RopeLane &lane, Value x,
                                    Value partner, Value col, Value pos, int64_t vec) {
  int64_t half = lane.attr.getRotaryDim() / 2;
  Value firstHalf = b.ult(col, b.idx(half));
  SmallVector<Value> out;
  for (int64_t e = 0; e < vec; ++e) {
    Value xe = vector::ExtractOp::create(b, x, e);
    Value angle = b.fmul(pos, lane.freqs[e]);
    Value cos = math::CosOp::create(b, angle, arith::FastMathFlags::afn);
    Value sin = math::SinOp::create(b, angle, arith::FastMathFlags::afn);
    Value rotated;
    if (lane.attr.getInterleave()) {
      int64_t mate = e ^ 1;
      Value xm = vector::ExtractOp::create(b, x, mate);
      Value xeCos = b.fmul(xe, cos);
      Value xmSin = b.fmul(xm, sin);
      rotated = (e % 2 == 0) ? b.fsub(xeCos, xmSin) : b.fadd(xeCos, xmSin);
    } else {
      Value xp = vector::ExtractOp::create(b, partner, e);
      Value signedSin = b.select(firstHalf, b.fsub(b.f32(0.0), sin), sin);
      auto fmul5 = b.fmul(xe, cos);
      rotated = b.fadd(fmul5, b.fmul(xp, signedSin));
    }
    out.push_back(b.select(lane.inRotary, rotated, xe));
  }
  return vector::FromElementsOp::create(b, cast<VectorType>(x.getType()), out);
}

Value mlir::attn::detail::toF32(KernelBuilder &b, Value index) {
  if (!index.getType().isIndex())
    return arith::SIToFPOp::create(b, b.getF32Type(), index);
  return arith::SIToFPOp::create(b, b.getF32Type(),
                                 arith::IndexCastOp::create(b, b.getI32Type(), index));
}

