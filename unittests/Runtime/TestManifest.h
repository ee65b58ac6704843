//===- TestManifest.h - valid decode and prefill bundle manifests for runtime tests ---===//
#ifndef ATTN_RT_UNITTESTS_TESTMANIFEST_H
#define ATTN_RT_UNITTESTS_TESTMANIFEST_H

#include "attn-rt/KernelABI.h"

#include <nlohmann/json.hpp>

namespace attn::rt::test {

/// The attention kernel's parameters as attn-outline emits them for paged decode with lse and
/// split-KV (no sm_scale: the scale is compiled in).
inline nlohmann::json compilerAttentionParams() {
  nlohmann::json params = nlohmann::json::array();
  for (const char *name :
       {"q", "qo_indptr", "k_cache", "v_cache", "kv_indptr", "kv_indices", "kv_last_page_len",
        "work_request", "work_kv_begin", "work_kv_end", "work_partial", "num_work", "o", "lse",
        "tmp_o", "tmp_lse"})
    params.push_back({{"name", name}, {"kind", "ptr"}});
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
    mergeParams.push_back({{"name", p.name}, {"kind", "ptr"}});
  json tile = {{"strategy", "decode"}, {"sm", 90},        {"threads", 128}, {"tile_q", 4},
               {"tile_kv", 16},        {"stages", 2},     {"split_kv", true}, {"vec", 8},
               {"bdx", 16},            {"bdy", 4},        {"bdz", 2}};
  json mergeTile = {{"strategy", "decode"}, {"sm", 90},         {"threads", 128},
                    {"tile_q", 4},          {"tile_kv", 16},    {"stages", 2},
                    {"split_kv", true},     {"vec", 8},         {"bdx", 16},
                    {"heads_per_cta", 8}};
  json resources = {{"registers", 96}, {"shared_bytes", 0}, {"spill_stores", 0},
                    {"spill_loads", 0}, {"stack_frame", 0}};
  return json{
      {"format", "attn-bundle"},
      {"version", 1},
      {"arch", "sm_90a"},
      {"kernels",
       {{{"name", "decode_h128"},
         {"family", "decode"},
         {"role", "attention"},
         {"binary", "decode.cubin"},
         {"binary_kind", "cubin"},
         {"block", {128, 1, 1}},
         {"dynamic_smem", 16384},
         {"params", compilerAttentionParams()},
         {"merge_kernel", "merge_h128"},
         {"variant", compilerVariant()},
         {"tile", tile},
         {"resources", resources}},
        {{"name", "merge_h128"},
         {"family", "decode"},
         {"role", "merge"},
         {"binary", "decode.cubin"},
         {"binary_kind", "cubin"},
         {"block", {128, 1, 1}},
         {"dynamic_smem", 0},
         {"params", mergeParams},
         {"variant", compilerVariant()},
         {"tile", mergeTile}}}}};
}

/// A prefill bundle in the shape of docs/PREFILL_ABI.md: "prefill_attention" (32/8 heads,
/// d 128, bf16, tile_q 128, tile_kv 64, causal, lse) over paged KV (page 16, NHD) or ragged
/// KV, and with `split` its tmp_o / tmp_lse and the merge kernel "prefill_merge" (paired by
/// name, no merge_kernel field), all in "decode.cubin" (the name TempBundle writes).
inline nlohmann::json prefillManifest(bool paged = true, bool split = true) {
  using nlohmann::json;
  json params = json::array();
  auto add = [&](std::initializer_list<const char *> names) {
    for (const char *name : names)
      params.push_back({{"name", name}, {"kind", "ptr"}});
  };
  add({"q", "qo_indptr"});
  if (paged)
    add({"k_cache", "v_cache", "kv_indptr", "kv_indices", "kv_last_page_len"});
  else
    add({"k", "v", "kv_indptr"});
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
  json kernels = json::array();
  kernels.push_back({{"name", "prefill_attention"},
                     {"family", "prefill"},
                     {"role", "attention"},
                     {"binary", "decode.cubin"},
                     {"binary_kind", "cubin"},
                     {"block", {128, 1, 1}},
                     {"dynamic_smem", 98304},
                     {"params", params},
                     {"variant", variant},
                     {"tile", tile}});
  if (split) {
    json mergeParams = json::array();
    for (const auto &p : abi::prefill::kMergeParams)
      mergeParams.push_back({{"name", p.name}, {"kind", "ptr"}});
    json mergeTile = tile;
    mergeTile["bdx"] = 16;
    mergeTile["heads_per_cta"] = 8;
    mergeTile["pdl"] = 1;
    kernels.push_back({{"name", "prefill_merge"},
                       {"family", "prefill"},
                       {"role", "merge"},
                       {"binary", "decode.cubin"},
                       {"binary_kind", "cubin"},
                       {"block", {128, 1, 1}},
                       {"dynamic_smem", 0},
                       {"params", mergeParams},
                       {"variant", variant},
                       {"tile", mergeTile}});
  }
  return json{{"format", "attn-bundle"}, {"version", 1}, {"arch", "sm_90a"}, {"kernels", kernels}};
}

} // namespace attn::rt::test

#endif // ATTN_RT_UNITTESTS_TESTMANIFEST_H
