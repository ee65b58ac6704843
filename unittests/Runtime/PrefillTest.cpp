//===- PrefillTest.cpp - prefill bundles, kernel selection, scheduler config,
//                       plan layout and the prefill C API without a GPU ------===//
#include "TestBundle.h"
#include "TestExpect.h"
#include "TestManifest.h"
#include "TestScheduler.h"

#include "attn-rt/Decode.h"
#include "attn-rt/Prefill.h"
#include "attn-rt/attn_rt.h"

#include <gtest/gtest.h>

#include <cstring>
#include <functional>
#include <string>
#include <vector>

using namespace attn::rt;
using nlohmann::json;
using test::systemHasDriver;
using test::TempBundle;

namespace {

Status parse(const json &j, BundleManifest *m) {
  return parseManifest(j.dump(), "bundle/manifest.json", m);
}

/// Parses the prefill manifest after `edit` and expects a ParseError containing `needle`.
void expectPrefillError(bool paged, bool split, void (*edit)(json &), const std::string &needle) {
  json j = test::prefillManifest(paged, split);
  edit(j);
  BundleManifest m;
  Status st = parse(j, &m);
  EXPECT_EQ(st.code(), StatusCode::ParseError) << needle;
  EXPECT_NE(st.message().find(needle), std::string::npos) << st.message();
}

/// Removes the parameter `name` of the manifest's first kernel.
void removeParam(json &j, const std::string &name) {
  json out = json::array();
  for (const json &p : j["kernels"][0]["params"])
    if (p["name"] != name)
      out.push_back(p);
  j["kernels"][0]["params"] = out;
}

PrefillProblem pagedProblem() {
  PrefillProblem p;
  test::setLlama3Heads(p);
  p.kv_format = KvFormat::Paged;
  p.page_size = 16;
  return p;
}

PrefillProblem raggedProblem() {
  PrefillProblem p = pagedProblem();
  p.kv_format = KvFormat::Ragged;
  p.page_size = 0;
  return p;
}

PrefillOptions options() {
  PrefillOptions o;
  o.max_batch = 64;
  o.max_qo_tokens = 16384;
  return o;
}

} // namespace

//===----------------------------------------------------------------------===//
// Manifest
//===----------------------------------------------------------------------===//

TEST(PrefillManifest, AcceptsBundleWithMerge) {
  BundleManifest m;
  Status st = parse(test::prefillManifest(), &m);
  ASSERT_TRUE(st.isOk()) << st.message();
  ASSERT_EQ(m.kernels.size(), 2u);
  const KernelEntry &a = m.kernels[0];
  EXPECT_EQ(a.family, "prefill");
  EXPECT_EQ(a.role, KernelRole::Attention);
  EXPECT_EQ(a.tile.strategy, "prefill");
  EXPECT_EQ(a.tile.get("tile_q", 0), 128);
  EXPECT_EQ(a.tile.tile_kv, 64);
  EXPECT_EQ(a.findParam("work_qo_tile"), 8);
  EXPECT_EQ(a.findParam("work_partial_stride"), 12);
  EXPECT_EQ(a.params.back().name, "tmp_lse");
  EXPECT_EQ(m.kernels[1].role, KernelRole::Merge);
  EXPECT_EQ(mergeHeadsPerCta(m.kernels[1]), 8);
  EXPECT_EQ(m.kernels[1].tile.get("pdl", 0), 1);
}

TEST(PrefillManifest, AcceptsBundlesWithoutMergeAndRaggedKv) {
  for (bool paged : {true, false})
    for (bool split : {true, false}) {
      BundleManifest m;
      Status st = parse(test::prefillManifest(paged, split), &m);
      ASSERT_TRUE(st.isOk()) << "paged=" << paged << " split=" << split << ": " << st.message();
      EXPECT_EQ(m.kernels.size(), split ? 2u : 1u);
      EXPECT_EQ(m.kernels[0].variant.kv_format, paged ? KvFormat::Paged : KvFormat::Ragged);
      EXPECT_EQ(m.kernels[0].findParam("tmp_o") >= 0, split);
    }
  // A bundle may hold decode and prefill kernels side by side.
  json j = test::validManifest();
  const json prefill = test::prefillManifest();
  for (const json &k : prefill["kernels"])
    j["kernels"].push_back(k);
  BundleManifest m;
  ASSERT_TRUE(parse(j, &m).isOk());
  EXPECT_EQ(m.kernels.size(), 4u);
}

TEST(PrefillManifest, ChecksTheFamilyAbi) {
  expectPrefillError(
      true, true, [](json &j) { removeParam(j, "work_qo_tile"); },
      "kernels[0] ('prefill_attention').params: missing required parameter "
      "'work_qo_tile' of the prefill attention kernel ABI");
  expectPrefillError(
      true, true, [](json &j) { removeParam(j, "work_partial_stride"); },
      "missing required parameter 'work_partial_stride' of the prefill "
      "attention kernel ABI");
  // Paged prefill kernels need kv_last_page_len (bottom-right mask alignment needs kvlen).
  expectPrefillError(
      true, false, [](json &j) { removeParam(j, "kv_last_page_len"); },
      "missing required parameter 'kv_last_page_len' of the prefill attention "
      "kernel ABI (paged KV)");
  expectPrefillError(
      false, false, [](json &j) { removeParam(j, "v"); },
      "missing required parameter 'v' of the prefill attention kernel ABI "
      "(ragged KV)");
  // No sm_scale parameter in the prefill ABI: the scale is compiled in.
  expectPrefillError(true, false,
                     [](json &j) {
                       j["kernels"][0]["params"].push_back({{"name", "sm_scale"}, {"kind", "f32"}});
                     },
                     "parameter 'sm_scale' is not part of the prefill attention kernel ABI");
  expectPrefillError(true, true,
                     [](json &j) {
                       j["kernels"][1]["params"].push_back(
                           {{"name", "work_qo_tile"}, {"kind", "ptr"}});
                     },
                     "kernels[1] ('prefill_merge').params: parameter 'work_qo_tile' is not part "
                     "of the prefill merge kernel ABI");
  expectPrefillError(true, true,
                     [](json &j) { j["kernels"][0]["params"][8]["kind"] = "i32"; },
                     "parameter 'work_qo_tile' has kind 'i32', expected 'ptr'");
  expectPrefillError(
      true, true, [](json &j) { removeParam(j, "tmp_lse"); },
      "parameter 'tmp_o' requires parameter 'tmp_lse' (split-KV partial states)");
  expectPrefillError(true, true, [](json &j) { j["kernels"][0]["tile"].erase("tile_q"); },
                     "kernels[0] ('prefill_attention').tile.tile_q: expected a positive integer "
                     "for a prefill attention kernel, got 0");
  expectPrefillError(true, true, [](json &j) { j["kernels"][0]["tile"]["tile_q"] = -16; },
                     "tile.tile_q: expected a positive integer for a prefill attention kernel, "
                     "got -16");
  // Decode kernels keep the decode ABI: work_qo_tile is not part of it.
  json j = test::validManifest();
  j["kernels"][0]["params"].push_back({{"name", "work_qo_tile"}, {"kind", "ptr"}});
  BundleManifest m;
  EXPECT_NE(parse(j, &m).message().find(
                "parameter 'work_qo_tile' is not part of the decode attention kernel ABI"),
            std::string::npos);
}

