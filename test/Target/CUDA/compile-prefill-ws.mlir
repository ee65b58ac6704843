// REQUIRES: ptxas
// Warp-specialized sm_90a prefill kernels (--prefill-mma=wgmma --warp-specialize): a producer
// warpgroup after the two consumer warpgroups (384 threads, launched at the 168-register cap
// that fits them), register budgets moved by setmaxnreg, a ring of mbarriers in place of the
// loop's CTA barriers. ptxas takes them with no spills; a variant with RoPE of K keeps the
// 256-thread kernel.
// RUN: rm -rf %t && attn-compile %s --sm=90 --prefill-mma=wgmma --warp-specialize --toolkit=%cuda_toolkit --ptxas-check --dump-ptx -o %t/w | FileCheck %s --check-prefix=SUMMARY
// RUN: FileCheck %s --check-prefix=MANIFEST --input-file=%t/w/manifest.json
// RUN: FileCheck %s --check-prefix=PTX --input-file=%t/w/ws_kernels.ptx
// RUN: sed -n '/entry ws_attention(/,/entry ws_merge(/p' %t/w/ws_kernels.ptx | grep -c bar.sync | FileCheck %s --check-prefix=ONEBAR
// The module's f32 denormals are flushed (attn-flush-denormals takes warpgroup-MMA modules as
// tensor-core modules): every exponential is one ex2.approx.ftz.f32, without the IEEE
// expansion ptxas puts around ex2.approx.f32.
// RUN: grep -q "ex2.approx.ftz.f32" %t/w/ws_kernels.ptx
// RUN: not grep "ex2.approx.f32" %t/w/ws_kernels.ptx
// Three stages of 64-key tiles: three full and three free barriers.
// RUN: attn-compile %s --sm=90 --prefill-mma=wgmma --warp-specialize --tile-kv=64 --stages=3 --toolkit=%cuda_toolkit --ptxas-check --dump-ptx -o %t/s3 | FileCheck %s --check-prefix=SUMMARY
// RUN: FileCheck %s --check-prefix=S3 --input-file=%t/s3/ws_kernels.ptx
// Ping-pong: the consumer warpgroups take turns at named barriers 1 and 2.
// RUN: attn-compile %s --sm=90 --prefill-mma=wgmma --warp-specialize --pingpong --toolkit=%cuda_toolkit --ptxas-check --dump-ptx -o %t/pp | FileCheck %s --check-prefix=SUMMARY
// RUN: FileCheck %s --check-prefix=PP --input-file=%t/pp/ws_kernels.ptx
// RUN: FileCheck %s --check-prefix=PPMANIFEST --input-file=%t/pp/manifest.json
// Without wgmma the option changes nothing.
// RUN: attn-compile %s --sm=90 --prefill-mma=mma-sync --warp-specialize --toolkit=%cuda_toolkit --ptxas-check -o %t/sync | FileCheck %s --check-prefix=SYNC

// SUMMARY: ws_attention attention block=384x1x1 {{.*}} regs=168 {{.*}} spills=0/0 stack=0
// SUMMARY: ws_rope_attention attention block=256x1x1 {{.*}} spills=0/0 stack=0

// MANIFEST:       "block": [
// MANIFEST-NEXT:    384,
// MANIFEST:       "name": "ws_attention"
// MANIFEST:       "tile": {
// MANIFEST:         "producer": 1,
// MANIFEST:         "threads": 384,
// MANIFEST:         "wgmma": 1
// MANIFEST:       "name": "ws_merge"
// MANIFEST:       "name": "ws_rope_attention"
// MANIFEST-NOT:   "producer"
// MANIFEST:         "threads": 256,

// The Q tile and the ring's initialization meet at the one CTA barrier; then each side sets
// its budget and loops on the mbarriers alone.
// PTX-LABEL: .entry ws_attention(
// PTX:       mbarrier.init.shared.b64
// PTX:       bar.sync 0;
// PTX:       setmaxnreg.dec.sync.aligned.u32 40;
// PTX-DAG:   mbarrier.try_wait.parity.shared.b64
// PTX-DAG:   cp.async.mbarrier.arrive.noinc.shared.b64
// PTX-DAG:   setmaxnreg.inc.sync.aligned.u32 232;
// PTX-DAG:   wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16
// PTX-DAG:   mbarrier.arrive.shared.b64
// PTX-LABEL: .entry ws_merge(
// ONEBAR: {{^}}1{{$}}

// S3-LABEL: .entry ws_attention(
// S3:       .shared .align 8 .b8 __mbarrier[48];

// PP-LABEL: .entry ws_attention(
// PP-DAG:    bar.arrive 1, 256;
// PP-DAG:    bar.sync %r{{[0-9]+}}, 256;
// PP-DAG:    bar.arrive %r{{[0-9]+}}, 256;
// PP-LABEL: .entry ws_merge(
// PPMANIFEST: "pingpong": 1,
// PPMANIFEST: "producer": 1,

// SYNC: ws_attention attention block=128x1x1 {{.*}} spills=0/0 stack=0
// SYNC: ws_rope_attention attention block=256x1x1

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @ws(%q: memref<?x32x128xbf16>, %qo: memref<?xi32>, %k: memref<?x16x8x128xbf16>,
              %v: memref<?x16x8x128xbf16>, %ki: memref<?xi32>, %kx: memref<?xi32>,
              %kl: memref<?xi32>, %o: memref<?x32x128xbf16>, %lse: memref<?x32xf32>) {
  %kv = attn.paged_kv k(%k : memref<?x16x8x128xbf16>) v(%v : memref<?x16x8x128xbf16>)
          indptr(%ki : memref<?xi32>) indices(%kx : memref<?xi32>) last_page_len(%kl : memref<?xi32>) : !kv
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qo : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>, %lse : memref<?x32xf32>) {mask = #attn.mask<causal>}
  return
}
func.func @ws_rope(%q: memref<?x32x128xbf16>, %qo: memref<?xi32>, %k: memref<?x16x8x128xbf16>,
                   %v: memref<?x16x8x128xbf16>, %ki: memref<?xi32>, %kx: memref<?xi32>,
                   %kl: memref<?xi32>, %o: memref<?x32x128xbf16>) {
  %kv = attn.paged_kv k(%k : memref<?x16x8x128xbf16>) v(%v : memref<?x16x8x128xbf16>)
          indptr(%ki : memref<?xi32>) indices(%kx : memref<?xi32>) last_page_len(%kl : memref<?xi32>) : !kv
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qo : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>, rope = #attn.rope<llama, rotary_dim = 128>}
  return
}
