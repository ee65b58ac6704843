// RUN: attn-opt %s -attn-raise -canonicalize \
// RUN:   -one-shot-bufferize="bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map" \
// RUN:   -canonicalize -attn-to-nvvm="sm=90" | FileCheck %s

// End to end, the memref form: attention written with linalg ops on buffers (every
// intermediate a local memref.alloc) is raised, bufferized by upstream one-shot bufferization
// and compiled by attn-to-nvvm into a tensor-core prefill kernel in the NVVM/LLVM dialects;
// the intermediate buffers are gone.

// CHECK-LABEL: gpu.module @bmm_softmax_kernels [#nvvm.target<O = 3, chip = "sm_90a">]
//       CHECK:   llvm.func @bmm_softmax_attention(
//  CHECK-SAME:     gpu.kernel
//       CHECK:     nvvm.mma.sync
//       CHECK: attn.kernel_abi @bmm_softmax_attention for @bmm_softmax_kernels::@bmm_softmax_attention
//  CHECK-SAME:   family = "prefill"
//  CHECK-SAME:   variant = {{{.*}}dtype = "bf16", head_dim = 64 : i64{{.*}}mask = "none", max_qo_len = 16 : i64{{.*}}sm_scale = 1.250000e-01 : f64
//       CHECK: func.func @bmm_softmax(%[[Q:.*]]: memref<4x16x64xbf16>, %[[K:.*]]: memref<4x32x64xbf16>, %[[V:.*]]: memref<4x32x64xbf16>, %[[OUT:.*]]: memref<4x16x64xbf16>)
//   CHECK-NOT:   memref.alloc() : memref<4x16x32xf32>
//   CHECK-NOT:   linalg.
//   CHECK-NOT:   attn.attention
//       CHECK:   memref.copy %{{.*}}, %[[OUT]]
//       CHECK:   return

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
func.func @bmm_softmax(%q: memref<4x16x64xbf16>, %k: memref<4x32x64xbf16>, %v: memref<4x32x64xbf16>, %out: memref<4x16x64xbf16>) {
  %zero = arith.constant 0.0 : f32
  %c = arith.constant 0.125 : f32
  %kt = memref.alloc() : memref<4x64x32xbf16>
  linalg.transpose ins(%k : memref<4x32x64xbf16>) outs(%kt : memref<4x64x32xbf16>) permutation = [0, 2, 1]
  %s = memref.alloc() : memref<4x16x32xf32>
  linalg.fill ins(%zero : f32) outs(%s : memref<4x16x32xf32>)
  linalg.batch_matmul ins(%q, %kt : memref<4x16x64xbf16>, memref<4x64x32xbf16>) outs(%s : memref<4x16x32xf32>)
  %ss = memref.alloc() : memref<4x16x32xf32>
  linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : memref<4x16x32xf32>) outs(%ss : memref<4x16x32xf32>) {
  ^bb0(%a: f32, %b: f32):
    %m = arith.mulf %a, %c : f32
    linalg.yield %m : f32
  }
  %p = memref.alloc() : memref<4x16x32xf32>
  linalg.softmax dimension(2) ins(%ss : memref<4x16x32xf32>) outs(%p : memref<4x16x32xf32>)
  %o = memref.alloc() : memref<4x16x64xf32>
  linalg.fill ins(%zero : f32) outs(%o : memref<4x16x64xf32>)
  linalg.batch_matmul ins(%p, %v : memref<4x16x32xf32>, memref<4x32x64xbf16>) outs(%o : memref<4x16x64xf32>)
  linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : memref<4x16x64xf32>) outs(%out : memref<4x16x64xbf16>) {
  ^bb0(%a: f32, %b: bf16):
    %t = arith.truncf %a : f32 to bf16
    linalg.yield %t : bf16
  }
  memref.dealloc %kt : memref<4x64x32xbf16>
  memref.dealloc %s : memref<4x16x32xf32>
  memref.dealloc %ss : memref<4x16x32xf32>
  memref.dealloc %p : memref<4x16x32xf32>
  memref.dealloc %o : memref<4x16x64xf32>
  return
}
