//===- TilePrefill.cpp - attn-tile for the tensor-core prefill kernel ------===//
//
// Tiles a prefill / append attn.attention inside an outlined kernel into the tile-level
// kernel body in #attn.prefill_layout (warp-level mma.sync m16n8k16 fragments, Q, K and V
// staged in XOR-swizzled shared memory). One CTA handles one work item of the runtime's plan
// (request b, Q tile, keys [kv_begin, kv_end)) for one KV head; the Q tile is `tile_q` packed
// rows, packed row r being query r / G of head kvh * G + r % G, so the G query heads that share
// a KV head share every K/V byte brought into shared memory (docs/PREFILL_ABI.md):
//
//   lo, n, unmasked tiles = kv_tile_range(keys, rows, mask)          (once)
//   Q = load_q_tile(q rows of the tile, rope at their positions)    (staged; once)
//   slopes = alibi_slopes(heads of the rows)                         (ALiBi; once)
//   m, l, O = init_state
//   for each KV tile t < n of tile_kv keys from lo:
//     K_t, V_t = load_kv_tile(...); [rope_k_tile(K_t)]
//     if the mask cuts through the tile (else the same without the mask):
//       S = score_mod(tile_qk(Q, K_t))          soft cap, ALiBi, causal / window / custom mask
//       P, m, l, _, O = online_softmax(S, m, l, O) {scale = sm_scale log2(e)}
//       O = tile_pv(P, V_t, O)
//   store_output(finalize(O, m, l)) to the output rows, or to the f32 partial rows of a split
//
// Scores stay raw (the softmax scale is applied in the exponent, FlashAttention-2's form).
// attn-lower-tiles turns the ops into tensor-core code (LowerPrefillTiles.cpp); attn-pipeline
// makes the K/V copies a multi-stage prefetch.
//
//===----------------------------------------------------------------------===//

#include "attn/Dialect/Attn/Utils/KernelBuilder.h"
#include "attn/Dialect/Attn/Utils/Rope.h"
#include "attn/Dialect/Attn/Utils/RuntimeABI.h"
#include "attn/Dialect/Attn/Utils/Target.h"

#include "AttentionKernel.h"
#include "attn/Dialect/Attn/IR/AttnOps.h"
#include "attn/Dialect/Attn/Transforms/Heuristics.h"
#include "attn/Dialect/Attn/Transforms/Transforms.h"

#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Dialect/NVGPU/IR/NVGPUDialect.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;
using namespace mlir::attn;
using namespace mlir::attn::detail;

namespace {

/// Everything the prefill emitter needs, gathered and checked up front.
struct PrefillKernel : AttentionKernel {
  Operation *kvDef = nullptr;
  PrefillLayout layout;
  bool paged = false, hnd = false, causal = false;
  /// A bit-packed custom mask (every tile is masked per element) or a block-sparse mask (the
  /// KV loop walks the Q tile's block row, `tilesPerBlock` tiles per listed key block).
  bool custom = false, blockSparse = false;
  int64_t blockRows = 0, blockCols = 0, tilesPerBlock = 0;
  std::optional<int64_t> window;
  std::optional<double> softCap;
  std::optional<RopeAttr> rope;
  bool alibi = false;
  double smScale = 1.0;
  int64_t tileQ = 0, pageSize = 1;
  /// Rows of a KV tile each copy group takes: the layout's, or the producer warpgroup's.
  int64_t copyRowsPerGroup = 0;
  Type elt;
  // Kernel parameters of the KV source, the prefill work items and the mask.
  Value kSrc, vSrc, kvIndptr, kvIndices, kvLastPageLen;
  Value workQoTile, workPartialStride;
  Value alibiSlopes, customMask, maskIndptr, blockIndptr, blockIndices;
  /// kernel_config `tma`: the tensor maps of K and V (k_tmap, v_tmap).
  Value kMap, vMap;
  /// kernel_config `l2_sections`: the device scalar head_section.
  Value headSection;
};

/// The KV source's buffers and the mask of `op`.
LogicalResult gatherSource(AttentionOp op, PrefillKernel &k) {
  k.kvDef = op.getKv().getDefiningOp();
  if (auto paged = dyn_cast_or_null<PagedKVOp>(k.kvDef)) {
    k.paged = true;
    k.hnd = paged.getType().getLayout() == KVLayout::HND;
    k.pageSize = paged.getType().getPageSize();
    k.kSrc = paged.getKCache();
    k.vSrc = paged.getVCache();
    k.kvIndptr = paged.getKvIndptr();
    k.kvIndices = paged.getKvIndices();
    k.kvLastPageLen = paged.getKvLastPageLen();
  } else if (auto ragged = dyn_cast_or_null<RaggedKVOp>(k.kvDef)) {
    k.kSrc = ragged.getK();
    k.vSrc = ragged.getV();
    k.kvIndptr = ragged.getKvIndptr();
  } else {
    return op.emitOpError() << "expected the KV source to be built by attn.paged_kv or "
                               "attn.ragged_kv inside the kernel";
  }
  MaskAttr mask = op.getMask();
  k.causal = mask.getKind() == MaskKind::Causal;
  k.custom = mask.getKind() == MaskKind::Custom;
  k.blockSparse = mask.getKind() == MaskKind::BlockSparse;
  k.window = mask.getWindowLeft();
  if (k.window && !k.causal)
    return op.emitOpError() << "prefill with a sliding window needs the causal mask";
  k.customMask = op.getCustomMask();
  k.maskIndptr = op.getMaskIndptr();
  k.blockIndptr = op.getBlockIndptr();
  k.blockIndices = op.getBlockIndices();
  // (The op's verifier guarantees the mask operands its kind needs, and a block shape.)
  if (k.blockSparse) {
    k.blockRows = *mask.getBlockRows();
    k.blockCols = *mask.getBlockCols();
  }
  return success();
}

LogicalResult gather(AttentionOp op, PrefillKernel &k) {
  if (failed(gatherKernel(op, Strategy::Prefill, k)))
    return failure();
  if (failed(gatherSource(op, k)))
    return failure();
  k.alibi = op.getAlibi();
  k.rope = op.getRope();
  k.elt = op.getQ().getType().getElementType();
  Type kvElt = cast<MemRefType>(k.kSrc.getType()).getElementType();
  if (kvElt != k.elt || !(k.elt.isBF16() || k.elt.isF16()))
    return op.emitOpError() << "prefill needs f16 or bf16 Q, K and V of one type, got "
                            << k.elt << " and " << kvElt;
  if (std::optional<APFloat> cap = op.getLogitsSoftCap())
    k.softCap = cap->convertToDouble();
  k.smScale = op.getEffectiveSmScale();

  k.tileQ = k.config.getTileQ();
  if (failed(deriveLayout(k, getPrefillLayout, k.layout)))
    return failure();
  if (k.blockSparse)
    k.tilesPerBlock = k.blockCols / k.tileKv; // getPrefillLayout checked the divisibility
  if (failed(checkVectorWidth(k, k.elt)) || failed(checkRopeWidth(k)))
    return failure();
  k.alibiSlopes = op.getAlibiSlopes();
  bool tma = k.config.getTma();
  return bindKernelParams(
      k, {{rtabi::prefill::kWorkQoTile, &k.workQoTile, true},
          {rtabi::prefill::kWorkPartialStride, &k.workPartialStride, true},
          {rtabi::prefill::kKTmap, &k.kMap, tma},
          {rtabi::prefill::kVTmap, &k.vMap, tma},
          {rtabi::prefill::kHeadSection, &k.headSection, k.config.getL2Sections()}});
}

} // namespace

