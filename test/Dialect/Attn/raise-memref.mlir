// RUN: attn-opt %s -split-input-file -attn-raise=emit-remarks -verify-diagnostics | FileCheck %s

// The memref form of raise.mlir: the same chains written with linalg ops on buffers, every
// intermediate a local memref.alloc. The chain is replaced by attn.tensor_attention between
// bufferization.to_tensor and bufferization.materialize_in_destination; the intermediates
// and their deallocations are removed.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @bmm_softmax
//  CHECK-SAME: (%[[Q:.*]]: memref<4x16x64xbf16>, %[[K:.*]]: memref<4x32x64xbf16>, %[[V:.*]]: memref<4x32x64xbf16>, %[[OUT:.*]]: memref<4x16x64xbf16>)
//   CHECK-NOT: memref.alloc
//   CHECK-DAG: %[[QT:.*]] = bufferization.to_tensor %[[Q]] restrict
//   CHECK-DAG: %[[KT:.*]] = bufferization.to_tensor %[[K]] restrict
//   CHECK-DAG: %[[VT:.*]] = bufferization.to_tensor %[[V]] restrict
//       CHECK: %[[O:.*]] = attn.tensor_attention q(%{{.*}} : tensor<64x1x64xbf16>)
//  CHECK-SAME:   {mask = #attn.mask<none>, max_qo_len = 16 : i64, sm_scale = 1.250000e-01 : f32}
//       CHECK: %[[OC:.*]] = tensor.collapse_shape %[[O]]
//       CHECK: %[[OE:.*]] = tensor.expand_shape %[[OC]]
//       CHECK: bufferization.materialize_in_destination %[[OE]] in restrict writable %[[OUT]]
//   CHECK-NOT: linalg.
//   CHECK-NOT: memref.
//       CHECK: return
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

// -----

// [B, H, S, D] generic contractions, a causal select on linalg.index, the decomposed softmax
// (max, sub, exp, sum, div), each step in its own buffer.

