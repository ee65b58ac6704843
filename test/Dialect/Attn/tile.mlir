// RUN: attn-opt %s -pass-pipeline="builtin.module(gpu.module(attn-tile,canonicalize,cse))" | FileCheck %s --implicit-check-not=gpu.shuffle --implicit-check-not=math.fma --implicit-check-not=vector.fma

// attn-tile on the outlined split-KV GQA 4:1 decode with soft-cap: the tile-level kernel body in
// #attn.decode_layout (16 lanes x 4 heads x 2 slices), 8-key tiles in 4 stages of shared memory.
// CHECK: #decode_layout = #attn.decode_layout<lanes = 16, heads = 4, slices = 2, heads_per_thread = 1, rows_per_group = 1, vec = 8>
// CHECK-LABEL: gpu.func @decode_attention
// CHECK-SAME: kernel attributes {attn.programmatic_primary
// CHECK-NOT: attn.attention
// CHECK-DAG: %[[W:.*]] = gpu.block_id x
// CHECK-DAG: %[[KVH:.*]] = gpu.block_id y
// K and V stages and the scratch of the cross-slice merge carved from dynamic shared memory.
// CHECK-DAG: %[[SMEM:.*]] = gpu.dynamic_shared_memory
// CHECK-DAG: %[[KS:.*]] = memref.view %[[SMEM]][%c0{{.*}}][] : {{.*}} to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
// CHECK-DAG: %[[VS:.*]] = memref.view %[[SMEM]][%c8192][] : {{.*}} to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
// CHECK-DAG: %[[SCRATCH:.*]] = memref.view %[[SMEM]][%c16384][] : {{.*}} to memref<5120xi8, #gpu.address_space<workgroup>>
// Padding CTAs of a graph launch exit.
// CHECK: memref.load %{{.*}}[%c0] : memref<1xi32>
// CHECK: scf.if
// The query rows of the group, pre-scaled by sm_scale / cap; the empty state.
// CHECK: %[[HEAD:.*]] = arith.muli %[[KVH]], %c4
// CHECK: %[[Q:.*]] = attn.load_q_tile %arg0[%[[ROW:.*]], %[[HEAD]]] {layout = #decode_layout, scale = 0.00294627831 : f32} : memref<?x32x128xbf16> -> vector<4x128xf32>
// CHECK: %[[M0:.*]], %[[L0:.*]], %[[A0:.*]] = attn.init_state {{.*}} : vector<4xf32>, vector<4x128xf32>
// The loop over KV tiles: gather tile i into stage i % 4 (synchronously), S = QK^T, soft-cap
// (30 * log2 e) and the keys past the range, the online softmax, O += PV.
// CHECK: %[[STATE:.*]]:3 = scf.for %[[I:arg[0-9]+]] = %c0 to %{{.*}} step %c1 iter_args(%[[M:arg[0-9]+]] = %[[M0]], %[[L:arg[0-9]+]] = %[[L0]], %[[O:arg[0-9]+]] = %[[A0]]) -> (vector<4xf32>, vector<4xf32>, vector<4x128xf32>)
// CHECK:   %[[STAGE:.*]] = arith.remui %[[I]], %c4
// CHECK:   attn.load_kv_tile %{{.*}}[%{{.*}}] head %[[KVH]] tile %[[I]] keys[%[[B:.*]], %[[E:.*]]) into %[[KS]], %[[VS]][%[[STAGE]]] {layout = {{.*}}} : !paged_kv, memref<4x8x128xbf16, #gpu.address_space<workgroup>>
// CHECK:   gpu.barrier
// CHECK:   %[[S:.*]] = attn.tile_qk %[[Q]], %[[KS]][%[[STAGE]]] {layout = {{.*}}} : vector<4x128xf32>, memref<4x8x128xbf16, #gpu.address_space<workgroup>> -> vector<4x8xf32>
// CHECK:   %[[T:.*]] = attn.score_mod %[[S]] rows %{{.*}} cols %{{.*}} keys %[[E]] {layout = {{.*}}, mask = #attn.mask<none>, rows_per_position = 4 : i64, scale = 43.2808495 : f32, soft_cap = 43.2808495 : f32} : vector<4x8xf32>
// CHECK:   %[[P:.*]], %[[M1:.*]], %[[L1:.*]], %{{.*}}, %[[O1:.*]] = attn.online_softmax %[[T]] max %[[M]] sum %[[L]] acc %[[O]]
// CHECK:   %[[O2:.*]] = attn.tile_pv %[[P]], %[[VS]][%[[STAGE]]], %[[O1]]
// CHECK:   gpu.barrier
// CHECK:   scf.yield %[[M1]], %[[L1]], %[[O2]]
// The slices merge in the scratch buffer; the rows go to o and lse, or to the f32 partials.
// CHECK: %[[FO:.*]], %[[FL:.*]] = attn.finalize %[[STATE]]#2 max %[[STATE]]#0 sum %[[STATE]]#1 scratch %[[SCRATCH]] {{.*}} natural_lse
// CHECK: scf.if
// CHECK:   attn.store_output %[[FO]], %[[FL]] into %arg12[%[[ROW]], %[[HEAD]]] lse %arg13
// CHECK: } else {
// CHECK:   attn.store_output %[[FO]], %[[FL]] into %arg14[%{{.*}}, %[[HEAD]]] lse %arg15
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
    gpu.func @decode_merge(%arg0: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg1: memref<?x32xf32> {attn.param = "tmp_lse"}, %arg2: memref<?xi32> {attn.param = "merge_indptr"}, %arg3: memref<1xi32> {attn.param = "num_rows"}, %arg4: memref<?x32x128xbf16> {attn.param = "o"}, %arg5: memref<?x32xf32> {attn.param = "lse"}) kernel attributes {attn.programmatic_dependent, known_block_size = array<i32: 128, 1, 1>} {
      attn.merge_states ins(%arg0, %arg1 : memref<?x32x128xf32>, memref<?x32xf32>) indptr(%arg2 : memref<?xi32>) outs(%arg4, %arg5 : memref<?x32x128xbf16>, memref<?x32xf32>) {layout = #attn.merge_layout<lanes = 16, slices = 8>}
      gpu.return
    }
  }
  func.func @decode(%arg0: memref<?x32x128xbf16>, %arg1: memref<?xi32>, %arg2: memref<?x16x8x128xbf16>, %arg3: memref<?x16x8x128xbf16>, %arg4: memref<?xi32>, %arg5: memref<?xi32>, %arg6: memref<?xi32>, %arg7: memref<?x32x128xbf16>, %arg8: memref<?x32xf32>) {
    return
  }
}

