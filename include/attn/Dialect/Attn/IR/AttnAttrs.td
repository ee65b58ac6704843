//===- AttnAttrs.td - attributes of the attn dialect ------*- tablegen -*-===//
//
// #attn.mask, #attn.rope, #attn.kernel_config and the tile layouts (#attn.decode_layout,
// #attn.prefill_layout, #attn.merge_layout).
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_DIALECT_ATTN_IR_ATTNATTRS_TD
#define ATTN_DIALECT_ATTN_IR_ATTNATTRS_TD

include "attn/Dialect/Attn/IR/AttnDialect.td"
include "attn/Dialect/Attn/IR/AttnEnums.td"

// `true` / `false` attribute parameter.
class Attn_BoolParam : AttrParameter<"bool", "a boolean"> {
  let parser = "::mlir::attn::detail::parseBoolParam($_parser)";
  let printer = "$_printer << ($_self ? \"true\" : \"false\")";
}
def Attn_RequiredBoolParam : Attn_BoolParam;
class Attn_DefaultBoolParam<string value> : Attn_BoolParam {
  let defaultValue = value;
}

def Attn_MaskAttr : Attn_Attr<"Mask", "mask"> {
  let summary = "which (query, key) pairs an attention op scores";
  let description = [{
    Positions are aligned bottom-right: in a request with `qo_len` queries and `kv_len` keys,
    query `i` sits at position `p_i = kv_len - qo_len + i`, so one causal mask serves prefill
    (qo_len == kv_len), decode (qo_len == 1) and append (queries after cached keys).
    Key `j` is visible to query `i` when:
    - `none`: always;
    - `causal`: `j <= p_i`;
    - `custom`: bit `i * kv_len + j` of the request's slice of the bit-packed `custom_mask`
      operand is set (little-endian bit order within a byte);
    - `block_sparse`: block `(i / block_rows, j / block_cols)` is listed in the BSR operands.
    `window_left = W` (none or causal only) further requires `j >= p_i - W`.

    ```mlir
    #attn.mask<causal>
    #attn.mask<causal, window_left = 4095>
    #attn.mask<block_sparse, block = [64, 64]>
    ```
  }];
  let parameters = (ins
    EnumParameter<Attn_MaskKind>:$kind,
    OptionalParameter<"std::optional<int64_t>">:$window_left,
    OptionalParameter<"std::optional<int64_t>">:$block_rows,
    OptionalParameter<"std::optional<int64_t>">:$block_cols);
  // `<kind [, window_left = W] [, block = [R, C]]>`; hand-written because two optional groups
  // that both start with `,` cannot be told apart by the generated parser.
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let builders = [
    AttrBuilder<(ins "MaskKind":$kind), [{
      return $_get($_ctxt, kind, std::nullopt, std::nullopt, std::nullopt);
    }]>
  ];
  let extraClassDeclaration = [{
    bool hasSlidingWindow() const { return getWindowLeft().has_value(); }
  }];
}

def Attn_RopeAttr : Attn_Attr<"Rope", "rope"> {
  let summary = "rotary position embedding applied to queries and keys";
  let description = [{
    Rotates the first `rotary_dim` features of each query and key head by its position.
    Pairs are `(x[i], x[i + rotary_dim/2])` (`interleave = false`, the Llama/NeoX layout) or
    `(x[2i], x[2i+1])` (`interleave = true`, GPT-J). For pair `i` the angle is
    `pos * f_i` with `f_i = theta^(-2i / rotary_dim) / scale`.
    `llama3` rescales `f_i` as Llama 3.1 does: with `lo = original_max_position /
    low_freq_factor` and `hi = original_max_position / high_freq_factor` wavelengths
    (`2*pi/f_i`), frequencies whose wavelength exceeds `lo` are divided by `factor`, those below
    `hi` are kept, and those between are interpolated smoothly.

    ```mlir
    #attn.rope<llama, rotary_dim = 128, theta = 10000.0>
    #attn.rope<llama3, rotary_dim = 128, theta = 500000.0, factor = 8.0>
    ```
  }];
  let parameters = (ins
    EnumParameter<Attn_RopeKind>:$kind,
    "int64_t":$rotary_dim,
    Attn_DefaultF64Param<"1.0e4">:$theta,
    Attn_DefaultF64Param<"1.0">:$scale,
    Attn_DefaultBoolParam<"false">:$interleave,
    Attn_DefaultF64Param<"8.0">:$factor,
    Attn_DefaultF64Param<"1.0">:$low_freq_factor,
    Attn_DefaultF64Param<"4.0">:$high_freq_factor,
    DefaultValuedParameter<"int64_t", "8192">:$original_max_position);
  let assemblyFormat = [{
    `<` $kind `,` struct($rotary_dim, $theta, $scale, $interleave, $factor, $low_freq_factor,
                         $high_freq_factor, $original_max_position) `>`
  }];
  let genVerifyDecl = 1;
}

