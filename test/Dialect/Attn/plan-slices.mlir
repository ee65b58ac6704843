// RUN: attn-opt %s -attn-plan -mlir-print-local-scope | FileCheck %s --check-prefix=TWO
// RUN: attn-opt %s -attn-plan="max-slices-per-warp=1" -mlir-print-local-scope | FileCheck %s --check-prefix=ONE

// Paged K/V with 16-token pages, head_dim 128: the heuristic's 4 warps of two 16-row slices
// and 32-key tiles (a copy group's 4 rows of a tile share a page; three stages), or, capped at one slice per
// warp (attn-compile's retry when two slices spill), 8 warps and 128-key tiles.
// TWO: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 128, tile_q = 128, tile_kv = 32, stages = 3, split_kv = true, vec = 8>
// ONE: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, tile_kv = 128, stages = 2, split_kv = true, vec = 8>
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @paged_prefill(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv,
                         %o: memref<?x32x128xbf16>) {
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>}
  return
}
