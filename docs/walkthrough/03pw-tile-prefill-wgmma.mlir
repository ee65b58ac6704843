!paged_kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
#prefill_layout = #attn.prefill_layout<warps = 8, slices = 1, rows_per_group = 4, vec = 8, wgmma = true>
module attributes {gpu.container_module} {
  gpu.module @llama3_8b_prefill_kernels {
    gpu.func @llama3_8b_prefill_attention(%arg0: memref<?x32x128xbf16> {attn.param = "q"}, %arg1: memref<?xi32> {attn.param = "qo_indptr"}, %arg2: memref<?x16x8x128xbf16> {attn.param = "k_cache"}, %arg3: memref<?x16x8x128xbf16> {attn.param = "v_cache"}, %arg4: memref<?xi32> {attn.param = "kv_indptr"}, %arg5: memref<?xi32> {attn.param = "kv_indices"}, %arg6: memref<?xi32> {attn.param = "kv_last_page_len"}, %arg7: memref<?xi32> {attn.param = "work_request"}, %arg8: memref<?xi32> {attn.param = "work_qo_tile"}, %arg9: memref<?xi32> {attn.param = "work_kv_begin"}, %arg10: memref<?xi32> {attn.param = "work_kv_end"}, %arg11: memref<?xi32> {attn.param = "work_partial"}, %arg12: memref<?xi32> {attn.param = "work_partial_stride"}, %arg13: memref<1xi32> {attn.param = "num_work"}, %arg14: memref<?x32x128xbf16> {attn.param = "o"}, %arg15: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg16: memref<?x32xf32> {attn.param = "tmp_lse"}) kernel attributes {attn.programmatic_primary, known_block_size = array<i32: 256, 1, 1>} {
      %c64_i32 = arith.constant 64 : i32
      %c2 = arith.constant 2 : index
      %c128 = arith.constant 128 : index
      %c4 = arith.constant 4 : index
      %c16 = arith.constant 16 : index
      %c1 = arith.constant 1 : index
      %c65536 = arith.constant 65536 : index
      %c32768 = arith.constant 32768 : index
      %c0 = arith.constant 0 : index
      %0 = attn.paged_kv k(%arg2 : memref<?x16x8x128xbf16>) v(%arg3 : memref<?x16x8x128xbf16>) indptr(%arg4 : memref<?xi32>) indices(%arg5 : memref<?xi32>) last_page_len(%arg6 : memref<?xi32>) : !paged_kv
      %block_id_x = gpu.block_id  x
      %block_id_y = gpu.block_id  y
      %1 = gpu.dynamic_shared_memory : memref<?xi8, #gpu.address_space<workgroup>>
      %view = memref.view %1[%c0][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<128x128xbf16, #gpu.address_space<workgroup>>
      %view_0 = memref.view %1[%c32768][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x64x128xbf16, #gpu.address_space<workgroup>>
      %view_1 = memref.view %1[%c65536][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<2x64x128xbf16, #gpu.address_space<workgroup>>
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
        %lo, %num_tiles, %unmasked_begin, %unmasked_end = attn.kv_tile_range keys[%10, %12) rows[%32, %34) delta %35 {align = 4 : i64, mask = #attn.mask<causal>, rows_per_position = 4 : i64, tile_kv = 64 : i64}
        %38 = attn.load_q_tile %arg0[%14, %block_id_x] rows[%32, %31) rope at %35 into %view : memref<128x128xbf16, #gpu.address_space<workgroup>> {layout = #prefill_layout, rope = #attn.rope<llama3, rotary_dim = 128, theta = 5.000000e+05>, rows_per_position = 4 : i64} : memref<?x32x128xbf16> -> vector<128x128xbf16>
        %m, %l, %acc = attn.init_state {layout = #prefill_layout} : vector<128xf32>, vector<128x128xf32>
        %39:3 = scf.for %arg17 = %c0 to %num_tiles step %c1 iter_args(%arg18 = %m, %arg19 = %l, %arg20 = %acc) -> (vector<128xf32>, vector<128xf32>, vector<128x128xf32>) {
          %63 = arith.remui %arg17, %c2 : index
          attn.load_kv_tile %0[%20] head %block_id_x tile %arg17 keys[%lo, %12) into %view_0, %view_1[%63] {keys_aligned = 4 : i64, layout = #prefill_layout, swizzle} : !paged_kv, memref<2x64x128xbf16, #gpu.address_space<workgroup>>
          gpu.barrier
          %64 = arith.index_cast %arg17 : index to i32
          %65 = arith.index_cast %lo : index to i32
          %66 = attn.recompute %65 : i32
          %67 = arith.muli %64, %c64_i32 : i32
          %68 = arith.addi %66, %67 : i32
          %69 = arith.index_cast %68 : i32 to index
          %70 = arith.index_cast %unmasked_end : index to i32
          %71 = attn.recompute %70 : i32
          %72 = arith.cmpi sge, %64, %71 : i32
          attn.rope_k_tile %view_0[%63] at %69 {layout = #prefill_layout, rope = #attn.rope<llama3, rotary_dim = 128, theta = 5.000000e+05>} : memref<2x64x128xbf16, #gpu.address_space<workgroup>>
          gpu.barrier
          %73:3 = scf.if %72 -> (vector<128xf32>, vector<128xf32>, vector<128x128xf32>) {
            %74 = attn.tile_qk %38, %view_0[%63] {layout = #prefill_layout} : vector<128x128xbf16>, memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<128x64xf32>
            %75 = attn.score_mod %74 rows %36 offset %37 cols %68 keys %11 {layout = #prefill_layout, mask = #attn.mask<causal>, rows_per_position = 4 : i64, scale = 1.000000e+00 : f32} : vector<128x64xf32>, i32
            %p, %m_new, %l_new, %alpha, %acc_new = attn.online_softmax %75 max %arg18 sum %arg19 acc %arg20 {layout = #prefill_layout, scale = 0.12751743082459868 : f64} : vector<128x64xf32>, vector<128xf32>, vector<128x128xf32>
            %76 = attn.tile_pv %p, %view_1[%63], %acc_new {layout = #prefill_layout} : vector<128x64xf32>, memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<128x128xf32>
            scf.yield %m_new, %l_new, %76 : vector<128xf32>, vector<128xf32>, vector<128x128xf32>
          } else {
            %74 = attn.tile_qk %38, %view_0[%63] {layout = #prefill_layout} : vector<128x128xbf16>, memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<128x64xf32>
            %75 = attn.score_mod %74 rows %36 offset %37 cols %68 keys %11 {all_visible, layout = #prefill_layout, mask = #attn.mask<causal>, rows_per_position = 4 : i64, scale = 1.000000e+00 : f32} : vector<128x64xf32>, i32
            %p, %m_new, %l_new, %alpha, %acc_new = attn.online_softmax %75 max %arg18 sum %arg19 acc %arg20 {layout = #prefill_layout, scale = 0.12751743082459868 : f64} : vector<128x64xf32>, vector<128xf32>, vector<128x128xf32>
            %76 = attn.tile_pv %p, %view_1[%63], %acc_new {layout = #prefill_layout} : vector<128x64xf32>, memref<2x64x128xbf16, #gpu.address_space<workgroup>> -> vector<128x128xf32>
            scf.yield %m_new, %l_new, %76 : vector<128xf32>, vector<128xf32>, vector<128x128xf32>
          }
          gpu.barrier
          scf.yield %73#0, %73#1, %73#2 : vector<128xf32>, vector<128xf32>, vector<128x128xf32>
        } {attn.single_barrier}
        %40 = arith.index_cast %block_id_y : index to i32
        %41 = attn.recompute %40 : i32
        %42 = arith.index_cast %41 : i32 to index
        %43 = arith.index_cast %block_id_x : index to i32
        %44 = attn.recompute %43 : i32
        %45 = arith.index_cast %44 : i32 to index
        %46 = memref.load %arg7[%42] : memref<?xi32>
        %47 = arith.index_cast %46 : i32 to index
        %48 = memref.load %arg11[%42] : memref<?xi32>
        %49 = memref.load %arg12[%42] : memref<?xi32>
        %50 = arith.index_cast %49 : i32 to index
        %51 = memref.load %arg1[%47] : memref<?xi32>
        %52 = arith.index_cast %51 : i32 to index
        %53 = arith.addi %47, %c1 : index
        %54 = memref.load %arg1[%53] : memref<?xi32>
        %55 = arith.index_cast %54 : i32 to index
        %56 = arith.subi %55, %52 : index
        %57 = memref.load %arg8[%42] : memref<?xi32>
        %58 = arith.index_cast %57 : i32 to index
        %59 = arith.muli %58, %c128 : index
        %60 = arith.addi %59, %c128 : index
        %61 = arith.muli %56, %c4 : index
        %62 = arith.minsi %60, %61 : index
        %o, %lse = attn.finalize %39#2 max %39#0 sum %39#1 {layout = #prefill_layout, natural_lse, scale = 0.12751743082459868 : f64} : vector<128x128xf32>, vector<128xf32>
        attn.store_output %o, %lse into %arg14[%52, %45] rows[%59, %62) slot %48 partial %arg15, %arg16[%50] : memref<?x32x128xf32>, memref<?x32xf32> {layout = #prefill_layout, rows_per_position = 4 : i64} : vector<128x128xf32>, vector<128xf32>, memref<?x32x128xbf16>
      }
      gpu.return
    }
    gpu.func @llama3_8b_prefill_merge(%arg0: memref<?x32x128xf32> {attn.param = "tmp_o"}, %arg1: memref<?x32xf32> {attn.param = "tmp_lse"}, %arg2: memref<?xi32> {attn.param = "merge_indptr"}, %arg3: memref<1xi32> {attn.param = "num_rows"}, %arg4: memref<?x32x128xbf16> {attn.param = "o"}) kernel attributes {attn.programmatic_dependent, known_block_size = array<i32: 256, 1, 1>} {
      attn.merge_states ins(%arg0, %arg1 : memref<?x32x128xf32>, memref<?x32xf32>) indptr(%arg2 : memref<?xi32>) outs(%arg4 : memref<?x32x128xbf16>) {layout = #attn.merge_layout<lanes = 16, slices = 16>}
      gpu.return
    }
  }
  attn.kernel_abi @llama3_8b_prefill_attention for @llama3_8b_prefill_kernels::@llama3_8b_prefill_attention {block = array<i32: 256, 1, 1>, dynamic_smem = 98304 : i64, family = "prefill", params = [{kind = "ptr", name = "q"}, {kind = "ptr", name = "qo_indptr"}, {kind = "ptr", name = "k_cache"}, {kind = "ptr", name = "v_cache"}, {kind = "ptr", name = "kv_indptr"}, {kind = "ptr", name = "kv_indices"}, {kind = "ptr", name = "kv_last_page_len"}, {kind = "ptr", name = "work_request"}, {kind = "ptr", name = "work_qo_tile"}, {kind = "ptr", name = "work_kv_begin"}, {kind = "ptr", name = "work_kv_end"}, {kind = "ptr", name = "work_partial"}, {kind = "ptr", name = "work_partial_stride"}, {kind = "ptr", name = "num_work"}, {kind = "ptr", name = "o"}, {kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}], role = "attention", tile = {m_tiles = 1 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "prefill", threads = 256 : i64, tile_kv = 64 : i64, tile_q = 128 : i64, vec = 8 : i64, warps = 8 : i64, wgmma = 1 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = false, rope = "llama3", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  attn.kernel_abi @llama3_8b_prefill_merge for @llama3_8b_prefill_kernels::@llama3_8b_prefill_merge {block = array<i32: 256, 1, 1>, dynamic_smem = 0 : i64, family = "prefill", params = [{kind = "ptr", name = "tmp_o"}, {kind = "ptr", name = "tmp_lse"}, {kind = "ptr", name = "merge_indptr"}, {kind = "ptr", name = "num_rows"}, {kind = "ptr", name = "o"}], role = "merge", tile = {bdx = 16 : i64, heads_per_cta = 1 : i64, pdl = 1 : i64, slices = 16 : i64, sm = 90 : i64, split_kv = true, stages = 2 : i64, strategy = "prefill", threads = 256 : i64, tile_kv = 64 : i64, tile_q = 128 : i64, vec = 8 : i64}, variant = {alibi = false, dtype = "bf16", head_dim = 128 : i64, kv_dtype = "bf16", kv_format = "paged", layout = "nhd", logits_soft_cap = 0.000000e+00 : f64, mask = "causal", num_kv_heads = 8 : i64, num_qo_heads = 32 : i64, page_size = 16 : i64, return_lse = false, rope = "llama3", sm_scale = 0.088388347648318433 : f64, window_left = -1 : i64}}
  func.func @llama3_8b_prefill(%arg0: memref<?x32x128xbf16>, %arg1: memref<?xi32>, %arg2: memref<?x16x8x128xbf16>, %arg3: memref<?x16x8x128xbf16>, %arg4: memref<?xi32>, %arg5: memref<?xi32>, %arg6: memref<?xi32>, %arg7: memref<?x32x128xbf16>) {
    return
  }
}

