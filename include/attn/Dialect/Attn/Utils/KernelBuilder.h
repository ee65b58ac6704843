//===- KernelBuilder.h - helpers shared by the attn kernel emitters -*- C++ -*-===//
//
// A thin layer over ImplicitLocOpBuilder for the index, float and vector arithmetic that the
// decode and merge kernels are written in, plus the base-2 online-softmax update they share.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_DIALECT_ATTN_UTILS_KERNELBUILDER_H
#define ATTN_DIALECT_ATTN_UTILS_KERNELBUILDER_H

#include "attn/Dialect/Attn/Utils/KernelConventions.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"

#include <cmath>

namespace mlir::attn::detail {

/// registerCap for `func`'s CTA (its known_block_size; kMaxRegistersPerThread without one).
inline int32_t kernelRegisterCap(gpu::GPUFuncOp func) {
  std::optional<ArrayRef<int32_t>> block = func.getKnownBlockSize();
  if (!block || block->size() != 3)
    return kMaxRegistersPerThread;
  return registerCap(int64_t((*block)[0]) * (*block)[1] * (*block)[2]);
}

/// log2(e) and ln(2): scores are kept in base 2 so the exponentials are single ex2.approx
/// instructions (PTX ISA, ex2).
inline constexpr double kLog2e = 1.4426950408889634;
inline constexpr double kLn2 = 0.6931471805599453;
/// Bytes one thread moves per vector access (ld.global.v4.b32 / cp.async 16).
using mlir::attn::kVectorBytes;

/// The argument of `func` whose `attn.param` is `name`, or null.
inline Value findParam(gpu::GPUFuncOp func, StringRef name) {
  for (unsigned i = 0, e = func.getNumArguments(); i < e; ++i)
    if (auto attr = func.getArgAttrOfType<StringAttr>(i, abi::kParamAttrName))
      if (attr.getValue() == name)
        return func.getArgument(i);
  return Value();
}

/// A kernel argument the emitter reads by its `attn.param` name.
struct NamedParam {
  const char *name;
  Value *slot;
  bool required;
};

/// Binds each of `params` to the argument of `func` with its name; a missing required one is
/// an error on `op` (the kernel was not built by attn-outline).
inline LogicalResult bindParams(Operation *op, gpu::GPUFuncOp func,
                                ArrayRef<NamedParam> params) {
  for (const NamedParam &p : params) {
    *p.slot = findParam(func, p.name);
    if (!*p.slot && p.required)
      return op->emitOpError() << "expected a kernel argument '" << p.name
                               << "' (run attn-outline)";
  }
  return success();
}

class KernelBuilder : public ImplicitLocOpBuilder {
public:
  using ImplicitLocOpBuilder::ImplicitLocOpBuilder;

  /// A builder that creates ops at `op`'s location, right before it: where a pattern
  /// lowering `op` with `rewriter` builds its replacement.
  static KernelBuilder before(Operation *op, OpBuilder &rewriter) {
    KernelBuilder b(op->getLoc(), rewriter);
    b.setInsertionPoint(op);
    return b;
  }

  Value idx(int64_t v) { return arith::ConstantIndexOp::create(*this, v); }
  /// An integer or index constant of `type`.
  Value cst(Type type, int64_t v) {
    return arith::ConstantOp::create(*this, type, getIntegerAttr(type, v));
  }
  Value f32(double v) {
    return arith::ConstantOp::create(*this, getF32FloatAttr(static_cast<float>(v)));
  }
  Value negInf() { return f32(-INFINITY); }
  Value vecSplat(VectorType type, double v) {
    return arith::ConstantOp::create(*this, DenseElementsAttr::get(
                                                type, getFloatAttr(type.getElementType(), v)));
  }

