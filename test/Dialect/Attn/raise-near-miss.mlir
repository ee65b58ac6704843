// RUN: attn-opt %s -split-input-file -verify-diagnostics -attn-raise=emit-remarks | FileCheck %s

// Near misses: attention-like IR whose meaning differs from attn.tensor_attention stays
// as it is, with a remark saying why (and nothing is raised).

// CHECK-NOT: attn.tensor_attention

// S = Q^T K reduces over the tokens, not head_dim.

func.func @wrong_reduction(%q: tensor<2x4x64xbf16>, %k: tensor<2x4x64xbf16>, %v: tensor<2x64x64xbf16>) -> tensor<2x64x64xbf16> {
  %zero = arith.constant 0.0 : f32
  %s0 = tensor.empty() : tensor<2x64x64xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, m, n, k) -> (b, k, m)>, affine_map<(b, m, n, k) -> (b, k, n)>, affine_map<(b, m, n, k) -> (b, m, n)>] ins(%q, %k : tensor<2x4x64xbf16>, tensor<2x4x64xbf16>) outs(%sf : tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
  %p = linalg.softmax dimension(2) ins(%s : tensor<2x64x64xf32>) outs(%s0 : tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
  // expected-remark @+1 {{not raised to attn.tensor_attention: the score computation does not reduce over the last dimension of its left operand}}
  %o = linalg.batch_matmul ins(%p, %v : tensor<2x64x64xf32>, tensor<2x64x64xbf16>) outs(%of : tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
  %r0 = tensor.empty() : tensor<2x64x64xbf16>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<2x64x64xf32>) outs(%r0 : tensor<2x64x64xbf16>) {
  ^bb0(%a0: f32, %a1: bf16):
    %t = arith.truncf %a0 : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<2x64x64xbf16>
  return %r : tensor<2x64x64xbf16>
}

// -----

// Softmax over the query axis.

func.func @softmax_query_axis(%q: tensor<2x4x64xbf16>, %k: tensor<2x4x64xbf16>, %v: tensor<2x4x64xbf16>) -> tensor<2x4x64xbf16> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.125 : f32
  %s0 = tensor.empty() : tensor<2x4x4xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, m, n, k) -> (b, m, k)>, affine_map<(b, m, n, k) -> (b, n, k)>, affine_map<(b, m, n, k) -> (b, m, n)>] ins(%q, %k : tensor<2x4x64xbf16>, tensor<2x4x64xbf16>) outs(%sf : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %ss = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<2x4x4xf32>) outs(%s0 : tensor<2x4x4xf32>) {
  ^bb0(%a0: f32, %a1: f32):
    %m = arith.mulf %a0, %c : f32
    linalg.yield %m : f32
  } -> tensor<2x4x4xf32>
  %p = linalg.softmax dimension(1) ins(%ss : tensor<2x4x4xf32>) outs(%s0 : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %o0 = tensor.empty() : tensor<2x4x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
  // expected-remark @+1 {{not raised to attn.tensor_attention: softmax over dimension 1, expected the key dimension 2}}
  %o = linalg.batch_matmul ins(%p, %v : tensor<2x4x4xf32>, tensor<2x4x64xbf16>) outs(%of : tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
  %r0 = tensor.empty() : tensor<2x4x64xbf16>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<2x4x64xf32>) outs(%r0 : tensor<2x4x64xbf16>) {
  ^bb0(%a0: f32, %a1: bf16):
    %t = arith.truncf %a0 : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<2x4x64xbf16>
  return %r : tensor<2x4x64xbf16>
}

// -----

// The scale applied after the softmax.

func.func @scale_after_softmax(%q: tensor<2x4x64xbf16>, %k: tensor<2x4x64xbf16>, %v: tensor<2x4x64xbf16>) -> tensor<2x4x64xbf16> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.125 : f32
  %s0 = tensor.empty() : tensor<2x4x4xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, m, n, k) -> (b, m, k)>, affine_map<(b, m, n, k) -> (b, n, k)>, affine_map<(b, m, n, k) -> (b, m, n)>] ins(%q, %k : tensor<2x4x64xbf16>, tensor<2x4x64xbf16>) outs(%sf : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %p0 = linalg.softmax dimension(2) ins(%s : tensor<2x4x4xf32>) outs(%s0 : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %p = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%p0 : tensor<2x4x4xf32>) outs(%s0 : tensor<2x4x4xf32>) {
  ^bb0(%a0: f32, %a1: f32):
    %m = arith.mulf %a0, %c : f32
    linalg.yield %m : f32
  } -> tensor<2x4x4xf32>
  %o0 = tensor.empty() : tensor<2x4x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
  // expected-remark @+1 {{not raised to attn.tensor_attention: the probabilities are not a softmax over the key dimension}}
  %o = linalg.batch_matmul ins(%p, %v : tensor<2x4x4xf32>, tensor<2x4x64xbf16>) outs(%of : tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
  %r0 = tensor.empty() : tensor<2x4x64xbf16>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<2x4x64xf32>) outs(%r0 : tensor<2x4x64xbf16>) {
  ^bb0(%a0: f32, %a1: bf16):
    %t = arith.truncf %a0 : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<2x4x64xbf16>
  return %r : tensor<2x4x64xbf16>
}

// -----

// An additive padding mask (the last key hidden from every query) is not causal.

func.func @padding_mask(%q: tensor<2x4x64xbf16>, %k: tensor<2x4x64xbf16>, %v: tensor<2x4x64xbf16>) -> tensor<2x4x64xbf16> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.125 : f32
  %s0 = tensor.empty() : tensor<2x4x4xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, m, n, k) -> (b, m, k)>, affine_map<(b, m, n, k) -> (b, n, k)>, affine_map<(b, m, n, k) -> (b, m, n)>] ins(%q, %k : tensor<2x4x64xbf16>, tensor<2x4x64xbf16>) outs(%sf : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %ss = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<2x4x4xf32>) outs(%s0 : tensor<2x4x4xf32>) {
  ^bb0(%a0: f32, %a1: f32):
    %m = arith.mulf %a0, %c : f32
    linalg.yield %m : f32
  } -> tensor<2x4x4xf32>
  %mask = arith.constant dense<[[0.0, 0.0, 0.0, 0xFF800000], [0.0, 0.0, 0.0, 0xFF800000], [0.0, 0.0, 0.0, 0xFF800000], [0.0, 0.0, 0.0, 0xFF800000]]> : tensor<4x4xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ss, %mask : tensor<2x4x4xf32>, tensor<4x4xf32>) outs(%s0 : tensor<2x4x4xf32>) {
  ^bb0(%a0: f32, %a1: f32, %a2: f32):
    %m = arith.addf %a0, %a1 : f32
    linalg.yield %m : f32
  } -> tensor<2x4x4xf32>
  %p = linalg.softmax dimension(2) ins(%sm : tensor<2x4x4xf32>) outs(%s0 : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %o0 = tensor.empty() : tensor<2x4x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
  // expected-remark @+1 {{not raised to attn.tensor_attention: additive mask is not the causal mask}}
  %o = linalg.batch_matmul ins(%p, %v : tensor<2x4x4xf32>, tensor<2x4x64xbf16>) outs(%of : tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
  %r0 = tensor.empty() : tensor<2x4x64xbf16>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<2x4x64xf32>) outs(%r0 : tensor<2x4x64xbf16>) {
  ^bb0(%a0: f32, %a1: bf16):
    %t = arith.truncf %a0 : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<2x4x64xbf16>
  return %r : tensor<2x4x64xbf16>
}

// -----

// A mask indexed by the key alone (another shape).

func.func @mask_other_shape(%q: tensor<2x4x64xbf16>, %k: tensor<2x4x64xbf16>, %v: tensor<2x4x64xbf16>) -> tensor<2x4x64xbf16> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.125 : f32
  %s0 = tensor.empty() : tensor<2x4x4xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, m, n, k) -> (b, m, k)>, affine_map<(b, m, n, k) -> (b, n, k)>, affine_map<(b, m, n, k) -> (b, m, n)>] ins(%q, %k : tensor<2x4x64xbf16>, tensor<2x4x64xbf16>) outs(%sf : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %ss = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<2x4x4xf32>) outs(%s0 : tensor<2x4x4xf32>) {
  ^bb0(%a0: f32, %a1: f32):
    %m = arith.mulf %a0, %c : f32
    linalg.yield %m : f32
  } -> tensor<2x4x4xf32>
  %mask = arith.constant dense<[0.0, 0.0, 0.0, 0xFF800000]> : tensor<4xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ss, %mask : tensor<2x4x4xf32>, tensor<4xf32>) outs(%s0 : tensor<2x4x4xf32>) {
  ^bb0(%a0: f32, %a1: f32, %a2: f32):
    %m = arith.addf %a0, %a1 : f32
    linalg.yield %m : f32
  } -> tensor<2x4x4xf32>
  %p = linalg.softmax dimension(2) ins(%sm : tensor<2x4x4xf32>) outs(%s0 : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %o0 = tensor.empty() : tensor<2x4x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
  // expected-remark @+1 {{not raised to attn.tensor_attention: additive mask of type tensor<4xf32> is not indexed by [.., query, key] of the scores}}
  %o = linalg.batch_matmul ins(%p, %v : tensor<2x4x4xf32>, tensor<2x4x64xbf16>) outs(%of : tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
  %r0 = tensor.empty() : tensor<2x4x64xbf16>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<2x4x64xf32>) outs(%r0 : tensor<2x4x64xbf16>) {
  ^bb0(%a0: f32, %a1: bf16):
    %t = arith.truncf %a0 : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<2x4x64xbf16>
  return %r : tensor<2x4x64xbf16>
}

// -----

// exp(S - max) without the division by the sum: not a softmax.

func.func @no_normalisation(%q: tensor<2x4x64xbf16>, %k: tensor<2x4x64xbf16>, %v: tensor<2x4x64xbf16>) -> tensor<2x4x64xbf16> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.125 : f32
  %s0 = tensor.empty() : tensor<2x4x4xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, m, n, k) -> (b, m, k)>, affine_map<(b, m, n, k) -> (b, n, k)>, affine_map<(b, m, n, k) -> (b, m, n)>] ins(%q, %k : tensor<2x4x64xbf16>, tensor<2x4x64xbf16>) outs(%sf : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %ss = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<2x4x4xf32>) outs(%s0 : tensor<2x4x4xf32>) {
  ^bb0(%a0: f32, %a1: f32):
    %m = arith.mulf %a0, %c : f32
    linalg.yield %m : f32
  } -> tensor<2x4x4xf32>
  %r0m = tensor.empty() : tensor<2x4xf32>
  %mx0 = linalg.fill ins(%ninf : f32) outs(%r0m : tensor<2x4xf32>) -> tensor<2x4xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%ss : tensor<2x4x4xf32>) outs(%mx0 : tensor<2x4xf32>) {
  ^bb0(%a0: f32, %a1: f32):
    %m = arith.maxnumf %a0, %a1 : f32
    linalg.yield %m : f32
  } -> tensor<2x4xf32>
  %p = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ss, %mx : tensor<2x4x4xf32>, tensor<2x4xf32>) outs(%s0 : tensor<2x4x4xf32>) {
  ^bb0(%a0: f32, %a1: f32, %a2: f32):
    %d = arith.subf %a0, %a1 : f32
    %e = math.exp %d : f32
    linalg.yield %e : f32
  } -> tensor<2x4x4xf32>
  %o0 = tensor.empty() : tensor<2x4x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
  // expected-remark @+1 {{not raised to attn.tensor_attention: the probabilities are not a softmax over the key dimension}}
  %o = linalg.batch_matmul ins(%p, %v : tensor<2x4x4xf32>, tensor<2x4x64xbf16>) outs(%of : tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
  %r0 = tensor.empty() : tensor<2x4x64xbf16>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<2x4x64xf32>) outs(%r0 : tensor<2x4x64xbf16>) {
  ^bb0(%a0: f32, %a1: bf16):
    %t = arith.truncf %a0 : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<2x4x64xbf16>
  return %r : tensor<2x4x64xbf16>
}

