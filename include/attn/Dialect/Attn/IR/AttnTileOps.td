//===- AttnTileOps.td - tile-level attention ops -------------*- tablegen -*-===//
//
// The tile level of the attn dialect, between the planned/outlined attn.attention and the
// gpu/nvgpu/nvvm code of a target: ops on register tiles (vectors) and shared-memory tiles
// (workgroup memrefs) that carry the FlashAttention online-softmax algebra. One KV tile step
// reads:
//
//   attn.load_q_tile    Q <- the query rows, RoPE'd and scaled     (registers; once)
//   attn.init_state     m = -inf, l = 0, O = 0                     (registers; once)
//   attn.kv_tile_range  the KV tiles a Q tile visits, those the mask cuts  (once)
//   attn.alibi_slopes   slope of each row's query head               (registers; once)
//   attn.load_kv_tile   K_j, V_j <- paged or ragged KV            (shared memory)
//   attn.rope_k_tile    K_j <- rope(K_j) in place                    (shared memory)
//   attn.tile_qk        S = Q K_j^T                                (registers, f32)
//   attn.score_mod      S = mask(cap * tanh(scale * S / cap) + slope * (k - q))
//   attn.online_softmax m' = max(m, rowmax(S)); a = 2^(m - m'); P = 2^(S - m');
//                       l' = a * l + rowsum(P); O = a * O
//   attn.tile_pv        O = O + P V_j
//   attn.wait_mma       retire asynchronous tile_qk / tile_pv MMAs (wgmma.wait_group)
//   attn.rescale_acc    O = alpha * O (an online_softmax step that left O alone)
//   attn.finalize       O = O / l; lse = m + log2(l)
//   attn.merge_partial  (O, lse) of two KV splits -> one
//   attn.store_output   O, lse -> the output rows                  (once)
//
// Scores are in the base-2 domain (the caller folds log2(e) into `scale`), as in the
// FlashAttention-2 kernels and IREE LinalgExt's online_attention decomposition; online_softmax
// and finalize may instead take raw scores and apply the scale in the exponent (their `scale`).
// Tile shapes are the tile's, not one thread's: which lane holds which element is the
// lowering's choice (#attn.decode_layout: CUDA cores; #attn.prefill_layout: mma.sync).
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_DIALECT_ATTN_IR_ATTNTILEOPS_TD
#define ATTN_DIALECT_ATTN_IR_ATTNTILEOPS_TD

include "attn/Dialect/Attn/IR/AttnDialect.td"
include "attn/Dialect/Attn/IR/AttnAttrs.td"
include "attn/Dialect/Attn/IR/AttnTypes.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

// A register tile of scores or accumulators: [rows, cols] f32.
def Attn_F32Tile : VectorOfRankAndType<[2], [F32]>;
// A per-row vector of running statistics (max, sum, lse): [rows] f32.
def Attn_F32Rows : VectorOfRankAndType<[1], [F32]>;
// A register tile of queries: [rows, head_dim] f16/bf16 (tensor-core operands) or f32 (CUDA
// cores).
def Attn_QTile : VectorOfRankAndType<[2], [F16, BF16, F32]>;
// A global or workgroup buffer of query or output rows: [tokens, heads, head_dim].
def Attn_RowBuffer : MemRefRankOf<[F16, BF16, F32], [3]>;
// A staged shared-memory K or V tile: [stages, tile_kv, head_dim].
def Attn_SharedTile : MemRefRankOf<[F16, BF16], [3]>;
// A shared-memory query tile: [rows, head_dim].
def Attn_SharedQTile : MemRefRankOf<[F16, BF16], [2]>;
// A position, key index or key bound: index, or i32 where the lanes compute in 32 bits.
def Attn_Position : AnyTypeOf<[Index, I32]>;
// A scale factor: f32, or f64 where the lowering derives other constants from it exactly.
def Attn_ScaleAttr : AnyAttrOf<[F32Attr, F64Attr]>;

