// Every diagnostic of attn.tensor_attention.
// RUN: attn-opt %s -split-input-file -verify-diagnostics

func.func @f(%q: tensor<?x4096xbf16>, %qi: tensor<?xi32>, %k: tensor<?x8x128xbf16>, %ki: tensor<?xi32>, %o: tensor<?x32x128xbf16>) {
  // expected-error @+1 {{expected q to be a rank-3 tensor [tokens, heads, head_dim] with static heads and head_dim, got 'tensor<?x4096xbf16>'}}
  %r = attn.tensor_attention q(%q : tensor<?x4096xbf16>) qo_indptr(%qi : tensor<?xi32>) k(%k : tensor<?x8x128xbf16>) v(%k : tensor<?x8x128xbf16>) kv_indptr(%ki : tensor<?xi32>) outs(%o : tensor<?x32x128xbf16>) {mask = #attn.mask<causal>} -> tensor<?x32x128xbf16>
  return
}

// -----

func.func @f(%q: tensor<?x32x128xf32>, %qi: tensor<?xi32>, %k: tensor<?x8x128xf32>, %ki: tensor<?xi32>, %o: tensor<?x32x128xf32>) {
  // expected-error @+1 {{expected q element type to be bf16 or f16, got 'f32'}}
  %r = attn.tensor_attention q(%q : tensor<?x32x128xf32>) qo_indptr(%qi : tensor<?xi32>) k(%k : tensor<?x8x128xf32>) v(%k : tensor<?x8x128xf32>) kv_indptr(%ki : tensor<?xi32>) outs(%o : tensor<?x32x128xf32>) {mask = #attn.mask<causal>} -> tensor<?x32x128xf32>
  return
}

// -----

func.func @f(%q: tensor<?x32x128xbf16>, %qi: tensor<?xi32>, %k: tensor<?x8x128xbf16>, %v: tensor<?x8x64xbf16>, %ki: tensor<?xi32>, %o: tensor<?x32x128xbf16>) {
  // expected-error @+1 {{expected k and v of one type, got 'tensor<?x8x128xbf16>' and 'tensor<?x8x64xbf16>'}}
  %r = attn.tensor_attention q(%q : tensor<?x32x128xbf16>) qo_indptr(%qi : tensor<?xi32>) k(%k : tensor<?x8x128xbf16>) v(%v : tensor<?x8x64xbf16>) kv_indptr(%ki : tensor<?xi32>) outs(%o : tensor<?x32x128xbf16>) {mask = #attn.mask<causal>} -> tensor<?x32x128xbf16>
  return
}

// -----

func.func @f(%q: tensor<?x32x128xbf16>, %qi: tensor<?xi32>, %k: tensor<?x8x128xf16>, %ki: tensor<?xi32>, %o: tensor<?x32x128xbf16>) {
  // expected-error @+1 {{expected k element type ('f16') to match q element type ('bf16')}}
  %r = attn.tensor_attention q(%q : tensor<?x32x128xbf16>) qo_indptr(%qi : tensor<?xi32>) k(%k : tensor<?x8x128xf16>) v(%k : tensor<?x8x128xf16>) kv_indptr(%ki : tensor<?xi32>) outs(%o : tensor<?x32x128xbf16>) {mask = #attn.mask<causal>} -> tensor<?x32x128xbf16>
  return
}

// -----

func.func @f(%q: tensor<?x32x128xbf16>, %qi: tensor<?xi32>, %k: tensor<?x8x64xbf16>, %ki: tensor<?xi32>, %o: tensor<?x32x128xbf16>) {
  // expected-error @+1 {{expected k head_dim (64) to match q head_dim (128)}}
  %r = attn.tensor_attention q(%q : tensor<?x32x128xbf16>) qo_indptr(%qi : tensor<?xi32>) k(%k : tensor<?x8x64xbf16>) v(%k : tensor<?x8x64xbf16>) kv_indptr(%ki : tensor<?xi32>) outs(%o : tensor<?x32x128xbf16>) {mask = #attn.mask<causal>} -> tensor<?x32x128xbf16>
  return
}

// -----

func.func @f(%q: tensor<?x32x128xbf16>, %qi: tensor<?xi32>, %k: tensor<?x6x128xbf16>, %ki: tensor<?xi32>, %o: tensor<?x32x128xbf16>) {
  // expected-error @+1 {{expected num_qo_heads (32) to be a multiple of num_kv_heads (6)}}
  %r = attn.tensor_attention q(%q : tensor<?x32x128xbf16>) qo_indptr(%qi : tensor<?xi32>) k(%k : tensor<?x6x128xbf16>) v(%k : tensor<?x6x128xbf16>) kv_indptr(%ki : tensor<?xi32>) outs(%o : tensor<?x32x128xbf16>) {mask = #attn.mask<causal>} -> tensor<?x32x128xbf16>
  return
}

// -----

func.func @f(%q: tensor<?x32x128xbf16>, %qi: tensor<?xi32>, %k: tensor<?x8x128xbf16>, %ki: tensor<?xi32>, %o: tensor<?x16x128xbf16>) {
  // expected-error @+1 {{expected o_init of q's shape and element type ('tensor<?x32x128xbf16>'), got 'tensor<?x16x128xbf16>'}}
  %r = attn.tensor_attention q(%q : tensor<?x32x128xbf16>) qo_indptr(%qi : tensor<?xi32>) k(%k : tensor<?x8x128xbf16>) v(%k : tensor<?x8x128xbf16>) kv_indptr(%ki : tensor<?xi32>) outs(%o : tensor<?x16x128xbf16>) {mask = #attn.mask<causal>} -> tensor<?x16x128xbf16>
  return
}

// -----

func.func @f(%q: tensor<4x32x128xbf16>, %qi: tensor<?xi32>, %k: tensor<?x8x128xbf16>, %ki: tensor<?xi32>, %o: tensor<4x32x128xbf16>) {
  // expected-error @+1 {{expected result type ('tensor<?x32x128xbf16>') to match o_init type ('tensor<4x32x128xbf16>')}}
  %r = attn.tensor_attention q(%q : tensor<4x32x128xbf16>) qo_indptr(%qi : tensor<?xi32>) k(%k : tensor<?x8x128xbf16>) v(%k : tensor<?x8x128xbf16>) kv_indptr(%ki : tensor<?xi32>) outs(%o : tensor<4x32x128xbf16>) {mask = #attn.mask<causal>} -> tensor<?x32x128xbf16>
  return
}

// -----

func.func @f(%q: tensor<?x32x128xbf16>, %qi: tensor<?xi32>, %k: tensor<?x8x128xbf16>, %ki: tensor<?xi32>, %o: tensor<?x32x128xbf16>, %l: tensor<?x8xf32>) {
  // expected-error @+1 {{expected lse_init of shape [tokens, num_qo_heads (32)], got 'tensor<?x8xf32>'}}
  %r:2 = attn.tensor_attention q(%q : tensor<?x32x128xbf16>) qo_indptr(%qi : tensor<?xi32>) k(%k : tensor<?x8x128xbf16>) v(%k : tensor<?x8x128xbf16>) kv_indptr(%ki : tensor<?xi32>) outs(%o : tensor<?x32x128xbf16>, %l : tensor<?x8xf32>) {mask = #attn.mask<causal>} -> tensor<?x32x128xbf16>, tensor<?x8xf32>
  return
}

// -----

func.func @f(%q: tensor<?x32x128xbf16>, %qi: tensor<?xi32>, %k: tensor<?x8x128xbf16>, %ki: tensor<?xi32>, %o: tensor<?x32x128xbf16>, %l: tensor<?x32xf32>) {
  // expected-error @+1 {{expected an lse result of the lse_init type ('tensor<?x32xf32>')}}
  %r:2 = attn.tensor_attention q(%q : tensor<?x32x128xbf16>) qo_indptr(%qi : tensor<?xi32>) k(%k : tensor<?x8x128xbf16>) v(%k : tensor<?x8x128xbf16>) kv_indptr(%ki : tensor<?xi32>) outs(%o : tensor<?x32x128xbf16>, %l : tensor<?x32xf32>) {mask = #attn.mask<causal>} -> tensor<?x32x128xbf16>, tensor<4x32xf32>
  return
}

// -----

func.func @f(%q: tensor<?x32x128xbf16>, %qi: tensor<?xi32>, %k: tensor<?x8x128xbf16>, %ki: tensor<?xi32>, %o: tensor<?x32x128xbf16>) {
  // expected-error @+1 {{unexpected lse result without an lse_init operand}}
  %r:2 = attn.tensor_attention q(%q : tensor<?x32x128xbf16>) qo_indptr(%qi : tensor<?xi32>) k(%k : tensor<?x8x128xbf16>) v(%k : tensor<?x8x128xbf16>) kv_indptr(%ki : tensor<?xi32>) outs(%o : tensor<?x32x128xbf16>) {mask = #attn.mask<causal>} -> tensor<?x32x128xbf16>, tensor<?x32xf32>
  return
}

// -----

func.func @f(%q: tensor<?x32x128xbf16>, %qi: tensor<?xi32>, %k: tensor<?x8x128xbf16>, %ki: tensor<?xi32>, %o: tensor<?x32x128xbf16>) {
  // expected-error @+1 {{expected a none or causal mask, got #attn.mask<custom>: custom and block-sparse masks need the memref-level attn.attention}}
  %r = attn.tensor_attention q(%q : tensor<?x32x128xbf16>) qo_indptr(%qi : tensor<?xi32>) k(%k : tensor<?x8x128xbf16>) v(%k : tensor<?x8x128xbf16>) kv_indptr(%ki : tensor<?xi32>) outs(%o : tensor<?x32x128xbf16>) {mask = #attn.mask<custom>} -> tensor<?x32x128xbf16>
  return
}

// -----

func.func @f(%q: tensor<?x32x128xbf16>, %qi: tensor<?xi32>, %k: tensor<?x8x128xbf16>, %ki: tensor<?xi32>, %o: tensor<?x32x128xbf16>) {
  // expected-error @+1 {{expected sm_scale (-1) to be positive and finite}}
  %r = attn.tensor_attention q(%q : tensor<?x32x128xbf16>) qo_indptr(%qi : tensor<?xi32>) k(%k : tensor<?x8x128xbf16>) v(%k : tensor<?x8x128xbf16>) kv_indptr(%ki : tensor<?xi32>) outs(%o : tensor<?x32x128xbf16>) {mask = #attn.mask<causal>, sm_scale = -1.0 : f32} -> tensor<?x32x128xbf16>
  return
}

// -----

func.func @f(%q: tensor<?x32x128xbf16>, %qi: tensor<?xi32>, %k: tensor<?x8x128xbf16>, %ki: tensor<?xi32>, %o: tensor<?x32x128xbf16>) {
  // expected-error @+1 {{expected logits_soft_cap (0) to be positive and finite}}
  %r = attn.tensor_attention q(%q : tensor<?x32x128xbf16>) qo_indptr(%qi : tensor<?xi32>) k(%k : tensor<?x8x128xbf16>) v(%k : tensor<?x8x128xbf16>) kv_indptr(%ki : tensor<?xi32>) outs(%o : tensor<?x32x128xbf16>) {mask = #attn.mask<causal>, logits_soft_cap = 0.0 : f32} -> tensor<?x32x128xbf16>
  return
}

// -----

func.func @f(%q: tensor<?x32x64xbf16>, %qi: tensor<?xi32>, %k: tensor<?x8x64xbf16>, %ki: tensor<?xi32>, %o: tensor<?x32x64xbf16>) {
  // expected-error @+1 {{expected rope rotary_dim (128) to be at most head_dim (64)}}
  %r = attn.tensor_attention q(%q : tensor<?x32x64xbf16>) qo_indptr(%qi : tensor<?xi32>) k(%k : tensor<?x8x64xbf16>) v(%k : tensor<?x8x64xbf16>) kv_indptr(%ki : tensor<?xi32>) outs(%o : tensor<?x32x64xbf16>) {mask = #attn.mask<causal>, rope = #attn.rope<llama, rotary_dim = 128>} -> tensor<?x32x64xbf16>
  return
}
