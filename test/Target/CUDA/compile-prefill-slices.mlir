// REQUIRES: ptxas
// attn-compile's plan knobs on the mma.sync kernel (--prefill-mma=mma-sync: on sm_90 the default
// is the warpgroup-MMA kernel) on a paged prefill (GQA 4:1, head_dim 128, 16-token pages): by
// default two 16-row Q slices per warp (4 warps, 32-key tiles, three stages, no spills);
// --max-slices-per-warp=1 (what attn-compile retries with when two slices spill) gives 8 warps
// of one slice and 128-key tiles; --stages overrides the depth. Bad values are errors.
// RUN: rm -rf %t && attn-compile %s --sm=90 --prefill-mma=mma-sync --toolkit=%cuda_toolkit --ptxas-check -o %t/two | FileCheck %s --check-prefix=SUMMARY
// RUN: FileCheck %s --check-prefix=TWO --input-file=%t/two/manifest.json
// RUN: attn-compile %s --sm=90 --prefill-mma=mma-sync --toolkit=%cuda_toolkit --ptxas-check --max-slices-per-warp=1 --stages=2 -o %t/one
// RUN: FileCheck %s --check-prefix=ONE --input-file=%t/one/manifest.json
// RUN: not attn-compile %s --sm=90 --prefill-mma=mma-sync --max-slices-per-warp=-1 -o %t/bad 2>&1 | FileCheck %s --check-prefix=BAD
// The tensor-core kernel's exponentials flush denormals (attn-flush-denormals): one
// ex2.approx.ftz per score; flush-denormals=false keeps the IEEE form.
// RUN: attn-opt %s --attn-to-cubin="format=isa prefill-mma=mma-sync toolkit=%cuda_toolkit" | FileCheck %s --check-prefix=PTX
// RUN: attn-opt %s --attn-to-cubin="format=isa prefill-mma=mma-sync flush-denormals=false toolkit=%cuda_toolkit" | FileCheck %s --check-prefix=IEEE

// SUMMARY: paged_prefill_attention attention block=128x1x1 {{.*}} spills=0/0 stack=0

// TWO-LABEL: "name": "paged_prefill_attention"
// TWO:       "tile": {
// TWO-NEXT:    "m_tiles": 2,
// TWO:         "stages": 3,
// TWO:         "threads": 128,
// TWO-NEXT:    "tile_kv": 32,
// TWO-NEXT:    "tile_q": 128,

// ONE-LABEL: "name": "paged_prefill_attention"
// ONE:       "tile": {
// ONE-NEXT:    "m_tiles": 1,
// ONE:         "stages": 2,
// ONE:         "threads": 256,
// ONE-NEXT:    "tile_kv": 128,

// BAD: attn-compile: error: --max-slices-per-warp must be 0 (heuristic) or positive

// PTX: .entry paged_prefill_attention(
// PTX-SAME: mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32
// PTX-SAME: ex2.approx.ftz.f32
// PTX-NOT: ex2.approx.f32
// IEEE: .entry paged_prefill_attention(
// IEEE-NOT: ex2.approx.ftz
// IEEE-SAME: ex2.approx.f32

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @paged_prefill(%q: memref<?x32x128xbf16>, %qo: memref<?xi32>,
                         %kc: memref<?x16x8x128xbf16>, %vc: memref<?x16x8x128xbf16>,
                         %ki: memref<?xi32>, %kx: memref<?xi32>, %kl: memref<?xi32>,
                         %o: memref<?x32x128xbf16>) {
  %kv = attn.paged_kv k(%kc : memref<?x16x8x128xbf16>) v(%vc : memref<?x16x8x128xbf16>)
          indptr(%ki : memref<?xi32>) indices(%kx : memref<?xi32>)
          last_page_len(%kl : memref<?xi32>) : !kv
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qo : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>}
  return
}
