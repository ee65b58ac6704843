//===- MergeKernel.cpp - the split-KV merge kernel ------------------------===//
//
// Lowers an indexed attn.merge_states inside an outlined merge kernel: CTA (row, head group),
// threads (tx, head, slice): lane tx owns `vec` features of a head row, and slice z folds the
// partial states indptr[row] + z, + z + slices, ... of its head in with the base-2 online merge,
// so a row split into many chunks has `slices` loads in flight; the slices then merge through
// shared memory and slice 0 writes o / lse. Rows with an empty range were written by the
// attention kernel and are left alone; CTAs past *num_rows exit.
//
//===----------------------------------------------------------------------===//

#include "Patterns.h"

#include "attn/Dialect/Attn/IR/AttnOps.h"
#include "attn/Dialect/Attn/Utils/KernelBuilder.h"
#include "attn/Dialect/Attn/Utils/RuntimeABI.h"

#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;
using namespace mlir::attn;
using namespace mlir::attn::detail;

namespace {
/// The indexed merge kernel of one attn.merge_states: its checked shape (`check`), then its
/// body (`emit`): the threads' coordinates and the slices' shared memory, the fold of the
/// partial states of a slice, and the merge of the slices through shared memory.
struct MergeKernelEmitter {
  explicit MergeKernelEmitter(MergeStatesOp op) : op(op) {}

  MergeStatesOp op;
  gpu::GPUFuncOp func;
  Value numRows;
  int64_t heads = 0, headDim = 0, bdx = 0, slices = 0, vec = 0, headsPerCta = 0;
  int64_t partialAlign = 0, outAlign = 0;
  // Built by emitPrologue.
  VectorType vecF32;
  Value c0, c1, tx, headInCta, slice, head, row, col;
  Value sliceO, sliceM, sliceD;

  LogicalResult check();
  void emit(KernelBuilder &b, RewriterBase &rewriter);
  void emitPrologue(KernelBuilder &b, RewriterBase &rewriter);
  OnlineSoftmax mergeSlices(KernelBuilder &b, OnlineSoftmax state, Value isLeader, Value begin,
                            Value end);
};
} // namespace

LogicalResult MergeKernelEmitter::check() {
  func = op->getParentOfType<gpu::GPUFuncOp>();
  if (!func)
    return op.emitOpError() << "only the indexed merge inside an outlined merge kernel is "
                               "lowered (run attn-outline)";
  numRows = findParam(func, rtabi::decode::kNumRows);
  if (!numRows)
    return op.emitOpError() << "expected a kernel argument 'num_rows' (run attn-outline)";
  std::optional<ArrayRef<int32_t>> block = func.getKnownBlockSize();
  auto vOut = cast<MemRefType>(op.getVOut().getType());
  heads = vOut.getDimSize(1), headDim = vOut.getDimSize(2);
  if (!block || ShapedType::isDynamic(heads) || ShapedType::isDynamic(headDim))
    return op.emitOpError() << "expected static heads and head_dim and a known block size";
  std::optional<MergeLayoutAttr> layout = op.getLayout();
  if (!layout)
    return op.emitOpError() << "expected a #attn.merge_layout (set by attn-outline)";
  bdx = layout->getLanes(), slices = layout->getSlices();
  if (headDim % bdx != 0 || (*block)[0] % (bdx * slices) != 0)
    return op.emitOpError() << "expected the layout's lanes (" << bdx << ") to divide head_dim ("
                            << headDim << ") and lanes * slices (" << bdx * slices
                            << ") the block size (" << (*block)[0] << ")";
  vec = headDim / bdx;
  headsPerCta = (*block)[0] / (bdx * slices);
  if (heads % headsPerCta != 0)
    return op.emitOpError() << "expected heads (" << heads << ") to be a multiple of the "
                            << "heads per CTA (" << headsPerCta << ")";
  // Alignment of a lane's slice: vec f32 partials; vec elements of the output.
  partialAlign = std::min<int64_t>(vec * 4, kVectorBytes);
  outAlign = std::min<int64_t>(vec * (vOut.getElementTypeBitWidth() / 8), kVectorBytes);
  return success();
}

void MergeKernelEmitter::emitPrologue(KernelBuilder &b, RewriterBase &rewriter) {
  // A programmatic dependent of the attention kernel may start before it finished: wait until
  // its partial states are visible (a no-op when launched the ordinary way).
  if (func->hasAttr(kProgrammaticDependentAttrName))
    NVVM::GriddepcontrolOp::create(b, NVVM::GridDepActionKind::wait);
  vecF32 = VectorType::get({vec}, b.getF32Type());
  c0 = b.idx(0), c1 = b.idx(1);
  Value tid = gpu::ThreadIdOp::create(b, gpu::Dimension::x);
  tx = b.rem(tid, b.idx(bdx));
  auto div5 = b.div(tid, b.idx(bdx));
  headInCta = b.rem(div5, b.idx(headsPerCta));
  slice = b.div(tid, b.idx(bdx * headsPerCta));
  auto blockIdOp1 = gpu::BlockIdOp::create(b, gpu::Dimension::y);
  head = b.add(b.mul(blockIdOp1, b.idx(headsPerCta)), headInCta);
  // Shared memory for the slice merge: each slice's (o, m, d).
  auto workgroup = gpu::AddressSpaceAttr::get(op.getContext(), gpu::AddressSpace::Workgroup);
  if (slices > 1) {
    rewriter.modifyOpInPlace(func, [&] {
      sliceO = func.addWorkgroupAttribution(
          MemRefType::get({slices, headsPerCta, headDim}, b.getF32Type(), AffineMap(), workgroup),
          op.getLoc());
      auto mdType = MemRefType::get({slices, headsPerCta}, b.getF32Type(), AffineMap(), workgroup);
      sliceM = func.addWorkgroupAttribution(mdType, op.getLoc());
      sliceD = func.addWorkgroupAttribution(mdType, op.getLoc());
    });
  }
  row = gpu::BlockIdOp::create(b, gpu::Dimension::x);
  col = b.mul(tx, b.idx(vec));
}

