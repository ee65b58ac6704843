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
// Conventions shared by every kernel (the prefill family's own rules are in its section and in
// docs/PREFILL_ABI.md):
//   * B = batch size (requests). Queries are ragged: the query / output rows of request b are
//     [qo_indptr[b], qo_indptr[b+1]); for decode (one query per request) the runtime binds a
//     device arange(0..max_batch) from its int workspace, so row b is request b.
//   * Hq = num_qo_heads, Hkv = num_kv_heads, G = Hq / Hkv (GQA group), D = head_dim.
//   * KV length of request r, in tokens:
//       len(r) = (kv_indptr[r+1] - kv_indptr[r] - 1) * page_size + kv_last_page_len[r],
//     and len(r) = 0 when the request has no pages.
//   * Token t of request r lives in page kv_indices[kv_indptr[r] + t / page_size] at slot
//     t % page_size.
//   * LSE is the NATURAL-log log-sum-exp of the scaled logits over the covered tokens:
//       lse = log(sum_t exp(s_t)),  s_t = sm_scale * dot(q, k_t) (after soft-cap if any).
//     The scale is compiled into the kernel (the manifest's variant.sm_scale says which); only
//     older kernels take it as the f32 parameter `sm_scale`.
//     Kernels computing with exp2 must store lse_log2 * ln(2).
//   * An empty range (kv_begin == kv_end, only for requests of length 0) writes o = 0 and
//     lse = -inf, as FlashInfer does.
//
//===----------------------------------------------------------------------===//
#ifndef ATTN_RT_KERNELABI_H
#define ATTN_RT_KERNELABI_H

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace attn::rt::abi {

/// Manifest identification.
inline constexpr const char kBundleFormat[] = "attn-bundle";
inline constexpr int kBundleVersion = 1;
inline constexpr const char kManifestFileName[] = "manifest.json";

/// Kernel families and roles.
inline constexpr const char kFamilyDecode[] = "decode";
inline constexpr const char kFamilyPrefill[] = "prefill";
inline constexpr const char kRoleAttention[] = "attention";
inline constexpr const char kRoleMerge[] = "merge";
/// The standalone op families (append_kv, rope, merge) have one kernel each, of role "kernel".
inline constexpr const char kFamilyAppendKv[] = "append_kv";
inline constexpr const char kFamilyRope[] = "rope";
inline constexpr const char kFamilyMerge[] = "merge";
inline constexpr const char kFamilySample[] = "sample";
inline constexpr const char kFamilySpecSample[] = "spec_sample";
inline constexpr const char kRoleKernel[] = "kernel";

/// Kernel symbols. The compiler outlines a planned op into the gpu.module "<base>_kernels"
/// holding "<base>_attention" and, with split-KV, "<base>_merge"; the runtime pairs an
/// attention kernel with its merge kernel by these suffixes when merge_kernel is absent.
/// Standalone op kernels are "<name>" in "<name>_kernels".
inline constexpr const char kAttentionSuffix[] = "_attention";
inline constexpr const char kMergeSuffix[] = "_merge";
inline constexpr const char kModuleSuffix[] = "_kernels";

/// Binary kinds as spelled in the manifest (and the file extensions of the binaries).
inline constexpr const char kBinaryKindCubin[] = "cubin";
inline constexpr const char kBinaryKindPtx[] = "ptx";

/// Values of manifest fields that both halves spell (variant.kv_format, dtype, kv_dtype,
/// state_dtype, merge). mask, layout and rope values are the attn dialect's enum spellings.
inline constexpr const char kKvFormatPaged[] = "paged";
inline constexpr const char kKvFormatRagged[] = "ragged";
inline constexpr const char kDtypeBf16[] = "bf16";
inline constexpr const char kDtypeF16[] = "f16";
inline constexpr const char kDtypeF32[] = "f32";
inline constexpr const char kMergeFormState[] = "state";
inline constexpr const char kMergeFormStates[] = "states";
inline constexpr const char kRopeNone[] = "none";

/// Multi-arch bundle index (docs/RUNTIME.md, "Multi-arch bundles").
inline constexpr const char kMultiArchFormat[] = "attn-multiarch-bundle";
inline constexpr int kMultiArchVersion = 1;

/// Field names of manifest.json, written by the compiler and read by the runtime.
namespace key {
// Top level (kFormat, kVersion also in the multi-arch index, with kBundles).
inline constexpr const char kFormat[] = "format";
inline constexpr const char kVersion[] = "version";
inline constexpr const char kArch[] = "arch";
inline constexpr const char kKernels[] = "kernels";
inline constexpr const char kBundles[] = "bundles";
inline constexpr const char kDirectory[] = "directory"; // multi-arch index entries
// A kernel.
inline constexpr const char kName[] = "name";
inline constexpr const char kFamily[] = "family";
inline constexpr const char kRole[] = "role";
inline constexpr const char kBinary[] = "binary";
inline constexpr const char kBinaryKind[] = "binary_kind";
inline constexpr const char kBlock[] = "block";
inline constexpr const char kDynamicSmem[] = "dynamic_smem";
inline constexpr const char kParams[] = "params";
inline constexpr const char kMergeKernel[] = "merge_kernel";
inline constexpr const char kVariant[] = "variant";
inline constexpr const char kTile[] = "tile";
inline constexpr const char kResources[] = "resources";
// kernel.tile: CTAs of a thread-block cluster along x (absent: no cluster); the runtime
// launches such a kernel with the cluster dimension.
inline constexpr const char kCluster[] = "cluster";
// A parameter: kName and
inline constexpr const char kKind[] = "kind";
// kernel.variant: the problem the kernel was compiled for.
inline constexpr const char kNumQoHeads[] = "num_qo_heads";
inline constexpr const char kNumKvHeads[] = "num_kv_heads";
inline constexpr const char kHeadDim[] = "head_dim";
inline constexpr const char kDtype[] = "dtype";
inline constexpr const char kKvFormat[] = "kv_format";
inline constexpr const char kPageSize[] = "page_size";
inline constexpr const char kLayout[] = "layout";
inline constexpr const char kKvDtype[] = "kv_dtype";
inline constexpr const char kMask[] = "mask";
inline constexpr const char kWindowLeft[] = "window_left";
inline constexpr const char kSmScale[] = "sm_scale";
inline constexpr const char kLogitsSoftCap[] = "logits_soft_cap";
inline constexpr const char kAlibi[] = "alibi";
inline constexpr const char kRope[] = "rope";
inline constexpr const char kReturnLse[] = "return_lse";
inline constexpr const char kMaxQoLen[] = "max_qo_len";
inline constexpr const char kBlockRows[] = "block_rows";
inline constexpr const char kBlockCols[] = "block_cols";
inline constexpr const char kRotaryDim[] = "rotary_dim"; // rope kernels
inline constexpr const char kRopeInterleave[] = "rope_interleave";
inline constexpr const char kRopeTheta[] = "rope_theta";
inline constexpr const char kRopeScale[] = "rope_scale";
inline constexpr const char kRopeFactor[] = "rope_factor";
inline constexpr const char kRopeLowFreqFactor[] = "rope_low_freq_factor";
inline constexpr const char kRopeHighFreqFactor[] = "rope_high_freq_factor";
inline constexpr const char kRopeOriginalMaxPosition[] = "rope_original_max_position";
inline constexpr const char kMerge[] = "merge"; // merge kernels
inline constexpr const char kStateDtype[] = "state_dtype";
inline constexpr const char kNumStates[] = "num_states";
// kernel.tile: the compiled schedule (integers, strategy a string, split_kv a boolean).
inline constexpr const char kStrategy[] = "strategy";
inline constexpr const char kSm[] = "sm";
inline constexpr const char kThreads[] = "threads";
inline constexpr const char kTileQ[] = "tile_q";
inline constexpr const char kTileKv[] = "tile_kv";
inline constexpr const char kStages[] = "stages";
inline constexpr const char kSplitKv[] = "split_kv";
inline constexpr const char kVec[] = "vec";
inline constexpr const char kRowsPerCta[] = "rows_per_cta";
inline constexpr const char kBdx[] = "bdx"; // decode attention and merge kernels
inline constexpr const char kBdy[] = "bdy";
inline constexpr const char kBdz[] = "bdz";
inline constexpr const char kHeadsPerThread[] = "heads_per_thread";
inline constexpr const char kHeadsPerCta[] = "heads_per_cta";
inline constexpr const char kSlices[] = "slices";
inline constexpr const char kPdl[] = "pdl";     // merge: launched with programmatic dependence
inline constexpr const char kWarps[] = "warps"; // prefill attention kernels
inline constexpr const char kMTiles[] = "m_tiles";
inline constexpr const char kWgmma[] = "wgmma"; // 1: warpgroup MMAs (sm_90a); absent: mma.sync
inline constexpr const char kProducer[] = "producer"; // 1: a producer warpgroup (warp-specialized)
inline constexpr const char kPingpong[] = "pingpong"; // 1: consumer warpgroups take MMA turns
inline constexpr const char kOverlap[] = "overlap";   // 1: softmax overlaps the warpgroup's MMAs
inline constexpr const char kTma[] = "tma";           // 1: whole K/V tiles by TMA (k_tmap / v_tmap)
// 1: a persistent prefill kernel: grid (min(SMs x CTAs per SM, Hkv x work slots), 1), each CTA
// looping over the (KV head, work item) pairs (docs/PREFILL_ABI.md)
inline constexpr const char kPersistent[] = "persistent";
// kernel.resources: ptxas's report.
inline constexpr const char kRegisters[] = "registers";
inline constexpr const char kSharedBytes[] = "shared_bytes";
inline constexpr const char kSpillStores[] = "spill_stores";
inline constexpr const char kSpillLoads[] = "spill_loads";
inline constexpr const char kStackFrame[] = "stack_frame";
} // namespace key

/// Parameter kinds as spelled in the manifest. A "tmap" parameter is a CUtensorMap passed by
/// value (PTX `.param .align 64 .b8 name[128]`, a __grid_constant__ parameter): the launch
/// passes a pointer to the 128 host bytes, as for any other parameter.
enum class ParamKind : uint8_t { Ptr, I32, F32, TensorMap };
inline constexpr const char kParamKindPtr[] = "ptr";
inline constexpr const char kParamKindI32[] = "i32";
inline constexpr const char kParamKindF32[] = "f32";
inline constexpr const char kParamKindTensorMap[] = "tmap";
inline constexpr unsigned kTensorMapBytes = 128;
inline constexpr unsigned kTensorMapAlign = 64;

/// When a parameter must appear in a kernel signature.
enum class ParamNeed : uint8_t {
  Optional, ///< may be left out
  Always,   ///< every kernel of the role has it
  Paged,    ///< required when the variant's kv_format is "paged"
  Ragged,   ///< required when the variant's kv_format is "ragged"
};

struct ParamSpec {
  const char *name;
  ParamKind kind;
  ParamNeed need;
  bool run_binds; ///< the family's run (DecodeAttention / PrefillAttention) can bind it; kernels
                  ///< taking a parameter it cannot bind are rejected at kernel selection
};

//===----------------------------------------------------------------------===//
// Decode attention kernel
//   grid  = (work slots, Hkv, 1); work slots = max_work in graph mode, else num_work
//   block = the manifest's "block"; dynamic shared memory = the manifest's "dynamic_smem"
//   CTA (x, y): if x >= *num_work: return. Work item x covers request r = work_request[x],
//   tokens [work_kv_begin[x], work_kv_end[x]) and q heads [y*G, (y+1)*G); its q / o row is
//   qo_indptr[r]. If work_partial[x] < 0 it writes the final o[row, h, :] (elem) and
//   lse[row, h]; otherwise the partial state tmp_o[p, h, :] (f32, normalised) and
//   tmp_lse[p, h] with p = work_partial[x]. Kernels compiled without split-KV
//   (tile.split_kv = false) have no tmp_o / tmp_lse and never get a partial item.
//===----------------------------------------------------------------------===//
namespace decode {
inline constexpr const char kQ[] = "q";                 // ptr: elem [rows, Hq, D]
inline constexpr const char kQoIndptr[] = "qo_indptr";  // ptr: i32 [B+1], q/o rows per request
inline constexpr const char kKCache[] = "k_cache";      // ptr: elem NHD [pages, page_size, Hkv, D]
                                                        //           HND [pages, Hkv, page_size, D]
inline constexpr const char kVCache[] = "v_cache";      // ptr: elem, same layout as k_cache
inline constexpr const char kK[] = "k";                 // ptr: elem [tokens, Hkv, D] (ragged KV)
inline constexpr const char kV[] = "v";                 // ptr: elem [tokens, Hkv, D] (ragged KV)
inline constexpr const char kKvIndptr[] = "kv_indptr";  // ptr: i32 [B+1], pages (paged) or
                                                        //      tokens (ragged) per request
inline constexpr const char kKvIndices[] = "kv_indices"; // ptr: i32 [kv_indptr[B]], page ids
inline constexpr const char kKvLastPageLen[] = "kv_last_page_len"; // ptr: i32 [B], optional
// i32: elements from one page of k_cache (and of v_cache) to the next, >= the page's
// page_size * Hkv * D elements; the inside of a page is contiguous. Page p starts at element
// p * kv_page_stride (64-bit arithmetic), so K and V may be the two halves of one combined
// [pages, 2, ...] pool (kv_page_stride = 2 * page elements). Every paged kernel attn-outline
// writes takes it (optional in the ABI: older bundles lack it); the run binds the caller's
// stride, or the dense page size when the caller gives 0. Kernels without it accept only the
// dense stride.
inline constexpr const char kKvPageStride[] = "kv_page_stride";
// Mask and position operands (accepted in manifests; decode run rejects such kernels, prefill
// run binds them; semantics in the prefill section below).
inline constexpr const char kCustomMask[] = "custom_mask";     // ptr: u8, bit-packed mask
inline constexpr const char kMaskIndptr[] = "mask_indptr";     // ptr: i32 [B+1], byte offsets
inline constexpr const char kBlockIndptr[] = "block_indptr";   // ptr: i32, BSR row pointers
inline constexpr const char kBlockIndices[] = "block_indices"; // ptr: i32, BSR column indices
inline constexpr const char kAlibiSlopes[] = "alibi_slopes";   // ptr: f32 [Hq]
inline constexpr const char kRopeOffsets[] = "rope_offsets";   // ptr: i32 [B], position offsets
inline constexpr const char kWorkRequest[] = "work_request"; // ptr: i32 [max_work], request
inline constexpr const char kWorkKvBegin[] = "work_kv_begin"; // ptr: i32 [max_work], token
inline constexpr const char kWorkKvEnd[] = "work_kv_end";     // ptr: i32 [max_work], token (excl)
inline constexpr const char kWorkPartial[] = "work_partial";  // ptr: i32 [max_work], -1 = direct
inline constexpr const char kNumWork[] = "num_work";    // ptr: i32 device scalar, live items
inline constexpr const char kO[] = "o";                 // ptr: elem [rows, Hq, D], final output
inline constexpr const char kLse[] = "lse";             // ptr: f32 [rows, Hq], may be 0
inline constexpr const char kTmpO[] = "tmp_o";          // ptr: f32 [max_work, Hq, D], partials
                                                        //      (split-KV variants only)
inline constexpr const char kTmpLse[] = "tmp_lse";      // ptr: f32 [max_work, Hq], partial lse
inline constexpr const char kSmScale[] = "sm_scale";    // f32: logit scale (older kernels only;
                                                        //      bound from variant.sm_scale)

//===----------------------------------------------------------------------===//
// Decode merge kernel
//   grid = (row slots, Hq / tile.heads_per_cta, 1); row slots = max_batch in graph mode, else
//   num_rows; block = the manifest's "block" (= tile.bdx * tile.heads_per_cta threads).
//   CTA (x, y) covers heads [y*heads_per_cta, (y+1)*heads_per_cta) of row x:
//   if x >= *num_rows: return. [b, e) = [merge_indptr[x], merge_indptr[x+1]);
//   if b == e: return (the attention kernel wrote row x directly). Otherwise
//     m   = max_i tmp_lse[i, h]
//     w_i = exp(tmp_lse[i, h] - m)
//     o[x, h, :] = sum_i w_i * tmp_o[i, h, :] / sum_i w_i      (converted to elem)
//     lse[x, h]  = m + log(sum_i w_i)                          (if lse != 0)
//===----------------------------------------------------------------------===//
inline constexpr const char kMergeIndptr[] = "merge_indptr"; // ptr: i32 [rows+1]
inline constexpr const char kNumRows[] = "num_rows";         // ptr: i32 device scalar
// tmp_o, tmp_lse, o, lse: as for the attention kernel.

/// Parameters a decode attention kernel may have.
inline constexpr ParamSpec kAttentionParams[] = {
    {kQ, ParamKind::Ptr, ParamNeed::Always, true},
    {kQoIndptr, ParamKind::Ptr, ParamNeed::Always, true},
    {kKCache, ParamKind::Ptr, ParamNeed::Paged, true},
    {kVCache, ParamKind::Ptr, ParamNeed::Paged, true},
    {kK, ParamKind::Ptr, ParamNeed::Ragged, false},
    {kV, ParamKind::Ptr, ParamNeed::Ragged, false},
    {kKvIndptr, ParamKind::Ptr, ParamNeed::Always, true},
    {kKvIndices, ParamKind::Ptr, ParamNeed::Paged, true},
    {kKvLastPageLen, ParamKind::Ptr, ParamNeed::Optional, true},
    {kKvPageStride, ParamKind::I32, ParamNeed::Optional, true},
    {kCustomMask, ParamKind::Ptr, ParamNeed::Optional, false},
    {kMaskIndptr, ParamKind::Ptr, ParamNeed::Optional, false},
    {kBlockIndptr, ParamKind::Ptr, ParamNeed::Optional, false},
    {kBlockIndices, ParamKind::Ptr, ParamNeed::Optional, false},
    {kAlibiSlopes, ParamKind::Ptr, ParamNeed::Optional, false},
    {kRopeOffsets, ParamKind::Ptr, ParamNeed::Optional, false},
    {kWorkRequest, ParamKind::Ptr, ParamNeed::Always, true},
    {kWorkKvBegin, ParamKind::Ptr, ParamNeed::Always, true},
    {kWorkKvEnd, ParamKind::Ptr, ParamNeed::Always, true},
    {kWorkPartial, ParamKind::Ptr, ParamNeed::Always, true},
    {kNumWork, ParamKind::Ptr, ParamNeed::Always, true},
    {kO, ParamKind::Ptr, ParamNeed::Always, true},
    {kLse, ParamKind::Ptr, ParamNeed::Optional, true},
    {kTmpO, ParamKind::Ptr, ParamNeed::Optional, true},
    {kTmpLse, ParamKind::Ptr, ParamNeed::Optional, true},
    {kSmScale, ParamKind::F32, ParamNeed::Optional, true},
};

/// Parameters a decode merge kernel may have.
inline constexpr ParamSpec kMergeParams[] = {
    {kTmpO, ParamKind::Ptr, ParamNeed::Always, true},
    {kTmpLse, ParamKind::Ptr, ParamNeed::Always, true},
    {kMergeIndptr, ParamKind::Ptr, ParamNeed::Always, true},
    {kNumRows, ParamKind::Ptr, ParamNeed::Always, true},
    {kO, ParamKind::Ptr, ParamNeed::Always, true},
    {kLse, ParamKind::Ptr, ParamNeed::Optional, true},
};

inline constexpr size_t kNumAttentionParams =
    sizeof(kAttentionParams) / sizeof(kAttentionParams[0]);
inline constexpr size_t kNumMergeParams = sizeof(kMergeParams) / sizeof(kMergeParams[0]);
} // namespace decode

//===----------------------------------------------------------------------===//
// Prefill / append attention kernel (tensor cores), docs/PREFILL_ABI.md
//   Queries are ragged: qlen(b) = qo_indptr[b+1] - qo_indptr[b]; kvlen(b) as for decode
//   (paged) or kv_indptr[b+1] - kv_indptr[b] (ragged, kv_indptr in tokens). For KV head h,
//   request b has qlen(b) * G packed rows: packed row r is query token r / G, query head
//   h * G + r % G (GQA head-group packing); a Q tile is tile.tile_q consecutive packed rows.
//   grid  = (Hkv, work slots, 1); work slots = max_work in graph mode, else num_work (at most
//   65535). KV heads vary fastest, so the heaviest items (first in the plan) start first.
//   With the optional head_section (below) the CTAs map to (KV head, item) in L2 sections
//   instead; without it CTA (x, y) is KV head x and item y.
//   CTA (x, y): if y >= *num_work: return. Item y covers request b = work_request[y], packed
//   rows [work_qo_tile[y] * tile_q, min((work_qo_tile[y] + 1) * tile_q, qlen(b) * G)) of KV
//   head x and keys [work_kv_begin[y], work_kv_end[y]) (request-local), intersected with the
//   mask. Masks are aligned bottom-right: query i sits at position i + kvlen(b) - qlen(b);
//   causal admits keys j <= position, a window of W additionally keys j >= position - W.
//   If work_partial[y] < 0 it writes o[qo_indptr[b] + i, head, :] (and lse); otherwise the
//   normalised partial state of query i at tmp row p = work_partial[y] + i *
//   work_partial_stride[y]: tmp_o[p, head, :], tmp_lse[p, head]. A row without admitted keys
//   (an empty range included) gets o = 0, lse = -inf and is still written.
//   The runtime keeps work_kv_begin a multiple of tile.tile_kv and work_kv_end a multiple of
//   it or kvlen(b).
// Optional operands (present exactly when the variant needs them; run binds each from its
// argument of the same name and fails when a kernel's operand is not given, or one is given
// that the kernel does not take):
//   custom_mask, mask_indptr (variant.mask "custom"): u8 bits and i32 [B+1] byte offsets; key
//     j is visible to query i of request b iff bit = i * kvlen(b) + j has
//     (custom_mask[mask_indptr[b] + bit / 8] >> (bit % 8)) & 1 (little bit order, every
//     query head the same mask).
//   block_indptr, block_indices (variant.mask "block_sparse", variant.block_rows R and
//     block_cols C): BSR over the rows of the whole q tensor. Query row g = qo_indptr[b] + i
//     lies in block row g / R, key j in block column j / C; j is visible iff j / C is in
//     block_indices[block_indptr[g / R] .. block_indptr[g / R + 1]) (and j < kvlen(b)).
//     block_indptr has ceil(qo_indptr[B] / R) + 1 entries. The runtime requires every
//     qo_indptr[b] of a request with queries to be a multiple of R (plan) and R to be a
//     multiple of tile_q / G (create), so a Q tile lies in one block row; columns must be
//     distinct within a row (the caller's contract; columns past kvlen(b) are masked).
//     Block-sparse kernels have no split-KV (no tmp_o).
//   alibi_slopes: f32 [Hq], used instead of the standard slopes 2^(-8 (h + 1) / Hq).
//   rope_offsets: i32 [B], added to every RoPE position of request b (queries and keys).
//   head_section (kernels compiled with kernel_config l2_sections): i32 device scalar in the
//     plan's workspace (word kWordHeadSection), S = clamp(*head_section, 1, Hkv). In the
//     hardware's dispatch order L = y * Hkv + x with N = gridDim.y work slots, CTA (x, y)
//     takes section s = L / (S * N), r = L - s * S * N, its width w = min(S, Hkv - s * S):
//     KV head s * S + r % w and item r / w (S = Hkv is the plain (x, y) mapping). A persistent
//     kernel (tile.persistent) maps the pairs u = 0 .. Hkv * *num_work - 1 its CTAs loop over
//     the same way, with L = u and N = *num_work. So S KV heads run their items together,
//     heads fastest, and the plan picks S (and orders its items in groups of requests) so
//     that the K/V the CTAs in flight read stays in L2.
//   k_tmap, v_tmap (kind tmap; kernels with tile.tma = 1): tensor maps of k and of v (k_cache
//     and v_cache), each encoded as cuTensorMapEncodeTiled(elem (bf16 or f16), address k (v),
//     element strides all 1, interleave none, SWIZZLE_128B, L2 promotion 256B, OOB fill none)
//     with, e = sizeof(elem), R = min(page_size, tile.tile_kv), S = the run's kv_page_stride
//     (elements; the dense page_size * Hkv * D when 0), N = kTensorMapRows:
//       ragged:    rank 2, dims {Hkv * D, N}, strides {Hkv * D * e},
//                  box {kTensorMapBoxCols, tile.tile_kv};
//       paged NHD: rank 3, dims {Hkv * D, page_size, N}, strides {Hkv * D * e, S * e},
//                  box {kTensorMapBoxCols, R, 1};
//       paged HND: rank 4, dims {D, page_size, Hkv, N}, strides {D * e, page_size * D * e,
//                  S * e}, box {kTensorMapBoxCols, R, 1, 1}
//     (dims innermost first; strides of dims 1.. in bytes). The kernel loads by TMA only whole
//     tiles inside a work item's keys (j + tile_kv <= the item's key end), from rows or pages
//     the plan's requests own; the tile at the end goes through cp.async with zero fill. So
//     the maps depend on k, v, the stride and the shapes only, not on the plan: run encodes
//     them from its own arguments, and a captured CUDA graph keeps them with the pointers it
//     captured.
//===----------------------------------------------------------------------===//
namespace prefill {
using decode::kAlibiSlopes;
using decode::kBlockIndices;
using decode::kBlockIndptr;
using decode::kCustomMask;
using decode::kK;
using decode::kKCache;
using decode::kKvIndices;
using decode::kKvIndptr;
using decode::kKvLastPageLen;
using decode::kKvPageStride;
using decode::kLse;
using decode::kMaskIndptr;
using decode::kMergeIndptr;
using decode::kNumRows;
using decode::kNumWork;
using decode::kO;
using decode::kQ;
using decode::kQoIndptr;
using decode::kRopeOffsets;
using decode::kTmpLse;
using decode::kTmpO;
using decode::kV;
using decode::kVCache;
using decode::kWorkKvBegin;
using decode::kWorkKvEnd;
using decode::kWorkPartial;
using decode::kWorkRequest;
inline constexpr const char kWorkQoTile[] = "work_qo_tile"; // ptr: i32 [max_work], Q tile index
inline constexpr const char kWorkPartialStride[] =
    "work_partial_stride"; // ptr: i32 [max_work], chunks of the item's request (0 = unsplit)
inline constexpr const char kHeadSection[] =
    "head_section"; // ptr: i32 device scalar, KV heads per L2 section (see above)
inline constexpr const char kKTmap[] = "k_tmap"; // tmap: k or k_cache (see above)
inline constexpr const char kVTmap[] = "v_tmap"; // tmap: v, the same map over v
/// The tensor maps' extent in tokens (ragged) or pages (paged): no load reaches it (whole
/// tiles inside the keys only).
inline constexpr unsigned kTensorMapRows = 0x7fffffffu;
/// The box's columns: 64 elements, one 128-byte swizzle row.
inline constexpr unsigned kTensorMapBoxCols = 64;
/// Whether TMA loads can take tiles of `tile_kv` keys from pages of `page_size` keys: boxes of
/// min(page_size, tile_kv) rows, each inside one page and a whole number of the 128-byte
/// swizzle's 8-row atoms, copied by one lane of a warp each (at most 32 a tile).
constexpr bool tmaPagesFit(int64_t page_size, int64_t tile_kv) {
  const int64_t rows = page_size < tile_kv ? page_size : tile_kv;
  return rows > 0 && rows % 8 == 0 && (page_size % tile_kv == 0 || tile_kv % page_size == 0) &&
         tile_kv / rows <= 32;
}
// q, o: [tokens, Hq, D]; lse: f32 [tokens, Hq]; qo_indptr: i32 [B+1] bound from run's
// arguments (not the workspace); tmp_o / tmp_lse: f32 [partial rows, Hq(, D)].

/// Parameters a prefill attention kernel may have. kv_last_page_len is required for paged KV:
/// the kernel needs kvlen(b) for the bottom-right mask alignment.
inline constexpr ParamSpec kAttentionParams[] = {
    {kQ, ParamKind::Ptr, ParamNeed::Always, true},
    {kQoIndptr, ParamKind::Ptr, ParamNeed::Always, true},
    {kKCache, ParamKind::Ptr, ParamNeed::Paged, true},
    {kVCache, ParamKind::Ptr, ParamNeed::Paged, true},
    {kK, ParamKind::Ptr, ParamNeed::Ragged, true},
    {kV, ParamKind::Ptr, ParamNeed::Ragged, true},
    {kKTmap, ParamKind::TensorMap, ParamNeed::Optional, true},
    {kVTmap, ParamKind::TensorMap, ParamNeed::Optional, true},
    {kKvIndptr, ParamKind::Ptr, ParamNeed::Always, true},
    {kKvIndices, ParamKind::Ptr, ParamNeed::Paged, true},
    {kKvLastPageLen, ParamKind::Ptr, ParamNeed::Paged, true},
    {kKvPageStride, ParamKind::I32, ParamNeed::Optional, true},
    {kCustomMask, ParamKind::Ptr, ParamNeed::Optional, true},
    {kMaskIndptr, ParamKind::Ptr, ParamNeed::Optional, true},
    {kBlockIndptr, ParamKind::Ptr, ParamNeed::Optional, true},
    {kBlockIndices, ParamKind::Ptr, ParamNeed::Optional, true},
    {kAlibiSlopes, ParamKind::Ptr, ParamNeed::Optional, true},
    {kRopeOffsets, ParamKind::Ptr, ParamNeed::Optional, true},
    {kWorkRequest, ParamKind::Ptr, ParamNeed::Always, true},
    {kWorkQoTile, ParamKind::Ptr, ParamNeed::Always, true},
    {kWorkKvBegin, ParamKind::Ptr, ParamNeed::Always, true},
    {kWorkKvEnd, ParamKind::Ptr, ParamNeed::Always, true},
    {kWorkPartial, ParamKind::Ptr, ParamNeed::Always, true},
    {kWorkPartialStride, ParamKind::Ptr, ParamNeed::Always, true},
    {kNumWork, ParamKind::Ptr, ParamNeed::Always, true},
    {kHeadSection, ParamKind::Ptr, ParamNeed::Optional, true},
    {kO, ParamKind::Ptr, ParamNeed::Always, true},
    {kLse, ParamKind::Ptr, ParamNeed::Optional, true},
    {kTmpO, ParamKind::Ptr, ParamNeed::Optional, true},
    {kTmpLse, ParamKind::Ptr, ParamNeed::Optional, true},
};

/// The prefill merge kernel is decode's (rows are query tokens): same parameters.
inline constexpr const auto &kMergeParams = decode::kMergeParams;

inline constexpr size_t kNumAttentionParams =
    sizeof(kAttentionParams) / sizeof(kAttentionParams[0]);
inline constexpr size_t kNumMergeParams = decode::kNumMergeParams;
} // namespace prefill

//===----------------------------------------------------------------------===//
// Append to a paged KV cache (FlashInfer's append_paged_kv_cache), family "append_kv"
//   N = num_rows new tokens. Row t of k / v [N, Hkv, D] goes to position p = positions[t] of
//   request b = batch_indices[t]: page kv_indices[kv_indptr[b] + p / page_size], slot
//   p % page_size, in the variant's layout (NHD [pages, page_size, Hkv, D], HND
//   [pages, Hkv, page_size, D]). Nothing else in the cache is written. The page table must
//   already cover the positions (the kernel does not check).
//   grid = (any x, 1, 1), block = the manifest's "block": the kernel strides over the
//   N * Hkv * D / tile.vec units, so any grid covers every row; the runtime launches
//   ceil(units / block) CTAs, capped.
//===----------------------------------------------------------------------===//
namespace append_kv {
using decode::kK;      // ptr: elem [N, Hkv, D], keys to append
using decode::kV;      // ptr: elem [N, Hkv, D], values to append
using decode::kKCache; // ptr: elem, the page pool of keys (written)
using decode::kVCache; // ptr: elem, the page pool of values (written)
using decode::kKvIndptr;      // ptr: i32 [B+1], pages per request
using decode::kKvIndices;     // ptr: i32 [kv_indptr[B]], page ids
using decode::kKvLastPageLen; // ptr: i32 [B], not read (part of FlashInfer's cache view; may be 0)
using decode::kKvPageStride;  // i32: elements between pages of k_cache / v_cache (optional)
inline constexpr const char kBatchIndices[] = "batch_indices"; // ptr: i32 [N], request of row t
inline constexpr const char kPositions[] = "positions";         // ptr: i32 [N], token position
inline constexpr const char kNumRows[] = "num_rows";            // i32: N (by value)

inline constexpr ParamSpec kKernelParams[] = {
    {kK, ParamKind::Ptr, ParamNeed::Always, true},
    {kV, ParamKind::Ptr, ParamNeed::Always, true},
    {kBatchIndices, ParamKind::Ptr, ParamNeed::Always, true},
    {kPositions, ParamKind::Ptr, ParamNeed::Always, true},
    {kKCache, ParamKind::Ptr, ParamNeed::Always, true},
    {kVCache, ParamKind::Ptr, ParamNeed::Always, true},
    {kKvIndptr, ParamKind::Ptr, ParamNeed::Always, true},
    {kKvIndices, ParamKind::Ptr, ParamNeed::Always, true},
    {kKvLastPageLen, ParamKind::Ptr, ParamNeed::Optional, true},
    {kKvPageStride, ParamKind::I32, ParamNeed::Optional, true},
    {kNumRows, ParamKind::I32, ParamNeed::Always, true},
};
inline constexpr size_t kNumKernelParams = sizeof(kKernelParams) / sizeof(kKernelParams[0]);
} // namespace append_kv

//===----------------------------------------------------------------------===//
// Rotary embedding with position ids (FlashInfer's apply_rope_pos_ids / apply_llama31_rope_pos_ids),
// family "rope"
//   N = num_rows tokens. Row t of q [N, Hq, D] and k [N, Hkv, D] is rotated by position
//   pos_ids[t] as the variant says (rope llama | llama3, rotary_dim, rope_interleave,
//   rope_theta, rope_scale and, for llama3, rope_factor, rope_low_freq_factor,
//   rope_high_freq_factor, rope_original_max_position), computed in f32; features past
//   rotary_dim are copied. q_out / k_out may equal q / k (in place).
//   grid = (any x, 1, 1), strided as for append_kv over N * (Hq + Hkv) units per row-head.
//===----------------------------------------------------------------------===//
namespace rope {
using decode::kK; // ptr: elem [N, Hkv, D]
using decode::kQ; // ptr: elem [N, Hq, D]
inline constexpr const char kPosIds[] = "pos_ids"; // ptr: i32 [N], position of row t
inline constexpr const char kQOut[] = "q_out";     // ptr: elem [N, Hq, D], may be q
inline constexpr const char kKOut[] = "k_out";     // ptr: elem [N, Hkv, D], may be k
using append_kv::kNumRows;                         // i32: N (by value)

inline constexpr ParamSpec kKernelParams[] = {
    {kQ, ParamKind::Ptr, ParamNeed::Always, true},
    {kK, ParamKind::Ptr, ParamNeed::Always, true},
    {kPosIds, ParamKind::Ptr, ParamNeed::Always, true},
    {kQOut, ParamKind::Ptr, ParamNeed::Always, true},
    {kKOut, ParamKind::Ptr, ParamNeed::Always, true},
    {kNumRows, ParamKind::I32, ParamNeed::Always, true},
};
inline constexpr size_t kNumKernelParams = sizeof(kKernelParams) / sizeof(kKernelParams[0]);
} // namespace rope

//===----------------------------------------------------------------------===//
// Merging attention states (FlashInfer's merge_state / merge_states), family "merge"
//   N = num_rows rows, H = variant.num_qo_heads heads, D = head_dim. A state is (v [.., H, D],
//   s [.., H]): an attention output over some key set and its natural-log log-sum-exp. The
//   merged state over the union is
//     s = log(sum_k exp(s_k)),  v = sum_k exp(s_k - s) v_k
//   computed in f32; a state with s_k = -inf contributes nothing, a row of only -inf states
//   gets v = 0, s = -inf.
//   variant.merge "state" (merge_state): v_a, v_b [N, H, D] (variant.state_dtype), s_a, s_b
//     f32 [N, H]; v_out may be v_a or v_b (each element is read by the thread that writes
//     it); s_out must not alias s_a / s_b.
//   variant.merge "states" (dense merge_states): v [N, K, H, D], s f32 [N, K, H] with
//     K = num_states (an i32 argument; variant.num_states, when present, is the only value
//     the kernel accepts).
//   v_out [N, H, D] in variant.dtype (bf16, f16 or f32); s_out f32 [N, H] when
//   variant.return_lse. grid = (any x, 1, 1), strided over N * H * D / tile.vec units.
//===----------------------------------------------------------------------===//
namespace merge {
inline constexpr const char kVA[] = "v_a";     // ptr: state_dtype [N, H, D]
inline constexpr const char kSA[] = "s_a";     // ptr: f32 [N, H]
inline constexpr const char kVB[] = "v_b";     // ptr: state_dtype [N, H, D]
inline constexpr const char kSB[] = "s_b";     // ptr: f32 [N, H]
inline constexpr const char kV[] = "v";        // ptr: state_dtype [N, K, H, D]
inline constexpr const char kS[] = "s";        // ptr: f32 [N, K, H]
inline constexpr const char kVOut[] = "v_out"; // ptr: dtype [N, H, D]
inline constexpr const char kSOut[] = "s_out"; // ptr: f32 [N, H], when return_lse
inline constexpr const char kNumStates[] = "num_states"; // i32: K (by value), merge_states
using append_kv::kNumRows;                     // i32: N (by value)

inline constexpr ParamSpec kKernelParams[] = {
    {kVA, ParamKind::Ptr, ParamNeed::Optional, true},
    {kSA, ParamKind::Ptr, ParamNeed::Optional, true},
    {kVB, ParamKind::Ptr, ParamNeed::Optional, true},
    {kSB, ParamKind::Ptr, ParamNeed::Optional, true},
    {kV, ParamKind::Ptr, ParamNeed::Optional, true},
    {kS, ParamKind::Ptr, ParamNeed::Optional, true},
    {kVOut, ParamKind::Ptr, ParamNeed::Always, true},
    {kSOut, ParamKind::Ptr, ParamNeed::Optional, true},
    {kNumStates, ParamKind::I32, ParamNeed::Optional, true},
    {kNumRows, ParamKind::I32, ParamNeed::Always, true},
};
inline constexpr size_t kNumKernelParams = sizeof(kKernelParams) / sizeof(kKernelParams[0]);
} // namespace merge

//===----------------------------------------------------------------------===//
// Token sampling (FlashInfer's sampling module), family "sample"
//   One CTA per row: grid = (N, 1, 1), block = (tile.threads, 1, 1). input [N, vocab] in
//   variant.dtype (f32 or bf16) holds probabilities (variant.input "probs") or logits;
//   variant.mode "sample" writes one i32 token per row to out [N] (-1 for a row without
//   weight), drawing with Philox keyed by seed_offset (i64 [2]: seed, offset, read on the
//   device). Kernels with an advance_offset parameter add one to seed_offset[1] when it is
//   non-zero, seed_offset then being i64 [3] (seed, offset, 0): every CTA adds one to
//   seed_offset[2] once its threads have read the pair, and the last one resets it to 0 and
//   advances the offset (attn.sample's advance_offset). Filters compiled in: variant.top_k / top_p
//   / min_p (0 / 1 / 0 = off); those with variant.<name>_per_row come from the [N] buffers top_k
//   (i32), top_p, min_p (f32).
//===----------------------------------------------------------------------===//
namespace sample {
inline constexpr const char kInput[] = "input";             // ptr: dtype [N, vocab]
inline constexpr const char kTopK[] = "top_k";              // ptr: i32 [N], when per row
inline constexpr const char kTopP[] = "top_p";              // ptr: f32 [N], when per row
inline constexpr const char kMinP[] = "min_p";              // ptr: f32 [N], when per row
inline constexpr const char kSeedOffset[] = "seed_offset";  // ptr: i64 [2], mode "sample"
                                                            // ([3] with advance_offset 1)
inline constexpr const char kAdvanceOffset[] = "advance_offset"; // i32: 0 or 1 (by value)
inline constexpr const char kOut[] = "out";                 // ptr: i32 [N] or dtype [N, vocab]
inline constexpr const char kVocab[] = "vocab";             // i32: vocab (by value)
using append_kv::kNumRows;                                  // i32: N (by value)

inline constexpr ParamSpec kKernelParams[] = {
    {kInput, ParamKind::Ptr, ParamNeed::Always, true},
    {kTopK, ParamKind::Ptr, ParamNeed::Optional, true},
    {kTopP, ParamKind::Ptr, ParamNeed::Optional, true},
    {kMinP, ParamKind::Ptr, ParamNeed::Optional, true},
    {kSeedOffset, ParamKind::Ptr, ParamNeed::Optional, true},
    {kAdvanceOffset, ParamKind::I32, ParamNeed::Optional, true},
    {kOut, ParamKind::Ptr, ParamNeed::Always, true},
    {kVocab, ParamKind::I32, ParamNeed::Always, true},
    {kNumRows, ParamKind::I32, ParamNeed::Always, true},
};
inline constexpr size_t kNumKernelParams = sizeof(kKernelParams) / sizeof(kKernelParams[0]);
} // namespace sample

//===----------------------------------------------------------------------===//
// Speculative-decoding verification (FlashInfer's chain_speculative_sampling), family
// "spec_sample"
//   One CTA per request: grid = (N, 1, 1), block = (tile.threads, 1, 1); S = num_spec >= 1.
//   draft_probs [N, S, vocab] and target_probs [N, S + 1, vocab] in variant.dtype (f32 or
//   bf16), draft_token_ids i32 [N, S]; writes out i32 [N, S + 1] (accepted drafts, the token
//   drawn at the first rejection or the bonus token, then -1) and ADDS to accepted and emitted
//   (i32 [N]) the request's counts. Uniforms from Philox keyed by seed_offset (i64 [2]: seed,
//   offset, read on the device; advanced in the kernel as the sample family's with
//   advance_offset): the test of position i uses counter round i, the final draw round S
//   (attn.chain_speculative_sample).
//===----------------------------------------------------------------------===//
namespace spec_sample {
inline constexpr const char kDraftProbs[] = "draft_probs";        // ptr: dtype [N, S, vocab]
inline constexpr const char kDraftTokenIds[] = "draft_token_ids"; // ptr: i32 [N, S]
inline constexpr const char kTargetProbs[] = "target_probs";      // ptr: dtype [N, S+1, vocab]
using sample::kOut;                                               // ptr: i32 [N, S + 1]
using sample::kSeedOffset;                                        // ptr: i64 [2]
inline constexpr const char kAccepted[] = "accepted";             // ptr: i32 [N], added to
inline constexpr const char kEmitted[] = "emitted";               // ptr: i32 [N], added to
using sample::kAdvanceOffset;                                     // i32: 0 or 1 (by value)
inline constexpr const char kNumSpec[] = "num_spec";              // i32: S (by value)
using append_kv::kNumRows;                                        // i32: N (by value)
using sample::kVocab;                                             // i32: vocab (by value)

inline constexpr ParamSpec kKernelParams[] = {
    {kDraftProbs, ParamKind::Ptr, ParamNeed::Always, true},
    {kDraftTokenIds, ParamKind::Ptr, ParamNeed::Always, true},
    {kTargetProbs, ParamKind::Ptr, ParamNeed::Always, true},
    {kSeedOffset, ParamKind::Ptr, ParamNeed::Always, true},
    {kOut, ParamKind::Ptr, ParamNeed::Always, true},
    {kAccepted, ParamKind::Ptr, ParamNeed::Always, true},
    {kEmitted, ParamKind::Ptr, ParamNeed::Always, true},
    {kAdvanceOffset, ParamKind::I32, ParamNeed::Optional, true},
    {kNumSpec, ParamKind::I32, ParamNeed::Always, true},
    {kVocab, ParamKind::I32, ParamNeed::Always, true},
    {kNumRows, ParamKind::I32, ParamNeed::Always, true},
};
inline constexpr size_t kNumKernelParams = sizeof(kKernelParams) / sizeof(kKernelParams[0]);
} // namespace spec_sample

/// The parameter tables of one kernel family: attention families have attention and merge
/// kernels, the standalone op families one kernel of role "kernel".
struct FamilySpec {
  const char *name;
  const ParamSpec *attention_params;
  size_t num_attention_params;
  const ParamSpec *merge_params;
  size_t num_merge_params;
  const ParamSpec *kernel_params;
  size_t num_kernel_params;
};

inline constexpr FamilySpec kFamilies[] = {
    {kFamilyDecode, decode::kAttentionParams, decode::kNumAttentionParams,
     decode::kMergeParams, decode::kNumMergeParams, nullptr, 0},
    {kFamilyPrefill, prefill::kAttentionParams, prefill::kNumAttentionParams,
     prefill::kMergeParams, prefill::kNumMergeParams, nullptr, 0},
    {kFamilyAppendKv, nullptr, 0, nullptr, 0, append_kv::kKernelParams,
     append_kv::kNumKernelParams},
    {kFamilyRope, nullptr, 0, nullptr, 0, rope::kKernelParams, rope::kNumKernelParams},
    {kFamilyMerge, nullptr, 0, nullptr, 0, merge::kKernelParams, merge::kNumKernelParams},
    {kFamilySample, nullptr, 0, nullptr, 0, sample::kKernelParams, sample::kNumKernelParams},
    {kFamilySpecSample, nullptr, 0, nullptr, 0, spec_sample::kKernelParams,
     spec_sample::kNumKernelParams},
};

/// The family named `name`, or nullptr (families the runtime does not know are parsed but not
/// checked).
inline const FamilySpec *findFamily(std::string_view name) {
  for (const FamilySpec &f : kFamilies)
    if (name == f.name)
      return &f;
  return nullptr;
}

} // namespace attn::rt::abi

#endif // ATTN_RT_KERNELABI_H
