// Variants attn-tile cannot lower (no decode or prefill kernel for them yet) are rejected,
// never miscompiled.
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

// The prefill lowering reads the plan's work items by name.
!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
gpu.module @m {
  gpu.func @k(%q: memref<?x32x128xbf16>, %i: memref<?xi32>, %k: memref<?x8x128xbf16>, %o: memref<?x32x128xbf16>, %w: memref<?xi32> {attn.param = "work_request"}) kernel {
    %kv = attn.ragged_kv k(%k : memref<?x8x128xbf16>) v(%k : memref<?x8x128xbf16>) indptr(%i : memref<?xi32>) : !kv
    // expected-error @+1 {{expected a kernel argument 'work_qo_tile' (run attn-outline)}}
    attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%i : memref<?xi32>) kv(%kv : !kv) outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>, kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, tile_kv = 64, stages = 2, split_kv = false, vec = 8>}
    gpu.return
  }
}

// -----

// A kernel_config with l2_sections maps its CTAs by the plan's head_section: the kernel must
// take it (attn-outline adds it).
!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
gpu.module @m {
  gpu.func @k(%q: memref<?x32x128xbf16>, %i: memref<?xi32>, %k: memref<?x8x128xbf16>, %o: memref<?x32x128xbf16>, %t: memref<?xi32> {attn.param = "work_qo_tile"}, %s: memref<?xi32> {attn.param = "work_partial_stride"}) kernel {
    %kv = attn.ragged_kv k(%k : memref<?x8x128xbf16>) v(%k : memref<?x8x128xbf16>) indptr(%i : memref<?xi32>) : !kv
    // expected-error @+1 {{expected a kernel argument 'head_section' (run attn-outline)}}
    attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%i : memref<?xi32>) kv(%kv : !kv) outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>, kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, tile_kv = 64, stages = 2, split_kv = false, vec = 8, l2_sections = true>}
    gpu.return
  }
}

// -----

!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
gpu.module @m {
  gpu.func @k(%q: memref<?x32x128xbf16>, %i: memref<?xi32>, %k: memref<?x8x128xbf16>, %o: memref<?x32x128xbf16>, %w: memref<?xi32> {attn.param = "work_request"}) kernel {
    %kv = attn.ragged_kv k(%k : memref<?x8x128xbf16>) v(%k : memref<?x8x128xbf16>) indptr(%i : memref<?xi32>) : !kv
    // expected-error @+1 {{prefill RoPE needs rotary_dim (8) to be a multiple of 2 * vec (16)}}
    attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%i : memref<?xi32>) kv(%kv : !kv) outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>, rope = #attn.rope<llama, rotary_dim = 8, theta = 10000.0>, kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, tile_kv = 64, stages = 2, split_kv = false, vec = 8>}
    gpu.return
  }
}

// -----

!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
gpu.module @m {
  gpu.func @k(%q: memref<?x32x128xbf16>, %i: memref<?xi32>, %k: memref<?x8x128xbf16>, %o: memref<?x32x128xbf16>, %w: memref<?xi32> {attn.param = "work_request"}) kernel {
    %kv = attn.ragged_kv k(%k : memref<?x8x128xbf16>) v(%k : memref<?x8x128xbf16>) indptr(%i : memref<?xi32>) : !kv
    // expected-error @+1 {{kernel_config does not fit the op: tile_q (96) must be a multiple of 16 rows per warp (128)}}
    attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%i : memref<?xi32>) kv(%kv : !kv) outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>, kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 96, tile_kv = 64, stages = 2, split_kv = false, vec = 8>}
    gpu.return
  }
}

// -----

!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
gpu.module @m {
  gpu.func @k(%q: memref<?x32x128xbf16>, %i: memref<?xi32>, %k: memref<?x8x128xbf16>, %o: memref<?x32x128xbf16>, %w: memref<?xi32> {attn.param = "work_request"}) kernel {
    %kv = attn.ragged_kv k(%k : memref<?x8x128xbf16>) v(%k : memref<?x8x128xbf16>) indptr(%i : memref<?xi32>) : !kv
    // expected-error @+1 {{kernel_config does not fit the op: a thread would hold 256 f32 accumulators (O and S), more than 160}}
    attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%i : memref<?xi32>) kv(%kv : !kv) outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<none>, kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 128, tile_q = 128, tile_kv = 128, stages = 2, split_kv = false, vec = 8>}
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

// -----

!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
gpu.module @m {
  gpu.func @k(%q: memref<?x32x128xbf16>, %i: memref<?xi32>, %k: memref<?x8x128xbf16>, %o: memref<?x32x128xbf16>, %m: memref<?xui8>) kernel {
    %kv = attn.ragged_kv k(%k : memref<?x8x128xbf16>) v(%k : memref<?x8x128xbf16>) indptr(%i : memref<?xi32>) : !kv
    // expected-error @+1 {{kernel_config does not fit the op: tile_q (128) must keep a Q tile in one block row: a multiple of the group (4) whose queries divide block rows (16), or a divisor of the group}}
    attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%i : memref<?xi32>) kv(%kv : !kv) block_indptr(%i : memref<?xi32>) block_indices(%i : memref<?xi32>) outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<block_sparse, block = [16, 64]>, kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, tile_kv = 64, stages = 2, split_kv = false, vec = 8>}
    gpu.return
  }
}

