// attn-plan's prefill-mma option: prefill kernels on warpgroup MMAs (sm_90a) where the variant
// allows, one 16-row slice per warp so that each warpgroup holds 64 rows.
// RUN: attn-opt %s -split-input-file -attn-plan -mlir-print-local-scope | FileCheck %s --check-prefix=SYNC
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=wgmma" -mlir-print-local-scope | FileCheck %s --check-prefix=WG
// auto: wgmma for prefill, a producer warpgroup at head_dim 128 where the variant allows
// (silently: every variant here takes wgmma; plan-prefill-fallback.mlir has the remark of one
// that cannot); decode steps keep mma.sync.
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=auto" -mlir-print-local-scope 2>&1 | FileCheck %s --check-prefix=AUTO
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=auto decode-kernel=tensor-core" -mlir-print-local-scope 2>&1 | FileCheck %s --check-prefix=TCD
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=auto sm=80" -mlir-print-local-scope | FileCheck %s --check-prefix=SYNC
// auto-tma: under auto, ragged K/V of the producer warpgroup's kernels by TMA, and paged caches
// of 16-key pages or larger with a third K/V stage (smaller pages, and a paged kernel held to
// two stages, keep cp.async; a variant without the producer has no TMA).
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=auto auto-tma=true" -mlir-print-local-scope 2>&1 | FileCheck %s --check-prefix=ATMA
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=auto auto-tma=true auto-overlap=true auto-persistent=true stages=2" -mlir-print-local-scope 2>&1 | FileCheck %s --check-prefix=TWOST
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=wgmma warp-specialize=true auto-tma=true" -mlir-print-local-scope | FileCheck %s --check-prefix=NOTMA
// auto-overlap: under auto, the kernels with K/V by TMA overlap softmax and MMAs where that was
// measured faster: causal (or a sliding window), head_dim 128, one query head per KV head. Not
// a GQA group, a paged cache (no TMA), no mask.
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=auto auto-tma=true auto-overlap=true" -mlir-print-local-scope 2>&1 | FileCheck %s --check-prefix=AOVL
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=wgmma warp-specialize=true tma=true auto-overlap=true" -mlir-print-local-scope 2>&1 | FileCheck %s --check-prefix=NOOVL
// auto-persistent: under auto, the kernels with K/V by TMA are persistent and overlapped
// (silently, any mask and GQA group); a paged cache on cp.async and a kernel without the
// producer keep one CTA per work item, as do explicit schedules.
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=auto auto-tma=true auto-overlap=true auto-persistent=true" -mlir-print-local-scope 2>&1 | FileCheck %s --check-prefix=APERS
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=wgmma warp-specialize=true tma=true auto-persistent=true" -mlir-print-local-scope 2>&1 | FileCheck %s --check-prefix=NOPERS
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=auto auto-persistent=true" -mlir-print-local-scope 2>&1 | FileCheck %s --check-prefix=NOPERS
// warp-specialize: a producer warpgroup where the variant allows (not with RoPE of K in the
// loop), nothing without wgmma.
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=wgmma warp-specialize=true" -mlir-print-local-scope | FileCheck %s --check-prefix=WS
// RUN: attn-opt %s -split-input-file -attn-plan="warp-specialize=true" -mlir-print-local-scope | FileCheck %s --check-prefix=SYNC
// pingpong: two consumer warpgroups of a warp-specialized kernel take turns (not one).
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=wgmma warp-specialize=true pingpong=true" -mlir-print-local-scope | FileCheck %s --check-prefix=PP
// persistent combines with ping-pong (the warpgroups take turns within each item), and so
// does the overlap (a turn issues a tile's two MMAs), without remarks.
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=wgmma warp-specialize=true pingpong=true persistent=true overlap=true" -mlir-print-local-scope 2>&1 | FileCheck %s --check-prefix=PPP
// PPP-NOT: remark
// PPP: kernel_config = #attn.kernel_config<{{.*}}, wgmma = true, producer = true, pingpong = true, overlap = true, persistent = true>
// early-kv: the producer starts at once (warp-specialized kernels, not persistent ones, which
// already do; a kernel without the producer keeps its order, with a remark).
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=wgmma warp-specialize=true early-kv=true" -mlir-print-local-scope 2>&1 | FileCheck %s --check-prefix=EKV
// EKV: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, {{.*}}, wgmma = true, producer = true, early_kv = true>
// EKV: remark: prefill kernel on K/V copies after the Q tile: early K/V copies are the producer warpgroup's (warp-specialize)
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=wgmma warp-specialize=true persistent=true early-kv=true" -mlir-print-local-scope 2>&1 | FileCheck %s --check-prefix=EKVP
// EKVP: remark: prefill kernel on K/V copies after the Q tile: a persistent kernel starts its producer at once
// EKVP: kernel_config = #attn.kernel_config<{{.*}}, wgmma = true, producer = true, persistent = true>

