// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(attn-outline,gpu.module(attn-tile,canonicalize,cse))" | FileCheck %s

// attn-tile on a causal GQA 2:1 prefill over ragged K/V, head_dim 64, one warp per 16-row Q
// tile and 16-key KV tiles, at the tile level in #attn.prefill_layout: the Q tile staged in
// shared memory, a loop over KV tiles whose tiles the causal mask cuts through take the masked
// body (else the same ops with all_visible; attn.kv_tile_range says which tiles those are),
// raw scores with the softmax scale in the exponent,
// finalize and the store of the packed rows. No lane-level code yet.
// CHECK-LABEL: gpu.func @prefill_attention
// CHECK-NOT: attn.attention
// CHECK: %[[KVH:.*]] = gpu.block_id x
// CHECK: %[[QS:.*]] = memref.view {{.*}} to memref<16x64xbf16, #gpu.address_space<workgroup>>
// CHECK: %[[Q:.*]] = attn.load_q_tile %arg0[%{{.*}}, %[[KVH]]] rows[%{{.*}}, %{{.*}}) into %[[QS]] : {{.*}} {layout = #prefill_layout, rows_per_position = 2 : i64} : memref<?x4x64xbf16> -> vector<16x64xbf16>
// CHECK: %[[M:.*]], %[[L:.*]], %[[ACC:.*]] = attn.init_state {layout = #prefill_layout} : vector<16xf32>, vector<16x64xf32>
// CHECK: scf.for %[[T:.*]] = {{.*}} iter_args(%[[MI:.*]] = %[[M]], %[[LI:.*]] = %[[L]], %[[AI:.*]] = %[[ACC]])
// CHECK: %[[STAGE:.*]] = arith.remui %[[T]], %c2
// CHECK: attn.load_kv_tile %{{.*}} head %[[KVH]] tile %[[T]] {{.*}} {layout = #prefill_layout, swizzle}
// CHECK: gpu.barrier
// CHECK: scf.if %{{.*}} -> (vector<16xf32>, vector<16xf32>, vector<16x64xf32>) {
// CHECK: %[[S:.*]] = attn.tile_qk %[[Q]], %{{.*}}[%[[STAGE]]] {layout = #prefill_layout}
// CHECK: %[[SM:.*]] = attn.score_mod %[[S]] rows %{{.*}} offset %{{.*}} cols %{{.*}} keys %{{.*}} {layout = #prefill_layout, mask = #attn.mask<causal>, rows_per_position = 2 : i64, scale = 1.000000e+00 : f32} : vector<16x16xf32>, i32
// CHECK: %[[P:.*]], %[[M1:.*]], %[[L1:.*]], %{{.*}}, %[[A1:.*]] = attn.online_softmax %[[SM]] max %[[MI]] sum %[[LI]] acc %[[AI]] {layout = #prefill_layout, scale = 0.18033688011112042 : f64}
// CHECK: %[[A2:.*]] = attn.tile_pv %[[P]], %{{.*}}[%[[STAGE]]], %[[A1]]
// CHECK: scf.yield %[[M1]], %[[L1]], %[[A2]]
// CHECK: } else {
// CHECK: attn.score_mod {{.*}} {all_visible, layout = #prefill_layout
// CHECK: attn.recompute
// CHECK: %[[O:.*]], %[[LSE:.*]] = attn.finalize {{.*}} {layout = #prefill_layout, natural_lse, scale = 0.18033688011112042 : f64}
// CHECK: attn.store_output %[[O]], %[[LSE]] into %arg12[{{.*}}] rows[{{.*}}) slot %{{.*}} {layout = #prefill_layout, rows_per_position = 2 : i64}
// CHECK-NOT: gpu.shuffle
// CHECK-NOT: attn.mma
// CHECK: gpu.return

!kv = !attn.ragged_kv<num_heads = 2, head_dim = 64, element_type = bf16>
func.func @prefill(%q: memref<?x4x64xbf16>, %qo: memref<?xi32>, %k: memref<?x2x64xbf16>,
                   %v: memref<?x2x64xbf16>, %ki: memref<?xi32>, %o: memref<?x4x64xbf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x2x64xbf16>) v(%v : memref<?x2x64xbf16>)
          indptr(%ki : memref<?xi32>) : !kv
  attn.attention q(%q : memref<?x4x64xbf16>) qo_indptr(%qo : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x4x64xbf16>)
      {mask = #attn.mask<causal>,
       kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 32, tile_q = 16,
                                           tile_kv = 16, stages = 2, split_kv = false, vec = 8>}
  return
}

// -----