def Attn_LoadKVTileOp : Attn_Op<"load_kv_tile", [AllTypesMatch<["k_tile", "v_tile"]>,
                                                 AttrSizedOperandSegments]> {
  let summary = "gather the K and V rows of one KV tile into shared memory";
  let description = [{
    Key `t = kv_begin + tile * tile_kv + r` (r < tile_kv) of KV head `kv_head` is copied from
    the KV source `kv` (a `!attn.paged_kv`: page `indices[page_begin + t / page_size]`, slot
    `t % page_size`; or a `!attn.ragged_kv`: token row `page_begin + t`) to row r of stage
    `stage` of `k_tile` and `v_tile`; rows with `t >= kv_end` (unsigned) are zero. With
    `blocks` (block-sparse), tile i is tile `i % tiles_per_block` of key block
    `block_indices[block_begin + i / tiles_per_block]` and keys count from 0:

      K_j[stage, r, :] = t < kv_end ? K[t, kv_head, :] : 0   (V_j likewise)

    Replaces `attn.copy_kv_tile`, whose per-thread split (row groups, columns, page
    operands) becomes the lowering's choice. With `swizzle`, 16-byte chunk c of row r lands
    at chunk `c ^ (r % 8)` (bank-conflict-free `ldmatrix`); rows must then span at least 8
    chunks. An `async` load completes at the `attn.wait_kv_tiles` that retires its
    `attn.commit_kv_tiles` group. `keys_aligned = N` asserts that kv_begin is a multiple of N
    (a lowering may then look up one page per run of rows that cannot cross a page).
    With `arrive %bar` (an `async` load in a warp-specialized kernel: `%bar` is the i32
    shared-memory address of an mbarrier, as `nvgpu.mbarrier.get` gives it), each copying
    thread arrives on the mbarrier once its copies have landed (no commit group; the mbarrier
    counts one arrival per producer thread). With `maps(%k_map, %v_map)` as well (ragged K/V,
    `swizzle`, a wgmma layout: kernel_config `tma`), a tile whose keys all lie below `kv_end`
    is loaded by one thread with bulk tensor copies from those tensor maps (see
    `attn.tma_copy_kv_tile`), and the mbarrier expects one arrival with the tile's bytes; the
    tile that reaches `kv_end` is copied as without maps, each thread's arrival counted on top
    of one plain arrival that follows them all.

    ```mlir
    attn.load_kv_tile %kv[%page_begin] head %h tile %i keys [%b, %e)
        into %ks, %vs [%stage] {async, swizzle}
        : !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128,
                         element_type = bf16>,
          memref<2x64x128xbf16, #gpu.address_space<workgroup>>
    ```
  }];
  let arguments = (ins Attn_KVSourceType:$kv, Index:$page_begin, Index:$kv_head,
                       Index:$tile, Index:$kv_begin, Index:$kv_end,
                       Arg<Attn_SharedTile, "", [MemWrite]>:$k_tile,
                       Arg<Attn_SharedTile, "", [MemWrite]>:$v_tile, Index:$stage,
                       Arg<Optional<MemRefRankOf<[I32], [1]>>, "", [MemRead]>:$block_indices,
                       Optional<Index>:$block_begin, Optional<I32>:$arrive,
                       Arg<Optional<MemRefRankOf<[I8], [1]>>, "", [MemRead]>:$k_map,
                       Arg<Optional<MemRefRankOf<[I8], [1]>>, "", [MemRead]>:$v_map,
                       OptionalAttr<I64Attr>:$tiles_per_block,
                       OptionalAttr<I64Attr>:$keys_aligned, UnitAttr:$async, UnitAttr:$swizzle,
                       OptionalAttr<Attn_TileLayoutAttr>:$layout);
  let assemblyFormat = [{
    $kv `[` $page_begin `]` `head` $kv_head `tile` $tile `keys` `[` $kv_begin `,` $kv_end `)`
    (`blocks` $block_indices^ `[` $block_begin `]` `:` type($block_indices))?
    `into` $k_tile `,` $v_tile `[` $stage `]` (`arrive` $arrive^)?
    (`maps` `(` $k_map^ `,` $v_map `:` type($k_map) `,` type($v_map) `)`)?
    attr-dict `:` type($kv) `,` type($k_tile)
  }];
  let extraClassDeclaration = [{
    /// Keys per tile: dimension 1 of the shared tiles.
    int64_t getTileKV() { return getKTile().getType().getDimSize(1); }
  }];
  let hasVerifier = 1;
}

