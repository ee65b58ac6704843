// Every diagnostic of #attn.mask, #attn.rope, #attn.kernel_config and the KV-source types.
// RUN: attn-opt %s -split-input-file -verify-diagnostics

// expected-error @+1 {{unknown mask kind 'diagonal', expected one of none, causal, custom, block_sparse}}
func.func private @f() attributes {m = #attn.mask<diagonal>}

// -----

// expected-error @+1 {{expected 'window_left' or 'block'}}
func.func private @f() attributes {m = #attn.mask<causal, window = 3>}

// -----

// expected-error @+1 {{duplicate window_left}}
func.func private @f() attributes {m = #attn.mask<causal, window_left = 3, window_left = 4>}

// -----

// expected-error @+1 {{duplicate block}}
func.func private @f() attributes {m = #attn.mask<block_sparse, block = [16, 16], block = [1, 1]>}

// -----

// expected-error @+1 {{expected window_left (-2) to be non-negative}}
func.func private @f() attributes {m = #attn.mask<causal, window_left = -2>}

// -----

// expected-error @+1 {{window_left is only supported with 'none' or 'causal' masks, not 'block_sparse'}}
func.func private @f() attributes {m = #attn.mask<block_sparse, window_left = 8, block = [16, 16]>}

// -----

// expected-error @+1 {{a 'block_sparse' mask needs block = [rows, cols]}}
func.func private @f() attributes {m = #attn.mask<block_sparse>}

// -----

// expected-error @+1 {{expected positive block sizes, got [0, 64]}}
func.func private @f() attributes {m = #attn.mask<block_sparse, block = [0, 64]>}

// -----

// expected-error @+1 {{block sizes are only meaningful for 'block_sparse' masks, not 'causal'}}
func.func private @f() attributes {m = #attn.mask<causal, block = [16, 16]>}

// -----

// expected-error @+1 {{expected rotary_dim (63) to be positive and even}}
func.func private @f() attributes {r = #attn.rope<llama, rotary_dim = 63>}

// -----

// expected-error @+1 {{expected theta (-1) to be positive and finite}}
func.func private @f() attributes {r = #attn.rope<llama, rotary_dim = 64, theta = -1.0>}

// -----

// expected-error @+1 {{expected scale (0) to be positive and finite}}
func.func private @f() attributes {r = #attn.rope<llama, rotary_dim = 64, scale = 0.0>}

// -----

// expected-error @+1 {{expected factor (0.5) to be at least 1}}
func.func private @f() attributes {r = #attn.rope<llama3, rotary_dim = 64, factor = 0.5>}

// -----

// expected-error @+1 {{expected 0 < low_freq_factor (4) < high_freq_factor (2)}}
func.func private @f() attributes {r = #attn.rope<llama3, rotary_dim = 64, low_freq_factor = 4.0, high_freq_factor = 2.0>}

// -----

// expected-error @+1 {{expected original_max_position (0) to be positive}}
func.func private @f() attributes {r = #attn.rope<llama3, rotary_dim = 64, original_max_position = 0>}

// -----

// expected-error @+2 {{expected 'true' or 'false'}}
// expected-error @+1 {{failed to parse Attn_RopeAttr parameter 'interleave'}}
func.func private @f() attributes {r = #attn.rope<llama, rotary_dim = 64, interleave = 1>}

// -----

// expected-error @+1 {{expected sm (75) is not a supported architecture (expected one of 80, 86, 87, 89, 90, 100, 101, 103, 110, 120, 121)}}
func.func private @f() attributes {c = #attn.kernel_config<strategy = decode, sm = 75, threads = 128, tile_q = 4, tile_kv = 16, stages = 2, split_kv = true, vec = 8>}

// -----

// expected-error @+1 {{expected threads (100) to be a multiple of 32 in [32, 1024]}}
func.func private @f() attributes {c = #attn.kernel_config<strategy = decode, sm = 90, threads = 100, tile_q = 4, tile_kv = 16, stages = 2, split_kv = true, vec = 8>}

// -----

// expected-error @+1 {{expected tile sizes in [1, 1024] and [1, 1024], got tile_q = 4, tile_kv = 0}}
func.func private @f() attributes {c = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4, tile_kv = 0, stages = 2, split_kv = true, vec = 8>}

// -----

// expected-error @+1 {{expected stages (0) to be in [1, 16]}}
func.func private @f() attributes {c = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4, tile_kv = 16, stages = 0, split_kv = true, vec = 8>}

// -----

// expected-error @+1 {{expected vec (6) to be a power of two}}
func.func private @f() attributes {c = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4, tile_kv = 16, stages = 2, split_kv = true, vec = 6>}

// -----

// expected-error @+1 {{expected tile_q (40) of a prefill kernel to be a multiple of the mma row count 16}}
func.func private @f() attributes {c = #attn.kernel_config<strategy = prefill, sm = 80, threads = 128, tile_q = 40, tile_kv = 64, stages = 2, split_kv = false, vec = 8>}

// -----

// expected-error @+1 {{expected page_size (0) to be a power of two}}
func.func private @f(!attn.paged_kv<page_size = 0, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>)

// -----

// expected-error @+1 {{expected page_size (24) to be a power of two}}
func.func private @f(!attn.paged_kv<page_size = 24, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>)

// -----

// expected-error @+1 {{expected num_heads (0) to be positive}}
func.func private @f(!attn.paged_kv<page_size = 16, layout = hnd, num_heads = 0, head_dim = 128, element_type = bf16>)

// -----

// expected-error @+1 {{expected head_dim (100) to be a positive multiple of 16}}
func.func private @f(!attn.ragged_kv<num_heads = 8, head_dim = 100, element_type = bf16>)

// -----

// expected-error @+1 {{expected element_type to be bf16, f16, f8E4M3FN or f8E5M2, got 'f32'}}
func.func private @f(!attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = f32>)

// -----

// expected-error @+2 {{expected ::mlir::attn::KVLayout to be one of: nhd, hnd}}
// expected-error @+1 {{failed to parse Attn_PagedKVType parameter 'layout'}}
func.func private @f(!attn.paged_kv<page_size = 16, layout = nchw, num_heads = 8, head_dim = 128, element_type = bf16>)

// -----

// expected-error @+1 {{expected heads_per_thread (0) to be in [1, tile_q (4)]}}
func.func private @f() attributes {c = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4, tile_kv = 16, stages = 2, split_kv = true, vec = 8, heads_per_thread = 0>}

// -----

// expected-error @+1 {{expected sm (85) is not a supported architecture (expected one of 80, 86, 87, 89, 90, 100, 101, 103, 110, 120, 121)}}
func.func private @f() attributes {c = #attn.kernel_config<strategy = decode, sm = 85, threads = 128, tile_q = 4, tile_kv = 16, stages = 2, split_kv = true, vec = 8>}

// -----

// expected-error @+1 {{expected stages (9223372036854775807) to be in [1, 16]}}
func.func private @f() attributes {c = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4, tile_kv = 16, stages = 9223372036854775807, split_kv = true, vec = 8>}

// -----

// expected-error @+1 {{expected tile sizes in [1, 1024] and [1, 1024], got tile_q = 4, tile_kv = 4096}}
func.func private @f() attributes {c = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4, tile_kv = 4096, stages = 2, split_kv = true, vec = 8>}

// -----

// expected-error @+1 {{expected heads_per_thread (8) to be in [1, tile_q (4)]}}
func.func private @f() attributes {c = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4, tile_kv = 16, stages = 2, split_kv = true, vec = 8, heads_per_thread = 8>}

// -----

// expected-error @+1 {{expected lanes (12) to be a power of two in [1, 32]}}
func.func private @bad_lanes() attributes {l = #attn.decode_layout<lanes = 12, heads = 4, slices = 2, heads_per_thread = 1, rows_per_group = 1, vec = 8>}

// -----

// expected-error @+1 {{expected positive heads, slices, heads_per_thread and rows_per_group, got 4, 0, 1, 1}}
func.func private @bad_slices() attributes {l = #attn.decode_layout<lanes = 16, heads = 4, slices = 0, heads_per_thread = 1, rows_per_group = 1, vec = 8>}

// -----

// expected-error @+1 {{expected positive lanes (16) and slices (0) with lanes * slices at most 1024}}
func.func private @bad_merge_layout() attributes {l = #attn.merge_layout<lanes = 16, slices = 0>}

// -----

// expected-error @+1 {{expected warps (64) in [1, 32] and producer_warps (0) non-negative, with at most 32 in all}}
func.func private @bad_prefill_warps() attributes {l = #attn.prefill_layout<warps = 64, slices = 1, rows_per_group = 4, vec = 8>}

// -----

// expected-error @+1 {{expected positive slices and rows_per_group, got 0, 4}}
func.func private @bad_prefill_slices() attributes {l = #attn.prefill_layout<warps = 4, slices = 0, rows_per_group = 4, vec = 8>}

// -----

// expected-error @+1 {{expected vec (6) to be a power of two}}
func.func private @bad_prefill_vec() attributes {l = #attn.prefill_layout<warps = 4, slices = 1, rows_per_group = 4, vec = 6>}

// -----

// expected-error @+1 {{'wgmma' needs one slice per warp and whole warpgroups of 4 warps, got warps = 8, slices = 2}}
func.func private @bad_prefill_wgmma_slices() attributes {l = #attn.prefill_layout<warps = 8, slices = 2, rows_per_group = 4, vec = 8, wgmma = true>}

// -----

// expected-error @+1 {{'wgmma' needs one slice per warp and whole warpgroups of 4 warps, got warps = 2, slices = 1}}
func.func private @bad_prefill_wgmma_warps() attributes {l = #attn.prefill_layout<warps = 2, slices = 1, rows_per_group = 4, vec = 8, wgmma = true>}

// -----

// expected-error @+1 {{'wgmma' applies to prefill kernels on sm 90 (sm_90a), got prefill on sm 80}}
func.func private @f() attributes {c = #attn.kernel_config<strategy = prefill, sm = 80, threads = 256, tile_q = 128, tile_kv = 64, stages = 2, split_kv = true, vec = 8, wgmma = true>}

// -----

// expected-error @+1 {{'wgmma' applies to prefill kernels on sm 90 (sm_90a), got decode on sm 90}}
func.func private @f() attributes {c = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4, tile_kv = 16, stages = 2, split_kv = true, vec = 8, wgmma = true>}

// -----

// expected-error @+1 {{'wgmma' needs whole warpgroups (threads a multiple of 128) and one 16-row slice per warp (tile_q = threads / 2), got threads = 128, tile_q = 128}}
func.func private @f() attributes {c = #attn.kernel_config<strategy = prefill, sm = 90, threads = 128, tile_q = 128, tile_kv = 64, stages = 2, split_kv = true, vec = 8, wgmma = true>}

// -----

// expected-error @+1 {{'producer' (warp specialization) needs 'wgmma'}}
func.func private @f() attributes {c = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, tile_kv = 64, stages = 2, split_kv = true, vec = 8, producer = true>}

// -----

// expected-error @+1 {{'producer' adds 128 threads to threads (1024): at most 1024 in all}}
func.func private @f() attributes {c = #attn.kernel_config<strategy = prefill, sm = 90, threads = 1024, tile_q = 512, tile_kv = 64, stages = 2, split_kv = true, vec = 8, wgmma = true, producer = true>}

// -----

// expected-error @+1 {{'producer_warps' is one warpgroup (4) of a 'wgmma' layout, got 4 without 'wgmma'}}
func.func private @f() attributes {l = #attn.prefill_layout<warps = 8, slices = 1, rows_per_group = 8, vec = 8, producer_warps = 4>}

// -----

// expected-error @+1 {{'producer_warps' is one warpgroup (4) of a 'wgmma' layout, got 2}}
func.func private @f() attributes {l = #attn.prefill_layout<warps = 8, slices = 1, rows_per_group = 8, vec = 8, wgmma = true, producer_warps = 2>}

// -----

// expected-error @+1 {{expected warps (30) in [1, 32] and producer_warps (4) non-negative, with at most 32 in all}}
func.func private @f() attributes {l = #attn.prefill_layout<warps = 30, slices = 1, rows_per_group = 8, vec = 8, wgmma = true, producer_warps = 4>}

// -----

// expected-error @+1 {{'pingpong' needs 'producer' and two consumer warpgroups (threads = 256), got threads = 256}}
func.func private @f() attributes {c = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, tile_kv = 64, stages = 2, split_kv = true, vec = 8, wgmma = true, pingpong = true>}

// -----

// expected-error @+1 {{'pingpong' needs 'producer' and two consumer warpgroups (threads = 256), got threads = 128}}
func.func private @f() attributes {c = #attn.kernel_config<strategy = prefill, sm = 90, threads = 128, tile_q = 64, tile_kv = 64, stages = 2, split_kv = true, vec = 8, wgmma = true, producer = true, pingpong = true>}

// -----

// expected-error @+1 {{'overlap' needs 'producer' and two stages or more (it holds two K/V stages at once)}}
func.func private @f() attributes {c = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, tile_kv = 64, stages = 2, split_kv = true, vec = 8, wgmma = true, overlap = true>}

// -----

// expected-error @+1 {{'overlap' needs 'producer' and two stages or more (it holds two K/V stages at once)}}
func.func private @f() attributes {c = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, tile_kv = 64, stages = 1, split_kv = true, vec = 8, wgmma = true, producer = true, overlap = true>}


// -----

// expected-error @+1 {{'tma' needs 'producer' and tiles of at most 256 keys (one box of rows), got tile_kv = 64}}
func.func private @f() attributes {c = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, tile_kv = 64, stages = 2, split_kv = true, vec = 8, wgmma = true, tma = true>}

// -----

// expected-error @+1 {{'tma' needs 'producer' and tiles of at most 256 keys (one box of rows), got tile_kv = 512}}
func.func private @f() attributes {c = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, tile_kv = 512, stages = 2, split_kv = true, vec = 8, wgmma = true, producer = true, tma = true>}

// -----

// expected-error @+1 {{'persistent' needs 'producer'}}
func.func private @f() attributes {c = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, tile_kv = 128, stages = 2, split_kv = true, vec = 8, wgmma = true, persistent = true>}


// -----

// expected-error @+1 {{'early_kv' needs 'producer' and no 'persistent' (a persistent kernel starts its producer at once)}}
func.func private @f() attributes {c = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, tile_kv = 128, stages = 2, split_kv = true, vec = 8, wgmma = true, early_kv = true>}

// -----

// expected-error @+1 {{'early_kv' needs 'producer' and no 'persistent'}}
func.func private @f() attributes {c = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, tile_kv = 128, stages = 2, split_kv = true, vec = 8, wgmma = true, producer = true, persistent = true, early_kv = true>}

// -----

// expected-error @+1 {{'l2_sections' applies to prefill kernels (a decode CTA reads its K/V once)}}
func.func private @f() attributes {c = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4, tile_kv = 16, stages = 2, split_kv = true, vec = 8, l2_sections = true>}
