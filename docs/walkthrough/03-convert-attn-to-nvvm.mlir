module attributes {gpu.container_module} {
  gpu.module @llama3_8b_decode_kernels {
    gpu.func @llama3_8b_decode_attention(%arg0: memref<?x32x128xbf16> {attn.param = "q"}, %arg1: memref<?xi32> {attn.param = "qo_indptr"}, %arg2: memref<?x16x8x128xbf16> {attn.param = "k_cache"}, %arg3: memref<?x16x8x128xbf16> {attn.param = "v_cache"}, %arg4: memref<?xi32> {attn.param = "kv_indptr"}, %arg5: memref<?xi32> {attn.param = "kv_indices"}, %arg6: memref<?xi32> {attn.param = "kv_last_page_len"}, %arg7: memref<?xi32> {attn.param = "work_request"}, %arg8: memref<?xi32> {attn.param = "work_kv_begin"}, %arg9: memref<?xi32> {attn.param = "work_kv_end"}, %arg10: memref<?xi32> {attn.param = "work_partial"}, %arg11: memref<1xi32> {attn.param = "num_work"}, %arg12: memref<?x32x128xbf16> {attn.param = "o"}, %arg13: memref<?x32xf32> {attn.param = "lse"}, %arg14: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg15: memref<?x32xf32> {attn.param = "tmp_lse"}) kernel attributes {known_block_size = array<i32: 128, 1, 1>} {
      %c24 = arith.constant 24 : index
      %c0_i32 = arith.constant 0 : i32
      %cst = arith.constant 0.693147182 : f32
      %cst_0 = arith.constant 1.000000e+00 : f32
      %c1_i32 = arith.constant 1 : i32
      %c2_i32 = arith.constant 2 : i32
      %c4_i32 = arith.constant 4 : i32
      %c32_i32 = arith.constant 32 : i32
      %c8_i32 = arith.constant 8 : i32
      %cst_1 = arith.constant dense<0.000000e+00> : vector<8xf32>
      %cst_2 = arith.constant 0.000000e+00 : f32
      %cst_3 = arith.constant 0xFF800000 : f32
      %c3 = arith.constant 3 : index
      %c2 = arith.constant 2 : index
      %cst_4 = arith.constant dense<0.127517432> : vector<8xf32>
      %c8 = arith.constant 8 : index
      %c7 = arith.constant 7 : index
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
      %view = memref.view %4[%c0][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
      %view_5 = memref.view %4[%c8192][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
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
        %23 = arith.addi %22, %c7 : index
        %24 = arith.divui %23, %c8 : index
        %25 = arith.muli %0, %c8 : index
        %26 = vector.load %arg0[%16, %18, %25] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %27 = arith.extf %26 : vector<8xbf16> to vector<8xf32>
        %28 = arith.mulf %27, %cst_4 : vector<8xf32>
        %29 = arith.muli %3, %c4 : index
        %30 = arith.addi %29, %2 : index
        %31 = arith.cmpi ugt, %24, %c0 : index
        scf.if %31 {
          %38 = arith.addi %11, %30 : index
          %39 = arith.subi %13, %c1 : index
          %40 = arith.minsi %38, %39 : index
          %41 = arith.divui %40, %c16 : index
          %42 = arith.addi %20, %41 : index
          %43 = memref.load %arg5[%42] : memref<?xi32>
          %44 = arith.index_cast %43 : i32 to index
          %45 = arith.remui %40, %c16 : index
          %46 = arith.cmpi ult, %38, %13 : index
          %47 = arith.select %46, %c8, %c0 : index
          %48 = nvgpu.device_async_copy %arg2[%44, %45, %block_id_y, %25], %view[%c0, %30, %25], 8, %47 {bypassL1} : memref<?x16x8x128xbf16> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
          %49 = nvgpu.device_async_copy %arg3[%44, %45, %block_id_y, %25], %view_5[%c0, %30, %25], 8, %47 {bypassL1} : memref<?x16x8x128xbf16> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
        }
        nvvm.cp.async.commit.group
        %32 = arith.cmpi ugt, %24, %c1 : index
        scf.if %32 {
          %38 = arith.addi %11, %c8 : index
          %39 = arith.addi %38, %30 : index
          %40 = arith.subi %13, %c1 : index
          %41 = arith.minsi %39, %40 : index
          %42 = arith.divui %41, %c16 : index
          %43 = arith.addi %20, %42 : index
          %44 = memref.load %arg5[%43] : memref<?xi32>
          %45 = arith.index_cast %44 : i32 to index
          %46 = arith.remui %41, %c16 : index
          %47 = arith.cmpi ult, %39, %13 : index
          %48 = arith.select %47, %c8, %c0 : index
          %49 = nvgpu.device_async_copy %arg2[%45, %46, %block_id_y, %25], %view[%c1, %30, %25], 8, %48 {bypassL1} : memref<?x16x8x128xbf16> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
          %50 = nvgpu.device_async_copy %arg3[%45, %46, %block_id_y, %25], %view_5[%c1, %30, %25], 8, %48 {bypassL1} : memref<?x16x8x128xbf16> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
        }
        nvvm.cp.async.commit.group
        %33 = arith.cmpi ugt, %24, %c2 : index
        scf.if %33 {
          %38 = arith.addi %11, %c16 : index
          %39 = arith.addi %38, %30 : index
          %40 = arith.subi %13, %c1 : index
          %41 = arith.minsi %39, %40 : index
          %42 = arith.divui %41, %c16 : index
          %43 = arith.addi %20, %42 : index
          %44 = memref.load %arg5[%43] : memref<?xi32>
          %45 = arith.index_cast %44 : i32 to index
          %46 = arith.remui %41, %c16 : index
          %47 = arith.cmpi ult, %39, %13 : index
          %48 = arith.select %47, %c8, %c0 : index
          %49 = nvgpu.device_async_copy %arg2[%45, %46, %block_id_y, %25], %view[%c2, %30, %25], 8, %48 {bypassL1} : memref<?x16x8x128xbf16> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
          %50 = nvgpu.device_async_copy %arg3[%45, %46, %block_id_y, %25], %view_5[%c2, %30, %25], 8, %48 {bypassL1} : memref<?x16x8x128xbf16> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
        }
        nvvm.cp.async.commit.group
        %34 = scf.if %31 -> (index) {
          %38 = arith.addi %11, %c24 : index
          %39 = arith.addi %38, %30 : index
          %40 = arith.subi %13, %c1 : index
          %41 = arith.minsi %39, %40 : index
          %42 = arith.divui %41, %c16 : index
          %43 = arith.addi %20, %42 : index
          %44 = memref.load %arg5[%43] : memref<?xi32>
          %45 = arith.index_cast %44 : i32 to index
          scf.yield %45 : index
        } else {
          scf.yield %c0 : index
        }
        %35:4 = scf.for %arg16 = %c0 to %24 step %c1 iter_args(%arg17 = %cst_3, %arg18 = %cst_2, %arg19 = %cst_1, %arg20 = %34) -> (f32, f32, vector<8xf32>, index) {
          %38 = arith.addi %arg16, %c3 : index
          %39 = arith.cmpi ult, %38, %24 : index
          scf.if %39 {
            %139 = arith.remui %38, %c4 : index
            %140 = arith.muli %38, %c8 : index
            %141 = arith.addi %11, %140 : index
            %142 = arith.addi %141, %30 : index
            %143 = arith.subi %13, %c1 : index
            %144 = arith.minsi %142, %143 : index
            %145 = arith.remui %144, %c16 : index
            %146 = arith.cmpi ult, %142, %13 : index
            %147 = arith.select %146, %c8, %c0 : index
            %148 = nvgpu.device_async_copy %arg2[%arg20, %145, %block_id_y, %25], %view[%139, %30, %25], 8, %147 {bypassL1} : memref<?x16x8x128xbf16> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
            %149 = nvgpu.device_async_copy %arg3[%arg20, %145, %block_id_y, %25], %view_5[%139, %30, %25], 8, %147 {bypassL1} : memref<?x16x8x128xbf16> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
          }
          nvvm.cp.async.commit.group
          %40 = arith.addi %arg16, %c4 : index
          %41 = arith.muli %40, %c8 : index
          %42 = arith.addi %11, %41 : index
          %43 = arith.addi %42, %30 : index
          %44 = arith.subi %13, %c1 : index
          %45 = arith.minsi %43, %44 : index
          %46 = arith.divui %45, %c16 : index
          %47 = arith.addi %20, %46 : index
          %48 = memref.load %arg5[%47] : memref<?xi32>
          %49 = arith.index_cast %48 : i32 to index
          nvvm.cp.async.wait.group 3
          gpu.barrier
          %50 = arith.remui %arg16, %c4 : index
          %51 = arith.muli %arg16, %c8 : index
          %52 = arith.addi %11, %51 : index
          %53 = vector.load %view[%50, %29, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %54 = arith.extf %53 : vector<8xbf16> to vector<8xf32>
          %55 = arith.addi %52, %29 : index
          %56 = arith.mulf %28, %54 : vector<8xf32>
          %57 = vector.reduction <add>, %56 : vector<8xf32> into f32
          %shuffleResult, %valid = gpu.shuffle  xor %57, %c8_i32, %c32_i32 : f32
          %58 = arith.addf %57, %shuffleResult : f32
          %shuffleResult_9, %valid_10 = gpu.shuffle  xor %58, %c4_i32, %c32_i32 : f32
          %59 = arith.addf %58, %shuffleResult_9 : f32
          %shuffleResult_11, %valid_12 = gpu.shuffle  xor %59, %c2_i32, %c32_i32 : f32
          %60 = arith.addf %59, %shuffleResult_11 : f32
          %shuffleResult_13, %valid_14 = gpu.shuffle  xor %60, %c1_i32, %c32_i32 : f32
          %61 = arith.addf %60, %shuffleResult_13 : f32
          %62 = arith.cmpi ult, %55, %13 : index
          %63 = arith.select %62, %61, %cst_3 : f32
          %64 = arith.addi %29, %c1 : index
          %65 = vector.load %view[%50, %64, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %66 = arith.extf %65 : vector<8xbf16> to vector<8xf32>
          %67 = arith.addi %52, %64 : index
          %68 = arith.mulf %28, %66 : vector<8xf32>
          %69 = vector.reduction <add>, %68 : vector<8xf32> into f32
          %shuffleResult_15, %valid_16 = gpu.shuffle  xor %69, %c8_i32, %c32_i32 : f32
          %70 = arith.addf %69, %shuffleResult_15 : f32
          %shuffleResult_17, %valid_18 = gpu.shuffle  xor %70, %c4_i32, %c32_i32 : f32
          %71 = arith.addf %70, %shuffleResult_17 : f32
          %shuffleResult_19, %valid_20 = gpu.shuffle  xor %71, %c2_i32, %c32_i32 : f32
          %72 = arith.addf %71, %shuffleResult_19 : f32
          %shuffleResult_21, %valid_22 = gpu.shuffle  xor %72, %c1_i32, %c32_i32 : f32
          %73 = arith.addf %72, %shuffleResult_21 : f32
          %74 = arith.cmpi ult, %67, %13 : index
          %75 = arith.select %74, %73, %cst_3 : f32
          %76 = arith.addi %29, %c2 : index
          %77 = vector.load %view[%50, %76, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %78 = arith.extf %77 : vector<8xbf16> to vector<8xf32>
          %79 = arith.addi %52, %76 : index
          %80 = arith.mulf %28, %78 : vector<8xf32>
          %81 = vector.reduction <add>, %80 : vector<8xf32> into f32
          %shuffleResult_23, %valid_24 = gpu.shuffle  xor %81, %c8_i32, %c32_i32 : f32
          %82 = arith.addf %81, %shuffleResult_23 : f32
          %shuffleResult_25, %valid_26 = gpu.shuffle  xor %82, %c4_i32, %c32_i32 : f32
          %83 = arith.addf %82, %shuffleResult_25 : f32
          %shuffleResult_27, %valid_28 = gpu.shuffle  xor %83, %c2_i32, %c32_i32 : f32
          %84 = arith.addf %83, %shuffleResult_27 : f32
          %shuffleResult_29, %valid_30 = gpu.shuffle  xor %84, %c1_i32, %c32_i32 : f32
          %85 = arith.addf %84, %shuffleResult_29 : f32
          %86 = arith.cmpi ult, %79, %13 : index
          %87 = arith.select %86, %85, %cst_3 : f32
          %88 = arith.addi %29, %c3 : index
          %89 = vector.load %view[%50, %88, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %90 = arith.extf %89 : vector<8xbf16> to vector<8xf32>
          %91 = arith.addi %52, %88 : index
          %92 = arith.mulf %28, %90 : vector<8xf32>
          %93 = vector.reduction <add>, %92 : vector<8xf32> into f32
          %shuffleResult_31, %valid_32 = gpu.shuffle  xor %93, %c8_i32, %c32_i32 : f32
          %94 = arith.addf %93, %shuffleResult_31 : f32
          %shuffleResult_33, %valid_34 = gpu.shuffle  xor %94, %c4_i32, %c32_i32 : f32
          %95 = arith.addf %94, %shuffleResult_33 : f32
          %shuffleResult_35, %valid_36 = gpu.shuffle  xor %95, %c2_i32, %c32_i32 : f32
          %96 = arith.addf %95, %shuffleResult_35 : f32
          %shuffleResult_37, %valid_38 = gpu.shuffle  xor %96, %c1_i32, %c32_i32 : f32
          %97 = arith.addf %96, %shuffleResult_37 : f32
          %98 = arith.cmpi ult, %91, %13 : index
          %99 = arith.select %98, %97, %cst_3 : f32
          %100 = arith.maximumf %arg17, %63 : f32
          %101 = arith.maximumf %100, %75 : f32
          %102 = arith.maximumf %101, %87 : f32
          %103 = arith.maximumf %102, %99 : f32
          %104 = arith.cmpf oeq, %103, %cst_3 : f32
          %105 = arith.select %104, %cst_2, %103 : f32
          %106 = arith.subf %arg17, %105 : f32
          %107 = math.exp2 %106 fastmath<afn> : f32
          %108 = arith.mulf %arg18, %107 : f32
          %109 = vector.broadcast %107 : f32 to vector<8xf32>
          %110 = arith.mulf %arg19, %109 : vector<8xf32>
          %111 = arith.subf %63, %105 : f32
          %112 = math.exp2 %111 fastmath<afn> : f32
          %113 = arith.addf %108, %112 : f32
          %114 = vector.broadcast %112 : f32 to vector<8xf32>
          %115 = vector.load %view_5[%50, %29, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %116 = arith.extf %115 : vector<8xbf16> to vector<8xf32>
          %117 = vector.fma %114, %116, %110 : vector<8xf32>
          %118 = arith.subf %75, %105 : f32
          %119 = math.exp2 %118 fastmath<afn> : f32
          %120 = arith.addf %113, %119 : f32
          %121 = vector.broadcast %119 : f32 to vector<8xf32>
          %122 = vector.load %view_5[%50, %64, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %123 = arith.extf %122 : vector<8xbf16> to vector<8xf32>
          %124 = vector.fma %121, %123, %117 : vector<8xf32>
          %125 = arith.subf %87, %105 : f32
          %126 = math.exp2 %125 fastmath<afn> : f32
          %127 = arith.addf %120, %126 : f32
          %128 = vector.broadcast %126 : f32 to vector<8xf32>
          %129 = vector.load %view_5[%50, %76, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %130 = arith.extf %129 : vector<8xbf16> to vector<8xf32>
          %131 = vector.fma %128, %130, %124 : vector<8xf32>
          %132 = arith.subf %99, %105 : f32
          %133 = math.exp2 %132 fastmath<afn> : f32
          %134 = arith.addf %127, %133 : f32
          %135 = vector.broadcast %133 : f32 to vector<8xf32>
          %136 = vector.load %view_5[%50, %88, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %137 = arith.extf %136 : vector<8xbf16> to vector<8xf32>
          %138 = vector.fma %135, %137, %131 : vector<8xf32>
          gpu.barrier
          scf.yield %103, %134, %138, %49 : f32, f32, vector<8xf32>, index
        }
        nvvm.cp.async.wait.group 0
        %36 = arith.cmpi eq, %3, %c0 : index
        vector.store %35#2, %view_6[%3, %2, %25] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
        %37 = arith.cmpi eq, %0, %c0 : index
        scf.if %37 {
          memref.store %35#0, %view_7[%3, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          memref.store %35#1, %view_8[%3, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
        }
        gpu.barrier
        scf.if %36 {
          %38 = memref.load %view_7[%c0, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %39 = memref.load %view_8[%c0, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %40 = vector.load %view_6[%c0, %2, %25] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %41 = arith.cmpf oeq, %38, %cst_3 : f32
          %42 = arith.select %41, %cst_2, %38 : f32
          %43 = arith.subf %cst_3, %42 : f32
          %44 = math.exp2 %43 fastmath<afn> : f32
          %45 = arith.subf %38, %42 : f32
          %46 = math.exp2 %45 fastmath<afn> : f32
          %47 = arith.mulf %44, %cst_2 : f32
          %48 = arith.mulf %39, %46 : f32
          %49 = arith.addf %47, %48 : f32
          %50 = vector.broadcast %46 : f32 to vector<8xf32>
          %51 = vector.broadcast %44 : f32 to vector<8xf32>
          %52 = arith.mulf %51, %cst_1 : vector<8xf32>
          %53 = vector.fma %50, %40, %52 : vector<8xf32>
          %54 = memref.load %view_7[%c1, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %55 = memref.load %view_8[%c1, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %56 = vector.load %view_6[%c1, %2, %25] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %57 = arith.maximumf %38, %54 : f32
          %58 = arith.cmpf oeq, %57, %cst_3 : f32
          %59 = arith.select %58, %cst_2, %57 : f32
          %60 = arith.subf %38, %59 : f32
          %61 = math.exp2 %60 fastmath<afn> : f32
          %62 = arith.subf %54, %59 : f32
          %63 = math.exp2 %62 fastmath<afn> : f32
          %64 = arith.mulf %49, %61 : f32
          %65 = arith.mulf %55, %63 : f32
          %66 = arith.addf %64, %65 : f32
          %67 = vector.broadcast %63 : f32 to vector<8xf32>
          %68 = vector.broadcast %61 : f32 to vector<8xf32>
          %69 = arith.mulf %53, %68 : vector<8xf32>
          %70 = vector.fma %67, %56, %69 : vector<8xf32>
          %71 = arith.cmpf ogt, %66, %cst_2 : f32
          %72 = arith.select %71, %66, %cst_0 : f32
          %73 = vector.broadcast %72 : f32 to vector<8xf32>
          %74 = arith.divf %70, %73 : vector<8xf32>
          %75 = arith.select %71, %74, %cst_1 : vector<8xf32>
          %76 = math.log2 %72 fastmath<afn> : f32
          %77 = arith.addf %57, %76 : f32
          %78 = arith.mulf %77, %cst : f32
          %79 = arith.select %71, %78, %cst_3 : f32
          %80 = arith.cmpi slt, %14, %c0_i32 : i32
          scf.if %80 {
            %81 = arith.truncf %75 : vector<8xf32> to vector<8xbf16>
            vector.store %81, %arg12[%16, %18, %25] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
            scf.if %37 {
              memref.store %79, %arg13[%16, %18] : memref<?x32xf32>
            }
          } else {
            %81 = arith.index_cast %14 : i32 to index
            vector.store %75, %arg14[%81, %18, %25] {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
            scf.if %37 {
              memref.store %79, %arg15[%81, %18] : memref<?x32xf32>
            }
          }
        }
      }
      gpu.return
    }
    gpu.func @llama3_8b_decode_merge(%arg0: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg1: memref<?x32xf32> {attn.param = "tmp_lse"}, %arg2: memref<?xi32> {attn.param = "merge_indptr"}, %arg3: memref<1xi32> {attn.param = "num_rows"}, %arg4: memref<?x32x128xbf16> {attn.param = "o"}, %arg5: memref<?x32xf32> {attn.param = "lse"}) kernel attributes {attn.bdx = 16 : i64, known_block_size = array<i32: 128, 1, 1>} {
      %cst = arith.constant 0.693147182 : f32
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
      %block_id_y = gpu.block_id  y
      %1 = arith.muli %block_id_y, %c8 : index
      %2 = arith.divui %thread_id_x, %c16 : index
      %3 = arith.addi %1, %2 : index
      %block_id_x = gpu.block_id  x
      %4 = arith.muli %0, %c8 : index
      %5 = memref.load %arg3[%c0] : memref<1xi32>
      %6 = arith.index_cast %5 : i32 to index
      %7 = arith.cmpi ult, %block_id_x, %6 : index
      scf.if %7 {
        %8 = memref.load %arg2[%block_id_x] : memref<?xi32>
        %9 = arith.index_cast %8 : i32 to index
        %10 = arith.addi %block_id_x, %c1 : index
        %11 = memref.load %arg2[%10] : memref<?xi32>
        %12 = arith.index_cast %11 : i32 to index
        %13 = arith.cmpi ult, %9, %12 : index
        scf.if %13 {
          %14:3 = scf.for %arg6 = %9 to %12 step %c1 iter_args(%arg7 = %cst_4, %arg8 = %cst_3, %arg9 = %cst_2) -> (f32, f32, vector<8xf32>) {
            %26 = memref.load %arg1[%arg6, %3] : memref<?x32xf32>
            %27 = arith.mulf %26, %cst_1 : f32
            %28 = vector.load %arg0[%arg6, %3, %4] {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
            %29 = arith.maximumf %arg7, %27 : f32
            %30 = arith.cmpf oeq, %29, %cst_4 : f32
            %31 = arith.select %30, %cst_3, %29 : f32
            %32 = arith.subf %arg7, %31 : f32
            %33 = math.exp2 %32 fastmath<afn> : f32
            %34 = arith.subf %27, %31 : f32
            %35 = math.exp2 %34 fastmath<afn> : f32
            %36 = arith.mulf %arg8, %33 : f32
            %37 = arith.addf %36, %35 : f32
            %38 = vector.broadcast %35 : f32 to vector<8xf32>
            %39 = vector.broadcast %33 : f32 to vector<8xf32>
            %40 = arith.mulf %arg9, %39 : vector<8xf32>
            %41 = vector.fma %38, %28, %40 : vector<8xf32>
            scf.yield %29, %37, %41 : f32, f32, vector<8xf32>
          }
          %15 = arith.cmpf ogt, %14#1, %cst_3 : f32
          %16 = arith.select %15, %14#1, %cst_0 : f32
          %17 = vector.broadcast %16 : f32 to vector<8xf32>
          %18 = arith.divf %14#2, %17 : vector<8xf32>
          %19 = arith.select %15, %18, %cst_2 : vector<8xf32>
          %20 = math.log2 %16 fastmath<afn> : f32
          %21 = arith.addf %14#0, %20 : f32
          %22 = arith.mulf %21, %cst : f32
          %23 = arith.select %15, %22, %cst_4 : f32
          %24 = arith.truncf %19 : vector<8xf32> to vector<8xbf16>
          vector.store %24, %arg4[%block_id_x, %3, %4] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
          %25 = arith.cmpi eq, %0, %c0 : index
          scf.if %25 {
            memref.store %23, %arg5[%block_id_x, %3] : memref<?x32xf32>
          }
        }
      }
      gpu.return
    }
  }
  attn.kernel_abi @llama3_8b_decode_attention for @llama3_8b_decode_kernels::@llama3_8b_decode_attention {block = array<i32: 128, 1, 1>, dynamic_smem = 21504 : i64, family = "decode", params = [{kind = "ptr", name = "q"}, {kind = "ptr", name = "qo_indptr"}, {kind = "ptr", name = "k_cache"}, {kind = "ptr", name = "v_cache"}, {kind = "ptr", name = "kv_indptr"}, {kind = "ptr", name = "kv_indices"}, {kind = "ptr", name = "kv_last_page_len"}, {kind = "ptr", name = "work_request"}, {kind = "ptr", name = "work_kv_begin"}, {kind = "ptr", name = "work_kv_end"}, {kind = "ptr", name = "work_partial"}, {kind = "ptr", name = "num_work"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}, {kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}], role = "attention", tile = {bdx = 16 : i64, bdy = 4 : i64, bdz = 2 : i64, sm = 90 : i64, split_kv = true, stages = 4 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 8 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  attn.kernel_abi @llama3_8b_decode_merge for @llama3_8b_decode_kernels::@llama3_8b_decode_merge {block = array<i32: 128, 1, 1>, dynamic_smem = 0 : i64, family = "decode", params = [{kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}, {kind = "ptr", name = "merge_indptr"}, {kind = "ptr", name = "num_rows"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}], role = "merge", tile = {bdx = 16 : i64, heads_per_cta = 8 : i64, sm = 90 : i64, split_kv = true, stages = 4 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 8 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  func.func @llama3_8b_decode(%arg0: memref<?x32x128xbf16>, %arg1: memref<?xi32>, %arg2: memref<?x16x8x128xbf16>, %arg3: memref<?x16x8x128xbf16>, %arg4: memref<?xi32>, %arg5: memref<?xi32>, %arg6: memref<?xi32>, %arg7: memref<?x32x128xbf16>, %arg8: memref<?x32xf32>) {
    return
  }
}

