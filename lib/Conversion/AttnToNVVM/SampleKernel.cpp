//===- SampleKernel.cpp - sorting-free top-k / top-p / min-p sampling -----===//
//
// Lowers attn.sample inside the kernel attn-outline made for it: one 1024-thread CTA per row,
// the row read flat (input[row * vocab + j]) with 16-byte vector loads when vocab is a
// multiple of the vector width (element loads otherwise), kLoadBatch loads a thread in flight.
//
// Values and weights. A token j has a value v_j the filters compare and a weight w_j the
// sampling draws by:
//   probs:  v_j = p_j if p_j > 0 else 0 (NaN and negative entries weigh nothing), w_j = v_j;
//   logits: v_j = x_j, w_j = 2^((x_j - M) * log2(e)) with M = max_j x_j (a fused softmax: the
//           weights are never normalised, the filters compare against fractions of their sum);
//           NaN logits fail every comparison and weigh nothing.
// Both are monotone, so "v_i > v_j" orders tokens by probability without an exp.
//
// Which tokens survive (#attn.sampling): with cnt(t) = #{j : v_j > t}, mass(t) =
// sum{w_j : v_j > t} and W = sum_j w_j, token i survives when
//   cnt(v_i) < k (top-k, ties at the k-th value all kept), mass(v_i) < p * W (top-p),
//   v_i >= m * max v (probs) or v_i >= M + ln(m) (logits) (min-p).
// Each test is monotone in v_i: if i fails, every token of value <= v_i fails too.
//
// Sampling is rejection sampling with a pivot (FlashInfer's sorting-free sampling): with
// low = 0 (probs) or -inf (logits),
//   round r: draw token i from {j : v_j > low} with probability w_i / sum{w_j : v_j > low};
//            if i survives, return it; else low = v_i (it and every lighter token fail) and
//            draw again.
// The candidates always include the surviving tokens (they are heavier than any failing
// one), so the accepted token has the filtered, renormalised distribution; low grows
// strictly, so the loop ends (at the latest when only the heaviest token is left, which
// always survives). A draw is an inverse-CDF lookup in an order fixed by the CTA shape:
// thread t owns the vector units t, t + 1024, ... of the row and its candidate mass S_t; a
// block-wide exclusive scan of S_t gives each thread its interval [lo_t, hi_t) of the
// cumulative mass; the thread whose interval holds u = r * Q (Q = sum_t S_t, r uniform in
// (0, 1]) owns the draw, and its warp walks the owner's elements to the one where the running
// sum reaches u (the lanes load the owner's units at once, a warp scan of their masses gives
// each lane its start, and the first lane to reach u holds the token; see warpWalk). The same pass
// over the row that tests the drawn token (cnt, mass of v > v_i) yields the threads' S_t of
// the next round, so a round reads the row once (plus one thread's share). Top-k and top-p
// over probabilities, one CTA a row, start from bins of the row their prologue collects and
// test a drawn token by a pass only in the bin where p or k is crossed (see "Top-k / top-p
// from bins of the row", SampleBins.cpp).
//
// Randomness: r = (Philox4x32-10(counter = (round, row, offset_lo, offset_hi),
// key = (seed_lo, seed_hi)).x >> 8 + 1) * 2^-24, with (seed, offset) = seed_offset[0..1] read
// on the device, so a captured CUDA graph draws anew when the caller advances the offset and
// the same seed and offset give the same tokens. With advance_offset the kernel advances the
// offset itself (advanceOffset), so a call is one launch.
//
// Renormalisation and masking find the exact threshold tau of top-k / top-p (survivors are
// {j : v_j >= tau}) by a search over token values in ordered-key space, three pivots a pass
// (searchThreshold), then write the row once (emitFilter). With top-k alone (one CTA per row)
// one pass collects the few tokens at or above the k-th largest of the threads' maxima and
// ranks them in shared memory (topKThreshold); the search is its fallback.
//
// Ops are created one per statement wherever two of them would otherwise be arguments of
// one call: argument evaluation order is unspecified, and the kernels must not depend on the
// host compiler (scripts/ci/gcc_build.sh compares the PTX of a GCC and a Clang build).
//
// With #attn.sampling's cluster_size > 1 a row is split over a thread-block cluster (sm_90):
// each CTA keeps its slice in shared memory and every block-level result is combined over
// the cluster through distributed shared memory (see "A row over a thread-block cluster",
// SampleCluster.cpp); rowPass, rowReduce, scanRow, writePass and draw take that path, and a
// draw's scan rides an earlier step's exchange (fuseScans); the rest is shared.
//
// A row without weight (all-zero or NaN probabilities, all -inf or NaN logits) gets token
// -1. A round cap (kMaxRounds) bounds the loop whatever the data (+inf weights); past it the
// last drawn token is returned.
//
//===----------------------------------------------------------------------===//

#include "Patterns.h"
#include "SampleEmitter.h"

#include "attn/Dialect/Attn/IR/AttnOps.h"
#include "attn/Dialect/Attn/Utils/KernelBuilder.h"
#include "attn/Dialect/Attn/Utils/KernelConventions.h"
#include "attn/Dialect/Attn/Utils/RuntimeABI.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Transforms/DialectConversion.h"
#include "llvm/Support/SaveAndRestore.h"

using namespace mlir;
using namespace mlir::attn;
using namespace mlir::attn::detail;
using namespace mlir::attn::sample;

static_assert(kMaxSampleVocab == SampleOp::kMaxVocab, "one longest row");

namespace {
/// Rounds of rejection before the last draw is returned: each round removes at least the
/// drawn token, in practice a constant fraction of the remaining mass.
constexpr int64_t kMaxRounds = 1024;
} // namespace

/// for (i = tid; i < count; i += threads) acc = body(i, load(i), acc), with loadBatch loads
/// issued before the bodies of a batch run (in unit order, so the results are bit for bit
/// those of the plain loop): a main loop over whole batches, then the at most
/// loadBatch - 1 units left one at a time. The main loop carries its next unit; with
/// `prefetch` it takes two batches an iteration and also carries the next one's loads (see
/// below).
SmallVector<Value> SampleEmitter::unitLoop(Value count, ValueRange init, UnitLoad load,
                                           UnitBody body) {
  // Units i, i + T, ..., i + (loadBatch - 1) T are all below count when i < count - (B-1) T
  // (a negative bound runs no iteration: scf.for compares signed).
  Value tail = b.idx((loadBatch - 1) * threads);
  Value batchEnd = b.sub(count, tail);
  SmallVector<Value> mainInit(init);
  mainInit.push_back(tid);
  // The main loop's accumulators, then the first unit it left to the loop below. (The loops
  // are built with their bodies: each yields explicitly, with or without accumulators.)
  ValueRange afterBatches;
  // Unit k of the batch that starts at `start`, and the bodies of a loaded batch in unit order.
  auto unitOf = [&](Value start, int64_t k) {
    return k == 0 ? start : b.add(start, b.idx(k * threads));
  };
  auto bodies = [&](Value start, ValueRange batch, SmallVector<Value> acc) {
    for (int64_t k = 0; k < loadBatch; ++k)
      acc = body(unitOf(start, k), batch[k], acc);
    return acc;
  };
  if (prefetch) {
    // Batch n + 1's loads are in flight while the bodies of batch n run (the bins'
    // shared-memory updates make them long). The main loop takes two batches an iteration and
    // carries only the first, loaded during the second's bodies: the registers of a carried
    // batch are free again when its loads are issued, so the back edge copies nothing (a copy
    // of registers still being loaded would wait for the loads there). A batch past batchEnd
    // loads units clamped to the row's last (in bounds; the values are never used): count >= 1,
    // a row has at least one unit.
    Value lastUnit = b.sub(count, b.idx(1));
    auto loadBatchAt = [&](Value first) {
      SmallVector<Value> loaded;
      for (int64_t k = 0; k < loadBatch; ++k)
        loaded.push_back(load(b.minIdx(unitOf(first, k), lastUnit)));
      return loaded;
    };
    int64_t numAcc = static_cast<int64_t>(init.size());
    Value stride = b.idx(loadBatch * threads);
    SmallVector<Value> first = loadBatchAt(tid);
    mainInit.append(first);
    // Pairs of batches while both are whole: start + stride < batchEnd.
    Value pairEnd = b.sub(batchEnd, stride);
    Value pairStride = b.idx(2 * loadBatch * threads);
    auto pairs = scf::ForOp::create(b, tid, pairEnd, pairStride, mainInit,
                                    [&](OpBuilder &, Location, Value start, ValueRange args) {
                                      Value second = b.add(start, stride);
                                      SmallVector<Value> secondBatch = loadBatchAt(second);
                                      SmallVector<Value> acc =
                                          bodies(start, args.drop_front(numAcc + 1),
                                                 SmallVector<Value>(args.take_front(numAcc)));
                                      Value next = b.add(start, pairStride);
                                      SmallVector<Value> nextBatch = loadBatchAt(next);
                                      acc = bodies(second, secondBatch, acc);
                                      acc.push_back(next);
                                      acc.append(nextBatch);
                                      scf::YieldOp::create(b, acc);
                                    });
    // At most one whole batch left (loaded by the last pair, or before the loop).
    ValueRange afterPairs = pairs.getResults();
    Value start = afterPairs[numAcc];
    SmallVector<Type> accTypes(TypeRange(afterPairs.take_front(numAcc + 1)));
    auto single = scf::IfOp::create(b, accTypes, b.slt(start, batchEnd), /*withElse=*/true);
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(single.thenBlock());
      SmallVector<Value> acc = bodies(start, afterPairs.drop_front(numAcc + 1),
                                      SmallVector<Value>(afterPairs.take_front(numAcc)));
      acc.push_back(b.add(start, stride));
      scf::YieldOp::create(b, acc);
      b.setInsertionPointToStart(single.elseBlock());
      scf::YieldOp::create(b, afterPairs.take_front(numAcc + 1));
    }
    afterBatches = single.getResults();
  } else {
    auto batched = scf::ForOp::create(b, tid, batchEnd, b.idx(loadBatch * threads), mainInit,
                                      [&](OpBuilder &, Location, Value first, ValueRange args) {
                                        SmallVector<Value> loaded;
                                        for (int64_t k = 0; k < loadBatch; ++k)
                                          loaded.push_back(load(unitOf(first, k)));
                                        SmallVector<Value> acc = bodies(
                                            first, loaded, SmallVector<Value>(args.drop_back()));
                                        acc.push_back(b.add(first, b.idx(loadBatch * threads)));
                                        scf::YieldOp::create(b, acc);
                                      });
    afterBatches = batched.getResults();
  }
  auto rest =
      scf::ForOp::create(b, afterBatches.back(), count, b.idx(threads), afterBatches.drop_back(),
                         [&](OpBuilder &, Location, Value i, ValueRange acc) {
                           Value x = load(i);
                           scf::YieldOp::create(b, body(i, x, acc));
                         });
  return SmallVector<Value>(rest.getResults());
}

/// This thread's elements in order: for (u = tid; u < vocab / width; u += threads), the
/// `width` elements of unit u (one vector load), each passed to `fn`.
Value SampleEmitter::loadUnit(int64_t width, Value i) {
  int64_t bytes = width * cast<MemRefType>(input.getType()).getElementTypeBitWidth() / 8;
  Value col = b.mul(i, b.idx(width));
  Value x = b.loadVectorF32(input, {b.add(rowBase, col)}, width, bytes);
  return draft ? minusDraft(width, col, x, bytes) : x;
}

SmallVector<Value> SampleEmitter::ownedLoop(int64_t width, ValueRange init, ElementFn fn) {
  Value units = b.div(vocab, b.idx(width));
  auto load = [&](Value i) { return loadUnit(width, i); };
  auto body = [&](Value i, Value x, ValueRange accIn) {
    Value col = b.mul(i, b.idx(width));
    SmallVector<Value> acc(accIn);
    for (int64_t e = 0; e < width; ++e) {
      Value j = b.add(col, b.idx(e));
      Value xe = vector::ExtractOp::create(b, x, e);
      acc = fn(j, xe, acc);
    }
    return acc;
  };
  return unitLoop(units, init, load, body);
}

/// x - (the draft row's elements at draftBase + col) where useDraft holds, else x: the
/// residual target - draft of speculative verification (value() then clamps it at 0). The
/// branch is uniform, so a bonus row reads no draft row.
Value SampleEmitter::minusDraft(int64_t width, Value col, Value x, int64_t bytes) {
  auto type = VectorType::get({width}, b.getF32Type());
  auto ifDraft = scf::IfOp::create(b, TypeRange{type}, useDraft, /*withElse=*/true);
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifDraft.thenBlock());
    Value at = b.add(draftBase, col);
    scf::YieldOp::create(b, b.loadVectorF32(draft, {at}, width, bytes));
    b.setInsertionPointToStart(ifDraft.elseBlock());
    Value zeros = arith::ConstantOp::create(b, cast<TypedAttr>(b.getZeroAttr(type)));
    scf::YieldOp::create(b, zeros);
  }
  return arith::SubFOp::create(b, x, ifDraft.getResult(0));
}

