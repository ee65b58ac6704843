// REQUIRES: ptxas
// The default schedule (--prefill-mma=auto, --auto-persistent) makes the kernels whose K/V the
// producer warpgroup loads by TMA persistent (one CTA per SM over the (KV head, work item)
// pairs, tile.persistent in the manifest) and overlapped, whatever the mask and GQA group:
// ragged K/V, and paged caches of 16-key pages (three K/V stages). A paged cache of 8-key pages
// (cp.async) keeps one CTA per work item and the serial loop of its GQA group.
// --auto-persistent=false keeps one CTA per item everywhere. ptxas takes all of them with no
// spills. The overlapped kernels write their rows through the last tile's K stage: the
// fragments into shared memory, named barrier 14, eight 16-byte pieces a thread out, the proxy
// fence before the stage goes back to the TMA producer; the 8-key paged kernel keeps its
// direct stores.
// RUN: rm -rf %t && attn-compile %s --sm=90 --toolkit=%cuda_toolkit --ptxas-check --dump-ptx -o %t/auto | FileCheck %s --check-prefix=SUMMARY
// RUN: FileCheck %s --check-prefix=AUTO --input-file=%t/auto/manifest.json
// RUN: FileCheck %s --check-prefix=STAGED --input-file=%t/auto/full_kernels.ptx
// RUN: FileCheck %s --check-prefix=STAGED --input-file=%t/auto/gqa_kernels.ptx
// RUN: FileCheck %s --check-prefix=STAGED --input-file=%t/auto/paged_kernels.ptx
// RUN: not grep -q "bar.sync.*14, 256" %t/auto/paged8_kernels.ptx
// RUN: attn-compile %s --sm=90 --auto-persistent=false --toolkit=%cuda_toolkit --ptxas-check -o %t/off | FileCheck %s --check-prefix=SUMMARY
// With --pingpong the persistent overlapped kernels take turns too (named barriers 1 and 2),
// still without spills.
// RUN: attn-compile %s --sm=90 --pingpong --toolkit=%cuda_toolkit --ptxas-check --dump-ptx -o %t/pp | FileCheck %s --check-prefix=SUMMARY
// RUN: FileCheck %s --check-prefix=PPAUTO --input-file=%t/pp/manifest.json
// RUN: grep -q "bar.arrive 1, 256" %t/pp/full_kernels.ptx
// RUN: FileCheck %s --check-prefix=OFF --input-file=%t/off/manifest.json

// SUMMARY-DAG: full_attention attention block=384x1x1 {{.*}} spills=0/0 stack=0
// SUMMARY-DAG: gqa_attention attention block=384x1x1 {{.*}} spills=0/0 stack=0
// SUMMARY-DAG: paged_attention attention block=384x1x1 {{.*}} spills=0/0 stack=0
// SUMMARY-DAG: paged8_attention attention block=384x1x1 {{.*}} spills=0/0 stack=0

// AUTO:      "name": "full_attention"
// AUTO:      "tile": {
// AUTO:        "overlap": 1,
// AUTO:        "persistent": 1,
// AUTO:        "tma": 1,
// AUTO:      "name": "gqa_attention"
// AUTO:      "tile": {
// AUTO:        "overlap": 1,
// AUTO:        "persistent": 1,
// AUTO:        "tma": 1,
// AUTO:      "name": "paged_attention"
// AUTO:      "tile": {
// AUTO:        "overlap": 1,
// AUTO:        "persistent": 1,
// AUTO:        "stages": 3,
// AUTO:        "tma": 1,
// AUTO:      "name": "paged8_attention"
// AUTO:      "tile": {
// AUTO-NOT:    "overlap"
// AUTO-NOT:    "persistent"
// AUTO-NOT:    "tma"
// AUTO:      "variant"

// OFF-NOT: "persistent"

// PPAUTO:      "name": "full_attention"
// PPAUTO:      "tile": {
// PPAUTO:        "overlap": 1,
// PPAUTO:        "persistent": 1,
// PPAUTO:        "pingpong": 1,

// STAGED:       st.shared.b32
// STAGED:       bar.sync 14, 256;
// STAGED-COUNT-8: ld.shared.v4.b32
// STAGED:       st.global.v4.b32
// STAGED:       fence.proxy.async.shared::cta;
// STAGED:       mbarrier.arrive.shared.b64

!mha = !attn.ragged_kv<num_heads = 32, head_dim = 128, element_type = bf16>
func.func @full(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %k: memref<?x32x128xbf16>,
                %v: memref<?x32x128xbf16>, %ki: memref<?xi32>, %o: memref<?x32x128xbf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x32x128xbf16>) v(%v : memref<?x32x128xbf16>) indptr(%ki : memref<?xi32>) : !mha
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !mha)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<none>}
  return
}

!gqa = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
func.func @gqa(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %k: memref<?x8x128xbf16>,
               %v: memref<?x8x128xbf16>, %ki: memref<?xi32>, %o: memref<?x32x128xbf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x8x128xbf16>) v(%v : memref<?x8x128xbf16>) indptr(%ki : memref<?xi32>) : !gqa
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !gqa)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>}
  return
}

!paged = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @paged(%q: memref<?x32x128xbf16>, %qo: memref<?xi32>, %k: memref<?x16x8x128xbf16>,
                 %v: memref<?x16x8x128xbf16>, %ki: memref<?xi32>, %kx: memref<?xi32>,
                 %kl: memref<?xi32>, %o: memref<?x32x128xbf16>) {
  %kv = attn.paged_kv k(%k : memref<?x16x8x128xbf16>) v(%v : memref<?x16x8x128xbf16>)
          indptr(%ki : memref<?xi32>) indices(%kx : memref<?xi32>) last_page_len(%kl : memref<?xi32>) : !paged
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qo : memref<?xi32>) kv(%kv : !paged)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>}
  return
}

!paged8 = !attn.paged_kv<page_size = 8, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @paged8(%q: memref<?x32x128xbf16>, %qo: memref<?xi32>, %k: memref<?x8x8x128xbf16>,
                  %v: memref<?x8x8x128xbf16>, %ki: memref<?xi32>, %kx: memref<?xi32>,
                  %kl: memref<?xi32>, %o: memref<?x32x128xbf16>) {
  %kv = attn.paged_kv k(%k : memref<?x8x8x128xbf16>) v(%v : memref<?x8x8x128xbf16>)
          indptr(%ki : memref<?xi32>) indices(%kx : memref<?xi32>) last_page_len(%kl : memref<?xi32>) : !paged8
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qo : memref<?xi32>) kv(%kv : !paged8)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>}
  return
}
