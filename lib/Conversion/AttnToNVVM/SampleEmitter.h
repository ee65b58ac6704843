//===- SampleEmitter.h - the emitter of the sampling kernels ----*- C++ -*-===//
//
// Library-private: the SampleEmitter that lowers attn.sample and attn.chain_speculative_sample
// into kernel bodies (SampleKernel.cpp's file comment describes the algorithm). Its member
// functions are defined by three files:
//   SampleKernel.cpp:  one CTA a row: the passes over the row, the block reductions and
//                      scans, Philox, the draws and rounds, renorm / mask, speculative
//                      verification, and the patterns;
//   SampleCluster.cpp: a row over a thread-block cluster (cluster_size > 1, sm_90);
//   SampleBins.cpp:    top-k / top-p from bins of the row (probs, one CTA a row).
// Every file creates its ops one per statement wherever two of them would otherwise be
// arguments of one call (see SampleKernel.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_LIB_CONVERSION_ATTNTONVVM_SAMPLEEMITTER_H
#define ATTN_LIB_CONVERSION_ATTNTONVVM_SAMPLEEMITTER_H

#include "attn/Dialect/Attn/IR/AttnOps.h"
#include "attn/Dialect/Attn/Utils/KernelBuilder.h"
#include "attn/Dialect/Attn/Utils/KernelConventions.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/IR/PatternMatch.h"

