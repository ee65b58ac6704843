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

/// Op kernels: append_kv (8 KV heads, d 128, page 16, NHD, bf16), rope (llama, 32/8 heads,
/// d 128, bf16), merge_state (bf16, 32 heads, d 128, s_out) and merge_states (f32 states
/// into f16, no s_out).
inline nlohmann::json opKernels() {
  using nlohmann::json;
  json kernels = json::array();
  kernels.push_back(opKernelEntry(
      "ops_append_kv", "append_kv",
      {param("k"), param("v"), param("batch_indices"), param("positions"), param("k_cache"),
       param("v_cache"), param("kv_indptr"), param("kv_indices"), param("kv_last_page_len"),
       param("num_rows", "i32")},
      8,
      {{"num_kv_heads", 8}, {"head_dim", 128}, {"dtype", "bf16"}, {"kv_format", "paged"},
       {"page_size", 16}, {"layout", "nhd"}}));
  kernels.push_back(opKernelEntry(
      "ops_rope", "rope",
      {param("q"), param("k"), param("pos_ids"), param("q_out"), param("k_out"),
       param("num_rows", "i32")},
      8,
      {{"num_qo_heads", 32}, {"num_kv_heads", 8}, {"head_dim", 128}, {"dtype", "bf16"},
       {"rope", "llama"}, {"rotary_dim", 128}, {"rope_theta", 10000.0}, {"rope_scale", 1.0}}));
  kernels.push_back(opKernelEntry(
      "ops_merge_state", "merge",
      {param("v_a"), param("s_a"), param("v_b"), param("s_b"), param("v_out"), param("s_out"),
       param("num_rows", "i32")},
      8,
      {{"num_qo_heads", 32}, {"head_dim", 128}, {"dtype", "bf16"}, {"state_dtype", "bf16"},
       {"merge", "state"}, {"return_lse", true}}));
  kernels.push_back(opKernelEntry(
      "ops_merge_states", "merge",
      {param("v"), param("s"), param("v_out"), param("num_states", "i32"),
       param("num_rows", "i32")},
      4,
      {{"num_qo_heads", 32}, {"head_dim", 128}, {"dtype", "f16"}, {"state_dtype", "f32"},
       {"merge", "states"}, {"return_lse", false}}));
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