// SYNC-NOT: wgmma
// SYNC-NOT: producer
// SYNC-NOT: pingpong
// WG-NOT: producer
// AUTO-NOT: remark
// AUTO-NOT: tma
// ATMA-NOT: remark
// NOTMA-NOT: tma
// AOVL-NOT: remark
// NOOVL-NOT: overlap
// APERS-NOT: remark
// NOPERS-NOT: persistent

// A causal paged prefill, head_dim 128: eight warps, two warpgroups of 64 rows.
// WG-LABEL: func.func @paged
// WG: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, {{.*}}, wgmma = true>
// AUTO-LABEL: func.func @paged
// AUTO: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, {{.*}}, wgmma = true, producer = true>
// WS-LABEL: func.func @paged
// WS: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, {{.*}}, wgmma = true, producer = true>
// PP-LABEL: func.func @paged
// PP: kernel_config = #attn.kernel_config<{{.*}}, wgmma = true, producer = true, pingpong = true>
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @paged(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>) {
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>}
  return
}

// ATMA-LABEL: func.func @paged
// ATMA: kernel_config = #attn.kernel_config<{{.*}}, tile_kv = 128, stages = 3, {{.*}}, wgmma = true, producer = true, tma = true>
// APERS-LABEL: func.func @paged
// APERS: kernel_config = #attn.kernel_config<{{.*}}, stages = 3, {{.*}}, wgmma = true, producer = true, overlap = true, tma = true, persistent = true>
// TWOST-LABEL: func.func @paged
// TWOST: kernel_config = #attn.kernel_config<{{.*}}, stages = 2, {{.*}}, wgmma = true, producer = true>
// TWOST-NOT: tma
// TWOST: return

// -----

// Pages of 8 keys: TMA could take them (a box per page), but a tile of 16 boxes is not
// measured; they keep the cp.async producer and one CTA per work item.
// ATMA-LABEL: func.func @paged8
// ATMA: kernel_config = #attn.kernel_config<{{.*}}, stages = 2, {{.*}}, wgmma = true, producer = true>
// ATMA-NOT: tma
// ATMA: return
// APERS-LABEL: func.func @paged8
// APERS: kernel_config = #attn.kernel_config<{{.*}}, wgmma = true, producer = true>
// APERS-NOT: persistent
// APERS: return
!kv = !attn.paged_kv<page_size = 8, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @paged8(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>) {
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>}
  return
}

// -----

// Ragged bf16, head_dim 128: the producer warpgroup, and its K/V by TMA under auto-tma.
// AUTO-LABEL: func.func @ragged128
// AUTO: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, {{.*}}, wgmma = true, producer = true>
// ATMA-LABEL: func.func @ragged128
// ATMA: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, {{.*}}, wgmma = true, producer = true, tma = true>
!kv = !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
func.func @ragged128(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %k: memref<?x8x128xbf16>, %v: memref<?x8x128xbf16>, %ki: memref<?xi32>, %o: memref<?x32x128xbf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x8x128xbf16>) v(%v : memref<?x8x128xbf16>) indptr(%ki : memref<?xi32>) : !kv
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>}
  return
}

// AOVL-LABEL: func.func @ragged128
// AOVL: kernel_config = #attn.kernel_config<{{.*}}, wgmma = true, producer = true, tma = true>
// AOVL-NOT: overlap
// AOVL: return
// APERS-LABEL: func.func @ragged128
// APERS: kernel_config = #attn.kernel_config<{{.*}}, wgmma = true, producer = true, overlap = true, tma = true, persistent = true>

// -----

