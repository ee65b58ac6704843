// TMA loads of K/V in the warp-specialized prefill kernel (attn-plan tma): the kernel takes
// the tensor maps of K and V as by-value parameters right after them, each full barrier of
// the ring expects one arrival, and the producer's load names the maps; lowered, a tile inside
// the keys is one thread's attn.tma_copy_kv_tile (ragged) or one per page for up to a warp's
// lanes (paged), and the tile that reaches kv_end keeps the per-thread copies (net-zero
// arrivals), a named barrier over the producer warpgroup, and its first thread's plain
// arrival. Pages that are not whole 8-row boxes fall back with a remark.
// RUN: attn-opt %s -split-input-file -verify-diagnostics -pass-pipeline="builtin.module(attn-plan{prefill-mma=wgmma warp-specialize=true tma=true},attn-outline,gpu.module(attn-tile,canonicalize,cse))" | FileCheck %s --check-prefix=TILE
// RUN: attn-opt %s -split-input-file -verify-diagnostics -pass-pipeline="builtin.module(attn-plan{prefill-mma=wgmma warp-specialize=true tma=true},attn-outline,gpu.module(attn-tile,attn-lower-tiles,attn-pipeline,canonicalize,cse))" | FileCheck %s --check-prefix=LOWER
// attn-lower-tiles on its own (no attn-pipeline after it): the paged tile's page lookup
// already sits before the producer's wait for the stage.
// RUN: attn-opt %s -split-input-file -verify-diagnostics -pass-pipeline="builtin.module(attn-plan{prefill-mma=wgmma warp-specialize=true tma=true},attn-outline,gpu.module(attn-tile,canonicalize,cse))" | attn-opt -split-input-file -pass-pipeline="builtin.module(gpu.module(attn-lower-tiles))" | FileCheck %s --check-prefix=PLOWER

// TILE-LABEL: gpu.func @tma_attention
// TILE-SAME:    %[[K:[a-z0-9]+]]: memref<?x8x128xbf16> {attn.param = "k"}
// TILE-SAME:    %[[V:[a-z0-9]+]]: memref<?x8x128xbf16> {attn.param = "v"}
// TILE-SAME:    %[[KMAP:[a-z0-9]+]]: memref<128xi8> {attn.param = "k_tmap", attn.tensor_map}
// TILE-SAME:    %[[VMAP:[a-z0-9]+]]: memref<128xi8> {attn.param = "v_tmap", attn.tensor_map}
// TILE-SAME:    memref<?xi32> {attn.param = "kv_indptr"}
// TILE:        %[[BARS:.*]] = nvgpu.mbarrier.create -> <memorySpace = #gpu.address_space<workgroup>, num_barriers = 6>
// TILE-COUNT-3: nvgpu.mbarrier.init %[[BARS]][%{{.*}}], %c1, predicate
// TILE-NOT:    nvgpu.mbarrier.init %[[BARS]][%{{.*}}], %c128
// TILE:        attn.warp_specialize consumers 256 producers 128 registers(232, 40) producer {
// TILE:          %[[FULL:.*]] = nvgpu.mbarrier.get %[[BARS]]
// TILE:          attn.load_kv_tile {{.*}} arrive %[[FULL]] maps(%[[KMAP]], %[[VMAP]] : memref<128xi8>, memref<128xi8>) {async
// TILE:        attn.kernel_abi @tma_attention {{.*}}params = [{kind = "ptr", name = "q"}, {kind = "ptr", name = "qo_indptr"}, {kind = "ptr", name = "k"}, {kind = "ptr", name = "v"}, {kind = "tmap", name = "k_tmap"}, {kind = "tmap", name = "v_tmap"}, {kind = "ptr", name = "kv_indptr"}
// TILE-SAME:   tile = {{{.*}}producer = 1 : i64{{.*}}tma = 1 : i64

