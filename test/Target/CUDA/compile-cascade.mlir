// Multi-level (cascade) attention as one function of the dialect's ops: per level an
// attn.paged_kv and an attn.attention over the same pools (its own qo indptr and page table),
// each later level folded into o by attn.merge_state through the log-sum-exp, alternating two
// lse buffers (python/attn_mlir/_irgen.py cascade_ir writes this form). attn-compile turns it
// into one bundle the runtime's CascadeAttention takes every level's kernel from: prefill
// kernels for the shared levels (mask none), a decode kernel (max_qo_len = 1) for the last,
// and the merge_state kernels (family "merge"). On sm_90 the last level's decode step is by
// default the tensor-core kernel (a paged prefill kernel, TC below), which the runtime's
// DecodeAttention runs with one query row per request. The shared levels' prefill kernels are
// sm_90's default, warp-specialized warpgroup-MMA kernels (384 threads).
// RUN: rm -rf %t && attn-compile %s --sm=90 --format=ptx --decode-kernel=cuda-core -o %t | FileCheck %s --check-prefix=SUMMARY
// RUN: FileCheck %s --input-file=%t/manifest.json
// RUN: rm -rf %t.tc && attn-compile %s --sm=90 --format=ptx -o %t.tc > /dev/null
// RUN: FileCheck %s --input-file=%t.tc/manifest.json --check-prefix=TC
// RUN: not grep '"family": "decode"' %t.tc/manifest.json
// RUN: attn-opt %s | attn-opt | FileCheck %s --check-prefix=ROUNDTRIP

// SUMMARY: cascade_attention attention block=384x1x1
// SUMMARY: cascade_merge merge
// SUMMARY: cascade_1_attention attention block=384x1x1
// SUMMARY: cascade_1_merge merge
// SUMMARY: cascade_2_attention attention
// SUMMARY: cascade_2_merge merge
// SUMMARY: cascade_merge_state kernel block=256x1x1 dsmem=0
// SUMMARY: cascade_1_merge_state kernel block=256x1x1 dsmem=0
// SUMMARY: wrote 8 kernel(s)

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
!q = memref<?x32x128xbf16>
!s = memref<?x32xf32>
!i = memref<?xi32>
!pool = memref<?x16x8x128xbf16>
func.func @cascade(%q: !q, %kp: !pool, %vp: !pool,
                   %qi0: !i, %ip0: !i, %ix0: !i, %lp0: !i,
                   %qi1: !i, %ip1: !i, %ix1: !i, %lp1: !i,
                   %qi2: !i, %ip2: !i, %ix2: !i, %lp2: !i,
                   %o: !q, %lse: !s, %tmp_o: !q, %tmp_lse: !s, %lse_a: !s, %lse_b: !s) {
  // Level 0: the shared prefix, all queries of a group as one entry.
  %kv0 = attn.paged_kv k(%kp : !pool) v(%vp : !pool) indptr(%ip0 : !i) indices(%ix0 : !i)
      last_page_len(%lp0 : !i) : !kv
  attn.attention q(%q : !q) qo_indptr(%qi0 : !i) kv(%kv0 : !kv)
      outs(%o : !q, %lse_a : !s) {mask = #attn.mask<none>}
  // Level 1: sub-groups.
  %kv1 = attn.paged_kv k(%kp : !pool) v(%vp : !pool) indptr(%ip1 : !i) indices(%ix1 : !i)
      last_page_len(%lp1 : !i) : !kv
  attn.attention q(%q : !q) qo_indptr(%qi1 : !i) kv(%kv1 : !kv)
      outs(%tmp_o : !q, %tmp_lse : !s) {mask = #attn.mask<none>}
  attn.merge_state ins(%o, %lse_a, %tmp_o, %tmp_lse : !q, !s, !q, !s) outs(%o, %lse_b : !q, !s)
  // Level 2: each request's own pages, one query each.
  %kv2 = attn.paged_kv k(%kp : !pool) v(%vp : !pool) indptr(%ip2 : !i) indices(%ix2 : !i)
      last_page_len(%lp2 : !i) : !kv
  attn.attention q(%q : !q) qo_indptr(%qi2 : !i) kv(%kv2 : !kv)
      outs(%tmp_o : !q, %tmp_lse : !s) {mask = #attn.mask<none>, max_qo_len = 1}
  attn.merge_state ins(%o, %lse_b, %tmp_o, %tmp_lse : !q, !s, !q, !s) outs(%o, %lse : !q, !s)
  return
}

// ROUNDTRIP-LABEL: func.func @cascade
// ROUNDTRIP: attn.attention {{.*}}{mask = #attn.mask<none>}
// ROUNDTRIP: attn.attention {{.*}}{mask = #attn.mask<none>}
// ROUNDTRIP: attn.merge_state
// ROUNDTRIP: attn.attention {{.*}}{mask = #attn.mask<none>, max_qo_len = 1 : i64}
// ROUNDTRIP: attn.merge_state
// ROUNDTRIP: return

// TC:      "merge_kernel": "cascade_2_merge",
// TC-NEXT: "name": "cascade_2_attention",
// TC:        "tile_q": 16,

// CHECK:      "family": "prefill",
// CHECK-NEXT: "merge_kernel": "cascade_merge",
// CHECK-NEXT: "name": "cascade_attention",
// CHECK:        "mask": "none",
// CHECK:        "return_lse": true,
// CHECK:      "merge_kernel": "cascade_1_merge",
// CHECK-NEXT: "name": "cascade_1_attention",
// CHECK:      "family": "decode",
// CHECK-NEXT: "merge_kernel": "cascade_2_merge",
// CHECK-NEXT: "name": "cascade_2_attention",
// CHECK:        "max_qo_len": 1,
// CHECK:      "family": "merge",
// CHECK-NEXT: "name": "cascade_merge_state",
// CHECK:        "merge": "state",
// CHECK:        "return_lse": true,
// CHECK:      "family": "merge",
// CHECK-NEXT: "name": "cascade_1_merge_state",
