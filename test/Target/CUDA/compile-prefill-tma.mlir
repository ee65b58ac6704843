// REQUIRES: ptxas
// TMA loads of K/V in the warp-specialized sm_90a prefill kernels (--tma): the tensor
// maps are 128-byte by-value kernel parameters after k and v (or k_cache and v_cache) (CUDA's __grid_constant__
// CUtensorMap), whose generic addresses (cvta.param) the bulk tensor copies take; one thread
// arms the stage's full barrier with the tile's bytes and issues head_dim / 64 boxes per
// tensor; the tile at the end of the keys keeps cp.async with net-zero arrivals, a named
// barrier over the producer warpgroup and one plain arrival. ptxas takes every variant with
// no spills, and the manifest names the parameters' kind.
// RUN: rm -rf %t && attn-compile %s --sm=90 --prefill-mma=auto --warp-specialize --tma --auto-persistent=false --toolkit=%cuda_toolkit --ptxas-check --dump-ptx -o %t/t | FileCheck %s --check-prefix=SUMMARY
// RUN: FileCheck %s --check-prefix=MANIFEST --input-file=%t/t/manifest.json
// RUN: sed -n '/entry causal_attention(/,/entry causal_merge(/p' %t/t/causal_kernels.ptx | FileCheck %s --check-prefix=PTX
// RUN: sed -n '/entry d64_attention(/,/entry d64_merge(/p' %t/t/d64_kernels.ptx | FileCheck %s --check-prefix=D64
// RUN: sed -n '/entry p16_attention(/,/entry p16_merge(/p' %t/t/p16_kernels.ptx | FileCheck %s --check-prefix=P16
// RUN: sed -n '/entry p64hnd_attention(/,/entry p64hnd_merge(/p' %t/t/p64hnd_kernels.ptx | FileCheck %s --check-prefix=P64
// 64-key tiles in three stages: boxes of 64 rows.
// RUN: attn-compile %s --sm=90 --prefill-mma=auto --warp-specialize --tma --tile-kv=64 --stages=3 --toolkit=%cuda_toolkit --ptxas-check --dump-ptx -o %t/k64 | FileCheck %s --check-prefix=SUMMARY
// RUN: sed -n '/entry causal_attention(/,/entry causal_merge(/p' %t/k64/causal_kernels.ptx | FileCheck %s --check-prefix=K64
// The default schedule (--prefill-mma=auto) takes TMA for ragged K/V and paged caches of
// 16-key pages or larger under its producer warpgroup (head_dim 128), and keeps cp.async at
// head_dim 64.
// RUN: attn-compile %s --sm=90 --toolkit=%cuda_toolkit --dump-ptx -o %t/auto > /dev/null
// RUN: grep -q "cp.async.bulk.tensor.2d" %t/auto/causal_kernels.ptx
// RUN: grep -q "cp.async.bulk.tensor.3d" %t/auto/p16_kernels.ptx
// RUN: grep -q "cp.async.bulk.tensor.4d" %t/auto/p64hnd_kernels.ptx
// RUN: not grep -q "cp.async.bulk.tensor" %t/auto/d64_kernels.ptx
// RUN: grep -c '"kind": "tmap"' %t/auto/manifest.json | FileCheck %s --check-prefix=AUTO
// AUTO: 6
// Persistent CTAs (--persistent; TMA from the default for the ragged kernels): ptxas takes
// every variant with no spills; the consumers meet at named barrier 13 around each Q tile.
// RUN: attn-compile %s --sm=90 --prefill-mma=auto --warp-specialize --persistent --toolkit=%cuda_toolkit --ptxas-check --dump-ptx -o %t/pers | FileCheck %s --check-prefix=SUMMARY
// RUN: grep -c '"persistent": 1' %t/pers/manifest.json | FileCheck %s --check-prefix=PERS
// PERS: 4
// RUN: grep -c "bar.sync 	13, 256;" %t/pers/causal_kernels.ptx | FileCheck %s --check-prefix=PERSBAR
// PERSBAR: 2
// And with the intra-warpgroup overlap on top: no spills either.
// RUN: attn-compile %s --sm=90 --prefill-mma=auto --warp-specialize --persistent --overlap --toolkit=%cuda_toolkit --ptxas-check -o %t/perso | FileCheck %s --check-prefix=SUMMARY
// With --auto-tma=false the kernels take no tensor map.
// RUN: attn-compile %s --sm=90 --prefill-mma=auto --auto-tma=false --toolkit=%cuda_toolkit --dump-ptx -o %t/off > /dev/null
// RUN: not grep -q "cp.async.bulk.tensor" %t/off/causal_kernels.ptx
// RUN: not grep -q "tmap" %t/off/manifest.json

