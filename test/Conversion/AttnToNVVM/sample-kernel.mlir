// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(attn-plan{sm=90},attn-outline,gpu.module(convert-attn-to-nvvm,canonicalize,cse))" | FileCheck %s

// Logits, top-k per row and top-p compiled in: one CTA per row (block_id.x), a max pass and a
// softmax-denominator pass (16-byte loads when vocab % 8 == 0, element loads otherwise), then
// rounds of draw (scan of the threads' masses, Philox, the owner's walk) and test (cnt and
// mass above the pivot) until the token survives.
func.func @logits_topk_topp(%x: memref<?x?xbf16>, %k: memref<?xi32>, %so: memref<2xi64>,
                            %ids: memref<?xi32>) {
  attn.sample input(%x : memref<?x?xbf16>) top_k(%k : memref<?xi32>)
      seed_offset(%so : memref<2xi64>) outs(%ids : memref<?xi32>)
      {sampling = #attn.sampling<input = logits, mode = sample, top_p = 0.9>}
  return
}
// CHECK-LABEL: gpu.func @logits_topk_topp_sample(
// CHECK-SAME:    %[[IN:[^:]*]]: memref<?xbf16> {attn.param = "input"}, %[[K:[^:]*]]: memref<?xi32> {attn.param = "top_k"}, %[[SO:[^:]*]]: memref<2xi64> {attn.param = "seed_offset"}, %[[OUT:[^:]*]]: memref<?xi32> {attn.param = "out"}, %[[V:[^:]*]]: i32 {attn.param = "vocab"}, %[[N:[^:]*]]: i32 {attn.param = "num_rows"})
// CHECK-SAME:    workgroup(%[[SCRATCH:.*]] : memref<12x32xf32, #gpu.address_space<workgroup>> {llvm.align = 16 : i64}, %[[SLOTS:.*]] : memref<12xf32, #gpu.address_space<workgroup>> {llvm.align = 16 : i64})
// CHECK-NOT:   memref.expand_shape
// CHECK:       %[[ROW:.*]] = gpu.block_id  x
// CHECK:       scf.if
// CHECK:         memref.load %[[SO]]
// Max pass: vectors of 8 bf16 (16 bytes) or single elements.
// CHECK:         vector.load %[[IN]][%{{.*}}] {alignment = 16 : i64} : memref<?xbf16>, vector<8xbf16>
// CHECK:         vector.load %[[IN]][%{{.*}}] {alignment = 2 : i64} : memref<?xbf16>, vector<1xbf16>
// CHECK:         gpu.shuffle  xor
// CHECK:         arith.maxnumf
// CHECK:         gpu.barrier
// Softmax denominator: exp2((x - M) * log2 e).
// CHECK:         math.exp2
// CHECK:         memref.load %[[K]][%[[ROW]]]
// One CTA carries the threads' mass S_t (not its scan, as a cluster does) and scans it in the
// round, after thread 0 reset the token slot (-1 stays where no owner walks).
// CHECK:         scf.while ({{.*}}) : (f32, f32, i32, f32, i1)
// CHECK:           scf.condition
// CHECK:         } do {
// CHECK-NEXT:    ^bb0(%{{.*}}: f32, %[[S:[^:]*]]: f32, %{{.*}}: i32, %{{.*}}: f32):
// CHECK:           scf.if
// CHECK-NEXT:        memref.store %cst{{.*}}, %[[SLOTS]][%c0]
// Draw: inclusive warp scan, Philox rounds, the owner's walk.
// CHECK:           gpu.shuffle  up %[[S]], %c1_i32, %c32_i32 : f32
// CHECK:           gpu.barrier
// CHECK-COUNT-2:   arith.mului_extended
// CHECK:           arith.cmpf olt
// CHECK:           arith.cmpf ole
// CHECK:           scf.if
// CHECK:             memref.store %{{.*}}, %[[SLOTS]]
// CHECK:           gpu.barrier
// CHECK:           memref.load %[[SLOTS]]
// Test: cnt and mass above the pivot, reduced over the CTA; cnt < k, then mass < 0.9 * W.
// CHECK:           vector.load %[[IN]]
// CHECK:           gpu.barrier
// CHECK:           arith.cmpf olt
// CHECK:           %[[PW:.*]] = arith.mulf %{{.*}}, %cst{{.*}} : f32
// CHECK:           arith.cmpf olt, %{{.*}}, %[[PW]] : f32
// CHECK:           scf.yield
// CHECK:         arith.fptosi %{{.*}} : f32 to i32
// CHECK:         memref.store %{{.*}}, %[[OUT]][%[[ROW]]] : memref<?xi32>
// CHECK-NOT:   attn.sample
// CHECK:       gpu.return

// -----

// Unfiltered f32 probabilities: one prologue pass (max and mass together), and no rounds:
// the first draw is the token. The pass loads two 16-byte units a thread (units i, i + 1024)
// ahead of their bodies: two batches an iteration while both are whole (i < units - 3072),
// the second's loads (i + 2048, i + 3072) before the first's bodies and the next iteration's
// first batch (i + 4096, i + 5120, clamped to the row's last unit) before the second's; then
// a last whole batch (i < units - 1024) and the rest one unit at a time.
func.func @probs(%x: memref<?x?xf32>, %so: memref<2xi64>, %ids: memref<?xi32>) {
  attn.sample input(%x : memref<?x?xf32>) seed_offset(%so : memref<2xi64>)
      outs(%ids : memref<?xi32>) {sampling = #attn.sampling<input = probs, mode = sample>}
  return
}
// CHECK-LABEL: gpu.func @probs_sample(
// CHECK:         %[[TID:.*]] = gpu.thread_id  x
// CHECK:         %[[UNITS:.*]] = arith.divui %{{.*}}, %c4 : index
// CHECK:         %[[BATCHEND:.*]] = arith.subi %[[UNITS]], %c1024 : index
// CHECK:         %[[LASTUNIT:.*]] = arith.subi %[[UNITS]], %c1 : index
// CHECK:         arith.minsi %[[TID]], %[[LASTUNIT]] : index
// CHECK:         vector.load %{{.*}} {alignment = 16 : i64} : memref<?xf32>, vector<4xf32>
// CHECK:         vector.load %{{.*}} {alignment = 16 : i64} : memref<?xf32>, vector<4xf32>
// CHECK:         %[[PAIREND:.*]] = arith.subi %[[UNITS]], %c3072 : index
// CHECK:         %[[MAIN:.*]]:6 = scf.for %[[I:.*]] = %[[TID]] to %[[PAIREND]] step %c4096 iter_args(
// CHECK:           arith.addi %[[I]], %c2048 : index
// CHECK:           vector.load %{{.*}} {alignment = 16 : i64} : memref<?xf32>, vector<4xf32>
// CHECK:           arith.addi %[[I]], %c3072 : index
// CHECK:           vector.load %{{.*}} {alignment = 16 : i64} : memref<?xf32>, vector<4xf32>
// CHECK:           arith.addf
// CHECK:           arith.addi %[[I]], %c4096 : index
// CHECK:           vector.load %{{.*}} {alignment = 16 : i64} : memref<?xf32>, vector<4xf32>
// CHECK:           arith.addi %[[I]], %c5120 : index
// CHECK:           vector.load %{{.*}} {alignment = 16 : i64} : memref<?xf32>, vector<4xf32>
// CHECK:           arith.addf
// CHECK:           scf.yield
// CHECK:         %[[LASTBATCH:.*]] = arith.cmpi slt, %[[MAIN]]#3, %[[BATCHEND]] : index
// CHECK:         %[[AFTER:.*]]:4 = scf.if %[[LASTBATCH]] -> (f32, f32, f32, index) {
// CHECK:           arith.addf
// CHECK:           scf.yield
// CHECK:         } else {
// CHECK:           scf.yield %[[MAIN]]#0, %[[MAIN]]#1, %[[MAIN]]#2, %[[MAIN]]#3
// CHECK:         scf.for %{{.*}} = %[[AFTER]]#3 to %[[UNITS]] step %c1024 iter_args(
// CHECK:           vector.load %{{.*}} {alignment = 16 : i64} : memref<?xf32>, vector<4xf32>
// CHECK-NOT:     math.exp2
// The max and the mass in one reduction; the least index holding the max (the fallback of a
// draw without an owner) is found only when the draw found none, by another pass.
// CHECK:         arith.maxnumf
// CHECK:         arith.addf
// CHECK:         gpu.barrier
// CHECK-NOT:     arith.minnumf
// CHECK-NOT:     scf.while
// The draw: the owner's warp (the ballot of the owner test) loads the owner's units, one a
// lane (chunks of 32); each lane sums its unit's weights, a warp scan (shuffles up) gives the
// mass before each unit, each lane walks its own unit from there, and the ballot of the lanes
// that reach u picks the token (the first of them). Only a walk left short of u by rounding
// takes the second loop, for the owner's last candidate. The owner lane writes the token.
// CHECK:         %[[BALLOT:.*]] = nvvm.vote.sync  ballot %c-1_i32, %{{.*}} -> i32
// CHECK:         %[[HAS:.*]] = arith.cmpi ne, %[[BALLOT]], %c0_i32 : i32
// CHECK:         scf.if %[[HAS]] {
// CHECK:           %[[LANE:.*]] = "llvm.intr.cttz"(%[[BALLOT]])
// CHECK:           gpu.shuffle  idx %{{.*}}, %[[LANE]], %c32_i32 : f32
// CHECK:           %[[WALK:.*]]:2 = scf.for %{{.*}} = %c0_i32 to %{{.*}} step %c32_i32 iter_args({{.*}}) -> (f32, f32)  : i32 {
// CHECK:             vector.load %{{.*}} {alignment = 16 : i64} : memref<?xf32>, vector<4xf32>
// CHECK-COUNT-5:     gpu.shuffle  up %{{.*}}, %c{{1|2|4|8|16}}_i32, %c32_i32 : f32
// CHECK:             gpu.shuffle  up %{{.*}}, %c1_i32, %c32_i32 : f32
// CHECK:             gpu.shuffle  idx %{{.*}}, %c31_i32, %c32_i32 : f32
// CHECK:             %[[HITS:.*]] = nvvm.vote.sync  ballot %c-1_i32, %{{.*}} -> i32
// CHECK:             %[[FIRST:.*]] = "llvm.intr.cttz"(%[[HITS]])
// CHECK:             %[[SRC:.*]] = arith.minsi %[[FIRST]], %c31_i32 : i32
// CHECK:             gpu.shuffle  idx %{{.*}}, %[[SRC]], %c32_i32 : f32
// CHECK:           %[[SHORT:.*]] = arith.cmpf olt, %[[WALK]]#1, %{{.*}} : f32
// CHECK:           scf.if %[[SHORT]] -> (f32) {
// CHECK:             scf.for %{{.*}} = %c0_i32 to %{{.*}} step %c32_i32 iter_args({{.*}}) -> (f32)  : i32 {
// CHECK:               %[[CANDS:.*]] = nvvm.vote.sync  ballot %c-1_i32, %{{.*}} -> i32
// CHECK:               "llvm.intr.ctlz"(%[[CANDS]])
// CHECK:         scf.if
// CHECK:           memref.store
// CHECK-NOT:     arith.cmpf oge
// CHECK:         %[[MISSING:.*]] = arith.cmpf olt
// CHECK-NEXT:    %[[FALLBACK:.*]] = arith.andi %[[MISSING]], %{{.*}} : i1
// CHECK-NEXT:    scf.if %[[FALLBACK]] -> (f32) {
// CHECK:           vector.load
// CHECK:           arith.minnumf
// CHECK:           gpu.barrier
// CHECK:         } else {
// CHECK:         memref.store %{{.*}}, %{{.*}}[%block_id_x] : memref<?xi32>

// -----

// Top-p over f32 probabilities without top-k: the prologue also sorts each thread's mass
// into 32 bins by binary exponent (its own column of 128 KiB of dynamic shared memory); warp
// w folds bin w over the threads, every thread walks the 32 sums for the bin c* where the
// mass crosses p * W and the bins wholly below that bound (acceptBins), the first draw takes
// its candidates from bins 0..c* (low = the float below 2^(-1-c*)), and a drawn token below
// acceptBins ends the loop without a test pass.
func.func @probs_top_p(%x: memref<?x?xf32>, %tp: memref<?xf32>, %so: memref<2xi64>,
                       %ids: memref<?xi32>) {
  attn.sample input(%x : memref<?x?xf32>) top_p(%tp : memref<?xf32>)
      seed_offset(%so : memref<2xi64>) outs(%ids : memref<?xi32>)
      {sampling = #attn.sampling<input = probs, mode = sample>}
  return
}
// CHECK-LABEL: gpu.func @probs_top_p_sample(
// CHECK:         %[[SMEM:.*]] = gpu.dynamic_shared_memory : memref<?xi8, #gpu.address_space<workgroup>>
// CHECK:         %[[BINS:.*]] = memref.view %[[SMEM]][%c0][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<32800xf32, #gpu.address_space<workgroup>>
// CHECK:         %[[TID:.*]] = gpu.thread_id  x
// CHECK:         memref.store %{{.*}}, %[[BINS]][%[[TID]]]
// CHECK:         %[[LAST:.*]] = arith.addi %[[TID]], %c31744 : index
// CHECK:         memref.store %{{.*}}, %[[BINS]][%[[LAST]]]
// Prologue: two 16-byte units a thread loaded ahead of their bodies, clamped to the row's last
// unit. The loop takes two batches an iteration: the second's loads are issued before the
// first's bodies, and the next iteration's first batch (the one the loop carries) before the
// second's, so no carried batch is copied while its loads are in flight. A last whole batch
// runs in the scf.if after the loop. bin = clamp(126 - exponent, 0, 31);
// bins[bin * 1024 + tid] += v.
// CHECK:         %[[LASTUNIT:.*]] = arith.subi %{{.*}}, %c1 : index
// CHECK:         vector.load
// CHECK:         vector.load
// CHECK:         scf.for %[[START:.*]] = %[[TID]] to %{{.*}} step %c4096 iter_args({{.*}}) -> (f32, f32, f32, index, vector<4xf32>, vector<4xf32>) {
// CHECK:           arith.addi %[[START]], %c2048 : index
// CHECK:           arith.minsi %{{.*}}, %[[LASTUNIT]] : index
// CHECK:           vector.load
// CHECK:           vector.load
// CHECK:           %[[BITS:.*]] = arith.bitcast %{{.*}} : f32 to i32
// CHECK:           %[[EXP:.*]] = arith.shrui %[[BITS]], %c23_i32 : i32
// CHECK:           %[[FROMTOP:.*]] = arith.subi %c126_i32, %[[EXP]] : i32
// CHECK:           %[[NONNEG:.*]] = arith.maxsi %[[FROMTOP]], %c0_i32 : i32
// CHECK:           arith.minsi %[[NONNEG]], %c31_i32 : i32
// CHECK:           %[[OLD:.*]] = memref.load %[[BINS]][%[[AT:.*]]] :
// CHECK:           %[[NEW:.*]] = arith.addf %[[OLD]], %{{.*}} : f32
// CHECK:           memref.store %[[NEW]], %[[BINS]][%[[AT]]]
// CHECK:           arith.addi %[[START]], %c4096 : index
// CHECK:           vector.load
// CHECK:           vector.load
// CHECK:           memref.store %{{.*}}, %[[BINS]]
// CHECK:           scf.yield
// CHECK:         scf.if %{{.*}} -> (f32, f32, f32, index) {
// CHECK:           memref.store %{{.*}}, %[[BINS]]
// CHECK:         gpu.barrier
// The CTA's bins: warp w, lanes over the threads, then the butterfly; lane 0 stores.
// CHECK:         scf.for %[[BIN:.*]] = %{{.*}} to %c32 step %c32 {
// CHECK:           scf.for %{{.*}} = %{{.*}} to %c1024 step %c32 iter_args(%{{.*}}) -> (f32) {
// CHECK:             memref.load %[[BINS]]
// CHECK-COUNT-5:   gpu.shuffle  xor
// CHECK:           arith.addi %[[BIN]], %c32768 : index
// CHECK:           memref.store %{{.*}}, %[[BINS]]
// CHECK:         gpu.barrier
// CHECK:         %[[PW:.*]] = arith.mulf
// CHECK:         %[[WALK:.*]]:4 = scf.for %{{.*}} = %c0 to %c32 step %c1 iter_args({{.*}}) -> (f32, i32, i32, i1) {
// CHECK:           arith.cmpf olt, %{{.*}}, %[[PW]] : f32
// CHECK:           arith.cmpf oge, %{{.*}}, %[[PW]] : f32
// CHECK:         %[[E:.*]] = arith.subi %c126_i32, %[[WALK]]#2 : i32
// CHECK:         %[[LB:.*]] = arith.shli %[[E]], %c23_i32 : i32
// CHECK:         arith.subi %[[LB]], %c1_i32 : i32
// CHECK:         %[[MINE:.*]] = scf.for %{{.*}} = %c0 to %{{.*}} step %c1 iter_args(%{{.*}}) -> (f32) {
// CHECK:         scf.while (%{{.*}} = %{{.*}}, %{{.*}} = %[[MINE]], {{.*}}) : (f32, f32, i32, f32, i1)
// CHECK:         } do {
// The owner's walk (above) comes first, its token and value stored in the slots; then the
// drawn token's bin.
// CHECK:           memref.store %{{.*}}, %{{.*}}[%c1] : memref<12xf32, #gpu.address_space<workgroup>>
// CHECK:           gpu.barrier
// CHECK:           %[[BIN2:.*]] = arith.minsi %{{.*}}, %c31_i32 : i32
// CHECK:           %[[BELOW:.*]] = arith.cmpi slt, %[[BIN2]], %[[WALK]]#1 : i32
// CHECK:           %[[UNTESTED:.*]] = arith.andi %{{.*}}, %[[BELOW]] : i1
// CHECK:           scf.if %[[UNTESTED]] -> (i1, f32) {
// CHECK-NEXT:        scf.yield %true, %{{.*}} : i1, f32
// CHECK-NEXT:      } else {
// CHECK:             vector.load
// CHECK:             gpu.barrier
// CHECK:             scf.yield %{{.*}}, %{{.*}} : i1, f32

// -----

// Top-k per row with top-p 0.8 compiled in: the count bins after the mass bins (16 counted
// bins and one for every lighter token, a column per thread, then their sums at 17408); the
// walk also adds the counts (bins past the 17th add nothing more) and takes c* at a counted
// bin where the count reaches k.
func.func @probs_top_k_top_p(%x: memref<?x?xf32>, %k: memref<?xi32>, %so: memref<2xi64>,
                             %ids: memref<?xi32>) {
  attn.sample input(%x : memref<?x?xf32>) top_k(%k : memref<?xi32>)
      seed_offset(%so : memref<2xi64>) outs(%ids : memref<?xi32>)
      {sampling = #attn.sampling<input = probs, mode = sample, top_p = 0.8>}
  return
}
// CHECK-LABEL: gpu.func @probs_top_k_top_p_sample(
// CHECK:         %[[SMEM:.*]] = gpu.dynamic_shared_memory
// CHECK:         %[[MASS:.*]] = memref.view %[[SMEM]][%c0][] : {{.*}} to memref<32800xf32, #gpu.address_space<workgroup>>
// CHECK:         %[[COUNTS:.*]] = memref.view %[[SMEM]][%c131200][] : {{.*}} to memref<17425xf32, #gpu.address_space<workgroup>>
// CHECK:         scf.for
// CHECK:           arith.minsi %{{.*}}, %c31_i32 : i32
// CHECK:           memref.store %{{.*}}, %[[MASS]]
// CHECK:           arith.minsi %{{.*}}, %c16 : index
// CHECK:           %[[AT:.*]] = arith.addi %{{.*}}, %{{.*}} : index
// CHECK:           %[[N:.*]] = memref.load %[[COUNTS]][%[[AT]]]
// CHECK:           %[[N1:.*]] = arith.addf %[[N]], %cst{{.*}} : f32
// CHECK:           memref.store %[[N1]], %[[COUNTS]][%[[AT]]]
// CHECK:         scf.for %{{.*}} = %{{.*}} to %c17 step %c32 {
// CHECK:           arith.addi %{{.*}}, %c17408 : index
// CHECK:           memref.store %{{.*}}, %[[COUNTS]]
// CHECK:         gpu.barrier
// CHECK:         scf.for %[[C:.*]] = %c0 to %c32 step %c1 iter_args({{.*}}) -> (f32, f32, i32, i32, i1) {
// CHECK:           %[[CROW:.*]] = arith.minsi %[[C]], %c16 : index
// CHECK:           %[[CAT:.*]] = arith.addi %[[CROW]], %c17408 : index
// CHECK:           memref.load %[[COUNTS]][%[[CAT]]]
// CHECK:           arith.cmpi ult, %[[C]], %c17 : index
// CHECK:           arith.cmpi ult, %[[C]], %c16 : index
// CHECK:         scf.while

// -----

// top_p_renorm_probs with top-k 5 compiled in: min / max / mass prologue, the threshold
// search (three pivots in ordered-key space, then per pivot cnt, mass, the nearest values
// below and above it), the survivors' mass, and a write pass dividing by it (correctly
// rounded).
func.func @renorm(%p: memref<?x?xf32>, %q: memref<?x?xf32>, %tp: memref<?xf32>) {
  attn.sample input(%p : memref<?x?xf32>) top_p(%tp : memref<?xf32>) outs(%q : memref<?x?xf32>)
      {sampling = #attn.sampling<input = probs, mode = renorm, top_k = 5>}
  return
}
// CHECK-LABEL: gpu.func @renorm_sample(
// CHECK-SAME:    %[[OUT:[^:]*]]: memref<?xf32> {attn.param = "out"}
// CHECK-SAME:    nvvm.maxnreg = 64 : i32
// CHECK:         arith.minnumf
// CHECK:         %[[TAU:.*]]:2 = scf.while
// CHECK:           arith.cmpf olt
// CHECK:           scf.condition
// Three pivots at 1/4, 2/4, 3/4 of the bracket's key range.
// CHECK:           arith.bitcast %{{.*}} : f32 to i32
// CHECK:           arith.divsi %{{.*}}, %c4_i64 : i64
// CHECK:           %[[MID:.*]] = arith.bitcast %{{.*}} : i32 to f32
// CHECK:           arith.divsi %{{.*}}, %c4_i64 : i64
// CHECK:           %[[MID2:.*]] = arith.bitcast %{{.*}} : i32 to f32
// CHECK:           arith.divsi %{{.*}}, %c4_i64 : i64
// CHECK:           %[[MID3:.*]] = arith.bitcast %{{.*}} : i32 to f32
// CHECK:           arith.cmpf ogt, %{{.*}}, %[[MID]]
// CHECK:           arith.cmpf ole, %{{.*}}, %[[MID]]
// CHECK:           arith.cmpf ogt, %{{.*}}, %[[MID2]]
// CHECK:           arith.cmpf ogt, %{{.*}}, %[[MID3]]
// CHECK:           gpu.barrier
// CHECK:           scf.yield
// CHECK:         arith.cmpf oge, %{{.*}}, %[[TAU]]#1
// CHECK:         arith.divf
// CHECK:         vector.store %{{.*}}, %[[OUT]][%{{.*}}] {alignment = 16 : i64} : memref<?xf32>, vector<4xf32>

// -----

// top_k_mask_logits (top-k, no top-p, one CTA per row): the threshold from candidates. The
// k-th largest of the threads' maxima by a 32-step bitwise search over ordered keys (one
// bar.red.popc count a step); one pass appends every logit at or above it to shared memory
// (an atomic count; 2048 places); each thread ranks its candidates against all of them; the
// pivot search stays as the fallback, its bracket closed ([tau, tau]) when the candidates
// gave tau. No exp: the logits are compared themselves. Survivors keep their logit, the
// others get -inf, written back as bf16.
func.func @mask(%l: memref<?x?xbf16>, %m: memref<?x?xbf16>, %k: memref<?xi32>) {
  attn.sample input(%l : memref<?x?xbf16>) top_k(%k : memref<?xi32>) outs(%m : memref<?x?xbf16>)
      {sampling = #attn.sampling<input = logits, mode = mask>}
  return
}
// CHECK-LABEL: gpu.func @mask_sample(
// CHECK-SAME:    %[[CAND:[^ ]*]] : memref<2048xf32, #gpu.address_space<workgroup>> {llvm.align = 16 : i64}, %[[COUNT:[^ ]*]] : memref<1xi32, #gpu.address_space<workgroup>>)
// CHECK-NOT:     math.exp2
// CHECK:         memref.store %c0_i32, %[[COUNT]][%c0]
// CHECK:         %[[KTH:.*]] = scf.for %{{.*}} = %c0 to %c32 step %c1 iter_args(%{{.*}} = %c0_i32) -> (i32)
// CHECK:           arith.cmpi uge
// CHECK:           nvvm.barrier #nvvm.reduction<popc> %{{.*}} -> i32
// CHECK:           arith.cmpi sge
// CHECK:         arith.xori %[[KTH]], %c-2147483648_i32 : i32
// CHECK:         %[[BOUND:.*]] = arith.bitcast %{{.*}} : i32 to f32
// CHECK:         arith.cmpf oge, %{{.*}}, %[[BOUND]] : f32
// CHECK:         memref.atomic_rmw addi %c1_i32, %[[COUNT]][%c0]
// CHECK:         memref.store %{{.*}}, %[[CAND]][%{{.*}}]
// CHECK:         gpu.barrier
// CHECK:         %[[N:.*]] = memref.load %[[COUNT]][%c0]
// CHECK:         %[[FAST:.*]] = arith.andi
// CHECK:         %[[FROM:.*]] = scf.if %[[FAST]] -> (f32) {
// CHECK:           scf.for %{{.*}} = %{{.*}} to %{{.*}} step %c1024
// CHECK:             memref.load %[[CAND]]
// CHECK:             scf.for
// CHECK:               memref.load %[[CAND]]
// CHECK:               arith.cmpf ogt
// CHECK:         %[[TO:.*]] = arith.select %[[FAST]], %[[FROM]], %{{.*}} : f32
// CHECK-NOT:     math.exp2
// CHECK:         %[[TAU:.*]]:2 = scf.while (%{{.*}} = %[[FROM]], %{{.*}} = %[[TO]])
// CHECK-NOT:     math.exp2
// CHECK:         arith.cmpf oge, %{{.*}}, %[[TAU]]#1
// CHECK:         arith.select %{{.*}}, %{{.*}}, %cst{{.*}} : f32
// CHECK:         arith.truncf %{{.*}} : vector<8xf32> to vector<8xbf16>
// CHECK:         vector.store %{{.*}} {alignment = 16 : i64} : memref<?xbf16>, vector<8xbf16>

// -----

// Speculative verification: the tests of the drafts spread over the threads (u * q < p with
// u from Philox round i), the first failing position and the count of passes reduced over the
// CTA; then one draw from the residual max(0, p - q) of the first rejected row (the draft row
// loaded only where there was a rejection: the bonus row draws from p alone; the target row
// again where the residual has no mass), then out = drafts, token, -1 and the counts added by
// thread 0.
func.func @verify(%q: memref<?x4x128256xf32>, %d: memref<?x4xi32>,
                  %p: memref<?x5x128256xf32>, %so: memref<2xi64>,
                  %o: memref<?x5xi32>, %a: memref<?xi32>, %e: memref<?xi32>) {
  attn.chain_speculative_sample draft_probs(%q : memref<?x4x128256xf32>)
      draft_token_ids(%d : memref<?x4xi32>) target_probs(%p : memref<?x5x128256xf32>)
      seed_offset(%so : memref<2xi64>)
      outs(%o : memref<?x5xi32>, %a : memref<?xi32>, %e : memref<?xi32>)
  return
}
// CHECK-LABEL: gpu.func @verify_chain_speculative_sample(
// CHECK-SAME:    %[[Q:[^:]*]]: memref<?xf32> {attn.param = "draft_probs"}, %[[D:[^:]*]]: memref<?xi32> {attn.param = "draft_token_ids"}, %[[P:[^:]*]]: memref<?xf32> {attn.param = "target_probs"}, %[[SO:[^:]*]]: memref<2xi64> {attn.param = "seed_offset"}, %[[OUT:[^:]*]]: memref<?xi32> {attn.param = "out"}, %[[ACC:[^:]*]]: memref<?xi32> {attn.param = "accepted"}, %[[EMIT:[^:]*]]: memref<?xi32> {attn.param = "emitted"}
// CHECK-SAME:    workgroup(%{{.*}} : memref<12x32xf32, #gpu.address_space<workgroup>> {llvm.align = 16 : i64}, %[[SLOTS:.*]] : memref<12xf32, #gpu.address_space<workgroup>> {llvm.align = 16 : i64})
// CHECK-SAME:    nvvm.maxnreg = 64
// CHECK-NOT:   memref.expand_shape
// CHECK:       %[[ROW:.*]] = gpu.block_id  x
// CHECK:       %[[TID:.*]] = gpu.thread_id  x
// CHECK:       memref.load %[[SO]]
// The tests: draft id, q = draft[row, i, d], p = target[row, i, d], u = r - 2^-24; thread t
// takes i = t, t + 1024, ...
// CHECK:       %[[TESTS:.*]]:2 = scf.for %{{.*}} = %[[TID]] to %{{.*}} step %c1024
// CHECK:         memref.load %[[D]]
// CHECK:         %[[QD:.*]] = memref.load %[[Q]]
// CHECK:         %[[PD:.*]] = memref.load %[[P]]
// CHECK-COUNT-2: arith.mului_extended
// CHECK:         %[[U:.*]] = arith.subf %{{.*}}, %{{.*}} : f32
// CHECK:         %[[UQ:.*]] = arith.mulf %[[U]], %[[QD]] : f32
// CHECK:         arith.cmpf olt, %[[UQ]], %[[PD]] : f32
// CHECK:         arith.minnumf
// CHECK:         scf.yield
// pos = the least failing position (min), count = the passes (sum), over the CTA.
// Each warp's butterfly, then every warp folds the 32 warp results by the same butterfly
// (lane l loads warp l's).
// CHECK:       gpu.shuffle  xor %[[TESTS]]#0
// CHECK:       gpu.shuffle  xor %[[TESTS]]#1
// CHECK:       gpu.barrier
// CHECK:       memref.load %{{.*}}[%c0, %{{.*}}] : memref<12x32xf32, #gpu.address_space<workgroup>>
// CHECK-COUNT-4: gpu.shuffle  xor
// CHECK:       gpu.shuffle  xor %{{.*}}, %c1_i32, %c32_i32
// CHECK-NEXT:  %[[MIN:.*]] = arith.minnumf
// CHECK:       memref.load %{{.*}}[%c1, %{{.*}}] : memref<12x32xf32, #gpu.address_space<workgroup>>
// CHECK-COUNT-4: gpu.shuffle  xor
// CHECK:       gpu.shuffle  xor %{{.*}}, %c1_i32, %c32_i32
// CHECK-NEXT:  %[[SUM:.*]] = arith.addf
// CHECK-NOT:   scf.for
// CHECK:       gpu.barrier
// CHECK:       %[[POS32:.*]] = arith.fptosi %[[MIN]] : f32 to i32
// CHECK:       %[[POS:.*]] = arith.index_cast %[[POS32]] : i32 to index
// CHECK:       %[[COUNT:.*]] = arith.fptosi %[[SUM]] : f32 to i32
// The residual's mass: target - (draft where a draft was rejected), clamped at 0.
// CHECK:       vector.load %[[P]][%{{.*}}] {alignment = 16 : i64} : memref<?xf32>, vector<4xf32>
// CHECK:       scf.if %{{.*}} -> (vector<4xf32>) {
// CHECK:         vector.load %[[Q]][%{{.*}}] {alignment = 16 : i64} : memref<?xf32>, vector<4xf32>
// CHECK:       } else {
// CHECK:       arith.subf %{{.*}}, %{{.*}} : vector<4xf32>
// CHECK:       gpu.shuffle  xor
// The draw: scan, Philox, the owner's walk over the same residual.
// CHECK:       gpu.shuffle  up
// CHECK-COUNT-2: arith.mului_extended
// CHECK:       scf.if
// CHECK:         arith.subf %{{.*}}, %{{.*}} : vector<4xf32>
// CHECK:       gpu.barrier
// CHECK:       %[[TOK:.*]] = memref.load %[[SLOTS]]
// CHECK:       %[[ID:.*]] = arith.fptosi %[[TOK]] : f32 to i32
// CHECK:       scf.for
// CHECK:         arith.cmpi ult, %{{.*}}, %[[POS]] : index
// CHECK:         memref.load %[[D]]
// CHECK:         arith.select %{{.*}}, %[[ID]], %c-1_i32 : i32
// CHECK:         memref.store %{{.*}}, %[[OUT]]
// CHECK:       scf.if
// CHECK:         %[[OLD:.*]] = memref.load %[[ACC]][%[[ROW]]]
// CHECK:         %[[NEW:.*]] = arith.addi %[[OLD]], %[[COUNT]] : i32
// CHECK:         memref.store %[[NEW]], %[[ACC]][%[[ROW]]]
// CHECK:         memref.load %[[EMIT]][%[[ROW]]]
// CHECK-NOT:   attn.chain_speculative_sample
// CHECK:       gpu.return

// -----

// A row over a cluster of 8 CTAs (512 threads each): block_id.x / 8 is the row and % 8 the
// rank; the CTA arrives once (relaxed: nothing to order yet), reads its slice into dynamic
// shared memory (32768 f32: 1 / 8 of the longest row), and each reduction pushes its value to every CTA's exchange buffer
// (mapa, st.shared::cluster) between cluster barriers; the kernel waits once at the end.
func.func @cluster_renorm(%p: memref<?x?xf32>, %k: memref<?xi32>, %q: memref<?x?xf32>) {
  attn.sample input(%p : memref<?x?xf32>) top_k(%k : memref<?xi32>)
      outs(%q : memref<?x?xf32>)
      {sampling = #attn.sampling<input = probs, mode = renorm, cluster_size = 8>}
  return
}
// CHECK-LABEL: gpu.func @cluster_renorm_sample(
// CHECK-SAME:    workgroup(%[[SCRATCH:.*]] : memref<12x16xf32, #gpu.address_space<workgroup>> {llvm.align = 16 : i64}, %[[SLOTS:.*]] : memref<12xf32, #gpu.address_space<workgroup>> {llvm.align = 16 : i64}, %[[EX:.*]] : memref<8x12xf32, #gpu.address_space<workgroup>> {llvm.align = 16 : i64})
// CHECK-SAME:    known_block_size = array<i32: 512, 1, 1>, nvvm.maxnreg = 128 : i32}
// CHECK:       %[[BID:.*]] = gpu.block_id  x
// CHECK:       arith.divui %[[BID]], %c8
// CHECK:       arith.remui %[[BID]], %c8
// CHECK:       %[[DYN:.*]] = gpu.dynamic_shared_memory
// CHECK:       memref.view %[[DYN]][%{{.*}}][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<32768xf32, #gpu.address_space<workgroup>>
// CHECK:       scf.if
// CHECK:         nvvm.cluster.arrive.relaxed {aligned}
// CHECK:         memref.store {{.*}} : memref<32768xf32, #gpu.address_space<workgroup>>
// CHECK:         gpu.barrier
// CHECK:         nvvm.cluster.wait {aligned}
// CHECK:         memref.extract_aligned_pointer_as_index %[[EX]]
// CHECK:         %[[LOCAL:.*]] = llvm.inttoptr %{{.*}} : i64 to !llvm.ptr<3>
// CHECK:         %[[REMOTE:.*]] = nvvm.mapa %[[LOCAL]], %{{.*}} : !llvm.ptr<3> -> !llvm.ptr<7>
// CHECK:         llvm.store %{{.*}}, %[[REMOTE]] : f32, !llvm.ptr<7>
// CHECK:         nvvm.cluster.arrive {aligned}
// CHECK-NEXT:    nvvm.cluster.wait {aligned}
// CHECK:         memref.load %[[EX]]
// CHECK:         gpu.barrier
// CHECK-NEXT:    nvvm.cluster.arrive {aligned}
// The write pass over the slice, then the last wait.
// CHECK:         vector.store %{{.*}} {alignment = 4 : i64} : memref<?xf32>, vector<1xf32>
// CHECK-NEXT:  }
// CHECK-NEXT:  nvvm.cluster.wait {aligned}
// CHECK-NEXT:  }
// CHECK-NEXT:  gpu.return

// -----

// advance_offset: after a barrier (every thread has read the seed and offset), thread 0, when
// the argument is non-zero, counts the CTA in the low word of seed_offset[2] after a
// membar.gl; the count's old value is used only after the prologue pass, where the CTA whose
// count completes the rows' CTAs (num_rows here: one CTA a row) resets the count and stores
// offset + 1 after another membar.gl. The draw goes on with the offset read before.
func.func @advancing(%x: memref<?x?xf32>, %so: memref<3xi64>, %adv: i32, %ids: memref<?xi32>) {
  attn.sample input(%x : memref<?x?xf32>) seed_offset(%so : memref<3xi64>) advance_offset(%adv)
      outs(%ids : memref<?xi32>) {sampling = #attn.sampling<input = probs, mode = sample>}
  return
}
// CHECK-LABEL: gpu.func @advancing_sample(
// CHECK-SAME:    %[[SO:[^:]*]]: memref<3xi64> {attn.param = "seed_offset"}, %[[ADV:[^:]*]]: i32 {attn.param = "advance_offset"}
// CHECK-SAME:    %[[N:[^:]*]]: i32 {attn.param = "num_rows"})
// CHECK:       %[[TID:.*]] = gpu.thread_id  x
// CHECK:       scf.if
// CHECK:         memref.load %[[SO]][%c0{{.*}}] : memref<3xi64>
// CHECK:         %[[OFF:.*]] = memref.load %[[SO]][%c1{{.*}}] : memref<3xi64>
// CHECK-NEXT:    gpu.barrier
// CHECK-NEXT:    %[[ON:.*]] = arith.cmpi ne, %[[ADV]], %c0_i32 : i32
// CHECK-NEXT:    %[[FIRST:.*]] = arith.cmpi eq, %[[TID]], %c0 : index
// CHECK-NEXT:    %[[BOTH:.*]] = arith.andi %[[ON]], %[[FIRST]] : i1
// CHECK-NEXT:    %[[COUNT:.*]] = scf.if %[[BOTH]] -> (i32) {
// CHECK-NEXT:      nvvm.memory.barrier <gpu>
// CHECK-NEXT:      %[[BASE:.*]] = memref.extract_aligned_pointer_as_index %[[SO]] : memref<3xi64> -> index
// CHECK-NEXT:      %[[ADDR:.*]] = arith.addi %[[BASE]], %c16 : index
// CHECK-NEXT:      %[[ADDR64:.*]] = arith.index_cast %[[ADDR]] : index to i64
// CHECK-NEXT:      %[[PTR:.*]] = llvm.inttoptr %[[ADDR64]] : i64 to !llvm.ptr<1>
// CHECK-NEXT:      %[[BEFORE:.*]] = llvm.atomicrmw add %[[PTR]], %c1_i32 acq_rel : !llvm.ptr<1>, i32
// CHECK-NEXT:      scf.yield %[[BEFORE]] : i32
// CHECK-NEXT:    } else {
// CHECK-NEXT:      scf.yield %c-1_i32 : i32
// CHECK-NEXT:    }
// The prologue pass, then the count's test, then the draw.
// CHECK-NOT:     %[[COUNT]]{{[^0-9_]}}
// CHECK:         vector.load
// CHECK-NOT:     %[[COUNT]]{{[^0-9_]}}
// CHECK:         %[[LASTCOUNT:.*]] = arith.subi %[[N]], %c1_i32 : i32
// CHECK-NEXT:    %[[LAST:.*]] = arith.cmpi eq, %[[COUNT]], %[[LASTCOUNT]] : i32
// CHECK-NEXT:    scf.if %[[LAST]] {
// CHECK-NEXT:      nvvm.memory.barrier <gpu>
// CHECK-NEXT:      memref.store %c0_i64, %[[SO]][%c2] : memref<3xi64>
// CHECK-NEXT:      %[[NEXT:.*]] = arith.addi %[[OFF]], %c1_i64 : i64
// CHECK-NEXT:      memref.store %[[NEXT]], %[[SO]][%c1] : memref<3xi64>
// CHECK-NEXT:    }
// CHECK:         arith.mului_extended
// CHECK:         memref.store %{{.*}}, %{{.*}}[%block_id_x] : memref<?xi32>

// -----

// A plain draw over a cluster: the max and the mass in one exchange, the CTAs' candidate
// masses in a second, and no exchange of the token: the CTA whose interval (P_r, P_r + Q_r]
// holds u writes it (rank 0 when u is outside (0, Q], after the fallback's reduction of the
// heaviest token). The arrive after the last exchange's reads is relaxed; the fallback, the
// only push after it, first completes that phase and arrives again with release.
func.func @cluster_probs(%p: memref<?x?xf32>, %so: memref<2xi64>, %ids: memref<?xi32>) {
  attn.sample input(%p : memref<?x?xf32>) seed_offset(%so : memref<2xi64>)
      outs(%ids : memref<?xi32>)
      {sampling = #attn.sampling<input = probs, mode = sample, cluster_size = 8>}
  return
}
// CHECK-LABEL: gpu.func @cluster_probs_sample(
// CHECK-SAME:    %[[OUT:[^:]*]]: memref<?xi32> {attn.param = "out"}
// CHECK:         %[[RANK:.*]] = arith.remui %{{.*}}, %c8 : index
// CHECK:         gpu.shuffle  up
// CHECK:         nvvm.cluster.wait {aligned}
// CHECK:           nvvm.mapa
// CHECK-NOT:       nvvm.mapa
// CHECK:         nvvm.cluster.arrive {aligned}
// CHECK-NEXT:    nvvm.cluster.wait {aligned}
// CHECK:         memref.load %{{.*}}[%c7, %c0] : memref<8x12xf32, #gpu.address_space<workgroup>>
// CHECK-NEXT:    %[[TOTAL:.*]] = arith.addf %{{.*}}, %{{.*}} : f32
// CHECK-NEXT:    memref.load %{{.*}}[%c7, %c1] : memref<8x12xf32, #gpu.address_space<workgroup>>
// CHECK-NEXT:    arith.maxnumf
// CHECK-NEXT:    nvvm.cluster.arrive.relaxed {aligned}
// CHECK-NOT:     nvvm.mapa
// CHECK:         %[[SLOT:.*]] = memref.load %{{.*}}[%c0] : memref<12xf32, #gpu.address_space<workgroup>>
// CHECK-NEXT:    %[[POS:.*]] = arith.cmpf olt, %cst{{.*}}, %[[U:.*]] : f32
// CHECK-NEXT:    %[[LE:.*]] = arith.cmpf ole, %[[U]], %[[TOTAL]] : f32
// CHECK-NEXT:    %[[INROW:.*]] = arith.andi %[[POS]], %[[LE]] : i1
// CHECK-NEXT:    %[[MISSING:.*]] = arith.xori %[[INROW]], %true : i1
// CHECK-NEXT:    %[[END:.*]] = arith.addf %[[PREFIX:.*]], %{{.*}} : f32
// CHECK-NEXT:    %[[AFTER:.*]] = arith.cmpf olt, %[[PREFIX]], %[[U]] : f32
// CHECK-NEXT:    %[[UPTO:.*]] = arith.cmpf ole, %[[U]], %[[END]] : f32
// CHECK-NEXT:    %[[HOLDS:.*]] = arith.andi %[[AFTER]], %[[UPTO]] : i1
// CHECK-NEXT:    arith.select %[[HOLDS]], %[[SLOT]], %cst{{.*}} : f32
// CHECK-NEXT:    %[[FIRSTRANK:.*]] = arith.cmpi eq, %[[RANK]], %c0 : index
// CHECK-NEXT:    %[[HOLDER:.*]] = arith.select %[[INROW]], %[[HOLDS]], %[[FIRSTRANK]] : i1
// CHECK-NEXT:    %[[FALLBACK:.*]] = arith.andi %[[MISSING]], %{{.*}} : i1
// CHECK-NEXT:    scf.if %[[FALLBACK]] -> (f32) {
// CHECK-NEXT:      nvvm.cluster.wait {aligned}
// CHECK-NEXT:      nvvm.cluster.arrive {aligned}
// CHECK:           memref.load %{{.*}} : memref<32768xf32, #gpu.address_space<workgroup>>
// CHECK:           arith.minnumf
// CHECK:           nvvm.cluster.wait {aligned}
// CHECK:           nvvm.mapa
// CHECK:         } else {
// CHECK-NOT:       nvvm.mapa
// CHECK:         %[[WRITER:.*]] = arith.andi %{{.*}}, %[[HOLDER]] : i1
// CHECK-NEXT:    scf.if %[[WRITER]] {
// CHECK:           memref.store %{{.*}}, %[[OUT]][%{{.*}}] : memref<?xi32>
// CHECK-NOT:     nvvm.mapa
// CHECK:         nvvm.cluster.wait {aligned}
// CHECK-NEXT:  }
// CHECK-NEXT:  gpu.return

// -----

// Top-p over a cluster: two exchanges a round. The holder pushes the drawn token; the test's
// pass scans the next round's mass (with the count above the pivot alongside), so the test's
// exchange is the next draw's, and the loop carries the scan (from, to, Q, P_r, Q_r).
func.func @cluster_top_p(%p: memref<?x?xf32>, %tp: memref<?xf32>, %so: memref<2xi64>,
                         %ids: memref<?xi32>) {
  attn.sample input(%p : memref<?x?xf32>) top_p(%tp : memref<?xf32>)
      seed_offset(%so : memref<2xi64>) outs(%ids : memref<?xi32>)
      {sampling = #attn.sampling<input = probs, mode = sample, cluster_size = 8>}
  return
}
// CHECK-LABEL: gpu.func @cluster_top_p_sample(
// CHECK:         scf.while ({{.*}}) : (f32, f32, f32, f32, f32, f32, i32, f32, i1)
// CHECK:         } do {
// CHECK:           arith.mului_extended
// CHECK:           nvvm.mapa
// CHECK-NOT:       nvvm.mapa
// CHECK:           nvvm.cluster.arrive {aligned}
// CHECK-NEXT:      nvvm.cluster.wait {aligned}
// CHECK-NOT:       nvvm.mapa
// CHECK:           gpu.shuffle  up
// CHECK-NOT:       nvvm.mapa
// CHECK:           nvvm.cluster.wait {aligned}
// CHECK:             nvvm.mapa
// CHECK-NOT:         nvvm.mapa
// CHECK:           nvvm.cluster.arrive {aligned}
// CHECK-NEXT:      nvvm.cluster.wait {aligned}
// CHECK-NOT:       nvvm.mapa
// CHECK:           scf.yield