def Attn_KernelConfigAttr : Attn_Attr<"KernelConfig", "kernel_config"> {
  let summary = "the kernel strategy and tiling chosen by attn-plan";
  let description = [{
    Data, not code: `attn-plan` fills it from a heuristic (or takes it from the op, when the
    user set it), and the later passes read it.
    - `strategy`: `decode` (CUDA cores) or `prefill` (tensor cores);
    - `sm`: target compute capability times ten (80, 90);
    - `threads`: threads per CTA;
    - `tile_q`: query rows (after head-group packing) per CTA;
    - `tile_kv`: keys per KV tile of the main loop;
    - `stages`: depth of the K/V prefetch pipeline;
    - `split_kv`: whether long KV may be split across CTAs and merged;
    - `vec`: elements per thread per vector load along the head dimension;
    - `heads_per_thread` (decode, default 1): query heads of a KV group each thread computes, so
      one conversion of a K/V vector serves them all;
    - `wgmma` (prefill on sm_90a, default false): the contractions run as warpgroup MMAs
      (`wgmma.mma_async`) reading Q, K and V from shared memory in the 128-byte swizzle of its
      matrix descriptors, instead of `mma.sync`; needs one 16-row slice per warp and whole
      warpgroups (tile_q = threads / 2, threads a multiple of 128).
    - `producer` (with `wgmma`, default false): warp specialization. The CTA has one more
      warpgroup, 128 threads past `threads`, that only copies K/V tiles into the stage ring
      and signals each stage's arrival on an mbarrier; the `threads` consumer threads wait on
      it, compute, and release the stage on a second mbarrier. No CTA-wide barrier remains in
      the KV loop, so the consumer warpgroups drift apart and each issues its MMAs while the
      other runs its softmax. The CTA launches with `threads + 128` threads.
    - `pingpong` (with `producer` and two consumer warpgroups, default false): the consumer
      warpgroups take turns on the tensor cores (`attn.mma_turn`), so that one's softmax runs
      while the other's MMAs do. With `overlap` a turn issues a tile's MMAs together (S of tile
      t + 1 and P V of tile t; FA3's scheduler barrier with its intra-warpgroup overlap).
    - `overlap` (with `producer` and two stages or more, default false):
      FA3's intra-warpgroup pipelining. Each consumer warpgroup issues S = Q K^T of tile
      t + 1 and O += P V of tile t asynchronously and runs the softmax of tile t + 1 while the
      latter is in flight (`attn.tile_qk` / `attn.tile_pv` `async`, `attn.wait_mma`,
      `attn.rescale_acc`); it holds two K/V stages at once.
    - `tma` (with `producer`, default false): the producer loads each whole K/V tile inside a
      work item's keys with bulk tensor copies (TMA: `cp.async.bulk.tensor`, one thread, head_dim
      / 64 boxes of [tile_kv, 64] per tensor, the 128-byte swizzle the wgmma descriptors read)
      from tensor maps the kernel takes as parameters (`k_tmap`, `v_tmap`), and arms the
      stage's full barrier with the bytes they bring (`mbarrier.arrive.expect_tx`); the tile
      at the end of the keys, which the copies must zero past the end, keeps the per-thread
      `cp.async` copies. Ragged K/V, or a paged cache whose pages make boxes of 8 rows or
      more (`abi::prefill::tmaPagesFit`; no block-sparse mask).
    - `persistent` (with `producer`, default false): the grid is one CTA
      per SM (the runtime launches min(SMs x CTAs per SM, Hkv x work slots) CTAs, one
      dimension) and each CTA loops over the (KV head, work item) pairs c, c + gridDim.x, ...
      in the plan's order, heaviest first. The stage ring and its phases run on across the
      items, so the producer loads the next item's K/V tiles while the consumers finish the
      current one's last tiles and write its rows; the consumers load each item's Q tile
      themselves, between two named barriers over the consumer threads.
    - `early_kv` (with `producer`, not with `persistent`, default false): the producer starts
      filling the stage ring at once, and only the consumer threads wait for the Q tile they
      copy (its cp.async group, then a named barrier over the consumer threads): the first
      K/V tiles' copies overlap the Q tile's instead of following it. Without it, the whole
      CTA waits for the Q tile before the producer's first copy (a persistent kernel already
      starts its producer at once).
    - `l2_sections` (prefill, default false): the CTAs take (KV head, work item) pairs in
      sections of S KV heads, S read from the kernel parameter `head_section` (a device
      scalar the runtime's plan writes): within a section the heads vary fastest and the items
      slower, so the CTAs in flight read the K/V of S heads only and find it in L2. The plan
      picks S, and orders its items in groups of requests, from the device's L2 size and the
      batch's K/V bytes (abi::prefill::kHeadSection). Without it the CTAs run every KV head
      of an item together: on a batch of equal requests the CTAs in flight read as many K/V
      streams as there are (request, head) pairs among them.

    ```mlir
    #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4,
                        tile_kv = 16, stages = 4, split_kv = true, vec = 8>
    ```
  }];
  let parameters = (ins
    EnumParameter<Attn_Strategy>:$strategy,
    "int64_t":$sm,
    "int64_t":$threads,
    "int64_t":$tile_q,
    "int64_t":$tile_kv,
    "int64_t":$stages,
    Attn_RequiredBoolParam:$split_kv,
    "int64_t":$vec,
    DefaultValuedParameter<"int64_t", "1">:$heads_per_thread,
    DefaultValuedParameter<"bool", "false">:$wgmma,
    DefaultValuedParameter<"bool", "false">:$producer,
    DefaultValuedParameter<"bool", "false">:$pingpong,
    DefaultValuedParameter<"bool", "false">:$overlap,
    DefaultValuedParameter<"bool", "false">:$tma,
    DefaultValuedParameter<"bool", "false">:$persistent,
    DefaultValuedParameter<"bool", "false">:$early_kv,
    DefaultValuedParameter<"bool", "false">:$l2_sections);
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    /// Threads of the producer warpgroup of a warp-specialized kernel (`producer`).
    static constexpr int64_t kProducerThreads = 128;
    /// Threads the CTA launches with: the consumers plus the producer warpgroup, if any.
    int64_t getBlockThreads() const {
      return getThreads() + (getProducer() ? kProducerThreads : 0);
    }
  }];
}