// A TMA prefill kernel: the tensor maps k_tmap / v_tmap (kind "tmap") right after k and v, and
// tile.tma = 1.
TEST(PrefillManifest, ParsesTensorMapParams) {
  for (bool split : {false, true}) {
    BundleManifest m;
    Status st = parse(test::prefillManifest(/*paged=*/false, split, /*tma=*/true), &m);
    ASSERT_TRUE(st.isOk()) << st.message();
    const KernelEntry &a = m.kernels[0];
    ASSERT_EQ(a.findParam("k_tmap"), 4);
    ASSERT_EQ(a.findParam("v_tmap"), 5);
    EXPECT_EQ(a.params[4].kind, attn::rt::abi::ParamKind::TensorMap);
    EXPECT_EQ(a.params[5].kind, attn::rt::abi::ParamKind::TensorMap);
    EXPECT_STREQ(paramKindName(a.params[4].kind), "tmap");
    EXPECT_EQ(a.findParam("kv_indptr"), 6);
    EXPECT_EQ(a.tile.get("tma", 0), 1);
    // The merge kernel's tile repeats the attention kernel's (tma included); it has no maps.
    if (split)
      EXPECT_EQ(m.kernels[1].findParam("k_tmap"), -1);
  }
}

// tile.persistent: 0 or 1, on prefill attention kernels (a merge kernel may repeat it).
TEST(PrefillManifest, PersistentFlag) {
  for (bool split : {false, true}) {
    json j = test::prefillManifest(/*paged=*/true, split);
    j["kernels"][0]["tile"]["persistent"] = 1;
    if (split)
      j["kernels"][1]["tile"]["persistent"] = 1;
    BundleManifest m;
    Status st = parse(j, &m);
    ASSERT_TRUE(st.isOk()) << st.message();
    EXPECT_EQ(m.kernels[0].tile.get("persistent", 0), 1);
  }
  json j = test::prefillManifest(/*paged=*/true, /*split=*/false);
  j["kernels"][0]["tile"]["persistent"] = 2;
  BundleManifest m;
  test::expectError(parse(j, &m), StatusCode::ParseError,
                    "bundle/manifest.json: kernels[0] ('prefill_attention').tile.persistent: "
                    "expected 0 or 1, got 2");
  json decode = test::validManifest();
  decode["kernels"][0]["tile"]["persistent"] = 1;
  EXPECT_NE(
      parse(decode, &m)
          .message()
          .find("tile.persistent: is 1, but only prefill attention kernels loop over their work "
                "items"),
      std::string::npos);
}

namespace {
/// Parses the ragged TMA prefill manifest after `edit` and expects a ParseError containing
/// `needle`.
void expectTmaError(const std::function<void(json &)> &edit, const std::string &needle) {
  json j = test::prefillManifest(/*paged=*/false, /*split=*/false, /*tma=*/true);
  edit(j);
  BundleManifest m;
  Status st = parse(j, &m);
  EXPECT_EQ(st.code(), StatusCode::ParseError) << needle;
  EXPECT_NE(st.message().find(needle), std::string::npos) << st.message();
}
} // namespace

TEST(PrefillManifest, RejectsMisplacedTensorMapParams) {
  // A paged cache's boxes are whole pages (or tiles) of 8-row swizzle atoms: pages of 16
  // keys in tiles of 64 are, pages of 4 are not, nor tiles of 512 keys (more than a warp's
  // lanes of 16-key boxes).
  json paged = test::prefillManifest(/*paged=*/true, /*split=*/false, /*tma=*/true);
  BundleManifest m;
  Status ok = parse(paged, &m);
  EXPECT_TRUE(ok.isOk()) << ok.message();
  paged["kernels"][0]["variant"]["page_size"] = 4;
  test::expectError(parse(paged, &m), StatusCode::ParseError,
                    "bundle/manifest.json: kernels[0] ('prefill_attention').params: parameters "
                    "'k_tmap' and 'v_tmap' map pages of 4 keys in tiles of 64, which are not TMA "
                    "boxes (min(page_size, tile_kv) rows inside one page, a multiple of 8, at "
                    "most 32 a tile)");
  paged["kernels"][0]["variant"]["page_size"] = 16;
  paged["kernels"][0]["tile"]["tile_kv"] = 1024;
  EXPECT_EQ(parse(paged, &m).code(), StatusCode::ParseError);
  // Both maps or neither.
  expectTmaError([](json &j) { removeParam(j, "v_tmap"); },
                 "kernels[0] ('prefill_attention').params: parameter 'k_tmap' requires "
                 "parameter 'v_tmap' (the tensor maps of K and V)");
  expectTmaError([](json &j) { removeParam(j, "k_tmap"); },
                 "parameter 'v_tmap' requires parameter 'k_tmap' (the tensor maps of K and V)");
  // Only k_tmap and v_tmap are tensor maps, and they are nothing else.
  expectTmaError([](json &j) { j["kernels"][0]["params"][4]["name"] = "q_tmap"; },
                 "parameter 'q_tmap' is not part of the prefill attention kernel ABI");
  expectTmaError([](json &j) { j["kernels"][0]["params"][4]["kind"] = "ptr"; },
                 "parameter 'k_tmap' has kind 'ptr', expected 'tmap'");
  expectTmaError([](json &j) { j["kernels"][0]["params"][2]["kind"] = "tmap"; },
                 "parameter 'k' has kind 'tmap', expected 'ptr'");
  expectTmaError([](json &j) { j["kernels"][0]["params"][4]["kind"] = "tensormap"; },
                 "params[4].kind: unknown value 'tensormap' (expected one of: ptr, i32, f32, "
                 "tmap)");
  // tile.tma and the maps come together.
  expectTmaError([](json &j) { j["kernels"][0]["tile"].erase("tma"); },
                 "kernels[0] ('prefill_attention').params: parameters 'k_tmap' and 'v_tmap' "
                 "are the tensor maps of TMA loads, but tile.tma is not 1");
  expectTmaError([](json &j) { j["kernels"][0]["tile"]["tma"] = 2; },
                 "kernels[0] ('prefill_attention').tile.tma: expected 0 or 1, got 2");
  json noMaps = test::prefillManifest(/*paged=*/false, /*split=*/false);
  noMaps["kernels"][0]["tile"]["tma"] = 1;
  test::expectError(parse(noMaps, &m), StatusCode::ParseError,
                    "bundle/manifest.json: kernels[0] ('prefill_attention').tile.tma: is 1 but "
                    "the kernel has no 'k_tmap' and 'v_tmap' parameters");
  // Decode kernels have no tensor maps.
  json decode = test::validManifest();
  decode["kernels"][0]["params"].push_back(test::param("k_tmap", "tmap"));
  EXPECT_NE(parse(decode, &m)
                .message()
                .find("parameter 'k_tmap' is not part of the decode attention kernel ABI"),
            std::string::npos);
}

