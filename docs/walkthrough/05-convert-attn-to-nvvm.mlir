module attributes {gpu.container_module} {
  gpu.module @llama3_8b_decode_kernels [#nvvm.target<O = 3, chip = "sm_90a">] {
    gpu.func @llama3_8b_decode_attention(%arg0: memref<?x32x128xbf16> {attn.param = "q"}, %arg1: memref<?xi32> {attn.param = "qo_indptr"}, %arg2: memref<?x16x8x128xbf16> {attn.param = "k_cache"}, %arg3: memref<?x16x8x128xbf16> {attn.param = "v_cache"}, %arg4: memref<?xi32> {attn.param = "kv_indptr"}, %arg5: memref<?xi32> {attn.param = "kv_indices"}, %arg6: memref<?xi32> {attn.param = "kv_last_page_len"}, %arg7: memref<?xi32> {attn.param = "work_request"}, %arg8: memref<?xi32> {attn.param = "work_kv_begin"}, %arg9: memref<?xi32> {attn.param = "work_kv_end"}, %arg10: memref<?xi32> {attn.param = "work_partial"}, %arg11: memref<1xi32> {attn.param = "num_work"}, %arg12: memref<?x32x128xbf16> {attn.param = "o"}, %arg13: memref<?x32xf32> {attn.param = "lse"}, %arg14: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg15: memref<?x32xf32> {attn.param = "tmp_lse"}) kernel attributes {known_block_size = array<i32: 128, 1, 1>} {
      %c16 = arith.constant 16 : index
      %c64 = arith.constant 64 : index
      %c8 = arith.constant 8 : index
      %c4 = arith.constant 4 : index
      %c0_i32 = arith.constant 0 : i32
      %c2 = arith.constant 2 : index
      %c15 = arith.constant 15 : index
      %c1 = arith.constant 1 : index
      %c16384 = arith.constant 16384 : index
      %c8192 = arith.constant 8192 : index
      %c0 = arith.constant 0 : index
      %cst = arith.constant dense<0.127517432> : vector<8xf32>
      %cst_0 = arith.constant 0xFF800000 : f32
      %cst_1 = arith.constant 0.000000e+00 : f32
      %cst_2 = arith.constant dense<0.000000e+00> : vector<8xf32>
      %c8_i32 = arith.constant 8 : i32
      %c32_i32 = arith.constant 32 : i32
      %c4_i32 = arith.constant 4 : i32
      %c2_i32 = arith.constant 2 : i32
      %c1_i32 = arith.constant 1 : i32
      %c3 = arith.constant 3 : index
      %c5 = arith.constant 5 : index
      %c6 = arith.constant 6 : index
      %c7 = arith.constant 7 : index
      %c4096 = arith.constant 4096 : index
      %c4128 = arith.constant 4128 : index
      %cst_3 = arith.constant 1.000000e+00 : f32
      %cst_4 = arith.constant 0.693147182 : f32
      nvvm.griddepcontrol  launch_dependents
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
        %30 = arith.mulf %29, %cst : vector<8xf32>
        %31 = arith.cmpi ugt, %25, %c0 : index
        %32:2 = scf.if %31 -> (index, index) {
          %48 = arith.subi %16, %c1 : index
          %49 = arith.muli %6, %c2 : index
          %50 = arith.addi %14, %49 : index
          %51 = arith.minsi %50, %48 : index
          %52 = arith.divui %51, %c16 : index
          %53 = arith.addi %21, %52 : index
          %54 = memref.load %arg5[%53] : memref<?xi32>
          %55 = arith.index_cast %54 : i32 to index
          %56 = arith.addi %49, %c1 : index
          %57 = arith.addi %14, %56 : index
          %58 = arith.minsi %57, %48 : index
          %59 = arith.divui %58, %c16 : index
          %60 = arith.addi %21, %59 : index
          %61 = memref.load %arg5[%60] : memref<?xi32>
          %62 = arith.index_cast %61 : i32 to index
          scf.yield %55, %62 : index, index
        } else {
          scf.yield %c0, %c0 : index, index
        }
        scf.if %31 {
          %48 = arith.subi %16, %c1 : index
          %49 = arith.muli %6, %c2 : index
          %50 = arith.addi %14, %49 : index
          %51 = arith.minsi %50, %48 : index
          %52 = arith.cmpi ult, %50, %16 : index
          %53 = arith.select %52, %c8, %c0 : index
          %54 = arith.remui %51, %c16 : index
          %55 = nvgpu.device_async_copy %arg2[%32#0, %54, %block_id_y, %2], %view[%c0, %49, %2], 8, %53 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %56 = nvgpu.device_async_copy %arg3[%32#0, %54, %block_id_y, %2], %view_5[%c0, %49, %2], 8, %53 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %57 = arith.addi %49, %c1 : index
          %58 = arith.addi %14, %57 : index
          %59 = arith.minsi %58, %48 : index
          %60 = arith.cmpi ult, %58, %16 : index
          %61 = arith.select %60, %c8, %c0 : index
          %62 = arith.remui %59, %c16 : index
          %63 = nvgpu.device_async_copy %arg2[%32#1, %62, %block_id_y, %2], %view[%c0, %57, %2], 8, %61 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %64 = nvgpu.device_async_copy %arg3[%32#1, %62, %block_id_y, %2], %view_5[%c0, %57, %2], 8, %61 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
        }
        nvvm.cp.async.commit.group
        %33:2 = scf.if %31 -> (index, index) {
          %48 = arith.subi %16, %c1 : index
          %49 = arith.muli %6, %c2 : index
          %50 = arith.addi %14, %c16 : index
          %51 = arith.addi %50, %49 : index
          %52 = arith.minsi %51, %48 : index
          %53 = arith.divui %52, %c16 : index
          %54 = arith.addi %21, %53 : index
          %55 = memref.load %arg5[%54] : memref<?xi32>
          %56 = arith.index_cast %55 : i32 to index
          %57 = arith.addi %49, %c1 : index
          %58 = arith.addi %50, %57 : index
          %59 = arith.minsi %58, %48 : index
          %60 = arith.divui %59, %c16 : index
          %61 = arith.addi %21, %60 : index
          %62 = memref.load %arg5[%61] : memref<?xi32>
          %63 = arith.index_cast %62 : i32 to index
          scf.yield %56, %63 : index, index
        } else {
          scf.yield %c0, %c0 : index, index
        }
        %34:5 = scf.for %arg16 = %c0 to %25 step %c1 iter_args(%arg17 = %cst_0, %arg18 = %cst_1, %arg19 = %cst_2, %arg20 = %33#0, %arg21 = %33#1) -> (f32, f32, vector<8xf32>, index, index) {
          %48 = arith.remui %arg16, %c2 : index
          %49 = arith.addi %arg16, %c1 : index
          %50 = arith.cmpi ult, %49, %25 : index
          scf.if %50 {
            %358 = arith.remui %49, %c2 : index
            %359 = arith.subi %16, %c1 : index
            %360 = arith.muli %6, %c2 : index
            %361 = arith.muli %49, %c16 : index
            %362 = arith.addi %14, %361 : index
            %363 = arith.addi %362, %360 : index
            %364 = arith.minsi %363, %359 : index
            %365 = arith.cmpi ult, %363, %16 : index
            %366 = arith.select %365, %c8, %c0 : index
            %367 = arith.remui %364, %c16 : index
            %368 = nvgpu.device_async_copy %arg2[%arg20, %367, %block_id_y, %2], %view[%358, %360, %2], 8, %366 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %369 = nvgpu.device_async_copy %arg3[%arg20, %367, %block_id_y, %2], %view_5[%358, %360, %2], 8, %366 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %370 = arith.addi %360, %c1 : index
            %371 = arith.addi %362, %370 : index
            %372 = arith.minsi %371, %359 : index
            %373 = arith.cmpi ult, %371, %16 : index
            %374 = arith.select %373, %c8, %c0 : index
            %375 = arith.remui %372, %c16 : index
            %376 = nvgpu.device_async_copy %arg2[%arg21, %375, %block_id_y, %2], %view[%358, %370, %2], 8, %374 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %377 = nvgpu.device_async_copy %arg3[%arg21, %375, %block_id_y, %2], %view_5[%358, %370, %2], 8, %374 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          }
          nvvm.cp.async.commit.group
          %51 = arith.addi %arg16, %c2 : index
          %52 = arith.subi %16, %c1 : index
          %53 = arith.muli %6, %c2 : index
          %54 = arith.muli %51, %c16 : index
          %55 = arith.addi %14, %54 : index
          %56 = arith.addi %55, %53 : index
          %57 = arith.minsi %56, %52 : index
          %58 = arith.divui %57, %c16 : index
          %59 = arith.addi %21, %58 : index
          %60 = memref.load %arg5[%59] : memref<?xi32>
          %61 = arith.index_cast %60 : i32 to index
          %62 = arith.addi %53, %c1 : index
          %63 = arith.addi %55, %62 : index
          %64 = arith.minsi %63, %52 : index
          %65 = arith.divui %64, %c16 : index
          %66 = arith.addi %21, %65 : index
          %67 = memref.load %arg5[%66] : memref<?xi32>
          %68 = arith.index_cast %67 : i32 to index
          nvvm.cp.async.wait.group 1
          gpu.barrier
          %69 = arith.muli %arg16, %c16 : index
          %70 = arith.addi %14, %69 : index
          %71 = arith.muli %1, %c8 : index
          %72 = vector.load %view[%48, %71, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %73 = arith.extf %72 : vector<8xbf16> to vector<8xf32>
          %74 = vector.extract %30[0] : f32 from vector<8xf32>
          %75 = vector.extract %73[0] : f32 from vector<8xf32>
          %76 = arith.mulf %74, %75 : f32
          %77 = vector.extract %30[1] : f32 from vector<8xf32>
          %78 = vector.extract %73[1] : f32 from vector<8xf32>
          %79 = math.fma %77, %78, %76 : f32
          %80 = vector.extract %30[2] : f32 from vector<8xf32>
          %81 = vector.extract %73[2] : f32 from vector<8xf32>
          %82 = math.fma %80, %81, %79 : f32
          %83 = vector.extract %30[3] : f32 from vector<8xf32>
          %84 = vector.extract %73[3] : f32 from vector<8xf32>
          %85 = math.fma %83, %84, %82 : f32
          %86 = vector.extract %30[4] : f32 from vector<8xf32>
          %87 = vector.extract %73[4] : f32 from vector<8xf32>
          %88 = math.fma %86, %87, %85 : f32
          %89 = vector.extract %30[5] : f32 from vector<8xf32>
          %90 = vector.extract %73[5] : f32 from vector<8xf32>
          %91 = math.fma %89, %90, %88 : f32
          %92 = vector.extract %30[6] : f32 from vector<8xf32>
          %93 = vector.extract %73[6] : f32 from vector<8xf32>
          %94 = math.fma %92, %93, %91 : f32
          %95 = vector.extract %30[7] : f32 from vector<8xf32>
          %96 = vector.extract %73[7] : f32 from vector<8xf32>
          %97 = math.fma %95, %96, %94 : f32
          %shuffleResult, %valid = gpu.shuffle  xor %97, %c8_i32, %c32_i32 : f32
          %98 = arith.addf %97, %shuffleResult : f32
          %shuffleResult_10, %valid_11 = gpu.shuffle  xor %98, %c4_i32, %c32_i32 : f32
          %99 = arith.addf %98, %shuffleResult_10 : f32
          %shuffleResult_12, %valid_13 = gpu.shuffle  xor %99, %c2_i32, %c32_i32 : f32
          %100 = arith.addf %99, %shuffleResult_12 : f32
          %shuffleResult_14, %valid_15 = gpu.shuffle  xor %100, %c1_i32, %c32_i32 : f32
          %101 = arith.addf %100, %shuffleResult_14 : f32
          %102 = arith.addi %71, %c1 : index
          %103 = vector.load %view[%48, %102, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %104 = arith.extf %103 : vector<8xbf16> to vector<8xf32>
          %105 = vector.extract %104[0] : f32 from vector<8xf32>
          %106 = arith.mulf %74, %105 : f32
          %107 = vector.extract %104[1] : f32 from vector<8xf32>
          %108 = math.fma %77, %107, %106 : f32
          %109 = vector.extract %104[2] : f32 from vector<8xf32>
          %110 = math.fma %80, %109, %108 : f32
          %111 = vector.extract %104[3] : f32 from vector<8xf32>
          %112 = math.fma %83, %111, %110 : f32
          %113 = vector.extract %104[4] : f32 from vector<8xf32>
          %114 = math.fma %86, %113, %112 : f32
          %115 = vector.extract %104[5] : f32 from vector<8xf32>
          %116 = math.fma %89, %115, %114 : f32
          %117 = vector.extract %104[6] : f32 from vector<8xf32>
          %118 = math.fma %92, %117, %116 : f32
          %119 = vector.extract %104[7] : f32 from vector<8xf32>
          %120 = math.fma %95, %119, %118 : f32
          %shuffleResult_16, %valid_17 = gpu.shuffle  xor %120, %c8_i32, %c32_i32 : f32
          %121 = arith.addf %120, %shuffleResult_16 : f32
          %shuffleResult_18, %valid_19 = gpu.shuffle  xor %121, %c4_i32, %c32_i32 : f32
          %122 = arith.addf %121, %shuffleResult_18 : f32
          %shuffleResult_20, %valid_21 = gpu.shuffle  xor %122, %c2_i32, %c32_i32 : f32
          %123 = arith.addf %122, %shuffleResult_20 : f32
          %shuffleResult_22, %valid_23 = gpu.shuffle  xor %123, %c1_i32, %c32_i32 : f32
          %124 = arith.addf %123, %shuffleResult_22 : f32
          %125 = arith.addi %71, %c2 : index
          %126 = vector.load %view[%48, %125, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %127 = arith.extf %126 : vector<8xbf16> to vector<8xf32>
          %128 = vector.extract %127[0] : f32 from vector<8xf32>
          %129 = arith.mulf %74, %128 : f32
          %130 = vector.extract %127[1] : f32 from vector<8xf32>
          %131 = math.fma %77, %130, %129 : f32
          %132 = vector.extract %127[2] : f32 from vector<8xf32>
          %133 = math.fma %80, %132, %131 : f32
          %134 = vector.extract %127[3] : f32 from vector<8xf32>
          %135 = math.fma %83, %134, %133 : f32
          %136 = vector.extract %127[4] : f32 from vector<8xf32>
          %137 = math.fma %86, %136, %135 : f32
          %138 = vector.extract %127[5] : f32 from vector<8xf32>
          %139 = math.fma %89, %138, %137 : f32
          %140 = vector.extract %127[6] : f32 from vector<8xf32>
          %141 = math.fma %92, %140, %139 : f32
          %142 = vector.extract %127[7] : f32 from vector<8xf32>
          %143 = math.fma %95, %142, %141 : f32
          %shuffleResult_24, %valid_25 = gpu.shuffle  xor %143, %c8_i32, %c32_i32 : f32
          %144 = arith.addf %143, %shuffleResult_24 : f32
          %shuffleResult_26, %valid_27 = gpu.shuffle  xor %144, %c4_i32, %c32_i32 : f32
          %145 = arith.addf %144, %shuffleResult_26 : f32
          %shuffleResult_28, %valid_29 = gpu.shuffle  xor %145, %c2_i32, %c32_i32 : f32
          %146 = arith.addf %145, %shuffleResult_28 : f32
          %shuffleResult_30, %valid_31 = gpu.shuffle  xor %146, %c1_i32, %c32_i32 : f32
          %147 = arith.addf %146, %shuffleResult_30 : f32
          %148 = arith.addi %71, %c3 : index
          %149 = vector.load %view[%48, %148, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %150 = arith.extf %149 : vector<8xbf16> to vector<8xf32>
          %151 = vector.extract %150[0] : f32 from vector<8xf32>
          %152 = arith.mulf %74, %151 : f32
          %153 = vector.extract %150[1] : f32 from vector<8xf32>
          %154 = math.fma %77, %153, %152 : f32
          %155 = vector.extract %150[2] : f32 from vector<8xf32>
          %156 = math.fma %80, %155, %154 : f32
          %157 = vector.extract %150[3] : f32 from vector<8xf32>
          %158 = math.fma %83, %157, %156 : f32
          %159 = vector.extract %150[4] : f32 from vector<8xf32>
          %160 = math.fma %86, %159, %158 : f32
          %161 = vector.extract %150[5] : f32 from vector<8xf32>
          %162 = math.fma %89, %161, %160 : f32
          %163 = vector.extract %150[6] : f32 from vector<8xf32>
          %164 = math.fma %92, %163, %162 : f32
          %165 = vector.extract %150[7] : f32 from vector<8xf32>
          %166 = math.fma %95, %165, %164 : f32
          %shuffleResult_32, %valid_33 = gpu.shuffle  xor %166, %c8_i32, %c32_i32 : f32
          %167 = arith.addf %166, %shuffleResult_32 : f32
          %shuffleResult_34, %valid_35 = gpu.shuffle  xor %167, %c4_i32, %c32_i32 : f32
          %168 = arith.addf %167, %shuffleResult_34 : f32
          %shuffleResult_36, %valid_37 = gpu.shuffle  xor %168, %c2_i32, %c32_i32 : f32
          %169 = arith.addf %168, %shuffleResult_36 : f32
          %shuffleResult_38, %valid_39 = gpu.shuffle  xor %169, %c1_i32, %c32_i32 : f32
          %170 = arith.addf %169, %shuffleResult_38 : f32
          %171 = arith.addi %71, %c4 : index
          %172 = vector.load %view[%48, %171, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %173 = arith.extf %172 : vector<8xbf16> to vector<8xf32>
          %174 = vector.extract %173[0] : f32 from vector<8xf32>
          %175 = arith.mulf %74, %174 : f32
          %176 = vector.extract %173[1] : f32 from vector<8xf32>
          %177 = math.fma %77, %176, %175 : f32
          %178 = vector.extract %173[2] : f32 from vector<8xf32>
          %179 = math.fma %80, %178, %177 : f32
          %180 = vector.extract %173[3] : f32 from vector<8xf32>
          %181 = math.fma %83, %180, %179 : f32
          %182 = vector.extract %173[4] : f32 from vector<8xf32>
          %183 = math.fma %86, %182, %181 : f32
          %184 = vector.extract %173[5] : f32 from vector<8xf32>
          %185 = math.fma %89, %184, %183 : f32
          %186 = vector.extract %173[6] : f32 from vector<8xf32>
          %187 = math.fma %92, %186, %185 : f32
          %188 = vector.extract %173[7] : f32 from vector<8xf32>
          %189 = math.fma %95, %188, %187 : f32
          %shuffleResult_40, %valid_41 = gpu.shuffle  xor %189, %c8_i32, %c32_i32 : f32
          %190 = arith.addf %189, %shuffleResult_40 : f32
          %shuffleResult_42, %valid_43 = gpu.shuffle  xor %190, %c4_i32, %c32_i32 : f32
          %191 = arith.addf %190, %shuffleResult_42 : f32
          %shuffleResult_44, %valid_45 = gpu.shuffle  xor %191, %c2_i32, %c32_i32 : f32
          %192 = arith.addf %191, %shuffleResult_44 : f32
          %shuffleResult_46, %valid_47 = gpu.shuffle  xor %192, %c1_i32, %c32_i32 : f32
          %193 = arith.addf %192, %shuffleResult_46 : f32
          %194 = arith.addi %71, %c5 : index
          %195 = vector.load %view[%48, %194, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %196 = arith.extf %195 : vector<8xbf16> to vector<8xf32>
          %197 = vector.extract %196[0] : f32 from vector<8xf32>
          %198 = arith.mulf %74, %197 : f32
          %199 = vector.extract %196[1] : f32 from vector<8xf32>
          %200 = math.fma %77, %199, %198 : f32
          %201 = vector.extract %196[2] : f32 from vector<8xf32>
          %202 = math.fma %80, %201, %200 : f32
          %203 = vector.extract %196[3] : f32 from vector<8xf32>
          %204 = math.fma %83, %203, %202 : f32
          %205 = vector.extract %196[4] : f32 from vector<8xf32>
          %206 = math.fma %86, %205, %204 : f32
          %207 = vector.extract %196[5] : f32 from vector<8xf32>
          %208 = math.fma %89, %207, %206 : f32
          %209 = vector.extract %196[6] : f32 from vector<8xf32>
          %210 = math.fma %92, %209, %208 : f32
          %211 = vector.extract %196[7] : f32 from vector<8xf32>
          %212 = math.fma %95, %211, %210 : f32
          %shuffleResult_48, %valid_49 = gpu.shuffle  xor %212, %c8_i32, %c32_i32 : f32
          %213 = arith.addf %212, %shuffleResult_48 : f32
          %shuffleResult_50, %valid_51 = gpu.shuffle  xor %213, %c4_i32, %c32_i32 : f32
          %214 = arith.addf %213, %shuffleResult_50 : f32
          %shuffleResult_52, %valid_53 = gpu.shuffle  xor %214, %c2_i32, %c32_i32 : f32
          %215 = arith.addf %214, %shuffleResult_52 : f32
          %shuffleResult_54, %valid_55 = gpu.shuffle  xor %215, %c1_i32, %c32_i32 : f32
          %216 = arith.addf %215, %shuffleResult_54 : f32
          %217 = arith.addi %71, %c6 : index
          %218 = vector.load %view[%48, %217, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %219 = arith.extf %218 : vector<8xbf16> to vector<8xf32>
          %220 = vector.extract %219[0] : f32 from vector<8xf32>
          %221 = arith.mulf %74, %220 : f32
          %222 = vector.extract %219[1] : f32 from vector<8xf32>
          %223 = math.fma %77, %222, %221 : f32
          %224 = vector.extract %219[2] : f32 from vector<8xf32>
          %225 = math.fma %80, %224, %223 : f32
          %226 = vector.extract %219[3] : f32 from vector<8xf32>
          %227 = math.fma %83, %226, %225 : f32
          %228 = vector.extract %219[4] : f32 from vector<8xf32>
          %229 = math.fma %86, %228, %227 : f32
          %230 = vector.extract %219[5] : f32 from vector<8xf32>
          %231 = math.fma %89, %230, %229 : f32
          %232 = vector.extract %219[6] : f32 from vector<8xf32>
          %233 = math.fma %92, %232, %231 : f32
          %234 = vector.extract %219[7] : f32 from vector<8xf32>
          %235 = math.fma %95, %234, %233 : f32
          %shuffleResult_56, %valid_57 = gpu.shuffle  xor %235, %c8_i32, %c32_i32 : f32
          %236 = arith.addf %235, %shuffleResult_56 : f32
          %shuffleResult_58, %valid_59 = gpu.shuffle  xor %236, %c4_i32, %c32_i32 : f32
          %237 = arith.addf %236, %shuffleResult_58 : f32
          %shuffleResult_60, %valid_61 = gpu.shuffle  xor %237, %c2_i32, %c32_i32 : f32
          %238 = arith.addf %237, %shuffleResult_60 : f32
          %shuffleResult_62, %valid_63 = gpu.shuffle  xor %238, %c1_i32, %c32_i32 : f32
          %239 = arith.addf %238, %shuffleResult_62 : f32
          %240 = arith.addi %71, %c7 : index
          %241 = vector.load %view[%48, %240, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %242 = arith.extf %241 : vector<8xbf16> to vector<8xf32>
          %243 = vector.extract %242[0] : f32 from vector<8xf32>
          %244 = arith.mulf %74, %243 : f32
          %245 = vector.extract %242[1] : f32 from vector<8xf32>
          %246 = math.fma %77, %245, %244 : f32
          %247 = vector.extract %242[2] : f32 from vector<8xf32>
          %248 = math.fma %80, %247, %246 : f32
          %249 = vector.extract %242[3] : f32 from vector<8xf32>
          %250 = math.fma %83, %249, %248 : f32
          %251 = vector.extract %242[4] : f32 from vector<8xf32>
          %252 = math.fma %86, %251, %250 : f32
          %253 = vector.extract %242[5] : f32 from vector<8xf32>
          %254 = math.fma %89, %253, %252 : f32
          %255 = vector.extract %242[6] : f32 from vector<8xf32>
          %256 = math.fma %92, %255, %254 : f32
          %257 = vector.extract %242[7] : f32 from vector<8xf32>
          %258 = math.fma %95, %257, %256 : f32
          %shuffleResult_64, %valid_65 = gpu.shuffle  xor %258, %c8_i32, %c32_i32 : f32
          %259 = arith.addf %258, %shuffleResult_64 : f32
          %shuffleResult_66, %valid_67 = gpu.shuffle  xor %259, %c4_i32, %c32_i32 : f32
          %260 = arith.addf %259, %shuffleResult_66 : f32
          %shuffleResult_68, %valid_69 = gpu.shuffle  xor %260, %c2_i32, %c32_i32 : f32
          %261 = arith.addf %260, %shuffleResult_68 : f32
          %shuffleResult_70, %valid_71 = gpu.shuffle  xor %261, %c1_i32, %c32_i32 : f32
          %262 = arith.addf %261, %shuffleResult_70 : f32
          %263 = arith.addi %70, %71 : index
          %264 = arith.cmpi ult, %263, %16 : index
          %265 = arith.select %264, %101, %cst_0 : f32
          %266 = arith.addi %70, %102 : index
          %267 = arith.cmpi ult, %266, %16 : index
          %268 = arith.select %267, %124, %cst_0 : f32
          %269 = arith.addi %70, %125 : index
          %270 = arith.cmpi ult, %269, %16 : index
          %271 = arith.select %270, %147, %cst_0 : f32
          %272 = arith.addi %70, %148 : index
          %273 = arith.cmpi ult, %272, %16 : index
          %274 = arith.select %273, %170, %cst_0 : f32
          %275 = arith.addi %70, %171 : index
          %276 = arith.cmpi ult, %275, %16 : index
          %277 = arith.select %276, %193, %cst_0 : f32
          %278 = arith.addi %70, %194 : index
          %279 = arith.cmpi ult, %278, %16 : index
          %280 = arith.select %279, %216, %cst_0 : f32
          %281 = arith.addi %70, %217 : index
          %282 = arith.cmpi ult, %281, %16 : index
          %283 = arith.select %282, %239, %cst_0 : f32
          %284 = arith.addi %70, %240 : index
          %285 = arith.cmpi ult, %284, %16 : index
          %286 = arith.select %285, %262, %cst_0 : f32
          %287 = vector.load %view_5[%48, %71, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %288 = arith.extf %287 : vector<8xbf16> to vector<8xf32>
          %289 = vector.load %view_5[%48, %102, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %290 = arith.extf %289 : vector<8xbf16> to vector<8xf32>
          %291 = vector.load %view_5[%48, %125, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %292 = arith.extf %291 : vector<8xbf16> to vector<8xf32>
          %293 = vector.load %view_5[%48, %148, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %294 = arith.extf %293 : vector<8xbf16> to vector<8xf32>
          %295 = vector.load %view_5[%48, %171, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %296 = arith.extf %295 : vector<8xbf16> to vector<8xf32>
          %297 = vector.load %view_5[%48, %194, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %298 = arith.extf %297 : vector<8xbf16> to vector<8xf32>
          %299 = vector.load %view_5[%48, %217, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %300 = arith.extf %299 : vector<8xbf16> to vector<8xf32>
          %301 = vector.load %view_5[%48, %240, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %302 = arith.extf %301 : vector<8xbf16> to vector<8xf32>
          %303 = arith.maximumf %arg17, %265 : f32
          %304 = arith.maximumf %303, %268 : f32
          %305 = arith.maximumf %304, %271 : f32
          %306 = arith.maximumf %305, %274 : f32
          %307 = arith.maximumf %306, %277 : f32
          %308 = arith.maximumf %307, %280 : f32
          %309 = arith.maximumf %308, %283 : f32
          %310 = arith.maximumf %309, %286 : f32
          %311 = arith.cmpf oeq, %310, %cst_0 : f32
          %312 = arith.select %311, %cst_1, %310 : f32
          %313 = arith.subf %arg17, %312 : f32
          %314 = math.exp2 %313 fastmath<afn> : f32
          %315 = arith.mulf %arg18, %314 : f32
          %316 = vector.broadcast %314 : f32 to vector<8xf32>
          %317 = arith.mulf %arg19, %316 : vector<8xf32>
          %318 = arith.subf %265, %312 : f32
          %319 = math.exp2 %318 fastmath<afn> : f32
          %320 = arith.addf %315, %319 : f32
          %321 = vector.broadcast %319 : f32 to vector<8xf32>
          %322 = vector.fma %321, %288, %317 : vector<8xf32>
          %323 = arith.subf %268, %312 : f32
          %324 = math.exp2 %323 fastmath<afn> : f32
          %325 = arith.addf %320, %324 : f32
          %326 = vector.broadcast %324 : f32 to vector<8xf32>
          %327 = vector.fma %326, %290, %322 : vector<8xf32>
          %328 = arith.subf %271, %312 : f32
          %329 = math.exp2 %328 fastmath<afn> : f32
          %330 = arith.addf %325, %329 : f32
          %331 = vector.broadcast %329 : f32 to vector<8xf32>
          %332 = vector.fma %331, %292, %327 : vector<8xf32>
          %333 = arith.subf %274, %312 : f32
          %334 = math.exp2 %333 fastmath<afn> : f32
          %335 = arith.addf %330, %334 : f32
          %336 = vector.broadcast %334 : f32 to vector<8xf32>
          %337 = vector.fma %336, %294, %332 : vector<8xf32>
          %338 = arith.subf %277, %312 : f32
          %339 = math.exp2 %338 fastmath<afn> : f32
          %340 = arith.addf %335, %339 : f32
          %341 = vector.broadcast %339 : f32 to vector<8xf32>
          %342 = vector.fma %341, %296, %337 : vector<8xf32>
          %343 = arith.subf %280, %312 : f32
          %344 = math.exp2 %343 fastmath<afn> : f32
          %345 = arith.addf %340, %344 : f32
          %346 = vector.broadcast %344 : f32 to vector<8xf32>
          %347 = vector.fma %346, %298, %342 : vector<8xf32>
          %348 = arith.subf %283, %312 : f32
          %349 = math.exp2 %348 fastmath<afn> : f32
          %350 = arith.addf %345, %349 : f32
          %351 = vector.broadcast %349 : f32 to vector<8xf32>
          %352 = vector.fma %351, %300, %347 : vector<8xf32>
          %353 = arith.subf %286, %312 : f32
          %354 = math.exp2 %353 fastmath<afn> : f32
          %355 = arith.addf %350, %354 : f32
          %356 = vector.broadcast %354 : f32 to vector<8xf32>
          %357 = vector.fma %356, %302, %352 : vector<8xf32>
          gpu.barrier
          scf.yield %310, %355, %357, %61, %68 : f32, f32, vector<8xf32>, index, index
        }
        nvvm.cp.async.wait.group 0
        %view_7 = memref.view %view_6[%c0][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4x128xf32, #gpu.address_space<workgroup>>
        %view_8 = memref.view %view_6[%c4096][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4xf32, #gpu.address_space<workgroup>>
        %view_9 = memref.view %view_6[%c4128][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4xf32, #gpu.address_space<workgroup>>
        vector.store %34#2, %view_7[%1, %4, %2] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
        %35 = arith.cmpi eq, %0, %c0 : index
        scf.if %35 {
          memref.store %34#0, %view_8[%1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          memref.store %34#1, %view_9[%1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
        }
        gpu.barrier
        %36 = arith.cmpi eq, %1, %c0 : index
        %37:3 = scf.if %36 -> (f32, f32, vector<8xf32>) {
          %48 = memref.load %view_8[%c0, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %49 = memref.load %view_9[%c0, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %50 = vector.load %view_7[%c0, %4, %2] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %51 = arith.cmpf oeq, %48, %cst_0 : f32
          %52 = arith.select %51, %cst_1, %48 : f32
          %53 = arith.subf %cst_0, %52 : f32
          %54 = math.exp2 %53 fastmath<afn> : f32
          %55 = arith.subf %48, %52 : f32
          %56 = math.exp2 %55 fastmath<afn> : f32
          %57 = arith.mulf %54, %cst_1 : f32
          %58 = arith.mulf %49, %56 : f32
          %59 = arith.addf %57, %58 : f32
          %60 = vector.broadcast %56 : f32 to vector<8xf32>
          %61 = vector.broadcast %54 : f32 to vector<8xf32>
          %62 = arith.mulf %61, %cst_2 : vector<8xf32>
          %63 = vector.fma %60, %50, %62 : vector<8xf32>
          %64 = memref.load %view_8[%c1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %65 = memref.load %view_9[%c1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %66 = vector.load %view_7[%c1, %4, %2] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %67 = arith.maximumf %48, %64 : f32
          %68 = arith.cmpf oeq, %67, %cst_0 : f32
          %69 = arith.select %68, %cst_1, %67 : f32
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
        %38 = arith.cmpf ogt, %37#1, %cst_1 : f32
        %39 = arith.select %38, %37#1, %cst_3 : f32
        %40 = vector.broadcast %39 : f32 to vector<8xf32>
        %41 = arith.divf %37#2, %40 : vector<8xf32>
        %42 = arith.select %38, %41, %cst_2 : vector<8xf32>
        %43 = math.log2 %39 fastmath<afn> : f32
        %44 = arith.addf %37#0, %43 : f32
        %45 = arith.mulf %44, %cst_4 : f32
        %46 = arith.select %38, %45, %cst_0 : f32
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
    gpu.func @llama3_8b_decode_merge(%arg0: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg1: memref<?x32xf32> {attn.param = "tmp_lse"}, %arg2: memref<?xi32> {attn.param = "merge_indptr"}, %arg3: memref<1xi32> {attn.param = "num_rows"}, %arg4: memref<?x32x128xbf16> {attn.param = "o"}, %arg5: memref<?x32xf32> {attn.param = "lse"}) workgroup(%arg6 : memref<16x1x128xf32, #gpu.address_space<workgroup>>, %arg7 : memref<16x1xf32, #gpu.address_space<workgroup>>, %arg8 : memref<16x1xf32, #gpu.address_space<workgroup>>) kernel attributes {attn.programmatic_dependent, known_block_size = array<i32: 256, 1, 1>} {
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

