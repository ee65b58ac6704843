// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(gpu.module(attn-pipeline))" | FileCheck %s
// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(gpu.module(attn-pipeline{single-barrier=false}))" | FileCheck %s --check-prefix=TWO

// attn-pipeline on a tiled decode kernel body (4 stages) whose loop is marked
// attn.single_barrier: the lookup is pipeline stage 0, the copy stage 1 and the rest stage 4.
// The prologue issues tiles 0..2, each lookup and copy guarded by its tile existing
// (tile < n), and looks up the pages of tile 3, which ride into the loop; in iteration i a
// wait for tile i, the copy of tile i+3 into the stage iteration i-1 freed and the lookup of
// tile i+4. (The decode kernel itself does not mark its loop; the tensor-core prefill kernel
// does.)
// CHECK-LABEL: gpu.func @decode_attention
// CHECK: %[[E0:[0-9]+]] = arith.cmpi ugt, %[[N:[0-9]+]], %[[C0:c0[_0-9]*]] : index
// CHECK: %[[P0:[0-9]+]] = scf.if %[[E0]] -> (index) {
// CHECK:   attn.kv_tile_pages {{.*}} tile %[[C0]] group
// CHECK: } else {
// CHECK: scf.if %{{.*}} {
// CHECK:   attn.copy_kv_tile {{.*}} pages(%[[P0]]) {{.*}} tile %[[C0]] group {{.*}} {async,
// CHECK: }
// CHECK: attn.commit_kv_tiles
// CHECK: %[[E1:[0-9]+]] = arith.cmpi ugt, %[[N]], %c1 : index
// CHECK: %[[P1:[0-9]+]] = scf.if %[[E1]] -> (index) {
// CHECK:   attn.kv_tile_pages {{.*}} tile %c1 group
// CHECK: %[[F1:[0-9]+]] = arith.cmpi ugt, %[[N]], %c1 : index
// CHECK: scf.if %[[F1]] {
// CHECK:   attn.copy_kv_tile {{.*}} pages(%[[P1]]) {{.*}} tile %c1 group {{.*}} {async,
// CHECK: attn.commit_kv_tiles
// CHECK: scf.if %{{.*}} -> (index) {
// CHECK:   attn.kv_tile_pages {{.*}} tile %[[C2:c2[_0-9]*]] group
// CHECK: scf.if %{{.*}} {
// CHECK:   attn.copy_kv_tile {{.*}} tile %[[C2]] group {{.*}} {async,
// CHECK: attn.commit_kv_tiles
// A plain lookup clamps its keys: the carried one needs only n > 0, as the kernel's run
// unconditionally.
// CHECK: %[[EF:[0-9]+]] = arith.cmpi ugt, %[[N]], %c0{{[_0-9]*}} : index
// CHECK: %[[FIRST:[0-9]+]] = scf.if %[[EF]] -> (index) {
// CHECK:   attn.kv_tile_pages {{.*}} tile %c3{{[_0-9]*}} group
// CHECK: } else {
// CHECK-NOT: attn.copy_kv_tile
// The body's closing barrier goes: the wait (2 groups may stay in flight, the refill is not
// committed yet) and the tile's first barrier come first, and every warp passes that barrier
// only once done with tile i - 1, whose stage the refill then overwrites. With
// single-barrier=false the refill precedes the wait (pending = 3) and both barriers stay.
// CHECK: %{{.*}}:4 = scf.for %[[I:arg[0-9]+]] = %c0 to %[[N]] step %c1 iter_args({{.*}}, %[[PAGES:arg[0-9]+]] = %[[FIRST]]) -> (f32, f32, vector<8xf32>, index) {
// CHECK-NEXT: %[[STAGE:[0-9]+]] = arith.remui %[[I]], %c4
// CHECK-NEXT: attn.wait_kv_tiles pending = 2
// CHECK-NEXT: gpu.barrier
// CHECK-NEXT: %[[C3:.*]] = arith.constant 3 : index
// CHECK-NEXT: %[[AHEAD:[0-9]+]] = arith.addi %[[I]], %[[C3]]
// CHECK-NEXT: %[[HAS:[0-9]+]] = arith.cmpi ult, %[[AHEAD]], %[[N]]
// CHECK-NEXT: scf.if %[[HAS]] {
// CHECK-NEXT:   %[[ST:[0-9]+]] = arith.remui %[[AHEAD]], %c4
// CHECK-NEXT:   attn.copy_kv_tile {{.*}} pages(%[[PAGES]]) {{.*}} tile %[[AHEAD]] {{.*}}[%[[ST]]] {async,
// CHECK-NEXT: {{^ *}}}{{$}}
// CHECK-NEXT: attn.commit_kv_tiles
// CHECK-NEXT: %[[C4:.*]] = arith.constant 4 : index
// CHECK-NEXT: %[[NEXT:[0-9]+]] = arith.addi %[[I]], %[[C4]]
// CHECK-NEXT: %[[NP:[0-9]+]] = attn.kv_tile_pages {{.*}} tile %[[NEXT]] group
// CHECK: vector.load %view[%[[STAGE]],
// CHECK-NOT: attn.copy_kv_tile
// CHECK-NOT: gpu.barrier
// CHECK:   scf.yield {{.*}}, %[[NP]] : f32, f32, vector<8xf32>, index
// CHECK-NOT: attn.single_barrier
// CHECK: attn.wait_kv_tiles pending = 0
// TWO-LABEL: gpu.func @decode_attention
// TWO: scf.for
// TWO:   attn.copy_kv_tile {{.*}} {async,
// TWO:   attn.commit_kv_tiles
// TWO:   attn.kv_tile_pages
// TWO-NEXT: attn.wait_kv_tiles pending = 3
// TWO-NEXT: gpu.barrier
// TWO:   gpu.barrier
// TWO-NEXT: scf.yield