/// Writes out[row, j] = fn(j, input[row, j]) for this thread's elements, `width` per vector.
void SampleEmitter::writeLoop(int64_t width, Value out,
                              llvm::function_ref<Value(Value, Value)> fn) {
  Value units = b.div(vocab, b.idx(width));
  int64_t bytes = width * cast<MemRefType>(input.getType()).getElementTypeBitWidth() / 8;
  auto load = [&](Value i) {
    Value col = b.mul(i, b.idx(width));
    return b.loadVectorF32(input, {b.add(rowBase, col)}, width, bytes);
  };
  auto body = [&](Value i, Value x, ValueRange) {
    Value col = b.mul(i, b.idx(width));
    SmallVector<Value> y;
    for (int64_t e = 0; e < width; ++e) {
      Value j = b.add(col, b.idx(e));
      Value xe = vector::ExtractOp::create(b, x, e);
      y.push_back(fn(j, xe));
    }
    Value v = vector::FromElementsOp::create(b, VectorType::get({width}, b.getF32Type()), y);
    b.storeVectorF32(v, out, {b.add(rowBase, col)}, bytes);
    return SmallVector<Value>{};
  };
  unitLoop(units, ValueRange{}, load, body);
}

SmallVector<Value> SampleEmitter::byUnitWidth(TypeRange results, UnitWidthLoop loop) {
  if (vec == 1)
    return loop(1);
  // Both branches built without terminators: each yields its loop's results (none for a
  // pass run for its side effects).
  auto aligned = scf::IfOp::create(b, results, vocabAligned(), /*addThenBlock=*/true,
                                   /*addElseBlock=*/true);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(aligned.thenBlock());
  scf::YieldOp::create(b, loop(vec));
  b.setInsertionPointToStart(aligned.elseBlock());
  scf::YieldOp::create(b, loop(1));
  return SmallVector<Value>(aligned.getResults());
}

void SampleEmitter::writePass(Value out, llvm::function_ref<Value(Value, Value)> fn) {
  if (cluster > 1)
    return sliceWrite(out, fn);
  byUnitWidth(TypeRange{}, [&](int64_t width) {
    writeLoop(width, out, fn);
    return SmallVector<Value>{};
  });
}

/// One pass over the row: 16-byte units when vocab % vec == 0 (the row then starts aligned),
/// single elements otherwise.
SmallVector<Value> SampleEmitter::rowPass(ValueRange init, ElementFn fn) {
  if (cluster > 1)
    return slicePass(init, fn);
  return byUnitWidth(init.getTypes(), [&](int64_t width) { return ownedLoop(width, init, fn); });
}

/// The owner's walk, lane-parallel (one CTA a row): thread ownerTid's units ownerTid + k *
/// threads (k < K) in chunks of 32, lane l loading unit c + l of chunk c (the last unit where
/// c + l >= K, so that every load is in bounds without a branch). Each lane sums the weights of
/// its unit's candidates (v > low), an inclusive scan over the lanes (shfl.sync.up) gives the
/// mass before each unit, and each lane walks its own unit's elements from there: the first
/// lane (ballot, ctz) with an element that is a candidate and brings lo + the mass to u holds
/// the token. Eight shuffles (the scan's five, the exclusive shift, the chunk's total, the
/// token) and a ballot a chunk, where folding the chunk in every lane took a shuffle and a
/// dependent step an element (124 steps at vocab 128256, while 31 warps wait at the barrier).
/// The walk's mass is the unit sums added in a tree, not the owner's running sum in element
/// order, so it can differ from the scan's interval by rounding: a walk that ends short of u
/// takes a second loop for the owner's last candidate (a ballot and clz a chunk).
/// The bounds are the same in every lane (ownerTid is), so the shuffles are converged; the
/// index arithmetic is i32 (a row has at most kMaxSampleVocab elements), one register a
/// value next to the 64-register cap. Returns (token, its value), the same in every lane: the
/// token f32-encoded, -1 and 0 when the owner has no candidate.
SmallVector<Value> SampleEmitter::warpWalk(int64_t width, Value ownerTid, Value lo, Value u,
                                           Value low, Value rowMax) {
  Type i32T = b.getI32Type(), indexT = b.getIndexType(), f32T = b.getF32Type();
  auto toI32 = [&](Value v) { return arith::IndexCastOp::create(b, i32T, v).getResult(); };
  auto toIndex = [&](Value v) { return arith::IndexCastOp::create(b, indexT, v).getResult(); };
  auto lanePick = [&](Value v, Value srcLane) {
    return gpu::ShuffleOp::create(b, v, srcLane, i32(kWarpSize), gpu::ShuffleMode::IDX)
        .getShuffleResult();
  };
  Value units = toI32(b.div(vocab, b.idx(width)));
  Value owner = toI32(ownerTid);
  Value zero = i32(0), one = i32(1), stride = i32(threads), warpSize = i32(kWarpSize);
  Value owns = arith::CmpIOp::create(b, arith::CmpIPredicate::ult, owner, units);
  Value beyond = b.sub(units, owner);
  Value left = b.select(owns, beyond, zero);
  Value count = b.div(b.add(left, i32(threads - 1)), stride);
  Value lastUnit = b.sub(count, one);
  Value lane32 = toI32(lane);
  Value none = b.f32(-1.0), fzero = b.f32(0.0);
  // The mass the walk must reach from the owner's lo (one value live, not two).
  Value need = b.fsub(u, lo);
  // Lane l's unit k = chunk + l of the owner (clamped to the last: every load in bounds), and
  // whether it is one of the owner's.
  struct LaneUnit {
    Value valid, unit, x;
  };
  auto laneUnit = [&](Value chunk) {
    Value k = b.add(chunk, lane32);
    Value valid = arith::CmpIOp::create(b, arith::CmpIPredicate::slt, k, count);
    Value mine = arith::MinSIOp::create(b, k, lastUnit);
    Value unit = b.add(owner, b.mul(mine, stride));
    return LaneUnit{valid, unit, loadUnit(width, toIndex(unit))};
  };
  auto valueAt = [&](Value x, int64_t e) {
    return value(vector::ExtractOp::create(b, x, e).getResult());
  };
  // The token of element e of a lane's unit, from the lane that holds it.
  auto pickToken = [&](Value ballot, Value srcLane, Value unit, Value e) {
    Value tok = arith::SIToFPOp::create(b, f32T, b.add(b.mul(unit, i32(width)), e));
    Value any = arith::CmpIOp::create(b, arith::CmpIPredicate::ne, ballot, zero);
    return b.select(any, lanePick(tok, srcLane), none);
  };
  auto ballotOf = [&](Value pred) {
    return NVVM::VoteSyncOp::create(b, i32T, i32(-1), pred, NVVM::VoteSyncKind::ballot).getResult();
  };
  auto noFlag = b.getIntegerAttr(b.getI1Type(), 0);
  // (mass before the chunk, token)
  SmallVector<Value> init = {fzero, none};
  auto chunks = scf::ForOp::create(
      b, zero, count, warpSize, init, [&](OpBuilder &, Location, Value chunk, ValueRange acc) {
        LaneUnit lu = laneUnit(chunk);
        Value mass = fzero;
        for (int64_t e = 0; e < width; ++e)
          mass = b.fadd(mass, weightAbove(valueAt(lu.x, e), low, rowMax));
        mass = b.select(lu.valid, mass, fzero);
        Value incl = mass;
        for (int32_t d = 1; d < kWarpSize; d *= 2) {
          Value up = gpu::ShuffleOp::create(b, incl, d, kWarpSize, gpu::ShuffleMode::UP)
                         .getShuffleResult();
          Value noSource = arith::CmpIOp::create(b, arith::CmpIPredicate::ult, lane32, i32(d));
          incl = b.select(noSource, incl, b.fadd(incl, up));
        }
        Value prev =
            gpu::ShuffleOp::create(b, incl, 1, kWarpSize, gpu::ShuffleMode::UP).getShuffleResult();
        Value firstLane = arith::CmpIOp::create(b, arith::CmpIPredicate::eq, lane32, zero);
        Value excl = b.select(firstLane, fzero, prev);
        Value chunkTotal = lanePick(incl, i32(kWarpSize - 1));
        // This lane's unit walked from the mass before it: its first element that is a
        // candidate and reaches u (-1: none).
        Value c = b.fadd(acc[0], excl);
        Value hitE = i32(-1);
        for (int64_t e = 0; e < width; ++e) {
          Value v = valueAt(lu.x, e);
          c = b.fadd(c, weightAbove(v, low, rowMax));
          Value cand = cmpF(arith::CmpFPredicate::OGT, v, low);
          Value fresh = arith::CmpIOp::create(b, arith::CmpIPredicate::slt, hitE, zero);
          Value reached = cmpF(arith::CmpFPredicate::OGE, c, need);
          hitE = b.select(andI(andI(fresh, cand), reached), i32(e), hitE);
        }
        // A lane past the owner's last unit (it loaded that unit again) takes no part; the
        // first lane with a hit holds the token.
        Value hasHit =
            andI(lu.valid, arith::CmpIOp::create(b, arith::CmpIPredicate::sge, hitE, zero));
        Value ballot = ballotOf(hasHit);
        Value src = LLVM::CountTrailingZerosOp::create(b, i32T, ballot, noFlag);
        src = arith::MinSIOp::create(b, src, i32(kWarpSize - 1));
        Value chunkTok = pickToken(ballot, src, lu.unit, hitE);
        Value earlier = cmpF(arith::CmpFPredicate::OGE, acc[1], fzero);
        scf::YieldOp::create(
            b, ValueRange{b.fadd(acc[0], chunkTotal), b.select(earlier, acc[1], chunkTok)});
      });
  Value token = chunks.getResult(1);
  // Rounding left the walk short of u (rare): the owner's last candidate.
  Value missing = cmpF(arith::CmpFPredicate::OLT, token, fzero);
  auto fallback = scf::IfOp::create(b, f32T, missing, /*withElse=*/true);
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(fallback.thenBlock());
    auto last = scf::ForOp::create(
        b, zero, count, warpSize, ValueRange{none},
        [&](OpBuilder &, Location, Value chunk, ValueRange acc) {
          LaneUnit lu = laneUnit(chunk);
          Value candE = i32(-1);
          for (int64_t e = 0; e < width; ++e) {
            Value cand = cmpF(arith::CmpFPredicate::OGT, valueAt(lu.x, e), low);
            candE = b.select(cand, i32(e), candE);
          }
          Value hasCand =
              andI(lu.valid, arith::CmpIOp::create(b, arith::CmpIPredicate::sge, candE, zero));
          Value ballot = ballotOf(hasCand);
          Value leading = LLVM::CountLeadingZerosOp::create(b, i32T, ballot, noFlag);
          Value src = arith::MaxSIOp::create(b, b.sub(i32(kWarpSize - 1), leading), zero);
          Value chunkTok = pickToken(ballot, src, lu.unit, candE);
          Value any = arith::CmpIOp::create(b, arith::CmpIPredicate::ne, ballot, zero);
          scf::YieldOp::create(b, ValueRange{b.select(any, chunkTok, acc[0])});
        });
    scf::YieldOp::create(b, last.getResults());
    b.setInsertionPointToStart(fallback.elseBlock());
    scf::YieldOp::create(b, token);
  }
  token = fallback.getResult(0);
  // The token's value, loaded once more (in L1 or L2 by now) rather than carried; 0 where the
  // owner has no candidate at all.
  Value has = cmpF(arith::CmpFPredicate::OGE, token, fzero);
  Value at = arith::FPToSIOp::create(b, i32T, arith::MaxNumFOp::create(b, token, fzero));
  Value x = loadUnit(1, toIndex(at));
  return {token, b.select(has, valueAt(x, 0), fzero)};
}

Value SampleEmitter::warpFold(Value v, Combine kind) {
  for (int32_t offset = kWarpSize / 2; offset >= 1; offset /= 2)
    v = combine(
        kind, v,
        gpu::ShuffleOp::create(b, v, offset, kWarpSize, gpu::ShuffleMode::XOR).getShuffleResult());
  return v;
}

void SampleEmitter::stashWarpValues(ArrayRef<Value> values, ArrayRef<Combine> kinds,
                                    int64_t first) {
  SmallVector<Value> warpValues;
  for (auto [value, kind] : llvm::zip_equal(values, kinds))
    warpValues.push_back(warpFold(value, kind));
  auto leader = scf::IfOp::create(b, b.eqIdx(lane, b.idx(0)), false);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(leader.thenBlock());
  for (auto [k, v] : llvm::enumerate(warpValues))
    memref::StoreOp::create(b, v, scratch,
                            ValueRange{b.idx(first + static_cast<int64_t>(k)), warp});
}

/// Every thread gets combine(values over the CTA): a butterfly over the warp, the warp results
/// to shared memory, then every warp folds them by the same butterfly (the same bits in every
/// thread).
SmallVector<Value> SampleEmitter::blockReduce(ArrayRef<Value> values, ArrayRef<Combine> kinds) {
  stashWarpValues(values, kinds);
  barrier();
  SmallVector<Value> results = foldWarpValues(kinds, 0);
  barrier(); // the scratch is free again
  return results;
}

