// Every diagnostic of attn.attention.
// RUN: attn-opt %s -split-input-file -verify-diagnostics

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>

func.func @f(%q: memref<?x4096xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>) {
  // expected-error @+1 {{expected q to be a rank-3 memref [tokens, heads, head_dim], got 'memref<?x4096xbf16>'}}
  attn.attention q(%q : memref<?x4096xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>}
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>

func.func @f(%q: memref<?x?x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>) {
  // expected-error @+1 {{expected the head count and head_dim of q to be static, got 'memref<?x?x128xbf16>'}}
  attn.attention q(%q : memref<?x?x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>}
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>

func.func @f(%q: memref<?x32x128xf32>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xf32>) {
  // expected-error @+1 {{expected q element type to be bf16 or f16, got 'f32'}}
  attn.attention q(%q : memref<?x32x128xf32>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xf32>) {mask = #attn.mask<causal>}
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>

func.func @f(%q: memref<?x32x64xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x64xbf16>) {
  // expected-error @+1 {{expected kv head_dim (128) to match q head_dim (64)}}
  attn.attention q(%q : memref<?x32x64xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x64xbf16>) {mask = #attn.mask<causal>}
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>

func.func @f(%q: memref<?x12x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x12x128xbf16>) {
  // expected-error @+1 {{expected num_qo_heads (12) to be a multiple of num_kv_heads (8)}}
  attn.attention q(%q : memref<?x12x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x12x128xbf16>) {mask = #attn.mask<causal>}
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = f16>

func.func @f(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>) {
  // expected-error @+1 {{expected kv element type ('f16') to match q element type ('bf16') or be an fp8 type}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>}
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>

func.func @f(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x16x128xbf16>) {
  // expected-error @+1 {{expected o of shape [?, 32, 128] [tokens, num_qo_heads, head_dim] like q, got 'memref<?x16x128xbf16>'}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x16x128xbf16>) {mask = #attn.mask<causal>}
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>

func.func @f(%q: memref<7x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<9x32x128xbf16>) {
  // expected-error @+1 {{expected o of shape [7, 32, 128] [tokens, num_qo_heads, head_dim] like q, got 'memref<9x32x128xbf16>'}}
  attn.attention q(%q : memref<7x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<9x32x128xbf16>) {mask = #attn.mask<causal>}
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>

func.func @f(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xf16>) {
  // expected-error @+1 {{expected o element type ('f16') to match q element type ('bf16')}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xf16>) {mask = #attn.mask<causal>}
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>

func.func @f(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>, %lse: memref<?x8xf32>) {
  // expected-error @+1 {{expected lse of shape [?, 32] [tokens, num_qo_heads], got 'memref<?x8xf32>'}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>, %lse : memref<?x8xf32>) {mask = #attn.mask<causal>}
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>

func.func @f(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>) {
  // expected-error @+1 {{expected a custom_mask operand with #attn.mask<custom>}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<custom>}
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>

func.func @f(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>, %m: memref<?xui8>) {
  // expected-error @+1 {{expected a mask_indptr operand with #attn.mask<custom>}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv) custom_mask(%m : memref<?xui8>)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<custom>}
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>

func.func @f(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>, %m: memref<?xui8>, %mi: memref<?xi32>) {
  // expected-error @+1 {{unexpected custom_mask operand: only allowed with #attn.mask<custom>}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv) custom_mask(%m : memref<?xui8>) mask_indptr(%mi : memref<?xi32>)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>}
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>

func.func @f(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>) {
  // expected-error @+1 {{expected a block_indptr operand with #attn.mask<block_sparse>}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<block_sparse, block = [16, 16]>}
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>

func.func @f(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>, %b: memref<?xi32>) {
  // expected-error @+1 {{expected a block_indices operand with #attn.mask<block_sparse>}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv) block_indptr(%b : memref<?xi32>)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<block_sparse, block = [16, 16]>}
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>

func.func @f(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>, %b: memref<?xi32>) {
  // expected-error @+1 {{unexpected block_indptr operand: only allowed with #attn.mask<block_sparse>}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv) block_indptr(%b : memref<?xi32>) block_indices(%b : memref<?xi32>)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>}
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>

func.func @f(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>) {
  // expected-error @+1 {{expected sm_scale (-0.5) to be positive and finite}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<none>, sm_scale = -0.5 : f32}
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>

func.func @f(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>) {
  // expected-error @+1 {{expected logits_soft_cap (0) to be positive and finite}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<none>, logits_soft_cap = 0.0 : f32}
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>

func.func @f(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>, %s: memref<32xf32>) {
  // expected-error @+1 {{unexpected alibi_slopes operand without the 'alibi' attribute}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv) alibi_slopes(%s : memref<32xf32>)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>}
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>

func.func @f(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>, %s: memref<8xf32>) {
  // expected-error @+1 {{expected alibi_slopes of shape [32] [num_qo_heads], got 'memref<8xf32>'}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv) alibi_slopes(%s : memref<8xf32>)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>, alibi}
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>

func.func @f(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>) {
  // expected-error @+1 {{expected rope rotary_dim (256) to be at most head_dim (128)}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>, rope = #attn.rope<llama, rotary_dim = 256>}
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>

func.func @f(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>, %r: memref<?xi32>) {
  // expected-error @+1 {{unexpected rope_offsets operand without a 'rope' attribute}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv) rope_offsets(%r : memref<?xi32>)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>}
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>

func.func @f(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>) {
  // expected-error @+1 {{expected decode tile_q (2) to be a multiple of the head group size (4)}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<none>, kernel_config = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 2, tile_kv = 16, stages = 2, split_kv = true, vec = 8>}
  return
}

// -----

func.func @f(%q: memref<?x32x128xbf16>, %qi: memref<?xi64>, %kv: !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>, %o: memref<?x32x128xbf16>) {
  // expected-error @+1 {{operand #1 must be 1D memref of 32-bit signless integer values}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi64>) kv(%kv : !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<none>}
  return
}

// -----

func.func @f(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>, %o: memref<?x32x128xbf16>) {
  // expected-error @+1 {{requires attribute 'mask'}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>)
      outs(%o : memref<?x32x128xbf16>)
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @f(%q: memref<?x0x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x0x128xbf16>) {
  // expected-error @+1 {{expected a positive head count and head_dim in q, got 'memref<?x0x128xbf16>'}}
  attn.attention q(%q : memref<?x0x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x0x128xbf16>) {mask = #attn.mask<none>, max_qo_len = 1}
  return
}

// -----

// TMA boxes are whole 8-row swizzle atoms: not pages of 4 keys.
!kv = !attn.paged_kv<page_size = 4, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @tma_paged(%q: memref<?x32x128xbf16>, %qo: memref<?xi32>, %k: memref<?x4x8x128xbf16>,
                     %ki: memref<?xi32>, %kx: memref<?xi32>, %kl: memref<?xi32>, %o: memref<?x32x128xbf16>) {
  %kv = attn.paged_kv k(%k : memref<?x4x8x128xbf16>) v(%k : memref<?x4x8x128xbf16>)
          indptr(%ki : memref<?xi32>) indices(%kx : memref<?xi32>) last_page_len(%kl : memref<?xi32>) : !kv
  // expected-error @+1 {{expected ragged K/V or pages of whole 8-row boxes, and no block-sparse mask, for a kernel config with 'tma'}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qo : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>, kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, tile_kv = 128, stages = 2, split_kv = true, vec = 8, wgmma = true, producer = true, tma = true>}
  return
}
