//===- Manifest.cpp - parsing and validation of bundle manifests (schema v1) ===//
//
// Uses nlohmann::json without exceptions: syntax errors are reported through a SAX handler
// (byte offset + reason), and every field is type-checked before it is read.
//
//===----------------------------------------------------------------------===//
#include "attn-rt/Manifest.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <limits>
#include <string>
#include <unordered_set>

namespace attn::rt {
namespace {

using json = nlohmann::json;
namespace key = abi::key;

/// Largest tile.vec (elements per vector access): 16 bytes of f32 is 4, of bf16 8; 16 leaves
/// room for 32-byte accesses.
constexpr int kMaxTileVec = 16;
/// CTAs of a thread-block cluster: 16 with the non-portable size of sm_90.
constexpr int kMaxClusterSize = 16;

/// Field spellings of the schema.
constexpr const char *kTopKeys[] = {key::kFormat, key::kVersion, key::kArch, key::kKernels};
constexpr const char *kKernelKeys[] = {key::kName,        key::kFamily,     key::kRole,
                                       key::kBinary,      key::kBinaryKind, key::kBlock,
                                       key::kDynamicSmem, key::kParams,     key::kMergeKernel,
                                       key::kVariant,     key::kTile,       key::kResources};
constexpr const char *kParamKeys[] = {key::kName, key::kKind};
constexpr const char *kVariantKeys[] = {
    key::kNumQoHeads, key::kNumKvHeads, key::kHeadDim, key::kDtype, key::kKvFormat, key::kPageSize,
    key::kLayout, key::kKvDtype, key::kMask, key::kWindowLeft, key::kSmScale, key::kLogitsSoftCap,
    key::kAlibi, key::kRope, key::kReturnLse, key::kMaxQoLen, key::kBlockRows, key::kBlockCols,
    // rope kernels
    key::kRotaryDim, key::kRopeInterleave, key::kRopeTheta, key::kRopeScale, key::kRopeFactor,
    key::kRopeLowFreqFactor, key::kRopeHighFreqFactor, key::kRopeOriginalMaxPosition,
    // merge kernels
    key::kMerge, key::kStateDtype, key::kNumStates};
/// Sampling kernels have a variant of their own.
constexpr const char *kSampleVariantKeys[] = {
    "input", "mode",          "dtype",         "top_k",         "top_p",
    "min_p", "top_k_per_row", "top_p_per_row", "min_p_per_row", "cluster_size"};
constexpr const char *kResourceKeys[] = {key::kRegisters, key::kSharedBytes, key::kSpillStores,
                                         key::kSpillLoads, key::kStackFrame};

template <typename E> struct EnumSpelling {
  const char *name;
  E value;
};
constexpr EnumSpelling<KernelRole> kRoles[] = {{abi::kRoleAttention, KernelRole::Attention},
                                               {abi::kRoleMerge, KernelRole::Merge},
                                               {abi::kRoleKernel, KernelRole::Kernel}};
constexpr EnumSpelling<BinaryKind> kBinaryKinds[] = {{abi::kBinaryKindCubin, BinaryKind::Cubin},
                                                     {abi::kBinaryKindPtx, BinaryKind::Ptx}};
constexpr EnumSpelling<KvLayout> kLayouts[] = {{"nhd", KvLayout::NHD}, {"hnd", KvLayout::HND}};
constexpr EnumSpelling<DType> kDTypes[] = {{abi::kDtypeBf16, DType::BF16},
                                           {abi::kDtypeF16, DType::F16}};
constexpr EnumSpelling<SamplingInput> kSamplingInputs[] = {{"probs", SamplingInput::Probs},
                                                           {"logits", SamplingInput::Logits}};
constexpr EnumSpelling<SamplingMode> kSamplingModes[] = {{"sample", SamplingMode::Sample},
                                                         {"renorm", SamplingMode::Renorm},
                                                         {"mask", SamplingMode::Mask}};
constexpr EnumSpelling<DType> kSampleDTypes[] = {{"bf16", DType::BF16}, {"f32", DType::F32}};
/// Merge kernels also take f32 states and outputs.
constexpr EnumSpelling<DType> kStateDTypes[] = {
    {abi::kDtypeBf16, DType::BF16}, {abi::kDtypeF16, DType::F16}, {abi::kDtypeF32, DType::F32}};
constexpr EnumSpelling<MergeForm> kMergeForms[] = {{abi::kMergeFormState, MergeForm::State},
                                                   {abi::kMergeFormStates, MergeForm::States}};
constexpr EnumSpelling<MaskKind> kMasks[] = {{"none", MaskKind::None},
                                             {"causal", MaskKind::Causal},
                                             {"sliding_window", MaskKind::SlidingWindow},
                                             {"custom", MaskKind::Custom},
                                             {"block_sparse", MaskKind::BlockSparse}};
constexpr EnumSpelling<KvFormat> kKvFormats[] = {{abi::kKvFormatPaged, KvFormat::Paged},
                                                 {abi::kKvFormatRagged, KvFormat::Ragged}};
constexpr EnumSpelling<RopeKind> kRopes[] = {
    {"none", RopeKind::None}, {"llama", RopeKind::Llama}, {"llama3", RopeKind::Llama3}};
constexpr EnumSpelling<abi::ParamKind> kParamKinds[] = {
    {abi::kParamKindPtr, abi::ParamKind::Ptr},
    {abi::kParamKindI32, abi::ParamKind::I32},
    {abi::kParamKindF32, abi::ParamKind::F32},
    {abi::kParamKindTensorMap, abi::ParamKind::TensorMap}};

template <typename E, size_t N> const char *spell(const EnumSpelling<E> (&table)[N], E v) {
  for (const auto &e : table)
    if (e.value == v)
      return e.name;
  return "?";
}

template <size_t N> std::string joinNames(const char *const (&names)[N]) {
  std::string s;
  for (size_t i = 0; i < N; ++i)
    s += (i ? ", " : "") + std::string(names[i]);
  return s;
}

const char *jsonKind(const json &v) {
  switch (v.type()) {
  case json::value_t::null: return "null";
  case json::value_t::object: return "object";
  case json::value_t::array: return "array";
  case json::value_t::string: return "string";
  case json::value_t::boolean: return "boolean";
  case json::value_t::number_integer:
  case json::value_t::number_unsigned: return "integer";
  case json::value_t::number_float: return "number";
  default: return "value";
  }
}

/// Collects the first syntax error of a document.
class SyntaxErrorSax : public nlohmann::json_sax<json> {
public:
  size_t position = 0;
  std::string reason;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t &) override { return true; }
  bool string(string_t &) override { return true; }
  bool binary(binary_t &) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t &) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t pos, const std::string &, const nlohmann::detail::exception &e)
      override {
    position = pos;
    reason = e.what();
    return false;
  }
};

