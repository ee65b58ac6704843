// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(gpu.module(attn-bare-ptr-abi))" -verify-diagnostics | FileCheck %s

// Every memref kernel argument becomes one pointer; the descriptor is rebuilt from the static
// trailing dimensions (strides [4096, 128, 1]); scalars are kept.
// CHECK-LABEL: gpu.func @k
// CHECK-SAME: (%[[P:.*]]: !llvm.ptr {attn.param = "q"}, %[[N:.*]]: !llvm.ptr, %[[S:.*]]: f32) kernel
// CHECK: %[[D0:.*]] = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
// CHECK: %[[D1:.*]] = llvm.insertvalue %[[P]], %[[D0]][0]
// CHECK: %[[D2:.*]] = llvm.insertvalue %[[P]], %[[D1]][1]
// CHECK-DAG: llvm.mlir.constant(4096 : index) : i64
// CHECK-DAG: llvm.mlir.constant(9223372036854775807 : index) : i64
// CHECK: %[[Q:.*]] = builtin.unrealized_conversion_cast %{{.*}} : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<?x32x128xbf16>
// CHECK: %[[NUM:.*]] = builtin.unrealized_conversion_cast %{{.*}} : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<1xi32>
// CHECK: memref.load %[[NUM]]
// CHECK: memref.load %[[Q]]
gpu.module @m {
  gpu.func @k(%q: memref<?x32x128xbf16> {attn.param = "q"}, %n: memref<1xi32>, %s: f32) kernel {
    %c0 = arith.constant 0 : index
    %0 = memref.load %n[%c0] : memref<1xi32>
    %1 = memref.load %q[%c0, %c0, %c0] : memref<?x32x128xbf16>
    gpu.return
  }
}

// -----

// Device functions keep their signature.
// CHECK-LABEL: gpu.func @helper
// CHECK-SAME: (%{{.*}}: memref<?xf32>)
gpu.module @m {
  gpu.func @helper(%a: memref<?xf32>) {
    gpu.return
  }
}

// -----

gpu.module @m {
  // expected-error @+1 {{cannot pass argument #0 as a bare pointer: only the leading dimension may be dynamic, got 'memref<?x?xf32>'}}
  gpu.func @k(%a: memref<?x?xf32>) kernel {
    gpu.return
  }
}

// -----

gpu.module @m {
  // expected-error @+1 {{cannot pass argument #1 as a bare pointer: expected an identity layout in the default memory space, got 'memref<8xf32, strided<[2]>>'}}
  gpu.func @k(%a: memref<8xf32>, %b: memref<8xf32, strided<[2]>>) kernel {
    gpu.return
  }
}

// -----

// Workgroup attributions are not parameters and keep their memref type.
// CHECK-LABEL: gpu.func @attributions
// CHECK-SAME: (%{{.*}}: !llvm.ptr) workgroup(%{{.*}} : memref<4xf32, #gpu.address_space<workgroup>>) kernel
gpu.module @m {
  gpu.func @attributions(%a: memref<8xf32>) workgroup(%w: memref<4xf32, #gpu.address_space<workgroup>>) kernel {
    gpu.return
  }
}

// -----

// A tensor map (attn.tensor_map, 128 bytes passed by value) is a pointer like the others; the
// kernel records its position for attn-grid-constant-params.
// CHECK-LABEL: gpu.func @maps
// CHECK-SAME: (%{{.*}}: !llvm.ptr {attn.param = "k"}, %{{.*}}: !llvm.ptr {attn.param = "k_tmap", attn.tensor_map}, %{{.*}}: !llvm.ptr {attn.param = "v_tmap", attn.tensor_map})
// CHECK-SAME: attn.grid_constant_params = array<i64: 1, 2>
gpu.module @m {
  gpu.func @maps(%k: memref<?x8x128xbf16> {attn.param = "k"},
                 %km: memref<128xi8> {attn.param = "k_tmap", attn.tensor_map},
                 %vm: memref<128xi8> {attn.param = "v_tmap", attn.tensor_map}) kernel {
    gpu.return
  }
}

// -----

gpu.module @m {
  // expected-error @+1 {{expected tensor-map argument #0 to be memref<128xi8>, got 'memref<64xi8>'}}
  gpu.func @short_map(%km: memref<64xi8> {attn.tensor_map}) kernel {
    gpu.return
  }
}
