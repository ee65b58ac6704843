// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(gpu.module(attn-grid-constant-params))" -verify-diagnostics | FileCheck %s
// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(gpu.module(attn-grid-constant-params),gpu-module-to-binary{format=isa})" -verify-diagnostics -o - 2>&1 | FileCheck %s --check-prefix=PTX

// The parameters attn-bare-ptr-abi recorded become 128-byte by-value __grid_constant__
// parameters; the record is dropped; other parameters keep their attributes.
// CHECK-LABEL: llvm.func @k
// CHECK-SAME: (%{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr {llvm.align = 64 : i64, llvm.byval = !llvm.array<128 x i8>, nvvm.grid_constant}, %{{.*}}: !llvm.ptr)
// CHECK-NOT: attn.grid_constant_params
// The backend declares a 64-byte aligned 128-byte parameter, and the address the kernel
// stores is its generic one (cvta.param), which is what cp.async.bulk.tensor takes.
// PTX: .param .u64 .ptr .align 1 k_param_0,\0A\09.param .align 64 .b8 k_param_1[128],
// PTX-SAME: mov.b64 \09%[[P:rd[0-9]+]], k_param_1;\0A\09cvta.param.u64 \09%[[G:rd[0-9]+]], %[[P]];
// PTX-SAME: st.global.b64 \09[%{{rd[0-9]+}}], %[[G]];
gpu.module @m [#nvvm.target<chip = "sm_90a">] {
  llvm.func @k(%a: !llvm.ptr, %map: !llvm.ptr, %out: !llvm.ptr) attributes {attn.grid_constant_params = array<i64: 1>, gpu.kernel, nvvm.kernel} {
    llvm.store %map, %out : !llvm.ptr, !llvm.ptr
    llvm.return
  }
}

// -----

gpu.module @m {
  // expected-error @+1 {{expected parameter #2 of attn.grid_constant_params to be a pointer}}
  llvm.func @k(%a: !llvm.ptr, %b: i32) attributes {attn.grid_constant_params = array<i64: 2>, gpu.kernel, nvvm.kernel} {
    llvm.return
  }
}

// -----

// A declaration (found by attn-opt-fuzz: the pass read the parameter from the entry block,
// which a declaration does not have): its parameters come from the function type.
// CHECK-LABEL: llvm.func @decl
// CHECK-SAME: (!llvm.ptr, !llvm.ptr {llvm.align = 64 : i64, llvm.byval = !llvm.array<128 x i8>, nvvm.grid_constant})
// CHECK-NOT: attn.grid_constant_params
gpu.module @m [#nvvm.target<chip = "sm_90a">] {
  llvm.func @decl(!llvm.ptr, !llvm.ptr) attributes {attn.grid_constant_params = array<i64: 1>, nvvm.kernel}
}

// -----

gpu.module @m {
  // expected-error @+1 {{expected parameter #0 of attn.grid_constant_params to be a pointer}}
  llvm.func @decl(i32) attributes {attn.grid_constant_params = array<i64: 0>, nvvm.kernel}
}

// -----

// Only a kernel's parameters can be __grid_constant__.
gpu.module @m {
  // expected-error @+1 {{expected attn.grid_constant_params on a kernel (nvvm.kernel)}}
  llvm.func @device(%p: !llvm.ptr) attributes {attn.grid_constant_params = array<i64: 0>} {
    llvm.return
  }
}
