// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(gpu.module(convert-attn-to-nvvm,canonicalize,cse))" | FileCheck %s

// attn.mma on bf16 fragments: the packed pairs travel as i32 registers into
// mma.sync m16n8k16 row.col with f32 accumulation, the result rebuilt as the 2x2 fragment.
// CHECK-LABEL: gpu.func @mma_bf16
// CHECK: %[[A0:.*]] = vector.extract %arg0[0] : vector<2xbf16> from vector<4x2xbf16>
// CHECK: %[[A0I:.*]] = vector.bitcast %[[A0]] : vector<2xbf16> to vector<1xi32>
// CHECK: vector.extract %[[A0I]][0] : i32 from vector<1xi32>
// CHECK: %[[D:.*]] = nvvm.mma.sync A[{{.*}}, {{.*}}, {{.*}}, {{.*}}]  B[{{.*}}, {{.*}}]  C[{{.*}}, {{.*}}, {{.*}}, {{.*}}]  {layoutA = #nvvm.mma_layout<row>, layoutB = #nvvm.mma_layout<col>, multiplicandAPtxType = #nvvm.mma_type<bf16>, multiplicandBPtxType = #nvvm.mma_type<bf16>, shape = #nvvm.shape<m = 16, n = 8, k = 16>} : (i32, i32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
// CHECK: %[[D0:.*]] = llvm.extractvalue %[[D]][0]
// CHECK: %[[D3:.*]] = llvm.extractvalue %[[D]][3]
// CHECK: vector.from_elements %[[D0]], %{{.*}}, %{{.*}}, %[[D3]] : vector<2x2xf32>
gpu.module @m {
  gpu.func @mma_bf16(%a: vector<4x2xbf16>, %b: vector<2x2xbf16>, %c: vector<2x2xf32>, %out: memref<2x2xf32>) kernel {
    %d = attn.mma %a, %b, %c : vector<4x2xbf16>, vector<2x2xbf16> -> vector<2x2xf32>
    %c0 = arith.constant 0 : index
    vector.store %d, %out[%c0, %c0] : memref<2x2xf32>, vector<2x2xf32>
    gpu.return
  }
}

// -----

// f16 pairs are the intrinsic's <2 x half> operands.
// CHECK-LABEL: gpu.func @mma_f16
// CHECK: nvvm.mma.sync {{.*}}shape = #nvvm.shape<m = 16, n = 8, k = 16>} : (vector<2xf16>, vector<2xf16>, f32) -> !llvm.struct<(f32, f32, f32, f32)>
gpu.module @m {
  gpu.func @mma_f16(%a: vector<4x2xf16>, %b: vector<2x2xf16>, %c: vector<2x2xf32>, %out: memref<2x2xf32>) kernel {
    %d = attn.mma %a, %b, %c : vector<4x2xf16>, vector<2x2xf16> -> vector<2x2xf32>
    %c0 = arith.constant 0 : index
    vector.store %d, %out[%c0, %c0] : memref<2x2xf32>, vector<2x2xf32>
    gpu.return
  }
}

// -----