/// Parsing state: the file name for messages.
class Parser {
public:
  explicit Parser(std::string_view source) : source_(source) {}

  Status error(const std::string &path, const char *fmt, ...) const
#if defined(__GNUC__)
      __attribute__((format(printf, 3, 4)))
#endif
  {
    char buf[512];
    va_list args;
    va_start(args, fmt);
    std::vsnprintf(buf, sizeof(buf), fmt, args);
    va_end(args);
    std::string msg(source_);
    msg += ": ";
    if (!path.empty())
      msg += path + ": ";
    msg += buf;
    return Status(StatusCode::ParseError, std::move(msg));
  }

  template <size_t N>
  Status checkKeys(const json &obj, const std::string &path,
                   const char *const (&allowed)[N]) const {
    for (auto it = obj.begin(); it != obj.end(); ++it) {
      bool known = false;
      for (const char *a : allowed)
        known |= it.key() == a;
      if (!known)
        return error(path, "unknown field '%s' (expected one of: %s)", it.key().c_str(),
                     joinNames(allowed).c_str());
    }
    return Status::ok();
  }

  Status requireObject(const json &v, const std::string &path) const {
    if (!v.is_object())
      return error(path, "expected an object, got %s", jsonKind(v));
    return Status::ok();
  }

  /// Looks `key` up in `obj` (`*it` is obj.end() when it is absent). `present` (if non-null)
  /// reports presence of an optional field; when null the field is required.
  Status findField(const json &obj, const char *key, const std::string &path, bool *present,
                   json::const_iterator *it) const {
    *it = obj.find(key);
    if (present)
      *present = *it != obj.end();
    if (*it == obj.end() && !present)
      return error(path, "missing required field '%s'", key);
    return Status::ok();
  }

  /// Integer field within [lo, hi]; `present` as for findField.
  Status getInt(const json &obj, const char *key, const std::string &path, int64_t lo,
                int64_t hi, int64_t *out, bool *present = nullptr) const {
    std::string field = path.empty() ? key : path + "." + key;
    json::const_iterator it;
    ATTN_RT_RETURN_IF_ERROR(findField(obj, key, path, present, &it));
    if (it == obj.end())
      return Status::ok();
    if (!it->is_number_integer())
      return error(field, "expected an integer, got %s", jsonKind(*it));
    int64_t v = 0;
    if (it->is_number_unsigned()) {
      uint64_t u = it->get<uint64_t>();
      if (u > uint64_t(std::numeric_limits<int64_t>::max()))
        return error(field, "value %llu is out of range [%lld, %lld]", (unsigned long long)u,
                     (long long)lo, (long long)hi);
      v = int64_t(u);
    } else {
      v = it->get<int64_t>();
    }
    if (v < lo || v > hi)
      return error(field, "value %lld is out of range [%lld, %lld]", (long long)v,
                   (long long)lo, (long long)hi);
    *out = v;
    return Status::ok();
  }

  Status getInt32(const json &obj, const char *key, const std::string &path, int64_t lo,
                  int64_t hi, int32_t *out, bool *present = nullptr) const {
    int64_t v = 0;
    ATTN_RT_RETURN_IF_ERROR(getInt(obj, key, path, lo, hi, &v, present));
    if (!present || *present)
      *out = int32_t(v);
    return Status::ok();
  }

  Status getString(const json &obj, const char *key, const std::string &path,
                   std::string *out, bool *present = nullptr) const {
    json::const_iterator it;
    ATTN_RT_RETURN_IF_ERROR(findField(obj, key, path, present, &it));
    if (it == obj.end())
      return Status::ok();
    std::string field = path.empty() ? key : path + "." + key;
    if (!it->is_string())
      return error(field, "expected a string, got %s", jsonKind(*it));
    *out = it->get<std::string>();
    if (out->empty())
      return error(field, "expected a non-empty string");
    // Names reach C APIs (dlsym-style lookups, fopen) that stop at the first NUL.
    if (out->find('\0') != std::string::npos)
      return error(field, "expected a string without NUL characters, got one at offset %zu",
                   out->find('\0'));
    return Status::ok();
  }

  Status getBool(const json &obj, const char *key, const std::string &path, bool *out) const {
    auto it = obj.find(key);
    if (it == obj.end())
      return Status::ok();
    if (!it->is_boolean())
      return error(path + "." + key, "expected a boolean, got %s", jsonKind(*it));
    *out = it->get<bool>();
    return Status::ok();
  }

  /// Optional finite number >= `lo` (> `lo` when `strict`).
  Status getNumber(const json &obj, const char *key, const std::string &path, double lo,
                   bool strict, float *out, bool *present) const {
    auto it = obj.find(key);
    *present = it != obj.end();
    if (!*present)
      return Status::ok();
    std::string field = path + "." + key;
    if (!it->is_number())
      return error(field, "expected a number, got %s", jsonKind(*it));
    double c = it->get<double>();
    if (!std::isfinite(c) || c < lo || (strict && c == lo))
      return error(field, "expected a finite value %s %g, got %g", strict ? ">" : ">=", lo, c);
    // The kernels take f32: the check holds for the value they get (1e308 is inf there,
    // 1e-50 is 0).
    const float f = float(c);
    if (!std::isfinite(f) || double(f) < lo || (strict && double(f) == lo))
      return error(field, "value %g is %g as a 32-bit float (expected a finite value %s %g)", c,
                   double(f), strict ? ">" : ">=", lo);
    *out = f;
    return Status::ok();
  }

