// The warp-specialized prefill kernel (attn-plan warp-specialize, on wgmma): at the tile
// level, the ring of mbarriers, the one CTA barrier after the Q tile, and attn.warp_specialize
// with the copies on the producer side and the tile math on the consumer side; attn-lower-tiles
// turns it into a branch on the thread index with the register budgets.
// RUN: attn-opt %s -pass-pipeline="builtin.module(attn-plan{prefill-mma=wgmma warp-specialize=true},attn-outline,gpu.module(attn-tile,canonicalize,cse))" | FileCheck %s --check-prefix=TILE
// RUN: attn-opt %s -pass-pipeline="builtin.module(attn-plan{prefill-mma=wgmma warp-specialize=true},attn-outline,gpu.module(attn-tile,attn-lower-tiles,attn-pipeline,canonicalize,cse))" | FileCheck %s --check-prefix=LOWER

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
