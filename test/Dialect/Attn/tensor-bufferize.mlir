// attn.tensor_attention through upstream one-shot bufferization: the op becomes
// attn.ragged_kv + attn.attention writing into the buffers of its inits.
// RUN: attn-opt %s -split-input-file -one-shot-bufferize="bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map" | FileCheck %s

// CHECK-LABEL: func.func @causal
// CHECK-SAME: (%[[Q:.*]]: memref<?x32x128xbf16>, %[[QI:.*]]: memref<?xi32>, %[[K:.*]]: memref<?x8x128xbf16>, %[[V:.*]]: memref<?x8x128xbf16>, %[[KI:.*]]: memref<?xi32>, %[[O:.*]]: memref<?x32x128xbf16>)
// CHECK: %[[KV:.*]] = attn.ragged_kv k(%[[K]] : {{.*}}) v(%[[V]] : {{.*}}) indptr(%[[KI]] : {{.*}}) : !ragged_kv
// CHECK: attn.attention q(%[[Q]] : {{.*}}) qo_indptr(%[[QI]] : {{.*}}) kv(%[[KV]] : {{.*}}) outs(%[[O]] : {{.*}}) {mask = #attn.mask<causal>, sm_scale = 1.250000e-01 : f32}
// CHECK-NOT: memref.alloc
// CHECK: return %[[O]]
func.func @causal(%q: tensor<?x32x128xbf16>, %qi: tensor<?xi32>, %k: tensor<?x8x128xbf16>,
                  %v: tensor<?x8x128xbf16>, %ki: tensor<?xi32>, %o: tensor<?x32x128xbf16>)
    -> tensor<?x32x128xbf16> {
  %r = attn.tensor_attention q(%q : tensor<?x32x128xbf16>) qo_indptr(%qi : tensor<?xi32>)
         k(%k : tensor<?x8x128xbf16>) v(%v : tensor<?x8x128xbf16>) kv_indptr(%ki : tensor<?xi32>)
         outs(%o : tensor<?x32x128xbf16>) {mask = #attn.mask<causal>, sm_scale = 0.125 : f32}
         -> tensor<?x32x128xbf16>
  return %r : tensor<?x32x128xbf16>
}

// -----

// A tensor.empty init becomes an allocation; the log-sum-exp is written into its own buffer.
// CHECK-LABEL: func.func @empty_init_with_lse
// CHECK-DAG: %[[O:.*]] = memref.alloc() {{.*}}: memref<4x8x64xf16>
// CHECK-DAG: %[[L:.*]] = memref.alloc() {{.*}}: memref<4x8xf32>
// CHECK: %[[KV:.*]] = attn.ragged_kv
// CHECK: attn.attention {{.*}} kv(%[[KV]] : {{.*}}) outs(%[[O]] : memref<4x8x64xf16>, %[[L]] : memref<4x8xf32>) {logits_soft_cap = 3.000000e+01 : f32, mask = #attn.mask<none>}
// CHECK: return %[[O]], %[[L]]
func.func @empty_init_with_lse(%q: tensor<4x8x64xf16>, %qi: tensor<2xi32>,
                               %k: tensor<16x8x64xf16>, %ki: tensor<2xi32>)
    -> (tensor<4x8x64xf16>, tensor<4x8xf32>) {
  %o = tensor.empty() : tensor<4x8x64xf16>
  %l = tensor.empty() : tensor<4x8xf32>
  %r:2 = attn.tensor_attention q(%q : tensor<4x8x64xf16>) qo_indptr(%qi : tensor<2xi32>)
           k(%k : tensor<16x8x64xf16>) v(%k : tensor<16x8x64xf16>) kv_indptr(%ki : tensor<2xi32>)
           outs(%o : tensor<4x8x64xf16>, %l : tensor<4x8xf32>)
           {mask = #attn.mask<none>, logits_soft_cap = 30.0 : f32}
           -> tensor<4x8x64xf16>, tensor<4x8xf32>
  return %r#0, %r#1 : tensor<4x8x64xf16>, tensor<4x8xf32>
}

// -----

// The init is returned too, so the op cannot write in place: the result lands in a new
// buffer, and since the op does not read its init, nothing is copied into it.
// CHECK-LABEL: func.func @init_still_live
// CHECK-SAME: %[[O:[a-z0-9]+]]: memref<?x8x64xf16>)
// CHECK: %[[NEW:.*]] = memref.alloc
// CHECK-NOT: memref.copy
// CHECK: attn.attention {{.*}} outs(%[[NEW]] :
// CHECK: return %[[NEW]], %[[O]]
func.func @init_still_live(%q: tensor<?x8x64xf16>, %qi: tensor<?xi32>, %k: tensor<?x8x64xf16>,
                           %ki: tensor<?xi32>, %o: tensor<?x8x64xf16>)
    -> (tensor<?x8x64xf16>, tensor<?x8x64xf16>) {
  %r = attn.tensor_attention q(%q : tensor<?x8x64xf16>) qo_indptr(%qi : tensor<?xi32>)
         k(%k : tensor<?x8x64xf16>) v(%k : tensor<?x8x64xf16>) kv_indptr(%ki : tensor<?xi32>)
         outs(%o : tensor<?x8x64xf16>) {mask = #attn.mask<causal>} -> tensor<?x8x64xf16>
  return %r, %o : tensor<?x8x64xf16>, tensor<?x8x64xf16>
}
