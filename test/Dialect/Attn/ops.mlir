// Round trip of every attn op, attribute and type: custom form, and the generic form read back.
// RUN: attn-opt %s -split-input-file | attn-opt -split-input-file | FileCheck %s
// RUN: attn-opt %s -split-input-file -mlir-print-op-generic | attn-opt -split-input-file | FileCheck %s

!nhd = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>

// CHECK: !paged_kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
// CHECK-LABEL: func.func @paged_decode
// CHECK-SAME: (%[[Q:.*]]: memref<?x32x128xbf16>, %[[QI:.*]]: memref<?xi32>, %[[KP:.*]]: memref<?x16x8x128xbf16>, %[[VP:.*]]: memref<?x16x8x128xbf16>, %[[IP:.*]]: memref<?xi32>, %[[IX:.*]]: memref<?xi32>, %[[LP:.*]]: memref<?xi32>, %[[O:.*]]: memref<?x32x128xbf16>, %[[LSE:.*]]: memref<?x32xf32>)
func.func @paged_decode(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>,
                        %kp: memref<?x16x8x128xbf16>, %vp: memref<?x16x8x128xbf16>,
                        %ip: memref<?xi32>, %ix: memref<?xi32>, %lp: memref<?xi32>,
                        %o: memref<?x32x128xbf16>, %lse: memref<?x32xf32>) {
  // CHECK: %[[KV:.*]] = attn.paged_kv k(%[[KP]] : memref<?x16x8x128xbf16>) v(%[[VP]] : memref<?x16x8x128xbf16>) indptr(%[[IP]] : memref<?xi32>) indices(%[[IX]] : memref<?xi32>) last_page_len(%[[LP]] : memref<?xi32>) : !paged_kv
  %kv = attn.paged_kv k(%kp : memref<?x16x8x128xbf16>) v(%vp : memref<?x16x8x128xbf16>)
          indptr(%ip : memref<?xi32>) indices(%ix : memref<?xi32>)
          last_page_len(%lp : memref<?xi32>) : !nhd
  // CHECK: attn.attention q(%[[Q]] : memref<?x32x128xbf16>) qo_indptr(%[[QI]] : memref<?xi32>) kv(%[[KV]] : !paged_kv) outs(%[[O]] : memref<?x32x128xbf16>, %[[LSE]] : memref<?x32xf32>) {mask = #attn.mask<none>}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !nhd)
      outs(%o : memref<?x32x128xbf16>, %lse : memref<?x32xf32>) {mask = #attn.mask<none>}
  return
}

// -----

// Page pools that are strided views: the K and V halves of one combined [pages, 2, 16, 8, 128]
// cache (static page stride 2 * 16384) and a runtime page stride.
!nhd = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
// CHECK-LABEL: func.func @strided_pools
// CHECK: attn.paged_kv k(%{{.*}} : memref<?x16x8x128xbf16, strided<[32768, 1024, 128, 1]>>) v(%{{.*}} : memref<?x16x8x128xbf16, strided<[32768, 1024, 128, 1], offset: 16384>>) {{.*}} : !paged_kv
// CHECK: attn.paged_kv k(%{{.*}} : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>) v(%{{.*}} : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>) {{.*}} : !paged_kv
func.func @strided_pools(%kp: memref<?x16x8x128xbf16, strided<[32768, 1024, 128, 1]>>,
                         %vp: memref<?x16x8x128xbf16, strided<[32768, 1024, 128, 1], offset: 16384>>,
                         %dp: memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>,
                         %i: memref<?xi32>) -> (!nhd, !nhd) {
  %kv = attn.paged_kv k(%kp : memref<?x16x8x128xbf16, strided<[32768, 1024, 128, 1]>>)
          v(%vp : memref<?x16x8x128xbf16, strided<[32768, 1024, 128, 1], offset: 16384>>)
          indptr(%i : memref<?xi32>) indices(%i : memref<?xi32>) last_page_len(%i : memref<?xi32>) : !nhd
  %kv2 = attn.paged_kv k(%dp : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>)
          v(%dp : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>)
          indptr(%i : memref<?xi32>) indices(%i : memref<?xi32>) last_page_len(%i : memref<?xi32>) : !nhd
  return %kv, %kv2 : !nhd, !nhd
}

// -----

// HND pages, MQA, f16, sliding window + soft-cap + llama RoPE with offsets, explicit scale.
!hnd = !attn.paged_kv<page_size = 1, layout = hnd, num_heads = 1, head_dim = 64, element_type = f16>

// CHECK: !paged_kv = !attn.paged_kv<page_size = 1, layout = hnd, num_heads = 1, head_dim = 64, element_type = f16>
// CHECK-LABEL: func.func @paged_hnd_mqa_window
func.func @paged_hnd_mqa_window(%q: memref<?x8x64xf16>, %qi: memref<?xi32>,
                                %kp: memref<?x1x1x64xf16>, %ip: memref<?xi32>,
                                %ix: memref<?xi32>, %lp: memref<?xi32>, %ro: memref<?xi32>,
                                %o: memref<?x8x64xf16>) {
  // CHECK: attn.paged_kv {{.*}} : !paged_kv
  %kv = attn.paged_kv k(%kp : memref<?x1x1x64xf16>) v(%kp : memref<?x1x1x64xf16>)
          indptr(%ip : memref<?xi32>) indices(%ix : memref<?xi32>)
          last_page_len(%lp : memref<?xi32>) : !hnd
  // CHECK: attn.attention {{.*}} rope_offsets(%{{.*}} : memref<?xi32>) outs(%{{.*}} : memref<?x8x64xf16>)
  // CHECK-SAME: logits_soft_cap = 5.000000e+01 : f32
  // CHECK-SAME: mask = #attn.mask<causal, window_left = 4095>
  // CHECK-SAME: rope = #attn.rope<llama, rotary_dim = 64, scale = 2.000000e+00, interleave = true>
  // CHECK-SAME: sm_scale = 1.250000e-01 : f32
  attn.attention q(%q : memref<?x8x64xf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !hnd)
      rope_offsets(%ro : memref<?xi32>) outs(%o : memref<?x8x64xf16>)
      {mask = #attn.mask<causal, window_left = 4095>, sm_scale = 0.125 : f32,
       logits_soft_cap = 50.0 : f32,
       rope = #attn.rope<llama, rotary_dim = 64, scale = 2.0, interleave = true>}
  return
}

// -----

// Ragged KV prefill with a custom bit-packed mask, ALiBi with explicit slopes, llama3 RoPE.
!ragged = !attn.ragged_kv<num_heads = 4, head_dim = 256, element_type = bf16>

// CHECK: !ragged_kv = !attn.ragged_kv<num_heads = 4, head_dim = 256, element_type = bf16>
// CHECK-LABEL: func.func @ragged_custom_mask
func.func @ragged_custom_mask(%q: memref<?x16x256xbf16>, %qi: memref<?xi32>,
                              %k: memref<?x4x256xbf16>, %v: memref<?x4x256xbf16>,
                              %ki: memref<?xi32>, %m: memref<?xui8>, %mi: memref<?xi32>,
                              %slopes: memref<16xf32>, %o: memref<?x16x256xbf16>) {
  // CHECK: %[[KV:.*]] = attn.ragged_kv k(%{{.*}} : memref<?x4x256xbf16>) v(%{{.*}} : memref<?x4x256xbf16>) indptr(%{{.*}} : memref<?xi32>) : !ragged_kv
  %kv = attn.ragged_kv k(%k : memref<?x4x256xbf16>) v(%v : memref<?x4x256xbf16>)
          indptr(%ki : memref<?xi32>) : !ragged
  // CHECK: attn.attention {{.*}} kv(%[[KV]] : !ragged_kv) custom_mask(%{{.*}} : memref<?xui8>) mask_indptr(%{{.*}} : memref<?xi32>) alibi_slopes(%{{.*}} : memref<16xf32>)
  // CHECK-SAME: alibi
  // CHECK-SAME: mask = #attn.mask<custom>
  // CHECK-SAME: rope = #attn.rope<llama3, rotary_dim = 128, theta = 5.000000e+05, factor = 3.200000e+01, low_freq_factor = 2.000000e+00, high_freq_factor = 8.000000e+00, original_max_position = 4096>
  attn.attention q(%q : memref<?x16x256xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !ragged)
      custom_mask(%m : memref<?xui8>) mask_indptr(%mi : memref<?xi32>)
      alibi_slopes(%slopes : memref<16xf32>) outs(%o : memref<?x16x256xbf16>)
      {mask = #attn.mask<custom>, alibi,
       rope = #attn.rope<llama3, rotary_dim = 128, theta = 500000.0, factor = 32.0,
                         low_freq_factor = 2.0, high_freq_factor = 8.0,
                         original_max_position = 4096>}
  return
}

// -----

// Block-sparse mask over BSR operands, with a planned kernel configuration.
!ragged = !attn.ragged_kv<num_heads = 32, head_dim = 128, element_type = f16>

// CHECK: #kernel_config = #attn.kernel_config<strategy = prefill, sm = 80, threads = 128, tile_q = 64, tile_kv = 64, stages = 2, split_kv = false, vec = 8>
// CHECK-LABEL: func.func @block_sparse
func.func @block_sparse(%q: memref<?x32x128xf16>, %qi: memref<?xi32>, %k: memref<?x32x128xf16>,
                        %ki: memref<?xi32>, %bi: memref<?xi32>, %bx: memref<?xi32>,
                        %o: memref<?x32x128xf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x32x128xf16>) v(%k : memref<?x32x128xf16>)
          indptr(%ki : memref<?xi32>) : !ragged
  // CHECK: attn.attention {{.*}} block_indptr(%{{.*}} : memref<?xi32>) block_indices(%{{.*}} : memref<?xi32>) outs
  // CHECK-SAME: kernel_config = #kernel_config
  // CHECK-SAME: mask = #attn.mask<block_sparse, block = [16, 64]>
  attn.attention q(%q : memref<?x32x128xf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !ragged)
      block_indptr(%bi : memref<?xi32>) block_indices(%bx : memref<?xi32>)
      outs(%o : memref<?x32x128xf16>)
      {mask = #attn.mask<block_sparse, block = [16, 64]>,
       kernel_config = #attn.kernel_config<strategy = prefill, sm = 80, threads = 128,
                                           tile_q = 64, tile_kv = 64, stages = 2,
                                           split_kv = false, vec = 8>}
  return
}

// -----

// A decode kernel_config with several heads per thread round-trips (the default, 1, is elided).
// CHECK: #[[C:.*]] = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4, tile_kv = 16, stages = 2, split_kv = true, vec = 8, heads_per_thread = 4>
// CHECK: #[[D:.*]] = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4, tile_kv = 16, stages = 2, split_kv = true, vec = 8>{{$}}
// CHECK-LABEL: func.func private @heads_per_thread
// CHECK-SAME: c = #[[C]], d = #[[D]]
func.func private @heads_per_thread() attributes {
  c = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4, tile_kv = 16, stages = 2, split_kv = true, vec = 8, heads_per_thread = 4>,
  d = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4, tile_kv = 16, stages = 2, split_kv = true, vec = 8, heads_per_thread = 1>}

// -----

// fp8 KV cache with bf16 queries.
!fp8 = !attn.paged_kv<page_size = 64, layout = nhd, num_heads = 8, head_dim = 128, element_type = f8E4M3FN>

// CHECK: !paged_kv = !attn.paged_kv<page_size = 64, layout = nhd, num_heads = 8, head_dim = 128, element_type = f8E4M3FN>
// CHECK-LABEL: func.func @fp8_kv
func.func @fp8_kv(%q: memref<?x64x128xbf16>, %qi: memref<?xi32>, %kp: memref<?x64x8x128xf8E4M3FN>,
                  %ip: memref<?xi32>, %o: memref<?x64x128xbf16>) {
  %kv = attn.paged_kv k(%kp : memref<?x64x8x128xf8E4M3FN>) v(%kp : memref<?x64x8x128xf8E4M3FN>)
          indptr(%ip : memref<?xi32>) indices(%ip : memref<?xi32>)
          last_page_len(%ip : memref<?xi32>) : !fp8
  // CHECK: attn.attention
  attn.attention q(%q : memref<?x64x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !fp8)
      outs(%o : memref<?x64x128xbf16>) {mask = #attn.mask<causal>}
  return
}

// -----

// CHECK-LABEL: func.func @merges
func.func @merges(%va: memref<?x32x128xbf16>, %sa: memref<?x32xf32>,
                  %vb: memref<?x32x128xbf16>, %sb: memref<?x32xf32>,
                  %vs: memref<?x4x32x128xf32>, %ss: memref<?x4x32xf32>,
                  %vp: memref<?x32x128xf32>, %sp: memref<?x32xf32>, %ip: memref<?xi32>) {
  // CHECK: attn.merge_state ins(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : memref<?x32x128xbf16>, memref<?x32xf32>, memref<?x32x128xbf16>, memref<?x32xf32>) outs(%{{.*}}, %{{.*}} : memref<?x32x128xbf16>, memref<?x32xf32>)
  attn.merge_state ins(%va, %sa, %vb, %sb : memref<?x32x128xbf16>, memref<?x32xf32>,
                                             memref<?x32x128xbf16>, memref<?x32xf32>)
                   outs(%va, %sa : memref<?x32x128xbf16>, memref<?x32xf32>)
  // CHECK: attn.merge_state {{.*}} outs(%{{.*}} : memref<?x32x128xbf16>)
  attn.merge_state ins(%va, %sa, %vb, %sb : memref<?x32x128xbf16>, memref<?x32xf32>,
                                             memref<?x32x128xbf16>, memref<?x32xf32>)
                   outs(%vb : memref<?x32x128xbf16>)
  // CHECK: attn.merge_states ins(%{{.*}}, %{{.*}} : memref<?x4x32x128xf32>, memref<?x4x32xf32>) outs(%{{.*}}, %{{.*}} : memref<?x32x128xbf16>, memref<?x32xf32>)
  attn.merge_states ins(%vs, %ss : memref<?x4x32x128xf32>, memref<?x4x32xf32>)
                    outs(%va, %sa : memref<?x32x128xbf16>, memref<?x32xf32>)
  // CHECK: attn.merge_states ins(%{{.*}}, %{{.*}} : memref<?x32x128xf32>, memref<?x32xf32>) indptr(%{{.*}} : memref<?xi32>) outs(%{{.*}} : memref<?x32x128xbf16>)
  attn.merge_states ins(%vp, %sp : memref<?x32x128xf32>, memref<?x32xf32>)
                    indptr(%ip : memref<?xi32>) outs(%va : memref<?x32x128xbf16>)
  return
}

// -----

!nhd = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>

// CHECK-LABEL: func.func @append_and_rope
func.func @append_and_rope(%k: memref<?x8x128xbf16>, %v: memref<?x8x128xbf16>,
                           %q: memref<?x32x128xbf16>, %b: memref<?xi32>, %p: memref<?xi32>,
                           %kp: memref<?x16x8x128xbf16>, %ip: memref<?xi32>) {
  %kv = attn.paged_kv k(%kp : memref<?x16x8x128xbf16>) v(%kp : memref<?x16x8x128xbf16>)
          indptr(%ip : memref<?xi32>) indices(%ip : memref<?xi32>)
          last_page_len(%ip : memref<?xi32>) : !nhd
  // CHECK: attn.rope q(%{{.*}} : memref<?x32x128xbf16>) k(%{{.*}} : memref<?x8x128xbf16>) pos_ids(%{{.*}} : memref<?xi32>) outs(%{{.*}}, %{{.*}} : memref<?x32x128xbf16>, memref<?x8x128xbf16>) {rope = #attn.rope<llama, rotary_dim = 128, theta = 5.000000e+05>}
  attn.rope q(%q : memref<?x32x128xbf16>) k(%k : memref<?x8x128xbf16>) pos_ids(%p : memref<?xi32>)
      outs(%q, %k : memref<?x32x128xbf16>, memref<?x8x128xbf16>)
      {rope = #attn.rope<llama, rotary_dim = 128, theta = 500000.0>}
  // CHECK: attn.append_paged_kv k(%{{.*}} : memref<?x8x128xbf16>) v(%{{.*}} : memref<?x8x128xbf16>) batch_indices(%{{.*}} : memref<?xi32>) positions(%{{.*}} : memref<?xi32>) into(%{{.*}} : !paged_kv)
  attn.append_paged_kv k(%k : memref<?x8x128xbf16>) v(%v : memref<?x8x128xbf16>)
      batch_indices(%b : memref<?xi32>) positions(%p : memref<?xi32>) into(%kv : !nhd)
  return
}

// -----

// The tile-level ops (inside kernels): page lookup, copy of a thread's rows, commit and wait.
// CHECK-LABEL: gpu.func @tile_ops
// CHECK: %[[P:.*]]:2 = attn.kv_tile_pages %{{.*}}[%{{.*}}] tile %{{.*}} group %{{.*}} keys[%{{.*}}, %{{.*}}) {page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64} : memref<?xi32> -> index, index
// CHECK: attn.copy_kv_tile k(%{{.*}} : memref<?x8x16x128xbf16>) v(%{{.*}} : memref<?x8x16x128xbf16>) pages(%[[P]]#0, %[[P]]#1) head %{{.*}} col %{{.*}} tile %{{.*}} group %{{.*}} keys[%{{.*}}, %{{.*}}) into(%{{.*}}, %{{.*}} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, memref<2x16x128xbf16, #gpu.address_space<workgroup>>) [%{{.*}}] {async, hnd, page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64, vec = 8 : i64}
// CHECK: attn.copy_kv_tile k(%{{.*}} : memref<?x8x16x128xbf16, strided<[?, 2048, 128, 1]>>) v(%{{.*}} : memref<?x8x16x128xbf16, strided<[?, 2048, 128, 1]>>) pages(%[[P]]#0, %[[P]]#1)
// CHECK: attn.commit_kv_tiles
// CHECK: attn.wait_kv_tiles pending = 1
gpu.module @m {
  gpu.func @tile_ops(%kc: memref<?x8x16x128xbf16>, %ix: memref<?xi32>, %n: index,
                     %ks: memref<2x16x128xbf16, #gpu.address_space<workgroup>>) kernel {
    %c0 = arith.constant 0 : index
    %p:2 = attn.kv_tile_pages %ix[%c0] tile %c0 group %c0 keys[%c0, %n)
             {page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64}
             : memref<?xi32> -> index, index
    attn.copy_kv_tile k(%kc : memref<?x8x16x128xbf16>) v(%kc : memref<?x8x16x128xbf16>)
        pages(%p#0, %p#1) head %c0 col %c0 tile %c0 group %c0 keys[%c0, %n)
        into(%ks, %ks : memref<2x16x128xbf16, #gpu.address_space<workgroup>>,
                        memref<2x16x128xbf16, #gpu.address_space<workgroup>>)[%c0]
        {page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64, vec = 8 : i64,
         hnd, async}
    // Pools a runtime page stride apart (attn-outline's views of k_cache / v_cache).
    %c1 = arith.constant 1 : index
    %pitch = arith.constant 32768 : index
    %kv = memref.reinterpret_cast %kc to offset: [0], sizes: [%n, 8, 16, 128], strides: [%pitch, 2048, 128, 1]
        : memref<?x8x16x128xbf16> to memref<?x8x16x128xbf16, strided<[?, 2048, 128, 1]>>
    attn.copy_kv_tile k(%kv : memref<?x8x16x128xbf16, strided<[?, 2048, 128, 1]>>)
        v(%kv : memref<?x8x16x128xbf16, strided<[?, 2048, 128, 1]>>)
        pages(%p#0, %p#1) head %c0 col %c0 tile %c1 group %c0 keys[%c0, %n)
        into(%ks, %ks : memref<2x16x128xbf16, #gpu.address_space<workgroup>>,
                        memref<2x16x128xbf16, #gpu.address_space<workgroup>>)[%c0]
        {page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64, vec = 8 : i64,
         hnd, async}
    attn.commit_kv_tiles
    attn.wait_kv_tiles pending = 1
    gpu.return
  }
}

// -----

// The launch manifest of an outlined kernel.
// CHECK: attn.kernel_abi @decode_attention for @kernels::@decode_attention {block = array<i32: 128, 1, 1>, dynamic_smem = 21504 : i64, family = "decode", params = [{kind = "ptr", name = "q"}, {kind = "f32", name = "sm_scale"}], role = "attention", tile = {threads = 128 : i64}, variant = {head_dim = 128 : i64}}
attn.kernel_abi @decode_attention for @kernels::@decode_attention {
    block = array<i32: 128, 1, 1>, dynamic_smem = 21504 : i64, family = "decode",
    params = [{kind = "ptr", name = "q"}, {kind = "f32", name = "sm_scale"}], role = "attention",
    tile = {threads = 128 : i64}, variant = {head_dim = 128 : i64}}

// -----

// The tensor-core tile ops: a warp-level MMA on fragments, an opaque lane value, and a swizzled
// copy from ragged K/V (no pages).
// CHECK-LABEL: gpu.func @tensor_core_tile_ops
// CHECK: %[[R:.*]] = attn.recompute %{{.*}} : i32
// CHECK: attn.mma %{{.*}}, %{{.*}}, %{{.*}} : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
// CHECK: attn.copy_kv_tile k(%{{.*}} : memref<?x8x128xbf16>) v(%{{.*}} : memref<?x8x128xbf16>) pages() {{.*}} {page_size = 1 : i64, rows_per_group = 4 : i64, swizzle, tile_kv = 64 : i64, vec = 8 : i64}
gpu.module @m {
  gpu.func @tensor_core_tile_ops(%a: vector<4x2xbf16>, %b: vector<2x2xbf16>, %c: vector<2x2xf32>,
                                 %x: i32, %k: memref<?x8x128xbf16>, %n: index,
                                 %ks: memref<2x64x128xbf16, 3>, %out: memref<2x2xf32>) kernel {
    %c0 = arith.constant 0 : index
    %r = attn.recompute %x : i32
    %d = attn.mma %a, %b, %c : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
    attn.copy_kv_tile k(%k : memref<?x8x128xbf16>) v(%k : memref<?x8x128xbf16>) pages() head %c0 col %c0 tile %c0 group %c0 keys[%c0, %n) into(%ks, %ks : memref<2x64x128xbf16, 3>, memref<2x64x128xbf16, 3>)[%c0] {page_size = 1 : i64, rows_per_group = 4 : i64, swizzle, tile_kv = 64 : i64, vec = 8 : i64}
    vector.store %d, %out[%c0, %c0] : memref<2x2xf32>, vector<2x2xf32>
    gpu.return
  }
}

// -----

// A copy that signals an mbarrier when the thread's copies land (warp-specialized kernels).
// CHECK-LABEL: func.func @copy_arrive
// CHECK: attn.copy_kv_tile {{.*}} [%{{.*}}] arrive %{{.*}} {async, page_size = 1 : i64
func.func @copy_arrive(%k: memref<?x8x128xbf16>, %ks: memref<2x64x128xbf16, #gpu.address_space<workgroup>>,
                       %i: index, %n: index, %bar: i32) {
  attn.copy_kv_tile k(%k : memref<?x8x128xbf16>) v(%k : memref<?x8x128xbf16>) pages() head %i col %i tile %i group %i keys[%i, %n)
      into(%ks, %ks : memref<2x64x128xbf16, #gpu.address_space<workgroup>>, memref<2x64x128xbf16, #gpu.address_space<workgroup>>)[%i] arrive %bar
      {async, page_size = 1 : i64, rows_per_group = 8 : i64, swizzle, swizzle128, tile_kv = 64 : i64, vec = 8 : i64}
  return
}