#id4 = affine_map<(b, h, m, n) -> (b, h, m, n)>
#row4 = affine_map<(b, h, m, n) -> (b, h, m)>
// CHECK-LABEL: func.func @generic_decomposed_causal
//   CHECK-NOT: memref.alloc
//       CHECK: attn.tensor_attention
//  CHECK-SAME:   {mask = #attn.mask<causal>, max_qo_len = 8 : i64, sm_scale = 1.250000e-01 : f32}
//       CHECK: linalg.transpose
//       CHECK: bufferization.materialize_in_destination
//   CHECK-NOT: linalg.generic
//   CHECK-NOT: memref.
//       CHECK: return
func.func @generic_decomposed_causal(%q: memref<2x4x8x64xf16>, %k: memref<2x4x8x64xf16>, %v: memref<2x4x8x64xf16>, %out: memref<2x4x8x64xf16>) {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c8 = arith.constant 8.0 : f32
  %s = memref.alloc() : memref<2x4x8x8xf32>
  linalg.fill ins(%zero : f32) outs(%s : memref<2x4x8x8xf32>)
  linalg.generic {indexing_maps = [affine_map<(b, h, m, n, k) -> (b, h, m, k)>, affine_map<(b, h, m, n, k) -> (b, h, n, k)>, affine_map<(b, h, m, n, k) -> (b, h, m, n)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : memref<2x4x8x64xf16>, memref<2x4x8x64xf16>) outs(%s : memref<2x4x8x8xf32>) {
  ^bb0(%a: f16, %b: f16, %acc: f32):
    %ae = arith.extf %a : f16 to f32
    %be = arith.extf %b : f16 to f32
    %m = arith.mulf %ae, %be : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  }
  %sd = memref.alloc() : memref<2x4x8x8xf32>
  linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s : memref<2x4x8x8xf32>) outs(%sd : memref<2x4x8x8xf32>) {
  ^bb0(%a: f32, %b: f32):
    %r = arith.divf %a, %c8 : f32
    linalg.yield %r : f32
  }
  %sm = memref.alloc() : memref<2x4x8x8xf32>
  linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%sd : memref<2x4x8x8xf32>) outs(%sm : memref<2x4x8x8xf32>) {
  ^bb0(%a: f32, %b: f32):
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %above = arith.cmpi ugt, %j, %i : index
    %r = arith.select %above, %ninf, %a : f32
    linalg.yield %r : f32
  }
  %mx = memref.alloc() : memref<2x4x8xf32>
  linalg.fill ins(%ninf : f32) outs(%mx : memref<2x4x8xf32>)
  linalg.generic {indexing_maps = [#id4, #row4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%sm : memref<2x4x8x8xf32>) outs(%mx : memref<2x4x8xf32>) {
  ^bb0(%a: f32, %b: f32):
    %r = arith.maxnumf %a, %b : f32
    linalg.yield %r : f32
  }
  %e = memref.alloc() : memref<2x4x8x8xf32>
  linalg.generic {indexing_maps = [#id4, #row4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%sm, %mx : memref<2x4x8x8xf32>, memref<2x4x8xf32>) outs(%e : memref<2x4x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %d = arith.subf %a, %b : f32
    %r = math.exp %d : f32
    linalg.yield %r : f32
  }
  %l = memref.alloc() : memref<2x4x8xf32>
  linalg.fill ins(%zero : f32) outs(%l : memref<2x4x8xf32>)
  linalg.generic {indexing_maps = [#id4, #row4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%e : memref<2x4x8x8xf32>) outs(%l : memref<2x4x8xf32>) {
  ^bb0(%a: f32, %b: f32):
    %r = arith.addf %a, %b : f32
    linalg.yield %r : f32
  }
  %p = memref.alloc() : memref<2x4x8x8xf32>
  linalg.generic {indexing_maps = [#id4, #row4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%e, %l : memref<2x4x8x8xf32>, memref<2x4x8xf32>) outs(%p : memref<2x4x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %r = arith.divf %a, %b : f32
    linalg.yield %r : f32
  }
  %o = memref.alloc() : memref<2x4x8x64xf32>
  linalg.fill ins(%zero : f32) outs(%o : memref<2x4x8x64xf32>)
  linalg.generic {indexing_maps = [affine_map<(b, h, m, n, k) -> (b, h, m, k)>, affine_map<(b, h, m, n, k) -> (b, h, k, n)>, affine_map<(b, h, m, n, k) -> (b, h, m, n)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : memref<2x4x8x8xf32>, memref<2x4x8x64xf16>) outs(%o : memref<2x4x8x64xf32>) {
  ^bb0(%a: f32, %b: f16, %acc: f32):
    %be = arith.extf %b : f16 to f32
    %m = arith.mulf %a, %be : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  }
  linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%o : memref<2x4x8x64xf32>) outs(%out : memref<2x4x8x64xf16>) {
  ^bb0(%a: f32, %b: f16):
    %t = arith.truncf %a : f32 to f16
    linalg.yield %t : f16
  }
  return
}

// -----

// Near miss: P is also copied out (a second reader of an intermediate buffer). Nothing changes.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @other_reader
//   CHECK-NOT: attn.tensor_attention
//   CHECK-NOT: bufferization.
//       CHECK: linalg.softmax
//       CHECK: linalg.batch_matmul
//       CHECK: return
func.func @other_reader(%q: memref<4x16x64xbf16>, %k: memref<4x32x64xbf16>, %v: memref<4x32x64xbf16>, %out: memref<4x16x64xbf16>, %dbg: memref<4x16x32xf32>) {
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
  memref.copy %p, %dbg : memref<4x16x32xf32> to memref<4x16x32xf32>
  %o = memref.alloc() : memref<4x16x64xf32>
  linalg.fill ins(%zero : f32) outs(%o : memref<4x16x64xf32>)
  // expected-remark @+1 {{not raised to attn.attention: an intermediate buffer is used by memref.copy}}
  linalg.batch_matmul ins(%p, %v : memref<4x16x32xf32>, memref<4x32x64xbf16>) outs(%o : memref<4x16x64xf32>)
  linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : memref<4x16x64xf32>) outs(%out : memref<4x16x64xbf16>) {
  ^bb0(%a: f32, %b: bf16):
    %t = arith.truncf %a : f32 to bf16
    linalg.yield %t : bf16
  }
  return
}

// -----

// Near miss: S is also read by a linalg op outside the chain. Nothing changes.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @other_linalg_reader
//   CHECK-NOT: attn.tensor_attention
//   CHECK-NOT: bufferization.
//       CHECK: linalg.softmax
//       CHECK: linalg.batch_matmul
//       CHECK: return
func.func @other_linalg_reader(%q: memref<4x16x64xbf16>, %k: memref<4x32x64xbf16>, %v: memref<4x32x64xbf16>, %out: memref<4x16x64xbf16>, %dbg: memref<4x16x32xf32>) {
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
  linalg.copy ins(%s : memref<4x16x32xf32>) outs(%dbg : memref<4x16x32xf32>)
  %p = memref.alloc() : memref<4x16x32xf32>
  linalg.softmax dimension(2) ins(%ss : memref<4x16x32xf32>) outs(%p : memref<4x16x32xf32>)
  %o = memref.alloc() : memref<4x16x64xf32>
  linalg.fill ins(%zero : f32) outs(%o : memref<4x16x64xf32>)
  // expected-remark @+1 {{not raised to attn.attention: an intermediate buffer is also read by linalg.copy, outside the attention chain}}
  linalg.batch_matmul ins(%p, %v : memref<4x16x32xf32>, memref<4x32x64xbf16>) outs(%o : memref<4x16x64xf32>)
  linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : memref<4x16x64xf32>) outs(%out : memref<4x16x64xbf16>) {
  ^bb0(%a: f32, %b: bf16):
    %t = arith.truncf %a : f32 to bf16
    linalg.yield %t : bf16
  }
  return
}

// -----

// Near miss: softmax over the query dimension. Nothing changes.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @softmax_over_queries
//   CHECK-NOT: attn.tensor_attention
//   CHECK-NOT: bufferization.
//       CHECK: linalg.softmax
//       CHECK: linalg.batch_matmul
//       CHECK: return
func.func @softmax_over_queries(%q: memref<4x16x64xbf16>, %k: memref<4x32x64xbf16>, %v: memref<4x32x64xbf16>, %out: memref<4x16x64xbf16>) {
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
  linalg.softmax dimension(1) ins(%ss : memref<4x16x32xf32>) outs(%p : memref<4x16x32xf32>)
  %o = memref.alloc() : memref<4x16x64xf32>
  linalg.fill ins(%zero : f32) outs(%o : memref<4x16x64xf32>)
  // expected-remark @+1 {{not raised to attn.attention: softmax over dimension 1, expected the key dimension 2}}
  linalg.batch_matmul ins(%p, %v : memref<4x16x32xf32>, memref<4x32x64xbf16>) outs(%o : memref<4x16x64xf32>)
  linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : memref<4x16x64xf32>) outs(%out : memref<4x16x64xbf16>) {
  ^bb0(%a: f32, %b: bf16):
    %t = arith.truncf %a : f32 to bf16
    linalg.yield %t : bf16
  }
  return
}

