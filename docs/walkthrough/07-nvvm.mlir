module attributes {gpu.container_module} {
  gpu.module @llama3_8b_decode_kernels [#nvvm.target<O = 3, chip = "sm_90a">] {
    llvm.module_flags [#llvm.mlir.module_flag<override, "nvvm-reflect-ftz", 1 : i32>]
    llvm.mlir.global internal @__dynamic_shmem__0() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<0 x i8>
    llvm.func @__nv_fmaf(f32, f32, f32) -> f32
    llvm.func @__nv_exp2f(f32) -> f32
    llvm.func @__nv_fast_log2f(f32) -> f32
    llvm.func @llama3_8b_decode_attention(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: !llvm.ptr, %arg3: !llvm.ptr, %arg4: !llvm.ptr, %arg5: !llvm.ptr, %arg6: !llvm.ptr, %arg7: !llvm.ptr, %arg8: !llvm.ptr, %arg9: !llvm.ptr, %arg10: !llvm.ptr, %arg11: !llvm.ptr, %arg12: !llvm.ptr, %arg13: !llvm.ptr, %arg14: !llvm.ptr, %arg15: !llvm.ptr) attributes {denormal_fp_math_f32 = "preserve-sign", gpu.kernel, gpu.known_block_size = array<i32: 128, 1, 1>, nvvm.kernel, nvvm.maxntid = array<i32: 128, 1, 1>} {
      %0 = llvm.mlir.constant(32 : index) : i64
      %1 = llvm.mlir.poison : vector<8xf32>
      %2 = llvm.mlir.constant(-1 : i32) : i32
      %3 = llvm.mlir.constant(7 : i64) : i64
      %4 = llvm.mlir.constant(6 : i64) : i64
      %5 = llvm.mlir.constant(5 : i64) : i64
      %6 = llvm.mlir.constant(4 : i64) : i64
      %7 = llvm.mlir.constant(3 : i64) : i64
      %8 = llvm.mlir.constant(2 : i64) : i64
      %9 = llvm.mlir.constant(4096 : index) : i64
      %10 = llvm.mlir.constant(512 : index) : i64
      %11 = llvm.mlir.addressof @__dynamic_shmem__0 : !llvm.ptr<3>
      %12 = llvm.mlir.constant(0 : i64) : i64
      %13 = llvm.mlir.constant(1 : i64) : i64
      %14 = llvm.mlir.constant(32 : i64) : i64
      %15 = llvm.mlir.constant(9223372036854775807 : i64) : i64
      %16 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
      %17 = llvm.mlir.constant(0.693147182 : f32) : f32
      %18 = llvm.mlir.constant(1.000000e+00 : f32) : f32
      %19 = llvm.mlir.constant(0 : i32) : i32
      %20 = llvm.mlir.constant(7 : index) : i64
      %21 = llvm.mlir.constant(6 : index) : i64
      %22 = llvm.mlir.constant(5 : index) : i64
      %23 = llvm.mlir.constant(3 : index) : i64
      %24 = llvm.mlir.constant(1 : i32) : i32
      %25 = llvm.mlir.constant(2 : i32) : i32
      %26 = llvm.mlir.constant(4 : i32) : i32
      %27 = llvm.mlir.constant(32 : i32) : i32
      %28 = llvm.mlir.constant(8 : i32) : i32
      %29 = llvm.mlir.constant(2 : index) : i64
      %30 = llvm.mlir.constant(dense<0.000000e+00> : vector<8xf32>) : vector<8xf32>
      %31 = llvm.mlir.constant(0.000000e+00 : f32) : f32
      %32 = llvm.mlir.constant(0xFF800000 : f32) : f32
      %33 = llvm.mlir.constant(dense<0.127517432> : vector<8xf32>) : vector<8xf32>
      %34 = llvm.mlir.constant(8 : index) : i64
      %35 = llvm.mlir.constant(15 : index) : i64
      %36 = llvm.mlir.constant(1 : index) : i64
      %37 = llvm.mlir.constant(16 : i32) : i32
      %38 = llvm.mlir.constant(3 : i32) : i32
      %39 = llvm.mlir.constant(1024 : index) : i64
      %40 = llvm.mlir.constant(16384 : index) : i64
      %41 = llvm.mlir.constant(128 : index) : i64
      %42 = llvm.mlir.constant(2048 : index) : i64
      %43 = llvm.mlir.constant(16 : index) : i64
      %44 = llvm.mlir.constant(4 : index) : i64
      %45 = llvm.mlir.constant(64 : index) : i64
      %46 = llvm.mlir.constant(0 : index) : i64
      %47 = llvm.insertvalue %arg13, %16[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %48 = llvm.insertvalue %arg13, %47[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %49 = llvm.insertvalue %12, %48[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %50 = llvm.insertvalue %14, %49[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %51 = llvm.insertvalue %13, %50[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %52 = llvm.insertvalue %15, %51[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %53 = llvm.insertvalue %14, %52[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %54 = llvm.insertvalue %arg15, %16[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %55 = llvm.insertvalue %arg15, %54[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %56 = llvm.insertvalue %12, %55[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %57 = llvm.insertvalue %14, %56[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %58 = llvm.insertvalue %13, %57[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %59 = llvm.insertvalue %15, %58[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %60 = llvm.insertvalue %14, %59[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      nvvm.griddepcontrol  launch_dependents
      %61 = nvvm.read.ptx.sreg.tid.x range <i32, 0, 128> : i32
      %62 = llvm.sext %61 : i32 to i64
      %63 = llvm.urem %62, %43 : i64
      %64 = llvm.udiv %62, %43 : i64
      %65 = llvm.urem %64, %44 : i64
      %66 = llvm.udiv %62, %45 : i64
      %67 = nvvm.read.ptx.sreg.ctaid.x : i32
      %68 = llvm.sext %67 : i32 to i64
      %69 = nvvm.read.ptx.sreg.ctaid.y : i32
      %70 = llvm.sext %69 : i32 to i64
      %71 = llvm.getelementptr %11[8192] : (!llvm.ptr<3>) -> !llvm.ptr<3>, i8
      %72 = llvm.getelementptr %11[16384] : (!llvm.ptr<3>) -> !llvm.ptr<3>, i8
      %73 = llvm.getelementptr %11[20480] : (!llvm.ptr<3>) -> !llvm.ptr<3>, i8
      %74 = llvm.getelementptr %11[20512] : (!llvm.ptr<3>) -> !llvm.ptr<3>, i8
      %75 = llvm.load %arg11 : !llvm.ptr -> i32
      %76 = llvm.sext %75 : i32 to i64
      %77 = llvm.icmp "ult" %68, %76 : i64
      llvm.cond_br %77, ^bb1, ^bb22
    ^bb1:  // pred: ^bb0
      %78 = llvm.getelementptr inbounds|nuw %arg7[%68] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %79 = llvm.load %78 : !llvm.ptr -> i32
      %80 = llvm.sext %79 : i32 to i64
      %81 = llvm.getelementptr inbounds|nuw %arg8[%68] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %82 = llvm.load %81 : !llvm.ptr -> i32
      %83 = llvm.sext %82 : i32 to i64
      %84 = llvm.getelementptr inbounds|nuw %arg9[%68] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %85 = llvm.load %84 : !llvm.ptr -> i32
      %86 = llvm.sext %85 : i32 to i64
      %87 = llvm.getelementptr inbounds|nuw %arg10[%68] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %88 = llvm.load %87 : !llvm.ptr -> i32
      %89 = llvm.getelementptr inbounds|nuw %arg1[%80] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %90 = llvm.load %89 : !llvm.ptr -> i32
      %91 = llvm.sext %90 : i32 to i64
      %92 = llvm.mul %70, %44 : i64
      %93 = llvm.add %92, %65 : i64
      %94 = llvm.getelementptr inbounds|nuw %arg4[%80] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %95 = llvm.load %94 : !llvm.ptr -> i32
      %96 = llvm.sext %95 : i32 to i64
      %97 = llvm.intr.smax(%86, %83) : (i64, i64) -> i64
      %98 = llvm.sub %97, %83 : i64
      %99 = llvm.add %98, %35 : i64
      %100 = llvm.udiv %99, %43 : i64
      %101 = llvm.mul %63, %34 : i64
      %102 = llvm.mul %91, %9 : i64
      %103 = llvm.mul %93, %41 : i64
      %104 = llvm.add %102, %103 : i64
      %105 = llvm.add %104, %101 : i64
      %106 = llvm.getelementptr %arg0[%105] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %107 = llvm.load %106 {alignment = 16 : i64} : !llvm.ptr -> vector<8xbf16>
      %108 = llvm.fpext %107 : vector<8xbf16> to vector<8xf32>
      %109 = llvm.fmul %108, %33 : vector<8xf32>
      %110 = llvm.mul %66, %44 : i64
      %111 = llvm.add %110, %65 : i64
      %112 = llvm.icmp "ugt" %100, %46 : i64
      llvm.cond_br %112, ^bb2, ^bb3
    ^bb2:  // pred: ^bb1
      %113 = llvm.sub %86, %36 : i64
      %114 = llvm.mul %111, %29 : i64
      %115 = llvm.add %83, %114 : i64
      %116 = llvm.intr.smin(%115, %113) : (i64, i64) -> i64
      %117 = llvm.udiv %116, %43 : i64
      %118 = llvm.add %96, %117 : i64
      %119 = llvm.getelementptr inbounds|nuw %arg5[%118] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %120 = llvm.load %119 : !llvm.ptr -> i32
      %121 = llvm.sext %120 : i32 to i64
      %122 = llvm.add %114, %36 : i64
      %123 = llvm.add %83, %122 : i64
      %124 = llvm.intr.smin(%123, %113) : (i64, i64) -> i64
      %125 = llvm.udiv %124, %43 : i64
      %126 = llvm.add %96, %125 : i64
      %127 = llvm.getelementptr inbounds|nuw %arg5[%126] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %128 = llvm.load %127 : !llvm.ptr -> i32
      %129 = llvm.sext %128 : i32 to i64
      %130 = llvm.icmp "ult" %115, %86 : i64
      %131 = llvm.select %130, %34, %46 : i1, i64
      %132 = llvm.urem %116, %43 : i64
      %133 = llvm.mul %46, %42 : i64
      %134 = llvm.mul %114, %41 : i64
      %135 = llvm.add %133, %134 : i64
      %136 = llvm.add %135, %101 : i64
      %137 = llvm.getelementptr %11[%136] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %138 = llvm.mul %121, %40 : i64
      %139 = llvm.mul %132, %39 : i64
      %140 = llvm.add %138, %139 : i64
      %141 = llvm.mul %70, %41 : i64
      %142 = llvm.add %140, %141 : i64
      %143 = llvm.add %142, %101 : i64
      %144 = llvm.getelementptr %arg2[%143] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %145 = llvm.addrspacecast %144 : !llvm.ptr to !llvm.ptr<1>
      %146 = llvm.trunc %131 : i64 to i32
      %147 = llvm.mul %146, %37 : i32
      %148 = llvm.lshr %147, %38 : i32
      nvvm.cp.async.shared.global %137, %145, 16, cache =  cg, %148 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %149 = llvm.getelementptr %71[%136] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %150 = llvm.getelementptr %arg3[%143] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %151 = llvm.addrspacecast %150 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %149, %151, 16, cache =  cg, %148 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %152 = llvm.add %115, %36 : i64
      %153 = llvm.intr.smin(%152, %113) : (i64, i64) -> i64
      %154 = llvm.icmp "ult" %152, %86 : i64
      %155 = llvm.select %154, %34, %46 : i1, i64
      %156 = llvm.urem %153, %43 : i64
      %157 = llvm.mul %122, %41 : i64
      %158 = llvm.add %133, %157 : i64
      %159 = llvm.add %158, %101 : i64
      %160 = llvm.getelementptr %11[%159] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %161 = llvm.mul %129, %40 : i64
      %162 = llvm.mul %156, %39 : i64
      %163 = llvm.add %161, %162 : i64
      %164 = llvm.add %163, %141 : i64
      %165 = llvm.add %164, %101 : i64
      %166 = llvm.getelementptr %arg2[%165] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %167 = llvm.addrspacecast %166 : !llvm.ptr to !llvm.ptr<1>
      %168 = llvm.trunc %155 : i64 to i32
      %169 = llvm.mul %168, %37 : i32
      %170 = llvm.lshr %169, %38 : i32
      nvvm.cp.async.shared.global %160, %167, 16, cache =  cg, %170 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %171 = llvm.getelementptr %71[%159] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %172 = llvm.getelementptr %arg3[%165] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %173 = llvm.addrspacecast %172 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %171, %173, 16, cache =  cg, %170 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      llvm.br ^bb3
    ^bb3:  // 2 preds: ^bb1, ^bb2
      nvvm.cp.async.commit.group
      llvm.cond_br %112, ^bb4, ^bb5
    ^bb4:  // pred: ^bb3
      %174 = llvm.sub %86, %36 : i64
      %175 = llvm.mul %111, %29 : i64
      %176 = llvm.add %83, %43 : i64
      %177 = llvm.add %176, %175 : i64
      %178 = llvm.intr.smin(%177, %174) : (i64, i64) -> i64
      %179 = llvm.udiv %178, %43 : i64
      %180 = llvm.add %96, %179 : i64
      %181 = llvm.getelementptr inbounds|nuw %arg5[%180] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %182 = llvm.load %181 : !llvm.ptr -> i32
      %183 = llvm.sext %182 : i32 to i64
      %184 = llvm.add %175, %36 : i64
      %185 = llvm.add %176, %184 : i64
      %186 = llvm.intr.smin(%185, %174) : (i64, i64) -> i64
      %187 = llvm.udiv %186, %43 : i64
      %188 = llvm.add %96, %187 : i64
      %189 = llvm.getelementptr inbounds|nuw %arg5[%188] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %190 = llvm.load %189 : !llvm.ptr -> i32
      %191 = llvm.sext %190 : i32 to i64
      llvm.br ^bb6(%183, %191 : i64, i64)
    ^bb5:  // pred: ^bb3
      llvm.br ^bb6(%46, %46 : i64, i64)
    ^bb6(%192: i64, %193: i64):  // 2 preds: ^bb4, ^bb5
      llvm.br ^bb7
    ^bb7:  // pred: ^bb6
      llvm.br ^bb8(%46, %32, %31, %30, %192, %193 : i64, f32, f32, vector<8xf32>, i64, i64)
    ^bb8(%194: i64, %195: f32, %196: f32, %197: vector<8xf32>, %198: i64, %199: i64):  // 2 preds: ^bb7, ^bb11
      %200 = llvm.icmp "slt" %194, %100 : i64
      llvm.cond_br %200, ^bb9, ^bb12
    ^bb9:  // pred: ^bb8
      %201 = llvm.urem %194, %29 : i64
      %202 = llvm.add %194, %36 : i64
      %203 = llvm.icmp "ult" %202, %100 : i64
      llvm.cond_br %203, ^bb10, ^bb11
    ^bb10:  // pred: ^bb9
      %204 = llvm.urem %202, %29 : i64
      %205 = llvm.sub %86, %36 : i64
      %206 = llvm.mul %111, %29 : i64
      %207 = llvm.mul %202, %43 : i64
      %208 = llvm.add %83, %207 : i64
      %209 = llvm.add %208, %206 : i64
      %210 = llvm.intr.smin(%209, %205) : (i64, i64) -> i64
      %211 = llvm.icmp "ult" %209, %86 : i64
      %212 = llvm.select %211, %34, %46 : i1, i64
      %213 = llvm.urem %210, %43 : i64
      %214 = llvm.mul %204, %42 : i64
      %215 = llvm.mul %206, %41 : i64
      %216 = llvm.add %214, %215 : i64
      %217 = llvm.add %216, %101 : i64
      %218 = llvm.getelementptr %11[%217] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %219 = llvm.mul %198, %40 : i64
      %220 = llvm.mul %213, %39 : i64
      %221 = llvm.add %219, %220 : i64
      %222 = llvm.mul %70, %41 : i64
      %223 = llvm.add %221, %222 : i64
      %224 = llvm.add %223, %101 : i64
      %225 = llvm.getelementptr %arg2[%224] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %226 = llvm.addrspacecast %225 : !llvm.ptr to !llvm.ptr<1>
      %227 = llvm.trunc %212 : i64 to i32
      %228 = llvm.mul %227, %37 : i32
      %229 = llvm.lshr %228, %38 : i32
      nvvm.cp.async.shared.global %218, %226, 16, cache =  cg, %229 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %230 = llvm.getelementptr %71[%217] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %231 = llvm.getelementptr %arg3[%224] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %232 = llvm.addrspacecast %231 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %230, %232, 16, cache =  cg, %229 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %233 = llvm.add %206, %36 : i64
      %234 = llvm.add %209, %36 : i64
      %235 = llvm.intr.smin(%234, %205) : (i64, i64) -> i64
      %236 = llvm.icmp "ult" %234, %86 : i64
      %237 = llvm.select %236, %34, %46 : i1, i64
      %238 = llvm.urem %235, %43 : i64
      %239 = llvm.mul %233, %41 : i64
      %240 = llvm.add %214, %239 : i64
      %241 = llvm.add %240, %101 : i64
      %242 = llvm.getelementptr %11[%241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %243 = llvm.mul %199, %40 : i64
      %244 = llvm.mul %238, %39 : i64
      %245 = llvm.add %243, %244 : i64
      %246 = llvm.add %245, %222 : i64
      %247 = llvm.add %246, %101 : i64
      %248 = llvm.getelementptr %arg2[%247] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %249 = llvm.addrspacecast %248 : !llvm.ptr to !llvm.ptr<1>
      %250 = llvm.trunc %237 : i64 to i32
      %251 = llvm.mul %250, %37 : i32
      %252 = llvm.lshr %251, %38 : i32
      nvvm.cp.async.shared.global %242, %249, 16, cache =  cg, %252 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %253 = llvm.getelementptr %71[%241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %254 = llvm.getelementptr %arg3[%247] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %255 = llvm.addrspacecast %254 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %253, %255, 16, cache =  cg, %252 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      llvm.br ^bb11
    ^bb11:  // 2 preds: ^bb9, ^bb10
      nvvm.cp.async.commit.group
      %256 = llvm.add %194, %29 : i64
      %257 = llvm.sub %86, %36 : i64
      %258 = llvm.mul %111, %29 : i64
      %259 = llvm.mul %256, %43 : i64
      %260 = llvm.add %83, %259 : i64
      %261 = llvm.add %260, %258 : i64
      %262 = llvm.intr.smin(%261, %257) : (i64, i64) -> i64
      %263 = llvm.udiv %262, %43 : i64
      %264 = llvm.add %96, %263 : i64
      %265 = llvm.getelementptr inbounds|nuw %arg5[%264] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %266 = llvm.load %265 : !llvm.ptr -> i32
      %267 = llvm.sext %266 : i32 to i64
      %268 = llvm.add %258, %36 : i64
      %269 = llvm.add %260, %268 : i64
      %270 = llvm.intr.smin(%269, %257) : (i64, i64) -> i64
      %271 = llvm.udiv %270, %43 : i64
      %272 = llvm.add %96, %271 : i64
      %273 = llvm.getelementptr inbounds|nuw %arg5[%272] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %274 = llvm.load %273 : !llvm.ptr -> i32
      %275 = llvm.sext %274 : i32 to i64
      nvvm.cp.async.wait.group 1
      nvvm.barrier0
      %276 = llvm.mul %194, %43 : i64
      %277 = llvm.add %83, %276 : i64
      %278 = llvm.mul %66, %34 : i64
      %279 = llvm.mul %201, %42 : i64
      %280 = llvm.mul %278, %41 : i64
      %281 = llvm.add %279, %280 : i64
      %282 = llvm.add %281, %101 : i64
      %283 = llvm.getelementptr %11[%282] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %284 = llvm.load %283 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %285 = llvm.fpext %284 : vector<8xbf16> to vector<8xf32>
      %286 = llvm.add %277, %278 : i64
      %287 = llvm.icmp "ult" %286, %86 : i64
      %288 = llvm.extractelement %109[%12 : i64] : vector<8xf32>
      %289 = llvm.extractelement %285[%12 : i64] : vector<8xf32>
      %290 = llvm.fmul %288, %289 : f32
      %291 = llvm.extractelement %109[%13 : i64] : vector<8xf32>
      %292 = llvm.extractelement %285[%13 : i64] : vector<8xf32>
      %293 = llvm.call @__nv_fmaf(%291, %292, %290) : (f32, f32, f32) -> f32
      %294 = llvm.extractelement %109[%8 : i64] : vector<8xf32>
      %295 = llvm.extractelement %285[%8 : i64] : vector<8xf32>
      %296 = llvm.call @__nv_fmaf(%294, %295, %293) : (f32, f32, f32) -> f32
      %297 = llvm.extractelement %109[%7 : i64] : vector<8xf32>
      %298 = llvm.extractelement %285[%7 : i64] : vector<8xf32>
      %299 = llvm.call @__nv_fmaf(%297, %298, %296) : (f32, f32, f32) -> f32
      %300 = llvm.extractelement %109[%6 : i64] : vector<8xf32>
      %301 = llvm.extractelement %285[%6 : i64] : vector<8xf32>
      %302 = llvm.call @__nv_fmaf(%300, %301, %299) : (f32, f32, f32) -> f32
      %303 = llvm.extractelement %109[%5 : i64] : vector<8xf32>
      %304 = llvm.extractelement %285[%5 : i64] : vector<8xf32>
      %305 = llvm.call @__nv_fmaf(%303, %304, %302) : (f32, f32, f32) -> f32
      %306 = llvm.extractelement %109[%4 : i64] : vector<8xf32>
      %307 = llvm.extractelement %285[%4 : i64] : vector<8xf32>
      %308 = llvm.call @__nv_fmaf(%306, %307, %305) : (f32, f32, f32) -> f32
      %309 = llvm.extractelement %109[%3 : i64] : vector<8xf32>
      %310 = llvm.extractelement %285[%3 : i64] : vector<8xf32>
      %311 = llvm.call @__nv_fmaf(%309, %310, %308) : (f32, f32, f32) -> f32
      %312 = llvm.sub %27, %27 : i32
      %313 = llvm.lshr %2, %312 : i32
      %314 = llvm.sub %27, %24 : i32
      %315 = nvvm.shfl.sync  bfly %313, %311, %28, %314 : f32 -> f32
      %316 = llvm.fadd %311, %315 : f32
      %317 = nvvm.shfl.sync  bfly %313, %316, %26, %314 : f32 -> f32
      %318 = llvm.fadd %316, %317 : f32
      %319 = nvvm.shfl.sync  bfly %313, %318, %25, %314 : f32 -> f32
      %320 = llvm.fadd %318, %319 : f32
      %321 = nvvm.shfl.sync  bfly %313, %320, %24, %314 : f32 -> f32
      %322 = llvm.fadd %320, %321 : f32
      %323 = llvm.select %287, %322, %32 : i1, f32
      %324 = llvm.add %278, %36 : i64
      %325 = llvm.mul %324, %41 : i64
      %326 = llvm.add %279, %325 : i64
      %327 = llvm.add %326, %101 : i64
      %328 = llvm.getelementptr %11[%327] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %329 = llvm.load %328 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %330 = llvm.fpext %329 : vector<8xbf16> to vector<8xf32>
      %331 = llvm.add %277, %324 : i64
      %332 = llvm.icmp "ult" %331, %86 : i64
      %333 = llvm.extractelement %330[%12 : i64] : vector<8xf32>
      %334 = llvm.fmul %288, %333 : f32
      %335 = llvm.extractelement %330[%13 : i64] : vector<8xf32>
      %336 = llvm.call @__nv_fmaf(%291, %335, %334) : (f32, f32, f32) -> f32
      %337 = llvm.extractelement %330[%8 : i64] : vector<8xf32>
      %338 = llvm.call @__nv_fmaf(%294, %337, %336) : (f32, f32, f32) -> f32
      %339 = llvm.extractelement %330[%7 : i64] : vector<8xf32>
      %340 = llvm.call @__nv_fmaf(%297, %339, %338) : (f32, f32, f32) -> f32
      %341 = llvm.extractelement %330[%6 : i64] : vector<8xf32>
      %342 = llvm.call @__nv_fmaf(%300, %341, %340) : (f32, f32, f32) -> f32
      %343 = llvm.extractelement %330[%5 : i64] : vector<8xf32>
      %344 = llvm.call @__nv_fmaf(%303, %343, %342) : (f32, f32, f32) -> f32
      %345 = llvm.extractelement %330[%4 : i64] : vector<8xf32>
      %346 = llvm.call @__nv_fmaf(%306, %345, %344) : (f32, f32, f32) -> f32
      %347 = llvm.extractelement %330[%3 : i64] : vector<8xf32>
      %348 = llvm.call @__nv_fmaf(%309, %347, %346) : (f32, f32, f32) -> f32
      %349 = nvvm.shfl.sync  bfly %313, %348, %28, %314 : f32 -> f32
      %350 = llvm.fadd %348, %349 : f32
      %351 = nvvm.shfl.sync  bfly %313, %350, %26, %314 : f32 -> f32
      %352 = llvm.fadd %350, %351 : f32
      %353 = nvvm.shfl.sync  bfly %313, %352, %25, %314 : f32 -> f32
      %354 = llvm.fadd %352, %353 : f32
      %355 = nvvm.shfl.sync  bfly %313, %354, %24, %314 : f32 -> f32
      %356 = llvm.fadd %354, %355 : f32
      %357 = llvm.select %332, %356, %32 : i1, f32
      %358 = llvm.add %278, %29 : i64
      %359 = llvm.mul %358, %41 : i64
      %360 = llvm.add %279, %359 : i64
      %361 = llvm.add %360, %101 : i64
      %362 = llvm.getelementptr %11[%361] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %363 = llvm.load %362 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %364 = llvm.fpext %363 : vector<8xbf16> to vector<8xf32>
      %365 = llvm.add %277, %358 : i64
      %366 = llvm.icmp "ult" %365, %86 : i64
      %367 = llvm.extractelement %364[%12 : i64] : vector<8xf32>
      %368 = llvm.fmul %288, %367 : f32
      %369 = llvm.extractelement %364[%13 : i64] : vector<8xf32>
      %370 = llvm.call @__nv_fmaf(%291, %369, %368) : (f32, f32, f32) -> f32
      %371 = llvm.extractelement %364[%8 : i64] : vector<8xf32>
      %372 = llvm.call @__nv_fmaf(%294, %371, %370) : (f32, f32, f32) -> f32
      %373 = llvm.extractelement %364[%7 : i64] : vector<8xf32>
      %374 = llvm.call @__nv_fmaf(%297, %373, %372) : (f32, f32, f32) -> f32
      %375 = llvm.extractelement %364[%6 : i64] : vector<8xf32>
      %376 = llvm.call @__nv_fmaf(%300, %375, %374) : (f32, f32, f32) -> f32
      %377 = llvm.extractelement %364[%5 : i64] : vector<8xf32>
      %378 = llvm.call @__nv_fmaf(%303, %377, %376) : (f32, f32, f32) -> f32
      %379 = llvm.extractelement %364[%4 : i64] : vector<8xf32>
      %380 = llvm.call @__nv_fmaf(%306, %379, %378) : (f32, f32, f32) -> f32
      %381 = llvm.extractelement %364[%3 : i64] : vector<8xf32>
      %382 = llvm.call @__nv_fmaf(%309, %381, %380) : (f32, f32, f32) -> f32
      %383 = nvvm.shfl.sync  bfly %313, %382, %28, %314 : f32 -> f32
      %384 = llvm.fadd %382, %383 : f32
      %385 = nvvm.shfl.sync  bfly %313, %384, %26, %314 : f32 -> f32
      %386 = llvm.fadd %384, %385 : f32
      %387 = nvvm.shfl.sync  bfly %313, %386, %25, %314 : f32 -> f32
      %388 = llvm.fadd %386, %387 : f32
      %389 = nvvm.shfl.sync  bfly %313, %388, %24, %314 : f32 -> f32
      %390 = llvm.fadd %388, %389 : f32
      %391 = llvm.select %366, %390, %32 : i1, f32
      %392 = llvm.add %278, %23 : i64
      %393 = llvm.mul %392, %41 : i64
      %394 = llvm.add %279, %393 : i64
      %395 = llvm.add %394, %101 : i64
      %396 = llvm.getelementptr %11[%395] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %397 = llvm.load %396 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %398 = llvm.fpext %397 : vector<8xbf16> to vector<8xf32>
      %399 = llvm.add %277, %392 : i64
      %400 = llvm.icmp "ult" %399, %86 : i64
      %401 = llvm.extractelement %398[%12 : i64] : vector<8xf32>
      %402 = llvm.fmul %288, %401 : f32
      %403 = llvm.extractelement %398[%13 : i64] : vector<8xf32>
      %404 = llvm.call @__nv_fmaf(%291, %403, %402) : (f32, f32, f32) -> f32
      %405 = llvm.extractelement %398[%8 : i64] : vector<8xf32>
      %406 = llvm.call @__nv_fmaf(%294, %405, %404) : (f32, f32, f32) -> f32
      %407 = llvm.extractelement %398[%7 : i64] : vector<8xf32>
      %408 = llvm.call @__nv_fmaf(%297, %407, %406) : (f32, f32, f32) -> f32
      %409 = llvm.extractelement %398[%6 : i64] : vector<8xf32>
      %410 = llvm.call @__nv_fmaf(%300, %409, %408) : (f32, f32, f32) -> f32
      %411 = llvm.extractelement %398[%5 : i64] : vector<8xf32>
      %412 = llvm.call @__nv_fmaf(%303, %411, %410) : (f32, f32, f32) -> f32
      %413 = llvm.extractelement %398[%4 : i64] : vector<8xf32>
      %414 = llvm.call @__nv_fmaf(%306, %413, %412) : (f32, f32, f32) -> f32
      %415 = llvm.extractelement %398[%3 : i64] : vector<8xf32>
      %416 = llvm.call @__nv_fmaf(%309, %415, %414) : (f32, f32, f32) -> f32
      %417 = nvvm.shfl.sync  bfly %313, %416, %28, %314 : f32 -> f32
      %418 = llvm.fadd %416, %417 : f32
      %419 = nvvm.shfl.sync  bfly %313, %418, %26, %314 : f32 -> f32
      %420 = llvm.fadd %418, %419 : f32
      %421 = nvvm.shfl.sync  bfly %313, %420, %25, %314 : f32 -> f32
      %422 = llvm.fadd %420, %421 : f32
      %423 = nvvm.shfl.sync  bfly %313, %422, %24, %314 : f32 -> f32
      %424 = llvm.fadd %422, %423 : f32
      %425 = llvm.select %400, %424, %32 : i1, f32
      %426 = llvm.add %278, %44 : i64
      %427 = llvm.mul %426, %41 : i64
      %428 = llvm.add %279, %427 : i64
      %429 = llvm.add %428, %101 : i64
      %430 = llvm.getelementptr %11[%429] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %431 = llvm.load %430 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %432 = llvm.fpext %431 : vector<8xbf16> to vector<8xf32>
      %433 = llvm.add %277, %426 : i64
      %434 = llvm.icmp "ult" %433, %86 : i64
      %435 = llvm.extractelement %432[%12 : i64] : vector<8xf32>
      %436 = llvm.fmul %288, %435 : f32
      %437 = llvm.extractelement %432[%13 : i64] : vector<8xf32>
      %438 = llvm.call @__nv_fmaf(%291, %437, %436) : (f32, f32, f32) -> f32
      %439 = llvm.extractelement %432[%8 : i64] : vector<8xf32>
      %440 = llvm.call @__nv_fmaf(%294, %439, %438) : (f32, f32, f32) -> f32
      %441 = llvm.extractelement %432[%7 : i64] : vector<8xf32>
      %442 = llvm.call @__nv_fmaf(%297, %441, %440) : (f32, f32, f32) -> f32
      %443 = llvm.extractelement %432[%6 : i64] : vector<8xf32>
      %444 = llvm.call @__nv_fmaf(%300, %443, %442) : (f32, f32, f32) -> f32
      %445 = llvm.extractelement %432[%5 : i64] : vector<8xf32>
      %446 = llvm.call @__nv_fmaf(%303, %445, %444) : (f32, f32, f32) -> f32
      %447 = llvm.extractelement %432[%4 : i64] : vector<8xf32>
      %448 = llvm.call @__nv_fmaf(%306, %447, %446) : (f32, f32, f32) -> f32
      %449 = llvm.extractelement %432[%3 : i64] : vector<8xf32>
      %450 = llvm.call @__nv_fmaf(%309, %449, %448) : (f32, f32, f32) -> f32
      %451 = nvvm.shfl.sync  bfly %313, %450, %28, %314 : f32 -> f32
      %452 = llvm.fadd %450, %451 : f32
      %453 = nvvm.shfl.sync  bfly %313, %452, %26, %314 : f32 -> f32
      %454 = llvm.fadd %452, %453 : f32
      %455 = nvvm.shfl.sync  bfly %313, %454, %25, %314 : f32 -> f32
      %456 = llvm.fadd %454, %455 : f32
      %457 = nvvm.shfl.sync  bfly %313, %456, %24, %314 : f32 -> f32
      %458 = llvm.fadd %456, %457 : f32
      %459 = llvm.select %434, %458, %32 : i1, f32
      %460 = llvm.add %278, %22 : i64
      %461 = llvm.mul %460, %41 : i64
      %462 = llvm.add %279, %461 : i64
      %463 = llvm.add %462, %101 : i64
      %464 = llvm.getelementptr %11[%463] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %465 = llvm.load %464 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %466 = llvm.fpext %465 : vector<8xbf16> to vector<8xf32>
      %467 = llvm.add %277, %460 : i64
      %468 = llvm.icmp "ult" %467, %86 : i64
      %469 = llvm.extractelement %466[%12 : i64] : vector<8xf32>
      %470 = llvm.fmul %288, %469 : f32
      %471 = llvm.extractelement %466[%13 : i64] : vector<8xf32>
      %472 = llvm.call @__nv_fmaf(%291, %471, %470) : (f32, f32, f32) -> f32
      %473 = llvm.extractelement %466[%8 : i64] : vector<8xf32>
      %474 = llvm.call @__nv_fmaf(%294, %473, %472) : (f32, f32, f32) -> f32
      %475 = llvm.extractelement %466[%7 : i64] : vector<8xf32>
      %476 = llvm.call @__nv_fmaf(%297, %475, %474) : (f32, f32, f32) -> f32
      %477 = llvm.extractelement %466[%6 : i64] : vector<8xf32>
      %478 = llvm.call @__nv_fmaf(%300, %477, %476) : (f32, f32, f32) -> f32
      %479 = llvm.extractelement %466[%5 : i64] : vector<8xf32>
      %480 = llvm.call @__nv_fmaf(%303, %479, %478) : (f32, f32, f32) -> f32
      %481 = llvm.extractelement %466[%4 : i64] : vector<8xf32>
      %482 = llvm.call @__nv_fmaf(%306, %481, %480) : (f32, f32, f32) -> f32
      %483 = llvm.extractelement %466[%3 : i64] : vector<8xf32>
      %484 = llvm.call @__nv_fmaf(%309, %483, %482) : (f32, f32, f32) -> f32
      %485 = nvvm.shfl.sync  bfly %313, %484, %28, %314 : f32 -> f32
      %486 = llvm.fadd %484, %485 : f32
      %487 = nvvm.shfl.sync  bfly %313, %486, %26, %314 : f32 -> f32
      %488 = llvm.fadd %486, %487 : f32
      %489 = nvvm.shfl.sync  bfly %313, %488, %25, %314 : f32 -> f32
      %490 = llvm.fadd %488, %489 : f32
      %491 = nvvm.shfl.sync  bfly %313, %490, %24, %314 : f32 -> f32
      %492 = llvm.fadd %490, %491 : f32
      %493 = llvm.select %468, %492, %32 : i1, f32
      %494 = llvm.add %278, %21 : i64
      %495 = llvm.mul %494, %41 : i64
      %496 = llvm.add %279, %495 : i64
      %497 = llvm.add %496, %101 : i64
      %498 = llvm.getelementptr %11[%497] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %499 = llvm.load %498 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %500 = llvm.fpext %499 : vector<8xbf16> to vector<8xf32>
      %501 = llvm.add %277, %494 : i64
      %502 = llvm.icmp "ult" %501, %86 : i64
      %503 = llvm.extractelement %500[%12 : i64] : vector<8xf32>
      %504 = llvm.fmul %288, %503 : f32
      %505 = llvm.extractelement %500[%13 : i64] : vector<8xf32>
      %506 = llvm.call @__nv_fmaf(%291, %505, %504) : (f32, f32, f32) -> f32
      %507 = llvm.extractelement %500[%8 : i64] : vector<8xf32>
      %508 = llvm.call @__nv_fmaf(%294, %507, %506) : (f32, f32, f32) -> f32
      %509 = llvm.extractelement %500[%7 : i64] : vector<8xf32>
      %510 = llvm.call @__nv_fmaf(%297, %509, %508) : (f32, f32, f32) -> f32
      %511 = llvm.extractelement %500[%6 : i64] : vector<8xf32>
      %512 = llvm.call @__nv_fmaf(%300, %511, %510) : (f32, f32, f32) -> f32
      %513 = llvm.extractelement %500[%5 : i64] : vector<8xf32>
      %514 = llvm.call @__nv_fmaf(%303, %513, %512) : (f32, f32, f32) -> f32
      %515 = llvm.extractelement %500[%4 : i64] : vector<8xf32>
      %516 = llvm.call @__nv_fmaf(%306, %515, %514) : (f32, f32, f32) -> f32
      %517 = llvm.extractelement %500[%3 : i64] : vector<8xf32>
      %518 = llvm.call @__nv_fmaf(%309, %517, %516) : (f32, f32, f32) -> f32
      %519 = nvvm.shfl.sync  bfly %313, %518, %28, %314 : f32 -> f32
      %520 = llvm.fadd %518, %519 : f32
      %521 = nvvm.shfl.sync  bfly %313, %520, %26, %314 : f32 -> f32
      %522 = llvm.fadd %520, %521 : f32
      %523 = nvvm.shfl.sync  bfly %313, %522, %25, %314 : f32 -> f32
      %524 = llvm.fadd %522, %523 : f32
      %525 = nvvm.shfl.sync  bfly %313, %524, %24, %314 : f32 -> f32
      %526 = llvm.fadd %524, %525 : f32
      %527 = llvm.select %502, %526, %32 : i1, f32
      %528 = llvm.add %278, %20 : i64
      %529 = llvm.mul %528, %41 : i64
      %530 = llvm.add %279, %529 : i64
      %531 = llvm.add %530, %101 : i64
      %532 = llvm.getelementptr %11[%531] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %533 = llvm.load %532 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %534 = llvm.fpext %533 : vector<8xbf16> to vector<8xf32>
      %535 = llvm.add %277, %528 : i64
      %536 = llvm.icmp "ult" %535, %86 : i64
      %537 = llvm.extractelement %534[%12 : i64] : vector<8xf32>
      %538 = llvm.fmul %288, %537 : f32
      %539 = llvm.extractelement %534[%13 : i64] : vector<8xf32>
      %540 = llvm.call @__nv_fmaf(%291, %539, %538) : (f32, f32, f32) -> f32
      %541 = llvm.extractelement %534[%8 : i64] : vector<8xf32>
      %542 = llvm.call @__nv_fmaf(%294, %541, %540) : (f32, f32, f32) -> f32
      %543 = llvm.extractelement %534[%7 : i64] : vector<8xf32>
      %544 = llvm.call @__nv_fmaf(%297, %543, %542) : (f32, f32, f32) -> f32
      %545 = llvm.extractelement %534[%6 : i64] : vector<8xf32>
      %546 = llvm.call @__nv_fmaf(%300, %545, %544) : (f32, f32, f32) -> f32
      %547 = llvm.extractelement %534[%5 : i64] : vector<8xf32>
      %548 = llvm.call @__nv_fmaf(%303, %547, %546) : (f32, f32, f32) -> f32
      %549 = llvm.extractelement %534[%4 : i64] : vector<8xf32>
      %550 = llvm.call @__nv_fmaf(%306, %549, %548) : (f32, f32, f32) -> f32
      %551 = llvm.extractelement %534[%3 : i64] : vector<8xf32>
      %552 = llvm.call @__nv_fmaf(%309, %551, %550) : (f32, f32, f32) -> f32
      %553 = nvvm.shfl.sync  bfly %313, %552, %28, %314 : f32 -> f32
      %554 = llvm.fadd %552, %553 : f32
      %555 = nvvm.shfl.sync  bfly %313, %554, %26, %314 : f32 -> f32
      %556 = llvm.fadd %554, %555 : f32
      %557 = nvvm.shfl.sync  bfly %313, %556, %25, %314 : f32 -> f32
      %558 = llvm.fadd %556, %557 : f32
      %559 = nvvm.shfl.sync  bfly %313, %558, %24, %314 : f32 -> f32
      %560 = llvm.fadd %558, %559 : f32
      %561 = llvm.select %536, %560, %32 : i1, f32
      %562 = llvm.getelementptr %71[%282] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %563 = llvm.load %562 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %564 = llvm.fpext %563 : vector<8xbf16> to vector<8xf32>
      %565 = llvm.getelementptr %71[%327] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %566 = llvm.load %565 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %567 = llvm.fpext %566 : vector<8xbf16> to vector<8xf32>
      %568 = llvm.getelementptr %71[%361] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %569 = llvm.load %568 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %570 = llvm.fpext %569 : vector<8xbf16> to vector<8xf32>
      %571 = llvm.getelementptr %71[%395] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %572 = llvm.load %571 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %573 = llvm.fpext %572 : vector<8xbf16> to vector<8xf32>
      %574 = llvm.getelementptr %71[%429] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %575 = llvm.load %574 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %576 = llvm.fpext %575 : vector<8xbf16> to vector<8xf32>
      %577 = llvm.getelementptr %71[%463] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %578 = llvm.load %577 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %579 = llvm.fpext %578 : vector<8xbf16> to vector<8xf32>
      %580 = llvm.getelementptr %71[%497] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %581 = llvm.load %580 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %582 = llvm.fpext %581 : vector<8xbf16> to vector<8xf32>
      %583 = llvm.getelementptr %71[%531] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %584 = llvm.load %583 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %585 = llvm.fpext %584 : vector<8xbf16> to vector<8xf32>
      %586 = llvm.intr.maximum(%195, %323) : (f32, f32) -> f32
      %587 = llvm.intr.maximum(%586, %357) : (f32, f32) -> f32
      %588 = llvm.intr.maximum(%587, %391) : (f32, f32) -> f32
      %589 = llvm.intr.maximum(%588, %425) : (f32, f32) -> f32
      %590 = llvm.intr.maximum(%589, %459) : (f32, f32) -> f32
      %591 = llvm.intr.maximum(%590, %493) : (f32, f32) -> f32
      %592 = llvm.intr.maximum(%591, %527) : (f32, f32) -> f32
      %593 = llvm.intr.maximum(%592, %561) : (f32, f32) -> f32
      %594 = llvm.fcmp "oeq" %593, %32 : f32
      %595 = llvm.select %594, %31, %593 : i1, f32
      %596 = llvm.fsub %195, %595 : f32
      %597 = llvm.call @__nv_exp2f(%596) : (f32) -> f32
      %598 = llvm.fmul %196, %597 : f32
      %599 = llvm.insertelement %597, %1[%19 : i32] : vector<8xf32>
      %600 = llvm.shufflevector %599, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %601 = llvm.fmul %197, %600 : vector<8xf32>
      %602 = llvm.fsub %323, %595 : f32
      %603 = llvm.call @__nv_exp2f(%602) : (f32) -> f32
      %604 = llvm.fadd %598, %603 : f32
      %605 = llvm.insertelement %603, %1[%19 : i32] : vector<8xf32>
      %606 = llvm.shufflevector %605, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %607 = llvm.intr.fmuladd(%606, %564, %601) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %608 = llvm.fsub %357, %595 : f32
      %609 = llvm.call @__nv_exp2f(%608) : (f32) -> f32
      %610 = llvm.fadd %604, %609 : f32
      %611 = llvm.insertelement %609, %1[%19 : i32] : vector<8xf32>
      %612 = llvm.shufflevector %611, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %613 = llvm.intr.fmuladd(%612, %567, %607) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %614 = llvm.fsub %391, %595 : f32
      %615 = llvm.call @__nv_exp2f(%614) : (f32) -> f32
      %616 = llvm.fadd %610, %615 : f32
      %617 = llvm.insertelement %615, %1[%19 : i32] : vector<8xf32>
      %618 = llvm.shufflevector %617, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %619 = llvm.intr.fmuladd(%618, %570, %613) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %620 = llvm.fsub %425, %595 : f32
      %621 = llvm.call @__nv_exp2f(%620) : (f32) -> f32
      %622 = llvm.fadd %616, %621 : f32
      %623 = llvm.insertelement %621, %1[%19 : i32] : vector<8xf32>
      %624 = llvm.shufflevector %623, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %625 = llvm.intr.fmuladd(%624, %573, %619) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %626 = llvm.fsub %459, %595 : f32
      %627 = llvm.call @__nv_exp2f(%626) : (f32) -> f32
      %628 = llvm.fadd %622, %627 : f32
      %629 = llvm.insertelement %627, %1[%19 : i32] : vector<8xf32>
      %630 = llvm.shufflevector %629, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %631 = llvm.intr.fmuladd(%630, %576, %625) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %632 = llvm.fsub %493, %595 : f32
      %633 = llvm.call @__nv_exp2f(%632) : (f32) -> f32
      %634 = llvm.fadd %628, %633 : f32
      %635 = llvm.insertelement %633, %1[%19 : i32] : vector<8xf32>
      %636 = llvm.shufflevector %635, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %637 = llvm.intr.fmuladd(%636, %579, %631) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %638 = llvm.fsub %527, %595 : f32
      %639 = llvm.call @__nv_exp2f(%638) : (f32) -> f32
      %640 = llvm.fadd %634, %639 : f32
      %641 = llvm.insertelement %639, %1[%19 : i32] : vector<8xf32>
      %642 = llvm.shufflevector %641, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %643 = llvm.intr.fmuladd(%642, %582, %637) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %644 = llvm.fsub %561, %595 : f32
      %645 = llvm.call @__nv_exp2f(%644) : (f32) -> f32
      %646 = llvm.fadd %640, %645 : f32
      %647 = llvm.insertelement %645, %1[%19 : i32] : vector<8xf32>
      %648 = llvm.shufflevector %647, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %649 = llvm.intr.fmuladd(%648, %585, %643) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      nvvm.barrier0
      llvm.br ^bb8(%202, %593, %646, %649, %267, %275 : i64, f32, f32, vector<8xf32>, i64, i64)
    ^bb12:  // pred: ^bb8
      nvvm.cp.async.wait.group 0
      %650 = llvm.icmp "eq" %66, %46 : i64
      %651 = llvm.icmp "eq" %63, %46 : i64
      %652 = llvm.mul %66, %10 : i64
      %653 = llvm.mul %65, %41 : i64
      %654 = llvm.add %652, %653 : i64
      %655 = llvm.add %654, %101 : i64
      %656 = llvm.getelementptr %72[%655] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      llvm.store %197, %656 {alignment = 16 : i64} : vector<8xf32>, !llvm.ptr<3>
      llvm.cond_br %651, ^bb13, ^bb14
    ^bb13:  // pred: ^bb12
      %657 = llvm.mul %66, %44 overflow<nsw, nuw> : i64
      %658 = llvm.add %657, %65 overflow<nsw, nuw> : i64
      %659 = llvm.getelementptr inbounds|nuw %73[%658] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      llvm.store %195, %659 : f32, !llvm.ptr<3>
      %660 = llvm.getelementptr inbounds|nuw %74[%658] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      llvm.store %196, %660 : f32, !llvm.ptr<3>
      llvm.br ^bb14
    ^bb14:  // 2 preds: ^bb12, ^bb13
      nvvm.barrier0
      llvm.cond_br %650, ^bb15, ^bb21
    ^bb15:  // pred: ^bb14
      %661 = llvm.mul %46, %44 overflow<nsw, nuw> : i64
      %662 = llvm.add %661, %65 overflow<nsw, nuw> : i64
      %663 = llvm.getelementptr inbounds|nuw %73[%662] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %664 = llvm.load %663 : !llvm.ptr<3> -> f32
      %665 = llvm.getelementptr inbounds|nuw %74[%662] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %666 = llvm.load %665 : !llvm.ptr<3> -> f32
      %667 = llvm.mul %46, %10 : i64
      %668 = llvm.add %667, %653 : i64
      %669 = llvm.add %668, %101 : i64
      %670 = llvm.getelementptr %72[%669] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %671 = llvm.load %670 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xf32>
      %672 = llvm.fcmp "oeq" %664, %32 : f32
      %673 = llvm.select %672, %31, %664 : i1, f32
      %674 = llvm.fsub %32, %673 : f32
      %675 = llvm.call @__nv_exp2f(%674) : (f32) -> f32
      %676 = llvm.fsub %664, %673 : f32
      %677 = llvm.call @__nv_exp2f(%676) : (f32) -> f32
      %678 = llvm.fmul %675, %31 : f32
      %679 = llvm.fmul %666, %677 : f32
      %680 = llvm.fadd %678, %679 : f32
      %681 = llvm.insertelement %677, %1[%19 : i32] : vector<8xf32>
      %682 = llvm.shufflevector %681, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %683 = llvm.insertelement %675, %1[%19 : i32] : vector<8xf32>
      %684 = llvm.shufflevector %683, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %685 = llvm.fmul %684, %30 : vector<8xf32>
      %686 = llvm.intr.fmuladd(%682, %671, %685) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %687 = llvm.mul %36, %44 overflow<nsw, nuw> : i64
      %688 = llvm.add %687, %65 overflow<nsw, nuw> : i64
      %689 = llvm.getelementptr inbounds|nuw %73[%688] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %690 = llvm.load %689 : !llvm.ptr<3> -> f32
      %691 = llvm.getelementptr inbounds|nuw %74[%688] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %692 = llvm.load %691 : !llvm.ptr<3> -> f32
      %693 = llvm.mul %36, %10 : i64
      %694 = llvm.add %693, %653 : i64
      %695 = llvm.add %694, %101 : i64
      %696 = llvm.getelementptr %72[%695] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %697 = llvm.load %696 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xf32>
      %698 = llvm.intr.maximum(%664, %690) : (f32, f32) -> f32
      %699 = llvm.fcmp "oeq" %698, %32 : f32
      %700 = llvm.select %699, %31, %698 : i1, f32
      %701 = llvm.fsub %664, %700 : f32
      %702 = llvm.call @__nv_exp2f(%701) : (f32) -> f32
      %703 = llvm.fsub %690, %700 : f32
      %704 = llvm.call @__nv_exp2f(%703) : (f32) -> f32
      %705 = llvm.fmul %680, %702 : f32
      %706 = llvm.fmul %692, %704 : f32
      %707 = llvm.fadd %705, %706 : f32
      %708 = llvm.insertelement %704, %1[%19 : i32] : vector<8xf32>
      %709 = llvm.shufflevector %708, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %710 = llvm.insertelement %702, %1[%19 : i32] : vector<8xf32>
      %711 = llvm.shufflevector %710, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %712 = llvm.fmul %686, %711 : vector<8xf32>
      %713 = llvm.intr.fmuladd(%709, %697, %712) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %714 = llvm.icmp "slt" %88, %19 : i32
      %715 = llvm.fcmp "ogt" %707, %31 : f32
      %716 = llvm.select %715, %707, %18 : i1, f32
      %717 = llvm.insertelement %716, %1[%19 : i32] : vector<8xf32>
      %718 = llvm.shufflevector %717, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %719 = llvm.fdiv %713, %718 : vector<8xf32>
      %720 = llvm.select %715, %719, %30 : i1, vector<8xf32>
      %721 = llvm.call @__nv_fast_log2f(%716) : (f32) -> f32
      %722 = llvm.fadd %698, %721 : f32
      %723 = llvm.fmul %722, %17 : f32
      %724 = llvm.select %715, %723, %32 : i1, f32
      llvm.cond_br %714, ^bb16, ^bb19
    ^bb16:  // pred: ^bb15
      %725 = llvm.fptrunc %720 : vector<8xf32> to vector<8xbf16>
      %726 = llvm.getelementptr %arg12[%105] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      llvm.store %725, %726 {alignment = 16 : i64} : vector<8xbf16>, !llvm.ptr
      llvm.cond_br %651, ^bb17(%53, %91 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64), ^bb18
    ^bb17(%727: !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, %728: i64):  // 2 preds: ^bb16, ^bb19
      %729 = llvm.extractvalue %727[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %730 = llvm.mul %728, %0 overflow<nsw, nuw> : i64
      %731 = llvm.add %730, %93 overflow<nsw, nuw> : i64
      %732 = llvm.getelementptr inbounds|nuw %729[%731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %724, %732 : f32, !llvm.ptr
      llvm.br ^bb18
    ^bb18:  // 3 preds: ^bb16, ^bb17, ^bb19
      llvm.br ^bb20
    ^bb19:  // pred: ^bb15
      %733 = llvm.sext %88 : i32 to i64
      %734 = llvm.mul %733, %9 : i64
      %735 = llvm.add %734, %103 : i64
      %736 = llvm.add %735, %101 : i64
      %737 = llvm.getelementptr %arg14[%736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %720, %737 {alignment = 16 : i64} : vector<8xf32>, !llvm.ptr
      llvm.cond_br %651, ^bb17(%60, %733 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64), ^bb18
    ^bb20:  // pred: ^bb18
      llvm.br ^bb21
    ^bb21:  // 2 preds: ^bb14, ^bb20
      llvm.br ^bb22
    ^bb22:  // 2 preds: ^bb0, ^bb21
      llvm.return
    }
    llvm.mlir.global internal @__wg_llama3_8b_decode_merge_0() {addr_space = 3 : i32} : !llvm.array<2048 x f32>
    llvm.mlir.global internal @__wg_llama3_8b_decode_merge_1() {addr_space = 3 : i32} : !llvm.array<16 x f32>
    llvm.mlir.global internal @__wg_llama3_8b_decode_merge_2() {addr_space = 3 : i32} : !llvm.array<16 x f32>
    llvm.func @llama3_8b_decode_merge(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: !llvm.ptr, %arg3: !llvm.ptr, %arg4: !llvm.ptr, %arg5: !llvm.ptr) attributes {attn.bdx = 16 : i64, attn.programmatic_dependent, attn.slices = 16 : i64, denormal_fp_math_f32 = "preserve-sign", gpu.kernel, gpu.known_block_size = array<i32: 256, 1, 1>, nvvm.kernel, nvvm.maxntid = array<i32: 256, 1, 1>} {
      %0 = llvm.mlir.constant(0 : i32) : i32
      %1 = llvm.mlir.poison : vector<8xf32>
      %2 = llvm.mlir.constant(4096 : index) : i64
      %3 = llvm.mlir.constant(32 : index) : i64
      %4 = llvm.mlir.constant(0.693147182 : f32) : f32
      %5 = llvm.mlir.constant(1.000000e+00 : f32) : f32
      %6 = llvm.mlir.constant(1.44269502 : f32) : f32
      %7 = llvm.mlir.constant(dense<0.000000e+00> : vector<8xf32>) : vector<8xf32>
      %8 = llvm.mlir.constant(0.000000e+00 : f32) : f32
      %9 = llvm.mlir.constant(0xFF800000 : f32) : f32
      %10 = llvm.mlir.constant(8 : index) : i64
      %11 = llvm.mlir.addressof @__wg_llama3_8b_decode_merge_2 : !llvm.ptr<3>
      %12 = llvm.mlir.addressof @__wg_llama3_8b_decode_merge_1 : !llvm.ptr<3>
      %13 = llvm.mlir.constant(1 : index) : i64
      %14 = llvm.mlir.constant(128 : index) : i64
      %15 = llvm.mlir.constant(16 : index) : i64
      %16 = llvm.mlir.constant(0 : index) : i64
      %17 = llvm.mlir.addressof @__wg_llama3_8b_decode_merge_0 : !llvm.ptr<3>
      %18 = llvm.getelementptr %17[0, 0] : (!llvm.ptr<3>) -> !llvm.ptr<3>, !llvm.array<2048 x f32>
      %19 = llvm.getelementptr %12[0, 0] : (!llvm.ptr<3>) -> !llvm.ptr<3>, !llvm.array<16 x f32>
      %20 = llvm.getelementptr %11[0, 0] : (!llvm.ptr<3>) -> !llvm.ptr<3>, !llvm.array<16 x f32>
      nvvm.griddepcontrol  wait
      %21 = nvvm.read.ptx.sreg.tid.x range <i32, 0, 256> : i32
      %22 = llvm.sext %21 : i32 to i64
      %23 = llvm.urem %22, %15 : i64
      %24 = llvm.udiv %22, %15 : i64
      %25 = nvvm.read.ptx.sreg.ctaid.y : i32
      %26 = llvm.sext %25 : i32 to i64
      %27 = nvvm.read.ptx.sreg.ctaid.x : i32
      %28 = llvm.sext %27 : i32 to i64
      %29 = llvm.mul %23, %10 : i64
      %30 = llvm.load %arg3 : !llvm.ptr -> i32
      %31 = llvm.sext %30 : i32 to i64
      %32 = llvm.icmp "ult" %28, %31 : i64
      llvm.cond_br %32, ^bb1, ^bb16
    ^bb1:  // pred: ^bb0
      %33 = llvm.getelementptr inbounds|nuw %arg2[%28] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %34 = llvm.load %33 : !llvm.ptr -> i32
      %35 = llvm.sext %34 : i32 to i64
      %36 = llvm.add %28, %13 : i64
      %37 = llvm.getelementptr inbounds|nuw %arg2[%36] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %38 = llvm.load %37 : !llvm.ptr -> i32
      %39 = llvm.sext %38 : i32 to i64
      %40 = llvm.icmp "ult" %35, %39 : i64
      llvm.cond_br %40, ^bb2, ^bb15
    ^bb2:  // pred: ^bb1
      %41 = llvm.add %35, %24 : i64
      llvm.br ^bb3(%41, %9, %8, %7 : i64, f32, f32, vector<8xf32>)
    ^bb3(%42: i64, %43: f32, %44: f32, %45: vector<8xf32>):  // 2 preds: ^bb2, ^bb4
      %46 = llvm.icmp "slt" %42, %39 : i64
      llvm.cond_br %46, ^bb4, ^bb5
    ^bb4:  // pred: ^bb3
      %47 = llvm.mul %42, %3 overflow<nsw, nuw> : i64
      %48 = llvm.add %47, %26 overflow<nsw, nuw> : i64
      %49 = llvm.getelementptr inbounds|nuw %arg1[%48] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %50 = llvm.load %49 : !llvm.ptr -> f32
      %51 = llvm.fmul %50, %6 : f32
      %52 = llvm.mul %42, %2 : i64
      %53 = llvm.mul %26, %14 : i64
      %54 = llvm.add %52, %53 : i64
      %55 = llvm.add %54, %29 : i64
      %56 = llvm.getelementptr %arg0[%55] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %57 = llvm.load %56 {alignment = 16 : i64} : !llvm.ptr -> vector<8xf32>
      %58 = llvm.intr.maximum(%43, %51) : (f32, f32) -> f32
      %59 = llvm.fcmp "oeq" %58, %9 : f32
      %60 = llvm.select %59, %8, %58 : i1, f32
      %61 = llvm.fsub %43, %60 : f32
      %62 = llvm.call @__nv_exp2f(%61) : (f32) -> f32
      %63 = llvm.fsub %51, %60 : f32
      %64 = llvm.call @__nv_exp2f(%63) : (f32) -> f32
      %65 = llvm.fmul %44, %62 : f32
      %66 = llvm.fadd %65, %64 : f32
      %67 = llvm.insertelement %64, %1[%0 : i32] : vector<8xf32>
      %68 = llvm.shufflevector %67, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %69 = llvm.insertelement %62, %1[%0 : i32] : vector<8xf32>
      %70 = llvm.shufflevector %69, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %71 = llvm.fmul %45, %70 : vector<8xf32>
      %72 = llvm.intr.fmuladd(%68, %57, %71) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %73 = llvm.add %42, %15 : i64
      llvm.br ^bb3(%73, %58, %66, %72 : i64, f32, f32, vector<8xf32>)
    ^bb5:  // pred: ^bb3
      %74 = llvm.icmp "eq" %24, %16 : i64
      %75 = llvm.mul %24, %14 : i64
      %76 = llvm.mul %16, %14 : i64
      %77 = llvm.add %75, %76 : i64
      %78 = llvm.add %77, %29 : i64
      %79 = llvm.getelementptr %18[%78] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      llvm.store %45, %79 {alignment = 16 : i64} : vector<8xf32>, !llvm.ptr<3>
      %80 = llvm.icmp "eq" %23, %16 : i64
      llvm.cond_br %80, ^bb6, ^bb7
    ^bb6:  // pred: ^bb5
      %81 = llvm.add %24, %16 overflow<nsw, nuw> : i64
      %82 = llvm.getelementptr inbounds|nuw %19[%81] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      llvm.store %43, %82 : f32, !llvm.ptr<3>
      %83 = llvm.getelementptr inbounds|nuw %20[%81] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      llvm.store %44, %83 : f32, !llvm.ptr<3>
      llvm.br ^bb7
    ^bb7:  // 2 preds: ^bb5, ^bb6
      nvvm.barrier0
      llvm.cond_br %74, ^bb8, ^bb14
    ^bb8:  // pred: ^bb7
      %84 = llvm.sub %39, %35 : i64
      %85 = llvm.intr.smin(%84, %15) : (i64, i64) -> i64
      llvm.br ^bb9(%16, %9, %8, %7 : i64, f32, f32, vector<8xf32>)
    ^bb9(%86: i64, %87: f32, %88: f32, %89: vector<8xf32>):  // 2 preds: ^bb8, ^bb10
      %90 = llvm.icmp "slt" %86, %85 : i64
      llvm.cond_br %90, ^bb10, ^bb11
    ^bb10:  // pred: ^bb9
      %91 = llvm.add %86, %16 overflow<nsw, nuw> : i64
      %92 = llvm.getelementptr inbounds|nuw %19[%91] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %93 = llvm.load %92 : !llvm.ptr<3> -> f32
      %94 = llvm.getelementptr inbounds|nuw %20[%91] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %95 = llvm.load %94 : !llvm.ptr<3> -> f32
      %96 = llvm.mul %86, %14 : i64
      %97 = llvm.add %96, %76 : i64
      %98 = llvm.add %97, %29 : i64
      %99 = llvm.getelementptr %18[%98] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %100 = llvm.load %99 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xf32>
      %101 = llvm.intr.maximum(%87, %93) : (f32, f32) -> f32
      %102 = llvm.fcmp "oeq" %101, %9 : f32
      %103 = llvm.select %102, %8, %101 : i1, f32
      %104 = llvm.fsub %87, %103 : f32
      %105 = llvm.call @__nv_exp2f(%104) : (f32) -> f32
      %106 = llvm.fsub %93, %103 : f32
      %107 = llvm.call @__nv_exp2f(%106) : (f32) -> f32
      %108 = llvm.fmul %88, %105 : f32
      %109 = llvm.fmul %95, %107 : f32
      %110 = llvm.fadd %108, %109 : f32
      %111 = llvm.insertelement %107, %1[%0 : i32] : vector<8xf32>
      %112 = llvm.shufflevector %111, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %113 = llvm.insertelement %105, %1[%0 : i32] : vector<8xf32>
      %114 = llvm.shufflevector %113, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %115 = llvm.fmul %89, %114 : vector<8xf32>
      %116 = llvm.intr.fmuladd(%112, %100, %115) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %117 = llvm.add %86, %13 : i64
      llvm.br ^bb9(%117, %101, %110, %116 : i64, f32, f32, vector<8xf32>)
    ^bb11:  // pred: ^bb9
      %118 = llvm.fcmp "ogt" %88, %8 : f32
      %119 = llvm.select %118, %88, %5 : i1, f32
      %120 = llvm.insertelement %119, %1[%0 : i32] : vector<8xf32>
      %121 = llvm.shufflevector %120, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %122 = llvm.fdiv %89, %121 : vector<8xf32>
      %123 = llvm.select %118, %122, %7 : i1, vector<8xf32>
      %124 = llvm.call @__nv_fast_log2f(%119) : (f32) -> f32
      %125 = llvm.fadd %87, %124 : f32
      %126 = llvm.fmul %125, %4 : f32
      %127 = llvm.select %118, %126, %9 : i1, f32
      %128 = llvm.fptrunc %123 : vector<8xf32> to vector<8xbf16>
      %129 = llvm.mul %28, %2 : i64
      %130 = llvm.mul %26, %14 : i64
      %131 = llvm.add %129, %130 : i64
      %132 = llvm.add %131, %29 : i64
      %133 = llvm.getelementptr %arg4[%132] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      llvm.store %128, %133 {alignment = 16 : i64} : vector<8xbf16>, !llvm.ptr
      llvm.cond_br %80, ^bb12, ^bb13
    ^bb12:  // pred: ^bb11
      %134 = llvm.mul %28, %3 overflow<nsw, nuw> : i64
      %135 = llvm.add %134, %26 overflow<nsw, nuw> : i64
      %136 = llvm.getelementptr inbounds|nuw %arg5[%135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %127, %136 : f32, !llvm.ptr
      llvm.br ^bb13
    ^bb13:  // 2 preds: ^bb11, ^bb12
      llvm.br ^bb14
    ^bb14:  // 2 preds: ^bb7, ^bb13
      llvm.br ^bb15
    ^bb15:  // 2 preds: ^bb1, ^bb14
      llvm.br ^bb16
    ^bb16:  // 2 preds: ^bb0, ^bb15
      llvm.return
    }
  }
  attn.kernel_abi @llama3_8b_decode_attention for @llama3_8b_decode_kernels::@llama3_8b_decode_attention {block = array<i32: 128, 1, 1>, dynamic_smem = 21504 : i64, family = "decode", params = [{kind = "ptr", name = "q"}, {kind = "ptr", name = "qo_indptr"}, {kind = "ptr", name = "k_cache"}, {kind = "ptr", name = "v_cache"}, {kind = "ptr", name = "kv_indptr"}, {kind = "ptr", name = "kv_indices"}, {kind = "ptr", name = "kv_last_page_len"}, {kind = "ptr", name = "work_request"}, {kind = "ptr", name = "work_kv_begin"}, {kind = "ptr", name = "work_kv_end"}, {kind = "ptr", name = "work_partial"}, {kind = "ptr", name = "num_work"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}, {kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}], role = "attention", tile = {bdx = 16 : i64, bdy = 4 : i64, bdz = 2 : i64, heads_per_thread = 1 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 16 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  attn.kernel_abi @llama3_8b_decode_merge for @llama3_8b_decode_kernels::@llama3_8b_decode_merge {block = array<i32: 256, 1, 1>, dynamic_smem = 0 : i64, family = "decode", params = [{kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}, {kind = "ptr", name = "merge_indptr"}, {kind = "ptr", name = "num_rows"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}], role = "merge", tile = {bdx = 16 : i64, heads_per_cta = 1 : i64, pdl = 1 : i64, slices = 16 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 16 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  func.func @llama3_8b_decode(%arg0: memref<?x32x128xbf16>, %arg1: memref<?xi32>, %arg2: memref<?x16x8x128xbf16>, %arg3: memref<?x16x8x128xbf16>, %arg4: memref<?xi32>, %arg5: memref<?xi32>, %arg6: memref<?xi32>, %arg7: memref<?x32x128xbf16>, %arg8: memref<?x32xf32>) {
    return
  }
}