//===----------------------------------------------------------------------===//
// Kernel selection and scheduler configuration
//===----------------------------------------------------------------------===//

TEST(PrefillSelect, PicksKernelAndPairedMerge) {
  json j = test::validManifest(); // decode kernels first: prefill selection skips them
  const json prefill = test::prefillManifest();
  for (const json &k : prefill["kernels"])
    j["kernels"].push_back(k);
  BundleManifest m;
  ASSERT_TRUE(parse(j, &m).isOk());
  int a = -1, g = -1;
  Status st = selectPrefillKernels(m, pagedProblem(), "", &a, &g);
  ASSERT_TRUE(st.isOk()) << st.message();
  EXPECT_EQ(m.kernels[size_t(a)].name, "prefill_attention");
  EXPECT_EQ(m.kernels[size_t(g)].name, "prefill_merge");
  ASSERT_TRUE(selectPrefillKernels(m, pagedProblem(), "prefill_attention", &a, &g).isOk());
  // And decode selection skips the prefill kernels.
  DecodeProblem d;
  test::setLlama3PagedHeads(d);
  ASSERT_TRUE(selectDecodeKernels(m, d, "", &a, &g).isOk());
  EXPECT_EQ(m.kernels[size_t(a)].name, "decode_h128");
  st = selectPrefillKernels(m, pagedProblem(), "decode_h128", &a, &g);
  test::expectError(st, StatusCode::Mismatch,
                    "kernel 'decode_h128' is a decode attention kernel, expected a "
                    "prefill attention kernel");
  st = selectPrefillKernels(m, pagedProblem(), "prefill_merge", &a, &g);
  EXPECT_EQ(st.message(), "kernel 'prefill_merge' is a prefill merge kernel, expected a "
                          "prefill attention kernel");
}

TEST(PrefillSelect, WithoutSplitKvThereIsNoMerge) {
  BundleManifest m;
  ASSERT_TRUE(parse(test::prefillManifest(false, false), &m).isOk());
  int a = -1, g = 7;
  Status st = selectPrefillKernels(m, raggedProblem(), "", &a, &g);
  ASSERT_TRUE(st.isOk()) << st.message();
  EXPECT_EQ(a, 0);
  EXPECT_EQ(g, -1);
  // A split kernel whose "<f>_merge" partner is missing is an error.
  json j = test::prefillManifest();
  j["kernels"][1]["name"] = "other_merge";
  ASSERT_TRUE(parse(j, &m).isOk());
  st = selectPrefillKernels(m, pagedProblem(), "", &a, &g);
  test::expectError(st, StatusCode::NotFound,
                    "attention kernel 'prefill_attention' writes split-KV partials but "
                    "the bundle has no merge kernel 'prefill_merge'");
}

TEST(PrefillSelect, MismatchesNameTheField) {
  BundleManifest m;
  ASSERT_TRUE(parse(test::prefillManifest(), &m).isOk());
  const KernelEntry &k = m.kernels[0];
  std::vector<test::EditCase<PrefillProblem>> cases = test::attentionFieldEdits<PrefillProblem>();
  cases.push_back({[](PrefillProblem &p) { p.kv_format = KvFormat::Ragged; },
                   "kv_format paged, the call has ragged"});
  test::expectFieldMismatches(
      "prefill_attention", pagedProblem(),
      [&](const PrefillProblem &p) { return checkPrefillVariant(k, p); }, cases);
  int a, g;
  PrefillProblem p = raggedProblem();
  Status st = selectPrefillKernels(m, p, "", &a, &g);
  test::expectError(st, StatusCode::NotFound,
                    "no prefill attention kernel matches num_qo_heads=32 num_kv_heads=8 "
                    "head_dim=128 kv_format=ragged dtype=bf16 kv_dtype=bf16 (kernel "
                    "'prefill_attention' has kv_format paged, the call has ragged)");
  // Ragged kernels ignore page_size and layout.
  ASSERT_TRUE(parse(test::prefillManifest(false, true), &m).isOk());
  p.layout = KvLayout::HND;
  EXPECT_TRUE(checkPrefillVariant(m.kernels[0], p).isOk());
}

// cuTensorMapEncodeTiled's limits on a TMA kernel's maps are checked at selection: the box
// rows (tile_kv) at most 256, the row stride (Hkv * D elements) a multiple of 16 bytes.
TEST(PrefillSelect, TensorMapKernelLimits) {
  json j = test::prefillManifest(/*paged=*/false, /*split=*/false, /*tma=*/true);
  j["kernels"][0]["tile"]["tile_kv"] = 256;
  BundleManifest m;
  ASSERT_TRUE(parse(j, &m).isOk());
  EXPECT_TRUE(checkPrefillVariant(m.kernels[0], raggedProblem()).isOk());
  j["kernels"][0]["tile"]["tile_kv"] = 512;
  ASSERT_TRUE(parse(j, &m).isOk());
  test::expectError(checkPrefillVariant(m.kernels[0], raggedProblem()), StatusCode::Mismatch,
                    "kernel 'prefill_attention' loads K/V tiles by TMA, but its tile_kv (512) "
                    "exceeds the 256 rows of a tensor-map box");
  int a = -1, g = -1;
  test::expectError(selectPrefillKernels(m, raggedProblem(), "", &a, &g), StatusCode::NotFound,
                    "no prefill attention kernel matches num_qo_heads=32 num_kv_heads=8 "
                    "head_dim=128 kv_format=ragged dtype=bf16 kv_dtype=bf16 (kernel "
                    "'prefill_attention' loads K/V tiles by TMA, but its tile_kv (512) exceeds "
                    "the 256 rows of a tensor-map box)");
  // One KV head of 4 f16 features: 8-byte rows.
  j["kernels"][0]["tile"]["tile_kv"] = 64;
  json &v = j["kernels"][0]["variant"];
  v["num_qo_heads"] = 2;
  v["num_kv_heads"] = 1;
  v["head_dim"] = 4;
  v["dtype"] = v["kv_dtype"] = "f16";
  ASSERT_TRUE(parse(j, &m).isOk());
  PrefillProblem p = raggedProblem();
  p.num_qo_heads = 2;
  p.num_kv_heads = 1;
  p.head_dim = 4;
  p.dtype = p.kv_dtype = DType::F16;
  test::expectError(checkPrefillVariant(m.kernels[0], p), StatusCode::Mismatch,
                    "kernel 'prefill_attention' loads K/V tiles by TMA, but a K/V row "
                    "(num_kv_heads 1 * head_dim 4 * 2 bytes = 8 bytes, the tensor maps' row "
                    "stride) is not a multiple of 16 bytes");
  // The same shape without TMA loads has no such limit.
  BundleManifest plain;
  json k = test::prefillManifest(/*paged=*/false, /*split=*/false);
  k["kernels"][0]["variant"] = v;
  ASSERT_TRUE(parse(k, &plain).isOk());
  EXPECT_TRUE(checkPrefillVariant(plain.kernels[0], p).isOk());
}

