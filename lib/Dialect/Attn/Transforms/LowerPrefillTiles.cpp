//===- LowerPrefillTiles.cpp - tile ops of #attn.prefill_layout on tensor cores -===//
//
// Patterns that lower the tile-level ops of a tensor-core prefill / append kernel
// (#attn.prefill_layout) to warp-level code for sm_80 and later: Q staged in XOR-swizzled
// shared memory by cp.async, K and V fragments through nvgpu.ldmatrix, S = Q K^T and O += P V
// on attn.mma (mma.sync m16n8k16, f32 accumulation), row statistics over the four lanes of a
// row with shuffles, and the thread-level copy ops (attn.kv_tile_pages + attn.copy_kv_tile)
// that attn-pipeline schedules.
//
// Fragments (TileFragments.h), with mt < slices the warp's 16-row mma slices, h the half of a
// slice (rows g and g + 8, g = lane / 4), n an 8-column block and c2 = 2 (lane % 4):
//   Q [rows, head_dim]              the staged shared-memory tile (one memref)
//   S [rows, keys] from tile_qk     slices * keys/8 C fragments vector<2x2xf32>
//   S from score_mod                per (mt, h) keys/4 f32 (block n, element e at n * 2 + e),
//                                   then per (mt, h) the tile's row max (the max is formed
//                                   where the scores are, on the softmax's critical path)
//   P from online_softmax           slices * keys/16 A fragments vector<4x2xT> (T: V's type)
//   m, l, ALiBi slopes [rows]       per (mt, h) one f32 (l: the thread's partial row sum)
//   O [rows, head_dim]              slices * head_dim/8 C fragments vector<2x2xf32>
// The lane coordinates are built once at the kernel's entry (PrefillThreadCache); lane
// arithmetic is i32 (an index is 64-bit on the device: every such value live across the KV
// loop would cost two registers). finalize is lowered together with its store_output, row by
// row (the normalisation next to the stores).
//
//===----------------------------------------------------------------------===//

#include "TileFragments.h"

#include "attn/Dialect/Attn/Utils/KernelBuilder.h"
#include "attn/Dialect/Attn/Utils/Rope.h"

#include "attn/Dialect/Attn/IR/AttnOps.h"
#include "attn/Dialect/Attn/Transforms/Heuristics.h"
#include "attn/Dialect/Attn/Transforms/Transforms.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Dialect/NVGPU/IR/NVGPUDialect.h"
#include "mlir/IR/Dominance.h"
#include "mlir/Interfaces/LoopLikeInterface.h"

#include <memory>

using namespace mlir;
using namespace mlir::attn;
using namespace mlir::attn::detail;

namespace {

/// How far (base 2) a score may exceed its row's running max before the max moves and l and O
/// are rescaled: exponentials stay below 2^8, far from f32 and bf16 limits.
constexpr double kRescaleThreshold = 8.0;

/// Combines `values` pairwise (a tree of depth log2 n rather than a chain of n - 1 dependent
/// operations: the row max and row sum sit on the softmax's critical path).
template <typename Combine> Value treeReduce(ArrayRef<Value> values, Combine combine) {
  SmallVector<Value> level(values);
  while (level.size() > 1) {
    SmallVector<Value> next;
    for (size_t i = 0; i + 1 < level.size(); i += 2)
      next.push_back(combine(level[i], level[i + 1]));
    if (level.size() % 2)
      next.push_back(level.back());
    level = std::move(next);
  }
  return level.front();
}

//===----------------------------------------------------------------------===//
// Lane coordinates
//===----------------------------------------------------------------------===//

/// i32 helpers of the lane arithmetic.
Value c32(KernelBuilder &b, int64_t v) {
  return arith::ConstantIntOp::create(b, b.getI32Type(), v);
}
Value to32(KernelBuilder &b, Value index) {
  return arith::IndexCastOp::create(b, b.getI32Type(), index);
}
Value toIndex(KernelBuilder &b, Value v) {
  return arith::IndexCastOp::create(b, b.getIndexType(), v);
}

/// A lane's place in the m16n8k16 fragments of its warp's 16-row slices (PTX ISA 9.7.14.5.8):
/// lane = tid % 32, the first row of its warp warpRow0 = (tid / 32) * slices * 16, its row
/// group g = lane / 4 and its first column c2 = 2 * (lane % 4). All i32.
struct MmaLane {
  Value lane, warpRow0, g, c2;
};

/// The MmaLane of thread `tid32` (i32) with `slices` 16-row slices per warp.
MmaLane mmaLane(KernelBuilder &b, Value tid32, int64_t slices) {
  MmaLane m;
  m.lane = b.rem(tid32, c32(b, mlir::attn::kWarpSize));
  Value warp = b.div(tid32, c32(b, mlir::attn::kWarpSize));
  m.warpRow0 = b.mul(warp, c32(b, slices * 16));
  m.g = b.div(m.lane, c32(b, 4));
  Value quad = b.rem(m.lane, c32(b, 4));
  m.c2 = b.mul(quad, c32(b, 2));
  return m;
}

/// The lane's coordinates in the mma fragments and its swizzled ldmatrix columns.
struct PrefillThread : MmaLane {
  Value tid, laneRow8, laneHalf, laneQuarter;
  /// Per-lane swizzled column offsets (see swizzleTable) of the Q / V (chunk bit lane / 16)
  /// and K (chunk bit (lane / 8) % 2) ldmatrix addresses.
  SmallVector<Value> colQ, colK;
};

/// An ldmatrix lane addresses logical chunk c + bit (c even, bit its lane's chunk bit) of a
/// row r with r % 8 == lane % 8, stored at chunk (c + bit) ^ (lane % 8) of the swizzled tile:
/// that is (c & ~7) + ((c & 7) ^ bit ^ (lane % 8)). The four per-lane values
/// ((2j) ^ bit ^ (lane % 8)) * vec, j < 4, are computed once, so every address in the loop is a
/// lane base plus a constant (and the compiler keeps 4 offsets live, not one per fragment).
SmallVector<Value> swizzleTable(KernelBuilder &b, Value laneChunkBit, Value laneRow8, int64_t vec) {
  Value toggle = arith::XOrIOp::create(b, laneChunkBit, laneRow8);
  SmallVector<Value> table;
  for (int64_t j = 0; j < kSwizzleRows / 2; ++j) {
    Value chunk = arith::XOrIOp::create(b, c32(b, 2 * j), toggle);
    table.push_back(b.mul(chunk, c32(b, vec)));
  }
  return table;
}

Value swizzledColumn(KernelBuilder &b, int64_t evenChunk, ArrayRef<Value> table, int64_t vec) {
  int64_t high = evenChunk & ~(kSwizzleRows - 1);
  Value low = table[(evenChunk & (kSwizzleRows - 1)) / 2];
  return toIndex(b, high ? b.add(low, c32(b, high * vec)) : low);
}

/// The lane coordinates of each kernel, built once at its entry (every pattern asks for them;
/// one copy keeps them in the order the kernel computes them). The rewrite that uses the
/// cache must not erase unused new ops before the last pattern ran (attn-lower-tiles applies
/// these patterns to pre-existing ops only).
class PrefillThreadCache {
public:
  const PrefillThread &get(KernelBuilder &b, Operation *op, PrefillLayoutAttr layout) {
    auto func = op->getParentOfType<FunctionOpInterface>();
    auto it = threads.find(func);
    if (it != threads.end())
      return it->second;
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(&func.getFunctionBody().front());
    PrefillThread t;
    t.tid = gpu::ThreadIdOp::create(b, gpu::Dimension::x);
    static_cast<MmaLane &>(t) = mmaLane(b, to32(b, t.tid), layout.getSlices());
    t.laneRow8 = b.rem(t.lane, c32(b, 8));
    t.laneHalf = b.div(t.lane, c32(b, 16));
    Value eighth = b.div(t.lane, c32(b, 8));
    t.laneQuarter = b.rem(eighth, c32(b, 2));
    t.colQ = swizzleTable(b, t.laneHalf, t.laneRow8, layout.getVec());
    t.colK = swizzleTable(b, t.laneQuarter, t.laneRow8, layout.getVec());
    return threads.try_emplace(func, std::move(t)).first->second;
  }