/// Lane arithmetic is done in i32 (an index is 64-bit on the device, and every such value kept
/// live across the KV loop would cost two registers); memref indices are cast back.
static Value c32(KernelBuilder &b, int64_t v) {
  return arith::ConstantIntOp::create(b, b.getI32Type(), v);
}
static Value to32(KernelBuilder &b, Value index) {
  return arith::IndexCastOp::create(b, b.getI32Type(), index);
}
static Value toIndex(KernelBuilder &b, Value v) {
  return arith::IndexCastOp::create(b, b.getIndexType(), v);
}

/// The work item's values the tile ops read, in the lanes' i32 where they compute in it.
struct PrefillWork {
  Value request, kvBegin, kvEnd, partial, qo0, kvBase, kvLen, packedLen, rowStart, rowEnd;
  Value delta, delta32, rowStart32, kvEnd32, kvLen32, packedLen32, maskBits;
  /// The KV tiles to visit: keys from `lo` (block-sparse: from the list at blockBegin);
  /// tiles [unmaskedBegin, unmaskedEnd) are visible to every row (no per-element mask).
  Value lo, numTiles, blockBegin, unmaskedBegin, unmaskedEnd;
  int64_t pageRun = 1;
};

/// The work item (request b, Q tile, keys [kv_begin, kv_end)) and its request's lengths.
/// (One op per statement where two would be arguments of one call: the order of argument
/// evaluation is unspecified, and the IR must not depend on the host compiler.)
static PrefillWork loadWork(KernelBuilder &b, const PrefillKernel &k, Value work) {
  PrefillWork w;
  Value c0 = b.idx(0);
  w.request = b.loadIndex(k.workRequest, {work});
  Value qoTile = b.loadIndex(k.workQoTile, {work});
  w.kvBegin = b.loadIndex(k.workKvBegin, {work});
  w.kvEnd = b.loadIndex(k.workKvEnd, {work});
  w.partial = memref::LoadOp::create(b, k.workPartial, ValueRange{work});
  (void)b.loadIndex(k.workPartialStride, {work});
  w.qo0 = b.loadIndex(k.qoIndptr, {w.request});
  Value qoLen = b.sub(b.loadIndex(k.qoIndptr, {b.add(w.request, b.idx(1))}), w.qo0);
  w.kvBase = b.loadIndex(k.kvIndptr, {w.request});
  Value kvNext = b.loadIndex(k.kvIndptr, {b.add(w.request, b.idx(1))});
  if (k.paged) {
    // kv_len = (pages - 1) * page_size + last_page_len, 0 without pages.
    Value numPages = b.sub(kvNext, w.kvBase);
    Value lastLen = b.loadIndex(k.kvLastPageLen, {w.request});
    Value noPages = b.eqIdx(numPages, c0);
    Value fullPages = b.sub(numPages, b.idx(1));
    w.kvLen = b.select(noPages, c0, b.add(b.mul(fullPages, b.idx(k.pageSize)), lastLen));
  } else {
    w.kvLen = b.sub(kvNext, w.kvBase);
  }
  w.packedLen = b.mul(qoLen, b.idx(k.group));
  w.rowStart = b.mul(qoTile, b.idx(k.tileQ));
  w.rowEnd = b.minIdx(b.add(w.rowStart, b.idx(k.tileQ)), w.packedLen);
  // Query i sits at position i + delta (bottom-right alignment).
  w.delta = b.sub(w.kvLen, qoLen);
  w.delta32 = to32(b, w.delta);
  w.rowStart32 = to32(b, w.rowStart);
  w.kvEnd32 = to32(b, w.kvEnd);
  if (k.custom) {
    w.kvLen32 = to32(b, w.kvLen);
    w.packedLen32 = to32(b, w.packedLen);
    Value maskBytes = b.loadIndex(k.maskIndptr, {w.request});
    w.maskBits = b.mul(maskBytes, b.idx(8));
  }
  int64_t rows = k.copyRowsPerGroup;
  if (k.paged && (k.pageSize % rows == 0 || rows % k.pageSize == 0))
    w.pageRun = std::min(k.pageSize, rows);
  return w;
}

/// The KV tiles the Q tile visits (attn.kv_tile_range's formulas). Paged copies look up one
/// page id per run of rows that share a page (fewer ids live across the loop): with `lo`
/// aligned to the run, a run of min(page_size, rows_per_group) rows lies in one page when one
/// of the two divides the other; the keys below the old `lo` are masked. TMA loads of a paged
/// cache copy boxes of min(page_size, tile_kv) rows within a page: `lo` is aligned to that
/// (a multiple of the run: both are powers of two).
static void keyRange(KernelBuilder &b, const PrefillKernel &k, PrefillWork &w) {
  int64_t align = k.config.getTma() && k.paged ? std::min(k.pageSize, k.tileKv) : w.pageRun;
  if (!k.blockSparse) {
    auto mask = MaskAttr::get(b.getContext(), k.causal ? MaskKind::Causal : MaskKind::None,
                              k.window, std::nullopt, std::nullopt);
    Type index = b.getIndexType();
    auto range = KVTileRangeOp::create(
        b, index, index, index, index, w.kvBegin, w.kvEnd, w.rowStart, w.rowEnd, w.delta, mask,
        b.getI64IntegerAttr(k.group), b.getI64IntegerAttr(k.tileKv), b.getI64IntegerAttr(align));
    w.lo = range.getLo();
    w.numTiles = range.getNumTiles();
    w.unmaskedBegin = range.getUnmaskedBegin();
    w.unmaskedEnd = range.getUnmaskedEnd();
    return;
  }
  const int64_t T = k.tileKv;
  Value c0 = b.idx(0);
  Value lo = w.kvBegin, hi = w.kvEnd;
  w.lo = lo;
  Value span = b.maxIdx(b.sub(hi, lo), c0);
  Value roundedUp = b.add(span, b.idx(T - 1));
  w.numTiles = b.div(roundedUp, b.idx(T));
  {
    // The Q tile's queries lie in one block row (getPrefillLayout): its tiles are those of the
    // key blocks listed for the row of its first query (a row of the whole q tensor). A
    // request without keys visits no block (its page / key clamps need kv_end > 0).
    Value firstQuery = b.add(w.qo0, b.div(w.rowStart, b.idx(k.group)));
    Value blockRow = b.div(firstQuery, b.idx(k.blockRows));
    w.blockBegin = b.loadIndex(k.blockIndptr, {blockRow});
    Value blockEnd = b.loadIndex(k.blockIndptr, {b.add(blockRow, b.idx(1))});
    Value hasKeys = b.ult(c0, w.kvEnd);
    Value blocks = b.maxIdx(b.sub(blockEnd, w.blockBegin), c0);
    w.numTiles = b.select(hasKeys, b.mul(blocks, b.idx(k.tilesPerBlock)), c0);
  }
  // Tiles [0, unmaskedEnd) have all keys < kv_end.
  Value visibleSpan = b.sub(w.kvEnd, lo);
  w.unmaskedEnd = arith::FloorDivSIOp::create(b, visibleSpan, b.idx(T));
  w.unmaskedBegin = c0;
}

/// The tile-level kernel being built: the kernel, its layout and tile types, and the values
/// every step reads.
struct PrefillTiles {
  explicit PrefillTiles(const PrefillKernel &k) : k(k) {}
  const PrefillKernel &k;
  PrefillWork w;
  PrefillLayoutAttr layout;
  VectorType qType, sType, rowsType, accType;
  Value kvHead, qS, kS, vS, q, slopes;
  /// Exponent scale of the raw scores (base 2): sm_scale * log2(e), or log2(e) after a soft
  /// cap (which leaves natural-log logits).
  double expScale = 1.0;
};

