// RUN: attn-opt %s -split-input-file -verify-diagnostics -pass-pipeline="builtin.module(gpu.module(attn-lower-tiles))"

// A prefill-layout variant the patterns have no code for (a score tile in index positions:
// the layout's lanes compute positions in i32) is an error, not a silent fallback.
#l = #attn.prefill_layout<warps = 1, slices = 1, rows_per_group = 2, vec = 8>
gpu.module @kernels {
  gpu.func @index_positions(%x: index) -> vector<16x16xf32> {
    %m, %l, %acc = attn.init_state {layout = #l} : vector<16xf32>, vector<16x64xf32>
    %s = arith.constant dense<0.0> : vector<16x16xf32>
    // expected-error @+1 {{'attn.score_mod' op has no lowering in #attn.prefill_layout}}
    %t = attn.score_mod %s rows %x cols %x keys %x
        {layout = #l, mask = #attn.mask<causal>, scale = 1.0 : f32} : vector<16x16xf32>
    gpu.return %t : vector<16x16xf32>
  }
}
