module attributes {gpu.container_module} {
  gpu.module @llama3_8b_decode_kernels [#nvvm.target<O = 3, chip = "sm_90a">] {
    llvm.mlir.global internal @__dynamic_shmem__0() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<0 x i8>
    llvm.func @__nv_fmaf(f32, f32, f32) -> f32
    llvm.func @__nv_exp2f(f32) -> f32
    llvm.func @__nv_fast_log2f(f32) -> f32
    llvm.func @llama3_8b_decode_attention(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: !llvm.ptr, %arg3: !llvm.ptr, %arg4: !llvm.ptr, %arg5: !llvm.ptr, %arg6: !llvm.ptr, %arg7: !llvm.ptr, %arg8: !llvm.ptr, %arg9: !llvm.ptr, %arg10: !llvm.ptr, %arg11: !llvm.ptr, %arg12: !llvm.ptr, %arg13: !llvm.ptr, %arg14: !llvm.ptr, %arg15: !llvm.ptr) attributes {gpu.kernel, gpu.known_block_size = array<i32: 128, 1, 1>, nvvm.kernel, nvvm.maxntid = array<i32: 128, 1, 1>} {
      %0 = llvm.mlir.constant(32 : index) : i64
      %1 = llvm.mlir.constant(512 : index) : i64
      %2 = llvm.mlir.poison : vector<8xf32>
      %3 = llvm.mlir.constant(-1 : i32) : i32
      %4 = llvm.mlir.constant(7 : i64) : i64
      %5 = llvm.mlir.constant(6 : i64) : i64
      %6 = llvm.mlir.constant(5 : i64) : i64
      %7 = llvm.mlir.constant(4 : i64) : i64
      %8 = llvm.mlir.constant(3 : i64) : i64
      %9 = llvm.mlir.constant(2 : i64) : i64
      %10 = llvm.mlir.addressof @__dynamic_shmem__0 : !llvm.ptr<3>
      %11 = llvm.mlir.constant(0 : i64) : i64
      %12 = llvm.mlir.constant(1 : i64) : i64
      %13 = llvm.mlir.constant(32 : i64) : i64
      %14 = llvm.mlir.constant(9223372036854775807 : i64) : i64
      %15 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
      %16 = llvm.mlir.constant(16 : index) : i64
      %17 = llvm.mlir.constant(64 : index) : i64
      %18 = llvm.mlir.constant(8 : index) : i64
      %19 = llvm.mlir.constant(4 : index) : i64
      %20 = llvm.mlir.constant(0 : i32) : i32
      %21 = llvm.mlir.constant(2 : index) : i64
      %22 = llvm.mlir.constant(15 : index) : i64
      %23 = llvm.mlir.constant(1 : index) : i64
      %24 = llvm.mlir.constant(16 : i32) : i32
      %25 = llvm.mlir.constant(3 : i32) : i32
      %26 = llvm.mlir.constant(1024 : index) : i64
      %27 = llvm.mlir.constant(16384 : index) : i64
      %28 = llvm.mlir.constant(128 : index) : i64
      %29 = llvm.mlir.constant(2048 : index) : i64
      %30 = llvm.mlir.constant(0.693147182 : f32) : f32
      %31 = llvm.mlir.constant(1.000000e+00 : f32) : f32
      %32 = llvm.mlir.constant(4096 : index) : i64
      %33 = llvm.mlir.constant(7 : index) : i64
      %34 = llvm.mlir.constant(6 : index) : i64
      %35 = llvm.mlir.constant(5 : index) : i64
      %36 = llvm.mlir.constant(3 : index) : i64
      %37 = llvm.mlir.constant(1 : i32) : i32
      %38 = llvm.mlir.constant(2 : i32) : i32
      %39 = llvm.mlir.constant(4 : i32) : i32
      %40 = llvm.mlir.constant(32 : i32) : i32
      %41 = llvm.mlir.constant(8 : i32) : i32
      %42 = llvm.mlir.constant(dense<0.000000e+00> : vector<8xf32>) : vector<8xf32>
      %43 = llvm.mlir.constant(0.000000e+00 : f32) : f32
      %44 = llvm.mlir.constant(0xFF800000 : f32) : f32
      %45 = llvm.mlir.constant(dense<0.127517432> : vector<8xf32>) : vector<8xf32>
      %46 = llvm.mlir.constant(0 : index) : i64
      %47 = llvm.insertvalue %arg13, %15[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %48 = llvm.insertvalue %arg13, %47[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %49 = llvm.insertvalue %11, %48[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %50 = llvm.insertvalue %13, %49[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %51 = llvm.insertvalue %12, %50[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %52 = llvm.insertvalue %14, %51[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %53 = llvm.insertvalue %13, %52[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %54 = llvm.insertvalue %arg15, %15[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %55 = llvm.insertvalue %arg15, %54[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %56 = llvm.insertvalue %11, %55[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %57 = llvm.insertvalue %13, %56[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %58 = llvm.insertvalue %12, %57[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %59 = llvm.insertvalue %14, %58[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %60 = llvm.insertvalue %13, %59[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      nvvm.griddepcontrol  launch_dependents
      %61 = nvvm.read.ptx.sreg.tid.x range <i32, 0, 128> : i32
      %62 = llvm.sext %61 : i32 to i64
      %63 = llvm.urem %62, %16 : i64
      %64 = llvm.udiv %62, %17 : i64
      %65 = llvm.mul %63, %18 : i64
      %66 = llvm.udiv %62, %16 : i64
      %67 = llvm.urem %66, %19 : i64
      %68 = llvm.mul %64, %19 : i64
      %69 = llvm.add %68, %67 : i64
      %70 = nvvm.read.ptx.sreg.ctaid.x : i32
      %71 = llvm.sext %70 : i32 to i64
      %72 = nvvm.read.ptx.sreg.ctaid.y : i32
      %73 = llvm.sext %72 : i32 to i64
      %74 = llvm.getelementptr %10[8192] : (!llvm.ptr<3>) -> !llvm.ptr<3>, i8
      %75 = llvm.getelementptr %10[16384] : (!llvm.ptr<3>) -> !llvm.ptr<3>, i8
      %76 = llvm.load %arg11 : !llvm.ptr -> i32
      %77 = llvm.sext %76 : i32 to i64
      %78 = llvm.icmp "ult" %71, %77 : i64
      llvm.cond_br %78, ^bb1, ^bb27
    ^bb1:  // pred: ^bb0
      %79 = llvm.getelementptr inbounds|nuw %arg7[%71] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %80 = llvm.load %79 : !llvm.ptr -> i32
      %81 = llvm.sext %80 : i32 to i64
      %82 = llvm.getelementptr inbounds|nuw %arg8[%71] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %83 = llvm.load %82 : !llvm.ptr -> i32
      %84 = llvm.sext %83 : i32 to i64
      %85 = llvm.getelementptr inbounds|nuw %arg9[%71] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %86 = llvm.load %85 : !llvm.ptr -> i32
      %87 = llvm.sext %86 : i32 to i64
      %88 = llvm.getelementptr inbounds|nuw %arg10[%71] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %89 = llvm.load %88 : !llvm.ptr -> i32
      %90 = llvm.getelementptr inbounds|nuw %arg1[%81] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %91 = llvm.load %90 : !llvm.ptr -> i32
      %92 = llvm.sext %91 : i32 to i64
      %93 = llvm.getelementptr inbounds|nuw %arg4[%81] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %94 = llvm.load %93 : !llvm.ptr -> i32
      %95 = llvm.sext %94 : i32 to i64
      %96 = llvm.intr.smax(%87, %84) : (i64, i64) -> i64
      %97 = llvm.sub %96, %84 : i64
      %98 = llvm.add %97, %22 : i64
      %99 = llvm.udiv %98, %16 : i64
      %100 = llvm.mul %73, %19 : i64
      %101 = llvm.add %100, %67 : i64
      %102 = llvm.mul %92, %32 : i64
      %103 = llvm.mul %101, %28 : i64
      %104 = llvm.add %102, %103 : i64
      %105 = llvm.add %104, %65 : i64
      %106 = llvm.getelementptr %arg0[%105] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %107 = llvm.load %106 {alignment = 16 : i64} : !llvm.ptr -> vector<8xbf16>
      %108 = llvm.fpext %107 : vector<8xbf16> to vector<8xf32>
      %109 = llvm.fmul %108, %45 : vector<8xf32>
      %110 = llvm.icmp "ugt" %99, %46 : i64
      llvm.cond_br %110, ^bb2, ^bb3
    ^bb2:  // pred: ^bb1
      %111 = llvm.sub %87, %23 : i64
      %112 = llvm.mul %69, %21 : i64
      %113 = llvm.add %84, %112 : i64
      %114 = llvm.intr.smin(%113, %111) : (i64, i64) -> i64
      %115 = llvm.udiv %114, %16 : i64
      %116 = llvm.add %95, %115 : i64
      %117 = llvm.getelementptr inbounds|nuw %arg5[%116] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %118 = llvm.load %117 : !llvm.ptr -> i32
      %119 = llvm.sext %118 : i32 to i64
      %120 = llvm.add %112, %23 : i64
      %121 = llvm.add %84, %120 : i64
      %122 = llvm.intr.smin(%121, %111) : (i64, i64) -> i64
      %123 = llvm.udiv %122, %16 : i64
      %124 = llvm.add %95, %123 : i64
      %125 = llvm.getelementptr inbounds|nuw %arg5[%124] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %126 = llvm.load %125 : !llvm.ptr -> i32
      %127 = llvm.sext %126 : i32 to i64
      %128 = llvm.icmp "ult" %113, %87 : i64
      %129 = llvm.select %128, %18, %46 : i1, i64
      %130 = llvm.urem %114, %16 : i64
      %131 = llvm.mul %46, %29 : i64
      %132 = llvm.mul %112, %28 : i64
      %133 = llvm.add %131, %132 : i64
      %134 = llvm.add %133, %65 : i64
      %135 = llvm.getelementptr %10[%134] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %136 = llvm.mul %119, %27 : i64
      %137 = llvm.mul %130, %26 : i64
      %138 = llvm.add %136, %137 : i64
      %139 = llvm.mul %73, %28 : i64
      %140 = llvm.add %138, %139 : i64
      %141 = llvm.add %140, %65 : i64
      %142 = llvm.getelementptr %arg2[%141] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %143 = llvm.addrspacecast %142 : !llvm.ptr to !llvm.ptr<1>
      %144 = llvm.trunc %129 : i64 to i32
      %145 = llvm.mul %144, %24 : i32
      %146 = llvm.lshr %145, %25 : i32
      nvvm.cp.async.shared.global %135, %143, 16, cache =  cg, %146 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %147 = llvm.getelementptr %74[%134] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %148 = llvm.getelementptr %arg3[%141] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %149 = llvm.addrspacecast %148 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %147, %149, 16, cache =  cg, %146 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %150 = llvm.icmp "ult" %121, %87 : i64
      %151 = llvm.select %150, %18, %46 : i1, i64
      %152 = llvm.urem %122, %16 : i64
      %153 = llvm.mul %120, %28 : i64
      %154 = llvm.add %131, %153 : i64
      %155 = llvm.add %154, %65 : i64
      %156 = llvm.getelementptr %10[%155] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %157 = llvm.mul %127, %27 : i64
      %158 = llvm.mul %152, %26 : i64
      %159 = llvm.add %157, %158 : i64
      %160 = llvm.add %159, %139 : i64
      %161 = llvm.add %160, %65 : i64
      %162 = llvm.getelementptr %arg2[%161] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %163 = llvm.addrspacecast %162 : !llvm.ptr to !llvm.ptr<1>
      %164 = llvm.trunc %151 : i64 to i32
      %165 = llvm.mul %164, %24 : i32
      %166 = llvm.lshr %165, %25 : i32
      nvvm.cp.async.shared.global %156, %163, 16, cache =  cg, %166 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %167 = llvm.getelementptr %74[%155] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %168 = llvm.getelementptr %arg3[%161] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %169 = llvm.addrspacecast %168 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %167, %169, 16, cache =  cg, %166 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      llvm.br ^bb3
    ^bb3:  // 2 preds: ^bb1, ^bb2
      nvvm.cp.async.commit.group
      llvm.cond_br %110, ^bb4, ^bb5
    ^bb4:  // pred: ^bb3
      %170 = llvm.sub %87, %23 : i64
      %171 = llvm.mul %69, %21 : i64
      %172 = llvm.add %84, %16 : i64
      %173 = llvm.add %172, %171 : i64
      %174 = llvm.intr.smin(%173, %170) : (i64, i64) -> i64
      %175 = llvm.udiv %174, %16 : i64
      %176 = llvm.add %95, %175 : i64
      %177 = llvm.getelementptr inbounds|nuw %arg5[%176] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %178 = llvm.load %177 : !llvm.ptr -> i32
      %179 = llvm.sext %178 : i32 to i64
      %180 = llvm.add %171, %23 : i64
      %181 = llvm.add %172, %180 : i64
      %182 = llvm.intr.smin(%181, %170) : (i64, i64) -> i64
      %183 = llvm.udiv %182, %16 : i64
      %184 = llvm.add %95, %183 : i64
      %185 = llvm.getelementptr inbounds|nuw %arg5[%184] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %186 = llvm.load %185 : !llvm.ptr -> i32
      %187 = llvm.sext %186 : i32 to i64
      llvm.br ^bb6(%179, %187 : i64, i64)
    ^bb5:  // pred: ^bb3
      llvm.br ^bb6(%46, %46 : i64, i64)
    ^bb6(%188: i64, %189: i64):  // 2 preds: ^bb4, ^bb5
      llvm.br ^bb7
    ^bb7:  // pred: ^bb6
      llvm.br ^bb8(%46, %44, %43, %42, %188, %189 : i64, f32, f32, vector<8xf32>, i64, i64)
    ^bb8(%190: i64, %191: f32, %192: f32, %193: vector<8xf32>, %194: i64, %195: i64):  // 2 preds: ^bb7, ^bb11
      %196 = llvm.icmp "slt" %190, %99 : i64
      llvm.cond_br %196, ^bb9, ^bb12
    ^bb9:  // pred: ^bb8
      %197 = llvm.urem %190, %21 : i64
      %198 = llvm.add %190, %23 : i64
      %199 = llvm.icmp "ult" %198, %99 : i64
      llvm.cond_br %199, ^bb10, ^bb11
    ^bb10:  // pred: ^bb9
      %200 = llvm.urem %198, %21 : i64
      %201 = llvm.sub %87, %23 : i64
      %202 = llvm.mul %69, %21 : i64
      %203 = llvm.mul %198, %16 : i64
      %204 = llvm.add %84, %203 : i64
      %205 = llvm.add %204, %202 : i64
      %206 = llvm.intr.smin(%205, %201) : (i64, i64) -> i64
      %207 = llvm.icmp "ult" %205, %87 : i64
      %208 = llvm.select %207, %18, %46 : i1, i64
      %209 = llvm.urem %206, %16 : i64
      %210 = llvm.mul %200, %29 : i64
      %211 = llvm.mul %202, %28 : i64
      %212 = llvm.add %210, %211 : i64
      %213 = llvm.add %212, %65 : i64
      %214 = llvm.getelementptr %10[%213] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %215 = llvm.mul %194, %27 : i64
      %216 = llvm.mul %209, %26 : i64
      %217 = llvm.add %215, %216 : i64
      %218 = llvm.mul %73, %28 : i64
      %219 = llvm.add %217, %218 : i64
      %220 = llvm.add %219, %65 : i64
      %221 = llvm.getelementptr %arg2[%220] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %222 = llvm.addrspacecast %221 : !llvm.ptr to !llvm.ptr<1>
      %223 = llvm.trunc %208 : i64 to i32
      %224 = llvm.mul %223, %24 : i32
      %225 = llvm.lshr %224, %25 : i32
      nvvm.cp.async.shared.global %214, %222, 16, cache =  cg, %225 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %226 = llvm.getelementptr %74[%213] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %227 = llvm.getelementptr %arg3[%220] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %228 = llvm.addrspacecast %227 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %226, %228, 16, cache =  cg, %225 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %229 = llvm.add %202, %23 : i64
      %230 = llvm.add %204, %229 : i64
      %231 = llvm.intr.smin(%230, %201) : (i64, i64) -> i64
      %232 = llvm.icmp "ult" %230, %87 : i64
      %233 = llvm.select %232, %18, %46 : i1, i64
      %234 = llvm.urem %231, %16 : i64
      %235 = llvm.mul %229, %28 : i64
      %236 = llvm.add %210, %235 : i64
      %237 = llvm.add %236, %65 : i64
      %238 = llvm.getelementptr %10[%237] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %239 = llvm.mul %195, %27 : i64
      %240 = llvm.mul %234, %26 : i64
      %241 = llvm.add %239, %240 : i64
      %242 = llvm.add %241, %218 : i64
      %243 = llvm.add %242, %65 : i64
      %244 = llvm.getelementptr %arg2[%243] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %245 = llvm.addrspacecast %244 : !llvm.ptr to !llvm.ptr<1>
      %246 = llvm.trunc %233 : i64 to i32
      %247 = llvm.mul %246, %24 : i32
      %248 = llvm.lshr %247, %25 : i32
      nvvm.cp.async.shared.global %238, %245, 16, cache =  cg, %248 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %249 = llvm.getelementptr %74[%237] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %250 = llvm.getelementptr %arg3[%243] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %251 = llvm.addrspacecast %250 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %249, %251, 16, cache =  cg, %248 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      llvm.br ^bb11
    ^bb11:  // 2 preds: ^bb9, ^bb10
      nvvm.cp.async.commit.group
      %252 = llvm.add %190, %21 : i64
      %253 = llvm.sub %87, %23 : i64
      %254 = llvm.mul %69, %21 : i64
      %255 = llvm.mul %252, %16 : i64
      %256 = llvm.add %84, %255 : i64
      %257 = llvm.add %256, %254 : i64
      %258 = llvm.intr.smin(%257, %253) : (i64, i64) -> i64
      %259 = llvm.udiv %258, %16 : i64
      %260 = llvm.add %95, %259 : i64
      %261 = llvm.getelementptr inbounds|nuw %arg5[%260] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %262 = llvm.load %261 : !llvm.ptr -> i32
      %263 = llvm.sext %262 : i32 to i64
      %264 = llvm.add %254, %23 : i64
      %265 = llvm.add %256, %264 : i64
      %266 = llvm.intr.smin(%265, %253) : (i64, i64) -> i64
      %267 = llvm.udiv %266, %16 : i64
      %268 = llvm.add %95, %267 : i64
      %269 = llvm.getelementptr inbounds|nuw %arg5[%268] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %270 = llvm.load %269 : !llvm.ptr -> i32
      %271 = llvm.sext %270 : i32 to i64
      nvvm.cp.async.wait.group 1
      nvvm.barrier0
      %272 = llvm.mul %190, %16 : i64
      %273 = llvm.add %84, %272 : i64
      %274 = llvm.mul %64, %18 : i64
      %275 = llvm.mul %197, %29 : i64
      %276 = llvm.mul %274, %28 : i64
      %277 = llvm.add %275, %276 : i64
      %278 = llvm.add %277, %65 : i64
      %279 = llvm.getelementptr %10[%278] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %280 = llvm.load %279 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %281 = llvm.fpext %280 : vector<8xbf16> to vector<8xf32>
      %282 = llvm.extractelement %109[%11 : i64] : vector<8xf32>
      %283 = llvm.extractelement %281[%11 : i64] : vector<8xf32>
      %284 = llvm.fmul %282, %283 : f32
      %285 = llvm.extractelement %109[%12 : i64] : vector<8xf32>
      %286 = llvm.extractelement %281[%12 : i64] : vector<8xf32>
      %287 = llvm.call @__nv_fmaf(%285, %286, %284) : (f32, f32, f32) -> f32
      %288 = llvm.extractelement %109[%9 : i64] : vector<8xf32>
      %289 = llvm.extractelement %281[%9 : i64] : vector<8xf32>
      %290 = llvm.call @__nv_fmaf(%288, %289, %287) : (f32, f32, f32) -> f32
      %291 = llvm.extractelement %109[%8 : i64] : vector<8xf32>
      %292 = llvm.extractelement %281[%8 : i64] : vector<8xf32>
      %293 = llvm.call @__nv_fmaf(%291, %292, %290) : (f32, f32, f32) -> f32
      %294 = llvm.extractelement %109[%7 : i64] : vector<8xf32>
      %295 = llvm.extractelement %281[%7 : i64] : vector<8xf32>
      %296 = llvm.call @__nv_fmaf(%294, %295, %293) : (f32, f32, f32) -> f32
      %297 = llvm.extractelement %109[%6 : i64] : vector<8xf32>
      %298 = llvm.extractelement %281[%6 : i64] : vector<8xf32>
      %299 = llvm.call @__nv_fmaf(%297, %298, %296) : (f32, f32, f32) -> f32
      %300 = llvm.extractelement %109[%5 : i64] : vector<8xf32>
      %301 = llvm.extractelement %281[%5 : i64] : vector<8xf32>
      %302 = llvm.call @__nv_fmaf(%300, %301, %299) : (f32, f32, f32) -> f32
      %303 = llvm.extractelement %109[%4 : i64] : vector<8xf32>
      %304 = llvm.extractelement %281[%4 : i64] : vector<8xf32>
      %305 = llvm.call @__nv_fmaf(%303, %304, %302) : (f32, f32, f32) -> f32
      %306 = llvm.sub %40, %40 : i32
      %307 = llvm.lshr %3, %306 : i32
      %308 = llvm.sub %40, %37 : i32
      %309 = nvvm.shfl.sync  bfly %307, %305, %41, %308 : f32 -> f32
      %310 = llvm.fadd %305, %309 : f32
      %311 = nvvm.shfl.sync  bfly %307, %310, %39, %308 : f32 -> f32
      %312 = llvm.fadd %310, %311 : f32
      %313 = nvvm.shfl.sync  bfly %307, %312, %38, %308 : f32 -> f32
      %314 = llvm.fadd %312, %313 : f32
      %315 = nvvm.shfl.sync  bfly %307, %314, %37, %308 : f32 -> f32
      %316 = llvm.fadd %314, %315 : f32
      %317 = llvm.add %274, %23 : i64
      %318 = llvm.mul %317, %28 : i64
      %319 = llvm.add %275, %318 : i64
      %320 = llvm.add %319, %65 : i64
      %321 = llvm.getelementptr %10[%320] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %322 = llvm.load %321 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %323 = llvm.fpext %322 : vector<8xbf16> to vector<8xf32>
      %324 = llvm.extractelement %323[%11 : i64] : vector<8xf32>
      %325 = llvm.fmul %282, %324 : f32
      %326 = llvm.extractelement %323[%12 : i64] : vector<8xf32>
      %327 = llvm.call @__nv_fmaf(%285, %326, %325) : (f32, f32, f32) -> f32
      %328 = llvm.extractelement %323[%9 : i64] : vector<8xf32>
      %329 = llvm.call @__nv_fmaf(%288, %328, %327) : (f32, f32, f32) -> f32
      %330 = llvm.extractelement %323[%8 : i64] : vector<8xf32>
      %331 = llvm.call @__nv_fmaf(%291, %330, %329) : (f32, f32, f32) -> f32
      %332 = llvm.extractelement %323[%7 : i64] : vector<8xf32>
      %333 = llvm.call @__nv_fmaf(%294, %332, %331) : (f32, f32, f32) -> f32
      %334 = llvm.extractelement %323[%6 : i64] : vector<8xf32>
      %335 = llvm.call @__nv_fmaf(%297, %334, %333) : (f32, f32, f32) -> f32
      %336 = llvm.extractelement %323[%5 : i64] : vector<8xf32>
      %337 = llvm.call @__nv_fmaf(%300, %336, %335) : (f32, f32, f32) -> f32
      %338 = llvm.extractelement %323[%4 : i64] : vector<8xf32>
      %339 = llvm.call @__nv_fmaf(%303, %338, %337) : (f32, f32, f32) -> f32
      %340 = nvvm.shfl.sync  bfly %307, %339, %41, %308 : f32 -> f32
      %341 = llvm.fadd %339, %340 : f32
      %342 = nvvm.shfl.sync  bfly %307, %341, %39, %308 : f32 -> f32
      %343 = llvm.fadd %341, %342 : f32
      %344 = nvvm.shfl.sync  bfly %307, %343, %38, %308 : f32 -> f32
      %345 = llvm.fadd %343, %344 : f32
      %346 = nvvm.shfl.sync  bfly %307, %345, %37, %308 : f32 -> f32
      %347 = llvm.fadd %345, %346 : f32
      %348 = llvm.add %274, %21 : i64
      %349 = llvm.mul %348, %28 : i64
      %350 = llvm.add %275, %349 : i64
      %351 = llvm.add %350, %65 : i64
      %352 = llvm.getelementptr %10[%351] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %353 = llvm.load %352 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %354 = llvm.fpext %353 : vector<8xbf16> to vector<8xf32>
      %355 = llvm.extractelement %354[%11 : i64] : vector<8xf32>
      %356 = llvm.fmul %282, %355 : f32
      %357 = llvm.extractelement %354[%12 : i64] : vector<8xf32>
      %358 = llvm.call @__nv_fmaf(%285, %357, %356) : (f32, f32, f32) -> f32
      %359 = llvm.extractelement %354[%9 : i64] : vector<8xf32>
      %360 = llvm.call @__nv_fmaf(%288, %359, %358) : (f32, f32, f32) -> f32
      %361 = llvm.extractelement %354[%8 : i64] : vector<8xf32>
      %362 = llvm.call @__nv_fmaf(%291, %361, %360) : (f32, f32, f32) -> f32
      %363 = llvm.extractelement %354[%7 : i64] : vector<8xf32>
      %364 = llvm.call @__nv_fmaf(%294, %363, %362) : (f32, f32, f32) -> f32
      %365 = llvm.extractelement %354[%6 : i64] : vector<8xf32>
      %366 = llvm.call @__nv_fmaf(%297, %365, %364) : (f32, f32, f32) -> f32
      %367 = llvm.extractelement %354[%5 : i64] : vector<8xf32>
      %368 = llvm.call @__nv_fmaf(%300, %367, %366) : (f32, f32, f32) -> f32
      %369 = llvm.extractelement %354[%4 : i64] : vector<8xf32>
      %370 = llvm.call @__nv_fmaf(%303, %369, %368) : (f32, f32, f32) -> f32
      %371 = nvvm.shfl.sync  bfly %307, %370, %41, %308 : f32 -> f32
      %372 = llvm.fadd %370, %371 : f32
      %373 = nvvm.shfl.sync  bfly %307, %372, %39, %308 : f32 -> f32
      %374 = llvm.fadd %372, %373 : f32
      %375 = nvvm.shfl.sync  bfly %307, %374, %38, %308 : f32 -> f32
      %376 = llvm.fadd %374, %375 : f32
      %377 = nvvm.shfl.sync  bfly %307, %376, %37, %308 : f32 -> f32
      %378 = llvm.fadd %376, %377 : f32
      %379 = llvm.add %274, %36 : i64
      %380 = llvm.mul %379, %28 : i64
      %381 = llvm.add %275, %380 : i64
      %382 = llvm.add %381, %65 : i64
      %383 = llvm.getelementptr %10[%382] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %384 = llvm.load %383 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %385 = llvm.fpext %384 : vector<8xbf16> to vector<8xf32>
      %386 = llvm.extractelement %385[%11 : i64] : vector<8xf32>
      %387 = llvm.fmul %282, %386 : f32
      %388 = llvm.extractelement %385[%12 : i64] : vector<8xf32>
      %389 = llvm.call @__nv_fmaf(%285, %388, %387) : (f32, f32, f32) -> f32
      %390 = llvm.extractelement %385[%9 : i64] : vector<8xf32>
      %391 = llvm.call @__nv_fmaf(%288, %390, %389) : (f32, f32, f32) -> f32
      %392 = llvm.extractelement %385[%8 : i64] : vector<8xf32>
      %393 = llvm.call @__nv_fmaf(%291, %392, %391) : (f32, f32, f32) -> f32
      %394 = llvm.extractelement %385[%7 : i64] : vector<8xf32>
      %395 = llvm.call @__nv_fmaf(%294, %394, %393) : (f32, f32, f32) -> f32
      %396 = llvm.extractelement %385[%6 : i64] : vector<8xf32>
      %397 = llvm.call @__nv_fmaf(%297, %396, %395) : (f32, f32, f32) -> f32
      %398 = llvm.extractelement %385[%5 : i64] : vector<8xf32>
      %399 = llvm.call @__nv_fmaf(%300, %398, %397) : (f32, f32, f32) -> f32
      %400 = llvm.extractelement %385[%4 : i64] : vector<8xf32>
      %401 = llvm.call @__nv_fmaf(%303, %400, %399) : (f32, f32, f32) -> f32
      %402 = nvvm.shfl.sync  bfly %307, %401, %41, %308 : f32 -> f32
      %403 = llvm.fadd %401, %402 : f32
      %404 = nvvm.shfl.sync  bfly %307, %403, %39, %308 : f32 -> f32
      %405 = llvm.fadd %403, %404 : f32
      %406 = nvvm.shfl.sync  bfly %307, %405, %38, %308 : f32 -> f32
      %407 = llvm.fadd %405, %406 : f32
      %408 = nvvm.shfl.sync  bfly %307, %407, %37, %308 : f32 -> f32
      %409 = llvm.fadd %407, %408 : f32
      %410 = llvm.add %274, %19 : i64
      %411 = llvm.mul %410, %28 : i64
      %412 = llvm.add %275, %411 : i64
      %413 = llvm.add %412, %65 : i64
      %414 = llvm.getelementptr %10[%413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %415 = llvm.load %414 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %416 = llvm.fpext %415 : vector<8xbf16> to vector<8xf32>
      %417 = llvm.extractelement %416[%11 : i64] : vector<8xf32>
      %418 = llvm.fmul %282, %417 : f32
      %419 = llvm.extractelement %416[%12 : i64] : vector<8xf32>
      %420 = llvm.call @__nv_fmaf(%285, %419, %418) : (f32, f32, f32) -> f32
      %421 = llvm.extractelement %416[%9 : i64] : vector<8xf32>
      %422 = llvm.call @__nv_fmaf(%288, %421, %420) : (f32, f32, f32) -> f32
      %423 = llvm.extractelement %416[%8 : i64] : vector<8xf32>
      %424 = llvm.call @__nv_fmaf(%291, %423, %422) : (f32, f32, f32) -> f32
      %425 = llvm.extractelement %416[%7 : i64] : vector<8xf32>
      %426 = llvm.call @__nv_fmaf(%294, %425, %424) : (f32, f32, f32) -> f32
      %427 = llvm.extractelement %416[%6 : i64] : vector<8xf32>
      %428 = llvm.call @__nv_fmaf(%297, %427, %426) : (f32, f32, f32) -> f32
      %429 = llvm.extractelement %416[%5 : i64] : vector<8xf32>
      %430 = llvm.call @__nv_fmaf(%300, %429, %428) : (f32, f32, f32) -> f32
      %431 = llvm.extractelement %416[%4 : i64] : vector<8xf32>
      %432 = llvm.call @__nv_fmaf(%303, %431, %430) : (f32, f32, f32) -> f32
      %433 = nvvm.shfl.sync  bfly %307, %432, %41, %308 : f32 -> f32
      %434 = llvm.fadd %432, %433 : f32
      %435 = nvvm.shfl.sync  bfly %307, %434, %39, %308 : f32 -> f32
      %436 = llvm.fadd %434, %435 : f32
      %437 = nvvm.shfl.sync  bfly %307, %436, %38, %308 : f32 -> f32
      %438 = llvm.fadd %436, %437 : f32
      %439 = nvvm.shfl.sync  bfly %307, %438, %37, %308 : f32 -> f32
      %440 = llvm.fadd %438, %439 : f32
      %441 = llvm.add %274, %35 : i64
      %442 = llvm.mul %441, %28 : i64
      %443 = llvm.add %275, %442 : i64
      %444 = llvm.add %443, %65 : i64
      %445 = llvm.getelementptr %10[%444] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %446 = llvm.load %445 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %447 = llvm.fpext %446 : vector<8xbf16> to vector<8xf32>
      %448 = llvm.extractelement %447[%11 : i64] : vector<8xf32>
      %449 = llvm.fmul %282, %448 : f32
      %450 = llvm.extractelement %447[%12 : i64] : vector<8xf32>
      %451 = llvm.call @__nv_fmaf(%285, %450, %449) : (f32, f32, f32) -> f32
      %452 = llvm.extractelement %447[%9 : i64] : vector<8xf32>
      %453 = llvm.call @__nv_fmaf(%288, %452, %451) : (f32, f32, f32) -> f32
      %454 = llvm.extractelement %447[%8 : i64] : vector<8xf32>
      %455 = llvm.call @__nv_fmaf(%291, %454, %453) : (f32, f32, f32) -> f32
      %456 = llvm.extractelement %447[%7 : i64] : vector<8xf32>
      %457 = llvm.call @__nv_fmaf(%294, %456, %455) : (f32, f32, f32) -> f32
      %458 = llvm.extractelement %447[%6 : i64] : vector<8xf32>
      %459 = llvm.call @__nv_fmaf(%297, %458, %457) : (f32, f32, f32) -> f32
      %460 = llvm.extractelement %447[%5 : i64] : vector<8xf32>
      %461 = llvm.call @__nv_fmaf(%300, %460, %459) : (f32, f32, f32) -> f32
      %462 = llvm.extractelement %447[%4 : i64] : vector<8xf32>
      %463 = llvm.call @__nv_fmaf(%303, %462, %461) : (f32, f32, f32) -> f32
      %464 = nvvm.shfl.sync  bfly %307, %463, %41, %308 : f32 -> f32
      %465 = llvm.fadd %463, %464 : f32
      %466 = nvvm.shfl.sync  bfly %307, %465, %39, %308 : f32 -> f32
      %467 = llvm.fadd %465, %466 : f32
      %468 = nvvm.shfl.sync  bfly %307, %467, %38, %308 : f32 -> f32
      %469 = llvm.fadd %467, %468 : f32
      %470 = nvvm.shfl.sync  bfly %307, %469, %37, %308 : f32 -> f32
      %471 = llvm.fadd %469, %470 : f32
      %472 = llvm.add %274, %34 : i64
      %473 = llvm.mul %472, %28 : i64
      %474 = llvm.add %275, %473 : i64
      %475 = llvm.add %474, %65 : i64
      %476 = llvm.getelementptr %10[%475] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %477 = llvm.load %476 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %478 = llvm.fpext %477 : vector<8xbf16> to vector<8xf32>
      %479 = llvm.extractelement %478[%11 : i64] : vector<8xf32>
      %480 = llvm.fmul %282, %479 : f32
      %481 = llvm.extractelement %478[%12 : i64] : vector<8xf32>
      %482 = llvm.call @__nv_fmaf(%285, %481, %480) : (f32, f32, f32) -> f32
      %483 = llvm.extractelement %478[%9 : i64] : vector<8xf32>
      %484 = llvm.call @__nv_fmaf(%288, %483, %482) : (f32, f32, f32) -> f32
      %485 = llvm.extractelement %478[%8 : i64] : vector<8xf32>
      %486 = llvm.call @__nv_fmaf(%291, %485, %484) : (f32, f32, f32) -> f32
      %487 = llvm.extractelement %478[%7 : i64] : vector<8xf32>
      %488 = llvm.call @__nv_fmaf(%294, %487, %486) : (f32, f32, f32) -> f32
      %489 = llvm.extractelement %478[%6 : i64] : vector<8xf32>
      %490 = llvm.call @__nv_fmaf(%297, %489, %488) : (f32, f32, f32) -> f32
      %491 = llvm.extractelement %478[%5 : i64] : vector<8xf32>
      %492 = llvm.call @__nv_fmaf(%300, %491, %490) : (f32, f32, f32) -> f32
      %493 = llvm.extractelement %478[%4 : i64] : vector<8xf32>
      %494 = llvm.call @__nv_fmaf(%303, %493, %492) : (f32, f32, f32) -> f32
      %495 = nvvm.shfl.sync  bfly %307, %494, %41, %308 : f32 -> f32
      %496 = llvm.fadd %494, %495 : f32
      %497 = nvvm.shfl.sync  bfly %307, %496, %39, %308 : f32 -> f32
      %498 = llvm.fadd %496, %497 : f32
      %499 = nvvm.shfl.sync  bfly %307, %498, %38, %308 : f32 -> f32
      %500 = llvm.fadd %498, %499 : f32
      %501 = nvvm.shfl.sync  bfly %307, %500, %37, %308 : f32 -> f32
      %502 = llvm.fadd %500, %501 : f32
      %503 = llvm.add %274, %33 : i64
      %504 = llvm.mul %503, %28 : i64
      %505 = llvm.add %275, %504 : i64
      %506 = llvm.add %505, %65 : i64
      %507 = llvm.getelementptr %10[%506] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %508 = llvm.load %507 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %509 = llvm.fpext %508 : vector<8xbf16> to vector<8xf32>
      %510 = llvm.extractelement %509[%11 : i64] : vector<8xf32>
      %511 = llvm.fmul %282, %510 : f32
      %512 = llvm.extractelement %509[%12 : i64] : vector<8xf32>
      %513 = llvm.call @__nv_fmaf(%285, %512, %511) : (f32, f32, f32) -> f32
      %514 = llvm.extractelement %509[%9 : i64] : vector<8xf32>
      %515 = llvm.call @__nv_fmaf(%288, %514, %513) : (f32, f32, f32) -> f32
      %516 = llvm.extractelement %509[%8 : i64] : vector<8xf32>
      %517 = llvm.call @__nv_fmaf(%291, %516, %515) : (f32, f32, f32) -> f32
      %518 = llvm.extractelement %509[%7 : i64] : vector<8xf32>
      %519 = llvm.call @__nv_fmaf(%294, %518, %517) : (f32, f32, f32) -> f32
      %520 = llvm.extractelement %509[%6 : i64] : vector<8xf32>
      %521 = llvm.call @__nv_fmaf(%297, %520, %519) : (f32, f32, f32) -> f32
      %522 = llvm.extractelement %509[%5 : i64] : vector<8xf32>
      %523 = llvm.call @__nv_fmaf(%300, %522, %521) : (f32, f32, f32) -> f32
      %524 = llvm.extractelement %509[%4 : i64] : vector<8xf32>
      %525 = llvm.call @__nv_fmaf(%303, %524, %523) : (f32, f32, f32) -> f32
      %526 = nvvm.shfl.sync  bfly %307, %525, %41, %308 : f32 -> f32
      %527 = llvm.fadd %525, %526 : f32
      %528 = nvvm.shfl.sync  bfly %307, %527, %39, %308 : f32 -> f32
      %529 = llvm.fadd %527, %528 : f32
      %530 = nvvm.shfl.sync  bfly %307, %529, %38, %308 : f32 -> f32
      %531 = llvm.fadd %529, %530 : f32
      %532 = nvvm.shfl.sync  bfly %307, %531, %37, %308 : f32 -> f32
      %533 = llvm.fadd %531, %532 : f32
      %534 = llvm.add %273, %274 : i64
      %535 = llvm.icmp "ult" %534, %87 : i64
      %536 = llvm.select %535, %316, %44 : i1, f32
      %537 = llvm.add %273, %317 : i64
      %538 = llvm.icmp "ult" %537, %87 : i64
      %539 = llvm.select %538, %347, %44 : i1, f32
      %540 = llvm.add %273, %348 : i64
      %541 = llvm.icmp "ult" %540, %87 : i64
      %542 = llvm.select %541, %378, %44 : i1, f32
      %543 = llvm.add %273, %379 : i64
      %544 = llvm.icmp "ult" %543, %87 : i64
      %545 = llvm.select %544, %409, %44 : i1, f32
      %546 = llvm.add %273, %410 : i64
      %547 = llvm.icmp "ult" %546, %87 : i64
      %548 = llvm.select %547, %440, %44 : i1, f32
      %549 = llvm.add %273, %441 : i64
      %550 = llvm.icmp "ult" %549, %87 : i64
      %551 = llvm.select %550, %471, %44 : i1, f32
      %552 = llvm.add %273, %472 : i64
      %553 = llvm.icmp "ult" %552, %87 : i64
      %554 = llvm.select %553, %502, %44 : i1, f32
      %555 = llvm.add %273, %503 : i64
      %556 = llvm.icmp "ult" %555, %87 : i64
      %557 = llvm.select %556, %533, %44 : i1, f32
      %558 = llvm.getelementptr %74[%278] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %559 = llvm.load %558 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %560 = llvm.fpext %559 : vector<8xbf16> to vector<8xf32>
      %561 = llvm.getelementptr %74[%320] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %562 = llvm.load %561 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %563 = llvm.fpext %562 : vector<8xbf16> to vector<8xf32>
      %564 = llvm.getelementptr %74[%351] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %565 = llvm.load %564 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %566 = llvm.fpext %565 : vector<8xbf16> to vector<8xf32>
      %567 = llvm.getelementptr %74[%382] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %568 = llvm.load %567 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %569 = llvm.fpext %568 : vector<8xbf16> to vector<8xf32>
      %570 = llvm.getelementptr %74[%413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %571 = llvm.load %570 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %572 = llvm.fpext %571 : vector<8xbf16> to vector<8xf32>
      %573 = llvm.getelementptr %74[%444] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %574 = llvm.load %573 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %575 = llvm.fpext %574 : vector<8xbf16> to vector<8xf32>
      %576 = llvm.getelementptr %74[%475] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %577 = llvm.load %576 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %578 = llvm.fpext %577 : vector<8xbf16> to vector<8xf32>
      %579 = llvm.getelementptr %74[%506] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %580 = llvm.load %579 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %581 = llvm.fpext %580 : vector<8xbf16> to vector<8xf32>
      %582 = llvm.intr.maximum(%191, %536) : (f32, f32) -> f32
      %583 = llvm.intr.maximum(%582, %539) : (f32, f32) -> f32
      %584 = llvm.intr.maximum(%583, %542) : (f32, f32) -> f32
      %585 = llvm.intr.maximum(%584, %545) : (f32, f32) -> f32
      %586 = llvm.intr.maximum(%585, %548) : (f32, f32) -> f32
      %587 = llvm.intr.maximum(%586, %551) : (f32, f32) -> f32
      %588 = llvm.intr.maximum(%587, %554) : (f32, f32) -> f32
      %589 = llvm.intr.maximum(%588, %557) : (f32, f32) -> f32
      %590 = llvm.fcmp "oeq" %589, %44 : f32
      %591 = llvm.select %590, %43, %589 : i1, f32
      %592 = llvm.fsub %191, %591 : f32
      %593 = llvm.call @__nv_exp2f(%592) : (f32) -> f32
      %594 = llvm.fmul %192, %593 : f32
      %595 = llvm.insertelement %593, %2[%20 : i32] : vector<8xf32>
      %596 = llvm.shufflevector %595, %2 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %597 = llvm.fmul %193, %596 : vector<8xf32>
      %598 = llvm.fsub %536, %591 : f32
      %599 = llvm.call @__nv_exp2f(%598) : (f32) -> f32
      %600 = llvm.fadd %594, %599 : f32
      %601 = llvm.insertelement %599, %2[%20 : i32] : vector<8xf32>
      %602 = llvm.shufflevector %601, %2 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %603 = llvm.intr.fmuladd(%602, %560, %597) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %604 = llvm.fsub %539, %591 : f32
      %605 = llvm.call @__nv_exp2f(%604) : (f32) -> f32
      %606 = llvm.fadd %600, %605 : f32
      %607 = llvm.insertelement %605, %2[%20 : i32] : vector<8xf32>
      %608 = llvm.shufflevector %607, %2 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %609 = llvm.intr.fmuladd(%608, %563, %603) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %610 = llvm.fsub %542, %591 : f32
      %611 = llvm.call @__nv_exp2f(%610) : (f32) -> f32
      %612 = llvm.fadd %606, %611 : f32
      %613 = llvm.insertelement %611, %2[%20 : i32] : vector<8xf32>
      %614 = llvm.shufflevector %613, %2 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %615 = llvm.intr.fmuladd(%614, %566, %609) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %616 = llvm.fsub %545, %591 : f32
      %617 = llvm.call @__nv_exp2f(%616) : (f32) -> f32
      %618 = llvm.fadd %612, %617 : f32
      %619 = llvm.insertelement %617, %2[%20 : i32] : vector<8xf32>
      %620 = llvm.shufflevector %619, %2 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %621 = llvm.intr.fmuladd(%620, %569, %615) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %622 = llvm.fsub %548, %591 : f32
      %623 = llvm.call @__nv_exp2f(%622) : (f32) -> f32
      %624 = llvm.fadd %618, %623 : f32
      %625 = llvm.insertelement %623, %2[%20 : i32] : vector<8xf32>
      %626 = llvm.shufflevector %625, %2 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %627 = llvm.intr.fmuladd(%626, %572, %621) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %628 = llvm.fsub %551, %591 : f32
      %629 = llvm.call @__nv_exp2f(%628) : (f32) -> f32
      %630 = llvm.fadd %624, %629 : f32
      %631 = llvm.insertelement %629, %2[%20 : i32] : vector<8xf32>
      %632 = llvm.shufflevector %631, %2 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %633 = llvm.intr.fmuladd(%632, %575, %627) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %634 = llvm.fsub %554, %591 : f32
      %635 = llvm.call @__nv_exp2f(%634) : (f32) -> f32
      %636 = llvm.fadd %630, %635 : f32
      %637 = llvm.insertelement %635, %2[%20 : i32] : vector<8xf32>
      %638 = llvm.shufflevector %637, %2 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %639 = llvm.intr.fmuladd(%638, %578, %633) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %640 = llvm.fsub %557, %591 : f32
      %641 = llvm.call @__nv_exp2f(%640) : (f32) -> f32
      %642 = llvm.fadd %636, %641 : f32
      %643 = llvm.insertelement %641, %2[%20 : i32] : vector<8xf32>
      %644 = llvm.shufflevector %643, %2 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %645 = llvm.intr.fmuladd(%644, %581, %639) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      nvvm.barrier0
      llvm.br ^bb8(%198, %589, %642, %645, %263, %271 : i64, f32, f32, vector<8xf32>, i64, i64)
    ^bb12:  // pred: ^bb8
      nvvm.cp.async.wait.group 0
      %646 = llvm.getelementptr %75[4096] : (!llvm.ptr<3>) -> !llvm.ptr<3>, i8
      %647 = llvm.getelementptr %75[4128] : (!llvm.ptr<3>) -> !llvm.ptr<3>, i8
      %648 = llvm.mul %64, %1 : i64
      %649 = llvm.mul %67, %28 : i64
      %650 = llvm.add %648, %649 : i64
      %651 = llvm.add %650, %65 : i64
      %652 = llvm.getelementptr %75[%651] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      llvm.store %193, %652 {alignment = 16 : i64} : vector<8xf32>, !llvm.ptr<3>
      %653 = llvm.icmp "eq" %63, %46 : i64
      llvm.cond_br %653, ^bb13, ^bb14
    ^bb13:  // pred: ^bb12
      %654 = llvm.mul %64, %19 overflow<nsw, nuw> : i64
      %655 = llvm.add %654, %67 overflow<nsw, nuw> : i64
      %656 = llvm.getelementptr inbounds|nuw %646[%655] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      llvm.store %191, %656 : f32, !llvm.ptr<3>
      %657 = llvm.getelementptr inbounds|nuw %647[%655] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      llvm.store %192, %657 : f32, !llvm.ptr<3>
      llvm.br ^bb14
    ^bb14:  // 2 preds: ^bb12, ^bb13
      nvvm.barrier0
      %658 = llvm.icmp "eq" %64, %46 : i64
      llvm.cond_br %658, ^bb15, ^bb16
    ^bb15:  // pred: ^bb14
      %659 = llvm.mul %46, %19 overflow<nsw, nuw> : i64
      %660 = llvm.add %659, %67 overflow<nsw, nuw> : i64
      %661 = llvm.getelementptr inbounds|nuw %646[%660] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %662 = llvm.load %661 : !llvm.ptr<3> -> f32
      %663 = llvm.getelementptr inbounds|nuw %647[%660] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %664 = llvm.load %663 : !llvm.ptr<3> -> f32
      %665 = llvm.mul %46, %1 : i64
      %666 = llvm.add %665, %649 : i64
      %667 = llvm.add %666, %65 : i64
      %668 = llvm.getelementptr %75[%667] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %669 = llvm.load %668 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xf32>
      %670 = llvm.fcmp "oeq" %662, %44 : f32
      %671 = llvm.select %670, %43, %662 : i1, f32
      %672 = llvm.fsub %44, %671 : f32
      %673 = llvm.call @__nv_exp2f(%672) : (f32) -> f32
      %674 = llvm.fsub %662, %671 : f32
      %675 = llvm.call @__nv_exp2f(%674) : (f32) -> f32
      %676 = llvm.fmul %673, %43 : f32
      %677 = llvm.fmul %664, %675 : f32
      %678 = llvm.fadd %676, %677 : f32
      %679 = llvm.insertelement %675, %2[%20 : i32] : vector<8xf32>
      %680 = llvm.shufflevector %679, %2 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %681 = llvm.insertelement %673, %2[%20 : i32] : vector<8xf32>
      %682 = llvm.shufflevector %681, %2 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %683 = llvm.fmul %682, %42 : vector<8xf32>
      %684 = llvm.intr.fmuladd(%680, %669, %683) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %685 = llvm.mul %23, %19 overflow<nsw, nuw> : i64
      %686 = llvm.add %685, %67 overflow<nsw, nuw> : i64
      %687 = llvm.getelementptr inbounds|nuw %646[%686] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %688 = llvm.load %687 : !llvm.ptr<3> -> f32
      %689 = llvm.getelementptr inbounds|nuw %647[%686] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %690 = llvm.load %689 : !llvm.ptr<3> -> f32
      %691 = llvm.mul %23, %1 : i64
      %692 = llvm.add %691, %649 : i64
      %693 = llvm.add %692, %65 : i64
      %694 = llvm.getelementptr %75[%693] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %695 = llvm.load %694 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xf32>
      %696 = llvm.intr.maximum(%662, %688) : (f32, f32) -> f32
      %697 = llvm.fcmp "oeq" %696, %44 : f32
      %698 = llvm.select %697, %43, %696 : i1, f32
      %699 = llvm.fsub %662, %698 : f32
      %700 = llvm.call @__nv_exp2f(%699) : (f32) -> f32
      %701 = llvm.fsub %688, %698 : f32
      %702 = llvm.call @__nv_exp2f(%701) : (f32) -> f32
      %703 = llvm.fmul %678, %700 : f32
      %704 = llvm.fmul %690, %702 : f32
      %705 = llvm.fadd %703, %704 : f32
      %706 = llvm.insertelement %702, %2[%20 : i32] : vector<8xf32>
      %707 = llvm.shufflevector %706, %2 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %708 = llvm.insertelement %700, %2[%20 : i32] : vector<8xf32>
      %709 = llvm.shufflevector %708, %2 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %710 = llvm.fmul %684, %709 : vector<8xf32>
      %711 = llvm.intr.fmuladd(%707, %695, %710) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      llvm.br ^bb17(%696, %705, %711 : f32, f32, vector<8xf32>)
    ^bb16:  // pred: ^bb14
      llvm.br ^bb17(%191, %192, %193 : f32, f32, vector<8xf32>)
    ^bb17(%712: f32, %713: f32, %714: vector<8xf32>):  // 2 preds: ^bb15, ^bb16
      llvm.br ^bb18
    ^bb18:  // pred: ^bb17
      %715 = llvm.fcmp "ogt" %713, %43 : f32
      %716 = llvm.select %715, %713, %31 : i1, f32
      %717 = llvm.insertelement %716, %2[%20 : i32] : vector<8xf32>
      %718 = llvm.shufflevector %717, %2 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %719 = llvm.fdiv %714, %718 : vector<8xf32>
      %720 = llvm.select %715, %719, %42 : i1, vector<8xf32>
      %721 = llvm.call @__nv_fast_log2f(%716) : (f32) -> f32
      %722 = llvm.fadd %712, %721 : f32
      %723 = llvm.fmul %722, %30 : f32
      %724 = llvm.select %715, %723, %44 : i1, f32
      %725 = llvm.icmp "slt" %89, %20 : i32
      llvm.cond_br %725, ^bb19, ^bb24
    ^bb19:  // pred: ^bb18
      llvm.cond_br %658, ^bb20, ^bb23
    ^bb20:  // pred: ^bb19
      %726 = llvm.fptrunc %720 : vector<8xf32> to vector<8xbf16>
      %727 = llvm.getelementptr %arg12[%105] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      llvm.store %726, %727 {alignment = 16 : i64} : vector<8xbf16>, !llvm.ptr
      llvm.cond_br %653, ^bb21(%53, %92 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64), ^bb22
    ^bb21(%728: !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, %729: i64):  // 2 preds: ^bb20, ^bb25
      %730 = llvm.extractvalue %728[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %731 = llvm.mul %729, %0 overflow<nsw, nuw> : i64
      %732 = llvm.add %731, %101 overflow<nsw, nuw> : i64
      %733 = llvm.getelementptr inbounds|nuw %730[%732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %724, %733 : f32, !llvm.ptr
      llvm.br ^bb22
    ^bb22:  // 3 preds: ^bb20, ^bb21, ^bb25
      llvm.br ^bb23
    ^bb23:  // 3 preds: ^bb19, ^bb22, ^bb24
      llvm.br ^bb26
    ^bb24:  // pred: ^bb18
      %734 = llvm.sext %89 : i32 to i64
      llvm.cond_br %658, ^bb25, ^bb23
    ^bb25:  // pred: ^bb24
      %735 = llvm.mul %734, %32 : i64
      %736 = llvm.add %735, %103 : i64
      %737 = llvm.add %736, %65 : i64
      %738 = llvm.getelementptr %arg14[%737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %720, %738 {alignment = 16 : i64} : vector<8xf32>, !llvm.ptr
      llvm.cond_br %653, ^bb21(%60, %734 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64), ^bb22
    ^bb26:  // pred: ^bb23
      llvm.br ^bb27
    ^bb27:  // 2 preds: ^bb0, ^bb26
      llvm.return
    }
    llvm.mlir.global internal @__wg_llama3_8b_decode_merge_0() {addr_space = 3 : i32} : !llvm.array<2048 x f32>
    llvm.mlir.global internal @__wg_llama3_8b_decode_merge_1() {addr_space = 3 : i32} : !llvm.array<16 x f32>
    llvm.mlir.global internal @__wg_llama3_8b_decode_merge_2() {addr_space = 3 : i32} : !llvm.array<16 x f32>
    llvm.func @llama3_8b_decode_merge(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: !llvm.ptr, %arg3: !llvm.ptr, %arg4: !llvm.ptr, %arg5: !llvm.ptr) attributes {attn.programmatic_dependent, gpu.kernel, gpu.known_block_size = array<i32: 256, 1, 1>, nvvm.kernel, nvvm.maxntid = array<i32: 256, 1, 1>} {
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