  Value add(Value a, Value b) { return arith::AddIOp::create(*this, a, b); }
  Value sub(Value a, Value b) { return arith::SubIOp::create(*this, a, b); }
  Value mul(Value a, Value b) { return arith::MulIOp::create(*this, a, b); }
  Value div(Value a, Value b) { return arith::DivUIOp::create(*this, a, b); }
  Value rem(Value a, Value b) { return arith::RemUIOp::create(*this, a, b); }
  Value minIdx(Value a, Value b) { return arith::MinSIOp::create(*this, a, b); }
  Value maxIdx(Value a, Value b) { return arith::MaxSIOp::create(*this, a, b); }
  Value ult(Value a, Value b) {
    return arith::CmpIOp::create(*this, arith::CmpIPredicate::ult, a, b);
  }
  Value slt(Value a, Value b) {
    return arith::CmpIOp::create(*this, arith::CmpIPredicate::slt, a, b);
  }
  Value eqIdx(Value a, Value b) {
    return arith::CmpIOp::create(*this, arith::CmpIPredicate::eq, a, b);
  }
  Value select(Value c, Value a, Value b) { return arith::SelectOp::create(*this, c, a, b); }

  Value fadd(Value a, Value b) { return arith::AddFOp::create(*this, a, b); }
  Value fsub(Value a, Value b) { return arith::SubFOp::create(*this, a, b); }
  Value fmul(Value a, Value b) { return arith::MulFOp::create(*this, a, b); }
  Value fdiv(Value a, Value b) { return arith::DivFOp::create(*this, a, b); }
  Value fmax(Value a, Value b) { return arith::MaximumFOp::create(*this, a, b); }
  Value exp2(Value x) {
    return math::Exp2Op::create(*this, x, arith::FastMathFlags::afn);
  }
  Value log2(Value x) { return math::Log2Op::create(*this, x, arith::FastMathFlags::afn); }
  Value foeq(Value a, Value b) {
    return arith::CmpFOp::create(*this, arith::CmpFPredicate::OEQ, a, b);
  }
  Value fogt(Value a, Value b) {
    return arith::CmpFOp::create(*this, arith::CmpFPredicate::OGT, a, b);
  }

  /// An i32 buffer element as an index.
  Value loadIndex(Value memref, ValueRange indices) {
    Value v = memref::LoadOp::create(*this, memref, indices);
    return arith::IndexCastOp::create(*this, getIndexType(), v);
  }
  /// A `width`-element vector at `indices`, widened to f32. `alignment` in bytes.
  Value loadVectorF32(Value memref, ValueRange indices, int64_t width, int64_t alignment) {
    Type elt = cast<MemRefType>(memref.getType()).getElementType();
    auto type = VectorType::get({width}, elt);
    Value v = vector::LoadOp::create(*this, type, memref, indices, /*nontemporal=*/false,
                                     llvm::MaybeAlign(alignment));
    if (elt.isF32())
      return v;
    return arith::ExtFOp::create(*this, VectorType::get({width}, getF32Type()), v);
  }
  /// Stores an f32 vector at `indices`, narrowing to the memref's element type.
  void storeVectorF32(Value v, Value memref, ValueRange indices, int64_t alignment) {
    Type elt = cast<MemRefType>(memref.getType()).getElementType();
    auto vType = cast<VectorType>(v.getType());
    if (!elt.isF32())
      v = arith::TruncFOp::create(*this, VectorType::get(vType.getShape(), elt), v);
    vector::StoreOp::create(*this, v, memref, indices, /*nontemporal=*/false,
                            llvm::MaybeAlign(alignment));
  }

