// FA3's tiles at head_dim 64: 192-row Q tiles on three consumer warpgroups (384 threads) over
// 128-key K/V tiles. The CTA's threads copy 48 rows a pass, which 128 does not divide; the
// producer warpgroup's copy groups (16 rows a pass) do, so attn-plan takes the tiles with the
// producer and fails, saying so, without it.
// RUN: not attn-opt %s -split-input-file -attn-plan="prefill-mma=wgmma warp-specialize=true tma=true tile-q=192 tile-kv=128 require-all=true" -mlir-print-local-scope 2>&1 | FileCheck %s --check-prefix=WS
// RUN: not attn-opt %s -split-input-file -attn-plan="prefill-mma=wgmma warp-specialize=true tma=true tile-q=192 tile-kv=128 require-all=true" -mlir-print-local-scope 2>&1 | FileCheck %s --check-prefix=ROPE
// RUN: not attn-opt %s -split-input-file -attn-plan="prefill-mma=wgmma tile-q=192 tile-kv=128 require-all=true" -mlir-print-local-scope 2>&1 | FileCheck %s --check-prefix=NOWS
// RUN: not attn-opt %s -split-input-file -attn-plan="prefill-mma=mma-sync tile-q=192 tile-kv=128 require-all=true" -mlir-print-local-scope 2>&1 | FileCheck %s --check-prefix=SYNC
// prefill-mma=auto takes these tiles at head_dim 64 for ragged K/V without GQA, soft-cap,
// ALiBi or a window (measured there), with TMA and, under auto-persistent, persistent CTAs
// with the overlap on three stages (two stages, one CTA per work item, no overlap without
// it); the other variants keep the CTA-wide loop on 128-row tiles.
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=auto auto-tma=true auto-overlap=true auto-persistent=true" -mlir-print-local-scope 2>&1 | FileCheck %s --check-prefix=AUTO
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=auto auto-tma=true auto-overlap=true auto-persistent=false" -mlir-print-local-scope 2>&1 | FileCheck %s --check-prefix=ONEPASS
// The tile level: the consumers' register budget is 160 (the producer keeps 32 of the 128
// each thread was launched with; with 40, the overlapped kernel spilled).
// RUN: not attn-opt %s -split-input-file -pass-pipeline="builtin.module(attn-plan{prefill-mma=wgmma warp-specialize=true tile-q=192 tile-kv=128},attn-outline,gpu.module(attn-tile,canonicalize,cse))" 2>&1 | FileCheck %s --check-prefix=TILE

// WS-LABEL: func.func @d64_ragged
// WS: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 384, tile_q = 192, tile_kv = 128, stages = 2, {{.*}}wgmma = true, producer = true, tma = true
// NOWS: error: 'attn.attention' op cannot be planned: tile_kv (128) and tile_q (192) need a producer warpgroup to copy K/V, and the kernel has none: warp-specialize is off
// SYNC: error: 'attn.attention' op cannot be planned: tile_kv (128) must be a multiple of the K/V copy groups (24 rows a pass) and tile_q (192) of the Q copy groups (24)
// AUTO-LABEL: func.func @d64_ragged
// AUTO: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 384, tile_q = 192, tile_kv = 128, stages = 3, split_kv = true, vec = 8, wgmma = true, producer = true, overlap = true, tma = true, persistent = true>
// ONEPASS-LABEL: func.func @d64_ragged
// ONEPASS: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 384, tile_q = 192, tile_kv = 128, stages = 2, split_kv = true, vec = 8, wgmma = true, producer = true, tma = true>
// TILE-LABEL: gpu.func @d64_ragged_attention
// TILE-SAME:   known_block_size = array<i32: 512, 1, 1>
// TILE:        attn.warp_specialize consumers 384 producers 128 registers(160, 32) producer {
func.func @d64_ragged(%q: memref<?x32x64xbf16>, %qi: memref<?xi32>, %k: memref<?x32x64xbf16>,
                      %v: memref<?x32x64xbf16>, %ki: memref<?xi32>, %o: memref<?x32x64xbf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x32x64xbf16>) v(%v : memref<?x32x64xbf16>) indptr(%ki : memref<?xi32>) : !attn.ragged_kv<num_heads = 32, head_dim = 64, element_type = bf16>
  attn.attention q(%q : memref<?x32x64xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !attn.ragged_kv<num_heads = 32, head_dim = 64, element_type = bf16>) outs(%o : memref<?x32x64xbf16>) {mask = #attn.mask<causal>}
  return
}

