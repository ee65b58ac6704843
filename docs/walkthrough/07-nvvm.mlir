module attributes {gpu.container_module} {
  gpu.module @llama3_8b_decode_kernels [#nvvm.target<O = 3, chip = "sm_90a">] {
    llvm.mlir.global internal @__dynamic_shmem__0() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<0 x i8>
    llvm.func @__nv_fmaf(f32, f32, f32) -> f32
    llvm.func @__nv_exp2f(f32) -> f32
    llvm.func @__nv_fast_log2f(f32) -> f32
    llvm.func @llama3_8b_decode_attention(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: !llvm.ptr, %arg3: !llvm.ptr, %arg4: !llvm.ptr, %arg5: !llvm.ptr, %arg6: !llvm.ptr, %arg7: !llvm.ptr, %arg8: !llvm.ptr, %arg9: !llvm.ptr, %arg10: !llvm.ptr, %arg11: !llvm.ptr, %arg12: !llvm.ptr, %arg13: !llvm.ptr, %arg14: !llvm.ptr, %arg15: !llvm.ptr) attributes {gpu.kernel, gpu.known_block_size = array<i32: 128, 1, 1>, nvvm.kernel, nvvm.maxntid = array<i32: 128, 1, 1>} {
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
      llvm.cond_br %77, ^bb1, ^bb26
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
      %152 = llvm.icmp "ult" %123, %86 : i64
      %153 = llvm.select %152, %34, %46 : i1, i64
      %154 = llvm.urem %124, %43 : i64
      %155 = llvm.mul %122, %41 : i64
      %156 = llvm.add %133, %155 : i64
      %157 = llvm.add %156, %101 : i64
      %158 = llvm.getelementptr %11[%157] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %159 = llvm.mul %129, %40 : i64
      %160 = llvm.mul %154, %39 : i64
      %161 = llvm.add %159, %160 : i64
      %162 = llvm.add %161, %141 : i64
      %163 = llvm.add %162, %101 : i64
      %164 = llvm.getelementptr %arg2[%163] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %165 = llvm.addrspacecast %164 : !llvm.ptr to !llvm.ptr<1>
      %166 = llvm.trunc %153 : i64 to i32
      %167 = llvm.mul %166, %37 : i32
      %168 = llvm.lshr %167, %38 : i32
      nvvm.cp.async.shared.global %158, %165, 16, cache =  cg, %168 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %169 = llvm.getelementptr %71[%157] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %170 = llvm.getelementptr %arg3[%163] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %171 = llvm.addrspacecast %170 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %169, %171, 16, cache =  cg, %168 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      llvm.br ^bb3
    ^bb3:  // 2 preds: ^bb1, ^bb2
      nvvm.cp.async.commit.group
      %172 = llvm.icmp "ugt" %100, %36 : i64
      llvm.cond_br %172, ^bb4, ^bb5
    ^bb4:  // pred: ^bb3
      %173 = llvm.sub %86, %36 : i64
      %174 = llvm.mul %111, %29 : i64
      %175 = llvm.add %83, %43 : i64
      %176 = llvm.add %175, %174 : i64
      %177 = llvm.intr.smin(%176, %173) : (i64, i64) -> i64
      %178 = llvm.udiv %177, %43 : i64
      %179 = llvm.add %96, %178 : i64
      %180 = llvm.getelementptr inbounds|nuw %arg5[%179] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %181 = llvm.load %180 : !llvm.ptr -> i32
      %182 = llvm.sext %181 : i32 to i64
      %183 = llvm.add %174, %36 : i64
      %184 = llvm.add %175, %183 : i64
      %185 = llvm.intr.smin(%184, %173) : (i64, i64) -> i64
      %186 = llvm.udiv %185, %43 : i64
      %187 = llvm.add %96, %186 : i64
      %188 = llvm.getelementptr inbounds|nuw %arg5[%187] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %189 = llvm.load %188 : !llvm.ptr -> i32
      %190 = llvm.sext %189 : i32 to i64
      llvm.br ^bb6(%182, %190 : i64, i64)
    ^bb5:  // pred: ^bb3
      llvm.br ^bb6(%46, %46 : i64, i64)
    ^bb6(%191: i64, %192: i64):  // 2 preds: ^bb4, ^bb5
      llvm.br ^bb7
    ^bb7:  // pred: ^bb6
      llvm.br ^bb8(%46, %32, %31, %30, %191, %192 : i64, f32, f32, vector<8xf32>, i64, i64)
    ^bb8(%193: i64, %194: f32, %195: f32, %196: vector<8xf32>, %197: i64, %198: i64):  // 2 preds: ^bb7, ^bb15
      %199 = llvm.icmp "slt" %193, %100 : i64
      llvm.cond_br %199, ^bb9, ^bb16
    ^bb9:  // pred: ^bb8
      %200 = llvm.urem %193, %29 : i64
      nvvm.cp.async.wait.group 0
      nvvm.barrier0
      %201 = llvm.add %193, %36 : i64
      %202 = llvm.icmp "ult" %201, %100 : i64
      llvm.cond_br %202, ^bb10, ^bb11
    ^bb10:  // pred: ^bb9
      %203 = llvm.urem %201, %29 : i64
      %204 = llvm.sub %86, %36 : i64
      %205 = llvm.mul %111, %29 : i64
      %206 = llvm.mul %201, %43 : i64
      %207 = llvm.add %83, %206 : i64
      %208 = llvm.add %207, %205 : i64
      %209 = llvm.intr.smin(%208, %204) : (i64, i64) -> i64
      %210 = llvm.icmp "ult" %208, %86 : i64
      %211 = llvm.select %210, %34, %46 : i1, i64
      %212 = llvm.urem %209, %43 : i64
      %213 = llvm.mul %203, %42 : i64
      %214 = llvm.mul %205, %41 : i64
      %215 = llvm.add %213, %214 : i64
      %216 = llvm.add %215, %101 : i64
      %217 = llvm.getelementptr %11[%216] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %218 = llvm.mul %197, %40 : i64
      %219 = llvm.mul %212, %39 : i64
      %220 = llvm.add %218, %219 : i64
      %221 = llvm.mul %70, %41 : i64
      %222 = llvm.add %220, %221 : i64
      %223 = llvm.add %222, %101 : i64
      %224 = llvm.getelementptr %arg2[%223] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %225 = llvm.addrspacecast %224 : !llvm.ptr to !llvm.ptr<1>
      %226 = llvm.trunc %211 : i64 to i32
      %227 = llvm.mul %226, %37 : i32
      %228 = llvm.lshr %227, %38 : i32
      nvvm.cp.async.shared.global %217, %225, 16, cache =  cg, %228 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %229 = llvm.getelementptr %71[%216] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %230 = llvm.getelementptr %arg3[%223] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %231 = llvm.addrspacecast %230 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %229, %231, 16, cache =  cg, %228 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %232 = llvm.add %205, %36 : i64
      %233 = llvm.add %207, %232 : i64
      %234 = llvm.intr.smin(%233, %204) : (i64, i64) -> i64
      %235 = llvm.icmp "ult" %233, %86 : i64
      %236 = llvm.select %235, %34, %46 : i1, i64
      %237 = llvm.urem %234, %43 : i64
      %238 = llvm.mul %232, %41 : i64
      %239 = llvm.add %213, %238 : i64
      %240 = llvm.add %239, %101 : i64
      %241 = llvm.getelementptr %11[%240] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %242 = llvm.mul %198, %40 : i64
      %243 = llvm.mul %237, %39 : i64
      %244 = llvm.add %242, %243 : i64
      %245 = llvm.add %244, %221 : i64
      %246 = llvm.add %245, %101 : i64
      %247 = llvm.getelementptr %arg2[%246] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %248 = llvm.addrspacecast %247 : !llvm.ptr to !llvm.ptr<1>
      %249 = llvm.trunc %236 : i64 to i32
      %250 = llvm.mul %249, %37 : i32
      %251 = llvm.lshr %250, %38 : i32
      nvvm.cp.async.shared.global %241, %248, 16, cache =  cg, %251 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %252 = llvm.getelementptr %71[%240] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %253 = llvm.getelementptr %arg3[%246] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %254 = llvm.addrspacecast %253 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %252, %254, 16, cache =  cg, %251 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      llvm.br ^bb11
    ^bb11:  // 2 preds: ^bb9, ^bb10
      nvvm.cp.async.commit.group
      %255 = llvm.add %193, %29 : i64
      %256 = llvm.icmp "ult" %255, %100 : i64
      llvm.cond_br %256, ^bb12, ^bb13
    ^bb12:  // pred: ^bb11
      %257 = llvm.sub %86, %36 : i64
      %258 = llvm.mul %111, %29 : i64
      %259 = llvm.mul %255, %43 : i64
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
      llvm.br ^bb14(%267, %275 : i64, i64)
    ^bb13:  // pred: ^bb11
      llvm.br ^bb14(%46, %46 : i64, i64)
    ^bb14(%276: i64, %277: i64):  // 2 preds: ^bb12, ^bb13
      llvm.br ^bb15
    ^bb15:  // pred: ^bb14
      %278 = llvm.mul %193, %43 : i64
      %279 = llvm.add %83, %278 : i64
      %280 = llvm.mul %66, %34 : i64
      %281 = llvm.mul %200, %42 : i64
      %282 = llvm.mul %280, %41 : i64
      %283 = llvm.add %281, %282 : i64
      %284 = llvm.add %283, %101 : i64
      %285 = llvm.getelementptr %11[%284] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %286 = llvm.load %285 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %287 = llvm.fpext %286 : vector<8xbf16> to vector<8xf32>
      %288 = llvm.add %279, %280 : i64
      %289 = llvm.icmp "ult" %288, %86 : i64
      %290 = llvm.extractelement %109[%12 : i64] : vector<8xf32>
      %291 = llvm.extractelement %287[%12 : i64] : vector<8xf32>
      %292 = llvm.fmul %290, %291 : f32
      %293 = llvm.extractelement %109[%13 : i64] : vector<8xf32>
      %294 = llvm.extractelement %287[%13 : i64] : vector<8xf32>
      %295 = llvm.call @__nv_fmaf(%293, %294, %292) : (f32, f32, f32) -> f32
      %296 = llvm.extractelement %109[%8 : i64] : vector<8xf32>
      %297 = llvm.extractelement %287[%8 : i64] : vector<8xf32>
      %298 = llvm.call @__nv_fmaf(%296, %297, %295) : (f32, f32, f32) -> f32
      %299 = llvm.extractelement %109[%7 : i64] : vector<8xf32>
      %300 = llvm.extractelement %287[%7 : i64] : vector<8xf32>
      %301 = llvm.call @__nv_fmaf(%299, %300, %298) : (f32, f32, f32) -> f32
      %302 = llvm.extractelement %109[%6 : i64] : vector<8xf32>
      %303 = llvm.extractelement %287[%6 : i64] : vector<8xf32>
      %304 = llvm.call @__nv_fmaf(%302, %303, %301) : (f32, f32, f32) -> f32
      %305 = llvm.extractelement %109[%5 : i64] : vector<8xf32>
      %306 = llvm.extractelement %287[%5 : i64] : vector<8xf32>
      %307 = llvm.call @__nv_fmaf(%305, %306, %304) : (f32, f32, f32) -> f32
      %308 = llvm.extractelement %109[%4 : i64] : vector<8xf32>
      %309 = llvm.extractelement %287[%4 : i64] : vector<8xf32>
      %310 = llvm.call @__nv_fmaf(%308, %309, %307) : (f32, f32, f32) -> f32
      %311 = llvm.extractelement %109[%3 : i64] : vector<8xf32>
      %312 = llvm.extractelement %287[%3 : i64] : vector<8xf32>
      %313 = llvm.call @__nv_fmaf(%311, %312, %310) : (f32, f32, f32) -> f32
      %314 = llvm.sub %27, %27 : i32
      %315 = llvm.lshr %2, %314 : i32
      %316 = llvm.sub %27, %24 : i32
      %317 = nvvm.shfl.sync  bfly %315, %313, %28, %316 : f32 -> f32
      %318 = llvm.fadd %313, %317 : f32
      %319 = nvvm.shfl.sync  bfly %315, %318, %26, %316 : f32 -> f32
      %320 = llvm.fadd %318, %319 : f32
      %321 = nvvm.shfl.sync  bfly %315, %320, %25, %316 : f32 -> f32
      %322 = llvm.fadd %320, %321 : f32
      %323 = nvvm.shfl.sync  bfly %315, %322, %24, %316 : f32 -> f32
      %324 = llvm.fadd %322, %323 : f32
      %325 = llvm.select %289, %324, %32 : i1, f32
      %326 = llvm.add %280, %36 : i64
      %327 = llvm.mul %326, %41 : i64
      %328 = llvm.add %281, %327 : i64
      %329 = llvm.add %328, %101 : i64
      %330 = llvm.getelementptr %11[%329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %331 = llvm.load %330 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %332 = llvm.fpext %331 : vector<8xbf16> to vector<8xf32>
      %333 = llvm.add %279, %326 : i64
      %334 = llvm.icmp "ult" %333, %86 : i64
      %335 = llvm.extractelement %332[%12 : i64] : vector<8xf32>
      %336 = llvm.fmul %290, %335 : f32
      %337 = llvm.extractelement %332[%13 : i64] : vector<8xf32>
      %338 = llvm.call @__nv_fmaf(%293, %337, %336) : (f32, f32, f32) -> f32
      %339 = llvm.extractelement %332[%8 : i64] : vector<8xf32>
      %340 = llvm.call @__nv_fmaf(%296, %339, %338) : (f32, f32, f32) -> f32
      %341 = llvm.extractelement %332[%7 : i64] : vector<8xf32>
      %342 = llvm.call @__nv_fmaf(%299, %341, %340) : (f32, f32, f32) -> f32
      %343 = llvm.extractelement %332[%6 : i64] : vector<8xf32>
      %344 = llvm.call @__nv_fmaf(%302, %343, %342) : (f32, f32, f32) -> f32
      %345 = llvm.extractelement %332[%5 : i64] : vector<8xf32>
      %346 = llvm.call @__nv_fmaf(%305, %345, %344) : (f32, f32, f32) -> f32
      %347 = llvm.extractelement %332[%4 : i64] : vector<8xf32>
      %348 = llvm.call @__nv_fmaf(%308, %347, %346) : (f32, f32, f32) -> f32
      %349 = llvm.extractelement %332[%3 : i64] : vector<8xf32>
      %350 = llvm.call @__nv_fmaf(%311, %349, %348) : (f32, f32, f32) -> f32
      %351 = nvvm.shfl.sync  bfly %315, %350, %28, %316 : f32 -> f32
      %352 = llvm.fadd %350, %351 : f32
      %353 = nvvm.shfl.sync  bfly %315, %352, %26, %316 : f32 -> f32
      %354 = llvm.fadd %352, %353 : f32
      %355 = nvvm.shfl.sync  bfly %315, %354, %25, %316 : f32 -> f32
      %356 = llvm.fadd %354, %355 : f32
      %357 = nvvm.shfl.sync  bfly %315, %356, %24, %316 : f32 -> f32
      %358 = llvm.fadd %356, %357 : f32
      %359 = llvm.select %334, %358, %32 : i1, f32
      %360 = llvm.add %280, %29 : i64
      %361 = llvm.mul %360, %41 : i64
      %362 = llvm.add %281, %361 : i64
      %363 = llvm.add %362, %101 : i64
      %364 = llvm.getelementptr %11[%363] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %365 = llvm.load %364 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %366 = llvm.fpext %365 : vector<8xbf16> to vector<8xf32>
      %367 = llvm.add %279, %360 : i64
      %368 = llvm.icmp "ult" %367, %86 : i64
      %369 = llvm.extractelement %366[%12 : i64] : vector<8xf32>
      %370 = llvm.fmul %290, %369 : f32
      %371 = llvm.extractelement %366[%13 : i64] : vector<8xf32>
      %372 = llvm.call @__nv_fmaf(%293, %371, %370) : (f32, f32, f32) -> f32
      %373 = llvm.extractelement %366[%8 : i64] : vector<8xf32>
      %374 = llvm.call @__nv_fmaf(%296, %373, %372) : (f32, f32, f32) -> f32
      %375 = llvm.extractelement %366[%7 : i64] : vector<8xf32>
      %376 = llvm.call @__nv_fmaf(%299, %375, %374) : (f32, f32, f32) -> f32
      %377 = llvm.extractelement %366[%6 : i64] : vector<8xf32>
      %378 = llvm.call @__nv_fmaf(%302, %377, %376) : (f32, f32, f32) -> f32
      %379 = llvm.extractelement %366[%5 : i64] : vector<8xf32>
      %380 = llvm.call @__nv_fmaf(%305, %379, %378) : (f32, f32, f32) -> f32
      %381 = llvm.extractelement %366[%4 : i64] : vector<8xf32>
      %382 = llvm.call @__nv_fmaf(%308, %381, %380) : (f32, f32, f32) -> f32
      %383 = llvm.extractelement %366[%3 : i64] : vector<8xf32>
      %384 = llvm.call @__nv_fmaf(%311, %383, %382) : (f32, f32, f32) -> f32
      %385 = nvvm.shfl.sync  bfly %315, %384, %28, %316 : f32 -> f32
      %386 = llvm.fadd %384, %385 : f32
      %387 = nvvm.shfl.sync  bfly %315, %386, %26, %316 : f32 -> f32
      %388 = llvm.fadd %386, %387 : f32
      %389 = nvvm.shfl.sync  bfly %315, %388, %25, %316 : f32 -> f32
      %390 = llvm.fadd %388, %389 : f32
      %391 = nvvm.shfl.sync  bfly %315, %390, %24, %316 : f32 -> f32
      %392 = llvm.fadd %390, %391 : f32
      %393 = llvm.select %368, %392, %32 : i1, f32
      %394 = llvm.add %280, %23 : i64
      %395 = llvm.mul %394, %41 : i64
      %396 = llvm.add %281, %395 : i64
      %397 = llvm.add %396, %101 : i64
      %398 = llvm.getelementptr %11[%397] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %399 = llvm.load %398 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %400 = llvm.fpext %399 : vector<8xbf16> to vector<8xf32>
      %401 = llvm.add %279, %394 : i64
      %402 = llvm.icmp "ult" %401, %86 : i64
      %403 = llvm.extractelement %400[%12 : i64] : vector<8xf32>
      %404 = llvm.fmul %290, %403 : f32
      %405 = llvm.extractelement %400[%13 : i64] : vector<8xf32>
      %406 = llvm.call @__nv_fmaf(%293, %405, %404) : (f32, f32, f32) -> f32
      %407 = llvm.extractelement %400[%8 : i64] : vector<8xf32>
      %408 = llvm.call @__nv_fmaf(%296, %407, %406) : (f32, f32, f32) -> f32
      %409 = llvm.extractelement %400[%7 : i64] : vector<8xf32>
      %410 = llvm.call @__nv_fmaf(%299, %409, %408) : (f32, f32, f32) -> f32
      %411 = llvm.extractelement %400[%6 : i64] : vector<8xf32>
      %412 = llvm.call @__nv_fmaf(%302, %411, %410) : (f32, f32, f32) -> f32
      %413 = llvm.extractelement %400[%5 : i64] : vector<8xf32>
      %414 = llvm.call @__nv_fmaf(%305, %413, %412) : (f32, f32, f32) -> f32
      %415 = llvm.extractelement %400[%4 : i64] : vector<8xf32>
      %416 = llvm.call @__nv_fmaf(%308, %415, %414) : (f32, f32, f32) -> f32
      %417 = llvm.extractelement %400[%3 : i64] : vector<8xf32>
      %418 = llvm.call @__nv_fmaf(%311, %417, %416) : (f32, f32, f32) -> f32
      %419 = nvvm.shfl.sync  bfly %315, %418, %28, %316 : f32 -> f32
      %420 = llvm.fadd %418, %419 : f32
      %421 = nvvm.shfl.sync  bfly %315, %420, %26, %316 : f32 -> f32
      %422 = llvm.fadd %420, %421 : f32
      %423 = nvvm.shfl.sync  bfly %315, %422, %25, %316 : f32 -> f32
      %424 = llvm.fadd %422, %423 : f32
      %425 = nvvm.shfl.sync  bfly %315, %424, %24, %316 : f32 -> f32
      %426 = llvm.fadd %424, %425 : f32
      %427 = llvm.select %402, %426, %32 : i1, f32
      %428 = llvm.add %280, %44 : i64
      %429 = llvm.mul %428, %41 : i64
      %430 = llvm.add %281, %429 : i64
      %431 = llvm.add %430, %101 : i64
      %432 = llvm.getelementptr %11[%431] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %433 = llvm.load %432 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %434 = llvm.fpext %433 : vector<8xbf16> to vector<8xf32>
      %435 = llvm.add %279, %428 : i64
      %436 = llvm.icmp "ult" %435, %86 : i64
      %437 = llvm.extractelement %434[%12 : i64] : vector<8xf32>
      %438 = llvm.fmul %290, %437 : f32
      %439 = llvm.extractelement %434[%13 : i64] : vector<8xf32>
      %440 = llvm.call @__nv_fmaf(%293, %439, %438) : (f32, f32, f32) -> f32
      %441 = llvm.extractelement %434[%8 : i64] : vector<8xf32>
      %442 = llvm.call @__nv_fmaf(%296, %441, %440) : (f32, f32, f32) -> f32
      %443 = llvm.extractelement %434[%7 : i64] : vector<8xf32>
      %444 = llvm.call @__nv_fmaf(%299, %443, %442) : (f32, f32, f32) -> f32
      %445 = llvm.extractelement %434[%6 : i64] : vector<8xf32>
      %446 = llvm.call @__nv_fmaf(%302, %445, %444) : (f32, f32, f32) -> f32
      %447 = llvm.extractelement %434[%5 : i64] : vector<8xf32>
      %448 = llvm.call @__nv_fmaf(%305, %447, %446) : (f32, f32, f32) -> f32
      %449 = llvm.extractelement %434[%4 : i64] : vector<8xf32>
      %450 = llvm.call @__nv_fmaf(%308, %449, %448) : (f32, f32, f32) -> f32
      %451 = llvm.extractelement %434[%3 : i64] : vector<8xf32>
      %452 = llvm.call @__nv_fmaf(%311, %451, %450) : (f32, f32, f32) -> f32
      %453 = nvvm.shfl.sync  bfly %315, %452, %28, %316 : f32 -> f32
      %454 = llvm.fadd %452, %453 : f32
      %455 = nvvm.shfl.sync  bfly %315, %454, %26, %316 : f32 -> f32
      %456 = llvm.fadd %454, %455 : f32
      %457 = nvvm.shfl.sync  bfly %315, %456, %25, %316 : f32 -> f32
      %458 = llvm.fadd %456, %457 : f32
      %459 = nvvm.shfl.sync  bfly %315, %458, %24, %316 : f32 -> f32
      %460 = llvm.fadd %458, %459 : f32
      %461 = llvm.select %436, %460, %32 : i1, f32
      %462 = llvm.add %280, %22 : i64
      %463 = llvm.mul %462, %41 : i64
      %464 = llvm.add %281, %463 : i64
      %465 = llvm.add %464, %101 : i64
      %466 = llvm.getelementptr %11[%465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %467 = llvm.load %466 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %468 = llvm.fpext %467 : vector<8xbf16> to vector<8xf32>
      %469 = llvm.add %279, %462 : i64
      %470 = llvm.icmp "ult" %469, %86 : i64
      %471 = llvm.extractelement %468[%12 : i64] : vector<8xf32>
      %472 = llvm.fmul %290, %471 : f32
      %473 = llvm.extractelement %468[%13 : i64] : vector<8xf32>
      %474 = llvm.call @__nv_fmaf(%293, %473, %472) : (f32, f32, f32) -> f32
      %475 = llvm.extractelement %468[%8 : i64] : vector<8xf32>
      %476 = llvm.call @__nv_fmaf(%296, %475, %474) : (f32, f32, f32) -> f32
      %477 = llvm.extractelement %468[%7 : i64] : vector<8xf32>
      %478 = llvm.call @__nv_fmaf(%299, %477, %476) : (f32, f32, f32) -> f32
      %479 = llvm.extractelement %468[%6 : i64] : vector<8xf32>
      %480 = llvm.call @__nv_fmaf(%302, %479, %478) : (f32, f32, f32) -> f32
      %481 = llvm.extractelement %468[%5 : i64] : vector<8xf32>
      %482 = llvm.call @__nv_fmaf(%305, %481, %480) : (f32, f32, f32) -> f32
      %483 = llvm.extractelement %468[%4 : i64] : vector<8xf32>
      %484 = llvm.call @__nv_fmaf(%308, %483, %482) : (f32, f32, f32) -> f32
      %485 = llvm.extractelement %468[%3 : i64] : vector<8xf32>
      %486 = llvm.call @__nv_fmaf(%311, %485, %484) : (f32, f32, f32) -> f32
      %487 = nvvm.shfl.sync  bfly %315, %486, %28, %316 : f32 -> f32
      %488 = llvm.fadd %486, %487 : f32
      %489 = nvvm.shfl.sync  bfly %315, %488, %26, %316 : f32 -> f32
      %490 = llvm.fadd %488, %489 : f32
      %491 = nvvm.shfl.sync  bfly %315, %490, %25, %316 : f32 -> f32
      %492 = llvm.fadd %490, %491 : f32
      %493 = nvvm.shfl.sync  bfly %315, %492, %24, %316 : f32 -> f32
      %494 = llvm.fadd %492, %493 : f32
      %495 = llvm.select %470, %494, %32 : i1, f32
      %496 = llvm.add %280, %21 : i64
      %497 = llvm.mul %496, %41 : i64
      %498 = llvm.add %281, %497 : i64
      %499 = llvm.add %498, %101 : i64
      %500 = llvm.getelementptr %11[%499] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %501 = llvm.load %500 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %502 = llvm.fpext %501 : vector<8xbf16> to vector<8xf32>
      %503 = llvm.add %279, %496 : i64
      %504 = llvm.icmp "ult" %503, %86 : i64
      %505 = llvm.extractelement %502[%12 : i64] : vector<8xf32>
      %506 = llvm.fmul %290, %505 : f32
      %507 = llvm.extractelement %502[%13 : i64] : vector<8xf32>
      %508 = llvm.call @__nv_fmaf(%293, %507, %506) : (f32, f32, f32) -> f32
      %509 = llvm.extractelement %502[%8 : i64] : vector<8xf32>
      %510 = llvm.call @__nv_fmaf(%296, %509, %508) : (f32, f32, f32) -> f32
      %511 = llvm.extractelement %502[%7 : i64] : vector<8xf32>
      %512 = llvm.call @__nv_fmaf(%299, %511, %510) : (f32, f32, f32) -> f32
      %513 = llvm.extractelement %502[%6 : i64] : vector<8xf32>
      %514 = llvm.call @__nv_fmaf(%302, %513, %512) : (f32, f32, f32) -> f32
      %515 = llvm.extractelement %502[%5 : i64] : vector<8xf32>
      %516 = llvm.call @__nv_fmaf(%305, %515, %514) : (f32, f32, f32) -> f32
      %517 = llvm.extractelement %502[%4 : i64] : vector<8xf32>
      %518 = llvm.call @__nv_fmaf(%308, %517, %516) : (f32, f32, f32) -> f32
      %519 = llvm.extractelement %502[%3 : i64] : vector<8xf32>
      %520 = llvm.call @__nv_fmaf(%311, %519, %518) : (f32, f32, f32) -> f32
      %521 = nvvm.shfl.sync  bfly %315, %520, %28, %316 : f32 -> f32
      %522 = llvm.fadd %520, %521 : f32
      %523 = nvvm.shfl.sync  bfly %315, %522, %26, %316 : f32 -> f32
      %524 = llvm.fadd %522, %523 : f32
      %525 = nvvm.shfl.sync  bfly %315, %524, %25, %316 : f32 -> f32
      %526 = llvm.fadd %524, %525 : f32
      %527 = nvvm.shfl.sync  bfly %315, %526, %24, %316 : f32 -> f32
      %528 = llvm.fadd %526, %527 : f32
      %529 = llvm.select %504, %528, %32 : i1, f32
      %530 = llvm.add %280, %20 : i64
      %531 = llvm.mul %530, %41 : i64
      %532 = llvm.add %281, %531 : i64
      %533 = llvm.add %532, %101 : i64
      %534 = llvm.getelementptr %11[%533] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %535 = llvm.load %534 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %536 = llvm.fpext %535 : vector<8xbf16> to vector<8xf32>
      %537 = llvm.add %279, %530 : i64
      %538 = llvm.icmp "ult" %537, %86 : i64
      %539 = llvm.extractelement %536[%12 : i64] : vector<8xf32>
      %540 = llvm.fmul %290, %539 : f32
      %541 = llvm.extractelement %536[%13 : i64] : vector<8xf32>
      %542 = llvm.call @__nv_fmaf(%293, %541, %540) : (f32, f32, f32) -> f32
      %543 = llvm.extractelement %536[%8 : i64] : vector<8xf32>
      %544 = llvm.call @__nv_fmaf(%296, %543, %542) : (f32, f32, f32) -> f32
      %545 = llvm.extractelement %536[%7 : i64] : vector<8xf32>
      %546 = llvm.call @__nv_fmaf(%299, %545, %544) : (f32, f32, f32) -> f32
      %547 = llvm.extractelement %536[%6 : i64] : vector<8xf32>
      %548 = llvm.call @__nv_fmaf(%302, %547, %546) : (f32, f32, f32) -> f32
      %549 = llvm.extractelement %536[%5 : i64] : vector<8xf32>
      %550 = llvm.call @__nv_fmaf(%305, %549, %548) : (f32, f32, f32) -> f32
      %551 = llvm.extractelement %536[%4 : i64] : vector<8xf32>
      %552 = llvm.call @__nv_fmaf(%308, %551, %550) : (f32, f32, f32) -> f32
      %553 = llvm.extractelement %536[%3 : i64] : vector<8xf32>
      %554 = llvm.call @__nv_fmaf(%311, %553, %552) : (f32, f32, f32) -> f32
      %555 = nvvm.shfl.sync  bfly %315, %554, %28, %316 : f32 -> f32
      %556 = llvm.fadd %554, %555 : f32
      %557 = nvvm.shfl.sync  bfly %315, %556, %26, %316 : f32 -> f32
      %558 = llvm.fadd %556, %557 : f32
      %559 = nvvm.shfl.sync  bfly %315, %558, %25, %316 : f32 -> f32
      %560 = llvm.fadd %558, %559 : f32
      %561 = nvvm.shfl.sync  bfly %315, %560, %24, %316 : f32 -> f32
      %562 = llvm.fadd %560, %561 : f32
      %563 = llvm.select %538, %562, %32 : i1, f32
      %564 = llvm.getelementptr %71[%284] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %565 = llvm.load %564 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %566 = llvm.fpext %565 : vector<8xbf16> to vector<8xf32>
      %567 = llvm.getelementptr %71[%329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %568 = llvm.load %567 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %569 = llvm.fpext %568 : vector<8xbf16> to vector<8xf32>
      %570 = llvm.getelementptr %71[%363] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %571 = llvm.load %570 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %572 = llvm.fpext %571 : vector<8xbf16> to vector<8xf32>
      %573 = llvm.getelementptr %71[%397] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %574 = llvm.load %573 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %575 = llvm.fpext %574 : vector<8xbf16> to vector<8xf32>
      %576 = llvm.getelementptr %71[%431] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %577 = llvm.load %576 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %578 = llvm.fpext %577 : vector<8xbf16> to vector<8xf32>
      %579 = llvm.getelementptr %71[%465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %580 = llvm.load %579 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %581 = llvm.fpext %580 : vector<8xbf16> to vector<8xf32>
      %582 = llvm.getelementptr %71[%499] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %583 = llvm.load %582 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %584 = llvm.fpext %583 : vector<8xbf16> to vector<8xf32>
      %585 = llvm.getelementptr %71[%533] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %586 = llvm.load %585 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %587 = llvm.fpext %586 : vector<8xbf16> to vector<8xf32>
      %588 = llvm.intr.maximum(%194, %325) : (f32, f32) -> f32
      %589 = llvm.intr.maximum(%588, %359) : (f32, f32) -> f32
      %590 = llvm.intr.maximum(%589, %393) : (f32, f32) -> f32
      %591 = llvm.intr.maximum(%590, %427) : (f32, f32) -> f32
      %592 = llvm.intr.maximum(%591, %461) : (f32, f32) -> f32
      %593 = llvm.intr.maximum(%592, %495) : (f32, f32) -> f32
      %594 = llvm.intr.maximum(%593, %529) : (f32, f32) -> f32
      %595 = llvm.intr.maximum(%594, %563) : (f32, f32) -> f32
      %596 = llvm.fcmp "oeq" %595, %32 : f32
      %597 = llvm.select %596, %31, %595 : i1, f32
      %598 = llvm.fsub %194, %597 : f32
      %599 = llvm.call @__nv_exp2f(%598) : (f32) -> f32
      %600 = llvm.fmul %195, %599 : f32
      %601 = llvm.insertelement %599, %1[%19 : i32] : vector<8xf32>
      %602 = llvm.shufflevector %601, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %603 = llvm.fmul %196, %602 : vector<8xf32>
      %604 = llvm.fsub %325, %597 : f32
      %605 = llvm.call @__nv_exp2f(%604) : (f32) -> f32
      %606 = llvm.fadd %600, %605 : f32
      %607 = llvm.insertelement %605, %1[%19 : i32] : vector<8xf32>
      %608 = llvm.shufflevector %607, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %609 = llvm.intr.fmuladd(%608, %566, %603) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %610 = llvm.fsub %359, %597 : f32
      %611 = llvm.call @__nv_exp2f(%610) : (f32) -> f32
      %612 = llvm.fadd %606, %611 : f32
      %613 = llvm.insertelement %611, %1[%19 : i32] : vector<8xf32>
      %614 = llvm.shufflevector %613, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %615 = llvm.intr.fmuladd(%614, %569, %609) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %616 = llvm.fsub %393, %597 : f32
      %617 = llvm.call @__nv_exp2f(%616) : (f32) -> f32
      %618 = llvm.fadd %612, %617 : f32
      %619 = llvm.insertelement %617, %1[%19 : i32] : vector<8xf32>
      %620 = llvm.shufflevector %619, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %621 = llvm.intr.fmuladd(%620, %572, %615) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %622 = llvm.fsub %427, %597 : f32
      %623 = llvm.call @__nv_exp2f(%622) : (f32) -> f32
      %624 = llvm.fadd %618, %623 : f32
      %625 = llvm.insertelement %623, %1[%19 : i32] : vector<8xf32>
      %626 = llvm.shufflevector %625, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %627 = llvm.intr.fmuladd(%626, %575, %621) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %628 = llvm.fsub %461, %597 : f32
      %629 = llvm.call @__nv_exp2f(%628) : (f32) -> f32
      %630 = llvm.fadd %624, %629 : f32
      %631 = llvm.insertelement %629, %1[%19 : i32] : vector<8xf32>
      %632 = llvm.shufflevector %631, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %633 = llvm.intr.fmuladd(%632, %578, %627) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %634 = llvm.fsub %495, %597 : f32
      %635 = llvm.call @__nv_exp2f(%634) : (f32) -> f32
      %636 = llvm.fadd %630, %635 : f32
      %637 = llvm.insertelement %635, %1[%19 : i32] : vector<8xf32>
      %638 = llvm.shufflevector %637, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %639 = llvm.intr.fmuladd(%638, %581, %633) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %640 = llvm.fsub %529, %597 : f32
      %641 = llvm.call @__nv_exp2f(%640) : (f32) -> f32
      %642 = llvm.fadd %636, %641 : f32
      %643 = llvm.insertelement %641, %1[%19 : i32] : vector<8xf32>
      %644 = llvm.shufflevector %643, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %645 = llvm.intr.fmuladd(%644, %584, %639) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %646 = llvm.fsub %563, %597 : f32
      %647 = llvm.call @__nv_exp2f(%646) : (f32) -> f32
      %648 = llvm.fadd %642, %647 : f32
      %649 = llvm.insertelement %647, %1[%19 : i32] : vector<8xf32>
      %650 = llvm.shufflevector %649, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %651 = llvm.intr.fmuladd(%650, %587, %645) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      llvm.br ^bb8(%201, %595, %648, %651, %276, %277 : i64, f32, f32, vector<8xf32>, i64, i64)
    ^bb16:  // pred: ^bb8
      nvvm.cp.async.wait.group 0
      %652 = llvm.icmp "eq" %66, %46 : i64
      %653 = llvm.icmp "eq" %63, %46 : i64
      %654 = llvm.mul %66, %10 : i64
      %655 = llvm.mul %65, %41 : i64
      %656 = llvm.add %654, %655 : i64
      %657 = llvm.add %656, %101 : i64
      %658 = llvm.getelementptr %72[%657] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      llvm.store %196, %658 {alignment = 16 : i64} : vector<8xf32>, !llvm.ptr<3>
      llvm.cond_br %653, ^bb17, ^bb18
    ^bb17:  // pred: ^bb16
      %659 = llvm.mul %66, %44 overflow<nsw, nuw> : i64
      %660 = llvm.add %659, %65 overflow<nsw, nuw> : i64
      %661 = llvm.getelementptr inbounds|nuw %73[%660] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      llvm.store %194, %661 : f32, !llvm.ptr<3>
      %662 = llvm.getelementptr inbounds|nuw %74[%660] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      llvm.store %195, %662 : f32, !llvm.ptr<3>
      llvm.br ^bb18
    ^bb18:  // 2 preds: ^bb16, ^bb17
      nvvm.barrier0
      llvm.cond_br %652, ^bb19, ^bb25
    ^bb19:  // pred: ^bb18
      %663 = llvm.mul %46, %44 overflow<nsw, nuw> : i64
      %664 = llvm.add %663, %65 overflow<nsw, nuw> : i64
      %665 = llvm.getelementptr inbounds|nuw %73[%664] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %666 = llvm.load %665 : !llvm.ptr<3> -> f32
      %667 = llvm.getelementptr inbounds|nuw %74[%664] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %668 = llvm.load %667 : !llvm.ptr<3> -> f32
      %669 = llvm.mul %46, %10 : i64
      %670 = llvm.add %669, %655 : i64
      %671 = llvm.add %670, %101 : i64
      %672 = llvm.getelementptr %72[%671] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %673 = llvm.load %672 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xf32>
      %674 = llvm.fcmp "oeq" %666, %32 : f32
      %675 = llvm.select %674, %31, %666 : i1, f32
      %676 = llvm.fsub %32, %675 : f32
      %677 = llvm.call @__nv_exp2f(%676) : (f32) -> f32
      %678 = llvm.fsub %666, %675 : f32
      %679 = llvm.call @__nv_exp2f(%678) : (f32) -> f32
      %680 = llvm.fmul %677, %31 : f32
      %681 = llvm.fmul %668, %679 : f32
      %682 = llvm.fadd %680, %681 : f32
      %683 = llvm.insertelement %679, %1[%19 : i32] : vector<8xf32>
      %684 = llvm.shufflevector %683, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %685 = llvm.insertelement %677, %1[%19 : i32] : vector<8xf32>
      %686 = llvm.shufflevector %685, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %687 = llvm.fmul %686, %30 : vector<8xf32>
      %688 = llvm.intr.fmuladd(%684, %673, %687) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %689 = llvm.mul %36, %44 overflow<nsw, nuw> : i64
      %690 = llvm.add %689, %65 overflow<nsw, nuw> : i64
      %691 = llvm.getelementptr inbounds|nuw %73[%690] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %692 = llvm.load %691 : !llvm.ptr<3> -> f32
      %693 = llvm.getelementptr inbounds|nuw %74[%690] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %694 = llvm.load %693 : !llvm.ptr<3> -> f32
      %695 = llvm.mul %36, %10 : i64
      %696 = llvm.add %695, %655 : i64
      %697 = llvm.add %696, %101 : i64
      %698 = llvm.getelementptr %72[%697] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %699 = llvm.load %698 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xf32>
      %700 = llvm.intr.maximum(%666, %692) : (f32, f32) -> f32
      %701 = llvm.fcmp "oeq" %700, %32 : f32
      %702 = llvm.select %701, %31, %700 : i1, f32
      %703 = llvm.fsub %666, %702 : f32
      %704 = llvm.call @__nv_exp2f(%703) : (f32) -> f32
      %705 = llvm.fsub %692, %702 : f32
      %706 = llvm.call @__nv_exp2f(%705) : (f32) -> f32
      %707 = llvm.fmul %682, %704 : f32
      %708 = llvm.fmul %694, %706 : f32
      %709 = llvm.fadd %707, %708 : f32
      %710 = llvm.insertelement %706, %1[%19 : i32] : vector<8xf32>
      %711 = llvm.shufflevector %710, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %712 = llvm.insertelement %704, %1[%19 : i32] : vector<8xf32>
      %713 = llvm.shufflevector %712, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %714 = llvm.fmul %688, %713 : vector<8xf32>
      %715 = llvm.intr.fmuladd(%711, %699, %714) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %716 = llvm.icmp "slt" %88, %19 : i32
      %717 = llvm.fcmp "ogt" %709, %31 : f32
      %718 = llvm.select %717, %709, %18 : i1, f32
      %719 = llvm.insertelement %718, %1[%19 : i32] : vector<8xf32>
      %720 = llvm.shufflevector %719, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %721 = llvm.fdiv %715, %720 : vector<8xf32>
      %722 = llvm.select %717, %721, %30 : i1, vector<8xf32>
      %723 = llvm.call @__nv_fast_log2f(%718) : (f32) -> f32
      %724 = llvm.fadd %700, %723 : f32
      %725 = llvm.fmul %724, %17 : f32
      %726 = llvm.select %717, %725, %32 : i1, f32
      llvm.cond_br %716, ^bb20, ^bb23
    ^bb20:  // pred: ^bb19
      %727 = llvm.fptrunc %722 : vector<8xf32> to vector<8xbf16>
      %728 = llvm.getelementptr %arg12[%105] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      llvm.store %727, %728 {alignment = 16 : i64} : vector<8xbf16>, !llvm.ptr
      llvm.cond_br %653, ^bb21(%53, %91 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64), ^bb22
    ^bb21(%729: !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, %730: i64):  // 2 preds: ^bb20, ^bb23
      %731 = llvm.extractvalue %729[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %732 = llvm.mul %730, %0 overflow<nsw, nuw> : i64
      %733 = llvm.add %732, %93 overflow<nsw, nuw> : i64
      %734 = llvm.getelementptr inbounds|nuw %731[%733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %726, %734 : f32, !llvm.ptr
      llvm.br ^bb22
    ^bb22:  // 3 preds: ^bb20, ^bb21, ^bb23
      llvm.br ^bb24
    ^bb23:  // pred: ^bb19
      %735 = llvm.sext %88 : i32 to i64
      %736 = llvm.mul %735, %9 : i64
      %737 = llvm.add %736, %103 : i64
      %738 = llvm.add %737, %101 : i64
      %739 = llvm.getelementptr %arg14[%738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %722, %739 {alignment = 16 : i64} : vector<8xf32>, !llvm.ptr
      llvm.cond_br %653, ^bb21(%60, %735 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64), ^bb22
    ^bb24:  // pred: ^bb22
      llvm.br ^bb25
    ^bb25:  // 2 preds: ^bb18, ^bb24
      llvm.br ^bb26
    ^bb26:  // 2 preds: ^bb0, ^bb25
      llvm.return
    }
    llvm.mlir.global internal @__wg_llama3_8b_decode_merge_0() {addr_space = 3 : i32} : !llvm.array<2048 x f32>
    llvm.mlir.global internal @__wg_llama3_8b_decode_merge_1() {addr_space = 3 : i32} : !llvm.array<16 x f32>
    llvm.mlir.global internal @__wg_llama3_8b_decode_merge_2() {addr_space = 3 : i32} : !llvm.array<16 x f32>
    llvm.func @llama3_8b_decode_merge(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: !llvm.ptr, %arg3: !llvm.ptr, %arg4: !llvm.ptr, %arg5: !llvm.ptr) attributes {attn.bdx = 16 : i64, attn.programmatic_dependent, attn.slices = 16 : i64, gpu.kernel, gpu.known_block_size = array<i32: 256, 1, 1>, nvvm.kernel, nvvm.maxntid = array<i32: 256, 1, 1>} {
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