// A swizzled copy from ragged K/V: the source row is the key itself (clamped to the range, and
// zero-filled past it); chunk c of tile row r lands at chunk c ^ (r % 8). The thread's first row
// goes through an opaque move, so that LLVM keeps the row offsets in the loop.
// CHECK-LABEL: gpu.func @copy_ragged_swizzled
// CHECK: %[[G32:.*]] = arith.index_cast %arg10 : index to i32
// CHECK: %[[ROW32:.*]] = llvm.inline_asm has_side_effects "mov.b32 $0, $1;", "=r,r" %[[G32]] : (i32) -> i32
// CHECK: %[[ROW:.*]] = arith.index_cast %[[ROW32]] : i32 to index
// CHECK: %[[KEY:.*]] = arith.addi %{{.*}}, %[[ROW]] : index
// CHECK: %[[CLAMPED:.*]] = arith.minsi %[[KEY]]
// CHECK: %[[N:.*]] = arith.select %{{.*}}, %c8, %c0 : index
// CHECK: %[[CHUNK:.*]] = arith.xori %{{.*}}, %{{.*}} : i32
// CHECK: %[[COL:.*]] = arith.muli %[[CHUNK]], %c8_i32 : i32
// CHECK: %[[DCOL:.*]] = arith.index_cast %[[COL]] : i32 to index
// CHECK: nvgpu.device_async_copy %arg0[%[[CLAMPED]], %arg3, %arg4], %arg6[%arg5, %[[ROW]], %[[DCOL]]], 8, %[[N]] {bypassL1} : memref<?x8x128xbf16> to memref<2x64x128xbf16, 3>
// CHECK: nvgpu.device_async_copy %arg1[%[[CLAMPED]], %arg3, %arg4], %arg7[%arg5, %[[ROW]], %[[DCOL]]], 8, %[[N]] {bypassL1} : memref<?x8x128xbf16> to memref<2x64x128xbf16, 3>
// CHECK: nvvm.cp.async.commit.group
// CHECK: nvvm.cp.async.wait.group 0
gpu.module @m {
  gpu.func @copy_ragged_swizzled(%k: memref<?x8x128xbf16>, %v: memref<?x8x128xbf16>, %kb: index, %h: index,
                                 %col: index, %stage: index, %ks: memref<2x64x128xbf16, 3>,
                                 %vs: memref<2x64x128xbf16, 3>, %ke: index, %t: index, %g: index) kernel {
    attn.copy_kv_tile k(%k : memref<?x8x128xbf16>) v(%v : memref<?x8x128xbf16>) pages() head %h col %col tile %t group %g keys[%kb, %ke) into(%ks, %vs : memref<2x64x128xbf16, 3>, memref<2x64x128xbf16, 3>)[%stage] {page_size = 1 : i64, rows_per_group = 1 : i64, swizzle, tile_kv = 64 : i64, vec = 8 : i64}
    gpu.return
  }
}

// -----

