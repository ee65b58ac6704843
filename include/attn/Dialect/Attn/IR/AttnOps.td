//===- AttnOps.td - operations of the attn dialect --------*- tablegen -*-===//
//
// KV-source constructors, attn.attention, state merges, paged-KV append and RoPE.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_DIALECT_ATTN_IR_ATTNOPS_TD
#define ATTN_DIALECT_ATTN_IR_ATTNOPS_TD

include "attn/Dialect/Attn/IR/AttnDialect.td"
include "attn/Dialect/Attn/IR/AttnAttrs.td"
include "attn/Dialect/Attn/IR/AttnTypes.td"
include "mlir/IR/SymbolInterfaces.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def Attn_IndexBuffer : MemRefRankOf<[I32], [1]>;
// A CUtensorMap passed to the kernel by value: its 128 bytes (kernel parameter kind "tmap").
def Attn_TensorMap : MemRefRankOf<[I8], [1]>;
def Attn_F32Buffer : MemRefOf<[F32]>;

//===----------------------------------------------------------------------===//
// KV sources
//===----------------------------------------------------------------------===//

def Attn_PagedKVOp : Attn_Op<"paged_kv", [Pure]> {
  let summary = "view K/V page pools and a page table as a paged KV cache";
  let description = [{
    Bundles the K and V page pools and the page table (CSR `indptr` over requests, page
    `indices`, `last_page_len` per request) into one `!attn.paged_kv` value. The pools' shape
    must match the type: `[?, page_size, num_heads, head_dim]` for `nhd`,
    `[?, num_heads, page_size, head_dim]` for `hnd`.

    ```mlir
    %kv = attn.paged_kv k(%kp : memref<?x16x8x128xbf16>) v(%vp : memref<?x16x8x128xbf16>)
            indptr(%ip : memref<?xi32>) indices(%ix : memref<?xi32>)
            last_page_len(%lp : memref<?xi32>)
            : !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128,
                             element_type = bf16>
    ```
  }];
  let arguments = (ins AnyMemRef:$k_cache, AnyMemRef:$v_cache, Attn_IndexBuffer:$kv_indptr,
                       Attn_IndexBuffer:$kv_indices, Attn_IndexBuffer:$kv_last_page_len);
  let results = (outs Attn_PagedKVType:$result);
  let assemblyFormat = [{
    `k` `(` $k_cache `:` type($k_cache) `)` `v` `(` $v_cache `:` type($v_cache) `)`
    `indptr` `(` $kv_indptr `:` type($kv_indptr) `)`
    `indices` `(` $kv_indices `:` type($kv_indices) `)`
    `last_page_len` `(` $kv_last_page_len `:` type($kv_last_page_len) `)`
    attr-dict `:` type($result)
  }];
  let hasVerifier = 1;
}

