//===- AttnTensorOps.td - value-semantics attn ops ---------*- tablegen -*-===//
//
// attn.tensor_attention: attention on tensors (destination-passing style), the entry point for
// compilers that work on tensors and bufferize with one-shot bufferization. It bufferizes to
// attn.ragged_kv + attn.attention (BufferizableOpInterfaceImpl.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_DIALECT_ATTN_IR_ATTNTENSOROPS_TD
#define ATTN_DIALECT_ATTN_IR_ATTNTENSOROPS_TD

include "mlir/Interfaces/DestinationStyleOpInterface.td"

def Attn_I32Tensor : TensorRankOf<[I32], [1]>;

def Attn_TensorAttentionOp : Attn_Op<"tensor_attention", [
    Pure, DestinationStyleOpInterface]> {
  let summary = "batched attention of ragged queries over ragged keys, on tensors";
  let description = [{
    The value-semantics form of `attn.attention` over a ragged KV source: `q` and the init
    `o_init` are `[total_q, num_qo_heads, head_dim]`, `k` and `v` are
    `[total_kv, num_kv_heads, head_dim]`, `qo_indptr` / `kv_indptr` (`batch + 1` entries each)
    split the rows into requests. The results are the output (and, when `lse_init` is given,
    the `[total_q, num_qo_heads]` f32 log-sum-exp), tied to the inits (destination-passing
    style). The maths and the attributes are those of `attn.attention`.

    A dense batch `[B, S, H, D]` is the ragged form with `indptr = [0, S, 2S, ...]` after a
    `tensor.collapse_shape` to `[B*S, H, D]` (what `attn-raise` produces).

    Masks are `none` or `causal` (with an optional window): custom and block-sparse masks,
    explicit ALiBi slopes and RoPE offsets stay with the memref-level op. Paged KV has no
    tensor form: a page pool is a cache that is updated in place (`attn.append_paged_kv`) and
    read through a page table, which value semantics would copy on every step.

    ```mlir
    %o = attn.tensor_attention q(%q : tensor<?x32x128xbf16>)
           qo_indptr(%qi : tensor<?xi32>)
           k(%k : tensor<?x8x128xbf16>) v(%v : tensor<?x8x128xbf16>)
           kv_indptr(%ki : tensor<?xi32>)
           outs(%init : tensor<?x32x128xbf16>) {mask = #attn.mask<causal>}
           -> tensor<?x32x128xbf16>
    ```
  }];
  let arguments = (ins
    AnyRankedTensor:$q, Attn_I32Tensor:$qo_indptr,
    AnyRankedTensor:$k, AnyRankedTensor:$v, Attn_I32Tensor:$kv_indptr,
    AnyRankedTensor:$o_init, Optional<TensorRankOf<[F32], [2]>>:$lse_init,
    Attn_MaskAttr:$mask,
    OptionalAttr<F32Attr>:$sm_scale,
    OptionalAttr<F32Attr>:$logits_soft_cap,
    UnitAttr:$alibi,
    OptionalAttr<Attn_RopeAttr>:$rope,
    OptionalAttr<ConfinedAttr<I64Attr, [IntPositive]>>:$max_qo_len);
  let results = (outs AnyRankedTensor:$o, Optional<TensorRankOf<[F32], [2]>>:$lse);
  let assemblyFormat = [{
    `q` `(` $q `:` type($q) `)` `qo_indptr` `(` $qo_indptr `:` type($qo_indptr) `)`
    `k` `(` $k `:` type($k) `)` `v` `(` $v `:` type($v) `)`
    `kv_indptr` `(` $kv_indptr `:` type($kv_indptr) `)`
    `outs` `(` $o_init `:` type($o_init) (`,` $lse_init^ `:` type($lse_init))? `)`
    attr-dict `->` type(results)
  }];
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    ::mlir::MutableOperandRange getDpsInitsMutable();
  }];
}

#endif // ATTN_DIALECT_ATTN_IR_ATTNTENSOROPS_TD
