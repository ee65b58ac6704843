//===- AttnSamplingOps.td - token sampling ops ------------*- tablegen -*-===//
//
// #attn.sampling and attn.sample: sorting-free top-k / top-p / min-p sampling, renormalisation
// and masking over rows of probabilities or logits; attn.chain_speculative_sample:
// speculative-decoding verification. Included from AttnOps.td.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_DIALECT_ATTN_IR_ATTNSAMPLINGOPS_TD
#define ATTN_DIALECT_ATTN_IR_ATTNSAMPLINGOPS_TD

include "attn/Dialect/Attn/IR/AttnDialect.td"
include "mlir/IR/EnumAttr.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def Attn_SamplingInput : I32EnumAttr<"SamplingInput", "what a sampling op reads", [
    // Non-negative weights per token; a row need not sum to 1 (it is renormalised).
    I32EnumAttrCase<"Probs", 0, "probs">,
    // Unnormalised log-probabilities; softmax(row) is the distribution.
    I32EnumAttrCase<"Logits", 1, "logits">]> {
  let cppNamespace = "::mlir::attn";
  let genSpecializedAttr = 0;
}

def Attn_SamplingMode : I32EnumAttr<"SamplingMode", "what a sampling op writes", [
    // One token id per row, drawn from the filtered, renormalised distribution.
    I32EnumAttrCase<"Sample", 0, "sample">,
    // The filtered distribution itself (probs in, probs out, rows summing to 1).
    I32EnumAttrCase<"Renorm", 1, "renorm">,
    // The logits with every filtered-out token set to -inf (logits in, logits out).
    I32EnumAttrCase<"Mask", 2, "mask">]> {
  let cppNamespace = "::mlir::attn";
  let genSpecializedAttr = 0;
}

def Attn_SamplingAttr : Attn_Attr<"Sampling", "sampling"> {
  let summary = "which tokens of a row survive, and what a sampling op makes of them";
  let description = [{
    With `P` the row's distribution (`probs / sum(probs)`, or `softmax(logits)`), a token `i`
    survives the filters that are on:
    - `top_k = K` (on when K > 0): `P_i >= P_(K)`, the K-th largest value; ties at the pivot
      are all kept, as a pivot search without sorting finds them;
    - `top_p = p` (on when p < 1): `sum(P_j : P_j > P_i) < p`, i.e. i is in the smallest
      prefix of the descending order whose mass reaches p;
    - `min_p = m` (on when m > 0): `P_i >= m * max(P)`.
    `sample` draws one token from the survivors renormalised; `renorm` writes that
    distribution; `mask` writes the logits with non-survivors set to -inf.
    `cluster_size = C` (1, the default, or 8 or 16; sm_90 and later) splits each row
    over a thread-block cluster of C CTAs: each CTA keeps its slice of the row in shared
    memory and the passes combine their partial results through distributed shared memory,
    for small batches where one CTA per row leaves the GPU idle. The distribution is the
    same; the token a seed draws depends on C (the inverse-CDF order follows the CTAs).
    A filter may instead come per row from an operand of the op (`top_k(...)`, `top_p(...)`,
    `min_p(...)`); the attribute then leaves that filter at its default.

    ```mlir
    #attn.sampling<input = logits, mode = sample, top_k = 50, top_p = 0.9>
    #attn.sampling<input = probs, mode = renorm, top_p = 0.95>
    #attn.sampling<input = logits, mode = mask, cluster_size = 8>
    ```
  }];
  let parameters = (ins
    EnumParameter<Attn_SamplingInput>:$input,
    EnumParameter<Attn_SamplingMode>:$mode,
    DefaultValuedParameter<"int64_t", "0">:$top_k,
    Attn_DefaultF64Param<"1.0">:$top_p,
    Attn_DefaultF64Param<"0.0">:$min_p,
    DefaultValuedParameter<"int64_t", "1">:$cluster_size);
  let assemblyFormat = [{ `<` struct($input, $mode, $top_k, $top_p, $min_p, $cluster_size) `>` }];
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    bool hasTopK() const { return getTopK() > 0; }
    bool hasTopP() const { return getTopP().convertToDouble() < 1.0; }
    bool hasMinP() const { return getMinP().convertToDouble() > 0.0; }
    bool isClustered() const { return getClusterSize() > 1; }
    /// Largest cluster_size (16 CTAs: the non-portable cluster size of sm_90).
    static constexpr int64_t kMaxClusterSize = 16;
  }];
}

