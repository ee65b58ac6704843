!paged_kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
#decode_layout = #attn.decode_layout<lanes = 16, heads = 4, slices = 2, heads_per_thread = 1, rows_per_group = 2, vec = 8>
module attributes {gpu.container_module} {
  gpu.module @llama3_8b_decode_kernels {
    gpu.func @llama3_8b_decode_attention(%arg0: memref<?x32x128xbf16> {attn.param = "q"}, %arg1: memref<?xi32> {attn.param = "qo_indptr"}, %arg2: memref<?x16x8x128xbf16> {attn.param = "k_cache"}, %arg3: memref<?x16x8x128xbf16> {attn.param = "v_cache"}, %arg4: memref<?xi32> {attn.param = "kv_indptr"}, %arg5: memref<?xi32> {attn.param = "kv_indices"}, %arg6: memref<?xi32> {attn.param = "kv_last_page_len"}, %arg7: memref<?xi32> {attn.param = "work_request"}, %arg8: memref<?xi32> {attn.param = "work_kv_begin"}, %arg9: memref<?xi32> {attn.param = "work_kv_end"}, %arg10: memref<?xi32> {attn.param = "work_partial"}, %arg11: memref<1xi32> {attn.param = "num_work"}, %arg12: memref<?x32x128xbf16> {attn.param = "o"}, %arg13: memref<?x32xf32> {attn.param = "lse"}, %arg14: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg15: memref<?x32xf32> {attn.param = "tmp_lse"}) kernel attributes {attn.programmatic_primary, known_block_size = array<i32: 128, 1, 1>} {
      %c0_i32 = arith.constant 0 : i32
      %c2 = arith.constant 2 : index
      %c4 = arith.constant 4 : index
      %c15 = arith.constant 15 : index
      %c16 = arith.constant 16 : index
      %c1 = arith.constant 1 : index
      %c16384 = arith.constant 16384 : index
      %c8192 = arith.constant 8192 : index
      %c0 = arith.constant 0 : index
      %0 = attn.paged_kv k(%arg2 : memref<?x16x8x128xbf16>) v(%arg3 : memref<?x16x8x128xbf16>) indptr(%arg4 : memref<?xi32>) indices(%arg5 : memref<?xi32>) last_page_len(%arg6 : memref<?xi32>) : !paged_kv
      %block_id_x = gpu.block_id  x
      %block_id_y = gpu.block_id  y
      %1 = gpu.dynamic_shared_memory : memref<?xi8, #gpu.address_space<workgroup>>
      %view = memref.view %1[%c0][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
      %view_0 = memref.view %1[%c8192][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
      %view_1 = memref.view %1[%c16384][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<5120xi8, #gpu.address_space<workgroup>>
      %2 = memref.load %arg11[%c0] : memref<1xi32>
      %3 = arith.index_cast %2 : i32 to index
      %4 = arith.cmpi ult, %block_id_x, %3 : index
      scf.if %4 {
        %5 = memref.load %arg7[%block_id_x] : memref<?xi32>
        %6 = arith.index_cast %5 : i32 to index
        %7 = memref.load %arg8[%block_id_x] : memref<?xi32>
        %8 = arith.index_cast %7 : i32 to index
        %9 = memref.load %arg9[%block_id_x] : memref<?xi32>
        %10 = arith.index_cast %9 : i32 to index
        %11 = memref.load %arg10[%block_id_x] : memref<?xi32>
        %12 = memref.load %arg1[%6] : memref<?xi32>
        %13 = arith.index_cast %12 : i32 to index
        %14 = memref.load %arg4[%6] : memref<?xi32>
        %15 = arith.index_cast %14 : i32 to index
        %16 = arith.addi %6, %c1 : index
        %17 = memref.load %arg4[%16] : memref<?xi32>
        %18 = arith.index_cast %17 : i32 to index
        %19 = arith.subi %18, %15 : index
        %20 = memref.load %arg6[%6] : memref<?xi32>
        %21 = arith.index_cast %20 : i32 to index
        %22 = arith.subi %19, %c1 : index
        %23 = arith.muli %22, %c16 : index
        %24 = arith.cmpi eq, %19, %c0 : index
        %25 = arith.addi %23, %21 : index
        %26 = arith.select %24, %c0, %25 : index
        %27 = arith.maxsi %10, %8 : index
        %28 = arith.subi %27, %8 : index
        %29 = arith.addi %28, %c15 : index
        %30 = arith.divui %29, %c16 : index
        %31 = arith.muli %block_id_y, %c4 : index
        %32 = arith.subi %26, %c1 : index
        %33 = attn.load_q_tile %arg0[%13, %31] {layout = #decode_layout, scale = 0.127517432 : f32} : memref<?x32x128xbf16> -> vector<4x128xf32>
        %m, %l, %acc = attn.init_state {layout = #decode_layout} : vector<4xf32>, vector<4x128xf32>
        %34:3 = scf.for %arg16 = %c0 to %30 step %c1 iter_args(%arg17 = %m, %arg18 = %l, %arg19 = %acc) -> (vector<4xf32>, vector<4xf32>, vector<4x128xf32>) {
          %36 = arith.remui %arg16, %c2 : index
          attn.load_kv_tile %0[%15] head %block_id_y tile %arg16 keys[%8, %10) into %view, %view_0[%36] {layout = #decode_layout} : !paged_kv, memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          gpu.barrier
          %37 = arith.muli %arg16, %c16 : index
          %38 = arith.addi %8, %37 : index
          %39 = attn.tile_qk %33, %view[%36] {layout = #decode_layout} : vector<4x128xf32>, memref<2x16x128xbf16, #gpu.address_space<workgroup>> -> vector<4x16xf32>
          %40 = attn.score_mod %39 rows %32 cols %38 keys %10 {layout = #decode_layout, mask = #attn.mask<none>, rows_per_position = 4 : i64, scale = 1.000000e+00 : f32} : vector<4x16xf32>
          %p, %m_new, %l_new, %alpha, %acc_new = attn.online_softmax %40 max %arg17 sum %arg18 acc %arg19 {layout = #decode_layout} : vector<4x16xf32>, vector<4xf32>, vector<4x128xf32>
          %41 = attn.tile_pv %p, %view_0[%36], %acc_new {layout = #decode_layout} : vector<4x16xf32>, memref<2x16x128xbf16, #gpu.address_space<workgroup>> -> vector<4x128xf32>
          gpu.barrier
          scf.yield %m_new, %l_new, %41 : vector<4xf32>, vector<4xf32>, vector<4x128xf32>
        }
        %o, %lse = attn.finalize %34#2 max %34#0 sum %34#1 scratch %view_1 : memref<5120xi8, #gpu.address_space<workgroup>> {layout = #decode_layout, natural_lse} : vector<4x128xf32>, vector<4xf32>
        %35 = arith.cmpi slt, %11, %c0_i32 : i32
        scf.if %35 {
          attn.store_output %o, %lse into %arg12[%13, %31] lse %arg13 {layout = #decode_layout} : vector<4x128xf32>, vector<4xf32>, memref<?x32x128xbf16>, memref<?x32xf32>
        } else {
          %36 = arith.index_cast %11 : i32 to index
          attn.store_output %o, %lse into %arg14[%36, %31] lse %arg15 {layout = #decode_layout} : vector<4x128xf32>, vector<4xf32>, memref<?x32x128xf32>, memref<?x32xf32>
        }
      }
      gpu.return
    }
    gpu.func @llama3_8b_decode_merge(%arg0: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg1: memref<?x32xf32> {attn.param = "tmp_lse"}, %arg2: memref<?xi32> {attn.param = "merge_indptr"}, %arg3: memref<1xi32> {attn.param = "num_rows"}, %arg4: memref<?x32x128xbf16> {attn.param = "o"}, %arg5: memref<?x32xf32> {attn.param = "lse"}) kernel attributes {attn.programmatic_dependent, known_block_size = array<i32: 256, 1, 1>} {
      attn.merge_states ins(%arg0, %arg1 : memref<?x32x128xf32>, memref<?x32xf32>) indptr(%arg2 : memref<?xi32>) outs(%arg4, %arg5 : memref<?x32x128xbf16>, memref<?x32xf32>) {layout = #attn.merge_layout<lanes = 16, slices = 16>}
      gpu.return
    }
  }
  attn.kernel_abi @llama3_8b_decode_attention for @llama3_8b_decode_kernels::@llama3_8b_decode_attention {block = array<i32: 128, 1, 1>, dynamic_smem = 21504 : i64, family = "decode", params = [{kind = "ptr", name = "q"}, {kind = "ptr", name = "qo_indptr"}, {kind = "ptr", name = "k_cache"}, {kind = "ptr", name = "v_cache"}, {kind = "ptr", name = "kv_indptr"}, {kind = "ptr", name = "kv_indices"}, {kind = "ptr", name = "kv_last_page_len"}, {kind = "ptr", name = "work_request"}, {kind = "ptr", name = "work_kv_begin"}, {kind = "ptr", name = "work_kv_end"}, {kind = "ptr", name = "work_partial"}, {kind = "ptr", name = "num_work"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}, {kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}], role = "attention", tile = {bdx = 16 : i64, bdy = 4 : i64, bdz = 2 : i64, heads_per_thread = 1 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 16 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  attn.kernel_abi @llama3_8b_decode_merge for @llama3_8b_decode_kernels::@llama3_8b_decode_merge {block = array<i32: 256, 1, 1>, dynamic_smem = 0 : i64, family = "decode", params = [{kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}, {kind = "ptr", name = "merge_indptr"}, {kind = "ptr", name = "num_rows"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}], role = "merge", tile = {bdx = 16 : i64, heads_per_cta = 1 : i64, pdl = 1 : i64, slices = 16 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 16 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  func.func @llama3_8b_decode(%arg0: memref<?x32x128xbf16>, %arg1: memref<?xi32>, %arg2: memref<?x16x8x128xbf16>, %arg3: memref<?x16x8x128xbf16>, %arg4: memref<?xi32>, %arg5: memref<?xi32>, %arg6: memref<?xi32>, %arg7: memref<?x32x128xbf16>, %arg8: memref<?x32xf32>) {
    return
  }
}