/// The second step: lane l of every warp takes warp l's value (scratch[first + k][l]) and the
/// warp folds them by the same butterfly: one load and five shuffles a value (a fold over the
/// warps in every thread kept up to 32 loaded values a value live at once, which at the
/// 64-register cap spilled).
SmallVector<Value> SampleEmitter::foldWarpValues(ArrayRef<Combine> kinds, int64_t first) {
  SmallVector<Value> results;
  if (kinds.empty()) // a scan without extras: no index ops left dead
    return results;
  Value haveWarp = b.ult(lane, b.idx(warps));
  Value fromWarp = b.minIdx(lane, b.idx(warps - 1));
  for (auto [k, kind] : llvm::enumerate(kinds)) {
    Value slot = b.idx(first + static_cast<int64_t>(k));
    Value loaded = memref::LoadOp::create(b, scratch, ValueRange{slot, fromWarp});
    Value identity = kind == Combine::Sum   ? b.f32(0.0)
                     : kind == Combine::Max ? b.negInf()
                                            : b.f32(INFINITY);
    results.push_back(warpFold(b.select(haveWarp, loaded, identity), kind));
  }
  return results;
}

/// Exclusive scan of the threads' s in thread order: (lo, hi, total) with lo_t = sum_{t' < t}
/// s_t', and hi_t bit-for-bit the lo of thread t + 1 (hi of the last thread = total), so the
/// intervals (lo_t, hi_t] tile (0, total] without gaps or overlaps:
///   incl  = inclusive warp scan (shfl.sync.up by 1, 2, 4, 8, 16)
///   excl  = incl of the previous lane (0 on lane 0)
///   P_w   = T_0 + T_1 + ... + T_{w-1}, folded in this order by every thread (T_w: warp
///           totals, the incl of lane 31)
///   lo    = P_warp + excl, hi = P_warp + incl (= P_{warp+1} on lane 31).
/// The extras' warp results go to scratch[1 + k][warp] before the same barrier, and are folded
/// as in blockReduce.
SampleEmitter::BlockScan SampleEmitter::blockScan(Value s, ArrayRef<Value> extras,
                                                  ArrayRef<Combine> kinds) {
  Value incl = s;
  for (int32_t d = 1; d < kWarpSize; d *= 2) {
    Value up =
        gpu::ShuffleOp::create(b, incl, d, kWarpSize, gpu::ShuffleMode::UP).getShuffleResult();
    Value noSource = b.ult(lane, b.idx(d));
    incl = b.select(noSource, incl, b.fadd(incl, up));
  }
  Value prev =
      gpu::ShuffleOp::create(b, incl, 1, kWarpSize, gpu::ShuffleMode::UP).getShuffleResult();
  Value firstLane = b.eqIdx(lane, b.idx(0));
  Value excl = b.select(firstLane, b.f32(0.0), prev);
  {
    auto last = scf::IfOp::create(b, b.eqIdx(lane, b.idx(kWarpSize - 1)), false);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(last.thenBlock());
    memref::StoreOp::create(b, incl, scratch, ValueRange{b.idx(0), warp});
  }
  if (!extras.empty())
    stashWarpValues(extras, kinds, 1);
  barrier();
  SmallVector<Value> folded = foldWarpValues(kinds, 1);
  // (P, prefix): P runs over all warps, prefix keeps P_warp.
  Value zero = b.f32(0.0);
  Value from = b.idx(0), to = b.idx(warps);
  // The warp index compared in i32 through an opaque move: LLVM would otherwise widen the 32
  // compares to 64 bits, the index in two registers through the scan (with the owner's walk,
  // one register more than some kernels have under the 64-register cap).
  Value warp32 = opaqueCopy(b, b.getLoc(), arith::IndexCastOp::create(b, b.getI32Type(), warp));
  auto loop = scf::ForOp::create(b, from, to, b.idx(1), ValueRange{zero, zero});
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    Value w = loop.getInductionVar();
    Value acc = loop.getRegionIterArg(0);
    Value w32 = arith::IndexCastOp::create(b, b.getI32Type(), w);
    Value prefix = b.select(arith::CmpIOp::create(b, arith::CmpIPredicate::eq, w32, warp32), acc,
                            loop.getRegionIterArg(1));
    Value total = memref::LoadOp::create(b, scratch, ValueRange{b.idx(0), w});
    scf::YieldOp::create(b, ValueRange{b.fadd(acc, total), prefix});
  }
  barrier();
  Value prefix = loop.getResult(1);
  Value lo = b.fadd(prefix, excl);
  Value hi = b.fadd(prefix, incl);
  return {lo, hi, loop.getResult(0), folded};
}

/// r in (0, 1] from Philox4x32-10 (Salmon et al., SC'11): counter (round, row, offset_lo,
/// offset_hi), key (seed_lo, seed_hi); per round
///   (hi0, lo0) = M0 * c0, (hi1, lo1) = M1 * c2 (32 x 32 -> 64-bit products)
///   c = (hi1 ^ c1 ^ k0, lo1, hi0 ^ c3 ^ k1, lo0); k += (W0, W1)
/// and r = ((c0 >> 8) + 1) * 2^-24 from the first output word.
Value SampleEmitter::philoxUniform(Value round, Value seed, Value offset) {
  Type i32T = b.getI32Type(), i64T = b.getI64Type();
  auto lo32 = [&](Value v) { return arith::TruncIOp::create(b, i32T, v).getResult(); };
  auto hi32 = [&](Value v) {
    return lo32(arith::ShRUIOp::create(b, v, arith::ConstantIntOp::create(b, i64T, 32)));
  };
  Value c[4] = {round, arith::IndexCastOp::create(b, i32T, row), lo32(offset), hi32(offset)};
  Value k[2] = {lo32(seed), hi32(seed)};
  auto u32 = [&](uint32_t v) { return i32(static_cast<int32_t>(v)); };
  Value m0 = u32(0xD2511F53u), m1 = u32(0xCD9E8D57u);
  Value w0 = u32(0x9E3779B9u), w1 = u32(0xBB67AE85u);
  for (int i = 0; i < 10; ++i) {
    if (i > 0) {
      k[0] = arith::AddIOp::create(b, k[0], w0);
      k[1] = arith::AddIOp::create(b, k[1], w1);
    }
    auto p0 = arith::MulUIExtendedOp::create(b, m0, c[0]);
    auto p1 = arith::MulUIExtendedOp::create(b, m1, c[2]);
    Value x1 = arith::XOrIOp::create(b, p1.getHigh(), c[1]);
    Value x3 = arith::XOrIOp::create(b, p0.getHigh(), c[3]);
    c[0] = arith::XOrIOp::create(b, x1, k[0]);
    c[1] = p1.getLow();
    c[2] = arith::XOrIOp::create(b, x3, k[1]);
    c[3] = p0.getLow();
  }
  Value bits = arith::ShRUIOp::create(b, c[0], i32(8));
  Value f = arith::UIToFPOp::create(b, b.getF32Type(), bits);
  Value f1 = b.fadd(f, b.f32(1.0));
  return b.fmul(f1, b.f32(1.0 / 16777216.0));
}

/// scanRow: one CTA's blockScan, or in a cluster the CTAs' totals (and extras) pushed to every
/// CTA and folded in rank order (see SampleCluster.cpp).
SampleEmitter::RowScan SampleEmitter::scanRow(Value s, ArrayRef<Value> extras,
                                              ArrayRef<Combine> kinds, bool last) {
  BlockScan scan = blockScan(s, extras, kinds);
  if (cluster == 1)
    return {scan.lo, scan.hi, scan.total, Value(), scan.total, scan.extras};
  SmallVector<Value> values = {scan.total};
  llvm::append_range(values, scan.extras);
  clusterPush(values);
  // P_rank and Q: the CTAs' totals folded in rank order; the extras by their combines.
  Value total = b.f32(0.0), prefix = total;
  SmallVector<Value> folded;
  for (int64_t r = 0; r < cluster; ++r) {
    Value isMine = b.eqIdx(rank, b.idx(r));
    prefix = b.select(isMine, total, prefix);
    Value q = pushed(r, 0);
    total = b.fadd(total, q);
    for (auto [k, kind] : llvm::enumerate(kinds)) {
      Value x = pushed(r, 1 + static_cast<int64_t>(k));
      if (r == 0)
        folded.push_back(x);
      else
        folded[k] = combine(kind, folded[k], x);
    }
  }
  // The exchange buffer is read. Its release orders the reads before the next push into it;
  // with none to follow (`last`), the arrive only pairs with the final wait.
  if (last)
    clusterArriveRelaxed();
  else
    clusterArrive();
  Value from = b.fadd(prefix, scan.lo);
  Value to = b.fadd(prefix, scan.hi);
  return {from, to, total, prefix, scan.total, folded};
}

SampleEmitter::RowScan SampleEmitter::scanAtDraw(Value s) {
  assert(!fuseScans() && "a cluster's draw takes the scan of an earlier step");
  {
    auto first = scf::IfOp::create(b, b.eqIdx(tid, b.idx(0)), false);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(first.thenBlock());
    Value none = b.f32(-1.0);
    memref::StoreOp::create(b, none, slots, ValueRange{b.idx(0)});
  }
  return scanRow(s);
}

/// One draw of a round from the scan of the threads' candidate mass s_t = sum{w_j : v_j > low,
/// j owned}: the token i (f32-encoded index, -1 when none) with probability
/// w_i / sum{w_j : v_j > low}, and its value v_i. The threads' intervals tile (0, Q] bit for
/// bit (so do the CTAs' in a cluster), so the thread whose interval holds u = r * Q walks its
/// elements; none does only when u is outside (0, Q] (an empty row, u rounded to 0): the
/// draw is then `missing`, the same in every thread of the row. In a cluster without `share`
/// only the holder CTA (the one whose interval holds u; rank 0 when none does) has the token;
/// with `share` the holder pushes it to every CTA (the rounds of a filter test it).
SampleEmitter::Drawn SampleEmitter::draw(const RowScan &scan, Value low, Value rowMax, Value round,
                                         Value seed, Value offset, bool share) {
  using P = arith::CmpFPredicate;
  Value u = b.fmul(philoxUniform(round, seed, offset), scan.total);
  auto [slotToken, slotValue] = ownerDraw(scan.from, scan.to, u, low, rowMax);
  if (!fuseScans()) {
    // The slot was reset before the scan (scanAtDraw): -1 is left where no owner walked.
    Value missing = cmpF(P::OLT, slotToken, b.f32(0.0));
    Value holder = arith::ConstantIntOp::create(b, b.getI1Type(), 1);
    return {slotToken, slotValue, missing, holder};
  }
  // The scan is an earlier step's (the prologue's, the last round's test), with no reset of
  // the slots before it: they hold this draw's token only in the CTA whose interval
  // (P_r, P_r + Q_r] holds u.
  Value zero = b.f32(0.0), none = b.f32(-1.0);
  // One op per statement (the order of ops built in one argument list is unspecified).
  Value positive = cmpF(P::OLT, zero, u);
  Value belowTotal = cmpF(P::OLE, u, scan.total);
  Value inRow = andI(positive, belowTotal);
  Value missing =
      arith::XOrIOp::create(b, inRow, arith::ConstantIntOp::create(b, b.getI1Type(), 1));
  Value end = b.fadd(scan.prefix, scan.mine); // P_r + Q_r: P_{r+1} bit for bit
  Value after = cmpF(P::OLT, scan.prefix, u);
  Value upTo = cmpF(P::OLE, u, end);
  Value holds = andI(after, upTo);
  Value token = b.select(holds, slotToken, none);
  Value tokenValue = b.select(holds, slotValue, zero);
  Value firstRank = b.eqIdx(rank, b.idx(0));
  if (!share)
    return {token, tokenValue, missing, b.select(missing, firstRank, holds)};
  clusterPush({token, tokenValue});
  // The holder's token (one rank at most).
  Value found = none, foundValue = zero;
  for (int64_t r = 0; r < cluster; ++r) {
    Value t = pushed(r, 0);
    Value v = pushed(r, 1);
    Value has = cmpF(P::OGE, t, zero);
    found = b.select(has, t, found);
    foundValue = b.select(has, v, foundValue);
  }
  clusterArrive();
  return {found, foundValue, missing, firstRank};
}

