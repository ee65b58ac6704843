// Multi-arch bundles: one bundle per --sm architecture in OUTDIR/<arch>/ and an index
// manifest.json listing them (libattn_rt picks one per device). PTX output needs no ptxas.
// RUN: rm -rf %t && attn-compile %s --sm=80,90a --format=ptx -o %t | FileCheck %s --check-prefix=SUMMARY
// RUN: FileCheck %s --check-prefix=INDEX --input-file=%t/manifest.json
// RUN: FileCheck %s --check-prefix=SM80 --input-file=%t/sm_80/manifest.json
// RUN: FileCheck %s --check-prefix=SM90 --input-file=%t/sm_90a/manifest.json
// RUN: FileCheck %s --check-prefix=PTX80 --input-file=%t/sm_80/multiarch_kernels.ptx
// RUN: FileCheck %s --check-prefix=PTX90 --input-file=%t/sm_90a/multiarch_kernels.ptx
// Repeated --sm is the same as a list.
// RUN: rm -rf %t.2 && attn-compile %s --sm=sm_80 --sm=90 --format=ptx -o %t.2 | FileCheck %s --check-prefix=SUMMARY
// RUN: not attn-compile %s --sm=80,sm_80 --format=ptx -o %t.3 2>&1 | FileCheck %s --check-prefix=TWICE
// RUN: not attn-compile %s --sm=80a --format=ptx -o %t.3 2>&1 | FileCheck %s --check-prefix=NOTA
// RUN: not attn-compile %s --sm=9x --format=ptx -o %t.3 2>&1 | FileCheck %s --check-prefix=NOTARCH
// RUN: not attn-compile %s --sm=80,90 --no-pipeline -o %t.3 2>&1 | FileCheck %s --check-prefix=NOPIPE

// SUMMARY: wrote 2 kernel(s) in 1 binary file(s) for sm_80 to {{.*}}sm_80 in
// SUMMARY: wrote 2 kernel(s) in 1 binary file(s) for sm_90a to {{.*}}sm_90a in
// SUMMARY: wrote a multi-arch bundle for sm_80 sm_90a to

// INDEX:      "bundles": [
// INDEX-NEXT:   {
// INDEX-NEXT:     "arch": "sm_80",
// INDEX-NEXT:     "binary_kind": "ptx",
// INDEX-NEXT:     "directory": "sm_80"
// INDEX-NEXT:   },
// INDEX-NEXT:   {
// INDEX-NEXT:     "arch": "sm_90a",
// INDEX-NEXT:     "binary_kind": "ptx",
// INDEX-NEXT:     "directory": "sm_90a"
// INDEX-NEXT:   }
// INDEX-NEXT: ],
// INDEX-NEXT: "format": "attn-multiarch-bundle",
// INDEX-NEXT: "version": 1

// SM80: "arch": "sm_80",
// SM80: "binary": "multiarch_kernels.ptx",
// SM80: "sm": 80,
// SM90: "arch": "sm_90a",
// SM90: "binary": "multiarch_kernels.ptx",
// SM90: "sm": 90,

// PTX80: .target sm_80
// PTX90: .target sm_90a

// TWICE: attn-compile: error: --sm lists sm_80 twice
// NOTA: attn-compile: error: --sm=80a: the pipeline targets sm_80 for 80, which has no arch-specific variant
// NOTARCH: attn-compile: error: --sm='9x' is not an architecture (expected 80, 90, 90a or sm_80)
// NOPIPE: attn-compile: error: --no-pipeline takes one --sm (its gpu.binary ops target one arch)

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @multiarch(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kp: memref<?x16x8x128xbf16>, %vp: memref<?x16x8x128xbf16>, %ip: memref<?xi32>, %ix: memref<?xi32>, %lp: memref<?xi32>, %o: memref<?x32x128xbf16>, %lse: memref<?x32xf32>) {
  %kv = attn.paged_kv k(%kp : memref<?x16x8x128xbf16>) v(%vp : memref<?x16x8x128xbf16>) indptr(%ip : memref<?xi32>) indices(%ix : memref<?xi32>) last_page_len(%lp : memref<?xi32>) : !kv
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv) outs(%o : memref<?x32x128xbf16>, %lse : memref<?x32xf32>) {mask = #attn.mask<causal>, max_qo_len = 1}
  return
}
