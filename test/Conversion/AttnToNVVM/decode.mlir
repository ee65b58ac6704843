// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(gpu.module(convert-attn-to-nvvm,canonicalize,cse))" | FileCheck %s

// The decode kernel of a split-KV GQA 4:1 decode with soft-cap: (tx, ty, tz) = (16, 4, 2),
// 8-key tiles, 4 stages.
// CHECK-LABEL: gpu.func @decode_attention
// An sm_90 kernel lets its programmatic dependent (the merge) launch as its CTAs drain.
// CHECK: nvvm.griddepcontrol launch_dependents
// CHECK-NOT: {{attn\.(attention|merge_states|merge_state|paged_kv|ragged_kv|rope|append_paged_kv) }}
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
// CHECK: %[[NW:.*]] = memref.load %{{.*}}[%c0] : memref<1xi32>
// CHECK: scf.if
// Prologue: 3 tiles in flight, each a zero-filling 16-byte cp.async of K and V per row.
// CHECK: nvgpu.device_async_copy %{{.*}}[%{{.*}}, %{{.*}}, %[[KVH]], %{{.*}}], %[[KS]][%c0, %{{.*}}, %{{.*}}], 8, %{{.*}} {bypassL1}
// CHECK: nvgpu.device_async_copy %{{.*}}, %[[VS]][%c0, %{{.*}}, %{{.*}}], 8, %{{.*}} {bypassL1}
// CHECK: nvvm.cp.async.commit.group
// CHECK: nvvm.cp.async.commit.group
// CHECK: nvvm.cp.async.commit.group
// The page of the first key to issue in the loop is looked up before it.
// CHECK: %[[PAGE0:.*]] = scf.if
// CHECK: memref.load %{{.*}} : memref<?xi32>
// Main loop: running max, running sum, the lane's 8 output features and the prefetched page.
// CHECK: %[[STATE:.*]]:4 = scf.for {{.*}} iter_args(%[[M:arg[0-9]+]] = %{{.*}}, %[[D:arg[0-9]+]] = %{{.*}}, %[[O:arg[0-9]+]] = %{{.*}}, %[[PAGE:arg[0-9]+]] = %[[PAGE0]]) -> (f32, f32, vector<8xf32>, index)
// CHECK:   nvgpu.device_async_copy %{{.*}}[%[[PAGE]],
// CHECK:   nvvm.cp.async.commit.group
// The page of the tile after it is looked up while this one is in flight.
// CHECK:   memref.load %{{.*}} : memref<?xi32>
// CHECK:   nvvm.cp.async.wait.group 3
// CHECK:   gpu.barrier
// Score of one key: the lane-partial dot product reduced over 16 lanes, then soft-capped.
// CHECK:   vector.load %[[KS]]{{.*}} {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
// CHECK:   math.fma
// CHECK:   gpu.shuffle xor %{{.*}}, %c8_i32, %c32_i32 : f32
// CHECK:   gpu.shuffle xor %{{.*}}, %c4_i32, %c32_i32 : f32
// CHECK:   gpu.shuffle xor %{{.*}}, %c2_i32, %c32_i32 : f32
// CHECK:   gpu.shuffle xor %{{.*}}, %c1_i32, %c32_i32 : f32
// CHECK:   math.tanh
// V rows (converted once for all the thread's heads), then the online softmax: new max,
// rescale of the accumulator, exp2 of each score, fma of the V rows.
// CHECK:   vector.load %[[VS]]
// CHECK:   arith.maximumf %[[M]]
// CHECK:   math.exp2
// CHECK:   vector.fma
// CHECK:   gpu.barrier
// CHECK:   scf.yield
// CHECK: nvvm.cp.async.wait.group 0
// Slices meet in shared memory; slice 0 writes o (bf16) and lse, or the f32 partial.
// CHECK: vector.store %[[STATE]]#2
// CHECK: gpu.barrier
// CHECK: math.log2
// CHECK: vector.store %{{.*}} {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
// CHECK: memref.store %{{.*}} : memref<?x32xf32>
// CHECK: vector.store %{{.*}} {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
// CHECK: gpu.return

// The merge kernel: one CTA per row and head, 8 slices of 16 lanes each folding every 8th
// partial state; the slices meet in shared memory; empty ranges are left alone.
// CHECK-LABEL: gpu.func @decode_merge
// CHECK-SAME: workgroup(%[[SO:.*]] : memref<8x1x128xf32, #gpu.address_space<workgroup>>, %[[SM:.*]] : memref<8x1xf32, #gpu.address_space<workgroup>>, %[[SD:.*]] : memref<8x1xf32, #gpu.address_space<workgroup>>)
// CHECK-NOT: {{attn\.(attention|merge_states|merge_state|paged_kv|ragged_kv|rope|append_paged_kv) }}
// CHECK: nvvm.griddepcontrol wait
// CHECK: memref.load %{{.*}}[%c0] : memref<1xi32>
// CHECK: scf.if
// CHECK: scf.if
// CHECK: scf.for %{{.*}} = %{{.*}} to %{{.*}} step %c8 iter_args({{.*}}) -> (f32, f32, vector<8xf32>)
// CHECK:   vector.load %{{.*}} {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
// CHECK:   math.exp2
// CHECK: vector.store %{{.*}}, %[[SO]]
// CHECK: gpu.barrier
// CHECK: vector.load %[[SO]]
// CHECK: vector.store %{{.*}} : memref<?x32x128xbf16>, vector<8xbf16>

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

