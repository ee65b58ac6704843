//===- TileDecode.cpp - attn-tile for the CUDA-core paged decode kernel ---===//
//
// Tiles a decode attn.attention inside an outlined kernel into the tile-level kernel body. One
// CTA handles one work item of the runtime's plan (request b, keys [kv_begin, kv_end)) for one
// KV head and the query heads of its group, held in #attn.decode_layout (lanes over head_dim,
// thread rows over the heads, slices over each tile's keys):
//
//   Q = load_q_tile(q[row(b), kvh * group ...], rope at kv_len - 1, scaled)
//   m, l, O = init_state
//   for each KV tile i of tile_kv keys:
//     K_i, V_i = load_kv_tile(pages of b, keys [kv_begin + i * tile_kv, ...))  (shared memory)
//     S = score_mod(tile_qk(Q, rope(K_i)))                    (soft cap, keys past kv_end)
//     P, m, l, _, O = online_softmax(S, m, l, O);  O = tile_pv(P, V_i, O)
//   O, lse = finalize(O, m, l)              (merging the slices' partial states)
//   store_output(O, lse) to the output row, or to the f32 partial row of a split request
//
// The ops carry the algebra; attn-lower-tiles turns them into the CUDA-core code of the layout
// (LowerDecodeTiles.cpp) and attn-pipeline makes the K/V copies a multi-stage prefetch.
//
//===----------------------------------------------------------------------===//

#include "attn/Dialect/Attn/Utils/KernelBuilder.h"
#include "attn/Dialect/Attn/Utils/Rope.h"

#include "AttentionKernel.h"
#include "attn/Dialect/Attn/IR/AttnOps.h"
#include "attn/Dialect/Attn/Transforms/Heuristics.h"
#include "attn/Dialect/Attn/Transforms/Passes.h"
#include "attn/Dialect/Attn/Transforms/Transforms.h"

#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Dialect/NVGPU/IR/NVGPUDialect.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;
using namespace mlir::attn;
using namespace mlir::attn::detail;

namespace {

/// Everything the decode emitter needs, gathered and checked up front.
struct DecodeKernel : AttentionKernel {
  PagedKVOp kv;
  DecodeLayout layout;
  int64_t pageSize = 0;
  bool nhd = true;
  Type kvElt;
  // Kernel parameters of the paged KV view.
  Value kCache, vCache, kvIndptr, kvIndices, kvLastPageLen;
};

LogicalResult gather(AttentionOp op, DecodeKernel &k) {
  if (failed(gatherKernel(op, Strategy::Decode, k)))
    return failure();
  k.kv = op.getKv().getDefiningOp<PagedKVOp>();
  if (!k.kv)
    return op.emitOpError() << "decode over ragged KV is not supported yet";
  MaskKind mask = op.getMask().getKind();
  if (mask != MaskKind::None && mask != MaskKind::Causal)
    return op.emitOpError() << "decode with a '" << stringifyMaskKind(mask)
                            << "' mask is not supported yet";
  if (op.getAlibi())
    return op.emitOpError() << "decode with ALiBi is not supported yet";
  PagedKVType kvType = k.kv.getType();
  k.kvElt = kvType.getElementType();
  if (k.kvElt != op.getQ().getType().getElementType())
    return op.emitOpError() << "decode with a " << k.kvElt << " KV cache is not supported yet";

  k.pageSize = kvType.getPageSize();
  k.nhd = kvType.getLayout() == KVLayout::NHD;
  if (failed(checkVectorWidth(k, k.kvElt)))
    return failure();
  if (failed(deriveLayout(k, getDecodeLayout, k.layout)))
    return failure();
  if (failed(checkRopeWidth(k)))
    return failure();

  k.kCache = k.kv.getKCache();
  k.vCache = k.kv.getVCache();
  k.kvIndptr = k.kv.getKvIndptr();
  k.kvIndices = k.kv.getKvIndices();
  k.kvLastPageLen = k.kv.getKvLastPageLen();
  return bindKernelParams(k, {});
}

} // namespace

/// The work item's bounds: request, key range, partial slot, query row and the page list.
struct DecodeWork {
  Value request, kvBegin, kvEnd, partial, row, pageBegin, kvLen, numTiles, ropeOffset;
};

