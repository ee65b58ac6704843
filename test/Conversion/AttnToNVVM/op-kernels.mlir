// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(gpu.module(convert-attn-to-nvvm,canonicalize,cse))" | FileCheck %s

// The append kernel (as attn-outline makes it): a grid-stride loop over num_rows * 4 heads *
// 16 chunks; each unit looks up its page and slot and moves one 16-byte vector of K and of V
// into the NHD cache [page, slot, head, col].
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 4, head_dim = 128, element_type = bf16>
gpu.module @append_kernels {
  gpu.func @append(%k: memref<?x4x128xbf16> {attn.param = "k"}, %v: memref<?x4x128xbf16> {attn.param = "v"}, %bi: memref<?xi32> {attn.param = "batch_indices"}, %pos: memref<?xi32> {attn.param = "positions"}, %kp: memref<?x16x4x128xbf16> {attn.param = "k_cache"}, %vp: memref<?x16x4x128xbf16> {attn.param = "v_cache"}, %ip: memref<?xi32> {attn.param = "kv_indptr"}, %ix: memref<?xi32> {attn.param = "kv_indices"}, %lp: memref<?xi32> {attn.param = "kv_last_page_len"}, %n: i32 {attn.param = "num_rows"}) kernel attributes {attn.vec = 8 : i64, known_block_size = array<i32: 256, 1, 1>} {
    %kv = attn.paged_kv k(%kp : memref<?x16x4x128xbf16>) v(%vp : memref<?x16x4x128xbf16>) indptr(%ip : memref<?xi32>) indices(%ix : memref<?xi32>) last_page_len(%lp : memref<?xi32>) : !kv
    attn.append_paged_kv k(%k : memref<?x4x128xbf16>) v(%v : memref<?x4x128xbf16>) batch_indices(%bi : memref<?xi32>) positions(%pos : memref<?xi32>) into(%kv : !kv)
    gpu.return
  }
}
// CHECK-LABEL: gpu.func @append(
// CHECK-SAME: %[[K:[a-z0-9]+]]: memref<?x4x128xbf16> {attn.param = "k"}, %[[V:[a-z0-9]+]]: {{.*}}, %[[BI:[a-z0-9]+]]: memref<?xi32> {attn.param = "batch_indices"}, %[[POS:[a-z0-9]+]]: {{.*}}, %[[KC:[a-z0-9]+]]: memref<?x16x4x128xbf16> {attn.param = "k_cache"}, %[[VC:[a-z0-9]+]]: {{.*}}, %[[IP:[a-z0-9]+]]: memref<?xi32> {attn.param = "kv_indptr"}, %[[IX:[a-z0-9]+]]: {{.*}}, %{{[a-z0-9]+}}: {{.*}}, %[[N:[a-z0-9]+]]: i32 {attn.param = "num_rows"})
// CHECK-NOT: {{attn\.(append_paged_kv|paged_kv|rope) }}
// CHECK: %[[ROWS:.*]] = arith.index_castui %[[N]] : i32 to index
// CHECK: %[[TOTAL:.*]] = arith.muli %[[ROWS]], %c64 : index
// CHECK: %[[FIRST:.*]] = arith.addi %{{.*}}, %thread_id_x : index
// CHECK: %[[STEP:.*]] = arith.muli %grid_dim_x, %c256 : index
// CHECK: scf.for %[[I:.*]] = %[[FIRST]] to %[[TOTAL]] step %[[STEP]] {
// CHECK:   %[[CHUNK:.*]] = arith.remui %[[I]], %c16 : index
// CHECK:   %[[COL:.*]] = arith.muli %[[CHUNK]], %c8 : index
// CHECK:   %[[HEAD:.*]] = arith.remui %{{.*}}, %c4 : index
// CHECK:   %[[ROW:.*]] = arith.divui %[[I]], %c64 : index
// CHECK:   memref.load %[[BI]][%[[ROW]]] : memref<?xi32>
// CHECK:   memref.load %[[POS]][%[[ROW]]] : memref<?xi32>
// CHECK:   memref.load %[[IP]][%{{.*}}] : memref<?xi32>
// CHECK:   %[[INPAGE:.*]] = arith.divui %[[P:.*]], %c16 : index
// CHECK:   %[[ENTRY:.*]] = arith.addi %{{.*}}, %[[INPAGE]] : index
// CHECK:   memref.load %[[IX]][%[[ENTRY]]] : memref<?xi32>
// CHECK:   %[[PAGE:.*]] = arith.index_cast %{{.*}} : i32 to index
// CHECK:   %[[SLOT:.*]] = arith.remui %[[P]], %c16 : index
// CHECK:   %[[KV:.*]] = vector.load %[[K]][%[[ROW]], %[[HEAD]], %[[COL]]] {alignment = 16 : i64} : memref<?x4x128xbf16>, vector<8xbf16>
// CHECK:   %[[VV:.*]] = vector.load %[[V]][%[[ROW]], %[[HEAD]], %[[COL]]] {alignment = 16 : i64}
// CHECK:   vector.store %[[KV]], %[[KC]][%[[PAGE]], %[[SLOT]], %[[HEAD]], %[[COL]]] {alignment = 16 : i64} : memref<?x16x4x128xbf16>, vector<8xbf16>
// CHECK:   vector.store %[[VV]], %[[VC]][%[[PAGE]], %[[SLOT]], %[[HEAD]], %[[COL]]] {alignment = 16 : i64}
// CHECK: }
// CHECK: gpu.return

