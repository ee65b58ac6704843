!paged_kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
#kernel_config = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4, tile_kv = 16, stages = 2, split_kv = true, vec = 8>
module {
  func.func @llama3_8b_decode(%arg0: memref<?x32x128xbf16>, %arg1: memref<?xi32>, %arg2: memref<?x16x8x128xbf16>, %arg3: memref<?x16x8x128xbf16>, %arg4: memref<?xi32>, %arg5: memref<?xi32>, %arg6: memref<?xi32>, %arg7: memref<?x32x128xbf16>, %arg8: memref<?x32xf32>) {
    %0 = attn.paged_kv k(%arg2 : memref<?x16x8x128xbf16>) v(%arg3 : memref<?x16x8x128xbf16>) indptr(%arg4 : memref<?xi32>) indices(%arg5 : memref<?xi32>) last_page_len(%arg6 : memref<?xi32>) : !paged_kv
    attn.attention q(%arg0 : memref<?x32x128xbf16>) qo_indptr(%arg1 : memref<?xi32>) kv(%0 : !paged_kv) outs(%arg7 : memref<?x32x128xbf16>, %arg8 : memref<?x32xf32>) {kernel_config = #kernel_config, mask = #attn.mask<causal>, max_qo_len = 1 : i64}
    return
  }
}

