//===- TestManifest.h - valid decode bundle manifests for runtime tests ---===//
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

} // namespace attn::rt::test

#endif // ATTN_RT_UNITTESTS_TESTMANIFEST_H
