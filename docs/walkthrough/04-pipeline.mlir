module attributes {gpu.container_module} {
  gpu.module @llama3_8b_decode_kernels {
    gpu.func @llama3_8b_decode_attention(%arg0: memref<?x32x128xbf16> {attn.param = "q"}, %arg1: memref<?xi32> {attn.param = "qo_indptr"}, %arg2: memref<?x16x8x128xbf16> {attn.param = "k_cache"}, %arg3: memref<?x16x8x128xbf16> {attn.param = "v_cache"}, %arg4: memref<?xi32> {attn.param = "kv_indptr"}, %arg5: memref<?xi32> {attn.param = "kv_indices"}, %arg6: memref<?xi32> {attn.param = "kv_last_page_len"}, %arg7: i32 {attn.param = "kv_page_stride"}, %arg8: memref<?xi32> {attn.param = "work_request"}, %arg9: memref<?xi32> {attn.param = "work_kv_begin"}, %arg10: memref<?xi32> {attn.param = "work_kv_end"}, %arg11: memref<?xi32> {attn.param = "work_partial"}, %arg12: memref<1xi32> {attn.param = "num_work"}, %arg13: memref<?x32x128xbf16> {attn.param = "o"}, %arg14: memref<?x32xf32> {attn.param = "lse"}, %arg15: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg16: memref<?x32xf32> {attn.param = "tmp_lse"}) kernel attributes {attn.programmatic_primary, known_block_size = array<i32: 128, 1, 1>} {
      %cst = arith.constant 0.693147182 : f32
      %cst_0 = arith.constant 1.000000e+00 : f32
      %c4128 = arith.constant 4128 : index
      %c4096 = arith.constant 4096 : index
      %c7 = arith.constant 7 : index
      %c6 = arith.constant 6 : index
      %c5 = arith.constant 5 : index
      %c3 = arith.constant 3 : index
      %c1_i32 = arith.constant 1 : i32
      %c2_i32 = arith.constant 2 : i32
      %c4_i32 = arith.constant 4 : i32
      %c32_i32 = arith.constant 32 : i32
      %c8_i32 = arith.constant 8 : i32
      %cst_1 = arith.constant dense<0.000000e+00> : vector<8xf32>
      %cst_2 = arith.constant 0.000000e+00 : f32
      %cst_3 = arith.constant 0xFF800000 : f32
      %cst_4 = arith.constant dense<0.127517432> : vector<8xf32>
      %c0 = arith.constant 0 : index
      %c8192 = arith.constant 8192 : index
      %c16384 = arith.constant 16384 : index
      %c1 = arith.constant 1 : index
      %c15 = arith.constant 15 : index
      %c2 = arith.constant 2 : index
      %c0_i32 = arith.constant 0 : i32
      %c4 = arith.constant 4 : index
      %c8 = arith.constant 8 : index
      %c64 = arith.constant 64 : index
      %c16 = arith.constant 16 : index
      %thread_id_x = gpu.thread_id  x
      %0 = arith.remui %thread_id_x, %c16 : index
      %1 = arith.divui %thread_id_x, %c64 : index
      %2 = arith.muli %0, %c8 : index
      %3 = arith.divui %thread_id_x, %c16 : index
      %4 = arith.remui %3, %c4 : index
      %5 = arith.muli %1, %c4 : index
      %6 = arith.addi %5, %4 : index
      %7 = arith.index_castui %arg7 : i32 to index
      %dim = memref.dim %arg2, %c0 : memref<?x16x8x128xbf16>
      %reinterpret_cast = memref.reinterpret_cast %arg2 to offset: [0], sizes: [%dim, 16, 8, 128], strides: [%7, 1024, 128, 1] : memref<?x16x8x128xbf16> to memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>
      %dim_5 = memref.dim %arg3, %c0 : memref<?x16x8x128xbf16>
      %reinterpret_cast_6 = memref.reinterpret_cast %arg3 to offset: [0], sizes: [%dim_5, 16, 8, 128], strides: [%7, 1024, 128, 1] : memref<?x16x8x128xbf16> to memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>
      %block_id_x = gpu.block_id  x
      %block_id_y = gpu.block_id  y
      %8 = gpu.dynamic_shared_memory : memref<?xi8, #gpu.address_space<workgroup>>
      %view = memref.view %8[%c0][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
      %view_7 = memref.view %8[%c8192][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
      %view_8 = memref.view %8[%c16384][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<5120xi8, #gpu.address_space<workgroup>>
      %9 = memref.load %arg12[%c0] : memref<1xi32>
      %10 = arith.index_cast %9 : i32 to index
      %11 = arith.cmpi ult, %block_id_x, %10 : index
      scf.if %11 {
        %12 = memref.load %arg8[%block_id_x] : memref<?xi32>
        %13 = arith.index_cast %12 : i32 to index
        %14 = memref.load %arg9[%block_id_x] : memref<?xi32>
        %15 = arith.index_cast %14 : i32 to index
        %16 = memref.load %arg10[%block_id_x] : memref<?xi32>
        %17 = arith.index_cast %16 : i32 to index
        %18 = memref.load %arg11[%block_id_x] : memref<?xi32>
        %19 = memref.load %arg1[%13] : memref<?xi32>
        %20 = arith.index_cast %19 : i32 to index
        %21 = memref.load %arg4[%13] : memref<?xi32>
        %22 = arith.index_cast %21 : i32 to index
        %23 = arith.maxsi %17, %15 : index
        %24 = arith.subi %23, %15 : index
        %25 = arith.addi %24, %c15 : index
        %26 = arith.divui %25, %c16 : index
        %27 = arith.muli %block_id_y, %c4 : index
        %28 = arith.addi %27, %4 : index
        %29 = vector.load %arg0[%20, %28, %2] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %30 = arith.extf %29 : vector<8xbf16> to vector<8xf32>
        %31 = arith.mulf %30, %cst_4 : vector<8xf32>
        %c0_9 = arith.constant 0 : index
        %32 = arith.cmpi ugt, %26, %c0_9 : index
        %33:2 = scf.if %32 -> (index, index) {
          %51:2 = attn.kv_tile_pages %arg5[%22] tile %c0_9 group %6 keys[%15, %17) {page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64} : memref<?xi32> -> index, index
          scf.yield %51#0, %51#1 : index, index
        } else {
          %c0_14 = arith.constant 0 : index
          scf.yield %c0_14, %c0_14 : index, index
        }
        %34 = arith.cmpi ugt, %26, %c0_9 : index
        scf.if %34 {
          %c0_14 = arith.constant 0 : index
          attn.copy_kv_tile k(%reinterpret_cast : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>) v(%reinterpret_cast_6 : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>) pages(%33#0, %33#1) head %block_id_y col %2 tile %c0_9 group %6 keys[%15, %17) into(%view, %view_7 : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, memref<2x16x128xbf16, #gpu.address_space<workgroup>>) [%c0_14] {async, page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64, vec = 8 : i64}
        }
        attn.commit_kv_tiles
        %c0_10 = arith.constant 0 : index
        %35 = arith.cmpi ugt, %26, %c0_10 : index
        %36:2 = scf.if %35 -> (index, index) {
          %51:2 = attn.kv_tile_pages %arg5[%22] tile %c1 group %6 keys[%15, %17) {page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64} : memref<?xi32> -> index, index
          scf.yield %51#0, %51#1 : index, index
        } else {
          %c0_14 = arith.constant 0 : index
          scf.yield %c0_14, %c0_14 : index, index
        }
        %37:5 = scf.for %arg17 = %c0 to %26 step %c1 iter_args(%arg18 = %cst_3, %arg19 = %cst_2, %arg20 = %cst_1, %arg21 = %36#0, %arg22 = %36#1) -> (f32, f32, vector<8xf32>, index, index) {
          %51 = arith.remui %arg17, %c2 : index
          %52 = arith.addi %arg17, %c1 : index
          %53 = arith.cmpi ult, %52, %26 : index
          scf.if %53 {
            %345 = arith.remui %52, %c2 : index
            attn.copy_kv_tile k(%reinterpret_cast : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>) v(%reinterpret_cast_6 : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>) pages(%arg21, %arg22) head %block_id_y col %2 tile %52 group %6 keys[%15, %17) into(%view, %view_7 : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, memref<2x16x128xbf16, #gpu.address_space<workgroup>>) [%345] {async, page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64, vec = 8 : i64}
          }
          attn.commit_kv_tiles
          %c2_14 = arith.constant 2 : index
          %54 = arith.addi %arg17, %c2_14 : index
          %55:2 = attn.kv_tile_pages %arg5[%22] tile %54 group %6 keys[%15, %17) {page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64} : memref<?xi32> -> index, index
          attn.wait_kv_tiles pending = 1
          gpu.barrier
          %56 = arith.muli %arg17, %c16 : index
          %57 = arith.addi %15, %56 : index
          %58 = arith.muli %1, %c8 : index
          %59 = vector.load %view[%51, %58, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %60 = arith.extf %59 : vector<8xbf16> to vector<8xf32>
          %61 = vector.extract %31[0] : f32 from vector<8xf32>
          %62 = vector.extract %60[0] : f32 from vector<8xf32>
          %63 = arith.mulf %61, %62 : f32
          %64 = vector.extract %31[1] : f32 from vector<8xf32>
          %65 = vector.extract %60[1] : f32 from vector<8xf32>
          %66 = math.fma %64, %65, %63 : f32
          %67 = vector.extract %31[2] : f32 from vector<8xf32>
          %68 = vector.extract %60[2] : f32 from vector<8xf32>
          %69 = math.fma %67, %68, %66 : f32
          %70 = vector.extract %31[3] : f32 from vector<8xf32>
          %71 = vector.extract %60[3] : f32 from vector<8xf32>
          %72 = math.fma %70, %71, %69 : f32
          %73 = vector.extract %31[4] : f32 from vector<8xf32>
          %74 = vector.extract %60[4] : f32 from vector<8xf32>
          %75 = math.fma %73, %74, %72 : f32
          %76 = vector.extract %31[5] : f32 from vector<8xf32>
          %77 = vector.extract %60[5] : f32 from vector<8xf32>
          %78 = math.fma %76, %77, %75 : f32
          %79 = vector.extract %31[6] : f32 from vector<8xf32>
          %80 = vector.extract %60[6] : f32 from vector<8xf32>
          %81 = math.fma %79, %80, %78 : f32
          %82 = vector.extract %31[7] : f32 from vector<8xf32>
          %83 = vector.extract %60[7] : f32 from vector<8xf32>
          %84 = math.fma %82, %83, %81 : f32
          %shuffleResult, %valid = gpu.shuffle  xor %84, %c8_i32, %c32_i32 : f32
          %85 = arith.addf %84, %shuffleResult : f32
          %shuffleResult_15, %valid_16 = gpu.shuffle  xor %85, %c4_i32, %c32_i32 : f32
          %86 = arith.addf %85, %shuffleResult_15 : f32
          %shuffleResult_17, %valid_18 = gpu.shuffle  xor %86, %c2_i32, %c32_i32 : f32
          %87 = arith.addf %86, %shuffleResult_17 : f32
          %shuffleResult_19, %valid_20 = gpu.shuffle  xor %87, %c1_i32, %c32_i32 : f32
          %88 = arith.addf %87, %shuffleResult_19 : f32
          %89 = arith.addi %58, %c1 : index
          %90 = vector.load %view[%51, %89, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %91 = arith.extf %90 : vector<8xbf16> to vector<8xf32>
          %92 = vector.extract %91[0] : f32 from vector<8xf32>
          %93 = arith.mulf %61, %92 : f32
          %94 = vector.extract %91[1] : f32 from vector<8xf32>
          %95 = math.fma %64, %94, %93 : f32
          %96 = vector.extract %91[2] : f32 from vector<8xf32>
          %97 = math.fma %67, %96, %95 : f32
          %98 = vector.extract %91[3] : f32 from vector<8xf32>
          %99 = math.fma %70, %98, %97 : f32
          %100 = vector.extract %91[4] : f32 from vector<8xf32>
          %101 = math.fma %73, %100, %99 : f32
          %102 = vector.extract %91[5] : f32 from vector<8xf32>
          %103 = math.fma %76, %102, %101 : f32
          %104 = vector.extract %91[6] : f32 from vector<8xf32>
          %105 = math.fma %79, %104, %103 : f32
          %106 = vector.extract %91[7] : f32 from vector<8xf32>
          %107 = math.fma %82, %106, %105 : f32
          %shuffleResult_21, %valid_22 = gpu.shuffle  xor %107, %c8_i32, %c32_i32 : f32
          %108 = arith.addf %107, %shuffleResult_21 : f32
          %shuffleResult_23, %valid_24 = gpu.shuffle  xor %108, %c4_i32, %c32_i32 : f32
          %109 = arith.addf %108, %shuffleResult_23 : f32
          %shuffleResult_25, %valid_26 = gpu.shuffle  xor %109, %c2_i32, %c32_i32 : f32
          %110 = arith.addf %109, %shuffleResult_25 : f32
          %shuffleResult_27, %valid_28 = gpu.shuffle  xor %110, %c1_i32, %c32_i32 : f32
          %111 = arith.addf %110, %shuffleResult_27 : f32
          %112 = arith.addi %58, %c2 : index
          %113 = vector.load %view[%51, %112, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %114 = arith.extf %113 : vector<8xbf16> to vector<8xf32>
          %115 = vector.extract %114[0] : f32 from vector<8xf32>
          %116 = arith.mulf %61, %115 : f32
          %117 = vector.extract %114[1] : f32 from vector<8xf32>
          %118 = math.fma %64, %117, %116 : f32
          %119 = vector.extract %114[2] : f32 from vector<8xf32>
          %120 = math.fma %67, %119, %118 : f32
          %121 = vector.extract %114[3] : f32 from vector<8xf32>
          %122 = math.fma %70, %121, %120 : f32
          %123 = vector.extract %114[4] : f32 from vector<8xf32>
          %124 = math.fma %73, %123, %122 : f32
          %125 = vector.extract %114[5] : f32 from vector<8xf32>
          %126 = math.fma %76, %125, %124 : f32
          %127 = vector.extract %114[6] : f32 from vector<8xf32>
          %128 = math.fma %79, %127, %126 : f32
          %129 = vector.extract %114[7] : f32 from vector<8xf32>
          %130 = math.fma %82, %129, %128 : f32
          %shuffleResult_29, %valid_30 = gpu.shuffle  xor %130, %c8_i32, %c32_i32 : f32
          %131 = arith.addf %130, %shuffleResult_29 : f32
          %shuffleResult_31, %valid_32 = gpu.shuffle  xor %131, %c4_i32, %c32_i32 : f32
          %132 = arith.addf %131, %shuffleResult_31 : f32
          %shuffleResult_33, %valid_34 = gpu.shuffle  xor %132, %c2_i32, %c32_i32 : f32
          %133 = arith.addf %132, %shuffleResult_33 : f32
          %shuffleResult_35, %valid_36 = gpu.shuffle  xor %133, %c1_i32, %c32_i32 : f32
          %134 = arith.addf %133, %shuffleResult_35 : f32
          %135 = arith.addi %58, %c3 : index
          %136 = vector.load %view[%51, %135, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %137 = arith.extf %136 : vector<8xbf16> to vector<8xf32>
          %138 = vector.extract %137[0] : f32 from vector<8xf32>
          %139 = arith.mulf %61, %138 : f32
          %140 = vector.extract %137[1] : f32 from vector<8xf32>
          %141 = math.fma %64, %140, %139 : f32
          %142 = vector.extract %137[2] : f32 from vector<8xf32>
          %143 = math.fma %67, %142, %141 : f32
          %144 = vector.extract %137[3] : f32 from vector<8xf32>
          %145 = math.fma %70, %144, %143 : f32
          %146 = vector.extract %137[4] : f32 from vector<8xf32>
          %147 = math.fma %73, %146, %145 : f32
          %148 = vector.extract %137[5] : f32 from vector<8xf32>
          %149 = math.fma %76, %148, %147 : f32
          %150 = vector.extract %137[6] : f32 from vector<8xf32>
          %151 = math.fma %79, %150, %149 : f32
          %152 = vector.extract %137[7] : f32 from vector<8xf32>
          %153 = math.fma %82, %152, %151 : f32
          %shuffleResult_37, %valid_38 = gpu.shuffle  xor %153, %c8_i32, %c32_i32 : f32
          %154 = arith.addf %153, %shuffleResult_37 : f32
          %shuffleResult_39, %valid_40 = gpu.shuffle  xor %154, %c4_i32, %c32_i32 : f32
          %155 = arith.addf %154, %shuffleResult_39 : f32
          %shuffleResult_41, %valid_42 = gpu.shuffle  xor %155, %c2_i32, %c32_i32 : f32
          %156 = arith.addf %155, %shuffleResult_41 : f32
          %shuffleResult_43, %valid_44 = gpu.shuffle  xor %156, %c1_i32, %c32_i32 : f32
          %157 = arith.addf %156, %shuffleResult_43 : f32
          %158 = arith.addi %58, %c4 : index
          %159 = vector.load %view[%51, %158, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %160 = arith.extf %159 : vector<8xbf16> to vector<8xf32>
          %161 = vector.extract %160[0] : f32 from vector<8xf32>
          %162 = arith.mulf %61, %161 : f32
          %163 = vector.extract %160[1] : f32 from vector<8xf32>
          %164 = math.fma %64, %163, %162 : f32
          %165 = vector.extract %160[2] : f32 from vector<8xf32>
          %166 = math.fma %67, %165, %164 : f32
          %167 = vector.extract %160[3] : f32 from vector<8xf32>
          %168 = math.fma %70, %167, %166 : f32
          %169 = vector.extract %160[4] : f32 from vector<8xf32>
          %170 = math.fma %73, %169, %168 : f32
          %171 = vector.extract %160[5] : f32 from vector<8xf32>
          %172 = math.fma %76, %171, %170 : f32
          %173 = vector.extract %160[6] : f32 from vector<8xf32>
          %174 = math.fma %79, %173, %172 : f32
          %175 = vector.extract %160[7] : f32 from vector<8xf32>
          %176 = math.fma %82, %175, %174 : f32
          %shuffleResult_45, %valid_46 = gpu.shuffle  xor %176, %c8_i32, %c32_i32 : f32
          %177 = arith.addf %176, %shuffleResult_45 : f32
          %shuffleResult_47, %valid_48 = gpu.shuffle  xor %177, %c4_i32, %c32_i32 : f32
          %178 = arith.addf %177, %shuffleResult_47 : f32
          %shuffleResult_49, %valid_50 = gpu.shuffle  xor %178, %c2_i32, %c32_i32 : f32
          %179 = arith.addf %178, %shuffleResult_49 : f32
          %shuffleResult_51, %valid_52 = gpu.shuffle  xor %179, %c1_i32, %c32_i32 : f32
          %180 = arith.addf %179, %shuffleResult_51 : f32
          %181 = arith.addi %58, %c5 : index
          %182 = vector.load %view[%51, %181, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %183 = arith.extf %182 : vector<8xbf16> to vector<8xf32>
          %184 = vector.extract %183[0] : f32 from vector<8xf32>
          %185 = arith.mulf %61, %184 : f32
          %186 = vector.extract %183[1] : f32 from vector<8xf32>
          %187 = math.fma %64, %186, %185 : f32
          %188 = vector.extract %183[2] : f32 from vector<8xf32>
          %189 = math.fma %67, %188, %187 : f32
          %190 = vector.extract %183[3] : f32 from vector<8xf32>
          %191 = math.fma %70, %190, %189 : f32
          %192 = vector.extract %183[4] : f32 from vector<8xf32>
          %193 = math.fma %73, %192, %191 : f32
          %194 = vector.extract %183[5] : f32 from vector<8xf32>
          %195 = math.fma %76, %194, %193 : f32
          %196 = vector.extract %183[6] : f32 from vector<8xf32>
          %197 = math.fma %79, %196, %195 : f32
          %198 = vector.extract %183[7] : f32 from vector<8xf32>
          %199 = math.fma %82, %198, %197 : f32
          %shuffleResult_53, %valid_54 = gpu.shuffle  xor %199, %c8_i32, %c32_i32 : f32
          %200 = arith.addf %199, %shuffleResult_53 : f32
          %shuffleResult_55, %valid_56 = gpu.shuffle  xor %200, %c4_i32, %c32_i32 : f32
          %201 = arith.addf %200, %shuffleResult_55 : f32
          %shuffleResult_57, %valid_58 = gpu.shuffle  xor %201, %c2_i32, %c32_i32 : f32
          %202 = arith.addf %201, %shuffleResult_57 : f32
          %shuffleResult_59, %valid_60 = gpu.shuffle  xor %202, %c1_i32, %c32_i32 : f32
          %203 = arith.addf %202, %shuffleResult_59 : f32
          %204 = arith.addi %58, %c6 : index
          %205 = vector.load %view[%51, %204, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %206 = arith.extf %205 : vector<8xbf16> to vector<8xf32>
          %207 = vector.extract %206[0] : f32 from vector<8xf32>
          %208 = arith.mulf %61, %207 : f32
          %209 = vector.extract %206[1] : f32 from vector<8xf32>
          %210 = math.fma %64, %209, %208 : f32
          %211 = vector.extract %206[2] : f32 from vector<8xf32>
          %212 = math.fma %67, %211, %210 : f32
          %213 = vector.extract %206[3] : f32 from vector<8xf32>
          %214 = math.fma %70, %213, %212 : f32
          %215 = vector.extract %206[4] : f32 from vector<8xf32>
          %216 = math.fma %73, %215, %214 : f32
          %217 = vector.extract %206[5] : f32 from vector<8xf32>
          %218 = math.fma %76, %217, %216 : f32
          %219 = vector.extract %206[6] : f32 from vector<8xf32>
          %220 = math.fma %79, %219, %218 : f32
          %221 = vector.extract %206[7] : f32 from vector<8xf32>
          %222 = math.fma %82, %221, %220 : f32
          %shuffleResult_61, %valid_62 = gpu.shuffle  xor %222, %c8_i32, %c32_i32 : f32
          %223 = arith.addf %222, %shuffleResult_61 : f32
          %shuffleResult_63, %valid_64 = gpu.shuffle  xor %223, %c4_i32, %c32_i32 : f32
          %224 = arith.addf %223, %shuffleResult_63 : f32
          %shuffleResult_65, %valid_66 = gpu.shuffle  xor %224, %c2_i32, %c32_i32 : f32
          %225 = arith.addf %224, %shuffleResult_65 : f32
          %shuffleResult_67, %valid_68 = gpu.shuffle  xor %225, %c1_i32, %c32_i32 : f32
          %226 = arith.addf %225, %shuffleResult_67 : f32
          %227 = arith.addi %58, %c7 : index
          %228 = vector.load %view[%51, %227, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %229 = arith.extf %228 : vector<8xbf16> to vector<8xf32>
          %230 = vector.extract %229[0] : f32 from vector<8xf32>
          %231 = arith.mulf %61, %230 : f32
          %232 = vector.extract %229[1] : f32 from vector<8xf32>
          %233 = math.fma %64, %232, %231 : f32
          %234 = vector.extract %229[2] : f32 from vector<8xf32>
          %235 = math.fma %67, %234, %233 : f32
          %236 = vector.extract %229[3] : f32 from vector<8xf32>
          %237 = math.fma %70, %236, %235 : f32
          %238 = vector.extract %229[4] : f32 from vector<8xf32>
          %239 = math.fma %73, %238, %237 : f32
          %240 = vector.extract %229[5] : f32 from vector<8xf32>
          %241 = math.fma %76, %240, %239 : f32
          %242 = vector.extract %229[6] : f32 from vector<8xf32>
          %243 = math.fma %79, %242, %241 : f32
          %244 = vector.extract %229[7] : f32 from vector<8xf32>
          %245 = math.fma %82, %244, %243 : f32
          %shuffleResult_69, %valid_70 = gpu.shuffle  xor %245, %c8_i32, %c32_i32 : f32
          %246 = arith.addf %245, %shuffleResult_69 : f32
          %shuffleResult_71, %valid_72 = gpu.shuffle  xor %246, %c4_i32, %c32_i32 : f32
          %247 = arith.addf %246, %shuffleResult_71 : f32
          %shuffleResult_73, %valid_74 = gpu.shuffle  xor %247, %c2_i32, %c32_i32 : f32
          %248 = arith.addf %247, %shuffleResult_73 : f32
          %shuffleResult_75, %valid_76 = gpu.shuffle  xor %248, %c1_i32, %c32_i32 : f32
          %249 = arith.addf %248, %shuffleResult_75 : f32
          %250 = arith.addi %57, %58 : index
          %251 = arith.cmpi ult, %250, %17 : index
          %252 = arith.select %251, %88, %cst_3 : f32
          %253 = arith.addi %57, %89 : index
          %254 = arith.cmpi ult, %253, %17 : index
          %255 = arith.select %254, %111, %cst_3 : f32
          %256 = arith.addi %57, %112 : index
          %257 = arith.cmpi ult, %256, %17 : index
          %258 = arith.select %257, %134, %cst_3 : f32
          %259 = arith.addi %57, %135 : index
          %260 = arith.cmpi ult, %259, %17 : index
          %261 = arith.select %260, %157, %cst_3 : f32
          %262 = arith.addi %57, %158 : index
          %263 = arith.cmpi ult, %262, %17 : index
          %264 = arith.select %263, %180, %cst_3 : f32
          %265 = arith.addi %57, %181 : index
          %266 = arith.cmpi ult, %265, %17 : index
          %267 = arith.select %266, %203, %cst_3 : f32
          %268 = arith.addi %57, %204 : index
          %269 = arith.cmpi ult, %268, %17 : index
          %270 = arith.select %269, %226, %cst_3 : f32
          %271 = arith.addi %57, %227 : index
          %272 = arith.cmpi ult, %271, %17 : index
          %273 = arith.select %272, %249, %cst_3 : f32
          %274 = vector.load %view_7[%51, %58, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %275 = arith.extf %274 : vector<8xbf16> to vector<8xf32>
          %276 = vector.load %view_7[%51, %89, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %277 = arith.extf %276 : vector<8xbf16> to vector<8xf32>
          %278 = vector.load %view_7[%51, %112, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %279 = arith.extf %278 : vector<8xbf16> to vector<8xf32>
          %280 = vector.load %view_7[%51, %135, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %281 = arith.extf %280 : vector<8xbf16> to vector<8xf32>
          %282 = vector.load %view_7[%51, %158, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %283 = arith.extf %282 : vector<8xbf16> to vector<8xf32>
          %284 = vector.load %view_7[%51, %181, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %285 = arith.extf %284 : vector<8xbf16> to vector<8xf32>
          %286 = vector.load %view_7[%51, %204, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %287 = arith.extf %286 : vector<8xbf16> to vector<8xf32>
          %288 = vector.load %view_7[%51, %227, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %289 = arith.extf %288 : vector<8xbf16> to vector<8xf32>
          %290 = arith.maximumf %arg18, %252 : f32
          %291 = arith.maximumf %290, %255 : f32
          %292 = arith.maximumf %291, %258 : f32
          %293 = arith.maximumf %292, %261 : f32
          %294 = arith.maximumf %293, %264 : f32
          %295 = arith.maximumf %294, %267 : f32
          %296 = arith.maximumf %295, %270 : f32
          %297 = arith.maximumf %296, %273 : f32
          %298 = arith.cmpf oeq, %297, %cst_3 : f32
          %299 = arith.select %298, %cst_2, %297 : f32
          %300 = arith.subf %arg18, %299 : f32
          %301 = math.exp2 %300 fastmath<afn> : f32
          %302 = arith.mulf %arg19, %301 : f32
          %303 = vector.broadcast %301 : f32 to vector<8xf32>
          %304 = arith.mulf %arg20, %303 : vector<8xf32>
          %305 = arith.subf %252, %299 : f32
          %306 = math.exp2 %305 fastmath<afn> : f32
          %307 = arith.addf %302, %306 : f32
          %308 = vector.broadcast %306 : f32 to vector<8xf32>
          %309 = vector.fma %308, %275, %304 : vector<8xf32>
          %310 = arith.subf %255, %299 : f32
          %311 = math.exp2 %310 fastmath<afn> : f32
          %312 = arith.addf %307, %311 : f32
          %313 = vector.broadcast %311 : f32 to vector<8xf32>
          %314 = vector.fma %313, %277, %309 : vector<8xf32>
          %315 = arith.subf %258, %299 : f32
          %316 = math.exp2 %315 fastmath<afn> : f32
          %317 = arith.addf %312, %316 : f32
          %318 = vector.broadcast %316 : f32 to vector<8xf32>
          %319 = vector.fma %318, %279, %314 : vector<8xf32>
          %320 = arith.subf %261, %299 : f32
          %321 = math.exp2 %320 fastmath<afn> : f32
          %322 = arith.addf %317, %321 : f32
          %323 = vector.broadcast %321 : f32 to vector<8xf32>
          %324 = vector.fma %323, %281, %319 : vector<8xf32>
          %325 = arith.subf %264, %299 : f32
          %326 = math.exp2 %325 fastmath<afn> : f32
          %327 = arith.addf %322, %326 : f32
          %328 = vector.broadcast %326 : f32 to vector<8xf32>
          %329 = vector.fma %328, %283, %324 : vector<8xf32>
          %330 = arith.subf %267, %299 : f32
          %331 = math.exp2 %330 fastmath<afn> : f32
          %332 = arith.addf %327, %331 : f32
          %333 = vector.broadcast %331 : f32 to vector<8xf32>
          %334 = vector.fma %333, %285, %329 : vector<8xf32>
          %335 = arith.subf %270, %299 : f32
          %336 = math.exp2 %335 fastmath<afn> : f32
          %337 = arith.addf %332, %336 : f32
          %338 = vector.broadcast %336 : f32 to vector<8xf32>
          %339 = vector.fma %338, %287, %334 : vector<8xf32>
          %340 = arith.subf %273, %299 : f32
          %341 = math.exp2 %340 fastmath<afn> : f32
          %342 = arith.addf %337, %341 : f32
          %343 = vector.broadcast %341 : f32 to vector<8xf32>
          %344 = vector.fma %343, %289, %339 : vector<8xf32>
          gpu.barrier
          scf.yield %297, %342, %344, %55#0, %55#1 : f32, f32, vector<8xf32>, index, index
        }
        attn.wait_kv_tiles pending = 0
        %view_11 = memref.view %view_8[%c0][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4x128xf32, #gpu.address_space<workgroup>>
        %view_12 = memref.view %view_8[%c4096][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4xf32, #gpu.address_space<workgroup>>
        %view_13 = memref.view %view_8[%c4128][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4xf32, #gpu.address_space<workgroup>>
        vector.store %37#2, %view_11[%1, %4, %2] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
        %38 = arith.cmpi eq, %0, %c0 : index
        scf.if %38 {
          memref.store %37#0, %view_12[%1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          memref.store %37#1, %view_13[%1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
        }
        gpu.barrier
        %39 = arith.cmpi eq, %1, %c0 : index
        %40:3 = scf.if %39 -> (f32, f32, vector<8xf32>) {
          %51 = memref.load %view_12[%c0, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %52 = memref.load %view_13[%c0, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %53 = vector.load %view_11[%c0, %4, %2] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %54 = arith.cmpf oeq, %51, %cst_3 : f32
          %55 = arith.select %54, %cst_2, %51 : f32
          %56 = arith.subf %cst_3, %55 : f32
          %57 = math.exp2 %56 fastmath<afn> : f32
          %58 = arith.subf %51, %55 : f32
          %59 = math.exp2 %58 fastmath<afn> : f32
          %60 = arith.mulf %57, %cst_2 : f32
          %61 = arith.mulf %52, %59 : f32
          %62 = arith.addf %60, %61 : f32
          %63 = vector.broadcast %59 : f32 to vector<8xf32>
          %64 = vector.broadcast %57 : f32 to vector<8xf32>
          %65 = arith.mulf %64, %cst_1 : vector<8xf32>
          %66 = vector.fma %63, %53, %65 : vector<8xf32>
          %67 = memref.load %view_12[%c1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %68 = memref.load %view_13[%c1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %69 = vector.load %view_11[%c1, %4, %2] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %70 = arith.maximumf %51, %67 : f32
          %71 = arith.cmpf oeq, %70, %cst_3 : f32
          %72 = arith.select %71, %cst_2, %70 : f32
          %73 = arith.subf %51, %72 : f32
          %74 = math.exp2 %73 fastmath<afn> : f32
          %75 = arith.subf %67, %72 : f32
          %76 = math.exp2 %75 fastmath<afn> : f32
          %77 = arith.mulf %62, %74 : f32
          %78 = arith.mulf %68, %76 : f32
          %79 = arith.addf %77, %78 : f32
          %80 = vector.broadcast %76 : f32 to vector<8xf32>
          %81 = vector.broadcast %74 : f32 to vector<8xf32>
          %82 = arith.mulf %66, %81 : vector<8xf32>
          %83 = vector.fma %80, %69, %82 : vector<8xf32>
          scf.yield %70, %79, %83 : f32, f32, vector<8xf32>
        } else {
          scf.yield %37#0, %37#1, %37#2 : f32, f32, vector<8xf32>
        }
        %41 = arith.cmpf ogt, %40#1, %cst_2 : f32
        %42 = arith.select %41, %40#1, %cst_0 : f32
        %43 = vector.broadcast %42 : f32 to vector<8xf32>
        %44 = arith.divf %40#2, %43 : vector<8xf32>
        %45 = arith.select %41, %44, %cst_1 : vector<8xf32>
        %46 = math.log2 %42 fastmath<afn> : f32
        %47 = arith.addf %40#0, %46 : f32
        %48 = arith.mulf %47, %cst : f32
        %49 = arith.select %41, %48, %cst_3 : f32
        %50 = arith.cmpi slt, %18, %c0_i32 : i32
        scf.if %50 {
          scf.if %39 {
            %51 = arith.truncf %45 : vector<8xf32> to vector<8xbf16>
            vector.store %51, %arg13[%20, %28, %2] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
            scf.if %38 {
              memref.store %49, %arg14[%20, %28] : memref<?x32xf32>
            }
          }
        } else {
          %51 = arith.index_cast %18 : i32 to index
          scf.if %39 {
            vector.store %45, %arg15[%51, %28, %2] {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
            scf.if %38 {
              memref.store %49, %arg16[%51, %28] : memref<?x32xf32>
            }
          }
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

