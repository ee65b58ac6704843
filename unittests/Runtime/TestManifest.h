//===- TestManifest.h - valid decode and prefill bundle manifests for runtime tests ---===//
#ifndef ATTN_RT_UNITTESTS_TESTMANIFEST_H
#define ATTN_RT_UNITTESTS_TESTMANIFEST_H

#include "attn-rt/KernelABI.h"
#include "attn-rt/Manifest.h"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <string>

namespace attn::rt::test {

/// A manifest parameter entry.
inline nlohmann::json param(const char *name, const char *kind = "ptr") {
  return {{"name", name}, {"kind", kind}};
}

/// One kernel entry as attn-compile writes it: `role` of `family`, a cubin `binary`, CTAs of
/// `threads` x 1 x 1 threads and `dynamicSmem` bytes, and the given params, variant and tile.
inline nlohmann::json kernelEntry(const std::string &name, const char *family, const char *role,
                                  int threads, int dynamicSmem, nlohmann::json params,
                                  nlohmann::json variant, nlohmann::json tile,
                                  const char *binary = "decode.cubin") {
  return {{"name", name},         {"family", family},         {"role", role},
          {"binary", binary},     {"binary_kind", "cubin"},   {"block", {threads, 1, 1}},
          {"dynamic_smem", dynamicSmem}, {"params", std::move(params)},
          {"variant", std::move(variant)}, {"tile", std::move(tile)}};
}

/// A standalone op kernel (role "kernel", no shared memory) whose `threads`-thread CTAs move
/// `vec` elements per access.
inline nlohmann::json opKernelEntry(const std::string &name, const char *family,
                                    nlohmann::json params, int vec, nlohmann::json variant,
                                    int threads = 256, const char *binary = "decode.cubin") {
  return kernelEntry(name, family, "kernel", threads, 0, std::move(params), std::move(variant),
                     {{"threads", threads}, {"vec", vec}}, binary);
}

/// A schema-v1 sm_90a manifest holding `kernels` (a JSON array).
inline nlohmann::json manifestOf(nlohmann::json kernels) {
  return {{"format", "attn-bundle"},
          {"version", 1},
          {"arch", "sm_90a"},
          {"kernels", std::move(kernels)}};
}
inline nlohmann::json manifestOf(std::initializer_list<nlohmann::json> kernels) {
  nlohmann::json array = nlohmann::json::array();
  for (const nlohmann::json &k : kernels)
    array.push_back(k);
  return manifestOf(std::move(array));
}

/// Parses `j` as the manifest of a bundle directory "bundle".
inline Status parseJson(const nlohmann::json &j, BundleManifest *m) {
  return parseManifest(j.dump(), "bundle/manifest.json", m);
}

/// The attention kernel's parameters as attn-outline emits them for paged decode with lse and
/// split-KV (no sm_scale: the scale is compiled in).
inline nlohmann::json compilerAttentionParams() {
  nlohmann::json params = nlohmann::json::array();
  for (const char *name :
       {"q", "qo_indptr", "k_cache", "v_cache", "kv_indptr", "kv_indices", "kv_last_page_len",
        "work_request", "work_kv_begin", "work_kv_end", "work_partial", "num_work", "o", "lse",
        "tmp_o", "tmp_lse"})
    params.push_back(param(name));
  return params;
}

/// The variant dictionary attn-outline writes (llama3-8b decode: 32/8 heads, d 128, page 16).
inline nlohmann::json compilerVariant() {
  return {{"alibi", false},          {"dtype", "bf16"},        {"head_dim", 128},
          {"kv_dtype", "bf16"},      {"kv_format", "paged"},   {"layout", "nhd"},
          {"logits_soft_cap", 0.0},  {"mask", "causal"},       {"max_qo_len", 1},
          {"num_kv_heads", 8},       {"num_qo_heads", 32},     {"page_size", 16},
          {"return_lse", true},      {"rope", "none"},         {"sm_scale", 0.08838834764831843},
          {"window_left", -1}};
}

/// A valid schema-v1 manifest in the shape attn-compile writes: one decode attention kernel
/// ("decode_h128", bf16, 32/8 heads, page 16, NHD, split-KV) and its merge kernel
/// ("merge_h128"), both in "decode.cubin".
inline nlohmann::json validManifest() {
  using nlohmann::json;
  json mergeParams = json::array();
  for (const auto &p : abi::decode::kMergeParams)
    mergeParams.push_back(param(p.name));
  json tile = {{"strategy", "decode"}, {"sm", 90},        {"threads", 128}, {"tile_q", 4},
               {"tile_kv", 16},        {"stages", 2},     {"split_kv", true}, {"vec", 8},
               {"bdx", 16},            {"bdy", 4},        {"bdz", 2}};
  json mergeTile = {{"strategy", "decode"}, {"sm", 90},         {"threads", 128},
                    {"tile_q", 4},          {"tile_kv", 16},    {"stages", 2},
                    {"split_kv", true},     {"vec", 8},         {"bdx", 16},
                    {"heads_per_cta", 8}};
  json resources = {{"registers", 96}, {"shared_bytes", 0}, {"spill_stores", 0},
                    {"spill_loads", 0}, {"stack_frame", 0}};
  json attention = kernelEntry("decode_h128", "decode", "attention", 128, 16384,
                               compilerAttentionParams(), compilerVariant(), tile);
  attention["merge_kernel"] = "merge_h128";
  attention["resources"] = resources;
  return manifestOf({attention, kernelEntry("merge_h128", "decode", "merge", 128, 0,
                                            mergeParams, compilerVariant(), mergeTile)});
}

/// A prefill bundle in the shape of docs/PREFILL_ABI.md: "prefill_attention" (32/8 heads,
/// d 128, bf16, tile_q 128, tile_kv 64, causal, lse) over paged KV (page 16, NHD) or ragged
/// KV, and with `split` its tmp_o / tmp_lse and the merge kernel "prefill_merge" (paired by
/// name, no merge_kernel field), all in "decode.cubin" (the name TempBundle writes). With
/// `tma` (ragged KV only) the attention kernel loads K/V by TMA: the tensor maps k_tmap and
/// v_tmap follow k and v, and its tile has "tma": 1.
inline nlohmann::json prefillManifest(bool paged = true, bool split = true, bool tma = false) {
  using nlohmann::json;
  json params = json::array();
  auto add = [&](std::initializer_list<const char *> names) {
    for (const char *name : names)
      params.push_back(param(name));
  };
  add({"q", "qo_indptr"});
  add({paged ? "k_cache" : "k", paged ? "v_cache" : "v"});
  if (tma) {
    params.push_back(param(abi::prefill::kKTmap, abi::kParamKindTensorMap));
    params.push_back(param(abi::prefill::kVTmap, abi::kParamKindTensorMap));
  }
  if (paged)
    add({"kv_indptr", "kv_indices", "kv_last_page_len"});
  else
    add({"kv_indptr"});
  add({"work_request", "work_qo_tile", "work_kv_begin", "work_kv_end", "work_partial",
       "work_partial_stride", "num_work", "o", "lse"});
  if (split)
    add({"tmp_o", "tmp_lse"});
  json variant = compilerVariant();
  variant.erase("max_qo_len");
  if (!paged) {
    variant["kv_format"] = "ragged";
    variant.erase("page_size");
    variant.erase("layout");
  }
  json tile = {{"strategy", "prefill"}, {"sm", 90},      {"threads", 128},
               {"tile_q", 128},         {"tile_kv", 64}, {"stages", 2},
               {"split_kv", split}};
  if (tma)
    tile[abi::key::kTma] = 1;
  json kernels = json::array();
  kernels.push_back(
      kernelEntry("prefill_attention", "prefill", "attention", 128, 98304, params, variant, tile));
  if (split) {
    json mergeParams = json::array();
    for (const auto &p : abi::prefill::kMergeParams)
      mergeParams.push_back(param(p.name));
    json mergeTile = tile;
    mergeTile["bdx"] = 16;
    mergeTile["heads_per_cta"] = 8;
    mergeTile["pdl"] = 1;
    kernels.push_back(
        kernelEntry("prefill_merge", "prefill", "merge", 128, 0, mergeParams, variant, mergeTile));
  }
  return manifestOf(kernels);
}

/// `manifest` with the optional head_section parameter (L2 sections, KernelABI.h) after
/// num_work in every prefill attention kernel, as kernels compiled with l2_sections have it.
inline nlohmann::json withHeadSection(nlohmann::json manifest) {
  for (auto &k : manifest["kernels"]) {
    if (k["family"] != abi::kFamilyPrefill || k["role"] != abi::kRoleAttention)
      continue;
    nlohmann::json params = nlohmann::json::array();
    for (const auto &p : k["params"]) {
      params.push_back(p);
      if (p["name"] == abi::prefill::kNumWork)
        params.push_back(param(abi::prefill::kHeadSection));
    }
    k["params"] = params;
  }
  return manifest;
}

} // namespace attn::rt::test

#endif // ATTN_RT_UNITTESTS_TESTMANIFEST_H
