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
        %31 = arith.cmpi ugt, %25, %c0_7 : index
        %32:2 = scf.if %31 -> (index, index) {
          %50:2 = attn.kv_tile_pages %arg5[%21] tile %c0_7 group %6 keys[%14, %16) {page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64} : memref<?xi32> -> index, index
          scf.yield %50#0, %50#1 : index, index
        } else {
          %c0_12 = arith.constant 0 : index
          scf.yield %c0_12, %c0_12 : index, index
        }
        %33 = arith.cmpi ugt, %25, %c0_7 : index
        scf.if %33 {
          %c0_12 = arith.constant 0 : index
          attn.copy_kv_tile k(%arg2 : memref<?x16x8x128xbf16>) v(%arg3 : memref<?x16x8x128xbf16>) pages(%32#0, %32#1) head %block_id_y col %2 tile %c0_7 group %6 keys[%14, %16) into(%view, %view_5 : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, memref<2x16x128xbf16, #gpu.address_space<workgroup>>) [%c0_12] {async, page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64, vec = 8 : i64}
        }
        attn.commit_kv_tiles
        %c0_8 = arith.constant 0 : index
        %34 = arith.cmpi ugt, %25, %c0_8 : index
        %35:2 = scf.if %34 -> (index, index) {
          %50:2 = attn.kv_tile_pages %arg5[%21] tile %c1 group %6 keys[%14, %16) {page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64} : memref<?xi32> -> index, index
          scf.yield %50#0, %50#1 : index, index
        } else {
          %c0_12 = arith.constant 0 : index
          scf.yield %c0_12, %c0_12 : index, index
        }
        %36:5 = scf.for %arg16 = %c0 to %25 step %c1 iter_args(%arg17 = %cst_3, %arg18 = %cst_2, %arg19 = %cst_1, %arg20 = %35#0, %arg21 = %35#1) -> (f32, f32, vector<8xf32>, index, index) {
          %50 = arith.remui %arg16, %c2 : index
          %51 = arith.addi %arg16, %c1 : index
          %52 = arith.cmpi ult, %51, %25 : index
          scf.if %52 {
            %344 = arith.remui %51, %c2 : index
            attn.copy_kv_tile k(%arg2 : memref<?x16x8x128xbf16>) v(%arg3 : memref<?x16x8x128xbf16>) pages(%arg20, %arg21) head %block_id_y col %2 tile %51 group %6 keys[%14, %16) into(%view, %view_5 : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, memref<2x16x128xbf16, #gpu.address_space<workgroup>>) [%344] {async, page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64, vec = 8 : i64}
          }
          attn.commit_kv_tiles
          %c2_12 = arith.constant 2 : index
          %53 = arith.addi %arg16, %c2_12 : index
          %54:2 = attn.kv_tile_pages %arg5[%21] tile %53 group %6 keys[%14, %16) {page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 16 : i64} : memref<?xi32> -> index, index
          attn.wait_kv_tiles pending = 1
          gpu.barrier
          %55 = arith.muli %arg16, %c16 : index
          %56 = arith.addi %14, %55 : index
          %57 = arith.muli %1, %c8 : index
          %58 = vector.load %view[%50, %57, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %59 = arith.extf %58 : vector<8xbf16> to vector<8xf32>
          %60 = vector.extract %30[0] : f32 from vector<8xf32>
          %61 = vector.extract %59[0] : f32 from vector<8xf32>
          %62 = arith.mulf %60, %61 : f32
          %63 = vector.extract %30[1] : f32 from vector<8xf32>
          %64 = vector.extract %59[1] : f32 from vector<8xf32>
          %65 = math.fma %63, %64, %62 : f32
          %66 = vector.extract %30[2] : f32 from vector<8xf32>
          %67 = vector.extract %59[2] : f32 from vector<8xf32>
          %68 = math.fma %66, %67, %65 : f32
          %69 = vector.extract %30[3] : f32 from vector<8xf32>
          %70 = vector.extract %59[3] : f32 from vector<8xf32>
          %71 = math.fma %69, %70, %68 : f32
          %72 = vector.extract %30[4] : f32 from vector<8xf32>
          %73 = vector.extract %59[4] : f32 from vector<8xf32>
          %74 = math.fma %72, %73, %71 : f32
          %75 = vector.extract %30[5] : f32 from vector<8xf32>
          %76 = vector.extract %59[5] : f32 from vector<8xf32>
          %77 = math.fma %75, %76, %74 : f32
          %78 = vector.extract %30[6] : f32 from vector<8xf32>
          %79 = vector.extract %59[6] : f32 from vector<8xf32>
          %80 = math.fma %78, %79, %77 : f32
          %81 = vector.extract %30[7] : f32 from vector<8xf32>
          %82 = vector.extract %59[7] : f32 from vector<8xf32>
          %83 = math.fma %81, %82, %80 : f32
          %shuffleResult, %valid = gpu.shuffle  xor %83, %c8_i32, %c32_i32 : f32
          %84 = arith.addf %83, %shuffleResult : f32
          %shuffleResult_13, %valid_14 = gpu.shuffle  xor %84, %c4_i32, %c32_i32 : f32
          %85 = arith.addf %84, %shuffleResult_13 : f32
          %shuffleResult_15, %valid_16 = gpu.shuffle  xor %85, %c2_i32, %c32_i32 : f32
          %86 = arith.addf %85, %shuffleResult_15 : f32
          %shuffleResult_17, %valid_18 = gpu.shuffle  xor %86, %c1_i32, %c32_i32 : f32
          %87 = arith.addf %86, %shuffleResult_17 : f32
          %88 = arith.addi %57, %c1 : index
          %89 = vector.load %view[%50, %88, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %90 = arith.extf %89 : vector<8xbf16> to vector<8xf32>
          %91 = vector.extract %90[0] : f32 from vector<8xf32>
          %92 = arith.mulf %60, %91 : f32
          %93 = vector.extract %90[1] : f32 from vector<8xf32>
          %94 = math.fma %63, %93, %92 : f32
          %95 = vector.extract %90[2] : f32 from vector<8xf32>
          %96 = math.fma %66, %95, %94 : f32
          %97 = vector.extract %90[3] : f32 from vector<8xf32>
          %98 = math.fma %69, %97, %96 : f32
          %99 = vector.extract %90[4] : f32 from vector<8xf32>
          %100 = math.fma %72, %99, %98 : f32
          %101 = vector.extract %90[5] : f32 from vector<8xf32>
          %102 = math.fma %75, %101, %100 : f32
          %103 = vector.extract %90[6] : f32 from vector<8xf32>
          %104 = math.fma %78, %103, %102 : f32
          %105 = vector.extract %90[7] : f32 from vector<8xf32>
          %106 = math.fma %81, %105, %104 : f32
          %shuffleResult_19, %valid_20 = gpu.shuffle  xor %106, %c8_i32, %c32_i32 : f32
          %107 = arith.addf %106, %shuffleResult_19 : f32
          %shuffleResult_21, %valid_22 = gpu.shuffle  xor %107, %c4_i32, %c32_i32 : f32
          %108 = arith.addf %107, %shuffleResult_21 : f32
          %shuffleResult_23, %valid_24 = gpu.shuffle  xor %108, %c2_i32, %c32_i32 : f32
          %109 = arith.addf %108, %shuffleResult_23 : f32
          %shuffleResult_25, %valid_26 = gpu.shuffle  xor %109, %c1_i32, %c32_i32 : f32
          %110 = arith.addf %109, %shuffleResult_25 : f32
          %111 = arith.addi %57, %c2 : index
          %112 = vector.load %view[%50, %111, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %113 = arith.extf %112 : vector<8xbf16> to vector<8xf32>
          %114 = vector.extract %113[0] : f32 from vector<8xf32>
          %115 = arith.mulf %60, %114 : f32
          %116 = vector.extract %113[1] : f32 from vector<8xf32>
          %117 = math.fma %63, %116, %115 : f32
          %118 = vector.extract %113[2] : f32 from vector<8xf32>
          %119 = math.fma %66, %118, %117 : f32
          %120 = vector.extract %113[3] : f32 from vector<8xf32>
          %121 = math.fma %69, %120, %119 : f32
          %122 = vector.extract %113[4] : f32 from vector<8xf32>
          %123 = math.fma %72, %122, %121 : f32
          %124 = vector.extract %113[5] : f32 from vector<8xf32>
          %125 = math.fma %75, %124, %123 : f32
          %126 = vector.extract %113[6] : f32 from vector<8xf32>
          %127 = math.fma %78, %126, %125 : f32
          %128 = vector.extract %113[7] : f32 from vector<8xf32>
          %129 = math.fma %81, %128, %127 : f32
          %shuffleResult_27, %valid_28 = gpu.shuffle  xor %129, %c8_i32, %c32_i32 : f32
          %130 = arith.addf %129, %shuffleResult_27 : f32
          %shuffleResult_29, %valid_30 = gpu.shuffle  xor %130, %c4_i32, %c32_i32 : f32
          %131 = arith.addf %130, %shuffleResult_29 : f32
          %shuffleResult_31, %valid_32 = gpu.shuffle  xor %131, %c2_i32, %c32_i32 : f32
          %132 = arith.addf %131, %shuffleResult_31 : f32
          %shuffleResult_33, %valid_34 = gpu.shuffle  xor %132, %c1_i32, %c32_i32 : f32
          %133 = arith.addf %132, %shuffleResult_33 : f32
          %134 = arith.addi %57, %c3 : index
          %135 = vector.load %view[%50, %134, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %136 = arith.extf %135 : vector<8xbf16> to vector<8xf32>
          %137 = vector.extract %136[0] : f32 from vector<8xf32>
          %138 = arith.mulf %60, %137 : f32
          %139 = vector.extract %136[1] : f32 from vector<8xf32>
          %140 = math.fma %63, %139, %138 : f32
          %141 = vector.extract %136[2] : f32 from vector<8xf32>
          %142 = math.fma %66, %141, %140 : f32
          %143 = vector.extract %136[3] : f32 from vector<8xf32>
          %144 = math.fma %69, %143, %142 : f32
          %145 = vector.extract %136[4] : f32 from vector<8xf32>
          %146 = math.fma %72, %145, %144 : f32
          %147 = vector.extract %136[5] : f32 from vector<8xf32>
          %148 = math.fma %75, %147, %146 : f32
          %149 = vector.extract %136[6] : f32 from vector<8xf32>
          %150 = math.fma %78, %149, %148 : f32
          %151 = vector.extract %136[7] : f32 from vector<8xf32>
          %152 = math.fma %81, %151, %150 : f32
          %shuffleResult_35, %valid_36 = gpu.shuffle  xor %152, %c8_i32, %c32_i32 : f32
          %153 = arith.addf %152, %shuffleResult_35 : f32
          %shuffleResult_37, %valid_38 = gpu.shuffle  xor %153, %c4_i32, %c32_i32 : f32
          %154 = arith.addf %153, %shuffleResult_37 : f32
          %shuffleResult_39, %valid_40 = gpu.shuffle  xor %154, %c2_i32, %c32_i32 : f32
          %155 = arith.addf %154, %shuffleResult_39 : f32
          %shuffleResult_41, %valid_42 = gpu.shuffle  xor %155, %c1_i32, %c32_i32 : f32
          %156 = arith.addf %155, %shuffleResult_41 : f32
          %157 = arith.addi %57, %c4 : index
          %158 = vector.load %view[%50, %157, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %159 = arith.extf %158 : vector<8xbf16> to vector<8xf32>
          %160 = vector.extract %159[0] : f32 from vector<8xf32>
          %161 = arith.mulf %60, %160 : f32
          %162 = vector.extract %159[1] : f32 from vector<8xf32>
          %163 = math.fma %63, %162, %161 : f32
          %164 = vector.extract %159[2] : f32 from vector<8xf32>
          %165 = math.fma %66, %164, %163 : f32
          %166 = vector.extract %159[3] : f32 from vector<8xf32>
          %167 = math.fma %69, %166, %165 : f32
          %168 = vector.extract %159[4] : f32 from vector<8xf32>
          %169 = math.fma %72, %168, %167 : f32
          %170 = vector.extract %159[5] : f32 from vector<8xf32>
          %171 = math.fma %75, %170, %169 : f32
          %172 = vector.extract %159[6] : f32 from vector<8xf32>
          %173 = math.fma %78, %172, %171 : f32
          %174 = vector.extract %159[7] : f32 from vector<8xf32>
          %175 = math.fma %81, %174, %173 : f32
          %shuffleResult_43, %valid_44 = gpu.shuffle  xor %175, %c8_i32, %c32_i32 : f32
          %176 = arith.addf %175, %shuffleResult_43 : f32
          %shuffleResult_45, %valid_46 = gpu.shuffle  xor %176, %c4_i32, %c32_i32 : f32
          %177 = arith.addf %176, %shuffleResult_45 : f32
          %shuffleResult_47, %valid_48 = gpu.shuffle  xor %177, %c2_i32, %c32_i32 : f32
          %178 = arith.addf %177, %shuffleResult_47 : f32
          %shuffleResult_49, %valid_50 = gpu.shuffle  xor %178, %c1_i32, %c32_i32 : f32
          %179 = arith.addf %178, %shuffleResult_49 : f32
          %180 = arith.addi %57, %c5 : index
          %181 = vector.load %view[%50, %180, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %182 = arith.extf %181 : vector<8xbf16> to vector<8xf32>
          %183 = vector.extract %182[0] : f32 from vector<8xf32>
          %184 = arith.mulf %60, %183 : f32
          %185 = vector.extract %182[1] : f32 from vector<8xf32>
          %186 = math.fma %63, %185, %184 : f32
          %187 = vector.extract %182[2] : f32 from vector<8xf32>
          %188 = math.fma %66, %187, %186 : f32
          %189 = vector.extract %182[3] : f32 from vector<8xf32>
          %190 = math.fma %69, %189, %188 : f32
          %191 = vector.extract %182[4] : f32 from vector<8xf32>
          %192 = math.fma %72, %191, %190 : f32
          %193 = vector.extract %182[5] : f32 from vector<8xf32>
          %194 = math.fma %75, %193, %192 : f32
          %195 = vector.extract %182[6] : f32 from vector<8xf32>
          %196 = math.fma %78, %195, %194 : f32
          %197 = vector.extract %182[7] : f32 from vector<8xf32>
          %198 = math.fma %81, %197, %196 : f32
          %shuffleResult_51, %valid_52 = gpu.shuffle  xor %198, %c8_i32, %c32_i32 : f32
          %199 = arith.addf %198, %shuffleResult_51 : f32
          %shuffleResult_53, %valid_54 = gpu.shuffle  xor %199, %c4_i32, %c32_i32 : f32
          %200 = arith.addf %199, %shuffleResult_53 : f32
          %shuffleResult_55, %valid_56 = gpu.shuffle  xor %200, %c2_i32, %c32_i32 : f32
          %201 = arith.addf %200, %shuffleResult_55 : f32
          %shuffleResult_57, %valid_58 = gpu.shuffle  xor %201, %c1_i32, %c32_i32 : f32
          %202 = arith.addf %201, %shuffleResult_57 : f32
          %203 = arith.addi %57, %c6 : index
          %204 = vector.load %view[%50, %203, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %205 = arith.extf %204 : vector<8xbf16> to vector<8xf32>
          %206 = vector.extract %205[0] : f32 from vector<8xf32>
          %207 = arith.mulf %60, %206 : f32
          %208 = vector.extract %205[1] : f32 from vector<8xf32>
          %209 = math.fma %63, %208, %207 : f32
          %210 = vector.extract %205[2] : f32 from vector<8xf32>
          %211 = math.fma %66, %210, %209 : f32
          %212 = vector.extract %205[3] : f32 from vector<8xf32>
          %213 = math.fma %69, %212, %211 : f32
          %214 = vector.extract %205[4] : f32 from vector<8xf32>
          %215 = math.fma %72, %214, %213 : f32
          %216 = vector.extract %205[5] : f32 from vector<8xf32>
          %217 = math.fma %75, %216, %215 : f32
          %218 = vector.extract %205[6] : f32 from vector<8xf32>
          %219 = math.fma %78, %218, %217 : f32
          %220 = vector.extract %205[7] : f32 from vector<8xf32>
          %221 = math.fma %81, %220, %219 : f32
          %shuffleResult_59, %valid_60 = gpu.shuffle  xor %221, %c8_i32, %c32_i32 : f32
          %222 = arith.addf %221, %shuffleResult_59 : f32
          %shuffleResult_61, %valid_62 = gpu.shuffle  xor %222, %c4_i32, %c32_i32 : f32
          %223 = arith.addf %222, %shuffleResult_61 : f32
          %shuffleResult_63, %valid_64 = gpu.shuffle  xor %223, %c2_i32, %c32_i32 : f32
          %224 = arith.addf %223, %shuffleResult_63 : f32
          %shuffleResult_65, %valid_66 = gpu.shuffle  xor %224, %c1_i32, %c32_i32 : f32
          %225 = arith.addf %224, %shuffleResult_65 : f32
          %226 = arith.addi %57, %c7 : index
          %227 = vector.load %view[%50, %226, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %228 = arith.extf %227 : vector<8xbf16> to vector<8xf32>
          %229 = vector.extract %228[0] : f32 from vector<8xf32>
          %230 = arith.mulf %60, %229 : f32
          %231 = vector.extract %228[1] : f32 from vector<8xf32>
          %232 = math.fma %63, %231, %230 : f32
          %233 = vector.extract %228[2] : f32 from vector<8xf32>
          %234 = math.fma %66, %233, %232 : f32
          %235 = vector.extract %228[3] : f32 from vector<8xf32>
          %236 = math.fma %69, %235, %234 : f32
          %237 = vector.extract %228[4] : f32 from vector<8xf32>
          %238 = math.fma %72, %237, %236 : f32
          %239 = vector.extract %228[5] : f32 from vector<8xf32>
          %240 = math.fma %75, %239, %238 : f32
          %241 = vector.extract %228[6] : f32 from vector<8xf32>
          %242 = math.fma %78, %241, %240 : f32
          %243 = vector.extract %228[7] : f32 from vector<8xf32>
          %244 = math.fma %81, %243, %242 : f32
          %shuffleResult_67, %valid_68 = gpu.shuffle  xor %244, %c8_i32, %c32_i32 : f32
          %245 = arith.addf %244, %shuffleResult_67 : f32
          %shuffleResult_69, %valid_70 = gpu.shuffle  xor %245, %c4_i32, %c32_i32 : f32
          %246 = arith.addf %245, %shuffleResult_69 : f32
          %shuffleResult_71, %valid_72 = gpu.shuffle  xor %246, %c2_i32, %c32_i32 : f32
          %247 = arith.addf %246, %shuffleResult_71 : f32
          %shuffleResult_73, %valid_74 = gpu.shuffle  xor %247, %c1_i32, %c32_i32 : f32
          %248 = arith.addf %247, %shuffleResult_73 : f32
          %249 = arith.addi %56, %57 : index
          %250 = arith.cmpi ult, %249, %16 : index
          %251 = arith.select %250, %87, %cst_3 : f32
          %252 = arith.addi %56, %88 : index
          %253 = arith.cmpi ult, %252, %16 : index
          %254 = arith.select %253, %110, %cst_3 : f32
          %255 = arith.addi %56, %111 : index
          %256 = arith.cmpi ult, %255, %16 : index
          %257 = arith.select %256, %133, %cst_3 : f32
          %258 = arith.addi %56, %134 : index
          %259 = arith.cmpi ult, %258, %16 : index
          %260 = arith.select %259, %156, %cst_3 : f32
          %261 = arith.addi %56, %157 : index
          %262 = arith.cmpi ult, %261, %16 : index
          %263 = arith.select %262, %179, %cst_3 : f32
          %264 = arith.addi %56, %180 : index
          %265 = arith.cmpi ult, %264, %16 : index
          %266 = arith.select %265, %202, %cst_3 : f32
          %267 = arith.addi %56, %203 : index
          %268 = arith.cmpi ult, %267, %16 : index
          %269 = arith.select %268, %225, %cst_3 : f32
          %270 = arith.addi %56, %226 : index
          %271 = arith.cmpi ult, %270, %16 : index
          %272 = arith.select %271, %248, %cst_3 : f32
          %273 = vector.load %view_5[%50, %57, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %274 = arith.extf %273 : vector<8xbf16> to vector<8xf32>
          %275 = vector.load %view_5[%50, %88, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %276 = arith.extf %275 : vector<8xbf16> to vector<8xf32>
          %277 = vector.load %view_5[%50, %111, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %278 = arith.extf %277 : vector<8xbf16> to vector<8xf32>
          %279 = vector.load %view_5[%50, %134, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %280 = arith.extf %279 : vector<8xbf16> to vector<8xf32>
          %281 = vector.load %view_5[%50, %157, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %282 = arith.extf %281 : vector<8xbf16> to vector<8xf32>
          %283 = vector.load %view_5[%50, %180, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %284 = arith.extf %283 : vector<8xbf16> to vector<8xf32>
          %285 = vector.load %view_5[%50, %203, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %286 = arith.extf %285 : vector<8xbf16> to vector<8xf32>
          %287 = vector.load %view_5[%50, %226, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %288 = arith.extf %287 : vector<8xbf16> to vector<8xf32>
          %289 = arith.maximumf %arg17, %251 : f32
          %290 = arith.maximumf %289, %254 : f32
          %291 = arith.maximumf %290, %257 : f32
          %292 = arith.maximumf %291, %260 : f32
          %293 = arith.maximumf %292, %263 : f32
          %294 = arith.maximumf %293, %266 : f32
          %295 = arith.maximumf %294, %269 : f32
          %296 = arith.maximumf %295, %272 : f32
          %297 = arith.cmpf oeq, %296, %cst_3 : f32
          %298 = arith.select %297, %cst_2, %296 : f32
          %299 = arith.subf %arg17, %298 : f32
          %300 = math.exp2 %299 fastmath<afn> : f32
          %301 = arith.mulf %arg18, %300 : f32
          %302 = vector.broadcast %300 : f32 to vector<8xf32>
          %303 = arith.mulf %arg19, %302 : vector<8xf32>
          %304 = arith.subf %251, %298 : f32
          %305 = math.exp2 %304 fastmath<afn> : f32
          %306 = arith.addf %301, %305 : f32
          %307 = vector.broadcast %305 : f32 to vector<8xf32>
          %308 = vector.fma %307, %274, %303 : vector<8xf32>
          %309 = arith.subf %254, %298 : f32
          %310 = math.exp2 %309 fastmath<afn> : f32
          %311 = arith.addf %306, %310 : f32
          %312 = vector.broadcast %310 : f32 to vector<8xf32>
          %313 = vector.fma %312, %276, %308 : vector<8xf32>
          %314 = arith.subf %257, %298 : f32
          %315 = math.exp2 %314 fastmath<afn> : f32
          %316 = arith.addf %311, %315 : f32
          %317 = vector.broadcast %315 : f32 to vector<8xf32>
          %318 = vector.fma %317, %278, %313 : vector<8xf32>
          %319 = arith.subf %260, %298 : f32
          %320 = math.exp2 %319 fastmath<afn> : f32
          %321 = arith.addf %316, %320 : f32
          %322 = vector.broadcast %320 : f32 to vector<8xf32>
          %323 = vector.fma %322, %280, %318 : vector<8xf32>
          %324 = arith.subf %263, %298 : f32
          %325 = math.exp2 %324 fastmath<afn> : f32
          %326 = arith.addf %321, %325 : f32
          %327 = vector.broadcast %325 : f32 to vector<8xf32>
          %328 = vector.fma %327, %282, %323 : vector<8xf32>
          %329 = arith.subf %266, %298 : f32
          %330 = math.exp2 %329 fastmath<afn> : f32
          %331 = arith.addf %326, %330 : f32
          %332 = vector.broadcast %330 : f32 to vector<8xf32>
          %333 = vector.fma %332, %284, %328 : vector<8xf32>
          %334 = arith.subf %269, %298 : f32
          %335 = math.exp2 %334 fastmath<afn> : f32
          %336 = arith.addf %331, %335 : f32
          %337 = vector.broadcast %335 : f32 to vector<8xf32>
          %338 = vector.fma %337, %286, %333 : vector<8xf32>
          %339 = arith.subf %272, %298 : f32
          %340 = math.exp2 %339 fastmath<afn> : f32
          %341 = arith.addf %336, %340 : f32
          %342 = vector.broadcast %340 : f32 to vector<8xf32>
          %343 = vector.fma %342, %288, %338 : vector<8xf32>
          gpu.barrier
          scf.yield %296, %341, %343, %54#0, %54#1 : f32, f32, vector<8xf32>, index, index
        }
        attn.wait_kv_tiles pending = 0
        %view_9 = memref.view %view_6[%c0][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4x128xf32, #gpu.address_space<workgroup>>
        %view_10 = memref.view %view_6[%c4096][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4xf32, #gpu.address_space<workgroup>>
        %view_11 = memref.view %view_6[%c4128][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4xf32, #gpu.address_space<workgroup>>
        vector.store %36#2, %view_9[%1, %4, %2] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
        %37 = arith.cmpi eq, %0, %c0 : index
        scf.if %37 {
          memref.store %36#0, %view_10[%1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          memref.store %36#1, %view_11[%1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
        }
        gpu.barrier
        %38 = arith.cmpi eq, %1, %c0 : index
        %39:3 = scf.if %38 -> (f32, f32, vector<8xf32>) {
          %50 = memref.load %view_10[%c0, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %51 = memref.load %view_11[%c0, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %52 = vector.load %view_9[%c0, %4, %2] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %53 = arith.cmpf oeq, %50, %cst_3 : f32
          %54 = arith.select %53, %cst_2, %50 : f32
          %55 = arith.subf %cst_3, %54 : f32
          %56 = math.exp2 %55 fastmath<afn> : f32
          %57 = arith.subf %50, %54 : f32
          %58 = math.exp2 %57 fastmath<afn> : f32
          %59 = arith.mulf %56, %cst_2 : f32
          %60 = arith.mulf %51, %58 : f32
          %61 = arith.addf %59, %60 : f32
          %62 = vector.broadcast %58 : f32 to vector<8xf32>
          %63 = vector.broadcast %56 : f32 to vector<8xf32>
          %64 = arith.mulf %63, %cst_1 : vector<8xf32>
          %65 = vector.fma %62, %52, %64 : vector<8xf32>
          %66 = memref.load %view_10[%c1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %67 = memref.load %view_11[%c1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %68 = vector.load %view_9[%c1, %4, %2] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %69 = arith.maximumf %50, %66 : f32
          %70 = arith.cmpf oeq, %69, %cst_3 : f32
          %71 = arith.select %70, %cst_2, %69 : f32
          %72 = arith.subf %50, %71 : f32
          %73 = math.exp2 %72 fastmath<afn> : f32
          %74 = arith.subf %66, %71 : f32
          %75 = math.exp2 %74 fastmath<afn> : f32
          %76 = arith.mulf %61, %73 : f32
          %77 = arith.mulf %67, %75 : f32
          %78 = arith.addf %76, %77 : f32
          %79 = vector.broadcast %75 : f32 to vector<8xf32>
          %80 = vector.broadcast %73 : f32 to vector<8xf32>
          %81 = arith.mulf %65, %80 : vector<8xf32>
          %82 = vector.fma %79, %68, %81 : vector<8xf32>
          scf.yield %69, %78, %82 : f32, f32, vector<8xf32>
        } else {
          scf.yield %36#0, %36#1, %36#2 : f32, f32, vector<8xf32>
        }
        %40 = arith.cmpf ogt, %39#1, %cst_2 : f32
        %41 = arith.select %40, %39#1, %cst_0 : f32
        %42 = vector.broadcast %41 : f32 to vector<8xf32>
        %43 = arith.divf %39#2, %42 : vector<8xf32>
        %44 = arith.select %40, %43, %cst_1 : vector<8xf32>
        %45 = math.log2 %41 fastmath<afn> : f32
        %46 = arith.addf %39#0, %45 : f32
        %47 = arith.mulf %46, %cst : f32
        %48 = arith.select %40, %47, %cst_3 : f32
        %49 = arith.cmpi slt, %17, %c0_i32 : i32
        scf.if %49 {
          scf.if %38 {
            %50 = arith.truncf %44 : vector<8xf32> to vector<8xbf16>
            vector.store %50, %arg12[%19, %27, %2] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
            scf.if %37 {
              memref.store %48, %arg13[%19, %27] : memref<?x32xf32>
            }
          }
        } else {
          %50 = arith.index_cast %17 : i32 to index
          scf.if %38 {
            vector.store %44, %arg14[%50, %27, %2] {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
            scf.if %37 {
              memref.store %48, %arg15[%50, %27] : memref<?x32xf32>
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