  /// sum_e a[e] * b[e] as a chain of fused multiply-adds (one FFMA per feature rather than a
  /// multiply and an add).
  Value dot(Value a, Value b) {
    int64_t n = cast<VectorType>(a.getType()).getNumElements();
    auto extractOp1 = vector::ExtractOp::create(*this, a, 0);
    Value acc = fmul(extractOp1, vector::ExtractOp::create(*this, b, 0));
    for (int64_t e = 1; e < n; ++e) {
      Value ae = vector::ExtractOp::create(*this, a, e);
      Value be = vector::ExtractOp::create(*this, b, e);
      acc = math::FmaOp::create(*this, ae, be, acc);
    }
    return acc;
  }
  /// Sum of `v` over the `width` lanes of each aligned lane group (a butterfly of
  /// shfl.sync.bfly: every lane of the group ends with the total).
  Value groupAllReduceSum(Value v, int64_t width) {
    for (int64_t offset = width / 2; offset >= 1; offset /= 2) {
      auto shfl = gpu::ShuffleOp::create(*this, v, static_cast<int32_t>(offset),
                                         /*width=*/32, gpu::ShuffleMode::XOR);
      v = fadd(v, shfl.getShuffleResult());
    }
    return v;
  }
};

/// Running state of a base-2 online softmax for one query row (FlashAttention):
///   m = max score so far, d = sum_j 2^(s_j - m), o = sum_j 2^(s_j - m) * v_j.
struct OnlineSoftmax {
  Value m, d, o;

  /// Folds scores `s` (base-2 units, -inf where masked) and value rows `v` in:
  ///   m' = max(m, max_j s_j)
  ///   alpha = 2^(m - m')                 (rescales what was accumulated under the old max)
  ///   d' = alpha * d + sum_j 2^(s_j - m')
  ///   o' = alpha * o + sum_j 2^(s_j - m') * v_j
  /// A row that has seen only -inf keeps m' = -inf; the exponents then use 0 in place of m'
  /// so that -inf - -inf never produces NaN.
  void update(KernelBuilder &b, ArrayRef<Value> s, llvm::function_ref<Value(size_t)> v) {
    Value mNew = m;
    for (Value sj : s)
      mNew = b.fmax(mNew, sj);
    auto foeq1 = b.foeq(mNew, b.negInf());
    Value mSafe = b.select(foeq1, b.f32(0.0), mNew);
    Value alpha = b.exp2(b.fsub(m, mSafe));
    Value dNew = b.fmul(d, alpha);
    auto vecType = cast<VectorType>(o.getType());
    Value oNew = b.fmul(o, vector::BroadcastOp::create(b, vecType, alpha));
    for (auto [j, sj] : llvm::enumerate(s)) {
      Value p = b.exp2(b.fsub(sj, mSafe));
      dNew = b.fadd(dNew, p);
      // (`v` may create ops: one per statement, so that the order is the same with every
      // host compiler.)
      Value pj = vector::BroadcastOp::create(b, vecType, p);
      Value vj = v(j);
      oNew = vector::FMAOp::create(b, pj, vj, oNew);
    }
    m = mNew;
    d = dNew;
    o = oNew;
  }

  /// Folds another partial state (m_z, d_z, o_z), normalised to the same convention, in:
  ///   m' = max(m, m_z), d' = 2^(m - m') d + 2^(m_z - m') d_z, o' likewise.
  void merge(KernelBuilder &b, Value mz, Value dz, Value oz) {
    Value mNew = b.fmax(m, mz);
    auto foeq2 = b.foeq(mNew, b.negInf());
    Value mSafe = b.select(foeq2, b.f32(0.0), mNew);
    Value alpha = b.exp2(b.fsub(m, mSafe));
    Value beta = b.exp2(b.fsub(mz, mSafe));
    auto vecType = cast<VectorType>(o.getType());
    auto fmul1 = b.fmul(d, alpha);
    d = b.fadd(fmul1, b.fmul(dz, beta));
    auto broadcastOp1 = vector::BroadcastOp::create(b, vecType, beta);
    o = vector::FMAOp::create(b, broadcastOp1, oz,
                              b.fmul(o, vector::BroadcastOp::create(b, vecType, alpha)));
    m = mNew;
  }

