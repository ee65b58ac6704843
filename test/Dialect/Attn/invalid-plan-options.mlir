// attn-plan's options are checked before any op is planned: an unsupported architecture or
// a tuning value out of range is an error naming the option, never a silent replacement, an
// overflowing estimate or a hang.
// RUN: not attn-opt %s -attn-plan="sm=0" 2>&1 | FileCheck %s --check-prefix=SM0
// RUN: not attn-opt %s -attn-plan="sm=-90" 2>&1 | FileCheck %s --check-prefix=SMNEG
// RUN: not attn-opt %s -attn-plan="sm=75" 2>&1 | FileCheck %s --check-prefix=SM75
// RUN: not attn-opt %s -attn-plan="stages=-1" 2>&1 | FileCheck %s --check-prefix=STAGESNEG
// RUN: not attn-opt %s -attn-plan="stages=4611686018427387904" 2>&1 | FileCheck %s --check-prefix=STAGESHUGE
// RUN: not attn-opt %s -attn-plan="threads=2048" 2>&1 | FileCheck %s --check-prefix=THREADS
// RUN: not attn-opt %s -attn-plan="tile-kv=-16" 2>&1 | FileCheck %s --check-prefix=TILEKV
// RUN: not attn-opt %s -attn-plan="heads-per-thread=-1" 2>&1 | FileCheck %s --check-prefix=HPT
// RUN: not attn-opt %s -attn-plan="max-slices-per-warp=9" 2>&1 | FileCheck %s --check-prefix=SLICES
// RUN: attn-opt %s -attn-plan="threads=1" 2>&1 | FileCheck %s --check-prefix=THREADS1
// RUN: not attn-opt %s -attn-plan="threads=96 require-all" 2>&1 | FileCheck %s --check-prefix=THREADS96
// RUN: not attn-opt %s -attn-plan="stages=32 require-all" 2>&1 | FileCheck %s --check-prefix=SMEM

// SM0: error: attn-plan: unsupported architecture sm 0 (expected one of 80, 86, 87, 89, 90, 100, 103, 120, 121)
// SMNEG: error: attn-plan: unsupported architecture sm -90
// SM75: error: attn-plan: unsupported architecture sm 75
// STAGESNEG: error: attn-plan: option 'stages' (-1) must be in [0, 32] (0: chosen by the heuristic)
// STAGESHUGE: error: attn-plan: option 'stages' (4611686018427387904) must be in [0, 32]
// THREADS: error: attn-plan: option 'threads' (2048) must be in [0, 1024]
// TILEKV: error: attn-plan: option 'tile-kv' (-16) must be in [0, 4096]
// HPT: error: attn-plan: option 'heads-per-thread' (-1) must be in [0, 256]
// SLICES: error: attn-plan: option 'max-slices-per-warp' (9) must be in [0, 8]

// A decode thread count that does not fit the thread layout is not rounded up to one that
// does: the op stays unplanned (an error with require-all).
// THREADS1: remark: left unplanned: threads (1) must be a multiple of head_dim / vec * group size / heads_per_thread (64)
// THREADS1-NOT: kernel_config
// THREADS96: error: 'attn.attention' op cannot be planned: threads (96) must be a multiple of head_dim / vec * group size / heads_per_thread (64)
// SMEM: error: 'attn.attention' op cannot be planned: the kernel needs {{[0-9]+}} bytes of shared memory per CTA, more than the 232448 an sm_90 CTA can have

!kv_cache = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128,
                           element_type = bf16>
func.func @decode(%q: memref<?x32x128xbf16>, %qo_indptr: memref<?xi32>,
    %k_pages: memref<?x16x8x128xbf16>, %v_pages: memref<?x16x8x128xbf16>,
    %kv_indptr: memref<?xi32>, %kv_indices: memref<?xi32>, %kv_last_page_len: memref<?xi32>,
    %o: memref<?x32x128xbf16>, %lse: memref<?x32xf32>) {
  %kv = attn.paged_kv k(%k_pages : memref<?x16x8x128xbf16>) v(%v_pages : memref<?x16x8x128xbf16>)
          indptr(%kv_indptr : memref<?xi32>) indices(%kv_indices : memref<?xi32>)
          last_page_len(%kv_last_page_len : memref<?xi32>) : !kv_cache
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qo_indptr : memref<?xi32>)
      kv(%kv : !kv_cache) outs(%o : memref<?x32x128xbf16>, %lse : memref<?x32xf32>)
      {mask = #attn.mask<causal>, max_qo_len = 1}
  return
}
