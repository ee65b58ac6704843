//===- AppendKV.h - append new keys and values to a paged KV cache -*- C++ -*-===//
//
//   auto st = AppendPagedKV::create(bundle, problem, options, &append);   // once
//   st = append->run(args, stream);   // per step; allocates nothing, capturable
//
// FlashInfer's append_paged_kv_cache: row t of k / v [N, Hkv, D] is written to position
// positions[t] of request batch_indices[t] in the paged cache (docs/RUNTIME.md, "Append to a
// paged KV cache"; the kernel ABI is abi::append_kv in KernelABI.h). create selects a kernel
// of family "append_kv" whose variant matches the problem (heads, head_dim, page size,
// layout, dtype), makes a context current (the current one, else the device's primary
// context, retained for the process) and loads it. run checks the arguments on the host
// (null pointers, a negative row count, pointer alignment) and launches one grid-stride
// kernel sized from num_rows. The page table must already cover the positions: the kernel
// does not check them, exactly like FlashInfer's.
//
//===----------------------------------------------------------------------===//
#ifndef ATTN_RT_APPENDKV_H
#define ATTN_RT_APPENDKV_H

#include "attn-rt/OpClass.h"

namespace attn::rt {

/// The cache an append writes, checked against the kernel's variant.
struct AppendKVProblem {
  int32_t num_kv_heads = 0;
  int32_t head_dim = 0;
  int32_t page_size = 0;
  KvLayout layout = KvLayout::NHD;
  DType dtype = DType::BF16;
};

using AppendKVOptions = OpKernelOptions;

/// Device tensors of one append. k, v: [num_rows, Hkv, D]; batch_indices, positions: i32
/// [num_rows]; k_cache / v_cache: NHD [pages, page_size, Hkv, D] or HND
/// [pages, Hkv, page_size, D]; kv_indptr i32 [B+1] (pages), kv_indices i32; kv_last_page_len
/// is not read and may be 0. num_rows 0 launches nothing.
struct AppendKVArgs {
  DevicePtr k = 0, v = 0;
  DevicePtr batch_indices = 0, positions = 0;
  DevicePtr k_cache = 0, v_cache = 0;
  DevicePtr kv_indptr = 0, kv_indices = 0, kv_last_page_len = 0;
  int32_t num_rows = 0;
  /// Elements from one page of k_cache (and of v_cache) to the next; 0 = dense pools. As
  /// DecodeRunArgs::kv_page_stride (e.g. the halves of one [pages, 2, ...] cache).
  int64_t kv_page_stride = 0;
};

/// run launches the append kernel on `stream`. checkVariant: positive sizes, then an
/// append_kv kernel's variant. checkArgs: the required pointers non-null, num_rows >= 0, every
/// row buffer aligned to the kernel's vector access (tile.vec elements). gridSize: ceil(units
/// / block) CTAs with units = num_rows * Hkv * head_dim / tile.vec.
class AppendPagedKV {
  ATTN_RT_STANDALONE_OP(AppendPagedKV, AppendKVProblem, AppendKVOptions, AppendKVArgs)
};

} // namespace attn::rt

#endif // ATTN_RT_APPENDKV_H
