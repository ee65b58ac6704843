// RUN: attn-opt %s -pass-pipeline="builtin.module(gpu.module(attn-tile,canonicalize,cse))" | FileCheck %s

// attn-tile on the outlined split-KV GQA 4:1 decode with soft-cap: (tx, ty, tz) = (16, 4, 2),
// 8-key tiles in 4 stages of shared memory; the K/V tiles arrive through synchronous tile ops.
// CHECK-LABEL: gpu.func @decode_attention
// CHECK-SAME: kernel attributes {attn.programmatic_primary
// CHECK-NOT: attn.attention
// Thread layout and CTA coordinates.
// CHECK-DAG: %[[TID:.*]] = gpu.thread_id x
// CHECK-DAG: %[[TX:.*]] = arith.remui %[[TID]], %c16
// CHECK-DAG: %[[W:.*]] = gpu.block_id x
// CHECK-DAG: %[[KVH:.*]] = gpu.block_id y
// K and V stages and the cross-slice merge buffers carved from dynamic shared memory.
// CHECK-DAG: %[[SMEM:.*]] = gpu.dynamic_shared_memory
// CHECK-DAG: %[[KS:.*]] = memref.view %[[SMEM]][%c0{{.*}}][] : {{.*}} to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
// CHECK-DAG: %[[VS:.*]] = memref.view %[[SMEM]][%c8192][] : {{.*}} to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
// CHECK-DAG: memref.view %[[SMEM]][%c16384][] : {{.*}} to memref<2x4x128xf32, #gpu.address_space<workgroup>>
// Padding CTAs of a graph launch exit.
// CHECK: memref.load %{{.*}}[%c0] : memref<1xi32>
// CHECK: scf.if
// The loop over KV tiles: gather tile i into stage i % 4, synchronously, then fold it in.
// CHECK: %[[STATE:.*]]:3 = scf.for %[[I:arg[0-9]+]] = %c0 to %{{.*}} step %c1 iter_args(%[[M:arg[0-9]+]] = %{{.*}}, %[[D:arg[0-9]+]] = %{{.*}}, %[[O:arg[0-9]+]] = %{{.*}}) -> (f32, f32, vector<8xf32>)
// CHECK:   %[[STAGE:[0-9]+]] = arith.remui %[[I]], %c4
// CHECK:   %[[PAGE:[0-9]+]] = attn.kv_tile_pages {{.*}} tile %[[I]] group {{.*}} {page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 8 : i64}
// CHECK:   attn.copy_kv_tile {{.*}} pages(%[[PAGE]]) head %[[KVH]] {{.*}} tile %[[I]] {{.*}} into(%[[KS]], %[[VS]] : {{.*}}) {{\[}}%[[STAGE]]] {page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 8 : i64, vec = 8 : i64}
// CHECK:   gpu.barrier
// Score of one key: the lane-partial dot product (an FMA chain) reduced over 16 lanes, then
// soft-capped.
// CHECK:   vector.load %[[KS]][%[[STAGE]], {{.*}} {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
// CHECK:   math.fma
// CHECK:   gpu.shuffle xor %{{.*}}, %c8_i32, %c32_i32 : f32
// CHECK:   gpu.shuffle xor %{{.*}}, %c4_i32, %c32_i32 : f32
// CHECK:   gpu.shuffle xor %{{.*}}, %c2_i32, %c32_i32 : f32
// CHECK:   gpu.shuffle xor %{{.*}}, %c1_i32, %c32_i32 : f32
// CHECK:   math.tanh
// V rows, then the online softmax: new max, rescale of the accumulator, exp2 of each score,
// fma of the V rows.
// CHECK:   vector.load %[[VS]]
// CHECK:   arith.maximumf %[[M]]
// CHECK:   math.exp2
// CHECK:   vector.fma
// CHECK:   gpu.barrier
// CHECK:   scf.yield
// Slices meet in shared memory; slice 0 writes o (bf16) and lse, or the f32 partial.
// CHECK: vector.store %[[STATE]]#2
// CHECK: gpu.barrier
// CHECK: math.log2
// CHECK: vector.store %{{.*}} {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
// CHECK: memref.store %{{.*}} : memref<?x32xf32>
// CHECK: vector.store %{{.*}} {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
// CHECK: gpu.return