module attributes {gpu.container_module} {
  gpu.module @decode_kernels {
    gpu.func @decode_attention(%arg0: memref<?x32x128xbf16> {attn.param = "q"}, %arg1: memref<?xi32> {attn.param = "qo_indptr"}, %arg2: memref<?x16x8x128xbf16> {attn.param = "k_cache"}, %arg3: memref<?x16x8x128xbf16> {attn.param = "v_cache"}, %arg4: memref<?xi32> {attn.param = "kv_indptr"}, %arg5: memref<?xi32> {attn.param = "kv_indices"}, %arg6: memref<?xi32> {attn.param = "kv_last_page_len"}, %arg7: memref<?xi32> {attn.param = "work_request"}, %arg8: memref<?xi32> {attn.param = "work_kv_begin"}, %arg9: memref<?xi32> {attn.param = "work_kv_end"}, %arg10: memref<?xi32> {attn.param = "work_partial"}, %arg11: memref<1xi32> {attn.param = "num_work"}, %arg12: memref<?x32x128xbf16> {attn.param = "o"}, %arg13: memref<?x32xf32> {attn.param = "lse"}, %arg14: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg15: memref<?x32xf32> {attn.param = "tmp_lse"}) kernel attributes {attn.programmatic_primary, known_block_size = array<i32: 128, 1, 1>} {
      %cst = arith.constant 0.693147182 : f32
      %cst_0 = arith.constant 1.000000e+00 : f32
      %c0_i32 = arith.constant 0 : i32
      %c3 = arith.constant 3 : index
      %c2 = arith.constant 2 : index
      %cst_1 = arith.constant 43.2808495 : f32
      %c1_i32 = arith.constant 1 : i32
      %c2_i32 = arith.constant 2 : i32
      %c4_i32 = arith.constant 4 : i32
      %c32_i32 = arith.constant 32 : i32
      %c8_i32 = arith.constant 8 : i32
      %cst_2 = arith.constant dense<0.000000e+00> : vector<8xf32>
      %cst_3 = arith.constant 0.000000e+00 : f32
      %cst_4 = arith.constant 0xFF800000 : f32
      %cst_5 = arith.constant dense<0.00294627831> : vector<8xf32>
      %c8 = arith.constant 8 : index
      %c7 = arith.constant 7 : index
      %c1 = arith.constant 1 : index
      %c20512 = arith.constant 20512 : index
      %c20480 = arith.constant 20480 : index
      %c16384 = arith.constant 16384 : index
      %c8192 = arith.constant 8192 : index
      %c0 = arith.constant 0 : index
      %c64 = arith.constant 64 : index
      %c4 = arith.constant 4 : index
      %c16 = arith.constant 16 : index
      %thread_id_x = gpu.thread_id  x
      %0 = arith.remui %thread_id_x, %c16 : index
      %1 = arith.divui %thread_id_x, %c16 : index
      %2 = arith.remui %1, %c4 : index
      %3 = arith.divui %thread_id_x, %c64 : index
      %block_id_x = gpu.block_id  x
      %block_id_y = gpu.block_id  y
      %4 = gpu.dynamic_shared_memory : memref<?xi8, #gpu.address_space<workgroup>>
      %view = memref.view %4[%c0][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
      %view_6 = memref.view %4[%c8192][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
      %view_7 = memref.view %4[%c16384][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x4x128xf32, #gpu.address_space<workgroup>>
      %view_8 = memref.view %4[%c20480][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x4xf32, #gpu.address_space<workgroup>>
      %view_9 = memref.view %4[%c20512][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x4xf32, #gpu.address_space<workgroup>>
      %5 = memref.load %arg11[%c0] : memref<1xi32>
      %6 = arith.index_cast %5 : i32 to index
      %7 = arith.cmpi ult, %block_id_x, %6 : index
      scf.if %7 {
        %8 = memref.load %arg7[%block_id_x] : memref<?xi32>
        %9 = arith.index_cast %8 : i32 to index
        %10 = memref.load %arg8[%block_id_x] : memref<?xi32>
        %11 = arith.index_cast %10 : i32 to index
        %12 = memref.load %arg9[%block_id_x] : memref<?xi32>
        %13 = arith.index_cast %12 : i32 to index
        %14 = memref.load %arg10[%block_id_x] : memref<?xi32>
        %15 = memref.load %arg1[%9] : memref<?xi32>
        %16 = arith.index_cast %15 : i32 to index
        %17 = arith.muli %block_id_y, %c4 : index
        %18 = arith.addi %17, %2 : index
        %19 = memref.load %arg4[%9] : memref<?xi32>
        %20 = arith.index_cast %19 : i32 to index
        %21 = arith.maxsi %13, %11 : index
        %22 = arith.subi %21, %11 : index
        %23 = arith.addi %22, %c7 : index
        %24 = arith.divui %23, %c8 : index
        %25 = arith.muli %0, %c8 : index
        %26 = vector.load %arg0[%16, %18, %25] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
        %27 = arith.extf %26 : vector<8xbf16> to vector<8xf32>
        %28 = arith.mulf %27, %cst_5 : vector<8xf32>
        %29 = arith.muli %3, %c4 : index
        %30 = arith.addi %29, %2 : index
        %31:3 = scf.for %arg16 = %c0 to %24 step %c1 iter_args(%arg17 = %cst_4, %arg18 = %cst_3, %arg19 = %cst_2) -> (f32, f32, vector<8xf32>) {
          %34 = arith.remui %arg16, %c4 : index
          %35 = attn.kv_tile_pages %arg5[%20] tile %arg16 group %30 keys[%11, %13) {page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 8 : i64} : memref<?xi32> -> index
          attn.copy_kv_tile k(%arg2 : memref<?x16x8x128xbf16>) v(%arg3 : memref<?x16x8x128xbf16>) pages(%35) head %block_id_y col %25 tile %arg16 group %30 keys[%11, %13) into(%view, %view_6 : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, memref<4x8x128xbf16, #gpu.address_space<workgroup>>) [%34] {page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 8 : i64, vec = 8 : i64}
          gpu.barrier
          %36 = arith.muli %arg16, %c8 : index
          %37 = arith.addi %11, %36 : index
          %38 = vector.load %view[%34, %29, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %39 = arith.extf %38 : vector<8xbf16> to vector<8xf32>
          %40 = arith.addi %37, %29 : index
          %41 = arith.cmpi ult, %40, %13 : index
          %42 = vector.extract %28[0] : f32 from vector<8xf32>
          %43 = vector.extract %39[0] : f32 from vector<8xf32>
          %44 = arith.mulf %42, %43 : f32
          %45 = vector.extract %28[1] : f32 from vector<8xf32>
          %46 = vector.extract %39[1] : f32 from vector<8xf32>
          %47 = math.fma %45, %46, %44 : f32
          %48 = vector.extract %28[2] : f32 from vector<8xf32>
          %49 = vector.extract %39[2] : f32 from vector<8xf32>
          %50 = math.fma %48, %49, %47 : f32
          %51 = vector.extract %28[3] : f32 from vector<8xf32>
          %52 = vector.extract %39[3] : f32 from vector<8xf32>
          %53 = math.fma %51, %52, %50 : f32
          %54 = vector.extract %28[4] : f32 from vector<8xf32>
          %55 = vector.extract %39[4] : f32 from vector<8xf32>
          %56 = math.fma %54, %55, %53 : f32
          %57 = vector.extract %28[5] : f32 from vector<8xf32>
          %58 = vector.extract %39[5] : f32 from vector<8xf32>
          %59 = math.fma %57, %58, %56 : f32
          %60 = vector.extract %28[6] : f32 from vector<8xf32>
          %61 = vector.extract %39[6] : f32 from vector<8xf32>
          %62 = math.fma %60, %61, %59 : f32
          %63 = vector.extract %28[7] : f32 from vector<8xf32>
          %64 = vector.extract %39[7] : f32 from vector<8xf32>
          %65 = math.fma %63, %64, %62 : f32
          %shuffleResult, %valid = gpu.shuffle  xor %65, %c8_i32, %c32_i32 : f32
          %66 = arith.addf %65, %shuffleResult : f32
          %shuffleResult_10, %valid_11 = gpu.shuffle  xor %66, %c4_i32, %c32_i32 : f32
          %67 = arith.addf %66, %shuffleResult_10 : f32
          %shuffleResult_12, %valid_13 = gpu.shuffle  xor %67, %c2_i32, %c32_i32 : f32
          %68 = arith.addf %67, %shuffleResult_12 : f32
          %shuffleResult_14, %valid_15 = gpu.shuffle  xor %68, %c1_i32, %c32_i32 : f32
          %69 = arith.addf %68, %shuffleResult_14 : f32
          %70 = math.tanh %69 fastmath<afn> : f32
          %71 = arith.mulf %70, %cst_1 : f32
          %72 = arith.select %41, %71, %cst_4 : f32
          %73 = arith.addi %29, %c1 : index
          %74 = vector.load %view[%34, %73, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %75 = arith.extf %74 : vector<8xbf16> to vector<8xf32>
          %76 = arith.addi %37, %73 : index
          %77 = arith.cmpi ult, %76, %13 : index
          %78 = vector.extract %75[0] : f32 from vector<8xf32>
          %79 = arith.mulf %42, %78 : f32
          %80 = vector.extract %75[1] : f32 from vector<8xf32>
          %81 = math.fma %45, %80, %79 : f32
          %82 = vector.extract %75[2] : f32 from vector<8xf32>
          %83 = math.fma %48, %82, %81 : f32
          %84 = vector.extract %75[3] : f32 from vector<8xf32>
          %85 = math.fma %51, %84, %83 : f32
          %86 = vector.extract %75[4] : f32 from vector<8xf32>
          %87 = math.fma %54, %86, %85 : f32
          %88 = vector.extract %75[5] : f32 from vector<8xf32>
          %89 = math.fma %57, %88, %87 : f32
          %90 = vector.extract %75[6] : f32 from vector<8xf32>
          %91 = math.fma %60, %90, %89 : f32
          %92 = vector.extract %75[7] : f32 from vector<8xf32>
          %93 = math.fma %63, %92, %91 : f32
          %shuffleResult_16, %valid_17 = gpu.shuffle  xor %93, %c8_i32, %c32_i32 : f32
          %94 = arith.addf %93, %shuffleResult_16 : f32
          %shuffleResult_18, %valid_19 = gpu.shuffle  xor %94, %c4_i32, %c32_i32 : f32
          %95 = arith.addf %94, %shuffleResult_18 : f32
          %shuffleResult_20, %valid_21 = gpu.shuffle  xor %95, %c2_i32, %c32_i32 : f32
          %96 = arith.addf %95, %shuffleResult_20 : f32
          %shuffleResult_22, %valid_23 = gpu.shuffle  xor %96, %c1_i32, %c32_i32 : f32
          %97 = arith.addf %96, %shuffleResult_22 : f32
          %98 = math.tanh %97 fastmath<afn> : f32
          %99 = arith.mulf %98, %cst_1 : f32
          %100 = arith.select %77, %99, %cst_4 : f32
          %101 = arith.addi %29, %c2 : index
          %102 = vector.load %view[%34, %101, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %103 = arith.extf %102 : vector<8xbf16> to vector<8xf32>
          %104 = arith.addi %37, %101 : index
          %105 = arith.cmpi ult, %104, %13 : index
          %106 = vector.extract %103[0] : f32 from vector<8xf32>
          %107 = arith.mulf %42, %106 : f32
          %108 = vector.extract %103[1] : f32 from vector<8xf32>
          %109 = math.fma %45, %108, %107 : f32
          %110 = vector.extract %103[2] : f32 from vector<8xf32>
          %111 = math.fma %48, %110, %109 : f32
          %112 = vector.extract %103[3] : f32 from vector<8xf32>
          %113 = math.fma %51, %112, %111 : f32
          %114 = vector.extract %103[4] : f32 from vector<8xf32>
          %115 = math.fma %54, %114, %113 : f32
          %116 = vector.extract %103[5] : f32 from vector<8xf32>
          %117 = math.fma %57, %116, %115 : f32
          %118 = vector.extract %103[6] : f32 from vector<8xf32>
          %119 = math.fma %60, %118, %117 : f32
          %120 = vector.extract %103[7] : f32 from vector<8xf32>
          %121 = math.fma %63, %120, %119 : f32
          %shuffleResult_24, %valid_25 = gpu.shuffle  xor %121, %c8_i32, %c32_i32 : f32
          %122 = arith.addf %121, %shuffleResult_24 : f32
          %shuffleResult_26, %valid_27 = gpu.shuffle  xor %122, %c4_i32, %c32_i32 : f32
          %123 = arith.addf %122, %shuffleResult_26 : f32
          %shuffleResult_28, %valid_29 = gpu.shuffle  xor %123, %c2_i32, %c32_i32 : f32
          %124 = arith.addf %123, %shuffleResult_28 : f32
          %shuffleResult_30, %valid_31 = gpu.shuffle  xor %124, %c1_i32, %c32_i32 : f32
          %125 = arith.addf %124, %shuffleResult_30 : f32
          %126 = math.tanh %125 fastmath<afn> : f32
          %127 = arith.mulf %126, %cst_1 : f32
          %128 = arith.select %105, %127, %cst_4 : f32
          %129 = arith.addi %29, %c3 : index
          %130 = vector.load %view[%34, %129, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %131 = arith.extf %130 : vector<8xbf16> to vector<8xf32>
          %132 = arith.addi %37, %129 : index
          %133 = arith.cmpi ult, %132, %13 : index
          %134 = vector.extract %131[0] : f32 from vector<8xf32>
          %135 = arith.mulf %42, %134 : f32
          %136 = vector.extract %131[1] : f32 from vector<8xf32>
          %137 = math.fma %45, %136, %135 : f32
          %138 = vector.extract %131[2] : f32 from vector<8xf32>
          %139 = math.fma %48, %138, %137 : f32
          %140 = vector.extract %131[3] : f32 from vector<8xf32>
          %141 = math.fma %51, %140, %139 : f32
          %142 = vector.extract %131[4] : f32 from vector<8xf32>
          %143 = math.fma %54, %142, %141 : f32
          %144 = vector.extract %131[5] : f32 from vector<8xf32>
          %145 = math.fma %57, %144, %143 : f32
          %146 = vector.extract %131[6] : f32 from vector<8xf32>
          %147 = math.fma %60, %146, %145 : f32
          %148 = vector.extract %131[7] : f32 from vector<8xf32>
          %149 = math.fma %63, %148, %147 : f32
          %shuffleResult_32, %valid_33 = gpu.shuffle  xor %149, %c8_i32, %c32_i32 : f32
          %150 = arith.addf %149, %shuffleResult_32 : f32
          %shuffleResult_34, %valid_35 = gpu.shuffle  xor %150, %c4_i32, %c32_i32 : f32
          %151 = arith.addf %150, %shuffleResult_34 : f32
          %shuffleResult_36, %valid_37 = gpu.shuffle  xor %151, %c2_i32, %c32_i32 : f32
          %152 = arith.addf %151, %shuffleResult_36 : f32
          %shuffleResult_38, %valid_39 = gpu.shuffle  xor %152, %c1_i32, %c32_i32 : f32
          %153 = arith.addf %152, %shuffleResult_38 : f32
          %154 = math.tanh %153 fastmath<afn> : f32
          %155 = arith.mulf %154, %cst_1 : f32
          %156 = arith.select %133, %155, %cst_4 : f32
          %157 = vector.load %view_6[%34, %29, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %158 = arith.extf %157 : vector<8xbf16> to vector<8xf32>
          %159 = vector.load %view_6[%34, %73, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %160 = arith.extf %159 : vector<8xbf16> to vector<8xf32>
          %161 = vector.load %view_6[%34, %101, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %162 = arith.extf %161 : vector<8xbf16> to vector<8xf32>
          %163 = vector.load %view_6[%34, %129, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %164 = arith.extf %163 : vector<8xbf16> to vector<8xf32>
          %165 = arith.maximumf %arg17, %72 : f32
          %166 = arith.maximumf %165, %100 : f32
          %167 = arith.maximumf %166, %128 : f32
          %168 = arith.maximumf %167, %156 : f32
          %169 = arith.cmpf oeq, %168, %cst_4 : f32
          %170 = arith.select %169, %cst_3, %168 : f32
          %171 = arith.subf %arg17, %170 : f32
          %172 = math.exp2 %171 fastmath<afn> : f32
          %173 = arith.mulf %arg18, %172 : f32
          %174 = vector.broadcast %172 : f32 to vector<8xf32>
          %175 = arith.mulf %arg19, %174 : vector<8xf32>
          %176 = arith.subf %72, %170 : f32
          %177 = math.exp2 %176 fastmath<afn> : f32
          %178 = arith.addf %173, %177 : f32
          %179 = vector.broadcast %177 : f32 to vector<8xf32>
          %180 = vector.fma %179, %158, %175 : vector<8xf32>
          %181 = arith.subf %100, %170 : f32
          %182 = math.exp2 %181 fastmath<afn> : f32
          %183 = arith.addf %178, %182 : f32
          %184 = vector.broadcast %182 : f32 to vector<8xf32>
          %185 = vector.fma %184, %160, %180 : vector<8xf32>
          %186 = arith.subf %128, %170 : f32
          %187 = math.exp2 %186 fastmath<afn> : f32
          %188 = arith.addf %183, %187 : f32
          %189 = vector.broadcast %187 : f32 to vector<8xf32>
          %190 = vector.fma %189, %162, %185 : vector<8xf32>
          %191 = arith.subf %156, %170 : f32
          %192 = math.exp2 %191 fastmath<afn> : f32
          %193 = arith.addf %188, %192 : f32
          %194 = vector.broadcast %192 : f32 to vector<8xf32>
          %195 = vector.fma %194, %164, %190 : vector<8xf32>
          gpu.barrier
          scf.yield %168, %193, %195 : f32, f32, vector<8xf32>
        } {attn.single_barrier}
        %32 = arith.cmpi eq, %3, %c0 : index
        %33 = arith.cmpi eq, %0, %c0 : index
        vector.store %31#2, %view_7[%3, %2, %25] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
        scf.if %33 {
          memref.store %31#0, %view_8[%3, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          memref.store %31#1, %view_9[%3, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
        }
        gpu.barrier
        scf.if %32 {
          %34 = memref.load %view_8[%c0, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %35 = memref.load %view_9[%c0, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %36 = vector.load %view_7[%c0, %2, %25] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %37 = arith.cmpf oeq, %34, %cst_4 : f32
          %38 = arith.select %37, %cst_3, %34 : f32
          %39 = arith.subf %cst_4, %38 : f32
          %40 = math.exp2 %39 fastmath<afn> : f32
          %41 = arith.subf %34, %38 : f32
          %42 = math.exp2 %41 fastmath<afn> : f32
          %43 = arith.mulf %40, %cst_3 : f32
          %44 = arith.mulf %35, %42 : f32
          %45 = arith.addf %43, %44 : f32
          %46 = vector.broadcast %42 : f32 to vector<8xf32>
          %47 = vector.broadcast %40 : f32 to vector<8xf32>
          %48 = arith.mulf %47, %cst_2 : vector<8xf32>
          %49 = vector.fma %46, %36, %48 : vector<8xf32>
          %50 = memref.load %view_8[%c1, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %51 = memref.load %view_9[%c1, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %52 = vector.load %view_7[%c1, %2, %25] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %53 = arith.maximumf %34, %50 : f32
          %54 = arith.cmpf oeq, %53, %cst_4 : f32
          %55 = arith.select %54, %cst_3, %53 : f32
          %56 = arith.subf %34, %55 : f32
          %57 = math.exp2 %56 fastmath<afn> : f32
          %58 = arith.subf %50, %55 : f32
          %59 = math.exp2 %58 fastmath<afn> : f32
          %60 = arith.mulf %45, %57 : f32
          %61 = arith.mulf %51, %59 : f32
          %62 = arith.addf %60, %61 : f32
          %63 = vector.broadcast %59 : f32 to vector<8xf32>
          %64 = vector.broadcast %57 : f32 to vector<8xf32>
          %65 = arith.mulf %49, %64 : vector<8xf32>
          %66 = vector.fma %63, %52, %65 : vector<8xf32>
          %67 = arith.cmpi slt, %14, %c0_i32 : i32
          %68 = arith.cmpf ogt, %62, %cst_3 : f32
          %69 = arith.select %68, %62, %cst_0 : f32
          %70 = vector.broadcast %69 : f32 to vector<8xf32>
          %71 = arith.divf %66, %70 : vector<8xf32>
          %72 = arith.select %68, %71, %cst_2 : vector<8xf32>
          %73 = math.log2 %69 fastmath<afn> : f32
          %74 = arith.addf %53, %73 : f32
          %75 = arith.mulf %74, %cst : f32
          %76 = arith.select %68, %75, %cst_4 : f32
          scf.if %67 {
            %77 = arith.truncf %72 : vector<8xf32> to vector<8xbf16>
            vector.store %77, %arg12[%16, %18, %25] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
            scf.if %33 {
              memref.store %76, %arg13[%16, %18] : memref<?x32xf32>
            }
          } else {
            %77 = arith.index_cast %14 : i32 to index
            vector.store %72, %arg14[%77, %18, %25] {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
            scf.if %33 {
              memref.store %76, %arg15[%77, %18] : memref<?x32xf32>
            }
          }
        }
      }
      gpu.return
    }
    gpu.func @decode_merge(%arg0: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg1: memref<?x32xf32> {attn.param = "tmp_lse"}, %arg2: memref<?xi32> {attn.param = "merge_indptr"}, %arg3: memref<1xi32> {attn.param = "num_rows"}, %arg4: memref<?x32x128xbf16> {attn.param = "o"}, %arg5: memref<?x32xf32> {attn.param = "lse"}) kernel attributes {attn.programmatic_dependent, known_block_size = array<i32: 128, 1, 1>} {
      attn.merge_states ins(%arg0, %arg1 : memref<?x32x128xf32>, memref<?x32xf32>) indptr(%arg2 : memref<?xi32>) outs(%arg4, %arg5 : memref<?x32x128xbf16>, memref<?x32xf32>) {layout = #attn.merge_layout<lanes = 16, slices = 8>}
      gpu.return
    }
  }
  func.func @decode(%arg0: memref<?x32x128xbf16>, %arg1: memref<?xi32>, %arg2: memref<?x16x8x128xbf16>, %arg3: memref<?x16x8x128xbf16>, %arg4: memref<?xi32>, %arg5: memref<?xi32>, %arg6: memref<?xi32>, %arg7: memref<?x32x128xbf16>, %arg8: memref<?x32xf32>) {
    return
  }
}


// -----

// A loop that does not copy tile i into stage i % stages is left as it is.
// CHECK-LABEL: gpu.func @other
// CHECK-NOT: attn.commit_kv_tiles
// CHECK: scf.for
// CHECK:   attn.kv_tile_pages
// CHECK:   attn.copy_kv_tile
// CHECK-NOT: async
gpu.module @m {
  gpu.func @other(%kc: memref<?x16x8x128xbf16>, %ix: memref<?xi32>, %n: index) kernel {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c16 = arith.constant 16 : index
    %ks = memref.alloca() : memref<2x16x128xbf16, #gpu.address_space<workgroup>>
    scf.for %i = %c0 to %n step %c1 {
      %p = attn.kv_tile_pages %ix[%c0] tile %i group %c0 keys[%c0, %c16) {page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 16 : i64} : memref<?xi32> -> index
      attn.copy_kv_tile k(%kc : memref<?x16x8x128xbf16>) v(%kc : memref<?x16x8x128xbf16>) pages(%p) head %c0 col %c0 tile %i group %c0 keys[%c0, %c16) into(%ks, %ks : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, memref<2x16x128xbf16, #gpu.address_space<workgroup>>)[%c0] {page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 16 : i64, vec = 8 : i64}
      gpu.barrier
    }
    gpu.return
  }
}

// -----

// A copy from ragged K/V has no page lookup: 2 stages, so tile 0 is issued before the loop and
// iteration i issues tile i + 1 into the stage iteration i - 1 freed, with nothing carried.
// CHECK-LABEL: gpu.func @ragged
// CHECK-NOT: attn.kv_tile_pages
// CHECK: scf.if %{{.*}} {
// CHECK: attn.copy_kv_tile {{.*}} pages() {{.*}} {async, page_size = 1 : i64
// CHECK: attn.commit_kv_tiles
// CHECK: scf.for %[[I:.*]] = %c0 to %{{.*}} step %c1 {
// CHECK: %[[AHEAD:.*]] = arith.addi %[[I]], %{{.*}} : index
// CHECK: scf.if
// CHECK: %[[STAGE:.*]] = arith.remui %[[AHEAD]], %{{.*}} : index
// CHECK: attn.copy_kv_tile {{.*}} pages() {{.*}} tile %[[AHEAD]] {{.*}}[%[[STAGE]]] {async
// CHECK: attn.commit_kv_tiles
// CHECK-NEXT: attn.wait_kv_tiles pending = 1
// CHECK-NEXT: gpu.barrier
// CHECK-NEXT: }
// CHECK-NEXT: attn.wait_kv_tiles pending = 0
gpu.module @m {
  gpu.func @ragged(%k: memref<?x8x128xbf16>, %n: index, %end: index) kernel {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %ks = memref.alloca() : memref<2x16x128xbf16, #gpu.address_space<workgroup>>
    scf.for %i = %c0 to %n step %c1 {
      %s = arith.remui %i, %c2 : index
      attn.copy_kv_tile k(%k : memref<?x8x128xbf16>) v(%k : memref<?x8x128xbf16>) pages() head %c0 col %c0 tile %i group %c0 keys[%c0, %end) into(%ks, %ks : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, memref<2x16x128xbf16, #gpu.address_space<workgroup>>)[%s] {page_size = 1 : i64, rows_per_group = 16 : i64, swizzle, tile_kv = 16 : i64, vec = 8 : i64}
      gpu.barrier
    }
    gpu.return
  }
}

// -----

// Pages looked up through a block list (block-sparse attention, 3 stages): the lookup reads the
// list at the tile's position, so the one before the loop (tile 2) and the one in it (tile
// i + 3) run only for tiles that exist; a plain lookup clamps its keys and is unconditional.
// CHECK-LABEL: gpu.func @blocks
// CHECK: %[[HAS2:.*]] = arith.cmpi ugt, %[[N:arg[0-9]+]], %c2{{.*}} : index
// CHECK: %[[FIRST:.*]] = scf.if %[[HAS2]] -> (index) {
// CHECK:   attn.kv_tile_pages {{.*}} tile %c2{{.*}} blocks
// CHECK: scf.for %[[I:.*]] = %c0 to %[[N]] step %c1 iter_args(%[[P:.*]] = %[[FIRST]]) -> (index) {
// CHECK:   %[[AHEAD:.*]] = arith.addi %[[I]], %c2{{.*}} : index
// CHECK:   attn.copy_kv_tile {{.*}} pages(%[[P]]) {{.*}} tile %[[AHEAD]] {{.*}} blocks
// CHECK:   %[[NEXT:.*]] = arith.addi %[[I]], %c3{{.*}} : index
// CHECK:   %[[HAS:.*]] = arith.cmpi ult, %[[NEXT]], %[[N]] : index
// CHECK:   %[[NP:.*]] = scf.if %[[HAS]] -> (index) {
// CHECK:     attn.kv_tile_pages {{.*}} tile %[[NEXT]] {{.*}} blocks
// CHECK:   } else {
// CHECK:   scf.yield %[[NP]] : index
gpu.module @m {
  gpu.func @blocks(%kc: memref<?x16x8x128xbf16>, %ix: memref<?xi32>, %bx: memref<?xi32>,
                   %n: index, %ke: index) kernel {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c3 = arith.constant 3 : index
    %ks = memref.alloca() : memref<3x16x128xbf16, #gpu.address_space<workgroup>>
    scf.for %i = %c0 to %n step %c1 {
      %s = arith.remui %i, %c3 : index
      %p = attn.kv_tile_pages %ix[%c0] tile %i group %c0 keys[%c0, %ke) blocks %bx[%c0] : memref<?xi32> {page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 16 : i64, tiles_per_block = 4 : i64} : memref<?xi32> -> index
      attn.copy_kv_tile k(%kc : memref<?x16x8x128xbf16>) v(%kc : memref<?x16x8x128xbf16>) pages(%p) head %c0 col %c0 tile %i group %c0 keys[%c0, %ke) blocks %bx[%c0] : memref<?xi32> into(%ks, %ks : memref<3x16x128xbf16, #gpu.address_space<workgroup>>, memref<3x16x128xbf16, #gpu.address_space<workgroup>>)[%s] {page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 16 : i64, tiles_per_block = 4 : i64, vec = 8 : i64}
      gpu.barrier
    }
    gpu.return
  }
}

// -----

// A trip count known to exceed the pipeline depth (8 > 2): upstream's pipeliner peels the
// prologue without predicates, so the lookups run unguarded; the copy keeps its own guard
// (tile 0 < 8, folded to true).
// CHECK-LABEL: gpu.func @static_trips
// CHECK-NOT: -> (index)
// CHECK: %[[P0:.*]] = attn.kv_tile_pages {{.*}} tile %c0{{[_0-9]*}} group
// CHECK-NEXT: %[[TRUE:.*]] = arith.constant true
// CHECK-NEXT: scf.if %[[TRUE]] {
// CHECK: attn.copy_kv_tile {{.*}} pages(%[[P0]]) {{.*}} {async,
// CHECK: attn.commit_kv_tiles
// CHECK-NEXT: %[[P1:.*]] = attn.kv_tile_pages {{.*}} tile %c1 group
// CHECK-NEXT: scf.for %{{.*}} = %c0 to %c8 step %c1 iter_args(%{{.*}} = %[[P1]]) -> (index) {
// CHECK: attn.wait_kv_tiles pending = 1
gpu.module @m {
  gpu.func @static_trips(%kc: memref<?x16x8x128xbf16>, %ix: memref<?xi32>) kernel {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %ks = memref.alloca() : memref<2x16x128xbf16, #gpu.address_space<workgroup>>
    scf.for %i = %c0 to %c8 step %c1 {
      %s = arith.remui %i, %c2 : index
      %p = attn.kv_tile_pages %ix[%c0] tile %i group %c0 keys[%c0, %c128) {page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 16 : i64} : memref<?xi32> -> index
      attn.copy_kv_tile k(%kc : memref<?x16x8x128xbf16>) v(%kc : memref<?x16x8x128xbf16>) pages(%p) head %c0 col %c0 tile %i group %c0 keys[%c0, %c128) into(%ks, %ks : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, memref<2x16x128xbf16, #gpu.address_space<workgroup>>)[%s] {page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 16 : i64, vec = 8 : i64}
      gpu.barrier
    }
    gpu.return
  }
}

// -----

// The pipeliner carries values from one iteration to the next only when an op of the body
// defines them: a loop that yields its iteration argument as it is stays unchanged.
// CHECK-LABEL: gpu.func @carried_arg
// CHECK-NOT: attn.commit_kv_tiles
// CHECK: scf.for
// CHECK-NOT: async
// CHECK: scf.yield
gpu.module @m {
  gpu.func @carried_arg(%k: memref<?x8x128xbf16>, %n: index, %end: index, %x: f32) kernel {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %ks = memref.alloca() : memref<2x16x128xbf16, #gpu.address_space<workgroup>>
    %r = scf.for %i = %c0 to %n step %c1 iter_args(%a = %x) -> (f32) {
      %s = arith.remui %i, %c2 : index
      attn.copy_kv_tile k(%k : memref<?x8x128xbf16>) v(%k : memref<?x8x128xbf16>) pages() head %c0 col %c0 tile %i group %c0 keys[%c0, %end) into(%ks, %ks : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, memref<2x16x128xbf16, #gpu.address_space<workgroup>>)[%s] {page_size = 1 : i64, rows_per_group = 16 : i64, tile_kv = 16 : i64, vec = 8 : i64}
      gpu.barrier
      scf.yield %a : f32
    }
    gpu.return
  }
}

// -----

// One barrier per tile with 2 stages: no group may stay in flight at the wait (the refill of
// the other stage is issued after the barrier), and the stage index the body reads is the
// original one, not the refill's.
// CHECK-LABEL: gpu.func @single_two_stages
// CHECK: scf.for %[[I:.*]] = %c0 to %{{.*}} step %c1 {
// CHECK-NEXT: %[[S:.*]] = arith.remui %[[I]], %c2
// CHECK-NEXT: attn.wait_kv_tiles pending = 0
// CHECK-NEXT: gpu.barrier
// CHECK-NEXT: %[[AHEAD:.*]] = arith.addi %[[I]], %c1
// CHECK: attn.copy_kv_tile {{.*}} tile %[[AHEAD]] {{.*}} {async,
// CHECK: attn.commit_kv_tiles
// CHECK-NEXT: memref.load %{{.*}}[%[[S]], %c0, %c0]
// CHECK-NEXT: memref.store
// CHECK-NEXT: }
// CHECK-NEXT: attn.wait_kv_tiles pending = 0
gpu.module @m {
  gpu.func @single_two_stages(%k: memref<?x8x128xbf16>, %n: index, %end: index, %o: memref<16x128xbf16, #gpu.address_space<workgroup>>) kernel {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %ks = memref.alloca() : memref<2x16x128xbf16, #gpu.address_space<workgroup>>
    scf.for %i = %c0 to %n step %c1 {
      %s = arith.remui %i, %c2 : index
      attn.copy_kv_tile k(%k : memref<?x8x128xbf16>) v(%k : memref<?x8x128xbf16>) pages() head %c0 col %c0 tile %i group %c0 keys[%c0, %end) into(%ks, %ks : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, memref<2x16x128xbf16, #gpu.address_space<workgroup>>)[%s] {page_size = 1 : i64, rows_per_group = 16 : i64, tile_kv = 16 : i64, vec = 8 : i64}
      gpu.barrier
      %v = memref.load %ks[%s, %c0, %c0] : memref<2x16x128xbf16, #gpu.address_space<workgroup>>
      memref.store %v, %o[%c0, %c0] : memref<16x128xbf16, #gpu.address_space<workgroup>>
      gpu.barrier
    } {attn.single_barrier}
    gpu.return
  }
}
