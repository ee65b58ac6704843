// RUN: attn-opt %s -split-input-file -attn-outline -mlir-print-local-scope | FileCheck %s

// A host-level append becomes one kernel `<f>_append_kv` whose arguments are the runtime ABI:
// the new rows, their requests and positions, the page pools and table, the pools' page stride
// and the row count.
// The cache view is restated inside the kernel and erased on the host.
!kv = !attn.paged_kv<page_size = 16, layout = hnd, num_heads = 4, head_dim = 128, element_type = bf16>
func.func @append(%k: memref<?x4x128xbf16>, %v: memref<?x4x128xbf16>, %bi: memref<?xi32>,
                  %pos: memref<?xi32>, %kp: memref<?x4x16x128xbf16>, %vp: memref<?x4x16x128xbf16>,
                  %ip: memref<?xi32>, %ix: memref<?xi32>, %lp: memref<?xi32>) {
  %kv = attn.paged_kv k(%kp : memref<?x4x16x128xbf16>) v(%vp : memref<?x4x16x128xbf16>)
          indptr(%ip : memref<?xi32>) indices(%ix : memref<?xi32>)
          last_page_len(%lp : memref<?xi32>) : !kv
  attn.append_paged_kv k(%k : memref<?x4x128xbf16>) v(%v : memref<?x4x128xbf16>)
      batch_indices(%bi : memref<?xi32>) positions(%pos : memref<?xi32>) into(%kv : !kv)
  return
}
// CHECK: module attributes {gpu.container_module}
// CHECK: gpu.module @append_append_kv_kernels
// CHECK: gpu.func @append_append_kv(%[[K:.*]]: memref<?x4x128xbf16> {attn.param = "k"}, %[[V:.*]]: memref<?x4x128xbf16> {attn.param = "v"}, %[[BI:.*]]: memref<?xi32> {attn.param = "batch_indices"}, %[[POS:.*]]: memref<?xi32> {attn.param = "positions"}, %[[KC:.*]]: memref<?x4x16x128xbf16> {attn.param = "k_cache"}, %{{.*}}: memref<?x4x16x128xbf16> {attn.param = "v_cache"}, %{{.*}}: memref<?xi32> {attn.param = "kv_indptr"}, %{{.*}}: memref<?xi32> {attn.param = "kv_indices"}, %{{.*}}: memref<?xi32> {attn.param = "kv_last_page_len"}, %[[STRIDE:.*]]: i32 {attn.param = "kv_page_stride"}, %{{.*}}: i32 {attn.param = "num_rows"}) kernel attributes {attn.vec = 8 : i64, known_block_size = array<i32: 256, 1, 1>}
// CHECK:   %[[S:.*]] = arith.index_castui %[[STRIDE]] : i32 to index
// CHECK:   %[[KS:.*]] = memref.reinterpret_cast %[[KC]] to offset: [0], sizes: [%{{.*}}, 4, 16, 128], strides: [%[[S]], 2048, 128, 1] : memref<?x4x16x128xbf16> to memref<?x4x16x128xbf16, strided<[?, 2048, 128, 1]>>
// CHECK:   %[[KV:.*]] = attn.paged_kv k(%[[KS]] : memref<?x4x16x128xbf16, strided<[?, 2048, 128, 1]>>)
// CHECK:   attn.append_paged_kv k(%[[K]] : memref<?x4x128xbf16>) v(%[[V]] : memref<?x4x128xbf16>) batch_indices(%[[BI]] : memref<?xi32>) positions(%[[POS]] : memref<?xi32>) into(%[[KV]] :
// CHECK:   gpu.return
// CHECK: attn.kernel_abi @append_append_kv for @append_append_kv_kernels::@append_append_kv
// CHECK-SAME: block = array<i32: 256, 1, 1>, dynamic_smem = 0 : i64, family = "append_kv"
// CHECK-SAME: params = [{kind = "ptr", name = "k"}, {kind = "ptr", name = "v"}, {kind = "ptr", name = "batch_indices"}, {kind = "ptr", name = "positions"}, {kind = "ptr", name = "k_cache"}, {kind = "ptr", name = "v_cache"}, {kind = "ptr", name = "kv_indptr"}, {kind = "ptr", name = "kv_indices"}, {kind = "ptr", name = "kv_last_page_len"}, {kind = "i32", name = "kv_page_stride"}, {kind = "i32", name = "num_rows"}]
// CHECK-SAME: role = "kernel", tile = {threads = 256 : i64, vec = 8 : i64}
// CHECK-SAME: variant = {dtype = "bf16", head_dim = 128 : i64, kv_format = "paged", layout = "hnd", num_kv_heads = 4 : i64, page_size = 16 : i64}
// CHECK-LABEL: func.func @append(
// CHECK-NOT: attn.
// CHECK: return