  /// The lane's RoPE data for its copy column and its partner column (non-interleaved), as
  /// the kernel's Q tile built them (attn.rope_k_tile rotates the keys with the same).
  struct RopeLanes {
    RopeLane lane;
    std::optional<RopeLane> partner;
    Value offset; ///< the request's RoPE position offset, if any
  };
  void setRopeLanes(Operation *op, RopeLanes lanes) {
    ropes.try_emplace(op->getParentOfType<FunctionOpInterface>(), std::move(lanes));
  }
  const RopeLanes *getRopeLanes(Operation *op) const {
    auto it = ropes.find(op->getParentOfType<FunctionOpInterface>());
    return it == ropes.end() ? nullptr : &it->second;
  }

private:
  DenseMap<Operation *, PrefillThread> threads;
  DenseMap<Operation *, RopeLanes> ropes;
};

/// Row `16 mt + 8 h + g` of the warp's rows, plus `first` (i32).
Value fragmentRow(KernelBuilder &b, Value first, Value warpRow0, Value g, int64_t mt, int64_t h) {
  return b.add(first, b.add(warpRow0, b.add(c32(b, mt * 16 + 8 * h), g)));
}

/// Base for the patterns of one tile op in #attn.prefill_layout.
template <typename Op> struct PrefillPattern : OpRewritePattern<Op> {
  PrefillPattern(MLIRContext *ctx, std::shared_ptr<PrefillThreadCache> cache,
                 PatternBenefit benefit = 1)
      : OpRewritePattern<Op>(ctx, benefit), cache(std::move(cache)) {}

  LogicalResult matchAndRewrite(Op op, PatternRewriter &rewriter) const final {
    auto layout = dyn_cast_or_null<PrefillLayoutAttr>(op.getLayoutAttr());
    if (!layout)
      return rewriter.notifyMatchFailure(op, "not in #attn.prefill_layout");
    if (failed(checkLowerable(rewriter, op, tileOperands(op), "prefill",
                              [&] { return supports(op); })))
      return failure();
    KernelBuilder b = KernelBuilder::before(op, rewriter);
    const PrefillThread &t = cache->get(b, op, layout);
    return lower(op, layout, t, b, rewriter);
  }
  /// The tiles that must be lowered before `op`: its operands.
  virtual SmallVector<Value> tileOperands(Op op) const { return op->getOperands(); }
  /// Whether the layout's lowering has `op`'s variant (no IR is changed).
  virtual LogicalResult supports(Op op) const { return success(); }
  virtual LogicalResult lower(Op op, PrefillLayoutAttr layout, const PrefillThread &t,
                              KernelBuilder &b, PatternRewriter &rewriter) const = 0;

  std::shared_ptr<PrefillThreadCache> cache;
};

/// The shapes of a kernel's fragments: mma slices per warp, 8-column blocks of the score and
/// accumulator tiles.
struct FragmentShape {
  int64_t mTiles, nBlocksS, nBlocksO;
  static FragmentShape get(PrefillLayoutAttr layout, int64_t keys, int64_t headDim) {
    return {layout.getSlices(), keys / 8, headDim / 8};
  }
};

VectorType fragCType(Builder &b) { return VectorType::get({2, 2}, b.getF32Type()); }

/// The formulas of attn.kv_tile_range, in index arithmetic where the op is (they do not
/// depend on the layout).
struct LowerKVTileRange : OpRewritePattern<KVTileRangeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(KVTileRangeOp op, PatternRewriter &rewriter) const override {
    KernelBuilder b = KernelBuilder::before(op, rewriter);
    const int64_t T = op.getTileKv(), group = op.getRowsPerPosition();
    bool causal = op.getMask().getKind() == MaskKind::Causal;
    std::optional<int64_t> window = op.getMask().getWindowLeft();
    Value c0 = b.idx(0);
    // The first and last rows' positions.
    Value posFirst = b.add(b.div(op.getRowsBegin(), b.idx(group)), op.getDelta());
    Value lastRow = b.sub(op.getRowsEnd(), b.idx(1));
    Value posLast = b.add(b.div(lastRow, b.idx(group)), op.getDelta());
    // Causal keys stop at the last row's position, a window starts at the first row's minus W.
    Value lo = op.getKvBegin(), hi = op.getKvEnd();
    if (causal)
      hi = b.minIdx(hi, b.add(posLast, b.idx(1)));
    if (window)
      lo = b.maxIdx(lo, b.sub(posFirst, b.idx(*window)));
    if (op.getAlign() > 1)
      lo = b.sub(lo, b.rem(lo, b.idx(op.getAlign())));
    Value span = b.maxIdx(b.sub(hi, lo), c0);
    Value roundedUp = b.add(span, b.idx(T - 1));
    Value numTiles = b.div(roundedUp, b.idx(T));
    // Visible to every row: keys < kv_end, causal: <= the first row's position, window: >= the
    // last row's position - W.
    Value visibleEnd = op.getKvEnd();
    if (causal)
      visibleEnd = b.minIdx(visibleEnd, b.add(posFirst, b.idx(1)));
    Value visibleSpan = b.sub(visibleEnd, lo);
    Value unmaskedEnd = arith::FloorDivSIOp::create(b, visibleSpan, b.idx(T));
    Value unmaskedBegin = c0;
    if (window) {
      Value windowStart = b.sub(posLast, b.idx(*window));
      Value windowSpan = b.sub(windowStart, lo);
      unmaskedBegin = b.maxIdx(c0, arith::CeilDivSIOp::create(b, windowSpan, b.idx(T)));
    }
    rewriter.replaceOp(op, {lo, numTiles, unmaskedBegin, unmaskedEnd});
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Loads and stores
//===----------------------------------------------------------------------===//

/// Q[i, :] = rope(q[row + p / G, head * G + p % G, :]), p = min(b + i, e - 1), into the
/// swizzled staging buffer (chunk c of row r at chunk c ^ (r % 8)). Without RoPE by cp.async in
/// a commit group of its own (the first wait for a KV tile covers it, so its loads overlap the
/// first K/V copies); with RoPE through registers. Padding rows repeat the last row.
struct LowerLoadQTile : PrefillPattern<LoadQTileOp> {
  using PrefillPattern::PrefillPattern;
  LogicalResult supports(LoadQTileOp op) const override {
    return success(op.getStaging() && op.getRowsBegin() && op.getScale().isExactlyValue(1.0));
  }
  LogicalResult lower(LoadQTileOp op, PrefillLayoutAttr layout, const PrefillThread &t,
                      KernelBuilder &b, PatternRewriter &rewriter) const override {
    VectorType type = op.getType();
    int64_t vec = layout.getVec(), chunks = type.getDimSize(1) / vec;
    int64_t threads = layout.getNumThreads(), group = op.getRowsPerPosition();
    Value qS = op.getStaging();
    // Copied by an earlier load_q_tile: the staged rows only.
    if (op.getStaged()) {
      rewriter.replaceOp(op, fromFragments(b, op.getLoc(), type, {qS}));
      return success();
    }
    Value qCol = b.rem(t.tid, b.idx(chunks));
    Value copyCol = b.mul(qCol, b.idx(vec));
    Value ropeOffset;
    if (Value offsets = op.getPosOffsets())
      ropeOffset = b.loadIndex(offsets, {op.getPosOffsetIndex()});
    std::optional<RopeAttr> rope = op.getRope();
    std::optional<RopeLane> ropeLane;
    if (rope) {
      ropeLane = makeRopeLane(b, *rope, copyCol, vec);
      // The partner lane rotates the second half of the keys' pairs (attn.rope_k_tile): built
      // here once, with the lane's own, and kept for the keys.
      std::optional<RopeLane> partner;
      if (!rope->getInterleave())
        partner = makeRopeLane(b, *rope, ropeLane->partnerCol, vec);
      cache->setRopeLanes(op, {*ropeLane, partner, ropeOffset});
    }
    // With a producer warpgroup, only the consumer threads (those the layout counts) copy.
    std::optional<OpBuilder::InsertionGuard> consumersOnly;
    if (layout.getProducerWarps()) {
      consumersOnly.emplace(b);
      auto ifConsumer = scf::IfOp::create(b, b.ult(t.tid, b.idx(threads)), false);
      b.setInsertionPointToStart(ifConsumer.thenBlock());
    }
    for (int64_t pass = 0; pass < type.getDimSize(0) * chunks / threads; ++pass) {
      Value first = b.idx(pass * threads / chunks);
      Value r = b.add(first, b.div(t.tid, b.idx(chunks)));
      Value unclamped = b.add(op.getRowsBegin(), r);
      Value packed = b.minIdx(unclamped, b.sub(op.getRowsEnd(), b.idx(1)));
      Value i = b.div(packed, b.idx(group));
      Value token = b.add(op.getRow(), i);
      Value firstHead = b.mul(op.getHead(), b.idx(group));
      Value head = b.add(firstHead, b.rem(packed, b.idx(group)));
      Value dstRow = r, dstCol;
      if (layout.getWgmma()) {
        std::tie(dstRow, dstCol) =
            swizzle128Indices(b, r, qCol, type.getDimSize(0), type.getDimSize(1), vec);
      } else {
        Value dstChunk = arith::XOrIOp::create(b, qCol, b.rem(r, b.idx(kSwizzleRows)));
        dstCol = b.mul(dstChunk, b.idx(vec));
      }
      if (rope) {
        Value pos = b.add(i, op.getPos());
        if (ropeOffset)
          pos = b.add(pos, ropeOffset);
        Value x = b.loadVectorF32(op.getQ(), {token, head, copyCol}, vec, kVectorBytes);
        Value partner = rope->getInterleave()
                            ? x
                            : b.loadVectorF32(op.getQ(), {token, head, ropeLane->partnerCol}, vec,
                                              kVectorBytes);
        b.storeVectorF32(applyRope(b, *ropeLane, x, partner, copyCol, toF32(b, pos), vec), qS,
                         {dstRow, dstCol}, kVectorBytes);
        continue;
      }
      nvgpu::DeviceAsyncCopyOp::create(b, nvgpu::DeviceAsyncTokenType::get(op.getContext()), qS,
                                       ValueRange{dstRow, dstCol}, op.getQ(),
                                       ValueRange{token, head, copyCol}, b.getIndexAttr(vec),
                                       /*srcElements=*/Value(), /*bypassL1=*/b.getUnitAttr());
    }
    consumersOnly.reset();
    if (!rope)
      CommitKVTilesOp::create(b);
    rewriter.replaceOp(op, fromFragments(b, op.getLoc(), type, {qS}));
    return success();
  }
};

/// m = -inf, l = 0, O = 0 for each of the lane's rows and accumulator fragments.
struct LowerInitState : PrefillPattern<InitStateOp> {
  using PrefillPattern::PrefillPattern;
  LogicalResult lower(InitStateOp op, PrefillLayoutAttr layout, const PrefillThread &t,
                      KernelBuilder &b, PatternRewriter &rewriter) const override {
    auto shape = FragmentShape::get(layout, 0, op.getAcc().getType().getDimSize(1));
    SmallVector<Value> m, l, acc;
    for (int64_t r = 0; r < shape.mTiles * 2; ++r) {
      m.push_back(b.negInf());
      l.push_back(b.f32(0.0));
    }
    for (int64_t n = 0; n < shape.mTiles * shape.nBlocksO; ++n)
      acc.push_back(b.vecSplat(fragCType(b), 0.0));
    replaceWithFragments(rewriter, op, {m, l, acc});
    return success();
  }
};

/// The slope of each of the lane's rows (i32 lane arithmetic, like the rows).
struct LowerAlibiSlopes : PrefillPattern<AlibiSlopesOp> {
  using PrefillPattern::PrefillPattern;
  LogicalResult lower(AlibiSlopesOp op, PrefillLayoutAttr layout, const PrefillThread &t,
                      KernelBuilder &b, PatternRewriter &rewriter) const override {
    int64_t group = op.getRowsPerPosition(), numHeads = op.getNumHeads();
    double scale = op.getScale().convertToDouble();
    SmallVector<Value> slopes;
    for (int64_t mt = 0; mt < layout.getSlices(); ++mt)
      for (int64_t h = 0; h < 2; ++h) {
        Value row = fragmentRow(b, op.getFirst(), t.warpRow0, t.g, mt, h);
        Value firstHead = b.mul(to32(b, op.getKvHead()), c32(b, group));
        Value head = b.add(firstHead, b.rem(row, c32(b, group)));
        Value slope = op.getSlopes()
                          ? memref::LoadOp::create(b, op.getSlopes(), ValueRange{toIndex(b, head)})
                          : standardSlope(b, head, numHeads);
        slopes.push_back(b.fmul(slope, b.f32(scale)));
      }
    rewriter.replaceOp(op, fromFragments(b, op.getLoc(), op.getType(), slopes));
    return success();
  }

  /// The standard slopes (Press et al., ALiBi): with n the largest power of two not above the
  /// head count, 2^(-8 (h + 1) / n) for h < n, and for the remaining heads every other slope
  /// of 2n heads, 2^(-8 (2 (h - n) + 1) / (2 n)).
  static Value standardSlope(KernelBuilder &b, Value head, int64_t numHeads) {
    int64_t n = int64_t(1) << llvm::Log2_64(static_cast<uint64_t>(numHeads));
    Value headPlus1 = toF32(b, b.add(head, c32(b, 1)));
    Value first = b.fmul(headPlus1, b.f32(-8.0 / double(n)));
    Value beyond = b.sub(head, c32(b, n));
    Value twice = b.mul(beyond, c32(b, 2));
    Value odd = toF32(b, b.add(twice, c32(b, 1)));
    Value rest = b.fmul(odd, b.f32(-8.0 / double(2 * n)));
    return b.exp2(b.select(b.slt(head, c32(b, n)), first, rest));
  }
};

/// The loop around `op` outermost among those whose body `values` are all defined outside of,
/// or `op` itself: where loop-invariant lane values are built.
Operation *hoistPoint(Operation *op, ValueRange values) {
  Operation *point = op;
  for (auto loop = op->getParentOfType<LoopLikeOpInterface>(); loop;
       loop = loop->getParentOfType<LoopLikeOpInterface>()) {
    if (llvm::any_of(values,
                     [&](Value v) { return loop->isAncestor(v.getParentBlock()->getParentOp()); }))
      break;
    point = loop;
  }
  return point;
}

/// Copy group tid / (head_dim / vec) copies rows_per_group consecutive rows of the tile, vec
/// features per lane, through the page lookup and the copy attn-pipeline schedules. The group
/// and the key range (ragged keys offset by the request's first row) are loop-invariant.
struct LowerLoadKVTile : PrefillPattern<LoadKVTileOp> {
  using PrefillPattern::PrefillPattern;
  LogicalResult supports(LoadKVTileOp op) const override {
    return success(op.getKv().getDefiningOp<PagedKVOp>() || op.getKv().getDefiningOp<RaggedKVOp>());
  }
  LogicalResult lower(LoadKVTileOp op, PrefillLayoutAttr layout, const PrefillThread &t,
                      KernelBuilder &b, PatternRewriter &rewriter) const override {
    MemRefType tileType = op.getKTile().getType();
    int64_t tile = tileType.getDimSize(1), vec = layout.getVec();
    int64_t chunks = tileType.getDimSize(2) / vec, rows = layout.getRowsPerGroup();
    auto paged = op.getKv().getDefiningOp<PagedKVOp>();
    auto ragged = op.getKv().getDefiningOp<RaggedKVOp>();
    // attn-pipeline needs every operand of the copy but the tile and the stage defined
    // before the loop.
    Value copyGroup, copyLo, copyHi, copyCol;
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPoint(hoistPoint(op, {op.getKvBegin(), op.getKvEnd(), op.getPageBegin()}));
      // A producer warpgroup's threads follow the consumers'.
      Value tid = layout.getProducerWarps() ? b.sub(t.tid, b.idx(layout.getNumThreads())) : t.tid;
      copyCol = b.mul(b.rem(tid, b.idx(chunks)), b.idx(vec));
      copyGroup = b.div(tid, b.idx(chunks));
      copyLo = paged ? op.getKvBegin() : b.add(op.getKvBegin(), op.getPageBegin());
      copyHi = paged ? op.getKvEnd() : b.add(op.getKvEnd(), op.getPageBegin());
    }
    IntegerAttr tilesPerBlock = op.getTilesPerBlockAttr();
    int64_t pageSize = paged ? paged.getType().getPageSize() : 1;
    bool hnd = paged && paged.getType().getLayout() == KVLayout::HND;
    // The page lookups and the copies, where the copies go (with TMA loads: the tile at the
    // end of the keys only).
    auto copy = [&](bool arriveInc) {
      ValueRange pages;
      if (paged) {
        SmallVector<Type> pageTypes(rows / pageRun(op, pageSize, rows), b.getIndexType());
        pages = KVTilePagesOp::create(b, pageTypes, paged.getKvIndices(), op.getPageBegin(),
                                      op.getKvBegin(), op.getKvEnd(), op.getTile(), copyGroup,
                                      op.getBlockIndices(), op.getBlockBegin(), tile, rows,
                                      pageSize, tilesPerBlock, /*keys32=*/true)
                    .getResults();
      }
      CopyKVTileOp::create(
          b, paged ? paged.getKCache() : ragged.getK(), paged ? paged.getVCache() : ragged.getV(),
          pages, op.getKvHead(), copyCol, copyLo, copyHi, op.getTile(), copyGroup,
          op.getBlockIndices(), op.getBlockBegin(), op.getKTile(), op.getVTile(), op.getStage(),
          op.getArrive(), tile, rows, pageSize, vec, hnd, op.getAsync(), op.getSwizzle(),
          tilesPerBlock, /*keys32=*/true, /*swizzle128=*/layout.getWgmma(), arriveInc);
    };
    if (op.getKMap())
      lowerTma(op, layout, t, b, copy);
    else
      copy(false);
    rewriter.eraseOp(op);
    return success();
  }

