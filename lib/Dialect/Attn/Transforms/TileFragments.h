//===- TileFragments.h - tile values as per-thread fragments ------*- C++ -*-===//
//
// What the tile-lowering pattern sets (LowerDecodeTiles.cpp, LowerPrefillTiles.cpp) share.
// A lowered tile value stands for the thread's fragment of it through an
// `unrealized_conversion_cast` from the fragment values; a pattern matches only once its tile
// operands are such casts, so producers lower before consumers. The structured ops that carry
// tiles (the KV loop's iter_args, an scf.if choosing between two tile bodies) are rewritten to
// carry the fragments; the casts they leave fold away against the lowered ops' casts.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_LIB_DIALECT_ATTN_TRANSFORMS_TILEFRAGMENTS_H
#define ATTN_LIB_DIALECT_ATTN_TRANSFORMS_TILEFRAGMENTS_H

#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/UB/IR/UBOps.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::attn::detail {

/// The thread's fragment of a lowered tile value, or nothing while its producer is not lowered.
inline std::optional<SmallVector<Value>> fragmentsOf(Value tile) {
  auto cast = tile.getDefiningOp<UnrealizedConversionCastOp>();
  if (!cast || cast->getNumResults() != 1 || cast.getInputs().empty())
    return std::nullopt;
  return SmallVector<Value>(cast.getInputs());
}

/// Whether a tile op's pattern may build its lowering: every tile operand is lowered already
/// and `supports` accepts the op's variant (the lowering of `family` has it). Checked before
/// anything is built, so that a failed match leaves the IR as it was.
inline LogicalResult checkLowerable(PatternRewriter &rewriter, Operation *op,
                                    ValueRange tileOperands, StringRef family,
                                    function_ref<LogicalResult()> supports) {
  for (Value operand : tileOperands)
    if (isa<VectorType>(operand.getType()) && !fragmentsOf(operand))
      return rewriter.notifyMatchFailure(op, "tile operands not lowered yet");
  if (failed(supports()))
    return rewriter.notifyMatchFailure(op, "variant without a " + family + " lowering");
  return success();
}

/// A tile value standing for the thread's fragment `frags`.
inline Value fromFragments(OpBuilder &b, Location loc, Type tileType, ValueRange frags) {
  return UnrealizedConversionCastOp::create(b, loc, tileType, frags).getResult(0);
}

/// Replaces each result of `op` by the tile standing for its fragments, in order; a result
/// given no fragments has no user left and becomes poison.
inline void replaceWithFragments(PatternRewriter &rewriter, Operation *op,
                                 ArrayRef<SmallVector<Value>> frags) {
  SmallVector<Value> tiles;
  for (auto [result, f] : llvm::zip_equal(op->getResults(), frags))
    tiles.push_back(f.empty() ? ub::PoisonOp::create(rewriter, op->getLoc(), result.getType())
                              : fromFragments(rewriter, op->getLoc(), result.getType(), f));
  rewriter.replaceOp(op, tiles);
}

/// The fragments of every operand in `tiles`, or failure while one is not lowered yet.
inline LogicalResult fragmentsOf(ValueRange tiles, SmallVectorImpl<SmallVector<Value>> &out) {
  for (Value tile : tiles) {
    std::optional<SmallVector<Value>> frags = fragmentsOf(tile);
    if (!frags)
      return failure();
    out.push_back(std::move(*frags));
  }
  return success();
}

/// An scf.for whose iter_args include lowered tiles carries their fragments instead: the body
/// sees the tiles through casts from the new block arguments, the yield casts each tile back to
/// its fragment types (folding against the lowered producer's cast), and the results are
/// casts from the new loop's results.
struct DistributeTileLoop : OpRewritePattern<scf::ForOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(scf::ForOp loop, PatternRewriter &rewriter) const override {
    SmallVector<std::optional<SmallVector<Value>>> frags;
    bool any = false;
    for (Value init : loop.getInitArgs()) {
      frags.push_back(isa<VectorType>(init.getType()) ? fragmentsOf(init) : std::nullopt);
      any |= frags.back().has_value();
    }
    if (!any)
      return rewriter.notifyMatchFailure(loop, "no lowered tile among the iter_args");
    Location loc = loop.getLoc();
    SmallVector<Value> inits;
    for (auto [init, f] : llvm::zip_equal(loop.getInitArgs(), frags))
      f ? llvm::append_range(inits, *f) : inits.push_back(init);
    auto newLoop = scf::ForOp::create(rewriter, loc, loop.getLowerBound(), loop.getUpperBound(),
                                      loop.getStep(), inits);
    newLoop->setDiscardableAttrs(loop->getDiscardableAttrDictionary());
    Block *body = newLoop.getBody();
    rewriter.setInsertionPointToStart(body);
    // Old block arguments in terms of the new ones; old results in terms of the new results.
    SmallVector<Value> argRepl{newLoop.getInductionVar()}, resultRepl;
    unsigned next = 0;
    for (auto [arg, res, f] : llvm::zip_equal(loop.getRegionIterArgs(), loop.getResults(), frags)) {
      unsigned n = f ? f->size() : 1;
      ValueRange args = newLoop.getRegionIterArgs().slice(next, n);
      ValueRange results = newLoop.getResults().slice(next, n);
      next += n;
      if (!f) {
        argRepl.push_back(args.front());
        resultRepl.push_back(results.front());
        continue;
      }
      argRepl.push_back(fromFragments(rewriter, loc, arg.getType(), args));
      OpBuilder::InsertionGuard guard(rewriter);
      rewriter.setInsertionPointAfter(newLoop);
      resultRepl.push_back(fromFragments(rewriter, loc, res.getType(), results));
    }
    auto oldYield = cast<scf::YieldOp>(loop.getBody()->getTerminator());
    rewriter.mergeBlocks(loop.getBody(), body, argRepl);
    rewriter.setInsertionPoint(oldYield);
    SmallVector<Value> yields;
    for (auto [v, f] : llvm::zip_equal(oldYield.getOperands(), frags)) {
      if (!f) {
        yields.push_back(v);
        continue;
      }
      auto cast = UnrealizedConversionCastOp::create(rewriter, loc, ValueRange(*f).getTypes(), v);
      llvm::append_range(yields, cast.getResults());
    }
    rewriter.replaceOpWithNewOp<scf::YieldOp>(oldYield, yields);
    rewriter.replaceOp(loop, resultRepl);
    return success();
  }
};