std::pair<Value, Value> SampleEmitter::ownerDraw(Value from, Value to, Value u, Value low,
                                                 Value rowMax) {
  Value aboveLo = cmpF(arith::CmpFPredicate::OLT, from, u);
  Value belowHi = cmpF(arith::CmpFPredicate::OLE, u, to);
  Value owner = andI(aboveLo, belowHi);
  if (cluster > 1) { // the slice is in shared memory: the owner walks it alone
    auto ifOwner = scf::IfOp::create(b, owner, false);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifOwner.thenBlock());
    ownerWalk(from, u, low, rowMax);
  } else {
    // The owner's warp walks its global-memory units together (warpWalk): the ballot
    // names the owner lane (the intervals tile (0, Q], so one at most), whose lo every lane
    // takes.
    Type i32T = b.getI32Type();
    Value ballot = NVVM::VoteSyncOp::create(b, i32T, i32(-1), owner, NVVM::VoteSyncKind::ballot);
    Value hasOwner = arith::CmpIOp::create(b, arith::CmpIPredicate::ne, ballot, i32(0));
    auto ifWarp = scf::IfOp::create(b, hasOwner, false);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifWarp.thenBlock());
    Value ownerLane =
        LLVM::CountTrailingZerosOp::create(b, i32T, ballot, b.getIntegerAttr(b.getI1Type(), 0));
    Value ownerFrom =
        gpu::ShuffleOp::create(b, from, ownerLane, i32(kWarpSize), gpu::ShuffleMode::IDX)
            .getShuffleResult();
    Value laneIdx = arith::IndexCastOp::create(b, b.getIndexType(), ownerLane);
    Value ownerTid = b.add(b.mul(warp, b.idx(kWarpSize)), laneIdx);
    ownerWalk(ownerFrom, u, low, rowMax, ownerTid, b.eqIdx(lane, laneIdx));
  }
  barrier();
  Value token = memref::LoadOp::create(b, slots, ValueRange{b.idx(0)});
  Value second = memref::LoadOp::create(b, slots, ValueRange{b.idx(1)});
  return {token, second};
}

/// The owner's share of a draw, written to slots[0], slots[1] (the token f32-encoded, and its
/// value). With ownerTid, the lanes of the owner's warp walk its units together (warpWalk)
/// and the owner lane writes. Without (the owner thread alone, over a cluster's slice in
/// shared memory), the walk takes the pass's running sum c (same additions, same bits as the
/// owner's s_t): the token is the first candidate with lo + c >= u; if rounding leaves none,
/// the last candidate.
void SampleEmitter::ownerWalk(Value lo, Value u, Value low, Value rowMax, Value ownerTid,
                              Value isOwnerLane) {
  Type f32T = b.getF32Type();
  Value token, tokenValue;
  if (ownerTid) {
    SmallVector<Value> r = byUnitWidth(TypeRange{f32T, f32T}, [&](int64_t width) {
      return warpWalk(width, ownerTid, lo, u, low, rowMax);
    });
    token = r[0];
    tokenValue = r[1];
  } else {
    Value none = b.f32(-1.0);
    SmallVector<Value> init = {b.f32(0.0), none, b.f32(0.0), none, b.f32(0.0)};
    SmallVector<Value> r = rowPass(init, [&](Value j, Value x, ValueRange acc) {
      Value v = value(x);
      Value c = b.fadd(acc[0], weightAbove(v, low, rowMax));
      Value cand = cmpF(arith::CmpFPredicate::OGT, v, low);
      Value fresh = cmpF(arith::CmpFPredicate::OLT, acc[1], b.f32(0.0));
      Value freshCand = andI(fresh, cand);
      Value upTo = b.fadd(lo, c);
      Value reached = cmpF(arith::CmpFPredicate::OGE, upTo, u);
      Value hit = andI(freshCand, reached);
      Value jf = idxToF32(j);
      return SmallVector<Value>{c, b.select(hit, jf, acc[1]), b.select(hit, v, acc[2]),
                                b.select(cand, jf, acc[3]), b.select(cand, v, acc[4])};
    });
    Value found = cmpF(arith::CmpFPredicate::OGE, r[1], b.f32(0.0));
    token = b.select(found, r[1], r[3]);
    tokenValue = b.select(found, r[2], r[4]);
  }
  std::optional<OpBuilder::InsertionGuard> guard;
  if (isOwnerLane) { // every lane holds the result; the owner lane writes it
    auto ifLane = scf::IfOp::create(b, isOwnerLane, false);
    guard.emplace(b);
    b.setInsertionPointToStart(ifLane.thenBlock());
  }
  memref::StoreOp::create(b, token, slots, ValueRange{b.idx(0)});
  memref::StoreOp::create(b, tokenValue, slots, ValueRange{b.idx(1)});
}

namespace {
FilterTests filterTests(SampleOp op) {
  FilterTests t;
  t.testK = op.filtersTopK();
  t.testP = op.filtersTopP();
  t.testMin = op.filtersMinP();
  return t;
}

Filters loadFilters(SampleEmitter &e, Value rowMax) {
  KernelBuilder &b = e.b;
  SamplingAttr s = e.op.getSampling();
  Filters f;
  static_cast<FilterTests &>(f) = filterTests(e.op);
  auto perRow = [&](Value operand) {
    return memref::LoadOp::create(b, operand, ValueRange{e.row}).getResult();
  };
  f.k = e.op.getTopK() ? arith::SIToFPOp::create(b, b.getF32Type(), perRow(e.op.getTopK()))
                       : b.f32(static_cast<double>(s.getTopK()));
  f.p = e.op.getTopP() ? perRow(e.op.getTopP()) : b.f32(s.getTopP().convertToDouble());
  Value m = e.op.getMinP() ? perRow(e.op.getMinP()) : b.f32(s.getMinP().convertToDouble());
  // probs: v >= m * max v; logits: x >= M + ln(m) (m = 0 gives -inf: no bound).
  f.minValue = e.logits ? b.fadd(rowMax, math::LogOp::create(b, m).getResult()) : b.fmul(m, rowMax);
  return f;
}

/// Whether the drawn token (value `pivot`, with cnt = #{v > pivot}, mass = sum{w : v > pivot})
/// survives: ((k <= 0 or cnt < k) and (p >= 1 or mass < p * W) and pivot >= the min-p bound)
/// or cnt = 0.
Value survives(SampleEmitter &e, const Filters &f, Value pivot, Value cnt, Value mass,
               Value total) {
  KernelBuilder &b = e.b;
  Value ok = arith::ConstantIntOp::create(b, b.getI1Type(), 1);
  using P = arith::CmpFPredicate;
  if (f.testK) {
    Value zero = b.f32(0.0);
    Value noK = e.cmpF(P::OLE, f.k, zero);
    Value fewer = e.cmpF(P::OLT, cnt, f.k);
    ok = e.andI(ok, arith::OrIOp::create(b, noK, fewer));
  }
  if (f.testP) {
    Value one = b.f32(1.0);
    Value allP = e.cmpF(P::OGE, f.p, one);
    Value bound = b.fmul(f.p, total);
    Value lighter = e.cmpF(P::OLT, mass, bound);
    ok = e.andI(ok, arith::OrIOp::create(b, allP, lighter));
  }
  if (f.testMin)
    ok = e.andI(ok, e.cmpF(P::OGE, pivot, f.minValue));
  // The heaviest tokens (nothing above them) always survive, whatever a per-row threshold
  // holds (p <= 0 or NaN): the loop then ends at the latest on them.
  return arith::OrIOp::create(b, ok, e.cmpF(P::OEQ, cnt, b.f32(0.0)));
}
} // namespace

/// advance_offset (when `advance` is non-zero): seed_offset[1] += 1 once every CTA has read
/// the pair. After a barrier (every thread of the CTA has its seed and offset), thread 0
/// counts the CTA in seed_offset[2] with an atomic add after a membar.gl (PTX's atom is
/// relaxed). The count's old value is needed only by finishAdvance after the kernel's first
/// pass over the row, so the atomic's round trip overlaps that pass instead of holding the
/// CTA's next barrier. The CTA goes on with the pair it read.
SampleEmitter::PendingAdvance SampleEmitter::advanceOffset(Value seedOffset, Value advance,
                                                           Value offset) {
  if (!advance)
    return {};
  barrier();
  Value on = arith::CmpIOp::create(b, arith::CmpIPredicate::ne, advance, i32(0));
  Value first = b.eqIdx(tid, b.idx(0));
  Type i32T = b.getI32Type();
  auto counts = scf::IfOp::create(b, TypeRange{i32T}, andI(on, first), /*withElse=*/true);
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(counts.thenBlock());
    // membar.gl before the count (and before finishAdvance's stores): the atomic itself is
    // relaxed in PTX.
    NVVM::MembarOp::create(b, NVVM::MemScopeKind::GPU);
    // The count in the low 32 bits of seed_offset[2] (little-endian; a grid has fewer than
    // 2^31 CTAs), so that its old value holds one register until finishAdvance.
    MLIRContext *ctx = b.getContext();
    Value base = memref::ExtractAlignedPointerAsIndexOp::create(b, seedOffset);
    Value countAddr = b.add(base, b.idx(2 * sizeof(int64_t)));
    Value countAddr64 = arith::IndexCastOp::create(b, b.getI64Type(), countAddr);
    auto globalPtr =
        LLVM::LLVMPointerType::get(ctx, static_cast<unsigned>(NVVM::NVVMMemorySpace::Global));
    Value ptr = LLVM::IntToPtrOp::create(b, globalPtr, countAddr64);
    Value before = LLVM::AtomicRMWOp::create(b, LLVM::AtomicBinOp::add, ptr, i32(1),
                                             LLVM::AtomicOrdering::acq_rel);
    scf::YieldOp::create(b, before);
    b.setInsertionPointToStart(counts.elseBlock());
    scf::YieldOp::create(b, i32(-1));
  }
  return {seedOffset, offset, counts.getResult(0)};
}

/// The end of advance_offset (thread 0, once the count has returned): the CTA whose count brought
/// it to rowCtas (the CTAs of the rows in range: the runtime's whole grid) resets it to 0 and
/// stores offset + 1. The fences and the count's atomics order every CTA's reads of the pair before
/// those stores, and the next kernel in the stream sees them.
void SampleEmitter::finishAdvance(const PendingAdvance &pending) {
  if (!pending.seedOffset)
    return;
  Type i64T = b.getI64Type();
  Value one = arith::ConstantIntOp::create(b, i64T, 1);
  Value ctas = arith::IndexCastUIOp::create(b, b.getI32Type(), rowCtas);
  Value lastCount = arith::SubIOp::create(b, ctas, i32(1));
  Value last = arith::CmpIOp::create(b, arith::CmpIPredicate::eq, pending.before, lastCount);
  auto advances = scf::IfOp::create(b, last, /*withElse=*/false);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(advances.thenBlock());
  NVVM::MembarOp::create(b, NVVM::MemScopeKind::GPU);
  Value zero = arith::ConstantIntOp::create(b, i64T, 0);
  memref::StoreOp::create(b, zero, pending.seedOffset, b.idx(2));
  Value next = arith::AddIOp::create(b, pending.offset, one);
  memref::StoreOp::create(b, next, pending.seedOffset, b.idx(1));
}

/// attn.sample's draw (see the file comment): the prologue pass and the row's M and W, the
/// first draw's candidates, then the token of one draw (nothing to test) or of the rejection
/// rounds, written by one thread.
void SampleEmitter::emitSample() {
  using P = arith::CmpFPredicate;
  SampleRow s;
  s.c0 = b.idx(0);
  Value c1 = b.idx(1);
  s.seed = memref::LoadOp::create(b, op.getSeedOffset(), ValueRange{s.c0});
  s.offset = memref::LoadOp::create(b, op.getSeedOffset(), ValueRange{c1});
  PendingAdvance pending = advanceOffset(op.getSeedOffset(), op.getAdvanceOffset(), s.offset);
  s.none = b.f32(-1.0);
  s.zero = b.f32(0.0);
  SmallVector<Value> prologue = prologuePass(s.none, s.zero);
  reduceRowMass(s, prologue);
  // The count's round trip overlapped the prologue pass; nothing of it stays live through the
  // draw.
  finishAdvance(pending);
  s.filters = loadFilters(*this, s.rowMax);
  Value weighted = cmpF(P::OGT, s.total, s.zero);
  s.empty = arith::XOrIOp::create(b, weighted, arith::ConstantIntOp::create(b, b.getI1Type(), 1));
  s.notEmpty = arith::XOrIOp::create(b, s.empty, arith::ConstantIntOp::create(b, b.getI1Type(), 1));
  firstCandidates(s);
  Value token, holder;
  if (!s.filters.any()) {
    std::tie(token, holder) = drawOnce(s);
  } else {
    token = drawRounds(s);
    // Every CTA of the cluster holds the token; rank 0 writes it.
    holder = cluster > 1 ? b.eqIdx(rank, s.c0) : arith::ConstantIntOp::create(b, b.getI1Type(), 1);
  }
  writeToken(token, holder, s.c0);
}