  /// The named barrier the producer warpgroup's threads meet at before the plain arrival of a
  /// cp.async tile: the last of the 16 (bar.sync 0 is the CTA's, attn.mma_turn takes
  /// 1 + warpgroup).
  static constexpr int32_t kProducerBarrier = 15;

  /// A tile with tensor maps (kernel_config `tma`). A tile whose keys [s, s + tile_kv) all
  /// lie below kv_end (s = kv_begin + tile * tile_kv) is whole and goes by bulk tensor copies
  /// (issueTmaTile). The tile that reaches kv_end keeps the per-thread cp.async copies, which
  /// zero its keys past the end; the barrier expects one arrival, so each thread's cp.async
  /// arrival raises the pending count first (net zero) and the first thread makes the one plain
  /// arrival once every thread has issued its copies (a named barrier over the warpgroup).
  static void lowerTma(LoadKVTileOp op, PrefillLayoutAttr layout, const PrefillThread &t,
                       KernelBuilder &b, function_ref<void(bool)> copy) {
    int64_t tile = op.getTileKV();
    auto paged = op.getKv().getDefiningOp<PagedKVOp>();
    Value start, whole, lane, first, page;
    {
      // A paged tile's page lookups do not need the stage: built before the producer's wait
      // for it to be free, their loads are in flight while the consumers still hold it.
      OpBuilder::InsertionGuard guard(b);
      if (Operation *wait = paged ? stageWaitBefore(op, paged, t) : nullptr)
        b.setInsertionPoint(wait);
      start = b.add(op.getKvBegin(), b.mul(op.getTile(), b.idx(tile)));
      whole = arith::CmpIOp::create(b, arith::CmpIPredicate::ule, b.add(start, b.idx(tile)),
                                    op.getKvEnd());
      // The producer warpgroup's own thread index.
      lane = b.sub(t.tid, b.idx(layout.getNumThreads()));
      first = arith::CmpIOp::create(b, arith::CmpIPredicate::eq, lane, b.idx(0));
      if (paged)
        page = lookupTmaPage(op, paged, b, start, whole, lane);
    }
    auto branch = scf::IfOp::create(b, whole, /*withElseRegion=*/true);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(branch.thenBlock());
    issueTmaTile(op, b, start, lane, first, page);
    b.setInsertionPointToStart(branch.elseBlock());
    copy(true);
    Value barrierId = c32(b, kProducerBarrier);
    Value producers = c32(b, KernelConfigAttr::kProducerThreads);
    NVVM::BarrierOp::create(b, TypeRange{}, barrierId, producers, {}, Value());
    auto arriver = scf::IfOp::create(b, first, /*withElseRegion=*/false);
    b.setInsertionPointToStart(arriver.thenBlock());
    auto shared = LLVM::LLVMPointerType::get(b.getContext(),
                                             static_cast<unsigned>(NVVM::NVVMMemorySpace::Shared));
    Value bar = LLVM::IntToPtrOp::create(b, shared, op.getArrive());
    NVVM::MBarrierArriveOp::create(b, Type(), bar, Value());
  }

  /// The producer's wait for the stage of `op` to be free, if it comes right before `op` (an
  /// mbarrier.get of the full barrier and constants between them) and every value a page
  /// lookup of `op` reads is defined before it; else null.
  static Operation *stageWaitBefore(LoadKVTileOp op, PagedKVOp paged, const PrefillThread &t) {
    Operation *prev = op->getPrevNode();
    while (prev && (isa<nvgpu::MBarrierGetOp>(prev) || prev->hasTrait<OpTrait::ConstantLike>()))
      prev = prev->getPrevNode();
    if (!prev || !isa<nvgpu::MBarrierTryWaitParityOp>(prev))
      return nullptr;
    DominanceInfo dominance;
    Value reads[] = {op.getKvBegin(),   op.getKvEnd(),        op.getTile(),
                     op.getPageBegin(), paged.getKvIndices(), t.tid};
    for (Value v : reads)
      if (!dominance.properlyDominates(v, prev))
        return nullptr;
    return prev;
  }

  /// The page of the keys lane `lane` of a paged tile's TMA copies takes (see issueTmaTile):
  /// its index loaded when the tile is whole and the lane copies, else 0 (no load past the
  /// request's page list).
  static Value lookupTmaPage(LoadKVTileOp op, PagedKVOp paged, KernelBuilder &b, Value start,
                             Value whole, Value lane) {
    int64_t tile = op.getTileKV();
    int64_t pageSize = paged.getType().getPageSize();
    int64_t rows = std::min(pageSize, tile);
    Value copies = arith::AndIOp::create(b, whole, b.ult(lane, b.idx(tile / rows)));
    auto lookup = scf::IfOp::create(b, TypeRange{b.getIndexType()}, copies,
                                    /*withElseRegion=*/true);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(lookup.thenBlock());
    Value key = b.add(start, b.mul(lane, b.idx(rows)));
    Value at = b.add(op.getPageBegin(), b.div(key, b.idx(pageSize)));
    Value page = b.loadIndex(paged.getKvIndices(), {at});
    scf::YieldOp::create(b, page);
    b.setInsertionPointToStart(lookup.elseBlock());
    Value none = b.idx(0);
    scf::YieldOp::create(b, none);
    return lookup.getResult(0);
  }

  /// The bulk tensor copies of a whole tile. Ragged K/V: the producer's first thread copies
  /// the tile's token rows page_begin + s.. as one box per 64 columns, arming the barrier.
  /// A paged cache: boxes of R = min(page_size, tile_kv) rows, one page's slots each; lane
  /// i < tile_kv / R of the producer's first warp copies the keys s + i R.. of page `page`
  /// (lookupTmaPage) into rows i R.., and lane 0 arms the barrier (the keys start on a
  /// multiple of R: attn-tile aligns the key range so for TMA).
  static void issueTmaTile(LoadKVTileOp op, KernelBuilder &b, Value start, Value lane, Value first,
                           Value page) {
    int64_t tile = op.getTileKV();
    int64_t headDim = op.getKTile().getType().getDimSize(2);
    Value col = b.mul(op.getKvHead(), b.idx(headDim));
    auto paged = op.getKv().getDefiningOp<PagedKVOp>();
    if (!paged) {
      auto issuer = scf::IfOp::create(b, first, /*withElseRegion=*/false);
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(issuer.thenBlock());
      Value row = b.add(op.getPageBegin(), start);
      Value firstRow = b.idx(0);
      Value arm = b.cst(b.getI1Type(), 1);
      TmaCopyKVTileOp::create(b, op.getKMap(), op.getVMap(), ValueRange{col, row}, op.getKTile(),
                              op.getVTile(), op.getStage(), firstRow, op.getArrive(), arm, tile);
      return;
    }
    int64_t pageSize = paged.getType().getPageSize();
    int64_t rows = std::min(pageSize, tile);
    auto copier = scf::IfOp::create(b, b.ult(lane, b.idx(tile / rows)), /*withElseRegion=*/false);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(copier.thenBlock());
    Value row = b.mul(lane, b.idx(rows));
    Value key = b.add(start, row);
    Value slot = b.rem(key, b.idx(pageSize));
    SmallVector<Value> box = paged.getType().getLayout() == KVLayout::HND
                                 ? SmallVector<Value>{b.idx(0), slot, op.getKvHead(), page}
                                 : SmallVector<Value>{col, slot, page};
    TmaCopyKVTileOp::create(b, op.getKMap(), op.getVMap(), box, op.getKTile(), op.getVTile(),
                            op.getStage(), row, op.getArrive(), first, rows);
  }

