// What attn-outline rejects in attn.append_paged_kv, attn.rope and the merges.
// RUN: attn-opt %s -split-input-file -attn-outline -verify-diagnostics

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 4, head_dim = 128, element_type = bf16>
func.func @block_arg_cache(%k: memref<?x4x128xbf16>, %i: memref<?xi32>, %kv: !kv) {
  // expected-error @+1 {{expected the cache to be built by attn.paged_kv in the same function}}
  attn.append_paged_kv k(%k : memref<?x4x128xbf16>) v(%k : memref<?x4x128xbf16>)
      batch_indices(%i : memref<?xi32>) positions(%i : memref<?xi32>) into(%kv : !kv)
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 4, head_dim = 128, element_type = bf16>
func.func @strided_rows(%k: memref<?x4x128xbf16, strided<[1024, 128, 1]>>, %i: memref<?xi32>,
                        %kp: memref<?x16x4x128xbf16>) {
  %kv = attn.paged_kv k(%kp : memref<?x16x4x128xbf16>) v(%kp : memref<?x16x4x128xbf16>)
          indptr(%i : memref<?xi32>) indices(%i : memref<?xi32>) last_page_len(%i : memref<?xi32>) : !kv
  // expected-error @+1 {{expected buffers with the identity layout, got 'memref<?x4x128xbf16, strided<[1024, 128, 1]>>'}}
  attn.append_paged_kv k(%k : memref<?x4x128xbf16, strided<[1024, 128, 1]>>)
      v(%k : memref<?x4x128xbf16, strided<[1024, 128, 1]>>)
      batch_indices(%i : memref<?xi32>) positions(%i : memref<?xi32>) into(%kv : !kv)
  return
}

// -----

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 4, head_dim = 128, element_type = f8E4M3FN>
func.func @fp8_cache(%k: memref<?x4x128xf8E4M3FN>, %i: memref<?xi32>, %kp: memref<?x16x4x128xf8E4M3FN>) {
  %kv = attn.paged_kv k(%kp : memref<?x16x4x128xf8E4M3FN>) v(%kp : memref<?x16x4x128xf8E4M3FN>)
          indptr(%i : memref<?xi32>) indices(%i : memref<?xi32>) last_page_len(%i : memref<?xi32>) : !kv
  // expected-error @+1 {{expected a bf16 or f16 cache, got 'f8E4M3FN'}}
  attn.append_paged_kv k(%k : memref<?x4x128xf8E4M3FN>) v(%k : memref<?x4x128xf8E4M3FN>)
      batch_indices(%i : memref<?xi32>) positions(%i : memref<?xi32>) into(%kv : !kv)
  return
}

// -----

func.func @mixed_types(%q: memref<?x4x64xbf16>, %k: memref<?x2x64xf16>, %p: memref<?xi32>) {
  // expected-error @+1 {{expected q and k of one element type, got 'bf16' and 'f16'}}
  attn.rope q(%q : memref<?x4x64xbf16>) k(%k : memref<?x2x64xf16>) pos_ids(%p : memref<?xi32>)
      outs(%q, %k : memref<?x4x64xbf16>, memref<?x2x64xf16>)
      {rope = #attn.rope<llama, rotary_dim = 64>}
  return
}

// -----

func.func @odd_head_dim(%q: memref<?x4x5xbf16>, %k: memref<?x2x5xbf16>, %p: memref<?xi32>) {
  // expected-error @+1 {{expected an even head_dim (5) for interleaved rope}}
  attn.rope q(%q : memref<?x4x5xbf16>) k(%k : memref<?x2x5xbf16>) pos_ids(%p : memref<?xi32>)
      outs(%q, %k : memref<?x4x5xbf16>, memref<?x2x5xbf16>)
      {rope = #attn.rope<llama, rotary_dim = 4, interleave = true>}
  return
}

// -----

func.func @strided_q(%q: memref<?x4x64xbf16, strided<[512, 64, 1]>>, %k: memref<?x2x64xbf16>,
                     %p: memref<?xi32>, %qo: memref<?x4x64xbf16>) {
  // expected-error @+1 {{expected buffers with the identity layout, got 'memref<?x4x64xbf16, strided<[512, 64, 1]>>'}}
  attn.rope q(%q : memref<?x4x64xbf16, strided<[512, 64, 1]>>) k(%k : memref<?x2x64xbf16>)
      pos_ids(%p : memref<?xi32>) outs(%qo, %k : memref<?x4x64xbf16>, memref<?x2x64xbf16>)
      {rope = #attn.rope<llama, rotary_dim = 64>}
  return
}

// -----

func.func @mixed_states(%va: memref<?x4x64xbf16>, %vb: memref<?x4x64xf16>, %s: memref<?x4xf32>) {
  // expected-error @+1 {{expected v_a and v_b of one element type, got 'bf16' and 'f16'}}
  attn.merge_state ins(%va, %s, %vb, %s : memref<?x4x64xbf16>, memref<?x4xf32>,
                                          memref<?x4x64xf16>, memref<?x4xf32>)
                   outs(%va : memref<?x4x64xbf16>)
  return
}

// -----

func.func @dynamic_heads(%v: memref<?x?x64xbf16>, %s: memref<?x?xf32>) {
  // expected-error @+1 {{expected static heads and head_dim, got 'memref<?x?x64xbf16>'}}
  attn.merge_state ins(%v, %s, %v, %s : memref<?x?x64xbf16>, memref<?x?xf32>,
                                        memref<?x?x64xbf16>, memref<?x?xf32>)
                   outs(%v : memref<?x?x64xbf16>)
  return
}

// -----

func.func @strided_state(%v: memref<?x4x64xbf16, strided<[512, 64, 1]>>, %s: memref<?x4xf32>,
                         %o: memref<?x4x64xbf16>) {
  // expected-error @+1 {{expected buffers with the identity layout, got 'memref<?x4x64xbf16, strided<[512, 64, 1]>>'}}
  attn.merge_state ins(%v, %s, %v, %s : memref<?x4x64xbf16, strided<[512, 64, 1]>>,
                                        memref<?x4xf32>, memref<?x4x64xbf16, strided<[512, 64, 1]>>,
                                        memref<?x4xf32>)
                   outs(%o : memref<?x4x64xbf16>)
  return
}

// -----

func.func @indexed_on_host(%v: memref<?x4x64xf32>, %s: memref<?x4xf32>, %i: memref<?xi32>,
                           %o: memref<?x4x64xbf16>) {
  // expected-error @+1 {{expected the dense form outside kernels (the indexed form is the split-KV merge attn-outline makes)}}
  attn.merge_states ins(%v, %s : memref<?x4x64xf32>, memref<?x4xf32>) indptr(%i : memref<?xi32>)
                    outs(%o : memref<?x4x64xbf16>)
  return
}

// -----

func.func @strided_sample_rows(%x: memref<?x64xf32, strided<[128, 1]>>, %so: memref<2xi64>,
                               %ids: memref<?xi32>) {
  // expected-error @+1 {{expected buffers with the identity layout, got 'memref<?x64xf32, strided<[128, 1]>>'}}
  attn.sample input(%x : memref<?x64xf32, strided<[128, 1]>>) seed_offset(%so : memref<2xi64>)
      outs(%ids : memref<?xi32>) {sampling = #attn.sampling<input = probs, mode = sample>}
  return
}

// -----

func.func @strided_draft_rows(%q: memref<?x4x64xf32, strided<[512, 128, 1]>>,
                              %d: memref<?x4xi32>, %p: memref<?x5x64xf32>, %so: memref<2xi64>,
                              %o: memref<?x5xi32>, %a: memref<?xi32>, %e: memref<?xi32>) {
  // expected-error @+1 {{expected buffers with the identity layout, got 'memref<?x4x64xf32, strided<[512, 128, 1]>>'}}
  attn.chain_speculative_sample draft_probs(%q : memref<?x4x64xf32, strided<[512, 128, 1]>>)
      draft_token_ids(%d : memref<?x4xi32>) target_probs(%p : memref<?x5x64xf32>)
      seed_offset(%so : memref<2xi64>)
      outs(%o : memref<?x5xi32>, %a : memref<?xi32>, %e : memref<?xi32>)
  return
}
