//===- Passes.td - passes of the attn dialect -------------*- tablegen -*-===//
//
// attn-plan and attn-outline: the target-independent half of the pipeline.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_DIALECT_ATTN_TRANSFORMS_PASSES_TD
#define ATTN_DIALECT_ATTN_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def AttnPlan : Pass<"attn-plan"> {
  let summary = "choose a kernel strategy and tiling for every attn.attention";
  let description = [{
    Attaches a `#attn.kernel_config` to every `attn.attention` that has none, chosen by the
    heuristic of `attn/Dialect/Attn/Transforms/Heuristics.h` from the op's shapes, element types
    and the target. A config already on the op is kept (that is how a user overrides the
    heuristic per op); the options override individual fields for every op.

    Ops whose variant no strategy supports yet are left unplanned with a remark, unless
    `require-all` is set, in which case the pass fails with a diagnostic.
  }];
  let options = [
    Option<"sm", "sm", "int64_t", "90", "target compute capability times ten (80, 90)">,
    Option<"threads", "threads", "int64_t", "0", "threads per CTA (0: heuristic)">,
    Option<"stages", "stages", "int64_t", "0", "K/V pipeline depth (0: heuristic)">,
    Option<"tileKv", "tile-kv", "int64_t", "0", "keys per KV tile (0: heuristic)">,
    Option<"headsPerThread", "heads-per-thread", "int64_t", "0",
           "decode: at most this many query heads per thread (the largest divisor of the "
           "group size not above it; 0: heuristic)">,
    Option<"requireAll", "require-all", "bool", "false",
           "fail when an op cannot be planned">,
  ];
}

def AttnOutline : Pass<"attn-outline", "::mlir::ModuleOp"> {
  let summary = "outline planned attention into gpu.module kernels with a launch manifest";
  let description = [{
    For every planned `attn.attention` in a function, creates a `gpu.module` holding the
    attention kernel (a `gpu.func` whose arguments are the runtime ABI: the op's buffers, the
    work-partition arrays written by the runtime's plan, the split-KV scratch buffers and the
    softmax scale) and, when the plan splits KV, the merge kernel. The kernel bodies restate the
    op on the kernel arguments; `convert-attn-to-nvvm` later lowers them. An `attn.kernel_abi`
    op next to the module records each kernel's parameters, block shape and variant, and the
    original op is erased.
  }];
  let dependentDialects = ["::mlir::gpu::GPUDialect", "::mlir::memref::MemRefDialect"];
}

#endif // ATTN_DIALECT_ATTN_TRANSFORMS_PASSES_TD