/// The tile's first key and whether some of its scores need the per-element mask.
static std::pair<Value, Value> tileStart(KernelBuilder &b, const PrefillTiles &p, Value t) {
  const PrefillKernel &k = p.k;
  const int64_t T = k.tileKv;
  if (k.blockSparse) {
    // Block c of the list holds tiles [c * tpb, (c + 1) * tpb). A column outside the request
    // (negative or past kv_end, compared unsigned) starts at kv_end: fully masked.
    Value tpb = b.idx(k.tilesPerBlock);
    Value column = b.loadIndex(k.blockIndices, {b.add(p.w.blockBegin, b.div(t, tpb))});
    Value firstTile = b.mul(column, tpb);
    Value start = b.mul(b.add(firstTile, b.rem(t, tpb)), b.idx(T));
    Value startIdx = b.select(b.ult(start, p.w.kvEnd), start, p.w.kvEnd);
    return {startIdx, b.ult(p.w.kvEnd, b.add(startIdx, b.idx(T)))};
  }
  // In i32, from loop invariants re-derived here (attn.recompute): kept live as one 32-bit
  // register each rather than hoisted as 64-bit values.
  auto invariant32 = [&](Value v) {
    return RecomputeOp::create(b, b.getI32Type(), to32(b, v)).getResult();
  };
  Value t32 = to32(b, t);
  Value lo32 = invariant32(p.w.lo);
  Value start32 = b.add(lo32, b.mul(t32, c32(b, T)));
  Value startIdx = toIndex(b, start32);
  Value needsMask =
      arith::CmpIOp::create(b, arith::CmpIPredicate::sge, t32, invariant32(p.w.unmaskedEnd));
  if (k.window)
    needsMask = arith::OrIOp::create(b, b.slt(t32, invariant32(p.w.unmaskedBegin)), needsMask);
  return {startIdx, needsMask};
}

/// Consumer warpgroups of a ping-pong kernel (kernel_config `pingpong`).
constexpr int64_t kPingpongWarpgroups = 2;

/// The score modifiers of a tile starting at key `start32` (the mask where `masked`). Raw
/// scores (the scale is in the exponent) or, with a soft cap c, c * tanh(sm_scale s / c).
static Value scoreMod(KernelBuilder &b, const PrefillTiles &p, Value s, Value start32,
                      bool masked) {
  const PrefillKernel &k = p.k;
  const PrefillWork &w = p.w;
  Attribute scale = k.softCap ? Attribute(b.getF64FloatAttr(k.smScale)) : b.getF32FloatAttr(1.0);
  FloatAttr cap = k.softCap ? b.getF64FloatAttr(*k.softCap) : FloatAttr();
  bool custom = masked && k.custom;
  return ScoreModOp::create(b, p.sType, s, w.delta32, w.rowStart32, start32, w.kvEnd32, p.slopes,
                            custom ? k.customMask : Value(), custom ? w.maskBits : Value(),
                            custom ? w.kvLen : Value(), custom ? w.packedLen32 : Value(),
                            custom ? w.kvLen32 : Value(), scale, cap, AttentionOp(k.op).getMask(),
                            masked ? UnitAttr() : b.getUnitAttr(), b.getI64IntegerAttr(k.group),
                            p.layout);
}

/// One KV tile folded into the state (m, l, acc): S = Q K^T, the score modifiers and (unless
/// the tile is visible to every row) the mask, the online-softmax step, O += P V.
static SmallVector<Value> tileBody(KernelBuilder &b, const PrefillTiles &p, ValueRange state,
                                   Value stage, Value start32, bool masked) {
  const PrefillKernel &k = p.k;
  // Ping-pong: each contraction is the warpgroup's turn on the tensor cores.
  auto turn = [&](MmaTurnKind kind) {
    if (k.config.getPingpong())
      MmaTurnOp::create(b, kind, kPingpongWarpgroups);
  };
  turn(MmaTurnKind::Acquire);
  Value s = TileQKOp::create(b, p.sType, p.q, p.kS, stage, /*key_pos=*/Value(),
                             /*rope=*/RopeAttr(), /*async=*/UnitAttr(), p.layout);
  turn(MmaTurnKind::Release);
  s = scoreMod(b, p, s, start32, masked);
  auto softmax = OnlineSoftmaxOp::create(b, p.sType, p.rowsType, p.rowsType, p.rowsType, p.accType,
                                         s, state[0], state[1], state[2],
                                         b.getF64FloatAttr(p.expScale), p.layout);
  turn(MmaTurnKind::Acquire);
  Value acc = TilePVOp::create(b, p.accType, softmax.getP(), p.vS, stage, softmax.getAccNew(),
                               /*async=*/UnitAttr(), p.layout);
  turn(MmaTurnKind::Release);
  return {softmax.getMNew(), softmax.getLNew(), acc};
}

/// `body(masked)` with the mask where `needsMask` (custom masks: always): a branch yielding
/// values of `types`.
static SmallVector<Value> maskBranch(KernelBuilder &b, const PrefillTiles &p, TypeRange types,
                                     Value needsMask,
                                     llvm::function_ref<SmallVector<Value>(bool masked)> body) {
  if (p.k.custom)
    return body(/*masked=*/true);
  auto branch = scf::IfOp::create(b, types, needsMask, /*withElseRegion=*/true);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(branch.thenBlock());
  scf::YieldOp::create(b, body(/*masked=*/true));
  b.setInsertionPointToStart(branch.elseBlock());
  scf::YieldOp::create(b, body(/*masked=*/false));
  return SmallVector<Value>(branch.getResults());
}

/// tileBody on the tile in `stage`, with the mask where `needsMask` (custom masks: always).
static SmallVector<Value> maskedTileBody(KernelBuilder &b, const PrefillTiles &p, ValueRange state,
                                         Value stage, Value start32, Value needsMask) {
  return maskBranch(b, p, state.getTypes(), needsMask,
                    [&](bool masked) { return tileBody(b, p, state, stage, start32, masked); });
}

/// The loop over KV tiles: tile t lands in stage t % stages, the tiles the mask cuts through
/// take the masked body (custom masks: every tile).
static scf::ForOp kvLoop(KernelBuilder &b, PrefillTiles &p, ValueRange init) {
  const PrefillKernel &k = p.k;
  Value c0 = b.idx(0);
  auto loop = scf::ForOp::create(b, c0, p.w.numTiles, b.idx(1), init);
  // One barrier per tile (measured +2-4%, docs/PREFILL_TUNING.md run 14).
  loop->setAttr(kSingleBarrierAttrName, b.getUnitAttr());
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(loop.getBody());
  Value t = loop.getInductionVar();
  Value stage = b.rem(t, b.idx(k.stages));
  // Paged keys are request-local (ragged: from the request's first row, kv_indptr[b]); a
  // block-sparse copy finds its keys through the block list, from key 0 of the request.
  LoadKVTileOp::create(
      b, k.kvDef->getResult(0), p.w.kvBase, p.kvHead, t, k.blockSparse ? c0 : p.w.lo, p.w.kvEnd,
      p.kS, p.vS, stage, k.blockSparse ? k.blockIndices : Value(),
      k.blockSparse ? p.w.blockBegin : Value(), /*arrive=*/Value(), /*k_map=*/Value(),
      /*v_map=*/Value(), k.blockSparse ? b.getI64IntegerAttr(k.tilesPerBlock) : IntegerAttr(),
      p.w.pageRun > 1 ? b.getI64IntegerAttr(p.w.pageRun) : IntegerAttr(), /*async=*/UnitAttr(),
      /*swizzle=*/b.getUnitAttr(), p.layout);
  gpu::BarrierOp::create(b);
  auto [startIdx, needsMask] = tileStart(b, p, t);
  if (k.rope) {
    // RoPE on the keys of the tile, in shared memory, once for all warps.
    RopeKTileOp::create(b, p.kS, stage, startIdx, k.ropeOffsets,
                        k.ropeOffsets ? p.w.request : Value(), *k.rope, p.layout);
    gpu::BarrierOp::create(b);
  }
  SmallVector<Value> results =
      maskedTileBody(b, p, loop.getRegionIterArgs(), stage, to32(b, startIdx), needsMask);
  // Every warp is done with this stage before it is refilled.
  gpu::BarrierOp::create(b);
  scf::YieldOp::create(b, results);
  return loop;
}