  template <typename E, size_t N>
  Status getEnum(const json &obj, const char *key, const std::string &path,
                 const EnumSpelling<E> (&table)[N], E *out, bool required = true) const {
    std::string s;
    bool present = false;
    ATTN_RT_RETURN_IF_ERROR(getString(obj, key, path, &s, required ? nullptr : &present));
    if (!required && !present)
      return Status::ok();
    for (const auto &e : table)
      if (s == e.name) {
        *out = e.value;
        return Status::ok();
      }
    std::string allowed;
    for (size_t i = 0; i < N; ++i)
      allowed += (i ? ", " : "") + std::string(table[i].name);
    std::string field = path.empty() ? key : path + "." + key;
    return error(field, "unknown value '%s' (expected one of: %s)", s.c_str(),
                 allowed.c_str());
  }

  Status parseParams(const json &kernel, const std::string &path, KernelEntry *k) const {
    auto it = kernel.find(key::kParams);
    if (it == kernel.end())
      return error(path, "missing required field 'params'");
    std::string ppath = path + ".params";
    if (!it->is_array())
      return error(ppath, "expected an array, got %s", jsonKind(*it));
    if (it->size() > size_t(kMaxKernelParams))
      return error(ppath, "%zu parameters exceed the limit of %d", it->size(),
                   kMaxKernelParams);
    for (size_t i = 0; i < it->size(); ++i) {
      const json &p = (*it)[i];
      std::string path_i = ppath + "[" + std::to_string(i) + "]";
      ATTN_RT_RETURN_IF_ERROR(requireObject(p, path_i));
      ATTN_RT_RETURN_IF_ERROR(checkKeys(p, path_i, kParamKeys));
      KernelParam param;
      ATTN_RT_RETURN_IF_ERROR(getString(p, key::kName, path_i, &param.name));
      ATTN_RT_RETURN_IF_ERROR(getEnum(p, key::kKind, path_i, kParamKinds, &param.kind));
      if (k->findParam(param.name) >= 0)
        return error(path_i + ".name", "duplicate parameter '%s'", param.name.c_str());
      k->params.push_back(std::move(param));
    }
    return Status::ok();
  }

  Status parseVariant(const json &kernel, const std::string &path, KernelEntry *k) const {
    auto it = kernel.find(key::kVariant);
    if (it == kernel.end())
      return error(path, "missing required field 'variant'");
    std::string vpath = path + ".variant";
    const json &v = *it;
    ATTN_RT_RETURN_IF_ERROR(requireObject(v, vpath));
    if (k->role == KernelRole::Kernel && k->family == abi::kFamilySample)
      return parseSampleVariant(v, vpath, k);
    if (k->role == KernelRole::Kernel && k->family == abi::kFamilySpecSample) {
      // Speculative verification: only the element type of the distributions.
      static constexpr const char *kKeys[] = {"dtype"};
      ATTN_RT_RETURN_IF_ERROR(checkKeys(v, vpath, kKeys));
      return getEnum(v, "dtype", vpath, kSampleDTypes, &k->variant.dtype);
    }
    ATTN_RT_RETURN_IF_ERROR(checkKeys(v, vpath, kVariantKeys));
    KernelVariant &var = k->variant;
    constexpr int64_t kMaxI32 = std::numeric_limits<int32_t>::max();
    bool attention = k->role == KernelRole::Attention;
    bool present = false;
    // Required for every role but the append kernel's, which has no query heads.
    bool appendKv = k->role == KernelRole::Kernel && k->family == abi::kFamilyAppendKv;
    ATTN_RT_RETURN_IF_ERROR(getInt32(v, key::kNumQoHeads, vpath, 1, kMaxI32, &var.num_qo_heads,
                                     appendKv ? &present : nullptr));
    ATTN_RT_RETURN_IF_ERROR(getInt32(v, key::kHeadDim, vpath, 1, kMaxI32, &var.head_dim));
    bool mergeKernel = k->role == KernelRole::Kernel && k->family == abi::kFamilyMerge;
    if (mergeKernel)
      ATTN_RT_RETURN_IF_ERROR(getEnum(v, key::kDtype, vpath, kStateDTypes, &var.dtype));
    else
      ATTN_RT_RETURN_IF_ERROR(getEnum(v, key::kDtype, vpath, kDTypes, &var.dtype));
    ATTN_RT_RETURN_IF_ERROR(getEnum(v, key::kKvFormat, vpath, kKvFormats, &var.kv_format, false));
    // Required for attention and op kernels (page_size and layout only for paged KV), optional
    // for merge-role kernels and the merge family (one head count, num_qo_heads).
    bool *opt = attention || (k->role == KernelRole::Kernel && !mergeKernel) ? nullptr : &present;
    bool paged = (attention || appendKv) && var.kv_format == KvFormat::Paged;
    ATTN_RT_RETURN_IF_ERROR(
        getInt32(v, key::kNumKvHeads, vpath, 1, kMaxI32, &var.num_kv_heads, opt));
    ATTN_RT_RETURN_IF_ERROR(
        getInt32(v, key::kPageSize, vpath, 1, kMaxI32, &var.page_size, paged ? nullptr : &present));
    ATTN_RT_RETURN_IF_ERROR(getEnum(v, key::kLayout, vpath, kLayouts, &var.layout, paged));
    var.kv_dtype = var.dtype;
    ATTN_RT_RETURN_IF_ERROR(getEnum(v, key::kKvDtype, vpath, kDTypes, &var.kv_dtype, attention));
    // Optional everywhere.
    ATTN_RT_RETURN_IF_ERROR(getEnum(v, key::kMask, vpath, kMasks, &var.mask, false));
    ATTN_RT_RETURN_IF_ERROR(
        getInt32(v, key::kWindowLeft, vpath, -1, kMaxI32, &var.window_left, &present));
    ATTN_RT_RETURN_IF_ERROR(getEnum(v, key::kRope, vpath, kRopes, &var.rope, false));
    ATTN_RT_RETURN_IF_ERROR(getNumber(v, key::kLogitsSoftCap, vpath, 0.0, /*strict=*/false,
                                      &var.logits_soft_cap, &present));
    ATTN_RT_RETURN_IF_ERROR(
        getNumber(v, key::kSmScale, vpath, 0.0, /*strict=*/true, &var.sm_scale, &var.has_sm_scale));
    ATTN_RT_RETURN_IF_ERROR(getBool(v, key::kAlibi, vpath, &var.alibi));
    ATTN_RT_RETURN_IF_ERROR(getBool(v, key::kReturnLse, vpath, &var.return_lse));
    ATTN_RT_RETURN_IF_ERROR(
        getInt32(v, key::kMaxQoLen, vpath, 1, kMaxI32, &var.max_qo_len, &present));
    ATTN_RT_RETURN_IF_ERROR(parseBlockShape(v, vpath, attention, &var));
    if (var.num_kv_heads > 0 && var.num_qo_heads % var.num_kv_heads != 0)
      return error(vpath, "expected num_qo_heads (%d) to be a multiple of num_kv_heads (%d)",
                   var.num_qo_heads, var.num_kv_heads);
    return parseOpVariant(v, vpath, k);
  }