// LOWER-LABEL: gpu.func @tma_attention
// LOWER:       nvvm.setmaxregister decrease 40
// LOWER:       scf.for %[[T:.*]] = %c0
// LOWER:         %[[FULL:.*]] = nvgpu.mbarrier.get
// LOWER:         %[[START:.*]] = arith.addi %[[LO:.*]], %{{.*}} : index
// LOWER:         %[[END:.*]] = arith.addi %[[START]], %c128 : index
// LOWER:         %[[WHOLE:.*]] = arith.cmpi ule, %[[END]], %{{.*}} : index
// LOWER:         %[[FIRST:.*]] = arith.cmpi eq, %{{.*}}, %c0 : index
// LOWER:         scf.if %[[WHOLE]] {
// LOWER-NEXT:      %[[COL:.*]] = arith.muli %{{.*}}, %c128 : index
// LOWER-NEXT:      scf.if %[[FIRST]] {
// LOWER-NEXT:        %[[ROW:.*]] = arith.addi %{{.*}}, %[[START]] : index
// LOWER-NEXT:        attn.tma_copy_kv_tile k(%{{.*}}) v(%{{.*}}) box[%[[COL]], %[[ROW]]] into({{.*}}) [%{{.*}}] rows %c0 arrive %[[FULL]] arm %true {box_rows = 128 : i64} : memref<128xi8>, memref<128xi8>
// LOWER-NEXT:      }
// LOWER-NEXT:    } else {
// LOWER-NEXT:      attn.copy_kv_tile {{.*}} arrive %[[FULL]] {arrive_inc, async
// LOWER-NEXT:      nvvm.barrier id = %c15_i32 number_of_threads = %c128_i32
// LOWER-NEXT:      scf.if %[[FIRST]] {
// LOWER-NEXT:        %[[BAR:.*]] = llvm.inttoptr %[[FULL]] : i32 to !llvm.ptr<3>
// LOWER-NEXT:        nvvm.mbarrier.arrive %[[BAR]] : !llvm.ptr<3>
// LOWER:         nvvm.setmaxregister increase 232

!ragged = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
func.func @tma(%q: memref<?x32x128xbf16>, %qo: memref<?xi32>, %k: memref<?x8x128xbf16>,
               %v: memref<?x8x128xbf16>, %ki: memref<?xi32>, %o: memref<?x32x128xbf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x8x128xbf16>) v(%v : memref<?x8x128xbf16>)
          indptr(%ki : memref<?xi32>) : !ragged
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qo : memref<?xi32>) kv(%kv : !ragged)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>}
  return
}

// -----