def Attn_DecodeLayoutAttr : Attn_Attr<"DecodeLayout", "decode_layout"> {
  let summary = "how a CUDA-core decode CTA holds the tiles of the tile-level ops";
  let description = [{
    The distribution of a decode kernel's tiles over its threads, chosen by attn-tile from the
    kernel_config. Thread `t` is `(tx, ty, tz) = (t % lanes, t / lanes % heads, t / (lanes *
    heads))`:
    - `lanes` threads split a head row into `vec`-element vectors (tx holds columns
      `[tx * vec, tx * vec + vec)` of Q, the accumulator and each K/V row);
    - `heads` thread rows split the query heads of the KV group, `heads_per_thread` each
      (ty holds tile rows `[ty * hpt, ty * hpt + hpt)`);
    - `slices` thread planes split each KV tile's keys: tz holds keys
      `[tz * heads * rows_per_group, (tz + 1) * heads * rows_per_group)` of the score tile and
      keeps its own running statistics for them, merged across slices by `attn.finalize`
      (the row statistics of this layout are per slice until then);
    - for `attn.load_kv_tile`, thread group `g = tz * heads + ty` copies `rows_per_group` rows.

    ```mlir
    #attn.decode_layout<lanes = 16, heads = 4, slices = 2, heads_per_thread = 1,
                        rows_per_group = 1, vec = 8>
    ```
  }];
  let parameters = (ins "int64_t":$lanes, "int64_t":$heads, "int64_t":$slices,
                        "int64_t":$heads_per_thread, "int64_t":$rows_per_group, "int64_t":$vec);
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    /// Threads of the CTA: lanes * heads * slices.
    int64_t getNumThreads() const { return getLanes() * getHeads() * getSlices(); }
    /// Keys of a score tile each slice holds: heads * rows_per_group.
    int64_t getKeysPerSlice() const { return getHeads() * getRowsPerGroup(); }
  }];
}