// -----

// Scores and softmax in bf16 (attn computes them in f32).

func.func @bf16_scores(%q: tensor<2x4x64xbf16>, %k: tensor<2x4x64xbf16>, %v: tensor<2x4x64xbf16>) -> tensor<2x4x64xbf16> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.125 : f32
  %s0 = tensor.empty() : tensor<2x4x4xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %b0 = tensor.empty() : tensor<2x4x4xbf16>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, m, n, k) -> (b, m, k)>, affine_map<(b, m, n, k) -> (b, n, k)>, affine_map<(b, m, n, k) -> (b, m, n)>] ins(%q, %k : tensor<2x4x64xbf16>, tensor<2x4x64xbf16>) outs(%b0 : tensor<2x4x4xbf16>) -> tensor<2x4x4xbf16>
  %pb = linalg.softmax dimension(2) ins(%s : tensor<2x4x4xbf16>) outs(%b0 : tensor<2x4x4xbf16>) -> tensor<2x4x4xbf16>
  %p = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%pb : tensor<2x4x4xbf16>) outs(%s0 : tensor<2x4x4xf32>) {
  ^bb0(%a0: bf16, %a1: f32):
    %e = arith.extf %a0 : bf16 to f32
    linalg.yield %e : f32
  } -> tensor<2x4x4xf32>
  %o0 = tensor.empty() : tensor<2x4x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
  // expected-remark @+1 {{not raised to attn.tensor_attention: scores and softmax are not in f32}}
  %o = linalg.batch_matmul ins(%p, %v : tensor<2x4x4xf32>, tensor<2x4x64xbf16>) outs(%of : tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
  %r0 = tensor.empty() : tensor<2x4x64xbf16>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<2x4x64xf32>) outs(%r0 : tensor<2x4x64xbf16>) {
  ^bb0(%a0: f32, %a1: bf16):
    %t = arith.truncf %a0 : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<2x4x64xbf16>
  return %r : tensor<2x4x64xbf16>
}

