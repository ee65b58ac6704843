//===- Passes.td - attn to NVVM conversion passes ---------*- tablegen -*-===//
//
// convert-attn-to-nvvm, attn-bare-ptr-abi and attn-flush-denormals: the target-specific half
// of the pipeline.
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

    The lowerings are conversion patterns (`populateAttnToNVVMConversionPatterns` in
    `attn/Conversion/AttnToNVVM/AttnToNVVM.h`), applied by a partial conversion that marks those
    attn ops illegal and leaves every other op as it is; memref descriptors and address spaces
    come from the `LLVMTypeConverter` that `convert-gpu-to-nvvm` uses. A pattern that cannot
    lower its op reports why, and the conversion then fails on it ("failed to legalize").
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

    An argument marked `attn.tensor_map` (a 128-byte CUtensorMap the runtime passes by value)
    becomes an `!llvm.ptr` the same way, and the kernel records its position in
    `attn.grid_constant_params`: convert-gpu-to-nvvm keeps function attributes but not
    argument attributes, so `attn-grid-constant-params` marks the parameter afterwards.
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

def AttnGridConstantParams : Pass<"attn-grid-constant-params", "::mlir::gpu::GPUModuleOp"> {
  let summary = "pass the tensor-map kernel parameters by value, as __grid_constant__";
  let description = [{
    For each kernel `llvm.func` with `attn.grid_constant_params` (attn-bare-ptr-abi's record of
    its tensor-map arguments), gives each listed parameter `llvm.byval` of its 128 bytes,
    `llvm.align = 64` and `nvvm.grid_constant`, and drops the record. The NVPTX backend then
    declares it `.param .align 64 .b8 name[128]` and takes its generic address with
    `cvta.param`, which `cp.async.bulk.tensor` accepts as the tensor map (CUDA's
    `const __grid_constant__ CUtensorMap`). Run after convert-gpu-to-nvvm.
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect", "::mlir::NVVM::NVVMDialect"];
}

def AttnExternDynamicShared : Pass<"attn-extern-dynamic-shared", "::mlir::gpu::GPUModuleOp"> {
  let summary = "declare the dynamic shared memory base as CUDA does (extern, unsized)";
  let description = [{
    `convert-gpu-to-nvvm` lowers `gpu.dynamic_shared_memory` to an *internal* zero-length
    `llvm.mlir.global` in address space 3. The NVPTX backend demotes an internal shared
    global used by one kernel into a local `.shared` variable, and prints the zero-length
    array as a one-byte scalar (`.shared .align 16 .b8 __dynamic_shmem__0;`): a static
    variable at the start of the kernel's shared window. The kernel's other static buffers
    (workgroup attributions: reduction scratch, mbarriers, a cluster's exchange buffer) are
    then laid out right after that byte, inside the range the kernel addresses through the
    dynamic base, and the two overwrite each other. A kernel with no other static buffer
    works only because the dynamic window happens to follow the demoted byte.

    This pass gives every such global external linkage, so that it is a declaration, which
    the backend prints as CUDA's `extern __shared__` array
    (`.extern .shared .align 16 .b8 __dynamic_shmem__0[];`): the dynamic window then starts
    after all static shared memory, at the launch's offset. Run after convert-gpu-to-nvvm.

    The window is aligned to `min-alignment` bytes (1024 by default): the wgmma operand
    tiles use the 128-byte swizzle, whose XOR pattern the hardware takes from address bits
    [4, 10), so a tile must start on 1024 bytes in the shared window, not only within the
    dynamic buffer. (With a static buffer in front of it, e.g. the mbarriers of a
    warp-specialized kernel, a 16-byte aligned window would start at 16 bytes past it.)
    attn-plan counts the static bytes this costs a kernel against its shared memory limit
    (`target::kDynamicSharedAlignment`, the default here).
  }];
  let options = [
    Option<"minAlignment", "min-alignment", "int64_t",
           /*default=*/"::mlir::attn::target::kDynamicSharedAlignment",
           "the least alignment of the dynamic shared memory window, in bytes">,
  ];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

def AttnApproxTanh : Pass<"attn-approx-tanh", "::mlir::gpu::GPUModuleOp"> {
  let summary = "f32 math.tanh with the afn flag as one tanh.approx.f32 (logits soft-cap)";
  let description = [{
    The logits soft-cap, `cap * tanh(x / cap)`, is the only transcendental function the
    attention kernels call besides the softmax's `ex2`. The kernels emit it as `math.tanh`
    with the `afn` fast-math flag (an approximation is allowed). Without this pass,
    `convert-gpu-to-nvvm` calls libdevice's `__nv_tanhf` for it: an accurate software tanh
    of about a dozen instructions, two of them on the MUFU pipe (`ex2`, `rcp`) that the
    softmax already saturates on Hopper, inlined once per score of a thread's tile (128
    copies in a head_dim 128 prefill kernel, which then take most of its LLVM and ptxas
    time). This pass turns every scalar f32 `math.tanh` carrying `afn` into LLVM's tanh
    intrinsic with that flag, which the NVPTX backend selects as `tanh.approx.f32`, one
    MUFU.TANH (sm_75 and later; every supported architecture has it), as FlashInfer and
    FlashAttention-3 compute the soft-cap:

      %t = math.tanh %x fastmath<afn> : f32
    becomes
      %t = llvm.intr.tanh(%x) {fastmathFlags = #llvm.fastmath<afn>} : (f32) -> f32

    `tanh.approx.f32` has a relative error of about 2^-11 (PTX ISA); on a capped score that
    is an absolute error below `cap * 2^-11`, under the bf16 rounding of the probabilities
    that the P V product already takes. A tanh without `afn`, or on another type, is left to
    libdevice. Run before `convert-gpu-to-nvvm`.
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

def AttnFlushDenormals : Pass<"attn-flush-denormals", "::mlir::gpu::GPUModuleOp"> {
  let summary = "f32 denormals flushed to zero (nvcc -ftz=true) in tensor-core kernel modules";
  let description = [{
    What clang's `-fgpu-flush-denormals-to-zero` and nvcc's `-ftz=true` (part of
    `--use_fast_math`) do, for one `gpu.module` in the LLVM dialect:
    - the module flag `nvvm-reflect-ftz = 1`, which the libdevice functions read: `math.exp2`
      (lowered to `__nv_exp2f`) becomes one `ex2.approx.ftz.f32` instead of `ex2.approx.f32`,
      which ptxas expands into a compare and two predicated multiplies around the MUFU.EX2 to
      keep denormal results: three of the eight instructions the tensor-core softmax spends
      per score (measured +3-5% on prefill, docs/PREFILL_TUNING.md run 15);
    - `denormal_fp_math_f32 = "preserve-sign"` on every defined `llvm.func`, so the NVPTX
      backend emits the `.ftz` forms of the other f32 instructions too.
    A probability below 2^-126 is zero next to the row's largest, which is 1.

    With `tensor-core-only` (the default) only modules with tensor-core kernels (prefill:
    `nvvm.mma.sync`, or warpgroup MMAs, as `nvvm.wgmma.mma_async` or as the inline assembly
    the sm_90a prefill kernels issue them as) are changed. In the warp-specialized sm_90a
    kernel this takes the IEEE expansion (FSETP + 2 FMUL around each MUFU.EX2) out of the
    consumers' softmax: 468 -> 276 instructions per thread and KV tile in its exponential
    block. Flushing turns every bf16/f16 to f32 widening into a real conversion (F2F, a
    quarter-rate pipe) instead of a shift: the CUDA-core decode kernels, which widen every K/V
    element, measured 35-40% slower with it (run 15). An existing `nvvm-reflect-ftz` flag is
    overridden. Run after convert-gpu-to-nvvm.
  }];
  let options = [
    Option<"tensorCoreOnly", "tensor-core-only", "bool", /*default=*/"true",
           "change only modules whose kernels use tensor cores (mma.sync or wgmma)">,
  ];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

#endif // ATTN_CONVERSION_ATTNTONVVM_PASSES_TD
