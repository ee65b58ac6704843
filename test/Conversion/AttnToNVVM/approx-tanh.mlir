// RUN: attn-opt %s -pass-pipeline="builtin.module(gpu.module(attn-approx-tanh))" | FileCheck %s

// A scalar f32 tanh that allows an approximation (the soft-cap's) becomes LLVM's tanh with
// afn, which NVPTX selects as tanh.approx.f32; a tanh without afn, or on another type, stays
// for libdevice.
// CHECK-LABEL: gpu.func @k
// CHECK:       %[[A:.*]] = llvm.intr.tanh(%{{.*}}) {fastmathFlags = #llvm.fastmath<afn>} : (f32) -> f32
// CHECK:       %[[B:.*]] = llvm.intr.tanh(%{{.*}}) {fastmathFlags = #llvm.fastmath<afn>} : (f32) -> f32
// CHECK:       math.tanh %{{.*}} : f32
// CHECK:       math.tanh %{{.*}} fastmath<afn> : f64
// CHECK:       math.tanh %{{.*}} fastmath<afn> : vector<2xf32>
// CHECK-NOT:   llvm.intr.tanh
gpu.module @kernels {
  gpu.func @k(%x: f32, %d: f64, %v: vector<2xf32>, %out: memref<4xf32>, %dout: memref<1xf64>,
              %vout: memref<1xvector<2xf32>>) kernel {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %a = math.tanh %x fastmath<afn> : f32
    %b = math.tanh %x fastmath<fast> : f32
    %c = math.tanh %x : f32
    %e = math.tanh %d fastmath<afn> : f64
    %f = math.tanh %v fastmath<afn> : vector<2xf32>
    memref.store %a, %out[%c0] : memref<4xf32>
    memref.store %b, %out[%c1] : memref<4xf32>
    memref.store %c, %out[%c2] : memref<4xf32>
    memref.store %e, %dout[%c0] : memref<1xf64>
    memref.store %f, %vout[%c0] : memref<1xvector<2xf32>>
    gpu.return
  }
}
