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
      %11 = llvm.mlir.constant(0 : i32) : i32
      %12 = llvm.mlir.constant(0.693147182 : f32) : f32
      %13 = llvm.mlir.constant(1.000000e+00 : f32) : f32
      %14 = llvm.mlir.constant(1 : i32) : i32
      %15 = llvm.mlir.constant(2 : i32) : i32
      %16 = llvm.mlir.constant(4 : i32) : i32
      %17 = llvm.mlir.constant(32 : i32) : i32
      %18 = llvm.mlir.constant(8 : i32) : i32
      %19 = llvm.mlir.constant(3 : index) : i64
      %20 = llvm.mlir.constant(dense<0.000000e+00> : vector<8xf32>) : vector<8xf32>
      %21 = llvm.mlir.constant(0.000000e+00 : f32) : f32
      %22 = llvm.mlir.constant(0xFF800000 : f32) : f32
      %23 = llvm.mlir.constant(2 : index) : i64
      %24 = llvm.mlir.constant(dense<0.127517432> : vector<8xf32>) : vector<8xf32>
      %25 = llvm.mlir.constant(8 : index) : i64
      %26 = llvm.mlir.constant(7 : index) : i64
      %27 = llvm.mlir.constant(1 : index) : i64
      %28 = llvm.mlir.constant(16 : i32) : i32
      %29 = llvm.mlir.constant(3 : i32) : i32
      %30 = llvm.mlir.constant(16384 : index) : i64
      %31 = llvm.mlir.constant(128 : index) : i64
      %32 = llvm.mlir.constant(1024 : index) : i64
      %33 = llvm.mlir.constant(16 : index) : i64
      %34 = llvm.mlir.constant(4 : index) : i64
      %35 = llvm.mlir.constant(64 : index) : i64
      %36 = llvm.mlir.constant(0 : index) : i64
      %37 = llvm.insertvalue %arg13, %10[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %38 = llvm.insertvalue %arg13, %37[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %39 = llvm.insertvalue %6, %38[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %40 = llvm.insertvalue %8, %39[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %41 = llvm.insertvalue %7, %40[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %42 = llvm.insertvalue %9, %41[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %43 = llvm.insertvalue %8, %42[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %44 = llvm.insertvalue %arg15, %10[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %45 = llvm.insertvalue %arg15, %44[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %46 = llvm.insertvalue %6, %45[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %47 = llvm.insertvalue %8, %46[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %48 = llvm.insertvalue %7, %47[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %49 = llvm.insertvalue %9, %48[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %50 = llvm.insertvalue %8, %49[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %51 = nvvm.read.ptx.sreg.tid.x range <i32, 0, 128> : i32
      %52 = llvm.sext %51 : i32 to i64
      %53 = llvm.urem %52, %33 : i64
      %54 = llvm.udiv %52, %33 : i64
      %55 = llvm.urem %54, %34 : i64
      %56 = llvm.udiv %52, %35 : i64
      %57 = nvvm.read.ptx.sreg.ctaid.x : i32
      %58 = llvm.sext %57 : i32 to i64
      %59 = nvvm.read.ptx.sreg.ctaid.y : i32
      %60 = llvm.sext %59 : i32 to i64
      %61 = llvm.getelementptr %5[8192] : (!llvm.ptr<3>) -> !llvm.ptr<3>, i8
      %62 = llvm.getelementptr %5[16384] : (!llvm.ptr<3>) -> !llvm.ptr<3>, i8
      %63 = llvm.getelementptr %5[20480] : (!llvm.ptr<3>) -> !llvm.ptr<3>, i8
      %64 = llvm.getelementptr %5[20512] : (!llvm.ptr<3>) -> !llvm.ptr<3>, i8
      %65 = llvm.load %arg11 : !llvm.ptr -> i32
      %66 = llvm.sext %65 : i32 to i64
      %67 = llvm.icmp "ult" %58, %66 : i64
      llvm.cond_br %67, ^bb1, ^bb22
    ^bb1:  // pred: ^bb0
      %68 = llvm.getelementptr inbounds|nuw %arg7[%58] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %69 = llvm.load %68 : !llvm.ptr -> i32
      %70 = llvm.sext %69 : i32 to i64
      %71 = llvm.getelementptr inbounds|nuw %arg8[%58] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %72 = llvm.load %71 : !llvm.ptr -> i32
      %73 = llvm.sext %72 : i32 to i64
      %74 = llvm.getelementptr inbounds|nuw %arg9[%58] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %75 = llvm.load %74 : !llvm.ptr -> i32
      %76 = llvm.sext %75 : i32 to i64
      %77 = llvm.getelementptr inbounds|nuw %arg10[%58] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %78 = llvm.load %77 : !llvm.ptr -> i32
      %79 = llvm.getelementptr inbounds|nuw %arg1[%70] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %80 = llvm.load %79 : !llvm.ptr -> i32
      %81 = llvm.sext %80 : i32 to i64
      %82 = llvm.mul %60, %34 : i64
      %83 = llvm.add %82, %55 : i64
      %84 = llvm.getelementptr inbounds|nuw %arg4[%70] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %85 = llvm.load %84 : !llvm.ptr -> i32
      %86 = llvm.sext %85 : i32 to i64
      %87 = llvm.intr.smax(%76, %73) : (i64, i64) -> i64
      %88 = llvm.sub %87, %73 : i64
      %89 = llvm.add %88, %26 : i64
      %90 = llvm.udiv %89, %25 : i64
      %91 = llvm.mul %53, %25 : i64
      %92 = llvm.mul %81, %3 : i64
      %93 = llvm.mul %83, %31 : i64
      %94 = llvm.add %92, %93 : i64
      %95 = llvm.add %94, %91 : i64
      %96 = llvm.getelementptr %arg0[%95] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %97 = llvm.load %96 {alignment = 16 : i64} : !llvm.ptr -> vector<8xbf16>
      %98 = llvm.fpext %97 : vector<8xbf16> to vector<8xf32>
      %99 = llvm.fmul %98, %24 : vector<8xf32>
      %100 = llvm.icmp "ugt" %90, %36 : i64
      llvm.cond_br %100, ^bb2, ^bb3
    ^bb2:  // pred: ^bb1
      %101 = llvm.mul %56, %34 : i64
      %102 = llvm.add %101, %55 : i64
      %103 = llvm.add %73, %102 : i64
      %104 = llvm.icmp "ult" %103, %76 : i64
      %105 = llvm.sub %76, %27 : i64
      %106 = llvm.intr.smin(%103, %105) : (i64, i64) -> i64
      %107 = llvm.udiv %106, %33 : i64
      %108 = llvm.add %86, %107 : i64
      %109 = llvm.getelementptr inbounds|nuw %arg5[%108] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %110 = llvm.load %109 : !llvm.ptr -> i32
      %111 = llvm.sext %110 : i32 to i64
      %112 = llvm.urem %106, %33 : i64
      %113 = llvm.select %104, %25, %36 : i1, i64
      %114 = llvm.mul %36, %32 : i64
      %115 = llvm.mul %102, %31 : i64
      %116 = llvm.add %114, %115 : i64
      %117 = llvm.add %116, %91 : i64
      %118 = llvm.getelementptr %5[%117] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %119 = llvm.mul %111, %30 : i64
      %120 = llvm.mul %112, %32 : i64
      %121 = llvm.add %119, %120 : i64
      %122 = llvm.mul %60, %31 : i64
      %123 = llvm.add %121, %122 : i64
      %124 = llvm.add %123, %91 : i64
      %125 = llvm.getelementptr %arg2[%124] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %126 = llvm.addrspacecast %125 : !llvm.ptr to !llvm.ptr<1>
      %127 = llvm.trunc %113 : i64 to i32
      %128 = llvm.mul %127, %28 : i32
      %129 = llvm.lshr %128, %29 : i32
      nvvm.cp.async.shared.global %118, %126, 16, cache =  cg, %129 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %130 = llvm.getelementptr %61[%117] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %131 = llvm.getelementptr %arg3[%124] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %132 = llvm.addrspacecast %131 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %130, %132, 16, cache =  cg, %129 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      llvm.br ^bb3
    ^bb3:  // 2 preds: ^bb1, ^bb2
      nvvm.cp.async.commit.group
      %133 = llvm.icmp "ugt" %90, %27 : i64
      llvm.cond_br %133, ^bb4, ^bb5
    ^bb4:  // pred: ^bb3
      %134 = llvm.add %73, %25 : i64
      %135 = llvm.mul %56, %34 : i64
      %136 = llvm.add %135, %55 : i64
      %137 = llvm.add %134, %136 : i64
      %138 = llvm.icmp "ult" %137, %76 : i64
      %139 = llvm.sub %76, %27 : i64
      %140 = llvm.intr.smin(%137, %139) : (i64, i64) -> i64
      %141 = llvm.udiv %140, %33 : i64
      %142 = llvm.add %86, %141 : i64
      %143 = llvm.getelementptr inbounds|nuw %arg5[%142] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %144 = llvm.load %143 : !llvm.ptr -> i32
      %145 = llvm.sext %144 : i32 to i64
      %146 = llvm.urem %140, %33 : i64
      %147 = llvm.select %138, %25, %36 : i1, i64
      %148 = llvm.mul %27, %32 : i64
      %149 = llvm.mul %136, %31 : i64
      %150 = llvm.add %148, %149 : i64
      %151 = llvm.add %150, %91 : i64
      %152 = llvm.getelementptr %5[%151] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %153 = llvm.mul %145, %30 : i64
      %154 = llvm.mul %146, %32 : i64
      %155 = llvm.add %153, %154 : i64
      %156 = llvm.mul %60, %31 : i64
      %157 = llvm.add %155, %156 : i64
      %158 = llvm.add %157, %91 : i64
      %159 = llvm.getelementptr %arg2[%158] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %160 = llvm.addrspacecast %159 : !llvm.ptr to !llvm.ptr<1>
      %161 = llvm.trunc %147 : i64 to i32
      %162 = llvm.mul %161, %28 : i32
      %163 = llvm.lshr %162, %29 : i32
      nvvm.cp.async.shared.global %152, %160, 16, cache =  cg, %163 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %164 = llvm.getelementptr %61[%151] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %165 = llvm.getelementptr %arg3[%158] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %166 = llvm.addrspacecast %165 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %164, %166, 16, cache =  cg, %163 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      llvm.br ^bb5
    ^bb5:  // 2 preds: ^bb3, ^bb4
      nvvm.cp.async.commit.group
      %167 = llvm.icmp "ugt" %90, %23 : i64
      llvm.cond_br %167, ^bb6, ^bb7
    ^bb6:  // pred: ^bb5
      %168 = llvm.add %73, %33 : i64
      %169 = llvm.mul %56, %34 : i64
      %170 = llvm.add %169, %55 : i64
      %171 = llvm.add %168, %170 : i64
      %172 = llvm.icmp "ult" %171, %76 : i64
      %173 = llvm.sub %76, %27 : i64
      %174 = llvm.intr.smin(%171, %173) : (i64, i64) -> i64
      %175 = llvm.udiv %174, %33 : i64
      %176 = llvm.add %86, %175 : i64
      %177 = llvm.getelementptr inbounds|nuw %arg5[%176] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %178 = llvm.load %177 : !llvm.ptr -> i32
      %179 = llvm.sext %178 : i32 to i64
      %180 = llvm.urem %174, %33 : i64
      %181 = llvm.select %172, %25, %36 : i1, i64
      %182 = llvm.mul %23, %32 : i64
      %183 = llvm.mul %170, %31 : i64
      %184 = llvm.add %182, %183 : i64
      %185 = llvm.add %184, %91 : i64
      %186 = llvm.getelementptr %5[%185] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %187 = llvm.mul %179, %30 : i64
      %188 = llvm.mul %180, %32 : i64
      %189 = llvm.add %187, %188 : i64
      %190 = llvm.mul %60, %31 : i64
      %191 = llvm.add %189, %190 : i64
      %192 = llvm.add %191, %91 : i64
      %193 = llvm.getelementptr %arg2[%192] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %194 = llvm.addrspacecast %193 : !llvm.ptr to !llvm.ptr<1>
      %195 = llvm.trunc %181 : i64 to i32
      %196 = llvm.mul %195, %28 : i32
      %197 = llvm.lshr %196, %29 : i32
      nvvm.cp.async.shared.global %186, %194, 16, cache =  cg, %197 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %198 = llvm.getelementptr %61[%185] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %199 = llvm.getelementptr %arg3[%192] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %200 = llvm.addrspacecast %199 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %198, %200, 16, cache =  cg, %197 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      llvm.br ^bb7
    ^bb7:  // 2 preds: ^bb5, ^bb6
      nvvm.cp.async.commit.group
      llvm.br ^bb8(%36, %22, %21, %20 : i64, f32, f32, vector<8xf32>)
    ^bb8(%201: i64, %202: f32, %203: f32, %204: vector<8xf32>):  // 2 preds: ^bb7, ^bb11
      %205 = llvm.icmp "slt" %201, %90 : i64
      llvm.cond_br %205, ^bb9, ^bb12
    ^bb9:  // pred: ^bb8
      %206 = llvm.add %201, %19 : i64
      %207 = llvm.icmp "ult" %206, %90 : i64
      llvm.cond_br %207, ^bb10, ^bb11
    ^bb10:  // pred: ^bb9
      %208 = llvm.urem %206, %34 : i64
      %209 = llvm.mul %206, %25 : i64
      %210 = llvm.add %73, %209 : i64
      %211 = llvm.mul %56, %34 : i64
      %212 = llvm.add %211, %55 : i64
      %213 = llvm.add %210, %212 : i64
      %214 = llvm.icmp "ult" %213, %76 : i64
      %215 = llvm.sub %76, %27 : i64
      %216 = llvm.intr.smin(%213, %215) : (i64, i64) -> i64
      %217 = llvm.udiv %216, %33 : i64
      %218 = llvm.add %86, %217 : i64
      %219 = llvm.getelementptr inbounds|nuw %arg5[%218] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %220 = llvm.load %219 : !llvm.ptr -> i32
      %221 = llvm.sext %220 : i32 to i64
      %222 = llvm.urem %216, %33 : i64
      %223 = llvm.select %214, %25, %36 : i1, i64
      %224 = llvm.mul %208, %32 : i64
      %225 = llvm.mul %212, %31 : i64
      %226 = llvm.add %224, %225 : i64
      %227 = llvm.add %226, %91 : i64
      %228 = llvm.getelementptr %5[%227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %229 = llvm.mul %221, %30 : i64
      %230 = llvm.mul %222, %32 : i64
      %231 = llvm.add %229, %230 : i64
      %232 = llvm.mul %60, %31 : i64
      %233 = llvm.add %231, %232 : i64
      %234 = llvm.add %233, %91 : i64
      %235 = llvm.getelementptr %arg2[%234] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %236 = llvm.addrspacecast %235 : !llvm.ptr to !llvm.ptr<1>
      %237 = llvm.trunc %223 : i64 to i32
      %238 = llvm.mul %237, %28 : i32
      %239 = llvm.lshr %238, %29 : i32
      nvvm.cp.async.shared.global %228, %236, 16, cache =  cg, %239 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      %240 = llvm.getelementptr %61[%227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %241 = llvm.getelementptr %arg3[%234] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      %242 = llvm.addrspacecast %241 : !llvm.ptr to !llvm.ptr<1>
      nvvm.cp.async.shared.global %240, %242, 16, cache =  cg, %239 : !llvm.ptr<3>, !llvm.ptr<1>, i32
      llvm.br ^bb11
    ^bb11:  // 2 preds: ^bb9, ^bb10
      nvvm.cp.async.commit.group
      nvvm.cp.async.wait.group 3
      nvvm.barrier0
      %243 = llvm.urem %201, %34 : i64
      %244 = llvm.mul %201, %25 : i64
      %245 = llvm.add %73, %244 : i64
      %246 = llvm.mul %56, %34 : i64
      %247 = llvm.mul %243, %32 : i64
      %248 = llvm.mul %246, %31 : i64
      %249 = llvm.add %247, %248 : i64
      %250 = llvm.add %249, %91 : i64
      %251 = llvm.getelementptr %5[%250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %252 = llvm.load %251 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %253 = llvm.fpext %252 : vector<8xbf16> to vector<8xf32>
      %254 = llvm.add %245, %246 : i64
      %255 = llvm.fmul %99, %253 : vector<8xf32>
      %256 = "llvm.intr.vector.reduce.fadd"(%21, %255) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
      %257 = llvm.sub %17, %17 : i32
      %258 = llvm.lshr %2, %257 : i32
      %259 = llvm.sub %17, %14 : i32
      %260 = nvvm.shfl.sync  bfly %258, %256, %18, %259 : f32 -> f32
      %261 = llvm.fadd %256, %260 : f32
      %262 = nvvm.shfl.sync  bfly %258, %261, %16, %259 : f32 -> f32
      %263 = llvm.fadd %261, %262 : f32
      %264 = nvvm.shfl.sync  bfly %258, %263, %15, %259 : f32 -> f32
      %265 = llvm.fadd %263, %264 : f32
      %266 = nvvm.shfl.sync  bfly %258, %265, %14, %259 : f32 -> f32
      %267 = llvm.fadd %265, %266 : f32
      %268 = llvm.icmp "ult" %254, %76 : i64
      %269 = llvm.select %268, %267, %22 : i1, f32
      %270 = llvm.add %246, %27 : i64
      %271 = llvm.mul %270, %31 : i64
      %272 = llvm.add %247, %271 : i64
      %273 = llvm.add %272, %91 : i64
      %274 = llvm.getelementptr %5[%273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %275 = llvm.load %274 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %276 = llvm.fpext %275 : vector<8xbf16> to vector<8xf32>
      %277 = llvm.add %245, %270 : i64
      %278 = llvm.fmul %99, %276 : vector<8xf32>
      %279 = "llvm.intr.vector.reduce.fadd"(%21, %278) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
      %280 = nvvm.shfl.sync  bfly %258, %279, %18, %259 : f32 -> f32
      %281 = llvm.fadd %279, %280 : f32
      %282 = nvvm.shfl.sync  bfly %258, %281, %16, %259 : f32 -> f32
      %283 = llvm.fadd %281, %282 : f32
      %284 = nvvm.shfl.sync  bfly %258, %283, %15, %259 : f32 -> f32
      %285 = llvm.fadd %283, %284 : f32
      %286 = nvvm.shfl.sync  bfly %258, %285, %14, %259 : f32 -> f32
      %287 = llvm.fadd %285, %286 : f32
      %288 = llvm.icmp "ult" %277, %76 : i64
      %289 = llvm.select %288, %287, %22 : i1, f32
      %290 = llvm.add %246, %23 : i64
      %291 = llvm.mul %290, %31 : i64
      %292 = llvm.add %247, %291 : i64
      %293 = llvm.add %292, %91 : i64
      %294 = llvm.getelementptr %5[%293] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %295 = llvm.load %294 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %296 = llvm.fpext %295 : vector<8xbf16> to vector<8xf32>
      %297 = llvm.add %245, %290 : i64
      %298 = llvm.fmul %99, %296 : vector<8xf32>
      %299 = "llvm.intr.vector.reduce.fadd"(%21, %298) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
      %300 = nvvm.shfl.sync  bfly %258, %299, %18, %259 : f32 -> f32
      %301 = llvm.fadd %299, %300 : f32
      %302 = nvvm.shfl.sync  bfly %258, %301, %16, %259 : f32 -> f32
      %303 = llvm.fadd %301, %302 : f32
      %304 = nvvm.shfl.sync  bfly %258, %303, %15, %259 : f32 -> f32
      %305 = llvm.fadd %303, %304 : f32
      %306 = nvvm.shfl.sync  bfly %258, %305, %14, %259 : f32 -> f32
      %307 = llvm.fadd %305, %306 : f32
      %308 = llvm.icmp "ult" %297, %76 : i64
      %309 = llvm.select %308, %307, %22 : i1, f32
      %310 = llvm.add %246, %19 : i64
      %311 = llvm.mul %310, %31 : i64
      %312 = llvm.add %247, %311 : i64
      %313 = llvm.add %312, %91 : i64
      %314 = llvm.getelementptr %5[%313] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %315 = llvm.load %314 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %316 = llvm.fpext %315 : vector<8xbf16> to vector<8xf32>
      %317 = llvm.add %245, %310 : i64
      %318 = llvm.fmul %99, %316 : vector<8xf32>
      %319 = "llvm.intr.vector.reduce.fadd"(%21, %318) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
      %320 = nvvm.shfl.sync  bfly %258, %319, %18, %259 : f32 -> f32
      %321 = llvm.fadd %319, %320 : f32
      %322 = nvvm.shfl.sync  bfly %258, %321, %16, %259 : f32 -> f32
      %323 = llvm.fadd %321, %322 : f32
      %324 = nvvm.shfl.sync  bfly %258, %323, %15, %259 : f32 -> f32
      %325 = llvm.fadd %323, %324 : f32
      %326 = nvvm.shfl.sync  bfly %258, %325, %14, %259 : f32 -> f32
      %327 = llvm.fadd %325, %326 : f32
      %328 = llvm.icmp "ult" %317, %76 : i64
      %329 = llvm.select %328, %327, %22 : i1, f32
      %330 = llvm.intr.maximum(%202, %269) : (f32, f32) -> f32
      %331 = llvm.intr.maximum(%330, %289) : (f32, f32) -> f32
      %332 = llvm.intr.maximum(%331, %309) : (f32, f32) -> f32
      %333 = llvm.intr.maximum(%332, %329) : (f32, f32) -> f32
      %334 = llvm.fcmp "oeq" %333, %22 : f32
      %335 = llvm.select %334, %21, %333 : i1, f32
      %336 = llvm.fsub %202, %335 : f32
      %337 = llvm.call @__nv_exp2f(%336) : (f32) -> f32
      %338 = llvm.fmul %203, %337 : f32
      %339 = llvm.insertelement %337, %1[%11 : i32] : vector<8xf32>
      %340 = llvm.shufflevector %339, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %341 = llvm.fmul %204, %340 : vector<8xf32>
      %342 = llvm.fsub %269, %335 : f32
      %343 = llvm.call @__nv_exp2f(%342) : (f32) -> f32
      %344 = llvm.fadd %338, %343 : f32
      %345 = llvm.insertelement %343, %1[%11 : i32] : vector<8xf32>
      %346 = llvm.shufflevector %345, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %347 = llvm.getelementptr %61[%250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %348 = llvm.load %347 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %349 = llvm.fpext %348 : vector<8xbf16> to vector<8xf32>
      %350 = llvm.intr.fmuladd(%346, %349, %341) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %351 = llvm.fsub %289, %335 : f32
      %352 = llvm.call @__nv_exp2f(%351) : (f32) -> f32
      %353 = llvm.fadd %344, %352 : f32
      %354 = llvm.insertelement %352, %1[%11 : i32] : vector<8xf32>
      %355 = llvm.shufflevector %354, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %356 = llvm.getelementptr %61[%273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %357 = llvm.load %356 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %358 = llvm.fpext %357 : vector<8xbf16> to vector<8xf32>
      %359 = llvm.intr.fmuladd(%355, %358, %350) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %360 = llvm.fsub %309, %335 : f32
      %361 = llvm.call @__nv_exp2f(%360) : (f32) -> f32
      %362 = llvm.fadd %353, %361 : f32
      %363 = llvm.insertelement %361, %1[%11 : i32] : vector<8xf32>
      %364 = llvm.shufflevector %363, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %365 = llvm.getelementptr %61[%293] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %366 = llvm.load %365 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %367 = llvm.fpext %366 : vector<8xbf16> to vector<8xf32>
      %368 = llvm.intr.fmuladd(%364, %367, %359) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %369 = llvm.fsub %329, %335 : f32
      %370 = llvm.call @__nv_exp2f(%369) : (f32) -> f32
      %371 = llvm.fadd %362, %370 : f32
      %372 = llvm.insertelement %370, %1[%11 : i32] : vector<8xf32>
      %373 = llvm.shufflevector %372, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %374 = llvm.getelementptr %61[%313] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, bf16
      %375 = llvm.load %374 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xbf16>
      %376 = llvm.fpext %375 : vector<8xbf16> to vector<8xf32>
      %377 = llvm.intr.fmuladd(%373, %376, %368) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      nvvm.barrier0
      %378 = llvm.add %201, %27 : i64
      llvm.br ^bb8(%378, %333, %371, %377 : i64, f32, f32, vector<8xf32>)
    ^bb12:  // pred: ^bb8
      nvvm.cp.async.wait.group 0
      %379 = llvm.icmp "eq" %56, %36 : i64
      %380 = llvm.mul %56, %4 : i64
      %381 = llvm.mul %55, %31 : i64
      %382 = llvm.add %380, %381 : i64
      %383 = llvm.add %382, %91 : i64
      %384 = llvm.getelementptr %62[%383] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      llvm.store %204, %384 {alignment = 16 : i64} : vector<8xf32>, !llvm.ptr<3>
      %385 = llvm.icmp "eq" %53, %36 : i64
      llvm.cond_br %385, ^bb13, ^bb14
    ^bb13:  // pred: ^bb12
      %386 = llvm.mul %56, %34 overflow<nsw, nuw> : i64
      %387 = llvm.add %386, %55 overflow<nsw, nuw> : i64
      %388 = llvm.getelementptr inbounds|nuw %63[%387] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      llvm.store %202, %388 : f32, !llvm.ptr<3>
      %389 = llvm.getelementptr inbounds|nuw %64[%387] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      llvm.store %203, %389 : f32, !llvm.ptr<3>
      llvm.br ^bb14
    ^bb14:  // 2 preds: ^bb12, ^bb13
      nvvm.barrier0
      llvm.cond_br %379, ^bb15, ^bb21
    ^bb15:  // pred: ^bb14
      %390 = llvm.mul %36, %34 overflow<nsw, nuw> : i64
      %391 = llvm.add %390, %55 overflow<nsw, nuw> : i64
      %392 = llvm.getelementptr inbounds|nuw %63[%391] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %393 = llvm.load %392 : !llvm.ptr<3> -> f32
      %394 = llvm.getelementptr inbounds|nuw %64[%391] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %395 = llvm.load %394 : !llvm.ptr<3> -> f32
      %396 = llvm.mul %36, %4 : i64
      %397 = llvm.add %396, %381 : i64
      %398 = llvm.add %397, %91 : i64
      %399 = llvm.getelementptr %62[%398] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %400 = llvm.load %399 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xf32>
      %401 = llvm.fcmp "oeq" %393, %22 : f32
      %402 = llvm.select %401, %21, %393 : i1, f32
      %403 = llvm.fsub %22, %402 : f32
      %404 = llvm.call @__nv_exp2f(%403) : (f32) -> f32
      %405 = llvm.fsub %393, %402 : f32
      %406 = llvm.call @__nv_exp2f(%405) : (f32) -> f32
      %407 = llvm.fmul %404, %21 : f32
      %408 = llvm.fmul %395, %406 : f32
      %409 = llvm.fadd %407, %408 : f32
      %410 = llvm.insertelement %406, %1[%11 : i32] : vector<8xf32>
      %411 = llvm.shufflevector %410, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %412 = llvm.insertelement %404, %1[%11 : i32] : vector<8xf32>
      %413 = llvm.shufflevector %412, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %414 = llvm.fmul %413, %20 : vector<8xf32>
      %415 = llvm.intr.fmuladd(%411, %400, %414) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %416 = llvm.mul %27, %34 overflow<nsw, nuw> : i64
      %417 = llvm.add %416, %55 overflow<nsw, nuw> : i64
      %418 = llvm.getelementptr inbounds|nuw %63[%417] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %419 = llvm.load %418 : !llvm.ptr<3> -> f32
      %420 = llvm.getelementptr inbounds|nuw %64[%417] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %421 = llvm.load %420 : !llvm.ptr<3> -> f32
      %422 = llvm.mul %27, %4 : i64
      %423 = llvm.add %422, %381 : i64
      %424 = llvm.add %423, %91 : i64
      %425 = llvm.getelementptr %62[%424] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %426 = llvm.load %425 {alignment = 16 : i64} : !llvm.ptr<3> -> vector<8xf32>
      %427 = llvm.intr.maximum(%393, %419) : (f32, f32) -> f32
      %428 = llvm.fcmp "oeq" %427, %22 : f32
      %429 = llvm.select %428, %21, %427 : i1, f32
      %430 = llvm.fsub %393, %429 : f32
      %431 = llvm.call @__nv_exp2f(%430) : (f32) -> f32
      %432 = llvm.fsub %419, %429 : f32
      %433 = llvm.call @__nv_exp2f(%432) : (f32) -> f32
      %434 = llvm.fmul %409, %431 : f32
      %435 = llvm.fmul %421, %433 : f32
      %436 = llvm.fadd %434, %435 : f32
      %437 = llvm.insertelement %433, %1[%11 : i32] : vector<8xf32>
      %438 = llvm.shufflevector %437, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %439 = llvm.insertelement %431, %1[%11 : i32] : vector<8xf32>
      %440 = llvm.shufflevector %439, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %441 = llvm.fmul %415, %440 : vector<8xf32>
      %442 = llvm.intr.fmuladd(%438, %426, %441) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
      %443 = llvm.fcmp "ogt" %436, %21 : f32
      %444 = llvm.select %443, %436, %13 : i1, f32
      %445 = llvm.insertelement %444, %1[%11 : i32] : vector<8xf32>
      %446 = llvm.shufflevector %445, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32> 
      %447 = llvm.fdiv %442, %446 : vector<8xf32>
      %448 = llvm.select %443, %447, %20 : i1, vector<8xf32>
      %449 = llvm.call @__nv_fast_log2f(%444) : (f32) -> f32
      %450 = llvm.fadd %427, %449 : f32
      %451 = llvm.fmul %450, %12 : f32
      %452 = llvm.select %443, %451, %22 : i1, f32
      %453 = llvm.icmp "slt" %78, %11 : i32
      llvm.cond_br %453, ^bb16, ^bb19
    ^bb16:  // pred: ^bb15
      %454 = llvm.fptrunc %448 : vector<8xf32> to vector<8xbf16>
      %455 = llvm.getelementptr %arg12[%95] : (!llvm.ptr, i64) -> !llvm.ptr, bf16
      llvm.store %454, %455 {alignment = 16 : i64} : vector<8xbf16>, !llvm.ptr
      llvm.cond_br %385, ^bb17(%43, %81 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64), ^bb18
    ^bb17(%456: !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, %457: i64):  // 2 preds: ^bb16, ^bb19
      %458 = llvm.extractvalue %456[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
      %459 = llvm.mul %457, %0 overflow<nsw, nuw> : i64
      %460 = llvm.add %459, %83 overflow<nsw, nuw> : i64
      %461 = llvm.getelementptr inbounds|nuw %458[%460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %452, %461 : f32, !llvm.ptr
      llvm.br ^bb18
    ^bb18:  // 3 preds: ^bb16, ^bb17, ^bb19
      llvm.br ^bb20
    ^bb19:  // pred: ^bb15
      %462 = llvm.sext %78 : i32 to i64
      %463 = llvm.mul %462, %3 : i64
      %464 = llvm.add %463, %93 : i64
      %465 = llvm.add %464, %91 : i64
      %466 = llvm.getelementptr %arg14[%465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %448, %466 {alignment = 16 : i64} : vector<8xf32>, !llvm.ptr
      llvm.cond_br %385, ^bb17(%50, %462 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64), ^bb18
    ^bb20:  // pred: ^bb18
      llvm.br ^bb21
    ^bb21:  // 2 preds: ^bb14, ^bb20
      llvm.br ^bb22
    ^bb22:  // 2 preds: ^bb0, ^bb21
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

