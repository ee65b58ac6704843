//===- Passes.td - attn to NVVM conversion passes ---------*- tablegen -*-===//
//
// convert-attn-to-nvvm and attn-bare-ptr-abi: the target-specific half of the pipeline.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_CONVERSION_ATTNTONVVM_PASSES_TD
#define ATTN_CONVERSION_ATTNTONVVM_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertAttnToNVVM : Pass<"convert-attn-to-nvvm", "::mlir::gpu::GPUModuleOp"> {
  let summary = "lower outlined attn kernels to gpu, nvgpu, vector and scf";
  let description = [{
    Rewrites the body of every kernel that attn-outline produced:
    - a decode `attn.attention` (kernel_config strategy `decode`) becomes the CUDA-core decode
      kernel: each CTA takes one work item (request, KV range) of the runtime's plan and one KV
      head; the query heads of the group share K/V tiles that a `stages`-deep cp.async pipeline
      gathers from the pages into shared memory; dot products reduce across lanes with warp
      shuffles; the online softmax runs in base 2 (`ex2.approx`); token slices merge through
      shared memory; the result goes to `o`/`lse` or, for split KV, to `tmp_o`/`tmp_lse`;
    - an indexed `attn.merge_states` becomes the merge kernel (one CTA per row and head group).
    Variants a lowering does not support yet (prefill, custom and block-sparse masks, ALiBi,
    fp8 KV, ragged KV in decode) are rejected with a diagnostic, never miscompiled.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::gpu::GPUDialect", "::mlir::math::MathDialect",
    "::mlir::memref::MemRefDialect", "::mlir::nvgpu::NVGPUDialect", "::mlir::NVVM::NVVMDialect",
    "::mlir::scf::SCFDialect", "::mlir::vector::VectorDialect"];
}

def AttnBarePtrABI : Pass<"attn-bare-ptr-abi", "::mlir::gpu::GPUModuleOp"> {
  let summary = "pass every memref kernel argument as one device pointer";
  let description = [{
    The runtime passes one device pointer per buffer. Upstream's bare-pointer calling
    convention only accepts statically shaped memrefs, and kernel buffers have a dynamic token
    dimension, so this pass turns each `memref<?x...>` kernel argument (identity layout, only
    the leading dimension dynamic) into an `!llvm.ptr` and rebuilds the memref descriptor
    inside the kernel (the strides follow from the static trailing dimensions; the leading size
    is never read). `reconcile-unrealized-casts` removes the bridge after convert-gpu-to-nvvm.
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

#endif // ATTN_CONVERSION_ATTNTONVVM_PASSES_TD
