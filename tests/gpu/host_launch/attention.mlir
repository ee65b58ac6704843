// Attention as an ML compiler emits it (linalg on tensors), for the host-launch check: raised
// by attn-raise, bufferized, and compiled by attn-to-host into a host program that launches
// the kernels (scripts/build_host_launch.sh; the driver is driver.cpp). Slices of [N, S, D]
// are independent (N = batch * heads).

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#row3 = affine_map<(d0, d1, d2) -> (d0, d1)>

// Causal prefill: 8 slices of 128 queries over 128 keys, head_dim 128, scale 1/sqrt(128).
func.func @prefill_causal(%q: tensor<8x128x128xbf16>, %k: tensor<8x128x128xbf16>, %v: tensor<8x128x128xbf16>) -> tensor<8x128x128xbf16> attributes {llvm.emit_c_interface} {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %scale = arith.constant 0.0883883461 : f32
  %s0 = tensor.empty() : tensor<8x128x128xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x128x128xf32>) -> tensor<8x128x128xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, m, n, k) -> (b, m, k)>, affine_map<(b, m, n, k) -> (b, n, k)>, affine_map<(b, m, n, k) -> (b, m, n)>] ins(%q, %k : tensor<8x128x128xbf16>, tensor<8x128x128xbf16>) outs(%sf : tensor<8x128x128xf32>) -> tensor<8x128x128xf32>
  %ss = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<8x128x128xf32>) outs(%s0 : tensor<8x128x128xf32>) {
  ^bb0(%a: f32, %b: f32):
    %m = arith.mulf %a, %scale : f32
    linalg.yield %m : f32
  } -> tensor<8x128x128xf32>
  %sm = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ss : tensor<8x128x128xf32>) outs(%s0 : tensor<8x128x128xf32>) {
  ^bb0(%a: f32, %b: f32):
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %visible = arith.cmpi ule, %j, %i : index
    %r = arith.select %visible, %a, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<8x128x128xf32>
  %p = linalg.softmax dimension(2) ins(%sm : tensor<8x128x128xf32>) outs(%s0 : tensor<8x128x128xf32>) -> tensor<8x128x128xf32>
  %o0 = tensor.empty() : tensor<8x128x128xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x128x128xf32>) -> tensor<8x128x128xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<8x128x128xf32>, tensor<8x128x128xbf16>) outs(%of : tensor<8x128x128xf32>) -> tensor<8x128x128xf32>
  %r0 = tensor.empty() : tensor<8x128x128xbf16>
  %r = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<8x128x128xf32>) outs(%r0 : tensor<8x128x128xbf16>) {
  ^bb0(%a: f32, %b: bf16):
    %t = arith.truncf %a : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<8x128x128xbf16>
  return %r : tensor<8x128x128xbf16>
}

// Decode: 32 slices of one query over 512 keys, head_dim 128, the softmax decomposed.
func.func @decode(%q: tensor<32x1x128xbf16>, %k: tensor<32x512x128xbf16>, %v: tensor<32x512x128xbf16>) -> tensor<32x1x128xbf16> attributes {llvm.emit_c_interface} {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %scale = arith.constant 0.0883883461 : f32
  %s0 = tensor.empty() : tensor<32x1x512xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<32x1x512xf32>) -> tensor<32x1x512xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, m, n, k) -> (b, m, k)>, affine_map<(b, m, n, k) -> (b, n, k)>, affine_map<(b, m, n, k) -> (b, m, n)>] ins(%q, %k : tensor<32x1x128xbf16>, tensor<32x512x128xbf16>) outs(%sf : tensor<32x1x512xf32>) -> tensor<32x1x512xf32>
  %ss = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<32x1x512xf32>) outs(%s0 : tensor<32x1x512xf32>) {
  ^bb0(%a: f32, %b: f32):
    %m = arith.mulf %a, %scale : f32
    linalg.yield %m : f32
  } -> tensor<32x1x512xf32>
  %r0 = tensor.empty() : tensor<32x1xf32>
  %mx0 = linalg.fill ins(%ninf : f32) outs(%r0 : tensor<32x1xf32>) -> tensor<32x1xf32>
  %mx = linalg.generic {indexing_maps = [#id3, #row3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%ss : tensor<32x1x512xf32>) outs(%mx0 : tensor<32x1xf32>) {
  ^bb0(%a: f32, %b: f32):
    %d = arith.maxnumf %a, %b : f32
    linalg.yield %d : f32
  } -> tensor<32x1xf32>
  %ex = linalg.generic {indexing_maps = [#id3, #row3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ss, %mx : tensor<32x1x512xf32>, tensor<32x1xf32>) outs(%s0 : tensor<32x1x512xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %d = arith.subf %a, %b : f32
    %e = math.exp %d : f32
    linalg.yield %e : f32
  } -> tensor<32x1x512xf32>
  %sum0 = linalg.fill ins(%zero : f32) outs(%r0 : tensor<32x1xf32>) -> tensor<32x1xf32>
  %sum = linalg.generic {indexing_maps = [#id3, #row3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%ex : tensor<32x1x512xf32>) outs(%sum0 : tensor<32x1xf32>) {
  ^bb0(%a: f32, %b: f32):
    %d = arith.addf %a, %b : f32
    linalg.yield %d : f32
  } -> tensor<32x1xf32>
  %p = linalg.generic {indexing_maps = [#id3, #row3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ex, %sum : tensor<32x1x512xf32>, tensor<32x1xf32>) outs(%s0 : tensor<32x1x512xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %d = arith.divf %a, %b : f32
    linalg.yield %d : f32
  } -> tensor<32x1x512xf32>
  %o0 = tensor.empty() : tensor<32x1x128xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<32x1x128xf32>) -> tensor<32x1x128xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<32x1x512xf32>, tensor<32x512x128xbf16>) outs(%of : tensor<32x1x128xf32>) -> tensor<32x1x128xf32>
  %t0 = tensor.empty() : tensor<32x1x128xbf16>
  %t = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<32x1x128xf32>) outs(%t0 : tensor<32x1x128xbf16>) {
  ^bb0(%a: f32, %b: bf16):
    %d = arith.truncf %a : f32 to bf16
    linalg.yield %d : bf16
  } -> tensor<32x1x128xbf16>
  return %t : tensor<32x1x128xbf16>
}
