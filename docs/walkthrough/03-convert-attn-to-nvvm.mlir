module attributes {gpu.container_module} {
  gpu.module @llama3_8b_decode_kernels {
    gpu.func @llama3_8b_decode_attention(%arg0: memref<?x32x128xbf16> {attn.param = "q"}, %arg1: memref<?xi32> {attn.param = "qo_indptr"}, %arg2: memref<?x16x8x128xbf16> {attn.param = "k_cache"}, %arg3: memref<?x16x8x128xbf16> {attn.param = "v_cache"}, %arg4: memref<?xi32> {attn.param = "kv_indptr"}, %arg5: memref<?xi32> {attn.param = "kv_indices"}, %arg6: memref<?xi32> {attn.param = "kv_last_page_len"}, %arg7: memref<?xi32> {attn.param = "work_request"}, %arg8: memref<?xi32> {attn.param = "work_kv_begin"}, %arg9: memref<?xi32> {attn.param = "work_kv_end"}, %arg10: memref<?xi32> {attn.param = "work_partial"}, %arg11: memref<1xi32> {attn.param = "num_work"}, %arg12: memref<?x32x128xbf16> {attn.param = "o"}, %arg13: memref<?x32xf32> {attn.param = "lse"}, %arg14: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg15: memref<?x32xf32> {attn.param = "tmp_lse"}) kernel attributes {known_block_size = array<i32: 128, 1, 1>} {
      %c0_i32 = arith.constant 0 : i32
      %cst = arith.constant 0.693147182 : f32
      %cst_0 = arith.constant 1.000000e+00 : f32
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
      %c2 = arith.constant 2 : index
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
        %31 = arith.cmpi ugt, %24, %c0 : index
        scf.if %31 {
          %36 = arith.muli %30, %c2 : index
          %37 = arith.addi %11, %36 : index
          %38 = arith.subi %13, %c1 : index
          %39 = arith.minsi %37, %38 : index
          %40 = arith.divui %39, %c16 : index
          %41 = arith.addi %20, %40 : index
          %42 = memref.load %arg5[%41] : memref<?xi32>
          %43 = arith.index_cast %42 : i32 to index
          %44 = arith.addi %36, %c1 : index
          %45 = arith.addi %11, %44 : index
          %46 = arith.minsi %45, %38 : index
          %47 = arith.divui %46, %c16 : index
          %48 = arith.addi %20, %47 : index
          %49 = memref.load %arg5[%48] : memref<?xi32>
          %50 = arith.index_cast %49 : i32 to index
          %51 = arith.remui %39, %c16 : index
          %52 = arith.cmpi ult, %37, %13 : index
          %53 = arith.select %52, %c8, %c0 : index
          %54 = nvgpu.device_async_copy %arg2[%43, %51, %block_id_y, %25], %view[%c0, %36, %25], 8, %53 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %55 = nvgpu.device_async_copy %arg3[%43, %51, %block_id_y, %25], %view_5[%c0, %36, %25], 8, %53 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %56 = arith.remui %46, %c16 : index
          %57 = arith.cmpi ult, %45, %13 : index
          %58 = arith.select %57, %c8, %c0 : index
          %59 = nvgpu.device_async_copy %arg2[%50, %56, %block_id_y, %25], %view[%c0, %44, %25], 8, %58 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %60 = nvgpu.device_async_copy %arg3[%50, %56, %block_id_y, %25], %view_5[%c0, %44, %25], 8, %58 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
        }
        nvvm.cp.async.commit.group
        %32:2 = scf.if %31 -> (index, index) {
          %36 = arith.addi %11, %c16 : index
          %37 = arith.muli %30, %c2 : index
          %38 = arith.addi %36, %37 : index
          %39 = arith.subi %13, %c1 : index
          %40 = arith.minsi %38, %39 : index
          %41 = arith.divui %40, %c16 : index
          %42 = arith.addi %20, %41 : index
          %43 = memref.load %arg5[%42] : memref<?xi32>
          %44 = arith.index_cast %43 : i32 to index
          %45 = arith.addi %37, %c1 : index
          %46 = arith.addi %36, %45 : index
          %47 = arith.minsi %46, %39 : index
          %48 = arith.divui %47, %c16 : index
          %49 = arith.addi %20, %48 : index
          %50 = memref.load %arg5[%49] : memref<?xi32>
          %51 = arith.index_cast %50 : i32 to index
          scf.yield %44, %51 : index, index
        } else {
          scf.yield %c0, %c0 : index, index
        }
        %33:5 = scf.for %arg16 = %c0 to %24 step %c1 iter_args(%arg17 = %cst_3, %arg18 = %cst_2, %arg19 = %cst_1, %arg20 = %32#0, %arg21 = %32#1) -> (f32, f32, vector<8xf32>, index, index) {
          %36 = arith.addi %arg16, %c1 : index
          %37 = arith.cmpi ult, %36, %24 : index
          scf.if %37 {
            %346 = arith.remui %36, %c2 : index
            %347 = arith.muli %36, %c16 : index
            %348 = arith.addi %11, %347 : index
            %349 = arith.muli %30, %c2 : index
            %350 = arith.addi %348, %349 : index
            %351 = arith.subi %13, %c1 : index
            %352 = arith.minsi %350, %351 : index
            %353 = arith.remui %352, %c16 : index
            %354 = arith.cmpi ult, %350, %13 : index
            %355 = arith.select %354, %c8, %c0 : index
            %356 = nvgpu.device_async_copy %arg2[%arg20, %353, %block_id_y, %25], %view[%346, %349, %25], 8, %355 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %357 = nvgpu.device_async_copy %arg3[%arg20, %353, %block_id_y, %25], %view_5[%346, %349, %25], 8, %355 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %358 = arith.addi %349, %c1 : index
            %359 = arith.addi %348, %358 : index
            %360 = arith.minsi %359, %351 : index
            %361 = arith.remui %360, %c16 : index
            %362 = arith.cmpi ult, %359, %13 : index
            %363 = arith.select %362, %c8, %c0 : index
            %364 = nvgpu.device_async_copy %arg2[%arg21, %361, %block_id_y, %25], %view[%346, %358, %25], 8, %363 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %365 = nvgpu.device_async_copy %arg3[%arg21, %361, %block_id_y, %25], %view_5[%346, %358, %25], 8, %363 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          }
          nvvm.cp.async.commit.group
          %38 = arith.addi %arg16, %c2 : index
          %39 = arith.muli %38, %c16 : index
          %40 = arith.addi %11, %39 : index
          %41 = arith.muli %30, %c2 : index
          %42 = arith.addi %40, %41 : index
          %43 = arith.subi %13, %c1 : index
          %44 = arith.minsi %42, %43 : index
          %45 = arith.divui %44, %c16 : index
          %46 = arith.addi %20, %45 : index
          %47 = memref.load %arg5[%46] : memref<?xi32>
          %48 = arith.index_cast %47 : i32 to index
          %49 = arith.addi %41, %c1 : index
          %50 = arith.addi %40, %49 : index
          %51 = arith.minsi %50, %43 : index
          %52 = arith.divui %51, %c16 : index
          %53 = arith.addi %20, %52 : index
          %54 = memref.load %arg5[%53] : memref<?xi32>
          %55 = arith.index_cast %54 : i32 to index
          nvvm.cp.async.wait.group 1
          gpu.barrier
          %56 = arith.remui %arg16, %c2 : index
          %57 = arith.muli %arg16, %c16 : index
          %58 = arith.addi %11, %57 : index
          %59 = arith.muli %3, %c8 : index
          %60 = vector.load %view[%56, %59, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %61 = arith.extf %60 : vector<8xbf16> to vector<8xf32>
          %62 = arith.addi %58, %59 : index
          %63 = vector.extract %28[0] : f32 from vector<8xf32>
          %64 = vector.extract %61[0] : f32 from vector<8xf32>
          %65 = arith.mulf %63, %64 : f32
          %66 = vector.extract %28[1] : f32 from vector<8xf32>
          %67 = vector.extract %61[1] : f32 from vector<8xf32>
          %68 = math.fma %66, %67, %65 : f32
          %69 = vector.extract %28[2] : f32 from vector<8xf32>
          %70 = vector.extract %61[2] : f32 from vector<8xf32>
          %71 = math.fma %69, %70, %68 : f32
          %72 = vector.extract %28[3] : f32 from vector<8xf32>
          %73 = vector.extract %61[3] : f32 from vector<8xf32>
          %74 = math.fma %72, %73, %71 : f32
          %75 = vector.extract %28[4] : f32 from vector<8xf32>
          %76 = vector.extract %61[4] : f32 from vector<8xf32>
          %77 = math.fma %75, %76, %74 : f32
          %78 = vector.extract %28[5] : f32 from vector<8xf32>
          %79 = vector.extract %61[5] : f32 from vector<8xf32>
          %80 = math.fma %78, %79, %77 : f32
          %81 = vector.extract %28[6] : f32 from vector<8xf32>
          %82 = vector.extract %61[6] : f32 from vector<8xf32>
          %83 = math.fma %81, %82, %80 : f32
          %84 = vector.extract %28[7] : f32 from vector<8xf32>
          %85 = vector.extract %61[7] : f32 from vector<8xf32>
          %86 = math.fma %84, %85, %83 : f32
          %shuffleResult, %valid = gpu.shuffle  xor %86, %c8_i32, %c32_i32 : f32
          %87 = arith.addf %86, %shuffleResult : f32
          %shuffleResult_9, %valid_10 = gpu.shuffle  xor %87, %c4_i32, %c32_i32 : f32
          %88 = arith.addf %87, %shuffleResult_9 : f32
          %shuffleResult_11, %valid_12 = gpu.shuffle  xor %88, %c2_i32, %c32_i32 : f32
          %89 = arith.addf %88, %shuffleResult_11 : f32
          %shuffleResult_13, %valid_14 = gpu.shuffle  xor %89, %c1_i32, %c32_i32 : f32
          %90 = arith.addf %89, %shuffleResult_13 : f32
          %91 = arith.cmpi ult, %62, %13 : index
          %92 = arith.select %91, %90, %cst_3 : f32
          %93 = arith.addi %59, %c1 : index
          %94 = vector.load %view[%56, %93, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %95 = arith.extf %94 : vector<8xbf16> to vector<8xf32>
          %96 = arith.addi %58, %93 : index
          %97 = vector.extract %95[0] : f32 from vector<8xf32>
          %98 = arith.mulf %63, %97 : f32
          %99 = vector.extract %95[1] : f32 from vector<8xf32>
          %100 = math.fma %66, %99, %98 : f32
          %101 = vector.extract %95[2] : f32 from vector<8xf32>
          %102 = math.fma %69, %101, %100 : f32
          %103 = vector.extract %95[3] : f32 from vector<8xf32>
          %104 = math.fma %72, %103, %102 : f32
          %105 = vector.extract %95[4] : f32 from vector<8xf32>
          %106 = math.fma %75, %105, %104 : f32
          %107 = vector.extract %95[5] : f32 from vector<8xf32>
          %108 = math.fma %78, %107, %106 : f32
          %109 = vector.extract %95[6] : f32 from vector<8xf32>
          %110 = math.fma %81, %109, %108 : f32
          %111 = vector.extract %95[7] : f32 from vector<8xf32>
          %112 = math.fma %84, %111, %110 : f32
          %shuffleResult_15, %valid_16 = gpu.shuffle  xor %112, %c8_i32, %c32_i32 : f32
          %113 = arith.addf %112, %shuffleResult_15 : f32
          %shuffleResult_17, %valid_18 = gpu.shuffle  xor %113, %c4_i32, %c32_i32 : f32
          %114 = arith.addf %113, %shuffleResult_17 : f32
          %shuffleResult_19, %valid_20 = gpu.shuffle  xor %114, %c2_i32, %c32_i32 : f32
          %115 = arith.addf %114, %shuffleResult_19 : f32
          %shuffleResult_21, %valid_22 = gpu.shuffle  xor %115, %c1_i32, %c32_i32 : f32
          %116 = arith.addf %115, %shuffleResult_21 : f32
          %117 = arith.cmpi ult, %96, %13 : index
          %118 = arith.select %117, %116, %cst_3 : f32
          %119 = arith.addi %59, %c2 : index
          %120 = vector.load %view[%56, %119, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %121 = arith.extf %120 : vector<8xbf16> to vector<8xf32>
          %122 = arith.addi %58, %119 : index
          %123 = vector.extract %121[0] : f32 from vector<8xf32>
          %124 = arith.mulf %63, %123 : f32
          %125 = vector.extract %121[1] : f32 from vector<8xf32>
          %126 = math.fma %66, %125, %124 : f32
          %127 = vector.extract %121[2] : f32 from vector<8xf32>
          %128 = math.fma %69, %127, %126 : f32
          %129 = vector.extract %121[3] : f32 from vector<8xf32>
          %130 = math.fma %72, %129, %128 : f32
          %131 = vector.extract %121[4] : f32 from vector<8xf32>
          %132 = math.fma %75, %131, %130 : f32
          %133 = vector.extract %121[5] : f32 from vector<8xf32>
          %134 = math.fma %78, %133, %132 : f32
          %135 = vector.extract %121[6] : f32 from vector<8xf32>
          %136 = math.fma %81, %135, %134 : f32
          %137 = vector.extract %121[7] : f32 from vector<8xf32>
          %138 = math.fma %84, %137, %136 : f32
          %shuffleResult_23, %valid_24 = gpu.shuffle  xor %138, %c8_i32, %c32_i32 : f32
          %139 = arith.addf %138, %shuffleResult_23 : f32
          %shuffleResult_25, %valid_26 = gpu.shuffle  xor %139, %c4_i32, %c32_i32 : f32
          %140 = arith.addf %139, %shuffleResult_25 : f32
          %shuffleResult_27, %valid_28 = gpu.shuffle  xor %140, %c2_i32, %c32_i32 : f32
          %141 = arith.addf %140, %shuffleResult_27 : f32
          %shuffleResult_29, %valid_30 = gpu.shuffle  xor %141, %c1_i32, %c32_i32 : f32
          %142 = arith.addf %141, %shuffleResult_29 : f32
          %143 = arith.cmpi ult, %122, %13 : index
          %144 = arith.select %143, %142, %cst_3 : f32
          %145 = arith.addi %59, %c3 : index
          %146 = vector.load %view[%56, %145, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %147 = arith.extf %146 : vector<8xbf16> to vector<8xf32>
          %148 = arith.addi %58, %145 : index
          %149 = vector.extract %147[0] : f32 from vector<8xf32>
          %150 = arith.mulf %63, %149 : f32
          %151 = vector.extract %147[1] : f32 from vector<8xf32>
          %152 = math.fma %66, %151, %150 : f32
          %153 = vector.extract %147[2] : f32 from vector<8xf32>
          %154 = math.fma %69, %153, %152 : f32
          %155 = vector.extract %147[3] : f32 from vector<8xf32>
          %156 = math.fma %72, %155, %154 : f32
          %157 = vector.extract %147[4] : f32 from vector<8xf32>
          %158 = math.fma %75, %157, %156 : f32
          %159 = vector.extract %147[5] : f32 from vector<8xf32>
          %160 = math.fma %78, %159, %158 : f32
          %161 = vector.extract %147[6] : f32 from vector<8xf32>
          %162 = math.fma %81, %161, %160 : f32
          %163 = vector.extract %147[7] : f32 from vector<8xf32>
          %164 = math.fma %84, %163, %162 : f32
          %shuffleResult_31, %valid_32 = gpu.shuffle  xor %164, %c8_i32, %c32_i32 : f32
          %165 = arith.addf %164, %shuffleResult_31 : f32
          %shuffleResult_33, %valid_34 = gpu.shuffle  xor %165, %c4_i32, %c32_i32 : f32
          %166 = arith.addf %165, %shuffleResult_33 : f32
          %shuffleResult_35, %valid_36 = gpu.shuffle  xor %166, %c2_i32, %c32_i32 : f32
          %167 = arith.addf %166, %shuffleResult_35 : f32
          %shuffleResult_37, %valid_38 = gpu.shuffle  xor %167, %c1_i32, %c32_i32 : f32
          %168 = arith.addf %167, %shuffleResult_37 : f32
          %169 = arith.cmpi ult, %148, %13 : index
          %170 = arith.select %169, %168, %cst_3 : f32
          %171 = arith.addi %59, %c4 : index
          %172 = vector.load %view[%56, %171, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %173 = arith.extf %172 : vector<8xbf16> to vector<8xf32>
          %174 = arith.addi %58, %171 : index
          %175 = vector.extract %173[0] : f32 from vector<8xf32>
          %176 = arith.mulf %63, %175 : f32
          %177 = vector.extract %173[1] : f32 from vector<8xf32>
          %178 = math.fma %66, %177, %176 : f32
          %179 = vector.extract %173[2] : f32 from vector<8xf32>
          %180 = math.fma %69, %179, %178 : f32
          %181 = vector.extract %173[3] : f32 from vector<8xf32>
          %182 = math.fma %72, %181, %180 : f32
          %183 = vector.extract %173[4] : f32 from vector<8xf32>
          %184 = math.fma %75, %183, %182 : f32
          %185 = vector.extract %173[5] : f32 from vector<8xf32>
          %186 = math.fma %78, %185, %184 : f32
          %187 = vector.extract %173[6] : f32 from vector<8xf32>
          %188 = math.fma %81, %187, %186 : f32
          %189 = vector.extract %173[7] : f32 from vector<8xf32>
          %190 = math.fma %84, %189, %188 : f32
          %shuffleResult_39, %valid_40 = gpu.shuffle  xor %190, %c8_i32, %c32_i32 : f32
          %191 = arith.addf %190, %shuffleResult_39 : f32
          %shuffleResult_41, %valid_42 = gpu.shuffle  xor %191, %c4_i32, %c32_i32 : f32
          %192 = arith.addf %191, %shuffleResult_41 : f32
          %shuffleResult_43, %valid_44 = gpu.shuffle  xor %192, %c2_i32, %c32_i32 : f32
          %193 = arith.addf %192, %shuffleResult_43 : f32
          %shuffleResult_45, %valid_46 = gpu.shuffle  xor %193, %c1_i32, %c32_i32 : f32
          %194 = arith.addf %193, %shuffleResult_45 : f32
          %195 = arith.cmpi ult, %174, %13 : index
          %196 = arith.select %195, %194, %cst_3 : f32
          %197 = arith.addi %59, %c5 : index
          %198 = vector.load %view[%56, %197, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %199 = arith.extf %198 : vector<8xbf16> to vector<8xf32>
          %200 = arith.addi %58, %197 : index
          %201 = vector.extract %199[0] : f32 from vector<8xf32>
          %202 = arith.mulf %63, %201 : f32
          %203 = vector.extract %199[1] : f32 from vector<8xf32>
          %204 = math.fma %66, %203, %202 : f32
          %205 = vector.extract %199[2] : f32 from vector<8xf32>
          %206 = math.fma %69, %205, %204 : f32
          %207 = vector.extract %199[3] : f32 from vector<8xf32>
          %208 = math.fma %72, %207, %206 : f32
          %209 = vector.extract %199[4] : f32 from vector<8xf32>
          %210 = math.fma %75, %209, %208 : f32
          %211 = vector.extract %199[5] : f32 from vector<8xf32>
          %212 = math.fma %78, %211, %210 : f32
          %213 = vector.extract %199[6] : f32 from vector<8xf32>
          %214 = math.fma %81, %213, %212 : f32
          %215 = vector.extract %199[7] : f32 from vector<8xf32>
          %216 = math.fma %84, %215, %214 : f32
          %shuffleResult_47, %valid_48 = gpu.shuffle  xor %216, %c8_i32, %c32_i32 : f32
          %217 = arith.addf %216, %shuffleResult_47 : f32
          %shuffleResult_49, %valid_50 = gpu.shuffle  xor %217, %c4_i32, %c32_i32 : f32
          %218 = arith.addf %217, %shuffleResult_49 : f32
          %shuffleResult_51, %valid_52 = gpu.shuffle  xor %218, %c2_i32, %c32_i32 : f32
          %219 = arith.addf %218, %shuffleResult_51 : f32
          %shuffleResult_53, %valid_54 = gpu.shuffle  xor %219, %c1_i32, %c32_i32 : f32
          %220 = arith.addf %219, %shuffleResult_53 : f32
          %221 = arith.cmpi ult, %200, %13 : index
          %222 = arith.select %221, %220, %cst_3 : f32
          %223 = arith.addi %59, %c6 : index
          %224 = vector.load %view[%56, %223, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %225 = arith.extf %224 : vector<8xbf16> to vector<8xf32>
          %226 = arith.addi %58, %223 : index
          %227 = vector.extract %225[0] : f32 from vector<8xf32>
          %228 = arith.mulf %63, %227 : f32
          %229 = vector.extract %225[1] : f32 from vector<8xf32>
          %230 = math.fma %66, %229, %228 : f32
          %231 = vector.extract %225[2] : f32 from vector<8xf32>
          %232 = math.fma %69, %231, %230 : f32
          %233 = vector.extract %225[3] : f32 from vector<8xf32>
          %234 = math.fma %72, %233, %232 : f32
          %235 = vector.extract %225[4] : f32 from vector<8xf32>
          %236 = math.fma %75, %235, %234 : f32
          %237 = vector.extract %225[5] : f32 from vector<8xf32>
          %238 = math.fma %78, %237, %236 : f32
          %239 = vector.extract %225[6] : f32 from vector<8xf32>
          %240 = math.fma %81, %239, %238 : f32
          %241 = vector.extract %225[7] : f32 from vector<8xf32>
          %242 = math.fma %84, %241, %240 : f32
          %shuffleResult_55, %valid_56 = gpu.shuffle  xor %242, %c8_i32, %c32_i32 : f32
          %243 = arith.addf %242, %shuffleResult_55 : f32
          %shuffleResult_57, %valid_58 = gpu.shuffle  xor %243, %c4_i32, %c32_i32 : f32
          %244 = arith.addf %243, %shuffleResult_57 : f32
          %shuffleResult_59, %valid_60 = gpu.shuffle  xor %244, %c2_i32, %c32_i32 : f32
          %245 = arith.addf %244, %shuffleResult_59 : f32
          %shuffleResult_61, %valid_62 = gpu.shuffle  xor %245, %c1_i32, %c32_i32 : f32
          %246 = arith.addf %245, %shuffleResult_61 : f32
          %247 = arith.cmpi ult, %226, %13 : index
          %248 = arith.select %247, %246, %cst_3 : f32
          %249 = arith.addi %59, %c7 : index
          %250 = vector.load %view[%56, %249, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %251 = arith.extf %250 : vector<8xbf16> to vector<8xf32>
          %252 = arith.addi %58, %249 : index
          %253 = vector.extract %251[0] : f32 from vector<8xf32>
          %254 = arith.mulf %63, %253 : f32
          %255 = vector.extract %251[1] : f32 from vector<8xf32>
          %256 = math.fma %66, %255, %254 : f32
          %257 = vector.extract %251[2] : f32 from vector<8xf32>
          %258 = math.fma %69, %257, %256 : f32
          %259 = vector.extract %251[3] : f32 from vector<8xf32>
          %260 = math.fma %72, %259, %258 : f32
          %261 = vector.extract %251[4] : f32 from vector<8xf32>
          %262 = math.fma %75, %261, %260 : f32
          %263 = vector.extract %251[5] : f32 from vector<8xf32>
          %264 = math.fma %78, %263, %262 : f32
          %265 = vector.extract %251[6] : f32 from vector<8xf32>
          %266 = math.fma %81, %265, %264 : f32
          %267 = vector.extract %251[7] : f32 from vector<8xf32>
          %268 = math.fma %84, %267, %266 : f32
          %shuffleResult_63, %valid_64 = gpu.shuffle  xor %268, %c8_i32, %c32_i32 : f32
          %269 = arith.addf %268, %shuffleResult_63 : f32
          %shuffleResult_65, %valid_66 = gpu.shuffle  xor %269, %c4_i32, %c32_i32 : f32
          %270 = arith.addf %269, %shuffleResult_65 : f32
          %shuffleResult_67, %valid_68 = gpu.shuffle  xor %270, %c2_i32, %c32_i32 : f32
          %271 = arith.addf %270, %shuffleResult_67 : f32
          %shuffleResult_69, %valid_70 = gpu.shuffle  xor %271, %c1_i32, %c32_i32 : f32
          %272 = arith.addf %271, %shuffleResult_69 : f32
          %273 = arith.cmpi ult, %252, %13 : index
          %274 = arith.select %273, %272, %cst_3 : f32
          %275 = arith.maximumf %arg17, %92 : f32
          %276 = arith.maximumf %275, %118 : f32
          %277 = arith.maximumf %276, %144 : f32
          %278 = arith.maximumf %277, %170 : f32
          %279 = arith.maximumf %278, %196 : f32
          %280 = arith.maximumf %279, %222 : f32
          %281 = arith.maximumf %280, %248 : f32
          %282 = arith.maximumf %281, %274 : f32
          %283 = arith.cmpf oeq, %282, %cst_3 : f32
          %284 = arith.select %283, %cst_2, %282 : f32
          %285 = arith.subf %arg17, %284 : f32
          %286 = math.exp2 %285 fastmath<afn> : f32
          %287 = arith.mulf %arg18, %286 : f32
          %288 = vector.broadcast %286 : f32 to vector<8xf32>
          %289 = arith.mulf %arg19, %288 : vector<8xf32>
          %290 = arith.subf %92, %284 : f32
          %291 = math.exp2 %290 fastmath<afn> : f32
          %292 = arith.addf %287, %291 : f32
          %293 = vector.broadcast %291 : f32 to vector<8xf32>
          %294 = vector.load %view_5[%56, %59, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %295 = arith.extf %294 : vector<8xbf16> to vector<8xf32>
          %296 = vector.fma %293, %295, %289 : vector<8xf32>
          %297 = arith.subf %118, %284 : f32
          %298 = math.exp2 %297 fastmath<afn> : f32
          %299 = arith.addf %292, %298 : f32
          %300 = vector.broadcast %298 : f32 to vector<8xf32>
          %301 = vector.load %view_5[%56, %93, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %302 = arith.extf %301 : vector<8xbf16> to vector<8xf32>
          %303 = vector.fma %300, %302, %296 : vector<8xf32>
          %304 = arith.subf %144, %284 : f32
          %305 = math.exp2 %304 fastmath<afn> : f32
          %306 = arith.addf %299, %305 : f32
          %307 = vector.broadcast %305 : f32 to vector<8xf32>
          %308 = vector.load %view_5[%56, %119, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %309 = arith.extf %308 : vector<8xbf16> to vector<8xf32>
          %310 = vector.fma %307, %309, %303 : vector<8xf32>
          %311 = arith.subf %170, %284 : f32
          %312 = math.exp2 %311 fastmath<afn> : f32
          %313 = arith.addf %306, %312 : f32
          %314 = vector.broadcast %312 : f32 to vector<8xf32>
          %315 = vector.load %view_5[%56, %145, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %316 = arith.extf %315 : vector<8xbf16> to vector<8xf32>
          %317 = vector.fma %314, %316, %310 : vector<8xf32>
          %318 = arith.subf %196, %284 : f32
          %319 = math.exp2 %318 fastmath<afn> : f32
          %320 = arith.addf %313, %319 : f32
          %321 = vector.broadcast %319 : f32 to vector<8xf32>
          %322 = vector.load %view_5[%56, %171, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %323 = arith.extf %322 : vector<8xbf16> to vector<8xf32>
          %324 = vector.fma %321, %323, %317 : vector<8xf32>
          %325 = arith.subf %222, %284 : f32
          %326 = math.exp2 %325 fastmath<afn> : f32
          %327 = arith.addf %320, %326 : f32
          %328 = vector.broadcast %326 : f32 to vector<8xf32>
          %329 = vector.load %view_5[%56, %197, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %330 = arith.extf %329 : vector<8xbf16> to vector<8xf32>
          %331 = vector.fma %328, %330, %324 : vector<8xf32>
          %332 = arith.subf %248, %284 : f32
          %333 = math.exp2 %332 fastmath<afn> : f32
          %334 = arith.addf %327, %333 : f32
          %335 = vector.broadcast %333 : f32 to vector<8xf32>
          %336 = vector.load %view_5[%56, %223, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %337 = arith.extf %336 : vector<8xbf16> to vector<8xf32>
          %338 = vector.fma %335, %337, %331 : vector<8xf32>
          %339 = arith.subf %274, %284 : f32
          %340 = math.exp2 %339 fastmath<afn> : f32
          %341 = arith.addf %334, %340 : f32
          %342 = vector.broadcast %340 : f32 to vector<8xf32>
          %343 = vector.load %view_5[%56, %249, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %344 = arith.extf %343 : vector<8xbf16> to vector<8xf32>
          %345 = vector.fma %342, %344, %338 : vector<8xf32>
          gpu.barrier
          scf.yield %282, %341, %345, %48, %55 : f32, f32, vector<8xf32>, index, index
        }
        nvvm.cp.async.wait.group 0
        %34 = arith.cmpi eq, %3, %c0 : index
        vector.store %33#2, %view_6[%3, %2, %25] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
        %35 = arith.cmpi eq, %0, %c0 : index
        scf.if %35 {
          memref.store %33#0, %view_7[%3, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          memref.store %33#1, %view_8[%3, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
        }
        gpu.barrier
        scf.if %34 {
          %36 = memref.load %view_7[%c0, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %37 = memref.load %view_8[%c0, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %38 = vector.load %view_6[%c0, %2, %25] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %39 = arith.cmpf oeq, %36, %cst_3 : f32
          %40 = arith.select %39, %cst_2, %36 : f32
          %41 = arith.subf %cst_3, %40 : f32
          %42 = math.exp2 %41 fastmath<afn> : f32
          %43 = arith.subf %36, %40 : f32
          %44 = math.exp2 %43 fastmath<afn> : f32
          %45 = arith.mulf %42, %cst_2 : f32
          %46 = arith.mulf %37, %44 : f32
          %47 = arith.addf %45, %46 : f32
          %48 = vector.broadcast %44 : f32 to vector<8xf32>
          %49 = vector.broadcast %42 : f32 to vector<8xf32>
          %50 = arith.mulf %49, %cst_1 : vector<8xf32>
          %51 = vector.fma %48, %38, %50 : vector<8xf32>
          %52 = memref.load %view_7[%c1, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %53 = memref.load %view_8[%c1, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %54 = vector.load %view_6[%c1, %2, %25] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %55 = arith.maximumf %36, %52 : f32
          %56 = arith.cmpf oeq, %55, %cst_3 : f32
          %57 = arith.select %56, %cst_2, %55 : f32
          %58 = arith.subf %36, %57 : f32
          %59 = math.exp2 %58 fastmath<afn> : f32
          %60 = arith.subf %52, %57 : f32
          %61 = math.exp2 %60 fastmath<afn> : f32
          %62 = arith.mulf %47, %59 : f32
          %63 = arith.mulf %53, %61 : f32
          %64 = arith.addf %62, %63 : f32
          %65 = vector.broadcast %61 : f32 to vector<8xf32>
          %66 = vector.broadcast %59 : f32 to vector<8xf32>
          %67 = arith.mulf %51, %66 : vector<8xf32>
          %68 = vector.fma %65, %54, %67 : vector<8xf32>
          %69 = arith.cmpf ogt, %64, %cst_2 : f32
          %70 = arith.select %69, %64, %cst_0 : f32
          %71 = vector.broadcast %70 : f32 to vector<8xf32>
          %72 = arith.divf %68, %71 : vector<8xf32>
          %73 = arith.select %69, %72, %cst_1 : vector<8xf32>
          %74 = math.log2 %70 fastmath<afn> : f32
          %75 = arith.addf %55, %74 : f32
          %76 = arith.mulf %75, %cst : f32
          %77 = arith.select %69, %76, %cst_3 : f32
          %78 = arith.cmpi slt, %14, %c0_i32 : i32
          scf.if %78 {
            %79 = arith.truncf %73 : vector<8xf32> to vector<8xbf16>
            vector.store %79, %arg12[%16, %18, %25] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
            scf.if %35 {
              memref.store %77, %arg13[%16, %18] : memref<?x32xf32>
            }
          } else {
            %79 = arith.index_cast %14 : i32 to index
            vector.store %73, %arg14[%79, %18, %25] {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
            scf.if %35 {
              memref.store %77, %arg15[%79, %18] : memref<?x32xf32>
            }
          }
        }
      }
      gpu.return
    }
    gpu.func @llama3_8b_decode_merge(%arg0: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg1: memref<?x32xf32> {attn.param = "tmp_lse"}, %arg2: memref<?xi32> {attn.param = "merge_indptr"}, %arg3: memref<1xi32> {attn.param = "num_rows"}, %arg4: memref<?x32x128xbf16> {attn.param = "o"}, %arg5: memref<?x32xf32> {attn.param = "lse"}) workgroup(%arg6 : memref<8x1x128xf32, #gpu.address_space<workgroup>>, %arg7 : memref<8x1xf32, #gpu.address_space<workgroup>>, %arg8 : memref<8x1xf32, #gpu.address_space<workgroup>>) kernel attributes {attn.bdx = 16 : i64, attn.slices = 8 : i64, known_block_size = array<i32: 128, 1, 1>} {
      %cst = arith.constant 0.693147182 : f32
      %c7 = arith.constant 7 : index
      %c6 = arith.constant 6 : index
      %c5 = arith.constant 5 : index
      %c4 = arith.constant 4 : index
      %c3 = arith.constant 3 : index
      %c2 = arith.constant 2 : index
      %cst_0 = arith.constant 1.000000e+00 : f32
      %cst_1 = arith.constant 1.44269502 : f32
      %cst_2 = arith.constant dense<0.000000e+00> : vector<8xf32>
      %cst_3 = arith.constant 0.000000e+00 : f32
      %cst_4 = arith.constant 0xFF800000 : f32
      %c8 = arith.constant 8 : index
      %c16 = arith.constant 16 : index
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %thread_id_x = gpu.thread_id  x
      %0 = arith.remui %thread_id_x, %c16 : index
      %1 = arith.divui %thread_id_x, %c16 : index
      %block_id_y = gpu.block_id  y
      %block_id_x = gpu.block_id  x
      %2 = arith.muli %0, %c8 : index
      %3 = memref.load %arg3[%c0] : memref<1xi32>
      %4 = arith.index_cast %3 : i32 to index
      %5 = arith.cmpi ult, %block_id_x, %4 : index
      scf.if %5 {
        %6 = memref.load %arg2[%block_id_x] : memref<?xi32>
        %7 = arith.index_cast %6 : i32 to index
        %8 = arith.addi %block_id_x, %c1 : index
        %9 = memref.load %arg2[%8] : memref<?xi32>
        %10 = arith.index_cast %9 : i32 to index
        %11 = arith.cmpi ult, %7, %10 : index
        scf.if %11 {
          %12 = arith.addi %7, %1 : index
          %13:3 = scf.for %arg9 = %12 to %10 step %c8 iter_args(%arg10 = %cst_4, %arg11 = %cst_3, %arg12 = %cst_2) -> (f32, f32, vector<8xf32>) {
            %16 = memref.load %arg1[%arg9, %block_id_y] : memref<?x32xf32>
            %17 = arith.mulf %16, %cst_1 : f32
            %18 = vector.load %arg0[%arg9, %block_id_y, %2] {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
            %19 = arith.maximumf %arg10, %17 : f32
            %20 = arith.cmpf oeq, %19, %cst_4 : f32
            %21 = arith.select %20, %cst_3, %19 : f32
            %22 = arith.subf %arg10, %21 : f32
            %23 = math.exp2 %22 fastmath<afn> : f32
            %24 = arith.subf %17, %21 : f32
            %25 = math.exp2 %24 fastmath<afn> : f32
            %26 = arith.mulf %arg11, %23 : f32
            %27 = arith.addf %26, %25 : f32
            %28 = vector.broadcast %25 : f32 to vector<8xf32>
            %29 = vector.broadcast %23 : f32 to vector<8xf32>
            %30 = arith.mulf %arg12, %29 : vector<8xf32>
            %31 = vector.fma %28, %18, %30 : vector<8xf32>
            scf.yield %19, %27, %31 : f32, f32, vector<8xf32>
          }
          %14 = arith.cmpi eq, %1, %c0 : index
          vector.store %13#2, %arg6[%1, %c0, %2] {alignment = 16 : i64} : memref<8x1x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %15 = arith.cmpi eq, %0, %c0 : index
          scf.if %15 {
            memref.store %13#0, %arg7[%1, %c0] : memref<8x1xf32, #gpu.address_space<workgroup>>
            memref.store %13#1, %arg8[%1, %c0] : memref<8x1xf32, #gpu.address_space<workgroup>>
          }
          gpu.barrier
          scf.if %14 {
            %16 = memref.load %arg7[%c0, %c0] : memref<8x1xf32, #gpu.address_space<workgroup>>
            %17 = memref.load %arg8[%c0, %c0] : memref<8x1xf32, #gpu.address_space<workgroup>>
            %18 = vector.load %arg6[%c0, %c0, %2] {alignment = 16 : i64} : memref<8x1x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
            %19 = arith.cmpf oeq, %16, %cst_4 : f32
            %20 = arith.select %19, %cst_3, %16 : f32
            %21 = arith.subf %cst_4, %20 : f32
            %22 = math.exp2 %21 fastmath<afn> : f32
            %23 = arith.subf %16, %20 : f32
            %24 = math.exp2 %23 fastmath<afn> : f32
            %25 = arith.mulf %22, %cst_3 : f32
            %26 = arith.mulf %17, %24 : f32
            %27 = arith.addf %25, %26 : f32
            %28 = vector.broadcast %24 : f32 to vector<8xf32>
            %29 = vector.broadcast %22 : f32 to vector<8xf32>
            %30 = arith.mulf %29, %cst_2 : vector<8xf32>
            %31 = vector.fma %28, %18, %30 : vector<8xf32>
            %32 = memref.load %arg7[%c1, %c0] : memref<8x1xf32, #gpu.address_space<workgroup>>
            %33 = memref.load %arg8[%c1, %c0] : memref<8x1xf32, #gpu.address_space<workgroup>>
            %34 = vector.load %arg6[%c1, %c0, %2] {alignment = 16 : i64} : memref<8x1x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
            %35 = arith.maximumf %16, %32 : f32
            %36 = arith.cmpf oeq, %35, %cst_4 : f32
            %37 = arith.select %36, %cst_3, %35 : f32
            %38 = arith.subf %16, %37 : f32
            %39 = math.exp2 %38 fastmath<afn> : f32
            %40 = arith.subf %32, %37 : f32
            %41 = math.exp2 %40 fastmath<afn> : f32
            %42 = arith.mulf %27, %39 : f32
            %43 = arith.mulf %33, %41 : f32
            %44 = arith.addf %42, %43 : f32
            %45 = vector.broadcast %41 : f32 to vector<8xf32>
            %46 = vector.broadcast %39 : f32 to vector<8xf32>
            %47 = arith.mulf %31, %46 : vector<8xf32>
            %48 = vector.fma %45, %34, %47 : vector<8xf32>
            %49 = memref.load %arg7[%c2, %c0] : memref<8x1xf32, #gpu.address_space<workgroup>>
            %50 = memref.load %arg8[%c2, %c0] : memref<8x1xf32, #gpu.address_space<workgroup>>
            %51 = vector.load %arg6[%c2, %c0, %2] {alignment = 16 : i64} : memref<8x1x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
            %52 = arith.maximumf %35, %49 : f32
            %53 = arith.cmpf oeq, %52, %cst_4 : f32
            %54 = arith.select %53, %cst_3, %52 : f32
            %55 = arith.subf %35, %54 : f32
            %56 = math.exp2 %55 fastmath<afn> : f32
            %57 = arith.subf %49, %54 : f32
            %58 = math.exp2 %57 fastmath<afn> : f32
            %59 = arith.mulf %44, %56 : f32
            %60 = arith.mulf %50, %58 : f32
            %61 = arith.addf %59, %60 : f32
            %62 = vector.broadcast %58 : f32 to vector<8xf32>
            %63 = vector.broadcast %56 : f32 to vector<8xf32>
            %64 = arith.mulf %48, %63 : vector<8xf32>
            %65 = vector.fma %62, %51, %64 : vector<8xf32>
            %66 = memref.load %arg7[%c3, %c0] : memref<8x1xf32, #gpu.address_space<workgroup>>
            %67 = memref.load %arg8[%c3, %c0] : memref<8x1xf32, #gpu.address_space<workgroup>>
            %68 = vector.load %arg6[%c3, %c0, %2] {alignment = 16 : i64} : memref<8x1x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
            %69 = arith.maximumf %52, %66 : f32
            %70 = arith.cmpf oeq, %69, %cst_4 : f32
            %71 = arith.select %70, %cst_3, %69 : f32
            %72 = arith.subf %52, %71 : f32
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
            %83 = memref.load %arg7[%c4, %c0] : memref<8x1xf32, #gpu.address_space<workgroup>>
            %84 = memref.load %arg8[%c4, %c0] : memref<8x1xf32, #gpu.address_space<workgroup>>
            %85 = vector.load %arg6[%c4, %c0, %2] {alignment = 16 : i64} : memref<8x1x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
            %86 = arith.maximumf %69, %83 : f32
            %87 = arith.cmpf oeq, %86, %cst_4 : f32
            %88 = arith.select %87, %cst_3, %86 : f32
            %89 = arith.subf %69, %88 : f32
            %90 = math.exp2 %89 fastmath<afn> : f32
            %91 = arith.subf %83, %88 : f32
            %92 = math.exp2 %91 fastmath<afn> : f32
            %93 = arith.mulf %78, %90 : f32
            %94 = arith.mulf %84, %92 : f32
            %95 = arith.addf %93, %94 : f32
            %96 = vector.broadcast %92 : f32 to vector<8xf32>
            %97 = vector.broadcast %90 : f32 to vector<8xf32>
            %98 = arith.mulf %82, %97 : vector<8xf32>
            %99 = vector.fma %96, %85, %98 : vector<8xf32>
            %100 = memref.load %arg7[%c5, %c0] : memref<8x1xf32, #gpu.address_space<workgroup>>
            %101 = memref.load %arg8[%c5, %c0] : memref<8x1xf32, #gpu.address_space<workgroup>>
            %102 = vector.load %arg6[%c5, %c0, %2] {alignment = 16 : i64} : memref<8x1x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
            %103 = arith.maximumf %86, %100 : f32
            %104 = arith.cmpf oeq, %103, %cst_4 : f32
            %105 = arith.select %104, %cst_3, %103 : f32
            %106 = arith.subf %86, %105 : f32
            %107 = math.exp2 %106 fastmath<afn> : f32
            %108 = arith.subf %100, %105 : f32
            %109 = math.exp2 %108 fastmath<afn> : f32
            %110 = arith.mulf %95, %107 : f32
            %111 = arith.mulf %101, %109 : f32
            %112 = arith.addf %110, %111 : f32
            %113 = vector.broadcast %109 : f32 to vector<8xf32>
            %114 = vector.broadcast %107 : f32 to vector<8xf32>
            %115 = arith.mulf %99, %114 : vector<8xf32>
            %116 = vector.fma %113, %102, %115 : vector<8xf32>
            %117 = memref.load %arg7[%c6, %c0] : memref<8x1xf32, #gpu.address_space<workgroup>>
            %118 = memref.load %arg8[%c6, %c0] : memref<8x1xf32, #gpu.address_space<workgroup>>
            %119 = vector.load %arg6[%c6, %c0, %2] {alignment = 16 : i64} : memref<8x1x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
            %120 = arith.maximumf %103, %117 : f32
            %121 = arith.cmpf oeq, %120, %cst_4 : f32
            %122 = arith.select %121, %cst_3, %120 : f32
            %123 = arith.subf %103, %122 : f32
            %124 = math.exp2 %123 fastmath<afn> : f32
            %125 = arith.subf %117, %122 : f32
            %126 = math.exp2 %125 fastmath<afn> : f32
            %127 = arith.mulf %112, %124 : f32
            %128 = arith.mulf %118, %126 : f32
            %129 = arith.addf %127, %128 : f32
            %130 = vector.broadcast %126 : f32 to vector<8xf32>
            %131 = vector.broadcast %124 : f32 to vector<8xf32>
            %132 = arith.mulf %116, %131 : vector<8xf32>
            %133 = vector.fma %130, %119, %132 : vector<8xf32>
            %134 = memref.load %arg7[%c7, %c0] : memref<8x1xf32, #gpu.address_space<workgroup>>
            %135 = memref.load %arg8[%c7, %c0] : memref<8x1xf32, #gpu.address_space<workgroup>>
            %136 = vector.load %arg6[%c7, %c0, %2] {alignment = 16 : i64} : memref<8x1x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
            %137 = arith.maximumf %120, %134 : f32
            %138 = arith.cmpf oeq, %137, %cst_4 : f32
            %139 = arith.select %138, %cst_3, %137 : f32
            %140 = arith.subf %120, %139 : f32
            %141 = math.exp2 %140 fastmath<afn> : f32
            %142 = arith.subf %134, %139 : f32
            %143 = math.exp2 %142 fastmath<afn> : f32
            %144 = arith.mulf %129, %141 : f32
            %145 = arith.mulf %135, %143 : f32
            %146 = arith.addf %144, %145 : f32
            %147 = vector.broadcast %143 : f32 to vector<8xf32>
            %148 = vector.broadcast %141 : f32 to vector<8xf32>
            %149 = arith.mulf %133, %148 : vector<8xf32>
            %150 = vector.fma %147, %136, %149 : vector<8xf32>
            %151 = arith.cmpf ogt, %146, %cst_3 : f32
            %152 = arith.select %151, %146, %cst_0 : f32
            %153 = vector.broadcast %152 : f32 to vector<8xf32>
            %154 = arith.divf %150, %153 : vector<8xf32>
            %155 = arith.select %151, %154, %cst_2 : vector<8xf32>
            %156 = math.log2 %152 fastmath<afn> : f32
            %157 = arith.addf %137, %156 : f32
            %158 = arith.mulf %157, %cst : f32
            %159 = arith.select %151, %158, %cst_4 : f32
            %160 = arith.truncf %155 : vector<8xf32> to vector<8xbf16>
            vector.store %160, %arg4[%block_id_x, %block_id_y, %2] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
            scf.if %15 {
              memref.store %159, %arg5[%block_id_x, %block_id_y] : memref<?x32xf32>
            }
          }
        }
      }
      gpu.return
    }
  }
  attn.kernel_abi @llama3_8b_decode_attention for @llama3_8b_decode_kernels::@llama3_8b_decode_attention {block = array<i32: 128, 1, 1>, dynamic_smem = 21504 : i64, family = "decode", params = [{kind = "ptr", name = "q"}, {kind = "ptr", name = "qo_indptr"}, {kind = "ptr", name = "k_cache"}, {kind = "ptr", name = "v_cache"}, {kind = "ptr", name = "kv_indptr"}, {kind = "ptr", name = "kv_indices"}, {kind = "ptr", name = "kv_last_page_len"}, {kind = "ptr", name = "work_request"}, {kind = "ptr", name = "work_kv_begin"}, {kind = "ptr", name = "work_kv_end"}, {kind = "ptr", name = "work_partial"}, {kind = "ptr", name = "num_work"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}, {kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}], role = "attention", tile = {bdx = 16 : i64, bdy = 4 : i64, bdz = 2 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 16 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  attn.kernel_abi @llama3_8b_decode_merge for @llama3_8b_decode_kernels::@llama3_8b_decode_merge {block = array<i32: 128, 1, 1>, dynamic_smem = 0 : i64, family = "decode", params = [{kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}, {kind = "ptr", name = "merge_indptr"}, {kind = "ptr", name = "num_rows"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}], role = "merge", tile = {bdx = 16 : i64, heads_per_cta = 1 : i64, slices = 8 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 16 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  func.func @llama3_8b_decode(%arg0: memref<?x32x128xbf16>, %arg1: memref<?xi32>, %arg2: memref<?x16x8x128xbf16>, %arg3: memref<?x16x8x128xbf16>, %arg4: memref<?xi32>, %arg5: memref<?xi32>, %arg6: memref<?xi32>, %arg7: memref<?x32x128xbf16>, %arg8: memref<?x32xf32>) {
    return
  }
}

