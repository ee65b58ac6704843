//===- SampleBins.cpp - top-k / top-p from bins of the row ----------------===//
//
// Top-k / top-p from bins of the row (probs, one CTA a row)
//
// The rounds (SampleKernel.cpp) read the row once a round to test the drawn token, and top-p
// accepts the first draw most of the time (its survivors hold at least p of the mass): two passes
// for one draw, more for top-k. Instead the prologue pass also sorts each thread's tokens into bins
// by the probability's binary exponent (massBin: bin 0 holds v >= 2^-1, bin c holds [2^(-1-c),
// 2^-c), the last everything below), a column of bins per thread in shared memory (no atomics, the
// thread's own order of additions): their mass, and with top-k their count (count bins
// 0..kSampleCountBins - 1, then one for every lighter token). With U_c and N_c the CTA's mass and
// count of bins 0..c (the tokens v >= the bin's lower bound), a token i in bin c has
//   mass(v_i) <= U_c, cnt(v_i) <= N_c   (every token above v_i is in bins 0..c),
//   mass(v_i) >= U_{c-1}, cnt(v_i) >= N_{c-1}   (every token of bins 0..c-1 is above v_i),
// so it survives if U_c < p * W and N_c < k, and fails if U_{c-1} >= p * W or N_{c-1} >= k.
// With c* the first bin where U_c >= p * W or N_c >= k (past the counted bins N_c is only
// bounded by the row's count, so c* for top-k is a counted bin) and that holds a token (the
// heaviest, which always survives; the last bin if none), every token below bin c* fails: the
// first draw takes its candidates from bins 0..c* (low = the largest float below c*'s bound;
// the last bin's low is 0), with each thread's candidate mass summed from its bins. A token
// drawn from a bin below acceptBins (the leading bins where both bounds hold; none for a NaN
// p) survives with no test pass; only one drawn in c* (or, with min-p, one below its bound)
// takes a round of the rejection loop (SampleKernel.cpp), whose pass gives the next round's
// low and masses.
//
// The bins' sums are the pass's values added in another order than the owner's walk adds
// them, so the interval a thread takes from its bins may differ from its walk's sum by
// rounding; the walk then ends on its last candidate (ownerWalk), a bias of the order of
// f32 rounding. Decisions at U_c within rounding of p * W may likewise differ from a test
// pass's, as two test passes' float sums would.
//
//===----------------------------------------------------------------------===//

#include "SampleEmitter.h"

using namespace mlir;
using namespace mlir::attn;
using namespace mlir::attn::sample;

/// The bin of a value v >= 0 (index): 126 - its biased exponent, clamped to
/// [0, kSampleMassBins - 1] (+inf in bin 0; zero and subnormals in the last).
Value SampleEmitter::massBin(Value v) {
  Type i32T = b.getI32Type();
  Value bits = arith::BitcastOp::create(b, i32T, v);
  Value exponent = arith::ShRUIOp::create(b, bits, i32(23));
  Value fromTop = arith::SubIOp::create(b, i32(126), exponent);
  Value atLeastZero = arith::MaxSIOp::create(b, fromTop, i32(0));
  Value bin = arith::MinSIOp::create(b, atLeastZero, i32(kSampleMassBins - 1));
  return arith::IndexCastOp::create(b, b.getIndexType(), bin);
}

/// This thread's bins to 0 (its own column: no barrier before its additions).
void SampleEmitter::zeroMassBins() {
  Value zero = b.f32(0.0);
  for (int64_t c = 0; c < kSampleMassBins; ++c) {
    Value at = b.add(b.idx(c * threads), tid);
    memref::StoreOp::create(b, zero, massBins, ValueRange{at});
  }
  if (!countBins)
    return;
  for (int64_t c = 0; c <= kSampleCountBins; ++c) {
    Value at = b.add(b.idx(c * threads), tid);
    memref::StoreOp::create(b, zero, countBins, ValueRange{at});
  }
}

