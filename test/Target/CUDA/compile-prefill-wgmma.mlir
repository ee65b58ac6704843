// REQUIRES: ptxas
// The sm_90a prefill kernels on warpgroup MMAs (--prefill-mma=wgmma): ptxas accepts each
// shape of them without spills, the manifest marks them, and the PTX has the warpgroup MMAs
// with their fences and no mma.sync. On sm_80 the option is an error; auto falls back there.
// RUN: rm -rf %t && attn-compile %s --sm=90 --prefill-mma=wgmma --toolkit=%cuda_toolkit --ptxas-check --dump-ptx -o %t/w | FileCheck %s --check-prefix=SUMMARY
// RUN: FileCheck %s --check-prefix=MANIFEST --input-file=%t/w/manifest.json
// RUN: FileCheck %s --check-prefix=PTX --input-file=%t/w/wgmma_kernels.ptx
// RUN: attn-compile %s --sm=90 --prefill-mma=wgmma --tile-kv=64 --stages=3 --toolkit=%cuda_toolkit --ptxas-check -o %t/kv64 | FileCheck %s --check-prefix=SUMMARY
// RUN: FileCheck %s --check-prefix=KV64 --input-file=%t/kv64/manifest.json
// One warpgroup of 64 rows per CTA (two CTAs per SM fit: 80 KiB of shared memory):
// RUN: attn-compile %s --sm=90 --prefill-mma=wgmma --tile-q=64 --tile-kv=64 --stages=2 --toolkit=%cuda_toolkit --ptxas-check -o %t/q64 | FileCheck %s --check-prefix=Q64
// auto: mma.sync for sm_80; for sm_90a wgmma with a producer warpgroup (head_dim 128).
// RUN: attn-compile %s --sm=80,90a --prefill-mma=auto --toolkit=%cuda_toolkit --ptxas-check -o %t/multi | FileCheck %s --check-prefix=MULTI
// RUN: attn-compile %s --sm=90 --prefill-mma=wgmma --warp-specialize --toolkit=%cuda_toolkit --ptxas-check --dump-ptx -o %t/ws | FileCheck %s --check-prefix=WSSUM
// RUN: FileCheck %s --check-prefix=WS --input-file=%t/ws/wgmma_kernels.ptx
// RUN: not attn-compile %s --sm=80 --prefill-mma=wgmma -o %t/bad 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: not attn-compile %s --sm=90 --prefill-mma=hgmma -o %t/bad 2>&1 | FileCheck %s --check-prefix=BADNAME

// SUMMARY: wgmma_attention attention block=256x1x1 {{.*}} spills=0/0 stack=0
// SUMMARY: wrote 2 kernel(s) in 1 binary file(s) for sm_90a

// The warp-specialized kernel: a producer warpgroup (384 threads), its mbarrier ring in a
// static shared buffer, and the tiles in CUDA's extern __shared__ window, which starts after
// that buffer on 1024 bytes (the 128-byte swizzle reads address bits [4, 10)).
// WSSUM: wgmma_attention attention block=384x1x1 {{.*}} spills=0/0 stack=0
// WS: .extern .shared .align 1024 .b8 __dynamic_shmem__0[];
// WS-LABEL: .entry wgmma_attention(
// WS-NOT: .b8 __dynamic_shmem__0;
// WS: .shared .align 8 .b8 __mbarrier[
// WS: setmaxnreg.dec.sync.aligned.u32 40;
// WS: setmaxnreg.inc.sync.aligned.u32 232;

// MANIFEST-LABEL: "name": "wgmma_attention"
// MANIFEST:       "tile": {
// MANIFEST:         "threads": 256,
// MANIFEST:         "tile_q": 128,
// MANIFEST:         "wgmma": 1

// KV64-LABEL: "name": "wgmma_attention"
// KV64:         "stages": 3,
// KV64:         "tile_kv": 64,
// KV64:         "wgmma": 1

// PTX: .target sm_90a
// PTX-LABEL: .entry wgmma_attention(
// PTX-NOT: mma.sync
// PTX: fence.proxy.async.shared::cta;
// PTX-NEXT: wgmma.fence.sync.aligned;
// PTX: wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16
// PTX: wgmma.commit_group.sync.aligned;
// PTX-NEXT: wgmma.wait_group.sync.aligned 0;
// PTX-NOT: mma.sync
// PTX-LABEL: .entry wgmma_merge(

// Q64: wgmma_attention attention block=128x1x1 dsmem=81920 {{.*}} spills=0/0 stack=0

// MULTI: wgmma_attention attention block=128x1x1 {{.*}} spills=0/0 stack=0
// MULTI: for sm_80
// MULTI: wgmma_attention attention block=384x1x1 {{.*}} spills=0/0 stack=0
// MULTI: for sm_90a

// BAD: attn-compile: error: --prefill-mma=wgmma needs sm 90 (sm_90a), got sm 80
// BADNAME: attn-compile: error: --prefill-mma ('hgmma') must be mma-sync, wgmma or auto

!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
func.func @wgmma(%q: memref<?x32x128xbf16>, %qo: memref<?xi32>, %k: memref<?x8x128xbf16>,
                 %v: memref<?x8x128xbf16>, %ki: memref<?xi32>, %o: memref<?x32x128xbf16>,
                 %lse: memref<?x32xf32>) {
  %kv = attn.ragged_kv k(%k : memref<?x8x128xbf16>) v(%v : memref<?x8x128xbf16>)
          indptr(%ki : memref<?xi32>) : !kv
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qo : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>, %lse : memref<?x32xf32>) {mask = #attn.mask<causal>}
  return
}