// keys32 on a ragged copy into swizzled tiles (what prefill kernels emit): the key range
// arrives as i32 through opaque moves, and each row's key, clamp and bounds test are 32-bit
// operations. The cp.async addresses are formed directly: one global pointer per tensor at
// (head, col), hoistable out of a KV loop, plus the clamped key times the row pitch (1024
// elements); the destination is the tile's shared-memory pointer at (stage, row, swizzled col).
// CHECK-LABEL: gpu.func @copy_ragged_keys32
// The descriptors of the memref operands, materialized at the kernel's entry by the conversion.
// CHECK-DAG: %[[KD:.*]] = builtin.unrealized_conversion_cast %arg0 : memref<?x8x128xbf16> to !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
// CHECK-DAG: %[[KT:.*]] = builtin.unrealized_conversion_cast %arg6 : memref<2x32x128xbf16, 3> to !llvm.struct<(ptr<3>, ptr<3>, i64, array<3 x i64>, array<3 x i64>)>
// CHECK: %[[B:.*]] = llvm.inline_asm has_side_effects "mov.b32 $0, $1;", "=r,r" %{{.*}} : (i32) -> i32
// CHECK: %[[E:.*]] = llvm.inline_asm has_side_effects "mov.b32 $0, $1;", "=r,r" %{{.*}} : (i32) -> i32
// CHECK: %[[LAST:.*]] = arith.subi %[[E]], %c1_i32 : i32
// CHECK: %[[ROW:.*]] = llvm.inline_asm has_side_effects "mov.b32 $0, $1;", "=r,r" %{{.*}} : (i32) -> i32
// CHECK: %[[T:.*]] = arith.index_cast %arg9 : index to i32
// CHECK: %[[OFF:.*]] = arith.muli %[[T]], %c32_i32 : i32
// CHECK: %[[START:.*]] = arith.addi %[[B]], %[[OFF]] : i32
// CHECK: %[[KEY0:.*]] = arith.addi %[[START]], %[[ROW]] : i32
// CHECK: %[[HEAD:.*]] = arith.muli %arg3, %c128 : index
// CHECK: %[[INV:.*]] = arith.addi %[[HEAD]], %arg4 : index
// CHECK: %[[INV64:.*]] = arith.index_cast %[[INV]] : index to i64
// CHECK: %[[KA:.*]] = llvm.extractvalue %[[KD]][1]
// CHECK: %[[KG:.*]] = llvm.addrspacecast %[[KA]] : !llvm.ptr to !llvm.ptr<1>
// CHECK: %[[KROWS:.*]] = llvm.getelementptr inbounds %[[KG]][%[[INV64]]] : (!llvm.ptr<1>, i64) -> !llvm.ptr<1>, bf16
// CHECK: %[[VROWS:.*]] = llvm.getelementptr inbounds %{{.*}}[%[[INV64]]] : (!llvm.ptr<1>, i64) -> !llvm.ptr<1>, bf16
// CHECK: %[[C0:.*]] = arith.minsi %[[KEY0]], %[[LAST]] : i32
// CHECK: %[[C0W:.*]] = arith.extsi %[[C0]] : i32 to i64
// CHECK: %[[ROWOFF:.*]] = arith.muli %[[C0W]], %c1024_i64 : i64
// CHECK: %[[IN0:.*]] = arith.cmpi ult, %[[KEY0]], %[[E]] : i32
// CHECK: %[[N0:.*]] = arith.select %[[IN0]], %c16_i32, %c0_i32 : i32
// CHECK: %[[KSRC:.*]] = llvm.getelementptr inbounds %[[KROWS]][%[[ROWOFF]]] : (!llvm.ptr<1>, i64) -> !llvm.ptr<1>, bf16
// CHECK: %[[KTA:.*]] = llvm.extractvalue %[[KT]][1]
// CHECK: %[[KDST:.*]] = llvm.getelementptr inbounds %[[KTA]][%{{.*}}] : (!llvm.ptr<3>, i32) -> !llvm.ptr<3>, bf16
// CHECK: nvvm.cp.async.shared.global %[[KDST]], %[[KSRC]], 16, cache =  cg, %[[N0]] : !llvm.ptr<3>, !llvm.ptr<1>, i32
// CHECK: %[[VSRC:.*]] = llvm.getelementptr inbounds %[[VROWS]][%[[ROWOFF]]]
// CHECK: nvvm.cp.async.shared.global %{{.*}}, %[[VSRC]], 16, cache =  cg, %[[N0]]
// CHECK: %[[KEY1:.*]] = arith.addi %[[KEY0]], %c1_i32 : i32
// CHECK: arith.minsi %[[KEY1]], %[[LAST]] : i32
// CHECK: arith.cmpi ult, %[[KEY1]], %[[E]] : i32
// CHECK-COUNT-2: nvvm.cp.async.shared.global
// CHECK-NOT: nvgpu.device_async_copy
// CHECK-NOT: nvvm.cp.async.commit.group
gpu.module @m {
  gpu.func @copy_ragged_keys32(%k: memref<?x8x128xbf16>, %v: memref<?x8x128xbf16>, %kb: index, %h: index,
                               %col: index, %stage: index, %ks: memref<2x32x128xbf16, 3>,
                               %vs: memref<2x32x128xbf16, 3>, %ke: index, %t: index, %g: index) kernel {
    attn.copy_kv_tile k(%k : memref<?x8x128xbf16>) v(%v : memref<?x8x128xbf16>) pages() head %h col %col tile %t group %g keys[%kb, %ke) into(%ks, %vs : memref<2x32x128xbf16, 3>, memref<2x32x128xbf16, 3>)[%stage] {async, keys32, page_size = 1 : i64, rows_per_group = 2 : i64, swizzle, tile_kv = 32 : i64, vec = 8 : i64}
    gpu.return
  }
}

