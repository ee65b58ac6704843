//===- KernelABI.h - parameter ABI of the generated attention kernels --*- C++ -*-===//
//
// The contract between the compiler (which generates kernels and writes bundle manifests) and
// the runtime (which binds arguments and launches). MLIR-free and dependency-free, so both
// halves include it. Parameters are bound by NAME: a kernel's manifest entry lists its
// parameters in signature order, the runtime looks each name up here and passes the value.
//   ptr : a 64-bit device pointer (CUdeviceptr), passed by value
//   i32 : a 4-byte signed integer scalar
//   f32 : a 4-byte IEEE float scalar
//
// Conventions shared by every decode kernel:
//   * B = batch size (requests), one query token per request, so q / o have B rows.
//   * Hq = num_qo_heads, Hkv = num_kv_heads, G = Hq / Hkv (GQA group), D = head_dim.
//   * KV length of request r, in tokens:
//       len(r) = (kv_indptr[r+1] - kv_indptr[r] - 1) * page_size + kv_last_page_len[r],
//     and len(r) = 0 when the request has no pages.
//   * Token t of request r lives in page kv_indices[kv_indptr[r] + t / page_size] at slot
//     t % page_size.
//   * LSE is the NATURAL-log log-sum-exp of the scaled logits over the covered tokens:
//       lse = log(sum_t exp(s_t)),  s_t = sm_scale * dot(q, k_t) (after soft-cap if any).
//     Kernels computing with exp2 must store lse_log2 * ln(2).
//   * An empty range (kv_begin == kv_end, only for requests of length 0) writes o = 0 and
//     lse = -inf, as FlashInfer does.
//
//===----------------------------------------------------------------------===//
#ifndef ATTN_RT_KERNELABI_H
#define ATTN_RT_KERNELABI_H

#include <cstddef>
#include <cstdint>

