//===- OpKernels.cpp - the append-KV, RoPE and state-merge kernels --------===//
//
// Lowers attn.append_paged_kv, attn.rope, attn.merge_state and the dense attn.merge_states
// inside the kernels attn-outline made for them. All are copies with a little arithmetic, so
// one thread handles one work unit (a vector of `attn.vec` elements, 16 bytes of the widest
// element type) and the grid strides over
// num_rows * units-per-row: any grid the runtime launches covers every row, and the row count
// is a kernel argument, so a launch needs no host-side sizing beyond it.
//
//   append: unit (row, kv head, chunk) moves k[row, h, chunk] and v[row, h, chunk] to slot
//           positions[row] % page_size of page
//           kv_indices[kv_indptr[batch_indices[row]] + positions[row] / page_size].
//   rope:   unit (row, head of q then k, u); u < rotary units rotates one vector pair
//           (non-interleaved: columns c and c + rotary_dim / 2, so each element is read before
//           it is written by the same thread and q_out may alias q), later units copy the
//           features past rotary_dim.
//   merge:  unit (row, head, chunk) folds the states of its head (two for merge_state,
//           num_states for merge_states) with the base-2 online merge of the split-KV merge
//           kernel (OnlineSoftmax in KernelBuilder.h): state k is (m = s_k * log2(e), d = 1,
//           o = v_k), so s = log(sum_k exp(s_k)), v = sum_k exp(s_k - s) v_k; -inf states add
//           nothing and a row of only -inf states gets v = 0, s = -inf. Chunk 0 writes s_out.
//
//===----------------------------------------------------------------------===//

#include "Patterns.h"

#include "attn/Dialect/Attn/IR/AttnOps.h"
#include "attn/Dialect/Attn/Utils/KernelBuilder.h"
#include "attn/Dialect/Attn/Utils/Rope.h"
#include "attn/Dialect/Attn/Utils/RuntimeABI.h"

#include "mlir/Transforms/DialectConversion.h"
#include "llvm/ADT/SetVector.h"

using namespace mlir;
using namespace mlir::attn;
using namespace mlir::attn::detail;

