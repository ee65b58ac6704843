module attributes {gpu.container_module} {
  gpu.module @llama3_8b_prefill_kernels {
    gpu.func @llama3_8b_prefill_attention(%arg0: memref<?x32x128xbf16> {attn.param = "q"}, %arg1: memref<?xi32> {attn.param = "qo_indptr"}, %arg2: memref<?x16x8x128xbf16> {attn.param = "k_cache"}, %arg3: memref<?x16x8x128xbf16> {attn.param = "v_cache"}, %arg4: memref<?xi32> {attn.param = "kv_indptr"}, %arg5: memref<?xi32> {attn.param = "kv_indices"}, %arg6: memref<?xi32> {attn.param = "kv_last_page_len"}, %arg7: memref<?xi32> {attn.param = "work_request"}, %arg8: memref<?xi32> {attn.param = "work_qo_tile"}, %arg9: memref<?xi32> {attn.param = "work_kv_begin"}, %arg10: memref<?xi32> {attn.param = "work_kv_end"}, %arg11: memref<?xi32> {attn.param = "work_partial"}, %arg12: memref<?xi32> {attn.param = "work_partial_stride"}, %arg13: memref<1xi32> {attn.param = "num_work"}, %arg14: memref<?x32x128xbf16> {attn.param = "o"}, %arg15: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg16: memref<?x32xf32> {attn.param = "tmp_lse"}) kernel attributes {attn.programmatic_primary, known_block_size = array<i32: 256, 1, 1>} {
      %c120_i32 = arith.constant 120 : i32
      %c112_i32 = arith.constant 112 : i32
      %c104_i32 = arith.constant 104 : i32
      %c96_i32 = arith.constant 96 : i32
      %c88_i32 = arith.constant 88 : i32
      %c80_i32 = arith.constant 80 : i32
      %c72_i32 = arith.constant 72 : i32
      %cst = arith.constant 0.693147182 : f32
      %cst_0 = arith.constant 0.127517432 : f32
      %c-1_i32 = arith.constant -1 : i32
      %cst_1 = arith.constant 62.7365227 : f32
      %c57_i32 = arith.constant 57 : i32
      %c56_i32 = arith.constant 56 : i32
      %c49_i32 = arith.constant 49 : i32
      %c41_i32 = arith.constant 41 : i32
      %c40_i32 = arith.constant 40 : i32
      %c33_i32 = arith.constant 33 : i32
      %c25_i32 = arith.constant 25 : i32
      %c24_i32 = arith.constant 24 : i32
      %c17_i32 = arith.constant 17 : i32
      %c9_i32 = arith.constant 9 : i32
      %c1_i32 = arith.constant 1 : i32
      %c48_i32 = arith.constant 48 : i32
      %cst_2 = arith.constant dense<0.000000e+00> : vector<2x2xf32>
      %cst_3 = arith.constant 0xFF800000 : f32
      %c112 = arith.constant 112 : index
      %c96 = arith.constant 96 : index
      %c80 = arith.constant 80 : index
      %c48 = arith.constant 48 : index
      %c32 = arith.constant 32 : index
      %cst_4 = arith.constant 0.000000e+00 : f32
      %c7 = arith.constant 7 : index
      %c6 = arith.constant 6 : index
      %c5 = arith.constant 5 : index
      %c3 = arith.constant 3 : index
      %cst_5 = arith.constant 2.048000e+03 : f32
      %cst_6 = arith.constant 8.000000e+00 : f32
      %cst_7 = arith.constant 3.000000e+00 : f32
      %cst_8 = arith.constant 1.000000e+00 : f32
      %cst_9 = arith.constant 8.192000e+03 : f32
      %cst_10 = arith.constant 6.28318548 : f32
      %cst_11 = arith.constant -0.295805752 : f32
      %c8 = arith.constant 8 : index
      %c64 = arith.constant 64 : index
      %c63 = arith.constant 63 : index
      %c0 = arith.constant 0 : index
      %c32768 = arith.constant 32768 : index
      %c65536 = arith.constant 65536 : index
      %c1 = arith.constant 1 : index
      %c16 = arith.constant 16 : index
      %c4 = arith.constant 4 : index
      %c128 = arith.constant 128 : index
      %c2 = arith.constant 2 : index
      %c64_i32 = arith.constant 64 : i32
      %c6_i32 = arith.constant 6 : i32
      %c0_i32 = arith.constant 0 : i32
      %c8_i32 = arith.constant 8 : i32
      %c2_i32 = arith.constant 2 : i32
      %c4_i32 = arith.constant 4 : i32
      %c16_i32 = arith.constant 16 : i32
      %c32_i32 = arith.constant 32 : i32
      %thread_id_x = gpu.thread_id  x
      %0 = arith.index_cast %thread_id_x : index to i32
      %1 = arith.remui %0, %c32_i32 : i32
      %2 = arith.divui %0, %c32_i32 : i32
      %3 = arith.muli %2, %c16_i32 : i32
      %4 = arith.divui %1, %c4_i32 : i32
      %5 = arith.remui %1, %c4_i32 : i32
      %6 = arith.muli %5, %c2_i32 : i32
      %7 = arith.remui %1, %c8_i32 : i32
      %8 = arith.divui %1, %c16_i32 : i32
      %9 = arith.divui %1, %c8_i32 : i32
      %10 = arith.remui %9, %c2_i32 : i32
      %11 = arith.xori %8, %7 : i32
      %12 = arith.muli %11, %c8_i32 : i32
      %13 = arith.xori %11, %c2_i32 : i32
      %14 = arith.muli %13, %c8_i32 : i32
      %15 = arith.xori %11, %c4_i32 : i32
      %16 = arith.muli %15, %c8_i32 : i32
      %17 = arith.xori %11, %c6_i32 : i32
      %18 = arith.muli %17, %c8_i32 : i32
      %19 = arith.xori %10, %7 : i32
      %20 = arith.muli %19, %c8_i32 : i32
      %21 = arith.xori %19, %c2_i32 : i32
      %22 = arith.muli %21, %c8_i32 : i32
      %23 = arith.xori %19, %c4_i32 : i32
      %24 = arith.muli %23, %c8_i32 : i32
      %25 = arith.xori %19, %c6_i32 : i32
      %26 = arith.muli %25, %c8_i32 : i32
      %block_id_x = gpu.block_id  x
      %block_id_y = gpu.block_id  y
      %27 = gpu.dynamic_shared_memory : memref<?xi8, #gpu.address_space<workgroup>>
      %view = memref.view %27[%c0][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<128x128xbf16, #gpu.address_space<workgroup>>
      %view_12 = memref.view %27[%c32768][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x64x128xbf16, #gpu.address_space<workgroup>>
      %view_13 = memref.view %27[%c65536][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x64x128xbf16, #gpu.address_space<workgroup>>
      %28 = memref.load %arg13[%c0] : memref<1xi32>
      %29 = arith.index_cast %28 : i32 to index
      %30 = arith.cmpi ult, %block_id_y, %29 : index
      scf.if %30 {
        %31 = memref.load %arg7[%block_id_y] : memref<?xi32>
        %32 = arith.index_cast %31 : i32 to index
        %33 = memref.load %arg8[%block_id_y] : memref<?xi32>
        %34 = arith.index_cast %33 : i32 to index
        %35 = memref.load %arg9[%block_id_y] : memref<?xi32>
        %36 = arith.index_cast %35 : i32 to index
        %37 = memref.load %arg10[%block_id_y] : memref<?xi32>
        %38 = arith.index_cast %37 : i32 to index
        %39 = memref.load %arg1[%32] : memref<?xi32>
        %40 = arith.index_cast %39 : i32 to index
        %41 = arith.addi %32, %c1 : index
        %42 = memref.load %arg1[%41] : memref<?xi32>
        %43 = arith.index_cast %42 : i32 to index
        %44 = arith.subi %43, %40 : index
        %45 = memref.load %arg4[%32] : memref<?xi32>
        %46 = arith.index_cast %45 : i32 to index
        %47 = memref.load %arg4[%41] : memref<?xi32>
        %48 = arith.index_cast %47 : i32 to index
        %49 = arith.subi %48, %46 : index
        %50 = memref.load %arg6[%32] : memref<?xi32>
        %51 = arith.index_cast %50 : i32 to index
        %52 = arith.cmpi eq, %49, %c0 : index
        %53 = arith.subi %49, %c1 : index
        %54 = arith.muli %53, %c16 : index
        %55 = arith.addi %54, %51 : index
        %56 = arith.select %52, %c0, %55 : index
        %57 = arith.muli %44, %c4 : index
        %58 = arith.muli %34, %c128 : index
        %59 = arith.addi %58, %c128 : index
        %60 = arith.minsi %59, %57 : index
        %61 = arith.subi %56, %44 : index
        %62 = arith.index_cast %61 : index to i32
        %63 = arith.index_cast %58 : index to i32
        %64 = arith.divui %58, %c4 : index
        %65 = arith.addi %64, %61 : index
        %66 = arith.subi %60, %c1 : index
        %67 = arith.divui %66, %c4 : index
        %68 = arith.addi %67, %61 : index
        %69 = arith.addi %68, %c1 : index
        %70 = arith.minsi %38, %69 : index
        %71 = arith.remui %36, %c4 : index
        %72 = arith.subi %36, %71 : index
        %73 = arith.subi %70, %72 : index
        %74 = arith.maxsi %73, %c0 : index
        %75 = arith.addi %74, %c63 : index
        %76 = arith.divui %75, %c64 : index
        %77 = arith.addi %65, %c1 : index
        %78 = arith.minsi %38, %77 : index
        %79 = arith.subi %78, %72 : index
        %80 = arith.floordivsi %79, %c64 : index
        %81 = arith.remui %thread_id_x, %c16 : index
        %82 = arith.muli %81, %c8 : index
        %83 = arith.cmpi ult, %82, %c128 : index
        %84 = arith.cmpi ult, %82, %c64 : index
        %85 = arith.addi %82, %c64 : index
        %86 = arith.subi %82, %c64 : index
        %87 = arith.select %83, %86, %82 : index
        %88 = arith.select %84, %85, %87 : index
        %89 = arith.remui %82, %c64 : index
        %90 = arith.index_castui %89 : index to i32
        %91 = arith.uitofp %90 : i32 to f32
        %92 = arith.mulf %91, %cst_11 : f32
        %93 = math.exp2 %92 fastmath<afn> : f32
        %94 = arith.divf %cst_10, %93 : f32
        %95 = arith.divf %cst_9, %94 : f32
        %96 = arith.subf %95, %cst_8 : f32
        %97 = arith.divf %96, %cst_7 : f32
        %98 = arith.divf %93, %cst_6 : f32
        %99 = arith.subf %cst_8, %97 : f32
        %100 = arith.mulf %99, %98 : f32
        %101 = arith.mulf %97, %93 : f32
        %102 = arith.addf %100, %101 : f32
        %103 = arith.cmpf ogt, %94, %cst_9 : f32
        %104 = arith.cmpf olt, %94, %cst_5 : f32
        %105 = arith.select %103, %98, %102 : f32
        %106 = arith.select %104, %93, %105 : f32
        %107 = arith.addi %82, %c1 : index
        %108 = arith.remui %107, %c64 : index
        %109 = arith.index_castui %108 : index to i32
        %110 = arith.uitofp %109 : i32 to f32
        %111 = arith.mulf %110, %cst_11 : f32
        %112 = math.exp2 %111 fastmath<afn> : f32
        %113 = arith.divf %cst_10, %112 : f32
        %114 = arith.divf %cst_9, %113 : f32
        %115 = arith.subf %114, %cst_8 : f32
        %116 = arith.divf %115, %cst_7 : f32
        %117 = arith.divf %112, %cst_6 : f32
        %118 = arith.subf %cst_8, %116 : f32
        %119 = arith.mulf %118, %117 : f32
        %120 = arith.mulf %116, %112 : f32
        %121 = arith.addf %119, %120 : f32
        %122 = arith.cmpf ogt, %113, %cst_9 : f32
        %123 = arith.cmpf olt, %113, %cst_5 : f32
        %124 = arith.select %122, %117, %121 : f32
        %125 = arith.select %123, %112, %124 : f32
        %126 = arith.addi %82, %c2 : index
        %127 = arith.remui %126, %c64 : index
        %128 = arith.index_castui %127 : index to i32
        %129 = arith.uitofp %128 : i32 to f32
        %130 = arith.mulf %129, %cst_11 : f32
        %131 = math.exp2 %130 fastmath<afn> : f32
        %132 = arith.divf %cst_10, %131 : f32
        %133 = arith.divf %cst_9, %132 : f32
        %134 = arith.subf %133, %cst_8 : f32
        %135 = arith.divf %134, %cst_7 : f32
        %136 = arith.divf %131, %cst_6 : f32
        %137 = arith.subf %cst_8, %135 : f32
        %138 = arith.mulf %137, %136 : f32
        %139 = arith.mulf %135, %131 : f32
        %140 = arith.addf %138, %139 : f32
        %141 = arith.cmpf ogt, %132, %cst_9 : f32
        %142 = arith.cmpf olt, %132, %cst_5 : f32
        %143 = arith.select %141, %136, %140 : f32
        %144 = arith.select %142, %131, %143 : f32
        %145 = arith.addi %82, %c3 : index
        %146 = arith.remui %145, %c64 : index
        %147 = arith.index_castui %146 : index to i32
        %148 = arith.uitofp %147 : i32 to f32
        %149 = arith.mulf %148, %cst_11 : f32
        %150 = math.exp2 %149 fastmath<afn> : f32
        %151 = arith.divf %cst_10, %150 : f32
        %152 = arith.divf %cst_9, %151 : f32
        %153 = arith.subf %152, %cst_8 : f32
        %154 = arith.divf %153, %cst_7 : f32
        %155 = arith.divf %150, %cst_6 : f32
        %156 = arith.subf %cst_8, %154 : f32
        %157 = arith.mulf %156, %155 : f32
        %158 = arith.mulf %154, %150 : f32
        %159 = arith.addf %157, %158 : f32
        %160 = arith.cmpf ogt, %151, %cst_9 : f32
        %161 = arith.cmpf olt, %151, %cst_5 : f32
        %162 = arith.select %160, %155, %159 : f32
        %163 = arith.select %161, %150, %162 : f32
        %164 = arith.addi %82, %c4 : index
        %165 = arith.remui %164, %c64 : index
        %166 = arith.index_castui %165 : index to i32
        %167 = arith.uitofp %166 : i32 to f32
        %168 = arith.mulf %167, %cst_11 : f32
        %169 = math.exp2 %168 fastmath<afn> : f32
        %170 = arith.divf %cst_10, %169 : f32
        %171 = arith.divf %cst_9, %170 : f32
        %172 = arith.subf %171, %cst_8 : f32
        %173 = arith.divf %172, %cst_7 : f32
        %174 = arith.divf %169, %cst_6 : f32
        %175 = arith.subf %cst_8, %173 : f32
        %176 = arith.mulf %175, %174 : f32
        %177 = arith.mulf %173, %169 : f32
        %178 = arith.addf %176, %177 : f32
        %179 = arith.cmpf ogt, %170, %cst_9 : f32
        %180 = arith.cmpf olt, %170, %cst_5 : f32
        %181 = arith.select %179, %174, %178 : f32
        %182 = arith.select %180, %169, %181 : f32
        %183 = arith.addi %82, %c5 : index
        %184 = arith.remui %183, %c64 : index
        %185 = arith.index_castui %184 : index to i32
        %186 = arith.uitofp %185 : i32 to f32
        %187 = arith.mulf %186, %cst_11 : f32
        %188 = math.exp2 %187 fastmath<afn> : f32
        %189 = arith.divf %cst_10, %188 : f32
        %190 = arith.divf %cst_9, %189 : f32
        %191 = arith.subf %190, %cst_8 : f32
        %192 = arith.divf %191, %cst_7 : f32
        %193 = arith.divf %188, %cst_6 : f32
        %194 = arith.subf %cst_8, %192 : f32
        %195 = arith.mulf %194, %193 : f32
        %196 = arith.mulf %192, %188 : f32
        %197 = arith.addf %195, %196 : f32
        %198 = arith.cmpf ogt, %189, %cst_9 : f32
        %199 = arith.cmpf olt, %189, %cst_5 : f32
        %200 = arith.select %198, %193, %197 : f32
        %201 = arith.select %199, %188, %200 : f32
        %202 = arith.addi %82, %c6 : index
        %203 = arith.remui %202, %c64 : index
        %204 = arith.index_castui %203 : index to i32
        %205 = arith.uitofp %204 : i32 to f32
        %206 = arith.mulf %205, %cst_11 : f32
        %207 = math.exp2 %206 fastmath<afn> : f32
        %208 = arith.divf %cst_10, %207 : f32
        %209 = arith.divf %cst_9, %208 : f32
        %210 = arith.subf %209, %cst_8 : f32
        %211 = arith.divf %210, %cst_7 : f32
        %212 = arith.divf %207, %cst_6 : f32
        %213 = arith.subf %cst_8, %211 : f32
        %214 = arith.mulf %213, %212 : f32
        %215 = arith.mulf %211, %207 : f32
        %216 = arith.addf %214, %215 : f32
        %217 = arith.cmpf ogt, %208, %cst_9 : f32
        %218 = arith.cmpf olt, %208, %cst_5 : f32
        %219 = arith.select %217, %212, %216 : f32
        %220 = arith.select %218, %207, %219 : f32
        %221 = arith.addi %82, %c7 : index
        %222 = arith.remui %221, %c64 : index
        %223 = arith.index_castui %222 : index to i32
        %224 = arith.uitofp %223 : i32 to f32
        %225 = arith.mulf %224, %cst_11 : f32
        %226 = math.exp2 %225 fastmath<afn> : f32
        %227 = arith.divf %cst_10, %226 : f32
        %228 = arith.divf %cst_9, %227 : f32
        %229 = arith.subf %228, %cst_8 : f32
        %230 = arith.divf %229, %cst_7 : f32
        %231 = arith.divf %226, %cst_6 : f32
        %232 = arith.subf %cst_8, %230 : f32
        %233 = arith.mulf %232, %231 : f32
        %234 = arith.mulf %230, %226 : f32
        %235 = arith.addf %233, %234 : f32
        %236 = arith.cmpf ogt, %227, %cst_9 : f32
        %237 = arith.cmpf olt, %227, %cst_5 : f32
        %238 = arith.select %236, %231, %235 : f32
        %239 = arith.select %237, %226, %238 : f32
        %240 = arith.cmpi ult, %88, %c128 : index
        %241 = arith.remui %88, %c64 : index
        %242 = arith.index_castui %241 : index to i32
        %243 = arith.uitofp %242 : i32 to f32
        %244 = arith.mulf %243, %cst_11 : f32
        %245 = math.exp2 %244 fastmath<afn> : f32
        %246 = arith.divf %cst_10, %245 : f32
        %247 = arith.divf %cst_9, %246 : f32
        %248 = arith.subf %247, %cst_8 : f32
        %249 = arith.divf %248, %cst_7 : f32
        %250 = arith.divf %245, %cst_6 : f32
        %251 = arith.subf %cst_8, %249 : f32
        %252 = arith.mulf %251, %250 : f32
        %253 = arith.mulf %249, %245 : f32
        %254 = arith.addf %252, %253 : f32
        %255 = arith.cmpf ogt, %246, %cst_9 : f32
        %256 = arith.cmpf olt, %246, %cst_5 : f32
        %257 = arith.select %255, %250, %254 : f32
        %258 = arith.select %256, %245, %257 : f32
        %259 = arith.addi %88, %c1 : index
        %260 = arith.remui %259, %c64 : index
        %261 = arith.index_castui %260 : index to i32
        %262 = arith.uitofp %261 : i32 to f32
        %263 = arith.mulf %262, %cst_11 : f32
        %264 = math.exp2 %263 fastmath<afn> : f32
        %265 = arith.divf %cst_10, %264 : f32
        %266 = arith.divf %cst_9, %265 : f32
        %267 = arith.subf %266, %cst_8 : f32
        %268 = arith.divf %267, %cst_7 : f32
        %269 = arith.divf %264, %cst_6 : f32
        %270 = arith.subf %cst_8, %268 : f32
        %271 = arith.mulf %270, %269 : f32
        %272 = arith.mulf %268, %264 : f32
        %273 = arith.addf %271, %272 : f32
        %274 = arith.cmpf ogt, %265, %cst_9 : f32
        %275 = arith.cmpf olt, %265, %cst_5 : f32
        %276 = arith.select %274, %269, %273 : f32
        %277 = arith.select %275, %264, %276 : f32
        %278 = arith.addi %88, %c2 : index
        %279 = arith.remui %278, %c64 : index
        %280 = arith.index_castui %279 : index to i32
        %281 = arith.uitofp %280 : i32 to f32
        %282 = arith.mulf %281, %cst_11 : f32
        %283 = math.exp2 %282 fastmath<afn> : f32
        %284 = arith.divf %cst_10, %283 : f32
        %285 = arith.divf %cst_9, %284 : f32
        %286 = arith.subf %285, %cst_8 : f32
        %287 = arith.divf %286, %cst_7 : f32
        %288 = arith.divf %283, %cst_6 : f32
        %289 = arith.subf %cst_8, %287 : f32
        %290 = arith.mulf %289, %288 : f32
        %291 = arith.mulf %287, %283 : f32
        %292 = arith.addf %290, %291 : f32
        %293 = arith.cmpf ogt, %284, %cst_9 : f32
        %294 = arith.cmpf olt, %284, %cst_5 : f32
        %295 = arith.select %293, %288, %292 : f32
        %296 = arith.select %294, %283, %295 : f32
        %297 = arith.addi %88, %c3 : index
        %298 = arith.remui %297, %c64 : index
        %299 = arith.index_castui %298 : index to i32
        %300 = arith.uitofp %299 : i32 to f32
        %301 = arith.mulf %300, %cst_11 : f32
        %302 = math.exp2 %301 fastmath<afn> : f32
        %303 = arith.divf %cst_10, %302 : f32
        %304 = arith.divf %cst_9, %303 : f32
        %305 = arith.subf %304, %cst_8 : f32
        %306 = arith.divf %305, %cst_7 : f32
        %307 = arith.divf %302, %cst_6 : f32
        %308 = arith.subf %cst_8, %306 : f32
        %309 = arith.mulf %308, %307 : f32
        %310 = arith.mulf %306, %302 : f32
        %311 = arith.addf %309, %310 : f32
        %312 = arith.cmpf ogt, %303, %cst_9 : f32
        %313 = arith.cmpf olt, %303, %cst_5 : f32
        %314 = arith.select %312, %307, %311 : f32
        %315 = arith.select %313, %302, %314 : f32
        %316 = arith.addi %88, %c4 : index
        %317 = arith.remui %316, %c64 : index
        %318 = arith.index_castui %317 : index to i32
        %319 = arith.uitofp %318 : i32 to f32
        %320 = arith.mulf %319, %cst_11 : f32
        %321 = math.exp2 %320 fastmath<afn> : f32
        %322 = arith.divf %cst_10, %321 : f32
        %323 = arith.divf %cst_9, %322 : f32
        %324 = arith.subf %323, %cst_8 : f32
        %325 = arith.divf %324, %cst_7 : f32
        %326 = arith.divf %321, %cst_6 : f32
        %327 = arith.subf %cst_8, %325 : f32
        %328 = arith.mulf %327, %326 : f32
        %329 = arith.mulf %325, %321 : f32
        %330 = arith.addf %328, %329 : f32
        %331 = arith.cmpf ogt, %322, %cst_9 : f32
        %332 = arith.cmpf olt, %322, %cst_5 : f32
        %333 = arith.select %331, %326, %330 : f32
        %334 = arith.select %332, %321, %333 : f32
        %335 = arith.addi %88, %c5 : index
        %336 = arith.remui %335, %c64 : index
        %337 = arith.index_castui %336 : index to i32
        %338 = arith.uitofp %337 : i32 to f32
        %339 = arith.mulf %338, %cst_11 : f32
        %340 = math.exp2 %339 fastmath<afn> : f32
        %341 = arith.divf %cst_10, %340 : f32
        %342 = arith.divf %cst_9, %341 : f32
        %343 = arith.subf %342, %cst_8 : f32
        %344 = arith.divf %343, %cst_7 : f32
        %345 = arith.divf %340, %cst_6 : f32
        %346 = arith.subf %cst_8, %344 : f32
        %347 = arith.mulf %346, %345 : f32
        %348 = arith.mulf %344, %340 : f32
        %349 = arith.addf %347, %348 : f32
        %350 = arith.cmpf ogt, %341, %cst_9 : f32
        %351 = arith.cmpf olt, %341, %cst_5 : f32
        %352 = arith.select %350, %345, %349 : f32
        %353 = arith.select %351, %340, %352 : f32
        %354 = arith.addi %88, %c6 : index
        %355 = arith.remui %354, %c64 : index
        %356 = arith.index_castui %355 : index to i32
        %357 = arith.uitofp %356 : i32 to f32
        %358 = arith.mulf %357, %cst_11 : f32
        %359 = math.exp2 %358 fastmath<afn> : f32
        %360 = arith.divf %cst_10, %359 : f32
        %361 = arith.divf %cst_9, %360 : f32
        %362 = arith.subf %361, %cst_8 : f32
        %363 = arith.divf %362, %cst_7 : f32
        %364 = arith.divf %359, %cst_6 : f32
        %365 = arith.subf %cst_8, %363 : f32
        %366 = arith.mulf %365, %364 : f32
        %367 = arith.mulf %363, %359 : f32
        %368 = arith.addf %366, %367 : f32
        %369 = arith.cmpf ogt, %360, %cst_9 : f32
        %370 = arith.cmpf olt, %360, %cst_5 : f32
        %371 = arith.select %369, %364, %368 : f32
        %372 = arith.select %370, %359, %371 : f32
        %373 = arith.addi %88, %c7 : index
        %374 = arith.remui %373, %c64 : index
        %375 = arith.index_castui %374 : index to i32
        %376 = arith.uitofp %375 : i32 to f32
        %377 = arith.mulf %376, %cst_11 : f32
        %378 = math.exp2 %377 fastmath<afn> : f32
        %379 = arith.divf %cst_10, %378 : f32
        %380 = arith.divf %cst_9, %379 : f32
        %381 = arith.subf %380, %cst_8 : f32
        %382 = arith.divf %381, %cst_7 : f32
        %383 = arith.divf %378, %cst_6 : f32
        %384 = arith.subf %cst_8, %382 : f32
        %385 = arith.mulf %384, %383 : f32
        %386 = arith.mulf %382, %378 : f32
        %387 = arith.addf %385, %386 : f32
        %388 = arith.cmpf ogt, %379, %cst_9 : f32
        %389 = arith.cmpf olt, %379, %cst_5 : f32
        %390 = arith.select %388, %383, %387 : f32
        %391 = arith.select %389, %378, %390 : f32
        %392 = arith.divui %thread_id_x, %c16 : index
        %393 = arith.addi %58, %392 : index
        %394 = arith.subi %57, %c1 : index
        %395 = arith.minsi %393, %394 : index
        %396 = arith.divui %395, %c4 : index
        %397 = arith.addi %40, %396 : index
        %398 = arith.muli %block_id_x, %c4 : index
        %399 = arith.remui %395, %c4 : index
        %400 = arith.addi %398, %399 : index
        %401 = arith.remui %392, %c8 : index
        %402 = arith.xori %81, %401 : index
        %403 = arith.muli %402, %c8 : index
        %404 = arith.addi %396, %61 : index
        %405 = vector.load %arg0[%397, %400, %82] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %406 = arith.extf %405 : vector<8xbf16> to vector<8xf32>
        %407 = vector.load %arg0[%397, %400, %88] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %408 = arith.extf %407 : vector<8xbf16> to vector<8xf32>
        %409 = arith.index_cast %404 : index to i32
        %410 = arith.sitofp %409 : i32 to f32
        %411 = vector.extract %406[0] : f32 from vector<8xf32>
        %412 = arith.mulf %410, %106 : f32
        %413 = math.cos %412 fastmath<afn> : f32
        %414 = math.sin %412 fastmath<afn> : f32
        %415 = vector.extract %408[0] : f32 from vector<8xf32>
        %416 = arith.subf %cst_4, %414 : f32
        %417 = arith.select %84, %416, %414 : f32
        %418 = arith.mulf %411, %413 : f32
        %419 = arith.mulf %415, %417 : f32
        %420 = arith.addf %418, %419 : f32
        %421 = arith.select %83, %420, %411 : f32
        %422 = vector.extract %406[1] : f32 from vector<8xf32>
        %423 = arith.mulf %410, %125 : f32
        %424 = math.cos %423 fastmath<afn> : f32
        %425 = math.sin %423 fastmath<afn> : f32
        %426 = vector.extract %408[1] : f32 from vector<8xf32>
        %427 = arith.subf %cst_4, %425 : f32
        %428 = arith.select %84, %427, %425 : f32
        %429 = arith.mulf %422, %424 : f32
        %430 = arith.mulf %426, %428 : f32
        %431 = arith.addf %429, %430 : f32
        %432 = arith.select %83, %431, %422 : f32
        %433 = vector.extract %406[2] : f32 from vector<8xf32>
        %434 = arith.mulf %410, %144 : f32
        %435 = math.cos %434 fastmath<afn> : f32
        %436 = math.sin %434 fastmath<afn> : f32
        %437 = vector.extract %408[2] : f32 from vector<8xf32>
        %438 = arith.subf %cst_4, %436 : f32
        %439 = arith.select %84, %438, %436 : f32
        %440 = arith.mulf %433, %435 : f32
        %441 = arith.mulf %437, %439 : f32
        %442 = arith.addf %440, %441 : f32
        %443 = arith.select %83, %442, %433 : f32
        %444 = vector.extract %406[3] : f32 from vector<8xf32>
        %445 = arith.mulf %410, %163 : f32
        %446 = math.cos %445 fastmath<afn> : f32
        %447 = math.sin %445 fastmath<afn> : f32
        %448 = vector.extract %408[3] : f32 from vector<8xf32>
        %449 = arith.subf %cst_4, %447 : f32
        %450 = arith.select %84, %449, %447 : f32
        %451 = arith.mulf %444, %446 : f32
        %452 = arith.mulf %448, %450 : f32
        %453 = arith.addf %451, %452 : f32
        %454 = arith.select %83, %453, %444 : f32
        %455 = vector.extract %406[4] : f32 from vector<8xf32>
        %456 = arith.mulf %410, %182 : f32
        %457 = math.cos %456 fastmath<afn> : f32
        %458 = math.sin %456 fastmath<afn> : f32
        %459 = vector.extract %408[4] : f32 from vector<8xf32>
        %460 = arith.subf %cst_4, %458 : f32
        %461 = arith.select %84, %460, %458 : f32
        %462 = arith.mulf %455, %457 : f32
        %463 = arith.mulf %459, %461 : f32
        %464 = arith.addf %462, %463 : f32
        %465 = arith.select %83, %464, %455 : f32
        %466 = vector.extract %406[5] : f32 from vector<8xf32>
        %467 = arith.mulf %410, %201 : f32
        %468 = math.cos %467 fastmath<afn> : f32
        %469 = math.sin %467 fastmath<afn> : f32
        %470 = vector.extract %408[5] : f32 from vector<8xf32>
        %471 = arith.subf %cst_4, %469 : f32
        %472 = arith.select %84, %471, %469 : f32
        %473 = arith.mulf %466, %468 : f32
        %474 = arith.mulf %470, %472 : f32
        %475 = arith.addf %473, %474 : f32
        %476 = arith.select %83, %475, %466 : f32
        %477 = vector.extract %406[6] : f32 from vector<8xf32>
        %478 = arith.mulf %410, %220 : f32
        %479 = math.cos %478 fastmath<afn> : f32
        %480 = math.sin %478 fastmath<afn> : f32
        %481 = vector.extract %408[6] : f32 from vector<8xf32>
        %482 = arith.subf %cst_4, %480 : f32
        %483 = arith.select %84, %482, %480 : f32
        %484 = arith.mulf %477, %479 : f32
        %485 = arith.mulf %481, %483 : f32
        %486 = arith.addf %484, %485 : f32
        %487 = arith.select %83, %486, %477 : f32
        %488 = vector.extract %406[7] : f32 from vector<8xf32>
        %489 = arith.mulf %410, %239 : f32
        %490 = math.cos %489 fastmath<afn> : f32
        %491 = math.sin %489 fastmath<afn> : f32
        %492 = vector.extract %408[7] : f32 from vector<8xf32>
        %493 = arith.subf %cst_4, %491 : f32
        %494 = arith.select %84, %493, %491 : f32
        %495 = arith.mulf %488, %490 : f32
        %496 = arith.mulf %492, %494 : f32
        %497 = arith.addf %495, %496 : f32
        %498 = arith.select %83, %497, %488 : f32
        %499 = vector.from_elements %421, %432, %443, %454, %465, %476, %487, %498 : vector<8xf32>
        %500 = arith.truncf %499 : vector<8xf32> to vector<8xbf16>
        vector.store %500, %view[%392, %403] {alignment = 16 : i64} : memref<128x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
        %501 = arith.addi %392, %c16 : index
        %502 = arith.addi %58, %501 : index
        %503 = arith.minsi %502, %394 : index
        %504 = arith.divui %503, %c4 : index
        %505 = arith.addi %40, %504 : index
        %506 = arith.remui %503, %c4 : index
        %507 = arith.addi %398, %506 : index
        %508 = arith.remui %501, %c8 : index
        %509 = arith.xori %81, %508 : index
        %510 = arith.muli %509, %c8 : index
        %511 = arith.addi %504, %61 : index
        %512 = vector.load %arg0[%505, %507, %82] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %513 = arith.extf %512 : vector<8xbf16> to vector<8xf32>
        %514 = vector.load %arg0[%505, %507, %88] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %515 = arith.extf %514 : vector<8xbf16> to vector<8xf32>
        %516 = arith.index_cast %511 : index to i32
        %517 = arith.sitofp %516 : i32 to f32
        %518 = vector.extract %513[0] : f32 from vector<8xf32>
        %519 = arith.mulf %517, %106 : f32
        %520 = math.cos %519 fastmath<afn> : f32
        %521 = math.sin %519 fastmath<afn> : f32
        %522 = vector.extract %515[0] : f32 from vector<8xf32>
        %523 = arith.subf %cst_4, %521 : f32
        %524 = arith.select %84, %523, %521 : f32
        %525 = arith.mulf %518, %520 : f32
        %526 = arith.mulf %522, %524 : f32
        %527 = arith.addf %525, %526 : f32
        %528 = arith.select %83, %527, %518 : f32
        %529 = vector.extract %513[1] : f32 from vector<8xf32>
        %530 = arith.mulf %517, %125 : f32
        %531 = math.cos %530 fastmath<afn> : f32
        %532 = math.sin %530 fastmath<afn> : f32
        %533 = vector.extract %515[1] : f32 from vector<8xf32>
        %534 = arith.subf %cst_4, %532 : f32
        %535 = arith.select %84, %534, %532 : f32
        %536 = arith.mulf %529, %531 : f32
        %537 = arith.mulf %533, %535 : f32
        %538 = arith.addf %536, %537 : f32
        %539 = arith.select %83, %538, %529 : f32
        %540 = vector.extract %513[2] : f32 from vector<8xf32>
        %541 = arith.mulf %517, %144 : f32
        %542 = math.cos %541 fastmath<afn> : f32
        %543 = math.sin %541 fastmath<afn> : f32
        %544 = vector.extract %515[2] : f32 from vector<8xf32>
        %545 = arith.subf %cst_4, %543 : f32
        %546 = arith.select %84, %545, %543 : f32
        %547 = arith.mulf %540, %542 : f32
        %548 = arith.mulf %544, %546 : f32
        %549 = arith.addf %547, %548 : f32
        %550 = arith.select %83, %549, %540 : f32
        %551 = vector.extract %513[3] : f32 from vector<8xf32>
        %552 = arith.mulf %517, %163 : f32
        %553 = math.cos %552 fastmath<afn> : f32
        %554 = math.sin %552 fastmath<afn> : f32
        %555 = vector.extract %515[3] : f32 from vector<8xf32>
        %556 = arith.subf %cst_4, %554 : f32
        %557 = arith.select %84, %556, %554 : f32
        %558 = arith.mulf %551, %553 : f32
        %559 = arith.mulf %555, %557 : f32
        %560 = arith.addf %558, %559 : f32
        %561 = arith.select %83, %560, %551 : f32
        %562 = vector.extract %513[4] : f32 from vector<8xf32>
        %563 = arith.mulf %517, %182 : f32
        %564 = math.cos %563 fastmath<afn> : f32
        %565 = math.sin %563 fastmath<afn> : f32
        %566 = vector.extract %515[4] : f32 from vector<8xf32>
        %567 = arith.subf %cst_4, %565 : f32
        %568 = arith.select %84, %567, %565 : f32
        %569 = arith.mulf %562, %564 : f32
        %570 = arith.mulf %566, %568 : f32
        %571 = arith.addf %569, %570 : f32
        %572 = arith.select %83, %571, %562 : f32
        %573 = vector.extract %513[5] : f32 from vector<8xf32>
        %574 = arith.mulf %517, %201 : f32
        %575 = math.cos %574 fastmath<afn> : f32
        %576 = math.sin %574 fastmath<afn> : f32
        %577 = vector.extract %515[5] : f32 from vector<8xf32>
        %578 = arith.subf %cst_4, %576 : f32
        %579 = arith.select %84, %578, %576 : f32
        %580 = arith.mulf %573, %575 : f32
        %581 = arith.mulf %577, %579 : f32
        %582 = arith.addf %580, %581 : f32
        %583 = arith.select %83, %582, %573 : f32
        %584 = vector.extract %513[6] : f32 from vector<8xf32>
        %585 = arith.mulf %517, %220 : f32
        %586 = math.cos %585 fastmath<afn> : f32
        %587 = math.sin %585 fastmath<afn> : f32
        %588 = vector.extract %515[6] : f32 from vector<8xf32>
        %589 = arith.subf %cst_4, %587 : f32
        %590 = arith.select %84, %589, %587 : f32
        %591 = arith.mulf %584, %586 : f32
        %592 = arith.mulf %588, %590 : f32
        %593 = arith.addf %591, %592 : f32
        %594 = arith.select %83, %593, %584 : f32
        %595 = vector.extract %513[7] : f32 from vector<8xf32>
        %596 = arith.mulf %517, %239 : f32
        %597 = math.cos %596 fastmath<afn> : f32
        %598 = math.sin %596 fastmath<afn> : f32
        %599 = vector.extract %515[7] : f32 from vector<8xf32>
        %600 = arith.subf %cst_4, %598 : f32
        %601 = arith.select %84, %600, %598 : f32
        %602 = arith.mulf %595, %597 : f32
        %603 = arith.mulf %599, %601 : f32
        %604 = arith.addf %602, %603 : f32
        %605 = arith.select %83, %604, %595 : f32
        %606 = vector.from_elements %528, %539, %550, %561, %572, %583, %594, %605 : vector<8xf32>
        %607 = arith.truncf %606 : vector<8xf32> to vector<8xbf16>
        vector.store %607, %view[%501, %510] {alignment = 16 : i64} : memref<128x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
        %608 = arith.addi %392, %c32 : index
        %609 = arith.addi %58, %608 : index
        %610 = arith.minsi %609, %394 : index
        %611 = arith.divui %610, %c4 : index
        %612 = arith.addi %40, %611 : index
        %613 = arith.remui %610, %c4 : index
        %614 = arith.addi %398, %613 : index
        %615 = arith.remui %608, %c8 : index
        %616 = arith.xori %81, %615 : index
        %617 = arith.muli %616, %c8 : index
        %618 = arith.addi %611, %61 : index
        %619 = vector.load %arg0[%612, %614, %82] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %620 = arith.extf %619 : vector<8xbf16> to vector<8xf32>
        %621 = vector.load %arg0[%612, %614, %88] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %622 = arith.extf %621 : vector<8xbf16> to vector<8xf32>
        %623 = arith.index_cast %618 : index to i32
        %624 = arith.sitofp %623 : i32 to f32
        %625 = vector.extract %620[0] : f32 from vector<8xf32>
        %626 = arith.mulf %624, %106 : f32
        %627 = math.cos %626 fastmath<afn> : f32
        %628 = math.sin %626 fastmath<afn> : f32
        %629 = vector.extract %622[0] : f32 from vector<8xf32>
        %630 = arith.subf %cst_4, %628 : f32
        %631 = arith.select %84, %630, %628 : f32
        %632 = arith.mulf %625, %627 : f32
        %633 = arith.mulf %629, %631 : f32
        %634 = arith.addf %632, %633 : f32
        %635 = arith.select %83, %634, %625 : f32
        %636 = vector.extract %620[1] : f32 from vector<8xf32>
        %637 = arith.mulf %624, %125 : f32
        %638 = math.cos %637 fastmath<afn> : f32
        %639 = math.sin %637 fastmath<afn> : f32
        %640 = vector.extract %622[1] : f32 from vector<8xf32>
        %641 = arith.subf %cst_4, %639 : f32
        %642 = arith.select %84, %641, %639 : f32
        %643 = arith.mulf %636, %638 : f32
        %644 = arith.mulf %640, %642 : f32
        %645 = arith.addf %643, %644 : f32
        %646 = arith.select %83, %645, %636 : f32
        %647 = vector.extract %620[2] : f32 from vector<8xf32>
        %648 = arith.mulf %624, %144 : f32
        %649 = math.cos %648 fastmath<afn> : f32
        %650 = math.sin %648 fastmath<afn> : f32
        %651 = vector.extract %622[2] : f32 from vector<8xf32>
        %652 = arith.subf %cst_4, %650 : f32
        %653 = arith.select %84, %652, %650 : f32
        %654 = arith.mulf %647, %649 : f32
        %655 = arith.mulf %651, %653 : f32
        %656 = arith.addf %654, %655 : f32
        %657 = arith.select %83, %656, %647 : f32
        %658 = vector.extract %620[3] : f32 from vector<8xf32>
        %659 = arith.mulf %624, %163 : f32
        %660 = math.cos %659 fastmath<afn> : f32
        %661 = math.sin %659 fastmath<afn> : f32
        %662 = vector.extract %622[3] : f32 from vector<8xf32>
        %663 = arith.subf %cst_4, %661 : f32
        %664 = arith.select %84, %663, %661 : f32
        %665 = arith.mulf %658, %660 : f32
        %666 = arith.mulf %662, %664 : f32
        %667 = arith.addf %665, %666 : f32
        %668 = arith.select %83, %667, %658 : f32
        %669 = vector.extract %620[4] : f32 from vector<8xf32>
        %670 = arith.mulf %624, %182 : f32
        %671 = math.cos %670 fastmath<afn> : f32
        %672 = math.sin %670 fastmath<afn> : f32
        %673 = vector.extract %622[4] : f32 from vector<8xf32>
        %674 = arith.subf %cst_4, %672 : f32
        %675 = arith.select %84, %674, %672 : f32
        %676 = arith.mulf %669, %671 : f32
        %677 = arith.mulf %673, %675 : f32
        %678 = arith.addf %676, %677 : f32
        %679 = arith.select %83, %678, %669 : f32
        %680 = vector.extract %620[5] : f32 from vector<8xf32>
        %681 = arith.mulf %624, %201 : f32
        %682 = math.cos %681 fastmath<afn> : f32
        %683 = math.sin %681 fastmath<afn> : f32
        %684 = vector.extract %622[5] : f32 from vector<8xf32>
        %685 = arith.subf %cst_4, %683 : f32
        %686 = arith.select %84, %685, %683 : f32
        %687 = arith.mulf %680, %682 : f32
        %688 = arith.mulf %684, %686 : f32
        %689 = arith.addf %687, %688 : f32
        %690 = arith.select %83, %689, %680 : f32
        %691 = vector.extract %620[6] : f32 from vector<8xf32>
        %692 = arith.mulf %624, %220 : f32
        %693 = math.cos %692 fastmath<afn> : f32
        %694 = math.sin %692 fastmath<afn> : f32
        %695 = vector.extract %622[6] : f32 from vector<8xf32>
        %696 = arith.subf %cst_4, %694 : f32
        %697 = arith.select %84, %696, %694 : f32
        %698 = arith.mulf %691, %693 : f32
        %699 = arith.mulf %695, %697 : f32
        %700 = arith.addf %698, %699 : f32
        %701 = arith.select %83, %700, %691 : f32
        %702 = vector.extract %620[7] : f32 from vector<8xf32>
        %703 = arith.mulf %624, %239 : f32
        %704 = math.cos %703 fastmath<afn> : f32
        %705 = math.sin %703 fastmath<afn> : f32
        %706 = vector.extract %622[7] : f32 from vector<8xf32>
        %707 = arith.subf %cst_4, %705 : f32
        %708 = arith.select %84, %707, %705 : f32
        %709 = arith.mulf %702, %704 : f32
        %710 = arith.mulf %706, %708 : f32
        %711 = arith.addf %709, %710 : f32
        %712 = arith.select %83, %711, %702 : f32
        %713 = vector.from_elements %635, %646, %657, %668, %679, %690, %701, %712 : vector<8xf32>
        %714 = arith.truncf %713 : vector<8xf32> to vector<8xbf16>
        vector.store %714, %view[%608, %617] {alignment = 16 : i64} : memref<128x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
        %715 = arith.addi %392, %c48 : index
        %716 = arith.addi %58, %715 : index
        %717 = arith.minsi %716, %394 : index
        %718 = arith.divui %717, %c4 : index
        %719 = arith.addi %40, %718 : index
        %720 = arith.remui %717, %c4 : index
        %721 = arith.addi %398, %720 : index
        %722 = arith.remui %715, %c8 : index
        %723 = arith.xori %81, %722 : index
        %724 = arith.muli %723, %c8 : index
        %725 = arith.addi %718, %61 : index
        %726 = vector.load %arg0[%719, %721, %82] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %727 = arith.extf %726 : vector<8xbf16> to vector<8xf32>
        %728 = vector.load %arg0[%719, %721, %88] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %729 = arith.extf %728 : vector<8xbf16> to vector<8xf32>
        %730 = arith.index_cast %725 : index to i32
        %731 = arith.sitofp %730 : i32 to f32
        %732 = vector.extract %727[0] : f32 from vector<8xf32>
        %733 = arith.mulf %731, %106 : f32
        %734 = math.cos %733 fastmath<afn> : f32
        %735 = math.sin %733 fastmath<afn> : f32
        %736 = vector.extract %729[0] : f32 from vector<8xf32>
        %737 = arith.subf %cst_4, %735 : f32
        %738 = arith.select %84, %737, %735 : f32
        %739 = arith.mulf %732, %734 : f32
        %740 = arith.mulf %736, %738 : f32
        %741 = arith.addf %739, %740 : f32
        %742 = arith.select %83, %741, %732 : f32
        %743 = vector.extract %727[1] : f32 from vector<8xf32>
        %744 = arith.mulf %731, %125 : f32
        %745 = math.cos %744 fastmath<afn> : f32
        %746 = math.sin %744 fastmath<afn> : f32
        %747 = vector.extract %729[1] : f32 from vector<8xf32>
        %748 = arith.subf %cst_4, %746 : f32
        %749 = arith.select %84, %748, %746 : f32
        %750 = arith.mulf %743, %745 : f32
        %751 = arith.mulf %747, %749 : f32
        %752 = arith.addf %750, %751 : f32
        %753 = arith.select %83, %752, %743 : f32
        %754 = vector.extract %727[2] : f32 from vector<8xf32>
        %755 = arith.mulf %731, %144 : f32
        %756 = math.cos %755 fastmath<afn> : f32
        %757 = math.sin %755 fastmath<afn> : f32
        %758 = vector.extract %729[2] : f32 from vector<8xf32>
        %759 = arith.subf %cst_4, %757 : f32
        %760 = arith.select %84, %759, %757 : f32
        %761 = arith.mulf %754, %756 : f32
        %762 = arith.mulf %758, %760 : f32
        %763 = arith.addf %761, %762 : f32
        %764 = arith.select %83, %763, %754 : f32
        %765 = vector.extract %727[3] : f32 from vector<8xf32>
        %766 = arith.mulf %731, %163 : f32
        %767 = math.cos %766 fastmath<afn> : f32
        %768 = math.sin %766 fastmath<afn> : f32
        %769 = vector.extract %729[3] : f32 from vector<8xf32>
        %770 = arith.subf %cst_4, %768 : f32
        %771 = arith.select %84, %770, %768 : f32
        %772 = arith.mulf %765, %767 : f32
        %773 = arith.mulf %769, %771 : f32
        %774 = arith.addf %772, %773 : f32
        %775 = arith.select %83, %774, %765 : f32
        %776 = vector.extract %727[4] : f32 from vector<8xf32>
        %777 = arith.mulf %731, %182 : f32
        %778 = math.cos %777 fastmath<afn> : f32
        %779 = math.sin %777 fastmath<afn> : f32
        %780 = vector.extract %729[4] : f32 from vector<8xf32>
        %781 = arith.subf %cst_4, %779 : f32
        %782 = arith.select %84, %781, %779 : f32
        %783 = arith.mulf %776, %778 : f32
        %784 = arith.mulf %780, %782 : f32
        %785 = arith.addf %783, %784 : f32
        %786 = arith.select %83, %785, %776 : f32
        %787 = vector.extract %727[5] : f32 from vector<8xf32>
        %788 = arith.mulf %731, %201 : f32
        %789 = math.cos %788 fastmath<afn> : f32
        %790 = math.sin %788 fastmath<afn> : f32
        %791 = vector.extract %729[5] : f32 from vector<8xf32>
        %792 = arith.subf %cst_4, %790 : f32
        %793 = arith.select %84, %792, %790 : f32
        %794 = arith.mulf %787, %789 : f32
        %795 = arith.mulf %791, %793 : f32
        %796 = arith.addf %794, %795 : f32
        %797 = arith.select %83, %796, %787 : f32
        %798 = vector.extract %727[6] : f32 from vector<8xf32>
        %799 = arith.mulf %731, %220 : f32
        %800 = math.cos %799 fastmath<afn> : f32
        %801 = math.sin %799 fastmath<afn> : f32
        %802 = vector.extract %729[6] : f32 from vector<8xf32>
        %803 = arith.subf %cst_4, %801 : f32
        %804 = arith.select %84, %803, %801 : f32
        %805 = arith.mulf %798, %800 : f32
        %806 = arith.mulf %802, %804 : f32
        %807 = arith.addf %805, %806 : f32
        %808 = arith.select %83, %807, %798 : f32
        %809 = vector.extract %727[7] : f32 from vector<8xf32>
        %810 = arith.mulf %731, %239 : f32
        %811 = math.cos %810 fastmath<afn> : f32
        %812 = math.sin %810 fastmath<afn> : f32
        %813 = vector.extract %729[7] : f32 from vector<8xf32>
        %814 = arith.subf %cst_4, %812 : f32
        %815 = arith.select %84, %814, %812 : f32
        %816 = arith.mulf %809, %811 : f32
        %817 = arith.mulf %813, %815 : f32
        %818 = arith.addf %816, %817 : f32
        %819 = arith.select %83, %818, %809 : f32
        %820 = vector.from_elements %742, %753, %764, %775, %786, %797, %808, %819 : vector<8xf32>
        %821 = arith.truncf %820 : vector<8xf32> to vector<8xbf16>
        vector.store %821, %view[%715, %724] {alignment = 16 : i64} : memref<128x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
        %822 = arith.addi %392, %c64 : index
        %823 = arith.addi %58, %822 : index
        %824 = arith.minsi %823, %394 : index
        %825 = arith.divui %824, %c4 : index
        %826 = arith.addi %40, %825 : index
        %827 = arith.remui %824, %c4 : index
        %828 = arith.addi %398, %827 : index
        %829 = arith.remui %822, %c8 : index
        %830 = arith.xori %81, %829 : index
        %831 = arith.muli %830, %c8 : index
        %832 = arith.addi %825, %61 : index
        %833 = vector.load %arg0[%826, %828, %82] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %834 = arith.extf %833 : vector<8xbf16> to vector<8xf32>
        %835 = vector.load %arg0[%826, %828, %88] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %836 = arith.extf %835 : vector<8xbf16> to vector<8xf32>
        %837 = arith.index_cast %832 : index to i32
        %838 = arith.sitofp %837 : i32 to f32
        %839 = vector.extract %834[0] : f32 from vector<8xf32>
        %840 = arith.mulf %838, %106 : f32
        %841 = math.cos %840 fastmath<afn> : f32
        %842 = math.sin %840 fastmath<afn> : f32
        %843 = vector.extract %836[0] : f32 from vector<8xf32>
        %844 = arith.subf %cst_4, %842 : f32
        %845 = arith.select %84, %844, %842 : f32
        %846 = arith.mulf %839, %841 : f32
        %847 = arith.mulf %843, %845 : f32
        %848 = arith.addf %846, %847 : f32
        %849 = arith.select %83, %848, %839 : f32
        %850 = vector.extract %834[1] : f32 from vector<8xf32>
        %851 = arith.mulf %838, %125 : f32
        %852 = math.cos %851 fastmath<afn> : f32
        %853 = math.sin %851 fastmath<afn> : f32
        %854 = vector.extract %836[1] : f32 from vector<8xf32>
        %855 = arith.subf %cst_4, %853 : f32
        %856 = arith.select %84, %855, %853 : f32
        %857 = arith.mulf %850, %852 : f32
        %858 = arith.mulf %854, %856 : f32
        %859 = arith.addf %857, %858 : f32
        %860 = arith.select %83, %859, %850 : f32
        %861 = vector.extract %834[2] : f32 from vector<8xf32>
        %862 = arith.mulf %838, %144 : f32
        %863 = math.cos %862 fastmath<afn> : f32
        %864 = math.sin %862 fastmath<afn> : f32
        %865 = vector.extract %836[2] : f32 from vector<8xf32>
        %866 = arith.subf %cst_4, %864 : f32
        %867 = arith.select %84, %866, %864 : f32
        %868 = arith.mulf %861, %863 : f32
        %869 = arith.mulf %865, %867 : f32
        %870 = arith.addf %868, %869 : f32
        %871 = arith.select %83, %870, %861 : f32
        %872 = vector.extract %834[3] : f32 from vector<8xf32>
        %873 = arith.mulf %838, %163 : f32
        %874 = math.cos %873 fastmath<afn> : f32
        %875 = math.sin %873 fastmath<afn> : f32
        %876 = vector.extract %836[3] : f32 from vector<8xf32>
        %877 = arith.subf %cst_4, %875 : f32
        %878 = arith.select %84, %877, %875 : f32
        %879 = arith.mulf %872, %874 : f32
        %880 = arith.mulf %876, %878 : f32
        %881 = arith.addf %879, %880 : f32
        %882 = arith.select %83, %881, %872 : f32
        %883 = vector.extract %834[4] : f32 from vector<8xf32>
        %884 = arith.mulf %838, %182 : f32
        %885 = math.cos %884 fastmath<afn> : f32
        %886 = math.sin %884 fastmath<afn> : f32
        %887 = vector.extract %836[4] : f32 from vector<8xf32>
        %888 = arith.subf %cst_4, %886 : f32
        %889 = arith.select %84, %888, %886 : f32
        %890 = arith.mulf %883, %885 : f32
        %891 = arith.mulf %887, %889 : f32
        %892 = arith.addf %890, %891 : f32
        %893 = arith.select %83, %892, %883 : f32
        %894 = vector.extract %834[5] : f32 from vector<8xf32>
        %895 = arith.mulf %838, %201 : f32
        %896 = math.cos %895 fastmath<afn> : f32
        %897 = math.sin %895 fastmath<afn> : f32
        %898 = vector.extract %836[5] : f32 from vector<8xf32>
        %899 = arith.subf %cst_4, %897 : f32
        %900 = arith.select %84, %899, %897 : f32
        %901 = arith.mulf %894, %896 : f32
        %902 = arith.mulf %898, %900 : f32
        %903 = arith.addf %901, %902 : f32
        %904 = arith.select %83, %903, %894 : f32
        %905 = vector.extract %834[6] : f32 from vector<8xf32>
        %906 = arith.mulf %838, %220 : f32
        %907 = math.cos %906 fastmath<afn> : f32
        %908 = math.sin %906 fastmath<afn> : f32
        %909 = vector.extract %836[6] : f32 from vector<8xf32>
        %910 = arith.subf %cst_4, %908 : f32
        %911 = arith.select %84, %910, %908 : f32
        %912 = arith.mulf %905, %907 : f32
        %913 = arith.mulf %909, %911 : f32
        %914 = arith.addf %912, %913 : f32
        %915 = arith.select %83, %914, %905 : f32
        %916 = vector.extract %834[7] : f32 from vector<8xf32>
        %917 = arith.mulf %838, %239 : f32
        %918 = math.cos %917 fastmath<afn> : f32
        %919 = math.sin %917 fastmath<afn> : f32
        %920 = vector.extract %836[7] : f32 from vector<8xf32>
        %921 = arith.subf %cst_4, %919 : f32
        %922 = arith.select %84, %921, %919 : f32
        %923 = arith.mulf %916, %918 : f32
        %924 = arith.mulf %920, %922 : f32
        %925 = arith.addf %923, %924 : f32
        %926 = arith.select %83, %925, %916 : f32
        %927 = vector.from_elements %849, %860, %871, %882, %893, %904, %915, %926 : vector<8xf32>
        %928 = arith.truncf %927 : vector<8xf32> to vector<8xbf16>
        vector.store %928, %view[%822, %831] {alignment = 16 : i64} : memref<128x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
        %929 = arith.addi %392, %c80 : index
        %930 = arith.addi %58, %929 : index
        %931 = arith.minsi %930, %394 : index
        %932 = arith.divui %931, %c4 : index
        %933 = arith.addi %40, %932 : index
        %934 = arith.remui %931, %c4 : index
        %935 = arith.addi %398, %934 : index
        %936 = arith.remui %929, %c8 : index
        %937 = arith.xori %81, %936 : index
        %938 = arith.muli %937, %c8 : index
        %939 = arith.addi %932, %61 : index
        %940 = vector.load %arg0[%933, %935, %82] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %941 = arith.extf %940 : vector<8xbf16> to vector<8xf32>
        %942 = vector.load %arg0[%933, %935, %88] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %943 = arith.extf %942 : vector<8xbf16> to vector<8xf32>
        %944 = arith.index_cast %939 : index to i32
        %945 = arith.sitofp %944 : i32 to f32
        %946 = vector.extract %941[0] : f32 from vector<8xf32>
        %947 = arith.mulf %945, %106 : f32
        %948 = math.cos %947 fastmath<afn> : f32
        %949 = math.sin %947 fastmath<afn> : f32
        %950 = vector.extract %943[0] : f32 from vector<8xf32>
        %951 = arith.subf %cst_4, %949 : f32
        %952 = arith.select %84, %951, %949 : f32
        %953 = arith.mulf %946, %948 : f32
        %954 = arith.mulf %950, %952 : f32
        %955 = arith.addf %953, %954 : f32
        %956 = arith.select %83, %955, %946 : f32
        %957 = vector.extract %941[1] : f32 from vector<8xf32>
        %958 = arith.mulf %945, %125 : f32
        %959 = math.cos %958 fastmath<afn> : f32
        %960 = math.sin %958 fastmath<afn> : f32
        %961 = vector.extract %943[1] : f32 from vector<8xf32>
        %962 = arith.subf %cst_4, %960 : f32
        %963 = arith.select %84, %962, %960 : f32
        %964 = arith.mulf %957, %959 : f32
        %965 = arith.mulf %961, %963 : f32
        %966 = arith.addf %964, %965 : f32
        %967 = arith.select %83, %966, %957 : f32
        %968 = vector.extract %941[2] : f32 from vector<8xf32>
        %969 = arith.mulf %945, %144 : f32
        %970 = math.cos %969 fastmath<afn> : f32
        %971 = math.sin %969 fastmath<afn> : f32
        %972 = vector.extract %943[2] : f32 from vector<8xf32>
        %973 = arith.subf %cst_4, %971 : f32
        %974 = arith.select %84, %973, %971 : f32
        %975 = arith.mulf %968, %970 : f32
        %976 = arith.mulf %972, %974 : f32
        %977 = arith.addf %975, %976 : f32
        %978 = arith.select %83, %977, %968 : f32
        %979 = vector.extract %941[3] : f32 from vector<8xf32>
        %980 = arith.mulf %945, %163 : f32
        %981 = math.cos %980 fastmath<afn> : f32
        %982 = math.sin %980 fastmath<afn> : f32
        %983 = vector.extract %943[3] : f32 from vector<8xf32>
        %984 = arith.subf %cst_4, %982 : f32
        %985 = arith.select %84, %984, %982 : f32
        %986 = arith.mulf %979, %981 : f32
        %987 = arith.mulf %983, %985 : f32
        %988 = arith.addf %986, %987 : f32
        %989 = arith.select %83, %988, %979 : f32
        %990 = vector.extract %941[4] : f32 from vector<8xf32>
        %991 = arith.mulf %945, %182 : f32
        %992 = math.cos %991 fastmath<afn> : f32
        %993 = math.sin %991 fastmath<afn> : f32
        %994 = vector.extract %943[4] : f32 from vector<8xf32>
        %995 = arith.subf %cst_4, %993 : f32
        %996 = arith.select %84, %995, %993 : f32
        %997 = arith.mulf %990, %992 : f32
        %998 = arith.mulf %994, %996 : f32
        %999 = arith.addf %997, %998 : f32
        %1000 = arith.select %83, %999, %990 : f32
        %1001 = vector.extract %941[5] : f32 from vector<8xf32>
        %1002 = arith.mulf %945, %201 : f32
        %1003 = math.cos %1002 fastmath<afn> : f32
        %1004 = math.sin %1002 fastmath<afn> : f32
        %1005 = vector.extract %943[5] : f32 from vector<8xf32>
        %1006 = arith.subf %cst_4, %1004 : f32
        %1007 = arith.select %84, %1006, %1004 : f32
        %1008 = arith.mulf %1001, %1003 : f32
        %1009 = arith.mulf %1005, %1007 : f32
        %1010 = arith.addf %1008, %1009 : f32
        %1011 = arith.select %83, %1010, %1001 : f32
        %1012 = vector.extract %941[6] : f32 from vector<8xf32>
        %1013 = arith.mulf %945, %220 : f32
        %1014 = math.cos %1013 fastmath<afn> : f32
        %1015 = math.sin %1013 fastmath<afn> : f32
        %1016 = vector.extract %943[6] : f32 from vector<8xf32>
        %1017 = arith.subf %cst_4, %1015 : f32
        %1018 = arith.select %84, %1017, %1015 : f32
        %1019 = arith.mulf %1012, %1014 : f32
        %1020 = arith.mulf %1016, %1018 : f32
        %1021 = arith.addf %1019, %1020 : f32
        %1022 = arith.select %83, %1021, %1012 : f32
        %1023 = vector.extract %941[7] : f32 from vector<8xf32>
        %1024 = arith.mulf %945, %239 : f32
        %1025 = math.cos %1024 fastmath<afn> : f32
        %1026 = math.sin %1024 fastmath<afn> : f32
        %1027 = vector.extract %943[7] : f32 from vector<8xf32>
        %1028 = arith.subf %cst_4, %1026 : f32
        %1029 = arith.select %84, %1028, %1026 : f32
        %1030 = arith.mulf %1023, %1025 : f32
        %1031 = arith.mulf %1027, %1029 : f32
        %1032 = arith.addf %1030, %1031 : f32
        %1033 = arith.select %83, %1032, %1023 : f32
        %1034 = vector.from_elements %956, %967, %978, %989, %1000, %1011, %1022, %1033 : vector<8xf32>
        %1035 = arith.truncf %1034 : vector<8xf32> to vector<8xbf16>
        vector.store %1035, %view[%929, %938] {alignment = 16 : i64} : memref<128x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
        %1036 = arith.addi %392, %c96 : index
        %1037 = arith.addi %58, %1036 : index
        %1038 = arith.minsi %1037, %394 : index
        %1039 = arith.divui %1038, %c4 : index
        %1040 = arith.addi %40, %1039 : index
        %1041 = arith.remui %1038, %c4 : index
        %1042 = arith.addi %398, %1041 : index
        %1043 = arith.remui %1036, %c8 : index
        %1044 = arith.xori %81, %1043 : index
        %1045 = arith.muli %1044, %c8 : index
        %1046 = arith.addi %1039, %61 : index
        %1047 = vector.load %arg0[%1040, %1042, %82] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %1048 = arith.extf %1047 : vector<8xbf16> to vector<8xf32>
        %1049 = vector.load %arg0[%1040, %1042, %88] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %1050 = arith.extf %1049 : vector<8xbf16> to vector<8xf32>
        %1051 = arith.index_cast %1046 : index to i32
        %1052 = arith.sitofp %1051 : i32 to f32
        %1053 = vector.extract %1048[0] : f32 from vector<8xf32>
        %1054 = arith.mulf %1052, %106 : f32
        %1055 = math.cos %1054 fastmath<afn> : f32
        %1056 = math.sin %1054 fastmath<afn> : f32
        %1057 = vector.extract %1050[0] : f32 from vector<8xf32>
        %1058 = arith.subf %cst_4, %1056 : f32
        %1059 = arith.select %84, %1058, %1056 : f32
        %1060 = arith.mulf %1053, %1055 : f32
        %1061 = arith.mulf %1057, %1059 : f32
        %1062 = arith.addf %1060, %1061 : f32
        %1063 = arith.select %83, %1062, %1053 : f32
        %1064 = vector.extract %1048[1] : f32 from vector<8xf32>
        %1065 = arith.mulf %1052, %125 : f32
        %1066 = math.cos %1065 fastmath<afn> : f32
        %1067 = math.sin %1065 fastmath<afn> : f32
        %1068 = vector.extract %1050[1] : f32 from vector<8xf32>
        %1069 = arith.subf %cst_4, %1067 : f32
        %1070 = arith.select %84, %1069, %1067 : f32
        %1071 = arith.mulf %1064, %1066 : f32
        %1072 = arith.mulf %1068, %1070 : f32
        %1073 = arith.addf %1071, %1072 : f32
        %1074 = arith.select %83, %1073, %1064 : f32
        %1075 = vector.extract %1048[2] : f32 from vector<8xf32>
        %1076 = arith.mulf %1052, %144 : f32
        %1077 = math.cos %1076 fastmath<afn> : f32
        %1078 = math.sin %1076 fastmath<afn> : f32
        %1079 = vector.extract %1050[2] : f32 from vector<8xf32>
        %1080 = arith.subf %cst_4, %1078 : f32
        %1081 = arith.select %84, %1080, %1078 : f32
        %1082 = arith.mulf %1075, %1077 : f32
        %1083 = arith.mulf %1079, %1081 : f32
        %1084 = arith.addf %1082, %1083 : f32
        %1085 = arith.select %83, %1084, %1075 : f32
        %1086 = vector.extract %1048[3] : f32 from vector<8xf32>
        %1087 = arith.mulf %1052, %163 : f32
        %1088 = math.cos %1087 fastmath<afn> : f32
        %1089 = math.sin %1087 fastmath<afn> : f32
        %1090 = vector.extract %1050[3] : f32 from vector<8xf32>
        %1091 = arith.subf %cst_4, %1089 : f32
        %1092 = arith.select %84, %1091, %1089 : f32
        %1093 = arith.mulf %1086, %1088 : f32
        %1094 = arith.mulf %1090, %1092 : f32
        %1095 = arith.addf %1093, %1094 : f32
        %1096 = arith.select %83, %1095, %1086 : f32
        %1097 = vector.extract %1048[4] : f32 from vector<8xf32>
        %1098 = arith.mulf %1052, %182 : f32
        %1099 = math.cos %1098 fastmath<afn> : f32
        %1100 = math.sin %1098 fastmath<afn> : f32
        %1101 = vector.extract %1050[4] : f32 from vector<8xf32>
        %1102 = arith.subf %cst_4, %1100 : f32
        %1103 = arith.select %84, %1102, %1100 : f32
        %1104 = arith.mulf %1097, %1099 : f32
        %1105 = arith.mulf %1101, %1103 : f32
        %1106 = arith.addf %1104, %1105 : f32
        %1107 = arith.select %83, %1106, %1097 : f32
        %1108 = vector.extract %1048[5] : f32 from vector<8xf32>
        %1109 = arith.mulf %1052, %201 : f32
        %1110 = math.cos %1109 fastmath<afn> : f32
        %1111 = math.sin %1109 fastmath<afn> : f32
        %1112 = vector.extract %1050[5] : f32 from vector<8xf32>
        %1113 = arith.subf %cst_4, %1111 : f32
        %1114 = arith.select %84, %1113, %1111 : f32
        %1115 = arith.mulf %1108, %1110 : f32
        %1116 = arith.mulf %1112, %1114 : f32
        %1117 = arith.addf %1115, %1116 : f32
        %1118 = arith.select %83, %1117, %1108 : f32
        %1119 = vector.extract %1048[6] : f32 from vector<8xf32>
        %1120 = arith.mulf %1052, %220 : f32
        %1121 = math.cos %1120 fastmath<afn> : f32
        %1122 = math.sin %1120 fastmath<afn> : f32
        %1123 = vector.extract %1050[6] : f32 from vector<8xf32>
        %1124 = arith.subf %cst_4, %1122 : f32
        %1125 = arith.select %84, %1124, %1122 : f32
        %1126 = arith.mulf %1119, %1121 : f32
        %1127 = arith.mulf %1123, %1125 : f32
        %1128 = arith.addf %1126, %1127 : f32
        %1129 = arith.select %83, %1128, %1119 : f32
        %1130 = vector.extract %1048[7] : f32 from vector<8xf32>
        %1131 = arith.mulf %1052, %239 : f32
        %1132 = math.cos %1131 fastmath<afn> : f32
        %1133 = math.sin %1131 fastmath<afn> : f32
        %1134 = vector.extract %1050[7] : f32 from vector<8xf32>
        %1135 = arith.subf %cst_4, %1133 : f32
        %1136 = arith.select %84, %1135, %1133 : f32
        %1137 = arith.mulf %1130, %1132 : f32
        %1138 = arith.mulf %1134, %1136 : f32
        %1139 = arith.addf %1137, %1138 : f32
        %1140 = arith.select %83, %1139, %1130 : f32
        %1141 = vector.from_elements %1063, %1074, %1085, %1096, %1107, %1118, %1129, %1140 : vector<8xf32>
        %1142 = arith.truncf %1141 : vector<8xf32> to vector<8xbf16>
        vector.store %1142, %view[%1036, %1045] {alignment = 16 : i64} : memref<128x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
        %1143 = arith.addi %392, %c112 : index
        %1144 = arith.addi %58, %1143 : index
        %1145 = arith.minsi %1144, %394 : index
        %1146 = arith.divui %1145, %c4 : index
        %1147 = arith.addi %40, %1146 : index
        %1148 = arith.remui %1145, %c4 : index
        %1149 = arith.addi %398, %1148 : index
        %1150 = arith.remui %1143, %c8 : index
        %1151 = arith.xori %81, %1150 : index
        %1152 = arith.muli %1151, %c8 : index
        %1153 = arith.addi %1146, %61 : index
        %1154 = vector.load %arg0[%1147, %1149, %82] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %1155 = arith.extf %1154 : vector<8xbf16> to vector<8xf32>
        %1156 = vector.load %arg0[%1147, %1149, %88] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %1157 = arith.extf %1156 : vector<8xbf16> to vector<8xf32>
        %1158 = arith.index_cast %1153 : index to i32
        %1159 = arith.sitofp %1158 : i32 to f32
        %1160 = vector.extract %1155[0] : f32 from vector<8xf32>
        %1161 = arith.mulf %1159, %106 : f32
        %1162 = math.cos %1161 fastmath<afn> : f32
        %1163 = math.sin %1161 fastmath<afn> : f32
        %1164 = vector.extract %1157[0] : f32 from vector<8xf32>
        %1165 = arith.subf %cst_4, %1163 : f32
        %1166 = arith.select %84, %1165, %1163 : f32
        %1167 = arith.mulf %1160, %1162 : f32
        %1168 = arith.mulf %1164, %1166 : f32
        %1169 = arith.addf %1167, %1168 : f32
        %1170 = arith.select %83, %1169, %1160 : f32
        %1171 = vector.extract %1155[1] : f32 from vector<8xf32>
        %1172 = arith.mulf %1159, %125 : f32
        %1173 = math.cos %1172 fastmath<afn> : f32
        %1174 = math.sin %1172 fastmath<afn> : f32
        %1175 = vector.extract %1157[1] : f32 from vector<8xf32>
        %1176 = arith.subf %cst_4, %1174 : f32
        %1177 = arith.select %84, %1176, %1174 : f32
        %1178 = arith.mulf %1171, %1173 : f32
        %1179 = arith.mulf %1175, %1177 : f32
        %1180 = arith.addf %1178, %1179 : f32
        %1181 = arith.select %83, %1180, %1171 : f32
        %1182 = vector.extract %1155[2] : f32 from vector<8xf32>
        %1183 = arith.mulf %1159, %144 : f32
        %1184 = math.cos %1183 fastmath<afn> : f32
        %1185 = math.sin %1183 fastmath<afn> : f32
        %1186 = vector.extract %1157[2] : f32 from vector<8xf32>
        %1187 = arith.subf %cst_4, %1185 : f32
        %1188 = arith.select %84, %1187, %1185 : f32
        %1189 = arith.mulf %1182, %1184 : f32
        %1190 = arith.mulf %1186, %1188 : f32
        %1191 = arith.addf %1189, %1190 : f32
        %1192 = arith.select %83, %1191, %1182 : f32
        %1193 = vector.extract %1155[3] : f32 from vector<8xf32>
        %1194 = arith.mulf %1159, %163 : f32
        %1195 = math.cos %1194 fastmath<afn> : f32
        %1196 = math.sin %1194 fastmath<afn> : f32
        %1197 = vector.extract %1157[3] : f32 from vector<8xf32>
        %1198 = arith.subf %cst_4, %1196 : f32
        %1199 = arith.select %84, %1198, %1196 : f32
        %1200 = arith.mulf %1193, %1195 : f32
        %1201 = arith.mulf %1197, %1199 : f32
        %1202 = arith.addf %1200, %1201 : f32
        %1203 = arith.select %83, %1202, %1193 : f32
        %1204 = vector.extract %1155[4] : f32 from vector<8xf32>
        %1205 = arith.mulf %1159, %182 : f32
        %1206 = math.cos %1205 fastmath<afn> : f32
        %1207 = math.sin %1205 fastmath<afn> : f32
        %1208 = vector.extract %1157[4] : f32 from vector<8xf32>
        %1209 = arith.subf %cst_4, %1207 : f32
        %1210 = arith.select %84, %1209, %1207 : f32
        %1211 = arith.mulf %1204, %1206 : f32
        %1212 = arith.mulf %1208, %1210 : f32
        %1213 = arith.addf %1211, %1212 : f32
        %1214 = arith.select %83, %1213, %1204 : f32
        %1215 = vector.extract %1155[5] : f32 from vector<8xf32>
        %1216 = arith.mulf %1159, %201 : f32
        %1217 = math.cos %1216 fastmath<afn> : f32
        %1218 = math.sin %1216 fastmath<afn> : f32
        %1219 = vector.extract %1157[5] : f32 from vector<8xf32>
        %1220 = arith.subf %cst_4, %1218 : f32
        %1221 = arith.select %84, %1220, %1218 : f32
        %1222 = arith.mulf %1215, %1217 : f32
        %1223 = arith.mulf %1219, %1221 : f32
        %1224 = arith.addf %1222, %1223 : f32
        %1225 = arith.select %83, %1224, %1215 : f32
        %1226 = vector.extract %1155[6] : f32 from vector<8xf32>
        %1227 = arith.mulf %1159, %220 : f32
        %1228 = math.cos %1227 fastmath<afn> : f32
        %1229 = math.sin %1227 fastmath<afn> : f32
        %1230 = vector.extract %1157[6] : f32 from vector<8xf32>
        %1231 = arith.subf %cst_4, %1229 : f32
        %1232 = arith.select %84, %1231, %1229 : f32
        %1233 = arith.mulf %1226, %1228 : f32
        %1234 = arith.mulf %1230, %1232 : f32
        %1235 = arith.addf %1233, %1234 : f32
        %1236 = arith.select %83, %1235, %1226 : f32
        %1237 = vector.extract %1155[7] : f32 from vector<8xf32>
        %1238 = arith.mulf %1159, %239 : f32
        %1239 = math.cos %1238 fastmath<afn> : f32
        %1240 = math.sin %1238 fastmath<afn> : f32
        %1241 = vector.extract %1157[7] : f32 from vector<8xf32>
        %1242 = arith.subf %cst_4, %1240 : f32
        %1243 = arith.select %84, %1242, %1240 : f32
        %1244 = arith.mulf %1237, %1239 : f32
        %1245 = arith.mulf %1241, %1243 : f32
        %1246 = arith.addf %1244, %1245 : f32
        %1247 = arith.select %83, %1246, %1237 : f32
        %1248 = vector.from_elements %1170, %1181, %1192, %1203, %1214, %1225, %1236, %1247 : vector<8xf32>
        %1249 = arith.truncf %1248 : vector<8xf32> to vector<8xbf16>
        vector.store %1249, %view[%1143, %1152] {alignment = 16 : i64} : memref<128x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
        %1250:20 = scf.for %arg17 = %c0 to %76 step %c1 iter_args(%arg18 = %cst_3, %arg19 = %cst_3, %arg20 = %cst_4, %arg21 = %cst_4, %arg22 = %cst_2, %arg23 = %cst_2, %arg24 = %cst_2, %arg25 = %cst_2, %arg26 = %cst_2, %arg27 = %cst_2, %arg28 = %cst_2, %arg29 = %cst_2, %arg30 = %cst_2, %arg31 = %cst_2, %arg32 = %cst_2, %arg33 = %cst_2, %arg34 = %cst_2, %arg35 = %cst_2, %arg36 = %cst_2, %arg37 = %cst_2) -> (f32, f32, f32, f32, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>) {
          %1315 = arith.remui %arg17, %c2 : index
          %1316 = attn.kv_tile_pages %arg5[%46] tile %arg17 group %392 keys[%72, %38) {keys32, page_size = 16 : i64, rows_per_group = 4 : i64, tile_kv = 64 : i64} : memref<?xi32> -> index
          attn.copy_kv_tile k(%arg2 : memref<?x16x8x128xbf16>) v(%arg3 : memref<?x16x8x128xbf16>) pages(%1316) head %block_id_x col %82 tile %arg17 group %392 keys[%72, %38) into(%view_12, %view_13 : memref<2x64x128xbf16, #gpu.address_space<workgroup>>, memref<2x64x128xbf16, #gpu.address_space<workgroup>>) [%1315] {keys32, page_size = 16 : i64, rows_per_group = 4 : i64, swizzle, tile_kv = 64 : i64, vec = 8 : i64}
          gpu.barrier
          %1317 = arith.index_cast %arg17 : index to i32
          %1318 = arith.index_cast %72 : index to i32
          %1319 = attn.recompute %1318 : i32
          %1320 = arith.muli %1317, %c64_i32 : i32
          %1321 = arith.addi %1319, %1320 : i32
          %1322 = arith.index_cast %1321 : i32 to index
          %1323 = arith.index_cast %80 : index to i32
          %1324 = attn.recompute %1323 : i32
          %1325 = arith.cmpi sge, %1317, %1324 : i32
          scf.if %84 {
            %1327 = arith.muli %392, %c4 : index
            %1328 = arith.addi %1322, %1327 : index
            %1329 = arith.index_cast %1328 : index to i32
            %1330 = arith.sitofp %1329 : i32 to f32
            %1331 = arith.divui %82, %c8 : index
            %1332 = arith.remui %1327, %c8 : index
            %1333 = arith.xori %1331, %1332 : index
            %1334 = arith.muli %1333, %c8 : index
            %1335 = vector.load %view_12[%1315, %1327, %1334] {alignment = 16 : i64} : memref<2x64x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
            %1336 = arith.extf %1335 : vector<8xbf16> to vector<8xf32>
            %1337 = arith.divui %88, %c8 : index
            %1338 = arith.xori %1337, %1332 : index
            %1339 = arith.muli %1338, %c8 : index
            %1340 = vector.load %view_12[%1315, %1327, %1339] {alignment = 16 : i64} : memref<2x64x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
            %1341 = arith.extf %1340 : vector<8xbf16> to vector<8xf32>
            %1342 = vector.extract %1336[0] : f32 from vector<8xf32>
            %1343 = arith.mulf %1330, %106 : f32
            %1344 = math.cos %1343 fastmath<afn> : f32
            %1345 = math.sin %1343 fastmath<afn> : f32
            %1346 = vector.extract %1341[0] : f32 from vector<8xf32>
            %1347 = arith.subf %cst_4, %1345 : f32
            %1348 = arith.select %84, %1347, %1345 : f32
            %1349 = arith.mulf %1342, %1344 : f32
            %1350 = arith.mulf %1346, %1348 : f32
            %1351 = arith.addf %1349, %1350 : f32
            %1352 = arith.select %83, %1351, %1342 : f32
            %1353 = vector.extract %1336[1] : f32 from vector<8xf32>
            %1354 = arith.mulf %1330, %125 : f32
            %1355 = math.cos %1354 fastmath<afn> : f32
            %1356 = math.sin %1354 fastmath<afn> : f32
            %1357 = vector.extract %1341[1] : f32 from vector<8xf32>
            %1358 = arith.subf %cst_4, %1356 : f32
            %1359 = arith.select %84, %1358, %1356 : f32
            %1360 = arith.mulf %1353, %1355 : f32
            %1361 = arith.mulf %1357, %1359 : f32
            %1362 = arith.addf %1360, %1361 : f32
            %1363 = arith.select %83, %1362, %1353 : f32
            %1364 = vector.extract %1336[2] : f32 from vector<8xf32>
            %1365 = arith.mulf %1330, %144 : f32
            %1366 = math.cos %1365 fastmath<afn> : f32
            %1367 = math.sin %1365 fastmath<afn> : f32
            %1368 = vector.extract %1341[2] : f32 from vector<8xf32>
            %1369 = arith.subf %cst_4, %1367 : f32
            %1370 = arith.select %84, %1369, %1367 : f32
            %1371 = arith.mulf %1364, %1366 : f32
            %1372 = arith.mulf %1368, %1370 : f32
            %1373 = arith.addf %1371, %1372 : f32
            %1374 = arith.select %83, %1373, %1364 : f32
            %1375 = vector.extract %1336[3] : f32 from vector<8xf32>
            %1376 = arith.mulf %1330, %163 : f32
            %1377 = math.cos %1376 fastmath<afn> : f32
            %1378 = math.sin %1376 fastmath<afn> : f32
            %1379 = vector.extract %1341[3] : f32 from vector<8xf32>
            %1380 = arith.subf %cst_4, %1378 : f32
            %1381 = arith.select %84, %1380, %1378 : f32
            %1382 = arith.mulf %1375, %1377 : f32
            %1383 = arith.mulf %1379, %1381 : f32
            %1384 = arith.addf %1382, %1383 : f32
            %1385 = arith.select %83, %1384, %1375 : f32
            %1386 = vector.extract %1336[4] : f32 from vector<8xf32>
            %1387 = arith.mulf %1330, %182 : f32
            %1388 = math.cos %1387 fastmath<afn> : f32
            %1389 = math.sin %1387 fastmath<afn> : f32
            %1390 = vector.extract %1341[4] : f32 from vector<8xf32>
            %1391 = arith.subf %cst_4, %1389 : f32
            %1392 = arith.select %84, %1391, %1389 : f32
            %1393 = arith.mulf %1386, %1388 : f32
            %1394 = arith.mulf %1390, %1392 : f32
            %1395 = arith.addf %1393, %1394 : f32
            %1396 = arith.select %83, %1395, %1386 : f32
            %1397 = vector.extract %1336[5] : f32 from vector<8xf32>
            %1398 = arith.mulf %1330, %201 : f32
            %1399 = math.cos %1398 fastmath<afn> : f32
            %1400 = math.sin %1398 fastmath<afn> : f32
            %1401 = vector.extract %1341[5] : f32 from vector<8xf32>
            %1402 = arith.subf %cst_4, %1400 : f32
            %1403 = arith.select %84, %1402, %1400 : f32
            %1404 = arith.mulf %1397, %1399 : f32
            %1405 = arith.mulf %1401, %1403 : f32
            %1406 = arith.addf %1404, %1405 : f32
            %1407 = arith.select %83, %1406, %1397 : f32
            %1408 = vector.extract %1336[6] : f32 from vector<8xf32>
            %1409 = arith.mulf %1330, %220 : f32
            %1410 = math.cos %1409 fastmath<afn> : f32
            %1411 = math.sin %1409 fastmath<afn> : f32
            %1412 = vector.extract %1341[6] : f32 from vector<8xf32>
            %1413 = arith.subf %cst_4, %1411 : f32
            %1414 = arith.select %84, %1413, %1411 : f32
            %1415 = arith.mulf %1408, %1410 : f32
            %1416 = arith.mulf %1412, %1414 : f32
            %1417 = arith.addf %1415, %1416 : f32
            %1418 = arith.select %83, %1417, %1408 : f32
            %1419 = vector.extract %1336[7] : f32 from vector<8xf32>
            %1420 = arith.mulf %1330, %239 : f32
            %1421 = math.cos %1420 fastmath<afn> : f32
            %1422 = math.sin %1420 fastmath<afn> : f32
            %1423 = vector.extract %1341[7] : f32 from vector<8xf32>
            %1424 = arith.subf %cst_4, %1422 : f32
            %1425 = arith.select %84, %1424, %1422 : f32
            %1426 = arith.mulf %1419, %1421 : f32
            %1427 = arith.mulf %1423, %1425 : f32
            %1428 = arith.addf %1426, %1427 : f32
            %1429 = arith.select %83, %1428, %1419 : f32
            %1430 = vector.from_elements %1352, %1363, %1374, %1385, %1396, %1407, %1418, %1429 : vector<8xf32>
            %1431 = arith.cmpi ult, %88, %c64 : index
            %1432 = arith.mulf %1330, %258 : f32
            %1433 = math.cos %1432 fastmath<afn> : f32
            %1434 = math.sin %1432 fastmath<afn> : f32
            %1435 = arith.subf %cst_4, %1434 : f32
            %1436 = arith.select %1431, %1435, %1434 : f32
            %1437 = arith.mulf %1346, %1433 : f32
            %1438 = arith.mulf %1342, %1436 : f32
            %1439 = arith.addf %1437, %1438 : f32
            %1440 = arith.select %240, %1439, %1346 : f32
            %1441 = arith.mulf %1330, %277 : f32
            %1442 = math.cos %1441 fastmath<afn> : f32
            %1443 = math.sin %1441 fastmath<afn> : f32
            %1444 = arith.subf %cst_4, %1443 : f32
            %1445 = arith.select %1431, %1444, %1443 : f32
            %1446 = arith.mulf %1357, %1442 : f32
            %1447 = arith.mulf %1353, %1445 : f32
            %1448 = arith.addf %1446, %1447 : f32
            %1449 = arith.select %240, %1448, %1357 : f32
            %1450 = arith.mulf %1330, %296 : f32
            %1451 = math.cos %1450 fastmath<afn> : f32
            %1452 = math.sin %1450 fastmath<afn> : f32
            %1453 = arith.subf %cst_4, %1452 : f32
            %1454 = arith.select %1431, %1453, %1452 : f32
            %1455 = arith.mulf %1368, %1451 : f32
            %1456 = arith.mulf %1364, %1454 : f32
            %1457 = arith.addf %1455, %1456 : f32
            %1458 = arith.select %240, %1457, %1368 : f32
            %1459 = arith.mulf %1330, %315 : f32
            %1460 = math.cos %1459 fastmath<afn> : f32
            %1461 = math.sin %1459 fastmath<afn> : f32
            %1462 = arith.subf %cst_4, %1461 : f32
            %1463 = arith.select %1431, %1462, %1461 : f32
            %1464 = arith.mulf %1379, %1460 : f32
            %1465 = arith.mulf %1375, %1463 : f32
            %1466 = arith.addf %1464, %1465 : f32
            %1467 = arith.select %240, %1466, %1379 : f32
            %1468 = arith.mulf %1330, %334 : f32
            %1469 = math.cos %1468 fastmath<afn> : f32
            %1470 = math.sin %1468 fastmath<afn> : f32
            %1471 = arith.subf %cst_4, %1470 : f32
            %1472 = arith.select %1431, %1471, %1470 : f32
            %1473 = arith.mulf %1390, %1469 : f32
            %1474 = arith.mulf %1386, %1472 : f32
            %1475 = arith.addf %1473, %1474 : f32
            %1476 = arith.select %240, %1475, %1390 : f32
            %1477 = arith.mulf %1330, %353 : f32
            %1478 = math.cos %1477 fastmath<afn> : f32
            %1479 = math.sin %1477 fastmath<afn> : f32
            %1480 = arith.subf %cst_4, %1479 : f32
            %1481 = arith.select %1431, %1480, %1479 : f32
            %1482 = arith.mulf %1401, %1478 : f32
            %1483 = arith.mulf %1397, %1481 : f32
            %1484 = arith.addf %1482, %1483 : f32
            %1485 = arith.select %240, %1484, %1401 : f32
            %1486 = arith.mulf %1330, %372 : f32
            %1487 = math.cos %1486 fastmath<afn> : f32
            %1488 = math.sin %1486 fastmath<afn> : f32
            %1489 = arith.subf %cst_4, %1488 : f32
            %1490 = arith.select %1431, %1489, %1488 : f32
            %1491 = arith.mulf %1412, %1487 : f32
            %1492 = arith.mulf %1408, %1490 : f32
            %1493 = arith.addf %1491, %1492 : f32
            %1494 = arith.select %240, %1493, %1412 : f32
            %1495 = arith.mulf %1330, %391 : f32
            %1496 = math.cos %1495 fastmath<afn> : f32
            %1497 = math.sin %1495 fastmath<afn> : f32
            %1498 = arith.subf %cst_4, %1497 : f32
            %1499 = arith.select %1431, %1498, %1497 : f32
            %1500 = arith.mulf %1423, %1496 : f32
            %1501 = arith.mulf %1419, %1499 : f32
            %1502 = arith.addf %1500, %1501 : f32
            %1503 = arith.select %240, %1502, %1423 : f32
            %1504 = vector.from_elements %1440, %1449, %1458, %1467, %1476, %1485, %1494, %1503 : vector<8xf32>
            %1505 = arith.truncf %1430 : vector<8xf32> to vector<8xbf16>
            vector.store %1505, %view_12[%1315, %1327, %1334] {alignment = 16 : i64} : memref<2x64x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
            %1506 = arith.truncf %1504 : vector<8xf32> to vector<8xbf16>
            vector.store %1506, %view_12[%1315, %1327, %1339] {alignment = 16 : i64} : memref<2x64x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
            %1507 = arith.addi %1327, %c1 : index
            %1508 = arith.addi %1322, %1507 : index
            %1509 = arith.index_cast %1508 : index to i32
            %1510 = arith.sitofp %1509 : i32 to f32
            %1511 = arith.remui %1507, %c8 : index
            %1512 = arith.xori %1331, %1511 : index
            %1513 = arith.muli %1512, %c8 : index
            %1514 = vector.load %view_12[%1315, %1507, %1513] {alignment = 16 : i64} : memref<2x64x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
            %1515 = arith.extf %1514 : vector<8xbf16> to vector<8xf32>
            %1516 = arith.xori %1337, %1511 : index
            %1517 = arith.muli %1516, %c8 : index
            %1518 = vector.load %view_12[%1315, %1507, %1517] {alignment = 16 : i64} : memref<2x64x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
            %1519 = arith.extf %1518 : vector<8xbf16> to vector<8xf32>
            %1520 = vector.extract %1515[0] : f32 from vector<8xf32>
            %1521 = arith.mulf %1510, %106 : f32
            %1522 = math.cos %1521 fastmath<afn> : f32
            %1523 = math.sin %1521 fastmath<afn> : f32
            %1524 = vector.extract %1519[0] : f32 from vector<8xf32>
            %1525 = arith.subf %cst_4, %1523 : f32
            %1526 = arith.select %84, %1525, %1523 : f32
            %1527 = arith.mulf %1520, %1522 : f32
            %1528 = arith.mulf %1524, %1526 : f32
            %1529 = arith.addf %1527, %1528 : f32
            %1530 = arith.select %83, %1529, %1520 : f32
            %1531 = vector.extract %1515[1] : f32 from vector<8xf32>
            %1532 = arith.mulf %1510, %125 : f32
            %1533 = math.cos %1532 fastmath<afn> : f32
            %1534 = math.sin %1532 fastmath<afn> : f32
            %1535 = vector.extract %1519[1] : f32 from vector<8xf32>
            %1536 = arith.subf %cst_4, %1534 : f32
            %1537 = arith.select %84, %1536, %1534 : f32
            %1538 = arith.mulf %1531, %1533 : f32
            %1539 = arith.mulf %1535, %1537 : f32
            %1540 = arith.addf %1538, %1539 : f32
            %1541 = arith.select %83, %1540, %1531 : f32
            %1542 = vector.extract %1515[2] : f32 from vector<8xf32>
            %1543 = arith.mulf %1510, %144 : f32
            %1544 = math.cos %1543 fastmath<afn> : f32
            %1545 = math.sin %1543 fastmath<afn> : f32
            %1546 = vector.extract %1519[2] : f32 from vector<8xf32>
            %1547 = arith.subf %cst_4, %1545 : f32
            %1548 = arith.select %84, %1547, %1545 : f32
            %1549 = arith.mulf %1542, %1544 : f32
            %1550 = arith.mulf %1546, %1548 : f32
            %1551 = arith.addf %1549, %1550 : f32
            %1552 = arith.select %83, %1551, %1542 : f32
            %1553 = vector.extract %1515[3] : f32 from vector<8xf32>
            %1554 = arith.mulf %1510, %163 : f32
            %1555 = math.cos %1554 fastmath<afn> : f32
            %1556 = math.sin %1554 fastmath<afn> : f32
            %1557 = vector.extract %1519[3] : f32 from vector<8xf32>
            %1558 = arith.subf %cst_4, %1556 : f32
            %1559 = arith.select %84, %1558, %1556 : f32
            %1560 = arith.mulf %1553, %1555 : f32
            %1561 = arith.mulf %1557, %1559 : f32
            %1562 = arith.addf %1560, %1561 : f32
            %1563 = arith.select %83, %1562, %1553 : f32
            %1564 = vector.extract %1515[4] : f32 from vector<8xf32>
            %1565 = arith.mulf %1510, %182 : f32
            %1566 = math.cos %1565 fastmath<afn> : f32
            %1567 = math.sin %1565 fastmath<afn> : f32
            %1568 = vector.extract %1519[4] : f32 from vector<8xf32>
            %1569 = arith.subf %cst_4, %1567 : f32
            %1570 = arith.select %84, %1569, %1567 : f32
            %1571 = arith.mulf %1564, %1566 : f32
            %1572 = arith.mulf %1568, %1570 : f32
            %1573 = arith.addf %1571, %1572 : f32
            %1574 = arith.select %83, %1573, %1564 : f32
            %1575 = vector.extract %1515[5] : f32 from vector<8xf32>
            %1576 = arith.mulf %1510, %201 : f32
            %1577 = math.cos %1576 fastmath<afn> : f32
            %1578 = math.sin %1576 fastmath<afn> : f32
            %1579 = vector.extract %1519[5] : f32 from vector<8xf32>
            %1580 = arith.subf %cst_4, %1578 : f32
            %1581 = arith.select %84, %1580, %1578 : f32
            %1582 = arith.mulf %1575, %1577 : f32
            %1583 = arith.mulf %1579, %1581 : f32
            %1584 = arith.addf %1582, %1583 : f32
            %1585 = arith.select %83, %1584, %1575 : f32
            %1586 = vector.extract %1515[6] : f32 from vector<8xf32>
            %1587 = arith.mulf %1510, %220 : f32
            %1588 = math.cos %1587 fastmath<afn> : f32
            %1589 = math.sin %1587 fastmath<afn> : f32
            %1590 = vector.extract %1519[6] : f32 from vector<8xf32>
            %1591 = arith.subf %cst_4, %1589 : f32
            %1592 = arith.select %84, %1591, %1589 : f32
            %1593 = arith.mulf %1586, %1588 : f32
            %1594 = arith.mulf %1590, %1592 : f32
            %1595 = arith.addf %1593, %1594 : f32
            %1596 = arith.select %83, %1595, %1586 : f32
            %1597 = vector.extract %1515[7] : f32 from vector<8xf32>
            %1598 = arith.mulf %1510, %239 : f32
            %1599 = math.cos %1598 fastmath<afn> : f32
            %1600 = math.sin %1598 fastmath<afn> : f32
            %1601 = vector.extract %1519[7] : f32 from vector<8xf32>
            %1602 = arith.subf %cst_4, %1600 : f32
            %1603 = arith.select %84, %1602, %1600 : f32
            %1604 = arith.mulf %1597, %1599 : f32
            %1605 = arith.mulf %1601, %1603 : f32
            %1606 = arith.addf %1604, %1605 : f32
            %1607 = arith.select %83, %1606, %1597 : f32
            %1608 = vector.from_elements %1530, %1541, %1552, %1563, %1574, %1585, %1596, %1607 : vector<8xf32>
            %1609 = arith.mulf %1510, %258 : f32
            %1610 = math.cos %1609 fastmath<afn> : f32
            %1611 = math.sin %1609 fastmath<afn> : f32
            %1612 = arith.subf %cst_4, %1611 : f32
            %1613 = arith.select %1431, %1612, %1611 : f32
            %1614 = arith.mulf %1524, %1610 : f32
            %1615 = arith.mulf %1520, %1613 : f32
            %1616 = arith.addf %1614, %1615 : f32
            %1617 = arith.select %240, %1616, %1524 : f32
            %1618 = arith.mulf %1510, %277 : f32
            %1619 = math.cos %1618 fastmath<afn> : f32
            %1620 = math.sin %1618 fastmath<afn> : f32
            %1621 = arith.subf %cst_4, %1620 : f32
            %1622 = arith.select %1431, %1621, %1620 : f32
            %1623 = arith.mulf %1535, %1619 : f32
            %1624 = arith.mulf %1531, %1622 : f32
            %1625 = arith.addf %1623, %1624 : f32
            %1626 = arith.select %240, %1625, %1535 : f32
            %1627 = arith.mulf %1510, %296 : f32
            %1628 = math.cos %1627 fastmath<afn> : f32
            %1629 = math.sin %1627 fastmath<afn> : f32
            %1630 = arith.subf %cst_4, %1629 : f32
            %1631 = arith.select %1431, %1630, %1629 : f32
            %1632 = arith.mulf %1546, %1628 : f32
            %1633 = arith.mulf %1542, %1631 : f32
            %1634 = arith.addf %1632, %1633 : f32
            %1635 = arith.select %240, %1634, %1546 : f32
            %1636 = arith.mulf %1510, %315 : f32
            %1637 = math.cos %1636 fastmath<afn> : f32
            %1638 = math.sin %1636 fastmath<afn> : f32
            %1639 = arith.subf %cst_4, %1638 : f32
            %1640 = arith.select %1431, %1639, %1638 : f32
            %1641 = arith.mulf %1557, %1637 : f32
            %1642 = arith.mulf %1553, %1640 : f32
            %1643 = arith.addf %1641, %1642 : f32
            %1644 = arith.select %240, %1643, %1557 : f32
            %1645 = arith.mulf %1510, %334 : f32
            %1646 = math.cos %1645 fastmath<afn> : f32
            %1647 = math.sin %1645 fastmath<afn> : f32
            %1648 = arith.subf %cst_4, %1647 : f32
            %1649 = arith.select %1431, %1648, %1647 : f32
            %1650 = arith.mulf %1568, %1646 : f32
            %1651 = arith.mulf %1564, %1649 : f32
            %1652 = arith.addf %1650, %1651 : f32
            %1653 = arith.select %240, %1652, %1568 : f32
            %1654 = arith.mulf %1510, %353 : f32
            %1655 = math.cos %1654 fastmath<afn> : f32
            %1656 = math.sin %1654 fastmath<afn> : f32
            %1657 = arith.subf %cst_4, %1656 : f32
            %1658 = arith.select %1431, %1657, %1656 : f32
            %1659 = arith.mulf %1579, %1655 : f32
            %1660 = arith.mulf %1575, %1658 : f32
            %1661 = arith.addf %1659, %1660 : f32
            %1662 = arith.select %240, %1661, %1579 : f32
            %1663 = arith.mulf %1510, %372 : f32
            %1664 = math.cos %1663 fastmath<afn> : f32
            %1665 = math.sin %1663 fastmath<afn> : f32
            %1666 = arith.subf %cst_4, %1665 : f32
            %1667 = arith.select %1431, %1666, %1665 : f32
            %1668 = arith.mulf %1590, %1664 : f32
            %1669 = arith.mulf %1586, %1667 : f32
            %1670 = arith.addf %1668, %1669 : f32
            %1671 = arith.select %240, %1670, %1590 : f32
            %1672 = arith.mulf %1510, %391 : f32
            %1673 = math.cos %1672 fastmath<afn> : f32
            %1674 = math.sin %1672 fastmath<afn> : f32
            %1675 = arith.subf %cst_4, %1674 : f32
            %1676 = arith.select %1431, %1675, %1674 : f32
            %1677 = arith.mulf %1601, %1673 : f32
            %1678 = arith.mulf %1597, %1676 : f32
            %1679 = arith.addf %1677, %1678 : f32
            %1680 = arith.select %240, %1679, %1601 : f32
            %1681 = vector.from_elements %1617, %1626, %1635, %1644, %1653, %1662, %1671, %1680 : vector<8xf32>
            %1682 = arith.truncf %1608 : vector<8xf32> to vector<8xbf16>
            vector.store %1682, %view_12[%1315, %1507, %1513] {alignment = 16 : i64} : memref<2x64x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
            %1683 = arith.truncf %1681 : vector<8xf32> to vector<8xbf16>
            vector.store %1683, %view_12[%1315, %1507, %1517] {alignment = 16 : i64} : memref<2x64x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
            %1684 = arith.addi %1327, %c2 : index
            %1685 = arith.addi %1322, %1684 : index
            %1686 = arith.index_cast %1685 : index to i32
            %1687 = arith.sitofp %1686 : i32 to f32
            %1688 = arith.remui %1684, %c8 : index
            %1689 = arith.xori %1331, %1688 : index
            %1690 = arith.muli %1689, %c8 : index
            %1691 = vector.load %view_12[%1315, %1684, %1690] {alignment = 16 : i64} : memref<2x64x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
            %1692 = arith.extf %1691 : vector<8xbf16> to vector<8xf32>
            %1693 = arith.xori %1337, %1688 : index
            %1694 = arith.muli %1693, %c8 : index
            %1695 = vector.load %view_12[%1315, %1684, %1694] {alignment = 16 : i64} : memref<2x64x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
            %1696 = arith.extf %1695 : vector<8xbf16> to vector<8xf32>
            %1697 = vector.extract %1692[0] : f32 from vector<8xf32>
            %1698 = arith.mulf %1687, %106 : f32
            %1699 = math.cos %1698 fastmath<afn> : f32
            %1700 = math.sin %1698 fastmath<afn> : f32
            %1701 = vector.extract %1696[0] : f32 from vector<8xf32>
            %1702 = arith.subf %cst_4, %1700 : f32
            %1703 = arith.select %84, %1702, %1700 : f32
            %1704 = arith.mulf %1697, %1699 : f32
            %1705 = arith.mulf %1701, %1703 : f32
            %1706 = arith.addf %1704, %1705 : f32
            %1707 = arith.select %83, %1706, %1697 : f32
            %1708 = vector.extract %1692[1] : f32 from vector<8xf32>
            %1709 = arith.mulf %1687, %125 : f32
            %1710 = math.cos %1709 fastmath<afn> : f32
            %1711 = math.sin %1709 fastmath<afn> : f32
            %1712 = vector.extract %1696[1] : f32 from vector<8xf32>
            %1713 = arith.subf %cst_4, %1711 : f32
            %1714 = arith.select %84, %1713, %1711 : f32
            %1715 = arith.mulf %1708, %1710 : f32
            %1716 = arith.mulf %1712, %1714 : f32
            %1717 = arith.addf %1715, %1716 : f32
            %1718 = arith.select %83, %1717, %1708 : f32
            %1719 = vector.extract %1692[2] : f32 from vector<8xf32>
            %1720 = arith.mulf %1687, %144 : f32
            %1721 = math.cos %1720 fastmath<afn> : f32
            %1722 = math.sin %1720 fastmath<afn> : f32
            %1723 = vector.extract %1696[2] : f32 from vector<8xf32>
            %1724 = arith.subf %cst_4, %1722 : f32
            %1725 = arith.select %84, %1724, %1722 : f32
            %1726 = arith.mulf %1719, %1721 : f32
            %1727 = arith.mulf %1723, %1725 : f32
            %1728 = arith.addf %1726, %1727 : f32
            %1729 = arith.select %83, %1728, %1719 : f32
            %1730 = vector.extract %1692[3] : f32 from vector<8xf32>
            %1731 = arith.mulf %1687, %163 : f32
            %1732 = math.cos %1731 fastmath<afn> : f32
            %1733 = math.sin %1731 fastmath<afn> : f32
            %1734 = vector.extract %1696[3] : f32 from vector<8xf32>
            %1735 = arith.subf %cst_4, %1733 : f32
            %1736 = arith.select %84, %1735, %1733 : f32
            %1737 = arith.mulf %1730, %1732 : f32
            %1738 = arith.mulf %1734, %1736 : f32
            %1739 = arith.addf %1737, %1738 : f32
            %1740 = arith.select %83, %1739, %1730 : f32
            %1741 = vector.extract %1692[4] : f32 from vector<8xf32>
            %1742 = arith.mulf %1687, %182 : f32
            %1743 = math.cos %1742 fastmath<afn> : f32
            %1744 = math.sin %1742 fastmath<afn> : f32
            %1745 = vector.extract %1696[4] : f32 from vector<8xf32>
            %1746 = arith.subf %cst_4, %1744 : f32
            %1747 = arith.select %84, %1746, %1744 : f32
            %1748 = arith.mulf %1741, %1743 : f32
            %1749 = arith.mulf %1745, %1747 : f32
            %1750 = arith.addf %1748, %1749 : f32
            %1751 = arith.select %83, %1750, %1741 : f32
            %1752 = vector.extract %1692[5] : f32 from vector<8xf32>
            %1753 = arith.mulf %1687, %201 : f32
            %1754 = math.cos %1753 fastmath<afn> : f32
            %1755 = math.sin %1753 fastmath<afn> : f32
            %1756 = vector.extract %1696[5] : f32 from vector<8xf32>
            %1757 = arith.subf %cst_4, %1755 : f32
            %1758 = arith.select %84, %1757, %1755 : f32
            %1759 = arith.mulf %1752, %1754 : f32
            %1760 = arith.mulf %1756, %1758 : f32
            %1761 = arith.addf %1759, %1760 : f32
            %1762 = arith.select %83, %1761, %1752 : f32
            %1763 = vector.extract %1692[6] : f32 from vector<8xf32>
            %1764 = arith.mulf %1687, %220 : f32
            %1765 = math.cos %1764 fastmath<afn> : f32
            %1766 = math.sin %1764 fastmath<afn> : f32
            %1767 = vector.extract %1696[6] : f32 from vector<8xf32>
            %1768 = arith.subf %cst_4, %1766 : f32
            %1769 = arith.select %84, %1768, %1766 : f32
            %1770 = arith.mulf %1763, %1765 : f32
            %1771 = arith.mulf %1767, %1769 : f32
            %1772 = arith.addf %1770, %1771 : f32
            %1773 = arith.select %83, %1772, %1763 : f32
            %1774 = vector.extract %1692[7] : f32 from vector<8xf32>
            %1775 = arith.mulf %1687, %239 : f32
            %1776 = math.cos %1775 fastmath<afn> : f32
            %1777 = math.sin %1775 fastmath<afn> : f32
            %1778 = vector.extract %1696[7] : f32 from vector<8xf32>
            %1779 = arith.subf %cst_4, %1777 : f32
            %1780 = arith.select %84, %1779, %1777 : f32
            %1781 = arith.mulf %1774, %1776 : f32
            %1782 = arith.mulf %1778, %1780 : f32
            %1783 = arith.addf %1781, %1782 : f32
            %1784 = arith.select %83, %1783, %1774 : f32
            %1785 = vector.from_elements %1707, %1718, %1729, %1740, %1751, %1762, %1773, %1784 : vector<8xf32>
            %1786 = arith.mulf %1687, %258 : f32
            %1787 = math.cos %1786 fastmath<afn> : f32
            %1788 = math.sin %1786 fastmath<afn> : f32
            %1789 = arith.subf %cst_4, %1788 : f32
            %1790 = arith.select %1431, %1789, %1788 : f32
            %1791 = arith.mulf %1701, %1787 : f32
            %1792 = arith.mulf %1697, %1790 : f32
            %1793 = arith.addf %1791, %1792 : f32
            %1794 = arith.select %240, %1793, %1701 : f32
            %1795 = arith.mulf %1687, %277 : f32
            %1796 = math.cos %1795 fastmath<afn> : f32
            %1797 = math.sin %1795 fastmath<afn> : f32
            %1798 = arith.subf %cst_4, %1797 : f32
            %1799 = arith.select %1431, %1798, %1797 : f32
            %1800 = arith.mulf %1712, %1796 : f32
            %1801 = arith.mulf %1708, %1799 : f32
            %1802 = arith.addf %1800, %1801 : f32
            %1803 = arith.select %240, %1802, %1712 : f32
            %1804 = arith.mulf %1687, %296 : f32
            %1805 = math.cos %1804 fastmath<afn> : f32
            %1806 = math.sin %1804 fastmath<afn> : f32
            %1807 = arith.subf %cst_4, %1806 : f32
            %1808 = arith.select %1431, %1807, %1806 : f32
            %1809 = arith.mulf %1723, %1805 : f32
            %1810 = arith.mulf %1719, %1808 : f32
            %1811 = arith.addf %1809, %1810 : f32
            %1812 = arith.select %240, %1811, %1723 : f32
            %1813 = arith.mulf %1687, %315 : f32
            %1814 = math.cos %1813 fastmath<afn> : f32
            %1815 = math.sin %1813 fastmath<afn> : f32
            %1816 = arith.subf %cst_4, %1815 : f32
            %1817 = arith.select %1431, %1816, %1815 : f32
            %1818 = arith.mulf %1734, %1814 : f32
            %1819 = arith.mulf %1730, %1817 : f32
            %1820 = arith.addf %1818, %1819 : f32
            %1821 = arith.select %240, %1820, %1734 : f32
            %1822 = arith.mulf %1687, %334 : f32
            %1823 = math.cos %1822 fastmath<afn> : f32
            %1824 = math.sin %1822 fastmath<afn> : f32
            %1825 = arith.subf %cst_4, %1824 : f32
            %1826 = arith.select %1431, %1825, %1824 : f32
            %1827 = arith.mulf %1745, %1823 : f32
            %1828 = arith.mulf %1741, %1826 : f32
            %1829 = arith.addf %1827, %1828 : f32
            %1830 = arith.select %240, %1829, %1745 : f32
            %1831 = arith.mulf %1687, %353 : f32
            %1832 = math.cos %1831 fastmath<afn> : f32
            %1833 = math.sin %1831 fastmath<afn> : f32
            %1834 = arith.subf %cst_4, %1833 : f32
            %1835 = arith.select %1431, %1834, %1833 : f32
            %1836 = arith.mulf %1756, %1832 : f32
            %1837 = arith.mulf %1752, %1835 : f32
            %1838 = arith.addf %1836, %1837 : f32
            %1839 = arith.select %240, %1838, %1756 : f32
            %1840 = arith.mulf %1687, %372 : f32
            %1841 = math.cos %1840 fastmath<afn> : f32
            %1842 = math.sin %1840 fastmath<afn> : f32
            %1843 = arith.subf %cst_4, %1842 : f32
            %1844 = arith.select %1431, %1843, %1842 : f32
            %1845 = arith.mulf %1767, %1841 : f32
            %1846 = arith.mulf %1763, %1844 : f32
            %1847 = arith.addf %1845, %1846 : f32
            %1848 = arith.select %240, %1847, %1767 : f32
            %1849 = arith.mulf %1687, %391 : f32
            %1850 = math.cos %1849 fastmath<afn> : f32
            %1851 = math.sin %1849 fastmath<afn> : f32
            %1852 = arith.subf %cst_4, %1851 : f32
            %1853 = arith.select %1431, %1852, %1851 : f32
            %1854 = arith.mulf %1778, %1850 : f32
            %1855 = arith.mulf %1774, %1853 : f32
            %1856 = arith.addf %1854, %1855 : f32
            %1857 = arith.select %240, %1856, %1778 : f32
            %1858 = vector.from_elements %1794, %1803, %1812, %1821, %1830, %1839, %1848, %1857 : vector<8xf32>
            %1859 = arith.truncf %1785 : vector<8xf32> to vector<8xbf16>
            vector.store %1859, %view_12[%1315, %1684, %1690] {alignment = 16 : i64} : memref<2x64x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
            %1860 = arith.truncf %1858 : vector<8xf32> to vector<8xbf16>
            vector.store %1860, %view_12[%1315, %1684, %1694] {alignment = 16 : i64} : memref<2x64x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
            %1861 = arith.addi %1327, %c3 : index
            %1862 = arith.addi %1322, %1861 : index
            %1863 = arith.index_cast %1862 : index to i32
            %1864 = arith.sitofp %1863 : i32 to f32
            %1865 = arith.remui %1861, %c8 : index
            %1866 = arith.xori %1331, %1865 : index
            %1867 = arith.muli %1866, %c8 : index
            %1868 = vector.load %view_12[%1315, %1861, %1867] {alignment = 16 : i64} : memref<2x64x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
            %1869 = arith.extf %1868 : vector<8xbf16> to vector<8xf32>
            %1870 = arith.xori %1337, %1865 : index
            %1871 = arith.muli %1870, %c8 : index
            %1872 = vector.load %view_12[%1315, %1861, %1871] {alignment = 16 : i64} : memref<2x64x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
            %1873 = arith.extf %1872 : vector<8xbf16> to vector<8xf32>
            %1874 = vector.extract %1869[0] : f32 from vector<8xf32>
            %1875 = arith.mulf %1864, %106 : f32
            %1876 = math.cos %1875 fastmath<afn> : f32
            %1877 = math.sin %1875 fastmath<afn> : f32
            %1878 = vector.extract %1873[0] : f32 from vector<8xf32>
            %1879 = arith.subf %cst_4, %1877 : f32
            %1880 = arith.select %84, %1879, %1877 : f32
            %1881 = arith.mulf %1874, %1876 : f32
            %1882 = arith.mulf %1878, %1880 : f32
            %1883 = arith.addf %1881, %1882 : f32
            %1884 = arith.select %83, %1883, %1874 : f32
            %1885 = vector.extract %1869[1] : f32 from vector<8xf32>
            %1886 = arith.mulf %1864, %125 : f32
            %1887 = math.cos %1886 fastmath<afn> : f32
            %1888 = math.sin %1886 fastmath<afn> : f32
            %1889 = vector.extract %1873[1] : f32 from vector<8xf32>
            %1890 = arith.subf %cst_4, %1888 : f32
            %1891 = arith.select %84, %1890, %1888 : f32
            %1892 = arith.mulf %1885, %1887 : f32
            %1893 = arith.mulf %1889, %1891 : f32
            %1894 = arith.addf %1892, %1893 : f32
            %1895 = arith.select %83, %1894, %1885 : f32
            %1896 = vector.extract %1869[2] : f32 from vector<8xf32>
            %1897 = arith.mulf %1864, %144 : f32
            %1898 = math.cos %1897 fastmath<afn> : f32
            %1899 = math.sin %1897 fastmath<afn> : f32
            %1900 = vector.extract %1873[2] : f32 from vector<8xf32>
            %1901 = arith.subf %cst_4, %1899 : f32
            %1902 = arith.select %84, %1901, %1899 : f32
            %1903 = arith.mulf %1896, %1898 : f32
            %1904 = arith.mulf %1900, %1902 : f32
            %1905 = arith.addf %1903, %1904 : f32
            %1906 = arith.select %83, %1905, %1896 : f32
            %1907 = vector.extract %1869[3] : f32 from vector<8xf32>
            %1908 = arith.mulf %1864, %163 : f32
            %1909 = math.cos %1908 fastmath<afn> : f32
            %1910 = math.sin %1908 fastmath<afn> : f32
            %1911 = vector.extract %1873[3] : f32 from vector<8xf32>
            %1912 = arith.subf %cst_4, %1910 : f32
            %1913 = arith.select %84, %1912, %1910 : f32
            %1914 = arith.mulf %1907, %1909 : f32
            %1915 = arith.mulf %1911, %1913 : f32
            %1916 = arith.addf %1914, %1915 : f32
            %1917 = arith.select %83, %1916, %1907 : f32
            %1918 = vector.extract %1869[4] : f32 from vector<8xf32>
            %1919 = arith.mulf %1864, %182 : f32
            %1920 = math.cos %1919 fastmath<afn> : f32
            %1921 = math.sin %1919 fastmath<afn> : f32
            %1922 = vector.extract %1873[4] : f32 from vector<8xf32>
            %1923 = arith.subf %cst_4, %1921 : f32
            %1924 = arith.select %84, %1923, %1921 : f32
            %1925 = arith.mulf %1918, %1920 : f32
            %1926 = arith.mulf %1922, %1924 : f32
            %1927 = arith.addf %1925, %1926 : f32
            %1928 = arith.select %83, %1927, %1918 : f32
            %1929 = vector.extract %1869[5] : f32 from vector<8xf32>
            %1930 = arith.mulf %1864, %201 : f32
            %1931 = math.cos %1930 fastmath<afn> : f32
            %1932 = math.sin %1930 fastmath<afn> : f32
            %1933 = vector.extract %1873[5] : f32 from vector<8xf32>
            %1934 = arith.subf %cst_4, %1932 : f32
            %1935 = arith.select %84, %1934, %1932 : f32
            %1936 = arith.mulf %1929, %1931 : f32
            %1937 = arith.mulf %1933, %1935 : f32
            %1938 = arith.addf %1936, %1937 : f32
            %1939 = arith.select %83, %1938, %1929 : f32
            %1940 = vector.extract %1869[6] : f32 from vector<8xf32>
            %1941 = arith.mulf %1864, %220 : f32
            %1942 = math.cos %1941 fastmath<afn> : f32
            %1943 = math.sin %1941 fastmath<afn> : f32
            %1944 = vector.extract %1873[6] : f32 from vector<8xf32>
            %1945 = arith.subf %cst_4, %1943 : f32
            %1946 = arith.select %84, %1945, %1943 : f32
            %1947 = arith.mulf %1940, %1942 : f32
            %1948 = arith.mulf %1944, %1946 : f32
            %1949 = arith.addf %1947, %1948 : f32
            %1950 = arith.select %83, %1949, %1940 : f32
            %1951 = vector.extract %1869[7] : f32 from vector<8xf32>
            %1952 = arith.mulf %1864, %239 : f32
            %1953 = math.cos %1952 fastmath<afn> : f32
            %1954 = math.sin %1952 fastmath<afn> : f32
            %1955 = vector.extract %1873[7] : f32 from vector<8xf32>
            %1956 = arith.subf %cst_4, %1954 : f32
            %1957 = arith.select %84, %1956, %1954 : f32
            %1958 = arith.mulf %1951, %1953 : f32
            %1959 = arith.mulf %1955, %1957 : f32
            %1960 = arith.addf %1958, %1959 : f32
            %1961 = arith.select %83, %1960, %1951 : f32
            %1962 = vector.from_elements %1884, %1895, %1906, %1917, %1928, %1939, %1950, %1961 : vector<8xf32>
            %1963 = arith.mulf %1864, %258 : f32
            %1964 = math.cos %1963 fastmath<afn> : f32
            %1965 = math.sin %1963 fastmath<afn> : f32
            %1966 = arith.subf %cst_4, %1965 : f32
            %1967 = arith.select %1431, %1966, %1965 : f32
            %1968 = arith.mulf %1878, %1964 : f32
            %1969 = arith.mulf %1874, %1967 : f32
            %1970 = arith.addf %1968, %1969 : f32
            %1971 = arith.select %240, %1970, %1878 : f32
            %1972 = arith.mulf %1864, %277 : f32
            %1973 = math.cos %1972 fastmath<afn> : f32
            %1974 = math.sin %1972 fastmath<afn> : f32
            %1975 = arith.subf %cst_4, %1974 : f32
            %1976 = arith.select %1431, %1975, %1974 : f32
            %1977 = arith.mulf %1889, %1973 : f32
            %1978 = arith.mulf %1885, %1976 : f32
            %1979 = arith.addf %1977, %1978 : f32
            %1980 = arith.select %240, %1979, %1889 : f32
            %1981 = arith.mulf %1864, %296 : f32
            %1982 = math.cos %1981 fastmath<afn> : f32
            %1983 = math.sin %1981 fastmath<afn> : f32
            %1984 = arith.subf %cst_4, %1983 : f32
            %1985 = arith.select %1431, %1984, %1983 : f32
            %1986 = arith.mulf %1900, %1982 : f32
            %1987 = arith.mulf %1896, %1985 : f32
            %1988 = arith.addf %1986, %1987 : f32
            %1989 = arith.select %240, %1988, %1900 : f32
            %1990 = arith.mulf %1864, %315 : f32
            %1991 = math.cos %1990 fastmath<afn> : f32
            %1992 = math.sin %1990 fastmath<afn> : f32
            %1993 = arith.subf %cst_4, %1992 : f32
            %1994 = arith.select %1431, %1993, %1992 : f32
            %1995 = arith.mulf %1911, %1991 : f32
            %1996 = arith.mulf %1907, %1994 : f32
            %1997 = arith.addf %1995, %1996 : f32
            %1998 = arith.select %240, %1997, %1911 : f32
            %1999 = arith.mulf %1864, %334 : f32
            %2000 = math.cos %1999 fastmath<afn> : f32
            %2001 = math.sin %1999 fastmath<afn> : f32
            %2002 = arith.subf %cst_4, %2001 : f32
            %2003 = arith.select %1431, %2002, %2001 : f32
            %2004 = arith.mulf %1922, %2000 : f32
            %2005 = arith.mulf %1918, %2003 : f32
            %2006 = arith.addf %2004, %2005 : f32
            %2007 = arith.select %240, %2006, %1922 : f32
            %2008 = arith.mulf %1864, %353 : f32
            %2009 = math.cos %2008 fastmath<afn> : f32
            %2010 = math.sin %2008 fastmath<afn> : f32
            %2011 = arith.subf %cst_4, %2010 : f32
            %2012 = arith.select %1431, %2011, %2010 : f32
            %2013 = arith.mulf %1933, %2009 : f32
            %2014 = arith.mulf %1929, %2012 : f32
            %2015 = arith.addf %2013, %2014 : f32
            %2016 = arith.select %240, %2015, %1933 : f32
            %2017 = arith.mulf %1864, %372 : f32
            %2018 = math.cos %2017 fastmath<afn> : f32
            %2019 = math.sin %2017 fastmath<afn> : f32
            %2020 = arith.subf %cst_4, %2019 : f32
            %2021 = arith.select %1431, %2020, %2019 : f32
            %2022 = arith.mulf %1944, %2018 : f32
            %2023 = arith.mulf %1940, %2021 : f32
            %2024 = arith.addf %2022, %2023 : f32
            %2025 = arith.select %240, %2024, %1944 : f32
            %2026 = arith.mulf %1864, %391 : f32
            %2027 = math.cos %2026 fastmath<afn> : f32
            %2028 = math.sin %2026 fastmath<afn> : f32
            %2029 = arith.subf %cst_4, %2028 : f32
            %2030 = arith.select %1431, %2029, %2028 : f32
            %2031 = arith.mulf %1955, %2027 : f32
            %2032 = arith.mulf %1951, %2030 : f32
            %2033 = arith.addf %2031, %2032 : f32
            %2034 = arith.select %240, %2033, %1955 : f32
            %2035 = vector.from_elements %1971, %1980, %1989, %1998, %2007, %2016, %2025, %2034 : vector<8xf32>
            %2036 = arith.truncf %1962 : vector<8xf32> to vector<8xbf16>
            vector.store %2036, %view_12[%1315, %1861, %1867] {alignment = 16 : i64} : memref<2x64x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
            %2037 = arith.truncf %2035 : vector<8xf32> to vector<8xbf16>
            vector.store %2037, %view_12[%1315, %1861, %1871] {alignment = 16 : i64} : memref<2x64x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          }
          gpu.barrier
          %1326:20 = scf.if %1325 -> (f32, f32, f32, f32, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>) {
            %1327 = arith.remui %1, %c16_i32 : i32
            %1328 = arith.addi %3, %1327 : i32
            %1329 = attn.recompute %1328 : i32
            %1330 = attn.recompute %12 : i32
            %1331 = attn.recompute %14 : i32
            %1332 = attn.recompute %16 : i32
            %1333 = attn.recompute %18 : i32
            %1334 = arith.index_cast %1329 : i32 to index
            %1335 = arith.index_cast %1330 : i32 to index
            %1336 = nvgpu.ldmatrix %view[%1334, %1335] {numTiles = 4 : i32, transpose = false} : memref<128x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1337 = arith.muli %8, %c8_i32 : i32
            %1338 = arith.addi %7, %1337 : i32
            %1339 = arith.index_cast %1338 : i32 to index
            %1340 = arith.index_cast %20 : i32 to index
            %1341 = nvgpu.ldmatrix %view_12[%1315, %1339, %1340] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1342 = vector.extract_strided_slice %1341 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1343 = attn.mma %1336, %1342, %cst_2 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1344 = vector.extract_strided_slice %1341 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1345 = attn.mma %1336, %1344, %cst_2 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1346 = arith.addi %1338, %c16_i32 : i32
            %1347 = arith.index_cast %1346 : i32 to index
            %1348 = nvgpu.ldmatrix %view_12[%1315, %1347, %1340] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1349 = vector.extract_strided_slice %1348 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1350 = attn.mma %1336, %1349, %cst_2 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1351 = vector.extract_strided_slice %1348 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1352 = attn.mma %1336, %1351, %cst_2 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1353 = arith.addi %1338, %c32_i32 : i32
            %1354 = arith.index_cast %1353 : i32 to index
            %1355 = nvgpu.ldmatrix %view_12[%1315, %1354, %1340] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1356 = vector.extract_strided_slice %1355 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1357 = attn.mma %1336, %1356, %cst_2 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1358 = vector.extract_strided_slice %1355 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1359 = attn.mma %1336, %1358, %cst_2 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1360 = arith.addi %1338, %c48_i32 : i32
            %1361 = arith.index_cast %1360 : i32 to index
            %1362 = nvgpu.ldmatrix %view_12[%1315, %1361, %1340] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1363 = vector.extract_strided_slice %1362 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1364 = attn.mma %1336, %1363, %cst_2 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1365 = vector.extract_strided_slice %1362 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1366 = attn.mma %1336, %1365, %cst_2 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1367 = arith.index_cast %1331 : i32 to index
            %1368 = nvgpu.ldmatrix %view[%1334, %1367] {numTiles = 4 : i32, transpose = false} : memref<128x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1369 = arith.index_cast %22 : i32 to index
            %1370 = nvgpu.ldmatrix %view_12[%1315, %1339, %1369] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1371 = vector.extract_strided_slice %1370 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1372 = attn.mma %1368, %1371, %1343 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1373 = vector.extract_strided_slice %1370 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1374 = attn.mma %1368, %1373, %1345 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1375 = nvgpu.ldmatrix %view_12[%1315, %1347, %1369] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1376 = vector.extract_strided_slice %1375 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1377 = attn.mma %1368, %1376, %1350 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1378 = vector.extract_strided_slice %1375 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1379 = attn.mma %1368, %1378, %1352 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1380 = nvgpu.ldmatrix %view_12[%1315, %1354, %1369] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1381 = vector.extract_strided_slice %1380 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1382 = attn.mma %1368, %1381, %1357 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1383 = vector.extract_strided_slice %1380 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1384 = attn.mma %1368, %1383, %1359 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1385 = nvgpu.ldmatrix %view_12[%1315, %1361, %1369] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1386 = vector.extract_strided_slice %1385 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1387 = attn.mma %1368, %1386, %1364 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1388 = vector.extract_strided_slice %1385 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1389 = attn.mma %1368, %1388, %1366 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1390 = arith.index_cast %1332 : i32 to index
            %1391 = nvgpu.ldmatrix %view[%1334, %1390] {numTiles = 4 : i32, transpose = false} : memref<128x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1392 = arith.index_cast %24 : i32 to index
            %1393 = nvgpu.ldmatrix %view_12[%1315, %1339, %1392] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1394 = vector.extract_strided_slice %1393 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1395 = attn.mma %1391, %1394, %1372 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1396 = vector.extract_strided_slice %1393 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1397 = attn.mma %1391, %1396, %1374 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1398 = nvgpu.ldmatrix %view_12[%1315, %1347, %1392] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1399 = vector.extract_strided_slice %1398 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1400 = attn.mma %1391, %1399, %1377 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1401 = vector.extract_strided_slice %1398 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1402 = attn.mma %1391, %1401, %1379 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1403 = nvgpu.ldmatrix %view_12[%1315, %1354, %1392] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1404 = vector.extract_strided_slice %1403 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1405 = attn.mma %1391, %1404, %1382 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1406 = vector.extract_strided_slice %1403 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1407 = attn.mma %1391, %1406, %1384 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1408 = nvgpu.ldmatrix %view_12[%1315, %1361, %1392] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1409 = vector.extract_strided_slice %1408 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1410 = attn.mma %1391, %1409, %1387 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1411 = vector.extract_strided_slice %1408 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1412 = attn.mma %1391, %1411, %1389 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1413 = arith.index_cast %1333 : i32 to index
            %1414 = nvgpu.ldmatrix %view[%1334, %1413] {numTiles = 4 : i32, transpose = false} : memref<128x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1415 = arith.index_cast %26 : i32 to index
            %1416 = nvgpu.ldmatrix %view_12[%1315, %1339, %1415] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1417 = vector.extract_strided_slice %1416 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1418 = attn.mma %1414, %1417, %1395 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1419 = vector.extract_strided_slice %1416 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1420 = attn.mma %1414, %1419, %1397 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1421 = nvgpu.ldmatrix %view_12[%1315, %1347, %1415] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1422 = vector.extract_strided_slice %1421 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1423 = attn.mma %1414, %1422, %1400 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1424 = vector.extract_strided_slice %1421 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1425 = attn.mma %1414, %1424, %1402 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1426 = nvgpu.ldmatrix %view_12[%1315, %1354, %1415] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1427 = vector.extract_strided_slice %1426 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1428 = attn.mma %1414, %1427, %1405 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1429 = vector.extract_strided_slice %1426 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1430 = attn.mma %1414, %1429, %1407 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1431 = nvgpu.ldmatrix %view_12[%1315, %1361, %1415] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1432 = vector.extract_strided_slice %1431 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1433 = attn.mma %1414, %1432, %1410 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1434 = vector.extract_strided_slice %1431 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1435 = attn.mma %1414, %1434, %1412 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1436 = arith.addi %1330, %c64_i32 : i32
            %1437 = arith.index_cast %1436 : i32 to index
            %1438 = nvgpu.ldmatrix %view[%1334, %1437] {numTiles = 4 : i32, transpose = false} : memref<128x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1439 = arith.addi %20, %c64_i32 : i32
            %1440 = arith.index_cast %1439 : i32 to index
            %1441 = nvgpu.ldmatrix %view_12[%1315, %1339, %1440] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1442 = vector.extract_strided_slice %1441 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1443 = attn.mma %1438, %1442, %1418 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1444 = vector.extract_strided_slice %1441 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1445 = attn.mma %1438, %1444, %1420 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1446 = nvgpu.ldmatrix %view_12[%1315, %1347, %1440] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1447 = vector.extract_strided_slice %1446 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1448 = attn.mma %1438, %1447, %1423 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1449 = vector.extract_strided_slice %1446 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1450 = attn.mma %1438, %1449, %1425 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1451 = nvgpu.ldmatrix %view_12[%1315, %1354, %1440] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1452 = vector.extract_strided_slice %1451 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1453 = attn.mma %1438, %1452, %1428 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1454 = vector.extract_strided_slice %1451 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1455 = attn.mma %1438, %1454, %1430 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1456 = nvgpu.ldmatrix %view_12[%1315, %1361, %1440] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1457 = vector.extract_strided_slice %1456 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1458 = attn.mma %1438, %1457, %1433 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1459 = vector.extract_strided_slice %1456 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1460 = attn.mma %1438, %1459, %1435 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1461 = arith.addi %1331, %c64_i32 : i32
            %1462 = arith.index_cast %1461 : i32 to index
            %1463 = nvgpu.ldmatrix %view[%1334, %1462] {numTiles = 4 : i32, transpose = false} : memref<128x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1464 = arith.addi %22, %c64_i32 : i32
            %1465 = arith.index_cast %1464 : i32 to index
            %1466 = nvgpu.ldmatrix %view_12[%1315, %1339, %1465] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1467 = vector.extract_strided_slice %1466 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1468 = attn.mma %1463, %1467, %1443 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1469 = vector.extract_strided_slice %1466 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1470 = attn.mma %1463, %1469, %1445 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1471 = nvgpu.ldmatrix %view_12[%1315, %1347, %1465] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1472 = vector.extract_strided_slice %1471 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1473 = attn.mma %1463, %1472, %1448 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1474 = vector.extract_strided_slice %1471 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1475 = attn.mma %1463, %1474, %1450 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1476 = nvgpu.ldmatrix %view_12[%1315, %1354, %1465] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1477 = vector.extract_strided_slice %1476 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1478 = attn.mma %1463, %1477, %1453 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1479 = vector.extract_strided_slice %1476 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1480 = attn.mma %1463, %1479, %1455 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1481 = nvgpu.ldmatrix %view_12[%1315, %1361, %1465] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1482 = vector.extract_strided_slice %1481 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1483 = attn.mma %1463, %1482, %1458 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1484 = vector.extract_strided_slice %1481 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1485 = attn.mma %1463, %1484, %1460 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1486 = arith.addi %1332, %c64_i32 : i32
            %1487 = arith.index_cast %1486 : i32 to index
            %1488 = nvgpu.ldmatrix %view[%1334, %1487] {numTiles = 4 : i32, transpose = false} : memref<128x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1489 = arith.addi %24, %c64_i32 : i32
            %1490 = arith.index_cast %1489 : i32 to index
            %1491 = nvgpu.ldmatrix %view_12[%1315, %1339, %1490] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1492 = vector.extract_strided_slice %1491 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1493 = attn.mma %1488, %1492, %1468 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1494 = vector.extract_strided_slice %1491 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1495 = attn.mma %1488, %1494, %1470 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1496 = nvgpu.ldmatrix %view_12[%1315, %1347, %1490] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1497 = vector.extract_strided_slice %1496 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1498 = attn.mma %1488, %1497, %1473 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1499 = vector.extract_strided_slice %1496 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1500 = attn.mma %1488, %1499, %1475 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1501 = nvgpu.ldmatrix %view_12[%1315, %1354, %1490] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1502 = vector.extract_strided_slice %1501 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1503 = attn.mma %1488, %1502, %1478 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1504 = vector.extract_strided_slice %1501 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1505 = attn.mma %1488, %1504, %1480 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1506 = nvgpu.ldmatrix %view_12[%1315, %1361, %1490] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1507 = vector.extract_strided_slice %1506 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1508 = attn.mma %1488, %1507, %1483 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1509 = vector.extract_strided_slice %1506 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1510 = attn.mma %1488, %1509, %1485 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1511 = arith.addi %1333, %c64_i32 : i32
            %1512 = arith.index_cast %1511 : i32 to index
            %1513 = nvgpu.ldmatrix %view[%1334, %1512] {numTiles = 4 : i32, transpose = false} : memref<128x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1514 = arith.addi %26, %c64_i32 : i32
            %1515 = arith.index_cast %1514 : i32 to index
            %1516 = nvgpu.ldmatrix %view_12[%1315, %1339, %1515] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1517 = vector.extract_strided_slice %1516 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1518 = attn.mma %1513, %1517, %1493 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1519 = vector.extract_strided_slice %1516 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1520 = attn.mma %1513, %1519, %1495 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1521 = nvgpu.ldmatrix %view_12[%1315, %1347, %1515] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1522 = vector.extract_strided_slice %1521 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1523 = attn.mma %1513, %1522, %1498 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1524 = vector.extract_strided_slice %1521 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1525 = attn.mma %1513, %1524, %1500 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1526 = nvgpu.ldmatrix %view_12[%1315, %1354, %1515] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1527 = vector.extract_strided_slice %1526 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1528 = attn.mma %1513, %1527, %1503 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1529 = vector.extract_strided_slice %1526 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1530 = attn.mma %1513, %1529, %1505 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1531 = nvgpu.ldmatrix %view_12[%1315, %1361, %1515] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1532 = vector.extract_strided_slice %1531 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1533 = attn.mma %1513, %1532, %1508 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1534 = vector.extract_strided_slice %1531 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1535 = attn.mma %1513, %1534, %1510 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1536 = vector.extract %1518[0, 0] : f32 from vector<2x2xf32>
            %1537 = vector.extract %1518[0, 1] : f32 from vector<2x2xf32>
            %1538 = vector.extract %1518[1, 0] : f32 from vector<2x2xf32>
            %1539 = vector.extract %1518[1, 1] : f32 from vector<2x2xf32>
            %1540 = vector.extract %1520[0, 0] : f32 from vector<2x2xf32>
            %1541 = vector.extract %1520[0, 1] : f32 from vector<2x2xf32>
            %1542 = vector.extract %1520[1, 0] : f32 from vector<2x2xf32>
            %1543 = vector.extract %1520[1, 1] : f32 from vector<2x2xf32>
            %1544 = vector.extract %1523[0, 0] : f32 from vector<2x2xf32>
            %1545 = vector.extract %1523[0, 1] : f32 from vector<2x2xf32>
            %1546 = vector.extract %1523[1, 0] : f32 from vector<2x2xf32>
            %1547 = vector.extract %1523[1, 1] : f32 from vector<2x2xf32>
            %1548 = vector.extract %1525[0, 0] : f32 from vector<2x2xf32>
            %1549 = vector.extract %1525[0, 1] : f32 from vector<2x2xf32>
            %1550 = vector.extract %1525[1, 0] : f32 from vector<2x2xf32>
            %1551 = vector.extract %1525[1, 1] : f32 from vector<2x2xf32>
            %1552 = vector.extract %1528[0, 0] : f32 from vector<2x2xf32>
            %1553 = vector.extract %1528[0, 1] : f32 from vector<2x2xf32>
            %1554 = vector.extract %1528[1, 0] : f32 from vector<2x2xf32>
            %1555 = vector.extract %1528[1, 1] : f32 from vector<2x2xf32>
            %1556 = vector.extract %1530[0, 0] : f32 from vector<2x2xf32>
            %1557 = vector.extract %1530[0, 1] : f32 from vector<2x2xf32>
            %1558 = vector.extract %1530[1, 0] : f32 from vector<2x2xf32>
            %1559 = vector.extract %1530[1, 1] : f32 from vector<2x2xf32>
            %1560 = vector.extract %1533[0, 0] : f32 from vector<2x2xf32>
            %1561 = vector.extract %1533[0, 1] : f32 from vector<2x2xf32>
            %1562 = vector.extract %1533[1, 0] : f32 from vector<2x2xf32>
            %1563 = vector.extract %1533[1, 1] : f32 from vector<2x2xf32>
            %1564 = vector.extract %1535[0, 0] : f32 from vector<2x2xf32>
            %1565 = vector.extract %1535[0, 1] : f32 from vector<2x2xf32>
            %1566 = vector.extract %1535[1, 0] : f32 from vector<2x2xf32>
            %1567 = vector.extract %1535[1, 1] : f32 from vector<2x2xf32>
            %1568 = arith.addi %1321, %6 : i32
            %1569 = arith.subi %37, %1568 : i32
            %1570 = arith.addi %3, %4 : i32
            %1571 = arith.addi %63, %1570 : i32
            %1572 = arith.divui %1571, %c4_i32 : i32
            %1573 = arith.addi %1572, %62 : i32
            %1574 = arith.subi %1573, %1568 : i32
            %1575 = arith.cmpi sgt, %1569, %c0_i32 : i32
            %1576 = arith.cmpi sge, %1574, %c0_i32 : i32
            %1577 = arith.andi %1575, %1576 : i1
            %1578 = arith.select %1577, %1536, %cst_3 : f32
            %1579 = arith.cmpi sgt, %1569, %c1_i32 : i32
            %1580 = arith.cmpi sge, %1574, %c1_i32 : i32
            %1581 = arith.andi %1579, %1580 : i1
            %1582 = arith.select %1581, %1537, %cst_3 : f32
            %1583 = arith.cmpi sgt, %1569, %c8_i32 : i32
            %1584 = arith.cmpi sge, %1574, %c8_i32 : i32
            %1585 = arith.andi %1583, %1584 : i1
            %1586 = arith.select %1585, %1540, %cst_3 : f32
            %1587 = arith.cmpi sgt, %1569, %c9_i32 : i32
            %1588 = arith.cmpi sge, %1574, %c9_i32 : i32
            %1589 = arith.andi %1587, %1588 : i1
            %1590 = arith.select %1589, %1541, %cst_3 : f32
            %1591 = arith.cmpi sgt, %1569, %c16_i32 : i32
            %1592 = arith.cmpi sge, %1574, %c16_i32 : i32
            %1593 = arith.andi %1591, %1592 : i1
            %1594 = arith.select %1593, %1544, %cst_3 : f32
            %1595 = arith.cmpi sgt, %1569, %c17_i32 : i32
            %1596 = arith.cmpi sge, %1574, %c17_i32 : i32
            %1597 = arith.andi %1595, %1596 : i1
            %1598 = arith.select %1597, %1545, %cst_3 : f32
            %1599 = arith.cmpi sgt, %1569, %c24_i32 : i32
            %1600 = arith.cmpi sge, %1574, %c24_i32 : i32
            %1601 = arith.andi %1599, %1600 : i1
            %1602 = arith.select %1601, %1548, %cst_3 : f32
            %1603 = arith.cmpi sgt, %1569, %c25_i32 : i32
            %1604 = arith.cmpi sge, %1574, %c25_i32 : i32
            %1605 = arith.andi %1603, %1604 : i1
            %1606 = arith.select %1605, %1549, %cst_3 : f32
            %1607 = arith.cmpi sgt, %1569, %c32_i32 : i32
            %1608 = arith.cmpi sge, %1574, %c32_i32 : i32
            %1609 = arith.andi %1607, %1608 : i1
            %1610 = arith.select %1609, %1552, %cst_3 : f32
            %1611 = arith.cmpi sgt, %1569, %c33_i32 : i32
            %1612 = arith.cmpi sge, %1574, %c33_i32 : i32
            %1613 = arith.andi %1611, %1612 : i1
            %1614 = arith.select %1613, %1553, %cst_3 : f32
            %1615 = arith.cmpi sgt, %1569, %c40_i32 : i32
            %1616 = arith.cmpi sge, %1574, %c40_i32 : i32
            %1617 = arith.andi %1615, %1616 : i1
            %1618 = arith.select %1617, %1556, %cst_3 : f32
            %1619 = arith.cmpi sgt, %1569, %c41_i32 : i32
            %1620 = arith.cmpi sge, %1574, %c41_i32 : i32
            %1621 = arith.andi %1619, %1620 : i1
            %1622 = arith.select %1621, %1557, %cst_3 : f32
            %1623 = arith.cmpi sgt, %1569, %c48_i32 : i32
            %1624 = arith.cmpi sge, %1574, %c48_i32 : i32
            %1625 = arith.andi %1623, %1624 : i1
            %1626 = arith.select %1625, %1560, %cst_3 : f32
            %1627 = arith.cmpi sgt, %1569, %c49_i32 : i32
            %1628 = arith.cmpi sge, %1574, %c49_i32 : i32
            %1629 = arith.andi %1627, %1628 : i1
            %1630 = arith.select %1629, %1561, %cst_3 : f32
            %1631 = arith.cmpi sgt, %1569, %c56_i32 : i32
            %1632 = arith.cmpi sge, %1574, %c56_i32 : i32
            %1633 = arith.andi %1631, %1632 : i1
            %1634 = arith.select %1633, %1564, %cst_3 : f32
            %1635 = arith.cmpi sgt, %1569, %c57_i32 : i32
            %1636 = arith.cmpi sge, %1574, %c57_i32 : i32
            %1637 = arith.andi %1635, %1636 : i1
            %1638 = arith.select %1637, %1565, %cst_3 : f32
            %1639 = arith.maximumf %1578, %1582 : f32
            %1640 = arith.maximumf %1586, %1590 : f32
            %1641 = arith.maximumf %1594, %1598 : f32
            %1642 = arith.maximumf %1602, %1606 : f32
            %1643 = arith.maximumf %1610, %1614 : f32
            %1644 = arith.maximumf %1618, %1622 : f32
            %1645 = arith.maximumf %1626, %1630 : f32
            %1646 = arith.maximumf %1634, %1638 : f32
            %1647 = arith.maximumf %1639, %1640 : f32
            %1648 = arith.maximumf %1641, %1642 : f32
            %1649 = arith.maximumf %1643, %1644 : f32
            %1650 = arith.maximumf %1645, %1646 : f32
            %1651 = arith.maximumf %1647, %1648 : f32
            %1652 = arith.maximumf %1649, %1650 : f32
            %1653 = arith.maximumf %1651, %1652 : f32
            %shuffleResult_20, %valid_21 = gpu.shuffle  xor %1653, %c1_i32, %c32_i32 : f32
            %1654 = arith.maximumf %1653, %shuffleResult_20 : f32
            %shuffleResult_22, %valid_23 = gpu.shuffle  xor %1654, %c2_i32, %c32_i32 : f32
            %1655 = arith.maximumf %1654, %shuffleResult_22 : f32
            %1656 = arith.addi %4, %c8_i32 : i32
            %1657 = arith.addi %3, %1656 : i32
            %1658 = arith.addi %63, %1657 : i32
            %1659 = arith.divui %1658, %c4_i32 : i32
            %1660 = arith.addi %1659, %62 : i32
            %1661 = arith.subi %1660, %1568 : i32
            %1662 = arith.cmpi sge, %1661, %c0_i32 : i32
            %1663 = arith.andi %1575, %1662 : i1
            %1664 = arith.select %1663, %1538, %cst_3 : f32
            %1665 = arith.cmpi sge, %1661, %c1_i32 : i32
            %1666 = arith.andi %1579, %1665 : i1
            %1667 = arith.select %1666, %1539, %cst_3 : f32
            %1668 = arith.cmpi sge, %1661, %c8_i32 : i32
            %1669 = arith.andi %1583, %1668 : i1
            %1670 = arith.select %1669, %1542, %cst_3 : f32
            %1671 = arith.cmpi sge, %1661, %c9_i32 : i32
            %1672 = arith.andi %1587, %1671 : i1
            %1673 = arith.select %1672, %1543, %cst_3 : f32
            %1674 = arith.cmpi sge, %1661, %c16_i32 : i32
            %1675 = arith.andi %1591, %1674 : i1
            %1676 = arith.select %1675, %1546, %cst_3 : f32
            %1677 = arith.cmpi sge, %1661, %c17_i32 : i32
            %1678 = arith.andi %1595, %1677 : i1
            %1679 = arith.select %1678, %1547, %cst_3 : f32
            %1680 = arith.cmpi sge, %1661, %c24_i32 : i32
            %1681 = arith.andi %1599, %1680 : i1
            %1682 = arith.select %1681, %1550, %cst_3 : f32
            %1683 = arith.cmpi sge, %1661, %c25_i32 : i32
            %1684 = arith.andi %1603, %1683 : i1
            %1685 = arith.select %1684, %1551, %cst_3 : f32
            %1686 = arith.cmpi sge, %1661, %c32_i32 : i32
            %1687 = arith.andi %1607, %1686 : i1
            %1688 = arith.select %1687, %1554, %cst_3 : f32
            %1689 = arith.cmpi sge, %1661, %c33_i32 : i32
            %1690 = arith.andi %1611, %1689 : i1
            %1691 = arith.select %1690, %1555, %cst_3 : f32
            %1692 = arith.cmpi sge, %1661, %c40_i32 : i32
            %1693 = arith.andi %1615, %1692 : i1
            %1694 = arith.select %1693, %1558, %cst_3 : f32
            %1695 = arith.cmpi sge, %1661, %c41_i32 : i32
            %1696 = arith.andi %1619, %1695 : i1
            %1697 = arith.select %1696, %1559, %cst_3 : f32
            %1698 = arith.cmpi sge, %1661, %c48_i32 : i32
            %1699 = arith.andi %1623, %1698 : i1
            %1700 = arith.select %1699, %1562, %cst_3 : f32
            %1701 = arith.cmpi sge, %1661, %c49_i32 : i32
            %1702 = arith.andi %1627, %1701 : i1
            %1703 = arith.select %1702, %1563, %cst_3 : f32
            %1704 = arith.cmpi sge, %1661, %c56_i32 : i32
            %1705 = arith.andi %1631, %1704 : i1
            %1706 = arith.select %1705, %1566, %cst_3 : f32
            %1707 = arith.cmpi sge, %1661, %c57_i32 : i32
            %1708 = arith.andi %1635, %1707 : i1
            %1709 = arith.select %1708, %1567, %cst_3 : f32
            %1710 = arith.maximumf %1664, %1667 : f32
            %1711 = arith.maximumf %1670, %1673 : f32
            %1712 = arith.maximumf %1676, %1679 : f32
            %1713 = arith.maximumf %1682, %1685 : f32
            %1714 = arith.maximumf %1688, %1691 : f32
            %1715 = arith.maximumf %1694, %1697 : f32
            %1716 = arith.maximumf %1700, %1703 : f32
            %1717 = arith.maximumf %1706, %1709 : f32
            %1718 = arith.maximumf %1710, %1711 : f32
            %1719 = arith.maximumf %1712, %1713 : f32
            %1720 = arith.maximumf %1714, %1715 : f32
            %1721 = arith.maximumf %1716, %1717 : f32
            %1722 = arith.maximumf %1718, %1719 : f32
            %1723 = arith.maximumf %1720, %1721 : f32
            %1724 = arith.maximumf %1722, %1723 : f32
            %shuffleResult_24, %valid_25 = gpu.shuffle  xor %1724, %c1_i32, %c32_i32 : f32
            %1725 = arith.maximumf %1724, %shuffleResult_24 : f32
            %shuffleResult_26, %valid_27 = gpu.shuffle  xor %1725, %c2_i32, %c32_i32 : f32
            %1726 = arith.maximumf %1725, %shuffleResult_26 : f32
            %1727 = arith.addf %arg18, %cst_1 : f32
            %1728 = arith.cmpf ogt, %1655, %1727 : f32
            %1729 = arith.addf %arg19, %cst_1 : f32
            %1730 = arith.cmpf ogt, %1726, %1729 : f32
            %1731 = arith.ori %1728, %1730 : i1
            %1732 = nvvm.vote.sync  any %c-1_i32, %1731 -> i1
            %1733:20 = scf.if %1732 -> (f32, f32, f32, f32, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>) {
              %2027 = arith.maximumf %arg18, %1655 : f32
              %2028 = arith.mulf %arg18, %cst_0 : f32
              %2029 = arith.cmpf oeq, %2027, %cst_3 : f32
              %2030 = arith.mulf %2027, %cst_0 : f32
              %2031 = arith.select %2029, %cst_4, %2030 : f32
              %2032 = arith.subf %2028, %2031 : f32
              %2033 = math.exp2 %2032 fastmath<afn> : f32
              %2034 = arith.mulf %arg20, %2033 : f32
              %2035 = vector.extract %arg22[0, 0] : f32 from vector<2x2xf32>
              %2036 = arith.mulf %2035, %2033 : f32
              %2037 = vector.extract %arg22[0, 1] : f32 from vector<2x2xf32>
              %2038 = arith.mulf %2037, %2033 : f32
              %2039 = vector.extract %arg23[0, 0] : f32 from vector<2x2xf32>
              %2040 = arith.mulf %2039, %2033 : f32
              %2041 = vector.extract %arg23[0, 1] : f32 from vector<2x2xf32>
              %2042 = arith.mulf %2041, %2033 : f32
              %2043 = vector.extract %arg24[0, 0] : f32 from vector<2x2xf32>
              %2044 = arith.mulf %2043, %2033 : f32
              %2045 = vector.extract %arg24[0, 1] : f32 from vector<2x2xf32>
              %2046 = arith.mulf %2045, %2033 : f32
              %2047 = vector.extract %arg25[0, 0] : f32 from vector<2x2xf32>
              %2048 = arith.mulf %2047, %2033 : f32
              %2049 = vector.extract %arg25[0, 1] : f32 from vector<2x2xf32>
              %2050 = arith.mulf %2049, %2033 : f32
              %2051 = vector.extract %arg26[0, 0] : f32 from vector<2x2xf32>
              %2052 = arith.mulf %2051, %2033 : f32
              %2053 = vector.extract %arg26[0, 1] : f32 from vector<2x2xf32>
              %2054 = arith.mulf %2053, %2033 : f32
              %2055 = vector.extract %arg27[0, 0] : f32 from vector<2x2xf32>
              %2056 = arith.mulf %2055, %2033 : f32
              %2057 = vector.extract %arg27[0, 1] : f32 from vector<2x2xf32>
              %2058 = arith.mulf %2057, %2033 : f32
              %2059 = vector.extract %arg28[0, 0] : f32 from vector<2x2xf32>
              %2060 = arith.mulf %2059, %2033 : f32
              %2061 = vector.extract %arg28[0, 1] : f32 from vector<2x2xf32>
              %2062 = arith.mulf %2061, %2033 : f32
              %2063 = vector.extract %arg29[0, 0] : f32 from vector<2x2xf32>
              %2064 = arith.mulf %2063, %2033 : f32
              %2065 = vector.extract %arg29[0, 1] : f32 from vector<2x2xf32>
              %2066 = arith.mulf %2065, %2033 : f32
              %2067 = vector.extract %arg30[0, 0] : f32 from vector<2x2xf32>
              %2068 = arith.mulf %2067, %2033 : f32
              %2069 = vector.extract %arg30[0, 1] : f32 from vector<2x2xf32>
              %2070 = arith.mulf %2069, %2033 : f32
              %2071 = vector.extract %arg31[0, 0] : f32 from vector<2x2xf32>
              %2072 = arith.mulf %2071, %2033 : f32
              %2073 = vector.extract %arg31[0, 1] : f32 from vector<2x2xf32>
              %2074 = arith.mulf %2073, %2033 : f32
              %2075 = vector.extract %arg32[0, 0] : f32 from vector<2x2xf32>
              %2076 = arith.mulf %2075, %2033 : f32
              %2077 = vector.extract %arg32[0, 1] : f32 from vector<2x2xf32>
              %2078 = arith.mulf %2077, %2033 : f32
              %2079 = vector.extract %arg33[0, 0] : f32 from vector<2x2xf32>
              %2080 = arith.mulf %2079, %2033 : f32
              %2081 = vector.extract %arg33[0, 1] : f32 from vector<2x2xf32>
              %2082 = arith.mulf %2081, %2033 : f32
              %2083 = vector.extract %arg34[0, 0] : f32 from vector<2x2xf32>
              %2084 = arith.mulf %2083, %2033 : f32
              %2085 = vector.extract %arg34[0, 1] : f32 from vector<2x2xf32>
              %2086 = arith.mulf %2085, %2033 : f32
              %2087 = vector.extract %arg35[0, 0] : f32 from vector<2x2xf32>
              %2088 = arith.mulf %2087, %2033 : f32
              %2089 = vector.extract %arg35[0, 1] : f32 from vector<2x2xf32>
              %2090 = arith.mulf %2089, %2033 : f32
              %2091 = vector.extract %arg36[0, 0] : f32 from vector<2x2xf32>
              %2092 = arith.mulf %2091, %2033 : f32
              %2093 = vector.extract %arg36[0, 1] : f32 from vector<2x2xf32>
              %2094 = arith.mulf %2093, %2033 : f32
              %2095 = vector.extract %arg37[0, 0] : f32 from vector<2x2xf32>
              %2096 = arith.mulf %2095, %2033 : f32
              %2097 = vector.extract %arg37[0, 1] : f32 from vector<2x2xf32>
              %2098 = arith.mulf %2097, %2033 : f32
              %2099 = arith.maximumf %arg19, %1726 : f32
              %2100 = arith.mulf %arg19, %cst_0 : f32
              %2101 = arith.cmpf oeq, %2099, %cst_3 : f32
              %2102 = arith.mulf %2099, %cst_0 : f32
              %2103 = arith.select %2101, %cst_4, %2102 : f32
              %2104 = arith.subf %2100, %2103 : f32
              %2105 = math.exp2 %2104 fastmath<afn> : f32
              %2106 = arith.mulf %arg21, %2105 : f32
              %2107 = vector.extract %arg22[1, 0] : f32 from vector<2x2xf32>
              %2108 = arith.mulf %2107, %2105 : f32
              %2109 = vector.extract %arg22[1, 1] : f32 from vector<2x2xf32>
              %2110 = arith.mulf %2109, %2105 : f32
              %2111 = vector.from_elements %2036, %2038, %2108, %2110 : vector<2x2xf32>
              %2112 = vector.extract %arg23[1, 0] : f32 from vector<2x2xf32>
              %2113 = arith.mulf %2112, %2105 : f32
              %2114 = vector.extract %arg23[1, 1] : f32 from vector<2x2xf32>
              %2115 = arith.mulf %2114, %2105 : f32
              %2116 = vector.from_elements %2040, %2042, %2113, %2115 : vector<2x2xf32>
              %2117 = vector.extract %arg24[1, 0] : f32 from vector<2x2xf32>
              %2118 = arith.mulf %2117, %2105 : f32
              %2119 = vector.extract %arg24[1, 1] : f32 from vector<2x2xf32>
              %2120 = arith.mulf %2119, %2105 : f32
              %2121 = vector.from_elements %2044, %2046, %2118, %2120 : vector<2x2xf32>
              %2122 = vector.extract %arg25[1, 0] : f32 from vector<2x2xf32>
              %2123 = arith.mulf %2122, %2105 : f32
              %2124 = vector.extract %arg25[1, 1] : f32 from vector<2x2xf32>
              %2125 = arith.mulf %2124, %2105 : f32
              %2126 = vector.from_elements %2048, %2050, %2123, %2125 : vector<2x2xf32>
              %2127 = vector.extract %arg26[1, 0] : f32 from vector<2x2xf32>
              %2128 = arith.mulf %2127, %2105 : f32
              %2129 = vector.extract %arg26[1, 1] : f32 from vector<2x2xf32>
              %2130 = arith.mulf %2129, %2105 : f32
              %2131 = vector.from_elements %2052, %2054, %2128, %2130 : vector<2x2xf32>
              %2132 = vector.extract %arg27[1, 0] : f32 from vector<2x2xf32>
              %2133 = arith.mulf %2132, %2105 : f32
              %2134 = vector.extract %arg27[1, 1] : f32 from vector<2x2xf32>
              %2135 = arith.mulf %2134, %2105 : f32
              %2136 = vector.from_elements %2056, %2058, %2133, %2135 : vector<2x2xf32>
              %2137 = vector.extract %arg28[1, 0] : f32 from vector<2x2xf32>
              %2138 = arith.mulf %2137, %2105 : f32
              %2139 = vector.extract %arg28[1, 1] : f32 from vector<2x2xf32>
              %2140 = arith.mulf %2139, %2105 : f32
              %2141 = vector.from_elements %2060, %2062, %2138, %2140 : vector<2x2xf32>
              %2142 = vector.extract %arg29[1, 0] : f32 from vector<2x2xf32>
              %2143 = arith.mulf %2142, %2105 : f32
              %2144 = vector.extract %arg29[1, 1] : f32 from vector<2x2xf32>
              %2145 = arith.mulf %2144, %2105 : f32
              %2146 = vector.from_elements %2064, %2066, %2143, %2145 : vector<2x2xf32>
              %2147 = vector.extract %arg30[1, 0] : f32 from vector<2x2xf32>
              %2148 = arith.mulf %2147, %2105 : f32
              %2149 = vector.extract %arg30[1, 1] : f32 from vector<2x2xf32>
              %2150 = arith.mulf %2149, %2105 : f32
              %2151 = vector.from_elements %2068, %2070, %2148, %2150 : vector<2x2xf32>
              %2152 = vector.extract %arg31[1, 0] : f32 from vector<2x2xf32>
              %2153 = arith.mulf %2152, %2105 : f32
              %2154 = vector.extract %arg31[1, 1] : f32 from vector<2x2xf32>
              %2155 = arith.mulf %2154, %2105 : f32
              %2156 = vector.from_elements %2072, %2074, %2153, %2155 : vector<2x2xf32>
              %2157 = vector.extract %arg32[1, 0] : f32 from vector<2x2xf32>
              %2158 = arith.mulf %2157, %2105 : f32
              %2159 = vector.extract %arg32[1, 1] : f32 from vector<2x2xf32>
              %2160 = arith.mulf %2159, %2105 : f32
              %2161 = vector.from_elements %2076, %2078, %2158, %2160 : vector<2x2xf32>
              %2162 = vector.extract %arg33[1, 0] : f32 from vector<2x2xf32>
              %2163 = arith.mulf %2162, %2105 : f32
              %2164 = vector.extract %arg33[1, 1] : f32 from vector<2x2xf32>
              %2165 = arith.mulf %2164, %2105 : f32
              %2166 = vector.from_elements %2080, %2082, %2163, %2165 : vector<2x2xf32>
              %2167 = vector.extract %arg34[1, 0] : f32 from vector<2x2xf32>
              %2168 = arith.mulf %2167, %2105 : f32
              %2169 = vector.extract %arg34[1, 1] : f32 from vector<2x2xf32>
              %2170 = arith.mulf %2169, %2105 : f32
              %2171 = vector.from_elements %2084, %2086, %2168, %2170 : vector<2x2xf32>
              %2172 = vector.extract %arg35[1, 0] : f32 from vector<2x2xf32>
              %2173 = arith.mulf %2172, %2105 : f32
              %2174 = vector.extract %arg35[1, 1] : f32 from vector<2x2xf32>
              %2175 = arith.mulf %2174, %2105 : f32
              %2176 = vector.from_elements %2088, %2090, %2173, %2175 : vector<2x2xf32>
              %2177 = vector.extract %arg36[1, 0] : f32 from vector<2x2xf32>
              %2178 = arith.mulf %2177, %2105 : f32
              %2179 = vector.extract %arg36[1, 1] : f32 from vector<2x2xf32>
              %2180 = arith.mulf %2179, %2105 : f32
              %2181 = vector.from_elements %2092, %2094, %2178, %2180 : vector<2x2xf32>
              %2182 = vector.extract %arg37[1, 0] : f32 from vector<2x2xf32>
              %2183 = arith.mulf %2182, %2105 : f32
              %2184 = vector.extract %arg37[1, 1] : f32 from vector<2x2xf32>
              %2185 = arith.mulf %2184, %2105 : f32
              %2186 = vector.from_elements %2096, %2098, %2183, %2185 : vector<2x2xf32>
              scf.yield %2027, %2099, %2034, %2106, %2111, %2116, %2121, %2126, %2131, %2136, %2141, %2146, %2151, %2156, %2161, %2166, %2171, %2176, %2181, %2186 : f32, f32, f32, f32, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>
            } else {
              scf.yield %arg18, %arg19, %arg20, %arg21, %arg22, %arg23, %arg24, %arg25, %arg26, %arg27, %arg28, %arg29, %arg30, %arg31, %arg32, %arg33, %arg34, %arg35, %arg36, %arg37 : f32, f32, f32, f32, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>
            }
            %1734 = arith.cmpf oeq, %1733#0, %cst_3 : f32
            %1735 = arith.mulf %1733#0, %cst_0 : f32
            %1736 = arith.select %1734, %cst_4, %1735 : f32
            %1737 = arith.subf %cst_4, %1736 : f32
            %1738 = math.fma %1578, %cst_0, %1737 : f32
            %1739 = math.exp2 %1738 fastmath<afn> : f32
            %1740 = math.fma %1582, %cst_0, %1737 : f32
            %1741 = math.exp2 %1740 fastmath<afn> : f32
            %1742 = math.fma %1586, %cst_0, %1737 : f32
            %1743 = math.exp2 %1742 fastmath<afn> : f32
            %1744 = math.fma %1590, %cst_0, %1737 : f32
            %1745 = math.exp2 %1744 fastmath<afn> : f32
            %1746 = math.fma %1594, %cst_0, %1737 : f32
            %1747 = math.exp2 %1746 fastmath<afn> : f32
            %1748 = math.fma %1598, %cst_0, %1737 : f32
            %1749 = math.exp2 %1748 fastmath<afn> : f32
            %1750 = math.fma %1602, %cst_0, %1737 : f32
            %1751 = math.exp2 %1750 fastmath<afn> : f32
            %1752 = math.fma %1606, %cst_0, %1737 : f32
            %1753 = math.exp2 %1752 fastmath<afn> : f32
            %1754 = math.fma %1610, %cst_0, %1737 : f32
            %1755 = math.exp2 %1754 fastmath<afn> : f32
            %1756 = math.fma %1614, %cst_0, %1737 : f32
            %1757 = math.exp2 %1756 fastmath<afn> : f32
            %1758 = math.fma %1618, %cst_0, %1737 : f32
            %1759 = math.exp2 %1758 fastmath<afn> : f32
            %1760 = math.fma %1622, %cst_0, %1737 : f32
            %1761 = math.exp2 %1760 fastmath<afn> : f32
            %1762 = math.fma %1626, %cst_0, %1737 : f32
            %1763 = math.exp2 %1762 fastmath<afn> : f32
            %1764 = math.fma %1630, %cst_0, %1737 : f32
            %1765 = math.exp2 %1764 fastmath<afn> : f32
            %1766 = math.fma %1634, %cst_0, %1737 : f32
            %1767 = math.exp2 %1766 fastmath<afn> : f32
            %1768 = math.fma %1638, %cst_0, %1737 : f32
            %1769 = math.exp2 %1768 fastmath<afn> : f32
            %1770 = arith.addf %1739, %1741 : f32
            %1771 = arith.addf %1743, %1745 : f32
            %1772 = arith.addf %1747, %1749 : f32
            %1773 = arith.addf %1751, %1753 : f32
            %1774 = arith.addf %1755, %1757 : f32
            %1775 = arith.addf %1759, %1761 : f32
            %1776 = arith.addf %1763, %1765 : f32
            %1777 = arith.addf %1767, %1769 : f32
            %1778 = arith.addf %1770, %1771 : f32
            %1779 = arith.addf %1772, %1773 : f32
            %1780 = arith.addf %1774, %1775 : f32
            %1781 = arith.addf %1776, %1777 : f32
            %1782 = arith.addf %1778, %1779 : f32
            %1783 = arith.addf %1780, %1781 : f32
            %1784 = arith.addf %1782, %1783 : f32
            %1785 = arith.addf %1733#2, %1784 : f32
            %1786 = arith.cmpf oeq, %1733#1, %cst_3 : f32
            %1787 = arith.mulf %1733#1, %cst_0 : f32
            %1788 = arith.select %1786, %cst_4, %1787 : f32
            %1789 = arith.subf %cst_4, %1788 : f32
            %1790 = math.fma %1664, %cst_0, %1789 : f32
            %1791 = math.exp2 %1790 fastmath<afn> : f32
            %1792 = math.fma %1667, %cst_0, %1789 : f32
            %1793 = math.exp2 %1792 fastmath<afn> : f32
            %1794 = math.fma %1670, %cst_0, %1789 : f32
            %1795 = math.exp2 %1794 fastmath<afn> : f32
            %1796 = math.fma %1673, %cst_0, %1789 : f32
            %1797 = math.exp2 %1796 fastmath<afn> : f32
            %1798 = math.fma %1676, %cst_0, %1789 : f32
            %1799 = math.exp2 %1798 fastmath<afn> : f32
            %1800 = math.fma %1679, %cst_0, %1789 : f32
            %1801 = math.exp2 %1800 fastmath<afn> : f32
            %1802 = math.fma %1682, %cst_0, %1789 : f32
            %1803 = math.exp2 %1802 fastmath<afn> : f32
            %1804 = math.fma %1685, %cst_0, %1789 : f32
            %1805 = math.exp2 %1804 fastmath<afn> : f32
            %1806 = math.fma %1688, %cst_0, %1789 : f32
            %1807 = math.exp2 %1806 fastmath<afn> : f32
            %1808 = math.fma %1691, %cst_0, %1789 : f32
            %1809 = math.exp2 %1808 fastmath<afn> : f32
            %1810 = math.fma %1694, %cst_0, %1789 : f32
            %1811 = math.exp2 %1810 fastmath<afn> : f32
            %1812 = math.fma %1697, %cst_0, %1789 : f32
            %1813 = math.exp2 %1812 fastmath<afn> : f32
            %1814 = math.fma %1700, %cst_0, %1789 : f32
            %1815 = math.exp2 %1814 fastmath<afn> : f32
            %1816 = math.fma %1703, %cst_0, %1789 : f32
            %1817 = math.exp2 %1816 fastmath<afn> : f32
            %1818 = math.fma %1706, %cst_0, %1789 : f32
            %1819 = math.exp2 %1818 fastmath<afn> : f32
            %1820 = math.fma %1709, %cst_0, %1789 : f32
            %1821 = math.exp2 %1820 fastmath<afn> : f32
            %1822 = arith.addf %1791, %1793 : f32
            %1823 = arith.addf %1795, %1797 : f32
            %1824 = arith.addf %1799, %1801 : f32
            %1825 = arith.addf %1803, %1805 : f32
            %1826 = arith.addf %1807, %1809 : f32
            %1827 = arith.addf %1811, %1813 : f32
            %1828 = arith.addf %1815, %1817 : f32
            %1829 = arith.addf %1819, %1821 : f32
            %1830 = arith.addf %1822, %1823 : f32
            %1831 = arith.addf %1824, %1825 : f32
            %1832 = arith.addf %1826, %1827 : f32
            %1833 = arith.addf %1828, %1829 : f32
            %1834 = arith.addf %1830, %1831 : f32
            %1835 = arith.addf %1832, %1833 : f32
            %1836 = arith.addf %1834, %1835 : f32
            %1837 = arith.addf %1733#3, %1836 : f32
            %1838 = vector.from_elements %1739, %1741, %1791, %1793, %1743, %1745, %1795, %1797 : vector<4x2xf32>
            %1839 = arith.truncf %1838 : vector<4x2xf32> to vector<4x2xbf16>
            %1840 = vector.from_elements %1747, %1749, %1799, %1801, %1751, %1753, %1803, %1805 : vector<4x2xf32>
            %1841 = arith.truncf %1840 : vector<4x2xf32> to vector<4x2xbf16>
            %1842 = vector.from_elements %1755, %1757, %1807, %1809, %1759, %1761, %1811, %1813 : vector<4x2xf32>
            %1843 = arith.truncf %1842 : vector<4x2xf32> to vector<4x2xbf16>
            %1844 = vector.from_elements %1763, %1765, %1815, %1817, %1767, %1769, %1819, %1821 : vector<4x2xf32>
            %1845 = arith.truncf %1844 : vector<4x2xf32> to vector<4x2xbf16>
            %1846 = arith.muli %10, %c8_i32 : i32
            %1847 = arith.addi %7, %1846 : i32
            %1848 = arith.index_cast %1847 : i32 to index
            %1849 = arith.index_cast %12 : i32 to index
            %1850 = nvgpu.ldmatrix %view_13[%1315, %1848, %1849] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1851 = vector.extract_strided_slice %1850 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1852 = attn.mma %1839, %1851, %1733#4 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1853 = vector.extract_strided_slice %1850 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1854 = attn.mma %1839, %1853, %1733#5 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1855 = arith.index_cast %14 : i32 to index
            %1856 = nvgpu.ldmatrix %view_13[%1315, %1848, %1855] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1857 = vector.extract_strided_slice %1856 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1858 = attn.mma %1839, %1857, %1733#6 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1859 = vector.extract_strided_slice %1856 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1860 = attn.mma %1839, %1859, %1733#7 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1861 = arith.index_cast %16 : i32 to index
            %1862 = nvgpu.ldmatrix %view_13[%1315, %1848, %1861] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1863 = vector.extract_strided_slice %1862 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1864 = attn.mma %1839, %1863, %1733#8 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1865 = vector.extract_strided_slice %1862 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1866 = attn.mma %1839, %1865, %1733#9 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1867 = arith.index_cast %18 : i32 to index
            %1868 = nvgpu.ldmatrix %view_13[%1315, %1848, %1867] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1869 = vector.extract_strided_slice %1868 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1870 = attn.mma %1839, %1869, %1733#10 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1871 = vector.extract_strided_slice %1868 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1872 = attn.mma %1839, %1871, %1733#11 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1873 = arith.addi %12, %c64_i32 : i32
            %1874 = arith.index_cast %1873 : i32 to index
            %1875 = nvgpu.ldmatrix %view_13[%1315, %1848, %1874] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1876 = vector.extract_strided_slice %1875 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1877 = attn.mma %1839, %1876, %1733#12 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1878 = vector.extract_strided_slice %1875 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1879 = attn.mma %1839, %1878, %1733#13 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1880 = arith.addi %14, %c64_i32 : i32
            %1881 = arith.index_cast %1880 : i32 to index
            %1882 = nvgpu.ldmatrix %view_13[%1315, %1848, %1881] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1883 = vector.extract_strided_slice %1882 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1884 = attn.mma %1839, %1883, %1733#14 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1885 = vector.extract_strided_slice %1882 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1886 = attn.mma %1839, %1885, %1733#15 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1887 = arith.addi %16, %c64_i32 : i32
            %1888 = arith.index_cast %1887 : i32 to index
            %1889 = nvgpu.ldmatrix %view_13[%1315, %1848, %1888] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1890 = vector.extract_strided_slice %1889 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1891 = attn.mma %1839, %1890, %1733#16 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1892 = vector.extract_strided_slice %1889 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1893 = attn.mma %1839, %1892, %1733#17 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1894 = arith.addi %18, %c64_i32 : i32
            %1895 = arith.index_cast %1894 : i32 to index
            %1896 = nvgpu.ldmatrix %view_13[%1315, %1848, %1895] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1897 = vector.extract_strided_slice %1896 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1898 = attn.mma %1839, %1897, %1733#18 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1899 = vector.extract_strided_slice %1896 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1900 = attn.mma %1839, %1899, %1733#19 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1901 = arith.addi %1847, %c16_i32 : i32
            %1902 = arith.index_cast %1901 : i32 to index
            %1903 = nvgpu.ldmatrix %view_13[%1315, %1902, %1849] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1904 = vector.extract_strided_slice %1903 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1905 = attn.mma %1841, %1904, %1852 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1906 = vector.extract_strided_slice %1903 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1907 = attn.mma %1841, %1906, %1854 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1908 = nvgpu.ldmatrix %view_13[%1315, %1902, %1855] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1909 = vector.extract_strided_slice %1908 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1910 = attn.mma %1841, %1909, %1858 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1911 = vector.extract_strided_slice %1908 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1912 = attn.mma %1841, %1911, %1860 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1913 = nvgpu.ldmatrix %view_13[%1315, %1902, %1861] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1914 = vector.extract_strided_slice %1913 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1915 = attn.mma %1841, %1914, %1864 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1916 = vector.extract_strided_slice %1913 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1917 = attn.mma %1841, %1916, %1866 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1918 = nvgpu.ldmatrix %view_13[%1315, %1902, %1867] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1919 = vector.extract_strided_slice %1918 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1920 = attn.mma %1841, %1919, %1870 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1921 = vector.extract_strided_slice %1918 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1922 = attn.mma %1841, %1921, %1872 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1923 = nvgpu.ldmatrix %view_13[%1315, %1902, %1874] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1924 = vector.extract_strided_slice %1923 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1925 = attn.mma %1841, %1924, %1877 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1926 = vector.extract_strided_slice %1923 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1927 = attn.mma %1841, %1926, %1879 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1928 = nvgpu.ldmatrix %view_13[%1315, %1902, %1881] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1929 = vector.extract_strided_slice %1928 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1930 = attn.mma %1841, %1929, %1884 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1931 = vector.extract_strided_slice %1928 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1932 = attn.mma %1841, %1931, %1886 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1933 = nvgpu.ldmatrix %view_13[%1315, %1902, %1888] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1934 = vector.extract_strided_slice %1933 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1935 = attn.mma %1841, %1934, %1891 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1936 = vector.extract_strided_slice %1933 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1937 = attn.mma %1841, %1936, %1893 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1938 = nvgpu.ldmatrix %view_13[%1315, %1902, %1895] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1939 = vector.extract_strided_slice %1938 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1940 = attn.mma %1841, %1939, %1898 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1941 = vector.extract_strided_slice %1938 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1942 = attn.mma %1841, %1941, %1900 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1943 = arith.addi %1847, %c32_i32 : i32
            %1944 = arith.index_cast %1943 : i32 to index
            %1945 = nvgpu.ldmatrix %view_13[%1315, %1944, %1849] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1946 = vector.extract_strided_slice %1945 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1947 = attn.mma %1843, %1946, %1905 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1948 = vector.extract_strided_slice %1945 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1949 = attn.mma %1843, %1948, %1907 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1950 = nvgpu.ldmatrix %view_13[%1315, %1944, %1855] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1951 = vector.extract_strided_slice %1950 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1952 = attn.mma %1843, %1951, %1910 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1953 = vector.extract_strided_slice %1950 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1954 = attn.mma %1843, %1953, %1912 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1955 = nvgpu.ldmatrix %view_13[%1315, %1944, %1861] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1956 = vector.extract_strided_slice %1955 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1957 = attn.mma %1843, %1956, %1915 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1958 = vector.extract_strided_slice %1955 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1959 = attn.mma %1843, %1958, %1917 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1960 = nvgpu.ldmatrix %view_13[%1315, %1944, %1867] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1961 = vector.extract_strided_slice %1960 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1962 = attn.mma %1843, %1961, %1920 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1963 = vector.extract_strided_slice %1960 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1964 = attn.mma %1843, %1963, %1922 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1965 = nvgpu.ldmatrix %view_13[%1315, %1944, %1874] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1966 = vector.extract_strided_slice %1965 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1967 = attn.mma %1843, %1966, %1925 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1968 = vector.extract_strided_slice %1965 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1969 = attn.mma %1843, %1968, %1927 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1970 = nvgpu.ldmatrix %view_13[%1315, %1944, %1881] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1971 = vector.extract_strided_slice %1970 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1972 = attn.mma %1843, %1971, %1930 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1973 = vector.extract_strided_slice %1970 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1974 = attn.mma %1843, %1973, %1932 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1975 = nvgpu.ldmatrix %view_13[%1315, %1944, %1888] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1976 = vector.extract_strided_slice %1975 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1977 = attn.mma %1843, %1976, %1935 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1978 = vector.extract_strided_slice %1975 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1979 = attn.mma %1843, %1978, %1937 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1980 = nvgpu.ldmatrix %view_13[%1315, %1944, %1895] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1981 = vector.extract_strided_slice %1980 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1982 = attn.mma %1843, %1981, %1940 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1983 = vector.extract_strided_slice %1980 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1984 = attn.mma %1843, %1983, %1942 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1985 = arith.addi %1847, %c48_i32 : i32
            %1986 = arith.index_cast %1985 : i32 to index
            %1987 = nvgpu.ldmatrix %view_13[%1315, %1986, %1849] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1988 = vector.extract_strided_slice %1987 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1989 = attn.mma %1845, %1988, %1947 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1990 = vector.extract_strided_slice %1987 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1991 = attn.mma %1845, %1990, %1949 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1992 = nvgpu.ldmatrix %view_13[%1315, %1986, %1855] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1993 = vector.extract_strided_slice %1992 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1994 = attn.mma %1845, %1993, %1952 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1995 = vector.extract_strided_slice %1992 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1996 = attn.mma %1845, %1995, %1954 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1997 = nvgpu.ldmatrix %view_13[%1315, %1986, %1861] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1998 = vector.extract_strided_slice %1997 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1999 = attn.mma %1845, %1998, %1957 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %2000 = vector.extract_strided_slice %1997 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %2001 = attn.mma %1845, %2000, %1959 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %2002 = nvgpu.ldmatrix %view_13[%1315, %1986, %1867] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %2003 = vector.extract_strided_slice %2002 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %2004 = attn.mma %1845, %2003, %1962 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %2005 = vector.extract_strided_slice %2002 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %2006 = attn.mma %1845, %2005, %1964 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %2007 = nvgpu.ldmatrix %view_13[%1315, %1986, %1874] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %2008 = vector.extract_strided_slice %2007 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %2009 = attn.mma %1845, %2008, %1967 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %2010 = vector.extract_strided_slice %2007 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %2011 = attn.mma %1845, %2010, %1969 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %2012 = nvgpu.ldmatrix %view_13[%1315, %1986, %1881] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %2013 = vector.extract_strided_slice %2012 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %2014 = attn.mma %1845, %2013, %1972 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %2015 = vector.extract_strided_slice %2012 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %2016 = attn.mma %1845, %2015, %1974 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %2017 = nvgpu.ldmatrix %view_13[%1315, %1986, %1888] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %2018 = vector.extract_strided_slice %2017 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %2019 = attn.mma %1845, %2018, %1977 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %2020 = vector.extract_strided_slice %2017 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %2021 = attn.mma %1845, %2020, %1979 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %2022 = nvgpu.ldmatrix %view_13[%1315, %1986, %1895] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %2023 = vector.extract_strided_slice %2022 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %2024 = attn.mma %1845, %2023, %1982 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %2025 = vector.extract_strided_slice %2022 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %2026 = attn.mma %1845, %2025, %1984 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            scf.yield %1733#0, %1733#1, %1785, %1837, %1989, %1991, %1994, %1996, %1999, %2001, %2004, %2006, %2009, %2011, %2014, %2016, %2019, %2021, %2024, %2026 : f32, f32, f32, f32, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>
          } else {
            %1327 = arith.remui %1, %c16_i32 : i32
            %1328 = arith.addi %3, %1327 : i32
            %1329 = attn.recompute %1328 : i32
            %1330 = attn.recompute %12 : i32
            %1331 = attn.recompute %14 : i32
            %1332 = attn.recompute %16 : i32
            %1333 = attn.recompute %18 : i32
            %1334 = arith.index_cast %1329 : i32 to index
            %1335 = arith.index_cast %1330 : i32 to index
            %1336 = nvgpu.ldmatrix %view[%1334, %1335] {numTiles = 4 : i32, transpose = false} : memref<128x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1337 = arith.muli %8, %c8_i32 : i32
            %1338 = arith.addi %7, %1337 : i32
            %1339 = arith.index_cast %1338 : i32 to index
            %1340 = arith.index_cast %20 : i32 to index
            %1341 = nvgpu.ldmatrix %view_12[%1315, %1339, %1340] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1342 = vector.extract_strided_slice %1341 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1343 = attn.mma %1336, %1342, %cst_2 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1344 = vector.extract_strided_slice %1341 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1345 = attn.mma %1336, %1344, %cst_2 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1346 = arith.addi %1338, %c16_i32 : i32
            %1347 = arith.index_cast %1346 : i32 to index
            %1348 = nvgpu.ldmatrix %view_12[%1315, %1347, %1340] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1349 = vector.extract_strided_slice %1348 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1350 = attn.mma %1336, %1349, %cst_2 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1351 = vector.extract_strided_slice %1348 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1352 = attn.mma %1336, %1351, %cst_2 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1353 = arith.addi %1338, %c32_i32 : i32
            %1354 = arith.index_cast %1353 : i32 to index
            %1355 = nvgpu.ldmatrix %view_12[%1315, %1354, %1340] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1356 = vector.extract_strided_slice %1355 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1357 = attn.mma %1336, %1356, %cst_2 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1358 = vector.extract_strided_slice %1355 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1359 = attn.mma %1336, %1358, %cst_2 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1360 = arith.addi %1338, %c48_i32 : i32
            %1361 = arith.index_cast %1360 : i32 to index
            %1362 = nvgpu.ldmatrix %view_12[%1315, %1361, %1340] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1363 = vector.extract_strided_slice %1362 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1364 = attn.mma %1336, %1363, %cst_2 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1365 = vector.extract_strided_slice %1362 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1366 = attn.mma %1336, %1365, %cst_2 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1367 = arith.index_cast %1331 : i32 to index
            %1368 = nvgpu.ldmatrix %view[%1334, %1367] {numTiles = 4 : i32, transpose = false} : memref<128x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1369 = arith.index_cast %22 : i32 to index
            %1370 = nvgpu.ldmatrix %view_12[%1315, %1339, %1369] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1371 = vector.extract_strided_slice %1370 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1372 = attn.mma %1368, %1371, %1343 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1373 = vector.extract_strided_slice %1370 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1374 = attn.mma %1368, %1373, %1345 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1375 = nvgpu.ldmatrix %view_12[%1315, %1347, %1369] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1376 = vector.extract_strided_slice %1375 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1377 = attn.mma %1368, %1376, %1350 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1378 = vector.extract_strided_slice %1375 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1379 = attn.mma %1368, %1378, %1352 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1380 = nvgpu.ldmatrix %view_12[%1315, %1354, %1369] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1381 = vector.extract_strided_slice %1380 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1382 = attn.mma %1368, %1381, %1357 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1383 = vector.extract_strided_slice %1380 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1384 = attn.mma %1368, %1383, %1359 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1385 = nvgpu.ldmatrix %view_12[%1315, %1361, %1369] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1386 = vector.extract_strided_slice %1385 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1387 = attn.mma %1368, %1386, %1364 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1388 = vector.extract_strided_slice %1385 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1389 = attn.mma %1368, %1388, %1366 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1390 = arith.index_cast %1332 : i32 to index
            %1391 = nvgpu.ldmatrix %view[%1334, %1390] {numTiles = 4 : i32, transpose = false} : memref<128x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1392 = arith.index_cast %24 : i32 to index
            %1393 = nvgpu.ldmatrix %view_12[%1315, %1339, %1392] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1394 = vector.extract_strided_slice %1393 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1395 = attn.mma %1391, %1394, %1372 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1396 = vector.extract_strided_slice %1393 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1397 = attn.mma %1391, %1396, %1374 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1398 = nvgpu.ldmatrix %view_12[%1315, %1347, %1392] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1399 = vector.extract_strided_slice %1398 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1400 = attn.mma %1391, %1399, %1377 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1401 = vector.extract_strided_slice %1398 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1402 = attn.mma %1391, %1401, %1379 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1403 = nvgpu.ldmatrix %view_12[%1315, %1354, %1392] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1404 = vector.extract_strided_slice %1403 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1405 = attn.mma %1391, %1404, %1382 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1406 = vector.extract_strided_slice %1403 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1407 = attn.mma %1391, %1406, %1384 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1408 = nvgpu.ldmatrix %view_12[%1315, %1361, %1392] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1409 = vector.extract_strided_slice %1408 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1410 = attn.mma %1391, %1409, %1387 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1411 = vector.extract_strided_slice %1408 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1412 = attn.mma %1391, %1411, %1389 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1413 = arith.index_cast %1333 : i32 to index
            %1414 = nvgpu.ldmatrix %view[%1334, %1413] {numTiles = 4 : i32, transpose = false} : memref<128x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1415 = arith.index_cast %26 : i32 to index
            %1416 = nvgpu.ldmatrix %view_12[%1315, %1339, %1415] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1417 = vector.extract_strided_slice %1416 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1418 = attn.mma %1414, %1417, %1395 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1419 = vector.extract_strided_slice %1416 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1420 = attn.mma %1414, %1419, %1397 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1421 = nvgpu.ldmatrix %view_12[%1315, %1347, %1415] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1422 = vector.extract_strided_slice %1421 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1423 = attn.mma %1414, %1422, %1400 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1424 = vector.extract_strided_slice %1421 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1425 = attn.mma %1414, %1424, %1402 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1426 = nvgpu.ldmatrix %view_12[%1315, %1354, %1415] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1427 = vector.extract_strided_slice %1426 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1428 = attn.mma %1414, %1427, %1405 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1429 = vector.extract_strided_slice %1426 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1430 = attn.mma %1414, %1429, %1407 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1431 = nvgpu.ldmatrix %view_12[%1315, %1361, %1415] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1432 = vector.extract_strided_slice %1431 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1433 = attn.mma %1414, %1432, %1410 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1434 = vector.extract_strided_slice %1431 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1435 = attn.mma %1414, %1434, %1412 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1436 = arith.addi %1330, %c64_i32 : i32
            %1437 = arith.index_cast %1436 : i32 to index
            %1438 = nvgpu.ldmatrix %view[%1334, %1437] {numTiles = 4 : i32, transpose = false} : memref<128x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1439 = arith.addi %20, %c64_i32 : i32
            %1440 = arith.index_cast %1439 : i32 to index
            %1441 = nvgpu.ldmatrix %view_12[%1315, %1339, %1440] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1442 = vector.extract_strided_slice %1441 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1443 = attn.mma %1438, %1442, %1418 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1444 = vector.extract_strided_slice %1441 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1445 = attn.mma %1438, %1444, %1420 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1446 = nvgpu.ldmatrix %view_12[%1315, %1347, %1440] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1447 = vector.extract_strided_slice %1446 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1448 = attn.mma %1438, %1447, %1423 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1449 = vector.extract_strided_slice %1446 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1450 = attn.mma %1438, %1449, %1425 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1451 = nvgpu.ldmatrix %view_12[%1315, %1354, %1440] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1452 = vector.extract_strided_slice %1451 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1453 = attn.mma %1438, %1452, %1428 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1454 = vector.extract_strided_slice %1451 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1455 = attn.mma %1438, %1454, %1430 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1456 = nvgpu.ldmatrix %view_12[%1315, %1361, %1440] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1457 = vector.extract_strided_slice %1456 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1458 = attn.mma %1438, %1457, %1433 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1459 = vector.extract_strided_slice %1456 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1460 = attn.mma %1438, %1459, %1435 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1461 = arith.addi %1331, %c64_i32 : i32
            %1462 = arith.index_cast %1461 : i32 to index
            %1463 = nvgpu.ldmatrix %view[%1334, %1462] {numTiles = 4 : i32, transpose = false} : memref<128x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1464 = arith.addi %22, %c64_i32 : i32
            %1465 = arith.index_cast %1464 : i32 to index
            %1466 = nvgpu.ldmatrix %view_12[%1315, %1339, %1465] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1467 = vector.extract_strided_slice %1466 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1468 = attn.mma %1463, %1467, %1443 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1469 = vector.extract_strided_slice %1466 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1470 = attn.mma %1463, %1469, %1445 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1471 = nvgpu.ldmatrix %view_12[%1315, %1347, %1465] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1472 = vector.extract_strided_slice %1471 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1473 = attn.mma %1463, %1472, %1448 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1474 = vector.extract_strided_slice %1471 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1475 = attn.mma %1463, %1474, %1450 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1476 = nvgpu.ldmatrix %view_12[%1315, %1354, %1465] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1477 = vector.extract_strided_slice %1476 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1478 = attn.mma %1463, %1477, %1453 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1479 = vector.extract_strided_slice %1476 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1480 = attn.mma %1463, %1479, %1455 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1481 = nvgpu.ldmatrix %view_12[%1315, %1361, %1465] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1482 = vector.extract_strided_slice %1481 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1483 = attn.mma %1463, %1482, %1458 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1484 = vector.extract_strided_slice %1481 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1485 = attn.mma %1463, %1484, %1460 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1486 = arith.addi %1332, %c64_i32 : i32
            %1487 = arith.index_cast %1486 : i32 to index
            %1488 = nvgpu.ldmatrix %view[%1334, %1487] {numTiles = 4 : i32, transpose = false} : memref<128x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1489 = arith.addi %24, %c64_i32 : i32
            %1490 = arith.index_cast %1489 : i32 to index
            %1491 = nvgpu.ldmatrix %view_12[%1315, %1339, %1490] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1492 = vector.extract_strided_slice %1491 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1493 = attn.mma %1488, %1492, %1468 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1494 = vector.extract_strided_slice %1491 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1495 = attn.mma %1488, %1494, %1470 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1496 = nvgpu.ldmatrix %view_12[%1315, %1347, %1490] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1497 = vector.extract_strided_slice %1496 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1498 = attn.mma %1488, %1497, %1473 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1499 = vector.extract_strided_slice %1496 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1500 = attn.mma %1488, %1499, %1475 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1501 = nvgpu.ldmatrix %view_12[%1315, %1354, %1490] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1502 = vector.extract_strided_slice %1501 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1503 = attn.mma %1488, %1502, %1478 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1504 = vector.extract_strided_slice %1501 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1505 = attn.mma %1488, %1504, %1480 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1506 = nvgpu.ldmatrix %view_12[%1315, %1361, %1490] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1507 = vector.extract_strided_slice %1506 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1508 = attn.mma %1488, %1507, %1483 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1509 = vector.extract_strided_slice %1506 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1510 = attn.mma %1488, %1509, %1485 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1511 = arith.addi %1333, %c64_i32 : i32
            %1512 = arith.index_cast %1511 : i32 to index
            %1513 = nvgpu.ldmatrix %view[%1334, %1512] {numTiles = 4 : i32, transpose = false} : memref<128x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1514 = arith.addi %26, %c64_i32 : i32
            %1515 = arith.index_cast %1514 : i32 to index
            %1516 = nvgpu.ldmatrix %view_12[%1315, %1339, %1515] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1517 = vector.extract_strided_slice %1516 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1518 = attn.mma %1513, %1517, %1493 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1519 = vector.extract_strided_slice %1516 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1520 = attn.mma %1513, %1519, %1495 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1521 = nvgpu.ldmatrix %view_12[%1315, %1347, %1515] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1522 = vector.extract_strided_slice %1521 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1523 = attn.mma %1513, %1522, %1498 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1524 = vector.extract_strided_slice %1521 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1525 = attn.mma %1513, %1524, %1500 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1526 = nvgpu.ldmatrix %view_12[%1315, %1354, %1515] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1527 = vector.extract_strided_slice %1526 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1528 = attn.mma %1513, %1527, %1503 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1529 = vector.extract_strided_slice %1526 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1530 = attn.mma %1513, %1529, %1505 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1531 = nvgpu.ldmatrix %view_12[%1315, %1361, %1515] {numTiles = 4 : i32, transpose = false} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1532 = vector.extract_strided_slice %1531 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1533 = attn.mma %1513, %1532, %1508 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1534 = vector.extract_strided_slice %1531 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1535 = attn.mma %1513, %1534, %1510 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1536 = vector.extract %1518[0, 0] : f32 from vector<2x2xf32>
            %1537 = vector.extract %1518[0, 1] : f32 from vector<2x2xf32>
            %1538 = vector.extract %1518[1, 0] : f32 from vector<2x2xf32>
            %1539 = vector.extract %1518[1, 1] : f32 from vector<2x2xf32>
            %1540 = vector.extract %1520[0, 0] : f32 from vector<2x2xf32>
            %1541 = vector.extract %1520[0, 1] : f32 from vector<2x2xf32>
            %1542 = vector.extract %1520[1, 0] : f32 from vector<2x2xf32>
            %1543 = vector.extract %1520[1, 1] : f32 from vector<2x2xf32>
            %1544 = vector.extract %1523[0, 0] : f32 from vector<2x2xf32>
            %1545 = vector.extract %1523[0, 1] : f32 from vector<2x2xf32>
            %1546 = vector.extract %1523[1, 0] : f32 from vector<2x2xf32>
            %1547 = vector.extract %1523[1, 1] : f32 from vector<2x2xf32>
            %1548 = vector.extract %1525[0, 0] : f32 from vector<2x2xf32>
            %1549 = vector.extract %1525[0, 1] : f32 from vector<2x2xf32>
            %1550 = vector.extract %1525[1, 0] : f32 from vector<2x2xf32>
            %1551 = vector.extract %1525[1, 1] : f32 from vector<2x2xf32>
            %1552 = vector.extract %1528[0, 0] : f32 from vector<2x2xf32>
            %1553 = vector.extract %1528[0, 1] : f32 from vector<2x2xf32>
            %1554 = vector.extract %1528[1, 0] : f32 from vector<2x2xf32>
            %1555 = vector.extract %1528[1, 1] : f32 from vector<2x2xf32>
            %1556 = vector.extract %1530[0, 0] : f32 from vector<2x2xf32>
            %1557 = vector.extract %1530[0, 1] : f32 from vector<2x2xf32>
            %1558 = vector.extract %1530[1, 0] : f32 from vector<2x2xf32>
            %1559 = vector.extract %1530[1, 1] : f32 from vector<2x2xf32>
            %1560 = vector.extract %1533[0, 0] : f32 from vector<2x2xf32>
            %1561 = vector.extract %1533[0, 1] : f32 from vector<2x2xf32>
            %1562 = vector.extract %1533[1, 0] : f32 from vector<2x2xf32>
            %1563 = vector.extract %1533[1, 1] : f32 from vector<2x2xf32>
            %1564 = vector.extract %1535[0, 0] : f32 from vector<2x2xf32>
            %1565 = vector.extract %1535[0, 1] : f32 from vector<2x2xf32>
            %1566 = vector.extract %1535[1, 0] : f32 from vector<2x2xf32>
            %1567 = vector.extract %1535[1, 1] : f32 from vector<2x2xf32>
            %1568 = arith.maximumf %1536, %1537 : f32
            %1569 = arith.maximumf %1540, %1541 : f32
            %1570 = arith.maximumf %1544, %1545 : f32
            %1571 = arith.maximumf %1548, %1549 : f32
            %1572 = arith.maximumf %1552, %1553 : f32
            %1573 = arith.maximumf %1556, %1557 : f32
            %1574 = arith.maximumf %1560, %1561 : f32
            %1575 = arith.maximumf %1564, %1565 : f32
            %1576 = arith.maximumf %1568, %1569 : f32
            %1577 = arith.maximumf %1570, %1571 : f32
            %1578 = arith.maximumf %1572, %1573 : f32
            %1579 = arith.maximumf %1574, %1575 : f32
            %1580 = arith.maximumf %1576, %1577 : f32
            %1581 = arith.maximumf %1578, %1579 : f32
            %1582 = arith.maximumf %1580, %1581 : f32
            %shuffleResult_20, %valid_21 = gpu.shuffle  xor %1582, %c1_i32, %c32_i32 : f32
            %1583 = arith.maximumf %1582, %shuffleResult_20 : f32
            %shuffleResult_22, %valid_23 = gpu.shuffle  xor %1583, %c2_i32, %c32_i32 : f32
            %1584 = arith.maximumf %1583, %shuffleResult_22 : f32
            %1585 = arith.maximumf %1538, %1539 : f32
            %1586 = arith.maximumf %1542, %1543 : f32
            %1587 = arith.maximumf %1546, %1547 : f32
            %1588 = arith.maximumf %1550, %1551 : f32
            %1589 = arith.maximumf %1554, %1555 : f32
            %1590 = arith.maximumf %1558, %1559 : f32
            %1591 = arith.maximumf %1562, %1563 : f32
            %1592 = arith.maximumf %1566, %1567 : f32
            %1593 = arith.maximumf %1585, %1586 : f32
            %1594 = arith.maximumf %1587, %1588 : f32
            %1595 = arith.maximumf %1589, %1590 : f32
            %1596 = arith.maximumf %1591, %1592 : f32
            %1597 = arith.maximumf %1593, %1594 : f32
            %1598 = arith.maximumf %1595, %1596 : f32
            %1599 = arith.maximumf %1597, %1598 : f32
            %shuffleResult_24, %valid_25 = gpu.shuffle  xor %1599, %c1_i32, %c32_i32 : f32
            %1600 = arith.maximumf %1599, %shuffleResult_24 : f32
            %shuffleResult_26, %valid_27 = gpu.shuffle  xor %1600, %c2_i32, %c32_i32 : f32
            %1601 = arith.maximumf %1600, %shuffleResult_26 : f32
            %1602 = arith.addf %arg18, %cst_1 : f32
            %1603 = arith.cmpf ogt, %1584, %1602 : f32
            %1604 = arith.addf %arg19, %cst_1 : f32
            %1605 = arith.cmpf ogt, %1601, %1604 : f32
            %1606 = arith.ori %1603, %1605 : i1
            %1607 = nvvm.vote.sync  any %c-1_i32, %1606 -> i1
            %1608:20 = scf.if %1607 -> (f32, f32, f32, f32, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>) {
              %1902 = arith.maximumf %arg18, %1584 : f32
              %1903 = arith.mulf %arg18, %cst_0 : f32
              %1904 = arith.cmpf oeq, %1902, %cst_3 : f32
              %1905 = arith.mulf %1902, %cst_0 : f32
              %1906 = arith.select %1904, %cst_4, %1905 : f32
              %1907 = arith.subf %1903, %1906 : f32
              %1908 = math.exp2 %1907 fastmath<afn> : f32
              %1909 = arith.mulf %arg20, %1908 : f32
              %1910 = vector.extract %arg22[0, 0] : f32 from vector<2x2xf32>
              %1911 = arith.mulf %1910, %1908 : f32
              %1912 = vector.extract %arg22[0, 1] : f32 from vector<2x2xf32>
              %1913 = arith.mulf %1912, %1908 : f32
              %1914 = vector.extract %arg23[0, 0] : f32 from vector<2x2xf32>
              %1915 = arith.mulf %1914, %1908 : f32
              %1916 = vector.extract %arg23[0, 1] : f32 from vector<2x2xf32>
              %1917 = arith.mulf %1916, %1908 : f32
              %1918 = vector.extract %arg24[0, 0] : f32 from vector<2x2xf32>
              %1919 = arith.mulf %1918, %1908 : f32
              %1920 = vector.extract %arg24[0, 1] : f32 from vector<2x2xf32>
              %1921 = arith.mulf %1920, %1908 : f32
              %1922 = vector.extract %arg25[0, 0] : f32 from vector<2x2xf32>
              %1923 = arith.mulf %1922, %1908 : f32
              %1924 = vector.extract %arg25[0, 1] : f32 from vector<2x2xf32>
              %1925 = arith.mulf %1924, %1908 : f32
              %1926 = vector.extract %arg26[0, 0] : f32 from vector<2x2xf32>
              %1927 = arith.mulf %1926, %1908 : f32
              %1928 = vector.extract %arg26[0, 1] : f32 from vector<2x2xf32>
              %1929 = arith.mulf %1928, %1908 : f32
              %1930 = vector.extract %arg27[0, 0] : f32 from vector<2x2xf32>
              %1931 = arith.mulf %1930, %1908 : f32
              %1932 = vector.extract %arg27[0, 1] : f32 from vector<2x2xf32>
              %1933 = arith.mulf %1932, %1908 : f32
              %1934 = vector.extract %arg28[0, 0] : f32 from vector<2x2xf32>
              %1935 = arith.mulf %1934, %1908 : f32
              %1936 = vector.extract %arg28[0, 1] : f32 from vector<2x2xf32>
              %1937 = arith.mulf %1936, %1908 : f32
              %1938 = vector.extract %arg29[0, 0] : f32 from vector<2x2xf32>
              %1939 = arith.mulf %1938, %1908 : f32
              %1940 = vector.extract %arg29[0, 1] : f32 from vector<2x2xf32>
              %1941 = arith.mulf %1940, %1908 : f32
              %1942 = vector.extract %arg30[0, 0] : f32 from vector<2x2xf32>
              %1943 = arith.mulf %1942, %1908 : f32
              %1944 = vector.extract %arg30[0, 1] : f32 from vector<2x2xf32>
              %1945 = arith.mulf %1944, %1908 : f32
              %1946 = vector.extract %arg31[0, 0] : f32 from vector<2x2xf32>
              %1947 = arith.mulf %1946, %1908 : f32
              %1948 = vector.extract %arg31[0, 1] : f32 from vector<2x2xf32>
              %1949 = arith.mulf %1948, %1908 : f32
              %1950 = vector.extract %arg32[0, 0] : f32 from vector<2x2xf32>
              %1951 = arith.mulf %1950, %1908 : f32
              %1952 = vector.extract %arg32[0, 1] : f32 from vector<2x2xf32>
              %1953 = arith.mulf %1952, %1908 : f32
              %1954 = vector.extract %arg33[0, 0] : f32 from vector<2x2xf32>
              %1955 = arith.mulf %1954, %1908 : f32
              %1956 = vector.extract %arg33[0, 1] : f32 from vector<2x2xf32>
              %1957 = arith.mulf %1956, %1908 : f32
              %1958 = vector.extract %arg34[0, 0] : f32 from vector<2x2xf32>
              %1959 = arith.mulf %1958, %1908 : f32
              %1960 = vector.extract %arg34[0, 1] : f32 from vector<2x2xf32>
              %1961 = arith.mulf %1960, %1908 : f32
              %1962 = vector.extract %arg35[0, 0] : f32 from vector<2x2xf32>
              %1963 = arith.mulf %1962, %1908 : f32
              %1964 = vector.extract %arg35[0, 1] : f32 from vector<2x2xf32>
              %1965 = arith.mulf %1964, %1908 : f32
              %1966 = vector.extract %arg36[0, 0] : f32 from vector<2x2xf32>
              %1967 = arith.mulf %1966, %1908 : f32
              %1968 = vector.extract %arg36[0, 1] : f32 from vector<2x2xf32>
              %1969 = arith.mulf %1968, %1908 : f32
              %1970 = vector.extract %arg37[0, 0] : f32 from vector<2x2xf32>
              %1971 = arith.mulf %1970, %1908 : f32
              %1972 = vector.extract %arg37[0, 1] : f32 from vector<2x2xf32>
              %1973 = arith.mulf %1972, %1908 : f32
              %1974 = arith.maximumf %arg19, %1601 : f32
              %1975 = arith.mulf %arg19, %cst_0 : f32
              %1976 = arith.cmpf oeq, %1974, %cst_3 : f32
              %1977 = arith.mulf %1974, %cst_0 : f32
              %1978 = arith.select %1976, %cst_4, %1977 : f32
              %1979 = arith.subf %1975, %1978 : f32
              %1980 = math.exp2 %1979 fastmath<afn> : f32
              %1981 = arith.mulf %arg21, %1980 : f32
              %1982 = vector.extract %arg22[1, 0] : f32 from vector<2x2xf32>
              %1983 = arith.mulf %1982, %1980 : f32
              %1984 = vector.extract %arg22[1, 1] : f32 from vector<2x2xf32>
              %1985 = arith.mulf %1984, %1980 : f32
              %1986 = vector.from_elements %1911, %1913, %1983, %1985 : vector<2x2xf32>
              %1987 = vector.extract %arg23[1, 0] : f32 from vector<2x2xf32>
              %1988 = arith.mulf %1987, %1980 : f32
              %1989 = vector.extract %arg23[1, 1] : f32 from vector<2x2xf32>
              %1990 = arith.mulf %1989, %1980 : f32
              %1991 = vector.from_elements %1915, %1917, %1988, %1990 : vector<2x2xf32>
              %1992 = vector.extract %arg24[1, 0] : f32 from vector<2x2xf32>
              %1993 = arith.mulf %1992, %1980 : f32
              %1994 = vector.extract %arg24[1, 1] : f32 from vector<2x2xf32>
              %1995 = arith.mulf %1994, %1980 : f32
              %1996 = vector.from_elements %1919, %1921, %1993, %1995 : vector<2x2xf32>
              %1997 = vector.extract %arg25[1, 0] : f32 from vector<2x2xf32>
              %1998 = arith.mulf %1997, %1980 : f32
              %1999 = vector.extract %arg25[1, 1] : f32 from vector<2x2xf32>
              %2000 = arith.mulf %1999, %1980 : f32
              %2001 = vector.from_elements %1923, %1925, %1998, %2000 : vector<2x2xf32>
              %2002 = vector.extract %arg26[1, 0] : f32 from vector<2x2xf32>
              %2003 = arith.mulf %2002, %1980 : f32
              %2004 = vector.extract %arg26[1, 1] : f32 from vector<2x2xf32>
              %2005 = arith.mulf %2004, %1980 : f32
              %2006 = vector.from_elements %1927, %1929, %2003, %2005 : vector<2x2xf32>
              %2007 = vector.extract %arg27[1, 0] : f32 from vector<2x2xf32>
              %2008 = arith.mulf %2007, %1980 : f32
              %2009 = vector.extract %arg27[1, 1] : f32 from vector<2x2xf32>
              %2010 = arith.mulf %2009, %1980 : f32
              %2011 = vector.from_elements %1931, %1933, %2008, %2010 : vector<2x2xf32>
              %2012 = vector.extract %arg28[1, 0] : f32 from vector<2x2xf32>
              %2013 = arith.mulf %2012, %1980 : f32
              %2014 = vector.extract %arg28[1, 1] : f32 from vector<2x2xf32>
              %2015 = arith.mulf %2014, %1980 : f32
              %2016 = vector.from_elements %1935, %1937, %2013, %2015 : vector<2x2xf32>
              %2017 = vector.extract %arg29[1, 0] : f32 from vector<2x2xf32>
              %2018 = arith.mulf %2017, %1980 : f32
              %2019 = vector.extract %arg29[1, 1] : f32 from vector<2x2xf32>
              %2020 = arith.mulf %2019, %1980 : f32
              %2021 = vector.from_elements %1939, %1941, %2018, %2020 : vector<2x2xf32>
              %2022 = vector.extract %arg30[1, 0] : f32 from vector<2x2xf32>
              %2023 = arith.mulf %2022, %1980 : f32
              %2024 = vector.extract %arg30[1, 1] : f32 from vector<2x2xf32>
              %2025 = arith.mulf %2024, %1980 : f32
              %2026 = vector.from_elements %1943, %1945, %2023, %2025 : vector<2x2xf32>
              %2027 = vector.extract %arg31[1, 0] : f32 from vector<2x2xf32>
              %2028 = arith.mulf %2027, %1980 : f32
              %2029 = vector.extract %arg31[1, 1] : f32 from vector<2x2xf32>
              %2030 = arith.mulf %2029, %1980 : f32
              %2031 = vector.from_elements %1947, %1949, %2028, %2030 : vector<2x2xf32>
              %2032 = vector.extract %arg32[1, 0] : f32 from vector<2x2xf32>
              %2033 = arith.mulf %2032, %1980 : f32
              %2034 = vector.extract %arg32[1, 1] : f32 from vector<2x2xf32>
              %2035 = arith.mulf %2034, %1980 : f32
              %2036 = vector.from_elements %1951, %1953, %2033, %2035 : vector<2x2xf32>
              %2037 = vector.extract %arg33[1, 0] : f32 from vector<2x2xf32>
              %2038 = arith.mulf %2037, %1980 : f32
              %2039 = vector.extract %arg33[1, 1] : f32 from vector<2x2xf32>
              %2040 = arith.mulf %2039, %1980 : f32
              %2041 = vector.from_elements %1955, %1957, %2038, %2040 : vector<2x2xf32>
              %2042 = vector.extract %arg34[1, 0] : f32 from vector<2x2xf32>
              %2043 = arith.mulf %2042, %1980 : f32
              %2044 = vector.extract %arg34[1, 1] : f32 from vector<2x2xf32>
              %2045 = arith.mulf %2044, %1980 : f32
              %2046 = vector.from_elements %1959, %1961, %2043, %2045 : vector<2x2xf32>
              %2047 = vector.extract %arg35[1, 0] : f32 from vector<2x2xf32>
              %2048 = arith.mulf %2047, %1980 : f32
              %2049 = vector.extract %arg35[1, 1] : f32 from vector<2x2xf32>
              %2050 = arith.mulf %2049, %1980 : f32
              %2051 = vector.from_elements %1963, %1965, %2048, %2050 : vector<2x2xf32>
              %2052 = vector.extract %arg36[1, 0] : f32 from vector<2x2xf32>
              %2053 = arith.mulf %2052, %1980 : f32
              %2054 = vector.extract %arg36[1, 1] : f32 from vector<2x2xf32>
              %2055 = arith.mulf %2054, %1980 : f32
              %2056 = vector.from_elements %1967, %1969, %2053, %2055 : vector<2x2xf32>
              %2057 = vector.extract %arg37[1, 0] : f32 from vector<2x2xf32>
              %2058 = arith.mulf %2057, %1980 : f32
              %2059 = vector.extract %arg37[1, 1] : f32 from vector<2x2xf32>
              %2060 = arith.mulf %2059, %1980 : f32
              %2061 = vector.from_elements %1971, %1973, %2058, %2060 : vector<2x2xf32>
              scf.yield %1902, %1974, %1909, %1981, %1986, %1991, %1996, %2001, %2006, %2011, %2016, %2021, %2026, %2031, %2036, %2041, %2046, %2051, %2056, %2061 : f32, f32, f32, f32, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>
            } else {
              scf.yield %arg18, %arg19, %arg20, %arg21, %arg22, %arg23, %arg24, %arg25, %arg26, %arg27, %arg28, %arg29, %arg30, %arg31, %arg32, %arg33, %arg34, %arg35, %arg36, %arg37 : f32, f32, f32, f32, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>
            }
            %1609 = arith.cmpf oeq, %1608#0, %cst_3 : f32
            %1610 = arith.mulf %1608#0, %cst_0 : f32
            %1611 = arith.select %1609, %cst_4, %1610 : f32
            %1612 = arith.subf %cst_4, %1611 : f32
            %1613 = math.fma %1536, %cst_0, %1612 : f32
            %1614 = math.exp2 %1613 fastmath<afn> : f32
            %1615 = math.fma %1537, %cst_0, %1612 : f32
            %1616 = math.exp2 %1615 fastmath<afn> : f32
            %1617 = math.fma %1540, %cst_0, %1612 : f32
            %1618 = math.exp2 %1617 fastmath<afn> : f32
            %1619 = math.fma %1541, %cst_0, %1612 : f32
            %1620 = math.exp2 %1619 fastmath<afn> : f32
            %1621 = math.fma %1544, %cst_0, %1612 : f32
            %1622 = math.exp2 %1621 fastmath<afn> : f32
            %1623 = math.fma %1545, %cst_0, %1612 : f32
            %1624 = math.exp2 %1623 fastmath<afn> : f32
            %1625 = math.fma %1548, %cst_0, %1612 : f32
            %1626 = math.exp2 %1625 fastmath<afn> : f32
            %1627 = math.fma %1549, %cst_0, %1612 : f32
            %1628 = math.exp2 %1627 fastmath<afn> : f32
            %1629 = math.fma %1552, %cst_0, %1612 : f32
            %1630 = math.exp2 %1629 fastmath<afn> : f32
            %1631 = math.fma %1553, %cst_0, %1612 : f32
            %1632 = math.exp2 %1631 fastmath<afn> : f32
            %1633 = math.fma %1556, %cst_0, %1612 : f32
            %1634 = math.exp2 %1633 fastmath<afn> : f32
            %1635 = math.fma %1557, %cst_0, %1612 : f32
            %1636 = math.exp2 %1635 fastmath<afn> : f32
            %1637 = math.fma %1560, %cst_0, %1612 : f32
            %1638 = math.exp2 %1637 fastmath<afn> : f32
            %1639 = math.fma %1561, %cst_0, %1612 : f32
            %1640 = math.exp2 %1639 fastmath<afn> : f32
            %1641 = math.fma %1564, %cst_0, %1612 : f32
            %1642 = math.exp2 %1641 fastmath<afn> : f32
            %1643 = math.fma %1565, %cst_0, %1612 : f32
            %1644 = math.exp2 %1643 fastmath<afn> : f32
            %1645 = arith.addf %1614, %1616 : f32
            %1646 = arith.addf %1618, %1620 : f32
            %1647 = arith.addf %1622, %1624 : f32
            %1648 = arith.addf %1626, %1628 : f32
            %1649 = arith.addf %1630, %1632 : f32
            %1650 = arith.addf %1634, %1636 : f32
            %1651 = arith.addf %1638, %1640 : f32
            %1652 = arith.addf %1642, %1644 : f32
            %1653 = arith.addf %1645, %1646 : f32
            %1654 = arith.addf %1647, %1648 : f32
            %1655 = arith.addf %1649, %1650 : f32
            %1656 = arith.addf %1651, %1652 : f32
            %1657 = arith.addf %1653, %1654 : f32
            %1658 = arith.addf %1655, %1656 : f32
            %1659 = arith.addf %1657, %1658 : f32
            %1660 = arith.addf %1608#2, %1659 : f32
            %1661 = arith.cmpf oeq, %1608#1, %cst_3 : f32
            %1662 = arith.mulf %1608#1, %cst_0 : f32
            %1663 = arith.select %1661, %cst_4, %1662 : f32
            %1664 = arith.subf %cst_4, %1663 : f32
            %1665 = math.fma %1538, %cst_0, %1664 : f32
            %1666 = math.exp2 %1665 fastmath<afn> : f32
            %1667 = math.fma %1539, %cst_0, %1664 : f32
            %1668 = math.exp2 %1667 fastmath<afn> : f32
            %1669 = math.fma %1542, %cst_0, %1664 : f32
            %1670 = math.exp2 %1669 fastmath<afn> : f32
            %1671 = math.fma %1543, %cst_0, %1664 : f32
            %1672 = math.exp2 %1671 fastmath<afn> : f32
            %1673 = math.fma %1546, %cst_0, %1664 : f32
            %1674 = math.exp2 %1673 fastmath<afn> : f32
            %1675 = math.fma %1547, %cst_0, %1664 : f32
            %1676 = math.exp2 %1675 fastmath<afn> : f32
            %1677 = math.fma %1550, %cst_0, %1664 : f32
            %1678 = math.exp2 %1677 fastmath<afn> : f32
            %1679 = math.fma %1551, %cst_0, %1664 : f32
            %1680 = math.exp2 %1679 fastmath<afn> : f32
            %1681 = math.fma %1554, %cst_0, %1664 : f32
            %1682 = math.exp2 %1681 fastmath<afn> : f32
            %1683 = math.fma %1555, %cst_0, %1664 : f32
            %1684 = math.exp2 %1683 fastmath<afn> : f32
            %1685 = math.fma %1558, %cst_0, %1664 : f32
            %1686 = math.exp2 %1685 fastmath<afn> : f32
            %1687 = math.fma %1559, %cst_0, %1664 : f32
            %1688 = math.exp2 %1687 fastmath<afn> : f32
            %1689 = math.fma %1562, %cst_0, %1664 : f32
            %1690 = math.exp2 %1689 fastmath<afn> : f32
            %1691 = math.fma %1563, %cst_0, %1664 : f32
            %1692 = math.exp2 %1691 fastmath<afn> : f32
            %1693 = math.fma %1566, %cst_0, %1664 : f32
            %1694 = math.exp2 %1693 fastmath<afn> : f32
            %1695 = math.fma %1567, %cst_0, %1664 : f32
            %1696 = math.exp2 %1695 fastmath<afn> : f32
            %1697 = arith.addf %1666, %1668 : f32
            %1698 = arith.addf %1670, %1672 : f32
            %1699 = arith.addf %1674, %1676 : f32
            %1700 = arith.addf %1678, %1680 : f32
            %1701 = arith.addf %1682, %1684 : f32
            %1702 = arith.addf %1686, %1688 : f32
            %1703 = arith.addf %1690, %1692 : f32
            %1704 = arith.addf %1694, %1696 : f32
            %1705 = arith.addf %1697, %1698 : f32
            %1706 = arith.addf %1699, %1700 : f32
            %1707 = arith.addf %1701, %1702 : f32
            %1708 = arith.addf %1703, %1704 : f32
            %1709 = arith.addf %1705, %1706 : f32
            %1710 = arith.addf %1707, %1708 : f32
            %1711 = arith.addf %1709, %1710 : f32
            %1712 = arith.addf %1608#3, %1711 : f32
            %1713 = vector.from_elements %1614, %1616, %1666, %1668, %1618, %1620, %1670, %1672 : vector<4x2xf32>
            %1714 = arith.truncf %1713 : vector<4x2xf32> to vector<4x2xbf16>
            %1715 = vector.from_elements %1622, %1624, %1674, %1676, %1626, %1628, %1678, %1680 : vector<4x2xf32>
            %1716 = arith.truncf %1715 : vector<4x2xf32> to vector<4x2xbf16>
            %1717 = vector.from_elements %1630, %1632, %1682, %1684, %1634, %1636, %1686, %1688 : vector<4x2xf32>
            %1718 = arith.truncf %1717 : vector<4x2xf32> to vector<4x2xbf16>
            %1719 = vector.from_elements %1638, %1640, %1690, %1692, %1642, %1644, %1694, %1696 : vector<4x2xf32>
            %1720 = arith.truncf %1719 : vector<4x2xf32> to vector<4x2xbf16>
            %1721 = arith.muli %10, %c8_i32 : i32
            %1722 = arith.addi %7, %1721 : i32
            %1723 = arith.index_cast %1722 : i32 to index
            %1724 = arith.index_cast %12 : i32 to index
            %1725 = nvgpu.ldmatrix %view_13[%1315, %1723, %1724] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1726 = vector.extract_strided_slice %1725 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1727 = attn.mma %1714, %1726, %1608#4 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1728 = vector.extract_strided_slice %1725 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1729 = attn.mma %1714, %1728, %1608#5 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1730 = arith.index_cast %14 : i32 to index
            %1731 = nvgpu.ldmatrix %view_13[%1315, %1723, %1730] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1732 = vector.extract_strided_slice %1731 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1733 = attn.mma %1714, %1732, %1608#6 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1734 = vector.extract_strided_slice %1731 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1735 = attn.mma %1714, %1734, %1608#7 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1736 = arith.index_cast %16 : i32 to index
            %1737 = nvgpu.ldmatrix %view_13[%1315, %1723, %1736] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1738 = vector.extract_strided_slice %1737 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1739 = attn.mma %1714, %1738, %1608#8 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1740 = vector.extract_strided_slice %1737 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1741 = attn.mma %1714, %1740, %1608#9 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1742 = arith.index_cast %18 : i32 to index
            %1743 = nvgpu.ldmatrix %view_13[%1315, %1723, %1742] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1744 = vector.extract_strided_slice %1743 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1745 = attn.mma %1714, %1744, %1608#10 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1746 = vector.extract_strided_slice %1743 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1747 = attn.mma %1714, %1746, %1608#11 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1748 = arith.addi %12, %c64_i32 : i32
            %1749 = arith.index_cast %1748 : i32 to index
            %1750 = nvgpu.ldmatrix %view_13[%1315, %1723, %1749] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1751 = vector.extract_strided_slice %1750 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1752 = attn.mma %1714, %1751, %1608#12 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1753 = vector.extract_strided_slice %1750 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1754 = attn.mma %1714, %1753, %1608#13 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1755 = arith.addi %14, %c64_i32 : i32
            %1756 = arith.index_cast %1755 : i32 to index
            %1757 = nvgpu.ldmatrix %view_13[%1315, %1723, %1756] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1758 = vector.extract_strided_slice %1757 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1759 = attn.mma %1714, %1758, %1608#14 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1760 = vector.extract_strided_slice %1757 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1761 = attn.mma %1714, %1760, %1608#15 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1762 = arith.addi %16, %c64_i32 : i32
            %1763 = arith.index_cast %1762 : i32 to index
            %1764 = nvgpu.ldmatrix %view_13[%1315, %1723, %1763] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1765 = vector.extract_strided_slice %1764 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1766 = attn.mma %1714, %1765, %1608#16 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1767 = vector.extract_strided_slice %1764 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1768 = attn.mma %1714, %1767, %1608#17 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1769 = arith.addi %18, %c64_i32 : i32
            %1770 = arith.index_cast %1769 : i32 to index
            %1771 = nvgpu.ldmatrix %view_13[%1315, %1723, %1770] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1772 = vector.extract_strided_slice %1771 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1773 = attn.mma %1714, %1772, %1608#18 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1774 = vector.extract_strided_slice %1771 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1775 = attn.mma %1714, %1774, %1608#19 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1776 = arith.addi %1722, %c16_i32 : i32
            %1777 = arith.index_cast %1776 : i32 to index
            %1778 = nvgpu.ldmatrix %view_13[%1315, %1777, %1724] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1779 = vector.extract_strided_slice %1778 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1780 = attn.mma %1716, %1779, %1727 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1781 = vector.extract_strided_slice %1778 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1782 = attn.mma %1716, %1781, %1729 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1783 = nvgpu.ldmatrix %view_13[%1315, %1777, %1730] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1784 = vector.extract_strided_slice %1783 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1785 = attn.mma %1716, %1784, %1733 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1786 = vector.extract_strided_slice %1783 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1787 = attn.mma %1716, %1786, %1735 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1788 = nvgpu.ldmatrix %view_13[%1315, %1777, %1736] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1789 = vector.extract_strided_slice %1788 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1790 = attn.mma %1716, %1789, %1739 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1791 = vector.extract_strided_slice %1788 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1792 = attn.mma %1716, %1791, %1741 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1793 = nvgpu.ldmatrix %view_13[%1315, %1777, %1742] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1794 = vector.extract_strided_slice %1793 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1795 = attn.mma %1716, %1794, %1745 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1796 = vector.extract_strided_slice %1793 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1797 = attn.mma %1716, %1796, %1747 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1798 = nvgpu.ldmatrix %view_13[%1315, %1777, %1749] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1799 = vector.extract_strided_slice %1798 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1800 = attn.mma %1716, %1799, %1752 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1801 = vector.extract_strided_slice %1798 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1802 = attn.mma %1716, %1801, %1754 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1803 = nvgpu.ldmatrix %view_13[%1315, %1777, %1756] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1804 = vector.extract_strided_slice %1803 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1805 = attn.mma %1716, %1804, %1759 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1806 = vector.extract_strided_slice %1803 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1807 = attn.mma %1716, %1806, %1761 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1808 = nvgpu.ldmatrix %view_13[%1315, %1777, %1763] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1809 = vector.extract_strided_slice %1808 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1810 = attn.mma %1716, %1809, %1766 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1811 = vector.extract_strided_slice %1808 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1812 = attn.mma %1716, %1811, %1768 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1813 = nvgpu.ldmatrix %view_13[%1315, %1777, %1770] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1814 = vector.extract_strided_slice %1813 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1815 = attn.mma %1716, %1814, %1773 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1816 = vector.extract_strided_slice %1813 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1817 = attn.mma %1716, %1816, %1775 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1818 = arith.addi %1722, %c32_i32 : i32
            %1819 = arith.index_cast %1818 : i32 to index
            %1820 = nvgpu.ldmatrix %view_13[%1315, %1819, %1724] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1821 = vector.extract_strided_slice %1820 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1822 = attn.mma %1718, %1821, %1780 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1823 = vector.extract_strided_slice %1820 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1824 = attn.mma %1718, %1823, %1782 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1825 = nvgpu.ldmatrix %view_13[%1315, %1819, %1730] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1826 = vector.extract_strided_slice %1825 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1827 = attn.mma %1718, %1826, %1785 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1828 = vector.extract_strided_slice %1825 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1829 = attn.mma %1718, %1828, %1787 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1830 = nvgpu.ldmatrix %view_13[%1315, %1819, %1736] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1831 = vector.extract_strided_slice %1830 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1832 = attn.mma %1718, %1831, %1790 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1833 = vector.extract_strided_slice %1830 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1834 = attn.mma %1718, %1833, %1792 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1835 = nvgpu.ldmatrix %view_13[%1315, %1819, %1742] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1836 = vector.extract_strided_slice %1835 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1837 = attn.mma %1718, %1836, %1795 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1838 = vector.extract_strided_slice %1835 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1839 = attn.mma %1718, %1838, %1797 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1840 = nvgpu.ldmatrix %view_13[%1315, %1819, %1749] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1841 = vector.extract_strided_slice %1840 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1842 = attn.mma %1718, %1841, %1800 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1843 = vector.extract_strided_slice %1840 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1844 = attn.mma %1718, %1843, %1802 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1845 = nvgpu.ldmatrix %view_13[%1315, %1819, %1756] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1846 = vector.extract_strided_slice %1845 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1847 = attn.mma %1718, %1846, %1805 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1848 = vector.extract_strided_slice %1845 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1849 = attn.mma %1718, %1848, %1807 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1850 = nvgpu.ldmatrix %view_13[%1315, %1819, %1763] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1851 = vector.extract_strided_slice %1850 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1852 = attn.mma %1718, %1851, %1810 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1853 = vector.extract_strided_slice %1850 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1854 = attn.mma %1718, %1853, %1812 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1855 = nvgpu.ldmatrix %view_13[%1315, %1819, %1770] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1856 = vector.extract_strided_slice %1855 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1857 = attn.mma %1718, %1856, %1815 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1858 = vector.extract_strided_slice %1855 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1859 = attn.mma %1718, %1858, %1817 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1860 = arith.addi %1722, %c48_i32 : i32
            %1861 = arith.index_cast %1860 : i32 to index
            %1862 = nvgpu.ldmatrix %view_13[%1315, %1861, %1724] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1863 = vector.extract_strided_slice %1862 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1864 = attn.mma %1720, %1863, %1822 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1865 = vector.extract_strided_slice %1862 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1866 = attn.mma %1720, %1865, %1824 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1867 = nvgpu.ldmatrix %view_13[%1315, %1861, %1730] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1868 = vector.extract_strided_slice %1867 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1869 = attn.mma %1720, %1868, %1827 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1870 = vector.extract_strided_slice %1867 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1871 = attn.mma %1720, %1870, %1829 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1872 = nvgpu.ldmatrix %view_13[%1315, %1861, %1736] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1873 = vector.extract_strided_slice %1872 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1874 = attn.mma %1720, %1873, %1832 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1875 = vector.extract_strided_slice %1872 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1876 = attn.mma %1720, %1875, %1834 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1877 = nvgpu.ldmatrix %view_13[%1315, %1861, %1742] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1878 = vector.extract_strided_slice %1877 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1879 = attn.mma %1720, %1878, %1837 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1880 = vector.extract_strided_slice %1877 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1881 = attn.mma %1720, %1880, %1839 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1882 = nvgpu.ldmatrix %view_13[%1315, %1861, %1749] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1883 = vector.extract_strided_slice %1882 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1884 = attn.mma %1720, %1883, %1842 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1885 = vector.extract_strided_slice %1882 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1886 = attn.mma %1720, %1885, %1844 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1887 = nvgpu.ldmatrix %view_13[%1315, %1861, %1756] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1888 = vector.extract_strided_slice %1887 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1889 = attn.mma %1720, %1888, %1847 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1890 = vector.extract_strided_slice %1887 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1891 = attn.mma %1720, %1890, %1849 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1892 = nvgpu.ldmatrix %view_13[%1315, %1861, %1763] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1893 = vector.extract_strided_slice %1892 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1894 = attn.mma %1720, %1893, %1852 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1895 = vector.extract_strided_slice %1892 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1896 = attn.mma %1720, %1895, %1854 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1897 = nvgpu.ldmatrix %view_13[%1315, %1861, %1770] {numTiles = 4 : i32, transpose = true} : memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
            %1898 = vector.extract_strided_slice %1897 {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1899 = attn.mma %1720, %1898, %1857 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            %1900 = vector.extract_strided_slice %1897 {offsets = [2, 0], sizes = [2, 2], strides = [1, 1]} : vector<4x2xbf16> to vector<2x2xbf16>
            %1901 = attn.mma %1720, %1900, %1859 : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
            scf.yield %1608#0, %1608#1, %1660, %1712, %1864, %1866, %1869, %1871, %1874, %1876, %1879, %1881, %1884, %1886, %1889, %1891, %1894, %1896, %1899, %1901 : f32, f32, f32, f32, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>
          }
          gpu.barrier
          scf.yield %1326#0, %1326#1, %1326#2, %1326#3, %1326#4, %1326#5, %1326#6, %1326#7, %1326#8, %1326#9, %1326#10, %1326#11, %1326#12, %1326#13, %1326#14, %1326#15, %1326#16, %1326#17, %1326#18, %1326#19 : f32, f32, f32, f32, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>
        } {attn.single_barrier}
        %1251 = arith.index_cast %block_id_y : index to i32
        %1252 = attn.recompute %1251 : i32
        %1253 = arith.index_cast %1252 : i32 to index
        %1254 = arith.index_cast %block_id_x : index to i32
        %1255 = attn.recompute %1254 : i32
        %1256 = arith.index_cast %1255 : i32 to index
        %1257 = attn.recompute %0 : i32
        %1258 = arith.remui %1257, %c32_i32 : i32
        %1259 = arith.divui %1257, %c32_i32 : i32
        %1260 = arith.muli %1259, %c16_i32 : i32
        %1261 = arith.divui %1258, %c4_i32 : i32
        %1262 = arith.remui %1258, %c4_i32 : i32
        %1263 = arith.muli %1262, %c2_i32 : i32
        %1264 = memref.load %arg7[%1253] : memref<?xi32>
        %1265 = arith.index_cast %1264 : i32 to index
        %1266 = memref.load %arg11[%1253] : memref<?xi32>
        %1267 = memref.load %arg12[%1253] : memref<?xi32>
        %1268 = arith.index_cast %1267 : i32 to index
        %1269 = memref.load %arg1[%1265] : memref<?xi32>
        %1270 = arith.index_cast %1269 : i32 to index
        %1271 = arith.addi %1265, %c1 : index
        %1272 = memref.load %arg1[%1271] : memref<?xi32>
        %1273 = arith.index_cast %1272 : i32 to index
        %1274 = arith.subi %1273, %1270 : index
        %1275 = memref.load %arg8[%1253] : memref<?xi32>
        %1276 = arith.index_cast %1275 : i32 to index
        %1277 = arith.muli %1276, %c128 : index
        %1278 = arith.addi %1277, %c128 : index
        %1279 = arith.muli %1274, %c4 : index
        %1280 = arith.minsi %1278, %1279 : index
        %1281 = arith.index_cast %1277 : index to i32
        %1282 = arith.cmpi eq, %1262, %c0_i32 : i32
        %1283 = arith.cmpi slt, %1266, %c0_i32 : i32
        %shuffleResult, %valid = gpu.shuffle  xor %1250#2, %c1_i32, %c32_i32 : f32
        %1284 = arith.addf %1250#2, %shuffleResult : f32
        %shuffleResult_14, %valid_15 = gpu.shuffle  xor %1284, %c2_i32, %c32_i32 : f32
        %1285 = arith.addf %1284, %shuffleResult_14 : f32
        %1286 = arith.cmpf ogt, %1285, %cst_4 : f32
        %1287 = arith.divf %cst_8, %1285 : f32
        %1288 = arith.select %1286, %1287, %cst_4 : f32
        %1289 = arith.mulf %1250#0, %cst_0 : f32
        %1290 = arith.select %1286, %1285, %cst_8 : f32
        %1291 = math.log2 %1290 fastmath<afn> : f32
        %1292 = arith.addf %1289, %1291 : f32
        %1293 = arith.mulf %1292, %cst : f32
        %1294 = arith.select %1286, %1293, %cst_3 : f32
        %1295 = arith.addi %1260, %1261 : i32
        %1296 = arith.addi %1281, %1295 : i32
        %1297 = arith.index_cast %1296 : i32 to index
        %1298 = arith.cmpi ult, %1297, %1280 : index
        scf.if %1298 {
          %1315 = arith.divui %1297, %c4 : index
          %1316 = arith.muli %1256, %c4 : index
          %1317 = arith.remui %1297, %c4 : index
          %1318 = arith.addi %1316, %1317 : index
          %1319 = vector.extract %1250#4[0, 0] : f32 from vector<2x2xf32>
          %1320 = arith.mulf %1319, %1288 : f32
          %1321 = vector.extract %1250#4[0, 1] : f32 from vector<2x2xf32>
          %1322 = arith.mulf %1321, %1288 : f32
          %1323 = vector.from_elements %1320, %1322 : vector<2xf32>
          %1324 = vector.extract %1250#5[0, 0] : f32 from vector<2x2xf32>
          %1325 = arith.mulf %1324, %1288 : f32
          %1326 = vector.extract %1250#5[0, 1] : f32 from vector<2x2xf32>
          %1327 = arith.mulf %1326, %1288 : f32
          %1328 = vector.from_elements %1325, %1327 : vector<2xf32>
          %1329 = vector.extract %1250#6[0, 0] : f32 from vector<2x2xf32>
          %1330 = arith.mulf %1329, %1288 : f32
          %1331 = vector.extract %1250#6[0, 1] : f32 from vector<2x2xf32>
          %1332 = arith.mulf %1331, %1288 : f32
          %1333 = vector.from_elements %1330, %1332 : vector<2xf32>
          %1334 = vector.extract %1250#7[0, 0] : f32 from vector<2x2xf32>
          %1335 = arith.mulf %1334, %1288 : f32
          %1336 = vector.extract %1250#7[0, 1] : f32 from vector<2x2xf32>
          %1337 = arith.mulf %1336, %1288 : f32
          %1338 = vector.from_elements %1335, %1337 : vector<2xf32>
          %1339 = vector.extract %1250#8[0, 0] : f32 from vector<2x2xf32>
          %1340 = arith.mulf %1339, %1288 : f32
          %1341 = vector.extract %1250#8[0, 1] : f32 from vector<2x2xf32>
          %1342 = arith.mulf %1341, %1288 : f32
          %1343 = vector.from_elements %1340, %1342 : vector<2xf32>
          %1344 = vector.extract %1250#9[0, 0] : f32 from vector<2x2xf32>
          %1345 = arith.mulf %1344, %1288 : f32
          %1346 = vector.extract %1250#9[0, 1] : f32 from vector<2x2xf32>
          %1347 = arith.mulf %1346, %1288 : f32
          %1348 = vector.from_elements %1345, %1347 : vector<2xf32>
          %1349 = vector.extract %1250#10[0, 0] : f32 from vector<2x2xf32>
          %1350 = arith.mulf %1349, %1288 : f32
          %1351 = vector.extract %1250#10[0, 1] : f32 from vector<2x2xf32>
          %1352 = arith.mulf %1351, %1288 : f32
          %1353 = vector.from_elements %1350, %1352 : vector<2xf32>
          %1354 = vector.extract %1250#11[0, 0] : f32 from vector<2x2xf32>
          %1355 = arith.mulf %1354, %1288 : f32
          %1356 = vector.extract %1250#11[0, 1] : f32 from vector<2x2xf32>
          %1357 = arith.mulf %1356, %1288 : f32
          %1358 = vector.from_elements %1355, %1357 : vector<2xf32>
          %1359 = vector.extract %1250#12[0, 0] : f32 from vector<2x2xf32>
          %1360 = arith.mulf %1359, %1288 : f32
          %1361 = vector.extract %1250#12[0, 1] : f32 from vector<2x2xf32>
          %1362 = arith.mulf %1361, %1288 : f32
          %1363 = vector.from_elements %1360, %1362 : vector<2xf32>
          %1364 = vector.extract %1250#13[0, 0] : f32 from vector<2x2xf32>
          %1365 = arith.mulf %1364, %1288 : f32
          %1366 = vector.extract %1250#13[0, 1] : f32 from vector<2x2xf32>
          %1367 = arith.mulf %1366, %1288 : f32
          %1368 = vector.from_elements %1365, %1367 : vector<2xf32>
          %1369 = vector.extract %1250#14[0, 0] : f32 from vector<2x2xf32>
          %1370 = arith.mulf %1369, %1288 : f32
          %1371 = vector.extract %1250#14[0, 1] : f32 from vector<2x2xf32>
          %1372 = arith.mulf %1371, %1288 : f32
          %1373 = vector.from_elements %1370, %1372 : vector<2xf32>
          %1374 = vector.extract %1250#15[0, 0] : f32 from vector<2x2xf32>
          %1375 = arith.mulf %1374, %1288 : f32
          %1376 = vector.extract %1250#15[0, 1] : f32 from vector<2x2xf32>
          %1377 = arith.mulf %1376, %1288 : f32
          %1378 = vector.from_elements %1375, %1377 : vector<2xf32>
          %1379 = vector.extract %1250#16[0, 0] : f32 from vector<2x2xf32>
          %1380 = arith.mulf %1379, %1288 : f32
          %1381 = vector.extract %1250#16[0, 1] : f32 from vector<2x2xf32>
          %1382 = arith.mulf %1381, %1288 : f32
          %1383 = vector.from_elements %1380, %1382 : vector<2xf32>
          %1384 = vector.extract %1250#17[0, 0] : f32 from vector<2x2xf32>
          %1385 = arith.mulf %1384, %1288 : f32
          %1386 = vector.extract %1250#17[0, 1] : f32 from vector<2x2xf32>
          %1387 = arith.mulf %1386, %1288 : f32
          %1388 = vector.from_elements %1385, %1387 : vector<2xf32>
          %1389 = vector.extract %1250#18[0, 0] : f32 from vector<2x2xf32>
          %1390 = arith.mulf %1389, %1288 : f32
          %1391 = vector.extract %1250#18[0, 1] : f32 from vector<2x2xf32>
          %1392 = arith.mulf %1391, %1288 : f32
          %1393 = vector.from_elements %1390, %1392 : vector<2xf32>
          %1394 = vector.extract %1250#19[0, 0] : f32 from vector<2x2xf32>
          %1395 = arith.mulf %1394, %1288 : f32
          %1396 = vector.extract %1250#19[0, 1] : f32 from vector<2x2xf32>
          %1397 = arith.mulf %1396, %1288 : f32
          %1398 = vector.from_elements %1395, %1397 : vector<2xf32>
          scf.if %1283 {
            %1399 = arith.addi %1270, %1315 : index
            %1400 = arith.index_cast %1263 : i32 to index
            %1401 = arith.truncf %1323 : vector<2xf32> to vector<2xbf16>
            vector.store %1401, %arg14[%1399, %1318, %1400] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1402 = arith.addi %1263, %c8_i32 : i32
            %1403 = arith.index_cast %1402 : i32 to index
            %1404 = arith.truncf %1328 : vector<2xf32> to vector<2xbf16>
            vector.store %1404, %arg14[%1399, %1318, %1403] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1405 = arith.addi %1263, %c16_i32 : i32
            %1406 = arith.index_cast %1405 : i32 to index
            %1407 = arith.truncf %1333 : vector<2xf32> to vector<2xbf16>
            vector.store %1407, %arg14[%1399, %1318, %1406] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1408 = arith.addi %1263, %c24_i32 : i32
            %1409 = arith.index_cast %1408 : i32 to index
            %1410 = arith.truncf %1338 : vector<2xf32> to vector<2xbf16>
            vector.store %1410, %arg14[%1399, %1318, %1409] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1411 = arith.addi %1263, %c32_i32 : i32
            %1412 = arith.index_cast %1411 : i32 to index
            %1413 = arith.truncf %1343 : vector<2xf32> to vector<2xbf16>
            vector.store %1413, %arg14[%1399, %1318, %1412] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1414 = arith.addi %1263, %c40_i32 : i32
            %1415 = arith.index_cast %1414 : i32 to index
            %1416 = arith.truncf %1348 : vector<2xf32> to vector<2xbf16>
            vector.store %1416, %arg14[%1399, %1318, %1415] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1417 = arith.addi %1263, %c48_i32 : i32
            %1418 = arith.index_cast %1417 : i32 to index
            %1419 = arith.truncf %1353 : vector<2xf32> to vector<2xbf16>
            vector.store %1419, %arg14[%1399, %1318, %1418] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1420 = arith.addi %1263, %c56_i32 : i32
            %1421 = arith.index_cast %1420 : i32 to index
            %1422 = arith.truncf %1358 : vector<2xf32> to vector<2xbf16>
            vector.store %1422, %arg14[%1399, %1318, %1421] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1423 = arith.addi %1263, %c64_i32 : i32
            %1424 = arith.index_cast %1423 : i32 to index
            %1425 = arith.truncf %1363 : vector<2xf32> to vector<2xbf16>
            vector.store %1425, %arg14[%1399, %1318, %1424] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1426 = arith.addi %1263, %c72_i32 : i32
            %1427 = arith.index_cast %1426 : i32 to index
            %1428 = arith.truncf %1368 : vector<2xf32> to vector<2xbf16>
            vector.store %1428, %arg14[%1399, %1318, %1427] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1429 = arith.addi %1263, %c80_i32 : i32
            %1430 = arith.index_cast %1429 : i32 to index
            %1431 = arith.truncf %1373 : vector<2xf32> to vector<2xbf16>
            vector.store %1431, %arg14[%1399, %1318, %1430] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1432 = arith.addi %1263, %c88_i32 : i32
            %1433 = arith.index_cast %1432 : i32 to index
            %1434 = arith.truncf %1378 : vector<2xf32> to vector<2xbf16>
            vector.store %1434, %arg14[%1399, %1318, %1433] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1435 = arith.addi %1263, %c96_i32 : i32
            %1436 = arith.index_cast %1435 : i32 to index
            %1437 = arith.truncf %1383 : vector<2xf32> to vector<2xbf16>
            vector.store %1437, %arg14[%1399, %1318, %1436] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1438 = arith.addi %1263, %c104_i32 : i32
            %1439 = arith.index_cast %1438 : i32 to index
            %1440 = arith.truncf %1388 : vector<2xf32> to vector<2xbf16>
            vector.store %1440, %arg14[%1399, %1318, %1439] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1441 = arith.addi %1263, %c112_i32 : i32
            %1442 = arith.index_cast %1441 : i32 to index
            %1443 = arith.truncf %1393 : vector<2xf32> to vector<2xbf16>
            vector.store %1443, %arg14[%1399, %1318, %1442] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1444 = arith.addi %1263, %c120_i32 : i32
            %1445 = arith.index_cast %1444 : i32 to index
            %1446 = arith.truncf %1398 : vector<2xf32> to vector<2xbf16>
            vector.store %1446, %arg14[%1399, %1318, %1445] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
          } else {
            %1399 = arith.index_cast %1266 : i32 to index
            %1400 = arith.muli %1315, %1268 : index
            %1401 = arith.addi %1399, %1400 : index
            %1402 = arith.index_cast %1263 : i32 to index
            vector.store %1323, %arg15[%1401, %1318, %1402] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1403 = arith.addi %1263, %c8_i32 : i32
            %1404 = arith.index_cast %1403 : i32 to index
            vector.store %1328, %arg15[%1401, %1318, %1404] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1405 = arith.addi %1263, %c16_i32 : i32
            %1406 = arith.index_cast %1405 : i32 to index
            vector.store %1333, %arg15[%1401, %1318, %1406] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1407 = arith.addi %1263, %c24_i32 : i32
            %1408 = arith.index_cast %1407 : i32 to index
            vector.store %1338, %arg15[%1401, %1318, %1408] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1409 = arith.addi %1263, %c32_i32 : i32
            %1410 = arith.index_cast %1409 : i32 to index
            vector.store %1343, %arg15[%1401, %1318, %1410] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1411 = arith.addi %1263, %c40_i32 : i32
            %1412 = arith.index_cast %1411 : i32 to index
            vector.store %1348, %arg15[%1401, %1318, %1412] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1413 = arith.addi %1263, %c48_i32 : i32
            %1414 = arith.index_cast %1413 : i32 to index
            vector.store %1353, %arg15[%1401, %1318, %1414] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1415 = arith.addi %1263, %c56_i32 : i32
            %1416 = arith.index_cast %1415 : i32 to index
            vector.store %1358, %arg15[%1401, %1318, %1416] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1417 = arith.addi %1263, %c64_i32 : i32
            %1418 = arith.index_cast %1417 : i32 to index
            vector.store %1363, %arg15[%1401, %1318, %1418] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1419 = arith.addi %1263, %c72_i32 : i32
            %1420 = arith.index_cast %1419 : i32 to index
            vector.store %1368, %arg15[%1401, %1318, %1420] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1421 = arith.addi %1263, %c80_i32 : i32
            %1422 = arith.index_cast %1421 : i32 to index
            vector.store %1373, %arg15[%1401, %1318, %1422] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1423 = arith.addi %1263, %c88_i32 : i32
            %1424 = arith.index_cast %1423 : i32 to index
            vector.store %1378, %arg15[%1401, %1318, %1424] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1425 = arith.addi %1263, %c96_i32 : i32
            %1426 = arith.index_cast %1425 : i32 to index
            vector.store %1383, %arg15[%1401, %1318, %1426] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1427 = arith.addi %1263, %c104_i32 : i32
            %1428 = arith.index_cast %1427 : i32 to index
            vector.store %1388, %arg15[%1401, %1318, %1428] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1429 = arith.addi %1263, %c112_i32 : i32
            %1430 = arith.index_cast %1429 : i32 to index
            vector.store %1393, %arg15[%1401, %1318, %1430] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1431 = arith.addi %1263, %c120_i32 : i32
            %1432 = arith.index_cast %1431 : i32 to index
            vector.store %1398, %arg15[%1401, %1318, %1432] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            scf.if %1282 {
              memref.store %1294, %arg16[%1401, %1318] : memref<?x32xf32>
            }
          }
        }
        %shuffleResult_16, %valid_17 = gpu.shuffle  xor %1250#3, %c1_i32, %c32_i32 : f32
        %1299 = arith.addf %1250#3, %shuffleResult_16 : f32
        %shuffleResult_18, %valid_19 = gpu.shuffle  xor %1299, %c2_i32, %c32_i32 : f32
        %1300 = arith.addf %1299, %shuffleResult_18 : f32
        %1301 = arith.cmpf ogt, %1300, %cst_4 : f32
        %1302 = arith.divf %cst_8, %1300 : f32
        %1303 = arith.select %1301, %1302, %cst_4 : f32
        %1304 = arith.mulf %1250#1, %cst_0 : f32
        %1305 = arith.select %1301, %1300, %cst_8 : f32
        %1306 = math.log2 %1305 fastmath<afn> : f32
        %1307 = arith.addf %1304, %1306 : f32
        %1308 = arith.mulf %1307, %cst : f32
        %1309 = arith.select %1301, %1308, %cst_3 : f32
        %1310 = arith.addi %1261, %c8_i32 : i32
        %1311 = arith.addi %1260, %1310 : i32
        %1312 = arith.addi %1281, %1311 : i32
        %1313 = arith.index_cast %1312 : i32 to index
        %1314 = arith.cmpi ult, %1313, %1280 : index
        scf.if %1314 {
          %1315 = arith.divui %1313, %c4 : index
          %1316 = arith.muli %1256, %c4 : index
          %1317 = arith.remui %1313, %c4 : index
          %1318 = arith.addi %1316, %1317 : index
          %1319 = vector.extract %1250#4[1, 0] : f32 from vector<2x2xf32>
          %1320 = arith.mulf %1319, %1303 : f32
          %1321 = vector.extract %1250#4[1, 1] : f32 from vector<2x2xf32>
          %1322 = arith.mulf %1321, %1303 : f32
          %1323 = vector.from_elements %1320, %1322 : vector<2xf32>
          %1324 = vector.extract %1250#5[1, 0] : f32 from vector<2x2xf32>
          %1325 = arith.mulf %1324, %1303 : f32
          %1326 = vector.extract %1250#5[1, 1] : f32 from vector<2x2xf32>
          %1327 = arith.mulf %1326, %1303 : f32
          %1328 = vector.from_elements %1325, %1327 : vector<2xf32>
          %1329 = vector.extract %1250#6[1, 0] : f32 from vector<2x2xf32>
          %1330 = arith.mulf %1329, %1303 : f32
          %1331 = vector.extract %1250#6[1, 1] : f32 from vector<2x2xf32>
          %1332 = arith.mulf %1331, %1303 : f32
          %1333 = vector.from_elements %1330, %1332 : vector<2xf32>
          %1334 = vector.extract %1250#7[1, 0] : f32 from vector<2x2xf32>
          %1335 = arith.mulf %1334, %1303 : f32
          %1336 = vector.extract %1250#7[1, 1] : f32 from vector<2x2xf32>
          %1337 = arith.mulf %1336, %1303 : f32
          %1338 = vector.from_elements %1335, %1337 : vector<2xf32>
          %1339 = vector.extract %1250#8[1, 0] : f32 from vector<2x2xf32>
          %1340 = arith.mulf %1339, %1303 : f32
          %1341 = vector.extract %1250#8[1, 1] : f32 from vector<2x2xf32>
          %1342 = arith.mulf %1341, %1303 : f32
          %1343 = vector.from_elements %1340, %1342 : vector<2xf32>
          %1344 = vector.extract %1250#9[1, 0] : f32 from vector<2x2xf32>
          %1345 = arith.mulf %1344, %1303 : f32
          %1346 = vector.extract %1250#9[1, 1] : f32 from vector<2x2xf32>
          %1347 = arith.mulf %1346, %1303 : f32
          %1348 = vector.from_elements %1345, %1347 : vector<2xf32>
          %1349 = vector.extract %1250#10[1, 0] : f32 from vector<2x2xf32>
          %1350 = arith.mulf %1349, %1303 : f32
          %1351 = vector.extract %1250#10[1, 1] : f32 from vector<2x2xf32>
          %1352 = arith.mulf %1351, %1303 : f32
          %1353 = vector.from_elements %1350, %1352 : vector<2xf32>
          %1354 = vector.extract %1250#11[1, 0] : f32 from vector<2x2xf32>
          %1355 = arith.mulf %1354, %1303 : f32
          %1356 = vector.extract %1250#11[1, 1] : f32 from vector<2x2xf32>
          %1357 = arith.mulf %1356, %1303 : f32
          %1358 = vector.from_elements %1355, %1357 : vector<2xf32>
          %1359 = vector.extract %1250#12[1, 0] : f32 from vector<2x2xf32>
          %1360 = arith.mulf %1359, %1303 : f32
          %1361 = vector.extract %1250#12[1, 1] : f32 from vector<2x2xf32>
          %1362 = arith.mulf %1361, %1303 : f32
          %1363 = vector.from_elements %1360, %1362 : vector<2xf32>
          %1364 = vector.extract %1250#13[1, 0] : f32 from vector<2x2xf32>
          %1365 = arith.mulf %1364, %1303 : f32
          %1366 = vector.extract %1250#13[1, 1] : f32 from vector<2x2xf32>
          %1367 = arith.mulf %1366, %1303 : f32
          %1368 = vector.from_elements %1365, %1367 : vector<2xf32>
          %1369 = vector.extract %1250#14[1, 0] : f32 from vector<2x2xf32>
          %1370 = arith.mulf %1369, %1303 : f32
          %1371 = vector.extract %1250#14[1, 1] : f32 from vector<2x2xf32>
          %1372 = arith.mulf %1371, %1303 : f32
          %1373 = vector.from_elements %1370, %1372 : vector<2xf32>
          %1374 = vector.extract %1250#15[1, 0] : f32 from vector<2x2xf32>
          %1375 = arith.mulf %1374, %1303 : f32
          %1376 = vector.extract %1250#15[1, 1] : f32 from vector<2x2xf32>
          %1377 = arith.mulf %1376, %1303 : f32
          %1378 = vector.from_elements %1375, %1377 : vector<2xf32>
          %1379 = vector.extract %1250#16[1, 0] : f32 from vector<2x2xf32>
          %1380 = arith.mulf %1379, %1303 : f32
          %1381 = vector.extract %1250#16[1, 1] : f32 from vector<2x2xf32>
          %1382 = arith.mulf %1381, %1303 : f32
          %1383 = vector.from_elements %1380, %1382 : vector<2xf32>
          %1384 = vector.extract %1250#17[1, 0] : f32 from vector<2x2xf32>
          %1385 = arith.mulf %1384, %1303 : f32
          %1386 = vector.extract %1250#17[1, 1] : f32 from vector<2x2xf32>
          %1387 = arith.mulf %1386, %1303 : f32
          %1388 = vector.from_elements %1385, %1387 : vector<2xf32>
          %1389 = vector.extract %1250#18[1, 0] : f32 from vector<2x2xf32>
          %1390 = arith.mulf %1389, %1303 : f32
          %1391 = vector.extract %1250#18[1, 1] : f32 from vector<2x2xf32>
          %1392 = arith.mulf %1391, %1303 : f32
          %1393 = vector.from_elements %1390, %1392 : vector<2xf32>
          %1394 = vector.extract %1250#19[1, 0] : f32 from vector<2x2xf32>
          %1395 = arith.mulf %1394, %1303 : f32
          %1396 = vector.extract %1250#19[1, 1] : f32 from vector<2x2xf32>
          %1397 = arith.mulf %1396, %1303 : f32
          %1398 = vector.from_elements %1395, %1397 : vector<2xf32>
          scf.if %1283 {
            %1399 = arith.addi %1270, %1315 : index
            %1400 = arith.index_cast %1263 : i32 to index
            %1401 = arith.truncf %1323 : vector<2xf32> to vector<2xbf16>
            vector.store %1401, %arg14[%1399, %1318, %1400] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1402 = arith.addi %1263, %c8_i32 : i32
            %1403 = arith.index_cast %1402 : i32 to index
            %1404 = arith.truncf %1328 : vector<2xf32> to vector<2xbf16>
            vector.store %1404, %arg14[%1399, %1318, %1403] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1405 = arith.addi %1263, %c16_i32 : i32
            %1406 = arith.index_cast %1405 : i32 to index
            %1407 = arith.truncf %1333 : vector<2xf32> to vector<2xbf16>
            vector.store %1407, %arg14[%1399, %1318, %1406] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1408 = arith.addi %1263, %c24_i32 : i32
            %1409 = arith.index_cast %1408 : i32 to index
            %1410 = arith.truncf %1338 : vector<2xf32> to vector<2xbf16>
            vector.store %1410, %arg14[%1399, %1318, %1409] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1411 = arith.addi %1263, %c32_i32 : i32
            %1412 = arith.index_cast %1411 : i32 to index
            %1413 = arith.truncf %1343 : vector<2xf32> to vector<2xbf16>
            vector.store %1413, %arg14[%1399, %1318, %1412] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1414 = arith.addi %1263, %c40_i32 : i32
            %1415 = arith.index_cast %1414 : i32 to index
            %1416 = arith.truncf %1348 : vector<2xf32> to vector<2xbf16>
            vector.store %1416, %arg14[%1399, %1318, %1415] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1417 = arith.addi %1263, %c48_i32 : i32
            %1418 = arith.index_cast %1417 : i32 to index
            %1419 = arith.truncf %1353 : vector<2xf32> to vector<2xbf16>
            vector.store %1419, %arg14[%1399, %1318, %1418] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1420 = arith.addi %1263, %c56_i32 : i32
            %1421 = arith.index_cast %1420 : i32 to index
            %1422 = arith.truncf %1358 : vector<2xf32> to vector<2xbf16>
            vector.store %1422, %arg14[%1399, %1318, %1421] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1423 = arith.addi %1263, %c64_i32 : i32
            %1424 = arith.index_cast %1423 : i32 to index
            %1425 = arith.truncf %1363 : vector<2xf32> to vector<2xbf16>
            vector.store %1425, %arg14[%1399, %1318, %1424] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1426 = arith.addi %1263, %c72_i32 : i32
            %1427 = arith.index_cast %1426 : i32 to index
            %1428 = arith.truncf %1368 : vector<2xf32> to vector<2xbf16>
            vector.store %1428, %arg14[%1399, %1318, %1427] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1429 = arith.addi %1263, %c80_i32 : i32
            %1430 = arith.index_cast %1429 : i32 to index
            %1431 = arith.truncf %1373 : vector<2xf32> to vector<2xbf16>
            vector.store %1431, %arg14[%1399, %1318, %1430] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1432 = arith.addi %1263, %c88_i32 : i32
            %1433 = arith.index_cast %1432 : i32 to index
            %1434 = arith.truncf %1378 : vector<2xf32> to vector<2xbf16>
            vector.store %1434, %arg14[%1399, %1318, %1433] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1435 = arith.addi %1263, %c96_i32 : i32
            %1436 = arith.index_cast %1435 : i32 to index
            %1437 = arith.truncf %1383 : vector<2xf32> to vector<2xbf16>
            vector.store %1437, %arg14[%1399, %1318, %1436] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1438 = arith.addi %1263, %c104_i32 : i32
            %1439 = arith.index_cast %1438 : i32 to index
            %1440 = arith.truncf %1388 : vector<2xf32> to vector<2xbf16>
            vector.store %1440, %arg14[%1399, %1318, %1439] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1441 = arith.addi %1263, %c112_i32 : i32
            %1442 = arith.index_cast %1441 : i32 to index
            %1443 = arith.truncf %1393 : vector<2xf32> to vector<2xbf16>
            vector.store %1443, %arg14[%1399, %1318, %1442] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
            %1444 = arith.addi %1263, %c120_i32 : i32
            %1445 = arith.index_cast %1444 : i32 to index
            %1446 = arith.truncf %1398 : vector<2xf32> to vector<2xbf16>
            vector.store %1446, %arg14[%1399, %1318, %1445] {alignment = 4 : i64} : memref<?x32x128xbf16>, vector<2xbf16>
          } else {
            %1399 = arith.index_cast %1266 : i32 to index
            %1400 = arith.muli %1315, %1268 : index
            %1401 = arith.addi %1399, %1400 : index
            %1402 = arith.index_cast %1263 : i32 to index
            vector.store %1323, %arg15[%1401, %1318, %1402] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1403 = arith.addi %1263, %c8_i32 : i32
            %1404 = arith.index_cast %1403 : i32 to index
            vector.store %1328, %arg15[%1401, %1318, %1404] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1405 = arith.addi %1263, %c16_i32 : i32
            %1406 = arith.index_cast %1405 : i32 to index
            vector.store %1333, %arg15[%1401, %1318, %1406] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1407 = arith.addi %1263, %c24_i32 : i32
            %1408 = arith.index_cast %1407 : i32 to index
            vector.store %1338, %arg15[%1401, %1318, %1408] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1409 = arith.addi %1263, %c32_i32 : i32
            %1410 = arith.index_cast %1409 : i32 to index
            vector.store %1343, %arg15[%1401, %1318, %1410] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1411 = arith.addi %1263, %c40_i32 : i32
            %1412 = arith.index_cast %1411 : i32 to index
            vector.store %1348, %arg15[%1401, %1318, %1412] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1413 = arith.addi %1263, %c48_i32 : i32
            %1414 = arith.index_cast %1413 : i32 to index
            vector.store %1353, %arg15[%1401, %1318, %1414] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1415 = arith.addi %1263, %c56_i32 : i32
            %1416 = arith.index_cast %1415 : i32 to index
            vector.store %1358, %arg15[%1401, %1318, %1416] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1417 = arith.addi %1263, %c64_i32 : i32
            %1418 = arith.index_cast %1417 : i32 to index
            vector.store %1363, %arg15[%1401, %1318, %1418] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1419 = arith.addi %1263, %c72_i32 : i32
            %1420 = arith.index_cast %1419 : i32 to index
            vector.store %1368, %arg15[%1401, %1318, %1420] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1421 = arith.addi %1263, %c80_i32 : i32
            %1422 = arith.index_cast %1421 : i32 to index
            vector.store %1373, %arg15[%1401, %1318, %1422] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1423 = arith.addi %1263, %c88_i32 : i32
            %1424 = arith.index_cast %1423 : i32 to index
            vector.store %1378, %arg15[%1401, %1318, %1424] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1425 = arith.addi %1263, %c96_i32 : i32
            %1426 = arith.index_cast %1425 : i32 to index
            vector.store %1383, %arg15[%1401, %1318, %1426] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1427 = arith.addi %1263, %c104_i32 : i32
            %1428 = arith.index_cast %1427 : i32 to index
            vector.store %1388, %arg15[%1401, %1318, %1428] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1429 = arith.addi %1263, %c112_i32 : i32
            %1430 = arith.index_cast %1429 : i32 to index
            vector.store %1393, %arg15[%1401, %1318, %1430] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            %1431 = arith.addi %1263, %c120_i32 : i32
            %1432 = arith.index_cast %1431 : i32 to index
            vector.store %1398, %arg15[%1401, %1318, %1432] {alignment = 4 : i64} : memref<?x32x128xf32>, vector<2xf32>
            scf.if %1282 {
              memref.store %1309, %arg16[%1401, %1318] : memref<?x32xf32>
            }
          }
        }
      }
      gpu.return
    }
    gpu.func @llama3_8b_prefill_merge(%arg0: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg1: memref<?x32xf32> {attn.param = "tmp_lse"}, %arg2: memref<?xi32> {attn.param = "merge_indptr"}, %arg3: memref<1xi32> {attn.param = "num_rows"}, %arg4: memref<?x32x128xbf16> {attn.param = "o"}) kernel attributes {attn.programmatic_dependent, known_block_size = array<i32: 256, 1, 1>} {
      attn.merge_states ins(%arg0, %arg1 : memref<?x32x128xf32>, memref<?x32xf32>) indptr(%arg2 : memref<?xi32>) outs(%arg4 : memref<?x32x128xbf16>) {layout = #attn.merge_layout<lanes = 16, slices = 16>}
      gpu.return
    }
  }
  attn.kernel_abi @llama3_8b_prefill_attention for @llama3_8b_prefill_kernels::@llama3_8b_prefill_attention {block = array<i32: 256, 1, 1>, dynamic_smem = 98304 : i64, family = "prefill", params = [{kind = "ptr", name = "q"}, {kind = "ptr", name = "qo_indptr"}, {kind = "ptr", name = "k_cache"}, {kind = "ptr", name = "v_cache"}, {kind = "ptr", name = "kv_indptr"}, {kind = "ptr", name = "kv_indices"}, {kind = "ptr", name = "kv_last_page_len"}, {kind = "ptr", name = "work_request"}, {kind = "ptr", name = "work_qo_tile"}, {kind = "ptr", name = "work_kv_begin"}, {kind = "ptr", name = "work_kv_end"}, {kind = "ptr", name = "work_partial"}, {kind = "ptr", name = "work_partial_stride"}, {kind = "ptr", name = "num_work"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}], role = "attention", tile = {m_tiles = 1 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "prefill", threads = 256 : i64, tile_kv = 64 : i64, tile_q = 128 : i64, vec = 8 : i64, warps = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = false, rope = "llama3", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  attn.kernel_abi @llama3_8b_prefill_merge for @llama3_8b_prefill_kernels::@llama3_8b_prefill_merge {block = array<i32: 256, 1, 1>, dynamic_smem = 0 : i64, family = "prefill", params = [{kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}, {kind = "ptr", name = "merge_indptr"}, {kind = "ptr", name = "num_rows"}, {kind = "ptr", name = "o"}], role = "merge", tile = {bdx = 16 : i64, heads_per_cta = 1 : i64, pdl = 1 : i64, slices = 16 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "prefill", threads = 256 : i64, tile_kv = 64 : i64, tile_q = 128 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = false, rope = "llama3", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  func.func @llama3_8b_prefill(%arg0: memref<?x32x128xbf16>, %arg1: memref<?xi32>, %arg2: memref<?x16x8x128xbf16>, %arg3: memref<?x16x8x128xbf16>, %arg4: memref<?xi32>, %arg5: memref<?xi32>, %arg6: memref<?xi32>, %arg7: memref<?x32x128xbf16>) {
    return
  }
}