// -----

// HND caches are indexed [page, head, slot, col]; the vector width is the kernel's attn.vec
// (4 elements, 8 bytes, here).
!kv = !attn.paged_kv<page_size = 1, layout = hnd, num_heads = 2, head_dim = 32, element_type = f16>
gpu.module @append_kernels {
  gpu.func @append(%k: memref<?x2x32xf16> {attn.param = "k"}, %v: memref<?x2x32xf16> {attn.param = "v"}, %bi: memref<?xi32> {attn.param = "batch_indices"}, %pos: memref<?xi32> {attn.param = "positions"}, %kp: memref<?x2x1x32xf16> {attn.param = "k_cache"}, %vp: memref<?x2x1x32xf16> {attn.param = "v_cache"}, %ip: memref<?xi32> {attn.param = "kv_indptr"}, %ix: memref<?xi32> {attn.param = "kv_indices"}, %lp: memref<?xi32> {attn.param = "kv_last_page_len"}, %n: i32 {attn.param = "num_rows"}) kernel attributes {attn.vec = 4 : i64, known_block_size = array<i32: 256, 1, 1>} {
    %kv = attn.paged_kv k(%kp : memref<?x2x1x32xf16>) v(%vp : memref<?x2x1x32xf16>) indptr(%ip : memref<?xi32>) indices(%ix : memref<?xi32>) last_page_len(%lp : memref<?xi32>) : !kv
    attn.append_paged_kv k(%k : memref<?x2x32xf16>) v(%v : memref<?x2x32xf16>) batch_indices(%bi : memref<?xi32>) positions(%pos : memref<?xi32>) into(%kv : !kv)
    gpu.return
  }
}
// CHECK-LABEL: gpu.func @append(
// CHECK: arith.muli %{{.*}}, %c16 : index
// CHECK: scf.for
// CHECK:   %[[HEAD:.*]] = arith.remui %{{.*}}, %c2 : index
// CHECK:   vector.load {{.*}} {alignment = 8 : i64} : memref<?x2x32xf16>, vector<4xf16>
// CHECK:   vector.store %{{.*}}, %{{.*}}[%{{.*}}, %[[HEAD]], %c0, %{{.*}}] {alignment = 8 : i64} : memref<?x2x1x32xf16>, vector<4xf16>

// -----

