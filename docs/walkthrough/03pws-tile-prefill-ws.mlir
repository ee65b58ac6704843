!paged_kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
#prefill_layout = #attn.prefill_layout<warps = 8, slices = 1, rows_per_group = 16, vec = 8, wgmma = true, producer_warps = 4>
module attributes {gpu.container_module} {
  gpu.module @llama3_8b_prefill_kernels {
    gpu.func @llama3_8b_prefill_attention(%arg0: memref<?x32x128xbf16> {attn.param = "q"}, %arg1: memref<?xi32> {attn.param = "qo_indptr"}, %arg2: memref<?x16x8x128xbf16> {attn.param = "k_cache"}, %arg3: memref<?x16x8x128xbf16> {attn.param = "v_cache"}, %arg4: memref<?xi32> {attn.param = "kv_indptr"}, %arg5: memref<?xi32> {attn.param = "kv_indices"}, %arg6: memref<?xi32> {attn.param = "kv_last_page_len"}, %arg7: memref<?xi32> {attn.param = "work_request"}, %arg8: memref<?xi32> {attn.param = "work_qo_tile"}, %arg9: memref<?xi32> {attn.param = "work_kv_begin"}, %arg10: memref<?xi32> {attn.param = "work_kv_end"}, %arg11: memref<?xi32> {attn.param = "work_partial"}, %arg12: memref<?xi32> {attn.param = "work_partial_stride"}, %arg13: memref<1xi32> {attn.param = "num_work"}, %arg14: memref<?x32x128xbf16> {attn.param = "o"}, %arg15: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg16: memref<?x32xf32> {attn.param = "tmp_lse"}) kernel attributes {attn.programmatic_primary, known_block_size = array<i32: 384, 1, 1>} {
      %c128_i32 = arith.constant 128 : i32
      %c10000000 = arith.constant 10000000 : index
      %true = arith.constant true
      %c3 = arith.constant 3 : index
      %c2 = arith.constant 2 : index
      %c256 = arith.constant 256 : index
      %c128 = arith.constant 128 : index
      %c4 = arith.constant 4 : index
      %c16 = arith.constant 16 : index
      %c1 = arith.constant 1 : index
      %c98304 = arith.constant 98304 : index
      %c32768 = arith.constant 32768 : index
      %c0 = arith.constant 0 : index
      %0 = attn.paged_kv k(%arg2 : memref<?x16x8x128xbf16>) v(%arg3 : memref<?x16x8x128xbf16>) indptr(%arg4 : memref<?xi32>) indices(%arg5 : memref<?xi32>) last_page_len(%arg6 : memref<?xi32>) : !paged_kv
      %block_id_x = gpu.block_id  x
      %block_id_y = gpu.block_id  y
      %1 = gpu.dynamic_shared_memory : memref<?xi8, #gpu.address_space<workgroup>>
      %view = memref.view %1[%c0][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<128x128xbf16, #gpu.address_space<workgroup>>
      %view_0 = memref.view %1[%c32768][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x128x128xbf16, #gpu.address_space<workgroup>>
      %view_1 = memref.view %1[%c98304][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x128x128xbf16, #gpu.address_space<workgroup>>
      %2 = memref.load %arg13[%c0] : memref<1xi32>
      %3 = arith.index_cast %2 : i32 to index
      %4 = arith.cmpi ult, %block_id_y, %3 : index
      scf.if %4 {
        %5 = memref.load %arg7[%block_id_y] : memref<?xi32>
        %6 = arith.index_cast %5 : i32 to index
        %7 = memref.load %arg8[%block_id_y] : memref<?xi32>
        %8 = arith.index_cast %7 : i32 to index
        %9 = memref.load %arg9[%block_id_y] : memref<?xi32>
        %10 = arith.index_cast %9 : i32 to index
        %11 = memref.load %arg10[%block_id_y] : memref<?xi32>
        %12 = arith.index_cast %11 : i32 to index
        %13 = memref.load %arg1[%6] : memref<?xi32>
        %14 = arith.index_cast %13 : i32 to index
        %15 = arith.addi %6, %c1 : index
        %16 = memref.load %arg1[%15] : memref<?xi32>
        %17 = arith.index_cast %16 : i32 to index
        %18 = arith.subi %17, %14 : index
        %19 = memref.load %arg4[%6] : memref<?xi32>
        %20 = arith.index_cast %19 : i32 to index
        %21 = memref.load %arg4[%15] : memref<?xi32>
        %22 = arith.index_cast %21 : i32 to index
        %23 = arith.subi %22, %20 : index
        %24 = memref.load %arg6[%6] : memref<?xi32>
        %25 = arith.index_cast %24 : i32 to index
        %26 = arith.cmpi eq, %23, %c0 : index
        %27 = arith.subi %23, %c1 : index
        %28 = arith.muli %27, %c16 : index
        %29 = arith.addi %28, %25 : index
        %30 = arith.select %26, %c0, %29 : index
        %31 = arith.muli %18, %c4 : index
        %32 = arith.muli %8, %c128 : index
        %33 = arith.addi %32, %c128 : index
        %34 = arith.minsi %33, %31 : index
        %35 = arith.subi %30, %18 : index
        %36 = arith.index_cast %35 : index to i32
        %37 = arith.index_cast %32 : index to i32
        %lo, %num_tiles, %unmasked_begin, %unmasked_end = attn.kv_tile_range keys[%10, %12) rows[%32, %34) delta %35 {align = 8 : i64, mask = #attn.mask<causal>, rows_per_position = 4 : i64, tile_kv = 128 : i64}
        %38 = attn.load_q_tile %arg0[%14, %block_id_x] rows[%32, %31) into %view : memref<128x128xbf16, #gpu.address_space<workgroup>> {layout = #prefill_layout, rows_per_position = 4 : i64} : memref<?x32x128xbf16> -> vector<128x128xbf16>
        %39 = nvgpu.mbarrier.create -> <memorySpace = #gpu.address_space<workgroup>, num_barriers = 4>
        %thread_id_x = gpu.thread_id  x
        %40 = arith.cmpi eq, %thread_id_x, %c0 : index
        nvgpu.mbarrier.init %39[%c0], %c128, predicate = %40 : <memorySpace = #gpu.address_space<workgroup>, num_barriers = 4>
        nvgpu.mbarrier.init %39[%c2], %c256, predicate = %40 : <memorySpace = #gpu.address_space<workgroup>, num_barriers = 4>
        nvgpu.mbarrier.init %39[%c1], %c128, predicate = %40 : <memorySpace = #gpu.address_space<workgroup>, num_barriers = 4>
        nvgpu.mbarrier.init %39[%c3], %c256, predicate = %40 : <memorySpace = #gpu.address_space<workgroup>, num_barriers = 4>
        attn.wait_kv_tiles pending = 0
        gpu.barrier
        attn.warp_specialize consumers 256 producers 128 registers(232, 40) producer {
          scf.for %arg17 = %c0 to %num_tiles step %c1 {
            %41 = arith.remui %arg17, %c2 : index
            %42 = arith.divui %arg17, %c2 : index
            %43 = arith.index_cast %42 : index to i32
            %44 = arith.trunci %43 : i32 to i1
            %45 = arith.addi %41, %c2 : index
            %46 = arith.xori %44, %true : i1
            nvgpu.mbarrier.try_wait.parity %39[%45], %46, %c10000000 : <memorySpace = #gpu.address_space<workgroup>, num_barriers = 4>
            %47 = nvgpu.mbarrier.get %39[%41] : <memorySpace = #gpu.address_space<workgroup>, num_barriers = 4> -> i32
            attn.load_kv_tile %0[%20] head %block_id_x tile %arg17 keys[%lo, %12) into %view_0, %view_1[%41] arrive %47 {async, keys_aligned = 8 : i64, layout = #prefill_layout, swizzle} : !paged_kv, memref<2x128x128xbf16, #gpu.address_space<workgroup>>
          }
          attn.commit_kv_tiles
          attn.wait_kv_tiles pending = 0
        } consumer {
          %m, %l, %acc = attn.init_state {layout = #prefill_layout} : vector<128xf32>, vector<128x128xf32>
          %41:3 = scf.for %arg17 = %c0 to %num_tiles step %c1 iter_args(%arg18 = %m, %arg19 = %l, %arg20 = %acc) -> (vector<128xf32>, vector<128xf32>, vector<128x128xf32>) {
            %65 = arith.remui %arg17, %c2 : index
            %66 = arith.divui %arg17, %c2 : index
            %67 = arith.index_cast %66 : index to i32
            %68 = arith.trunci %67 : i32 to i1
            nvgpu.mbarrier.try_wait.parity %39[%65], %68, %c10000000 : <memorySpace = #gpu.address_space<workgroup>, num_barriers = 4>
            %69 = arith.index_cast %arg17 : index to i32
            %70 = arith.index_cast %lo : index to i32
            %71 = attn.recompute %70 : i32
            %72 = arith.muli %69, %c128_i32 : i32
            %73 = arith.addi %71, %72 : i32
            %74 = arith.index_cast %unmasked_end : index to i32
            %75 = attn.recompute %74 : i32
            %76 = arith.cmpi sge, %69, %75 : i32
            %77:3 = scf.if %76 -> (vector<128xf32>, vector<128xf32>, vector<128x128xf32>) {
              %80 = attn.tile_qk %38, %view_0[%65] {layout = #prefill_layout} : vector<128x128xbf16>, memref<2x128x128xbf16, #gpu.address_space<workgroup>> -> vector<128x128xf32>
              %81 = attn.score_mod %80 rows %36 offset %37 cols %73 keys %11 {layout = #prefill_layout, mask = #attn.mask<causal>, rows_per_position = 4 : i64, scale = 1.000000e+00 : f32} : vector<128x128xf32>, i32
              %p, %m_new, %l_new, %alpha, %acc_new = attn.online_softmax %81 max %arg18 sum %arg19 acc %arg20 {layout = #prefill_layout, scale = 0.12751743082459868 : f64} : vector<128x128xf32>, vector<128xf32>, vector<128x128xf32>
              %82 = attn.tile_pv %p, %view_1[%65], %acc_new {layout = #prefill_layout} : vector<128x128xf32>, memref<2x128x128xbf16, #gpu.address_space<workgroup>> -> vector<128x128xf32>
              scf.yield %m_new, %l_new, %82 : vector<128xf32>, vector<128xf32>, vector<128x128xf32>
            } else {
              %80 = attn.tile_qk %38, %view_0[%65] {layout = #prefill_layout} : vector<128x128xbf16>, memref<2x128x128xbf16, #gpu.address_space<workgroup>> -> vector<128x128xf32>
              %81 = attn.score_mod %80 rows %36 offset %37 cols %73 keys %11 {all_visible, layout = #prefill_layout, mask = #attn.mask<causal>, rows_per_position = 4 : i64, scale = 1.000000e+00 : f32} : vector<128x128xf32>, i32
              %p, %m_new, %l_new, %alpha, %acc_new = attn.online_softmax %81 max %arg18 sum %arg19 acc %arg20 {layout = #prefill_layout, scale = 0.12751743082459868 : f64} : vector<128x128xf32>, vector<128xf32>, vector<128x128xf32>
              %82 = attn.tile_pv %p, %view_1[%65], %acc_new {layout = #prefill_layout} : vector<128x128xf32>, memref<2x128x128xbf16, #gpu.address_space<workgroup>> -> vector<128x128xf32>
              scf.yield %m_new, %l_new, %82 : vector<128xf32>, vector<128xf32>, vector<128x128xf32>
            }
            %78 = arith.addi %65, %c2 : index
            %79 = nvgpu.mbarrier.arrive %39[%78] : <memorySpace = #gpu.address_space<workgroup>, num_barriers = 4> -> !nvgpu.mbarrier.token
            scf.yield %77#0, %77#1, %77#2 : vector<128xf32>, vector<128xf32>, vector<128x128xf32>
          }
          %42 = arith.index_cast %block_id_y : index to i32
          %43 = attn.recompute %42 : i32
          %44 = arith.index_cast %43 : i32 to index
          %45 = arith.index_cast %block_id_x : index to i32
          %46 = attn.recompute %45 : i32
          %47 = arith.index_cast %46 : i32 to index
          %48 = memref.load %arg7[%44] : memref<?xi32>
          %49 = arith.index_cast %48 : i32 to index
          %50 = memref.load %arg11[%44] : memref<?xi32>
          %51 = memref.load %arg12[%44] : memref<?xi32>
          %52 = arith.index_cast %51 : i32 to index
          %53 = memref.load %arg1[%49] : memref<?xi32>
          %54 = arith.index_cast %53 : i32 to index
          %55 = arith.addi %49, %c1 : index
          %56 = memref.load %arg1[%55] : memref<?xi32>
          %57 = arith.index_cast %56 : i32 to index
          %58 = arith.subi %57, %54 : index
          %59 = memref.load %arg8[%44] : memref<?xi32>
          %60 = arith.index_cast %59 : i32 to index
          %61 = arith.muli %60, %c128 : index
          %62 = arith.addi %61, %c128 : index
          %63 = arith.muli %58, %c4 : index
          %64 = arith.minsi %62, %63 : index
          %o, %lse = attn.finalize %41#2 max %41#0 sum %41#1 {layout = #prefill_layout, natural_lse, scale = 0.12751743082459868 : f64} : vector<128x128xf32>, vector<128xf32>
          attn.store_output %o, %lse into %arg14[%54, %47] rows[%61, %64) slot %50 partial %arg15, %arg16[%52] : memref<?x32x128xf32>, memref<?x32xf32> {layout = #prefill_layout, rows_per_position = 4 : i64} : vector<128x128xf32>, vector<128xf32>, memref<?x32x128xbf16>
        }
      }
      gpu.return
    }
    gpu.func @llama3_8b_prefill_merge(%arg0: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg1: memref<?x32xf32> {attn.param = "tmp_lse"}, %arg2: memref<?xi32> {attn.param = "merge_indptr"}, %arg3: memref<1xi32> {attn.param = "num_rows"}, %arg4: memref<?x32x128xbf16> {attn.param = "o"}) kernel attributes {attn.programmatic_dependent, known_block_size = array<i32: 256, 1, 1>} {
      attn.merge_states ins(%arg0, %arg1 : memref<?x32x128xf32>, memref<?x32xf32>) indptr(%arg2 : memref<?xi32>) outs(%arg4 : memref<?x32x128xbf16>) {layout = #attn.merge_layout<lanes = 16, slices = 16>}
      gpu.return
    }
  }
  attn.kernel_abi @llama3_8b_prefill_attention for @llama3_8b_prefill_kernels::@llama3_8b_prefill_attention {block = array<i32: 384, 1, 1>, dynamic_smem = 163840 : i64, family = "prefill", params = [{kind = "ptr", name = "q"}, {kind = "ptr", name = "qo_indptr"}, {kind = "ptr", name = "k_cache"}, {kind = "ptr", name = "v_cache"}, {kind = "ptr", name = "kv_indptr"}, {kind = "ptr", name = "kv_indices"}, {kind = "ptr", name = "kv_last_page_len"}, {kind = "ptr", name = "work_request"}, {kind = "ptr", name = "work_qo_tile"}, {kind = "ptr", name = "work_kv_begin"}, {kind = "ptr", name = "work_kv_end"}, {kind = "ptr", name = "work_partial"}, {kind = "ptr", name = "work_partial_stride"}, {kind = "ptr", name = "num_work"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}], role = "attention", tile = {m_tiles = 1 : i64, producer = 1 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "prefill", threads = 384 : i64, tile_kv = 128 : i64, tile_q = 128 : i64, vec = 8 : i64, warps = 8 : i64, wgmma = 1 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = false, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  attn.kernel_abi @llama3_8b_prefill_merge for @llama3_8b_prefill_kernels::@llama3_8b_prefill_merge {block = array<i32: 256, 1, 1>, dynamic_smem = 0 : i64, family = "prefill", params = [{kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}, {kind = "ptr", name = "merge_indptr"}, {kind = "ptr", name = "num_rows"}, {kind = "ptr", name = "o"}], role = "merge", tile = {bdx = 16 : i64, heads_per_cta = 1 : i64, pdl = 1 : i64, slices = 16 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "prefill", threads = 384 : i64, tile_kv = 128 : i64, tile_q = 128 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = false, rope = "none", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  func.func @llama3_8b_prefill(%arg0: memref<?x32x128xbf16>, %arg1: memref<?xi32>, %arg2: memref<?x16x8x128xbf16>, %arg3: memref<?x16x8x128xbf16>, %arg4: memref<?xi32>, %arg5: memref<?xi32>, %arg6: memref<?xi32>, %arg7: memref<?x32x128xbf16>) {
    return
  }
}