/// Prologue pass: the thread's max value (first index of it in its order) and, for probs, its
/// mass, as (max, its index, mass); with the bins, the thread's column of them too. The least
/// index holding M (the heaviest token) is only the fallback of a draw that found no owner, so
/// it is reduced only then (heaviestIf).
SmallVector<Value> SampleEmitter::prologuePass(Value none, Value zero) {
  using P = arith::CmpFPredicate;
  if (massBins)
    zeroMassBins();
  // The row's loads run ahead of their bodies (unitLoop's prefetch), kPrologueLoadBatch units
  // a thread at a time.
  llvm::SaveAndRestore<bool> ahead(prefetch, true);
  llvm::SaveAndRestore<int64_t> batch(loadBatch, kPrologueLoadBatch);
  return rowPass({b.negInf(), none, zero}, [&](Value j, Value x, ValueRange a) {
    Value v = value(x);
    if (massBins)
      addToMassBin(v);
    Value better = cmpF(P::OGT, v, a[0]);
    return SmallVector<Value>{b.select(better, v, a[0]), b.select(better, idxToF32(j), a[1]),
                              logits ? a[2] : b.fadd(a[2], v)};
  });
}

/// M = max over the CTA (for probs in the same reduction as the mass) and W, the threads' mass
/// summed over the row. With fuseScans the reduction is the first draw's scan; else the draw
/// scans where it draws.
void SampleEmitter::reduceRowMass(SampleRow &s, ArrayRef<Value> prologue) {
  SmallVector<Value> alongside;
  SmallVector<Combine> kinds;
  if (logits) {
    s.rowMax = rowReduce({prologue[0]}, {Combine::Max})[0];
    // W = sum_j 2^((x_j - M) log2 e): the softmax denominator, in the weights' units.
    s.mine = rowPass({s.zero}, [&](Value, Value x, ValueRange a) {
      return SmallVector<Value>{b.fadd(a[0], weightAbove(x, b.negInf(), s.rowMax))};
    })[0];
  } else {
    s.mine = prologue[2];
    alongside.push_back(prologue[0]);
    kinds.push_back(Combine::Max);
  }
  // A plain draw (no filter to test) makes no exchange after this scan but the no-owner
  // fallback's.
  bool plainDraw = !filterTests(op).any();
  if (fuseScans()) {
    s.scan = scanRow(s.mine, alongside, kinds, /*last=*/plainDraw);
  } else {
    alongside.push_back(s.mine);
    kinds.push_back(Combine::Sum);
    s.scan.extras = rowReduce(alongside, kinds);
    s.scan.total = s.scan.extras.pop_back_val();
  }
  if (!logits)
    s.rowMax = s.scan.extras[0];
  s.total = s.scan.total;
}

/// The first draw's candidates {v > low0} (low0 = 0 for probs, -inf for logits) and the
/// threads' mass of them; with the bins, those of bins 0..c* (startFromMassBins).
void SampleEmitter::firstCandidates(SampleRow &s) {
  s.low0 = logits ? b.negInf() : s.zero;
  s.firstMass = s.mine;
  if (!massBins)
    return;
  BinnedStart start = startFromMassBins(s.filters, s.total);
  s.low0 = start.low;
  s.firstMass = start.mine;
  s.acceptBins = start.acceptBins;
}

/// Nothing to test: the first draw is the token, and in a cluster only the CTA holding it
/// needs it (no exchange of the token). Returns (token, holder).
std::pair<Value, Value> SampleEmitter::drawOnce(const SampleRow &s) {
  RowScan first = fuseScans() ? s.scan : scanAtDraw(s.mine);
  Drawn d = draw(first, s.low0, s.rowMax, i32(0), s.seed, s.offset, /*share=*/false);
  Value token = b.select(s.empty, s.none,
                         heaviestIf(andI(d.missing, s.notEmpty), d.token, s.rowMax,
                                    /*afterRelaxed=*/cluster > 1 && fuseScans()));
  return {token, d.holder};
}

/// The rejection rounds (see the file comment): while (!done && round < kMaxRounds), the loop
/// carrying (low, the round's mass, round, token, done). With fuseScans the mass is carried
/// scanned, as (from, to, Q, P_r, Q_r): the test's exchange is the next draw's. Else the loop
/// carries the threads' S_t and scans it in the round (fewer values live through the rounds at
/// the 64 registers of a 1024-thread CTA). Returns the token, the same in every CTA of a
/// cluster.
Value SampleEmitter::drawRounds(const SampleRow &s) {
  using P = arith::CmpFPredicate;
  Value no = arith::ConstantIntOp::create(b, b.getI1Type(), 0);
  SmallVector<Value> init = {s.low0};
  if (fuseScans())
    init.append({s.scan.from, s.scan.to, s.scan.total, s.scan.prefix, s.scan.mine});
  else
    init.push_back(s.firstMass);
  int64_t carried = static_cast<int64_t>(init.size());
  init.append({i32(0), s.none, no});
  auto loop = scf::WhileOp::create(b, ValueRange(init).getTypes(), init);
  SmallVector<Location> locs(init.size(), b.getLoc());
  {
    OpBuilder::InsertionGuard guard(b);
    Block *before = b.createBlock(&loop.getBefore(), {}, ValueRange(init).getTypes(), locs);
    Value more = arith::CmpIOp::create(b, arith::CmpIPredicate::slt, before->getArgument(carried),
                                       i32(kMaxRounds));
    Value notDone = arith::XOrIOp::create(b, before->getArgument(carried + 2),
                                          arith::ConstantIntOp::create(b, b.getI1Type(), 1));
    scf::ConditionOp::create(b, andI(more, notDone), before->getArguments());

    Block *after = b.createBlock(&loop.getAfter(), {}, ValueRange(init).getTypes(), locs);
    SmallVector<Value> yielded = rejectionRound(s, after->getArguments(), carried);
    scf::YieldOp::create(b, yielded);
  }
  b.setInsertionPointAfter(loop);
  // Only a round without an owner (or an empty row) ends on -1.
  Value token = loop.getResult(carried + 1);
  Value missing = cmpF(P::OLT, token, s.zero);
  return heaviestIf(andI(missing, s.notEmpty), token, s.rowMax, /*afterRelaxed=*/false);
}

/// One round (the loop's after block, `args` its arguments, the round at `carried`): draw a
/// token from {v > low}, test it, and return what the round yields: low = the token's value
/// and the next round's mass, round + 1, the token (-1 for an empty row) and done.
SmallVector<Value> SampleEmitter::rejectionRound(const SampleRow &s, ValueRange args,
                                                 int64_t carried) {
  Value low = args[0];
  Value round = args[carried];
  RowScan current =
      fuseScans() ? RowScan{args[1], args[2], args[3], args[4], args[5], {}} : scanAtDraw(args[1]);
  // A draw without an owner tests M: nothing lies above it, so the round is the last.
  Drawn d = draw(current, low, s.rowMax, round, s.seed, s.offset);
  Value pivot = b.select(d.missing, s.rowMax, d.value);
  Tested tested = testDrawn(s, pivot, d.missing, args[1]);
  SmallVector<Value> yielded = {pivot};
  yielded.append(tested.next);
  Value nextRound = arith::AddIOp::create(b, round, i32(1));
  Value keep = b.select(s.empty, s.none, d.token);
  Value done = arith::OrIOp::create(b, tested.accept, s.empty);
  yielded.append({nextRound, keep, done});
  return yielded;
}

/// Whether the drawn token (value `pivot`; `missing`: the draw found no owner) survives, by
/// cnt = #{v > pivot} and mass = sum{w : v > pivot} (testPass); the threads' shares of mass
/// are their S_t of the next round (low = pivot), with fuseScans scanned here with cnt
/// alongside: mass is the next round's Q. `mass`: the round's own, carried on where the test
/// is skipped.
SampleEmitter::Tested SampleEmitter::testDrawn(const SampleRow &s, Value pivot, Value missing,
                                               Value mass) {
  if (fuseScans()) {
    SmallVector<Value> agg = testPass(pivot, s.rowMax, s.zero);
    RowScan next = scanRow(agg[0], {agg[1]}, {Combine::Sum});
    Value accept = survives(*this, s.filters, pivot, next.extras[0], next.total, s.total);
    return {accept, {next.from, next.to, next.total, next.prefix, next.mine}};
  }
  // With the bins a token's survival is often known without the pass (survivesUntested).
  bool earlyAccept = static_cast<bool>(massBins);
  if (earlyAccept)
    return testUnlessAccepted(s, pivot, missing, mass);
  SmallVector<Value> agg = testPass(pivot, s.rowMax, s.zero);
  SmallVector<Value> sums = rowReduce(agg, {Combine::Sum, Combine::Sum});
  Value accept = survives(*this, s.filters, pivot, sums[1], sums[0], s.total);
  return {accept, {agg[0]}};
}

/// The same branch in every thread (the draw is the CTA's): the pass only where the token's
/// survival is not known without it. An accepted round ends the loop, so the mass it carries
/// on is never read.
SampleEmitter::Tested SampleEmitter::testUnlessAccepted(const SampleRow &s, Value pivot,
                                                        Value missing, Value mass) {
  Value untested = survivesUntested(s, pivot, missing);
  Type i1T = b.getI1Type();
  auto test = scf::IfOp::create(b, TypeRange{i1T, b.getF32Type()}, untested,
                                /*withElse=*/true);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(test.thenBlock());
  Value yes = arith::ConstantIntOp::create(b, i1T, 1);
  scf::YieldOp::create(b, ValueRange{yes, mass});
  b.setInsertionPointToStart(test.elseBlock());
  SmallVector<Value> agg = testPass(pivot, s.rowMax, s.zero);
  SmallVector<Value> sums = rowReduce(agg, {Combine::Sum, Combine::Sum});
  Value tested = survives(*this, s.filters, pivot, sums[1], sums[0], s.total);
  scf::YieldOp::create(b, ValueRange{tested, agg[0]});
  b.setInsertionPointAfter(test);
  return {test.getResult(0), {test.getResult(1)}};
}

/// The test's pass over the row: this thread's (mass, cnt) of its tokens above `pivot`.
SmallVector<Value> SampleEmitter::testPass(Value pivot, Value rowMax, Value zero) {
  using P = arith::CmpFPredicate;
  return rowPass({zero, zero}, [&](Value, Value x, ValueRange a) {
    Value v = value(x);
    Value over = cmpF(P::OGT, v, pivot);
    Value above = b.select(over, b.f32(1.0), zero);
    return SmallVector<Value>{b.fadd(a[0], weightAbove(v, pivot, rowMax)), b.fadd(a[1], above)};
  });
}

/// With the bins (top-k or top-p over probabilities, one CTA a row) a drawn token below
/// acceptBins and above the min-p bound survives with no test pass. (Min-p alone could take
/// its bound the same way; at the 64 registers of a 1024-thread CTA that branch spilled.)
Value SampleEmitter::survivesUntested(const SampleRow &s, Value pivot, Value missing) {
  using P = arith::CmpFPredicate;
  Value yes = arith::ConstantIntOp::create(b, b.getI1Type(), 1);
  Value drawn = arith::XOrIOp::create(b, missing, yes);
  Value ok = drawn;
  if (s.filters.testP || s.filters.testK) {
    Value bin = arith::IndexCastOp::create(b, b.getI32Type(), massBin(pivot));
    Value accepted = arith::CmpIOp::create(b, arith::CmpIPredicate::slt, bin, s.acceptBins);
    ok = andI(ok, accepted);
  }
  if (s.filters.testMin)
    ok = andI(ok, cmpF(P::OGE, pivot, s.filters.minValue));
  return ok;
}

/// A draw without an owner (rounding at the scan's end) takes the heaviest token, which
/// survives every filter: the least index holding M, by another pass over the row only then
/// (nothing of it stays live through the rounds). Its condition is the same in every thread
/// of the row (of the cluster), so the pass's barriers are reached by all or none. Returns
/// that token where `cond` holds, else `token`.
Value SampleEmitter::heaviestIf(Value cond, Value token, Value rowMax, bool afterRelaxed) {
  using P = arith::CmpFPredicate;
  auto fallback = scf::IfOp::create(b, TypeRange{b.getF32Type()}, cond, /*withElse=*/true);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(fallback.thenBlock());
  if (afterRelaxed) {
    // The last exchange's reads were followed by a relaxed arrive: complete its phase and
    // arrive again with release, so that the reduction's push (after its wait) cannot
    // overtake them. Every CTA of the row takes this branch or none does.
    clusterWait();
    clusterArrive();
  }
  Value atMax = rowPass({b.f32(3.0e38)}, [&](Value j, Value x, ValueRange a) {
    Value isMax = cmpF(P::OEQ, value(x), rowMax);
    Value here = b.select(isMax, idxToF32(j), a[0]);
    return SmallVector<Value>{combine(Combine::Min, a[0], here)};
  })[0];
  scf::YieldOp::create(b, rowReduce({atMax}, {Combine::Min})[0]);
  b.setInsertionPointToStart(fallback.elseBlock());
  scf::YieldOp::create(b, token);
  return fallback.getResult(0);
}

/// The write-out: thread 0 of the CTA holding the token stores it to out[row] (as i32).
void SampleEmitter::writeToken(Value token, Value holder, Value c0) {
  auto write = scf::IfOp::create(b, andI(b.eqIdx(tid, c0), holder), false);
  b.setInsertionPointToStart(write.thenBlock());
  Value id = arith::FPToSIOp::create(b, b.getI32Type(), token);
  memref::StoreOp::create(b, id, op.getOut(), ValueRange{row});
}