  /// A sampling kernel: input, mode and dtype required; the filters optional (off), top_p in
  /// (0, 1], min_p in [0, 1]; renorm reads probabilities, mask logits.
  Status parseSampleVariant(const json &v, const std::string &vpath, KernelEntry *k) const {
    ATTN_RT_RETURN_IF_ERROR(checkKeys(v, vpath, kSampleVariantKeys));
    KernelVariant &var = k->variant;
    bool present = false;
    ATTN_RT_RETURN_IF_ERROR(getEnum(v, "input", vpath, kSamplingInputs, &var.sampling_input));
    ATTN_RT_RETURN_IF_ERROR(getEnum(v, "mode", vpath, kSamplingModes, &var.sampling_mode));
    ATTN_RT_RETURN_IF_ERROR(getEnum(v, "dtype", vpath, kSampleDTypes, &var.dtype));
    ATTN_RT_RETURN_IF_ERROR(
        getInt32(v, "top_k", vpath, 0, std::numeric_limits<int32_t>::max(), &var.top_k, &present));
    ATTN_RT_RETURN_IF_ERROR(
        getNumber(v, "top_p", vpath, 0.0, /*strict=*/true, &var.top_p, &present));
    if (var.top_p > 1.0f)
      return error(vpath + ".top_p", "expected a value in (0, 1], got %g", double(var.top_p));
    ATTN_RT_RETURN_IF_ERROR(
        getNumber(v, "min_p", vpath, 0.0, /*strict=*/false, &var.min_p, &present));
    if (var.min_p > 1.0f)
      return error(vpath + ".min_p", "expected a value in [0, 1], got %g", double(var.min_p));
    ATTN_RT_RETURN_IF_ERROR(getBool(v, "top_k_per_row", vpath, &var.top_k_per_row));
    ATTN_RT_RETURN_IF_ERROR(getBool(v, "top_p_per_row", vpath, &var.top_p_per_row));
    ATTN_RT_RETURN_IF_ERROR(getBool(v, "min_p_per_row", vpath, &var.min_p_per_row));
    ATTN_RT_RETURN_IF_ERROR(
        getInt32(v, "cluster_size", vpath, 1, kMaxClusterSize, &var.cluster_size, &present));
    if (var.sampling_mode == SamplingMode::Renorm && var.sampling_input != SamplingInput::Probs)
      return error(vpath + ".input", "expected 'probs' for mode 'renorm'");
    if (var.sampling_mode == SamplingMode::Mask && var.sampling_input != SamplingInput::Logits)
      return error(vpath + ".input", "expected 'logits' for mode 'mask'");
    return Status::ok();
  }

  /// The fields of the standalone op kernels: an append kernel writes a paged cache; a RoPE
  /// kernel carries its compiled-in parameters (rope llama | llama3 and rotary_dim required).
  Status parseOpVariant(const json &v, const std::string &vpath, KernelEntry *k) const {
    KernelVariant &var = k->variant;
    bool present = false;
    if (k->role == KernelRole::Kernel && k->family == abi::kFamilyAppendKv &&
        var.kv_format != KvFormat::Paged)
      return error(vpath + ".kv_format", "expected 'paged' for an append_kv kernel, got '%s'",
                   kvFormatName(var.kv_format));
    bool ropeKernel = k->role == KernelRole::Kernel && k->family == abi::kFamilyRope;
    ATTN_RT_RETURN_IF_ERROR(getInt32(v, key::kRotaryDim, vpath, 2, var.head_dim, &var.rotary_dim,
                                     ropeKernel ? nullptr : &present));
    if (var.rotary_dim % 2 != 0)
      return error(vpath + ".rotary_dim", "expected an even value, got %d", var.rotary_dim);
    ATTN_RT_RETURN_IF_ERROR(getBool(v, key::kRopeInterleave, vpath, &var.rope_interleave));
    ATTN_RT_RETURN_IF_ERROR(
        getNumber(v, key::kRopeTheta, vpath, 0.0, /*strict=*/true, &var.rope_theta, &present));
    ATTN_RT_RETURN_IF_ERROR(
        getNumber(v, key::kRopeScale, vpath, 0.0, /*strict=*/true, &var.rope_scale, &present));
    ATTN_RT_RETURN_IF_ERROR(
        getNumber(v, key::kRopeFactor, vpath, 1.0, /*strict=*/false, &var.rope_factor, &present));
    ATTN_RT_RETURN_IF_ERROR(getNumber(v, key::kRopeLowFreqFactor, vpath, 0.0, /*strict=*/true,
                                      &var.rope_low_freq_factor, &present));
    ATTN_RT_RETURN_IF_ERROR(getNumber(v, key::kRopeHighFreqFactor, vpath, 0.0, /*strict=*/true,
                                      &var.rope_high_freq_factor, &present));
    ATTN_RT_RETURN_IF_ERROR(getInt32(v, key::kRopeOriginalMaxPosition, vpath, 1,
                                     std::numeric_limits<int32_t>::max(),
                                     &var.rope_original_max_position, &present));
    if (ropeKernel && var.rope == RopeKind::None)
      return error(vpath + ".rope", "expected 'llama' or 'llama3' for a rope kernel");
    // Merge kernels: the form and the states' element type are required there, unknown
    // elsewhere (rejected as extra keys would be).
    bool mergeKernel = k->role == KernelRole::Kernel && k->family == abi::kFamilyMerge;
    for (const char *key : {key::kMerge, key::kStateDtype, key::kNumStates})
      if (!mergeKernel && v.contains(key))
        return error(vpath + "." + key, "is only allowed for merge kernels");
    if (!mergeKernel)
      return Status::ok();
    ATTN_RT_RETURN_IF_ERROR(getEnum(v, key::kMerge, vpath, kMergeForms, &var.merge));
    ATTN_RT_RETURN_IF_ERROR(getEnum(v, key::kStateDtype, vpath, kStateDTypes, &var.state_dtype));
    ATTN_RT_RETURN_IF_ERROR(getInt32(v, key::kNumStates, vpath, 1,
                                     std::numeric_limits<int32_t>::max(), &var.num_states,
                                     &present));
    if (var.merge == MergeForm::State && var.num_states != 0 && var.num_states != 2)
      return error(vpath + ".num_states", "expected 2 for merge 'state', got %d",
                   var.num_states);
    if (var.merge == MergeForm::State)
      var.num_states = 2;
    return Status::ok();
  }

