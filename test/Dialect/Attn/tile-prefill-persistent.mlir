// The persistent warp-specialized prefill kernel (attn-plan persistent): one CTA per SM loops
// over the (KV head, work item) pairs below Hkv x num_work in rounds of gridDim.x (pair j of
// CTA c: j * G + c, or j * G + G - 1 - c in odd rounds) on both sides of the warp-specialized
// CTA. The stage ring is created once and runs on across the items: each side carries the
// ring's base (the tiles of the CTA's earlier items) and takes tile t's stage and parity from
// base + t. The consumers load each item's work and copy its Q tile one item ahead (the copies
// during the previous item's epilogue, between named barriers (13) over their 256 threads);
// the producer drains its copies once, after the last item. The manifest's tile says
// persistent = 1.
// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(attn-plan{prefill-mma=wgmma warp-specialize=true tma=true persistent=true},attn-outline,gpu.module(attn-tile,canonicalize,cse))" | FileCheck %s --check-prefix=TILE
// The overlapped consumer takes its stages from the same base.
// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(attn-plan{prefill-mma=wgmma warp-specialize=true overlap=true persistent=true},attn-outline,gpu.module(attn-tile,canonicalize,cse))" | FileCheck %s --check-prefix=OVER
// And the whole kernel lowers (the tile ops of each item, the branch of the two sides).
// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(attn-plan{prefill-mma=wgmma warp-specialize=true tma=true persistent=true},attn-outline,gpu.module(attn-tile,attn-lower-tiles,attn-pipeline,canonicalize,cse))" | FileCheck %s --check-prefix=LOWER

