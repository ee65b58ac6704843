// RUN: attn-opt %s -pass-pipeline="builtin.module(attn-plan{prefill-mma=wgmma},attn-outline,gpu.module(attn-tile,attn-lower-tiles,canonicalize,cse))" | FileCheck %s

// The prefill tile ops in #attn.prefill_layout with wgmma (sm_90a): a causal paged prefill
// with fused RoPE, head_dim 128, two warpgroups of 64 rows. Q, K and V are staged in the
// 128-byte swizzle layout (K and V by attn.copy_kv_tile with swizzle128, Q by cp.async into
// its column blocks); S = Q K^T takes Q and K through shared-memory matrix descriptors (eight
// m64n64k16 steps over head_dim 128), O += P V takes P from registers and V N-major (four
// m64n128k16 steps over 64 keys). The proxy fence and wgmma.fence come before the first MMA,
// commit and wait 0 after the last; no ldmatrix or mma.sync is left.
// CHECK-LABEL: gpu.func @prefill_bf16_q32kv8_d128_p16_nhd_causal_rope_lse_attention
// CHECK-SAME: nvvm.maxnreg = 255
// CHECK-NOT: nvgpu.ldmatrix
// CHECK-NOT: attn.mma
// CHECK: attn.copy_kv_tile {{.*}}swizzle, swizzle128
// CHECK: memref.extract_aligned_pointer_as_index
// CHECK: llvm.inline_asm has_side_effects "fence.proxy.async.shared::cta;\0A\09wgmma.fence.sync.aligned;"
// CHECK-COUNT-8: wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, {{.*}}}, $32, $33, p, 1, 1, 0, 0;
// CHECK: "wgmma.commit_group.sync.aligned;\0A\09wgmma.wait_group.sync.aligned 0;"
// CHECK: "fence.proxy.async.shared::cta;\0A\09wgmma.fence.sync.aligned;"
// CHECK-COUNT-4: wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, {{.*}}}, {$64, $65, $66, $67}, $68, p, 1, 1, 1;
// CHECK: "wgmma.commit_group.sync.aligned;\0A\09wgmma.wait_group.sync.aligned 0;"
// CHECK-NOT: nvgpu.ldmatrix
// CHECK-NOT: attn.mma
// CHECK: gpu.return
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @prefill_bf16_q32kv8_d128_p16_nhd_causal_rope_lse(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kp: memref<?x16x8x128xbf16>, %vp: memref<?x16x8x128xbf16>, %ip: memref<?xi32>, %ix: memref<?xi32>, %lp: memref<?xi32>, %o: memref<?x32x128xbf16>, %lse: memref<?x32xf32>) {
  %kv = attn.paged_kv k(%kp : memref<?x16x8x128xbf16>) v(%vp : memref<?x16x8x128xbf16>) indptr(%ip : memref<?xi32>) indices(%ix : memref<?xi32>) last_page_len(%lp : memref<?xi32>) : !kv
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv) outs(%o : memref<?x32x128xbf16>, %lse : memref<?x32xf32>) {mask = #attn.mask<causal>, rope = #attn.rope<llama, rotary_dim = 128, theta = 500000.0>}
  return
}