// SUMMARY: causal_attention attention block=384x1x1 {{.*}} spills=0/0 stack=0
// SUMMARY: d64_attention attention block={{[0-9]+}}x1x1 {{.*}} spills=0/0 stack=0
// SUMMARY: p16_attention attention block=384x1x1 {{.*}} spills=0/0 stack=0
// SUMMARY: p64hnd_attention attention block=384x1x1 {{.*}} spills=0/0 stack=0

// MANIFEST:      "name": "causal_attention",
// MANIFEST-NEXT: "params": [
// MANIFEST:        "name": "v"
// MANIFEST-NEXT:   },
// MANIFEST-NEXT:   {
// MANIFEST-NEXT:     "kind": "tmap",
// MANIFEST-NEXT:     "name": "k_tmap"
// MANIFEST-NEXT:   },
// MANIFEST-NEXT:   {
// MANIFEST-NEXT:     "kind": "tmap",
// MANIFEST-NEXT:     "name": "v_tmap"
// MANIFEST:      "tile": {
// MANIFEST:        "tma": 1,

// PTX:      .param .u64 .ptr .align 1 causal_attention_param_3,
// PTX-NEXT: .param .align 64 .b8 causal_attention_param_4[128],
// PTX-NEXT: .param .align 64 .b8 causal_attention_param_5[128],
// PTX-DAG:  mov.b64 %[[KP:rd[0-9]+]], causal_attention_param_4;
// PTX-DAG:  cvta.param.u64 %[[KMAP:rd[0-9]+]], %[[KP]];
// PTX-DAG:  mov.b64 %[[VP:rd[0-9]+]], causal_attention_param_5;
// PTX-DAG:  cvta.param.u64 %[[VMAP:rd[0-9]+]], %[[VP]];
// PTX:      setmaxnreg.dec.sync.aligned.u32 40;
// PTX:      cp.async.mbarrier.arrive.shared.b64 [%[[BAR:r[0-9]+]]];
// PTX-NEXT: bar.sync 15, 128;
// PTX:      mbarrier.arrive.shared.b64 %{{.*}}, [%[[BAR]]];
// PTX:      mbarrier.arrive.expect_tx.shared.b64 %{{.*}}, [%[[BAR]]], %[[BYTES:r[0-9]+]];
// PTX-COUNT-2: cp.async.bulk.tensor.2d.shared::cluster.global.tile.mbarrier::complete_tx::bytes [%r{{[0-9]+}}], [%[[KMAP]], {%r{{[0-9]+}}, %[[ROW:r[0-9]+]]}], [%[[BAR]]];
// PTX-COUNT-2: cp.async.bulk.tensor.2d.shared::cluster.global.tile.mbarrier::complete_tx::bytes [%r{{[0-9]+}}], [%[[VMAP]], {%r{{[0-9]+}}, %[[ROW]]}], [%[[BAR]]];
// PTX-NOT:  cp.async.bulk.tensor
// PTX:      setmaxnreg.inc.sync.aligned.u32

// head_dim 64: one box per tensor.
// D64:      mbarrier.arrive.expect_tx.shared.b64
// D64-COUNT-2: cp.async.bulk.tensor.2d
// D64-NOT:  cp.async.bulk.tensor