// -----

!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
gpu.module @m {
  gpu.func @k(%q: memref<?x32x128xbf16>, %i: memref<?xi32>, %k: memref<?x8x128xbf16>, %o: memref<?x32x128xbf16>) kernel {
    %kv = attn.ragged_kv k(%k : memref<?x8x128xbf16>) v(%k : memref<?x8x128xbf16>) indptr(%i : memref<?xi32>) : !kv
    // expected-error @+1 {{kernel_config does not fit the op: tile_kv (64) must divide block cols (96)}}
    attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%i : memref<?xi32>) kv(%kv : !kv) block_indptr(%i : memref<?xi32>) block_indices(%i : memref<?xi32>) outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<block_sparse, block = [64, 96]>, kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, tile_kv = 64, stages = 2, split_kv = false, vec = 8>}
    gpu.return
  }
}

// -----

!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
gpu.module @m {
  gpu.func @k(%q: memref<?x32x128xbf16>, %i: memref<?xi32>, %k: memref<?x8x128xbf16>, %o: memref<?x32x128xbf16>) kernel {
    %kv = attn.ragged_kv k(%k : memref<?x8x128xbf16>) v(%k : memref<?x8x128xbf16>) indptr(%i : memref<?xi32>) : !kv
    // expected-error @+1 {{kernel_config does not fit the op: a block-sparse prefill kernel cannot split KV}}
    attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%i : memref<?xi32>) kv(%kv : !kv) block_indptr(%i : memref<?xi32>) block_indices(%i : memref<?xi32>) outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<block_sparse, block = [64, 64]>, kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, tile_kv = 64, stages = 2, split_kv = true, vec = 8>}
    gpu.return
  }
}

// -----

!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
gpu.module @m {
  gpu.func @k(%q: memref<?x32x128xbf16>, %i: memref<?xi32>, %k: memref<?x8x128xbf16>, %o: memref<?x32x128xbf16>, %m: memref<?xui8>) kernel {
    %kv = attn.ragged_kv k(%k : memref<?x8x128xbf16>) v(%k : memref<?x8x128xbf16>) indptr(%i : memref<?xi32>) : !kv
    // expected-error @+1 {{expected kernel_config vec (4) to make 16-byte vectors of 'bf16'}}
    attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%i : memref<?xi32>) kv(%kv : !kv) outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>, kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, tile_kv = 64, stages = 2, split_kv = false, vec = 4>}
    gpu.return
  }
}

// -----

!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = f8E4M3FN>
gpu.module @m {
  gpu.func @k(%q: memref<?x32x128xbf16>, %i: memref<?xi32>, %k: memref<?x8x128xf8E4M3FN>, %o: memref<?x32x128xbf16>, %m: memref<?xui8>) kernel {
    %kv = attn.ragged_kv k(%k : memref<?x8x128xf8E4M3FN>) v(%k : memref<?x8x128xf8E4M3FN>) indptr(%i : memref<?xi32>) : !kv
    // expected-error @+1 {{prefill needs f16 or bf16 Q, K and V of one type, got 'bf16' and 'f8E4M3FN'}}
    attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%i : memref<?xi32>) kv(%kv : !kv) outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>, kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, tile_kv = 64, stages = 2, split_kv = false, vec = 8>}
    gpu.return
  }
}

// -----

// The KV source must be built inside the kernel (attn-outline restates it there).
!kvx = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
gpu.module @m {
  gpu.func @k(%q: memref<?x32x128xbf16>, %i: memref<?xi32>, %kv: !kvx, %o: memref<?x32x128xbf16>) kernel {
    // expected-error @+1 {{expected the KV source to be built by attn.paged_kv or attn.ragged_kv inside the kernel}}
    attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%i : memref<?xi32>) kv(%kv : !kvx) outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>, kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, tile_kv = 64, stages = 2, split_kv = false, vec = 8>}
    gpu.return
  }
}

// -----

// A sliding window is a causal window here (keys at most window_left before the query).
!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
gpu.module @m {
  gpu.func @k(%q: memref<?x32x128xbf16>, %i: memref<?xi32>, %k: memref<?x8x128xbf16>, %o: memref<?x32x128xbf16>) kernel {
    %kv = attn.ragged_kv k(%k : memref<?x8x128xbf16>) v(%k : memref<?x8x128xbf16>) indptr(%i : memref<?xi32>) : !kv
    // expected-error @+1 {{prefill with a sliding window needs the causal mask}}
    attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%i : memref<?xi32>) kv(%kv : !kv) outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<none, window_left = 10>, kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, tile_kv = 64, stages = 2, split_kv = false, vec = 8>}
    gpu.return
  }
}
