// Bad input gives a diagnostic and a non-zero exit, never a crash.
// RUN: rm -rf %t && split-file %s %t
// RUN: not attn-compile %t/syntax.mlir --no-pipeline -o %t/o1 2>&1 | FileCheck %s --check-prefix=SYNTAX
// RUN: not attn-compile %t/nobinary.mlir --no-pipeline --format=ptx -o %t/o2 2>&1 | FileCheck %s --check-prefix=NOBINARY
// RUN: not attn-compile %t/noentry.mlir --no-pipeline --format=ptx -o %t/o3 2>&1 | FileCheck %s --check-prefix=NOENTRY
// RUN: not attn-compile %t/noabi.mlir --no-pipeline --format=ptx -o %t/o4 2>&1 | FileCheck %s --check-prefix=NOABI
// RUN: not attn-compile %t/gpumodule.mlir --no-pipeline --format=ptx -o %t/o5 2>&1 | FileCheck %s --check-prefix=GPUMODULE
// RUN: not attn-compile %t/noabi.mlir --no-pipeline --format=fatbin -o %t/o6 2>&1 | FileCheck %s --check-prefix=FORMAT
// RUN: not attn-compile %t/missing.mlir -o %t/o7 2>&1 | FileCheck %s --check-prefix=MISSING

// SYNTAX: syntax.mlir:2:3: error: custom op 'attn.kernel_ab' is unknown
// SYNTAX: attn-compile: error: cannot parse '{{.*}}syntax.mlir'

// NOBINARY: nobinary.mlir:2:3: error: kernel 'k_attention' refers to @k_kernels, which is not a gpu.binary
// NOBINARY: attn-compile: error: '{{.*}}nobinary.mlir' holds no complete kernel bundle

// NOENTRY: noentry.mlir:3:3: error: the PTX of @k_kernels has no entry 'k_attention'

// NOABI: error: expected at least one attn.kernel_abi op (run attn-outline)

// GPUMODULE: gpumodule.mlir:2:3: error: gpu.module @k_kernels was not compiled to a gpu.binary (run the pipeline, or drop --no-pipeline)

// FORMAT: attn-compile: error: unknown --format 'fatbin' (expected cubin or ptx)

// MISSING: attn-compile: error: cannot open input file '{{.*}}missing.mlir': No such file or directory

//--- syntax.mlir
module {
  attn.kernel_ab @k
}

