// RUN: attn-opt %s -split-input-file -pass-pipeline="builtin.module(gpu.module(convert-attn-to-nvvm,canonicalize,cse))" | FileCheck %s

// The tiled and pipelined decode kernel (attn-tile + attn-pipeline of the split-KV GQA 4:1
// decode, 8-key tiles, 4 stages) for sm_90a: the tile ops become 16-byte cp.async copies and
// cp.async groups, and the kernel lets its programmatic dependent (the merge) launch early.
// CHECK-LABEL: gpu.func @decode_attention
// CHECK-NOT: attn.programmatic_primary
// CHECK: nvvm.griddepcontrol launch_dependents
// CHECK-NOT: {{attn\.(kv_tile_pages|copy_kv_tile|commit_kv_tiles|wait_kv_tiles) }}
// CHECK-DAG: %[[KS:.*]] = memref.view %{{.*}}[%c0{{.*}}][] : {{.*}} to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
// CHECK-DAG: %[[VS:.*]] = memref.view %{{.*}}[%c8192][] : {{.*}} to memref<4x8x128xbf16, #gpu.address_space<workgroup>>
// Prologue: the page of the key, its slot, and a zero-filling copy of K and V per stage.
// CHECK: scf.if
// CHECK: scf.if
// CHECK:   %[[KEY:.*]] = arith.minsi
// CHECK:   %[[IN_PAGE:.*]] = arith.divui %[[KEY]], %c16
// CHECK:   memref.load %{{.*}}[%{{.*}}] : memref<?xi32>
// CHECK:   %[[PAGE:.*]] = arith.index_cast %{{.*}} : i32 to index
// CHECK:   nvgpu.device_async_copy %{{.*}}[%[[PAGE]], %{{.*}}, %{{.*}}, %{{.*}}], %[[KS]][%c0, %{{.*}}, %{{.*}}], 8, %{{.*}} {bypassL1}
// CHECK:   nvgpu.device_async_copy %{{.*}}[%[[PAGE]], %{{.*}}, %{{.*}}, %{{.*}}], %[[VS]][%c0, %{{.*}}, %{{.*}}], 8, %{{.*}} {bypassL1}
// CHECK: nvvm.cp.async.commit.group
// CHECK: nvvm.cp.async.commit.group
// CHECK: nvvm.cp.async.commit.group
// CHECK: scf.for {{.*}} -> (f32, f32, vector<8xf32>, index)
// CHECK:   nvgpu.device_async_copy
// CHECK:   nvvm.cp.async.commit.group
// CHECK:   memref.load %{{.*}} : memref<?xi32>
// CHECK:   nvvm.cp.async.wait.group 3
// CHECK:   gpu.barrier
// CHECK: nvvm.cp.async.wait.group 0
// CHECK: gpu.return

// The merge kernel: one CTA per row and head, 8 slices of 16 lanes each folding every 8th
// partial state; the slices meet in shared memory; empty ranges are left alone.
// CHECK-LABEL: gpu.func @decode_merge
// CHECK-SAME: workgroup(%[[SO:.*]] : memref<8x1x128xf32, #gpu.address_space<workgroup>>, %[[SM:.*]] : memref<8x1xf32, #gpu.address_space<workgroup>>, %[[SD:.*]] : memref<8x1xf32, #gpu.address_space<workgroup>>)
// CHECK-NOT: {{attn\.(attention|merge_states|merge_state|paged_kv|ragged_kv|rope|append_paged_kv) }}
// CHECK: nvvm.griddepcontrol wait
// CHECK: memref.load %{{.*}}[%c0] : memref<1xi32>
// CHECK: scf.if
// CHECK: scf.if
// CHECK: scf.for %{{.*}} = %{{.*}} to %{{.*}} step %c8 iter_args({{.*}}) -> (f32, f32, vector<8xf32>)
// CHECK:   vector.load %{{.*}} {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
// CHECK:   math.exp2
// CHECK: vector.store %{{.*}}, %[[SO]]
// CHECK: gpu.barrier
// CHECK: vector.load %[[SO]]
// CHECK: vector.store %{{.*}} : memref<?x32x128xbf16>, vector<8xbf16>

