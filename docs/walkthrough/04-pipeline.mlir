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
        %c0_7 = arith.constant 0 : index
        %31 = arith.cmpi ult, %c0_7, %25 : index
        scf.if %31 {
          %c0_13 = arith.constant 0 : index
          %c0_14 = arith.constant 0 : index
          %48:2 = attn.kv_tile_pages %arg5[%21] tile %c0_13 group %6 keys[%14, %16) {page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64} : memref<?xi32> -> index, index
          attn.copy_kv_tile k(%arg2 : memref<?x16x8x128xbf16>) v(%arg3 : memref<?x16x8x128xbf16>) pages(%48#0, %48#1) head %block_id_y col %2 tile %c0_13 group %6 keys[%14, %16) into(%view, %view_5 : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, memref<2x16x128xbf16, #gpu.address_space<workgroup>>) [%c0_14] {async, page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64, vec = 8 : i64}
        }
        attn.commit_kv_tiles
        %c1_8 = arith.constant 1 : index
        %c0_9 = arith.constant 0 : index
        %32 = arith.cmpi ult, %c0_9, %25 : index
        %33:2 = scf.if %32 -> (index, index) {
          %48:2 = attn.kv_tile_pages %arg5[%21] tile %c1_8 group %6 keys[%14, %16) {page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64} : memref<?xi32> -> index, index
          scf.yield %48#0, %48#1 : index, index
        } else {
          %c0_13 = arith.constant 0 : index
          scf.yield %c0_13, %c0_13 : index, index
        }
        %34:5 = scf.for %arg16 = %c0 to %25 step %c1 iter_args(%arg17 = %cst_3, %arg18 = %cst_2, %arg19 = %cst_1, %arg20 = %33#0, %arg21 = %33#1) -> (f32, f32, vector<8xf32>, index, index) {
          %48 = arith.remui %arg16, %c2 : index
          %c1_13 = arith.constant 1 : index
          %49 = arith.addi %arg16, %c1_13 : index
          %50 = arith.cmpi ult, %49, %25 : index
          scf.if %50 {
            %c2_77 = arith.constant 2 : index
            %342 = arith.remui %49, %c2_77 : index
            attn.copy_kv_tile k(%arg2 : memref<?x16x8x128xbf16>) v(%arg3 : memref<?x16x8x128xbf16>) pages(%arg20, %arg21) head %block_id_y col %2 tile %49 group %6 keys[%14, %16) into(%view, %view_5 : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, memref<2x16x128xbf16, #gpu.address_space<workgroup>>) [%342] {async, page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64, vec = 8 : i64}
          }
          attn.commit_kv_tiles
          %c1_14 = arith.constant 1 : index
          %51 = arith.addi %49, %c1_14 : index
          %52:2 = attn.kv_tile_pages %arg5[%21] tile %51 group %6 keys[%14, %16) {page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64} : memref<?xi32> -> index, index
          attn.wait_kv_tiles pending = 1
          gpu.barrier
          %53 = arith.muli %arg16, %c16 : index
          %54 = arith.addi %14, %53 : index
          %55 = arith.muli %1, %c8 : index
          %56 = vector.load %view[%48, %55, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %57 = arith.extf %56 : vector<8xbf16> to vector<8xf32>
          %58 = vector.extract %30[0] : f32 from vector<8xf32>
          %59 = vector.extract %57[0] : f32 from vector<8xf32>
          %60 = arith.mulf %58, %59 : f32
          %61 = vector.extract %30[1] : f32 from vector<8xf32>
          %62 = vector.extract %57[1] : f32 from vector<8xf32>
          %63 = math.fma %61, %62, %60 : f32
          %64 = vector.extract %30[2] : f32 from vector<8xf32>
          %65 = vector.extract %57[2] : f32 from vector<8xf32>
          %66 = math.fma %64, %65, %63 : f32
          %67 = vector.extract %30[3] : f32 from vector<8xf32>
          %68 = vector.extract %57[3] : f32 from vector<8xf32>
          %69 = math.fma %67, %68, %66 : f32
          %70 = vector.extract %30[4] : f32 from vector<8xf32>
          %71 = vector.extract %57[4] : f32 from vector<8xf32>
          %72 = math.fma %70, %71, %69 : f32
          %73 = vector.extract %30[5] : f32 from vector<8xf32>
          %74 = vector.extract %57[5] : f32 from vector<8xf32>
          %75 = math.fma %73, %74, %72 : f32
          %76 = vector.extract %30[6] : f32 from vector<8xf32>
          %77 = vector.extract %57[6] : f32 from vector<8xf32>
          %78 = math.fma %76, %77, %75 : f32
          %79 = vector.extract %30[7] : f32 from vector<8xf32>
          %80 = vector.extract %57[7] : f32 from vector<8xf32>
          %81 = math.fma %79, %80, %78 : f32
          %shuffleResult, %valid = gpu.shuffle  xor %81, %c8_i32, %c32_i32 : f32
          %82 = arith.addf %81, %shuffleResult : f32
          %shuffleResult_15, %valid_16 = gpu.shuffle  xor %82, %c4_i32, %c32_i32 : f32
          %83 = arith.addf %82, %shuffleResult_15 : f32
          %shuffleResult_17, %valid_18 = gpu.shuffle  xor %83, %c2_i32, %c32_i32 : f32
          %84 = arith.addf %83, %shuffleResult_17 : f32
          %shuffleResult_19, %valid_20 = gpu.shuffle  xor %84, %c1_i32, %c32_i32 : f32
          %85 = arith.addf %84, %shuffleResult_19 : f32
          %86 = arith.addi %55, %c1 : index
          %87 = vector.load %view[%48, %86, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %88 = arith.extf %87 : vector<8xbf16> to vector<8xf32>
          %89 = vector.extract %88[0] : f32 from vector<8xf32>
          %90 = arith.mulf %58, %89 : f32
          %91 = vector.extract %88[1] : f32 from vector<8xf32>
          %92 = math.fma %61, %91, %90 : f32
          %93 = vector.extract %88[2] : f32 from vector<8xf32>
          %94 = math.fma %64, %93, %92 : f32
          %95 = vector.extract %88[3] : f32 from vector<8xf32>
          %96 = math.fma %67, %95, %94 : f32
          %97 = vector.extract %88[4] : f32 from vector<8xf32>
          %98 = math.fma %70, %97, %96 : f32
          %99 = vector.extract %88[5] : f32 from vector<8xf32>
          %100 = math.fma %73, %99, %98 : f32
          %101 = vector.extract %88[6] : f32 from vector<8xf32>
          %102 = math.fma %76, %101, %100 : f32
          %103 = vector.extract %88[7] : f32 from vector<8xf32>
          %104 = math.fma %79, %103, %102 : f32
          %shuffleResult_21, %valid_22 = gpu.shuffle  xor %104, %c8_i32, %c32_i32 : f32
          %105 = arith.addf %104, %shuffleResult_21 : f32
          %shuffleResult_23, %valid_24 = gpu.shuffle  xor %105, %c4_i32, %c32_i32 : f32
          %106 = arith.addf %105, %shuffleResult_23 : f32
          %shuffleResult_25, %valid_26 = gpu.shuffle  xor %106, %c2_i32, %c32_i32 : f32
          %107 = arith.addf %106, %shuffleResult_25 : f32
          %shuffleResult_27, %valid_28 = gpu.shuffle  xor %107, %c1_i32, %c32_i32 : f32
          %108 = arith.addf %107, %shuffleResult_27 : f32
          %109 = arith.addi %55, %c2 : index
          %110 = vector.load %view[%48, %109, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %111 = arith.extf %110 : vector<8xbf16> to vector<8xf32>
          %112 = vector.extract %111[0] : f32 from vector<8xf32>
          %113 = arith.mulf %58, %112 : f32
          %114 = vector.extract %111[1] : f32 from vector<8xf32>
          %115 = math.fma %61, %114, %113 : f32
          %116 = vector.extract %111[2] : f32 from vector<8xf32>
          %117 = math.fma %64, %116, %115 : f32
          %118 = vector.extract %111[3] : f32 from vector<8xf32>
          %119 = math.fma %67, %118, %117 : f32
          %120 = vector.extract %111[4] : f32 from vector<8xf32>
          %121 = math.fma %70, %120, %119 : f32
          %122 = vector.extract %111[5] : f32 from vector<8xf32>
          %123 = math.fma %73, %122, %121 : f32
          %124 = vector.extract %111[6] : f32 from vector<8xf32>
          %125 = math.fma %76, %124, %123 : f32
          %126 = vector.extract %111[7] : f32 from vector<8xf32>
          %127 = math.fma %79, %126, %125 : f32
          %shuffleResult_29, %valid_30 = gpu.shuffle  xor %127, %c8_i32, %c32_i32 : f32
          %128 = arith.addf %127, %shuffleResult_29 : f32
          %shuffleResult_31, %valid_32 = gpu.shuffle  xor %128, %c4_i32, %c32_i32 : f32
          %129 = arith.addf %128, %shuffleResult_31 : f32
          %shuffleResult_33, %valid_34 = gpu.shuffle  xor %129, %c2_i32, %c32_i32 : f32
          %130 = arith.addf %129, %shuffleResult_33 : f32
          %shuffleResult_35, %valid_36 = gpu.shuffle  xor %130, %c1_i32, %c32_i32 : f32
          %131 = arith.addf %130, %shuffleResult_35 : f32
          %132 = arith.addi %55, %c3 : index
          %133 = vector.load %view[%48, %132, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %134 = arith.extf %133 : vector<8xbf16> to vector<8xf32>
          %135 = vector.extract %134[0] : f32 from vector<8xf32>
          %136 = arith.mulf %58, %135 : f32
          %137 = vector.extract %134[1] : f32 from vector<8xf32>
          %138 = math.fma %61, %137, %136 : f32
          %139 = vector.extract %134[2] : f32 from vector<8xf32>
          %140 = math.fma %64, %139, %138 : f32
          %141 = vector.extract %134[3] : f32 from vector<8xf32>
          %142 = math.fma %67, %141, %140 : f32
          %143 = vector.extract %134[4] : f32 from vector<8xf32>
          %144 = math.fma %70, %143, %142 : f32
          %145 = vector.extract %134[5] : f32 from vector<8xf32>
          %146 = math.fma %73, %145, %144 : f32
          %147 = vector.extract %134[6] : f32 from vector<8xf32>
          %148 = math.fma %76, %147, %146 : f32
          %149 = vector.extract %134[7] : f32 from vector<8xf32>
          %150 = math.fma %79, %149, %148 : f32
          %shuffleResult_37, %valid_38 = gpu.shuffle  xor %150, %c8_i32, %c32_i32 : f32
          %151 = arith.addf %150, %shuffleResult_37 : f32
          %shuffleResult_39, %valid_40 = gpu.shuffle  xor %151, %c4_i32, %c32_i32 : f32
          %152 = arith.addf %151, %shuffleResult_39 : f32
          %shuffleResult_41, %valid_42 = gpu.shuffle  xor %152, %c2_i32, %c32_i32 : f32
          %153 = arith.addf %152, %shuffleResult_41 : f32
          %shuffleResult_43, %valid_44 = gpu.shuffle  xor %153, %c1_i32, %c32_i32 : f32
          %154 = arith.addf %153, %shuffleResult_43 : f32
          %155 = arith.addi %55, %c4 : index
          %156 = vector.load %view[%48, %155, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %157 = arith.extf %156 : vector<8xbf16> to vector<8xf32>
          %158 = vector.extract %157[0] : f32 from vector<8xf32>
          %159 = arith.mulf %58, %158 : f32
          %160 = vector.extract %157[1] : f32 from vector<8xf32>
          %161 = math.fma %61, %160, %159 : f32
          %162 = vector.extract %157[2] : f32 from vector<8xf32>
          %163 = math.fma %64, %162, %161 : f32
          %164 = vector.extract %157[3] : f32 from vector<8xf32>
          %165 = math.fma %67, %164, %163 : f32
          %166 = vector.extract %157[4] : f32 from vector<8xf32>
          %167 = math.fma %70, %166, %165 : f32
          %168 = vector.extract %157[5] : f32 from vector<8xf32>
          %169 = math.fma %73, %168, %167 : f32
          %170 = vector.extract %157[6] : f32 from vector<8xf32>
          %171 = math.fma %76, %170, %169 : f32
          %172 = vector.extract %157[7] : f32 from vector<8xf32>
          %173 = math.fma %79, %172, %171 : f32
          %shuffleResult_45, %valid_46 = gpu.shuffle  xor %173, %c8_i32, %c32_i32 : f32
          %174 = arith.addf %173, %shuffleResult_45 : f32
          %shuffleResult_47, %valid_48 = gpu.shuffle  xor %174, %c4_i32, %c32_i32 : f32
          %175 = arith.addf %174, %shuffleResult_47 : f32
          %shuffleResult_49, %valid_50 = gpu.shuffle  xor %175, %c2_i32, %c32_i32 : f32
          %176 = arith.addf %175, %shuffleResult_49 : f32
          %shuffleResult_51, %valid_52 = gpu.shuffle  xor %176, %c1_i32, %c32_i32 : f32
          %177 = arith.addf %176, %shuffleResult_51 : f32
          %178 = arith.addi %55, %c5 : index
          %179 = vector.load %view[%48, %178, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %180 = arith.extf %179 : vector<8xbf16> to vector<8xf32>
          %181 = vector.extract %180[0] : f32 from vector<8xf32>
          %182 = arith.mulf %58, %181 : f32
          %183 = vector.extract %180[1] : f32 from vector<8xf32>
          %184 = math.fma %61, %183, %182 : f32
          %185 = vector.extract %180[2] : f32 from vector<8xf32>
          %186 = math.fma %64, %185, %184 : f32
          %187 = vector.extract %180[3] : f32 from vector<8xf32>
          %188 = math.fma %67, %187, %186 : f32
          %189 = vector.extract %180[4] : f32 from vector<8xf32>
          %190 = math.fma %70, %189, %188 : f32
          %191 = vector.extract %180[5] : f32 from vector<8xf32>
          %192 = math.fma %73, %191, %190 : f32
          %193 = vector.extract %180[6] : f32 from vector<8xf32>
          %194 = math.fma %76, %193, %192 : f32
          %195 = vector.extract %180[7] : f32 from vector<8xf32>
          %196 = math.fma %79, %195, %194 : f32
          %shuffleResult_53, %valid_54 = gpu.shuffle  xor %196, %c8_i32, %c32_i32 : f32
          %197 = arith.addf %196, %shuffleResult_53 : f32
          %shuffleResult_55, %valid_56 = gpu.shuffle  xor %197, %c4_i32, %c32_i32 : f32
          %198 = arith.addf %197, %shuffleResult_55 : f32
          %shuffleResult_57, %valid_58 = gpu.shuffle  xor %198, %c2_i32, %c32_i32 : f32
          %199 = arith.addf %198, %shuffleResult_57 : f32
          %shuffleResult_59, %valid_60 = gpu.shuffle  xor %199, %c1_i32, %c32_i32 : f32
          %200 = arith.addf %199, %shuffleResult_59 : f32
          %201 = arith.addi %55, %c6 : index
          %202 = vector.load %view[%48, %201, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %203 = arith.extf %202 : vector<8xbf16> to vector<8xf32>
          %204 = vector.extract %203[0] : f32 from vector<8xf32>
          %205 = arith.mulf %58, %204 : f32
          %206 = vector.extract %203[1] : f32 from vector<8xf32>
          %207 = math.fma %61, %206, %205 : f32
          %208 = vector.extract %203[2] : f32 from vector<8xf32>
          %209 = math.fma %64, %208, %207 : f32
          %210 = vector.extract %203[3] : f32 from vector<8xf32>
          %211 = math.fma %67, %210, %209 : f32
          %212 = vector.extract %203[4] : f32 from vector<8xf32>
          %213 = math.fma %70, %212, %211 : f32
          %214 = vector.extract %203[5] : f32 from vector<8xf32>
          %215 = math.fma %73, %214, %213 : f32
          %216 = vector.extract %203[6] : f32 from vector<8xf32>
          %217 = math.fma %76, %216, %215 : f32
          %218 = vector.extract %203[7] : f32 from vector<8xf32>
          %219 = math.fma %79, %218, %217 : f32
          %shuffleResult_61, %valid_62 = gpu.shuffle  xor %219, %c8_i32, %c32_i32 : f32
          %220 = arith.addf %219, %shuffleResult_61 : f32
          %shuffleResult_63, %valid_64 = gpu.shuffle  xor %220, %c4_i32, %c32_i32 : f32
          %221 = arith.addf %220, %shuffleResult_63 : f32
          %shuffleResult_65, %valid_66 = gpu.shuffle  xor %221, %c2_i32, %c32_i32 : f32
          %222 = arith.addf %221, %shuffleResult_65 : f32
          %shuffleResult_67, %valid_68 = gpu.shuffle  xor %222, %c1_i32, %c32_i32 : f32
          %223 = arith.addf %222, %shuffleResult_67 : f32
          %224 = arith.addi %55, %c7 : index
          %225 = vector.load %view[%48, %224, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %226 = arith.extf %225 : vector<8xbf16> to vector<8xf32>
          %227 = vector.extract %226[0] : f32 from vector<8xf32>
          %228 = arith.mulf %58, %227 : f32
          %229 = vector.extract %226[1] : f32 from vector<8xf32>
          %230 = math.fma %61, %229, %228 : f32
          %231 = vector.extract %226[2] : f32 from vector<8xf32>
          %232 = math.fma %64, %231, %230 : f32
          %233 = vector.extract %226[3] : f32 from vector<8xf32>
          %234 = math.fma %67, %233, %232 : f32
          %235 = vector.extract %226[4] : f32 from vector<8xf32>
          %236 = math.fma %70, %235, %234 : f32
          %237 = vector.extract %226[5] : f32 from vector<8xf32>
          %238 = math.fma %73, %237, %236 : f32
          %239 = vector.extract %226[6] : f32 from vector<8xf32>
          %240 = math.fma %76, %239, %238 : f32
          %241 = vector.extract %226[7] : f32 from vector<8xf32>
          %242 = math.fma %79, %241, %240 : f32
          %shuffleResult_69, %valid_70 = gpu.shuffle  xor %242, %c8_i32, %c32_i32 : f32
          %243 = arith.addf %242, %shuffleResult_69 : f32
          %shuffleResult_71, %valid_72 = gpu.shuffle  xor %243, %c4_i32, %c32_i32 : f32
          %244 = arith.addf %243, %shuffleResult_71 : f32
          %shuffleResult_73, %valid_74 = gpu.shuffle  xor %244, %c2_i32, %c32_i32 : f32
          %245 = arith.addf %244, %shuffleResult_73 : f32
          %shuffleResult_75, %valid_76 = gpu.shuffle  xor %245, %c1_i32, %c32_i32 : f32
          %246 = arith.addf %245, %shuffleResult_75 : f32
          %247 = arith.addi %54, %55 : index
          %248 = arith.cmpi ult, %247, %16 : index
          %249 = arith.select %248, %85, %cst_3 : f32
          %250 = arith.addi %54, %86 : index
          %251 = arith.cmpi ult, %250, %16 : index
          %252 = arith.select %251, %108, %cst_3 : f32
          %253 = arith.addi %54, %109 : index
          %254 = arith.cmpi ult, %253, %16 : index
          %255 = arith.select %254, %131, %cst_3 : f32
          %256 = arith.addi %54, %132 : index
          %257 = arith.cmpi ult, %256, %16 : index
          %258 = arith.select %257, %154, %cst_3 : f32
          %259 = arith.addi %54, %155 : index
          %260 = arith.cmpi ult, %259, %16 : index
          %261 = arith.select %260, %177, %cst_3 : f32
          %262 = arith.addi %54, %178 : index
          %263 = arith.cmpi ult, %262, %16 : index
          %264 = arith.select %263, %200, %cst_3 : f32
          %265 = arith.addi %54, %201 : index
          %266 = arith.cmpi ult, %265, %16 : index
          %267 = arith.select %266, %223, %cst_3 : f32
          %268 = arith.addi %54, %224 : index
          %269 = arith.cmpi ult, %268, %16 : index
          %270 = arith.select %269, %246, %cst_3 : f32
          %271 = vector.load %view_5[%48, %55, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %272 = arith.extf %271 : vector<8xbf16> to vector<8xf32>
          %273 = vector.load %view_5[%48, %86, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %274 = arith.extf %273 : vector<8xbf16> to vector<8xf32>
          %275 = vector.load %view_5[%48, %109, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %276 = arith.extf %275 : vector<8xbf16> to vector<8xf32>
          %277 = vector.load %view_5[%48, %132, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %278 = arith.extf %277 : vector<8xbf16> to vector<8xf32>
          %279 = vector.load %view_5[%48, %155, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %280 = arith.extf %279 : vector<8xbf16> to vector<8xf32>
          %281 = vector.load %view_5[%48, %178, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %282 = arith.extf %281 : vector<8xbf16> to vector<8xf32>
          %283 = vector.load %view_5[%48, %201, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %284 = arith.extf %283 : vector<8xbf16> to vector<8xf32>
          %285 = vector.load %view_5[%48, %224, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %286 = arith.extf %285 : vector<8xbf16> to vector<8xf32>
          %287 = arith.maximumf %arg17, %249 : f32
          %288 = arith.maximumf %287, %252 : f32
          %289 = arith.maximumf %288, %255 : f32
          %290 = arith.maximumf %289, %258 : f32
          %291 = arith.maximumf %290, %261 : f32
          %292 = arith.maximumf %291, %264 : f32
          %293 = arith.maximumf %292, %267 : f32
          %294 = arith.maximumf %293, %270 : f32
          %295 = arith.cmpf oeq, %294, %cst_3 : f32
          %296 = arith.select %295, %cst_2, %294 : f32
          %297 = arith.subf %arg17, %296 : f32
          %298 = math.exp2 %297 fastmath<afn> : f32
          %299 = arith.mulf %arg18, %298 : f32
          %300 = vector.broadcast %298 : f32 to vector<8xf32>
          %301 = arith.mulf %arg19, %300 : vector<8xf32>
          %302 = arith.subf %249, %296 : f32
          %303 = math.exp2 %302 fastmath<afn> : f32
          %304 = arith.addf %299, %303 : f32
          %305 = vector.broadcast %303 : f32 to vector<8xf32>
          %306 = vector.fma %305, %272, %301 : vector<8xf32>
          %307 = arith.subf %252, %296 : f32
          %308 = math.exp2 %307 fastmath<afn> : f32
          %309 = arith.addf %304, %308 : f32
          %310 = vector.broadcast %308 : f32 to vector<8xf32>
          %311 = vector.fma %310, %274, %306 : vector<8xf32>
          %312 = arith.subf %255, %296 : f32
          %313 = math.exp2 %312 fastmath<afn> : f32
          %314 = arith.addf %309, %313 : f32
          %315 = vector.broadcast %313 : f32 to vector<8xf32>
          %316 = vector.fma %315, %276, %311 : vector<8xf32>
          %317 = arith.subf %258, %296 : f32
          %318 = math.exp2 %317 fastmath<afn> : f32
          %319 = arith.addf %314, %318 : f32
          %320 = vector.broadcast %318 : f32 to vector<8xf32>
          %321 = vector.fma %320, %278, %316 : vector<8xf32>
          %322 = arith.subf %261, %296 : f32
          %323 = math.exp2 %322 fastmath<afn> : f32
          %324 = arith.addf %319, %323 : f32
          %325 = vector.broadcast %323 : f32 to vector<8xf32>
          %326 = vector.fma %325, %280, %321 : vector<8xf32>
          %327 = arith.subf %264, %296 : f32
          %328 = math.exp2 %327 fastmath<afn> : f32
          %329 = arith.addf %324, %328 : f32
          %330 = vector.broadcast %328 : f32 to vector<8xf32>
          %331 = vector.fma %330, %282, %326 : vector<8xf32>
          %332 = arith.subf %267, %296 : f32
          %333 = math.exp2 %332 fastmath<afn> : f32
          %334 = arith.addf %329, %333 : f32
          %335 = vector.broadcast %333 : f32 to vector<8xf32>
          %336 = vector.fma %335, %284, %331 : vector<8xf32>
          %337 = arith.subf %270, %296 : f32
          %338 = math.exp2 %337 fastmath<afn> : f32
          %339 = arith.addf %334, %338 : f32
          %340 = vector.broadcast %338 : f32 to vector<8xf32>
          %341 = vector.fma %340, %286, %336 : vector<8xf32>
          gpu.barrier
          scf.yield %294, %339, %341, %52#0, %52#1 : f32, f32, vector<8xf32>, index, index
        }
        attn.wait_kv_tiles pending = 0
        %view_10 = memref.view %view_6[%c0][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4x128xf32, #gpu.address_space<workgroup>>
        %view_11 = memref.view %view_6[%c4096][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4xf32, #gpu.address_space<workgroup>>
        %view_12 = memref.view %view_6[%c4128][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4xf32, #gpu.address_space<workgroup>>
        vector.store %34#2, %view_10[%1, %4, %2] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
        %35 = arith.cmpi eq, %0, %c0 : index
        scf.if %35 {
          memref.store %34#0, %view_11[%1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          memref.store %34#1, %view_12[%1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
        }
        gpu.barrier
        %36 = arith.cmpi eq, %1, %c0 : index
        %37:3 = scf.if %36 -> (f32, f32, vector<8xf32>) {
          %48 = memref.load %view_11[%c0, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %49 = memref.load %view_12[%c0, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %50 = vector.load %view_10[%c0, %4, %2] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %51 = arith.cmpf oeq, %48, %cst_3 : f32
          %52 = arith.select %51, %cst_2, %48 : f32
          %53 = arith.subf %cst_3, %52 : f32
          %54 = math.exp2 %53 fastmath<afn> : f32
          %55 = arith.subf %48, %52 : f32
          %56 = math.exp2 %55 fastmath<afn> : f32
          %57 = arith.mulf %54, %cst_2 : f32
          %58 = arith.mulf %49, %56 : f32
          %59 = arith.addf %57, %58 : f32
          %60 = vector.broadcast %56 : f32 to vector<8xf32>
          %61 = vector.broadcast %54 : f32 to vector<8xf32>
          %62 = arith.mulf %61, %cst_1 : vector<8xf32>
          %63 = vector.fma %60, %50, %62 : vector<8xf32>
          %64 = memref.load %view_11[%c1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %65 = memref.load %view_12[%c1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %66 = vector.load %view_10[%c1, %4, %2] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %67 = arith.maximumf %48, %64 : f32
          %68 = arith.cmpf oeq, %67, %cst_3 : f32
          %69 = arith.select %68, %cst_2, %67 : f32
          %70 = arith.subf %48, %69 : f32
          %71 = math.exp2 %70 fastmath<afn> : f32
          %72 = arith.subf %64, %69 : f32
          %73 = math.exp2 %72 fastmath<afn> : f32
          %74 = arith.mulf %59, %71 : f32
          %75 = arith.mulf %65, %73 : f32
          %76 = arith.addf %74, %75 : f32
          %77 = vector.broadcast %73 : f32 to vector<8xf32>
          %78 = vector.broadcast %71 : f32 to vector<8xf32>
          %79 = arith.mulf %63, %78 : vector<8xf32>
          %80 = vector.fma %77, %66, %79 : vector<8xf32>
          scf.yield %67, %76, %80 : f32, f32, vector<8xf32>
        } else {
          scf.yield %34#0, %34#1, %34#2 : f32, f32, vector<8xf32>
        }
        %38 = arith.cmpf ogt, %37#1, %cst_2 : f32
        %39 = arith.select %38, %37#1, %cst_0 : f32
        %40 = vector.broadcast %39 : f32 to vector<8xf32>
        %41 = arith.divf %37#2, %40 : vector<8xf32>
        %42 = arith.select %38, %41, %cst_1 : vector<8xf32>
        %43 = math.log2 %39 fastmath<afn> : f32
        %44 = arith.addf %37#0, %43 : f32
        %45 = arith.mulf %44, %cst : f32
        %46 = arith.select %38, %45, %cst_3 : f32
        %47 = arith.cmpi slt, %17, %c0_i32 : i32
        scf.if %47 {
          scf.if %36 {
            %48 = arith.truncf %42 : vector<8xf32> to vector<8xbf16>
            vector.store %48, %arg12[%19, %27, %2] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
            scf.if %35 {
              memref.store %46, %arg13[%19, %27] : memref<?x32xf32>
            }
          }
        } else {
          %48 = arith.index_cast %17 : i32 to index
          scf.if %36 {
            vector.store %42, %arg14[%48, %27, %2] {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
            scf.if %35 {
              memref.store %46, %arg15[%48, %27] : memref<?x32xf32>
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

