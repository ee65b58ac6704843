// The attn-to-nvvm pipeline (and attn-to-cubin, attn-compile, which run it) plans with
// require-all: an op the plan cannot take fails there, with the plan's reason as the error,
// instead of a remark followed by attn-outline's "must be planned" error.
// RUN: not attn-opt %s -attn-to-nvvm="sm=90 prefill-mma=wgmma tile-q=192 tile-kv=128" 2>&1 | FileCheck %s
// CHECK-NOT: remark
// CHECK: error: 'attn.attention' op cannot be planned: tile_kv (128) and tile_q (192) need a producer warpgroup to copy K/V, and the kernel has none: warp-specialize is off
// CHECK-NOT: must be planned

func.func @d64_ragged(%q: memref<?x32x64xbf16>, %qi: memref<?xi32>, %k: memref<?x32x64xbf16>,
                      %v: memref<?x32x64xbf16>, %ki: memref<?xi32>, %o: memref<?x32x64xbf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x32x64xbf16>) v(%v : memref<?x32x64xbf16>) indptr(%ki : memref<?xi32>) : !attn.ragged_kv<num_heads = 32, head_dim = 64, element_type = bf16>
  attn.attention q(%q : memref<?x32x64xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !attn.ragged_kv<num_heads = 32, head_dim = 64, element_type = bf16>) outs(%o : memref<?x32x64xbf16>) {mask = #attn.mask<causal>}
  return
}
