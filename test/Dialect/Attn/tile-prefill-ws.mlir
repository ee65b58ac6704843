// The warp-specialized prefill kernel (attn-plan warp-specialize, on wgmma): at the tile
// level, the ring of mbarriers, the one CTA barrier after the Q tile, and attn.warp_specialize
// with the copies on the producer side and the tile math on the consumer side; attn-lower-tiles
// turns it into a branch on the thread index with the register budgets.
// RUN: attn-opt %s -pass-pipeline="builtin.module(attn-plan{prefill-mma=wgmma warp-specialize=true},attn-outline,gpu.module(attn-tile,canonicalize,cse))" | FileCheck %s --check-prefix=TILE
// RUN: attn-opt %s -pass-pipeline="builtin.module(attn-plan{prefill-mma=wgmma warp-specialize=true},attn-outline,gpu.module(attn-tile,attn-lower-tiles,attn-pipeline,canonicalize,cse))" | FileCheck %s --check-prefix=LOWER
// With overlap (FA3's intra-warpgroup pipelining): the first tile's softmax before the loop,
// S of tile t + 1 and P_t V_t issued asynchronously in iteration t, the softmax of tile t + 1
// between wait_group 1 and wait_group 0, the last P V after the loop; no tile, no work.
// RUN: attn-opt %s -pass-pipeline="builtin.module(attn-plan{prefill-mma=wgmma warp-specialize=true overlap=true},attn-outline,gpu.module(attn-tile,canonicalize,cse))" | FileCheck %s --check-prefix=OVL
// RUN: attn-opt %s -pass-pipeline="builtin.module(attn-plan{prefill-mma=wgmma warp-specialize=true overlap=true pingpong=true},attn-outline,gpu.module(attn-tile,canonicalize,cse))" | FileCheck %s --check-prefix=OVPP
// RUN: attn-opt %s -pass-pipeline="builtin.module(attn-plan{prefill-mma=wgmma warp-specialize=true overlap=true},attn-outline,gpu.module(attn-tile,attn-lower-tiles,attn-pipeline,canonicalize,cse))" | FileCheck %s --check-prefix=OVLOWER
// With early_kv: no wait for the Q tile before the CTA barrier, so the producer's first copies
// go out with Q's; the consumers alone wait for their Q copies and meet at their named barrier
// (13, over the 256 consumer threads) before the first tile.
// RUN: attn-opt %s -pass-pipeline="builtin.module(attn-plan{prefill-mma=wgmma warp-specialize=true early-kv=true},attn-outline,gpu.module(attn-tile,canonicalize,cse))" | FileCheck %s --check-prefix=EKV

// TILE:      #[[L:.*]] = #attn.prefill_layout<warps = 8, slices = 1, rows_per_group = 16, vec = 8, wgmma = true, producer_warps = 4>
// TILE-LABEL: gpu.func @ws_attention
// TILE-SAME:   known_block_size = array<i32: 384, 1, 1>
// TILE:        attn.load_q_tile
// TILE:        %[[BARS:.*]] = nvgpu.mbarrier.create -> <memorySpace = #gpu.address_space<workgroup>, num_barriers = 4>
// TILE-COUNT-2: nvgpu.mbarrier.init %[[BARS]][%{{.*}}], %c128
// TILE-SAME:    predicate
// TILE:        attn.wait_kv_tiles pending = 0
// TILE-NEXT:   gpu.barrier
// TILE-NEXT:   attn.warp_specialize consumers 256 producers 128 registers(232, 40) producer {
// TILE:          scf.for
// TILE:            nvgpu.mbarrier.try_wait.parity %[[BARS]]
// TILE:            %[[FULL:.*]] = nvgpu.mbarrier.get %[[BARS]]
// TILE:            attn.load_kv_tile {{.*}} arrive %[[FULL]] {async, {{.*}}layout = #[[L]], swizzle}
// TILE:          attn.commit_kv_tiles
// TILE-NEXT:     attn.wait_kv_tiles pending = 0
// TILE-NEXT:   } consumer {
// TILE:          attn.init_state
// TILE:          scf.for
// TILE:            nvgpu.mbarrier.try_wait.parity %[[BARS]]
// TILE-NOT:        gpu.barrier
// TILE:            attn.tile_qk
// TILE:            attn.tile_pv
// TILE-NOT:        gpu.barrier
// TILE:            nvgpu.mbarrier.arrive %[[BARS]]
// TILE:          attn.store_output
// TILE:        attn.kernel_abi @ws_attention {{.*}}block = array<i32: 384, 1, 1>{{.*}}tile = {{{.*}}producer = 1 : i64{{.*}}threads = 384 : i64