  /// block_rows / block_cols: BSR block shape of a block-sparse mask, required with mask
  /// block_sparse on attention kernels, rejected with any other mask.
  Status parseBlockShape(const json &v, const std::string &vpath, bool attention,
                         KernelVariant *var) const {
    constexpr int64_t kMaxI32 = std::numeric_limits<int32_t>::max();
    const bool sparse = var->mask == MaskKind::BlockSparse;
    for (auto [key, out] :
         {std::pair<const char *, int32_t *>{key::kBlockRows, &var->block_rows},
          std::pair<const char *, int32_t *>{key::kBlockCols, &var->block_cols}}) {
      bool present = false;
      ATTN_RT_RETURN_IF_ERROR(getInt32(v, key, vpath, 1, kMaxI32, out,
                                       sparse && attention ? nullptr : &present));
      if (present && !sparse)
        return error(vpath + "." + key, "expected only with mask block_sparse, the mask is %s",
                     spell(kMasks, var->mask));
    }
    return Status::ok();
  }

  Status parseTile(const json &kernel, const std::string &path, KernelEntry *k) const {
    auto it = kernel.find(key::kTile);
    const bool attention = k->role == KernelRole::Attention;
    // A standalone op kernel's tile, when present, names its CTA size like an attention
    // kernel's (threads == block volume) and has no KV tiles.
    const bool opKernel = k->role == KernelRole::Kernel;
    if (it == kernel.end()) {
      if (attention)
        return error(path, "missing required field 'tile'");
      return Status::ok();
    }
    std::string tpath = path + ".tile";
    ATTN_RT_RETURN_IF_ERROR(requireObject(*it, tpath));
    KernelTile &t = k->tile;
    constexpr int64_t kMaxI32 = std::numeric_limits<int32_t>::max();
    bool present = false;
    // A merge kernel's tile is the attention kernel's (its threads included) plus bdx and
    // heads_per_cta, so only an attention kernel's threads must equal its block volume.
    ATTN_RT_RETURN_IF_ERROR(getInt32(*it, key::kThreads, tpath, 1, kMaxThreadsPerBlock, &t.threads,
                                     attention || opKernel ? nullptr : &present));
    ATTN_RT_RETURN_IF_ERROR(
        getInt32(*it, key::kTileKv, tpath, 1, kMaxI32, &t.tile_kv, attention ? nullptr : &present));
    ATTN_RT_RETURN_IF_ERROR(getInt32(*it, key::kStages, tpath, 1, kMaxI32, &t.stages, &present));
    ATTN_RT_RETURN_IF_ERROR(
        getInt32(*it, key::kRowsPerCta, tpath, 1, kMaxI32, &t.rows_per_cta, &present));
    if (it->contains(key::kStrategy))
      ATTN_RT_RETURN_IF_ERROR(getString(*it, key::kStrategy, tpath, &t.strategy));
    t.has_split_kv = it->contains(key::kSplitKv);
    ATTN_RT_RETURN_IF_ERROR(getBool(*it, key::kSplitKv, tpath, &t.split_kv));
    for (auto f = it->begin(); f != it->end(); ++f) {
      const std::string &key = f.key();
      if (key == key::kThreads || key == key::kTileKv || key == key::kStages ||
          key == key::kRowsPerCta || key == key::kStrategy || key == key::kSplitKv)
        continue;
      if (!f->is_number_integer())
        return error(tpath + "." + key, "expected an integer, got %s", jsonKind(*f));
      int64_t v = 0;
      ATTN_RT_RETURN_IF_ERROR(getInt(*it, key.c_str(), tpath,
                                     std::numeric_limits<int64_t>::min(),
                                     std::numeric_limits<int64_t>::max(), &v));
      t.extra.emplace_back(key, v);
    }
    // Elements per vector access: the op kernels size their alignment checks and grids by it.
    const int64_t vec = t.get(key::kVec, 1);
    if (vec < 1 || vec > kMaxTileVec || (vec & (vec - 1)) != 0)
      return error(tpath + ".vec", "expected a power of two in [1, %d], got %lld", kMaxTileVec,
                   (long long)vec);
    int64_t volume = int64_t(k->block[0]) * k->block[1] * k->block[2];
    if ((attention || opKernel) && t.threads != volume)
      return error(tpath + ".threads", "value %d does not match the block volume %lld",
                   t.threads, (long long)volume);
    if (k->role == KernelRole::Merge) {
      int64_t hpc = t.get(key::kHeadsPerCta, 1), bdx = t.get(key::kBdx, 0);
      int64_t slices = t.get(key::kSlices, 1);
      if (hpc < 1 || k->variant.num_qo_heads % hpc != 0)
        return error(tpath + ".heads_per_cta",
                     "expected a divisor of num_qo_heads (%d), got %lld",
                     k->variant.num_qo_heads, (long long)hpc);
      if (slices < 1)
        return error(tpath + ".slices", "expected a positive value, got %lld", (long long)slices);
      if (bdx > 0 && bdx * hpc * slices != volume)
        return error(tpath, "bdx (%lld) * heads_per_cta (%lld) * slices (%lld) does not match "
                            "the block volume %lld",
                     (long long)bdx, (long long)hpc, (long long)slices, (long long)volume);
    }
    return Status::ok();
  }

