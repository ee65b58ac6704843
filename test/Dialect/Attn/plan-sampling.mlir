// RUN: attn-opt %s -attn-plan=sm=90 | FileCheck %s --check-prefix=SM90
// RUN: attn-opt %s -attn-plan=sm=80 | FileCheck %s --check-prefix=SM80
// RUN: attn-opt %s -attn-plan=sm=86 | FileCheck %s --check-prefix=SM86

// attn-plan marks the sampling draws whose kernel collects bins of the row (top-k or top-p
// over probabilities, one CTA per row) where the target's opt-in shared memory per CTA holds
// them: 131200 bytes for top-p, 200900 with top-k's counts, beside a 4 KiB reserve for the
// kernel's static buffers. sm_90 (227 KiB) takes both, sm_80 (163 KiB) top-p alone, sm_86
// (99 KiB) neither. Logits, renorm, masks, plain draws and cluster kernels never get it.
func.func @sampling(%p: memref<?x?xf32>, %l: memref<?x?xbf16>, %k: memref<?xi32>,
                    %tp: memref<?xf32>, %so: memref<2xi64>, %ids: memref<?xi32>,
                    %q: memref<?x?xf32>) {
  // SM90: attn.sample input(%{{.*}} : memref<?x?xf32>) top_p{{.*}}{attn.mass_bins, sampling = #attn.sampling<input = probs, mode = sample>}
  // SM80: attn.sample input(%{{.*}} : memref<?x?xf32>) top_p{{.*}}{attn.mass_bins, sampling = #attn.sampling<input = probs, mode = sample>}
  // SM86: attn.sample input(%{{.*}} : memref<?x?xf32>) top_p{{.*}}{sampling = #attn.sampling<input = probs, mode = sample>}
  attn.sample input(%p : memref<?x?xf32>) top_p(%tp : memref<?xf32>)
      seed_offset(%so : memref<2xi64>) outs(%ids : memref<?xi32>)
      {sampling = #attn.sampling<input = probs, mode = sample>}
  // SM90: attn.sample input(%{{.*}} : memref<?x?xf32>) top_k{{.*}}{attn.mass_bins, sampling = #attn.sampling<input = probs, mode = sample, top_p = 8.000000e-01>}
  // SM80: attn.sample input(%{{.*}} : memref<?x?xf32>) top_k{{.*}}{sampling = #attn.sampling<input = probs, mode = sample, top_p = 8.000000e-01>}
  // SM86: attn.sample input(%{{.*}} : memref<?x?xf32>) top_k{{.*}}{sampling = #attn.sampling<input = probs, mode = sample, top_p = 8.000000e-01>}
  attn.sample input(%p : memref<?x?xf32>) top_k(%k : memref<?xi32>)
      seed_offset(%so : memref<2xi64>) outs(%ids : memref<?xi32>)
      {sampling = #attn.sampling<input = probs, mode = sample, top_p = 0.8>}
  // SM90-NOT: attn.mass_bins
  // SM90: attn.sample input(%{{.*}} : memref<?x?xbf16>) top_k{{.*}}{sampling = #attn.sampling<input = logits, mode = sample>}
  attn.sample input(%l : memref<?x?xbf16>) top_k(%k : memref<?xi32>)
      seed_offset(%so : memref<2xi64>) outs(%ids : memref<?xi32>)
      {sampling = #attn.sampling<input = logits, mode = sample>}
  // SM90: attn.sample input(%{{.*}} : memref<?x?xf32>) seed_offset{{.*}}{sampling = #attn.sampling<input = probs, mode = sample>}
  attn.sample input(%p : memref<?x?xf32>) seed_offset(%so : memref<2xi64>)
      outs(%ids : memref<?xi32>) {sampling = #attn.sampling<input = probs, mode = sample>}
  // SM90: attn.sample input(%{{.*}} : memref<?x?xf32>) top_p{{.*}}{sampling = #attn.sampling<input = probs, mode = renorm>}
  attn.sample input(%p : memref<?x?xf32>) top_p(%tp : memref<?xf32>)
      outs(%q : memref<?x?xf32>) {sampling = #attn.sampling<input = probs, mode = renorm>}
  // SM90: attn.sample input(%{{.*}} : memref<?x?xf32>) top_p{{.*}}{sampling = #attn.sampling<input = probs, mode = sample, cluster_size = 8>}
  // SM90-NOT: attn.mass_bins
  attn.sample input(%p : memref<?x?xf32>) top_p(%tp : memref<?xf32>)
      seed_offset(%so : memref<2xi64>) outs(%ids : memref<?xi32>)
      {sampling = #attn.sampling<input = probs, mode = sample, cluster_size = 8>}
  return
}
