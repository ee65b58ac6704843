//===- Pipeline.cpp - attn-pipeline ---------------------------------------===//
//
// Software-pipelines the KV tile loop of a tiled kernel. The synchronous loop
//
//   for i in [0, n):  pages = kv_tile_pages(i); copy_kv_tile(pages, i) -> stage i % S;
//                     barrier; compute(stage i % S); barrier
//
// becomes a prefetch S - 1 tiles deep, with page ids looked up one tile ahead of their copy:
//
//   for s in [0, S-1): if s < n: copy_kv_tile(kv_tile_pages(s), s, async); commit
//   pages = n > 0 ? kv_tile_pages(S-1) : 0
//   for i in [0, n) iter(pages):
//     if i+S-1 < n: copy_kv_tile(pages, i+S-1, async)     (stage (i+S-1) % S, freed by i-1)
//     commit; next = kv_tile_pages(i+S); wait(pending = S-1)        (tile i has landed)
//     barrier; compute(stage i % S); barrier; yield next
//   wait(pending = 0)
//
// (A lookup of a tile past the loop clamps its keys; one through a block list, which reads the
// list at the tile's position, runs only for tiles that exist: n > S-1, i+S < n.) With single-barrier, the refill and lookup move after the first
// barrier, the wait keeps S-2 groups in flight and the closing barrier goes (see the pass).
//
//===----------------------------------------------------------------------===//

#include "attn/Dialect/Attn/IR/AttnOps.h"
#include "attn/Dialect/Attn/Transforms/Passes.h"
#include "attn/Dialect/Attn/Transforms/Transforms.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/LoopLikeInterface.h"

namespace mlir::attn {
#define GEN_PASS_DEF_ATTNPIPELINE
#include "attn/Dialect/Attn/Transforms/Passes.h.inc"
} // namespace mlir::attn

using namespace mlir;
using namespace mlir::attn;

/// Clones the page lookup `op` for tile `tile`.
static KVTilePagesOp clonePages(RewriterBase &rw, KVTilePagesOp op, Value tile) {
  IRMapping map;
  map.map(op.getTile(), tile);
  return cast<KVTilePagesOp>(rw.clone(*op, map));
}

/// Clones the copy `op` for tile `tile` into `stage` from `pages`, asynchronous.
static void cloneCopy(RewriterBase &rw, CopyKVTileOp op, Value tile, Value stage,
                      ValueRange pages) {
  IRMapping map;
  map.map(op.getTile(), tile);
  map.map(op.getStage(), stage);
  for (auto [from, to] : llvm::zip_equal(op.getPages(), pages))
    map.map(from, to);
  auto copy = cast<CopyKVTileOp>(rw.clone(*op, map));
  copy.setAsync(true);
}