/// The prefill manifest (paged, with `split`) whose attention kernel has `mask` and takes the
/// extra parameters `names` (inserted after kv_last_page_len, where attn-outline puts them).
json prefillWithOperands(const char *mask, std::initializer_list<const char *> names,
                         bool split = true) {
  json j = test::prefillManifest(true, split);
  json &k = j["kernels"][0];
  json params = json::array();
  for (const json &p : k["params"]) {
    params.push_back(p);
    if (p["name"] == "kv_last_page_len")
      for (const char *n : names)
        params.push_back({{"name", n}, {"kind", "ptr"}});
  }
  k["params"] = params;
  k["variant"]["mask"] = mask;
  if (std::string(mask) == "block_sparse") {
    k["variant"]["block_rows"] = 64;
    k["variant"]["block_cols"] = 64;
  }
  for (const char *n : names) {
    if (std::string(n) == "alibi_slopes")
      k["variant"]["alibi"] = true;
    if (std::string(n) == "rope_offsets")
      k["variant"]["rope"] = "llama";
  }
  return j;
}

TEST(PrefillSelect, AcceptsMaskAndPositionOperands) {
  struct Case {
    const char *mask;
    std::initializer_list<const char *> names;
    bool split;
  } cases[] = {
      {"custom", {"custom_mask", "mask_indptr"}, true},
      {"block_sparse", {"block_indptr", "block_indices"}, false},
      {"causal", {"alibi_slopes"}, true},
      {"none", {"rope_offsets"}, true},
      {"custom", {"custom_mask", "mask_indptr", "alibi_slopes", "rope_offsets"}, false},
  };
  for (const Case &c : cases) {
    json j = prefillWithOperands(c.mask, c.names, c.split);
    BundleManifest m;
    Status st = parse(j, &m);
    ASSERT_TRUE(st.isOk()) << st.message();
    st = checkPrefillVariant(m.kernels[0], pagedProblem());
    EXPECT_TRUE(st.isOk()) << c.mask << ": " << st.message();
    int a = -1, mg = -2;
    st = selectPrefillKernels(m, pagedProblem(), "", &a, &mg);
    ASSERT_TRUE(st.isOk()) << st.message();
    EXPECT_EQ(a, 0);
    EXPECT_EQ(mg, c.split ? 1 : -1);
  }
  // Decode run still cannot bind them: the same operand on a decode kernel is rejected.
  json d = test::validManifest();
  d["kernels"][0]["params"].push_back({{"name", "alibi_slopes"}, {"kind", "ptr"}});
  d["kernels"][0]["variant"]["alibi"] = true;
  BundleManifest m;
  ASSERT_TRUE(parse(d, &m).isOk());
  DecodeProblem dp;
  test::setLlama3PagedHeads(dp);
  Status st = checkDecodeVariant(m.kernels[0], dp);
  EXPECT_EQ(st.code(), StatusCode::Mismatch);
  EXPECT_NE(st.message().find("takes parameter 'alibi_slopes', which decode run cannot bind"),
            std::string::npos)
      << st.message();
}

TEST(PrefillSelect, RejectsMasksWithoutTheirOperands) {
  struct Case {
    const char *mask;
    std::initializer_list<const char *> names;
    const char *message;
  } cases[] = {
      {"custom", {"custom_mask"},
       "kernel 'prefill_attention' has mask custom but no 'mask_indptr' parameter"},
      {"custom", {}, "kernel 'prefill_attention' has mask custom but no 'custom_mask' parameter"},
      {"block_sparse", {"block_indptr"},
       "kernel 'prefill_attention' has mask block_sparse but no 'block_indices' parameter"},
  };
  for (const Case &c : cases) {
    BundleManifest m;
    ASSERT_TRUE(parse(prefillWithOperands(c.mask, c.names), &m).isOk());
    Status st = checkPrefillVariant(m.kernels[0], pagedProblem());
    test::expectError(st, StatusCode::Mismatch, c.message);
    int a = -1, mg = -1;
    st = selectPrefillKernels(m, pagedProblem(), "", &a, &mg);
    EXPECT_EQ(st.code(), StatusCode::NotFound);
    EXPECT_NE(st.message().find(c.message), std::string::npos) << st.message();
  }
}

TEST(PrefillRun, OperandsMatchTheKernel) {
  BundleManifest m;
  ASSERT_TRUE(parse(prefillWithOperands("custom", {"custom_mask", "mask_indptr",
                                                   "alibi_slopes", "rope_offsets"}),
                    &m)
                  .isOk());
  const KernelEntry &k = m.kernels[0];
  PrefillRunArgs a;
  a.custom_mask = 0x1000;
  a.mask_indptr = 0x2000;
  a.alibi_slopes = 0x3000;
  a.rope_offsets = 0x4000;
  EXPECT_TRUE(checkPrefillOperands(k, a).isOk());
  struct Missing {
    DevicePtr PrefillRunArgs::*field;
    const char *message;
  } missing[] = {
      {&PrefillRunArgs::custom_mask,
       "custom_mask is null but kernel 'prefill_attention' takes it (the bit-packed custom "
       "mask)"},
      {&PrefillRunArgs::mask_indptr,
       "mask_indptr is null but kernel 'prefill_attention' takes it (the custom mask's byte "
       "offsets)"},
      {&PrefillRunArgs::alibi_slopes,
       "alibi_slopes is null but kernel 'prefill_attention' takes it (ALiBi slopes in place "
       "of the standard ones)"},
      {&PrefillRunArgs::rope_offsets,
       "rope_offsets is null but kernel 'prefill_attention' takes it (RoPE position "
       "offsets)"},
  };
  for (const Missing &c : missing) {
    PrefillRunArgs b = a;
    b.*c.field = 0;
    Status st = checkPrefillOperands(k, b);
    EXPECT_EQ(st.code(), StatusCode::InvalidArgument) << c.message;
    EXPECT_EQ(st.message(), c.message);
  }
  // Operands the kernel does not take are not ignored silently.
  PrefillRunArgs b = a;
  b.block_indptr = 0x5000;
  Status st = checkPrefillOperands(k, b);
  test::expectError(st, StatusCode::Mismatch,
                    "block_indptr was given but kernel 'prefill_attention' does not take "
                    "it (variant mask=custom alibi=true rope=llama)");
  ASSERT_TRUE(parse(prefillWithOperands("block_sparse", {"block_indptr", "block_indices"}),
                    &m)
                  .isOk());
  PrefillRunArgs s;
  s.block_indptr = 0x10;
  s.block_indices = 0x20;
  EXPECT_TRUE(checkPrefillOperands(m.kernels[0], s).isOk());
  s.block_indices = 0;
  EXPECT_EQ(checkPrefillOperands(m.kernels[0], s).message(),
            "block_indices is null but kernel 'prefill_attention' takes it (the block-sparse "
            "mask's column indices)");
  ASSERT_TRUE(parse(test::prefillManifest(), &m).isOk());
  EXPECT_TRUE(checkPrefillOperands(m.kernels[0], PrefillRunArgs{}).isOk());
  PrefillRunArgs r;
  r.rope_offsets = 0x40;
  st = checkPrefillOperands(m.kernels[0], r);
  test::expectError(st, StatusCode::Mismatch,
                    "rope_offsets was given but kernel 'prefill_attention' does not take "
                    "it (variant mask=causal alibi=false rope=none)");
}

