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
      %216 = arith.remui %thread_id_x, %c16 : index
      %217 = arith.divui %thread_id_x, %c64 : index
      %218 = arith.muli %216, %c8 : index
      %219 = arith.divui %thread_id_x, %c16 : index
      %220 = arith.remui %219, %c4 : index
      %221 = arith.muli %217, %c4 : index
      %222 = arith.addi %221, %220 : index
      %block_id_x = gpu.block_id  x
      %block_id_y = gpu.block_id  y
      %223 = gpu.dynamic_shared_memory : memref<?xi8, #gpu.address_space<workgroup>>
      %view = memref.view %223[%c0][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
      %view_5 = memref.view %223[%c8192][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
      %view_6 = memref.view %223[%c16384][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<5120xi8, #gpu.address_space<workgroup>>
      %224 = memref.load %151[%c0] : memref<1xi32>
      %225 = arith.index_cast %224 : i32 to index
      %226 = arith.cmpi ult, %block_id_x, %225 : index
      scf.if %226 {
        %227 = memref.load %111[%block_id_x] : memref<?xi32>
        %228 = arith.index_cast %227 : i32 to index
        %229 = memref.load %121[%block_id_x] : memref<?xi32>
        %230 = arith.index_cast %229 : i32 to index
        %231 = memref.load %131[%block_id_x] : memref<?xi32>
        %232 = arith.index_cast %231 : i32 to index
        %233 = memref.load %141[%block_id_x] : memref<?xi32>
        %234 = memref.load %27[%228] : memref<?xi32>
        %235 = arith.index_cast %234 : i32 to index
        %236 = memref.load %81[%228] : memref<?xi32>
        %237 = arith.index_cast %236 : i32 to index
        %238 = arith.maxsi %232, %230 : index
        %239 = arith.subi %238, %230 : index
        %240 = arith.addi %239, %c15 : index
        %241 = arith.divui %240, %c16 : index
        %242 = arith.muli %block_id_y, %c4 : index
        %243 = arith.addi %242, %220 : index
        %244 = vector.load %17[%235, %243, %218] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %245 = arith.extf %244 : vector<8xbf16> to vector<8xf32>
        %246 = arith.mulf %245, %cst : vector<8xf32>
        %247 = arith.cmpi ugt, %241, %c0 : index
        scf.if %247 {
          %263 = arith.subi %232, %c1 : index
          %264 = arith.muli %222, %c2 : index
          %265 = arith.addi %230, %264 : index
          %266 = arith.minsi %265, %263 : index
          %267 = arith.divui %266, %c16 : index
          %268 = arith.addi %237, %267 : index
          %269 = memref.load %91[%268] : memref<?xi32>
          %270 = arith.index_cast %269 : i32 to index
          %271 = arith.addi %264, %c1 : index
          %272 = arith.addi %230, %271 : index
          %273 = arith.minsi %272, %263 : index
          %274 = arith.divui %273, %c16 : index
          %275 = arith.addi %237, %274 : index
          %276 = memref.load %91[%275] : memref<?xi32>
          %277 = arith.index_cast %276 : i32 to index
          %278 = arith.cmpi ult, %265, %232 : index
          %279 = arith.select %278, %c8, %c0 : index
          %280 = arith.remui %266, %c16 : index
          %281 = nvgpu.device_async_copy %49[%270, %280, %block_id_y, %218], %view[%c0, %264, %218], 8, %279 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %282 = nvgpu.device_async_copy %71[%270, %280, %block_id_y, %218], %view_5[%c0, %264, %218], 8, %279 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %283 = arith.cmpi ult, %272, %232 : index
          %284 = arith.select %283, %c8, %c0 : index
          %285 = arith.remui %273, %c16 : index
          %286 = nvgpu.device_async_copy %49[%277, %285, %block_id_y, %218], %view[%c0, %271, %218], 8, %284 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %287 = nvgpu.device_async_copy %71[%277, %285, %block_id_y, %218], %view_5[%c0, %271, %218], 8, %284 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
        }
        nvvm.cp.async.commit.group
        %248:2 = scf.if %247 -> (index, index) {
          %263 = arith.subi %232, %c1 : index
          %264 = arith.muli %222, %c2 : index
          %265 = arith.addi %230, %c16 : index
          %266 = arith.addi %265, %264 : index
          %267 = arith.minsi %266, %263 : index
          %268 = arith.divui %267, %c16 : index
          %269 = arith.addi %237, %268 : index
          %270 = memref.load %91[%269] : memref<?xi32>
          %271 = arith.index_cast %270 : i32 to index
          %272 = arith.addi %264, %c1 : index
          %273 = arith.addi %265, %272 : index
          %274 = arith.minsi %273, %263 : index
          %275 = arith.divui %274, %c16 : index
          %276 = arith.addi %237, %275 : index
          %277 = memref.load %91[%276] : memref<?xi32>
          %278 = arith.index_cast %277 : i32 to index
          scf.yield %271, %278 : index, index
        } else {
          scf.yield %c0, %c0 : index, index
        }
        %249:5 = scf.for %arg16 = %c0 to %241 step %c1 iter_args(%arg17 = %cst_0, %arg18 = %cst_1, %arg19 = %cst_2, %arg20 = %248#0, %arg21 = %248#1) -> (f32, f32, vector<8xf32>, index, index) {
          %263 = arith.remui %arg16, %c2 : index
          %264 = arith.addi %arg16, %c1 : index
          %265 = arith.cmpi ult, %264, %241 : index
          scf.if %265 {
            %573 = arith.remui %264, %c2 : index
            %574 = arith.subi %232, %c1 : index
            %575 = arith.muli %222, %c2 : index
            %576 = arith.muli %264, %c16 : index
            %577 = arith.addi %230, %576 : index
            %578 = arith.addi %577, %575 : index
            %579 = arith.minsi %578, %574 : index
            %580 = arith.cmpi ult, %578, %232 : index
            %581 = arith.select %580, %c8, %c0 : index
            %582 = arith.remui %579, %c16 : index
            %583 = nvgpu.device_async_copy %49[%arg20, %582, %block_id_y, %218], %view[%573, %575, %218], 8, %581 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %584 = nvgpu.device_async_copy %71[%arg20, %582, %block_id_y, %218], %view_5[%573, %575, %218], 8, %581 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %585 = arith.addi %575, %c1 : index
            %586 = arith.addi %577, %585 : index
            %587 = arith.minsi %586, %574 : index
            %588 = arith.cmpi ult, %586, %232 : index
            %589 = arith.select %588, %c8, %c0 : index
            %590 = arith.remui %587, %c16 : index
            %591 = nvgpu.device_async_copy %49[%arg21, %590, %block_id_y, %218], %view[%573, %585, %218], 8, %589 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %592 = nvgpu.device_async_copy %71[%arg21, %590, %block_id_y, %218], %view_5[%573, %585, %218], 8, %589 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          }
          nvvm.cp.async.commit.group
          %266 = arith.addi %arg16, %c2 : index
          %267 = arith.subi %232, %c1 : index
          %268 = arith.muli %222, %c2 : index
          %269 = arith.muli %266, %c16 : index
          %270 = arith.addi %230, %269 : index
          %271 = arith.addi %270, %268 : index
          %272 = arith.minsi %271, %267 : index
          %273 = arith.divui %272, %c16 : index
          %274 = arith.addi %237, %273 : index
          %275 = memref.load %91[%274] : memref<?xi32>
          %276 = arith.index_cast %275 : i32 to index
          %277 = arith.addi %268, %c1 : index
          %278 = arith.addi %270, %277 : index
          %279 = arith.minsi %278, %267 : index
          %280 = arith.divui %279, %c16 : index
          %281 = arith.addi %237, %280 : index
          %282 = memref.load %91[%281] : memref<?xi32>
          %283 = arith.index_cast %282 : i32 to index
          nvvm.cp.async.wait.group 1
          gpu.barrier
          %284 = arith.muli %arg16, %c16 : index
          %285 = arith.addi %230, %284 : index
          %286 = arith.muli %217, %c8 : index
          %287 = vector.load %view[%263, %286, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %288 = arith.extf %287 : vector<8xbf16> to vector<8xf32>
          %289 = vector.extract %246[0] : f32 from vector<8xf32>
          %290 = vector.extract %288[0] : f32 from vector<8xf32>
          %291 = arith.mulf %289, %290 : f32
          %292 = vector.extract %246[1] : f32 from vector<8xf32>
          %293 = vector.extract %288[1] : f32 from vector<8xf32>
          %294 = math.fma %292, %293, %291 : f32
          %295 = vector.extract %246[2] : f32 from vector<8xf32>
          %296 = vector.extract %288[2] : f32 from vector<8xf32>
          %297 = math.fma %295, %296, %294 : f32
          %298 = vector.extract %246[3] : f32 from vector<8xf32>
          %299 = vector.extract %288[3] : f32 from vector<8xf32>
          %300 = math.fma %298, %299, %297 : f32
          %301 = vector.extract %246[4] : f32 from vector<8xf32>
          %302 = vector.extract %288[4] : f32 from vector<8xf32>
          %303 = math.fma %301, %302, %300 : f32
          %304 = vector.extract %246[5] : f32 from vector<8xf32>
          %305 = vector.extract %288[5] : f32 from vector<8xf32>
          %306 = math.fma %304, %305, %303 : f32
          %307 = vector.extract %246[6] : f32 from vector<8xf32>
          %308 = vector.extract %288[6] : f32 from vector<8xf32>
          %309 = math.fma %307, %308, %306 : f32
          %310 = vector.extract %246[7] : f32 from vector<8xf32>
          %311 = vector.extract %288[7] : f32 from vector<8xf32>
          %312 = math.fma %310, %311, %309 : f32
          %shuffleResult, %valid = gpu.shuffle  xor %312, %c8_i32, %c32_i32 : f32
          %313 = arith.addf %312, %shuffleResult : f32
          %shuffleResult_10, %valid_11 = gpu.shuffle  xor %313, %c4_i32, %c32_i32 : f32
          %314 = arith.addf %313, %shuffleResult_10 : f32
          %shuffleResult_12, %valid_13 = gpu.shuffle  xor %314, %c2_i32, %c32_i32 : f32
          %315 = arith.addf %314, %shuffleResult_12 : f32
          %shuffleResult_14, %valid_15 = gpu.shuffle  xor %315, %c1_i32, %c32_i32 : f32
          %316 = arith.addf %315, %shuffleResult_14 : f32
          %317 = arith.addi %286, %c1 : index
          %318 = vector.load %view[%263, %317, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %319 = arith.extf %318 : vector<8xbf16> to vector<8xf32>
          %320 = vector.extract %319[0] : f32 from vector<8xf32>
          %321 = arith.mulf %289, %320 : f32
          %322 = vector.extract %319[1] : f32 from vector<8xf32>
          %323 = math.fma %292, %322, %321 : f32
          %324 = vector.extract %319[2] : f32 from vector<8xf32>
          %325 = math.fma %295, %324, %323 : f32
          %326 = vector.extract %319[3] : f32 from vector<8xf32>
          %327 = math.fma %298, %326, %325 : f32
          %328 = vector.extract %319[4] : f32 from vector<8xf32>
          %329 = math.fma %301, %328, %327 : f32
          %330 = vector.extract %319[5] : f32 from vector<8xf32>
          %331 = math.fma %304, %330, %329 : f32
          %332 = vector.extract %319[6] : f32 from vector<8xf32>
          %333 = math.fma %307, %332, %331 : f32
          %334 = vector.extract %319[7] : f32 from vector<8xf32>
          %335 = math.fma %310, %334, %333 : f32
          %shuffleResult_16, %valid_17 = gpu.shuffle  xor %335, %c8_i32, %c32_i32 : f32
          %336 = arith.addf %335, %shuffleResult_16 : f32
          %shuffleResult_18, %valid_19 = gpu.shuffle  xor %336, %c4_i32, %c32_i32 : f32
          %337 = arith.addf %336, %shuffleResult_18 : f32
          %shuffleResult_20, %valid_21 = gpu.shuffle  xor %337, %c2_i32, %c32_i32 : f32
          %338 = arith.addf %337, %shuffleResult_20 : f32
          %shuffleResult_22, %valid_23 = gpu.shuffle  xor %338, %c1_i32, %c32_i32 : f32
          %339 = arith.addf %338, %shuffleResult_22 : f32
          %340 = arith.addi %286, %c2 : index
          %341 = vector.load %view[%263, %340, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %342 = arith.extf %341 : vector<8xbf16> to vector<8xf32>
          %343 = vector.extract %342[0] : f32 from vector<8xf32>
          %344 = arith.mulf %289, %343 : f32
          %345 = vector.extract %342[1] : f32 from vector<8xf32>
          %346 = math.fma %292, %345, %344 : f32
          %347 = vector.extract %342[2] : f32 from vector<8xf32>
          %348 = math.fma %295, %347, %346 : f32
          %349 = vector.extract %342[3] : f32 from vector<8xf32>
          %350 = math.fma %298, %349, %348 : f32
          %351 = vector.extract %342[4] : f32 from vector<8xf32>
          %352 = math.fma %301, %351, %350 : f32
          %353 = vector.extract %342[5] : f32 from vector<8xf32>
          %354 = math.fma %304, %353, %352 : f32
          %355 = vector.extract %342[6] : f32 from vector<8xf32>
          %356 = math.fma %307, %355, %354 : f32
          %357 = vector.extract %342[7] : f32 from vector<8xf32>
          %358 = math.fma %310, %357, %356 : f32
          %shuffleResult_24, %valid_25 = gpu.shuffle  xor %358, %c8_i32, %c32_i32 : f32
          %359 = arith.addf %358, %shuffleResult_24 : f32
          %shuffleResult_26, %valid_27 = gpu.shuffle  xor %359, %c4_i32, %c32_i32 : f32
          %360 = arith.addf %359, %shuffleResult_26 : f32
          %shuffleResult_28, %valid_29 = gpu.shuffle  xor %360, %c2_i32, %c32_i32 : f32
          %361 = arith.addf %360, %shuffleResult_28 : f32
          %shuffleResult_30, %valid_31 = gpu.shuffle  xor %361, %c1_i32, %c32_i32 : f32
          %362 = arith.addf %361, %shuffleResult_30 : f32
          %363 = arith.addi %286, %c3 : index
          %364 = vector.load %view[%263, %363, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %365 = arith.extf %364 : vector<8xbf16> to vector<8xf32>
          %366 = vector.extract %365[0] : f32 from vector<8xf32>
          %367 = arith.mulf %289, %366 : f32
          %368 = vector.extract %365[1] : f32 from vector<8xf32>
          %369 = math.fma %292, %368, %367 : f32
          %370 = vector.extract %365[2] : f32 from vector<8xf32>
          %371 = math.fma %295, %370, %369 : f32
          %372 = vector.extract %365[3] : f32 from vector<8xf32>
          %373 = math.fma %298, %372, %371 : f32
          %374 = vector.extract %365[4] : f32 from vector<8xf32>
          %375 = math.fma %301, %374, %373 : f32
          %376 = vector.extract %365[5] : f32 from vector<8xf32>
          %377 = math.fma %304, %376, %375 : f32
          %378 = vector.extract %365[6] : f32 from vector<8xf32>
          %379 = math.fma %307, %378, %377 : f32
          %380 = vector.extract %365[7] : f32 from vector<8xf32>
          %381 = math.fma %310, %380, %379 : f32
          %shuffleResult_32, %valid_33 = gpu.shuffle  xor %381, %c8_i32, %c32_i32 : f32
          %382 = arith.addf %381, %shuffleResult_32 : f32
          %shuffleResult_34, %valid_35 = gpu.shuffle  xor %382, %c4_i32, %c32_i32 : f32
          %383 = arith.addf %382, %shuffleResult_34 : f32
          %shuffleResult_36, %valid_37 = gpu.shuffle  xor %383, %c2_i32, %c32_i32 : f32
          %384 = arith.addf %383, %shuffleResult_36 : f32
          %shuffleResult_38, %valid_39 = gpu.shuffle  xor %384, %c1_i32, %c32_i32 : f32
          %385 = arith.addf %384, %shuffleResult_38 : f32
          %386 = arith.addi %286, %c4 : index
          %387 = vector.load %view[%263, %386, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %388 = arith.extf %387 : vector<8xbf16> to vector<8xf32>
          %389 = vector.extract %388[0] : f32 from vector<8xf32>
          %390 = arith.mulf %289, %389 : f32
          %391 = vector.extract %388[1] : f32 from vector<8xf32>
          %392 = math.fma %292, %391, %390 : f32
          %393 = vector.extract %388[2] : f32 from vector<8xf32>
          %394 = math.fma %295, %393, %392 : f32
          %395 = vector.extract %388[3] : f32 from vector<8xf32>
          %396 = math.fma %298, %395, %394 : f32
          %397 = vector.extract %388[4] : f32 from vector<8xf32>
          %398 = math.fma %301, %397, %396 : f32
          %399 = vector.extract %388[5] : f32 from vector<8xf32>
          %400 = math.fma %304, %399, %398 : f32
          %401 = vector.extract %388[6] : f32 from vector<8xf32>
          %402 = math.fma %307, %401, %400 : f32
          %403 = vector.extract %388[7] : f32 from vector<8xf32>
          %404 = math.fma %310, %403, %402 : f32
          %shuffleResult_40, %valid_41 = gpu.shuffle  xor %404, %c8_i32, %c32_i32 : f32
          %405 = arith.addf %404, %shuffleResult_40 : f32
          %shuffleResult_42, %valid_43 = gpu.shuffle  xor %405, %c4_i32, %c32_i32 : f32
          %406 = arith.addf %405, %shuffleResult_42 : f32
          %shuffleResult_44, %valid_45 = gpu.shuffle  xor %406, %c2_i32, %c32_i32 : f32
          %407 = arith.addf %406, %shuffleResult_44 : f32
          %shuffleResult_46, %valid_47 = gpu.shuffle  xor %407, %c1_i32, %c32_i32 : f32
          %408 = arith.addf %407, %shuffleResult_46 : f32
          %409 = arith.addi %286, %c5 : index
          %410 = vector.load %view[%263, %409, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %411 = arith.extf %410 : vector<8xbf16> to vector<8xf32>
          %412 = vector.extract %411[0] : f32 from vector<8xf32>
          %413 = arith.mulf %289, %412 : f32
          %414 = vector.extract %411[1] : f32 from vector<8xf32>
          %415 = math.fma %292, %414, %413 : f32
          %416 = vector.extract %411[2] : f32 from vector<8xf32>
          %417 = math.fma %295, %416, %415 : f32
          %418 = vector.extract %411[3] : f32 from vector<8xf32>
          %419 = math.fma %298, %418, %417 : f32
          %420 = vector.extract %411[4] : f32 from vector<8xf32>
          %421 = math.fma %301, %420, %419 : f32
          %422 = vector.extract %411[5] : f32 from vector<8xf32>
          %423 = math.fma %304, %422, %421 : f32
          %424 = vector.extract %411[6] : f32 from vector<8xf32>
          %425 = math.fma %307, %424, %423 : f32
          %426 = vector.extract %411[7] : f32 from vector<8xf32>
          %427 = math.fma %310, %426, %425 : f32
          %shuffleResult_48, %valid_49 = gpu.shuffle  xor %427, %c8_i32, %c32_i32 : f32
          %428 = arith.addf %427, %shuffleResult_48 : f32
          %shuffleResult_50, %valid_51 = gpu.shuffle  xor %428, %c4_i32, %c32_i32 : f32
          %429 = arith.addf %428, %shuffleResult_50 : f32
          %shuffleResult_52, %valid_53 = gpu.shuffle  xor %429, %c2_i32, %c32_i32 : f32
          %430 = arith.addf %429, %shuffleResult_52 : f32
          %shuffleResult_54, %valid_55 = gpu.shuffle  xor %430, %c1_i32, %c32_i32 : f32
          %431 = arith.addf %430, %shuffleResult_54 : f32
          %432 = arith.addi %286, %c6 : index
          %433 = vector.load %view[%263, %432, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %434 = arith.extf %433 : vector<8xbf16> to vector<8xf32>
          %435 = vector.extract %434[0] : f32 from vector<8xf32>
          %436 = arith.mulf %289, %435 : f32
          %437 = vector.extract %434[1] : f32 from vector<8xf32>
          %438 = math.fma %292, %437, %436 : f32
          %439 = vector.extract %434[2] : f32 from vector<8xf32>
          %440 = math.fma %295, %439, %438 : f32
          %441 = vector.extract %434[3] : f32 from vector<8xf32>
          %442 = math.fma %298, %441, %440 : f32
          %443 = vector.extract %434[4] : f32 from vector<8xf32>
          %444 = math.fma %301, %443, %442 : f32
          %445 = vector.extract %434[5] : f32 from vector<8xf32>
          %446 = math.fma %304, %445, %444 : f32
          %447 = vector.extract %434[6] : f32 from vector<8xf32>
          %448 = math.fma %307, %447, %446 : f32
          %449 = vector.extract %434[7] : f32 from vector<8xf32>
          %450 = math.fma %310, %449, %448 : f32
          %shuffleResult_56, %valid_57 = gpu.shuffle  xor %450, %c8_i32, %c32_i32 : f32
          %451 = arith.addf %450, %shuffleResult_56 : f32
          %shuffleResult_58, %valid_59 = gpu.shuffle  xor %451, %c4_i32, %c32_i32 : f32
          %452 = arith.addf %451, %shuffleResult_58 : f32
          %shuffleResult_60, %valid_61 = gpu.shuffle  xor %452, %c2_i32, %c32_i32 : f32
          %453 = arith.addf %452, %shuffleResult_60 : f32
          %shuffleResult_62, %valid_63 = gpu.shuffle  xor %453, %c1_i32, %c32_i32 : f32
          %454 = arith.addf %453, %shuffleResult_62 : f32
          %455 = arith.addi %286, %c7 : index
          %456 = vector.load %view[%263, %455, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %457 = arith.extf %456 : vector<8xbf16> to vector<8xf32>
          %458 = vector.extract %457[0] : f32 from vector<8xf32>
          %459 = arith.mulf %289, %458 : f32
          %460 = vector.extract %457[1] : f32 from vector<8xf32>
          %461 = math.fma %292, %460, %459 : f32
          %462 = vector.extract %457[2] : f32 from vector<8xf32>
          %463 = math.fma %295, %462, %461 : f32
          %464 = vector.extract %457[3] : f32 from vector<8xf32>
          %465 = math.fma %298, %464, %463 : f32
          %466 = vector.extract %457[4] : f32 from vector<8xf32>
          %467 = math.fma %301, %466, %465 : f32
          %468 = vector.extract %457[5] : f32 from vector<8xf32>
          %469 = math.fma %304, %468, %467 : f32
          %470 = vector.extract %457[6] : f32 from vector<8xf32>
          %471 = math.fma %307, %470, %469 : f32
          %472 = vector.extract %457[7] : f32 from vector<8xf32>
          %473 = math.fma %310, %472, %471 : f32
          %shuffleResult_64, %valid_65 = gpu.shuffle  xor %473, %c8_i32, %c32_i32 : f32
          %474 = arith.addf %473, %shuffleResult_64 : f32
          %shuffleResult_66, %valid_67 = gpu.shuffle  xor %474, %c4_i32, %c32_i32 : f32
          %475 = arith.addf %474, %shuffleResult_66 : f32
          %shuffleResult_68, %valid_69 = gpu.shuffle  xor %475, %c2_i32, %c32_i32 : f32
          %476 = arith.addf %475, %shuffleResult_68 : f32
          %shuffleResult_70, %valid_71 = gpu.shuffle  xor %476, %c1_i32, %c32_i32 : f32
          %477 = arith.addf %476, %shuffleResult_70 : f32
          %478 = arith.addi %285, %286 : index
          %479 = arith.cmpi ult, %478, %232 : index
          %480 = arith.select %479, %316, %cst_0 : f32
          %481 = arith.addi %285, %317 : index
          %482 = arith.cmpi ult, %481, %232 : index
          %483 = arith.select %482, %339, %cst_0 : f32
          %484 = arith.addi %285, %340 : index
          %485 = arith.cmpi ult, %484, %232 : index
          %486 = arith.select %485, %362, %cst_0 : f32
          %487 = arith.addi %285, %363 : index
          %488 = arith.cmpi ult, %487, %232 : index
          %489 = arith.select %488, %385, %cst_0 : f32
          %490 = arith.addi %285, %386 : index
          %491 = arith.cmpi ult, %490, %232 : index
          %492 = arith.select %491, %408, %cst_0 : f32
          %493 = arith.addi %285, %409 : index
          %494 = arith.cmpi ult, %493, %232 : index
          %495 = arith.select %494, %431, %cst_0 : f32
          %496 = arith.addi %285, %432 : index
          %497 = arith.cmpi ult, %496, %232 : index
          %498 = arith.select %497, %454, %cst_0 : f32
          %499 = arith.addi %285, %455 : index
          %500 = arith.cmpi ult, %499, %232 : index
          %501 = arith.select %500, %477, %cst_0 : f32
          %502 = vector.load %view_5[%263, %286, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %503 = arith.extf %502 : vector<8xbf16> to vector<8xf32>
          %504 = vector.load %view_5[%263, %317, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %505 = arith.extf %504 : vector<8xbf16> to vector<8xf32>
          %506 = vector.load %view_5[%263, %340, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %507 = arith.extf %506 : vector<8xbf16> to vector<8xf32>
          %508 = vector.load %view_5[%263, %363, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %509 = arith.extf %508 : vector<8xbf16> to vector<8xf32>
          %510 = vector.load %view_5[%263, %386, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %511 = arith.extf %510 : vector<8xbf16> to vector<8xf32>
          %512 = vector.load %view_5[%263, %409, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %513 = arith.extf %512 : vector<8xbf16> to vector<8xf32>
          %514 = vector.load %view_5[%263, %432, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %515 = arith.extf %514 : vector<8xbf16> to vector<8xf32>
          %516 = vector.load %view_5[%263, %455, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %517 = arith.extf %516 : vector<8xbf16> to vector<8xf32>
          %518 = arith.maximumf %arg17, %480 : f32
          %519 = arith.maximumf %518, %483 : f32
          %520 = arith.maximumf %519, %486 : f32
          %521 = arith.maximumf %520, %489 : f32
          %522 = arith.maximumf %521, %492 : f32
          %523 = arith.maximumf %522, %495 : f32
          %524 = arith.maximumf %523, %498 : f32
          %525 = arith.maximumf %524, %501 : f32
          %526 = arith.cmpf oeq, %525, %cst_0 : f32
          %527 = arith.select %526, %cst_1, %525 : f32
          %528 = arith.subf %arg17, %527 : f32
          %529 = math.exp2 %528 fastmath<afn> : f32
          %530 = arith.mulf %arg18, %529 : f32
          %531 = vector.broadcast %529 : f32 to vector<8xf32>
          %532 = arith.mulf %arg19, %531 : vector<8xf32>
          %533 = arith.subf %480, %527 : f32
          %534 = math.exp2 %533 fastmath<afn> : f32
          %535 = arith.addf %530, %534 : f32
          %536 = vector.broadcast %534 : f32 to vector<8xf32>
          %537 = vector.fma %536, %503, %532 : vector<8xf32>
          %538 = arith.subf %483, %527 : f32
          %539 = math.exp2 %538 fastmath<afn> : f32
          %540 = arith.addf %535, %539 : f32
          %541 = vector.broadcast %539 : f32 to vector<8xf32>
          %542 = vector.fma %541, %505, %537 : vector<8xf32>
          %543 = arith.subf %486, %527 : f32
          %544 = math.exp2 %543 fastmath<afn> : f32
          %545 = arith.addf %540, %544 : f32
          %546 = vector.broadcast %544 : f32 to vector<8xf32>
          %547 = vector.fma %546, %507, %542 : vector<8xf32>
          %548 = arith.subf %489, %527 : f32
          %549 = math.exp2 %548 fastmath<afn> : f32
          %550 = arith.addf %545, %549 : f32
          %551 = vector.broadcast %549 : f32 to vector<8xf32>
          %552 = vector.fma %551, %509, %547 : vector<8xf32>
          %553 = arith.subf %492, %527 : f32
          %554 = math.exp2 %553 fastmath<afn> : f32
          %555 = arith.addf %550, %554 : f32
          %556 = vector.broadcast %554 : f32 to vector<8xf32>
          %557 = vector.fma %556, %511, %552 : vector<8xf32>
          %558 = arith.subf %495, %527 : f32
          %559 = math.exp2 %558 fastmath<afn> : f32
          %560 = arith.addf %555, %559 : f32
          %561 = vector.broadcast %559 : f32 to vector<8xf32>
          %562 = vector.fma %561, %513, %557 : vector<8xf32>
          %563 = arith.subf %498, %527 : f32
          %564 = math.exp2 %563 fastmath<afn> : f32
          %565 = arith.addf %560, %564 : f32
          %566 = vector.broadcast %564 : f32 to vector<8xf32>
          %567 = vector.fma %566, %515, %562 : vector<8xf32>
          %568 = arith.subf %501, %527 : f32
          %569 = math.exp2 %568 fastmath<afn> : f32
          %570 = arith.addf %565, %569 : f32
          %571 = vector.broadcast %569 : f32 to vector<8xf32>
          %572 = vector.fma %571, %517, %567 : vector<8xf32>
          gpu.barrier
          scf.yield %525, %570, %572, %276, %283 : f32, f32, vector<8xf32>, index, index
        }
        nvvm.cp.async.wait.group 0
        %view_7 = memref.view %view_6[%c0][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4x128xf32, #gpu.address_space<workgroup>>
        %view_8 = memref.view %view_6[%c4096][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4xf32, #gpu.address_space<workgroup>>
        %view_9 = memref.view %view_6[%c4128][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4xf32, #gpu.address_space<workgroup>>
        vector.store %249#2, %view_7[%217, %220, %218] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
        %250 = arith.cmpi eq, %216, %c0 : index
        scf.if %250 {
          memref.store %249#0, %view_8[%217, %220] : memref<2x4xf32, #gpu.address_space<workgroup>>
          memref.store %249#1, %view_9[%217, %220] : memref<2x4xf32, #gpu.address_space<workgroup>>
        }
        gpu.barrier
        %251 = arith.cmpi eq, %217, %c0 : index
        %252:3 = scf.if %251 -> (f32, f32, vector<8xf32>) {
          %263 = memref.load %view_8[%c0, %220] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %264 = memref.load %view_9[%c0, %220] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %265 = vector.load %view_7[%c0, %220, %218] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %266 = arith.cmpf oeq, %263, %cst_0 : f32
          %267 = arith.select %266, %cst_1, %263 : f32
          %268 = arith.subf %cst_0, %267 : f32
          %269 = math.exp2 %268 fastmath<afn> : f32
          %270 = arith.subf %263, %267 : f32
          %271 = math.exp2 %270 fastmath<afn> : f32
          %272 = arith.mulf %269, %cst_1 : f32
          %273 = arith.mulf %264, %271 : f32
          %274 = arith.addf %272, %273 : f32
          %275 = vector.broadcast %271 : f32 to vector<8xf32>
          %276 = vector.broadcast %269 : f32 to vector<8xf32>
          %277 = arith.mulf %276, %cst_2 : vector<8xf32>
          %278 = vector.fma %275, %265, %277 : vector<8xf32>
          %279 = memref.load %view_8[%c1, %220] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %280 = memref.load %view_9[%c1, %220] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %281 = vector.load %view_7[%c1, %220, %218] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %282 = arith.maximumf %263, %279 : f32
          %283 = arith.cmpf oeq, %282, %cst_0 : f32
          %284 = arith.select %283, %cst_1, %282 : f32
          %285 = arith.subf %263, %284 : f32
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
          scf.yield %282, %291, %295 : f32, f32, vector<8xf32>
        } else {
          scf.yield %249#0, %249#1, %249#2 : f32, f32, vector<8xf32>
        }
        %253 = arith.cmpf ogt, %252#1, %cst_1 : f32
        %254 = arith.select %253, %252#1, %cst_3 : f32
        %255 = vector.broadcast %254 : f32 to vector<8xf32>
        %256 = arith.divf %252#2, %255 : vector<8xf32>
        %257 = arith.select %253, %256, %cst_2 : vector<8xf32>
        %258 = math.log2 %254 fastmath<afn> : f32
        %259 = arith.addf %252#0, %258 : f32
        %260 = arith.mulf %259, %cst_4 : f32
        %261 = arith.select %253, %260, %cst_0 : f32
        %262 = arith.cmpi slt, %233, %c0_i32 : i32
        scf.if %262 {
          scf.if %251 {
            %263 = arith.truncf %257 : vector<8xf32> to vector<8xbf16>
            vector.store %263, %169[%235, %243, %218] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
            scf.if %250 {
              memref.store %261, %183[%235, %243] : memref<?x32xf32>
            }
          }
        } else {
          %263 = arith.index_cast %233 : i32 to index
          scf.if %251 {
            vector.store %257, %201[%263, %243, %218] {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
            scf.if %250 {
              memref.store %261, %215[%263, %243] : memref<?x32xf32>
            }
          }
        }
      }
      gpu.return
    }
    gpu.func @llama3_8b_decode_merge(%arg0: !llvm.ptr {attn.param = "tmp_o"}, %arg1: !llvm.ptr {attn.param = "tmp_lse"}, %arg2: !llvm.ptr {attn.param = "merge_indptr"}, %arg3: !llvm.ptr {attn.param = "num_rows"}, %arg4: !llvm.ptr {attn.param = "o"}, %arg5: !llvm.ptr {attn.param = "lse"}) workgroup(%arg6 : memref<16x1x128xf32, #gpu.address_space<workgroup>>, %arg7 : memref<16x1xf32, #gpu.address_space<workgroup>>, %arg8 : memref<16x1xf32, #gpu.address_space<workgroup>>) kernel attributes {attn.programmatic_dependent, known_block_size = array<i32: 256, 1, 1>} {
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

