// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(attn-outline,gpu.module(attn-tile,attn-lower-tiles,canonicalize,cse))" | FileCheck %s

// The prefill tile ops (attn-tile, tile-prefill.mlir) lowered by the #attn.prefill_layout
// patterns, one kernel of each variant family.
// A causal GQA 2:1 prefill over ragged K/V, head_dim 64, one warp per 16-row Q
// tile and 16-key KV tiles: the Q tile goes to swizzled shared memory, each KV tile arrives
// through a swizzled synchronous attn.copy_kv_tile (no page lookup for ragged K/V), and the
// tile is computed by one of two bodies, with or without the per-element mask.
// CHECK-LABEL: gpu.func @prefill_attention
// CHECK-NOT: attn.attention
// CHECK-NOT: attn.load_q_tile
// CHECK-DAG: %[[KVH:.*]] = gpu.block_id x
// CHECK-DAG: %[[W:.*]] = gpu.block_id y
// CHECK: %[[SMEM:.*]] = gpu.dynamic_shared_memory
// CHECK: %[[QS:.*]] = memref.view %[[SMEM]][%c0{{.*}}][] : {{.*}} to memref<16x64xbf16, #gpu.address_space<workgroup>>
// CHECK: %[[KS:.*]] = memref.view %[[SMEM]][%c2048{{.*}}][] : {{.*}} to memref<2x16x64xbf16, #gpu.address_space<workgroup>>
// CHECK: %[[VS:.*]] = memref.view %[[SMEM]][%c6144{{.*}}][] : {{.*}} to memref<2x16x64xbf16, #gpu.address_space<workgroup>>
// The work item: request, Q tile, key range.
// CHECK: memref.load %{{.*}}[%[[W]]] : memref<?xi32>
// CHECK: memref.load %{{.*}}[%[[W]]] : memref<?xi32>
// The Q tile, asynchronously and swizzled (chunk c of row r at chunk c ^ (r % 8)), in a
// commit group of its own.
// CHECK: %[[QCHUNK:.*]] = arith.xori
// CHECK: nvgpu.device_async_copy %arg0[{{.*}}], %[[QS]][{{.*}}], 8 {bypassL1} : memref<?x4x64xbf16> to memref<16x64xbf16, #gpu.address_space<workgroup>>
// CHECK: attn.commit_kv_tiles
// CHECK: scf.for %[[T:.*]] = %c0{{.*}} to %{{.*}} step %c1{{.*}} iter_args(
// CHECK-NOT: attn.kv_tile_pages
// CHECK: attn.copy_kv_tile k(%arg2 : memref<?x2x64xbf16>) v(%arg3 : memref<?x2x64xbf16>) pages() head %[[KVH]] {{.*}} tile %[[T]] {{.*}} into(%[[KS]], %[[VS]] : {{.*}}) {{.*}}{keys32, page_size = 1 : i64, rows_per_group = 4 : i64, swizzle, tile_kv = 16 : i64, vec = 8 : i64}
// CHECK: gpu.barrier
// CHECK: %[[BODY:.*]]:12 = scf.if %{{.*}} -> (f32, f32, f32, f32, vector<2x2xf32>, vector<2x2xf32>
// Masked body: S = Q K^T on tensor cores ...
// CHECK: nvgpu.ldmatrix %[[QS]][{{.*}}] {numTiles = 4 : i32, transpose = false} : memref<16x64xbf16, #gpu.address_space<workgroup>> -> vector<4x2xbf16>
// CHECK: %[[KF:.*]] = nvgpu.ldmatrix %[[KS]][{{.*}}] {numTiles = 4 : i32, transpose = false}
// CHECK: vector.extract_strided_slice %[[KF]] {offsets = [0, 0], sizes = [2, 2], strides = [1, 1]}
// CHECK: attn.mma {{.*}} : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
// ... the mask: key offset n * 8 + e below the end of the range and at most the row's causal
// limit (position - (tileStart + c2)), compared as constants against per-row limits ...
// CHECK: %[[INEND:.*]] = arith.cmpi sgt, %[[ENDLIM:.*]], %c0_i32 : i32
// CHECK: %[[CAUSAL:.*]] = arith.cmpi sge, %[[ROWLIM:.*]], %c0_i32 : i32
// CHECK: %[[VALID:.*]] = arith.andi %[[INEND]], %[[CAUSAL]] : i1
// CHECK: arith.select %[[VALID]], %{{.*}}, %cst
// ... the row max over the four lanes of a row; l and O are rescaled (a warp-uniform branch)
// only when some row of the warp has a score more than 2^8 above its running max ...
// CHECK: gpu.shuffle  xor %{{.*}}, %c1_i32
// CHECK: gpu.shuffle  xor %{{.*}}, %c2_i32
// CHECK: %[[LIMIT:.*]] = arith.addf %[[M:.*]], %{{.*}} : f32
// CHECK: arith.cmpf ogt, %[[ROWMAX:.*]], %[[LIMIT]] : f32
// CHECK: %[[ANY:.*]] = nvvm.vote.sync  any %c-1_i32, %{{.*}} -> i1
// CHECK: scf.if %[[ANY]] -> (f32, f32, f32, f32, vector<2x2xf32>
// CHECK: %[[MNEW:.*]] = arith.maximumf %[[M]], %[[ROWMAX]] : f32
// CHECK: math.exp2
// CHECK: } else {
// CHECK-NEXT: scf.yield %[[M]],
// ... then the exponentials against the (possibly moved) max ...
// CHECK: math.exp2
// ... P (bf16) times V through transposed ldmatrix.
// CHECK: arith.truncf %{{.*}} : vector<4x2xf32> to vector<4x2xbf16>
// CHECK: nvgpu.ldmatrix %[[VS]][{{.*}}] {numTiles = 4 : i32, transpose = true}
// CHECK: attn.mma
// The unmasked body has no comparison before its exponentials.
// CHECK: } else {
// CHECK: attn.mma
// CHECK-NOT: arith.cmpi
// CHECK: math.exp2
// CHECK: scf.yield
// CHECK: gpu.barrier
// CHECK: scf.yield %[[BODY]]#0
// Rows are written where they exist: o / l and, with lse, the natural-log lse.
// CHECK: scf.if
// CHECK: vector.store %{{.*}}, %arg{{[0-9]+}}[{{.*}}] {alignment = 4 : i64} : memref<?x4x64xbf16>, vector<2xbf16>
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