/// The mbarrier ring of a warp-specialized kernel: barrier s signals that stage s is full,
/// barrier stages + s that it is free again. Pass j over the ring (tile t: j = t / stages)
/// completes phase j of both; the consumers wait for the full barrier's phase j (parity j % 2)
/// and the producer for the free barrier's phase j - 1 (parity (j + 1) % 2, which a fresh
/// barrier reports complete: the first pass finds every stage free).
/// A persistent kernel's ring runs on across work items: tile t of an item is the ring's tile
/// base + t, base the tiles of the CTA's earlier items.
struct StageRing {
  Value bars;
  int64_t stages = 0;
  Value base;
  /// Stage of tile t and the parity of its pass.
  std::pair<Value, Value> slot(KernelBuilder &b, Value t) const {
    if (base)
      t = b.add(base, t);
    Value stage = b.rem(t, b.idx(stages));
    Value pass = b.div(t, b.idx(stages));
    Value parity = arith::TruncIOp::create(b, b.getI1Type(), to32(b, pass));
    return {stage, parity};
  }
  Value full(Value stage) const { return stage; }
  Value free(KernelBuilder &b, Value stage) const { return b.add(stage, b.idx(stages)); }
  void wait(KernelBuilder &b, Value index, Value parity) const {
    // Suspend-time hint between polls, in ns (the value CUTLASS's pipelines use).
    constexpr int64_t kTicks = 0x989680;
    nvgpu::MBarrierTryWaitParityOp::create(b, bars, parity, b.idx(kTicks), index);
  }
};

/// The ring's 2 * stages mbarriers, initialized by thread 0 of the CTA (visible to every
/// thread after the next barrier): `producers` arrivals complete a full barrier, `consumers`
/// a free one. (With TMA loads a full barrier takes one arrival, which brings the tile's bytes
/// as its transaction count.)
static StageRing createStageRing(KernelBuilder &b, int64_t stages, int64_t producers,
                                 int64_t consumers) {
  MLIRContext *ctx = b.getContext();
  auto workgroup = gpu::AddressSpaceAttr::get(ctx, gpu::AddressSpace::Workgroup);
  auto type = nvgpu::MBarrierGroupType::get(ctx, workgroup, 2 * stages);
  StageRing ring{nvgpu::MBarrierCreateOp::create(b, type), stages, Value()};
  Value tid = gpu::ThreadIdOp::create(b, gpu::Dimension::x);
  Value first = arith::CmpIOp::create(b, arith::CmpIPredicate::eq, tid, b.idx(0));
  for (int64_t s = 0; s < stages; ++s) {
    // (One op per statement: the IR must not depend on the host compiler's argument order.)
    Value fullCount = b.idx(producers);
    Value full = b.idx(s);
    nvgpu::MBarrierInitOp::create(b, ring.bars, fullCount, full, first);
    Value freeCount = b.idx(consumers);
    Value free = b.idx(stages + s);
    nvgpu::MBarrierInitOp::create(b, ring.bars, freeCount, free, first);
  }
  return ring;
}

/// Waits for every cp.async copy of the thread (none is left in flight when it exits).
static void drainCopies(KernelBuilder &b) {
  CommitKVTilesOp::create(b);
  WaitKVTilesOp::create(b, 0);
}

/// The producer warpgroup's loop: wait until tile t's stage is free, then copy K_t and V_t
/// into it, each thread arriving on the stage's full barrier when its copies land (with TMA
/// loads: one thread issues a whole tile's copies, see attn.load_kv_tile).
static void producerLoop(KernelBuilder &b, const PrefillTiles &p, const StageRing &ring,
                         bool drain = true) {
  const PrefillKernel &k = p.k;
  Value c0 = b.idx(0);
  auto loop = scf::ForOp::create(b, c0, p.w.numTiles, b.idx(1));
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    Value t = loop.getInductionVar();
    auto [stage, parity] = ring.slot(b, t);
    Value free = ring.free(b, stage);
    Value one = b.cst(b.getI1Type(), 1);
    Value freeParity = arith::XOrIOp::create(b, parity, one);
    ring.wait(b, free, freeParity);
    Value full = nvgpu::MBarrierGetOp::create(b, b.getI32Type(), ring.bars, ring.full(stage));
    LoadKVTileOp::create(b, k.kvDef->getResult(0), p.w.kvBase, p.kvHead, t,
                         k.blockSparse ? c0 : p.w.lo, p.w.kvEnd, p.kS, p.vS, stage,
                         k.blockSparse ? k.blockIndices : Value(),
                         k.blockSparse ? p.w.blockBegin : Value(), full, k.kMap, k.vMap,
                         k.blockSparse ? b.getI64IntegerAttr(k.tilesPerBlock) : IntegerAttr(),
                         p.w.pageRun > 1 ? b.getI64IntegerAttr(p.w.pageRun) : IntegerAttr(),
                         /*async=*/b.getUnitAttr(), /*swizzle=*/b.getUnitAttr(), p.layout);
  }
  // No copy of the thread is left in flight when it exits.
  if (drain)
    drainCopies(b);
}

/// The consumers' loop: wait until tile t has landed, fold it into the state, and free its
/// stage for the producer.
static scf::ForOp consumerLoop(KernelBuilder &b, PrefillTiles &p, const StageRing &ring,
                               ValueRange init) {
  auto loop = scf::ForOp::create(b, b.idx(0), p.w.numTiles, b.idx(1), init);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(loop.getBody());
  Value t = loop.getInductionVar();
  auto [stage, parity] = ring.slot(b, t);
  ring.wait(b, ring.full(stage), parity);
  auto [startIdx, needsMask] = tileStart(b, p, t);
  SmallVector<Value> results =
      maskedTileBody(b, p, loop.getRegionIterArgs(), stage, to32(b, startIdx), needsMask);
  nvgpu::MBarrierArriveOp::create(b, nvgpu::MBarrierTokenType::get(b.getContext()), ring.bars,
                                  ring.free(b, stage));
  scf::YieldOp::create(b, results);
  return loop;
}

/// A consumer warpgroup's turn on the tensor cores (attn.mma_turn), with ping-pong only.
static void mmaTurn(KernelBuilder &b, const PrefillTiles &p, MmaTurnKind kind) {
  if (p.k.config.getPingpong())
    MmaTurnOp::create(b, kind, kPingpongWarpgroups);
}

/// The scores of one tile folded into (m, l) without the accumulator: the score modifiers (the
/// mask where `needsMask`; custom masks: always) and the online-softmax step. Returns P, m, l
/// and alpha, the factor the accumulator still has to be rescaled by.
static SmallVector<Value> softmaxStep(KernelBuilder &b, const PrefillTiles &p, Value s, Value m,
                                      Value l, Value start32, Value needsMask) {
  auto step = [&](bool masked) -> SmallVector<Value> {
    Value mod = scoreMod(b, p, s, start32, masked);
    auto softmax = OnlineSoftmaxOp::create(b, p.sType, p.rowsType, p.rowsType, p.rowsType,
                                           /*acc_new=*/Type(), mod, m, l, /*acc=*/Value(),
                                           b.getF64FloatAttr(p.expScale), p.layout);
    return {softmax.getP(), softmax.getMNew(), softmax.getLNew(), softmax.getAlpha()};
  };
  SmallVector<Type> types{p.sType, p.rowsType, p.rowsType, p.rowsType};
  return maskBranch(b, p, types, needsMask, step);
}