def Attn_SampleOp : Attn_Op<"sample", [AttrSizedOperandSegments]> {
  let summary = "top-k / top-p / min-p sampling, renormalisation or masking of rows";
  let description = [{
    Row `b` of `input` (`[batch, vocab]`, f32 or bf16) is filtered as `#attn.sampling`
    describes, with per-row thresholds `top_k[b]` (i32), `top_p[b]`, `min_p[b]` (f32) where
    those operands are given. Mode `sample` writes one token id per row to `out`
    (`[batch]` i32), drawing uniforms from Philox4x32-10 keyed by `seed_offset[0]` (seed) and
    `seed_offset[1]` (offset), read on the device so that a captured CUDA graph draws anew
    when the caller advances the offset; the same seed and offset give the same tokens.
    With `advance_offset` non-zero the op advances it itself: `seed_offset` then has three
    elements, and once the op has read the pair it adds one to `seed_offset[1]`, so that the
    next call (or the next replay of a captured graph) draws anew with no other kernel;
    `seed_offset[2]` must be zero and is zero again after the op (a lowering may count there).
    Modes `renorm` and `mask` write `out` of the shape and element type of `input` and take no
    seed. No sort is implied: a lowering finds the thresholds by pivot search over the row.

    ```mlir
    attn.sample input(%logits : memref<?x128256xbf16>)
        top_k(%k : memref<?xi32>) seed_offset(%so : memref<2xi64>)
        outs(%ids : memref<?xi32>)
        {sampling = #attn.sampling<input = logits, mode = sample, top_p = 0.9>}
    ```
  }];
  let arguments = (ins
    Arg<AnyMemRef, "", [MemRead]>:$input,
    Arg<Optional<MemRefOf<[I32]>>, "", [MemRead]>:$top_k,
    Arg<Optional<MemRefOf<[F32]>>, "", [MemRead]>:$top_p,
    Arg<Optional<MemRefOf<[F32]>>, "", [MemRead]>:$min_p,
    Arg<Optional<MemRefOf<[I64]>>, "", [MemRead, MemWrite]>:$seed_offset,
    Optional<I32>:$advance_offset,
    Arg<AnyMemRef, "", [MemWrite]>:$out,
    Attn_SamplingAttr:$sampling);
  let assemblyFormat = [{
    `input` `(` $input `:` type($input) `)`
    (`top_k` `(` $top_k^ `:` type($top_k) `)`)?
    (`top_p` `(` $top_p^ `:` type($top_p) `)`)?
    (`min_p` `(` $min_p^ `:` type($min_p) `)`)?
    (`seed_offset` `(` $seed_offset^ `:` type($seed_offset) `)`)?
    (`advance_offset` `(` $advance_offset^ `)`)?
    `outs` `(` $out `:` type($out) `)` attr-dict
  }];
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// Largest vocabulary a lowering must handle (256k tokens, Qwen/Gemma-class models).
    static constexpr int64_t kMaxVocab = 262144;
    /// Whether the op applies top-k / top-p / min-p at all: a per-row operand, or the
    /// attribute's value.
    bool filtersTopK() { return getTopK() || getSampling().hasTopK(); }
    bool filtersTopP() { return getTopP() || getSampling().hasTopP(); }
    bool filtersMinP() { return getMinP() || getSampling().hasMinP(); }
    /// Whether a lowering's draw may start from bins of the row its first pass collects (mode
    /// sample over probabilities with top-k or top-p, one CTA per row): a drawn token then
    /// needs a test pass over the row only in the one bin where the cumulative mass crosses
    /// p or the count crosses k.
    bool canUseMassBins();
    /// Whether it does: it can, and attn-plan found room for the bins on the target
    /// (the attn.mass_bins attribute).
    bool usesMassBins();
    /// Shared memory of those bins, in bytes.
    int64_t massBinsBytes();
  }];
}