// Paged K/V (HND) with a sliding window and split-KV partials: the window's first key is
// rounded down to a page boundary (keys_aligned lets the lowering look up one page per 16
// rows), the unmasked tiles are a range, and a split work item stores its partial rows. The
// pools are read through views whose page stride is the kv_page_stride argument.
// CHECK-LABEL: gpu.func @paged_window_attention
// CHECK-SAME: %arg7: i32 {attn.param = "kv_page_stride"}
// CHECK-SAME: attn.programmatic_primary
// CHECK: %[[STRIDE:.*]] = arith.index_castui %arg7 : i32 to index
// CHECK: %[[KP:.*]] = memref.reinterpret_cast %arg2 to offset: [0], sizes: [%{{.*}}, 1, 16, 128], strides: [%[[STRIDE]], 2048, 128, 1] : memref<?x1x16x128xf16> to memref<?x1x16x128xf16, strided<[?, 2048, 128, 1]>>
// CHECK: %[[VP:.*]] = memref.reinterpret_cast %arg3 to offset: [0], sizes: [%{{.*}}, 1, 16, 128], strides: [%[[STRIDE]], 2048, 128, 1]
// CHECK: attn.paged_kv k(%[[KP]] : {{.*}}) v(%[[VP]] : {{.*}})
// CHECK: %[[ALIGNED:.*]], %[[N:.*]], %{{.*}}, %{{.*}} = attn.kv_tile_range keys[%{{.*}}, %{{.*}}) rows[%{{.*}}, %{{.*}}) delta %{{.*}} {align = 16 : i64, mask = #attn.mask<causal, window_left = 255>, rows_per_position = 8 : i64, tile_kv = 64 : i64}
// CHECK: scf.for %{{.*}} = %c0 to %[[N]]
// CHECK: attn.load_kv_tile {{.*}} keys[%[[ALIGNED]], %{{.*}}) into {{.*}} {keys_aligned = 16 : i64, layout = #prefill_layout, swizzle} : !paged_kv
// CHECK: arith.ori
// CHECK: attn.score_mod {{.*}}mask = #attn.mask<causal, window_left = 255>
// CHECK: attn.store_output {{.*}} lse %arg16 rows[{{.*}}) slot %{{.*}} partial %arg17, %arg18[%{{.*}}] : memref<?x8x128xf32>, memref<?x8xf32>
!kvp = !attn.paged_kv<page_size = 16, layout = hnd, num_heads = 1, head_dim = 128, element_type = f16>
func.func @paged_window(%q: memref<?x8x128xf16>, %qo: memref<?xi32>, %kc: memref<?x1x16x128xf16>,
                        %vc: memref<?x1x16x128xf16>, %ki: memref<?xi32>, %kx: memref<?xi32>,
                        %kl: memref<?xi32>, %o: memref<?x8x128xf16>, %lse: memref<?x8xf32>) {
  %kv = attn.paged_kv k(%kc : memref<?x1x16x128xf16>) v(%vc : memref<?x1x16x128xf16>)
          indptr(%ki : memref<?xi32>) indices(%kx : memref<?xi32>)
          last_page_len(%kl : memref<?xi32>) : !kvp
  attn.attention q(%q : memref<?x8x128xf16>) qo_indptr(%qo : memref<?xi32>) kv(%kv : !kvp)
      outs(%o : memref<?x8x128xf16>, %lse : memref<?x8xf32>)
      {mask = #attn.mask<causal, window_left = 255>,
       kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 64, tile_q = 32,
                                           tile_kv = 64, stages = 2, split_kv = true, vec = 8>}
  return
}

// -----

// Fused RoPE and ALiBi: Q rotated at its rows' positions on the way to shared memory, each K
// tile rotated in place between two barriers, and the standard slope of each row's head in
// raw-score units (1 / sm_scale) biasing the scores.
// CHECK-LABEL: gpu.func @rope_alibi_attention
// CHECK: attn.load_q_tile {{.*}} rope at %{{.*}} into {{.*}}rope = #attn.rope<llama, rotary_dim = 128, theta = 5.000000e+05>
// CHECK: %[[SLOPES:.*]] = attn.alibi_slopes head %{{.*}} rows %{{.*}} {layout = #prefill_layout, num_heads = 32 : i64, rows_per_position = 4 : i64, scale = 11.31{{[0-9]*}} : f64} : vector<128xf32>
// CHECK: scf.for
// CHECK: attn.load_kv_tile
// CHECK-NEXT: gpu.barrier
// CHECK: attn.rope_k_tile %{{.*}}[%{{.*}}] at %{{.*}} {layout = #prefill_layout, rope = {{.*}}}
// CHECK-NEXT: gpu.barrier
// CHECK: attn.score_mod {{.*}} alibi %[[SLOPES]] : vector<128xf32>
!kvr = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
func.func @rope_alibi(%q: memref<?x32x128xbf16>, %qo: memref<?xi32>, %k: memref<?x8x128xbf16>,
                      %v: memref<?x8x128xbf16>, %ki: memref<?xi32>, %o: memref<?x32x128xbf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x8x128xbf16>) v(%v : memref<?x8x128xbf16>)
          indptr(%ki : memref<?xi32>) : !kvr
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qo : memref<?xi32>) kv(%kv : !kvr)
      outs(%o : memref<?x32x128xbf16>)
      {mask = #attn.mask<causal>, alibi,
       rope = #attn.rope<llama, rotary_dim = 128, theta = 500000.0>,
       kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128,
                                           tile_kv = 64, stages = 2, split_kv = false, vec = 8>}
  return
}

