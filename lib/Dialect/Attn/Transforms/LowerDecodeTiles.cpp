//===- LowerDecodeTiles.cpp - tile ops of #attn.decode_layout on CUDA cores -===//
//
// Patterns that lower the tile-level ops of a CUDA-core decode kernel (#attn.decode_layout)
// to per-thread code: vector loads, FMA chains and butterfly shuffles, and the thread-level
// copy ops (attn.kv_tile_pages + attn.copy_kv_tile) that attn-pipeline schedules.
//
// Distribution. A tile value becomes the thread's fragment of it (the layout says which
// elements those are); a lowered op stands in for its tile results with an
// `unrealized_conversion_cast` from the fragments, and a pattern matches only once its tile
// operands are such casts, so the greedy driver lowers producers before consumers. The loop
// that carries the softmax state is rewritten to carry the fragments (DistributeTileLoop);
// the casts it leaves at the yield fold away against the lowered ops' casts. This is a 1:N
// conversion in which the fragment types follow the producer, not the type: a [heads, tile_kv]
// score tile and a [heads, head_dim] accumulator may share a vector type and still be held
// differently, which a type converter could not tell apart.
//
// Fragments, with R = keys per slice and hpt = heads_per_thread, thread (tx, ty, tz):
//   Q, accumulator [rows, head_dim]  hpt x vector<vec x f32>: row ty*hpt+e, columns tx*vec..
//   row statistics [rows]            hpt x f32
//   scores, probabilities [rows, T]  hpt*R x f32: row ty*hpt+e, key tz*R+j at e*R+j
//                                    (replicated over the lanes)
//
//===----------------------------------------------------------------------===//

#include "attn/Dialect/Attn/Utils/KernelBuilder.h"
#include "attn/Dialect/Attn/Utils/Rope.h"

#include "TileFragments.h"
#include "attn/Dialect/Attn/IR/AttnOps.h"
#include "attn/Dialect/Attn/Transforms/Passes.h"
#include "attn/Dialect/Attn/Transforms/Transforms.h"

#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Dialect/NVGPU/IR/NVGPUDialect.h"
#include "mlir/Dialect/UB/IR/UBOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/LoopLikeInterface.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

using namespace mlir;
using namespace mlir::attn;
using namespace mlir::attn::detail;

namespace {

//===----------------------------------------------------------------------===//
// Fragments and thread coordinates
//===----------------------------------------------------------------------===//

/// Thread (tx, ty, tz) of a decode layout and its first head-row column, computed at the
/// start of the kernel (every pattern asks; CSE keeps one).
struct DecodeThread {
  DecodeLayoutAttr layout;
  Value tx, ty, tz, col;
  Value group; ///< the K/V copy group tz * heads + ty
  int64_t hpt = 1, keys = 1, vec = 1;

