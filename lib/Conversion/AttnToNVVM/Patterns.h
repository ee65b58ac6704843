//===- Patterns.h - the pattern sets of convert-attn-to-nvvm ---*- C++ -*-===//
//
// Library-private: each file of the conversion adds the patterns of the ops it lowers;
// AttnToNVVM.cpp collects them behind the public populate functions.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_LIB_CONVERSION_ATTNTONVVM_PATTERNS_H
#define ATTN_LIB_CONVERSION_ATTNTONVVM_PATTERNS_H

#include "mlir/Support/LLVM.h"

namespace mlir {
class LLVMTypeConverter;
class Location;
class OpBuilder;
class Operation;
class RewritePatternSet;
class RewriterBase;
class Value;
} // namespace mlir

namespace mlir::memref {
class ExpandShapeOp;
} // namespace mlir::memref

namespace mlir::attn {
class MergeStatesOp;

/// TileOps.cpp: kv_tile_pages, copy_kv_tile, commit/wait_kv_tiles, mma, recompute.
void populateTileOpPatterns(const LLVMTypeConverter &converter, RewritePatternSet &patterns);
/// MergeKernel.cpp: merge_states (the indexed form; the dense one through OpKernels.cpp).
void populateMergeKernelPatterns(RewritePatternSet &patterns);
/// OpKernels.cpp: merge_state, append_paged_kv, rope.
void populateOpKernelPatterns(RewritePatternSet &patterns);
/// SampleKernel.cpp: sample.
void populateSampleKernelPatterns(RewritePatternSet &patterns);

/// Replaces a dense attn.merge_states inside the merge kernel attn-outline made for it by a
/// grid-stride kernel body (OpKernels.cpp); fails with a diagnostic elsewhere.
LogicalResult lowerDenseMergeStates(RewriterBase &rewriter, MergeStatesOp op);

/// `value` through an inline-asm move with side effects (TileOps.cpp): LLVM neither hoists nor
/// CSEs it, and ptxas sees a plain mov.
Value opaqueCopy(OpBuilder &b, Location loc, Value value);

/// Erases `op`, those of `views` (null ones skipped) that only `op` uses, and the ops defining
/// their sizes that only they use: the flat kernel arguments' expanded views once the kernel
/// body reads the flat buffers.
void eraseOpAndDeadViews(RewriterBase &rewriter, Operation *op,
                         ArrayRef<memref::ExpandShapeOp> views);

} // namespace mlir::attn

#endif // ATTN_LIB_CONVERSION_ATTNTONVVM_PATTERNS_H
