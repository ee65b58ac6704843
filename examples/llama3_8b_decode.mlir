// One decode step of Llama-3-8B over a paged KV cache: 32 query heads share 8 KV heads
// (GQA 4:1), head_dim 128, bf16, pages of 16 tokens in NHD layout. Every request contributes
// one query row (max_qo_len = 1), which makes this the decode strategy; the log-sum-exp is
// returned so that results can be merged with other attention states (cascade attention).
//
//   attn-opt examples/llama3_8b_decode.mlir --attn-to-cubin    # to cubins
//   attn-compile examples/llama3_8b_decode.mlir -o bundle/     # to a kernel bundle

!kv_cache = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128,
                           element_type = bf16>

func.func @llama3_8b_decode(
    %q: memref<?x32x128xbf16>,           // [batch, 32, 128] this step's queries
    %qo_indptr: memref<?xi32>,           // [batch + 1] = 0, 1, ..., batch
    %k_pages: memref<?x16x8x128xbf16>,   // [num_pages, 16, 8, 128] key pool
    %v_pages: memref<?x16x8x128xbf16>,   // [num_pages, 16, 8, 128] value pool
    %kv_indptr: memref<?xi32>,           // [batch + 1] page ranges in kv_indices
    %kv_indices: memref<?xi32>,          // [total pages] page ids
    %kv_last_page_len: memref<?xi32>,    // [batch] tokens in each request's last page
    %o: memref<?x32x128xbf16>,           // [batch, 32, 128] output
    %lse: memref<?x32xf32>) {            // [batch, 32] natural-log log-sum-exp
  %kv = attn.paged_kv k(%k_pages : memref<?x16x8x128xbf16>) v(%v_pages : memref<?x16x8x128xbf16>)
          indptr(%kv_indptr : memref<?xi32>) indices(%kv_indices : memref<?xi32>)
          last_page_len(%kv_last_page_len : memref<?xi32>) : !kv_cache
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qo_indptr : memref<?xi32>)
      kv(%kv : !kv_cache) outs(%o : memref<?x32x128xbf16>, %lse : memref<?x32xf32>)
      {mask = #attn.mask<causal>, max_qo_len = 1}
  return
}
