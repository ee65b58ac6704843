//===- SampleCluster.cpp - a row over a thread-block cluster --------------===//
//
// A row over a thread-block cluster (cluster_size > 1, sm_90)
//
// CTA r of the cluster owns the slice [r * L, min((r + 1) * L, vocab)) of the row, with
// L = ceil(ceil(vocab / vec) / cluster) * vec, which it reads from global memory once into
// shared memory (as f32). Every pass then runs over the slice (thread t: elements t,
// t + threads, ...), and a block-level result is combined over the cluster (rowReduce):
//   push: wait until every CTA has read the previous exchange; thread d * K + k (< cluster * K)
//         stores the CTA's value k into CTA d's exchange[r][k] (mapa, st.shared::cluster);
//   barrier.cluster.arrive (release) + wait (acquire): every CTA's values are in every CTA;
//   fold exchange[0 .. cluster - 1][k] in rank order (the same bits in every CTA);
//   barrier.cluster.arrive: this CTA has read its exchange buffer.
// The kernel arrives once before its first push (so that the first wait also waits until
// every CTA of the cluster runs) and waits once at the end (no CTA exits while another may
// still write into its shared memory).
// A draw scans the candidate mass in (rank, thread, element) order: CTA r's threads take
// blockScan's intervals shifted by P_r = Q_0 + ... + Q_{r-1} (Q_r: the CTAs' totals, folded
// in rank order, so that P_{r+1} = P_r + Q_r bit for bit and the intervals tile (0, Q]). When
// the rounds test the token (filters) the owner's CTA pushes it and every CTA takes the one
// pushed; a plain draw has no such exchange: the CTA whose interval holds u writes it. The
// scan's exchange is shared with an earlier step's (fuseScans): the prologue's W is the first
// draw's Q, and a filtered round's test pushes the next round's Q_r with its count, so a
// plain draw makes one exchange and a filtered round two. The distribution is the single-CTA
// kernel's; the token a seed draws is not (the order of the cumulative mass differs), but the
// same seed and offset give the same tokens for a given cluster size.
//
//===----------------------------------------------------------------------===//

#include "SampleEmitter.h"

using namespace mlir;
using namespace mlir::attn;
using namespace mlir::attn::sample;

SmallVector<Value> SampleEmitter::rowReduce(ArrayRef<Value> values, ArrayRef<Combine> kinds) {
  if (cluster == 1)
    return blockReduce(values, kinds);
  // Warp butterflies as in blockReduce; then thread k < n alone folds value k over the warps
  // (its combine chosen at run time) and pushes it to every CTA, and after the cluster
  // barrier folds the CTAs' values in rank order and hands the result to every thread.
  int64_t n = static_cast<int64_t>(values.size());
  stashWarpValues(values, kinds);
  barrier();
  clusterWait(); // every CTA has read the previous exchange (first: every CTA runs)
  Value isFolder = b.ult(tid, b.idx(n));
  // Thread k folds value k: its combine, chosen at run time.
  auto kindOfThread = [&] {
    Value kind = i32(0);
    for (auto [k, c] : llvm::enumerate(kinds)) {
      Value isK = b.eqIdx(tid, b.idx(k));
      Value code = i32(static_cast<int64_t>(c));
      kind = b.select(isK, code, kind);
    }
    return kind;
  };
  {
    auto folder = scf::IfOp::create(b, isFolder, false);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(folder.thenBlock());
    Value kind = kindOfThread();
    Value first = memref::LoadOp::create(b, scratch, ValueRange{tid, b.idx(0)});
    Value one = b.idx(1);
    Value numWarps = b.idx(warps);
    auto loop = scf::ForOp::create(b, one, numWarps, one, ValueRange{first});
    {
      OpBuilder::InsertionGuard inner(b);
      b.setInsertionPointToStart(loop.getBody());
      Value w = memref::LoadOp::create(b, scratch, ValueRange{tid, loop.getInductionVar()});
      scf::YieldOp::create(b, combineBy(kind, loop.getRegionIterArg(0), w));
    }
    Value mine = loop.getResult(0);
    for (int64_t d = 0; d < cluster; ++d)
      pushTo(b.idx(d), tid, mine);
  }
  clusterArrive();
  clusterWait();
  {
    auto folder = scf::IfOp::create(b, isFolder, false);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(folder.thenBlock());
    Value kind = kindOfThread();
    Value acc = memref::LoadOp::create(b, exchange, ValueRange{b.idx(0), tid});
    for (int64_t r = 1; r < cluster; ++r) {
      Value x = memref::LoadOp::create(b, exchange, ValueRange{b.idx(r), tid});
      acc = combineBy(kind, acc, x);
    }
    // Only this thread read scratch[tid][*], and every thread is past its stores.
    memref::StoreOp::create(b, acc, scratch, ValueRange{tid, b.idx(0)});
  }
  barrier();
  clusterArrive(); // this CTA's exchange buffer is read
  SmallVector<Value> results;
  for (int64_t k = 0; k < n; ++k)
    results.push_back(memref::LoadOp::create(b, scratch, ValueRange{b.idx(k), b.idx(0)}));
  barrier(); // the scratch is free again
  return results;
}

/// combine() by a run-time kind (the Combine value as i32).
Value SampleEmitter::combineBy(Value kind, Value x, Value y) {
  Value isSum = arith::CmpIOp::create(b, arith::CmpIPredicate::eq, kind,
                                      i32(static_cast<int64_t>(Combine::Sum)));
  Value isMax = arith::CmpIOp::create(b, arith::CmpIPredicate::eq, kind,
                                      i32(static_cast<int64_t>(Combine::Max)));
  Value sum = combine(Combine::Sum, x, y);
  Value max = combine(Combine::Max, x, y);
  Value min = combine(Combine::Min, x, y);
  Value extreme = b.select(isMax, max, min);
  return b.select(isSum, sum, extreme);
}