/// Iteration t of the overlapped loop, state (m, l, acc, P_t): S_{t+1} and O += P_t V_t are
/// issued back to back without waiting; the softmax of tile t + 1 runs once S_{t+1} has landed
/// while P_t V_t is still in flight; then O is waited for, stage t freed and O rescaled.
static SmallVector<Value> overlappedStep(KernelBuilder &b, const PrefillTiles &p,
                                         const StageRing &ring, Value t, ValueRange state) {
  Value next = b.add(t, b.idx(1));
  Value stage = ring.slot(b, t).first;
  auto [nextStage, nextParity] = ring.slot(b, next);
  ring.wait(b, ring.full(nextStage), nextParity);
  // Ping-pong: both MMAs in one turn, so that the other warpgroup's run while this one's
  // softmax does.
  mmaTurn(b, p, MmaTurnKind::Acquire);
  Value s = TileQKOp::create(b, p.sType, p.q, p.kS, nextStage, /*key_pos=*/Value(),
                             /*rope=*/RopeAttr(), /*async=*/b.getUnitAttr(), p.layout);
  Value acc = TilePVOp::create(b, p.accType, state[3], p.vS, stage, state[2],
                               /*async=*/b.getUnitAttr(), p.layout);
  mmaTurn(b, p, MmaTurnKind::Release);
  // The older group (S) has landed; P_t V_t may still be in flight.
  s = WaitMmaOp::create(b, TypeRange{p.sType}, ValueRange{s}, 1, p.layout).getResult(0);
  auto [startIdx, needsMask] = tileStart(b, p, next);
  SmallVector<Value> soft = softmaxStep(b, p, s, state[0], state[1], to32(b, startIdx), needsMask);
  auto done =
      WaitMmaOp::create(b, TypeRange{p.accType, p.sType}, ValueRange{acc, state[3]}, 0, p.layout);
  nvgpu::MBarrierArriveOp::create(b, nvgpu::MBarrierTokenType::get(b.getContext()), ring.bars,
                                  ring.free(b, stage));
  acc = RescaleAccOp::create(b, p.accType, done.getResult(0), soft[3], p.layout);
  return {soft[1], soft[2], acc, soft[0]};
}

/// Frees stage `stage` of the ring for the producer (every consumer thread arrives).
static void freeStage(KernelBuilder &b, const StageRing &ring, Value stage) {
  nvgpu::MBarrierArriveOp::create(b, nvgpu::MBarrierTokenType::get(b.getContext()), ring.bars,
                                  ring.free(b, stage));
}

/// The consumers' loop with FA3's intra-warpgroup pipelining (kernel_config `overlap`): the
/// first tile's softmax before the loop, iteration t overlapping the softmax of tile t + 1
/// with P_t V_t (overlappedStep), the last tile's P V after it. Without tiles, the state stays.
/// With `keepLast` the last tile's stage is not freed: the caller frees it.
static SmallVector<Value> overlappedConsumer(KernelBuilder &b, PrefillTiles &p,
                                             const StageRing &ring, ValueRange init,
                                             bool keepLast = false) {
  Value c0 = b.idx(0), c1 = b.idx(1), n = p.w.numTiles;
  auto any = scf::IfOp::create(b, init.getTypes(), b.ult(c0, n), /*withElseRegion=*/true);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(any.elseBlock());
  scf::YieldOp::create(b, init);
  b.setInsertionPointToStart(any.thenBlock());
  auto [stage0, parity0] = ring.slot(b, c0);
  ring.wait(b, ring.full(stage0), parity0);
  bool turns = p.k.config.getPingpong();
  mmaTurn(b, p, MmaTurnKind::Acquire);
  // With turns the first S is issued in one and waited for after it.
  Value s0 = TileQKOp::create(b, p.sType, p.q, p.kS, stage0, /*key_pos=*/Value(),
                              /*rope=*/RopeAttr(), turns ? b.getUnitAttr() : UnitAttr(), p.layout);
  mmaTurn(b, p, MmaTurnKind::Release);
  if (turns)
    s0 = WaitMmaOp::create(b, TypeRange{p.sType}, ValueRange{s0}, 0, p.layout).getResult(0);
  auto [start0, mask0] = tileStart(b, p, c0);
  // The accumulator is still 0: the first alpha is not needed.
  SmallVector<Value> first = softmaxStep(b, p, s0, init[0], init[1], to32(b, start0), mask0);
  auto loop = scf::ForOp::create(b, c0, b.sub(n, c1), c1,
                                 ValueRange{first[1], first[2], init[2], first[0]});
  {
    OpBuilder::InsertionGuard bodyGuard(b);
    b.setInsertionPointToStart(loop.getBody());
    scf::YieldOp::create(
        b, overlappedStep(b, p, ring, loop.getInductionVar(), loop.getRegionIterArgs()));
  }
  Value stage = ring.slot(b, b.sub(n, c1)).first;
  mmaTurn(b, p, MmaTurnKind::Acquire);
  Value acc = TilePVOp::create(b, p.accType, loop.getResult(3), p.vS, stage, loop.getResult(2),
                               turns ? b.getUnitAttr() : UnitAttr(), p.layout);
  mmaTurn(b, p, MmaTurnKind::Release);
  if (turns)
    acc = WaitMmaOp::create(b, TypeRange{p.accType, p.sType}, ValueRange{acc, loop.getResult(3)}, 0,
                            p.layout)
              .getResult(0);
  if (!keepLast)
    freeStage(b, ring, stage);
  scf::YieldOp::create(b, ValueRange{loop.getResult(0), loop.getResult(1), acc});
  return SmallVector<Value>(any.getResults());
}

/// The K stage an epilogue stages its O tile in (attn.store_output `staged`), if `kept` holds;
/// none without a stage.
struct OutputStaging {
  Value stage, kept;
};

/// O / l and the log-sum-exp to the output rows, or to the f32 partial rows of a split item.
/// The output coordinates are re-derived from the work index after the loop rather than kept
/// live across it (64-bit indices cost two registers each, and every register the loop does
/// not need is one the accumulators can have): the index goes through attn.recompute so that
/// the reloads are not merged with the loads before the loop.
static void storeRows(KernelBuilder &b, const PrefillTiles &p, Value work, ValueRange state,
                      OutputStaging staging = {}) {
  const PrefillKernel &k = p.k;
  Value w = toIndex(b, RecomputeOp::create(b, b.getI32Type(), to32(b, work)));
  Value kvHead = toIndex(b, RecomputeOp::create(b, b.getI32Type(), to32(b, p.kvHead)));
  Value request = b.loadIndex(k.workRequest, {w});
  Value partial = memref::LoadOp::create(b, k.workPartial, ValueRange{w});
  Value partialStride = b.loadIndex(k.workPartialStride, {w});
  Value qo0 = b.loadIndex(k.qoIndptr, {request});
  Value qoLen = b.sub(b.loadIndex(k.qoIndptr, {b.add(request, b.idx(1))}), qo0);
  Value qoTile = b.loadIndex(k.workQoTile, {w});
  Value rowStart = b.mul(qoTile, b.idx(k.tileQ));
  Value rowLimit = b.add(rowStart, b.idx(k.tileQ));
  Value rowEnd = b.minIdx(rowLimit, b.mul(qoLen, b.idx(k.group)));
  // O = acc / l; lse = (expScale m + log2 l) ln 2.
  auto fin = FinalizeOp::create(b, p.accType, p.rowsType, state[2], state[0], state[1],
                                /*scratch=*/Value(), b.getUnitAttr(), b.getF64FloatAttr(p.expScale),
                                p.layout);
  StoreOutputOp::create(b, fin.getO(), fin.getLse(), k.o, qo0, kvHead, k.lse, rowStart, rowEnd,
                        k.tmpO, k.tmpLse, partial, k.tmpO ? partialStride : Value(),
                        staging.stage ? p.kS : Value(), staging.stage, staging.kept,
                        b.getI64IntegerAttr(k.group), p.layout);
}

