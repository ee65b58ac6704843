// Every diagnostic of the KV-source constructors, the state merges, append and RoPE.
// RUN: attn-opt %s -split-input-file -verify-diagnostics

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @f(%p: memref<?x16x1024xbf16>, %i: memref<?xi32>) {
  // expected-error @+1 {{expected k_cache to be a rank-4 memref [pages, page_size, heads, head_dim] (nhd), got 'memref<?x16x1024xbf16>'}}
  %kv = attn.paged_kv k(%p : memref<?x16x1024xbf16>) v(%p : memref<?x16x1024xbf16>)
          indptr(%i : memref<?xi32>) indices(%i : memref<?xi32>) last_page_len(%i : memref<?xi32>) : !kv
  return
}

// -----

// A strided pool whose pages are not contiguous inside (slots 2048 elements apart).
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @f(%p: memref<?x16x8x128xbf16, strided<[65536, 2048, 128, 1]>>, %i: memref<?xi32>) {
  // expected-error @+1 {{expected k_cache to hold contiguous pages a stride of at least one page apart (strides [page_stride, <one page's identity strides>]), got 'memref<?x16x8x128xbf16, strided<[65536, 2048, 128, 1]>>'}}
  %kv = attn.paged_kv k(%p : memref<?x16x8x128xbf16, strided<[65536, 2048, 128, 1]>>) v(%p : memref<?x16x8x128xbf16, strided<[65536, 2048, 128, 1]>>)
          indptr(%i : memref<?xi32>) indices(%i : memref<?xi32>) last_page_len(%i : memref<?xi32>) : !kv
  return
}

// -----

// Pages that overlap (a page stride smaller than the 16384 elements of a page).
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @f(%k: memref<?x16x8x128xbf16>, %p: memref<?x16x8x128xbf16, strided<[8192, 1024, 128, 1]>>, %i: memref<?xi32>) {
  // expected-error @+1 {{expected v_cache to hold contiguous pages a stride of at least one page apart (strides [page_stride, <one page's identity strides>]), got 'memref<?x16x8x128xbf16, strided<[8192, 1024, 128, 1]>>'}}
  %kv = attn.paged_kv k(%k : memref<?x16x8x128xbf16>) v(%p : memref<?x16x8x128xbf16, strided<[8192, 1024, 128, 1]>>)
          indptr(%i : memref<?xi32>) indices(%i : memref<?xi32>) last_page_len(%i : memref<?xi32>) : !kv
  return
}

// -----