TEST(PrefillSelect, LseRequirement) {
  // want_lse skips kernels that do not write lse.
  json j = test::prefillManifest(true, false);
  removeParam(j, "lse");
  BundleManifest m;
  ASSERT_TRUE(parse(j, &m).isOk());
  PrefillProblem p = pagedProblem();
  p.want_lse = true;
  Status st = checkPrefillVariant(m.kernels[0], p);
  EXPECT_EQ(st.message(), "kernel 'prefill_attention' does not write lse (return_lse false), "
                          "the call wants it");
}

TEST(PrefillConfig, ComesFromKernelDeviceAndOptions) {
  BundleManifest m;
  ASSERT_TRUE(parse(test::prefillManifest(), &m).isOk());
  PrefillSchedulerConfig c;
  Status st = makePrefillSchedulerConfig(m.kernels[0], pagedProblem(), options(), 132, 1, &c);
  ASSERT_TRUE(st.isOk()) << st.message();
  EXPECT_EQ(c.tile_q, 128);
  EXPECT_EQ(c.tile_kv, 64);
  EXPECT_TRUE(c.causal);
  EXPECT_EQ(c.window_left, -1);
  EXPECT_TRUE(c.split_kv);
  EXPECT_TRUE(c.paged);
  EXPECT_EQ(c.page_size, 16);
  EXPECT_EQ(c.num_sms, 132);
  EXPECT_EQ(c.min_chunk_tokens, kDefaultPrefillMinChunkTokens);
  // Defaults: every q tile of a full batch (16384 * 4 / 128 + 64 - 1), and the rows of any
  // one-wave split (128 / 4 * 132 / 8).
  EXPECT_EQ(c.max_work, 512 + 63);
  EXPECT_EQ(c.max_partial_rows, 32 * 16);
  EXPECT_EQ(c.max_work, defaultPrefillMaxWork(c));
  EXPECT_EQ(c.max_partial_rows, defaultPrefillMaxPartialRows(c));
  // Explicit capacities win; a kernel without partial states gets none.
  PrefillOptions o = options();
  o.max_work = 1000;
  o.max_partial_rows = 77;
  o.graph_mode = true;
  ASSERT_TRUE(makePrefillSchedulerConfig(m.kernels[0], pagedProblem(), o, 132, 1, &c).isOk());
  EXPECT_EQ(c.max_work, 1000);
  EXPECT_EQ(c.max_partial_rows, 77);
  EXPECT_TRUE(c.graph_mode);
  ASSERT_TRUE(parse(test::prefillManifest(false, false), &m).isOk());
  ASSERT_TRUE(makePrefillSchedulerConfig(m.kernels[0], raggedProblem(), o, 132, 1, &c).isOk());
  EXPECT_FALSE(c.split_kv);
  EXPECT_EQ(c.max_partial_rows, 0);
  EXPECT_FALSE(c.paged);
  EXPECT_EQ(c.page_size, 0);
  // Sliding window: causal plus the window; no mask with a window: the window alone.
  json j = test::prefillManifest();
  j["kernels"][0]["variant"]["mask"] = "sliding_window";
  j["kernels"][0]["variant"]["window_left"] = 4095;
  ASSERT_TRUE(parse(j, &m).isOk());
  ASSERT_TRUE(makePrefillSchedulerConfig(m.kernels[0], pagedProblem(), o, 132, 1, &c).isOk());
  EXPECT_TRUE(c.causal);
  EXPECT_EQ(c.window_left, 4095);
  j["kernels"][0]["variant"]["mask"] = "none";
  ASSERT_TRUE(parse(j, &m).isOk());
  ASSERT_TRUE(makePrefillSchedulerConfig(m.kernels[0], pagedProblem(), o, 132, 1, &c).isOk());
  EXPECT_FALSE(c.causal);
  EXPECT_EQ(c.window_left, 4095);
}

// The L2 size reaches the scheduler only for a kernel that takes head_section (the others map
// CTAs without sections); the K/V element size is the variant's kv_dtype's (bf16: 2).
TEST(PrefillConfig, L2SizeOnlyForKernelsWithHeadSection) {
  constexpr int64_t kL2 = 50 << 20;
  BundleManifest m;
  ASSERT_TRUE(parse(test::prefillManifest(), &m).isOk());
  PrefillSchedulerConfig c;
  ASSERT_TRUE(
      makePrefillSchedulerConfig(m.kernels[0], pagedProblem(), options(), 132, 1, &c, kL2).isOk());
  EXPECT_EQ(c.l2_bytes, 0);
  EXPECT_EQ(c.kv_elem_bytes, 2);
  ASSERT_TRUE(parse(test::withHeadSection(test::prefillManifest()), &m).isOk());
  ASSERT_GE(m.kernels[0].findParam(attn::rt::abi::prefill::kHeadSection), 0);
  ASSERT_TRUE(
      makePrefillSchedulerConfig(m.kernels[0], pagedProblem(), options(), 132, 1, &c, kL2).isOk());
  EXPECT_EQ(c.l2_bytes, kL2);
  ASSERT_TRUE(
      makePrefillSchedulerConfig(m.kernels[0], pagedProblem(), options(), 132, 1, &c).isOk());
  EXPECT_EQ(c.l2_bytes, 0); // no L2 size given: no sections
  // A negative size is refused with the scheduler's validation.
  Status st = makePrefillSchedulerConfig(m.kernels[0], pagedProblem(), options(), 132, 1, &c, -1);
  test::expectError(st, StatusCode::InvalidArgument, "l2_bytes (-1) must not be negative");
}