// A namespace of its own: its kWarpSize is found before NVGPUDialect.h's global one, which
// would make the name ambiguous beside a kWarpSize of the global or an anonymous namespace.
namespace mlir::attn::sample {
using detail::KernelBuilder;

inline constexpr int64_t kWarpSize = 32;
/// Units (16-byte vectors, or elements on an unaligned row) a thread loads from global memory
/// before it processes any of them (unitLoop). With one load a thread in flight, one
/// 1024-thread CTA per row keeps 16 KiB in flight. Four spilled in probs_none_f32 at the 64
/// registers a 1024-thread CTA allows.
inline constexpr int64_t kLoadBatch = 3;
/// Units a thread loads at a time in the prologue pass, the next batch in flight while the
/// bodies of the current one run (unitLoop's prefetch). Two 16-byte units keep 32 KiB in flight
/// per 1024-thread CTA during the bodies; with the bins a body is a chain of shared-memory
/// loads and stores, and 3 or 4 units ahead gained nothing on an H100.
inline constexpr int64_t kPrologueLoadBatch = 2;
/// Thresholds the exact search tests per pass over the row (searchThreshold).
inline constexpr int64_t kPivots = 3;
/// Candidates of the top-k threshold (topKThreshold) per thread of the CTA: the tokens at or
/// above the k-th largest of the threads' maxima; more send the row to searchThreshold.
inline constexpr int64_t kCandidatesPerThread = 2;
/// Rows of the f32 reduction scratch: how many values one block reduction combines at most
/// (the search's 4 per pivot).
inline constexpr int64_t kReduceSlots = 4 * kPivots;

enum class Combine { Sum, Max, Min };

/// Declares the kernel's last workgroup attribution 16-byte aligned. LLVM combines
/// constant-offset loads of these arrays into ld.shared.v2/v4 (the warp folds over
/// scratch[k][*], the cluster's exchange[r][*]), which need that alignment; the default
/// (the element's, 4) held only where the array happened to be placed first.
inline void alignLastAttribution(gpu::GPUFuncOp func) {
  constexpr int64_t kVectorAlignment = 16;
  unsigned index = func.getNumWorkgroupAttributions() - 1;
  func.setWorkgroupAttributionAttr(
      index, LLVM::LLVMDialect::getAlignAttrName(),
      IntegerAttr::get(IntegerType::get(func.getContext(), 64), kVectorAlignment));
}

/// Per-element work of a pass over the row: (index in the row, f32 element, accumulators)
/// to the new accumulators.
using ElementFn = llvm::function_ref<SmallVector<Value>(Value j, Value x, ValueRange acc)>;

/// Which filters a draw tests (a per-row operand or the attribute's value): known when the
/// kernel is built, before any value is loaded.
struct FilterTests {
  bool testK = false, testP = false, testMin = false;
  bool any() const { return testK || testP || testMin; }
};

/// The per-row filter thresholds (from the operands, else the attribute's scalars) and which
/// tests the kernel makes at all.
struct Filters : FilterTests {
  Value k, p, minValue; ///< f32: k (count), p, the min-p bound on values
};

/// The body of one sampling kernel (attn.sample, or attn.chain_speculative_sample with a null
/// op), built with `b` at the kernel's insertion point: the set-up fills in the shape, the
/// thread coordinates and the shared buffers, then emitSample, emitFilter or emitSpeculative
/// emits the row's work.
struct SampleEmitter {
  SampleEmitter(KernelBuilder &b, SampleOp op) : b(b), op(op) {}
  KernelBuilder &b;
  SampleOp op;
  bool logits = false;
  int64_t threads = 0, warps = 0, vec = 0;
  /// Loads a thread issues before it processes them in unitLoop: kLoadBatch, or fewer where a
  /// pass would otherwise spill.
  int64_t loadBatch = kLoadBatch;
  /// unitLoop issues the next batch's loads before the bodies of the current one run (the
  /// prologue pass: see unitLoop).
  bool prefetch = false;
  Value input; ///< the flat row buffer [rows * vocab]
  Value vocab; ///< index
  Value row, rowBase, tid, lane, warp;
  Value scratch; ///< workgroup [kReduceSlots, warps] f32
  Value slots;   ///< workgroup [kReduceSlots] f32: values one thread hands to all
  /// The top-k threshold's candidates (topKThreshold; renorm and mask kernels with top-k and
  /// without top-p, one CTA per row): workgroup [kCandidatesPerThread * threads] f32 and
  /// their count, workgroup [1] i32. Null elsewhere.
  Value candidates, candidateCount;
  /// Speculative verification only: the flat draft rows, whose row at draftBase a pass
  /// subtracts from the input row's elements where useDraft (i1) holds.
  Value draft, draftBase, useDraft;
  // A row split over a cluster (cluster > 1): this CTA's rank in it, its slice of the row
  // [sliceStart, sliceStart + sliceLen) and the slice as f32 in shared memory.
  int64_t cluster = 1;
  Value rank, sliceStart, sliceLen;
  Value slice;    ///< workgroup [sampleSliceCapacity(cluster)] f32 (dynamic shared memory)
  Value exchange; ///< workgroup [cluster, kReduceSlots] f32: what the other CTAs push here
  /// Top-k / top-p draws over probabilities, one CTA a row (op.usesMassBins()), in dynamic
  /// shared memory: workgroup [kSampleMassBins * (threads + 1)] f32, thread t's mass of bin c
  /// at c * threads + t and the CTA's at kSampleMassBins * threads + c; with top-k after it
  /// countBins, [(kSampleCountBins + 1) * (threads + 1)] f32, the counts the same way. Null
  /// elsewhere.
  Value massBins, countBins;
  Value rowCtas; ///< index: the CTAs of the rows in range (num_rows * cluster)
  /// Whether a draw's scan rides an earlier step's exchange: the prologue's reduction of W is
  /// the first draw's scan, a filtered round's test scans the next round's mass with the
  /// count alongside, and the draw tests its CTA's interval instead of a reset token slot.
  /// Over a cluster only: each exchange it saves is a cluster barrier (on an H100 the cluster
  /// kernels were 5-21% faster at batch 1 and 32), while one CTA a row kept its own scan at
  /// the draw, the fused form being 8-11% slower in its filtered draws at batch 512 (1024
  /// threads at the 64-register cap).
  bool fuseScans() const { return cluster > 1; }

  Value i32(int64_t v) { return arith::ConstantIntOp::create(b, b.getI32Type(), v); }
  Value idxToF32(Value v) {
    Value i = arith::IndexCastOp::create(b, b.getI32Type(), v);
    return arith::SIToFPOp::create(b, b.getF32Type(), i);
  }
  Value cmpF(arith::CmpFPredicate p, Value x, Value y) { return arith::CmpFOp::create(b, p, x, y); }
  Value andI(Value x, Value y) { return arith::AndIOp::create(b, x, y); }
  Value combine(Combine c, Value x, Value y) {
    switch (c) {
    case Combine::Sum:
      return b.fadd(x, y);
    case Combine::Max:
      return arith::MaxNumFOp::create(b, x, y); // NaN-ignoring
    case Combine::Min:
      return arith::MinNumFOp::create(b, x, y);
    }
    llvm_unreachable("combine");
  }
  void barrier() { gpu::BarrierOp::create(b); }
  /// vocab % vec == 0: the rows start 16-byte aligned.
  Value vocabAligned() {
    Value tail = b.rem(vocab, b.idx(vec));
    return b.eqIdx(tail, b.idx(0));
  }

