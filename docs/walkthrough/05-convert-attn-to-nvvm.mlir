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
        scf.if %31 {
          %47 = arith.subi %16, %c1 : index
          %48 = arith.muli %6, %c2 : index
          %49 = arith.addi %14, %48 : index
          %50 = arith.minsi %49, %47 : index
          %51 = arith.divui %50, %c16 : index
          %52 = arith.addi %21, %51 : index
          %53 = memref.load %arg5[%52] : memref<?xi32>
          %54 = arith.index_cast %53 : i32 to index
          %55 = arith.addi %48, %c1 : index
          %56 = arith.addi %14, %55 : index
          %57 = arith.minsi %56, %47 : index
          %58 = arith.divui %57, %c16 : index
          %59 = arith.addi %21, %58 : index
          %60 = memref.load %arg5[%59] : memref<?xi32>
          %61 = arith.index_cast %60 : i32 to index
          %62 = arith.cmpi ult, %49, %16 : index
          %63 = arith.select %62, %c8, %c0 : index
          %64 = arith.remui %50, %c16 : index
          %65 = nvgpu.device_async_copy %arg2[%54, %64, %block_id_y, %2], %view[%c0, %48, %2], 8, %63 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %66 = nvgpu.device_async_copy %arg3[%54, %64, %block_id_y, %2], %view_5[%c0, %48, %2], 8, %63 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %67 = arith.cmpi ult, %56, %16 : index
          %68 = arith.select %67, %c8, %c0 : index
          %69 = arith.remui %57, %c16 : index
          %70 = nvgpu.device_async_copy %arg2[%61, %69, %block_id_y, %2], %view[%c0, %55, %2], 8, %68 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %71 = nvgpu.device_async_copy %arg3[%61, %69, %block_id_y, %2], %view_5[%c0, %55, %2], 8, %68 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
        }
        nvvm.cp.async.commit.group
        %32:2 = scf.if %31 -> (index, index) {
          %47 = arith.subi %16, %c1 : index
          %48 = arith.muli %6, %c2 : index
          %49 = arith.addi %14, %c16 : index
          %50 = arith.addi %49, %48 : index
          %51 = arith.minsi %50, %47 : index
          %52 = arith.divui %51, %c16 : index
          %53 = arith.addi %21, %52 : index
          %54 = memref.load %arg5[%53] : memref<?xi32>
          %55 = arith.index_cast %54 : i32 to index
          %56 = arith.addi %48, %c1 : index
          %57 = arith.addi %49, %56 : index
          %58 = arith.minsi %57, %47 : index
          %59 = arith.divui %58, %c16 : index
          %60 = arith.addi %21, %59 : index
          %61 = memref.load %arg5[%60] : memref<?xi32>
          %62 = arith.index_cast %61 : i32 to index
          scf.yield %55, %62 : index, index
        } else {
          scf.yield %c0, %c0 : index, index
        }
        %33:5 = scf.for %arg16 = %c0 to %25 step %c1 iter_args(%arg17 = %cst_0, %arg18 = %cst_1, %arg19 = %cst_2, %arg20 = %32#0, %arg21 = %32#1) -> (f32, f32, vector<8xf32>, index, index) {
          %47 = arith.remui %arg16, %c2 : index
          %48 = arith.addi %arg16, %c1 : index
          %49 = arith.cmpi ult, %48, %25 : index
          scf.if %49 {
            %357 = arith.remui %48, %c2 : index
            %358 = arith.subi %16, %c1 : index
            %359 = arith.muli %6, %c2 : index
            %360 = arith.muli %48, %c16 : index
            %361 = arith.addi %14, %360 : index
            %362 = arith.addi %361, %359 : index
            %363 = arith.minsi %362, %358 : index
            %364 = arith.cmpi ult, %362, %16 : index
            %365 = arith.select %364, %c8, %c0 : index
            %366 = arith.remui %363, %c16 : index
            %367 = nvgpu.device_async_copy %arg2[%arg20, %366, %block_id_y, %2], %view[%357, %359, %2], 8, %365 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %368 = nvgpu.device_async_copy %arg3[%arg20, %366, %block_id_y, %2], %view_5[%357, %359, %2], 8, %365 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %369 = arith.addi %359, %c1 : index
            %370 = arith.addi %361, %369 : index
            %371 = arith.minsi %370, %358 : index
            %372 = arith.cmpi ult, %370, %16 : index
            %373 = arith.select %372, %c8, %c0 : index
            %374 = arith.remui %371, %c16 : index
            %375 = nvgpu.device_async_copy %arg2[%arg21, %374, %block_id_y, %2], %view[%357, %369, %2], 8, %373 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %376 = nvgpu.device_async_copy %arg3[%arg21, %374, %block_id_y, %2], %view_5[%357, %369, %2], 8, %373 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          }
          nvvm.cp.async.commit.group
          %50 = arith.addi %arg16, %c2 : index
          %51 = arith.subi %16, %c1 : index
          %52 = arith.muli %6, %c2 : index
          %53 = arith.muli %50, %c16 : index
          %54 = arith.addi %14, %53 : index
          %55 = arith.addi %54, %52 : index
          %56 = arith.minsi %55, %51 : index
          %57 = arith.divui %56, %c16 : index
          %58 = arith.addi %21, %57 : index
          %59 = memref.load %arg5[%58] : memref<?xi32>
          %60 = arith.index_cast %59 : i32 to index
          %61 = arith.addi %52, %c1 : index
          %62 = arith.addi %54, %61 : index
          %63 = arith.minsi %62, %51 : index
          %64 = arith.divui %63, %c16 : index
          %65 = arith.addi %21, %64 : index
          %66 = memref.load %arg5[%65] : memref<?xi32>
          %67 = arith.index_cast %66 : i32 to index
          nvvm.cp.async.wait.group 1
          gpu.barrier
          %68 = arith.muli %arg16, %c16 : index
          %69 = arith.addi %14, %68 : index
          %70 = arith.muli %1, %c8 : index
          %71 = vector.load %view[%47, %70, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %72 = arith.extf %71 : vector<8xbf16> to vector<8xf32>
          %73 = vector.extract %30[0] : f32 from vector<8xf32>
          %74 = vector.extract %72[0] : f32 from vector<8xf32>
          %75 = arith.mulf %73, %74 : f32
          %76 = vector.extract %30[1] : f32 from vector<8xf32>
          %77 = vector.extract %72[1] : f32 from vector<8xf32>
          %78 = math.fma %76, %77, %75 : f32
          %79 = vector.extract %30[2] : f32 from vector<8xf32>
          %80 = vector.extract %72[2] : f32 from vector<8xf32>
          %81 = math.fma %79, %80, %78 : f32
          %82 = vector.extract %30[3] : f32 from vector<8xf32>
          %83 = vector.extract %72[3] : f32 from vector<8xf32>
          %84 = math.fma %82, %83, %81 : f32
          %85 = vector.extract %30[4] : f32 from vector<8xf32>
          %86 = vector.extract %72[4] : f32 from vector<8xf32>
          %87 = math.fma %85, %86, %84 : f32
          %88 = vector.extract %30[5] : f32 from vector<8xf32>
          %89 = vector.extract %72[5] : f32 from vector<8xf32>
          %90 = math.fma %88, %89, %87 : f32
          %91 = vector.extract %30[6] : f32 from vector<8xf32>
          %92 = vector.extract %72[6] : f32 from vector<8xf32>
          %93 = math.fma %91, %92, %90 : f32
          %94 = vector.extract %30[7] : f32 from vector<8xf32>
          %95 = vector.extract %72[7] : f32 from vector<8xf32>
          %96 = math.fma %94, %95, %93 : f32
          %shuffleResult, %valid = gpu.shuffle  xor %96, %c8_i32, %c32_i32 : f32
          %97 = arith.addf %96, %shuffleResult : f32
          %shuffleResult_10, %valid_11 = gpu.shuffle  xor %97, %c4_i32, %c32_i32 : f32
          %98 = arith.addf %97, %shuffleResult_10 : f32
          %shuffleResult_12, %valid_13 = gpu.shuffle  xor %98, %c2_i32, %c32_i32 : f32
          %99 = arith.addf %98, %shuffleResult_12 : f32
          %shuffleResult_14, %valid_15 = gpu.shuffle  xor %99, %c1_i32, %c32_i32 : f32
          %100 = arith.addf %99, %shuffleResult_14 : f32
          %101 = arith.addi %70, %c1 : index
          %102 = vector.load %view[%47, %101, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %103 = arith.extf %102 : vector<8xbf16> to vector<8xf32>
          %104 = vector.extract %103[0] : f32 from vector<8xf32>
          %105 = arith.mulf %73, %104 : f32
          %106 = vector.extract %103[1] : f32 from vector<8xf32>
          %107 = math.fma %76, %106, %105 : f32
          %108 = vector.extract %103[2] : f32 from vector<8xf32>
          %109 = math.fma %79, %108, %107 : f32
          %110 = vector.extract %103[3] : f32 from vector<8xf32>
          %111 = math.fma %82, %110, %109 : f32
          %112 = vector.extract %103[4] : f32 from vector<8xf32>
          %113 = math.fma %85, %112, %111 : f32
          %114 = vector.extract %103[5] : f32 from vector<8xf32>
          %115 = math.fma %88, %114, %113 : f32
          %116 = vector.extract %103[6] : f32 from vector<8xf32>
          %117 = math.fma %91, %116, %115 : f32
          %118 = vector.extract %103[7] : f32 from vector<8xf32>
          %119 = math.fma %94, %118, %117 : f32
          %shuffleResult_16, %valid_17 = gpu.shuffle  xor %119, %c8_i32, %c32_i32 : f32
          %120 = arith.addf %119, %shuffleResult_16 : f32
          %shuffleResult_18, %valid_19 = gpu.shuffle  xor %120, %c4_i32, %c32_i32 : f32
          %121 = arith.addf %120, %shuffleResult_18 : f32
          %shuffleResult_20, %valid_21 = gpu.shuffle  xor %121, %c2_i32, %c32_i32 : f32
          %122 = arith.addf %121, %shuffleResult_20 : f32
          %shuffleResult_22, %valid_23 = gpu.shuffle  xor %122, %c1_i32, %c32_i32 : f32
          %123 = arith.addf %122, %shuffleResult_22 : f32
          %124 = arith.addi %70, %c2 : index
          %125 = vector.load %view[%47, %124, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %126 = arith.extf %125 : vector<8xbf16> to vector<8xf32>
          %127 = vector.extract %126[0] : f32 from vector<8xf32>
          %128 = arith.mulf %73, %127 : f32
          %129 = vector.extract %126[1] : f32 from vector<8xf32>
          %130 = math.fma %76, %129, %128 : f32
          %131 = vector.extract %126[2] : f32 from vector<8xf32>
          %132 = math.fma %79, %131, %130 : f32
          %133 = vector.extract %126[3] : f32 from vector<8xf32>
          %134 = math.fma %82, %133, %132 : f32
          %135 = vector.extract %126[4] : f32 from vector<8xf32>
          %136 = math.fma %85, %135, %134 : f32
          %137 = vector.extract %126[5] : f32 from vector<8xf32>
          %138 = math.fma %88, %137, %136 : f32
          %139 = vector.extract %126[6] : f32 from vector<8xf32>
          %140 = math.fma %91, %139, %138 : f32
          %141 = vector.extract %126[7] : f32 from vector<8xf32>
          %142 = math.fma %94, %141, %140 : f32
          %shuffleResult_24, %valid_25 = gpu.shuffle  xor %142, %c8_i32, %c32_i32 : f32
          %143 = arith.addf %142, %shuffleResult_24 : f32
          %shuffleResult_26, %valid_27 = gpu.shuffle  xor %143, %c4_i32, %c32_i32 : f32
          %144 = arith.addf %143, %shuffleResult_26 : f32
          %shuffleResult_28, %valid_29 = gpu.shuffle  xor %144, %c2_i32, %c32_i32 : f32
          %145 = arith.addf %144, %shuffleResult_28 : f32
          %shuffleResult_30, %valid_31 = gpu.shuffle  xor %145, %c1_i32, %c32_i32 : f32
          %146 = arith.addf %145, %shuffleResult_30 : f32
          %147 = arith.addi %70, %c3 : index
          %148 = vector.load %view[%47, %147, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %149 = arith.extf %148 : vector<8xbf16> to vector<8xf32>
          %150 = vector.extract %149[0] : f32 from vector<8xf32>
          %151 = arith.mulf %73, %150 : f32
          %152 = vector.extract %149[1] : f32 from vector<8xf32>
          %153 = math.fma %76, %152, %151 : f32
          %154 = vector.extract %149[2] : f32 from vector<8xf32>
          %155 = math.fma %79, %154, %153 : f32
          %156 = vector.extract %149[3] : f32 from vector<8xf32>
          %157 = math.fma %82, %156, %155 : f32
          %158 = vector.extract %149[4] : f32 from vector<8xf32>
          %159 = math.fma %85, %158, %157 : f32
          %160 = vector.extract %149[5] : f32 from vector<8xf32>
          %161 = math.fma %88, %160, %159 : f32
          %162 = vector.extract %149[6] : f32 from vector<8xf32>
          %163 = math.fma %91, %162, %161 : f32
          %164 = vector.extract %149[7] : f32 from vector<8xf32>
          %165 = math.fma %94, %164, %163 : f32
          %shuffleResult_32, %valid_33 = gpu.shuffle  xor %165, %c8_i32, %c32_i32 : f32
          %166 = arith.addf %165, %shuffleResult_32 : f32
          %shuffleResult_34, %valid_35 = gpu.shuffle  xor %166, %c4_i32, %c32_i32 : f32
          %167 = arith.addf %166, %shuffleResult_34 : f32
          %shuffleResult_36, %valid_37 = gpu.shuffle  xor %167, %c2_i32, %c32_i32 : f32
          %168 = arith.addf %167, %shuffleResult_36 : f32
          %shuffleResult_38, %valid_39 = gpu.shuffle  xor %168, %c1_i32, %c32_i32 : f32
          %169 = arith.addf %168, %shuffleResult_38 : f32
          %170 = arith.addi %70, %c4 : index
          %171 = vector.load %view[%47, %170, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %172 = arith.extf %171 : vector<8xbf16> to vector<8xf32>
          %173 = vector.extract %172[0] : f32 from vector<8xf32>
          %174 = arith.mulf %73, %173 : f32
          %175 = vector.extract %172[1] : f32 from vector<8xf32>
          %176 = math.fma %76, %175, %174 : f32
          %177 = vector.extract %172[2] : f32 from vector<8xf32>
          %178 = math.fma %79, %177, %176 : f32
          %179 = vector.extract %172[3] : f32 from vector<8xf32>
          %180 = math.fma %82, %179, %178 : f32
          %181 = vector.extract %172[4] : f32 from vector<8xf32>
          %182 = math.fma %85, %181, %180 : f32
          %183 = vector.extract %172[5] : f32 from vector<8xf32>
          %184 = math.fma %88, %183, %182 : f32
          %185 = vector.extract %172[6] : f32 from vector<8xf32>
          %186 = math.fma %91, %185, %184 : f32
          %187 = vector.extract %172[7] : f32 from vector<8xf32>
          %188 = math.fma %94, %187, %186 : f32
          %shuffleResult_40, %valid_41 = gpu.shuffle  xor %188, %c8_i32, %c32_i32 : f32
          %189 = arith.addf %188, %shuffleResult_40 : f32
          %shuffleResult_42, %valid_43 = gpu.shuffle  xor %189, %c4_i32, %c32_i32 : f32
          %190 = arith.addf %189, %shuffleResult_42 : f32
          %shuffleResult_44, %valid_45 = gpu.shuffle  xor %190, %c2_i32, %c32_i32 : f32
          %191 = arith.addf %190, %shuffleResult_44 : f32
          %shuffleResult_46, %valid_47 = gpu.shuffle  xor %191, %c1_i32, %c32_i32 : f32
          %192 = arith.addf %191, %shuffleResult_46 : f32
          %193 = arith.addi %70, %c5 : index
          %194 = vector.load %view[%47, %193, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %195 = arith.extf %194 : vector<8xbf16> to vector<8xf32>
          %196 = vector.extract %195[0] : f32 from vector<8xf32>
          %197 = arith.mulf %73, %196 : f32
          %198 = vector.extract %195[1] : f32 from vector<8xf32>
          %199 = math.fma %76, %198, %197 : f32
          %200 = vector.extract %195[2] : f32 from vector<8xf32>
          %201 = math.fma %79, %200, %199 : f32
          %202 = vector.extract %195[3] : f32 from vector<8xf32>
          %203 = math.fma %82, %202, %201 : f32
          %204 = vector.extract %195[4] : f32 from vector<8xf32>
          %205 = math.fma %85, %204, %203 : f32
          %206 = vector.extract %195[5] : f32 from vector<8xf32>
          %207 = math.fma %88, %206, %205 : f32
          %208 = vector.extract %195[6] : f32 from vector<8xf32>
          %209 = math.fma %91, %208, %207 : f32
          %210 = vector.extract %195[7] : f32 from vector<8xf32>
          %211 = math.fma %94, %210, %209 : f32
          %shuffleResult_48, %valid_49 = gpu.shuffle  xor %211, %c8_i32, %c32_i32 : f32
          %212 = arith.addf %211, %shuffleResult_48 : f32
          %shuffleResult_50, %valid_51 = gpu.shuffle  xor %212, %c4_i32, %c32_i32 : f32
          %213 = arith.addf %212, %shuffleResult_50 : f32
          %shuffleResult_52, %valid_53 = gpu.shuffle  xor %213, %c2_i32, %c32_i32 : f32
          %214 = arith.addf %213, %shuffleResult_52 : f32
          %shuffleResult_54, %valid_55 = gpu.shuffle  xor %214, %c1_i32, %c32_i32 : f32
          %215 = arith.addf %214, %shuffleResult_54 : f32
          %216 = arith.addi %70, %c6 : index
          %217 = vector.load %view[%47, %216, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %218 = arith.extf %217 : vector<8xbf16> to vector<8xf32>
          %219 = vector.extract %218[0] : f32 from vector<8xf32>
          %220 = arith.mulf %73, %219 : f32
          %221 = vector.extract %218[1] : f32 from vector<8xf32>
          %222 = math.fma %76, %221, %220 : f32
          %223 = vector.extract %218[2] : f32 from vector<8xf32>
          %224 = math.fma %79, %223, %222 : f32
          %225 = vector.extract %218[3] : f32 from vector<8xf32>
          %226 = math.fma %82, %225, %224 : f32
          %227 = vector.extract %218[4] : f32 from vector<8xf32>
          %228 = math.fma %85, %227, %226 : f32
          %229 = vector.extract %218[5] : f32 from vector<8xf32>
          %230 = math.fma %88, %229, %228 : f32
          %231 = vector.extract %218[6] : f32 from vector<8xf32>
          %232 = math.fma %91, %231, %230 : f32
          %233 = vector.extract %218[7] : f32 from vector<8xf32>
          %234 = math.fma %94, %233, %232 : f32
          %shuffleResult_56, %valid_57 = gpu.shuffle  xor %234, %c8_i32, %c32_i32 : f32
          %235 = arith.addf %234, %shuffleResult_56 : f32
          %shuffleResult_58, %valid_59 = gpu.shuffle  xor %235, %c4_i32, %c32_i32 : f32
          %236 = arith.addf %235, %shuffleResult_58 : f32
          %shuffleResult_60, %valid_61 = gpu.shuffle  xor %236, %c2_i32, %c32_i32 : f32
          %237 = arith.addf %236, %shuffleResult_60 : f32
          %shuffleResult_62, %valid_63 = gpu.shuffle  xor %237, %c1_i32, %c32_i32 : f32
          %238 = arith.addf %237, %shuffleResult_62 : f32
          %239 = arith.addi %70, %c7 : index
          %240 = vector.load %view[%47, %239, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %241 = arith.extf %240 : vector<8xbf16> to vector<8xf32>
          %242 = vector.extract %241[0] : f32 from vector<8xf32>
          %243 = arith.mulf %73, %242 : f32
          %244 = vector.extract %241[1] : f32 from vector<8xf32>
          %245 = math.fma %76, %244, %243 : f32
          %246 = vector.extract %241[2] : f32 from vector<8xf32>
          %247 = math.fma %79, %246, %245 : f32
          %248 = vector.extract %241[3] : f32 from vector<8xf32>
          %249 = math.fma %82, %248, %247 : f32
          %250 = vector.extract %241[4] : f32 from vector<8xf32>
          %251 = math.fma %85, %250, %249 : f32
          %252 = vector.extract %241[5] : f32 from vector<8xf32>
          %253 = math.fma %88, %252, %251 : f32
          %254 = vector.extract %241[6] : f32 from vector<8xf32>
          %255 = math.fma %91, %254, %253 : f32
          %256 = vector.extract %241[7] : f32 from vector<8xf32>
          %257 = math.fma %94, %256, %255 : f32
          %shuffleResult_64, %valid_65 = gpu.shuffle  xor %257, %c8_i32, %c32_i32 : f32
          %258 = arith.addf %257, %shuffleResult_64 : f32
          %shuffleResult_66, %valid_67 = gpu.shuffle  xor %258, %c4_i32, %c32_i32 : f32
          %259 = arith.addf %258, %shuffleResult_66 : f32
          %shuffleResult_68, %valid_69 = gpu.shuffle  xor %259, %c2_i32, %c32_i32 : f32
          %260 = arith.addf %259, %shuffleResult_68 : f32
          %shuffleResult_70, %valid_71 = gpu.shuffle  xor %260, %c1_i32, %c32_i32 : f32
          %261 = arith.addf %260, %shuffleResult_70 : f32
          %262 = arith.addi %69, %70 : index
          %263 = arith.cmpi ult, %262, %16 : index
          %264 = arith.select %263, %100, %cst_0 : f32
          %265 = arith.addi %69, %101 : index
          %266 = arith.cmpi ult, %265, %16 : index
          %267 = arith.select %266, %123, %cst_0 : f32
          %268 = arith.addi %69, %124 : index
          %269 = arith.cmpi ult, %268, %16 : index
          %270 = arith.select %269, %146, %cst_0 : f32
          %271 = arith.addi %69, %147 : index
          %272 = arith.cmpi ult, %271, %16 : index
          %273 = arith.select %272, %169, %cst_0 : f32
          %274 = arith.addi %69, %170 : index
          %275 = arith.cmpi ult, %274, %16 : index
          %276 = arith.select %275, %192, %cst_0 : f32
          %277 = arith.addi %69, %193 : index
          %278 = arith.cmpi ult, %277, %16 : index
          %279 = arith.select %278, %215, %cst_0 : f32
          %280 = arith.addi %69, %216 : index
          %281 = arith.cmpi ult, %280, %16 : index
          %282 = arith.select %281, %238, %cst_0 : f32
          %283 = arith.addi %69, %239 : index
          %284 = arith.cmpi ult, %283, %16 : index
          %285 = arith.select %284, %261, %cst_0 : f32
          %286 = vector.load %view_5[%47, %70, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %287 = arith.extf %286 : vector<8xbf16> to vector<8xf32>
          %288 = vector.load %view_5[%47, %101, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %289 = arith.extf %288 : vector<8xbf16> to vector<8xf32>
          %290 = vector.load %view_5[%47, %124, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %291 = arith.extf %290 : vector<8xbf16> to vector<8xf32>
          %292 = vector.load %view_5[%47, %147, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %293 = arith.extf %292 : vector<8xbf16> to vector<8xf32>
          %294 = vector.load %view_5[%47, %170, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %295 = arith.extf %294 : vector<8xbf16> to vector<8xf32>
          %296 = vector.load %view_5[%47, %193, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %297 = arith.extf %296 : vector<8xbf16> to vector<8xf32>
          %298 = vector.load %view_5[%47, %216, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %299 = arith.extf %298 : vector<8xbf16> to vector<8xf32>
          %300 = vector.load %view_5[%47, %239, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %301 = arith.extf %300 : vector<8xbf16> to vector<8xf32>
          %302 = arith.maximumf %arg17, %264 : f32
          %303 = arith.maximumf %302, %267 : f32
          %304 = arith.maximumf %303, %270 : f32
          %305 = arith.maximumf %304, %273 : f32
          %306 = arith.maximumf %305, %276 : f32
          %307 = arith.maximumf %306, %279 : f32
          %308 = arith.maximumf %307, %282 : f32
          %309 = arith.maximumf %308, %285 : f32
          %310 = arith.cmpf oeq, %309, %cst_0 : f32
          %311 = arith.select %310, %cst_1, %309 : f32
          %312 = arith.subf %arg17, %311 : f32
          %313 = math.exp2 %312 fastmath<afn> : f32
          %314 = arith.mulf %arg18, %313 : f32
          %315 = vector.broadcast %313 : f32 to vector<8xf32>
          %316 = arith.mulf %arg19, %315 : vector<8xf32>
          %317 = arith.subf %264, %311 : f32
          %318 = math.exp2 %317 fastmath<afn> : f32
          %319 = arith.addf %314, %318 : f32
          %320 = vector.broadcast %318 : f32 to vector<8xf32>
          %321 = vector.fma %320, %287, %316 : vector<8xf32>
          %322 = arith.subf %267, %311 : f32
          %323 = math.exp2 %322 fastmath<afn> : f32
          %324 = arith.addf %319, %323 : f32
          %325 = vector.broadcast %323 : f32 to vector<8xf32>
          %326 = vector.fma %325, %289, %321 : vector<8xf32>
          %327 = arith.subf %270, %311 : f32
          %328 = math.exp2 %327 fastmath<afn> : f32
          %329 = arith.addf %324, %328 : f32
          %330 = vector.broadcast %328 : f32 to vector<8xf32>
          %331 = vector.fma %330, %291, %326 : vector<8xf32>
          %332 = arith.subf %273, %311 : f32
          %333 = math.exp2 %332 fastmath<afn> : f32
          %334 = arith.addf %329, %333 : f32
          %335 = vector.broadcast %333 : f32 to vector<8xf32>
          %336 = vector.fma %335, %293, %331 : vector<8xf32>
          %337 = arith.subf %276, %311 : f32
          %338 = math.exp2 %337 fastmath<afn> : f32
          %339 = arith.addf %334, %338 : f32
          %340 = vector.broadcast %338 : f32 to vector<8xf32>
          %341 = vector.fma %340, %295, %336 : vector<8xf32>
          %342 = arith.subf %279, %311 : f32
          %343 = math.exp2 %342 fastmath<afn> : f32
          %344 = arith.addf %339, %343 : f32
          %345 = vector.broadcast %343 : f32 to vector<8xf32>
          %346 = vector.fma %345, %297, %341 : vector<8xf32>
          %347 = arith.subf %282, %311 : f32
          %348 = math.exp2 %347 fastmath<afn> : f32
          %349 = arith.addf %344, %348 : f32
          %350 = vector.broadcast %348 : f32 to vector<8xf32>
          %351 = vector.fma %350, %299, %346 : vector<8xf32>
          %352 = arith.subf %285, %311 : f32
          %353 = math.exp2 %352 fastmath<afn> : f32
          %354 = arith.addf %349, %353 : f32
          %355 = vector.broadcast %353 : f32 to vector<8xf32>
          %356 = vector.fma %355, %301, %351 : vector<8xf32>
          gpu.barrier
          scf.yield %309, %354, %356, %60, %67 : f32, f32, vector<8xf32>, index, index
        }
        nvvm.cp.async.wait.group 0
        %view_7 = memref.view %view_6[%c0][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4x128xf32, #gpu.address_space<workgroup>>
        %view_8 = memref.view %view_6[%c4096][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4xf32, #gpu.address_space<workgroup>>
        %view_9 = memref.view %view_6[%c4128][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4xf32, #gpu.address_space<workgroup>>
        vector.store %33#2, %view_7[%1, %4, %2] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
        %34 = arith.cmpi eq, %0, %c0 : index
        scf.if %34 {
          memref.store %33#0, %view_8[%1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          memref.store %33#1, %view_9[%1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
        }
        gpu.barrier
        %35 = arith.cmpi eq, %1, %c0 : index
        %36:3 = scf.if %35 -> (f32, f32, vector<8xf32>) {
          %47 = memref.load %view_8[%c0, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %48 = memref.load %view_9[%c0, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %49 = vector.load %view_7[%c0, %4, %2] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %50 = arith.cmpf oeq, %47, %cst_0 : f32
          %51 = arith.select %50, %cst_1, %47 : f32
          %52 = arith.subf %cst_0, %51 : f32
          %53 = math.exp2 %52 fastmath<afn> : f32
          %54 = arith.subf %47, %51 : f32
          %55 = math.exp2 %54 fastmath<afn> : f32
          %56 = arith.mulf %53, %cst_1 : f32
          %57 = arith.mulf %48, %55 : f32
          %58 = arith.addf %56, %57 : f32
          %59 = vector.broadcast %55 : f32 to vector<8xf32>
          %60 = vector.broadcast %53 : f32 to vector<8xf32>
          %61 = arith.mulf %60, %cst_2 : vector<8xf32>
          %62 = vector.fma %59, %49, %61 : vector<8xf32>
          %63 = memref.load %view_8[%c1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %64 = memref.load %view_9[%c1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %65 = vector.load %view_7[%c1, %4, %2] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %66 = arith.maximumf %47, %63 : f32
          %67 = arith.cmpf oeq, %66, %cst_0 : f32
          %68 = arith.select %67, %cst_1, %66 : f32
          %69 = arith.subf %47, %68 : f32
          %70 = math.exp2 %69 fastmath<afn> : f32
          %71 = arith.subf %63, %68 : f32
          %72 = math.exp2 %71 fastmath<afn> : f32
          %73 = arith.mulf %58, %70 : f32
          %74 = arith.mulf %64, %72 : f32
          %75 = arith.addf %73, %74 : f32
          %76 = vector.broadcast %72 : f32 to vector<8xf32>
          %77 = vector.broadcast %70 : f32 to vector<8xf32>
          %78 = arith.mulf %62, %77 : vector<8xf32>
          %79 = vector.fma %76, %65, %78 : vector<8xf32>
          scf.yield %66, %75, %79 : f32, f32, vector<8xf32>
        } else {
          scf.yield %33#0, %33#1, %33#2 : f32, f32, vector<8xf32>
        }
        %37 = arith.cmpf ogt, %36#1, %cst_1 : f32
        %38 = arith.select %37, %36#1, %cst_3 : f32
        %39 = vector.broadcast %38 : f32 to vector<8xf32>
        %40 = arith.divf %36#2, %39 : vector<8xf32>
        %41 = arith.select %37, %40, %cst_2 : vector<8xf32>
        %42 = math.log2 %38 fastmath<afn> : f32
        %43 = arith.addf %36#0, %42 : f32
        %44 = arith.mulf %43, %cst_4 : f32
        %45 = arith.select %37, %44, %cst_0 : f32
        %46 = arith.cmpi slt, %17, %c0_i32 : i32
        scf.if %46 {
          scf.if %35 {
            %47 = arith.truncf %41 : vector<8xf32> to vector<8xbf16>
            vector.store %47, %arg12[%19, %27, %2] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
            scf.if %34 {
              memref.store %45, %arg13[%19, %27] : memref<?x32xf32>
            }
          }
        } else {
          %47 = arith.index_cast %17 : i32 to index
          scf.if %35 {
            vector.store %41, %arg14[%47, %27, %2] {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
            scf.if %34 {
              memref.store %45, %arg15[%47, %27] : memref<?x32xf32>
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