/// An scf.if whose results include tiles that both branches yield lowered carries their
/// fragments instead (the fragment types of a result must agree between the branches): the
/// yields pass the fragments and the results are casts from the new op's results.
struct DistributeTileIf : OpRewritePattern<scf::IfOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(scf::IfOp op, PatternRewriter &rewriter) const override {
    if (op.getNumResults() == 0 || op.getElseRegion().empty())
      return rewriter.notifyMatchFailure(op, "no results or no else branch");
    auto thenYield = op.thenYield(), elseYield = op.elseYield();
    SmallVector<std::optional<SmallVector<Value>>> thenFrags, elseFrags;
    bool any = false;
    for (auto [result, a, b] :
         llvm::zip_equal(op.getResults(), thenYield.getOperands(), elseYield.getOperands())) {
      bool tile = isa<VectorType>(result.getType());
      thenFrags.push_back(tile ? fragmentsOf(a) : std::nullopt);
      elseFrags.push_back(tile ? fragmentsOf(b) : std::nullopt);
      if (thenFrags.back().has_value() != elseFrags.back().has_value())
        return rewriter.notifyMatchFailure(op, "a tile lowered in one branch only");
      if (thenFrags.back() &&
          ValueRange(*thenFrags.back()).getTypes() != ValueRange(*elseFrags.back()).getTypes())
        return rewriter.notifyMatchFailure(op, "branches hold a tile differently");
      any |= thenFrags.back().has_value();
    }
    if (!any)
      return rewriter.notifyMatchFailure(op, "no lowered tile among the results");
    SmallVector<Type> types;
    for (auto [result, f] : llvm::zip_equal(op.getResults(), thenFrags))
      f ? llvm::append_range(types, ValueRange(*f).getTypes()) : types.push_back(result.getType());
    auto newOp = scf::IfOp::create(rewriter, op.getLoc(), types, op.getCondition(),
                                   /*withElseRegion=*/true);
    auto moveBranch = [&](Region &from, Region &to, scf::YieldOp yield,
                          ArrayRef<std::optional<SmallVector<Value>>> frags) {
      rewriter.eraseBlock(&to.front());
      rewriter.inlineRegionBefore(from, to, to.end());
      SmallVector<Value> values;
      for (auto [v, f] : llvm::zip_equal(yield.getOperands(), frags))
        f ? llvm::append_range(values, *f) : values.push_back(v);
      rewriter.setInsertionPoint(yield);
      rewriter.replaceOpWithNewOp<scf::YieldOp>(yield, values);
    };
    moveBranch(op.getThenRegion(), newOp.getThenRegion(), thenYield, thenFrags);
    moveBranch(op.getElseRegion(), newOp.getElseRegion(), elseYield, elseFrags);
    rewriter.setInsertionPointAfter(newOp);
    SmallVector<Value> replacements;
    unsigned next = 0;
    for (auto [result, f] : llvm::zip_equal(op.getResults(), thenFrags)) {
      unsigned n = f ? f->size() : 1;
      ValueRange results = newOp.getResults().slice(next, n);
      next += n;
      replacements.push_back(f ? fromFragments(rewriter, op.getLoc(), result.getType(), results)
                               : results.front());
    }
    rewriter.replaceOp(op, replacements);
    return success();
  }
};

} // namespace mlir::attn::detail

#endif // ATTN_LIB_DIALECT_ATTN_TRANSFORMS_TILEFRAGMENTS_H
