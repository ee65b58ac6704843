// RUN: attn-opt %s -attn-raise -canonicalize \
// RUN:   -one-shot-bufferize="bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map" \
// RUN:   -canonicalize -attn-to-host="sm=80 format=isa" > %t.mlir
// RUN: FileCheck %s --check-prefix=MLIR < %t.mlir
// RUN: mlir-translate --mlir-to-llvmir %t.mlir | FileCheck %s --check-prefix=LLVM

// Attention in linalg on tensors to a host program: raised, bufferized, then attn-to-host
// compiles the kernel to a gpu.binary and lowers the host function to LLVM, launching the
// kernel through the CUDA runtime wrappers (tests/gpu/host_launch runs it on a GPU).

// MLIR: gpu.binary @bmm_softmax_kernels [#gpu.object<#nvvm.target<O = 3, chip = "sm_80">, properties = {{.*}}, assembly = "
// MLIR: llvm.func @bmm_softmax(
// MLIR:   llvm.call @mgpuStreamCreate()
// MLIR:   llvm.call @mgpuMemAlloc(
// MLIR:   llvm.call @mgpuMemcpy(
// MLIR:   gpu.launch_func <%{{.*}} : !llvm.ptr> @bmm_softmax_kernels::@bmm_softmax_attention blocks in (%{{.*}}, %{{.*}}, %{{.*}}) threads in
// MLIR:   llvm.call @mgpuStreamSynchronize(
// MLIR-NOT: attn.
// MLIR: llvm.func @_mlir_ciface_bmm_softmax(

// LLVM: @llvm.global_ctors = appending global {{.*}} @bmm_softmax_kernels_load
// LLVM: define { ptr, ptr, i64, [3 x i64], [3 x i64] } @bmm_softmax(
// LLVM:   %[[M:.*]] = load ptr, ptr @bmm_softmax_kernels_module
// LLVM:   %[[F:.*]] = call ptr @mgpuModuleGetFunction(ptr %[[M]], ptr @bmm_softmax_kernels_bmm_softmax_attention_name)
// The work items (one per slice) in grid.y, the KV head in grid.x; 13 kernel parameters.
// LLVM:   call void @mgpuLaunchKernel(ptr %[[F]], i64 1, i64 4, i64 1, i64 32, i64 1, i64 1, i32 34816, ptr %{{.*}}, ptr %{{.*}}, ptr null, i64 13)
// LLVM:   call void @mgpuStreamSynchronize(
// LLVM: define void @_mlir_ciface_bmm_softmax(ptr %0, ptr %1, ptr %2, ptr %3)
// LLVM: define internal void @bmm_softmax_kernels_load()
// LLVM:   call ptr @mgpuModuleLoadJIT(ptr @bmm_softmax_kernels_binary
func.func @bmm_softmax(%q: tensor<4x16x64xbf16>, %k: tensor<4x32x64xbf16>, %v: tensor<4x32x64xbf16>) -> tensor<4x16x64xbf16> attributes {llvm.emit_c_interface} {
  %zero = arith.constant 0.0 : f32
  %kt0 = tensor.empty() : tensor<4x64x32xbf16>
  %kt = linalg.transpose ins(%k : tensor<4x32x64xbf16>) outs(%kt0 : tensor<4x64x32xbf16>) permutation = [0, 2, 1]
  %s0 = tensor.empty() : tensor<4x16x32xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<4x16x32xf32>) -> tensor<4x16x32xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<4x16x64xbf16>, tensor<4x64x32xbf16>) outs(%sf : tensor<4x16x32xf32>) -> tensor<4x16x32xf32>
  %c = arith.constant 0.125 : f32
  %ss = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<4x16x32xf32>) outs(%s0 : tensor<4x16x32xf32>) {
  ^bb0(%a: f32, %b: f32):
    %m = arith.mulf %a, %c : f32
    linalg.yield %m : f32
  } -> tensor<4x16x32xf32>
  %p = linalg.softmax dimension(2) ins(%ss : tensor<4x16x32xf32>) outs(%s0 : tensor<4x16x32xf32>) -> tensor<4x16x32xf32>
  %o0 = tensor.empty() : tensor<4x16x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<4x16x64xf32>) -> tensor<4x16x64xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<4x16x32xf32>, tensor<4x32x64xbf16>) outs(%of : tensor<4x16x64xf32>) -> tensor<4x16x64xf32>
  %r0 = tensor.empty() : tensor<4x16x64xbf16>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<4x16x64xf32>) outs(%r0 : tensor<4x16x64xbf16>) {
  ^bb0(%a: f32, %b: bf16):
    %t = arith.truncf %a : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<4x16x64xbf16>
  return %r : tensor<4x16x64xbf16>
}
