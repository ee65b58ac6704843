// REQUIRES: ptxas
// attn-compile assembles the PTX with ptxas -v and records its resource report; with
// --ptxas-check any local memory (spills or a stack frame) fails the build.
// RUN: rm -rf %t && split-file %s %t
// RUN: attn-compile %t/ok.mlir --no-pipeline --toolkit=%cuda_toolkit --ptxas-check --dump-ptx -o %t/ok | FileCheck %s --check-prefix=SUMMARY
// RUN: FileCheck %s --input-file=%t/ok/manifest.json
// RUN: od -A n -t x1 -N 4 %t/ok/k_kernels.cubin | FileCheck %s --check-prefix=ELF
// RUN: FileCheck %s --input-file=%t/ok/k_kernels.ptx --check-prefix=PTX
// RUN: attn-compile %t/local.mlir --no-pipeline --toolkit=%cuda_toolkit -o %t/local | FileCheck %s --check-prefix=LOCAL
// RUN: not attn-compile %t/local.mlir --no-pipeline --toolkit=%cuda_toolkit --ptxas-check -o %t/local2 2>&1 | FileCheck %s --check-prefix=CHECKFAIL
// A register of an in-flight wgmma read before the wait: ptxas waits there on its own (the MMAs
// are no longer asynchronous). attn-compile says so; --ptxas-check fails.
// RUN: attn-compile %t/wait.mlir --no-pipeline --toolkit=%cuda_toolkit -o %t/wait 2>&1 | FileCheck %s --check-prefix=INJECTED
// RUN: not attn-compile %t/wait.mlir --no-pipeline --toolkit=%cuda_toolkit --ptxas-check -o %t/wait2 2>&1 | FileCheck %s --check-prefix=INJECTFAIL

// SUMMARY: k_attention attention block=128x1x1 dsmem=21504 regs={{[0-9]+}} smem=0 spills=0/0 stack=0
// SUMMARY: k_merge merge block=128x1x1 dsmem=0 regs={{[0-9]+}} smem=0 spills=0/0 stack=0

// CHECK-LABEL: "arch": "sm_90a",
// CHECK:         "binary": "k_kernels.cubin",
// CHECK-NEXT:    "binary_kind": "cubin",
// CHECK:         "name": "k_attention",
// CHECK:         "resources": {
// CHECK-NEXT:      "registers": {{[1-9][0-9]*}},
// CHECK-NEXT:      "shared_bytes": 0,
// CHECK-NEXT:      "spill_loads": 0,
// CHECK-NEXT:      "spill_stores": 0,
// CHECK-NEXT:      "stack_frame": 0
// CHECK-NEXT:    },
// CHECK:         "name": "k_merge",
// CHECK:         "resources": {

// ELF: 7f 45 4c 46
// PTX: .visible .entry k_attention(

// LOCAL: k_attention {{.*}} spills=0/0 stack=256
// CHECKFAIL: attn-compile: error: --ptxas-check: kernels use local memory:
// CHECKFAIL-NEXT: kernel 'k_attention': 0 bytes spill stores, 0 bytes spill loads, 256 bytes stack frame ({{[0-9]+}} registers)

// INJECTED: attn-compile: ptxas on @k_kernels: ptxas info {{.*}}warpgroup.wait is injected
// INJECTED: k_attention attention
// INJECTFAIL: attn-compile: error: --ptxas-check: ptxas serialized the warpgroup MMAs of @k_kernels