TEST(PrefillConfig, RejectsBadOptions) {
  BundleManifest m;
  ASSERT_TRUE(parse(test::prefillManifest(), &m).isOk());
  const test::EditCase<PrefillOptions> cases[] = {
      {[](PrefillOptions &o) { o.max_batch = 0; }, "max_batch (0) is out of range [1, 16777216]"},
      {[](PrefillOptions &o) { o.max_qo_tokens = 0; },
       "max_qo_tokens (0) is out of range [1, 16777216]"},
      {[](PrefillOptions &o) { o.max_work = -1; }, "max_work (-1) is out of range [0, 16777216]"},
      {[](PrefillOptions &o) { o.max_partial_rows = 1 << 25; },
       "max_partial_rows (33554432) is out of range [0, 16777216]"},
      {[](PrefillOptions &o) { o.min_chunk_tokens = -5; },
       "min_chunk_tokens (-5) must not be negative"},
  };
  for (const auto &k : cases) {
    PrefillOptions o = options();
    k.edit(o);
    PrefillSchedulerConfig c;
    Status st = makePrefillSchedulerConfig(m.kernels[0], pagedProblem(), o, 132, 1, &c);
    EXPECT_EQ(st.code(), StatusCode::InvalidArgument) << k.message;
    EXPECT_EQ(st.message(), k.message);
  }
}

TEST(PrefillConfig, BlockSparseBlockRows) {
  // 32 / 8 heads: group 4, tile_q 128 -> 32 query rows per Q tile; R must be a multiple.
  BundleManifest m;
  ASSERT_TRUE(
      parse(prefillWithOperands("block_sparse", {"block_indptr", "block_indices"}, false), &m)
          .isOk());
  PrefillSchedulerConfig c;
  Status st = makePrefillSchedulerConfig(m.kernels[0], pagedProblem(), options(), 132, 1, &c);
  ASSERT_TRUE(st.isOk()) << st.message();
  EXPECT_EQ(c.block_rows, 64);
  EXPECT_FALSE(c.causal);
  EXPECT_FALSE(c.split_kv);
  for (int rows : {32, 96, 128, 4096}) {
    m.kernels[0].variant.block_rows = rows;
    EXPECT_TRUE(
        makePrefillSchedulerConfig(m.kernels[0], pagedProblem(), options(), 132, 1, &c).isOk())
        << rows;
    EXPECT_EQ(c.block_rows, rows);
  }
  m.kernels[0].variant.block_rows = 48;
  st = makePrefillSchedulerConfig(m.kernels[0], pagedProblem(), options(), 132, 1, &c);
  test::expectError(st, StatusCode::Mismatch,
                    "kernel 'prefill_attention' has block_rows 48, which is not a "
                    "multiple of its query rows per q tile (tile_q 128 / group size 4)");
  m.kernels[0].variant.block_rows = 16;
  st = makePrefillSchedulerConfig(m.kernels[0], pagedProblem(), options(), 132, 1, &c);
  EXPECT_EQ(st.code(), StatusCode::Mismatch);
  // A tile that does not hold whole query rows cannot be aligned to block rows at all.
  m.kernels[0].variant.block_rows = 64;
  m.kernels[0].tile.extra = {{"tile_q", 126}};
  st = makePrefillSchedulerConfig(m.kernels[0], pagedProblem(), options(), 132, 1, &c);
  EXPECT_EQ(st.message(), "kernel 'prefill_attention' has block_rows 64, which is not a "
                          "multiple of its query rows per q tile (tile_q 126 / group size 4)");
  // Other masks carry no block rows.
  ASSERT_TRUE(parse(prefillWithOperands("custom", {"custom_mask", "mask_indptr"}), &m).isOk());
  ASSERT_TRUE(
      makePrefillSchedulerConfig(m.kernels[0], pagedProblem(), options(), 132, 1, &c).isOk());
  EXPECT_EQ(c.block_rows, 0);
  EXPECT_FALSE(c.causal);
  EXPECT_TRUE(c.split_kv);
}

TEST(PrefillCreate, BlockRowsCheckedBeforeDriver) {
  json j = prefillWithOperands("block_sparse", {"block_indptr", "block_indices"}, false);
  j["kernels"][0]["variant"]["block_rows"] = 80;
  TempBundle tb(j.dump());
  std::unique_ptr<Bundle> b;
  ASSERT_TRUE(Bundle::open(tb.dir(), &b).isOk());
  std::unique_ptr<PrefillAttention> p;
  Status st = PrefillAttention::create(*b, pagedProblem(), options(), &p);
  test::expectError(st, StatusCode::Mismatch,
                    "kernel 'prefill_attention' has block_rows 80, which is not a "
                    "multiple of its query rows per q tile (tile_q 128 / group size 4)");
  EXPECT_EQ(p, nullptr);
}

TEST(PrefillCreate, ChecksHostArgumentsBeforeDriver) {
  TempBundle tb(test::prefillManifest().dump());
  std::unique_ptr<Bundle> b;
  ASSERT_TRUE(Bundle::open(tb.dir(), &b).isOk());
  std::unique_ptr<PrefillAttention> p;
  Status st = PrefillAttention::create(*b, raggedProblem(), options(), &p);
  EXPECT_EQ(st.code(), StatusCode::NotFound);
  EXPECT_NE(st.message().find("has kv_format paged, the call has ragged"), std::string::npos);
  PrefillOptions o = options();
  o.max_qo_tokens = 0;
  st = PrefillAttention::create(*b, pagedProblem(), o, &p);
  EXPECT_EQ(st.message(), "max_qo_tokens (0) is out of range [1, 16777216]");
  if (systemHasDriver())
    return;
  st = PrefillAttention::create(*b, pagedProblem(), options(), &p);
  EXPECT_EQ(st.code(), StatusCode::DriverUnavailable);
  EXPECT_EQ(p, nullptr);
}

//===----------------------------------------------------------------------===//
// Workspace layout and plan (de)serialisation
//===----------------------------------------------------------------------===//

TEST(PrefillWorkspace, LayoutOffsets) {
  PrefillWorkspaceLayout l;
  ASSERT_TRUE(computePrefillWorkspaceLayout(1000, 200, 300, 32, 128, &l).isOk());
  const size_t W = 224; // alignUp(200, 32)
  EXPECT_EQ(l.work_request_word, 32u);
  EXPECT_EQ(l.work_qo_tile_word, 32u + W);
  EXPECT_EQ(l.work_kv_begin_word, 32u + 2 * W);
  EXPECT_EQ(l.work_kv_end_word, 32u + 3 * W);
  EXPECT_EQ(l.work_partial_word, 32u + 4 * W);
  EXPECT_EQ(l.work_partial_stride_word, 32u + 5 * W);
  EXPECT_EQ(l.merge_indptr_word, 32u + 6 * W);
  EXPECT_EQ(l.int_words, 32u + 6 * W + 1024u); // alignUp(1001, 32)
  EXPECT_EQ(l.tmp_o_byte, 0u);
  EXPECT_EQ(l.tmp_lse_byte, 300u * 32 * 128 * 4);
  EXPECT_EQ(l.float_bytes, 300u * 32 * 128 * 4 + 38400u); // 300 * 32 * 4 = 38400, 256-aligned
  // Without partial rows there is no float workspace.
  ASSERT_TRUE(computePrefillWorkspaceLayout(1000, 200, 0, 32, 128, &l).isOk());
  EXPECT_EQ(l.float_bytes, 0u);
  Status st = computePrefillWorkspaceLayout(0, 200, 0, 32, 128, &l);
  EXPECT_EQ(st.message(), "max_qo_tokens (0) is out of range [1, 16777216]");
  st = computePrefillWorkspaceLayout(10, 0, 0, 32, 128, &l);
  EXPECT_EQ(st.message(), "max_work (0) is out of range [1, 16777216]");
  st = computePrefillWorkspaceLayout(10, 10, -1, 32, 128, &l);
  EXPECT_EQ(st.message(), "max_partial_rows (-1) is out of range [0, 16777216]");
}

