//===- Passes.h - attn to NVVM conversion passes --------------*- C++ -*-===//
//
// Declares convert-attn-to-nvvm, attn-bare-ptr-abi and attn-flush-denormals, and the functions
// behind them.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_CONVERSION_ATTNTONVVM_PASSES_H
#define ATTN_CONVERSION_ATTNTONVVM_PASSES_H

#include "mlir/Pass/Pass.h"

namespace mlir {
class RewriterBase;
namespace gpu {
class GPUFuncOp;
} // namespace gpu
} // namespace mlir

namespace mlir::attn {
class AppendPagedKVOp;
class CopyKVTileOp;
class KVTilePagesOp;
class MergeStateOp;
class MergeStatesOp;
class MmaOp;
class RecomputeOp;
class RopeOp;
class SampleOp;

/// The tile-level ops on sm_80 and later (cp.async).
void lowerKVTilePages(RewriterBase &rewriter, KVTilePagesOp op);
void lowerCopyKVTile(RewriterBase &rewriter, CopyKVTileOp op);
/// attn.mma as nvvm.mma.sync m16n8k16.
void lowerMma(RewriterBase &rewriter, MmaOp op);
/// attn.recompute as an inline-asm mov with side effects.
void lowerRecompute(RewriterBase &rewriter, RecomputeOp op);
/// attn.commit_kv_tiles and attn.wait_kv_tiles.
void lowerKVTileSync(RewriterBase &rewriter, Operation *op);
/// Replaces an indexed attn.merge_states inside an outlined merge kernel by the kernel body;
/// a dense one goes to lowerDenseMergeStates.
LogicalResult lowerMergeStates(RewriterBase &rewriter, MergeStatesOp op);
/// Replace attn.merge_state / a dense attn.merge_states inside the merge kernels attn-outline
/// made for them by grid-stride kernel bodies (OpKernels.cpp); fail with a diagnostic
/// elsewhere.
LogicalResult lowerMergeState(RewriterBase &rewriter, MergeStateOp op);
LogicalResult lowerDenseMergeStates(RewriterBase &rewriter, MergeStatesOp op);
/// Replace attn.append_paged_kv / attn.rope inside the kernels attn-outline made for them by
/// the kernel bodies (OpKernels.cpp); fail with a diagnostic elsewhere.
LogicalResult lowerAppendPagedKV(RewriterBase &rewriter, AppendPagedKVOp op);
LogicalResult lowerRope(RewriterBase &rewriter, RopeOp op);
/// Replaces attn.sample inside the kernel attn-outline made for it by a one-CTA-per-row
/// rejection-sampling body (SampleKernel.cpp); fails with a diagnostic elsewhere.
LogicalResult lowerSample(RewriterBase &rewriter, SampleOp op);
/// Rewrites the memref arguments of `func` into bare pointers (see attn-bare-ptr-abi).
LogicalResult convertKernelArgumentsToBarePointers(gpu::GPUFuncOp func);

#define GEN_PASS_DECL
#include "attn/Conversion/AttnToNVVM/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "attn/Conversion/AttnToNVVM/Passes.h.inc"

} // namespace mlir::attn

#endif // ATTN_CONVERSION_ATTNTONVVM_PASSES_H