// The merge kernel is left to the target lowering.
// CHECK-LABEL: gpu.func @decode_merge
// CHECK: attn.merge_states

!paged_kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
#kernel_config = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4, tile_kv = 8, stages = 4, split_kv = true, vec = 8>
module attributes {gpu.container_module} {
  gpu.module @decode_kernels {
    gpu.func @decode_attention(%arg0: memref<?x32x128xbf16> {attn.param = "q"}, %arg1: memref<?xi32> {attn.param = "qo_indptr"}, %arg2: memref<?x16x8x128xbf16> {attn.param = "k_cache"}, %arg3: memref<?x16x8x128xbf16> {attn.param = "v_cache"}, %arg4: memref<?xi32> {attn.param = "kv_indptr"}, %arg5: memref<?xi32> {attn.param = "kv_indices"}, %arg6: memref<?xi32> {attn.param = "kv_last_page_len"}, %arg7: memref<?xi32> {attn.param = "work_request"}, %arg8: memref<?xi32> {attn.param = "work_kv_begin"}, %arg9: memref<?xi32> {attn.param = "work_kv_end"}, %arg10: memref<?xi32> {attn.param = "work_partial"}, %arg11: memref<1xi32> {attn.param = "num_work"}, %arg12: memref<?x32x128xbf16> {attn.param = "o"}, %arg13: memref<?x32xf32> {attn.param = "lse"}, %arg14: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg15: memref<?x32xf32> {attn.param = "tmp_lse"}) kernel attributes {known_block_size = array<i32: 128, 1, 1>} {
      %0 = attn.paged_kv k(%arg2 : memref<?x16x8x128xbf16>) v(%arg3 : memref<?x16x8x128xbf16>) indptr(%arg4 : memref<?xi32>) indices(%arg5 : memref<?xi32>) last_page_len(%arg6 : memref<?xi32>) : !paged_kv
      attn.attention q(%arg0 : memref<?x32x128xbf16>) qo_indptr(%arg1 : memref<?xi32>) kv(%0 : !paged_kv) outs(%arg12 : memref<?x32x128xbf16>, %arg13 : memref<?x32xf32>) {kernel_config = #kernel_config, logits_soft_cap = 3.000000e+01 : f32, mask = #attn.mask<none>, max_qo_len = 1 : i64}
      gpu.return
    }
    gpu.func @decode_merge(%arg0: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg1: memref<?x32xf32> {attn.param = "tmp_lse"}, %arg2: memref<?xi32> {attn.param = "merge_indptr"}, %arg3: memref<1xi32> {attn.param = "num_rows"}, %arg4: memref<?x32x128xbf16> {attn.param = "o"}, %arg5: memref<?x32xf32> {attn.param = "lse"}) kernel attributes {attn.bdx = 16 : i64, attn.programmatic_dependent, attn.slices = 8 : i64, known_block_size = array<i32: 128, 1, 1>} {
      attn.merge_states ins(%arg0, %arg1 : memref<?x32x128xf32>, memref<?x32xf32>) indptr(%arg2 : memref<?xi32>) outs(%arg4, %arg5 : memref<?x32x128xbf16>, memref<?x32xf32>)
      gpu.return
    }
  }
  func.func @decode(%arg0: memref<?x32x128xbf16>, %arg1: memref<?xi32>, %arg2: memref<?x16x8x128xbf16>, %arg3: memref<?x16x8x128xbf16>, %arg4: memref<?xi32>, %arg5: memref<?xi32>, %arg6: memref<?xi32>, %arg7: memref<?x32x128xbf16>, %arg8: memref<?x32xf32>) {
    return
  }
}

