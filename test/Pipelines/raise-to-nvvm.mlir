// RUN: attn-opt %s -attn-raise -canonicalize \
// RUN:   -one-shot-bufferize="bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map" \
// RUN:   -canonicalize -attn-to-nvvm="sm=90" | FileCheck %s
// RUN: attn-opt %s -attn-raise -canonicalize \
// RUN:   -one-shot-bufferize="bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map" \
// RUN:   -canonicalize -attn-to-nvvm="sm=90 prefill-mma=mma-sync" | FileCheck %s --check-prefix=SYNC
// RUN: attn-opt %s -attn-raise -canonicalize \
// RUN:   -one-shot-bufferize="bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map" \
// RUN:   -canonicalize -attn-to-nvvm="sm=90 l2-sections=false" | FileCheck %s --check-prefix=NOL2

// End to end: GQA causal attention written in linalg on tensors is raised, bufferized by
// upstream one-shot bufferization and compiled by attn-to-nvvm into a tensor-core prefill
// kernel (with its split-KV merge) in the NVVM/LLVM dialects: on sm_90 by default a
// warp-specialized warpgroup-MMA kernel, with prefill-mma=mma-sync the sm_80 one.

// CHECK-LABEL: gpu.module @gqa_select_kernels [#nvvm.target<O = 3, chip = "sm_90a">]
//       CHECK:   llvm.func @gqa_select_attention(
//  CHECK-SAME:     gpu.kernel
//       CHECK:     mbarrier.try_wait.parity
//       CHECK:     wgmma.mma_async.sync.aligned
//   CHECK-NOT:     nvvm.mma.sync
//       SYNC:   llvm.func @gqa_select_attention(
//       SYNC:     nvvm.mma.sync
//       SYNC:   llvm.func @gqa_select_merge(
//       CHECK:   llvm.func @gqa_select_merge(
// By default the prefill kernel takes its (KV head, item) pairs in L2 sections (head_section,
// after num_work); l2-sections=false keeps heads fastest over all items.
//       CHECK: attn.kernel_abi @gqa_select_attention for @gqa_select_kernels::@gqa_select_attention
//  CHECK-SAME:   family = "prefill"
//  CHECK-SAME:   {kind = "ptr", name = "num_work"}, {kind = "ptr", name = "head_section"}
//        NOL2: attn.kernel_abi @gqa_select_attention for @gqa_select_kernels::@gqa_select_attention
//    NOL2-NOT:   head_section
//        NOL2: attn.kernel_abi @gqa_select_merge
//  CHECK-SAME:   variant = {{{.*}}dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "ragged"{{.*}}mask = "causal", max_qo_len = 16 : i64, num_kv_heads = 2 : i64, num_qo_heads = 8 : i64{{.*}}sm_scale = 6.250000e-02 : f64
//       CHECK: func.func @gqa_select(%[[Q:.*]]: memref<1x8x16x128xbf16>, %[[K:.*]]: memref<1x2x16x128xbf16>, %[[V:.*]]: memref<1x2x16x128xbf16>)
//       CHECK:   linalg.transpose ins(%[[Q]] : memref<1x8x16x128xbf16>) {{.*}} permutation = [0, 2, 1, 3]
//   CHECK-NOT:   linalg.softmax
//   CHECK-NOT:   linalg.generic
//   CHECK-NOT:   attn.attention
//       CHECK:   return


#id4 = affine_map<(b, h, m, n) -> (b, h, m, n)>
func.func @gqa_select(%q: tensor<1x8x16x128xbf16>, %k: tensor<1x2x16x128xbf16>, %v: tensor<1x2x16x128xbf16>) -> tensor<1x8x16x128xbf16> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 6.250000e-02 : bf16
  %q0 = tensor.empty() : tensor<1x8x16x128xbf16>
  %qs = linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%q : tensor<1x8x16x128xbf16>) outs(%q0 : tensor<1x8x16x128xbf16>) {
  ^bb0(%a: bf16, %b: bf16):
    %m = arith.mulf %c, %a : bf16
    linalg.yield %m : bf16
  } -> tensor<1x8x16x128xbf16>
  %kb0 = tensor.empty() : tensor<1x2x4x16x128xbf16>
  %kb = linalg.broadcast ins(%k : tensor<1x2x16x128xbf16>) outs(%kb0 : tensor<1x2x4x16x128xbf16>) dimensions = [2]
  %kr = tensor.collapse_shape %kb [[0], [1, 2], [3], [4]] : tensor<1x2x4x16x128xbf16> into tensor<1x8x16x128xbf16>
  %vb = linalg.broadcast ins(%v : tensor<1x2x16x128xbf16>) outs(%kb0 : tensor<1x2x4x16x128xbf16>) dimensions = [2]
  %vr = tensor.collapse_shape %vb [[0], [1, 2], [3], [4]] : tensor<1x2x4x16x128xbf16> into tensor<1x8x16x128xbf16>
  %s0 = tensor.empty() : tensor<1x8x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<1x8x16x16xf32>) -> tensor<1x8x16x16xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, h, m, n, k) -> (b, h, m, k)>, affine_map<(b, h, m, n, k) -> (b, h, n, k)>, affine_map<(b, h, m, n, k) -> (b, h, m, n)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%qs, %kr : tensor<1x8x16x128xbf16>, tensor<1x8x16x128xbf16>) outs(%sf : tensor<1x8x16x16xf32>) {
  ^bb0(%a: bf16, %b: bf16, %acc: f32):
    %ae = arith.extf %a : bf16 to f32
    %be = arith.extf %b : bf16 to f32
    %m = arith.mulf %ae, %be : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16x16xf32>
  %sm = linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x16x16xf32>) outs(%s0 : tensor<1x8x16x16xf32>) {
  ^bb0(%a: f32, %b: f32):
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %above = arith.cmpi ugt, %j, %i : index
    %r = arith.select %above, %ninf, %a : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16x16xf32>
  %p = linalg.softmax dimension(3) ins(%sm : tensor<1x8x16x16xf32>) outs(%s0 : tensor<1x8x16x16xf32>) -> tensor<1x8x16x16xf32>
  %o0 = tensor.empty() : tensor<1x8x16x128xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<1x8x16x128xf32>) -> tensor<1x8x16x128xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, h, m, n, k) -> (b, h, m, k)>, affine_map<(b, h, m, n, k) -> (b, h, k, n)>, affine_map<(b, h, m, n, k) -> (b, h, m, n)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%p, %vr : tensor<1x8x16x16xf32>, tensor<1x8x16x128xbf16>) outs(%of : tensor<1x8x16x128xf32>) {
  ^bb0(%a: f32, %b: bf16, %acc: f32):
    %be = arith.extf %b : bf16 to f32
    %m = arith.mulf %a, %be : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16x128xf32>
  %t = linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16x128xf32>) outs(%q0 : tensor<1x8x16x128xbf16>) {
  ^bb0(%a: f32, %b: bf16):
    %d = arith.truncf %a : f32 to bf16
    linalg.yield %d : bf16
  } -> tensor<1x8x16x128xbf16>
  return %t : tensor<1x8x16x128xbf16>
}


