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
      llvm.cond_br %112, ^bb4, ^bb5
    ^bb4:  // pred: ^bb3
      %172 = llvm.sub %86, %36 : i64
      %173 = llvm.mul %111, %29 : i64
      %174 = llvm.add %83, %43 : i64
      %175 = llvm.add %174, %173 : i64
      %176 = llvm.intr.smin(%175, %172) : (i64, i64) -> i64
      %177 = llvm.udiv %176, %43 : i64
      %178 = llvm.add %96, %177 : i64
      %179 = llvm.getelementptr inbounds|nuw %arg5[%178] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %180 = llvm.load %179 : !llvm.ptr -> i32
      %181 = llvm.sext %180 : i32 to i64
      %182 = llvm.add %173, %36 : i64
      %183 = llvm.add %174, %182 : i64
      %184 = llvm.intr.smin(%183, %172) : (i64, i64) -> i64
      %185 = llvm.udiv %184, %43 : i64
      %186 = llvm.add %96, %185 : i64
      %187 = llvm.getelementptr inbounds|nuw %arg5[%186] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %188 = llvm.load %187 : !llvm.ptr -> i32
      %189 = llvm.sext %188 : i32 to i64
      llvm.br ^bb6(%181, %189 : i64, i64)
    ^bb5:  // pred: ^bb3
      llvm.br ^bb6(%46, %46 : i64, i64)
    ^bb6(%190: i64, %191: i64):  // 2 preds: ^bb4, ^bb5
      llvm.br ^bb7
    ^bb7:  // pred: ^bb6
      llvm.br ^bb8(%46, %32, %31, %30, %190, %191 : i64, f32, f32, vector<8xf32>, i64, i64)
    ^bb8(%192: i64, %193: f32, %194: f32, %195: vector<8xf32>, %196: i64, %197: i64):  // 2 preds: ^bb7, ^bb11
      %198 = llvm.icmp "slt" %192, %100 : i64
      llvm.cond_br %198, ^bb9, ^bb12
    ^bb9:  // pred: ^bb8
      %199 = llvm.urem %192, %29 : i64
      %200 = llvm.add %192, %36 : i64
      %201 = llvm.icmp "ult" %200, %100 : i64
      llvm.cond_br %201, ^bb10, ^bb11
    ^bb10:  // pred: ^bb9
      %202 = llvm.urem %200, %29 : i64
      %203 = llvm.sub %86, %36 : i64
      %204 = llvm.mul %111, %29 : i64
      %205 = llvm.mul %200, %43 : i64
      %206 = llvm.add %83, %205 : i64
      %207 = llvm.add %206, %204 : i64
      %208 = llvm.intr.smin(%207, %203) : (i64, i64) -> i64
      %209 = llvm.icmp "ult" %207, %86 : i64
      %210 = llvm.select %209, %34, %46 : i1, i64
      %211 = llvm.urem %208, %43 : i64
      %212 = llvm.mul %202, %42 : i64
      %213 = llvm.mul %204, %41 : i64
      %214 = llvm.add %212, %213 : i64
      %215 = llvm.add %214, %101 : i64
      %216 = llvm.getelementptr %11[%215] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %217 = llvm.mul %196, %40 : i64
      %218 = llvm.mul %211, %39 : i64
      %219 = llvm.add %217, %218 : i64
      %220 = llvm.mul %70, %41 : i64
      %221 = llvm.add %219, %220 : i64
      %222 = llvm.add %221, %101 : i64
      %223 = llvm.getelementptr %arg2[%222] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %224 = llvm.addrspacecast %223 : !llvm.ptr to !llvm.ptr<1>
      %225 = llvm.trunc %210 : i64 to i32
      %226 = llvm.mul %225, %37 : i32
      %227 = llvm.lshr %226, %38 : i32
      nvvm.cp.async.shared.global %216, %224, 16, cache =  cg, %227 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %228 = llvm.getelementptr %71[%215] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %229 = llvm.getelementptr %arg3[%222] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %230 = llvm.addrspacecast %229 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %228, %230, 16, cache =  cg, %227 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %231 = llvm.add %204, %36 : i64
      %232 = llvm.add %206, %231 : i64
      %233 = llvm.intr.smin(%232, %203) : (i64, i64) -> i64
      %234 = llvm.icmp "ult" %232, %86 : i64
      %235 = llvm.select %234, %34, %46 : i1, i64
      %236 = llvm.urem %233, %43 : i64
      %237 = llvm.mul %231, %41 : i64
      %238 = llvm.add %212, %237 : i64
      %239 = llvm.add %238, %101 : i64
      %240 = llvm.getelementptr %11[%239] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %241 = llvm.mul %197, %40 : i64
      %242 = llvm.mul %236, %39 : i64
      %243 = llvm.add %241, %242 : i64
      %244 = llvm.add %243, %220 : i64
      %245 = llvm.add %244, %101 : i64
      %246 = llvm.getelementptr %arg2[%245] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %247 = llvm.addrspacecast %246 : !llvm.ptr to !llvm.ptr<1>
      %248 = llvm.trunc %235 : i64 to i32
      %249 = llvm.mul %248, %37 : i32
      %250 = llvm.lshr %249, %38 : i32
      nvvm.cp.async.shared.global %240, %247, 16, cache =  cg, %250 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %251 = llvm.getelementptr %71[%239] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %252 = llvm.getelementptr %arg3[%245] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %253 = llvm.addrspacecast %252 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %251, %253, 16, cache =  cg, %250 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      llvm.br ^bb11
    ^bb11:  // 2 preds: ^bb9, ^bb10
      nvvm.cp.async.commit.group
      %254 = llvm.add %192, %29 : i64
      %255 = llvm.sub %86, %36 : i64
      %256 = llvm.mul %111, %29 : i64
      %257 = llvm.mul %254, %43 : i64
      %258 = llvm.add %83, %257 : i64
      %259 = llvm.add %258, %256 : i64
      %260 = llvm.intr.smin(%259, %255) : (i64, i64) -> i64
      %261 = llvm.udiv %260, %43 : i64
      %262 = llvm.add %96, %261 : i64
      %263 = llvm.getelementptr inbounds|nuw %arg5[%262] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %264 = llvm.load %263 : !llvm.ptr -> i32
      %265 = llvm.sext %264 : i32 to i64
      %266 = llvm.add %256, %36 : i64
      %267 = llvm.add %258, %266 : i64
      %268 = llvm.intr.smin(%267, %255) : (i64, i64) -> i64
      %269 = llvm.udiv %268, %43 : i64
      %270 = llvm.add %96, %269 : i64
      %271 = llvm.getelementptr inbounds|nuw %arg5[%270] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %272 = llvm.load %271 : !llvm.ptr -> i32
      %273 = llvm.sext %272 : i32 to i64
      nvvm.cp.async.wait.group 1
      nvvm.barrier0
      %274 = llvm.mul %192, %43 : i64
      %275 = llvm.add %83, %274 : i64
      %276 = llvm.mul %66, %34 : i64
      %277 = llvm.mul %199, %42 : i64
      %278 = llvm.mul %276, %41 : i64
      %279 = llvm.add %277, %278 : i64
      %280 = llvm.add %279, %101 : i64
      %281 = llvm.getelementptr %11[%280] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %282 = llvm.load %281 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %283 = llvm.fpext %282 : vector<8xbf16> to vector<8xf32>
      %284 = llvm.add %275, %276 : i64
      %285 = llvm.icmp "ult" %284, %86 : i64
      %286 = llvm.extractelement %109[%12 : i64] : vector<8xf32>
      %287 = llvm.extractelement %283[%12 : i64] : vector<8xf32>
      %288 = llvm.fmul %286, %287 : f32
      %289 = llvm.extractelement %109[%13 : i64] : vector<8xf32>
      %290 = llvm.extractelement %283[%13 : i64] : vector<8xf32>
      %291 = llvm.call @__nv_fmaf(%289, %290, %288) : (f32, f32, f32) -> f32
      %292 = llvm.extractelement %109[%8 : i64] : vector<8xf32>
      %293 = llvm.extractelement %283[%8 : i64] : vector<8xf32>
      %294 = llvm.call @__nv_fmaf(%292, %293, %291) : (f32, f32, f32) -> f32
      %295 = llvm.extractelement %109[%7 : i64] : vector<8xf32>
      %296 = llvm.extractelement %283[%7 : i64] : vector<8xf32>
      %297 = llvm.call @__nv_fmaf(%295, %296, %294) : (f32, f32, f32) -> f32
      %298 = llvm.extractelement %109[%6 : i64] : vector<8xf32>
      %299 = llvm.extractelement %283[%6 : i64] : vector<8xf32>
      %300 = llvm.call @__nv_fmaf(%298, %299, %297) : (f32, f32, f32) -> f32
      %301 = llvm.extractelement %109[%5 : i64] : vector<8xf32>
      %302 = llvm.extractelement %283[%5 : i64] : vector<8xf32>
      %303 = llvm.call @__nv_fmaf(%301, %302, %300) : (f32, f32, f32) -> f32
      %304 = llvm.extractelement %109[%4 : i64] : vector<8xf32>
      %305 = llvm.extractelement %283[%4 : i64] : vector<8xf32>
      %306 = llvm.call @__nv_fmaf(%304, %305, %303) : (f32, f32, f32) -> f32
      %307 = llvm.extractelement %109[%3 : i64] : vector<8xf32>
      %308 = llvm.extractelement %283[%3 : i64] : vector<8xf32>
      %309 = llvm.call @__nv_fmaf(%307, %308, %306) : (f32, f32, f32) -> f32
      %310 = llvm.sub %27, %27 : i32
      %311 = llvm.lshr %2, %310 : i32
      %312 = llvm.sub %27, %24 : i32
      %313 = nvvm.shfl.sync  bfly %311, %309, %28, %312 : f32 -> f32
      %314 = llvm.fadd %309, %313 : f32
      %315 = nvvm.shfl.sync  bfly %311, %314, %26, %312 : f32 -> f32
      %316 = llvm.fadd %314, %315 : f32
      %317 = nvvm.shfl.sync  bfly %311, %316, %25, %312 : f32 -> f32
      %318 = llvm.fadd %316, %317 : f32
      %319 = nvvm.shfl.sync  bfly %311, %318, %24, %312 : f32 -> f32
      %320 = llvm.fadd %318, %319 : f32
      %321 = llvm.select %285, %320, %32 : i1, f32
      %322 = llvm.add %276, %36 : i64
      %323 = llvm.mul %322, %41 : i64
      %324 = llvm.add %277, %323 : i64
      %325 = llvm.add %324, %101 : i64
      %326 = llvm.getelementptr %11[%325] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %327 = llvm.load %326 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %328 = llvm.fpext %327 : vector<8xbf16> to vector<8xf32>
      %329 = llvm.add %275, %322 : i64
      %330 = llvm.icmp "ult" %329, %86 : i64
      %331 = llvm.extractelement %328[%12 : i64] : vector<8xf32>
      %332 = llvm.fmul %286, %331 : f32
      %333 = llvm.extractelement %328[%13 : i64] : vector<8xf32>
      %334 = llvm.call @__nv_fmaf(%289, %333, %332) : (f32, f32, f32) -> f32
      %335 = llvm.extractelement %328[%8 : i64] : vector<8xf32>
      %336 = llvm.call @__nv_fmaf(%292, %335, %334) : (f32, f32, f32) -> f32
      %337 = llvm.extractelement %328[%7 : i64] : vector<8xf32>
      %338 = llvm.call @__nv_fmaf(%295, %337, %336) : (f32, f32, f32) -> f32
      %339 = llvm.extractelement %328[%6 : i64] : vector<8xf32>
      %340 = llvm.call @__nv_fmaf(%298, %339, %338) : (f32, f32, f32) -> f32
      %341 = llvm.extractelement %328[%5 : i64] : vector<8xf32>
      %342 = llvm.call @__nv_fmaf(%301, %341, %340) : (f32, f32, f32) -> f32
      %343 = llvm.extractelement %328[%4 : i64] : vector<8xf32>
      %344 = llvm.call @__nv_fmaf(%304, %343, %342) : (f32, f32, f32) -> f32
      %345 = llvm.extractelement %328[%3 : i64] : vector<8xf32>
      %346 = llvm.call @__nv_fmaf(%307, %345, %344) : (f32, f32, f32) -> f32
      %347 = nvvm.shfl.sync  bfly %311, %346, %28, %312 : f32 -> f32
      %348 = llvm.fadd %346, %347 : f32
      %349 = nvvm.shfl.sync  bfly %311, %348, %26, %312 : f32 -> f32
      %350 = llvm.fadd %348, %349 : f32
      %351 = nvvm.shfl.sync  bfly %311, %350, %25, %312 : f32 -> f32
      %352 = llvm.fadd %350, %351 : f32
      %353 = nvvm.shfl.sync  bfly %311, %352, %24, %312 : f32 -> f32
      %354 = llvm.fadd %352, %353 : f32
      %355 = llvm.select %330, %354, %32 : i1, f32
      %356 = llvm.add %276, %29 : i64
      %357 = llvm.mul %356, %41 : i64
      %358 = llvm.add %277, %357 : i64
      %359 = llvm.add %358, %101 : i64
      %360 = llvm.getelementptr %11[%359] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %361 = llvm.load %360 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %362 = llvm.fpext %361 : vector<8xbf16> to vector<8xf32>
      %363 = llvm.add %275, %356 : i64
      %364 = llvm.icmp "ult" %363, %86 : i64
      %365 = llvm.extractelement %362[%12 : i64] : vector<8xf32>
      %366 = llvm.fmul %286, %365 : f32
      %367 = llvm.extractelement %362[%13 : i64] : vector<8xf32>
      %368 = llvm.call @__nv_fmaf(%289, %367, %366) : (f32, f32, f32) -> f32
      %369 = llvm.extractelement %362[%8 : i64] : vector<8xf32>
      %370 = llvm.call @__nv_fmaf(%292, %369, %368) : (f32, f32, f32) -> f32
      %371 = llvm.extractelement %362[%7 : i64] : vector<8xf32>
      %372 = llvm.call @__nv_fmaf(%295, %371, %370) : (f32, f32, f32) -> f32
      %373 = llvm.extractelement %362[%6 : i64] : vector<8xf32>
      %374 = llvm.call @__nv_fmaf(%298, %373, %372) : (f32, f32, f32) -> f32
      %375 = llvm.extractelement %362[%5 : i64] : vector<8xf32>
      %376 = llvm.call @__nv_fmaf(%301, %375, %374) : (f32, f32, f32) -> f32
      %377 = llvm.extractelement %362[%4 : i64] : vector<8xf32>
      %378 = llvm.call @__nv_fmaf(%304, %377, %376) : (f32, f32, f32) -> f32
      %379 = llvm.extractelement %362[%3 : i64] : vector<8xf32>
      %380 = llvm.call @__nv_fmaf(%307, %379, %378) : (f32, f32, f32) -> f32
      %381 = nvvm.shfl.sync  bfly %311, %380, %28, %312 : f32 -> f32
      %382 = llvm.fadd %380, %381 : f32
      %383 = nvvm.shfl.sync  bfly %311, %382, %26, %312 : f32 -> f32
      %384 = llvm.fadd %382, %383 : f32
      %385 = nvvm.shfl.sync  bfly %311, %384, %25, %312 : f32 -> f32
      %386 = llvm.fadd %384, %385 : f32
      %387 = nvvm.shfl.sync  bfly %311, %386, %24, %312 : f32 -> f32
      %388 = llvm.fadd %386, %387 : f32
      %389 = llvm.select %364, %388, %32 : i1, f32
      %390 = llvm.add %276, %23 : i64
      %391 = llvm.mul %390, %41 : i64
      %392 = llvm.add %277, %391 : i64
      %393 = llvm.add %392, %101 : i64
      %394 = llvm.getelementptr %11[%393] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %395 = llvm.load %394 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %396 = llvm.fpext %395 : vector<8xbf16> to vector<8xf32>
      %397 = llvm.add %275, %390 : i64
      %398 = llvm.icmp "ult" %397, %86 : i64
      %399 = llvm.extractelement %396[%12 : i64] : vector<8xf32>
      %400 = llvm.fmul %286, %399 : f32
      %401 = llvm.extractelement %396[%13 : i64] : vector<8xf32>
      %402 = llvm.call @__nv_fmaf(%289, %401, %400) : (f32, f32, f32) -> f32
      %403 = llvm.extractelement %396[%8 : i64] : vector<8xf32>
      %404 = llvm.call @__nv_fmaf(%292, %403, %402) : (f32, f32, f32) -> f32
      %405 = llvm.extractelement %396[%7 : i64] : vector<8xf32>
      %406 = llvm.call @__nv_fmaf(%295, %405, %404) : (f32, f32, f32) -> f32
      %407 = llvm.extractelement %396[%6 : i64] : vector<8xf32>
      %408 = llvm.call @__nv_fmaf(%298, %407, %406) : (f32, f32, f32) -> f32
      %409 = llvm.extractelement %396[%5 : i64] : vector<8xf32>
      %410 = llvm.call @__nv_fmaf(%301, %409, %408) : (f32, f32, f32) -> f32
      %411 = llvm.extractelement %396[%4 : i64] : vector<8xf32>
      %412 = llvm.call @__nv_fmaf(%304, %411, %410) : (f32, f32, f32) -> f32
      %413 = llvm.extractelement %396[%3 : i64] : vector<8xf32>
      %414 = llvm.call @__nv_fmaf(%307, %413, %412) : (f32, f32, f32) -> f32
      %415 = nvvm.shfl.sync  bfly %311, %414, %28, %312 : f32 -> f32
      %416 = llvm.fadd %414, %415 : f32
      %417 = nvvm.shfl.sync  bfly %311, %416, %26, %312 : f32 -> f32
      %418 = llvm.fadd %416, %417 : f32
      %419 = nvvm.shfl.sync  bfly %311, %418, %25, %312 : f32 -> f32
      %420 = llvm.fadd %418, %419 : f32
      %421 = nvvm.shfl.sync  bfly %311, %420, %24, %312 : f32 -> f32
      %422 = llvm.fadd %420, %421 : f32
      %423 = llvm.select %398, %422, %32 : i1, f32
      %424 = llvm.add %276, %44 : i64
      %425 = llvm.mul %424, %41 : i64
      %426 = llvm.add %277, %425 : i64
      %427 = llvm.add %426, %101 : i64
      %428 = llvm.getelementptr %11[%427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %429 = llvm.load %428 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %430 = llvm.fpext %429 : vector<8xbf16> to vector<8xf32>
      %431 = llvm.add %275, %424 : i64
      %432 = llvm.icmp "ult" %431, %86 : i64
      %433 = llvm.extractelement %430[%12 : i64] : vector<8xf32>
      %434 = llvm.fmul %286, %433 : f32
      %435 = llvm.extractelement %430[%13 : i64] : vector<8xf32>
      %436 = llvm.call @__nv_fmaf(%289, %435, %434) : (f32, f32, f32) -> f32
      %437 = llvm.extractelement %430[%8 : i64] : vector<8xf32>
      %438 = llvm.call @__nv_fmaf(%292, %437, %436) : (f32, f32, f32) -> f32
      %439 = llvm.extractelement %430[%7 : i64] : vector<8xf32>
      %440 = llvm.call @__nv_fmaf(%295, %439, %438) : (f32, f32, f32) -> f32
      %441 = llvm.extractelement %430[%6 : i64] : vector<8xf32>
      %442 = llvm.call @__nv_fmaf(%298, %441, %440) : (f32, f32, f32) -> f32
      %443 = llvm.extractelement %430[%5 : i64] : vector<8xf32>
      %444 = llvm.call @__nv_fmaf(%301, %443, %442) : (f32, f32, f32) -> f32
      %445 = llvm.extractelement %430[%4 : i64] : vector<8xf32>
      %446 = llvm.call @__nv_fmaf(%304, %445, %444) : (f32, f32, f32) -> f32
      %447 = llvm.extractelement %430[%3 : i64] : vector<8xf32>
      %448 = llvm.call @__nv_fmaf(%307, %447, %446) : (f32, f32, f32) -> f32
      %449 = nvvm.shfl.sync  bfly %311, %448, %28, %312 : f32 -> f32
      %450 = llvm.fadd %448, %449 : f32
      %451 = nvvm.shfl.sync  bfly %311, %450, %26, %312 : f32 -> f32
      %452 = llvm.fadd %450, %451 : f32
      %453 = nvvm.shfl.sync  bfly %311, %452, %25, %312 : f32 -> f32
      %454 = llvm.fadd %452, %453 : f32
      %455 = nvvm.shfl.sync  bfly %311, %454, %24, %312 : f32 -> f32
      %456 = llvm.fadd %454, %455 : f32
      %457 = llvm.select %432, %456, %32 : i1, f32
      %458 = llvm.add %276, %22 : i64
      %459 = llvm.mul %458, %41 : i64
      %460 = llvm.add %277, %459 : i64
      %461 = llvm.add %460, %101 : i64
      %462 = llvm.getelementptr %11[%461] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %463 = llvm.load %462 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %464 = llvm.fpext %463 : vector<8xbf16> to vector<8xf32>
      %465 = llvm.add %275, %458 : i64
      %466 = llvm.icmp "ult" %465, %86 : i64
      %467 = llvm.extractelement %464[%12 : i64] : vector<8xf32>
      %468 = llvm.fmul %286, %467 : f32
      %469 = llvm.extractelement %464[%13 : i64] : vector<8xf32>
      %470 = llvm.call @__nv_fmaf(%289, %469, %468) : (f32, f32, f32) -> f32
      %471 = llvm.extractelement %464[%8 : i64] : vector<8xf32>
      %472 = llvm.call @__nv_fmaf(%292, %471, %470) : (f32, f32, f32) -> f32
      %473 = llvm.extractelement %464[%7 : i64] : vector<8xf32>
      %474 = llvm.call @__nv_fmaf(%295, %473, %472) : (f32, f32, f32) -> f32
      %475 = llvm.extractelement %464[%6 : i64] : vector<8xf32>
      %476 = llvm.call @__nv_fmaf(%298, %475, %474) : (f32, f32, f32) -> f32
      %477 = llvm.extractelement %464[%5 : i64] : vector<8xf32>
      %478 = llvm.call @__nv_fmaf(%301, %477, %476) : (f32, f32, f32) -> f32
      %479 = llvm.extractelement %464[%4 : i64] : vector<8xf32>
      %480 = llvm.call @__nv_fmaf(%304, %479, %478) : (f32, f32, f32) -> f32
      %481 = llvm.extractelement %464[%3 : i64] : vector<8xf32>
      %482 = llvm.call @__nv_fmaf(%307, %481, %480) : (f32, f32, f32) -> f32
      %483 = nvvm.shfl.sync  bfly %311, %482, %28, %312 : f32 -> f32
      %484 = llvm.fadd %482, %483 : f32
      %485 = nvvm.shfl.sync  bfly %311, %484, %26, %312 : f32 -> f32
      %486 = llvm.fadd %484, %485 : f32
      %487 = nvvm.shfl.sync  bfly %311, %486, %25, %312 : f32 -> f32
      %488 = llvm.fadd %486, %487 : f32
      %489 = nvvm.shfl.sync  bfly %311, %488, %24, %312 : f32 -> f32
      %490 = llvm.fadd %488, %489 : f32
      %491 = llvm.select %466, %490, %32 : i1, f32
      %492 = llvm.add %276, %21 : i64
      %493 = llvm.mul %492, %41 : i64
      %494 = llvm.add %277, %493 : i64
      %495 = llvm.add %494, %101 : i64
      %496 = llvm.getelementptr %11[%495] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %497 = llvm.load %496 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %498 = llvm.fpext %497 : vector<8xbf16> to vector<8xf32>
      %499 = llvm.add %275, %492 : i64
      %500 = llvm.icmp "ult" %499, %86 : i64
      %501 = llvm.extractelement %498[%12 : i64] : vector<8xf32>
      %502 = llvm.fmul %286, %501 : f32
      %503 = llvm.extractelement %498[%13 : i64] : vector<8xf32>
      %504 = llvm.call @__nv_fmaf(%289, %503, %502) : (f32, f32, f32) -> f32
      %505 = llvm.extractelement %498[%8 : i64] : vector<8xf32>
      %506 = llvm.call @__nv_fmaf(%292, %505, %504) : (f32, f32, f32) -> f32
      %507 = llvm.extractelement %498[%7 : i64] : vector<8xf32>
      %508 = llvm.call @__nv_fmaf(%295, %507, %506) : (f32, f32, f32) -> f32
      %509 = llvm.extractelement %498[%6 : i64] : vector<8xf32>
      %510 = llvm.call @__nv_fmaf(%298, %509, %508) : (f32, f32, f32) -> f32
      %511 = llvm.extractelement %498[%5 : i64] : vector<8xf32>
      %512 = llvm.call @__nv_fmaf(%301, %511, %510) : (f32, f32, f32) -> f32
      %513 = llvm.extractelement %498[%4 : i64] : vector<8xf32>
      %514 = llvm.call @__nv_fmaf(%304, %513, %512) : (f32, f32, f32) -> f32
      %515 = llvm.extractelement %498[%3 : i64] : vector<8xf32>
      %516 = llvm.call @__nv_fmaf(%307, %515, %514) : (f32, f32, f32) -> f32
      %517 = nvvm.shfl.sync  bfly %311, %516, %28, %312 : f32 -> f32
      %518 = llvm.fadd %516, %517 : f32
      %519 = nvvm.shfl.sync  bfly %311, %518, %26, %312 : f32 -> f32
      %520 = llvm.fadd %518, %519 : f32
      %521 = nvvm.shfl.sync  bfly %311, %520, %25, %312 : f32 -> f32
      %522 = llvm.fadd %520, %521 : f32
      %523 = nvvm.shfl.sync  bfly %311, %522, %24, %312 : f32 -> f32
      %524 = llvm.fadd %522, %523 : f32
      %525 = llvm.select %500, %524, %32 : i1, f32
      %526 = llvm.add %276, %20 : i64
      %527 = llvm.mul %526, %41 : i64
      %528 = llvm.add %277, %527 : i64
      %529 = llvm.add %528, %101 : i64
      %530 = llvm.getelementptr %11[%529] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %531 = llvm.load %530 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %532 = llvm.fpext %531 : vector<8xbf16> to vector<8xf32>
      %533 = llvm.add %275, %526 : i64
      %534 = llvm.icmp "ult" %533, %86 : i64
      %535 = llvm.extractelement %532[%12 : i64] : vector<8xf32>
      %536 = llvm.fmul %286, %535 : f32
      %537 = llvm.extractelement %532[%13 : i64] : vector<8xf32>
      %538 = llvm.call @__nv_fmaf(%289, %537, %536) : (f32, f32, f32) -> f32
      %539 = llvm.extractelement %532[%8 : i64] : vector<8xf32>
      %540 = llvm.call @__nv_fmaf(%292, %539, %538) : (f32, f32, f32) -> f32
      %541 = llvm.extractelement %532[%7 : i64] : vector<8xf32>
      %542 = llvm.call @__nv_fmaf(%295, %541, %540) : (f32, f32, f32) -> f32
      %543 = llvm.extractelement %532[%6 : i64] : vector<8xf32>
      %544 = llvm.call @__nv_fmaf(%298, %543, %542) : (f32, f32, f32) -> f32
      %545 = llvm.extractelement %532[%5 : i64] : vector<8xf32>
      %546 = llvm.call @__nv_fmaf(%301, %545, %544) : (f32, f32, f32) -> f32
      %547 = llvm.extractelement %532[%4 : i64] : vector<8xf32>
      %548 = llvm.call @__nv_fmaf(%304, %547, %546) : (f32, f32, f32) -> f32
      %549 = llvm.extractelement %532[%3 : i64] : vector<8xf32>
      %550 = llvm.call @__nv_fmaf(%307, %549, %548) : (f32, f32, f32) -> f32
      %551 = nvvm.shfl.sync  bfly %311, %550, %28, %312 : f32 -> f32
      %552 = llvm.fadd %550, %551 : f32
      %553 = nvvm.shfl.sync  bfly %311, %552, %26, %312 : f32 -> f32
      %554 = llvm.fadd %552, %553 : f32
      %555 = nvvm.shfl.sync  bfly %311, %554, %25, %312 : f32 -> f32
      %556 = llvm.fadd %554, %555 : f32
      %557 = nvvm.shfl.sync  bfly %311, %556, %24, %312 : f32 -> f32
      %558 = llvm.fadd %556, %557 : f32
      %559 = llvm.select %534, %558, %32 : i1, f32
      %560 = llvm.getelementptr %71[%280] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %561 = llvm.load %560 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %562 = llvm.fpext %561 : vector<8xbf16> to vector<8xf32>
      %563 = llvm.getelementptr %71[%325] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %564 = llvm.load %563 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %565 = llvm.fpext %564 : vector<8xbf16> to vector<8xf32>
      %566 = llvm.getelementptr %71[%359] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %567 = llvm.load %566 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %568 = llvm.fpext %567 : vector<8xbf16> to vector<8xf32>
      %569 = llvm.getelementptr %71[%393] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %570 = llvm.load %569 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %571 = llvm.fpext %570 : vector<8xbf16> to vector<8xf32>
      %572 = llvm.getelementptr %71[%427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %573 = llvm.load %572 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %574 = llvm.fpext %573 : vector<8xbf16> to vector<8xf32>
      %575 = llvm.getelementptr %71[%461] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %576 = llvm.load %575 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %577 = llvm.fpext %576 : vector<8xbf16> to vector<8xf32>
      %578 = llvm.getelementptr %71[%495] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %579 = llvm.load %578 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %580 = llvm.fpext %579 : vector<8xbf16> to vector<8xf32>
      %581 = llvm.getelementptr %71[%529] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %582 = llvm.load %581 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %583 = llvm.fpext %582 : vector<8xbf16> to vector<8xf32>
      %584 = llvm.intr.maximum(%193, %321) : (f32, f32) -> f32
      %585 = llvm.intr.maximum(%584, %355) : (f32, f32) -> f32
      %586 = llvm.intr.maximum(%585, %389) : (f32, f32) -> f32
      %587 = llvm.intr.maximum(%586, %423) : (f32, f32) -> f32
      %588 = llvm.intr.maximum(%587, %457) : (f32, f32) -> f32
      %589 = llvm.intr.maximum(%588, %491) : (f32, f32) -> f32
      %590 = llvm.intr.maximum(%589, %525) : (f32, f32) -> f32
      %591 = llvm.intr.maximum(%590, %559) : (f32, f32) -> f32
      %592 = llvm.fcmp "oeq" %591, %32 : f32
      %593 = llvm.select %592, %31, %591 : i1, f32
      %594 = llvm.fsub %193, %593 : f32
      %595 = llvm.call @__nv_exp2f(%594) : (f32) -> f32
      %596 = llvm.fmul %194, %595 : f32
      %597 = llvm.insertelement %595, %1[%19 : i32] : vector<8xf32>
      %598 = llvm.shufflevector %597, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %599 = llvm.fmul %195, %598 : vector<8xf32>
      %600 = llvm.fsub %321, %593 : f32
      %601 = llvm.call @__nv_exp2f(%600) : (f32) -> f32
      %602 = llvm.fadd %596, %601 : f32
      %603 = llvm.insertelement %601, %1[%19 : i32] : vector<8xf32>
      %604 = llvm.shufflevector %603, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %605 = llvm.intr.fmuladd(%604, %562, %599) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %606 = llvm.fsub %355, %593 : f32
      %607 = llvm.call @__nv_exp2f(%606) : (f32) -> f32
      %608 = llvm.fadd %602, %607 : f32
      %609 = llvm.insertelement %607, %1[%19 : i32] : vector<8xf32>
      %610 = llvm.shufflevector %609, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %611 = llvm.intr.fmuladd(%610, %565, %605) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %612 = llvm.fsub %389, %593 : f32
      %613 = llvm.call @__nv_exp2f(%612) : (f32) -> f32
      %614 = llvm.fadd %608, %613 : f32
      %615 = llvm.insertelement %613, %1[%19 : i32] : vector<8xf32>
      %616 = llvm.shufflevector %615, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %617 = llvm.intr.fmuladd(%616, %568, %611) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %618 = llvm.fsub %423, %593 : f32
      %619 = llvm.call @__nv_exp2f(%618) : (f32) -> f32
      %620 = llvm.fadd %614, %619 : f32
      %621 = llvm.insertelement %619, %1[%19 : i32] : vector<8xf32>
      %622 = llvm.shufflevector %621, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %623 = llvm.intr.fmuladd(%622, %571, %617) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %624 = llvm.fsub %457, %593 : f32
      %625 = llvm.call @__nv_exp2f(%624) : (f32) -> f32
      %626 = llvm.fadd %620, %625 : f32
      %627 = llvm.insertelement %625, %1[%19 : i32] : vector<8xf32>
      %628 = llvm.shufflevector %627, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %629 = llvm.intr.fmuladd(%628, %574, %623) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %630 = llvm.fsub %491, %593 : f32
      %631 = llvm.call @__nv_exp2f(%630) : (f32) -> f32
      %632 = llvm.fadd %626, %631 : f32
      %633 = llvm.insertelement %631, %1[%19 : i32] : vector<8xf32>
      %634 = llvm.shufflevector %633, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %635 = llvm.intr.fmuladd(%634, %577, %629) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %636 = llvm.fsub %525, %593 : f32
      %637 = llvm.call @__nv_exp2f(%636) : (f32) -> f32
      %638 = llvm.fadd %632, %637 : f32
      %639 = llvm.insertelement %637, %1[%19 : i32] : vector<8xf32>
      %640 = llvm.shufflevector %639, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %641 = llvm.intr.fmuladd(%640, %580, %635) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %642 = llvm.fsub %559, %593 : f32
      %643 = llvm.call @__nv_exp2f(%642) : (f32) -> f32
      %644 = llvm.fadd %638, %643 : f32
      %645 = llvm.insertelement %643, %1[%19 : i32] : vector<8xf32>
      %646 = llvm.shufflevector %645, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %647 = llvm.intr.fmuladd(%646, %583, %641) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      nvvm.barrier0
      llvm.br ^bb8(%200, %591, %644, %647, %265, %273 : i64, f32, f32, vector<8xf32>, i64, i64)
    ^bb12:  // pred: ^bb8
      nvvm.cp.async.wait.group 0
      %648 = llvm.icmp "eq" %66, %46 : i64
      %649 = llvm.icmp "eq" %63, %46 : i64
      %650 = llvm.mul %66, %10 : i64
      %651 = llvm.mul %65, %41 : i64
      %652 = llvm.add %650, %651 : i64
      %653 = llvm.add %652, %101 : i64
      %654 = llvm.getelementptr %72[%653] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      llvm.store %195, %654 {alignment = 16 : i64} : vector<8xf32>, !llvm.ptr<3>
      llvm.cond_br %649, ^bb13, ^bb14
    ^bb13:  // pred: ^bb12
      %655 = llvm.mul %66, %44 overflow<nsw, nuw> : i64
      %656 = llvm.add %655, %65 overflow<nsw, nuw> : i64
      %657 = llvm.getelementptr inbounds|nuw %73[%656] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      llvm.store %193, %657 : f32, !llvm.ptr<3>
      %658 = llvm.getelementptr inbounds|nuw %74[%656] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      llvm.store %194, %658 : f32, !llvm.ptr<3>
      llvm.br ^bb14
    ^bb14:  // 2 preds: ^bb12, ^bb13
      nvvm.barrier0
      llvm.cond_br %648, ^bb15, ^bb21
    ^bb15:  // pred: ^bb14
      %659 = llvm.mul %46, %44 overflow<nsw, nuw> : i64
      %660 = llvm.add %659, %65 overflow<nsw, nuw> : i64
      %661 = llvm.getelementptr inbounds|nuw %73[%660] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %662 = llvm.load %661 : !llvm.ptr<3> -> f32
      %663 = llvm.getelementptr inbounds|nuw %74[%660] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %664 = llvm.load %663 : !llvm.ptr<3> -> f32
      %665 = llvm.mul %46, %10 : i64
      %666 = llvm.add %665, %651 : i64
      %667 = llvm.add %666, %101 : i64
      %668 = llvm.getelementptr %72[%667] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %669 = llvm.load %668 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xf32>
      %670 = llvm.fcmp "oeq" %662, %32 : f32
      %671 = llvm.select %670, %31, %662 : i1, f32
      %672 = llvm.fsub %32, %671 : f32
      %673 = llvm.call @__nv_exp2f(%672) : (f32) -> f32
      %674 = llvm.fsub %662, %671 : f32
      %675 = llvm.call @__nv_exp2f(%674) : (f32) -> f32
      %676 = llvm.fmul %673, %31 : f32
      %677 = llvm.fmul %664, %675 : f32
      %678 = llvm.fadd %676, %677 : f32
      %679 = llvm.insertelement %675, %1[%19 : i32] : vector<8xf32>
      %680 = llvm.shufflevector %679, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %681 = llvm.insertelement %673, %1[%19 : i32] : vector<8xf32>
      %682 = llvm.shufflevector %681, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %683 = llvm.fmul %682, %30 : vector<8xf32>
      %684 = llvm.intr.fmuladd(%680, %669, %683) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %685 = llvm.mul %36, %44 overflow<nsw, nuw> : i64
      %686 = llvm.add %685, %65 overflow<nsw, nuw> : i64
      %687 = llvm.getelementptr inbounds|nuw %73[%686] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %688 = llvm.load %687 : !llvm.ptr<3> -> f32
      %689 = llvm.getelementptr inbounds|nuw %74[%686] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %690 = llvm.load %689 : !llvm.ptr<3> -> f32
      %691 = llvm.mul %36, %10 : i64
      %692 = llvm.add %691, %651 : i64
      %693 = llvm.add %692, %101 : i64
      %694 = llvm.getelementptr %72[%693] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %695 = llvm.load %694 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xf32>
      %696 = llvm.intr.maximum(%662, %688) : (f32, f32) -> f32
      %697 = llvm.fcmp "oeq" %696, %32 : f32
      %698 = llvm.select %697, %31, %696 : i1, f32
      %699 = llvm.fsub %662, %698 : f32
      %700 = llvm.call @__nv_exp2f(%699) : (f32) -> f32
      %701 = llvm.fsub %688, %698 : f32
      %702 = llvm.call @__nv_exp2f(%701) : (f32) -> f32
      %703 = llvm.fmul %678, %700 : f32
      %704 = llvm.fmul %690, %702 : f32
      %705 = llvm.fadd %703, %704 : f32
      %706 = llvm.insertelement %702, %1[%19 : i32] : vector<8xf32>
      %707 = llvm.shufflevector %706, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %708 = llvm.insertelement %700, %1[%19 : i32] : vector<8xf32>
      %709 = llvm.shufflevector %708, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %710 = llvm.fmul %684, %709 : vector<8xf32>
      %711 = llvm.intr.fmuladd(%707, %695, %710) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %712 = llvm.icmp "slt" %88, %19 : i32
      %713 = llvm.fcmp "ogt" %705, %31 : f32
      %714 = llvm.select %713, %705, %18 : i1, f32
      %715 = llvm.insertelement %714, %1[%19 : i32] : vector<8xf32>
      %716 = llvm.shufflevector %715, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %717 = llvm.fdiv %711, %716 : vector<8xf32>
      %718 = llvm.select %713, %717, %30 : i1, vector<8xf32>
      %719 = llvm.call @__nv_fast_log2f(%714) : (f32) -> f32
      %720 = llvm.fadd %696, %719 : f32
      %721 = llvm.fmul %720, %17 : f32
      %722 = llvm.select %713, %721, %32 : i1, f32
      llvm.cond_br %712, ^bb16, ^bb19
    ^bb16:  // pred: ^bb15
      %723 = llvm.fptrunc %718 : vector<8xf32> to vector<8xbf16>
      %724 = llvm.getelementptr %arg12[%105] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      llvm.store %723, %724 {alignment = 16 : i64} : vector<8xbf16>, !llvm.ptr
      llvm.cond_br %649, ^bb17(%53, %91 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64), ^bb18
    ^bb17(%725: !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, %726: i64):  // 2 preds: ^bb16, ^bb19
      %727 = llvm.extractvalue %725[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %728 = llvm.mul %726, %0 overflow<nsw, nuw> : i64
      %729 = llvm.add %728, %93 overflow<nsw, nuw> : i64
      %730 = llvm.getelementptr inbounds|nuw %727[%729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %722, %730 : f32, !llvm.ptr
      llvm.br ^bb18
    ^bb18:  // 3 preds: ^bb16, ^bb17, ^bb19
      llvm.br ^bb20
    ^bb19:  // pred: ^bb15
      %731 = llvm.sext %88 : i32 to i64
      %732 = llvm.mul %731, %9 : i64
      %733 = llvm.add %732, %103 : i64
      %734 = llvm.add %733, %101 : i64
      %735 = llvm.getelementptr %arg14[%734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %718, %735 {alignment = 16 : i64} : vector<8xf32>, !llvm.ptr
      llvm.cond_br %649, ^bb17(%60, %731 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64), ^bb18
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