// -----

// A paged (NHD, 16-token pages) copy into swizzled tiles with keys32: the two rows of the group
// share one page id (its offset is computed once), and each source is the (head, col) pointer
// of the tensor + page * 16384 (the page pitch) + (key % 16) * 1024 (the slot pitch), the key
// clamped in i32.
// CHECK-LABEL: gpu.func @copy_paged_swizzled
// CHECK: %[[INV:.*]] = arith.index_cast %{{.*}} : index to i64
// CHECK: %[[KROWS:.*]] = llvm.getelementptr inbounds %{{.*}}[%[[INV]]] : (!llvm.ptr<1>, i64) -> !llvm.ptr<1>, bf16
// CHECK: %[[VROWS:.*]] = llvm.getelementptr inbounds %{{.*}}[%[[INV]]] : (!llvm.ptr<1>, i64) -> !llvm.ptr<1>, bf16
// CHECK: %[[C0:.*]] = arith.minsi %{{.*}}, %{{.*}} : i32
// CHECK: %[[SLOT:.*]] = arith.remui %[[C0]], %c16_i32 : i32
// CHECK: %[[PAGE:.*]] = arith.index_cast %arg11 : index to i64
// CHECK: %[[POFF:.*]] = arith.muli %[[PAGE]], %c16384_i64 : i64
// CHECK: %[[SLOTW:.*]] = arith.extui %[[SLOT]] : i32 to i64
// CHECK: %[[SOFF:.*]] = arith.muli %[[SLOTW]], %c1024_i64 : i64
// CHECK: %[[OFF:.*]] = arith.addi %[[POFF]], %[[SOFF]] : i64
// CHECK: %[[KSRC:.*]] = llvm.getelementptr inbounds %[[KROWS]][%[[OFF]]] : (!llvm.ptr<1>, i64) -> !llvm.ptr<1>, bf16
// CHECK: nvvm.cp.async.shared.global %{{.*}}, %[[KSRC]], 16, cache =  cg
// CHECK: %[[VSRC:.*]] = llvm.getelementptr inbounds %[[VROWS]][%[[OFF]]]
// CHECK: nvvm.cp.async.shared.global %{{.*}}, %[[VSRC]], 16, cache =  cg
// CHECK: arith.addi %[[POFF]], %{{.*}} : i64
// CHECK-COUNT-2: nvvm.cp.async.shared.global
// CHECK-NOT: nvgpu.device_async_copy
gpu.module @m {
  gpu.func @copy_paged_swizzled(%k: memref<?x16x8x128xbf16>, %v: memref<?x16x8x128xbf16>, %kb: index,
                                %h: index, %col: index, %stage: index,
                                %ks: memref<2x32x128xbf16, 3>, %vs: memref<2x32x128xbf16, 3>,
                                %ke: index, %t: index, %g: index, %page: index) kernel {
    attn.copy_kv_tile k(%k : memref<?x16x8x128xbf16>) v(%v : memref<?x16x8x128xbf16>) pages(%page) head %h col %col tile %t group %g keys[%kb, %ke) into(%ks, %vs : memref<2x32x128xbf16, 3>, memref<2x32x128xbf16, 3>)[%stage] {async, keys32, page_size = 16 : i64, rows_per_group = 2 : i64, swizzle, tile_kv = 32 : i64, vec = 8 : i64}
    gpu.return
  }
}

// -----

