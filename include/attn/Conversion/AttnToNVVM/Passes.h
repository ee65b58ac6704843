//===- Passes.h - attn to NVVM conversion passes --------------*- C++ -*-===//
//
// Declares convert-attn-to-nvvm, attn-bare-ptr-abi and attn-flush-denormals. The patterns
// behind convert-attn-to-nvvm are in AttnToNVVM.h.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_CONVERSION_ATTNTONVVM_PASSES_H
#define ATTN_CONVERSION_ATTNTONVVM_PASSES_H

#include "attn/Dialect/Attn/Utils/Target.h"

#include "mlir/Pass/Pass.h"

namespace mlir {
class LLVMTypeConverter;
namespace gpu {
class GPUFuncOp;
} // namespace gpu
} // namespace mlir

namespace mlir::attn {

/// Rewrites the memref arguments of `func` into bare pointers (see attn-bare-ptr-abi), their
/// descriptors of the types `converter` gives them.
LogicalResult convertKernelArgumentsToBarePointers(gpu::GPUFuncOp func,
                                                   const LLVMTypeConverter &converter);

#define GEN_PASS_DECL
#include "attn/Conversion/AttnToNVVM/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "attn/Conversion/AttnToNVVM/Passes.h.inc"

} // namespace mlir::attn

#endif // ATTN_CONVERSION_ATTNTONVVM_PASSES_H
