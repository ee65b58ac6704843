// REQUIRES: ptxas
// The default schedule (--prefill-mma=auto) overlaps softmax with the MMAs (as --overlap) in
// the kernels whose K/V goes by TMA where that was measured faster: a causal mask (or sliding
// window), head_dim 128, one query head per KV head. A GQA group keeps the serial loop;
// --auto-overlap=false keeps it everywhere. ptxas takes both with no spills. (Without the
// persistent kernels, which overlap wherever they apply: compile-prefill-auto-persistent.mlir.)
// RUN: rm -rf %t && attn-compile %s --sm=90 --auto-persistent=false --toolkit=%cuda_toolkit --ptxas-check -o %t/auto | FileCheck %s --check-prefix=SUMMARY
// RUN: FileCheck %s --check-prefix=AUTO --input-file=%t/auto/manifest.json
// RUN: attn-compile %s --sm=90 --auto-overlap=false --auto-persistent=false --toolkit=%cuda_toolkit --ptxas-check -o %t/off | FileCheck %s --check-prefix=SUMMARY
// RUN: FileCheck %s --check-prefix=OFF --input-file=%t/off/manifest.json

// SUMMARY: gqa_attention attention block=384x1x1 {{.*}} spills=0/0 stack=0
// SUMMARY: mha_attention attention block=384x1x1 {{.*}} spills=0/0 stack=0

// AUTO:      "name": "gqa_attention"
// AUTO:      "tile": {
// AUTO-NOT:    "overlap"
// AUTO:        "tma": 1,
// AUTO:      "name": "mha_attention"
// AUTO:      "tile": {
// AUTO:        "overlap": 1,
// AUTO-NEXT:   "producer": 1,
// AUTO:        "tma": 1,

// OFF-NOT: "overlap"

!gqa = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
func.func @gqa(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %k: memref<?x8x128xbf16>,
               %v: memref<?x8x128xbf16>, %ki: memref<?xi32>, %o: memref<?x32x128xbf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x8x128xbf16>) v(%v : memref<?x8x128xbf16>) indptr(%ki : memref<?xi32>) : !gqa
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !gqa)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>}
  return
}

!mha = !attn.ragged_kv<num_heads = 32, head_dim = 128, element_type = bf16>
func.func @mha(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %k: memref<?x32x128xbf16>,
               %v: memref<?x32x128xbf16>, %ki: memref<?xi32>, %o: memref<?x32x128xbf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x32x128xbf16>) v(%v : memref<?x32x128xbf16>) indptr(%ki : memref<?xi32>) : !mha
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !mha)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal, window_left = 1024>}
  return
}
