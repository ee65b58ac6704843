// Round trip of the tile-level ops (custom and generic form).
// RUN: attn-opt %s -split-input-file | attn-opt -split-input-file | FileCheck %s
// RUN: attn-opt %s -split-input-file -mlir-print-op-generic | attn-opt -split-input-file | FileCheck %s

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
!smem = memref<2x64x128xbf16, #gpu.address_space<workgroup>>

// One KV tile step of a causal prefill kernel: load, S = QK^T, mask, online softmax, O += PV.
// CHECK-LABEL: func.func @kv_step
// CHECK-SAME: (%[[KV:.*]]: !{{.*}}, %[[Q:.*]]: vector<16x128xbf16>, %[[KS:.*]]: memref<2x64x128xbf16, #gpu.address_space<workgroup>>, %[[VS:.*]]: memref<2x64x128xbf16, #gpu.address_space<workgroup>>, %[[I:[^:]*]]: index
// CHECK: attn.load_kv_tile %[[KV]][%{{.*}}] head %{{.*}} tile %[[I]] keys[%{{.*}}, %{{.*}}) into %[[KS]], %[[VS]][%{{.*}}] {async, swizzle}
// CHECK: %[[S:.*]] = attn.tile_qk %[[Q]], %[[KS]][%{{.*}}] : vector<16x128xbf16>, memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<16x64xf32>
// CHECK: %[[T:.*]] = attn.score_mod %[[S]] rows %{{.*}} cols %{{.*}} keys %{{.*}} {mask = #attn.mask<causal>, scale = 1.250000e-01 : f32, soft_cap = 5.000000e+01 : f32} : vector<16x64xf32>
// CHECK: %[[P:.*]], %[[M1:.*]], %[[L1:.*]], %[[A:.*]], %[[O1:.*]] = attn.online_softmax %[[T]] max %{{.*}} sum %{{.*}} acc %{{.*}} : vector<16x64xf32>, vector<16xf32>, vector<16x128xf32>
// CHECK: attn.tile_pv %[[P]], %[[VS]][%{{.*}}], %[[O1]] : vector<16x64xf32>, memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<16x128xf32>
func.func @kv_step(%kv: !kv, %q: vector<16x128xbf16>, %ks: !smem, %vs: !smem, %i: index,
                   %pb: index, %h: index, %b: index, %e: index, %st: index, %qp: index,
                   %kp: index, %m: vector<16xf32>, %l: vector<16xf32>, %o: vector<16x128xf32>)
    -> (vector<16x128xf32>, vector<16xf32>, vector<16xf32>) {
  attn.load_kv_tile %kv[%pb] head %h tile %i keys [%b, %e) into %ks, %vs [%st] {async, swizzle}
      : !kv, !smem
  %s = attn.tile_qk %q, %ks[%st] : vector<16x128xbf16>, !smem -> vector<16x64xf32>
  %t = attn.score_mod %s rows %qp cols %kp keys %e
      {mask = #attn.mask<causal>, scale = 0.125 : f32, soft_cap = 50.0 : f32} : vector<16x64xf32>
  %p, %m1, %l1, %a, %o1 = attn.online_softmax %t max %m sum %l acc %o
      : vector<16x64xf32>, vector<16xf32>, vector<16x128xf32>
  %o2 = attn.tile_pv %p, %vs[%st], %o1 : vector<16x64xf32>, !smem -> vector<16x128xf32>
  return %o2, %m1, %l1 : vector<16x128xf32>, vector<16xf32>, vector<16xf32>
}

// -----

// A ragged source with synchronous loads.
!kv = !attn.ragged_kv<num_heads = 8, head_dim = 64, element_type = f16>
!smem = memref<1x32x64xf16, #gpu.address_space<workgroup>>
// CHECK-LABEL: func.func @ragged
// CHECK: attn.load_kv_tile %{{.*}}[%{{.*}}] head %{{.*}} tile %{{.*}} keys[%{{.*}}, %{{.*}}) into %{{.*}}, %{{.*}}[%{{.*}}] : !{{.*}}, memref<1x32x64xf16, #gpu.address_space<workgroup>>
func.func @ragged(%kv: !kv, %ks: !smem, %vs: !smem, %x: index) {
  attn.load_kv_tile %kv[%x] head %x tile %x keys [%x, %x) into %ks, %vs [%x] : !kv, !smem
  return
}

// -----

// ALiBi and a custom bit mask.
// CHECK-LABEL: func.func @score_mod_custom
// CHECK: attn.score_mod %{{.*}} rows %{{.*}} cols %{{.*}} keys %{{.*}} alibi %{{.*}} : f32 custom %{{.*}}[%{{.*}}, %{{.*}}] : memref<?xi8> {mask = #attn.mask<custom>, scale = 1.000000e+00 : f32} : vector<1x32xf32>
func.func @score_mod_custom(%s: vector<1x32xf32>, %x: index, %slope: f32, %bits: memref<?xi8>)
    -> vector<1x32xf32> {
  %t = attn.score_mod %s rows %x cols %x keys %x alibi %slope : f32 custom %bits[%x, %x] : memref<?xi8>
      {mask = #attn.mask<custom>, scale = 1.0 : f32} : vector<1x32xf32>
  return %t : vector<1x32xf32>
}

// -----

// Finalize and the merge of two splits.
// CHECK-LABEL: func.func @finalize_merge
// CHECK: %[[O:.*]], %[[LSE:.*]] = attn.finalize %{{.*}} max %{{.*}} sum %{{.*}} : vector<4x128xf32>, vector<4xf32>
// CHECK: attn.merge_partial %[[O]], %[[LSE]], %{{.*}}, %{{.*}} : vector<4x128xf32>, vector<4xf32>
func.func @finalize_merge(%acc: vector<4x128xf32>, %m: vector<4xf32>, %l: vector<4xf32>,
                          %ob: vector<4x128xf32>, %lb: vector<4xf32>)
    -> (vector<4x128xf32>, vector<4xf32>) {
  %o, %lse = attn.finalize %acc max %m sum %l : vector<4x128xf32>, vector<4xf32>
  %r, %rl = attn.merge_partial %o, %lse, %ob, %lb : vector<4x128xf32>, vector<4xf32>
  return %r, %rl : vector<4x128xf32>, vector<4xf32>
}

// -----

// The decode tile ops in a layout: Q load with RoPE, the empty state, finalize with the
// slices' scratch, the output store.
#l = #attn.decode_layout<lanes = 16, heads = 4, slices = 2, heads_per_thread = 1, rows_per_group = 2, vec = 8>
// CHECK: #decode_layout = #attn.decode_layout<lanes = 16, heads = 4, slices = 2, heads_per_thread = 1, rows_per_group = 2, vec = 8>
// CHECK-LABEL: func.func @decode_ops
// CHECK: attn.load_q_tile %{{.*}}[%{{.*}}, %{{.*}}] rope at %{{.*}} {layout = #decode_layout, rope = #attn.rope<llama, rotary_dim = 128>, scale = 2.500000e-01 : f32} : memref<?x32x128xbf16> -> vector<4x128xf32>
// CHECK: attn.init_state {layout = {{.*}}} : vector<4xf32>, vector<4x128xf32>
// CHECK: attn.tile_qk %{{.*}}, %{{.*}}[%{{.*}}] rope at %{{.*}} {layout = {{.*}}, rope = {{.*}}} : vector<4x128xf32>, memref<2x16x128xbf16, #gpu.address_space<workgroup>> -> vector<4x16xf32>
// CHECK: attn.finalize %{{.*}} max %{{.*}} sum %{{.*}} scratch %{{.*}} : memref<8192xi8, #gpu.address_space<workgroup>> {layout = {{.*}}, natural_lse} : vector<4x128xf32>, vector<4xf32>
// CHECK: attn.store_output %{{.*}}, %{{.*}} into %{{.*}}[%{{.*}}, %{{.*}}] lse %{{.*}} {layout = {{.*}}} : vector<4x128xf32>, vector<4xf32>, memref<?x32x128xbf16>, memref<?x32xf32>
// CHECK: attn.store_output %{{.*}}, %{{.*}} into %{{.*}}[%{{.*}}, %{{.*}}] : vector<4x128xf32>, vector<4xf32>, memref<?x32x128xf32>
func.func @decode_ops(%q: memref<?x32x128xbf16>, %x: index,
                      %ks: memref<2x16x128xbf16, #gpu.address_space<workgroup>>,
                      %scratch: memref<8192xi8, #gpu.address_space<workgroup>>,
                      %o: memref<?x32x128xbf16>, %lse: memref<?x32xf32>,
                      %tmp: memref<?x32x128xf32>) {
  %qt = attn.load_q_tile %q[%x, %x] rope at %x
      {layout = #l, rope = #attn.rope<llama, rotary_dim = 128>, scale = 0.25 : f32}
      : memref<?x32x128xbf16> -> vector<4x128xf32>
  %m, %l, %acc = attn.init_state {layout = #l} : vector<4xf32>, vector<4x128xf32>
  %s = attn.tile_qk %qt, %ks[%x] rope at %x {layout = #l, rope = #attn.rope<llama, rotary_dim = 128>}
      : vector<4x128xf32>, memref<2x16x128xbf16, #gpu.address_space<workgroup>> -> vector<4x16xf32>
  %fo, %fl = attn.finalize %acc max %m sum %l scratch %scratch
      : memref<8192xi8, #gpu.address_space<workgroup>> {layout = #l, natural_lse}
      : vector<4x128xf32>, vector<4xf32>
  attn.store_output %fo, %fl into %o[%x, %x] lse %lse {layout = #l}
      : vector<4x128xf32>, vector<4xf32>, memref<?x32x128xbf16>, memref<?x32xf32>
  attn.store_output %fo, %fl into %tmp[%x, %x]
      : vector<4x128xf32>, vector<4xf32>, memref<?x32x128xf32>
  return
}

// -----

// One KV step of a prefill kernel in the tensor-core layout: 4 warps of one 16-row mma slice
// hold a 64-row tile; K/V tiles of 64 keys are copied by 8 groups of 8 rows (128 threads over
// 16 8-element chunks of a head_dim 128 row) into swizzled shared memory.
!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
#l = #attn.prefill_layout<warps = 4, slices = 1, rows_per_group = 8, vec = 8>
// CHECK: #prefill_layout = #attn.prefill_layout<warps = 4, slices = 1, rows_per_group = 8, vec = 8>
// CHECK-LABEL: func.func @prefill_ops
// CHECK: attn.init_state {layout = #prefill_layout} : vector<64xf32>, vector<64x128xf32>
// CHECK: attn.load_kv_tile {{.*}} {layout = #prefill_layout, swizzle} : !ragged_kv, memref<2x64x128xbf16, #gpu.address_space<workgroup>>
// CHECK: attn.tile_qk %{{.*}} {layout = #prefill_layout} : vector<64x128xbf16>, {{.*}} -> vector<64x64xf32>
// CHECK: attn.score_mod {{.*}} {layout = #prefill_layout, mask = #attn.mask<causal>, rows_per_position = 4 : i64, scale = 1.000000e+00 : f32} : vector<64x64xf32>
// CHECK: attn.online_softmax {{.*}} {layout = #prefill_layout} : vector<64x64xf32>, vector<64xf32>, vector<64x128xf32>
// CHECK: attn.tile_pv {{.*}} {layout = #prefill_layout} : vector<64x64xf32>, {{.*}} -> vector<64x128xf32>
// CHECK: attn.finalize {{.*}} {layout = #prefill_layout, natural_lse} : vector<64x128xf32>, vector<64xf32>
func.func @prefill_ops(%kv: !kv, %x: index, %q: vector<64x128xbf16>,
                       %ks: memref<2x64x128xbf16, #gpu.address_space<workgroup>>)
    -> (vector<64x128xf32>, vector<64xf32>) {
  %m, %l, %acc = attn.init_state {layout = #l} : vector<64xf32>, vector<64x128xf32>
  attn.load_kv_tile %kv[%x] head %x tile %x keys [%x, %x) into %ks, %ks [%x] {layout = #l, swizzle}
      : !kv, memref<2x64x128xbf16, #gpu.address_space<workgroup>>
  %s = attn.tile_qk %q, %ks[%x] {layout = #l}
      : vector<64x128xbf16>, memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<64x64xf32>
  %t = attn.score_mod %s rows %x cols %x keys %x
      {layout = #l, mask = #attn.mask<causal>, rows_per_position = 4, scale = 1.0 : f32}
      : vector<64x64xf32>
  %p, %m1, %l1, %a, %o1 = attn.online_softmax %t max %m sum %l acc %acc {layout = #l}
      : vector<64x64xf32>, vector<64xf32>, vector<64x128xf32>
  %o2 = attn.tile_pv %p, %ks[%x], %o1 {layout = #l}
      : vector<64x64xf32>, memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<64x128xf32>
  %o, %lse = attn.finalize %o2 max %m1 sum %l1 {layout = #l, natural_lse}
      : vector<64x128xf32>, vector<64xf32>
  return %o, %lse : vector<64x128xf32>, vector<64xf32>
}

// -----

// The prefill forms: packed Q rows staged in shared memory with RoPE at an offset position,
// per-row ALiBi slopes, a block-sparse K/V tile with aligned keys, in-place RoPE of a K tile,
// i32 positions with a row offset and clamped custom-mask reads, raw scores with the scale in
// the exponent, and packed output rows with a split's partial rows.
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
#l = #attn.prefill_layout<warps = 4, slices = 1, rows_per_group = 8, vec = 8>
// CHECK-LABEL: func.func @prefill_forms
// CHECK: attn.load_q_tile %{{.*}}[%{{.*}}, %{{.*}}] rows[%{{.*}}, %{{.*}}) rope at %{{.*}} offset %{{.*}}[%{{.*}}] : memref<?xi32> into %{{.*}} : memref<64x128xbf16, #gpu.address_space<workgroup>> {layout = #prefill_layout, rope = #attn.rope<llama, rotary_dim = 128>, rows_per_position = 4 : i64} : memref<?x32x128xbf16> -> vector<64x128xbf16>
// CHECK: attn.alibi_slopes head %{{.*}} rows %{{.*}} from %{{.*}} : memref<?xf32> {layout = #prefill_layout, num_heads = 32 : i64, rows_per_position = 4 : i64, scale = 1.100000e+01 : f64} : vector<64xf32>
// CHECK: attn.load_kv_tile %{{.*}}[%{{.*}}] head %{{.*}} tile %{{.*}} keys[%{{.*}}, %{{.*}}) blocks %{{.*}}[%{{.*}}] : memref<?xi32> into %{{.*}}, %{{.*}}[%{{.*}}] {keys_aligned = 8 : i64, layout = #prefill_layout, swizzle, tiles_per_block = 2 : i64}
// CHECK: attn.rope_k_tile %{{.*}}[%{{.*}}] at %{{.*}} offset %{{.*}}[%{{.*}}] : memref<?xi32> {layout = #prefill_layout, rope = #attn.rope<llama, rotary_dim = 128>} : memref<2x64x128xbf16, #gpu.address_space<workgroup>>
// CHECK: attn.score_mod %{{.*}} rows %{{.*}} offset %{{.*}} cols %{{.*}} keys %{{.*}} alibi %{{.*}} : vector<64xf32> custom %{{.*}}[%{{.*}}, %{{.*}}] : memref<?xi8> within %{{.*}}, %{{.*}} {all_visible, layout = #prefill_layout, mask = #attn.mask<custom>, rows_per_position = 4 : i64, scale = 0.0883{{[0-9]*}} : f64, soft_cap = 3.000000e+01 : f64} : vector<64x64xf32>, i32
// CHECK: attn.online_softmax {{.*}} {layout = #prefill_layout, scale = 1.4426950408889634 : f64}
// CHECK: attn.finalize {{.*}} {layout = #prefill_layout, natural_lse, scale = 1.4426950408889634 : f64}
// CHECK: attn.store_output %{{.*}}, %{{.*}} into %{{.*}}[%{{.*}}, %{{.*}}] lse %{{.*}} rows[%{{.*}}, %{{.*}}) slot %{{.*}} partial %{{.*}}, %{{.*}}[%{{.*}}] : memref<?x32x128xf32>, memref<?x32xf32> {layout = #prefill_layout, rows_per_position = 4 : i64}
func.func @prefill_forms(%qb: memref<?x32x128xbf16>, %kv: !kv, %x: index, %i: i32,
                         %qs: memref<64x128xbf16, #gpu.address_space<workgroup>>,
                         %ks: memref<2x64x128xbf16, #gpu.address_space<workgroup>>,
                         %slopes: memref<?xf32>, %blocks: memref<?xi32>, %bits: memref<?xi8>,
                         %o: memref<?x32x128xbf16>, %lse: memref<?x32xf32>,
                         %po: memref<?x32x128xf32>, %pl: memref<?x32xf32>,
                         %off: memref<?xi32>) {
  %q = attn.load_q_tile %qb[%x, %x] rows [%x, %x) rope at %x offset %off[%x] : memref<?xi32>
      into %qs
      : memref<64x128xbf16, #gpu.address_space<workgroup>>
      {layout = #l, rope = #attn.rope<llama, rotary_dim = 128>, rows_per_position = 4}
      : memref<?x32x128xbf16> -> vector<64x128xbf16>
  %sl = attn.alibi_slopes head %x rows %i from %slopes : memref<?xf32>
      {layout = #l, num_heads = 32, rows_per_position = 4, scale = 11.0 : f64} : vector<64xf32>
  %m, %l, %acc = attn.init_state {layout = #l} : vector<64xf32>, vector<64x128xf32>
  attn.load_kv_tile %kv[%x] head %x tile %x keys [%x, %x) blocks %blocks[%x] : memref<?xi32>
      into %ks, %ks [%x] {keys_aligned = 8, layout = #l, swizzle, tiles_per_block = 2}
      : !kv, memref<2x64x128xbf16, #gpu.address_space<workgroup>>
  attn.rope_k_tile %ks[%x] at %x offset %off[%x] : memref<?xi32> {layout = #l, rope = #attn.rope<llama, rotary_dim = 128>}
      : memref<2x64x128xbf16, #gpu.address_space<workgroup>>
  %s = attn.tile_qk %q, %ks[%x] {layout = #l}
      : vector<64x128xbf16>, memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<64x64xf32>
  %t = attn.score_mod %s rows %i offset %i cols %i keys %i alibi %sl : vector<64xf32>
      custom %bits[%x, %x] : memref<?xi8> within %i, %i
      {all_visible, layout = #l, mask = #attn.mask<custom>, rows_per_position = 4,
       scale = 0.08838834764831845 : f64, soft_cap = 30.0 : f64} : vector<64x64xf32>, i32
  %p, %m1, %l1, %a, %o1 = attn.online_softmax %t max %m sum %l acc %acc
      {layout = #l, scale = 1.4426950408889634 : f64}
      : vector<64x64xf32>, vector<64xf32>, vector<64x128xf32>
  %o2 = attn.tile_pv %p, %ks[%x], %o1 {layout = #l}
      : vector<64x64xf32>, memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<64x128xf32>
  %fo, %fl = attn.finalize %o2 max %m1 sum %l1 {layout = #l, natural_lse, scale = 1.4426950408889634 : f64}
      : vector<64x128xf32>, vector<64xf32>
  attn.store_output %fo, %fl into %o[%x, %x] lse %lse rows [%x, %x) slot %i
      partial %po, %pl [%x] : memref<?x32x128xf32>, memref<?x32xf32> {layout = #l, rows_per_position = 4}
      : vector<64x128xf32>, vector<64xf32>, memref<?x32x128xbf16>, memref<?x32xf32>
  return
}

// -----

// CHECK-LABEL: func.func @kv_tile_range
// CHECK: attn.kv_tile_range keys[%{{.*}}, %{{.*}}) rows[%{{.*}}, %{{.*}}) delta %{{.*}} {align = 16 : i64, mask = #attn.mask<causal, window_left = 1023>, rows_per_position = 4 : i64, tile_kv = 64 : i64}
func.func @kv_tile_range(%x: index) -> (index, index, index, index) {
  %lo, %n, %ub, %ue = attn.kv_tile_range keys [%x, %x) rows [%x, %x) delta %x
      {align = 16, mask = #attn.mask<causal, window_left = 1023>, rows_per_position = 4, tile_kv = 64}
  return %lo, %n, %ub, %ue : index, index, index, index
}

// -----

// A warp-specialized KV step (sm_90a): a producer warpgroup copies K/V tiles into a stage ring
// and signals an mbarrier per stage; the consumer warps wait for it, compute and free the
// stage on a second mbarrier.
!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
!bars = !nvgpu.mbarrier.group<memorySpace = #gpu.address_space<workgroup>, num_barriers = 4>
#w = #attn.prefill_layout<warps = 8, slices = 1, rows_per_group = 8, vec = 8, wgmma = true, producer_warps = 4>
// CHECK: #prefill_layout = #attn.prefill_layout<warps = 8, slices = 1, rows_per_group = 8, vec = 8, wgmma = true, producer_warps = 4>
// CHECK-LABEL: func.func @warp_specialized
// CHECK: attn.warp_specialize consumers 256 producers 128 registers(232, 40) producer {
// CHECK:   %[[BAR:.*]] = nvgpu.mbarrier.get
// CHECK:   attn.load_kv_tile {{.*}} arrive %[[BAR]] {async, layout = #prefill_layout, swizzle}
// CHECK: } consumer {
// CHECK:   nvgpu.mbarrier.try_wait.parity
// CHECK:   attn.tile_qk
// CHECK:   nvgpu.mbarrier.arrive
// CHECK: }
func.func @warp_specialized(%kv: !kv, %x: index, %parity: i1, %q: vector<128x128xbf16>,
                            %ks: memref<2x64x128xbf16, #gpu.address_space<workgroup>>) {
  %bars = nvgpu.mbarrier.create -> !bars
  attn.warp_specialize consumers 256 producers 128 registers(232, 40) producer {
    %full = nvgpu.mbarrier.get %bars[%x] : !bars -> i32
    attn.load_kv_tile %kv[%x] head %x tile %x keys [%x, %x) into %ks, %ks [%x] arrive %full
        {async, layout = #w, swizzle} : !kv, memref<2x64x128xbf16, #gpu.address_space<workgroup>>
  } consumer {
    %ticks = arith.constant 10000000 : index
    nvgpu.mbarrier.try_wait.parity %bars[%x], %parity, %ticks : !bars
    %s = attn.tile_qk %q, %ks[%x] {layout = #w}
        : vector<128x128xbf16>, memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<128x64xf32>
    %token = nvgpu.mbarrier.arrive %bars[%x] : !bars -> !nvgpu.mbarrier.token
  }
  return
}

// -----

// Two consumer warpgroups taking turns on the tensor cores.
// CHECK-LABEL: func.func @pingpong
// CHECK: attn.mma_turn start {warpgroups = 2 : i64}
// CHECK: attn.mma_turn acquire {warpgroups = 2 : i64}
// CHECK: attn.mma_turn release {warpgroups = 2 : i64}
func.func @pingpong() {
  attn.mma_turn start {warpgroups = 2}
  attn.mma_turn acquire {warpgroups = 2}
  attn.mma_turn release {warpgroups = 2}
  return
}

// -----

// The overlapped step of a warp-specialized sm_90a kernel (kernel_config overlap): S of the
// next tile and O += P V of this one issued without waiting (async), the softmax of the next
// tile without the accumulator (it returns alpha), the waits, then O rescaled.
#w = #attn.prefill_layout<warps = 8, slices = 1, rows_per_group = 4, vec = 8, wgmma = true, producer_warps = 4>
!smem2 = memref<2x128x128xbf16, #gpu.address_space<workgroup>>
// CHECK-LABEL: func.func @overlapped_step
// CHECK: %[[S:.*]] = attn.tile_qk %{{.*}}, %{{.*}}[%{{.*}}] {async, layout = #prefill_layout} : vector<128x128xbf16>, memref<2x128x128xbf16, #gpu.address_space<workgroup>> -> vector<128x128xf32>
// CHECK: %[[O:.*]] = attn.tile_pv %[[P:[^,]*]], %{{.*}}[%{{.*}}], %{{.*}} {async, layout = #prefill_layout} : vector<128x128xf32>, memref<2x128x128xbf16, #gpu.address_space<workgroup>> -> vector<128x128xf32>
// CHECK: %[[S1:.*]] = attn.wait_mma pending 1 %[[S]] {layout = #prefill_layout} : vector<128x128xf32>
// CHECK: %[[P1:.*]], %[[M1:.*]], %[[L1:.*]], %[[A:.*]] = attn.online_softmax %[[S1]] max %{{.*}} sum %{{.*}} {layout = #prefill_layout, scale = 1.250000e-01 : f64} : vector<128x128xf32>, vector<128xf32>{{$}}
// CHECK: %[[W:.*]]:2 = attn.wait_mma pending 0 %[[O]], %[[P]] {layout = #prefill_layout} : vector<128x128xf32>, vector<128x128xf32>
// CHECK: attn.rescale_acc %[[W]]#0 by %[[A]] {layout = #prefill_layout} : vector<128x128xf32>, vector<128xf32>
func.func @overlapped_step(%q: vector<128x128xbf16>, %ks: !smem2, %vs: !smem2, %x: index,
                           %m: vector<128xf32>, %l: vector<128xf32>, %o: vector<128x128xf32>,
                           %p: vector<128x128xf32>)
    -> (vector<128x128xf32>, vector<128x128xf32>, vector<128xf32>, vector<128xf32>) {
  %s = attn.tile_qk %q, %ks[%x] {async, layout = #w}
      : vector<128x128xbf16>, !smem2 -> vector<128x128xf32>
  %o1 = attn.tile_pv %p, %vs[%x], %o {async, layout = #w}
      : vector<128x128xf32>, !smem2 -> vector<128x128xf32>
  %s1 = attn.wait_mma pending 1 %s {layout = #w} : vector<128x128xf32>
  %p1, %m1, %l1, %a = attn.online_softmax %s1 max %m sum %l {layout = #w, scale = 0.125}
      : vector<128x128xf32>, vector<128xf32>
  %w:2 = attn.wait_mma pending 0 %o1, %p {layout = #w} : vector<128x128xf32>, vector<128x128xf32>
  %o2 = attn.rescale_acc %w#0 by %a {layout = #w} : vector<128x128xf32>, vector<128xf32>
  return %o2, %p1, %m1, %l1 : vector<128x128xf32>, vector<128x128xf32>, vector<128xf32>, vector<128xf32>
}