namespace {
/// Float <-> integer key whose signed order is the float order (-0 below +0, NaN outside
/// every finite or infinite value): i >= 0 ? i : i ^ 0x7fffffff on the bits. Its own inverse.
Value orderedKey(KernelBuilder &b, Value f) {
  Type i32T = b.getI32Type();
  Value i = arith::BitcastOp::create(b, i32T, f);
  Value flipped = arith::XOrIOp::create(b, i, arith::ConstantIntOp::create(b, i32T, 0x7fffffff));
  Value neg = arith::CmpIOp::create(b, arith::CmpIPredicate::slt, i,
                                    arith::ConstantIntOp::create(b, i32T, 0));
  return b.select(neg, flipped, i);
}

Value fromOrderedKey(KernelBuilder &b, Value key) {
  Type i32T = b.getI32Type();
  Value flipped = arith::XOrIOp::create(b, key, arith::ConstantIntOp::create(b, i32T, 0x7fffffff));
  Value neg = arith::CmpIOp::create(b, arith::CmpIPredicate::slt, key,
                                    arith::ConstantIntOp::create(b, i32T, 0));
  return arith::BitcastOp::create(b, b.getF32Type(), b.select(neg, flipped, key));
}
} // namespace

/// The kPivots thresholds a pass of searchThreshold tests, spread over the bracket [lo, hi]
/// in ordered-key space:
///   mid_i = key^-1(key(lo) + floor((key(hi) - key(lo)) * i / (kPivots + 1))), i = 1..kPivots.
SmallVector<Value> SampleEmitter::searchPivots(Value lo, Value hi) {
  Type i64T = b.getI64Type();
  Value keyLo = arith::ExtSIOp::create(b, i64T, orderedKey(b, lo));
  Value span = arith::SubIOp::create(b, arith::ExtSIOp::create(b, i64T, orderedKey(b, hi)), keyLo);
  SmallVector<Value> mids;
  for (int64_t i = 1; i <= kPivots; ++i) {
    Value scaled = arith::MulIOp::create(b, span, arith::ConstantIntOp::create(b, i64T, i));
    Value step =
        arith::DivSIOp::create(b, scaled, arith::ConstantIntOp::create(b, i64T, kPivots + 1));
    Value key = arith::AddIOp::create(b, keyLo, step);
    mids.push_back(fromOrderedKey(b, arith::TruncIOp::create(b, b.getI32Type(), key)));
  }
  return mids;
}

/// One pass of searchThreshold over the row, reduced over it: per pivot mid_i (in this
/// order) cnt(mid_i) = #{v > mid_i}, with top-p mass(mid_i) = sum{w : v > mid_i},
/// below_i = max{v <= mid_i} and above_i = min{v > mid_i}; `zero` starts the sums.
SmallVector<Value> SampleEmitter::searchPass(const Filters &f, ArrayRef<Value> mids, Value rowMax,
                                             Value zero) {
  using P = arith::CmpFPredicate;
  // Accumulators per pivot: cnt, [mass,] below, above.
  int64_t per = f.testP ? 4 : 3;
  SmallVector<Value> init;
  SmallVector<Combine> kinds;
  for (int64_t i = 0; i < kPivots; ++i) {
    init.push_back(zero);
    kinds.push_back(Combine::Sum);
    if (f.testP) {
      init.push_back(zero);
      kinds.push_back(Combine::Sum);
    }
    init.append({b.negInf(), b.f32(INFINITY)});
    kinds.append({Combine::Max, Combine::Min});
  }
  SmallVector<Value> part = rowPass(init, [&](Value, Value x, ValueRange a) {
    Value v = value(x);
    SmallVector<Value> next;
    for (auto [i, mid] : llvm::enumerate(mids)) {
      ValueRange acc = a.slice(i * per, per);
      Value over = cmpF(P::OGT, v, mid);
      next.push_back(b.fadd(acc[0], b.select(over, b.f32(1.0), zero)));
      if (f.testP)
        next.push_back(b.fadd(acc[1], weightAbove(v, mid, rowMax)));
      Value below = acc[per - 2], above = acc[per - 1];
      Value notOver = cmpF(P::OLE, v, mid);
      next.push_back(b.select(notOver, combine(Combine::Max, below, v), below));
      next.push_back(b.select(over, combine(Combine::Min, above, v), above));
    }
    return next;
  });
  return rowReduce(part, kinds);
}

/// The exact top-k / top-p threshold tau: the least token value v with g(v), where
/// g(t) = (cnt(t) < k) and (mass(t) < p * W); the survivors of these filters are then exactly
/// {j : v_j >= tau}. g is monotone and constant between neighbouring token values, so with a
/// bracket of token values [L, H] (g(H) true; every token below L fails; it starts at
/// [lowest, highest], the row's least and greatest value unless the caller knows better), each pass
/// tests kPivots thresholds spread over the bracket in ordered-key space (searchPivots):
///   mid_i = key^-1(key(L) + floor((key(H) - key(L)) * i / (kPivots + 1)))  (L <= mid_i < H)
///   pass: per pivot cnt, mass above mid_i, below_i = max{v <= mid_i}, above_i = min{v > mid_i}
///         (searchPass)
///   H = below_i of the first pivot with g true, L = above_i of the last with g false
/// (no token lies in (below_i, mid_i] or (mid_i, above_i), so g(below_i) = g(mid_i)) until
/// L == H = tau. Both moves are strict and the key range shrinks kPivots + 1 times, so at most
/// ~16 passes for 32-bit keys. The bracket's update stays here: it reads the loop's bracket,
/// the pivots, the pass's results and the filters.
Value SampleEmitter::searchThreshold(const Filters &f, Value lowest, Value highest, Value rowMax,
                                     Value total) {
  using P = arith::CmpFPredicate;
  Filters g = f;
  g.testMin = false;
  Type f32T = b.getF32Type();
  auto loop = scf::WhileOp::create(b, TypeRange{f32T, f32T}, ValueRange{lowest, highest});
  SmallVector<Location> locs(2, b.getLoc());
  OpBuilder::InsertionGuard guard(b);
  Block *before = b.createBlock(&loop.getBefore(), {}, {f32T, f32T}, locs);
  scf::ConditionOp::create(b, cmpF(P::OLT, before->getArgument(0), before->getArgument(1)),
                           before->getArguments());
  Block *after = b.createBlock(&loop.getAfter(), {}, {f32T, f32T}, locs);
  Value lo = after->getArgument(0), hi = after->getArgument(1);
  SmallVector<Value> mids = searchPivots(lo, hi);
  Value zero = b.f32(0.0);
  SmallVector<Value> red = searchPass(f, mids, rowMax, zero);
  int64_t per = f.testP ? 4 : 3;
  // g is monotone in the pivot: walk up for the last failing pivot, down for the first
  // passing one.
  Value newLo = lo, newHi = hi;
  SmallVector<Value> ok;
  for (auto [i, mid] : llvm::enumerate(mids)) {
    Value mass = f.testP ? red[i * per + 1] : zero;
    ok.push_back(survives(*this, g, mid, red[i * per], mass, total));
  }
  for (int64_t i = 0; i < kPivots; ++i)
    newLo = b.select(ok[i], newLo, red[i * per + per - 1]);
  for (int64_t i = kPivots - 1; i >= 0; --i)
    newHi = b.select(ok[i], red[i * per + per - 2], newHi);
  scf::YieldOp::create(b, ValueRange{newLo, newHi});
  b.setInsertionPointAfter(loop);
  return loop.getResult(1);
}

/// The k-th largest of the threads' values (one each, no NaN; k in [1, threads]), the same in
/// every thread: the greatest ordered key X with #{t : key_t >= X} >= k, built from the most
/// significant bit down, one count over the CTA (bar.red.popc) a bit.
Value SampleEmitter::kthLargestOfThreads(Value v, Value k) {
  Type i32T = b.getI32Type();
  Value signBit = i32(static_cast<int32_t>(0x80000000u));
  Value key = arith::XOrIOp::create(b, orderedKey(b, v), signBit); // unsigned order
  Value first = b.idx(0);
  Value bits = b.idx(32);
  Value step = b.idx(1);
  Value none = i32(0);
  auto loop = scf::ForOp::create(b, first, bits, step, ValueRange{none});
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    Value i = arith::IndexCastOp::create(b, i32T, loop.getInductionVar());
    Value top = i32(31);
    Value bit = arith::SubIOp::create(b, top, i);
    Value one = i32(1);
    Value mask = arith::ShLIOp::create(b, one, bit);
    Value x = loop.getRegionIterArg(0);
    Value trial = arith::OrIOp::create(b, x, mask);
    Value atLeast = arith::CmpIOp::create(b, arith::CmpIPredicate::uge, key, trial);
    Value vote = arith::ExtUIOp::create(b, i32T, atLeast);
    Value count =
        NVVM::BarrierOp::create(
            b, i32T, Value(), Value(),
            NVVM::BarrierReductionAttr::get(b.getContext(), NVVM::BarrierReduction::POPC), vote)
            .getResult(0);
    Value enough = arith::CmpIOp::create(b, arith::CmpIPredicate::sge, count, k);
    scf::YieldOp::create(b, b.select(enough, trial, x));
  }
  Value signedKey = arith::XOrIOp::create(b, loop.getResult(0), signBit);
  return fromOrderedKey(b, signedKey);
}

/// The pass of topKThreshold: every token with v >= bound is appended to `candidates` at
/// an atomic count (candidateCount, reset before), those past the buffer's capacity counted
/// only.
void SampleEmitter::collectCandidates(Value bound) {
  using P = arith::CmpFPredicate;
  int64_t capacity = kCandidatesPerThread * threads;
  // One load at a time: batched, this pass makes the kernel spill at 64 registers.
  llvm::SaveAndRestore<int64_t> oneLoad(loadBatch, 1);
  rowPass(ValueRange{}, [&](Value, Value x, ValueRange) {
    Value v = value(x);
    auto take = scf::IfOp::create(b, cmpF(P::OGE, v, bound), false);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(take.thenBlock());
    Value increment = i32(1);
    Value at = memref::AtomicRMWOp::create(b, arith::AtomicRMWKind::addi, increment, candidateCount,
                                           ValueRange{b.idx(0)});
    Value atIndex = arith::IndexCastOp::create(b, b.getIndexType(), at);
    auto fits = scf::IfOp::create(b, b.ult(atIndex, b.idx(capacity)), false);
    b.setInsertionPointToStart(fits.thenBlock());
    memref::StoreOp::create(b, v, candidates, ValueRange{atIndex});
    return SmallVector<Value>{};
  });
}

/// tau = min{c_i : #{c_j > c_i} < k} over the `count` candidates (all of them in the
/// buffer), the same in every thread: each thread ranks candidates tid, tid + threads, ...
/// against all, then the CTA's minimum. `one` is the f32 1 a rank adds.
Value SampleEmitter::candidateThreshold(const Filters &f, Value count, Value one) {
  using P = arith::CmpFPredicate;
  Value none = b.f32(INFINITY);
  auto mine = scf::ForOp::create(b, tid, count, b.idx(threads), ValueRange{none});
  {
    OpBuilder::InsertionGuard inner(b);
    b.setInsertionPointToStart(mine.getBody());
    Value c = memref::LoadOp::create(b, candidates, ValueRange{mine.getInductionVar()});
    Value first = b.idx(0);
    Value step = b.idx(1);
    Value zero = b.f32(0.0);
    auto rank = scf::ForOp::create(b, first, count, step, ValueRange{zero});
    {
      OpBuilder::InsertionGuard rankGuard(b);
      b.setInsertionPointToStart(rank.getBody());
      Value other = memref::LoadOp::create(b, candidates, ValueRange{rank.getInductionVar()});
      Value above = cmpF(P::OGT, other, c);
      Value add = b.select(above, one, zero);
      scf::YieldOp::create(b, b.fadd(rank.getRegionIterArg(0), add));
    }
    Value fewer = cmpF(P::OLT, rank.getResult(0), f.k);
    Value lower = combine(Combine::Min, mine.getRegionIterArg(0), c);
    scf::YieldOp::create(b, b.select(fewer, lower, mine.getRegionIterArg(0)));
  }
  return blockReduce({mine.getResult(0)}, {Combine::Min})[0];
}

