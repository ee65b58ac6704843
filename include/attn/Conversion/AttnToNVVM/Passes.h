//===- Passes.h - attn to NVVM conversion passes --------------*- C++ -*-===//
//
// Declares convert-attn-to-nvvm and attn-bare-ptr-abi, and the functions behind them.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_CONVERSION_ATTNTONVVM_PASSES_H
#define ATTN_CONVERSION_ATTNTONVVM_PASSES_H

#include "mlir/Pass/Pass.h"

namespace mlir {
class RewriterBase;
namespace arith {
class ArithDialect;
} // namespace arith
namespace gpu {
class GPUDialect;
class GPUFuncOp;
class GPUModuleOp;
} // namespace gpu
namespace math {
class MathDialect;
} // namespace math
namespace memref {
class MemRefDialect;
} // namespace memref
namespace nvgpu {
class NVGPUDialect;
} // namespace nvgpu
namespace NVVM {
class NVVMDialect;
} // namespace NVVM
namespace LLVM {
class LLVMDialect;
} // namespace LLVM
namespace scf {
class SCFDialect;
} // namespace scf
namespace vector {
class VectorDialect;
} // namespace vector
} // namespace mlir

namespace mlir::attn {
class AttentionOp;
class MergeStatesOp;

class KVTilePagesOp;
class CopyKVTileOp;

/// The tile-level ops on sm_80 and later (cp.async).
void lowerKVTilePages(RewriterBase &rewriter, KVTilePagesOp op);
void lowerCopyKVTile(RewriterBase &rewriter, CopyKVTileOp op);
/// attn.commit_kv_tiles and attn.wait_kv_tiles.
void lowerKVTileSync(RewriterBase &rewriter, Operation *op);
/// Replaces an indexed attn.merge_states inside an outlined merge kernel by the kernel body.
LogicalResult lowerMergeStates(RewriterBase &rewriter, MergeStatesOp op);
/// Rewrites the memref arguments of `func` into bare pointers (see attn-bare-ptr-abi).
LogicalResult convertKernelArgumentsToBarePointers(gpu::GPUFuncOp func);

#define GEN_PASS_DECL
#include "attn/Conversion/AttnToNVVM/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "attn/Conversion/AttnToNVVM/Passes.h.inc"

/// Registers the conversion passes (registerAttnConversionPasses is generated above).
} // namespace mlir::attn

#endif // ATTN_CONVERSION_ATTNTONVVM_PASSES_H