static DecodeWork loadWork(KernelBuilder &b, AttentionOp op, const DecodeKernel &k, Value work) {
  DecodeWork w;
  Value c0 = b.idx(0);
  w.request = b.loadIndex(k.workRequest, {work});
  w.kvBegin = b.loadIndex(k.workKvBegin, {work});
  w.kvEnd = b.loadIndex(k.workKvEnd, {work});
  w.partial = memref::LoadOp::create(b, k.workPartial, ValueRange{work});
  w.row = b.loadIndex(k.qoIndptr, {w.request});
  w.pageBegin = b.loadIndex(k.kvIndptr, {w.request});
  Value numPages = b.sub(b.loadIndex(k.kvIndptr, {b.add(w.request, b.idx(1))}), w.pageBegin);
  Value lastLen = b.loadIndex(k.kvLastPageLen, {w.request});
  // kv_len = (pages - 1) * page_size + last_page_len, 0 without pages.
  // (One op per statement where two would be arguments of one call: the order of argument
  // evaluation is unspecified, and the IR must not depend on the host compiler.)
  Value fullPagesM1 = b.sub(numPages, b.idx(1));
  Value fullPages = b.mul(fullPagesM1, b.idx(k.pageSize));
  Value noPages = b.eqIdx(numPages, c0);
  Value pagedLen = b.add(fullPages, lastLen);
  w.kvLen = b.select(noPages, c0, pagedLen);
  // The query sits at position kv_len - 1; a sliding window starts at kv_len - 1 - window_left,
  // so the keys before it are never loaded.
  if (std::optional<int64_t> window = op.getMask().getWindowLeft())
    w.kvBegin = b.maxIdx(w.kvBegin, b.sub(w.kvLen, b.idx(*window + 1)));
  Value keys = b.sub(b.maxIdx(w.kvEnd, w.kvBegin), w.kvBegin);
  Value roundedUp = b.add(keys, b.idx(k.tileKv - 1));
  w.numTiles = b.div(roundedUp, b.idx(k.tileKv));
  if (k.ropeOffsets)
    w.ropeOffset = b.loadIndex(k.ropeOffsets, {w.request});
  return w;
}

/// The scales of the base-2 scores: Q is multiplied by `qScale` once, and attn.score_mod then
/// scales by `scoreScale` and caps at `softCap` (base 2):
///   s = sm_scale * log2(e) * <q, k>                     (qScale = sm_scale * log2(e), 1)
///   s = c * log2(e) * tanh(sm_scale / c * <q, k>)       (qScale = sm_scale / c, c * log2(e))
struct DecodeScales {
  double qScale, scoreScale;
  std::optional<double> softCap;
};

static DecodeScales getScales(AttentionOp op) {
  double smScale = op.getEffectiveSmScale();
  std::optional<APFloat> cap = op.getLogitsSoftCap();
  if (!cap)
    return {smScale * kLog2e, 1.0, std::nullopt};
  double c = cap->convertToDouble();
  return {smScale / c, c * kLog2e, c * kLog2e};
}

