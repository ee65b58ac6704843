// Variants attn-tile cannot lower (no decode kernel for them yet) are rejected, never
// miscompiled.
// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(gpu.module(attn-tile))" -verify-diagnostics

!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
gpu.module @m {
  gpu.func @k(%q: memref<?x32x128xbf16>, %i: memref<?xi32>, %k: memref<?x8x128xbf16>, %o: memref<?x32x128xbf16>) kernel {
    %kv = attn.ragged_kv k(%k : memref<?x8x128xbf16>) v(%k : memref<?x8x128xbf16>) indptr(%i : memref<?xi32>) : !kv
    // expected-error @+1 {{decode over ragged KV is not supported yet}}
    attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%i : memref<?xi32>) kv(%kv : !kv) outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<none>, max_qo_len = 1, kernel_config = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4, tile_kv = 8, stages = 2, split_kv = false, vec = 8>}
    gpu.return
  }
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
gpu.module @m {
  gpu.func @k(%q: memref<?x32x128xbf16>, %i: memref<?xi32>, %k: memref<?x16x8x128xbf16>, %o: memref<?x32x128xbf16>, %m: memref<?xi8>) kernel {
    %kv = attn.paged_kv k(%k : memref<?x16x8x128xbf16>) v(%k : memref<?x16x8x128xbf16>) indptr(%i : memref<?xi32>) indices(%i : memref<?xi32>) last_page_len(%i : memref<?xi32>) : !kv
    // expected-error @+1 {{decode with a 'custom' mask is not supported yet}}
    attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%i : memref<?xi32>) kv(%kv : !kv) custom_mask(%m : memref<?xi8>) mask_indptr(%i : memref<?xi32>) outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<custom>, max_qo_len = 1, kernel_config = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4, tile_kv = 8, stages = 2, split_kv = false, vec = 8>}
    gpu.return
  }
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
gpu.module @m {
  gpu.func @k(%q: memref<?x32x128xbf16>, %i: memref<?xi32>, %k: memref<?x16x8x128xbf16>, %o: memref<?x32x128xbf16>) kernel {
    %kv = attn.paged_kv k(%k : memref<?x16x8x128xbf16>) v(%k : memref<?x16x8x128xbf16>) indptr(%i : memref<?xi32>) indices(%i : memref<?xi32>) last_page_len(%i : memref<?xi32>) : !kv
    // expected-error @+1 {{decode with ALiBi is not supported yet}}
    attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%i : memref<?xi32>) kv(%kv : !kv) outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<none>, alibi, max_qo_len = 1, kernel_config = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4, tile_kv = 8, stages = 2, split_kv = false, vec = 8>}
    gpu.return
  }
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = f8E4M3FN>
gpu.module @m {
  gpu.func @k(%q: memref<?x32x128xbf16>, %i: memref<?xi32>, %k: memref<?x16x8x128xf8E4M3FN>, %o: memref<?x32x128xbf16>) kernel {
    %kv = attn.paged_kv k(%k : memref<?x16x8x128xf8E4M3FN>) v(%k : memref<?x16x8x128xf8E4M3FN>) indptr(%i : memref<?xi32>) indices(%i : memref<?xi32>) last_page_len(%i : memref<?xi32>) : !kv
    // expected-error @+1 {{decode with a 'f8E4M3FN' KV cache is not supported yet}}
    attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%i : memref<?xi32>) kv(%kv : !kv) outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<none>, max_qo_len = 1, kernel_config = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4, tile_kv = 8, stages = 2, split_kv = false, vec = 8>}
    gpu.return
  }
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
gpu.module @m {
  gpu.func @k(%q: memref<?x32x128xbf16>, %i: memref<?xi32>, %k: memref<?x16x8x128xbf16>, %o: memref<?x32x128xbf16>) kernel {
    %kv = attn.paged_kv k(%k : memref<?x16x8x128xbf16>) v(%k : memref<?x16x8x128xbf16>) indptr(%i : memref<?xi32>) indices(%i : memref<?xi32>) last_page_len(%i : memref<?xi32>) : !kv
    // expected-error @+1 {{expected kernel_config vec (4) to make 16-byte vectors of 'bf16'}}
    attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%i : memref<?xi32>) kv(%kv : !kv) outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<none>, max_qo_len = 1, kernel_config = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4, tile_kv = 8, stages = 2, split_kv = false, vec = 4>}
    gpu.return
  }
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
gpu.module @m {
  gpu.func @k(%q: memref<?x32x128xbf16>, %i: memref<?xi32>, %k: memref<?x16x8x128xbf16>, %o: memref<?x32x128xbf16>) kernel {
    %kv = attn.paged_kv k(%k : memref<?x16x8x128xbf16>) v(%k : memref<?x16x8x128xbf16>) indptr(%i : memref<?xi32>) indices(%i : memref<?xi32>) last_page_len(%i : memref<?xi32>) : !kv
    // expected-error @+1 {{decode RoPE needs rotary_dim (40) to be a multiple of 2 * vec (16)}}
    attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%i : memref<?xi32>) kv(%kv : !kv) outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<none>, rope = #attn.rope<llama, rotary_dim = 40>, max_qo_len = 1, kernel_config = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4, tile_kv = 8, stages = 2, split_kv = false, vec = 8>}
    gpu.return
  }
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
gpu.module @m {
  gpu.func @k(%q: memref<?x32x128xbf16>, %i: memref<?xi32>, %k: memref<?x16x8x128xbf16>, %o: memref<?x32x128xbf16>) kernel {
    %kv = attn.paged_kv k(%k : memref<?x16x8x128xbf16>) v(%k : memref<?x16x8x128xbf16>) indptr(%i : memref<?xi32>) indices(%i : memref<?xi32>) last_page_len(%i : memref<?xi32>) : !kv
    // expected-error @+1 {{expected a kernel argument 'work_request' (run attn-outline)}}
    attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%i : memref<?xi32>) kv(%kv : !kv) outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<none>, max_qo_len = 1, kernel_config = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4, tile_kv = 8, stages = 2, split_kv = false, vec = 8>}
    gpu.return
  }
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
gpu.module @m {
  gpu.func @k(%q: memref<?x32x128xbf16>, %i: memref<?xi32>, %k: memref<?x16x8x128xbf16>, %o: memref<?x32x128xbf16>) kernel {
    %kv = attn.paged_kv k(%k : memref<?x16x8x128xbf16>) v(%k : memref<?x16x8x128xbf16>) indptr(%i : memref<?xi32>) indices(%i : memref<?xi32>) last_page_len(%i : memref<?xi32>) : !kv
    // expected-error @+1 {{the prefill strategy has no lowering yet}}
    attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%i : memref<?xi32>) kv(%kv : !kv) outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<none>, max_qo_len = 1, kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, tile_kv = 64, stages = 2, split_kv = false, vec = 8>}
    gpu.return
  }
}

// -----

// An attention op outside a kernel function (a host function nested in the module).
!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
gpu.module @m {
  func.func @host(%q: memref<?x32x128xbf16>, %i: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>) {
    // expected-error @+1 {{expected to be inside an outlined kernel (run attn-outline)}}
    attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%i : memref<?xi32>) kv(%kv : !kv) outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<none>, max_qo_len = 1}
    return
  }
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
gpu.module @m {
  gpu.func @k(%q: memref<?x32x128xbf16>, %i: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>) kernel {
    // expected-error @+1 {{expected a decode kernel_config}}
    attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%i : memref<?xi32>) kv(%kv : !kv) outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<none>, max_qo_len = 1}
    gpu.return
  }
}
