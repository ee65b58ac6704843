// attn-opt exits non-zero when a pass emitted an error, also when that pass did not signal
// failure: gpu-module-to-binary (upstream) reports a toolkit path that does not exist and
// succeeds. Before, attn-opt printed the error and exited 0. Remarks and warnings leave the
// exit status alone.
// RUN: not attn-opt %attn_src_root/examples/llama3_8b_decode.mlir --attn-to-cubin="format=isa toolkit=/nonexistent" -o %t 2>&1 | FileCheck %s --check-prefix=TOOLKIT
// RUN: attn-opt %s --attn-plan -o %t 2>&1 | FileCheck %s --check-prefix=REMARK

// TOOLKIT: error: CUDA path: /nonexistent does not exist or is not a directory

// REMARK: remark: left unplanned: head_dim / vec (128) must be a power of two of at most 32 lanes
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 1024, element_type = bf16>
func.func @too_wide(%q: memref<?x8x1024xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x8x1024xbf16>) {
  attn.attention q(%q : memref<?x8x1024xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x8x1024xbf16>) {mask = #attn.mask<none>, max_qo_len = 1}
  return
}
