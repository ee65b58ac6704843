// REQUIRES: ptxas
// The cluster sampling kernels (cluster_size 8 and 16) from attn IR to PTX and a bundle:
// 512-thread kernels (the cluster shape comes with the launch: no .reqnctapercluster), the
// slice in dynamic shared memory, the cluster
// exchanges as mapa + st.shared::cluster between barrier.cluster arrive / wait; ptxas accepts
// them without local memory (--ptxas-check), and the manifest names the cluster in the tile
// and the variant (the runtime launches them with the cluster dimension).
// RUN: rm -rf %t && attn-compile %s --sm=90 --toolkit=%cuda_toolkit --ptxas-check --dump-ptx -o %t | FileCheck %s --check-prefix=SUMMARY
// RUN: FileCheck %s --input-file=%t/manifest.json
// RUN: FileCheck %s --input-file=%t/sampling_sample_kernels.ptx --check-prefix=PTX
// RUN: FileCheck %s --input-file=%t/sampling_3_sample_kernels.ptx --check-prefix=PTX16
// RUN: not attn-compile %s --sm=80 -o %t.sm80 2>&1 | FileCheck %s --check-prefix=SM80

// SUMMARY: sampling_sample kernel block=512x1x1 dsmem=131072
// SUMMARY: sampling_1_sample kernel block=512x1x1 dsmem=131072
// SUMMARY: sampling_2_sample kernel block=512x1x1 dsmem=131072
// SUMMARY: sampling_3_sample kernel block=512x1x1 dsmem=65536
// SUMMARY: wrote 4 kernel(s)

// SM80: splits a row over a cluster of 8 CTAs, which needs sm_90 or later; the kernel targets sm_80

func.func @sampling(%l: memref<?x?xbf16>, %p: memref<?x?xf32>, %k: memref<?xi32>,
                    %tp: memref<?xf32>, %so: memref<2xi64>, %ids: memref<?xi32>,
                    %q: memref<?x?xf32>, %m: memref<?x?xbf16>) {
  attn.sample input(%l : memref<?x?xbf16>) top_k(%k : memref<?xi32>) top_p(%tp : memref<?xf32>)
      seed_offset(%so : memref<2xi64>) outs(%ids : memref<?xi32>)
      {sampling = #attn.sampling<input = logits, mode = sample, cluster_size = 8>}
  attn.sample input(%p : memref<?x?xf32>) seed_offset(%so : memref<2xi64>)
      outs(%ids : memref<?xi32>)
      {sampling = #attn.sampling<input = probs, mode = sample, min_p = 0.1, cluster_size = 8>}
  attn.sample input(%p : memref<?x?xf32>) top_k(%k : memref<?xi32>) top_p(%tp : memref<?xf32>)
      outs(%q : memref<?x?xf32>)
      {sampling = #attn.sampling<input = probs, mode = renorm, cluster_size = 8>}
  attn.sample input(%l : memref<?x?xbf16>) top_k(%k : memref<?xi32>)
      outs(%m : memref<?x?xbf16>)
      {sampling = #attn.sampling<input = logits, mode = mask, cluster_size = 16>}
  return
}

// CHECK:         "dynamic_smem": 131072,
// CHECK-NEXT:    "family": "sample",
// CHECK-NEXT:    "name": "sampling_sample",
// CHECK:         "role": "kernel",
// CHECK-NEXT:    "tile": {
// CHECK-NEXT:      "cluster": 8,
// CHECK-NEXT:      "threads": 512,
// CHECK-NEXT:      "vec": 8
// CHECK-NEXT:    },
// CHECK-NEXT:    "variant": {
// CHECK-NEXT:      "cluster_size": 8,
// CHECK-NEXT:      "dtype": "bf16",
// CHECK-NEXT:      "input": "logits",
// CHECK:         "name": "sampling_3_sample",
// CHECK:           "cluster": 16,
// CHECK:           "cluster_size": 16,
// CHECK:           "mode": "mask",

// The slice is CUDA's extern __shared__ window, which starts after the static buffers
// (scratch, exchange): a demoted static byte in its place let the slice overwrite them.
// PTX: .extern .shared .align 1024 .b8 __dynamic_shmem__0[];
// PTX: .entry sampling_sample(
// PTX-NOT: .b8 __dynamic_shmem__0;
// PTX-NOT: .reqnctapercluster
// PTX: barrier.cluster.arrive.relaxed.aligned;
// PTX: ld.global.v4.b32
// PTX: barrier.cluster.wait.aligned;
// PTX: mapa.shared::cluster.u32
// PTX: st.shared::cluster.b32
// PTX: barrier.cluster.arrive.aligned;
// PTX-NEXT: barrier.cluster.wait.aligned;
// PTX: shfl.sync.up.b32
// PTX: st.global.b32

// PTX16: .entry sampling_3_sample(
// PTX16-NOT: .reqnctapercluster
// PTX16: barrier.cluster.wait.aligned;
