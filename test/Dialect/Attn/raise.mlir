// RUN: attn-opt %s -split-input-file -attn-raise=emit-remarks | FileCheck %s

// [N, S, D] batch_matmul form, K^T by linalg.transpose, scale on S, linalg.softmax, f32
// accumulation truncated to bf16.

// CHECK-LABEL: func.func @bmm_softmax
//  CHECK-SAME: (%[[Q:.*]]: tensor<4x16x64xbf16>, %[[K:.*]]: tensor<4x32x64xbf16>, %[[V:.*]]: tensor<4x32x64xbf16>)
//   CHECK-DAG: %[[KI:.*]] = arith.constant dense<[0, 32, 64, 96, 128]> : tensor<5xi32>
//   CHECK-DAG: %[[QI:.*]] = arith.constant dense<[0, 16, 32, 48, 64]> : tensor<5xi32>
//       CHECK: %[[QC:.*]] = tensor.collapse_shape %[[Q]] {{\[}}[0, 1], [2]]
//       CHECK: %[[QR:.*]] = tensor.expand_shape %[[QC]] {{\[}}[0], [1, 2]] output_shape [64, 1, 64]
//       CHECK: %[[KC:.*]] = tensor.collapse_shape %[[K]]
//       CHECK: %[[KR:.*]] = tensor.expand_shape %[[KC]]
//       CHECK: %[[VC:.*]] = tensor.collapse_shape %[[V]]
//       CHECK: %[[VR:.*]] = tensor.expand_shape %[[VC]]
//       CHECK: %[[INIT:.*]] = tensor.empty() : tensor<64x1x64xbf16>
//       CHECK: %[[O:.*]] = attn.tensor_attention q(%[[QR]] : tensor<64x1x64xbf16>) qo_indptr(%[[QI]] : tensor<5xi32>)
//  CHECK-SAME:   k(%[[KR]] : tensor<128x1x64xbf16>) v(%[[VR]] : tensor<128x1x64xbf16>) kv_indptr(%[[KI]] : tensor<5xi32>)
//  CHECK-SAME:   outs(%[[INIT]] : tensor<64x1x64xbf16>) {mask = #attn.mask<none>, max_qo_len = 16 : i64, sm_scale = 1.250000e-01 : f32}
//       CHECK: %[[OC:.*]] = tensor.collapse_shape %[[O]] {{\[}}[0], [1, 2]]
//       CHECK: %[[OE:.*]] = tensor.expand_shape %[[OC]] {{\[}}[0, 1], [2]] output_shape [4, 16, 64]
//   CHECK-NOT: linalg.
//       CHECK: return %[[OE]]
func.func @bmm_softmax(%q: tensor<4x16x64xbf16>, %k: tensor<4x32x64xbf16>, %v: tensor<4x32x64xbf16>) -> tensor<4x16x64xbf16> {
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

// -----

// [B, H, S, D] generic contractions (K^T as transposed maps), scale as a division, an
// additive causal mask constant broadcast over batch and heads, and the decomposed softmax
// of upstream's linalg.softmax decomposition (max, fused sub+exp, sum, div).

#id4 = affine_map<(b, h, m, n) -> (b, h, m, n)>
#row4 = affine_map<(b, h, m, n) -> (b, h, m)>
#mn = affine_map<(b, h, m, n) -> (m, n)>
// CHECK-LABEL: func.func @generic_decomposed_causal
//  CHECK-SAME: (%[[Q:.*]]: tensor<2x4x4x64xf16>, %[[K:.*]]: tensor<2x4x4x64xf16>, %[[V:.*]]: tensor<2x4x4x64xf16>)
//   CHECK-DAG: %[[I:.*]] = arith.constant dense<[0, 4, 8]> : tensor<3xi32>
//       CHECK: %[[QT:.*]] = linalg.transpose ins(%[[Q]] : tensor<2x4x4x64xf16>) outs(%{{.*}} : tensor<2x4x4x64xf16>) permutation = [0, 2, 1, 3]
//       CHECK: %[[QR:.*]] = tensor.collapse_shape %[[QT]] {{\[}}[0, 1], [2], [3]] : tensor<2x4x4x64xf16> into tensor<8x4x64xf16>
//       CHECK: %[[O:.*]] = attn.tensor_attention q(%[[QR]] : tensor<8x4x64xf16>) qo_indptr(%[[I]] : tensor<3xi32>)
//  CHECK-SAME:   kv_indptr(%[[I]] : tensor<3xi32>)
//  CHECK-SAME:   {mask = #attn.mask<causal>, max_qo_len = 4 : i64, sm_scale = 1.250000e-01 : f32}
//       CHECK: %[[OE:.*]] = tensor.expand_shape %[[O]] {{\[}}[0, 1], [2], [3]] output_shape [2, 4, 4, 64]
//       CHECK: %[[OT:.*]] = linalg.transpose ins(%[[OE]] : tensor<2x4x4x64xf16>) outs(%{{.*}} : tensor<2x4x4x64xf16>) permutation = [0, 2, 1, 3]
//       CHECK: return %[[OT]]
func.func @generic_decomposed_causal(%q: tensor<2x4x4x64xf16>, %k: tensor<2x4x4x64xf16>, %v: tensor<2x4x4x64xf16>) -> tensor<2x4x4x64xf16> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c8 = arith.constant 8.0 : f32
  %mask = arith.constant dense<[[0.0, 0xFF800000, 0xFF800000, 0xFF800000], [0.0, 0.0, 0xFF800000, 0xFF800000], [0.0, 0.0, 0.0, 0xFF800000], [0.0, 0.0, 0.0, 0.0]]> : tensor<4x4xf32>
  %e4 = tensor.empty() : tensor<2x4x4x4xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%e4 : tensor<2x4x4x4xf32>) -> tensor<2x4x4x4xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, h, m, n, k) -> (b, h, m, k)>, affine_map<(b, h, m, n, k) -> (b, h, n, k)>, affine_map<(b, h, m, n, k) -> (b, h, m, n)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<2x4x4x64xf16>, tensor<2x4x4x64xf16>) outs(%sf : tensor<2x4x4x4xf32>) {
  ^bb0(%a: f16, %b: f16, %acc: f32):
    %ae = arith.extf %a : f16 to f32
    %be = arith.extf %b : f16 to f32
    %m = arith.mulf %ae, %be : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x4x4xf32>
  %ss = linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s : tensor<2x4x4x4xf32>) outs(%e4 : tensor<2x4x4x4xf32>) {
  ^bb0(%a: f32, %b: f32):
    %d = arith.divf %a, %c8 : f32
    linalg.yield %d : f32
  } -> tensor<2x4x4x4xf32>
  %sm = linalg.generic {indexing_maps = [#id4, #mn, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%ss, %mask : tensor<2x4x4x4xf32>, tensor<4x4xf32>) outs(%e4 : tensor<2x4x4x4xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %d = arith.addf %a, %b : f32
    linalg.yield %d : f32
  } -> tensor<2x4x4x4xf32>
  %r0 = tensor.empty() : tensor<2x4x4xf32>
  %mx0 = linalg.fill ins(%ninf : f32) outs(%r0 : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %mx = linalg.generic {indexing_maps = [#id4, #row4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%sm : tensor<2x4x4x4xf32>) outs(%mx0 : tensor<2x4x4xf32>) {
  ^bb0(%a: f32, %b: f32):
    %d = arith.maxnumf %a, %b : f32
    linalg.yield %d : f32
  } -> tensor<2x4x4xf32>
  %ex = linalg.generic {indexing_maps = [#id4, #row4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%sm, %mx : tensor<2x4x4x4xf32>, tensor<2x4x4xf32>) outs(%e4 : tensor<2x4x4x4xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %d = arith.subf %a, %b : f32
    %e = math.exp %d : f32
    linalg.yield %e : f32
  } -> tensor<2x4x4x4xf32>
  %sum0 = linalg.fill ins(%zero : f32) outs(%r0 : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %sum = linalg.generic {indexing_maps = [#id4, #row4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ex : tensor<2x4x4x4xf32>) outs(%sum0 : tensor<2x4x4xf32>) {
  ^bb0(%a: f32, %b: f32):
    %d = arith.addf %a, %b : f32
    linalg.yield %d : f32
  } -> tensor<2x4x4xf32>
  %p = linalg.generic {indexing_maps = [#id4, #row4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%ex, %sum : tensor<2x4x4x4xf32>, tensor<2x4x4xf32>) outs(%e4 : tensor<2x4x4x4xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %d = arith.divf %a, %b : f32
    linalg.yield %d : f32
  } -> tensor<2x4x4x4xf32>
  %o0 = tensor.empty() : tensor<2x4x4x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x4x4x64xf32>) -> tensor<2x4x4x64xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, h, m, n, k) -> (b, h, m, k)>, affine_map<(b, h, m, n, k) -> (b, h, k, n)>, affine_map<(b, h, m, n, k) -> (b, h, m, n)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<2x4x4x4xf32>, tensor<2x4x4x64xf16>) outs(%of : tensor<2x4x4x64xf32>) {
  ^bb0(%a: f32, %b: f16, %acc: f32):
    %be = arith.extf %b : f16 to f32
    %m = arith.mulf %a, %be : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x4x64xf32>
  %t0 = tensor.empty() : tensor<2x4x4x64xf16>
  %t = linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%o : tensor<2x4x4x64xf32>) outs(%t0 : tensor<2x4x4x64xf16>) {
  ^bb0(%a: f32, %b: f16):
    %d = arith.truncf %a : f32 to f16
    linalg.yield %d : f16
  } -> tensor<2x4x4x64xf16>
  return %t : tensor<2x4x4x64xf16>
}

// -----

// GQA written as repeat_kv (linalg.broadcast to [B, Hkv, G, S, D] + collapse_shape), the scale
// on Q (a power of two: exact in bf16), a causal select on linalg.index, linalg.softmax.

#id4 = affine_map<(b, h, m, n) -> (b, h, m, n)>
// CHECK-LABEL: func.func @gqa_select
//  CHECK-SAME: (%[[Q:.*]]: tensor<1x8x16x128xbf16>, %[[K:.*]]: tensor<1x2x16x128xbf16>, %[[V:.*]]: tensor<1x2x16x128xbf16>)
//       CHECK: %[[QT:.*]] = linalg.transpose ins(%[[Q]] : tensor<1x8x16x128xbf16>)
//       CHECK: %[[KT:.*]] = linalg.transpose ins(%[[K]] : tensor<1x2x16x128xbf16>)
//       CHECK: %[[KR:.*]] = tensor.collapse_shape %[[KT]] {{.*}} into tensor<16x2x128xbf16>
//       CHECK: %[[VT:.*]] = linalg.transpose ins(%[[V]] : tensor<1x2x16x128xbf16>)
//       CHECK: attn.tensor_attention q(%{{.*}} : tensor<16x8x128xbf16>) {{.*}} k(%[[KR]] : tensor<16x2x128xbf16>)
//  CHECK-SAME:   {mask = #attn.mask<causal>, max_qo_len = 16 : i64, sm_scale = 6.250000e-02 : f32}
//   CHECK-NOT: linalg.softmax
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

// -----

// Decode (one query per slice), K^T in the indexing maps of linalg.batch_matmul, no scale
// (sm_scale = 1), the softmax decomposed with a separate subtraction and exp and
// arith.maximumf; P truncated to bf16 before the second product.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#row3 = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @decode_bmm_maps
//   CHECK-DAG: %[[QI:.*]] = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8]> : tensor<9xi32>
//   CHECK-DAG: %[[KI:.*]] = arith.constant dense<[0, 64, 128, 192, 256, 320, 384, 448, 512]> : tensor<9xi32>
//       CHECK: attn.tensor_attention q(%{{.*}} : tensor<8x1x128xbf16>) qo_indptr(%[[QI]] : tensor<9xi32>)
//  CHECK-SAME:   kv_indptr(%[[KI]] : tensor<9xi32>)
//  CHECK-SAME:   {mask = #attn.mask<none>, sm_scale = 1.000000e+00 : f32}
func.func @decode_bmm_maps(%q: tensor<8x1x128xbf16>, %k: tensor<8x64x128xbf16>, %v: tensor<8x64x128xbf16>) -> tensor<8x1x128xbf16> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %s0 = tensor.empty() : tensor<8x1x64xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x1x64xf32>) -> tensor<8x1x64xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, m, n, k) -> (b, m, k)>, affine_map<(b, m, n, k) -> (b, n, k)>, affine_map<(b, m, n, k) -> (b, m, n)>] ins(%q, %k : tensor<8x1x128xbf16>, tensor<8x64x128xbf16>) outs(%sf : tensor<8x1x64xf32>) -> tensor<8x1x64xf32>
  %r0 = tensor.empty() : tensor<8x1xf32>
  %mx0 = linalg.fill ins(%ninf : f32) outs(%r0 : tensor<8x1xf32>) -> tensor<8x1xf32>
  %mx = linalg.generic {indexing_maps = [#id3, #row3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%s : tensor<8x1x64xf32>) outs(%mx0 : tensor<8x1xf32>) {
  ^bb0(%a: f32, %b: f32):
    %d = arith.maximumf %a, %b : f32
    linalg.yield %d : f32
  } -> tensor<8x1xf32>
  %sub = linalg.generic {indexing_maps = [#id3, #row3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mx : tensor<8x1x64xf32>, tensor<8x1xf32>) outs(%s0 : tensor<8x1x64xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %d = arith.subf %a, %b : f32
    linalg.yield %d : f32
  } -> tensor<8x1x64xf32>
  %ex = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%sub : tensor<8x1x64xf32>) outs(%s0 : tensor<8x1x64xf32>) {
  ^bb0(%a: f32, %c: f32):
    %e = math.exp %a : f32
    linalg.yield %e : f32
  } -> tensor<8x1x64xf32>
  %sum0 = linalg.fill ins(%zero : f32) outs(%r0 : tensor<8x1xf32>) -> tensor<8x1xf32>
  %sum = linalg.generic {indexing_maps = [#id3, #row3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%ex : tensor<8x1x64xf32>) outs(%sum0 : tensor<8x1xf32>) {
  ^bb0(%a: f32, %b: f32):
    %d = arith.addf %a, %b : f32
    linalg.yield %d : f32
  } -> tensor<8x1xf32>
  %p = linalg.generic {indexing_maps = [#id3, #row3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ex, %sum : tensor<8x1x64xf32>, tensor<8x1xf32>) outs(%s0 : tensor<8x1x64xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %d = arith.divf %a, %b : f32
    linalg.yield %d : f32
  } -> tensor<8x1x64xf32>
  %pb0 = tensor.empty() : tensor<8x1x64xbf16>
  %pb = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%p : tensor<8x1x64xf32>) outs(%pb0 : tensor<8x1x64xbf16>) {
  ^bb0(%a: f32, %c: bf16):
    %t = arith.truncf %a : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<8x1x64xbf16>
  %o0 = tensor.empty() : tensor<8x1x128xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x1x128xf32>) -> tensor<8x1x128xf32>
  %o = linalg.batch_matmul ins(%pb, %v : tensor<8x1x64xbf16>, tensor<8x64x128xbf16>) outs(%of : tensor<8x1x128xf32>) -> tensor<8x1x128xf32>
  %r1 = tensor.empty() : tensor<8x1x128xbf16>
  %t = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<8x1x128xf32>) outs(%r1 : tensor<8x1x128xbf16>) {
  ^bb0(%a: f32, %c: bf16):
    %d = arith.truncf %a : f32 to bf16
    linalg.yield %d : bf16
  } -> tensor<8x1x128xbf16>
  return %t : tensor<8x1x128xbf16>
}

