module attributes {gpu.container_module} {
  gpu.module @llama3_8b_decode_kernels [#nvvm.target<O = 3, chip = "sm_90a">] {
    llvm.mlir.global external @__dynamic_shmem__0() {addr_space = 3 : i32, alignment = 1024 : i64} : !llvm.array<0 x i8>
    llvm.func @__nv_fmaf(f32, f32, f32) -> f32
    llvm.func @__nv_exp2f(f32) -> f32
    llvm.func @__nv_fast_log2f(f32) -> f32
    llvm.func @llama3_8b_decode_attention(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: !llvm.ptr, %arg3: !llvm.ptr, %arg4: !llvm.ptr, %arg5: !llvm.ptr, %arg6: !llvm.ptr, %arg7: i32, %arg8: !llvm.ptr, %arg9: !llvm.ptr, %arg10: !llvm.ptr, %arg11: !llvm.ptr, %arg12: !llvm.ptr, %arg13: !llvm.ptr, %arg14: !llvm.ptr, %arg15: !llvm.ptr, %arg16: !llvm.ptr) attributes {gpu.kernel, gpu.known_block_size = array<i32: 128, 1, 1>, nvvm.kernel, nvvm.maxntid = array<i32: 128, 1, 1>} {
      %0 = llvm.mlir.constant(512 : index) : i64
      %1 = llvm.mlir.poison : vector<8xf32>
      %2 = llvm.mlir.constant(-1 : i32) : i32
      %3 = llvm.mlir.constant(7 : i64) : i64
      %4 = llvm.mlir.constant(6 : i64) : i64
      %5 = llvm.mlir.constant(5 : i64) : i64
      %6 = llvm.mlir.constant(4 : i64) : i64
      %7 = llvm.mlir.constant(3 : i64) : i64
      %8 = llvm.mlir.constant(2 : i64) : i64
      %9 = llvm.mlir.constant(1 : i64) : i64
      %10 = llvm.mlir.constant(0 : i64) : i64
      %11 = llvm.mlir.addressof @__dynamic_shmem__0 : !llvm.ptr<3>
      %12 = llvm.mlir.constant(128 : index) : i64
      %13 = llvm.mlir.constant(32 : index) : i64
      %14 = llvm.mlir.constant(9223372036854775807 : index) : i64
      %15 = llvm.mlir.constant(1024 : index) : i64
      %16 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
      %17 = llvm.mlir.constant(16 : index) : i64
      %18 = llvm.mlir.constant(64 : index) : i64
      %19 = llvm.mlir.constant(8 : index) : i64
      %20 = llvm.mlir.constant(4 : index) : i64
      %21 = llvm.mlir.constant(0 : i32) : i32
      %22 = llvm.mlir.constant(2 : index) : i64
      %23 = llvm.mlir.constant(15 : index) : i64
      %24 = llvm.mlir.constant(1 : index) : i64
      %25 = llvm.mlir.constant(16 : i32) : i32
      %26 = llvm.mlir.constant(3 : i32) : i32
      %27 = llvm.mlir.constant(2048 : index) : i64
      %28 = llvm.mlir.constant(0.693147182 : f32) : f32
      %29 = llvm.mlir.constant(1.000000e+00 : f32) : f32
      %30 = llvm.mlir.constant(4096 : index) : i64
      %31 = llvm.mlir.constant(7 : index) : i64
      %32 = llvm.mlir.constant(6 : index) : i64
      %33 = llvm.mlir.constant(5 : index) : i64
      %34 = llvm.mlir.constant(3 : index) : i64
      %35 = llvm.mlir.constant(1 : i32) : i32
      %36 = llvm.mlir.constant(2 : i32) : i32
      %37 = llvm.mlir.constant(4 : i32) : i32
      %38 = llvm.mlir.constant(32 : i32) : i32
      %39 = llvm.mlir.constant(8 : i32) : i32
      %40 = llvm.mlir.constant(dense<0.000000e+00> : vector<8xf32>) : vector<8xf32>
      %41 = llvm.mlir.constant(0.000000e+00 : f32) : f32
      %42 = llvm.mlir.constant(0xFF800000 : f32) : f32
      %43 = llvm.mlir.constant(dense<0.127517432> : vector<8xf32>) : vector<8xf32>
      %44 = llvm.mlir.constant(0 : index) : i64
      %45 = llvm.insertvalue %arg14, %16[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %46 = llvm.insertvalue %arg14, %45[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %47 = llvm.insertvalue %44, %46[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %48 = llvm.insertvalue %13, %47[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %49 = llvm.insertvalue %24, %48[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %50 = llvm.insertvalue %14, %49[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %51 = llvm.insertvalue %13, %50[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %52 = llvm.insertvalue %arg16, %16[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %53 = llvm.insertvalue %arg16, %52[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %54 = llvm.insertvalue %44, %53[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %55 = llvm.insertvalue %13, %54[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %56 = llvm.insertvalue %24, %55[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %57 = llvm.insertvalue %14, %56[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %58 = llvm.insertvalue %13, %57[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      nvvm.griddepcontrol  launch_dependents
      %59 = nvvm.read.ptx.sreg.tid.x range <i32, 0, 128> : i32
      %60 = llvm.sext %59 : i32 to i64
      %61 = llvm.urem %60, %17 : i64
      %62 = llvm.udiv %60, %18 : i64
      %63 = llvm.mul %61, %19 : i64
      %64 = llvm.udiv %60, %17 : i64
      %65 = llvm.urem %64, %20 : i64
      %66 = llvm.mul %62, %20 : i64
      %67 = llvm.add %66, %65 : i64
      %68 = llvm.zext %arg7 : i32 to i64
      %69 = nvvm.read.ptx.sreg.ctaid.x : i32
      %70 = llvm.sext %69 : i32 to i64
      %71 = nvvm.read.ptx.sreg.ctaid.y : i32
      %72 = llvm.sext %71 : i32 to i64
      %73 = llvm.getelementptr %11[8192] : (!llvm.ptr<3>) -> !llvm.ptr<3>, i8
      %74 = llvm.getelementptr %11[16384] : (!llvm.ptr<3>) -> !llvm.ptr<3>, i8
      %75 = llvm.load %arg12 : !llvm.ptr -> i32
      %76 = llvm.sext %75 : i32 to i64
      %77 = llvm.icmp "ult" %70, %76 : i64
      llvm.cond_br %77, ^bb1, ^bb31
    ^bb1:  // pred: ^bb0
      %78 = llvm.getelementptr inbounds|nuw %arg8[%70] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %79 = llvm.load %78 : !llvm.ptr -> i32
      %80 = llvm.sext %79 : i32 to i64
      %81 = llvm.getelementptr inbounds|nuw %arg9[%70] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %82 = llvm.load %81 : !llvm.ptr -> i32
      %83 = llvm.sext %82 : i32 to i64
      %84 = llvm.getelementptr inbounds|nuw %arg10[%70] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %85 = llvm.load %84 : !llvm.ptr -> i32
      %86 = llvm.sext %85 : i32 to i64
      %87 = llvm.getelementptr inbounds|nuw %arg11[%70] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %88 = llvm.load %87 : !llvm.ptr -> i32
      %89 = llvm.getelementptr inbounds|nuw %arg1[%80] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %90 = llvm.load %89 : !llvm.ptr -> i32
      %91 = llvm.sext %90 : i32 to i64
      %92 = llvm.getelementptr inbounds|nuw %arg4[%80] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %93 = llvm.load %92 : !llvm.ptr -> i32
      %94 = llvm.sext %93 : i32 to i64
      %95 = llvm.intr.smax(%86, %83) : (i64, i64) -> i64
      %96 = llvm.sub %95, %83 : i64
      %97 = llvm.add %96, %23 : i64
      %98 = llvm.udiv %97, %17 : i64
      %99 = llvm.mul %72, %20 : i64
      %100 = llvm.add %99, %65 : i64
      %101 = llvm.mul %91, %30 : i64
      %102 = llvm.mul %100, %12 : i64
      %103 = llvm.add %101, %102 : i64
      %104 = llvm.add %103, %63 : i64
      %105 = llvm.getelementptr %arg0[%104] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %106 = llvm.load %105 {alignment = 16 : i64} : !llvm.ptr -> vector<8xbf16>
      %107 = llvm.fpext %106 : vector<8xbf16> to vector<8xf32>
      %108 = llvm.fmul %107, %43 : vector<8xf32>
      %109 = llvm.icmp "ugt" %98, %44 : i64
      llvm.cond_br %109, ^bb2, ^bb3
    ^bb2:  // pred: ^bb1
      %110 = llvm.sub %86, %24 : i64
      %111 = llvm.mul %67, %22 : i64
      %112 = llvm.add %83, %111 : i64
      %113 = llvm.intr.smin(%112, %110) : (i64, i64) -> i64
      %114 = llvm.udiv %113, %17 : i64
      %115 = llvm.add %94, %114 : i64
      %116 = llvm.getelementptr inbounds|nuw %arg5[%115] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %117 = llvm.load %116 : !llvm.ptr -> i32
      %118 = llvm.sext %117 : i32 to i64
      %119 = llvm.add %111, %24 : i64
      %120 = llvm.add %83, %119 : i64
      %121 = llvm.intr.smin(%120, %110) : (i64, i64) -> i64
      %122 = llvm.udiv %121, %17 : i64
      %123 = llvm.add %94, %122 : i64
      %124 = llvm.getelementptr inbounds|nuw %arg5[%123] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %125 = llvm.load %124 : !llvm.ptr -> i32
      %126 = llvm.sext %125 : i32 to i64
      llvm.br ^bb4(%118, %126 : i64, i64)
    ^bb3:  // pred: ^bb1
      llvm.br ^bb4(%44, %44 : i64, i64)
    ^bb4(%127: i64, %128: i64):  // 2 preds: ^bb2, ^bb3
      llvm.br ^bb5
    ^bb5:  // pred: ^bb4
      llvm.cond_br %109, ^bb6, ^bb7
    ^bb6:  // pred: ^bb5
      %129 = llvm.sub %86, %24 : i64
      %130 = llvm.mul %67, %22 : i64
      %131 = llvm.add %83, %130 : i64
      %132 = llvm.intr.smin(%131, %129) : (i64, i64) -> i64
      %133 = llvm.icmp "ult" %131, %86 : i64
      %134 = llvm.select %133, %19, %44 : i1, i64
      %135 = llvm.urem %132, %17 : i64
      %136 = llvm.mul %44, %27 : i64
      %137 = llvm.mul %130, %12 : i64
      %138 = llvm.add %136, %137 : i64
      %139 = llvm.add %138, %63 : i64
      %140 = llvm.getelementptr %11[%139] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %141 = llvm.mul %127, %68 : i64
      %142 = llvm.mul %135, %15 : i64
      %143 = llvm.add %141, %142 : i64
      %144 = llvm.mul %72, %12 : i64
      %145 = llvm.add %143, %144 : i64
      %146 = llvm.add %145, %63 : i64
      %147 = llvm.getelementptr %arg2[%146] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %148 = llvm.addrspacecast %147 : !llvm.ptr to !llvm.ptr<1>
      %149 = llvm.trunc %134 : i64 to i32
      %150 = llvm.mul %149, %25 : i32
      %151 = llvm.lshr %150, %26 : i32
      nvvm.cp.async.shared.global %140, %148, 16, cache =  cg, %151 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %152 = llvm.getelementptr %73[%139] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %153 = llvm.getelementptr %arg3[%146] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %154 = llvm.addrspacecast %153 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %152, %154, 16, cache =  cg, %151 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %155 = llvm.add %130, %24 : i64
      %156 = llvm.add %83, %155 : i64
      %157 = llvm.intr.smin(%156, %129) : (i64, i64) -> i64
      %158 = llvm.icmp "ult" %156, %86 : i64
      %159 = llvm.select %158, %19, %44 : i1, i64
      %160 = llvm.urem %157, %17 : i64
      %161 = llvm.mul %155, %12 : i64
      %162 = llvm.add %136, %161 : i64
      %163 = llvm.add %162, %63 : i64
      %164 = llvm.getelementptr %11[%163] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %165 = llvm.mul %128, %68 : i64
      %166 = llvm.mul %160, %15 : i64
      %167 = llvm.add %165, %166 : i64
      %168 = llvm.add %167, %144 : i64
      %169 = llvm.add %168, %63 : i64
      %170 = llvm.getelementptr %arg2[%169] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %171 = llvm.addrspacecast %170 : !llvm.ptr to !llvm.ptr<1>
      %172 = llvm.trunc %159 : i64 to i32
      %173 = llvm.mul %172, %25 : i32
      %174 = llvm.lshr %173, %26 : i32
      nvvm.cp.async.shared.global %164, %171, 16, cache =  cg, %174 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %175 = llvm.getelementptr %73[%163] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %176 = llvm.getelementptr %arg3[%169] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %177 = llvm.addrspacecast %176 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %175, %177, 16, cache =  cg, %174 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      llvm.br ^bb7
    ^bb7:  // 2 preds: ^bb5, ^bb6
      nvvm.cp.async.commit.group
      llvm.cond_br %109, ^bb8, ^bb9
    ^bb8:  // pred: ^bb7
      %178 = llvm.sub %86, %24 : i64
      %179 = llvm.mul %67, %22 : i64
      %180 = llvm.add %83, %17 : i64
      %181 = llvm.add %180, %179 : i64
      %182 = llvm.intr.smin(%181, %178) : (i64, i64) -> i64
      %183 = llvm.udiv %182, %17 : i64
      %184 = llvm.add %94, %183 : i64
      %185 = llvm.getelementptr inbounds|nuw %arg5[%184] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %186 = llvm.load %185 : !llvm.ptr -> i32
      %187 = llvm.sext %186 : i32 to i64
      %188 = llvm.add %179, %24 : i64
      %189 = llvm.add %180, %188 : i64
      %190 = llvm.intr.smin(%189, %178) : (i64, i64) -> i64
      %191 = llvm.udiv %190, %17 : i64
      %192 = llvm.add %94, %191 : i64
      %193 = llvm.getelementptr inbounds|nuw %arg5[%192] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %194 = llvm.load %193 : !llvm.ptr -> i32
      %195 = llvm.sext %194 : i32 to i64
      llvm.br ^bb10(%187, %195 : i64, i64)
    ^bb9:  // pred: ^bb7
      llvm.br ^bb10(%44, %44 : i64, i64)
    ^bb10(%196: i64, %197: i64):  // 2 preds: ^bb8, ^bb9
      llvm.br ^bb11
    ^bb11:  // pred: ^bb10
      llvm.br ^bb12(%44, %42, %41, %40, %196, %197 : i64, f32, f32, vector<8xf32>, i64, i64)
    ^bb12(%198: i64, %199: f32, %200: f32, %201: vector<8xf32>, %202: i64, %203: i64):  // 2 preds: ^bb11, ^bb15
      %204 = llvm.icmp "slt" %198, %98 : i64
      llvm.cond_br %204, ^bb13, ^bb16
    ^bb13:  // pred: ^bb12
      %205 = llvm.urem %198, %22 : i64
      %206 = llvm.add %198, %24 : i64
      %207 = llvm.icmp "ult" %206, %98 : i64
      llvm.cond_br %207, ^bb14, ^bb15
    ^bb14:  // pred: ^bb13
      %208 = llvm.urem %206, %22 : i64
      %209 = llvm.sub %86, %24 : i64
      %210 = llvm.mul %67, %22 : i64
      %211 = llvm.mul %206, %17 : i64
      %212 = llvm.add %83, %211 : i64
      %213 = llvm.add %212, %210 : i64
      %214 = llvm.intr.smin(%213, %209) : (i64, i64) -> i64
      %215 = llvm.icmp "ult" %213, %86 : i64
      %216 = llvm.select %215, %19, %44 : i1, i64
      %217 = llvm.urem %214, %17 : i64
      %218 = llvm.mul %208, %27 : i64
      %219 = llvm.mul %210, %12 : i64
      %220 = llvm.add %218, %219 : i64
      %221 = llvm.add %220, %63 : i64
      %222 = llvm.getelementptr %11[%221] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %223 = llvm.mul %202, %68 : i64
      %224 = llvm.mul %217, %15 : i64
      %225 = llvm.add %223, %224 : i64
      %226 = llvm.mul %72, %12 : i64
      %227 = llvm.add %225, %226 : i64
      %228 = llvm.add %227, %63 : i64
      %229 = llvm.getelementptr %arg2[%228] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %230 = llvm.addrspacecast %229 : !llvm.ptr to !llvm.ptr<1>
      %231 = llvm.trunc %216 : i64 to i32
      %232 = llvm.mul %231, %25 : i32
      %233 = llvm.lshr %232, %26 : i32
      nvvm.cp.async.shared.global %222, %230, 16, cache =  cg, %233 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %234 = llvm.getelementptr %73[%221] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %235 = llvm.getelementptr %arg3[%228] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %236 = llvm.addrspacecast %235 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %234, %236, 16, cache =  cg, %233 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %237 = llvm.add %210, %24 : i64
      %238 = llvm.add %212, %237 : i64
      %239 = llvm.intr.smin(%238, %209) : (i64, i64) -> i64
      %240 = llvm.icmp "ult" %238, %86 : i64
      %241 = llvm.select %240, %19, %44 : i1, i64
      %242 = llvm.urem %239, %17 : i64
      %243 = llvm.mul %237, %12 : i64
      %244 = llvm.add %218, %243 : i64
      %245 = llvm.add %244, %63 : i64
      %246 = llvm.getelementptr %11[%245] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %247 = llvm.mul %203, %68 : i64
      %248 = llvm.mul %242, %15 : i64
      %249 = llvm.add %247, %248 : i64
      %250 = llvm.add %249, %226 : i64
      %251 = llvm.add %250, %63 : i64
      %252 = llvm.getelementptr %arg2[%251] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %253 = llvm.addrspacecast %252 : !llvm.ptr to !llvm.ptr<1>
      %254 = llvm.trunc %241 : i64 to i32
      %255 = llvm.mul %254, %25 : i32
      %256 = llvm.lshr %255, %26 : i32
      nvvm.cp.async.shared.global %246, %253, 16, cache =  cg, %256 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %257 = llvm.getelementptr %73[%245] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %258 = llvm.getelementptr %arg3[%251] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %259 = llvm.addrspacecast %258 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %257, %259, 16, cache =  cg, %256 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      llvm.br ^bb15
    ^bb15:  // 2 preds: ^bb13, ^bb14
      nvvm.cp.async.commit.group
      %260 = llvm.add %198, %22 : i64
      %261 = llvm.sub %86, %24 : i64
      %262 = llvm.mul %67, %22 : i64
      %263 = llvm.mul %260, %17 : i64
      %264 = llvm.add %83, %263 : i64
      %265 = llvm.add %264, %262 : i64
      %266 = llvm.intr.smin(%265, %261) : (i64, i64) -> i64
      %267 = llvm.udiv %266, %17 : i64
      %268 = llvm.add %94, %267 : i64
      %269 = llvm.getelementptr inbounds|nuw %arg5[%268] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %270 = llvm.load %269 : !llvm.ptr -> i32
      %271 = llvm.sext %270 : i32 to i64
      %272 = llvm.add %262, %24 : i64
      %273 = llvm.add %264, %272 : i64
      %274 = llvm.intr.smin(%273, %261) : (i64, i64) -> i64
      %275 = llvm.udiv %274, %17 : i64
      %276 = llvm.add %94, %275 : i64
      %277 = llvm.getelementptr inbounds|nuw %arg5[%276] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %278 = llvm.load %277 : !llvm.ptr -> i32
      %279 = llvm.sext %278 : i32 to i64
      nvvm.cp.async.wait.group 1
      nvvm.barrier0
      %280 = llvm.mul %198, %17 : i64
      %281 = llvm.add %83, %280 : i64
      %282 = llvm.mul %62, %19 : i64
      %283 = llvm.mul %205, %27 : i64
      %284 = llvm.mul %282, %12 : i64
      %285 = llvm.add %283, %284 : i64
      %286 = llvm.add %285, %63 : i64
      %287 = llvm.getelementptr %11[%286] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %288 = llvm.load %287 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %289 = llvm.fpext %288 : vector<8xbf16> to vector<8xf32>
      %290 = llvm.extractelement %108[%10 : i64] : vector<8xf32>
      %291 = llvm.extractelement %289[%10 : i64] : vector<8xf32>
      %292 = llvm.fmul %290, %291 : f32
      %293 = llvm.extractelement %108[%9 : i64] : vector<8xf32>
      %294 = llvm.extractelement %289[%9 : i64] : vector<8xf32>
      %295 = llvm.call @__nv_fmaf(%293, %294, %292) : (f32, f32, f32) -> f32
      %296 = llvm.extractelement %108[%8 : i64] : vector<8xf32>
      %297 = llvm.extractelement %289[%8 : i64] : vector<8xf32>
      %298 = llvm.call @__nv_fmaf(%296, %297, %295) : (f32, f32, f32) -> f32
      %299 = llvm.extractelement %108[%7 : i64] : vector<8xf32>
      %300 = llvm.extractelement %289[%7 : i64] : vector<8xf32>
      %301 = llvm.call @__nv_fmaf(%299, %300, %298) : (f32, f32, f32) -> f32
      %302 = llvm.extractelement %108[%6 : i64] : vector<8xf32>
      %303 = llvm.extractelement %289[%6 : i64] : vector<8xf32>
      %304 = llvm.call @__nv_fmaf(%302, %303, %301) : (f32, f32, f32) -> f32
      %305 = llvm.extractelement %108[%5 : i64] : vector<8xf32>
      %306 = llvm.extractelement %289[%5 : i64] : vector<8xf32>
      %307 = llvm.call @__nv_fmaf(%305, %306, %304) : (f32, f32, f32) -> f32
      %308 = llvm.extractelement %108[%4 : i64] : vector<8xf32>
      %309 = llvm.extractelement %289[%4 : i64] : vector<8xf32>
      %310 = llvm.call @__nv_fmaf(%308, %309, %307) : (f32, f32, f32) -> f32
      %311 = llvm.extractelement %108[%3 : i64] : vector<8xf32>
      %312 = llvm.extractelement %289[%3 : i64] : vector<8xf32>
      %313 = llvm.call @__nv_fmaf(%311, %312, %310) : (f32, f32, f32) -> f32
      %314 = llvm.sub %38, %38 : i32
      %315 = llvm.lshr %2, %314 : i32
      %316 = llvm.sub %38, %35 : i32
      %317 = nvvm.shfl.sync  bfly %315, %313, %39, %316 : f32 -> f32
      %318 = llvm.fadd %313, %317 : f32
      %319 = nvvm.shfl.sync  bfly %315, %318, %37, %316 : f32 -> f32
      %320 = llvm.fadd %318, %319 : f32
      %321 = nvvm.shfl.sync  bfly %315, %320, %36, %316 : f32 -> f32
      %322 = llvm.fadd %320, %321 : f32
      %323 = nvvm.shfl.sync  bfly %315, %322, %35, %316 : f32 -> f32
      %324 = llvm.fadd %322, %323 : f32
      %325 = llvm.add %282, %24 : i64
      %326 = llvm.mul %325, %12 : i64
      %327 = llvm.add %283, %326 : i64
      %328 = llvm.add %327, %63 : i64
      %329 = llvm.getelementptr %11[%328] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %330 = llvm.load %329 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %331 = llvm.fpext %330 : vector<8xbf16> to vector<8xf32>
      %332 = llvm.extractelement %331[%10 : i64] : vector<8xf32>
      %333 = llvm.fmul %290, %332 : f32
      %334 = llvm.extractelement %331[%9 : i64] : vector<8xf32>
      %335 = llvm.call @__nv_fmaf(%293, %334, %333) : (f32, f32, f32) -> f32
      %336 = llvm.extractelement %331[%8 : i64] : vector<8xf32>
      %337 = llvm.call @__nv_fmaf(%296, %336, %335) : (f32, f32, f32) -> f32
      %338 = llvm.extractelement %331[%7 : i64] : vector<8xf32>
      %339 = llvm.call @__nv_fmaf(%299, %338, %337) : (f32, f32, f32) -> f32
      %340 = llvm.extractelement %331[%6 : i64] : vector<8xf32>
      %341 = llvm.call @__nv_fmaf(%302, %340, %339) : (f32, f32, f32) -> f32
      %342 = llvm.extractelement %331[%5 : i64] : vector<8xf32>
      %343 = llvm.call @__nv_fmaf(%305, %342, %341) : (f32, f32, f32) -> f32
      %344 = llvm.extractelement %331[%4 : i64] : vector<8xf32>
      %345 = llvm.call @__nv_fmaf(%308, %344, %343) : (f32, f32, f32) -> f32
      %346 = llvm.extractelement %331[%3 : i64] : vector<8xf32>
      %347 = llvm.call @__nv_fmaf(%311, %346, %345) : (f32, f32, f32) -> f32
      %348 = nvvm.shfl.sync  bfly %315, %347, %39, %316 : f32 -> f32
      %349 = llvm.fadd %347, %348 : f32
      %350 = nvvm.shfl.sync  bfly %315, %349, %37, %316 : f32 -> f32
      %351 = llvm.fadd %349, %350 : f32
      %352 = nvvm.shfl.sync  bfly %315, %351, %36, %316 : f32 -> f32
      %353 = llvm.fadd %351, %352 : f32
      %354 = nvvm.shfl.sync  bfly %315, %353, %35, %316 : f32 -> f32
      %355 = llvm.fadd %353, %354 : f32
      %356 = llvm.add %282, %22 : i64
      %357 = llvm.mul %356, %12 : i64
      %358 = llvm.add %283, %357 : i64
      %359 = llvm.add %358, %63 : i64
      %360 = llvm.getelementptr %11[%359] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %361 = llvm.load %360 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %362 = llvm.fpext %361 : vector<8xbf16> to vector<8xf32>
      %363 = llvm.extractelement %362[%10 : i64] : vector<8xf32>
      %364 = llvm.fmul %290, %363 : f32
      %365 = llvm.extractelement %362[%9 : i64] : vector<8xf32>
      %366 = llvm.call @__nv_fmaf(%293, %365, %364) : (f32, f32, f32) -> f32
      %367 = llvm.extractelement %362[%8 : i64] : vector<8xf32>
      %368 = llvm.call @__nv_fmaf(%296, %367, %366) : (f32, f32, f32) -> f32
      %369 = llvm.extractelement %362[%7 : i64] : vector<8xf32>
      %370 = llvm.call @__nv_fmaf(%299, %369, %368) : (f32, f32, f32) -> f32
      %371 = llvm.extractelement %362[%6 : i64] : vector<8xf32>
      %372 = llvm.call @__nv_fmaf(%302, %371, %370) : (f32, f32, f32) -> f32
      %373 = llvm.extractelement %362[%5 : i64] : vector<8xf32>
      %374 = llvm.call @__nv_fmaf(%305, %373, %372) : (f32, f32, f32) -> f32
      %375 = llvm.extractelement %362[%4 : i64] : vector<8xf32>
      %376 = llvm.call @__nv_fmaf(%308, %375, %374) : (f32, f32, f32) -> f32
      %377 = llvm.extractelement %362[%3 : i64] : vector<8xf32>
      %378 = llvm.call @__nv_fmaf(%311, %377, %376) : (f32, f32, f32) -> f32
      %379 = nvvm.shfl.sync  bfly %315, %378, %39, %316 : f32 -> f32
      %380 = llvm.fadd %378, %379 : f32
      %381 = nvvm.shfl.sync  bfly %315, %380, %37, %316 : f32 -> f32
      %382 = llvm.fadd %380, %381 : f32
      %383 = nvvm.shfl.sync  bfly %315, %382, %36, %316 : f32 -> f32
      %384 = llvm.fadd %382, %383 : f32
      %385 = nvvm.shfl.sync  bfly %315, %384, %35, %316 : f32 -> f32
      %386 = llvm.fadd %384, %385 : f32
      %387 = llvm.add %282, %34 : i64
      %388 = llvm.mul %387, %12 : i64
      %389 = llvm.add %283, %388 : i64
      %390 = llvm.add %389, %63 : i64
      %391 = llvm.getelementptr %11[%390] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %392 = llvm.load %391 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %393 = llvm.fpext %392 : vector<8xbf16> to vector<8xf32>
      %394 = llvm.extractelement %393[%10 : i64] : vector<8xf32>
      %395 = llvm.fmul %290, %394 : f32
      %396 = llvm.extractelement %393[%9 : i64] : vector<8xf32>
      %397 = llvm.call @__nv_fmaf(%293, %396, %395) : (f32, f32, f32) -> f32
      %398 = llvm.extractelement %393[%8 : i64] : vector<8xf32>
      %399 = llvm.call @__nv_fmaf(%296, %398, %397) : (f32, f32, f32) -> f32
      %400 = llvm.extractelement %393[%7 : i64] : vector<8xf32>
      %401 = llvm.call @__nv_fmaf(%299, %400, %399) : (f32, f32, f32) -> f32
      %402 = llvm.extractelement %393[%6 : i64] : vector<8xf32>
      %403 = llvm.call @__nv_fmaf(%302, %402, %401) : (f32, f32, f32) -> f32
      %404 = llvm.extractelement %393[%5 : i64] : vector<8xf32>
      %405 = llvm.call @__nv_fmaf(%305, %404, %403) : (f32, f32, f32) -> f32
      %406 = llvm.extractelement %393[%4 : i64] : vector<8xf32>
      %407 = llvm.call @__nv_fmaf(%308, %406, %405) : (f32, f32, f32) -> f32
      %408 = llvm.extractelement %393[%3 : i64] : vector<8xf32>
      %409 = llvm.call @__nv_fmaf(%311, %408, %407) : (f32, f32, f32) -> f32
      %410 = nvvm.shfl.sync  bfly %315, %409, %39, %316 : f32 -> f32
      %411 = llvm.fadd %409, %410 : f32
      %412 = nvvm.shfl.sync  bfly %315, %411, %37, %316 : f32 -> f32
      %413 = llvm.fadd %411, %412 : f32
      %414 = nvvm.shfl.sync  bfly %315, %413, %36, %316 : f32 -> f32
      %415 = llvm.fadd %413, %414 : f32
      %416 = nvvm.shfl.sync  bfly %315, %415, %35, %316 : f32 -> f32
      %417 = llvm.fadd %415, %416 : f32
      %418 = llvm.add %282, %20 : i64
      %419 = llvm.mul %418, %12 : i64
      %420 = llvm.add %283, %419 : i64
      %421 = llvm.add %420, %63 : i64
      %422 = llvm.getelementptr %11[%421] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %423 = llvm.load %422 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %424 = llvm.fpext %423 : vector<8xbf16> to vector<8xf32>
      %425 = llvm.extractelement %424[%10 : i64] : vector<8xf32>
      %426 = llvm.fmul %290, %425 : f32
      %427 = llvm.extractelement %424[%9 : i64] : vector<8xf32>
      %428 = llvm.call @__nv_fmaf(%293, %427, %426) : (f32, f32, f32) -> f32
      %429 = llvm.extractelement %424[%8 : i64] : vector<8xf32>
      %430 = llvm.call @__nv_fmaf(%296, %429, %428) : (f32, f32, f32) -> f32
      %431 = llvm.extractelement %424[%7 : i64] : vector<8xf32>
      %432 = llvm.call @__nv_fmaf(%299, %431, %430) : (f32, f32, f32) -> f32
      %433 = llvm.extractelement %424[%6 : i64] : vector<8xf32>
      %434 = llvm.call @__nv_fmaf(%302, %433, %432) : (f32, f32, f32) -> f32
      %435 = llvm.extractelement %424[%5 : i64] : vector<8xf32>
      %436 = llvm.call @__nv_fmaf(%305, %435, %434) : (f32, f32, f32) -> f32
      %437 = llvm.extractelement %424[%4 : i64] : vector<8xf32>
      %438 = llvm.call @__nv_fmaf(%308, %437, %436) : (f32, f32, f32) -> f32
      %439 = llvm.extractelement %424[%3 : i64] : vector<8xf32>
      %440 = llvm.call @__nv_fmaf(%311, %439, %438) : (f32, f32, f32) -> f32
      %441 = nvvm.shfl.sync  bfly %315, %440, %39, %316 : f32 -> f32
      %442 = llvm.fadd %440, %441 : f32
      %443 = nvvm.shfl.sync  bfly %315, %442, %37, %316 : f32 -> f32
      %444 = llvm.fadd %442, %443 : f32
      %445 = nvvm.shfl.sync  bfly %315, %444, %36, %316 : f32 -> f32
      %446 = llvm.fadd %444, %445 : f32
      %447 = nvvm.shfl.sync  bfly %315, %446, %35, %316 : f32 -> f32
      %448 = llvm.fadd %446, %447 : f32
      %449 = llvm.add %282, %33 : i64
      %450 = llvm.mul %449, %12 : i64
      %451 = llvm.add %283, %450 : i64
      %452 = llvm.add %451, %63 : i64
      %453 = llvm.getelementptr %11[%452] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %454 = llvm.load %453 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %455 = llvm.fpext %454 : vector<8xbf16> to vector<8xf32>
      %456 = llvm.extractelement %455[%10 : i64] : vector<8xf32>
      %457 = llvm.fmul %290, %456 : f32
      %458 = llvm.extractelement %455[%9 : i64] : vector<8xf32>
      %459 = llvm.call @__nv_fmaf(%293, %458, %457) : (f32, f32, f32) -> f32
      %460 = llvm.extractelement %455[%8 : i64] : vector<8xf32>
      %461 = llvm.call @__nv_fmaf(%296, %460, %459) : (f32, f32, f32) -> f32
      %462 = llvm.extractelement %455[%7 : i64] : vector<8xf32>
      %463 = llvm.call @__nv_fmaf(%299, %462, %461) : (f32, f32, f32) -> f32
      %464 = llvm.extractelement %455[%6 : i64] : vector<8xf32>
      %465 = llvm.call @__nv_fmaf(%302, %464, %463) : (f32, f32, f32) -> f32
      %466 = llvm.extractelement %455[%5 : i64] : vector<8xf32>
      %467 = llvm.call @__nv_fmaf(%305, %466, %465) : (f32, f32, f32) -> f32
      %468 = llvm.extractelement %455[%4 : i64] : vector<8xf32>
      %469 = llvm.call @__nv_fmaf(%308, %468, %467) : (f32, f32, f32) -> f32
      %470 = llvm.extractelement %455[%3 : i64] : vector<8xf32>
      %471 = llvm.call @__nv_fmaf(%311, %470, %469) : (f32, f32, f32) -> f32
      %472 = nvvm.shfl.sync  bfly %315, %471, %39, %316 : f32 -> f32
      %473 = llvm.fadd %471, %472 : f32
      %474 = nvvm.shfl.sync  bfly %315, %473, %37, %316 : f32 -> f32
      %475 = llvm.fadd %473, %474 : f32
      %476 = nvvm.shfl.sync  bfly %315, %475, %36, %316 : f32 -> f32
      %477 = llvm.fadd %475, %476 : f32
      %478 = nvvm.shfl.sync  bfly %315, %477, %35, %316 : f32 -> f32
      %479 = llvm.fadd %477, %478 : f32
      %480 = llvm.add %282, %32 : i64
      %481 = llvm.mul %480, %12 : i64
      %482 = llvm.add %283, %481 : i64
      %483 = llvm.add %482, %63 : i64
      %484 = llvm.getelementptr %11[%483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %485 = llvm.load %484 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %486 = llvm.fpext %485 : vector<8xbf16> to vector<8xf32>
      %487 = llvm.extractelement %486[%10 : i64] : vector<8xf32>
      %488 = llvm.fmul %290, %487 : f32
      %489 = llvm.extractelement %486[%9 : i64] : vector<8xf32>
      %490 = llvm.call @__nv_fmaf(%293, %489, %488) : (f32, f32, f32) -> f32
      %491 = llvm.extractelement %486[%8 : i64] : vector<8xf32>
      %492 = llvm.call @__nv_fmaf(%296, %491, %490) : (f32, f32, f32) -> f32
      %493 = llvm.extractelement %486[%7 : i64] : vector<8xf32>
      %494 = llvm.call @__nv_fmaf(%299, %493, %492) : (f32, f32, f32) -> f32
      %495 = llvm.extractelement %486[%6 : i64] : vector<8xf32>
      %496 = llvm.call @__nv_fmaf(%302, %495, %494) : (f32, f32, f32) -> f32
      %497 = llvm.extractelement %486[%5 : i64] : vector<8xf32>
      %498 = llvm.call @__nv_fmaf(%305, %497, %496) : (f32, f32, f32) -> f32
      %499 = llvm.extractelement %486[%4 : i64] : vector<8xf32>
      %500 = llvm.call @__nv_fmaf(%308, %499, %498) : (f32, f32, f32) -> f32
      %501 = llvm.extractelement %486[%3 : i64] : vector<8xf32>
      %502 = llvm.call @__nv_fmaf(%311, %501, %500) : (f32, f32, f32) -> f32
      %503 = nvvm.shfl.sync  bfly %315, %502, %39, %316 : f32 -> f32
      %504 = llvm.fadd %502, %503 : f32
      %505 = nvvm.shfl.sync  bfly %315, %504, %37, %316 : f32 -> f32
      %506 = llvm.fadd %504, %505 : f32
      %507 = nvvm.shfl.sync  bfly %315, %506, %36, %316 : f32 -> f32
      %508 = llvm.fadd %506, %507 : f32
      %509 = nvvm.shfl.sync  bfly %315, %508, %35, %316 : f32 -> f32
      %510 = llvm.fadd %508, %509 : f32
      %511 = llvm.add %282, %31 : i64
      %512 = llvm.mul %511, %12 : i64
      %513 = llvm.add %283, %512 : i64
      %514 = llvm.add %513, %63 : i64
      %515 = llvm.getelementptr %11[%514] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %516 = llvm.load %515 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %517 = llvm.fpext %516 : vector<8xbf16> to vector<8xf32>
      %518 = llvm.extractelement %517[%10 : i64] : vector<8xf32>
      %519 = llvm.fmul %290, %518 : f32
      %520 = llvm.extractelement %517[%9 : i64] : vector<8xf32>
      %521 = llvm.call @__nv_fmaf(%293, %520, %519) : (f32, f32, f32) -> f32
      %522 = llvm.extractelement %517[%8 : i64] : vector<8xf32>
      %523 = llvm.call @__nv_fmaf(%296, %522, %521) : (f32, f32, f32) -> f32
      %524 = llvm.extractelement %517[%7 : i64] : vector<8xf32>
      %525 = llvm.call @__nv_fmaf(%299, %524, %523) : (f32, f32, f32) -> f32
      %526 = llvm.extractelement %517[%6 : i64] : vector<8xf32>
      %527 = llvm.call @__nv_fmaf(%302, %526, %525) : (f32, f32, f32) -> f32
      %528 = llvm.extractelement %517[%5 : i64] : vector<8xf32>
      %529 = llvm.call @__nv_fmaf(%305, %528, %527) : (f32, f32, f32) -> f32
      %530 = llvm.extractelement %517[%4 : i64] : vector<8xf32>
      %531 = llvm.call @__nv_fmaf(%308, %530, %529) : (f32, f32, f32) -> f32
      %532 = llvm.extractelement %517[%3 : i64] : vector<8xf32>
      %533 = llvm.call @__nv_fmaf(%311, %532, %531) : (f32, f32, f32) -> f32
      %534 = nvvm.shfl.sync  bfly %315, %533, %39, %316 : f32 -> f32
      %535 = llvm.fadd %533, %534 : f32
      %536 = nvvm.shfl.sync  bfly %315, %535, %37, %316 : f32 -> f32
      %537 = llvm.fadd %535, %536 : f32
      %538 = nvvm.shfl.sync  bfly %315, %537, %36, %316 : f32 -> f32
      %539 = llvm.fadd %537, %538 : f32
      %540 = nvvm.shfl.sync  bfly %315, %539, %35, %316 : f32 -> f32
      %541 = llvm.fadd %539, %540 : f32
      %542 = llvm.add %281, %282 : i64
      %543 = llvm.icmp "ult" %542, %86 : i64
      %544 = llvm.select %543, %324, %42 : i1, f32
      %545 = llvm.add %281, %325 : i64
      %546 = llvm.icmp "ult" %545, %86 : i64
      %547 = llvm.select %546, %355, %42 : i1, f32
      %548 = llvm.add %281, %356 : i64
      %549 = llvm.icmp "ult" %548, %86 : i64
      %550 = llvm.select %549, %386, %42 : i1, f32
      %551 = llvm.add %281, %387 : i64
      %552 = llvm.icmp "ult" %551, %86 : i64
      %553 = llvm.select %552, %417, %42 : i1, f32
      %554 = llvm.add %281, %418 : i64
      %555 = llvm.icmp "ult" %554, %86 : i64
      %556 = llvm.select %555, %448, %42 : i1, f32
      %557 = llvm.add %281, %449 : i64
      %558 = llvm.icmp "ult" %557, %86 : i64
      %559 = llvm.select %558, %479, %42 : i1, f32
      %560 = llvm.add %281, %480 : i64
      %561 = llvm.icmp "ult" %560, %86 : i64
      %562 = llvm.select %561, %510, %42 : i1, f32
      %563 = llvm.add %281, %511 : i64
      %564 = llvm.icmp "ult" %563, %86 : i64
      %565 = llvm.select %564, %541, %42 : i1, f32
      %566 = llvm.getelementptr %73[%286] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %567 = llvm.load %566 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %568 = llvm.fpext %567 : vector<8xbf16> to vector<8xf32>
      %569 = llvm.getelementptr %73[%328] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %570 = llvm.load %569 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %571 = llvm.fpext %570 : vector<8xbf16> to vector<8xf32>
      %572 = llvm.getelementptr %73[%359] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %573 = llvm.load %572 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %574 = llvm.fpext %573 : vector<8xbf16> to vector<8xf32>
      %575 = llvm.getelementptr %73[%390] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %576 = llvm.load %575 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %577 = llvm.fpext %576 : vector<8xbf16> to vector<8xf32>
      %578 = llvm.getelementptr %73[%421] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %579 = llvm.load %578 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %580 = llvm.fpext %579 : vector<8xbf16> to vector<8xf32>
      %581 = llvm.getelementptr %73[%452] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %582 = llvm.load %581 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %583 = llvm.fpext %582 : vector<8xbf16> to vector<8xf32>
      %584 = llvm.getelementptr %73[%483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %585 = llvm.load %584 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %586 = llvm.fpext %585 : vector<8xbf16> to vector<8xf32>
      %587 = llvm.getelementptr %73[%514] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %588 = llvm.load %587 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %589 = llvm.fpext %588 : vector<8xbf16> to vector<8xf32>
      %590 = llvm.intr.maximum(%199, %544) : (f32, f32) -> f32
      %591 = llvm.intr.maximum(%590, %547) : (f32, f32) -> f32
      %592 = llvm.intr.maximum(%591, %550) : (f32, f32) -> f32
      %593 = llvm.intr.maximum(%592, %553) : (f32, f32) -> f32
      %594 = llvm.intr.maximum(%593, %556) : (f32, f32) -> f32
      %595 = llvm.intr.maximum(%594, %559) : (f32, f32) -> f32
      %596 = llvm.intr.maximum(%595, %562) : (f32, f32) -> f32
      %597 = llvm.intr.maximum(%596, %565) : (f32, f32) -> f32
      %598 = llvm.fcmp "oeq" %597, %42 : f32
      %599 = llvm.select %598, %41, %597 : i1, f32
      %600 = llvm.fsub %199, %599 : f32
      %601 = llvm.call @__nv_exp2f(%600) : (f32) -> f32
      %602 = llvm.fmul %200, %601 : f32
      %603 = llvm.insertelement %601, %1[%21 : i32] : vector<8xf32>
      %604 = llvm.shufflevector %603, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %605 = llvm.fmul %201, %604 : vector<8xf32>
      %606 = llvm.fsub %544, %599 : f32
      %607 = llvm.call @__nv_exp2f(%606) : (f32) -> f32
      %608 = llvm.fadd %602, %607 : f32
      %609 = llvm.insertelement %607, %1[%21 : i32] : vector<8xf32>
      %610 = llvm.shufflevector %609, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %611 = llvm.intr.fmuladd(%610, %568, %605) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %612 = llvm.fsub %547, %599 : f32
      %613 = llvm.call @__nv_exp2f(%612) : (f32) -> f32
      %614 = llvm.fadd %608, %613 : f32
      %615 = llvm.insertelement %613, %1[%21 : i32] : vector<8xf32>
      %616 = llvm.shufflevector %615, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %617 = llvm.intr.fmuladd(%616, %571, %611) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %618 = llvm.fsub %550, %599 : f32
      %619 = llvm.call @__nv_exp2f(%618) : (f32) -> f32
      %620 = llvm.fadd %614, %619 : f32
      %621 = llvm.insertelement %619, %1[%21 : i32] : vector<8xf32>
      %622 = llvm.shufflevector %621, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %623 = llvm.intr.fmuladd(%622, %574, %617) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %624 = llvm.fsub %553, %599 : f32
      %625 = llvm.call @__nv_exp2f(%624) : (f32) -> f32
      %626 = llvm.fadd %620, %625 : f32
      %627 = llvm.insertelement %625, %1[%21 : i32] : vector<8xf32>
      %628 = llvm.shufflevector %627, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %629 = llvm.intr.fmuladd(%628, %577, %623) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %630 = llvm.fsub %556, %599 : f32
      %631 = llvm.call @__nv_exp2f(%630) : (f32) -> f32
      %632 = llvm.fadd %626, %631 : f32
      %633 = llvm.insertelement %631, %1[%21 : i32] : vector<8xf32>
      %634 = llvm.shufflevector %633, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %635 = llvm.intr.fmuladd(%634, %580, %629) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %636 = llvm.fsub %559, %599 : f32
      %637 = llvm.call @__nv_exp2f(%636) : (f32) -> f32
      %638 = llvm.fadd %632, %637 : f32
      %639 = llvm.insertelement %637, %1[%21 : i32] : vector<8xf32>
      %640 = llvm.shufflevector %639, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %641 = llvm.intr.fmuladd(%640, %583, %635) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %642 = llvm.fsub %562, %599 : f32
      %643 = llvm.call @__nv_exp2f(%642) : (f32) -> f32
      %644 = llvm.fadd %638, %643 : f32
      %645 = llvm.insertelement %643, %1[%21 : i32] : vector<8xf32>
      %646 = llvm.shufflevector %645, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %647 = llvm.intr.fmuladd(%646, %586, %641) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %648 = llvm.fsub %565, %599 : f32
      %649 = llvm.call @__nv_exp2f(%648) : (f32) -> f32
      %650 = llvm.fadd %644, %649 : f32
      %651 = llvm.insertelement %649, %1[%21 : i32] : vector<8xf32>
      %652 = llvm.shufflevector %651, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %653 = llvm.intr.fmuladd(%652, %589, %647) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      nvvm.barrier0
      llvm.br ^bb12(%206, %597, %650, %653, %271, %279 : i64, f32, f32, vector<8xf32>, i64, i64)
    ^bb16:  // pred: ^bb12
      nvvm.cp.async.wait.group 0
      %654 = llvm.getelementptr %74[4096] : (!llvm.ptr<3>) -> !llvm.ptr<3>, i8
      %655 = llvm.getelementptr %74[4128] : (!llvm.ptr<3>) -> !llvm.ptr<3>, i8
      %656 = llvm.mul %62, %0 : i64
      %657 = llvm.mul %65, %12 : i64
      %658 = llvm.add %656, %657 : i64
      %659 = llvm.add %658, %63 : i64
      %660 = llvm.getelementptr %74[%659] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      llvm.store %201, %660 {alignment = 16 : i64} : vector<8xf32>, !llvm.ptr<3>
      %661 = llvm.icmp "eq" %61, %44 : i64
      llvm.cond_br %661, ^bb17, ^bb18
    ^bb17:  // pred: ^bb16
      %662 = llvm.mul %62, %20 overflow<nsw, nuw> : i64
      %663 = llvm.add %662, %65 overflow<nsw, nuw> : i64
      %664 = llvm.getelementptr inbounds|nuw %654[%663] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      llvm.store %199, %664 : f32, !llvm.ptr<3>
      %665 = llvm.getelementptr inbounds|nuw %655[%663] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      llvm.store %200, %665 : f32, !llvm.ptr<3>
      llvm.br ^bb18
    ^bb18:  // 2 preds: ^bb16, ^bb17
      nvvm.barrier0
      %666 = llvm.icmp "eq" %62, %44 : i64
      llvm.cond_br %666, ^bb19, ^bb20
    ^bb19:  // pred: ^bb18
      %667 = llvm.mul %44, %20 overflow<nsw, nuw> : i64
      %668 = llvm.add %667, %65 overflow<nsw, nuw> : i64
      %669 = llvm.getelementptr inbounds|nuw %654[%668] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %670 = llvm.load %669 : !llvm.ptr<3> -> f32
      %671 = llvm.getelementptr inbounds|nuw %655[%668] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %672 = llvm.load %671 : !llvm.ptr<3> -> f32
      %673 = llvm.mul %44, %0 : i64
      %674 = llvm.add %673, %657 : i64
      %675 = llvm.add %674, %63 : i64
      %676 = llvm.getelementptr %74[%675] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %677 = llvm.load %676 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xf32>
      %678 = llvm.fcmp "oeq" %670, %42 : f32
      %679 = llvm.select %678, %41, %670 : i1, f32
      %680 = llvm.fsub %42, %679 : f32
      %681 = llvm.call @__nv_exp2f(%680) : (f32) -> f32
      %682 = llvm.fsub %670, %679 : f32
      %683 = llvm.call @__nv_exp2f(%682) : (f32) -> f32
      %684 = llvm.fmul %681, %41 : f32
      %685 = llvm.fmul %672, %683 : f32
      %686 = llvm.fadd %684, %685 : f32
      %687 = llvm.insertelement %683, %1[%21 : i32] : vector<8xf32>
      %688 = llvm.shufflevector %687, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %689 = llvm.insertelement %681, %1[%21 : i32] : vector<8xf32>
      %690 = llvm.shufflevector %689, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %691 = llvm.fmul %690, %40 : vector<8xf32>
      %692 = llvm.intr.fmuladd(%688, %677, %691) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %693 = llvm.mul %24, %20 overflow<nsw, nuw> : i64
      %694 = llvm.add %693, %65 overflow<nsw, nuw> : i64
      %695 = llvm.getelementptr inbounds|nuw %654[%694] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %696 = llvm.load %695 : !llvm.ptr<3> -> f32
      %697 = llvm.getelementptr inbounds|nuw %655[%694] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %698 = llvm.load %697 : !llvm.ptr<3> -> f32
      %699 = llvm.mul %24, %0 : i64
      %700 = llvm.add %699, %657 : i64
      %701 = llvm.add %700, %63 : i64
      %702 = llvm.getelementptr %74[%701] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %703 = llvm.load %702 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xf32>
      %704 = llvm.intr.maximum(%670, %696) : (f32, f32) -> f32
      %705 = llvm.fcmp "oeq" %704, %42 : f32
      %706 = llvm.select %705, %41, %704 : i1, f32
      %707 = llvm.fsub %670, %706 : f32
      %708 = llvm.call @__nv_exp2f(%707) : (f32) -> f32
      %709 = llvm.fsub %696, %706 : f32
      %710 = llvm.call @__nv_exp2f(%709) : (f32) -> f32
      %711 = llvm.fmul %686, %708 : f32
      %712 = llvm.fmul %698, %710 : f32
      %713 = llvm.fadd %711, %712 : f32
      %714 = llvm.insertelement %710, %1[%21 : i32] : vector<8xf32>
      %715 = llvm.shufflevector %714, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %716 = llvm.insertelement %708, %1[%21 : i32] : vector<8xf32>
      %717 = llvm.shufflevector %716, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %718 = llvm.fmul %692, %717 : vector<8xf32>
      %719 = llvm.intr.fmuladd(%715, %703, %718) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      llvm.br ^bb21(%704, %713, %719 : f32, f32, vector<8xf32>)
    ^bb20:  // pred: ^bb18
      llvm.br ^bb21(%199, %200, %201 : f32, f32, vector<8xf32>)
    ^bb21(%720: f32, %721: f32, %722: vector<8xf32>):  // 2 preds: ^bb19, ^bb20
      llvm.br ^bb22
    ^bb22:  // pred: ^bb21
      %723 = llvm.fcmp "ogt" %721, %41 : f32
      %724 = llvm.select %723, %721, %29 : i1, f32
      %725 = llvm.insertelement %724, %1[%21 : i32] : vector<8xf32>
      %726 = llvm.shufflevector %725, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %727 = llvm.fdiv %722, %726 : vector<8xf32>
      %728 = llvm.select %723, %727, %40 : i1, vector<8xf32>
      %729 = llvm.call @__nv_fast_log2f(%724) : (f32) -> f32
      %730 = llvm.fadd %720, %729 : f32
      %731 = llvm.fmul %730, %28 : f32
      %732 = llvm.select %723, %731, %42 : i1, f32
      %733 = llvm.icmp "slt" %88, %21 : i32
      llvm.cond_br %733, ^bb23, ^bb28
    ^bb23:  // pred: ^bb22
      llvm.cond_br %666, ^bb24, ^bb27
    ^bb24:  // pred: ^bb23
      %734 = llvm.fptrunc %728 : vector<8xf32> to vector<8xbf16>
      %735 = llvm.getelementptr %arg13[%104] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      llvm.store %734, %735 {alignment = 16 : i64} : vector<8xbf16>, !llvm.ptr
      llvm.cond_br %661, ^bb25(%51, %91 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64), ^bb26
    ^bb25(%736: !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, %737: i64):  // 2 preds: ^bb24, ^bb29
      %738 = llvm.extractvalue %736[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %739 = llvm.mul %737, %13 overflow<nsw, nuw> : i64
      %740 = llvm.add %739, %100 overflow<nsw, nuw> : i64
      %741 = llvm.getelementptr inbounds|nuw %738[%740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %732, %741 : f32, !llvm.ptr
      llvm.br ^bb26
    ^bb26:  // 3 preds: ^bb24, ^bb25, ^bb29
      llvm.br ^bb27
    ^bb27:  // 3 preds: ^bb23, ^bb26, ^bb28
      llvm.br ^bb30
    ^bb28:  // pred: ^bb22
      %742 = llvm.sext %88 : i32 to i64
      llvm.cond_br %666, ^bb29, ^bb27
    ^bb29:  // pred: ^bb28
      %743 = llvm.mul %742, %30 : i64
      %744 = llvm.add %743, %102 : i64
      %745 = llvm.add %744, %63 : i64
      %746 = llvm.getelementptr %arg15[%745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %728, %746 {alignment = 16 : i64} : vector<8xf32>, !llvm.ptr
      llvm.cond_br %661, ^bb25(%58, %742 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64), ^bb26
    ^bb30:  // pred: ^bb27
      llvm.br ^bb31
    ^bb31:  // 2 preds: ^bb0, ^bb30
      llvm.return
    }
    llvm.mlir.global internal @__wg_llama3_8b_decode_merge_0() {addr_space = 3 : i32} : !llvm.array<2048 x f32>
    llvm.mlir.global internal @__wg_llama3_8b_decode_merge_1() {addr_space = 3 : i32} : !llvm.array<16 x f32>
    llvm.mlir.global internal @__wg_llama3_8b_decode_merge_2() {addr_space = 3 : i32} : !llvm.array<16 x f32>
    llvm.func @llama3_8b_decode_merge(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: !llvm.ptr, %arg3: !llvm.ptr, %arg4: !llvm.ptr, %arg5: !llvm.ptr) attributes {attn.programmatic_dependent, gpu.kernel, gpu.known_block_size = array<i32: 256, 1, 1>, nvvm.kernel, nvvm.maxntid = array<i32: 256, 1, 1>} {
      %0 = llvm.mlir.constant(0 : i32) : i32
      %1 = llvm.mlir.poison : vector<8xf32>
      %2 = llvm.mlir.constant(32 : index) : i64
      %3 = llvm.mlir.constant(4096 : index) : i64
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
      %47 = llvm.mul %42, %2 overflow<nsw, nuw> : i64
      %48 = llvm.add %47, %26 overflow<nsw, nuw> : i64
      %49 = llvm.getelementptr inbounds|nuw %arg1[%48] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %50 = llvm.load %49 : !llvm.ptr -> f32
      %51 = llvm.fmul %50, %6 : f32
      %52 = llvm.mul %42, %3 : i64
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
      %129 = llvm.mul %28, %3 : i64
      %130 = llvm.mul %26, %14 : i64
      %131 = llvm.add %129, %130 : i64
      %132 = llvm.add %131, %29 : i64
      %133 = llvm.getelementptr %arg4[%132] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      llvm.store %128, %133 {alignment = 16 : i64} : vector<8xbf16>, !llvm.ptr
      llvm.cond_br %80, ^bb12, ^bb13
    ^bb12:  // pred: ^bb11
      %134 = llvm.mul %28, %2 overflow<nsw, nuw> : i64
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
  attn.kernel_abi @llama3_8b_decode_attention for @llama3_8b_decode_kernels::@llama3_8b_decode_attention {block = array<i32: 128, 1, 1>, dynamic_smem = 21504 : i64, family = "decode", params = [{kind = "ptr", name = "q"}, {kind = "ptr", name = "qo_indptr"}, {kind = "ptr", name = "k_cache"}, {kind = "ptr", name = "v_cache"}, {kind = "ptr", name = "kv_indptr"}, {kind = "ptr", name = "kv_indices"}, {kind = "ptr", name = "kv_last_page_len"}, {kind = "i32", name = "kv_page_stride"}, {kind = "ptr", name = "work_request"}, {kind = "ptr", name = "work_kv_begin"}, {kind = "ptr", name = "work_kv_end"}, {kind = "ptr", name = "work_partial"}, {kind = "ptr", name = "num_work"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}, {kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}], role = "attention", tile = {bdx = 16 : i64, bdy = 4 : i64, bdz = 2 : i64, heads_per_thread = 1 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 16 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  attn.kernel_abi @llama3_8b_decode_merge for @llama3_8b_decode_kernels::@llama3_8b_decode_merge {block = array<i32: 256, 1, 1>, dynamic_smem = 0 : i64, family = "decode", params = [{kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}, {kind = "ptr", name = "merge_indptr"}, {kind = "ptr", name = "num_rows"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}], role = "merge", tile = {bdx = 16 : i64, heads_per_cta = 1 : i64, pdl = 1 : i64, slices = 16 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 16 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  func.func @llama3_8b_decode(%arg0: memref<?x32x128xbf16>, %arg1: memref<?xi32>, %arg2: memref<?x16x8x128xbf16>, %arg3: memref<?x16x8x128xbf16>, %arg4: memref<?xi32>, %arg5: memref<?xi32>, %arg6: memref<?xi32>, %arg7: memref<?x32x128xbf16>, %arg8: memref<?x32xf32>) {
    return
  }
}