  /// Rows of a copy group that share one page id: a group's rows start at multiples of
  /// rows_per_group from kv_begin, so with kv_begin aligned to the run (keys_aligned), a run
  /// of min(page_size, rows_per_group) rows lies in one page when one divides the other.
  static int64_t pageRun(LoadKVTileOp op, int64_t pageSize, int64_t rows) {
    std::optional<int64_t> aligned = op.getKeysAligned();
    int64_t run = std::min(pageSize, rows);
    if (!aligned || (pageSize % rows != 0 && rows % pageSize != 0) || *aligned % run != 0)
      return 1;
    return run;
  }
};

/// Each thread rotates the rows it copied. Non-interleaved pairs (c, c + rotary_dim / 2) span
/// two threads' columns, so the thread of the first half rotates both (after the barrier that
/// made the other's copy visible); interleaved pairs sit inside one chunk. The lane's rotation
/// data are those of the kernel's Q tile (same RoPE, same copy column): this op lowers after
/// that attn.load_q_tile.
struct LowerRopeKTile : PrefillPattern<RopeKTileOp> {
  using PrefillPattern::PrefillPattern;
  LogicalResult lower(RopeKTileOp op, PrefillLayoutAttr layout, const PrefillThread &t,
                      KernelBuilder &b, PatternRewriter &rewriter) const override {
    int64_t vec = layout.getVec(), chunks = op.getKTile().getType().getDimSize(2) / vec;
    int64_t rows = layout.getRowsPerGroup();
    RopeAttr rope = op.getRope();
    const PrefillThreadCache::RopeLanes *lanes = cache->getRopeLanes(op);
    if (!lanes || lanes->lane.attr != rope || (op.getOffsets() && !lanes->offset))
      return rewriter.notifyMatchFailure(op, "the kernel's Q tile with this rope is not lowered");
    const RopeLane &lane = lanes->lane;
    const std::optional<RopeLane> &partnerLane = lanes->partner;
    Value copyCol = b.mul(b.rem(t.tid, b.idx(chunks)), b.idx(vec));
    Value copyGroup = b.div(t.tid, b.idx(chunks));
    int64_t rd = rope.getRotaryDim();
    Value owner = b.ult(copyCol, b.idx(rope.getInterleave() ? rd : rd / 2));
    auto ifOwner = scf::IfOp::create(b, owner, /*withElseRegion=*/false);
    b.setInsertionPointToStart(ifOwner.thenBlock());
    Value kS = op.getKTile(), stage = op.getStage();
    MemRefType kType = op.getKTile().getType();
    // The [stage, row, col] indices of the `vec` elements at column `col` of row `row`.
    auto swizzled = [&](Value row, Value col) -> SmallVector<Value> {
      Value logical = b.div(col, b.idx(vec));
      if (layout.getWgmma()) {
        auto [r, c] = swizzle128Indices(b, row, logical, kType.getDimSize(1),
                                        kType.getDimSize(2), vec);
        return {stage, r, c};
      }
      Value chunk = arith::XOrIOp::create(b, logical, b.rem(row, b.idx(kSwizzleRows)));
      return {stage, row, b.mul(chunk, b.idx(vec))};
    };
    for (int64_t j = 0; j < rows; ++j) {
      Value firstRow = b.mul(copyGroup, b.idx(rows));
      Value row = b.add(firstRow, b.idx(j));
      Value pos = b.add(op.getPos(), row);
      // (The offset the Q tile loaded: the same read-only element.)
      if (op.getOffsets())
        pos = b.add(pos, lanes->offset);
      Value posF = toF32(b, pos);
      SmallVector<Value> at = swizzled(row, copyCol);
      Value x = b.loadVectorF32(kS, at, vec, kVectorBytes);
      if (!partnerLane) {
        b.storeVectorF32(applyRope(b, lane, x, x, copyCol, posF, vec), kS, at, kVectorBytes);
        continue;
      }
      SmallVector<Value> partnerAt = swizzled(row, lane.partnerCol);
      Value p = b.loadVectorF32(kS, partnerAt, vec, kVectorBytes);
      Value xr = applyRope(b, lane, x, p, copyCol, posF, vec);
      Value pr = applyRope(b, *partnerLane, p, x, lane.partnerCol, posF, vec);
      b.storeVectorF32(xr, kS, at, kVectorBytes);
      b.storeVectorF32(pr, kS, partnerAt, kVectorBytes);
    }
    rewriter.eraseOp(op);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// The contractions
//===----------------------------------------------------------------------===//

Value ldmatrix(KernelBuilder &b, Type fragA, Value tile, ValueRange indices, bool transpose) {
  return nvgpu::LdMatrixOp::create(b, fragA, tile, indices, transpose, /*numTiles=*/4);
}

/// The B fragment of one 8-column block from an x4 ldmatrix result: registers 2h and 2h+1.
Value sliceB(KernelBuilder &b, Value x4, int64_t half) {
  return vector::ExtractStridedSliceOp::create(b, x4, ArrayRef<int64_t>{2 * half, 0},
                                               ArrayRef<int64_t>{2, 2}, ArrayRef<int64_t>{1, 1});
}

//===----------------------------------------------------------------------===//
// Warpgroup MMAs (sm_90a)
//===----------------------------------------------------------------------===//

/// The registers wgmma reads from and writes to, as inline assembly. MLIR's nvvm.wgmma.mma_async
/// takes A from shared memory only; O += P V takes P from registers (FA3's RS form), so both
/// contractions are written the same way here. The fence before the first MMA and the wait
/// after the last carry the accumulators (and A registers) as tied operands: LLVM then cannot
/// move the code that writes or reads them across the asynchronous MMAs.
namespace wgmma {

/// The inline assembly `text` with side effects, returning `results` (one value, or a struct
/// of them).
Value asmCall(KernelBuilder &b, TypeRange results, ValueRange operands, StringRef text,
              StringRef constraints) {
  Type type = results.size() == 1
                  ? results.front()
                  : LLVM::LLVMStructType::getLiteral(b.getContext(), llvm::to_vector(results));
  auto call = LLVM::InlineAsmOp::create(b, type, operands, text, constraints,
                                        /*has_side_effects=*/true, /*is_align_stack=*/false,
                                        LLVM::TailCallKind::None, LLVM::AsmDialectAttr(),
                                        ArrayAttr());
  return call.getResult(0);
}

SmallVector<Value> unpack(KernelBuilder &b, Value result, int64_t n) {
  SmallVector<Value> values;
  for (int64_t i = 0; i < n; ++i)
    values.push_back(n == 1 ? result : LLVM::ExtractValueOp::create(b, result, i).getResult());
  return values;
}

/// "=f,=f,...": `n` outputs of constraint `c`, then the inputs `in`, then `n` inputs tied to
/// the outputs.
std::string constraints(int64_t n, StringRef c, ArrayRef<StringRef> in) {
  std::string text;
  for (int64_t i = 0; i < n; ++i)
    text += (text.empty() ? "=" : ",=") + c.str();
  for (StringRef s : in)
    text += (text.empty() ? "" : ",") + s.str();
  for (int64_t i = 0; i < n; ++i)
    text += (text.empty() ? "" : ",") + std::to_string(i);
  return text;
}

/// `values` (f32 accumulators and i32 A registers, in any order: "f" or "r" each) through
/// `text` with no other effect on them.
SmallVector<Value> through(KernelBuilder &b, ValueRange values, StringRef text) {
  std::string outs, tied;
  for (auto [i, v] : llvm::enumerate(values)) {
    outs += std::string(i ? ",=" : "=") + (v.getType().isF32() ? "f" : "r");
    tied += "," + std::to_string(i);
  }
  return unpack(b, asmCall(b, values.getTypes(), values, text, outs + tied), values.size());
}

/// wgmma.fence.sync.aligned, after the generic-proxy writes to shared memory (cp.async copies,
/// RoPE stores) that the barrier before made visible were ordered before the MMAs' async-proxy
/// reads (fence.proxy.async). `values` are the accumulators and A registers the MMAs use.
SmallVector<Value> fence(KernelBuilder &b, ValueRange values) {
  return through(b, values, "fence.proxy.async.shared::cta;\n\twgmma.fence.sync.aligned;");
}

/// wgmma.commit_group + wgmma.wait_group 0: the accumulators once every MMA has completed.
SmallVector<Value> commitAndWait(KernelBuilder &b, ValueRange acc) {
  return through(b, acc, "wgmma.commit_group.sync.aligned;\n\twgmma.wait_group.sync.aligned 0;");
}

/// wgmma.commit_group alone (an `async` tile op): the accumulators stay in flight until an
/// attn.wait_mma retires the group.
SmallVector<Value> commit(KernelBuilder &b, ValueRange acc) {
  return through(b, acc, "wgmma.commit_group.sync.aligned;");
}

/// wgmma.wait_group `pending` with `values` (f32 accumulators and i32 A registers, in any
/// order) tied, so that nothing reads or overwrites them before the wait.
SmallVector<Value> waitGroup(KernelBuilder &b, ValueRange values, int64_t pending) {
  return through(b, values, "wgmma.wait_group.sync.aligned " + std::to_string(pending) + ";");
}

/// acc += A B on the warpgroup: `wgmma.mma_async.sync.aligned.m64n<N>k16.f32.<t>.<t>`, where
/// `acc` holds the thread's N / 2 f32 accumulators; A from the descriptor `a`
/// (one i64) or from four i32 registers (the mma.sync A fragment of each warp), B from the
/// descriptor `bDesc`, K-major unless `transB` (then N-major).
SmallVector<Value> mma(KernelBuilder &b, ValueRange acc, ValueRange a, Value bDesc, Type elt,
                       bool transB) {
  int64_t n = acc.size();
  std::string type = elt.isBF16() ? "bf16" : "f16";
  std::string text = "{\n\t.reg .pred p;\n\tsetp.ne.b32 p, 1, 0;\n\twgmma.mma_async.sync.aligned.m64n" +
                     std::to_string(2 * n) + "k16.f32." + type + "." + type + " {";
  for (int64_t i = 0; i < n; ++i)
    text += (i ? ", $" : "$") + std::to_string(i);
  text += "}, ";
  bool regsA = a.size() == 4;
  if (regsA)
    text += "{$" + std::to_string(n) + ", $" + std::to_string(n + 1) + ", $" +
            std::to_string(n + 2) + ", $" + std::to_string(n + 3) + "}";
  else
    text += "$" + std::to_string(n);
  text += ", $" + std::to_string(n + a.size()) + ", p, 1, 1, " +
          (regsA ? "" : "0, ") + (transB ? "1" : "0") + ";\n\t}";
  SmallVector<StringRef> in(a.size(), regsA ? "r" : "l");
  in.push_back("l");
  SmallVector<Value> operands(a);
  operands.push_back(bDesc);
  operands.append(acc.begin(), acc.end());
  SmallVector<Type> types(n, b.getF32Type());
  return unpack(b, asmCall(b, types, operands, text, constraints(n, "f", in)), n);
}

/// The shared-memory matrix descriptor (PTX ISA, "Matrix Descriptor Format") of an operand in
/// the 128-byte swizzle layout (swizzle128Offset) at byte `offset` of `tile`: start address
/// >> 4 (bits 0-13), leading and stride byte offsets >> 4 (bits 16-29, 32-45), swizzle mode 1
/// (128 bytes, bits 62-63). Base offset 0: the tiles start at 1024-byte boundaries.
Value descriptor(KernelBuilder &b, Value tile, Value offset, int64_t leadingBytes,
                 int64_t strideBytes) {
  auto i64 = b.getI64Type();
  Value base = memref::ExtractAlignedPointerAsIndexOp::create(b, tile);
  Value addr = b.add(arith::IndexCastOp::create(b, i64, base), offset);
  Value start = arith::AndIOp::create(
      b, arith::ShRUIOp::create(b, addr, b.cst(i64, 4)), b.cst(i64, 0x3FFF));
  int64_t fields = ((leadingBytes >> 4) << 16) | ((strideBytes >> 4) << 32) | (int64_t(1) << 62);
  return arith::OrIOp::create(b, start, b.cst(i64, fields));
}

/// `desc` advanced by `bytes` (the start address field, in 16-byte units).
Value advance(KernelBuilder &b, Value desc, int64_t bytes) {
  return bytes ? b.add(desc, b.cst(b.getI64Type(), bytes >> 4)) : desc;
}

/// The four 32-bit registers of an A fragment vector<4x2xT> (16-bit T).
SmallVector<Value> registersA(KernelBuilder &b, Value frag) {
  SmallVector<Value> regs;
  auto i32x1 = VectorType::get({1}, b.getI32Type());
  for (int64_t r = 0; r < 4; ++r) {
    Value pair = vector::ExtractOp::create(b, frag, r);
    regs.push_back(vector::ExtractOp::create(b, vector::BitCastOp::create(b, i32x1, pair), 0));
  }
  return regs;
}

/// The inverse of registersA: an A fragment vector<4x2xT> of `type` from its four registers.
Value fragmentA(KernelBuilder &b, Type type, ArrayRef<Value> regs) {
  auto frag = cast<VectorType>(type);
  auto pairType = VectorType::get({2}, frag.getElementType());
  auto i32x1 = VectorType::get({1}, b.getI32Type());
  Value out = ub::PoisonOp::create(b, frag);
  for (auto [r, reg] : llvm::enumerate(regs)) {
    Value v = vector::BroadcastOp::create(b, i32x1, reg);
    Value pair = vector::BitCastOp::create(b, pairType, v);
    out = vector::InsertOp::create(b, pair, out, static_cast<int64_t>(r));
  }
  return out;
}

/// C fragments vector<2x2xf32> <-> their f32 elements, in wgmma's accumulator order (per
/// 8-column block: row g columns c2, c2 + 1, then row g + 8).
SmallVector<Value> elements(KernelBuilder &b, ArrayRef<Value> frags) {
  SmallVector<Value> out;
  for (Value f : frags)
    for (int64_t r = 0; r < 2; ++r)
      for (int64_t e = 0; e < 2; ++e)
        out.push_back(vector::ExtractOp::create(b, f, ArrayRef<int64_t>{r, e}));
  return out;
}
SmallVector<Value> fragments(KernelBuilder &b, ArrayRef<Value> elems) {
  SmallVector<Value> out;
  auto type = VectorType::get({2, 2}, b.getF32Type());
  for (size_t i = 0; i < elems.size(); i += 4)
    out.push_back(vector::FromElementsOp::create(b, type, elems.slice(i, 4)));
  return out;
}

/// Bytes of a 128-byte-swizzled [rows, width] tile's k-th 16-column step from its start: the
/// column block, then 32 bytes per step inside it.
int64_t kStepBytes(int64_t k, int64_t rows) { return (k / 4) * rows * 128 + (k % 4) * 32; }

/// The register cap of the tensor-core kernels, as attn.mma's lowering sets it.
void keepRegisters(Operation *op, PatternRewriter &rewriter) {
  if (auto func = op->getParentOfType<gpu::GPUFuncOp>())
    rewriter.modifyOpInPlace(func, [&] {
      func->setAttr(NVVM::NVVMDialect::getMaxnregAttrName(),
                    rewriter.getI32IntegerAttr(kernelRegisterCap(func)));
    });
}

} // namespace wgmma

/// S = Q K^T on warpgroup MMAs: warpgroup i's 64 rows of Q (descriptor A, K-major) times the
/// K tile (descriptor B, K-major: K's rows are the N of the MMA), one m64nNk16 per 16 features.
LogicalResult lowerTileQKWgmma(TileQKOp op, PrefillLayoutAttr layout, const PrefillThread &t,
                               KernelBuilder &b, PatternRewriter &rewriter) {
  Value qS = fragmentsOf(op.getQ())->front();
  MemRefType kType = op.getKTile().getType(), qType = cast<MemRefType>(qS.getType());
  int64_t keys = kType.getDimSize(1), headDim = kType.getDimSize(2);
  int64_t qRows = qType.getDimSize(0), elBytes = kType.getElementTypeBitWidth() / 8;
  auto i64 = b.getI64Type();
  wgmma::keepRegisters(op, rewriter);
  // Warpgroup i starts at row 64 i of each column block of Q: byte 128 * 64 i.
  Value group = b.div(t.warpRow0, c32(b, PrefillLayoutAttr::kWarpgroupRows));
  Value qOffset = arith::ExtUIOp::create(
      b, i64, b.mul(group, c32(b, PrefillLayoutAttr::kWarpgroupRows * 128)));
  Value stage = arith::IndexCastOp::create(b, i64, op.getStage());
  Value kOffset = b.mul(stage, b.cst(i64, keys * headDim * elBytes));
  // K-major, 128-byte swizzle: the leading offset is unused (1), the stride one is 8 rows.
  Value qDesc = wgmma::descriptor(b, qS, qOffset, 16, 8 * 128);
  Value kDesc = wgmma::descriptor(b, op.getKTile(), kOffset, 16, 8 * 128);
  SmallVector<Value> acc(keys / 2, b.f32(0.0));
  acc = wgmma::fence(b, acc);
  for (int64_t k = 0; k < headDim / 16; ++k) {
    // (One op per statement: the IR must not depend on the host compiler's argument order.)
    Value qStep = wgmma::advance(b, qDesc, wgmma::kStepBytes(k, qRows));
    Value kStep = wgmma::advance(b, kDesc, wgmma::kStepBytes(k, keys));
    acc = wgmma::mma(b, acc, {qStep}, kStep, kType.getElementType(), /*transB=*/false);
  }
  acc = op.getAsync() ? wgmma::commit(b, acc) : wgmma::commitAndWait(b, acc);
  rewriter.replaceOp(op, fromFragments(b, op.getLoc(), op.getType(), wgmma::fragments(b, acc)));
  return success();
}

/// O += P V on warpgroup MMAs: P's A fragments from registers, V (descriptor B, N-major: V's
/// rows are the K of the MMA) one m64nNk16 per 16 keys, N = head_dim. The leading byte offset
/// is the distance between V's 64-column blocks, the stride one between 8-key row groups.
LogicalResult lowerTilePVWgmma(TilePVOp op, PrefillLayoutAttr layout, KernelBuilder &b,
                               PatternRewriter &rewriter) {
  SmallVector<SmallVector<Value>> in;
  (void)fragmentsOf({op.getP(), op.getAcc()}, in);
  MemRefType vType = op.getVTile().getType();
  int64_t keys = vType.getDimSize(1), headDim = vType.getDimSize(2);
  int64_t elBytes = vType.getElementTypeBitWidth() / 8;
  auto i64 = b.getI64Type();
  Value stage = arith::IndexCastOp::create(b, i64, op.getStage());
  Value vOffset = b.mul(stage, b.cst(i64, keys * headDim * elBytes));
  Value vDesc = wgmma::descriptor(b, op.getVTile(), vOffset, keys * 128, 8 * 128);
  SmallVector<Value> regs;
  for (Value frag : in[0])
    llvm::append_range(regs, wgmma::registersA(b, frag));
  SmallVector<Value> acc = wgmma::elements(b, in[1]);
  SmallVector<Value> all(acc);
  all.append(regs);
  all = wgmma::fence(b, all);
  acc.assign(all.begin(), all.begin() + acc.size());
  ArrayRef<Value> aRegs = ArrayRef<Value>(all).drop_front(acc.size());
  for (int64_t j = 0; j < keys / 16; ++j)
    acc = wgmma::mma(b, acc, aRegs.slice(4 * j, 4), wgmma::advance(b, vDesc, j * 16 * 128),
                     vType.getElementType(), /*transB=*/true);
  acc = op.getAsync() ? wgmma::commit(b, acc) : wgmma::commitAndWait(b, acc);
  rewriter.replaceOp(op, fromFragments(b, op.getLoc(), op.getType(), wgmma::fragments(b, acc)));
  return success();
}

/// S = Q K^T: per k-step of 16 features, the warp's Q A fragments (ldmatrix of the staged Q)
/// and two key blocks per x4 ldmatrix of K, one mma per (slice, key block).
struct LowerTileQK : PrefillPattern<TileQKOp> {
  using PrefillPattern::PrefillPattern;
  LogicalResult supports(TileQKOp op) const override {
    return success(!op.getRope() && op.getQ().getType().getElementType() ==
                                        op.getKTile().getType().getElementType());
  }
  LogicalResult lower(TileQKOp op, PrefillLayoutAttr layout, const PrefillThread &t,
                      KernelBuilder &b, PatternRewriter &rewriter) const override {
    if (layout.getWgmma())
      return lowerTileQKWgmma(op, layout, t, b, rewriter);
    Value qS = fragmentsOf(op.getQ())->front();
    MemRefType kType = op.getKTile().getType();
    int64_t vec = layout.getVec();
    auto shape = FragmentShape::get(layout, kType.getDimSize(1), kType.getDimSize(2));
    auto fragA = VectorType::get({4, 2}, kType.getElementType());
    Type fragC = fragCType(b);
    SmallVector<Value> s(shape.mTiles * shape.nBlocksS, b.vecSplat(fragCType(b), 0.0));
    // The Q tile does not change over the loop: its row and column offsets are re-derived here
    // so that every Q fragment address is one of them plus a constant (see attn.recompute).
    auto recompute = [&](Value v) { return RecomputeOp::create(b, v.getType(), v).getResult(); };
    Value qRow = recompute(b.add(t.warpRow0, b.rem(t.lane, c32(b, 16))));
    SmallVector<Value> qCols;
    for (Value col : t.colQ)
      qCols.push_back(recompute(col));
    for (int64_t kc = 0; kc < kType.getDimSize(2) / 16; ++kc) {
      SmallVector<Value> qa;
      for (int64_t mt = 0; mt < shape.mTiles; ++mt) {
        Value row = toIndex(b, b.add(qRow, c32(b, mt * 16)));
        qa.push_back(ldmatrix(b, fragA, qS, {row, swizzledColumn(b, 2 * kc, qCols, vec)}, false));
      }
      for (int64_t np = 0; np < shape.nBlocksS / 2; ++np) {
        Value blockRow = c32(b, np * 16);
        Value row = toIndex(b, b.add(blockRow, b.add(t.laneRow8, b.mul(t.laneHalf, c32(b, 8)))));
        Value kb = ldmatrix(b, fragA, op.getKTile(),
                            {op.getStage(), row, swizzledColumn(b, 2 * kc, t.colK, vec)}, false);
        for (int64_t h = 0; h < 2; ++h) {
          Value frag = sliceB(b, kb, h);
          for (int64_t mt = 0; mt < shape.mTiles; ++mt) {
            Value &acc = s[mt * shape.nBlocksS + 2 * np + h];
            acc = MmaOp::create(b, fragC, qa[mt], frag, acc);
          }
        }
      }
    }
    rewriter.replaceOp(op, fromFragments(b, op.getLoc(), op.getType(), s));
    return success();
  }
};

/// The element type a use of a P tile needs: V's for a tile_pv reading it, the fragments' for
/// the cast of a loop that carries P lowered already; nothing for a use that passes P on
/// (appended to `next`) or that cannot take P's A fragments (failure).
FailureOr<Type> pUseType(OpOperand &use, SmallVectorImpl<Value> &next) {
  Operation *user = use.getOwner();
  unsigned i = use.getOperandNumber();
  if (auto pv = dyn_cast<TilePVOp>(user)) {
    if (pv.getP() != use.get())
      return failure();
    return pv.getVTile().getType().getElementType();
  }
  if (isa<WaitMmaOp>(user)) {
    next.push_back(user->getResult(i));
    return Type();
  }
  if (auto cast = dyn_cast<UnrealizedConversionCastOp>(user)) {
    auto frag = dyn_cast<VectorType>(cast->getResultTypes().front());
    if (!frag || frag.getShape() != ArrayRef<int64_t>{4, 2})
      return failure();
    return frag.getElementType();
  }
  if (auto loop = dyn_cast<scf::ForOp>(user)) {
    if (i < loop.getNumControlOperands())
      return failure();
    next.push_back(loop.getTiedLoopRegionIterArg(&use));
    next.push_back(loop.getTiedLoopResult(&use));
    return Type();
  }
  if (!isa<scf::YieldOp>(user))
    return failure();
  Operation *parent = user->getParentOp();
  if (auto loop = dyn_cast<scf::ForOp>(parent)) {
    next.push_back(loop.getRegionIterArgs()[i]);
    next.push_back(loop.getResult(i));
    return Type();
  }
  if (!isa<scf::IfOp>(parent))
    return failure();
  next.push_back(parent->getResult(i));
  return Type();
}

/// The P A fragments of `op` (a lowered online_softmax's) in V's element type: the element
/// type of the tile_pv ops that read P (through the loops and branches that carry it and the
/// attn.wait_mma ops that keep it), or nothing when P has another user.
Type pElementType(OnlineSoftmaxOp op) {
  Type type;
  SmallVector<Value> work{op.getP()};
  DenseSet<Value> seen;
  while (!work.empty()) {
    Value v = work.pop_back_val();
    if (!seen.insert(v).second)
      continue;
    for (OpOperand &use : v.getUses()) {
      FailureOr<Type> t = pUseType(use, work);
      if (failed(t) || (*t && type && *t != type))
        return Type();
      if (*t)
        type = *t;
    }
  }
  return type;
}

/// O += P V: per 16 keys and 16 features, an x4 transposed ldmatrix of V gives two B
/// fragments; P's A fragments are the online_softmax's.
struct LowerTilePV : PrefillPattern<TilePVOp> {
  using PrefillPattern::PrefillPattern;
  LogicalResult lower(TilePVOp op, PrefillLayoutAttr layout, const PrefillThread &t,
                      KernelBuilder &b, PatternRewriter &rewriter) const override {
    if (layout.getWgmma())
      return lowerTilePVWgmma(op, layout, b, rewriter);
    SmallVector<SmallVector<Value>> in;
    (void)fragmentsOf({op.getP(), op.getAcc()}, in);
    MemRefType vType = op.getVTile().getType();
    auto shape = FragmentShape::get(layout, vType.getDimSize(1), vType.getDimSize(2));
    auto fragA = VectorType::get({4, 2}, vType.getElementType());
    Type fragC = fragCType(b);
    SmallVector<Value> acc = in[1];
    for (int64_t j = 0; j < shape.nBlocksS / 2; ++j)
      for (int64_t np = 0; np < shape.nBlocksO / 2; ++np) {
        Value blockRow = c32(b, j * 16);
        Value row = toIndex(b, b.add(blockRow, b.add(t.laneRow8, b.mul(t.laneQuarter, c32(b, 8)))));
        Value vb = ldmatrix(
            b, fragA, op.getVTile(),
            {op.getStage(), row, swizzledColumn(b, 2 * np, t.colQ, layout.getVec())}, true);
        for (int64_t h = 0; h < 2; ++h) {
          Value frag = sliceB(b, vb, h);
          for (int64_t mt = 0; mt < shape.mTiles; ++mt) {
            Value &o = acc[mt * shape.nBlocksO + 2 * np + h];
            o = MmaOp::create(b, fragC, in[0][mt * (shape.nBlocksS / 2) + j], frag, o);
          }
        }
      }
    rewriter.replaceOp(op, fromFragments(b, op.getLoc(), op.getType(), acc));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Scores and the online softmax
//===----------------------------------------------------------------------===//

/// What attn.score_mod applies to the raw scores of a tile (nothing for online_softmax's own
/// reading of tile_qk's fragments). Positions are i32.
struct ScoreMods {
  bool masked = false, causal = false, custom = false;
  std::optional<int64_t> window;
  std::optional<double> softCap;
  double scale = 1.0;
  int64_t group = 1;
  SmallVector<Value> slopes; ///< per (mt, h)
  Value qPos, rowOffset, kPos, kvEnd;
  Value customMask, maskBit, maskStride, maskRows, maskKeys;
};

/// A score tile as scalars per (mt, h) row, and each row's max over the tile.
struct ScoreRows {
  SmallVector<SmallVector<Value>> elems;
  SmallVector<Value> rowMax;
};

/// Whether the custom mask admits key `keyBase + offset` (i32) of the row whose bits start at
/// `rowBits` (index). Keys past the request (masked by the range check) read its last key's
/// bit, so that no byte past the request's mask is touched.
Value customBit(KernelBuilder &b, const ScoreMods &mods, Value rowBits, Value keyBase,
                int64_t offset) {
  Value unclamped = b.add(keyBase, c32(b, offset));
  Value key = b.minIdx(unclamped, b.sub(mods.maskKeys, c32(b, 1)));
  Value bit = b.add(rowBits, toIndex(b, key));
  Value byte = memref::LoadOp::create(b, mods.customMask, ValueRange{b.div(bit, b.idx(8))});
  // A ui8 mask (arith takes signless integers only) is the same byte: the cast disappears
  // when the load is lowered to LLVM, where both are i8.
  if (!byte.getType().isSignlessInteger())
    byte = UnrealizedConversionCastOp::create(b, b.getI8Type(), byte).getResult(0);
  Value word = arith::ExtUIOp::create(b, b.getI32Type(), byte);
  Value bit32 = arith::IndexCastOp::create(b, b.getI32Type(), bit);
  Value shift = b.rem(bit32, c32(b, 8));
  Value shifted = arith::ShRUIOp::create(b, word, shift);
  Value set = arith::AndIOp::create(b, shifted, c32(b, 1));
  return arith::CmpIOp::create(b, arith::CmpIPredicate::ne, set, c32(b, 0));
}

/// The modifiers and the mask of row (mt, h): key n * 8 + e of the lane is keyBase + n * 8 + e
/// (keyBase = tile start + c2), so the mask compares the constant n * 8 + e with per-row
/// limits relative to keyBase and no per-element key stays live across the loop.
void modifyRow(KernelBuilder &b, const PrefillThread &t, const ScoreMods &mods, int64_t mt,
               int64_t h, Value keyBase, Value endLimit, bool positions,
               SmallVectorImpl<Value> &elems) {
  Value causalLimit, windowLimit, alibiBase, customRow;
  if (mods.masked && mods.custom) {
    // The row's query (a padding row past the request reads its last query's bits).
    Value row = fragmentRow(b, mods.rowOffset, t.warpRow0, t.g, mt, h);
    Value clamped = b.minIdx(row, b.sub(mods.maskRows, c32(b, 1)));
    row = b.maxIdx(clamped, c32(b, 0));
    customRow =
        b.add(mods.maskBit, b.mul(toIndex(b, b.div(row, c32(b, mods.group))), mods.maskStride));
  }
  if (positions) {
    // Query i sits at position i + kv_len - qo_len (bottom-right alignment): causal keys are
    // <= it, window keys >= it - window_left.
    Value row = fragmentRow(b, mods.rowOffset, t.warpRow0, t.g, mt, h);
    Value pos = b.add(b.div(row, c32(b, mods.group)), mods.qPos);
    causalLimit = b.sub(pos, keyBase);
    if (mods.window)
      windowLimit = b.sub(causalLimit, c32(b, *mods.window));
    // ALiBi: s += slope * (key - pos) = slope * (n * 8 + e) - slope * causalLimit.
    if (!mods.slopes.empty()) {
      Value negSlope = b.fsub(b.f32(0.0), mods.slopes[mt * 2 + h]);
      alibiBase = b.fmul(negSlope, toF32(b, causalLimit));
    }
  }
  for (size_t j = 0; j < elems.size(); ++j) {
    // Element (n, e) at n * 2 + e holds key offset n * 8 + e.
    Value &x = elems[j];
    int64_t offset = static_cast<int64_t>(j / 2 * 8 + j % 2);
    if (mods.softCap) {
      // x = cap * tanh(scale * S / cap)
      Value tanh = math::TanhOp::create(b, b.fmul(x, b.f32(mods.scale / *mods.softCap)),
                                        arith::FastMathFlags::afn);
      x = b.fmul(tanh, b.f32(*mods.softCap));
    }
    if (!mods.slopes.empty())
      x = b.fadd(x, math::FmaOp::create(b, mods.slopes[mt * 2 + h],
                                        b.f32(static_cast<double>(offset)), alibiBase));
    if (!mods.masked)
      continue;
    Value key = c32(b, offset);
    Value valid = b.slt(key, endLimit);
    if (mods.causal)
      valid = arith::AndIOp::create(
          b, valid, arith::CmpIOp::create(b, arith::CmpIPredicate::sle, key, causalLimit));
    if (mods.window)
      valid = arith::AndIOp::create(
          b, valid, arith::CmpIOp::create(b, arith::CmpIPredicate::sge, key, windowLimit));
    if (mods.custom)
      valid = arith::AndIOp::create(b, valid, customBit(b, mods, customRow, keyBase, offset));
    x = b.select(valid, x, b.negInf());
  }
}

/// The scores of tile_qk's fragments `s` with `mods` applied, per row, and each row's max over
/// the four lanes that share the row.
ScoreRows scoreRows(KernelBuilder &b, const PrefillThread &t, const FragmentShape &shape,
                    ArrayRef<Value> s, const ScoreMods &mods) {
  ScoreRows out;
  out.elems.resize(shape.mTiles * 2);
  out.rowMax.resize(shape.mTiles * 2);
  for (int64_t mt = 0; mt < shape.mTiles; ++mt) {
    SmallVector<SmallVector<Value>> elems(2);
    for (int64_t n = 0; n < shape.nBlocksS; ++n)
      for (int64_t h = 0; h < 2; ++h)
        for (int64_t e = 0; e < 2; ++e)
          elems[h].push_back(
              vector::ExtractOp::create(b, s[mt * shape.nBlocksS + n], ArrayRef<int64_t>{h, e}));
    bool positions = (mods.masked && mods.causal) || !mods.slopes.empty();
    Value keyBase = mods.masked || positions ? b.add(mods.kPos, t.c2) : Value();
    Value endLimit = mods.masked ? b.sub(mods.kvEnd, keyBase) : Value(); // offset < endLimit
    for (int64_t h = 0; h < 2; ++h) {
      modifyRow(b, t, mods, mt, h, keyBase, endLimit, positions, elems[h]);
      Value mx = treeReduce(elems[h], [&](Value x, Value y) { return b.fmax(x, y); });
      for (int32_t offset : {1, 2})
        mx = b.fmax(mx, gpu::ShuffleOp::create(b, mx, offset, /*width=*/32, gpu::ShuffleMode::XOR)
                            .getShuffleResult());
      out.rowMax[mt * 2 + h] = mx;
      out.elems[mt * 2 + h] = std::move(elems[h]);
    }
  }
  return out;
}

/// S' = mods(S) per element (soft cap, ALiBi, then the mask unless all_visible); the row max
/// of the tile is formed here, where the scores are.
struct LowerScoreMod : PrefillPattern<ScoreModOp> {
  using PrefillPattern::PrefillPattern;
  LogicalResult supports(ScoreModOp op) const override {
    bool custom = op.getMask().getKind() == MaskKind::Custom;
    return success(op.getQPos().getType().isInteger(32) && op.getRowOffset() &&
                   (op.getSoftCapValue() || op.getScaleValue() == 1.0) &&
                   (!custom || op.getMaskRows()) &&
                   (!op.getAlibiSlope() || isa<VectorType>(op.getAlibiSlope().getType())));
  }
  LogicalResult lower(ScoreModOp op, PrefillLayoutAttr layout, const PrefillThread &t,
                      KernelBuilder &b, PatternRewriter &rewriter) const override {
    VectorType type = op.getType();
    auto shape = FragmentShape::get(layout, type.getDimSize(1), 0);
    MaskAttr mask = op.getMask();
    ScoreMods mods;
    mods.masked = !op.getAllVisible();
    mods.causal = mask.getKind() == MaskKind::Causal;
    mods.custom = mask.getKind() == MaskKind::Custom;
    mods.window = mask.getWindowLeft();
    mods.softCap = op.getSoftCapValue();
    mods.scale = op.getScaleValue();
    mods.group = op.getRowsPerPosition();
    if (Value slopes = op.getAlibiSlope())
      mods.slopes = *fragmentsOf(slopes);
    mods.qPos = op.getQPos();
    mods.rowOffset = op.getRowOffset();
    mods.kPos = op.getKPos();
    mods.kvEnd = op.getKvEnd();
    mods.customMask = op.getCustomMask();
    mods.maskBit = op.getMaskBit();
    mods.maskStride = op.getMaskStride();
    mods.maskRows = op.getMaskRows();
    mods.maskKeys = op.getMaskKeys();
    ScoreRows rows = scoreRows(b, t, shape, *fragmentsOf(op.getS()), mods);
    SmallVector<Value> frags;
    for (ArrayRef<Value> row : rows.elems)
      llvm::append_range(frags, row);
    llvm::append_range(frags, rows.rowMax);
    rewriter.replaceOp(op, fromFragments(b, op.getLoc(), type, frags));
    return success();
  }
};

/// The running softmax state of a lane: per (mt, h) the running max m (raw score units) and
/// the lane's partial row sum l; per (mt, 8-column block of head_dim) the O fragment.
struct WarpState {
  SmallVector<Value> m, l, o;

  SmallVector<Value> flatten() const {
    SmallVector<Value> all(m);
    all.append(l);
    all.append(o);
    return all;
  }
  static WarpState unflatten(ValueRange values, int64_t rows, int64_t blocks) {
    WarpState s;
    s.m.assign(values.begin(), values.begin() + rows);
    s.l.assign(values.begin() + rows, values.begin() + 2 * rows);
    s.o.assign(values.begin() + 2 * rows, values.begin() + 2 * rows + blocks);
    return s;
  }
};

/// The running max m is the reference of the exponentials, p = 2^(s * scale - m * scale), and
/// of l and O. It only has to bound the scores loosely: it moves (and l and O are rescaled by
/// alpha = 2^((m - m') * scale)) only when some row of the warp sees a score more than
/// kRescaleThreshold (base 2) above its m, so p stays below 2^kRescaleThreshold and most tiles
/// of a long row skip the rescale of every O register (a warp-uniform branch). A row that has
/// seen only -inf uses 0 for m * scale, so that no -inf - -inf appears.
Value scaledMax(KernelBuilder &b, Value m, double expScale) {
  Value empty = b.foeq(m, b.negInf());
  Value zero = b.f32(0.0);
  return b.select(empty, zero, b.fmul(m, b.f32(expScale)));
}

/// Row `idx` of the warp's accumulator fragments `o` (rows g + 8h of slice mt, idx = 2 mt + h)
/// times `alpha`.
void scaleRow(KernelBuilder &b, MutableArrayRef<Value> o, size_t idx, Value alpha,
              int64_t nBlocksO) {
  int64_t mt = idx / 2, h = idx % 2;
  for (int64_t n = 0; n < nBlocksO; ++n) {
    Value &acc = o[mt * nBlocksO + n];
    for (int64_t e = 0; e < 2; ++e) {
      Value v = vector::ExtractOp::create(b, acc, ArrayRef<int64_t>{h, e});
      acc = vector::InsertOp::create(b, b.fmul(v, alpha), acc, ArrayRef<int64_t>{h, e});
    }
  }
}

WarpState rescaleState(KernelBuilder &b, const WarpState &state, ArrayRef<Value> rowMax,
                       double expScale, int64_t nBlocksO,
                       SmallVectorImpl<Value> *alphas = nullptr) {
  Value grows;
  for (size_t idx = 0; idx < state.m.size(); ++idx) {
    Value limit = b.fadd(state.m[idx], b.f32(kRescaleThreshold / expScale));
    Value rowGrows = b.fogt(rowMax[idx], limit);
    grows = grows ? arith::OrIOp::create(b, grows, rowGrows) : rowGrows;
  }
  Value anyGrows =
      NVVM::VoteSyncOp::create(b, b.getI1Type(), c32(b, -1), grows, NVVM::VoteSyncKind::any);
  SmallVector<Type> types(ValueRange(state.flatten()).getTypes());
  // Without the accumulator (alphas), the branch also yields each row's alpha (1 when the
  // state does not move).
  if (alphas)
    types.append(state.m.size(), b.getF32Type());
  auto rescale = scf::IfOp::create(b, types, anyGrows, /*withElseRegion=*/true);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(rescale.thenBlock());
  WarpState moved = state;
  SmallVector<Value> movedAlphas;
  for (size_t idx = 0; idx < state.m.size(); ++idx) {
    // m' = max(m, rowmax S); alpha = 2^((m - m') scale); l = alpha l; O = alpha O
    Value mNew = b.fmax(state.m[idx], rowMax[idx]);
    Value mScaled = b.fmul(state.m[idx], b.f32(expScale));
    Value alpha = b.exp2(b.fsub(mScaled, scaledMax(b, mNew, expScale)));
    moved.m[idx] = mNew;
    moved.l[idx] = b.fmul(state.l[idx], alpha);
    movedAlphas.push_back(alpha);
    scaleRow(b, moved.o, idx, alpha, nBlocksO);
  }
  SmallVector<Value> thenYield = moved.flatten();
  if (alphas)
    thenYield.append(movedAlphas);
  scf::YieldOp::create(b, thenYield);
  b.setInsertionPointToStart(rescale.elseBlock());
  SmallVector<Value> elseYield = state.flatten();
  if (alphas)
    elseYield.append(state.m.size(), b.f32(1.0));
  scf::YieldOp::create(b, elseYield);
  if (alphas)
    alphas->assign(rescale.getResults().take_back(state.m.size()).begin(),
                   rescale.getResults().take_back(state.m.size()).end());
  return WarpState::unflatten(rescale.getResults(), state.m.size(), state.o.size());
}

/// P = 2^(S scale - m' scale), l += rowsum P (the lane's part), and P as A fragments of 16 keys
/// each: [p(g, blk 2j), p(g+8, blk 2j), p(g, blk 2j+1), p(g+8, blk 2j+1)], two elements each.
SmallVector<Value> exponentials(KernelBuilder &b, WarpState &next, ScoreRows &rows, double expScale,
                                const FragmentShape &shape, VectorType fragA) {
  SmallVector<Value> pFrags(shape.mTiles * (shape.nBlocksS / 2));
  auto fragF32 = VectorType::get({4, 2}, b.getF32Type());
  for (int64_t mt = 0; mt < shape.mTiles; ++mt) {
    SmallVector<SmallVector<Value>> elems = {rows.elems[mt * 2], rows.elems[mt * 2 + 1]};
    for (int64_t h = 0; h < 2; ++h) {
      int64_t idx = mt * 2 + h;
      Value zero = b.f32(0.0);
      Value negM = b.fsub(zero, scaledMax(b, next.m[idx], expScale));
      for (Value &x : elems[h])
        x = b.exp2(math::FmaOp::create(b, x, b.f32(expScale), negM));
      Value sum = treeReduce(elems[h], [&](Value x, Value y) { return b.fadd(x, y); });
      next.l[idx] = b.fadd(next.l[idx], sum);
    }
    for (int64_t j = 0; j < shape.nBlocksS / 2; ++j) {
      SmallVector<Value> parts;
      for (int64_t blk : {2 * j, 2 * j + 1})
        for (int64_t h = 0; h < 2; ++h)
          for (int64_t e = 0; e < 2; ++e)
            parts.push_back(elems[h][blk * 2 + e]);
      Value p = vector::FromElementsOp::create(b, fragF32, parts);
      pFrags[mt * (shape.nBlocksS / 2) + j] = arith::TruncFOp::create(b, fragA, p);
    }
  }
  return pFrags;
}

/// One online-softmax step on the lane's rows (see rescaleState and exponentials).
struct LowerOnlineSoftmax : PrefillPattern<OnlineSoftmaxOp> {
  using PrefillPattern::PrefillPattern;
  LogicalResult supports(OnlineSoftmaxOp op) const override {
    return success((!op.getAcc() || op.getAlpha().use_empty()) && pElementType(op));
  }
  LogicalResult lower(OnlineSoftmaxOp op, PrefillLayoutAttr layout, const PrefillThread &t,
                      KernelBuilder &b, PatternRewriter &rewriter) const override {
    SmallVector<SmallVector<Value>> in;
    (void)fragmentsOf({op.getS(), op.getM(), op.getL()}, in);
    if (op.getAcc())
      (void)fragmentsOf({op.getAcc()}, in);
    else
      in.emplace_back();
    int64_t features = op.getAcc() ? op.getAcc().getType().getDimSize(1) : 0;
    auto shape = FragmentShape::get(layout, op.getS().getType().getDimSize(1), features);
    ScoreRows rows;
    if (isa<VectorType>(in[0].front().getType())) {
      rows = scoreRows(b, t, shape, in[0], ScoreMods());
    } else {
      int64_t perRow = shape.nBlocksS * 2, numRows = shape.mTiles * 2;
      for (int64_t r = 0; r < numRows; ++r)
        rows.elems.emplace_back(ArrayRef<Value>(in[0]).slice(r * perRow, perRow));
      rows.rowMax.assign(in[0].begin() + numRows * perRow, in[0].end());
    }
    double expScale = op.getScale().convertToDouble();
    WarpState state{in[1], in[2], in[3]};
    SmallVector<Value> alphas;
    WarpState next = rescaleState(b, state, rows.rowMax, expScale, shape.nBlocksO,
                                  op.getAcc() ? nullptr : &alphas);
    auto fragA = VectorType::get({4, 2}, pElementType(op));
    SmallVector<Value> p = exponentials(b, next, rows, expScale, shape, fragA);
    if (op.getAcc())
      replaceWithFragments(rewriter, op, {p, next.m, next.l, {}, next.o});
    else
      replaceWithFragments(rewriter, op, {p, next.m, next.l, alphas});
    return success();
  }
};

/// acc * alpha per row (the rescale an online_softmax without acc left over): a warp-uniform
/// branch, taken when some row of the warp has alpha != 1, as in the softmax's own rescale.
struct LowerRescaleAcc : PrefillPattern<RescaleAccOp> {
  using PrefillPattern::PrefillPattern;
  LogicalResult lower(RescaleAccOp op, PrefillLayoutAttr layout, const PrefillThread &t,
                      KernelBuilder &b, PatternRewriter &rewriter) const override {
    SmallVector<SmallVector<Value>> in;
    (void)fragmentsOf({op.getAcc(), op.getAlpha()}, in);
    int64_t nBlocksO = op.getAcc().getType().getDimSize(1) / 8;
    ArrayRef<Value> alphas = in[1];
    Value moves;
    for (Value alpha : alphas) {
      Value rowMoves = arith::CmpFOp::create(b, arith::CmpFPredicate::UNE, alpha, b.f32(1.0));
      moves = moves ? arith::OrIOp::create(b, moves, rowMoves) : rowMoves;
    }
    Value anyMoves =
        NVVM::VoteSyncOp::create(b, b.getI1Type(), c32(b, -1), moves, NVVM::VoteSyncKind::any);
    auto branch =
        scf::IfOp::create(b, ValueRange(in[0]).getTypes(), anyMoves, /*withElseRegion=*/true);
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(branch.thenBlock());
      SmallVector<Value> acc = in[0];
      for (auto [idx, alpha] : llvm::enumerate(alphas))
        scaleRow(b, acc, idx, alpha, nBlocksO);
      scf::YieldOp::create(b, acc);
      b.setInsertionPointToStart(branch.elseBlock());
      scf::YieldOp::create(b, in[0]);
    }
    replaceWithFragments(rewriter, op, {SmallVector<Value>(branch.getResults())});
    return success();
  }
};

/// attn.wait_mma: wgmma.wait_group with every f32 element of the accumulator tiles and every
/// A register of the P tiles tied, then the fragments rebuilt from the tied results.
struct LowerWaitMma : PrefillPattern<WaitMmaOp> {
  using PrefillPattern::PrefillPattern;
  LogicalResult supports(WaitMmaOp op) const override {
    for (Value tile : op.getTiles()) {
      SmallVector<Value> frags = *fragmentsOf(tile);
      for (Value frag : frags) {
        // C fragments vector<2x2xf32> or A fragments vector<4x2xT> (16-bit T).
        auto type = dyn_cast<VectorType>(frag.getType());
        bool c = type && type.getElementType().isF32();
        if (!type || type.getShape() != (c ? ArrayRef<int64_t>{2, 2} : ArrayRef<int64_t>{4, 2}))
          return failure();
      }
    }
    return success();
  }
  LogicalResult lower(WaitMmaOp op, PrefillLayoutAttr layout, const PrefillThread &t,
                      KernelBuilder &b, PatternRewriter &rewriter) const override {
    SmallVector<SmallVector<Value>> in;
    (void)fragmentsOf(op.getTiles(), in);
    SmallVector<Value> values;
    for (ArrayRef<Value> frags : in)
      for (Value frag : frags)
        llvm::append_range(values,
                           isC(frag) ? wgmma::elements(b, frag) : wgmma::registersA(b, frag));
    values = wgmma::waitGroup(b, values, op.getPending());
    SmallVector<SmallVector<Value>> out;
    ArrayRef<Value> rest = values;
    for (ArrayRef<Value> frags : in) {
      SmallVector<Value> rebuilt;
      for (Value frag : frags) {
        rebuilt.push_back(isC(frag) ? wgmma::fragments(b, rest.take_front(4)).front()
                                    : wgmma::fragmentA(b, frag.getType(), rest.take_front(4)));
        rest = rest.drop_front(4);
      }
      out.push_back(std::move(rebuilt));
    }
    replaceWithFragments(rewriter, op, out);
    return success();
  }

private:
  static bool isC(Value frag) { return cast<VectorType>(frag.getType()).getElementType().isF32(); }
};

//===----------------------------------------------------------------------===//
// finalize and store_output
//===----------------------------------------------------------------------===//

/// Where a row of the epilogue goes, and the lane coordinates re-derived for it. `staged`
/// (with a staging tile): the O rows go through it (stageRow, then copyOutStaged).
struct OutputRows : MmaLane {
  StoreOutputOp op;
  Value rowStart32, laneIsRowLeader, direct, staged;
  double expScale = 1.0;
  int64_t group = 1, nBlocksO = 0;
};

/// Named barrier of a staged store_output's threads (0 is the CTA's, 1 and 2 ping-pong's, 13
/// the persistent kernel's Q hand-over, 15 the TMA producer's).
constexpr int32_t kStagingBarrier = 14;

/// Element column of 16-byte piece `piece` of row `row` in a staging tile: chunk
/// piece ^ (row % kSwizzleRows) of the row, the XOR pattern of the ldmatrix tiles (see
/// swizzleTable), so that the eight rows of an MMA fragment store and the pieces a warp reads
/// back fall in distinct banks.
Value stagedColumn(KernelBuilder &b, Value row, Value piece) {
  Value phase = b.rem(row, c32(b, kSwizzleRows));
  Value swizzled = arith::XOrIOp::create(b, piece, phase);
  return b.mul(swizzled, c32(b, 8));
}

/// The converted pairs `outs` (one per 8-column block) of local row `local` into the staging
/// tile, at the lane's two columns of each block.
void stageRow(KernelBuilder &b, const OutputRows &w, Value local, ArrayRef<Value> outs) {
  StoreOutputOp op = w.op;
  Type elt = op.getStaging().getType().getElementType();
  auto pair = VectorType::get({2}, elt);
  Value stage = op.getStagingIndex();
  Value row = toIndex(b, local);
  for (int64_t n = 0; n < w.nBlocksO; ++n) {
    Value col = b.add(stagedColumn(b, local, c32(b, n)), w.c2);
    Value v = arith::TruncFOp::create(b, pair, outs[n]);
    vector::StoreOp::create(b, v, op.getStaging(), ValueRange{stage, row, toIndex(b, col)},
                            /*nontemporal=*/false, llvm::MaybeAlign(4));
  }
}

/// The staged rows out (after a barrier over the layout's threads): thread `tid` copies the
/// 16-byte pieces tid, tid + threads, ... of the tile (rows of head_dim / 8 pieces) whose
/// packed row is below rows_end to the output rows, 16 bytes a store.
void copyOutStaged(KernelBuilder &b, const OutputRows &w, Value tid32, int64_t threads) {
  StoreOutputOp op = w.op;
  int64_t rows = op.getO().getType().getDimSize(0), headDim = op.getO().getType().getDimSize(1);
  int64_t pieces = headDim / 8, total = rows * pieces;
  Type elt = op.getStaging().getType().getElementType();
  auto piece16 = VectorType::get({8}, elt);
  Value rowsBegin = to32(b, op.getRowsBegin());
  Value rowsEnd = to32(b, op.getRowsEnd());
  Value firstHead = b.mul(op.getHead(), b.idx(w.group));
  for (int64_t k = 0; k * threads < total; ++k) {
    Value c = b.add(tid32, c32(b, k * threads));
    Value local = b.div(c, c32(b, pieces));
    Value piece = b.rem(c, c32(b, pieces));
    Value packed = b.add(rowsBegin, local);
    Value inRange = b.slt(packed, rowsEnd);
    if ((k + 1) * threads > total)
      inRange = arith::AndIOp::create(b, inRange, b.slt(c, c32(b, total)));
    auto ifRow = scf::IfOp::create(b, inRange, /*withElseRegion=*/false);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifRow.thenBlock());
    Value col = stagedColumn(b, local, piece);
    Value v =
        vector::LoadOp::create(b, piece16, op.getStaging(),
                               ValueRange{op.getStagingIndex(), toIndex(b, local), toIndex(b, col)},
                               /*nontemporal=*/false, llvm::MaybeAlign(16));
    Value p = toIndex(b, packed);
    Value i = b.div(p, b.idx(w.group));
    Value head = b.add(firstHead, b.rem(p, b.idx(w.group)));
    Value dstCol = toIndex(b, b.mul(piece, c32(b, 8)));
    Value dstRow = b.add(op.getRow(), i);
    vector::StoreOp::create(b, v, op.getDest(), ValueRange{dstRow, head, dstCol},
                            /*nontemporal=*/false, llvm::MaybeAlign(16));
  }
  // This thread's generic-proxy accesses of the tile before the async proxy's next writes to
  // it (a TMA refill of the stage).
  NVVM::FenceProxyOp::create(
      b, NVVM::ProxyKind::async_shared,
      NVVM::SharedSpaceAttr::get(b.getContext(), NVVM::SharedSpace::shared_cta));
}

/// Row (mt, h): l summed over the four lanes of the row, O / l and the natural-log
/// lse = (m scale + log2 l) ln 2 (0 and -inf for a row without keys), stored where the packed
/// row exists: to the output rows, or to the f32 partial rows of a split work item.
void writeRow(KernelBuilder &b, OutputRows &w, const WarpState &state, int64_t mt, int64_t h) {
  int64_t idx = mt * 2 + h;
  Value l = state.l[idx];
  for (int32_t offset : {1, 2})
    l = b.fadd(l,
               gpu::ShuffleOp::create(b, l, offset, 32, gpu::ShuffleMode::XOR).getShuffleResult());
  Value nonEmpty = b.fogt(l, b.f32(0.0));
  Value recip = b.fdiv(b.f32(1.0), l);
  Value inv = b.select(nonEmpty, recip, b.f32(0.0));
  Value mScaled = b.fmul(state.m[idx], b.f32(w.expScale));
  Value lse2 = b.fadd(mScaled, b.log2(b.select(nonEmpty, l, b.f32(1.0))));
  Value lse = b.fmul(lse2, b.f32(kLn2));
  lse = b.select(nonEmpty, lse, b.negInf());
  Value row32 = fragmentRow(b, w.rowStart32, w.warpRow0, w.g, mt, h);
  Value row = toIndex(b, row32);
  // The row's pairs O / l, one per 8-column block (staged: built where they are stored, so
  // that no row's values stay live across the other branch).
  auto rowPairs = [&] {
    SmallVector<Value> outs;
    auto pairF32 = VectorType::get({2}, b.getF32Type());
    for (int64_t n = 0; n < w.nBlocksO; ++n) {
      Value acc = state.o[mt * w.nBlocksO + n];
      Value pair = vector::FromElementsOp::create(
          b, pairF32,
          ValueRange{b.fmul(vector::ExtractOp::create(b, acc, ArrayRef<int64_t>{h, 0}), inv),
                     b.fmul(vector::ExtractOp::create(b, acc, ArrayRef<int64_t>{h, 1}), inv)});
      outs.push_back(pair);
    }
    return outs;
  };
  if (w.staged) {
    // Every row of the tile, in range or not: the copy out skips the rows past rows_end.
    auto ifStaged = scf::IfOp::create(b, w.staged, /*withElseRegion=*/false);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifStaged.thenBlock());
    stageRow(b, w, b.sub(row32, w.rowStart32), rowPairs());
  }
  auto inRange = scf::IfOp::create(b, b.ult(row, w.op.getRowsEnd()), false);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(inRange.thenBlock());
  Value i = b.div(row, b.idx(w.group));
  Value firstHead = b.mul(w.op.getHead(), b.idx(w.group));
  Value head = b.add(firstHead, b.rem(row, b.idx(w.group)));
  SmallVector<Value> rowOuts;
  if (!w.staged)
    rowOuts = rowPairs();
  Value partialO = w.op.getPartialO();
  auto branch = scf::IfOp::create(b, w.direct, /*withElseRegion=*/partialO != nullptr);
  // The pairs themselves (the rows not staged), then the lse.
  auto store = [&](Value dst, Value dstLse, Value dstRow, bool mayBeStaged) {
    auto pairs = [&] {
      SmallVector<Value> outs = w.staged ? rowPairs() : rowOuts;
      for (int64_t n = 0; n < w.nBlocksO; ++n)
        b.storeVectorF32(outs[n], dst, {dstRow, head, toIndex(b, b.add(c32(b, n * 8), w.c2))}, 4);
    };
    if (mayBeStaged && w.staged) {
      Value notStaged = arith::XOrIOp::create(b, w.staged, b.cst(b.getI1Type(), 1));
      auto ifDirect = scf::IfOp::create(b, notStaged, /*withElseRegion=*/false);
      OpBuilder::InsertionGuard guard2(b);
      b.setInsertionPointToStart(ifDirect.thenBlock());
      pairs();
    } else {
      pairs();
    }
    if (dstLse) {
      auto leader = scf::IfOp::create(b, w.laneIsRowLeader, false);
      OpBuilder::InsertionGuard guard2(b);
      b.setInsertionPointToStart(leader.thenBlock());
      memref::StoreOp::create(b, lse, dstLse, ValueRange{dstRow, head});
    }
  };
  b.setInsertionPointToStart(branch.thenBlock());
  store(w.op.getDest(), w.op.getLseDest(), b.add(w.op.getRow(), i), /*mayBeStaged=*/true);
  if (partialO) {
    b.setInsertionPointToStart(branch.elseBlock());
    Value p = arith::IndexCastOp::create(b, b.getIndexType(), w.op.getPartialSlot());
    store(partialO, w.op.getPartialLse(), b.add(p, b.mul(i, w.op.getPartialStride())),
          /*mayBeStaged=*/false);
  }
}

/// The finalize that produced a store_output's rows, when the pair lowers as one step.
FinalizeOp finalizeOf(StoreOutputOp op) {
  auto fin = op.getO().getDefiningOp<FinalizeOp>();
  if (!fin || op.getLse() != fin.getLse() || fin.getLayoutAttr() != op.getLayoutAttr() ||
      !fin.getO().hasOneUse() || !fin.getLse().hasOneUse())
    return nullptr;
  return fin;
}

/// A finalize and the store_output of its rows, row by row (writeRow). The epilogue's lane
/// coordinates are re-derived right after the store's head is (attn-tile re-derives the work
/// item after the KV loop: nothing the epilogue needs stays live across the loop).
struct LowerFinalizeStore : PrefillPattern<StoreOutputOp> {
  using PrefillPattern::PrefillPattern;
  SmallVector<Value> tileOperands(StoreOutputOp op) const override {
    FinalizeOp fin = finalizeOf(op);
    if (!fin)
      return {};
    return {fin.getAcc(), fin.getM(), fin.getL()};
  }
  LogicalResult supports(StoreOutputOp op) const override {
    FinalizeOp fin = finalizeOf(op);
    return success(fin && fin.getNaturalLse() && !fin.getScratch() && op.getRowsBegin() &&
                   op.getPartialSlot());
  }
  LogicalResult lower(StoreOutputOp op, PrefillLayoutAttr layout, const PrefillThread &t,
                      KernelBuilder &b, PatternRewriter &rewriter) const override {
    FinalizeOp fin = finalizeOf(op);
    SmallVector<SmallVector<Value>> in;
    (void)fragmentsOf({fin.getAcc(), fin.getM(), fin.getL()}, in);
    OutputRows w;
    w.op = op;
    w.expScale = fin.getScale().convertToDouble();
    w.group = op.getRowsPerPosition();
    w.nBlocksO = op.getO().getType().getDimSize(1) / 8;
    {
      OpBuilder::InsertionGuard guard(b);
      if (Operation *def = op.getHead().getDefiningOp(); def && def->getBlock() == op->getBlock())
        b.setInsertionPointAfter(def);
      Value tid32 = RecomputeOp::create(b, b.getI32Type(), to32(b, t.tid));
      static_cast<MmaLane &>(w) = mmaLane(b, tid32, layout.getSlices());
    }
    w.rowStart32 = to32(b, op.getRowsBegin());
    Value quad = b.rem(w.lane, c32(b, 4));
    w.laneIsRowLeader = b.eqIdx(quad, c32(b, 0));
    Value slot = op.getPartialSlot();
    w.direct = arith::CmpIOp::create(b, arith::CmpIPredicate::slt, slot,
                                     arith::ConstantIntOp::create(b, slot.getType(), 0));
    if (op.getStaging())
      w.staged = arith::AndIOp::create(b, w.direct, op.getStagingOk());
    WarpState state{in[1], in[2], in[0]};
    for (int64_t mt = 0; mt < layout.getSlices(); ++mt)
      for (int64_t h = 0; h < 2; ++h)
        writeRow(b, w, state, mt, h);
    if (w.staged) {
      // The barrier outside the branch (the condition is the same in every thread): ptxas
      // allocated 18 registers more around a bar.sync under a branch and spilled them.
      Value barrierId = c32(b, kStagingBarrier);
      Value count = c32(b, layout.getNumThreads());
      NVVM::BarrierOp::create(b, TypeRange{}, barrierId, count, {}, Value());
      auto ifStaged = scf::IfOp::create(b, w.staged, /*withElseRegion=*/false);
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(ifStaged.thenBlock());
      // The thread index re-derived here (attn.recompute): the copies' addresses are not
      // computed ahead, in registers, while the accumulators are live.
      Value tid32 = RecomputeOp::create(b, b.getI32Type(), to32(b, t.tid));
      copyOutStaged(b, w, tid32, layout.getNumThreads());
    }
    rewriter.eraseOp(op);
    rewriter.eraseOp(fin);
    return success();
  }
};

} // namespace

namespace {
/// attn.warp_specialize: the regions as the two sides of a branch on the thread index, each
/// opening with its register budget (setmaxnreg.dec / .inc: the whole warpgroup executes it).
struct LowerWarpSpecialize : OpRewritePattern<WarpSpecializeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(WarpSpecializeOp op, PatternRewriter &rewriter) const override {
    KernelBuilder b = KernelBuilder::before(op, rewriter);
    Value tid = gpu::ThreadIdOp::create(b, gpu::Dimension::x);
    Value producer = b.ult(b.idx(op.getConsumerThreads() - 1), tid);
    auto branch = scf::IfOp::create(b, producer, /*withElseRegion=*/true);
    auto side = [&](Block *block, Region &region, NVVM::SetMaxRegisterAction action,
                    int64_t registers) {
      b.setInsertionPointToStart(block);
      NVVM::SetMaxRegisterOp::create(b, static_cast<int32_t>(registers), action);
      rewriter.inlineBlockBefore(&region.front(), block->getTerminator());
    };
    side(branch.thenBlock(), op.getProducer(), NVVM::SetMaxRegisterAction::decrease,
         op.getProducerRegisters());
    side(branch.elseBlock(), op.getConsumer(), NVVM::SetMaxRegisterAction::increase,
         op.getConsumerRegisters());
    rewriter.eraseOp(op);
    return success();
  }
};

/// attn.mma_turn on named barriers: warpgroup w waits at barrier 1 + w, which completes when
/// the previous warpgroup has arrived there too (2 x 128 threads); releasing arrives at the
/// next warpgroup's barrier without waiting; the start is the last warpgroup's release.
struct LowerMmaTurn : OpRewritePattern<MmaTurnOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(MmaTurnOp op, PatternRewriter &rewriter) const override {
    constexpr int64_t kWarpgroupThreads = 128, kFirstBarrier = 1;
    KernelBuilder b = KernelBuilder::before(op, rewriter);
    int64_t n = op.getWarpgroups();
    Value tid = to32(b, gpu::ThreadIdOp::create(b, gpu::Dimension::x));
    Value wg = b.div(tid, c32(b, kWarpgroupThreads));
    Value pair = c32(b, 2 * kWarpgroupThreads);
    auto barrierOf = [&](Value w) { return b.add(w, c32(b, kFirstBarrier)); };
    switch (op.getKind()) {
    case MmaTurnKind::Acquire:
      NVVM::BarrierOp::create(b, TypeRange{}, barrierOf(wg), pair, {}, Value());
      break;
    case MmaTurnKind::Release:
      NVVM::BarrierArriveOp::create(b, barrierOf(b.rem(b.add(wg, c32(b, 1)), c32(b, n))), pair);
      break;
    case MmaTurnKind::Start: {
      Value last = arith::CmpIOp::create(b, arith::CmpIPredicate::eq, wg, c32(b, n - 1));
      auto ifLast = scf::IfOp::create(b, last, /*withElseRegion=*/false);
      b.setInsertionPointToStart(ifLast.thenBlock());
      NVVM::BarrierArriveOp::create(b, c32(b, kFirstBarrier), pair);
      break;
    }
    }
    rewriter.eraseOp(op);
    return success();
  }
};
} // namespace

void mlir::attn::populatePrefillTileLoweringPatterns(RewritePatternSet &patterns) {
  auto cache = std::make_shared<PrefillThreadCache>();
  MLIRContext *ctx = patterns.getContext();
  patterns.add<LowerLoadQTile, LowerInitState, LowerAlibiSlopes, LowerLoadKVTile, LowerRopeKTile,
               LowerTileQK, LowerScoreMod, LowerOnlineSoftmax, LowerTilePV, LowerFinalizeStore,
               LowerRescaleAcc, LowerWaitMma>(ctx, cache);
  patterns.add<LowerKVTileRange, DistributeTileLoop, DistributeTileIf, LowerWarpSpecialize,
               LowerMmaTurn>(ctx);
}
