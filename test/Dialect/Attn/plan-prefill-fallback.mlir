// What attn-plan's prefill-mma, warp-specialize and pingpong ask for applies where the variant
// allows; elsewhere the kernel falls back, with a remark that says to what and why (never a
// failure).
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=wgmma warp-specialize=true pingpong=true" -verify-diagnostics -mlir-print-local-scope | FileCheck %s
// 32-row Q tiles: two warps, no warpgroup.
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=wgmma tile-q=32" -mlir-print-local-scope 2>&1 | FileCheck %s --check-prefix=TQ32
// TQ32: remark: prefill kernel on mma.sync: wgmma needs whole warpgroups with one 16-row slice per warp (tile_q 32, 64 threads)
// TQ32-NOT: wgmma = true
// The sm_90 default (auto) falls back the same way, with the same remark.
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=auto tile-q=32" -mlir-print-local-scope 2>&1 | FileCheck %s --check-prefix=TQ32
// persistent: only the producer warpgroup's kernels loop over work items; the others keep
// one CTA per work item, with the remark.
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=wgmma persistent=true" -mlir-print-local-scope 2>&1 | FileCheck %s --check-prefix=PNP
// PNP: remark: prefill kernel on one CTA per work item: a persistent CTA loops in the producer warpgroup's kernel (warp-specialize)
// PNP-NOT: persistent = true
// (One warpgroup has no ping-pong turns: the kernel is persistent without them.)
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=wgmma warp-specialize=true pingpong=true persistent=true" -mlir-print-local-scope 2>&1 | FileCheck %s --check-prefix=PPP
// PPP-LABEL: func.func @d256
// PPP: kernel_config = #attn.kernel_config<{{.*}}wgmma = true, producer = true, persistent = true>
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=wgmma warp-specialize=true persistent=true" -mlir-print-local-scope 2>&1 | FileCheck %s --check-prefix=PER
// PER: remark: prefill kernel on one CTA per work item: a persistent CTA loops in the producer warpgroup's kernel (warp-specialize)
// PER-LABEL: func.func @d256
// PER: kernel_config = #attn.kernel_config<{{.*}}wgmma = true, producer = true, persistent = true>

// RoPE of K in the loop: wgmma, without the producer warpgroup.
// CHECK-LABEL: func.func @rope
// CHECK: kernel_config = #attn.kernel_config<{{.*}}wgmma = true>
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @rope(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>) {
  // expected-remark @+1 {{prefill kernel on the CTA-wide loop (no producer warpgroup): RoPE of K in the loop runs on every thread between the copy and the MMAs}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>, rope = #attn.rope<llama, rotary_dim = 128>}
  return
}

// -----

// head_dim 256: one consumer warpgroup, nobody to take turns with.
// CHECK-LABEL: func.func @d256
// CHECK: kernel_config = #attn.kernel_config<{{.*}}wgmma = true, producer = true>
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 4, head_dim = 256, element_type = f16>
func.func @d256(%q: memref<?x32x256xf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x256xf16>) {
  // expected-remark @+1 {{prefill kernel on one warpgroup's turns: ping-pong needs two consumer warpgroups, the kernel has 1}}
  attn.attention q(%q : memref<?x32x256xf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x256xf16>) {mask = #attn.mask<causal>}
  return
}

// -----

// A decode step on the tensor-core kernel is one 16-row warp, not a warpgroup kernel: no remark.
// CHECK-LABEL: func.func @decode_step
// CHECK-NOT: wgmma
// CHECK: return
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @decode_step(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>) {
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<none>, max_qo_len = 1}
  return
}
