// The merge kernels the whole way from attn IR to PTX and a bundle: family "merge", role
// "kernel", the variant the runtime matches against (form, output and state types, s_out),
// 16-byte loads of f32 states, the base-2 exponentials and logarithm of the online merge.
// RUN: rm -rf %t && attn-compile %s --sm=90 --format=ptx -o %t | FileCheck %s --check-prefix=SUMMARY
// RUN: FileCheck %s --input-file=%t/manifest.json
// RUN: FileCheck %s --input-file=%t/cascade_merge_state_kernels.ptx --check-prefix=STATE
// RUN: FileCheck %s --input-file=%t/cascade_merge_states_kernels.ptx --check-prefix=STATES

// SUMMARY: cascade_merge_state kernel block=256x1x1 dsmem=0{{$}}
// SUMMARY: cascade_merge_states kernel block=256x1x1 dsmem=0{{$}}
// SUMMARY: wrote 2 kernel(s) in 2 binary file(s) for sm_90a

func.func @cascade(%va: memref<?x32x128xf32>, %sa: memref<?x32xf32>, %vb: memref<?x32x128xf32>,
                   %sb: memref<?x32xf32>, %o: memref<?x32x128xbf16>, %so: memref<?x32xf32>,
                   %v: memref<?x?x32x128xbf16>, %s: memref<?x?x32xf32>) {
  attn.merge_state ins(%va, %sa, %vb, %sb : memref<?x32x128xf32>, memref<?x32xf32>,
                                            memref<?x32x128xf32>, memref<?x32xf32>)
                   outs(%o, %so : memref<?x32x128xbf16>, memref<?x32xf32>)
  attn.merge_states ins(%v, %s : memref<?x?x32x128xbf16>, memref<?x?x32xf32>)
                    outs(%o : memref<?x32x128xbf16>)
  return
}

// CHECK-LABEL: "arch": "sm_90a",
// CHECK:         "binary": "cascade_merge_state_kernels.ptx",
// CHECK:         "family": "merge",
// CHECK-NEXT:    "name": "cascade_merge_state",
// CHECK:             "name": "s_out"
// CHECK:             "kind": "i32",
// CHECK-NEXT:        "name": "num_rows"
// CHECK:         "role": "kernel",
// CHECK-NEXT:    "tile": {
// CHECK-NEXT:      "threads": 256,
// CHECK-NEXT:      "vec": 4
// CHECK-NEXT:    },
// CHECK-NEXT:    "variant": {
// CHECK-NEXT:      "dtype": "bf16",
// CHECK-NEXT:      "head_dim": 128,
// CHECK-NEXT:      "merge": "state",
// CHECK-NEXT:      "num_qo_heads": 32,
// CHECK-NEXT:      "num_states": 2,
// CHECK-NEXT:      "return_lse": true,
// CHECK-NEXT:      "state_dtype": "f32"
// CHECK:         "binary": "cascade_merge_states_kernels.ptx",
// CHECK:         "family": "merge",
// CHECK-NEXT:    "name": "cascade_merge_states",
// CHECK:             "name": "num_states"
// CHECK:         "variant": {
// CHECK-NEXT:      "dtype": "bf16",
// CHECK-NEXT:      "head_dim": 128,
// CHECK-NEXT:      "merge": "states",
// CHECK-NEXT:      "num_qo_heads": 32,
// CHECK-NEXT:      "return_lse": false,
// CHECK-NEXT:      "state_dtype": "bf16"

// STATE: .entry cascade_merge_state(
// STATE: ld.global.v4.b32
// STATE: ex2.approx
// STATE: st.global.v2.b32
// STATE: lg2.approx
// STATE: st.global.b32
// STATES: .entry cascade_merge_states(
// STATES-DAG: ld.global.v4.b32
// STATES-DAG: ex2.approx
// STATES-DAG: st.global.v4.b32