// A paged cache of 16-key pages (NHD): 3-D boxes (column, slot, page) of 16 rows, issued by
// up to 8 lanes, the barrier armed by lane 0 under a predicate.
// P16:      .param .u64 .ptr .align 1 p16_attention_param_3,
// P16-NEXT: .param .align 64 .b8 p16_attention_param_4[128],
// P16-NEXT: .param .align 64 .b8 p16_attention_param_5[128],
// P16:      @%p{{[0-9]+}} mbarrier.arrive.expect_tx.shared.b64 _, [%r{{[0-9]+}}], 65536;
// P16-COUNT-4: cp.async.bulk.tensor.3d.shared::cluster.global.tile.mbarrier::complete_tx::bytes
// P16-NOT:  cp.async.bulk.tensor
// 64-key pages in HND: 4-D boxes (column, slot, head, page) of a whole page.
// P64:      mbarrier.arrive.expect_tx.shared.b64
// P64-COUNT-4: cp.async.bulk.tensor.4d.shared::cluster.global.tile.mbarrier::complete_tx::bytes
// P64-NOT:  cp.async.bulk.tensor

// K64:      mbarrier.arrive.expect_tx.shared.b64
// K64-COUNT-4: cp.async.bulk.tensor.2d
// K64-NOT:  cp.async.bulk.tensor

!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
func.func @causal(%q: memref<?x32x128xbf16>, %qo: memref<?xi32>, %k: memref<?x8x128xbf16>,
                  %v: memref<?x8x128xbf16>, %ki: memref<?xi32>, %o: memref<?x32x128xbf16>,
                  %lse: memref<?x32xf32>) {
  %kv = attn.ragged_kv k(%k : memref<?x8x128xbf16>) v(%v : memref<?x8x128xbf16>)
          indptr(%ki : memref<?xi32>) : !kv
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qo : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>, %lse : memref<?x32xf32>) {mask = #attn.mask<causal>}
  return
}
!kv64 = !attn.ragged_kv<num_heads = 8, head_dim = 64, element_type = f16>
func.func @d64(%q: memref<?x32x64xf16>, %qo: memref<?xi32>, %k: memref<?x8x64xf16>,
               %v: memref<?x8x64xf16>, %ki: memref<?xi32>, %o: memref<?x32x64xf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x8x64xf16>) v(%v : memref<?x8x64xf16>)
          indptr(%ki : memref<?xi32>) : !kv64
  attn.attention q(%q : memref<?x32x64xf16>) qo_indptr(%qo : memref<?xi32>) kv(%kv : !kv64)
      outs(%o : memref<?x32x64xf16>) {mask = #attn.mask<none>}
  return
}
!p16 = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @p16(%q: memref<?x32x128xbf16>, %qo: memref<?xi32>, %k: memref<?x16x8x128xbf16>,
               %v: memref<?x16x8x128xbf16>, %ki: memref<?xi32>, %kx: memref<?xi32>,
               %kl: memref<?xi32>, %o: memref<?x32x128xbf16>) {
  %kv = attn.paged_kv k(%k : memref<?x16x8x128xbf16>) v(%v : memref<?x16x8x128xbf16>)
          indptr(%ki : memref<?xi32>) indices(%kx : memref<?xi32>) last_page_len(%kl : memref<?xi32>) : !p16
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qo : memref<?xi32>) kv(%kv : !p16)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>}
  return
}
!p64 = !attn.paged_kv<page_size = 64, layout = hnd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @p64hnd(%q: memref<?x32x128xbf16>, %qo: memref<?xi32>, %k: memref<?x8x64x128xbf16>,
                  %v: memref<?x8x64x128xbf16>, %ki: memref<?xi32>, %kx: memref<?xi32>,
                  %kl: memref<?xi32>, %o: memref<?x32x128xbf16>) {
  %kv = attn.paged_kv k(%k : memref<?x8x64x128xbf16>) v(%v : memref<?x8x64x128xbf16>)
          indptr(%ki : memref<?xi32>) indices(%kx : memref<?xi32>) last_page_len(%kl : memref<?xi32>) : !p64
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qo : memref<?xi32>) kv(%kv : !p64)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal, window_left = 1000>}
  return
}
