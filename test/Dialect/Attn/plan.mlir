// RUN: attn-opt %s -split-input-file -attn-plan -verify-diagnostics -mlir-print-local-scope | FileCheck %s
// RUN: attn-opt %s -split-input-file -attn-plan="threads=256 stages=2" -verify-diagnostics -mlir-print-local-scope | FileCheck %s --check-prefix=OVERRIDE
// RUN: attn-opt %s -split-input-file -attn-plan="heads-per-thread=4" -verify-diagnostics -mlir-print-local-scope | FileCheck %s --check-prefix=FOURHEADS

// GQA 4:1, head_dim 128, bf16 decode: 16 lanes x 16 B cover a head row, the 4 query heads of a
// KV head share each K/V tile, 2 token slices fill 128 threads; a stage holds 16 keys (8 KiB of
// K and V), 2 for each of the 8 (head, slice) thread groups; 2 stages. With heads-per-thread=4
// one thread computes the whole group and 8 slices fill the CTA.
// FOURHEADS-LABEL: func.func @gqa4_decode
// FOURHEADS: kernel_config = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4, tile_kv = 16, stages = 2, split_kv = true, vec = 8, heads_per_thread = 4>
// CHECK-LABEL: func.func @gqa4_decode
// CHECK: kernel_config = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4, tile_kv = 16, stages = 2, split_kv = true, vec = 8>
// OVERRIDE-LABEL: func.func @gqa4_decode
// OVERRIDE: kernel_config = #attn.kernel_config<strategy = decode, sm = 90, threads = 256, tile_q = 4, tile_kv = 16, stages = 2, split_kv = true, vec = 8>
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @gqa4_decode(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>) {
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>, max_qo_len = 1}
  return
}

// -----

// MHA (group 1): 8 token slices of 16 lanes, 2 keys each per 16-key stage.
// CHECK-LABEL: func.func @mha_decode
// CHECK: kernel_config = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 1, tile_kv = 16, stages = 2, split_kv = true, vec = 8>
!kv = !attn.paged_kv<page_size = 1, layout = hnd, num_heads = 32, head_dim = 128, element_type = f16>
func.func @mha_decode(%q: memref<?x32x128xf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xf16>) {
  attn.attention q(%q : memref<?x32x128xf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xf16>) {mask = #attn.mask<none>, max_qo_len = 1}
  return
}

// -----

// MQA with 32 query heads and head_dim 64: 8 lanes x 32 heads = 256 threads in one slice; a
// 32-key stage (one key per head) moves 8 KiB.
// CHECK-LABEL: func.func @mqa_decode
// CHECK: kernel_config = #attn.kernel_config<strategy = decode, sm = 90, threads = 256, tile_q = 32, tile_kv = 32, stages = 2, split_kv = true, vec = 8>
!kv = !attn.paged_kv<page_size = 64, layout = nhd, num_heads = 1, head_dim = 64, element_type = bf16>
func.func @mqa_decode(%q: memref<?x32x64xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x64xbf16>) {
  attn.attention q(%q : memref<?x32x64xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x64xbf16>) {mask = #attn.mask<none>, max_qo_len = 1}
  return
}

// -----

// Without max_qo_len = 1 the op may hold many queries per request: tensor-core prefill tiles.
// CHECK-LABEL: func.func @prefill
// CHECK: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 128, tile_q = 128, tile_kv = 32, stages = 2, split_kv = true, vec = 8>
!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
func.func @prefill(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>) {
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>}
  return
}

// -----

// A configuration already on the op is the user's choice and is kept.
// CHECK-LABEL: func.func @kept
// CHECK: kernel_config = #attn.kernel_config<strategy = decode, sm = 80, threads = 64, tile_q = 4, tile_kv = 4, stages = 3, split_kv = false, vec = 8>
// OVERRIDE-LABEL: func.func @kept
// OVERRIDE: threads = 64
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 64, element_type = bf16>
func.func @kept(%q: memref<?x32x64xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x64xbf16>) {
  attn.attention q(%q : memref<?x32x64xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x64xbf16>)
      {mask = #attn.mask<none>, max_qo_len = 1,
       kernel_config = #attn.kernel_config<strategy = decode, sm = 80, threads = 64, tile_q = 4,
                                           tile_kv = 4, stages = 3, split_kv = false, vec = 8>}
  return
}

// -----

// head_dim 1024 needs 128 lanes per row, more than a warp: no decode layout exists.
// CHECK-LABEL: func.func @too_wide
// CHECK-NOT: kernel_config
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 1024, element_type = bf16>
func.func @too_wide(%q: memref<?x8x1024xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x8x1024xbf16>) {
  // expected-remark @+1 {{left unplanned: head_dim / vec (128) must be a power of two of at most 32 lanes}}
  attn.attention q(%q : memref<?x8x1024xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x8x1024xbf16>) {mask = #attn.mask<none>, max_qo_len = 1}
  return
}