// A paged cache of 16-key pages: lane i < 8 of the producer copies the page of keys
// s + 16 i.. (a 3-D box: column, slot, page) into rows 16 i.., lane 0 arms the barrier. The
// page lookup (only for a whole tile and a copying lane) comes before the wait for the stage
// to be free, so that its load is in flight while the consumers still hold the stage.
// LOWER-LABEL: gpu.func @paged_attention
// LOWER:         arith.xori %{{.*}}, %true : i1
// LOWER-NEXT:    %[[T:.*]] = arith.muli %{{.*}}, %c128 : index
// LOWER-NEXT:    %[[START:.*]] = arith.addi %{{.*}}, %[[T]] : index
// LOWER-NEXT:    %{{.*}} = arith.addi %[[START]], %c128 : index
// LOWER-NEXT:    %[[WHOLE:.*]] = arith.cmpi ule
// LOWER-NEXT:    %[[FIRST:.*]] = arith.cmpi eq, %[[LANE:.*]], %c0 : index
// LOWER-NEXT:    %[[COPIES:.*]] = arith.cmpi ult, %[[LANE]], %c8 : index
// LOWER-NEXT:    %[[LOOKUP:.*]] = arith.andi %[[WHOLE]], %[[COPIES]] : i1
// LOWER-NEXT:    %[[PAGE:.*]] = scf.if %[[LOOKUP]] -> (index) {
// LOWER-NEXT:      %[[ROW0:.*]] = arith.muli %[[LANE]], %c16 : index
// LOWER-NEXT:      %[[KEY0:.*]] = arith.addi %[[START]], %[[ROW0]] : index
// LOWER-NEXT:      %[[PI:.*]] = arith.divui %[[KEY0]], %c16 : index
// LOWER-NEXT:      %[[AT:.*]] = arith.addi %{{.*}}, %[[PI]] : index
// LOWER-NEXT:      %[[P32:.*]] = memref.load %{{.*}}[%[[AT]]] : memref<?xi32>
// LOWER-NEXT:      %[[P:.*]] = arith.index_cast %[[P32]] : i32 to index
// LOWER-NEXT:      scf.yield %[[P]] : index
// LOWER-NEXT:    } else {
// LOWER-NEXT:      scf.yield %c0 : index
// LOWER-NEXT:    }
// LOWER-NEXT:    nvgpu.mbarrier.try_wait.parity
// LOWER-NEXT:    nvgpu.mbarrier.get
// LOWER-NEXT:    scf.if %[[WHOLE]] {
// LOWER-NEXT:      %[[COL:.*]] = arith.muli %{{.*}}, %c128 : index
// LOWER-NEXT:      scf.if %[[COPIES]] {
// LOWER-NEXT:        %[[ROW:.*]] = arith.muli %[[LANE]], %c16 : index
// LOWER-NEXT:        %[[KEY:.*]] = arith.addi %[[START]], %[[ROW]] : index
// LOWER-NEXT:        %[[SLOT:.*]] = arith.remui %[[KEY]], %c16 : index
// LOWER-NEXT:        attn.tma_copy_kv_tile {{.*}} box[%[[COL]], %[[SLOT]], %[[PAGE]]] {{.*}} rows %[[ROW]] arrive %{{.*}} arm %[[FIRST]] {box_rows = 16 : i64}
// LOWER:         } else {
// LOWER-NEXT:      attn.kv_tile_pages
// LOWER-NEXT:      attn.copy_kv_tile {{.*}} {arrive_inc
// PLOWER-LABEL: gpu.func @paged_attention
// PLOWER:         nvvm.setmaxregister{{ +}}decrease 40
// PLOWER:         %[[PAGE:.*]] = scf.if %{{.*}} -> (index) {
// PLOWER:           memref.load %{{.*}} : memref<?xi32>
// PLOWER:         } else {
// PLOWER:         nvgpu.mbarrier.try_wait.parity
// PLOWER-NOT:     memref.load
// PLOWER:         attn.tma_copy_kv_tile {{.*}} box[%{{.*}}, %{{.*}}, %[[PAGE]]]
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

// -----

// Pages of one key are not whole 8-row boxes: cp.async, with a remark.
// TILE-LABEL: gpu.func @page1_attention
// TILE-NOT:     attn.tensor_map
// TILE:         attn.load_kv_tile {{.*}} arrive %{{[0-9]+}} {async
// TILE-NOT:     tma = 1
// LOWER-LABEL: gpu.func @page1_attention
// LOWER-NOT:   attn.tma_copy_kv_tile
!kv = !attn.paged_kv<page_size = 1, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @page1(%q: memref<?x32x128xbf16>, %qo: memref<?xi32>, %k: memref<?x1x8x128xbf16>,
                 %v: memref<?x1x8x128xbf16>, %ki: memref<?xi32>, %kx: memref<?xi32>,
                 %kl: memref<?xi32>, %o: memref<?x32x128xbf16>) {
  %kv = attn.paged_kv k(%k : memref<?x1x8x128xbf16>) v(%v : memref<?x1x8x128xbf16>)
          indptr(%ki : memref<?xi32>) indices(%kx : memref<?xi32>) last_page_len(%kl : memref<?xi32>) : !kv
  // expected-remark @+1 {{prefill kernel on cp.async copies of K/V: TMA loads of a paged cache take boxes of whole pages or whole tiles in multiples of 8 rows (page_size 1, tile_kv 128)}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qo : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>}
  return
}