// TILE-LABEL: gpu.func @ragged_attention
// TILE:         %[[NUM:.*]] = memref.load %{{.*}}[%{{.*}}] : memref<1xi32>
// TILE:         %[[RING:.*]] = nvgpu.mbarrier.create
// TILE:         gpu.barrier
// TILE:         %[[UNITS:.*]] = arith.muli %{{.*}}, %c8 : index
// TILE:         attn.warp_specialize consumers 256 producers 128 registers(232, 40) producer {
// TILE:           %[[CTA:.*]] = gpu.block_id  x
// TILE:           %[[CTAS:.*]] = gpu.grid_dim  x
// The CTA's pairs: one in each of the units / G full rounds, one in the last round if its
// slot there (mirrored in odd rounds) is below the rest.
// TILE:           %[[FULL:.*]] = arith.divui %[[UNITS]], %[[CTAS]] : index
// TILE:           %[[FULLPAIRS:.*]] = arith.muli %[[FULL]], %[[CTAS]] : index
// TILE:           %[[REST:.*]] = arith.subi %[[UNITS]], %[[FULLPAIRS]] : index
// TILE:           %[[LASTCTA:.*]] = arith.subi %[[CTAS]], %c1 : index
// TILE:           %[[MIRROR:.*]] = arith.subi %[[LASTCTA]], %[[CTA]] : index
// TILE:           %[[LASTSLOT:.*]] = arith.select %{{.*}}, %[[MIRROR]], %[[CTA]] : index
// TILE:           %[[INLAST:.*]] = arith.cmpi ult, %[[LASTSLOT]], %[[REST]] : index
// TILE:           %[[EXTRA:.*]] = arith.select %[[INLAST]], %c1, %c0 : index
// TILE:           %[[COUNT:.*]] = arith.addi %[[FULL]], %[[EXTRA]] : index
// Pair j = j * G + (j odd ? G - 1 - cta : cta).
// TILE:           scf.for %[[J:.*]] = %c0 to %[[COUNT]] step %c1 iter_args(%[[BASE:.*]] = %c0) -> (index) {
// TILE:             %[[PAR:.*]] = arith.remui %[[J]], %c2 : index
// TILE:             %[[ODD:.*]] = arith.cmpi eq, %[[PAR]], %c1 : index
// TILE:             %[[SLOT:.*]] = arith.select %[[ODD]], %[[MIRROR]], %[[CTA]] : index
// TILE:             %[[START:.*]] = arith.muli %[[J]], %[[CTAS]] : index
// TILE:             %[[U:.*]] = arith.addi %[[START]], %[[SLOT]] : index
// TILE:             %[[HEAD:.*]] = arith.remui %[[U]], %c8 : index
// TILE:             %[[WORK:.*]] = arith.divui %[[U]], %c8 : index
// TILE:             memref.load %{{.*}}[%[[WORK]]]
// TILE:             %{{.*}}, %[[TILES:.*]], %{{.*}}, %{{.*}} = attn.kv_tile_range
// TILE:             scf.for %[[T:.*]] = %c0 to %[[TILES]] step %c1 {
// TILE:               %[[RT:.*]] = arith.addi %[[BASE]], %[[T]] : index
// TILE:               arith.remui %[[RT]], %c{{[0-9]+}} : index
// TILE:               nvgpu.mbarrier.try_wait.parity
// TILE:               attn.load_kv_tile {{.*}} head %[[HEAD]] tile %[[T]] {{.*}} maps(
// TILE:             }
// TILE:             %[[NEXT:.*]] = arith.addi %[[BASE]], %[[TILES]] : index
// TILE:             scf.yield %[[NEXT]] : index
// TILE:           }
// TILE-NEXT:      attn.commit_kv_tiles
// TILE-NEXT:      attn.wait_kv_tiles pending = 0
// The consumers copy the first pair's Q tile before their loop, and each next pair's after
// every consumer warp is done with the current one, before the current rows are written.
// TILE:         } consumer {
// TILE:           %[[CCTA:.*]] = gpu.block_id  x
// TILE:           %[[FIRST:.*]] = arith.cmpi ult, %[[CCTA]], %[[UNITS]] : index
// TILE-NEXT:      arith.select %[[FIRST]], %[[CCTA]], %c0 : index
// TILE:           scf.if %[[FIRST]] {
// TILE:             attn.load_q_tile {{.*}} into
// TILE-NOT:           staged
// TILE:           }
// TILE:           %[[CMIRROR:.*]] = arith.subi %{{.*}}, %[[CCTA]] : index
// TILE:           scf.for %[[CJ:.*]] = %c0 to %{{.*}} step %c1 iter_args(%[[CBASE:.*]] = %c0) -> (index) {
// TILE:             %[[CSLOT:.*]] = arith.select %{{.*}}, %[[CMIRROR]], %[[CCTA]] : index
// TILE:             %[[CSTART:.*]] = arith.muli %[[CJ]], %[[CCTAS:.*]] : index
// TILE:             %[[CU:.*]] = arith.addi %[[CSTART]], %[[CSLOT]] : index
// TILE:             attn.kv_tile_range
// The next pair's work is loaded before the item's KV loop (past the last pair: this pair's),
// so that its Q copies issue after the loop without waiting on a global load.
// TILE:             %[[CJ1:.*]] = arith.addi %[[CJ]], %c1 : index
// TILE:             %[[NSLOT:.*]] = arith.select %{{.*}}, %[[CMIRROR]], %[[CCTA]] : index
// TILE:             %[[NSTART:.*]] = arith.muli %[[CJ1]], %[[CCTAS]] : index
// TILE:             %[[NEXT:.*]] = arith.addi %[[NSTART]], %[[NSLOT]] : index
// TILE-NEXT:        %[[HAS:.*]] = arith.cmpi ult, %[[NEXT]], %[[UNITS]] : index
// TILE-NEXT:        %[[SAFE:.*]] = arith.select %[[HAS]], %[[NEXT]], %[[CU]] : index
// TILE:             %[[NWORK:.*]] = arith.divui %[[SAFE]], %c8 : index
// TILE:             memref.load %{{.*}}[%[[NWORK]]]
// TILE:             attn.wait_kv_tiles pending = 0
// TILE-NEXT:        nvvm.barrier id = %c13_i32 number_of_threads = %c256_i32
// TILE-NEXT:        %[[Q:.*]] = attn.load_q_tile {{.*}} staged
// TILE:             scf.for %[[CT:.*]] = %c0 to %{{.*}} step %c1 iter_args(
// TILE:               arith.addi %[[CBASE]], %[[CT]] : index
// TILE:               nvgpu.mbarrier.try_wait.parity
// TILE:               attn.tile_qk %[[Q]]
// TILE:               nvgpu.mbarrier.arrive
// TILE:             nvvm.barrier id = %c13_i32 number_of_threads = %c256_i32
// TILE-NEXT:        scf.if %[[HAS]] {
// TILE-NOT:             memref.load
// TILE:               attn.load_q_tile {{.*}} into
// TILE-NOT:             staged
// TILE:             }
// TILE:             attn.store_output
// TILE:             scf.yield
// TILE:           }
// TILE:         }
// TILE-NOT:     gpu.block_id  y
// TILE:         attn.kernel_abi @ragged_attention
// TILE-SAME:      persistent = 1 : i64

