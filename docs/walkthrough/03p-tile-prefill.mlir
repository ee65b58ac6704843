!paged_kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
#prefill_layout = #attn.prefill_layout<warps = 8, slices = 1, rows_per_group = 4, vec = 8>
module attributes {gpu.container_module} {
  gpu.module @llama3_8b_prefill_kernels {
    gpu.func @llama3_8b_prefill_attention(%arg0: memref<?x32x128xbf16> {attn.param = "q"}, %arg1: memref<?xi32> {attn.param = "qo_indptr"}, %arg2: memref<?x16x8x128xbf16> {attn.param = "k_cache"}, %arg3: memref<?x16x8x128xbf16> {attn.param = "v_cache"}, %arg4: memref<?xi32> {attn.param = "kv_indptr"}, %arg5: memref<?xi32> {attn.param = "kv_indices"}, %arg6: memref<?xi32> {attn.param = "kv_last_page_len"}, %arg7: i32 {attn.param = "kv_page_stride"}, %arg8: memref<?xi32> {attn.param = "work_request"}, %arg9: memref<?xi32> {attn.param = "work_qo_tile"}, %arg10: memref<?xi32> {attn.param = "work_kv_begin"}, %arg11: memref<?xi32> {attn.param = "work_kv_end"}, %arg12: memref<?xi32> {attn.param = "work_partial"}, %arg13: memref<?xi32> {attn.param = "work_partial_stride"}, %arg14: memref<1xi32> {attn.param = "num_work"}, %arg15: memref<?x32x128xbf16> {attn.param = "o"}, %arg16: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg17: memref<?x32xf32> {attn.param = "tmp_lse"}) kernel attributes {attn.programmatic_primary, known_block_size = array<i32: 256, 1, 1>} {
      %c64_i32 = arith.constant 64 : i32
      %c2 = arith.constant 2 : index
      %c128 = arith.constant 128 : index
      %c4 = arith.constant 4 : index
      %c16 = arith.constant 16 : index
      %c1 = arith.constant 1 : index
      %c65536 = arith.constant 65536 : index
      %c32768 = arith.constant 32768 : index
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
      %view = memref.view %2[%c0][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<128x128xbf16, #gpu.address_space<workgroup>>
      %view_2 = memref.view %2[%c32768][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x64x128xbf16, #gpu.address_space<workgroup>>
      %view_3 = memref.view %2[%c65536][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x64x128xbf16, #gpu.address_space<workgroup>>
      %3 = memref.load %arg14[%c0] : memref<1xi32>
      %4 = arith.index_cast %3 : i32 to index
      %5 = arith.cmpi ult, %block_id_y, %4 : index
      scf.if %5 {
        %6 = memref.load %arg8[%block_id_y] : memref<?xi32>
        %7 = arith.index_cast %6 : i32 to index
        %8 = memref.load %arg9[%block_id_y] : memref<?xi32>
        %9 = arith.index_cast %8 : i32 to index
        %10 = memref.load %arg10[%block_id_y] : memref<?xi32>
        %11 = arith.index_cast %10 : i32 to index
        %12 = memref.load %arg11[%block_id_y] : memref<?xi32>
        %13 = arith.index_cast %12 : i32 to index
        %14 = memref.load %arg1[%7] : memref<?xi32>
        %15 = arith.index_cast %14 : i32 to index
        %16 = arith.addi %7, %c1 : index
        %17 = memref.load %arg1[%16] : memref<?xi32>
        %18 = arith.index_cast %17 : i32 to index
        %19 = arith.subi %18, %15 : index
        %20 = memref.load %arg4[%7] : memref<?xi32>
        %21 = arith.index_cast %20 : i32 to index
        %22 = memref.load %arg4[%16] : memref<?xi32>
        %23 = arith.index_cast %22 : i32 to index
        %24 = arith.subi %23, %21 : index
        %25 = memref.load %arg6[%7] : memref<?xi32>
        %26 = arith.index_cast %25 : i32 to index
        %27 = arith.cmpi eq, %24, %c0 : index
        %28 = arith.subi %24, %c1 : index
        %29 = arith.muli %28, %c16 : index
        %30 = arith.addi %29, %26 : index
        %31 = arith.select %27, %c0, %30 : index
        %32 = arith.muli %19, %c4 : index
        %33 = arith.muli %9, %c128 : index
        %34 = arith.addi %33, %c128 : index
        %35 = arith.minsi %34, %32 : index
        %36 = arith.subi %31, %19 : index
        %37 = arith.index_cast %36 : index to i32
        %38 = arith.index_cast %33 : index to i32
        %lo, %num_tiles, %unmasked_begin, %unmasked_end = attn.kv_tile_range keys[%11, %13) rows[%33, %35) delta %36 {align = 4 : i64, mask = #attn.mask<causal>, rows_per_position = 4 : i64, tile_kv = 64 : i64}
        %39 = attn.load_q_tile %arg0[%15, %block_id_x] rows[%33, %32) rope at %36 into %view : memref<128x128xbf16, #gpu.address_space<workgroup>> {layout = #prefill_layout, rope = #attn.rope<llama3, rotary_dim = 128, theta = 5.000000e+05>, rows_per_position = 4 : i64} : memref<?x32x128xbf16> -> vector<128x128xbf16>
        %m, %l, %acc = attn.init_state {layout = #prefill_layout} : vector<128xf32>, vector<128x128xf32>
        %40:3 = scf.for %arg18 = %c0 to %num_tiles step %c1 iter_args(%arg19 = %m, %arg20 = %l, %arg21 = %acc) -> (vector<128xf32>, vector<128xf32>, vector<128x128xf32>) {
          %64 = arith.remui %arg18, %c2 : index
          attn.load_kv_tile %1[%21] head %block_id_x tile %arg18 keys[%lo, %13) into %view_2, %view_3[%64] {keys_aligned = 4 : i64, layout = #prefill_layout, swizzle} : !paged_kv, memref<2x64x128xbf16, #gpu.address_space<workgroup>>
          gpu.barrier
          %65 = arith.index_cast %arg18 : index to i32
          %66 = arith.index_cast %lo : index to i32
          %67 = attn.recompute %66 : i32
          %68 = arith.muli %65, %c64_i32 : i32
          %69 = arith.addi %67, %68 : i32
          %70 = arith.index_cast %69 : i32 to index
          %71 = arith.index_cast %unmasked_end : index to i32
          %72 = attn.recompute %71 : i32
          %73 = arith.cmpi sge, %65, %72 : i32
          attn.rope_k_tile %view_2[%64] at %70 {layout = #prefill_layout, rope = #attn.rope<llama3, rotary_dim = 128, theta = 5.000000e+05>} : memref<2x64x128xbf16, #gpu.address_space<workgroup>>
          gpu.barrier
          %74:3 = scf.if %73 -> (vector<128xf32>, vector<128xf32>, vector<128x128xf32>) {
            %75 = attn.tile_qk %39, %view_2[%64] {layout = #prefill_layout} : vector<128x128xbf16>, memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<128x64xf32>
            %76 = attn.score_mod %75 rows %37 offset %38 cols %69 keys %12 {layout = #prefill_layout, mask = #attn.mask<causal>, rows_per_position = 4 : i64, scale = 1.000000e+00 : f32} : vector<128x64xf32>, i32
            %p, %m_new, %l_new, %alpha, %acc_new = attn.online_softmax %76 max %arg19 sum %arg20 acc %arg21 {layout = #prefill_layout, scale = 0.12751743082459868 : f64} : vector<128x64xf32>, vector<128xf32>, vector<128x128xf32>
            %77 = attn.tile_pv %p, %view_3[%64], %acc_new {layout = #prefill_layout} : vector<128x64xf32>, memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<128x128xf32>
            scf.yield %m_new, %l_new, %77 : vector<128xf32>, vector<128xf32>, vector<128x128xf32>
          } else {
            %75 = attn.tile_qk %39, %view_2[%64] {layout = #prefill_layout} : vector<128x128xbf16>, memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<128x64xf32>
            %76 = attn.score_mod %75 rows %37 offset %38 cols %69 keys %12 {all_visible, layout = #prefill_layout, mask = #attn.mask<causal>, rows_per_position = 4 : i64, scale = 1.000000e+00 : f32} : vector<128x64xf32>, i32
            %p, %m_new, %l_new, %alpha, %acc_new = attn.online_softmax %76 max %arg19 sum %arg20 acc %arg21 {layout = #prefill_layout, scale = 0.12751743082459868 : f64} : vector<128x64xf32>, vector<128xf32>, vector<128x128xf32>
            %77 = attn.tile_pv %p, %view_3[%64], %acc_new {layout = #prefill_layout} : vector<128x64xf32>, memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<128x128xf32>
            scf.yield %m_new, %l_new, %77 : vector<128xf32>, vector<128xf32>, vector<128x128xf32>
          }
          gpu.barrier
          scf.yield %74#0, %74#1, %74#2 : vector<128xf32>, vector<128xf32>, vector<128x128xf32>
        } {attn.single_barrier}
        %41 = arith.index_cast %block_id_y : index to i32
        %42 = attn.recompute %41 : i32
        %43 = arith.index_cast %42 : i32 to index
        %44 = arith.index_cast %block_id_x : index to i32
        %45 = attn.recompute %44 : i32
        %46 = arith.index_cast %45 : i32 to index
        %47 = memref.load %arg8[%43] : memref<?xi32>
        %48 = arith.index_cast %47 : i32 to index
        %49 = memref.load %arg12[%43] : memref<?xi32>
        %50 = memref.load %arg13[%43] : memref<?xi32>
        %51 = arith.index_cast %50 : i32 to index
        %52 = memref.load %arg1[%48] : memref<?xi32>
        %53 = arith.index_cast %52 : i32 to index
        %54 = arith.addi %48, %c1 : index
        %55 = memref.load %arg1[%54] : memref<?xi32>
        %56 = arith.index_cast %55 : i32 to index
        %57 = arith.subi %56, %53 : index
        %58 = memref.load %arg9[%43] : memref<?xi32>
        %59 = arith.index_cast %58 : i32 to index
        %60 = arith.muli %59, %c128 : index
        %61 = arith.addi %60, %c128 : index
        %62 = arith.muli %57, %c4 : index
        %63 = arith.minsi %61, %62 : index
        %o, %lse = attn.finalize %40#2 max %40#0 sum %40#1 {layout = #prefill_layout, natural_lse, scale = 0.12751743082459868 : f64} : vector<128x128xf32>, vector<128xf32>
        attn.store_output %o, %lse into %arg15[%53, %46] rows[%60, %63) slot %49 partial %arg16, %arg17[%51] : memref<?x32x128xf32>, memref<?x32xf32> {layout = #prefill_layout, rows_per_position = 4 : i64} : vector<128x128xf32>, vector<128xf32>, memref<?x32x128xbf16>
      }
      gpu.return
    }
    gpu.func @llama3_8b_prefill_merge(%arg0: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg1: memref<?x32xf32> {attn.param = "tmp_lse"}, %arg2: memref<?xi32> {attn.param = "merge_indptr"}, %arg3: memref<1xi32> {attn.param = "num_rows"}, %arg4: memref<?x32x128xbf16> {attn.param = "o"}) kernel attributes {attn.programmatic_dependent, known_block_size = array<i32: 256, 1, 1>} {
      attn.merge_states ins(%arg0, %arg1 : memref<?x32x128xf32>, memref<?x32xf32>) indptr(%arg2 : memref<?xi32>) outs(%arg4 : memref<?x32x128xbf16>) {layout = #attn.merge_layout<lanes = 16, slices = 16>}
      gpu.return
    }
  }
  attn.kernel_abi @llama3_8b_prefill_attention for @llama3_8b_prefill_kernels::@llama3_8b_prefill_attention {block = array<i32: 256, 1, 1>, dynamic_smem = 98304 : i64, family = "prefill", params = [{kind = "ptr", name = "q"}, {kind = "ptr", name = "qo_indptr"}, {kind = "ptr", name = "k_cache"}, {kind = "ptr", name = "v_cache"}, {kind = "ptr", name = "kv_indptr"}, {kind = "ptr", name = "kv_indices"}, {kind = "ptr", name = "kv_last_page_len"}, {kind = "i32", name = "kv_page_stride"}, {kind = "ptr", name = "work_request"}, {kind = "ptr", name = "work_qo_tile"}, {kind = "ptr", name = "work_kv_begin"}, {kind = "ptr", name = "work_kv_end"}, {kind = "ptr", name = "work_partial"}, {kind = "ptr", name = "work_partial_stride"}, {kind = "ptr", name = "num_work"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}], role = "attention", tile = {m_tiles = 1 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "prefill", threads = 256 : i64, tile_kv = 64 : i64, tile_q = 128 : i64, vec = 8 : i64, warps = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = false, rope = "llama3", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  attn.kernel_abi @llama3_8b_prefill_merge for @llama3_8b_prefill_kernels::@llama3_8b_prefill_merge {block = array<i32: 256, 1, 1>, dynamic_smem = 0 : i64, family = "prefill", params = [{kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}, {kind = "ptr", name = "merge_indptr"}, {kind = "ptr", name = "num_rows"}, {kind = "ptr", name = "o"}], role = "merge", tile = {bdx = 16 : i64, heads_per_cta = 1 : i64, pdl = 1 : i64, slices = 16 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "prefill", threads = 256 : i64, tile_kv = 64 : i64, tile_q = 128 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = false, rope = "llama3", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  func.func @llama3_8b_prefill(%arg0: memref<?x32x128xbf16>, %arg1: memref<?xi32>, %arg2: memref<?x16x8x128xbf16>, %arg3: memref<?x16x8x128xbf16>, %arg4: memref<?xi32>, %arg5: memref<?xi32>, %arg6: memref<?xi32>, %arg7: memref<?x32x128xbf16>) {
    return
  }
}

