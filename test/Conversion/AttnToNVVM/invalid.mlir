// What convert-attn-to-nvvm rejects: untiled attention, merges outside an outlined merge kernel,
// ops with no kernel lowering.
// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(gpu.module(convert-attn-to-nvvm))" -verify-diagnostics

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
gpu.module @m {
  gpu.func @k(%q: memref<?x32x128xbf16>, %i: memref<?xi32>, %k: memref<?x16x8x128xbf16>, %o: memref<?x32x128xbf16>) kernel {
    %kv = attn.paged_kv k(%k : memref<?x16x8x128xbf16>) v(%k : memref<?x16x8x128xbf16>) indptr(%i : memref<?xi32>) indices(%i : memref<?xi32>) last_page_len(%i : memref<?xi32>) : !kv
    // expected-error @+2 {{failed to legalize operation 'attn.attention' that was explicitly marked illegal}}
    // expected-error @+1 {{must be tiled (run attn-tile) before convert-attn-to-nvvm}}
    attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%i : memref<?xi32>) kv(%kv : !kv) outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<none>, max_qo_len = 1, kernel_config = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4, tile_kv = 8, stages = 2, split_kv = false, vec = 8>}
    gpu.return
  }
}

// -----
gpu.module @m {
  gpu.func @k(%v: memref<?x2x32x128xf32>, %s: memref<?x2x32xf32>, %o: memref<?x32x128xbf16>) kernel {
    // expected-error @+2 {{failed to legalize operation 'attn.merge_states' that was explicitly marked illegal}}
    // expected-error @+1 {{expected an i32 kernel argument 'num_rows' (run attn-outline)}}
    attn.merge_states ins(%v, %s : memref<?x2x32x128xf32>, memref<?x2x32xf32>) outs(%o : memref<?x32x128xbf16>)
    gpu.return
  }
}

// -----

gpu.module @m {
  gpu.func @k(%v: memref<?x32x128xf32>, %s: memref<?x32xf32>, %i: memref<?xi32>, %n: memref<1xi32> {attn.param = "num_rows"}, %o: memref<?x32x128xbf16>) kernel attributes {known_block_size = array<i32: 128, 1, 1>} {
    // expected-error @+2 {{failed to legalize operation 'attn.merge_states' that was explicitly marked illegal}}
    // expected-error @+1 {{expected a #attn.merge_layout (set by attn-outline)}}
    attn.merge_states ins(%v, %s : memref<?x32x128xf32>, memref<?x32xf32>) indptr(%i : memref<?xi32>) outs(%o : memref<?x32x128xbf16>)
    gpu.return
  }
}

// -----

gpu.module @m {
  gpu.func @k(%v: memref<?x32x128xbf16>, %s: memref<?x32xf32>) kernel {
    // expected-error @+2 {{failed to legalize operation 'attn.merge_state' that was explicitly marked illegal}}
    // expected-error @+1 {{expected an i32 kernel argument 'num_rows' (run attn-outline)}}
    attn.merge_state ins(%v, %s, %v, %s : memref<?x32x128xbf16>, memref<?x32xf32>, memref<?x32x128xbf16>, memref<?x32xf32>) outs(%v : memref<?x32x128xbf16>)
    gpu.return
  }
}

// -----

gpu.module @m {
  gpu.func @k(%v: memref<?x32x128xf32>, %s: memref<?x32xf32>, %i: memref<?xi32>, %n: memref<1xi32> {attn.param = "num_rows"}, %o: memref<?x32x128xbf16>) kernel {
    // expected-error @+2 {{failed to legalize operation 'attn.merge_states' that was explicitly marked illegal}}
    // expected-error @+1 {{expected static heads and head_dim and a known block size}}
    attn.merge_states ins(%v, %s : memref<?x32x128xf32>, memref<?x32xf32>) indptr(%i : memref<?xi32>) outs(%o : memref<?x32x128xbf16>) {layout = #attn.merge_layout<lanes = 16, slices = 1>}
    gpu.return
  }
}

// -----

gpu.module @m {
  gpu.func @k(%v: memref<?x24x128xf32>, %s: memref<?x24xf32>, %i: memref<?xi32>, %n: memref<1xi32> {attn.param = "num_rows"}, %o: memref<?x24x128xbf16>) kernel attributes {known_block_size = array<i32: 256, 1, 1>} {
    // expected-error @+2 {{failed to legalize operation 'attn.merge_states' that was explicitly marked illegal}}
    // expected-error @+1 {{expected heads (24) to be a multiple of the heads per CTA (16)}}
    attn.merge_states ins(%v, %s : memref<?x24x128xf32>, memref<?x24xf32>) indptr(%i : memref<?xi32>) outs(%o : memref<?x24x128xbf16>) {layout = #attn.merge_layout<lanes = 16, slices = 1>}
    gpu.return
  }
}

// -----

gpu.module @m {
  gpu.func @k(%v: memref<?x32x128xf32>, %s: memref<?x32xf32>, %i: memref<?xi32>, %n: memref<1xi32> {attn.param = "num_rows"}, %o: memref<?x32x128xbf16>) kernel attributes {known_block_size = array<i32: 128, 1, 1>} {
    // expected-error @+2 {{failed to legalize operation 'attn.merge_states' that was explicitly marked illegal}}
    // expected-error @+1 {{expected the layout's lanes (16) to divide head_dim (128) and lanes * slices (48) the block size (128)}}
    attn.merge_states ins(%v, %s : memref<?x32x128xf32>, memref<?x32xf32>) indptr(%i : memref<?xi32>) outs(%o : memref<?x32x128xbf16>) {layout = #attn.merge_layout<lanes = 16, slices = 3>}
    gpu.return
  }
}

// -----

gpu.module @m {
  gpu.func @k(%v: memref<?x32x128xf32>, %s: memref<?x32xf32>, %i: memref<?xi32>, %o: memref<?x32x128xbf16>) kernel attributes {known_block_size = array<i32: 128, 1, 1>} {
    // expected-error @+2 {{failed to legalize operation 'attn.merge_states' that was explicitly marked illegal}}
    // expected-error @+1 {{expected a kernel argument 'num_rows' (run attn-outline)}}
    attn.merge_states ins(%v, %s : memref<?x32x128xf32>, memref<?x32xf32>) indptr(%i : memref<?xi32>) outs(%o : memref<?x32x128xbf16>) {layout = #attn.merge_layout<lanes = 16, slices = 1>}
    gpu.return
  }
}

// -----

// A merge kernel planned as a programmatic dependent (kernel_config sm = 90) lowered for
// sm_80: an error, not an abort on griddepcontrol.wait in instruction selection.
gpu.module @m [#nvvm.target<chip = "sm_80">] {
  // expected-error @+1 {{'gpu.func' op is a programmatic dependent (planned for sm_90 or later) but its module targets sm_80, which has no griddepcontrol}}
  gpu.func @k() kernel attributes {attn.programmatic_dependent} {
    gpu.return
  }
}

// -----

// A tile-level op that attn-lower-tiles lowers has no kernel lowering here.
#l = #attn.decode_layout<lanes = 16, heads = 4, slices = 2, heads_per_thread = 1, rows_per_group = 2, vec = 8>
gpu.module @m {
  gpu.func @k(%out: memref<4xf32>) kernel {
    // expected-error @+1 {{'attn.init_state' op has no lowering inside a kernel}}
    %m, %l, %acc = attn.init_state {layout = #l} : vector<4xf32>, vector<4x128xf32>
    %c0 = arith.constant 0 : index
    vector.store %m, %out[%c0] : memref<4xf32>, vector<4xf32>
    gpu.return
  }
}