/// bins[massBin(v)][tid] += v, and with top-k counts[min(massBin(v), kSampleCountBins)][tid]
/// += 1.
void SampleEmitter::addToMassBin(Value v) {
  Value bin = massBin(v);
  Value numThreads = b.idx(threads);
  Value at = b.add(b.mul(bin, numThreads), tid);
  Value old = memref::LoadOp::create(b, massBins, ValueRange{at});
  Value sum = b.fadd(old, v);
  memref::StoreOp::create(b, sum, massBins, ValueRange{at});
  if (!countBins)
    return;
  Value counted = b.minIdx(bin, b.idx(kSampleCountBins));
  Value countAt = b.add(b.mul(counted, numThreads), tid);
  Value count = memref::LoadOp::create(b, countBins, ValueRange{countAt});
  Value one = b.f32(1.0);
  Value more = b.fadd(count, one);
  memref::StoreOp::create(b, more, countBins, ValueRange{countAt});
}

/// The CTA's sum of each bin: bins[rows * threads + c] = sum_t bins[c * threads + t] for
/// c < rows. Warp w folds bins w, w + warps, ...: lane l sums threads l, l + 32, ... in order
/// (from `zero`), then the warp's butterfly, and lane 0 stores it.
void SampleEmitter::sumBinColumns(Value bins, int64_t rows, Value zero) {
  Value numRows = b.idx(rows);
  Value warpStep = b.idx(warps);
  Value sumsBase = b.idx(rows * threads);
  auto loop = scf::ForOp::create(b, warp, numRows, warpStep);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(loop.getBody());
  Value c = loop.getInductionVar();
  Value rowStart = b.mul(c, b.idx(threads));
  Value numThreads = b.idx(threads);
  Value laneStep = b.idx(kWarpSize);
  auto sum = scf::ForOp::create(b, lane, numThreads, laneStep, ValueRange{zero});
  {
    OpBuilder::InsertionGuard inner(b);
    b.setInsertionPointToStart(sum.getBody());
    Value at = b.add(rowStart, sum.getInductionVar());
    Value x = memref::LoadOp::create(b, bins, ValueRange{at});
    scf::YieldOp::create(b, b.fadd(sum.getRegionIterArg(0), x));
  }
  Value folded = warpFold(sum.getResult(0), Combine::Sum);
  auto leader = scf::IfOp::create(b, b.eqIdx(lane, b.idx(0)), false);
  b.setInsertionPointToStart(leader.thenBlock());
  Value sumAt = b.add(sumsBase, c);
  memref::StoreOp::create(b, folded, bins, ValueRange{sumAt});
}

/// The walk to c* over the CTA's sums, the same bits in every thread: U_c (and N_c) in bin
/// order; a bin is accepted while U_c < p * W and N_c < k, and c* is the first bin with
/// U_c >= p * W or N_c >= k (a counted bin) that holds mass (the last bin if none). Past the
/// counted bins N_c is bounded by the row's count (every token).
SampleEmitter::BinWalk SampleEmitter::walkMassBins(const Filters &f, Value total, Value zero,
                                                   Value first, Value one) {
  using P = arith::CmpFPredicate;
  Type i32T = b.getI32Type();
  Type i1T = b.getI1Type();
  Value yes = arith::ConstantIntOp::create(b, i1T, 1);
  Value no = arith::ConstantIntOp::create(b, i1T, 0);
  Value bound = f.testP ? b.fmul(f.p, total) : Value();
  Value kOn = f.testK ? cmpF(P::OGE, f.k, b.f32(1.0)) : Value();
  Value numBins = b.idx(kSampleMassBins);
  Value massSums = b.idx(kSampleMassBins * threads);
  Value countSums = b.idx((kSampleCountBins + 1) * threads);
  Value last = i32(kSampleMassBins - 1);
  Value none = i32(0);
  auto walk = scf::ForOp::create(b, first, numBins, one, ValueRange{zero, zero, none, last, no});
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(walk.getBody());
  Value c = walk.getInductionVar();
  Value massAt = b.add(massSums, c);
  Value binMass = memref::LoadOp::create(b, massBins, ValueRange{massAt});
  Value mass = b.fadd(walk.getRegionIterArg(0), binMass);
  Value count = walk.getRegionIterArg(1);
  Value accept = yes, crosses = no;
  if (f.testP) {
    Value below = cmpF(P::OLT, mass, bound);
    accept = andI(accept, below);
    crosses = cmpF(P::OGE, mass, bound);
  }
  if (f.testK) {
    // Bins past the counted ones add the row's rest once (at c = kSampleCountBins).
    Value counted = b.minIdx(c, b.idx(kSampleCountBins));
    Value countAt = b.add(countSums, counted);
    Value binCount = memref::LoadOp::create(b, countBins, ValueRange{countAt});
    Value adds = b.ult(c, b.idx(kSampleCountBins + 1));
    Value added = b.select(adds, binCount, zero);
    count = b.fadd(count, added);
    Value fewer = cmpF(P::OLT, count, f.k);
    Value kOff = arith::XOrIOp::create(b, kOn, yes);
    Value kAccept = arith::OrIOp::create(b, kOff, fewer);
    accept = andI(accept, kAccept);
    Value reached = cmpF(P::OGE, count, f.k);
    Value countedBin = b.ult(c, b.idx(kSampleCountBins));
    Value kCrosses = andI(andI(kOn, reached), countedBin);
    crosses = arith::OrIOp::create(b, crosses, kCrosses);
  }
  Value accepted =
      arith::AddIOp::create(b, walk.getRegionIterArg(2), arith::ExtUIOp::create(b, i32T, accept));
  Value held = cmpF(P::OGT, mass, zero);
  Value found = walk.getRegionIterArg(4);
  Value notFound = arith::XOrIOp::create(b, found, yes);
  Value heldCrosses = andI(crosses, held);
  Value isStar = andI(notFound, heldCrosses);
  Value cI32 = arith::IndexCastOp::create(b, i32T, c);
  Value star = b.select(isStar, cI32, walk.getRegionIterArg(3));
  Value nowFound = arith::OrIOp::create(b, found, isStar);
  scf::YieldOp::create(b, ValueRange{mass, count, accepted, star, nowFound});
  // The accepted bins lead (U and N grow with c), so their count is acceptBins.
  return {walk.getResult(2), walk.getResult(3), last};
}

