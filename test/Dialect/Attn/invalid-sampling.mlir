// Every diagnostic of #attn.sampling and attn.sample.
// RUN: attn-opt %s -split-input-file -verify-diagnostics

// expected-error @+1 {{expected top_k (-1) to be non-negative (0: no top-k)}}
func.func private @f() attributes {s = #attn.sampling<input = probs, mode = sample, top_k = -1>}

// -----

// expected-error @+1 {{expected top_p (1.5) to be in (0, 1]}}
func.func private @f() attributes {s = #attn.sampling<input = probs, mode = sample, top_p = 1.5>}

// -----

// expected-error @+1 {{expected top_p (0) to be in (0, 1]}}
func.func private @f() attributes {s = #attn.sampling<input = probs, mode = sample, top_p = 0.0>}

// -----

// expected-error @+1 {{expected min_p (-0.25) to be in [0, 1]}}
func.func private @f() attributes {s = #attn.sampling<input = logits, mode = sample, min_p = -0.25>}

// -----

// expected-error @+1 {{expected input = probs for mode = renorm, got 'logits'}}
func.func private @f() attributes {s = #attn.sampling<input = logits, mode = renorm, top_p = 0.5>}

// -----

// expected-error @+1 {{expected input = logits for mode = mask, got 'probs'}}
func.func private @f() attributes {s = #attn.sampling<input = probs, mode = mask, top_k = 5>}

// -----

func.func @f(%p: memref<?x?x?xf32>, %s: memref<2xi64>, %o: memref<?xi32>) {
  // expected-error @+1 {{expected input of rank 2 [batch, vocab], got 'memref<?x?x?xf32>'}}
  attn.sample input(%p : memref<?x?x?xf32>) seed_offset(%s : memref<2xi64>) outs(%o : memref<?xi32>)
      {sampling = #attn.sampling<input = probs, mode = sample>}
  return
}

// -----

func.func @f(%p: memref<?x?xf16>, %s: memref<2xi64>, %o: memref<?xi32>) {
  // expected-error @+1 {{expected input element type f32 or bf16, got 'f16'}}
  attn.sample input(%p : memref<?x?xf16>) seed_offset(%s : memref<2xi64>) outs(%o : memref<?xi32>)
      {sampling = #attn.sampling<input = probs, mode = sample>}
  return
}

// -----

func.func @f(%p: memref<?x262145xf32>, %s: memref<2xi64>, %o: memref<?xi32>) {
  // expected-error @+1 {{expected vocab (262145) in [1, 262144]}}
  attn.sample input(%p : memref<?x262145xf32>) seed_offset(%s : memref<2xi64>) outs(%o : memref<?xi32>)
      {sampling = #attn.sampling<input = probs, mode = sample>}
  return
}

// -----

func.func @f(%p: memref<?x?xf32>, %k: memref<?xi32>, %s: memref<2xi64>, %o: memref<?xi32>) {
  // expected-error @+1 {{expected top_k from the operand or from the attribute, not both}}
  attn.sample input(%p : memref<?x?xf32>) top_k(%k : memref<?xi32>) seed_offset(%s : memref<2xi64>)
      outs(%o : memref<?xi32>) {sampling = #attn.sampling<input = probs, mode = sample, top_k = 4>}
  return
}

// -----

func.func @f(%p: memref<8x?xf32>, %tp: memref<4xf32>, %s: memref<2xi64>, %o: memref<?xi32>) {
  // expected-error @+1 {{expected top_p of shape [batch] with batch = 8, got 'memref<4xf32>'}}
  attn.sample input(%p : memref<8x?xf32>) top_p(%tp : memref<4xf32>) seed_offset(%s : memref<2xi64>)
      outs(%o : memref<?xi32>) {sampling = #attn.sampling<input = probs, mode = sample>}
  return
}

// -----

func.func @f(%p: memref<?x?xf32>, %mp: memref<?x2xf32>, %s: memref<2xi64>, %o: memref<?xi32>) {
  // expected-error @+1 {{expected min_p of shape [batch] with batch = ?, got 'memref<?x2xf32>'}}
  attn.sample input(%p : memref<?x?xf32>) min_p(%mp : memref<?x2xf32>) seed_offset(%s : memref<2xi64>)
      outs(%o : memref<?xi32>) {sampling = #attn.sampling<input = probs, mode = sample>}
  return
}

// -----

func.func @f(%p: memref<?x?xf32>, %o: memref<?xi32>) {
  // expected-error @+1 {{expected a seed_offset operand (memref<2xi64>) for mode = sample}}
  attn.sample input(%p : memref<?x?xf32>) outs(%o : memref<?xi32>)
      {sampling = #attn.sampling<input = probs, mode = sample>}
  return
}

// -----

func.func @f(%p: memref<?x?xf32>, %s: memref<3xi64>, %o: memref<?xi32>) {
  // expected-error @+1 {{expected seed_offset of shape [2] (seed, offset), got 'memref<3xi64>'}}
  attn.sample input(%p : memref<?x?xf32>) seed_offset(%s : memref<3xi64>) outs(%o : memref<?xi32>)
      {sampling = #attn.sampling<input = probs, mode = sample>}
  return
}

// -----

func.func @f(%p: memref<?x?xf32>, %s: memref<2xi64>, %a: i32, %o: memref<?xi32>) {
  // expected-error @+1 {{expected seed_offset of shape [3] (seed, offset, zero) with advance_offset, got 'memref<2xi64>'}}
  attn.sample input(%p : memref<?x?xf32>) seed_offset(%s : memref<2xi64>) advance_offset(%a) outs(%o : memref<?xi32>)
      {sampling = #attn.sampling<input = probs, mode = sample>}
  return
}

// -----

func.func @f(%p: memref<?x?xf32>, %a: i32, %o: memref<?x?xf32>) {
  // expected-error @+1 {{expected no advance_offset for mode = renorm (it draws nothing)}}
  attn.sample input(%p : memref<?x?xf32>) advance_offset(%a) outs(%o : memref<?x?xf32>)
      {sampling = #attn.sampling<input = probs, mode = renorm, top_k = 3>}
  return
}

// -----

func.func @f(%p: memref<?x?xf32>, %s: memref<2xi64>, %o: memref<?xi64>) {
  // expected-error @+1 {{expected out of shape [batch] and element type i32 for mode = sample, got 'memref<?xi64>'}}
  attn.sample input(%p : memref<?x?xf32>) seed_offset(%s : memref<2xi64>) outs(%o : memref<?xi64>)
      {sampling = #attn.sampling<input = probs, mode = sample>}
  return
}

// -----

func.func @f(%p: memref<?x?xf32>, %s: memref<2xi64>, %o: memref<?x?xf32>) {
  // expected-error @+1 {{expected no seed_offset for mode = renorm (it draws nothing)}}
  attn.sample input(%p : memref<?x?xf32>) seed_offset(%s : memref<2xi64>) outs(%o : memref<?x?xf32>)
      {sampling = #attn.sampling<input = probs, mode = renorm, top_k = 3>}
  return
}

// -----

func.func @f(%l: memref<?x100xbf16>, %o: memref<?x100xf32>) {
  // expected-error @+1 {{expected out like input ('memref<?x100xbf16>') for mode = mask, got 'memref<?x100xf32>'}}
  attn.sample input(%l : memref<?x100xbf16>) outs(%o : memref<?x100xf32>)
      {sampling = #attn.sampling<input = logits, mode = mask, top_k = 3>}
  return
}

// -----

func.func @f(%q: memref<?x4x64xf32>, %d: memref<?x4xi32>, %p: memref<?x5x64xbf16>, %so: memref<2xi64>, %o: memref<?x5xi32>, %a: memref<?xi32>, %e: memref<?xi32>) {
  // expected-error @+1 {{expected draft_probs and target_probs of one element type, got 'f32' and 'bf16'}}
  attn.chain_speculative_sample draft_probs(%q : memref<?x4x64xf32>) draft_token_ids(%d : memref<?x4xi32>)
      target_probs(%p : memref<?x5x64xbf16>) seed_offset(%so : memref<2xi64>)
      outs(%o : memref<?x5xi32>, %a : memref<?xi32>, %e : memref<?xi32>)
  return
}

// -----

func.func @f(%q: memref<?x0x64xf32>, %d: memref<?x0xi32>, %p: memref<?x1x64xf32>, %so: memref<2xi64>, %o: memref<?x1xi32>, %a: memref<?xi32>, %e: memref<?xi32>) {
  // expected-error @+1 {{expected at least one draft token per request, got num_spec = 0}}
  attn.chain_speculative_sample draft_probs(%q : memref<?x0x64xf32>) draft_token_ids(%d : memref<?x0xi32>)
      target_probs(%p : memref<?x1x64xf32>) seed_offset(%so : memref<2xi64>)
      outs(%o : memref<?x1xi32>, %a : memref<?xi32>, %e : memref<?xi32>)
  return
}

// -----

func.func @f(%q: memref<?x4x64xf32>, %d: memref<?x4xi32>, %p: memref<?x5x32xf32>, %so: memref<2xi64>, %o: memref<?x5xi32>, %a: memref<?xi32>, %e: memref<?xi32>) {
  // expected-error @+1 {{expected target_probs of vocab 64, got 'memref<?x5x32xf32>'}}
  attn.chain_speculative_sample draft_probs(%q : memref<?x4x64xf32>) draft_token_ids(%d : memref<?x4xi32>)
      target_probs(%p : memref<?x5x32xf32>) seed_offset(%so : memref<2xi64>)
      outs(%o : memref<?x5xi32>, %a : memref<?xi32>, %e : memref<?xi32>)
  return
}

// -----

func.func @f(%q: memref<?x4x300000xf32>, %d: memref<?x4xi32>, %p: memref<?x5x300000xf32>, %so: memref<2xi64>, %o: memref<?x5xi32>, %a: memref<?xi32>, %e: memref<?xi32>) {
  // expected-error @+1 {{expected vocab (300000) in [1, 262144]}}
  attn.chain_speculative_sample draft_probs(%q : memref<?x4x300000xf32>) draft_token_ids(%d : memref<?x4xi32>)
      target_probs(%p : memref<?x5x300000xf32>) seed_offset(%so : memref<2xi64>)
      outs(%o : memref<?x5xi32>, %a : memref<?xi32>, %e : memref<?xi32>)
  return
}

// -----

func.func @f(%q: memref<2x4x64xf32>, %d: memref<2x3xi32>, %p: memref<2x5x64xf32>, %so: memref<2xi64>, %o: memref<2x5xi32>, %a: memref<2xi32>, %e: memref<2xi32>) {
  // expected-error @+1 {{expected draft_token_ids of shape [2, 4], got 'memref<2x3xi32>'}}
  attn.chain_speculative_sample draft_probs(%q : memref<2x4x64xf32>) draft_token_ids(%d : memref<2x3xi32>)
      target_probs(%p : memref<2x5x64xf32>) seed_offset(%so : memref<2xi64>)
      outs(%o : memref<2x5xi32>, %a : memref<2xi32>, %e : memref<2xi32>)
  return
}

// -----

func.func @f(%q: memref<?x4x64xf32>, %d: memref<?x4xi32>, %p: memref<?x4x64xf32>, %so: memref<2xi64>, %o: memref<?x5xi32>, %a: memref<?xi32>, %e: memref<?xi32>) {
  // expected-error @+1 {{expected target_probs of shape [?, 5, 64], got 'memref<?x4x64xf32>'}}
  attn.chain_speculative_sample draft_probs(%q : memref<?x4x64xf32>) draft_token_ids(%d : memref<?x4xi32>)
      target_probs(%p : memref<?x4x64xf32>) seed_offset(%so : memref<2xi64>)
      outs(%o : memref<?x5xi32>, %a : memref<?xi32>, %e : memref<?xi32>)
  return
}

// -----

func.func @f(%q: memref<?x4x64xf32>, %d: memref<?x4xi32>, %p: memref<?x5x64xf32>, %so: memref<2xi64>, %o: memref<?x4xi32>, %a: memref<?xi32>, %e: memref<?xi32>) {
  // expected-error @+1 {{expected out of shape [?, 5], got 'memref<?x4xi32>'}}
  attn.chain_speculative_sample draft_probs(%q : memref<?x4x64xf32>) draft_token_ids(%d : memref<?x4xi32>)
      target_probs(%p : memref<?x5x64xf32>) seed_offset(%so : memref<2xi64>)
      outs(%o : memref<?x4xi32>, %a : memref<?xi32>, %e : memref<?xi32>)
  return
}

// -----

func.func @f(%q: memref<3x4x64xf32>, %d: memref<3x4xi32>, %p: memref<3x5x64xf32>, %so: memref<2xi64>, %o: memref<3x5xi32>, %a: memref<2xi32>, %e: memref<3xi32>) {
  // expected-error @+1 {{expected accepted of shape [3], got 'memref<2xi32>'}}
  attn.chain_speculative_sample draft_probs(%q : memref<3x4x64xf32>) draft_token_ids(%d : memref<3x4xi32>)
      target_probs(%p : memref<3x5x64xf32>) seed_offset(%so : memref<2xi64>)
      outs(%o : memref<3x5xi32>, %a : memref<2xi32>, %e : memref<3xi32>)
  return
}

// -----

func.func @f(%q: memref<3x4x64xf32>, %d: memref<3x4xi32>, %p: memref<3x5x64xf32>, %so: memref<2xi64>, %o: memref<3x5xi32>, %a: memref<3xi32>, %e: memref<4xi32>) {
  // expected-error @+1 {{expected emitted of shape [3], got 'memref<4xi32>'}}
  attn.chain_speculative_sample draft_probs(%q : memref<3x4x64xf32>) draft_token_ids(%d : memref<3x4xi32>)
      target_probs(%p : memref<3x5x64xf32>) seed_offset(%so : memref<2xi64>)
      outs(%o : memref<3x5xi32>, %a : memref<3xi32>, %e : memref<4xi32>)
  return
}

// -----

func.func @f(%q: memref<?x4x64xf32>, %d: memref<?x4xi32>, %p: memref<?x5x64xf32>, %so: memref<3xi64>, %o: memref<?x5xi32>, %a: memref<?xi32>, %e: memref<?xi32>) {
  // expected-error @+1 {{expected seed_offset of shape [2] (seed, offset), got 'memref<3xi64>'}}
  attn.chain_speculative_sample draft_probs(%q : memref<?x4x64xf32>) draft_token_ids(%d : memref<?x4xi32>)
      target_probs(%p : memref<?x5x64xf32>) seed_offset(%so : memref<3xi64>)
      outs(%o : memref<?x5xi32>, %a : memref<?xi32>, %e : memref<?xi32>)
  return
}

// -----

func.func @f(%q: memref<?x4x64xf32>, %d: memref<?x4xi32>, %p: memref<?x5x64xf32>, %so: memref<2xi64>, %adv: i32, %o: memref<?x5xi32>, %a: memref<?xi32>, %e: memref<?xi32>) {
  // expected-error @+1 {{expected seed_offset of shape [3] (seed, offset, zero) with advance_offset, got 'memref<2xi64>'}}
  attn.chain_speculative_sample draft_probs(%q : memref<?x4x64xf32>) draft_token_ids(%d : memref<?x4xi32>)
      target_probs(%p : memref<?x5x64xf32>) seed_offset(%so : memref<2xi64>) advance_offset(%adv)
      outs(%o : memref<?x5xi32>, %a : memref<?xi32>, %e : memref<?xi32>)
  return
}

// -----

// expected-error @+1 {{expected cluster_size (4) to be 1, 8 or 16}}
func.func private @f() attributes {s = #attn.sampling<input = probs, mode = sample, cluster_size = 4>}

// -----

// expected-error @+1 {{expected cluster_size (32) to be 1, 8 or 16}}
func.func private @f() attributes {s = #attn.sampling<input = probs, mode = sample, cluster_size = 32>}

// -----

// expected-error @+1 {{expected cluster_size (0) to be 1, 8 or 16}}
func.func private @f() attributes {s = #attn.sampling<input = logits, mode = mask, top_k = 5, cluster_size = 0>}
