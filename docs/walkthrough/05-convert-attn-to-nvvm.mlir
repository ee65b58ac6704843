module attributes {gpu.container_module} {
  gpu.module @llama3_8b_decode_kernels [#nvvm.target<O = 3, chip = "sm_90a">] {
    gpu.func @llama3_8b_decode_attention(%arg0: memref<?x32x128xbf16> {attn.param = "q"}, %arg1: memref<?xi32> {attn.param = "qo_indptr"}, %arg2: memref<?x16x8x128xbf16> {attn.param = "k_cache"}, %arg3: memref<?x16x8x128xbf16> {attn.param = "v_cache"}, %arg4: memref<?xi32> {attn.param = "kv_indptr"}, %arg5: memref<?xi32> {attn.param = "kv_indices"}, %arg6: memref<?xi32> {attn.param = "kv_last_page_len"}, %arg7: memref<?xi32> {attn.param = "work_request"}, %arg8: memref<?xi32> {attn.param = "work_kv_begin"}, %arg9: memref<?xi32> {attn.param = "work_kv_end"}, %arg10: memref<?xi32> {attn.param = "work_partial"}, %arg11: memref<1xi32> {attn.param = "num_work"}, %arg12: memref<?x32x128xbf16> {attn.param = "o"}, %arg13: memref<?x32xf32> {attn.param = "lse"}, %arg14: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg15: memref<?x32xf32> {attn.param = "tmp_lse"}) kernel attributes {known_block_size = array<i32: 128, 1, 1>} {
      %c16 = arith.constant 16 : index
      %c4 = arith.constant 4 : index
      %c64 = arith.constant 64 : index
      %c0 = arith.constant 0 : index
      %c8192 = arith.constant 8192 : index
      %c16384 = arith.constant 16384 : index
      %c20480 = arith.constant 20480 : index
      %c20512 = arith.constant 20512 : index
      %c1 = arith.constant 1 : index
      %c15 = arith.constant 15 : index
      %c8 = arith.constant 8 : index
      %cst = arith.constant dense<0.127517432> : vector<8xf32>
      %cst_0 = arith.constant 0xFF800000 : f32
      %cst_1 = arith.constant 0.000000e+00 : f32
      %cst_2 = arith.constant dense<0.000000e+00> : vector<8xf32>
      %c2 = arith.constant 2 : index
      %c8_i32 = arith.constant 8 : i32
      %c32_i32 = arith.constant 32 : i32
      %c4_i32 = arith.constant 4 : i32
      %c2_i32 = arith.constant 2 : i32
      %c1_i32 = arith.constant 1 : i32
      %c3 = arith.constant 3 : index
      %c5 = arith.constant 5 : index
      %c6 = arith.constant 6 : index
      %c7 = arith.constant 7 : index
      %c0_i32 = arith.constant 0 : i32
      %cst_3 = arith.constant 1.000000e+00 : f32
      %cst_4 = arith.constant 0.693147182 : f32
      nvvm.griddepcontrol  launch_dependents
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
        %28 = arith.mulf %27, %cst : vector<8xf32>
        %29 = arith.muli %3, %c4 : index
        %30 = arith.addi %29, %2 : index
        %31 = arith.cmpi ugt, %24, %c0 : index
        scf.if %31 {
          %36 = arith.subi %13, %c1 : index
          %37 = arith.muli %30, %c2 : index
          %38 = arith.addi %11, %37 : index
          %39 = arith.minsi %38, %36 : index
          %40 = arith.divui %39, %c16 : index
          %41 = arith.addi %20, %40 : index
          %42 = memref.load %arg5[%41] : memref<?xi32>
          %43 = arith.index_cast %42 : i32 to index
          %44 = arith.addi %37, %c1 : index
          %45 = arith.addi %11, %44 : index
          %46 = arith.minsi %45, %36 : index
          %47 = arith.divui %46, %c16 : index
          %48 = arith.addi %20, %47 : index
          %49 = memref.load %arg5[%48] : memref<?xi32>
          %50 = arith.index_cast %49 : i32 to index
          %51 = arith.cmpi ult, %38, %13 : index
          %52 = arith.select %51, %c8, %c0 : index
          %53 = arith.remui %39, %c16 : index
          %54 = nvgpu.device_async_copy %arg2[%43, %53, %block_id_y, %25], %view[%c0, %37, %25], 8, %52 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %55 = nvgpu.device_async_copy %arg3[%43, %53, %block_id_y, %25], %view_5[%c0, %37, %25], 8, %52 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %56 = arith.cmpi ult, %45, %13 : index
          %57 = arith.select %56, %c8, %c0 : index
          %58 = arith.remui %46, %c16 : index
          %59 = nvgpu.device_async_copy %arg2[%50, %58, %block_id_y, %25], %view[%c0, %44, %25], 8, %57 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %60 = nvgpu.device_async_copy %arg3[%50, %58, %block_id_y, %25], %view_5[%c0, %44, %25], 8, %57 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
        }
        nvvm.cp.async.commit.group
        %32:2 = scf.if %31 -> (index, index) {
          %36 = arith.subi %13, %c1 : index
          %37 = arith.muli %30, %c2 : index
          %38 = arith.addi %11, %c16 : index
          %39 = arith.addi %38, %37 : index
          %40 = arith.minsi %39, %36 : index
          %41 = arith.divui %40, %c16 : index
          %42 = arith.addi %20, %41 : index
          %43 = memref.load %arg5[%42] : memref<?xi32>
          %44 = arith.index_cast %43 : i32 to index
          %45 = arith.addi %37, %c1 : index
          %46 = arith.addi %38, %45 : index
          %47 = arith.minsi %46, %36 : index
          %48 = arith.divui %47, %c16 : index
          %49 = arith.addi %20, %48 : index
          %50 = memref.load %arg5[%49] : memref<?xi32>
          %51 = arith.index_cast %50 : i32 to index
          scf.yield %44, %51 : index, index
        } else {
          scf.yield %c0, %c0 : index, index
        }
        %33:5 = scf.for %arg16 = %c0 to %24 step %c1 iter_args(%arg17 = %cst_0, %arg18 = %cst_1, %arg19 = %cst_2, %arg20 = %32#0, %arg21 = %32#1) -> (f32, f32, vector<8xf32>, index, index) {
          %36 = arith.remui %arg16, %c2 : index
          %37 = arith.addi %arg16, %c1 : index
          %38 = arith.cmpi ult, %37, %24 : index
          scf.if %38 {
            %346 = arith.remui %37, %c2 : index
            %347 = arith.subi %13, %c1 : index
            %348 = arith.muli %30, %c2 : index
            %349 = arith.muli %37, %c16 : index
            %350 = arith.addi %11, %349 : index
            %351 = arith.addi %350, %348 : index
            %352 = arith.minsi %351, %347 : index
            %353 = arith.cmpi ult, %351, %13 : index
            %354 = arith.select %353, %c8, %c0 : index
            %355 = arith.remui %352, %c16 : index
            %356 = nvgpu.device_async_copy %arg2[%arg20, %355, %block_id_y, %25], %view[%346, %348, %25], 8, %354 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %357 = nvgpu.device_async_copy %arg3[%arg20, %355, %block_id_y, %25], %view_5[%346, %348, %25], 8, %354 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %358 = arith.addi %348, %c1 : index
            %359 = arith.addi %350, %358 : index
            %360 = arith.minsi %359, %347 : index
            %361 = arith.cmpi ult, %359, %13 : index
            %362 = arith.select %361, %c8, %c0 : index
            %363 = arith.remui %360, %c16 : index
            %364 = nvgpu.device_async_copy %arg2[%arg21, %363, %block_id_y, %25], %view[%346, %358, %25], 8, %362 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %365 = nvgpu.device_async_copy %arg3[%arg21, %363, %block_id_y, %25], %view_5[%346, %358, %25], 8, %362 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          }
          nvvm.cp.async.commit.group
          %39 = arith.addi %arg16, %c2 : index
          %40 = arith.subi %13, %c1 : index
          %41 = arith.muli %30, %c2 : index
          %42 = arith.muli %39, %c16 : index
          %43 = arith.addi %11, %42 : index
          %44 = arith.addi %43, %41 : index
          %45 = arith.minsi %44, %40 : index
          %46 = arith.divui %45, %c16 : index
          %47 = arith.addi %20, %46 : index
          %48 = memref.load %arg5[%47] : memref<?xi32>
          %49 = arith.index_cast %48 : i32 to index
          %50 = arith.addi %41, %c1 : index
          %51 = arith.addi %43, %50 : index
          %52 = arith.minsi %51, %40 : index
          %53 = arith.divui %52, %c16 : index
          %54 = arith.addi %20, %53 : index
          %55 = memref.load %arg5[%54] : memref<?xi32>
          %56 = arith.index_cast %55 : i32 to index
          nvvm.cp.async.wait.group 1
          gpu.barrier
          %57 = arith.muli %arg16, %c16 : index
          %58 = arith.addi %11, %57 : index
          %59 = arith.muli %3, %c8 : index
          %60 = vector.load %view[%36, %59, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %61 = arith.extf %60 : vector<8xbf16> to vector<8xf32>
          %62 = arith.addi %58, %59 : index
          %63 = arith.cmpi ult, %62, %13 : index
          %64 = vector.extract %28[0] : f32 from vector<8xf32>
          %65 = vector.extract %61[0] : f32 from vector<8xf32>
          %66 = arith.mulf %64, %65 : f32
          %67 = vector.extract %28[1] : f32 from vector<8xf32>
          %68 = vector.extract %61[1] : f32 from vector<8xf32>
          %69 = math.fma %67, %68, %66 : f32
          %70 = vector.extract %28[2] : f32 from vector<8xf32>
          %71 = vector.extract %61[2] : f32 from vector<8xf32>
          %72 = math.fma %70, %71, %69 : f32
          %73 = vector.extract %28[3] : f32 from vector<8xf32>
          %74 = vector.extract %61[3] : f32 from vector<8xf32>
          %75 = math.fma %73, %74, %72 : f32
          %76 = vector.extract %28[4] : f32 from vector<8xf32>
          %77 = vector.extract %61[4] : f32 from vector<8xf32>
          %78 = math.fma %76, %77, %75 : f32
          %79 = vector.extract %28[5] : f32 from vector<8xf32>
          %80 = vector.extract %61[5] : f32 from vector<8xf32>
          %81 = math.fma %79, %80, %78 : f32
          %82 = vector.extract %28[6] : f32 from vector<8xf32>
          %83 = vector.extract %61[6] : f32 from vector<8xf32>
          %84 = math.fma %82, %83, %81 : f32
          %85 = vector.extract %28[7] : f32 from vector<8xf32>
          %86 = vector.extract %61[7] : f32 from vector<8xf32>
          %87 = math.fma %85, %86, %84 : f32
          %shuffleResult, %valid = gpu.shuffle  xor %87, %c8_i32, %c32_i32 : f32
          %88 = arith.addf %87, %shuffleResult : f32
          %shuffleResult_9, %valid_10 = gpu.shuffle  xor %88, %c4_i32, %c32_i32 : f32
          %89 = arith.addf %88, %shuffleResult_9 : f32
          %shuffleResult_11, %valid_12 = gpu.shuffle  xor %89, %c2_i32, %c32_i32 : f32
          %90 = arith.addf %89, %shuffleResult_11 : f32
          %shuffleResult_13, %valid_14 = gpu.shuffle  xor %90, %c1_i32, %c32_i32 : f32
          %91 = arith.addf %90, %shuffleResult_13 : f32
          %92 = arith.select %63, %91, %cst_0 : f32
          %93 = arith.addi %59, %c1 : index
          %94 = vector.load %view[%36, %93, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %95 = arith.extf %94 : vector<8xbf16> to vector<8xf32>
          %96 = arith.addi %58, %93 : index
          %97 = arith.cmpi ult, %96, %13 : index
          %98 = vector.extract %95[0] : f32 from vector<8xf32>
          %99 = arith.mulf %64, %98 : f32
          %100 = vector.extract %95[1] : f32 from vector<8xf32>
          %101 = math.fma %67, %100, %99 : f32
          %102 = vector.extract %95[2] : f32 from vector<8xf32>
          %103 = math.fma %70, %102, %101 : f32
          %104 = vector.extract %95[3] : f32 from vector<8xf32>
          %105 = math.fma %73, %104, %103 : f32
          %106 = vector.extract %95[4] : f32 from vector<8xf32>
          %107 = math.fma %76, %106, %105 : f32
          %108 = vector.extract %95[5] : f32 from vector<8xf32>
          %109 = math.fma %79, %108, %107 : f32
          %110 = vector.extract %95[6] : f32 from vector<8xf32>
          %111 = math.fma %82, %110, %109 : f32
          %112 = vector.extract %95[7] : f32 from vector<8xf32>
          %113 = math.fma %85, %112, %111 : f32
          %shuffleResult_15, %valid_16 = gpu.shuffle  xor %113, %c8_i32, %c32_i32 : f32
          %114 = arith.addf %113, %shuffleResult_15 : f32
          %shuffleResult_17, %valid_18 = gpu.shuffle  xor %114, %c4_i32, %c32_i32 : f32
          %115 = arith.addf %114, %shuffleResult_17 : f32
          %shuffleResult_19, %valid_20 = gpu.shuffle  xor %115, %c2_i32, %c32_i32 : f32
          %116 = arith.addf %115, %shuffleResult_19 : f32
          %shuffleResult_21, %valid_22 = gpu.shuffle  xor %116, %c1_i32, %c32_i32 : f32
          %117 = arith.addf %116, %shuffleResult_21 : f32
          %118 = arith.select %97, %117, %cst_0 : f32
          %119 = arith.addi %59, %c2 : index
          %120 = vector.load %view[%36, %119, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %121 = arith.extf %120 : vector<8xbf16> to vector<8xf32>
          %122 = arith.addi %58, %119 : index
          %123 = arith.cmpi ult, %122, %13 : index
          %124 = vector.extract %121[0] : f32 from vector<8xf32>
          %125 = arith.mulf %64, %124 : f32
          %126 = vector.extract %121[1] : f32 from vector<8xf32>
          %127 = math.fma %67, %126, %125 : f32
          %128 = vector.extract %121[2] : f32 from vector<8xf32>
          %129 = math.fma %70, %128, %127 : f32
          %130 = vector.extract %121[3] : f32 from vector<8xf32>
          %131 = math.fma %73, %130, %129 : f32
          %132 = vector.extract %121[4] : f32 from vector<8xf32>
          %133 = math.fma %76, %132, %131 : f32
          %134 = vector.extract %121[5] : f32 from vector<8xf32>
          %135 = math.fma %79, %134, %133 : f32
          %136 = vector.extract %121[6] : f32 from vector<8xf32>
          %137 = math.fma %82, %136, %135 : f32
          %138 = vector.extract %121[7] : f32 from vector<8xf32>
          %139 = math.fma %85, %138, %137 : f32
          %shuffleResult_23, %valid_24 = gpu.shuffle  xor %139, %c8_i32, %c32_i32 : f32
          %140 = arith.addf %139, %shuffleResult_23 : f32
          %shuffleResult_25, %valid_26 = gpu.shuffle  xor %140, %c4_i32, %c32_i32 : f32
          %141 = arith.addf %140, %shuffleResult_25 : f32
          %shuffleResult_27, %valid_28 = gpu.shuffle  xor %141, %c2_i32, %c32_i32 : f32
          %142 = arith.addf %141, %shuffleResult_27 : f32
          %shuffleResult_29, %valid_30 = gpu.shuffle  xor %142, %c1_i32, %c32_i32 : f32
          %143 = arith.addf %142, %shuffleResult_29 : f32
          %144 = arith.select %123, %143, %cst_0 : f32
          %145 = arith.addi %59, %c3 : index
          %146 = vector.load %view[%36, %145, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %147 = arith.extf %146 : vector<8xbf16> to vector<8xf32>
          %148 = arith.addi %58, %145 : index
          %149 = arith.cmpi ult, %148, %13 : index
          %150 = vector.extract %147[0] : f32 from vector<8xf32>
          %151 = arith.mulf %64, %150 : f32
          %152 = vector.extract %147[1] : f32 from vector<8xf32>
          %153 = math.fma %67, %152, %151 : f32
          %154 = vector.extract %147[2] : f32 from vector<8xf32>
          %155 = math.fma %70, %154, %153 : f32
          %156 = vector.extract %147[3] : f32 from vector<8xf32>
          %157 = math.fma %73, %156, %155 : f32
          %158 = vector.extract %147[4] : f32 from vector<8xf32>
          %159 = math.fma %76, %158, %157 : f32
          %160 = vector.extract %147[5] : f32 from vector<8xf32>
          %161 = math.fma %79, %160, %159 : f32
          %162 = vector.extract %147[6] : f32 from vector<8xf32>
          %163 = math.fma %82, %162, %161 : f32
          %164 = vector.extract %147[7] : f32 from vector<8xf32>
          %165 = math.fma %85, %164, %163 : f32
          %shuffleResult_31, %valid_32 = gpu.shuffle  xor %165, %c8_i32, %c32_i32 : f32
          %166 = arith.addf %165, %shuffleResult_31 : f32
          %shuffleResult_33, %valid_34 = gpu.shuffle  xor %166, %c4_i32, %c32_i32 : f32
          %167 = arith.addf %166, %shuffleResult_33 : f32
          %shuffleResult_35, %valid_36 = gpu.shuffle  xor %167, %c2_i32, %c32_i32 : f32
          %168 = arith.addf %167, %shuffleResult_35 : f32
          %shuffleResult_37, %valid_38 = gpu.shuffle  xor %168, %c1_i32, %c32_i32 : f32
          %169 = arith.addf %168, %shuffleResult_37 : f32
          %170 = arith.select %149, %169, %cst_0 : f32
          %171 = arith.addi %59, %c4 : index
          %172 = vector.load %view[%36, %171, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %173 = arith.extf %172 : vector<8xbf16> to vector<8xf32>
          %174 = arith.addi %58, %171 : index
          %175 = arith.cmpi ult, %174, %13 : index
          %176 = vector.extract %173[0] : f32 from vector<8xf32>
          %177 = arith.mulf %64, %176 : f32
          %178 = vector.extract %173[1] : f32 from vector<8xf32>
          %179 = math.fma %67, %178, %177 : f32
          %180 = vector.extract %173[2] : f32 from vector<8xf32>
          %181 = math.fma %70, %180, %179 : f32
          %182 = vector.extract %173[3] : f32 from vector<8xf32>
          %183 = math.fma %73, %182, %181 : f32
          %184 = vector.extract %173[4] : f32 from vector<8xf32>
          %185 = math.fma %76, %184, %183 : f32
          %186 = vector.extract %173[5] : f32 from vector<8xf32>
          %187 = math.fma %79, %186, %185 : f32
          %188 = vector.extract %173[6] : f32 from vector<8xf32>
          %189 = math.fma %82, %188, %187 : f32
          %190 = vector.extract %173[7] : f32 from vector<8xf32>
          %191 = math.fma %85, %190, %189 : f32
          %shuffleResult_39, %valid_40 = gpu.shuffle  xor %191, %c8_i32, %c32_i32 : f32
          %192 = arith.addf %191, %shuffleResult_39 : f32
          %shuffleResult_41, %valid_42 = gpu.shuffle  xor %192, %c4_i32, %c32_i32 : f32
          %193 = arith.addf %192, %shuffleResult_41 : f32
          %shuffleResult_43, %valid_44 = gpu.shuffle  xor %193, %c2_i32, %c32_i32 : f32
          %194 = arith.addf %193, %shuffleResult_43 : f32
          %shuffleResult_45, %valid_46 = gpu.shuffle  xor %194, %c1_i32, %c32_i32 : f32
          %195 = arith.addf %194, %shuffleResult_45 : f32
          %196 = arith.select %175, %195, %cst_0 : f32
          %197 = arith.addi %59, %c5 : index
          %198 = vector.load %view[%36, %197, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %199 = arith.extf %198 : vector<8xbf16> to vector<8xf32>
          %200 = arith.addi %58, %197 : index
          %201 = arith.cmpi ult, %200, %13 : index
          %202 = vector.extract %199[0] : f32 from vector<8xf32>
          %203 = arith.mulf %64, %202 : f32
          %204 = vector.extract %199[1] : f32 from vector<8xf32>
          %205 = math.fma %67, %204, %203 : f32
          %206 = vector.extract %199[2] : f32 from vector<8xf32>
          %207 = math.fma %70, %206, %205 : f32
          %208 = vector.extract %199[3] : f32 from vector<8xf32>
          %209 = math.fma %73, %208, %207 : f32
          %210 = vector.extract %199[4] : f32 from vector<8xf32>
          %211 = math.fma %76, %210, %209 : f32
          %212 = vector.extract %199[5] : f32 from vector<8xf32>
          %213 = math.fma %79, %212, %211 : f32
          %214 = vector.extract %199[6] : f32 from vector<8xf32>
          %215 = math.fma %82, %214, %213 : f32
          %216 = vector.extract %199[7] : f32 from vector<8xf32>
          %217 = math.fma %85, %216, %215 : f32
          %shuffleResult_47, %valid_48 = gpu.shuffle  xor %217, %c8_i32, %c32_i32 : f32
          %218 = arith.addf %217, %shuffleResult_47 : f32
          %shuffleResult_49, %valid_50 = gpu.shuffle  xor %218, %c4_i32, %c32_i32 : f32
          %219 = arith.addf %218, %shuffleResult_49 : f32
          %shuffleResult_51, %valid_52 = gpu.shuffle  xor %219, %c2_i32, %c32_i32 : f32
          %220 = arith.addf %219, %shuffleResult_51 : f32
          %shuffleResult_53, %valid_54 = gpu.shuffle  xor %220, %c1_i32, %c32_i32 : f32
          %221 = arith.addf %220, %shuffleResult_53 : f32
          %222 = arith.select %201, %221, %cst_0 : f32
          %223 = arith.addi %59, %c6 : index
          %224 = vector.load %view[%36, %223, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %225 = arith.extf %224 : vector<8xbf16> to vector<8xf32>
          %226 = arith.addi %58, %223 : index
          %227 = arith.cmpi ult, %226, %13 : index
          %228 = vector.extract %225[0] : f32 from vector<8xf32>
          %229 = arith.mulf %64, %228 : f32
          %230 = vector.extract %225[1] : f32 from vector<8xf32>
          %231 = math.fma %67, %230, %229 : f32
          %232 = vector.extract %225[2] : f32 from vector<8xf32>
          %233 = math.fma %70, %232, %231 : f32
          %234 = vector.extract %225[3] : f32 from vector<8xf32>
          %235 = math.fma %73, %234, %233 : f32
          %236 = vector.extract %225[4] : f32 from vector<8xf32>
          %237 = math.fma %76, %236, %235 : f32
          %238 = vector.extract %225[5] : f32 from vector<8xf32>
          %239 = math.fma %79, %238, %237 : f32
          %240 = vector.extract %225[6] : f32 from vector<8xf32>
          %241 = math.fma %82, %240, %239 : f32
          %242 = vector.extract %225[7] : f32 from vector<8xf32>
          %243 = math.fma %85, %242, %241 : f32
          %shuffleResult_55, %valid_56 = gpu.shuffle  xor %243, %c8_i32, %c32_i32 : f32
          %244 = arith.addf %243, %shuffleResult_55 : f32
          %shuffleResult_57, %valid_58 = gpu.shuffle  xor %244, %c4_i32, %c32_i32 : f32
          %245 = arith.addf %244, %shuffleResult_57 : f32
          %shuffleResult_59, %valid_60 = gpu.shuffle  xor %245, %c2_i32, %c32_i32 : f32
          %246 = arith.addf %245, %shuffleResult_59 : f32
          %shuffleResult_61, %valid_62 = gpu.shuffle  xor %246, %c1_i32, %c32_i32 : f32
          %247 = arith.addf %246, %shuffleResult_61 : f32
          %248 = arith.select %227, %247, %cst_0 : f32
          %249 = arith.addi %59, %c7 : index
          %250 = vector.load %view[%36, %249, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %251 = arith.extf %250 : vector<8xbf16> to vector<8xf32>
          %252 = arith.addi %58, %249 : index
          %253 = arith.cmpi ult, %252, %13 : index
          %254 = vector.extract %251[0] : f32 from vector<8xf32>
          %255 = arith.mulf %64, %254 : f32
          %256 = vector.extract %251[1] : f32 from vector<8xf32>
          %257 = math.fma %67, %256, %255 : f32
          %258 = vector.extract %251[2] : f32 from vector<8xf32>
          %259 = math.fma %70, %258, %257 : f32
          %260 = vector.extract %251[3] : f32 from vector<8xf32>
          %261 = math.fma %73, %260, %259 : f32
          %262 = vector.extract %251[4] : f32 from vector<8xf32>
          %263 = math.fma %76, %262, %261 : f32
          %264 = vector.extract %251[5] : f32 from vector<8xf32>
          %265 = math.fma %79, %264, %263 : f32
          %266 = vector.extract %251[6] : f32 from vector<8xf32>
          %267 = math.fma %82, %266, %265 : f32
          %268 = vector.extract %251[7] : f32 from vector<8xf32>
          %269 = math.fma %85, %268, %267 : f32
          %shuffleResult_63, %valid_64 = gpu.shuffle  xor %269, %c8_i32, %c32_i32 : f32
          %270 = arith.addf %269, %shuffleResult_63 : f32
          %shuffleResult_65, %valid_66 = gpu.shuffle  xor %270, %c4_i32, %c32_i32 : f32
          %271 = arith.addf %270, %shuffleResult_65 : f32
          %shuffleResult_67, %valid_68 = gpu.shuffle  xor %271, %c2_i32, %c32_i32 : f32
          %272 = arith.addf %271, %shuffleResult_67 : f32
          %shuffleResult_69, %valid_70 = gpu.shuffle  xor %272, %c1_i32, %c32_i32 : f32
          %273 = arith.addf %272, %shuffleResult_69 : f32
          %274 = arith.select %253, %273, %cst_0 : f32
          %275 = vector.load %view_5[%36, %59, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %276 = arith.extf %275 : vector<8xbf16> to vector<8xf32>
          %277 = vector.load %view_5[%36, %93, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %278 = arith.extf %277 : vector<8xbf16> to vector<8xf32>
          %279 = vector.load %view_5[%36, %119, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %280 = arith.extf %279 : vector<8xbf16> to vector<8xf32>
          %281 = vector.load %view_5[%36, %145, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %282 = arith.extf %281 : vector<8xbf16> to vector<8xf32>
          %283 = vector.load %view_5[%36, %171, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %284 = arith.extf %283 : vector<8xbf16> to vector<8xf32>
          %285 = vector.load %view_5[%36, %197, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %286 = arith.extf %285 : vector<8xbf16> to vector<8xf32>
          %287 = vector.load %view_5[%36, %223, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %288 = arith.extf %287 : vector<8xbf16> to vector<8xf32>
          %289 = vector.load %view_5[%36, %249, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %290 = arith.extf %289 : vector<8xbf16> to vector<8xf32>
          %291 = arith.maximumf %arg17, %92 : f32
          %292 = arith.maximumf %291, %118 : f32
          %293 = arith.maximumf %292, %144 : f32
          %294 = arith.maximumf %293, %170 : f32
          %295 = arith.maximumf %294, %196 : f32
          %296 = arith.maximumf %295, %222 : f32
          %297 = arith.maximumf %296, %248 : f32
          %298 = arith.maximumf %297, %274 : f32
          %299 = arith.cmpf oeq, %298, %cst_0 : f32
          %300 = arith.select %299, %cst_1, %298 : f32
          %301 = arith.subf %arg17, %300 : f32
          %302 = math.exp2 %301 fastmath<afn> : f32
          %303 = arith.mulf %arg18, %302 : f32
          %304 = vector.broadcast %302 : f32 to vector<8xf32>
          %305 = arith.mulf %arg19, %304 : vector<8xf32>
          %306 = arith.subf %92, %300 : f32
          %307 = math.exp2 %306 fastmath<afn> : f32
          %308 = arith.addf %303, %307 : f32
          %309 = vector.broadcast %307 : f32 to vector<8xf32>
          %310 = vector.fma %309, %276, %305 : vector<8xf32>
          %311 = arith.subf %118, %300 : f32
          %312 = math.exp2 %311 fastmath<afn> : f32
          %313 = arith.addf %308, %312 : f32
          %314 = vector.broadcast %312 : f32 to vector<8xf32>
          %315 = vector.fma %314, %278, %310 : vector<8xf32>
          %316 = arith.subf %144, %300 : f32
          %317 = math.exp2 %316 fastmath<afn> : f32
          %318 = arith.addf %313, %317 : f32
          %319 = vector.broadcast %317 : f32 to vector<8xf32>
          %320 = vector.fma %319, %280, %315 : vector<8xf32>
          %321 = arith.subf %170, %300 : f32
          %322 = math.exp2 %321 fastmath<afn> : f32
          %323 = arith.addf %318, %322 : f32
          %324 = vector.broadcast %322 : f32 to vector<8xf32>
          %325 = vector.fma %324, %282, %320 : vector<8xf32>
          %326 = arith.subf %196, %300 : f32
          %327 = math.exp2 %326 fastmath<afn> : f32
          %328 = arith.addf %323, %327 : f32
          %329 = vector.broadcast %327 : f32 to vector<8xf32>
          %330 = vector.fma %329, %284, %325 : vector<8xf32>
          %331 = arith.subf %222, %300 : f32
          %332 = math.exp2 %331 fastmath<afn> : f32
          %333 = arith.addf %328, %332 : f32
          %334 = vector.broadcast %332 : f32 to vector<8xf32>
          %335 = vector.fma %334, %286, %330 : vector<8xf32>
          %336 = arith.subf %248, %300 : f32
          %337 = math.exp2 %336 fastmath<afn> : f32
          %338 = arith.addf %333, %337 : f32
          %339 = vector.broadcast %337 : f32 to vector<8xf32>
          %340 = vector.fma %339, %288, %335 : vector<8xf32>
          %341 = arith.subf %274, %300 : f32
          %342 = math.exp2 %341 fastmath<afn> : f32
          %343 = arith.addf %338, %342 : f32
          %344 = vector.broadcast %342 : f32 to vector<8xf32>
          %345 = vector.fma %344, %290, %340 : vector<8xf32>
          gpu.barrier
          scf.yield %298, %343, %345, %49, %56 : f32, f32, vector<8xf32>, index, index
        }
        nvvm.cp.async.wait.group 0
        %34 = arith.cmpi eq, %3, %c0 : index
        %35 = arith.cmpi eq, %0, %c0 : index
        vector.store %33#2, %view_6[%3, %2, %25] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
        scf.if %35 {
          memref.store %33#0, %view_7[%3, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          memref.store %33#1, %view_8[%3, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
        }
        gpu.barrier
        scf.if %34 {
          %36 = memref.load %view_7[%c0, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %37 = memref.load %view_8[%c0, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %38 = vector.load %view_6[%c0, %2, %25] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %39 = arith.cmpf oeq, %36, %cst_0 : f32
          %40 = arith.select %39, %cst_1, %36 : f32
          %41 = arith.subf %cst_0, %40 : f32
          %42 = math.exp2 %41 fastmath<afn> : f32
          %43 = arith.subf %36, %40 : f32
          %44 = math.exp2 %43 fastmath<afn> : f32
          %45 = arith.mulf %42, %cst_1 : f32
          %46 = arith.mulf %37, %44 : f32
          %47 = arith.addf %45, %46 : f32
          %48 = vector.broadcast %44 : f32 to vector<8xf32>
          %49 = vector.broadcast %42 : f32 to vector<8xf32>
          %50 = arith.mulf %49, %cst_2 : vector<8xf32>
          %51 = vector.fma %48, %38, %50 : vector<8xf32>
          %52 = memref.load %view_7[%c1, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %53 = memref.load %view_8[%c1, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %54 = vector.load %view_6[%c1, %2, %25] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %55 = arith.maximumf %36, %52 : f32
          %56 = arith.cmpf oeq, %55, %cst_0 : f32
          %57 = arith.select %56, %cst_1, %55 : f32
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
          %69 = arith.cmpi slt, %14, %c0_i32 : i32
          %70 = arith.cmpf ogt, %64, %cst_1 : f32
          %71 = arith.select %70, %64, %cst_3 : f32
          %72 = vector.broadcast %71 : f32 to vector<8xf32>
          %73 = arith.divf %68, %72 : vector<8xf32>
          %74 = arith.select %70, %73, %cst_2 : vector<8xf32>
          %75 = math.log2 %71 fastmath<afn> : f32
          %76 = arith.addf %55, %75 : f32
          %77 = arith.mulf %76, %cst_4 : f32
          %78 = arith.select %70, %77, %cst_0 : f32
          scf.if %69 {
            %79 = arith.truncf %74 : vector<8xf32> to vector<8xbf16>
            vector.store %79, %arg12[%16, %18, %25] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
            scf.if %35 {
              memref.store %78, %arg13[%16, %18] : memref<?x32xf32>
            }
          } else {
            %79 = arith.index_cast %14 : i32 to index
            vector.store %74, %arg14[%79, %18, %25] {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
            scf.if %35 {
              memref.store %78, %arg15[%79, %18] : memref<?x32xf32>
            }
          }
        }
      }
      gpu.return
    }
    gpu.func @llama3_8b_decode_merge(%arg0: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg1: memref<?x32xf32> {attn.param = "tmp_lse"}, %arg2: memref<?xi32> {attn.param = "merge_indptr"}, %arg3: memref<1xi32> {attn.param = "num_rows"}, %arg4: memref<?x32x128xbf16> {attn.param = "o"}, %arg5: memref<?x32xf32> {attn.param = "lse"}) workgroup(%arg6 : memref<16x1x128xf32, #gpu.address_space<workgroup>>, %arg7 : memref<16x1xf32, #gpu.address_space<workgroup>>, %arg8 : memref<16x1xf32, #gpu.address_space<workgroup>>) kernel attributes {attn.bdx = 16 : i64, attn.programmatic_dependent, attn.slices = 16 : i64, known_block_size = array<i32: 256, 1, 1>} {
      %cst = arith.constant 0.693147182 : f32
      %cst_0 = arith.constant 1.000000e+00 : f32
      %cst_1 = arith.constant 1.44269502 : f32
      %cst_2 = arith.constant dense<0.000000e+00> : vector<8xf32>
      %cst_3 = arith.constant 0.000000e+00 : f32
      %cst_4 = arith.constant 0xFF800000 : f32
      %c8 = arith.constant 8 : index
      %c16 = arith.constant 16 : index
      %c1 = arith.constant 1 : index
      %c0 = arith.constant 0 : index
      nvvm.griddepcontrol  wait
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
          %13:3 = scf.for %arg9 = %12 to %10 step %c16 iter_args(%arg10 = %cst_4, %arg11 = %cst_3, %arg12 = %cst_2) -> (f32, f32, vector<8xf32>) {
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
          vector.store %13#2, %arg6[%1, %c0, %2] {alignment = 16 : i64} : memref<16x1x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %15 = arith.cmpi eq, %0, %c0 : index
          scf.if %15 {
            memref.store %13#0, %arg7[%1, %c0] : memref<16x1xf32, #gpu.address_space<workgroup>>
            memref.store %13#1, %arg8[%1, %c0] : memref<16x1xf32, #gpu.address_space<workgroup>>
          }
          gpu.barrier
          scf.if %14 {
            %16 = arith.subi %10, %7 : index
            %17 = arith.minsi %16, %c16 : index
            %18:3 = scf.for %arg9 = %c0 to %17 step %c1 iter_args(%arg10 = %cst_4, %arg11 = %cst_3, %arg12 = %cst_2) -> (f32, f32, vector<8xf32>) {
              %29 = memref.load %arg7[%arg9, %c0] : memref<16x1xf32, #gpu.address_space<workgroup>>
              %30 = memref.load %arg8[%arg9, %c0] : memref<16x1xf32, #gpu.address_space<workgroup>>
              %31 = vector.load %arg6[%arg9, %c0, %2] {alignment = 16 : i64} : memref<16x1x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
              %32 = arith.maximumf %arg10, %29 : f32
              %33 = arith.cmpf oeq, %32, %cst_4 : f32
              %34 = arith.select %33, %cst_3, %32 : f32
              %35 = arith.subf %arg10, %34 : f32
              %36 = math.exp2 %35 fastmath<afn> : f32
              %37 = arith.subf %29, %34 : f32
              %38 = math.exp2 %37 fastmath<afn> : f32
              %39 = arith.mulf %arg11, %36 : f32
              %40 = arith.mulf %30, %38 : f32
              %41 = arith.addf %39, %40 : f32
              %42 = vector.broadcast %38 : f32 to vector<8xf32>
              %43 = vector.broadcast %36 : f32 to vector<8xf32>
              %44 = arith.mulf %arg12, %43 : vector<8xf32>
              %45 = vector.fma %42, %31, %44 : vector<8xf32>
              scf.yield %32, %41, %45 : f32, f32, vector<8xf32>
            }
            %19 = arith.cmpf ogt, %18#1, %cst_3 : f32
            %20 = arith.select %19, %18#1, %cst_0 : f32
            %21 = vector.broadcast %20 : f32 to vector<8xf32>
            %22 = arith.divf %18#2, %21 : vector<8xf32>
            %23 = arith.select %19, %22, %cst_2 : vector<8xf32>
            %24 = math.log2 %20 fastmath<afn> : f32
            %25 = arith.addf %18#0, %24 : f32
            %26 = arith.mulf %25, %cst : f32
            %27 = arith.select %19, %26, %cst_4 : f32
            %28 = arith.truncf %23 : vector<8xf32> to vector<8xbf16>
            vector.store %28, %arg4[%block_id_x, %block_id_y, %2] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
            scf.if %15 {
              memref.store %27, %arg5[%block_id_x, %block_id_y] : memref<?x32xf32>
            }
          }
        }
      }
      gpu.return
    }
  }
  attn.kernel_abi @llama3_8b_decode_attention for @llama3_8b_decode_kernels::@llama3_8b_decode_attention {block = array<i32: 128, 1, 1>, dynamic_smem = 21504 : i64, family = "decode", params = [{kind = "ptr", name = "q"}, {kind = "ptr", name = "qo_indptr"}, {kind = "ptr", name = "k_cache"}, {kind = "ptr", name = "v_cache"}, {kind = "ptr", name = "kv_indptr"}, {kind = "ptr", name = "kv_indices"}, {kind = "ptr", name = "kv_last_page_len"}, {kind = "ptr", name = "work_request"}, {kind = "ptr", name = "work_kv_begin"}, {kind = "ptr", name = "work_kv_end"}, {kind = "ptr", name = "work_partial"}, {kind = "ptr", name = "num_work"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}, {kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}], role = "attention", tile = {bdx = 16 : i64, bdy = 4 : i64, bdz = 2 : i64, heads_per_thread = 1 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 16 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  attn.kernel_abi @llama3_8b_decode_merge for @llama3_8b_decode_kernels::@llama3_8b_decode_merge {block = array<i32: 256, 1, 1>, dynamic_smem = 0 : i64, family = "decode", params = [{kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}, {kind = "ptr", name = "merge_indptr"}, {kind = "ptr", name = "num_rows"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}], role = "merge", tile = {bdx = 16 : i64, heads_per_cta = 1 : i64, pdl = 1 : i64, slices = 16 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 16 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  func.func @llama3_8b_decode(%arg0: memref<?x32x128xbf16>, %arg1: memref<?xi32>, %arg2: memref<?x16x8x128xbf16>, %arg3: memref<?x16x8x128xbf16>, %arg4: memref<?xi32>, %arg5: memref<?xi32>, %arg6: memref<?xi32>, %arg7: memref<?x32x128xbf16>, %arg8: memref<?x32xf32>) {
    return
  }
}

