module attributes {gpu.container_module} {
  gpu.module @llama3_8b_decode_kernels [#nvvm.target<O = 3, chip = "sm_90a">] {
    gpu.func @llama3_8b_decode_attention(%arg0: memref<?x32x128xbf16> {attn.param = "q"}, %arg1: memref<?xi32> {attn.param = "qo_indptr"}, %arg2: memref<?x16x8x128xbf16> {attn.param = "k_cache"}, %arg3: memref<?x16x8x128xbf16> {attn.param = "v_cache"}, %arg4: memref<?xi32> {attn.param = "kv_indptr"}, %arg5: memref<?xi32> {attn.param = "kv_indices"}, %arg6: memref<?xi32> {attn.param = "kv_last_page_len"}, %arg7: i32 {attn.param = "kv_page_stride"}, %arg8: memref<?xi32> {attn.param = "work_request"}, %arg9: memref<?xi32> {attn.param = "work_kv_begin"}, %arg10: memref<?xi32> {attn.param = "work_kv_end"}, %arg11: memref<?xi32> {attn.param = "work_partial"}, %arg12: memref<1xi32> {attn.param = "num_work"}, %arg13: memref<?x32x128xbf16> {attn.param = "o"}, %arg14: memref<?x32xf32> {attn.param = "lse"}, %arg15: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg16: memref<?x32xf32> {attn.param = "tmp_lse"}) kernel attributes {known_block_size = array<i32: 128, 1, 1>} {
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
      %7 = arith.index_castui %arg7 : i32 to index
      %dim = memref.dim %arg2, %c0 : memref<?x16x8x128xbf16>
      %reinterpret_cast = memref.reinterpret_cast %arg2 to offset: [0], sizes: [%dim, 16, 8, 128], strides: [%7, 1024, 128, 1] : memref<?x16x8x128xbf16> to memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>
      %dim_5 = memref.dim %arg3, %c0 : memref<?x16x8x128xbf16>
      %reinterpret_cast_6 = memref.reinterpret_cast %arg3 to offset: [0], sizes: [%dim_5, 16, 8, 128], strides: [%7, 1024, 128, 1] : memref<?x16x8x128xbf16> to memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>
      %block_id_x = gpu.block_id  x
      %block_id_y = gpu.block_id  y
      %8 = gpu.dynamic_shared_memory : memref<?xi8, #gpu.address_space<workgroup>>
      %view = memref.view %8[%c0][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
      %view_7 = memref.view %8[%c8192][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
      %view_8 = memref.view %8[%c16384][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<5120xi8, #gpu.address_space<workgroup>>
      %9 = memref.load %arg12[%c0] : memref<1xi32>
      %10 = arith.index_cast %9 : i32 to index
      %11 = arith.cmpi ult, %block_id_x, %10 : index
      scf.if %11 {
        %12 = memref.load %arg8[%block_id_x] : memref<?xi32>
        %13 = arith.index_cast %12 : i32 to index
        %14 = memref.load %arg9[%block_id_x] : memref<?xi32>
        %15 = arith.index_cast %14 : i32 to index
        %16 = memref.load %arg10[%block_id_x] : memref<?xi32>
        %17 = arith.index_cast %16 : i32 to index
        %18 = memref.load %arg11[%block_id_x] : memref<?xi32>
        %19 = memref.load %arg1[%13] : memref<?xi32>
        %20 = arith.index_cast %19 : i32 to index
        %21 = memref.load %arg4[%13] : memref<?xi32>
        %22 = arith.index_cast %21 : i32 to index
        %23 = arith.maxsi %17, %15 : index
        %24 = arith.subi %23, %15 : index
        %25 = arith.addi %24, %c15 : index
        %26 = arith.divui %25, %c16 : index
        %27 = arith.muli %block_id_y, %c4 : index
        %28 = arith.addi %27, %4 : index
        %29 = vector.load %arg0[%20, %28, %2] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %30 = arith.extf %29 : vector<8xbf16> to vector<8xf32>
        %31 = arith.mulf %30, %cst : vector<8xf32>
        %32 = arith.cmpi ugt, %26, %c0 : index
        %33:2 = scf.if %32 -> (index, index) {
          %49 = arith.subi %17, %c1 : index
          %50 = arith.muli %6, %c2 : index
          %51 = arith.addi %15, %50 : index
          %52 = arith.minsi %51, %49 : index
          %53 = arith.divui %52, %c16 : index
          %54 = arith.addi %22, %53 : index
          %55 = memref.load %arg5[%54] : memref<?xi32>
          %56 = arith.index_cast %55 : i32 to index
          %57 = arith.addi %50, %c1 : index
          %58 = arith.addi %15, %57 : index
          %59 = arith.minsi %58, %49 : index
          %60 = arith.divui %59, %c16 : index
          %61 = arith.addi %22, %60 : index
          %62 = memref.load %arg5[%61] : memref<?xi32>
          %63 = arith.index_cast %62 : i32 to index
          scf.yield %56, %63 : index, index
        } else {
          scf.yield %c0, %c0 : index, index
        }
        scf.if %32 {
          %49 = arith.subi %17, %c1 : index
          %50 = arith.muli %6, %c2 : index
          %51 = arith.addi %15, %50 : index
          %52 = arith.minsi %51, %49 : index
          %53 = arith.cmpi ult, %51, %17 : index
          %54 = arith.select %53, %c8, %c0 : index
          %55 = arith.remui %52, %c16 : index
          %56 = nvgpu.device_async_copy %reinterpret_cast[%33#0, %55, %block_id_y, %2], %view[%c0, %50, %2], 8, %54 {bypassL1} : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %57 = nvgpu.device_async_copy %reinterpret_cast_6[%33#0, %55, %block_id_y, %2], %view_7[%c0, %50, %2], 8, %54 {bypassL1} : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %58 = arith.addi %50, %c1 : index
          %59 = arith.addi %15, %58 : index
          %60 = arith.minsi %59, %49 : index
          %61 = arith.cmpi ult, %59, %17 : index
          %62 = arith.select %61, %c8, %c0 : index
          %63 = arith.remui %60, %c16 : index
          %64 = nvgpu.device_async_copy %reinterpret_cast[%33#1, %63, %block_id_y, %2], %view[%c0, %58, %2], 8, %62 {bypassL1} : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %65 = nvgpu.device_async_copy %reinterpret_cast_6[%33#1, %63, %block_id_y, %2], %view_7[%c0, %58, %2], 8, %62 {bypassL1} : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
        }
        nvvm.cp.async.commit.group
        %34:2 = scf.if %32 -> (index, index) {
          %49 = arith.subi %17, %c1 : index
          %50 = arith.muli %6, %c2 : index
          %51 = arith.addi %15, %c16 : index
          %52 = arith.addi %51, %50 : index
          %53 = arith.minsi %52, %49 : index
          %54 = arith.divui %53, %c16 : index
          %55 = arith.addi %22, %54 : index
          %56 = memref.load %arg5[%55] : memref<?xi32>
          %57 = arith.index_cast %56 : i32 to index
          %58 = arith.addi %50, %c1 : index
          %59 = arith.addi %51, %58 : index
          %60 = arith.minsi %59, %49 : index
          %61 = arith.divui %60, %c16 : index
          %62 = arith.addi %22, %61 : index
          %63 = memref.load %arg5[%62] : memref<?xi32>
          %64 = arith.index_cast %63 : i32 to index
          scf.yield %57, %64 : index, index
        } else {
          scf.yield %c0, %c0 : index, index
        }
        %35:5 = scf.for %arg17 = %c0 to %26 step %c1 iter_args(%arg18 = %cst_0, %arg19 = %cst_1, %arg20 = %cst_2, %arg21 = %34#0, %arg22 = %34#1) -> (f32, f32, vector<8xf32>, index, index) {
          %49 = arith.remui %arg17, %c2 : index
          %50 = arith.addi %arg17, %c1 : index
          %51 = arith.cmpi ult, %50, %26 : index
          scf.if %51 {
            %359 = arith.remui %50, %c2 : index
            %360 = arith.subi %17, %c1 : index
            %361 = arith.muli %6, %c2 : index
            %362 = arith.muli %50, %c16 : index
            %363 = arith.addi %15, %362 : index
            %364 = arith.addi %363, %361 : index
            %365 = arith.minsi %364, %360 : index
            %366 = arith.cmpi ult, %364, %17 : index
            %367 = arith.select %366, %c8, %c0 : index
            %368 = arith.remui %365, %c16 : index
            %369 = nvgpu.device_async_copy %reinterpret_cast[%arg21, %368, %block_id_y, %2], %view[%359, %361, %2], 8, %367 {bypassL1} : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %370 = nvgpu.device_async_copy %reinterpret_cast_6[%arg21, %368, %block_id_y, %2], %view_7[%359, %361, %2], 8, %367 {bypassL1} : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %371 = arith.addi %361, %c1 : index
            %372 = arith.addi %363, %371 : index
            %373 = arith.minsi %372, %360 : index
            %374 = arith.cmpi ult, %372, %17 : index
            %375 = arith.select %374, %c8, %c0 : index
            %376 = arith.remui %373, %c16 : index
            %377 = nvgpu.device_async_copy %reinterpret_cast[%arg22, %376, %block_id_y, %2], %view[%359, %371, %2], 8, %375 {bypassL1} : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %378 = nvgpu.device_async_copy %reinterpret_cast_6[%arg22, %376, %block_id_y, %2], %view_7[%359, %371, %2], 8, %375 {bypassL1} : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          }
          nvvm.cp.async.commit.group
          %52 = arith.addi %arg17, %c2 : index
          %53 = arith.subi %17, %c1 : index
          %54 = arith.muli %6, %c2 : index
          %55 = arith.muli %52, %c16 : index
          %56 = arith.addi %15, %55 : index
          %57 = arith.addi %56, %54 : index
          %58 = arith.minsi %57, %53 : index
          %59 = arith.divui %58, %c16 : index
          %60 = arith.addi %22, %59 : index
          %61 = memref.load %arg5[%60] : memref<?xi32>
          %62 = arith.index_cast %61 : i32 to index
          %63 = arith.addi %54, %c1 : index
          %64 = arith.addi %56, %63 : index
          %65 = arith.minsi %64, %53 : index
          %66 = arith.divui %65, %c16 : index
          %67 = arith.addi %22, %66 : index
          %68 = memref.load %arg5[%67] : memref<?xi32>
          %69 = arith.index_cast %68 : i32 to index
          nvvm.cp.async.wait.group 1
          gpu.barrier
          %70 = arith.muli %arg17, %c16 : index
          %71 = arith.addi %15, %70 : index
          %72 = arith.muli %1, %c8 : index
          %73 = vector.load %view[%49, %72, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %74 = arith.extf %73 : vector<8xbf16> to vector<8xf32>
          %75 = vector.extract %31[0] : f32 from vector<8xf32>
          %76 = vector.extract %74[0] : f32 from vector<8xf32>
          %77 = arith.mulf %75, %76 : f32
          %78 = vector.extract %31[1] : f32 from vector<8xf32>
          %79 = vector.extract %74[1] : f32 from vector<8xf32>
          %80 = math.fma %78, %79, %77 : f32
          %81 = vector.extract %31[2] : f32 from vector<8xf32>
          %82 = vector.extract %74[2] : f32 from vector<8xf32>
          %83 = math.fma %81, %82, %80 : f32
          %84 = vector.extract %31[3] : f32 from vector<8xf32>
          %85 = vector.extract %74[3] : f32 from vector<8xf32>
          %86 = math.fma %84, %85, %83 : f32
          %87 = vector.extract %31[4] : f32 from vector<8xf32>
          %88 = vector.extract %74[4] : f32 from vector<8xf32>
          %89 = math.fma %87, %88, %86 : f32
          %90 = vector.extract %31[5] : f32 from vector<8xf32>
          %91 = vector.extract %74[5] : f32 from vector<8xf32>
          %92 = math.fma %90, %91, %89 : f32
          %93 = vector.extract %31[6] : f32 from vector<8xf32>
          %94 = vector.extract %74[6] : f32 from vector<8xf32>
          %95 = math.fma %93, %94, %92 : f32
          %96 = vector.extract %31[7] : f32 from vector<8xf32>
          %97 = vector.extract %74[7] : f32 from vector<8xf32>
          %98 = math.fma %96, %97, %95 : f32
          %shuffleResult, %valid = gpu.shuffle  xor %98, %c8_i32, %c32_i32 : f32
          %99 = arith.addf %98, %shuffleResult : f32
          %shuffleResult_12, %valid_13 = gpu.shuffle  xor %99, %c4_i32, %c32_i32 : f32
          %100 = arith.addf %99, %shuffleResult_12 : f32
          %shuffleResult_14, %valid_15 = gpu.shuffle  xor %100, %c2_i32, %c32_i32 : f32
          %101 = arith.addf %100, %shuffleResult_14 : f32
          %shuffleResult_16, %valid_17 = gpu.shuffle  xor %101, %c1_i32, %c32_i32 : f32
          %102 = arith.addf %101, %shuffleResult_16 : f32
          %103 = arith.addi %72, %c1 : index
          %104 = vector.load %view[%49, %103, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %105 = arith.extf %104 : vector<8xbf16> to vector<8xf32>
          %106 = vector.extract %105[0] : f32 from vector<8xf32>
          %107 = arith.mulf %75, %106 : f32
          %108 = vector.extract %105[1] : f32 from vector<8xf32>
          %109 = math.fma %78, %108, %107 : f32
          %110 = vector.extract %105[2] : f32 from vector<8xf32>
          %111 = math.fma %81, %110, %109 : f32
          %112 = vector.extract %105[3] : f32 from vector<8xf32>
          %113 = math.fma %84, %112, %111 : f32
          %114 = vector.extract %105[4] : f32 from vector<8xf32>
          %115 = math.fma %87, %114, %113 : f32
          %116 = vector.extract %105[5] : f32 from vector<8xf32>
          %117 = math.fma %90, %116, %115 : f32
          %118 = vector.extract %105[6] : f32 from vector<8xf32>
          %119 = math.fma %93, %118, %117 : f32
          %120 = vector.extract %105[7] : f32 from vector<8xf32>
          %121 = math.fma %96, %120, %119 : f32
          %shuffleResult_18, %valid_19 = gpu.shuffle  xor %121, %c8_i32, %c32_i32 : f32
          %122 = arith.addf %121, %shuffleResult_18 : f32
          %shuffleResult_20, %valid_21 = gpu.shuffle  xor %122, %c4_i32, %c32_i32 : f32
          %123 = arith.addf %122, %shuffleResult_20 : f32
          %shuffleResult_22, %valid_23 = gpu.shuffle  xor %123, %c2_i32, %c32_i32 : f32
          %124 = arith.addf %123, %shuffleResult_22 : f32
          %shuffleResult_24, %valid_25 = gpu.shuffle  xor %124, %c1_i32, %c32_i32 : f32
          %125 = arith.addf %124, %shuffleResult_24 : f32
          %126 = arith.addi %72, %c2 : index
          %127 = vector.load %view[%49, %126, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %128 = arith.extf %127 : vector<8xbf16> to vector<8xf32>
          %129 = vector.extract %128[0] : f32 from vector<8xf32>
          %130 = arith.mulf %75, %129 : f32
          %131 = vector.extract %128[1] : f32 from vector<8xf32>
          %132 = math.fma %78, %131, %130 : f32
          %133 = vector.extract %128[2] : f32 from vector<8xf32>
          %134 = math.fma %81, %133, %132 : f32
          %135 = vector.extract %128[3] : f32 from vector<8xf32>
          %136 = math.fma %84, %135, %134 : f32
          %137 = vector.extract %128[4] : f32 from vector<8xf32>
          %138 = math.fma %87, %137, %136 : f32
          %139 = vector.extract %128[5] : f32 from vector<8xf32>
          %140 = math.fma %90, %139, %138 : f32
          %141 = vector.extract %128[6] : f32 from vector<8xf32>
          %142 = math.fma %93, %141, %140 : f32
          %143 = vector.extract %128[7] : f32 from vector<8xf32>
          %144 = math.fma %96, %143, %142 : f32
          %shuffleResult_26, %valid_27 = gpu.shuffle  xor %144, %c8_i32, %c32_i32 : f32
          %145 = arith.addf %144, %shuffleResult_26 : f32
          %shuffleResult_28, %valid_29 = gpu.shuffle  xor %145, %c4_i32, %c32_i32 : f32
          %146 = arith.addf %145, %shuffleResult_28 : f32
          %shuffleResult_30, %valid_31 = gpu.shuffle  xor %146, %c2_i32, %c32_i32 : f32
          %147 = arith.addf %146, %shuffleResult_30 : f32
          %shuffleResult_32, %valid_33 = gpu.shuffle  xor %147, %c1_i32, %c32_i32 : f32
          %148 = arith.addf %147, %shuffleResult_32 : f32
          %149 = arith.addi %72, %c3 : index
          %150 = vector.load %view[%49, %149, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %151 = arith.extf %150 : vector<8xbf16> to vector<8xf32>
          %152 = vector.extract %151[0] : f32 from vector<8xf32>
          %153 = arith.mulf %75, %152 : f32
          %154 = vector.extract %151[1] : f32 from vector<8xf32>
          %155 = math.fma %78, %154, %153 : f32
          %156 = vector.extract %151[2] : f32 from vector<8xf32>
          %157 = math.fma %81, %156, %155 : f32
          %158 = vector.extract %151[3] : f32 from vector<8xf32>
          %159 = math.fma %84, %158, %157 : f32
          %160 = vector.extract %151[4] : f32 from vector<8xf32>
          %161 = math.fma %87, %160, %159 : f32
          %162 = vector.extract %151[5] : f32 from vector<8xf32>
          %163 = math.fma %90, %162, %161 : f32
          %164 = vector.extract %151[6] : f32 from vector<8xf32>
          %165 = math.fma %93, %164, %163 : f32
          %166 = vector.extract %151[7] : f32 from vector<8xf32>
          %167 = math.fma %96, %166, %165 : f32
          %shuffleResult_34, %valid_35 = gpu.shuffle  xor %167, %c8_i32, %c32_i32 : f32
          %168 = arith.addf %167, %shuffleResult_34 : f32
          %shuffleResult_36, %valid_37 = gpu.shuffle  xor %168, %c4_i32, %c32_i32 : f32
          %169 = arith.addf %168, %shuffleResult_36 : f32
          %shuffleResult_38, %valid_39 = gpu.shuffle  xor %169, %c2_i32, %c32_i32 : f32
          %170 = arith.addf %169, %shuffleResult_38 : f32
          %shuffleResult_40, %valid_41 = gpu.shuffle  xor %170, %c1_i32, %c32_i32 : f32
          %171 = arith.addf %170, %shuffleResult_40 : f32
          %172 = arith.addi %72, %c4 : index
          %173 = vector.load %view[%49, %172, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %174 = arith.extf %173 : vector<8xbf16> to vector<8xf32>
          %175 = vector.extract %174[0] : f32 from vector<8xf32>
          %176 = arith.mulf %75, %175 : f32
          %177 = vector.extract %174[1] : f32 from vector<8xf32>
          %178 = math.fma %78, %177, %176 : f32
          %179 = vector.extract %174[2] : f32 from vector<8xf32>
          %180 = math.fma %81, %179, %178 : f32
          %181 = vector.extract %174[3] : f32 from vector<8xf32>
          %182 = math.fma %84, %181, %180 : f32
          %183 = vector.extract %174[4] : f32 from vector<8xf32>
          %184 = math.fma %87, %183, %182 : f32
          %185 = vector.extract %174[5] : f32 from vector<8xf32>
          %186 = math.fma %90, %185, %184 : f32
          %187 = vector.extract %174[6] : f32 from vector<8xf32>
          %188 = math.fma %93, %187, %186 : f32
          %189 = vector.extract %174[7] : f32 from vector<8xf32>
          %190 = math.fma %96, %189, %188 : f32
          %shuffleResult_42, %valid_43 = gpu.shuffle  xor %190, %c8_i32, %c32_i32 : f32
          %191 = arith.addf %190, %shuffleResult_42 : f32
          %shuffleResult_44, %valid_45 = gpu.shuffle  xor %191, %c4_i32, %c32_i32 : f32
          %192 = arith.addf %191, %shuffleResult_44 : f32
          %shuffleResult_46, %valid_47 = gpu.shuffle  xor %192, %c2_i32, %c32_i32 : f32
          %193 = arith.addf %192, %shuffleResult_46 : f32
          %shuffleResult_48, %valid_49 = gpu.shuffle  xor %193, %c1_i32, %c32_i32 : f32
          %194 = arith.addf %193, %shuffleResult_48 : f32
          %195 = arith.addi %72, %c5 : index
          %196 = vector.load %view[%49, %195, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %197 = arith.extf %196 : vector<8xbf16> to vector<8xf32>
          %198 = vector.extract %197[0] : f32 from vector<8xf32>
          %199 = arith.mulf %75, %198 : f32
          %200 = vector.extract %197[1] : f32 from vector<8xf32>
          %201 = math.fma %78, %200, %199 : f32
          %202 = vector.extract %197[2] : f32 from vector<8xf32>
          %203 = math.fma %81, %202, %201 : f32
          %204 = vector.extract %197[3] : f32 from vector<8xf32>
          %205 = math.fma %84, %204, %203 : f32
          %206 = vector.extract %197[4] : f32 from vector<8xf32>
          %207 = math.fma %87, %206, %205 : f32
          %208 = vector.extract %197[5] : f32 from vector<8xf32>
          %209 = math.fma %90, %208, %207 : f32
          %210 = vector.extract %197[6] : f32 from vector<8xf32>
          %211 = math.fma %93, %210, %209 : f32
          %212 = vector.extract %197[7] : f32 from vector<8xf32>
          %213 = math.fma %96, %212, %211 : f32
          %shuffleResult_50, %valid_51 = gpu.shuffle  xor %213, %c8_i32, %c32_i32 : f32
          %214 = arith.addf %213, %shuffleResult_50 : f32
          %shuffleResult_52, %valid_53 = gpu.shuffle  xor %214, %c4_i32, %c32_i32 : f32
          %215 = arith.addf %214, %shuffleResult_52 : f32
          %shuffleResult_54, %valid_55 = gpu.shuffle  xor %215, %c2_i32, %c32_i32 : f32
          %216 = arith.addf %215, %shuffleResult_54 : f32
          %shuffleResult_56, %valid_57 = gpu.shuffle  xor %216, %c1_i32, %c32_i32 : f32
          %217 = arith.addf %216, %shuffleResult_56 : f32
          %218 = arith.addi %72, %c6 : index
          %219 = vector.load %view[%49, %218, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %220 = arith.extf %219 : vector<8xbf16> to vector<8xf32>
          %221 = vector.extract %220[0] : f32 from vector<8xf32>
          %222 = arith.mulf %75, %221 : f32
          %223 = vector.extract %220[1] : f32 from vector<8xf32>
          %224 = math.fma %78, %223, %222 : f32
          %225 = vector.extract %220[2] : f32 from vector<8xf32>
          %226 = math.fma %81, %225, %224 : f32
          %227 = vector.extract %220[3] : f32 from vector<8xf32>
          %228 = math.fma %84, %227, %226 : f32
          %229 = vector.extract %220[4] : f32 from vector<8xf32>
          %230 = math.fma %87, %229, %228 : f32
          %231 = vector.extract %220[5] : f32 from vector<8xf32>
          %232 = math.fma %90, %231, %230 : f32
          %233 = vector.extract %220[6] : f32 from vector<8xf32>
          %234 = math.fma %93, %233, %232 : f32
          %235 = vector.extract %220[7] : f32 from vector<8xf32>
          %236 = math.fma %96, %235, %234 : f32
          %shuffleResult_58, %valid_59 = gpu.shuffle  xor %236, %c8_i32, %c32_i32 : f32
          %237 = arith.addf %236, %shuffleResult_58 : f32
          %shuffleResult_60, %valid_61 = gpu.shuffle  xor %237, %c4_i32, %c32_i32 : f32
          %238 = arith.addf %237, %shuffleResult_60 : f32
          %shuffleResult_62, %valid_63 = gpu.shuffle  xor %238, %c2_i32, %c32_i32 : f32
          %239 = arith.addf %238, %shuffleResult_62 : f32
          %shuffleResult_64, %valid_65 = gpu.shuffle  xor %239, %c1_i32, %c32_i32 : f32
          %240 = arith.addf %239, %shuffleResult_64 : f32
          %241 = arith.addi %72, %c7 : index
          %242 = vector.load %view[%49, %241, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %243 = arith.extf %242 : vector<8xbf16> to vector<8xf32>
          %244 = vector.extract %243[0] : f32 from vector<8xf32>
          %245 = arith.mulf %75, %244 : f32
          %246 = vector.extract %243[1] : f32 from vector<8xf32>
          %247 = math.fma %78, %246, %245 : f32
          %248 = vector.extract %243[2] : f32 from vector<8xf32>
          %249 = math.fma %81, %248, %247 : f32
          %250 = vector.extract %243[3] : f32 from vector<8xf32>
          %251 = math.fma %84, %250, %249 : f32
          %252 = vector.extract %243[4] : f32 from vector<8xf32>
          %253 = math.fma %87, %252, %251 : f32
          %254 = vector.extract %243[5] : f32 from vector<8xf32>
          %255 = math.fma %90, %254, %253 : f32
          %256 = vector.extract %243[6] : f32 from vector<8xf32>
          %257 = math.fma %93, %256, %255 : f32
          %258 = vector.extract %243[7] : f32 from vector<8xf32>
          %259 = math.fma %96, %258, %257 : f32
          %shuffleResult_66, %valid_67 = gpu.shuffle  xor %259, %c8_i32, %c32_i32 : f32
          %260 = arith.addf %259, %shuffleResult_66 : f32
          %shuffleResult_68, %valid_69 = gpu.shuffle  xor %260, %c4_i32, %c32_i32 : f32
          %261 = arith.addf %260, %shuffleResult_68 : f32
          %shuffleResult_70, %valid_71 = gpu.shuffle  xor %261, %c2_i32, %c32_i32 : f32
          %262 = arith.addf %261, %shuffleResult_70 : f32
          %shuffleResult_72, %valid_73 = gpu.shuffle  xor %262, %c1_i32, %c32_i32 : f32
          %263 = arith.addf %262, %shuffleResult_72 : f32
          %264 = arith.addi %71, %72 : index
          %265 = arith.cmpi ult, %264, %17 : index
          %266 = arith.select %265, %102, %cst_0 : f32
          %267 = arith.addi %71, %103 : index
          %268 = arith.cmpi ult, %267, %17 : index
          %269 = arith.select %268, %125, %cst_0 : f32
          %270 = arith.addi %71, %126 : index
          %271 = arith.cmpi ult, %270, %17 : index
          %272 = arith.select %271, %148, %cst_0 : f32
          %273 = arith.addi %71, %149 : index
          %274 = arith.cmpi ult, %273, %17 : index
          %275 = arith.select %274, %171, %cst_0 : f32
          %276 = arith.addi %71, %172 : index
          %277 = arith.cmpi ult, %276, %17 : index
          %278 = arith.select %277, %194, %cst_0 : f32
          %279 = arith.addi %71, %195 : index
          %280 = arith.cmpi ult, %279, %17 : index
          %281 = arith.select %280, %217, %cst_0 : f32
          %282 = arith.addi %71, %218 : index
          %283 = arith.cmpi ult, %282, %17 : index
          %284 = arith.select %283, %240, %cst_0 : f32
          %285 = arith.addi %71, %241 : index
          %286 = arith.cmpi ult, %285, %17 : index
          %287 = arith.select %286, %263, %cst_0 : f32
          %288 = vector.load %view_7[%49, %72, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %289 = arith.extf %288 : vector<8xbf16> to vector<8xf32>
          %290 = vector.load %view_7[%49, %103, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %291 = arith.extf %290 : vector<8xbf16> to vector<8xf32>
          %292 = vector.load %view_7[%49, %126, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %293 = arith.extf %292 : vector<8xbf16> to vector<8xf32>
          %294 = vector.load %view_7[%49, %149, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %295 = arith.extf %294 : vector<8xbf16> to vector<8xf32>
          %296 = vector.load %view_7[%49, %172, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %297 = arith.extf %296 : vector<8xbf16> to vector<8xf32>
          %298 = vector.load %view_7[%49, %195, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %299 = arith.extf %298 : vector<8xbf16> to vector<8xf32>
          %300 = vector.load %view_7[%49, %218, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %301 = arith.extf %300 : vector<8xbf16> to vector<8xf32>
          %302 = vector.load %view_7[%49, %241, %2] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %303 = arith.extf %302 : vector<8xbf16> to vector<8xf32>
          %304 = arith.maximumf %arg18, %266 : f32
          %305 = arith.maximumf %304, %269 : f32
          %306 = arith.maximumf %305, %272 : f32
          %307 = arith.maximumf %306, %275 : f32
          %308 = arith.maximumf %307, %278 : f32
          %309 = arith.maximumf %308, %281 : f32
          %310 = arith.maximumf %309, %284 : f32
          %311 = arith.maximumf %310, %287 : f32
          %312 = arith.cmpf oeq, %311, %cst_0 : f32
          %313 = arith.select %312, %cst_1, %311 : f32
          %314 = arith.subf %arg18, %313 : f32
          %315 = math.exp2 %314 fastmath<afn> : f32
          %316 = arith.mulf %arg19, %315 : f32
          %317 = vector.broadcast %315 : f32 to vector<8xf32>
          %318 = arith.mulf %arg20, %317 : vector<8xf32>
          %319 = arith.subf %266, %313 : f32
          %320 = math.exp2 %319 fastmath<afn> : f32
          %321 = arith.addf %316, %320 : f32
          %322 = vector.broadcast %320 : f32 to vector<8xf32>
          %323 = vector.fma %322, %289, %318 : vector<8xf32>
          %324 = arith.subf %269, %313 : f32
          %325 = math.exp2 %324 fastmath<afn> : f32
          %326 = arith.addf %321, %325 : f32
          %327 = vector.broadcast %325 : f32 to vector<8xf32>
          %328 = vector.fma %327, %291, %323 : vector<8xf32>
          %329 = arith.subf %272, %313 : f32
          %330 = math.exp2 %329 fastmath<afn> : f32
          %331 = arith.addf %326, %330 : f32
          %332 = vector.broadcast %330 : f32 to vector<8xf32>
          %333 = vector.fma %332, %293, %328 : vector<8xf32>
          %334 = arith.subf %275, %313 : f32
          %335 = math.exp2 %334 fastmath<afn> : f32
          %336 = arith.addf %331, %335 : f32
          %337 = vector.broadcast %335 : f32 to vector<8xf32>
          %338 = vector.fma %337, %295, %333 : vector<8xf32>
          %339 = arith.subf %278, %313 : f32
          %340 = math.exp2 %339 fastmath<afn> : f32
          %341 = arith.addf %336, %340 : f32
          %342 = vector.broadcast %340 : f32 to vector<8xf32>
          %343 = vector.fma %342, %297, %338 : vector<8xf32>
          %344 = arith.subf %281, %313 : f32
          %345 = math.exp2 %344 fastmath<afn> : f32
          %346 = arith.addf %341, %345 : f32
          %347 = vector.broadcast %345 : f32 to vector<8xf32>
          %348 = vector.fma %347, %299, %343 : vector<8xf32>
          %349 = arith.subf %284, %313 : f32
          %350 = math.exp2 %349 fastmath<afn> : f32
          %351 = arith.addf %346, %350 : f32
          %352 = vector.broadcast %350 : f32 to vector<8xf32>
          %353 = vector.fma %352, %301, %348 : vector<8xf32>
          %354 = arith.subf %287, %313 : f32
          %355 = math.exp2 %354 fastmath<afn> : f32
          %356 = arith.addf %351, %355 : f32
          %357 = vector.broadcast %355 : f32 to vector<8xf32>
          %358 = vector.fma %357, %303, %353 : vector<8xf32>
          gpu.barrier
          scf.yield %311, %356, %358, %62, %69 : f32, f32, vector<8xf32>, index, index
        }
        nvvm.cp.async.wait.group 0
        %view_9 = memref.view %view_8[%c0][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4x128xf32, #gpu.address_space<workgroup>>
        %view_10 = memref.view %view_8[%c4096][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4xf32, #gpu.address_space<workgroup>>
        %view_11 = memref.view %view_8[%c4128][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4xf32, #gpu.address_space<workgroup>>
        vector.store %35#2, %view_9[%1, %4, %2] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
        %36 = arith.cmpi eq, %0, %c0 : index
        scf.if %36 {
          memref.store %35#0, %view_10[%1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          memref.store %35#1, %view_11[%1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
        }
        gpu.barrier
        %37 = arith.cmpi eq, %1, %c0 : index
        %38:3 = scf.if %37 -> (f32, f32, vector<8xf32>) {
          %49 = memref.load %view_10[%c0, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %50 = memref.load %view_11[%c0, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %51 = vector.load %view_9[%c0, %4, %2] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %52 = arith.cmpf oeq, %49, %cst_0 : f32
          %53 = arith.select %52, %cst_1, %49 : f32
          %54 = arith.subf %cst_0, %53 : f32
          %55 = math.exp2 %54 fastmath<afn> : f32
          %56 = arith.subf %49, %53 : f32
          %57 = math.exp2 %56 fastmath<afn> : f32
          %58 = arith.mulf %55, %cst_1 : f32
          %59 = arith.mulf %50, %57 : f32
          %60 = arith.addf %58, %59 : f32
          %61 = vector.broadcast %57 : f32 to vector<8xf32>
          %62 = vector.broadcast %55 : f32 to vector<8xf32>
          %63 = arith.mulf %62, %cst_2 : vector<8xf32>
          %64 = vector.fma %61, %51, %63 : vector<8xf32>
          %65 = memref.load %view_10[%c1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %66 = memref.load %view_11[%c1, %4] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %67 = vector.load %view_9[%c1, %4, %2] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %68 = arith.maximumf %49, %65 : f32
          %69 = arith.cmpf oeq, %68, %cst_0 : f32
          %70 = arith.select %69, %cst_1, %68 : f32
          %71 = arith.subf %49, %70 : f32
          %72 = math.exp2 %71 fastmath<afn> : f32
          %73 = arith.subf %65, %70 : f32
          %74 = math.exp2 %73 fastmath<afn> : f32
          %75 = arith.mulf %60, %72 : f32
          %76 = arith.mulf %66, %74 : f32
          %77 = arith.addf %75, %76 : f32
          %78 = vector.broadcast %74 : f32 to vector<8xf32>
          %79 = vector.broadcast %72 : f32 to vector<8xf32>
          %80 = arith.mulf %64, %79 : vector<8xf32>
          %81 = vector.fma %78, %67, %80 : vector<8xf32>
          scf.yield %68, %77, %81 : f32, f32, vector<8xf32>
        } else {
          scf.yield %35#0, %35#1, %35#2 : f32, f32, vector<8xf32>
        }
        %39 = arith.cmpf ogt, %38#1, %cst_1 : f32
        %40 = arith.select %39, %38#1, %cst_3 : f32
        %41 = vector.broadcast %40 : f32 to vector<8xf32>
        %42 = arith.divf %38#2, %41 : vector<8xf32>
        %43 = arith.select %39, %42, %cst_2 : vector<8xf32>
        %44 = math.log2 %40 fastmath<afn> : f32
        %45 = arith.addf %38#0, %44 : f32
        %46 = arith.mulf %45, %cst_4 : f32
        %47 = arith.select %39, %46, %cst_0 : f32
        %48 = arith.cmpi slt, %18, %c0_i32 : i32
        scf.if %48 {
          scf.if %37 {
            %49 = arith.truncf %43 : vector<8xf32> to vector<8xbf16>
            vector.store %49, %arg13[%20, %28, %2] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
            scf.if %36 {
              memref.store %47, %arg14[%20, %28] : memref<?x32xf32>
            }
          }
        } else {
          %49 = arith.index_cast %18 : i32 to index
          scf.if %37 {
            vector.store %43, %arg15[%49, %28, %2] {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
            scf.if %36 {
              memref.store %47, %arg16[%49, %28] : memref<?x32xf32>
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
  attn.kernel_abi @llama3_8b_decode_attention for @llama3_8b_decode_kernels::@llama3_8b_decode_attention {block = array<i32: 128, 1, 1>, dynamic_smem = 21504 : i64, family = "decode", params = [{kind = "ptr", name = "q"}, {kind = "ptr", name = "qo_indptr"}, {kind = "ptr", name = "k_cache"}, {kind = "ptr", name = "v_cache"}, {kind = "ptr", name = "kv_indptr"}, {kind = "ptr", name = "kv_indices"}, {kind = "ptr", name = "kv_last_page_len"}, {kind = "i32", name = "kv_page_stride"}, {kind = "ptr", name = "work_request"}, {kind = "ptr", name = "work_kv_begin"}, {kind = "ptr", name = "work_kv_end"}, {kind = "ptr", name = "work_partial"}, {kind = "ptr", name = "num_work"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}, {kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}], role = "attention", tile = {bdx = 16 : i64, bdy = 4 : i64, bdz = 2 : i64, heads_per_thread = 1 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 16 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  attn.kernel_abi @llama3_8b_decode_merge for @llama3_8b_decode_kernels::@llama3_8b_decode_merge {block = array<i32: 256, 1, 1>, dynamic_smem = 0 : i64, family = "decode", params = [{kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}, {kind = "ptr", name = "merge_indptr"}, {kind = "ptr", name = "num_rows"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}], role = "merge", tile = {bdx = 16 : i64, heads_per_cta = 1 : i64, pdl = 1 : i64, slices = 16 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 16 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  func.func @llama3_8b_decode(%arg0: memref<?x32x128xbf16>, %arg1: memref<?xi32>, %arg2: memref<?x16x8x128xbf16>, %arg3: memref<?x16x8x128xbf16>, %arg4: memref<?xi32>, %arg5: memref<?xi32>, %arg6: memref<?xi32>, %arg7: memref<?x32x128xbf16>, %arg8: memref<?x32xf32>) {
    return
  }
}

