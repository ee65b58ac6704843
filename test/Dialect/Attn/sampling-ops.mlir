// Round trip of attn.sample and #attn.sampling: custom form, and the generic form read back.
// RUN: attn-opt %s -split-input-file | attn-opt -split-input-file | FileCheck %s
// RUN: attn-opt %s -split-input-file -mlir-print-op-generic | attn-opt -split-input-file | FileCheck %s

// Scalar top-k + top-p from logits (top_k_top_p_sampling_from_logits).
// CHECK-LABEL: func.func @top_k_top_p_from_logits
// CHECK-SAME: (%[[L:.*]]: memref<?x128256xbf16>, %[[S:.*]]: memref<2xi64>, %[[O:.*]]: memref<?xi32>)
func.func @top_k_top_p_from_logits(%l: memref<?x128256xbf16>, %so: memref<2xi64>,
                                   %o: memref<?xi32>) {
  // CHECK: attn.sample input(%[[L]] : memref<?x128256xbf16>) seed_offset(%[[S]] : memref<2xi64>) outs(%[[O]] : memref<?xi32>)
  // CHECK-SAME: {sampling = #attn.sampling<input = logits, mode = sample, top_k = 50, top_p = 9.000000e-01>}
  attn.sample input(%l : memref<?x128256xbf16>) seed_offset(%so : memref<2xi64>)
      outs(%o : memref<?xi32>)
      {sampling = #attn.sampling<input = logits, mode = sample, top_k = 50, top_p = 0.9>}
  return
}

// -----

// Per-row thresholds; the attribute leaves those filters at their defaults (printed as absent).
// CHECK-LABEL: func.func @per_row_from_probs
// CHECK-SAME: (%[[P:.*]]: memref<?x?xf32>, %[[K:.*]]: memref<?xi32>, %[[TP:.*]]: memref<?xf32>, %[[MP:.*]]: memref<?xf32>, %[[S:.*]]: memref<2xi64>, %[[O:.*]]: memref<?xi32>)
func.func @per_row_from_probs(%p: memref<?x?xf32>, %k: memref<?xi32>, %tp: memref<?xf32>,
                              %mp: memref<?xf32>, %so: memref<2xi64>, %o: memref<?xi32>) {
  // CHECK: attn.sample input(%[[P]] : memref<?x?xf32>) top_k(%[[K]] : memref<?xi32>) top_p(%[[TP]] : memref<?xf32>) min_p(%[[MP]] : memref<?xf32>) seed_offset(%[[S]] : memref<2xi64>) outs(%[[O]] : memref<?xi32>)
  // CHECK-SAME: {sampling = #attn.sampling<input = probs, mode = sample>}
  attn.sample input(%p : memref<?x?xf32>) top_k(%k : memref<?xi32>) top_p(%tp : memref<?xf32>)
      min_p(%mp : memref<?xf32>) seed_offset(%so : memref<2xi64>) outs(%o : memref<?xi32>)
      {sampling = #attn.sampling<input = probs, mode = sample>}
  return
}

// -----

// Renormalisation (top_p_renorm_probs) and masking (top_k_mask_logits) write rows like the input.
// CHECK-LABEL: func.func @renorm_and_mask
// CHECK-SAME: (%[[P:.*]]: memref<4x151936xf32>, %[[R:.*]]: memref<?x151936xf32>, %[[L:.*]]: memref<?x151936xbf16>, %[[M:.*]]: memref<?x151936xbf16>)
func.func @renorm_and_mask(%p: memref<4x151936xf32>, %r: memref<?x151936xf32>,
                           %l: memref<?x151936xbf16>, %m: memref<?x151936xbf16>) {
  // CHECK: attn.sample input(%[[P]] : memref<4x151936xf32>) outs(%[[R]] : memref<?x151936xf32>) {sampling = #attn.sampling<input = probs, mode = renorm, top_p = 5.000000e-01>}
  attn.sample input(%p : memref<4x151936xf32>) outs(%r : memref<?x151936xf32>)
      {sampling = #attn.sampling<input = probs, mode = renorm, top_p = 0.5>}
  // CHECK: attn.sample input(%[[L]] : memref<?x151936xbf16>) outs(%[[M]] : memref<?x151936xbf16>) {sampling = #attn.sampling<input = logits, mode = mask, top_k = 20>}
  attn.sample input(%l : memref<?x151936xbf16>) outs(%m : memref<?x151936xbf16>)
      {sampling = #attn.sampling<input = logits, mode = mask, top_k = 20>}
  return
}

// -----

// min-p alone, and the largest vocabulary.
// CHECK-LABEL: func.func @min_p
// CHECK: {sampling = #attn.sampling<input = probs, mode = sample, min_p = 1.000000e-01>}
func.func @min_p(%p: memref<?x262144xf32>, %so: memref<2xi64>, %o: memref<?xi32>) {
  attn.sample input(%p : memref<?x262144xf32>) seed_offset(%so : memref<2xi64>)
      outs(%o : memref<?xi32>) {sampling = #attn.sampling<input = probs, mode = sample, min_p = 0.1>}
  return
}

// -----

// Speculative-decoding verification (chain_speculative_sampling): static num_spec and vocab.
// CHECK-LABEL: func.func @chain_speculative
// CHECK-SAME: (%[[Q:.*]]: memref<?x4x128256xf32>, %[[D:.*]]: memref<?x4xi32>, %[[P:.*]]: memref<?x5x128256xf32>, %[[S:.*]]: memref<2xi64>, %[[O:.*]]: memref<?x5xi32>, %[[A:.*]]: memref<?xi32>, %[[E:.*]]: memref<?xi32>)
func.func @chain_speculative(%q: memref<?x4x128256xf32>, %d: memref<?x4xi32>,
                             %p: memref<?x5x128256xf32>, %so: memref<2xi64>,
                             %o: memref<?x5xi32>, %a: memref<?xi32>, %e: memref<?xi32>) {
  // CHECK: attn.chain_speculative_sample draft_probs(%[[Q]] : memref<?x4x128256xf32>) draft_token_ids(%[[D]] : memref<?x4xi32>) target_probs(%[[P]] : memref<?x5x128256xf32>) seed_offset(%[[S]] : memref<2xi64>) outs(%[[O]] : memref<?x5xi32>, %[[A]] : memref<?xi32>, %[[E]] : memref<?xi32>)
  attn.chain_speculative_sample draft_probs(%q : memref<?x4x128256xf32>)
      draft_token_ids(%d : memref<?x4xi32>) target_probs(%p : memref<?x5x128256xf32>)
      seed_offset(%so : memref<2xi64>)
      outs(%o : memref<?x5xi32>, %a : memref<?xi32>, %e : memref<?xi32>)
  return
}

// -----

// Every size dynamic, bf16 rows.
// CHECK-LABEL: func.func @chain_speculative_dynamic
// CHECK: attn.chain_speculative_sample draft_probs(%{{.*}} : memref<?x?x?xbf16>) draft_token_ids(%{{.*}} : memref<?x?xi32>) target_probs(%{{.*}} : memref<?x?x?xbf16>)
func.func @chain_speculative_dynamic(%q: memref<?x?x?xbf16>, %d: memref<?x?xi32>,
                                     %p: memref<?x?x?xbf16>, %so: memref<2xi64>,
                                     %o: memref<?x?xi32>, %a: memref<?xi32>, %e: memref<?xi32>) {
  attn.chain_speculative_sample draft_probs(%q : memref<?x?x?xbf16>)
      draft_token_ids(%d : memref<?x?xi32>) target_probs(%p : memref<?x?x?xbf16>)
      seed_offset(%so : memref<2xi64>)
      outs(%o : memref<?x?xi32>, %a : memref<?xi32>, %e : memref<?xi32>)
  return
}

// -----

// A row split over a cluster of 8 CTAs (printed only when not 1).
// CHECK-LABEL: func.func @clustered
// CHECK: {sampling = #attn.sampling<input = logits, mode = sample, top_k = 50, cluster_size = 8>}
// CHECK: {sampling = #attn.sampling<input = logits, mode = mask, top_k = 20>}
func.func @clustered(%l: memref<?x128256xbf16>, %so: memref<2xi64>, %o: memref<?xi32>,
                     %m: memref<?x128256xbf16>) {
  attn.sample input(%l : memref<?x128256xbf16>) seed_offset(%so : memref<2xi64>)
      outs(%o : memref<?xi32>)
      {sampling = #attn.sampling<input = logits, mode = sample, top_k = 50, cluster_size = 8>}
  attn.sample input(%l : memref<?x128256xbf16>) outs(%m : memref<?x128256xbf16>)
      {sampling = #attn.sampling<input = logits, mode = mask, top_k = 20, cluster_size = 1>}
  return
}

// -----

// advance_offset: the op advances seed_offset[1] itself (seed_offset then of three elements).
// CHECK-LABEL: func.func @advancing
// CHECK: attn.sample input(%{{.*}} : memref<?x?xf32>) seed_offset(%{{.*}} : memref<3xi64>) advance_offset(%{{.*}}) outs(%{{.*}} : memref<?xi32>)
// CHECK: attn.chain_speculative_sample {{.*}} seed_offset(%{{.*}} : memref<3xi64>) advance_offset(%{{.*}}) outs(
func.func @advancing(%x: memref<?x?xf32>, %so: memref<3xi64>, %adv: i32, %ids: memref<?xi32>,
                     %q: memref<?x?x?xf32>, %d: memref<?x?xi32>, %p: memref<?x?x?xf32>,
                     %o: memref<?x?xi32>, %a: memref<?xi32>, %e: memref<?xi32>) {
  attn.sample input(%x : memref<?x?xf32>) seed_offset(%so : memref<3xi64>) advance_offset(%adv)
      outs(%ids : memref<?xi32>) {sampling = #attn.sampling<input = probs, mode = sample>}
  attn.chain_speculative_sample draft_probs(%q : memref<?x?x?xf32>)
      draft_token_ids(%d : memref<?x?xi32>) target_probs(%p : memref<?x?x?xf32>)
      seed_offset(%so : memref<3xi64>) advance_offset(%adv)
      outs(%o : memref<?x?xi32>, %a : memref<?xi32>, %e : memref<?xi32>)
  return
}