module attributes {gpu.container_module} {
  gpu.module @decode_kernels [#nvvm.target<chip = "sm_90a">] {
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
        %31 = arith.cmpi ugt, %24, %c0 : index
        scf.if %31 {
          %38 = attn.kv_tile_pages %arg5[%20] tile %c0 group %30 keys[%11, %13) {page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 8 : i64} : memref<?xi32> -> index
          attn.copy_kv_tile k(%arg2 : memref<?x16x8x128xbf16>) v(%arg3 : memref<?x16x8x128xbf16>) pages(%38) head %block_id_y col %25 tile %c0 group %30 keys[%11, %13) into(%view, %view_6 : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, memref<4x8x128xbf16, #gpu.address_space<workgroup>>) [%c0] {async, page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 8 : i64, vec = 8 : i64}
        }
        attn.commit_kv_tiles
        %32 = arith.cmpi ugt, %24, %c1 : index
        scf.if %32 {
          %38 = attn.kv_tile_pages %arg5[%20] tile %c1 group %30 keys[%11, %13) {page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 8 : i64} : memref<?xi32> -> index
          attn.copy_kv_tile k(%arg2 : memref<?x16x8x128xbf16>) v(%arg3 : memref<?x16x8x128xbf16>) pages(%38) head %block_id_y col %25 tile %c1 group %30 keys[%11, %13) into(%view, %view_6 : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, memref<4x8x128xbf16, #gpu.address_space<workgroup>>) [%c1] {async, page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 8 : i64, vec = 8 : i64}
        }
        attn.commit_kv_tiles
        %33 = arith.cmpi ugt, %24, %c2 : index
        scf.if %33 {
          %38 = attn.kv_tile_pages %arg5[%20] tile %c2 group %30 keys[%11, %13) {page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 8 : i64} : memref<?xi32> -> index
          attn.copy_kv_tile k(%arg2 : memref<?x16x8x128xbf16>) v(%arg3 : memref<?x16x8x128xbf16>) pages(%38) head %block_id_y col %25 tile %c2 group %30 keys[%11, %13) into(%view, %view_6 : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, memref<4x8x128xbf16, #gpu.address_space<workgroup>>) [%c2] {async, page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 8 : i64, vec = 8 : i64}
        }
        attn.commit_kv_tiles
        %34 = scf.if %31 -> (index) {
          %38 = attn.kv_tile_pages %arg5[%20] tile %c3 group %30 keys[%11, %13) {page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 8 : i64} : memref<?xi32> -> index
          scf.yield %38 : index
        } else {
          scf.yield %c0 : index
        }
        %35:4 = scf.for %arg16 = %c0 to %24 step %c1 iter_args(%arg17 = %cst_4, %arg18 = %cst_3, %arg19 = %cst_2, %arg20 = %34) -> (f32, f32, vector<8xf32>, index) {
          %38 = arith.remui %arg16, %c4 : index
          %39 = arith.addi %arg16, %c3 : index
          %40 = arith.cmpi ult, %39, %24 : index
          scf.if %40 {
            %203 = arith.remui %39, %c4 : index
            attn.copy_kv_tile k(%arg2 : memref<?x16x8x128xbf16>) v(%arg3 : memref<?x16x8x128xbf16>) pages(%arg20) head %block_id_y col %25 tile %39 group %30 keys[%11, %13) into(%view, %view_6 : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, memref<4x8x128xbf16, #gpu.address_space<workgroup>>) [%203] {async, page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 8 : i64, vec = 8 : i64}
          }
          attn.commit_kv_tiles
          %41 = arith.addi %arg16, %c4 : index
          %42 = attn.kv_tile_pages %arg5[%20] tile %41 group %30 keys[%11, %13) {page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 8 : i64} : memref<?xi32> -> index
          attn.wait_kv_tiles pending = 3
          gpu.barrier
          %43 = arith.muli %arg16, %c8 : index
          %44 = arith.addi %11, %43 : index
          %45 = vector.load %view[%38, %29, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %46 = arith.extf %45 : vector<8xbf16> to vector<8xf32>
          %47 = arith.addi %44, %29 : index
          %48 = arith.cmpi ult, %47, %13 : index
          %49 = vector.extract %28[0] : f32 from vector<8xf32>
          %50 = vector.extract %46[0] : f32 from vector<8xf32>
          %51 = arith.mulf %49, %50 : f32
          %52 = vector.extract %28[1] : f32 from vector<8xf32>
          %53 = vector.extract %46[1] : f32 from vector<8xf32>
          %54 = math.fma %52, %53, %51 : f32
          %55 = vector.extract %28[2] : f32 from vector<8xf32>
          %56 = vector.extract %46[2] : f32 from vector<8xf32>
          %57 = math.fma %55, %56, %54 : f32
          %58 = vector.extract %28[3] : f32 from vector<8xf32>
          %59 = vector.extract %46[3] : f32 from vector<8xf32>
          %60 = math.fma %58, %59, %57 : f32
          %61 = vector.extract %28[4] : f32 from vector<8xf32>
          %62 = vector.extract %46[4] : f32 from vector<8xf32>
          %63 = math.fma %61, %62, %60 : f32
          %64 = vector.extract %28[5] : f32 from vector<8xf32>
          %65 = vector.extract %46[5] : f32 from vector<8xf32>
          %66 = math.fma %64, %65, %63 : f32
          %67 = vector.extract %28[6] : f32 from vector<8xf32>
          %68 = vector.extract %46[6] : f32 from vector<8xf32>
          %69 = math.fma %67, %68, %66 : f32
          %70 = vector.extract %28[7] : f32 from vector<8xf32>
          %71 = vector.extract %46[7] : f32 from vector<8xf32>
          %72 = math.fma %70, %71, %69 : f32
          %shuffleResult, %valid = gpu.shuffle  xor %72, %c8_i32, %c32_i32 : f32
          %73 = arith.addf %72, %shuffleResult : f32
          %shuffleResult_10, %valid_11 = gpu.shuffle  xor %73, %c4_i32, %c32_i32 : f32
          %74 = arith.addf %73, %shuffleResult_10 : f32
          %shuffleResult_12, %valid_13 = gpu.shuffle  xor %74, %c2_i32, %c32_i32 : f32
          %75 = arith.addf %74, %shuffleResult_12 : f32
          %shuffleResult_14, %valid_15 = gpu.shuffle  xor %75, %c1_i32, %c32_i32 : f32
          %76 = arith.addf %75, %shuffleResult_14 : f32
          %77 = math.tanh %76 fastmath<afn> : f32
          %78 = arith.mulf %77, %cst_1 : f32
          %79 = arith.select %48, %78, %cst_4 : f32
          %80 = arith.addi %29, %c1 : index
          %81 = vector.load %view[%38, %80, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %82 = arith.extf %81 : vector<8xbf16> to vector<8xf32>
          %83 = arith.addi %44, %80 : index
          %84 = arith.cmpi ult, %83, %13 : index
          %85 = vector.extract %82[0] : f32 from vector<8xf32>
          %86 = arith.mulf %49, %85 : f32
          %87 = vector.extract %82[1] : f32 from vector<8xf32>
          %88 = math.fma %52, %87, %86 : f32
          %89 = vector.extract %82[2] : f32 from vector<8xf32>
          %90 = math.fma %55, %89, %88 : f32
          %91 = vector.extract %82[3] : f32 from vector<8xf32>
          %92 = math.fma %58, %91, %90 : f32
          %93 = vector.extract %82[4] : f32 from vector<8xf32>
          %94 = math.fma %61, %93, %92 : f32
          %95 = vector.extract %82[5] : f32 from vector<8xf32>
          %96 = math.fma %64, %95, %94 : f32
          %97 = vector.extract %82[6] : f32 from vector<8xf32>
          %98 = math.fma %67, %97, %96 : f32
          %99 = vector.extract %82[7] : f32 from vector<8xf32>
          %100 = math.fma %70, %99, %98 : f32
          %shuffleResult_16, %valid_17 = gpu.shuffle  xor %100, %c8_i32, %c32_i32 : f32
          %101 = arith.addf %100, %shuffleResult_16 : f32
          %shuffleResult_18, %valid_19 = gpu.shuffle  xor %101, %c4_i32, %c32_i32 : f32
          %102 = arith.addf %101, %shuffleResult_18 : f32
          %shuffleResult_20, %valid_21 = gpu.shuffle  xor %102, %c2_i32, %c32_i32 : f32
          %103 = arith.addf %102, %shuffleResult_20 : f32
          %shuffleResult_22, %valid_23 = gpu.shuffle  xor %103, %c1_i32, %c32_i32 : f32
          %104 = arith.addf %103, %shuffleResult_22 : f32
          %105 = math.tanh %104 fastmath<afn> : f32
          %106 = arith.mulf %105, %cst_1 : f32
          %107 = arith.select %84, %106, %cst_4 : f32
          %108 = arith.addi %29, %c2 : index
          %109 = vector.load %view[%38, %108, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %110 = arith.extf %109 : vector<8xbf16> to vector<8xf32>
          %111 = arith.addi %44, %108 : index
          %112 = arith.cmpi ult, %111, %13 : index
          %113 = vector.extract %110[0] : f32 from vector<8xf32>
          %114 = arith.mulf %49, %113 : f32
          %115 = vector.extract %110[1] : f32 from vector<8xf32>
          %116 = math.fma %52, %115, %114 : f32
          %117 = vector.extract %110[2] : f32 from vector<8xf32>
          %118 = math.fma %55, %117, %116 : f32
          %119 = vector.extract %110[3] : f32 from vector<8xf32>
          %120 = math.fma %58, %119, %118 : f32
          %121 = vector.extract %110[4] : f32 from vector<8xf32>
          %122 = math.fma %61, %121, %120 : f32
          %123 = vector.extract %110[5] : f32 from vector<8xf32>
          %124 = math.fma %64, %123, %122 : f32
          %125 = vector.extract %110[6] : f32 from vector<8xf32>
          %126 = math.fma %67, %125, %124 : f32
          %127 = vector.extract %110[7] : f32 from vector<8xf32>
          %128 = math.fma %70, %127, %126 : f32
          %shuffleResult_24, %valid_25 = gpu.shuffle  xor %128, %c8_i32, %c32_i32 : f32
          %129 = arith.addf %128, %shuffleResult_24 : f32
          %shuffleResult_26, %valid_27 = gpu.shuffle  xor %129, %c4_i32, %c32_i32 : f32
          %130 = arith.addf %129, %shuffleResult_26 : f32
          %shuffleResult_28, %valid_29 = gpu.shuffle  xor %130, %c2_i32, %c32_i32 : f32
          %131 = arith.addf %130, %shuffleResult_28 : f32
          %shuffleResult_30, %valid_31 = gpu.shuffle  xor %131, %c1_i32, %c32_i32 : f32
          %132 = arith.addf %131, %shuffleResult_30 : f32
          %133 = math.tanh %132 fastmath<afn> : f32
          %134 = arith.mulf %133, %cst_1 : f32
          %135 = arith.select %112, %134, %cst_4 : f32
          %136 = arith.addi %29, %c3 : index
          %137 = vector.load %view[%38, %136, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %138 = arith.extf %137 : vector<8xbf16> to vector<8xf32>
          %139 = arith.addi %44, %136 : index
          %140 = arith.cmpi ult, %139, %13 : index
          %141 = vector.extract %138[0] : f32 from vector<8xf32>
          %142 = arith.mulf %49, %141 : f32
          %143 = vector.extract %138[1] : f32 from vector<8xf32>
          %144 = math.fma %52, %143, %142 : f32
          %145 = vector.extract %138[2] : f32 from vector<8xf32>
          %146 = math.fma %55, %145, %144 : f32
          %147 = vector.extract %138[3] : f32 from vector<8xf32>
          %148 = math.fma %58, %147, %146 : f32
          %149 = vector.extract %138[4] : f32 from vector<8xf32>
          %150 = math.fma %61, %149, %148 : f32
          %151 = vector.extract %138[5] : f32 from vector<8xf32>
          %152 = math.fma %64, %151, %150 : f32
          %153 = vector.extract %138[6] : f32 from vector<8xf32>
          %154 = math.fma %67, %153, %152 : f32
          %155 = vector.extract %138[7] : f32 from vector<8xf32>
          %156 = math.fma %70, %155, %154 : f32
          %shuffleResult_32, %valid_33 = gpu.shuffle  xor %156, %c8_i32, %c32_i32 : f32
          %157 = arith.addf %156, %shuffleResult_32 : f32
          %shuffleResult_34, %valid_35 = gpu.shuffle  xor %157, %c4_i32, %c32_i32 : f32
          %158 = arith.addf %157, %shuffleResult_34 : f32
          %shuffleResult_36, %valid_37 = gpu.shuffle  xor %158, %c2_i32, %c32_i32 : f32
          %159 = arith.addf %158, %shuffleResult_36 : f32
          %shuffleResult_38, %valid_39 = gpu.shuffle  xor %159, %c1_i32, %c32_i32 : f32
          %160 = arith.addf %159, %shuffleResult_38 : f32
          %161 = math.tanh %160 fastmath<afn> : f32
          %162 = arith.mulf %161, %cst_1 : f32
          %163 = arith.select %140, %162, %cst_4 : f32
          %164 = vector.load %view_6[%38, %29, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %165 = arith.extf %164 : vector<8xbf16> to vector<8xf32>
          %166 = vector.load %view_6[%38, %80, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %167 = arith.extf %166 : vector<8xbf16> to vector<8xf32>
          %168 = vector.load %view_6[%38, %108, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %169 = arith.extf %168 : vector<8xbf16> to vector<8xf32>
          %170 = vector.load %view_6[%38, %136, %25] {alignment = 16 : i64} : memref<4x8x128xbf16, #gpu.address_space<workgroup>>, vector<8xbf16>
          %171 = arith.extf %170 : vector<8xbf16> to vector<8xf32>
          %172 = arith.maximumf %arg17, %79 : f32
          %173 = arith.maximumf %172, %107 : f32
          %174 = arith.maximumf %173, %135 : f32
          %175 = arith.maximumf %174, %163 : f32
          %176 = arith.cmpf oeq, %175, %cst_4 : f32
          %177 = arith.select %176, %cst_3, %175 : f32
          %178 = arith.subf %arg17, %177 : f32
          %179 = math.exp2 %178 fastmath<afn> : f32
          %180 = arith.mulf %arg18, %179 : f32
          %181 = vector.broadcast %179 : f32 to vector<8xf32>
          %182 = arith.mulf %arg19, %181 : vector<8xf32>
          %183 = arith.subf %79, %177 : f32
          %184 = math.exp2 %183 fastmath<afn> : f32
          %185 = arith.addf %180, %184 : f32
          %186 = vector.broadcast %184 : f32 to vector<8xf32>
          %187 = vector.fma %186, %165, %182 : vector<8xf32>
          %188 = arith.subf %107, %177 : f32
          %189 = math.exp2 %188 fastmath<afn> : f32
          %190 = arith.addf %185, %189 : f32
          %191 = vector.broadcast %189 : f32 to vector<8xf32>
          %192 = vector.fma %191, %167, %187 : vector<8xf32>
          %193 = arith.subf %135, %177 : f32
          %194 = math.exp2 %193 fastmath<afn> : f32
          %195 = arith.addf %190, %194 : f32
          %196 = vector.broadcast %194 : f32 to vector<8xf32>
          %197 = vector.fma %196, %169, %192 : vector<8xf32>
          %198 = arith.subf %163, %177 : f32
          %199 = math.exp2 %198 fastmath<afn> : f32
          %200 = arith.addf %195, %199 : f32
          %201 = vector.broadcast %199 : f32 to vector<8xf32>
          %202 = vector.fma %201, %171, %197 : vector<8xf32>
          gpu.barrier
          scf.yield %175, %200, %202, %42 : f32, f32, vector<8xf32>, index
        }
        attn.wait_kv_tiles pending = 0
        %36 = arith.cmpi eq, %3, %c0 : index
        %37 = arith.cmpi eq, %0, %c0 : index
        vector.store %35#2, %view_7[%3, %2, %25] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
        scf.if %37 {
          memref.store %35#0, %view_8[%3, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          memref.store %35#1, %view_9[%3, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
        }
        gpu.barrier
        scf.if %36 {
          %38 = memref.load %view_8[%c0, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %39 = memref.load %view_9[%c0, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %40 = vector.load %view_7[%c0, %2, %25] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %41 = arith.cmpf oeq, %38, %cst_4 : f32
          %42 = arith.select %41, %cst_3, %38 : f32
          %43 = arith.subf %cst_4, %42 : f32
          %44 = math.exp2 %43 fastmath<afn> : f32
          %45 = arith.subf %38, %42 : f32
          %46 = math.exp2 %45 fastmath<afn> : f32
          %47 = arith.mulf %44, %cst_3 : f32
          %48 = arith.mulf %39, %46 : f32
          %49 = arith.addf %47, %48 : f32
          %50 = vector.broadcast %46 : f32 to vector<8xf32>
          %51 = vector.broadcast %44 : f32 to vector<8xf32>
          %52 = arith.mulf %51, %cst_2 : vector<8xf32>
          %53 = vector.fma %50, %40, %52 : vector<8xf32>
          %54 = memref.load %view_8[%c1, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %55 = memref.load %view_9[%c1, %2] : memref<2x4xf32, #gpu.address_space<workgroup>>
          %56 = vector.load %view_7[%c1, %2, %25] {alignment = 16 : i64} : memref<2x4x128xf32, #gpu.address_space<workgroup>>, vector<8xf32>
          %57 = arith.maximumf %38, %54 : f32
          %58 = arith.cmpf oeq, %57, %cst_4 : f32
          %59 = arith.select %58, %cst_3, %57 : f32
          %60 = arith.subf %38, %59 : f32
          %61 = math.exp2 %60 fastmath<afn> : f32
          %62 = arith.subf %54, %59 : f32
          %63 = math.exp2 %62 fastmath<afn> : f32
          %64 = arith.mulf %49, %61 : f32
          %65 = arith.mulf %55, %63 : f32
          %66 = arith.addf %64, %65 : f32
          %67 = vector.broadcast %63 : f32 to vector<8xf32>
          %68 = vector.broadcast %61 : f32 to vector<8xf32>
          %69 = arith.mulf %53, %68 : vector<8xf32>
          %70 = vector.fma %67, %56, %69 : vector<8xf32>
          %71 = arith.cmpi slt, %14, %c0_i32 : i32
          %72 = arith.cmpf ogt, %66, %cst_3 : f32
          %73 = arith.select %72, %66, %cst_0 : f32
          %74 = vector.broadcast %73 : f32 to vector<8xf32>
          %75 = arith.divf %70, %74 : vector<8xf32>
          %76 = arith.select %72, %75, %cst_2 : vector<8xf32>
          %77 = math.log2 %73 fastmath<afn> : f32
          %78 = arith.addf %57, %77 : f32
          %79 = arith.mulf %78, %cst : f32
          %80 = arith.select %72, %79, %cst_4 : f32
          scf.if %71 {
            %81 = arith.truncf %76 : vector<8xf32> to vector<8xbf16>
            vector.store %81, %arg12[%16, %18, %25] {alignment = 16 : i64} : memref<?x32x128xbf16>, vector<8xbf16>
            scf.if %37 {
              memref.store %80, %arg13[%16, %18] : memref<?x32xf32>
            }
          } else {
            %81 = arith.index_cast %14 : i32 to index
            vector.store %76, %arg14[%81, %18, %25] {alignment = 16 : i64} : memref<?x32x128xf32>, vector<8xf32>
            scf.if %37 {
              memref.store %80, %arg15[%81, %18] : memref<?x32xf32>
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

// Without a target of sm_90 or later the kernel does not signal its dependents.
// CHECK-LABEL: gpu.func @sm80
// CHECK-NOT: griddepcontrol
gpu.module @m80 [#nvvm.target<chip = "sm_80">] {
  gpu.func @sm80() kernel attributes {attn.programmatic_primary} {
    gpu.return
  }
}

// -----

// A synchronous tile copy waits for itself.
// CHECK-LABEL: gpu.func @sync_copy
// CHECK: nvgpu.device_async_copy
// CHECK: nvgpu.device_async_copy
// CHECK-NEXT: nvvm.cp.async.commit.group
// CHECK-NEXT: nvvm.cp.async.wait.group 0
gpu.module @m {
  gpu.func @sync_copy(%kc: memref<?x16x8x128xbf16>, %p: index, %n: index) kernel {
    %c0 = arith.constant 0 : index
    %ks = memref.alloca() : memref<2x16x128xbf16, #gpu.address_space<workgroup>>
    attn.copy_kv_tile k(%kc : memref<?x16x8x128xbf16>) v(%kc : memref<?x16x8x128xbf16>) pages(%p) head %c0 col %c0 tile %c0 group %c0 keys[%c0, %n) into(%ks, %ks : memref<2x16x128xbf16, #gpu.address_space<workgroup>>, memref<2x16x128xbf16, #gpu.address_space<workgroup>>)[%c0] {page_size = 16 : i64, rows_per_group = 1 : i64, tile_kv = 16 : i64, vec = 8 : i64}
    gpu.return
  }
}
