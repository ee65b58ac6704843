//===- Passes.td - attn to NVVM conversion passes ---------*- tablegen -*-===//
//
// convert-attn-to-nvvm and attn-bare-ptr-abi: the target-specific half of the pipeline.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_CONVERSION_ATTNTONVVM_PASSES_TD
#define ATTN_CONVERSION_ATTNTONVVM_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertAttnToNVVM : Pass<"convert-attn-to-nvvm", "::mlir::gpu::GPUModuleOp"> {
  let summary = "lower the tile-level attn ops and the merge kernel for sm_80 and later";
  let description = [{
    The target-specific end of the attn pipeline, run after attn-tile and attn-pipeline:
    - `attn.kv_tile_pages` becomes the page-index loads, `attn.copy_kv_tile` one 16-byte
      `cp.async.cg` per row of K and V (zero-filled past the end of the range, via
      `nvgpu.device_async_copy`), `attn.commit_kv_tiles`/`attn.wait_kv_tiles` the cp.async
      group commit and wait; a synchronous copy also commits and waits for itself;
    - kernels marked `attn.programmatic_primary` signal their dependents at entry
      (`griddepcontrol.launch_dependents`) when the module's NVVM target is sm_90 or later;
    - an indexed `attn.merge_states` becomes the merge kernel (one CTA per row and head group,
      slices of lanes folding the partial states, `griddepcontrol.wait` first when it is a
      programmatic dependent);
    - `attn.append_paged_kv` and `attn.rope` in their outlined kernels become grid-stride loops
      over (row, head, vector) units with 16-byte loads and stores (RoPE through the helpers
      the fused kernels use).
    An `attn.attention` left untiled is an error.
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