// One query head per KV head, causal and sliding window: overlapped under auto-overlap; no
// mask: the serial loop.
// AOVL-LABEL: func.func @mha_causal
// AOVL: kernel_config = #attn.kernel_config<{{.*}}, wgmma = true, producer = true, overlap = true, tma = true>
// AOVL-LABEL: func.func @mha_window
// AOVL: kernel_config = #attn.kernel_config<{{.*}}, wgmma = true, producer = true, overlap = true, tma = true>
// AOVL-LABEL: func.func @mha_full
// AOVL: kernel_config = #attn.kernel_config<{{.*}}, wgmma = true, producer = true, tma = true>
// AOVL-NOT: overlap
// AOVL: return
// APERS-LABEL: func.func @mha_causal
// APERS: kernel_config = #attn.kernel_config<{{.*}}, wgmma = true, producer = true, overlap = true, tma = true, persistent = true>
// APERS-LABEL: func.func @mha_full
// APERS: kernel_config = #attn.kernel_config<{{.*}}, wgmma = true, producer = true, overlap = true, tma = true, persistent = true>
// AUTO-LABEL: func.func @mha_causal
// AUTO: kernel_config = #attn.kernel_config<{{.*}}, wgmma = true, producer = true>
// AUTO-NOT: overlap
// AUTO-LABEL: func.func @mha_full
!kv = !attn.ragged_kv<num_heads = 32, head_dim = 128, element_type = bf16>
func.func @mha_causal(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %k: memref<?x32x128xbf16>, %v: memref<?x32x128xbf16>, %ki: memref<?xi32>, %o: memref<?x32x128xbf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x32x128xbf16>) v(%v : memref<?x32x128xbf16>) indptr(%ki : memref<?xi32>) : !kv
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>}
  return
}
func.func @mha_window(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %k: memref<?x32x128xbf16>, %v: memref<?x32x128xbf16>, %ki: memref<?xi32>, %o: memref<?x32x128xbf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x32x128xbf16>) v(%v : memref<?x32x128xbf16>) indptr(%ki : memref<?xi32>) : !kv
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal, window_left = 1024>}
  return
}
func.func @mha_full(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %k: memref<?x32x128xbf16>, %v: memref<?x32x128xbf16>, %ki: memref<?xi32>, %o: memref<?x32x128xbf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x32x128xbf16>) v(%v : memref<?x32x128xbf16>) indptr(%ki : memref<?xi32>) : !kv
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<none>}
  return
}

// -----

// Ragged f16, head_dim 64 (the mma.sync kernel would take two slices per warp).
// WG-LABEL: func.func @ragged64
// WG: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, {{.*}}, wgmma = true>
// AUTO-LABEL: func.func @ragged64
// AUTO: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, {{.*}}, wgmma = true>
// AUTO-NOT: producer
// AUTO: return
// ATMA-LABEL: func.func @ragged64
// ATMA: kernel_config = #attn.kernel_config<{{.*}}, wgmma = true>
// ATMA-NOT: tma
// ATMA: return
// APERS-LABEL: func.func @ragged64
// APERS: kernel_config = #attn.kernel_config<{{.*}}, wgmma = true>
// APERS-NOT: persistent
// APERS: return
// WS-LABEL: func.func @ragged64
// WS: kernel_config = #attn.kernel_config<{{.*}}, wgmma = true, producer = true>
!kv = !attn.ragged_kv<num_heads = 8, head_dim = 64, element_type = f16>
func.func @ragged64(%q: memref<?x32x64xf16>, %qi: memref<?xi32>, %k: memref<?x8x64xf16>, %v: memref<?x8x64xf16>, %ki: memref<?xi32>, %o: memref<?x32x64xf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x8x64xf16>) v(%v : memref<?x8x64xf16>) indptr(%ki : memref<?xi32>) : !kv
  attn.attention q(%q : memref<?x32x64xf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x64xf16>) {mask = #attn.mask<causal>}
  return
}

// -----

