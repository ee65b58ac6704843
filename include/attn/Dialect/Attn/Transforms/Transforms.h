//===- Transforms.h - reusable cores of the attn passes -------*- C++ -*-===//
//
// The transformations behind attn-plan and attn-outline as free functions, so that passes,
// other drivers and unit tests call the same code.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_DIALECT_ATTN_TRANSFORMS_TRANSFORMS_H
#define ATTN_DIALECT_ATTN_TRANSFORMS_TRANSFORMS_H

#include "attn/Dialect/Attn/IR/AttnOps.h"
#include "attn/Dialect/Attn/Transforms/Heuristics.h"

namespace mlir {
class ModuleOp;
class RewriterBase;
class RewritePatternSet;
namespace scf {
class ForOp;
} // namespace scf
} // namespace mlir

namespace mlir::attn {

/// The problem description the heuristic sees for `op`.
AttentionProblem getAttentionProblem(AttentionOp op, int64_t sm);

/// The heuristic's choice that `config` records (the inverse of planAttention's result), to
/// derive a kernel's layout from.
KernelChoice getKernelChoice(KernelConfigAttr config);

/// Chooses a kernel configuration for `op` (the heuristic with `overrides` applied). Fails
/// with `why` set when no strategy supports the op.
FailureOr<KernelConfigAttr> planAttention(AttentionOp op, int64_t sm,
                                          const KernelOverrides &overrides, std::string &why);

/// Outlines a planned `op` into a new gpu.module inserted before `func` in `module`, with an
/// attn.kernel_abi op per kernel; erases `op`. Fails with a diagnostic on `op` when its variant
/// cannot be outlined (unplanned, non-identity layouts, ...).
LogicalResult outlineAttention(RewriterBase &rewriter, ModuleOp module, AttentionOp op,
                               StringRef baseName);

/// outlineAttention, then a gpu.launch_func of the attention kernel in place of `op`, with
/// its arguments bound by ABI name: the op's buffers (constant ones copied to the device), and
/// a work partition computed at compile time from constant qo_indptr / kv_indptr (one item
/// per request, or per request and Q tile, and per chunk of `kvChunk` keys, rounded up to a
/// multiple of tile_kv, of requests longer than that). With `kvChunk` > 0 the kernel is
/// compiled with split-KV and, when a request was split, the merge kernel is launched after
/// it on device scratch; with 0 nothing is split and there is no merge kernel. Host
/// allocations and copies of the function become gpu.alloc / gpu.memcpy. Fails with a
/// diagnostic on `op` for what cannot be launched so (non-constant indptrs, paged KV, mask /
/// ALiBi / RoPE operands, host linalg computation).
LogicalResult outlineAttentionWithLaunch(RewriterBase &rewriter, ModuleOp module, AttentionOp op,
                                         StringRef baseName, int64_t kvChunk = 0);

/// Outlines a host-level attn.append_paged_kv into a new gpu.module holding the kernel
/// `<baseName>_append_kv` (one thread per row, KV head and vector chunk, grid-stride over the
/// `num_rows` argument), with an attn.kernel_abi op of family "append_kv"; erases `op` (and
/// its attn.paged_kv when nothing else uses it). Fails with a diagnostic on `op` for operands
/// the kernel cannot take (non-identity layouts, a cache not built by attn.paged_kv, element
/// types other than bf16 / f16).
LogicalResult outlineAppendPagedKV(RewriterBase &rewriter, ModuleOp module, AppendPagedKVOp op,
                                   StringRef baseName);

/// Outlines a host-level attn.rope into a new gpu.module holding the kernel `<baseName>_rope`
/// (family "rope"); the RoPE parameters are compiled in and recorded in the variant. Fails
/// with a diagnostic on `op` when no vector width fits head_dim and rotary_dim, or q and k
/// differ in element type.
LogicalResult outlineRope(RewriterBase &rewriter, ModuleOp module, RopeOp op,
                          StringRef baseName);

/// Outline a host-level attn.merge_state (kernel `<baseName>_merge_state`) or dense
/// attn.merge_states (`<baseName>_merge_states`, num_states an i32 argument used when the type
/// leaves it dynamic) into a new gpu.module, family "merge": grid-stride over `num_rows` rows,
/// one thread per head and vector of head_dim. Fail with a diagnostic on `op` for non-identity
/// layouts, dynamic heads / head_dim, v_a and v_b of different element types, or (merge_states)
/// the indexed form.
LogicalResult outlineMergeState(RewriterBase &rewriter, ModuleOp module, MergeStateOp op,
                                StringRef baseName);
LogicalResult outlineMergeStates(RewriterBase &rewriter, ModuleOp module, MergeStatesOp op,
                                 StringRef baseName);

/// Outlines a host-level attn.sample into a new gpu.module holding the kernel
/// `<baseName>_sample` (family "sample", one 1024-thread CTA per row), the rows passed flat
/// with the vocabulary as an i32 argument `vocab`; the filters compiled in and the per-row
/// ones are recorded in the variant. Fails with a diagnostic on `op` for non-identity layouts.
LogicalResult outlineSample(RewriterBase &rewriter, ModuleOp module, SampleOp op,
                            StringRef baseName);

/// Outlines a host-level attn.chain_speculative_sample into the kernel
/// `<baseName>_chain_speculative_sample` (family "spec_sample", one 1024-thread CTA per
/// request), every buffer passed flat with num_spec, vocab and the row count as i32 arguments.
LogicalResult outlineChainSpeculativeSample(RewriterBase &rewriter, ModuleOp module,
                                            ChainSpeculativeSampleOp op, StringRef baseName);

/// Marks a KV tile loop (scf.for) whose body `copy; barrier; ...; barrier` may keep one barrier
/// per tile once attn-pipeline has made its copies asynchronous (see the pass). The tensor-core
/// prefill kernel sets it; the memory-bound decode kernel keeps its refill ahead of the wait.
inline constexpr const char *kSingleBarrierAttrName = "attn.single_barrier";

/// Replaces a decode attn.attention inside an outlined kernel by the tiled kernel body (see
/// attn-tile). Fails with a diagnostic on `op` for variants the decode kernel does not support.
LogicalResult tileDecodeAttention(RewriterBase &rewriter, AttentionOp op);

/// Replaces a prefill attn.attention inside an outlined kernel by the tiled tensor-core kernel
/// body (see attn-tile). Fails with a diagnostic on `op` for variants it does not support.
LogicalResult tilePrefillAttention(RewriterBase &rewriter, AttentionOp op);

/// Patterns lowering the tile-level ops in #attn.decode_layout to per-thread CUDA-core code
/// (see attn-lower-tiles).
void populateDecodeTileLoweringPatterns(RewritePatternSet &patterns);

/// Patterns lowering the tile-level ops in #attn.prefill_layout to warp-level tensor-core code
/// (mma.sync, ldmatrix, cp.async; see attn-lower-tiles). They share the lane coordinates of a
/// kernel, built once at its entry: apply them to the pre-existing ops only
/// (GreedyRewriteStrictness::ExistingOps), so that no new op is erased before its last use.
void populatePrefillTileLoweringPatterns(RewritePatternSet &patterns);

/// Software-pipelines the KV tile copies of `loop` with scf::pipelineForLoop (see
/// attn-pipeline). Returns the new loop, or failure (and leaves the IR unchanged) when the loop
/// does not have the expected shape.
FailureOr<scf::ForOp> pipelineKVTileLoop(RewriterBase &rewriter, scf::ForOp loop,
                                         bool singleBarrier = true);

/// Adds the attn-raise patterns: attention written on tensors in linalg/tensor (contraction,
/// scale, causal mask, softmax, contraction) becomes attn.tensor_attention when its meaning is
/// exactly the op's (see the pass description in Passes.td).
void populateAttnRaisePatterns(RewritePatternSet &patterns);

} // namespace mlir::attn

#endif // ATTN_DIALECT_ATTN_TRANSFORMS_TRANSFORMS_H
