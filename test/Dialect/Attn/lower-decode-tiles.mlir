// RUN: attn-opt %s -split-input-file -verify-diagnostics -pass-pipeline="builtin.module(gpu.module(attn-lower-tiles,canonicalize,cse))" | FileCheck %s

// One KV tile step and the epilogue of a decode kernel in #attn.decode_layout: 16 lanes of 8
// features, 2 thread rows of 2 heads each, 2 slices of 4 keys (rows_per_group 2), fused RoPE,
// a causal sliding window and a soft cap (Q not pre-scaled: scale != soft_cap).
#l = #attn.decode_layout<lanes = 16, heads = 2, slices = 2, heads_per_thread = 2, rows_per_group = 2, vec = 8>
#rope = #attn.rope<llama, rotary_dim = 128, theta = 1.0e4>
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 2, head_dim = 128, element_type = bf16>
!smem = memref<2x8x128xbf16, #gpu.address_space<workgroup>>
// CHECK-LABEL: gpu.func @decode_step
gpu.module @kernels {
  gpu.func @decode_step(%q: memref<?x8x128xbf16>, %k: memref<?x16x2x128xbf16>,
                        %v: memref<?x16x2x128xbf16>, %indptr: memref<?xi32>,
                        %indices: memref<?xi32>, %last: memref<?xi32>,
                        %o: memref<?x8x128xbf16>, %lse: memref<?x8xf32>,
                        %ks: !smem, %vs: !smem, %scratch: memref<4224xi8, #gpu.address_space<workgroup>>,
                        %row: index, %h0: index, %pos: index, %pb: index, %b: index, %e: index,
                        %n: index) kernel {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %c8 = arith.constant 8 : index
    %kv = attn.paged_kv k(%k : memref<?x16x2x128xbf16>) v(%v : memref<?x16x2x128xbf16>)
        indptr(%indptr : memref<?xi32>) indices(%indices : memref<?xi32>)
        last_page_len(%last : memref<?xi32>) : !kv
    // Thread coordinates once, at the kernel's entry: (tid % 16, tid / 16 % 2, tid / 32).
    // CHECK: %[[TID:.*]] = gpu.thread_id x
    // CHECK-DAG: %[[TX:.*]] = arith.remui %[[TID]], %c16
    // CHECK-DAG: %[[TZ:.*]] = arith.divui %[[TID]], %c32
    // The query features of the thread's two heads: loaded, widened, rotated (partner columns).
    // CHECK: vector.load %arg0[%arg11, %{{.*}}, %{{.*}}] {alignment = 16 : i64} : memref<?x8x128xbf16>, vector<8xbf16>
    // CHECK: math.cos
    %qt = attn.load_q_tile %q[%row, %h0] rope at %pos {layout = #l, rope = #rope, scale = 2.0 : f32}
        : memref<?x8x128xbf16> -> vector<4x128xf32>
    %m0, %l0, %a0 = attn.init_state {layout = #l} : vector<4xf32>, vector<4x128xf32>
    // The loop carries each head's max and sum and its 8 accumulator features.
    // CHECK: scf.for {{.*}} -> (f32, f32, f32, f32, vector<8xf32>, vector<8xf32>)
    %r:3 = scf.for %i = %c0 to %n step %c1 iter_args(%m = %m0, %l = %l0, %acc = %a0)
        -> (vector<4xf32>, vector<4xf32>, vector<4x128xf32>) {
      %st = arith.remui %i, %c2 : index
      // The thread group (tz * 2 + ty) copies 2 rows, one page lookup each.
      // CHECK: attn.kv_tile_pages %arg4[%arg14] tile %{{.*}} group %{{.*}} keys[%arg15, %arg16) {page_size = 16 : i64, rows_per_group = 2 : i64, tile_kv = 8 : i64} : memref<?xi32> -> index, index
      // CHECK: attn.copy_kv_tile
      attn.load_kv_tile %kv[%pb] head %c0 tile %i keys [%b, %e) into %ks, %vs [%st] {layout = #l}
          : !kv, !smem
      %start = arith.muli %i, %c8 : index
      // Each of the slice's 4 keys: rotated once, dotted with both heads, reduced over 16 lanes.
      // CHECK-COUNT-4: gpu.shuffle xor %{{.*}}, %c8_i32, %c32_i32 : f32
      %s = attn.tile_qk %qt, %ks[%st] rope at %start {layout = #l, rope = #rope}
          : vector<4x128xf32>, !smem -> vector<4x8xf32>
      // Scale, soft cap, causal window of 64 and the range end.
      // CHECK: math.tanh
      // CHECK: arith.cmpi ule
      // CHECK: arith.cmpi uge
      %t = attn.score_mod %s rows %pos cols %start keys %e
          {layout = #l, mask = #attn.mask<causal, window_left = 64>, rows_per_position = 4 : i64,
           scale = 0.5 : f32, soft_cap = 20.0 : f32} : vector<4x8xf32>
      // CHECK: arith.maximumf
      // CHECK: math.exp2
      %p, %m1, %l1, %al, %o1 = attn.online_softmax %t max %m sum %l acc %acc {layout = #l}
          : vector<4x8xf32>, vector<4xf32>, vector<4x128xf32>
      // CHECK: vector.fma
      %o2 = attn.tile_pv %p, %vs[%st], %o1 {layout = #l}
          : vector<4x8xf32>, !smem -> vector<4x128xf32>
      scf.yield %m1, %l1, %o2 : vector<4xf32>, vector<4xf32>, vector<4x128xf32>
    }
    // The slices meet in the scratch buffer: [2, 4, 128] accumulators, then maxima and sums.
    // CHECK: memref.view %arg10[%c0][] : memref<4224xi8, #gpu.address_space<workgroup>> to memref<2x4x128xf32, #gpu.address_space<workgroup>>
    // CHECK: gpu.barrier
    // CHECK: math.log2
    %fo, %fl = attn.finalize %r#2 max %r#0 sum %r#1 scratch %scratch
        : memref<4224xi8, #gpu.address_space<workgroup>> {layout = #l, natural_lse}
        : vector<4x128xf32>, vector<4xf32>
    // Slice 0 writes the rows (bf16), lane 0 the LSE.
    // CHECK: vector.store %{{.*}}, %arg6[%arg11, %{{.*}}, %{{.*}}] {alignment = 16 : i64} : memref<?x8x128xbf16>, vector<8xbf16>
    // CHECK: memref.store %{{.*}}, %arg7[%arg11, %{{.*}}] : memref<?x8xf32>
    attn.store_output %fo, %fl into %o[%row, %h0] lse %lse {layout = #l}
        : vector<4x128xf32>, vector<4xf32>, memref<?x8x128xbf16>, memref<?x8xf32>
    // Nothing of the tile level is left.
    // CHECK-NOT: attn.
    // CHECK-NOT: unrealized_conversion_cast
    // CHECK: gpu.return
    gpu.return
  }
}

// -----

// A variant the layout has no code for is an error, not a silent fallback.
#l = #attn.decode_layout<lanes = 16, heads = 1, slices = 1, heads_per_thread = 1, rows_per_group = 1, vec = 8>
gpu.module @kernels {
  gpu.func @alibi(%s0: vector<1x1xf32>, %x: index, %slope: f32) -> vector<1x1xf32> {
    // expected-error @+1 {{'attn.score_mod' op has no lowering in #attn.decode_layout}}
    %t = attn.score_mod %s0 rows %x cols %x keys %x alibi %slope : f32
        {layout = #l, mask = #attn.mask<none>, scale = 1.0 : f32} : vector<1x1xf32>
    gpu.return %t : vector<1x1xf32>
  }
}

// -----

// P with a user besides tile_pv: online_softmax and tile_pv lower one op at a time (all
// probabilities first, then the V rows and their FMAs); the other user reads P through the
// tile value that stands for its fragments.
#l = #attn.decode_layout<lanes = 16, heads = 1, slices = 1, heads_per_thread = 1, rows_per_group = 2, vec = 8>
!smem = memref<1x2x128xbf16, #gpu.address_space<workgroup>>
// CHECK-LABEL: gpu.func @unfused
// CHECK: math.exp2
// CHECK: %[[P0:.*]] = math.exp2
// CHECK: %[[P1:.*]] = math.exp2
// CHECK: %[[P:.*]] = builtin.unrealized_conversion_cast %[[P0]], %[[P1]] : f32, f32 to vector<1x2xf32>
// CHECK: vector.load %arg2
// CHECK: vector.load %arg2
// CHECK: vector.fma
// CHECK: vector.fma
// CHECK: gpu.return %[[P]]
gpu.module @kernels {
  gpu.func @unfused(%q: memref<?x1x128xbf16>, %ks: !smem, %vs: !smem,
                    %out: memref<?x1x128xf32>, %x: index) -> vector<1x2xf32> {
    %qt = attn.load_q_tile %q[%x, %x] {layout = #l} : memref<?x1x128xbf16> -> vector<1x128xf32>
    %m, %l, %acc = attn.init_state {layout = #l} : vector<1xf32>, vector<1x128xf32>
    %s = attn.tile_qk %qt, %ks[%x] {layout = #l} : vector<1x128xf32>, !smem -> vector<1x2xf32>
    %p, %m1, %l1, %a, %o1 = attn.online_softmax %s max %m sum %l acc %acc {layout = #l}
        : vector<1x2xf32>, vector<1xf32>, vector<1x128xf32>
    %o2 = attn.tile_pv %p, %vs[%x], %o1 {layout = #l} : vector<1x2xf32>, !smem -> vector<1x128xf32>
    %fo, %fl = attn.finalize %o2 max %m1 sum %l1 {layout = #l} : vector<1x128xf32>, vector<1xf32>
    attn.store_output %fo, %fl into %out[%x, %x] {layout = #l}
        : vector<1x128xf32>, vector<1xf32>, memref<?x1x128xf32>
    gpu.return %p : vector<1x2xf32>
  }
}