  static DecodeThread get(KernelBuilder &b, Operation *op, DecodeLayoutAttr layout) {
    OpBuilder::InsertionGuard guard(b);
    if (auto func = op->getParentOfType<FunctionOpInterface>())
      b.setInsertionPointToStart(&func.getFunctionBody().front());
    DecodeThread t;
    t.layout = layout;
    t.hpt = layout.getHeadsPerThread();
    t.keys = layout.getKeysPerSlice();
    t.vec = layout.getVec();
    Value tid = gpu::ThreadIdOp::create(b, gpu::Dimension::x);
    t.tx = b.rem(tid, b.idx(layout.getLanes()));
    // (One op per statement where two would be arguments of one call: argument evaluation
    // order is unspecified, and the IR must not depend on the host compiler.)
    Value rowOfThreads = b.div(tid, b.idx(layout.getLanes()));
    t.ty = b.rem(rowOfThreads, b.idx(layout.getHeads()));
    t.tz = b.div(tid, b.idx(layout.getLanes() * layout.getHeads()));
    t.col = b.mul(t.tx, b.idx(t.vec));
    t.group = b.add(b.mul(t.tz, b.idx(layout.getHeads())), t.ty);
    return t;
  }
  /// Row of the tile that fragment row e holds: ty * hpt + e.
  Value row(KernelBuilder &b, int64_t e) const {
    Value first = b.mul(ty, b.idx(hpt));
    return b.add(first, b.idx(e));
  }
  /// Key (column of a score tile) that fragment key j holds: tz * R + j.
  Value key(KernelBuilder &b, int64_t j) const {
    Value first = b.mul(tz, b.idx(keys));
    return b.add(first, b.idx(j));
  }
  VectorType rowVector(Builder &b) const { return VectorType::get({vec}, b.getF32Type()); }
};

/// Base for the patterns of one tile op in #attn.decode_layout.
template <typename Op> struct DecodePattern : OpRewritePattern<Op> {
  using OpRewritePattern<Op>::OpRewritePattern;

  LogicalResult matchAndRewrite(Op op, PatternRewriter &rewriter) const final {
    auto layout = dyn_cast_or_null<DecodeLayoutAttr>(op.getLayoutAttr());
    if (!layout)
      return rewriter.notifyMatchFailure(op, "not in #attn.decode_layout");
    if (failed(checkLowerable(rewriter, op, op->getOperands(), "decode",
                              [&] { return supports(op); })))
      return failure();
    KernelBuilder b = KernelBuilder::before(op, rewriter);
    DecodeThread t = DecodeThread::get(b, op, layout);
    return lower(op, t, b, rewriter);
  }
  /// Whether the layout's lowering has `op`'s variant (no IR is changed).
  virtual LogicalResult supports(Op op) const { return success(); }
  virtual LogicalResult lower(Op op, const DecodeThread &t, KernelBuilder &b,
                              PatternRewriter &rewriter) const = 0;
};

//===----------------------------------------------------------------------===//
// Loads and stores
//===----------------------------------------------------------------------===//

/// Q[i, :] = scale * rope(q[row, head + i, :], pos): the thread's vec features of its rows.
struct LowerLoadQTile : DecodePattern<LoadQTileOp> {
  using DecodePattern::DecodePattern;
  LogicalResult supports(LoadQTileOp op) const override {
    return success(op.getRes().getType().getElementType().isF32() && !op.getRowsBegin() &&
                   !op.getStaging());
  }
  LogicalResult lower(LoadQTileOp op, const DecodeThread &t, KernelBuilder &b,
                      PatternRewriter &rewriter) const override {
    std::optional<RopeLane> rope;
    if (std::optional<RopeAttr> attr = op.getRope())
      rope = makeRopeLane(b, *attr, t.col, t.vec);
    SmallVector<Value> frags;
    for (int64_t e = 0; e < t.hpt; ++e) {
      Value head = b.add(op.getHead(), t.row(b, e));
      Value q = b.loadVectorF32(op.getQ(), {op.getRow(), head, t.col}, t.vec, kVectorBytes);
      if (rope) {
        Value partner =
            b.loadVectorF32(op.getQ(), {op.getRow(), head, rope->partnerCol}, t.vec, kVectorBytes);
        q = applyRope(b, *rope, q, partner, t.col, toF32(b, op.getPos()), t.vec);
      }
      double scale = op.getScale().convertToDouble();
      frags.push_back(scale == 1.0 ? q : b.fmul(q, b.vecSplat(t.rowVector(b), scale)));
    }
    rewriter.replaceOp(op, fromFragments(b, op.getLoc(), op.getType(), frags));
    return success();
  }
};

/// m = -inf, l = 0, acc = 0 for each of the thread's rows.
struct LowerInitState : DecodePattern<InitStateOp> {
  using DecodePattern::DecodePattern;
  LogicalResult lower(InitStateOp op, const DecodeThread &t, KernelBuilder &b,
                      PatternRewriter &rewriter) const override {
    SmallVector<Value> m(t.hpt, b.negInf()), l(t.hpt, b.f32(0.0)),
        acc(t.hpt, b.vecSplat(t.rowVector(b), 0.0));
    replaceWithFragments(rewriter, op, {m, l, acc});
    return success();
  }
};

/// The tile's rows, tile_kv / (heads * slices) per thread group g = tz * heads + ty, vec
/// features per lane: the page lookup and the 16-byte copies attn-pipeline schedules.
struct LowerLoadKVTile : DecodePattern<LoadKVTileOp> {
  using DecodePattern::DecodePattern;
  LogicalResult supports(LoadKVTileOp op) const override {
    return success(
        (op.getKv().getDefiningOp<PagedKVOp>() || op.getKv().getDefiningOp<RaggedKVOp>()) &&
        !op.getBlockIndices());
  }
  LogicalResult lower(LoadKVTileOp op, const DecodeThread &t, KernelBuilder &b,
                      PatternRewriter &rewriter) const override {
    int64_t tile = op.getTileKV(), rows = t.layout.getRowsPerGroup();
    Value group = t.group;
    Value k, v;
    int64_t pageSize = 1;
    bool hnd = false;
    SmallVector<Value> pages;
    if (auto paged = op.getKv().getDefiningOp<PagedKVOp>()) {
      k = paged.getKCache();
      v = paged.getVCache();
      pageSize = paged.getType().getPageSize();
      hnd = paged.getType().getLayout() == KVLayout::HND;
      SmallVector<Type> pageTypes(rows, b.getIndexType());
      auto lookup = KVTilePagesOp::create(
          b, pageTypes, paged.getKvIndices(), op.getPageBegin(), op.getKvBegin(), op.getKvEnd(),
          op.getTile(), group, /*block_indices=*/Value(), /*block_begin=*/Value(), tile, rows,
          pageSize, /*tiles_per_block=*/nullptr, /*keys32=*/false);
      pages.append(lookup.getResults().begin(), lookup.getResults().end());
    }
    Value kvBegin = op.getKvBegin(), kvEnd = op.getKvEnd();
    if (auto ragged = op.getKv().getDefiningOp<RaggedKVOp>()) {
      // Ragged keys are request-local: rows page_begin + t of K and V.
      k = ragged.getK();
      v = ragged.getV();
      kvBegin = b.add(kvBegin, op.getPageBegin());
      kvEnd = b.add(kvEnd, op.getPageBegin());
    }
    CopyKVTileOp::create(b, k, v, pages, op.getKvHead(), t.col, kvBegin, kvEnd, op.getTile(), group,
                         /*block_indices=*/Value(), /*block_begin=*/Value(), op.getKTile(),
                         op.getVTile(), op.getStage(), /*arrive=*/Value(), tile, rows, pageSize,
                         t.vec, hnd,
                         op.getAsync(), op.getSwizzle(), /*tiles_per_block=*/nullptr,
                         /*keys32=*/false);
    rewriter.eraseOp(op);
    return success();
  }
};

/// dest[row, head + i, :] = O[i, :], lse_dest[row, head + i] = lse[i]: slice 0 writes, each
/// lane its vec features, lane 0 the LSE.
struct LowerStoreOutput : DecodePattern<StoreOutputOp> {
  using DecodePattern::DecodePattern;
  LogicalResult supports(StoreOutputOp op) const override {
    return success(!op.getRowsBegin() && !op.getPartialO());
  }
  LogicalResult lower(StoreOutputOp op, const DecodeThread &t, KernelBuilder &b,
                      PatternRewriter &rewriter) const override {
    SmallVector<SmallVector<Value>> in;
    (void)fragmentsOf({op.getO(), op.getLse()}, in);
    auto leader = scf::IfOp::create(b, b.eqIdx(t.tz, b.idx(0)), /*withElseRegion=*/false);
    b.setInsertionPointToStart(leader.thenBlock());
    SmallVector<Value> heads;
    for (int64_t e = 0; e < t.hpt; ++e) {
      heads.push_back(b.add(op.getHead(), t.row(b, e)));
      b.storeVectorF32(in[0][e], op.getDest(), {op.getRow(), heads[e], t.col}, kVectorBytes);
    }
    if (Value lse = op.getLseDest()) {
      auto lane0 = scf::IfOp::create(b, b.eqIdx(t.tx, b.idx(0)), /*withElseRegion=*/false);
      b.setInsertionPointToStart(lane0.thenBlock());
      for (int64_t e = 0; e < t.hpt; ++e)
        memref::StoreOp::create(b, in[1][e], lse, ValueRange{op.getRow(), heads[e]});
    }
    rewriter.eraseOp(op);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// The math
//===----------------------------------------------------------------------===//

/// S[i, j] = <Q[i, :], rope(K_j[stage, j, :])>: each lane's partial dot product over its vec
/// features (an FMA chain), summed over the lanes by a butterfly of shuffles. A K row is loaded,
/// widened and rotated once for the thread's hpt rows.
struct LowerTileQK : DecodePattern<TileQKOp> {
  using DecodePattern::DecodePattern;
  LogicalResult supports(TileQKOp op) const override {
    return success(op.getQ().getType().getElementType().isF32());
  }
  LogicalResult lower(TileQKOp op, const DecodeThread &t, KernelBuilder &b,
                      PatternRewriter &rewriter) const override {
    std::optional<SmallVector<Value>> q = fragmentsOf(op.getQ());
    std::optional<RopeLane> rope;
    if (std::optional<RopeAttr> attr = op.getRope()) {
      // Loop-invariant: built before the outermost loop around the op.
      OpBuilder::InsertionGuard guard(b);
      Operation *outer = op;
      while (auto loop = outer->getParentOfType<LoopLikeOpInterface>())
        outer = loop;
      b.setInsertionPoint(outer);
      rope = makeRopeLane(b, *attr, t.col, t.vec);
    }
    SmallVector<Value> s(t.hpt * t.keys);
    for (int64_t j = 0; j < t.keys; ++j) {
      Value r = t.key(b, j);
      Value k = b.loadVectorF32(op.getKTile(), {op.getStage(), r, t.col}, t.vec, kVectorBytes);
      if (rope) {
        Value partner = b.loadVectorF32(op.getKTile(), {op.getStage(), r, rope->partnerCol}, t.vec,
                                        kVectorBytes);
        k = applyRope(b, *rope, k, partner, t.col, toF32(b, b.add(op.getKeyPos(), r)), t.vec);
      }
      for (int64_t e = 0; e < t.hpt; ++e)
        s[e * t.keys + j] = b.groupAllReduceSum(b.dot((*q)[e], k), t.layout.getLanes());
    }
    rewriter.replaceOp(op, fromFragments(b, op.getLoc(), op.getType(), s));
    return success();
  }
};

/// x = scale * S; x = cap * tanh(x / cap); S' = visible && key < kv_end ? x : -inf. With
/// scale == cap (Q pre-scaled by scale / cap) this is cap * tanh(S), with scale == 1 and no
/// cap S itself.
struct LowerScoreMod : DecodePattern<ScoreModOp> {
  using DecodePattern::DecodePattern;
  LogicalResult supports(ScoreModOp op) const override {
    return success(!op.getAlibiSlope() && op.getMask().getKind() != MaskKind::Custom &&
                   !op.getRowOffset() && !op.getAllVisible() && op.getQPos().getType().isIndex());
  }
  LogicalResult lower(ScoreModOp op, const DecodeThread &t, KernelBuilder &b,
                      PatternRewriter &rewriter) const override {
    std::optional<SmallVector<Value>> s = fragmentsOf(op.getS());
    MaskAttr mask = op.getMask();
    double scale = op.getScaleValue();
    std::optional<double> cap = op.getSoftCapValue();
    SmallVector<Value> out;
    for (int64_t e = 0; e < t.hpt; ++e) {
      Value rowOfTile = t.row(b, e);
      Value pos = b.add(op.getQPos(), b.div(rowOfTile, b.idx(op.getRowsPerPosition())));
      for (int64_t j = 0; j < t.keys; ++j) {
        Value x = (*s)[e * t.keys + j];
        if (cap && scale == *cap) {
          Value tanh = math::TanhOp::create(b, x, arith::FastMathFlags::afn);
          x = b.fmul(tanh, b.f32(*cap));
        } else {
          if (scale != 1.0)
            x = b.fmul(x, b.f32(scale));
          if (cap) {
            Value tanh =
                math::TanhOp::create(b, b.fmul(x, b.f32(1.0 / *cap)), arith::FastMathFlags::afn);
            x = b.fmul(tanh, b.f32(*cap));
          }
        }
        Value key = b.add(op.getKPos(), t.key(b, j));
        Value visible = b.ult(key, op.getKvEnd());
        if (mask.getKind() == MaskKind::Causal) {
          Value causal = arith::CmpIOp::create(b, arith::CmpIPredicate::ule, key, pos);
          visible = arith::AndIOp::create(b, visible, causal);
          if (std::optional<int64_t> w = mask.getWindowLeft()) {
            // key >= pos - w, i.e. key + w >= pos (no underflow).
            Value inWindow =
                arith::CmpIOp::create(b, arith::CmpIPredicate::uge, b.add(key, b.idx(*w)), pos);
            visible = arith::AndIOp::create(b, visible, inWindow);
          }
        }
        out.push_back(b.select(visible, x, b.negInf()));
      }
    }
    rewriter.replaceOp(op, fromFragments(b, op.getLoc(), op.getType(), out));
    return success();
  }
};

/// Per row: m' = max(m, max_j S_j); alpha = 2^(m - m'); P_j = 2^(S_j - m'); l' = alpha l +
/// sum_j P_j; acc' = alpha acc, over the thread's keys (the slice's partial statistics). A row
/// that has seen only -inf uses 0 for m' in the exponents.
struct LowerOnlineSoftmax : DecodePattern<OnlineSoftmaxOp> {
  using DecodePattern::DecodePattern;
  LogicalResult supports(OnlineSoftmaxOp op) const override {
    return success(op.getScale().isExactlyValue(1.0));
  }
  LogicalResult lower(OnlineSoftmaxOp op, const DecodeThread &t, KernelBuilder &b,
                      PatternRewriter &rewriter) const override {
    SmallVector<SmallVector<Value>> in;
    (void)fragmentsOf({op.getS(), op.getM(), op.getL(), op.getAcc()}, in);
    SmallVector<Value> p, mNew, lNew, alpha, accNew;
    for (int64_t e = 0; e < t.hpt; ++e) {
      ArrayRef<Value> s = ArrayRef<Value>(in[0]).slice(e * t.keys, t.keys);
      Value m = in[1][e];
      for (Value sj : s)
        m = b.fmax(m, sj);
      Value isEmpty = b.foeq(m, b.negInf());
      Value mSafe = b.select(isEmpty, b.f32(0.0), m);
      Value a = b.exp2(b.fsub(in[1][e], mSafe));
      Value l = b.fmul(in[2][e], a);
      accNew.push_back(b.fmul(in[3][e], vector::BroadcastOp::create(b, t.rowVector(b), a)));
      for (Value sj : s) {
        p.push_back(b.exp2(b.fsub(sj, mSafe)));
        l = b.fadd(l, p.back());
      }
      mNew.push_back(m);
      lNew.push_back(l);
      alpha.push_back(a);
    }
    replaceWithFragments(rewriter, op, {p, mNew, lNew, alpha, accNew});
    return success();
  }
};

/// The tile_pv that consumes an online_softmax's P and rescaled accumulator, if it is their
/// only user: the pair lowers as one step (LowerSoftmaxPV).
TilePVOp fusablePV(OnlineSoftmaxOp op) {
  if (!op.getP().hasOneUse() || !op.getAccNew().hasOneUse())
    return nullptr;
  auto pv = dyn_cast<TilePVOp>(*op.getP().getUsers().begin());
  if (!pv || pv.getAcc() != op.getAccNew() || pv.getLayoutAttr() != op.getLayoutAttr() ||
      pv->getBlock() != op->getBlock())
    return nullptr;
  return pv;
}

/// An online_softmax and the tile_pv of its P, as one step per row: the V rows are widened
/// first, then each P_j = 2^(S_j - m') is added to the sum and FMA'd into the accumulator as
/// soon as it exists, so that a probability lives for one FMA (the form the decode kernels were
/// tuned in: with all P first and the V rows after, ptxas spilled the 512-thread MQA kernels).
struct LowerSoftmaxPV : DecodePattern<OnlineSoftmaxOp> {
  LowerSoftmaxPV(MLIRContext *ctx) : DecodePattern(ctx, /*benefit=*/2) {}
  LogicalResult supports(OnlineSoftmaxOp op) const override {
    return success(static_cast<bool>(fusablePV(op)) && op.getScale().isExactlyValue(1.0));
  }
  LogicalResult lower(OnlineSoftmaxOp op, const DecodeThread &t, KernelBuilder &b,
                      PatternRewriter &rewriter) const override {
    TilePVOp pv = fusablePV(op);
    SmallVector<SmallVector<Value>> in;
    (void)fragmentsOf({op.getS(), op.getM(), op.getL(), op.getAcc()}, in);
    // The V tile is read after the softmax's operands exist and before the tile_pv: here.
    SmallVector<Value> v;
    for (int64_t j = 0; j < t.keys; ++j)
      v.push_back(
          b.loadVectorF32(pv.getVTile(), {pv.getStage(), t.key(b, j), t.col}, t.vec, kVectorBytes));
    SmallVector<Value> mNew, lNew, alpha, acc;
    for (int64_t e = 0; e < t.hpt; ++e) {
      OnlineSoftmax state{in[1][e], in[2][e], in[3][e]};
      state.update(b, ArrayRef<Value>(in[0]).slice(e * t.keys, t.keys),
                   [&](size_t j) { return v[j]; });
      // alpha = 2^(m - m') as the update formed it (unused by the fused form's own code).
      Value isEmpty = b.foeq(state.m, b.negInf());
      Value mSafe = b.select(isEmpty, b.f32(0.0), state.m);
      alpha.push_back(b.exp2(b.fsub(in[1][e], mSafe)));
      mNew.push_back(state.m);
      lNew.push_back(state.d);
      acc.push_back(state.o);
    }
    replaceWithFragments(rewriter, pv, {acc});
    // P and the rescaled accumulator had no other user: only the statistics remain.
    replaceWithFragments(rewriter, op, {{}, mNew, lNew, alpha, {}});
    return success();
  }
};

/// acc[i, :] += sum_j P[i, j] V_j[stage, j, :]: each V row widened once, one vector FMA per
/// (row, key).
struct LowerTilePV : DecodePattern<TilePVOp> {
  using DecodePattern::DecodePattern;
  LogicalResult lower(TilePVOp op, const DecodeThread &t, KernelBuilder &b,
                      PatternRewriter &rewriter) const override {
    SmallVector<SmallVector<Value>> in;
    (void)fragmentsOf({op.getP(), op.getAcc()}, in);
    SmallVector<Value> v;
    for (int64_t j = 0; j < t.keys; ++j)
      v.push_back(
          b.loadVectorF32(op.getVTile(), {op.getStage(), t.key(b, j), t.col}, t.vec, kVectorBytes));
    SmallVector<Value> acc = in[1];
    VectorType rowType = t.rowVector(b);
    for (int64_t e = 0; e < t.hpt; ++e)
      for (int64_t j = 0; j < t.keys; ++j)
        acc[e] = vector::FMAOp::create(
            b, vector::BroadcastOp::create(b, rowType, in[0][e * t.keys + j]), v[j], acc[e]);
    rewriter.replaceOp(op, fromFragments(b, op.getLoc(), op.getType(), acc));
    return success();
  }
};

/// Merges the slices' partial states through `scratch` (each slice writes (m, l, acc), slice 0
/// folds them in: m' = max(m, m_z), l' = 2^(m - m') l + 2^(m_z - m') l_z, acc likewise), then
/// O = acc / l and lse = m + log2(l) (times ln 2 with natural_lse); an empty row gives 0, -inf.
struct LowerFinalize : DecodePattern<FinalizeOp> {
  using DecodePattern::DecodePattern;
  LogicalResult supports(FinalizeOp op) const override {
    auto layout = cast<DecodeLayoutAttr>(op.getLayoutAttr());
    return success((layout.getSlices() == 1 || op.getScratch()) &&
                   op.getScale().isExactlyValue(1.0));
  }
  LogicalResult lower(FinalizeOp op, const DecodeThread &t, KernelBuilder &b,
                      PatternRewriter &rewriter) const override {
    SmallVector<SmallVector<Value>> in;
    (void)fragmentsOf({op.getAcc(), op.getM(), op.getL()}, in);
    SmallVector<OnlineSoftmax> states;
    for (int64_t e = 0; e < t.hpt; ++e)
      states.push_back(OnlineSoftmax{in[1][e], in[2][e], in[0][e]});
    if (t.layout.getSlices() > 1)
      mergeSlices(op, t, b, states);
    SmallVector<Value> o, lse;
    for (OnlineSoftmax &st : states) {
      auto [out, naturalLse] = st.finalize(b);
      o.push_back(out);
      if (op.getNaturalLse()) {
        lse.push_back(naturalLse);
        continue;
      }
      Value nonEmpty = b.fogt(st.d, b.f32(0.0));
      Value base2 = b.fadd(st.m, b.log2(b.select(nonEmpty, st.d, b.f32(1.0))));
      lse.push_back(b.select(nonEmpty, base2, b.negInf()));
    }
    replaceWithFragments(rewriter, op, {o, lse});
    return success();
  }

  static void mergeSlices(FinalizeOp op, const DecodeThread &t, KernelBuilder &b,
                          SmallVectorImpl<OnlineSoftmax> &states) {
    int64_t slices = t.layout.getSlices();
    VectorType accType = op.getAcc().getType();
    int64_t rows = accType.getDimSize(0), headDim = accType.getDimSize(1);
    MLIRContext *ctx = op.getContext();
    auto workgroup = gpu::AddressSpaceAttr::get(ctx, gpu::AddressSpace::Workgroup);
    auto f32 = b.getF32Type();
    auto oType = MemRefType::get({slices, rows, headDim}, f32, AffineMap(), workgroup);
    auto statType = MemRefType::get({slices, rows}, f32, AffineMap(), workgroup);
    int64_t oBytes = slices * rows * headDim * 4, statBytes = slices * rows * 4;
    Value scratch = op.getScratch();
    Value mergeO = memref::ViewOp::create(b, oType, scratch, b.idx(0), ValueRange{});
    Value mergeM = memref::ViewOp::create(b, statType, scratch, b.idx(oBytes), ValueRange{});
    Value mergeD =
        memref::ViewOp::create(b, statType, scratch, b.idx(oBytes + statBytes), ValueRange{});
    SmallVector<Value> rowOf;
    for (int64_t e = 0; e < t.hpt; ++e) {
      rowOf.push_back(t.row(b, e));
      b.storeVectorF32(states[e].o, mergeO, {t.tz, rowOf[e], t.col}, kVectorBytes);
    }
    auto lane0 = scf::IfOp::create(b, b.eqIdx(t.tx, b.idx(0)), /*withElseRegion=*/false);
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(lane0.thenBlock());
      for (int64_t e = 0; e < t.hpt; ++e) {
        memref::StoreOp::create(b, states[e].m, mergeM, ValueRange{t.tz, rowOf[e]});
        memref::StoreOp::create(b, states[e].d, mergeD, ValueRange{t.tz, rowOf[e]});
      }
    }
    gpu::BarrierOp::create(b);
    SmallVector<Type> stateTypes;
    for (int64_t e = 0; e < t.hpt; ++e)
      stateTypes.append({f32, f32, t.rowVector(b)});
    auto leader = scf::IfOp::create(b, stateTypes, b.eqIdx(t.tz, b.idx(0)), true);
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(leader.thenBlock());
      SmallVector<Value> merged;
      for (int64_t e = 0; e < t.hpt; ++e) {
        OnlineSoftmax acc{b.negInf(), b.f32(0.0), b.vecSplat(t.rowVector(b), 0.0)};
        for (int64_t z = 0; z < slices; ++z) {
          Value zi = b.idx(z);
          Value mz = memref::LoadOp::create(b, mergeM, ValueRange{zi, rowOf[e]});
          Value dz = memref::LoadOp::create(b, mergeD, ValueRange{zi, rowOf[e]});
          acc.merge(b, mz, dz, b.loadVectorF32(mergeO, {zi, rowOf[e], t.col}, t.vec, kVectorBytes));
        }
        merged.append({acc.m, acc.d, acc.o});
      }
      scf::YieldOp::create(b, merged);
      b.setInsertionPointToStart(leader.elseBlock());
      SmallVector<Value> own;
      for (OnlineSoftmax &st : states)
        own.append({st.m, st.d, st.o});
      scf::YieldOp::create(b, own);
    }
    for (int64_t e = 0; e < t.hpt; ++e)
      states[e] = OnlineSoftmax{leader.getResult(3 * e), leader.getResult(3 * e + 1),
                                leader.getResult(3 * e + 2)};
  }
};

} // namespace