// Non-interleaved RoPE over rotary_dim 32 of head_dim 64, in place: per row 4 q heads + 2 k
// heads of 6 units (2 rotated pairs of vectors, 4 copied vectors). A rotated unit reads
// columns c and c + 16 before it writes either; both halves share one sin / cos per pair.
gpu.module @rope_kernels {
  gpu.func @rope(%q: memref<?x4x64xbf16> {attn.param = "q"}, %k: memref<?x2x64xbf16> {attn.param = "k"}, %p: memref<?xi32> {attn.param = "pos_ids"}, %qo: memref<?x4x64xbf16> {attn.param = "q_out"}, %ko: memref<?x2x64xbf16> {attn.param = "k_out"}, %n: i32 {attn.param = "num_rows"}) kernel attributes {attn.vec = 8 : i64, known_block_size = array<i32: 256, 1, 1>} {
    attn.rope q(%q : memref<?x4x64xbf16>) k(%k : memref<?x2x64xbf16>) pos_ids(%p : memref<?xi32>) outs(%qo, %ko : memref<?x4x64xbf16>, memref<?x2x64xbf16>) {rope = #attn.rope<llama, rotary_dim = 32>}
    gpu.return
  }
}
// CHECK-LABEL: gpu.func @rope(
// CHECK-SAME: %[[Q:[a-z0-9]+]]: memref<?x4x64xbf16> {attn.param = "q"}, %[[K:[a-z0-9]+]]: {{.*}}, %[[P:[a-z0-9]+]]: memref<?xi32> {attn.param = "pos_ids"}, %[[QO:[a-z0-9]+]]: {{.*}}, %[[KO:[a-z0-9]+]]: {{.*}}, %[[N:[a-z0-9]+]]: i32
// CHECK-NOT: {{attn\.(append_paged_kv|paged_kv|rope) }}
// CHECK: arith.muli %{{.*}}, %c36 : index
// CHECK: scf.for %[[I:.*]] = {{.*}} {
// CHECK:   %[[U:.*]] = arith.remui %[[I]], %c6 : index
// CHECK:   %[[HEAD:.*]] = arith.remui %{{.*}}, %c6 : index
// CHECK:   %[[ROW:.*]] = arith.divui %[[I]], %c36 : index
// CHECK:   %[[PI:.*]] = memref.load %[[P]][%[[ROW]]] : memref<?xi32>
// CHECK:   %[[POS:.*]] = arith.sitofp %[[PI]] : i32 to f32
// CHECK:   %[[ISQ:.*]] = arith.cmpi ult, %[[HEAD]], %c4 : index
// CHECK:   scf.if %[[ISQ]] {
// CHECK:     %[[ROT:.*]] = arith.cmpi ult, %[[U]], %c2 : index
// CHECK:     scf.if %[[ROT]] {
// CHECK:       %[[COL:.*]] = arith.muli %[[U]], %c8 : index
// CHECK:       %[[X:.*]] = vector.load %[[Q]][%[[ROW]], %[[HEAD]], %[[COL]]] {alignment = 16 : i64} : memref<?x4x64xbf16>, vector<8xbf16>
// CHECK:       %[[MCOL:.*]] = arith.addi %[[COL]], %c16 : index
// CHECK:       %[[M:.*]] = vector.load %[[Q]][%[[ROW]], %[[HEAD]], %[[MCOL]]] {alignment = 16 : i64}
// CHECK-COUNT-8: math.cos
// CHECK-NOT: math.cos
// CHECK:       %[[Y:.*]] = arith.truncf %{{.*}} : vector<8xf32> to vector<8xbf16>
// CHECK:       vector.store %[[Y]], %[[QO]][%[[ROW]], %[[HEAD]], %[[COL]]] {alignment = 16 : i64}
// CHECK:       %[[YM:.*]] = arith.truncf %{{.*}} : vector<8xf32> to vector<8xbf16>
// CHECK:       vector.store %[[YM]], %[[QO]][%[[ROW]], %[[HEAD]], %[[MCOL]]] {alignment = 16 : i64}
// CHECK:     } else {
// Copied features: column 32 + (u - 2) * 8, bit for bit.
// CHECK:       %[[CP:.*]] = vector.load %[[Q]][%[[ROW]], %[[HEAD]], %[[CCOL:.*]]] {alignment = 16 : i64}
// CHECK:       vector.store %[[CP]], %[[QO]][%[[ROW]], %[[HEAD]], %[[CCOL]]] {alignment = 16 : i64}
// CHECK:     }
// CHECK:   } else {
// CHECK:     %[[KH:.*]] = arith.subi %[[HEAD]], %c4 : index
// CHECK:     vector.load %[[K]][%[[ROW]], %[[KH]], %{{.*}}]
// CHECK:     vector.store %{{.*}}, %[[KO]][%[[ROW]], %[[KH]], %{{.*}}]
// CHECK: gpu.return

// -----

// Interleaved llama3 RoPE: the pairs (2i, 2i + 1) sit inside one vector, so every unit is a
// single vector; rotary_dim = head_dim leaves nothing to copy.
gpu.module @rope_kernels {
  gpu.func @irope(%q: memref<?x4x64xf16> {attn.param = "q"}, %k: memref<?x2x64xf16> {attn.param = "k"}, %p: memref<?xi32> {attn.param = "pos_ids"}, %qo: memref<?x4x64xf16> {attn.param = "q_out"}, %ko: memref<?x2x64xf16> {attn.param = "k_out"}, %n: i32 {attn.param = "num_rows"}) kernel attributes {attn.vec = 8 : i64, known_block_size = array<i32: 256, 1, 1>} {
    attn.rope q(%q : memref<?x4x64xf16>) k(%k : memref<?x2x64xf16>) pos_ids(%p : memref<?xi32>) outs(%qo, %ko : memref<?x4x64xf16>, memref<?x2x64xf16>) {rope = #attn.rope<llama3, rotary_dim = 64, theta = 500000.0, interleave = true>}
    gpu.return
  }
}
// CHECK-LABEL: gpu.func @irope(
// CHECK: arith.muli %{{.*}}, %c48 : index
// CHECK: scf.for
// CHECK:   scf.if
// CHECK:     vector.load {{.*}} : memref<?x4x64xf16>, vector<8xf16>
// CHECK-NOT:     vector.load
// CHECK:     arith.cmpf olt
// CHECK:     math.cos
// CHECK:     vector.store {{.*}} : memref<?x4x64xf16>, vector<8xf16>

// -----

// merge_state of f32 states into bf16 (vec 4: 16 bytes of the f32 inputs, 8 of the output):
// each unit folds (s_a * log2 e, 1, v_a) and (s_b * log2 e, 1, v_b) into the empty state with
// the online merge, divides by d (0 and -inf for a row of two -inf states) and stores; chunk 0
// stores s = (m + log2 d) * ln 2.
gpu.module @merge_kernels {
  gpu.func @merge(%va: memref<?x4x64xf32> {attn.param = "v_a"}, %sa: memref<?x4xf32> {attn.param = "s_a"}, %vb: memref<?x4x64xf32> {attn.param = "v_b"}, %sb: memref<?x4xf32> {attn.param = "s_b"}, %vo: memref<?x4x64xbf16> {attn.param = "v_out"}, %so: memref<?x4xf32> {attn.param = "s_out"}, %n: i32 {attn.param = "num_rows"}) kernel attributes {attn.vec = 4 : i64, known_block_size = array<i32: 256, 1, 1>} {
    attn.merge_state ins(%va, %sa, %vb, %sb : memref<?x4x64xf32>, memref<?x4xf32>, memref<?x4x64xf32>, memref<?x4xf32>) outs(%vo, %so : memref<?x4x64xbf16>, memref<?x4xf32>)
    gpu.return
  }
}
// CHECK-LABEL: gpu.func @merge(
// CHECK-SAME: %[[VA:[a-z0-9]+]]: memref<?x4x64xf32> {attn.param = "v_a"}, %[[SA:[a-z0-9]+]]: {{.*}}, %[[VB:[a-z0-9]+]]: {{.*}}, %[[SB:[a-z0-9]+]]: {{.*}}, %[[VO:[a-z0-9]+]]: {{.*}}, %[[SO:[a-z0-9]+]]: {{.*}}, %[[N:[a-z0-9]+]]: i32 {attn.param = "num_rows"})
// CHECK-NOT: attn.merge_state
// CHECK: %[[ROWS:.*]] = arith.index_castui %[[N]] : i32 to index
// CHECK: %[[TOTAL:.*]] = arith.muli %[[ROWS]], %c64 : index
// CHECK: scf.for %[[I:.*]] = %{{.*}} to %[[TOTAL]] step %{{.*}} {
// CHECK:   %[[CHUNK:.*]] = arith.remui %[[I]], %c16 : index
// CHECK:   %[[COL:.*]] = arith.muli %[[CHUNK]], %c4 : index
// CHECK:   %[[HEAD:.*]] = arith.remui %{{.*}}, %c4 : index
// CHECK:   %[[ROW:.*]] = arith.divui %[[I]], %c64 : index
// CHECK:   %[[S0:.*]] = memref.load %[[SA]][%[[ROW]], %[[HEAD]]]
// CHECK:   vector.load %[[VA]][%[[ROW]], %[[HEAD]], %[[COL]]] {alignment = 16 : i64} : memref<?x4x64xf32>, vector<4xf32>
// CHECK:   %[[M0:.*]] = arith.mulf %[[S0]], %cst{{.*}} : f32
// CHECK:   math.exp2
// CHECK:   memref.load %[[SB]][%[[ROW]], %[[HEAD]]]
// CHECK:   vector.load %[[VB]][%[[ROW]], %[[HEAD]], %[[COL]]]
// CHECK:   %[[M:.*]] = arith.maximumf %[[M0]], %{{.*}} : f32
// CHECK:   %[[D:.*]] = arith.addf %{{.*}} : f32
// CHECK:   vector.fma
// CHECK:   %[[NONEMPTY:.*]] = arith.cmpf ogt, %[[D]], %{{.*}} : f32
// CHECK:   arith.divf
// CHECK:   math.log2
// CHECK:   %[[OUT:.*]] = arith.truncf %{{.*}} : vector<4xf32> to vector<4xbf16>
// CHECK:   vector.store %[[OUT]], %[[VO]][%[[ROW]], %[[HEAD]], %[[COL]]] {alignment = 8 : i64}
// CHECK:   %[[FIRST:.*]] = arith.cmpi eq, %[[CHUNK]], %c0 : index
// CHECK:   scf.if %[[FIRST]] {
// CHECK:     memref.store %{{.*}}, %[[SO]][%[[ROW]], %[[HEAD]]] : memref<?x4xf32>

// -----

// A dense merge over a dynamic number of states loops over the num_states argument and loads
// from the flat arguments at row * num_states + k; the expanded views disappear.
gpu.module @dense_kernels {
  gpu.func @dense(%vf: memref<?x4x64xbf16> {attn.param = "v"}, %sf: memref<?x4xf32> {attn.param = "s"}, %vo: memref<?x4x64xbf16> {attn.param = "v_out"}, %ns: i32 {attn.param = "num_states"}, %n: i32 {attn.param = "num_rows"}) kernel attributes {attn.vec = 8 : i64, known_block_size = array<i32: 256, 1, 1>} {
    %rows = arith.index_castui %n : i32 to index
    %k = arith.index_castui %ns : i32 to index
    %v = memref.expand_shape %vf [[0, 1], [2], [3]] output_shape [%rows, %k, 4, 64] : memref<?x4x64xbf16> into memref<?x?x4x64xbf16>
    %s = memref.expand_shape %sf [[0, 1], [2]] output_shape [%rows, %k, 4] : memref<?x4xf32> into memref<?x?x4xf32>
    attn.merge_states ins(%v, %s : memref<?x?x4x64xbf16>, memref<?x?x4xf32>) outs(%vo : memref<?x4x64xbf16>)
    gpu.return
  }
}
// CHECK-LABEL: gpu.func @dense(
// CHECK-SAME: %[[V:[a-z0-9]+]]: memref<?x4x64xbf16> {attn.param = "v"}, %[[S:[a-z0-9]+]]: {{.*}}, %[[VO:[a-z0-9]+]]: {{.*}}, %[[NS:[a-z0-9]+]]: i32 {attn.param = "num_states"}
// CHECK-NOT: attn.merge_states
// CHECK-NOT: memref.expand_shape
// CHECK: scf.for %[[I:.*]] = {{.*}} {
// CHECK:   %[[ROW:.*]] = arith.divui %[[I]], %c32 : index
// CHECK:   %[[STATES:.*]] = arith.index_castui %[[NS]] : i32 to index
// CHECK:   %[[ACC:.*]]:3 = scf.for %[[K:.*]] = %c0 to %[[STATES]] step %c1 iter_args({{.*}}) -> (f32, f32, vector<8xf32>) {
// CHECK:     %[[BASE:.*]] = arith.muli %[[ROW]], %[[STATES]] : index
// CHECK:     %[[FLAT:.*]] = arith.addi %[[BASE]], %[[K]] : index
// CHECK:     memref.load %[[S]][%[[FLAT]], %{{.*}}] : memref<?x4xf32>
// CHECK:     vector.load %[[V]][%[[FLAT]], %{{.*}}, %{{.*}}] {alignment = 16 : i64}
// CHECK:   arith.divf %[[ACC]]#2
// CHECK:   vector.store %{{.*}}, %[[VO]]
// CHECK-NOT: memref.expand_shape
