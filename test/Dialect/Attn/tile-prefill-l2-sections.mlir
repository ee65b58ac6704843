// L2 sections (attn-plan l2-sections, kernel_config l2_sections): the prefill kernel takes the
// device scalar head_section after num_work (the manifest lists it), clamps it to S in
// [1, Hkv], and maps its CTA's dispatch position L = blockIdx.y * Hkv + blockIdx.x over
// N = gridDim.y work slots to section s = L / (S * N), KV head s * S + r % w and work slot
// r / w (r = L - s * S * N, w = min(S, Hkv - s * S)); the work item's loads read that slot.
// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(attn-plan{prefill-mma=wgmma warp-specialize=true l2-sections=true},attn-outline,gpu.module(attn-tile,canonicalize,cse))" | FileCheck %s --check-prefix=TILE
// The mma.sync kernel (no producer) maps its CTAs the same way.
// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(attn-plan{l2-sections=true},attn-outline,gpu.module(attn-tile,canonicalize,cse))" | FileCheck %s --check-prefix=SYNC
// The persistent kernel maps each of its (KV head, work item) units the same way, with the
// live items (num_work) as the slots, on both sides of the warp-specialized CTA.
// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(attn-plan{prefill-mma=wgmma warp-specialize=true tma=true persistent=true l2-sections=true},attn-outline,gpu.module(attn-tile,canonicalize,cse))" | FileCheck %s --check-prefix=PERS
// Without the option nothing changes: no head_section, KV head blockIdx.x, item blockIdx.y.
// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(attn-plan{prefill-mma=wgmma warp-specialize=true},attn-outline,gpu.module(attn-tile,canonicalize,cse))" | FileCheck %s --check-prefix=OFF
// Decode steps keep their grid (they read each K/V once): the option leaves them alone.
// RUN: attn-opt %s -split-input-file -attn-plan="l2-sections=true" -mlir-print-local-scope | FileCheck %s --check-prefix=PLAN
// RUN: attn-opt %s -split-input-file -attn-plan="l2-sections=true decode-kernel=tensor-core" -mlir-print-local-scope | FileCheck %s --check-prefix=TCD
// attn-outline alone: a kernel_config with l2_sections gives the kernel head_section (a device
// scalar, after num_work) and its manifest the parameter; the merge kernel has none.
// RUN: attn-opt %s -split-input-file -attn-plan="l2-sections=true" | attn-opt -split-input-file -attn-outline -mlir-print-local-scope | FileCheck %s --check-prefix=OUTLINE
// And the whole kernel lowers to NVVM.
// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(attn-to-nvvm{warp-specialize=true l2-sections=true auto-persistent=false})" | FileCheck %s --check-prefix=NVVM

