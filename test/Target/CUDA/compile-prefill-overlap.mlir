// REQUIRES: ptxas
// Warp-specialized sm_90a prefill kernels with FA3's intra-warpgroup pipelining (--overlap):
// in the consumers' loop, the S MMAs of tile t + 1 and the P V MMAs of tile t are committed
// as two wgmma groups without a wait, wait_group 1 retires S before the softmax, wait_group 0
// retires O (and frees P's registers) after it. ptxas takes a paged and a ragged causal
// head_dim 128 kernel with no spills and without serializing the MMAs (--ptxas-check fails on
// either); without --overlap the kernels stay as they were.
// RUN: rm -rf %t && attn-compile %s --sm=90 --prefill-mma=wgmma --warp-specialize --overlap --toolkit=%cuda_toolkit --ptxas-check --dump-ptx -o %t/o 2>&1 | FileCheck %s --check-prefix=SUMMARY
// RUN: FileCheck %s --check-prefix=PTX --input-file=%t/o/ov_paged_kernels.ptx
// RUN: FileCheck %s --check-prefix=RAGGED --input-file=%t/o/ov_ragged_kernels.ptx
// RUN: FileCheck %s --check-prefix=MANIFEST --input-file=%t/o/manifest.json
// RUN: attn-compile %s --sm=90 --prefill-mma=wgmma --warp-specialize --toolkit=%cuda_toolkit --ptxas-check -o %t/plain 2>&1 | FileCheck %s --check-prefix=PLAIN
// RUN: FileCheck %s --check-prefix=PLAINMANIFEST --input-file=%t/plain/manifest.json

// SUMMARY-NOT: ptxas on
// SUMMARY: ov_paged_attention attention block=384x1x1 {{.*}} spills=0/0 stack=0
// SUMMARY: ov_ragged_attention attention block=384x1x1 {{.*}} spills=0/0 stack=0
// SUMMARY-NOT: ptxas on

// Prologue: tile 0's S with its wait; the loop: two groups in flight, then the waits; the
// epilogue: the last P V with its wait.
// PTX-LABEL: .entry ov_paged_attention(
// PTX:       setmaxnreg.inc.sync.aligned.u32 232;
// PTX:       wgmma.commit_group.sync.aligned;
// PTX-NEXT:  wgmma.wait_group.sync.aligned 0;
// PTX:       mbarrier.try_wait.parity.shared.b64
// PTX-COUNT-8: wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16
// PTX:       wgmma.commit_group.sync.aligned;
// PTX-NOT:   wgmma.wait_group
// PTX-COUNT-8: wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16
// PTX:       wgmma.commit_group.sync.aligned;
// PTX-NOT:   wgmma.mma_async
// PTX:       wgmma.wait_group.sync.aligned 1;
// PTX-NOT:   wgmma.mma_async
// PTX:       wgmma.wait_group.sync.aligned 0;
// PTX:       mbarrier.arrive.shared.b64
// PTX:       wgmma.commit_group.sync.aligned;
// PTX-NEXT:  wgmma.wait_group.sync.aligned 0;
// PTX-LABEL: .entry ov_paged_merge(
// RAGGED-LABEL: .entry ov_ragged_attention(
// RAGGED:       wgmma.commit_group.sync.aligned;
// RAGGED-NEXT:  wgmma.wait_group.sync.aligned 0;
// RAGGED:       wgmma.commit_group.sync.aligned;
// RAGGED-NOT:   wgmma.wait_group
// RAGGED-COUNT-8: wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16
// RAGGED:       wgmma.commit_group.sync.aligned;
// RAGGED-NOT:   wgmma.mma_async
// RAGGED:       wgmma.wait_group.sync.aligned 1;
// RAGGED:       wgmma.wait_group.sync.aligned 0;

// MANIFEST:       "name": "ov_paged_attention"
// MANIFEST:       "tile": {
// MANIFEST:         "overlap": 1,
// MANIFEST:         "producer": 1,
// MANIFEST:       "name": "ov_ragged_attention"
// MANIFEST:         "overlap": 1,

// PLAIN: ov_paged_attention attention block=384x1x1 {{.*}} spills=0/0 stack=0
// PLAINMANIFEST-NOT: overlap

!paged = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @ov_paged(%q: memref<?x32x128xbf16>, %qo: memref<?xi32>, %k: memref<?x16x8x128xbf16>,
                    %v: memref<?x16x8x128xbf16>, %ki: memref<?xi32>, %kx: memref<?xi32>,
                    %kl: memref<?xi32>, %o: memref<?x32x128xbf16>, %lse: memref<?x32xf32>) {
  %kv = attn.paged_kv k(%k : memref<?x16x8x128xbf16>) v(%v : memref<?x16x8x128xbf16>)
          indptr(%ki : memref<?xi32>) indices(%kx : memref<?xi32>) last_page_len(%kl : memref<?xi32>) : !paged
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qo : memref<?xi32>) kv(%kv : !paged)
      outs(%o : memref<?x32x128xbf16>, %lse : memref<?x32xf32>) {mask = #attn.mask<causal>}
  return
}

!ragged = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
func.func @ov_ragged(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %k: memref<?x8x128xbf16>,
                     %v: memref<?x8x128xbf16>, %ki: memref<?xi32>, %o: memref<?x32x128xbf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x8x128xbf16>) v(%v : memref<?x8x128xbf16>) indptr(%ki : memref<?xi32>) : !ragged
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !ragged)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>}
  return
}