/// Whether the epilogue can stage the O tile in a K tile of the ring (attn.store_output
/// `staged`): a K tile holds at least the tile's rows of the output's element width, at a
/// head_dim of whole 128-byte rows.
static bool stagesOutput(const PrefillTiles &p) {
  auto kType = cast<MemRefType>(p.kS.getType());
  auto oType = cast<MemRefType>(p.k.o.getType());
  return kType.getDimSize(1) >= p.k.tileQ && p.k.headDim % 64 == 0 &&
         kType.getElementTypeBitWidth() == oType.getElementTypeBitWidth();
}

/// overlappedConsumer and the rows of work item `work`, storeRows: through the last tile's K
/// stage where stagesOutput says so (its 16-byte stores coalesced: the fragments' 4-byte
/// pairs made the epilogue store-bound on short items), freeing the stage afterwards.
/// `beforeStore`, if given, is built between the two.
static void overlappedItem(KernelBuilder &b, PrefillTiles &p, const StageRing &ring,
                           ValueRange init, Value work, function_ref<void()> beforeStore = {}) {
  if (!stagesOutput(p)) {
    SmallVector<Value> state = overlappedConsumer(b, p, ring, init);
    if (beforeStore)
      beforeStore();
    storeRows(b, p, work, state);
    return;
  }
  SmallVector<Value> state = overlappedConsumer(b, p, ring, init, /*keepLast=*/true);
  if (beforeStore)
    beforeStore();
  // The last tile's stage, from the ring's base and the tile count (live across the item
  // anyway) rather than carried out of the loop's branch: no register more in the epilogue.
  Value n = p.w.numTiles;
  Value kept = b.ult(b.idx(0), n);
  Value stage = ring.slot(b, b.sub(n, b.idx(1))).first;
  storeRows(b, p, work, state, OutputStaging{stage, kept});
  auto release = scf::IfOp::create(b, kept, /*withElseRegion=*/false);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(release.thenBlock());
  freeStage(b, ring, stage);
}

/// Shared memory: the Q tile, then K and V stages, all [rows, head_dim] and swizzled.
static void sharedTiles(KernelBuilder &b, PrefillTiles &p) {
  const PrefillKernel &k = p.k;
  const PrefillLayout &L = k.layout;
  auto workgroup = gpu::AddressSpaceAttr::get(b.getContext(), gpu::AddressSpace::Workgroup);
  Value smem = gpu::DynamicSharedMemoryOp::create(
      b, MemRefType::get({ShapedType::kDynamic}, b.getI8Type(), AffineMap(), workgroup));
  auto qType = MemRefType::get({k.tileQ, k.headDim}, k.elt, AffineMap(), workgroup);
  auto stageType = MemRefType::get({k.stages, k.tileKv, k.headDim}, k.elt, AffineMap(), workgroup);
  p.qS = memref::ViewOp::create(b, qType, smem, b.idx(0), ValueRange{});
  p.kS = memref::ViewOp::create(b, stageType, smem, b.idx(L.qBytes), ValueRange{});
  p.vS = memref::ViewOp::create(b, stageType, smem, b.idx(L.qBytes + L.kvStageBytes / 2),
                                ValueRange{});
}

/// Register budgets of a warp-specialized CTA (setmaxnreg): the producer keeps what its
/// copies need, the consumers share the rest of what the CTA was launched with (the kernel's
/// register cap times its threads), at most 256 each. Three consumer warpgroups (512 threads,
/// 128 registers each at launch) leave the producer 32, as FA3 does, so that each consumer
/// gets 160: with 40 (152 each) the overlapped head_dim 64 kernel on 192 x 128 tiles spilled
/// 32 bytes.
static std::pair<int64_t, int64_t> warpRegisters(int64_t consumers, int64_t producers) {
  constexpr int64_t kMaxRegisters = 256, kStep = 8,
                    kThreeWarpgroups = 3 * target::kWarpgroupThreads;
  int64_t producer = consumers >= kThreeWarpgroups ? 32 : 40;
  int64_t launched = registerCap(consumers + producers) * (consumers + producers);
  int64_t consumer = (launched - producer * producers) / consumers / kStep * kStep;
  return {std::min(consumer, kMaxRegisters), producer};
}

/// The Q tile (staged in shared memory, rotated at the query's position); with `staged`, rows
/// an earlier queryTile already copied there.
static void queryTile(KernelBuilder &b, PrefillTiles &p, bool staged = false) {
  const PrefillKernel &k = p.k;
  const PrefillWork &w = p.w;
  bool offsets = k.rope && k.ropeOffsets;
  p.q = LoadQTileOp::create(
      b, p.qType, k.q, w.qo0, p.kvHead, w.rowStart, w.packedLen, k.rope ? w.delta : Value(),
      offsets ? k.ropeOffsets : Value(), offsets ? w.request : Value(), p.qS,
      /*scale=*/FloatAttr(), b.getI64IntegerAttr(k.group), k.rope ? *k.rope : RopeAttr(), p.layout,
      staged ? b.getUnitAttr() : UnitAttr());
}

/// The ALiBi slope of each row, in raw-score units (sm_scale-free until the exponent, or
/// logits after a cap).
static void alibiSlopes(KernelBuilder &b, PrefillTiles &p) {
  const PrefillKernel &k = p.k;
  const PrefillWork &w = p.w;
  if (!k.alibi)
    return;
  double toRaw = k.softCap ? 1.0 : 1.0 / k.smScale;
  p.slopes =
      AlibiSlopesOp::create(b, p.rowsType, p.kvHead, w.rowStart32, k.alibiSlopes,
                            b.getI64IntegerAttr(k.group * AttentionOp(k.op).getNumKvHeads()),
                            b.getI64IntegerAttr(k.group), b.getF64FloatAttr(toRaw), p.layout);
}

/// Named barrier of the consumer threads of a warp-specialized kernel: a persistent kernel's
/// Q hand-over, an `early_kv` kernel's Q tile (ids 1 and 2 are ping-pong's turns, 15 the TMA
/// producer's).
constexpr int64_t kConsumerBarrier = 13;

/// bar.sync over the `consumers` consumer threads.
static void consumerBarrier(KernelBuilder &b, int64_t consumers) {
  Value id = c32(b, kConsumerBarrier);
  Value threads = c32(b, consumers);
  NVVM::BarrierOp::create(b, TypeRange{}, id, threads, {}, Value());
}

/// The warp-specialized KV loop (kernel_config `producer`): the producer warpgroup fills the
/// stage ring and the consumer warps fold each tile into their state and write the rows; the
/// two sides meet only at the ring's mbarriers. The consumers copied the Q tile; by default
/// the whole CTA waits for it before the producer starts, with `early_kv` only the consumers
/// do (their copies' group, then their named barrier), and the producer's first K/V copies
/// are in flight with the Q tile's.
static void warpSpecializedLoop(KernelBuilder &b, PrefillTiles &p, Value work) {
  const PrefillKernel &k = p.k;
  int64_t consumers = p.layout.getNumThreads(), producers = p.layout.getProducerThreads();
  StageRing ring = createStageRing(b, k.stages, k.config.getTma() ? 1 : producers, consumers);
  bool earlyKv = k.config.getEarlyKv();
  // The ring's initialization, seen by every thread (and the Q copies, their own commit
  // group, unless the consumers wait for them below).
  if (!earlyKv)
    WaitKVTilesOp::create(b, 0);
  gpu::BarrierOp::create(b);
  auto [consumerRegs, producerRegs] = warpRegisters(consumers, producers);
  auto split = WarpSpecializeOp::create(b, consumers, producers, consumerRegs, producerRegs);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(&split.getProducer().emplaceBlock());
  producerLoop(b, p, ring);
  b.setInsertionPointToStart(&split.getConsumer().emplaceBlock());
  if (earlyKv) {
    // This thread's Q copies have landed; then every consumer thread's have.
    WaitKVTilesOp::create(b, 0);
    consumerBarrier(b, consumers);
  }
  alibiSlopes(b, p);
  auto init = InitStateOp::create(b, p.rowsType, p.rowsType, p.accType, p.layout);
  if (k.config.getPingpong())
    MmaTurnOp::create(b, MmaTurnKind::Start, kPingpongWarpgroups);
  if (k.config.getOverlap()) {
    overlappedItem(b, p, ring, init.getResults(), work);
    return;
  }
  scf::ForOp loop = consumerLoop(b, p, ring, init.getResults());
  storeRows(b, p, work, loop.getResults());
}