def Attn_RaggedKVOp : Attn_Op<"ragged_kv", [Pure]> {
  let summary = "view contiguous K/V rows and an indptr as a ragged KV source";
  let description = [{
    ```mlir
    %kv = attn.ragged_kv k(%k : memref<?x8x128xbf16>) v(%v : memref<?x8x128xbf16>)
            indptr(%ip : memref<?xi32>)
            : !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
    ```
  }];
  let arguments = (ins AnyMemRef:$k, AnyMemRef:$v, Attn_IndexBuffer:$kv_indptr);
  let results = (outs Attn_RaggedKVType:$result);
  let assemblyFormat = [{
    `k` `(` $k `:` type($k) `)` `v` `(` $v `:` type($v) `)`
    `indptr` `(` $kv_indptr `:` type($kv_indptr) `)` attr-dict `:` type($result)
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// attn.attention
//===----------------------------------------------------------------------===//

def Attn_AttentionOp : Attn_Op<"attention", [AttrSizedOperandSegments]> {
  let summary = "batched attention of ragged queries over a KV source";
  let description = [{
    For every request `b` (`qo_indptr` has `batch + 1` entries), query rows
    `q[qo_indptr[b] .. qo_indptr[b+1])` attend to the request's keys and values in `kv`.
    Query head `h` reads KV head `h / (num_qo_heads / num_kv_heads)` (GQA; MQA when
    `num_kv_heads == 1`). One op covers single and batched prefill, decode (one query per
    request) and append (queries that follow cached keys): positions are aligned bottom-right
    (see `#attn.mask`).

    For query `i` and visible key `j` (in natural-log units):
    ```
    s_ij  = sm_scale * <rope(q_i), rope(k_j)>       (sm_scale defaults to 1/sqrt(head_dim))
    s_ij  = logits_soft_cap * tanh(s_ij / logits_soft_cap)       (when logits_soft_cap is set)
    s_ij += slope_h * (j - p_i)                                  (when alibi is set)
    o_i   = sum_j softmax_j(s_ij) v_j
    lse_i = log(sum_j exp(s_ij))
    ```
    A query row with no visible key gets `o_i = 0` and `lse_i = -inf`.

    Operands: `q` and `o` are `[total_q, num_qo_heads, head_dim]`; `lse` (optional) is
    `[total_q, num_qo_heads]` f32. `custom_mask`/`mask_indptr` go with `#attn.mask<custom>`
    (bit-packed per request, `mask_indptr` in bytes); `block_indptr`/`block_indices` with
    `#attn.mask<block_sparse>` (BSR over `block_rows x block_cols` blocks); `alibi_slopes`
    (`[num_qo_heads]` f32) overrides the standard ALiBi slopes; `rope_offsets` (one per
    request) shifts the RoPE positions of that request.

    `max_qo_len`, when set, promises that no request has more query rows than that; 1 makes
    the op a decode step, which `attn-plan` maps to the decode strategy (the runtime checks the
    promise against `qo_indptr`).

    ```mlir
    attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>)
        kv(%kv : !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8,
                                head_dim = 128, element_type = bf16>)
        outs(%o : memref<?x32x128xbf16>, %lse : memref<?x32xf32>)
        {mask = #attn.mask<causal>, logits_soft_cap = 30.0 : f32}
    ```
  }];
  let arguments = (ins
    Arg<AnyMemRef, "queries", [MemRead]>:$q,
    Arg<Attn_IndexBuffer, "query rows per request", [MemRead]>:$qo_indptr,
    Arg<Attn_KVSourceType, "keys and values", [MemRead]>:$kv,
    Arg<Optional<MemRefRankOf<[I8, UI8], [1]>>, "bit-packed custom mask", [MemRead]>:$custom_mask,
    Arg<Optional<Attn_IndexBuffer>, "custom mask byte offsets", [MemRead]>:$mask_indptr,
    Arg<Optional<Attn_IndexBuffer>, "BSR row pointers", [MemRead]>:$block_indptr,
    Arg<Optional<Attn_IndexBuffer>, "BSR column block indices", [MemRead]>:$block_indices,
    Arg<Optional<MemRefRankOf<[F32], [1]>>, "ALiBi slopes", [MemRead]>:$alibi_slopes,
    Arg<Optional<Attn_IndexBuffer>, "RoPE position offsets", [MemRead]>:$rope_offsets,
    Arg<AnyMemRef, "output", [MemWrite]>:$o,
    Arg<Optional<MemRefRankOf<[F32], [2]>>, "log-sum-exp", [MemWrite]>:$lse,
    Attn_MaskAttr:$mask,
    OptionalAttr<F32Attr>:$sm_scale,
    OptionalAttr<F32Attr>:$logits_soft_cap,
    UnitAttr:$alibi,
    OptionalAttr<Attn_RopeAttr>:$rope,
    OptionalAttr<ConfinedAttr<I64Attr, [IntPositive]>>:$max_qo_len,
    OptionalAttr<Attn_KernelConfigAttr>:$kernel_config);
  let assemblyFormat = [{
    `q` `(` $q `:` type($q) `)` `qo_indptr` `(` $qo_indptr `:` type($qo_indptr) `)`
    `kv` `(` $kv `:` type($kv) `)`
    (`custom_mask` `(` $custom_mask^ `:` type($custom_mask) `)`)?
    (`mask_indptr` `(` $mask_indptr^ `:` type($mask_indptr) `)`)?
    (`block_indptr` `(` $block_indptr^ `:` type($block_indptr) `)`)?
    (`block_indices` `(` $block_indices^ `:` type($block_indices) `)`)?
    (`alibi_slopes` `(` $alibi_slopes^ `:` type($alibi_slopes) `)`)?
    (`rope_offsets` `(` $rope_offsets^ `:` type($rope_offsets) `)`)?
    `outs` `(` $o `:` type($o) (`,` $lse^ `:` type($lse))? `)`
    attr-dict
  }];
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    int64_t getNumQoHeads();
    int64_t getNumKvHeads();
    int64_t getHeadDim();
    /// num_qo_heads / num_kv_heads.
    int64_t getGroupSize() { return getNumQoHeads() / getNumKvHeads(); }
    /// The softmax scale: the attribute, or 1/sqrt(head_dim) when it is absent.
    double getEffectiveSmScale();
    bool isPaged() { return ::llvm::isa<PagedKVType>(getKv().getType()); }
  }];
}

//===----------------------------------------------------------------------===//
// Merging attention states
//===----------------------------------------------------------------------===//

def Attn_MergeStateOp : Attn_Op<"merge_state"> {
  let summary = "merge two partial attention states";
  let description = [{
    Given outputs `v_a`, `v_b` (`[n, heads, head_dim]`) of attention over two disjoint key sets
    and their log-sum-exps `s_a`, `s_b` (`[n, heads]`, natural log), computes the state of
    attention over the union:
    ```
    s = log(exp(s_a) + exp(s_b))
    v = exp(s_a - s) * v_a + exp(s_b - s) * v_b
    ```
    `s_out` is optional. Used for cascade (shared-prefix) attention and split-KV.

    ```mlir
    attn.merge_state ins(%va, %sa, %vb, %sb : memref<?x32x128xbf16>, memref<?x32xf32>,
                                                memref<?x32x128xbf16>, memref<?x32xf32>)
                     outs(%v, %s : memref<?x32x128xbf16>, memref<?x32xf32>)
    ```
  }];
  let arguments = (ins
    Arg<AnyMemRef, "", [MemRead]>:$v_a, Arg<Attn_F32Buffer, "", [MemRead]>:$s_a,
    Arg<AnyMemRef, "", [MemRead]>:$v_b, Arg<Attn_F32Buffer, "", [MemRead]>:$s_b,
    Arg<AnyMemRef, "", [MemWrite]>:$v_out, Arg<Optional<Attn_F32Buffer>, "", [MemWrite]>:$s_out);
  let assemblyFormat = [{
    `ins` `(` $v_a `,` $s_a `,` $v_b `,` $s_b `:` type($v_a) `,` type($s_a) `,` type($v_b) `,`
               type($s_b) `)`
    `outs` `(` $v_out (`,` $s_out^)? `:` type($v_out) (`,` type($s_out)^)? `)` attr-dict
  }];
  let hasVerifier = 1;
}

def Attn_MergeStatesOp : Attn_Op<"merge_states", [AttrSizedOperandSegments]> {
  let summary = "merge many partial attention states per row";
  let description = [{
    Dense form: `v` is `[n, num_states, heads, head_dim]`, `s` is `[n, num_states, heads]`,
    and row `r` of the result merges its `num_states` states.
    Indexed form (with `indptr`, `n + 1` entries): `v` is `[num_partial, heads, head_dim]`,
    `s` is `[num_partial, heads]`, and row `r` merges partial rows
    `indptr[r] .. indptr[r+1]`; a row with an empty range is left unchanged (split-KV writes
    the rows it did not split directly), and this is the merge step of split-KV.
    ```
    s_r = log(sum_k exp(s_k)),  v_r = sum_k exp(s_k - s_r) * v_k
    ```

    ```mlir
    attn.merge_states ins(%v, %s : memref<?x4x32x128xf32>, memref<?x4x32xf32>)
                      outs(%o : memref<?x32x128xbf16>)
    ```
  }];
  let arguments = (ins
    Arg<AnyMemRef, "", [MemRead]>:$v, Arg<Attn_F32Buffer, "", [MemRead]>:$s,
    Arg<Optional<Attn_IndexBuffer>, "", [MemRead]>:$indptr,
    Arg<AnyMemRef, "", [MemWrite]>:$v_out, Arg<Optional<Attn_F32Buffer>, "", [MemWrite]>:$s_out,
    OptionalAttr<Attn_MergeLayoutAttr>:$layout);
  let assemblyFormat = [{
    `ins` `(` $v `,` $s `:` type($v) `,` type($s) `)`
    (`indptr` `(` $indptr^ `:` type($indptr) `)`)?
    `outs` `(` $v_out (`,` $s_out^)? `:` type($v_out) (`,` type($s_out)^)? `)` attr-dict
  }];
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
  let extraClassDeclaration = [{
    bool isIndexed() { return static_cast<bool>(getIndptr()); }
  }];
}

//===----------------------------------------------------------------------===//
// Paged KV append and RoPE
//===----------------------------------------------------------------------===//

def Attn_AppendPagedKVOp : Attn_Op<"append_paged_kv"> {
  let summary = "write new keys and values into a paged KV cache";
  let description = [{
    Row `t` of `k`/`v` (`[n, num_kv_heads, head_dim]`) is stored at position `positions[t]` of
    request `batch_indices[t]`: page `indices[indptr[b] + positions[t] / page_size]`, slot
    `positions[t] % page_size`. The page table must already cover the positions.

    ```mlir
    attn.append_paged_kv k(%k : memref<?x8x128xbf16>) v(%v : memref<?x8x128xbf16>)
        batch_indices(%b : memref<?xi32>) positions(%p : memref<?xi32>)
        into(%kv : !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8,
                                  head_dim = 128, element_type = bf16>)
    ```
  }];
  let arguments = (ins
    Arg<AnyMemRef, "", [MemRead]>:$k, Arg<AnyMemRef, "", [MemRead]>:$v,
    Arg<Attn_IndexBuffer, "", [MemRead]>:$batch_indices,
    Arg<Attn_IndexBuffer, "", [MemRead]>:$positions,
    Arg<Attn_PagedKVType, "", [MemWrite]>:$kv);
  let assemblyFormat = [{
    `k` `(` $k `:` type($k) `)` `v` `(` $v `:` type($v) `)`
    `batch_indices` `(` $batch_indices `:` type($batch_indices) `)`
    `positions` `(` $positions `:` type($positions) `)`
    `into` `(` $kv `:` type($kv) `)` attr-dict
  }];
  let hasVerifier = 1;
}

def Attn_RopeOp : Attn_Op<"rope"> {
  let summary = "apply rotary position embeddings to queries and keys";
  let description = [{
    Row `t` of `q` (`[n, num_qo_heads, head_dim]`) and `k` (`[n, num_kv_heads, head_dim]`) is
    rotated by position `pos_ids[t]` as `#attn.rope` describes; features past `rotary_dim` are
    copied. `q_out`/`k_out` may be `q`/`k` (in place).

    ```mlir
    attn.rope q(%q : memref<?x32x128xbf16>) k(%k : memref<?x8x128xbf16>)
        pos_ids(%p : memref<?xi32>)
        outs(%q, %k : memref<?x32x128xbf16>, memref<?x8x128xbf16>)
        {rope = #attn.rope<llama, rotary_dim = 128, theta = 500000.0>}
    ```
  }];
  let arguments = (ins
    Arg<AnyMemRef, "", [MemRead]>:$q, Arg<AnyMemRef, "", [MemRead]>:$k,
    Arg<Attn_IndexBuffer, "", [MemRead]>:$pos_ids,
    Arg<AnyMemRef, "", [MemWrite]>:$q_out, Arg<AnyMemRef, "", [MemWrite]>:$k_out,
    Attn_RopeAttr:$rope);
  let assemblyFormat = [{
    `q` `(` $q `:` type($q) `)` `k` `(` $k `:` type($k) `)`
    `pos_ids` `(` $pos_ids `:` type($pos_ids) `)`
    `outs` `(` $q_out `,` $k_out `:` type($q_out) `,` type($k_out) `)` attr-dict
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Tile-level ops (inside outlined kernels, per-thread semantics)
//===----------------------------------------------------------------------===//

def Attn_KVTilePagesOp : Attn_Op<"kv_tile_pages", [AttrSizedOperandSegments]> {
  let summary = "the pages holding the keys one thread copies for a KV tile";
  let description = [{
    Inside a kernel produced by attn-tile. The thread's row group `group` copies rows
    `group * rows_per_group + j` (j < rows_per_group) of tile `tile`, i.e. keys
    `t_j = kv_begin + tile * tile_kv + group * rows_per_group + j`; with one result per row,
    result j is the page holding `min(t_j, kv_end - 1)` (unsigned):
    `kv_indices[page_begin + min(t_j, kv_end - 1) / page_size]`. With n results (n dividing
    rows_per_group), result j is the page of row `j * rows_per_group / n`: the caller
    guarantees that each run of `rows_per_group / n` rows lies in one page (keys aligned to the
    run length, which divides page_size or is a multiple of it), so that fewer page ids stay
    live. With `keys32` the key range and page base are re-read as 32-bit values at the op
    (they fit: kv_indptr is i32): inside a loop they stay one register each instead of a
    hoisted 64-bit value, at the cost of address arithmetic LLVM could otherwise
    strength-reduce (the tensor-core kernels want the registers, decode the arithmetic).
    Requires `kv_begin < kv_end`. Separate from the copy so that attn-pipeline can look the
    pages up one tile ahead of it. With `blocks`, tiles map to key blocks as in
    `attn.copy_kv_tile`.

    ```mlir
    %p0, %p1 = attn.kv_tile_pages %kv_indices[%page_begin] tile %i group %g
                 keys [%kv_begin, %kv_end)
                 {page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64}
                 : memref<?xi32> -> index, index
    ```
  }];
  let arguments = (ins Arg<Attn_IndexBuffer, "", [MemRead]>:$kv_indices, Index:$page_begin,
                       Index:$kv_begin, Index:$kv_end, Index:$tile, Index:$group,
                       Arg<Optional<Attn_IndexBuffer>, "", [MemRead]>:$block_indices,
                       Optional<Index>:$block_begin,
                       ConfinedAttr<I64Attr, [IntPositive]>:$tile_kv,
                       ConfinedAttr<I64Attr, [IntPositive]>:$rows_per_group,
                       ConfinedAttr<I64Attr, [IntPositive]>:$page_size,
                       OptionalAttr<ConfinedAttr<I64Attr, [IntPositive]>>:$tiles_per_block,
                       UnitAttr:$keys32);
  let results = (outs Variadic<Index>:$pages);
  let assemblyFormat = [{
    $kv_indices `[` $page_begin `]` `tile` $tile `group` $group
    `keys` `[` $kv_begin `,` $kv_end `)`
    (`blocks` $block_indices^ `[` $block_begin `]` `:` type($block_indices))?
    attr-dict `:` type($kv_indices) `->` type($pages)
  }];
  let hasVerifier = 1;
}

def Attn_CopyKVTileOp : Attn_Op<"copy_kv_tile", [AttrSizedOperandSegments]> {
  let summary = "copy one thread's rows of a KV tile from the KV cache to shared memory";
  let description = [{
    For j < rows_per_group, row `r = group * rows_per_group + j` of tile `tile` is key
    `t = kv_begin + tile * tile_kv + r`. The thread copies the `vec` features at column `col`
    of KV head `kv_head` of that key to `k_tile`/`v_tile[stage, r, col]`, or zeros when
    `t >= kv_end`. The source is a paged cache (rank-4 `k_cache`/`v_cache`,
    `[pages, page_size, heads, dim]`, or `[pages, heads, page_size, dim]` with `hnd`) where
    key t sits in page `pages[j * n / rows_per_group]` (n page operands, n dividing
    rows_per_group: one per row, or one per run of rows that share a page, see
    `attn.kv_tile_pages`) at slot `t % page_size`, or ragged K/V (rank 3,
    `[tokens, heads, dim]`, no `pages`) where t is the token row itself.
    With `blocks` (block-sparse attention), tiles are gathered from a list of key blocks of
    `tiles_per_block * tile_kv` keys: tile `tile` is the `tile % tiles_per_block`-th tile of
    block `c = block_indices[block_begin + tile / tiles_per_block]`, so its row r is key
    `t = kv_begin + (c * tiles_per_block + tile % tiles_per_block) * tile_kv + r`. Keys are
    compared unsigned: a negative one counts as past `kv_end`. With `keys32` the key range (and
    block-list base) is re-read as 32-bit values at the op (as for `attn.kv_tile_pages`).
    With `swizzle`, the 16-byte chunk c of row r lands at chunk `c ^ (r % 8)` of the tile row
    (an XOR swizzle that lets `ldmatrix` read eight rows of one column without bank
    conflicts); rows must then span at least 8 chunks. With `swizzle128` as well (the sm_90a
    wgmma kernels), each stage of a [rows, head_dim] tile holds `head_dim / 64` column blocks of
    [rows, 64] 16-bit elements one after the other, and chunk c of row r goes to chunk
    `(c % 8) ^ (r % 8)` of row r of block `c / 8`: the 128-byte swizzle of wgmma's shared-memory
    matrix descriptors (PTX ISA, "Shared Memory Matrix Layout"), for tiles placed at 1024-byte
    boundaries.
    Synchronous unless `async`: an async copy completes at the `attn.wait_kv_tiles` that
    leaves its `attn.commit_kv_tiles` group no longer in flight, or, with `arrive %bar` (the
    i32 shared-memory address of an mbarrier), signals the mbarrier when the thread's copies
    have landed (`cp.async.mbarrier.arrive.noinc`: one arrival per thread). With
    `arrive_inc` as well, the arrival raises the barrier's pending count first
    (`cp.async.mbarrier.arrive` without `.noinc`: a net-zero arrival), for a barrier that
    expects one plain arrival, made once every copying thread has issued its copies.

    ```mlir
    attn.copy_kv_tile k(%kc : memref<?x16x8x128xbf16>) v(%vc : memref<?x16x8x128xbf16>)
        pages(%p0, %p1) head %kvh col %col tile %i group %g keys [%kv_begin, %kv_end)
        into(%ks, %vs : memref<2x16x128xbf16, #gpu.address_space<workgroup>>,
                        memref<2x16x128xbf16, #gpu.address_space<workgroup>>)[%stage]
        {page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64, vec = 8 : i64}
    ```
  }];
  let arguments = (ins Arg<AnyMemRef, "", [MemRead]>:$k_cache,
                       Arg<AnyMemRef, "", [MemRead]>:$v_cache, Variadic<Index>:$pages,
                       Index:$kv_head, Index:$col, Index:$kv_begin, Index:$kv_end, Index:$tile,
                       Index:$group, Arg<Optional<Attn_IndexBuffer>, "", [MemRead]>:$block_indices,
                       Optional<Index>:$block_begin, Arg<AnyMemRef, "", [MemWrite]>:$k_tile,
                       Arg<AnyMemRef, "", [MemWrite]>:$v_tile, Index:$stage,
                       Optional<I32>:$arrive,
                       ConfinedAttr<I64Attr, [IntPositive]>:$tile_kv,
                       ConfinedAttr<I64Attr, [IntPositive]>:$rows_per_group,
                       ConfinedAttr<I64Attr, [IntPositive]>:$page_size,
                       ConfinedAttr<I64Attr, [IntPositive]>:$vec,
                       UnitAttr:$hnd, UnitAttr:$async, UnitAttr:$swizzle,
                       OptionalAttr<ConfinedAttr<I64Attr, [IntPositive]>>:$tiles_per_block,
                       UnitAttr:$keys32, UnitAttr:$swizzle128, UnitAttr:$arrive_inc);
  let assemblyFormat = [{
    `k` `(` $k_cache `:` type($k_cache) `)` `v` `(` $v_cache `:` type($v_cache) `)`
    `pages` `(` $pages `)` `head` $kv_head `col` $col `tile` $tile `group` $group
    `keys` `[` $kv_begin `,` $kv_end `)`
    (`blocks` $block_indices^ `[` $block_begin `]` `:` type($block_indices))?
    `into` `(` $k_tile `,` $v_tile `:` type($k_tile) `,` type($v_tile) `)` `[` $stage `]`
    (`arrive` $arrive^)? attr-dict
  }];
  let hasVerifier = 1;
}

def Attn_MmaOp : Attn_Op<"mma", [Pure, AllTypesMatch<["acc", "res"]>,
                                     AllElementTypesMatch<["a", "b"]>]> {
  let summary = "warp-level 16x8x16 tensor-core multiply-accumulate on per-thread fragments";
  let description = [{
    `res = a * b + acc` for one warp: a 16x16 A tile (row-major), a 16x8 B tile (column-major)
    and a 16x8 f32 accumulator, each held as the fragments of PTX `mma.m16n8k16` (PTX ISA,
    "Matrix Fragments for mma.m16n8k16"): lane l holds, with g = l / 4 and c = 2 * (l % 4),
    - a: rows (g, g + 8) x columns (c, c + 1) of k-halves 0 and 1, as
      `[[a(g, c..c+1)], [a(g+8, c..c+1)], [a(g, c+8..c+9)], [a(g+8, c+8..c+9)]]`;
    - b: rows (c, c + 1) and (c + 8, c + 9) of column g, as `[[b(c..c+1, g)], [b(c+8..c+9, g)]]`;
    - acc, res: `[[d(g, c..c+1)], [d(g+8, c..c+1)]]`.
    `nvgpu.ldmatrix` produces a and b fragments in this order. Every lane of the warp must
    execute the op. f16 and bf16 operands, f32 accumulation.

    ```mlir
    %d = attn.mma %a, %b, %c : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
    ```
  }];
  let arguments = (ins VectorOfRankAndType<[2], [F16, BF16]>:$a,
                       VectorOfRankAndType<[2], [F16, BF16]>:$b,
                       VectorOfRankAndType<[2], [F32]>:$acc);
  let results = (outs VectorOfRankAndType<[2], [F32]>:$res);
  let assemblyFormat = [{
    $a `,` $b `,` $acc attr-dict `:` type($a) `,` type($b) `->` type($res)
  }];
  let hasVerifier = 1;
}

def Attn_RecomputeOp : Attn_Op<"recompute", [AllTypesMatch<["value", "res"]>]> {
  let summary = "a lane value that is recomputed where it is used, never hoisted";
  let description = [{
    Returns `value`. The op has an unknown effect, so neither MLIR nor LLVM moves it out of the
    loop it is in or merges it with another one: address arithmetic built on the result is
    recomputed in the loop and its constant parts fold into the addressing mode of the memory
    instruction (`[reg + imm]`), instead of every (fragment, offset) pair being hoisted into a
    register of its own for the whole loop. The tensor-core prefill kernel uses it for the
    shared-memory addresses of its loop-invariant Q fragments.

    ```mlir
    %r = attn.recompute %row : i32
    ```
  }];
  let arguments = (ins AnySignlessInteger:$value);
  let results = (outs AnySignlessInteger:$res);
  let assemblyFormat = "$value attr-dict `:` type($value)";
}

def Attn_TmaCopyKVTileOp : Attn_Op<"tma_copy_kv_tile", [AttrSizedOperandSegments]> {
  let summary = "bulk tensor copies of K/V rows into a stage (TMA), by one thread";
  let description = [{
    For each 64-column block b of head_dim, the thread copies the box of `k_map` at
    coordinates `box` (the first, the column, advanced by 64 b) into rows
    `row .. row + box_rows` of block b of `k_tile[stage]`, and the same box of `v_map` into
    `v_tile[stage]` (`cp.async.bulk.tensor.Nd ... mbarrier::complete_tx::bytes`, N the number of
    coordinates); every byte that lands counts against the transaction count of the mbarrier
    at `arrive` (an i32 shared-memory address, as `nvgpu.mbarrier.get` gives it). With
    `arm %p` and %p true, the thread first arms that barrier with the bytes of one whole K and
    one whole V tile and arrives on it once (`mbarrier.arrive.expect_tx`): the barrier's phase
    completes when every copy of the tile, issued by this thread or others, has landed (in
    any order: a transaction count may go below zero before the arming).
    The maps (CUtensorMaps, 128 bytes each) are expected to describe K and V with
    [box_rows, 64] boxes of 16-bit elements in the 128-byte swizzle, which writes exactly
    `swizzle128`'s layout of `attn.copy_kv_tile` (tiles at 1024-byte boundaries; `row` a
    multiple of 8); every row of a box must lie inside the keys (no zero fill here).
    Ragged K/V: `box [kv_head * head_dim, token]` over [tokens, heads x head_dim]; a paged
    cache: `box [kv_head * head_dim, slot, page]` (NHD) or `box [0, slot, kv_head, page]`
    (HND).

    ```mlir
    attn.tma_copy_kv_tile k(%kmap) v(%vmap) box [%col, %token]
        into(%ks, %vs : memref<2x128x128xbf16, #gpu.address_space<workgroup>>,
                        memref<2x128x128xbf16, #gpu.address_space<workgroup>>)[%stage]
        rows %c0 arrive %bar arm %true {box_rows = 128 : i64} : memref<128xi8>, memref<128xi8>
    ```
  }];
  let arguments = (ins Arg<Attn_TensorMap, "", [MemRead]>:$k_map,
                       Arg<Attn_TensorMap, "", [MemRead]>:$v_map, Variadic<Index>:$box,
                       Arg<AnyMemRef, "", [MemWrite]>:$k_tile,
                       Arg<AnyMemRef, "", [MemWrite]>:$v_tile, Index:$stage, Index:$row,
                       I32:$arrive, Optional<I1>:$arm,
                       ConfinedAttr<I64Attr, [IntPositive]>:$box_rows);
  let assemblyFormat = [{
    `k` `(` $k_map `)` `v` `(` $v_map `)` `box` `[` $box `]`
    `into` `(` $k_tile `,` $v_tile `:` type($k_tile) `,` type($v_tile) `)` `[` $stage `]`
    `rows` $row `arrive` $arrive (`arm` $arm^)? attr-dict `:` type($k_map) `,` type($v_map)
  }];
  let hasVerifier = 1;
}

def Attn_CommitKVTilesOp : Attn_Op<"commit_kv_tiles"> {
  let summary = "close the group of asynchronous KV tile copies issued so far";
  let assemblyFormat = "attr-dict";
}

def Attn_WaitKVTilesOp : Attn_Op<"wait_kv_tiles"> {
  let summary = "wait until at most `pending` committed groups of KV tile copies are in flight";
  let arguments = (ins ConfinedAttr<I64Attr, [IntNonNegative]>:$pending);
  let assemblyFormat = "`pending` `=` $pending attr-dict";
}

//===----------------------------------------------------------------------===//
// Kernel manifests
//===----------------------------------------------------------------------===//

def Attn_KernelABIOp : Attn_Op<"kernel_abi", [Symbol]> {
  let summary = "host-side description of one outlined kernel's launch ABI";
  let description = [{
    Written by `attn-outline` next to the `gpu.module` it creates, and kept when the module
    becomes a `gpu.binary`, so a bundle writer can emit the manifest the runtime reads:
    - `kernel`: the `gpu.func` (`@module::@func`);
    - `family` (`decode`, `prefill`, and `append_kv`, `rope` for the standalone ops) and
      `role` (`attention`, `merge`; `kernel` for the standalone ops);
    - `params`: the kernel parameters in order, each `{name = "q", kind = "ptr"}` with kind
      `ptr` (a device pointer), `i32` or `f32`;
    - `block`: the CTA shape; `dynamic_smem`: bytes of dynamic shared memory;
    - `variant`: what the kernel computes (heads, head_dim, page size, layout, dtypes, mask,
      score modifiers); `tile`: the chosen tiling.

    ```mlir
    attn.kernel_abi @decode_attention for @decode_kernels::@attention {
        family = "decode", role = "attention", block = array<i32: 128, 1, 1>,
        dynamic_smem = 0 : i64, params = [{kind = "ptr", name = "q"} ],
        variant = {head_dim = 128 : i64}, tile = {threads = 128 : i64}}
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, SymbolRefAttr:$kernel, StrAttr:$family,
                       StrAttr:$role, ArrayAttr:$params, DenseI32ArrayAttr:$block,
                       I64Attr:$dynamic_smem, DictionaryAttr:$variant, DictionaryAttr:$tile);
  let assemblyFormat = [{
    $sym_name `for` $kernel attr-dict
  }];
  let hasVerifier = 1;
}

include "attn/Dialect/Attn/IR/AttnTensorOps.td"
include "attn/Dialect/Attn/IR/AttnSamplingOps.td"
include "attn/Dialect/Attn/IR/AttnTileOps.td"

#endif // ATTN_DIALECT_ATTN_IR_ATTNOPS_TD
