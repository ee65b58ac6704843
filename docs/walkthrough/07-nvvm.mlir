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
      llvm.cond_br %78, ^bb1, ^bb31
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
      llvm.br ^bb4(%119, %127 : i64, i64)
    ^bb3:  // pred: ^bb1
      llvm.br ^bb4(%46, %46 : i64, i64)
    ^bb4(%128: i64, %129: i64):  // 2 preds: ^bb2, ^bb3
      llvm.br ^bb5
    ^bb5:  // pred: ^bb4
      llvm.cond_br %110, ^bb6, ^bb7
    ^bb6:  // pred: ^bb5
      %130 = llvm.sub %87, %23 : i64
      %131 = llvm.mul %69, %21 : i64
      %132 = llvm.add %84, %131 : i64
      %133 = llvm.intr.smin(%132, %130) : (i64, i64) -> i64
      %134 = llvm.icmp "ult" %132, %87 : i64
      %135 = llvm.select %134, %18, %46 : i1, i64
      %136 = llvm.urem %133, %16 : i64
      %137 = llvm.mul %46, %29 : i64
      %138 = llvm.mul %131, %28 : i64
      %139 = llvm.add %137, %138 : i64
      %140 = llvm.add %139, %65 : i64
      %141 = llvm.getelementptr %10[%140] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %142 = llvm.mul %128, %27 : i64
      %143 = llvm.mul %136, %26 : i64
      %144 = llvm.add %142, %143 : i64
      %145 = llvm.mul %73, %28 : i64
      %146 = llvm.add %144, %145 : i64
      %147 = llvm.add %146, %65 : i64
      %148 = llvm.getelementptr %arg2[%147] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %149 = llvm.addrspacecast %148 : !llvm.ptr to !llvm.ptr<1>
      %150 = llvm.trunc %135 : i64 to i32
      %151 = llvm.mul %150, %24 : i32
      %152 = llvm.lshr %151, %25 : i32
      nvvm.cp.async.shared.global %141, %149, 16, cache =  cg, %152 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %153 = llvm.getelementptr %74[%140] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %154 = llvm.getelementptr %arg3[%147] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %155 = llvm.addrspacecast %154 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %153, %155, 16, cache =  cg, %152 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %156 = llvm.add %131, %23 : i64
      %157 = llvm.add %84, %156 : i64
      %158 = llvm.intr.smin(%157, %130) : (i64, i64) -> i64
      %159 = llvm.icmp "ult" %157, %87 : i64
      %160 = llvm.select %159, %18, %46 : i1, i64
      %161 = llvm.urem %158, %16 : i64
      %162 = llvm.mul %156, %28 : i64
      %163 = llvm.add %137, %162 : i64
      %164 = llvm.add %163, %65 : i64
      %165 = llvm.getelementptr %10[%164] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %166 = llvm.mul %129, %27 : i64
      %167 = llvm.mul %161, %26 : i64
      %168 = llvm.add %166, %167 : i64
      %169 = llvm.add %168, %145 : i64
      %170 = llvm.add %169, %65 : i64
      %171 = llvm.getelementptr %arg2[%170] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %172 = llvm.addrspacecast %171 : !llvm.ptr to !llvm.ptr<1>
      %173 = llvm.trunc %160 : i64 to i32
      %174 = llvm.mul %173, %24 : i32
      %175 = llvm.lshr %174, %25 : i32
      nvvm.cp.async.shared.global %165, %172, 16, cache =  cg, %175 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %176 = llvm.getelementptr %74[%164] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %177 = llvm.getelementptr %arg3[%170] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %178 = llvm.addrspacecast %177 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %176, %178, 16, cache =  cg, %175 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      llvm.br ^bb7
    ^bb7:  // 2 preds: ^bb5, ^bb6
      nvvm.cp.async.commit.group
      llvm.cond_br %110, ^bb8, ^bb9
    ^bb8:  // pred: ^bb7
      %179 = llvm.sub %87, %23 : i64
      %180 = llvm.mul %69, %21 : i64
      %181 = llvm.add %84, %16 : i64
      %182 = llvm.add %181, %180 : i64
      %183 = llvm.intr.smin(%182, %179) : (i64, i64) -> i64
      %184 = llvm.udiv %183, %16 : i64
      %185 = llvm.add %95, %184 : i64
      %186 = llvm.getelementptr inbounds|nuw %arg5[%185] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %187 = llvm.load %186 : !llvm.ptr -> i32
      %188 = llvm.sext %187 : i32 to i64
      %189 = llvm.add %180, %23 : i64
      %190 = llvm.add %181, %189 : i64
      %191 = llvm.intr.smin(%190, %179) : (i64, i64) -> i64
      %192 = llvm.udiv %191, %16 : i64
      %193 = llvm.add %95, %192 : i64
      %194 = llvm.getelementptr inbounds|nuw %arg5[%193] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %195 = llvm.load %194 : !llvm.ptr -> i32
      %196 = llvm.sext %195 : i32 to i64
      llvm.br ^bb10(%188, %196 : i64, i64)
    ^bb9:  // pred: ^bb7
      llvm.br ^bb10(%46, %46 : i64, i64)
    ^bb10(%197: i64, %198: i64):  // 2 preds: ^bb8, ^bb9
      llvm.br ^bb11
    ^bb11:  // pred: ^bb10
      llvm.br ^bb12(%46, %44, %43, %42, %197, %198 : i64, f32, f32, vector<8xf32>, i64, i64)
    ^bb12(%199: i64, %200: f32, %201: f32, %202: vector<8xf32>, %203: i64, %204: i64):  // 2 preds: ^bb11, ^bb15
      %205 = llvm.icmp "slt" %199, %99 : i64
      llvm.cond_br %205, ^bb13, ^bb16
    ^bb13:  // pred: ^bb12
      %206 = llvm.urem %199, %21 : i64
      %207 = llvm.add %199, %23 : i64
      %208 = llvm.icmp "ult" %207, %99 : i64
      llvm.cond_br %208, ^bb14, ^bb15
    ^bb14:  // pred: ^bb13
      %209 = llvm.urem %207, %21 : i64
      %210 = llvm.sub %87, %23 : i64
      %211 = llvm.mul %69, %21 : i64
      %212 = llvm.mul %207, %16 : i64
      %213 = llvm.add %84, %212 : i64
      %214 = llvm.add %213, %211 : i64
      %215 = llvm.intr.smin(%214, %210) : (i64, i64) -> i64
      %216 = llvm.icmp "ult" %214, %87 : i64
      %217 = llvm.select %216, %18, %46 : i1, i64
      %218 = llvm.urem %215, %16 : i64
      %219 = llvm.mul %209, %29 : i64
      %220 = llvm.mul %211, %28 : i64
      %221 = llvm.add %219, %220 : i64
      %222 = llvm.add %221, %65 : i64
      %223 = llvm.getelementptr %10[%222] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %224 = llvm.mul %203, %27 : i64
      %225 = llvm.mul %218, %26 : i64
      %226 = llvm.add %224, %225 : i64
      %227 = llvm.mul %73, %28 : i64
      %228 = llvm.add %226, %227 : i64
      %229 = llvm.add %228, %65 : i64
      %230 = llvm.getelementptr %arg2[%229] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %231 = llvm.addrspacecast %230 : !llvm.ptr to !llvm.ptr<1>
      %232 = llvm.trunc %217 : i64 to i32
      %233 = llvm.mul %232, %24 : i32
      %234 = llvm.lshr %233, %25 : i32
      nvvm.cp.async.shared.global %223, %231, 16, cache =  cg, %234 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %235 = llvm.getelementptr %74[%222] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %236 = llvm.getelementptr %arg3[%229] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %237 = llvm.addrspacecast %236 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %235, %237, 16, cache =  cg, %234 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %238 = llvm.add %211, %23 : i64
      %239 = llvm.add %213, %238 : i64
      %240 = llvm.intr.smin(%239, %210) : (i64, i64) -> i64
      %241 = llvm.icmp "ult" %239, %87 : i64
      %242 = llvm.select %241, %18, %46 : i1, i64
      %243 = llvm.urem %240, %16 : i64
      %244 = llvm.mul %238, %28 : i64
      %245 = llvm.add %219, %244 : i64
      %246 = llvm.add %245, %65 : i64
      %247 = llvm.getelementptr %10[%246] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %248 = llvm.mul %204, %27 : i64
      %249 = llvm.mul %243, %26 : i64
      %250 = llvm.add %248, %249 : i64
      %251 = llvm.add %250, %227 : i64
      %252 = llvm.add %251, %65 : i64
      %253 = llvm.getelementptr %arg2[%252] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %254 = llvm.addrspacecast %253 : !llvm.ptr to !llvm.ptr<1>
      %255 = llvm.trunc %242 : i64 to i32
      %256 = llvm.mul %255, %24 : i32
      %257 = llvm.lshr %256, %25 : i32
      nvvm.cp.async.shared.global %247, %254, 16, cache =  cg, %257 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %258 = llvm.getelementptr %74[%246] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %259 = llvm.getelementptr %arg3[%252] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %260 = llvm.addrspacecast %259 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %258, %260, 16, cache =  cg, %257 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      llvm.br ^bb15
    ^bb15:  // 2 preds: ^bb13, ^bb14
      nvvm.cp.async.commit.group
      %261 = llvm.add %199, %21 : i64
      %262 = llvm.sub %87, %23 : i64
      %263 = llvm.mul %69, %21 : i64
      %264 = llvm.mul %261, %16 : i64
      %265 = llvm.add %84, %264 : i64
      %266 = llvm.add %265, %263 : i64
      %267 = llvm.intr.smin(%266, %262) : (i64, i64) -> i64
      %268 = llvm.udiv %267, %16 : i64
      %269 = llvm.add %95, %268 : i64
      %270 = llvm.getelementptr inbounds|nuw %arg5[%269] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %271 = llvm.load %270 : !llvm.ptr -> i32
      %272 = llvm.sext %271 : i32 to i64
      %273 = llvm.add %263, %23 : i64
      %274 = llvm.add %265, %273 : i64
      %275 = llvm.intr.smin(%274, %262) : (i64, i64) -> i64
      %276 = llvm.udiv %275, %16 : i64
      %277 = llvm.add %95, %276 : i64
      %278 = llvm.getelementptr inbounds|nuw %arg5[%277] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %279 = llvm.load %278 : !llvm.ptr -> i32
      %280 = llvm.sext %279 : i32 to i64
      nvvm.cp.async.wait.group 1
      nvvm.barrier0
      %281 = llvm.mul %199, %16 : i64
      %282 = llvm.add %84, %281 : i64
      %283 = llvm.mul %64, %18 : i64
      %284 = llvm.mul %206, %29 : i64
      %285 = llvm.mul %283, %28 : i64
      %286 = llvm.add %284, %285 : i64
      %287 = llvm.add %286, %65 : i64
      %288 = llvm.getelementptr %10[%287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %289 = llvm.load %288 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %290 = llvm.fpext %289 : vector<8xbf16> to vector<8xf32>
      %291 = llvm.extractelement %109[%11 : i64] : vector<8xf32>
      %292 = llvm.extractelement %290[%11 : i64] : vector<8xf32>
      %293 = llvm.fmul %291, %292 : f32
      %294 = llvm.extractelement %109[%12 : i64] : vector<8xf32>
      %295 = llvm.extractelement %290[%12 : i64] : vector<8xf32>
      %296 = llvm.call @__nv_fmaf(%294, %295, %293) : (f32, f32, f32) -> f32
      %297 = llvm.extractelement %109[%9 : i64] : vector<8xf32>
      %298 = llvm.extractelement %290[%9 : i64] : vector<8xf32>
      %299 = llvm.call @__nv_fmaf(%297, %298, %296) : (f32, f32, f32) -> f32
      %300 = llvm.extractelement %109[%8 : i64] : vector<8xf32>
      %301 = llvm.extractelement %290[%8 : i64] : vector<8xf32>
      %302 = llvm.call @__nv_fmaf(%300, %301, %299) : (f32, f32, f32) -> f32
      %303 = llvm.extractelement %109[%7 : i64] : vector<8xf32>
      %304 = llvm.extractelement %290[%7 : i64] : vector<8xf32>
      %305 = llvm.call @__nv_fmaf(%303, %304, %302) : (f32, f32, f32) -> f32
      %306 = llvm.extractelement %109[%6 : i64] : vector<8xf32>
      %307 = llvm.extractelement %290[%6 : i64] : vector<8xf32>
      %308 = llvm.call @__nv_fmaf(%306, %307, %305) : (f32, f32, f32) -> f32
      %309 = llvm.extractelement %109[%5 : i64] : vector<8xf32>
      %310 = llvm.extractelement %290[%5 : i64] : vector<8xf32>
      %311 = llvm.call @__nv_fmaf(%309, %310, %308) : (f32, f32, f32) -> f32
      %312 = llvm.extractelement %109[%4 : i64] : vector<8xf32>
      %313 = llvm.extractelement %290[%4 : i64] : vector<8xf32>
      %314 = llvm.call @__nv_fmaf(%312, %313, %311) : (f32, f32, f32) -> f32
      %315 = llvm.sub %40, %40 : i32
      %316 = llvm.lshr %3, %315 : i32
      %317 = llvm.sub %40, %37 : i32
      %318 = nvvm.shfl.sync  bfly %316, %314, %41, %317 : f32 -> f32
      %319 = llvm.fadd %314, %318 : f32
      %320 = nvvm.shfl.sync  bfly %316, %319, %39, %317 : f32 -> f32
      %321 = llvm.fadd %319, %320 : f32
      %322 = nvvm.shfl.sync  bfly %316, %321, %38, %317 : f32 -> f32
      %323 = llvm.fadd %321, %322 : f32
      %324 = nvvm.shfl.sync  bfly %316, %323, %37, %317 : f32 -> f32
      %325 = llvm.fadd %323, %324 : f32
      %326 = llvm.add %283, %23 : i64
      %327 = llvm.mul %326, %28 : i64
      %328 = llvm.add %284, %327 : i64
      %329 = llvm.add %328, %65 : i64
      %330 = llvm.getelementptr %10[%329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %331 = llvm.load %330 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %332 = llvm.fpext %331 : vector<8xbf16> to vector<8xf32>
      %333 = llvm.extractelement %332[%11 : i64] : vector<8xf32>
      %334 = llvm.fmul %291, %333 : f32
      %335 = llvm.extractelement %332[%12 : i64] : vector<8xf32>
      %336 = llvm.call @__nv_fmaf(%294, %335, %334) : (f32, f32, f32) -> f32
      %337 = llvm.extractelement %332[%9 : i64] : vector<8xf32>
      %338 = llvm.call @__nv_fmaf(%297, %337, %336) : (f32, f32, f32) -> f32
      %339 = llvm.extractelement %332[%8 : i64] : vector<8xf32>
      %340 = llvm.call @__nv_fmaf(%300, %339, %338) : (f32, f32, f32) -> f32
      %341 = llvm.extractelement %332[%7 : i64] : vector<8xf32>
      %342 = llvm.call @__nv_fmaf(%303, %341, %340) : (f32, f32, f32) -> f32
      %343 = llvm.extractelement %332[%6 : i64] : vector<8xf32>
      %344 = llvm.call @__nv_fmaf(%306, %343, %342) : (f32, f32, f32) -> f32
      %345 = llvm.extractelement %332[%5 : i64] : vector<8xf32>
      %346 = llvm.call @__nv_fmaf(%309, %345, %344) : (f32, f32, f32) -> f32
      %347 = llvm.extractelement %332[%4 : i64] : vector<8xf32>
      %348 = llvm.call @__nv_fmaf(%312, %347, %346) : (f32, f32, f32) -> f32
      %349 = nvvm.shfl.sync  bfly %316, %348, %41, %317 : f32 -> f32
      %350 = llvm.fadd %348, %349 : f32
      %351 = nvvm.shfl.sync  bfly %316, %350, %39, %317 : f32 -> f32
      %352 = llvm.fadd %350, %351 : f32
      %353 = nvvm.shfl.sync  bfly %316, %352, %38, %317 : f32 -> f32
      %354 = llvm.fadd %352, %353 : f32
      %355 = nvvm.shfl.sync  bfly %316, %354, %37, %317 : f32 -> f32
      %356 = llvm.fadd %354, %355 : f32
      %357 = llvm.add %283, %21 : i64
      %358 = llvm.mul %357, %28 : i64
      %359 = llvm.add %284, %358 : i64
      %360 = llvm.add %359, %65 : i64
      %361 = llvm.getelementptr %10[%360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %362 = llvm.load %361 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %363 = llvm.fpext %362 : vector<8xbf16> to vector<8xf32>
      %364 = llvm.extractelement %363[%11 : i64] : vector<8xf32>
      %365 = llvm.fmul %291, %364 : f32
      %366 = llvm.extractelement %363[%12 : i64] : vector<8xf32>
      %367 = llvm.call @__nv_fmaf(%294, %366, %365) : (f32, f32, f32) -> f32
      %368 = llvm.extractelement %363[%9 : i64] : vector<8xf32>
      %369 = llvm.call @__nv_fmaf(%297, %368, %367) : (f32, f32, f32) -> f32
      %370 = llvm.extractelement %363[%8 : i64] : vector<8xf32>
      %371 = llvm.call @__nv_fmaf(%300, %370, %369) : (f32, f32, f32) -> f32
      %372 = llvm.extractelement %363[%7 : i64] : vector<8xf32>
      %373 = llvm.call @__nv_fmaf(%303, %372, %371) : (f32, f32, f32) -> f32
      %374 = llvm.extractelement %363[%6 : i64] : vector<8xf32>
      %375 = llvm.call @__nv_fmaf(%306, %374, %373) : (f32, f32, f32) -> f32
      %376 = llvm.extractelement %363[%5 : i64] : vector<8xf32>
      %377 = llvm.call @__nv_fmaf(%309, %376, %375) : (f32, f32, f32) -> f32
      %378 = llvm.extractelement %363[%4 : i64] : vector<8xf32>
      %379 = llvm.call @__nv_fmaf(%312, %378, %377) : (f32, f32, f32) -> f32
      %380 = nvvm.shfl.sync  bfly %316, %379, %41, %317 : f32 -> f32
      %381 = llvm.fadd %379, %380 : f32
      %382 = nvvm.shfl.sync  bfly %316, %381, %39, %317 : f32 -> f32
      %383 = llvm.fadd %381, %382 : f32
      %384 = nvvm.shfl.sync  bfly %316, %383, %38, %317 : f32 -> f32
      %385 = llvm.fadd %383, %384 : f32
      %386 = nvvm.shfl.sync  bfly %316, %385, %37, %317 : f32 -> f32
      %387 = llvm.fadd %385, %386 : f32
      %388 = llvm.add %283, %36 : i64
      %389 = llvm.mul %388, %28 : i64
      %390 = llvm.add %284, %389 : i64
      %391 = llvm.add %390, %65 : i64
      %392 = llvm.getelementptr %10[%391] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %393 = llvm.load %392 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %394 = llvm.fpext %393 : vector<8xbf16> to vector<8xf32>
      %395 = llvm.extractelement %394[%11 : i64] : vector<8xf32>
      %396 = llvm.fmul %291, %395 : f32
      %397 = llvm.extractelement %394[%12 : i64] : vector<8xf32>
      %398 = llvm.call @__nv_fmaf(%294, %397, %396) : (f32, f32, f32) -> f32
      %399 = llvm.extractelement %394[%9 : i64] : vector<8xf32>
      %400 = llvm.call @__nv_fmaf(%297, %399, %398) : (f32, f32, f32) -> f32
      %401 = llvm.extractelement %394[%8 : i64] : vector<8xf32>
      %402 = llvm.call @__nv_fmaf(%300, %401, %400) : (f32, f32, f32) -> f32
      %403 = llvm.extractelement %394[%7 : i64] : vector<8xf32>
      %404 = llvm.call @__nv_fmaf(%303, %403, %402) : (f32, f32, f32) -> f32
      %405 = llvm.extractelement %394[%6 : i64] : vector<8xf32>
      %406 = llvm.call @__nv_fmaf(%306, %405, %404) : (f32, f32, f32) -> f32
      %407 = llvm.extractelement %394[%5 : i64] : vector<8xf32>
      %408 = llvm.call @__nv_fmaf(%309, %407, %406) : (f32, f32, f32) -> f32
      %409 = llvm.extractelement %394[%4 : i64] : vector<8xf32>
      %410 = llvm.call @__nv_fmaf(%312, %409, %408) : (f32, f32, f32) -> f32
      %411 = nvvm.shfl.sync  bfly %316, %410, %41, %317 : f32 -> f32
      %412 = llvm.fadd %410, %411 : f32
      %413 = nvvm.shfl.sync  bfly %316, %412, %39, %317 : f32 -> f32
      %414 = llvm.fadd %412, %413 : f32
      %415 = nvvm.shfl.sync  bfly %316, %414, %38, %317 : f32 -> f32
      %416 = llvm.fadd %414, %415 : f32
      %417 = nvvm.shfl.sync  bfly %316, %416, %37, %317 : f32 -> f32
      %418 = llvm.fadd %416, %417 : f32
      %419 = llvm.add %283, %19 : i64
      %420 = llvm.mul %419, %28 : i64
      %421 = llvm.add %284, %420 : i64
      %422 = llvm.add %421, %65 : i64
      %423 = llvm.getelementptr %10[%422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %424 = llvm.load %423 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %425 = llvm.fpext %424 : vector<8xbf16> to vector<8xf32>
      %426 = llvm.extractelement %425[%11 : i64] : vector<8xf32>
      %427 = llvm.fmul %291, %426 : f32
      %428 = llvm.extractelement %425[%12 : i64] : vector<8xf32>
      %429 = llvm.call @__nv_fmaf(%294, %428, %427) : (f32, f32, f32) -> f32
      %430 = llvm.extractelement %425[%9 : i64] : vector<8xf32>
      %431 = llvm.call @__nv_fmaf(%297, %430, %429) : (f32, f32, f32) -> f32
      %432 = llvm.extractelement %425[%8 : i64] : vector<8xf32>
      %433 = llvm.call @__nv_fmaf(%300, %432, %431) : (f32, f32, f32) -> f32
      %434 = llvm.extractelement %425[%7 : i64] : vector<8xf32>
      %435 = llvm.call @__nv_fmaf(%303, %434, %433) : (f32, f32, f32) -> f32
      %436 = llvm.extractelement %425[%6 : i64] : vector<8xf32>
      %437 = llvm.call @__nv_fmaf(%306, %436, %435) : (f32, f32, f32) -> f32
      %438 = llvm.extractelement %425[%5 : i64] : vector<8xf32>
      %439 = llvm.call @__nv_fmaf(%309, %438, %437) : (f32, f32, f32) -> f32
      %440 = llvm.extractelement %425[%4 : i64] : vector<8xf32>
      %441 = llvm.call @__nv_fmaf(%312, %440, %439) : (f32, f32, f32) -> f32
      %442 = nvvm.shfl.sync  bfly %316, %441, %41, %317 : f32 -> f32
      %443 = llvm.fadd %441, %442 : f32
      %444 = nvvm.shfl.sync  bfly %316, %443, %39, %317 : f32 -> f32
      %445 = llvm.fadd %443, %444 : f32
      %446 = nvvm.shfl.sync  bfly %316, %445, %38, %317 : f32 -> f32
      %447 = llvm.fadd %445, %446 : f32
      %448 = nvvm.shfl.sync  bfly %316, %447, %37, %317 : f32 -> f32
      %449 = llvm.fadd %447, %448 : f32
      %450 = llvm.add %283, %35 : i64
      %451 = llvm.mul %450, %28 : i64
      %452 = llvm.add %284, %451 : i64
      %453 = llvm.add %452, %65 : i64
      %454 = llvm.getelementptr %10[%453] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %455 = llvm.load %454 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %456 = llvm.fpext %455 : vector<8xbf16> to vector<8xf32>
      %457 = llvm.extractelement %456[%11 : i64] : vector<8xf32>
      %458 = llvm.fmul %291, %457 : f32
      %459 = llvm.extractelement %456[%12 : i64] : vector<8xf32>
      %460 = llvm.call @__nv_fmaf(%294, %459, %458) : (f32, f32, f32) -> f32
      %461 = llvm.extractelement %456[%9 : i64] : vector<8xf32>
      %462 = llvm.call @__nv_fmaf(%297, %461, %460) : (f32, f32, f32) -> f32
      %463 = llvm.extractelement %456[%8 : i64] : vector<8xf32>
      %464 = llvm.call @__nv_fmaf(%300, %463, %462) : (f32, f32, f32) -> f32
      %465 = llvm.extractelement %456[%7 : i64] : vector<8xf32>
      %466 = llvm.call @__nv_fmaf(%303, %465, %464) : (f32, f32, f32) -> f32
      %467 = llvm.extractelement %456[%6 : i64] : vector<8xf32>
      %468 = llvm.call @__nv_fmaf(%306, %467, %466) : (f32, f32, f32) -> f32
      %469 = llvm.extractelement %456[%5 : i64] : vector<8xf32>
      %470 = llvm.call @__nv_fmaf(%309, %469, %468) : (f32, f32, f32) -> f32
      %471 = llvm.extractelement %456[%4 : i64] : vector<8xf32>
      %472 = llvm.call @__nv_fmaf(%312, %471, %470) : (f32, f32, f32) -> f32
      %473 = nvvm.shfl.sync  bfly %316, %472, %41, %317 : f32 -> f32
      %474 = llvm.fadd %472, %473 : f32
      %475 = nvvm.shfl.sync  bfly %316, %474, %39, %317 : f32 -> f32
      %476 = llvm.fadd %474, %475 : f32
      %477 = nvvm.shfl.sync  bfly %316, %476, %38, %317 : f32 -> f32
      %478 = llvm.fadd %476, %477 : f32
      %479 = nvvm.shfl.sync  bfly %316, %478, %37, %317 : f32 -> f32
      %480 = llvm.fadd %478, %479 : f32
      %481 = llvm.add %283, %34 : i64
      %482 = llvm.mul %481, %28 : i64
      %483 = llvm.add %284, %482 : i64
      %484 = llvm.add %483, %65 : i64
      %485 = llvm.getelementptr %10[%484] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %486 = llvm.load %485 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %487 = llvm.fpext %486 : vector<8xbf16> to vector<8xf32>
      %488 = llvm.extractelement %487[%11 : i64] : vector<8xf32>
      %489 = llvm.fmul %291, %488 : f32
      %490 = llvm.extractelement %487[%12 : i64] : vector<8xf32>
      %491 = llvm.call @__nv_fmaf(%294, %490, %489) : (f32, f32, f32) -> f32
      %492 = llvm.extractelement %487[%9 : i64] : vector<8xf32>
      %493 = llvm.call @__nv_fmaf(%297, %492, %491) : (f32, f32, f32) -> f32
      %494 = llvm.extractelement %487[%8 : i64] : vector<8xf32>
      %495 = llvm.call @__nv_fmaf(%300, %494, %493) : (f32, f32, f32) -> f32
      %496 = llvm.extractelement %487[%7 : i64] : vector<8xf32>
      %497 = llvm.call @__nv_fmaf(%303, %496, %495) : (f32, f32, f32) -> f32
      %498 = llvm.extractelement %487[%6 : i64] : vector<8xf32>
      %499 = llvm.call @__nv_fmaf(%306, %498, %497) : (f32, f32, f32) -> f32
      %500 = llvm.extractelement %487[%5 : i64] : vector<8xf32>
      %501 = llvm.call @__nv_fmaf(%309, %500, %499) : (f32, f32, f32) -> f32
      %502 = llvm.extractelement %487[%4 : i64] : vector<8xf32>
      %503 = llvm.call @__nv_fmaf(%312, %502, %501) : (f32, f32, f32) -> f32
      %504 = nvvm.shfl.sync  bfly %316, %503, %41, %317 : f32 -> f32
      %505 = llvm.fadd %503, %504 : f32
      %506 = nvvm.shfl.sync  bfly %316, %505, %39, %317 : f32 -> f32
      %507 = llvm.fadd %505, %506 : f32
      %508 = nvvm.shfl.sync  bfly %316, %507, %38, %317 : f32 -> f32
      %509 = llvm.fadd %507, %508 : f32
      %510 = nvvm.shfl.sync  bfly %316, %509, %37, %317 : f32 -> f32
      %511 = llvm.fadd %509, %510 : f32
      %512 = llvm.add %283, %33 : i64
      %513 = llvm.mul %512, %28 : i64
      %514 = llvm.add %284, %513 : i64
      %515 = llvm.add %514, %65 : i64
      %516 = llvm.getelementptr %10[%515] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %517 = llvm.load %516 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %518 = llvm.fpext %517 : vector<8xbf16> to vector<8xf32>
      %519 = llvm.extractelement %518[%11 : i64] : vector<8xf32>
      %520 = llvm.fmul %291, %519 : f32
      %521 = llvm.extractelement %518[%12 : i64] : vector<8xf32>
      %522 = llvm.call @__nv_fmaf(%294, %521, %520) : (f32, f32, f32) -> f32
      %523 = llvm.extractelement %518[%9 : i64] : vector<8xf32>
      %524 = llvm.call @__nv_fmaf(%297, %523, %522) : (f32, f32, f32) -> f32
      %525 = llvm.extractelement %518[%8 : i64] : vector<8xf32>
      %526 = llvm.call @__nv_fmaf(%300, %525, %524) : (f32, f32, f32) -> f32
      %527 = llvm.extractelement %518[%7 : i64] : vector<8xf32>
      %528 = llvm.call @__nv_fmaf(%303, %527, %526) : (f32, f32, f32) -> f32
      %529 = llvm.extractelement %518[%6 : i64] : vector<8xf32>
      %530 = llvm.call @__nv_fmaf(%306, %529, %528) : (f32, f32, f32) -> f32
      %531 = llvm.extractelement %518[%5 : i64] : vector<8xf32>
      %532 = llvm.call @__nv_fmaf(%309, %531, %530) : (f32, f32, f32) -> f32
      %533 = llvm.extractelement %518[%4 : i64] : vector<8xf32>
      %534 = llvm.call @__nv_fmaf(%312, %533, %532) : (f32, f32, f32) -> f32
      %535 = nvvm.shfl.sync  bfly %316, %534, %41, %317 : f32 -> f32
      %536 = llvm.fadd %534, %535 : f32
      %537 = nvvm.shfl.sync  bfly %316, %536, %39, %317 : f32 -> f32
      %538 = llvm.fadd %536, %537 : f32
      %539 = nvvm.shfl.sync  bfly %316, %538, %38, %317 : f32 -> f32
      %540 = llvm.fadd %538, %539 : f32
      %541 = nvvm.shfl.sync  bfly %316, %540, %37, %317 : f32 -> f32
      %542 = llvm.fadd %540, %541 : f32
      %543 = llvm.add %282, %283 : i64
      %544 = llvm.icmp "ult" %543, %87 : i64
      %545 = llvm.select %544, %325, %44 : i1, f32
      %546 = llvm.add %282, %326 : i64
      %547 = llvm.icmp "ult" %546, %87 : i64
      %548 = llvm.select %547, %356, %44 : i1, f32
      %549 = llvm.add %282, %357 : i64
      %550 = llvm.icmp "ult" %549, %87 : i64
      %551 = llvm.select %550, %387, %44 : i1, f32
      %552 = llvm.add %282, %388 : i64
      %553 = llvm.icmp "ult" %552, %87 : i64
      %554 = llvm.select %553, %418, %44 : i1, f32
      %555 = llvm.add %282, %419 : i64
      %556 = llvm.icmp "ult" %555, %87 : i64
      %557 = llvm.select %556, %449, %44 : i1, f32
      %558 = llvm.add %282, %450 : i64
      %559 = llvm.icmp "ult" %558, %87 : i64
      %560 = llvm.select %559, %480, %44 : i1, f32
      %561 = llvm.add %282, %481 : i64
      %562 = llvm.icmp "ult" %561, %87 : i64
      %563 = llvm.select %562, %511, %44 : i1, f32
      %564 = llvm.add %282, %512 : i64
      %565 = llvm.icmp "ult" %564, %87 : i64
      %566 = llvm.select %565, %542, %44 : i1, f32
      %567 = llvm.getelementptr %74[%287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %568 = llvm.load %567 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %569 = llvm.fpext %568 : vector<8xbf16> to vector<8xf32>
      %570 = llvm.getelementptr %74[%329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %571 = llvm.load %570 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %572 = llvm.fpext %571 : vector<8xbf16> to vector<8xf32>
      %573 = llvm.getelementptr %74[%360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %574 = llvm.load %573 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %575 = llvm.fpext %574 : vector<8xbf16> to vector<8xf32>
      %576 = llvm.getelementptr %74[%391] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %577 = llvm.load %576 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %578 = llvm.fpext %577 : vector<8xbf16> to vector<8xf32>
      %579 = llvm.getelementptr %74[%422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %580 = llvm.load %579 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %581 = llvm.fpext %580 : vector<8xbf16> to vector<8xf32>
      %582 = llvm.getelementptr %74[%453] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %583 = llvm.load %582 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %584 = llvm.fpext %583 : vector<8xbf16> to vector<8xf32>
      %585 = llvm.getelementptr %74[%484] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %586 = llvm.load %585 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %587 = llvm.fpext %586 : vector<8xbf16> to vector<8xf32>
      %588 = llvm.getelementptr %74[%515] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %589 = llvm.load %588 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %590 = llvm.fpext %589 : vector<8xbf16> to vector<8xf32>
      %591 = llvm.intr.maximum(%200, %545) : (f32, f32) -> f32
      %592 = llvm.intr.maximum(%591, %548) : (f32, f32) -> f32
      %593 = llvm.intr.maximum(%592, %551) : (f32, f32) -> f32
      %594 = llvm.intr.maximum(%593, %554) : (f32, f32) -> f32
      %595 = llvm.intr.maximum(%594, %557) : (f32, f32) -> f32
      %596 = llvm.intr.maximum(%595, %560) : (f32, f32) -> f32
      %597 = llvm.intr.maximum(%596, %563) : (f32, f32) -> f32
      %598 = llvm.intr.maximum(%597, %566) : (f32, f32) -> f32
      %599 = llvm.fcmp "oeq" %598, %44 : f32
      %600 = llvm.select %599, %43, %598 : i1, f32
      %601 = llvm.fsub %200, %600 : f32
      %602 = llvm.call @__nv_exp2f(%601) : (f32) -> f32
      %603 = llvm.fmul %201, %602 : f32
      %604 = llvm.insertelement %602, %2[%20 : i32] : vector<8xf32>
      %605 = llvm.shufflevector %604, %2 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %606 = llvm.fmul %202, %605 : vector<8xf32>
      %607 = llvm.fsub %545, %600 : f32
      %608 = llvm.call @__nv_exp2f(%607) : (f32) -> f32
      %609 = llvm.fadd %603, %608 : f32
      %610 = llvm.insertelement %608, %2[%20 : i32] : vector<8xf32>
      %611 = llvm.shufflevector %610, %2 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %612 = llvm.intr.fmuladd(%611, %569, %606) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %613 = llvm.fsub %548, %600 : f32
      %614 = llvm.call @__nv_exp2f(%613) : (f32) -> f32
      %615 = llvm.fadd %609, %614 : f32
      %616 = llvm.insertelement %614, %2[%20 : i32] : vector<8xf32>
      %617 = llvm.shufflevector %616, %2 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %618 = llvm.intr.fmuladd(%617, %572, %612) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %619 = llvm.fsub %551, %600 : f32
      %620 = llvm.call @__nv_exp2f(%619) : (f32) -> f32
      %621 = llvm.fadd %615, %620 : f32
      %622 = llvm.insertelement %620, %2[%20 : i32] : vector<8xf32>
      %623 = llvm.shufflevector %622, %2 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %624 = llvm.intr.fmuladd(%623, %575, %618) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %625 = llvm.fsub %554, %600 : f32
      %626 = llvm.call @__nv_exp2f(%625) : (f32) -> f32
      %627 = llvm.fadd %621, %626 : f32
      %628 = llvm.insertelement %626, %2[%20 : i32] : vector<8xf32>
      %629 = llvm.shufflevector %628, %2 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %630 = llvm.intr.fmuladd(%629, %578, %624) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %631 = llvm.fsub %557, %600 : f32
      %632 = llvm.call @__nv_exp2f(%631) : (f32) -> f32
      %633 = llvm.fadd %627, %632 : f32
      %634 = llvm.insertelement %632, %2[%20 : i32] : vector<8xf32>
      %635 = llvm.shufflevector %634, %2 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %636 = llvm.intr.fmuladd(%635, %581, %630) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %637 = llvm.fsub %560, %600 : f32
      %638 = llvm.call @__nv_exp2f(%637) : (f32) -> f32
      %639 = llvm.fadd %633, %638 : f32
      %640 = llvm.insertelement %638, %2[%20 : i32] : vector<8xf32>
      %641 = llvm.shufflevector %640, %2 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %642 = llvm.intr.fmuladd(%641, %584, %636) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %643 = llvm.fsub %563, %600 : f32
      %644 = llvm.call @__nv_exp2f(%643) : (f32) -> f32
      %645 = llvm.fadd %639, %644 : f32
      %646 = llvm.insertelement %644, %2[%20 : i32] : vector<8xf32>
      %647 = llvm.shufflevector %646, %2 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %648 = llvm.intr.fmuladd(%647, %587, %642) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %649 = llvm.fsub %566, %600 : f32
      %650 = llvm.call @__nv_exp2f(%649) : (f32) -> f32
      %651 = llvm.fadd %645, %650 : f32
      %652 = llvm.insertelement %650, %2[%20 : i32] : vector<8xf32>
      %653 = llvm.shufflevector %652, %2 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %654 = llvm.intr.fmuladd(%653, %590, %648) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      nvvm.barrier0
      llvm.br ^bb12(%207, %598, %651, %654, %272, %280 : i64, f32, f32, vector<8xf32>, i64, i64)
    ^bb16:  // pred: ^bb12
      nvvm.cp.async.wait.group 0
      %655 = llvm.getelementptr %75[4096] : (!llvm.ptr<3>) -> !llvm.ptr<3>, i8
      %656 = llvm.getelementptr %75[4128] : (!llvm.ptr<3>) -> !llvm.ptr<3>, i8
      %657 = llvm.mul %64, %1 : i64
      %658 = llvm.mul %67, %28 : i64
      %659 = llvm.add %657, %658 : i64
      %660 = llvm.add %659, %65 : i64
      %661 = llvm.getelementptr %75[%660] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      llvm.store %202, %661 {alignment = 16 : i64} : vector<8xf32>, !llvm.ptr<3>
      %662 = llvm.icmp "eq" %63, %46 : i64
      llvm.cond_br %662, ^bb17, ^bb18
    ^bb17:  // pred: ^bb16
      %663 = llvm.mul %64, %19 overflow<nsw, nuw> : i64
      %664 = llvm.add %663, %67 overflow<nsw, nuw> : i64
      %665 = llvm.getelementptr inbounds|nuw %655[%664] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      llvm.store %200, %665 : f32, !llvm.ptr<3>
      %666 = llvm.getelementptr inbounds|nuw %656[%664] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      llvm.store %201, %666 : f32, !llvm.ptr<3>
      llvm.br ^bb18
    ^bb18:  // 2 preds: ^bb16, ^bb17
      nvvm.barrier0
      %667 = llvm.icmp "eq" %64, %46 : i64
      llvm.cond_br %667, ^bb19, ^bb20
    ^bb19:  // pred: ^bb18
      %668 = llvm.mul %46, %19 overflow<nsw, nuw> : i64
      %669 = llvm.add %668, %67 overflow<nsw, nuw> : i64
      %670 = llvm.getelementptr inbounds|nuw %655[%669] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %671 = llvm.load %670 : !llvm.ptr<3> -> f32
      %672 = llvm.getelementptr inbounds|nuw %656[%669] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %673 = llvm.load %672 : !llvm.ptr<3> -> f32
      %674 = llvm.mul %46, %1 : i64
      %675 = llvm.add %674, %658 : i64
      %676 = llvm.add %675, %65 : i64
      %677 = llvm.getelementptr %75[%676] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %678 = llvm.load %677 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xf32>
      %679 = llvm.fcmp "oeq" %671, %44 : f32
      %680 = llvm.select %679, %43, %671 : i1, f32
      %681 = llvm.fsub %44, %680 : f32
      %682 = llvm.call @__nv_exp2f(%681) : (f32) -> f32
      %683 = llvm.fsub %671, %680 : f32
      %684 = llvm.call @__nv_exp2f(%683) : (f32) -> f32
      %685 = llvm.fmul %682, %43 : f32
      %686 = llvm.fmul %673, %684 : f32
      %687 = llvm.fadd %685, %686 : f32
      %688 = llvm.insertelement %684, %2[%20 : i32] : vector<8xf32>
      %689 = llvm.shufflevector %688, %2 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %690 = llvm.insertelement %682, %2[%20 : i32] : vector<8xf32>
      %691 = llvm.shufflevector %690, %2 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %692 = llvm.fmul %691, %42 : vector<8xf32>
      %693 = llvm.intr.fmuladd(%689, %678, %692) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %694 = llvm.mul %23, %19 overflow<nsw, nuw> : i64
      %695 = llvm.add %694, %67 overflow<nsw, nuw> : i64
      %696 = llvm.getelementptr inbounds|nuw %655[%695] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %697 = llvm.load %696 : !llvm.ptr<3> -> f32
      %698 = llvm.getelementptr inbounds|nuw %656[%695] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %699 = llvm.load %698 : !llvm.ptr<3> -> f32
      %700 = llvm.mul %23, %1 : i64
      %701 = llvm.add %700, %658 : i64
      %702 = llvm.add %701, %65 : i64
      %703 = llvm.getelementptr %75[%702] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %704 = llvm.load %703 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xf32>
      %705 = llvm.intr.maximum(%671, %697) : (f32, f32) -> f32
      %706 = llvm.fcmp "oeq" %705, %44 : f32
      %707 = llvm.select %706, %43, %705 : i1, f32
      %708 = llvm.fsub %671, %707 : f32
      %709 = llvm.call @__nv_exp2f(%708) : (f32) -> f32
      %710 = llvm.fsub %697, %707 : f32
      %711 = llvm.call @__nv_exp2f(%710) : (f32) -> f32
      %712 = llvm.fmul %687, %709 : f32
      %713 = llvm.fmul %699, %711 : f32
      %714 = llvm.fadd %712, %713 : f32
      %715 = llvm.insertelement %711, %2[%20 : i32] : vector<8xf32>
      %716 = llvm.shufflevector %715, %2 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %717 = llvm.insertelement %709, %2[%20 : i32] : vector<8xf32>
      %718 = llvm.shufflevector %717, %2 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %719 = llvm.fmul %693, %718 : vector<8xf32>
      %720 = llvm.intr.fmuladd(%716, %704, %719) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      llvm.br ^bb21(%705, %714, %720 : f32, f32, vector<8xf32>)
    ^bb20:  // pred: ^bb18
      llvm.br ^bb21(%200, %201, %202 : f32, f32, vector<8xf32>)
    ^bb21(%721: f32, %722: f32, %723: vector<8xf32>):  // 2 preds: ^bb19, ^bb20
      llvm.br ^bb22
    ^bb22:  // pred: ^bb21
      %724 = llvm.fcmp "ogt" %722, %43 : f32
      %725 = llvm.select %724, %722, %31 : i1, f32
      %726 = llvm.insertelement %725, %2[%20 : i32] : vector<8xf32>
      %727 = llvm.shufflevector %726, %2 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %728 = llvm.fdiv %723, %727 : vector<8xf32>
      %729 = llvm.select %724, %728, %42 : i1, vector<8xf32>
      %730 = llvm.call @__nv_fast_log2f(%725) : (f32) -> f32
      %731 = llvm.fadd %721, %730 : f32
      %732 = llvm.fmul %731, %30 : f32
      %733 = llvm.select %724, %732, %44 : i1, f32
      %734 = llvm.icmp "slt" %89, %20 : i32
      llvm.cond_br %734, ^bb23, ^bb28
    ^bb23:  // pred: ^bb22
      llvm.cond_br %667, ^bb24, ^bb27
    ^bb24:  // pred: ^bb23
      %735 = llvm.fptrunc %729 : vector<8xf32> to vector<8xbf16>
      %736 = llvm.getelementptr %arg12[%105] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      llvm.store %735, %736 {alignment = 16 : i64} : vector<8xbf16>, !llvm.ptr
      llvm.cond_br %662, ^bb25(%53, %92 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64), ^bb26
    ^bb25(%737: !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, %738: i64):  // 2 preds: ^bb24, ^bb29
      %739 = llvm.extractvalue %737[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %740 = llvm.mul %738, %0 overflow<nsw, nuw> : i64
      %741 = llvm.add %740, %101 overflow<nsw, nuw> : i64
      %742 = llvm.getelementptr inbounds|nuw %739[%741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %733, %742 : f32, !llvm.ptr
      llvm.br ^bb26
    ^bb26:  // 3 preds: ^bb24, ^bb25, ^bb29
      llvm.br ^bb27
    ^bb27:  // 3 preds: ^bb23, ^bb26, ^bb28
      llvm.br ^bb30
    ^bb28:  // pred: ^bb22
      %743 = llvm.sext %89 : i32 to i64
      llvm.cond_br %667, ^bb29, ^bb27
    ^bb29:  // pred: ^bb28
      %744 = llvm.mul %743, %32 : i64
      %745 = llvm.add %744, %103 : i64
      %746 = llvm.add %745, %65 : i64
      %747 = llvm.getelementptr %arg14[%746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %729, %747 {alignment = 16 : i64} : vector<8xf32>, !llvm.ptr
      llvm.cond_br %662, ^bb25(%60, %743 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64), ^bb26
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