/// The first draw's low for bin `star` (i32): the largest float below its bound 2^(-1-c*),
/// bits ((126 - c*) << 23) - 1; 0 for the last bin (`last`), which holds everything below.
Value SampleEmitter::lowBelowBin(Value star, Value last, Value zero) {
  Value exponent = arith::SubIOp::create(b, i32(126), star);
  Value boundBits = arith::ShLIOp::create(b, exponent, i32(23));
  Value belowBits = arith::SubIOp::create(b, boundBits, i32(1));
  Value belowBound = arith::BitcastOp::create(b, b.getF32Type(), belowBits);
  Value isLast = arith::CmpIOp::create(b, arith::CmpIPredicate::eq, star, last);
  return b.select(isLast, zero, belowBound);
}

/// This thread's mass of bins 0..star (i32): sum_{c <= c*} bins[c * threads + tid].
Value SampleEmitter::massThroughBin(Value star, Value zero, Value first, Value one) {
  Value starIdx = arith::IndexCastOp::create(b, b.getIndexType(), star);
  Value throughStar = b.add(starIdx, one);
  auto mine = scf::ForOp::create(b, first, throughStar, one, ValueRange{zero});
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(mine.getBody());
  Value at = b.add(b.mul(mine.getInductionVar(), b.idx(threads)), tid);
  Value x = memref::LoadOp::create(b, massBins, ValueRange{at});
  scf::YieldOp::create(b, b.fadd(mine.getRegionIterArg(0), x));
  return mine.getResult(0);
}

/// After the prologue pass and a barrier: the CTA's sum of each bin (sumBinColumns), then in
/// every thread the same walk over the bins for c* and acceptBins (walkMassBins), the first
/// draw's low below c* (lowBelowBin) and this thread's mass of bins 0..c* (massThroughBin).
SampleEmitter::BinnedStart SampleEmitter::startFromMassBins(const Filters &f, Value total) {
  Value zero = b.f32(0.0);
  Value first = b.idx(0);
  Value one = b.idx(1);
  sumBinColumns(massBins, kSampleMassBins, zero);
  if (countBins)
    sumBinColumns(countBins, kSampleCountBins + 1, zero);
  barrier();
  BinWalk walk = walkMassBins(f, total, zero, first, one);
  Value low = lowBelowBin(walk.star, walk.last, zero);
  Value mine = massThroughBin(walk.star, zero, first, one);
  return {low, mine, walk.acceptBins};
}