// -----

// A select hiding keys j >= i (the diagonal too): not the causal mask.

func.func @strict_select(%q: tensor<2x4x64xbf16>, %k: tensor<2x4x64xbf16>, %v: tensor<2x4x64xbf16>) -> tensor<2x4x64xbf16> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.125 : f32
  %s0 = tensor.empty() : tensor<2x4x4xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, m, n, k) -> (b, m, k)>, affine_map<(b, m, n, k) -> (b, n, k)>, affine_map<(b, m, n, k) -> (b, m, n)>] ins(%q, %k : tensor<2x4x64xbf16>, tensor<2x4x64xbf16>) outs(%sf : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %ss = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<2x4x4xf32>) outs(%s0 : tensor<2x4x4xf32>) {
  ^bb0(%a0: f32, %a1: f32):
    %m = arith.mulf %a0, %c : f32
    linalg.yield %m : f32
  } -> tensor<2x4x4xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ss : tensor<2x4x4xf32>) outs(%s0 : tensor<2x4x4xf32>) {
  ^bb0(%a0: f32, %a1: f32):
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %hide = arith.cmpi uge, %j, %i : index
    %r = arith.select %hide, %ninf, %a0 : f32
    linalg.yield %r : f32
  } -> tensor<2x4x4xf32>
  %p = linalg.softmax dimension(2) ins(%sm : tensor<2x4x4xf32>) outs(%s0 : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %o0 = tensor.empty() : tensor<2x4x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
  // expected-remark @+1 {{not raised to attn.tensor_attention: select condition is not the causal mask}}
  %o = linalg.batch_matmul ins(%p, %v : tensor<2x4x4xf32>, tensor<2x4x64xbf16>) outs(%of : tensor<2x4x64xf32>) -> tensor<2x4x64xf32>
  %r0 = tensor.empty() : tensor<2x4x64xbf16>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<2x4x64xf32>) outs(%r0 : tensor<2x4x64xbf16>) {
  ^bb0(%a0: f32, %a1: bf16):
    %t = arith.truncf %a0 : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<2x4x64xbf16>
  return %r : tensor<2x4x64xbf16>
}