// An HND-shaped pool declared as NHD.
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @f(%p: memref<?x8x16x128xbf16>, %i: memref<?xi32>) {
  // expected-error @+1 {{expected k_cache of shape [?, 16, 8, 128] [pages, page_size, heads, head_dim] (nhd), got 'memref<?x8x16x128xbf16>'}}
  %kv = attn.paged_kv k(%p : memref<?x8x16x128xbf16>) v(%p : memref<?x8x16x128xbf16>)
          indptr(%i : memref<?xi32>) indices(%i : memref<?xi32>) last_page_len(%i : memref<?xi32>) : !kv
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = hnd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @f(%p: memref<?x8x16x128xbf16>, %v: memref<?x8x16x128xf16>, %i: memref<?xi32>) {
  // expected-error @+1 {{expected v_cache element type ('f16') to match the cache element type ('bf16')}}
  %kv = attn.paged_kv k(%p : memref<?x8x16x128xbf16>) v(%v : memref<?x8x16x128xf16>)
          indptr(%i : memref<?xi32>) indices(%i : memref<?xi32>) last_page_len(%i : memref<?xi32>) : !kv
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = hnd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @f(%p: memref<?x8x16x128xbf16>, %i: memref<?xi32>, %j: memref<?x2xi32>) {
  // expected-error @+1 {{operand #3 must be 1D memref of 32-bit signless integer values}}
  %kv = attn.paged_kv k(%p : memref<?x8x16x128xbf16>) v(%p : memref<?x8x16x128xbf16>)
          indptr(%i : memref<?xi32>) indices(%j : memref<?x2xi32>) last_page_len(%i : memref<?xi32>) : !kv
  return
}

// -----

!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
func.func @f(%k: memref<?x8x128xbf16>, %v: memref<?x8x64xbf16>, %i: memref<?xi32>) {
  // expected-error @+1 {{expected v of shape [?, 8, 128] [tokens, heads, head_dim], got 'memref<?x8x64xbf16>'}}
  %kv = attn.ragged_kv k(%k : memref<?x8x128xbf16>) v(%v : memref<?x8x64xbf16>) indptr(%i : memref<?xi32>) : !kv
  return
}

// -----

!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
func.func @f(%k: memref<?x8x128xf16>, %i: memref<?xi32>) {
  // expected-error @+1 {{expected k element type ('f16') to match the KV element type ('bf16')}}
  %kv = attn.ragged_kv k(%k : memref<?x8x128xf16>) v(%k : memref<?x8x128xf16>) indptr(%i : memref<?xi32>) : !kv
  return
}

// -----

func.func @f(%v: memref<?x4096xf32>, %s: memref<?x32xf32>) {
  // expected-error @+1 {{expected v_a to be a rank-3 memref [rows, heads, head_dim], got 'memref<?x4096xf32>'}}
  attn.merge_state ins(%v, %s, %v, %s : memref<?x4096xf32>, memref<?x32xf32>, memref<?x4096xf32>, memref<?x32xf32>)
                   outs(%v : memref<?x4096xf32>)
  return
}

// -----

func.func @f(%v: memref<?x32x128xf32>, %w: memref<?x32x64xf32>, %s: memref<?x32xf32>) {
  // expected-error @+1 {{expected v_b of shape [?, 32, 128] like v_a, got 'memref<?x32x64xf32>'}}
  attn.merge_state ins(%v, %s, %w, %s : memref<?x32x128xf32>, memref<?x32xf32>, memref<?x32x64xf32>, memref<?x32xf32>)
                   outs(%v : memref<?x32x128xf32>)
  return
}

// -----

func.func @f(%v: memref<?x32x128xf32>, %o: memref<?x32x128xi8>, %s: memref<?x32xf32>) {
  // expected-error @+1 {{expected v_out element type to be f32, bf16 or f16, got 'i8'}}
  attn.merge_state ins(%v, %s, %v, %s : memref<?x32x128xf32>, memref<?x32xf32>, memref<?x32x128xf32>, memref<?x32xf32>)
                   outs(%o : memref<?x32x128xi8>)
  return
}

// -----

func.func @f(%v: memref<?x32x128xf32>, %s: memref<?x32xf32>, %t: memref<?x16xf32>) {
  // expected-error @+1 {{expected s_b of shape [?, 32] [rows, heads], got 'memref<?x16xf32>'}}
  attn.merge_state ins(%v, %s, %v, %t : memref<?x32x128xf32>, memref<?x32xf32>, memref<?x32x128xf32>, memref<?x16xf32>)
                   outs(%v : memref<?x32x128xf32>)
  return
}

// -----

func.func @f(%v: memref<?x32x128xf32>, %s: memref<?x32xf32>, %t: memref<?x16xf32>) {
  // expected-error @+1 {{expected s_out of shape [?, 32] [rows, heads], got 'memref<?x16xf32>'}}
  attn.merge_state ins(%v, %s, %v, %s : memref<?x32x128xf32>, memref<?x32xf32>, memref<?x32x128xf32>, memref<?x32xf32>)
                   outs(%v, %t : memref<?x32x128xf32>, memref<?x16xf32>)
  return
}

// -----

func.func @f(%v: memref<?x2x32x128xf32>, %s: memref<?x2x32xf32>, %o: memref<?x4096xf32>) {
  // expected-error @+1 {{expected v_out to be a rank-3 memref [rows, heads, head_dim], got 'memref<?x4096xf32>'}}
  attn.merge_states ins(%v, %s : memref<?x2x32x128xf32>, memref<?x2x32xf32>) outs(%o : memref<?x4096xf32>)
  return
}

// -----

func.func @f(%v: memref<?x32x128xf32>, %s: memref<?x32xf32>, %o: memref<?x32x128xf32>) {
  // expected-error @+1 {{expected v to be a rank-4 memref [rows, states, heads, head_dim] (or pass indptr for the indexed form), got 'memref<?x32x128xf32>'}}
  attn.merge_states ins(%v, %s : memref<?x32x128xf32>, memref<?x32xf32>) outs(%o : memref<?x32x128xf32>)
  return
}

// -----

func.func @f(%v: memref<?x2x32x128xf32>, %s: memref<?x3x32xf32>, %o: memref<?x32x128xf32>) {
  // expected-error @+1 {{expected s of shape [?, 2, 32] [rows, states, heads], got 'memref<?x3x32xf32>'}}
  attn.merge_states ins(%v, %s : memref<?x2x32x128xf32>, memref<?x3x32xf32>) outs(%o : memref<?x32x128xf32>)
  return
}

// -----

func.func @f(%v: memref<?x2x32x128xf32>, %s: memref<?x2x32xf32>, %o: memref<?x32x128xf32>, %i: memref<?xi32>) {
  // expected-error @+1 {{expected v of shape [?, 32, 128] [partial_rows, heads, head_dim] (indexed form), got 'memref<?x2x32x128xf32>'}}
  attn.merge_states ins(%v, %s : memref<?x2x32x128xf32>, memref<?x2x32xf32>) indptr(%i : memref<?xi32>) outs(%o : memref<?x32x128xf32>)
  return
}

// -----

func.func @f(%v: memref<10x32x128xf32>, %s: memref<12x32xf32>, %o: memref<?x32x128xf32>, %i: memref<?xi32>) {
  // expected-error @+1 {{expected s of shape [10, 32] [partial_rows, heads] (indexed form), got 'memref<12x32xf32>'}}
  attn.merge_states ins(%v, %s : memref<10x32x128xf32>, memref<12x32xf32>) indptr(%i : memref<?xi32>) outs(%o : memref<?x32x128xf32>)
  return
}

// -----

func.func @f(%v: memref<?x2x32x128xf32>, %s: memref<?x2x32xf32>, %o: memref<?x32x128xf32>, %t: memref<?x2x32xf32>) {
  // expected-error @+1 {{expected s_out of shape [?, 32] [rows, heads], got 'memref<?x2x32xf32>'}}
  attn.merge_states ins(%v, %s : memref<?x2x32x128xf32>, memref<?x2x32xf32>) outs(%o, %t : memref<?x32x128xf32>, memref<?x2x32xf32>)
  return
}

// -----

func.func @f(%v: memref<?x2x32x128xi32>, %s: memref<?x2x32xf32>, %o: memref<?x32x128xf32>) {
  // expected-error @+1 {{expected v element type to be f32, bf16 or f16, got 'i32'}}
  attn.merge_states ins(%v, %s : memref<?x2x32x128xi32>, memref<?x2x32xf32>) outs(%o : memref<?x32x128xf32>)
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @f(%k: memref<?x4x128xbf16>, %i: memref<?xi32>, %kv: !kv) {
  // expected-error @+1 {{expected k of shape [?, 8, 128] [tokens, num_kv_heads, head_dim], got 'memref<?x4x128xbf16>'}}
  attn.append_paged_kv k(%k : memref<?x4x128xbf16>) v(%k : memref<?x4x128xbf16>)
      batch_indices(%i : memref<?xi32>) positions(%i : memref<?xi32>) into(%kv : !kv)
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @f(%k: memref<?x8x128xf16>, %i: memref<?xi32>, %kv: !kv) {
  // expected-error @+1 {{expected k element type ('f16') to match the cache element type ('bf16')}}
  attn.append_paged_kv k(%k : memref<?x8x128xf16>) v(%k : memref<?x8x128xf16>)
      batch_indices(%i : memref<?xi32>) positions(%i : memref<?xi32>) into(%kv : !kv)
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @f(%k: memref<5x8x128xbf16>, %v: memref<6x8x128xbf16>, %i: memref<?xi32>, %kv: !kv) {
  // expected-error @+1 {{expected v of shape [5, 8, 128] like k, got 'memref<6x8x128xbf16>'}}
  attn.append_paged_kv k(%k : memref<5x8x128xbf16>) v(%v : memref<6x8x128xbf16>)
      batch_indices(%i : memref<?xi32>) positions(%i : memref<?xi32>) into(%kv : !kv)
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @f(%k: memref<5x8x128xbf16>, %i: memref<4xi32>, %p: memref<?xi32>, %kv: !kv) {
  // expected-error @+1 {{expected batch_indices of shape [5] [tokens], got 'memref<4xi32>'}}
  attn.append_paged_kv k(%k : memref<5x8x128xbf16>) v(%k : memref<5x8x128xbf16>)
      batch_indices(%i : memref<4xi32>) positions(%p : memref<?xi32>) into(%kv : !kv)
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @f(%k: memref<5x8x128xbf16>, %i: memref<5xi32>, %p: memref<3xi32>, %kv: !kv) {
  // expected-error @+1 {{expected positions of shape [5] [tokens], got 'memref<3xi32>'}}
  attn.append_paged_kv k(%k : memref<5x8x128xbf16>) v(%k : memref<5x8x128xbf16>)
      batch_indices(%i : memref<5xi32>) positions(%p : memref<3xi32>) into(%kv : !kv)
  return
}

// -----

func.func @f(%q: memref<?x4096xbf16>, %k: memref<?x8x128xbf16>, %p: memref<?xi32>) {
  // expected-error @+1 {{expected q to be a rank-3 memref [tokens, heads, head_dim], got 'memref<?x4096xbf16>'}}
  attn.rope q(%q : memref<?x4096xbf16>) k(%k : memref<?x8x128xbf16>) pos_ids(%p : memref<?xi32>)
      outs(%q, %k : memref<?x4096xbf16>, memref<?x8x128xbf16>) {rope = #attn.rope<llama, rotary_dim = 128>}
  return
}

// -----

func.func @f(%q: memref<?x32x128xf32>, %k: memref<?x8x128xf32>, %p: memref<?xi32>) {
  // expected-error @+1 {{expected q element type to be bf16 or f16, got 'f32'}}
  attn.rope q(%q : memref<?x32x128xf32>) k(%k : memref<?x8x128xf32>) pos_ids(%p : memref<?xi32>)
      outs(%q, %k : memref<?x32x128xf32>, memref<?x8x128xf32>) {rope = #attn.rope<llama, rotary_dim = 128>}
  return
}

// -----

func.func @f(%q: memref<?x32x128xbf16>, %k: memref<?x8x64xbf16>, %p: memref<?xi32>) {
  // expected-error @+1 {{expected k head_dim (64) to match q head_dim (128)}}
  attn.rope q(%q : memref<?x32x128xbf16>) k(%k : memref<?x8x64xbf16>) pos_ids(%p : memref<?xi32>)
      outs(%q, %k : memref<?x32x128xbf16>, memref<?x8x64xbf16>) {rope = #attn.rope<llama, rotary_dim = 64>}
  return
}

// -----

func.func @f(%q: memref<?x32x64xbf16>, %k: memref<?x8x64xbf16>, %p: memref<?xi32>) {
  // expected-error @+1 {{expected rope rotary_dim (128) to be at most head_dim (64)}}
  attn.rope q(%q : memref<?x32x64xbf16>) k(%k : memref<?x8x64xbf16>) pos_ids(%p : memref<?xi32>)
      outs(%q, %k : memref<?x32x64xbf16>, memref<?x8x64xbf16>) {rope = #attn.rope<llama, rotary_dim = 128>}
  return
}

// -----

func.func @f(%q: memref<?x32x128xbf16>, %k: memref<?x8x128xbf16>, %p: memref<?xi32>, %qo: memref<?x16x128xbf16>) {
  // expected-error @+1 {{expected q_out of shape [?, 32, 128] like q, got 'memref<?x16x128xbf16>'}}
  attn.rope q(%q : memref<?x32x128xbf16>) k(%k : memref<?x8x128xbf16>) pos_ids(%p : memref<?xi32>)
      outs(%qo, %k : memref<?x16x128xbf16>, memref<?x8x128xbf16>) {rope = #attn.rope<llama, rotary_dim = 128>}
  return
}

// -----

func.func @f(%q: memref<4x32x128xbf16>, %k: memref<4x8x128xbf16>, %p: memref<5xi32>) {
  // expected-error @+1 {{expected pos_ids of shape [4] [tokens], got 'memref<5xi32>'}}
  attn.rope q(%q : memref<4x32x128xbf16>) k(%k : memref<4x8x128xbf16>) pos_ids(%p : memref<5xi32>)
      outs(%q, %k : memref<4x32x128xbf16>, memref<4x8x128xbf16>) {rope = #attn.rope<llama, rotary_dim = 128>}
  return
}

// -----

func.func @f(%q: memref<4x32x128xbf16>, %k: memref<3x8x128xbf16>, %p: memref<4xi32>) {
  // expected-error @+1 {{expected k of shape [4, 8, 128] [tokens of q, heads, head_dim], got 'memref<3x8x128xbf16>'}}
  attn.rope q(%q : memref<4x32x128xbf16>) k(%k : memref<3x8x128xbf16>) pos_ids(%p : memref<4xi32>)
      outs(%q, %k : memref<4x32x128xbf16>, memref<3x8x128xbf16>) {rope = #attn.rope<llama, rotary_dim = 128>}
  return
}

// -----

func.func @f(%q: memref<?x32x128xbf16>, %k: memref<?x8x128xbf16>, %p: memref<?xi32>, %qo: memref<?x32x128xf16>) {
  // expected-error @+1 {{expected q_out element type ('f16') to be 'bf16'}}
  attn.rope q(%q : memref<?x32x128xbf16>) k(%k : memref<?x8x128xbf16>) pos_ids(%p : memref<?xi32>)
      outs(%qo, %k : memref<?x32x128xf16>, memref<?x8x128xbf16>) {rope = #attn.rope<llama, rotary_dim = 128>}
  return
}

// -----

func.func @f(%ix: memref<?xi32>, %n: index) {
  %c0 = arith.constant 0 : index
  // expected-error @+1 {{expected one page per row of the group (4) or per run of rows, a divisor of it; got 3}}
  %p:3 = attn.kv_tile_pages %ix[%c0] tile %c0 group %c0 keys[%c0, %n) {page_size = 16 : i64, rows_per_group = 4 : i64, tile_kv = 16 : i64} : memref<?xi32> -> index, index, index
  return
}

// -----

func.func @f(%kc: memref<?x16x8x128xbf16>, %p: index, %n: index, %ks: memref<2x8x128xbf16, 3>) {
  %c0 = arith.constant 0 : index
  // expected-error @+1 {{expected k_tile to be [stages, tile_kv (16), head_dim], got 'memref<2x8x128xbf16, 3>'}}
  attn.copy_kv_tile k(%kc : memref<?x16x8x128xbf16>) v(%kc : memref<?x16x8x128xbf16>) pages(%p) head %c0 col %c0 tile %c0 group %c0 keys[%c0, %n) into(%ks, %ks : memref<2x8x128xbf16, 3>, memref<2x8x128xbf16, 3>)[%c0] {page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 16 : i64, vec = 8 : i64}
  return
}

// -----

// Tile copies read pools at offset 0 with contiguous pages (attn-outline's views).
func.func @f(%kc: memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1], offset: 8>>, %p: index, %n: index, %ks: memref<2x16x128xbf16, 3>) {
  %c0 = arith.constant 0 : index
  // expected-error @+1 {{expected k_cache to hold contiguous pages a stride apart (offset 0), got 'memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1], offset: 8>>'}}
  attn.copy_kv_tile k(%kc : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1], offset: 8>>) v(%kc : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1], offset: 8>>) pages(%p) head %c0 col %c0 tile %c0 group %c0 keys[%c0, %n) into(%ks, %ks : memref<2x16x128xbf16, 3>, memref<2x16x128xbf16, 3>)[%c0] {page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 16 : i64, vec = 8 : i64}
  return
}

// -----

func.func @f(%kc: memref<?x8x128xbf16, strided<[2048, 128, 1]>>, %n: index, %ks: memref<2x16x128xbf16, 3>) {
  %c0 = arith.constant 0 : index
  // expected-error @+1 {{expected k_cache with the identity layout, got 'memref<?x8x128xbf16, strided<[2048, 128, 1]>>'}}
  attn.copy_kv_tile k(%kc : memref<?x8x128xbf16, strided<[2048, 128, 1]>>) v(%kc : memref<?x8x128xbf16, strided<[2048, 128, 1]>>) pages() head %c0 col %c0 tile %c0 group %c0 keys[%c0, %n) into(%ks, %ks : memref<2x16x128xbf16, 3>, memref<2x16x128xbf16, 3>)[%c0] {page_size = 1 : i64, rows_per_group = 1 : i64, tile_kv = 16 : i64, vec = 8 : i64}
  return
}

// -----

func.func @f(%kc: memref<16x1024xbf16>, %p: index, %n: index, %ks: memref<2x16x128xbf16, 3>) {
  %c0 = arith.constant 0 : index
  // expected-error @+1 {{expected k_cache to be a rank-4 page pool or rank-3 ragged K, got 'memref<16x1024xbf16>'}}
  attn.copy_kv_tile k(%kc : memref<16x1024xbf16>) v(%kc : memref<16x1024xbf16>) pages(%p) head %c0 col %c0 tile %c0 group %c0 keys[%c0, %n) into(%ks, %ks : memref<2x16x128xbf16, 3>, memref<2x16x128xbf16, 3>)[%c0] {page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 16 : i64, vec = 8 : i64}
  return
}

// -----

func.func @f(%kc: memref<?x16x8x128xbf16>, %p: index, %n: index, %ks: memref<2x16x128xf16, 3>) {
  %c0 = arith.constant 0 : index
  // expected-error @+1 {{expected k_tile to hold the cache's element type, got 'memref<2x16x128xf16, 3>'}}
  attn.copy_kv_tile k(%kc : memref<?x16x8x128xbf16>) v(%kc : memref<?x16x8x128xbf16>) pages(%p) head %c0 col %c0 tile %c0 group %c0 keys[%c0, %n) into(%ks, %ks : memref<2x16x128xf16, 3>, memref<2x16x128xf16, 3>)[%c0] {page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 16 : i64, vec = 8 : i64}
  return
}

// -----

func.func @f(%kc: memref<?x16x8x128xbf16>, %n: index, %ks: memref<2x16x128xbf16, 3>) {
  %c0 = arith.constant 0 : index
  // expected-error @+1 {{expected one page per row of the group (1) or per run of rows, a divisor of it, for a paged cache; got 0}}
  attn.copy_kv_tile k(%kc : memref<?x16x8x128xbf16>) v(%kc : memref<?x16x8x128xbf16>) pages() head %c0 col %c0 tile %c0 group %c0 keys[%c0, %n) into(%ks, %ks : memref<2x16x128xbf16, 3>, memref<2x16x128xbf16, 3>)[%c0] {page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 16 : i64, vec = 8 : i64}
  return
}

// -----

// expected-error @+1 {{expected family to be 'decode', 'prefill', 'append_kv', 'rope', 'merge', 'sample' or 'spec_sample', got 'encode'}}
attn.kernel_abi @k for @m::@k {block = array<i32: 128, 1, 1>, dynamic_smem = 0 : i64, family = "encode", params = [], role = "attention", tile = {}, variant = {}}

// -----

// expected-error @+1 {{expected role to be 'attention' or 'merge', got 'gather'}}
attn.kernel_abi @k for @m::@k {block = array<i32: 128, 1, 1>, dynamic_smem = 0 : i64, family = "decode", params = [], role = "gather", tile = {}, variant = {}}

// -----

// expected-error @+1 {{expected role 'kernel' for family 'rope', got 'attention'}}
attn.kernel_abi @k for @m::@k {block = array<i32: 256, 1, 1>, dynamic_smem = 0 : i64, family = "rope", params = [], role = "attention", tile = {}, variant = {}}

// -----

// expected-error @+1 {{expected block to hold 3 positive sizes}}
attn.kernel_abi @k for @m::@k {block = array<i32: 128, 0, 1>, dynamic_smem = 0 : i64, family = "decode", params = [], role = "attention", tile = {}, variant = {}}

// -----

// expected-error @+1 {{expected dynamic_smem (-4) to be non-negative}}
attn.kernel_abi @k for @m::@k {block = array<i32: 128, 1, 1>, dynamic_smem = -4 : i64, family = "decode", params = [], role = "attention", tile = {}, variant = {}}

// -----

// expected-error @+1 {{expected params[1] to be a dictionary with string 'name' and 'kind'}}
attn.kernel_abi @k for @m::@k {block = array<i32: 128, 1, 1>, dynamic_smem = 0 : i64, family = "decode", params = [{kind = "ptr", name = "q"}, {name = "o"}], role = "attention", tile = {}, variant = {}}

// -----

// expected-error @+1 {{expected params[0] kind to be ptr, i32, f32 or tmap, got 'f64'}}
attn.kernel_abi @k for @m::@k {block = array<i32: 128, 1, 1>, dynamic_smem = 0 : i64, family = "decode", params = [{kind = "f64", name = "scale"}], role = "attention", tile = {}, variant = {}}

// -----

// expected-error @+1 {{duplicate parameter name 'q'}}
attn.kernel_abi @k for @m::@k {block = array<i32: 128, 1, 1>, dynamic_smem = 0 : i64, family = "decode", params = [{kind = "ptr", name = "q"}, {kind = "ptr", name = "q"}], role = "attention", tile = {}, variant = {}}

// -----

// Ragged K/V has no pages.
func.func @f(%k: memref<?x8x128xbf16>, %p: index, %n: index, %ks: memref<2x16x128xbf16, 3>) {
  %c0 = arith.constant 0 : index
  // expected-error @+1 {{expected no pages for ragged K/V, got 1}}
  attn.copy_kv_tile k(%k : memref<?x8x128xbf16>) v(%k : memref<?x8x128xbf16>) pages(%p) head %c0 col %c0 tile %c0 group %c0 keys[%c0, %n) into(%ks, %ks : memref<2x16x128xbf16, 3>, memref<2x16x128xbf16, 3>)[%c0] {page_size = 1 : i64, rows_per_group = 1 : i64, tile_kv = 16 : i64, vec = 8 : i64}
  return
}

// -----

func.func @f(%k: memref<?x8x128xbf16>, %v: memref<?x16x8x128xbf16>, %n: index, %ks: memref<2x16x128xbf16, 3>) {
  %c0 = arith.constant 0 : index
  // expected-error @+1 {{expected v_cache of the same rank as k_cache, got 'memref<?x16x8x128xbf16>'}}
  attn.copy_kv_tile k(%k : memref<?x8x128xbf16>) v(%v : memref<?x16x8x128xbf16>) pages() head %c0 col %c0 tile %c0 group %c0 keys[%c0, %n) into(%ks, %ks : memref<2x16x128xbf16, 3>, memref<2x16x128xbf16, 3>)[%c0] {page_size = 1 : i64, rows_per_group = 1 : i64, tile_kv = 16 : i64, vec = 8 : i64}
  return
}

// -----

func.func @f(%k: memref<?x8x128xbf16>, %n: index, %ks: memref<2x16x128xbf16, 3>) {
  %c0 = arith.constant 0 : index
  // expected-error @+1 {{'hnd' applies to paged caches only}}
  attn.copy_kv_tile k(%k : memref<?x8x128xbf16>) v(%k : memref<?x8x128xbf16>) pages() head %c0 col %c0 tile %c0 group %c0 keys[%c0, %n) into(%ks, %ks : memref<2x16x128xbf16, 3>, memref<2x16x128xbf16, 3>)[%c0] {hnd, page_size = 1 : i64, rows_per_group = 1 : i64, tile_kv = 16 : i64, vec = 8 : i64}
  return
}

// -----

// A swizzled row needs 8 chunks of vec elements (here 32 / 8 = 4).
func.func @f(%k: memref<?x8x32xbf16>, %n: index, %ks: memref<2x16x32xbf16, 3>) {
  %c0 = arith.constant 0 : index
  // expected-error @+1 {{'swizzle' needs tile rows of at least 8 chunks of vec (8) elements, got 'memref<2x16x32xbf16, 3>'}}
  attn.copy_kv_tile k(%k : memref<?x8x32xbf16>) v(%k : memref<?x8x32xbf16>) pages() head %c0 col %c0 tile %c0 group %c0 keys[%c0, %n) into(%ks, %ks : memref<2x16x32xbf16, 3>, memref<2x16x32xbf16, 3>)[%c0] {swizzle, page_size = 1 : i64, rows_per_group = 1 : i64, tile_kv = 16 : i64, vec = 8 : i64}
  return
}

// -----

func.func @f(%a: vector<2x2xbf16>, %b: vector<2x2xbf16>, %c: vector<2x2xf32>) -> vector<2x2xf32> {
  // expected-error @+1 {{expected a to be the 16x16 A fragment vector<4x2x...>, got 'vector<2x2xbf16>'}}
  %d = attn.mma %a, %b, %c : vector<2x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
  return %d : vector<2x2xf32>
}

// -----

func.func @f(%a: vector<4x2xbf16>, %b: vector<4x2xbf16>, %c: vector<2x2xf32>) -> vector<2x2xf32> {
  // expected-error @+1 {{expected b to be the 16x8 B fragment vector<2x2x...>, got 'vector<4x2xbf16>'}}
  %d = attn.mma %a, %b, %c : vector<4x2xbf16>, vector<4x2xbf16> -> vector<2x2xf32>
  return %d : vector<2x2xf32>
}

// -----

func.func @f(%a: vector<4x2xbf16>, %b: vector<2x2xbf16>, %c: vector<4x2xf32>) -> vector<4x2xf32> {
  // expected-error @+1 {{expected acc to be the 16x8 accumulator vector<2x2xf32>, got 'vector<4x2xf32>'}}
  %d = attn.mma %a, %b, %c : vector<4x2xbf16>, vector<2x2xbf16> -> vector<4x2xf32>
  return %d : vector<4x2xf32>
}

// -----

func.func @f(%a: vector<4x2xbf16>, %b: vector<2x2xf16>, %c: vector<2x2xf32>) -> vector<2x2xf32> {
  // expected-error @+1 {{failed to verify that all of {a, b} have same element type}}
  %d = attn.mma %a, %b, %c : vector<4x2xbf16>, vector<2x2xf16> -> vector<2x2xf32>
  return %d : vector<2x2xf32>
}

// -----

func.func @f(%kc: memref<?x16x8x128xbf16>, %p: index, %n: index, %bx: memref<?xi32>, %ks: memref<2x16x128xbf16, 3>) {
  %c0 = arith.constant 0 : index
  // expected-error @+1 {{expected tiles_per_block exactly when a block list is given}}
  attn.copy_kv_tile k(%kc : memref<?x16x8x128xbf16>) v(%kc : memref<?x16x8x128xbf16>) pages(%p) head %c0 col %c0 tile %c0 group %c0 keys[%c0, %n) blocks %bx[%c0] : memref<?xi32> into(%ks, %ks : memref<2x16x128xbf16, 3>, memref<2x16x128xbf16, 3>)[%c0] {page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 16 : i64, vec = 8 : i64}
  return
}

// -----

func.func @f(%kx: memref<?xi32>, %n: index) {
  %c0 = arith.constant 0 : index
  // expected-error @+1 {{expected tiles_per_block exactly when a block list is given}}
  %p = attn.kv_tile_pages %kx[%c0] tile %c0 group %c0 keys[%c0, %n) {page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 16 : i64, tiles_per_block = 2 : i64} : memref<?xi32> -> index
  return
}

// -----

// A block list without its base (only the generic form can say so).
func.func @f(%kx: memref<?xi32>, %bx: memref<?xi32>, %n: index) {
  %c0 = arith.constant 0 : index
  // expected-error @+1 {{expected block_indices and block_begin together}}
  %p = "attn.kv_tile_pages"(%kx, %c0, %c0, %n, %c0, %c0, %bx) <{operandSegmentSizes = array<i32: 1, 1, 1, 1, 1, 1, 1, 0>, page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 16 : i64, tiles_per_block = 2 : i64}> : (memref<?xi32>, index, index, index, index, index, memref<?xi32>) -> index
  return
}

// -----

// The wgmma layout refines the XOR swizzle: it needs 'swizzle' too.
func.func @copy_swizzle128_alone(%k: memref<?x8x128xbf16>, %ks: memref<2x16x128xbf16, 3>, %n: index) {
  %c0 = arith.constant 0 : index
  // expected-error @+1 {{'swizzle128' needs 'swizzle', 16-bit elements, 16-byte vectors (vec = 8) and head_dim a multiple of 64, got vec = 8 and 'memref<2x16x128xbf16, 3>'}}
  attn.copy_kv_tile k(%k : memref<?x8x128xbf16>) v(%k : memref<?x8x128xbf16>) pages() head %c0 col %c0 tile %c0 group %c0 keys[%c0, %n) into(%ks, %ks : memref<2x16x128xbf16, 3>, memref<2x16x128xbf16, 3>)[%c0] {swizzle128, page_size = 1 : i64, rows_per_group = 1 : i64, tile_kv = 16 : i64, vec = 8 : i64}
  return
}

// -----

// 128-byte column blocks of 16-bit elements: head_dim 96 is not a whole number of them.
func.func @copy_swizzle128_width(%k: memref<?x8x96xbf16>, %ks: memref<2x16x96xbf16, 3>, %n: index) {
  %c0 = arith.constant 0 : index
  // expected-error @+1 {{'swizzle128' needs 'swizzle', 16-bit elements, 16-byte vectors (vec = 8) and head_dim a multiple of 64, got vec = 8 and 'memref<2x16x96xbf16, 3>'}}
  attn.copy_kv_tile k(%k : memref<?x8x96xbf16>) v(%k : memref<?x8x96xbf16>) pages() head %c0 col %c0 tile %c0 group %c0 keys[%c0, %n) into(%ks, %ks : memref<2x16x96xbf16, 3>, memref<2x16x96xbf16, 3>)[%c0] {swizzle, swizzle128, page_size = 1 : i64, rows_per_group = 1 : i64, tile_kv = 16 : i64, vec = 8 : i64}
  return
}

// -----

func.func @f(%kc: memref<?x16x8x128xbf16>, %p: index, %n: index, %ks: memref<2x16x128xbf16, 3>, %bar: i32) {
  %c0 = arith.constant 0 : index
  // expected-error @+1 {{expected 'async' with 'arrive' (the mbarrier tracks asynchronous copies)}}
  attn.copy_kv_tile k(%kc : memref<?x16x8x128xbf16>) v(%kc : memref<?x16x8x128xbf16>) pages(%p) head %c0 col %c0 tile %c0 group %c0 keys[%c0, %n) into(%ks, %ks : memref<2x16x128xbf16, 3>, memref<2x16x128xbf16, 3>)[%c0] arrive %bar {page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 16 : i64, vec = 8 : i64}
  return
}

// -----

func.func @f(%m: memref<64xi8>, %ks: memref<2x64x128xbf16, #gpu.address_space<workgroup>>, %x: index, %bar: i32) {
  // expected-error @+1 {{expected k_map to be the 128 bytes of a tensor map, got 'memref<64xi8>'}}
  attn.tma_copy_kv_tile k(%m) v(%m) box[%x, %x] into(%ks, %ks : memref<2x64x128xbf16, #gpu.address_space<workgroup>>, memref<2x64x128xbf16, #gpu.address_space<workgroup>>)[%x] rows %x arrive %bar {box_rows = 64 : i64} : memref<64xi8>, memref<64xi8>
  return
}

// -----

func.func @f(%m: memref<128xi8>, %ks: memref<2x64x96xbf16, #gpu.address_space<workgroup>>, %x: index, %bar: i32) {
  // expected-error @+1 {{expected [stages, tile_kv, head_dim] tiles of 16-bit elements with tile_kv a multiple of 8 up to 256 and head_dim a multiple of 64, got 'memref<2x64x96xbf16, #gpu.address_space<workgroup>>'}}
  attn.tma_copy_kv_tile k(%m) v(%m) box[%x, %x] into(%ks, %ks : memref<2x64x96xbf16, #gpu.address_space<workgroup>>, memref<2x64x96xbf16, #gpu.address_space<workgroup>>)[%x] rows %x arrive %bar {box_rows = 64 : i64} : memref<128xi8>, memref<128xi8>
  return
}

// -----

func.func @f(%m: memref<128xi8>, %ks: memref<2x64x128xbf16>, %x: index, %bar: i32) {
  // expected-error @+1 {{expected the tiles in workgroup (shared) memory}}
  attn.tma_copy_kv_tile k(%m) v(%m) box[%x, %x] into(%ks, %ks : memref<2x64x128xbf16>, memref<2x64x128xbf16>)[%x] rows %x arrive %bar {box_rows = 64 : i64} : memref<128xi8>, memref<128xi8>
  return
}

// -----

func.func @f(%k: memref<?x8x128xbf16>, %ks: memref<2x16x128xbf16, 3>, %c0: index) {
  // expected-error @+1 {{expected 'arrive' with 'arrive_inc'}}
  attn.copy_kv_tile k(%k : memref<?x8x128xbf16>) v(%k : memref<?x8x128xbf16>) pages() head %c0 col %c0 tile %c0 group %c0 keys[%c0, %c0) into(%ks, %ks : memref<2x16x128xbf16, 3>, memref<2x16x128xbf16, 3>)[%c0] {arrive_inc, async, page_size = 1 : i64, rows_per_group = 1 : i64, tile_kv = 16 : i64, vec = 8 : i64}
  return
}

// -----

func.func @f(%m: memref<128xi8>, %ks: memref<2x64x128xbf16, #gpu.address_space<workgroup>>, %x: index, %bar: i32) {
  // expected-error @+1 {{expected box_rows (12) to be a multiple of 8 up to tile_kv (64)}}
  attn.tma_copy_kv_tile k(%m) v(%m) box[%x, %x] into(%ks, %ks : memref<2x64x128xbf16, #gpu.address_space<workgroup>>, memref<2x64x128xbf16, #gpu.address_space<workgroup>>)[%x] rows %x arrive %bar {box_rows = 12 : i64} : memref<128xi8>, memref<128xi8>
  return
}

// -----

func.func @f(%m: memref<128xi8>, %ks: memref<2x64x128xbf16, #gpu.address_space<workgroup>>, %x: index, %bar: i32) {
  // expected-error @+1 {{expected 2 to 5 box coordinates, got 1}}
  attn.tma_copy_kv_tile k(%m) v(%m) box[%x] into(%ks, %ks : memref<2x64x128xbf16, #gpu.address_space<workgroup>>, memref<2x64x128xbf16, #gpu.address_space<workgroup>>)[%x] rows %x arrive %bar {box_rows = 64 : i64} : memref<128xi8>, memref<128xi8>
  return
}