namespace attn::rt::abi {

/// Manifest identification.
inline constexpr const char kBundleFormat[] = "attn-bundle";
inline constexpr int kBundleVersion = 1;
inline constexpr const char kManifestFileName[] = "manifest.json";

/// Kernel families and roles.
inline constexpr const char kFamilyDecode[] = "decode";
inline constexpr const char kRoleAttention[] = "attention";
inline constexpr const char kRoleMerge[] = "merge";

/// Parameter kinds as spelled in the manifest.
enum class ParamKind : uint8_t { Ptr, I32, F32 };
inline constexpr const char kParamKindPtr[] = "ptr";
inline constexpr const char kParamKindI32[] = "i32";
inline constexpr const char kParamKindF32[] = "f32";

struct ParamSpec {
  const char *name;
  ParamKind kind;
  bool required; ///< an optional parameter may be left out of the kernel signature
};

//===----------------------------------------------------------------------===//
// Decode attention kernel
//   grid  = (work slots, Hkv, 1); work slots = max_work in graph mode, else num_work
//   block = the manifest's "block"; dynamic shared memory = the manifest's "dynamic_smem"
//   CTA (x, y): if x >= *num_work: return. Work item x covers request r = work_request[x],
//   tokens [work_kv_begin[x], work_kv_end[x]) and q heads [y*G, (y+1)*G). If
//   work_partial[x] < 0 it writes the final o[r, h, :] (elem) and lse[r, h]; otherwise the
//   partial state tmp_o[p, h, :] (f32, normalised) and tmp_lse[p, h] with p = work_partial[x].
//===----------------------------------------------------------------------===//
namespace decode {
inline constexpr const char kQ[] = "q";                 // ptr: elem [B, Hq, D]
inline constexpr const char kKCache[] = "k_cache";      // ptr: elem NHD [pages, page_size, Hkv, D]
                                                        //           HND [pages, Hkv, page_size, D]
inline constexpr const char kVCache[] = "v_cache";      // ptr: elem, same layout as k_cache
inline constexpr const char kKvIndptr[] = "kv_indptr";  // ptr: i32 [B+1], pages per request
inline constexpr const char kKvIndices[] = "kv_indices"; // ptr: i32 [kv_indptr[B]], page ids
inline constexpr const char kKvLastPageLen[] = "kv_last_page_len"; // ptr: i32 [B], optional
inline constexpr const char kWorkRequest[] = "work_request"; // ptr: i32 [max_work], request
inline constexpr const char kWorkKvBegin[] = "work_kv_begin"; // ptr: i32 [max_work], token
inline constexpr const char kWorkKvEnd[] = "work_kv_end";     // ptr: i32 [max_work], token (excl)
inline constexpr const char kWorkPartial[] = "work_partial";  // ptr: i32 [max_work], -1 = direct
inline constexpr const char kNumWork[] = "num_work";    // ptr: i32 device scalar, live items
inline constexpr const char kO[] = "o";                 // ptr: elem [B, Hq, D], final output
inline constexpr const char kLse[] = "lse";             // ptr: f32 [B, Hq], may be 0 (not wanted)
inline constexpr const char kTmpO[] = "tmp_o";          // ptr: f32 [max_work, Hq, D], partials
inline constexpr const char kTmpLse[] = "tmp_lse";      // ptr: f32 [max_work, Hq], partial lse
inline constexpr const char kSmScale[] = "sm_scale";    // f32: logit scale (1/sqrt(D) usually)

//===----------------------------------------------------------------------===//
// Decode merge kernel
//   grid = (row slots, Hq, 1); row slots = max_batch in graph mode, else num_rows
//   CTA (x, h): if x >= *num_rows: return. [b, e) = [merge_indptr[x], merge_indptr[x+1]);
//   if b == e: return (the attention kernel wrote row x directly). Otherwise
//     m   = max_i tmp_lse[i, h]
//     w_i = exp(tmp_lse[i, h] - m)
//     o[x, h, :] = sum_i w_i * tmp_o[i, h, :] / sum_i w_i      (converted to elem)
//     lse[x, h]  = m + log(sum_i w_i)                          (if lse != 0)
//===----------------------------------------------------------------------===//
inline constexpr const char kMergeIndptr[] = "merge_indptr"; // ptr: i32 [rows+1]
inline constexpr const char kNumRows[] = "num_rows";         // ptr: i32 device scalar
// tmp_o, tmp_lse, o, lse: as for the attention kernel.

/// Parameters the runtime can bind for a decode attention kernel.
inline constexpr ParamSpec kAttentionParams[] = {
    {kQ, ParamKind::Ptr, true},           {kKCache, ParamKind::Ptr, true},
    {kVCache, ParamKind::Ptr, true},      {kKvIndptr, ParamKind::Ptr, true},
    {kKvIndices, ParamKind::Ptr, true},   {kKvLastPageLen, ParamKind::Ptr, false},
    {kWorkRequest, ParamKind::Ptr, true}, {kWorkKvBegin, ParamKind::Ptr, true},
    {kWorkKvEnd, ParamKind::Ptr, true},   {kWorkPartial, ParamKind::Ptr, true},
    {kNumWork, ParamKind::Ptr, true},     {kO, ParamKind::Ptr, true},
    {kLse, ParamKind::Ptr, false},        {kTmpO, ParamKind::Ptr, true},
    {kTmpLse, ParamKind::Ptr, true},      {kSmScale, ParamKind::F32, true},
};

/// Parameters the runtime can bind for a decode merge kernel.
inline constexpr ParamSpec kMergeParams[] = {
    {kTmpO, ParamKind::Ptr, true},        {kTmpLse, ParamKind::Ptr, true},
    {kMergeIndptr, ParamKind::Ptr, true}, {kNumRows, ParamKind::Ptr, true},
    {kO, ParamKind::Ptr, true},           {kLse, ParamKind::Ptr, false},
};

inline constexpr size_t kNumAttentionParams =
    sizeof(kAttentionParams) / sizeof(kAttentionParams[0]);
inline constexpr size_t kNumMergeParams = sizeof(kMergeParams) / sizeof(kMergeParams[0]);
} // namespace decode

} // namespace attn::rt::abi

#endif // ATTN_RT_KERNELABI_H
