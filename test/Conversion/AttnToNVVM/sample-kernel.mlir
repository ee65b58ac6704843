// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(attn-outline,gpu.module(convert-attn-to-nvvm,canonicalize,cse))" | FileCheck %s

// Logits, top-k per row and top-p compiled in: one CTA per row (block_id.x), a max pass and a
// softmax-denominator pass (16-byte loads when vocab % 8 == 0, element loads otherwise), then
// rounds of draw (scan of the threads' masses, Philox, the owner's walk) and test (cnt and
// mass above the pivot) until the token survives.
func.func @logits_topk_topp(%x: memref<?x?xbf16>, %k: memref<?xi32>, %so: memref<2xi64>,
                            %ids: memref<?xi32>) {
  attn.sample input(%x : memref<?x?xbf16>) top_k(%k : memref<?xi32>)
      seed_offset(%so : memref<2xi64>) outs(%ids : memref<?xi32>)
      {sampling = #attn.sampling<input = logits, mode = sample, top_p = 0.9>}
  return
}
// CHECK-LABEL: gpu.func @logits_topk_topp_sample(
// CHECK-SAME:    %[[IN:[^:]*]]: memref<?xbf16> {attn.param = "input"}, %[[K:[^:]*]]: memref<?xi32> {attn.param = "top_k"}, %[[SO:[^:]*]]: memref<2xi64> {attn.param = "seed_offset"}, %[[OUT:[^:]*]]: memref<?xi32> {attn.param = "out"}, %[[V:[^:]*]]: i32 {attn.param = "vocab"}, %[[N:[^:]*]]: i32 {attn.param = "num_rows"})
// CHECK-SAME:    workgroup(%[[SCRATCH:.*]] : memref<12x32xf32, #gpu.address_space<workgroup>>, %[[SLOTS:.*]] : memref<12xf32, #gpu.address_space<workgroup>>)
// CHECK-NOT:   memref.expand_shape
// CHECK:       %[[ROW:.*]] = gpu.block_id  x
// CHECK:       scf.if
// CHECK:         memref.load %[[SO]]
// Max pass: vectors of 8 bf16 (16 bytes) or single elements.
// CHECK:         vector.load %[[IN]][%{{.*}}] {alignment = 16 : i64} : memref<?xbf16>, vector<8xbf16>
// CHECK:         vector.load %[[IN]][%{{.*}}] {alignment = 2 : i64} : memref<?xbf16>, vector<1xbf16>
// CHECK:         gpu.shuffle  xor
// CHECK:         arith.maxnumf
// CHECK:         gpu.barrier
// Softmax denominator: exp2((x - M) * log2 e).
// CHECK:         math.exp2
// CHECK:         memref.load %[[K]][%[[ROW]]]
// CHECK:         scf.while
// CHECK:           scf.condition
// Draw: inclusive warp scan, Philox rounds, the owner's walk.
// CHECK:           gpu.shuffle  up
// CHECK:           gpu.barrier
// CHECK-COUNT-2:   arith.mului_extended
// CHECK:           arith.cmpf olt
// CHECK:           arith.cmpf ole
// CHECK:           scf.if
// CHECK:             memref.store %{{.*}}, %[[SLOTS]]
// CHECK:           gpu.barrier
// CHECK:           memref.load %[[SLOTS]]
// Test: cnt and mass above the pivot, reduced over the CTA; cnt < k, then mass < 0.9 * W.
// CHECK:           vector.load %[[IN]]
// CHECK:           gpu.barrier
// CHECK:           arith.cmpf olt
// CHECK:           %[[PW:.*]] = arith.mulf %{{.*}}, %cst{{.*}} : f32
// CHECK:           arith.cmpf olt, %{{.*}}, %[[PW]] : f32
// CHECK:           scf.yield
// CHECK:         arith.fptosi %{{.*}} : f32 to i32
// CHECK:         memref.store %{{.*}}, %[[OUT]][%[[ROW]]] : memref<?xi32>
// CHECK-NOT:   attn.sample
// CHECK:       gpu.return

// -----

// Unfiltered f32 probabilities: one prologue pass (max and mass together), and the rounds
// test nothing: the first draw is the token.
func.func @probs(%x: memref<?x?xf32>, %so: memref<2xi64>, %ids: memref<?xi32>) {
  attn.sample input(%x : memref<?x?xf32>) seed_offset(%so : memref<2xi64>)
      outs(%ids : memref<?xi32>) {sampling = #attn.sampling<input = probs, mode = sample>}
  return
}
// CHECK-LABEL: gpu.func @probs_sample(
// CHECK:         vector.load %{{.*}} {alignment = 16 : i64} : memref<?xf32>, vector<4xf32>
// CHECK-NOT:     math.exp2
// CHECK:         scf.while
// CHECK:           scf.if
// CHECK-NOT:       arith.cmpf oge
// CHECK:           scf.yield

// -----

// top_p_renorm_probs with top-k 5 compiled in: min / max / mass prologue, the threshold
// search (three pivots in ordered-key space, then per pivot cnt, mass, the nearest values
// below and above it), the survivors' mass, and a write pass dividing by it (correctly
// rounded).
func.func @renorm(%p: memref<?x?xf32>, %q: memref<?x?xf32>, %tp: memref<?xf32>) {
  attn.sample input(%p : memref<?x?xf32>) top_p(%tp : memref<?xf32>) outs(%q : memref<?x?xf32>)
      {sampling = #attn.sampling<input = probs, mode = renorm, top_k = 5>}
  return
}
// CHECK-LABEL: gpu.func @renorm_sample(
// CHECK-SAME:    %[[OUT:[^:]*]]: memref<?xf32> {attn.param = "out"}
// CHECK-SAME:    nvvm.maxnreg = 64 : i32
// CHECK:         arith.minnumf
// CHECK:         %[[TAU:.*]]:2 = scf.while
// CHECK:           arith.cmpf olt
// CHECK:           scf.condition
// Three pivots at 1/4, 2/4, 3/4 of the bracket's key range.
// CHECK:           arith.bitcast %{{.*}} : f32 to i32
// CHECK:           arith.divsi %{{.*}}, %c4_i64 : i64
// CHECK:           %[[MID:.*]] = arith.bitcast %{{.*}} : i32 to f32
// CHECK:           arith.divsi %{{.*}}, %c4_i64 : i64
// CHECK:           %[[MID2:.*]] = arith.bitcast %{{.*}} : i32 to f32
// CHECK:           arith.divsi %{{.*}}, %c4_i64 : i64
// CHECK:           %[[MID3:.*]] = arith.bitcast %{{.*}} : i32 to f32
// CHECK:           arith.cmpf ogt, %{{.*}}, %[[MID]]
// CHECK:           arith.cmpf ole, %{{.*}}, %[[MID]]
// CHECK:           arith.cmpf ogt, %{{.*}}, %[[MID2]]
// CHECK:           arith.cmpf ogt, %{{.*}}, %[[MID3]]
// CHECK:           gpu.barrier
// CHECK:           scf.yield
// CHECK:         arith.cmpf oge, %{{.*}}, %[[TAU]]#1
// CHECK:         arith.divf
// CHECK:         vector.store %{{.*}}, %[[OUT]][%{{.*}}] {alignment = 16 : i64} : memref<?xf32>, vector<4xf32>

// -----

// top_k_mask_logits: the search compares the logits themselves (no exp); survivors keep their
// logit, the others get -inf, written back as bf16.
func.func @mask(%l: memref<?x?xbf16>, %m: memref<?x?xbf16>, %k: memref<?xi32>) {
  attn.sample input(%l : memref<?x?xbf16>) top_k(%k : memref<?xi32>) outs(%m : memref<?x?xbf16>)
      {sampling = #attn.sampling<input = logits, mode = mask>}
  return
}
// CHECK-LABEL: gpu.func @mask_sample(
// CHECK-NOT:     math.exp2
// CHECK:         %[[TAU:.*]]:2 = scf.while
// CHECK-NOT:     math.exp2
// CHECK:         arith.cmpf oge, %{{.*}}, %[[TAU]]#1
// CHECK:         arith.select %{{.*}}, %{{.*}}, %cst{{.*}} : f32
// CHECK:         arith.truncf %{{.*}} : vector<8xf32> to vector<8xbf16>
// CHECK:         vector.store %{{.*}} {alignment = 16 : i64} : memref<?xbf16>, vector<8xbf16>

// -----

// A row over a cluster of 8 CTAs (512 threads each): block_id.x / 8 is the row and % 8 the
// rank; the CTA arrives once, reads its slice into dynamic shared memory (32768 f32: 1 / 8 of
// the longest row), and each reduction pushes its value to every CTA's exchange buffer
// (mapa, st.shared::cluster) between cluster barriers; the kernel waits once at the end.
func.func @cluster_renorm(%p: memref<?x?xf32>, %k: memref<?xi32>, %q: memref<?x?xf32>) {
  attn.sample input(%p : memref<?x?xf32>) top_k(%k : memref<?xi32>)
      outs(%q : memref<?x?xf32>)
      {sampling = #attn.sampling<input = probs, mode = renorm, cluster_size = 8>}
  return
}
// CHECK-LABEL: gpu.func @cluster_renorm_sample(
// CHECK-SAME:    workgroup(%[[SCRATCH:.*]] : memref<12x16xf32, #gpu.address_space<workgroup>>, %[[SLOTS:.*]] : memref<12xf32, #gpu.address_space<workgroup>>, %[[EX:.*]] : memref<8x12xf32, #gpu.address_space<workgroup>>)
// CHECK-SAME:    known_block_size = array<i32: 512, 1, 1>, nvvm.maxnreg = 128 : i32}
// CHECK:       %[[BID:.*]] = gpu.block_id  x
// CHECK:       arith.divui %[[BID]], %c8
// CHECK:       arith.remui %[[BID]], %c8
// CHECK:       %[[DYN:.*]] = gpu.dynamic_shared_memory
// CHECK:       memref.view %[[DYN]][%{{.*}}][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<32768xf32, #gpu.address_space<workgroup>>
// CHECK:       scf.if
// CHECK:         nvvm.cluster.arrive {aligned}
// CHECK:         memref.store {{.*}} : memref<32768xf32, #gpu.address_space<workgroup>>
// CHECK:         gpu.barrier
// CHECK:         nvvm.cluster.wait {aligned}
// CHECK:         memref.extract_aligned_pointer_as_index %[[EX]]
// CHECK:         %[[LOCAL:.*]] = llvm.inttoptr %{{.*}} : i64 to !llvm.ptr<3>
// CHECK:         %[[REMOTE:.*]] = nvvm.mapa %[[LOCAL]], %{{.*}} : !llvm.ptr<3> -> !llvm.ptr<7>
// CHECK:         llvm.store %{{.*}}, %[[REMOTE]] : f32, !llvm.ptr<7>
// CHECK:         nvvm.cluster.arrive {aligned}
// CHECK-NEXT:    nvvm.cluster.wait {aligned}
// CHECK:         memref.load %[[EX]]
// CHECK:         gpu.barrier
// CHECK-NEXT:    nvvm.cluster.arrive {aligned}
// The write pass over the slice, then the last wait.
// CHECK:         vector.store %{{.*}} {alignment = 4 : i64} : memref<?xf32>, vector<1xf32>
// CHECK-NEXT:  }
// CHECK-NEXT:  nvvm.cluster.wait {aligned}
// CHECK-NEXT:  }
// CHECK-NEXT:  gpu.return
