!paged_kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
#prefill_layout = #attn.prefill_layout<warps = 8, slices = 1, rows_per_group = 16, vec = 8, wgmma = true, producer_warps = 4>
module attributes {gpu.container_module} {
  gpu.module @llama3_8b_prefill_kernels {
    gpu.func @llama3_8b_prefill_attention(%arg0: memref<?x32x128xbf16> {attn.param = "q"}, %arg1: memref<?xi32> {attn.param = "qo_indptr"}, %arg2: memref<?x16x8x128xbf16> {attn.param = "k_cache"}, %arg3: memref<?x16x8x128xbf16> {attn.param = "v_cache"}, %arg4: memref<128xi8> {attn.param = "k_tmap", attn.tensor_map}, %arg5: memref<128xi8> {attn.param = "v_tmap", attn.tensor_map}, %arg6: memref<?xi32> {attn.param = "kv_indptr"}, %arg7: memref<?xi32> {attn.param = "kv_indices"}, %arg8: memref<?xi32> {attn.param = "kv_last_page_len"}, %arg9: i32 {attn.param = "kv_page_stride"}, %arg10: memref<?xi32> {attn.param = "work_request"}, %arg11: memref<?xi32> {attn.param = "work_qo_tile"}, %arg12: memref<?xi32> {attn.param = "work_kv_begin"}, %arg13: memref<?xi32> {attn.param = "work_kv_end"}, %arg14: memref<?xi32> {attn.param = "work_partial"}, %arg15: memref<?xi32> {attn.param = "work_partial_stride"}, %arg16: memref<1xi32> {attn.param = "num_work"}, %arg17: memref<?x32x128xbf16> {attn.param = "o"}, %arg18: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg19: memref<?x32xf32> {attn.param = "tmp_lse"}) kernel attributes {attn.programmatic_primary, known_block_size = array<i32: 384, 1, 1>} {
      %c128_i32 = arith.constant 128 : i32
      %c256_i32 = arith.constant 256 : i32
      %c13_i32 = arith.constant 13 : i32
      %c10000000 = arith.constant 10000000 : index
      %true = arith.constant true
      %c128 = arith.constant 128 : index
      %c4 = arith.constant 4 : index
      %c16 = arith.constant 16 : index
      %c8 = arith.constant 8 : index
      %c3 = arith.constant 3 : index
      %c2 = arith.constant 2 : index
      %c256 = arith.constant 256 : index
      %c1 = arith.constant 1 : index
      %c98304 = arith.constant 98304 : index
      %c32768 = arith.constant 32768 : index
      %c0 = arith.constant 0 : index
      %0 = arith.index_castui %arg9 : i32 to index
      %dim = memref.dim %arg2, %c0 : memref<?x16x8x128xbf16>
      %reinterpret_cast = memref.reinterpret_cast %arg2 to offset: [0], sizes: [%dim, 16, 8, 128], strides: [%0, 1024, 128, 1] : memref<?x16x8x128xbf16> to memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>
      %dim_0 = memref.dim %arg3, %c0 : memref<?x16x8x128xbf16>
      %reinterpret_cast_1 = memref.reinterpret_cast %arg3 to offset: [0], sizes: [%dim_0, 16, 8, 128], strides: [%0, 1024, 128, 1] : memref<?x16x8x128xbf16> to memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>
      %1 = attn.paged_kv k(%reinterpret_cast : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>) v(%reinterpret_cast_1 : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>) indptr(%arg6 : memref<?xi32>) indices(%arg7 : memref<?xi32>) last_page_len(%arg8 : memref<?xi32>) : !paged_kv
      %2 = gpu.dynamic_shared_memory : memref<?xi8, #gpu.address_space<workgroup>>
      %view = memref.view %2[%c0][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<128x128xbf16, #gpu.address_space<workgroup>>
      %view_2 = memref.view %2[%c32768][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x128x128xbf16, #gpu.address_space<workgroup>>
      %view_3 = memref.view %2[%c98304][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x128x128xbf16, #gpu.address_space<workgroup>>
      %3 = memref.load %arg16[%c0] : memref<1xi32>
      %4 = arith.index_cast %3 : i32 to index
      %5 = nvgpu.mbarrier.create -> <memorySpace = #gpu.address_space<workgroup>, num_barriers = 4>
      %thread_id_x = gpu.thread_id  x
      %6 = arith.cmpi eq, %thread_id_x, %c0 : index
      nvgpu.mbarrier.init %5[%c0], %c1, predicate = %6 : <memorySpace = #gpu.address_space<workgroup>, num_barriers = 4>
      nvgpu.mbarrier.init %5[%c2], %c256, predicate = %6 : <memorySpace = #gpu.address_space<workgroup>, num_barriers = 4>
      nvgpu.mbarrier.init %5[%c1], %c1, predicate = %6 : <memorySpace = #gpu.address_space<workgroup>, num_barriers = 4>
      nvgpu.mbarrier.init %5[%c3], %c256, predicate = %6 : <memorySpace = #gpu.address_space<workgroup>, num_barriers = 4>
      gpu.barrier
      %7 = arith.muli %4, %c8 : index
      attn.warp_specialize consumers 256 producers 128 registers(232, 40) producer {
        %block_id_x = gpu.block_id  x
        %grid_dim_x = gpu.grid_dim  x
        %8 = scf.for %arg20 = %block_id_x to %7 step %grid_dim_x iter_args(%arg21 = %c0) -> (index) {
          %9 = arith.remui %arg20, %c8 : index
          %10 = arith.divui %arg20, %c8 : index
          %11 = memref.load %arg10[%10] : memref<?xi32>
          %12 = arith.index_cast %11 : i32 to index
          %13 = memref.load %arg11[%10] : memref<?xi32>
          %14 = arith.index_cast %13 : i32 to index
          %15 = memref.load %arg12[%10] : memref<?xi32>
          %16 = arith.index_cast %15 : i32 to index
          %17 = memref.load %arg13[%10] : memref<?xi32>
          %18 = arith.index_cast %17 : i32 to index
          %19 = memref.load %arg1[%12] : memref<?xi32>
          %20 = arith.index_cast %19 : i32 to index
          %21 = arith.addi %12, %c1 : index
          %22 = memref.load %arg1[%21] : memref<?xi32>
          %23 = arith.index_cast %22 : i32 to index
          %24 = arith.subi %23, %20 : index
          %25 = memref.load %arg6[%12] : memref<?xi32>
          %26 = arith.index_cast %25 : i32 to index
          %27 = memref.load %arg6[%21] : memref<?xi32>
          %28 = arith.index_cast %27 : i32 to index
          %29 = arith.subi %28, %26 : index
          %30 = memref.load %arg8[%12] : memref<?xi32>
          %31 = arith.index_cast %30 : i32 to index
          %32 = arith.cmpi eq, %29, %c0 : index
          %33 = arith.subi %29, %c1 : index
          %34 = arith.muli %33, %c16 : index
          %35 = arith.addi %34, %31 : index
          %36 = arith.select %32, %c0, %35 : index
          %37 = arith.muli %24, %c4 : index
          %38 = arith.muli %14, %c128 : index
          %39 = arith.addi %38, %c128 : index
          %40 = arith.minsi %39, %37 : index
          %41 = arith.subi %36, %24 : index
          %lo, %num_tiles, %unmasked_begin, %unmasked_end = attn.kv_tile_range keys[%16, %18) rows[%38, %40) delta %41 {align = 16 : i64, mask = #attn.mask<causal>, rows_per_position = 4 : i64, tile_kv = 128 : i64}
          scf.for %arg22 = %c0 to %num_tiles step %c1 {
            %43 = arith.addi %arg21, %arg22 : index
            %44 = arith.remui %43, %c2 : index
            %45 = arith.divui %43, %c2 : index
            %46 = arith.index_cast %45 : index to i32
            %47 = arith.trunci %46 : i32 to i1
            %48 = arith.addi %44, %c2 : index
            %49 = arith.xori %47, %true : i1
            nvgpu.mbarrier.try_wait.parity %5[%48], %49, %c10000000 : <memorySpace = #gpu.address_space<workgroup>, num_barriers = 4>
            %50 = nvgpu.mbarrier.get %5[%44] : <memorySpace = #gpu.address_space<workgroup>, num_barriers = 4> -> i32
            attn.load_kv_tile %1[%26] head %9 tile %arg22 keys[%lo, %18) into %view_2, %view_3[%44] arrive %50 maps(%arg4, %arg5 : memref<128xi8>, memref<128xi8>) {async, keys_aligned = 16 : i64, layout = #prefill_layout, swizzle} : !paged_kv, memref<2x128x128xbf16, #gpu.address_space<workgroup>>
          }
          %42 = arith.addi %arg21, %num_tiles : index
          scf.yield %42 : index
        }
        attn.commit_kv_tiles
        attn.wait_kv_tiles pending = 0
      } consumer {
        %block_id_x = gpu.block_id  x
        %grid_dim_x = gpu.grid_dim  x
        %8 = scf.for %arg20 = %block_id_x to %7 step %grid_dim_x iter_args(%arg21 = %c0) -> (index) {
          %9 = arith.remui %arg20, %c8 : index
          %10 = arith.divui %arg20, %c8 : index
          %11 = memref.load %arg10[%10] : memref<?xi32>
          %12 = arith.index_cast %11 : i32 to index
          %13 = memref.load %arg11[%10] : memref<?xi32>
          %14 = arith.index_cast %13 : i32 to index
          %15 = memref.load %arg12[%10] : memref<?xi32>
          %16 = arith.index_cast %15 : i32 to index
          %17 = memref.load %arg13[%10] : memref<?xi32>
          %18 = arith.index_cast %17 : i32 to index
          %19 = memref.load %arg1[%12] : memref<?xi32>
          %20 = arith.index_cast %19 : i32 to index
          %21 = arith.addi %12, %c1 : index
          %22 = memref.load %arg1[%21] : memref<?xi32>
          %23 = arith.index_cast %22 : i32 to index
          %24 = arith.subi %23, %20 : index
          %25 = memref.load %arg6[%12] : memref<?xi32>
          %26 = arith.index_cast %25 : i32 to index
          %27 = memref.load %arg6[%21] : memref<?xi32>
          %28 = arith.index_cast %27 : i32 to index
          %29 = arith.subi %28, %26 : index
          %30 = memref.load %arg8[%12] : memref<?xi32>
          %31 = arith.index_cast %30 : i32 to index
          %32 = arith.cmpi eq, %29, %c0 : index
          %33 = arith.subi %29, %c1 : index
          %34 = arith.muli %33, %c16 : index
          %35 = arith.addi %34, %31 : index
          %36 = arith.select %32, %c0, %35 : index
          %37 = arith.muli %24, %c4 : index
          %38 = arith.muli %14, %c128 : index
          %39 = arith.addi %38, %c128 : index
          %40 = arith.minsi %39, %37 : index
          %41 = arith.subi %36, %24 : index
          %42 = arith.index_cast %41 : index to i32
          %43 = arith.index_cast %38 : index to i32
          %lo, %num_tiles, %unmasked_begin, %unmasked_end = attn.kv_tile_range keys[%16, %18) rows[%38, %40) delta %41 {align = 16 : i64, mask = #attn.mask<causal>, rows_per_position = 4 : i64, tile_kv = 128 : i64}
          nvvm.barrier id = %c13_i32 number_of_threads = %c256_i32
          %44 = attn.load_q_tile %arg0[%20, %9] rows[%38, %37) into %view : memref<128x128xbf16, #gpu.address_space<workgroup>> {layout = #prefill_layout, rows_per_position = 4 : i64} : memref<?x32x128xbf16> -> vector<128x128xbf16>
          attn.wait_kv_tiles pending = 0
          nvvm.barrier id = %c13_i32 number_of_threads = %c256_i32
          %m, %l, %acc = attn.init_state {layout = #prefill_layout} : vector<128xf32>, vector<128x128xf32>
          %45:3 = scf.for %arg22 = %c0 to %num_tiles step %c1 iter_args(%arg23 = %m, %arg24 = %l, %arg25 = %acc) -> (vector<128xf32>, vector<128xf32>, vector<128x128xf32>) {
            %70 = arith.addi %arg21, %arg22 : index
            %71 = arith.remui %70, %c2 : index
            %72 = arith.divui %70, %c2 : index
            %73 = arith.index_cast %72 : index to i32
            %74 = arith.trunci %73 : i32 to i1
            nvgpu.mbarrier.try_wait.parity %5[%71], %74, %c10000000 : <memorySpace = #gpu.address_space<workgroup>, num_barriers = 4>
            %75 = arith.index_cast %arg22 : index to i32
            %76 = arith.index_cast %lo : index to i32
            %77 = attn.recompute %76 : i32
            %78 = arith.muli %75, %c128_i32 : i32
            %79 = arith.addi %77, %78 : i32
            %80 = arith.index_cast %unmasked_end : index to i32
            %81 = attn.recompute %80 : i32
            %82 = arith.cmpi sge, %75, %81 : i32
            %83:3 = scf.if %82 -> (vector<128xf32>, vector<128xf32>, vector<128x128xf32>) {
              %86 = attn.tile_qk %44, %view_2[%71] {layout = #prefill_layout} : vector<128x128xbf16>, memref<2x128x128xbf16, #gpu.address_space<workgroup>> -> vector<128x128xf32>
              %87 = attn.score_mod %86 rows %42 offset %43 cols %79 keys %17 {layout = #prefill_layout, mask = #attn.mask<causal>, rows_per_position = 4 : i64, scale = 1.000000e+00 : f32} : vector<128x128xf32>, i32
              %p, %m_new, %l_new, %alpha, %acc_new = attn.online_softmax %87 max %arg23 sum %arg24 acc %arg25 {layout = #prefill_layout, scale = 0.12751743082459868 : f64} : vector<128x128xf32>, vector<128xf32>, vector<128x128xf32>
              %88 = attn.tile_pv %p, %view_3[%71], %acc_new {layout = #prefill_layout} : vector<128x128xf32>, memref<2x128x128xbf16, #gpu.address_space<workgroup>> -> vector<128x128xf32>
              scf.yield %m_new, %l_new, %88 : vector<128xf32>, vector<128xf32>, vector<128x128xf32>
            } else {
              %86 = attn.tile_qk %44, %view_2[%71] {layout = #prefill_layout} : vector<128x128xbf16>, memref<2x128x128xbf16, #gpu.address_space<workgroup>> -> vector<128x128xf32>
              %87 = attn.score_mod %86 rows %42 offset %43 cols %79 keys %17 {all_visible, layout = #prefill_layout, mask = #attn.mask<causal>, rows_per_position = 4 : i64, scale = 1.000000e+00 : f32} : vector<128x128xf32>, i32
              %p, %m_new, %l_new, %alpha, %acc_new = attn.online_softmax %87 max %arg23 sum %arg24 acc %arg25 {layout = #prefill_layout, scale = 0.12751743082459868 : f64} : vector<128x128xf32>, vector<128xf32>, vector<128x128xf32>
              %88 = attn.tile_pv %p, %view_3[%71], %acc_new {layout = #prefill_layout} : vector<128x128xf32>, memref<2x128x128xbf16, #gpu.address_space<workgroup>> -> vector<128x128xf32>
              scf.yield %m_new, %l_new, %88 : vector<128xf32>, vector<128xf32>, vector<128x128xf32>
            }
            %84 = arith.addi %71, %c2 : index
            %85 = nvgpu.mbarrier.arrive %5[%84] : <memorySpace = #gpu.address_space<workgroup>, num_barriers = 4> -> !nvgpu.mbarrier.token
            scf.yield %83#0, %83#1, %83#2 : vector<128xf32>, vector<128xf32>, vector<128x128xf32>
          }
          %46 = arith.index_cast %10 : index to i32
          %47 = attn.recompute %46 : i32
          %48 = arith.index_cast %47 : i32 to index
          %49 = arith.index_cast %9 : index to i32
          %50 = attn.recompute %49 : i32
          %51 = arith.index_cast %50 : i32 to index
          %52 = memref.load %arg10[%48] : memref<?xi32>
          %53 = arith.index_cast %52 : i32 to index
          %54 = memref.load %arg14[%48] : memref<?xi32>
          %55 = memref.load %arg15[%48] : memref<?xi32>
          %56 = arith.index_cast %55 : i32 to index
          %57 = memref.load %arg1[%53] : memref<?xi32>
          %58 = arith.index_cast %57 : i32 to index
          %59 = arith.addi %53, %c1 : index
          %60 = memref.load %arg1[%59] : memref<?xi32>
          %61 = arith.index_cast %60 : i32 to index
          %62 = arith.subi %61, %58 : index
          %63 = memref.load %arg11[%48] : memref<?xi32>
          %64 = arith.index_cast %63 : i32 to index
          %65 = arith.muli %64, %c128 : index
          %66 = arith.addi %65, %c128 : index
          %67 = arith.muli %62, %c4 : index
          %68 = arith.minsi %66, %67 : index
          %o, %lse = attn.finalize %45#2 max %45#0 sum %45#1 {layout = #prefill_layout, natural_lse, scale = 0.12751743082459868 : f64} : vector<128x128xf32>, vector<128xf32>
          attn.store_output %o, %lse into %arg17[%58, %51] rows[%65, %68) slot %54 partial %arg18, %arg19[%56] : memref<?x32x128xf32>, memref<?x32xf32> {layout = #prefill_layout, rows_per_position = 4 : i64} : vector<128x128xf32>, vector<128xf32>, memref<?x32x128xbf16>
          %69 = arith.addi %arg21, %num_tiles : index
          scf.yield %69 : index
        }
      }
      gpu.return
    }
    gpu.func @llama3_8b_prefill_merge(%arg0: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg1: memref<?x32xf32> {attn.param = "tmp_lse"}, %arg2: memref<?xi32> {attn.param = "merge_indptr"}, %arg3: memref<1xi32> {attn.param = "num_rows"}, %arg4: memref<?x32x128xbf16> {attn.param = "o"}) kernel attributes {attn.programmatic_dependent, known_block_size = array<i32: 256, 1, 1>} {
      attn.merge_states ins(%arg0, %arg1 : memref<?x32x128xf32>, memref<?x32xf32>) indptr(%arg2 : memref<?xi32>) outs(%arg4 : memref<?x32x128xbf16>) {layout = #attn.merge_layout<lanes = 16, slices = 16>}
      gpu.return
    }
  }
  attn.kernel_abi @llama3_8b_prefill_attention for @llama3_8b_prefill_kernels::@llama3_8b_prefill_attention {block = array<i32: 384, 1, 1>, dynamic_smem = 163840 : i64, family = "prefill", params = [{kind = "ptr", name = "q"}, {kind = "ptr", name = "qo_indptr"}, {kind = "ptr", name = "k_cache"}, {kind = "ptr", name = "v_cache"}, {kind = "tmap", name = "k_tmap"}, {kind = "tmap", name = "v_tmap"}, {kind = "ptr", name = "kv_indptr"}, {kind = "ptr", name = "kv_indices"}, {kind = "ptr", name = "kv_last_page_len"}, {kind = "i32", name = "kv_page_stride"}, {kind = "ptr", name = "work_request"}, {kind = "ptr", name = "work_qo_tile"}, {kind = "ptr", name = "work_kv_begin"}, {kind = "ptr", name = "work_kv_end"}, {kind = "ptr", name = "work_partial"}, {kind = "ptr", name = "work_partial_stride"}, {kind = "ptr", name = "num_work"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}], role = "attention", tile = {m_tiles = 1 : i64, persistent = 1 : i64, producer = 1 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "prefill", threads = 384 : i64, tile_kv = 128 : i64, tile_q = 128 : i64, tma = 1 : i64, vec = 8 : i64, warps = 8 : i64, wgmma = 1 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = false, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  attn.kernel_abi @llama3_8b_prefill_merge for @llama3_8b_prefill_kernels::@llama3_8b_prefill_merge {block = array<i32: 256, 1, 1>, dynamic_smem = 0 : i64, family = "prefill", params = [{kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}, {kind = "ptr", name = "merge_indptr"}, {kind = "ptr", name = "num_rows"}, {kind = "ptr", name = "o"}], role = "merge", tile = {bdx = 16 : i64, heads_per_cta = 1 : i64, pdl = 1 : i64, slices = 16 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "prefill", threads = 384 : i64, tile_kv = 128 : i64, tile_q = 128 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = false, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  func.func @llama3_8b_prefill(%arg0: memref<?x32x128xbf16>, %arg1: memref<?xi32>, %arg2: memref<?x16x8x128xbf16>, %arg3: memref<?x16x8x128xbf16>, %arg4: memref<?xi32>, %arg5: memref<?xi32>, %arg6: memref<?xi32>, %arg7: memref<?x32x128xbf16>) {
    return
  }
}