/// The top-k threshold tau = min{v_i : cnt(v_i) < k} (the k-th largest value, the same as
/// searchThreshold finds without top-p) for 1 <= k <= threads, in one pass over the row:
///   L = the k-th largest of the threads' maxima (kthLargestOfThreads): k threads hold a token
///       >= L, so at least k tokens are >= L, and tau >= L;
///   pass: every token with v >= L is appended to `candidates` (collectCandidates);
///   every token above tau is >= L, so among the candidates cnt is exact:
///   tau = min{c_i : #{c_j > c_i} < k}, each thread ranking its candidates against all
///   (candidateThreshold).
/// For tokens spread over the threads L sits near the k-th largest token and the candidates
/// number about k. A k outside [1, threads], or more candidates than the buffer holds (ties
/// at L, e.g. a row of equal values), take searchThreshold instead; the branch is uniform.
Value SampleEmitter::topKThreshold(const Filters &f, Value threadMax, Value lowest, Value rowMax,
                                   Value total) {
  using P = arith::CmpFPredicate;
  int64_t capacity = kCandidatesPerThread * threads;
  {
    auto first = scf::IfOp::create(b, b.eqIdx(tid, b.idx(0)), false);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(first.thenBlock());
    Value zeroCount = i32(0);
    memref::StoreOp::create(b, zeroCount, candidateCount, ValueRange{b.idx(0)});
  }
  Value one = b.f32(1.0);
  Value kAtLeastOne = cmpF(P::OGE, f.k, one);
  Value threadsF = b.f32(static_cast<double>(threads));
  Value kAtMostThreads = cmpF(P::OLE, f.k, threadsF);
  Value kInRange = andI(kAtLeastOne, kAtMostThreads);
  Value kClamped = b.select(kInRange, f.k, one);
  Value kCount = arith::FPToSIOp::create(b, b.getI32Type(), kClamped);
  // Its barriers also order the count's reset before the pass's increments.
  Value bound = kthLargestOfThreads(threadMax, kCount);
  collectCandidates(bound);
  barrier();
  Value countI32 = memref::LoadOp::create(b, candidateCount, ValueRange{b.idx(0)});
  Value count = arith::IndexCastOp::create(b, b.getIndexType(), countI32);
  Value fits = b.ult(count, b.idx(capacity + 1));
  Value fast = andI(kInRange, fits);
  auto choice = scf::IfOp::create(b, TypeRange{b.getF32Type()}, fast, /*withElse=*/true);
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(choice.thenBlock());
    Value tau = candidateThreshold(f, count, one);
    scf::YieldOp::create(b, tau);
    b.setInsertionPointToStart(choice.elseBlock());
    scf::YieldOp::create(b, lowest);
  }
  // The fallback is the search over [lowest, rowMax]; where tau is known its bracket starts
  // closed ([tau, tau]) and it runs no pass. (Inside the branch the search spills at the 64
  // registers of a 1024-thread CTA.)
  Value low = choice.getResult(0);
  Value high = b.select(fast, low, rowMax);
  return searchThreshold(f, low, high, rowMax, total);
}

/// Renormalisation and masking: tau = searchThreshold (or -inf without top-k / top-p), a
/// token survives when v >= tau and v >= the min-p bound; then
///   renorm: out_j = survives ? w_j / sum{w : survivors} : 0   (a row without weight: all 0)
///   mask:   out_j = survives ? x_j : -inf.
void SampleEmitter::emitFilter() {
  using P = arith::CmpFPredicate;
  bool renorm = op.getSampling().getMode() == SamplingMode::Renorm;
  Value out = cast<memref::ExpandShapeOp>(op.getOut().getDefiningOp()).getSrc();
  Value zero = b.f32(0.0);
  // Prologue: the least and greatest value, and the mass of probabilities.
  SmallVector<Value> r =
      rowPass({b.f32(INFINITY), b.negInf(), zero}, [&](Value, Value x, ValueRange a) {
        Value v = value(x);
        return SmallVector<Value>{combine(Combine::Min, a[0], v), combine(Combine::Max, a[1], v),
                                  logits ? a[2] : b.fadd(a[2], v)};
      });
  Value threadMax = r[1];
  SmallVector<Value> red = rowReduce(r, {Combine::Min, Combine::Max, Combine::Sum});
  Value lowest = red[0], rowMax = red[1], total = red[2];
  Filters f = loadFilters(*this, rowMax);
  if (logits && f.testP) {
    Value mine = rowPass({zero}, [&](Value, Value x, ValueRange a) {
      Value v = value(x);
      return SmallVector<Value>{b.fadd(a[0], weightAbove(v, b.negInf(), rowMax))};
    })[0];
    total = rowReduce({mine}, {Combine::Sum})[0];
  }
  Value tau = b.negInf();
  if (candidates) // top-k without top-p (lowerSample)
    tau = topKThreshold(f, threadMax, lowest, rowMax, total);
  else if (f.testK || f.testP)
    tau = searchThreshold(f, lowest, rowMax, rowMax, total);
  auto keep = [&](Value v) {
    Value ok = cmpF(P::OGE, v, tau);
    return f.testMin ? andI(ok, cmpF(P::OGE, v, f.minValue)) : ok;
  };
  if (!renorm) {
    writePass(out, [&](Value, Value x) {
      Value kept = keep(value(x));
      return b.select(kept, x, b.negInf());
    });
    return;
  }
  Value kept = rowPass({zero}, [&](Value, Value x, ValueRange a) {
    Value v = value(x);
    return SmallVector<Value>{b.fadd(a[0], b.select(keep(v), v, zero))};
  })[0];
  Value sum = rowReduce({kept}, {Combine::Sum})[0];
  // v / sum, correctly rounded (one division per element: the pass is bound by memory).
  Value positive = cmpF(P::OGT, sum, zero);
  Value safeSum = b.select(positive, sum, b.f32(1.0));
  writePass(out, [&](Value, Value x) {
    Value v = value(x);
    Value kept = keep(v);
    return b.select(kept, b.fdiv(v, safeSum), zero);
  });
}

namespace {
/// An element of a flat f32 or bf16 buffer, as f32.
Value loadF32(KernelBuilder &b, Value memref, Value at) {
  Value v = memref::LoadOp::create(b, memref, ValueRange{at});
  if (v.getType().isF32())
    return v;
  return arith::ExtFOp::create(b, b.getF32Type(), v);
}
} // namespace

/// The tests of the drafts d_i (i < S), thread t taking i = t, t + threads, ... (one round
/// trip to memory for the usual S <= threads): with q = draft[row, i, d_i],
/// p = target[row, i, d_i] and u_i = r_i - 2^-24 in [0, 1) (Philox round i),
///   pass_i = 0 <= d_i < vocab and u_i * q < p     (accept with probability min(1, p / q))
///   pos = min{i : not pass_i} (S if none), count = #{i : pass_i}   (block reductions)
/// Returns (pos: index, count: i32), the same in every thread.
std::pair<Value, Value> SampleEmitter::verifyDrafts(ChainSpeculativeSampleOp spec, Value ids,
                                                    Value target, Value numSpec, Value seed,
                                                    Value offset) {
  using P = arith::CmpFPredicate;
  Type i32T = b.getI32Type();
  Value specF = idxToF32(numSpec);
  Value step = b.idx(threads);
  Value none = b.f32(0.0);
  auto loop = scf::ForOp::create(b, tid, numSpec, step, ValueRange{specF, none});
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    Value i = loop.getInductionVar();
    Value firstFail = loop.getRegionIterArg(0), count = loop.getRegionIterArg(1);
    Value slot = b.add(b.mul(row, numSpec), i); // (row, i) of [rows, S]
    Value id = b.loadIndex(ids, {slot});
    Value nonNegative = arith::CmpIOp::create(b, arith::CmpIPredicate::sge, id, b.idx(0));
    Value inVocab = b.slt(id, vocab);
    Value valid = andI(nonNegative, inVocab);
    Value j = b.select(valid, id, b.idx(0));
    Value q = loadF32(b, draft, b.add(b.mul(slot, vocab), j));
    Value specPlusOne = b.add(numSpec, b.idx(1));
    Value targetRow = b.add(b.mul(row, specPlusOne), i); // (row, i) of [rows, S + 1]
    Value p = loadF32(b, target, b.add(b.mul(targetRow, vocab), j));
    Value round = arith::IndexCastOp::create(b, i32T, i);
    Value r = philoxUniform(round, seed, offset);
    Value u = b.fsub(r, b.f32(1.0 / 16777216.0)); // exact: r is a multiple of 2^-24 in (0, 1]
    Value uq = b.fmul(u, q);
    Value pass = andI(valid, cmpF(P::OLT, uq, p));
    Value failed = combine(Combine::Min, firstFail, idxToF32(i));
    Value newFail = b.select(pass, firstFail, failed);
    Value one = b.f32(1.0);
    Value passes = b.select(pass, one, none);
    Value newCount = b.fadd(count, passes);
    scf::YieldOp::create(b, ValueRange{newFail, newCount});
  }
  SmallVector<Value> red =
      blockReduce(SmallVector<Value>(loop.getResults()), {Combine::Min, Combine::Sum});
  Value posI32 = arith::FPToSIOp::create(b, i32T, red[0]);
  Value pos = arith::IndexCastOp::create(b, b.getIndexType(), posI32);
  Value accepted = arith::FPToSIOp::create(b, i32T, red[1]);
  return {pos, accepted};
}

/// One token from the row at rowBase (weights max(0, target - draft) where useDraft, the
/// target itself otherwise, or where the residual has no mass), by the inverse-CDF draw of
/// the sampling kernels with Philox round S. -1 (f32) for a row without mass.
Value SampleEmitter::drawResidual(Value numSpec, Value seed, Value offset) {
  using P = arith::CmpFPredicate;
  Value zero = b.f32(0.0);
  auto massPass = [&]() {
    return rowPass({zero}, [&](Value, Value x, ValueRange a) {
      return SmallVector<Value>{b.fadd(a[0], value(x))};
    })[0];
  };
  Value mine = massPass();
  Value total = blockReduce({mine}, {Combine::Sum})[0];
  // sum max(0, p - q) = 0 only for rows that are not distributions: draw from p then.
  Value empty = cmpF(P::OLE, total, zero);
  Value fallback = andI(useDraft, empty);
  auto redo = scf::IfOp::create(b, TypeRange{b.getF32Type()}, fallback, /*withElse=*/true);
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(redo.thenBlock());
    Value keep = useDraft;
    useDraft = arith::ConstantIntOp::create(b, b.getI1Type(), 0);
    scf::YieldOp::create(b, massPass());
    useDraft = keep;
    b.setInsertionPointToStart(redo.elseBlock());
    scf::YieldOp::create(b, mine);
  }
  Value notFallback =
      arith::XOrIOp::create(b, fallback, arith::ConstantIntOp::create(b, b.getI1Type(), 1));
  useDraft = andI(useDraft, notFallback);
  Value round = arith::IndexCastOp::create(b, b.getI32Type(), numSpec);
  RowScan scan = scanAtDraw(redo.getResult(0));
  return draw(scan, zero, zero, round, seed, offset).token;
}

/// Speculative verification of one request (attn.chain_speculative_sample): verifyDrafts,
/// then the token at pos drawn from the residual of row pos (or from the bonus row S), then
///   out[row, i] = d_i (i < pos), token (i = pos), -1 (i > pos)
///   accepted[row] += count, emitted[row] += pos.
void SampleEmitter::emitSpeculative(ChainSpeculativeSampleOp spec, Value numSpec) {
  Value c0 = b.idx(0), c1 = b.idx(1);
  Value seed = memref::LoadOp::create(b, spec.getSeedOffset(), ValueRange{c0});
  Value offset = memref::LoadOp::create(b, spec.getSeedOffset(), ValueRange{c1});
  PendingAdvance pending = advanceOffset(spec.getSeedOffset(), spec.getAdvanceOffset(), offset);
  auto flatOf = [](Value v) { return cast<memref::ExpandShapeOp>(v.getDefiningOp()).getSrc(); };
  Value ids = flatOf(spec.getDraftTokenIds()), out = flatOf(spec.getOut());
  auto [pos, count] = verifyDrafts(spec, ids, input, numSpec, seed, offset);
  finishAdvance(pending);

  Value specPlusOne = b.add(numSpec, c1);
  Value lastDraft = arith::SubIOp::create(b, numSpec, c1);
  useDraft = b.ult(pos, numSpec);
  Value draftRow = b.mul(row, numSpec);
  Value rejectedRow = b.minIdx(pos, lastDraft);
  draftBase = b.mul(b.add(draftRow, rejectedRow), vocab);
  rowBase = b.mul(b.add(b.mul(row, specPlusOne), pos), vocab);
  Value token = drawResidual(numSpec, seed, offset);
  Value tokenId = arith::FPToSIOp::create(b, b.getI32Type(), token);

  Value outRow = b.mul(row, specPlusOne);
  auto loop = scf::ForOp::create(b, tid, specPlusOne, b.idx(threads), ValueRange{});
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    Value i = loop.getInductionVar();
    auto pick = scf::IfOp::create(b, TypeRange{b.getI32Type()}, b.ult(i, pos), true);
    b.setInsertionPointToStart(pick.thenBlock());
    Value slot = b.add(b.mul(row, numSpec), i);
    scf::YieldOp::create(b, memref::LoadOp::create(b, ids, ValueRange{slot}).getResult());
    b.setInsertionPointToStart(pick.elseBlock());
    Value atPos = b.eqIdx(i, pos);
    Value pad = i32(-1);
    Value drawn = b.select(atPos, tokenId, pad);
    scf::YieldOp::create(b, drawn);
    b.setInsertionPointAfter(pick);
    memref::StoreOp::create(b, pick.getResult(0), out, ValueRange{b.add(outRow, i)});
  }
  auto first = scf::IfOp::create(b, b.eqIdx(tid, c0), false);
  b.setInsertionPointToStart(first.thenBlock());
  Value emittedNow = arith::IndexCastOp::create(b, b.getI32Type(), pos);
  for (auto [buffer, add] :
       {std::pair<Value, Value>{spec.getAccepted(), count}, {spec.getEmitted(), emittedNow}}) {
    Value old = memref::LoadOp::create(b, buffer, ValueRange{row});
    Value sum = arith::AddIOp::create(b, old, add);
    memref::StoreOp::create(b, sum, buffer, ValueRange{row});
  }
}