/// kernel_config `l2_sections`: S = clamp(*head_section, 1, Hkv) (abi::prefill::kHeadSection),
/// loaded where it is built, in i32 (like the section arithmetic: a 64-bit value live across
/// the persistent kernel's item loop would cost two registers); a null value without it.
static Value headSection(KernelBuilder &b, const PrefillTiles &p) {
  if (!p.k.headSection)
    return Value();
  Value loaded = memref::LoadOp::create(b, p.k.headSection, ValueRange{b.idx(0)});
  Value one = c32(b, 1);
  Value atLeastOne = arith::MaxSIOp::create(b, loaded, one);
  Value heads = c32(b, AttentionOp(p.k.op).getNumKvHeads());
  return arith::MinSIOp::create(b, atLeastOne, heads);
}

/// The (KV head, work slot) of position `linear` in the order of L2 sections of `section` (i32)
/// KV heads over `slots` work slots (abi::prefill::kHeadSection): section s = linear / (S *
/// slots) covers KV heads [s * S, s * S + w), w = min(S, Hkv - s * S), heads fastest. A
/// bijection of [0, Hkv * slots) for any S in [1, Hkv]; `slots` is taken as at least 1. In
/// i32 (positions are below Hkv * 65535 work slots), the results cast back to index.
static std::pair<Value, Value> sectionPair(KernelBuilder &b, const PrefillTiles &p, Value section,
                                           Value linear, Value slots) {
  Value heads = c32(b, AttentionOp(p.k.op).getNumKvHeads());
  Value one = c32(b, 1);
  Value linear32 = to32(b, linear);
  Value slots32 = to32(b, slots);
  Value someSlots = arith::MaxSIOp::create(b, slots32, one);
  Value perSection = b.mul(section, someSlots);
  Value index = b.div(linear32, perSection);
  Value sectionStart = b.mul(index, perSection);
  Value offset = b.sub(linear32, sectionStart);
  Value firstHead = b.mul(index, section);
  Value headsLeft = b.sub(heads, firstHead);
  Value width = arith::MinSIOp::create(b, section, headsLeft);
  Value headInSection = b.rem(offset, width);
  Value head = b.add(firstHead, headInSection);
  Value work = b.div(offset, width);
  Value headIndex = toIndex(b, head);
  Value workIndex = toIndex(b, work);
  return {headIndex, workIndex};
}

/// The persistent kernel (kernel_config `persistent`): one CTA per SM, looping over the
/// (KV head, work item) pairs below Hkv x num_work (KV heads fastest, the plan's items
/// heaviest first; with `l2_sections` in the sections' order, see sectionPair) in rounds of
/// gridDim.x, every other round mirrored (pairOf). Each side of the warp-specialized CTA walks the
/// same pairs; the stage ring runs on across them (the ring's base counts the earlier items'
/// tiles), so the producer fills the next item's stages while the consumers finish the current
/// item. The consumers copy the Q tiles themselves, one item ahead: the next item's work is loaded
/// before the current item's KV loop (its dependent global loads land during it), its copies are
/// issued once every consumer warp is done with the current tile (a named barrier over their
/// threads) and land during the current item's epilogue; the item's loop starts after the copies
/// have landed and a second named barrier.
static void persistentKernel(KernelBuilder &b, PrefillTiles &p, Value numWork) {
  const PrefillKernel &k = p.k;
  int64_t consumers = p.layout.getNumThreads(), producers = p.layout.getProducerThreads();
  StageRing ring = createStageRing(b, k.stages, k.config.getTma() ? 1 : producers, consumers);
  gpu::BarrierOp::create(b);
  Value heads = b.idx(AttentionOp(k.op).getNumKvHeads());
  Value units = b.mul(numWork, heads);
  Value section = headSection(b, p);
  auto [consumerRegs, producerRegs] = warpRegisters(consumers, producers);
  auto split = WarpSpecializeOp::create(b, consumers, producers, consumerRegs, producerRegs);
  OpBuilder::InsertionGuard guard(b);
  // The work of pair `unit` into p.kvHead and p.w; its index.
  auto itemAt = [&](Value unit) {
    Value work;
    if (section) {
      std::tie(p.kvHead, work) = sectionPair(b, p, section, unit, numWork);
    } else {
      p.kvHead = b.rem(unit, heads);
      work = b.div(unit, heads);
    }
    p.w = loadWork(b, k, work);
    return work;
  };
  // Pair j of CTA c in a grid of G CTAs: j * G + (j odd ? G - 1 - c : c). Rounds of G pairs
  // in the plan's order (heaviest items first), every other one mirrored, so that no CTA
  // takes the heaviest pair of every round: round-robin over costs that fall across the
  // list gives CTA 0 the most work, the mirrored rounds even it out.
  auto slotOf = [&](Value j, Value cta, Value ctas) {
    Value two = b.idx(2);
    Value parity = b.rem(j, two);
    Value one = b.idx(1);
    Value odd = b.eqIdx(parity, one);
    Value lastCta = b.sub(ctas, one);
    Value mirrored = b.sub(lastCta, cta);
    return b.select(odd, mirrored, cta);
  };
  auto pairOf = [&](Value j, Value cta, Value ctas) {
    Value slot = slotOf(j, cta, ctas);
    Value roundStart = b.mul(j, ctas);
    return b.add(roundStart, slot);
  };
  // The number of pairs of CTA `cta`: one in each full round, one in the last partial round
  // (round F = units / G, with units - F * G pairs) if its slot there is below the rest.
  auto pairCount = [&](Value cta, Value ctas) {
    Value full = b.div(units, ctas);
    Value fullPairs = b.mul(full, ctas);
    Value rest = b.sub(units, fullPairs);
    Value lastSlot = slotOf(full, cta, ctas);
    Value inLast = b.ult(lastSlot, rest);
    Value one = b.idx(1);
    Value zero = b.idx(0);
    Value extra = b.select(inLast, one, zero);
    return b.add(full, extra);
  };
  // scf.for j = 0 to the CTA's pair count, carrying the ring's base; `body` builds one item
  // at pair `unit` / `work` (p.kvHead, p.w set) with its ring, `next` the CTA's next pair
  // (>= Hkv x num_work after its last).
  auto itemLoop =
      [&](Block &region,
          function_ref<void(Value unit, Value next, Value work, const StageRing &)> body) {
        b.setInsertionPointToEnd(&region);
        Value cta = gpu::BlockIdOp::create(b, gpu::Dimension::x);
        Value ctas = gpu::GridDimOp::create(b, gpu::Dimension::x);
        Value count = pairCount(cta, ctas);
        Value zero = b.idx(0);
        Value one = b.idx(1);
        auto loop = scf::ForOp::create(b, zero, count, one, ValueRange{zero});
        OpBuilder::InsertionGuard bodyGuard(b);
        b.setInsertionPointToStart(loop.getBody());
        Value j = loop.getInductionVar();
        Value unit = pairOf(j, cta, ctas);
        Value work = itemAt(unit);
        keyRange(b, k, p.w);
        StageRing itemRing = ring;
        itemRing.base = loop.getRegionIterArgs()[0];
        Value nextJ = b.add(j, one);
        Value next = pairOf(nextJ, cta, ctas);
        body(unit, next, work, itemRing);
        scf::YieldOp::create(b, ValueRange{b.add(itemRing.base, p.w.numTiles)});
      };
  itemLoop(split.getProducer().emplaceBlock(), [&](Value, Value, Value, const StageRing &itemRing) {
    producerLoop(b, p, itemRing, /*drain=*/false);
  });
  drainCopies(b);

  auto consumerBarrier = [&] { ::consumerBarrier(b, consumers); };
  // The work of pair `unit` and its KV head, leaving p.w and p.kvHead as they were.
  auto workAt = [&](Value unit) {
    PrefillWork current = p.w;
    Value currentHead = p.kvHead;
    itemAt(unit);
    std::pair<PrefillWork, Value> loaded{p.w, p.kvHead};
    p.w = current;
    p.kvHead = currentHead;
    return loaded;
  };
  // The copies of pair `unit`'s Q tile (work `w` of KV head `head`), if it is one of the
  // CTA's (p.w and p.kvHead kept).
  auto prefetchQ = [&](Value unit, const PrefillWork &w, Value head) {
    auto ifPair = scf::IfOp::create(b, b.ult(unit, units), /*withElseRegion=*/false);
    OpBuilder::InsertionGuard ifGuard(b);
    b.setInsertionPointToStart(ifPair.thenBlock());
    PrefillWork current = p.w;
    Value currentHead = p.kvHead;
    p.w = w;
    p.kvHead = head;
    queryTile(b, p);
    p.w = current;
    p.kvHead = currentHead;
  };
  Block &consumer = split.getConsumer().emplaceBlock();
  b.setInsertionPointToStart(&consumer);
  {
    // The first pair, blockIdx.x < Hkv x num_work whenever the grid has that CTA.
    Value first = gpu::BlockIdOp::create(b, gpu::Dimension::x);
    Value inRange = b.ult(first, units);
    Value zero = b.idx(0);
    Value firstSafe = b.select(inRange, first, zero);
    auto [firstWork, firstHead] = workAt(firstSafe);
    prefetchQ(first, firstWork, firstHead);
    // Ping-pong: the first turn is the first warpgroup's; the turns run on across the items
    // (both warpgroups take the same number in each).
    if (k.config.getPingpong())
      MmaTurnOp::create(b, MmaTurnKind::Start, kPingpongWarpgroups);
  }
  itemLoop(consumer, [&](Value unit, Value next, Value work, const StageRing &itemRing) {
    // The next pair's work is loaded here, a whole item before its Q copies are issued, so
    // that issuing them waits on no global load (a chain of two dependent ones). Past the
    // last pair the loads read this pair's entries (in bounds) and nothing is copied.
    Value hasNext = b.ult(next, units);
    Value nextSafe = b.select(hasNext, next, unit);
    auto [nextWork, nextHead] = workAt(nextSafe);
    // This thread's copies of the item's Q tile have landed; then every thread's have.
    WaitKVTilesOp::create(b, 0);
    consumerBarrier();
    queryTile(b, p, /*staged=*/true);
    alibiSlopes(b, p);
    auto init = InitStateOp::create(b, p.rowsType, p.rowsType, p.accType, p.layout);
    // Every consumer warp is done with the Q tile: the next item's copies overwrite it while
    // this item's rows are written.
    auto releaseQ = [&, work = nextWork, head = nextHead] {
      consumerBarrier();
      prefetchQ(next, work, head);
    };
    if (k.config.getOverlap()) {
      overlappedItem(b, p, itemRing, init.getResults(), work, releaseQ);
      return;
    }
    scf::ForOp loop = consumerLoop(b, p, itemRing, init.getResults());
    releaseQ();
    storeRows(b, p, work, loop.getResults());
  });
}

