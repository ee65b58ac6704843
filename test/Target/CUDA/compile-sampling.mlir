// REQUIRES: ptxas
// The sampling kernels from attn IR to PTX and a bundle: one 1024-thread kernel per op, family
// "sample", the variant the runtime matches against; 16-byte loads, warp scans and
// reductions through shuffles, no local memory (ptxas -v, --ptxas-check).
// RUN: rm -rf %t && attn-compile %s --sm=90 --toolkit=%cuda_toolkit --ptxas-check --dump-ptx -o %t | FileCheck %s --check-prefix=SUMMARY
// RUN: FileCheck %s --input-file=%t/manifest.json
// RUN: FileCheck %s --input-file=%t/sampling_sample_kernels.ptx --check-prefix=PTX

// SUMMARY: sampling_sample kernel block=1024x1x1 dsmem=0
// SUMMARY: sampling_1_sample kernel block=1024x1x1 dsmem=0
// SUMMARY: sampling_2_sample kernel block=1024x1x1 dsmem=0
// SUMMARY: sampling_3_sample kernel block=1024x1x1 dsmem=0
// SUMMARY: wrote 4 kernel(s)

func.func @sampling(%l: memref<?x?xbf16>, %p: memref<?x?xf32>, %k: memref<?xi32>,
                    %tp: memref<?xf32>, %so: memref<2xi64>, %ids: memref<?xi32>,
                    %q: memref<?x?xf32>, %m: memref<?x?xbf16>) {
  attn.sample input(%l : memref<?x?xbf16>) top_k(%k : memref<?xi32>) top_p(%tp : memref<?xf32>)
      seed_offset(%so : memref<2xi64>) outs(%ids : memref<?xi32>)
      {sampling = #attn.sampling<input = logits, mode = sample>}
  attn.sample input(%p : memref<?x?xf32>) seed_offset(%so : memref<2xi64>)
      outs(%ids : memref<?xi32>)
      {sampling = #attn.sampling<input = probs, mode = sample, min_p = 0.1>}
  attn.sample input(%p : memref<?x?xf32>) top_k(%k : memref<?xi32>) top_p(%tp : memref<?xf32>)
      outs(%q : memref<?x?xf32>) {sampling = #attn.sampling<input = probs, mode = renorm>}
  attn.sample input(%l : memref<?x?xbf16>) top_k(%k : memref<?xi32>)
      outs(%m : memref<?x?xbf16>) {sampling = #attn.sampling<input = logits, mode = mask>}
  return
}

// CHECK:         "family": "sample",
// CHECK-NEXT:    "name": "sampling_sample",
// CHECK:             "name": "vocab"
// CHECK:             "kind": "i32",
// CHECK-NEXT:        "name": "num_rows"
// CHECK:         "role": "kernel",
// CHECK-NEXT:    "tile": {
// CHECK-NEXT:      "threads": 1024,
// CHECK-NEXT:      "vec": 8
// CHECK-NEXT:    },
// CHECK-NEXT:    "variant": {
// CHECK-NEXT:      "dtype": "bf16",
// CHECK-NEXT:      "input": "logits",
// CHECK-NEXT:      "min_p": 0,
// CHECK-NEXT:      "min_p_per_row": false,
// CHECK-NEXT:      "mode": "sample",
// CHECK-NEXT:      "top_k": 0,
// CHECK-NEXT:      "top_k_per_row": true,
// CHECK-NEXT:      "top_p": 1,
// CHECK-NEXT:      "top_p_per_row": true
// CHECK:         "name": "sampling_1_sample",
// CHECK:           "vec": 4
// CHECK:           "dtype": "f32",
// CHECK-NEXT:      "input": "probs",
// CHECK-NEXT:      "min_p": 0.1{{0*[0-9]*}},
// CHECK:         "name": "sampling_2_sample",
// CHECK:           "mode": "renorm",
// CHECK:         "name": "sampling_3_sample",
// CHECK:           "mode": "mask",

// PTX: .entry sampling_sample(
// PTX: ld.global.v4.b32
// PTX: shfl.sync.bfly.b32
// PTX: bar.sync
// PTX: shfl.sync.up.b32
// PTX: ex2.approx
// PTX: st.global.b32
