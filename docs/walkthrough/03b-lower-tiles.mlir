module attributes {gpu.container_module} {
  gpu.module @llama3_8b_decode_kernels {
    gpu.func @llama3_8b_decode_attention(%arg0: memref<?x32x128xbf16> {attn.param = "q"}, %arg1: memref<?xi32> {attn.param = "qo_indptr"}, %arg2: memref<?x16x8x128xbf16> {attn.param = "k_cache"}, %arg3: memref<?x16x8x128xbf16> {attn.param = "v_cache"}, %arg4: memref<?xi32> {attn.param = "kv_indptr"}, %arg5: memref<?xi32> {attn.param = "kv_indices"}, %arg6: memref<?xi32> {attn.param = "kv_last_page_len"}, %arg7: memref<?xi32> {attn.param = "work_request"}, %arg8: memref<?xi32> {attn.param = "work_kv_begin"}, %arg9: memref<?xi32> {attn.param = "work_kv_end"}, %arg10: memref<?xi32> {attn.param = "work_partial"}, %arg11: memref<1xi32> {attn.param = "num_work"}, %arg12: memref<?x32x128xbf16> {attn.param = "o"}, %arg13: memref<?x32xf32> {attn.param = "lse"}, %arg14: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg15: memref<?x32xf32> {attn.param = "tmp_lse"}) kernel attributes {attn.programmatic_primary, known_block_size = array<i32: 128, 1, 1>} {
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
      %block_id_x = gpu.block_id  x
      %block_id_y = gpu.block_id  y
      %7 = gpu.dynamic_shared_memory : memref<?xi8, #gpu.address_space<workgroup>>
      %view = memref.view %7[%c0][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
      %view_5 = memref.view %7[%c8192][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
      %view_6 = memref.view %7[%c16384][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<5120xi8, #gpu.address_space<workgroup>>
      %8 = memref.load %arg11[%c0] : memref<1xi32>
      %9 = arith.index_cast %8 : i32 to index
      %10 = arith.cmpi ult, %block_id_x, %9 : index
      scf.if %10 {
        %11 = memref.load %arg7[%block_id_x] : memref<?xi32>
        %12 = arith.index_cast %11 : i32 to index
        %13 = memref.load %arg8[%block_id_x] : memref<?xi32>
        %14 = arith.index_cast %13 : i32 to index
        %15 = memref.load %arg9[%block_id_x] : memref<?xi32>
        %16 = arith.index_cast %15 : i32 to index
        %17 = memref.load %arg10[%block_id_x] : memref<?xi32>
        %18 = memref.load %arg1[%12] : memref<?xi32>
        %19 = arith.index_cast %18 : i32 to index
        %20 = memref.load %arg4[%12] : memref<?xi32>
        %21 = arith.index_cast %20 : i32 to index
        %22 = arith.maxsi %16, %14 : index
        %23 = arith.subi %22, %14 : index
        %24 = arith.addi %23, %c15 : index
        %25 = arith.divui %24, %c16 : index
        %26 = arith.muli %block_id_y, %c4 : index
        %27 = arith.addi %26, %4 : index
        %28 = vector.load %arg0[%19, %27, %2] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %29 = arith.extf %28 : vector<8xbf16> to vector<8xf32>
        %30 = arith.mulf %29, %cst_4 : vector<8xf32>
        %31:3 = scf.for %arg16 = %c0 to %25 step %c1 iter_args(%arg17 = %cst_3, %arg18 = %cst_2, %arg19 = %cst_1) -> (f32, f32, vector<8xf32>) {
          %45 = arith.remui %arg16, %c2 : index
          %46:2 = attn.kv_tile_pages %arg5[%21] tile %arg16 group %6 keys[%14, %16) {page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64} : memref<?xi32> -> index, index
          attn.copy_kv_tile k(%arg2 : memref<?x16x8x128xbf16>) v(%arg3 : memref<?x16x8x128xbf16>) pages(%46#0, %46#1) head %block_id_y col %2 tile %arg16 group %6 keys[%14, %16) into(%view, %view_5 : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, memref<2x16x128xbf16, #gpu.address_space<workgroup>>) [%45] {page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64, vec = 8 : i64}
          gpu.barrier
          %47 = arith.muli %arg16, %c16 : index
          %48 = arith.addi %14, %47 : index
          %49 = arith.muli %1, %c8 : index
          %50 = vector.load %view[%45, %49, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %51 = arith.extf %50 : vector<8xbf16> to vector<8xf32>
          %52 = vector.extract %30[0] : f32 from vector<8xf32>
          %53 = vector.extract %51[0] : f32 from vector<8xf32>
          %54 = arith.mulf %52, %53 : f32
          %55 = vector.extract %30[1] : f32 from vector<8xf32>
          %56 = vector.extract %51[1] : f32 from vector<8xf32>
          %57 = math.fma %55, %56, %54 : f32
          %58 = vector.extract %30[2] : f32 from vector<8xf32>
          %59 = vector.extract %51[2] : f32 from vector<8xf32>
          %60 = math.fma %58, %59, %57 : f32
          %61 = vector.extract %30[3] : f32 from vector<8xf32>
          %62 = vector.extract %51[3] : f32 from vector<8xf32>
          %63 = math.fma %61, %62, %60 : f32
          %64 = vector.extract %30[4] : f32 from vector<8xf32>
          %65 = vector.extract %51[4] : f32 from vector<8xf32>
          %66 = math.fma %64, %65, %63 : f32
          %67 = vector.extract %30[5] : f32 from vector<8xf32>
          %68 = vector.extract %51[5] : f32 from vector<8xf32>
          %69 = math.fma %67, %68, %66 : f32
          %70 = vector.extract %30[6] : f32 from vector<8xf32>
          %71 = vector.extract %51[6] : f32 from vector<8xf32>
          %72 = math.fma %70, %71, %69 : f32
          %73 = vector.extract %30[7] : f32 from vector<8xf32>
          %74 = vector.extract %51[7] : f32 from vector<8xf32>
          %75 = math.fma %73, %74, %72 : f32
          %shuffleResult, %valid = gpu.shuffle  xor %75, %c8_i32, %c32_i32 : f32
          %76 = arith.addf %75, %shuffleResult : f32
          %shuffleResult_10, %valid_11 = gpu.shuffle  xor %76, %c4_i32, %c32_i32 : f32
          %77 = arith.addf %76, %shuffleResult_10 : f32
          %shuffleResult_12, %valid_13 = gpu.shuffle  xor %77, %c2_i32, %c32_i32 : f32
          %78 = arith.addf %77, %shuffleResult_12 : f32
          %shuffleResult_14, %valid_15 = gpu.shuffle  xor %78, %c1_i32, %c32_i32 : f32
          %79 = arith.addf %78, %shuffleResult_14 : f32
          %80 = arith.addi %49, %c1 : index
          %81 = vector.load %view[%45, %80, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %82 = arith.extf %81 : vector<8xbf16> to vector<8xf32>
          %83 = vector.extract %82[0] : f32 from vector<8xf32>
          %84 = arith.mulf %52, %83 : f32
          %85 = vector.extract %82[1] : f32 from vector<8xf32>
          %86 = math.fma %55, %85, %84 : f32
          %87 = vector.extract %82[2] : f32 from vector<8xf32>
          %88 = math.fma %58, %87, %86 : f32
          %89 = vector.extract %82[3] : f32 from vector<8xf32>
          %90 = math.fma %61, %89, %88 : f32
          %91 = vector.extract %82[4] : f32 from vector<8xf32>
          %92 = math.fma %64, %91, %90 : f32
          %93 = vector.extract %82[5] : f32 from vector<8xf32>
          %94 = math.fma %67, %93, %92 : f32
          %95 = vector.extract %82[6] : f32 from vector<8xf32>
          %96 = math.fma %70, %95, %94 : f32
          %97 = vector.extract %82[7] : f32 from vector<8xf32>
          %98 = math.fma %73, %97, %96 : f32
          %shuffleResult_16, %valid_17 = gpu.shuffle  xor %98, %c8_i32, %c32_i32 : f32
          %99 = arith.addf %98, %shuffleResult_16 : f32
          %shuffleResult_18, %valid_19 = gpu.shuffle  xor %99, %c4_i32, %c32_i32 : f32
          %100 = arith.addf %99, %shuffleResult_18 : f32
          %shuffleResult_20, %valid_21 = gpu.shuffle  xor %100, %c2_i32, %c32_i32 : f32
          %101 = arith.addf %100, %shuffleResult_20 : f32
          %shuffleResult_22, %valid_23 = gpu.shuffle  xor %101, %c1_i32, %c32_i32 : f32
          %102 = arith.addf %101, %shuffleResult_22 : f32
          %103 = arith.addi %49, %c2 : index
          %104 = vector.load %view[%45, %103, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %105 = arith.extf %104 : vector<8xbf16> to vector<8xf32>
          %106 = vector.extract %105[0] : f32 from vector<8xf32>
          %107 = arith.mulf %52, %106 : f32
          %108 = vector.extract %105[1] : f32 from vector<8xf32>
          %109 = math.fma %55, %108, %107 : f32
          %110 = vector.extract %105[2] : f32 from vector<8xf32>
          %111 = math.fma %58, %110, %109 : f32
          %112 = vector.extract %105[3] : f32 from vector<8xf32>
          %113 = math.fma %61, %112, %111 : f32
          %114 = vector.extract %105[4] : f32 from vector<8xf32>
          %115 = math.fma %64, %114, %113 : f32
          %116 = vector.extract %105[5] : f32 from vector<8xf32>
          %117 = math.fma %67, %116, %115 : f32
          %118 = vector.extract %105[6] : f32 from vector<8xf32>
          %119 = math.fma %70, %118, %117 : f32
          %120 = vector.extract %105[7] : f32 from vector<8xf32>
          %121 = math.fma %73, %120, %119 : f32
          %shuffleResult_24, %valid_25 = gpu.shuffle  xor %121, %c8_i32, %c32_i32 : f32
          %122 = arith.addf %121, %shuffleResult_24 : f32
          %shuffleResult_26, %valid_27 = gpu.shuffle  xor %122, %c4_i32, %c32_i32 : f32
          %123 = arith.addf %122, %shuffleResult_26 : f32
          %shuffleResult_28, %valid_29 = gpu.shuffle  xor %123, %c2_i32, %c32_i32 : f32
          %124 = arith.addf %123, %shuffleResult_28 : f32
          %shuffleResult_30, %valid_31 = gpu.shuffle  xor %124, %c1_i32, %c32_i32 : f32
          %125 = arith.addf %124, %shuffleResult_30 : f32
          %126 = arith.addi %49, %c3 : index
          %127 = vector.load %view[%45, %126, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %128 = arith.extf %127 : vector<8xbf16> to vector<8xf32>
          %129 = vector.extract %128[0] : f32 from vector<8xf32>
          %130 = arith.mulf %52, %129 : f32
          %131 = vector.extract %128[1] : f32 from vector<8xf32>
          %132 = math.fma %55, %131, %130 : f32
          %133 = vector.extract %128[2] : f32 from vector<8xf32>
          %134 = math.fma %58, %133, %132 : f32
          %135 = vector.extract %128[3] : f32 from vector<8xf32>
          %136 = math.fma %61, %135, %134 : f32
          %137 = vector.extract %128[4] : f32 from vector<8xf32>
          %138 = math.fma %64, %137, %136 : f32
          %139 = vector.extract %128[5] : f32 from vector<8xf32>
          %140 = math.fma %67, %139, %138 : f32
          %141 = vector.extract %128[6] : f32 from vector<8xf32>
          %142 = math.fma %70, %141, %140 : f32
          %143 = vector.extract %128[7] : f32 from vector<8xf32>
          %144 = math.fma %73, %143, %142 : f32
          %shuffleResult_32, %valid_33 = gpu.shuffle  xor %144, %c8_i32, %c32_i32 : f32
          %145 = arith.addf %144, %shuffleResult_32 : f32
          %shuffleResult_34, %valid_35 = gpu.shuffle  xor %145, %c4_i32, %c32_i32 : f32
          %146 = arith.addf %145, %shuffleResult_34 : f32
          %shuffleResult_36, %valid_37 = gpu.shuffle  xor %146, %c2_i32, %c32_i32 : f32
          %147 = arith.addf %146, %shuffleResult_36 : f32
          %shuffleResult_38, %valid_39 = gpu.shuffle  xor %147, %c1_i32, %c32_i32 : f32
          %148 = arith.addf %147, %shuffleResult_38 : f32
          %149 = arith.addi %49, %c4 : index
          %150 = vector.load %view[%45, %149, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %151 = arith.extf %150 : vector<8xbf16> to vector<8xf32>
          %152 = vector.extract %151[0] : f32 from vector<8xf32>
          %153 = arith.mulf %52, %152 : f32
          %154 = vector.extract %151[1] : f32 from vector<8xf32>
          %155 = math.fma %55, %154, %153 : f32
          %156 = vector.extract %151[2] : f32 from vector<8xf32>
          %157 = math.fma %58, %156, %155 : f32
          %158 = vector.extract %151[3] : f32 from vector<8xf32>
          %159 = math.fma %61, %158, %157 : f32
          %160 = vector.extract %151[4] : f32 from vector<8xf32>
          %161 = math.fma %64, %160, %159 : f32
          %162 = vector.extract %151[5] : f32 from vector<8xf32>
          %163 = math.fma %67, %162, %161 : f32
          %164 = vector.extract %151[6] : f32 from vector<8xf32>
          %165 = math.fma %70, %164, %163 : f32
          %166 = vector.extract %151[7] : f32 from vector<8xf32>
          %167 = math.fma %73, %166, %165 : f32
          %shuffleResult_40, %valid_41 = gpu.shuffle  xor %167, %c8_i32, %c32_i32 : f32
          %168 = arith.addf %167, %shuffleResult_40 : f32
          %shuffleResult_42, %valid_43 = gpu.shuffle  xor %168, %c4_i32, %c32_i32 : f32
          %169 = arith.addf %168, %shuffleResult_42 : f32
          %shuffleResult_44, %valid_45 = gpu.shuffle  xor %169, %c2_i32, %c32_i32 : f32
          %170 = arith.addf %169, %shuffleResult_44 : f32
          %shuffleResult_46, %valid_47 = gpu.shuffle  xor %170, %c1_i32, %c32_i32 : f32
          %171 = arith.addf %170, %shuffleResult_46 : f32
          %172 = arith.addi %49, %c5 : index
          %173 = vector.load %view[%45, %172, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %174 = arith.extf %173 : vector<8xbf16> to vector<8xf32>
          %175 = vector.extract %174[0] : f32 from vector<8xf32>
          %176 = arith.mulf %52, %175 : f32
          %177 = vector.extract %174[1] : f32 from vector<8xf32>
          %178 = math.fma %55, %177, %176 : f32
          %179 = vector.extract %174[2] : f32 from vector<8xf32>
          %180 = math.fma %58, %179, %178 : f32
          %181 = vector.extract %174[3] : f32 from vector<8xf32>
          %182 = math.fma %61, %181, %180 : f32
          %183 = vector.extract %174[4] : f32 from vector<8xf32>
          %184 = math.fma %64, %183, %182 : f32
          %185 = vector.extract %174[5] : f32 from vector<8xf32>
          %186 = math.fma %67, %185, %184 : f32
          %187 = vector.extract %174[6] : f32 from vector<8xf32>
          %188 = math.fma %70, %187, %186 : f32
          %189 = vector.extract %174[7] : f32 from vector<8xf32>
          %190 = math.fma %73, %189, %188 : f32
          %shuffleResult_48, %valid_49 = gpu.shuffle  xor %190, %c8_i32, %c32_i32 : f32
          %191 = arith.addf %190, %shuffleResult_48 : f32
          %shuffleResult_50, %valid_51 = gpu.shuffle  xor %191, %c4_i32, %c32_i32 : f32
          %192 = arith.addf %191, %shuffleResult_50 : f32
          %shuffleResult_52, %valid_53 = gpu.shuffle  xor %192, %c2_i32, %c32_i32 : f32
          %193 = arith.addf %192, %shuffleResult_52 : f32
          %shuffleResult_54, %valid_55 = gpu.shuffle  xor %193, %c1_i32, %c32_i32 : f32
          %194 = arith.addf %193, %shuffleResult_54 : f32
          %195 = arith.addi %49, %c6 : index
          %196 = vector.load %view[%45, %195, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %197 = arith.extf %196 : vector<8xbf16> to vector<8xf32>
          %198 = vector.extract %197[0] : f32 from vector<8xf32>
          %199 = arith.mulf %52, %198 : f32
          %200 = vector.extract %197[1] : f32 from vector<8xf32>
          %201 = math.fma %55, %200, %199 : f32
          %202 = vector.extract %197[2] : f32 from vector<8xf32>
          %203 = math.fma %58, %202, %201 : f32
          %204 = vector.extract %197[3] : f32 from vector<8xf32>
          %205 = math.fma %61, %204, %203 : f32
          %206 = vector.extract %197[4] : f32 from vector<8xf32>
          %207 = math.fma %64, %206, %205 : f32
          %208 = vector.extract %197[5] : f32 from vector<8xf32>
          %209 = math.fma %67, %208, %207 : f32
          %210 = vector.extract %197[6] : f32 from vector<8xf32>
          %211 = math.fma %70, %210, %209 : f32
          %212 = vector.extract %197[7] : f32 from vector<8xf32>
          %213 = math.fma %73, %212, %211 : f32
          %shuffleResult_56, %valid_57 = gpu.shuffle  xor %213, %c8_i32, %c32_i32 : f32
          %214 = arith.addf %213, %shuffleResult_56 : f32
          %shuffleResult_58, %valid_59 = gpu.shuffle  xor %214, %c4_i32, %c32_i32 : f32
          %215 = arith.addf %214, %shuffleResult_58 : f32
          %shuffleResult_60, %valid_61 = gpu.shuffle  xor %215, %c2_i32, %c32_i32 : f32
          %216 = arith.addf %215, %shuffleResult_60 : f32
          %shuffleResult_62, %valid_63 = gpu.shuffle  xor %216, %c1_i32, %c32_i32 : f32
          %217 = arith.addf %216, %shuffleResult_62 : f32
          %218 = arith.addi %49, %c7 : index
          %219 = vector.load %view[%45, %218, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %220 = arith.extf %219 : vector<8xbf16> to vector<8xf32>
          %221 = vector.extract %220[0] : f32 from vector<8xf32>
          %222 = arith.mulf %52, %221 : f32
          %223 = vector.extract %220[1] : f32 from vector<8xf32>
          %224 = math.fma %55, %223, %222 : f32
          %225 = vector.extract %220[2] : f32 from vector<8xf32>
          %226 = math.fma %58, %225, %224 : f32
          %227 = vector.extract %220[3] : f32 from vector<8xf32>
          %228 = math.fma %61, %227, %226 : f32
          %229 = vector.extract %220[4] : f32 from vector<8xf32>
          %230 = math.fma %64, %229, %228 : f32
          %231 = vector.extract %220[5] : f32 from vector<8xf32>
          %232 = math.fma %67, %231, %230 : f32
          %233 = vector.extract %220[6] : f32 from vector<8xf32>
          %234 = math.fma %70, %233, %232 : f32
          %235 = vector.extract %220[7] : f32 from vector<8xf32>
          %236 = math.fma %73, %235, %234 : f32
          %shuffleResult_64, %valid_65 = gpu.shuffle  xor %236, %c8_i32, %c32_i32 : f32
          %237 = arith.addf %236, %shuffleResult_64 : f32
          %shuffleResult_66, %valid_67 = gpu.shuffle  xor %237, %c4_i32, %c32_i32 : f32
          %238 = arith.addf %237, %shuffleResult_66 : f32
          %shuffleResult_68, %valid_69 = gpu.shuffle  xor %238, %c2_i32, %c32_i32 : f32
          %239 = arith.addf %238, %shuffleResult_68 : f32
          %shuffleResult_70, %valid_71 = gpu.shuffle  xor %239, %c1_i32, %c32_i32 : f32
          %240 = arith.addf %239, %shuffleResult_70 : f32
          %241 = arith.addi %48, %49 : index
          %242 = arith.cmpi ult, %241, %16 : index
          %243 = arith.select %242, %79, %cst_3 : f32
          %244 = arith.addi %48, %80 : index
          %245 = arith.cmpi ult, %244, %16 : index
          %246 = arith.select %245, %102, %cst_3 : f32
          %247 = arith.addi %48, %103 : index
          %248 = arith.cmpi ult, %247, %16 : index
          %249 = arith.select %248, %125, %cst_3 : f32
          %250 = arith.addi %48, %126 : index
          %251 = arith.cmpi ult, %250, %16 : index
          %252 = arith.select %251, %148, %cst_3 : f32
          %253 = arith.addi %48, %149 : index
          %254 = arith.cmpi ult, %253, %16 : index
          %255 = arith.select %254, %171, %cst_3 : f32
          %256 = arith.addi %48, %172 : index
          %257 = arith.cmpi ult, %256, %16 : index
          %258 = arith.select %257, %194, %cst_3 : f32
          %259 = arith.addi %48, %195 : index
          %260 = arith.cmpi ult, %259, %16 : index
          %261 = arith.select %260, %217, %cst_3 : f32
          %262 = arith.addi %48, %218 : index
          %263 = arith.cmpi ult, %262, %16 : index
          %264 = arith.select %263, %240, %cst_3 : f32
          %265 = vector.load %view_5[%45, %49, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %266 = arith.extf %265 : vector<8xbf16> to vector<8xf32>
          %267 = vector.load %view_5[%45, %80, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %268 = arith.extf %267 : vector<8xbf16> to vector<8xf32>
          %269 = vector.load %view_5[%45, %103, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %270 = arith.extf %269 : vector<8xbf16> to vector<8xf32>
          %271 = vector.load %view_5[%45, %126, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %272 = arith.extf %271 : vector<8xbf16> to vector<8xf32>
          %273 = vector.load %view_5[%45, %149, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %274 = arith.extf %273 : vector<8xbf16> to vector<8xf32>
          %275 = vector.load %view_5[%45, %172, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %276 = arith.extf %275 : vector<8xbf16> to vector<8xf32>
          %277 = vector.load %view_5[%45, %195, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %278 = arith.extf %277 : vector<8xbf16> to vector<8xf32>
          %279 = vector.load %view_5[%45, %218, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %280 = arith.extf %279 : vector<8xbf16> to vector<8xf32>
          %281 = arith.maximumf %arg17, %243 : f32
          %282 = arith.maximumf %281, %246 : f32
          %283 = arith.maximumf %282, %249 : f32
          %284 = arith.maximumf %283, %252 : f32
          %285 = arith.maximumf %284, %255 : f32
          %286 = arith.maximumf %285, %258 : f32
          %287 = arith.maximumf %286, %261 : f32
          %288 = arith.maximumf %287, %264 : f32
          %289 = arith.cmpf oeq, %288, %cst_3 : f32
          %290 = arith.select %289, %cst_2, %288 : f32
          %291 = arith.subf %arg17, %290 : f32
          %292 = math.exp2 %291 fastmath<afn> : f32
          %293 = arith.mulf %arg18, %292 : f32
          %294 = vector.broadcast %292 : f32 to vector<8xf32>
          %295 = arith.mulf %arg19, %294 : vector<8xf32>
          %296 = arith.subf %243, %290 : f32
          %297 = math.exp2 %296 fastmath<afn> : f32
          %298 = arith.addf %293, %297 : f32
          %299 = vector.broadcast %297 : f32 to vector<8xf32>
          %300 = vector.fma %299, %266, %295 : vector<8xf32>
          %301 = arith.subf %246, %290 : f32
          %302 = math.exp2 %301 fastmath<afn> : f32
          %303 = arith.addf %298, %302 : f32
          %304 = vector.broadcast %302 : f32 to vector<8xf32>
          %305 = vector.fma %304, %268, %300 : vector<8xf32>
          %306 = arith.subf %249, %290 : f32
          %307 = math.exp2 %306 fastmath<afn> : f32
          %308 = arith.addf %303, %307 : f32
          %309 = vector.broadcast %307 : f32 to vector<8xf32>
          %310 = vector.fma %309, %270, %305 : vector<8xf32>
          %311 = arith.subf %252, %290 : f32
          %312 = math.exp2 %311 fastmath<afn> : f32
          %313 = arith.addf %308, %312 : f32
          %314 = vector.broadcast %312 : f32 to vector<8xf32>
          %315 = vector.fma %314, %272, %310 : vector<8xf32>
          %316 = arith.subf %255, %290 : f32
          %317 = math.exp2 %316 fastmath<afn> : f32
          %318 = arith.addf %313, %317 : f32
          %319 = vector.broadcast %317 : f32 to vector<8xf32>
          %320 = vector.fma %319, %274, %315 : vector<8xf32>
          %321 = arith.subf %258, %290 : f32
          %322 = math.exp2 %321 fastmath<afn> : f32
          %323 = arith.addf %318, %322 : f32
          %324 = vector.broadcast %322 : f32 to vector<8xf32>
          %325 = vector.fma %324, %276, %320 : vector<8xf32>
          %326 = arith.subf %261, %290 : f32
          %327 = math.exp2 %326 fastmath<afn> : f32
          %328 = arith.addf %323, %327 : f32
          %329 = vector.broadcast %327 : f32 to vector<8xf32>
          %330 = vector.fma %329, %278, %325 : vector<8xf32>
          %331 = arith.subf %264, %290 : f32
          %332 = math.exp2 %331 fastmath<afn> : f32
          %333 = arith.addf %328, %332 : f32
          %334 = vector.broadcast %332 : f32 to vector<8xf32>
          %335 = vector.fma %334, %280, %330 : vector<8xf32>
          gpu.barrier
          scf.yield %288, %333, %335 : f32, f32, vector<8xf32>
        }
        %view_7 = memref.view %view_6[%c0][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4x128xf32, #gpu.address_space<workgroup>>
        %view_8 = memref.view %view_6[%c4096][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4xf32, #gpu.address_space<workgroup>>
        %view_9 = memref.view %view_6[%c4128][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4xf32, #gpu.address_space<workgroup>>
        vector.store %31#2, %view_7[%1, %4, %2] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
        %32 = arith.cmpi eq, %0, %c0 : index
        scf.if %32 {
          memref.store %31#0, %view_8[%1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          memref.store %31#1, %view_9[%1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
        }
        gpu.barrier
        %33 = arith.cmpi eq, %1, %c0 : index
        %34:3 = scf.if %33 -> (f32, f32, vector<8xf32>) {
          %45 = memref.load %view_8[%c0, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %46 = memref.load %view_9[%c0, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %47 = vector.load %view_7[%c0, %4, %2] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %48 = arith.cmpf oeq, %45, %cst_3 : f32
          %49 = arith.select %48, %cst_2, %45 : f32
          %50 = arith.subf %cst_3, %49 : f32
          %51 = math.exp2 %50 fastmath<afn> : f32
          %52 = arith.subf %45, %49 : f32
          %53 = math.exp2 %52 fastmath<afn> : f32
          %54 = arith.mulf %51, %cst_2 : f32
          %55 = arith.mulf %46, %53 : f32
          %56 = arith.addf %54, %55 : f32
          %57 = vector.broadcast %53 : f32 to vector<8xf32>
          %58 = vector.broadcast %51 : f32 to vector<8xf32>
          %59 = arith.mulf %58, %cst_1 : vector<8xf32>
          %60 = vector.fma %57, %47, %59 : vector<8xf32>
          %61 = memref.load %view_8[%c1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %62 = memref.load %view_9[%c1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %63 = vector.load %view_7[%c1, %4, %2] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %64 = arith.maximumf %45, %61 : f32
          %65 = arith.cmpf oeq, %64, %cst_3 : f32
          %66 = arith.select %65, %cst_2, %64 : f32
          %67 = arith.subf %45, %66 : f32
          %68 = math.exp2 %67 fastmath<afn> : f32
          %69 = arith.subf %61, %66 : f32
          %70 = math.exp2 %69 fastmath<afn> : f32
          %71 = arith.mulf %56, %68 : f32
          %72 = arith.mulf %62, %70 : f32
          %73 = arith.addf %71, %72 : f32
          %74 = vector.broadcast %70 : f32 to vector<8xf32>
          %75 = vector.broadcast %68 : f32 to vector<8xf32>
          %76 = arith.mulf %60, %75 : vector<8xf32>
          %77 = vector.fma %74, %63, %76 : vector<8xf32>
          scf.yield %64, %73, %77 : f32, f32, vector<8xf32>
        } else {
          scf.yield %31#0, %31#1, %31#2 : f32, f32, vector<8xf32>
        }
        %35 = arith.cmpf ogt, %34#1, %cst_2 : f32
        %36 = arith.select %35, %34#1, %cst_0 : f32
        %37 = vector.broadcast %36 : f32 to vector<8xf32>
        %38 = arith.divf %34#2, %37 : vector<8xf32>
        %39 = arith.select %35, %38, %cst_1 : vector<8xf32>
        %40 = math.log2 %36 fastmath<afn> : f32
        %41 = arith.addf %34#0, %40 : f32
        %42 = arith.mulf %41, %cst : f32
        %43 = arith.select %35, %42, %cst_3 : f32
        %44 = arith.cmpi slt, %17, %c0_i32 : i32
        scf.if %44 {
          scf.if %33 {
            %45 = arith.truncf %39 : vector<8xf32> to vector<8xbf16>
            vector.store %45, %arg12[%19, %27, %2] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
            scf.if %32 {
              memref.store %43, %arg13[%19, %27] : memref<?x32xf32>
            }
          }
        } else {
          %45 = arith.index_cast %17 : i32 to index
          scf.if %33 {
            vector.store %39, %arg14[%45, %27, %2] {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
            scf.if %32 {
              memref.store %43, %arg15[%45, %27] : memref<?x32xf32>
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
  attn.kernel_abi @llama3_8b_decode_attention for @llama3_8b_decode_kernels::@llama3_8b_decode_attention {block = array<i32: 128, 1, 1>, dynamic_smem = 21504 : i64, family = "decode", params = [{kind = "ptr", name = "q"}, {kind = "ptr", name = "qo_indptr"}, {kind = "ptr", name = "k_cache"}, {kind = "ptr", name = "v_cache"}, {kind = "ptr", name = "kv_indptr"}, {kind = "ptr", name = "kv_indices"}, {kind = "ptr", name = "kv_last_page_len"}, {kind = "ptr", name = "work_request"}, {kind = "ptr", name = "work_kv_begin"}, {kind = "ptr", name = "work_kv_end"}, {kind = "ptr", name = "work_partial"}, {kind = "ptr", name = "num_work"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}, {kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}], role = "attention", tile = {bdx = 16 : i64, bdy = 4 : i64, bdz = 2 : i64, heads_per_thread = 1 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 16 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  attn.kernel_abi @llama3_8b_decode_merge for @llama3_8b_decode_kernels::@llama3_8b_decode_merge {block = array<i32: 256, 1, 1>, dynamic_smem = 0 : i64, family = "decode", params = [{kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}, {kind = "ptr", name = "merge_indptr"}, {kind = "ptr", name = "num_rows"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}], role = "merge", tile = {bdx = 16 : i64, heads_per_cta = 1 : i64, pdl = 1 : i64, slices = 16 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 16 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  func.func @llama3_8b_decode(%arg0: memref<?x32x128xbf16>, %arg1: memref<?xi32>, %arg2: memref<?x16x8x128xbf16>, %arg3: memref<?x16x8x128xbf16>, %arg4: memref<?xi32>, %arg5: memref<?xi32>, %arg6: memref<?xi32>, %arg7: memref<?x32x128xbf16>, %arg8: memref<?x32xf32>) {
    return
  }
}

