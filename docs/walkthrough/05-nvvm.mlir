module attributes {gpu.container_module} {
  gpu.module @llama3_8b_decode_kernels [#nvvm.target<O = 3, chip = "sm_90a">] {
    llvm.mlir.global internal @__dynamic_shmem__0() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<0 x i8>
    llvm.func @__nv_exp2f(f32) -> f32
    llvm.func @__nv_fast_log2f(f32) -> f32
    llvm.func @llama3_8b_decode_attention(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: !llvm.ptr, %arg3: !llvm.ptr, %arg4: !llvm.ptr, %arg5: !llvm.ptr, %arg6: !llvm.ptr, %arg7: !llvm.ptr, %arg8: !llvm.ptr, %arg9: !llvm.ptr, %arg10: !llvm.ptr, %arg11: !llvm.ptr, %arg12: !llvm.ptr, %arg13: !llvm.ptr, %arg14: !llvm.ptr, %arg15: !llvm.ptr) attributes {gpu.kernel, gpu.known_block_size = array<i32: 128, 1, 1>, nvvm.kernel, nvvm.maxntid = array<i32: 128, 1, 1>} {
      %0 = llvm.mlir.constant(32 : index) : i64
      %1 = llvm.mlir.poison : vector<8xf32>
      %2 = llvm.mlir.constant(-1 : i32) : i32
      %3 = llvm.mlir.constant(4096 : index) : i64
      %4 = llvm.mlir.constant(512 : index) : i64
      %5 = llvm.mlir.addressof @__dynamic_shmem__0 : !llvm.ptr<3>
      %6 = llvm.mlir.constant(0 : i64) : i64
      %7 = llvm.mlir.constant(1 : i64) : i64
      %8 = llvm.mlir.constant(32 : i64) : i64
      %9 = llvm.mlir.constant(9223372036854775807 : i64) : i64
      %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
      %11 = llvm.mlir.constant(24 : index) : i64
      %12 = llvm.mlir.constant(0 : i32) : i32
      %13 = llvm.mlir.constant(0.693147182 : f32) : f32
      %14 = llvm.mlir.constant(1.000000e+00 : f32) : f32
      %15 = llvm.mlir.constant(1 : i32) : i32
      %16 = llvm.mlir.constant(2 : i32) : i32
      %17 = llvm.mlir.constant(4 : i32) : i32
      %18 = llvm.mlir.constant(32 : i32) : i32
      %19 = llvm.mlir.constant(8 : i32) : i32
      %20 = llvm.mlir.constant(dense<0.000000e+00> : vector<8xf32>) : vector<8xf32>
      %21 = llvm.mlir.constant(0.000000e+00 : f32) : f32
      %22 = llvm.mlir.constant(0xFF800000 : f32) : f32
      %23 = llvm.mlir.constant(3 : index) : i64
      %24 = llvm.mlir.constant(2 : index) : i64
      %25 = llvm.mlir.constant(dense<0.127517432> : vector<8xf32>) : vector<8xf32>
      %26 = llvm.mlir.constant(8 : index) : i64
      %27 = llvm.mlir.constant(7 : index) : i64
      %28 = llvm.mlir.constant(1 : index) : i64
      %29 = llvm.mlir.constant(16 : i32) : i32
      %30 = llvm.mlir.constant(3 : i32) : i32
      %31 = llvm.mlir.constant(16384 : index) : i64
      %32 = llvm.mlir.constant(128 : index) : i64
      %33 = llvm.mlir.constant(1024 : index) : i64
      %34 = llvm.mlir.constant(16 : index) : i64
      %35 = llvm.mlir.constant(4 : index) : i64
      %36 = llvm.mlir.constant(64 : index) : i64
      %37 = llvm.mlir.constant(0 : index) : i64
      %38 = llvm.insertvalue %arg13, %10[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %39 = llvm.insertvalue %arg13, %38[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %40 = llvm.insertvalue %6, %39[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %41 = llvm.insertvalue %8, %40[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %42 = llvm.insertvalue %7, %41[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %43 = llvm.insertvalue %9, %42[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %44 = llvm.insertvalue %8, %43[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %45 = llvm.insertvalue %arg15, %10[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %46 = llvm.insertvalue %arg15, %45[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %47 = llvm.insertvalue %6, %46[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %48 = llvm.insertvalue %8, %47[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %49 = llvm.insertvalue %7, %48[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %50 = llvm.insertvalue %9, %49[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %51 = llvm.insertvalue %8, %50[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %52 = nvvm.read.ptx.sreg.tid.x range <i32, 0, 128> : i32
      %53 = llvm.sext %52 : i32 to i64
      %54 = llvm.urem %53, %34 : i64
      %55 = llvm.udiv %53, %34 : i64
      %56 = llvm.urem %55, %35 : i64
      %57 = llvm.udiv %53, %36 : i64
      %58 = nvvm.read.ptx.sreg.ctaid.x : i32
      %59 = llvm.sext %58 : i32 to i64
      %60 = nvvm.read.ptx.sreg.ctaid.y : i32
      %61 = llvm.sext %60 : i32 to i64
      %62 = llvm.getelementptr %5[8192] : (!llvm.ptr<3>) -> !llvm.ptr<3>, i8
      %63 = llvm.getelementptr %5[16384] : (!llvm.ptr<3>) -> !llvm.ptr<3>, i8
      %64 = llvm.getelementptr %5[20480] : (!llvm.ptr<3>) -> !llvm.ptr<3>, i8
      %65 = llvm.getelementptr %5[20512] : (!llvm.ptr<3>) -> !llvm.ptr<3>, i8
      %66 = llvm.load %arg11 : !llvm.ptr -> i32
      %67 = llvm.sext %66 : i32 to i64
      %68 = llvm.icmp "ult" %59, %67 : i64
      llvm.cond_br %68, ^bb1, ^bb26
    ^bb1:  // pred: ^bb0
      %69 = llvm.getelementptr inbounds|nuw %arg7[%59] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %70 = llvm.load %69 : !llvm.ptr -> i32
      %71 = llvm.sext %70 : i32 to i64
      %72 = llvm.getelementptr inbounds|nuw %arg8[%59] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %73 = llvm.load %72 : !llvm.ptr -> i32
      %74 = llvm.sext %73 : i32 to i64
      %75 = llvm.getelementptr inbounds|nuw %arg9[%59] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %76 = llvm.load %75 : !llvm.ptr -> i32
      %77 = llvm.sext %76 : i32 to i64
      %78 = llvm.getelementptr inbounds|nuw %arg10[%59] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %79 = llvm.load %78 : !llvm.ptr -> i32
      %80 = llvm.getelementptr inbounds|nuw %arg1[%71] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %81 = llvm.load %80 : !llvm.ptr -> i32
      %82 = llvm.sext %81 : i32 to i64
      %83 = llvm.mul %61, %35 : i64
      %84 = llvm.add %83, %56 : i64
      %85 = llvm.getelementptr inbounds|nuw %arg4[%71] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %86 = llvm.load %85 : !llvm.ptr -> i32
      %87 = llvm.sext %86 : i32 to i64
      %88 = llvm.intr.smax(%77, %74) : (i64, i64) -> i64
      %89 = llvm.sub %88, %74 : i64
      %90 = llvm.add %89, %27 : i64
      %91 = llvm.udiv %90, %26 : i64
      %92 = llvm.mul %54, %26 : i64
      %93 = llvm.mul %82, %3 : i64
      %94 = llvm.mul %84, %32 : i64
      %95 = llvm.add %93, %94 : i64
      %96 = llvm.add %95, %92 : i64
      %97 = llvm.getelementptr %arg0[%96] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %98 = llvm.load %97 {alignment = 16 : i64} : !llvm.ptr -> vector<8xbf16>
      %99 = llvm.fpext %98 : vector<8xbf16> to vector<8xf32>
      %100 = llvm.fmul %99, %25 : vector<8xf32>
      %101 = llvm.mul %57, %35 : i64
      %102 = llvm.add %101, %56 : i64
      %103 = llvm.icmp "ugt" %91, %37 : i64
      llvm.cond_br %103, ^bb2, ^bb3
    ^bb2:  // pred: ^bb1
      %104 = llvm.add %74, %102 : i64
      %105 = llvm.sub %77, %28 : i64
      %106 = llvm.intr.smin(%104, %105) : (i64, i64) -> i64
      %107 = llvm.udiv %106, %34 : i64
      %108 = llvm.add %87, %107 : i64
      %109 = llvm.getelementptr inbounds|nuw %arg5[%108] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %110 = llvm.load %109 : !llvm.ptr -> i32
      %111 = llvm.sext %110 : i32 to i64
      %112 = llvm.urem %106, %34 : i64
      %113 = llvm.icmp "ult" %104, %77 : i64
      %114 = llvm.select %113, %26, %37 : i1, i64
      %115 = llvm.mul %37, %33 : i64
      %116 = llvm.mul %102, %32 : i64
      %117 = llvm.add %115, %116 : i64
      %118 = llvm.add %117, %92 : i64
      %119 = llvm.getelementptr %5[%118] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %120 = llvm.mul %111, %31 : i64
      %121 = llvm.mul %112, %33 : i64
      %122 = llvm.add %120, %121 : i64
      %123 = llvm.mul %61, %32 : i64
      %124 = llvm.add %122, %123 : i64
      %125 = llvm.add %124, %92 : i64
      %126 = llvm.getelementptr %arg2[%125] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %127 = llvm.addrspacecast %126 : !llvm.ptr to !llvm.ptr<1>
      %128 = llvm.trunc %114 : i64 to i32
      %129 = llvm.mul %128, %29 : i32
      %130 = llvm.lshr %129, %30 : i32
      nvvm.cp.async.shared.global %119, %127, 16, cache =  cg, %130 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %131 = llvm.getelementptr %62[%118] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %132 = llvm.getelementptr %arg3[%125] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %133 = llvm.addrspacecast %132 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %131, %133, 16, cache =  cg, %130 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      llvm.br ^bb3
    ^bb3:  // 2 preds: ^bb1, ^bb2
      nvvm.cp.async.commit.group
      %134 = llvm.icmp "ugt" %91, %28 : i64
      llvm.cond_br %134, ^bb4, ^bb5
    ^bb4:  // pred: ^bb3
      %135 = llvm.add %74, %26 : i64
      %136 = llvm.add %135, %102 : i64
      %137 = llvm.sub %77, %28 : i64
      %138 = llvm.intr.smin(%136, %137) : (i64, i64) -> i64
      %139 = llvm.udiv %138, %34 : i64
      %140 = llvm.add %87, %139 : i64
      %141 = llvm.getelementptr inbounds|nuw %arg5[%140] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %142 = llvm.load %141 : !llvm.ptr -> i32
      %143 = llvm.sext %142 : i32 to i64
      %144 = llvm.urem %138, %34 : i64
      %145 = llvm.icmp "ult" %136, %77 : i64
      %146 = llvm.select %145, %26, %37 : i1, i64
      %147 = llvm.mul %28, %33 : i64
      %148 = llvm.mul %102, %32 : i64
      %149 = llvm.add %147, %148 : i64
      %150 = llvm.add %149, %92 : i64
      %151 = llvm.getelementptr %5[%150] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %152 = llvm.mul %143, %31 : i64
      %153 = llvm.mul %144, %33 : i64
      %154 = llvm.add %152, %153 : i64
      %155 = llvm.mul %61, %32 : i64
      %156 = llvm.add %154, %155 : i64
      %157 = llvm.add %156, %92 : i64
      %158 = llvm.getelementptr %arg2[%157] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %159 = llvm.addrspacecast %158 : !llvm.ptr to !llvm.ptr<1>
      %160 = llvm.trunc %146 : i64 to i32
      %161 = llvm.mul %160, %29 : i32
      %162 = llvm.lshr %161, %30 : i32
      nvvm.cp.async.shared.global %151, %159, 16, cache =  cg, %162 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %163 = llvm.getelementptr %62[%150] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %164 = llvm.getelementptr %arg3[%157] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %165 = llvm.addrspacecast %164 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %163, %165, 16, cache =  cg, %162 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      llvm.br ^bb5
    ^bb5:  // 2 preds: ^bb3, ^bb4
      nvvm.cp.async.commit.group
      %166 = llvm.icmp "ugt" %91, %24 : i64
      llvm.cond_br %166, ^bb6, ^bb7
    ^bb6:  // pred: ^bb5
      %167 = llvm.add %74, %34 : i64
      %168 = llvm.add %167, %102 : i64
      %169 = llvm.sub %77, %28 : i64
      %170 = llvm.intr.smin(%168, %169) : (i64, i64) -> i64
      %171 = llvm.udiv %170, %34 : i64
      %172 = llvm.add %87, %171 : i64
      %173 = llvm.getelementptr inbounds|nuw %arg5[%172] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %174 = llvm.load %173 : !llvm.ptr -> i32
      %175 = llvm.sext %174 : i32 to i64
      %176 = llvm.urem %170, %34 : i64
      %177 = llvm.icmp "ult" %168, %77 : i64
      %178 = llvm.select %177, %26, %37 : i1, i64
      %179 = llvm.mul %24, %33 : i64
      %180 = llvm.mul %102, %32 : i64
      %181 = llvm.add %179, %180 : i64
      %182 = llvm.add %181, %92 : i64
      %183 = llvm.getelementptr %5[%182] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %184 = llvm.mul %175, %31 : i64
      %185 = llvm.mul %176, %33 : i64
      %186 = llvm.add %184, %185 : i64
      %187 = llvm.mul %61, %32 : i64
      %188 = llvm.add %186, %187 : i64
      %189 = llvm.add %188, %92 : i64
      %190 = llvm.getelementptr %arg2[%189] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %191 = llvm.addrspacecast %190 : !llvm.ptr to !llvm.ptr<1>
      %192 = llvm.trunc %178 : i64 to i32
      %193 = llvm.mul %192, %29 : i32
      %194 = llvm.lshr %193, %30 : i32
      nvvm.cp.async.shared.global %183, %191, 16, cache =  cg, %194 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %195 = llvm.getelementptr %62[%182] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %196 = llvm.getelementptr %arg3[%189] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %197 = llvm.addrspacecast %196 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %195, %197, 16, cache =  cg, %194 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      llvm.br ^bb7
    ^bb7:  // 2 preds: ^bb5, ^bb6
      nvvm.cp.async.commit.group
      llvm.cond_br %103, ^bb8, ^bb9
    ^bb8:  // pred: ^bb7
      %198 = llvm.add %74, %11 : i64
      %199 = llvm.add %198, %102 : i64
      %200 = llvm.sub %77, %28 : i64
      %201 = llvm.intr.smin(%199, %200) : (i64, i64) -> i64
      %202 = llvm.udiv %201, %34 : i64
      %203 = llvm.add %87, %202 : i64
      %204 = llvm.getelementptr inbounds|nuw %arg5[%203] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %205 = llvm.load %204 : !llvm.ptr -> i32
      %206 = llvm.sext %205 : i32 to i64
      llvm.br ^bb10(%206 : i64)
    ^bb9:  // pred: ^bb7
      llvm.br ^bb10(%37 : i64)
    ^bb10(%207: i64):  // 2 preds: ^bb8, ^bb9
      llvm.br ^bb11
    ^bb11:  // pred: ^bb10
      llvm.br ^bb12(%37, %22, %21, %20, %207 : i64, f32, f32, vector<8xf32>, i64)
    ^bb12(%208: i64, %209: f32, %210: f32, %211: vector<8xf32>, %212: i64):  // 2 preds: ^bb11, ^bb15
      %213 = llvm.icmp "slt" %208, %91 : i64
      llvm.cond_br %213, ^bb13, ^bb16
    ^bb13:  // pred: ^bb12
      %214 = llvm.add %208, %23 : i64
      %215 = llvm.icmp "ult" %214, %91 : i64
      llvm.cond_br %215, ^bb14, ^bb15
    ^bb14:  // pred: ^bb13
      %216 = llvm.urem %214, %35 : i64
      %217 = llvm.mul %214, %26 : i64
      %218 = llvm.add %74, %217 : i64
      %219 = llvm.add %218, %102 : i64
      %220 = llvm.sub %77, %28 : i64
      %221 = llvm.intr.smin(%219, %220) : (i64, i64) -> i64
      %222 = llvm.urem %221, %34 : i64
      %223 = llvm.icmp "ult" %219, %77 : i64
      %224 = llvm.select %223, %26, %37 : i1, i64
      %225 = llvm.mul %216, %33 : i64
      %226 = llvm.mul %102, %32 : i64
      %227 = llvm.add %225, %226 : i64
      %228 = llvm.add %227, %92 : i64
      %229 = llvm.getelementptr %5[%228] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %230 = llvm.mul %212, %31 : i64
      %231 = llvm.mul %222, %33 : i64
      %232 = llvm.add %230, %231 : i64
      %233 = llvm.mul %61, %32 : i64
      %234 = llvm.add %232, %233 : i64
      %235 = llvm.add %234, %92 : i64
      %236 = llvm.getelementptr %arg2[%235] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %237 = llvm.addrspacecast %236 : !llvm.ptr to !llvm.ptr<1>
      %238 = llvm.trunc %224 : i64 to i32
      %239 = llvm.mul %238, %29 : i32
      %240 = llvm.lshr %239, %30 : i32
      nvvm.cp.async.shared.global %229, %237, 16, cache =  cg, %240 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %241 = llvm.getelementptr %62[%228] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %242 = llvm.getelementptr %arg3[%235] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %243 = llvm.addrspacecast %242 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %241, %243, 16, cache =  cg, %240 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      llvm.br ^bb15
    ^bb15:  // 2 preds: ^bb13, ^bb14
      nvvm.cp.async.commit.group
      %244 = llvm.add %208, %35 : i64
      %245 = llvm.mul %244, %26 : i64
      %246 = llvm.add %74, %245 : i64
      %247 = llvm.add %246, %102 : i64
      %248 = llvm.sub %77, %28 : i64
      %249 = llvm.intr.smin(%247, %248) : (i64, i64) -> i64
      %250 = llvm.udiv %249, %34 : i64
      %251 = llvm.add %87, %250 : i64
      %252 = llvm.getelementptr inbounds|nuw %arg5[%251] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %253 = llvm.load %252 : !llvm.ptr -> i32
      %254 = llvm.sext %253 : i32 to i64
      nvvm.cp.async.wait.group 3
      nvvm.barrier0
      %255 = llvm.urem %208, %35 : i64
      %256 = llvm.mul %208, %26 : i64
      %257 = llvm.add %74, %256 : i64
      %258 = llvm.mul %255, %33 : i64
      %259 = llvm.mul %101, %32 : i64
      %260 = llvm.add %258, %259 : i64
      %261 = llvm.add %260, %92 : i64
      %262 = llvm.getelementptr %5[%261] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %263 = llvm.load %262 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %264 = llvm.fpext %263 : vector<8xbf16> to vector<8xf32>
      %265 = llvm.add %257, %101 : i64
      %266 = llvm.fmul %100, %264 : vector<8xf32>
      %267 = "llvm.intr.vector.reduce.fadd"(%21, %266) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
      %268 = llvm.sub %18, %18 : i32
      %269 = llvm.lshr %2, %268 : i32
      %270 = llvm.sub %18, %15 : i32
      %271 = nvvm.shfl.sync  bfly %269, %267, %19, %270 : f32 -> f32
      %272 = llvm.fadd %267, %271 : f32
      %273 = nvvm.shfl.sync  bfly %269, %272, %17, %270 : f32 -> f32
      %274 = llvm.fadd %272, %273 : f32
      %275 = nvvm.shfl.sync  bfly %269, %274, %16, %270 : f32 -> f32
      %276 = llvm.fadd %274, %275 : f32
      %277 = nvvm.shfl.sync  bfly %269, %276, %15, %270 : f32 -> f32
      %278 = llvm.fadd %276, %277 : f32
      %279 = llvm.icmp "ult" %265, %77 : i64
      %280 = llvm.select %279, %278, %22 : i1, f32
      %281 = llvm.add %101, %28 : i64
      %282 = llvm.mul %281, %32 : i64
      %283 = llvm.add %258, %282 : i64
      %284 = llvm.add %283, %92 : i64
      %285 = llvm.getelementptr %5[%284] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %286 = llvm.load %285 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %287 = llvm.fpext %286 : vector<8xbf16> to vector<8xf32>
      %288 = llvm.add %257, %281 : i64
      %289 = llvm.fmul %100, %287 : vector<8xf32>
      %290 = "llvm.intr.vector.reduce.fadd"(%21, %289) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
      %291 = nvvm.shfl.sync  bfly %269, %290, %19, %270 : f32 -> f32
      %292 = llvm.fadd %290, %291 : f32
      %293 = nvvm.shfl.sync  bfly %269, %292, %17, %270 : f32 -> f32
      %294 = llvm.fadd %292, %293 : f32
      %295 = nvvm.shfl.sync  bfly %269, %294, %16, %270 : f32 -> f32
      %296 = llvm.fadd %294, %295 : f32
      %297 = nvvm.shfl.sync  bfly %269, %296, %15, %270 : f32 -> f32
      %298 = llvm.fadd %296, %297 : f32
      %299 = llvm.icmp "ult" %288, %77 : i64
      %300 = llvm.select %299, %298, %22 : i1, f32
      %301 = llvm.add %101, %24 : i64
      %302 = llvm.mul %301, %32 : i64
      %303 = llvm.add %258, %302 : i64
      %304 = llvm.add %303, %92 : i64
      %305 = llvm.getelementptr %5[%304] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %306 = llvm.load %305 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %307 = llvm.fpext %306 : vector<8xbf16> to vector<8xf32>
      %308 = llvm.add %257, %301 : i64
      %309 = llvm.fmul %100, %307 : vector<8xf32>
      %310 = "llvm.intr.vector.reduce.fadd"(%21, %309) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
      %311 = nvvm.shfl.sync  bfly %269, %310, %19, %270 : f32 -> f32
      %312 = llvm.fadd %310, %311 : f32
      %313 = nvvm.shfl.sync  bfly %269, %312, %17, %270 : f32 -> f32
      %314 = llvm.fadd %312, %313 : f32
      %315 = nvvm.shfl.sync  bfly %269, %314, %16, %270 : f32 -> f32
      %316 = llvm.fadd %314, %315 : f32
      %317 = nvvm.shfl.sync  bfly %269, %316, %15, %270 : f32 -> f32
      %318 = llvm.fadd %316, %317 : f32
      %319 = llvm.icmp "ult" %308, %77 : i64
      %320 = llvm.select %319, %318, %22 : i1, f32
      %321 = llvm.add %101, %23 : i64
      %322 = llvm.mul %321, %32 : i64
      %323 = llvm.add %258, %322 : i64
      %324 = llvm.add %323, %92 : i64
      %325 = llvm.getelementptr %5[%324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %326 = llvm.load %325 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %327 = llvm.fpext %326 : vector<8xbf16> to vector<8xf32>
      %328 = llvm.add %257, %321 : i64
      %329 = llvm.fmul %100, %327 : vector<8xf32>
      %330 = "llvm.intr.vector.reduce.fadd"(%21, %329) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
      %331 = nvvm.shfl.sync  bfly %269, %330, %19, %270 : f32 -> f32
      %332 = llvm.fadd %330, %331 : f32
      %333 = nvvm.shfl.sync  bfly %269, %332, %17, %270 : f32 -> f32
      %334 = llvm.fadd %332, %333 : f32
      %335 = nvvm.shfl.sync  bfly %269, %334, %16, %270 : f32 -> f32
      %336 = llvm.fadd %334, %335 : f32
      %337 = nvvm.shfl.sync  bfly %269, %336, %15, %270 : f32 -> f32
      %338 = llvm.fadd %336, %337 : f32
      %339 = llvm.icmp "ult" %328, %77 : i64
      %340 = llvm.select %339, %338, %22 : i1, f32
      %341 = llvm.intr.maximum(%209, %280) : (f32, f32) -> f32
      %342 = llvm.intr.maximum(%341, %300) : (f32, f32) -> f32
      %343 = llvm.intr.maximum(%342, %320) : (f32, f32) -> f32
      %344 = llvm.intr.maximum(%343, %340) : (f32, f32) -> f32
      %345 = llvm.fcmp "oeq" %344, %22 : f32
      %346 = llvm.select %345, %21, %344 : i1, f32
      %347 = llvm.fsub %209, %346 : f32
      %348 = llvm.call @__nv_exp2f(%347) : (f32) -> f32
      %349 = llvm.fmul %210, %348 : f32
      %350 = llvm.insertelement %348, %1[%12 : i32] : vector<8xf32>
      %351 = llvm.shufflevector %350, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %352 = llvm.fmul %211, %351 : vector<8xf32>
      %353 = llvm.fsub %280, %346 : f32
      %354 = llvm.call @__nv_exp2f(%353) : (f32) -> f32
      %355 = llvm.fadd %349, %354 : f32
      %356 = llvm.insertelement %354, %1[%12 : i32] : vector<8xf32>
      %357 = llvm.shufflevector %356, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %358 = llvm.getelementptr %62[%261] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %359 = llvm.load %358 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %360 = llvm.fpext %359 : vector<8xbf16> to vector<8xf32>
      %361 = llvm.intr.fmuladd(%357, %360, %352) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %362 = llvm.fsub %300, %346 : f32
      %363 = llvm.call @__nv_exp2f(%362) : (f32) -> f32
      %364 = llvm.fadd %355, %363 : f32
      %365 = llvm.insertelement %363, %1[%12 : i32] : vector<8xf32>
      %366 = llvm.shufflevector %365, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %367 = llvm.getelementptr %62[%284] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %368 = llvm.load %367 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %369 = llvm.fpext %368 : vector<8xbf16> to vector<8xf32>
      %370 = llvm.intr.fmuladd(%366, %369, %361) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %371 = llvm.fsub %320, %346 : f32
      %372 = llvm.call @__nv_exp2f(%371) : (f32) -> f32
      %373 = llvm.fadd %364, %372 : f32
      %374 = llvm.insertelement %372, %1[%12 : i32] : vector<8xf32>
      %375 = llvm.shufflevector %374, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %376 = llvm.getelementptr %62[%304] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %377 = llvm.load %376 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %378 = llvm.fpext %377 : vector<8xbf16> to vector<8xf32>
      %379 = llvm.intr.fmuladd(%375, %378, %370) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %380 = llvm.fsub %340, %346 : f32
      %381 = llvm.call @__nv_exp2f(%380) : (f32) -> f32
      %382 = llvm.fadd %373, %381 : f32
      %383 = llvm.insertelement %381, %1[%12 : i32] : vector<8xf32>
      %384 = llvm.shufflevector %383, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %385 = llvm.getelementptr %62[%324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %386 = llvm.load %385 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %387 = llvm.fpext %386 : vector<8xbf16> to vector<8xf32>
      %388 = llvm.intr.fmuladd(%384, %387, %379) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      nvvm.barrier0
      %389 = llvm.add %208, %28 : i64
      llvm.br ^bb12(%389, %344, %382, %388, %254 : i64, f32, f32, vector<8xf32>, i64)
    ^bb16:  // pred: ^bb12
      nvvm.cp.async.wait.group 0
      %390 = llvm.icmp "eq" %57, %37 : i64
      %391 = llvm.mul %57, %4 : i64
      %392 = llvm.mul %56, %32 : i64
      %393 = llvm.add %391, %392 : i64
      %394 = llvm.add %393, %92 : i64
      %395 = llvm.getelementptr %63[%394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      llvm.store %211, %395 {alignment = 16 : i64} : vector<8xf32>, !llvm.ptr<3>
      %396 = llvm.icmp "eq" %54, %37 : i64
      llvm.cond_br %396, ^bb17, ^bb18
    ^bb17:  // pred: ^bb16
      %397 = llvm.mul %57, %35 overflow<nsw, nuw> : i64
      %398 = llvm.add %397, %56 overflow<nsw, nuw> : i64
      %399 = llvm.getelementptr inbounds|nuw %64[%398] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      llvm.store %209, %399 : f32, !llvm.ptr<3>
      %400 = llvm.getelementptr inbounds|nuw %65[%398] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      llvm.store %210, %400 : f32, !llvm.ptr<3>
      llvm.br ^bb18
    ^bb18:  // 2 preds: ^bb16, ^bb17
      nvvm.barrier0
      llvm.cond_br %390, ^bb19, ^bb25
    ^bb19:  // pred: ^bb18
      %401 = llvm.mul %37, %35 overflow<nsw, nuw> : i64
      %402 = llvm.add %401, %56 overflow<nsw, nuw> : i64
      %403 = llvm.getelementptr inbounds|nuw %64[%402] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %404 = llvm.load %403 : !llvm.ptr<3> -> f32
      %405 = llvm.getelementptr inbounds|nuw %65[%402] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %406 = llvm.load %405 : !llvm.ptr<3> -> f32
      %407 = llvm.mul %37, %4 : i64
      %408 = llvm.add %407, %392 : i64
      %409 = llvm.add %408, %92 : i64
      %410 = llvm.getelementptr %63[%409] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %411 = llvm.load %410 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xf32>
      %412 = llvm.fcmp "oeq" %404, %22 : f32
      %413 = llvm.select %412, %21, %404 : i1, f32
      %414 = llvm.fsub %22, %413 : f32
      %415 = llvm.call @__nv_exp2f(%414) : (f32) -> f32
      %416 = llvm.fsub %404, %413 : f32
      %417 = llvm.call @__nv_exp2f(%416) : (f32) -> f32
      %418 = llvm.fmul %415, %21 : f32
      %419 = llvm.fmul %406, %417 : f32
      %420 = llvm.fadd %418, %419 : f32
      %421 = llvm.insertelement %417, %1[%12 : i32] : vector<8xf32>
      %422 = llvm.shufflevector %421, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %423 = llvm.insertelement %415, %1[%12 : i32] : vector<8xf32>
      %424 = llvm.shufflevector %423, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %425 = llvm.fmul %424, %20 : vector<8xf32>
      %426 = llvm.intr.fmuladd(%422, %411, %425) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %427 = llvm.mul %28, %35 overflow<nsw, nuw> : i64
      %428 = llvm.add %427, %56 overflow<nsw, nuw> : i64
      %429 = llvm.getelementptr inbounds|nuw %64[%428] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %430 = llvm.load %429 : !llvm.ptr<3> -> f32
      %431 = llvm.getelementptr inbounds|nuw %65[%428] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %432 = llvm.load %431 : !llvm.ptr<3> -> f32
      %433 = llvm.mul %28, %4 : i64
      %434 = llvm.add %433, %392 : i64
      %435 = llvm.add %434, %92 : i64
      %436 = llvm.getelementptr %63[%435] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %437 = llvm.load %436 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xf32>
      %438 = llvm.intr.maximum(%404, %430) : (f32, f32) -> f32
      %439 = llvm.fcmp "oeq" %438, %22 : f32
      %440 = llvm.select %439, %21, %438 : i1, f32
      %441 = llvm.fsub %404, %440 : f32
      %442 = llvm.call @__nv_exp2f(%441) : (f32) -> f32
      %443 = llvm.fsub %430, %440 : f32
      %444 = llvm.call @__nv_exp2f(%443) : (f32) -> f32
      %445 = llvm.fmul %420, %442 : f32
      %446 = llvm.fmul %432, %444 : f32
      %447 = llvm.fadd %445, %446 : f32
      %448 = llvm.insertelement %444, %1[%12 : i32] : vector<8xf32>
      %449 = llvm.shufflevector %448, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %450 = llvm.insertelement %442, %1[%12 : i32] : vector<8xf32>
      %451 = llvm.shufflevector %450, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %452 = llvm.fmul %426, %451 : vector<8xf32>
      %453 = llvm.intr.fmuladd(%449, %437, %452) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %454 = llvm.fcmp "ogt" %447, %21 : f32
      %455 = llvm.select %454, %447, %14 : i1, f32
      %456 = llvm.insertelement %455, %1[%12 : i32] : vector<8xf32>
      %457 = llvm.shufflevector %456, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %458 = llvm.fdiv %453, %457 : vector<8xf32>
      %459 = llvm.select %454, %458, %20 : i1, vector<8xf32>
      %460 = llvm.call @__nv_fast_log2f(%455) : (f32) -> f32
      %461 = llvm.fadd %438, %460 : f32
      %462 = llvm.fmul %461, %13 : f32
      %463 = llvm.select %454, %462, %22 : i1, f32
      %464 = llvm.icmp "slt" %79, %12 : i32
      llvm.cond_br %464, ^bb20, ^bb23
    ^bb20:  // pred: ^bb19
      %465 = llvm.fptrunc %459 : vector<8xf32> to vector<8xbf16>
      %466 = llvm.getelementptr %arg12[%96] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      llvm.store %465, %466 {alignment = 16 : i64} : vector<8xbf16>, !llvm.ptr
      llvm.cond_br %396, ^bb21(%44, %82 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64), ^bb22
    ^bb21(%467: !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, %468: i64):  // 2 preds: ^bb20, ^bb23
      %469 = llvm.extractvalue %467[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %470 = llvm.mul %468, %0 overflow<nsw, nuw> : i64
      %471 = llvm.add %470, %84 overflow<nsw, nuw> : i64
      %472 = llvm.getelementptr inbounds|nuw %469[%471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %463, %472 : f32, !llvm.ptr
      llvm.br ^bb22
    ^bb22:  // 3 preds: ^bb20, ^bb21, ^bb23
      llvm.br ^bb24
    ^bb23:  // pred: ^bb19
      %473 = llvm.sext %79 : i32 to i64
      %474 = llvm.mul %473, %3 : i64
      %475 = llvm.add %474, %94 : i64
      %476 = llvm.add %475, %92 : i64
      %477 = llvm.getelementptr %arg14[%476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %459, %477 {alignment = 16 : i64} : vector<8xf32>, !llvm.ptr
      llvm.cond_br %396, ^bb21(%51, %473 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64), ^bb22
    ^bb24:  // pred: ^bb22
      llvm.br ^bb25
    ^bb25:  // 2 preds: ^bb18, ^bb24
      llvm.br ^bb26
    ^bb26:  // 2 preds: ^bb0, ^bb25
      llvm.return
    }
    llvm.func @llama3_8b_decode_merge(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: !llvm.ptr, %arg3: !llvm.ptr, %arg4: !llvm.ptr, %arg5: !llvm.ptr) attributes {attn.bdx = 16 : i64, gpu.kernel, gpu.known_block_size = array<i32: 128, 1, 1>, nvvm.kernel, nvvm.maxntid = array<i32: 128, 1, 1>} {
      %0 = llvm.mlir.constant(0 : i32) : i32
      %1 = llvm.mlir.poison : vector<8xf32>
      %2 = llvm.mlir.constant(128 : index) : i64
      %3 = llvm.mlir.constant(4096 : index) : i64
      %4 = llvm.mlir.constant(32 : index) : i64
      %5 = llvm.mlir.constant(1 : index) : i64
      %6 = llvm.mlir.constant(0 : index) : i64
      %7 = llvm.mlir.constant(16 : index) : i64
      %8 = llvm.mlir.constant(8 : index) : i64
      %9 = llvm.mlir.constant(0xFF800000 : f32) : f32
      %10 = llvm.mlir.constant(0.000000e+00 : f32) : f32
      %11 = llvm.mlir.constant(dense<0.000000e+00> : vector<8xf32>) : vector<8xf32>
      %12 = llvm.mlir.constant(1.44269502 : f32) : f32
      %13 = llvm.mlir.constant(1.000000e+00 : f32) : f32
      %14 = llvm.mlir.constant(0.693147182 : f32) : f32
      %15 = nvvm.read.ptx.sreg.tid.x range <i32, 0, 128> : i32
      %16 = llvm.sext %15 : i32 to i64
      %17 = llvm.urem %16, %7 : i64
      %18 = nvvm.read.ptx.sreg.ctaid.y : i32
      %19 = llvm.sext %18 : i32 to i64
      %20 = llvm.mul %19, %8 : i64
      %21 = llvm.udiv %16, %7 : i64
      %22 = llvm.add %20, %21 : i64
      %23 = nvvm.read.ptx.sreg.ctaid.x : i32
      %24 = llvm.sext %23 : i32 to i64
      %25 = llvm.mul %17, %8 : i64
      %26 = llvm.load %arg3 : !llvm.ptr -> i32
      %27 = llvm.sext %26 : i32 to i64
      %28 = llvm.icmp "ult" %24, %27 : i64
      llvm.cond_br %28, ^bb1, ^bb9
    ^bb1:  // pred: ^bb0
      %29 = llvm.getelementptr inbounds|nuw %arg2[%24] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %30 = llvm.load %29 : !llvm.ptr -> i32
      %31 = llvm.sext %30 : i32 to i64
      %32 = llvm.add %24, %5 : i64
      %33 = llvm.getelementptr inbounds|nuw %arg2[%32] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %34 = llvm.load %33 : !llvm.ptr -> i32
      %35 = llvm.sext %34 : i32 to i64
      %36 = llvm.icmp "ult" %31, %35 : i64
      llvm.cond_br %36, ^bb2, ^bb8
    ^bb2:  // pred: ^bb1
      llvm.br ^bb3(%31, %9, %10, %11 : i64, f32, f32, vector<8xf32>)
    ^bb3(%37: i64, %38: f32, %39: f32, %40: vector<8xf32>):  // 2 preds: ^bb2, ^bb4
      %41 = llvm.icmp "slt" %37, %35 : i64
      llvm.cond_br %41, ^bb4, ^bb5
    ^bb4:  // pred: ^bb3
      %42 = llvm.mul %37, %4 overflow<nsw, nuw> : i64
      %43 = llvm.add %42, %22 overflow<nsw, nuw> : i64
      %44 = llvm.getelementptr inbounds|nuw %arg1[%43] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %45 = llvm.load %44 : !llvm.ptr -> f32
      %46 = llvm.fmul %45, %12 : f32
      %47 = llvm.mul %37, %3 : i64
      %48 = llvm.mul %22, %2 : i64
      %49 = llvm.add %47, %48 : i64
      %50 = llvm.add %49, %25 : i64
      %51 = llvm.getelementptr %arg0[%50] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %52 = llvm.load %51 {alignment = 16 : i64} : !llvm.ptr -> vector<8xf32>
      %53 = llvm.intr.maximum(%38, %46) : (f32, f32) -> f32
      %54 = llvm.fcmp "oeq" %53, %9 : f32
      %55 = llvm.select %54, %10, %53 : i1, f32
      %56 = llvm.fsub %38, %55 : f32
      %57 = llvm.call @__nv_exp2f(%56) : (f32) -> f32
      %58 = llvm.fsub %46, %55 : f32
      %59 = llvm.call @__nv_exp2f(%58) : (f32) -> f32
      %60 = llvm.fmul %39, %57 : f32
      %61 = llvm.fadd %60, %59 : f32
      %62 = llvm.insertelement %59, %1[%0 : i32] : vector<8xf32>
      %63 = llvm.shufflevector %62, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %64 = llvm.insertelement %57, %1[%0 : i32] : vector<8xf32>
      %65 = llvm.shufflevector %64, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %66 = llvm.fmul %40, %65 : vector<8xf32>
      %67 = llvm.intr.fmuladd(%63, %52, %66) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %68 = llvm.add %37, %5 : i64
      llvm.br ^bb3(%68, %53, %61, %67 : i64, f32, f32, vector<8xf32>)
    ^bb5:  // pred: ^bb3
      %69 = llvm.fcmp "ogt" %39, %10 : f32
      %70 = llvm.select %69, %39, %13 : i1, f32
      %71 = llvm.insertelement %70, %1[%0 : i32] : vector<8xf32>
      %72 = llvm.shufflevector %71, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %73 = llvm.fdiv %40, %72 : vector<8xf32>
      %74 = llvm.select %69, %73, %11 : i1, vector<8xf32>
      %75 = llvm.call @__nv_fast_log2f(%70) : (f32) -> f32
      %76 = llvm.fadd %38, %75 : f32
      %77 = llvm.fmul %76, %14 : f32
      %78 = llvm.select %69, %77, %9 : i1, f32
      %79 = llvm.fptrunc %74 : vector<8xf32> to vector<8xbf16>
      %80 = llvm.mul %24, %3 : i64
      %81 = llvm.mul %22, %2 : i64
      %82 = llvm.add %80, %81 : i64
      %83 = llvm.add %82, %25 : i64
      %84 = llvm.getelementptr %arg4[%83] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      llvm.store %79, %84 {alignment = 16 : i64} : vector<8xbf16>, !llvm.ptr
      %85 = llvm.icmp "eq" %17, %6 : i64
      llvm.cond_br %85, ^bb6, ^bb7
    ^bb6:  // pred: ^bb5
      %86 = llvm.mul %24, %4 overflow<nsw, nuw> : i64
      %87 = llvm.add %86, %22 overflow<nsw, nuw> : i64
      %88 = llvm.getelementptr inbounds|nuw %arg5[%87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %78, %88 : f32, !llvm.ptr
      llvm.br ^bb7
    ^bb7:  // 2 preds: ^bb5, ^bb6
      llvm.br ^bb8
    ^bb8:  // 2 preds: ^bb1, ^bb7
      llvm.br ^bb9
    ^bb9:  // 2 preds: ^bb0, ^bb8
      llvm.return
    }
  }
  attn.kernel_abi @llama3_8b_decode_attention for @llama3_8b_decode_kernels::@llama3_8b_decode_attention {block = array<i32: 128, 1, 1>, dynamic_smem = 21504 : i64, family = "decode", params = [{kind = "ptr", name = "q"}, {kind = "ptr", name = "qo_indptr"}, {kind = "ptr", name = "k_cache"}, {kind = "ptr", name = "v_cache"}, {kind = "ptr", name = "kv_indptr"}, {kind = "ptr", name = "kv_indices"}, {kind = "ptr", name = "kv_last_page_len"}, {kind = "ptr", name = "work_request"}, {kind = "ptr", name = "work_kv_begin"}, {kind = "ptr", name = "work_kv_end"}, {kind = "ptr", name = "work_partial"}, {kind = "ptr", name = "num_work"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}, {kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}], role = "attention", tile = {bdx = 16 : i64, bdy = 4 : i64, bdz = 2 : i64, sm = 90 : i64, split_kv = true, stages = 4 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 8 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  attn.kernel_abi @llama3_8b_decode_merge for @llama3_8b_decode_kernels::@llama3_8b_decode_merge {block = array<i32: 128, 1, 1>, dynamic_smem = 0 : i64, family = "decode", params = [{kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}, {kind = "ptr", name = "merge_indptr"}, {kind = "ptr", name = "num_rows"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}], role = "merge", tile = {bdx = 16 : i64, heads_per_cta = 8 : i64, sm = 90 : i64, split_kv = true, stages = 4 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 8 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  func.func @llama3_8b_decode(%arg0: memref<?x32x128xbf16>, %arg1: memref<?xi32>, %arg2: memref<?x16x8x128xbf16>, %arg3: memref<?x16x8x128xbf16>, %arg4: memref<?xi32>, %arg5: memref<?xi32>, %arg6: memref<?xi32>, %arg7: memref<?x32x128xbf16>, %arg8: memref<?x32xf32>) {
    return
  }
}

