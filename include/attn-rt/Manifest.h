//===- Manifest.h - kernel bundle manifest (schema v1) ---------*- C++ -*-===//
//
// A kernel bundle is a directory with `manifest.json` and the kernel binaries it names. This
// header is the in-memory form of the manifest and its parser; the schema is specified in
// docs/RUNTIME.md ("Manifest schema v1"). Parsing needs no GPU.
//
//   {"format": "attn-bundle", "version": 1, "arch": "sm_90a",
//    "kernels": [{
//      "name": "decode_bf16_h128",
//      "family": "decode" | "prefill" | "append_kv" | "rope" | "merge",
//      "role": "attention" | "merge" | "kernel" (append_kv, rope, merge),
//      "binary": "decode.cubin", "binary_kind": "cubin" | "ptx",
//      "block": [128, 1, 1], "dynamic_smem": 16384,
//      "params": [{"name": "q", "kind": "ptr" | "i32" | "f32" | "tmap"}, ...],
//      "merge_kernel": "decode_merge_h128",            (optional, attention only)
//      "variant": {"num_qo_heads": 32, "num_kv_heads": 8, "head_dim": 128, "dtype": "bf16",
//                  "kv_format": "paged" | "ragged", "page_size": 16, "layout": "nhd" | "hnd",
//                  "kv_dtype": "bf16" | "f16",
//                  "mask": "none" | "causal" | "custom" | "block_sparse" | "sliding_window",
//                  "window_left": -1, "sm_scale": 0.088, "logits_soft_cap": 0.0,
//                  "alibi": false, "rope": "none" | "llama" | "llama3", "return_lse": true,
//                  "max_qo_len": 1,
//                  rope kernels: "rotary_dim": 128, "rope_interleave": false, "rope_theta":
//                  5e5, "rope_scale": 1, "rope_factor": 8, "rope_low_freq_factor": 1,
//                  "rope_high_freq_factor": 4, "rope_original_max_position": 8192,
//                  merge kernels: "merge": "state" | "states", "state_dtype": "f32",
//                  "num_states": 4 (dtype / state_dtype may be "f32" there)},
//      "tile": {"strategy": "decode", "split_kv": true, "threads": 128, "tile_kv": 16,
//               "stages": 2, ...ints (sm, tile_q, vec, bdx, bdy, bdz, heads_per_cta,
//               tma: 1 with the k_tmap / v_tmap parameters)},
//      "resources": {"registers": 64, "shared_bytes": 0, "spill_stores": 0,
//                    "spill_loads": 0, "stack_frame": 0}}]}      (optional, from ptxas -v)
//
//===----------------------------------------------------------------------===//
#ifndef ATTN_RT_MANIFEST_H
#define ATTN_RT_MANIFEST_H

#include "attn-rt/KernelABI.h"
#include "attn-rt/Status.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace attn::rt {

/// Limits enforced by the parser.
inline constexpr int kMaxThreadsPerBlock = 1024;
/// Largest opt-in dynamic shared memory per block on any supported arch (sm_90: 227 KiB).
inline constexpr int64_t kMaxDynamicSmemBytes = 232448;
inline constexpr int kMaxKernelParams = 64;

enum class KernelRole : uint8_t { Attention, Merge, Kernel /* append_kv, rope */ };
enum class BinaryKind : uint8_t { Cubin, Ptx };
enum class KvLayout : uint8_t { NHD, HND };
/// Element types; F32 only for the merge family's states and outputs.
enum class DType : uint8_t { BF16, F16, F32 };
/// The merge family's forms: two states (merge_state) or num_states per row (merge_states).
enum class MergeForm : uint8_t { None, State, States };
enum class MaskKind : uint8_t { None, Causal, SlidingWindow, Custom, BlockSparse };
enum class KvFormat : uint8_t { Paged, Ragged };
enum class RopeKind : uint8_t { None, Llama, Llama3 };
/// The sampling kernels (family "sample"): what a row holds and what the kernel writes.
enum class SamplingInput : uint8_t { Probs, Logits };
enum class SamplingMode : uint8_t { Sample, Renorm, Mask };

const char *kernelRoleName(KernelRole role);
const char *binaryKindName(BinaryKind kind);
const char *kvLayoutName(KvLayout layout);
const char *dtypeName(DType dtype);
const char *mergeFormName(MergeForm form);
const char *maskKindName(MaskKind mask);
const char *ropeKindName(RopeKind rope);
const char *samplingInputName(SamplingInput input);
const char *samplingModeName(SamplingMode mode);
const char *kvFormatName(KvFormat format);
const char *paramKindName(abi::ParamKind kind);

struct KernelParam {
  std::string name;
  abi::ParamKind kind = abi::ParamKind::Ptr;
};