// -----

// Near miss: the scale is applied to P instead of S. Nothing changes.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @scale_after_softmax
//   CHECK-NOT: attn.tensor_attention
//   CHECK-NOT: bufferization.
//       CHECK: linalg.softmax
//       CHECK: linalg.batch_matmul
//       CHECK: return
func.func @scale_after_softmax(%q: memref<4x16x64xbf16>, %k: memref<4x32x64xbf16>, %v: memref<4x32x64xbf16>, %out: memref<4x16x64xbf16>) {
  %zero = arith.constant 0.0 : f32
  %c = arith.constant 0.125 : f32
  %kt = memref.alloc() : memref<4x64x32xbf16>
  linalg.transpose ins(%k : memref<4x32x64xbf16>) outs(%kt : memref<4x64x32xbf16>) permutation = [0, 2, 1]
  %s = memref.alloc() : memref<4x16x32xf32>
  linalg.fill ins(%zero : f32) outs(%s : memref<4x16x32xf32>)
  linalg.batch_matmul ins(%q, %kt : memref<4x16x64xbf16>, memref<4x64x32xbf16>) outs(%s : memref<4x16x32xf32>)
  %p = memref.alloc() : memref<4x16x32xf32>
  linalg.softmax dimension(2) ins(%s : memref<4x16x32xf32>) outs(%p : memref<4x16x32xf32>)
  %pp = memref.alloc() : memref<4x16x32xf32>
  linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%p : memref<4x16x32xf32>) outs(%pp : memref<4x16x32xf32>) {
  ^bb0(%a: f32, %b: f32):
    %m = arith.mulf %a, %c : f32
    linalg.yield %m : f32
  }
  %o = memref.alloc() : memref<4x16x64xf32>
  linalg.fill ins(%zero : f32) outs(%o : memref<4x16x64xf32>)
  // expected-remark @+1 {{not raised to attn.attention: the probabilities are not a softmax}}
  linalg.batch_matmul ins(%pp, %v : memref<4x16x32xf32>, memref<4x32x64xbf16>) outs(%o : memref<4x16x64xf32>)
  linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : memref<4x16x64xf32>) outs(%out : memref<4x16x64xbf16>) {
  ^bb0(%a: f32, %b: bf16):
    %t = arith.truncf %a : f32 to bf16
    linalg.yield %t : bf16
  }
  return
}

// -----

// Near miss: V is written between the ops of the chain (raising would read it after the
// store for the whole chain). Nothing changes.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @write_between
//   CHECK-NOT: attn.tensor_attention
//       CHECK: memref.store
//       CHECK: linalg.softmax
//       CHECK: linalg.batch_matmul
//       CHECK: memref.dealloc
//       CHECK: return
func.func @write_between(%q: memref<4x16x64xbf16>, %k: memref<4x32x64xbf16>, %v: memref<4x32x64xbf16>, %out: memref<4x16x64xbf16>) {
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
  %i0 = arith.constant 0 : index
  %one = arith.constant 1.0 : bf16
  memref.store %one, %v[%i0, %i0, %i0] : memref<4x32x64xbf16>
  %p = memref.alloc() : memref<4x16x32xf32>
  linalg.softmax dimension(2) ins(%ss : memref<4x16x32xf32>) outs(%p : memref<4x16x32xf32>)
  %o = memref.alloc() : memref<4x16x64xf32>
  linalg.fill ins(%zero : f32) outs(%o : memref<4x16x64xf32>)
  // expected-remark @+1 {{not raised to attn.attention: 'memref.store' between the attention ops may write memory}}
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
