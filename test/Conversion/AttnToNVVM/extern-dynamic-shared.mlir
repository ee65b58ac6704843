// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(gpu.module(attn-extern-dynamic-shared))" | FileCheck %s
// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(gpu.module(attn-extern-dynamic-shared{min-alignment=16}))" | FileCheck %s --check-prefix=A16

// The base convert-gpu-to-nvvm makes for gpu.dynamic_shared_memory becomes a declaration
// (CUDA's extern __shared__ array) aligned to 1024 bytes; static shared buffers, globals in
// other address spaces and a larger alignment are left alone.
// CHECK-LABEL: gpu.module @kernels
// CHECK: llvm.mlir.global external @__dynamic_shmem__0() {addr_space = 3 : i32, alignment = 1024 : i64} : !llvm.array<0 x i8>
// CHECK: llvm.mlir.global external @__dynamic_shmem__1() {addr_space = 3 : i32, alignment = 2048 : i64} : !llvm.array<0 x i8>
// CHECK: llvm.mlir.global internal @__wg_scratch() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<768 x i8>
// CHECK: llvm.mlir.global internal @__generic_empty() {addr_space = 0 : i32, alignment = 16 : i64} : !llvm.array<0 x i8>
// A16: llvm.mlir.global external @__dynamic_shmem__0() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<0 x i8>
gpu.module @kernels {
  llvm.mlir.global internal @__dynamic_shmem__0() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<0 x i8>
  llvm.mlir.global internal @__dynamic_shmem__1() {addr_space = 3 : i32, alignment = 2048 : i64} : !llvm.array<0 x i8>
  llvm.mlir.global internal @__wg_scratch() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<768 x i8>
  llvm.mlir.global internal @__generic_empty() {alignment = 16 : i64} : !llvm.array<0 x i8>
  llvm.func @k() attributes {nvvm.kernel} {
    %0 = llvm.mlir.addressof @__dynamic_shmem__0 : !llvm.ptr<3>
    %1 = llvm.mlir.addressof @__wg_scratch : !llvm.ptr<3>
    llvm.return
  }
}