// -----

// A custom bit-packed mask: every tile takes the one masked body; the mask's rows start at bit
// mask_indptr[b] * 8, kv_len bits each, and reads are clamped to the request's rows and keys.
// CHECK-LABEL: gpu.func @custom_attention
// CHECK: scf.for
// CHECK-NOT: scf.if
// CHECK: attn.score_mod {{.*}} custom %arg{{[0-9]+}}[%{{.*}}, %{{.*}}] : memref<?xi8> within %{{.*}}, %{{.*}} {layout = #prefill_layout, mask = #attn.mask<custom>
// CHECK: gpu.barrier
// CHECK-NEXT: scf.yield
!kvc = !attn.ragged_kv<num_heads = 2, head_dim = 64, element_type = f16>
func.func @custom(%q: memref<?x8x64xf16>, %qo: memref<?xi32>, %k: memref<?x2x64xf16>,
                  %v: memref<?x2x64xf16>, %ki: memref<?xi32>, %m: memref<?xi8>,
                  %mi: memref<?xi32>, %o: memref<?x8x64xf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x2x64xf16>) v(%v : memref<?x2x64xf16>)
          indptr(%ki : memref<?xi32>) : !kvc
  attn.attention q(%q : memref<?x8x64xf16>) qo_indptr(%qo : memref<?xi32>) kv(%kv : !kvc)
      custom_mask(%m : memref<?xi8>) mask_indptr(%mi : memref<?xi32>)
      outs(%o : memref<?x8x64xf16>)
      {mask = #attn.mask<custom>,
       kernel_config = #attn.kernel_config<strategy = prefill, sm = 80, threads = 128, tile_q = 64,
                                           tile_kv = 64, stages = 2, split_kv = true, vec = 8>}
  return
}

// -----

// A block-sparse mask over [64, 128] blocks with 64-key tiles: the loop runs over the tiles of
// the blocks listed for the Q tile's block row, the K/V tiles found through the list.
// CHECK-LABEL: gpu.func @block_sparse_attention
// CHECK: %[[N:.*]] = arith.select %{{.*}}, %{{.*}}, %c0 : index
// CHECK: scf.for %[[T:.*]] = %c0{{.*}} to %[[N]]
// CHECK: attn.load_kv_tile {{.*}} tile %[[T]] keys[%c0{{.*}}, %{{.*}}) blocks %arg{{[0-9]+}}[%{{.*}}] : memref<?xi32> into {{.*}}tiles_per_block = 2 : i64}
// CHECK: scf.if %{{.*}} -> (vector<128xf32>
// CHECK: attn.score_mod {{.*}}mask = #attn.mask<block_sparse, block = [64, 128]>
!kvb = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 4, head_dim = 128,
                      element_type = bf16>
func.func @block_sparse(%q: memref<?x16x128xbf16>, %qo: memref<?xi32>,
                        %kc: memref<?x16x4x128xbf16>, %vc: memref<?x16x4x128xbf16>,
                        %ki: memref<?xi32>, %kx: memref<?xi32>, %kl: memref<?xi32>,
                        %bi: memref<?xi32>, %bx: memref<?xi32>, %o: memref<?x16x128xbf16>) {
  %kv = attn.paged_kv k(%kc : memref<?x16x4x128xbf16>) v(%vc : memref<?x16x4x128xbf16>)
          indptr(%ki : memref<?xi32>) indices(%kx : memref<?xi32>)
          last_page_len(%kl : memref<?xi32>) : !kvb
  attn.attention q(%q : memref<?x16x128xbf16>) qo_indptr(%qo : memref<?xi32>) kv(%kv : !kvb)
      block_indptr(%bi : memref<?xi32>) block_indices(%bx : memref<?xi32>)
      outs(%o : memref<?x16x128xbf16>)
      {mask = #attn.mask<block_sparse, block = [64, 128]>,
       kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128,
                                           tile_kv = 64, stages = 2, split_kv = false, vec = 8>}
  return
}