// TILE-LABEL: gpu.func @ragged_attention
// TILE-SAME:    %[[NUM:[a-z0-9]+]]: memref<1xi32> {attn.param = "num_work"}
// TILE-SAME:    %[[SEC:[a-z0-9]+]]: memref<1xi32> {attn.param = "head_section"}
// TILE:         %[[X:.*]] = gpu.block_id  x
// TILE:         %[[Y:.*]] = gpu.block_id  y
// The section arithmetic is i32 (a 64-bit value live across the persistent kernel's loop
// would cost two registers).
// TILE:         %[[RAW:.*]] = memref.load %[[SEC]][%c0] : memref<1xi32>
// TILE:         %[[LO:.*]] = arith.maxsi %[[RAW]], %c1_i32 : i32
// TILE:         %[[S:.*]] = arith.minsi %[[LO]], %c8_i32 : i32
// TILE:         %[[ROW:.*]] = arith.muli %[[Y]], %c8 : index
// TILE:         %[[L:.*]] = arith.addi %[[ROW]], %[[X]] : index
// TILE:         %[[N0:.*]] = gpu.grid_dim  y
// TILE:         %[[L32:.*]] = arith.index_cast %[[L]] : index to i32
// TILE:         %[[N032:.*]] = arith.index_cast %[[N0]] : index to i32
// TILE:         %[[N:.*]] = arith.maxsi %[[N032]], %c1_i32 : i32
// TILE:         %[[PER:.*]] = arith.muli %[[S]], %[[N]] : i32
// TILE:         %[[IDX:.*]] = arith.divui %[[L32]], %[[PER]] : i32
// TILE:         %[[START:.*]] = arith.muli %[[IDX]], %[[PER]] : i32
// TILE:         %[[R:.*]] = arith.subi %[[L32]], %[[START]] : i32
// TILE:         %[[H0:.*]] = arith.muli %[[IDX]], %[[S]] : i32
// TILE:         %[[LEFT:.*]] = arith.subi %c8_i32, %[[H0]] : i32
// TILE:         %[[W:.*]] = arith.minsi %[[S]], %[[LEFT]] : i32
// TILE:         %[[HR:.*]] = arith.remui %[[R]], %[[W]] : i32
// TILE:         %[[H:.*]] = arith.addi %[[H0]], %[[HR]] : i32
// TILE:         %[[WK:.*]] = arith.divui %[[R]], %[[W]] : i32
// TILE:         %[[HEAD:.*]] = arith.index_cast %[[H]] : i32 to index
// TILE:         %[[WORK:.*]] = arith.index_cast %[[WK]] : i32 to index
// TILE:         %[[LIVE:.*]] = memref.load %[[NUM]][%c0] : memref<1xi32>
// TILE:         %[[LIVEI:.*]] = arith.index_cast %[[LIVE]] : i32 to index
// TILE:         arith.cmpi ult, %[[WORK]], %[[LIVEI]] : index
// TILE:         memref.load %{{.*}}[%[[WORK]]] : memref<?xi32>
// TILE:         attn.warp_specialize
// TILE:           attn.load_kv_tile {{.*}} head %[[HEAD]]
// TILE:         attn.kernel_abi @ragged_attention
// TILE-SAME:      {kind = "ptr", name = "num_work"}, {kind = "ptr", name = "head_section"}, {kind = "ptr", name = "o"}

// SYNC-LABEL: gpu.func @ragged_attention
// SYNC-SAME:    {attn.param = "head_section"}
// SYNC:         %[[X:.*]] = gpu.block_id  x
// SYNC:         gpu.grid_dim  y
// SYNC:         %[[H:.*]] = arith.addi %{{.*}}, %{{.*}} : i32
// SYNC-NEXT:    arith.divui %{{.*}}, %{{.*}} : i32
// SYNC-NEXT:    %[[HEAD:.*]] = arith.index_cast %[[H]] : i32 to index
// SYNC-NOT:     attn.warp_specialize
// SYNC:         attn.load_kv_tile {{.*}} head %[[HEAD]]

// PERS-LABEL: gpu.func @ragged_attention
// PERS-SAME:    %[[NUM:[a-z0-9]+]]: memref<1xi32> {attn.param = "num_work"}
// PERS-SAME:    %[[SEC:[a-z0-9]+]]: memref<1xi32> {attn.param = "head_section"}
// PERS:         %[[LIVE:.*]] = memref.load %[[NUM]][%c0] : memref<1xi32>
// PERS:         memref.load %[[SEC]][%c0] : memref<1xi32>
// PERS:         %[[S:.*]] = arith.minsi %{{.*}}, %c8_i32 : i32
// PERS:         attn.warp_specialize consumers 256 producers 128 registers(232, 40) producer {
// PERS:           scf.for
// PERS:             %[[U:.*]] = arith.addi %{{.*}}, %{{.*}} : index
// PERS:             %[[U32:.*]] = arith.index_cast %[[U]] : index to i32
// PERS:             %[[N:.*]] = arith.maxsi %[[LIVE]], %c1_i32 : i32
// PERS:             %[[PER:.*]] = arith.muli %[[S]], %[[N]] : i32
// PERS:             arith.divui %[[U32]], %[[PER]] : i32
// PERS:             %[[W:.*]] = arith.minsi %[[S]], %{{.*}} : i32
// PERS:             %[[HR:.*]] = arith.remui %{{.*}}, %[[W]] : i32
// PERS:             %[[H:.*]] = arith.addi %{{.*}}, %[[HR]] : i32
// PERS:             %[[HEAD:.*]] = arith.index_cast %[[H]] : i32 to index
// PERS:             attn.load_kv_tile {{.*}} head %[[HEAD]]
// PERS:         } consumer {
// PERS:           arith.minsi %[[S]], %{{.*}} : i32
// PERS:           scf.for
// PERS:             arith.minsi %[[S]], %{{.*}} : i32
// PERS:             attn.store_output

