module attributes {gpu.container_module} {
  gpu.module @llama3_8b_decode_kernels {
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
      %216 = arith.remui %thread_id_x, %c16 : index
      %217 = arith.divui %thread_id_x, %c16 : index
      %218 = arith.remui %217, %c4 : index
      %219 = arith.divui %thread_id_x, %c64 : index
      %block_id_x = gpu.block_id  x
      %block_id_y = gpu.block_id  y
      %220 = gpu.dynamic_shared_memory : memref<?xi8, #gpu.address_space<workgroup>>
      %view = memref.view %220[%c0][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
      %view_5 = memref.view %220[%c8192][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
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
        %239 = arith.addi %238, %c7 : index
        %240 = arith.divui %239, %c8 : index
        %241 = arith.muli %216, %c8 : index
        %242 = vector.load %17[%232, %234, %241] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %243 = arith.extf %242 : vector<8xbf16> to vector<8xf32>
        %244 = arith.mulf %243, %cst_4 : vector<8xf32>
        %245 = arith.muli %219, %c4 : index
        %246 = arith.addi %245, %218 : index
        %247 = arith.cmpi ugt, %240, %c0 : index
        scf.if %247 {
          %254 = arith.addi %227, %246 : index
          %255 = arith.subi %229, %c1 : index
          %256 = arith.minsi %254, %255 : index
          %257 = arith.divui %256, %c16 : index
          %258 = arith.addi %236, %257 : index
          %259 = memref.load %91[%258] : memref<?xi32>
          %260 = arith.index_cast %259 : i32 to index
          %261 = arith.remui %256, %c16 : index
          %262 = arith.cmpi ult, %254, %229 : index
          %263 = arith.select %262, %c8, %c0 : index
          %264 = nvgpu.device_async_copy %49[%260, %261, %block_id_y, %241], %view[%c0, %246, %241], 8, %263 {bypassL1} : memref<?x16x8x128xbf16> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
          %265 = nvgpu.device_async_copy %71[%260, %261, %block_id_y, %241], %view_5[%c0, %246, %241], 8, %263 {bypassL1} : memref<?x16x8x128xbf16> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
        }
        nvvm.cp.async.commit.group
        %248 = arith.cmpi ugt, %240, %c1 : index
        scf.if %248 {
          %254 = arith.addi %227, %c8 : index
          %255 = arith.addi %254, %246 : index
          %256 = arith.subi %229, %c1 : index
          %257 = arith.minsi %255, %256 : index
          %258 = arith.divui %257, %c16 : index
          %259 = arith.addi %236, %258 : index
          %260 = memref.load %91[%259] : memref<?xi32>
          %261 = arith.index_cast %260 : i32 to index
          %262 = arith.remui %257, %c16 : index
          %263 = arith.cmpi ult, %255, %229 : index
          %264 = arith.select %263, %c8, %c0 : index
          %265 = nvgpu.device_async_copy %49[%261, %262, %block_id_y, %241], %view[%c1, %246, %241], 8, %264 {bypassL1} : memref<?x16x8x128xbf16> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
          %266 = nvgpu.device_async_copy %71[%261, %262, %block_id_y, %241], %view_5[%c1, %246, %241], 8, %264 {bypassL1} : memref<?x16x8x128xbf16> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
        }
        nvvm.cp.async.commit.group
        %249 = arith.cmpi ugt, %240, %c2 : index
        scf.if %249 {
          %254 = arith.addi %227, %c16 : index
          %255 = arith.addi %254, %246 : index
          %256 = arith.subi %229, %c1 : index
          %257 = arith.minsi %255, %256 : index
          %258 = arith.divui %257, %c16 : index
          %259 = arith.addi %236, %258 : index
          %260 = memref.load %91[%259] : memref<?xi32>
          %261 = arith.index_cast %260 : i32 to index
          %262 = arith.remui %257, %c16 : index
          %263 = arith.cmpi ult, %255, %229 : index
          %264 = arith.select %263, %c8, %c0 : index
          %265 = nvgpu.device_async_copy %49[%261, %262, %block_id_y, %241], %view[%c2, %246, %241], 8, %264 {bypassL1} : memref<?x16x8x128xbf16> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
          %266 = nvgpu.device_async_copy %71[%261, %262, %block_id_y, %241], %view_5[%c2, %246, %241], 8, %264 {bypassL1} : memref<?x16x8x128xbf16> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
        }
        nvvm.cp.async.commit.group
        %250 = scf.if %247 -> (index) {
          %254 = arith.addi %227, %c24 : index
          %255 = arith.addi %254, %246 : index
          %256 = arith.subi %229, %c1 : index
          %257 = arith.minsi %255, %256 : index
          %258 = arith.divui %257, %c16 : index
          %259 = arith.addi %236, %258 : index
          %260 = memref.load %91[%259] : memref<?xi32>
          %261 = arith.index_cast %260 : i32 to index
          scf.yield %261 : index
        } else {
          scf.yield %c0 : index
        }
        %251:4 = scf.for %arg16 = %c0 to %240 step %c1 iter_args(%arg17 = %cst_3, %arg18 = %cst_2, %arg19 = %cst_1, %arg20 = %250) -> (f32, f32, vector<8xf32>, index) {
          %254 = arith.addi %arg16, %c3 : index
          %255 = arith.cmpi ult, %254, %240 : index
          scf.if %255 {
            %355 = arith.remui %254, %c4 : index
            %356 = arith.muli %254, %c8 : index
            %357 = arith.addi %227, %356 : index
            %358 = arith.addi %357, %246 : index
            %359 = arith.subi %229, %c1 : index
            %360 = arith.minsi %358, %359 : index
            %361 = arith.remui %360, %c16 : index
            %362 = arith.cmpi ult, %358, %229 : index
            %363 = arith.select %362, %c8, %c0 : index
            %364 = nvgpu.device_async_copy %49[%arg20, %361, %block_id_y, %241], %view[%355, %246, %241], 8, %363 {bypassL1} : memref<?x16x8x128xbf16> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
            %365 = nvgpu.device_async_copy %71[%arg20, %361, %block_id_y, %241], %view_5[%355, %246, %241], 8, %363 {bypassL1} : memref<?x16x8x128xbf16> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
          }
          nvvm.cp.async.commit.group
          %256 = arith.addi %arg16, %c4 : index
          %257 = arith.muli %256, %c8 : index
          %258 = arith.addi %227, %257 : index
          %259 = arith.addi %258, %246 : index
          %260 = arith.subi %229, %c1 : index
          %261 = arith.minsi %259, %260 : index
          %262 = arith.divui %261, %c16 : index
          %263 = arith.addi %236, %262 : index
          %264 = memref.load %91[%263] : memref<?xi32>
          %265 = arith.index_cast %264 : i32 to index
          nvvm.cp.async.wait.group 3
          gpu.barrier
          %266 = arith.remui %arg16, %c4 : index
          %267 = arith.muli %arg16, %c8 : index
          %268 = arith.addi %227, %267 : index
          %269 = vector.load %view[%266, %245, %241] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %270 = arith.extf %269 : vector<8xbf16> to vector<8xf32>
          %271 = arith.addi %268, %245 : index
          %272 = arith.mulf %244, %270 : vector<8xf32>
          %273 = vector.reduction <add>, %272 : vector<8xf32> into f32
          %shuffleResult, %valid = gpu.shuffle  xor %273, %c8_i32, %c32_i32 : f32
          %274 = arith.addf %273, %shuffleResult : f32
          %shuffleResult_9, %valid_10 = gpu.shuffle  xor %274, %c4_i32, %c32_i32 : f32
          %275 = arith.addf %274, %shuffleResult_9 : f32
          %shuffleResult_11, %valid_12 = gpu.shuffle  xor %275, %c2_i32, %c32_i32 : f32
          %276 = arith.addf %275, %shuffleResult_11 : f32
          %shuffleResult_13, %valid_14 = gpu.shuffle  xor %276, %c1_i32, %c32_i32 : f32
          %277 = arith.addf %276, %shuffleResult_13 : f32
          %278 = arith.cmpi ult, %271, %229 : index
          %279 = arith.select %278, %277, %cst_3 : f32
          %280 = arith.addi %245, %c1 : index
          %281 = vector.load %view[%266, %280, %241] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %282 = arith.extf %281 : vector<8xbf16> to vector<8xf32>
          %283 = arith.addi %268, %280 : index
          %284 = arith.mulf %244, %282 : vector<8xf32>
          %285 = vector.reduction <add>, %284 : vector<8xf32> into f32
          %shuffleResult_15, %valid_16 = gpu.shuffle  xor %285, %c8_i32, %c32_i32 : f32
          %286 = arith.addf %285, %shuffleResult_15 : f32
          %shuffleResult_17, %valid_18 = gpu.shuffle  xor %286, %c4_i32, %c32_i32 : f32
          %287 = arith.addf %286, %shuffleResult_17 : f32
          %shuffleResult_19, %valid_20 = gpu.shuffle  xor %287, %c2_i32, %c32_i32 : f32
          %288 = arith.addf %287, %shuffleResult_19 : f32
          %shuffleResult_21, %valid_22 = gpu.shuffle  xor %288, %c1_i32, %c32_i32 : f32
          %289 = arith.addf %288, %shuffleResult_21 : f32
          %290 = arith.cmpi ult, %283, %229 : index
          %291 = arith.select %290, %289, %cst_3 : f32
          %292 = arith.addi %245, %c2 : index
          %293 = vector.load %view[%266, %292, %241] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %294 = arith.extf %293 : vector<8xbf16> to vector<8xf32>
          %295 = arith.addi %268, %292 : index
          %296 = arith.mulf %244, %294 : vector<8xf32>
          %297 = vector.reduction <add>, %296 : vector<8xf32> into f32
          %shuffleResult_23, %valid_24 = gpu.shuffle  xor %297, %c8_i32, %c32_i32 : f32
          %298 = arith.addf %297, %shuffleResult_23 : f32
          %shuffleResult_25, %valid_26 = gpu.shuffle  xor %298, %c4_i32, %c32_i32 : f32
          %299 = arith.addf %298, %shuffleResult_25 : f32
          %shuffleResult_27, %valid_28 = gpu.shuffle  xor %299, %c2_i32, %c32_i32 : f32
          %300 = arith.addf %299, %shuffleResult_27 : f32
          %shuffleResult_29, %valid_30 = gpu.shuffle  xor %300, %c1_i32, %c32_i32 : f32
          %301 = arith.addf %300, %shuffleResult_29 : f32
          %302 = arith.cmpi ult, %295, %229 : index
          %303 = arith.select %302, %301, %cst_3 : f32
          %304 = arith.addi %245, %c3 : index
          %305 = vector.load %view[%266, %304, %241] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %306 = arith.extf %305 : vector<8xbf16> to vector<8xf32>
          %307 = arith.addi %268, %304 : index
          %308 = arith.mulf %244, %306 : vector<8xf32>
          %309 = vector.reduction <add>, %308 : vector<8xf32> into f32
          %shuffleResult_31, %valid_32 = gpu.shuffle  xor %309, %c8_i32, %c32_i32 : f32
          %310 = arith.addf %309, %shuffleResult_31 : f32
          %shuffleResult_33, %valid_34 = gpu.shuffle  xor %310, %c4_i32, %c32_i32 : f32
          %311 = arith.addf %310, %shuffleResult_33 : f32
          %shuffleResult_35, %valid_36 = gpu.shuffle  xor %311, %c2_i32, %c32_i32 : f32
          %312 = arith.addf %311, %shuffleResult_35 : f32
          %shuffleResult_37, %valid_38 = gpu.shuffle  xor %312, %c1_i32, %c32_i32 : f32
          %313 = arith.addf %312, %shuffleResult_37 : f32
          %314 = arith.cmpi ult, %307, %229 : index
          %315 = arith.select %314, %313, %cst_3 : f32
          %316 = arith.maximumf %arg17, %279 : f32
          %317 = arith.maximumf %316, %291 : f32
          %318 = arith.maximumf %317, %303 : f32
          %319 = arith.maximumf %318, %315 : f32
          %320 = arith.cmpf oeq, %319, %cst_3 : f32
          %321 = arith.select %320, %cst_2, %319 : f32
          %322 = arith.subf %arg17, %321 : f32
          %323 = math.exp2 %322 fastmath<afn> : f32
          %324 = arith.mulf %arg18, %323 : f32
          %325 = vector.broadcast %323 : f32 to vector<8xf32>
          %326 = arith.mulf %arg19, %325 : vector<8xf32>
          %327 = arith.subf %279, %321 : f32
          %328 = math.exp2 %327 fastmath<afn> : f32
          %329 = arith.addf %324, %328 : f32
          %330 = vector.broadcast %328 : f32 to vector<8xf32>
          %331 = vector.load %view_5[%266, %245, %241] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %332 = arith.extf %331 : vector<8xbf16> to vector<8xf32>
          %333 = vector.fma %330, %332, %326 : vector<8xf32>
          %334 = arith.subf %291, %321 : f32
          %335 = math.exp2 %334 fastmath<afn> : f32
          %336 = arith.addf %329, %335 : f32
          %337 = vector.broadcast %335 : f32 to vector<8xf32>
          %338 = vector.load %view_5[%266, %280, %241] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %339 = arith.extf %338 : vector<8xbf16> to vector<8xf32>
          %340 = vector.fma %337, %339, %333 : vector<8xf32>
          %341 = arith.subf %303, %321 : f32
          %342 = math.exp2 %341 fastmath<afn> : f32
          %343 = arith.addf %336, %342 : f32
          %344 = vector.broadcast %342 : f32 to vector<8xf32>
          %345 = vector.load %view_5[%266, %292, %241] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %346 = arith.extf %345 : vector<8xbf16> to vector<8xf32>
          %347 = vector.fma %344, %346, %340 : vector<8xf32>
          %348 = arith.subf %315, %321 : f32
          %349 = math.exp2 %348 fastmath<afn> : f32
          %350 = arith.addf %343, %349 : f32
          %351 = vector.broadcast %349 : f32 to vector<8xf32>
          %352 = vector.load %view_5[%266, %304, %241] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %353 = arith.extf %352 : vector<8xbf16> to vector<8xf32>
          %354 = vector.fma %351, %353, %347 : vector<8xf32>
          gpu.barrier
          scf.yield %319, %350, %354, %265 : f32, f32, vector<8xf32>, index
        }
        nvvm.cp.async.wait.group 0
        %252 = arith.cmpi eq, %219, %c0 : index
        vector.store %251#2, %view_6[%219, %218, %241] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
        %253 = arith.cmpi eq, %216, %c0 : index
        scf.if %253 {
          memref.store %251#0, %view_7[%219, %218] : memref<2x4xf32, #gpu.address_space<workgroup>>
          memref.store %251#1, %view_8[%219, %218] : memref<2x4xf32, #gpu.address_space<workgroup>>
        }
        gpu.barrier
        scf.if %252 {
          %254 = memref.load %view_7[%c0, %218] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %255 = memref.load %view_8[%c0, %218] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %256 = vector.load %view_6[%c0, %218, %241] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %257 = arith.cmpf oeq, %254, %cst_3 : f32
          %258 = arith.select %257, %cst_2, %254 : f32
          %259 = arith.subf %cst_3, %258 : f32
          %260 = math.exp2 %259 fastmath<afn> : f32
          %261 = arith.subf %254, %258 : f32
          %262 = math.exp2 %261 fastmath<afn> : f32
          %263 = arith.mulf %260, %cst_2 : f32
          %264 = arith.mulf %255, %262 : f32
          %265 = arith.addf %263, %264 : f32
          %266 = vector.broadcast %262 : f32 to vector<8xf32>
          %267 = vector.broadcast %260 : f32 to vector<8xf32>
          %268 = arith.mulf %267, %cst_1 : vector<8xf32>
          %269 = vector.fma %266, %256, %268 : vector<8xf32>
          %270 = memref.load %view_7[%c1, %218] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %271 = memref.load %view_8[%c1, %218] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %272 = vector.load %view_6[%c1, %218, %241] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %273 = arith.maximumf %254, %270 : f32
          %274 = arith.cmpf oeq, %273, %cst_3 : f32
          %275 = arith.select %274, %cst_2, %273 : f32
          %276 = arith.subf %254, %275 : f32
          %277 = math.exp2 %276 fastmath<afn> : f32
          %278 = arith.subf %270, %275 : f32
          %279 = math.exp2 %278 fastmath<afn> : f32
          %280 = arith.mulf %265, %277 : f32
          %281 = arith.mulf %271, %279 : f32
          %282 = arith.addf %280, %281 : f32
          %283 = vector.broadcast %279 : f32 to vector<8xf32>
          %284 = vector.broadcast %277 : f32 to vector<8xf32>
          %285 = arith.mulf %269, %284 : vector<8xf32>
          %286 = vector.fma %283, %272, %285 : vector<8xf32>
          %287 = arith.cmpf ogt, %282, %cst_2 : f32
          %288 = arith.select %287, %282, %cst_0 : f32
          %289 = vector.broadcast %288 : f32 to vector<8xf32>
          %290 = arith.divf %286, %289 : vector<8xf32>
          %291 = arith.select %287, %290, %cst_1 : vector<8xf32>
          %292 = math.log2 %288 fastmath<afn> : f32
          %293 = arith.addf %273, %292 : f32
          %294 = arith.mulf %293, %cst : f32
          %295 = arith.select %287, %294, %cst_3 : f32
          %296 = arith.cmpi slt, %230, %c0_i32 : i32
          scf.if %296 {
            %297 = arith.truncf %291 : vector<8xf32> to vector<8xbf16>
            vector.store %297, %169[%232, %234, %241] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
            scf.if %253 {
              memref.store %295, %183[%232, %234] : memref<?x32xf32>
            }
          } else {
            %297 = arith.index_cast %230 : i32 to index
            vector.store %291, %201[%297, %234, %241] {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
            scf.if %253 {
              memref.store %295, %215[%297, %234] : memref<?x32xf32>
            }
          }
        }
      }
      gpu.return
    }
    gpu.func @llama3_8b_decode_merge(%arg0: !llvm.ptr {attn.param = "tmp_o"}, %arg1: !llvm.ptr {attn.param = "tmp_lse"}, %arg2: !llvm.ptr {attn.param = "merge_indptr"}, %arg3: !llvm.ptr {attn.param = "num_rows"}, %arg4: !llvm.ptr {attn.param = "o"}, %arg5: !llvm.ptr {attn.param = "lse"}) kernel attributes {attn.bdx = 16 : i64, known_block_size = array<i32: 128, 1, 1>} {
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
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %thread_id_x = gpu.thread_id  x
      %84 = arith.remui %thread_id_x, %c16 : index
      %block_id_y = gpu.block_id  y
      %85 = arith.muli %block_id_y, %c8 : index
      %86 = arith.divui %thread_id_x, %c16 : index
      %87 = arith.addi %85, %86 : index
      %block_id_x = gpu.block_id  x
      %88 = arith.muli %84, %c8 : index
      %89 = memref.load %51[%c0] : memref<1xi32>
      %90 = arith.index_cast %89 : i32 to index
      %91 = arith.cmpi ult, %block_id_x, %90 : index
      scf.if %91 {
        %92 = memref.load %41[%block_id_x] : memref<?xi32>
        %93 = arith.index_cast %92 : i32 to index
        %94 = arith.addi %block_id_x, %c1 : index
        %95 = memref.load %41[%94] : memref<?xi32>
        %96 = arith.index_cast %95 : i32 to index
        %97 = arith.cmpi ult, %93, %96 : index
        scf.if %97 {
          %98:3 = scf.for %arg6 = %93 to %96 step %c1 iter_args(%arg7 = %cst_4, %arg8 = %cst_3, %arg9 = %cst_2) -> (f32, f32, vector<8xf32>) {
            %110 = memref.load %31[%arg6, %87] : memref<?x32xf32>
            %111 = arith.mulf %110, %cst_1 : f32
            %112 = vector.load %17[%arg6, %87, %88] {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
            %113 = arith.maximumf %arg7, %111 : f32
            %114 = arith.cmpf oeq, %113, %cst_4 : f32
            %115 = arith.select %114, %cst_3, %113 : f32
            %116 = arith.subf %arg7, %115 : f32
            %117 = math.exp2 %116 fastmath<afn> : f32
            %118 = arith.subf %111, %115 : f32
            %119 = math.exp2 %118 fastmath<afn> : f32
            %120 = arith.mulf %arg8, %117 : f32
            %121 = arith.addf %120, %119 : f32
            %122 = vector.broadcast %119 : f32 to vector<8xf32>
            %123 = vector.broadcast %117 : f32 to vector<8xf32>
            %124 = arith.mulf %arg9, %123 : vector<8xf32>
            %125 = vector.fma %122, %112, %124 : vector<8xf32>
            scf.yield %113, %121, %125 : f32, f32, vector<8xf32>
          }
          %99 = arith.cmpf ogt, %98#1, %cst_3 : f32
          %100 = arith.select %99, %98#1, %cst_0 : f32
          %101 = vector.broadcast %100 : f32 to vector<8xf32>
          %102 = arith.divf %98#2, %101 : vector<8xf32>
          %103 = arith.select %99, %102, %cst_2 : vector<8xf32>
          %104 = math.log2 %100 fastmath<afn> : f32
          %105 = arith.addf %98#0, %104 : f32
          %106 = arith.mulf %105, %cst : f32
          %107 = arith.select %99, %106, %cst_4 : f32
          %108 = arith.truncf %103 : vector<8xf32> to vector<8xbf16>
          vector.store %108, %69[%block_id_x, %87, %88] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
          %109 = arith.cmpi eq, %84, %c0 : index
          scf.if %109 {
            memref.store %107, %83[%block_id_x, %87] : memref<?x32xf32>
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