OnlineSoftmax MergeKernelEmitter::mergeSlices(KernelBuilder &b, OnlineSoftmax state, Value isLeader,
                                              Value begin, Value end) {
  // Fold the slices together: each leaves its (o, m, d), slice 0 merges them.
  b.storeVectorF32(state.o, sliceO, {slice, headInCta, col}, partialAlign);
  auto lane0 = scf::IfOp::create(b, b.eqIdx(tx, c0), false);
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(lane0.thenBlock());
    memref::StoreOp::create(b, state.m, sliceM, ValueRange{slice, headInCta});
    memref::StoreOp::create(b, state.d, sliceD, ValueRange{slice, headInCta});
  }
  gpu::BarrierOp::create(b);
  auto leader = scf::IfOp::create(b, isLeader, false);
  b.setInsertionPointToStart(leader.thenBlock());
  // Only the first min(slices, partials) slices saw a partial.
  auto sub7 = b.sub(end, begin);
  Value active = b.minIdx(sub7, b.idx(slices));
  return OnlineSoftmax::fold(b, c0, active, c1, vecF32, [&](Value z, OnlineSoftmax &acc) {
    auto loadOp3 = memref::LoadOp::create(b, sliceM, ValueRange{z, headInCta});
    auto loadOp4 = memref::LoadOp::create(b, sliceD, ValueRange{z, headInCta});
    acc.merge(b, loadOp3, loadOp4, b.loadVectorF32(sliceO, {z, headInCta, col}, vec, partialAlign));
  });
}

void MergeKernelEmitter::emit(KernelBuilder &b, RewriterBase &rewriter) {
  emitPrologue(b, rewriter);
  auto inRange = scf::IfOp::create(b, b.ult(row, b.loadIndex(numRows, {c0})), false);
  b.setInsertionPointToStart(inRange.thenBlock());
  Value begin = b.loadIndex(op.getIndptr(), {row});
  Value end = b.loadIndex(op.getIndptr(), {b.add(row, c1)});
  auto nonEmpty = scf::IfOp::create(b, b.ult(begin, end), false);
  b.setInsertionPointToStart(nonEmpty.thenBlock());

  // Each partial is normalised (o_k, natural-log lse_k): as a base-2 state it is
  // (m = lse_k * log2(e), d = 1, o = o_k).
  auto add8 = b.add(begin, slice);
  auto idx3 = b.idx(slices);
  OnlineSoftmax state = OnlineSoftmax::fold(
      b, add8, end, idx3, vecF32, [&](Value p, OnlineSoftmax &acc) {
        Value lse = memref::LoadOp::create(b, op.getS(), ValueRange{p, head});
        auto fmul6 = b.fmul(lse, b.f32(kLog2e));
        auto f323 = b.f32(1.0);
        acc.merge(b, fmul6, f323,
                  b.loadVectorF32(op.getV(), {p, head, col}, vec, partialAlign));
      });
  Value isLeader = b.eqIdx(slice, c0);
  if (slices > 1)
    state = mergeSlices(b, state, isLeader, begin, end);
  auto [out, lse] = state.finalize(b);
  b.storeVectorF32(out, op.getVOut(), {row, head, col}, outAlign);
  if (Value sOut = op.getSOut()) {
    auto lane0 = scf::IfOp::create(b, b.eqIdx(tx, c0), false);
    b.setInsertionPointToStart(lane0.thenBlock());
    memref::StoreOp::create(b, lse, sOut, ValueRange{row, head});
  }
}

namespace {
/// attn.merge_states -> the body of the merge kernel attn-outline made for it: the indexed
/// form here, the dense one in OpKernels.cpp.
struct MergeStatesOpLowering : public OpConversionPattern<MergeStatesOp> {
  using Base::Base;
  LogicalResult matchAndRewrite(MergeStatesOp op, OpAdaptor,
                                ConversionPatternRewriter &rewriter) const override {
    if (!op.isIndexed())
      return lowerDenseMergeStates(rewriter, op);
    MergeKernelEmitter emitter(op);
    if (failed(emitter.check()))
      return failure();
    KernelBuilder b = KernelBuilder::before(op, rewriter);
    emitter.emit(b, rewriter);
    rewriter.eraseOp(op);
    return success();
  }
};
} // namespace

void mlir::attn::populateMergeKernelPatterns(RewritePatternSet &patterns) {
  patterns.add<MergeStatesOpLowering>(patterns.getContext());
}