  /// tile.tma (0 or 1) says whether an attention kernel loads whole K/V tiles by TMA, which
  /// it does through its k_tmap / v_tmap parameters: the flag and the parameters come
  /// together. A merge kernel's tile may repeat its attention kernel's flag; it has no maps.
  Status checkTma(const std::string &path, const KernelEntry &k) const {
    if (k.role != KernelRole::Attention)
      return Status::ok();
    const int64_t tma = k.tile.get(key::kTma, 0);
    if (tma != 0 && tma != 1)
      return error(path + ".tile.tma", "expected 0 or 1, got %lld", (long long)tma);
    const bool maps = k.findParam(abi::prefill::kKTmap) >= 0;
    if (tma == 1 && !maps)
      return error(path + ".tile.tma", "is 1 but the kernel has no '%s' and '%s' parameters",
                   abi::prefill::kKTmap, abi::prefill::kVTmap);
    if (tma != 1 && maps)
      return error(path + ".params",
                   "parameters '%s' and '%s' are the tensor maps of TMA loads, but tile.tma "
                   "is not 1",
                   abi::prefill::kKTmap, abi::prefill::kVTmap);
    return Status::ok();
  }

  /// tile.persistent (0 or 1): a prefill attention kernel that loops over the (KV head, work
  /// item) pairs in a grid the runtime sizes to the device (docs/PREFILL_ABI.md). A merge
  /// kernel's tile may repeat its attention kernel's flag; only the attention launch reads it.
  Status checkPersistent(const std::string &path, const KernelEntry &k) const {
    if (k.role != KernelRole::Attention)
      return Status::ok();
    const int64_t persistent = k.tile.get(key::kPersistent, 0);
    if (persistent != 0 && persistent != 1)
      return error(path + ".tile.persistent", "expected 0 or 1, got %lld", (long long)persistent);
    if (persistent == 1 && k.family != abi::kFamilyPrefill)
      return error(path + ".tile.persistent",
                   "is 1, but only prefill attention kernels loop over their work items");
    return Status::ok();
  }

  Status parseResources(const json &kernel, const std::string &path, KernelEntry *k) const {
    auto it = kernel.find(key::kResources);
    if (it == kernel.end())
      return Status::ok();
    std::string rpath = path + ".resources";
    ATTN_RT_RETURN_IF_ERROR(requireObject(*it, rpath));
    ATTN_RT_RETURN_IF_ERROR(checkKeys(*it, rpath, kResourceKeys));
    constexpr int64_t kMaxI32 = std::numeric_limits<int32_t>::max();
    KernelResources &r = k->resources;
    ATTN_RT_RETURN_IF_ERROR(getInt32(*it, key::kRegisters, rpath, 0, kMaxI32, &r.registers));
    ATTN_RT_RETURN_IF_ERROR(getInt32(*it, key::kSharedBytes, rpath, 0, kMaxI32, &r.shared_bytes));
    ATTN_RT_RETURN_IF_ERROR(getInt32(*it, key::kSpillStores, rpath, 0, kMaxI32, &r.spill_stores));
    ATTN_RT_RETURN_IF_ERROR(getInt32(*it, key::kSpillLoads, rpath, 0, kMaxI32, &r.spill_loads));
    ATTN_RT_RETURN_IF_ERROR(getInt32(*it, key::kStackFrame, rpath, 0, kMaxI32, &r.stack_frame));
    r.present = true;
    return Status::ok();
  }

