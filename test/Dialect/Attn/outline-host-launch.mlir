// RUN: attn-opt %s -split-input-file -attn-outline=host-launch | FileCheck %s

// A decode op over constant indptrs: the kernel is launched from the function with a
// compile-time work partition (one item per request over all its keys), the constants and the
// plan are copied to device buffers, split-KV is dropped (no scratch, no merge), the
// kernel_abi manifest is gone and the host allocation moves to the device.

memref.global "private" constant @qi : memref<4xi32> = dense<[0, 1, 2, 3]>
memref.global "private" constant @ki : memref<4xi32> = dense<[0, 100, 164, 200]>
!kv = !attn.ragged_kv<num_heads = 2, head_dim = 64, element_type = f16>
// CHECK-DAG: memref.global "private" constant @decode_attention_work_request : memref<3xi32> = dense<[0, 1, 2]>
// CHECK-DAG: memref.global "private" constant @decode_attention_work_kv_end : memref<3xi32> = dense<[100, 64, 36]>
// CHECK-DAG: memref.global "private" constant @decode_attention_work_partial : memref<3xi32> = dense<-1>
// CHECK-DAG: memref.global "private" constant @decode_attention_num_work : memref<1xi32> = dense<3>
// CHECK-LABEL: gpu.module @decode_kernels
//       CHECK: gpu.func @decode_attention(
//   CHECK-NOT: tmp_o
//   CHECK-NOT: gpu.func @decode_merge
//   CHECK-NOT: attn.kernel_abi
// CHECK-LABEL: func.func @decode
//  CHECK-SAME: (%[[Q:.*]]: memref<3x4x64xf16>, %[[K:.*]]: memref<300x2x64xf16>, %[[V:.*]]: memref<300x2x64xf16>)
//       CHECK:   %[[QIH:.*]] = memref.get_global @qi
//   CHECK-NOT:   memref.alloc
//       CHECK:   %[[O:.*]] = gpu.alloc () : memref<3x4x64xf16>
//       CHECK:   %[[QID:.*]] = gpu.alloc () : memref<4xi32>
//       CHECK:   gpu.memcpy %[[QID]], %[[QIH]]
//       CHECK:   %[[REQ:.*]] = memref.get_global @decode_attention_work_request
//       CHECK:   %[[REQD:.*]] = gpu.alloc () : memref<3xi32>
//       CHECK:   gpu.memcpy %[[REQD]], %[[REQ]]
//       CHECK:   %[[REQC:.*]] = memref.cast %[[REQD]] : memref<3xi32> to memref<?xi32>
//   CHECK-DAG:   %[[C3:.*]] = arith.constant 3 : index
//   CHECK-DAG:   %[[C2:.*]] = arith.constant 2 : index
//   CHECK-DAG:   %[[C1:.*]] = arith.constant 1 : index
//   CHECK-DAG:   %[[T:.*]] = arith.constant 128 : index
//       CHECK:   gpu.launch_func @decode_kernels::@decode_attention blocks in (%[[C3]], %[[C2]], %[[C1]]) threads in (%[[T]], %[[C1]], %[[C1]])
//  CHECK-SAME:     args(%[[Q]] : memref<3x4x64xf16>, %[[QID]] : memref<4xi32>, %[[K]] : memref<300x2x64xf16>, %[[V]] : memref<300x2x64xf16>, %{{.*}} : memref<4xi32>, %[[REQC]] : memref<?xi32>
//  CHECK-SAME:     %[[O]] : memref<3x4x64xf16>)
//       CHECK:   return %[[O]]
func.func @decode(%q: memref<3x4x64xf16>, %k: memref<300x2x64xf16>, %v: memref<300x2x64xf16>) -> memref<3x4x64xf16> {
  %qi = memref.get_global @qi : memref<4xi32>
  %ki = memref.get_global @ki : memref<4xi32>
  %o = memref.alloc() : memref<3x4x64xf16>
  %kv = attn.ragged_kv k(%k : memref<300x2x64xf16>) v(%v : memref<300x2x64xf16>)
          indptr(%ki : memref<4xi32>) : !kv
  attn.attention q(%q : memref<3x4x64xf16>) qo_indptr(%qi : memref<4xi32>) kv(%kv : !kv)
      outs(%o : memref<3x4x64xf16>)
      {mask = #attn.mask<none>,
       kernel_config = #attn.kernel_config<strategy = decode, sm = 80, threads = 128, tile_q = 2,
                                           tile_kv = 64, stages = 2, split_kv = true, vec = 8>}
  return %o : memref<3x4x64xf16>
}

// -----