TEST(PrefillWorkspace, RoundTripAndSizeChecks) {
  PrefillSchedulerConfig c = test::h100PrefillConfig();
  c.max_qo_tokens = 100;
  c.max_work = 64;
  c.max_partial_rows = 512;
  std::vector<int32_t> qo = {0, 3, 7, 9}, kv = {0, 512, 516, 772}, last = {16, 16, 16};
  PrefillPlanInput in{3, qo.data(), kv.data(), last.data()};
  PrefillPlan p;
  // L2 sections: 8192 + 64 + 4096 tokens of K/V a head (6 MiB) in a 25 MiB budget -> 4 heads.
  c.l2_bytes = 50 << 20;
  ASSERT_TRUE(planPrefill(c, in, &p).isOk());
  ASSERT_GT(p.num_partial_rows, 0);
  ASSERT_EQ(p.head_section, 4);
  PrefillWorkspaceLayout l;
  ASSERT_TRUE(computePrefillWorkspaceLayout(100, 64, 512, 32, 128, &l).isOk());
  std::vector<int32_t> words;
  size_t copyWords = 0;
  ASSERT_NO_FATAL_FAILURE(test::serializeCheckingHeader(serializePrefillPlan, p, l,
                                                        kPrefillPlanMagic, 9, &words, &copyWords));
  EXPECT_EQ(copyWords, l.merge_indptr_word + 10);
  EXPECT_EQ(words[kWordMaxPartialRows], 512);
  EXPECT_EQ(words[kWordVersion], 2);
  EXPECT_EQ(words[kWordHeadSection], 4); // the kernels' device scalar head_section
  EXPECT_EQ(words[l.work_qo_tile_word], p.work_qo_tile[0]);
  EXPECT_EQ(words[l.work_partial_stride_word], p.work_partial_stride[0]);
  PrefillPlan back;
  Status st = deserializePrefillPlan(words.data(), copyWords, &back);
  ASSERT_TRUE(st.isOk()) << st.message();
  EXPECT_EQ(back.num_work, p.num_work);
  EXPECT_EQ(back.num_rows, p.num_rows);
  EXPECT_EQ(back.num_partial_rows, p.num_partial_rows);
  EXPECT_EQ(back.chunk_tokens, p.chunk_tokens);
  EXPECT_EQ(back.needs_merge, p.needs_merge);
  EXPECT_EQ(back.grid_work, p.grid_work);
  EXPECT_EQ(back.grid_rows, p.grid_rows);
  EXPECT_EQ(back.work_request, p.work_request);
  EXPECT_EQ(back.work_qo_tile, p.work_qo_tile);
  EXPECT_EQ(back.work_kv_begin, p.work_kv_begin);
  EXPECT_EQ(back.work_kv_end, p.work_kv_end);
  EXPECT_EQ(back.work_partial, p.work_partial);
  EXPECT_EQ(back.work_partial_stride, p.work_partial_stride);
  EXPECT_EQ(back.merge_indptr, p.merge_indptr);
  EXPECT_EQ(back.head_section, 4);

  // Decode and prefill plans are not interchangeable.
  DecodePlan decode;
  st = deserializeDecodePlan(words.data(), words.size(), &decode);
  EXPECT_EQ(st.message(), "bad plan magic 0x46505441 (expected 0x4c505441)");
  test::expectTruncatedPlanRejected(deserializePrefillPlan, words, copyWords);
  auto edited = [&](size_t index, int32_t value) {
    return test::deserializeEdited(deserializePrefillPlan, words, index, value);
  };
  EXPECT_EQ(edited(kWordNumPartials, 513).message(),
            "num_partial_rows (513) is out of range [0, 512]");
  // Version 1 had no head_section (its 0 would map one head per section).
  EXPECT_EQ(edited(kWordVersion, 1).message(), "plan layout version 1 (expected 2)");
  EXPECT_EQ(edited(kWordHeadSection, 0).message(), "head_section (0) is out of range [1, 1024]");
  const size_t end = l.merge_indptr_word + 9;
  EXPECT_EQ(edited(end, words[end] + 1).message(),
            "merge_indptr spans [0, " + std::to_string(p.num_partial_rows + 1) +
                "], expected [0, num_partial_rows (" + std::to_string(p.num_partial_rows) + ")]");

  // Serialising checks the buffer and every capacity.
  st = serializePrefillPlan(p, l, words.data(), l.int_words - 1, nullptr);
  EXPECT_EQ(st.message(), "plan buffer holds " + std::to_string(l.int_words - 1) +
                              " words, the layout needs " + std::to_string(l.int_words));
  PrefillWorkspaceLayout small;
  ASSERT_TRUE(computePrefillWorkspaceLayout(8, 64, 512, 32, 128, &small).isOk());
  std::vector<int32_t> smallWords(small.int_words);
  st = serializePrefillPlan(p, small, smallWords.data(), smallWords.size(), nullptr);
  test::expectError(st, StatusCode::CapacityExceeded, "num_rows (9) exceeds max_qo_tokens (8)");
  ASSERT_TRUE(computePrefillWorkspaceLayout(100, 64, 4, 32, 128, &small).isOk());
  smallWords.resize(small.int_words);
  st = serializePrefillPlan(p, small, smallWords.data(), smallWords.size(), nullptr);
  EXPECT_EQ(st.message(), "num_partial_rows (" + std::to_string(p.num_partial_rows) +
                              ") exceeds max_partial_rows (4)");
  PrefillPlan noSection = p;
  noSection.head_section = 0;
  st = serializePrefillPlan(noSection, l, words.data(), words.size(), nullptr);
  test::expectError(st, StatusCode::InvalidArgument, "head_section (0) is out of range [1, 1024]");
}

//===----------------------------------------------------------------------===//
// C API
//===----------------------------------------------------------------------===//