// OFF-LABEL: gpu.func @ragged_attention
// OFF-NOT:      head_section
// OFF:          %[[X:.*]] = gpu.block_id  x
// OFF-NEXT:     %[[Y:.*]] = gpu.block_id  y
// OFF-NOT:      gpu.grid_dim
// OFF:          memref.load %{{.*}}[%[[Y]]] : memref<?xi32>
// OFF:          attn.load_kv_tile {{.*}} head %[[X]]
// OFF:          attn.kernel_abi @ragged_attention
// OFF-NOT:      head_section
// OFF-SAME:     role = "attention"

// OUTLINE-LABEL: gpu.func @ragged_attention
// OUTLINE-SAME:    memref<1xi32> {attn.param = "num_work"}, %{{.*}}: memref<1xi32> {attn.param = "head_section"}, %{{.*}}: memref<?x32x128xbf16> {attn.param = "o"}
// OUTLINE:       attn.attention
// OUTLINE-SAME:    l2_sections = true
// OUTLINE:       gpu.func @ragged_merge
// OUTLINE-NOT:     head_section
// OUTLINE:       attn.kernel_abi @ragged_attention
// OUTLINE-SAME:    {kind = "ptr", name = "num_work"}, {kind = "ptr", name = "head_section"}
// OUTLINE:       attn.kernel_abi @ragged_merge
// OUTLINE-NOT:     head_section
// OUTLINE-SAME:    role = "merge"
// TCD-LABEL: func.func @ragged
// TCD:          l2_sections = true
// PLAN-LABEL: func.func @ragged
// PLAN:         attn.attention
// PLAN-SAME:      l2_sections = true

// NVVM-LABEL: gpu.module @ragged_kernels
// NVVM:         llvm.func @ragged_attention
// NVVM-SAME:      nvvm.kernel
// NVVM:           nvvm.read.ptx.sreg.nctaid.y
// NVVM:           llvm.udiv
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

// A decode step (max_qo_len = 1), on the CUDA-core kernel or the tensor-core one (strategy
// prefill), is planned without sections.
// PLAN-LABEL: func.func @decode
// PLAN:         attn.attention
// PLAN-NOT:       l2_sections
// PLAN:         return
// TCD-LABEL: func.func @decode
// TCD:          attn.attention
// TCD-SAME:       strategy = prefill
// TCD-NOT:        l2_sections
// TCD:          return
// OUTLINE-LABEL: gpu.func @decode_attention
// OUTLINE-NOT:     head_section
// OUTLINE:       attn.kernel_abi @decode_attention
// OUTLINE-NOT:     head_section
// OUTLINE-SAME:    role = "attention"
// TILE-LABEL: gpu.func @decode_attention
// TILE-NOT:     head_section
// TILE:         attn.kernel_abi @decode_attention
// TILE-NOT:     head_section
// TILE-SAME:    role = "attention"
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @decode(%q: memref<?x32x128xbf16>, %qo: memref<?xi32>, %k: memref<?x16x8x128xbf16>,
                  %v: memref<?x16x8x128xbf16>, %ki: memref<?xi32>, %kx: memref<?xi32>,
                  %kl: memref<?xi32>, %o: memref<?x32x128xbf16>) {
  %kv = attn.paged_kv k(%k : memref<?x16x8x128xbf16>) v(%v : memref<?x16x8x128xbf16>)
          indptr(%ki : memref<?xi32>) indices(%kx : memref<?xi32>) last_page_len(%kl : memref<?xi32>) : !kv
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qo : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<none>, max_qo_len = 1}
  return
}
