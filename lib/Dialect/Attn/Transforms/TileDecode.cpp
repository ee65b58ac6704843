//===- TileDecode.cpp - attn-tile for the CUDA-core paged decode kernel ---===//
//
// Tiles a decode attn.attention inside an outlined kernel into the kernel body: a loop over KV
// tiles whose K/V rows arrive through the tile-level ops attn.kv_tile_pages and
// attn.copy_kv_tile (synchronous here; attn-pipeline makes them a multi-stage prefetch). One CTA handles one work item of
// the runtime's plan (request b, keys [kv_begin, kv_end)) for one KV head; its threads are laid
// out as (tx, ty, tz) = (bdx lanes over head_dim, the bdy query heads of the KV group, bdz
// independent token slices):
//
//   q_vec   = q[row(b), kvh * group + ty, tx*vec : tx*vec + vec]   (RoPE'd, pre-scaled)
//   for each KV tile of tile_kv keys (gathered from the pages into shared memory):
//     s_j   = sum over the bdx lanes of <q_vec, K[j, tx*vec:...]>          (shfl.bfly)
//     (m, d, o) <- online softmax update with s_j, V[j, tx*vec:...]        (base 2)
//   merge the bdz slices through shared memory, then write o / d and the log-sum-exp to the
//   output row (or, when the plan split the request, to the f32 partial row for the merge).
//
//===----------------------------------------------------------------------===//

#include "attn/Dialect/Attn/Utils/KernelBuilder.h"
#include "attn/Dialect/Attn/Utils/Rope.h"

#include "attn/Dialect/Attn/IR/AttnOps.h"
#include "attn/Dialect/Attn/Transforms/Passes.h"
#include "attn/Dialect/Attn/Transforms/Heuristics.h"
#include "attn/Dialect/Attn/Transforms/Transforms.h"

#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Dialect/NVGPU/IR/NVGPUDialect.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;
using namespace mlir::attn;
using namespace mlir::attn::detail;

namespace {

/// Everything the decode emitter needs, gathered and checked up front.
struct DecodeKernel {
  AttentionOp op;
  PagedKVOp kv;
  gpu::GPUFuncOp func;
  KernelConfigAttr config;
  DecodeLayout layout;
  int64_t group = 0, headDim = 0, vec = 0, tile = 0, stages = 0, pageSize = 0;
  bool nhd = true;
  Type kvElt;
  // Kernel parameters.
  Value q, qoIndptr, kCache, vCache, kvIndptr, kvIndices, kvLastPageLen;
  Value workRequest, workKvBegin, workKvEnd, workPartial, numWork;
  Value o, lse, tmpO, tmpLse, ropeOffsets;
};

LogicalResult gather(AttentionOp op, DecodeKernel &k) {
  k.op = op;
  k.func = op->getParentOfType<gpu::GPUFuncOp>();
  if (!k.func)
    return op.emitOpError() << "expected to be inside an outlined kernel (run attn-outline)";
  std::optional<KernelConfigAttr> config = op.getKernelConfig();
  if (!config || config->getStrategy() != Strategy::Decode)
    return op.emitOpError() << "expected a decode kernel_config";
  k.config = *config;
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

  k.group = op.getGroupSize();
  k.headDim = op.getHeadDim();
  k.vec = config->getVec();
  k.tile = config->getTileKv();
  k.stages = config->getStages();
  k.pageSize = kvType.getPageSize();
  k.nhd = kvType.getLayout() == KVLayout::NHD;
  int64_t eltBytes = k.kvElt.getIntOrFloatBitWidth() / 8;
  if (k.vec * eltBytes != kVectorBytes)
    return op.emitOpError() << "expected kernel_config vec (" << k.vec
                            << ") to make 16-byte vectors of " << k.kvElt;
  std::string why;
  std::optional<DecodeLayout> layout =
      getDecodeLayout(getAttentionProblem(op, config->getSm()),
                      KernelChoice{true, config->getSm(), config->getThreads(),
                                   config->getTileQ(), k.tile, k.stages, config->getSplitKv(),
                                   k.vec, config->getHeadsPerThread()},
                      why);
  if (!layout)
    return op.emitOpError() << "kernel_config does not fit the op: " << why;
  k.layout = *layout;
  if (std::optional<RopeAttr> rope = op.getRope())
    if (rope->getRotaryDim() % (2 * k.vec) != 0)
      return op.emitOpError() << "decode RoPE needs rotary_dim (" << rope->getRotaryDim()
                              << ") to be a multiple of 2 * vec (" << 2 * k.vec << ")";

  k.q = op.getQ();
  k.qoIndptr = op.getQoIndptr();
  k.kCache = k.kv.getKCache();
  k.vCache = k.kv.getVCache();
  k.kvIndptr = k.kv.getKvIndptr();
  k.kvIndices = k.kv.getKvIndices();
  k.kvLastPageLen = k.kv.getKvLastPageLen();
  k.o = op.getO();
  k.lse = op.getLse();
  k.ropeOffsets = op.getRopeOffsets();
  bool split = config->getSplitKv();
  return bindParams(op, k.func,
                    {{"work_request", &k.workRequest, true},
                     {"work_kv_begin", &k.workKvBegin, true},
                     {"work_kv_end", &k.workKvEnd, true},
                     {"work_partial", &k.workPartial, true},
                     {"num_work", &k.numWork, true},
                     {"tmp_o", &k.tmpO, split},
                     {"tmp_lse", &k.tmpLse, split}});
}

} // namespace

