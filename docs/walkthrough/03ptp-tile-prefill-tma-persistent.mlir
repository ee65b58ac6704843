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
        %8 = arith.divui %7, %grid_dim_x : index
        %9 = arith.muli %8, %grid_dim_x : index
        %10 = arith.subi %7, %9 : index
        %11 = arith.remui %8, %c2 : index
        %12 = arith.cmpi eq, %11, %c1 : index
        %13 = arith.subi %grid_dim_x, %c1 : index
        %14 = arith.subi %13, %block_id_x : index
        %15 = arith.select %12, %14, %block_id_x : index
        %16 = arith.cmpi ult, %15, %10 : index
        %17 = arith.select %16, %c1, %c0 : index
        %18 = arith.addi %8, %17 : index
        %19 = scf.for %arg20 = %c0 to %18 step %c1 iter_args(%arg21 = %c0) -> (index) {
          %20 = arith.remui %arg20, %c2 : index
          %21 = arith.cmpi eq, %20, %c1 : index
          %22 = arith.select %21, %14, %block_id_x : index
          %23 = arith.muli %arg20, %grid_dim_x : index
          %24 = arith.addi %23, %22 : index
          %25 = arith.remui %24, %c8 : index
          %26 = arith.divui %24, %c8 : index
          %27 = memref.load %arg10[%26] : memref<?xi32>
          %28 = arith.index_cast %27 : i32 to index
          %29 = memref.load %arg11[%26] : memref<?xi32>
          %30 = arith.index_cast %29 : i32 to index
          %31 = memref.load %arg12[%26] : memref<?xi32>
          %32 = arith.index_cast %31 : i32 to index
          %33 = memref.load %arg13[%26] : memref<?xi32>
          %34 = arith.index_cast %33 : i32 to index
          %35 = memref.load %arg1[%28] : memref<?xi32>
          %36 = arith.index_cast %35 : i32 to index
          %37 = arith.addi %28, %c1 : index
          %38 = memref.load %arg1[%37] : memref<?xi32>
          %39 = arith.index_cast %38 : i32 to index
          %40 = arith.subi %39, %36 : index
          %41 = memref.load %arg6[%28] : memref<?xi32>
          %42 = arith.index_cast %41 : i32 to index
          %43 = memref.load %arg6[%37] : memref<?xi32>
          %44 = arith.index_cast %43 : i32 to index
          %45 = arith.subi %44, %42 : index
          %46 = memref.load %arg8[%28] : memref<?xi32>
          %47 = arith.index_cast %46 : i32 to index
          %48 = arith.cmpi eq, %45, %c0 : index
          %49 = arith.subi %45, %c1 : index
          %50 = arith.muli %49, %c16 : index
          %51 = arith.addi %50, %47 : index
          %52 = arith.select %48, %c0, %51 : index
          %53 = arith.muli %40, %c4 : index
          %54 = arith.muli %30, %c128 : index
          %55 = arith.addi %54, %c128 : index
          %56 = arith.minsi %55, %53 : index
          %57 = arith.subi %52, %40 : index
          %lo, %num_tiles, %unmasked_begin, %unmasked_end = attn.kv_tile_range keys[%32, %34) rows[%54, %56) delta %57 {align = 16 : i64, mask = #attn.mask<causal>, rows_per_position = 4 : i64, tile_kv = 128 : i64}
          scf.for %arg22 = %c0 to %num_tiles step %c1 {
            %59 = arith.addi %arg21, %arg22 : index
            %60 = arith.remui %59, %c2 : index
            %61 = arith.divui %59, %c2 : index
            %62 = arith.index_cast %61 : index to i32
            %63 = arith.trunci %62 : i32 to i1
            %64 = arith.addi %60, %c2 : index
            %65 = arith.xori %63, %true : i1
            nvgpu.mbarrier.try_wait.parity %5[%64], %65, %c10000000 : <memorySpace = #gpu.address_space<workgroup>, num_barriers = 4>
            %66 = nvgpu.mbarrier.get %5[%60] : <memorySpace = #gpu.address_space<workgroup>, num_barriers = 4> -> i32
            attn.load_kv_tile %1[%42] head %25 tile %arg22 keys[%lo, %34) into %view_2, %view_3[%60] arrive %66 maps(%arg4, %arg5 : memref<128xi8>, memref<128xi8>) {async, keys_aligned = 16 : i64, layout = #prefill_layout, swizzle} : !paged_kv, memref<2x128x128xbf16, #gpu.address_space<workgroup>>
          }
          %58 = arith.addi %arg21, %num_tiles : index
          scf.yield %58 : index
        }
        attn.commit_kv_tiles
        attn.wait_kv_tiles pending = 0
      } consumer {
        %block_id_x = gpu.block_id  x
        %8 = arith.cmpi ult, %block_id_x, %7 : index
        %9 = arith.select %8, %block_id_x, %c0 : index
        %10 = arith.remui %9, %c8 : index
        %11 = arith.divui %9, %c8 : index
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
        scf.if %8 {
          %36 = attn.load_q_tile %arg0[%17, %10] rows[%23, %22) into %view : memref<128x128xbf16, #gpu.address_space<workgroup>> {layout = #prefill_layout, rows_per_position = 4 : i64} : memref<?x32x128xbf16> -> vector<128x128xbf16>
        }
        %grid_dim_x = gpu.grid_dim  x
        %24 = arith.divui %7, %grid_dim_x : index
        %25 = arith.muli %24, %grid_dim_x : index
        %26 = arith.subi %7, %25 : index
        %27 = arith.remui %24, %c2 : index
        %28 = arith.cmpi eq, %27, %c1 : index
        %29 = arith.subi %grid_dim_x, %c1 : index
        %30 = arith.subi %29, %block_id_x : index
        %31 = arith.select %28, %30, %block_id_x : index
        %32 = arith.cmpi ult, %31, %26 : index
        %33 = arith.select %32, %c1, %c0 : index
        %34 = arith.addi %24, %33 : index
        %35 = scf.for %arg20 = %c0 to %34 step %c1 iter_args(%arg21 = %c0) -> (index) {
          %36 = arith.remui %arg20, %c2 : index
          %37 = arith.cmpi eq, %36, %c1 : index
          %38 = arith.select %37, %30, %block_id_x : index
          %39 = arith.muli %arg20, %grid_dim_x : index
          %40 = arith.addi %39, %38 : index
          %41 = arith.remui %40, %c8 : index
          %42 = arith.divui %40, %c8 : index
          %43 = memref.load %arg10[%42] : memref<?xi32>
          %44 = arith.index_cast %43 : i32 to index
          %45 = memref.load %arg11[%42] : memref<?xi32>
          %46 = arith.index_cast %45 : i32 to index
          %47 = memref.load %arg12[%42] : memref<?xi32>
          %48 = arith.index_cast %47 : i32 to index
          %49 = memref.load %arg13[%42] : memref<?xi32>
          %50 = arith.index_cast %49 : i32 to index
          %51 = memref.load %arg1[%44] : memref<?xi32>
          %52 = arith.index_cast %51 : i32 to index
          %53 = arith.addi %44, %c1 : index
          %54 = memref.load %arg1[%53] : memref<?xi32>
          %55 = arith.index_cast %54 : i32 to index
          %56 = arith.subi %55, %52 : index
          %57 = memref.load %arg6[%44] : memref<?xi32>
          %58 = arith.index_cast %57 : i32 to index
          %59 = memref.load %arg6[%53] : memref<?xi32>
          %60 = arith.index_cast %59 : i32 to index
          %61 = arith.subi %60, %58 : index
          %62 = memref.load %arg8[%44] : memref<?xi32>
          %63 = arith.index_cast %62 : i32 to index
          %64 = arith.cmpi eq, %61, %c0 : index
          %65 = arith.subi %61, %c1 : index
          %66 = arith.muli %65, %c16 : index
          %67 = arith.addi %66, %63 : index
          %68 = arith.select %64, %c0, %67 : index
          %69 = arith.muli %56, %c4 : index
          %70 = arith.muli %46, %c128 : index
          %71 = arith.addi %70, %c128 : index
          %72 = arith.minsi %71, %69 : index
          %73 = arith.subi %68, %56 : index
          %74 = arith.index_cast %73 : index to i32
          %75 = arith.index_cast %70 : index to i32
          %lo, %num_tiles, %unmasked_begin, %unmasked_end = attn.kv_tile_range keys[%48, %50) rows[%70, %72) delta %73 {align = 16 : i64, mask = #attn.mask<causal>, rows_per_position = 4 : i64, tile_kv = 128 : i64}
          %76 = arith.addi %arg20, %c1 : index
          %77 = arith.remui %76, %c2 : index
          %78 = arith.cmpi eq, %77, %c1 : index
          %79 = arith.select %78, %30, %block_id_x : index
          %80 = arith.muli %76, %grid_dim_x : index
          %81 = arith.addi %80, %79 : index
          %82 = arith.cmpi ult, %81, %7 : index
          %83 = arith.select %82, %81, %40 : index
          %84 = arith.remui %83, %c8 : index
          %85 = arith.divui %83, %c8 : index
          %86 = memref.load %arg10[%85] : memref<?xi32>
          %87 = arith.index_cast %86 : i32 to index
          %88 = memref.load %arg11[%85] : memref<?xi32>
          %89 = arith.index_cast %88 : i32 to index
          %90 = memref.load %arg1[%87] : memref<?xi32>
          %91 = arith.index_cast %90 : i32 to index
          %92 = arith.addi %87, %c1 : index
          %93 = memref.load %arg1[%92] : memref<?xi32>
          %94 = arith.index_cast %93 : i32 to index
          %95 = arith.subi %94, %91 : index
          %96 = arith.muli %95, %c4 : index
          %97 = arith.muli %89, %c128 : index
          attn.wait_kv_tiles pending = 0
          nvvm.barrier id = %c13_i32 number_of_threads = %c256_i32
          %98 = attn.load_q_tile %arg0[%52, %41] rows[%70, %69) into %view : memref<128x128xbf16, #gpu.address_space<workgroup>> {layout = #prefill_layout, rows_per_position = 4 : i64, staged} : memref<?x32x128xbf16> -> vector<128x128xbf16>
          %m, %l, %acc = attn.init_state {layout = #prefill_layout} : vector<128xf32>, vector<128x128xf32>
          %99:3 = scf.for %arg22 = %c0 to %num_tiles step %c1 iter_args(%arg23 = %m, %arg24 = %l, %arg25 = %acc) -> (vector<128xf32>, vector<128xf32>, vector<128x128xf32>) {
            %124 = arith.addi %arg21, %arg22 : index
            %125 = arith.remui %124, %c2 : index
            %126 = arith.divui %124, %c2 : index
            %127 = arith.index_cast %126 : index to i32
            %128 = arith.trunci %127 : i32 to i1
            nvgpu.mbarrier.try_wait.parity %5[%125], %128, %c10000000 : <memorySpace = #gpu.address_space<workgroup>, num_barriers = 4>
            %129 = arith.index_cast %arg22 : index to i32
            %130 = arith.index_cast %lo : index to i32
            %131 = attn.recompute %130 : i32
            %132 = arith.muli %129, %c128_i32 : i32
            %133 = arith.addi %131, %132 : i32
            %134 = arith.index_cast %unmasked_end : index to i32
            %135 = attn.recompute %134 : i32
            %136 = arith.cmpi sge, %129, %135 : i32
            %137:3 = scf.if %136 -> (vector<128xf32>, vector<128xf32>, vector<128x128xf32>) {
              %140 = attn.tile_qk %98, %view_2[%125] {layout = #prefill_layout} : vector<128x128xbf16>, memref<2x128x128xbf16, #gpu.address_space<workgroup>> -> vector<128x128xf32>
              %141 = attn.score_mod %140 rows %74 offset %75 cols %133 keys %49 {layout = #prefill_layout, mask = #attn.mask<causal>, rows_per_position = 4 : i64, scale = 1.000000e+00 : f32} : vector<128x128xf32>, i32
              %p, %m_new, %l_new, %alpha, %acc_new = attn.online_softmax %141 max %arg23 sum %arg24 acc %arg25 {layout = #prefill_layout, scale = 0.12751743082459868 : f64} : vector<128x128xf32>, vector<128xf32>, vector<128x128xf32>
              %142 = attn.tile_pv %p, %view_3[%125], %acc_new {layout = #prefill_layout} : vector<128x128xf32>, memref<2x128x128xbf16, #gpu.address_space<workgroup>> -> vector<128x128xf32>
              scf.yield %m_new, %l_new, %142 : vector<128xf32>, vector<128xf32>, vector<128x128xf32>
            } else {
              %140 = attn.tile_qk %98, %view_2[%125] {layout = #prefill_layout} : vector<128x128xbf16>, memref<2x128x128xbf16, #gpu.address_space<workgroup>> -> vector<128x128xf32>
              %141 = attn.score_mod %140 rows %74 offset %75 cols %133 keys %49 {all_visible, layout = #prefill_layout, mask = #attn.mask<causal>, rows_per_position = 4 : i64, scale = 1.000000e+00 : f32} : vector<128x128xf32>, i32
              %p, %m_new, %l_new, %alpha, %acc_new = attn.online_softmax %141 max %arg23 sum %arg24 acc %arg25 {layout = #prefill_layout, scale = 0.12751743082459868 : f64} : vector<128x128xf32>, vector<128xf32>, vector<128x128xf32>
              %142 = attn.tile_pv %p, %view_3[%125], %acc_new {layout = #prefill_layout} : vector<128x128xf32>, memref<2x128x128xbf16, #gpu.address_space<workgroup>> -> vector<128x128xf32>
              scf.yield %m_new, %l_new, %142 : vector<128xf32>, vector<128xf32>, vector<128x128xf32>
            }
            %138 = arith.addi %125, %c2 : index
            %139 = nvgpu.mbarrier.arrive %5[%138] : <memorySpace = #gpu.address_space<workgroup>, num_barriers = 4> -> !nvgpu.mbarrier.token
            scf.yield %137#0, %137#1, %137#2 : vector<128xf32>, vector<128xf32>, vector<128x128xf32>
          }
          nvvm.barrier id = %c13_i32 number_of_threads = %c256_i32
          scf.if %82 {
            %124 = attn.load_q_tile %arg0[%91, %84] rows[%97, %96) into %view : memref<128x128xbf16, #gpu.address_space<workgroup>> {layout = #prefill_layout, rows_per_position = 4 : i64} : memref<?x32x128xbf16> -> vector<128x128xbf16>
          }
          %100 = arith.index_cast %42 : index to i32
          %101 = attn.recompute %100 : i32
          %102 = arith.index_cast %101 : i32 to index
          %103 = arith.index_cast %41 : index to i32
          %104 = attn.recompute %103 : i32
          %105 = arith.index_cast %104 : i32 to index
          %106 = memref.load %arg10[%102] : memref<?xi32>
          %107 = arith.index_cast %106 : i32 to index
          %108 = memref.load %arg14[%102] : memref<?xi32>
          %109 = memref.load %arg15[%102] : memref<?xi32>
          %110 = arith.index_cast %109 : i32 to index
          %111 = memref.load %arg1[%107] : memref<?xi32>
          %112 = arith.index_cast %111 : i32 to index
          %113 = arith.addi %107, %c1 : index
          %114 = memref.load %arg1[%113] : memref<?xi32>
          %115 = arith.index_cast %114 : i32 to index
          %116 = arith.subi %115, %112 : index
          %117 = memref.load %arg11[%102] : memref<?xi32>
          %118 = arith.index_cast %117 : i32 to index
          %119 = arith.muli %118, %c128 : index
          %120 = arith.addi %119, %c128 : index
          %121 = arith.muli %116, %c4 : index
          %122 = arith.minsi %120, %121 : index
          %o, %lse = attn.finalize %99#2 max %99#0 sum %99#1 {layout = #prefill_layout, natural_lse, scale = 0.12751743082459868 : f64} : vector<128x128xf32>, vector<128xf32>
          attn.store_output %o, %lse into %arg17[%112, %105] rows[%119, %122) slot %108 partial %arg18, %arg19[%110] : memref<?x32x128xf32>, memref<?x32xf32> {layout = #prefill_layout, rows_per_position = 4 : i64} : vector<128x128xf32>, vector<128xf32>, memref<?x32x128xbf16>
          %123 = arith.addi %arg21, %num_tiles : index
          scf.yield %123 : index
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