//--- nobinary.mlir
module attributes {gpu.container_module} {
  attn.kernel_abi @k_attention for @k_kernels::@k_attention {block = array<i32: 128, 1, 1>, dynamic_smem = 21504 : i64, family = "decode", role = "attention", params = [{kind = "ptr", name = "q"}, {kind = "ptr", name = "qo_indptr"}, {kind = "ptr", name = "k_cache"}, {kind = "ptr", name = "v_cache"}, {kind = "ptr", name = "kv_indptr"}, {kind = "ptr", name = "kv_indices"}, {kind = "ptr", name = "kv_last_page_len"}, {kind = "ptr", name = "work_request"}, {kind = "ptr", name = "work_kv_begin"}, {kind = "ptr", name = "work_kv_end"}, {kind = "ptr", name = "work_partial"}, {kind = "ptr", name = "num_work"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}, {kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}], tile = {bdx = 16 : i64, bdy = 4 : i64, bdz = 2 : i64, sm = 90 : i64, split_kv = true, stages = 4 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 8 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
}

//--- noentry.mlir
module attributes {gpu.container_module} {
  gpu.binary @k_kernels [#gpu.object<#nvvm.target<O = 3, chip = "sm_90a">, assembly = ".version 8.0\0A.target sm_90a\0A.address_size 64\0A\0A.visible .entry k_other(.param .u64 k_other_param_0)\0A{\0A .reg .b32 %r<3>;\0A .reg .b64 %rd<3>;\0A ld.param.u64 %rd1, [k_other_param_0];\0A cvta.to.global.u64 %rd2, %rd1;\0A ld.global.u32 %r1, [%rd2];\0A add.s32 %r2, %r1, 1;\0A st.global.u32 [%rd2], %r2;\0A ret;\0A}\0A\0A.visible .entry k_merge(.param .u64 k_merge_param_0)\0A{\0A .reg .b32 %r<3>;\0A .reg .b64 %rd<3>;\0A ld.param.u64 %rd1, [k_merge_param_0];\0A cvta.to.global.u64 %rd2, %rd1;\0A ld.global.u32 %r1, [%rd2];\0A add.s32 %r2, %r1, 2;\0A st.global.u32 [%rd2], %r2;\0A ret;\0A}\0A">]
  attn.kernel_abi @k_attention for @k_kernels::@k_attention {block = array<i32: 128, 1, 1>, dynamic_smem = 21504 : i64, family = "decode", role = "attention", params = [{kind = "ptr", name = "q"}, {kind = "ptr", name = "qo_indptr"}, {kind = "ptr", name = "k_cache"}, {kind = "ptr", name = "v_cache"}, {kind = "ptr", name = "kv_indptr"}, {kind = "ptr", name = "kv_indices"}, {kind = "ptr", name = "kv_last_page_len"}, {kind = "ptr", name = "work_request"}, {kind = "ptr", name = "work_kv_begin"}, {kind = "ptr", name = "work_kv_end"}, {kind = "ptr", name = "work_partial"}, {kind = "ptr", name = "num_work"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}, {kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}], tile = {bdx = 16 : i64, bdy = 4 : i64, bdz = 2 : i64, sm = 90 : i64, split_kv = true, stages = 4 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 8 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
}

//--- noabi.mlir
module attributes {gpu.container_module} {
  gpu.binary @k_kernels [#gpu.object<#nvvm.target<O = 3, chip = "sm_90a">, assembly = ".version 8.0\0A.target sm_90a\0A.address_size 64\0A\0A.visible .entry k_attention(.param .u64 k_attention_param_0)\0A{\0A .reg .b32 %r<3>;\0A .reg .b64 %rd<3>;\0A ld.param.u64 %rd1, [k_attention_param_0];\0A cvta.to.global.u64 %rd2, %rd1;\0A ld.global.u32 %r1, [%rd2];\0A add.s32 %r2, %r1, 1;\0A st.global.u32 [%rd2], %r2;\0A ret;\0A}\0A\0A.visible .entry k_merge(.param .u64 k_merge_param_0)\0A{\0A .reg .b32 %r<3>;\0A .reg .b64 %rd<3>;\0A ld.param.u64 %rd1, [k_merge_param_0];\0A cvta.to.global.u64 %rd2, %rd1;\0A ld.global.u32 %r1, [%rd2];\0A add.s32 %r2, %r1, 2;\0A st.global.u32 [%rd2], %r2;\0A ret;\0A}\0A">]
}

//--- gpumodule.mlir
module attributes {gpu.container_module} {
  gpu.module @k_kernels {
  }
  attn.kernel_abi @k_attention for @k_kernels::@k_attention {block = array<i32: 128, 1, 1>, dynamic_smem = 21504 : i64, family = "decode", role = "attention", params = [{kind = "ptr", name = "q"}, {kind = "ptr", name = "qo_indptr"}, {kind = "ptr", name = "k_cache"}, {kind = "ptr", name = "v_cache"}, {kind = "ptr", name = "kv_indptr"}, {kind = "ptr", name = "kv_indices"}, {kind = "ptr", name = "kv_last_page_len"}, {kind = "ptr", name = "work_request"}, {kind = "ptr", name = "work_kv_begin"}, {kind = "ptr", name = "work_kv_end"}, {kind = "ptr", name = "work_partial"}, {kind = "ptr", name = "num_work"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "lse"}, {kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}], tile = {bdx = 16 : i64, bdy = 4 : i64, bdz = 2 : i64, sm = 90 : i64, split_kv = true, stages = 4 : i64, strategy = "decode", threads = 128 : i64, tile_kv = 8 : i64, tile_q = 4 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", max_qo_len = 1 : i64, num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = true, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
}
