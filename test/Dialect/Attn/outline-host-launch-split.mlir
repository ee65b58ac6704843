// RUN: attn-opt %s -attn-outline="host-launch host-kv-chunk=100" | FileCheck %s

// Requests with more keys than the chunk (100, rounded up to tile_kv = 64: 128) are split:
// request 0 (300 keys, 40 queries = 80 packed rows = 2 Q tiles) into 3 chunks, request 1 (60
// keys) not. Query i of chunk c of request 0 writes partial row c + 3 i; merge_indptr gives
// each of its 40 rows 3 partial rows and the 8 rows of request 1 none; the merge kernel runs
// over the 48 rows and 4 query heads after the attention kernel, on device scratch.

memref.global "private" constant @qi : memref<3xi32> = dense<[0, 40, 48]>
memref.global "private" constant @ki : memref<3xi32> = dense<[0, 300, 360]>
!kv = !attn.ragged_kv<num_heads = 2, head_dim = 64, element_type = bf16>
// CHECK-DAG: memref.global "private" constant @split_merge_num_rows : memref<1xi32> = dense<48>
// CHECK-DAG: memref.global "private" constant @split_merge_merge_indptr : memref<49xi32> = dense<[0, 3, 6, 9, {{.*}}, 114, 117, 120, 120, 120, 120, 120, 120, 120, 120, 120]>
// CHECK-DAG: memref.global "private" constant @split_attention_work_request : memref<7xi32> = dense<[0, 0, 0, 0, 0, 0, 1]>
// CHECK-DAG: memref.global "private" constant @split_attention_work_qo_tile : memref<7xi32> = dense<[0, 0, 0, 1, 1, 1, 0]>
// CHECK-DAG: memref.global "private" constant @split_attention_work_kv_begin : memref<7xi32> = dense<[0, 128, 256, 0, 128, 256, 0]>
// CHECK-DAG: memref.global "private" constant @split_attention_work_kv_end : memref<7xi32> = dense<[128, 256, 300, 128, 256, 300, 60]>
// CHECK-DAG: memref.global "private" constant @split_attention_work_partial : memref<7xi32> = dense<[0, 1, 2, 0, 1, 2, -1]>
// CHECK-DAG: memref.global "private" constant @split_attention_work_partial_stride : memref<7xi32> = dense<[3, 3, 3, 3, 3, 3, 0]>
// CHECK-NOT: attn.kernel_abi
// CHECK-LABEL: func.func @split
//       CHECK:   %[[TMPO:.*]] = gpu.alloc () : memref<120x4x64xf32>
//       CHECK:   %[[TMPL:.*]] = gpu.alloc () : memref<120x4xf32>
//       CHECK:   %[[TMPOC:.*]] = memref.cast %[[TMPO]] : memref<120x4x64xf32> to memref<?x4x64xf32>
//       CHECK:   gpu.launch_func @split_kernels::@split_attention
//  CHECK-SAME:     %[[TMPOC]] : memref<?x4x64xf32>
//       CHECK:   %[[C48:.*]] = arith.constant 48 : index
//       CHECK:   %[[C4:.*]] = arith.constant 4 : index
//       CHECK:   gpu.launch_func @split_kernels::@split_merge blocks in (%[[C48]], %[[C4]], %{{[a-z0-9_]+}})
//  CHECK-SAME:     args(%{{.*}} : memref<?x4x64xf32>, %{{.*}} : memref<?x4xf32>, %{{.*}} : memref<?xi32>
func.func @split(%q: memref<48x4x64xbf16>, %k: memref<360x2x64xbf16>, %v: memref<360x2x64xbf16>, %o: memref<48x4x64xbf16>) {
  %qi = memref.get_global @qi : memref<3xi32>
  %ki = memref.get_global @ki : memref<3xi32>
  %kv = attn.ragged_kv k(%k : memref<360x2x64xbf16>) v(%v : memref<360x2x64xbf16>)
          indptr(%ki : memref<3xi32>) : !kv
  attn.attention q(%q : memref<48x4x64xbf16>) qo_indptr(%qi : memref<3xi32>) kv(%kv : !kv)
      outs(%o : memref<48x4x64xbf16>)
      {mask = #attn.mask<causal>, max_qo_len = 40,
       kernel_config = #attn.kernel_config<strategy = prefill, sm = 80, threads = 128, tile_q = 64,
                                           tile_kv = 64, stages = 2, split_kv = false, vec = 8>}
  return
}