// -----

// An in-place llama3 RoPE: q_out / k_out get parameters of their own (the runtime binds the
// same pointers); the RoPE parameters are compiled in and recorded in the variant.
func.func @rope(%q: memref<?x32x128xf16>, %k: memref<?x8x128xf16>, %p: memref<?xi32>) {
  attn.rope q(%q : memref<?x32x128xf16>) k(%k : memref<?x8x128xf16>) pos_ids(%p : memref<?xi32>)
      outs(%q, %k : memref<?x32x128xf16>, memref<?x8x128xf16>)
      {rope = #attn.rope<llama3, rotary_dim = 64, theta = 500000.0, factor = 8.0>}
  return
}
// CHECK: gpu.module @rope_rope_kernels
// CHECK: gpu.func @rope_rope(%[[Q:.*]]: memref<?x32x128xf16> {attn.param = "q"}, %[[K:.*]]: memref<?x8x128xf16> {attn.param = "k"}, %[[P:.*]]: memref<?xi32> {attn.param = "pos_ids"}, %[[QO:.*]]: memref<?x32x128xf16> {attn.param = "q_out"}, %[[KO:.*]]: memref<?x8x128xf16> {attn.param = "k_out"}, %{{.*}}: i32 {attn.param = "num_rows"}) kernel attributes {attn.vec = 8 : i64, known_block_size = array<i32: 256, 1, 1>}
// CHECK:   attn.rope q(%[[Q]] : {{.*}}) k(%[[K]] : {{.*}}) pos_ids(%[[P]] : {{.*}}) outs(%[[QO]], %[[KO]] : {{.*}}) {rope = #attn.rope<llama3, rotary_dim = 64, theta = 5.000000e+05>}
// CHECK: attn.kernel_abi @rope_rope for @rope_rope_kernels::@rope_rope
// CHECK-SAME: family = "rope"
// CHECK-SAME: params = [{kind = "ptr", name = "q"}, {kind = "ptr", name = "k"}, {kind = "ptr", name = "pos_ids"}, {kind = "ptr", name = "q_out"}, {kind = "ptr", name = "k_out"}, {kind = "i32", name = "num_rows"}]
// CHECK-SAME: role = "kernel"
// CHECK-SAME: variant = {dtype = "f16", head_dim = 128 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, rope = "llama3", rope_factor = 8.000000e+00 : f64, rope_high_freq_factor = 4.000000e+00 : f64, rope_interleave = false, rope_low_freq_factor = 1.000000e+00 : f64, rope_original_max_position = 8192 : i64, rope_scale = 1.000000e+00 : f64, rope_theta = 5.000000e+05 : f64, rotary_dim = 64 : i64}
// CHECK-LABEL: func.func @rope(
// CHECK-NOT: attn.
// CHECK: return

// -----

// The vector width shrinks until it divides head_dim and the rotated span: interleaved pairs
// over rotary_dim 12 take 4 elements (8 bytes); a llama RoPE carries no llama3 fields. Two ops
// of one kind in a function get numbered kernels.
func.func @narrow(%q: memref<?x2x24xbf16>, %k: memref<?x1x24xbf16>, %p: memref<?xi32>,
                  %qo: memref<?x2x24xbf16>, %ko: memref<?x1x24xbf16>) {
  attn.rope q(%q : memref<?x2x24xbf16>) k(%k : memref<?x1x24xbf16>) pos_ids(%p : memref<?xi32>)
      outs(%qo, %ko : memref<?x2x24xbf16>, memref<?x1x24xbf16>)
      {rope = #attn.rope<llama, rotary_dim = 12, interleave = true>}
  attn.rope q(%q : memref<?x2x24xbf16>) k(%k : memref<?x1x24xbf16>) pos_ids(%p : memref<?xi32>)
      outs(%qo, %ko : memref<?x2x24xbf16>, memref<?x1x24xbf16>)
      {rope = #attn.rope<llama, rotary_dim = 24>}
  return
}
// CHECK: gpu.func @narrow_rope({{.*}}) kernel attributes {attn.vec = 4 : i64
// CHECK: attn.kernel_abi @narrow_rope for
// CHECK-SAME: variant = {dtype = "bf16", head_dim = 24 : i64, num_kv_heads = 1 : i64, num_qo_heads = 2 : i64, rope = "llama", rope_interleave = true, rope_scale = 1.000000e+00 : f64, rope_theta = 1.000000e+04 : f64, rotary_dim = 12 : i64}
// CHECK: gpu.func @narrow_1_rope({{.*}}) kernel attributes {attn.vec = 4 : i64
// CHECK: attn.kernel_abi @narrow_1_rope for
// CHECK-SAME: rope_interleave = false

// -----

// Cascade merge of two bf16 states in place (v_out = v_a): the kernel `<f>_merge_state` keeps a
// parameter per operand (the runtime binds v_a's pointer twice); s_out is a parameter only
// when the op writes it. The variant records the output and state types and the form.
func.func @cascade(%va: memref<?x32x128xbf16>, %sa: memref<?x32xf32>, %vb: memref<?x32x128xbf16>,
                   %sb: memref<?x32xf32>, %s: memref<?x32xf32>) {
  attn.merge_state ins(%va, %sa, %vb, %sb : memref<?x32x128xbf16>, memref<?x32xf32>,
                                            memref<?x32x128xbf16>, memref<?x32xf32>)
                   outs(%va, %s : memref<?x32x128xbf16>, memref<?x32xf32>)
  return
}
// CHECK: gpu.module @cascade_merge_state_kernels
// CHECK: gpu.func @cascade_merge_state(%[[VA:.*]]: memref<?x32x128xbf16> {attn.param = "v_a"}, %[[SA:.*]]: memref<?x32xf32> {attn.param = "s_a"}, %[[VB:.*]]: memref<?x32x128xbf16> {attn.param = "v_b"}, %[[SB:.*]]: memref<?x32xf32> {attn.param = "s_b"}, %[[VO:.*]]: memref<?x32x128xbf16> {attn.param = "v_out"}, %[[SO:.*]]: memref<?x32xf32> {attn.param = "s_out"}, %{{.*}}: i32 {attn.param = "num_rows"}) kernel attributes {attn.vec = 8 : i64, known_block_size = array<i32: 256, 1, 1>}
// CHECK:   attn.merge_state ins(%[[VA]], %[[SA]], %[[VB]], %[[SB]] : {{.*}}) outs(%[[VO]], %[[SO]] :
// CHECK:   gpu.return
// CHECK: attn.kernel_abi @cascade_merge_state for @cascade_merge_state_kernels::@cascade_merge_state
// CHECK-SAME: family = "merge"
// CHECK-SAME: params = [{kind = "ptr", name = "v_a"}, {kind = "ptr", name = "s_a"}, {kind = "ptr", name = "v_b"}, {kind = "ptr", name = "s_b"}, {kind = "ptr", name = "v_out"}, {kind = "ptr", name = "s_out"}, {kind = "i32", name = "num_rows"}]
// CHECK-SAME: role = "kernel", tile = {threads = 256 : i64, vec = 8 : i64}
// CHECK-SAME: variant = {dtype = "bf16", head_dim = 128 : i64, merge = "state", num_qo_heads = 32 : i64, num_states = 2 : i64, return_lse = true, state_dtype = "bf16"}
// CHECK-LABEL: func.func @cascade(
// CHECK-NOT: attn.
// CHECK: return

// -----

// A dense merge of f32 states into f16 without s_out: 16 bytes of f32 is 4 elements. The
// number of states is dynamic: it is a parameter, the variant does not record it, and v / s
// are passed flat ([rows * num_states, ...]: a bare pointer has one dynamic dimension) and
// expanded inside the kernel. A static count is recorded and its buffers passed as they are
// (the num_states parameter stays, for one ABI).
func.func @dense(%v: memref<?x?x8x64xf32>, %s: memref<?x?x8xf32>, %o: memref<?x8x64xf16>,
                 %w: memref<?x3x2x6xf32>, %t: memref<?x3x2xf32>, %p: memref<?x2x6xf32>,
                 %q: memref<?x2xf32>) {
  attn.merge_states ins(%v, %s : memref<?x?x8x64xf32>, memref<?x?x8xf32>)
                    outs(%o : memref<?x8x64xf16>)
  attn.merge_states ins(%w, %t : memref<?x3x2x6xf32>, memref<?x3x2xf32>)
                    outs(%p, %q : memref<?x2x6xf32>, memref<?x2xf32>)
  return
}
// CHECK: gpu.func @dense_merge_states(%[[V:.*]]: memref<?x8x64xf32> {attn.param = "v"}, %[[S:.*]]: memref<?x8xf32> {attn.param = "s"}, %[[O:.*]]: memref<?x8x64xf16> {attn.param = "v_out"}, %[[K:.*]]: i32 {attn.param = "num_states"}, %[[N:.*]]: i32 {attn.param = "num_rows"}) kernel attributes {attn.vec = 4 : i64
// CHECK:   %[[ROWS:.*]] = arith.index_castui %[[N]] : i32 to index
// CHECK:   %[[STATES:.*]] = arith.index_castui %[[K]] : i32 to index
// CHECK:   %[[VX:.*]] = memref.expand_shape %[[V]] {{\[}}[0, 1], [2], [3]] output_shape [%[[ROWS]], %[[STATES]], 8, 64] : memref<?x8x64xf32> into memref<?x?x8x64xf32>
// CHECK:   %[[SX:.*]] = memref.expand_shape %[[S]] {{\[}}[0, 1], [2]] output_shape [%[[ROWS]], %[[STATES]], 8] : memref<?x8xf32> into memref<?x?x8xf32>
// CHECK:   attn.merge_states ins(%[[VX]], %[[SX]] : {{.*}}) outs(%[[O]] : memref<?x8x64xf16>)
// CHECK: attn.kernel_abi @dense_merge_states for
// CHECK-SAME: params = [{kind = "ptr", name = "v"}, {kind = "ptr", name = "s"}, {kind = "ptr", name = "v_out"}, {kind = "i32", name = "num_states"}, {kind = "i32", name = "num_rows"}]
// CHECK-SAME: tile = {threads = 256 : i64, vec = 4 : i64}
// CHECK-SAME: variant = {dtype = "f16", head_dim = 64 : i64, merge = "states", num_qo_heads = 8 : i64, return_lse = false, state_dtype = "f32"}
// CHECK: gpu.func @dense_1_merge_states(%{{.*}}: memref<?x3x2x6xf32> {attn.param = "v"}, {{.*}} {attn.param = "s_out"}, {{.*}}) kernel attributes {attn.vec = 2 : i64
// CHECK: attn.kernel_abi @dense_1_merge_states for
// CHECK-SAME: variant = {dtype = "f32", head_dim = 6 : i64, merge = "states", num_qo_heads = 2 : i64, num_states = 3 : i64, return_lse = true, state_dtype = "f32"}