// Paged K/V (HND) with a sliding window and split-KV partials: the page lookup feeds the copy
// (one page id per copy group: its 16 rows of a tile lie in one 16-token page, the window's
// first key being rounded down to a page boundary), the window adds a lower bound to the mask,
// and a split item writes f32 partial rows.
// CHECK-LABEL: gpu.func @paged_window_attention
// CHECK-SAME: attn.programmatic_primary
// CHECK: %[[LO:.*]] = arith.maxsi
// CHECK: %[[INPAGE:.*]] = arith.remui %[[LO]], %c16
// CHECK: arith.subi %[[LO]], %[[INPAGE]]
// CHECK: scf.for
// CHECK: %[[P:.*]] = attn.kv_tile_pages {{.*}} -> index
// CHECK: attn.copy_kv_tile {{.*}} pages(%[[P]]) {{.*}}{hnd, keys32, page_size = 16 : i64, rows_per_group = 16 : i64, swizzle
// CHECK: arith.cmpi sge, %{{.*}}, %c0_i32
// CHECK: arith.cmpi sle, %{{.*}}, %c0_i32
// CHECK: memref.store %{{.*}}, %arg{{.*}} : memref<?x8xf32>
// CHECK: vector.store %{{.*}}, %arg{{.*}} {alignment = 4 : i64} : memref<?x8x128xf32>, vector<2xf32>
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

// Fused RoPE and ALiBi: Q is rotated on its way to shared memory (at position
// i + kv_len - qo_len), each K tile in place after it lands (first-half threads rotate both
// halves of their pairs, between two barriers), and the standard ALiBi slope of each of the
// thread's rows is computed once before the loop and added to every score.
// CHECK-LABEL: gpu.func @rope_alibi_attention
// CHECK: math.cos
// CHECK: math.sin
// CHECK: vector.store {{.*}} : memref<128x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
// CHECK: math.exp2
// CHECK: scf.for
// CHECK: attn.copy_kv_tile
// CHECK-NEXT: gpu.barrier
// CHECK-NOT: attn.mma
// CHECK: scf.if %{{.*}} {
// CHECK: math.cos
// CHECK: vector.store {{.*}} : memref<2x64x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
// CHECK: gpu.barrier
// CHECK: attn.mma
// CHECK: math.fma
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