  Status parseKernel(const json &kj, size_t index, KernelEntry *k) const {
    std::string path = "kernels[" + std::to_string(index) + "]";
    ATTN_RT_RETURN_IF_ERROR(requireObject(kj, path));
    ATTN_RT_RETURN_IF_ERROR(checkKeys(kj, path, kKernelKeys));
    ATTN_RT_RETURN_IF_ERROR(getString(kj, key::kName, path, &k->name));
    path = "kernels[" + std::to_string(index) + "] ('" + k->name + "')";
    ATTN_RT_RETURN_IF_ERROR(getString(kj, key::kFamily, path, &k->family));
    ATTN_RT_RETURN_IF_ERROR(getEnum(kj, key::kRole, path, kRoles, &k->role));
    ATTN_RT_RETURN_IF_ERROR(getString(kj, key::kBinary, path, &k->binary));
    if (k->binary.find('/') != std::string::npos || k->binary == "." || k->binary == "..")
      return error(path + ".binary", "'%s' must be a plain file name inside the bundle",
                   k->binary.c_str());
    ATTN_RT_RETURN_IF_ERROR(getEnum(kj, key::kBinaryKind, path, kBinaryKinds, &k->binary_kind));

    auto block = kj.find(key::kBlock);
    if (block == kj.end())
      return error(path, "missing required field 'block'");
    if (!block->is_array() || block->size() != 3)
      return error(path + ".block", "expected an array of 3 integers, got %s of size %zu",
                   jsonKind(*block), block->is_array() ? block->size() : size_t(0));
    for (int d = 0; d < 3; ++d) {
      const json &e = (*block)[size_t(d)];
      if (!e.is_number_integer() || e.get<int64_t>() < 1 ||
          e.get<int64_t>() > kMaxThreadsPerBlock)
        return error(path + ".block[" + std::to_string(d) + "]",
                     "expected an integer in [1, %d], got %s", kMaxThreadsPerBlock,
                     e.dump().c_str());
      k->block[size_t(d)] = e.get<int32_t>();
    }
    int64_t volume = int64_t(k->block[0]) * k->block[1] * k->block[2];
    if (volume > kMaxThreadsPerBlock)
      return error(path + ".block", "%lld threads exceed the limit of %d", (long long)volume,
                   kMaxThreadsPerBlock);
    ATTN_RT_RETURN_IF_ERROR(
        getInt32(kj, key::kDynamicSmem, path, 0, kMaxDynamicSmemBytes, &k->dynamic_smem));
    ATTN_RT_RETURN_IF_ERROR(parseParams(kj, path, k));
    bool present = false;
    ATTN_RT_RETURN_IF_ERROR(getString(kj, key::kMergeKernel, path, &k->merge_kernel, &present));
    if (present && k->role != KernelRole::Attention)
      return error(path + ".merge_kernel", "only attention kernels name a merge kernel");
    ATTN_RT_RETURN_IF_ERROR(parseVariant(kj, path, k));
    ATTN_RT_RETURN_IF_ERROR(parseTile(kj, path, k));
    // A cluster kernel's launch shape (tile.cluster) is the variant's cluster_size.
    if (k->tile.get(key::kCluster, 1) != k->variant.cluster_size)
      return error(path + ".tile", "expected cluster %d (the variant's cluster_size), got %lld",
                   k->variant.cluster_size, (long long)k->tile.get(key::kCluster, 1));
    ATTN_RT_RETURN_IF_ERROR(parseResources(kj, path, k));
    Status st = checkKernelParams(*k);
    if (!st.isOk())
      return error(path + ".params", "%s", st.message().c_str());
    ATTN_RT_RETURN_IF_ERROR(checkTma(path, *k));
    ATTN_RT_RETURN_IF_ERROR(checkPersistent(path, *k));
    // The prefill scheduler cuts packed query rows into tile_q-row tiles.
    if (k->family == abi::kFamilyPrefill && k->role == KernelRole::Attention &&
        k->tile.get(key::kTileQ, 0) < 1)
      return error(path + ".tile.tile_q",
                   "expected a positive integer for a prefill attention "
                   "kernel, got %lld",
                   (long long)k->tile.get(key::kTileQ, 0));
    return Status::ok();
  }

  Status parse(std::string_view text, BundleManifest *out) const {
    json doc = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded()) {
      SyntaxErrorSax sax;
      json::sax_parse(text.begin(), text.end(), &sax, nlohmann::detail::input_format_t::json,
                      /*strict=*/true);
      return error("", "invalid JSON at byte %zu: %s", sax.position, sax.reason.c_str());
    }
    ATTN_RT_RETURN_IF_ERROR(requireObject(doc, "<root>"));
    ATTN_RT_RETURN_IF_ERROR(checkKeys(doc, "<root>", kTopKeys));
    std::string format;
    ATTN_RT_RETURN_IF_ERROR(getString(doc, key::kFormat, "", &format));
    if (format != abi::kBundleFormat)
      return error(key::kFormat, "expected '%s', got '%s'", abi::kBundleFormat, format.c_str());
    int64_t version = 0;
    ATTN_RT_RETURN_IF_ERROR(
        getInt(doc, key::kVersion, "", 0, std::numeric_limits<int32_t>::max(), &version));
    if (version != abi::kBundleVersion)
      return error(key::kVersion, "unsupported manifest version %lld (this runtime reads %d)",
                   (long long)version, abi::kBundleVersion);
    BundleManifest m;
    m.version = int(version);
    ATTN_RT_RETURN_IF_ERROR(getString(doc, key::kArch, "", &m.arch));
    if (archSmVersion(m.arch) < 0)
      return error(key::kArch,
                   "expected sm_<major><minor> with an optional 'a' or 'f' suffix "
                   "(e.g. sm_80, sm_90a), got '%s'",
                   m.arch.c_str());
    auto kernels = doc.find(key::kKernels);
    if (kernels == doc.end())
      return error("", "missing required field 'kernels'");
    if (!kernels->is_array())
      return error(key::kKernels, "expected an array, got %s", jsonKind(*kernels));
    if (kernels->empty())
      return error(key::kKernels, "expected at least one kernel");
    m.kernels.resize(kernels->size());
    for (size_t i = 0; i < kernels->size(); ++i) {
      ATTN_RT_RETURN_IF_ERROR(parseKernel((*kernels)[i], i, &m.kernels[i]));
      for (size_t j = 0; j < i; ++j)
        if (m.kernels[j].name == m.kernels[i].name)
          return error("kernels[" + std::to_string(i) + "].name",
                       "duplicate kernel name '%s' (also kernels[%zu])",
                       m.kernels[i].name.c_str(), j);
    }
    // Cross-references.
    for (size_t i = 0; i < m.kernels.size(); ++i) {
      const KernelEntry &k = m.kernels[i];
      if (k.merge_kernel.empty())
        continue;
      int target = m.findKernel(k.merge_kernel);
      std::string field = "kernels[" + std::to_string(i) + "].merge_kernel";
      if (target < 0)
        return error(field, "no kernel named '%s'", k.merge_kernel.c_str());
      if (m.kernels[size_t(target)].role != KernelRole::Merge)
        return error(field, "kernel '%s' has role '%s', expected 'merge'",
                     k.merge_kernel.c_str(), kernelRoleName(m.kernels[size_t(target)].role));
    }
    *out = std::move(m);
    return Status::ok();
  }

private:
  std::string_view source_;
};

} // namespace

int archSmVersion(std::string_view arch) {
  constexpr std::string_view kPrefix = "sm_";
  if (arch.substr(0, kPrefix.size()) != kPrefix)
    return -1;
  std::string_view rest = arch.substr(kPrefix.size());
  if (!rest.empty() && (rest.back() == 'a' || rest.back() == 'f'))
    rest.remove_suffix(1);
  if (rest.size() < 2 || rest.size() > 3 || rest[0] == '0')
    return -1;
  int sm = 0;
  for (char c : rest) {
    if (c < '0' || c > '9')
      return -1;
    sm = sm * 10 + (c - '0');
  }
  return sm;
}