def Attn_ChainSpeculativeSampleOp : Attn_Op<"chain_speculative_sample"> {
  let summary = "speculative-decoding verification of a chain of draft tokens";
  let description = [{
    For request `b` with draft tokens `d_i = draft_token_ids[b, i]` (`i < S`, `S =
    num_spec`), draft distributions `q_i = draft_probs[b, i, :]` (`[batch, S, vocab]`) and
    target distributions `p_i = target_probs[b, i, :]` (`[batch, S + 1, vocab]`, f32 or bf16
    like the drafts), the tokens are verified in order (Leviathan et al., ICML'23): `d_i` is
    accepted when `u_i * q_i[d_i] < p_i[d_i]` (`u_i` uniform in [0, 1)); at the first
    rejection `r` the token drawn from `max(0, p_r - q_r)` (renormalised; `p_r` itself where
    that has no mass) ends the chain; with every draft accepted, a bonus token drawn from `p_S`
    does. `out` (`[batch, S + 1]` i32) receives the accepted drafts, the drawn token and -1
    after it, so that each emitted position is distributed as the target. `accepted[b]`
    (i32 `[batch]`) is increased by the number of positions `i` that pass the test with their
    own uniform, also after the first rejection, and `emitted[b]` by `r` (`S` without
    rejection), as FlashInfer's chain_speculative_sampling counts them. Uniforms come from
    Philox4x32-10 keyed by `seed_offset[0]` (seed) and `seed_offset[1]` (offset), read on the
    device, and advanced by the op as in attn.sample when `advance_offset` is given and
    non-zero (`seed_offset` then of three elements); a draft id outside [0, vocab) is
    rejected.

    ```mlir
    attn.chain_speculative_sample draft_probs(%q : memref<?x4x128256xf32>)
        draft_token_ids(%ids : memref<?x4xi32>) target_probs(%p : memref<?x5x128256xf32>)
        seed_offset(%so : memref<2xi64>)
        outs(%out : memref<?x5xi32>, %acc : memref<?xi32>, %emit : memref<?xi32>)
    ```
  }];
  let arguments = (ins
    Arg<MemRefRankOf<[F32, BF16], [3]>, "", [MemRead]>:$draft_probs,
    Arg<MemRefRankOf<[I32], [2]>, "", [MemRead]>:$draft_token_ids,
    Arg<MemRefRankOf<[F32, BF16], [3]>, "", [MemRead]>:$target_probs,
    Arg<MemRefRankOf<[I64], [1]>, "", [MemRead, MemWrite]>:$seed_offset,
    Arg<MemRefRankOf<[I32], [2]>, "", [MemWrite]>:$out,
    Arg<MemRefRankOf<[I32], [1]>, "", [MemRead, MemWrite]>:$accepted,
    Arg<MemRefRankOf<[I32], [1]>, "", [MemRead, MemWrite]>:$emitted,
    Optional<I32>:$advance_offset);
  let assemblyFormat = [{
    `draft_probs` `(` $draft_probs `:` type($draft_probs) `)`
    `draft_token_ids` `(` $draft_token_ids `:` type($draft_token_ids) `)`
    `target_probs` `(` $target_probs `:` type($target_probs) `)`
    `seed_offset` `(` $seed_offset `:` type($seed_offset) `)`
    (`advance_offset` `(` $advance_offset^ `)`)?
    `outs` `(` $out `:` type($out) `,` $accepted `:` type($accepted) `,`
               $emitted `:` type($emitted) `)` attr-dict
  }];
  let hasVerifier = 1;
}

#endif // ATTN_DIALECT_ATTN_IR_ATTNSAMPLINGOPS_TD
