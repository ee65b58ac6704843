module attributes {gpu.container_module} {
  gpu.module @llama3_8b_decode_kernels [#nvvm.target<O = 3, chip = "sm_90a">] {
    gpu.func @llama3_8b_decode_attention(%arg0: !llvm.ptr {attn.param = "q"}, %arg1: !llvm.ptr {attn.param = "qo_indptr"}, %arg2: !llvm.ptr {attn.param = "k_cache"}, %arg3: !llvm.ptr {attn.param = "v_cache"}, %arg4: !llvm.ptr {attn.param = "kv_indptr"}, %arg5: !llvm.ptr {attn.param = "kv_indices"}, %arg6: !llvm.ptr {attn.param = "kv_last_page_len"}, %arg7: !llvm.ptr {attn.param = "work_request"}, %arg8: !llvm.ptr {attn.param = "work_kv_begin"}, %arg9: !llvm.ptr {attn.param = "work_kv_end"}, %arg10: !llvm.ptr {attn.param = "work_partial"}, %arg11: !llvm.ptr {attn.param = "num_work"}, %arg12: !llvm.ptr {attn.param = "o"}, %arg13: !llvm.ptr {attn.param = "lse"}, %arg14: !llvm.ptr {attn.param = "tmp_o"}, %arg15: !llvm.ptr {attn.param = "tmp_lse"}) kernel attributes {known_block_size = array<i32: 128, 1, 1>} {
      %0 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
      %1 = llvm.insertvalue %arg0, %0[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %2 = llvm.insertvalue %arg0, %1[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %3 = llvm.mlir.constant(0 : i64) : i64
      %4 = llvm.insertvalue %3, %2[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %5 = llvm.mlir.constant(128 : i64) : i64
      %6 = llvm.insertvalue %5, %4[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %7 = llvm.mlir.constant(1 : i64) : i64
      %8 = llvm.insertvalue %7, %6[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %9 = llvm.mlir.constant(32 : i64) : i64
      %10 = llvm.insertvalue %9, %8[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %11 = llvm.mlir.constant(128 : i64) : i64
      %12 = llvm.insertvalue %11, %10[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %13 = llvm.mlir.constant(9223372036854775807 : i64) : i64
      %14 = llvm.insertvalue %13, %12[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %15 = llvm.mlir.constant(4096 : i64) : i64
      %16 = llvm.insertvalue %15, %14[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %17 = builtin.unrealized_conversion_cast %16 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<?x32x128xbf16>
      %18 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
      %19 = llvm.insertvalue %arg1, %18[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %20 = llvm.insertvalue %arg1, %19[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %21 = llvm.mlir.constant(0 : i64) : i64
      %22 = llvm.insertvalue %21, %20[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %23 = llvm.mlir.constant(9223372036854775807 : i64) : i64
      %24 = llvm.insertvalue %23, %22[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %25 = llvm.mlir.constant(1 : i64) : i64
      %26 = llvm.insertvalue %25, %24[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %27 = builtin.unrealized_conversion_cast %26 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<?xi32>
      %28 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
      %29 = llvm.insertvalue %arg2, %28[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %30 = llvm.insertvalue %arg2, %29[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %31 = llvm.mlir.constant(0 : i64) : i64
      %32 = llvm.insertvalue %31, %30[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %33 = llvm.mlir.constant(128 : i64) : i64
      %34 = llvm.insertvalue %33, %32[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %35 = llvm.mlir.constant(1 : i64) : i64
      %36 = llvm.insertvalue %35, %34[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %37 = llvm.mlir.constant(8 : i64) : i64
      %38 = llvm.insertvalue %37, %36[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %39 = llvm.mlir.constant(128 : i64) : i64
      %40 = llvm.insertvalue %39, %38[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %41 = llvm.mlir.constant(16 : i64) : i64
      %42 = llvm.insertvalue %41, %40[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %43 = llvm.mlir.constant(1024 : i64) : i64
      %44 = llvm.insertvalue %43, %42[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %45 = llvm.mlir.constant(9223372036854775807 : i64) : i64
      %46 = llvm.insertvalue %45, %44[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %47 = llvm.mlir.constant(16384 : i64) : i64
      %48 = llvm.insertvalue %47, %46[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %49 = builtin.unrealized_conversion_cast %48 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<?x16x8x128xbf16>
      %50 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
      %51 = llvm.insertvalue %arg3, %50[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %52 = llvm.insertvalue %arg3, %51[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %53 = llvm.mlir.constant(0 : i64) : i64
      %54 = llvm.insertvalue %53, %52[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %55 = llvm.mlir.constant(128 : i64) : i64
      %56 = llvm.insertvalue %55, %54[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %57 = llvm.mlir.constant(1 : i64) : i64
      %58 = llvm.insertvalue %57, %56[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %59 = llvm.mlir.constant(8 : i64) : i64
      %60 = llvm.insertvalue %59, %58[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %61 = llvm.mlir.constant(128 : i64) : i64
      %62 = llvm.insertvalue %61, %60[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %63 = llvm.mlir.constant(16 : i64) : i64
      %64 = llvm.insertvalue %63, %62[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %65 = llvm.mlir.constant(1024 : i64) : i64
      %66 = llvm.insertvalue %65, %64[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %67 = llvm.mlir.constant(9223372036854775807 : i64) : i64
      %68 = llvm.insertvalue %67, %66[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %69 = llvm.mlir.constant(16384 : i64) : i64
      %70 = llvm.insertvalue %69, %68[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %71 = builtin.unrealized_conversion_cast %70 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<?x16x8x128xbf16>
      %72 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
      %73 = llvm.insertvalue %arg4, %72[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %74 = llvm.insertvalue %arg4, %73[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %75 = llvm.mlir.constant(0 : i64) : i64
      %76 = llvm.insertvalue %75, %74[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %77 = llvm.mlir.constant(9223372036854775807 : i64) : i64
      %78 = llvm.insertvalue %77, %76[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %79 = llvm.mlir.constant(1 : i64) : i64
      %80 = llvm.insertvalue %79, %78[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %81 = builtin.unrealized_conversion_cast %80 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<?xi32>
      %82 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
      %83 = llvm.insertvalue %arg5, %82[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %84 = llvm.insertvalue %arg5, %83[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %85 = llvm.mlir.constant(0 : i64) : i64
      %86 = llvm.insertvalue %85, %84[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %87 = llvm.mlir.constant(9223372036854775807 : i64) : i64
      %88 = llvm.insertvalue %87, %86[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %89 = llvm.mlir.constant(1 : i64) : i64
      %90 = llvm.insertvalue %89, %88[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %91 = builtin.unrealized_conversion_cast %90 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<?xi32>
      %92 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
      %93 = llvm.insertvalue %arg6, %92[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %94 = llvm.insertvalue %arg6, %93[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %95 = llvm.mlir.constant(0 : i64) : i64
      %96 = llvm.insertvalue %95, %94[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %97 = llvm.mlir.constant(9223372036854775807 : i64) : i64
      %98 = llvm.insertvalue %97, %96[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %99 = llvm.mlir.constant(1 : i64) : i64
      %100 = llvm.insertvalue %99, %98[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %101 = builtin.unrealized_conversion_cast %100 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<?xi32>
      %102 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
      %103 = llvm.insertvalue %arg7, %102[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %104 = llvm.insertvalue %arg7, %103[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %105 = llvm.mlir.constant(0 : i64) : i64
      %106 = llvm.insertvalue %105, %104[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %107 = llvm.mlir.constant(9223372036854775807 : i64) : i64
      %108 = llvm.insertvalue %107, %106[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %109 = llvm.mlir.constant(1 : i64) : i64
      %110 = llvm.insertvalue %109, %108[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %111 = builtin.unrealized_conversion_cast %110 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<?xi32>
      %112 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
      %113 = llvm.insertvalue %arg8, %112[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %114 = llvm.insertvalue %arg8, %113[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %115 = llvm.mlir.constant(0 : i64) : i64
      %116 = llvm.insertvalue %115, %114[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %117 = llvm.mlir.constant(9223372036854775807 : i64) : i64
      %118 = llvm.insertvalue %117, %116[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %119 = llvm.mlir.constant(1 : i64) : i64
      %120 = llvm.insertvalue %119, %118[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %121 = builtin.unrealized_conversion_cast %120 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<?xi32>
      %122 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
      %123 = llvm.insertvalue %arg9, %122[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %124 = llvm.insertvalue %arg9, %123[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %125 = llvm.mlir.constant(0 : i64) : i64
      %126 = llvm.insertvalue %125, %124[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %127 = llvm.mlir.constant(9223372036854775807 : i64) : i64
      %128 = llvm.insertvalue %127, %126[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %129 = llvm.mlir.constant(1 : i64) : i64
      %130 = llvm.insertvalue %129, %128[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %131 = builtin.unrealized_conversion_cast %130 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<?xi32>
      %132 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
      %133 = llvm.insertvalue %arg10, %132[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %134 = llvm.insertvalue %arg10, %133[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %135 = llvm.mlir.constant(0 : i64) : i64
      %136 = llvm.insertvalue %135, %134[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %137 = llvm.mlir.constant(9223372036854775807 : i64) : i64
      %138 = llvm.insertvalue %137, %136[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %139 = llvm.mlir.constant(1 : i64) : i64
      %140 = llvm.insertvalue %139, %138[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %141 = builtin.unrealized_conversion_cast %140 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<?xi32>
      %142 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
      %143 = llvm.insertvalue %arg11, %142[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %144 = llvm.insertvalue %arg11, %143[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %145 = llvm.mlir.constant(0 : i64) : i64
      %146 = llvm.insertvalue %145, %144[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %147 = llvm.mlir.constant(1 : i64) : i64
      %148 = llvm.insertvalue %147, %146[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %149 = llvm.mlir.constant(1 : i64) : i64
      %150 = llvm.insertvalue %149, %148[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %151 = builtin.unrealized_conversion_cast %150 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<1xi32>
      %152 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
      %153 = llvm.insertvalue %arg12, %152[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %154 = llvm.insertvalue %arg12, %153[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %155 = llvm.mlir.constant(0 : i64) : i64
      %156 = llvm.insertvalue %155, %154[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %157 = llvm.mlir.constant(128 : i64) : i64
      %158 = llvm.insertvalue %157, %156[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %159 = llvm.mlir.constant(1 : i64) : i64
      %160 = llvm.insertvalue %159, %158[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %161 = llvm.mlir.constant(32 : i64) : i64
      %162 = llvm.insertvalue %161, %160[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %163 = llvm.mlir.constant(128 : i64) : i64
      %164 = llvm.insertvalue %163, %162[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %165 = llvm.mlir.constant(9223372036854775807 : i64) : i64
      %166 = llvm.insertvalue %165, %164[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %167 = llvm.mlir.constant(4096 : i64) : i64
      %168 = llvm.insertvalue %167, %166[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %169 = builtin.unrealized_conversion_cast %168 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<?x32x128xbf16>
      %170 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
      %171 = llvm.insertvalue %arg13, %170[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %172 = llvm.insertvalue %arg13, %171[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %173 = llvm.mlir.constant(0 : i64) : i64
      %174 = llvm.insertvalue %173, %172[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %175 = llvm.mlir.constant(32 : i64) : i64
      %176 = llvm.insertvalue %175, %174[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %177 = llvm.mlir.constant(1 : i64) : i64
      %178 = llvm.insertvalue %177, %176[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %179 = llvm.mlir.constant(9223372036854775807 : i64) : i64
      %180 = llvm.insertvalue %179, %178[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %181 = llvm.mlir.constant(32 : i64) : i64
      %182 = llvm.insertvalue %181, %180[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %183 = builtin.unrealized_conversion_cast %182 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> to memref<?x32xf32>
      %184 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
      %185 = llvm.insertvalue %arg14, %184[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %186 = llvm.insertvalue %arg14, %185[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %187 = llvm.mlir.constant(0 : i64) : i64
      %188 = llvm.insertvalue %187, %186[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %189 = llvm.mlir.constant(128 : i64) : i64
      %190 = llvm.insertvalue %189, %188[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %191 = llvm.mlir.constant(1 : i64) : i64
      %192 = llvm.insertvalue %191, %190[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %193 = llvm.mlir.constant(32 : i64) : i64
      %194 = llvm.insertvalue %193, %192[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %195 = llvm.mlir.constant(128 : i64) : i64
      %196 = llvm.insertvalue %195, %194[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %197 = llvm.mlir.constant(9223372036854775807 : i64) : i64
      %198 = llvm.insertvalue %197, %196[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %199 = llvm.mlir.constant(4096 : i64) : i64
      %200 = llvm.insertvalue %199, %198[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %201 = builtin.unrealized_conversion_cast %200 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<?x32x128xf32>
      %202 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
      %203 = llvm.insertvalue %arg15, %202[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %204 = llvm.insertvalue %arg15, %203[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %205 = llvm.mlir.constant(0 : i64) : i64
      %206 = llvm.insertvalue %205, %204[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %207 = llvm.mlir.constant(32 : i64) : i64
      %208 = llvm.insertvalue %207, %206[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %209 = llvm.mlir.constant(1 : i64) : i64
      %210 = llvm.insertvalue %209, %208[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %211 = llvm.mlir.constant(9223372036854775807 : i64) : i64
      %212 = llvm.insertvalue %211, %210[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %213 = llvm.mlir.constant(32 : i64) : i64
      %214 = llvm.insertvalue %213, %212[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %215 = builtin.unrealized_conversion_cast %214 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> to memref<?x32xf32>
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
      %216 = arith.remui %thread_id_x, %c16 : index
      %217 = arith.divui %thread_id_x, %c16 : index
      %218 = arith.remui %217, %c4 : index
      %219 = arith.divui %thread_id_x, %c64 : index
      %block_id_x = gpu.block_id  x
      %block_id_y = gpu.block_id  y
      %220 = gpu.dynamic_shared_memory : memref<?xi8, #gpu.address_space<workgroup>>
      %view = memref.view %220[%c0][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
      %view_5 = memref.view %220[%c8192][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
      %view_6 = memref.view %220[%c16384][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x4x128xf32, #gpu.address_space<workgroup>>
      %view_7 = memref.view %220[%c20480][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x4xf32, #gpu.address_space<workgroup>>
      %view_8 = memref.view %220[%c20512][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x4xf32, #gpu.address_space<workgroup>>
      %221 = memref.load %151[%c0] : memref<1xi32>
      %222 = arith.index_cast %221 : i32 to index
      %223 = arith.cmpi ult, %block_id_x, %222 : index
      scf.if %223 {
        %224 = memref.load %111[%block_id_x] : memref<?xi32>
        %225 = arith.index_cast %224 : i32 to index
        %226 = memref.load %121[%block_id_x] : memref<?xi32>
        %227 = arith.index_cast %226 : i32 to index
        %228 = memref.load %131[%block_id_x] : memref<?xi32>
        %229 = arith.index_cast %228 : i32 to index
        %230 = memref.load %141[%block_id_x] : memref<?xi32>
        %231 = memref.load %27[%225] : memref<?xi32>
        %232 = arith.index_cast %231 : i32 to index
        %233 = arith.muli %block_id_y, %c4 : index
        %234 = arith.addi %233, %218 : index
        %235 = memref.load %81[%225] : memref<?xi32>
        %236 = arith.index_cast %235 : i32 to index
        %237 = arith.maxsi %229, %227 : index
        %238 = arith.subi %237, %227 : index
        %239 = arith.addi %238, %c15 : index
        %240 = arith.divui %239, %c16 : index
        %241 = arith.muli %216, %c8 : index
        %242 = vector.load %17[%232, %234, %241] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %243 = arith.extf %242 : vector<8xbf16> to vector<8xf32>
        %244 = arith.mulf %243, %cst : vector<8xf32>
        %245 = arith.muli %219, %c4 : index
        %246 = arith.addi %245, %218 : index
        %247 = arith.cmpi ugt, %240, %c0 : index
        scf.if %247 {
          %253 = arith.subi %229, %c1 : index
          %254 = arith.muli %246, %c2 : index
          %255 = arith.addi %227, %254 : index
          %256 = arith.minsi %255, %253 : index
          %257 = arith.divui %256, %c16 : index
          %258 = arith.addi %236, %257 : index
          %259 = memref.load %91[%258] : memref<?xi32>
          %260 = arith.index_cast %259 : i32 to index
          %261 = arith.addi %254, %c1 : index
          %262 = arith.addi %227, %261 : index
          %263 = arith.minsi %262, %253 : index
          %264 = arith.divui %263, %c16 : index
          %265 = arith.addi %236, %264 : index
          %266 = memref.load %91[%265] : memref<?xi32>
          %267 = arith.index_cast %266 : i32 to index
          %268 = arith.cmpi ult, %255, %229 : index
          %269 = arith.select %268, %c8, %c0 : index
          %270 = arith.remui %256, %c16 : index
          %271 = nvgpu.device_async_copy %49[%260, %270, %block_id_y, %241], %view[%c0, %254, %241], 8, %269 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %272 = nvgpu.device_async_copy %71[%260, %270, %block_id_y, %241], %view_5[%c0, %254, %241], 8, %269 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %273 = arith.cmpi ult, %262, %229 : index
          %274 = arith.select %273, %c8, %c0 : index
          %275 = arith.remui %263, %c16 : index
          %276 = nvgpu.device_async_copy %49[%267, %275, %block_id_y, %241], %view[%c0, %261, %241], 8, %274 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %277 = nvgpu.device_async_copy %71[%267, %275, %block_id_y, %241], %view_5[%c0, %261, %241], 8, %274 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
        }
        nvvm.cp.async.commit.group
        %248 = arith.cmpi ugt, %240, %c1 : index
        %249:2 = scf.if %248 -> (index, index) {
          %253 = arith.subi %229, %c1 : index
          %254 = arith.muli %246, %c2 : index
          %255 = arith.addi %227, %c16 : index
          %256 = arith.addi %255, %254 : index
          %257 = arith.minsi %256, %253 : index
          %258 = arith.divui %257, %c16 : index
          %259 = arith.addi %236, %258 : index
          %260 = memref.load %91[%259] : memref<?xi32>
          %261 = arith.index_cast %260 : i32 to index
          %262 = arith.addi %254, %c1 : index
          %263 = arith.addi %255, %262 : index
          %264 = arith.minsi %263, %253 : index
          %265 = arith.divui %264, %c16 : index
          %266 = arith.addi %236, %265 : index
          %267 = memref.load %91[%266] : memref<?xi32>
          %268 = arith.index_cast %267 : i32 to index
          scf.yield %261, %268 : index, index
        } else {
          scf.yield %c0, %c0 : index, index
        }
        %250:5 = scf.for %arg16 = %c0 to %240 step %c1 iter_args(%arg17 = %cst_0, %arg18 = %cst_1, %arg19 = %cst_2, %arg20 = %249#0, %arg21 = %249#1) -> (f32, f32, vector<8xf32>, index, index) {
          %253 = arith.remui %arg16, %c2 : index
          nvvm.cp.async.wait.group 0
          gpu.barrier
          %254 = arith.addi %arg16, %c1 : index
          %255 = arith.cmpi ult, %254, %240 : index
          scf.if %255 {
            %548 = arith.remui %254, %c2 : index
            %549 = arith.subi %229, %c1 : index
            %550 = arith.muli %246, %c2 : index
            %551 = arith.muli %254, %c16 : index
            %552 = arith.addi %227, %551 : index
            %553 = arith.addi %552, %550 : index
            %554 = arith.minsi %553, %549 : index
            %555 = arith.cmpi ult, %553, %229 : index
            %556 = arith.select %555, %c8, %c0 : index
            %557 = arith.remui %554, %c16 : index
            %558 = nvgpu.device_async_copy %49[%arg20, %557, %block_id_y, %241], %view[%548, %550, %241], 8, %556 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %559 = nvgpu.device_async_copy %71[%arg20, %557, %block_id_y, %241], %view_5[%548, %550, %241], 8, %556 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %560 = arith.addi %550, %c1 : index
            %561 = arith.addi %552, %560 : index
            %562 = arith.minsi %561, %549 : index
            %563 = arith.cmpi ult, %561, %229 : index
            %564 = arith.select %563, %c8, %c0 : index
            %565 = arith.remui %562, %c16 : index
            %566 = nvgpu.device_async_copy %49[%arg21, %565, %block_id_y, %241], %view[%548, %560, %241], 8, %564 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %567 = nvgpu.device_async_copy %71[%arg21, %565, %block_id_y, %241], %view_5[%548, %560, %241], 8, %564 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          }
          nvvm.cp.async.commit.group
          %256 = arith.addi %arg16, %c2 : index
          %257 = arith.cmpi ult, %256, %240 : index
          %258:2 = scf.if %257 -> (index, index) {
            %548 = arith.subi %229, %c1 : index
            %549 = arith.muli %246, %c2 : index
            %550 = arith.muli %256, %c16 : index
            %551 = arith.addi %227, %550 : index
            %552 = arith.addi %551, %549 : index
            %553 = arith.minsi %552, %548 : index
            %554 = arith.divui %553, %c16 : index
            %555 = arith.addi %236, %554 : index
            %556 = memref.load %91[%555] : memref<?xi32>
            %557 = arith.index_cast %556 : i32 to index
            %558 = arith.addi %549, %c1 : index
            %559 = arith.addi %551, %558 : index
            %560 = arith.minsi %559, %548 : index
            %561 = arith.divui %560, %c16 : index
            %562 = arith.addi %236, %561 : index
            %563 = memref.load %91[%562] : memref<?xi32>
            %564 = arith.index_cast %563 : i32 to index
            scf.yield %557, %564 : index, index
          } else {
            scf.yield %c0, %c0 : index, index
          }
          %259 = arith.muli %arg16, %c16 : index
          %260 = arith.addi %227, %259 : index
          %261 = arith.muli %219, %c8 : index
          %262 = vector.load %view[%253, %261, %241] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %263 = arith.extf %262 : vector<8xbf16> to vector<8xf32>
          %264 = arith.addi %260, %261 : index
          %265 = arith.cmpi ult, %264, %229 : index
          %266 = vector.extract %244[0] : f32 from vector<8xf32>
          %267 = vector.extract %263[0] : f32 from vector<8xf32>
          %268 = arith.mulf %266, %267 : f32
          %269 = vector.extract %244[1] : f32 from vector<8xf32>
          %270 = vector.extract %263[1] : f32 from vector<8xf32>
          %271 = math.fma %269, %270, %268 : f32
          %272 = vector.extract %244[2] : f32 from vector<8xf32>
          %273 = vector.extract %263[2] : f32 from vector<8xf32>
          %274 = math.fma %272, %273, %271 : f32
          %275 = vector.extract %244[3] : f32 from vector<8xf32>
          %276 = vector.extract %263[3] : f32 from vector<8xf32>
          %277 = math.fma %275, %276, %274 : f32
          %278 = vector.extract %244[4] : f32 from vector<8xf32>
          %279 = vector.extract %263[4] : f32 from vector<8xf32>
          %280 = math.fma %278, %279, %277 : f32
          %281 = vector.extract %244[5] : f32 from vector<8xf32>
          %282 = vector.extract %263[5] : f32 from vector<8xf32>
          %283 = math.fma %281, %282, %280 : f32
          %284 = vector.extract %244[6] : f32 from vector<8xf32>
          %285 = vector.extract %263[6] : f32 from vector<8xf32>
          %286 = math.fma %284, %285, %283 : f32
          %287 = vector.extract %244[7] : f32 from vector<8xf32>
          %288 = vector.extract %263[7] : f32 from vector<8xf32>
          %289 = math.fma %287, %288, %286 : f32
          %shuffleResult, %valid = gpu.shuffle  xor %289, %c8_i32, %c32_i32 : f32
          %290 = arith.addf %289, %shuffleResult : f32
          %shuffleResult_9, %valid_10 = gpu.shuffle  xor %290, %c4_i32, %c32_i32 : f32
          %291 = arith.addf %290, %shuffleResult_9 : f32
          %shuffleResult_11, %valid_12 = gpu.shuffle  xor %291, %c2_i32, %c32_i32 : f32
          %292 = arith.addf %291, %shuffleResult_11 : f32
          %shuffleResult_13, %valid_14 = gpu.shuffle  xor %292, %c1_i32, %c32_i32 : f32
          %293 = arith.addf %292, %shuffleResult_13 : f32
          %294 = arith.select %265, %293, %cst_0 : f32
          %295 = arith.addi %261, %c1 : index
          %296 = vector.load %view[%253, %295, %241] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %297 = arith.extf %296 : vector<8xbf16> to vector<8xf32>
          %298 = arith.addi %260, %295 : index
          %299 = arith.cmpi ult, %298, %229 : index
          %300 = vector.extract %297[0] : f32 from vector<8xf32>
          %301 = arith.mulf %266, %300 : f32
          %302 = vector.extract %297[1] : f32 from vector<8xf32>
          %303 = math.fma %269, %302, %301 : f32
          %304 = vector.extract %297[2] : f32 from vector<8xf32>
          %305 = math.fma %272, %304, %303 : f32
          %306 = vector.extract %297[3] : f32 from vector<8xf32>
          %307 = math.fma %275, %306, %305 : f32
          %308 = vector.extract %297[4] : f32 from vector<8xf32>
          %309 = math.fma %278, %308, %307 : f32
          %310 = vector.extract %297[5] : f32 from vector<8xf32>
          %311 = math.fma %281, %310, %309 : f32
          %312 = vector.extract %297[6] : f32 from vector<8xf32>
          %313 = math.fma %284, %312, %311 : f32
          %314 = vector.extract %297[7] : f32 from vector<8xf32>
          %315 = math.fma %287, %314, %313 : f32
          %shuffleResult_15, %valid_16 = gpu.shuffle  xor %315, %c8_i32, %c32_i32 : f32
          %316 = arith.addf %315, %shuffleResult_15 : f32
          %shuffleResult_17, %valid_18 = gpu.shuffle  xor %316, %c4_i32, %c32_i32 : f32
          %317 = arith.addf %316, %shuffleResult_17 : f32
          %shuffleResult_19, %valid_20 = gpu.shuffle  xor %317, %c2_i32, %c32_i32 : f32
          %318 = arith.addf %317, %shuffleResult_19 : f32
          %shuffleResult_21, %valid_22 = gpu.shuffle  xor %318, %c1_i32, %c32_i32 : f32
          %319 = arith.addf %318, %shuffleResult_21 : f32
          %320 = arith.select %299, %319, %cst_0 : f32
          %321 = arith.addi %261, %c2 : index
          %322 = vector.load %view[%253, %321, %241] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %323 = arith.extf %322 : vector<8xbf16> to vector<8xf32>
          %324 = arith.addi %260, %321 : index
          %325 = arith.cmpi ult, %324, %229 : index
          %326 = vector.extract %323[0] : f32 from vector<8xf32>
          %327 = arith.mulf %266, %326 : f32
          %328 = vector.extract %323[1] : f32 from vector<8xf32>
          %329 = math.fma %269, %328, %327 : f32
          %330 = vector.extract %323[2] : f32 from vector<8xf32>
          %331 = math.fma %272, %330, %329 : f32
          %332 = vector.extract %323[3] : f32 from vector<8xf32>
          %333 = math.fma %275, %332, %331 : f32
          %334 = vector.extract %323[4] : f32 from vector<8xf32>
          %335 = math.fma %278, %334, %333 : f32
          %336 = vector.extract %323[5] : f32 from vector<8xf32>
          %337 = math.fma %281, %336, %335 : f32
          %338 = vector.extract %323[6] : f32 from vector<8xf32>
          %339 = math.fma %284, %338, %337 : f32
          %340 = vector.extract %323[7] : f32 from vector<8xf32>
          %341 = math.fma %287, %340, %339 : f32
          %shuffleResult_23, %valid_24 = gpu.shuffle  xor %341, %c8_i32, %c32_i32 : f32
          %342 = arith.addf %341, %shuffleResult_23 : f32
          %shuffleResult_25, %valid_26 = gpu.shuffle  xor %342, %c4_i32, %c32_i32 : f32
          %343 = arith.addf %342, %shuffleResult_25 : f32
          %shuffleResult_27, %valid_28 = gpu.shuffle  xor %343, %c2_i32, %c32_i32 : f32
          %344 = arith.addf %343, %shuffleResult_27 : f32
          %shuffleResult_29, %valid_30 = gpu.shuffle  xor %344, %c1_i32, %c32_i32 : f32
          %345 = arith.addf %344, %shuffleResult_29 : f32
          %346 = arith.select %325, %345, %cst_0 : f32
          %347 = arith.addi %261, %c3 : index
          %348 = vector.load %view[%253, %347, %241] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %349 = arith.extf %348 : vector<8xbf16> to vector<8xf32>
          %350 = arith.addi %260, %347 : index
          %351 = arith.cmpi ult, %350, %229 : index
          %352 = vector.extract %349[0] : f32 from vector<8xf32>
          %353 = arith.mulf %266, %352 : f32
          %354 = vector.extract %349[1] : f32 from vector<8xf32>
          %355 = math.fma %269, %354, %353 : f32
          %356 = vector.extract %349[2] : f32 from vector<8xf32>
          %357 = math.fma %272, %356, %355 : f32
          %358 = vector.extract %349[3] : f32 from vector<8xf32>
          %359 = math.fma %275, %358, %357 : f32
          %360 = vector.extract %349[4] : f32 from vector<8xf32>
          %361 = math.fma %278, %360, %359 : f32
          %362 = vector.extract %349[5] : f32 from vector<8xf32>
          %363 = math.fma %281, %362, %361 : f32
          %364 = vector.extract %349[6] : f32 from vector<8xf32>
          %365 = math.fma %284, %364, %363 : f32
          %366 = vector.extract %349[7] : f32 from vector<8xf32>
          %367 = math.fma %287, %366, %365 : f32
          %shuffleResult_31, %valid_32 = gpu.shuffle  xor %367, %c8_i32, %c32_i32 : f32
          %368 = arith.addf %367, %shuffleResult_31 : f32
          %shuffleResult_33, %valid_34 = gpu.shuffle  xor %368, %c4_i32, %c32_i32 : f32
          %369 = arith.addf %368, %shuffleResult_33 : f32
          %shuffleResult_35, %valid_36 = gpu.shuffle  xor %369, %c2_i32, %c32_i32 : f32
          %370 = arith.addf %369, %shuffleResult_35 : f32
          %shuffleResult_37, %valid_38 = gpu.shuffle  xor %370, %c1_i32, %c32_i32 : f32
          %371 = arith.addf %370, %shuffleResult_37 : f32
          %372 = arith.select %351, %371, %cst_0 : f32
          %373 = arith.addi %261, %c4 : index
          %374 = vector.load %view[%253, %373, %241] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %375 = arith.extf %374 : vector<8xbf16> to vector<8xf32>
          %376 = arith.addi %260, %373 : index
          %377 = arith.cmpi ult, %376, %229 : index
          %378 = vector.extract %375[0] : f32 from vector<8xf32>
          %379 = arith.mulf %266, %378 : f32
          %380 = vector.extract %375[1] : f32 from vector<8xf32>
          %381 = math.fma %269, %380, %379 : f32
          %382 = vector.extract %375[2] : f32 from vector<8xf32>
          %383 = math.fma %272, %382, %381 : f32
          %384 = vector.extract %375[3] : f32 from vector<8xf32>
          %385 = math.fma %275, %384, %383 : f32
          %386 = vector.extract %375[4] : f32 from vector<8xf32>
          %387 = math.fma %278, %386, %385 : f32
          %388 = vector.extract %375[5] : f32 from vector<8xf32>
          %389 = math.fma %281, %388, %387 : f32
          %390 = vector.extract %375[6] : f32 from vector<8xf32>
          %391 = math.fma %284, %390, %389 : f32
          %392 = vector.extract %375[7] : f32 from vector<8xf32>
          %393 = math.fma %287, %392, %391 : f32
          %shuffleResult_39, %valid_40 = gpu.shuffle  xor %393, %c8_i32, %c32_i32 : f32
          %394 = arith.addf %393, %shuffleResult_39 : f32
          %shuffleResult_41, %valid_42 = gpu.shuffle  xor %394, %c4_i32, %c32_i32 : f32
          %395 = arith.addf %394, %shuffleResult_41 : f32
          %shuffleResult_43, %valid_44 = gpu.shuffle  xor %395, %c2_i32, %c32_i32 : f32
          %396 = arith.addf %395, %shuffleResult_43 : f32
          %shuffleResult_45, %valid_46 = gpu.shuffle  xor %396, %c1_i32, %c32_i32 : f32
          %397 = arith.addf %396, %shuffleResult_45 : f32
          %398 = arith.select %377, %397, %cst_0 : f32
          %399 = arith.addi %261, %c5 : index
          %400 = vector.load %view[%253, %399, %241] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %401 = arith.extf %400 : vector<8xbf16> to vector<8xf32>
          %402 = arith.addi %260, %399 : index
          %403 = arith.cmpi ult, %402, %229 : index
          %404 = vector.extract %401[0] : f32 from vector<8xf32>
          %405 = arith.mulf %266, %404 : f32
          %406 = vector.extract %401[1] : f32 from vector<8xf32>
          %407 = math.fma %269, %406, %405 : f32
          %408 = vector.extract %401[2] : f32 from vector<8xf32>
          %409 = math.fma %272, %408, %407 : f32
          %410 = vector.extract %401[3] : f32 from vector<8xf32>
          %411 = math.fma %275, %410, %409 : f32
          %412 = vector.extract %401[4] : f32 from vector<8xf32>
          %413 = math.fma %278, %412, %411 : f32
          %414 = vector.extract %401[5] : f32 from vector<8xf32>
          %415 = math.fma %281, %414, %413 : f32
          %416 = vector.extract %401[6] : f32 from vector<8xf32>
          %417 = math.fma %284, %416, %415 : f32
          %418 = vector.extract %401[7] : f32 from vector<8xf32>
          %419 = math.fma %287, %418, %417 : f32
          %shuffleResult_47, %valid_48 = gpu.shuffle  xor %419, %c8_i32, %c32_i32 : f32
          %420 = arith.addf %419, %shuffleResult_47 : f32
          %shuffleResult_49, %valid_50 = gpu.shuffle  xor %420, %c4_i32, %c32_i32 : f32
          %421 = arith.addf %420, %shuffleResult_49 : f32
          %shuffleResult_51, %valid_52 = gpu.shuffle  xor %421, %c2_i32, %c32_i32 : f32
          %422 = arith.addf %421, %shuffleResult_51 : f32
          %shuffleResult_53, %valid_54 = gpu.shuffle  xor %422, %c1_i32, %c32_i32 : f32
          %423 = arith.addf %422, %shuffleResult_53 : f32
          %424 = arith.select %403, %423, %cst_0 : f32
          %425 = arith.addi %261, %c6 : index
          %426 = vector.load %view[%253, %425, %241] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %427 = arith.extf %426 : vector<8xbf16> to vector<8xf32>
          %428 = arith.addi %260, %425 : index
          %429 = arith.cmpi ult, %428, %229 : index
          %430 = vector.extract %427[0] : f32 from vector<8xf32>
          %431 = arith.mulf %266, %430 : f32
          %432 = vector.extract %427[1] : f32 from vector<8xf32>
          %433 = math.fma %269, %432, %431 : f32
          %434 = vector.extract %427[2] : f32 from vector<8xf32>
          %435 = math.fma %272, %434, %433 : f32
          %436 = vector.extract %427[3] : f32 from vector<8xf32>
          %437 = math.fma %275, %436, %435 : f32
          %438 = vector.extract %427[4] : f32 from vector<8xf32>
          %439 = math.fma %278, %438, %437 : f32
          %440 = vector.extract %427[5] : f32 from vector<8xf32>
          %441 = math.fma %281, %440, %439 : f32
          %442 = vector.extract %427[6] : f32 from vector<8xf32>
          %443 = math.fma %284, %442, %441 : f32
          %444 = vector.extract %427[7] : f32 from vector<8xf32>
          %445 = math.fma %287, %444, %443 : f32
          %shuffleResult_55, %valid_56 = gpu.shuffle  xor %445, %c8_i32, %c32_i32 : f32
          %446 = arith.addf %445, %shuffleResult_55 : f32
          %shuffleResult_57, %valid_58 = gpu.shuffle  xor %446, %c4_i32, %c32_i32 : f32
          %447 = arith.addf %446, %shuffleResult_57 : f32
          %shuffleResult_59, %valid_60 = gpu.shuffle  xor %447, %c2_i32, %c32_i32 : f32
          %448 = arith.addf %447, %shuffleResult_59 : f32
          %shuffleResult_61, %valid_62 = gpu.shuffle  xor %448, %c1_i32, %c32_i32 : f32
          %449 = arith.addf %448, %shuffleResult_61 : f32
          %450 = arith.select %429, %449, %cst_0 : f32
          %451 = arith.addi %261, %c7 : index
          %452 = vector.load %view[%253, %451, %241] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %453 = arith.extf %452 : vector<8xbf16> to vector<8xf32>
          %454 = arith.addi %260, %451 : index
          %455 = arith.cmpi ult, %454, %229 : index
          %456 = vector.extract %453[0] : f32 from vector<8xf32>
          %457 = arith.mulf %266, %456 : f32
          %458 = vector.extract %453[1] : f32 from vector<8xf32>
          %459 = math.fma %269, %458, %457 : f32
          %460 = vector.extract %453[2] : f32 from vector<8xf32>
          %461 = math.fma %272, %460, %459 : f32
          %462 = vector.extract %453[3] : f32 from vector<8xf32>
          %463 = math.fma %275, %462, %461 : f32
          %464 = vector.extract %453[4] : f32 from vector<8xf32>
          %465 = math.fma %278, %464, %463 : f32
          %466 = vector.extract %453[5] : f32 from vector<8xf32>
          %467 = math.fma %281, %466, %465 : f32
          %468 = vector.extract %453[6] : f32 from vector<8xf32>
          %469 = math.fma %284, %468, %467 : f32
          %470 = vector.extract %453[7] : f32 from vector<8xf32>
          %471 = math.fma %287, %470, %469 : f32
          %shuffleResult_63, %valid_64 = gpu.shuffle  xor %471, %c8_i32, %c32_i32 : f32
          %472 = arith.addf %471, %shuffleResult_63 : f32
          %shuffleResult_65, %valid_66 = gpu.shuffle  xor %472, %c4_i32, %c32_i32 : f32
          %473 = arith.addf %472, %shuffleResult_65 : f32
          %shuffleResult_67, %valid_68 = gpu.shuffle  xor %473, %c2_i32, %c32_i32 : f32
          %474 = arith.addf %473, %shuffleResult_67 : f32
          %shuffleResult_69, %valid_70 = gpu.shuffle  xor %474, %c1_i32, %c32_i32 : f32
          %475 = arith.addf %474, %shuffleResult_69 : f32
          %476 = arith.select %455, %475, %cst_0 : f32
          %477 = vector.load %view_5[%253, %261, %241] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %478 = arith.extf %477 : vector<8xbf16> to vector<8xf32>
          %479 = vector.load %view_5[%253, %295, %241] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %480 = arith.extf %479 : vector<8xbf16> to vector<8xf32>
          %481 = vector.load %view_5[%253, %321, %241] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %482 = arith.extf %481 : vector<8xbf16> to vector<8xf32>
          %483 = vector.load %view_5[%253, %347, %241] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %484 = arith.extf %483 : vector<8xbf16> to vector<8xf32>
          %485 = vector.load %view_5[%253, %373, %241] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %486 = arith.extf %485 : vector<8xbf16> to vector<8xf32>
          %487 = vector.load %view_5[%253, %399, %241] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %488 = arith.extf %487 : vector<8xbf16> to vector<8xf32>
          %489 = vector.load %view_5[%253, %425, %241] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %490 = arith.extf %489 : vector<8xbf16> to vector<8xf32>
          %491 = vector.load %view_5[%253, %451, %241] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %492 = arith.extf %491 : vector<8xbf16> to vector<8xf32>
          %493 = arith.maximumf %arg17, %294 : f32
          %494 = arith.maximumf %493, %320 : f32
          %495 = arith.maximumf %494, %346 : f32
          %496 = arith.maximumf %495, %372 : f32
          %497 = arith.maximumf %496, %398 : f32
          %498 = arith.maximumf %497, %424 : f32
          %499 = arith.maximumf %498, %450 : f32
          %500 = arith.maximumf %499, %476 : f32
          %501 = arith.cmpf oeq, %500, %cst_0 : f32
          %502 = arith.select %501, %cst_1, %500 : f32
          %503 = arith.subf %arg17, %502 : f32
          %504 = math.exp2 %503 fastmath<afn> : f32
          %505 = arith.mulf %arg18, %504 : f32
          %506 = vector.broadcast %504 : f32 to vector<8xf32>
          %507 = arith.mulf %arg19, %506 : vector<8xf32>
          %508 = arith.subf %294, %502 : f32
          %509 = math.exp2 %508 fastmath<afn> : f32
          %510 = arith.addf %505, %509 : f32
          %511 = vector.broadcast %509 : f32 to vector<8xf32>
          %512 = vector.fma %511, %478, %507 : vector<8xf32>
          %513 = arith.subf %320, %502 : f32
          %514 = math.exp2 %513 fastmath<afn> : f32
          %515 = arith.addf %510, %514 : f32
          %516 = vector.broadcast %514 : f32 to vector<8xf32>
          %517 = vector.fma %516, %480, %512 : vector<8xf32>
          %518 = arith.subf %346, %502 : f32
          %519 = math.exp2 %518 fastmath<afn> : f32
          %520 = arith.addf %515, %519 : f32
          %521 = vector.broadcast %519 : f32 to vector<8xf32>
          %522 = vector.fma %521, %482, %517 : vector<8xf32>
          %523 = arith.subf %372, %502 : f32
          %524 = math.exp2 %523 fastmath<afn> : f32
          %525 = arith.addf %520, %524 : f32
          %526 = vector.broadcast %524 : f32 to vector<8xf32>
          %527 = vector.fma %526, %484, %522 : vector<8xf32>
          %528 = arith.subf %398, %502 : f32
          %529 = math.exp2 %528 fastmath<afn> : f32
          %530 = arith.addf %525, %529 : f32
          %531 = vector.broadcast %529 : f32 to vector<8xf32>
          %532 = vector.fma %531, %486, %527 : vector<8xf32>
          %533 = arith.subf %424, %502 : f32
          %534 = math.exp2 %533 fastmath<afn> : f32
          %535 = arith.addf %530, %534 : f32
          %536 = vector.broadcast %534 : f32 to vector<8xf32>
          %537 = vector.fma %536, %488, %532 : vector<8xf32>
          %538 = arith.subf %450, %502 : f32
          %539 = math.exp2 %538 fastmath<afn> : f32
          %540 = arith.addf %535, %539 : f32
          %541 = vector.broadcast %539 : f32 to vector<8xf32>
          %542 = vector.fma %541, %490, %537 : vector<8xf32>
          %543 = arith.subf %476, %502 : f32
          %544 = math.exp2 %543 fastmath<afn> : f32
          %545 = arith.addf %540, %544 : f32
          %546 = vector.broadcast %544 : f32 to vector<8xf32>
          %547 = vector.fma %546, %492, %542 : vector<8xf32>
          scf.yield %500, %545, %547, %258#0, %258#1 : f32, f32, vector<8xf32>, index, index
        }
        nvvm.cp.async.wait.group 0
        %251 = arith.cmpi eq, %219, %c0 : index
        %252 = arith.cmpi eq, %216, %c0 : index
        vector.store %250#2, %view_6[%219, %218, %241] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
        scf.if %252 {
          memref.store %250#0, %view_7[%219, %218] : memref<2x4xf32, #gpu.address_space<workgroup>>
          memref.store %250#1, %view_8[%219, %218] : memref<2x4xf32, #gpu.address_space<workgroup>>
        }
        gpu.barrier
        scf.if %251 {
          %253 = memref.load %view_7[%c0, %218] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %254 = memref.load %view_8[%c0, %218] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %255 = vector.load %view_6[%c0, %218, %241] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %256 = arith.cmpf oeq, %253, %cst_0 : f32
          %257 = arith.select %256, %cst_1, %253 : f32
          %258 = arith.subf %cst_0, %257 : f32
          %259 = math.exp2 %258 fastmath<afn> : f32
          %260 = arith.subf %253, %257 : f32
          %261 = math.exp2 %260 fastmath<afn> : f32
          %262 = arith.mulf %259, %cst_1 : f32
          %263 = arith.mulf %254, %261 : f32
          %264 = arith.addf %262, %263 : f32
          %265 = vector.broadcast %261 : f32 to vector<8xf32>
          %266 = vector.broadcast %259 : f32 to vector<8xf32>
          %267 = arith.mulf %266, %cst_2 : vector<8xf32>
          %268 = vector.fma %265, %255, %267 : vector<8xf32>
          %269 = memref.load %view_7[%c1, %218] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %270 = memref.load %view_8[%c1, %218] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %271 = vector.load %view_6[%c1, %218, %241] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %272 = arith.maximumf %253, %269 : f32
          %273 = arith.cmpf oeq, %272, %cst_0 : f32
          %274 = arith.select %273, %cst_1, %272 : f32
          %275 = arith.subf %253, %274 : f32
          %276 = math.exp2 %275 fastmath<afn> : f32
          %277 = arith.subf %269, %274 : f32
          %278 = math.exp2 %277 fastmath<afn> : f32
          %279 = arith.mulf %264, %276 : f32
          %280 = arith.mulf %270, %278 : f32
          %281 = arith.addf %279, %280 : f32
          %282 = vector.broadcast %278 : f32 to vector<8xf32>
          %283 = vector.broadcast %276 : f32 to vector<8xf32>
          %284 = arith.mulf %268, %283 : vector<8xf32>
          %285 = vector.fma %282, %271, %284 : vector<8xf32>
          %286 = arith.cmpi slt, %230, %c0_i32 : i32
          %287 = arith.cmpf ogt, %281, %cst_1 : f32
          %288 = arith.select %287, %281, %cst_3 : f32
          %289 = vector.broadcast %288 : f32 to vector<8xf32>
          %290 = arith.divf %285, %289 : vector<8xf32>
          %291 = arith.select %287, %290, %cst_2 : vector<8xf32>
          %292 = math.log2 %288 fastmath<afn> : f32
          %293 = arith.addf %272, %292 : f32
          %294 = arith.mulf %293, %cst_4 : f32
          %295 = arith.select %287, %294, %cst_0 : f32
          scf.if %286 {
            %296 = arith.truncf %291 : vector<8xf32> to vector<8xbf16>
            vector.store %296, %169[%232, %234, %241] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
            scf.if %252 {
              memref.store %295, %183[%232, %234] : memref<?x32xf32>
            }
          } else {
            %296 = arith.index_cast %230 : i32 to index
            vector.store %291, %201[%296, %234, %241] {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
            scf.if %252 {
              memref.store %295, %215[%296, %234] : memref<?x32xf32>
            }
          }
        }
      }
      gpu.return
    }
    gpu.func @llama3_8b_decode_merge(%arg0: !llvm.ptr {attn.param = "tmp_o"}, %arg1: !llvm.ptr {attn.param = "tmp_lse"}, %arg2: !llvm.ptr {attn.param = "merge_indptr"}, %arg3: !llvm.ptr {attn.param = "num_rows"}, %arg4: !llvm.ptr {attn.param = "o"}, %arg5: !llvm.ptr {attn.param = "lse"}) workgroup(%arg6 : memref<16x1x128xf32, #gpu.address_space<workgroup>>, %arg7 : memref<16x1xf32, #gpu.address_space<workgroup>>, %arg8 : memref<16x1xf32, #gpu.address_space<workgroup>>) kernel attributes {attn.bdx = 16 : i64, attn.programmatic_dependent, attn.slices = 16 : i64, known_block_size = array<i32: 256, 1, 1>} {
      %0 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
      %1 = llvm.insertvalue %arg0, %0[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %2 = llvm.insertvalue %arg0, %1[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %3 = llvm.mlir.constant(0 : i64) : i64
      %4 = llvm.insertvalue %3, %2[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %5 = llvm.mlir.constant(128 : i64) : i64
      %6 = llvm.insertvalue %5, %4[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %7 = llvm.mlir.constant(1 : i64) : i64
      %8 = llvm.insertvalue %7, %6[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %9 = llvm.mlir.constant(32 : i64) : i64
      %10 = llvm.insertvalue %9, %8[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %11 = llvm.mlir.constant(128 : i64) : i64
      %12 = llvm.insertvalue %11, %10[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %13 = llvm.mlir.constant(9223372036854775807 : i64) : i64
      %14 = llvm.insertvalue %13, %12[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %15 = llvm.mlir.constant(4096 : i64) : i64
      %16 = llvm.insertvalue %15, %14[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %17 = builtin.unrealized_conversion_cast %16 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<?x32x128xf32>
      %18 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
      %19 = llvm.insertvalue %arg1, %18[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %20 = llvm.insertvalue %arg1, %19[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %21 = llvm.mlir.constant(0 : i64) : i64
      %22 = llvm.insertvalue %21, %20[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %23 = llvm.mlir.constant(32 : i64) : i64
      %24 = llvm.insertvalue %23, %22[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %25 = llvm.mlir.constant(1 : i64) : i64
      %26 = llvm.insertvalue %25, %24[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %27 = llvm.mlir.constant(9223372036854775807 : i64) : i64
      %28 = llvm.insertvalue %27, %26[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %29 = llvm.mlir.constant(32 : i64) : i64
      %30 = llvm.insertvalue %29, %28[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %31 = builtin.unrealized_conversion_cast %30 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> to memref<?x32xf32>
      %32 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
      %33 = llvm.insertvalue %arg2, %32[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %34 = llvm.insertvalue %arg2, %33[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %35 = llvm.mlir.constant(0 : i64) : i64
      %36 = llvm.insertvalue %35, %34[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %37 = llvm.mlir.constant(9223372036854775807 : i64) : i64
      %38 = llvm.insertvalue %37, %36[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %39 = llvm.mlir.constant(1 : i64) : i64
      %40 = llvm.insertvalue %39, %38[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %41 = builtin.unrealized_conversion_cast %40 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<?xi32>
      %42 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
      %43 = llvm.insertvalue %arg3, %42[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %44 = llvm.insertvalue %arg3, %43[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %45 = llvm.mlir.constant(0 : i64) : i64
      %46 = llvm.insertvalue %45, %44[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %47 = llvm.mlir.constant(1 : i64) : i64
      %48 = llvm.insertvalue %47, %46[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %49 = llvm.mlir.constant(1 : i64) : i64
      %50 = llvm.insertvalue %49, %48[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %51 = builtin.unrealized_conversion_cast %50 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<1xi32>
      %52 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
      %53 = llvm.insertvalue %arg4, %52[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %54 = llvm.insertvalue %arg4, %53[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %55 = llvm.mlir.constant(0 : i64) : i64
      %56 = llvm.insertvalue %55, %54[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %57 = llvm.mlir.constant(128 : i64) : i64
      %58 = llvm.insertvalue %57, %56[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %59 = llvm.mlir.constant(1 : i64) : i64
      %60 = llvm.insertvalue %59, %58[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %61 = llvm.mlir.constant(32 : i64) : i64
      %62 = llvm.insertvalue %61, %60[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %63 = llvm.mlir.constant(128 : i64) : i64
      %64 = llvm.insertvalue %63, %62[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %65 = llvm.mlir.constant(9223372036854775807 : i64) : i64
      %66 = llvm.insertvalue %65, %64[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %67 = llvm.mlir.constant(4096 : i64) : i64
      %68 = llvm.insertvalue %67, %66[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %69 = builtin.unrealized_conversion_cast %68 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<?x32x128xbf16>
      %70 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
      %71 = llvm.insertvalue %arg5, %70[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %72 = llvm.insertvalue %arg5, %71[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %73 = llvm.mlir.constant(0 : i64) : i64
      %74 = llvm.insertvalue %73, %72[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %75 = llvm.mlir.constant(32 : i64) : i64
      %76 = llvm.insertvalue %75, %74[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %77 = llvm.mlir.constant(1 : i64) : i64
      %78 = llvm.insertvalue %77, %76[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %79 = llvm.mlir.constant(9223372036854775807 : i64) : i64
      %80 = llvm.insertvalue %79, %78[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %81 = llvm.mlir.constant(32 : i64) : i64
      %82 = llvm.insertvalue %81, %80[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %83 = builtin.unrealized_conversion_cast %82 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> to memref<?x32xf32>
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
      %84 = arith.remui %thread_id_x, %c16 : index
      %85 = arith.divui %thread_id_x, %c16 : index
      %block_id_y = gpu.block_id  y
      %block_id_x = gpu.block_id  x
      %86 = arith.muli %84, %c8 : index
      %87 = memref.load %51[%c0] : memref<1xi32>
      %88 = arith.index_cast %87 : i32 to index
      %89 = arith.cmpi ult, %block_id_x, %88 : index
      scf.if %89 {
        %90 = memref.load %41[%block_id_x] : memref<?xi32>
        %91 = arith.index_cast %90 : i32 to index
        %92 = arith.addi %block_id_x, %c1 : index
        %93 = memref.load %41[%92] : memref<?xi32>
        %94 = arith.index_cast %93 : i32 to index
        %95 = arith.cmpi ult, %91, %94 : index
        scf.if %95 {
          %96 = arith.addi %91, %85 : index
          %97:3 = scf.for %arg9 = %96 to %94 step %c16 iter_args(%arg10 = %cst_4, %arg11 = %cst_3, %arg12 = %cst_2) -> (f32, f32, vector<8xf32>) {
            %100 = memref.load %31[%arg9, %block_id_y] : memref<?x32xf32>
            %101 = arith.mulf %100, %cst_1 : f32
            %102 = vector.load %17[%arg9, %block_id_y, %86] {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
            %103 = arith.maximumf %arg10, %101 : f32
            %104 = arith.cmpf oeq, %103, %cst_4 : f32
            %105 = arith.select %104, %cst_3, %103 : f32
            %106 = arith.subf %arg10, %105 : f32
            %107 = math.exp2 %106 fastmath<afn> : f32
            %108 = arith.subf %101, %105 : f32
            %109 = math.exp2 %108 fastmath<afn> : f32
            %110 = arith.mulf %arg11, %107 : f32
            %111 = arith.addf %110, %109 : f32
            %112 = vector.broadcast %109 : f32 to vector<8xf32>
            %113 = vector.broadcast %107 : f32 to vector<8xf32>
            %114 = arith.mulf %arg12, %113 : vector<8xf32>
            %115 = vector.fma %112, %102, %114 : vector<8xf32>
            scf.yield %103, %111, %115 : f32, f32, vector<8xf32>
          }
          %98 = arith.cmpi eq, %85, %c0 : index
          vector.store %97#2, %arg6[%85, %c0, %86] {alignment = 16 : i64} : memref<16x1x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %99 = arith.cmpi eq, %84, %c0 : index
          scf.if %99 {
            memref.store %97#0, %arg7[%85, %c0] : memref<16x1xf32, #gpu.address_space<workgroup>>
            memref.store %97#1, %arg8[%85, %c0] : memref<16x1xf32, #gpu.address_space<workgroup>>
          }
          gpu.barrier
          scf.if %98 {
            %100 = arith.subi %94, %91 : index
            %101 = arith.minsi %100, %c16 : index
            %102:3 = scf.for %arg9 = %c0 to %101 step %c1 iter_args(%arg10 = %cst_4, %arg11 = %cst_3, %arg12 = %cst_2) -> (f32, f32, vector<8xf32>) {
              %113 = memref.load %arg7[%arg9, %c0] : memref<16x1xf32, #gpu.address_space<workgroup>>
              %114 = memref.load %arg8[%arg9, %c0] : memref<16x1xf32, #gpu.address_space<workgroup>>
              %115 = vector.load %arg6[%arg9, %c0, %86] {alignment = 16 : i64} : memref<16x1x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
              %116 = arith.maximumf %arg10, %113 : f32
              %117 = arith.cmpf oeq, %116, %cst_4 : f32
              %118 = arith.select %117, %cst_3, %116 : f32
              %119 = arith.subf %arg10, %118 : f32
              %120 = math.exp2 %119 fastmath<afn> : f32
              %121 = arith.subf %113, %118 : f32
              %122 = math.exp2 %121 fastmath<afn> : f32
              %123 = arith.mulf %arg11, %120 : f32
              %124 = arith.mulf %114, %122 : f32
              %125 = arith.addf %123, %124 : f32
              %126 = vector.broadcast %122 : f32 to vector<8xf32>
              %127 = vector.broadcast %120 : f32 to vector<8xf32>
              %128 = arith.mulf %arg12, %127 : vector<8xf32>
              %129 = vector.fma %126, %115, %128 : vector<8xf32>
              scf.yield %116, %125, %129 : f32, f32, vector<8xf32>
            }
            %103 = arith.cmpf ogt, %102#1, %cst_3 : f32
            %104 = arith.select %103, %102#1, %cst_0 : f32
            %105 = vector.broadcast %104 : f32 to vector<8xf32>
            %106 = arith.divf %102#2, %105 : vector<8xf32>
            %107 = arith.select %103, %106, %cst_2 : vector<8xf32>
            %108 = math.log2 %104 fastmath<afn> : f32
            %109 = arith.addf %102#0, %108 : f32
            %110 = arith.mulf %109, %cst : f32
            %111 = arith.select %103, %110, %cst_4 : f32
            %112 = arith.truncf %107 : vector<8xf32> to vector<8xbf16>
            vector.store %112, %69[%block_id_x, %block_id_y, %86] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
            scf.if %99 {
              memref.store %111, %83[%block_id_x, %block_id_y] : memref<?x32xf32>
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