namespace {
/// The kernel facts both lowerings need: the row count argument, the CTA size and the vector
/// width attn-outline chose.
struct OpKernel {
  gpu::GPUFuncOp func;
  Value numRows; ///< i32
  int64_t threads = 0;
  int64_t vec = 0;
};

FailureOr<OpKernel> getOpKernel(Operation *op, int64_t headDim, int64_t elementBytes = 2) {
  OpKernel k;
  k.func = op->getParentOfType<gpu::GPUFuncOp>();
  if (!k.func)
    return op->emitOpError() << "is lowered only inside a kernel (run attn-outline)";
  k.numRows = findParam(k.func, rtabi::append_kv::kNumRows);
  if (!k.numRows || !k.numRows.getType().isInteger(32))
    return op->emitOpError() << "expected an i32 kernel argument 'num_rows' (run attn-outline)";
  std::optional<ArrayRef<int32_t>> block = k.func.getKnownBlockSize();
  if (!block || (*block)[1] != 1 || (*block)[2] != 1)
    return op->emitOpError() << "expected a known one-dimensional block size";
  k.threads = (*block)[0];
  auto vecAttr = k.func->getAttrOfType<IntegerAttr>(kOpVecAttrName);
  k.vec = vecAttr ? vecAttr.getInt() : 0;
  if (k.vec <= 0 || headDim % k.vec != 0 || k.vec * elementBytes > kVectorBytes)
    return op->emitOpError() << "expected the kernel attribute " << kOpVecAttrName
                             << " to divide head_dim (" << headDim << ") and span at most "
                             << kVectorBytes << " bytes, got " << k.vec;
  return k;
}

/// for (i = blockIdx.x * threads + threadIdx.x; i < total; i += gridDim.x * threads) body(i)
void gridStrideLoop(KernelBuilder &b, const OpKernel &k, Value total,
                    llvm::function_ref<void(Value)> body) {
  Value threads = b.idx(k.threads);
  auto mul9 = b.mul(gpu::BlockIdOp::create(b, gpu::Dimension::x), threads);
  Value first = b.add(mul9,
                      gpu::ThreadIdOp::create(b, gpu::Dimension::x));
  Value step = b.mul(gpu::GridDimOp::create(b, gpu::Dimension::x), threads);
  auto loop = scf::ForOp::create(b, first, total, step);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(loop.getBody());
  body(loop.getInductionVar());
}

/// A `vec`-element vector of `memref` at `indices`, in its own element type.
Value loadRaw(KernelBuilder &b, Value memref, ValueRange indices, int64_t vec) {
  auto type = cast<MemRefType>(memref.getType());
  auto vecType = VectorType::get({vec}, type.getElementType());
  return vector::LoadOp::create(b, vecType, memref, indices, /*nontemporal=*/false,
                                llvm::MaybeAlign(vec * type.getElementTypeBitWidth() / 8));
}

void storeRaw(KernelBuilder &b, Value v, Value memref, ValueRange indices) {
  auto type = cast<MemRefType>(memref.getType());
  int64_t vec = cast<VectorType>(v.getType()).getNumElements();
  vector::StoreOp::create(b, v, memref, indices, /*nontemporal=*/false,
                          llvm::MaybeAlign(vec * type.getElementTypeBitWidth() / 8));
}

/// The row count as an index (the runtime passes a non-negative i32).
Value numRowsIndex(KernelBuilder &b, const OpKernel &k) {
  return arith::IndexCastUIOp::create(b, b.getIndexType(), k.numRows);
}

/// A grid-stride unit's coordinates: i = (row * heads + head) * units + unit; col = unit *
/// vec where the units are vectors of `vec` elements along head_dim.
struct RowHeadUnit {
  Value row, head, unit, col;
};

/// for each (row, head, unit) of [num_rows, heads, units], grid-strided: body(coordinates);
/// `colVec` > 0 sets col = unit * colVec (null otherwise).
void rowHeadUnitLoop(KernelBuilder &b, const OpKernel &k, int64_t heads, int64_t units,
                     int64_t colVec, llvm::function_ref<void(const RowHeadUnit &)> body) {
  Value unitsPerRow = b.idx(heads * units);
  Value total = b.mul(numRowsIndex(b, k), unitsPerRow);
  gridStrideLoop(b, k, total, [&](Value i) {
    RowHeadUnit c;
    c.unit = b.rem(i, b.idx(units));
    if (colVec > 0)
      c.col = b.mul(c.unit, b.idx(colVec));
    Value rowHead = b.div(i, b.idx(units));
    c.head = b.rem(rowHead, b.idx(heads));
    c.row = b.div(i, unitsPerRow);
    body(c);
  });
}

/// The merge kernels' common body: grid-stride over (row, head, chunk) of v_out
/// [rows, heads, head_dim]; `fold` merges the unit's states into the empty state it is given.
/// The caller erases `op`.
LogicalResult lowerMerge(RewriterBase &rewriter, Operation *op, Value vOut, Value sOut,
                         ArrayRef<Value> vIns,
                         llvm::function_ref<void(KernelBuilder &, Value row, Value head,
                                                 Value col, int64_t vec, int64_t inAlign,
                                                 OnlineSoftmax &)>
                             fold) {
  auto outType = cast<MemRefType>(vOut.getType());
  int64_t heads = outType.getDimSize(1), headDim = outType.getDimSize(2);
  if (ShapedType::isDynamic(heads) || ShapedType::isDynamic(headDim))
    return op->emitOpError() << "expected static heads and head_dim, got " << outType;
  int64_t inBits = 0;
  for (Value v : vIns)
    inBits = std::max<int64_t>(inBits, cast<MemRefType>(v.getType()).getElementTypeBitWidth());
  int64_t elementBytes = std::max<int64_t>(inBits, outType.getElementTypeBitWidth()) / 8;
  FailureOr<OpKernel> kernel = getOpKernel(op, headDim, elementBytes);
  if (failed(kernel))
    return failure();
  int64_t vec = kernel->vec, chunks = headDim / vec;
  int64_t inAlign = vec * inBits / 8;
  int64_t outAlign = vec * outType.getElementTypeBitWidth() / 8;

  KernelBuilder b = KernelBuilder::before(op, rewriter);
  auto vecF32 = VectorType::get({vec}, b.getF32Type());
  rowHeadUnitLoop(b, *kernel, heads, chunks, vec, [&](const RowHeadUnit &c) {
    Value row = c.row, head = c.head, chunk = c.unit, col = c.col;
    OnlineSoftmax state{b.negInf(), b.f32(0.0), b.vecSplat(vecF32, 0.0)};
    fold(b, row, head, col, vec, inAlign, state);
    auto [out, lse] = state.finalize(b);
    b.storeVectorF32(out, vOut, {row, head, col}, outAlign);
    if (sOut) {
      auto first = scf::IfOp::create(b, b.eqIdx(chunk, b.idx(0)), false);
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(first.thenBlock());
      memref::StoreOp::create(b, lse, sOut, ValueRange{row, head});
    }
  });
  return success();
}

/// Folds the normalised state (v_k [.., head, col .. col + vec), natural-log s_k) in: as a
/// base-2 state it is (m = s_k * log2(e), d = 1, o = v_k).
void mergeNormalised(KernelBuilder &b, OnlineSoftmax &state, Value s, Value v) {
  auto fmul7 = b.fmul(s, b.f32(kLog2e));
  state.merge(b, fmul7, b.f32(1.0), v);
}
} // namespace

