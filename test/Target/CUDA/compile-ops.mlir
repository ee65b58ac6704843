// The standalone ops the whole way from attn IR to PTX and a bundle: one kernel per op with
// role "kernel", the variant the runtime matches against, 16-byte global loads and stores.
// RUN: rm -rf %t && attn-compile %s --sm=90 --format=ptx -o %t | FileCheck %s --check-prefix=SUMMARY
// RUN: FileCheck %s --input-file=%t/manifest.json
// RUN: FileCheck %s --input-file=%t/ops_append_kv_kernels.ptx --check-prefix=APPEND
// RUN: FileCheck %s --input-file=%t/ops_rope_kernels.ptx --check-prefix=ROPE

// SUMMARY: ops_append_kv kernel block=256x1x1 dsmem=0{{$}}
// SUMMARY: ops_rope kernel block=256x1x1 dsmem=0{{$}}
// SUMMARY: wrote 2 kernel(s) in 2 binary file(s) for sm_90a

!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @ops(%k: memref<?x8x128xbf16>, %v: memref<?x8x128xbf16>, %bi: memref<?xi32>,
               %pos: memref<?xi32>, %kp: memref<?x16x8x128xbf16>, %vp: memref<?x16x8x128xbf16>,
               %ip: memref<?xi32>, %ix: memref<?xi32>, %lp: memref<?xi32>,
               %q: memref<?x32x128xbf16>) {
  %kv = attn.paged_kv k(%kp : memref<?x16x8x128xbf16>) v(%vp : memref<?x16x8x128xbf16>)
          indptr(%ip : memref<?xi32>) indices(%ix : memref<?xi32>)
          last_page_len(%lp : memref<?xi32>) : !kv
  attn.append_paged_kv k(%k : memref<?x8x128xbf16>) v(%v : memref<?x8x128xbf16>)
      batch_indices(%bi : memref<?xi32>) positions(%pos : memref<?xi32>) into(%kv : !kv)
  attn.rope q(%q : memref<?x32x128xbf16>) k(%k : memref<?x8x128xbf16>) pos_ids(%pos : memref<?xi32>)
      outs(%q, %k : memref<?x32x128xbf16>, memref<?x8x128xbf16>)
      {rope = #attn.rope<llama3, rotary_dim = 128, theta = 500000.0, factor = 8.0>}
  return
}

// CHECK-LABEL: "arch": "sm_90a",
// CHECK:         "binary": "ops_append_kv_kernels.ptx",
// CHECK:         "family": "append_kv",
// CHECK-NEXT:    "name": "ops_append_kv",
// CHECK:             "kind": "i32",
// CHECK-NEXT:        "name": "kv_page_stride"
// CHECK:             "kind": "i32",
// CHECK-NEXT:        "name": "num_rows"
// CHECK:         "role": "kernel",
// CHECK-NEXT:    "tile": {
// CHECK-NEXT:      "threads": 256,
// CHECK-NEXT:      "vec": 8
// CHECK-NEXT:    },
// CHECK-NEXT:    "variant": {
// CHECK-NEXT:      "dtype": "bf16",
// CHECK-NEXT:      "head_dim": 128,
// CHECK-NEXT:      "kv_format": "paged",
// CHECK-NEXT:      "layout": "nhd",
// CHECK-NEXT:      "num_kv_heads": 8,
// CHECK-NEXT:      "page_size": 16
// CHECK:         "binary": "ops_rope_kernels.ptx",
// CHECK:         "family": "rope",
// CHECK-NEXT:    "name": "ops_rope",
// CHECK:         "role": "kernel",
// CHECK:         "variant": {
// CHECK-NEXT:      "dtype": "bf16",
// CHECK-NEXT:      "head_dim": 128,
// CHECK-NEXT:      "num_kv_heads": 8,
// CHECK-NEXT:      "num_qo_heads": 32,
// CHECK-NEXT:      "rope": "llama3",
// CHECK-NEXT:      "rope_factor": 8,
// CHECK-NEXT:      "rope_high_freq_factor": 4,
// CHECK-NEXT:      "rope_interleave": false,
// CHECK-NEXT:      "rope_low_freq_factor": 1,
// CHECK-NEXT:      "rope_original_max_position": 8192,
// CHECK-NEXT:      "rope_scale": 1,
// CHECK-NEXT:      "rope_theta": 500000,
// CHECK-NEXT:      "rotary_dim": 128

// APPEND-LABEL: .visible .entry ops_append_kv(
// APPEND-COUNT-2: ld.global.v4.b32
// APPEND-COUNT-2: st.global.v4.b32
// APPEND: ret;

// ROPE-LABEL: .visible .entry ops_rope(
// ROPE: ld.global.v4.b32
// ROPE: sin.approx.f32
// ROPE: cos.approx.f32
// ROPE: st.global.v4.b32
