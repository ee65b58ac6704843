module attributes {gpu.container_module} {
  gpu.module @llama3_8b_decode_kernels {
    gpu.func @llama3_8b_decode_attention(%arg0: memref<?x32x128xbf16> {attn.param = "q"}, %arg1: memref<?xi32> {attn.param = "qo_indptr"}, %arg2: memref<?x16x8x128xbf16> {attn.param = "k_cache"}, %arg3: memref<?x16x8x128xbf16> {attn.param = "v_cache"}, %arg4: memref<?xi32> {attn.param = "kv_indptr"}, %arg5: memref<?xi32> {attn.param = "kv_indices"}, %arg6: memref<?xi32> {attn.param = "kv_last_page_len"}, %arg7: memref<?xi32> {attn.param = "work_request"}, %arg8: memref<?xi32> {attn.param = "work_kv_begin"}, %arg9: memref<?xi32> {attn.param = "work_kv_end"}, %arg10: memref<?xi32> {attn.param = "work_partial"}, %arg11: memref<1xi32> {attn.param = "num_work"}, %arg12: memref<?x32x128xbf16> {attn.param = "o"}, %arg13: memref<?x32xf32> {attn.param = "lse"}, %arg14: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg15: memref<?x32xf32> {attn.param = "tmp_lse"}) kernel attributes {known_block_size = array<i32: 128, 1, 1>} {
      %cst = arith.constant 0.693147182 : f32
      %cst_0 = arith.constant 1.000000e+00 : f32
      %c0_i32 = arith.constant 0 : i32
      %c7 = arith.constant 7 : index
      %c6 = arith.constant 6 : index
      %c5 = arith.constant 5 : index
      %c1_i32 = arith.constant 1 : i32
      %c2_i32 = arith.constant 2 : i32
      %c4_i32 = arith.constant 4 : i32
      %c32_i32 = arith.constant 32 : i32
      %c8_i32 = arith.constant 8 : i32
      %cst_1 = arith.constant dense<0.000000e+00> : vector<8xf32>
      %cst_2 = arith.constant 0.000000e+00 : f32
      %cst_3 = arith.constant 0xFF800000 : f32
      %cst_4 = arith.constant dense<0.127517432> : vector<8xf32>
      %c8 = arith.constant 8 : index
      %c15 = arith.constant 15 : index
      %c3 = arith.constant 3 : index
      %c2 = arith.constant 2 : index
      %c4 = arith.constant 4 : index
      %c32896 = arith.constant 32896 : index
      %c32768 = arith.constant 32768 : index
      %c16384 = arith.constant 16384 : index
      %c8192 = arith.constant 8192 : index
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c16 = arith.constant 16 : index
      %thread_id_x = gpu.thread_id  x
      %0 = arith.remui %thread_id_x, %c16 : index
      %1 = arith.divui %thread_id_x, %c16 : index
      %block_id_x = gpu.block_id  x
      %block_id_y = gpu.block_id  y
      %2 = gpu.dynamic_shared_memory : memref<?xi8, #gpu.address_space<workgroup>>
      %view = memref.view %2[%c0][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
      %view_5 = memref.view %2[%c8192][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
      %view_6 = memref.view %2[%c16384][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<8x4x128xf32, #gpu.address_space<workgroup>>
      %view_7 = memref.view %2[%c32768][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<8x4xf32, #gpu.address_space<workgroup>>
      %view_8 = memref.view %2[%c32896][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<8x4xf32, #gpu.address_space<workgroup>>
      %3 = memref.load %arg11[%c0] : memref<1xi32>
      %4 = arith.index_cast %3 : i32 to index
      %5 = arith.cmpi ult, %block_id_x, %4 : index
      scf.if %5 {
        %6 = memref.load %arg7[%block_id_x] : memref<?xi32>
        %7 = arith.index_cast %6 : i32 to index
        %8 = memref.load %arg8[%block_id_x] : memref<?xi32>
        %9 = arith.index_cast %8 : i32 to index
        %10 = memref.load %arg9[%block_id_x] : memref<?xi32>
        %11 = arith.index_cast %10 : i32 to index
        %12 = memref.load %arg10[%block_id_x] : memref<?xi32>
        %13 = memref.load %arg1[%7] : memref<?xi32>
        %14 = arith.index_cast %13 : i32 to index
        %15 = arith.muli %block_id_y, %c4 : index
        %16 = arith.addi %15, %c1 : index
        %17 = arith.addi %15, %c2 : index
        %18 = arith.addi %15, %c3 : index
        %19 = memref.load %arg4[%7] : memref<?xi32>
        %20 = arith.index_cast %19 : i32 to index
        %21 = arith.maxsi %11, %9 : index
        %22 = arith.subi %21, %9 : index
        %23 = arith.addi %22, %c15 : index
        %24 = arith.divui %23, %c16 : index
        %25 = arith.muli %0, %c8 : index
        %26 = vector.load %arg0[%14, %15, %25] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %27 = arith.extf %26 : vector<8xbf16> to vector<8xf32>
        %28 = arith.mulf %27, %cst_4 : vector<8xf32>
        %29 = vector.load %arg0[%14, %16, %25] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %30 = arith.extf %29 : vector<8xbf16> to vector<8xf32>
        %31 = arith.mulf %30, %cst_4 : vector<8xf32>
        %32 = vector.load %arg0[%14, %17, %25] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %33 = arith.extf %32 : vector<8xbf16> to vector<8xf32>
        %34 = arith.mulf %33, %cst_4 : vector<8xf32>
        %35 = vector.load %arg0[%14, %18, %25] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %36 = arith.extf %35 : vector<8xbf16> to vector<8xf32>
        %37 = arith.mulf %36, %cst_4 : vector<8xf32>
        %38 = arith.cmpi ugt, %24, %c0 : index
        scf.if %38 {
          %43 = arith.muli %1, %c2 : index
          %44 = arith.addi %9, %43 : index
          %45 = arith.subi %11, %c1 : index
          %46 = arith.minsi %44, %45 : index
          %47 = arith.divui %46, %c16 : index
          %48 = arith.addi %20, %47 : index
          %49 = memref.load %arg5[%48] : memref<?xi32>
          %50 = arith.index_cast %49 : i32 to index
          %51 = arith.addi %43, %c1 : index
          %52 = arith.addi %9, %51 : index
          %53 = arith.minsi %52, %45 : index
          %54 = arith.divui %53, %c16 : index
          %55 = arith.addi %20, %54 : index
          %56 = memref.load %arg5[%55] : memref<?xi32>
          %57 = arith.index_cast %56 : i32 to index
          %58 = arith.remui %46, %c16 : index
          %59 = arith.cmpi ult, %44, %11 : index
          %60 = arith.select %59, %c8, %c0 : index
          %61 = nvgpu.device_async_copy %arg2[%50, %58, %block_id_y, %25], %view[%c0, %43, %25], 8, %60 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %62 = nvgpu.device_async_copy %arg3[%50, %58, %block_id_y, %25], %view_5[%c0, %43, %25], 8, %60 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %63 = arith.remui %53, %c16 : index
          %64 = arith.cmpi ult, %52, %11 : index
          %65 = arith.select %64, %c8, %c0 : index
          %66 = nvgpu.device_async_copy %arg2[%57, %63, %block_id_y, %25], %view[%c0, %51, %25], 8, %65 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %67 = nvgpu.device_async_copy %arg3[%57, %63, %block_id_y, %25], %view_5[%c0, %51, %25], 8, %65 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
        }
        nvvm.cp.async.commit.group
        %39:2 = scf.if %38 -> (index, index) {
          %43 = arith.addi %9, %c16 : index
          %44 = arith.muli %1, %c2 : index
          %45 = arith.addi %43, %44 : index
          %46 = arith.subi %11, %c1 : index
          %47 = arith.minsi %45, %46 : index
          %48 = arith.divui %47, %c16 : index
          %49 = arith.addi %20, %48 : index
          %50 = memref.load %arg5[%49] : memref<?xi32>
          %51 = arith.index_cast %50 : i32 to index
          %52 = arith.addi %44, %c1 : index
          %53 = arith.addi %43, %52 : index
          %54 = arith.minsi %53, %46 : index
          %55 = arith.divui %54, %c16 : index
          %56 = arith.addi %20, %55 : index
          %57 = memref.load %arg5[%56] : memref<?xi32>
          %58 = arith.index_cast %57 : i32 to index
          scf.yield %51, %58 : index, index
        } else {
          scf.yield %c0, %c0 : index, index
        }
        %40:14 = scf.for %arg16 = %c0 to %24 step %c1 iter_args(%arg17 = %cst_3, %arg18 = %cst_2, %arg19 = %cst_1, %arg20 = %cst_3, %arg21 = %cst_2, %arg22 = %cst_1, %arg23 = %cst_3, %arg24 = %cst_2, %arg25 = %cst_1, %arg26 = %cst_3, %arg27 = %cst_2, %arg28 = %cst_1, %arg29 = %39#0, %arg30 = %39#1) -> (f32, f32, vector<8xf32>, f32, f32, vector<8xf32>, f32, f32, vector<8xf32>, f32, f32, vector<8xf32>, index, index) {
          %43 = arith.addi %arg16, %c1 : index
          %44 = arith.cmpi ult, %43, %24 : index
          scf.if %44 {
            %306 = arith.remui %43, %c2 : index
            %307 = arith.muli %43, %c16 : index
            %308 = arith.addi %9, %307 : index
            %309 = arith.muli %1, %c2 : index
            %310 = arith.addi %308, %309 : index
            %311 = arith.subi %11, %c1 : index
            %312 = arith.minsi %310, %311 : index
            %313 = arith.remui %312, %c16 : index
            %314 = arith.cmpi ult, %310, %11 : index
            %315 = arith.select %314, %c8, %c0 : index
            %316 = nvgpu.device_async_copy %arg2[%arg29, %313, %block_id_y, %25], %view[%306, %309, %25], 8, %315 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %317 = nvgpu.device_async_copy %arg3[%arg29, %313, %block_id_y, %25], %view_5[%306, %309, %25], 8, %315 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %318 = arith.addi %309, %c1 : index
            %319 = arith.addi %308, %318 : index
            %320 = arith.minsi %319, %311 : index
            %321 = arith.remui %320, %c16 : index
            %322 = arith.cmpi ult, %319, %11 : index
            %323 = arith.select %322, %c8, %c0 : index
            %324 = nvgpu.device_async_copy %arg2[%arg30, %321, %block_id_y, %25], %view[%306, %318, %25], 8, %323 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %325 = nvgpu.device_async_copy %arg3[%arg30, %321, %block_id_y, %25], %view_5[%306, %318, %25], 8, %323 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          }
          nvvm.cp.async.commit.group
          %45 = arith.addi %arg16, %c2 : index
          %46 = arith.muli %45, %c16 : index
          %47 = arith.addi %9, %46 : index
          %48 = arith.muli %1, %c2 : index
          %49 = arith.addi %47, %48 : index
          %50 = arith.subi %11, %c1 : index
          %51 = arith.minsi %49, %50 : index
          %52 = arith.divui %51, %c16 : index
          %53 = arith.addi %20, %52 : index
          %54 = memref.load %arg5[%53] : memref<?xi32>
          %55 = arith.index_cast %54 : i32 to index
          %56 = arith.addi %48, %c1 : index
          %57 = arith.addi %47, %56 : index
          %58 = arith.minsi %57, %50 : index
          %59 = arith.divui %58, %c16 : index
          %60 = arith.addi %20, %59 : index
          %61 = memref.load %arg5[%60] : memref<?xi32>
          %62 = arith.index_cast %61 : i32 to index
          nvvm.cp.async.wait.group 1
          gpu.barrier
          %63 = arith.remui %arg16, %c2 : index
          %64 = arith.muli %arg16, %c16 : index
          %65 = arith.addi %9, %64 : index
          %66 = vector.load %view[%63, %48, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %67 = arith.extf %66 : vector<8xbf16> to vector<8xf32>
          %68 = arith.addi %65, %48 : index
          %69 = arith.cmpi ult, %68, %11 : index
          %70 = vector.extract %28[0] : f32 from vector<8xf32>
          %71 = vector.extract %67[0] : f32 from vector<8xf32>
          %72 = arith.mulf %70, %71 : f32
          %73 = vector.extract %28[1] : f32 from vector<8xf32>
          %74 = vector.extract %67[1] : f32 from vector<8xf32>
          %75 = math.fma %73, %74, %72 : f32
          %76 = vector.extract %28[2] : f32 from vector<8xf32>
          %77 = vector.extract %67[2] : f32 from vector<8xf32>
          %78 = math.fma %76, %77, %75 : f32
          %79 = vector.extract %28[3] : f32 from vector<8xf32>
          %80 = vector.extract %67[3] : f32 from vector<8xf32>
          %81 = math.fma %79, %80, %78 : f32
          %82 = vector.extract %28[4] : f32 from vector<8xf32>
          %83 = vector.extract %67[4] : f32 from vector<8xf32>
          %84 = math.fma %82, %83, %81 : f32
          %85 = vector.extract %28[5] : f32 from vector<8xf32>
          %86 = vector.extract %67[5] : f32 from vector<8xf32>
          %87 = math.fma %85, %86, %84 : f32
          %88 = vector.extract %28[6] : f32 from vector<8xf32>
          %89 = vector.extract %67[6] : f32 from vector<8xf32>
          %90 = math.fma %88, %89, %87 : f32
          %91 = vector.extract %28[7] : f32 from vector<8xf32>
          %92 = vector.extract %67[7] : f32 from vector<8xf32>
          %93 = math.fma %91, %92, %90 : f32
          %shuffleResult, %valid = gpu.shuffle  xor %93, %c8_i32, %c32_i32 : f32
          %94 = arith.addf %93, %shuffleResult : f32
          %shuffleResult_9, %valid_10 = gpu.shuffle  xor %94, %c4_i32, %c32_i32 : f32
          %95 = arith.addf %94, %shuffleResult_9 : f32
          %shuffleResult_11, %valid_12 = gpu.shuffle  xor %95, %c2_i32, %c32_i32 : f32
          %96 = arith.addf %95, %shuffleResult_11 : f32
          %shuffleResult_13, %valid_14 = gpu.shuffle  xor %96, %c1_i32, %c32_i32 : f32
          %97 = arith.addf %96, %shuffleResult_13 : f32
          %98 = arith.select %69, %97, %cst_3 : f32
          %99 = vector.extract %31[0] : f32 from vector<8xf32>
          %100 = arith.mulf %99, %71 : f32
          %101 = vector.extract %31[1] : f32 from vector<8xf32>
          %102 = math.fma %101, %74, %100 : f32
          %103 = vector.extract %31[2] : f32 from vector<8xf32>
          %104 = math.fma %103, %77, %102 : f32
          %105 = vector.extract %31[3] : f32 from vector<8xf32>
          %106 = math.fma %105, %80, %104 : f32
          %107 = vector.extract %31[4] : f32 from vector<8xf32>
          %108 = math.fma %107, %83, %106 : f32
          %109 = vector.extract %31[5] : f32 from vector<8xf32>
          %110 = math.fma %109, %86, %108 : f32
          %111 = vector.extract %31[6] : f32 from vector<8xf32>
          %112 = math.fma %111, %89, %110 : f32
          %113 = vector.extract %31[7] : f32 from vector<8xf32>
          %114 = math.fma %113, %92, %112 : f32
          %shuffleResult_15, %valid_16 = gpu.shuffle  xor %114, %c8_i32, %c32_i32 : f32
          %115 = arith.addf %114, %shuffleResult_15 : f32
          %shuffleResult_17, %valid_18 = gpu.shuffle  xor %115, %c4_i32, %c32_i32 : f32
          %116 = arith.addf %115, %shuffleResult_17 : f32
          %shuffleResult_19, %valid_20 = gpu.shuffle  xor %116, %c2_i32, %c32_i32 : f32
          %117 = arith.addf %116, %shuffleResult_19 : f32
          %shuffleResult_21, %valid_22 = gpu.shuffle  xor %117, %c1_i32, %c32_i32 : f32
          %118 = arith.addf %117, %shuffleResult_21 : f32
          %119 = arith.select %69, %118, %cst_3 : f32
          %120 = vector.extract %34[0] : f32 from vector<8xf32>
          %121 = arith.mulf %120, %71 : f32
          %122 = vector.extract %34[1] : f32 from vector<8xf32>
          %123 = math.fma %122, %74, %121 : f32
          %124 = vector.extract %34[2] : f32 from vector<8xf32>
          %125 = math.fma %124, %77, %123 : f32
          %126 = vector.extract %34[3] : f32 from vector<8xf32>
          %127 = math.fma %126, %80, %125 : f32
          %128 = vector.extract %34[4] : f32 from vector<8xf32>
          %129 = math.fma %128, %83, %127 : f32
          %130 = vector.extract %34[5] : f32 from vector<8xf32>
          %131 = math.fma %130, %86, %129 : f32
          %132 = vector.extract %34[6] : f32 from vector<8xf32>
          %133 = math.fma %132, %89, %131 : f32
          %134 = vector.extract %34[7] : f32 from vector<8xf32>
          %135 = math.fma %134, %92, %133 : f32
          %shuffleResult_23, %valid_24 = gpu.shuffle  xor %135, %c8_i32, %c32_i32 : f32
          %136 = arith.addf %135, %shuffleResult_23 : f32
          %shuffleResult_25, %valid_26 = gpu.shuffle  xor %136, %c4_i32, %c32_i32 : f32
          %137 = arith.addf %136, %shuffleResult_25 : f32
          %shuffleResult_27, %valid_28 = gpu.shuffle  xor %137, %c2_i32, %c32_i32 : f32
          %138 = arith.addf %137, %shuffleResult_27 : f32
          %shuffleResult_29, %valid_30 = gpu.shuffle  xor %138, %c1_i32, %c32_i32 : f32
          %139 = arith.addf %138, %shuffleResult_29 : f32
          %140 = arith.select %69, %139, %cst_3 : f32
          %141 = vector.extract %37[0] : f32 from vector<8xf32>
          %142 = arith.mulf %141, %71 : f32
          %143 = vector.extract %37[1] : f32 from vector<8xf32>
          %144 = math.fma %143, %74, %142 : f32
          %145 = vector.extract %37[2] : f32 from vector<8xf32>
          %146 = math.fma %145, %77, %144 : f32
          %147 = vector.extract %37[3] : f32 from vector<8xf32>
          %148 = math.fma %147, %80, %146 : f32
          %149 = vector.extract %37[4] : f32 from vector<8xf32>
          %150 = math.fma %149, %83, %148 : f32
          %151 = vector.extract %37[5] : f32 from vector<8xf32>
          %152 = math.fma %151, %86, %150 : f32
          %153 = vector.extract %37[6] : f32 from vector<8xf32>
          %154 = math.fma %153, %89, %152 : f32
          %155 = vector.extract %37[7] : f32 from vector<8xf32>
          %156 = math.fma %155, %92, %154 : f32
          %shuffleResult_31, %valid_32 = gpu.shuffle  xor %156, %c8_i32, %c32_i32 : f32
          %157 = arith.addf %156, %shuffleResult_31 : f32
          %shuffleResult_33, %valid_34 = gpu.shuffle  xor %157, %c4_i32, %c32_i32 : f32
          %158 = arith.addf %157, %shuffleResult_33 : f32
          %shuffleResult_35, %valid_36 = gpu.shuffle  xor %158, %c2_i32, %c32_i32 : f32
          %159 = arith.addf %158, %shuffleResult_35 : f32
          %shuffleResult_37, %valid_38 = gpu.shuffle  xor %159, %c1_i32, %c32_i32 : f32
          %160 = arith.addf %159, %shuffleResult_37 : f32
          %161 = arith.select %69, %160, %cst_3 : f32
          %162 = vector.load %view[%63, %56, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %163 = arith.extf %162 : vector<8xbf16> to vector<8xf32>
          %164 = arith.addi %65, %56 : index
          %165 = arith.cmpi ult, %164, %11 : index
          %166 = vector.extract %163[0] : f32 from vector<8xf32>
          %167 = arith.mulf %70, %166 : f32
          %168 = vector.extract %163[1] : f32 from vector<8xf32>
          %169 = math.fma %73, %168, %167 : f32
          %170 = vector.extract %163[2] : f32 from vector<8xf32>
          %171 = math.fma %76, %170, %169 : f32
          %172 = vector.extract %163[3] : f32 from vector<8xf32>
          %173 = math.fma %79, %172, %171 : f32
          %174 = vector.extract %163[4] : f32 from vector<8xf32>
          %175 = math.fma %82, %174, %173 : f32
          %176 = vector.extract %163[5] : f32 from vector<8xf32>
          %177 = math.fma %85, %176, %175 : f32
          %178 = vector.extract %163[6] : f32 from vector<8xf32>
          %179 = math.fma %88, %178, %177 : f32
          %180 = vector.extract %163[7] : f32 from vector<8xf32>
          %181 = math.fma %91, %180, %179 : f32
          %shuffleResult_39, %valid_40 = gpu.shuffle  xor %181, %c8_i32, %c32_i32 : f32
          %182 = arith.addf %181, %shuffleResult_39 : f32
          %shuffleResult_41, %valid_42 = gpu.shuffle  xor %182, %c4_i32, %c32_i32 : f32
          %183 = arith.addf %182, %shuffleResult_41 : f32
          %shuffleResult_43, %valid_44 = gpu.shuffle  xor %183, %c2_i32, %c32_i32 : f32
          %184 = arith.addf %183, %shuffleResult_43 : f32
          %shuffleResult_45, %valid_46 = gpu.shuffle  xor %184, %c1_i32, %c32_i32 : f32
          %185 = arith.addf %184, %shuffleResult_45 : f32
          %186 = arith.select %165, %185, %cst_3 : f32
          %187 = arith.mulf %99, %166 : f32
          %188 = math.fma %101, %168, %187 : f32
          %189 = math.fma %103, %170, %188 : f32
          %190 = math.fma %105, %172, %189 : f32
          %191 = math.fma %107, %174, %190 : f32
          %192 = math.fma %109, %176, %191 : f32
          %193 = math.fma %111, %178, %192 : f32
          %194 = math.fma %113, %180, %193 : f32
          %shuffleResult_47, %valid_48 = gpu.shuffle  xor %194, %c8_i32, %c32_i32 : f32
          %195 = arith.addf %194, %shuffleResult_47 : f32
          %shuffleResult_49, %valid_50 = gpu.shuffle  xor %195, %c4_i32, %c32_i32 : f32
          %196 = arith.addf %195, %shuffleResult_49 : f32
          %shuffleResult_51, %valid_52 = gpu.shuffle  xor %196, %c2_i32, %c32_i32 : f32
          %197 = arith.addf %196, %shuffleResult_51 : f32
          %shuffleResult_53, %valid_54 = gpu.shuffle  xor %197, %c1_i32, %c32_i32 : f32
          %198 = arith.addf %197, %shuffleResult_53 : f32
          %199 = arith.select %165, %198, %cst_3 : f32
          %200 = arith.mulf %120, %166 : f32
          %201 = math.fma %122, %168, %200 : f32
          %202 = math.fma %124, %170, %201 : f32
          %203 = math.fma %126, %172, %202 : f32
          %204 = math.fma %128, %174, %203 : f32
          %205 = math.fma %130, %176, %204 : f32
          %206 = math.fma %132, %178, %205 : f32
          %207 = math.fma %134, %180, %206 : f32
          %shuffleResult_55, %valid_56 = gpu.shuffle  xor %207, %c8_i32, %c32_i32 : f32
          %208 = arith.addf %207, %shuffleResult_55 : f32
          %shuffleResult_57, %valid_58 = gpu.shuffle  xor %208, %c4_i32, %c32_i32 : f32
          %209 = arith.addf %208, %shuffleResult_57 : f32
          %shuffleResult_59, %valid_60 = gpu.shuffle  xor %209, %c2_i32, %c32_i32 : f32
          %210 = arith.addf %209, %shuffleResult_59 : f32
          %shuffleResult_61, %valid_62 = gpu.shuffle  xor %210, %c1_i32, %c32_i32 : f32
          %211 = arith.addf %210, %shuffleResult_61 : f32
          %212 = arith.select %165, %211, %cst_3 : f32
          %213 = arith.mulf %141, %166 : f32
          %214 = math.fma %143, %168, %213 : f32
          %215 = math.fma %145, %170, %214 : f32
          %216 = math.fma %147, %172, %215 : f32
          %217 = math.fma %149, %174, %216 : f32
          %218 = math.fma %151, %176, %217 : f32
          %219 = math.fma %153, %178, %218 : f32
          %220 = math.fma %155, %180, %219 : f32
          %shuffleResult_63, %valid_64 = gpu.shuffle  xor %220, %c8_i32, %c32_i32 : f32
          %221 = arith.addf %220, %shuffleResult_63 : f32
          %shuffleResult_65, %valid_66 = gpu.shuffle  xor %221, %c4_i32, %c32_i32 : f32
          %222 = arith.addf %221, %shuffleResult_65 : f32
          %shuffleResult_67, %valid_68 = gpu.shuffle  xor %222, %c2_i32, %c32_i32 : f32
          %223 = arith.addf %222, %shuffleResult_67 : f32
          %shuffleResult_69, %valid_70 = gpu.shuffle  xor %223, %c1_i32, %c32_i32 : f32
          %224 = arith.addf %223, %shuffleResult_69 : f32
          %225 = arith.select %165, %224, %cst_3 : f32
          %226 = vector.load %view_5[%63, %48, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %227 = arith.extf %226 : vector<8xbf16> to vector<8xf32>
          %228 = vector.load %view_5[%63, %56, %25] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %229 = arith.extf %228 : vector<8xbf16> to vector<8xf32>
          %230 = arith.maximumf %arg17, %98 : f32
          %231 = arith.maximumf %230, %186 : f32
          %232 = arith.cmpf oeq, %231, %cst_3 : f32
          %233 = arith.select %232, %cst_2, %231 : f32
          %234 = arith.subf %arg17, %233 : f32
          %235 = math.exp2 %234 fastmath<afn> : f32
          %236 = arith.mulf %arg18, %235 : f32
          %237 = vector.broadcast %235 : f32 to vector<8xf32>
          %238 = arith.mulf %arg19, %237 : vector<8xf32>
          %239 = arith.subf %98, %233 : f32
          %240 = math.exp2 %239 fastmath<afn> : f32
          %241 = arith.addf %236, %240 : f32
          %242 = vector.broadcast %240 : f32 to vector<8xf32>
          %243 = vector.fma %242, %227, %238 : vector<8xf32>
          %244 = arith.subf %186, %233 : f32
          %245 = math.exp2 %244 fastmath<afn> : f32
          %246 = arith.addf %241, %245 : f32
          %247 = vector.broadcast %245 : f32 to vector<8xf32>
          %248 = vector.fma %247, %229, %243 : vector<8xf32>
          %249 = arith.maximumf %arg20, %119 : f32
          %250 = arith.maximumf %249, %199 : f32
          %251 = arith.cmpf oeq, %250, %cst_3 : f32
          %252 = arith.select %251, %cst_2, %250 : f32
          %253 = arith.subf %arg20, %252 : f32
          %254 = math.exp2 %253 fastmath<afn> : f32
          %255 = arith.mulf %arg21, %254 : f32
          %256 = vector.broadcast %254 : f32 to vector<8xf32>
          %257 = arith.mulf %arg22, %256 : vector<8xf32>
          %258 = arith.subf %119, %252 : f32
          %259 = math.exp2 %258 fastmath<afn> : f32
          %260 = arith.addf %255, %259 : f32
          %261 = vector.broadcast %259 : f32 to vector<8xf32>
          %262 = vector.fma %261, %227, %257 : vector<8xf32>
          %263 = arith.subf %199, %252 : f32
          %264 = math.exp2 %263 fastmath<afn> : f32
          %265 = arith.addf %260, %264 : f32
          %266 = vector.broadcast %264 : f32 to vector<8xf32>
          %267 = vector.fma %266, %229, %262 : vector<8xf32>
          %268 = arith.maximumf %arg23, %140 : f32
          %269 = arith.maximumf %268, %212 : f32
          %270 = arith.cmpf oeq, %269, %cst_3 : f32
          %271 = arith.select %270, %cst_2, %269 : f32
          %272 = arith.subf %arg23, %271 : f32
          %273 = math.exp2 %272 fastmath<afn> : f32
          %274 = arith.mulf %arg24, %273 : f32
          %275 = vector.broadcast %273 : f32 to vector<8xf32>
          %276 = arith.mulf %arg25, %275 : vector<8xf32>
          %277 = arith.subf %140, %271 : f32
          %278 = math.exp2 %277 fastmath<afn> : f32
          %279 = arith.addf %274, %278 : f32
          %280 = vector.broadcast %278 : f32 to vector<8xf32>
          %281 = vector.fma %280, %227, %276 : vector<8xf32>
          %282 = arith.subf %212, %271 : f32
          %283 = math.exp2 %282 fastmath<afn> : f32
          %284 = arith.addf %279, %283 : f32
          %285 = vector.broadcast %283 : f32 to vector<8xf32>
          %286 = vector.fma %285, %229, %281 : vector<8xf32>
          %287 = arith.maximumf %arg26, %161 : f32
          %288 = arith.maximumf %287, %225 : f32
          %289 = arith.cmpf oeq, %288, %cst_3 : f32
          %290 = arith.select %289, %cst_2, %288 : f32
          %291 = arith.subf %arg26, %290 : f32
          %292 = math.exp2 %291 fastmath<afn> : f32
          %293 = arith.mulf %arg27, %292 : f32
          %294 = vector.broadcast %292 : f32 to vector<8xf32>
          %295 = arith.mulf %arg28, %294 : vector<8xf32>
          %296 = arith.subf %161, %290 : f32
          %297 = math.exp2 %296 fastmath<afn> : f32
          %298 = arith.addf %293, %297 : f32
          %299 = vector.broadcast %297 : f32 to vector<8xf32>
          %300 = vector.fma %299, %227, %295 : vector<8xf32>
          %301 = arith.subf %225, %290 : f32
          %302 = math.exp2 %301 fastmath<afn> : f32
          %303 = arith.addf %298, %302 : f32
          %304 = vector.broadcast %302 : f32 to vector<8xf32>
          %305 = vector.fma %304, %229, %300 : vector<8xf32>
          gpu.barrier
          scf.yield %231, %246, %248, %250, %265, %267, %269, %284, %286, %288, %303, %305, %55, %62 : f32, f32, vector<8xf32>, f32, f32, vector<8xf32>, f32, f32, vector<8xf32>, f32, f32, vector<8xf32>, index, index
        }
        nvvm.cp.async.wait.group 0
        %41 = arith.cmpi eq, %1, %c0 : index
        %42 = arith.cmpi eq, %0, %c0 : index
        vector.store %40#2, %view_6[%1, %c0, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
        vector.store %40#5, %view_6[%1, %c1, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
        vector.store %40#8, %view_6[%1, %c2, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
        vector.store %40#11, %view_6[%1, %c3, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
        scf.if %42 {
          memref.store %40#0, %view_7[%1, %c0] : memref<8x4xf32, #gpu.address_space<workgroup>>
          memref.store %40#1, %view_8[%1, %c0] : memref<8x4xf32, #gpu.address_space<workgroup>>
          memref.store %40#3, %view_7[%1, %c1] : memref<8x4xf32, #gpu.address_space<workgroup>>
          memref.store %40#4, %view_8[%1, %c1] : memref<8x4xf32, #gpu.address_space<workgroup>>
          memref.store %40#6, %view_7[%1, %c2] : memref<8x4xf32, #gpu.address_space<workgroup>>
          memref.store %40#7, %view_8[%1, %c2] : memref<8x4xf32, #gpu.address_space<workgroup>>
          memref.store %40#9, %view_7[%1, %c3] : memref<8x4xf32, #gpu.address_space<workgroup>>
          memref.store %40#10, %view_8[%1, %c3] : memref<8x4xf32, #gpu.address_space<workgroup>>
        }
        gpu.barrier
        scf.if %41 {
          %43 = memref.load %view_7[%c0, %c0] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %44 = memref.load %view_8[%c0, %c0] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %45 = vector.load %view_6[%c0, %c0, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %46 = arith.cmpf oeq, %43, %cst_3 : f32
          %47 = arith.select %46, %cst_2, %43 : f32
          %48 = arith.subf %cst_3, %47 : f32
          %49 = math.exp2 %48 fastmath<afn> : f32
          %50 = arith.subf %43, %47 : f32
          %51 = math.exp2 %50 fastmath<afn> : f32
          %52 = arith.mulf %49, %cst_2 : f32
          %53 = arith.mulf %44, %51 : f32
          %54 = arith.addf %52, %53 : f32
          %55 = vector.broadcast %51 : f32 to vector<8xf32>
          %56 = vector.broadcast %49 : f32 to vector<8xf32>
          %57 = arith.mulf %56, %cst_1 : vector<8xf32>
          %58 = vector.fma %55, %45, %57 : vector<8xf32>
          %59 = memref.load %view_7[%c1, %c0] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %60 = memref.load %view_8[%c1, %c0] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %61 = vector.load %view_6[%c1, %c0, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %62 = arith.maximumf %43, %59 : f32
          %63 = arith.cmpf oeq, %62, %cst_3 : f32
          %64 = arith.select %63, %cst_2, %62 : f32
          %65 = arith.subf %43, %64 : f32
          %66 = math.exp2 %65 fastmath<afn> : f32
          %67 = arith.subf %59, %64 : f32
          %68 = math.exp2 %67 fastmath<afn> : f32
          %69 = arith.mulf %54, %66 : f32
          %70 = arith.mulf %60, %68 : f32
          %71 = arith.addf %69, %70 : f32
          %72 = vector.broadcast %68 : f32 to vector<8xf32>
          %73 = vector.broadcast %66 : f32 to vector<8xf32>
          %74 = arith.mulf %58, %73 : vector<8xf32>
          %75 = vector.fma %72, %61, %74 : vector<8xf32>
          %76 = memref.load %view_7[%c2, %c0] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %77 = memref.load %view_8[%c2, %c0] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %78 = vector.load %view_6[%c2, %c0, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %79 = arith.maximumf %62, %76 : f32
          %80 = arith.cmpf oeq, %79, %cst_3 : f32
          %81 = arith.select %80, %cst_2, %79 : f32
          %82 = arith.subf %62, %81 : f32
          %83 = math.exp2 %82 fastmath<afn> : f32
          %84 = arith.subf %76, %81 : f32
          %85 = math.exp2 %84 fastmath<afn> : f32
          %86 = arith.mulf %71, %83 : f32
          %87 = arith.mulf %77, %85 : f32
          %88 = arith.addf %86, %87 : f32
          %89 = vector.broadcast %85 : f32 to vector<8xf32>
          %90 = vector.broadcast %83 : f32 to vector<8xf32>
          %91 = arith.mulf %75, %90 : vector<8xf32>
          %92 = vector.fma %89, %78, %91 : vector<8xf32>
          %93 = memref.load %view_7[%c3, %c0] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %94 = memref.load %view_8[%c3, %c0] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %95 = vector.load %view_6[%c3, %c0, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %96 = arith.maximumf %79, %93 : f32
          %97 = arith.cmpf oeq, %96, %cst_3 : f32
          %98 = arith.select %97, %cst_2, %96 : f32
          %99 = arith.subf %79, %98 : f32
          %100 = math.exp2 %99 fastmath<afn> : f32
          %101 = arith.subf %93, %98 : f32
          %102 = math.exp2 %101 fastmath<afn> : f32
          %103 = arith.mulf %88, %100 : f32
          %104 = arith.mulf %94, %102 : f32
          %105 = arith.addf %103, %104 : f32
          %106 = vector.broadcast %102 : f32 to vector<8xf32>
          %107 = vector.broadcast %100 : f32 to vector<8xf32>
          %108 = arith.mulf %92, %107 : vector<8xf32>
          %109 = vector.fma %106, %95, %108 : vector<8xf32>
          %110 = memref.load %view_7[%c4, %c0] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %111 = memref.load %view_8[%c4, %c0] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %112 = vector.load %view_6[%c4, %c0, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %113 = arith.maximumf %96, %110 : f32
          %114 = arith.cmpf oeq, %113, %cst_3 : f32
          %115 = arith.select %114, %cst_2, %113 : f32
          %116 = arith.subf %96, %115 : f32
          %117 = math.exp2 %116 fastmath<afn> : f32
          %118 = arith.subf %110, %115 : f32
          %119 = math.exp2 %118 fastmath<afn> : f32
          %120 = arith.mulf %105, %117 : f32
          %121 = arith.mulf %111, %119 : f32
          %122 = arith.addf %120, %121 : f32
          %123 = vector.broadcast %119 : f32 to vector<8xf32>
          %124 = vector.broadcast %117 : f32 to vector<8xf32>
          %125 = arith.mulf %109, %124 : vector<8xf32>
          %126 = vector.fma %123, %112, %125 : vector<8xf32>
          %127 = memref.load %view_7[%c5, %c0] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %128 = memref.load %view_8[%c5, %c0] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %129 = vector.load %view_6[%c5, %c0, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %130 = arith.maximumf %113, %127 : f32
          %131 = arith.cmpf oeq, %130, %cst_3 : f32
          %132 = arith.select %131, %cst_2, %130 : f32
          %133 = arith.subf %113, %132 : f32
          %134 = math.exp2 %133 fastmath<afn> : f32
          %135 = arith.subf %127, %132 : f32
          %136 = math.exp2 %135 fastmath<afn> : f32
          %137 = arith.mulf %122, %134 : f32
          %138 = arith.mulf %128, %136 : f32
          %139 = arith.addf %137, %138 : f32
          %140 = vector.broadcast %136 : f32 to vector<8xf32>
          %141 = vector.broadcast %134 : f32 to vector<8xf32>
          %142 = arith.mulf %126, %141 : vector<8xf32>
          %143 = vector.fma %140, %129, %142 : vector<8xf32>
          %144 = memref.load %view_7[%c6, %c0] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %145 = memref.load %view_8[%c6, %c0] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %146 = vector.load %view_6[%c6, %c0, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %147 = arith.maximumf %130, %144 : f32
          %148 = arith.cmpf oeq, %147, %cst_3 : f32
          %149 = arith.select %148, %cst_2, %147 : f32
          %150 = arith.subf %130, %149 : f32
          %151 = math.exp2 %150 fastmath<afn> : f32
          %152 = arith.subf %144, %149 : f32
          %153 = math.exp2 %152 fastmath<afn> : f32
          %154 = arith.mulf %139, %151 : f32
          %155 = arith.mulf %145, %153 : f32
          %156 = arith.addf %154, %155 : f32
          %157 = vector.broadcast %153 : f32 to vector<8xf32>
          %158 = vector.broadcast %151 : f32 to vector<8xf32>
          %159 = arith.mulf %143, %158 : vector<8xf32>
          %160 = vector.fma %157, %146, %159 : vector<8xf32>
          %161 = memref.load %view_7[%c7, %c0] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %162 = memref.load %view_8[%c7, %c0] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %163 = vector.load %view_6[%c7, %c0, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %164 = arith.maximumf %147, %161 : f32
          %165 = arith.cmpf oeq, %164, %cst_3 : f32
          %166 = arith.select %165, %cst_2, %164 : f32
          %167 = arith.subf %147, %166 : f32
          %168 = math.exp2 %167 fastmath<afn> : f32
          %169 = arith.subf %161, %166 : f32
          %170 = math.exp2 %169 fastmath<afn> : f32
          %171 = arith.mulf %156, %168 : f32
          %172 = arith.mulf %162, %170 : f32
          %173 = arith.addf %171, %172 : f32
          %174 = vector.broadcast %170 : f32 to vector<8xf32>
          %175 = vector.broadcast %168 : f32 to vector<8xf32>
          %176 = arith.mulf %160, %175 : vector<8xf32>
          %177 = vector.fma %174, %163, %176 : vector<8xf32>
          %178 = memref.load %view_7[%c0, %c1] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %179 = memref.load %view_8[%c0, %c1] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %180 = vector.load %view_6[%c0, %c1, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %181 = arith.cmpf oeq, %178, %cst_3 : f32
          %182 = arith.select %181, %cst_2, %178 : f32
          %183 = arith.subf %cst_3, %182 : f32
          %184 = math.exp2 %183 fastmath<afn> : f32
          %185 = arith.subf %178, %182 : f32
          %186 = math.exp2 %185 fastmath<afn> : f32
          %187 = arith.mulf %184, %cst_2 : f32
          %188 = arith.mulf %179, %186 : f32
          %189 = arith.addf %187, %188 : f32
          %190 = vector.broadcast %186 : f32 to vector<8xf32>
          %191 = vector.broadcast %184 : f32 to vector<8xf32>
          %192 = arith.mulf %191, %cst_1 : vector<8xf32>
          %193 = vector.fma %190, %180, %192 : vector<8xf32>
          %194 = memref.load %view_7[%c1, %c1] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %195 = memref.load %view_8[%c1, %c1] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %196 = vector.load %view_6[%c1, %c1, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %197 = arith.maximumf %178, %194 : f32
          %198 = arith.cmpf oeq, %197, %cst_3 : f32
          %199 = arith.select %198, %cst_2, %197 : f32
          %200 = arith.subf %178, %199 : f32
          %201 = math.exp2 %200 fastmath<afn> : f32
          %202 = arith.subf %194, %199 : f32
          %203 = math.exp2 %202 fastmath<afn> : f32
          %204 = arith.mulf %189, %201 : f32
          %205 = arith.mulf %195, %203 : f32
          %206 = arith.addf %204, %205 : f32
          %207 = vector.broadcast %203 : f32 to vector<8xf32>
          %208 = vector.broadcast %201 : f32 to vector<8xf32>
          %209 = arith.mulf %193, %208 : vector<8xf32>
          %210 = vector.fma %207, %196, %209 : vector<8xf32>
          %211 = memref.load %view_7[%c2, %c1] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %212 = memref.load %view_8[%c2, %c1] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %213 = vector.load %view_6[%c2, %c1, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %214 = arith.maximumf %197, %211 : f32
          %215 = arith.cmpf oeq, %214, %cst_3 : f32
          %216 = arith.select %215, %cst_2, %214 : f32
          %217 = arith.subf %197, %216 : f32
          %218 = math.exp2 %217 fastmath<afn> : f32
          %219 = arith.subf %211, %216 : f32
          %220 = math.exp2 %219 fastmath<afn> : f32
          %221 = arith.mulf %206, %218 : f32
          %222 = arith.mulf %212, %220 : f32
          %223 = arith.addf %221, %222 : f32
          %224 = vector.broadcast %220 : f32 to vector<8xf32>
          %225 = vector.broadcast %218 : f32 to vector<8xf32>
          %226 = arith.mulf %210, %225 : vector<8xf32>
          %227 = vector.fma %224, %213, %226 : vector<8xf32>
          %228 = memref.load %view_7[%c3, %c1] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %229 = memref.load %view_8[%c3, %c1] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %230 = vector.load %view_6[%c3, %c1, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %231 = arith.maximumf %214, %228 : f32
          %232 = arith.cmpf oeq, %231, %cst_3 : f32
          %233 = arith.select %232, %cst_2, %231 : f32
          %234 = arith.subf %214, %233 : f32
          %235 = math.exp2 %234 fastmath<afn> : f32
          %236 = arith.subf %228, %233 : f32
          %237 = math.exp2 %236 fastmath<afn> : f32
          %238 = arith.mulf %223, %235 : f32
          %239 = arith.mulf %229, %237 : f32
          %240 = arith.addf %238, %239 : f32
          %241 = vector.broadcast %237 : f32 to vector<8xf32>
          %242 = vector.broadcast %235 : f32 to vector<8xf32>
          %243 = arith.mulf %227, %242 : vector<8xf32>
          %244 = vector.fma %241, %230, %243 : vector<8xf32>
          %245 = memref.load %view_7[%c4, %c1] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %246 = memref.load %view_8[%c4, %c1] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %247 = vector.load %view_6[%c4, %c1, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %248 = arith.maximumf %231, %245 : f32
          %249 = arith.cmpf oeq, %248, %cst_3 : f32
          %250 = arith.select %249, %cst_2, %248 : f32
          %251 = arith.subf %231, %250 : f32
          %252 = math.exp2 %251 fastmath<afn> : f32
          %253 = arith.subf %245, %250 : f32
          %254 = math.exp2 %253 fastmath<afn> : f32
          %255 = arith.mulf %240, %252 : f32
          %256 = arith.mulf %246, %254 : f32
          %257 = arith.addf %255, %256 : f32
          %258 = vector.broadcast %254 : f32 to vector<8xf32>
          %259 = vector.broadcast %252 : f32 to vector<8xf32>
          %260 = arith.mulf %244, %259 : vector<8xf32>
          %261 = vector.fma %258, %247, %260 : vector<8xf32>
          %262 = memref.load %view_7[%c5, %c1] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %263 = memref.load %view_8[%c5, %c1] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %264 = vector.load %view_6[%c5, %c1, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %265 = arith.maximumf %248, %262 : f32
          %266 = arith.cmpf oeq, %265, %cst_3 : f32
          %267 = arith.select %266, %cst_2, %265 : f32
          %268 = arith.subf %248, %267 : f32
          %269 = math.exp2 %268 fastmath<afn> : f32
          %270 = arith.subf %262, %267 : f32
          %271 = math.exp2 %270 fastmath<afn> : f32
          %272 = arith.mulf %257, %269 : f32
          %273 = arith.mulf %263, %271 : f32
          %274 = arith.addf %272, %273 : f32
          %275 = vector.broadcast %271 : f32 to vector<8xf32>
          %276 = vector.broadcast %269 : f32 to vector<8xf32>
          %277 = arith.mulf %261, %276 : vector<8xf32>
          %278 = vector.fma %275, %264, %277 : vector<8xf32>
          %279 = memref.load %view_7[%c6, %c1] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %280 = memref.load %view_8[%c6, %c1] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %281 = vector.load %view_6[%c6, %c1, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %282 = arith.maximumf %265, %279 : f32
          %283 = arith.cmpf oeq, %282, %cst_3 : f32
          %284 = arith.select %283, %cst_2, %282 : f32
          %285 = arith.subf %265, %284 : f32
          %286 = math.exp2 %285 fastmath<afn> : f32
          %287 = arith.subf %279, %284 : f32
          %288 = math.exp2 %287 fastmath<afn> : f32
          %289 = arith.mulf %274, %286 : f32
          %290 = arith.mulf %280, %288 : f32
          %291 = arith.addf %289, %290 : f32
          %292 = vector.broadcast %288 : f32 to vector<8xf32>
          %293 = vector.broadcast %286 : f32 to vector<8xf32>
          %294 = arith.mulf %278, %293 : vector<8xf32>
          %295 = vector.fma %292, %281, %294 : vector<8xf32>
          %296 = memref.load %view_7[%c7, %c1] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %297 = memref.load %view_8[%c7, %c1] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %298 = vector.load %view_6[%c7, %c1, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %299 = arith.maximumf %282, %296 : f32
          %300 = arith.cmpf oeq, %299, %cst_3 : f32
          %301 = arith.select %300, %cst_2, %299 : f32
          %302 = arith.subf %282, %301 : f32
          %303 = math.exp2 %302 fastmath<afn> : f32
          %304 = arith.subf %296, %301 : f32
          %305 = math.exp2 %304 fastmath<afn> : f32
          %306 = arith.mulf %291, %303 : f32
          %307 = arith.mulf %297, %305 : f32
          %308 = arith.addf %306, %307 : f32
          %309 = vector.broadcast %305 : f32 to vector<8xf32>
          %310 = vector.broadcast %303 : f32 to vector<8xf32>
          %311 = arith.mulf %295, %310 : vector<8xf32>
          %312 = vector.fma %309, %298, %311 : vector<8xf32>
          %313 = memref.load %view_7[%c0, %c2] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %314 = memref.load %view_8[%c0, %c2] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %315 = vector.load %view_6[%c0, %c2, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %316 = arith.cmpf oeq, %313, %cst_3 : f32
          %317 = arith.select %316, %cst_2, %313 : f32
          %318 = arith.subf %cst_3, %317 : f32
          %319 = math.exp2 %318 fastmath<afn> : f32
          %320 = arith.subf %313, %317 : f32
          %321 = math.exp2 %320 fastmath<afn> : f32
          %322 = arith.mulf %319, %cst_2 : f32
          %323 = arith.mulf %314, %321 : f32
          %324 = arith.addf %322, %323 : f32
          %325 = vector.broadcast %321 : f32 to vector<8xf32>
          %326 = vector.broadcast %319 : f32 to vector<8xf32>
          %327 = arith.mulf %326, %cst_1 : vector<8xf32>
          %328 = vector.fma %325, %315, %327 : vector<8xf32>
          %329 = memref.load %view_7[%c1, %c2] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %330 = memref.load %view_8[%c1, %c2] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %331 = vector.load %view_6[%c1, %c2, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %332 = arith.maximumf %313, %329 : f32
          %333 = arith.cmpf oeq, %332, %cst_3 : f32
          %334 = arith.select %333, %cst_2, %332 : f32
          %335 = arith.subf %313, %334 : f32
          %336 = math.exp2 %335 fastmath<afn> : f32
          %337 = arith.subf %329, %334 : f32
          %338 = math.exp2 %337 fastmath<afn> : f32
          %339 = arith.mulf %324, %336 : f32
          %340 = arith.mulf %330, %338 : f32
          %341 = arith.addf %339, %340 : f32
          %342 = vector.broadcast %338 : f32 to vector<8xf32>
          %343 = vector.broadcast %336 : f32 to vector<8xf32>
          %344 = arith.mulf %328, %343 : vector<8xf32>
          %345 = vector.fma %342, %331, %344 : vector<8xf32>
          %346 = memref.load %view_7[%c2, %c2] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %347 = memref.load %view_8[%c2, %c2] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %348 = vector.load %view_6[%c2, %c2, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %349 = arith.maximumf %332, %346 : f32
          %350 = arith.cmpf oeq, %349, %cst_3 : f32
          %351 = arith.select %350, %cst_2, %349 : f32
          %352 = arith.subf %332, %351 : f32
          %353 = math.exp2 %352 fastmath<afn> : f32
          %354 = arith.subf %346, %351 : f32
          %355 = math.exp2 %354 fastmath<afn> : f32
          %356 = arith.mulf %341, %353 : f32
          %357 = arith.mulf %347, %355 : f32
          %358 = arith.addf %356, %357 : f32
          %359 = vector.broadcast %355 : f32 to vector<8xf32>
          %360 = vector.broadcast %353 : f32 to vector<8xf32>
          %361 = arith.mulf %345, %360 : vector<8xf32>
          %362 = vector.fma %359, %348, %361 : vector<8xf32>
          %363 = memref.load %view_7[%c3, %c2] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %364 = memref.load %view_8[%c3, %c2] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %365 = vector.load %view_6[%c3, %c2, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %366 = arith.maximumf %349, %363 : f32
          %367 = arith.cmpf oeq, %366, %cst_3 : f32
          %368 = arith.select %367, %cst_2, %366 : f32
          %369 = arith.subf %349, %368 : f32
          %370 = math.exp2 %369 fastmath<afn> : f32
          %371 = arith.subf %363, %368 : f32
          %372 = math.exp2 %371 fastmath<afn> : f32
          %373 = arith.mulf %358, %370 : f32
          %374 = arith.mulf %364, %372 : f32
          %375 = arith.addf %373, %374 : f32
          %376 = vector.broadcast %372 : f32 to vector<8xf32>
          %377 = vector.broadcast %370 : f32 to vector<8xf32>
          %378 = arith.mulf %362, %377 : vector<8xf32>
          %379 = vector.fma %376, %365, %378 : vector<8xf32>
          %380 = memref.load %view_7[%c4, %c2] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %381 = memref.load %view_8[%c4, %c2] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %382 = vector.load %view_6[%c4, %c2, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %383 = arith.maximumf %366, %380 : f32
          %384 = arith.cmpf oeq, %383, %cst_3 : f32
          %385 = arith.select %384, %cst_2, %383 : f32
          %386 = arith.subf %366, %385 : f32
          %387 = math.exp2 %386 fastmath<afn> : f32
          %388 = arith.subf %380, %385 : f32
          %389 = math.exp2 %388 fastmath<afn> : f32
          %390 = arith.mulf %375, %387 : f32
          %391 = arith.mulf %381, %389 : f32
          %392 = arith.addf %390, %391 : f32
          %393 = vector.broadcast %389 : f32 to vector<8xf32>
          %394 = vector.broadcast %387 : f32 to vector<8xf32>
          %395 = arith.mulf %379, %394 : vector<8xf32>
          %396 = vector.fma %393, %382, %395 : vector<8xf32>
          %397 = memref.load %view_7[%c5, %c2] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %398 = memref.load %view_8[%c5, %c2] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %399 = vector.load %view_6[%c5, %c2, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %400 = arith.maximumf %383, %397 : f32
          %401 = arith.cmpf oeq, %400, %cst_3 : f32
          %402 = arith.select %401, %cst_2, %400 : f32
          %403 = arith.subf %383, %402 : f32
          %404 = math.exp2 %403 fastmath<afn> : f32
          %405 = arith.subf %397, %402 : f32
          %406 = math.exp2 %405 fastmath<afn> : f32
          %407 = arith.mulf %392, %404 : f32
          %408 = arith.mulf %398, %406 : f32
          %409 = arith.addf %407, %408 : f32
          %410 = vector.broadcast %406 : f32 to vector<8xf32>
          %411 = vector.broadcast %404 : f32 to vector<8xf32>
          %412 = arith.mulf %396, %411 : vector<8xf32>
          %413 = vector.fma %410, %399, %412 : vector<8xf32>
          %414 = memref.load %view_7[%c6, %c2] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %415 = memref.load %view_8[%c6, %c2] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %416 = vector.load %view_6[%c6, %c2, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %417 = arith.maximumf %400, %414 : f32
          %418 = arith.cmpf oeq, %417, %cst_3 : f32
          %419 = arith.select %418, %cst_2, %417 : f32
          %420 = arith.subf %400, %419 : f32
          %421 = math.exp2 %420 fastmath<afn> : f32
          %422 = arith.subf %414, %419 : f32
          %423 = math.exp2 %422 fastmath<afn> : f32
          %424 = arith.mulf %409, %421 : f32
          %425 = arith.mulf %415, %423 : f32
          %426 = arith.addf %424, %425 : f32
          %427 = vector.broadcast %423 : f32 to vector<8xf32>
          %428 = vector.broadcast %421 : f32 to vector<8xf32>
          %429 = arith.mulf %413, %428 : vector<8xf32>
          %430 = vector.fma %427, %416, %429 : vector<8xf32>
          %431 = memref.load %view_7[%c7, %c2] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %432 = memref.load %view_8[%c7, %c2] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %433 = vector.load %view_6[%c7, %c2, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %434 = arith.maximumf %417, %431 : f32
          %435 = arith.cmpf oeq, %434, %cst_3 : f32
          %436 = arith.select %435, %cst_2, %434 : f32
          %437 = arith.subf %417, %436 : f32
          %438 = math.exp2 %437 fastmath<afn> : f32
          %439 = arith.subf %431, %436 : f32
          %440 = math.exp2 %439 fastmath<afn> : f32
          %441 = arith.mulf %426, %438 : f32
          %442 = arith.mulf %432, %440 : f32
          %443 = arith.addf %441, %442 : f32
          %444 = vector.broadcast %440 : f32 to vector<8xf32>
          %445 = vector.broadcast %438 : f32 to vector<8xf32>
          %446 = arith.mulf %430, %445 : vector<8xf32>
          %447 = vector.fma %444, %433, %446 : vector<8xf32>
          %448 = memref.load %view_7[%c0, %c3] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %449 = memref.load %view_8[%c0, %c3] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %450 = vector.load %view_6[%c0, %c3, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %451 = arith.cmpf oeq, %448, %cst_3 : f32
          %452 = arith.select %451, %cst_2, %448 : f32
          %453 = arith.subf %cst_3, %452 : f32
          %454 = math.exp2 %453 fastmath<afn> : f32
          %455 = arith.subf %448, %452 : f32
          %456 = math.exp2 %455 fastmath<afn> : f32
          %457 = arith.mulf %454, %cst_2 : f32
          %458 = arith.mulf %449, %456 : f32
          %459 = arith.addf %457, %458 : f32
          %460 = vector.broadcast %456 : f32 to vector<8xf32>
          %461 = vector.broadcast %454 : f32 to vector<8xf32>
          %462 = arith.mulf %461, %cst_1 : vector<8xf32>
          %463 = vector.fma %460, %450, %462 : vector<8xf32>
          %464 = memref.load %view_7[%c1, %c3] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %465 = memref.load %view_8[%c1, %c3] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %466 = vector.load %view_6[%c1, %c3, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %467 = arith.maximumf %448, %464 : f32
          %468 = arith.cmpf oeq, %467, %cst_3 : f32
          %469 = arith.select %468, %cst_2, %467 : f32
          %470 = arith.subf %448, %469 : f32
          %471 = math.exp2 %470 fastmath<afn> : f32
          %472 = arith.subf %464, %469 : f32
          %473 = math.exp2 %472 fastmath<afn> : f32
          %474 = arith.mulf %459, %471 : f32
          %475 = arith.mulf %465, %473 : f32
          %476 = arith.addf %474, %475 : f32
          %477 = vector.broadcast %473 : f32 to vector<8xf32>
          %478 = vector.broadcast %471 : f32 to vector<8xf32>
          %479 = arith.mulf %463, %478 : vector<8xf32>
          %480 = vector.fma %477, %466, %479 : vector<8xf32>
          %481 = memref.load %view_7[%c2, %c3] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %482 = memref.load %view_8[%c2, %c3] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %483 = vector.load %view_6[%c2, %c3, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %484 = arith.maximumf %467, %481 : f32
          %485 = arith.cmpf oeq, %484, %cst_3 : f32
          %486 = arith.select %485, %cst_2, %484 : f32
          %487 = arith.subf %467, %486 : f32
          %488 = math.exp2 %487 fastmath<afn> : f32
          %489 = arith.subf %481, %486 : f32
          %490 = math.exp2 %489 fastmath<afn> : f32
          %491 = arith.mulf %476, %488 : f32
          %492 = arith.mulf %482, %490 : f32
          %493 = arith.addf %491, %492 : f32
          %494 = vector.broadcast %490 : f32 to vector<8xf32>
          %495 = vector.broadcast %488 : f32 to vector<8xf32>
          %496 = arith.mulf %480, %495 : vector<8xf32>
          %497 = vector.fma %494, %483, %496 : vector<8xf32>
          %498 = memref.load %view_7[%c3, %c3] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %499 = memref.load %view_8[%c3, %c3] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %500 = vector.load %view_6[%c3, %c3, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %501 = arith.maximumf %484, %498 : f32
          %502 = arith.cmpf oeq, %501, %cst_3 : f32
          %503 = arith.select %502, %cst_2, %501 : f32
          %504 = arith.subf %484, %503 : f32
          %505 = math.exp2 %504 fastmath<afn> : f32
          %506 = arith.subf %498, %503 : f32
          %507 = math.exp2 %506 fastmath<afn> : f32
          %508 = arith.mulf %493, %505 : f32
          %509 = arith.mulf %499, %507 : f32
          %510 = arith.addf %508, %509 : f32
          %511 = vector.broadcast %507 : f32 to vector<8xf32>
          %512 = vector.broadcast %505 : f32 to vector<8xf32>
          %513 = arith.mulf %497, %512 : vector<8xf32>
          %514 = vector.fma %511, %500, %513 : vector<8xf32>
          %515 = memref.load %view_7[%c4, %c3] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %516 = memref.load %view_8[%c4, %c3] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %517 = vector.load %view_6[%c4, %c3, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %518 = arith.maximumf %501, %515 : f32
          %519 = arith.cmpf oeq, %518, %cst_3 : f32
          %520 = arith.select %519, %cst_2, %518 : f32
          %521 = arith.subf %501, %520 : f32
          %522 = math.exp2 %521 fastmath<afn> : f32
          %523 = arith.subf %515, %520 : f32
          %524 = math.exp2 %523 fastmath<afn> : f32
          %525 = arith.mulf %510, %522 : f32
          %526 = arith.mulf %516, %524 : f32
          %527 = arith.addf %525, %526 : f32
          %528 = vector.broadcast %524 : f32 to vector<8xf32>
          %529 = vector.broadcast %522 : f32 to vector<8xf32>
          %530 = arith.mulf %514, %529 : vector<8xf32>
          %531 = vector.fma %528, %517, %530 : vector<8xf32>
          %532 = memref.load %view_7[%c5, %c3] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %533 = memref.load %view_8[%c5, %c3] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %534 = vector.load %view_6[%c5, %c3, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %535 = arith.maximumf %518, %532 : f32
          %536 = arith.cmpf oeq, %535, %cst_3 : f32
          %537 = arith.select %536, %cst_2, %535 : f32
          %538 = arith.subf %518, %537 : f32
          %539 = math.exp2 %538 fastmath<afn> : f32
          %540 = arith.subf %532, %537 : f32
          %541 = math.exp2 %540 fastmath<afn> : f32
          %542 = arith.mulf %527, %539 : f32
          %543 = arith.mulf %533, %541 : f32
          %544 = arith.addf %542, %543 : f32
          %545 = vector.broadcast %541 : f32 to vector<8xf32>
          %546 = vector.broadcast %539 : f32 to vector<8xf32>
          %547 = arith.mulf %531, %546 : vector<8xf32>
          %548 = vector.fma %545, %534, %547 : vector<8xf32>
          %549 = memref.load %view_7[%c6, %c3] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %550 = memref.load %view_8[%c6, %c3] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %551 = vector.load %view_6[%c6, %c3, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %552 = arith.maximumf %535, %549 : f32
          %553 = arith.cmpf oeq, %552, %cst_3 : f32
          %554 = arith.select %553, %cst_2, %552 : f32
          %555 = arith.subf %535, %554 : f32
          %556 = math.exp2 %555 fastmath<afn> : f32
          %557 = arith.subf %549, %554 : f32
          %558 = math.exp2 %557 fastmath<afn> : f32
          %559 = arith.mulf %544, %556 : f32
          %560 = arith.mulf %550, %558 : f32
          %561 = arith.addf %559, %560 : f32
          %562 = vector.broadcast %558 : f32 to vector<8xf32>
          %563 = vector.broadcast %556 : f32 to vector<8xf32>
          %564 = arith.mulf %548, %563 : vector<8xf32>
          %565 = vector.fma %562, %551, %564 : vector<8xf32>
          %566 = memref.load %view_7[%c7, %c3] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %567 = memref.load %view_8[%c7, %c3] : memref<8x4xf32, #gpu.address_space<workgroup>>
          %568 = vector.load %view_6[%c7, %c3, %25] {alignment = 16 : i64} : memref<8x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %569 = arith.maximumf %552, %566 : f32
          %570 = arith.cmpf oeq, %569, %cst_3 : f32
          %571 = arith.select %570, %cst_2, %569 : f32
          %572 = arith.subf %552, %571 : f32
          %573 = math.exp2 %572 fastmath<afn> : f32
          %574 = arith.subf %566, %571 : f32
          %575 = math.exp2 %574 fastmath<afn> : f32
          %576 = arith.mulf %561, %573 : f32
          %577 = arith.mulf %567, %575 : f32
          %578 = arith.addf %576, %577 : f32
          %579 = vector.broadcast %575 : f32 to vector<8xf32>
          %580 = vector.broadcast %573 : f32 to vector<8xf32>
          %581 = arith.mulf %565, %580 : vector<8xf32>
          %582 = vector.fma %579, %568, %581 : vector<8xf32>
          %583 = arith.cmpi slt, %12, %c0_i32 : i32
          %584 = arith.cmpf ogt, %173, %cst_2 : f32
          %585 = arith.select %584, %173, %cst_0 : f32
          %586 = vector.broadcast %585 : f32 to vector<8xf32>
          %587 = arith.divf %177, %586 : vector<8xf32>
          %588 = arith.select %584, %587, %cst_1 : vector<8xf32>
          %589 = math.log2 %585 fastmath<afn> : f32
          %590 = arith.addf %164, %589 : f32
          %591 = arith.mulf %590, %cst : f32
          %592 = arith.select %584, %591, %cst_3 : f32
          %593 = arith.cmpf ogt, %308, %cst_2 : f32
          %594 = arith.select %593, %308, %cst_0 : f32
          %595 = vector.broadcast %594 : f32 to vector<8xf32>
          %596 = arith.divf %312, %595 : vector<8xf32>
          %597 = arith.select %593, %596, %cst_1 : vector<8xf32>
          %598 = math.log2 %594 fastmath<afn> : f32
          %599 = arith.addf %299, %598 : f32
          %600 = arith.mulf %599, %cst : f32
          %601 = arith.select %593, %600, %cst_3 : f32
          %602 = arith.cmpf ogt, %443, %cst_2 : f32
          %603 = arith.select %602, %443, %cst_0 : f32
          %604 = vector.broadcast %603 : f32 to vector<8xf32>
          %605 = arith.divf %447, %604 : vector<8xf32>
          %606 = arith.select %602, %605, %cst_1 : vector<8xf32>
          %607 = math.log2 %603 fastmath<afn> : f32
          %608 = arith.addf %434, %607 : f32
          %609 = arith.mulf %608, %cst : f32
          %610 = arith.select %602, %609, %cst_3 : f32
          %611 = arith.cmpf ogt, %578, %cst_2 : f32
          %612 = arith.select %611, %578, %cst_0 : f32
          %613 = vector.broadcast %612 : f32 to vector<8xf32>
          %614 = arith.divf %582, %613 : vector<8xf32>
          %615 = arith.select %611, %614, %cst_1 : vector<8xf32>
          %616 = math.log2 %612 fastmath<afn> : f32
          %617 = arith.addf %569, %616 : f32
          %618 = arith.mulf %617, %cst : f32
          %619 = arith.select %611, %618, %cst_3 : f32
          scf.if %583 {
            %620 = arith.truncf %588 : vector<8xf32> to vector<8xbf16>
            vector.store %620, %arg12[%14, %15, %25] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
            %621 = arith.truncf %597 : vector<8xf32> to vector<8xbf16>
            vector.store %621, %arg12[%14, %16, %25] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
            %622 = arith.truncf %606 : vector<8xf32> to vector<8xbf16>
            vector.store %622, %arg12[%14, %17, %25] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
            %623 = arith.truncf %615 : vector<8xf32> to vector<8xbf16>
            vector.store %623, %arg12[%14, %18, %25] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
            scf.if %42 {
              memref.store %592, %arg13[%14, %15] : memref<?x32xf32>
              memref.store %601, %arg13[%14, %16] : memref<?x32xf32>
              memref.store %610, %arg13[%14, %17] : memref<?x32xf32>
              memref.store %619, %arg13[%14, %18] : memref<?x32xf32>
            }
          } else {
            %620 = arith.index_cast %12 : i32 to index
            vector.store %588, %arg14[%620, %15, %25] {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
            vector.store %597, %arg14[%620, %16, %25] {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
            vector.store %606, %arg14[%620, %17, %25] {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
            vector.store %615, %arg14[%620, %18, %25] {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
            scf.if %42 {
              memref.store %592, %arg15[%620, %15] : memref<?x32xf32>
              memref.store %601, %arg15[%620, %16] : memref<?x32xf32>
              memref.store %610, %arg15[%620, %17] : memref<?x32xf32>
              memref.store %619, %arg15[%620, %18] : memref<?x32xf32>
            }
          }
        }
      }
      gpu.return
    }
    gpu.func @llama3_8b_decode_merge(%arg0: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg1: memref<?x32xf32> {attn.param = "tmp_lse"}, %arg2: memref<?xi32> {attn.param = "merge_indptr"}, %arg3: memref<1xi32> {attn.param = "num_rows"}, %arg4: memref<?x32x128xbf16> {attn.param = "o"}, %arg5: memref<?x32xf32> {attn.param = "lse"}) workgroup(%arg6 : memref<16x1x128xf32, #gpu.address_space<workgroup>>, %arg7 : memref<16x1xf32, #gpu.address_space<workgroup>>, %arg8 : memref<16x1xf32, #gpu.address_space<workgroup>>) kernel attributes {attn.bdx = 16 : i64, attn.slices = 16 : i64, known_block_size = array<i32: 256, 1, 1>} {
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
  attn.kernel_abi @llama3_8b_decode_attention for @llama3_8b_decode_kernels::@llama3_8b_decode_attention {block = array<i32: 128, 1, 1>, dynamic_smem = 36864 : i64, family = "decode", params = [{kind = "ptr", name = "q"}, {kind = "ptr", name = "qo_indptr"}, {kind = "ptr", name = "k_cache"}, {kind = "ptr", name = "v_cache"}, {kind = "ptr", name = "kv_indptr"}, {kind = "ptr", name = "kv_indices"}, {kind = "ptr", name = "kv_last_page_len"}, {kind = "ptr", name = "work_request"}, {kind = "ptr", name = "work_kv_begin"}, {kind = "ptr", name = "work_kv_end"}, {kind = "ptr", name = "work_partial"}, {kind = "ptr", name = "num_work"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}, {kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}], role = "attention", tile = {bdx = 16 : i64, bdy = 1 : i64, bdz = 8 : i64, heads_per_thread = 4 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 16 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  attn.kernel_abi @llama3_8b_decode_merge for @llama3_8b_decode_kernels::@llama3_8b_decode_merge {block = array<i32: 256, 1, 1>, dynamic_smem = 0 : i64, family = "decode", params = [{kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}, {kind = "ptr", name = "merge_indptr"}, {kind = "ptr", name = "num_rows"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}], role = "merge", tile = {bdx = 16 : i64, heads_per_cta = 1 : i64, slices = 16 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 16 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  func.func @llama3_8b_decode(%arg0: memref<?x32x128xbf16>, %arg1: memref<?xi32>, %arg2: memref<?x16x8x128xbf16>, %arg3: memref<?x16x8x128xbf16>, %arg4: memref<?xi32>, %arg5: memref<?xi32>, %arg6: memref<?xi32>, %arg7: memref<?x32x128xbf16>, %arg8: memref<?x32xf32>) {
    return
  }
}

