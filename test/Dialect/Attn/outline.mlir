// RUN: attn-opt %s -split-input-file -attn-outline -mlir-print-local-scope | FileCheck %s

// A planned split-KV decode becomes an attention kernel and a merge kernel whose arguments
// follow the runtime ABI, plus one attn.kernel_abi per kernel; the host op is gone.
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @decode(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kp: memref<?x16x8x128xbf16>,
                  %vp: memref<?x16x8x128xbf16>, %ip: memref<?xi32>, %ix: memref<?xi32>,
                  %lp: memref<?xi32>, %o: memref<?x32x128xbf16>, %lse: memref<?x32xf32>) {
  %kv = attn.paged_kv k(%kp : memref<?x16x8x128xbf16>) v(%vp : memref<?x16x8x128xbf16>)
          indptr(%ip : memref<?xi32>) indices(%ix : memref<?xi32>)
          last_page_len(%lp : memref<?xi32>) : !kv
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>, %lse : memref<?x32xf32>)
      {mask = #attn.mask<none>, max_qo_len = 1, logits_soft_cap = 30.0 : f32,
       kernel_config = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4,
                                           tile_kv = 8, stages = 4, split_kv = true, vec = 8>}
  return
}
// CHECK: module attributes {gpu.container_module}
// CHECK: gpu.module @decode_kernels
// CHECK: gpu.func @decode_attention(%[[Q:.*]]: memref<?x32x128xbf16> {attn.param = "q"}, %{{.*}}: memref<?xi32> {attn.param = "qo_indptr"}, %[[K:.*]]: memref<?x16x8x128xbf16> {attn.param = "k_cache"}, %{{.*}} {attn.param = "v_cache"}, %{{.*}} {attn.param = "kv_indptr"}, %{{.*}} {attn.param = "kv_indices"}, %{{.*}} {attn.param = "kv_last_page_len"}, %[[STRIDE:.*]]: i32 {attn.param = "kv_page_stride"}, %{{.*}}: memref<?xi32> {attn.param = "work_request"}, %{{.*}} {attn.param = "work_kv_begin"}, %{{.*}} {attn.param = "work_kv_end"}, %{{.*}} {attn.param = "work_partial"}, %{{.*}}: memref<1xi32> {attn.param = "num_work"}, %[[O:.*]]: memref<?x32x128xbf16> {attn.param = "o"}, %[[LSE:.*]]: memref<?x32xf32> {attn.param = "lse"}, %{{.*}}: memref<?x32x128xf32> {attn.param = "tmp_o"}, %{{.*}}: memref<?x32xf32> {attn.param = "tmp_lse"}) kernel attributes {known_block_size = array<i32: 128, 1, 1>}
// The pools are views whose page stride is the kv_page_stride argument (in elements).
// CHECK:   %[[S:.*]] = arith.index_castui %[[STRIDE]] : i32 to index
// CHECK:   %[[PAGES:.*]] = memref.dim %[[K]], %{{.*}} : memref<?x16x8x128xbf16>
// CHECK:   %[[KS:.*]] = memref.reinterpret_cast %[[K]] to offset: [0], sizes: [%[[PAGES]], 16, 8, 128], strides: [%[[S]], 1024, 128, 1] : memref<?x16x8x128xbf16> to memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>
// CHECK:   %[[KV:.*]] = attn.paged_kv k(%[[KS]] : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>)
// CHECK:   attn.attention q(%[[Q]] : memref<?x32x128xbf16>) {{.*}} kv(%[[KV]] : {{.*}}) outs(%[[O]] : memref<?x32x128xbf16>, %[[LSE]] : memref<?x32xf32>)
// CHECK:   gpu.return
// CHECK: gpu.func @decode_merge(%[[TO:.*]]: memref<?x32x128xf32> {attn.param = "tmp_o"}, %[[TL:.*]]: memref<?x32xf32> {attn.param = "tmp_lse"}, %[[MI:.*]]: memref<?xi32> {attn.param = "merge_indptr"}, %{{.*}}: memref<1xi32> {attn.param = "num_rows"}, %[[MO:.*]]: memref<?x32x128xbf16> {attn.param = "o"}, %[[ML:.*]]: memref<?x32xf32> {attn.param = "lse"}) kernel attributes {attn.programmatic_dependent, known_block_size = array<i32: 256, 1, 1>}
// CHECK:   attn.merge_states ins(%[[TO]], %[[TL]] : {{.*}}) indptr(%[[MI]] : memref<?xi32>) outs(%[[MO]], %[[ML]] : {{.*}}) {layout = #attn.merge_layout<lanes = 16, slices = 16>}
// CHECK: attn.kernel_abi @decode_attention for @decode_kernels::@decode_attention
// CHECK-SAME: block = array<i32: 128, 1, 1>, dynamic_smem = 21504 : i64, family = "decode"
// CHECK-SAME: params = [{kind = "ptr", name = "q"}, {kind = "ptr", name = "qo_indptr"}
// CHECK-SAME: {kind = "ptr", name = "kv_last_page_len"}, {kind = "i32", name = "kv_page_stride"}, {kind = "ptr", name = "work_request"}
// CHECK-SAME: role = "attention"
// CHECK-SAME: tile = {bdx = 16 : i64, bdy = 4 : i64, bdz = 2 : i64
// CHECK-SAME: variant = {{{.*}}head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 3.000000e+01 : f64, mask = "none"
// CHECK: attn.kernel_abi @decode_merge for @decode_kernels::@decode_merge
// CHECK-SAME: role = "merge"
// CHECK-SAME: tile = {bdx = 16 : i64, heads_per_cta = 1 : i64, pdl = 1 : i64, slices = 16 : i64
// CHECK-LABEL: func.func @decode(
// CHECK-NOT: attn.
// CHECK: return

// -----

// Without split KV there is no merge kernel and no scratch buffers; a ragged source passes k, v.
!kv = !attn.ragged_kv<num_heads = 2, head_dim = 64, element_type = f16>
func.func @two(%q: memref<?x2x64xf16>, %qi: memref<?xi32>, %k: memref<?x2x64xf16>,
               %ki: memref<?xi32>, %o: memref<?x2x64xf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x2x64xf16>) v(%k : memref<?x2x64xf16>)
          indptr(%ki : memref<?xi32>) : !kv
  attn.attention q(%q : memref<?x2x64xf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x2x64xf16>)
      {mask = #attn.mask<none>, max_qo_len = 1,
       kernel_config = #attn.kernel_config<strategy = decode, sm = 80, threads = 128, tile_q = 1,
                                           tile_kv = 64, stages = 2, split_kv = false, vec = 8>}
  attn.attention q(%q : memref<?x2x64xf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x2x64xf16>)
      {mask = #attn.mask<none>, max_qo_len = 1,
       kernel_config = #attn.kernel_config<strategy = decode, sm = 80, threads = 128, tile_q = 1,
                                           tile_kv = 64, stages = 2, split_kv = false, vec = 8>}
  return
}
// CHECK: gpu.module @two_kernels
// CHECK: gpu.func @two_attention({{.*}}{attn.param = "k"}, {{.*}}{attn.param = "v"}, {{.*}}{attn.param = "kv_indptr"}, {{.*}}{attn.param = "o"})
// CHECK-NOT: gpu.func @two_merge
// CHECK: attn.kernel_abi @two_attention
// CHECK: gpu.module @two_1_kernels
// CHECK: gpu.func @two_1_attention
// CHECK: attn.kernel_abi @two_1_attention
// CHECK-NOT: attn.kernel_abi