const char *kernelRoleName(KernelRole v) { return spell(kRoles, v); }
const char *binaryKindName(BinaryKind v) { return spell(kBinaryKinds, v); }
const char *kvLayoutName(KvLayout v) { return spell(kLayouts, v); }
const char *dtypeName(DType v) { return spell(kStateDTypes, v); }
const char *mergeFormName(MergeForm v) {
  return v == MergeForm::None ? "none" : spell(kMergeForms, v);
}
const char *maskKindName(MaskKind v) { return spell(kMasks, v); }
const char *ropeKindName(RopeKind v) { return spell(kRopes, v); }
const char *kvFormatName(KvFormat v) { return spell(kKvFormats, v); }
const char *samplingInputName(SamplingInput v) { return spell(kSamplingInputs, v); }
const char *samplingModeName(SamplingMode v) { return spell(kSamplingModes, v); }

int64_t KernelTile::get(std::string_view name, int64_t fallback) const {
  for (const auto &[key, value] : extra)
    if (key == name)
      return value;
  return fallback;
}
const char *paramKindName(abi::ParamKind v) { return spell(kParamKinds, v); }

int32_t mergeHeadsPerCta(const KernelEntry &merge) {
  return int32_t(std::max<int64_t>(1, merge.tile.get(key::kHeadsPerCta, 1)));
}

int KernelEntry::findParam(std::string_view n) const {
  for (size_t i = 0; i < params.size(); ++i)
    if (params[i].name == n)
      return int(i);
  return -1;
}

int BundleManifest::findKernel(std::string_view n) const {
  for (size_t i = 0; i < kernels.size(); ++i)
    if (kernels[i].name == n)
      return int(i);
  return -1;
}

Status checkKernelParams(const KernelEntry &kernel) {
  const abi::FamilySpec *family = abi::findFamily(kernel.family);
  if (!family)
    return Status::ok();
  const bool attention = kernel.role == KernelRole::Attention;
  const abi::ParamSpec *specs = attention ? family->attention_params : family->merge_params;
  size_t numSpecs = attention ? family->num_attention_params : family->num_merge_params;
  if (kernel.role == KernelRole::Kernel) {
    specs = family->kernel_params;
    numSpecs = family->num_kernel_params;
  }
  if (numSpecs == 0)
    return makeError(StatusCode::ParseError, "the %s family has no kernels of role '%s'",
                     family->name, kernelRoleName(kernel.role));
  for (const KernelParam &p : kernel.params) {
    const abi::ParamSpec *spec = nullptr;
    for (size_t i = 0; i < numSpecs; ++i)
      if (p.name == specs[i].name)
        spec = &specs[i];
    if (!spec)
      return makeError(StatusCode::ParseError,
                       "parameter '%s' is not part of the %s %s kernel ABI", p.name.c_str(),
                       family->name, kernelRoleName(kernel.role));
    if (spec->kind != p.kind)
      return makeError(StatusCode::ParseError, "parameter '%s' has kind '%s', expected '%s'",
                       p.name.c_str(), paramKindName(p.kind), paramKindName(spec->kind));
  }
  const bool paged = kernel.variant.kv_format == KvFormat::Paged;
  for (size_t i = 0; i < numSpecs; ++i) {
    abi::ParamNeed need = specs[i].need;
    bool required = need == abi::ParamNeed::Always ||
                    (attention && (need == abi::ParamNeed::Paged
                                       ? paged
                                       : need == abi::ParamNeed::Ragged && !paged));
    if (required && kernel.findParam(specs[i].name) < 0)
      return makeError(StatusCode::ParseError,
                       "missing required parameter '%s' of the %s %s kernel ABI%s",
                       specs[i].name, family->name, kernelRoleName(kernel.role),
                       need == abi::ParamNeed::Always ? ""
                       : paged                        ? " (paged KV)"
                                                      : " (ragged KV)");
  }
  if (attention) {
    bool tmpO = kernel.findParam(abi::decode::kTmpO) >= 0;
    bool tmpLse = kernel.findParam(abi::decode::kTmpLse) >= 0;
    if (tmpO != tmpLse)
      return makeError(StatusCode::ParseError,
                       "parameter '%s' requires parameter '%s' (split-KV partial states)",
                       tmpO ? abi::decode::kTmpO : abi::decode::kTmpLse,
                       tmpO ? abi::decode::kTmpLse : abi::decode::kTmpO);
    if (kernel.tile.split_kv && !tmpO)
      return makeError(StatusCode::ParseError,
                       "tile.split_kv is true but the kernel has no '%s' and '%s' parameters",
                       abi::decode::kTmpO, abi::decode::kTmpLse);
    // The tensor maps of TMA loads describe k and v (KernelABI.h): a kernel loading K by TMA
    // loads V the same way, and a paged cache's boxes are whole pages or tiles of 8-row
    // atoms.
    bool kTmap = kernel.findParam(abi::prefill::kKTmap) >= 0;
    bool vTmap = kernel.findParam(abi::prefill::kVTmap) >= 0;
    if (kTmap != vTmap)
      return makeError(StatusCode::ParseError,
                       "parameter '%s' requires parameter '%s' (the tensor maps of K and V)",
                       kTmap ? abi::prefill::kKTmap : abi::prefill::kVTmap,
                       kTmap ? abi::prefill::kVTmap : abi::prefill::kKTmap);
    if (kTmap && paged && !abi::prefill::tmaPagesFit(kernel.variant.page_size, kernel.tile.tile_kv))
      return makeError(StatusCode::ParseError,
                       "parameters '%s' and '%s' map pages of %d keys in tiles of %d, which are "
                       "not TMA boxes (min(page_size, tile_kv) rows inside one page, a multiple "
                       "of 8, at most 32 a tile)",
                       abi::prefill::kKTmap, abi::prefill::kVTmap, kernel.variant.page_size,
                       kernel.tile.tile_kv);
  }
  return Status::ok();
}

Status parseManifest(std::string_view text, std::string_view source, BundleManifest *out) {
  return Parser(source).parse(text, out);
}

} // namespace attn::rt
