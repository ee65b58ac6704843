// REQUIRES: ptxas
// The speculative-verification kernels (attn.chain_speculative_sample) from attn IR to PTX and
// a bundle: one 1024-thread kernel per op, family "spec_sample", the dtype its variant; no
// register spill or local memory (--ptxas-check).
// RUN: rm -rf %t && attn-compile %s --sm=90 --toolkit=%cuda_toolkit --ptxas-check --dump-ptx -o %t | FileCheck %s --check-prefix=SUMMARY
// RUN: FileCheck %s --input-file=%t/manifest.json
// RUN: FileCheck %s --input-file=%t/verify_chain_speculative_sample_kernels.ptx --check-prefix=PTX

// SUMMARY: verify_chain_speculative_sample kernel block=1024x1x1 dsmem=0 {{.*}}spills=0/0 stack=0
// SUMMARY: verify_1_chain_speculative_sample kernel block=1024x1x1 dsmem=0 {{.*}}spills=0/0 stack=0
// SUMMARY: wrote 2 kernel(s)

func.func @verify(%q: memref<?x?x?xf32>, %d: memref<?x?xi32>, %p: memref<?x?x?xf32>,
                  %so: memref<2xi64>, %o: memref<?x?xi32>, %a: memref<?xi32>,
                  %e: memref<?xi32>, %qb: memref<?x?x?xbf16>, %pb: memref<?x?x?xbf16>) {
  attn.chain_speculative_sample draft_probs(%q : memref<?x?x?xf32>)
      draft_token_ids(%d : memref<?x?xi32>) target_probs(%p : memref<?x?x?xf32>)
      seed_offset(%so : memref<2xi64>)
      outs(%o : memref<?x?xi32>, %a : memref<?xi32>, %e : memref<?xi32>)
  attn.chain_speculative_sample draft_probs(%qb : memref<?x?x?xbf16>)
      draft_token_ids(%d : memref<?x?xi32>) target_probs(%pb : memref<?x?x?xbf16>)
      seed_offset(%so : memref<2xi64>)
      outs(%o : memref<?x?xi32>, %a : memref<?xi32>, %e : memref<?xi32>)
  return
}

// CHECK:         "family": "spec_sample",
// CHECK-NEXT:    "name": "verify_chain_speculative_sample",
// CHECK:             "name": "draft_probs"
// CHECK:             "name": "emitted"
// CHECK:             "kind": "i32",
// CHECK-NEXT:        "name": "num_spec"
// CHECK:             "kind": "i32",
// CHECK-NEXT:        "name": "vocab"
// CHECK:             "kind": "i32",
// CHECK-NEXT:        "name": "num_rows"
// CHECK:         "role": "kernel",
// CHECK-NEXT:    "tile": {
// CHECK-NEXT:      "threads": 1024,
// CHECK-NEXT:      "vec": 4
// CHECK-NEXT:    },
// CHECK-NEXT:    "variant": {
// CHECK-NEXT:      "dtype": "f32"
// CHECK-NEXT:    }
// CHECK:         "family": "spec_sample",
// CHECK-NEXT:    "name": "verify_1_chain_speculative_sample",
// CHECK:           "vec": 8
// CHECK:           "dtype": "bf16"

// PTX: .entry verify_chain_speculative_sample(
// PTX: mul.wide.u32
// PTX: setp.lt.f32
// PTX: ld.global.v4.b32
// PTX: shfl.sync.bfly.b32
// PTX: bar.sync
// PTX: shfl.sync.up.b32
// PTX: st.global.b32