/// Stores `v` into exchange[rank][k] of the cluster's CTA `dest` (mapa, st.shared::cluster).
void SampleEmitter::pushTo(Value dest, Value k, Value v) {
  MLIRContext *ctx = b.getContext();
  Value base = memref::ExtractAlignedPointerAsIndexOp::create(b, exchange);
  Value elem = b.add(b.mul(rank, b.idx(kReduceSlots)), k);
  Value addr = b.add(base, b.mul(elem, b.idx(4)));
  Value addr64 = arith::IndexCastOp::create(b, b.getI64Type(), addr);
  auto sharedPtr =
      LLVM::LLVMPointerType::get(ctx, static_cast<unsigned>(NVVM::NVVMMemorySpace::Shared));
  auto clusterPtr =
      LLVM::LLVMPointerType::get(ctx, static_cast<unsigned>(NVVM::NVVMMemorySpace::SharedCluster));
  Value local = LLVM::IntToPtrOp::create(b, sharedPtr, addr64);
  Value dest32 = arith::IndexCastOp::create(b, b.getI32Type(), dest);
  Value remote = NVVM::MapaOp::create(b, clusterPtr, local, dest32);
  LLVM::StoreOp::create(b, v, remote);
}

/// Every CTA of the cluster gets `values` (the same in all threads of this CTA) in
/// exchange[rank] (see above); the caller reads them and then calls clusterArrive.
void SampleEmitter::clusterPush(ArrayRef<Value> values) {
  int64_t n = static_cast<int64_t>(values.size());
  clusterWait(); // every CTA has read the previous exchange (first: every CTA runs)
  Value k = b.rem(tid, b.idx(n));
  Value dest = b.div(tid, b.idx(n));
  Value v = values[0];
  for (int64_t i = 1; i < n; ++i) {
    Value isI = b.eqIdx(k, b.idx(i));
    v = b.select(isI, values[i], v);
  }
  {
    auto pusher = scf::IfOp::create(b, b.ult(tid, b.idx(cluster * n)), false);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(pusher.thenBlock());
    pushTo(dest, k, v);
  }
  clusterArrive();
  clusterWait();
}

/// This CTA's slice of the row into shared memory (16-byte loads when vocab % vec == 0, the
/// slice then starting aligned), then a CTA barrier.
void SampleEmitter::loadSlice() {
  // One op per statement: the order of ops built in one argument list is unspecified.
  Value vocabUp = b.add(vocab, b.idx(vec - 1));
  Value units = b.div(vocabUp, b.idx(vec));
  Value unitsUp = b.add(units, b.idx(cluster - 1));
  Value perCta = b.div(unitsUp, b.idx(cluster));
  Value length = b.mul(perCta, b.idx(vec));
  sliceStart = b.mul(rank, length);
  Value end = b.minIdx(b.add(sliceStart, length), vocab);
  Value held = b.sub(end, sliceStart);
  sliceLen = b.maxIdx(held, b.idx(0));
  auto copy = [&](int64_t width) {
    Value count = b.div(sliceLen, b.idx(width));
    int64_t bytes = width * cast<MemRefType>(input.getType()).getElementTypeBitWidth() / 8;
    Value sliceBase = b.add(rowBase, sliceStart);
    auto load = [&](Value i) {
      Value col = b.mul(i, b.idx(width));
      return b.loadVectorF32(input, {b.add(sliceBase, col)}, width, bytes);
    };
    auto body = [&](Value i, Value x, ValueRange) {
      Value col = b.mul(i, b.idx(width));
      for (int64_t e = 0; e < width; ++e) {
        Value xe = vector::ExtractOp::create(b, x, e);
        memref::StoreOp::create(b, xe, slice, ValueRange{b.add(col, b.idx(e))});
      }
      return SmallVector<Value>{};
    };
    unitLoop(count, ValueRange{}, load, body);
  };
  if (vec == 1) {
    copy(1);
  } else {
    auto aligned = scf::IfOp::create(b, vocabAligned(), /*withElse=*/true);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(aligned.thenBlock());
    copy(vec);
    b.setInsertionPointToStart(aligned.elseBlock());
    copy(1);
  }
  barrier();
}

/// rowPass over the slice in shared memory: thread t's elements t, t + threads, ...
SmallVector<Value> SampleEmitter::slicePass(ValueRange init, ElementFn fn) {
  auto loop = scf::ForOp::create(b, tid, sliceLen, b.idx(threads), init);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(loop.getBody());
  Value i = loop.getInductionVar();
  Value x = memref::LoadOp::create(b, slice, ValueRange{i});
  Value j = b.add(sliceStart, i);
  SmallVector<Value> acc = fn(j, x, loop.getRegionIterArgs());
  scf::YieldOp::create(b, acc);
  return SmallVector<Value>(loop.getResults());
}

/// writePass over the slice: out[row, j] = fn(j, x_j) for the slice's elements.
void SampleEmitter::sliceWrite(Value out, llvm::function_ref<Value(Value, Value)> fn) {
  auto loop = scf::ForOp::create(b, tid, sliceLen, b.idx(threads), ValueRange{});
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(loop.getBody());
  Value i = loop.getInductionVar();
  Value x = memref::LoadOp::create(b, slice, ValueRange{i});
  Value j = b.add(sliceStart, i);
  Value y = fn(j, x);
  Value v = vector::FromElementsOp::create(b, VectorType::get({1}, b.getF32Type()), y);
  int64_t bytes = cast<MemRefType>(input.getType()).getElementTypeBitWidth() / 8;
  b.storeVectorF32(v, out, {b.add(rowBase, j)}, bytes);
}