// A custom bit-packed mask: every tile is computed by the one masked body (no unmasked
// variant), and each score's bit i * kv_len + key of the request's mask (at byte offset
// mask_indptr[b]) is loaded and tested next to the range check.
// CHECK-LABEL: gpu.func @custom_attention
// CHECK: scf.for
// CHECK-NOT: scf.if %{{.*}} -> (f32
// CHECK: attn.mma
// CHECK: %[[BYTE:.*]] = memref.load %arg{{[0-9]+}}[%{{.*}}] : memref<?xi8>
// CHECK: %[[WORD:.*]] = arith.extui %[[BYTE]] : i8 to i32
// CHECK: %[[SHIFTED:.*]] = arith.shrui %[[WORD]], %{{.*}} : i32
// CHECK: %[[BIT:.*]] = arith.andi %[[SHIFTED]], %c1_i32 : i32
// CHECK: %[[SET:.*]] = arith.cmpi ne, %[[BIT]], %c0_i32 : i32
// CHECK: arith.andi %{{.*}}, %[[SET]] : i1
// CHECK: math.exp2
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
// the blocks listed for the Q tile's block row (two per block; none for a request without
// keys, whose key clamps would not hold), the page lookup and the copy
// find a tile's keys through the block list, and only a tile that reaches past the request's
// keys takes the masked body.
// CHECK-LABEL: gpu.func @block_sparse_attention
// CHECK: %[[HASKEYS:.*]] = arith.cmpi ugt, %{{.*}}, %c0 : index
// CHECK: %[[ROWS:.*]] = arith.subi
// CHECK: %[[TILES:.*]] = arith.muli %{{.*}}, %c2 : index
// CHECK: %[[N:.*]] = arith.select %[[HASKEYS]], %[[TILES]], %c0 : index
// CHECK: scf.for %[[T:.*]] = %c0{{.*}} to %[[N]] step
// CHECK: %[[P:.*]] = attn.kv_tile_pages {{.*}} tile %[[T]] {{.*}} blocks %arg{{[0-9]+}}[%[[BB:.*]]] : memref<?xi32> {keys32, page_size{{.*}}tiles_per_block = 2 : i64
// CHECK: attn.copy_kv_tile {{.*}} tile %[[T]] {{.*}} blocks %arg{{[0-9]+}}[%[[BB]]] : memref<?xi32> into({{.*}}tiles_per_block = 2 : i64
// CHECK: gpu.barrier
// CHECK: arith.divui %[[T]], %c2
// CHECK: memref.load
// CHECK: %[[START:.*]] = arith.select
// CHECK: %[[END:.*]] = arith.addi %[[START]], %c64
// CHECK: %[[CUT:.*]] = arith.cmpi ult, %{{.*}}, %[[END]]
// CHECK: scf.if %[[CUT]] -> (f32
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

// -----

// attn.kv_tile_range in index arithmetic: the rows' first and last positions, the causal end
// and the window's start (rounded down to the alignment), the tile count and the tiles every
// row sees whole.
// CHECK-LABEL: gpu.func @range
// CHECK-SAME: (%[[KB:.*]]: index, %[[KE:.*]]: index, %[[B:.*]]: index, %[[E:.*]]: index, %[[D:.*]]: index)
// CHECK: %[[Q0:.*]] = arith.divui %[[B]], %c4
// CHECK: %[[P0:.*]] = arith.addi %[[Q0]], %[[D]]
// CHECK: %[[Q1:.*]] = arith.divui %{{.*}}, %c4
// CHECK: %[[P1:.*]] = arith.addi %[[Q1]], %[[D]]
// CHECK: %[[HI:.*]] = arith.minsi %[[KE]], %{{.*}}
// CHECK: %[[LO0:.*]] = arith.maxsi %[[KB]], %{{.*}}
// CHECK: %[[REM:.*]] = arith.remui %[[LO0]], %c16
// CHECK: %[[LO:.*]] = arith.subi %[[LO0]], %[[REM]]
// CHECK: arith.floordivsi
// CHECK: arith.ceildivsi
// CHECK-NOT: attn.kv_tile_range
gpu.module @kernels {
  gpu.func @range(%kb: index, %ke: index, %b: index, %e: index, %d: index)
      -> (index, index, index, index) {
    %lo, %n, %ub, %ue = attn.kv_tile_range keys [%kb, %ke) rows [%b, %e) delta %d
        {align = 16, mask = #attn.mask<causal, window_left = 100>, rows_per_position = 4,
         tile_kv = 64}
    gpu.return %lo, %n, %ub, %ue : index, index, index, index
  }
}