LogicalResult mlir::attn::tileDecodeAttention(RewriterBase &rewriter, AttentionOp op) {
  DecodeKernel k;
  if (failed(gather(op, k)))
    return failure();
  const DecodeLayout &L = k.layout;
  const int64_t bdx = L.bdx, bdy = L.bdy, bdz = L.bdz, tpg = L.tokensPerGroup;
  const int64_t hpt = L.headsPerThread, group = k.group;
  const int64_t vec = k.vec, tile = k.tile, stages = k.stages, headDim = k.headDim;
  const int64_t kvEltBytes = k.kvElt.getIntOrFloatBitWidth() / 8;

  KernelBuilder b(op.getLoc(), rewriter);
  b.setInsertionPoint(op);
  MLIRContext *ctx = op.getContext();
  auto workgroup = gpu::AddressSpaceAttr::get(ctx, gpu::AddressSpace::Workgroup);
  auto f32 = b.getF32Type();
  auto vecF32 = VectorType::get({vec}, f32);

  // With split KV, the merge kernel may start as this kernel's CTAs drain (programmatic
  // dependent launch where the target has it: convert-attn-to-nvvm decides).
  if (k.config.getSplitKv())
    k.func->setAttr(kProgrammaticPrimaryAttrName, b.getUnitAttr());

  // Thread and CTA coordinates.
  Value tid = gpu::ThreadIdOp::create(b, gpu::Dimension::x);
  Value tx = b.rem(tid, b.idx(bdx));
  auto div1 = b.div(tid, b.idx(bdx));
  Value ty = b.rem(div1, b.idx(bdy));
  Value tz = b.div(tid, b.idx(bdx * bdy));
  Value work = gpu::BlockIdOp::create(b, gpu::Dimension::x);
  Value kvHead = gpu::BlockIdOp::create(b, gpu::Dimension::y);
  Value c0 = b.idx(0);

  // Shared memory: K and V stages, then the cross-slice merge buffers.
  Value smem = gpu::DynamicSharedMemoryOp::create(
      b, MemRefType::get({ShapedType::kDynamic}, b.getI8Type(), AffineMap(), workgroup));
  int64_t kvBytes = stages * tile * headDim * kvEltBytes;
  auto stageType = MemRefType::get({stages, tile, headDim}, k.kvElt, AffineMap(), workgroup);
  Value kS = memref::ViewOp::create(b, stageType, smem, b.idx(0), ValueRange{});
  Value vS = memref::ViewOp::create(b, stageType, smem, b.idx(kvBytes), ValueRange{});
  auto mergeOType = MemRefType::get({bdz, group, headDim}, f32, AffineMap(), workgroup);
  auto mergeMType = MemRefType::get({bdz, group}, f32, AffineMap(), workgroup);
  int64_t mergeOBytes = bdz * group * headDim * 4;
  Value mergeO = memref::ViewOp::create(b, mergeOType, smem, b.idx(2 * kvBytes), ValueRange{});
  Value mergeM = memref::ViewOp::create(b, mergeMType, smem, b.idx(2 * kvBytes + mergeOBytes),
                                        ValueRange{});
  Value mergeD = memref::ViewOp::create(
      b, mergeMType, smem, b.idx(2 * kvBytes + mergeOBytes + bdz * group * 4), ValueRange{});

  // CTAs past the plan's work items (a CUDA graph launches for the capacity) exit.
  Value numWork = b.loadIndex(k.numWork, {c0});
  auto active = scf::IfOp::create(b, b.ult(work, numWork), /*withElseRegion=*/false);
  b.setInsertionPointToStart(active.thenBlock());

  Value request = b.loadIndex(k.workRequest, {work});
  Value kvBegin = b.loadIndex(k.workKvBegin, {work});
  Value kvEnd = b.loadIndex(k.workKvEnd, {work});
  Value partial = memref::LoadOp::create(b, k.workPartial, ValueRange{work});
  Value row = b.loadIndex(k.qoIndptr, {request});
  // Thread (tx, ty, tz) computes query heads kvh * group + ty * hpt + e, e < hpt; `slot(e)`
  // is the head's index inside the group.
  SmallVector<Value> headSlot, qHead;
  for (int64_t e = 0; e < hpt; ++e) {
    auto mul1 = b.mul(ty, b.idx(hpt));
    headSlot.push_back(b.add(mul1, b.idx(e)));
    qHead.push_back(b.add(b.mul(kvHead, b.idx(group)), headSlot.back()));
  }
  Value pageBegin = b.loadIndex(k.kvIndptr, {request});
  Value numPages = b.sub(b.loadIndex(k.kvIndptr, {b.add(request, b.idx(1))}), pageBegin);
  Value lastLen = b.loadIndex(k.kvLastPageLen, {request});
  // kv_len = (pages - 1) * page_size + last_page_len, 0 without pages.
  auto eqIdx1 = b.eqIdx(numPages, c0);
  auto sub1 = b.sub(numPages, b.idx(1));
  Value kvLen = b.select(eqIdx1, c0,
                         b.add(b.mul(sub1, b.idx(k.pageSize)), lastLen));
  // The query sits at position kv_len - 1; a sliding window starts at kv_len - 1 - window_left,
  // so the keys before it are never loaded.
  if (std::optional<int64_t> window = op.getMask().getWindowLeft())
    kvBegin = b.maxIdx(kvBegin, b.sub(kvLen, b.idx(*window + 1)));
  auto sub2 = b.sub(b.maxIdx(kvEnd, kvBegin), kvBegin);
  auto add1 = b.add(sub2, b.idx(tile - 1));
  Value numTiles = b.div(add1,
                         b.idx(tile));
  Value ropeOffset;
  if (k.ropeOffsets)
    ropeOffset = b.loadIndex(k.ropeOffsets, {request});

  // The lane's query features, rotated and scaled so that scores come out in base 2:
  //   s = sm_scale * log2(e) * <q, k>, or with a soft cap c,
  //   s = c * log2(e) * tanh(sm_scale / c * <q, k>).
  Value col = b.mul(tx, b.idx(vec));
  std::optional<RopeLane> rope;
  if (std::optional<RopeAttr> ropeAttr = op.getRope())
    rope = makeRopeLane(b, *ropeAttr, col, vec);
  double smScale = op.getEffectiveSmScale();
  std::optional<double> softCap;
  if (std::optional<APFloat> cap = op.getLogitsSoftCap())
    softCap = cap->convertToDouble();
  double qScale = softCap ? smScale / *softCap : smScale * kLog2e;
  SmallVector<Value> qVecs;
  for (int64_t e = 0; e < hpt; ++e) {
    Value qVec = b.loadVectorF32(k.q, {row, qHead[e], col}, vec, kVectorBytes);
    if (rope) {
      Value qPartner = b.loadVectorF32(k.q, {row, qHead[e], rope->partnerCol}, vec, kVectorBytes);
      Value qPos = b.sub(kvLen, b.idx(1));
      if (ropeOffset)
        qPos = b.add(qPos, ropeOffset);
      qVec = applyRope(b, *rope, qVec, qPartner, col, toF32(b, qPos), vec);
    }
    qVecs.push_back(b.fmul(qVec, b.vecSplat(vecF32, qScale)));
  }

  // Thread group g = (ty, tz) copies rows [g * tpg, (g + 1) * tpg) of every tile.
  Value groupIndex = b.add(b.mul(tz, b.idx(bdy)), ty);
  SmallVector<Type> pageTypes(tpg, b.getIndexType());

  // The loop over KV tiles: gather tile i into stage i % stages, then fold its keys in.
  Value m0 = b.negInf(), d0 = b.f32(0.0), o0 = b.vecSplat(vecF32, 0.0);
  // Per head: running max, running sum, output features.
  SmallVector<Value> inits;
  for (int64_t e = 0; e < hpt; ++e)
    inits.append({m0, d0, o0});
  auto loop = scf::ForOp::create(b, c0, numTiles, b.idx(1), inits);
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    Value i = loop.getInductionVar();
    Value stage = b.rem(i, b.idx(stages));
    auto pages = KVTilePagesOp::create(b, pageTypes, k.kvIndices, pageBegin, kvBegin, kvEnd, i,
                                       groupIndex, /*block_indices=*/Value(),
                                       /*block_begin=*/Value(), tile, tpg, k.pageSize,
                                       /*tiles_per_block=*/nullptr, /*keys32=*/false);
    CopyKVTileOp::create(b, k.kCache, k.vCache, pages.getResults(), kvHead, col, kvBegin, kvEnd,
                         i, groupIndex, /*block_indices=*/Value(), /*block_begin=*/Value(), kS,
                         vS, stage, tile, tpg, k.pageSize, vec,
                         /*hnd=*/!k.nhd, /*async=*/false, /*swizzle=*/false,
                         /*tiles_per_block=*/nullptr, /*keys32=*/false);
    gpu::BarrierOp::create(b);

    Value tileStart = b.add(kvBegin, b.mul(i, b.idx(tile)));
    // Scores of every (head, key): each K row is loaded, converted and (with RoPE) rotated
    // once for the thread's hpt heads.
    SmallVector<SmallVector<Value>> scores(hpt);
    SmallVector<Value> rows;
    for (int64_t jj = 0; jj < bdy * tpg; ++jj) {
      auto mul2 = b.mul(tz, b.idx(bdy * tpg));
      Value r = b.add(mul2, b.idx(jj));
      rows.push_back(r);
      Value kVec = b.loadVectorF32(kS, {stage, r, col}, vec, kVectorBytes);
      Value token = b.add(tileStart, r);
      if (rope) {
        Value kPartner = b.loadVectorF32(kS, {stage, r, rope->partnerCol}, vec, kVectorBytes);
        Value kPos = ropeOffset ? b.add(token, ropeOffset) : token;
        kVec = applyRope(b, *rope, kVec, kPartner, col, toF32(b, kPos), vec);
      }
      Value valid = b.ult(token, kvEnd);
      for (int64_t e = 0; e < hpt; ++e) {
        // s_j = sum over the bdx lanes of the lane-partial dot products.
        Value sj = b.groupAllReduceSum(b.dot(qVecs[e], kVec), bdx);
        if (softCap) {
          Value tanh = math::TanhOp::create(b, sj, arith::FastMathFlags::afn);
          sj = b.fmul(tanh, b.f32(*softCap * kLog2e));
        }
        scores[e].push_back(b.select(valid, sj, b.negInf()));
      }
    }
    // Each V row is converted once for all hpt heads.
    SmallVector<Value> vRows;
    for (Value r : rows)
      vRows.push_back(b.loadVectorF32(vS, {stage, r, col}, vec, kVectorBytes));
    SmallVector<Value> yields;
    for (int64_t e = 0; e < hpt; ++e) {
      OnlineSoftmax state{loop.getRegionIterArg(3 * e), loop.getRegionIterArg(3 * e + 1),
                          loop.getRegionIterArg(3 * e + 2)};
      state.update(b, scores[e], [&](size_t j) { return vRows[j]; });
      yields.append({state.m, state.d, state.o});
    }
    // Every slice is done with this stage before it is refilled.
    gpu::BarrierOp::create(b);
    scf::YieldOp::create(b, yields);
  }

  SmallVector<OnlineSoftmax> states;
  for (int64_t e = 0; e < hpt; ++e)
    states.push_back(OnlineSoftmax{loop.getResult(3 * e), loop.getResult(3 * e + 1),
                                   loop.getResult(3 * e + 2)});
  Value isLeader = b.eqIdx(tz, c0);
  Value isLane0 = b.eqIdx(tx, c0);
  if (bdz > 1) {
    // Merge the bdz token slices: each writes its (m, d, o) per head, slice 0 folds them.
    for (int64_t e = 0; e < hpt; ++e)
      b.storeVectorF32(states[e].o, mergeO, {tz, headSlot[e], col}, kVectorBytes);
    auto lane0 = scf::IfOp::create(b, isLane0, false);
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(lane0.thenBlock());
      for (int64_t e = 0; e < hpt; ++e) {
        memref::StoreOp::create(b, states[e].m, mergeM, ValueRange{tz, headSlot[e]});
        memref::StoreOp::create(b, states[e].d, mergeD, ValueRange{tz, headSlot[e]});
      }
    }
    gpu::BarrierOp::create(b);
    SmallVector<Type> stateTypes;
    for (int64_t e = 0; e < hpt; ++e)
      stateTypes.append({f32, f32, vecF32});
    auto leader = scf::IfOp::create(b, stateTypes, isLeader, true);
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(leader.thenBlock());
      SmallVector<Value> merged;
      for (int64_t e = 0; e < hpt; ++e) {
        OnlineSoftmax acc{b.negInf(), b.f32(0.0), b.vecSplat(vecF32, 0.0)};
        for (int64_t z = 0; z < bdz; ++z) {
          Value zi = b.idx(z);
          auto loadOp1 = memref::LoadOp::create(b, mergeM, ValueRange{zi, headSlot[e]});
          auto loadOp2 = memref::LoadOp::create(b, mergeD, ValueRange{zi, headSlot[e]});
          acc.merge(b, loadOp1,
                    loadOp2,
                    b.loadVectorF32(mergeO, {zi, headSlot[e], col}, vec, kVectorBytes));
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
    for (int64_t e = 0; e < hpt; ++e)
      states[e] = OnlineSoftmax{leader.getResult(3 * e), leader.getResult(3 * e + 1),
                                leader.getResult(3 * e + 2)};
  }

  // Slice 0 writes the rows: directly, or as f32 partial states for the merge kernel.
  auto write = scf::IfOp::create(b, isLeader, false);
  b.setInsertionPointToStart(write.thenBlock());
  Value direct = arith::CmpIOp::create(b, arith::CmpIPredicate::slt, partial,
                                       arith::ConstantIntOp::create(b, partial.getType(), 0));
  SmallVector<std::pair<Value, Value>> results;
  for (OnlineSoftmax &st : states)
    results.push_back(st.finalize(b));
  auto branch = scf::IfOp::create(b, direct, /*withElseRegion=*/k.tmpO != nullptr);
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(branch.thenBlock());
    for (int64_t e = 0; e < hpt; ++e)
      b.storeVectorF32(results[e].first, k.o, {row, qHead[e], col}, kVectorBytes);
    if (k.lse) {
      auto ifLane = scf::IfOp::create(b, isLane0, false);
      OpBuilder::InsertionGuard guard2(b);
      b.setInsertionPointToStart(ifLane.thenBlock());
      for (int64_t e = 0; e < hpt; ++e)
        memref::StoreOp::create(b, results[e].second, k.lse, ValueRange{row, qHead[e]});
    }
    if (k.tmpO) {
      b.setInsertionPointToStart(branch.elseBlock());
      Value p = arith::IndexCastOp::create(b, b.getIndexType(), partial);
      for (int64_t e = 0; e < hpt; ++e)
        b.storeVectorF32(results[e].first, k.tmpO, {p, qHead[e], col}, kVectorBytes);
      auto ifLane = scf::IfOp::create(b, isLane0, false);
      b.setInsertionPointToStart(ifLane.thenBlock());
      for (int64_t e = 0; e < hpt; ++e)
        memref::StoreOp::create(b, results[e].second, k.tmpLse, ValueRange{p, qHead[e]});
    }
  }

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
struct AttnTilePass : public attn::impl::AttnTileBase<AttnTilePass> {
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