static LogicalResult lowerMergeState(RewriterBase &rewriter, MergeStateOp op) {
  LogicalResult result = lowerMerge(
      rewriter, op, op.getVOut(), op.getSOut(), {op.getVA(), op.getVB()},
      [&](KernelBuilder &b, Value row, Value head, Value col, int64_t vec, int64_t inAlign,
          OnlineSoftmax &state) {
        for (auto [v, s] : {std::pair<Value, Value>{op.getVA(), op.getSA()},
                            std::pair<Value, Value>{op.getVB(), op.getSB()}}) {
          Value stateS = memref::LoadOp::create(b, s, ValueRange{row, head});
          mergeNormalised(b, state, stateS, b.loadVectorF32(v, {row, head, col}, vec, inAlign));
        }
      });
  if (succeeded(result))
    rewriter.eraseOp(op);
  return result;
}

LogicalResult mlir::attn::lowerDenseMergeStates(RewriterBase &rewriter, MergeStatesOp op) {
  if (op.isIndexed())
    return op.emitOpError() << "expected the dense form";
  auto func = op->getParentOfType<gpu::GPUFuncOp>();
  int64_t staticStates = cast<MemRefType>(op.getV().getType()).getDimSize(1);
  Value numStates = func ? findParam(func, "num_states") : Value();
  // A dynamic number of states comes as flat kernel arguments [rows * K, ...] that the kernel
  // expands (bare pointers have one dynamic dimension): load from those with row * K + k.
  auto vExpand = op.getV().getDefiningOp<memref::ExpandShapeOp>();
  auto sExpand = op.getS().getDefiningOp<memref::ExpandShapeOp>();
  bool flat = ShapedType::isDynamic(staticStates);
  if (flat && (!numStates || !numStates.getType().isInteger(32)))
    return op.emitOpError() << "expected an i32 kernel argument 'num_states' for a dynamic "
                               "number of states (run attn-outline)";
  if (flat && (!vExpand || !sExpand))
    return op.emitOpError() << "expected v and s of a dynamic number of states to be expanded "
                               "from flat [rows * num_states, ...] kernel arguments (run "
                               "attn-outline)";
  LogicalResult result = lowerMerge(
      rewriter, op, op.getVOut(), op.getSOut(), {op.getV()},
      [&](KernelBuilder &b, Value row, Value head, Value col, int64_t vec, int64_t inAlign,
          OnlineSoftmax &state) {
        Value ub = flat ? arith::IndexCastUIOp::create(b, b.getIndexType(), numStates)
                        : b.idx(staticStates);
        auto idx4 = b.idx(0);
        auto idx5 = b.idx(1);
        OnlineSoftmax folded = OnlineSoftmax::fold(
            b, idx4, ub, idx5, cast<VectorType>(state.o.getType()),
            [&](Value k, OnlineSoftmax &acc) {
              Value s, v;
              if (flat) {
                Value flatRow = b.add(b.mul(row, ub), k); // row * K + k
                s = memref::LoadOp::create(b, sExpand.getSrc(), ValueRange{flatRow, head});
                v = b.loadVectorF32(vExpand.getSrc(), {flatRow, head, col}, vec, inAlign);
              } else {
                s = memref::LoadOp::create(b, op.getS(), ValueRange{row, k, head});
                v = b.loadVectorF32(op.getV(), {row, k, head, col}, vec, inAlign);
              }
              mergeNormalised(b, acc, s, v);
            });
        state = folded;
      });
  if (failed(result))
    return failure();
  // The expanded views (and the index casts of their sizes) have no use left.
  eraseOpAndDeadViews(rewriter, op, {vExpand, sExpand});
  return success();
}