//--- ok.mlir
module attributes {gpu.container_module} {
  gpu.binary @k_kernels [#gpu.object<#nvvm.target<O = 3, chip = "sm_90a">, assembly = ".version 8.0\0A.target sm_90a\0A.address_size 64\0A\0A.visible .entry k_attention(.param .u64 k_attention_param_0)\0A{\0A .reg .b32 %r<3>;\0A .reg .b64 %rd<3>;\0A ld.param.u64 %rd1, [k_attention_param_0];\0A cvta.to.global.u64 %rd2, %rd1;\0A ld.global.u32 %r1, [%rd2];\0A add.s32 %r2, %r1, 1;\0A st.global.u32 [%rd2], %r2;\0A ret;\0A}\0A\0A.visible .entry k_merge(.param .u64 k_merge_param_0)\0A{\0A .reg .b32 %r<3>;\0A .reg .b64 %rd<3>;\0A ld.param.u64 %rd1, [k_merge_param_0];\0A cvta.to.global.u64 %rd2, %rd1;\0A ld.global.u32 %r1, [%rd2];\0A add.s32 %r2, %r1, 2;\0A st.global.u32 [%rd2], %r2;\0A ret;\0A}\0A">]
  attn.kernel_abi @k_attention for @k_kernels::@k_attention {block = array<i32: 128, 1, 1>, dynamic_smem = 21504 : i64, family = "decode", role = "attention", params = [{kind = "ptr", name = "q"}, {kind = "ptr", name = "qo_indptr"}, {kind = "ptr", name = "k_cache"}, {kind = "ptr", name = "v_cache"}, {kind = "ptr", name = "kv_indptr"}, {kind = "ptr", name = "kv_indices"}, {kind = "ptr", name = "kv_last_page_len"}, {kind = "ptr", name = "work_request"}, {kind = "ptr", name = "work_kv_begin"}, {kind = "ptr", name = "work_kv_end"}, {kind = "ptr", name = "work_partial"}, {kind = "ptr", name = "num_work"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}, {kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}], tile = {bdx = 16 : i64, bdy = 4 : i64, bdz = 2 : i64, sm = 90 : i64, split_kv = true, stages = 4 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 8 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  attn.kernel_abi @k_merge for @k_kernels::@k_merge {block = array<i32: 128, 1, 1>, dynamic_smem = 0 : i64, family = "decode", role = "merge", params = [{kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}, {kind = "ptr", name = "merge_indptr"}, {kind = "ptr", name = "num_rows"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}], tile = {bdx = 16 : i64, heads_per_cta = 8 : i64, sm = 90 : i64, split_kv = true, stages = 4 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 8 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {dtype = "bf16", head_dim = 128 : i64, num_qo_heads = 32 : i64}}
}

//--- local.mlir
module attributes {gpu.container_module} {
  gpu.binary @k_kernels [#gpu.object<#nvvm.target<O = 3, chip = "sm_90a">, assembly = ".version 8.0\0A.target sm_90a\0A.address_size 64\0A.visible .entry k_attention(.param .u64 p, .param .u32 i)\0A{\0A .local .align 4 .b8 buf[256];\0A .reg .b64 %rd<6>;\0A .reg .b32 %r<4>;\0A ld.param.u64 %rd1, [p];\0A ld.param.u32 %r1, [i];\0A mov.u64 %rd2, buf;\0A mul.wide.u32 %rd3, %r1, 4;\0A add.u64 %rd4, %rd2, %rd3;\0A st.local.u32 [%rd4], %r1;\0A ld.local.u32 %r2, [%rd2];\0A cvta.to.global.u64 %rd5, %rd1;\0A st.global.u32 [%rd5], %r2;\0A ret;\0A}\0A">]
  attn.kernel_abi @k_attention for @k_kernels::@k_attention {block = array<i32: 128, 1, 1>, dynamic_smem = 21504 : i64, family = "decode", role = "attention", params = [{kind = "ptr", name = "q"}, {kind = "ptr", name = "qo_indptr"}, {kind = "ptr", name = "k_cache"}, {kind = "ptr", name = "v_cache"}, {kind = "ptr", name = "kv_indptr"}, {kind = "ptr", name = "kv_indices"}, {kind = "ptr", name = "kv_last_page_len"}, {kind = "ptr", name = "work_request"}, {kind = "ptr", name = "work_kv_begin"}, {kind = "ptr", name = "work_kv_end"}, {kind = "ptr", name = "work_partial"}, {kind = "ptr", name = "num_work"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}], tile = {bdx = 16 : i64, bdy = 4 : i64, bdz = 2 : i64, sm = 90 : i64, split_kv = false, stages = 4 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 8 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
}

//--- wait.mlir
module attributes {gpu.container_module} {
  gpu.binary @k_kernels [#gpu.object<#nvvm.target<O = 3, chip = "sm_90a">, assembly = ".version 8.0\0A.target sm_90a\0A.address_size 64\0A.visible .entry k_attention(.param .u64 p)\0A{\0A .reg .f32 %f<5>;\0A .reg .b64 %rd<4>;\0A .reg .pred %q;\0A ld.param.u64 %rd1, [p];\0A ld.global.u64 %rd3, [%rd1];\0A mov.f32 %f1, 0f00000000;\0A mov.f32 %f2, 0f00000000;\0A mov.f32 %f3, 0f00000000;\0A mov.f32 %f4, 0f00000000;\0A setp.ne.b64 %q, %rd3, 0;\0A wgmma.fence.sync.aligned;\0A wgmma.mma_async.sync.aligned.m64n8k16.f32.bf16.bf16 {%f1, %f2, %f3, %f4}, %rd3, %rd3, %q, 1, 1, 0, 0;\0A wgmma.commit_group.sync.aligned;\0A add.f32 %f1, %f1, 0f3F800000;\0A wgmma.wait_group.sync.aligned 0;\0A st.global.f32 [%rd1], %f1;\0A st.global.f32 [%rd1+4], %f2;\0A st.global.f32 [%rd1+8], %f3;\0A st.global.f32 [%rd1+12], %f4;\0A ret;\0A}\0A">]
  attn.kernel_abi @k_attention for @k_kernels::@k_attention {block = array<i32: 128, 1, 1>, dynamic_smem = 0 : i64, family = "decode", role = "attention", params = [{kind = "ptr", name = "q"}], tile = {sm = 90 : i64, strategy = "decode", threads = 128 : i64}, variant = {dtype = "bf16", head_dim = 128 : i64}}
}