// The same copy from pools with a runtime page stride (attn-outline's views): each tensor's
// page offset is page * its descriptor's stride, in i64; the slot offset is shared.
// CHECK-LABEL: gpu.func @copy_paged_strided
// CHECK: %[[KP:.*]] = memref.reinterpret_cast %arg0
// CHECK: %[[KD:.*]] = builtin.unrealized_conversion_cast %[[KP]]
// CHECK: %[[VP:.*]] = memref.reinterpret_cast %arg1
// CHECK: %[[VD:.*]] = builtin.unrealized_conversion_cast %[[VP]]
// CHECK: %[[KPITCH:.*]] = llvm.extractvalue %[[KD]][4, 0]
// CHECK: %[[VPITCH:.*]] = llvm.extractvalue %[[VD]][4, 0]
// CHECK: %[[PAGE:.*]] = arith.index_cast %arg11 : index to i64
// CHECK: %[[KPOFF:.*]] = arith.muli %[[PAGE]], %[[KPITCH]] : i64
// CHECK: %[[SOFF:.*]] = arith.muli %{{.*}}, %c1024_i64 : i64
// CHECK: %[[KOFF:.*]] = arith.addi %[[KPOFF]], %[[SOFF]] : i64
// CHECK: %[[VPOFF:.*]] = arith.muli %[[PAGE]], %[[VPITCH]] : i64
// CHECK: %[[VOFF:.*]] = arith.addi %[[VPOFF]], %[[SOFF]] : i64
// CHECK: llvm.getelementptr inbounds %{{.*}}[%[[KOFF]]]
// CHECK: nvvm.cp.async.shared.global
// CHECK: llvm.getelementptr inbounds %{{.*}}[%[[VOFF]]]
// CHECK: nvvm.cp.async.shared.global
// CHECK-NOT: nvgpu.device_async_copy
gpu.module @m {
  gpu.func @copy_paged_strided(%k: memref<?x16x8x128xbf16>, %v: memref<?x16x8x128xbf16>, %kb: index,
                               %h: index, %col: index, %stage: index,
                               %ks: memref<2x32x128xbf16, 3>, %vs: memref<2x32x128xbf16, 3>,
                               %ke: index, %t: index, %g: index, %page: index,
                               %pitch: index) kernel {
    %kp = memref.reinterpret_cast %k to offset: [0], sizes: [%ke, 16, 8, 128], strides: [%pitch, 1024, 128, 1] : memref<?x16x8x128xbf16> to memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>
    %vp = memref.reinterpret_cast %v to offset: [0], sizes: [%ke, 16, 8, 128], strides: [%pitch, 1024, 128, 1] : memref<?x16x8x128xbf16> to memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>
    attn.copy_kv_tile k(%kp : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>) v(%vp : memref<?x16x8x128xbf16, strided<[?, 1024, 128, 1]>>) pages(%page) head %h col %col tile %t group %g keys[%kb, %ke) into(%ks, %vs : memref<2x32x128xbf16, 3>, memref<2x32x128xbf16, 3>)[%stage] {async, keys32, page_size = 16 : i64, rows_per_group = 2 : i64, swizzle, tile_kv = 32 : i64, vec = 8 : i64}
    gpu.return
  }
}

// -----

