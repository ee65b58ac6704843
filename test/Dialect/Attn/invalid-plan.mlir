// RUN: attn-opt %s -attn-plan=require-all -verify-diagnostics

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 1024, element_type = bf16>
func.func @too_wide(%q: memref<?x8x1024xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x8x1024xbf16>) {
  // expected-error @+1 {{cannot be planned: head_dim / vec (128) must be a power of two of at most 32 lanes}}
  attn.attention q(%q : memref<?x8x1024xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x8x1024xbf16>) {mask = #attn.mask<none>, max_qo_len = 1}
  return
}