// -----

// The output product accumulates in bf16.

func.func @bf16_accumulation(%q: tensor<2x4x64xbf16>, %k: tensor<2x4x64xbf16>, %v: tensor<2x4x64xbf16>) -> tensor<2x4x64xbf16> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.125 : f32
  %s0 = tensor.empty() : tensor<2x4x4xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, m, n, k) -> (b, m, k)>, affine_map<(b, m, n, k) -> (b, n, k)>, affine_map<(b, m, n, k) -> (b, m, n)>] ins(%q, %k : tensor<2x4x64xbf16>, tensor<2x4x64xbf16>) outs(%sf : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %ss = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<2x4x4xf32>) outs(%s0 : tensor<2x4x4xf32>) {
  ^bb0(%a0: f32, %a1: f32):
    %m = arith.mulf %a0, %c : f32
    linalg.yield %m : f32
  } -> tensor<2x4x4xf32>
  %p = linalg.softmax dimension(2) ins(%ss : tensor<2x4x4xf32>) outs(%s0 : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %o0 = tensor.empty() : tensor<2x4x64xbf16>
  // expected-remark @+1 {{not raised to attn.tensor_attention: the output contraction does not accumulate in f32}}
  %o = linalg.batch_matmul ins(%p, %v : tensor<2x4x4xf32>, tensor<2x4x64xbf16>) outs(%o0 : tensor<2x4x64xbf16>) -> tensor<2x4x64xbf16>
  return %o : tensor<2x4x64xbf16>
}