// A paged page lookup and copy through a block list (block-sparse attention, two tiles per key
// block): tile t's first key is kv_begin + (block_indices[block_begin + t / 2] * 2 + t % 2) *
// tile_kv, and both ops clamp keys unsigned, so that a negative block column is never an
// address.
// CHECK-LABEL: gpu.func @pages_and_copy_blocks
// The key range and the list base reach the lookup as i32 through opaque moves (one register
// each across a KV loop, not a hoisted 64-bit value).
// CHECK: %[[B32:.*]] = arith.index_cast %arg6 : index to i32
// CHECK: %[[B32M:.*]] = llvm.inline_asm has_side_effects "mov.b32 $0, $1;", "=r,r" %[[B32]] : (i32) -> i32
// CHECK: %[[BEGIN:.*]] = arith.index_cast %[[B32M]] : i32 to index
// CHECK: %[[BB:.*]] = arith.index_cast %arg10 : index to i32
// CHECK: %[[BB32:.*]] = llvm.inline_asm has_side_effects "mov.b32 $0, $1;", "=r,r" %[[BB]]
// CHECK: %[[LIST:.*]] = arith.index_cast %[[BB32]] : i32 to index
// CHECK: %[[BLK:.*]] = arith.divui %arg8, %c2 : index
// CHECK: %[[AT:.*]] = arith.addi %[[LIST]], %[[BLK]] : index
// CHECK: %[[COLI:.*]] = memref.load %arg9[%[[AT]]] : memref<?xi32>
// CHECK: %[[COL:.*]] = arith.index_cast %[[COLI]] : i32 to index
// CHECK: %[[TB:.*]] = arith.muli %[[COL]], %c2 : index
// CHECK: %[[SUB:.*]] = arith.remui %arg8, %c2 : index
// CHECK: %[[TILE:.*]] = arith.addi %[[TB]], %[[SUB]] : index
// CHECK: %[[OFF:.*]] = arith.muli %[[TILE]], %c16 : index
// CHECK: %[[START:.*]] = arith.addi %[[BEGIN]], %[[OFF]] : index
// CHECK: %[[KEY:.*]] = arith.addi %[[START]], %{{.*}} : index
// CHECK: %[[CLAMPED:.*]] = arith.minui %[[KEY]], %{{.*}} : index
// CHECK: arith.divui %[[CLAMPED]], %c16 : index
// CHECK: memref.load %arg5
// The copy redoes the key arithmetic in i32, clamping unsigned as well.
// CHECK: arith.minui %{{.*}}, %{{.*}} : i32
// CHECK: arith.cmpi ult, %{{.*}}, %{{.*}} : i32
// CHECK: nvgpu.device_async_copy
// CHECK: nvgpu.device_async_copy
gpu.module @m {
  gpu.func @pages_and_copy_blocks(%k: memref<?x16x8x128xbf16>, %v: memref<?x16x8x128xbf16>,
                                  %h: index, %col: index, %stage: index,
                                  %kx: memref<?xi32>, %kb: index, %ke: index, %t: index,
                                  %bx: memref<?xi32>, %bb: index, %g: index, %pb: index,
                                  %ks: memref<2x16x128xbf16, 3>, %vs: memref<2x16x128xbf16, 3>) kernel {
    %p = attn.kv_tile_pages %kx[%pb] tile %t group %g keys[%kb, %ke) blocks %bx[%bb] : memref<?xi32> {keys32, page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 16 : i64, tiles_per_block = 2 : i64} : memref<?xi32> -> index
    attn.copy_kv_tile k(%k : memref<?x16x8x128xbf16>) v(%v : memref<?x16x8x128xbf16>) pages(%p) head %h col %col tile %t group %g keys[%kb, %ke) blocks %bx[%bb] : memref<?xi32> into(%ks, %vs : memref<2x16x128xbf16, 3>, memref<2x16x128xbf16, 3>)[%stage] {async, keys32, page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 16 : i64, tiles_per_block = 2 : i64, vec = 8 : i64}
    gpu.return
  }
}

// -----

// attn.recompute becomes an inline-asm move with side effects (not hoisted, not merged).
// CHECK-LABEL: gpu.func @recompute
// CHECK: %[[A:.*]] = llvm.inline_asm has_side_effects "mov.b32 $0, $1;", "=r,r" %arg0 : (i32) -> i32
// CHECK: %[[B:.*]] = llvm.inline_asm has_side_effects "mov.b32 $0, $1;", "=r,r" %arg0 : (i32) -> i32
// CHECK: arith.addi %[[A]], %[[B]]
gpu.module @m {
  gpu.func @recompute(%x: i32, %out: memref<1xi32>) kernel {
    %a = attn.recompute %x : i32
    %b = attn.recompute %x : i32
    %s = arith.addi %a, %b : i32
    %c0 = arith.constant 0 : index
    memref.store %s, %out[%c0] : memref<1xi32>
    gpu.return
  }
}

