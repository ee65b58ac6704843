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

    An `attn.sample` that draws with top-k or top-p from probabilities, one CTA per row
    (`SampleOp::canUseMassBins`), gets the unit attribute `attn.mass_bins` where the target's
    opt-in shared memory per CTA holds the bins of the row its kernel collects (128 KiB, with
    top-k 196 KiB): its kernel then tests a drawn token by a pass over the row only in the bin
    where the filters' bound falls.
  }];
  let options = [
    Option<"sm", "sm", "int64_t", "90", "target compute capability times ten (80, 90)">,
    Option<"threads", "threads", "int64_t", "0", "threads per CTA (0: heuristic)">,
    Option<"stages", "stages", "int64_t", "0", "K/V pipeline depth (0: heuristic)">,
    Option<"tileKv", "tile-kv", "int64_t", "0", "keys per KV tile (0: heuristic)">,
    Option<"tileQ", "tile-q", "int64_t", "0",
           "prefill: query rows per CTA after head-group packing (0: heuristic)">,
    Option<"headsPerThread", "heads-per-thread", "int64_t", "0",
           "decode: at most this many query heads per thread (the largest divisor of the "
           "group size not above it; 0: heuristic)">,
    Option<"maxSlicesPerWarp", "max-slices-per-warp", "int64_t", "0",
           "prefill: at most this many 16-row Q slices per warp (0: heuristic)">,
    Option<"requireAll", "require-all", "bool", "false",
           "fail when an op cannot be planned">,
    Option<"decodeKernel", "decode-kernel", "std::string", "\"cuda-core\"",
           "decode steps (max_qo_len = 1): cuda-core, tensor-core (the prefill kernel with "
           "the GQA group as Q rows, where it applies) or auto (tensor-core from sm 90 on)">,
    Option<"prefillMma", "prefill-mma", "std::string", "\"mma-sync\"",
           "prefill kernels: mma-sync, wgmma (warpgroup MMAs on sm_90a where the variant "
           "allows, mma.sync elsewhere) or auto (on sm 90, for prefill: wgmma where the "
           "variant allows, with a producer warpgroup at head_dim 128, without remarks; "
           "decode steps keep mma.sync)">,
    Option<"warpSpecialize", "warp-specialize", "bool", "false",
           "prefill kernels on wgmma: a producer warpgroup fills the K/V stage ring through "
           "mbarriers (where the variant allows: no RoPE of K in the loop)">,
    Option<"pingpong", "pingpong", "bool", "false",
           "warp-specialized prefill kernels of two consumer warpgroups: the warpgroups take "
           "turns on the tensor cores (one's softmax runs during the other's MMAs)">,
    Option<"overlap", "overlap", "bool", "false",
           "warp-specialized prefill kernels: each consumer warpgroup runs "
           "the softmax of KV tile t + 1 while its O += P V of tile t is in flight (FA3's "
           "intra-warpgroup pipelining)">,
    Option<"tma", "tma", "bool", "false",
           "warp-specialized prefill kernels over ragged K/V: the producer loads each whole "
           "K/V tile with bulk tensor copies (TMA, one thread) from tensor maps the runtime "
           "passes (k_tmap, v_tmap), the last tile of the keys by cp.async">,
    Option<"persistent", "persistent", "bool", "false",
           "warp-specialized prefill kernels: one CTA per SM loops over the "
           "(KV head, work item) pairs, its stage ring running on across them (the producer "
           "loads the next item's K/V while the consumers finish the current one)">,
    Option<"earlyKv", "early-kv", "bool", "false",
           "warp-specialized prefill kernels, not persistent: the producer starts the K/V "
           "stage ring at once and only the consumers wait for their Q tile copies, so that "
           "the first K/V copies overlap the Q tile's">,
    Option<"l2Sections", "l2-sections", "bool", "false",
           "prefill kernels take their (KV head, work item) pairs in sections of KV heads "
           "whose K/V fits in L2, heads fastest within a section; the runtime's plan picks the "
           "section (kernel parameter head_section)">,
    Option<"autoTma", "auto-tma", "bool", "false",
           "prefill-mma=auto: kernels with the producer warpgroup load ragged K/V by TMA, as "
           "`tma` does, without remarks, and paged caches of 16-key pages or larger with "
           "three K/V stages (smaller pages, or a paged kernel held to two stages, keep "
           "cp.async)">,
    Option<"autoOverlap", "auto-overlap", "bool", "false",
           "prefill-mma=auto: kernels whose K/V goes by TMA overlap softmax with the MMAs, as "
           "`overlap` does, where that was measured faster: a causal mask (or sliding window), "
           "head_dim 128, one query head per KV head">,
    Option<"autoPersistent", "auto-persistent", "bool", "false",
           "prefill-mma=auto: the kernels whose K/V goes by TMA under auto-tma (producer warpgroup, "
           "no ping-pong, two stages or more) are persistent and overlapped, as `persistent` "
           "and `overlap` make them, without remarks; the others keep one CTA per work item">,
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

    A host-level `attn.append_paged_kv` or `attn.rope` becomes a kernel of its own
    (`<f>_append_kv`, `<f>_rope`; families `append_kv` and `rope`, role `kernel`) whose
    arguments are the op's buffers and an `i32` row count `num_rows`; the kernel attribute
    `attn.vec` records the vector width the lowering uses.

    With `host-launch`, the module becomes a complete host + device program: each attention
    op is replaced by a `gpu.launch_func` of its kernel, arguments bound by ABI name to the
    op's buffers and to a work partition computed at compile time from constant indptrs
    (requests longer than `host-kv-chunk` keys split into chunks, followed by a launch of the
    merge kernel; by default nothing is split and the kernel has no split-KV); allocations
    and copies of the function move to the device (`gpu.alloc`, `gpu.memcpy`). See `outlineAttentionWithLaunch`
    and the `attn-to-host` pipeline.
  }];
  let options = [
    Option<"hostLaunch", "host-launch", "bool", "false",
           "launch the attention kernels from the host function (gpu.launch_func)">,
    Option<"hostKvChunk", "host-kv-chunk", "int64_t", "0",
           "with host-launch: split requests with more keys than this into chunks of this "
           "many keys (rounded up to tile_kv) and launch the merge kernel (0: never split)">,
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect", "::mlir::gpu::GPUDialect",
                           "::mlir::memref::MemRefDialect"];
}

