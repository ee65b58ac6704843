module attributes {gpu.container_module} {
  gpu.module @llama3_8b_decode_kernels {
    gpu.func @llama3_8b_decode_attention(%arg0: memref<?x32x128xbf16> {attn.param = "q"}, %arg1: memref<?xi32> {attn.param = "qo_indptr"}, %arg2: memref<?x16x8x128xbf16> {attn.param = "k_cache"}, %arg3: memref<?x16x8x128xbf16> {attn.param = "v_cache"}, %arg4: memref<?xi32> {attn.param = "kv_indptr"}, %arg5: memref<?xi32> {attn.param = "kv_indices"}, %arg6: memref<?xi32> {attn.param = "kv_last_page_len"}, %arg7: memref<?xi32> {attn.param = "work_request"}, %arg8: memref<?xi32> {attn.param = "work_kv_begin"}, %arg9: memref<?xi32> {attn.param = "work_kv_end"}, %arg10: memref<?xi32> {attn.param = "work_partial"}, %arg11: memref<1xi32> {attn.param = "num_work"}, %arg12: memref<?x32x128xbf16> {attn.param = "o"}, %arg13: memref<?x32xf32> {attn.param = "lse"}, %arg14: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg15: memref<?x32xf32> {attn.param = "tmp_lse"}) kernel attributes {known_block_size = array<i32: 128, 1, 1>} {
      %c0_i32 = arith.constant 0 : i32
      %cst = arith.constant 0.693147182 : f32
      %cst_0 = arith.constant 1.000000e+00 : f32
      %c1_i32 = arith.constant 1 : i32
      %c2_i32 = arith.constant 2 : i32
      %c4_i32 = arith.constant 4 : i32
      %c32_i32 = arith.constant 32 : i32
      %c8_i32 = arith.constant 8 : i32
      %c3 = arith.constant 3 : index
      %cst_1 = arith.constant dense<0.000000e+00> : vector<8xf32>
      %cst_2 = arith.constant 0.000000e+00 : f32
      %cst_3 = arith.constant 0xFF800000 : f32
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
        %29 = arith.cmpi ugt, %24, %c0 : index
        scf.if %29 {
          %35 = arith.muli %3, %c4 : index
          %36 = arith.addi %35, %2 : index
          %37 = arith.addi %11, %36 : index
          %38 = arith.cmpi ult, %37, %13 : index
          %39 = arith.subi %13, %c1 : index
          %40 = arith.minsi %37, %39 : index
          %41 = arith.divui %40, %c16 : index
          %42 = arith.addi %20, %41 : index
          %43 = memref.load %arg5[%42] : memref<?xi32>
          %44 = arith.index_cast %43 : i32 to index
          %45 = arith.remui %40, %c16 : index
          %46 = arith.select %38, %c8, %c0 : index
          %47 = nvgpu.device_async_copy %arg2[%44, %45, %block_id_y, %25], %view[%c0, %36, %25], 8, %46 {bypassL1} : memref<?x16x8x128xbf16> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
          %48 = nvgpu.device_async_copy %arg3[%44, %45, %block_id_y, %25], %view_5[%c0, %36, %25], 8, %46 {bypassL1} : memref<?x16x8x128xbf16> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
        }
        nvvm.cp.async.commit.group
        %30 = arith.cmpi ugt, %24, %c1 : index
        scf.if %30 {
          %35 = arith.addi %11, %c8 : index
          %36 = arith.muli %3, %c4 : index
          %37 = arith.addi %36, %2 : index
          %38 = arith.addi %35, %37 : index
          %39 = arith.cmpi ult, %38, %13 : index
          %40 = arith.subi %13, %c1 : index
          %41 = arith.minsi %38, %40 : index
          %42 = arith.divui %41, %c16 : index
          %43 = arith.addi %20, %42 : index
          %44 = memref.load %arg5[%43] : memref<?xi32>
          %45 = arith.index_cast %44 : i32 to index
          %46 = arith.remui %41, %c16 : index
          %47 = arith.select %39, %c8, %c0 : index
          %48 = nvgpu.device_async_copy %arg2[%45, %46, %block_id_y, %25], %view[%c1, %37, %25], 8, %47 {bypassL1} : memref<?x16x8x128xbf16> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
          %49 = nvgpu.device_async_copy %arg3[%45, %46, %block_id_y, %25], %view_5[%c1, %37, %25], 8, %47 {bypassL1} : memref<?x16x8x128xbf16> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
        }
        nvvm.cp.async.commit.group
        %31 = arith.cmpi ugt, %24, %c2 : index
        scf.if %31 {
          %35 = arith.addi %11, %c16 : index
          %36 = arith.muli %3, %c4 : index
          %37 = arith.addi %36, %2 : index
          %38 = arith.addi %35, %37 : index
          %39 = arith.cmpi ult, %38, %13 : index
          %40 = arith.subi %13, %c1 : index
          %41 = arith.minsi %38, %40 : index
          %42 = arith.divui %41, %c16 : index
          %43 = arith.addi %20, %42 : index
          %44 = memref.load %arg5[%43] : memref<?xi32>
          %45 = arith.index_cast %44 : i32 to index
          %46 = arith.remui %41, %c16 : index
          %47 = arith.select %39, %c8, %c0 : index
          %48 = nvgpu.device_async_copy %arg2[%45, %46, %block_id_y, %25], %view[%c2, %37, %25], 8, %47 {bypassL1} : memref<?x16x8x128xbf16> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
          %49 = nvgpu.device_async_copy %arg3[%45, %46, %block_id_y, %25], %view_5[%c2, %37, %25], 8, %47 {bypassL1} : memref<?x16x8x128xbf16> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
        }
        nvvm.cp.async.commit.group
        %32:3 = scf.for %arg16 = %c0 to %24 step %c1 iter_args(%arg17 = %cst_3, %arg18 = %cst_2, %arg19 = %cst_1) -> (f32, f32, vector<8xf32>) {
          %35 = arith.addi %arg16, %c3 : index
          %36 = arith.cmpi ult, %35, %24 : index
          scf.if %36 {
            %127 = arith.remui %35, %c4 : index
            %128 = arith.muli %35, %c8 : index
            %129 = arith.addi %11, %128 : index
            %130 = arith.muli %3, %c4 : index
            %131 = arith.addi %130, %2 : index
            %132 = arith.addi %129, %131 : index
            %133 = arith.cmpi ult, %132, %13 : index
            %134 = arith.subi %13, %c1 : index
            %135 = arith.minsi %132, %134 : index
            %136 = arith.divui %135, %c16 : index
            %137 = arith.addi %20, %136 : index
            %138 = memref.load %arg5[%137] : memref<?xi32>
            %139 = arith.index_cast %138 : i32 to index
            %140 = arith.remui %135, %c16 : index
            %141 = arith.select %133, %c8, %c0 : index
            %142 = nvgpu.device_async_copy %arg2[%139, %140, %block_id_y, %25], %view[%127, %131, %25], 8, %141 {bypassL1} : memref<?x16x8x128xbf16> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
            %143 = nvgpu.device_async_copy %arg3[%139, %140, %block_id_y, %25], %view_5[%127, %131, %25], 8, %141 {bypassL1} : memref<?x16x8x128xbf16> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
          }
          nvvm.cp.async.commit.group
          nvvm.cp.async.wait.group 3
          gpu.barrier
          %37 = arith.remui %arg16, %c4 : index
          %38 = arith.muli %arg16, %c8 : index
          %39 = arith.addi %11, %38 : index
          %40 = arith.muli %3, %c4 : index
          %41 = vector.load %view[%37, %40, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %42 = arith.extf %41 : vector<8xbf16> to vector<8xf32>
          %43 = arith.addi %39, %40 : index
          %44 = arith.mulf %28, %42 : vector<8xf32>
          %45 = vector.reduction <add>, %44 : vector<8xf32> into f32
          %shuffleResult, %valid = gpu.shuffle  xor %45, %c8_i32, %c32_i32 : f32
          %46 = arith.addf %45, %shuffleResult : f32
          %shuffleResult_9, %valid_10 = gpu.shuffle  xor %46, %c4_i32, %c32_i32 : f32
          %47 = arith.addf %46, %shuffleResult_9 : f32
          %shuffleResult_11, %valid_12 = gpu.shuffle  xor %47, %c2_i32, %c32_i32 : f32
          %48 = arith.addf %47, %shuffleResult_11 : f32
          %shuffleResult_13, %valid_14 = gpu.shuffle  xor %48, %c1_i32, %c32_i32 : f32
          %49 = arith.addf %48, %shuffleResult_13 : f32
          %50 = arith.cmpi ult, %43, %13 : index
          %51 = arith.select %50, %49, %cst_3 : f32
          %52 = arith.addi %40, %c1 : index
          %53 = vector.load %view[%37, %52, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %54 = arith.extf %53 : vector<8xbf16> to vector<8xf32>
          %55 = arith.addi %39, %52 : index
          %56 = arith.mulf %28, %54 : vector<8xf32>
          %57 = vector.reduction <add>, %56 : vector<8xf32> into f32
          %shuffleResult_15, %valid_16 = gpu.shuffle  xor %57, %c8_i32, %c32_i32 : f32
          %58 = arith.addf %57, %shuffleResult_15 : f32
          %shuffleResult_17, %valid_18 = gpu.shuffle  xor %58, %c4_i32, %c32_i32 : f32
          %59 = arith.addf %58, %shuffleResult_17 : f32
          %shuffleResult_19, %valid_20 = gpu.shuffle  xor %59, %c2_i32, %c32_i32 : f32
          %60 = arith.addf %59, %shuffleResult_19 : f32
          %shuffleResult_21, %valid_22 = gpu.shuffle  xor %60, %c1_i32, %c32_i32 : f32
          %61 = arith.addf %60, %shuffleResult_21 : f32
          %62 = arith.cmpi ult, %55, %13 : index
          %63 = arith.select %62, %61, %cst_3 : f32
          %64 = arith.addi %40, %c2 : index
          %65 = vector.load %view[%37, %64, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %66 = arith.extf %65 : vector<8xbf16> to vector<8xf32>
          %67 = arith.addi %39, %64 : index
          %68 = arith.mulf %28, %66 : vector<8xf32>
          %69 = vector.reduction <add>, %68 : vector<8xf32> into f32
          %shuffleResult_23, %valid_24 = gpu.shuffle  xor %69, %c8_i32, %c32_i32 : f32
          %70 = arith.addf %69, %shuffleResult_23 : f32
          %shuffleResult_25, %valid_26 = gpu.shuffle  xor %70, %c4_i32, %c32_i32 : f32
          %71 = arith.addf %70, %shuffleResult_25 : f32
          %shuffleResult_27, %valid_28 = gpu.shuffle  xor %71, %c2_i32, %c32_i32 : f32
          %72 = arith.addf %71, %shuffleResult_27 : f32
          %shuffleResult_29, %valid_30 = gpu.shuffle  xor %72, %c1_i32, %c32_i32 : f32
          %73 = arith.addf %72, %shuffleResult_29 : f32
          %74 = arith.cmpi ult, %67, %13 : index
          %75 = arith.select %74, %73, %cst_3 : f32
          %76 = arith.addi %40, %c3 : index
          %77 = vector.load %view[%37, %76, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %78 = arith.extf %77 : vector<8xbf16> to vector<8xf32>
          %79 = arith.addi %39, %76 : index
          %80 = arith.mulf %28, %78 : vector<8xf32>
          %81 = vector.reduction <add>, %80 : vector<8xf32> into f32
          %shuffleResult_31, %valid_32 = gpu.shuffle  xor %81, %c8_i32, %c32_i32 : f32
          %82 = arith.addf %81, %shuffleResult_31 : f32
          %shuffleResult_33, %valid_34 = gpu.shuffle  xor %82, %c4_i32, %c32_i32 : f32
          %83 = arith.addf %82, %shuffleResult_33 : f32
          %shuffleResult_35, %valid_36 = gpu.shuffle  xor %83, %c2_i32, %c32_i32 : f32
          %84 = arith.addf %83, %shuffleResult_35 : f32
          %shuffleResult_37, %valid_38 = gpu.shuffle  xor %84, %c1_i32, %c32_i32 : f32
          %85 = arith.addf %84, %shuffleResult_37 : f32
          %86 = arith.cmpi ult, %79, %13 : index
          %87 = arith.select %86, %85, %cst_3 : f32
          %88 = arith.maximumf %arg17, %51 : f32
          %89 = arith.maximumf %88, %63 : f32
          %90 = arith.maximumf %89, %75 : f32
          %91 = arith.maximumf %90, %87 : f32
          %92 = arith.cmpf oeq, %91, %cst_3 : f32
          %93 = arith.select %92, %cst_2, %91 : f32
          %94 = arith.subf %arg17, %93 : f32
          %95 = math.exp2 %94 fastmath<afn> : f32
          %96 = arith.mulf %arg18, %95 : f32
          %97 = vector.broadcast %95 : f32 to vector<8xf32>
          %98 = arith.mulf %arg19, %97 : vector<8xf32>
          %99 = arith.subf %51, %93 : f32
          %100 = math.exp2 %99 fastmath<afn> : f32
          %101 = arith.addf %96, %100 : f32
          %102 = vector.broadcast %100 : f32 to vector<8xf32>
          %103 = vector.load %view_5[%37, %40, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %104 = arith.extf %103 : vector<8xbf16> to vector<8xf32>
          %105 = vector.fma %102, %104, %98 : vector<8xf32>
          %106 = arith.subf %63, %93 : f32
          %107 = math.exp2 %106 fastmath<afn> : f32
          %108 = arith.addf %101, %107 : f32
          %109 = vector.broadcast %107 : f32 to vector<8xf32>
          %110 = vector.load %view_5[%37, %52, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %111 = arith.extf %110 : vector<8xbf16> to vector<8xf32>
          %112 = vector.fma %109, %111, %105 : vector<8xf32>
          %113 = arith.subf %75, %93 : f32
          %114 = math.exp2 %113 fastmath<afn> : f32
          %115 = arith.addf %108, %114 : f32
          %116 = vector.broadcast %114 : f32 to vector<8xf32>
          %117 = vector.load %view_5[%37, %64, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %118 = arith.extf %117 : vector<8xbf16> to vector<8xf32>
          %119 = vector.fma %116, %118, %112 : vector<8xf32>
          %120 = arith.subf %87, %93 : f32
          %121 = math.exp2 %120 fastmath<afn> : f32
          %122 = arith.addf %115, %121 : f32
          %123 = vector.broadcast %121 : f32 to vector<8xf32>
          %124 = vector.load %view_5[%37, %76, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %125 = arith.extf %124 : vector<8xbf16> to vector<8xf32>
          %126 = vector.fma %123, %125, %119 : vector<8xf32>
          gpu.barrier
          scf.yield %91, %122, %126 : f32, f32, vector<8xf32>
        }
        nvvm.cp.async.wait.group 0
        %33 = arith.cmpi eq, %3, %c0 : index
        vector.store %32#2, %view_6[%3, %2, %25] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
        %34 = arith.cmpi eq, %0, %c0 : index
        scf.if %34 {
          memref.store %32#0, %view_7[%3, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          memref.store %32#1, %view_8[%3, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
        }
        gpu.barrier
        scf.if %33 {
          %35 = memref.load %view_7[%c0, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %36 = memref.load %view_8[%c0, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %37 = vector.load %view_6[%c0, %2, %25] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %38 = arith.cmpf oeq, %35, %cst_3 : f32
          %39 = arith.select %38, %cst_2, %35 : f32
          %40 = arith.subf %cst_3, %39 : f32
          %41 = math.exp2 %40 fastmath<afn> : f32
          %42 = arith.subf %35, %39 : f32
          %43 = math.exp2 %42 fastmath<afn> : f32
          %44 = arith.mulf %41, %cst_2 : f32
          %45 = arith.mulf %36, %43 : f32
          %46 = arith.addf %44, %45 : f32
          %47 = vector.broadcast %43 : f32 to vector<8xf32>
          %48 = vector.broadcast %41 : f32 to vector<8xf32>
          %49 = arith.mulf %48, %cst_1 : vector<8xf32>
          %50 = vector.fma %47, %37, %49 : vector<8xf32>
          %51 = memref.load %view_7[%c1, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %52 = memref.load %view_8[%c1, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %53 = vector.load %view_6[%c1, %2, %25] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %54 = arith.maximumf %35, %51 : f32
          %55 = arith.cmpf oeq, %54, %cst_3 : f32
          %56 = arith.select %55, %cst_2, %54 : f32
          %57 = arith.subf %35, %56 : f32
          %58 = math.exp2 %57 fastmath<afn> : f32
          %59 = arith.subf %51, %56 : f32
          %60 = math.exp2 %59 fastmath<afn> : f32
          %61 = arith.mulf %46, %58 : f32
          %62 = arith.mulf %52, %60 : f32
          %63 = arith.addf %61, %62 : f32
          %64 = vector.broadcast %60 : f32 to vector<8xf32>
          %65 = vector.broadcast %58 : f32 to vector<8xf32>
          %66 = arith.mulf %50, %65 : vector<8xf32>
          %67 = vector.fma %64, %53, %66 : vector<8xf32>
          %68 = arith.cmpf ogt, %63, %cst_2 : f32
          %69 = arith.select %68, %63, %cst_0 : f32
          %70 = vector.broadcast %69 : f32 to vector<8xf32>
          %71 = arith.divf %67, %70 : vector<8xf32>
          %72 = arith.select %68, %71, %cst_1 : vector<8xf32>
          %73 = math.log2 %69 fastmath<afn> : f32
          %74 = arith.addf %54, %73 : f32
          %75 = arith.mulf %74, %cst : f32
          %76 = arith.select %68, %75, %cst_3 : f32
          %77 = arith.cmpi slt, %14, %c0_i32 : i32
          scf.if %77 {
            %78 = arith.truncf %72 : vector<8xf32> to vector<8xbf16>
            vector.store %78, %arg12[%16, %18, %25] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
            scf.if %34 {
              memref.store %76, %arg13[%16, %18] : memref<?x32xf32>
            }
          } else {
            %78 = arith.index_cast %14 : i32 to index
            vector.store %72, %arg14[%78, %18, %25] {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
            scf.if %34 {
              memref.store %76, %arg15[%78, %18] : memref<?x32xf32>
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

