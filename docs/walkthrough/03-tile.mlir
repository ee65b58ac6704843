module attributes {gpu.container_module} {
  gpu.module @llama3_8b_decode_kernels {
    gpu.func @llama3_8b_decode_attention(%arg0: memref<?x32x128xbf16> {attn.param = "q"}, %arg1: memref<?xi32> {attn.param = "qo_indptr"}, %arg2: memref<?x16x8x128xbf16> {attn.param = "k_cache"}, %arg3: memref<?x16x8x128xbf16> {attn.param = "v_cache"}, %arg4: memref<?xi32> {attn.param = "kv_indptr"}, %arg5: memref<?xi32> {attn.param = "kv_indices"}, %arg6: memref<?xi32> {attn.param = "kv_last_page_len"}, %arg7: memref<?xi32> {attn.param = "work_request"}, %arg8: memref<?xi32> {attn.param = "work_kv_begin"}, %arg9: memref<?xi32> {attn.param = "work_kv_end"}, %arg10: memref<?xi32> {attn.param = "work_partial"}, %arg11: memref<1xi32> {attn.param = "num_work"}, %arg12: memref<?x32x128xbf16> {attn.param = "o"}, %arg13: memref<?x32xf32> {attn.param = "lse"}, %arg14: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg15: memref<?x32xf32> {attn.param = "tmp_lse"}) kernel attributes {attn.programmatic_primary, known_block_size = array<i32: 128, 1, 1>} {
      %cst = arith.constant 0.693147182 : f32
      %cst_0 = arith.constant 1.000000e+00 : f32
      %c0_i32 = arith.constant 0 : i32
      %c7 = arith.constant 7 : index
      %c6 = arith.constant 6 : index
      %c5 = arith.constant 5 : index
      %c3 = arith.constant 3 : index
      %c1_i32 = arith.constant 1 : i32
      %c2_i32 = arith.constant 2 : i32
      %c4_i32 = arith.constant 4 : i32
      %c32_i32 = arith.constant 32 : i32
      %c8_i32 = arith.constant 8 : i32
      %c2 = arith.constant 2 : index
      %cst_1 = arith.constant dense<0.000000e+00> : vector<8xf32>
      %cst_2 = arith.constant 0.000000e+00 : f32
      %cst_3 = arith.constant 0xFF800000 : f32
      %cst_4 = arith.constant dense<0.127517432> : vector<8xf32>
      %c8 = arith.constant 8 : index
      %c15 = arith.constant 15 : index
      %c1 = arith.constant 1 : index
      %c20512 = arith.constant 20512 : index
      %c20480 = arith.constant 20480 : index
      %c16384 = arith.constant 16384 : index
      %c8192 = arith.constant 8192 : index
      %c0 = arith.constant 0 : index
      %c64 = arith.constant 64 : index
      %c4 = arith.constant 4 : index
      %c16 = arith.constant 16 : index
      %thread_id_x = gpu.thread_id  x
      %0 = arith.remui %thread_id_x, %c16 : index
      %1 = arith.divui %thread_id_x, %c16 : index
      %2 = arith.remui %1, %c4 : index
      %3 = arith.divui %thread_id_x, %c64 : index
      %block_id_x = gpu.block_id  x
      %block_id_y = gpu.block_id  y
      %4 = gpu.dynamic_shared_memory : memref<?xi8, #gpu.address_space<workgroup>>
      %view = memref.view %4[%c0][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
      %view_5 = memref.view %4[%c8192][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
      %view_6 = memref.view %4[%c16384][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x4x128xf32, #gpu.address_space<workgroup>>
      %view_7 = memref.view %4[%c20480][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x4xf32, #gpu.address_space<workgroup>>
      %view_8 = memref.view %4[%c20512][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x4xf32, #gpu.address_space<workgroup>>
      %5 = memref.load %arg11[%c0] : memref<1xi32>
      %6 = arith.index_cast %5 : i32 to index
      %7 = arith.cmpi ult, %block_id_x, %6 : index
      scf.if %7 {
        %8 = memref.load %arg7[%block_id_x] : memref<?xi32>
        %9 = arith.index_cast %8 : i32 to index
        %10 = memref.load %arg8[%block_id_x] : memref<?xi32>
        %11 = arith.index_cast %10 : i32 to index
        %12 = memref.load %arg9[%block_id_x] : memref<?xi32>
        %13 = arith.index_cast %12 : i32 to index
        %14 = memref.load %arg10[%block_id_x] : memref<?xi32>
        %15 = memref.load %arg1[%9] : memref<?xi32>
        %16 = arith.index_cast %15 : i32 to index
        %17 = arith.muli %block_id_y, %c4 : index
        %18 = arith.addi %17, %2 : index
        %19 = memref.load %arg4[%9] : memref<?xi32>
        %20 = arith.index_cast %19 : i32 to index
        %21 = arith.maxsi %13, %11 : index
        %22 = arith.subi %21, %11 : index
        %23 = arith.addi %22, %c15 : index
        %24 = arith.divui %23, %c16 : index
        %25 = arith.muli %0, %c8 : index
        %26 = vector.load %arg0[%16, %18, %25] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %27 = arith.extf %26 : vector<8xbf16> to vector<8xf32>
        %28 = arith.mulf %27, %cst_4 : vector<8xf32>
        %29 = arith.muli %3, %c4 : index
        %30 = arith.addi %29, %2 : index
        %31:3 = scf.for %arg16 = %c0 to %24 step %c1 iter_args(%arg17 = %cst_3, %arg18 = %cst_2, %arg19 = %cst_1) -> (f32, f32, vector<8xf32>) {
          %34 = arith.remui %arg16, %c2 : index
          %35:2 = attn.kv_tile_pages %arg5[%20] tile %arg16 group %30 keys[%11, %13) {page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64} : memref<?xi32> -> index, index
          attn.copy_kv_tile k(%arg2 : memref<?x16x8x128xbf16>) v(%arg3 : memref<?x16x8x128xbf16>) pages(%35#0, %35#1) head %block_id_y col %25 tile %arg16 group %30 keys[%11, %13) into(%view, %view_5 : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, memref<2x16x128xbf16, #gpu.address_space<workgroup>>) [%34] {page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64, vec = 8 : i64}
          gpu.barrier
          %36 = arith.muli %arg16, %c16 : index
          %37 = arith.addi %11, %36 : index
          %38 = arith.muli %3, %c8 : index
          %39 = vector.load %view[%34, %38, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %40 = arith.extf %39 : vector<8xbf16> to vector<8xf32>
          %41 = arith.addi %37, %38 : index
          %42 = arith.cmpi ult, %41, %13 : index
          %43 = vector.extract %28[0] : f32 from vector<8xf32>
          %44 = vector.extract %40[0] : f32 from vector<8xf32>
          %45 = arith.mulf %43, %44 : f32
          %46 = vector.extract %28[1] : f32 from vector<8xf32>
          %47 = vector.extract %40[1] : f32 from vector<8xf32>
          %48 = math.fma %46, %47, %45 : f32
          %49 = vector.extract %28[2] : f32 from vector<8xf32>
          %50 = vector.extract %40[2] : f32 from vector<8xf32>
          %51 = math.fma %49, %50, %48 : f32
          %52 = vector.extract %28[3] : f32 from vector<8xf32>
          %53 = vector.extract %40[3] : f32 from vector<8xf32>
          %54 = math.fma %52, %53, %51 : f32
          %55 = vector.extract %28[4] : f32 from vector<8xf32>
          %56 = vector.extract %40[4] : f32 from vector<8xf32>
          %57 = math.fma %55, %56, %54 : f32
          %58 = vector.extract %28[5] : f32 from vector<8xf32>
          %59 = vector.extract %40[5] : f32 from vector<8xf32>
          %60 = math.fma %58, %59, %57 : f32
          %61 = vector.extract %28[6] : f32 from vector<8xf32>
          %62 = vector.extract %40[6] : f32 from vector<8xf32>
          %63 = math.fma %61, %62, %60 : f32
          %64 = vector.extract %28[7] : f32 from vector<8xf32>
          %65 = vector.extract %40[7] : f32 from vector<8xf32>
          %66 = math.fma %64, %65, %63 : f32
          %shuffleResult, %valid = gpu.shuffle  xor %66, %c8_i32, %c32_i32 : f32
          %67 = arith.addf %66, %shuffleResult : f32
          %shuffleResult_9, %valid_10 = gpu.shuffle  xor %67, %c4_i32, %c32_i32 : f32
          %68 = arith.addf %67, %shuffleResult_9 : f32
          %shuffleResult_11, %valid_12 = gpu.shuffle  xor %68, %c2_i32, %c32_i32 : f32
          %69 = arith.addf %68, %shuffleResult_11 : f32
          %shuffleResult_13, %valid_14 = gpu.shuffle  xor %69, %c1_i32, %c32_i32 : f32
          %70 = arith.addf %69, %shuffleResult_13 : f32
          %71 = arith.select %42, %70, %cst_3 : f32
          %72 = arith.addi %38, %c1 : index
          %73 = vector.load %view[%34, %72, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %74 = arith.extf %73 : vector<8xbf16> to vector<8xf32>
          %75 = arith.addi %37, %72 : index
          %76 = arith.cmpi ult, %75, %13 : index
          %77 = vector.extract %74[0] : f32 from vector<8xf32>
          %78 = arith.mulf %43, %77 : f32
          %79 = vector.extract %74[1] : f32 from vector<8xf32>
          %80 = math.fma %46, %79, %78 : f32
          %81 = vector.extract %74[2] : f32 from vector<8xf32>
          %82 = math.fma %49, %81, %80 : f32
          %83 = vector.extract %74[3] : f32 from vector<8xf32>
          %84 = math.fma %52, %83, %82 : f32
          %85 = vector.extract %74[4] : f32 from vector<8xf32>
          %86 = math.fma %55, %85, %84 : f32
          %87 = vector.extract %74[5] : f32 from vector<8xf32>
          %88 = math.fma %58, %87, %86 : f32
          %89 = vector.extract %74[6] : f32 from vector<8xf32>
          %90 = math.fma %61, %89, %88 : f32
          %91 = vector.extract %74[7] : f32 from vector<8xf32>
          %92 = math.fma %64, %91, %90 : f32
          %shuffleResult_15, %valid_16 = gpu.shuffle  xor %92, %c8_i32, %c32_i32 : f32
          %93 = arith.addf %92, %shuffleResult_15 : f32
          %shuffleResult_17, %valid_18 = gpu.shuffle  xor %93, %c4_i32, %c32_i32 : f32
          %94 = arith.addf %93, %shuffleResult_17 : f32
          %shuffleResult_19, %valid_20 = gpu.shuffle  xor %94, %c2_i32, %c32_i32 : f32
          %95 = arith.addf %94, %shuffleResult_19 : f32
          %shuffleResult_21, %valid_22 = gpu.shuffle  xor %95, %c1_i32, %c32_i32 : f32
          %96 = arith.addf %95, %shuffleResult_21 : f32
          %97 = arith.select %76, %96, %cst_3 : f32
          %98 = arith.addi %38, %c2 : index
          %99 = vector.load %view[%34, %98, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %100 = arith.extf %99 : vector<8xbf16> to vector<8xf32>
          %101 = arith.addi %37, %98 : index
          %102 = arith.cmpi ult, %101, %13 : index
          %103 = vector.extract %100[0] : f32 from vector<8xf32>
          %104 = arith.mulf %43, %103 : f32
          %105 = vector.extract %100[1] : f32 from vector<8xf32>
          %106 = math.fma %46, %105, %104 : f32
          %107 = vector.extract %100[2] : f32 from vector<8xf32>
          %108 = math.fma %49, %107, %106 : f32
          %109 = vector.extract %100[3] : f32 from vector<8xf32>
          %110 = math.fma %52, %109, %108 : f32
          %111 = vector.extract %100[4] : f32 from vector<8xf32>
          %112 = math.fma %55, %111, %110 : f32
          %113 = vector.extract %100[5] : f32 from vector<8xf32>
          %114 = math.fma %58, %113, %112 : f32
          %115 = vector.extract %100[6] : f32 from vector<8xf32>
          %116 = math.fma %61, %115, %114 : f32
          %117 = vector.extract %100[7] : f32 from vector<8xf32>
          %118 = math.fma %64, %117, %116 : f32
          %shuffleResult_23, %valid_24 = gpu.shuffle  xor %118, %c8_i32, %c32_i32 : f32
          %119 = arith.addf %118, %shuffleResult_23 : f32
          %shuffleResult_25, %valid_26 = gpu.shuffle  xor %119, %c4_i32, %c32_i32 : f32
          %120 = arith.addf %119, %shuffleResult_25 : f32
          %shuffleResult_27, %valid_28 = gpu.shuffle  xor %120, %c2_i32, %c32_i32 : f32
          %121 = arith.addf %120, %shuffleResult_27 : f32
          %shuffleResult_29, %valid_30 = gpu.shuffle  xor %121, %c1_i32, %c32_i32 : f32
          %122 = arith.addf %121, %shuffleResult_29 : f32
          %123 = arith.select %102, %122, %cst_3 : f32
          %124 = arith.addi %38, %c3 : index
          %125 = vector.load %view[%34, %124, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %126 = arith.extf %125 : vector<8xbf16> to vector<8xf32>
          %127 = arith.addi %37, %124 : index
          %128 = arith.cmpi ult, %127, %13 : index
          %129 = vector.extract %126[0] : f32 from vector<8xf32>
          %130 = arith.mulf %43, %129 : f32
          %131 = vector.extract %126[1] : f32 from vector<8xf32>
          %132 = math.fma %46, %131, %130 : f32
          %133 = vector.extract %126[2] : f32 from vector<8xf32>
          %134 = math.fma %49, %133, %132 : f32
          %135 = vector.extract %126[3] : f32 from vector<8xf32>
          %136 = math.fma %52, %135, %134 : f32
          %137 = vector.extract %126[4] : f32 from vector<8xf32>
          %138 = math.fma %55, %137, %136 : f32
          %139 = vector.extract %126[5] : f32 from vector<8xf32>
          %140 = math.fma %58, %139, %138 : f32
          %141 = vector.extract %126[6] : f32 from vector<8xf32>
          %142 = math.fma %61, %141, %140 : f32
          %143 = vector.extract %126[7] : f32 from vector<8xf32>
          %144 = math.fma %64, %143, %142 : f32
          %shuffleResult_31, %valid_32 = gpu.shuffle  xor %144, %c8_i32, %c32_i32 : f32
          %145 = arith.addf %144, %shuffleResult_31 : f32
          %shuffleResult_33, %valid_34 = gpu.shuffle  xor %145, %c4_i32, %c32_i32 : f32
          %146 = arith.addf %145, %shuffleResult_33 : f32
          %shuffleResult_35, %valid_36 = gpu.shuffle  xor %146, %c2_i32, %c32_i32 : f32
          %147 = arith.addf %146, %shuffleResult_35 : f32
          %shuffleResult_37, %valid_38 = gpu.shuffle  xor %147, %c1_i32, %c32_i32 : f32
          %148 = arith.addf %147, %shuffleResult_37 : f32
          %149 = arith.select %128, %148, %cst_3 : f32
          %150 = arith.addi %38, %c4 : index
          %151 = vector.load %view[%34, %150, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %152 = arith.extf %151 : vector<8xbf16> to vector<8xf32>
          %153 = arith.addi %37, %150 : index
          %154 = arith.cmpi ult, %153, %13 : index
          %155 = vector.extract %152[0] : f32 from vector<8xf32>
          %156 = arith.mulf %43, %155 : f32
          %157 = vector.extract %152[1] : f32 from vector<8xf32>
          %158 = math.fma %46, %157, %156 : f32
          %159 = vector.extract %152[2] : f32 from vector<8xf32>
          %160 = math.fma %49, %159, %158 : f32
          %161 = vector.extract %152[3] : f32 from vector<8xf32>
          %162 = math.fma %52, %161, %160 : f32
          %163 = vector.extract %152[4] : f32 from vector<8xf32>
          %164 = math.fma %55, %163, %162 : f32
          %165 = vector.extract %152[5] : f32 from vector<8xf32>
          %166 = math.fma %58, %165, %164 : f32
          %167 = vector.extract %152[6] : f32 from vector<8xf32>
          %168 = math.fma %61, %167, %166 : f32
          %169 = vector.extract %152[7] : f32 from vector<8xf32>
          %170 = math.fma %64, %169, %168 : f32
          %shuffleResult_39, %valid_40 = gpu.shuffle  xor %170, %c8_i32, %c32_i32 : f32
          %171 = arith.addf %170, %shuffleResult_39 : f32
          %shuffleResult_41, %valid_42 = gpu.shuffle  xor %171, %c4_i32, %c32_i32 : f32
          %172 = arith.addf %171, %shuffleResult_41 : f32
          %shuffleResult_43, %valid_44 = gpu.shuffle  xor %172, %c2_i32, %c32_i32 : f32
          %173 = arith.addf %172, %shuffleResult_43 : f32
          %shuffleResult_45, %valid_46 = gpu.shuffle  xor %173, %c1_i32, %c32_i32 : f32
          %174 = arith.addf %173, %shuffleResult_45 : f32
          %175 = arith.select %154, %174, %cst_3 : f32
          %176 = arith.addi %38, %c5 : index
          %177 = vector.load %view[%34, %176, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %178 = arith.extf %177 : vector<8xbf16> to vector<8xf32>
          %179 = arith.addi %37, %176 : index
          %180 = arith.cmpi ult, %179, %13 : index
          %181 = vector.extract %178[0] : f32 from vector<8xf32>
          %182 = arith.mulf %43, %181 : f32
          %183 = vector.extract %178[1] : f32 from vector<8xf32>
          %184 = math.fma %46, %183, %182 : f32
          %185 = vector.extract %178[2] : f32 from vector<8xf32>
          %186 = math.fma %49, %185, %184 : f32
          %187 = vector.extract %178[3] : f32 from vector<8xf32>
          %188 = math.fma %52, %187, %186 : f32
          %189 = vector.extract %178[4] : f32 from vector<8xf32>
          %190 = math.fma %55, %189, %188 : f32
          %191 = vector.extract %178[5] : f32 from vector<8xf32>
          %192 = math.fma %58, %191, %190 : f32
          %193 = vector.extract %178[6] : f32 from vector<8xf32>
          %194 = math.fma %61, %193, %192 : f32
          %195 = vector.extract %178[7] : f32 from vector<8xf32>
          %196 = math.fma %64, %195, %194 : f32
          %shuffleResult_47, %valid_48 = gpu.shuffle  xor %196, %c8_i32, %c32_i32 : f32
          %197 = arith.addf %196, %shuffleResult_47 : f32
          %shuffleResult_49, %valid_50 = gpu.shuffle  xor %197, %c4_i32, %c32_i32 : f32
          %198 = arith.addf %197, %shuffleResult_49 : f32
          %shuffleResult_51, %valid_52 = gpu.shuffle  xor %198, %c2_i32, %c32_i32 : f32
          %199 = arith.addf %198, %shuffleResult_51 : f32
          %shuffleResult_53, %valid_54 = gpu.shuffle  xor %199, %c1_i32, %c32_i32 : f32
          %200 = arith.addf %199, %shuffleResult_53 : f32
          %201 = arith.select %180, %200, %cst_3 : f32
          %202 = arith.addi %38, %c6 : index
          %203 = vector.load %view[%34, %202, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %204 = arith.extf %203 : vector<8xbf16> to vector<8xf32>
          %205 = arith.addi %37, %202 : index
          %206 = arith.cmpi ult, %205, %13 : index
          %207 = vector.extract %204[0] : f32 from vector<8xf32>
          %208 = arith.mulf %43, %207 : f32
          %209 = vector.extract %204[1] : f32 from vector<8xf32>
          %210 = math.fma %46, %209, %208 : f32
          %211 = vector.extract %204[2] : f32 from vector<8xf32>
          %212 = math.fma %49, %211, %210 : f32
          %213 = vector.extract %204[3] : f32 from vector<8xf32>
          %214 = math.fma %52, %213, %212 : f32
          %215 = vector.extract %204[4] : f32 from vector<8xf32>
          %216 = math.fma %55, %215, %214 : f32
          %217 = vector.extract %204[5] : f32 from vector<8xf32>
          %218 = math.fma %58, %217, %216 : f32
          %219 = vector.extract %204[6] : f32 from vector<8xf32>
          %220 = math.fma %61, %219, %218 : f32
          %221 = vector.extract %204[7] : f32 from vector<8xf32>
          %222 = math.fma %64, %221, %220 : f32
          %shuffleResult_55, %valid_56 = gpu.shuffle  xor %222, %c8_i32, %c32_i32 : f32
          %223 = arith.addf %222, %shuffleResult_55 : f32
          %shuffleResult_57, %valid_58 = gpu.shuffle  xor %223, %c4_i32, %c32_i32 : f32
          %224 = arith.addf %223, %shuffleResult_57 : f32
          %shuffleResult_59, %valid_60 = gpu.shuffle  xor %224, %c2_i32, %c32_i32 : f32
          %225 = arith.addf %224, %shuffleResult_59 : f32
          %shuffleResult_61, %valid_62 = gpu.shuffle  xor %225, %c1_i32, %c32_i32 : f32
          %226 = arith.addf %225, %shuffleResult_61 : f32
          %227 = arith.select %206, %226, %cst_3 : f32
          %228 = arith.addi %38, %c7 : index
          %229 = vector.load %view[%34, %228, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %230 = arith.extf %229 : vector<8xbf16> to vector<8xf32>
          %231 = arith.addi %37, %228 : index
          %232 = arith.cmpi ult, %231, %13 : index
          %233 = vector.extract %230[0] : f32 from vector<8xf32>
          %234 = arith.mulf %43, %233 : f32
          %235 = vector.extract %230[1] : f32 from vector<8xf32>
          %236 = math.fma %46, %235, %234 : f32
          %237 = vector.extract %230[2] : f32 from vector<8xf32>
          %238 = math.fma %49, %237, %236 : f32
          %239 = vector.extract %230[3] : f32 from vector<8xf32>
          %240 = math.fma %52, %239, %238 : f32
          %241 = vector.extract %230[4] : f32 from vector<8xf32>
          %242 = math.fma %55, %241, %240 : f32
          %243 = vector.extract %230[5] : f32 from vector<8xf32>
          %244 = math.fma %58, %243, %242 : f32
          %245 = vector.extract %230[6] : f32 from vector<8xf32>
          %246 = math.fma %61, %245, %244 : f32
          %247 = vector.extract %230[7] : f32 from vector<8xf32>
          %248 = math.fma %64, %247, %246 : f32
          %shuffleResult_63, %valid_64 = gpu.shuffle  xor %248, %c8_i32, %c32_i32 : f32
          %249 = arith.addf %248, %shuffleResult_63 : f32
          %shuffleResult_65, %valid_66 = gpu.shuffle  xor %249, %c4_i32, %c32_i32 : f32
          %250 = arith.addf %249, %shuffleResult_65 : f32
          %shuffleResult_67, %valid_68 = gpu.shuffle  xor %250, %c2_i32, %c32_i32 : f32
          %251 = arith.addf %250, %shuffleResult_67 : f32
          %shuffleResult_69, %valid_70 = gpu.shuffle  xor %251, %c1_i32, %c32_i32 : f32
          %252 = arith.addf %251, %shuffleResult_69 : f32
          %253 = arith.select %232, %252, %cst_3 : f32
          %254 = vector.load %view_5[%34, %38, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %255 = arith.extf %254 : vector<8xbf16> to vector<8xf32>
          %256 = vector.load %view_5[%34, %72, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %257 = arith.extf %256 : vector<8xbf16> to vector<8xf32>
          %258 = vector.load %view_5[%34, %98, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %259 = arith.extf %258 : vector<8xbf16> to vector<8xf32>
          %260 = vector.load %view_5[%34, %124, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %261 = arith.extf %260 : vector<8xbf16> to vector<8xf32>
          %262 = vector.load %view_5[%34, %150, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %263 = arith.extf %262 : vector<8xbf16> to vector<8xf32>
          %264 = vector.load %view_5[%34, %176, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %265 = arith.extf %264 : vector<8xbf16> to vector<8xf32>
          %266 = vector.load %view_5[%34, %202, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %267 = arith.extf %266 : vector<8xbf16> to vector<8xf32>
          %268 = vector.load %view_5[%34, %228, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %269 = arith.extf %268 : vector<8xbf16> to vector<8xf32>
          %270 = arith.maximumf %arg17, %71 : f32
          %271 = arith.maximumf %270, %97 : f32
          %272 = arith.maximumf %271, %123 : f32
          %273 = arith.maximumf %272, %149 : f32
          %274 = arith.maximumf %273, %175 : f32
          %275 = arith.maximumf %274, %201 : f32
          %276 = arith.maximumf %275, %227 : f32
          %277 = arith.maximumf %276, %253 : f32
          %278 = arith.cmpf oeq, %277, %cst_3 : f32
          %279 = arith.select %278, %cst_2, %277 : f32
          %280 = arith.subf %arg17, %279 : f32
          %281 = math.exp2 %280 fastmath<afn> : f32
          %282 = arith.mulf %arg18, %281 : f32
          %283 = vector.broadcast %281 : f32 to vector<8xf32>
          %284 = arith.mulf %arg19, %283 : vector<8xf32>
          %285 = arith.subf %71, %279 : f32
          %286 = math.exp2 %285 fastmath<afn> : f32
          %287 = arith.addf %282, %286 : f32
          %288 = vector.broadcast %286 : f32 to vector<8xf32>
          %289 = vector.fma %288, %255, %284 : vector<8xf32>
          %290 = arith.subf %97, %279 : f32
          %291 = math.exp2 %290 fastmath<afn> : f32
          %292 = arith.addf %287, %291 : f32
          %293 = vector.broadcast %291 : f32 to vector<8xf32>
          %294 = vector.fma %293, %257, %289 : vector<8xf32>
          %295 = arith.subf %123, %279 : f32
          %296 = math.exp2 %295 fastmath<afn> : f32
          %297 = arith.addf %292, %296 : f32
          %298 = vector.broadcast %296 : f32 to vector<8xf32>
          %299 = vector.fma %298, %259, %294 : vector<8xf32>
          %300 = arith.subf %149, %279 : f32
          %301 = math.exp2 %300 fastmath<afn> : f32
          %302 = arith.addf %297, %301 : f32
          %303 = vector.broadcast %301 : f32 to vector<8xf32>
          %304 = vector.fma %303, %261, %299 : vector<8xf32>
          %305 = arith.subf %175, %279 : f32
          %306 = math.exp2 %305 fastmath<afn> : f32
          %307 = arith.addf %302, %306 : f32
          %308 = vector.broadcast %306 : f32 to vector<8xf32>
          %309 = vector.fma %308, %263, %304 : vector<8xf32>
          %310 = arith.subf %201, %279 : f32
          %311 = math.exp2 %310 fastmath<afn> : f32
          %312 = arith.addf %307, %311 : f32
          %313 = vector.broadcast %311 : f32 to vector<8xf32>
          %314 = vector.fma %313, %265, %309 : vector<8xf32>
          %315 = arith.subf %227, %279 : f32
          %316 = math.exp2 %315 fastmath<afn> : f32
          %317 = arith.addf %312, %316 : f32
          %318 = vector.broadcast %316 : f32 to vector<8xf32>
          %319 = vector.fma %318, %267, %314 : vector<8xf32>
          %320 = arith.subf %253, %279 : f32
          %321 = math.exp2 %320 fastmath<afn> : f32
          %322 = arith.addf %317, %321 : f32
          %323 = vector.broadcast %321 : f32 to vector<8xf32>
          %324 = vector.fma %323, %269, %319 : vector<8xf32>
          gpu.barrier
          scf.yield %277, %322, %324 : f32, f32, vector<8xf32>
        }
        %32 = arith.cmpi eq, %3, %c0 : index
        %33 = arith.cmpi eq, %0, %c0 : index
        vector.store %31#2, %view_6[%3, %2, %25] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
        scf.if %33 {
          memref.store %31#0, %view_7[%3, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          memref.store %31#1, %view_8[%3, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
        }
        gpu.barrier
        scf.if %32 {
          %34 = memref.load %view_7[%c0, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %35 = memref.load %view_8[%c0, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %36 = vector.load %view_6[%c0, %2, %25] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %37 = arith.cmpf oeq, %34, %cst_3 : f32
          %38 = arith.select %37, %cst_2, %34 : f32
          %39 = arith.subf %cst_3, %38 : f32
          %40 = math.exp2 %39 fastmath<afn> : f32
          %41 = arith.subf %34, %38 : f32
          %42 = math.exp2 %41 fastmath<afn> : f32
          %43 = arith.mulf %40, %cst_2 : f32
          %44 = arith.mulf %35, %42 : f32
          %45 = arith.addf %43, %44 : f32
          %46 = vector.broadcast %42 : f32 to vector<8xf32>
          %47 = vector.broadcast %40 : f32 to vector<8xf32>
          %48 = arith.mulf %47, %cst_1 : vector<8xf32>
          %49 = vector.fma %46, %36, %48 : vector<8xf32>
          %50 = memref.load %view_7[%c1, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %51 = memref.load %view_8[%c1, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %52 = vector.load %view_6[%c1, %2, %25] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %53 = arith.maximumf %34, %50 : f32
          %54 = arith.cmpf oeq, %53, %cst_3 : f32
          %55 = arith.select %54, %cst_2, %53 : f32
          %56 = arith.subf %34, %55 : f32
          %57 = math.exp2 %56 fastmath<afn> : f32
          %58 = arith.subf %50, %55 : f32
          %59 = math.exp2 %58 fastmath<afn> : f32
          %60 = arith.mulf %45, %57 : f32
          %61 = arith.mulf %51, %59 : f32
          %62 = arith.addf %60, %61 : f32
          %63 = vector.broadcast %59 : f32 to vector<8xf32>
          %64 = vector.broadcast %57 : f32 to vector<8xf32>
          %65 = arith.mulf %49, %64 : vector<8xf32>
          %66 = vector.fma %63, %52, %65 : vector<8xf32>
          %67 = arith.cmpi slt, %14, %c0_i32 : i32
          %68 = arith.cmpf ogt, %62, %cst_2 : f32
          %69 = arith.select %68, %62, %cst_0 : f32
          %70 = vector.broadcast %69 : f32 to vector<8xf32>
          %71 = arith.divf %66, %70 : vector<8xf32>
          %72 = arith.select %68, %71, %cst_1 : vector<8xf32>
          %73 = math.log2 %69 fastmath<afn> : f32
          %74 = arith.addf %53, %73 : f32
          %75 = arith.mulf %74, %cst : f32
          %76 = arith.select %68, %75, %cst_3 : f32
          scf.if %67 {
            %77 = arith.truncf %72 : vector<8xf32> to vector<8xbf16>
            vector.store %77, %arg12[%16, %18, %25] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
            scf.if %33 {
              memref.store %76, %arg13[%16, %18] : memref<?x32xf32>
            }
          } else {
            %77 = arith.index_cast %14 : i32 to index
            vector.store %72, %arg14[%77, %18, %25] {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
            scf.if %33 {
              memref.store %76, %arg15[%77, %18] : memref<?x32xf32>
            }
          }
        }
      }
      gpu.return
    }
    gpu.func @llama3_8b_decode_merge(%arg0: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg1: memref<?x32xf32> {attn.param = "tmp_lse"}, %arg2: memref<?xi32> {attn.param = "merge_indptr"}, %arg3: memref<1xi32> {attn.param = "num_rows"}, %arg4: memref<?x32x128xbf16> {attn.param = "o"}, %arg5: memref<?x32xf32> {attn.param = "lse"}) kernel attributes {attn.bdx = 16 : i64, attn.programmatic_dependent, attn.slices = 16 : i64, known_block_size = array<i32: 256, 1, 1>} {
      attn.merge_states ins(%arg0, %arg1 : memref<?x32x128xf32>, memref<?x32xf32>) indptr(%arg2 : memref<?xi32>) outs(%arg4, %arg5 : memref<?x32x128xbf16>, memref<?x32xf32>)
      gpu.return
    }
  }
  attn.kernel_abi @llama3_8b_decode_attention for @llama3_8b_decode_kernels::@llama3_8b_decode_attention {block = array<i32: 128, 1, 1>, dynamic_smem = 21504 : i64, family = "decode", params = [{kind = "ptr", name = "q"}, {kind = "ptr", name = "qo_indptr"}, {kind = "ptr", name = "k_cache"}, {kind = "ptr", name = "v_cache"}, {kind = "ptr", name = "kv_indptr"}, {kind = "ptr", name = "kv_indices"}, {kind = "ptr", name = "kv_last_page_len"}, {kind = "ptr", name = "work_request"}, {kind = "ptr", name = "work_kv_begin"}, {kind = "ptr", name = "work_kv_end"}, {kind = "ptr", name = "work_partial"}, {kind = "ptr", name = "num_work"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}, {kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}], role = "attention", tile = {bdx = 16 : i64, bdy = 4 : i64, bdz = 2 : i64, heads_per_thread = 1 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 16 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  attn.kernel_abi @llama3_8b_decode_merge for @llama3_8b_decode_kernels::@llama3_8b_decode_merge {block = array<i32: 256, 1, 1>, dynamic_smem = 0 : i64, family = "decode", params = [{kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}, {kind = "ptr", name = "merge_indptr"}, {kind = "ptr", name = "num_rows"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}], role = "merge", tile = {bdx = 16 : i64, heads_per_cta = 1 : i64, pdl = 1 : i64, slices = 16 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 16 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  func.func @llama3_8b_decode(%arg0: memref<?x32x128xbf16>, %arg1: memref<?xi32>, %arg2: memref<?x16x8x128xbf16>, %arg3: memref<?x16x8x128xbf16>, %arg4: memref<?xi32>, %arg5: memref<?xi32>, %arg6: memref<?xi32>, %arg7: memref<?x32x128xbf16>, %arg8: memref<?x32xf32>) {
    return
  }
}

