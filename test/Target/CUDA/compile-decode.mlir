// REQUIRES: ptxas
// The whole way from attn IR: attn-to-nvvm, PTX, ptxas; a bundle the runtime loads. The
// decode kernels must not touch local memory.
// RUN: rm -rf %t && attn-compile %s --sm=90 --decode-kernel=cuda-core --toolkit=%cuda_toolkit --ptxas-check -o %t | FileCheck %s --check-prefix=SUMMARY
// RUN: FileCheck %s --input-file=%t/manifest.json
// On sm_90 by default: the tensor-core kernel, a paged prefill kernel of one warp that
// DecodeAttention runs with one query row per request.
// RUN: rm -rf %t.tc && attn-compile %s --sm=90 --toolkit=%cuda_toolkit --ptxas-check -o %t.tc | FileCheck %s --check-prefix=TC
// RUN: FileCheck %s --input-file=%t.tc/manifest.json --check-prefix=TC-MANIFEST
// RUN: not attn-compile %s --decode-kernel=tiles -o %t.bad 2>&1 | FileCheck %s --check-prefix=BAD

// SUMMARY: llama3_8b_decode_attention attention block=128x1x1 dsmem={{[0-9]+}} regs={{[0-9]+}} smem={{[0-9]+}} spills=0/0 stack=0
// SUMMARY: llama3_8b_decode_merge merge block={{[0-9]+}}x1x1 dsmem=0 regs={{[0-9]+}} smem={{[0-9]+}} spills=0/0 stack=0
// SUMMARY: wrote 2 kernel(s) in 1 binary file(s) for sm_90a

// TC: llama3_8b_decode_attention attention block=32x1x1 dsmem={{[0-9]+}} regs={{[0-9]+}} smem={{[0-9]+}} spills=0/0 stack=0
// TC: llama3_8b_decode_merge merge block={{[0-9]+}}x1x1 dsmem=0 regs={{[0-9]+}} smem={{[0-9]+}} spills=0/0 stack=0
// TC-MANIFEST: "family": "prefill"
// TC-MANIFEST: "mask": "causal"
// TC-MANIFEST: "tile_q": 16
// BAD: attn-compile: error: --decode-kernel ('tiles') must be cuda-core, tensor-core or auto

// CHECK-LABEL: "arch": "sm_90a",
// CHECK:         "binary": "llama3_8b_decode_kernels.cubin",
// CHECK-NEXT:    "binary_kind": "cubin",
// CHECK:         "merge_kernel": "llama3_8b_decode_merge",
// CHECK-NEXT:    "name": "llama3_8b_decode_attention",
// CHECK:             "name": "qo_indptr"
// CHECK:         "resources": {
// CHECK:           "stack_frame": 0
// CHECK:         "role": "attention",
// CHECK:           "sm_scale": 0.088388347648318433,
// CHECK:         "name": "llama3_8b_decode_merge",
// CHECK:         "role": "merge",
// CHECK:           "heads_per_cta": {{[0-9]+}},

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @llama3_8b_decode(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kp: memref<?x16x8x128xbf16>, %vp: memref<?x16x8x128xbf16>, %ip: memref<?xi32>, %ix: memref<?xi32>, %lp: memref<?xi32>, %o: memref<?x32x128xbf16>, %lse: memref<?x32xf32>) {
  %kv = attn.paged_kv k(%kp : memref<?x16x8x128xbf16>) v(%vp : memref<?x16x8x128xbf16>) indptr(%ip : memref<?xi32>) indices(%ix : memref<?xi32>) last_page_len(%lp : memref<?xi32>) : !kv
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv) outs(%o : memref<?x32x128xbf16>, %lse : memref<?x32xf32>) {mask = #attn.mask<causal>, max_qo_len = 1}
  return
}
