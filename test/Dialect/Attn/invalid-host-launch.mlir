// RUN: attn-opt %s -split-input-file -verify-diagnostics -attn-outline=host-launch

// The work partition is computed at compile time: the indptrs must be constants.
!kv = !attn.ragged_kv<num_heads = 2, head_dim = 64, element_type = f16>
func.func @dynamic_indptr(%q: memref<3x2x64xf16>, %qi: memref<4xi32>, %k: memref<300x2x64xf16>,
                          %ki: memref<4xi32>, %o: memref<3x2x64xf16>) {
  %kv = attn.ragged_kv k(%k : memref<300x2x64xf16>) v(%k : memref<300x2x64xf16>)
          indptr(%ki : memref<4xi32>) : !kv
  // expected-error @+1 {{host launch needs qo_indptr and kv_indptr of the same length from constant globals}}
  attn.attention q(%q : memref<3x2x64xf16>) qo_indptr(%qi : memref<4xi32>) kv(%kv : !kv)
      outs(%o : memref<3x2x64xf16>)
      {mask = #attn.mask<none>,
       kernel_config = #attn.kernel_config<strategy = decode, sm = 80, threads = 128, tile_q = 1,
                                           tile_kv = 64, stages = 2, split_kv = false, vec = 8>}
  return
}

// -----

// Paged KV is not launched from the host (its page table is runtime data).
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 2, head_dim = 64, element_type = f16>
func.func @paged(%q: memref<3x2x64xf16>, %qi: memref<4xi32>, %kc: memref<8x16x2x64xf16>,
                 %ki: memref<4xi32>, %idx: memref<8xi32>, %last: memref<3xi32>, %o: memref<3x2x64xf16>) {
  %kv = attn.paged_kv k(%kc : memref<8x16x2x64xf16>) v(%kc : memref<8x16x2x64xf16>)
          indptr(%ki : memref<4xi32>) indices(%idx : memref<8xi32>)
          last_page_len(%last : memref<3xi32>) : !kv
  // expected-error @+1 {{host launch needs a planned op over attn.ragged_kv}}
  attn.attention q(%q : memref<3x2x64xf16>) qo_indptr(%qi : memref<4xi32>) kv(%kv : !kv)
      outs(%o : memref<3x2x64xf16>)
      {mask = #attn.mask<none>,
       kernel_config = #attn.kernel_config<strategy = decode, sm = 80, threads = 128, tile_q = 1,
                                           tile_kv = 64, stages = 2, split_kv = false, vec = 8>}
  return
}

// -----

// Host computation next to a launch would read device buffers on the host.
memref.global "private" constant @qi : memref<4xi32> = dense<[0, 1, 2, 3]>
memref.global "private" constant @ki : memref<4xi32> = dense<[0, 100, 200, 300]>
!kv = !attn.ragged_kv<num_heads = 2, head_dim = 64, element_type = f16>
func.func @host_compute(%q: memref<3x2x64xf16>, %k: memref<300x2x64xf16>, %o: memref<3x2x64xf16>,
                        %t: memref<3x2x64xf16>) {
  %qi = memref.get_global @qi : memref<4xi32>
  %ki = memref.get_global @ki : memref<4xi32>
  %kv = attn.ragged_kv k(%k : memref<300x2x64xf16>) v(%k : memref<300x2x64xf16>)
          indptr(%ki : memref<4xi32>) : !kv
  attn.attention q(%q : memref<3x2x64xf16>) qo_indptr(%qi : memref<4xi32>) kv(%kv : !kv)
      outs(%o : memref<3x2x64xf16>)
      {mask = #attn.mask<none>,
       kernel_config = #attn.kernel_config<strategy = decode, sm = 80, threads = 128, tile_q = 1,
                                           tile_kv = 64, stages = 2, split_kv = false, vec = 8>}
  // expected-error @+1 {{computes on the host in a function that launches attn kernels}}
  linalg.copy ins(%o : memref<3x2x64xf16>) outs(%t : memref<3x2x64xf16>)
  return
}

// -----

// Tensor maps come from the runtime: a host launch has none.
!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
memref.global "private" constant @qi : memref<2xi32> = dense<[0, 128]>
memref.global "private" constant @ki : memref<2xi32> = dense<[0, 128]>
func.func @tma(%q: memref<128x32x128xbf16>, %k: memref<128x8x128xbf16>, %o: memref<128x32x128xbf16>) {
  %qi = memref.get_global @qi : memref<2xi32>
  %ki = memref.get_global @ki : memref<2xi32>
  %kv = attn.ragged_kv k(%k : memref<128x8x128xbf16>) v(%k : memref<128x8x128xbf16>)
          indptr(%ki : memref<2xi32>) : !kv
  // expected-error @+1 {{host launch does not encode tensor maps (a 'tma' kernel takes them from the runtime)}}
  attn.attention q(%q : memref<128x32x128xbf16>) qo_indptr(%qi : memref<2xi32>) kv(%kv : !kv)
      outs(%o : memref<128x32x128xbf16>)
      {mask = #attn.mask<causal>,
       kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128,
                                           tile_kv = 128, stages = 2, split_kv = true, vec = 8,
                                           wgmma = true, producer = true, tma = true>}
  return
}

// -----

// A persistent kernel's grid comes from the runtime (one CTA per SM): a host launch has none.
!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
memref.global "private" constant @qi : memref<2xi32> = dense<[0, 128]>
memref.global "private" constant @ki : memref<2xi32> = dense<[0, 128]>
func.func @persistent(%q: memref<128x32x128xbf16>, %k: memref<128x8x128xbf16>, %o: memref<128x32x128xbf16>) {
  %qi = memref.get_global @qi : memref<2xi32>
  %ki = memref.get_global @ki : memref<2xi32>
  %kv = attn.ragged_kv k(%k : memref<128x8x128xbf16>) v(%k : memref<128x8x128xbf16>)
          indptr(%ki : memref<2xi32>) : !kv
  // expected-error @+1 {{host launch does not size a persistent grid (a 'persistent' kernel takes one CTA per SM from the runtime)}}
  attn.attention q(%q : memref<128x32x128xbf16>) qo_indptr(%qi : memref<2xi32>) kv(%kv : !kv)
      outs(%o : memref<128x32x128xbf16>)
      {mask = #attn.mask<causal>,
       kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128,
                                           tile_kv = 128, stages = 2, split_kv = true, vec = 8,
                                           wgmma = true, producer = true, persistent = true>}
  return
}