namespace {
/// The shared-memory views of a decode kernel: the K and V stages, then the scratch of the
/// cross-slice merge (only with several token slices).
struct DecodeBuffers {
  Value kS, vS, scratch;
};

DecodeBuffers decodeSharedMemory(KernelBuilder &b, const DecodeKernel &k) {
  auto workgroup = gpu::AddressSpaceAttr::get(b.getContext(), gpu::AddressSpace::Workgroup);
  const DecodeLayout &L = k.layout;
  const int64_t kvEltBytes = k.kvElt.getIntOrFloatBitWidth() / 8;
  Value smem = gpu::DynamicSharedMemoryOp::create(
      b, MemRefType::get({ShapedType::kDynamic}, b.getI8Type(), AffineMap(), workgroup));
  int64_t kvBytes = k.stages * k.tileKv * k.headDim * kvEltBytes;
  auto stageType =
      MemRefType::get({k.stages, k.tileKv, k.headDim}, k.kvElt, AffineMap(), workgroup);
  DecodeBuffers bufs;
  bufs.kS = memref::ViewOp::create(b, stageType, smem, b.idx(0), ValueRange{});
  bufs.vS = memref::ViewOp::create(b, stageType, smem, b.idx(kvBytes), ValueRange{});
  if (L.bdz > 1)
    bufs.scratch = memref::ViewOp::create(
        b, MemRefType::get({L.mergeBytes}, b.getI8Type(), AffineMap(), workgroup), smem,
        b.idx(2 * kvBytes), ValueRange{});
  return bufs;
}

/// The body of the loop over KV tiles: gather tile i into stage i % stages, then fold its keys
/// into the running (m, l, acc) the loop carries.
void emitDecodeTile(KernelBuilder &b, AttentionOp op, DecodeKernel &k,
                    const DecodeWork &w, scf::ForOp loop, Value q, Value kvHead,
                    const DecodeBuffers &bufs, const DecodeScales &scales, Value qPos,
                    DecodeLayoutAttr layout) {
  MLIRContext *ctx = op.getContext();
  auto f32 = b.getF32Type();
  const int64_t group = k.group, tile = k.tileKv;
  auto qType = VectorType::get({group, k.headDim}, f32);
  auto rowsType = VectorType::get({group}, f32);
  std::optional<RopeAttr> rope = op.getRope();
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(loop.getBody());
  Value i = loop.getInductionVar();
  Value stage = b.rem(i, b.idx(k.stages));
  LoadKVTileOp::create(b, k.kv, w.pageBegin, kvHead, i, w.kvBegin, w.kvEnd, bufs.kS, bufs.vS, stage,
                       /*block_indices=*/Value(), /*block_begin=*/Value(),
                       /*arrive=*/Value(), /*k_map=*/Value(), /*v_map=*/Value(),
                       /*tiles_per_block=*/nullptr, /*keys_aligned=*/nullptr,
                       /*async=*/nullptr, /*swizzle=*/nullptr, layout);
  gpu::BarrierOp::create(b);
  Value tileStart = b.add(w.kvBegin, b.mul(i, b.idx(tile)));
  Value keyPos = rope ? (w.ropeOffset ? b.add(tileStart, w.ropeOffset) : tileStart) : Value();
  auto sType = VectorType::get({group, tile}, f32);
  Value s = TileQKOp::create(b, sType, q, bufs.kS, stage, keyPos, rope ? *rope : RopeAttr(),
                             /*async=*/UnitAttr(), layout);
  std::optional<APFloat> cap;
  if (scales.softCap)
    cap = APFloat(static_cast<float>(*scales.softCap));
  s = ScoreModOp::create(
      b, sType, s, qPos, /*row_offset=*/Value(), tileStart, w.kvEnd,
      /*alibi_slope=*/Value(), /*custom_mask=*/Value(),
      /*mask_bit=*/Value(), /*mask_stride=*/Value(),
      /*mask_rows=*/Value(), /*mask_keys=*/Value(), b.getF32FloatAttr(scales.scoreScale),
      cap ? b.getF32FloatAttr(cap->convertToFloat()) : FloatAttr(),
      MaskAttr::get(ctx, MaskKind::None, std::nullopt, std::nullopt, std::nullopt),
      /*all_visible=*/nullptr, b.getI64IntegerAttr(group), layout);
  auto softmax = OnlineSoftmaxOp::create(b, sType, rowsType, rowsType, rowsType, qType, s,
                                         loop.getRegionIterArg(0), loop.getRegionIterArg(1),
                                         loop.getRegionIterArg(2),
                                         /*scale=*/nullptr, layout);
  Value acc = TilePVOp::create(b, qType, softmax.getP(), bufs.vS, stage, softmax.getAccNew(),
                               /*async=*/UnitAttr(), layout);
  // Every slice is done with this stage before it is refilled.
  gpu::BarrierOp::create(b);
  scf::YieldOp::create(b, ValueRange{softmax.getMNew(), softmax.getLNew(), acc});
}

/// The finalized rows, written directly, or as the f32 partial state of a split request for
/// the merge kernel.
void storeDecodeRows(KernelBuilder &b, const DecodeKernel &k, const DecodeWork &w,
                     FinalizeOp fin, Value firstHead, DecodeLayoutAttr layout) {
  Value direct = arith::CmpIOp::create(b, arith::CmpIPredicate::slt, w.partial,
                                       arith::ConstantIntOp::create(b, w.partial.getType(), 0));
  auto branch = scf::IfOp::create(b, direct, /*withElseRegion=*/k.tmpO != nullptr);
  b.setInsertionPointToStart(branch.thenBlock());
  StoreOutputOp::create(b, fin.getO(), fin.getLse(), k.o, w.row, firstHead, k.lse,
                        /*rows_begin=*/Value(), /*rows_end=*/Value(), /*partial_o=*/Value(),
                        /*partial_lse=*/Value(), /*partial_slot=*/Value(),
                        /*partial_stride=*/Value(), /*staging=*/Value(),
                        /*staging_index=*/Value(), /*staging_ok=*/Value(),
                        /*rows_per_position=*/nullptr, layout);
  if (!k.tmpO)
    return;
  b.setInsertionPointToStart(branch.elseBlock());
  Value p = arith::IndexCastOp::create(b, b.getIndexType(), w.partial);
  StoreOutputOp::create(b, fin.getO(), fin.getLse(), k.tmpO, p, firstHead, k.tmpLse,
                        /*rows_begin=*/Value(), /*rows_end=*/Value(), /*partial_o=*/Value(),
                        /*partial_lse=*/Value(), /*partial_slot=*/Value(),
                        /*partial_stride=*/Value(), /*staging=*/Value(),
                        /*staging_index=*/Value(), /*staging_ok=*/Value(),
                        /*rows_per_position=*/nullptr, layout);
}
} // namespace