// head_dim 256: a 64-row Q tile, one warpgroup; under auto FA3's shape for it, two consumer
// warpgroups of 64 rows over 64-key tiles with the producer warpgroup. The paged cache keeps
// cp.async under auto-tma (no room for a third 64 KiB stage).
// ATMA-LABEL: func.func @d256(
// ATMA: kernel_config = #attn.kernel_config<{{.*}}, wgmma = true, producer = true>,
// WG-LABEL: func.func @d256
// WG: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 128, tile_q = 64, {{.*}}, wgmma = true>
// AUTO-LABEL: func.func @d256
// AUTO: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, tile_kv = 64, stages = 2, {{.*}}, wgmma = true, producer = true>
// WS-LABEL: func.func @d256
// WS: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 128, tile_q = 64, {{.*}}, wgmma = true, producer = true>
// PP-LABEL: func.func @d256
// PP: kernel_config = #attn.kernel_config<{{.*}}, wgmma = true, producer = true>
// PP-NOT: pingpong
// PP: return
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 4, head_dim = 256, element_type = f16>
func.func @d256(%q: memref<?x32x256xf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x256xf16>) {
  attn.attention q(%q : memref<?x32x256xf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x256xf16>) {mask = #attn.mask<causal>}
  return
}

// -----

// Ragged head_dim 256 under auto: the wide tiles and the producer; with auto-tma (attn-compile's
// default) K/V by TMA, neither overlapped nor persistent. A known short query (8 tokens x 4
// heads: 32 rows) keeps the heuristic's short tile and the CTA-wide loop.
// AUTO-LABEL: func.func @d256_ragged
// AUTO: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, tile_kv = 64, {{.*}}, wgmma = true, producer = true>
// AUTO-LABEL: func.func @d256_short
// AUTO: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 128, tile_q = 64, {{.*}}, wgmma = true>
// ATMA-LABEL: func.func @d256_ragged
// ATMA: kernel_config = #attn.kernel_config<{{.*}}, wgmma = true, producer = true, tma = true>
// ATMA-LABEL: func.func @d256_short
!kv = !attn.ragged_kv<num_heads = 8, head_dim = 256, element_type = bf16>
func.func @d256_ragged(%q: memref<?x32x256xbf16>, %qi: memref<?xi32>, %k: memref<?x8x256xbf16>, %v: memref<?x8x256xbf16>, %ki: memref<?xi32>, %o: memref<?x32x256xbf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x8x256xbf16>) v(%v : memref<?x8x256xbf16>) indptr(%ki : memref<?xi32>) : !kv
  attn.attention q(%q : memref<?x32x256xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x256xbf16>) {mask = #attn.mask<causal>}
  return
}
func.func @d256_short(%q: memref<?x32x256xbf16>, %qi: memref<?xi32>, %k: memref<?x8x256xbf16>, %v: memref<?x8x256xbf16>, %ki: memref<?xi32>, %o: memref<?x32x256xbf16>) {
  %kv = attn.ragged_kv k(%k : memref<?x8x256xbf16>) v(%v : memref<?x8x256xbf16>) indptr(%ki : memref<?xi32>) : !kv
  attn.attention q(%q : memref<?x32x256xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x256xbf16>) {mask = #attn.mask<causal>, max_qo_len = 8}
  return
}

// -----

// A decode step on the tensor-core kernel has a 16-row Q tile of one warp: no warpgroup.
// WG-LABEL: func.func @decode_step
// WG: kernel_config = #attn.kernel_config<strategy = {{decode|prefill}}
// WG-NOT: wgmma
// WG: return
// TCD-LABEL: func.func @decode_step
// TCD: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 32, tile_q = 16,
// TCD-NOT: wgmma
// TCD: return
// AUTO-LABEL: func.func @decode_step
// AUTO: kernel_config = #attn.kernel_config<strategy = {{decode|prefill}}
// AUTO-NOT: wgmma
// AUTO: return
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @decode_step(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>) {
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<none>, max_qo_len = 1}
  return
}

// -----

// RoPE of K runs on every thread between the copy and the MMAs: no producer warpgroup.
// AUTO-LABEL: func.func @rope
// AUTO: kernel_config = #attn.kernel_config<{{.*}}, wgmma = true>
// AUTO-NOT: producer
// AUTO: return
// WS-LABEL: func.func @rope
// WS: kernel_config = #attn.kernel_config<{{.*}}, wgmma = true>
// WS-NOT: producer
// WS: return
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @rope(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>) {
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>, rope = #attn.rope<llama, rotary_dim = 128>}
  return
}