TEST(PrefillCApi, WorkspaceSizeAndConfigDefaults) {
  size_t i = 0, f = 0;
  ASSERT_EQ(attnPrefillWorkspaceSize(1000, 200, 300, 32, 128, &i, &f), ATTN_SUCCESS);
  PrefillWorkspaceLayout l;
  ASSERT_TRUE(computePrefillWorkspaceLayout(1000, 200, 300, 32, 128, &l).isOk());
  EXPECT_EQ(i, l.intBytes());
  EXPECT_EQ(f, l.float_bytes);
  ASSERT_EQ(attnPrefillWorkspaceSize(1000, 200, 0, 32, 128, &i, nullptr), ATTN_SUCCESS);
  test::expectCError(attnPrefillWorkspaceSize(1000, 0, 0, 32, 128, &i, &f),
                     ATTN_ERROR_INVALID_ARGUMENT, "max_work (0) is out of range [1, 16777216]");
  EXPECT_EQ(attnPrefillWorkspaceSize(1000, 10, 0, 32, 2048, &i, &f),
            ATTN_ERROR_INVALID_ARGUMENT);
  EXPECT_STREQ(attnGetLastError(), "head_dim (2048) is out of range [1, 1024]");

  attn_prefill_config_t c;
  std::memset(&c, 0x5a, sizeof(c));
  attnPrefillConfigInit(&c);
  EXPECT_EQ(c.kernel_name, nullptr);
  EXPECT_EQ(c.layout, ATTN_LAYOUT_NHD);
  EXPECT_EQ(c.dtype, ATTN_DTYPE_BF16);
  EXPECT_EQ(c.kv_dtype, ATTN_DTYPE_BF16);
  EXPECT_EQ(c.page_size, 0);
  EXPECT_EQ(c.max_work, 0);
  EXPECT_EQ(c.max_partial_rows, 0);
  EXPECT_EQ(c.int_workspace, 0u);
  attnPrefillConfigInit(nullptr);
}

TEST(PrefillCApi, KernelInfoNamesMaskAndOperands) {
  TempBundle tb(prefillWithOperands("block_sparse", {"block_indptr", "block_indices",
                                                     "alibi_slopes", "rope_offsets"},
                                    false)
                    .dump());
  attn_bundle_t b = nullptr;
  ASSERT_EQ(attnBundleLoad(tb.dir().c_str(), &b), ATTN_SUCCESS) << attnGetLastError();
  attn_kernel_info_t info;
  ASSERT_EQ(attnBundleGetKernel(b, 0, &info), ATTN_SUCCESS);
  EXPECT_EQ(info.mask, ATTN_MASK_BLOCK_SPARSE);
  EXPECT_EQ(info.block_rows, 64);
  EXPECT_EQ(info.block_cols, 64);
  EXPECT_EQ(info.operands, ATTN_OPERAND_BLOCK_INDPTR | ATTN_OPERAND_BLOCK_INDICES |
                               ATTN_OPERAND_ALIBI_SLOPES | ATTN_OPERAND_ROPE_OFFSETS);
  EXPECT_EQ(info.tile_q, 128);
  attnBundleFree(b);
  TempBundle plain(test::prefillManifest().dump());
  ASSERT_EQ(attnBundleLoad(plain.dir().c_str(), &b), ATTN_SUCCESS) << attnGetLastError();
  ASSERT_EQ(attnBundleGetKernel(b, 0, &info), ATTN_SUCCESS);
  EXPECT_EQ(info.mask, ATTN_MASK_CAUSAL);
  EXPECT_EQ(info.block_rows, 0);
  EXPECT_EQ(info.operands, 0u);
  ASSERT_EQ(attnBundleGetKernel(b, 1, &info), ATTN_SUCCESS); // the merge kernel
  EXPECT_EQ(info.tile_q, 128);
  attnBundleFree(b);
}

TEST(PrefillCApi, ArgumentErrors) {
  TempBundle tb(test::prefillManifest().dump());
  attn_bundle_t b = nullptr;
  ASSERT_EQ(attnBundleLoad(tb.dir().c_str(), &b), ATTN_SUCCESS) << attnGetLastError();
  attn_prefill_config_t c;
  attnPrefillConfigInit(&c);
  test::setLlama3PagedHeads(c);
  c.max_batch = 64;
  c.max_qo_tokens = 8192;
  attn_prefill_t p = reinterpret_cast<attn_prefill_t>(0x1);
  test::expectCreateRejectsNulls(attnPrefillCreate, b, c);

  c.kv_dtype = 9;
  EXPECT_EQ(attnPrefillCreate(b, &c, &p), ATTN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(p, nullptr);
  EXPECT_STREQ(attnGetLastError(), "kv_dtype (9) is not an attn_dtype_t");
  c.kv_dtype = ATTN_DTYPE_BF16;
  test::expectCreateRejects<attn_prefill_config_t>(
      attnPrefillCreate, b, c,
      {{[](attn_prefill_config_t &c) { c.layout = 3; }, "layout (3) is not an attn_layout_t"},
       {[](attn_prefill_config_t &c) { c.page_size = -16; },
        "page_size (-16) must be positive (paged KV) or 0 (ragged KV)"}});
  c.page_size = 0; // ragged: the bundle has only a paged kernel
  test::expectCErrorContaining(attnPrefillCreate(b, &c, &p), ATTN_ERROR_NOT_FOUND,
                               "kv_format=ragged");
  c.page_size = 16;
  c.kernel_name = "nope";
  test::expectCError(attnPrefillCreate(b, &c, &p), ATTN_ERROR_NOT_FOUND,
                     "bundle has no kernel named 'nope'");
  c.kernel_name = "prefill_attention";
  c.max_qo_tokens = 0;
  test::expectCError(attnPrefillCreate(b, &c, &p), ATTN_ERROR_INVALID_ARGUMENT,
                     "max_qo_tokens (0) is out of range [1, 16777216]");
  c.max_qo_tokens = 8192;
  if (!systemHasDriver()) {
    EXPECT_EQ(attnPrefillCreate(b, &c, &p), ATTN_ERROR_DRIVER_UNAVAILABLE);
    EXPECT_EQ(p, nullptr);
  }

  int32_t indptr[2] = {0, 1};
  EXPECT_EQ(attnPrefillPlan(nullptr, 1, indptr, indptr, indptr, nullptr),
            ATTN_ERROR_INVALID_ARGUMENT);
  EXPECT_STREQ(attnGetLastError(), "prefill is null");
  attn_prefill_args_t args{};
  test::expectCError(attnPrefillRun(nullptr, &args, nullptr), ATTN_ERROR_INVALID_ARGUMENT,
                     "prefill is null");
  int32_t work = -1;
  test::expectCError(attnPrefillGetKernelIndex(nullptr, &work), ATTN_ERROR_INVALID_ARGUMENT,
                     "prefill is null");
  EXPECT_EQ(work, -1);
  EXPECT_EQ(attnPrefillGetPlanInfo(nullptr, &work, nullptr, nullptr, nullptr),
            ATTN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(work, -1);
  EXPECT_EQ(attnPrefillGetCapacities(nullptr, &work, nullptr), ATTN_ERROR_INVALID_ARGUMENT);
  attnPrefillFree(nullptr);
  attnBundleFree(b);
}