// Prefill: one item per request and Q tile of tile_q packed rows (GQA group 2: 40 queries of
// request 0 are 80 packed rows, 2 tiles of 64; request 1 has 1 tile); grid (Hkv, items).

memref.global "private" constant @qi : memref<3xi32> = dense<[0, 40, 48]>
memref.global "private" constant @ki : memref<3xi32> = dense<[0, 40, 100]>
!kv = !attn.ragged_kv<num_heads = 2, head_dim = 64, element_type = bf16>
// CHECK-DAG: memref.global "private" constant @prefill_attention_work_request : memref<3xi32> = dense<[0, 0, 1]>
// CHECK-DAG: memref.global "private" constant @prefill_attention_work_qo_tile : memref<3xi32> = dense<[0, 1, 0]>
// CHECK-DAG: memref.global "private" constant @prefill_attention_work_kv_end : memref<3xi32> = dense<[40, 40, 60]>
// CHECK-LABEL: func.func @prefill
//   CHECK-DAG:   %[[C2:.*]] = arith.constant 2 : index
//   CHECK-DAG:   %[[C3:.*]] = arith.constant 3 : index
//   CHECK-DAG:   %[[SMEM:.*]] = arith.constant {{[0-9]+}} : i32
//       CHECK:   gpu.launch_func @prefill_kernels::@prefill_attention blocks in (%[[C2]], %[[C3]], %{{.*}}) {{.*}} dynamic_shared_memory_size %[[SMEM]]
func.func @prefill(%q: memref<48x4x64xbf16>, %k: memref<100x2x64xbf16>, %v: memref<100x2x64xbf16>, %o: memref<48x4x64xbf16>) {
  %qi = memref.get_global @qi : memref<3xi32>
  %ki = memref.get_global @ki : memref<3xi32>
  %kv = attn.ragged_kv k(%k : memref<100x2x64xbf16>) v(%v : memref<100x2x64xbf16>)
          indptr(%ki : memref<3xi32>) : !kv
  attn.attention q(%q : memref<48x4x64xbf16>) qo_indptr(%qi : memref<3xi32>) kv(%kv : !kv)
      outs(%o : memref<48x4x64xbf16>)
      {mask = #attn.mask<causal>, max_qo_len = 40,
       kernel_config = #attn.kernel_config<strategy = prefill, sm = 80, threads = 128, tile_q = 64,
                                           tile_kv = 64, stages = 2, split_kv = false, vec = 8>}
  return
}

// -----

// An l2_sections kernel gets its head_section from the compile-time plan: three sections of
// ceil(Hkv / 3) KV heads (Hkv = 8: 3, 3 and 2), bound after num_work.

memref.global "private" constant @qi : memref<3xi32> = dense<[0, 40, 48]>
memref.global "private" constant @ki : memref<3xi32> = dense<[0, 40, 100]>
!kv = !attn.ragged_kv<num_heads = 8, head_dim = 64, element_type = bf16>
// CHECK-DAG: memref.global "private" constant @sections_attention_head_section : memref<1xi32> = dense<3>
// CHECK-LABEL: func.func @sections
//       CHECK:   %[[SEC:.*]] = memref.get_global @sections_attention_head_section
//       CHECK:   %[[SECD:.*]] = gpu.alloc () : memref<1xi32>
//       CHECK:   gpu.memcpy %[[SECD]], %[[SEC]]
//       CHECK:   gpu.launch_func @sections_kernels::@sections_attention
//  CHECK-SAME:     %{{.*}} : memref<1xi32>, %[[SECD]] : memref<1xi32>, %{{.*}} : memref<48x8x64xbf16>
func.func @sections(%q: memref<48x8x64xbf16>, %k: memref<100x8x64xbf16>, %v: memref<100x8x64xbf16>, %o: memref<48x8x64xbf16>) {
  %qi = memref.get_global @qi : memref<3xi32>
  %ki = memref.get_global @ki : memref<3xi32>
  %kv = attn.ragged_kv k(%k : memref<100x8x64xbf16>) v(%v : memref<100x8x64xbf16>)
          indptr(%ki : memref<3xi32>) : !kv
  attn.attention q(%q : memref<48x8x64xbf16>) qo_indptr(%qi : memref<3xi32>) kv(%kv : !kv)
      outs(%o : memref<48x8x64xbf16>)
      {mask = #attn.mask<causal>, max_qo_len = 40,
       kernel_config = #attn.kernel_config<strategy = prefill, sm = 80, threads = 128, tile_q = 64,
                                           tile_kv = 64, stages = 2, split_kv = false, vec = 8,
                                           l2_sections = true>}
  return
}
