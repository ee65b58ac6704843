// Bundle writing from hand-written gpu.binary + attn.kernel_abi input: the manifest the
// runtime parses (docs/RUNTIME.md), PTX output (no ptxas needed).
// RUN: rm -rf %t && attn-compile %s --no-pipeline --format=ptx -o %t | FileCheck %s --check-prefix=SUMMARY
// RUN: FileCheck %s --input-file=%t/manifest.json
// RUN: FileCheck %s --input-file=%t/k_kernels.ptx --check-prefix=PTX

// SUMMARY: k_attention attention block=128x1x1 dsmem=21504{{$}}
// SUMMARY: k_merge merge block=128x1x1 dsmem=0{{$}}
// SUMMARY: wrote 2 kernel(s) in 1 binary file(s) for sm_90a to {{.*}} in {{[0-9.]+}} ms

// CHECK-LABEL: "arch": "sm_90a",
// CHECK-NEXT:  "format": "attn-bundle",
// CHECK-NEXT:  "kernels": [
// CHECK:         "binary": "k_kernels.ptx",
// CHECK-NEXT:    "binary_kind": "ptx",
// CHECK-NEXT:    "block": [
// CHECK-NEXT:      128,
// CHECK-NEXT:      1,
// CHECK-NEXT:      1
// CHECK-NEXT:    ],
// CHECK-NEXT:    "dynamic_smem": 21504,
// CHECK-NEXT:    "family": "decode",
// CHECK-NEXT:    "merge_kernel": "k_merge",
// CHECK-NEXT:    "name": "k_attention",
// CHECK-NEXT:    "params": [
// CHECK-NEXT:      {
// CHECK-NEXT:        "kind": "ptr",
// CHECK-NEXT:        "name": "q"
// CHECK-NEXT:      },
// CHECK-NEXT:      {
// CHECK-NEXT:        "kind": "ptr",
// CHECK-NEXT:        "name": "qo_indptr"
// CHECK:             "name": "tmp_lse"
// CHECK-NEXT:      }
// CHECK-NEXT:    ],
// CHECK-NEXT:    "role": "attention",
// CHECK-NEXT:    "tile": {
// CHECK-NEXT:      "bdx": 16,
// CHECK-NEXT:      "bdy": 4,
// CHECK-NEXT:      "bdz": 2,
// CHECK-NEXT:      "sm": 90,
// CHECK-NEXT:      "split_kv": true,
// CHECK-NEXT:      "stages": 4,
// CHECK-NEXT:      "strategy": "decode",
// CHECK-NEXT:      "threads": 128,
// CHECK-NEXT:      "tile_kv": 8,
// CHECK-NEXT:      "tile_q": 4,
// CHECK-NEXT:      "vec": 8
// CHECK-NEXT:    },
// CHECK-NEXT:    "variant": {
// CHECK-NEXT:      "alibi": false,
// CHECK-NEXT:      "dtype": "bf16",
// CHECK-NEXT:      "head_dim": 128,
// CHECK-NEXT:      "kv_dtype": "bf16",
// CHECK-NEXT:      "kv_format": "paged",
// CHECK-NEXT:      "layout": "nhd",
// CHECK-NEXT:      "logits_soft_cap": 0,
// CHECK-NEXT:      "mask": "causal",
// CHECK-NEXT:      "max_qo_len": 1,
// CHECK-NEXT:      "num_kv_heads": 8,
// CHECK-NEXT:      "num_qo_heads": 32,
// CHECK-NEXT:      "page_size": 16,
// CHECK-NEXT:      "return_lse": true,
// CHECK-NEXT:      "rope": "none",
// CHECK-NEXT:      "sm_scale": 0.088388347648318433,
// CHECK-NEXT:      "window_left": -1
// CHECK-NEXT:    }
// CHECK-NEXT:  },
// CHECK:         "binary": "k_kernels.ptx",
// CHECK:         "dynamic_smem": 0,
// CHECK-NEXT:    "family": "decode",
// CHECK-NEXT:    "name": "k_merge",
// CHECK:         "name": "merge_indptr"
// CHECK:         "role": "merge",
// CHECK:           "heads_per_cta": 8,
// CHECK:       "version": 1

// PTX: .target sm_90a
// PTX: .visible .entry k_attention(
// PTX: .visible .entry k_merge(

module attributes {gpu.container_module} {
  gpu.binary @k_kernels [#gpu.object<#nvvm.target<O = 3, chip = "sm_90a">, assembly = ".version 8.0\0A.target sm_90a\0A.address_size 64\0A\0A.visible .entry k_attention(.param .u64 k_attention_param_0)\0A{\0A .reg .b32 %r<3>;\0A .reg .b64 %rd<3>;\0A ld.param.u64 %rd1, [k_attention_param_0];\0A cvta.to.global.u64 %rd2, %rd1;\0A ld.global.u32 %r1, [%rd2];\0A add.s32 %r2, %r1, 1;\0A st.global.u32 [%rd2], %r2;\0A ret;\0A}\0A\0A.visible .entry k_merge(.param .u64 k_merge_param_0)\0A{\0A .reg .b32 %r<3>;\0A .reg .b64 %rd<3>;\0A ld.param.u64 %rd1, [k_merge_param_0];\0A cvta.to.global.u64 %rd2, %rd1;\0A ld.global.u32 %r1, [%rd2];\0A add.s32 %r2, %r1, 2;\0A st.global.u32 [%rd2], %r2;\0A ret;\0A}\0A">]
  attn.kernel_abi @k_attention for @k_kernels::@k_attention {block = array<i32: 128, 1, 1>, dynamic_smem = 21504 : i64, family = "decode", role = "attention", params = [{kind = "ptr", name = "q"}, {kind = "ptr", name = "qo_indptr"}, {kind = "ptr", name = "k_cache"}, {kind = "ptr", name = "v_cache"}, {kind = "ptr", name = "kv_indptr"}, {kind = "ptr", name = "kv_indices"}, {kind = "ptr", name = "kv_last_page_len"}, {kind = "ptr", name = "work_request"}, {kind = "ptr", name = "work_kv_begin"}, {kind = "ptr", name = "work_kv_end"}, {kind = "ptr", name = "work_partial"}, {kind = "ptr", name = "num_work"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}, {kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}], tile = {bdx = 16 : i64, bdy = 4 : i64, bdz = 2 : i64, sm = 90 : i64, split_kv = true, stages = 4 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 8 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  attn.kernel_abi @k_merge for @k_kernels::@k_merge {block = array<i32: 128, 1, 1>, dynamic_smem = 0 : i64, family = "decode", role = "merge", params = [{kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}, {kind = "ptr", name = "merge_indptr"}, {kind = "ptr", name = "num_rows"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}], tile = {bdx = 16 : i64, heads_per_cta = 8 : i64, sm = 90 : i64, split_kv = true, stages = 4 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 8 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {dtype = "bf16", head_dim = 128 : i64, num_qo_heads = 32 : i64}}
}
