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
          %c0_11 = arith.constant 0 : index
          %c0_12 = arith.constant 0 : index
          %37:2 = attn.kv_tile_pages %arg5[%20] tile %c0_11 group %30 keys[%11, %13) {page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64} : memref<?xi32> -> index, index
          attn.copy_kv_tile k(%arg2 : memref<?x16x8x128xbf16>) v(%arg3 : memref<?x16x8x128xbf16>) pages(%37#0, %37#1) head %block_id_y col %25 tile %c0_11 group %30 keys[%11, %13) into(%view, %view_5 : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, memref<2x16x128xbf16, #gpu.address_space<workgroup>>) [%c0_12] {async, page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64, vec = 8 : i64}
        }
        attn.commit_kv_tiles
        %c1_10 = arith.constant 1 : index
        %32 = arith.cmpi ult, %c1_10, %24 : index
        %33:2 = scf.if %32 -> (index, index) {
          %37:2 = attn.kv_tile_pages %arg5[%20] tile %c1_10 group %30 keys[%11, %13) {page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64} : memref<?xi32> -> index, index
          scf.yield %37#0, %37#1 : index, index
        } else {
          %c0_11 = arith.constant 0 : index
          scf.yield %c0_11, %c0_11 : index, index
        }
        %34:5 = scf.for %arg16 = %c0 to %24 step %c1 iter_args(%arg17 = %cst_3, %arg18 = %cst_2, %arg19 = %cst_1, %arg20 = %33#0, %arg21 = %33#1) -> (f32, f32, vector<8xf32>, index, index) {
          %37 = arith.remui %arg16, %c2 : index
          %c1_11 = arith.constant 1 : index
          attn.wait_kv_tiles pending = 0
          gpu.barrier
          %38 = arith.addi %arg16, %c1_11 : index
          %39 = arith.cmpi ult, %38, %24 : index
          scf.if %39 {
            %c2_75 = arith.constant 2 : index
            %332 = arith.remui %38, %c2_75 : index
            attn.copy_kv_tile k(%arg2 : memref<?x16x8x128xbf16>) v(%arg3 : memref<?x16x8x128xbf16>) pages(%arg20, %arg21) head %block_id_y col %25 tile %38 group %30 keys[%11, %13) into(%view, %view_5 : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, memref<2x16x128xbf16, #gpu.address_space<workgroup>>) [%332] {async, page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64, vec = 8 : i64}
          }
          attn.commit_kv_tiles
          %c1_12 = arith.constant 1 : index
          %40 = arith.addi %38, %c1_12 : index
          %41 = arith.cmpi ult, %40, %24 : index
          %42:2 = scf.if %41 -> (index, index) {
            %332:2 = attn.kv_tile_pages %arg5[%20] tile %40 group %30 keys[%11, %13) {page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64} : memref<?xi32> -> index, index
            scf.yield %332#0, %332#1 : index, index
          } else {
            %c0_75 = arith.constant 0 : index
            scf.yield %c0_75, %c0_75 : index, index
          }
          %43 = arith.muli %arg16, %c16 : index
          %44 = arith.addi %11, %43 : index
          %45 = arith.muli %3, %c8 : index
          %46 = vector.load %view[%37, %45, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %47 = arith.extf %46 : vector<8xbf16> to vector<8xf32>
          %48 = arith.addi %44, %45 : index
          %49 = arith.cmpi ult, %48, %13 : index
          %50 = vector.extract %28[0] : f32 from vector<8xf32>
          %51 = vector.extract %47[0] : f32 from vector<8xf32>
          %52 = arith.mulf %50, %51 : f32
          %53 = vector.extract %28[1] : f32 from vector<8xf32>
          %54 = vector.extract %47[1] : f32 from vector<8xf32>
          %55 = math.fma %53, %54, %52 : f32
          %56 = vector.extract %28[2] : f32 from vector<8xf32>
          %57 = vector.extract %47[2] : f32 from vector<8xf32>
          %58 = math.fma %56, %57, %55 : f32
          %59 = vector.extract %28[3] : f32 from vector<8xf32>
          %60 = vector.extract %47[3] : f32 from vector<8xf32>
          %61 = math.fma %59, %60, %58 : f32
          %62 = vector.extract %28[4] : f32 from vector<8xf32>
          %63 = vector.extract %47[4] : f32 from vector<8xf32>
          %64 = math.fma %62, %63, %61 : f32
          %65 = vector.extract %28[5] : f32 from vector<8xf32>
          %66 = vector.extract %47[5] : f32 from vector<8xf32>
          %67 = math.fma %65, %66, %64 : f32
          %68 = vector.extract %28[6] : f32 from vector<8xf32>
          %69 = vector.extract %47[6] : f32 from vector<8xf32>
          %70 = math.fma %68, %69, %67 : f32
          %71 = vector.extract %28[7] : f32 from vector<8xf32>
          %72 = vector.extract %47[7] : f32 from vector<8xf32>
          %73 = math.fma %71, %72, %70 : f32
          %shuffleResult, %valid = gpu.shuffle  xor %73, %c8_i32, %c32_i32 : f32
          %74 = arith.addf %73, %shuffleResult : f32
          %shuffleResult_13, %valid_14 = gpu.shuffle  xor %74, %c4_i32, %c32_i32 : f32
          %75 = arith.addf %74, %shuffleResult_13 : f32
          %shuffleResult_15, %valid_16 = gpu.shuffle  xor %75, %c2_i32, %c32_i32 : f32
          %76 = arith.addf %75, %shuffleResult_15 : f32
          %shuffleResult_17, %valid_18 = gpu.shuffle  xor %76, %c1_i32, %c32_i32 : f32
          %77 = arith.addf %76, %shuffleResult_17 : f32
          %78 = arith.select %49, %77, %cst_3 : f32
          %79 = arith.addi %45, %c1 : index
          %80 = vector.load %view[%37, %79, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %81 = arith.extf %80 : vector<8xbf16> to vector<8xf32>
          %82 = arith.addi %44, %79 : index
          %83 = arith.cmpi ult, %82, %13 : index
          %84 = vector.extract %81[0] : f32 from vector<8xf32>
          %85 = arith.mulf %50, %84 : f32
          %86 = vector.extract %81[1] : f32 from vector<8xf32>
          %87 = math.fma %53, %86, %85 : f32
          %88 = vector.extract %81[2] : f32 from vector<8xf32>
          %89 = math.fma %56, %88, %87 : f32
          %90 = vector.extract %81[3] : f32 from vector<8xf32>
          %91 = math.fma %59, %90, %89 : f32
          %92 = vector.extract %81[4] : f32 from vector<8xf32>
          %93 = math.fma %62, %92, %91 : f32
          %94 = vector.extract %81[5] : f32 from vector<8xf32>
          %95 = math.fma %65, %94, %93 : f32
          %96 = vector.extract %81[6] : f32 from vector<8xf32>
          %97 = math.fma %68, %96, %95 : f32
          %98 = vector.extract %81[7] : f32 from vector<8xf32>
          %99 = math.fma %71, %98, %97 : f32
          %shuffleResult_19, %valid_20 = gpu.shuffle  xor %99, %c8_i32, %c32_i32 : f32
          %100 = arith.addf %99, %shuffleResult_19 : f32
          %shuffleResult_21, %valid_22 = gpu.shuffle  xor %100, %c4_i32, %c32_i32 : f32
          %101 = arith.addf %100, %shuffleResult_21 : f32
          %shuffleResult_23, %valid_24 = gpu.shuffle  xor %101, %c2_i32, %c32_i32 : f32
          %102 = arith.addf %101, %shuffleResult_23 : f32
          %shuffleResult_25, %valid_26 = gpu.shuffle  xor %102, %c1_i32, %c32_i32 : f32
          %103 = arith.addf %102, %shuffleResult_25 : f32
          %104 = arith.select %83, %103, %cst_3 : f32
          %105 = arith.addi %45, %c2 : index
          %106 = vector.load %view[%37, %105, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %107 = arith.extf %106 : vector<8xbf16> to vector<8xf32>
          %108 = arith.addi %44, %105 : index
          %109 = arith.cmpi ult, %108, %13 : index
          %110 = vector.extract %107[0] : f32 from vector<8xf32>
          %111 = arith.mulf %50, %110 : f32
          %112 = vector.extract %107[1] : f32 from vector<8xf32>
          %113 = math.fma %53, %112, %111 : f32
          %114 = vector.extract %107[2] : f32 from vector<8xf32>
          %115 = math.fma %56, %114, %113 : f32
          %116 = vector.extract %107[3] : f32 from vector<8xf32>
          %117 = math.fma %59, %116, %115 : f32
          %118 = vector.extract %107[4] : f32 from vector<8xf32>
          %119 = math.fma %62, %118, %117 : f32
          %120 = vector.extract %107[5] : f32 from vector<8xf32>
          %121 = math.fma %65, %120, %119 : f32
          %122 = vector.extract %107[6] : f32 from vector<8xf32>
          %123 = math.fma %68, %122, %121 : f32
          %124 = vector.extract %107[7] : f32 from vector<8xf32>
          %125 = math.fma %71, %124, %123 : f32
          %shuffleResult_27, %valid_28 = gpu.shuffle  xor %125, %c8_i32, %c32_i32 : f32
          %126 = arith.addf %125, %shuffleResult_27 : f32
          %shuffleResult_29, %valid_30 = gpu.shuffle  xor %126, %c4_i32, %c32_i32 : f32
          %127 = arith.addf %126, %shuffleResult_29 : f32
          %shuffleResult_31, %valid_32 = gpu.shuffle  xor %127, %c2_i32, %c32_i32 : f32
          %128 = arith.addf %127, %shuffleResult_31 : f32
          %shuffleResult_33, %valid_34 = gpu.shuffle  xor %128, %c1_i32, %c32_i32 : f32
          %129 = arith.addf %128, %shuffleResult_33 : f32
          %130 = arith.select %109, %129, %cst_3 : f32
          %131 = arith.addi %45, %c3 : index
          %132 = vector.load %view[%37, %131, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %133 = arith.extf %132 : vector<8xbf16> to vector<8xf32>
          %134 = arith.addi %44, %131 : index
          %135 = arith.cmpi ult, %134, %13 : index
          %136 = vector.extract %133[0] : f32 from vector<8xf32>
          %137 = arith.mulf %50, %136 : f32
          %138 = vector.extract %133[1] : f32 from vector<8xf32>
          %139 = math.fma %53, %138, %137 : f32
          %140 = vector.extract %133[2] : f32 from vector<8xf32>
          %141 = math.fma %56, %140, %139 : f32
          %142 = vector.extract %133[3] : f32 from vector<8xf32>
          %143 = math.fma %59, %142, %141 : f32
          %144 = vector.extract %133[4] : f32 from vector<8xf32>
          %145 = math.fma %62, %144, %143 : f32
          %146 = vector.extract %133[5] : f32 from vector<8xf32>
          %147 = math.fma %65, %146, %145 : f32
          %148 = vector.extract %133[6] : f32 from vector<8xf32>
          %149 = math.fma %68, %148, %147 : f32
          %150 = vector.extract %133[7] : f32 from vector<8xf32>
          %151 = math.fma %71, %150, %149 : f32
          %shuffleResult_35, %valid_36 = gpu.shuffle  xor %151, %c8_i32, %c32_i32 : f32
          %152 = arith.addf %151, %shuffleResult_35 : f32
          %shuffleResult_37, %valid_38 = gpu.shuffle  xor %152, %c4_i32, %c32_i32 : f32
          %153 = arith.addf %152, %shuffleResult_37 : f32
          %shuffleResult_39, %valid_40 = gpu.shuffle  xor %153, %c2_i32, %c32_i32 : f32
          %154 = arith.addf %153, %shuffleResult_39 : f32
          %shuffleResult_41, %valid_42 = gpu.shuffle  xor %154, %c1_i32, %c32_i32 : f32
          %155 = arith.addf %154, %shuffleResult_41 : f32
          %156 = arith.select %135, %155, %cst_3 : f32
          %157 = arith.addi %45, %c4 : index
          %158 = vector.load %view[%37, %157, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %159 = arith.extf %158 : vector<8xbf16> to vector<8xf32>
          %160 = arith.addi %44, %157 : index
          %161 = arith.cmpi ult, %160, %13 : index
          %162 = vector.extract %159[0] : f32 from vector<8xf32>
          %163 = arith.mulf %50, %162 : f32
          %164 = vector.extract %159[1] : f32 from vector<8xf32>
          %165 = math.fma %53, %164, %163 : f32
          %166 = vector.extract %159[2] : f32 from vector<8xf32>
          %167 = math.fma %56, %166, %165 : f32
          %168 = vector.extract %159[3] : f32 from vector<8xf32>
          %169 = math.fma %59, %168, %167 : f32
          %170 = vector.extract %159[4] : f32 from vector<8xf32>
          %171 = math.fma %62, %170, %169 : f32
          %172 = vector.extract %159[5] : f32 from vector<8xf32>
          %173 = math.fma %65, %172, %171 : f32
          %174 = vector.extract %159[6] : f32 from vector<8xf32>
          %175 = math.fma %68, %174, %173 : f32
          %176 = vector.extract %159[7] : f32 from vector<8xf32>
          %177 = math.fma %71, %176, %175 : f32
          %shuffleResult_43, %valid_44 = gpu.shuffle  xor %177, %c8_i32, %c32_i32 : f32
          %178 = arith.addf %177, %shuffleResult_43 : f32
          %shuffleResult_45, %valid_46 = gpu.shuffle  xor %178, %c4_i32, %c32_i32 : f32
          %179 = arith.addf %178, %shuffleResult_45 : f32
          %shuffleResult_47, %valid_48 = gpu.shuffle  xor %179, %c2_i32, %c32_i32 : f32
          %180 = arith.addf %179, %shuffleResult_47 : f32
          %shuffleResult_49, %valid_50 = gpu.shuffle  xor %180, %c1_i32, %c32_i32 : f32
          %181 = arith.addf %180, %shuffleResult_49 : f32
          %182 = arith.select %161, %181, %cst_3 : f32
          %183 = arith.addi %45, %c5 : index
          %184 = vector.load %view[%37, %183, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %185 = arith.extf %184 : vector<8xbf16> to vector<8xf32>
          %186 = arith.addi %44, %183 : index
          %187 = arith.cmpi ult, %186, %13 : index
          %188 = vector.extract %185[0] : f32 from vector<8xf32>
          %189 = arith.mulf %50, %188 : f32
          %190 = vector.extract %185[1] : f32 from vector<8xf32>
          %191 = math.fma %53, %190, %189 : f32
          %192 = vector.extract %185[2] : f32 from vector<8xf32>
          %193 = math.fma %56, %192, %191 : f32
          %194 = vector.extract %185[3] : f32 from vector<8xf32>
          %195 = math.fma %59, %194, %193 : f32
          %196 = vector.extract %185[4] : f32 from vector<8xf32>
          %197 = math.fma %62, %196, %195 : f32
          %198 = vector.extract %185[5] : f32 from vector<8xf32>
          %199 = math.fma %65, %198, %197 : f32
          %200 = vector.extract %185[6] : f32 from vector<8xf32>
          %201 = math.fma %68, %200, %199 : f32
          %202 = vector.extract %185[7] : f32 from vector<8xf32>
          %203 = math.fma %71, %202, %201 : f32
          %shuffleResult_51, %valid_52 = gpu.shuffle  xor %203, %c8_i32, %c32_i32 : f32
          %204 = arith.addf %203, %shuffleResult_51 : f32
          %shuffleResult_53, %valid_54 = gpu.shuffle  xor %204, %c4_i32, %c32_i32 : f32
          %205 = arith.addf %204, %shuffleResult_53 : f32
          %shuffleResult_55, %valid_56 = gpu.shuffle  xor %205, %c2_i32, %c32_i32 : f32
          %206 = arith.addf %205, %shuffleResult_55 : f32
          %shuffleResult_57, %valid_58 = gpu.shuffle  xor %206, %c1_i32, %c32_i32 : f32
          %207 = arith.addf %206, %shuffleResult_57 : f32
          %208 = arith.select %187, %207, %cst_3 : f32
          %209 = arith.addi %45, %c6 : index
          %210 = vector.load %view[%37, %209, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %211 = arith.extf %210 : vector<8xbf16> to vector<8xf32>
          %212 = arith.addi %44, %209 : index
          %213 = arith.cmpi ult, %212, %13 : index
          %214 = vector.extract %211[0] : f32 from vector<8xf32>
          %215 = arith.mulf %50, %214 : f32
          %216 = vector.extract %211[1] : f32 from vector<8xf32>
          %217 = math.fma %53, %216, %215 : f32
          %218 = vector.extract %211[2] : f32 from vector<8xf32>
          %219 = math.fma %56, %218, %217 : f32
          %220 = vector.extract %211[3] : f32 from vector<8xf32>
          %221 = math.fma %59, %220, %219 : f32
          %222 = vector.extract %211[4] : f32 from vector<8xf32>
          %223 = math.fma %62, %222, %221 : f32
          %224 = vector.extract %211[5] : f32 from vector<8xf32>
          %225 = math.fma %65, %224, %223 : f32
          %226 = vector.extract %211[6] : f32 from vector<8xf32>
          %227 = math.fma %68, %226, %225 : f32
          %228 = vector.extract %211[7] : f32 from vector<8xf32>
          %229 = math.fma %71, %228, %227 : f32
          %shuffleResult_59, %valid_60 = gpu.shuffle  xor %229, %c8_i32, %c32_i32 : f32
          %230 = arith.addf %229, %shuffleResult_59 : f32
          %shuffleResult_61, %valid_62 = gpu.shuffle  xor %230, %c4_i32, %c32_i32 : f32
          %231 = arith.addf %230, %shuffleResult_61 : f32
          %shuffleResult_63, %valid_64 = gpu.shuffle  xor %231, %c2_i32, %c32_i32 : f32
          %232 = arith.addf %231, %shuffleResult_63 : f32
          %shuffleResult_65, %valid_66 = gpu.shuffle  xor %232, %c1_i32, %c32_i32 : f32
          %233 = arith.addf %232, %shuffleResult_65 : f32
          %234 = arith.select %213, %233, %cst_3 : f32
          %235 = arith.addi %45, %c7 : index
          %236 = vector.load %view[%37, %235, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %237 = arith.extf %236 : vector<8xbf16> to vector<8xf32>
          %238 = arith.addi %44, %235 : index
          %239 = arith.cmpi ult, %238, %13 : index
          %240 = vector.extract %237[0] : f32 from vector<8xf32>
          %241 = arith.mulf %50, %240 : f32
          %242 = vector.extract %237[1] : f32 from vector<8xf32>
          %243 = math.fma %53, %242, %241 : f32
          %244 = vector.extract %237[2] : f32 from vector<8xf32>
          %245 = math.fma %56, %244, %243 : f32
          %246 = vector.extract %237[3] : f32 from vector<8xf32>
          %247 = math.fma %59, %246, %245 : f32
          %248 = vector.extract %237[4] : f32 from vector<8xf32>
          %249 = math.fma %62, %248, %247 : f32
          %250 = vector.extract %237[5] : f32 from vector<8xf32>
          %251 = math.fma %65, %250, %249 : f32
          %252 = vector.extract %237[6] : f32 from vector<8xf32>
          %253 = math.fma %68, %252, %251 : f32
          %254 = vector.extract %237[7] : f32 from vector<8xf32>
          %255 = math.fma %71, %254, %253 : f32
          %shuffleResult_67, %valid_68 = gpu.shuffle  xor %255, %c8_i32, %c32_i32 : f32
          %256 = arith.addf %255, %shuffleResult_67 : f32
          %shuffleResult_69, %valid_70 = gpu.shuffle  xor %256, %c4_i32, %c32_i32 : f32
          %257 = arith.addf %256, %shuffleResult_69 : f32
          %shuffleResult_71, %valid_72 = gpu.shuffle  xor %257, %c2_i32, %c32_i32 : f32
          %258 = arith.addf %257, %shuffleResult_71 : f32
          %shuffleResult_73, %valid_74 = gpu.shuffle  xor %258, %c1_i32, %c32_i32 : f32
          %259 = arith.addf %258, %shuffleResult_73 : f32
          %260 = arith.select %239, %259, %cst_3 : f32
          %261 = vector.load %view_5[%37, %45, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %262 = arith.extf %261 : vector<8xbf16> to vector<8xf32>
          %263 = vector.load %view_5[%37, %79, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %264 = arith.extf %263 : vector<8xbf16> to vector<8xf32>
          %265 = vector.load %view_5[%37, %105, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %266 = arith.extf %265 : vector<8xbf16> to vector<8xf32>
          %267 = vector.load %view_5[%37, %131, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %268 = arith.extf %267 : vector<8xbf16> to vector<8xf32>
          %269 = vector.load %view_5[%37, %157, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %270 = arith.extf %269 : vector<8xbf16> to vector<8xf32>
          %271 = vector.load %view_5[%37, %183, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %272 = arith.extf %271 : vector<8xbf16> to vector<8xf32>
          %273 = vector.load %view_5[%37, %209, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %274 = arith.extf %273 : vector<8xbf16> to vector<8xf32>
          %275 = vector.load %view_5[%37, %235, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %276 = arith.extf %275 : vector<8xbf16> to vector<8xf32>
          %277 = arith.maximumf %arg17, %78 : f32
          %278 = arith.maximumf %277, %104 : f32
          %279 = arith.maximumf %278, %130 : f32
          %280 = arith.maximumf %279, %156 : f32
          %281 = arith.maximumf %280, %182 : f32
          %282 = arith.maximumf %281, %208 : f32
          %283 = arith.maximumf %282, %234 : f32
          %284 = arith.maximumf %283, %260 : f32
          %285 = arith.cmpf oeq, %284, %cst_3 : f32
          %286 = arith.select %285, %cst_2, %284 : f32
          %287 = arith.subf %arg17, %286 : f32
          %288 = math.exp2 %287 fastmath<afn> : f32
          %289 = arith.mulf %arg18, %288 : f32
          %290 = vector.broadcast %288 : f32 to vector<8xf32>
          %291 = arith.mulf %arg19, %290 : vector<8xf32>
          %292 = arith.subf %78, %286 : f32
          %293 = math.exp2 %292 fastmath<afn> : f32
          %294 = arith.addf %289, %293 : f32
          %295 = vector.broadcast %293 : f32 to vector<8xf32>
          %296 = vector.fma %295, %262, %291 : vector<8xf32>
          %297 = arith.subf %104, %286 : f32
          %298 = math.exp2 %297 fastmath<afn> : f32
          %299 = arith.addf %294, %298 : f32
          %300 = vector.broadcast %298 : f32 to vector<8xf32>
          %301 = vector.fma %300, %264, %296 : vector<8xf32>
          %302 = arith.subf %130, %286 : f32
          %303 = math.exp2 %302 fastmath<afn> : f32
          %304 = arith.addf %299, %303 : f32
          %305 = vector.broadcast %303 : f32 to vector<8xf32>
          %306 = vector.fma %305, %266, %301 : vector<8xf32>
          %307 = arith.subf %156, %286 : f32
          %308 = math.exp2 %307 fastmath<afn> : f32
          %309 = arith.addf %304, %308 : f32
          %310 = vector.broadcast %308 : f32 to vector<8xf32>
          %311 = vector.fma %310, %268, %306 : vector<8xf32>
          %312 = arith.subf %182, %286 : f32
          %313 = math.exp2 %312 fastmath<afn> : f32
          %314 = arith.addf %309, %313 : f32
          %315 = vector.broadcast %313 : f32 to vector<8xf32>
          %316 = vector.fma %315, %270, %311 : vector<8xf32>
          %317 = arith.subf %208, %286 : f32
          %318 = math.exp2 %317 fastmath<afn> : f32
          %319 = arith.addf %314, %318 : f32
          %320 = vector.broadcast %318 : f32 to vector<8xf32>
          %321 = vector.fma %320, %272, %316 : vector<8xf32>
          %322 = arith.subf %234, %286 : f32
          %323 = math.exp2 %322 fastmath<afn> : f32
          %324 = arith.addf %319, %323 : f32
          %325 = vector.broadcast %323 : f32 to vector<8xf32>
          %326 = vector.fma %325, %274, %321 : vector<8xf32>
          %327 = arith.subf %260, %286 : f32
          %328 = math.exp2 %327 fastmath<afn> : f32
          %329 = arith.addf %324, %328 : f32
          %330 = vector.broadcast %328 : f32 to vector<8xf32>
          %331 = vector.fma %330, %276, %326 : vector<8xf32>
          scf.yield %284, %329, %331, %42#0, %42#1 : f32, f32, vector<8xf32>, index, index
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