def Attn_PrefillLayoutAttr : Attn_Attr<"PrefillLayout", "prefill_layout"> {
  let summary = "how a tensor-core prefill CTA holds the tiles of the tile-level ops";
  let description = [{
    The distribution of a prefill / append kernel's tiles over the fragments of warp-level
    `mma.sync.m16n8k16` (PTX ISA 9.7.14.5.8, f16/bf16 operands, f32 accumulators), chosen by
    attn-tile from the kernel_config. Thread `t` is lane `t % 32` of warp `w = t / 32`:
    - rows: warp w holds tile rows `[w * slices * 16, (w + 1) * slices * 16)`, `slices`
      16-row mma slices; in slice s lane l holds rows `16 s + l / 4` and `16 s + l / 4 + 8`
      (the C/D fragment rows), so a row's statistics live in the four lanes `4 (l / 4) ..+3`;
    - columns (keys of a score tile, features of the accumulator): 8-column blocks, lane l
      holding columns `8 n + 2 (l % 4)` and `+ 1` of block n; the tile's width is a multiple
      of 16 (one A fragment of P covers 16 keys, one ldmatrix.x4 two B fragments);
    - Q, K and V are staged in XOR-swizzled shared memory and read by `ldmatrix`; the Q tile of
      the tile ops is that staged copy;
    - for `attn.load_kv_tile`, the `32 * warps / (head_dim / vec)` copy groups each copy
      `rows_per_group` consecutive rows of a tile, `vec` elements (16 bytes) per thread.

    With `wgmma` (sm_90a) the same register fragments come from warpgroup MMAs: warps 4i..4i+3
    form warpgroup i, which computes the 64 rows `[64 i, 64 i + 64)` of S = Q K^T with
    `wgmma.mma_async.m64nNk16` (Q and K read from shared memory through matrix descriptors)
    and of O += P V with P from the registers of the online softmax (the A fragment of an
    `m64nNk16` warpgroup MMA is, warp by warp, that of `mma.sync.m16n8k16`, and so is the
    accumulator). Q, K and V are staged in the 128-byte swizzle layout of wgmma's descriptors
    instead of the ldmatrix one: a [rows, head_dim] tile is `head_dim / 64` column blocks of
    [rows, 64], chunk c of row r of a block at chunk `(c ^ r) % 8` (see `attn.copy_kv_tile`'s
    `swizzle128`). Needs `slices = 1` and a multiple of 4 warps.

    With `producer_warps = 4` (warp specialization, needs `wgmma`) the CTA has a producer
    warpgroup after the `warps` consumer warps: threads `[32 warps, 32 (warps + 4))` run
    `attn.load_kv_tile` (copy group `(t - 32 warps) / (head_dim / vec)`, `rows_per_group` rows
    of a tile each), every other tile op runs on the consumer threads `[0, 32 warps)`.

    ```mlir
    #attn.prefill_layout<warps = 4, slices = 1, rows_per_group = 4, vec = 8>
    #attn.prefill_layout<warps = 8, slices = 1, rows_per_group = 4, vec = 8, wgmma = true>
    #attn.prefill_layout<warps = 8, slices = 1, rows_per_group = 8, vec = 8, wgmma = true,
                         producer_warps = 4>
    ```
  }];
  let parameters = (ins "int64_t":$warps, "int64_t":$slices, "int64_t":$rows_per_group,
                        "int64_t":$vec, DefaultValuedParameter<"bool", "false">:$wgmma,
                        DefaultValuedParameter<"int64_t", "0">:$producer_warps);
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    /// Rows of the mma.sync m16n8k16 fragments: the M of the instruction.
    static constexpr int64_t kMmaRows = 16;
    /// Warps of a warpgroup (the unit of wgmma) and its rows: 4 and 64.
    static constexpr int64_t kWarpgroupWarps = 4;
    static constexpr int64_t kWarpgroupRows = 64;
    /// Threads of the consumer warps, which hold the tiles: 32 * warps.
    int64_t getNumThreads() const { return 32 * getWarps(); }
    /// Threads of the producer warps (warp specialization), after the consumers'.
    int64_t getProducerThreads() const { return 32 * getProducerWarps(); }
    /// Rows of the query, score and accumulator tiles: warps * slices * 16.
    int64_t getRows() const { return getWarps() * getSlices() * kMmaRows; }
  }];
}

def Attn_MergeLayoutAttr : Attn_Attr<"MergeLayout", "merge_layout"> {
  let summary = "how an indexed merge kernel's threads cover its rows";
  let description = [{
    Chosen by attn-outline for the split-KV merge kernel: `lanes` threads cover one head row
    (head_dim / lanes features each) and `slices` groups of lanes take every slices-th partial
    state of the row, so that a row split into many chunks is merged with that many loads in
    flight; the rest of the block holds more heads.

    ```mlir
    #attn.merge_layout<lanes = 16, slices = 16>
    ```
  }];
  let parameters = (ins "int64_t":$lanes, "int64_t":$slices);
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

// The distributions tile-level ops accept (one per target lowering).
def Attn_TileLayoutAttr : AnyAttrOf<[Attn_DecodeLayoutAttr, Attn_PrefillLayoutAttr]>;

#endif // ATTN_DIALECT_ATTN_IR_ATTNATTRS_TD