/// One CTA per (KV head, work item): grid (Hkv, work slots), KV heads varying fastest, so the
/// heaviest work items (the plan puts them first) start first on every head. With
/// `l2_sections` the CTAs take their pairs in the sections' order instead (sectionPair over
/// the dispatch order blockIdx.y * Hkv + blockIdx.x), S KV heads at a time.
static void itemPerCta(KernelBuilder &b, PrefillTiles &p) {
  const PrefillKernel &k = p.k;
  Value x = gpu::BlockIdOp::create(b, gpu::Dimension::x);
  Value work = gpu::BlockIdOp::create(b, gpu::Dimension::y);
  p.kvHead = x;
  if (Value section = headSection(b, p)) {
    Value heads = b.idx(AttentionOp(k.op).getNumKvHeads());
    Value rowStart = b.mul(work, heads);
    Value linear = b.add(rowStart, x);
    Value slots = gpu::GridDimOp::create(b, gpu::Dimension::y);
    std::tie(p.kvHead, work) = sectionPair(b, p, section, linear, slots);
  }
  sharedTiles(b, p);
  // CTAs past the plan's work items (a CUDA graph launches for the capacity) exit.
  Value numWork = b.loadIndex(k.numWork, {b.idx(0)});
  auto active = scf::IfOp::create(b, b.ult(work, numWork), /*withElseRegion=*/false);
  b.setInsertionPointToStart(active.thenBlock());
  p.w = loadWork(b, k, work);
  keyRange(b, k, p.w);
  queryTile(b, p);
  if (k.config.getProducer()) {
    warpSpecializedLoop(b, p, work);
    return;
  }
  alibiSlopes(b, p);
  auto init = InitStateOp::create(b, p.rowsType, p.rowsType, p.accType, p.layout);
  scf::ForOp loop = kvLoop(b, p, init.getResults());
  storeRows(b, p, work, loop.getResults());
}

LogicalResult mlir::attn::tilePrefillAttention(RewriterBase &rewriter, AttentionOp op) {
  PrefillKernel k;
  if (failed(gather(op, k)))
    return failure();
  KernelBuilder b = KernelBuilder::before(op, rewriter);
  MLIRContext *ctx = op.getContext();
  PrefillTiles p(k);
  const PrefillLayout &L = k.layout;
  // A producer warpgroup copies the K/V tiles: its copy groups take more rows each.
  int64_t producerWarps = 0, rowsPerGroup = L.rowsPerGroup;
  if (k.config.getProducer()) {
    producerWarps = KernelConfigAttr::kProducerThreads / kWarpSize;
    rowsPerGroup = k.tileKv / (KernelConfigAttr::kProducerThreads / (k.headDim / k.vec));
  }
  p.layout = PrefillLayoutAttr::get(ctx, L.warps, L.mTiles, rowsPerGroup, k.vec,
                                    k.config.getWgmma(), producerWarps);
  k.copyRowsPerGroup = rowsPerGroup;
  auto f32 = b.getF32Type();
  p.qType = VectorType::get({k.tileQ, k.headDim}, k.elt);
  p.sType = VectorType::get({k.tileQ, k.tileKv}, f32);
  p.rowsType = VectorType::get({k.tileQ}, f32);
  p.accType = VectorType::get({k.tileQ, k.headDim}, f32);
  p.expScale = kLog2e * (k.softCap ? 1.0 : k.smScale);
  if (k.config.getSplitKv())
    k.func->setAttr(kProgrammaticPrimaryAttrName, b.getUnitAttr());
  if (k.config.getPersistent()) {
    sharedTiles(b, p);
    Value numWork = b.loadIndex(k.numWork, {b.idx(0)});
    persistentKernel(b, p, numWork);
  } else {
    itemPerCta(b, p);
  }
  rewriter.eraseOp(k.op);
  if (k.kvDef->use_empty())
    rewriter.eraseOp(k.kvDef);
  return success();
}