  /// The state folded over `lb` .. `ub` by `step` in an scf.for: starts empty, and `body` folds
  /// whatever iteration `iv` contributes into the state it is given.
  static OnlineSoftmax fold(KernelBuilder &b, Value lb, Value ub, Value step, VectorType vecType,
                            llvm::function_ref<void(Value iv, OnlineSoftmax &)> body) {
    auto loop = scf::ForOp::create(b, lb, ub, step,
                                   ValueRange{b.negInf(), b.f32(0.0), b.vecSplat(vecType, 0.0)});
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(loop.getBody());
      OnlineSoftmax state{loop.getRegionIterArg(0), loop.getRegionIterArg(1),
                          loop.getRegionIterArg(2)};
      body(loop.getInductionVar(), state);
      scf::YieldOp::create(b, ValueRange{state.m, state.d, state.o});
    }
    return OnlineSoftmax{loop.getResult(0), loop.getResult(1), loop.getResult(2)};
  }

  /// o / d and the natural-log log-sum-exp (m + log2(d)) * ln 2; an empty row gives 0, -inf.
  std::pair<Value, Value> finalize(KernelBuilder &b) {
    auto vecType = cast<VectorType>(o.getType());
    Value nonEmpty = b.fogt(d, b.f32(0.0));
    Value dSafe = b.select(nonEmpty, d, b.f32(1.0));
    Value out = b.fdiv(o, vector::BroadcastOp::create(b, vecType, dSafe));
    out = b.select(nonEmpty, out, b.vecSplat(vecType, 0.0));
    auto fadd1 = b.fadd(m, b.log2(dSafe));
    Value lse = b.fmul(fadd1, b.f32(kLn2));
    lse = b.select(nonEmpty, lse, b.negInf());
    return {out, lse};
  }
};

/// Shared-memory tiles of the sm_90a prefill kernels (#attn.prefill_layout with wgmma; the
/// `swizzle128` of attn.copy_kv_tile): a [rows, width] tile of 16-bit elements is stored as
/// width / 64 column blocks of [rows, 64] one after the other, and the 16-byte chunk c of row r
/// of a block sits at chunk (c ^ r) % 8 of the block's row r. That is the 128-byte swizzle of
/// wgmma's shared-memory matrix descriptors (8-row, 1024-byte atoms; PTX ISA, "Shared Memory
/// Matrix Layout"), so tiles start at 1024-byte boundaries. Returns the element offset of chunk
/// `chunk` (of `vec` elements) of row `row` in the tile, in their type (index or i32).
inline Value swizzle128Offset(KernelBuilder &b, Value row, Value chunk, int64_t rows,
                              int64_t vec) {
  Type type = row.getType();
  constexpr int64_t kBlockChunks = 8; // 128 bytes of 16-byte chunks
  // One op per statement: the host compiler's order of argument evaluation would otherwise
  // decide the order of the ops (GCC and Clang differ), and with it the PTX.
  Value block = b.div(chunk, b.cst(type, kBlockChunks));
  Value xored = arith::XOrIOp::create(b, chunk, row);
  Value inRow = b.rem(xored, b.cst(type, kBlockChunks));
  Value blockStart = b.mul(block, b.cst(type, rows * kBlockChunks * vec));
  Value rowStart = b.mul(row, b.cst(type, kBlockChunks * vec));
  Value start = b.add(blockStart, rowStart);
  Value inRowOffset = b.mul(inRow, b.cst(type, vec));
  return b.add(start, inRowOffset);
}

/// The (row, column) indices of a [rows, width] memref at which swizzle128Offset's element lies.
inline std::pair<Value, Value> swizzle128Indices(KernelBuilder &b, Value row, Value chunk,
                                                 int64_t rows, int64_t width, int64_t vec) {
  Value offset = swizzle128Offset(b, row, chunk, rows, vec);
  Type type = row.getType();
  return {b.div(offset, b.cst(type, width)), b.rem(offset, b.cst(type, width))};
}

} // namespace mlir::attn::detail

#endif // ATTN_DIALECT_ATTN_UTILS_KERNELBUILDER_H