// -----

// RoPE of K in the loop keeps the producer out, and with it these tiles.
// AUTO-LABEL: func.func @d64_rope
// AUTO: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, tile_kv = 64, stages = 2, split_kv = true, vec = 8, wgmma = true>
// ROPE: error: 'attn.attention' op cannot be planned: tile_kv (128) and tile_q (192) need a producer warpgroup to copy K/V, and the kernel has none: RoPE of K in the loop runs on every thread between the copy and the MMAs
func.func @d64_rope(%q: memref<?x32x64xbf16>, %qi: memref<?xi32>, %k: memref<?x32x64xbf16>,
                    %v: memref<?x32x64xbf16>, %ki: memref<?xi32>, %o: memref<?x32x64xbf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x32x64xbf16>) v(%v : memref<?x32x64xbf16>) indptr(%ki : memref<?xi32>) : !attn.ragged_kv<num_heads = 32, head_dim = 64, element_type = bf16>
  attn.attention q(%q : memref<?x32x64xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !attn.ragged_kv<num_heads = 32, head_dim = 64, element_type = bf16>) outs(%o : memref<?x32x64xbf16>) {mask = #attn.mask<causal>, rope = #attn.rope<llama, rotary_dim = 64, theta = 1.0e4>}
  return
}

// -----

// A GQA group, a soft-cap, a known short query: the CTA-wide loop's tiles.
!kv = !attn.ragged_kv<num_heads = 8, head_dim = 64, element_type = bf16>
// AUTO-LABEL: func.func @d64_gqa
// AUTO: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, tile_kv = 64, stages = 2, split_kv = true, vec = 8, wgmma = true>
// AUTO-LABEL: func.func @d64_softcap
// AUTO: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, tile_kv = 64, stages = 2, split_kv = true, vec = 8, wgmma = true>
// AUTO-LABEL: func.func @d64_short
// AUTO: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 128, tile_q = 64,
func.func @d64_gqa(%q: memref<?x32x64xbf16>, %qi: memref<?xi32>, %k: memref<?x8x64xbf16>,
                   %v: memref<?x8x64xbf16>, %ki: memref<?xi32>, %o: memref<?x32x64xbf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x8x64xbf16>) v(%v : memref<?x8x64xbf16>) indptr(%ki : memref<?xi32>) : !kv
  attn.attention q(%q : memref<?x32x64xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv) outs(%o : memref<?x32x64xbf16>) {mask = #attn.mask<causal>}
  return
}
func.func @d64_softcap(%q: memref<?x8x64xbf16>, %qi: memref<?xi32>, %k: memref<?x8x64xbf16>,
                       %v: memref<?x8x64xbf16>, %ki: memref<?xi32>, %o: memref<?x8x64xbf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x8x64xbf16>) v(%v : memref<?x8x64xbf16>) indptr(%ki : memref<?xi32>) : !kv
  attn.attention q(%q : memref<?x8x64xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv) outs(%o : memref<?x8x64xbf16>) {mask = #attn.mask<causal>, logits_soft_cap = 30.0 : f32}
  return
}
func.func @d64_short(%q: memref<?x8x64xbf16>, %qi: memref<?xi32>, %k: memref<?x8x64xbf16>,
                     %v: memref<?x8x64xbf16>, %ki: memref<?xi32>, %o: memref<?x8x64xbf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x8x64xbf16>) v(%v : memref<?x8x64xbf16>) indptr(%ki : memref<?xi32>) : !kv
  attn.attention q(%q : memref<?x8x64xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv) outs(%o : memref<?x8x64xbf16>) {mask = #attn.mask<causal>, max_qo_len = 48}
  return
}
