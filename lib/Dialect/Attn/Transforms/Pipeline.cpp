//===- Pipeline.cpp - attn-pipeline ---------------------------------------===//
//
// Software-pipelines the KV tile loop of a tiled kernel with upstream's modulo scheduler
// (scf::pipelineForLoop). The synchronous loop
//
//   for i in [0, n):  pages = kv_tile_pages(i); copy_kv_tile(pages, i) -> stage i % S;
//                     barrier; compute(stage i % S); barrier
//
// is first made asynchronous in place (still a correct synchronous loop):
//
//   for i in [0, n):  if i < n: copy_kv_tile(pages(i), i, async); commit; wait(pending = 0)
//                     barrier; compute(stage i % S); barrier
//
// and then scheduled: the page lookup in pipeline stage 0, the copy and its commit in stage 1
// and everything else in stage S (without a lookup, ragged K/V: copy 0, the rest S - 1). The
// pipeliner emits the prologue (tiles 0 .. S-2 in flight, the pages of tile S-1 looked up)
// and the kernel, which carries the looked-up pages as an iteration argument:
//
//   for i in [0, n) iter(pages):
//     if i+S-1 < n: copy_kv_tile(pages, i+S-1, async)     (stage (i+S-1) % S, freed by i-1)
//     commit; next = kv_tile_pages(i+S); wait(pending = S-1)        (tile i has landed)
//     barrier; compute(stage i % S); barrier; yield next
//   wait(pending = 0)
//
// The epilogue is not peeled: the kernel runs all n iterations and the ops of the early
// stages are predicated (the trip count is dynamic). This file supplies only what the
// pipeliner leaves to its client:
// - the schedule (which stage, in which order). With single-barrier the kernel is
//   `wait(pending = S-2); barrier; refill; commit; lookup; compute` (see the pass),
// - the predication: a copy is guarded by whether its own tile exists (its `if`, above, runs
//   through the pipeliner unchanged), a commit runs in every iteration so that each closes
//   exactly one group (the wait counts groups), a lookup through a block list (which reads
//   the list at the tile's position) runs only for tiles that exist, and a plain lookup, which
//   clamps its keys to the range and so needs only a non-empty one, runs unconditionally in
//   the kernel, for existing tiles in the prologue, and for tile S-1 (carried into the
//   kernel) when n > 0,
// - what the pipeliner cannot express: the wait-group count of the kernel's wait, dropping the
//   closing barrier of the single-barrier variant and the drain after the loop,
// - folding the index arithmetic the pipeliner emits (lb + k * step, unused predicates).
//
//===----------------------------------------------------------------------===//

#include "attn/Dialect/Attn/IR/AttnOps.h"
#include "attn/Dialect/Attn/Transforms/Passes.h"
#include "attn/Dialect/Attn/Transforms/Transforms.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/Transforms.h"
#include "mlir/IR/Dominance.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/CSE.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::attn {
#define GEN_PASS_DEF_ATTNPIPELINE
#include "attn/Dialect/Attn/Transforms/Passes.h.inc"
} // namespace mlir::attn

using namespace mlir;
using namespace mlir::attn;

namespace {
/// A KV tile loop attn-pipeline can schedule: from 0 by 1, its body looks up the pages of
/// tile i (none for ragged K/V) and copies tile i into stage i % stages.
struct KVTileLoop {
  scf::ForOp loop;
  KVTilePagesOp pages;
  CopyKVTileOp copy;
  arith::RemUIOp stageOf;
  int64_t stages = 0;
  /// The barrier after the copy, when the loop keeps one barrier per tile (see the pass);
  /// null otherwise.
  gpu::BarrierOp firstBarrier;
};
} // namespace

/// Finds the page lookup and the copy of tile i at the top of `loop`'s body.
static void findCopy(scf::ForOp loop, KVTileLoop &kv) {
  Value iv = loop.getInductionVar();
  for (Operation &op : *loop.getBody()) {
    if (auto p = dyn_cast<KVTilePagesOp>(op); p && !kv.pages && p.getTile() == iv) {
      kv.pages = p;
      continue;
    }
    auto c = dyn_cast<CopyKVTileOp>(op);
    if (c && c.getTile() == iv &&
        (kv.pages ? c.getPages() == kv.pages.getResults() : c.getPages().empty())) {
      kv.copy = c;
      return;
    }
  }
}