/// What the kernel computes. For merge kernels only num_qo_heads, head_dim and dtype are
/// required; the other fields keep their defaults when absent. Paged attention kernels need
/// page_size and layout; ragged ones (kv_format "ragged") have neither.
struct KernelVariant {
  int32_t num_qo_heads = 0;
  int32_t num_kv_heads = 0;
  int32_t head_dim = 0;
  KvFormat kv_format = KvFormat::Paged;
  int32_t page_size = 0;
  KvLayout layout = KvLayout::NHD;
  DType dtype = DType::BF16;
  DType kv_dtype = DType::BF16;
  MaskKind mask = MaskKind::None;
  int32_t window_left = -1;
  /// Block-sparse masks (mask == BlockSparse, required there): BSR block rows R and columns C.
  /// 0 for other masks.
  int32_t block_rows = 0;
  int32_t block_cols = 0;
  float logits_soft_cap = 0.0f;
  RopeKind rope = RopeKind::None;
  bool has_sm_scale = false; ///< sm_scale given (the scale compiled into the kernel)
  float sm_scale = 0.0f;
  bool alibi = false;
  bool return_lse = false;
  int32_t max_qo_len = 0;    ///< 0 = not given
  // The standalone RoPE kernel (family "rope"): the parameters compiled into it. rope is
  // llama or llama3 there; the llama3 fields keep their defaults for llama.
  int32_t rotary_dim = 0;    ///< 0 = not given
  bool rope_interleave = false;
  float rope_theta = 1.0e4f;
  float rope_scale = 1.0f;
  float rope_factor = 8.0f;
  float rope_low_freq_factor = 1.0f;
  float rope_high_freq_factor = 4.0f;
  int32_t rope_original_max_position = 8192;
  // The merge kernels (family "merge"): the form, the input states' element type (dtype is
  // the output's) and, for merge_states, the number of states compiled in (0 = any).
  MergeForm merge = MergeForm::None;
  DType state_dtype = DType::BF16;
  int32_t num_states = 0;
  // The sampling kernels (family "sample"; dtype f32 or bf16): the filters compiled in
  // (top_k 0, top_p 1, min_p 0: off) and those read per row from device buffers.
  SamplingInput sampling_input = SamplingInput::Probs;
  SamplingMode sampling_mode = SamplingMode::Sample;
  int32_t top_k = 0;
  float top_p = 1.0f;
  float min_p = 0.0f;
  bool top_k_per_row = false;
  bool top_p_per_row = false;
  bool min_p_per_row = false;
  /// CTAs per row (a thread-block cluster, sm_90); 1 = one CTA per row. The tile's
  /// "cluster" field gives the launch shape.
  int32_t cluster_size = 1;
};

/// How the kernel is tiled. `extra` holds any further integer fields in manifest order
/// (sm, tile_q, vec, bdx, bdy, bdz, heads_per_cta, ...).
struct KernelTile {
  int32_t threads = 0;
  int32_t tile_kv = 1;
  int32_t stages = 1;
  int32_t rows_per_cta = 1;
  std::string strategy; ///< "decode" | "prefill" | "" (not given)
  bool split_kv = false;
  bool has_split_kv = false;
  std::vector<std::pair<std::string, int64_t>> extra;

  /// The integer field `name` from `extra`, or `fallback`.
  int64_t get(std::string_view name, int64_t fallback) const;
};

/// ptxas -v report of the kernel (written by attn-compile for cubins; absent for PTX).
struct KernelResources {
  bool present = false;
  int32_t registers = 0;
  int32_t shared_bytes = 0;
  int32_t spill_stores = 0;
  int32_t spill_loads = 0;
  int32_t stack_frame = 0;
};

struct KernelEntry {
  std::string name;
  std::string family;
  KernelRole role = KernelRole::Attention;
  std::string binary; ///< file name inside the bundle directory
  BinaryKind binary_kind = BinaryKind::Cubin;
  std::array<int32_t, 3> block = {1, 1, 1};
  int32_t dynamic_smem = 0;
  std::vector<KernelParam> params; ///< in kernel signature order
  std::string merge_kernel;        ///< attention only; empty = none named
  KernelVariant variant;
  KernelTile tile;
  KernelResources resources;

  /// Index of the parameter named `name`, or -1.
  int findParam(std::string_view name) const;
};

struct BundleManifest {
  int version = abi::kBundleVersion;
  std::string arch;
  std::vector<KernelEntry> kernels;

  /// Index of the kernel named `name`, or -1.
  int findKernel(std::string_view name) const;
};

/// Parses and validates manifest text. `source` names the file in messages
/// ("bundle/manifest.json: kernels[1].variant.head_dim: expected a positive integer, got -4").
/// Checks: JSON syntax (with byte offset), format/version, every required field and its JSON
/// kind, enum spellings, positive sizes, block size limits, tile.threads == block volume,
/// num_qo_heads % num_kv_heads, unique kernel and parameter names, parameter kinds (and the
/// family's ABI, checkKernelParams), tile.tile_q of prefill attention kernels, tile.tma of
/// attention kernels (0 or 1, and 1 exactly when the kernel takes k_tmap / v_tmap), binary
/// names staying inside the bundle, merge_kernel references, unknown keys.
Status parseManifest(std::string_view text, std::string_view source, BundleManifest *out);

/// The SM number of a manifest arch ("sm_90a" -> 90, "sm_80" -> 80), or -1 when `arch` is not
/// sm_<2 or 3 digits> with an optional 'a' or 'f' suffix (the only spellings parseManifest
/// accepts).
int archSmVersion(std::string_view arch);

/// CTAs of a merge grid cover tile.heads_per_cta heads of a row each (default 1).
int32_t mergeHeadsPerCta(const KernelEntry &merge);

/// Checks the parameter list of a kernel of a known family (abi::findFamily: decode,
/// prefill) against its tables: every name known with the right kind, every parameter the role
/// and kv_format require present, tmp_o / tmp_lse both or neither, and k_tmap / v_tmap both or
/// neither, over ragged K/V only. Kernels of other families pass unchecked.
Status checkKernelParams(const KernelEntry &kernel);

} // namespace attn::rt

#endif // ATTN_RT_MANIFEST_H
