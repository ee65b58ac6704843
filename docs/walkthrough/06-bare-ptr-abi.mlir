module attributes {gpu.container_module} {
  gpu.module @llama3_8b_decode_kernels [#nvvm.target<O = 3, chip = "sm_90a">] {
    gpu.func @llama3_8b_decode_attention(%arg0: !llvm.ptr {attn.param = "q"}, %arg1: !llvm.ptr {attn.param = "qo_indptr"}, %arg2: !llvm.ptr {attn.param = "k_cache"}, %arg3: !llvm.ptr {attn.param = "v_cache"}, %arg4: !llvm.ptr {attn.param = "kv_indptr"}, %arg5: !llvm.ptr {attn.param = "kv_indices"}, %arg6: !llvm.ptr {attn.param = "kv_last_page_len"}, %arg7: !llvm.ptr {attn.param = "work_request"}, %arg8: !llvm.ptr {attn.param = "work_kv_begin"}, %arg9: !llvm.ptr {attn.param = "work_kv_end"}, %arg10: !llvm.ptr {attn.param = "work_partial"}, %arg11: !llvm.ptr {attn.param = "num_work"}, %arg12: !llvm.ptr {attn.param = "o"}, %arg13: !llvm.ptr {attn.param = "lse"}, %arg14: !llvm.ptr {attn.param = "tmp_o"}, %arg15: !llvm.ptr {attn.param = "tmp_lse"}) kernel attributes {known_block_size = array<i32: 128, 1, 1>} {
      %0 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
      %1 = llvm.insertvalue %arg0, %0[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %2 = llvm.insertvalue %arg0, %1[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %3 = llvm.mlir.constant(0 : index) : i64
      %4 = llvm.insertvalue %3, %2[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %5 = llvm.mlir.constant(128 : index) : i64
      %6 = llvm.insertvalue %5, %4[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %7 = llvm.mlir.constant(1 : index) : i64
      %8 = llvm.insertvalue %7, %6[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %9 = llvm.mlir.constant(32 : index) : i64
      %10 = llvm.insertvalue %9, %8[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %11 = llvm.mlir.constant(128 : index) : i64
      %12 = llvm.insertvalue %11, %10[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %13 = llvm.mlir.constant(9223372036854775807 : index) : i64
      %14 = llvm.insertvalue %13, %12[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %15 = llvm.mlir.constant(4096 : index) : i64
      %16 = llvm.insertvalue %15, %14[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %17 = builtin.unrealized_conversion_cast %16 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<?x32x128xbf16>
      %18 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
      %19 = llvm.insertvalue %arg1, %18[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %20 = llvm.insertvalue %arg1, %19[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %21 = llvm.mlir.constant(0 : index) : i64
      %22 = llvm.insertvalue %21, %20[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %23 = llvm.mlir.constant(9223372036854775807 : index) : i64
      %24 = llvm.insertvalue %23, %22[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %25 = llvm.mlir.constant(1 : index) : i64
      %26 = llvm.insertvalue %25, %24[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %27 = builtin.unrealized_conversion_cast %26 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<?xi32>
      %28 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
      %29 = llvm.insertvalue %arg2, %28[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %30 = llvm.insertvalue %arg2, %29[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %31 = llvm.mlir.constant(0 : index) : i64
      %32 = llvm.insertvalue %31, %30[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %33 = llvm.mlir.constant(128 : index) : i64
      %34 = llvm.insertvalue %33, %32[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %35 = llvm.mlir.constant(1 : index) : i64
      %36 = llvm.insertvalue %35, %34[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %37 = llvm.mlir.constant(8 : index) : i64
      %38 = llvm.insertvalue %37, %36[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %39 = llvm.mlir.constant(128 : index) : i64
      %40 = llvm.insertvalue %39, %38[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %41 = llvm.mlir.constant(16 : index) : i64
      %42 = llvm.insertvalue %41, %40[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %43 = llvm.mlir.constant(1024 : index) : i64
      %44 = llvm.insertvalue %43, %42[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %45 = llvm.mlir.constant(9223372036854775807 : index) : i64
      %46 = llvm.insertvalue %45, %44[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %47 = llvm.mlir.constant(16384 : index) : i64
      %48 = llvm.insertvalue %47, %46[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %49 = builtin.unrealized_conversion_cast %48 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<?x16x8x128xbf16>
      %50 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
      %51 = llvm.insertvalue %arg3, %50[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %52 = llvm.insertvalue %arg3, %51[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %53 = llvm.mlir.constant(0 : index) : i64
      %54 = llvm.insertvalue %53, %52[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %55 = llvm.mlir.constant(128 : index) : i64
      %56 = llvm.insertvalue %55, %54[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %57 = llvm.mlir.constant(1 : index) : i64
      %58 = llvm.insertvalue %57, %56[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %59 = llvm.mlir.constant(8 : index) : i64
      %60 = llvm.insertvalue %59, %58[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %61 = llvm.mlir.constant(128 : index) : i64
      %62 = llvm.insertvalue %61, %60[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %63 = llvm.mlir.constant(16 : index) : i64
      %64 = llvm.insertvalue %63, %62[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %65 = llvm.mlir.constant(1024 : index) : i64
      %66 = llvm.insertvalue %65, %64[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %67 = llvm.mlir.constant(9223372036854775807 : index) : i64
      %68 = llvm.insertvalue %67, %66[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %69 = llvm.mlir.constant(16384 : index) : i64
      %70 = llvm.insertvalue %69, %68[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
      %71 = builtin.unrealized_conversion_cast %70 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<?x16x8x128xbf16>
      %72 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
      %73 = llvm.insertvalue %arg4, %72[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %74 = llvm.insertvalue %arg4, %73[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %75 = llvm.mlir.constant(0 : index) : i64
      %76 = llvm.insertvalue %75, %74[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %77 = llvm.mlir.constant(9223372036854775807 : index) : i64
      %78 = llvm.insertvalue %77, %76[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %79 = llvm.mlir.constant(1 : index) : i64
      %80 = llvm.insertvalue %79, %78[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %81 = builtin.unrealized_conversion_cast %80 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<?xi32>
      %82 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
      %83 = llvm.insertvalue %arg5, %82[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %84 = llvm.insertvalue %arg5, %83[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %85 = llvm.mlir.constant(0 : index) : i64
      %86 = llvm.insertvalue %85, %84[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %87 = llvm.mlir.constant(9223372036854775807 : index) : i64
      %88 = llvm.insertvalue %87, %86[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %89 = llvm.mlir.constant(1 : index) : i64
      %90 = llvm.insertvalue %89, %88[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %91 = builtin.unrealized_conversion_cast %90 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<?xi32>
      %92 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
      %93 = llvm.insertvalue %arg6, %92[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %94 = llvm.insertvalue %arg6, %93[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %95 = llvm.mlir.constant(0 : index) : i64
      %96 = llvm.insertvalue %95, %94[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %97 = llvm.mlir.constant(9223372036854775807 : index) : i64
      %98 = llvm.insertvalue %97, %96[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %99 = llvm.mlir.constant(1 : index) : i64
      %100 = llvm.insertvalue %99, %98[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %101 = builtin.unrealized_conversion_cast %100 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<?xi32>
      %102 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
      %103 = llvm.insertvalue %arg7, %102[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %104 = llvm.insertvalue %arg7, %103[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %105 = llvm.mlir.constant(0 : index) : i64
      %106 = llvm.insertvalue %105, %104[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %107 = llvm.mlir.constant(9223372036854775807 : index) : i64
      %108 = llvm.insertvalue %107, %106[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %109 = llvm.mlir.constant(1 : index) : i64
      %110 = llvm.insertvalue %109, %108[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %111 = builtin.unrealized_conversion_cast %110 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<?xi32>
      %112 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
      %113 = llvm.insertvalue %arg8, %112[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %114 = llvm.insertvalue %arg8, %113[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %115 = llvm.mlir.constant(0 : index) : i64
      %116 = llvm.insertvalue %115, %114[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %117 = llvm.mlir.constant(9223372036854775807 : index) : i64
      %118 = llvm.insertvalue %117, %116[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %119 = llvm.mlir.constant(1 : index) : i64
      %120 = llvm.insertvalue %119, %118[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %121 = builtin.unrealized_conversion_cast %120 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<?xi32>
      %122 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
      %123 = llvm.insertvalue %arg9, %122[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %124 = llvm.insertvalue %arg9, %123[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %125 = llvm.mlir.constant(0 : index) : i64
      %126 = llvm.insertvalue %125, %124[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %127 = llvm.mlir.constant(9223372036854775807 : index) : i64
      %128 = llvm.insertvalue %127, %126[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %129 = llvm.mlir.constant(1 : index) : i64
      %130 = llvm.insertvalue %129, %128[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %131 = builtin.unrealized_conversion_cast %130 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<?xi32>
      %132 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
      %133 = llvm.insertvalue %arg10, %132[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %134 = llvm.insertvalue %arg10, %133[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %135 = llvm.mlir.constant(0 : index) : i64
      %136 = llvm.insertvalue %135, %134[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %137 = llvm.mlir.constant(9223372036854775807 : index) : i64
      %138 = llvm.insertvalue %137, %136[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %139 = llvm.mlir.constant(1 : index) : i64
      %140 = llvm.insertvalue %139, %138[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %141 = builtin.unrealized_conversion_cast %140 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<?xi32>
      %142 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
      %143 = llvm.insertvalue %arg11, %142[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %144 = llvm.insertvalue %arg11, %143[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %145 = llvm.mlir.constant(0 : index) : i64
      %146 = llvm.insertvalue %145, %144[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %147 = llvm.mlir.constant(1 : index) : i64
      %148 = llvm.insertvalue %147, %146[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %149 = llvm.mlir.constant(1 : index) : i64
      %150 = llvm.insertvalue %149, %148[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %151 = builtin.unrealized_conversion_cast %150 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<1xi32>
      %152 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
      %153 = llvm.insertvalue %arg12, %152[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %154 = llvm.insertvalue %arg12, %153[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %155 = llvm.mlir.constant(0 : index) : i64
      %156 = llvm.insertvalue %155, %154[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %157 = llvm.mlir.constant(128 : index) : i64
      %158 = llvm.insertvalue %157, %156[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %159 = llvm.mlir.constant(1 : index) : i64
      %160 = llvm.insertvalue %159, %158[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %161 = llvm.mlir.constant(32 : index) : i64
      %162 = llvm.insertvalue %161, %160[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %163 = llvm.mlir.constant(128 : index) : i64
      %164 = llvm.insertvalue %163, %162[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %165 = llvm.mlir.constant(9223372036854775807 : index) : i64
      %166 = llvm.insertvalue %165, %164[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %167 = llvm.mlir.constant(4096 : index) : i64
      %168 = llvm.insertvalue %167, %166[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %169 = builtin.unrealized_conversion_cast %168 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<?x32x128xbf16>
      %170 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
      %171 = llvm.insertvalue %arg13, %170[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %172 = llvm.insertvalue %arg13, %171[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %173 = llvm.mlir.constant(0 : index) : i64
      %174 = llvm.insertvalue %173, %172[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %175 = llvm.mlir.constant(32 : index) : i64
      %176 = llvm.insertvalue %175, %174[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %177 = llvm.mlir.constant(1 : index) : i64
      %178 = llvm.insertvalue %177, %176[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %179 = llvm.mlir.constant(9223372036854775807 : index) : i64
      %180 = llvm.insertvalue %179, %178[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %181 = llvm.mlir.constant(32 : index) : i64
      %182 = llvm.insertvalue %181, %180[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %183 = builtin.unrealized_conversion_cast %182 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> to memref<?x32xf32>
      %184 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
      %185 = llvm.insertvalue %arg14, %184[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %186 = llvm.insertvalue %arg14, %185[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %187 = llvm.mlir.constant(0 : index) : i64
      %188 = llvm.insertvalue %187, %186[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %189 = llvm.mlir.constant(128 : index) : i64
      %190 = llvm.insertvalue %189, %188[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %191 = llvm.mlir.constant(1 : index) : i64
      %192 = llvm.insertvalue %191, %190[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %193 = llvm.mlir.constant(32 : index) : i64
      %194 = llvm.insertvalue %193, %192[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %195 = llvm.mlir.constant(128 : index) : i64
      %196 = llvm.insertvalue %195, %194[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %197 = llvm.mlir.constant(9223372036854775807 : index) : i64
      %198 = llvm.insertvalue %197, %196[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %199 = llvm.mlir.constant(4096 : index) : i64
      %200 = llvm.insertvalue %199, %198[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %201 = builtin.unrealized_conversion_cast %200 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<?x32x128xf32>
      %202 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
      %203 = llvm.insertvalue %arg15, %202[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %204 = llvm.insertvalue %arg15, %203[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %205 = llvm.mlir.constant(0 : index) : i64
      %206 = llvm.insertvalue %205, %204[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %207 = llvm.mlir.constant(32 : index) : i64
      %208 = llvm.insertvalue %207, %206[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %209 = llvm.mlir.constant(1 : index) : i64
      %210 = llvm.insertvalue %209, %208[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %211 = llvm.mlir.constant(9223372036854775807 : index) : i64
      %212 = llvm.insertvalue %211, %210[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %213 = llvm.mlir.constant(32 : index) : i64
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
        %248:2 = scf.if %247 -> (index, index) {
          %264 = arith.subi %232, %c1 : index
          %265 = arith.muli %222, %c2 : index
          %266 = arith.addi %230, %265 : index
          %267 = arith.minsi %266, %264 : index
          %268 = arith.divui %267, %c16 : index
          %269 = arith.addi %237, %268 : index
          %270 = memref.load %91[%269] : memref<?xi32>
          %271 = arith.index_cast %270 : i32 to index
          %272 = arith.addi %265, %c1 : index
          %273 = arith.addi %230, %272 : index
          %274 = arith.minsi %273, %264 : index
          %275 = arith.divui %274, %c16 : index
          %276 = arith.addi %237, %275 : index
          %277 = memref.load %91[%276] : memref<?xi32>
          %278 = arith.index_cast %277 : i32 to index
          scf.yield %271, %278 : index, index
        } else {
          scf.yield %c0, %c0 : index, index
        }
        scf.if %247 {
          %264 = arith.subi %232, %c1 : index
          %265 = arith.muli %222, %c2 : index
          %266 = arith.addi %230, %265 : index
          %267 = arith.minsi %266, %264 : index
          %268 = arith.cmpi ult, %266, %232 : index
          %269 = arith.select %268, %c8, %c0 : index
          %270 = arith.remui %267, %c16 : index
          %271 = nvgpu.device_async_copy %49[%248#0, %270, %block_id_y, %218], %view[%c0, %265, %218], 8, %269 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %272 = nvgpu.device_async_copy %71[%248#0, %270, %block_id_y, %218], %view_5[%c0, %265, %218], 8, %269 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %273 = arith.addi %265, %c1 : index
          %274 = arith.addi %230, %273 : index
          %275 = arith.minsi %274, %264 : index
          %276 = arith.cmpi ult, %274, %232 : index
          %277 = arith.select %276, %c8, %c0 : index
          %278 = arith.remui %275, %c16 : index
          %279 = nvgpu.device_async_copy %49[%248#1, %278, %block_id_y, %218], %view[%c0, %273, %218], 8, %277 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %280 = nvgpu.device_async_copy %71[%248#1, %278, %block_id_y, %218], %view_5[%c0, %273, %218], 8, %277 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
        }
        nvvm.cp.async.commit.group
        %249:2 = scf.if %247 -> (index, index) {
          %264 = arith.subi %232, %c1 : index
          %265 = arith.muli %222, %c2 : index
          %266 = arith.addi %230, %c16 : index
          %267 = arith.addi %266, %265 : index
          %268 = arith.minsi %267, %264 : index
          %269 = arith.divui %268, %c16 : index
          %270 = arith.addi %237, %269 : index
          %271 = memref.load %91[%270] : memref<?xi32>
          %272 = arith.index_cast %271 : i32 to index
          %273 = arith.addi %265, %c1 : index
          %274 = arith.addi %266, %273 : index
          %275 = arith.minsi %274, %264 : index
          %276 = arith.divui %275, %c16 : index
          %277 = arith.addi %237, %276 : index
          %278 = memref.load %91[%277] : memref<?xi32>
          %279 = arith.index_cast %278 : i32 to index
          scf.yield %272, %279 : index, index
        } else {
          scf.yield %c0, %c0 : index, index
        }
        %250:5 = scf.for %arg16 = %c0 to %241 step %c1 iter_args(%arg17 = %cst_0, %arg18 = %cst_1, %arg19 = %cst_2, %arg20 = %249#0, %arg21 = %249#1) -> (f32, f32, vector<8xf32>, index, index) {
          %264 = arith.remui %arg16, %c2 : index
          %265 = arith.addi %arg16, %c1 : index
          %266 = arith.cmpi ult, %265, %241 : index
          scf.if %266 {
            %574 = arith.remui %265, %c2 : index
            %575 = arith.subi %232, %c1 : index
            %576 = arith.muli %222, %c2 : index
            %577 = arith.muli %265, %c16 : index
            %578 = arith.addi %230, %577 : index
            %579 = arith.addi %578, %576 : index
            %580 = arith.minsi %579, %575 : index
            %581 = arith.cmpi ult, %579, %232 : index
            %582 = arith.select %581, %c8, %c0 : index
            %583 = arith.remui %580, %c16 : index
            %584 = nvgpu.device_async_copy %49[%arg20, %583, %block_id_y, %218], %view[%574, %576, %218], 8, %582 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %585 = nvgpu.device_async_copy %71[%arg20, %583, %block_id_y, %218], %view_5[%574, %576, %218], 8, %582 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %586 = arith.addi %576, %c1 : index
            %587 = arith.addi %578, %586 : index
            %588 = arith.minsi %587, %575 : index
            %589 = arith.cmpi ult, %587, %232 : index
            %590 = arith.select %589, %c8, %c0 : index
            %591 = arith.remui %588, %c16 : index
            %592 = nvgpu.device_async_copy %49[%arg21, %591, %block_id_y, %218], %view[%574, %586, %218], 8, %590 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %593 = nvgpu.device_async_copy %71[%arg21, %591, %block_id_y, %218], %view_5[%574, %586, %218], 8, %590 {bypassL1} : memref<?x16x8x128xbf16> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          }
          nvvm.cp.async.commit.group
          %267 = arith.addi %arg16, %c2 : index
          %268 = arith.subi %232, %c1 : index
          %269 = arith.muli %222, %c2 : index
          %270 = arith.muli %267, %c16 : index
          %271 = arith.addi %230, %270 : index
          %272 = arith.addi %271, %269 : index
          %273 = arith.minsi %272, %268 : index
          %274 = arith.divui %273, %c16 : index
          %275 = arith.addi %237, %274 : index
          %276 = memref.load %91[%275] : memref<?xi32>
          %277 = arith.index_cast %276 : i32 to index
          %278 = arith.addi %269, %c1 : index
          %279 = arith.addi %271, %278 : index
          %280 = arith.minsi %279, %268 : index
          %281 = arith.divui %280, %c16 : index
          %282 = arith.addi %237, %281 : index
          %283 = memref.load %91[%282] : memref<?xi32>
          %284 = arith.index_cast %283 : i32 to index
          nvvm.cp.async.wait.group 1
          gpu.barrier
          %285 = arith.muli %arg16, %c16 : index
          %286 = arith.addi %230, %285 : index
          %287 = arith.muli %217, %c8 : index
          %288 = vector.load %view[%264, %287, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %289 = arith.extf %288 : vector<8xbf16> to vector<8xf32>
          %290 = vector.extract %246[0] : f32 from vector<8xf32>
          %291 = vector.extract %289[0] : f32 from vector<8xf32>
          %292 = arith.mulf %290, %291 : f32
          %293 = vector.extract %246[1] : f32 from vector<8xf32>
          %294 = vector.extract %289[1] : f32 from vector<8xf32>
          %295 = math.fma %293, %294, %292 : f32
          %296 = vector.extract %246[2] : f32 from vector<8xf32>
          %297 = vector.extract %289[2] : f32 from vector<8xf32>
          %298 = math.fma %296, %297, %295 : f32
          %299 = vector.extract %246[3] : f32 from vector<8xf32>
          %300 = vector.extract %289[3] : f32 from vector<8xf32>
          %301 = math.fma %299, %300, %298 : f32
          %302 = vector.extract %246[4] : f32 from vector<8xf32>
          %303 = vector.extract %289[4] : f32 from vector<8xf32>
          %304 = math.fma %302, %303, %301 : f32
          %305 = vector.extract %246[5] : f32 from vector<8xf32>
          %306 = vector.extract %289[5] : f32 from vector<8xf32>
          %307 = math.fma %305, %306, %304 : f32
          %308 = vector.extract %246[6] : f32 from vector<8xf32>
          %309 = vector.extract %289[6] : f32 from vector<8xf32>
          %310 = math.fma %308, %309, %307 : f32
          %311 = vector.extract %246[7] : f32 from vector<8xf32>
          %312 = vector.extract %289[7] : f32 from vector<8xf32>
          %313 = math.fma %311, %312, %310 : f32
          %shuffleResult, %valid = gpu.shuffle  xor %313, %c8_i32, %c32_i32 : f32
          %314 = arith.addf %313, %shuffleResult : f32
          %shuffleResult_10, %valid_11 = gpu.shuffle  xor %314, %c4_i32, %c32_i32 : f32
          %315 = arith.addf %314, %shuffleResult_10 : f32
          %shuffleResult_12, %valid_13 = gpu.shuffle  xor %315, %c2_i32, %c32_i32 : f32
          %316 = arith.addf %315, %shuffleResult_12 : f32
          %shuffleResult_14, %valid_15 = gpu.shuffle  xor %316, %c1_i32, %c32_i32 : f32
          %317 = arith.addf %316, %shuffleResult_14 : f32
          %318 = arith.addi %287, %c1 : index
          %319 = vector.load %view[%264, %318, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %320 = arith.extf %319 : vector<8xbf16> to vector<8xf32>
          %321 = vector.extract %320[0] : f32 from vector<8xf32>
          %322 = arith.mulf %290, %321 : f32
          %323 = vector.extract %320[1] : f32 from vector<8xf32>
          %324 = math.fma %293, %323, %322 : f32
          %325 = vector.extract %320[2] : f32 from vector<8xf32>
          %326 = math.fma %296, %325, %324 : f32
          %327 = vector.extract %320[3] : f32 from vector<8xf32>
          %328 = math.fma %299, %327, %326 : f32
          %329 = vector.extract %320[4] : f32 from vector<8xf32>
          %330 = math.fma %302, %329, %328 : f32
          %331 = vector.extract %320[5] : f32 from vector<8xf32>
          %332 = math.fma %305, %331, %330 : f32
          %333 = vector.extract %320[6] : f32 from vector<8xf32>
          %334 = math.fma %308, %333, %332 : f32
          %335 = vector.extract %320[7] : f32 from vector<8xf32>
          %336 = math.fma %311, %335, %334 : f32
          %shuffleResult_16, %valid_17 = gpu.shuffle  xor %336, %c8_i32, %c32_i32 : f32
          %337 = arith.addf %336, %shuffleResult_16 : f32
          %shuffleResult_18, %valid_19 = gpu.shuffle  xor %337, %c4_i32, %c32_i32 : f32
          %338 = arith.addf %337, %shuffleResult_18 : f32
          %shuffleResult_20, %valid_21 = gpu.shuffle  xor %338, %c2_i32, %c32_i32 : f32
          %339 = arith.addf %338, %shuffleResult_20 : f32
          %shuffleResult_22, %valid_23 = gpu.shuffle  xor %339, %c1_i32, %c32_i32 : f32
          %340 = arith.addf %339, %shuffleResult_22 : f32
          %341 = arith.addi %287, %c2 : index
          %342 = vector.load %view[%264, %341, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %343 = arith.extf %342 : vector<8xbf16> to vector<8xf32>
          %344 = vector.extract %343[0] : f32 from vector<8xf32>
          %345 = arith.mulf %290, %344 : f32
          %346 = vector.extract %343[1] : f32 from vector<8xf32>
          %347 = math.fma %293, %346, %345 : f32
          %348 = vector.extract %343[2] : f32 from vector<8xf32>
          %349 = math.fma %296, %348, %347 : f32
          %350 = vector.extract %343[3] : f32 from vector<8xf32>
          %351 = math.fma %299, %350, %349 : f32
          %352 = vector.extract %343[4] : f32 from vector<8xf32>
          %353 = math.fma %302, %352, %351 : f32
          %354 = vector.extract %343[5] : f32 from vector<8xf32>
          %355 = math.fma %305, %354, %353 : f32
          %356 = vector.extract %343[6] : f32 from vector<8xf32>
          %357 = math.fma %308, %356, %355 : f32
          %358 = vector.extract %343[7] : f32 from vector<8xf32>
          %359 = math.fma %311, %358, %357 : f32
          %shuffleResult_24, %valid_25 = gpu.shuffle  xor %359, %c8_i32, %c32_i32 : f32
          %360 = arith.addf %359, %shuffleResult_24 : f32
          %shuffleResult_26, %valid_27 = gpu.shuffle  xor %360, %c4_i32, %c32_i32 : f32
          %361 = arith.addf %360, %shuffleResult_26 : f32
          %shuffleResult_28, %valid_29 = gpu.shuffle  xor %361, %c2_i32, %c32_i32 : f32
          %362 = arith.addf %361, %shuffleResult_28 : f32
          %shuffleResult_30, %valid_31 = gpu.shuffle  xor %362, %c1_i32, %c32_i32 : f32
          %363 = arith.addf %362, %shuffleResult_30 : f32
          %364 = arith.addi %287, %c3 : index
          %365 = vector.load %view[%264, %364, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %366 = arith.extf %365 : vector<8xbf16> to vector<8xf32>
          %367 = vector.extract %366[0] : f32 from vector<8xf32>
          %368 = arith.mulf %290, %367 : f32
          %369 = vector.extract %366[1] : f32 from vector<8xf32>
          %370 = math.fma %293, %369, %368 : f32
          %371 = vector.extract %366[2] : f32 from vector<8xf32>
          %372 = math.fma %296, %371, %370 : f32
          %373 = vector.extract %366[3] : f32 from vector<8xf32>
          %374 = math.fma %299, %373, %372 : f32
          %375 = vector.extract %366[4] : f32 from vector<8xf32>
          %376 = math.fma %302, %375, %374 : f32
          %377 = vector.extract %366[5] : f32 from vector<8xf32>
          %378 = math.fma %305, %377, %376 : f32
          %379 = vector.extract %366[6] : f32 from vector<8xf32>
          %380 = math.fma %308, %379, %378 : f32
          %381 = vector.extract %366[7] : f32 from vector<8xf32>
          %382 = math.fma %311, %381, %380 : f32
          %shuffleResult_32, %valid_33 = gpu.shuffle  xor %382, %c8_i32, %c32_i32 : f32
          %383 = arith.addf %382, %shuffleResult_32 : f32
          %shuffleResult_34, %valid_35 = gpu.shuffle  xor %383, %c4_i32, %c32_i32 : f32
          %384 = arith.addf %383, %shuffleResult_34 : f32
          %shuffleResult_36, %valid_37 = gpu.shuffle  xor %384, %c2_i32, %c32_i32 : f32
          %385 = arith.addf %384, %shuffleResult_36 : f32
          %shuffleResult_38, %valid_39 = gpu.shuffle  xor %385, %c1_i32, %c32_i32 : f32
          %386 = arith.addf %385, %shuffleResult_38 : f32
          %387 = arith.addi %287, %c4 : index
          %388 = vector.load %view[%264, %387, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %389 = arith.extf %388 : vector<8xbf16> to vector<8xf32>
          %390 = vector.extract %389[0] : f32 from vector<8xf32>
          %391 = arith.mulf %290, %390 : f32
          %392 = vector.extract %389[1] : f32 from vector<8xf32>
          %393 = math.fma %293, %392, %391 : f32
          %394 = vector.extract %389[2] : f32 from vector<8xf32>
          %395 = math.fma %296, %394, %393 : f32
          %396 = vector.extract %389[3] : f32 from vector<8xf32>
          %397 = math.fma %299, %396, %395 : f32
          %398 = vector.extract %389[4] : f32 from vector<8xf32>
          %399 = math.fma %302, %398, %397 : f32
          %400 = vector.extract %389[5] : f32 from vector<8xf32>
          %401 = math.fma %305, %400, %399 : f32
          %402 = vector.extract %389[6] : f32 from vector<8xf32>
          %403 = math.fma %308, %402, %401 : f32
          %404 = vector.extract %389[7] : f32 from vector<8xf32>
          %405 = math.fma %311, %404, %403 : f32
          %shuffleResult_40, %valid_41 = gpu.shuffle  xor %405, %c8_i32, %c32_i32 : f32
          %406 = arith.addf %405, %shuffleResult_40 : f32
          %shuffleResult_42, %valid_43 = gpu.shuffle  xor %406, %c4_i32, %c32_i32 : f32
          %407 = arith.addf %406, %shuffleResult_42 : f32
          %shuffleResult_44, %valid_45 = gpu.shuffle  xor %407, %c2_i32, %c32_i32 : f32
          %408 = arith.addf %407, %shuffleResult_44 : f32
          %shuffleResult_46, %valid_47 = gpu.shuffle  xor %408, %c1_i32, %c32_i32 : f32
          %409 = arith.addf %408, %shuffleResult_46 : f32
          %410 = arith.addi %287, %c5 : index
          %411 = vector.load %view[%264, %410, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %412 = arith.extf %411 : vector<8xbf16> to vector<8xf32>
          %413 = vector.extract %412[0] : f32 from vector<8xf32>
          %414 = arith.mulf %290, %413 : f32
          %415 = vector.extract %412[1] : f32 from vector<8xf32>
          %416 = math.fma %293, %415, %414 : f32
          %417 = vector.extract %412[2] : f32 from vector<8xf32>
          %418 = math.fma %296, %417, %416 : f32
          %419 = vector.extract %412[3] : f32 from vector<8xf32>
          %420 = math.fma %299, %419, %418 : f32
          %421 = vector.extract %412[4] : f32 from vector<8xf32>
          %422 = math.fma %302, %421, %420 : f32
          %423 = vector.extract %412[5] : f32 from vector<8xf32>
          %424 = math.fma %305, %423, %422 : f32
          %425 = vector.extract %412[6] : f32 from vector<8xf32>
          %426 = math.fma %308, %425, %424 : f32
          %427 = vector.extract %412[7] : f32 from vector<8xf32>
          %428 = math.fma %311, %427, %426 : f32
          %shuffleResult_48, %valid_49 = gpu.shuffle  xor %428, %c8_i32, %c32_i32 : f32
          %429 = arith.addf %428, %shuffleResult_48 : f32
          %shuffleResult_50, %valid_51 = gpu.shuffle  xor %429, %c4_i32, %c32_i32 : f32
          %430 = arith.addf %429, %shuffleResult_50 : f32
          %shuffleResult_52, %valid_53 = gpu.shuffle  xor %430, %c2_i32, %c32_i32 : f32
          %431 = arith.addf %430, %shuffleResult_52 : f32
          %shuffleResult_54, %valid_55 = gpu.shuffle  xor %431, %c1_i32, %c32_i32 : f32
          %432 = arith.addf %431, %shuffleResult_54 : f32
          %433 = arith.addi %287, %c6 : index
          %434 = vector.load %view[%264, %433, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %435 = arith.extf %434 : vector<8xbf16> to vector<8xf32>
          %436 = vector.extract %435[0] : f32 from vector<8xf32>
          %437 = arith.mulf %290, %436 : f32
          %438 = vector.extract %435[1] : f32 from vector<8xf32>
          %439 = math.fma %293, %438, %437 : f32
          %440 = vector.extract %435[2] : f32 from vector<8xf32>
          %441 = math.fma %296, %440, %439 : f32
          %442 = vector.extract %435[3] : f32 from vector<8xf32>
          %443 = math.fma %299, %442, %441 : f32
          %444 = vector.extract %435[4] : f32 from vector<8xf32>
          %445 = math.fma %302, %444, %443 : f32
          %446 = vector.extract %435[5] : f32 from vector<8xf32>
          %447 = math.fma %305, %446, %445 : f32
          %448 = vector.extract %435[6] : f32 from vector<8xf32>
          %449 = math.fma %308, %448, %447 : f32
          %450 = vector.extract %435[7] : f32 from vector<8xf32>
          %451 = math.fma %311, %450, %449 : f32
          %shuffleResult_56, %valid_57 = gpu.shuffle  xor %451, %c8_i32, %c32_i32 : f32
          %452 = arith.addf %451, %shuffleResult_56 : f32
          %shuffleResult_58, %valid_59 = gpu.shuffle  xor %452, %c4_i32, %c32_i32 : f32
          %453 = arith.addf %452, %shuffleResult_58 : f32
          %shuffleResult_60, %valid_61 = gpu.shuffle  xor %453, %c2_i32, %c32_i32 : f32
          %454 = arith.addf %453, %shuffleResult_60 : f32
          %shuffleResult_62, %valid_63 = gpu.shuffle  xor %454, %c1_i32, %c32_i32 : f32
          %455 = arith.addf %454, %shuffleResult_62 : f32
          %456 = arith.addi %287, %c7 : index
          %457 = vector.load %view[%264, %456, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %458 = arith.extf %457 : vector<8xbf16> to vector<8xf32>
          %459 = vector.extract %458[0] : f32 from vector<8xf32>
          %460 = arith.mulf %290, %459 : f32
          %461 = vector.extract %458[1] : f32 from vector<8xf32>
          %462 = math.fma %293, %461, %460 : f32
          %463 = vector.extract %458[2] : f32 from vector<8xf32>
          %464 = math.fma %296, %463, %462 : f32
          %465 = vector.extract %458[3] : f32 from vector<8xf32>
          %466 = math.fma %299, %465, %464 : f32
          %467 = vector.extract %458[4] : f32 from vector<8xf32>
          %468 = math.fma %302, %467, %466 : f32
          %469 = vector.extract %458[5] : f32 from vector<8xf32>
          %470 = math.fma %305, %469, %468 : f32
          %471 = vector.extract %458[6] : f32 from vector<8xf32>
          %472 = math.fma %308, %471, %470 : f32
          %473 = vector.extract %458[7] : f32 from vector<8xf32>
          %474 = math.fma %311, %473, %472 : f32
          %shuffleResult_64, %valid_65 = gpu.shuffle  xor %474, %c8_i32, %c32_i32 : f32
          %475 = arith.addf %474, %shuffleResult_64 : f32
          %shuffleResult_66, %valid_67 = gpu.shuffle  xor %475, %c4_i32, %c32_i32 : f32
          %476 = arith.addf %475, %shuffleResult_66 : f32
          %shuffleResult_68, %valid_69 = gpu.shuffle  xor %476, %c2_i32, %c32_i32 : f32
          %477 = arith.addf %476, %shuffleResult_68 : f32
          %shuffleResult_70, %valid_71 = gpu.shuffle  xor %477, %c1_i32, %c32_i32 : f32
          %478 = arith.addf %477, %shuffleResult_70 : f32
          %479 = arith.addi %286, %287 : index
          %480 = arith.cmpi ult, %479, %232 : index
          %481 = arith.select %480, %317, %cst_0 : f32
          %482 = arith.addi %286, %318 : index
          %483 = arith.cmpi ult, %482, %232 : index
          %484 = arith.select %483, %340, %cst_0 : f32
          %485 = arith.addi %286, %341 : index
          %486 = arith.cmpi ult, %485, %232 : index
          %487 = arith.select %486, %363, %cst_0 : f32
          %488 = arith.addi %286, %364 : index
          %489 = arith.cmpi ult, %488, %232 : index
          %490 = arith.select %489, %386, %cst_0 : f32
          %491 = arith.addi %286, %387 : index
          %492 = arith.cmpi ult, %491, %232 : index
          %493 = arith.select %492, %409, %cst_0 : f32
          %494 = arith.addi %286, %410 : index
          %495 = arith.cmpi ult, %494, %232 : index
          %496 = arith.select %495, %432, %cst_0 : f32
          %497 = arith.addi %286, %433 : index
          %498 = arith.cmpi ult, %497, %232 : index
          %499 = arith.select %498, %455, %cst_0 : f32
          %500 = arith.addi %286, %456 : index
          %501 = arith.cmpi ult, %500, %232 : index
          %502 = arith.select %501, %478, %cst_0 : f32
          %503 = vector.load %view_5[%264, %287, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %504 = arith.extf %503 : vector<8xbf16> to vector<8xf32>
          %505 = vector.load %view_5[%264, %318, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %506 = arith.extf %505 : vector<8xbf16> to vector<8xf32>
          %507 = vector.load %view_5[%264, %341, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %508 = arith.extf %507 : vector<8xbf16> to vector<8xf32>
          %509 = vector.load %view_5[%264, %364, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %510 = arith.extf %509 : vector<8xbf16> to vector<8xf32>
          %511 = vector.load %view_5[%264, %387, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %512 = arith.extf %511 : vector<8xbf16> to vector<8xf32>
          %513 = vector.load %view_5[%264, %410, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %514 = arith.extf %513 : vector<8xbf16> to vector<8xf32>
          %515 = vector.load %view_5[%264, %433, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %516 = arith.extf %515 : vector<8xbf16> to vector<8xf32>
          %517 = vector.load %view_5[%264, %456, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %518 = arith.extf %517 : vector<8xbf16> to vector<8xf32>
          %519 = arith.maximumf %arg17, %481 : f32
          %520 = arith.maximumf %519, %484 : f32
          %521 = arith.maximumf %520, %487 : f32
          %522 = arith.maximumf %521, %490 : f32
          %523 = arith.maximumf %522, %493 : f32
          %524 = arith.maximumf %523, %496 : f32
          %525 = arith.maximumf %524, %499 : f32
          %526 = arith.maximumf %525, %502 : f32
          %527 = arith.cmpf oeq, %526, %cst_0 : f32
          %528 = arith.select %527, %cst_1, %526 : f32
          %529 = arith.subf %arg17, %528 : f32
          %530 = math.exp2 %529 fastmath<afn> : f32
          %531 = arith.mulf %arg18, %530 : f32
          %532 = vector.broadcast %530 : f32 to vector<8xf32>
          %533 = arith.mulf %arg19, %532 : vector<8xf32>
          %534 = arith.subf %481, %528 : f32
          %535 = math.exp2 %534 fastmath<afn> : f32
          %536 = arith.addf %531, %535 : f32
          %537 = vector.broadcast %535 : f32 to vector<8xf32>
          %538 = vector.fma %537, %504, %533 : vector<8xf32>
          %539 = arith.subf %484, %528 : f32
          %540 = math.exp2 %539 fastmath<afn> : f32
          %541 = arith.addf %536, %540 : f32
          %542 = vector.broadcast %540 : f32 to vector<8xf32>
          %543 = vector.fma %542, %506, %538 : vector<8xf32>
          %544 = arith.subf %487, %528 : f32
          %545 = math.exp2 %544 fastmath<afn> : f32
          %546 = arith.addf %541, %545 : f32
          %547 = vector.broadcast %545 : f32 to vector<8xf32>
          %548 = vector.fma %547, %508, %543 : vector<8xf32>
          %549 = arith.subf %490, %528 : f32
          %550 = math.exp2 %549 fastmath<afn> : f32
          %551 = arith.addf %546, %550 : f32
          %552 = vector.broadcast %550 : f32 to vector<8xf32>
          %553 = vector.fma %552, %510, %548 : vector<8xf32>
          %554 = arith.subf %493, %528 : f32
          %555 = math.exp2 %554 fastmath<afn> : f32
          %556 = arith.addf %551, %555 : f32
          %557 = vector.broadcast %555 : f32 to vector<8xf32>
          %558 = vector.fma %557, %512, %553 : vector<8xf32>
          %559 = arith.subf %496, %528 : f32
          %560 = math.exp2 %559 fastmath<afn> : f32
          %561 = arith.addf %556, %560 : f32
          %562 = vector.broadcast %560 : f32 to vector<8xf32>
          %563 = vector.fma %562, %514, %558 : vector<8xf32>
          %564 = arith.subf %499, %528 : f32
          %565 = math.exp2 %564 fastmath<afn> : f32
          %566 = arith.addf %561, %565 : f32
          %567 = vector.broadcast %565 : f32 to vector<8xf32>
          %568 = vector.fma %567, %516, %563 : vector<8xf32>
          %569 = arith.subf %502, %528 : f32
          %570 = math.exp2 %569 fastmath<afn> : f32
          %571 = arith.addf %566, %570 : f32
          %572 = vector.broadcast %570 : f32 to vector<8xf32>
          %573 = vector.fma %572, %518, %568 : vector<8xf32>
          gpu.barrier
          scf.yield %526, %571, %573, %277, %284 : f32, f32, vector<8xf32>, index, index
        }
        nvvm.cp.async.wait.group 0
        %view_7 = memref.view %view_6[%c0][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4x128xf32, #gpu.address_space<workgroup>>
        %view_8 = memref.view %view_6[%c4096][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4xf32, #gpu.address_space<workgroup>>
        %view_9 = memref.view %view_6[%c4128][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4xf32, #gpu.address_space<workgroup>>
        vector.store %250#2, %view_7[%217, %220, %218] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
        %251 = arith.cmpi eq, %216, %c0 : index
        scf.if %251 {
          memref.store %250#0, %view_8[%217, %220] : memref<2x4xf32, #gpu.address_space<workgroup>>
          memref.store %250#1, %view_9[%217, %220] : memref<2x4xf32, #gpu.address_space<workgroup>>
        }
        gpu.barrier
        %252 = arith.cmpi eq, %217, %c0 : index
        %253:3 = scf.if %252 -> (f32, f32, vector<8xf32>) {
          %264 = memref.load %view_8[%c0, %220] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %265 = memref.load %view_9[%c0, %220] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %266 = vector.load %view_7[%c0, %220, %218] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %267 = arith.cmpf oeq, %264, %cst_0 : f32
          %268 = arith.select %267, %cst_1, %264 : f32
          %269 = arith.subf %cst_0, %268 : f32
          %270 = math.exp2 %269 fastmath<afn> : f32
          %271 = arith.subf %264, %268 : f32
          %272 = math.exp2 %271 fastmath<afn> : f32
          %273 = arith.mulf %270, %cst_1 : f32
          %274 = arith.mulf %265, %272 : f32
          %275 = arith.addf %273, %274 : f32
          %276 = vector.broadcast %272 : f32 to vector<8xf32>
          %277 = vector.broadcast %270 : f32 to vector<8xf32>
          %278 = arith.mulf %277, %cst_2 : vector<8xf32>
          %279 = vector.fma %276, %266, %278 : vector<8xf32>
          %280 = memref.load %view_8[%c1, %220] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %281 = memref.load %view_9[%c1, %220] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %282 = vector.load %view_7[%c1, %220, %218] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %283 = arith.maximumf %264, %280 : f32
          %284 = arith.cmpf oeq, %283, %cst_0 : f32
          %285 = arith.select %284, %cst_1, %283 : f32
          %286 = arith.subf %264, %285 : f32
          %287 = math.exp2 %286 fastmath<afn> : f32
          %288 = arith.subf %280, %285 : f32
          %289 = math.exp2 %288 fastmath<afn> : f32
          %290 = arith.mulf %275, %287 : f32
          %291 = arith.mulf %281, %289 : f32
          %292 = arith.addf %290, %291 : f32
          %293 = vector.broadcast %289 : f32 to vector<8xf32>
          %294 = vector.broadcast %287 : f32 to vector<8xf32>
          %295 = arith.mulf %279, %294 : vector<8xf32>
          %296 = vector.fma %293, %282, %295 : vector<8xf32>
          scf.yield %283, %292, %296 : f32, f32, vector<8xf32>
        } else {
          scf.yield %250#0, %250#1, %250#2 : f32, f32, vector<8xf32>
        }
        %254 = arith.cmpf ogt, %253#1, %cst_1 : f32
        %255 = arith.select %254, %253#1, %cst_3 : f32
        %256 = vector.broadcast %255 : f32 to vector<8xf32>
        %257 = arith.divf %253#2, %256 : vector<8xf32>
        %258 = arith.select %254, %257, %cst_2 : vector<8xf32>
        %259 = math.log2 %255 fastmath<afn> : f32
        %260 = arith.addf %253#0, %259 : f32
        %261 = arith.mulf %260, %cst_4 : f32
        %262 = arith.select %254, %261, %cst_0 : f32
        %263 = arith.cmpi slt, %233, %c0_i32 : i32
        scf.if %263 {
          scf.if %252 {
            %264 = arith.truncf %258 : vector<8xf32> to vector<8xbf16>
            vector.store %264, %169[%235, %243, %218] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
            scf.if %251 {
              memref.store %262, %183[%235, %243] : memref<?x32xf32>
            }
          }
        } else {
          %264 = arith.index_cast %233 : i32 to index
          scf.if %252 {
            vector.store %258, %201[%264, %243, %218] {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
            scf.if %251 {
              memref.store %262, %215[%264, %243] : memref<?x32xf32>
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
      %3 = llvm.mlir.constant(0 : index) : i64
      %4 = llvm.insertvalue %3, %2[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %5 = llvm.mlir.constant(128 : index) : i64
      %6 = llvm.insertvalue %5, %4[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %7 = llvm.mlir.constant(1 : index) : i64
      %8 = llvm.insertvalue %7, %6[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %9 = llvm.mlir.constant(32 : index) : i64
      %10 = llvm.insertvalue %9, %8[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %11 = llvm.mlir.constant(128 : index) : i64
      %12 = llvm.insertvalue %11, %10[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %13 = llvm.mlir.constant(9223372036854775807 : index) : i64
      %14 = llvm.insertvalue %13, %12[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %15 = llvm.mlir.constant(4096 : index) : i64
      %16 = llvm.insertvalue %15, %14[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %17 = builtin.unrealized_conversion_cast %16 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<?x32x128xf32>
      %18 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
      %19 = llvm.insertvalue %arg1, %18[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %20 = llvm.insertvalue %arg1, %19[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %21 = llvm.mlir.constant(0 : index) : i64
      %22 = llvm.insertvalue %21, %20[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %23 = llvm.mlir.constant(32 : index) : i64
      %24 = llvm.insertvalue %23, %22[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %25 = llvm.mlir.constant(1 : index) : i64
      %26 = llvm.insertvalue %25, %24[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %27 = llvm.mlir.constant(9223372036854775807 : index) : i64
      %28 = llvm.insertvalue %27, %26[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %29 = llvm.mlir.constant(32 : index) : i64
      %30 = llvm.insertvalue %29, %28[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %31 = builtin.unrealized_conversion_cast %30 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> to memref<?x32xf32>
      %32 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
      %33 = llvm.insertvalue %arg2, %32[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %34 = llvm.insertvalue %arg2, %33[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %35 = llvm.mlir.constant(0 : index) : i64
      %36 = llvm.insertvalue %35, %34[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %37 = llvm.mlir.constant(9223372036854775807 : index) : i64
      %38 = llvm.insertvalue %37, %36[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %39 = llvm.mlir.constant(1 : index) : i64
      %40 = llvm.insertvalue %39, %38[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %41 = builtin.unrealized_conversion_cast %40 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<?xi32>
      %42 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
      %43 = llvm.insertvalue %arg3, %42[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %44 = llvm.insertvalue %arg3, %43[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %45 = llvm.mlir.constant(0 : index) : i64
      %46 = llvm.insertvalue %45, %44[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %47 = llvm.mlir.constant(1 : index) : i64
      %48 = llvm.insertvalue %47, %46[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %49 = llvm.mlir.constant(1 : index) : i64
      %50 = llvm.insertvalue %49, %48[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %51 = builtin.unrealized_conversion_cast %50 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<1xi32>
      %52 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
      %53 = llvm.insertvalue %arg4, %52[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %54 = llvm.insertvalue %arg4, %53[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %55 = llvm.mlir.constant(0 : index) : i64
      %56 = llvm.insertvalue %55, %54[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %57 = llvm.mlir.constant(128 : index) : i64
      %58 = llvm.insertvalue %57, %56[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %59 = llvm.mlir.constant(1 : index) : i64
      %60 = llvm.insertvalue %59, %58[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %61 = llvm.mlir.constant(32 : index) : i64
      %62 = llvm.insertvalue %61, %60[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %63 = llvm.mlir.constant(128 : index) : i64
      %64 = llvm.insertvalue %63, %62[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %65 = llvm.mlir.constant(9223372036854775807 : index) : i64
      %66 = llvm.insertvalue %65, %64[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %67 = llvm.mlir.constant(4096 : index) : i64
      %68 = llvm.insertvalue %67, %66[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %69 = builtin.unrealized_conversion_cast %68 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<?x32x128xbf16>
      %70 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
      %71 = llvm.insertvalue %arg5, %70[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %72 = llvm.insertvalue %arg5, %71[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %73 = llvm.mlir.constant(0 : index) : i64
      %74 = llvm.insertvalue %73, %72[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %75 = llvm.mlir.constant(32 : index) : i64
      %76 = llvm.insertvalue %75, %74[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %77 = llvm.mlir.constant(1 : index) : i64
      %78 = llvm.insertvalue %77, %76[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %79 = llvm.mlir.constant(9223372036854775807 : index) : i64
      %80 = llvm.insertvalue %79, %78[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %81 = llvm.mlir.constant(32 : index) : i64
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

