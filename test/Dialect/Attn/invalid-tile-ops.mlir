// Every diagnostic of the tile-level ops (attn.load_kv_tile ... attn.merge_partial).
// RUN: attn-opt %s -split-input-file -verify-diagnostics

!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
func.func @f(%kv: !kv, %ks: memref<2x64x128xbf16, #gpu.address_space<workgroup>>,
             %vs: memref<1x64x128xbf16, #gpu.address_space<workgroup>>, %x: index) {
  // expected-error @+1 {{failed to verify that all of {k_tile, v_tile} have same type}}
  "attn.load_kv_tile"(%kv, %x, %x, %x, %x, %x, %ks, %vs, %x)
      {operandSegmentSizes = array<i32: 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0>}
      : (!kv, index, index, index, index, index, memref<2x64x128xbf16, #gpu.address_space<workgroup>>,
         memref<1x64x128xbf16, #gpu.address_space<workgroup>>, index) -> ()
  return
}

// -----

!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
func.func @f(%kv: !kv, %ks: memref<2x64x128xbf16>, %x: index) {
  // expected-error @+1 {{expected k_tile in workgroup memory, got 'memref<2x64x128xbf16>'}}
  attn.load_kv_tile %kv[%x] head %x tile %x keys [%x, %x) into %ks, %ks [%x]
      : !kv, memref<2x64x128xbf16>
  return
}

// -----

!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
func.func @f(%kv: !kv, %ks: memref<2x?x128xbf16, #gpu.address_space<workgroup>>, %x: index) {
  // expected-error @+1 {{expected k_tile to have a static shape, got 'memref<2x?x128xbf16, #gpu.address_space<workgroup>>'}}
  attn.load_kv_tile %kv[%x] head %x tile %x keys [%x, %x) into %ks, %ks [%x]
      : !kv, memref<2x?x128xbf16, #gpu.address_space<workgroup>>
  return
}

// -----

!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = f16>
func.func @f(%kv: !kv, %ks: memref<2x64x128xbf16, #gpu.address_space<workgroup>>, %x: index) {
  // expected-error @+1 {{expected k_tile element type 'bf16' to match the KV source's 'f16'}}
  attn.load_kv_tile %kv[%x] head %x tile %x keys [%x, %x) into %ks, %ks [%x]
      : !kv, memref<2x64x128xbf16, #gpu.address_space<workgroup>>
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = hnd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @f(%kv: !kv, %ks: memref<2x64x64xbf16, #gpu.address_space<workgroup>>, %x: index) {
  // expected-error @+1 {{expected k_tile head_dim (64) to match the KV source's head_dim (128)}}
  attn.load_kv_tile %kv[%x] head %x tile %x keys [%x, %x) into %ks, %ks [%x]
      : !kv, memref<2x64x64xbf16, #gpu.address_space<workgroup>>
  return
}

// -----

!kv = !attn.ragged_kv<num_heads = 8, head_dim = 32, element_type = bf16>
func.func @f(%kv: !kv, %ks: memref<2x64x32xbf16, #gpu.address_space<workgroup>>, %x: index) {
  // expected-error @+1 {{expected rows of at least 8 16-byte chunks with swizzle, got 64 bytes}}
  attn.load_kv_tile %kv[%x] head %x tile %x keys [%x, %x) into %ks, %ks [%x] {swizzle}
      : !kv, memref<2x64x32xbf16, #gpu.address_space<workgroup>>
  return
}

// -----

func.func @f(%q: vector<16x64xbf16>, %ks: memref<2x64x128xbf16, #gpu.address_space<workgroup>>,
             %x: index) {
  // expected-error @+1 {{expected q head_dim (64) to match k_tile head_dim (128)}}
  %s = attn.tile_qk %q, %ks[%x] : vector<16x64xbf16>,
      memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<16x64xf32>
  return
}

// -----

func.func @f(%q: vector<16x128xbf16>, %ks: memref<2x64x128xbf16, #gpu.address_space<workgroup>>,
             %x: index) {
  // expected-error @+1 {{expected s rows (8) to match q rows (16)}}
  %s = attn.tile_qk %q, %ks[%x] : vector<16x128xbf16>,
      memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<8x64xf32>
  return
}

// -----

func.func @f(%q: vector<16x128xbf16>, %ks: memref<2x64x128xbf16, #gpu.address_space<workgroup>>,
             %x: index) {
  // expected-error @+1 {{expected s columns (32) to match k_tile tile_kv (64)}}
  %s = attn.tile_qk %q, %ks[%x] : vector<16x128xbf16>,
      memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<16x32xf32>
  return
}

// -----

func.func @f(%q: vector<16x128xbf16>, %ks: memref<2x64x128xbf16>, %x: index) {
  // expected-error @+1 {{expected k_tile in workgroup memory, got 'memref<2x64x128xbf16>'}}
  %s = attn.tile_qk %q, %ks[%x] : vector<16x128xbf16>, memref<2x64x128xbf16> -> vector<16x64xf32>
  return
}

// -----

func.func @f(%s: vector<1x32xf32>, %x: index) {
  // expected-error @+1 {{expected a positive soft_cap, got -3}}
  %t = attn.score_mod %s rows %x cols %x keys %x
      {mask = #attn.mask<none>, scale = 1.0 : f32, soft_cap = -3.0 : f32} : vector<1x32xf32>
  return
}

// -----

func.func @f(%s: vector<1x32xf32>, %x: index) {
  // expected-error @+1 {{expected a custom_mask operand exactly with mask kind custom, got #attn.mask<custom> without one}}
  %t = attn.score_mod %s rows %x cols %x keys %x
      {mask = #attn.mask<custom>, scale = 1.0 : f32} : vector<1x32xf32>
  return
}

// -----

func.func @f(%s: vector<1x32xf32>, %x: index, %bits: memref<?xi8>) {
  // expected-error @+1 {{expected a custom_mask operand exactly with mask kind custom, got #attn.mask<causal> with one}}
  %t = attn.score_mod %s rows %x cols %x keys %x custom %bits[%x, %x] : memref<?xi8>
      {mask = #attn.mask<causal>, scale = 1.0 : f32} : vector<1x32xf32>
  return
}

// -----

func.func @f(%s: vector<16x64xf32>, %m: vector<8xf32>, %o: vector<16x128xf32>) {
  // expected-error @+1 {{expected max rows (8) to match s rows (16)}}
  %p, %m1, %l1, %a, %o1 = attn.online_softmax %s max %m sum %m acc %o
      : vector<16x64xf32>, vector<8xf32>, vector<16x128xf32>
  return
}

// -----

func.func @f(%s: vector<16x64xf32>, %m: vector<16xf32>, %o: vector<8x128xf32>) {
  // expected-error @+1 {{expected acc rows (8) to match s rows (16)}}
  %p, %m1, %l1, %a, %o1 = attn.online_softmax %s max %m sum %m acc %o
      : vector<16x64xf32>, vector<16xf32>, vector<8x128xf32>
  return
}

// -----

func.func @f(%p: vector<16x32xf32>, %vs: memref<2x64x128xbf16, #gpu.address_space<workgroup>>,
             %o: vector<16x128xf32>, %x: index) {
  // expected-error @+1 {{expected p columns (32) to match v_tile tile_kv (64)}}
  %r = attn.tile_pv %p, %vs[%x], %o : vector<16x32xf32>,
      memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<16x128xf32>
  return
}

// -----

func.func @f(%p: vector<16x64xf32>, %vs: memref<2x64x128xbf16, #gpu.address_space<workgroup>>,
             %o: vector<16x64xf32>, %x: index) {
  // expected-error @+1 {{expected acc columns (64) to match v_tile head_dim (128)}}
  %r = attn.tile_pv %p, %vs[%x], %o : vector<16x64xf32>,
      memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<16x64xf32>
  return
}

// -----

func.func @f(%p: vector<16x64xf32>, %vs: memref<2x64x128xbf16, #gpu.address_space<workgroup>>,
             %o: vector<8x128xf32>, %x: index) {
  // expected-error @+1 {{expected acc rows (8) to match p rows (16)}}
  %r = attn.tile_pv %p, %vs[%x], %o : vector<16x64xf32>,
      memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<8x128xf32>
  return
}

// -----

func.func @f(%p: vector<16x64xf32>, %vs: memref<2x64x128xbf16>, %o: vector<16x128xf32>, %x: index) {
  // expected-error @+1 {{expected v_tile in workgroup memory, got 'memref<2x64x128xbf16>'}}
  %r = attn.tile_pv %p, %vs[%x], %o : vector<16x64xf32>, memref<2x64x128xbf16> -> vector<16x128xf32>
  return
}

// -----

func.func @f(%acc: vector<4x128xf32>, %m: vector<2xf32>) {
  // expected-error @+1 {{expected max rows (2) to match acc rows (4)}}
  %o, %lse = attn.finalize %acc max %m sum %m : vector<4x128xf32>, vector<2xf32>
  return
}

// -----

func.func @f(%o: vector<4x128xf32>, %l: vector<2xf32>) {
  // expected-error @+1 {{expected lse rows (2) to match o rows (4)}}
  %r, %rl = attn.merge_partial %o, %l, %o, %l : vector<4x128xf32>, vector<2xf32>
  return
}

// -----

#l = #attn.decode_layout<lanes = 16, heads = 4, slices = 2, heads_per_thread = 1, rows_per_group = 2, vec = 8>
func.func @layout_rows(%q: memref<?x32x128xbf16>, %x: index) {
  // expected-error @+1 {{expected result dimension 0 (8) to be 4 in #attn.decode_layout}}
  %qt = attn.load_q_tile %q[%x, %x] {layout = #l} : memref<?x32x128xbf16> -> vector<8x128xf32>
  return
}

// -----

#l = #attn.decode_layout<lanes = 8, heads = 4, slices = 2, heads_per_thread = 1, rows_per_group = 2, vec = 8>
func.func @layout_features(%m: vector<4xf32>) {
  // expected-error @+1 {{expected acc dimension 1 (128) to be 64 in #attn.decode_layout}}
  %a, %b, %c = attn.init_state {layout = #l} : vector<4xf32>, vector<4x128xf32>
  return
}

// -----

#l = #attn.decode_layout<lanes = 16, heads = 4, slices = 2, heads_per_thread = 1, rows_per_group = 2, vec = 8>
func.func @layout_keys(%q: vector<4x128xf32>, %ks: memref<2x8x128xbf16, #gpu.address_space<workgroup>>, %x: index) {
  // expected-error @+1 {{expected s dimension 1 (8) to be 16 in #attn.decode_layout}}
  %s = attn.tile_qk %q, %ks[%x] {layout = #l}
      : vector<4x128xf32>, memref<2x8x128xbf16, #gpu.address_space<workgroup>> -> vector<4x8xf32>
  return
}

// -----

func.func @qk_rope_without_pos(%q: vector<4x128xf32>, %ks: memref<2x8x128xbf16, #gpu.address_space<workgroup>>, %x: index) {
  // expected-error @+1 {{expected a key position exactly with rope}}
  %s = attn.tile_qk %q, %ks[%x] {rope = #attn.rope<llama, rotary_dim = 128>}
      : vector<4x128xf32>, memref<2x8x128xbf16, #gpu.address_space<workgroup>> -> vector<4x8xf32>
  return
}

// -----

func.func @qk_f16_bf16(%q: vector<4x128xf16>, %ks: memref<2x8x128xbf16, #gpu.address_space<workgroup>>, %x: index) {
  // expected-error @+1 {{expected q of f32 or k_tile's element type 'bf16', got 'f16'}}
  %s = attn.tile_qk %q, %ks[%x]
      : vector<4x128xf16>, memref<2x8x128xbf16, #gpu.address_space<workgroup>> -> vector<4x8xf32>
  return
}

// -----

#l = #attn.decode_layout<lanes = 16, heads = 4, slices = 2, heads_per_thread = 1, rows_per_group = 2, vec = 8>
func.func @finalize_no_scratch(%acc: vector<4x128xf32>, %m: vector<4xf32>) {
  // expected-error @+1 {{expected a static scratch buffer of at least 4160 bytes to merge the 2 slices}}
  %o, %lse = attn.finalize %acc max %m sum %m {layout = #l} : vector<4x128xf32>, vector<4xf32>
  return
}

// -----

func.func @q_rope_without_pos(%q: memref<?x32x128xbf16>, %x: index) {
  // expected-error @+1 {{expected a position exactly with rope}}
  %qt = attn.load_q_tile %q[%x, %x] {rope = #attn.rope<llama, rotary_dim = 128>}
      : memref<?x32x128xbf16> -> vector<4x128xf32>
  return
}

// -----

// `staged` names rows an earlier load_q_tile copied into the staging buffer: it needs one.
func.func @q_staged_without_staging(%q: memref<?x32x128xbf16>, %x: index) {
  // expected-error @+1 {{expected 'staged' only with a staging buffer and without rope (the rows were copied there before)}}
  %qt = attn.load_q_tile %q[%x, %x] {staged} : memref<?x32x128xbf16> -> vector<4x128xf32>
  return
}

// -----

func.func @store_columns(%o: vector<4x64xf32>, %lse: vector<4xf32>, %out: memref<?x32x128xbf16>, %x: index) {
  // expected-error @+1 {{expected o columns (64) to match dest head_dim (128)}}
  attn.store_output %o, %lse into %out[%x, %x] : vector<4x64xf32>, vector<4xf32>, memref<?x32x128xbf16>
  return
}

// -----

func.func @q_elt(%q: memref<?x32x128xbf16>, %x: index) {
  // expected-error @+1 {{expected a result element type of f32 or q's 'bf16', got 'f16'}}
  %qt = attn.load_q_tile %q[%x, %x] : memref<?x32x128xbf16> -> vector<4x128xf16>
  return
}

// -----

func.func @init_rows() {
  // expected-error @+1 {{expected acc rows (8) to match max rows (4)}}
  %m, %l, %a = attn.init_state : vector<4xf32>, vector<8x128xf32>
  return
}

// -----

func.func @store_lse_rows(%o: vector<4x128xf32>, %lse: vector<2xf32>, %out: memref<?x32x128xbf16>, %x: index) {
  // expected-error @+1 {{expected lse rows (2) to match o rows (4)}}
  attn.store_output %o, %lse into %out[%x, %x] : vector<4x128xf32>, vector<2xf32>, memref<?x32x128xbf16>
  return
}

// -----

func.func @finalize_global_scratch(%acc: vector<4x128xf32>, %m: vector<4xf32>, %s: memref<8192xi8>) {
  // expected-error @+1 {{expected scratch in workgroup memory, got 'memref<8192xi8>'}}
  %o, %lse = attn.finalize %acc max %m sum %m scratch %s : memref<8192xi8> : vector<4x128xf32>, vector<4xf32>
  return
}

// -----

func.func @rows_per_position(%s: vector<4x8xf32>, %x: index) -> vector<4x8xf32> {
  // expected-error @+1 {{expected a positive rows_per_position, got 0}}
  %t = attn.score_mod %s rows %x cols %x keys %x {mask = #attn.mask<none>, rows_per_position = 0 : i64, scale = 1.0 : f32} : vector<4x8xf32>
  return %t : vector<4x8xf32>
}

// -----

// A prefill layout of 4 warps x 1 slice holds 64 rows.
#l = #attn.prefill_layout<warps = 4, slices = 1, rows_per_group = 4, vec = 8>
func.func @prefill_layout_rows(%m: vector<32xf32>) {
  // expected-error @+1 {{expected acc dimension 0 (32) to be 64 in #attn.prefill_layout}}
  %a, %b, %c = attn.init_state {layout = #l} : vector<32xf32>, vector<32x128xf32>
  return
}

// -----

// Score tiles come in 16-key pairs of 8-column mma blocks.
#l = #attn.prefill_layout<warps = 1, slices = 1, rows_per_group = 2, vec = 8>
func.func @prefill_layout_keys(%q: vector<16x64xbf16>, %ks: memref<2x24x64xbf16, #gpu.address_space<workgroup>>, %x: index) {
  // expected-error @+1 {{expected s dimension 1 (24) to be a multiple of 16 in #attn.prefill_layout}}
  %s = attn.tile_qk %q, %ks[%x] {layout = #l}
      : vector<16x64xbf16>, memref<2x24x64xbf16, #gpu.address_space<workgroup>> -> vector<16x24xf32>
  return
}

// -----

// Features: 16-feature k-steps of the mma and vec-element copy chunks.
#l = #attn.prefill_layout<warps = 1, slices = 1, rows_per_group = 2, vec = 8>
func.func @prefill_layout_features(%p: vector<16x16xf32>, %vs: memref<2x16x72xbf16, #gpu.address_space<workgroup>>, %acc: vector<16x72xf32>, %x: index) {
  // expected-error @+1 {{expected acc dimension 1 (72) to be a multiple of 16 in #attn.prefill_layout}}
  %o = attn.tile_pv %p, %vs[%x], %acc {layout = #l}
      : vector<16x16xf32>, memref<2x16x72xbf16, #gpu.address_space<workgroup>> -> vector<16x72xf32>
  return
}

// -----

// 128 threads over rows of 8 chunks: 16 copy groups of 2 rows copy 32 keys, not 64.
!kv = !attn.ragged_kv<num_heads = 8, head_dim = 64, element_type = bf16>
#l = #attn.prefill_layout<warps = 4, slices = 1, rows_per_group = 2, vec = 8>
func.func @prefill_layout_copy(%kv: !kv, %x: index,
                               %ks: memref<2x64x64xbf16, #gpu.address_space<workgroup>>) {
  // expected-error @+1 {{expected tile_kv (64) to be the copy groups (128 threads / 8 chunks of a row) times rows_per_group (2) of #attn.prefill_layout}}
  attn.load_kv_tile %kv[%x] head %x tile %x keys [%x, %x) into %ks, %ks [%x] {layout = #l, swizzle}
      : !kv, memref<2x64x64xbf16, #gpu.address_space<workgroup>>
  return
}

// -----

func.func @q_offset_without_rope(%q: memref<?x32x128xbf16>, %x: index, %off: memref<?xi32>) {
  // expected-error @+1 {{expected a position offset only with rope}}
  %qt = attn.load_q_tile %q[%x, %x] offset %off[%x] : memref<?xi32>
      : memref<?x32x128xbf16> -> vector<4x128xbf16>
  return
}

// -----

func.func @q_staging_shape(%q: memref<?x32x128xbf16>, %x: index,
                           %qs: memref<32x128xbf16, #gpu.address_space<workgroup>>) {
  // expected-error @+1 {{expected the staging buffer 'memref<32x128xbf16, #gpu.address_space<workgroup>>' in workgroup memory with the result's shape and element type 'vector<64x128xbf16>'}}
  %qt = attn.load_q_tile %q[%x, %x] rows [%x, %x) into %qs
      : memref<32x128xbf16, #gpu.address_space<workgroup>> : memref<?x32x128xbf16> -> vector<64x128xbf16>
  return
}

// -----

func.func @q_rows_per_position(%q: memref<?x32x128xbf16>, %x: index) {
  // expected-error @+1 {{expected a positive rows_per_position, got 0}}
  %qt = attn.load_q_tile %q[%x, %x] rows [%x, %x) {rows_per_position = 0}
      : memref<?x32x128xbf16> -> vector<4x128xbf16>
  return
}

// -----

func.func @store_partial_without_slot(%o: vector<4x128xf32>, %l: vector<4xf32>, %x: index,
                                      %dst: memref<?x32x128xbf16>, %po: memref<?x32x128xf32>,
                                      %pl: memref<?x32xf32>) {
  // expected-error @+1 {{expected a slot with partial rows}}
  attn.store_output %o, %l into %dst[%x, %x] partial %po, %pl [%x]
      : memref<?x32x128xf32>, memref<?x32xf32> : vector<4x128xf32>, vector<4xf32>, memref<?x32x128xbf16>
  return
}

// -----

// The custom form takes the staging tile, its index and its condition together; the generic
// form (a builder) can leave some out.
func.func @store_staged_without_index(%o: vector<128x128xf32>, %l: vector<128xf32>, %x: index,
                                      %dst: memref<?x32x128xbf16>,
                                      %k: memref<2x128x128xbf16, #gpu.address_space<workgroup>>) {
  // expected-error @+1 {{expected a staging tile with its index and condition}}
  "attn.store_output"(%o, %l, %dst, %x, %x, %k) <{operandSegmentSizes = array<i32: 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0>, rows_per_position = 1 : i64}>
      : (vector<128x128xf32>, vector<128xf32>, memref<?x32x128xbf16>, index, index,
         memref<2x128x128xbf16, #gpu.address_space<workgroup>>) -> ()
  return
}

// -----

func.func @store_staged_short_tile(%o: vector<128x128xf32>, %l: vector<128xf32>, %x: index,
                                   %s: i32, %c: i1, %dst: memref<?x32x128xbf16>,
                                   %k: memref<2x64x128xbf16, #gpu.address_space<workgroup>>) {
  // expected-error @+1 {{expected a staging tile of at least 128 rows of 128 columns (a multiple of 64), got 64 x 128}}
  attn.store_output %o, %l into %dst[%x, %x] rows[%x, %x) slot %s
      staged %k[%x] if %c : memref<2x64x128xbf16, #gpu.address_space<workgroup>>
      : vector<128x128xf32>, vector<128xf32>, memref<?x32x128xbf16>
  return
}

// -----

func.func @store_staged_wide_elements(%o: vector<128x128xf32>, %l: vector<128xf32>, %x: index,
                                      %s: i32, %c: i1, %dst: memref<?x32x128xbf16>,
                                      %k: memref<2x128x128xf16, #gpu.address_space<workgroup>>,
                                      %f: memref<?x32x128xf32>) {
  // expected-error @+1 {{expected staging elements of dest's width (32 bits), got 'f16'}}
  attn.store_output %o, %l into %f[%x, %x] rows[%x, %x) slot %s
      staged %k[%x] if %c : memref<2x128x128xf16, #gpu.address_space<workgroup>>
      : vector<128x128xf32>, vector<128xf32>, memref<?x32x128xf32>
  return
}

// -----

func.func @store_staged_global(%o: vector<128x128xf32>, %l: vector<128xf32>, %x: index,
                               %s: i32, %c: i1, %dst: memref<?x32x128xbf16>,
                               %k: memref<2x128x128xbf16>) {
  // expected-error @+1 {{expected staging in workgroup memory}}
  attn.store_output %o, %l into %dst[%x, %x] rows[%x, %x) slot %s
      staged %k[%x] if %c : memref<2x128x128xbf16>
      : vector<128x128xf32>, vector<128xf32>, memref<?x32x128xbf16>
  return
}

// -----

func.func @store_staged_without_slot(%o: vector<128x128xf32>, %l: vector<128xf32>, %x: index,
                                     %c: i1, %dst: memref<?x32x128xbf16>,
                                     %k: memref<2x128x128xbf16, #gpu.address_space<workgroup>>) {
  // expected-error @+1 {{expected rows [b, e) and a slot with staging}}
  attn.store_output %o, %l into %dst[%x, %x] rows[%x, %x)
      staged %k[%x] if %c : memref<2x128x128xbf16, #gpu.address_space<workgroup>>
      : vector<128x128xf32>, vector<128xf32>, memref<?x32x128xbf16>
  return
}

// -----

!kv = !attn.ragged_kv<num_heads = 8, head_dim = 64, element_type = bf16>
func.func @blocks_without_tiles_per_block(%kv: !kv, %x: index, %b: memref<?xi32>,
                                          %ks: memref<2x16x64xbf16, #gpu.address_space<workgroup>>) {
  // expected-error @+1 {{expected tiles_per_block exactly with blocks}}
  attn.load_kv_tile %kv[%x] head %x tile %x keys [%x, %x) blocks %b[%x] : memref<?xi32>
      into %ks, %ks [%x] : !kv, memref<2x16x64xbf16, #gpu.address_space<workgroup>>
  return
}

// -----

func.func @within_without_custom(%s: vector<4x8xf32>, %x: index, %i: i32) {
  // expected-error @+1 {{expected within bounds only with a custom mask}}
  %t = attn.score_mod %s rows %x cols %x keys %x within %i, %i
      {mask = #attn.mask<causal>, scale = 1.0 : f32} : vector<4x8xf32>
  return
}

// -----

func.func @alibi_rows(%s: vector<4x8xf32>, %x: index, %slopes: vector<8xf32>) {
  // expected-error @+1 {{expected alibi_slope rows (8) to match s rows (4)}}
  %t = attn.score_mod %s rows %x cols %x keys %x alibi %slopes : vector<8xf32>
      {mask = #attn.mask<none>, scale = 1.0 : f32} : vector<4x8xf32>
  return
}

// -----

func.func @softmax_scale(%s: vector<4x8xf32>, %m: vector<4xf32>, %acc: vector<4x64xf32>) {
  // expected-error @+1 {{expected a positive scale, got 0}}
  %p, %m1, %l1, %a, %o1 = attn.online_softmax %s max %m sum %m acc %acc {scale = 0.0 : f64}
      : vector<4x8xf32>, vector<4xf32>, vector<4x64xf32>
  return
}

// -----

func.func @alibi_num_heads(%x: index, %i: i32) {
  // expected-error @+1 {{expected a positive num_heads, got 0}}
  %sl = attn.alibi_slopes head %x rows %i {num_heads = 0} : vector<16xf32>
  return
}

// -----

func.func @rope_k_tile_dim(%ks: memref<2x16x64xbf16, #gpu.address_space<workgroup>>, %x: index) {
  // expected-error @+1 {{expected rotary_dim (128) to be at most the k_tile head_dim (64)}}
  attn.rope_k_tile %ks[%x] at %x {rope = #attn.rope<llama, rotary_dim = 128>}
      : memref<2x16x64xbf16, #gpu.address_space<workgroup>>
  return
}

// -----

func.func @rope_k_tile_global(%ks: memref<2x16x64xbf16>, %x: index) {
  // expected-error @+1 {{expected k_tile in workgroup memory}}
  attn.rope_k_tile %ks[%x] at %x {rope = #attn.rope<llama, rotary_dim = 64>}
      : memref<2x16x64xbf16>
  return
}

// -----

func.func @kv_tile_range_tile(%x: index) {
  // expected-error @+1 {{expected a positive tile_kv and align, got 0, 1}}
  %lo, %n, %ub, %ue = attn.kv_tile_range keys [%x, %x) rows [%x, %x) delta %x
      {mask = #attn.mask<causal>, tile_kv = 0}
  return
}

// -----

func.func @kv_tile_range_mask(%x: index) {
  // expected-error @+1 {{expected a none or causal mask, got #attn.mask<custom>}}
  %lo, %n, %ub, %ue = attn.kv_tile_range keys [%x, %x) rows [%x, %x) delta %x
      {mask = #attn.mask<custom>, tile_kv = 64}
  return
}

// -----

!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
func.func @f(%kv: !kv, %ks: memref<2x64x128xbf16, #gpu.address_space<workgroup>>, %x: index, %bar: i32) {
  // expected-error @+1 {{expected 'async' with 'arrive' (the mbarrier tracks asynchronous copies)}}
  attn.load_kv_tile %kv[%x] head %x tile %x keys [%x, %x) into %ks, %ks [%x] arrive %bar
      : !kv, memref<2x64x128xbf16, #gpu.address_space<workgroup>>
  return
}

// -----

!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
func.func @f(%kv: !kv, %ks: memref<2x64x128xbf16, #gpu.address_space<workgroup>>, %x: index) {
  // expected-error @+1 {{expected 'arrive' exactly with a producer warpgroup in the layout}}
  attn.load_kv_tile %kv[%x] head %x tile %x keys [%x, %x) into %ks, %ks [%x]
      {async, swizzle, layout = #attn.prefill_layout<warps = 8, slices = 1, rows_per_group = 8, vec = 8, wgmma = true, producer_warps = 4>}
      : !kv, memref<2x64x128xbf16, #gpu.address_space<workgroup>>
  return
}

// -----

!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
func.func @f(%kv: !kv, %ks: memref<2x64x128xbf16, #gpu.address_space<workgroup>>, %x: index, %bar: i32) {
  // expected-error @+1 {{expected tile_kv (64) to be the copy groups (128 threads / 16 chunks of a row) times rows_per_group (4)}}
  attn.load_kv_tile %kv[%x] head %x tile %x keys [%x, %x) into %ks, %ks [%x] arrive %bar
      {async, swizzle, layout = #attn.prefill_layout<warps = 8, slices = 1, rows_per_group = 4, vec = 8, wgmma = true, producer_warps = 4>}
      : !kv, memref<2x64x128xbf16, #gpu.address_space<workgroup>>
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{expected producer threads (64) to be whole warpgroups of 128}}
  attn.warp_specialize consumers 256 producers 64 registers(232, 40) producer {
    %a = arith.constant 0 : index
  } consumer {
    %b = arith.constant 0 : index
  }
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{expected consumer registers (250) to be a multiple of 8 in [24, 256]}}
  attn.warp_specialize consumers 256 producers 128 registers(250, 40) producer {
    %a = arith.constant 0 : index
  } consumer {
    %b = arith.constant 0 : index
  }
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{expected the register budgets to fit the 65536-register file, got 66560}}
  attn.warp_specialize consumers 256 producers 128 registers(240, 40) producer {
    %a = arith.constant 0 : index
  } consumer {
    %b = arith.constant 0 : index
  }
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{attribute 'warpgroups' failed to satisfy constraint}}
  attn.mma_turn acquire {warpgroups = 1}
  return
}

// -----

func.func @f(%q: vector<16x128xbf16>, %ks: memref<2x64x128xbf16, #gpu.address_space<workgroup>>,
             %x: index) {
  // expected-error @+1 {{expected a #attn.prefill_layout with wgmma for async MMAs, got <<NULL ATTRIBUTE>>}}
  %s = attn.tile_qk %q, %ks[%x] {async} : vector<16x128xbf16>,
      memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<16x64xf32>
  return
}

// -----

func.func @f(%p: vector<64x64xf32>, %vs: memref<2x64x128xbf16, #gpu.address_space<workgroup>>,
             %o: vector<64x128xf32>, %x: index) {
  // expected-error @+1 {{expected a #attn.prefill_layout with wgmma for async MMAs, got #attn.prefill_layout<warps = 4, slices = 1, rows_per_group = 8, vec = 8>}}
  %r = attn.tile_pv %p, %vs[%x], %o {async, layout = #attn.prefill_layout<warps = 4, slices = 1, rows_per_group = 8, vec = 8>}
      : vector<64x64xf32>, memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<64x128xf32>
  return
}

// -----

func.func @f(%s: vector<64x64xf32>) {
  // expected-error @+1 {{expected a #attn.prefill_layout with wgmma, got #attn.prefill_layout<warps = 4, slices = 1, rows_per_group = 8, vec = 8>}}
  %r = attn.wait_mma pending 1 %s {layout = #attn.prefill_layout<warps = 4, slices = 1, rows_per_group = 8, vec = 8>} : vector<64x64xf32>
  return
}

// -----

func.func @f(%s: vector<64x64xf32>) {
  // expected-error @+1 {{'attn.wait_mma' op attribute 'pending' failed to satisfy constraint}}
  %r = attn.wait_mma pending 8 %s : vector<64x64xf32>
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{expected at least one tile}}
  "attn.wait_mma"() {pending = 0 : i64} : () -> ()
  return
}

// -----

func.func @f(%s: vector<64x64xf32>) {
  // expected-error @+1 {{expected results of the tiles' types}}
  %r = "attn.wait_mma"(%s) {pending = 0 : i64} : (vector<64x64xf32>) -> vector<64x32xf32>
  return
}

// -----

func.func @f(%o: vector<64x128xf32>, %a: vector<32xf32>) {
  // expected-error @+1 {{expected alpha rows (32) to match acc rows (64)}}
  %r = attn.rescale_acc %o by %a : vector<64x128xf32>, vector<32xf32>
  return
}

// -----

func.func @f(%s: vector<16x64xf32>, %m: vector<16xf32>, %o: vector<16x128xf32>) {
  // expected-error @+1 {{expected acc_new of acc's type 'vector<16x128xf32>'}}
  %p, %m1, %l1, %a = "attn.online_softmax"(%s, %m, %m, %o) : (vector<16x64xf32>, vector<16xf32>, vector<16xf32>, vector<16x128xf32>) -> (vector<16x64xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>)
  return
}

// -----

!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
func.func @f(%kv: !kv, %ks: memref<2x64x128xbf16, #gpu.address_space<workgroup>>, %x: index, %bar: i32, %m: memref<128xi8>) {
  // expected-error @+1 {{expected 'maps' with 'arrive', 'swizzle', no block list and ragged K/V or pages of whole 8-row boxes (TMA boxes, tiles in order)}}
  attn.load_kv_tile %kv[%x] head %x tile %x keys [%x, %x) into %ks, %ks [%x] maps(%m, %m : memref<128xi8>, memref<128xi8>)
      {async, swizzle} : !kv, memref<2x64x128xbf16, #gpu.address_space<workgroup>>
  return
}

// -----

!kv = !attn.paged_kv<page_size = 4, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @f(%kv: !kv, %ks: memref<2x64x128xbf16, #gpu.address_space<workgroup>>, %x: index, %bar: i32, %m: memref<128xi8>) {
  // expected-error @+1 {{expected 'maps' with 'arrive', 'swizzle', no block list and ragged K/V or pages of whole 8-row boxes}}
  attn.load_kv_tile %kv[%x] head %x tile %x keys [%x, %x) into %ks, %ks [%x] arrive %bar maps(%m, %m : memref<128xi8>, memref<128xi8>)
      {async, swizzle} : !kv, memref<2x64x128xbf16, #gpu.address_space<workgroup>>
  return
}

// -----

!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
func.func @f(%kv: !kv, %ks: memref<2x64x128xbf16, #gpu.address_space<workgroup>>, %x: index, %bar: i32, %m: memref<128xi8>) {
  // expected-error @+1 {{expected both tensor maps or neither}}
  "attn.load_kv_tile"(%kv, %x, %x, %x, %x, %x, %ks, %ks, %x, %bar, %m)
      {async, swizzle, operandSegmentSizes = array<i32: 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0>}
      : (!kv, index, index, index, index, index, memref<2x64x128xbf16, #gpu.address_space<workgroup>>,
         memref<2x64x128xbf16, #gpu.address_space<workgroup>>, index, i32, memref<128xi8>) -> ()
  return
}
