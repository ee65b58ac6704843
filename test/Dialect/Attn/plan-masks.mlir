// RUN: attn-opt %s -split-input-file -attn-plan -verify-diagnostics -mlir-print-local-scope | FileCheck %s

// A custom mask with one query per request still takes the tensor-core prefill kernel (the
// decode kernel has no per-element mask operands): the smallest Q tile, 64-key tiles.
// CHECK-LABEL: func.func @custom_decode_step
// CHECK: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 32, tile_q = 16, tile_kv = 64, stages = 3, split_kv = true, vec = 8>
!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
func.func @custom_decode_step(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv,
                              %m: memref<?xui8>, %mi: memref<?xi32>, %o: memref<?x32x128xbf16>) {
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      custom_mask(%m : memref<?xui8>) mask_indptr(%mi : memref<?xi32>)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<custom>, max_qo_len = 1}
  return
}

// -----

// Block-sparse [32, 64] blocks, MHA: a Q tile must stay in one block row of 32 queries (32
// packed rows, two warps), a KV tile in one key block (64 keys), and KV is never split.
// CHECK-LABEL: func.func @block_sparse_mha
// CHECK: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 64, tile_q = 32, tile_kv = 64, stages = 2, split_kv = false, vec = 8>
!kv = !attn.ragged_kv<num_heads = 32, head_dim = 128, element_type = bf16>
func.func @block_sparse_mha(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv,
                            %bi: memref<?xi32>, %bx: memref<?xi32>, %o: memref<?x32x128xbf16>) {
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      block_indptr(%bi : memref<?xi32>) block_indices(%bx : memref<?xi32>)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<block_sparse, block = [32, 64]>}
  return
}

// -----

// Blocks narrower than the smallest tensor-core KV tile cannot be planned.
!kv = !attn.ragged_kv<num_heads = 32, head_dim = 128, element_type = bf16>
func.func @block_sparse_narrow(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv,
                               %bi: memref<?xi32>, %bx: memref<?xi32>, %o: memref<?x32x128xbf16>) {
  // expected-remark @+1 {{left unplanned: tile_kv (16) must divide block cols (8)}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      block_indptr(%bi : memref<?xi32>) block_indices(%bx : memref<?xi32>)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<block_sparse, block = [32, 8]>}
  return
}
