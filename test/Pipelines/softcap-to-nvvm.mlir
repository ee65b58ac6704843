// RUN: attn-opt %s -attn-to-nvvm="sm=90" | FileCheck %s --check-prefix=APPROX
// RUN: attn-opt %s -attn-to-nvvm="sm=90 approx-tanh=false" | FileCheck %s --check-prefix=LIBDEVICE

// The attn-to-nvvm pipeline's default for the logits soft-cap: attn-approx-tanh turns each
// score's tanh into LLVM's tanh with afn (tanh.approx.f32 in NVPTX); with approx-tanh=false
// convert-gpu-to-nvvm calls libdevice's tanhf instead.
// APPROX-NOT:     @__nv_tanhf
// APPROX-LABEL: llvm.func @cap_decode_attention
// APPROX:         llvm.intr.tanh({{.*}}) {fastmathFlags = #llvm.fastmath<afn>} : (f32) -> f32
// APPROX-NOT:     @__nv_tanhf
// LIBDEVICE-LABEL: llvm.func @cap_decode_attention
// LIBDEVICE-NOT:   llvm.intr.tanh
// LIBDEVICE:       llvm.call @__nv_tanhf

!paged = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
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
