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
        %32:3 = scf.for %arg17 = %c0 to %26 step %c1 iter_args(%arg18 = %cst_3, %arg19 = %cst_2, %arg20 = %cst_1) -> (f32, f32, vector<8xf32>) {
          %46 = arith.remui %arg17, %c2 : index
          %47:2 = attn.kv_tile_pages %arg5[%22] tile %arg17 group %6 keys[%15, %17) {page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64} : memref<?xi32> -> index, index
          attn.copy_kv_tile k(%reinterpret_cast : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>) v(%reinterpret_cast_6 : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>) pages(%47#0, %47#1) head %block_id_y col %2 tile %arg17 group %6 keys[%15, %17) into(%view, %view_7 : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, memref<2x16x128xbf16, #gpu.address_space<workgroup>>) [%46] {page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64, vec = 8 : i64}
          gpu.barrier
          %48 = arith.muli %arg17, %c16 : index
          %49 = arith.addi %15, %48 : index
          %50 = arith.muli %1, %c8 : index
          %51 = vector.load %view[%46, %50, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %52 = arith.extf %51 : vector<8xbf16> to vector<8xf32>
          %53 = vector.extract %31[0] : f32 from vector<8xf32>
          %54 = vector.extract %52[0] : f32 from vector<8xf32>
          %55 = arith.mulf %53, %54 : f32
          %56 = vector.extract %31[1] : f32 from vector<8xf32>
          %57 = vector.extract %52[1] : f32 from vector<8xf32>
          %58 = math.fma %56, %57, %55 : f32
          %59 = vector.extract %31[2] : f32 from vector<8xf32>
          %60 = vector.extract %52[2] : f32 from vector<8xf32>
          %61 = math.fma %59, %60, %58 : f32
          %62 = vector.extract %31[3] : f32 from vector<8xf32>
          %63 = vector.extract %52[3] : f32 from vector<8xf32>
          %64 = math.fma %62, %63, %61 : f32
          %65 = vector.extract %31[4] : f32 from vector<8xf32>
          %66 = vector.extract %52[4] : f32 from vector<8xf32>
          %67 = math.fma %65, %66, %64 : f32
          %68 = vector.extract %31[5] : f32 from vector<8xf32>
          %69 = vector.extract %52[5] : f32 from vector<8xf32>
          %70 = math.fma %68, %69, %67 : f32
          %71 = vector.extract %31[6] : f32 from vector<8xf32>
          %72 = vector.extract %52[6] : f32 from vector<8xf32>
          %73 = math.fma %71, %72, %70 : f32
          %74 = vector.extract %31[7] : f32 from vector<8xf32>
          %75 = vector.extract %52[7] : f32 from vector<8xf32>
          %76 = math.fma %74, %75, %73 : f32
          %shuffleResult, %valid = gpu.shuffle  xor %76, %c8_i32, %c32_i32 : f32
          %77 = arith.addf %76, %shuffleResult : f32
          %shuffleResult_12, %valid_13 = gpu.shuffle  xor %77, %c4_i32, %c32_i32 : f32
          %78 = arith.addf %77, %shuffleResult_12 : f32
          %shuffleResult_14, %valid_15 = gpu.shuffle  xor %78, %c2_i32, %c32_i32 : f32
          %79 = arith.addf %78, %shuffleResult_14 : f32
          %shuffleResult_16, %valid_17 = gpu.shuffle  xor %79, %c1_i32, %c32_i32 : f32
          %80 = arith.addf %79, %shuffleResult_16 : f32
          %81 = arith.addi %50, %c1 : index
          %82 = vector.load %view[%46, %81, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %83 = arith.extf %82 : vector<8xbf16> to vector<8xf32>
          %84 = vector.extract %83[0] : f32 from vector<8xf32>
          %85 = arith.mulf %53, %84 : f32
          %86 = vector.extract %83[1] : f32 from vector<8xf32>
          %87 = math.fma %56, %86, %85 : f32
          %88 = vector.extract %83[2] : f32 from vector<8xf32>
          %89 = math.fma %59, %88, %87 : f32
          %90 = vector.extract %83[3] : f32 from vector<8xf32>
          %91 = math.fma %62, %90, %89 : f32
          %92 = vector.extract %83[4] : f32 from vector<8xf32>
          %93 = math.fma %65, %92, %91 : f32
          %94 = vector.extract %83[5] : f32 from vector<8xf32>
          %95 = math.fma %68, %94, %93 : f32
          %96 = vector.extract %83[6] : f32 from vector<8xf32>
          %97 = math.fma %71, %96, %95 : f32
          %98 = vector.extract %83[7] : f32 from vector<8xf32>
          %99 = math.fma %74, %98, %97 : f32
          %shuffleResult_18, %valid_19 = gpu.shuffle  xor %99, %c8_i32, %c32_i32 : f32
          %100 = arith.addf %99, %shuffleResult_18 : f32
          %shuffleResult_20, %valid_21 = gpu.shuffle  xor %100, %c4_i32, %c32_i32 : f32
          %101 = arith.addf %100, %shuffleResult_20 : f32
          %shuffleResult_22, %valid_23 = gpu.shuffle  xor %101, %c2_i32, %c32_i32 : f32
          %102 = arith.addf %101, %shuffleResult_22 : f32
          %shuffleResult_24, %valid_25 = gpu.shuffle  xor %102, %c1_i32, %c32_i32 : f32
          %103 = arith.addf %102, %shuffleResult_24 : f32
          %104 = arith.addi %50, %c2 : index
          %105 = vector.load %view[%46, %104, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %106 = arith.extf %105 : vector<8xbf16> to vector<8xf32>
          %107 = vector.extract %106[0] : f32 from vector<8xf32>
          %108 = arith.mulf %53, %107 : f32
          %109 = vector.extract %106[1] : f32 from vector<8xf32>
          %110 = math.fma %56, %109, %108 : f32
          %111 = vector.extract %106[2] : f32 from vector<8xf32>
          %112 = math.fma %59, %111, %110 : f32
          %113 = vector.extract %106[3] : f32 from vector<8xf32>
          %114 = math.fma %62, %113, %112 : f32
          %115 = vector.extract %106[4] : f32 from vector<8xf32>
          %116 = math.fma %65, %115, %114 : f32
          %117 = vector.extract %106[5] : f32 from vector<8xf32>
          %118 = math.fma %68, %117, %116 : f32
          %119 = vector.extract %106[6] : f32 from vector<8xf32>
          %120 = math.fma %71, %119, %118 : f32
          %121 = vector.extract %106[7] : f32 from vector<8xf32>
          %122 = math.fma %74, %121, %120 : f32
          %shuffleResult_26, %valid_27 = gpu.shuffle  xor %122, %c8_i32, %c32_i32 : f32
          %123 = arith.addf %122, %shuffleResult_26 : f32
          %shuffleResult_28, %valid_29 = gpu.shuffle  xor %123, %c4_i32, %c32_i32 : f32
          %124 = arith.addf %123, %shuffleResult_28 : f32
          %shuffleResult_30, %valid_31 = gpu.shuffle  xor %124, %c2_i32, %c32_i32 : f32
          %125 = arith.addf %124, %shuffleResult_30 : f32
          %shuffleResult_32, %valid_33 = gpu.shuffle  xor %125, %c1_i32, %c32_i32 : f32
          %126 = arith.addf %125, %shuffleResult_32 : f32
          %127 = arith.addi %50, %c3 : index
          %128 = vector.load %view[%46, %127, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %129 = arith.extf %128 : vector<8xbf16> to vector<8xf32>
          %130 = vector.extract %129[0] : f32 from vector<8xf32>
          %131 = arith.mulf %53, %130 : f32
          %132 = vector.extract %129[1] : f32 from vector<8xf32>
          %133 = math.fma %56, %132, %131 : f32
          %134 = vector.extract %129[2] : f32 from vector<8xf32>
          %135 = math.fma %59, %134, %133 : f32
          %136 = vector.extract %129[3] : f32 from vector<8xf32>
          %137 = math.fma %62, %136, %135 : f32
          %138 = vector.extract %129[4] : f32 from vector<8xf32>
          %139 = math.fma %65, %138, %137 : f32
          %140 = vector.extract %129[5] : f32 from vector<8xf32>
          %141 = math.fma %68, %140, %139 : f32
          %142 = vector.extract %129[6] : f32 from vector<8xf32>
          %143 = math.fma %71, %142, %141 : f32
          %144 = vector.extract %129[7] : f32 from vector<8xf32>
          %145 = math.fma %74, %144, %143 : f32
          %shuffleResult_34, %valid_35 = gpu.shuffle  xor %145, %c8_i32, %c32_i32 : f32
          %146 = arith.addf %145, %shuffleResult_34 : f32
          %shuffleResult_36, %valid_37 = gpu.shuffle  xor %146, %c4_i32, %c32_i32 : f32
          %147 = arith.addf %146, %shuffleResult_36 : f32
          %shuffleResult_38, %valid_39 = gpu.shuffle  xor %147, %c2_i32, %c32_i32 : f32
          %148 = arith.addf %147, %shuffleResult_38 : f32
          %shuffleResult_40, %valid_41 = gpu.shuffle  xor %148, %c1_i32, %c32_i32 : f32
          %149 = arith.addf %148, %shuffleResult_40 : f32
          %150 = arith.addi %50, %c4 : index
          %151 = vector.load %view[%46, %150, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %152 = arith.extf %151 : vector<8xbf16> to vector<8xf32>
          %153 = vector.extract %152[0] : f32 from vector<8xf32>
          %154 = arith.mulf %53, %153 : f32
          %155 = vector.extract %152[1] : f32 from vector<8xf32>
          %156 = math.fma %56, %155, %154 : f32
          %157 = vector.extract %152[2] : f32 from vector<8xf32>
          %158 = math.fma %59, %157, %156 : f32
          %159 = vector.extract %152[3] : f32 from vector<8xf32>
          %160 = math.fma %62, %159, %158 : f32
          %161 = vector.extract %152[4] : f32 from vector<8xf32>
          %162 = math.fma %65, %161, %160 : f32
          %163 = vector.extract %152[5] : f32 from vector<8xf32>
          %164 = math.fma %68, %163, %162 : f32
          %165 = vector.extract %152[6] : f32 from vector<8xf32>
          %166 = math.fma %71, %165, %164 : f32
          %167 = vector.extract %152[7] : f32 from vector<8xf32>
          %168 = math.fma %74, %167, %166 : f32
          %shuffleResult_42, %valid_43 = gpu.shuffle  xor %168, %c8_i32, %c32_i32 : f32
          %169 = arith.addf %168, %shuffleResult_42 : f32
          %shuffleResult_44, %valid_45 = gpu.shuffle  xor %169, %c4_i32, %c32_i32 : f32
          %170 = arith.addf %169, %shuffleResult_44 : f32
          %shuffleResult_46, %valid_47 = gpu.shuffle  xor %170, %c2_i32, %c32_i32 : f32
          %171 = arith.addf %170, %shuffleResult_46 : f32
          %shuffleResult_48, %valid_49 = gpu.shuffle  xor %171, %c1_i32, %c32_i32 : f32
          %172 = arith.addf %171, %shuffleResult_48 : f32
          %173 = arith.addi %50, %c5 : index
          %174 = vector.load %view[%46, %173, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %175 = arith.extf %174 : vector<8xbf16> to vector<8xf32>
          %176 = vector.extract %175[0] : f32 from vector<8xf32>
          %177 = arith.mulf %53, %176 : f32
          %178 = vector.extract %175[1] : f32 from vector<8xf32>
          %179 = math.fma %56, %178, %177 : f32
          %180 = vector.extract %175[2] : f32 from vector<8xf32>
          %181 = math.fma %59, %180, %179 : f32
          %182 = vector.extract %175[3] : f32 from vector<8xf32>
          %183 = math.fma %62, %182, %181 : f32
          %184 = vector.extract %175[4] : f32 from vector<8xf32>
          %185 = math.fma %65, %184, %183 : f32
          %186 = vector.extract %175[5] : f32 from vector<8xf32>
          %187 = math.fma %68, %186, %185 : f32
          %188 = vector.extract %175[6] : f32 from vector<8xf32>
          %189 = math.fma %71, %188, %187 : f32
          %190 = vector.extract %175[7] : f32 from vector<8xf32>
          %191 = math.fma %74, %190, %189 : f32
          %shuffleResult_50, %valid_51 = gpu.shuffle  xor %191, %c8_i32, %c32_i32 : f32
          %192 = arith.addf %191, %shuffleResult_50 : f32
          %shuffleResult_52, %valid_53 = gpu.shuffle  xor %192, %c4_i32, %c32_i32 : f32
          %193 = arith.addf %192, %shuffleResult_52 : f32
          %shuffleResult_54, %valid_55 = gpu.shuffle  xor %193, %c2_i32, %c32_i32 : f32
          %194 = arith.addf %193, %shuffleResult_54 : f32
          %shuffleResult_56, %valid_57 = gpu.shuffle  xor %194, %c1_i32, %c32_i32 : f32
          %195 = arith.addf %194, %shuffleResult_56 : f32
          %196 = arith.addi %50, %c6 : index
          %197 = vector.load %view[%46, %196, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %198 = arith.extf %197 : vector<8xbf16> to vector<8xf32>
          %199 = vector.extract %198[0] : f32 from vector<8xf32>
          %200 = arith.mulf %53, %199 : f32
          %201 = vector.extract %198[1] : f32 from vector<8xf32>
          %202 = math.fma %56, %201, %200 : f32
          %203 = vector.extract %198[2] : f32 from vector<8xf32>
          %204 = math.fma %59, %203, %202 : f32
          %205 = vector.extract %198[3] : f32 from vector<8xf32>
          %206 = math.fma %62, %205, %204 : f32
          %207 = vector.extract %198[4] : f32 from vector<8xf32>
          %208 = math.fma %65, %207, %206 : f32
          %209 = vector.extract %198[5] : f32 from vector<8xf32>
          %210 = math.fma %68, %209, %208 : f32
          %211 = vector.extract %198[6] : f32 from vector<8xf32>
          %212 = math.fma %71, %211, %210 : f32
          %213 = vector.extract %198[7] : f32 from vector<8xf32>
          %214 = math.fma %74, %213, %212 : f32
          %shuffleResult_58, %valid_59 = gpu.shuffle  xor %214, %c8_i32, %c32_i32 : f32
          %215 = arith.addf %214, %shuffleResult_58 : f32
          %shuffleResult_60, %valid_61 = gpu.shuffle  xor %215, %c4_i32, %c32_i32 : f32
          %216 = arith.addf %215, %shuffleResult_60 : f32
          %shuffleResult_62, %valid_63 = gpu.shuffle  xor %216, %c2_i32, %c32_i32 : f32
          %217 = arith.addf %216, %shuffleResult_62 : f32
          %shuffleResult_64, %valid_65 = gpu.shuffle  xor %217, %c1_i32, %c32_i32 : f32
          %218 = arith.addf %217, %shuffleResult_64 : f32
          %219 = arith.addi %50, %c7 : index
          %220 = vector.load %view[%46, %219, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %221 = arith.extf %220 : vector<8xbf16> to vector<8xf32>
          %222 = vector.extract %221[0] : f32 from vector<8xf32>
          %223 = arith.mulf %53, %222 : f32
          %224 = vector.extract %221[1] : f32 from vector<8xf32>
          %225 = math.fma %56, %224, %223 : f32
          %226 = vector.extract %221[2] : f32 from vector<8xf32>
          %227 = math.fma %59, %226, %225 : f32
          %228 = vector.extract %221[3] : f32 from vector<8xf32>
          %229 = math.fma %62, %228, %227 : f32
          %230 = vector.extract %221[4] : f32 from vector<8xf32>
          %231 = math.fma %65, %230, %229 : f32
          %232 = vector.extract %221[5] : f32 from vector<8xf32>
          %233 = math.fma %68, %232, %231 : f32
          %234 = vector.extract %221[6] : f32 from vector<8xf32>
          %235 = math.fma %71, %234, %233 : f32
          %236 = vector.extract %221[7] : f32 from vector<8xf32>
          %237 = math.fma %74, %236, %235 : f32
          %shuffleResult_66, %valid_67 = gpu.shuffle  xor %237, %c8_i32, %c32_i32 : f32
          %238 = arith.addf %237, %shuffleResult_66 : f32
          %shuffleResult_68, %valid_69 = gpu.shuffle  xor %238, %c4_i32, %c32_i32 : f32
          %239 = arith.addf %238, %shuffleResult_68 : f32
          %shuffleResult_70, %valid_71 = gpu.shuffle  xor %239, %c2_i32, %c32_i32 : f32
          %240 = arith.addf %239, %shuffleResult_70 : f32
          %shuffleResult_72, %valid_73 = gpu.shuffle  xor %240, %c1_i32, %c32_i32 : f32
          %241 = arith.addf %240, %shuffleResult_72 : f32
          %242 = arith.addi %49, %50 : index
          %243 = arith.cmpi ult, %242, %17 : index
          %244 = arith.select %243, %80, %cst_3 : f32
          %245 = arith.addi %49, %81 : index
          %246 = arith.cmpi ult, %245, %17 : index
          %247 = arith.select %246, %103, %cst_3 : f32
          %248 = arith.addi %49, %104 : index
          %249 = arith.cmpi ult, %248, %17 : index
          %250 = arith.select %249, %126, %cst_3 : f32
          %251 = arith.addi %49, %127 : index
          %252 = arith.cmpi ult, %251, %17 : index
          %253 = arith.select %252, %149, %cst_3 : f32
          %254 = arith.addi %49, %150 : index
          %255 = arith.cmpi ult, %254, %17 : index
          %256 = arith.select %255, %172, %cst_3 : f32
          %257 = arith.addi %49, %173 : index
          %258 = arith.cmpi ult, %257, %17 : index
          %259 = arith.select %258, %195, %cst_3 : f32
          %260 = arith.addi %49, %196 : index
          %261 = arith.cmpi ult, %260, %17 : index
          %262 = arith.select %261, %218, %cst_3 : f32
          %263 = arith.addi %49, %219 : index
          %264 = arith.cmpi ult, %263, %17 : index
          %265 = arith.select %264, %241, %cst_3 : f32
          %266 = vector.load %view_7[%46, %50, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %267 = arith.extf %266 : vector<8xbf16> to vector<8xf32>
          %268 = vector.load %view_7[%46, %81, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %269 = arith.extf %268 : vector<8xbf16> to vector<8xf32>
          %270 = vector.load %view_7[%46, %104, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %271 = arith.extf %270 : vector<8xbf16> to vector<8xf32>
          %272 = vector.load %view_7[%46, %127, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %273 = arith.extf %272 : vector<8xbf16> to vector<8xf32>
          %274 = vector.load %view_7[%46, %150, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %275 = arith.extf %274 : vector<8xbf16> to vector<8xf32>
          %276 = vector.load %view_7[%46, %173, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %277 = arith.extf %276 : vector<8xbf16> to vector<8xf32>
          %278 = vector.load %view_7[%46, %196, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %279 = arith.extf %278 : vector<8xbf16> to vector<8xf32>
          %280 = vector.load %view_7[%46, %219, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %281 = arith.extf %280 : vector<8xbf16> to vector<8xf32>
          %282 = arith.maximumf %arg18, %244 : f32
          %283 = arith.maximumf %282, %247 : f32
          %284 = arith.maximumf %283, %250 : f32
          %285 = arith.maximumf %284, %253 : f32
          %286 = arith.maximumf %285, %256 : f32
          %287 = arith.maximumf %286, %259 : f32
          %288 = arith.maximumf %287, %262 : f32
          %289 = arith.maximumf %288, %265 : f32
          %290 = arith.cmpf oeq, %289, %cst_3 : f32
          %291 = arith.select %290, %cst_2, %289 : f32
          %292 = arith.subf %arg18, %291 : f32
          %293 = math.exp2 %292 fastmath<afn> : f32
          %294 = arith.mulf %arg19, %293 : f32
          %295 = vector.broadcast %293 : f32 to vector<8xf32>
          %296 = arith.mulf %arg20, %295 : vector<8xf32>
          %297 = arith.subf %244, %291 : f32
          %298 = math.exp2 %297 fastmath<afn> : f32
          %299 = arith.addf %294, %298 : f32
          %300 = vector.broadcast %298 : f32 to vector<8xf32>
          %301 = vector.fma %300, %267, %296 : vector<8xf32>
          %302 = arith.subf %247, %291 : f32
          %303 = math.exp2 %302 fastmath<afn> : f32
          %304 = arith.addf %299, %303 : f32
          %305 = vector.broadcast %303 : f32 to vector<8xf32>
          %306 = vector.fma %305, %269, %301 : vector<8xf32>
          %307 = arith.subf %250, %291 : f32
          %308 = math.exp2 %307 fastmath<afn> : f32
          %309 = arith.addf %304, %308 : f32
          %310 = vector.broadcast %308 : f32 to vector<8xf32>
          %311 = vector.fma %310, %271, %306 : vector<8xf32>
          %312 = arith.subf %253, %291 : f32
          %313 = math.exp2 %312 fastmath<afn> : f32
          %314 = arith.addf %309, %313 : f32
          %315 = vector.broadcast %313 : f32 to vector<8xf32>
          %316 = vector.fma %315, %273, %311 : vector<8xf32>
          %317 = arith.subf %256, %291 : f32
          %318 = math.exp2 %317 fastmath<afn> : f32
          %319 = arith.addf %314, %318 : f32
          %320 = vector.broadcast %318 : f32 to vector<8xf32>
          %321 = vector.fma %320, %275, %316 : vector<8xf32>
          %322 = arith.subf %259, %291 : f32
          %323 = math.exp2 %322 fastmath<afn> : f32
          %324 = arith.addf %319, %323 : f32
          %325 = vector.broadcast %323 : f32 to vector<8xf32>
          %326 = vector.fma %325, %277, %321 : vector<8xf32>
          %327 = arith.subf %262, %291 : f32
          %328 = math.exp2 %327 fastmath<afn> : f32
          %329 = arith.addf %324, %328 : f32
          %330 = vector.broadcast %328 : f32 to vector<8xf32>
          %331 = vector.fma %330, %279, %326 : vector<8xf32>
          %332 = arith.subf %265, %291 : f32
          %333 = math.exp2 %332 fastmath<afn> : f32
          %334 = arith.addf %329, %333 : f32
          %335 = vector.broadcast %333 : f32 to vector<8xf32>
          %336 = vector.fma %335, %281, %331 : vector<8xf32>
          gpu.barrier
          scf.yield %289, %334, %336 : f32, f32, vector<8xf32>
        }
        %view_9 = memref.view %view_8[%c0][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4x128xf32, #gpu.address_space<workgroup>>
        %view_10 = memref.view %view_8[%c4096][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4xf32, #gpu.address_space<workgroup>>
        %view_11 = memref.view %view_8[%c4128][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4xf32, #gpu.address_space<workgroup>>
        vector.store %32#2, %view_9[%1, %4, %2] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
        %33 = arith.cmpi eq, %0, %c0 : index
        scf.if %33 {
          memref.store %32#0, %view_10[%1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          memref.store %32#1, %view_11[%1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
        }
        gpu.barrier
        %34 = arith.cmpi eq, %1, %c0 : index
        %35:3 = scf.if %34 -> (f32, f32, vector<8xf32>) {
          %46 = memref.load %view_10[%c0, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %47 = memref.load %view_11[%c0, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %48 = vector.load %view_9[%c0, %4, %2] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %49 = arith.cmpf oeq, %46, %cst_3 : f32
          %50 = arith.select %49, %cst_2, %46 : f32
          %51 = arith.subf %cst_3, %50 : f32
          %52 = math.exp2 %51 fastmath<afn> : f32
          %53 = arith.subf %46, %50 : f32
          %54 = math.exp2 %53 fastmath<afn> : f32
          %55 = arith.mulf %52, %cst_2 : f32
          %56 = arith.mulf %47, %54 : f32
          %57 = arith.addf %55, %56 : f32
          %58 = vector.broadcast %54 : f32 to vector<8xf32>
          %59 = vector.broadcast %52 : f32 to vector<8xf32>
          %60 = arith.mulf %59, %cst_1 : vector<8xf32>
          %61 = vector.fma %58, %48, %60 : vector<8xf32>
          %62 = memref.load %view_10[%c1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %63 = memref.load %view_11[%c1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %64 = vector.load %view_9[%c1, %4, %2] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %65 = arith.maximumf %46, %62 : f32
          %66 = arith.cmpf oeq, %65, %cst_3 : f32
          %67 = arith.select %66, %cst_2, %65 : f32
          %68 = arith.subf %46, %67 : f32
          %69 = math.exp2 %68 fastmath<afn> : f32
          %70 = arith.subf %62, %67 : f32
          %71 = math.exp2 %70 fastmath<afn> : f32
          %72 = arith.mulf %57, %69 : f32
          %73 = arith.mulf %63, %71 : f32
          %74 = arith.addf %72, %73 : f32
          %75 = vector.broadcast %71 : f32 to vector<8xf32>
          %76 = vector.broadcast %69 : f32 to vector<8xf32>
          %77 = arith.mulf %61, %76 : vector<8xf32>
          %78 = vector.fma %75, %64, %77 : vector<8xf32>
          scf.yield %65, %74, %78 : f32, f32, vector<8xf32>
        } else {
          scf.yield %32#0, %32#1, %32#2 : f32, f32, vector<8xf32>
        }
        %36 = arith.cmpf ogt, %35#1, %cst_2 : f32
        %37 = arith.select %36, %35#1, %cst_0 : f32
        %38 = vector.broadcast %37 : f32 to vector<8xf32>
        %39 = arith.divf %35#2, %38 : vector<8xf32>
        %40 = arith.select %36, %39, %cst_1 : vector<8xf32>
        %41 = math.log2 %37 fastmath<afn> : f32
        %42 = arith.addf %35#0, %41 : f32
        %43 = arith.mulf %42, %cst : f32
        %44 = arith.select %36, %43, %cst_3 : f32
        %45 = arith.cmpi slt, %18, %c0_i32 : i32
        scf.if %45 {
          scf.if %34 {
            %46 = arith.truncf %40 : vector<8xf32> to vector<8xbf16>
            vector.store %46, %arg13[%20, %28, %2] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
            scf.if %33 {
              memref.store %44, %arg14[%20, %28] : memref<?x32xf32>
            }
          }
        } else {
          %46 = arith.index_cast %18 : i32 to index
          scf.if %34 {
            vector.store %40, %arg15[%46, %28, %2] {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
            scf.if %33 {
              memref.store %44, %arg16[%46, %28] : memref<?x32xf32>
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