/// Matches a loop of the shape attn-pipeline schedules.
static FailureOr<KVTileLoop> matchKVTileLoop(scf::ForOp loop, bool singleBarrier) {
  if (!isConstantIntValue(loop.getLowerBound(), 0) || !isConstantIntValue(loop.getStep(), 1))
    return failure();
  KVTileLoop kv;
  kv.loop = loop;
  findCopy(loop, kv);
  if (!kv.copy || kv.copy.getAsync())
    return failure();
  kv.stages = cast<MemRefType>(kv.copy.getKTile().getType()).getDimSize(0);
  if (kv.stages < 2)
    return failure();
  // The copy targets stage i % stages, and the lookup's results feed only the copy.
  Value iv = loop.getInductionVar();
  kv.stageOf = kv.copy.getStage().getDefiningOp<arith::RemUIOp>();
  if (!kv.stageOf || kv.stageOf.getLhs() != iv ||
      !isConstantIntValue(kv.stageOf.getRhs(), kv.stages))
    return failure();
  if (kv.pages && !llvm::all_of(kv.pages->getUsers(), [&](Operation *u) { return u == kv.copy; }))
    return failure();
  // Everything else the two ops read is computed before the loop.
  auto invariant = [&](Value v) {
    return v == iv || v == kv.copy.getStage() || llvm::is_contained(kv.copy.getPages(), v) ||
           loop.isDefinedOutsideOfLoop(v);
  };
  if ((kv.pages && !llvm::all_of(kv.pages->getOperands(), invariant)) ||
      !llvm::all_of(kv.copy->getOperands(), invariant))
    return failure();
  // The pipeliner carries loop values across iterations only from ops of the body.
  Operation *yield = loop.getBody()->getTerminator();
  if (!llvm::all_of(yield->getOperands(), [&](Value v) {
        return v.getDefiningOp() && v.getDefiningOp()->getParentOp() == loop;
      }))
    return failure();
  auto first = dyn_cast_or_null<gpu::BarrierOp>(kv.copy->getNextNode());
  auto last = dyn_cast_or_null<gpu::BarrierOp>(yield->getPrevNode());
  if (singleBarrier && loop->hasAttr(kSingleBarrierAttrName) && first && last && first != last)
    kv.firstBarrier = first;
  return kv;
}

/// Rewrites the copy of tile i in place into `if i < n: copy(async); commit; wait(0)`, with
/// the lookup after the commit: still a synchronous loop, whose ops the schedule then moves.
/// Returns the ops of pipeline stage 1 (the copy's), in order.
static SmallVector<Operation *> makeCopyAsync(RewriterBase &rw, KVTileLoop &kv) {
  Location loc = kv.copy.getLoc();
  Value iv = kv.loop.getInductionVar();
  rw.setInsertionPoint(kv.pages ? kv.pages.getOperation() : kv.copy.getOperation());
  auto exists =
      arith::CmpIOp::create(rw, loc, arith::CmpIPredicate::ult, iv, kv.loop.getUpperBound());
  auto guard = scf::IfOp::create(rw, loc, exists, /*withElseRegion=*/false);
  auto commit = CommitKVTilesOp::create(rw, loc);
  if (kv.pages)
    rw.moveOpAfter(kv.pages, commit);
  rw.setInsertionPointAfter(kv.pages ? kv.pages.getOperation() : commit.getOperation());
  WaitKVTilesOp::create(rw, loc, 0);
  // The copy and its own stage index (the compute keeps reading the original one).
  rw.setInsertionPoint(guard.thenBlock()->getTerminator());
  Operation *stage = rw.clone(*kv.stageOf);
  rw.moveOpBefore(kv.copy, guard.thenBlock()->getTerminator());
  rw.modifyOpInPlace(kv.copy, [&] {
    kv.copy.getStageMutable().assign(stage->getResult(0));
    kv.copy.setAsync(true);
  });
  return {exists, guard, commit};
}