void mlir::attn::populateDecodeTileLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerLoadQTile, LowerInitState, LowerLoadKVTile, LowerStoreOutput, LowerTileQK,
               LowerScoreMod, LowerOnlineSoftmax, LowerSoftmaxPV, LowerTilePV, LowerFinalize,
               DistributeTileLoop>(patterns.getContext());
}

//===----------------------------------------------------------------------===//
// attn-lower-tiles
//===----------------------------------------------------------------------===//

namespace mlir::attn {
#define GEN_PASS_DEF_ATTNLOWERTILES
#include "attn/Dialect/Attn/Transforms/Passes.h.inc"
} // namespace mlir::attn

namespace {
/// Lowers the #attn.prefill_layout ops: rounds of the prefill patterns over the pre-existing
/// ops of the kernels that have such ops (tile ops, and the loops and branches that carry
/// their tiles), until none changes. Strict: the lane coordinates the patterns share stay
/// until the last pattern that needs them ran.
static void lowerPrefillTiles(Operation *root) {
  RewritePatternSet set(root->getContext());
  populatePrefillTileLoweringPatterns(set);
  FrozenRewritePatternSet patterns(std::move(set));
  GreedyRewriteConfig config;
  config.setStrictness(GreedyRewriteStrictness::ExistingOps).enableFolding(false);
  // Each round lowers at least one op or distributes one loop or branch.
  constexpr int kMaxRounds = 64;
  for (int round = 0; round < kMaxRounds; ++round) {
    SmallVector<Operation *> ops;
    root->walk([&](FunctionOpInterface func) {
      bool prefill = false;
      func.walk([&](Operation *op) {
        prefill |= isa_and_nonnull<PrefillLayoutAttr>(op->getAttr("layout")) ||
                   isa<KVTileRangeOp, WarpSpecializeOp, MmaTurnOp>(op);
      });
      if (!prefill)
        return;
      func.walk([&](Operation *op) {
        if (isa_and_nonnull<PrefillLayoutAttr>(op->getAttr("layout")) ||
            isa<KVTileRangeOp, WarpSpecializeOp, MmaTurnOp, scf::ForOp, scf::IfOp>(op))
          ops.push_back(op);
      });
    });
    if (ops.empty())
      return;
    bool changed = false;
    (void)applyOpPatternsGreedily(ops, patterns, config, &changed);
    if (!changed)
      return;
  }
}

struct AttnLowerTilesPass : public attn::impl::AttnLowerTilesBase<AttnLowerTilesPass> {
  void runOnOperation() override {
    lowerPrefillTiles(getOperation());
    RewritePatternSet patterns(&getContext());
    populateDecodeTileLoweringPatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
    // A tile op with a layout is meant for a target lowering: one left over has none.
    WalkResult left = getOperation()->walk([](Operation *op) {
      Attribute layout = op->getAttr("layout");
      if (!isa_and_nonnull<DecodeLayoutAttr, PrefillLayoutAttr>(layout) ||
          !isa<AttnDialect>(op->getDialect()))
        return WalkResult::advance();
      op->emitOpError() << "has no lowering in " << layout
                        << " (unsupported variant, or an operand outside the layout)";
      return WalkResult::interrupt();
    });
    if (left.wasInterrupted())
      signalPassFailure();
  }
};
} // namespace
