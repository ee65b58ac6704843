!paged_kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
#decode_layout = #attn.decode_layout<lanes = 16, heads = 4, slices = 2, heads_per_thread = 1, rows_per_group = 2, vec = 8>
module attributes {gpu.container_module} {
  gpu.module @llama3_8b_decode_kernels {
    gpu.func @llama3_8b_decode_attention(%arg0: memref<?x32x128xbf16> {attn.param = "q"}, %arg1: memref<?xi32> {attn.param = "qo_indptr"}, %arg2: memref<?x16x8x128xbf16> {attn.param = "k_cache"}, %arg3: memref<?x16x8x128xbf16> {attn.param = "v_cache"}, %arg4: memref<?xi32> {attn.param = "kv_indptr"}, %arg5: memref<?xi32> {attn.param = "kv_indices"}, %arg6: memref<?xi32> {attn.param = "kv_last_page_len"}, %arg7: i32 {attn.param = "kv_page_stride"}, %arg8: memref<?xi32> {attn.param = "work_request"}, %arg9: memref<?xi32> {attn.param = "work_kv_begin"}, %arg10: memref<?xi32> {attn.param = "work_kv_end"}, %arg11: memref<?xi32> {attn.param = "work_partial"}, %arg12: memref<1xi32> {attn.param = "num_work"}, %arg13: memref<?x32x128xbf16> {attn.param = "o"}, %arg14: memref<?x32xf32> {attn.param = "lse"}, %arg15: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg16: memref<?x32xf32> {attn.param = "tmp_lse"}) kernel attributes {attn.programmatic_primary, known_block_size = array<i32: 128, 1, 1>} {
      %c0_i32 = arith.constant 0 : i32
      %c2 = arith.constant 2 : index
      %c4 = arith.constant 4 : index
      %c15 = arith.constant 15 : index
      %c16 = arith.constant 16 : index
      %c1 = arith.constant 1 : index
      %c16384 = arith.constant 16384 : index
      %c8192 = arith.constant 8192 : index
      %c0 = arith.constant 0 : index
      %0 = arith.index_castui %arg7 : i32 to index
      %dim = memref.dim %arg2, %c0 : memref<?x16x8x128xbf16>
      %reinterpret_cast = memref.reinterpret_cast %arg2 to offset: [0], sizes: [%dim, 16, 8, 128], strides: [%0, 1024, 128, 1] : memref<?x16x8x128xbf16> to memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>
      %dim_0 = memref.dim %arg3, %c0 : memref<?x16x8x128xbf16>
      %reinterpret_cast_1 = memref.reinterpret_cast %arg3 to offset: [0], sizes: [%dim_0, 16, 8, 128], strides: [%0, 1024, 128, 1] : memref<?x16x8x128xbf16> to memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>
      %1 = attn.paged_kv k(%reinterpret_cast : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>) v(%reinterpret_cast_1 : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>) indptr(%arg4 : memref<?xi32>) indices(%arg5 : memref<?xi32>) last_page_len(%arg6 : memref<?xi32>) : !paged_kv
      %block_id_x = gpu.block_id  x
      %block_id_y = gpu.block_id  y
      %2 = gpu.dynamic_shared_memory : memref<?xi8, #gpu.address_space<workgroup>>
      %view = memref.view %2[%c0][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
      %view_2 = memref.view %2[%c8192][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
      %view_3 = memref.view %2[%c16384][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<5120xi8, #gpu.address_space<workgroup>>
      %3 = memref.load %arg12[%c0] : memref<1xi32>
      %4 = arith.index_cast %3 : i32 to index
      %5 = arith.cmpi ult, %block_id_x, %4 : index
      scf.if %5 {
        %6 = memref.load %arg8[%block_id_x] : memref<?xi32>
        %7 = arith.index_cast %6 : i32 to index
        %8 = memref.load %arg9[%block_id_x] : memref<?xi32>
        %9 = arith.index_cast %8 : i32 to index
        %10 = memref.load %arg10[%block_id_x] : memref<?xi32>
        %11 = arith.index_cast %10 : i32 to index
        %12 = memref.load %arg11[%block_id_x] : memref<?xi32>
        %13 = memref.load %arg1[%7] : memref<?xi32>
        %14 = arith.index_cast %13 : i32 to index
        %15 = memref.load %arg4[%7] : memref<?xi32>
        %16 = arith.index_cast %15 : i32 to index
        %17 = arith.addi %7, %c1 : index
        %18 = memref.load %arg4[%17] : memref<?xi32>
        %19 = arith.index_cast %18 : i32 to index
        %20 = arith.subi %19, %16 : index
        %21 = memref.load %arg6[%7] : memref<?xi32>
        %22 = arith.index_cast %21 : i32 to index
        %23 = arith.subi %20, %c1 : index
        %24 = arith.muli %23, %c16 : index
        %25 = arith.cmpi eq, %20, %c0 : index
        %26 = arith.addi %24, %22 : index
        %27 = arith.select %25, %c0, %26 : index
        %28 = arith.maxsi %11, %9 : index
        %29 = arith.subi %28, %9 : index
        %30 = arith.addi %29, %c15 : index
        %31 = arith.divui %30, %c16 : index
        %32 = arith.muli %block_id_y, %c4 : index
        %33 = arith.subi %27, %c1 : index
        %34 = attn.load_q_tile %arg0[%14, %32] {layout = #decode_layout, scale = 0.127517432 : f32} : memref<?x32x128xbf16> -> vector<4x128xf32>
        %m, %l, %acc = attn.init_state {layout = #decode_layout} : vector<4xf32>, vector<4x128xf32>
        %35:3 = scf.for %arg17 = %c0 to %31 step %c1 iter_args(%arg18 = %m, %arg19 = %l, %arg20 = %acc) -> (vector<4xf32>, vector<4xf32>, vector<4x128xf32>) {
          %37 = arith.remui %arg17, %c2 : index
          attn.load_kv_tile %1[%16] head %block_id_y tile %arg17 keys[%9, %11) into %view, %view_2[%37] {layout = #decode_layout} : !paged_kv, memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          gpu.barrier
          %38 = arith.muli %arg17, %c16 : index
          %39 = arith.addi %9, %38 : index
          %40 = attn.tile_qk %34, %view[%37] {layout = #decode_layout} : vector<4x128xf32>, memref<2x16x128xbf16, #gpu.address_space<workgroup>> -> vector<4x16xf32>
          %41 = attn.score_mod %40 rows %33 cols %39 keys %11 {layout = #decode_layout, mask = #attn.mask<none>, rows_per_position = 4 : i64, scale = 1.000000e+00 : f32} : vector<4x16xf32>
          %p, %m_new, %l_new, %alpha, %acc_new = attn.online_softmax %41 max %arg18 sum %arg19 acc %arg20 {layout = #decode_layout} : vector<4x16xf32>, vector<4xf32>, vector<4x128xf32>
          %42 = attn.tile_pv %p, %view_2[%37], %acc_new {layout = #decode_layout} : vector<4x16xf32>, memref<2x16x128xbf16, #gpu.address_space<workgroup>> -> vector<4x128xf32>
          gpu.barrier
          scf.yield %m_new, %l_new, %42 : vector<4xf32>, vector<4xf32>, vector<4x128xf32>
        }
        %o, %lse = attn.finalize %35#2 max %35#0 sum %35#1 scratch %view_3 : memref<5120xi8, #gpu.address_space<workgroup>> {layout = #decode_layout, natural_lse} : vector<4x128xf32>, vector<4xf32>
        %36 = arith.cmpi slt, %12, %c0_i32 : i32
        scf.if %36 {
          attn.store_output %o, %lse into %arg13[%14, %32] lse %arg14 {layout = #decode_layout} : vector<4x128xf32>, vector<4xf32>, memref<?x32x128xbf16>, memref<?x32xf32>
        } else {
          %37 = arith.index_cast %12 : i32 to index
          attn.store_output %o, %lse into %arg15[%37, %32] lse %arg16 {layout = #decode_layout} : vector<4x128xf32>, vector<4xf32>, memref<?x32x128xf32>, memref<?x32xf32>
        }
      }
      gpu.return
    }
    gpu.func @llama3_8b_decode_merge(%arg0: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg1: memref<?x32xf32> {attn.param = "tmp_lse"}, %arg2: memref<?xi32> {attn.param = "merge_indptr"}, %arg3: memref<1xi32> {attn.param = "num_rows"}, %arg4: memref<?x32x128xbf16> {attn.param = "o"}, %arg5: memref<?x32xf32> {attn.param = "lse"}) kernel attributes {attn.programmatic_dependent, known_block_size = array<i32: 256, 1, 1>} {
      attn.merge_states ins(%arg0, %arg1 : memref<?x32x128xf32>, memref<?x32xf32>) indptr(%arg2 : memref<?xi32>) outs(%arg4, %arg5 : memref<?x32x128xbf16>, memref<?x32xf32>) {layout = #attn.merge_layout<lanes = 16, slices = 16>}
      gpu.return
    }
  }
  attn.kernel_abi @llama3_8b_decode_attention for @llama3_8b_decode_kernels::@llama3_8b_decode_attention {block = array<i32: 128, 1, 1>, dynamic_smem = 21504 : i64, family = "decode", params = [{kind = "ptr", name = "q"}, {kind = "ptr", name = "qo_indptr"}, {kind = "ptr", name = "k_cache"}, {kind = "ptr", name = "v_cache"}, {kind = "ptr", name = "kv_indptr"}, {kind = "ptr", name = "kv_indices"}, {kind = "ptr", name = "kv_last_page_len"}, {kind = "i32", name = "kv_page_stride"}, {kind = "ptr", name = "work_request"}, {kind = "ptr", name = "work_kv_begin"}, {kind = "ptr", name = "work_kv_end"}, {kind = "ptr", name = "work_partial"}, {kind = "ptr", name = "num_work"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}, {kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}], role = "attention", tile = {bdx = 16 : i64, bdy = 4 : i64, bdz = 2 : i64, heads_per_thread = 1 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 16 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  attn.kernel_abi @llama3_8b_decode_merge for @llama3_8b_decode_kernels::@llama3_8b_decode_merge {block = array<i32: 256, 1, 1>, dynamic_smem = 0 : i64, family = "decode", params = [{kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}, {kind = "ptr", name = "merge_indptr"}, {kind = "ptr", name = "num_rows"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}], role = "merge", tile = {bdx = 16 : i64, heads_per_cta = 1 : i64, pdl = 1 : i64, slices = 16 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 16 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  func.func @llama3_8b_decode(%arg0: memref<?x32x128xbf16>, %arg1: memref<?xi32>, %arg2: memref<?x16x8x128xbf16>, %arg3: memref<?x16x8x128xbf16>, %arg4: memref<?xi32>, %arg5: memref<?xi32>, %arg6: memref<?xi32>, %arg7: memref<?x32x128xbf16>, %arg8: memref<?x32xf32>) {
    return
  }
}

