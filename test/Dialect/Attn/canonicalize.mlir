// RUN: attn-opt %s -split-input-file -canonicalize | FileCheck %s

// A dense merge of one state per row is a copy.
// CHECK-LABEL: func.func @single_state_merge
// CHECK-SAME: (%[[V:.*]]: memref<?x1x32x128xf32>, %[[S:.*]]: memref<?x1x32xf32>, %[[O:.*]]: memref<?x32x128xf32>, %[[SO:.*]]: memref<?x32xf32>)
func.func @single_state_merge(%v: memref<?x1x32x128xf32>, %s: memref<?x1x32xf32>,
                              %o: memref<?x32x128xf32>, %so: memref<?x32xf32>) {
  // CHECK-NOT: attn.merge_states
  // CHECK: %[[VC:.*]] = memref.collapse_shape %[[V]] {{\[}}[0, 1], [2], [3]] : memref<?x1x32x128xf32> into memref<?x32x128xf32>
  // CHECK: memref.copy %[[VC]], %[[O]]
  // CHECK: %[[SC:.*]] = memref.collapse_shape %[[S]] {{\[}}[0, 1], [2]] : memref<?x1x32xf32> into memref<?x32xf32>
  // CHECK: memref.copy %[[SC]], %[[SO]]
  attn.merge_states ins(%v, %s : memref<?x1x32x128xf32>, memref<?x1x32xf32>)
                    outs(%o, %so : memref<?x32x128xf32>, memref<?x32xf32>)
  return
}

// -----

// Not a copy: the merge converts f32 states to bf16.
// CHECK-LABEL: func.func @single_state_converting
func.func @single_state_converting(%v: memref<?x1x32x128xf32>, %s: memref<?x1x32xf32>,
                                   %o: memref<?x32x128xbf16>) {
  // CHECK: attn.merge_states
  attn.merge_states ins(%v, %s : memref<?x1x32x128xf32>, memref<?x1x32xf32>)
                    outs(%o : memref<?x32x128xbf16>)
  return
}

// -----

// Not a copy: two states per row (or an unknown number).
// CHECK-LABEL: func.func @two_states
func.func @two_states(%v: memref<?x2x32x128xf32>, %s: memref<?x2x32xf32>,
                      %w: memref<?x?x32x128xf32>, %t: memref<?x?x32xf32>,
                      %o: memref<?x32x128xf32>) {
  // CHECK-COUNT-2: attn.merge_states
  attn.merge_states ins(%v, %s : memref<?x2x32x128xf32>, memref<?x2x32xf32>)
                    outs(%o : memref<?x32x128xf32>)
  attn.merge_states ins(%w, %t : memref<?x?x32x128xf32>, memref<?x?x32xf32>)
                    outs(%o : memref<?x32x128xf32>)
  return
}

// -----

// The pure KV-source constructors disappear when unused.
// CHECK-LABEL: func.func @dead_kv
func.func @dead_kv(%k: memref<?x8x128xbf16>, %i: memref<?xi32>) {
  // CHECK-NOT: attn.ragged_kv
  %kv = attn.ragged_kv k(%k : memref<?x8x128xbf16>) v(%k : memref<?x8x128xbf16>)
          indptr(%i : memref<?xi32>) : !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
  // CHECK: return
  return
}
