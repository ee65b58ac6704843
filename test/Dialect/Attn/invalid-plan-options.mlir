// attn-plan checks its options before planning anything: an unsupported architecture or an
// override out of range is an error naming the option, never a silent replacement.
// RUN: not attn-opt %s -attn-plan=sm=75 2>&1 | FileCheck %s --check-prefix=SM75
// RUN: not attn-opt %s -attn-plan=sm=0 2>&1 | FileCheck %s --check-prefix=SM0
// RUN: not attn-opt %s -attn-plan=sm=-90 2>&1 | FileCheck %s --check-prefix=SMNEG
// RUN: not attn-opt %s -attn-plan=sm=1000 2>&1 | FileCheck %s --check-prefix=SM1000
// RUN: not attn-opt %s -attn-plan=threads=1 2>&1 | FileCheck %s --check-prefix=THREADS
// RUN: not attn-opt %s -attn-plan=threads=2048 2>&1 | FileCheck %s --check-prefix=THREADS2K
// RUN: not attn-opt %s -attn-plan=stages=-1 2>&1 | FileCheck %s --check-prefix=STAGESNEG
// RUN: not attn-opt %s -attn-plan=stages=4611686018427387904 2>&1 | FileCheck %s --check-prefix=STAGESHUGE
// RUN: not attn-opt %s -attn-plan=tile-kv=-16 2>&1 | FileCheck %s --check-prefix=TILEKV
// RUN: not attn-opt %s -attn-plan=tile-q=2048 2>&1 | FileCheck %s --check-prefix=TILEQ
// RUN: not attn-opt %s -attn-plan=heads-per-thread=-1 2>&1 | FileCheck %s --check-prefix=HPT
// RUN: not attn-opt %s -attn-plan=max-slices-per-warp=-2 2>&1 | FileCheck %s --check-prefix=SLICES
// RUN: not attn-opt %s -attn-plan=decode-kernel=wgmma 2>&1 | FileCheck %s --check-prefix=DECODEKERNEL
// RUN: not attn-opt %s -attn-plan=prefill-mma=tcgen05 2>&1 | FileCheck %s --check-prefix=PREFILLMMA
// RUN: not attn-opt %s -attn-plan="prefill-mma=wgmma sm=80" 2>&1 | FileCheck %s --check-prefix=WGMMA80
// A thread count that is a multiple of 32 but not of the decode slice (64 threads here) is
// rejected by the plan, not rounded up to 128.
// RUN: attn-opt %s -attn-plan=threads=96 -verify-diagnostics -split-input-file | FileCheck %s --check-prefix=NOROUND

// SM75: error: attn-plan: sm (75) is not a supported architecture (expected one of 80, 86, 87, 89, 90, 100, 101, 103, 110, 120, 121)
// SM0: error: attn-plan: sm (0) is not a supported architecture
// SMNEG: error: attn-plan: sm (-90) is not a supported architecture
// SM1000: error: attn-plan: sm (1000) is not a supported architecture
// THREADS: error: attn-plan: threads (1) must be 0 (heuristic) or a multiple of 32 in [32, 1024]
// THREADS2K: error: attn-plan: threads (2048) must be 0 (heuristic) or a multiple of 32 in [32, 1024]
// STAGESNEG: error: attn-plan: stages (-1) must be 0 (heuristic) or in [1, 16]
// STAGESHUGE: error: attn-plan: stages (4611686018427387904) must be 0 (heuristic) or in [1, 16]
// TILEKV: error: attn-plan: tile-kv (-16) must be 0 (heuristic) or in [1, 1024]
// TILEQ: error: attn-plan: tile-q (2048) must be 0 (heuristic) or in [1, 1024]
// HPT: error: attn-plan: heads-per-thread (-1) must be 0 (heuristic) or in [1, 1024]
// SLICES: error: attn-plan: max-slices-per-warp (-2) must be 0 (heuristic) or in [1, 64]
// DECODEKERNEL: error: attn-plan: decode-kernel ('wgmma') must be cuda-core, tensor-core or auto
// PREFILLMMA: error: attn-plan: prefill-mma ('tcgen05') must be mma-sync, wgmma or auto
// WGMMA80: error: attn-plan: prefill-mma=wgmma needs sm 90 (sm_90a), got sm 80

// NOROUND-LABEL: func.func @gqa4_decode
// NOROUND-NOT: kernel_config
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @gqa4_decode(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>) {
  // expected-remark @+1 {{left unplanned: threads (96) must be a multiple of head_dim / vec * group size / heads_per_thread (64) and at most 1024}}
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>, max_qo_len = 1}
  return
}
