// attn-plan's decode-kernel option: which kernel takes a decode step (max_qo_len = 1).
// RUN: attn-opt %s -split-input-file -attn-plan -mlir-print-local-scope | FileCheck %s --check-prefix=CUDACORE
// RUN: attn-opt %s -split-input-file -attn-plan="decode-kernel=tensor-core" -mlir-print-local-scope | FileCheck %s --check-prefix=TC
// RUN: attn-opt %s -split-input-file -attn-plan="decode-kernel=auto" -mlir-print-local-scope | FileCheck %s --check-prefix=TC
// RUN: attn-opt %s -split-input-file -attn-plan="decode-kernel=auto sm=80" -mlir-print-local-scope | FileCheck %s --check-prefix=CUDACORE
// RUN: attn-opt %s -split-input-file -attn-plan="decode-kernel=tensor-core heads-per-thread=4" -mlir-print-local-scope | FileCheck %s --check-prefix=HEADS

// GQA 4:1: the tensor-core kernel packs the 4 query heads of a KV head as the rows of a
// 16-row Q tile, one warp; the CUDA-core kernel (the pass's default) gives the group 128
// threads. An explicit heads-per-thread asks for the CUDA-core kernel.
// CUDACORE-LABEL: func.func @gqa4
// CUDACORE: kernel_config = #attn.kernel_config<strategy = decode, sm = {{80|90}}, threads = 128, tile_q = 4
// TC-LABEL: func.func @gqa4
// TC: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 32, tile_q = 16, tile_kv = 32, stages = 2
// TC-SAME: mask = #attn.mask<none>
// HEADS-LABEL: func.func @gqa4
// HEADS: kernel_config = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4, tile_kv = 16, stages = 2, split_kv = true, vec = 8, heads_per_thread = 4>
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @gqa4(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>) {
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<none>, max_qo_len = 1}
  return
}

// -----

// A sliding window without a mask: the tensor-core kernel keeps its window under the causal
// mask, which hides no key from a step's one query row; the CUDA-core kernel keeps the op.
// CUDACORE-LABEL: func.func @window
// CUDACORE: mask = #attn.mask<none, window_left = 255>
// TC-LABEL: func.func @window
// TC: kernel_config = #attn.kernel_config<strategy = prefill
// TC-SAME: mask = #attn.mask<causal, window_left = 255>
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @window(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>) {
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<none, window_left = 255>, max_qo_len = 1}
  return
}

// -----

// MQA, 32 query heads per KV head: a 64-row Q tile of 4 warps.
// TC-LABEL: func.func @mqa
// TC: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 128, tile_q = 64
!kv = !attn.paged_kv<page_size = 16, layout = hnd, num_heads = 1, head_dim = 128, element_type = f16>
func.func @mqa(%q: memref<?x32x128xf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xf16>) {
  attn.attention q(%q : memref<?x32x128xf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xf16>) {mask = #attn.mask<none>, max_qo_len = 1}
  return
}

// -----

// A prefill (no max_qo_len) is not a decode step: the option does not touch it.
// CUDACORE-LABEL: func.func @prefill
// CUDACORE: strategy = prefill, sm = {{80|90}}, threads = {{[0-9]+}}, tile_q = {{64|128}}
// TC-LABEL: func.func @prefill
// TC: strategy = prefill, sm = 90, threads = {{[0-9]+}}, tile_q = 128
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @prefill(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>) {
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>}
  return
}

// -----

// Fused RoPE stays on the CUDA-core kernel (it keeps the rotated keys in f32).
// TC-LABEL: func.func @rope
// TC: kernel_config = #attn.kernel_config<strategy = decode
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @rope(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>) {
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<none>, max_qo_len = 1, rope = #attn.rope<llama, rotary_dim = 128>}
  return
}