static LogicalResult lowerAppendPagedKV(RewriterBase &rewriter, AppendPagedKVOp op) {
  PagedKVType cache = op.getKv().getType();
  int64_t heads = cache.getNumHeads(), headDim = cache.getHeadDim();
  int64_t pageSize = cache.getPageSize();
  FailureOr<OpKernel> kernel = getOpKernel(op, headDim);
  if (failed(kernel))
    return failure();
  auto kv = op.getKv().getDefiningOp<PagedKVOp>();
  if (!kv)
    return op.emitOpError() << "expected the cache to be built by attn.paged_kv inside the "
                               "kernel (run attn-outline)";
  int64_t vec = kernel->vec;
  int64_t chunks = headDim / vec;
  bool nhd = cache.getLayout() == KVLayout::NHD;

  KernelBuilder b = KernelBuilder::before(op, rewriter);
  rowHeadUnitLoop(b, *kernel, heads, chunks, vec, [&](const RowHeadUnit &c) {
    Value row = c.row, head = c.head, col = c.col;
    Value request = b.loadIndex(op.getBatchIndices(), {row});
    Value pos = b.loadIndex(op.getPositions(), {row});
    // page = kv_indices[kv_indptr[request] + pos / page_size], slot = pos % page_size
    auto loadIndex3 = b.loadIndex(kv.getKvIndptr(), {request});
    Value pageEntry = b.add(loadIndex3,
                            b.div(pos, b.idx(pageSize)));
    Value page = b.loadIndex(kv.getKvIndices(), {pageEntry});
    Value slot = b.rem(pos, b.idx(pageSize));
    SmallVector<Value> dst = nhd ? SmallVector<Value>{page, slot, head, col}
                                 : SmallVector<Value>{page, head, slot, col};
    Value kVec = loadRaw(b, op.getK(), {row, head, col}, vec);
    Value vVec = loadRaw(b, op.getV(), {row, head, col}, vec);
    storeRaw(b, kVec, kv.getKCache(), dst);
    storeRaw(b, vVec, kv.getVCache(), dst);
  });
  // The attn.paged_kv view goes with the last of its users (convert-attn-to-nvvm erases it).
  rewriter.eraseOp(op);
  return success();
}