// OVER-LABEL: gpu.func @ragged_attention
// OVER:         } consumer {
// OVER:           scf.for %{{.*}} iter_args(%[[BASE:.*]] = %c0) -> (index) {
// OVER:             attn.tile_qk
// OVER:             scf.for %[[T:.*]] = %c0 to
// OVER:               arith.addi %[[BASE]], %[[T]] : index
// OVER:               attn.tile_qk {{.*}} {async,
// OVER:               attn.wait_mma

// LOWER-LABEL: gpu.func @ragged_attention
// LOWER:         nvvm.setmaxregister decrease 40
// LOWER:         scf.for {{.*}} -> (index) {
// LOWER:           attn.tma_copy_kv_tile
// LOWER:         nvvm.setmaxregister increase 232
// LOWER:         nvgpu.device_async_copy
// LOWER:         scf.for {{.*}} -> (index) {
// LOWER:           nvvm.barrier id = %{{.*}} number_of_threads = %{{.*}}
// LOWER-NOT:       nvgpu.device_async_copy
// LOWER:           wgmma.mma_async
// LOWER-NOT:       nvgpu.device_async_copy
// LOWER:           nvvm.barrier id = %{{.*}} number_of_threads = %{{.*}}
// LOWER:             nvgpu.device_async_copy
// LOWER:             vector.store
!ragged = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
func.func @ragged(%q: memref<?x32x128xbf16>, %qo: memref<?xi32>, %k: memref<?x8x128xbf16>,
                  %v: memref<?x8x128xbf16>, %ki: memref<?xi32>, %o: memref<?x32x128xbf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x8x128xbf16>) v(%v : memref<?x8x128xbf16>)
          indptr(%ki : memref<?xi32>) : !ragged
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qo : memref<?xi32>) kv(%kv : !ragged)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>}
  return
}

// -----

// A paged cache of 16-key pages, page by page (TMA) or by the producer's cp.async copies.
// TILE-LABEL: gpu.func @paged_attention
// TILE:         attn.warp_specialize
// TILE:           scf.for {{.*}} iter_args(%[[BASE:.*]] = %c0) -> (index) {
// TILE:             attn.load_kv_tile
// TILE:         attn.kernel_abi @paged_attention
// TILE-SAME:      persistent = 1 : i64
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @paged(%q: memref<?x32x128xbf16>, %qo: memref<?xi32>, %k: memref<?x16x8x128xbf16>,
                 %v: memref<?x16x8x128xbf16>, %ki: memref<?xi32>, %kx: memref<?xi32>,
                 %kl: memref<?xi32>, %o: memref<?x32x128xbf16>) {
  %kv = attn.paged_kv k(%k : memref<?x16x8x128xbf16>) v(%v : memref<?x16x8x128xbf16>)
          indptr(%ki : memref<?xi32>) indices(%kx : memref<?xi32>) last_page_len(%kl : memref<?xi32>) : !kv
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qo : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>}
  return
}
