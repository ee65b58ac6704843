module attributes {gpu.container_module} {
  gpu.module @llama3_8b_decode_kernels [#nvvm.target<O = 3, chip = "sm_90a">] {
    gpu.func @llama3_8b_decode_attention(%arg0: !llvm.ptr {attn.param = "q"}, %arg1: !llvm.ptr {attn.param = "qo_indptr"}, %arg2: !llvm.ptr {attn.param = "k_cache"}, %arg3: !llvm.ptr {attn.param = "v_cache"}, %arg4: !llvm.ptr {attn.param = "kv_indptr"}, %arg5: !llvm.ptr {attn.param = "kv_indices"}, %arg6: !llvm.ptr {attn.param = "kv_last_page_len"}, %arg7: i32 {attn.param = "kv_page_stride"}, %arg8: !llvm.ptr {attn.param = "work_request"}, %arg9: !llvm.ptr {attn.param = "work_kv_begin"}, %arg10: !llvm.ptr {attn.param = "work_kv_end"}, %arg11: !llvm.ptr {attn.param = "work_partial"}, %arg12: !llvm.ptr {attn.param = "num_work"}, %arg13: !llvm.ptr {attn.param = "o"}, %arg14: !llvm.ptr {attn.param = "lse"}, %arg15: !llvm.ptr {attn.param = "tmp_o"}, %arg16: !llvm.ptr {attn.param = "tmp_lse"}) kernel attributes {known_block_size = array<i32: 128, 1, 1>} {
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
      %103 = llvm.insertvalue %arg8, %102[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %104 = llvm.insertvalue %arg8, %103[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %105 = llvm.mlir.constant(0 : index) : i64
      %106 = llvm.insertvalue %105, %104[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %107 = llvm.mlir.constant(9223372036854775807 : index) : i64
      %108 = llvm.insertvalue %107, %106[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %109 = llvm.mlir.constant(1 : index) : i64
      %110 = llvm.insertvalue %109, %108[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %111 = builtin.unrealized_conversion_cast %110 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<?xi32>
      %112 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
      %113 = llvm.insertvalue %arg9, %112[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %114 = llvm.insertvalue %arg9, %113[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %115 = llvm.mlir.constant(0 : index) : i64
      %116 = llvm.insertvalue %115, %114[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %117 = llvm.mlir.constant(9223372036854775807 : index) : i64
      %118 = llvm.insertvalue %117, %116[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %119 = llvm.mlir.constant(1 : index) : i64
      %120 = llvm.insertvalue %119, %118[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %121 = builtin.unrealized_conversion_cast %120 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<?xi32>
      %122 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
      %123 = llvm.insertvalue %arg10, %122[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %124 = llvm.insertvalue %arg10, %123[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %125 = llvm.mlir.constant(0 : index) : i64
      %126 = llvm.insertvalue %125, %124[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %127 = llvm.mlir.constant(9223372036854775807 : index) : i64
      %128 = llvm.insertvalue %127, %126[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %129 = llvm.mlir.constant(1 : index) : i64
      %130 = llvm.insertvalue %129, %128[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %131 = builtin.unrealized_conversion_cast %130 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<?xi32>
      %132 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
      %133 = llvm.insertvalue %arg11, %132[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %134 = llvm.insertvalue %arg11, %133[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %135 = llvm.mlir.constant(0 : index) : i64
      %136 = llvm.insertvalue %135, %134[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %137 = llvm.mlir.constant(9223372036854775807 : index) : i64
      %138 = llvm.insertvalue %137, %136[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %139 = llvm.mlir.constant(1 : index) : i64
      %140 = llvm.insertvalue %139, %138[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %141 = builtin.unrealized_conversion_cast %140 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<?xi32>
      %142 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
      %143 = llvm.insertvalue %arg12, %142[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %144 = llvm.insertvalue %arg12, %143[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %145 = llvm.mlir.constant(0 : index) : i64
      %146 = llvm.insertvalue %145, %144[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %147 = llvm.mlir.constant(1 : index) : i64
      %148 = llvm.insertvalue %147, %146[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %149 = llvm.mlir.constant(1 : index) : i64
      %150 = llvm.insertvalue %149, %148[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
      %151 = builtin.unrealized_conversion_cast %150 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<1xi32>
      %152 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
      %153 = llvm.insertvalue %arg13, %152[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %154 = llvm.insertvalue %arg13, %153[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
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
      %171 = llvm.insertvalue %arg14, %170[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %172 = llvm.insertvalue %arg14, %171[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
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
      %185 = llvm.insertvalue %arg15, %184[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
      %186 = llvm.insertvalue %arg15, %185[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
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
      %203 = llvm.insertvalue %arg16, %202[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %204 = llvm.insertvalue %arg16, %203[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
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
      %223 = arith.index_castui %arg7 : i32 to index
      %dim = memref.dim %49, %c0 : memref<?x16x8x128xbf16>
      %reinterpret_cast = memref.reinterpret_cast %49 to offset: [0], sizes: [%dim, 16, 8, 128], strides: [%223, 1024, 128, 1] : memref<?x16x8x128xbf16> to memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>
      %dim_5 = memref.dim %71, %c0 : memref<?x16x8x128xbf16>
      %reinterpret_cast_6 = memref.reinterpret_cast %71 to offset: [0], sizes: [%dim_5, 16, 8, 128], strides: [%223, 1024, 128, 1] : memref<?x16x8x128xbf16> to memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>
      %block_id_x = gpu.block_id  x
      %block_id_y = gpu.block_id  y
      %224 = gpu.dynamic_shared_memory : memref<?xi8, #gpu.address_space<workgroup>>
      %view = memref.view %224[%c0][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
      %view_7 = memref.view %224[%c8192][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
      %view_8 = memref.view %224[%c16384][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<5120xi8, #gpu.address_space<workgroup>>
      %225 = memref.load %151[%c0] : memref<1xi32>
      %226 = arith.index_cast %225 : i32 to index
      %227 = arith.cmpi ult, %block_id_x, %226 : index
      scf.if %227 {
        %228 = memref.load %111[%block_id_x] : memref<?xi32>
        %229 = arith.index_cast %228 : i32 to index
        %230 = memref.load %121[%block_id_x] : memref<?xi32>
        %231 = arith.index_cast %230 : i32 to index
        %232 = memref.load %131[%block_id_x] : memref<?xi32>
        %233 = arith.index_cast %232 : i32 to index
        %234 = memref.load %141[%block_id_x] : memref<?xi32>
        %235 = memref.load %27[%229] : memref<?xi32>
        %236 = arith.index_cast %235 : i32 to index
        %237 = memref.load %81[%229] : memref<?xi32>
        %238 = arith.index_cast %237 : i32 to index
        %239 = arith.maxsi %233, %231 : index
        %240 = arith.subi %239, %231 : index
        %241 = arith.addi %240, %c15 : index
        %242 = arith.divui %241, %c16 : index
        %243 = arith.muli %block_id_y, %c4 : index
        %244 = arith.addi %243, %220 : index
        %245 = vector.load %17[%236, %244, %218] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %246 = arith.extf %245 : vector<8xbf16> to vector<8xf32>
        %247 = arith.mulf %246, %cst : vector<8xf32>
        %248 = arith.cmpi ugt, %242, %c0 : index
        %249:2 = scf.if %248 -> (index, index) {
          %265 = arith.subi %233, %c1 : index
          %266 = arith.muli %222, %c2 : index
          %267 = arith.addi %231, %266 : index
          %268 = arith.minsi %267, %265 : index
          %269 = arith.divui %268, %c16 : index
          %270 = arith.addi %238, %269 : index
          %271 = memref.load %91[%270] : memref<?xi32>
          %272 = arith.index_cast %271 : i32 to index
          %273 = arith.addi %266, %c1 : index
          %274 = arith.addi %231, %273 : index
          %275 = arith.minsi %274, %265 : index
          %276 = arith.divui %275, %c16 : index
          %277 = arith.addi %238, %276 : index
          %278 = memref.load %91[%277] : memref<?xi32>
          %279 = arith.index_cast %278 : i32 to index
          scf.yield %272, %279 : index, index
        } else {
          scf.yield %c0, %c0 : index, index
        }
        scf.if %248 {
          %265 = arith.subi %233, %c1 : index
          %266 = arith.muli %222, %c2 : index
          %267 = arith.addi %231, %266 : index
          %268 = arith.minsi %267, %265 : index
          %269 = arith.cmpi ult, %267, %233 : index
          %270 = arith.select %269, %c8, %c0 : index
          %271 = arith.remui %268, %c16 : index
          %272 = nvgpu.device_async_copy %reinterpret_cast[%249#0, %271, %block_id_y, %218], %view[%c0, %266, %218], 8, %270 {bypassL1} : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %273 = nvgpu.device_async_copy %reinterpret_cast_6[%249#0, %271, %block_id_y, %218], %view_7[%c0, %266, %218], 8, %270 {bypassL1} : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %274 = arith.addi %266, %c1 : index
          %275 = arith.addi %231, %274 : index
          %276 = arith.minsi %275, %265 : index
          %277 = arith.cmpi ult, %275, %233 : index
          %278 = arith.select %277, %c8, %c0 : index
          %279 = arith.remui %276, %c16 : index
          %280 = nvgpu.device_async_copy %reinterpret_cast[%249#1, %279, %block_id_y, %218], %view[%c0, %274, %218], 8, %278 {bypassL1} : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          %281 = nvgpu.device_async_copy %reinterpret_cast_6[%249#1, %279, %block_id_y, %218], %view_7[%c0, %274, %218], 8, %278 {bypassL1} : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
        }
        nvvm.cp.async.commit.group
        %250:2 = scf.if %248 -> (index, index) {
          %265 = arith.subi %233, %c1 : index
          %266 = arith.muli %222, %c2 : index
          %267 = arith.addi %231, %c16 : index
          %268 = arith.addi %267, %266 : index
          %269 = arith.minsi %268, %265 : index
          %270 = arith.divui %269, %c16 : index
          %271 = arith.addi %238, %270 : index
          %272 = memref.load %91[%271] : memref<?xi32>
          %273 = arith.index_cast %272 : i32 to index
          %274 = arith.addi %266, %c1 : index
          %275 = arith.addi %267, %274 : index
          %276 = arith.minsi %275, %265 : index
          %277 = arith.divui %276, %c16 : index
          %278 = arith.addi %238, %277 : index
          %279 = memref.load %91[%278] : memref<?xi32>
          %280 = arith.index_cast %279 : i32 to index
          scf.yield %273, %280 : index, index
        } else {
          scf.yield %c0, %c0 : index, index
        }
        %251:5 = scf.for %arg17 = %c0 to %242 step %c1 iter_args(%arg18 = %cst_0, %arg19 = %cst_1, %arg20 = %cst_2, %arg21 = %250#0, %arg22 = %250#1) -> (f32, f32, vector<8xf32>, index, index) {
          %265 = arith.remui %arg17, %c2 : index
          %266 = arith.addi %arg17, %c1 : index
          %267 = arith.cmpi ult, %266, %242 : index
          scf.if %267 {
            %575 = arith.remui %266, %c2 : index
            %576 = arith.subi %233, %c1 : index
            %577 = arith.muli %222, %c2 : index
            %578 = arith.muli %266, %c16 : index
            %579 = arith.addi %231, %578 : index
            %580 = arith.addi %579, %577 : index
            %581 = arith.minsi %580, %576 : index
            %582 = arith.cmpi ult, %580, %233 : index
            %583 = arith.select %582, %c8, %c0 : index
            %584 = arith.remui %581, %c16 : index
            %585 = nvgpu.device_async_copy %reinterpret_cast[%arg21, %584, %block_id_y, %218], %view[%575, %577, %218], 8, %583 {bypassL1} : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %586 = nvgpu.device_async_copy %reinterpret_cast_6[%arg21, %584, %block_id_y, %218], %view_7[%575, %577, %218], 8, %583 {bypassL1} : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %587 = arith.addi %577, %c1 : index
            %588 = arith.addi %579, %587 : index
            %589 = arith.minsi %588, %576 : index
            %590 = arith.cmpi ult, %588, %233 : index
            %591 = arith.select %590, %c8, %c0 : index
            %592 = arith.remui %589, %c16 : index
            %593 = nvgpu.device_async_copy %reinterpret_cast[%arg22, %592, %block_id_y, %218], %view[%575, %587, %218], 8, %591 {bypassL1} : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
            %594 = nvgpu.device_async_copy %reinterpret_cast_6[%arg22, %592, %block_id_y, %218], %view_7[%575, %587, %218], 8, %591 {bypassL1} : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>> to memref<2x16x128xbf16, #gpu.address_space<workgroup>>
          }
          nvvm.cp.async.commit.group
          %268 = arith.addi %arg17, %c2 : index
          %269 = arith.subi %233, %c1 : index
          %270 = arith.muli %222, %c2 : index
          %271 = arith.muli %268, %c16 : index
          %272 = arith.addi %231, %271 : index
          %273 = arith.addi %272, %270 : index
          %274 = arith.minsi %273, %269 : index
          %275 = arith.divui %274, %c16 : index
          %276 = arith.addi %238, %275 : index
          %277 = memref.load %91[%276] : memref<?xi32>
          %278 = arith.index_cast %277 : i32 to index
          %279 = arith.addi %270, %c1 : index
          %280 = arith.addi %272, %279 : index
          %281 = arith.minsi %280, %269 : index
          %282 = arith.divui %281, %c16 : index
          %283 = arith.addi %238, %282 : index
          %284 = memref.load %91[%283] : memref<?xi32>
          %285 = arith.index_cast %284 : i32 to index
          nvvm.cp.async.wait.group 1
          gpu.barrier
          %286 = arith.muli %arg17, %c16 : index
          %287 = arith.addi %231, %286 : index
          %288 = arith.muli %217, %c8 : index
          %289 = vector.load %view[%265, %288, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %290 = arith.extf %289 : vector<8xbf16> to vector<8xf32>
          %291 = vector.extract %247[0] : f32 from vector<8xf32>
          %292 = vector.extract %290[0] : f32 from vector<8xf32>
          %293 = arith.mulf %291, %292 : f32
          %294 = vector.extract %247[1] : f32 from vector<8xf32>
          %295 = vector.extract %290[1] : f32 from vector<8xf32>
          %296 = math.fma %294, %295, %293 : f32
          %297 = vector.extract %247[2] : f32 from vector<8xf32>
          %298 = vector.extract %290[2] : f32 from vector<8xf32>
          %299 = math.fma %297, %298, %296 : f32
          %300 = vector.extract %247[3] : f32 from vector<8xf32>
          %301 = vector.extract %290[3] : f32 from vector<8xf32>
          %302 = math.fma %300, %301, %299 : f32
          %303 = vector.extract %247[4] : f32 from vector<8xf32>
          %304 = vector.extract %290[4] : f32 from vector<8xf32>
          %305 = math.fma %303, %304, %302 : f32
          %306 = vector.extract %247[5] : f32 from vector<8xf32>
          %307 = vector.extract %290[5] : f32 from vector<8xf32>
          %308 = math.fma %306, %307, %305 : f32
          %309 = vector.extract %247[6] : f32 from vector<8xf32>
          %310 = vector.extract %290[6] : f32 from vector<8xf32>
          %311 = math.fma %309, %310, %308 : f32
          %312 = vector.extract %247[7] : f32 from vector<8xf32>
          %313 = vector.extract %290[7] : f32 from vector<8xf32>
          %314 = math.fma %312, %313, %311 : f32
          %shuffleResult, %valid = gpu.shuffle  xor %314, %c8_i32, %c32_i32 : f32
          %315 = arith.addf %314, %shuffleResult : f32
          %shuffleResult_12, %valid_13 = gpu.shuffle  xor %315, %c4_i32, %c32_i32 : f32
          %316 = arith.addf %315, %shuffleResult_12 : f32
          %shuffleResult_14, %valid_15 = gpu.shuffle  xor %316, %c2_i32, %c32_i32 : f32
          %317 = arith.addf %316, %shuffleResult_14 : f32
          %shuffleResult_16, %valid_17 = gpu.shuffle  xor %317, %c1_i32, %c32_i32 : f32
          %318 = arith.addf %317, %shuffleResult_16 : f32
          %319 = arith.addi %288, %c1 : index
          %320 = vector.load %view[%265, %319, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %321 = arith.extf %320 : vector<8xbf16> to vector<8xf32>
          %322 = vector.extract %321[0] : f32 from vector<8xf32>
          %323 = arith.mulf %291, %322 : f32
          %324 = vector.extract %321[1] : f32 from vector<8xf32>
          %325 = math.fma %294, %324, %323 : f32
          %326 = vector.extract %321[2] : f32 from vector<8xf32>
          %327 = math.fma %297, %326, %325 : f32
          %328 = vector.extract %321[3] : f32 from vector<8xf32>
          %329 = math.fma %300, %328, %327 : f32
          %330 = vector.extract %321[4] : f32 from vector<8xf32>
          %331 = math.fma %303, %330, %329 : f32
          %332 = vector.extract %321[5] : f32 from vector<8xf32>
          %333 = math.fma %306, %332, %331 : f32
          %334 = vector.extract %321[6] : f32 from vector<8xf32>
          %335 = math.fma %309, %334, %333 : f32
          %336 = vector.extract %321[7] : f32 from vector<8xf32>
          %337 = math.fma %312, %336, %335 : f32
          %shuffleResult_18, %valid_19 = gpu.shuffle  xor %337, %c8_i32, %c32_i32 : f32
          %338 = arith.addf %337, %shuffleResult_18 : f32
          %shuffleResult_20, %valid_21 = gpu.shuffle  xor %338, %c4_i32, %c32_i32 : f32
          %339 = arith.addf %338, %shuffleResult_20 : f32
          %shuffleResult_22, %valid_23 = gpu.shuffle  xor %339, %c2_i32, %c32_i32 : f32
          %340 = arith.addf %339, %shuffleResult_22 : f32
          %shuffleResult_24, %valid_25 = gpu.shuffle  xor %340, %c1_i32, %c32_i32 : f32
          %341 = arith.addf %340, %shuffleResult_24 : f32
          %342 = arith.addi %288, %c2 : index
          %343 = vector.load %view[%265, %342, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %344 = arith.extf %343 : vector<8xbf16> to vector<8xf32>
          %345 = vector.extract %344[0] : f32 from vector<8xf32>
          %346 = arith.mulf %291, %345 : f32
          %347 = vector.extract %344[1] : f32 from vector<8xf32>
          %348 = math.fma %294, %347, %346 : f32
          %349 = vector.extract %344[2] : f32 from vector<8xf32>
          %350 = math.fma %297, %349, %348 : f32
          %351 = vector.extract %344[3] : f32 from vector<8xf32>
          %352 = math.fma %300, %351, %350 : f32
          %353 = vector.extract %344[4] : f32 from vector<8xf32>
          %354 = math.fma %303, %353, %352 : f32
          %355 = vector.extract %344[5] : f32 from vector<8xf32>
          %356 = math.fma %306, %355, %354 : f32
          %357 = vector.extract %344[6] : f32 from vector<8xf32>
          %358 = math.fma %309, %357, %356 : f32
          %359 = vector.extract %344[7] : f32 from vector<8xf32>
          %360 = math.fma %312, %359, %358 : f32
          %shuffleResult_26, %valid_27 = gpu.shuffle  xor %360, %c8_i32, %c32_i32 : f32
          %361 = arith.addf %360, %shuffleResult_26 : f32
          %shuffleResult_28, %valid_29 = gpu.shuffle  xor %361, %c4_i32, %c32_i32 : f32
          %362 = arith.addf %361, %shuffleResult_28 : f32
          %shuffleResult_30, %valid_31 = gpu.shuffle  xor %362, %c2_i32, %c32_i32 : f32
          %363 = arith.addf %362, %shuffleResult_30 : f32
          %shuffleResult_32, %valid_33 = gpu.shuffle  xor %363, %c1_i32, %c32_i32 : f32
          %364 = arith.addf %363, %shuffleResult_32 : f32
          %365 = arith.addi %288, %c3 : index
          %366 = vector.load %view[%265, %365, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %367 = arith.extf %366 : vector<8xbf16> to vector<8xf32>
          %368 = vector.extract %367[0] : f32 from vector<8xf32>
          %369 = arith.mulf %291, %368 : f32
          %370 = vector.extract %367[1] : f32 from vector<8xf32>
          %371 = math.fma %294, %370, %369 : f32
          %372 = vector.extract %367[2] : f32 from vector<8xf32>
          %373 = math.fma %297, %372, %371 : f32
          %374 = vector.extract %367[3] : f32 from vector<8xf32>
          %375 = math.fma %300, %374, %373 : f32
          %376 = vector.extract %367[4] : f32 from vector<8xf32>
          %377 = math.fma %303, %376, %375 : f32
          %378 = vector.extract %367[5] : f32 from vector<8xf32>
          %379 = math.fma %306, %378, %377 : f32
          %380 = vector.extract %367[6] : f32 from vector<8xf32>
          %381 = math.fma %309, %380, %379 : f32
          %382 = vector.extract %367[7] : f32 from vector<8xf32>
          %383 = math.fma %312, %382, %381 : f32
          %shuffleResult_34, %valid_35 = gpu.shuffle  xor %383, %c8_i32, %c32_i32 : f32
          %384 = arith.addf %383, %shuffleResult_34 : f32
          %shuffleResult_36, %valid_37 = gpu.shuffle  xor %384, %c4_i32, %c32_i32 : f32
          %385 = arith.addf %384, %shuffleResult_36 : f32
          %shuffleResult_38, %valid_39 = gpu.shuffle  xor %385, %c2_i32, %c32_i32 : f32
          %386 = arith.addf %385, %shuffleResult_38 : f32
          %shuffleResult_40, %valid_41 = gpu.shuffle  xor %386, %c1_i32, %c32_i32 : f32
          %387 = arith.addf %386, %shuffleResult_40 : f32
          %388 = arith.addi %288, %c4 : index
          %389 = vector.load %view[%265, %388, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %390 = arith.extf %389 : vector<8xbf16> to vector<8xf32>
          %391 = vector.extract %390[0] : f32 from vector<8xf32>
          %392 = arith.mulf %291, %391 : f32
          %393 = vector.extract %390[1] : f32 from vector<8xf32>
          %394 = math.fma %294, %393, %392 : f32
          %395 = vector.extract %390[2] : f32 from vector<8xf32>
          %396 = math.fma %297, %395, %394 : f32
          %397 = vector.extract %390[3] : f32 from vector<8xf32>
          %398 = math.fma %300, %397, %396 : f32
          %399 = vector.extract %390[4] : f32 from vector<8xf32>
          %400 = math.fma %303, %399, %398 : f32
          %401 = vector.extract %390[5] : f32 from vector<8xf32>
          %402 = math.fma %306, %401, %400 : f32
          %403 = vector.extract %390[6] : f32 from vector<8xf32>
          %404 = math.fma %309, %403, %402 : f32
          %405 = vector.extract %390[7] : f32 from vector<8xf32>
          %406 = math.fma %312, %405, %404 : f32
          %shuffleResult_42, %valid_43 = gpu.shuffle  xor %406, %c8_i32, %c32_i32 : f32
          %407 = arith.addf %406, %shuffleResult_42 : f32
          %shuffleResult_44, %valid_45 = gpu.shuffle  xor %407, %c4_i32, %c32_i32 : f32
          %408 = arith.addf %407, %shuffleResult_44 : f32
          %shuffleResult_46, %valid_47 = gpu.shuffle  xor %408, %c2_i32, %c32_i32 : f32
          %409 = arith.addf %408, %shuffleResult_46 : f32
          %shuffleResult_48, %valid_49 = gpu.shuffle  xor %409, %c1_i32, %c32_i32 : f32
          %410 = arith.addf %409, %shuffleResult_48 : f32
          %411 = arith.addi %288, %c5 : index
          %412 = vector.load %view[%265, %411, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %413 = arith.extf %412 : vector<8xbf16> to vector<8xf32>
          %414 = vector.extract %413[0] : f32 from vector<8xf32>
          %415 = arith.mulf %291, %414 : f32
          %416 = vector.extract %413[1] : f32 from vector<8xf32>
          %417 = math.fma %294, %416, %415 : f32
          %418 = vector.extract %413[2] : f32 from vector<8xf32>
          %419 = math.fma %297, %418, %417 : f32
          %420 = vector.extract %413[3] : f32 from vector<8xf32>
          %421 = math.fma %300, %420, %419 : f32
          %422 = vector.extract %413[4] : f32 from vector<8xf32>
          %423 = math.fma %303, %422, %421 : f32
          %424 = vector.extract %413[5] : f32 from vector<8xf32>
          %425 = math.fma %306, %424, %423 : f32
          %426 = vector.extract %413[6] : f32 from vector<8xf32>
          %427 = math.fma %309, %426, %425 : f32
          %428 = vector.extract %413[7] : f32 from vector<8xf32>
          %429 = math.fma %312, %428, %427 : f32
          %shuffleResult_50, %valid_51 = gpu.shuffle  xor %429, %c8_i32, %c32_i32 : f32
          %430 = arith.addf %429, %shuffleResult_50 : f32
          %shuffleResult_52, %valid_53 = gpu.shuffle  xor %430, %c4_i32, %c32_i32 : f32
          %431 = arith.addf %430, %shuffleResult_52 : f32
          %shuffleResult_54, %valid_55 = gpu.shuffle  xor %431, %c2_i32, %c32_i32 : f32
          %432 = arith.addf %431, %shuffleResult_54 : f32
          %shuffleResult_56, %valid_57 = gpu.shuffle  xor %432, %c1_i32, %c32_i32 : f32
          %433 = arith.addf %432, %shuffleResult_56 : f32
          %434 = arith.addi %288, %c6 : index
          %435 = vector.load %view[%265, %434, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %436 = arith.extf %435 : vector<8xbf16> to vector<8xf32>
          %437 = vector.extract %436[0] : f32 from vector<8xf32>
          %438 = arith.mulf %291, %437 : f32
          %439 = vector.extract %436[1] : f32 from vector<8xf32>
          %440 = math.fma %294, %439, %438 : f32
          %441 = vector.extract %436[2] : f32 from vector<8xf32>
          %442 = math.fma %297, %441, %440 : f32
          %443 = vector.extract %436[3] : f32 from vector<8xf32>
          %444 = math.fma %300, %443, %442 : f32
          %445 = vector.extract %436[4] : f32 from vector<8xf32>
          %446 = math.fma %303, %445, %444 : f32
          %447 = vector.extract %436[5] : f32 from vector<8xf32>
          %448 = math.fma %306, %447, %446 : f32
          %449 = vector.extract %436[6] : f32 from vector<8xf32>
          %450 = math.fma %309, %449, %448 : f32
          %451 = vector.extract %436[7] : f32 from vector<8xf32>
          %452 = math.fma %312, %451, %450 : f32
          %shuffleResult_58, %valid_59 = gpu.shuffle  xor %452, %c8_i32, %c32_i32 : f32
          %453 = arith.addf %452, %shuffleResult_58 : f32
          %shuffleResult_60, %valid_61 = gpu.shuffle  xor %453, %c4_i32, %c32_i32 : f32
          %454 = arith.addf %453, %shuffleResult_60 : f32
          %shuffleResult_62, %valid_63 = gpu.shuffle  xor %454, %c2_i32, %c32_i32 : f32
          %455 = arith.addf %454, %shuffleResult_62 : f32
          %shuffleResult_64, %valid_65 = gpu.shuffle  xor %455, %c1_i32, %c32_i32 : f32
          %456 = arith.addf %455, %shuffleResult_64 : f32
          %457 = arith.addi %288, %c7 : index
          %458 = vector.load %view[%265, %457, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %459 = arith.extf %458 : vector<8xbf16> to vector<8xf32>
          %460 = vector.extract %459[0] : f32 from vector<8xf32>
          %461 = arith.mulf %291, %460 : f32
          %462 = vector.extract %459[1] : f32 from vector<8xf32>
          %463 = math.fma %294, %462, %461 : f32
          %464 = vector.extract %459[2] : f32 from vector<8xf32>
          %465 = math.fma %297, %464, %463 : f32
          %466 = vector.extract %459[3] : f32 from vector<8xf32>
          %467 = math.fma %300, %466, %465 : f32
          %468 = vector.extract %459[4] : f32 from vector<8xf32>
          %469 = math.fma %303, %468, %467 : f32
          %470 = vector.extract %459[5] : f32 from vector<8xf32>
          %471 = math.fma %306, %470, %469 : f32
          %472 = vector.extract %459[6] : f32 from vector<8xf32>
          %473 = math.fma %309, %472, %471 : f32
          %474 = vector.extract %459[7] : f32 from vector<8xf32>
          %475 = math.fma %312, %474, %473 : f32
          %shuffleResult_66, %valid_67 = gpu.shuffle  xor %475, %c8_i32, %c32_i32 : f32
          %476 = arith.addf %475, %shuffleResult_66 : f32
          %shuffleResult_68, %valid_69 = gpu.shuffle  xor %476, %c4_i32, %c32_i32 : f32
          %477 = arith.addf %476, %shuffleResult_68 : f32
          %shuffleResult_70, %valid_71 = gpu.shuffle  xor %477, %c2_i32, %c32_i32 : f32
          %478 = arith.addf %477, %shuffleResult_70 : f32
          %shuffleResult_72, %valid_73 = gpu.shuffle  xor %478, %c1_i32, %c32_i32 : f32
          %479 = arith.addf %478, %shuffleResult_72 : f32
          %480 = arith.addi %287, %288 : index
          %481 = arith.cmpi ult, %480, %233 : index
          %482 = arith.select %481, %318, %cst_0 : f32
          %483 = arith.addi %287, %319 : index
          %484 = arith.cmpi ult, %483, %233 : index
          %485 = arith.select %484, %341, %cst_0 : f32
          %486 = arith.addi %287, %342 : index
          %487 = arith.cmpi ult, %486, %233 : index
          %488 = arith.select %487, %364, %cst_0 : f32
          %489 = arith.addi %287, %365 : index
          %490 = arith.cmpi ult, %489, %233 : index
          %491 = arith.select %490, %387, %cst_0 : f32
          %492 = arith.addi %287, %388 : index
          %493 = arith.cmpi ult, %492, %233 : index
          %494 = arith.select %493, %410, %cst_0 : f32
          %495 = arith.addi %287, %411 : index
          %496 = arith.cmpi ult, %495, %233 : index
          %497 = arith.select %496, %433, %cst_0 : f32
          %498 = arith.addi %287, %434 : index
          %499 = arith.cmpi ult, %498, %233 : index
          %500 = arith.select %499, %456, %cst_0 : f32
          %501 = arith.addi %287, %457 : index
          %502 = arith.cmpi ult, %501, %233 : index
          %503 = arith.select %502, %479, %cst_0 : f32
          %504 = vector.load %view_7[%265, %288, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %505 = arith.extf %504 : vector<8xbf16> to vector<8xf32>
          %506 = vector.load %view_7[%265, %319, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %507 = arith.extf %506 : vector<8xbf16> to vector<8xf32>
          %508 = vector.load %view_7[%265, %342, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %509 = arith.extf %508 : vector<8xbf16> to vector<8xf32>
          %510 = vector.load %view_7[%265, %365, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %511 = arith.extf %510 : vector<8xbf16> to vector<8xf32>
          %512 = vector.load %view_7[%265, %388, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %513 = arith.extf %512 : vector<8xbf16> to vector<8xf32>
          %514 = vector.load %view_7[%265, %411, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %515 = arith.extf %514 : vector<8xbf16> to vector<8xf32>
          %516 = vector.load %view_7[%265, %434, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %517 = arith.extf %516 : vector<8xbf16> to vector<8xf32>
          %518 = vector.load %view_7[%265, %457, %218] {alignment = 16 : i64} : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %519 = arith.extf %518 : vector<8xbf16> to vector<8xf32>
          %520 = arith.maximumf %arg18, %482 : f32
          %521 = arith.maximumf %520, %485 : f32
          %522 = arith.maximumf %521, %488 : f32
          %523 = arith.maximumf %522, %491 : f32
          %524 = arith.maximumf %523, %494 : f32
          %525 = arith.maximumf %524, %497 : f32
          %526 = arith.maximumf %525, %500 : f32
          %527 = arith.maximumf %526, %503 : f32
          %528 = arith.cmpf oeq, %527, %cst_0 : f32
          %529 = arith.select %528, %cst_1, %527 : f32
          %530 = arith.subf %arg18, %529 : f32
          %531 = math.exp2 %530 fastmath<afn> : f32
          %532 = arith.mulf %arg19, %531 : f32
          %533 = vector.broadcast %531 : f32 to vector<8xf32>
          %534 = arith.mulf %arg20, %533 : vector<8xf32>
          %535 = arith.subf %482, %529 : f32
          %536 = math.exp2 %535 fastmath<afn> : f32
          %537 = arith.addf %532, %536 : f32
          %538 = vector.broadcast %536 : f32 to vector<8xf32>
          %539 = vector.fma %538, %505, %534 : vector<8xf32>
          %540 = arith.subf %485, %529 : f32
          %541 = math.exp2 %540 fastmath<afn> : f32
          %542 = arith.addf %537, %541 : f32
          %543 = vector.broadcast %541 : f32 to vector<8xf32>
          %544 = vector.fma %543, %507, %539 : vector<8xf32>
          %545 = arith.subf %488, %529 : f32
          %546 = math.exp2 %545 fastmath<afn> : f32
          %547 = arith.addf %542, %546 : f32
          %548 = vector.broadcast %546 : f32 to vector<8xf32>
          %549 = vector.fma %548, %509, %544 : vector<8xf32>
          %550 = arith.subf %491, %529 : f32
          %551 = math.exp2 %550 fastmath<afn> : f32
          %552 = arith.addf %547, %551 : f32
          %553 = vector.broadcast %551 : f32 to vector<8xf32>
          %554 = vector.fma %553, %511, %549 : vector<8xf32>
          %555 = arith.subf %494, %529 : f32
          %556 = math.exp2 %555 fastmath<afn> : f32
          %557 = arith.addf %552, %556 : f32
          %558 = vector.broadcast %556 : f32 to vector<8xf32>
          %559 = vector.fma %558, %513, %554 : vector<8xf32>
          %560 = arith.subf %497, %529 : f32
          %561 = math.exp2 %560 fastmath<afn> : f32
          %562 = arith.addf %557, %561 : f32
          %563 = vector.broadcast %561 : f32 to vector<8xf32>
          %564 = vector.fma %563, %515, %559 : vector<8xf32>
          %565 = arith.subf %500, %529 : f32
          %566 = math.exp2 %565 fastmath<afn> : f32
          %567 = arith.addf %562, %566 : f32
          %568 = vector.broadcast %566 : f32 to vector<8xf32>
          %569 = vector.fma %568, %517, %564 : vector<8xf32>
          %570 = arith.subf %503, %529 : f32
          %571 = math.exp2 %570 fastmath<afn> : f32
          %572 = arith.addf %567, %571 : f32
          %573 = vector.broadcast %571 : f32 to vector<8xf32>
          %574 = vector.fma %573, %519, %569 : vector<8xf32>
          gpu.barrier
          scf.yield %527, %572, %574, %278, %285 : f32, f32, vector<8xf32>, index, index
        }
        nvvm.cp.async.wait.group 0
        %view_9 = memref.view %view_8[%c0][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4x128xf32, #gpu.address_space<workgroup>>
        %view_10 = memref.view %view_8[%c4096][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4xf32, #gpu.address_space<workgroup>>
        %view_11 = memref.view %view_8[%c4128][] : memref<5120xi8, #gpu.address_space<workgroup>> to memref<2x4xf32, #gpu.address_space<workgroup>>
        vector.store %251#2, %view_9[%217, %220, %218] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
        %252 = arith.cmpi eq, %216, %c0 : index
        scf.if %252 {
          memref.store %251#0, %view_10[%217, %220] : memref<2x4xf32, #gpu.address_space<workgroup>>
          memref.store %251#1, %view_11[%217, %220] : memref<2x4xf32, #gpu.address_space<workgroup>>
        }
        gpu.barrier
        %253 = arith.cmpi eq, %217, %c0 : index
        %254:3 = scf.if %253 -> (f32, f32, vector<8xf32>) {
          %265 = memref.load %view_10[%c0, %220] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %266 = memref.load %view_11[%c0, %220] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %267 = vector.load %view_9[%c0, %220, %218] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %268 = arith.cmpf oeq, %265, %cst_0 : f32
          %269 = arith.select %268, %cst_1, %265 : f32
          %270 = arith.subf %cst_0, %269 : f32
          %271 = math.exp2 %270 fastmath<afn> : f32
          %272 = arith.subf %265, %269 : f32
          %273 = math.exp2 %272 fastmath<afn> : f32
          %274 = arith.mulf %271, %cst_1 : f32
          %275 = arith.mulf %266, %273 : f32
          %276 = arith.addf %274, %275 : f32
          %277 = vector.broadcast %273 : f32 to vector<8xf32>
          %278 = vector.broadcast %271 : f32 to vector<8xf32>
          %279 = arith.mulf %278, %cst_2 : vector<8xf32>
          %280 = vector.fma %277, %267, %279 : vector<8xf32>
          %281 = memref.load %view_10[%c1, %220] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %282 = memref.load %view_11[%c1, %220] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %283 = vector.load %view_9[%c1, %220, %218] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %284 = arith.maximumf %265, %281 : f32
          %285 = arith.cmpf oeq, %284, %cst_0 : f32
          %286 = arith.select %285, %cst_1, %284 : f32
          %287 = arith.subf %265, %286 : f32
          %288 = math.exp2 %287 fastmath<afn> : f32
          %289 = arith.subf %281, %286 : f32
          %290 = math.exp2 %289 fastmath<afn> : f32
          %291 = arith.mulf %276, %288 : f32
          %292 = arith.mulf %282, %290 : f32
          %293 = arith.addf %291, %292 : f32
          %294 = vector.broadcast %290 : f32 to vector<8xf32>
          %295 = vector.broadcast %288 : f32 to vector<8xf32>
          %296 = arith.mulf %280, %295 : vector<8xf32>
          %297 = vector.fma %294, %283, %296 : vector<8xf32>
          scf.yield %284, %293, %297 : f32, f32, vector<8xf32>
        } else {
          scf.yield %251#0, %251#1, %251#2 : f32, f32, vector<8xf32>
        }
        %255 = arith.cmpf ogt, %254#1, %cst_1 : f32
        %256 = arith.select %255, %254#1, %cst_3 : f32
        %257 = vector.broadcast %256 : f32 to vector<8xf32>
        %258 = arith.divf %254#2, %257 : vector<8xf32>
        %259 = arith.select %255, %258, %cst_2 : vector<8xf32>
        %260 = math.log2 %256 fastmath<afn> : f32
        %261 = arith.addf %254#0, %260 : f32
        %262 = arith.mulf %261, %cst_4 : f32
        %263 = arith.select %255, %262, %cst_0 : f32
        %264 = arith.cmpi slt, %234, %c0_i32 : i32
        scf.if %264 {
          scf.if %253 {
            %265 = arith.truncf %259 : vector<8xf32> to vector<8xbf16>
            vector.store %265, %169[%236, %244, %218] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
            scf.if %252 {
              memref.store %263, %183[%236, %244] : memref<?x32xf32>
            }
          }
        } else {
          %265 = arith.index_cast %234 : i32 to index
          scf.if %253 {
            vector.store %259, %201[%265, %244, %218] {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
            scf.if %252 {
              memref.store %263, %215[%265, %244] : memref<?x32xf32>
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
  attn.kernel_abi @llama3_8b_decode_attention for @llama3_8b_decode_kernels::@llama3_8b_decode_attention {block = array<i32: 128, 1, 1>, dynamic_smem = 21504 : i64, family = "decode", params = [{kind = "ptr", name = "q"}, {kind = "ptr", name = "qo_indptr"}, {kind = "ptr", name = "k_cache"}, {kind = "ptr", name = "v_cache"}, {kind = "ptr", name = "kv_indptr"}, {kind = "ptr", name = "kv_indices"}, {kind = "ptr", name = "kv_last_page_len"}, {kind = "i32", name = "kv_page_stride"}, {kind = "ptr", name = "work_request"}, {kind = "ptr", name = "work_kv_begin"}, {kind = "ptr", name = "work_kv_end"}, {kind = "ptr", name = "work_partial"}, {kind = "ptr", name = "num_work"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}, {kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}], role = "attention", tile = {bdx = 16 : i64, bdy = 4 : i64, bdz = 2 : i64, heads_per_thread = 1 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 16 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  attn.kernel_abi @llama3_8b_decode_merge for @llama3_8b_decode_kernels::@llama3_8b_decode_merge {block = array<i32: 256, 1, 1>, dynamic_smem = 0 : i64, family = "decode", params = [{kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}, {kind = "ptr", name = "merge_indptr"}, {kind = "ptr", name = "num_rows"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}], role = "merge", tile = {bdx = 16 : i64, heads_per_cta = 1 : i64, pdl = 1 : i64, slices = 16 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 16 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  func.func @llama3_8b_decode(%arg0: memref<?x32x128xbf16>, %arg1: memref<?xi32>, %arg2: memref<?x16x8x128xbf16>, %arg3: memref<?x16x8x128xbf16>, %arg4: memref<?xi32>, %arg5: memref<?xi32>, %arg6: memref<?xi32>, %arg7: memref<?x32x128xbf16>, %arg8: memref<?x32xf32>) {
    return
  }
}

