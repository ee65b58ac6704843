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
        %c0_9 = arith.constant 0 : index
        %31 = arith.cmpi ult, %c0_9, %24 : index
        scf.if %31 {
          %c0_12 = arith.constant 0 : index
          %c0_13 = arith.constant 0 : index
          %37:2 = attn.kv_tile_pages %arg5[%20] tile %c0_12 group %30 keys[%11, %13) {page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64} : memref<?xi32> -> index, index
          attn.copy_kv_tile k(%arg2 : memref<?x16x8x128xbf16>) v(%arg3 : memref<?x16x8x128xbf16>) pages(%37#0, %37#1) head %block_id_y col %25 tile %c0_12 group %30 keys[%11, %13) into(%view, %view_5 : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, memref<2x16x128xbf16, #gpu.address_space<workgroup>>) [%c0_13] {async, page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64, vec = 8 : i64}
        }
        attn.commit_kv_tiles
        %c1_10 = arith.constant 1 : index
        %c0_11 = arith.constant 0 : index
        %32 = arith.cmpi ult, %c0_11, %24 : index
        %33:2 = scf.if %32 -> (index, index) {
          %37:2 = attn.kv_tile_pages %arg5[%20] tile %c1_10 group %30 keys[%11, %13) {page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64} : memref<?xi32> -> index, index
          scf.yield %37#0, %37#1 : index, index
        } else {
          %c0_12 = arith.constant 0 : index
          scf.yield %c0_12, %c0_12 : index, index
        }
        %34:5 = scf.for %arg16 = %c0 to %24 step %c1 iter_args(%arg17 = %cst_3, %arg18 = %cst_2, %arg19 = %cst_1, %arg20 = %33#0, %arg21 = %33#1) -> (f32, f32, vector<8xf32>, index, index) {
          %37 = arith.remui %arg16, %c2 : index
          %c1_12 = arith.constant 1 : index
          %38 = arith.addi %arg16, %c1_12 : index
          %39 = arith.cmpi ult, %38, %24 : index
          scf.if %39 {
            %c2_76 = arith.constant 2 : index
            %331 = arith.remui %38, %c2_76 : index
            attn.copy_kv_tile k(%arg2 : memref<?x16x8x128xbf16>) v(%arg3 : memref<?x16x8x128xbf16>) pages(%arg20, %arg21) head %block_id_y col %25 tile %38 group %30 keys[%11, %13) into(%view, %view_5 : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, memref<2x16x128xbf16, #gpu.address_space<workgroup>>) [%331] {async, page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64, vec = 8 : i64}
          }
          attn.commit_kv_tiles
          %c1_13 = arith.constant 1 : index
          %40 = arith.addi %38, %c1_13 : index
          %41:2 = attn.kv_tile_pages %arg5[%20] tile %40 group %30 keys[%11, %13) {page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64} : memref<?xi32> -> index, index
          attn.wait_kv_tiles pending = 1
          gpu.barrier
          %42 = arith.muli %arg16, %c16 : index
          %43 = arith.addi %11, %42 : index
          %44 = arith.muli %3, %c8 : index
          %45 = vector.load %view[%37, %44, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %46 = arith.extf %45 : vector<8xbf16> to vector<8xf32>
          %47 = arith.addi %43, %44 : index
          %48 = arith.cmpi ult, %47, %13 : index
          %49 = vector.extract %28[0] : f32 from vector<8xf32>
          %50 = vector.extract %46[0] : f32 from vector<8xf32>
          %51 = arith.mulf %49, %50 : f32
          %52 = vector.extract %28[1] : f32 from vector<8xf32>
          %53 = vector.extract %46[1] : f32 from vector<8xf32>
          %54 = math.fma %52, %53, %51 : f32
          %55 = vector.extract %28[2] : f32 from vector<8xf32>
          %56 = vector.extract %46[2] : f32 from vector<8xf32>
          %57 = math.fma %55, %56, %54 : f32
          %58 = vector.extract %28[3] : f32 from vector<8xf32>
          %59 = vector.extract %46[3] : f32 from vector<8xf32>
          %60 = math.fma %58, %59, %57 : f32
          %61 = vector.extract %28[4] : f32 from vector<8xf32>
          %62 = vector.extract %46[4] : f32 from vector<8xf32>
          %63 = math.fma %61, %62, %60 : f32
          %64 = vector.extract %28[5] : f32 from vector<8xf32>
          %65 = vector.extract %46[5] : f32 from vector<8xf32>
          %66 = math.fma %64, %65, %63 : f32
          %67 = vector.extract %28[6] : f32 from vector<8xf32>
          %68 = vector.extract %46[6] : f32 from vector<8xf32>
          %69 = math.fma %67, %68, %66 : f32
          %70 = vector.extract %28[7] : f32 from vector<8xf32>
          %71 = vector.extract %46[7] : f32 from vector<8xf32>
          %72 = math.fma %70, %71, %69 : f32
          %shuffleResult, %valid = gpu.shuffle  xor %72, %c8_i32, %c32_i32 : f32
          %73 = arith.addf %72, %shuffleResult : f32
          %shuffleResult_14, %valid_15 = gpu.shuffle  xor %73, %c4_i32, %c32_i32 : f32
          %74 = arith.addf %73, %shuffleResult_14 : f32
          %shuffleResult_16, %valid_17 = gpu.shuffle  xor %74, %c2_i32, %c32_i32 : f32
          %75 = arith.addf %74, %shuffleResult_16 : f32
          %shuffleResult_18, %valid_19 = gpu.shuffle  xor %75, %c1_i32, %c32_i32 : f32
          %76 = arith.addf %75, %shuffleResult_18 : f32
          %77 = arith.select %48, %76, %cst_3 : f32
          %78 = arith.addi %44, %c1 : index
          %79 = vector.load %view[%37, %78, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %80 = arith.extf %79 : vector<8xbf16> to vector<8xf32>
          %81 = arith.addi %43, %78 : index
          %82 = arith.cmpi ult, %81, %13 : index
          %83 = vector.extract %80[0] : f32 from vector<8xf32>
          %84 = arith.mulf %49, %83 : f32
          %85 = vector.extract %80[1] : f32 from vector<8xf32>
          %86 = math.fma %52, %85, %84 : f32
          %87 = vector.extract %80[2] : f32 from vector<8xf32>
          %88 = math.fma %55, %87, %86 : f32
          %89 = vector.extract %80[3] : f32 from vector<8xf32>
          %90 = math.fma %58, %89, %88 : f32
          %91 = vector.extract %80[4] : f32 from vector<8xf32>
          %92 = math.fma %61, %91, %90 : f32
          %93 = vector.extract %80[5] : f32 from vector<8xf32>
          %94 = math.fma %64, %93, %92 : f32
          %95 = vector.extract %80[6] : f32 from vector<8xf32>
          %96 = math.fma %67, %95, %94 : f32
          %97 = vector.extract %80[7] : f32 from vector<8xf32>
          %98 = math.fma %70, %97, %96 : f32
          %shuffleResult_20, %valid_21 = gpu.shuffle  xor %98, %c8_i32, %c32_i32 : f32
          %99 = arith.addf %98, %shuffleResult_20 : f32
          %shuffleResult_22, %valid_23 = gpu.shuffle  xor %99, %c4_i32, %c32_i32 : f32
          %100 = arith.addf %99, %shuffleResult_22 : f32
          %shuffleResult_24, %valid_25 = gpu.shuffle  xor %100, %c2_i32, %c32_i32 : f32
          %101 = arith.addf %100, %shuffleResult_24 : f32
          %shuffleResult_26, %valid_27 = gpu.shuffle  xor %101, %c1_i32, %c32_i32 : f32
          %102 = arith.addf %101, %shuffleResult_26 : f32
          %103 = arith.select %82, %102, %cst_3 : f32
          %104 = arith.addi %44, %c2 : index
          %105 = vector.load %view[%37, %104, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %106 = arith.extf %105 : vector<8xbf16> to vector<8xf32>
          %107 = arith.addi %43, %104 : index
          %108 = arith.cmpi ult, %107, %13 : index
          %109 = vector.extract %106[0] : f32 from vector<8xf32>
          %110 = arith.mulf %49, %109 : f32
          %111 = vector.extract %106[1] : f32 from vector<8xf32>
          %112 = math.fma %52, %111, %110 : f32
          %113 = vector.extract %106[2] : f32 from vector<8xf32>
          %114 = math.fma %55, %113, %112 : f32
          %115 = vector.extract %106[3] : f32 from vector<8xf32>
          %116 = math.fma %58, %115, %114 : f32
          %117 = vector.extract %106[4] : f32 from vector<8xf32>
          %118 = math.fma %61, %117, %116 : f32
          %119 = vector.extract %106[5] : f32 from vector<8xf32>
          %120 = math.fma %64, %119, %118 : f32
          %121 = vector.extract %106[6] : f32 from vector<8xf32>
          %122 = math.fma %67, %121, %120 : f32
          %123 = vector.extract %106[7] : f32 from vector<8xf32>
          %124 = math.fma %70, %123, %122 : f32
          %shuffleResult_28, %valid_29 = gpu.shuffle  xor %124, %c8_i32, %c32_i32 : f32
          %125 = arith.addf %124, %shuffleResult_28 : f32
          %shuffleResult_30, %valid_31 = gpu.shuffle  xor %125, %c4_i32, %c32_i32 : f32
          %126 = arith.addf %125, %shuffleResult_30 : f32
          %shuffleResult_32, %valid_33 = gpu.shuffle  xor %126, %c2_i32, %c32_i32 : f32
          %127 = arith.addf %126, %shuffleResult_32 : f32
          %shuffleResult_34, %valid_35 = gpu.shuffle  xor %127, %c1_i32, %c32_i32 : f32
          %128 = arith.addf %127, %shuffleResult_34 : f32
          %129 = arith.select %108, %128, %cst_3 : f32
          %130 = arith.addi %44, %c3 : index
          %131 = vector.load %view[%37, %130, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %132 = arith.extf %131 : vector<8xbf16> to vector<8xf32>
          %133 = arith.addi %43, %130 : index
          %134 = arith.cmpi ult, %133, %13 : index
          %135 = vector.extract %132[0] : f32 from vector<8xf32>
          %136 = arith.mulf %49, %135 : f32
          %137 = vector.extract %132[1] : f32 from vector<8xf32>
          %138 = math.fma %52, %137, %136 : f32
          %139 = vector.extract %132[2] : f32 from vector<8xf32>
          %140 = math.fma %55, %139, %138 : f32
          %141 = vector.extract %132[3] : f32 from vector<8xf32>
          %142 = math.fma %58, %141, %140 : f32
          %143 = vector.extract %132[4] : f32 from vector<8xf32>
          %144 = math.fma %61, %143, %142 : f32
          %145 = vector.extract %132[5] : f32 from vector<8xf32>
          %146 = math.fma %64, %145, %144 : f32
          %147 = vector.extract %132[6] : f32 from vector<8xf32>
          %148 = math.fma %67, %147, %146 : f32
          %149 = vector.extract %132[7] : f32 from vector<8xf32>
          %150 = math.fma %70, %149, %148 : f32
          %shuffleResult_36, %valid_37 = gpu.shuffle  xor %150, %c8_i32, %c32_i32 : f32
          %151 = arith.addf %150, %shuffleResult_36 : f32
          %shuffleResult_38, %valid_39 = gpu.shuffle  xor %151, %c4_i32, %c32_i32 : f32
          %152 = arith.addf %151, %shuffleResult_38 : f32
          %shuffleResult_40, %valid_41 = gpu.shuffle  xor %152, %c2_i32, %c32_i32 : f32
          %153 = arith.addf %152, %shuffleResult_40 : f32
          %shuffleResult_42, %valid_43 = gpu.shuffle  xor %153, %c1_i32, %c32_i32 : f32
          %154 = arith.addf %153, %shuffleResult_42 : f32
          %155 = arith.select %134, %154, %cst_3 : f32
          %156 = arith.addi %44, %c4 : index
          %157 = vector.load %view[%37, %156, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %158 = arith.extf %157 : vector<8xbf16> to vector<8xf32>
          %159 = arith.addi %43, %156 : index
          %160 = arith.cmpi ult, %159, %13 : index
          %161 = vector.extract %158[0] : f32 from vector<8xf32>
          %162 = arith.mulf %49, %161 : f32
          %163 = vector.extract %158[1] : f32 from vector<8xf32>
          %164 = math.fma %52, %163, %162 : f32
          %165 = vector.extract %158[2] : f32 from vector<8xf32>
          %166 = math.fma %55, %165, %164 : f32
          %167 = vector.extract %158[3] : f32 from vector<8xf32>
          %168 = math.fma %58, %167, %166 : f32
          %169 = vector.extract %158[4] : f32 from vector<8xf32>
          %170 = math.fma %61, %169, %168 : f32
          %171 = vector.extract %158[5] : f32 from vector<8xf32>
          %172 = math.fma %64, %171, %170 : f32
          %173 = vector.extract %158[6] : f32 from vector<8xf32>
          %174 = math.fma %67, %173, %172 : f32
          %175 = vector.extract %158[7] : f32 from vector<8xf32>
          %176 = math.fma %70, %175, %174 : f32
          %shuffleResult_44, %valid_45 = gpu.shuffle  xor %176, %c8_i32, %c32_i32 : f32
          %177 = arith.addf %176, %shuffleResult_44 : f32
          %shuffleResult_46, %valid_47 = gpu.shuffle  xor %177, %c4_i32, %c32_i32 : f32
          %178 = arith.addf %177, %shuffleResult_46 : f32
          %shuffleResult_48, %valid_49 = gpu.shuffle  xor %178, %c2_i32, %c32_i32 : f32
          %179 = arith.addf %178, %shuffleResult_48 : f32
          %shuffleResult_50, %valid_51 = gpu.shuffle  xor %179, %c1_i32, %c32_i32 : f32
          %180 = arith.addf %179, %shuffleResult_50 : f32
          %181 = arith.select %160, %180, %cst_3 : f32
          %182 = arith.addi %44, %c5 : index
          %183 = vector.load %view[%37, %182, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %184 = arith.extf %183 : vector<8xbf16> to vector<8xf32>
          %185 = arith.addi %43, %182 : index
          %186 = arith.cmpi ult, %185, %13 : index
          %187 = vector.extract %184[0] : f32 from vector<8xf32>
          %188 = arith.mulf %49, %187 : f32
          %189 = vector.extract %184[1] : f32 from vector<8xf32>
          %190 = math.fma %52, %189, %188 : f32
          %191 = vector.extract %184[2] : f32 from vector<8xf32>
          %192 = math.fma %55, %191, %190 : f32
          %193 = vector.extract %184[3] : f32 from vector<8xf32>
          %194 = math.fma %58, %193, %192 : f32
          %195 = vector.extract %184[4] : f32 from vector<8xf32>
          %196 = math.fma %61, %195, %194 : f32
          %197 = vector.extract %184[5] : f32 from vector<8xf32>
          %198 = math.fma %64, %197, %196 : f32
          %199 = vector.extract %184[6] : f32 from vector<8xf32>
          %200 = math.fma %67, %199, %198 : f32
          %201 = vector.extract %184[7] : f32 from vector<8xf32>
          %202 = math.fma %70, %201, %200 : f32
          %shuffleResult_52, %valid_53 = gpu.shuffle  xor %202, %c8_i32, %c32_i32 : f32
          %203 = arith.addf %202, %shuffleResult_52 : f32
          %shuffleResult_54, %valid_55 = gpu.shuffle  xor %203, %c4_i32, %c32_i32 : f32
          %204 = arith.addf %203, %shuffleResult_54 : f32
          %shuffleResult_56, %valid_57 = gpu.shuffle  xor %204, %c2_i32, %c32_i32 : f32
          %205 = arith.addf %204, %shuffleResult_56 : f32
          %shuffleResult_58, %valid_59 = gpu.shuffle  xor %205, %c1_i32, %c32_i32 : f32
          %206 = arith.addf %205, %shuffleResult_58 : f32
          %207 = arith.select %186, %206, %cst_3 : f32
          %208 = arith.addi %44, %c6 : index
          %209 = vector.load %view[%37, %208, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %210 = arith.extf %209 : vector<8xbf16> to vector<8xf32>
          %211 = arith.addi %43, %208 : index
          %212 = arith.cmpi ult, %211, %13 : index
          %213 = vector.extract %210[0] : f32 from vector<8xf32>
          %214 = arith.mulf %49, %213 : f32
          %215 = vector.extract %210[1] : f32 from vector<8xf32>
          %216 = math.fma %52, %215, %214 : f32
          %217 = vector.extract %210[2] : f32 from vector<8xf32>
          %218 = math.fma %55, %217, %216 : f32
          %219 = vector.extract %210[3] : f32 from vector<8xf32>
          %220 = math.fma %58, %219, %218 : f32
          %221 = vector.extract %210[4] : f32 from vector<8xf32>
          %222 = math.fma %61, %221, %220 : f32
          %223 = vector.extract %210[5] : f32 from vector<8xf32>
          %224 = math.fma %64, %223, %222 : f32
          %225 = vector.extract %210[6] : f32 from vector<8xf32>
          %226 = math.fma %67, %225, %224 : f32
          %227 = vector.extract %210[7] : f32 from vector<8xf32>
          %228 = math.fma %70, %227, %226 : f32
          %shuffleResult_60, %valid_61 = gpu.shuffle  xor %228, %c8_i32, %c32_i32 : f32
          %229 = arith.addf %228, %shuffleResult_60 : f32
          %shuffleResult_62, %valid_63 = gpu.shuffle  xor %229, %c4_i32, %c32_i32 : f32
          %230 = arith.addf %229, %shuffleResult_62 : f32
          %shuffleResult_64, %valid_65 = gpu.shuffle  xor %230, %c2_i32, %c32_i32 : f32
          %231 = arith.addf %230, %shuffleResult_64 : f32
          %shuffleResult_66, %valid_67 = gpu.shuffle  xor %231, %c1_i32, %c32_i32 : f32
          %232 = arith.addf %231, %shuffleResult_66 : f32
          %233 = arith.select %212, %232, %cst_3 : f32
          %234 = arith.addi %44, %c7 : index
          %235 = vector.load %view[%37, %234, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %236 = arith.extf %235 : vector<8xbf16> to vector<8xf32>
          %237 = arith.addi %43, %234 : index
          %238 = arith.cmpi ult, %237, %13 : index
          %239 = vector.extract %236[0] : f32 from vector<8xf32>
          %240 = arith.mulf %49, %239 : f32
          %241 = vector.extract %236[1] : f32 from vector<8xf32>
          %242 = math.fma %52, %241, %240 : f32
          %243 = vector.extract %236[2] : f32 from vector<8xf32>
          %244 = math.fma %55, %243, %242 : f32
          %245 = vector.extract %236[3] : f32 from vector<8xf32>
          %246 = math.fma %58, %245, %244 : f32
          %247 = vector.extract %236[4] : f32 from vector<8xf32>
          %248 = math.fma %61, %247, %246 : f32
          %249 = vector.extract %236[5] : f32 from vector<8xf32>
          %250 = math.fma %64, %249, %248 : f32
          %251 = vector.extract %236[6] : f32 from vector<8xf32>
          %252 = math.fma %67, %251, %250 : f32
          %253 = vector.extract %236[7] : f32 from vector<8xf32>
          %254 = math.fma %70, %253, %252 : f32
          %shuffleResult_68, %valid_69 = gpu.shuffle  xor %254, %c8_i32, %c32_i32 : f32
          %255 = arith.addf %254, %shuffleResult_68 : f32
          %shuffleResult_70, %valid_71 = gpu.shuffle  xor %255, %c4_i32, %c32_i32 : f32
          %256 = arith.addf %255, %shuffleResult_70 : f32
          %shuffleResult_72, %valid_73 = gpu.shuffle  xor %256, %c2_i32, %c32_i32 : f32
          %257 = arith.addf %256, %shuffleResult_72 : f32
          %shuffleResult_74, %valid_75 = gpu.shuffle  xor %257, %c1_i32, %c32_i32 : f32
          %258 = arith.addf %257, %shuffleResult_74 : f32
          %259 = arith.select %238, %258, %cst_3 : f32
          %260 = vector.load %view_5[%37, %44, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %261 = arith.extf %260 : vector<8xbf16> to vector<8xf32>
          %262 = vector.load %view_5[%37, %78, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %263 = arith.extf %262 : vector<8xbf16> to vector<8xf32>
          %264 = vector.load %view_5[%37, %104, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %265 = arith.extf %264 : vector<8xbf16> to vector<8xf32>
          %266 = vector.load %view_5[%37, %130, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %267 = arith.extf %266 : vector<8xbf16> to vector<8xf32>
          %268 = vector.load %view_5[%37, %156, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %269 = arith.extf %268 : vector<8xbf16> to vector<8xf32>
          %270 = vector.load %view_5[%37, %182, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %271 = arith.extf %270 : vector<8xbf16> to vector<8xf32>
          %272 = vector.load %view_5[%37, %208, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %273 = arith.extf %272 : vector<8xbf16> to vector<8xf32>
          %274 = vector.load %view_5[%37, %234, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %275 = arith.extf %274 : vector<8xbf16> to vector<8xf32>
          %276 = arith.maximumf %arg17, %77 : f32
          %277 = arith.maximumf %276, %103 : f32
          %278 = arith.maximumf %277, %129 : f32
          %279 = arith.maximumf %278, %155 : f32
          %280 = arith.maximumf %279, %181 : f32
          %281 = arith.maximumf %280, %207 : f32
          %282 = arith.maximumf %281, %233 : f32
          %283 = arith.maximumf %282, %259 : f32
          %284 = arith.cmpf oeq, %283, %cst_3 : f32
          %285 = arith.select %284, %cst_2, %283 : f32
          %286 = arith.subf %arg17, %285 : f32
          %287 = math.exp2 %286 fastmath<afn> : f32
          %288 = arith.mulf %arg18, %287 : f32
          %289 = vector.broadcast %287 : f32 to vector<8xf32>
          %290 = arith.mulf %arg19, %289 : vector<8xf32>
          %291 = arith.subf %77, %285 : f32
          %292 = math.exp2 %291 fastmath<afn> : f32
          %293 = arith.addf %288, %292 : f32
          %294 = vector.broadcast %292 : f32 to vector<8xf32>
          %295 = vector.fma %294, %261, %290 : vector<8xf32>
          %296 = arith.subf %103, %285 : f32
          %297 = math.exp2 %296 fastmath<afn> : f32
          %298 = arith.addf %293, %297 : f32
          %299 = vector.broadcast %297 : f32 to vector<8xf32>
          %300 = vector.fma %299, %263, %295 : vector<8xf32>
          %301 = arith.subf %129, %285 : f32
          %302 = math.exp2 %301 fastmath<afn> : f32
          %303 = arith.addf %298, %302 : f32
          %304 = vector.broadcast %302 : f32 to vector<8xf32>
          %305 = vector.fma %304, %265, %300 : vector<8xf32>
          %306 = arith.subf %155, %285 : f32
          %307 = math.exp2 %306 fastmath<afn> : f32
          %308 = arith.addf %303, %307 : f32
          %309 = vector.broadcast %307 : f32 to vector<8xf32>
          %310 = vector.fma %309, %267, %305 : vector<8xf32>
          %311 = arith.subf %181, %285 : f32
          %312 = math.exp2 %311 fastmath<afn> : f32
          %313 = arith.addf %308, %312 : f32
          %314 = vector.broadcast %312 : f32 to vector<8xf32>
          %315 = vector.fma %314, %269, %310 : vector<8xf32>
          %316 = arith.subf %207, %285 : f32
          %317 = math.exp2 %316 fastmath<afn> : f32
          %318 = arith.addf %313, %317 : f32
          %319 = vector.broadcast %317 : f32 to vector<8xf32>
          %320 = vector.fma %319, %271, %315 : vector<8xf32>
          %321 = arith.subf %233, %285 : f32
          %322 = math.exp2 %321 fastmath<afn> : f32
          %323 = arith.addf %318, %322 : f32
          %324 = vector.broadcast %322 : f32 to vector<8xf32>
          %325 = vector.fma %324, %273, %320 : vector<8xf32>
          %326 = arith.subf %259, %285 : f32
          %327 = math.exp2 %326 fastmath<afn> : f32
          %328 = arith.addf %323, %327 : f32
          %329 = vector.broadcast %327 : f32 to vector<8xf32>
          %330 = vector.fma %329, %275, %325 : vector<8xf32>
          gpu.barrier
          scf.yield %283, %328, %330, %41#0, %41#1 : f32, f32, vector<8xf32>, index, index
        }
        attn.wait_kv_tiles pending = 0
        %35 = arith.cmpi eq, %3, %c0 : index
        %36 = arith.cmpi eq, %0, %c0 : index
        vector.store %34#2, %view_6[%3, %2, %25] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
        scf.if %36 {
          memref.store %34#0, %view_7[%3, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          memref.store %34#1, %view_8[%3, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
        }
        gpu.barrier
        scf.if %35 {
          %37 = memref.load %view_7[%c0, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %38 = memref.load %view_8[%c0, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %39 = vector.load %view_6[%c0, %2, %25] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %40 = arith.cmpf oeq, %37, %cst_3 : f32
          %41 = arith.select %40, %cst_2, %37 : f32
          %42 = arith.subf %cst_3, %41 : f32
          %43 = math.exp2 %42 fastmath<afn> : f32
          %44 = arith.subf %37, %41 : f32
          %45 = math.exp2 %44 fastmath<afn> : f32
          %46 = arith.mulf %43, %cst_2 : f32
          %47 = arith.mulf %38, %45 : f32
          %48 = arith.addf %46, %47 : f32
          %49 = vector.broadcast %45 : f32 to vector<8xf32>
          %50 = vector.broadcast %43 : f32 to vector<8xf32>
          %51 = arith.mulf %50, %cst_1 : vector<8xf32>
          %52 = vector.fma %49, %39, %51 : vector<8xf32>
          %53 = memref.load %view_7[%c1, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %54 = memref.load %view_8[%c1, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %55 = vector.load %view_6[%c1, %2, %25] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %56 = arith.maximumf %37, %53 : f32
          %57 = arith.cmpf oeq, %56, %cst_3 : f32
          %58 = arith.select %57, %cst_2, %56 : f32
          %59 = arith.subf %37, %58 : f32
          %60 = math.exp2 %59 fastmath<afn> : f32
          %61 = arith.subf %53, %58 : f32
          %62 = math.exp2 %61 fastmath<afn> : f32
          %63 = arith.mulf %48, %60 : f32
          %64 = arith.mulf %54, %62 : f32
          %65 = arith.addf %63, %64 : f32
          %66 = vector.broadcast %62 : f32 to vector<8xf32>
          %67 = vector.broadcast %60 : f32 to vector<8xf32>
          %68 = arith.mulf %52, %67 : vector<8xf32>
          %69 = vector.fma %66, %55, %68 : vector<8xf32>
          %70 = arith.cmpi slt, %14, %c0_i32 : i32
          %71 = arith.cmpf ogt, %65, %cst_2 : f32
          %72 = arith.select %71, %65, %cst_0 : f32
          %73 = vector.broadcast %72 : f32 to vector<8xf32>
          %74 = arith.divf %69, %73 : vector<8xf32>
          %75 = arith.select %71, %74, %cst_1 : vector<8xf32>
          %76 = math.log2 %72 fastmath<afn> : f32
          %77 = arith.addf %56, %76 : f32
          %78 = arith.mulf %77, %cst : f32
          %79 = arith.select %71, %78, %cst_3 : f32
          scf.if %70 {
            %80 = arith.truncf %75 : vector<8xf32> to vector<8xbf16>
            vector.store %80, %arg12[%16, %18, %25] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
            scf.if %36 {
              memref.store %79, %arg13[%16, %18] : memref<?x32xf32>
            }
          } else {
            %80 = arith.index_cast %14 : i32 to index
            vector.store %75, %arg14[%80, %18, %25] {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
            scf.if %36 {
              memref.store %79, %arg15[%80, %18] : memref<?x32xf32>
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

