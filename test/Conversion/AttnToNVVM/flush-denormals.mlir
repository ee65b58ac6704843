// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(gpu.module(attn-flush-denormals))" | FileCheck %s

// Every defined function gets f32 flush-to-zero; the module gets nvvm-reflect-ftz = 1, which
// selects libdevice's .ftz paths (__nv_exp2f becomes a bare ex2.approx.ftz.f32). Declarations
// are left alone, and other module flags are kept.
// CHECK-LABEL: gpu.module @kernels
// CHECK: llvm.module_flags [#llvm.mlir.module_flag<error, "wchar_size", 4 : i32>, #llvm.mlir.module_flag<override, "nvvm-reflect-ftz", 1 : i32>]
// CHECK-NOT: llvm.module_flags
// CHECK: llvm.func @__nv_exp2f(f32) -> f32
// CHECK-NOT: denormal_fp_math_f32
// CHECK: llvm.func @k(%{{.*}}: f32) -> f32 attributes {denormal_fp_math_f32 = "preserve-sign", nvvm.kernel}
gpu.module @kernels {
  llvm.module_flags [#llvm.mlir.module_flag<error, "wchar_size", 4 : i32>]
  llvm.func @__nv_exp2f(f32) -> f32
  llvm.func @k(%x: f32) -> f32 attributes {nvvm.kernel} {
    %y = llvm.call @__nv_exp2f(%x) : (f32) -> f32
    llvm.return %y : f32
  }
}

// -----

// An existing nvvm-reflect-ftz flag is overridden, not duplicated.
// CHECK-LABEL: gpu.module @reflect
// CHECK: llvm.module_flags [#llvm.mlir.module_flag<override, "nvvm-reflect-ftz", 1 : i32>]
gpu.module @reflect {
  llvm.module_flags [#llvm.mlir.module_flag<override, "nvvm-reflect-ftz", 0 : i32>]
}