LogicalResult mlir::attn::tileDecodeAttention(RewriterBase &rewriter, AttentionOp op) {
  DecodeKernel k;
  if (failed(gather(op, k)))
    return failure();
  const DecodeLayout &L = k.layout;
  MLIRContext *ctx = op.getContext();
  auto layout = DecodeLayoutAttr::get(ctx, L.bdx, L.bdy, L.bdz, L.headsPerThread,
                                      L.tokensPerGroup, k.vec);
  const int64_t group = k.group, headDim = k.headDim;

  KernelBuilder b = KernelBuilder::before(op, rewriter);
  auto f32 = b.getF32Type();

  // With split KV, the merge kernel may start as this kernel's CTAs drain (programmatic
  // dependent launch where the target has it: convert-attn-to-nvvm decides).
  if (k.config.getSplitKv())
    k.func->setAttr(kProgrammaticPrimaryAttrName, b.getUnitAttr());
  Value work = gpu::BlockIdOp::create(b, gpu::Dimension::x);
  Value kvHead = gpu::BlockIdOp::create(b, gpu::Dimension::y);
  DecodeBuffers bufs = decodeSharedMemory(b, k);

  // CTAs past the plan's work items (a CUDA graph launches for the capacity) exit.
  Value numWork = b.loadIndex(k.numWork, {b.idx(0)});
  auto active = scf::IfOp::create(b, b.ult(work, numWork), /*withElseRegion=*/false);
  b.setInsertionPointToStart(active.thenBlock());
  DecodeWork w = loadWork(b, op, k, work);
  Value firstHead = b.mul(kvHead, b.idx(group));

  // The query rows of the KV group, rotated at position kv_len - 1 and scaled.
  DecodeScales scales = getScales(op);
  Value qPos = b.sub(w.kvLen, b.idx(1));
  Value ropeQPos = w.ropeOffset ? b.add(qPos, w.ropeOffset) : qPos;
  std::optional<RopeAttr> rope = op.getRope();
  auto qType = VectorType::get({group, headDim}, f32);
  Value q = LoadQTileOp::create(b, qType, k.q, w.row, firstHead, /*rows_begin=*/Value(),
                                /*rows_end=*/Value(), rope ? ropeQPos : Value(),
                                /*pos_offsets=*/Value(), /*pos_offset_index=*/Value(),
                                /*staging=*/Value(), b.getF32FloatAttr(scales.qScale),
                                /*rows_per_position=*/nullptr, rope ? *rope : RopeAttr(), layout,
                                /*staged=*/UnitAttr());

  // The loop over KV tiles.
  auto rowsType = VectorType::get({group}, f32);
  auto init = InitStateOp::create(b, rowsType, rowsType, qType, layout);
  auto loop = scf::ForOp::create(b, b.idx(0), w.numTiles, b.idx(1),
                                 ValueRange{init.getM(), init.getL(), init.getAcc()});
  emitDecodeTile(b, op, k, w, loop, q, kvHead, bufs, scales, qPos, layout);

  // Merge the slices, normalise, and write the rows.
  auto fin = FinalizeOp::create(b, qType, rowsType, loop.getResult(2), loop.getResult(0),
                                loop.getResult(1), bufs.scratch, /*natural_lse=*/b.getUnitAttr(),
                                /*scale=*/nullptr, layout);
  storeDecodeRows(b, k, w, fin, firstHead, layout);

  rewriter.eraseOp(op);
  if (k.kv->use_empty())
    rewriter.eraseOp(k.kv);
  return success();
}

namespace mlir::attn {
#define GEN_PASS_DEF_ATTNTILE
#include "attn/Dialect/Attn/Transforms/Passes.h.inc"
} // namespace mlir::attn

namespace {
struct AttnTilePass : public mlir::attn::impl::AttnTileBase<AttnTilePass> {
  void runOnOperation() override {
    SmallVector<AttentionOp> ops;
    getOperation()->walk([&](AttentionOp op) { ops.push_back(op); });
    IRRewriter rewriter(&getContext());
    for (AttentionOp op : ops) {
      std::optional<KernelConfigAttr> config = op.getKernelConfig();
      bool prefill = config && config->getStrategy() == Strategy::Prefill;
      if (failed(prefill ? tilePrefillAttention(rewriter, op) : tileDecodeAttention(rewriter, op)))
        return signalPassFailure();
    }
  }
};
} // namespace