// -----

// A scale of bf16 Q that is not a power of two rounds Q: it cannot move onto the f32 scores,
// so the scaled Q is what the op gets, with sm_scale 1.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @inexact_q_scale
//       CHECK: %[[QS:.*]] = linalg.generic
//       CHECK:   arith.mulf
//       CHECK: %[[QC:.*]] = tensor.collapse_shape %[[QS]]
//       CHECK: attn.tensor_attention
//  CHECK-SAME:   {mask = #attn.mask<none>, max_qo_len = 4 : i64, sm_scale = 1.000000e+00 : f32}
func.func @inexact_q_scale(%q: tensor<2x4x64xbf16>, %k: tensor<2x4x64xbf16>, %v: tensor<2x4x64xbf16>) -> tensor<2x4x64xbf16> {
  %zero = arith.constant 0.0 : f32
  %c = arith.constant 1.000000e-01 : bf16
  %q0 = tensor.empty() : tensor<2x4x64xbf16>
  %qs = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%q : tensor<2x4x64xbf16>) outs(%q0 : tensor<2x4x64xbf16>) {
  ^bb0(%a: bf16, %b: bf16):
    %m = arith.mulf %a, %c : bf16
    linalg.yield %m : bf16
  } -> tensor<2x4x64xbf16>
  %s0 = tensor.empty() : tensor<2x4x4xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, m, n, k) -> (b, m, k)>, affine_map<(b, m, n, k) -> (b, n, k)>, affine_map<(b, m, n, k) -> (b, m, n)>] ins(%qs, %k : tensor<2x4x64xbf16>, tensor<2x4x64xbf16>) outs(%sf : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %p = linalg.softmax dimension(2) ins(%s : tensor<2x4x4xf32>) outs(%s0 : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %o0 = tensor.empty() : tensor<2x4x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<2x4x4xf32>, tensor<2x4x64xbf16>) outs(%of : tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
  %r = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<2x4x64xf32>) outs(%q0 : tensor<2x4x64xbf16>) {
  ^bb0(%a: f32, %b: bf16):
    %t = arith.truncf %a : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<2x4x64xbf16>
  return %r : tensor<2x4x64xbf16>
}