/// The schedule: the lookup in stage 0, the copy in the next and the rest in the last; in
/// body order, except that with one barrier per tile the copy and the lookup follow the
/// tile's first barrier.
static std::vector<std::pair<Operation *, unsigned>>
scheduleKVTileLoop(KVTileLoop kv, ArrayRef<Operation *> copyOps) {
  unsigned copyStage = kv.pages ? 1 : 0;
  unsigned lastStage = copyStage + kv.stages - 1;
  SmallVector<Operation *> early(copyOps);
  if (kv.pages)
    early.push_back(kv.pages);
  auto stageOf = [&](Operation *op) {
    return op == kv.pages.getOperation()     ? 0
           : llvm::is_contained(copyOps, op) ? copyStage
                                             : lastStage;
  };
  std::vector<std::pair<Operation *, unsigned>> schedule;
  for (Operation &op : kv.loop.getBody()->without_terminator()) {
    if (kv.firstBarrier && stageOf(&op) != lastStage)
      continue;
    schedule.emplace_back(&op, stageOf(&op));
    if (&op == kv.firstBarrier.getOperation())
      for (Operation *moved : early)
        schedule.emplace_back(moved, stageOf(moved));
  }
  return schedule;
}

/// Replaces `lookup` by `if tile < numTiles: lookup else 0`.
static Operation *guardLookup(RewriterBase &rw, KVTilePagesOp lookup, Value tile, Value numTiles) {
  Location loc = lookup.getLoc();
  rw.setInsertionPoint(lookup);
  auto exists = arith::CmpIOp::create(rw, loc, arith::CmpIPredicate::ult, tile, numTiles);
  auto ifOp = scf::IfOp::create(rw, loc, lookup->getResultTypes(), exists, /*withElse=*/true);
  rw.setInsertionPointToStart(ifOp.elseBlock());
  SmallVector<Value> zeros(lookup->getNumResults(),
                           arith::ConstantIndexOp::create(rw, loc, 0).getResult());
  scf::YieldOp::create(rw, loc, zeros);
  rw.setInsertionPointToStart(ifOp.thenBlock());
  scf::YieldOp::create(rw, loc, lookup->getResults());
  rw.moveOpBefore(lookup, ifOp.thenBlock()->getTerminator());
  rw.setInsertionPointAfter(ifOp);
  return ifOp;
}

/// Predicates a page lookup of the first stage (see the file header). The pipeliner's own
/// predicate says whether the lookup's iteration exists; for a lookup that is `tile < n`,
/// stated on the tile. `peeled`: the lookup is in the prologue; `carried`: it is the last
/// one there, whose pages the kernel's first copy reads.
static Operation *predicateLookup(RewriterBase &rw, KVTilePagesOp lookup, Value numTiles,
                                  bool peeled, bool carried) {
  // A lookup through a block list reads the list at the tile's position.
  if (lookup.getTilesPerBlock())
    return guardLookup(rw, lookup, lookup.getTile(), numTiles);
  // A plain lookup clamps its keys to the range, so it needs only a non-empty one: in the
  // kernel it runs unconditionally. In the prologue the lookups of tiles 0 .. stages-2 run
  // with their copies; the carried one, run unconditionally in the kernel, needs only
  // n > 0, the condition of tile 0's branch, which the two then share.
  if (!peeled)
    return lookup;
  if (!carried)
    return guardLookup(rw, lookup, lookup.getTile(), numTiles);
  rw.setInsertionPoint(lookup);
  Value first = arith::ConstantIndexOp::create(rw, lookup.getLoc(), 0);
  return guardLookup(rw, lookup, first, numTiles);
}

/// Folds and erases the index arithmetic the pipeliner leaves in the ops from `first` to
/// `newLoop` (iterations as lb + k * step, predicates of stages the predication ignores, one
/// copy of i + k per use in the kernel).
static void foldPipelinedOps(RewriterBase &rw, Operation *first, scf::ForOp newLoop) {
  SmallVector<Operation *> ops;
  for (Operation *op = first; op != newLoop->getNextNode(); op = op->getNextNode())
    op->walk([&](Operation *nested) {
      if (nested->getNumRegions() == 0)
        ops.push_back(nested);
    });
  GreedyRewriteConfig config;
  config.setStrictness(GreedyRewriteStrictness::ExistingOps);
  (void)applyOpPatternsGreedily(ops, FrozenRewritePatternSet(), config);
  DominanceInfo dominance;
  eliminateCommonSubExpressions(rw, dominance, newLoop);
}

