// REQUIRES: ptxas
// The logits soft-cap, cap * tanh(x / cap), in a warp-specialized sm_90a prefill kernel and
// a tensor-core decode kernel. By default (--approx-tanh) every score's tanh is one
// tanh.approx.f32 (128 per KV tile in the prefill consumer: a thread's share of a 64 x 128 S
// tile); with --approx-tanh=false libdevice's tanhf is inlined for each instead (an ex2 and an
// rcp, no tanh.approx). Both compile with no spills.
// RUN: rm -rf %t && attn-compile %s --sm=90 --toolkit=%cuda_toolkit --ptxas-check --dump-ptx -o %t/a 2>&1 | FileCheck %s --check-prefix=SUMMARY
// RUN: FileCheck %s --check-prefix=APPROX --input-file=%t/a/cap_prefill_kernels.ptx
// RUN: FileCheck %s --check-prefix=APPROX --input-file=%t/a/cap_decode_kernels.ptx
// RUN: attn-compile %s --sm=90 --approx-tanh=false --toolkit=%cuda_toolkit --ptxas-check --dump-ptx -o %t/l 2>&1 | FileCheck %s --check-prefix=SUMMARY
// RUN: FileCheck %s --check-prefix=LIBDEVICE --input-file=%t/l/cap_prefill_kernels.ptx
// RUN: FileCheck %s --check-prefix=LIBDEVICE --input-file=%t/l/cap_decode_kernels.ptx

// SUMMARY: cap_prefill_attention attention block=384x1x1 {{.*}} spills=0/0 stack=0
// SUMMARY: cap_decode_attention attention {{.*}} spills=0/0 stack=0

// APPROX-LABEL: .entry {{.*}}_attention(
// APPROX-NOT:   rcp.approx
// APPROX:       tanh.approx.f32
// APPROX-NOT:   rcp.approx
// APPROX:       ex2.approx
// LIBDEVICE-LABEL: .entry {{.*}}_attention(
// LIBDEVICE-NOT:   tanh.approx
// LIBDEVICE:       rcp.approx
// LIBDEVICE-NOT:   tanh.approx

!paged = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @cap_prefill(%q: memref<?x32x128xbf16>, %qo: memref<?xi32>, %k: memref<?x16x8x128xbf16>,
                       %v: memref<?x16x8x128xbf16>, %ki: memref<?xi32>, %kx: memref<?xi32>,
                       %kl: memref<?xi32>, %o: memref<?x32x128xbf16>, %lse: memref<?x32xf32>) {
  %kv = attn.paged_kv k(%k : memref<?x16x8x128xbf16>) v(%v : memref<?x16x8x128xbf16>)
          indptr(%ki : memref<?xi32>) indices(%kx : memref<?xi32>) last_page_len(%kl : memref<?xi32>) : !paged
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qo : memref<?xi32>) kv(%kv : !paged)
      outs(%o : memref<?x32x128xbf16>, %lse : memref<?x32xf32>)
      {mask = #attn.mask<causal>, logits_soft_cap = 30.0 : f32}
  return
}

func.func @cap_decode(%q: memref<?x32x128xbf16>, %qo: memref<?xi32>, %k: memref<?x16x8x128xbf16>,
                      %v: memref<?x16x8x128xbf16>, %ki: memref<?xi32>, %kx: memref<?xi32>,
                      %kl: memref<?xi32>, %o: memref<?x32x128xbf16>, %lse: memref<?x32xf32>) {
  %kv = attn.paged_kv k(%k : memref<?x16x8x128xbf16>) v(%v : memref<?x16x8x128xbf16>)
          indptr(%ki : memref<?xi32>) indices(%kx : memref<?xi32>) last_page_len(%kl : memref<?xi32>) : !paged
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qo : memref<?xi32>) kv(%kv : !paged)
      outs(%o : memref<?x32x128xbf16>, %lse : memref<?x32xf32>)
      {mask = #attn.mask<none>, max_qo_len = 1, logits_soft_cap = 30.0 : f32}
  return
}
