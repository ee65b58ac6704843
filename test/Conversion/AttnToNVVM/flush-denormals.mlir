// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(gpu.module(attn-flush-denormals))" | FileCheck %s
// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(gpu.module(attn-flush-denormals{tensor-core-only=false}))" | FileCheck %s --check-prefix=ALL

// A module with a tensor-core kernel: its defined functions get f32 flush-to-zero, the module
// gets nvvm-reflect-ftz = 1, which selects libdevice's .ftz paths (__nv_exp2f becomes a bare
// ex2.approx.ftz.f32). Declarations are left alone, and other module flags are kept.
// CHECK-LABEL: gpu.module @tensor_cores
// CHECK: llvm.module_flags [#llvm.mlir.module_flag<error, "wchar_size", 4 : i32>, #llvm.mlir.module_flag<override, "nvvm-reflect-ftz", 1 : i32>]
// CHECK-NOT: llvm.module_flags
// CHECK: llvm.func @__nv_exp2f(f32) -> f32
// CHECK-NOT: denormal_fp_math_f32
// CHECK: llvm.func @k({{.*}}) -> f32 attributes {denormal_fp_math_f32 = "preserve-sign", nvvm.kernel}
gpu.module @tensor_cores {
  llvm.module_flags [#llvm.mlir.module_flag<error, "wchar_size", 4 : i32>]
  llvm.func @__nv_exp2f(f32) -> f32
  llvm.func @k(%x: f32, %a0: i32, %a1: i32, %a2: i32, %a3: i32, %b0: i32, %b1: i32) -> f32 attributes {nvvm.kernel} {
    %d = nvvm.mma.sync A[%a0, %a1, %a2, %a3] B[%b0, %b1] C[%x, %x, %x, %x]
      {layoutA = #nvvm.mma_layout<row>, layoutB = #nvvm.mma_layout<col>,
       multiplicandAPtxType = #nvvm.mma_type<bf16>, multiplicandBPtxType = #nvvm.mma_type<bf16>,
       shape = #nvvm.shape<m = 16, n = 8, k = 16>} : (i32, i32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
    %s = llvm.extractvalue %d[0] : !llvm.struct<(f32, f32, f32, f32)>
    %y = llvm.call @__nv_exp2f(%s) : (f32) -> f32
    llvm.return %y : f32
  }
}

// -----

// A module with warpgroup MMAs, issued as inline assembly (the sm_90a prefill kernels), is a
// tensor-core module too.
// CHECK-LABEL: gpu.module @warpgroup_mmas
// CHECK: llvm.module_flags [#llvm.mlir.module_flag<override, "nvvm-reflect-ftz", 1 : i32>]
// CHECK: llvm.func @k({{.*}}) -> f32 attributes {denormal_fp_math_f32 = "preserve-sign", nvvm.kernel}
gpu.module @warpgroup_mmas {
  llvm.func @__nv_exp2f(f32) -> f32
  llvm.func @k(%x: f32, %d: i64) -> f32 attributes {nvvm.kernel} {
    %r = llvm.inline_asm has_side_effects asm_dialect = att
        "wgmma.mma_async.sync.aligned.m64n8k16.f32.bf16.bf16 {$0, $1, $2, $3}, $4, $4, 1, 1, 1, 0, 0;",
        "=f,=f,=f,=f,l" %d : (i64) -> !llvm.struct<(f32, f32, f32, f32)>
    %s = llvm.extractvalue %r[0] : !llvm.struct<(f32, f32, f32, f32)>
    %y = llvm.call @__nv_exp2f(%s) : (f32) -> f32
    llvm.return %y : f32
  }
}

// -----

// A module without tensor-core kernels (decode, the standalone ops) is left as it is, unless
// tensor-core-only=false.
// CHECK-LABEL: gpu.module @cuda_cores
// CHECK-NOT: llvm.module_flags
// CHECK-NOT: denormal_fp_math_f32
// ALL-LABEL: gpu.module @cuda_cores
// ALL: llvm.module_flags [#llvm.mlir.module_flag<override, "nvvm-reflect-ftz", 1 : i32>]
// ALL: llvm.func @k(%{{.*}}: f32) -> f32 attributes {denormal_fp_math_f32 = "preserve-sign", nvvm.kernel}
gpu.module @cuda_cores {
  llvm.func @__nv_exp2f(f32) -> f32
  llvm.func @k(%x: f32) -> f32 attributes {nvvm.kernel} {
    %y = llvm.call @__nv_exp2f(%x) : (f32) -> f32
    llvm.return %y : f32
  }
}

// -----

// An existing nvvm-reflect-ftz flag is overridden, not duplicated (and, in a module without
// tensor-core kernels, kept by default).
// CHECK-LABEL: gpu.module @reflect
// CHECK: llvm.module_flags [#llvm.mlir.module_flag<override, "nvvm-reflect-ftz", 0 : i32>]
// ALL-LABEL: gpu.module @reflect
// ALL: llvm.module_flags [#llvm.mlir.module_flag<override, "nvvm-reflect-ftz", 1 : i32>]
// ALL-NOT: nvvm-reflect-ftz", 0
gpu.module @reflect {
  llvm.module_flags [#llvm.mlir.module_flag<override, "nvvm-reflect-ftz", 0 : i32>]
}
