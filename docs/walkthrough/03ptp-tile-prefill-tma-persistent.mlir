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
        %8 = arith.cmpi ult, %block_id_x, %7 : index
        scf.if %8 {
          %10 = arith.remui %block_id_x, %c8 : index
          %11 = arith.divui %block_id_x, %c8 : index
          %12 = memref.load %arg10[%11] : memref<?xi32>
          %13 = arith.index_cast %12 : i32 to index
          %14 = memref.load %arg11[%11] : memref<?xi32>
          %15 = arith.index_cast %14 : i32 to index
          %16 = memref.load %arg1[%13] : memref<?xi32>
          %17 = arith.index_cast %16 : i32 to index
          %18 = arith.addi %13, %c1 : index
          %19 = memref.load %arg1[%18] : memref<?xi32>
          %20 = arith.index_cast %19 : i32 to index
          %21 = arith.subi %20, %17 : index
          %22 = arith.muli %21, %c4 : index
          %23 = arith.muli %15, %c128 : index
          %24 = attn.load_q_tile %arg0[%17, %10] rows[%23, %22) into %view : memref<128x128xbf16, #gpu.address_space<workgroup>> {layout = #prefill_layout, rows_per_position = 4 : i64} : memref<?x32x128xbf16> -> vector<128x128xbf16>
        }
        %grid_dim_x = gpu.grid_dim  x
        %9 = scf.for %arg20 = %block_id_x to %7 step %grid_dim_x iter_args(%arg21 = %c0) -> (index) {
          %10 = arith.remui %arg20, %c8 : index
          %11 = arith.divui %arg20, %c8 : index
          %12 = memref.load %arg10[%11] : memref<?xi32>
          %13 = arith.index_cast %12 : i32 to index
          %14 = memref.load %arg11[%11] : memref<?xi32>
          %15 = arith.index_cast %14 : i32 to index
          %16 = memref.load %arg12[%11] : memref<?xi32>
          %17 = arith.index_cast %16 : i32 to index
          %18 = memref.load %arg13[%11] : memref<?xi32>
          %19 = arith.index_cast %18 : i32 to index
          %20 = memref.load %arg1[%13] : memref<?xi32>
          %21 = arith.index_cast %20 : i32 to index
          %22 = arith.addi %13, %c1 : index
          %23 = memref.load %arg1[%22] : memref<?xi32>
          %24 = arith.index_cast %23 : i32 to index
          %25 = arith.subi %24, %21 : index
          %26 = memref.load %arg6[%13] : memref<?xi32>
          %27 = arith.index_cast %26 : i32 to index
          %28 = memref.load %arg6[%22] : memref<?xi32>
          %29 = arith.index_cast %28 : i32 to index
          %30 = arith.subi %29, %27 : index
          %31 = memref.load %arg8[%13] : memref<?xi32>
          %32 = arith.index_cast %31 : i32 to index
          %33 = arith.cmpi eq, %30, %c0 : index
          %34 = arith.subi %30, %c1 : index
          %35 = arith.muli %34, %c16 : index
          %36 = arith.addi %35, %32 : index
          %37 = arith.select %33, %c0, %36 : index
          %38 = arith.muli %25, %c4 : index
          %39 = arith.muli %15, %c128 : index
          %40 = arith.addi %39, %c128 : index
          %41 = arith.minsi %40, %38 : index
          %42 = arith.subi %37, %25 : index
          %43 = arith.index_cast %42 : index to i32
          %44 = arith.index_cast %39 : index to i32
          %lo, %num_tiles, %unmasked_begin, %unmasked_end = attn.kv_tile_range keys[%17, %19) rows[%39, %41) delta %42 {align = 16 : i64, mask = #attn.mask<causal>, rows_per_position = 4 : i64, tile_kv = 128 : i64}
          attn.wait_kv_tiles pending = 0
          nvvm.barrier id = %c13_i32 number_of_threads = %c256_i32
          %45 = attn.load_q_tile %arg0[%21, %10] rows[%39, %38) into %view : memref<128x128xbf16, #gpu.address_space<workgroup>> {layout = #prefill_layout, rows_per_position = 4 : i64, staged} : memref<?x32x128xbf16> -> vector<128x128xbf16>
          %m, %l, %acc = attn.init_state {layout = #prefill_layout} : vector<128xf32>, vector<128x128xf32>
          %46:3 = scf.for %arg22 = %c0 to %num_tiles step %c1 iter_args(%arg23 = %m, %arg24 = %l, %arg25 = %acc) -> (vector<128xf32>, vector<128xf32>, vector<128x128xf32>) {
            %73 = arith.addi %arg21, %arg22 : index
            %74 = arith.remui %73, %c2 : index
            %75 = arith.divui %73, %c2 : index
            %76 = arith.index_cast %75 : index to i32
            %77 = arith.trunci %76 : i32 to i1
            nvgpu.mbarrier.try_wait.parity %5[%74], %77, %c10000000 : <memorySpace = #gpu.address_space<workgroup>, num_barriers = 4>
            %78 = arith.index_cast %arg22 : index to i32
            %79 = arith.index_cast %lo : index to i32
            %80 = attn.recompute %79 : i32
            %81 = arith.muli %78, %c128_i32 : i32
            %82 = arith.addi %80, %81 : i32
            %83 = arith.index_cast %unmasked_end : index to i32
            %84 = attn.recompute %83 : i32
            %85 = arith.cmpi sge, %78, %84 : i32
            %86:3 = scf.if %85 -> (vector<128xf32>, vector<128xf32>, vector<128x128xf32>) {
              %89 = attn.tile_qk %45, %view_2[%74] {layout = #prefill_layout} : vector<128x128xbf16>, memref<2x128x128xbf16, #gpu.address_space<workgroup>> -> vector<128x128xf32>
              %90 = attn.score_mod %89 rows %43 offset %44 cols %82 keys %18 {layout = #prefill_layout, mask = #attn.mask<causal>, rows_per_position = 4 : i64, scale = 1.000000e+00 : f32} : vector<128x128xf32>, i32
              %p, %m_new, %l_new, %alpha, %acc_new = attn.online_softmax %90 max %arg23 sum %arg24 acc %arg25 {layout = #prefill_layout, scale = 0.12751743082459868 : f64} : vector<128x128xf32>, vector<128xf32>, vector<128x128xf32>
              %91 = attn.tile_pv %p, %view_3[%74], %acc_new {layout = #prefill_layout} : vector<128x128xf32>, memref<2x128x128xbf16, #gpu.address_space<workgroup>> -> vector<128x128xf32>
              scf.yield %m_new, %l_new, %91 : vector<128xf32>, vector<128xf32>, vector<128x128xf32>
            } else {
              %89 = attn.tile_qk %45, %view_2[%74] {layout = #prefill_layout} : vector<128x128xbf16>, memref<2x128x128xbf16, #gpu.address_space<workgroup>> -> vector<128x128xf32>
              %90 = attn.score_mod %89 rows %43 offset %44 cols %82 keys %18 {all_visible, layout = #prefill_layout, mask = #attn.mask<causal>, rows_per_position = 4 : i64, scale = 1.000000e+00 : f32} : vector<128x128xf32>, i32
              %p, %m_new, %l_new, %alpha, %acc_new = attn.online_softmax %90 max %arg23 sum %arg24 acc %arg25 {layout = #prefill_layout, scale = 0.12751743082459868 : f64} : vector<128x128xf32>, vector<128xf32>, vector<128x128xf32>
              %91 = attn.tile_pv %p, %view_3[%74], %acc_new {layout = #prefill_layout} : vector<128x128xf32>, memref<2x128x128xbf16, #gpu.address_space<workgroup>> -> vector<128x128xf32>
              scf.yield %m_new, %l_new, %91 : vector<128xf32>, vector<128xf32>, vector<128x128xf32>
            }
            %87 = arith.addi %74, %c2 : index
            %88 = nvgpu.mbarrier.arrive %5[%87] : <memorySpace = #gpu.address_space<workgroup>, num_barriers = 4> -> !nvgpu.mbarrier.token
            scf.yield %86#0, %86#1, %86#2 : vector<128xf32>, vector<128xf32>, vector<128x128xf32>
          }
          nvvm.barrier id = %c13_i32 number_of_threads = %c256_i32
          %47 = arith.addi %arg20, %grid_dim_x : index
          %48 = arith.cmpi ult, %47, %7 : index
          scf.if %48 {
            %73 = arith.remui %47, %c8 : index
            %74 = arith.divui %47, %c8 : index
            %75 = memref.load %arg10[%74] : memref<?xi32>
            %76 = arith.index_cast %75 : i32 to index
            %77 = memref.load %arg11[%74] : memref<?xi32>
            %78 = arith.index_cast %77 : i32 to index
            %79 = memref.load %arg1[%76] : memref<?xi32>
            %80 = arith.index_cast %79 : i32 to index
            %81 = arith.addi %76, %c1 : index
            %82 = memref.load %arg1[%81] : memref<?xi32>
            %83 = arith.index_cast %82 : i32 to index
            %84 = arith.subi %83, %80 : index
            %85 = arith.muli %84, %c4 : index
            %86 = arith.muli %78, %c128 : index
            %87 = attn.load_q_tile %arg0[%80, %73] rows[%86, %85) into %view : memref<128x128xbf16, #gpu.address_space<workgroup>> {layout = #prefill_layout, rows_per_position = 4 : i64} : memref<?x32x128xbf16> -> vector<128x128xbf16>
          }
          %49 = arith.index_cast %11 : index to i32
          %50 = attn.recompute %49 : i32
          %51 = arith.index_cast %50 : i32 to index
          %52 = arith.index_cast %10 : index to i32
          %53 = attn.recompute %52 : i32
          %54 = arith.index_cast %53 : i32 to index
          %55 = memref.load %arg10[%51] : memref<?xi32>
          %56 = arith.index_cast %55 : i32 to index
          %57 = memref.load %arg14[%51] : memref<?xi32>
          %58 = memref.load %arg15[%51] : memref<?xi32>
          %59 = arith.index_cast %58 : i32 to index
          %60 = memref.load %arg1[%56] : memref<?xi32>
          %61 = arith.index_cast %60 : i32 to index
          %62 = arith.addi %56, %c1 : index
          %63 = memref.load %arg1[%62] : memref<?xi32>
          %64 = arith.index_cast %63 : i32 to index
          %65 = arith.subi %64, %61 : index
          %66 = memref.load %arg11[%51] : memref<?xi32>
          %67 = arith.index_cast %66 : i32 to index
          %68 = arith.muli %67, %c128 : index
          %69 = arith.addi %68, %c128 : index
          %70 = arith.muli %65, %c4 : index
          %71 = arith.minsi %69, %70 : index
          %o, %lse = attn.finalize %46#2 max %46#0 sum %46#1 {layout = #prefill_layout, natural_lse, scale = 0.12751743082459868 : f64} : vector<128x128xf32>, vector<128xf32>
          attn.store_output %o, %lse into %arg17[%61, %54] rows[%68, %71) slot %57 partial %arg18, %arg19[%59] : memref<?x32x128xf32>, memref<?x32xf32> {layout = #prefill_layout, rows_per_position = 4 : i64} : vector<128x128xf32>, vector<128xf32>, memref<?x32x128xbf16>
          %72 = arith.addi %arg21, %num_tiles : index
          scf.yield %72 : index
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

