// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(gpu.module(convert-attn-to-nvvm))" | FileCheck %s

// The conversion is partial: only the attn ops are rewritten. The ops around them, and those
// the patterns create, are left as they are: not folded (x + 0 stays), not lowered (the
// memref load, the gpu barrier).
// CHECK-LABEL: gpu.func @only_attn_ops
// CHECK: %[[C0:.*]] = arith.constant 0 : index
// CHECK: %[[X:.*]] = arith.addi %arg0, %[[C0]] : index
// CHECK: %[[V:.*]] = memref.load %arg1[%[[X]]] : memref<8xi32>
// CHECK: %[[R:.*]] = llvm.inline_asm has_side_effects "mov.b32 $0, $1;", "=r,r" %[[V]] : (i32) -> i32
// CHECK: nvvm.cp.async.commit.group
// CHECK: gpu.barrier
// CHECK: nvvm.cp.async.wait.group 2
// CHECK: memref.store %[[R]], %arg1[%[[C0]]] : memref<8xi32>
// CHECK-NOT: attn.
gpu.module @m {
  gpu.func @only_attn_ops(%i: index, %buf: memref<8xi32>) kernel {
    %c0 = arith.constant 0 : index
    %x = arith.addi %i, %c0 : index
    %v = memref.load %buf[%x] : memref<8xi32>
    %r = attn.recompute %v : i32
    attn.commit_kv_tiles
    gpu.barrier
    attn.wait_kv_tiles pending = 2
    memref.store %r, %buf[%c0] : memref<8xi32>
    gpu.return
  }
}

// -----

// A kernel with attn.mma asks for every register (PTX ISA .maxnreg 255); one without keeps the
// default. Chained attn.mma ops: the second reads the first's replacement.
// CHECK-LABEL: gpu.func @mma_kernel
// CHECK-SAME: nvvm.maxnreg = 255 : i32
// CHECK: %[[D:.*]] = vector.from_elements
// CHECK: vector.extract %[[D]][0, 0] : f32 from vector<2x2xf32>
// CHECK: nvvm.mma.sync
// CHECK: %[[E:.*]] = vector.from_elements
// CHECK: vector.store %[[E]]
// CHECK-LABEL: gpu.func @no_mma_kernel
// CHECK-NOT: nvvm.maxnreg
gpu.module @m {
  gpu.func @mma_kernel(%a: vector<4x2xf16>, %b: vector<2x2xf16>, %c: vector<2x2xf32>, %out: memref<2x2xf32>) kernel {
    %d = attn.mma %a, %b, %c : vector<4x2xf16>, vector<2x2xf16> -> vector<2x2xf32>
    %e = attn.mma %a, %b, %d : vector<4x2xf16>, vector<2x2xf16> -> vector<2x2xf32>
    %c0 = arith.constant 0 : index
    vector.store %e, %out[%c0, %c0] : memref<2x2xf32>, vector<2x2xf32>
    gpu.return
  }
  gpu.func @no_mma_kernel() kernel {
    attn.commit_kv_tiles
    gpu.return
  }
}

// -----

// The tile's address space comes from the type converter's gpu mapping: a workgroup memref is
// a shared-memory (addrspace 3) descriptor; a kernel buffer (generic) is cast to global (1).
// CHECK-LABEL: gpu.func @copy_workgroup_tiles
// CHECK-DAG: %[[KT:.*]] = builtin.unrealized_conversion_cast %arg6 : memref<2x32x128xbf16, #gpu.address_space<workgroup>> to !llvm.struct<(ptr<3>, ptr<3>, i64, array<3 x i64>, array<3 x i64>)>
// CHECK-DAG: %[[KD:.*]] = builtin.unrealized_conversion_cast %arg0 : memref<?x8x128xbf16> to !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
// CHECK: %[[KA:.*]] = llvm.extractvalue %[[KD]][1]
// CHECK: llvm.addrspacecast %[[KA]] : !llvm.ptr to !llvm.ptr<1>
// CHECK: %[[KTA:.*]] = llvm.extractvalue %[[KT]][1] : !llvm.struct<(ptr<3>, ptr<3>, i64, array<3 x i64>, array<3 x i64>)>
// CHECK: %[[DST:.*]] = llvm.getelementptr inbounds %[[KTA]][%{{.*}}] : (!llvm.ptr<3>, i32) -> !llvm.ptr<3>, bf16
// CHECK: nvvm.cp.async.shared.global %[[DST]]
gpu.module @m {
  gpu.func @copy_workgroup_tiles(%k: memref<?x8x128xbf16>, %v: memref<?x8x128xbf16>, %kb: index, %h: index,
                                 %col: index, %stage: index,
                                 %ks: memref<2x32x128xbf16, #gpu.address_space<workgroup>>,
                                 %vs: memref<2x32x128xbf16, #gpu.address_space<workgroup>>,
                                 %ke: index, %t: index, %g: index) kernel {
    attn.copy_kv_tile k(%k : memref<?x8x128xbf16>) v(%v : memref<?x8x128xbf16>) pages() head %h col %col tile %t group %g keys[%kb, %ke) into(%ks, %vs : memref<2x32x128xbf16, #gpu.address_space<workgroup>>, memref<2x32x128xbf16, #gpu.address_space<workgroup>>)[%stage] {async, keys32, page_size = 1 : i64, rows_per_group = 2 : i64, swizzle, tile_kv = 32 : i64, vec = 8 : i64}
    gpu.return
  }
}
