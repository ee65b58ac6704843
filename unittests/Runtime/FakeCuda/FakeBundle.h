//===- FakeBundle.h - a bundle of every kernel family for fake-driver runs -===//
//
// One manifest with a kernel of each family the C API runs: decode (split-KV, with its merge
// kernel), paged prefill (split-KV, with its merge kernel), append_kv, rope and merge
// (merge_state and dense merge_states), all in "decode.cubin" (TempBundle writes a header-only
// sm_90 cubin under that name). Shared by the fake-driver tests and the API fuzzer.
//
//===----------------------------------------------------------------------===//
#ifndef ATTN_RT_UNITTESTS_FAKEBUNDLE_H
#define ATTN_RT_UNITTESTS_FAKEBUNDLE_H

#include "../TestManifest.h"

#include <nlohmann/json.hpp>

namespace attn::rt::test {

inline nlohmann::json opParam(const char *name, const char *kind = "ptr") {
  return {{"name", name}, {"kind", kind}};
}

/// Op kernels: append_kv (8 KV heads, d 128, page 16, NHD, bf16), rope (llama, 32/8 heads,
/// d 128, bf16), merge_state (bf16, 32 heads, d 128, s_out) and merge_states (f32 states
/// into f16, no s_out).
inline nlohmann::json opKernels() {
  using nlohmann::json;
  auto kernel = [](const char *name, const char *family, json params, int vec, json variant) {
    return json{{"name", name},
                {"family", family},
                {"role", "kernel"},
                {"binary", "decode.cubin"},
                {"binary_kind", "cubin"},
                {"block", {256, 1, 1}},
                {"dynamic_smem", 0},
                {"params", params},
                {"tile", {{"threads", 256}, {"vec", vec}}},
                {"variant", variant}};
  };
  json kernels = json::array();
  kernels.push_back(kernel(
      "ops_append_kv", "append_kv",
      {opParam("k"), opParam("v"), opParam("batch_indices"), opParam("positions"),
       opParam("k_cache"), opParam("v_cache"), opParam("kv_indptr"), opParam("kv_indices"),
       opParam("kv_last_page_len"), opParam("num_rows", "i32")},
      8,
      {{"num_kv_heads", 8}, {"head_dim", 128}, {"dtype", "bf16"}, {"kv_format", "paged"},
       {"page_size", 16}, {"layout", "nhd"}}));
  kernels.push_back(kernel("ops_rope", "rope",
                           {opParam("q"), opParam("k"), opParam("pos_ids"), opParam("q_out"),
                            opParam("k_out"), opParam("num_rows", "i32")},
                           8,
                           {{"num_qo_heads", 32}, {"num_kv_heads", 8}, {"head_dim", 128},
                            {"dtype", "bf16"}, {"rope", "llama"}, {"rotary_dim", 128},
                            {"rope_theta", 10000.0}, {"rope_scale", 1.0}}));
  kernels.push_back(kernel("ops_merge_state", "merge",
                           {opParam("v_a"), opParam("s_a"), opParam("v_b"), opParam("s_b"),
                            opParam("v_out"), opParam("s_out"), opParam("num_rows", "i32")},
                           8,
                           {{"num_qo_heads", 32}, {"head_dim", 128}, {"dtype", "bf16"},
                            {"state_dtype", "bf16"}, {"merge", "state"}, {"return_lse", true}}));
  kernels.push_back(kernel("ops_merge_states", "merge",
                           {opParam("v"), opParam("s"), opParam("v_out"),
                            opParam("num_states", "i32"), opParam("num_rows", "i32")},
                           4,
                           {{"num_qo_heads", 32}, {"head_dim", 128}, {"dtype", "f16"},
                            {"state_dtype", "f32"}, {"merge", "states"}, {"return_lse", false}}));
  return kernels;
}

/// The decode, paged prefill and op kernels in one sm_90a manifest.
inline nlohmann::json allFamiliesManifest() {
  nlohmann::json m = validManifest();
  const nlohmann::json prefill = prefillManifest(/*paged=*/true, /*split=*/true);
  for (const auto &k : prefill["kernels"])
    m["kernels"].push_back(k);
  for (const auto &k : opKernels())
    m["kernels"].push_back(k);
  return m;
}

} // namespace attn::rt::test

#endif // ATTN_RT_UNITTESTS_FAKEBUNDLE_H