def AttnTile : Pass<"attn-tile", "::mlir::gpu::GPUModuleOp"> {
  let summary = "tile outlined attention into a loop over KV tiles";
  let description = [{
    Rewrites every `attn.attention` inside an outlined kernel into the kernel body.

    Decode (`tileDecodeAttention` in Transforms.h): the work item of the runtime's plan, the
    thread layout of the kernel_config, the query vectors (RoPE'd and pre-scaled), a loop over KV
    tiles that gathers each tile with `attn.kv_tile_pages` + `attn.copy_kv_tile` into shared
    memory and folds its keys into a base-2 online softmax (dot products reduced across lanes
    with warp shuffles), the merge of the token slices, and the writes of O and the log-sum-exp
    (or of the f32 partial state when the plan split the request).

    Prefill (`tilePrefillAttention`): FlashAttention-2 on tensor cores. The work item's Q tile
    (GQA heads packed into its rows) goes to swizzled shared memory; each KV tile is gathered
    the same way (swizzled), S = QK^T and O += PV are `attn.mma` ops on `nvgpu.ldmatrix`
    fragments, the online softmax runs in registers with quad shuffles, and only the KV tiles
    the mask cuts through get the per-element mask (tiles no row can see are never visited).

    The copies are synchronous; attn-pipeline turns them into a prefetch. Variants without a
    lowering are rejected.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::gpu::GPUDialect", "::mlir::math::MathDialect",
    "::mlir::memref::MemRefDialect", "::mlir::NVVM::NVVMDialect",
    "::mlir::nvgpu::NVGPUDialect", "::mlir::scf::SCFDialect", "::mlir::vector::VectorDialect"];
}

def AttnLowerTiles : Pass<"attn-lower-tiles", "::mlir::gpu::GPUModuleOp"> {
  let summary = "lower the tile-level ops of each layout to per-thread code";
  let description = [{
    Applies the lowering patterns of every tile layout this compiler has
    (`populateDecodeTileLoweringPatterns` for `#attn.decode_layout`: CUDA-core vector loads,
    FMA chains and warp-shuffle reductions, and the thread-level K/V copies
    `attn.kv_tile_pages` + `attn.copy_kv_tile` that attn-pipeline schedules;
    `populatePrefillTileLoweringPatterns` for `#attn.prefill_layout`: Q staged by cp.async,
    ldmatrix, mma.sync m16n8k16 through `attn.mma`, shuffle row statistics, the same copies).
    Each tile value becomes the thread's fragment of it; the loop that carries the
    online-softmax state, and a branch between two tile bodies, carry the fragments. A tile op
    with a layout that none of the patterns lowers (a variant the layout has no code for) is an
    error; tile ops without a layout are left alone.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::gpu::GPUDialect", "::mlir::math::MathDialect",
    "::mlir::memref::MemRefDialect", "::mlir::NVVM::NVVMDialect",
    "::mlir::nvgpu::NVGPUDialect", "::mlir::scf::SCFDialect", "::mlir::ub::UBDialect",
    "::mlir::vector::VectorDialect"];
}

def AttnPipeline : Pass<"attn-pipeline", "::mlir::gpu::GPUModuleOp"> {
  let summary = "software-pipeline the KV tile copies of tiled kernels";
  let description = [{
    For every `scf.for` from 0 by 1 whose body starts with `attn.kv_tile_pages` and an
    `attn.copy_kv_tile` of tile `i` into stage `i % stages`: copies of tiles 0 .. stages-2 are
    issued before the loop (each group committed), the pages of tile stages-1 are looked up
    before it and carried as iteration arguments, and iteration i issues the copy of tile
    i + stages - 1, looks up the pages of tile i + stages and waits until tile i has landed
    (`attn.wait_kv_tiles pending = stages - 1`). Copies become asynchronous. Loops that do not
    match are left unchanged.

    The loop is scheduled by upstream's `scf::pipelineForLoop` (lookup in pipeline stage 0,
    copy in stage 1, the rest in the last stage; epilogue not peeled, early stages
    predicated); the pass supplies the schedule, the predication of the page lookups and
    what the pipeliner does not model: wait-group counts, barriers and the drain after the
    loop.

    With `single-barrier` (the default), a loop marked `attn.single_barrier` (the tensor-core
    prefill kernel's) whose body has the form `copy; barrier; ...; barrier` keeps one barrier
    per tile: the wait lets `stages - 2` groups stay in flight, and the copy
    of tile i + stages - 1 moves after the first barrier, which every warp reaches only once
    done with tile i - 1, whose stage that copy refills; the closing barrier goes.
  }];
  let options = [
    Option<"singleBarrier", "single-barrier", "bool", "true",
           "in loops marked attn.single_barrier, refill a stage after the tile's first barrier "
           "and drop its closing barrier">,
  ];
}

def AttnRaise : Pass<"attn-raise"> {
  let summary = "raise attention written in linalg on tensors or memrefs to attn ops";
  let description = [{
    Recognises, on tensors, attention in the form ML compilers emit it and rewrites it to
    `attn.tensor_attention` when the meaning is exactly that of the op:
    `S = Q K^T` (a linalg contraction reducing over head_dim: `linalg.batch_matmul`,
    `linalg.generic`, ..., K^T as transposed indexing maps or a `linalg.transpose`), an
    optional constant scale (on S or on Q, `mulf` / `divf`), an optional causal mask (an
    additive constant 0 / -inf, values <= -1e9 count as -inf, or a `select` on `linalg.index`
    of the query and key loops), `P = softmax(S)` over the key dimension (`linalg.softmax` or
    its decomposition `e = exp(S - max_j S)`, `P = e / sum_j e`), and `O = P V`, with S and P
    in f32 and O in the element type of Q (directly or through `arith.truncf`).

    Operands are `[N, S, D]` (each of the N slices one request of one head) or
    `[B, H, S, D]`, where K and V may have fewer heads broadcast to H (GQA written as
    `linalg.broadcast` to `[B, Hkv, G, S, D]` and `tensor.collapse_shape`). Shapes must be
    static: the request boundaries become constant `qo_indptr` / `kv_indptr` tensors.

    Near misses (another reduction dimension, softmax over another axis, a scale after the
    softmax, a mask that is not causal or of another shape, scores in bf16, ...) are left
    unchanged; with `emit-remarks` every contraction of softmax-like probabilities that was
    not raised gets a remark saying why. The patterns are `populateAttnRaisePatterns`.

    The same chain on memrefs (each step writing a local `memref.alloc`, the last one the
    output buffer) is raised by the pass too: to `attn.tensor_attention` between
    `bufferization.to_tensor` and `bufferization.materialize_in_destination`, which
    one-shot-bufferize turns into `attn.attention`. Only when every intermediate buffer is
    used by the chain alone (no views, no other readers or writers) and nothing between its
    ops writes memory; the intermediates are removed. Unsafe chains get a remark.
  }];
  let options = [
    Option<"emitRemarks", "emit-remarks", "bool", "false",
           "remark on attention-like IR that was not raised, with the reason">,
  ];
  let dependentDialects = ["::mlir::attn::AttnDialect", "::mlir::arith::ArithDialect",
                           "::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect"];
}

#endif // ATTN_DIALECT_ATTN_TRANSFORMS_PASSES_TD
