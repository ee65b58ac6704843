// attn-compile checks its architecture, toolkit and tuning options before compiling: each
// error exits non-zero and writes no bundle.
// RUN: rm -rf %t && mkdir -p %t
// RUN: not attn-compile %s --sm=70 -o %t/sm70 2>&1 | FileCheck %s --check-prefix=SM70
// RUN: not attn-compile %s --sm=1000 -o %t/sm1000 2>&1 | FileCheck %s --check-prefix=SM1000
// RUN: not attn-compile %s --sm=0 -o %t/sm0 2>&1 | FileCheck %s --check-prefix=SM0
// RUN: not attn-compile %s --toolkit=/nonexistent --format=ptx -o %t/toolkit 2>&1 | FileCheck %s --check-prefix=TOOLKIT
// RUN: not test -e %t/toolkit/manifest.json
// RUN: not attn-compile %s --stages=4611686018427387904 --format=ptx -o %t/stages 2>&1 | FileCheck %s --check-prefix=STAGES
// RUN: not test -e %t/stages/manifest.json
// RUN: attn-compile %s --sm=120 --format=ptx -o %t/sm120 | FileCheck %s --check-prefix=SM120

// SM70: attn-compile: error: --sm=70: unsupported architecture sm 70 (expected one of 80, 86, 87, 89, 90, 100, 103, 120, 121)
// SM70-NOT: LLVM ERROR
// SM1000: attn-compile: error: --sm=1000: unsupported architecture sm 1000
// SM0: attn-compile: error: --sm=0: unsupported architecture sm 0
// TOOLKIT: attn-compile: error: --toolkit=/nonexistent is not a directory
// STAGES: attn-compile: error: cannot build the attn-to-cubin pipeline: option 'stages' (4611686018427387904) must be in [0, 32]
// SM120: wrote 2 kernel(s) in 1 binary file(s) for sm_120

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