static LogicalResult lowerRope(RewriterBase &rewriter, RopeOp op) {
  auto qType = cast<MemRefType>(op.getQ().getType());
  auto kType = cast<MemRefType>(op.getK().getType());
  int64_t qHeads = qType.getDimSize(1), kHeads = kType.getDimSize(1);
  int64_t headDim = qType.getDimSize(2);
  FailureOr<OpKernel> kernel = getOpKernel(op, headDim);
  if (failed(kernel))
    return failure();
  RopeAttr rope = op.getRope();
  int64_t vec = kernel->vec;
  int64_t rotaryDim = rope.getRotaryDim(), half = rotaryDim / 2;
  bool interleave = rope.getInterleave();
  // Rotated units: one vector (interleaved) or one vector pair (non-interleaved) each.
  int64_t pairSpan = interleave ? rotaryDim : half;
  if (pairSpan % vec != 0 || (interleave && vec % 2 != 0))
    return op.emitOpError() << "expected the vector width (" << vec << ") to divide "
                            << (interleave ? "rotary_dim (" : "rotary_dim / 2 (") << pairSpan
                            << ")" << (interleave ? " and to be even" : "");
  int64_t rotUnits = pairSpan / vec;
  int64_t units = rotUnits + (headDim - rotaryDim) / vec;

  KernelBuilder b = KernelBuilder::before(op, rewriter);
  // Heads [0, Hq) are q's, the rest k's.
  rowHeadUnitLoop(b, *kernel, qHeads + kHeads, units, /*colVec=*/0, [&](const RowHeadUnit &c) {
    Value row = c.row, head = c.head, u = c.unit;
    Value pos = toF32(b, memref::LoadOp::create(b, op.getPosIds(), ValueRange{row}));

    auto emit = [&](Value src, Value dst, Value h) {
      auto rotated = scf::IfOp::create(b, b.ult(u, b.idx(rotUnits)), /*withElseRegion=*/true);
      {
        OpBuilder::InsertionGuard guard(b);
        b.setInsertionPointToStart(rotated.thenBlock());
        int64_t align = vec * 2;
        Value col = b.mul(u, b.idx(vec));
        Value x = b.loadVectorF32(src, {row, h, col}, vec, align);
        if (interleave) {
          RopeLane lane = makeRopeLane(b, rope, col, vec);
          b.storeVectorF32(applyRope(b, lane, x, x, col, pos, vec), dst, {row, h, col}, align);
        } else {
          // Both halves of the pairs (c, c + rotary_dim / 2): read both, then write both.
          Value mateCol = b.add(col, b.idx(half));
          Value mate = b.loadVectorF32(src, {row, h, mateCol}, vec, align);
          // Both halves rotate by the same angles (pair index col mod rotary_dim / 2), so the
          // second reuses the lane's frequencies and CSE leaves one sin / cos per pair.
          RopeLane lane = makeRopeLane(b, rope, col, vec);
          Value y = applyRope(b, lane, x, mate, col, pos, vec);
          Value yMate = applyRope(b, lane, mate, x, mateCol, pos, vec);
          b.storeVectorF32(y, dst, {row, h, col}, align);
          b.storeVectorF32(yMate, dst, {row, h, mateCol}, align);
        }
      }
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(rotated.elseBlock());
      // Features past rotary_dim are copied bit for bit.
      auto idx6 = b.idx(rotaryDim);
      auto sub8 = b.sub(u, b.idx(rotUnits));
      Value col = b.add(idx6, b.mul(sub8, b.idx(vec)));
      storeRaw(b, loadRaw(b, src, {row, h, col}, vec), dst, {row, h, col});
    };
    auto isQ = scf::IfOp::create(b, b.ult(head, b.idx(qHeads)), /*withElseRegion=*/true);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(isQ.thenBlock());
    emit(op.getQ(), op.getQOut(), head);
    b.setInsertionPointToStart(isQ.elseBlock());
    emit(op.getK(), op.getKOut(), b.sub(head, b.idx(qHeads)));
  });
  rewriter.eraseOp(op);
  return success();
}

void mlir::attn::eraseOpAndDeadViews(RewriterBase &rewriter, Operation *op,
                                     ArrayRef<memref::ExpandShapeOp> views) {
  // Decided before erasing anything: under a dialect conversion, erased ops keep their uses
  // until the conversion ends.
  llvm::SetVector<Operation *> dead;
  dead.insert(op);
  auto onlyDeadUsers = [&](Operation *candidate) {
    return llvm::all_of(candidate->getUsers(),
                        [&](Operation *user) { return dead.contains(user); });
  };
  for (memref::ExpandShapeOp view : views)
    if (view && onlyDeadUsers(view))
      dead.insert(view);
  for (memref::ExpandShapeOp view : views) {
    if (!view || !dead.contains(view))
      continue;
    for (Value size : view.getOutputShape())
      if (Operation *def = size.getDefiningOp(); def && onlyDeadUsers(def))
        dead.insert(def);
  }
  for (Operation *deadOp : dead)
    rewriter.eraseOp(deadOp);
}

namespace {
/// Wraps a lowering function of the kernels above as a conversion pattern.
template <typename OpTy, LogicalResult (*Lower)(RewriterBase &, OpTy)>
struct OpKernelLowering : public OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  LogicalResult matchAndRewrite(OpTy op, typename OpConversionPattern<OpTy>::OpAdaptor,
                                ConversionPatternRewriter &rewriter) const override {
    return Lower(rewriter, op);
  }
};
} // namespace

void mlir::attn::populateOpKernelPatterns(RewritePatternSet &patterns) {
  patterns.add<OpKernelLowering<MergeStateOp, lowerMergeState>,
               OpKernelLowering<AppendPagedKVOp, lowerAppendPagedKV>,
               OpKernelLowering<RopeOp, lowerRope>>(patterns.getContext());
}