def Attn_TileQKOp : Attn_Op<"tile_qk"> {
  let summary = "score tile S = Q K^T of a query tile and a staged K tile";
  let description = [{
    `S[i, j] = sum_d Q[i, d] * K_j[stage, j, d]`, accumulated in f32, for a `[rows, head_dim]`
    query tile and stage `stage` of a `[stages, tile_kv, head_dim]` shared K tile. The result
    is `[rows, tile_kv]`. Q has K's element type (tensor-core operands) or f32 (the K rows are
    widened to f32 first). With `rope`, key j is rotated at position `key_pos + j` first
    (`#attn.rope`'s formula; fused RoPE of un-rotated cached keys).

    With `async` (warpgroup MMAs only: a layout with `wgmma`), the MMAs are issued and
    committed as one wgmma group but not waited for: S is defined only after an
    `attn.wait_mma` that retires the group (no other op may read it before), so that the
    warpgroup can compute while the tensor cores work (FA3's intra-warpgroup pipelining).

    ```mlir
    %s = attn.tile_qk %q, %ks[%stage]
        : vector<16x128xbf16>, memref<2x64x128xbf16, #gpu.address_space<workgroup>>
          -> vector<16x64xf32>
    ```
  }];
  let arguments = (ins Attn_QTile:$q, Arg<Attn_SharedTile, "", [MemRead]>:$k_tile,
                       Index:$stage, Optional<Index>:$key_pos,
                       OptionalAttr<Attn_RopeAttr>:$rope, UnitAttr:$async,
                       OptionalAttr<Attn_TileLayoutAttr>:$layout);
  let results = (outs Attn_F32Tile:$s);
  let assemblyFormat = [{
    $q `,` $k_tile `[` $stage `]` (`rope` `at` $key_pos^)? attr-dict `:` type($q) `,`
    type($k_tile) `->` type($s)
  }];
  let hasVerifier = 1;
}

def Attn_ScoreModOp : Attn_Op<"score_mod", [AttrSizedOperandSegments,
    AllTypesMatch<["s", "res"]>, AllTypesMatch<["q_pos", "k_pos", "kv_end"]>]> {
  let summary = "scale, soft-cap, ALiBi bias and mask of a score tile";
  let description = [{
    Row i of the tile is query position `p_i = q_pos + (row_offset + i) / rows_per_position`
    (GQA packing puts the `rows_per_position` query heads of a KV group on consecutive rows; a
    decode tile is one position; `row_offset`, default 0, is the tile's first packed row),
    column j is key `k_j = k_pos + j`. Positions are index or i32 (lanes computing in 32 bits).

      x = scale * S[i, j]
      x = soft_cap ? soft_cap * tanh(x / soft_cap) : x          (logits soft-capping)
      x = alibi_slope ? x + alibi_slope * (k_j - p_i) : x       (ALiBi, slope per head)
      S'[i, j] = visible(i, j) && k_j < kv_end ? x : -inf

    `visible` is `#attn.mask` at positions (p_i, k_j): `causal` needs `k_j <= p_i`, a
    `window_left = W` also `k_j >= p_i - W`; `custom` reads bit
    `mask_bit + q_i * mask_stride + k_j` of `custom_mask` for the tile's query q_i (its packed
    row over rows_per_position; `within R, K` reads row R - 1 for rows past R and key K - 1 for
    keys past K, so that no bit past the request's is read); `block_sparse` masks nothing here
    (whole blocks are skipped by the tile loop) beyond `kv_end`. `alibi_slope` is one slope or
    one per row. With `all_visible` the caller asserts every (row, key) pair of the tile is
    visible and below kv_end: only the modifiers apply. `scale` includes log2(e) where the scores
    are base 2 (and so does `soft_cap`); kernels that scale in the exponent
    (`attn.online_softmax`'s `scale`) keep natural-log units here.

    ```mlir
    %t = attn.score_mod %s rows %qp cols %kp keys %e
        {mask = #attn.mask<causal>, scale = 0.1275 : f32} : vector<16x64xf32>
    ```
  }];
  let arguments = (ins Attn_F32Tile:$s, Attn_Position:$q_pos, Optional<I32>:$row_offset,
                       Attn_Position:$k_pos, Attn_Position:$kv_end,
                       Optional<AnyTypeOf<[F32, Attn_F32Rows]>>:$alibi_slope,
                       Arg<Optional<MemRefRankOf<[AnyI8], [1]>>, "", [MemRead]>:$custom_mask,
                       Optional<Index>:$mask_bit, Optional<Index>:$mask_stride,
                       Optional<I32>:$mask_rows, Optional<I32>:$mask_keys,
                       Attn_ScaleAttr:$scale, OptionalAttr<Attn_ScaleAttr>:$soft_cap,
                       Attn_MaskAttr:$mask, UnitAttr:$all_visible,
                       DefaultValuedAttr<I64Attr, "1">:$rows_per_position,
                       OptionalAttr<Attn_TileLayoutAttr>:$layout);
  let results = (outs Attn_F32Tile:$res);
  let assemblyFormat = [{
    $s `rows` $q_pos (`offset` $row_offset^)? `cols` $k_pos `keys` $kv_end
    (`alibi` $alibi_slope^ `:` type($alibi_slope))?
    (`custom` $custom_mask^ `[` $mask_bit `,` $mask_stride `]` `:` type($custom_mask))?
    (`within` $mask_rows^ `,` $mask_keys)?
    attr-dict `:` type($s) `` custom<PositionType>(type($q_pos))
  }];
  let extraClassDeclaration = [{
    /// `scale` and `soft_cap` as doubles (f32 or f64 attributes).
    double getScaleValue() { return ::llvm::cast<FloatAttr>(getScale()).getValueAsDouble(); }
    std::optional<double> getSoftCapValue() {
      if (!getSoftCapAttr())
        return std::nullopt;
      return ::llvm::cast<FloatAttr>(getSoftCapAttr()).getValueAsDouble();
    }
  }];
  let hasVerifier = 1;
}

def Attn_OnlineSoftmaxOp : Attn_Op<"online_softmax", [Pure,
    AllTypesMatch<["s", "p"]>, AllTypesMatch<["m", "l", "m_new", "l_new", "alpha"]>]> {
  let summary = "one online-softmax step: running max and sum, probabilities, rescale";
  let description = [{
    The FlashAttention-2 update for one score tile S (base 2), per row i:

      m_new[i]   = max(m[i], max_j S[i, j])                 new running max
      alpha[i]   = 2^(m[i] - m_new[i])                      rescale factor of the old state
      P[i, j]    = 2^(S[i, j] - m_new[i])                   unnormalised probabilities
      l_new[i]   = alpha[i] * l[i] + sum_j P[i, j]          running sum
      acc_new[i] = alpha[i] * acc[i]                        accumulator rescale

    A row with every score -inf keeps m_new = -inf; the lowering then uses 0 for
    `m_new` in the exponents so that alpha = 1 and P = 0 (no NaN). `P V` is added to `acc_new`
    by `attn.tile_pv`. With `scale` (default 1), S and m are raw scores in units of 1/scale and
    every exponent is scaled: alpha = 2^(scale (m - m_new)), P = 2^(scale (S - m_new)), the
    FlashAttention-2 form that folds the softmax scale into one FMA per score. A lowering may
    keep the running max looser than the row max (a larger reference leaves P, l and acc
    consistent: the normalised result is the same).

    Without `acc` (and without `acc_new`) the step leaves the accumulator alone: the caller
    applies `alpha` later with `attn.rescale_acc` (a kernel that overlaps this step with the
    `attn.tile_pv` of the previous tile, whose accumulator is still being written). `alpha`
    is then the factor the accumulator must be multiplied by (1 where the state did not move).

    ```mlir
    %p, %m1, %l1, %a, %o1 = attn.online_softmax %s max %m sum %l acc %o
        : vector<16x64xf32>, vector<16xf32>, vector<16x128xf32>
    %p2, %m2, %l2, %a2 = attn.online_softmax %s max %m sum %l
        : vector<16x64xf32>, vector<16xf32>
    ```
  }];
  let arguments = (ins Attn_F32Tile:$s, Attn_F32Rows:$m, Attn_F32Rows:$l,
                       Optional<Attn_F32Tile>:$acc,
                       DefaultValuedAttr<F64Attr, "1.0">:$scale,
                       OptionalAttr<Attn_TileLayoutAttr>:$layout);
  let results = (outs Attn_F32Tile:$p, Attn_F32Rows:$m_new, Attn_F32Rows:$l_new,
                      Attn_F32Rows:$alpha, Optional<Attn_F32Tile>:$acc_new);
  let assemblyFormat = [{
    $s `max` $m `sum` $l (`acc` $acc^)? attr-dict `:` type($s) `,` type($m)
    (`,` type($acc)^)? `` custom<SameOptionalType>(ref(type($acc)), type($acc_new))
  }];
  let hasVerifier = 1;
}

def Attn_TilePVOp : Attn_Op<"tile_pv", [AllTypesMatch<["acc", "res"]>]> {
  let summary = "accumulate O = O + P V of a probability tile and a staged V tile";
  let description = [{
    `res[i, d] = acc[i, d] + sum_j P[i, j] * V_j[stage, j, d]`, with P rounded to V's element
    type before the product and f32 accumulation. With `async` (warpgroup MMAs only), the
    MMAs are committed as one wgmma group but not waited for: the result is defined only after
    an `attn.wait_mma` that retires the group and that also takes P (the MMAs read P's
    registers until then).

    ```mlir
    %o2 = attn.tile_pv %p, %vs[%stage], %o1
        : vector<16x64xf32>, memref<2x64x128xbf16, #gpu.address_space<workgroup>>
          -> vector<16x128xf32>
    ```
  }];
  let arguments = (ins Attn_F32Tile:$p, Arg<Attn_SharedTile, "", [MemRead]>:$v_tile,
                       Index:$stage, Attn_F32Tile:$acc, UnitAttr:$async,
                       OptionalAttr<Attn_TileLayoutAttr>:$layout);
  let results = (outs Attn_F32Tile:$res);
  let assemblyFormat = [{
    $p `,` $v_tile `[` $stage `]` `,` $acc attr-dict `:` type($p) `,` type($v_tile) `->`
    type($res)
  }];
  let hasVerifier = 1;
}

def Attn_WaitMmaOp : Attn_Op<"wait_mma"> {
  let summary = "wait until at most N groups of asynchronous warpgroup MMAs are pending";
  let description = [{
    Blocks the warpgroup until at most `pending` of the MMA groups it committed (the `async`
    `attn.tile_qk` / `attn.tile_pv` ops, in program order) are still in flight
    (`wgmma.wait_group pending`). The results are `tiles`, unchanged: the tiles the retired
    groups write (now defined) and read (P: its registers are free from here on). Every tile an
    asynchronous op defines must pass through a wait_mma that retires its group before any
    other use.

      res[i] = tiles[i]

    ```mlir
    %s1 = attn.wait_mma pending 1 %s : vector<128x128xf32>
    %o1, %p1 = attn.wait_mma pending 0 %o, %p : vector<128x128xf32>, vector<128x128xf32>
    ```
  }];
  let arguments = (ins Variadic<Attn_F32Tile>:$tiles,
                       ConfinedAttr<I64Attr, [IntNonNegative, IntMaxValue<7>]>:$pending,
                       OptionalAttr<Attn_TileLayoutAttr>:$layout);
  let results = (outs Variadic<Attn_F32Tile>:$res);
  let assemblyFormat = [{
    `pending` $pending $tiles attr-dict `:` type($tiles) ``
    custom<SameTypes>(ref(type($tiles)), type($res))
  }];
  let hasVerifier = 1;
}

def Attn_RescaleAccOp : Attn_Op<"rescale_acc", [Pure, AllTypesMatch<["acc", "res"]>]> {
  let summary = "multiply each accumulator row by its online-softmax rescale factor";
  let description = [{
    `res[i, d] = alpha[i] * acc[i, d]`: the accumulator update that an `attn.online_softmax`
    without `acc` leaves to the caller (its `alpha` result).

    ```mlir
    %o1 = attn.rescale_acc %o by %alpha : vector<128x128xf32>, vector<128xf32>
    ```
  }];
  let arguments = (ins Attn_F32Tile:$acc, Attn_F32Rows:$alpha,
                       OptionalAttr<Attn_TileLayoutAttr>:$layout);
  let results = (outs Attn_F32Tile:$res);
  let assemblyFormat = [{
    $acc `by` $alpha attr-dict `:` type($acc) `,` type($alpha)
  }];
  let hasVerifier = 1;
}

def Attn_FinalizeOp : Attn_Op<"finalize", [AllTypesMatch<["acc", "o"]>,
                                           AllTypesMatch<["m", "l", "lse"]>]> {
  let summary = "normalise the accumulator and compute the log-sum-exp";
  let description = [{
    Per row i: `O[i] = l[i] > 0 ? acc[i] / l[i] : 0` and
    `lse[i] = l[i] > 0 ? m[i] + log2(l[i]) : -inf` (base 2, as the scores), the pair a
    split-KV kernel stores for `attn.merge_partial`; with `natural_lse`, `lse` is in natural-log
    units (times ln 2), the convention of the kernels' LSE outputs. With `scale` (raw maxima,
    see `attn.online_softmax`), `lse[i] = scale * m[i] + log2(l[i])`.

    A layout that keeps partial row statistics per thread group (`#attn.decode_layout`'s
    slices) merges them here, as `attn.merge_partial` does, through the workgroup buffer
    `scratch` (every thread of the CTA must reach the op).

    ```mlir
    %o, %lse = attn.finalize %acc max %m sum %l : vector<16x128xf32>, vector<16xf32>
    ```
  }];
  let arguments = (ins Attn_F32Tile:$acc, Attn_F32Rows:$m, Attn_F32Rows:$l,
                       Arg<Optional<MemRefRankOf<[I8], [1]>>, "", [MemRead, MemWrite]>:$scratch,
                       UnitAttr:$natural_lse, DefaultValuedAttr<F64Attr, "1.0">:$scale,
                       OptionalAttr<Attn_TileLayoutAttr>:$layout);
  let results = (outs Attn_F32Tile:$o, Attn_F32Rows:$lse);
  let assemblyFormat = [{
    $acc `max` $m `sum` $l (`scratch` $scratch^ `:` type($scratch))? attr-dict `:` type($acc)
    `,` type($m)
  }];
  let hasVerifier = 1;
}

def Attn_MergePartialOp : Attn_Op<"merge_partial", [Pure,
    AllTypesMatch<["o_a", "o_b", "o"]>, AllTypesMatch<["lse_a", "lse_b", "lse"]>]> {
  let summary = "merge the normalised partial states of two KV splits";
  let description = [{
    Per row i (base 2, -inf for an empty split):

      M      = max(lse_a[i], lse_b[i])
      lse[i] = M + log2(2^(lse_a[i] - M) + 2^(lse_b[i] - M))
      O[i]   = 2^(lse_a[i] - lse[i]) * O_a[i] + 2^(lse_b[i] - lse[i]) * O_b[i]

    The tile form of `attn.merge_state`; associative, so a merge kernel folds any number of
    splits.

    ```mlir
    %o, %lse = attn.merge_partial %oa, %la, %ob, %lb : vector<1x128xf32>, vector<1xf32>
    ```
  }];
  let arguments = (ins Attn_F32Tile:$o_a, Attn_F32Rows:$lse_a, Attn_F32Tile:$o_b,
                       Attn_F32Rows:$lse_b);
  let results = (outs Attn_F32Tile:$o, Attn_F32Rows:$lse);
  let assemblyFormat = [{
    $o_a `,` $lse_a `,` $o_b `,` $lse_b attr-dict `:` type($o_a) `,` type($lse_a)
  }];
  let hasVerifier = 1;
}

def Attn_LoadQTileOp : Attn_Op<"load_q_tile", [AttrSizedOperandSegments]> {
  let summary = "load the query rows of a tile, rotated and scaled";
  let description = [{
    Row i of the result is query head `head + i` of token row `row` of `q`, converted to the
    result's element type, rotated at position `pos` with `rope` and multiplied by `scale`:

      Q[i, :] = scale * rope(q[row, head + i, :], pos)

    Folding the softmax scale (and log2(e)) into Q once is the CUDA-core decode kernels' form:
    `attn.score_mod` then has `scale = 1` (or the soft cap, see there).

    With `rows [b, e)` the rows are packed (GQA): row i is packed row `p = min(b + i, e - 1)`,
    query head `head * rows_per_position + p % rows_per_position` of token row
    `row + p / rows_per_position`, rotated at `pos + p / rows_per_position` (plus
    `pos_offsets[pos_offset_index]`, a request's RoPE position offset, with `offset`).
    With `into`, the tile is staged in that workgroup buffer (the tensor-core kernels read Q
    from shared memory through `ldmatrix`); the result stands for the staged rows. With
    `staged` (and `into`, no `rope`) an earlier `attn.load_q_tile` of the same rows already
    copied them there (a persistent kernel's prefetch of its next work item's Q tile, issued
    during the current item's epilogue): the op copies nothing and only stands for the rows.

    ```mlir
    %q = attn.load_q_tile %qbuf[%row, %h0] {scale = 0.1275 : f32}
        : memref<?x32x128xbf16> -> vector<4x128xf32>
    ```
  }];
  let arguments = (ins Arg<Attn_RowBuffer, "", [MemRead]>:$q, Index:$row, Index:$head,
                       Optional<Index>:$rows_begin, Optional<Index>:$rows_end,
                       Optional<Index>:$pos,
                       Arg<Optional<MemRefRankOf<[I32], [1]>>, "", [MemRead]>:$pos_offsets,
                       Optional<Index>:$pos_offset_index,
                       Arg<Optional<Attn_SharedQTile>, "", [MemWrite]>:$staging,
                       DefaultValuedAttr<F32Attr, "1.0">:$scale,
                       DefaultValuedAttr<I64Attr, "1">:$rows_per_position,
                       OptionalAttr<Attn_RopeAttr>:$rope,
                       OptionalAttr<Attn_TileLayoutAttr>:$layout,
                       UnitAttr:$staged);
  let results = (outs Attn_QTile:$res);
  let assemblyFormat = [{
    $q `[` $row `,` $head `]` (`rows` `[` $rows_begin^ `,` $rows_end `)`)?
    (`rope` `at` $pos^)?
    (`offset` $pos_offsets^ `[` $pos_offset_index `]` `:` type($pos_offsets))?
    (`into` $staging^ `:` type($staging))?
    attr-dict `:` type($q) `->` type($res)
  }];
  let hasVerifier = 1;
}

def Attn_InitStateOp : Attn_Op<"init_state", [Pure, AllTypesMatch<["m", "l"]>]> {
  let summary = "the empty online-softmax state";
  let description = [{
    `m = -inf`, `l = 0`, `acc = 0`: the state before the first KV tile, in the tile layout the
    loop carries it in.

    ```mlir
    %m, %l, %acc = attn.init_state : vector<4xf32>, vector<4x128xf32>
    ```
  }];
  let arguments = (ins OptionalAttr<Attn_TileLayoutAttr>:$layout);
  let results = (outs Attn_F32Rows:$m, Attn_F32Rows:$l, Attn_F32Tile:$acc);
  let assemblyFormat = "attr-dict `:` type($m) `,` type($acc)";
  let hasVerifier = 1;
}

def Attn_StoreOutputOp : Attn_Op<"store_output", [AttrSizedOperandSegments]> {
  let summary = "store the output rows and their log-sum-exp";
  let description = [{
    `dest[row, head + i, :] = O[i, :]` (converted to the buffer's element type) and, with an
    LSE buffer, `lse_dest[row, head + i] = lse[i]`: the final rows, or a split's f32 partial
    state for the merge kernel.

    With `rows [b, e)` the rows are packed (GQA, as `attn.load_q_tile`'s): row i is packed row
    `p = b + i`, stored only when `p < e`, to query head `head * G + p % G` of token row
    `row + p / G` (G = rows_per_position). With `slot`, a work item whose slot is not negative
    (a split of a request's keys) stores nothing to `dest`: with `partial` it stores its f32
    partial state instead, O to `partial_o[slot + (p / G) * stride, head * G + p % G]` and lse
    to `partial_lse` likewise.

    With `staged %buf[%i] if %c`, where `%c` holds and the rows go to `dest` (not a split),
    the rows pass through the shared tile `buf[i]` (a free K/V stage: 16-bit elements like
    `dest`'s, at least as many rows as O and dest's head_dim) so that each thread stores whole
    16-byte pieces of a row, the rows' stores coalesced, instead of the MMA fragments' 4-byte
    pairs: the fragments into `buf[i]` (128-byte rows swizzled by the row), a barrier over the
    layout's threads (named barrier 14), then the pieces out. Every thread of the layout
    executes the op; `buf[i]` is the op's until it returns.

    ```mlir
    attn.store_output %o, %lse into %out[%row, %h0] lse %lse_out
        : vector<4x128xf32>, vector<4xf32>, memref<?x32x128xbf16>, memref<?x32xf32>
    ```
  }];
  let arguments = (ins Attn_F32Tile:$o, Attn_F32Rows:$lse,
                       Arg<Attn_RowBuffer, "", [MemWrite]>:$dest, Index:$row, Index:$head,
                       Arg<Optional<MemRefRankOf<[F32], [2]>>, "", [MemWrite]>:$lse_dest,
                       Optional<Index>:$rows_begin, Optional<Index>:$rows_end,
                       Arg<Optional<MemRefRankOf<[F32], [3]>>, "", [MemWrite]>:$partial_o,
                       Arg<Optional<MemRefRankOf<[F32], [2]>>, "", [MemWrite]>:$partial_lse,
                       Optional<I32>:$partial_slot, Optional<Index>:$partial_stride,
                       Arg<Optional<Attn_SharedTile>, "", [MemRead, MemWrite]>:$staging,
                       Optional<Index>:$staging_index, Optional<I1>:$staging_ok,
                       DefaultValuedAttr<I64Attr, "1">:$rows_per_position,
                       OptionalAttr<Attn_TileLayoutAttr>:$layout);
  let assemblyFormat = [{
    $o `,` $lse `into` $dest `[` $row `,` $head `]` (`lse` $lse_dest^)?
    (`rows` `[` $rows_begin^ `,` $rows_end `)`)?
    (`slot` $partial_slot^)?
    (`partial` $partial_o^ `,` $partial_lse `[` $partial_stride `]` `:` type($partial_o) `,`
     type($partial_lse))?
    (`staged` $staging^ `[` $staging_index `]` `if` $staging_ok `:` type($staging))?
    attr-dict `:` type($o) `,` type($lse) `,` type($dest) (`,` type($lse_dest)^)?
  }];
  let hasVerifier = 1;
}

def Attn_AlibiSlopesOp : Attn_Op<"alibi_slopes"> {
  let summary = "the ALiBi slope of each row's query head";
  let description = [{
    Row i is packed row `p = first + i` of KV head `kv_head`, query head
    `h = kv_head * rows_per_position + p % rows_per_position`; its slope is `slopes[h]` with a
    slopes buffer, else the standard one (Press et al.): with n the largest power of two not
    above num_heads, `2^(-8 (h + 1) / n)` for h < n and `2^(-8 (2 (h - n) + 1) / (2 n))`
    beyond; times `scale` (the units of the scores it biases, see `attn.score_mod`).

    ```mlir
    %slopes = attn.alibi_slopes head %kvh rows %first
        {num_heads = 32 : i64, rows_per_position = 4 : i64, scale = 11.31 : f64}
        : vector<64xf32>
    ```
  }];
  let arguments = (ins Index:$kv_head, I32:$first,
                       Arg<Optional<MemRefRankOf<[F32], [1]>>, "", [MemRead]>:$slopes,
                       I64Attr:$num_heads, DefaultValuedAttr<I64Attr, "1">:$rows_per_position,
                       DefaultValuedAttr<F64Attr, "1.0">:$scale,
                       OptionalAttr<Attn_TileLayoutAttr>:$layout);
  let results = (outs Attn_F32Rows:$res);
  let assemblyFormat = [{
    `head` $kv_head `rows` $first (`from` $slopes^ `:` type($slopes))? attr-dict `:` type($res)
  }];
  let hasVerifier = 1;
}

def Attn_RopeKTileOp : Attn_Op<"rope_k_tile", [AttrSizedOperandSegments]> {
  let summary = "rotate the keys of a staged K tile in place";
  let description = [{
    `K_j[stage, r, :] = rope(K_j[stage, r, :], (pos + r) + offsets[offset_index])` for each
    row r (no offset without `offset`): fused RoPE of un-rotated keys once per tile, for every warp that reads them
    (`attn.tile_qk`'s `rope` rotates per use instead). The rows must have landed (a barrier
    after `attn.load_kv_tile`) and are read after the next barrier.

    ```mlir
    attn.rope_k_tile %ks[%stage] at %start {rope = #attn.rope<llama, rotary_dim = 128>}
        : memref<2x64x128xbf16, #gpu.address_space<workgroup>>
    ```
  }];
  let arguments = (ins Arg<Attn_SharedTile, "", [MemRead, MemWrite]>:$k_tile, Index:$stage,
                       Index:$pos,
                       Arg<Optional<MemRefRankOf<[I32], [1]>>, "", [MemRead]>:$offsets,
                       Optional<Index>:$offset_index, Attn_RopeAttr:$rope,
                       OptionalAttr<Attn_TileLayoutAttr>:$layout);
  let assemblyFormat = [{
    $k_tile `[` $stage `]` `at` $pos
    (`offset` $offsets^ `[` $offset_index `]` `:` type($offsets))? attr-dict `:` type($k_tile)
  }];
  let hasVerifier = 1;
}

def Attn_WarpSpecializeOp : Attn_Op<"warp_specialize", [NoTerminator]> {
  let summary = "split a CTA into a producer warpgroup and the consumer warps";
  let description = [{
    Threads `[0, consumer_threads)` run the `consumer` region and threads
    `[consumer_threads, consumer_threads + producer_threads)` the `producer` region; each group
    first sets its per-thread register budget (`setmaxnreg`: the producer's down to
    `producer_registers`, the consumers' up to `consumer_registers`), so that the copies
    take few registers and the accumulators many. Every thread of the CTA must reach the op;
    the regions communicate through shared memory and mbarriers only (a CTA-wide barrier
    inside either would deadlock). The budgets must fit the register file:
    `producer_threads * producer_registers + consumer_threads * consumer_registers <= 65536`.

    ```mlir
    attn.warp_specialize consumers 256 producers 128 registers(240, 40) producer {
      ... copies ...
    } consumer {
      ... MMAs and softmax ...
    }
    ```
  }];
  let arguments = (ins ConfinedAttr<I64Attr, [IntPositive]>:$consumer_threads,
                       ConfinedAttr<I64Attr, [IntPositive]>:$producer_threads,
                       ConfinedAttr<I64Attr, [IntPositive]>:$consumer_registers,
                       ConfinedAttr<I64Attr, [IntPositive]>:$producer_registers);
  let regions = (region SizedRegion<1>:$producer, SizedRegion<1>:$consumer);
  let assemblyFormat = [{
    `consumers` $consumer_threads `producers` $producer_threads
    `registers` `(` $consumer_registers `,` $producer_registers `)`
    `producer` $producer `consumer` $consumer attr-dict
  }];
  let hasVerifier = 1;
}

def Attn_MmaTurnOp : Attn_Op<"mma_turn"> {
  let summary = "consumer warpgroups taking turns on the tensor cores (ping-pong)";
  let description = [{
    `warpgroups` consumer warpgroups of 128 threads (warpgroup w: threads `[128 w, 128 w +
    128)`) pass a token round robin: `acquire` blocks warpgroup w until warpgroup
    `(w - 1) mod warpgroups` has released it, `release` hands it to warpgroup
    `(w + 1) mod warpgroups`, and `start` (once, before the first `acquire`) gives it to
    warpgroup 0. Between its acquire and its release a warpgroup issues its MMAs while the
    others run their softmax. Every warpgroup must run the same sequence of turns (FA3's
    inter-warpgroup ping-pong; named barriers `1 + w`, so barrier 0 stays the CTA's).

    ```mlir
    attn.mma_turn start {warpgroups = 2}
    attn.mma_turn acquire {warpgroups = 2}
    attn.mma_turn release {warpgroups = 2}
    ```
  }];
  let arguments = (ins Attn_MmaTurnKind:$kind,
                       ConfinedAttr<I64Attr, [IntMinValue<2>, IntMaxValue<15>]>:$warpgroups);
  let assemblyFormat = "$kind attr-dict";
}

def Attn_KVTileRangeOp : Attn_Op<"kv_tile_range", [Pure]> {
  let summary = "the KV tiles a Q tile visits and those the mask cuts through";
  let description = [{
    For a Q tile of packed rows `[b, e)` (query `row / rows_per_position`, at position
    `query + delta`: bottom-right aligned) and keys `[kv_begin, kv_end)`, with
    `p_first = b / G + delta` and `p_last = (e - 1) / G + delta` (G = rows_per_position):

      lo         = max(kv_begin, p_first - W), rounded down to a multiple of `align`
      hi         = causal ? min(kv_end, p_last + 1) : kv_end
      num_tiles  = ceil(max(hi - lo, 0) / tile_kv)          tile t holds keys lo + t * tile_kv ..
      unmasked_end   = floor((causal ? min(kv_end, p_first + 1) : kv_end) - lo) / tile_kv)
      unmasked_begin = W ? max(0, ceil((p_last - W - lo) / tile_kv)) : 0

    (W the mask's window_left.) Keys before lo are invisible to every row; tiles
    `[unmasked_begin, unmasked_end)` are visible to every row and below kv_end, so that their
    scores need no per-element mask (`attn.score_mod`'s `all_visible`).

    ```mlir
    %lo, %n, %ub, %ue = attn.kv_tile_range keys [%kb, %ke) rows [%b, %e) delta %d
        {mask = #attn.mask<causal>, rows_per_position = 4 : i64, tile_kv = 64 : i64}
    ```
  }];
  let arguments = (ins Index:$kv_begin, Index:$kv_end, Index:$rows_begin, Index:$rows_end,
                       Index:$delta, Attn_MaskAttr:$mask,
                       DefaultValuedAttr<I64Attr, "1">:$rows_per_position, I64Attr:$tile_kv,
                       DefaultValuedAttr<I64Attr, "1">:$align);
  let results = (outs Index:$lo, Index:$num_tiles, Index:$unmasked_begin,
                      Index:$unmasked_end);
  let assemblyFormat = [{
    `keys` `[` $kv_begin `,` $kv_end `)` `rows` `[` $rows_begin `,` $rows_end `)` `delta` $delta
    attr-dict
  }];
  let hasVerifier = 1;
}

#endif // ATTN_DIALECT_ATTN_IR_ATTNTILEOPS_TD
