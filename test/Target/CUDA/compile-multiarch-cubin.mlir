// REQUIRES: ptxas
// A multi-arch bundle of cubins, each assembled for its own arch without local memory.
// RUN: rm -rf %t && attn-compile %s --sm=80,90a --toolkit=%cuda_toolkit --ptxas-check -o %t | FileCheck %s
// RUN: FileCheck %s --check-prefix=INDEX --input-file=%t/manifest.json
// RUN: head -c 4 %t/sm_80/multiarch_kernels.cubin | FileCheck %s --check-prefix=ELF
// RUN: head -c 4 %t/sm_90a/multiarch_kernels.cubin | FileCheck %s --check-prefix=ELF

// CHECK: multiarch_attention attention {{.*}} spills=0/0 stack=0
// CHECK: wrote 2 kernel(s) in 1 binary file(s) for sm_80
// CHECK: multiarch_attention attention {{.*}} spills=0/0 stack=0
// CHECK: wrote 2 kernel(s) in 1 binary file(s) for sm_90a
// CHECK: wrote a multi-arch bundle for sm_80 sm_90a

// INDEX: "arch": "sm_80",
// INDEX-NEXT: "binary_kind": "cubin",
// INDEX: "arch": "sm_90a",
// INDEX-NEXT: "binary_kind": "cubin",

// ELF: ELF

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @multiarch(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kp: memref<?x16x8x128xbf16>, %vp: memref<?x16x8x128xbf16>, %ip: memref<?xi32>, %ix: memref<?xi32>, %lp: memref<?xi32>, %o: memref<?x32x128xbf16>, %lse: memref<?x32xf32>) {
  %kv = attn.paged_kv k(%kp : memref<?x16x8x128xbf16>) v(%vp : memref<?x16x8x128xbf16>) indptr(%ip : memref<?xi32>) indices(%ix : memref<?xi32>) last_page_len(%lp : memref<?xi32>) : !kv
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv) outs(%o : memref<?x32x128xbf16>, %lse : memref<?x32xf32>) {mask = #attn.mask<causal>, max_qo_len = 1}
  return
}