// EKV-LABEL: gpu.func @ws_attention
// EKV:        attn.load_q_tile
// EKV:        nvgpu.mbarrier.create
// EKV-NOT:    attn.wait_kv_tiles
// EKV:        gpu.barrier
// EKV-NEXT:   attn.warp_specialize consumers 256 producers 128 registers(232, 40) producer {
// EKV-NOT:      attn.wait_kv_tiles pending = 0
// EKV:          nvgpu.mbarrier.try_wait.parity
// EKV:          attn.load_kv_tile
// EKV:        } consumer {
// EKV-NEXT:     attn.wait_kv_tiles pending = 0
// EKV-NEXT:     nvvm.barrier id = %c13_i32 number_of_threads = %c256_i32
// EKV-NEXT:     attn.init_state
// EKV:          attn.tile_qk
// EKV:        attn.kernel_abi @ws_attention

// LOWER-LABEL: gpu.func @ws_attention
// LOWER-SAME:   nvvm.maxnreg = 168 : i32
// LOWER-NOT:   attn.warp_specialize
// LOWER:       %[[TID:.*]] = gpu.thread_id x
// LOWER:       %[[PRODUCER:.*]] = arith.cmpi ugt, %[[TID]], %c255
// LOWER-NEXT:  scf.if %[[PRODUCER]] {
// LOWER-NEXT:    nvvm.setmaxregister decrease 40
// LOWER-NEXT:    arith.subi %[[TID]], %c256
// LOWER:         attn.copy_kv_tile {{.*}} arrive %{{.*}} {async
// LOWER:       } else {
// LOWER-NEXT:    nvvm.setmaxregister increase 232
// LOWER-NOT:   attn.warp_specialize

// OVL-LABEL: gpu.func @ws_attention
// OVL:        } consumer {
// OVL:          %[[M:.*]], %[[L:.*]], %[[ACC:.*]] = attn.init_state
// OVL:          %[[ANY:.*]] = arith.cmpi ugt, %[[N:.*]], %c0
// OVL:          %[[STATE:.*]]:3 = scf.if %[[ANY]]
// OVL:            nvgpu.mbarrier.try_wait.parity %[[BARS:.*]][%c0], %false
// OVL:            %[[S0:.*]] = attn.tile_qk {{.*}}[%c0] {layout
// OVL:            %[[FIRST:.*]]:3 = scf.if
// OVL:              attn.score_mod %[[S0]]
// OVL:              attn.online_softmax {{.*}} max %[[M]] sum %[[L]] {layout
// OVL:            } else {
// OVL:              attn.score_mod %[[S0]] {{.*}}all_visible
// OVL:            %[[LAST:.*]] = arith.subi %[[N]], %c1
// OVL:            %[[LOOP:.*]]:4 = scf.for %{{.*}} = %c0 to %[[LAST]] step %c1 iter_args(%[[LM:.*]] = %[[FIRST]]#1, %[[LL:.*]] = %[[FIRST]]#2, %[[LACC:.*]] = %[[ACC]], %[[LP:.*]] = %[[FIRST]]#0)
// OVL:              nvgpu.mbarrier.try_wait.parity %[[BARS]]
// OVL-NEXT:         %[[S:.*]] = attn.tile_qk {{.*}} {async, layout
// OVL-NEXT:         %[[PV:.*]] = attn.tile_pv %[[LP]], %{{.*}}, %[[LACC]] {async, layout
// OVL-NEXT:         %[[S1:.*]] = attn.wait_mma pending 1 %[[S]] {layout
// OVL:              %[[SOFT:.*]]:4 = scf.if
// OVL:                attn.score_mod %[[S1]]
// OVL:                attn.online_softmax {{.*}} max %[[LM]] sum %[[LL]] {layout
// OVL:              } else {
// OVL:              %[[DONE:.*]]:2 = attn.wait_mma pending 0 %[[PV]], %[[LP]] {layout
// OVL:              nvgpu.mbarrier.arrive %[[BARS]]
// OVL-NEXT:         %[[O:.*]] = attn.rescale_acc %[[DONE]]#0 by %[[SOFT]]#3 {layout
// OVL-NEXT:         scf.yield %[[SOFT]]#1, %[[SOFT]]#2, %[[O]], %[[SOFT]]#0
// The last tile's stage stays the consumers' after its P V: the epilogue stages the O tile in
// its K tile (whole 16-byte pieces of the rows out) and frees the stage after the store.
// OVL:            %[[OUT:.*]] = attn.tile_pv %[[LOOP]]#3, %{{.*}}, %[[LOOP]]#2 {layout
// OVL-NEXT:       scf.yield %[[LOOP]]#0, %[[LOOP]]#1, %[[OUT]]
// OVL:          } else {
// OVL-NEXT:       scf.yield %[[M]], %[[L]], %[[ACC]]
// OVL:          attn.finalize %[[STATE]]#2 max %[[STATE]]#0 sum %[[STATE]]#1
// OVL:          attn.store_output {{.*}} staged %[[KS:.*]][%[[LASTSTAGE:.*]]] if %[[ANY]]
// OVL-NEXT:     scf.if %[[ANY]] {
// OVL:            nvgpu.mbarrier.arrive %[[BARS]]
// OVL:        attn.kernel_abi @ws_attention {{.*}}tile = {{{.*}}overlap = 1 : i64{{.*}}producer = 1 : i64

