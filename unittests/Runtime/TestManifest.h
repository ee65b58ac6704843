//===- TestManifest.h - valid decode bundle manifests for runtime tests ---===//
#ifndef ATTN_RT_UNITTESTS_TESTMANIFEST_H
#define ATTN_RT_UNITTESTS_TESTMANIFEST_H

#include "attn-rt/KernelABI.h"

#include <nlohmann/json.hpp>

namespace attn::rt::test {

/// A valid schema-v1 manifest: one decode attention kernel ("decode_h128", bf16, 32/8 heads,
/// page 16, NHD) and its merge kernel ("merge_h128"), both in "decode.cubin".
inline nlohmann::json validManifest() {
  using nlohmann::json;
  json attnParams = json::array();
  for (const auto &p : abi::decode::kAttentionParams)
    attnParams.push_back({{"name", p.name},
                          {"kind", p.kind == abi::ParamKind::F32 ? "f32" : "ptr"}});
  json mergeParams = json::array();
  for (const auto &p : abi::decode::kMergeParams)
    mergeParams.push_back({{"name", p.name}, {"kind", "ptr"}});
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
         {"params", attnParams},
         {"merge_kernel", "merge_h128"},
         {"variant",
          {{"num_qo_heads", 32},
           {"num_kv_heads", 8},
           {"head_dim", 128},
           {"page_size", 16},
           {"layout", "nhd"},
           {"dtype", "bf16"},
           {"kv_dtype", "bf16"},
           {"mask", "none"},
           {"window_left", -1},
           {"logits_soft_cap", 0.0},
           {"rope", "none"}}},
         {"tile", {{"threads", 128}, {"tile_kv", 16}, {"stages", 2}, {"rows_per_cta", 1},
                   {"vec", 8}}}},
        {{"name", "merge_h128"},
         {"family", "decode"},
         {"role", "merge"},
         {"binary", "decode.cubin"},
         {"binary_kind", "cubin"},
         {"block", {32, 4, 1}},
         {"dynamic_smem", 0},
         {"params", mergeParams},
         {"variant", {{"num_qo_heads", 32}, {"head_dim", 128}, {"dtype", "bf16"}}}}}}};
}

} // namespace attn::rt::test

#endif // ATTN_RT_UNITTESTS_TESTMANIFEST_H
