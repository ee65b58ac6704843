// Round trip of attn.tensor_attention.
// RUN: attn-opt %s -split-input-file | attn-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func.func @causal_gqa
func.func @causal_gqa(%q: tensor<?x32x128xbf16>, %qi: tensor<?xi32>, %k: tensor<?x8x128xbf16>,
                      %v: tensor<?x8x128xbf16>, %ki: tensor<?xi32>, %o: tensor<?x32x128xbf16>)
    -> tensor<?x32x128xbf16> {
  // CHECK: %[[R:.*]] = attn.tensor_attention q(%{{.*}} : tensor<?x32x128xbf16>) qo_indptr(%{{.*}} : tensor<?xi32>) k(%{{.*}} : tensor<?x8x128xbf16>) v(%{{.*}} : tensor<?x8x128xbf16>) kv_indptr(%{{.*}} : tensor<?xi32>) outs(%{{.*}} : tensor<?x32x128xbf16>) {mask = #attn.mask<causal>, sm_scale = 1.250000e-01 : f32} -> tensor<?x32x128xbf16>
  // CHECK: return %[[R]]
  %r = attn.tensor_attention q(%q : tensor<?x32x128xbf16>) qo_indptr(%qi : tensor<?xi32>)
         k(%k : tensor<?x8x128xbf16>) v(%v : tensor<?x8x128xbf16>) kv_indptr(%ki : tensor<?xi32>)
         outs(%o : tensor<?x32x128xbf16>) {mask = #attn.mask<causal>, sm_scale = 0.125 : f32}
         -> tensor<?x32x128xbf16>
  return %r : tensor<?x32x128xbf16>
}

// -----

// CHECK-LABEL: func.func @with_lse
func.func @with_lse(%q: tensor<4x8x64xf16>, %qi: tensor<2xi32>, %k: tensor<16x8x64xf16>,
                    %v: tensor<16x8x64xf16>, %ki: tensor<2xi32>, %o: tensor<4x8x64xf16>,
                    %l: tensor<4x8xf32>) -> (tensor<4x8x64xf16>, tensor<4x8xf32>) {
  // CHECK: %[[O:.*]], %[[L:.*]] = attn.tensor_attention
  // CHECK-SAME: outs(%{{.*}} : tensor<4x8x64xf16>, %{{.*}} : tensor<4x8xf32>)
  // CHECK-SAME: logits_soft_cap = 3.000000e+01 : f32
  // CHECK-SAME: max_qo_len = 1 : i64
  // CHECK-SAME: -> tensor<4x8x64xf16>, tensor<4x8xf32>
  // CHECK: return %[[O]], %[[L]]
  %r:2 = attn.tensor_attention q(%q : tensor<4x8x64xf16>) qo_indptr(%qi : tensor<2xi32>)
           k(%k : tensor<16x8x64xf16>) v(%v : tensor<16x8x64xf16>) kv_indptr(%ki : tensor<2xi32>)
           outs(%o : tensor<4x8x64xf16>, %l : tensor<4x8xf32>)
           {mask = #attn.mask<none>, logits_soft_cap = 30.0 : f32, max_qo_len = 1 : i64}
           -> tensor<4x8x64xf16>, tensor<4x8xf32>
  return %r#0, %r#1 : tensor<4x8x64xf16>, tensor<4x8xf32>
}