// Ping-pong with the overlap: the first S is issued in a turn and waited for after it, each
// tile's S and P V share one turn (the wait for S after the turn), and the last P V takes one.
// OVPP-LABEL: gpu.func @ws_attention
// OVPP:       } consumer {
// OVPP:         attn.mma_turn start {warpgroups = 2 : i64}
// OVPP:           attn.mma_turn acquire
// OVPP-NEXT:      %[[S0:.*]] = attn.tile_qk {{.*}} {async, layout
// OVPP-NEXT:      attn.mma_turn release
// OVPP-NEXT:      attn.wait_mma pending 0 %[[S0]]
// OVPP:           scf.for
// OVPP:             attn.mma_turn acquire
// OVPP-NEXT:        %[[S:.*]] = attn.tile_qk {{.*}} {async, layout
// OVPP-NEXT:        attn.tile_pv {{.*}} {async, layout
// OVPP-NEXT:        attn.mma_turn release
// OVPP-NEXT:        attn.wait_mma pending 1 %[[S]]
// OVPP:           attn.mma_turn acquire
// OVPP-NEXT:      %[[PV:.*]] = attn.tile_pv {{.*}} {async, layout
// OVPP-NEXT:      attn.mma_turn release
// OVPP-NEXT:      attn.wait_mma pending 0 %[[PV]]

// In the loop: the S MMAs committed without a wait, then the P V MMAs likewise (P from
// registers), wait_group 1 before the softmax (S tied), wait_group 0 after it (O's f32
// elements and P's registers tied), then the free barrier and O's rescale (a warp-uniform
// branch taken when some row's alpha is not 1).
// OVLOWER-LABEL: gpu.func @ws_attention
// OVLOWER:       nvvm.setmaxregister increase 232
// OVLOWER:       "wgmma.commit_group.sync.aligned;\0A\09wgmma.wait_group.sync.aligned 0;"
// OVLOWER:       scf.for
// OVLOWER:         nvgpu.mbarrier.try_wait.parity
// OVLOWER-COUNT-8: wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {{.*}}}, $64, $65, p, 1, 1, 0, 0;
// OVLOWER:         "wgmma.commit_group.sync.aligned;", "=f,
// OVLOWER-COUNT-8: wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {{.*}}}, {$64, $65, $66, $67}, $68, p, 1, 1, 1;
// OVLOWER:         "wgmma.commit_group.sync.aligned;", "=f,
// OVLOWER-NOT:     wgmma.mma_async
// OVLOWER:         "wgmma.wait_group.sync.aligned 1;", "=f,{{(=f,)+}}0,
// OVLOWER-NOT:     wgmma.mma_async
// OVLOWER:         "wgmma.wait_group.sync.aligned 0;", "=f,{{(=f,)+}}=r,{{(=r,)+}}0,
// OVLOWER:         nvgpu.mbarrier.arrive
// OVLOWER:         arith.cmpf une
// OVLOWER:         nvvm.vote.sync any
// OVLOWER:         scf.yield
// OVLOWER:       "wgmma.commit_group.sync.aligned;\0A\09wgmma.wait_group.sync.aligned 0;"
// The epilogue (attn-lower-tiles' staged store_output): the fragments' pairs into the last
// tile's K stage, named barrier 14 over the consumers, 16-byte pieces out to the rows, the
// proxy fence, and only then the stage's free arrival.
// OVLOWER-NOT:   nvgpu.mbarrier.arrive
// OVLOWER:       vector.store {{.*}} {alignment = 4 : i64} : memref<2x128x128xbf16, #gpu.address_space<workgroup>>, vector<2xbf16>
// OVLOWER-NOT:   nvgpu.mbarrier.arrive
// OVLOWER:       nvvm.barrier id = %c14_i32 number_of_threads = %c256_i32
// OVLOWER:       vector.load {{.*}} {alignment = 16 : i64} : memref<2x128x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
// OVLOWER:       vector.store {{.*}} {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
// OVLOWER-NOT:   nvgpu.mbarrier.arrive
// OVLOWER:       nvvm.fence.proxy {kind = #nvvm.proxy_kind<async.shared>, space = #nvvm.shared_space<cta>}
// OVLOWER:       nvgpu.mbarrier.arrive

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @ws(%q: memref<?x32x128xbf16>, %qo: memref<?xi32>, %k: memref<?x16x8x128xbf16>,
              %v: memref<?x16x8x128xbf16>, %ki: memref<?xi32>, %kx: memref<?xi32>,
              %kl: memref<?xi32>, %o: memref<?x32x128xbf16>) {
  %kv = attn.paged_kv k(%k : memref<?x16x8x128xbf16>) v(%v : memref<?x16x8x128xbf16>)
          indptr(%ki : memref<?xi32>) indices(%kx : memref<?xi32>) last_page_len(%kl : memref<?xi32>) : !kv
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qo : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>}
  return
}
