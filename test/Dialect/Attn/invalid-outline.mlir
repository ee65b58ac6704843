// RUN: attn-opt %s -split-input-file -attn-outline -verify-diagnostics

!kv = !attn.ragged_kv<num_heads = 2, head_dim = 64, element_type = f16>
func.func @unplanned(%q: memref<?x2x64xf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x2x64xf16>) {
  // expected-error @+1 {{must be planned (run attn-plan) before attn-outline}}
  attn.attention q(%q : memref<?x2x64xf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x2x64xf16>) {mask = #attn.mask<none>}
  return
}

// -----

!kv = !attn.ragged_kv<num_heads = 2, head_dim = 64, element_type = f16>
func.func @block_arg_kv(%q: memref<?x2x64xf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x2x64xf16>) {
  // expected-error @+1 {{expected the KV source to be built by attn.paged_kv or attn.ragged_kv in the same function}}
  attn.attention q(%q : memref<?x2x64xf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x2x64xf16>)
      {mask = #attn.mask<none>, max_qo_len = 1,
       kernel_config = #attn.kernel_config<strategy = decode, sm = 80, threads = 128, tile_q = 1,
                                           tile_kv = 64, stages = 2, split_kv = false, vec = 8>}
  return
}

// -----

!kv = !attn.ragged_kv<num_heads = 2, head_dim = 64, element_type = f16>
func.func @strided(%q: memref<?x2x64xf16, strided<[256, 64, 1]>>, %qi: memref<?xi32>, %k: memref<?x2x64xf16>, %o: memref<?x2x64xf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x2x64xf16>) v(%k : memref<?x2x64xf16>) indptr(%qi : memref<?xi32>) : !kv
  // expected-error @+1 {{expected buffers with the identity layout, got 'memref<?x2x64xf16, strided<[256, 64, 1]>>'}}
  attn.attention q(%q : memref<?x2x64xf16, strided<[256, 64, 1]>>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x2x64xf16>)
      {mask = #attn.mask<none>, max_qo_len = 1,
       kernel_config = #attn.kernel_config<strategy = decode, sm = 80, threads = 128, tile_q = 1,
                                           tile_kv = 64, stages = 2, split_kv = false, vec = 8>}
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @misfit(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kp: memref<?x16x8x128xbf16>, %o: memref<?x32x128xbf16>) {
  %kv = attn.paged_kv k(%kp : memref<?x16x8x128xbf16>) v(%kp : memref<?x16x8x128xbf16>)
          indptr(%qi : memref<?xi32>) indices(%qi : memref<?xi32>) last_page_len(%qi : memref<?xi32>) : !kv
  // expected-error @+1 {{kernel_config does not fit the op: threads (96) must be a multiple of head_dim / vec * group size / heads_per_thread (64) and at most 1024}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>)
      {mask = #attn.mask<none>, max_qo_len = 1,
       kernel_config = #attn.kernel_config<strategy = decode, sm = 90, threads = 96, tile_q = 4,
                                           tile_kv = 8, stages = 2, split_kv = true, vec = 8>}
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @huge_tile(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kp: memref<?x16x8x128xbf16>, %o: memref<?x32x128xbf16>) {
  %kv = attn.paged_kv k(%kp : memref<?x16x8x128xbf16>) v(%kp : memref<?x16x8x128xbf16>)
          indptr(%qi : memref<?xi32>) indices(%qi : memref<?xi32>) last_page_len(%qi : memref<?xi32>) : !kv
  // expected-error @+1 {{kernel_config does not fit the op: a thread would unroll 512 scores per tile (tile_kv / token slices * heads_per_thread), more than 64}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>)
      {mask = #attn.mask<none>, max_qo_len = 1,
       kernel_config = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4,
                                           tile_kv = 1024, stages = 2, split_kv = true, vec = 8>}
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @too_much_smem(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kp: memref<?x16x8x128xbf16>, %o: memref<?x32x128xbf16>) {
  %kv = attn.paged_kv k(%kp : memref<?x16x8x128xbf16>) v(%kp : memref<?x16x8x128xbf16>)
          indptr(%qi : memref<?xi32>) indices(%qi : memref<?xi32>) last_page_len(%qi : memref<?xi32>) : !kv
  // expected-error @+1 {{kernel_config does not fit the op: the kernel needs 267264 bytes of shared memory per CTA, more than the 232448 an sm_90 CTA can have}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>)
      {mask = #attn.mask<none>, max_qo_len = 1,
       kernel_config = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4,
                                           tile_kv = 64, stages = 8, split_kv = true, vec = 8>}
  return
}

// -----

// Ragged K/V rows must be contiguous (only page pools may be strided views).
!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
func.func @strided_ragged(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %k: memref<?x8x128xbf16, strided<[2048, 128, 1]>>, %o: memref<?x32x128xbf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x8x128xbf16, strided<[2048, 128, 1]>>) v(%k : memref<?x8x128xbf16, strided<[2048, 128, 1]>>)
          indptr(%qi : memref<?xi32>) : !kv
  // expected-error @+1 {{expected KV buffers with the identity layout (page pools: contiguous pages a stride apart), got 'memref<?x8x128xbf16, strided<[2048, 128, 1]>>'}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>)
      {mask = #attn.mask<none>,
       kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 64, tile_q = 32,
                                           tile_kv = 32, stages = 2, split_kv = false, vec = 8>}
  return
}

// -----

%n = arith.constant 1 : index
%q = memref.alloc(%n) : memref<?x2x64xf16>
%i = memref.alloc(%n) : memref<?xi32>
%kv = attn.ragged_kv k(%q : memref<?x2x64xf16>) v(%q : memref<?x2x64xf16>) indptr(%i : memref<?xi32>) : !attn.ragged_kv<num_heads = 2, head_dim = 64, element_type = f16>
// expected-error @+1 {{expected to be inside a function}}
attn.attention q(%q : memref<?x2x64xf16>) qo_indptr(%i : memref<?xi32>) kv(%kv : !attn.ragged_kv<num_heads = 2, head_dim = 64, element_type = f16>)
    outs(%q : memref<?x2x64xf16>)
    {mask = #attn.mask<none>, max_qo_len = 1,
     kernel_config = #attn.kernel_config<strategy = decode, sm = 80, threads = 128, tile_q = 1,
                                         tile_kv = 64, stages = 2, split_kv = false, vec = 8>}

// -----

// A prefill kernel_config is checked against the op the same way (here: 4 stages of 128-key
// K/V tiles and the Q tile need 288 KiB).
!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
func.func @prefill_misfit(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %k: memref<?x8x128xbf16>, %o: memref<?x32x128xbf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x8x128xbf16>) v(%k : memref<?x8x128xbf16>) indptr(%qi : memref<?xi32>) : !kv
  // expected-error @+1 {{kernel_config does not fit the op: the kernel needs 294912 bytes of shared memory per CTA, more than the 232448 an sm_90 CTA can have}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>)
      {mask = #attn.mask<causal>,
       kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128,
                                           tile_kv = 128, stages = 4, split_kv = false, vec = 8>}
  return
}
