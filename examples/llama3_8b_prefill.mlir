// Batched prefill (prompt processing) of Llama-3-8B over its paged KV cache: ragged query rows
// per request, causal mask aligned bottom-right (so the same op serves chunked prefill and
// append), Llama 3.1 RoPE fused on queries and keys. attn-plan picks the tensor-core prefill
// strategy (128-row Q tiles of GQA-packed rows, 64-key KV tiles with fused RoPE), attn-tile
// writes the FlashAttention-2 kernel (mma.sync m16n8k16), attn-compile turns it into a bundle
// that attn_mlir.BatchPrefill runs:
//
//   attn-opt examples/llama3_8b_prefill.mlir -attn-plan -attn-outline
//   attn-compile examples/llama3_8b_prefill.mlir -o llama3_prefill_bundle

!kv_cache = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128,
                           element_type = bf16>

func.func @llama3_8b_prefill(
    %q: memref<?x32x128xbf16>,           // [total query tokens, 32, 128]
    %qo_indptr: memref<?xi32>,           // [batch + 1] query row ranges
    %k_pages: memref<?x16x8x128xbf16>,
    %v_pages: memref<?x16x8x128xbf16>,
    %kv_indptr: memref<?xi32>,
    %kv_indices: memref<?xi32>,
    %kv_last_page_len: memref<?xi32>,
    %o: memref<?x32x128xbf16>) {
  %kv = attn.paged_kv k(%k_pages : memref<?x16x8x128xbf16>) v(%v_pages : memref<?x16x8x128xbf16>)
          indptr(%kv_indptr : memref<?xi32>) indices(%kv_indices : memref<?xi32>)
          last_page_len(%kv_last_page_len : memref<?xi32>) : !kv_cache
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qo_indptr : memref<?xi32>)
      kv(%kv : !kv_cache) outs(%o : memref<?x32x128xbf16>)
      {mask = #attn.mask<causal>,
       rope = #attn.rope<llama3, rotary_dim = 128, theta = 500000.0, factor = 8.0,
                         low_freq_factor = 1.0, high_freq_factor = 4.0,
                         original_max_position = 8192>}
  return
}
