// What convert-attn-to-nvvm rejects in the sampling kernel: attn.sample outside the kernel
// attn-outline makes for it, or a kernel missing what attn-outline records.
// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(gpu.module(convert-attn-to-nvvm))" -verify-diagnostics

gpu.module @m {
  func.func @f(%x: memref<?x?xf32>, %so: memref<2xi64>, %ids: memref<?xi32>) {
    // expected-error @+2 {{failed to legalize operation 'attn.sample' that was explicitly marked illegal}}
    // expected-error @+1 {{is lowered only inside a kernel (run attn-outline)}}
    attn.sample input(%x : memref<?x?xf32>) seed_offset(%so : memref<2xi64>) outs(%ids : memref<?xi32>) {sampling = #attn.sampling<input = probs, mode = sample>}
    return
  }
}

// -----

gpu.module @m {
  gpu.func @k(%x: memref<?x?xf32>, %so: memref<2xi64>, %ids: memref<?xi32>, %v: i32 {attn.param = "vocab"}, %n: i32 {attn.param = "num_rows"}) kernel attributes {attn.vec = 4 : i64, known_block_size = array<i32: 1024, 1, 1>} {
    // expected-error @+2 {{failed to legalize operation 'attn.sample' that was explicitly marked illegal}}
    // expected-error @+1 {{expected the rows expanded from a flat kernel argument [rows * vocab] (run attn-outline)}}
    attn.sample input(%x : memref<?x?xf32>) seed_offset(%so : memref<2xi64>) outs(%ids : memref<?xi32>) {sampling = #attn.sampling<input = probs, mode = sample>}
    gpu.return
  }
}

// -----

gpu.module @m {
  gpu.func @k(%flat: memref<?xf32>, %so: memref<2xi64>, %ids: memref<?xi32>, %n: i32 {attn.param = "num_rows"}) kernel attributes {attn.vec = 4 : i64, known_block_size = array<i32: 1024, 1, 1>} {
    %c = arith.constant 64 : index
    %r = arith.index_castui %n : i32 to index
    %x = memref.expand_shape %flat [[0, 1]] output_shape [%r, %c] : memref<?xf32> into memref<?x?xf32>
    // expected-error @+2 {{failed to legalize operation 'attn.sample' that was explicitly marked illegal}}
    // expected-error @+1 {{expected a kernel argument 'vocab' (run attn-outline)}}
    attn.sample input(%x : memref<?x?xf32>) seed_offset(%so : memref<2xi64>) outs(%ids : memref<?xi32>) {sampling = #attn.sampling<input = probs, mode = sample>}
    gpu.return
  }
}

// -----

gpu.module @m {
  gpu.func @k(%flat: memref<?xf32>, %so: memref<2xi64>, %ids: memref<?xi32>, %v: i32 {attn.param = "vocab"}, %n: i32 {attn.param = "num_rows"}) kernel attributes {attn.vec = 4 : i64, known_block_size = array<i32: 100, 1, 1>} {
    %c = arith.constant 64 : index
    %r = arith.index_castui %n : i32 to index
    %x = memref.expand_shape %flat [[0, 1]] output_shape [%r, %c] : memref<?xf32> into memref<?x?xf32>
    // expected-error @+2 {{failed to legalize operation 'attn.sample' that was explicitly marked illegal}}
    // expected-error @+1 {{expected a known one-dimensional block size of whole warps, at most 1024 threads}}
    attn.sample input(%x : memref<?x?xf32>) seed_offset(%so : memref<2xi64>) outs(%ids : memref<?xi32>) {sampling = #attn.sampling<input = probs, mode = sample>}
    gpu.return
  }
}

// -----

gpu.module @m {
  gpu.func @k(%flat: memref<?xf32>, %so: memref<2xi64>, %ids: memref<?xi32>, %v: i32 {attn.param = "vocab"}, %n: i32 {attn.param = "num_rows"}) kernel attributes {attn.vec = 8 : i64, known_block_size = array<i32: 1024, 1, 1>} {
    %c = arith.constant 64 : index
    %r = arith.index_castui %n : i32 to index
    %x = memref.expand_shape %flat [[0, 1]] output_shape [%r, %c] : memref<?xf32> into memref<?x?xf32>
    // expected-error @+2 {{failed to legalize operation 'attn.sample' that was explicitly marked illegal}}
    // expected-error @+1 {{expected the kernel attribute attn.vec to span at most 16 bytes}}
    attn.sample input(%x : memref<?x?xf32>) seed_offset(%so : memref<2xi64>) outs(%ids : memref<?xi32>) {sampling = #attn.sampling<input = probs, mode = sample>}
    gpu.return
  }
}

// -----

gpu.module @m {
  func.func @f(%q: memref<?x?x?xf32>, %d: memref<?x?xi32>, %p: memref<?x?x?xf32>, %so: memref<2xi64>, %o: memref<?x?xi32>, %a: memref<?xi32>, %e: memref<?xi32>) {
    // expected-error @+2 {{failed to legalize operation 'attn.chain_speculative_sample' that was explicitly marked illegal}}
    // expected-error @+1 {{is lowered only inside a kernel (run attn-outline)}}
    attn.chain_speculative_sample draft_probs(%q : memref<?x?x?xf32>) draft_token_ids(%d : memref<?x?xi32>) target_probs(%p : memref<?x?x?xf32>) seed_offset(%so : memref<2xi64>) outs(%o : memref<?x?xi32>, %a : memref<?xi32>, %e : memref<?xi32>)
    return
  }
}

// -----

gpu.module @m {
  gpu.func @k(%q: memref<?x?x?xf32>, %d: memref<?x?xi32>, %p: memref<?x?x?xf32>, %so: memref<2xi64>, %o: memref<?x?xi32>, %a: memref<?xi32>, %e: memref<?xi32>, %s: i32 {attn.param = "num_spec"}, %v: i32 {attn.param = "vocab"}, %n: i32 {attn.param = "num_rows"}) kernel attributes {attn.vec = 4 : i64, known_block_size = array<i32: 1024, 1, 1>} {
    // expected-error @+2 {{failed to legalize operation 'attn.chain_speculative_sample' that was explicitly marked illegal}}
    // expected-error @+1 {{expected every shaped buffer expanded from a flat kernel argument (run attn-outline)}}
    attn.chain_speculative_sample draft_probs(%q : memref<?x?x?xf32>) draft_token_ids(%d : memref<?x?xi32>) target_probs(%p : memref<?x?x?xf32>) seed_offset(%so : memref<2xi64>) outs(%o : memref<?x?xi32>, %a : memref<?xi32>, %e : memref<?xi32>)
    gpu.return
  }
}

// -----

gpu.module @m {
  gpu.func @k(%qf: memref<?xf32>, %df: memref<?xi32>, %pf: memref<?xf32>, %so: memref<2xi64>, %of: memref<?xi32>, %a: memref<?xi32>, %e: memref<?xi32>, %v: i32 {attn.param = "vocab"}, %n: i32 {attn.param = "num_rows"}) kernel attributes {attn.vec = 4 : i64, known_block_size = array<i32: 1024, 1, 1>} {
    %c4 = arith.constant 4 : index
    %c5 = arith.constant 5 : index
    %c64 = arith.constant 64 : index
    %r = arith.index_castui %n : i32 to index
    %q = memref.expand_shape %qf [[0, 1, 2]] output_shape [%r, %c4, %c64] : memref<?xf32> into memref<?x?x?xf32>
    %d = memref.expand_shape %df [[0, 1]] output_shape [%r, %c4] : memref<?xi32> into memref<?x?xi32>
    %p = memref.expand_shape %pf [[0, 1, 2]] output_shape [%r, %c5, %c64] : memref<?xf32> into memref<?x?x?xf32>
    %o = memref.expand_shape %of [[0, 1]] output_shape [%r, %c5] : memref<?xi32> into memref<?x?xi32>
    // expected-error @+2 {{failed to legalize operation 'attn.chain_speculative_sample' that was explicitly marked illegal}}
    // expected-error @+1 {{expected a kernel argument 'num_spec' (run attn-outline)}}
    attn.chain_speculative_sample draft_probs(%q : memref<?x?x?xf32>) draft_token_ids(%d : memref<?x?xi32>) target_probs(%p : memref<?x?x?xf32>) seed_offset(%so : memref<2xi64>) outs(%o : memref<?x?xi32>, %a : memref<?xi32>, %e : memref<?xi32>)
    gpu.return
  }
}

// -----

// A row over a cluster needs sm_90 (barrier.cluster, mapa).
gpu.module @m [#nvvm.target<chip = "sm_80">] {
  gpu.func @k(%flat: memref<?xf32>, %so: memref<2xi64>, %ids: memref<?xi32>, %v: i32 {attn.param = "vocab"}, %n: i32 {attn.param = "num_rows"}) kernel attributes {attn.vec = 4 : i64, known_block_size = array<i32: 512, 1, 1>} {
    %c = arith.index_castui %v : i32 to index
    %r = arith.index_castui %n : i32 to index
    %x = memref.expand_shape %flat [[0, 1]] output_shape [%r, %c] : memref<?xf32> into memref<?x?xf32>
    // expected-error @+2 {{failed to legalize operation 'attn.sample' that was explicitly marked illegal}}
    // expected-error @+1 {{splits a row over a cluster of 8 CTAs, which needs sm_90 or later; the kernel targets sm_80}}
    attn.sample input(%x : memref<?x?xf32>) seed_offset(%so : memref<2xi64>) outs(%ids : memref<?xi32>) {sampling = #attn.sampling<input = probs, mode = sample, cluster_size = 8>}
    gpu.return
  }
}