// Inside the namespace of kWarpSize (SampleEmitter.h), which NVGPUDialect.h's global one would
// make ambiguous.
namespace mlir::attn::sample {
namespace {
/// A cluster kernel needs sm_90 (barrier.cluster, mapa): its gpu.module must not target an
/// older chip.
/// The CTA size and vector width of a sampling kernel: a known one-dimensional block of whole
/// warps (at most 1024 threads) and the kernel's attn.vec, whose vectors of `rows`' elements
/// span at most 16 bytes.
struct SampleShape {
  int64_t threads = 0, vec = 0;
};
FailureOr<SampleShape> checkSampleShape(Operation *op, gpu::GPUFuncOp func, Type rows) {
  std::optional<ArrayRef<int32_t>> block = func.getKnownBlockSize();
  if (!block || (*block)[0] % kWarpSize != 0 || (*block)[0] > kWarpSize * kWarpSize ||
      (*block)[1] != 1 || (*block)[2] != 1)
    return op->emitOpError() << "expected a known one-dimensional block size of whole warps, "
                                "at most "
                             << kWarpSize * kWarpSize << " threads";
  auto vecAttr = func->getAttrOfType<IntegerAttr>(kOpVecAttrName);
  Type elt = cast<MemRefType>(rows).getElementType();
  if (!vecAttr || vecAttr.getInt() <= 0 ||
      vecAttr.getInt() * elt.getIntOrFloatBitWidth() / 8 > kVectorBytes)
    return op->emitOpError() << "expected the kernel attribute " << kOpVecAttrName
                             << " to span at most " << kVectorBytes << " bytes";
  return SampleShape{(*block)[0], vecAttr.getInt()};
}

LogicalResult checkClusterTarget(SampleOp op, gpu::GPUFuncOp func) {
  auto module = func->getParentOfType<gpu::GPUModuleOp>();
  ArrayAttr targets = module ? module.getTargetsAttr() : ArrayAttr();
  auto target = targets && !targets.empty() ? dyn_cast<NVVM::NVVMTargetAttr>(targets[0])
                                            : NVVM::NVVMTargetAttr();
  if (!target)
    return success();
  StringRef chip = target.getChip();
  unsigned sm = 0;
  if (chip.consume_front("sm_") && !chip.take_while(llvm::isDigit).getAsInteger(10, sm) && sm >= 90)
    return success();
  return op.emitOpError() << "splits a row over a cluster of " << op.getSampling().getClusterSize()
                          << " CTAs, which needs sm_90 or later; the kernel targets "
                          << target.getChip();
}

/// The cluster's share of the kernel setup: the row (cluster id) and rank of the CTA, the
/// exchange buffer and the slice in dynamic shared memory (sized by attn-outline:
/// sampleSliceCapacity). The cluster shape is the launch's (the runtime passes tile.cluster
/// as CU_LAUNCH_ATTRIBUTE_CLUSTER_DIMENSION), not compiled in: a kernel with
/// .reqnctapercluster could not take a launch-time cluster dimension.
void setUpCluster(RewriterBase &rewriter, gpu::GPUFuncOp func, SampleEmitter &e, int64_t cluster) {
  KernelBuilder &b = e.b;
  e.cluster = cluster;
  auto workgroup = gpu::AddressSpaceAttr::get(b.getContext(), gpu::AddressSpace::Workgroup);
  rewriter.modifyOpInPlace(func, [&] {
    e.exchange = func.addWorkgroupAttribution(
        MemRefType::get({cluster, kReduceSlots}, b.getF32Type(), AffineMap(), workgroup),
        b.getLoc());
    alignLastAttribution(func);
  });
  Value block = e.row;
  e.row = b.div(block, b.idx(cluster));
  e.rank = b.rem(block, b.idx(cluster));
  Value smem = gpu::DynamicSharedMemoryOp::create(
      b, MemRefType::get({ShapedType::kDynamic}, b.getI8Type(), AffineMap(), workgroup));
  e.slice = memref::ViewOp::create(
      b, MemRefType::get({sampleSliceCapacity(cluster)}, b.getF32Type(), AffineMap(), workgroup),
      smem, b.idx(0), ValueRange{});
}

/// The setup both sampling kernels share: all 64K registers of the SM for the one CTA (64 a
/// thread at 1024 threads: left alone, ptxas aims at two resident CTAs, 32 registers, and
/// spills the pass state), the emitter's shape and input, its shared buffers and the CTA's
/// row (block x).
void setUpKernel(RewriterBase &rewriter, gpu::GPUFuncOp func, SampleEmitter &e,
                 const SampleShape &shape, Value input) {
  rewriter.modifyOpInPlace(func, [&] {
    func->setAttr(NVVM::NVVMDialect::getMaxnregAttrName(),
                  rewriter.getI32IntegerAttr(65536 / shape.threads));
  });
  e.threads = shape.threads;
  e.warps = e.threads / kWarpSize;
  e.vec = shape.vec;
  e.input = input;
  e.addSharedBuffers(rewriter, func);
  e.row = gpu::BlockIdOp::create(e.b, gpu::Dimension::x);
}

LogicalResult lowerSample(RewriterBase &rewriter, SampleOp op) {
  auto func = op->getParentOfType<gpu::GPUFuncOp>();
  if (!func)
    return op.emitOpError() << "is lowered only inside a kernel (run attn-outline)";
  auto expand = op.getInput().getDefiningOp<memref::ExpandShapeOp>();
  if (!expand)
    return op.emitOpError() << "expected the rows expanded from a flat kernel argument "
                               "[rows * vocab] (run attn-outline)";
  Value vocab, numRows;
  if (failed(bindParams(
          op, func,
          {{rtabi::sample::kVocab, &vocab, true}, {rtabi::sample::kNumRows, &numRows, true}})))
    return failure();
  FailureOr<SampleShape> shape = checkSampleShape(op, func, op.getInput().getType());
  if (failed(shape))
    return failure();

  int64_t cluster = op.getSampling().getClusterSize();
  if (cluster > 1 && failed(checkClusterTarget(op, func)))
    return failure();
  KernelBuilder b = KernelBuilder::before(op, rewriter);
  SampleEmitter e(b, op);
  e.logits = op.getSampling().getInput() == SamplingInput::Logits;
  setUpKernel(rewriter, func, e, *shape, expand.getSrc());
  if (cluster > 1)
    setUpCluster(rewriter, func, e, cluster);
  SamplingAttr sampling = op.getSampling();
  bool topK = op.filtersTopK();
  bool topP = op.filtersTopP();
  // Renorm and mask with top-k alone, one CTA per row: the threshold from candidates
  // (topKThreshold; emitFilter takes that path where the buffers exist).
  if (sampling.getMode() != SamplingMode::Sample && cluster == 1 && topK && !topP)
    e.addCandidateBuffers(rewriter, func);
  if (op.usesMassBins()) {
    // In dynamic shared memory (attn-outline sizes it: sampleMassBinsCapacity): the mass
    // bins, then with top-k the count bins.
    auto workgroup = gpu::AddressSpaceAttr::get(b.getContext(), gpu::AddressSpace::Workgroup);
    Value smem = gpu::DynamicSharedMemoryOp::create(
        b, MemRefType::get({ShapedType::kDynamic}, b.getI8Type(), AffineMap(), workgroup));
    int64_t massLength = sampleMassBinsCapacity(e.threads, /*withCounts=*/false);
    auto massType = MemRefType::get({massLength}, b.getF32Type(), AffineMap(), workgroup);
    Value start = b.idx(0);
    e.massBins = memref::ViewOp::create(b, massType, smem, start, ValueRange{});
    if (topK) {
      int64_t countLength = sampleMassBinsCapacity(e.threads, /*withCounts=*/true) - massLength;
      auto countType = MemRefType::get({countLength}, b.getF32Type(), AffineMap(), workgroup);
      Value countStart = b.idx(massLength * 4);
      e.countBins = memref::ViewOp::create(b, countType, smem, countStart, ValueRange{});
    }
  }
  e.setThreadCoordinates();
  e.vocab = arith::IndexCastUIOp::create(b, b.getIndexType(), vocab);
  Value rows = arith::IndexCastUIOp::create(b, b.getIndexType(), numRows);
  e.rowCtas = b.mul(rows, b.idx(cluster));
  auto inRange = scf::IfOp::create(b, b.ult(e.row, rows), false);
  b.setInsertionPointToStart(inRange.thenBlock());
  e.rowBase = b.mul(e.row, e.vocab);
  if (cluster > 1) {
    // Paired with the first push's wait, which only needs every CTA of the cluster running
    // (its shared memory there to write into): nothing is written before it to order.
    e.clusterArriveRelaxed();
    e.loadSlice();
  }
  if (op.getSampling().getMode() == SamplingMode::Sample)
    e.emitSample();
  else
    e.emitFilter();
  if (cluster > 1) {
    // Paired with the last exchange's arrive: no CTA exits while others may write to it.
    b.setInsertionPoint(inRange.thenBlock()->getTerminator());
    e.clusterWait();
  }

  // The expanded views (and the index casts of their sizes) have no use left.
  eraseOpAndDeadViews(rewriter, op, {expand, op.getOut().getDefiningOp<memref::ExpandShapeOp>()});
  return success();
}

/// attn.sample -> the body of the sampling kernel attn-outline made for it.
struct SampleOpLowering : public OpConversionPattern<SampleOp> {
  using Base::Base;
  LogicalResult matchAndRewrite(SampleOp op, OpAdaptor,
                                ConversionPatternRewriter &rewriter) const override {
    return lowerSample(rewriter, op);
  }
};
/// attn.chain_speculative_sample inside its kernel (attn-outline): one CTA per request, the
/// machinery of attn.sample's probs sampling over the row target - draft.
LogicalResult lowerChainSpeculativeSample(RewriterBase &rewriter, ChainSpeculativeSampleOp op) {
  auto func = op->getParentOfType<gpu::GPUFuncOp>();
  if (!func)
    return op.emitOpError() << "is lowered only inside a kernel (run attn-outline)";
  SmallVector<memref::ExpandShapeOp> views;
  for (Value v : {op.getTargetProbs(), op.getDraftProbs(), op.getDraftTokenIds(), op.getOut()}) {
    auto expand = v.getDefiningOp<memref::ExpandShapeOp>();
    if (!expand)
      return op.emitOpError() << "expected every shaped buffer expanded from a flat kernel "
                                 "argument (run attn-outline)";
    views.push_back(expand);
  }
  Value numSpec, vocab, numRows;
  namespace abi = rtabi::spec_sample;
  if (failed(bindParams(op, func,
                        {{abi::kNumSpec, &numSpec, true},
                         {abi::kVocab, &vocab, true},
                         {abi::kNumRows, &numRows, true}})))
    return failure();
  FailureOr<SampleShape> shape = checkSampleShape(op, func, op.getTargetProbs().getType());
  if (failed(shape))
    return failure();
  KernelBuilder b = KernelBuilder::before(op, rewriter);
  SampleEmitter e(b, SampleOp());
  e.draft = views[1].getSrc();
  setUpKernel(rewriter, func, e, *shape, views[0].getSrc());
  e.setThreadCoordinates();
  e.vocab = arith::IndexCastUIOp::create(b, b.getIndexType(), vocab);
  Value spec = arith::IndexCastUIOp::create(b, b.getIndexType(), numSpec);
  Value rows = arith::IndexCastUIOp::create(b, b.getIndexType(), numRows);
  e.rowCtas = rows;
  auto inRange = scf::IfOp::create(b, b.ult(e.row, rows), false);
  b.setInsertionPointToStart(inRange.thenBlock());
  e.emitSpeculative(op, spec);
  eraseOpAndDeadViews(rewriter, op, views);
  return success();
}

struct ChainSpeculativeSampleOpLowering : public OpConversionPattern<ChainSpeculativeSampleOp> {
  using Base::Base;
  LogicalResult matchAndRewrite(ChainSpeculativeSampleOp op, OpAdaptor,
                                ConversionPatternRewriter &rewriter) const override {
    return lowerChainSpeculativeSample(rewriter, op);
  }
};
} // namespace
} // namespace mlir::attn::sample

void mlir::attn::populateSampleKernelPatterns(RewritePatternSet &patterns) {
  patterns.add<SampleOpLowering, ChainSpeculativeSampleOpLowering>(patterns.getContext());
}
