// RUN: attn-opt %s -split-input-file -attn-outline -mlir-print-local-scope | FileCheck %s

// A host-level attn.sample becomes one kernel `<f>_sample` of 1024 threads (one CTA per row).
// The rows go in flat with the vocabulary as an i32 argument, so one kernel serves every
// vocabulary; inside the kernel they are expanded back to [rows, vocab]. The filters compiled
// in and those read per row are recorded in the variant.
func.func @sampler(%x: memref<?x128256xbf16>, %k: memref<?xi32>, %so: memref<2xi64>,
                   %ids: memref<?xi32>) {
  attn.sample input(%x : memref<?x128256xbf16>) top_k(%k : memref<?xi32>)
      seed_offset(%so : memref<2xi64>) outs(%ids : memref<?xi32>)
      {sampling = #attn.sampling<input = logits, mode = sample, top_p = 0.9>}
  return
}
// CHECK: gpu.module @sampler_sample_kernels
// CHECK: gpu.func @sampler_sample(%[[IN:.*]]: memref<?xbf16> {attn.param = "input"}, %[[K:.*]]: memref<?xi32> {attn.param = "top_k"}, %[[SO:.*]]: memref<2xi64> {attn.param = "seed_offset"}, %[[OUT:.*]]: memref<?xi32> {attn.param = "out"}, %[[V:.*]]: i32 {attn.param = "vocab"}, %[[N:.*]]: i32 {attn.param = "num_rows"}) kernel attributes {attn.vec = 8 : i64, known_block_size = array<i32: 1024, 1, 1>}
// CHECK-DAG: %[[NI:.*]] = arith.index_castui %[[N]] : i32 to index
// CHECK-DAG: %[[VI:.*]] = arith.index_castui %[[V]] : i32 to index
// CHECK:   %[[X:.*]] = memref.expand_shape %[[IN]] {{\[}}[0, 1]] output_shape [%[[NI]], %[[VI]]] : memref<?xbf16> into memref<?x?xbf16>
// CHECK:   attn.sample input(%[[X]] : memref<?x?xbf16>) top_k(%[[K]] : memref<?xi32>) seed_offset(%[[SO]] : memref<2xi64>) outs(%[[OUT]] : memref<?xi32>) {sampling = #attn.sampling<input = logits, mode = sample, top_p = 9.000000e-01>}
// CHECK: attn.kernel_abi @sampler_sample for @sampler_sample_kernels::@sampler_sample
// CHECK-SAME: block = array<i32: 1024, 1, 1>, dynamic_smem = 0 : i64, family = "sample"
// CHECK-SAME: params = [{kind = "ptr", name = "input"}, {kind = "ptr", name = "top_k"}, {kind = "ptr", name = "seed_offset"}, {kind = "ptr", name = "out"}, {kind = "i32", name = "vocab"}, {kind = "i32", name = "num_rows"}]
// CHECK-SAME: role = "kernel", tile = {threads = 1024 : i64, vec = 8 : i64}
// CHECK-SAME: variant = {dtype = "bf16", input = "logits", min_p = 0.000000e+00 : f64, min_p_per_row = false, mode = "sample", top_k = 0 : i64, top_k_per_row = true, top_p = 9.000000e-01 : f64, top_p_per_row = false}
// CHECK-LABEL: func.func @sampler(
// CHECK-NOT: attn.
// CHECK: return

// -----

// Renormalisation writes rows like its input: out is flat too, f32 moves 4 per access.
func.func @renorm(%x: memref<?x?xf32>, %p: memref<?xf32>, %y: memref<?x?xf32>) {
  attn.sample input(%x : memref<?x?xf32>) top_p(%p : memref<?xf32>)
      outs(%y : memref<?x?xf32>) {sampling = #attn.sampling<input = probs, mode = renorm>}
  return
}
// CHECK: gpu.func @renorm_sample(%[[IN:.*]]: memref<?xf32> {attn.param = "input"}, %[[P:.*]]: memref<?xf32> {attn.param = "top_p"}, %[[OUT:.*]]: memref<?xf32> {attn.param = "out"}, %{{.*}}: i32 {attn.param = "vocab"}, %{{.*}}: i32 {attn.param = "num_rows"}) kernel attributes {attn.vec = 4 : i64
// CHECK:   %[[X:.*]] = memref.expand_shape %[[IN]]
// CHECK:   %[[Y:.*]] = memref.expand_shape %[[OUT]]
// CHECK:   attn.sample input(%[[X]] : memref<?x?xf32>) top_p(%[[P]] : memref<?xf32>) outs(%[[Y]] : memref<?x?xf32>)
// CHECK: attn.kernel_abi @renorm_sample
// CHECK-SAME: variant = {dtype = "f32", input = "probs", min_p = 0.000000e+00 : f64, min_p_per_row = false, mode = "renorm", top_k = 0 : i64, top_k_per_row = false, top_p = 1.000000e+00 : f64, top_p_per_row = true}

// -----

// Speculative verification: one kernel `<f>_chain_speculative_sample` of 1024 threads (one
// CTA per request), family "spec_sample". Every buffer goes in flat with num_spec, vocab and
// the row count as i32 arguments; inside the kernel the rows are expanded back, the target
// rows and the output to num_spec + 1.
func.func @verify(%q: memref<?x4x128256xf32>, %d: memref<?x4xi32>,
                  %p: memref<?x5x128256xf32>, %so: memref<2xi64>,
                  %o: memref<?x5xi32>, %a: memref<?xi32>, %e: memref<?xi32>) {
  attn.chain_speculative_sample draft_probs(%q : memref<?x4x128256xf32>)
      draft_token_ids(%d : memref<?x4xi32>) target_probs(%p : memref<?x5x128256xf32>)
      seed_offset(%so : memref<2xi64>)
      outs(%o : memref<?x5xi32>, %a : memref<?xi32>, %e : memref<?xi32>)
  return
}
// CHECK: gpu.module @verify_chain_speculative_sample_kernels
// CHECK: gpu.func @verify_chain_speculative_sample(%[[Q:.*]]: memref<?xf32> {attn.param = "draft_probs"}, %[[D:.*]]: memref<?xi32> {attn.param = "draft_token_ids"}, %[[P:.*]]: memref<?xf32> {attn.param = "target_probs"}, %[[SO:.*]]: memref<2xi64> {attn.param = "seed_offset"}, %[[O:.*]]: memref<?xi32> {attn.param = "out"}, %[[A:.*]]: memref<?xi32> {attn.param = "accepted"}, %[[E:.*]]: memref<?xi32> {attn.param = "emitted"}, %[[S:.*]]: i32 {attn.param = "num_spec"}, %[[V:.*]]: i32 {attn.param = "vocab"}, %[[N:.*]]: i32 {attn.param = "num_rows"}) kernel attributes {attn.vec = 4 : i64, known_block_size = array<i32: 1024, 1, 1>}
// CHECK-DAG: %[[SI:.*]] = arith.index_castui %[[S]] : i32 to index
// CHECK-DAG: %[[VI:.*]] = arith.index_castui %[[V]] : i32 to index
// CHECK-DAG: %[[NI:.*]] = arith.index_castui %[[N]] : i32 to index
// CHECK:   %[[S1:.*]] = arith.addi %[[SI]], %{{.*}} : index
// CHECK:   %[[QX:.*]] = memref.expand_shape %[[Q]] {{\[}}[0, 1, 2]] output_shape [%[[NI]], %[[SI]], %[[VI]]] : memref<?xf32> into memref<?x?x?xf32>
// CHECK:   %[[DX:.*]] = memref.expand_shape %[[D]] {{\[}}[0, 1]] output_shape [%[[NI]], %[[SI]]] : memref<?xi32> into memref<?x?xi32>
// CHECK:   %[[PX:.*]] = memref.expand_shape %[[P]] {{\[}}[0, 1, 2]] output_shape [%[[NI]], %[[S1]], %[[VI]]] : memref<?xf32> into memref<?x?x?xf32>
// CHECK:   %[[OX:.*]] = memref.expand_shape %[[O]] {{\[}}[0, 1]] output_shape [%[[NI]], %[[S1]]] : memref<?xi32> into memref<?x?xi32>
// CHECK:   attn.chain_speculative_sample draft_probs(%[[QX]] : memref<?x?x?xf32>) draft_token_ids(%[[DX]] : memref<?x?xi32>) target_probs(%[[PX]] : memref<?x?x?xf32>) seed_offset(%[[SO]] : memref<2xi64>) outs(%[[OX]] : memref<?x?xi32>, %[[A]] : memref<?xi32>, %[[E]] : memref<?xi32>)
// CHECK: attn.kernel_abi @verify_chain_speculative_sample for @verify_chain_speculative_sample_kernels::@verify_chain_speculative_sample
// CHECK-SAME: block = array<i32: 1024, 1, 1>, dynamic_smem = 0 : i64, family = "spec_sample"
// CHECK-SAME: params = [{kind = "ptr", name = "draft_probs"}, {kind = "ptr", name = "draft_token_ids"}, {kind = "ptr", name = "target_probs"}, {kind = "ptr", name = "seed_offset"}, {kind = "ptr", name = "out"}, {kind = "ptr", name = "accepted"}, {kind = "ptr", name = "emitted"}, {kind = "i32", name = "num_spec"}, {kind = "i32", name = "vocab"}, {kind = "i32", name = "num_rows"}]
// CHECK-SAME: role = "kernel", tile = {threads = 1024 : i64, vec = 4 : i64}, variant = {dtype = "f32"}
// CHECK-LABEL: func.func @verify(
// CHECK-NOT: attn.
// CHECK: return

// -----

// bf16 distributions: 8 elements per 16-byte access.
func.func @verify_bf16(%q: memref<?x?x?xbf16>, %d: memref<?x?xi32>, %p: memref<?x?x?xbf16>,
                       %so: memref<2xi64>, %o: memref<?x?xi32>, %a: memref<4xi32>,
                       %e: memref<4xi32>) {
  attn.chain_speculative_sample draft_probs(%q : memref<?x?x?xbf16>)
      draft_token_ids(%d : memref<?x?xi32>) target_probs(%p : memref<?x?x?xbf16>)
      seed_offset(%so : memref<2xi64>)
      outs(%o : memref<?x?xi32>, %a : memref<4xi32>, %e : memref<4xi32>)
  return
}
// CHECK: gpu.func @verify_bf16_chain_speculative_sample(%{{.*}}: memref<?xbf16> {attn.param = "draft_probs"}
// CHECK-SAME: %{{.*}}: memref<?xi32> {attn.param = "accepted"}, %{{.*}}: memref<?xi32> {attn.param = "emitted"}
// CHECK-SAME: attn.vec = 8 : i64
// CHECK: attn.kernel_abi @verify_bf16_chain_speculative_sample
// CHECK-SAME: variant = {dtype = "bf16"}

// -----

// cluster_size = 16: 512-thread CTAs in clusters of 16 along x (tile.cluster), each with the
// dynamic shared memory of its slice of the longest row (262144 / 16 f32 = 64 KiB); the
// variant names the cluster size.
func.func @clustered(%x: memref<?x?xbf16>, %k: memref<?xi32>, %m: memref<?x?xbf16>) {
  attn.sample input(%x : memref<?x?xbf16>) top_k(%k : memref<?xi32>) outs(%m : memref<?x?xbf16>)
      {sampling = #attn.sampling<input = logits, mode = mask, cluster_size = 16>}
  return
}
// CHECK: gpu.func @clustered_sample(
// CHECK-SAME: kernel attributes {attn.vec = 8 : i64, known_block_size = array<i32: 512, 1, 1>}
// CHECK:   attn.sample
// CHECK-SAME: {sampling = #attn.sampling<input = logits, mode = mask, cluster_size = 16>}
// CHECK: attn.kernel_abi @clustered_sample
// CHECK-SAME: block = array<i32: 512, 1, 1>, dynamic_smem = 65536 : i64, family = "sample"
// CHECK-SAME: tile = {cluster = 16 : i64, threads = 512 : i64, vec = 8 : i64}
// CHECK-SAME: variant = {cluster_size = 16 : i64, dtype = "bf16", input = "logits"

// -----

// Top-p over probabilities, one CTA per row, marked by attn-plan (attn.mass_bins): 128 KiB of
// dynamic shared memory for the bins of mass (32 bins x 1024 threads, then the CTA's 32
// sums, f32).
func.func @binned(%x: memref<?x?xf32>, %tp: memref<?xf32>, %so: memref<2xi64>,
                  %ids: memref<?xi32>) {
  attn.sample input(%x : memref<?x?xf32>) top_p(%tp : memref<?xf32>)
      seed_offset(%so : memref<2xi64>) outs(%ids : memref<?xi32>)
      {attn.mass_bins, sampling = #attn.sampling<input = probs, mode = sample>}
  return
}
// CHECK: attn.kernel_abi @binned_sample
// CHECK-SAME: block = array<i32: 1024, 1, 1>, dynamic_smem = 131200 : i64, family = "sample"

// -----

// With top-k also the count bins: 17 x 1025 f32 more (200900 bytes in all).
func.func @binned_counts(%x: memref<?x?xf32>, %k: memref<?xi32>, %so: memref<2xi64>,
                         %ids: memref<?xi32>) {
  attn.sample input(%x : memref<?x?xf32>) top_k(%k : memref<?xi32>)
      seed_offset(%so : memref<2xi64>) outs(%ids : memref<?xi32>)
      {attn.mass_bins, sampling = #attn.sampling<input = probs, mode = sample>}
  return
}
// CHECK: attn.kernel_abi @binned_counts_sample
// CHECK-SAME: block = array<i32: 1024, 1, 1>, dynamic_smem = 200900 : i64, family = "sample"

// -----

// Without the attribute (attn-plan left it off: the target's shared memory is smaller) the
// same op's kernel has no bins.
func.func @unbinned(%x: memref<?x?xf32>, %k: memref<?xi32>, %so: memref<2xi64>,
                    %ids: memref<?xi32>) {
  attn.sample input(%x : memref<?x?xf32>) top_k(%k : memref<?xi32>)
      seed_offset(%so : memref<2xi64>) outs(%ids : memref<?xi32>)
      {sampling = #attn.sampling<input = probs, mode = sample>}
  return
}
// CHECK: attn.kernel_abi @unbinned_sample
// CHECK-SAME: block = array<i32: 1024, 1, 1>, dynamic_smem = 0 : i64, family = "sample"

// -----

// advance_offset becomes the kernel's i32 parameter of that name, between seed_offset and
// out (sample) or after emitted (spec_sample), the sizes staying the last arguments.
func.func @advancing(%x: memref<?x?xf32>, %so: memref<3xi64>, %adv: i32, %ids: memref<?xi32>,
                     %q: memref<?x?x?xf32>, %d: memref<?x?xi32>, %p: memref<?x?x?xf32>,
                     %o: memref<?x?xi32>, %a: memref<?xi32>, %e: memref<?xi32>) {
  attn.sample input(%x : memref<?x?xf32>) seed_offset(%so : memref<3xi64>) advance_offset(%adv)
      outs(%ids : memref<?xi32>) {sampling = #attn.sampling<input = probs, mode = sample>}
  attn.chain_speculative_sample draft_probs(%q : memref<?x?x?xf32>)
      draft_token_ids(%d : memref<?x?xi32>) target_probs(%p : memref<?x?x?xf32>)
      seed_offset(%so : memref<3xi64>) advance_offset(%adv)
      outs(%o : memref<?x?xi32>, %a : memref<?xi32>, %e : memref<?xi32>)
  return
}
// CHECK: gpu.func @advancing_sample(%{{.*}}: memref<?xf32> {attn.param = "input"}, %[[SO:.*]]: memref<3xi64> {attn.param = "seed_offset"}, %[[ADV:.*]]: i32 {attn.param = "advance_offset"}, %{{.*}}: memref<?xi32> {attn.param = "out"}, %{{.*}}: i32 {attn.param = "vocab"}, %{{.*}}: i32 {attn.param = "num_rows"})
// CHECK:   attn.sample input(%{{.*}} : memref<?x?xf32>) seed_offset(%[[SO]] : memref<3xi64>) advance_offset(%[[ADV]]) outs(
// CHECK: attn.kernel_abi @advancing_sample
// CHECK-SAME: {kind = "ptr", name = "seed_offset"}, {kind = "i32", name = "advance_offset"}, {kind = "ptr", name = "out"}
// CHECK: gpu.func @advancing_chain_speculative_sample({{.*}}%[[SSO:[^:]*]]: memref<3xi64> {attn.param = "seed_offset"}, {{.*}} {attn.param = "emitted"}, %[[SADV:[^:]*]]: i32 {attn.param = "advance_offset"}, %{{.*}}: i32 {attn.param = "num_spec"}, %{{.*}}: i32 {attn.param = "vocab"}, %{{.*}}: i32 {attn.param = "num_rows"})
// CHECK:   attn.chain_speculative_sample {{.*}} seed_offset(%[[SSO]] : memref<3xi64>) advance_offset(%[[SADV]]) outs(
// CHECK: attn.kernel_abi @advancing_chain_speculative_sample
// CHECK-SAME: {kind = "ptr", name = "emitted"}, {kind = "i32", name = "advance_offset"}, {kind = "i32", name = "num_spec"}
