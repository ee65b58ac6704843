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