// -----

// attn.tma_copy_kv_tile: the barrier armed with both tiles' bytes (2 x 64 x 128 x 2), then one
// bulk tensor copy per 64-column block of K and of V, at the block's column, the tile's row,
// into the stage's block (stage x 64 x 128 + block x 64 x 64 elements) in the cluster window,
// from the maps' (generic) addresses.
// CHECK-LABEL: gpu.func @tma_copy
// CHECK-DAG: %[[KMD:.*]] = builtin.unrealized_conversion_cast %arg0 : memref<128xi8> to !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
// CHECK-DAG: %[[VMD:.*]] = builtin.unrealized_conversion_cast %arg1 : memref<128xi8> to !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
// CHECK: %[[BAR:.*]] = llvm.inttoptr %arg7 : i32 to !llvm.ptr<3>
// CHECK: nvvm.mbarrier.arrive.expect_tx %[[BAR]], %c32768_i32 : !llvm.ptr<3>, i32
// CHECK: %[[COL:.*]] = arith.index_cast %arg2 : index to i32
// CHECK: %[[ROW:.*]] = arith.index_cast %arg3 : index to i32
// CHECK: %[[STAGE:.*]] = arith.index_cast %arg6 : index to i32
// CHECK: %[[SOFF:.*]] = arith.muli %[[STAGE]], %c8192_i32 : i32
// CHECK: %[[KMAP:.*]] = llvm.extractvalue %[[KMD]][1]
// CHECK: %[[KDST0:.*]] = llvm.getelementptr inbounds %{{.*}}[%[[SOFF]]] : (!llvm.ptr<3>, i32) -> !llvm.ptr<3>, bf16
// CHECK: %[[KC0:.*]] = llvm.addrspacecast %[[KDST0]] : !llvm.ptr<3> to !llvm.ptr<7>
// CHECK: nvvm.cp.async.bulk.tensor.shared.cluster.global %[[KC0]], %[[KMAP]], %[[BAR]], box[%[[COL]], %[[ROW]]] : !llvm.ptr<7>, !llvm.ptr
// CHECK: %[[OFF1:.*]] = arith.addi %[[SOFF]], %c4096_i32 : i32
// CHECK: %[[KDST1:.*]] = llvm.getelementptr inbounds %{{.*}}[%[[OFF1]]]
// CHECK: %[[COL1:.*]] = arith.addi %[[COL]], %c64_i32 : i32
// CHECK: nvvm.cp.async.bulk.tensor.shared.cluster.global %{{.*}}, %[[KMAP]], %[[BAR]], box[%[[COL1]], %[[ROW]]]
// CHECK: %[[VMAP:.*]] = llvm.extractvalue %[[VMD]][1]
// CHECK-COUNT-2: nvvm.cp.async.bulk.tensor.shared.cluster.global %{{.*}}, %[[VMAP]], %[[BAR]]
// CHECK-NOT: nvvm.cp.async.bulk.tensor
gpu.module @m {
  gpu.func @tma_copy(%km: memref<128xi8>, %vm: memref<128xi8>, %col: index, %row: index,
                     %ks: memref<2x64x128xbf16, #gpu.address_space<workgroup>>, %vs: memref<2x64x128xbf16, #gpu.address_space<workgroup>>,
                     %stage: index, %bar: i32) kernel {
    %c0 = arith.constant 0 : index
    %true = arith.constant true
    attn.tma_copy_kv_tile k(%km) v(%vm) box[%col, %row] into(%ks, %vs : memref<2x64x128xbf16, #gpu.address_space<workgroup>>, memref<2x64x128xbf16, #gpu.address_space<workgroup>>)[%stage] rows %c0 arrive %bar arm %true {box_rows = 64 : i64} : memref<128xi8>, memref<128xi8>
    gpu.return
  }
}

// -----

// A page's box (3 coordinates: column, slot, page) of 16 rows into rows 16 x lane of the
// stage; the barrier is armed under a predicate (the lane that arms it).
// CHECK-LABEL: gpu.func @tma_copy_page
// CHECK: %[[BAR:.*]] = llvm.inttoptr %arg9 : i32 to !llvm.ptr<3>
// CHECK: nvvm.mbarrier.arrive.expect_tx %[[BAR]], %c65536_i32, predicate = %arg10 : !llvm.ptr<3>, i32, i1
// CHECK: %[[COL:.*]] = arith.index_cast %arg2 : index to i32
// CHECK: %[[SLOT:.*]] = arith.index_cast %arg3 : index to i32
// CHECK: %[[PAGE:.*]] = arith.index_cast %arg4 : index to i32
// CHECK: %[[STAGE:.*]] = arith.index_cast %arg7 : index to i32
// CHECK: %[[SOFF:.*]] = arith.muli %[[STAGE]], %c16384_i32 : i32
// CHECK: %[[ROW:.*]] = arith.index_cast %arg8 : index to i32
// CHECK: %[[ROFF:.*]] = arith.muli %[[ROW]], %c64_i32 : i32
// CHECK: %[[FIRST:.*]] = arith.addi %[[SOFF]], %[[ROFF]] : i32
// CHECK: llvm.getelementptr inbounds %{{.*}}[%[[FIRST]]]
// CHECK: nvvm.cp.async.bulk.tensor.shared.cluster.global %{{.*}}, %{{.*}}, %[[BAR]], box[%[[COL]], %[[SLOT]], %[[PAGE]]]
// CHECK: arith.addi %[[FIRST]], %c8192_i32 : i32
// CHECK-COUNT-3: nvvm.cp.async.bulk.tensor.shared.cluster.global
// CHECK-NOT: nvvm.cp.async.bulk.tensor
gpu.module @m {
  gpu.func @tma_copy_page(%km: memref<128xi8>, %vm: memref<128xi8>, %col: index, %slot: index,
                          %page: index, %ks: memref<2x128x128xbf16, #gpu.address_space<workgroup>>,
                          %vs: memref<2x128x128xbf16, #gpu.address_space<workgroup>>,
                          %stage: index, %row: index, %bar: i32, %arm: i1) kernel {
    attn.tma_copy_kv_tile k(%km) v(%vm) box[%col, %slot, %page] into(%ks, %vs : memref<2x128x128xbf16, #gpu.address_space<workgroup>>, memref<2x128x128xbf16, #gpu.address_space<workgroup>>)[%stage] rows %row arrive %bar arm %arm {box_rows = 16 : i64} : memref<128xi8>, memref<128xi8>
    gpu.return
  }
}

// -----

// arrive_inc: the thread's arrival after its copies raises the pending count first (no .noinc).
// CHECK-LABEL: gpu.func @copy_arrive_inc
// CHECK: nvvm.cp.async.mbarrier.arrive %{{.*}} : !llvm.ptr<3>
// CHECK-NOT: noinc
gpu.module @m {
  gpu.func @copy_arrive_inc(%k: memref<?x8x128xbf16>, %v: memref<?x8x128xbf16>, %kb: index, %h: index,
                            %col: index, %stage: index, %ks: memref<2x32x128xbf16, 3>,
                            %vs: memref<2x32x128xbf16, 3>, %ke: index, %t: index, %g: index, %bar: i32) kernel {
    attn.copy_kv_tile k(%k : memref<?x8x128xbf16>) v(%v : memref<?x8x128xbf16>) pages() head %h col %col tile %t group %g keys[%kb, %ke) into(%ks, %vs : memref<2x32x128xbf16, 3>, memref<2x32x128xbf16, 3>)[%stage] arrive %bar {arrive_inc, async, keys32, page_size = 1 : i64, rows_per_group = 2 : i64, swizzle, swizzle128, tile_kv = 32 : i64, vec = 8 : i64}
    gpu.return
  }
}