FailureOr<scf::ForOp> mlir::attn::pipelineKVTileLoop(RewriterBase &rw, scf::ForOp loop,
                                                     bool singleBarrier) {
  FailureOr<KVTileLoop> kv = matchKVTileLoop(loop, singleBarrier);
  if (failed(kv))
    return failure();
  SmallVector<Operation *> copyOps = makeCopyAsync(rw, *kv);
  int64_t pending = kv->firstBarrier ? kv->stages - 2 : kv->stages - 1;

  scf::PipeliningOption options;
  options.getScheduleFn = [&](scf::ForOp, std::vector<std::pair<Operation *, unsigned>> &s) {
    s = scheduleKVTileLoop(*kv, copyOps);
  };
  options.peelEpilogue = false;
  options.supportDynamicLoops = true;
  // A copy is guarded by its own `if` and a commit closes one group in every iteration (the
  // wait counts groups): only lookups need predication. The prologue, emitted next to the
  // loop, looks up tiles 0 .. stages-1 in order.
  Block *outside = loop->getBlock();
  Value numTiles = loop.getUpperBound();
  int64_t peeledLookups = 0;
  options.predicateFn = [&](RewriterBase &builder, Operation *op, Value) -> Operation * {
    auto lookup = dyn_cast<KVTilePagesOp>(op);
    if (!lookup)
      return op;
    bool peeled = op->getBlock() == outside;
    return predicateLookup(builder, lookup, numTiles, peeled,
                           peeled && ++peeledLookups == kv->stages);
  };
  // At most `pending` newer groups may still be in flight: tile i has landed.
  options.annotateFn = [&](Operation *op, scf::PipeliningOption::PipelinerPart, unsigned) {
    if (auto wait = dyn_cast<WaitKVTilesOp>(op))
      rw.modifyOpInPlace(wait, [&] { wait.setPending(pending); });
  };
  Location loc = loop.getLoc();
  Operation *before = loop->getPrevNode();
  // The match checked what the pipeliner requires, so it does not fail here; were it to, the
  // loop would stay synchronous, and correct.
  rw.setInsertionPoint(loop);
  FailureOr<scf::ForOp> pipelined = scf::pipelineForLoop(rw, loop, options);
  if (failed(pipelined))
    return failure();
  scf::ForOp newLoop = *pipelined;
  foldPipelinedOps(rw, before ? before->getNextNode() : &newLoop->getBlock()->front(), newLoop);

  // One barrier per tile: every warp reaches the first barrier of iteration i only after it
  // is done with tile i - 1, whose stage the refill (now after that barrier) overwrites, so
  // the closing barrier is no longer needed; the wait then must not count the refill's
  // group, which is not committed yet (pending = stages - 2).
  if (kv->firstBarrier)
    if (auto closing =
            dyn_cast_or_null<gpu::BarrierOp>(newLoop.getBody()->getTerminator()->getPrevNode()))
      rw.eraseOp(closing);
  // Drain: no copy is left in flight after the loop.
  rw.setInsertionPointAfter(newLoop);
  WaitKVTilesOp::create(rw, loc, 0);
  return newLoop;
}

namespace {
struct AttnPipelinePass : public attn::impl::AttnPipelineBase<AttnPipelinePass> {
  using AttnPipelineBase::AttnPipelineBase;

  void runOnOperation() override {
    SmallVector<scf::ForOp> loops;
    getOperation()->walk([&](scf::ForOp loop) { loops.push_back(loop); });
    IRRewriter rewriter(&getContext());
    for (scf::ForOp loop : loops)
      // Loops of another shape stay as they are.
      (void)pipelineKVTileLoop(rewriter, loop, singleBarrier);
  }
};
} // namespace
