// What convert-attn-to-nvvm rejects in the append, RoPE and merge op kernels: ops outside the
// kernels attn-outline makes for them, or kernels missing what it records.
// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(gpu.module(convert-attn-to-nvvm))" -verify-diagnostics

gpu.module @m {
  func.func @f(%q: memref<?x4x64xbf16>, %k: memref<?x2x64xbf16>, %p: memref<?xi32>) {
    // expected-error @+2 {{failed to legalize operation 'attn.rope' that was explicitly marked illegal}}
    // expected-error @+1 {{is lowered only inside a kernel (run attn-outline)}}
    attn.rope q(%q : memref<?x4x64xbf16>) k(%k : memref<?x2x64xbf16>) pos_ids(%p : memref<?xi32>) outs(%q, %k : memref<?x4x64xbf16>, memref<?x2x64xbf16>) {rope = #attn.rope<llama, rotary_dim = 64>}
    return
  }
}

// -----

gpu.module @m {
  gpu.func @k(%q: memref<?x4x64xbf16>, %k: memref<?x2x64xbf16>, %p: memref<?xi32>, %n: memref<1xi32> {attn.param = "num_rows"}) kernel attributes {attn.vec = 8 : i64, known_block_size = array<i32: 256, 1, 1>} {
    // expected-error @+2 {{failed to legalize operation 'attn.rope' that was explicitly marked illegal}}
    // expected-error @+1 {{expected an i32 kernel argument 'num_rows' (run attn-outline)}}
    attn.rope q(%q : memref<?x4x64xbf16>) k(%k : memref<?x2x64xbf16>) pos_ids(%p : memref<?xi32>) outs(%q, %k : memref<?x4x64xbf16>, memref<?x2x64xbf16>) {rope = #attn.rope<llama, rotary_dim = 64>}
    gpu.return
  }
}

// -----

gpu.module @m {
  gpu.func @k(%q: memref<?x4x64xbf16>, %k: memref<?x2x64xbf16>, %p: memref<?xi32>, %n: i32 {attn.param = "num_rows"}) kernel attributes {attn.vec = 8 : i64} {
    // expected-error @+2 {{failed to legalize operation 'attn.rope' that was explicitly marked illegal}}
    // expected-error @+1 {{expected a known one-dimensional block size}}
    attn.rope q(%q : memref<?x4x64xbf16>) k(%k : memref<?x2x64xbf16>) pos_ids(%p : memref<?xi32>) outs(%q, %k : memref<?x4x64xbf16>, memref<?x2x64xbf16>) {rope = #attn.rope<llama, rotary_dim = 64>}
    gpu.return
  }
}

// -----

gpu.module @m {
  gpu.func @k(%q: memref<?x4x64xbf16>, %k: memref<?x2x64xbf16>, %p: memref<?xi32>, %n: i32 {attn.param = "num_rows"}) kernel attributes {known_block_size = array<i32: 256, 1, 1>} {
    // expected-error @+2 {{failed to legalize operation 'attn.rope' that was explicitly marked illegal}}
    // expected-error @+1 {{expected the kernel attribute attn.vec to divide head_dim (64) and span at most 16 bytes, got 0}}
    attn.rope q(%q : memref<?x4x64xbf16>) k(%k : memref<?x2x64xbf16>) pos_ids(%p : memref<?xi32>) outs(%q, %k : memref<?x4x64xbf16>, memref<?x2x64xbf16>) {rope = #attn.rope<llama, rotary_dim = 64>}
    gpu.return
  }
}

// -----

gpu.module @m {
  gpu.func @k(%q: memref<?x4x64xbf16>, %k: memref<?x2x64xbf16>, %p: memref<?xi32>, %n: i32 {attn.param = "num_rows"}) kernel attributes {attn.vec = 8 : i64, known_block_size = array<i32: 256, 1, 1>} {
    // expected-error @+2 {{failed to legalize operation 'attn.rope' that was explicitly marked illegal}}
    // expected-error @+1 {{expected the vector width (8) to divide rotary_dim / 2 (4)}}
    attn.rope q(%q : memref<?x4x64xbf16>) k(%k : memref<?x2x64xbf16>) pos_ids(%p : memref<?xi32>) outs(%q, %k : memref<?x4x64xbf16>, memref<?x2x64xbf16>) {rope = #attn.rope<llama, rotary_dim = 8>}
    gpu.return
  }
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 4, head_dim = 128, element_type = bf16>
gpu.module @m {
  gpu.func @k(%k: memref<?x4x128xbf16>, %i: memref<?xi32>, %kv: !kv, %n: i32 {attn.param = "num_rows"}) kernel attributes {attn.vec = 8 : i64, known_block_size = array<i32: 256, 1, 1>} {
    // expected-error @+2 {{failed to legalize operation 'attn.append_paged_kv' that was explicitly marked illegal}}
    // expected-error @+1 {{expected the cache to be built by attn.paged_kv inside the kernel (run attn-outline)}}
    attn.append_paged_kv k(%k : memref<?x4x128xbf16>) v(%k : memref<?x4x128xbf16>) batch_indices(%i : memref<?xi32>) positions(%i : memref<?xi32>) into(%kv : !kv)
    gpu.return
  }
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 4, head_dim = 128, element_type = bf16>
gpu.module @m {
  gpu.func @k(%k: memref<?x4x128xbf16>, %i: memref<?xi32>, %kp: memref<?x16x4x128xbf16>, %n: i32 {attn.param = "num_rows"}) kernel attributes {attn.vec = 16 : i64, known_block_size = array<i32: 256, 1, 1>} {
    %kv = attn.paged_kv k(%kp : memref<?x16x4x128xbf16>) v(%kp : memref<?x16x4x128xbf16>) indptr(%i : memref<?xi32>) indices(%i : memref<?xi32>) last_page_len(%i : memref<?xi32>) : !kv
    // expected-error @+2 {{failed to legalize operation 'attn.append_paged_kv' that was explicitly marked illegal}}
    // expected-error @+1 {{expected the kernel attribute attn.vec to divide head_dim (128) and span at most 16 bytes, got 16}}
    attn.append_paged_kv k(%k : memref<?x4x128xbf16>) v(%k : memref<?x4x128xbf16>) batch_indices(%i : memref<?xi32>) positions(%i : memref<?xi32>) into(%kv : !kv)
    gpu.return
  }
}

// -----

gpu.module @m {
  gpu.func @k(%v: memref<?x?x4x64xbf16>, %s: memref<?x?x4xf32>, %o: memref<?x4x64xbf16>, %n: i32 {attn.param = "num_rows"}) kernel attributes {attn.vec = 8 : i64, known_block_size = array<i32: 256, 1, 1>} {
    // expected-error @+2 {{failed to legalize operation 'attn.merge_states' that was explicitly marked illegal}}
    // expected-error @+1 {{expected an i32 kernel argument 'num_states' for a dynamic number of states (run attn-outline)}}
    attn.merge_states ins(%v, %s : memref<?x?x4x64xbf16>, memref<?x?x4xf32>) outs(%o : memref<?x4x64xbf16>)
    gpu.return
  }
}

// -----

gpu.module @m {
  gpu.func @k(%v: memref<?x?x4x64xbf16>, %s: memref<?x?x4xf32>, %o: memref<?x4x64xbf16>, %ns: i32 {attn.param = "num_states"}, %n: i32 {attn.param = "num_rows"}) kernel attributes {attn.vec = 8 : i64, known_block_size = array<i32: 256, 1, 1>} {
    // expected-error @+2 {{failed to legalize operation 'attn.merge_states' that was explicitly marked illegal}}
    // expected-error @+1 {{expected v and s of a dynamic number of states to be expanded from flat [rows * num_states, ...] kernel arguments (run attn-outline)}}
    attn.merge_states ins(%v, %s : memref<?x?x4x64xbf16>, memref<?x?x4xf32>) outs(%o : memref<?x4x64xbf16>)
    gpu.return
  }
}

// -----

gpu.module @m {
  gpu.func @k(%v: memref<?x4x64xf32>, %s: memref<?x4xf32>, %o: memref<?x4x64xbf16>, %n: i32 {attn.param = "num_rows"}) kernel attributes {attn.vec = 8 : i64, known_block_size = array<i32: 256, 1, 1>} {
    // expected-error @+2 {{failed to legalize operation 'attn.merge_state' that was explicitly marked illegal}}
    // expected-error @+1 {{expected the kernel attribute attn.vec to divide head_dim (64) and span at most 16 bytes, got 8}}
    attn.merge_state ins(%v, %s, %v, %s : memref<?x4x64xf32>, memref<?x4xf32>, memref<?x4x64xf32>, memref<?x4xf32>) outs(%o : memref<?x4x64xbf16>)
    gpu.return
  }
}

// -----

gpu.module @m {
  func.func @f(%v: memref<?x4x64xbf16>, %s: memref<?x4xf32>) {
    // expected-error @+2 {{failed to legalize operation 'attn.merge_state' that was explicitly marked illegal}}
    // expected-error @+1 {{is lowered only inside a kernel (run attn-outline)}}
    attn.merge_state ins(%v, %s, %v, %s : memref<?x4x64xbf16>, memref<?x4xf32>, memref<?x4x64xbf16>, memref<?x4xf32>) outs(%v : memref<?x4x64xbf16>)
    return
  }
}