FailureOr<scf::ForOp> mlir::attn::pipelineKVTileLoop(RewriterBase &rw, scf::ForOp loop,
                                                     bool singleBarrier) {
  // The shape: from 0 by 1; the body starts with the page lookup and the copy of tile i.
  if (!isConstantIntValue(loop.getLowerBound(), 0) || !isConstantIntValue(loop.getStep(), 1))
    return failure();
  Block *body = loop.getBody();
  Value iv = loop.getInductionVar();
  KVTilePagesOp pagesOp;
  CopyKVTileOp copyOp;
  // (A copy from ragged K/V has no pages and no lookup.)
  for (Operation &op : *body) {
    if (auto p = dyn_cast<KVTilePagesOp>(op); p && !pagesOp && p.getTile() == iv)
      pagesOp = p;
    else if (auto c = dyn_cast<CopyKVTileOp>(op);
             c && c.getTile() == iv &&
             (pagesOp ? c.getPages() == pagesOp.getResults() : c.getPages().empty())) {
      copyOp = c;
      break;
    }
  }
  if (!copyOp || copyOp.getAsync())
    return failure();
  singleBarrier = singleBarrier && loop->hasAttr(kSingleBarrierAttrName);
  int64_t stages = cast<MemRefType>(copyOp.getKTile().getType()).getDimSize(0);
  if (stages < 2)
    return failure();
  // The copy targets stage i % stages, and the lookup's results feed only the copy.
  auto rem = copyOp.getStage().getDefiningOp<arith::RemUIOp>();
  if (!rem || rem.getLhs() != iv || !isConstantIntValue(rem.getRhs(), stages))
    return failure();
  if (pagesOp && llvm::any_of(pagesOp->getUsers(), [&](Operation *u) { return u != copyOp; }))
    return failure();
  // Everything else the two ops read is computed before the loop.
  auto invariant = [&](Value v) { return v == iv || v == copyOp.getStage() ||
                                         llvm::is_contained(copyOp.getPages(), v) ||
                                         loop.isDefinedOutsideOfLoop(v); };
  if ((pagesOp && !llvm::all_of(pagesOp->getOperands(), invariant)) ||
      !llvm::all_of(copyOp->getOperands(), invariant))
    return failure();

  Location loc = loop.getLoc();
  Value ub = loop.getUpperBound();
  auto idx = [&](int64_t v) { return arith::ConstantIndexOp::create(rw, loc, v).getResult(); };
  auto ult = [&](Value a, Value b) {
    return arith::CmpIOp::create(rw, loc, arith::CmpIPredicate::ult, a, b).getResult();
  };

  // Prologue: tiles 0 .. stages-2 in flight, one commit group each.
  rw.setInsertionPoint(loop);
  for (int64_t s = 0; s + 1 < stages; ++s) {
    auto ifOp = scf::IfOp::create(rw, loc, ult(idx(s), ub), /*withElseRegion=*/false);
    {
      OpBuilder::InsertionGuard guard(rw);
      rw.setInsertionPointToStart(ifOp.thenBlock());
      Value tile = idx(s);
      auto idx2 = idx(s);
      cloneCopy(rw, copyOp, tile, idx2,
                pagesOp ? clonePages(rw, pagesOp, tile).getResults() : ValueRange());
    }
    CommitKVTilesOp::create(rw, loc);
  }
  // The pages of a tile. A lookup through a block list reads the list at the tile's position,
  // so it runs only for tiles that exist; a plain lookup clamps its keys to the range and needs
  // only a non-empty one (n > 0), which lets the loop issue it unconditionally.
  SmallVector<Type> pageTypes(copyOp.getPages().getTypes());
  bool blockList = pagesOp && pagesOp.getTilesPerBlock().has_value();
  auto guardedPages = [&](Value tile) {
    Value exists = blockList ? ult(tile, ub) : ult(idx(0), ub);
    auto lookup = scf::IfOp::create(rw, loc, pageTypes, exists, true);
    OpBuilder::InsertionGuard guard(rw);
    rw.setInsertionPointToStart(lookup.thenBlock());
    scf::YieldOp::create(rw, loc, clonePages(rw, pagesOp, tile).getResults());
    rw.setInsertionPointToStart(lookup.elseBlock());
    scf::YieldOp::create(rw, loc, SmallVector<Value>(pageTypes.size(), idx(0)));
    return lookup;
  };
  // The pages of tile stages-1, looked up before the loop.
  SmallVector<Value> firstPages;
  if (pagesOp)
    firstPages = guardedPages(idx(stages - 1)).getResults();

  // The loop carries the pages of the next tile to issue.
  FailureOr<LoopLikeOpInterface> grown = cast<LoopLikeOpInterface>(loop.getOperation())
      .replaceWithAdditionalYields(
          rw, firstPages, /*replaceInitOperandUsesInLoop=*/false,
          [](OpBuilder &, Location, ArrayRef<BlockArgument> newArgs) {
            return SmallVector<Value>(newArgs.begin(), newArgs.end());
          });
  if (failed(grown))
    return failure();
  auto newLoop = cast<scf::ForOp>(grown->getOperation());
  ValueRange pageArgs = newLoop.getRegionIterArgs().take_back(pageTypes.size());
  Value i = newLoop.getInductionVar();

  rw.setInsertionPoint(pagesOp ? pagesOp.getOperation() : copyOp.getOperation());
  Operation *firstRefillOp = nullptr;
  // Refill the stage freed by the previous iteration with tile i + stages - 1.
  Value ahead = arith::AddIOp::create(rw, loc, i, idx(stages - 1));
  firstRefillOp = ahead.getDefiningOp();
  auto ifOp = scf::IfOp::create(rw, loc, ult(ahead, ub), /*withElseRegion=*/false);
  {
    OpBuilder::InsertionGuard guard(rw);
    rw.setInsertionPointToStart(ifOp.thenBlock());
    cloneCopy(rw, copyOp, ahead, arith::RemUIOp::create(rw, loc, ahead, idx(stages)),
              pageArgs);
  }
  CommitKVTilesOp::create(rw, loc);
  if (pagesOp) {
    Value next = arith::AddIOp::create(rw, loc, ahead, idx(1));
    Operation *nextPages = blockList ? guardedPages(next).getOperation()
                                     : clonePages(rw, pagesOp, next).getOperation();
    auto yield = cast<scf::YieldOp>(newLoop.getBody()->getTerminator());
    unsigned firstPageOperand = yield.getNumOperands() - pageTypes.size();
    rw.modifyOpInPlace(yield, [&] {
      for (auto [k, v] : llvm::enumerate(nextPages->getResults()))
        yield->setOperand(firstPageOperand + k, v);
    });
  }
  // At most stages-1 newer groups may still be in flight: tile i has landed.
  auto wait = WaitKVTilesOp::create(rw, loc, stages - 1);
  rw.eraseOp(copyOp);
  if (pagesOp)
    rw.eraseOp(pagesOp);

  // One barrier per tile: `refill; commit; lookup; wait; barrier; ...; barrier; yield` becomes
  // `wait; barrier; refill; commit; lookup; ...; yield`. Every warp reaches the first barrier
  // of iteration i only after it is done with tile i - 1, whose stage the refill overwrites,
  // so the closing barrier is no longer needed; the wait then must not count the refill's
  // group, which is not committed yet.
  Block *newBody = newLoop.getBody();
  auto firstBarrier = dyn_cast_or_null<gpu::BarrierOp>(wait->getNextNode());
  auto lastBarrier =
      dyn_cast_or_null<gpu::BarrierOp>(newBody->getTerminator()->getPrevNode());
  rw.modifyOpInPlace(newLoop, [&] { newLoop->removeAttr(kSingleBarrierAttrName); });
  if (singleBarrier && firstBarrier && lastBarrier && firstBarrier != lastBarrier) {
    SmallVector<Operation *> refill;
    for (Operation *op = firstRefillOp; op != wait.getOperation(); op = op->getNextNode())
      refill.push_back(op);
    Operation *after = firstBarrier;
    for (Operation *op : refill) {
      rw.moveOpAfter(op, after);
      after = op;
    }
    rw.modifyOpInPlace(wait, [&] { wait.setPending(stages - 2); });
    rw.eraseOp(lastBarrier);
  }

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