  /// v_j of an element (see the file comment).
  Value value(Value x) {
    if (logits) // x + 0 turns -0 into +0, so that value order and float order agree
      return b.fadd(x, b.f32(0.0));
    Value positive = cmpF(arith::CmpFPredicate::OGT, x, b.f32(0.0));
    return b.select(positive, x, b.f32(0.0));
  }
  /// w_j of a value v_j, given the row max M of the logits.
  Value weight(Value v, Value rowMax) {
    if (!logits)
      return v;
    Value shifted = b.fsub(v, rowMax);
    return b.exp2(b.fmul(shifted, b.f32(detail::kLog2e)));
  }
  /// w_j if v_j > low, else 0 (false for NaN, so NaN never adds).
  Value weightAbove(Value v, Value low, Value rowMax) {
    Value above = cmpF(arith::CmpFPredicate::OGT, v, low);
    Value w = weight(b.select(above, v, low), rowMax);
    return b.select(above, w, b.f32(0.0));
  }

  /// Per-unit load of a unitLoop (`i`: the unit) and its work on what was loaded.
  using UnitLoad = llvm::function_ref<Value(Value i)>;
  using UnitBody = llvm::function_ref<SmallVector<Value>(Value i, Value x, ValueRange acc)>;
  SmallVector<Value> unitLoop(Value count, ValueRange init, UnitLoad load, UnitBody body);
  /// Unit i of the row (`width` elements as f32; minus the draft row's where useDraft).
  Value loadUnit(int64_t width, Value i);
  SmallVector<Value> ownedLoop(int64_t width, ValueRange init, ElementFn fn);
  /// A loop over the row's units of `width` elements (with the loop's results).
  using UnitWidthLoop = llvm::function_ref<SmallVector<Value>(int64_t width)>;
  /// loop(vec) where vocab % vec == 0 (the row then starts 16-byte aligned), else loop(1)
  /// over single elements; one CTA's row in global memory.
  SmallVector<Value> byUnitWidth(TypeRange results, UnitWidthLoop loop);
  SmallVector<Value> rowPass(ValueRange init, ElementFn fn);
  /// The draw's walk over thread ownerTid's units by the lanes of its warp (units of `width`
  /// elements): (token, its value), the same in every lane.
  SmallVector<Value> warpWalk(int64_t width, Value ownerTid, Value lo, Value u, Value low,
                              Value rowMax);
  SmallVector<Value> blockReduce(ArrayRef<Value> values, ArrayRef<Combine> kinds);
  /// combine(v over the lanes of the warp) by a butterfly (shfl.sync.bfly 16, 8, 4, 2, 1):
  /// every lane ends with the same bits (each step combines the same two values in either
  /// order, and the combines are commutative).
  Value warpFold(Value v, Combine kind);
  /// The first step of both reductions: each warp's butterfly of `values`, its lane 0
  /// storing the results to scratch[k][warp] (a barrier must follow before they are read).
  void stashWarpValues(ArrayRef<Value> values, ArrayRef<Combine> kinds, int64_t first = 0);
  SmallVector<Value> foldWarpValues(ArrayRef<Combine> kinds, int64_t first);
  /// blockReduce, then (in a cluster) over the CTAs of the cluster in rank order.
  SmallVector<Value> rowReduce(ArrayRef<Value> values, ArrayRef<Combine> kinds);
  /// A draw's result (see draw).
  struct Drawn {
    Value token, value; ///< f32: the token (-1: none) and its value
    Value missing;      ///< i1, the same in every thread of the row: no owner found one
    Value holder;       ///< i1: this CTA holds the row's token (the one to write it)
  };
  // The cluster path (SampleCluster.cpp).
  void loadSlice();
  SmallVector<Value> slicePass(ValueRange init, ElementFn fn);
  void sliceWrite(Value out, llvm::function_ref<Value(Value, Value)> fn);
  // Every thread of the CTA reaches each cluster barrier (never under divergent control
  // flow), so the .aligned forms apply.
  void clusterArrive() { NVVM::ClusterArriveOp::create(b, b.getUnitAttr()); }
  /// An arrive that orders no memory access before it (barrier.cluster.arrive.relaxed): the
  /// release of clusterArrive costs a GPU-scope membar (MEMBAR.ALL.GPU + ERRBAR on sm_90),
  /// which the kernel's first arrive, before any exchange, does not need.
  void clusterArriveRelaxed() { NVVM::ClusterArriveRelaxedOp::create(b, b.getUnitAttr()); }
  void clusterWait() { NVVM::ClusterWaitOp::create(b, b.getUnitAttr()); }
  void clusterPush(ArrayRef<Value> values);
  void pushTo(Value dest, Value k, Value v);
  Value combineBy(Value kind, Value x, Value y);
  Value pushed(int64_t fromRank, int64_t k) {
    return memref::LoadOp::create(b, exchange, ValueRange{b.idx(fromRank), b.idx(k)});
  }
  /// The walk of the draw's owner: by the owner alone (ownerTid null: a cluster's slice in
  /// shared memory), else by the owner's warp, the owner lane writing.
  void ownerWalk(Value lo, Value u, Value low, Value rowMax, Value ownerTid = {},
                 Value isOwnerLane = {});
  /// The kernel's shared reduction scratch ([slots, warps] f32) and result slots.
  void addSharedBuffers(RewriterBase &rewriter, gpu::GPUFuncOp func) {
    auto workgroup = gpu::AddressSpaceAttr::get(b.getContext(), gpu::AddressSpace::Workgroup);
    rewriter.modifyOpInPlace(func, [&] {
      scratch = func.addWorkgroupAttribution(
          MemRefType::get({kReduceSlots, warps}, b.getF32Type(), AffineMap(), workgroup),
          b.getLoc());
      alignLastAttribution(func);
      slots = func.addWorkgroupAttribution(
          MemRefType::get({kReduceSlots}, b.getF32Type(), AffineMap(), workgroup), b.getLoc());
      alignLastAttribution(func);
    });
  }
  /// tid, and its lane and warp.
  void setThreadCoordinates() {
    tid = gpu::ThreadIdOp::create(b, gpu::Dimension::x);
    lane = b.rem(tid, b.idx(kWarpSize));
    warp = b.div(tid, b.idx(kWarpSize));
  }
  /// The end of a draw: the thread whose interval (from, to] holds u walks its elements
  /// (ownerWalk), and after the barrier every thread reads the two slots it wrote (the token
  /// and the pivot or token value).
  std::pair<Value, Value> ownerDraw(Value from, Value to, Value u, Value low, Value rowMax);
  /// Exclusive scan of s over the CTA (lo, hi, the CTA's total), with `extras` reduced
  /// alongside (combine over the CTA, the same bits in every thread) at no extra barrier.
  struct BlockScan {
    Value lo, hi, total;
    SmallVector<Value> extras;
  };
  BlockScan blockScan(Value s, ArrayRef<Value> extras = {}, ArrayRef<Combine> kinds = {});
  /// The threads' candidate mass scanned in (rank, thread, element) order over the row, with
  /// `extras` reduced alongside: one CTA's scan, and in a cluster one exchange.
  struct RowScan {
    Value from, to;     ///< f32: the thread's interval (from, to] of the cumulative mass
    Value total;        ///< f32: Q, the row's candidate mass (the same bits everywhere)
    Value prefix, mine; ///< f32: this CTA's interval (P_r, P_r + Q_r] (a cluster's; one
                        ///< CTA: null, Q)
    SmallVector<Value> extras;
  };
  /// `last`: no push follows before the kernel's final wait but, in a cluster, the no-owner
  /// fallback's (heaviestIf with afterRelaxed): the arrive after the exchange's reads is
  /// relaxed, and that fallback orders the reads itself.
  RowScan scanRow(Value s, ArrayRef<Value> extras = {}, ArrayRef<Combine> kinds = {},
                  bool last = false);
  /// scanRow where the draw is made (without fuseScans): thread 0 first resets the token
  /// slot, which the scan's barriers order before the owner's write.
  RowScan scanAtDraw(Value s);
  Value philoxUniform(Value round, Value seed, Value offset);
  Drawn draw(const RowScan &scan, Value low, Value rowMax, Value round, Value seed, Value offset,
             bool share = true);
  void writeLoop(int64_t width, Value out, llvm::function_ref<Value(Value, Value)> fn);
  void writePass(Value out, llvm::function_ref<Value(Value, Value)> fn);
  Value searchThreshold(const Filters &f, Value lowest, Value highest, Value rowMax, Value total);
  SmallVector<Value> searchPivots(Value lo, Value hi);
  SmallVector<Value> searchPass(const Filters &f, ArrayRef<Value> mids, Value rowMax, Value zero);
  Value topKThreshold(const Filters &f, Value threadMax, Value lowest, Value rowMax, Value total);
  void collectCandidates(Value bound);
  Value candidateThreshold(const Filters &f, Value count, Value one);
  Value kthLargestOfThreads(Value v, Value k);
  void addCandidateBuffers(RewriterBase &rewriter, gpu::GPUFuncOp func) {
    auto workgroup = gpu::AddressSpaceAttr::get(b.getContext(), gpu::AddressSpace::Workgroup);
    rewriter.modifyOpInPlace(func, [&] {
      candidates = func.addWorkgroupAttribution(
          MemRefType::get({kCandidatesPerThread * threads}, b.getF32Type(), AffineMap(), workgroup),
          b.getLoc());
      alignLastAttribution(func);
      candidateCount = func.addWorkgroupAttribution(
          MemRefType::get({1}, b.getI32Type(), AffineMap(), workgroup), b.getLoc());
    });
  }
  /// The count of advance_offset, issued early; finishAdvance completes it.
  struct PendingAdvance {
    Value seedOffset, offset; ///< null: the kernel does not advance
    Value before;             ///< i32: the count before this CTA's (-1 in other threads)
  };
  PendingAdvance advanceOffset(Value seedOffset, Value advance, Value offset);
  /// The bins (SampleBins.cpp, "Top-k / top-p from bins of the row").
  Value massBin(Value v);
  void zeroMassBins();
  void addToMassBin(Value v);
  struct BinnedStart {
    Value low;        ///< f32: the first draw's candidates are {v > low}
    Value mine;       ///< f32: this thread's mass of them
    Value acceptBins; ///< i32: a token in a bin below this survives top-k / top-p untested
  };
  BinnedStart startFromMassBins(const Filters &f, Value total);
  // startFromMassBins' steps, in their order.
  void sumBinColumns(Value bins, int64_t rows, Value zero);
  struct BinWalk {
    Value acceptBins; ///< i32: the leading bins where both bounds hold
    Value star;       ///< i32: c*
    Value last;       ///< i32: the last bin, c* where no bin crosses
  };
  BinWalk walkMassBins(const Filters &f, Value total, Value zero, Value first, Value one);
  Value lowBelowBin(Value star, Value last, Value zero);
  Value massThroughBin(Value star, Value zero, Value first, Value one);
  void finishAdvance(const PendingAdvance &pending);
  /// What the steps of emitSample share: the prologue's results (the row's M and W, its
  /// filters, the first draw's candidates), which the draws read.
  struct SampleRow {
    Value c0;              ///< index 0
    Value seed, offset;    ///< i64: seed_offset[0], seed_offset[1]
    Value none, zero;      ///< f32: -1 (no token), 0
    Value rowMax;          ///< f32: M
    Value mine;            ///< f32: this thread's mass of the row
    RowScan scan;          ///< fuseScans: the first draw's scan; else W (total), for probs M
    Value total;           ///< f32: W
    Value empty, notEmpty; ///< i1: the row has no weight, has some
    Filters filters;
    Value low0;       ///< f32: the first draw's candidates are {v > low0}
    Value firstMass;  ///< f32: this thread's mass of them
    Value acceptBins; ///< i32, with the bins (BinnedStart)
  };
  /// A round's test of its token: whether it survives, and the mass the loop carries to the
  /// next round (scanned with fuseScans).
  struct Tested {
    Value accept;
    SmallVector<Value> next;
  };
  // emitSample's steps, in their order.
  SmallVector<Value> prologuePass(Value none, Value zero);
  void reduceRowMass(SampleRow &s, ArrayRef<Value> prologue);
  void firstCandidates(SampleRow &s);
  std::pair<Value, Value> drawOnce(const SampleRow &s);
  Value drawRounds(const SampleRow &s);
  SmallVector<Value> rejectionRound(const SampleRow &s, ValueRange args, int64_t carried);
  Tested testDrawn(const SampleRow &s, Value pivot, Value missing, Value mass);
  Tested testUnlessAccepted(const SampleRow &s, Value pivot, Value missing, Value mass);
  SmallVector<Value> testPass(Value pivot, Value rowMax, Value zero);
  Value survivesUntested(const SampleRow &s, Value pivot, Value missing);
  Value heaviestIf(Value cond, Value token, Value rowMax, bool afterRelaxed);
  void writeToken(Value token, Value holder, Value c0);
  void emitSample();
  void emitFilter();
  Value minusDraft(int64_t width, Value col, Value x, int64_t bytes);
  std::pair<Value, Value> verifyDrafts(ChainSpeculativeSampleOp spec, Value ids, Value target,
                                       Value numSpec, Value seed, Value offset);
  Value drawResidual(Value numSpec, Value seed, Value offset);
  void emitSpeculative(ChainSpeculativeSampleOp spec, Value numSpec);
};

} // namespace mlir::attn::sample

#endif // ATTN_LIB_CONVERSION_ATTNTONVVM_SAMPLEEMITTER_H
