//===- ManifestTest.cpp - bundle manifest parsing and validation ----------===//
#include "TestManifest.h"

#include "attn-rt/Manifest.h"

#include <gtest/gtest.h>

#include <functional>

using namespace attn::rt;
using nlohmann::json;

namespace {

Status parse(const json &j, BundleManifest *m) {
  return parseManifest(j.dump(), "bundle/manifest.json", m);
}

/// Parses `j` after `edit`, expects a ParseError whose message contains `needle`.
void expectError(const std::function<void(json &)> &edit, const std::string &needle) {
  json j = test::validManifest();
  edit(j);
  BundleManifest m;
  Status st = parse(j, &m);
  ASSERT_FALSE(st.isOk()) << "expected an error containing: " << needle;
  EXPECT_EQ(st.code(), StatusCode::ParseError);
  EXPECT_NE(st.message().find(needle), std::string::npos) << st.message();
  EXPECT_EQ(st.message().rfind("bundle/manifest.json: ", 0), 0u) << st.message();
  EXPECT_NE(st.message().back(), '.') << st.message();
}

json &attnKernel(json &j) { return j["kernels"][0]; }
json &mergeKernel(json &j) { return j["kernels"][1]; }

} // namespace

TEST(Manifest, ParsesValidManifest) {
  BundleManifest m;
  Status st = parse(test::validManifest(), &m);
  ASSERT_TRUE(st.isOk()) << st.message();
  EXPECT_EQ(m.version, 1);
  EXPECT_EQ(m.arch, "sm_90a");
  ASSERT_EQ(m.kernels.size(), 2u);
  const KernelEntry &k = m.kernels[0];
  EXPECT_EQ(k.name, "decode_h128");
  EXPECT_EQ(k.family, "decode");
  EXPECT_EQ(k.role, KernelRole::Attention);
  EXPECT_EQ(k.binary, "decode.cubin");
  EXPECT_EQ(k.binary_kind, BinaryKind::Cubin);
  EXPECT_EQ(k.block[0], 128);
  EXPECT_EQ(k.dynamic_smem, 16384);
  ASSERT_EQ(k.params.size(), 16u);
  EXPECT_EQ(k.params[0].name, "q");
  EXPECT_EQ(k.params[1].name, "qo_indptr");
  EXPECT_EQ(k.params.back().name, "tmp_lse");
  EXPECT_EQ(k.params.back().kind, attn::rt::abi::ParamKind::Ptr);
  EXPECT_EQ(k.findParam("tmp_lse"), 15);
  EXPECT_EQ(k.findParam("sm_scale"), -1);
  EXPECT_EQ(k.findParam("nope"), -1);
  EXPECT_EQ(k.merge_kernel, "merge_h128");
  EXPECT_EQ(k.variant.num_qo_heads, 32);
  EXPECT_EQ(k.variant.num_kv_heads, 8);
  EXPECT_EQ(k.variant.head_dim, 128);
  EXPECT_EQ(k.variant.page_size, 16);
  EXPECT_EQ(k.variant.layout, KvLayout::NHD);
  EXPECT_EQ(k.variant.dtype, DType::BF16);
  EXPECT_EQ(k.variant.window_left, -1);
  // The keys attn-outline adds.
  EXPECT_EQ(k.variant.kv_format, KvFormat::Paged);
  EXPECT_EQ(k.variant.mask, MaskKind::Causal);
  EXPECT_TRUE(k.variant.has_sm_scale);
  EXPECT_FLOAT_EQ(k.variant.sm_scale, 0.08838834764831843f);
  EXPECT_FALSE(k.variant.alibi);
  EXPECT_TRUE(k.variant.return_lse);
  EXPECT_EQ(k.variant.max_qo_len, 1);
  EXPECT_EQ(k.tile.threads, 128);
  EXPECT_EQ(k.tile.tile_kv, 16);
  EXPECT_EQ(k.tile.stages, 2);
  EXPECT_EQ(k.tile.strategy, "decode");
  EXPECT_TRUE(k.tile.split_kv);
  EXPECT_EQ(k.tile.get("vec", 0), 8);
  EXPECT_EQ(k.tile.get("bdz", 0), 2);
  EXPECT_EQ(k.tile.get("nope", -7), -7);
  ASSERT_TRUE(k.resources.present);
  EXPECT_EQ(k.resources.registers, 96);
  EXPECT_EQ(k.resources.stack_frame, 0);
  const KernelEntry &mk = m.kernels[1];
  EXPECT_EQ(mk.role, KernelRole::Merge);
  EXPECT_EQ(mk.variant.head_dim, 128);
  EXPECT_EQ(mk.tile.get("heads_per_cta", 1), 8);
  EXPECT_FALSE(mk.resources.present);
  EXPECT_EQ(m.findKernel("merge_h128"), 1);
}

TEST(Manifest, MergeKernelWithMinimalVariant) {
  // A merge kernel needs only num_qo_heads, head_dim and dtype; no tile.
  json j = test::validManifest();
  mergeKernel(j)["variant"] = {{"num_qo_heads", 32}, {"head_dim", 128}, {"dtype", "bf16"}};
  mergeKernel(j).erase("tile");
  mergeKernel(j)["block"] = {32, 4, 1};
  BundleManifest m;
  Status st = parse(j, &m);
  ASSERT_TRUE(st.isOk()) << st.message();
  EXPECT_EQ(m.kernels[1].variant.num_kv_heads, 0); // optional for merge kernels
}

TEST(Manifest, RaggedAndFutureVariantsParse) {
  // Ragged KV: k, v, kv_indptr instead of the paged names; no page_size or layout.
  json j = test::validManifest();
  json params = json::array();
  for (const char *name : {"q", "qo_indptr", "k", "v", "kv_indptr", "custom_mask",
                           "mask_indptr", "block_indptr", "block_indices", "alibi_slopes",
                           "rope_offsets", "work_request", "work_kv_begin", "work_kv_end",
                           "work_partial", "num_work", "o", "tmp_o", "tmp_lse"})
    params.push_back({{"name", name}, {"kind", "ptr"}});
  params.push_back({{"name", "sm_scale"}, {"kind", "f32"}});
  attnKernel(j)["params"] = params;
  json &v = attnKernel(j)["variant"];
  v["kv_format"] = "ragged";
  v.erase("page_size");
  v.erase("layout");
  v["mask"] = "block_sparse";
  v["block_rows"] = 64;
  v["block_cols"] = 32;
  v["alibi"] = true;
  v["rope"] = "llama";
  v["logits_soft_cap"] = 50.0;
  BundleManifest m;
  Status st = parse(j, &m);
  ASSERT_TRUE(st.isOk()) << st.message();
  EXPECT_EQ(m.kernels[0].variant.kv_format, KvFormat::Ragged);
  EXPECT_EQ(m.kernels[0].variant.mask, MaskKind::BlockSparse);
  EXPECT_EQ(m.kernels[0].variant.block_rows, 64);
  EXPECT_EQ(m.kernels[0].variant.block_cols, 32);
  EXPECT_TRUE(m.kernels[0].variant.alibi);
  // The paged names are required for paged KV and the ragged ones for ragged KV.
  attnKernel(j)["params"].erase(2);
  st = parse(j, &m);
  EXPECT_NE(st.message().find(".params: missing required parameter 'k' of the decode "
                              "attention kernel ABI (ragged KV)"),
            std::string::npos)
      << st.message();
  expectError([](json &j) { attnKernel(j)["params"].erase(2); },
              ".params: missing required parameter 'k_cache' of the decode attention kernel "
              "ABI (paged KV)");
  expectError([](json &j) { attnKernel(j)["variant"].erase("page_size"); },
              ".variant: missing required field 'page_size'");
}

TEST(Manifest, BlockSparseBlockShape) {
  // Required with mask block_sparse on attention kernels; merge kernels copy the attention
  // kernel's variant and may carry it; rejected with any other mask.
  json j = test::validManifest();
  for (json *k : {&attnKernel(j), &mergeKernel(j)}) {
    (*k)["variant"]["mask"] = "block_sparse";
    (*k)["variant"]["block_rows"] = 128;
    (*k)["variant"]["block_cols"] = 64;
  }
  BundleManifest m;
  Status st = parse(j, &m);
  ASSERT_TRUE(st.isOk()) << st.message();
  EXPECT_EQ(m.kernels[0].variant.block_rows, 128);
  EXPECT_EQ(m.kernels[0].variant.block_cols, 64);
  EXPECT_EQ(m.kernels[1].variant.block_rows, 128);
  mergeKernel(j)["variant"].erase("block_rows");
  mergeKernel(j)["variant"].erase("block_cols");
  st = parse(j, &m);
  ASSERT_TRUE(st.isOk()) << st.message();
  EXPECT_EQ(m.kernels[1].variant.block_rows, 0);
  // Other masks leave the shape 0.
  ASSERT_TRUE(parse(test::validManifest(), &m).isOk());
  EXPECT_EQ(m.kernels[0].variant.block_rows, 0);
  EXPECT_EQ(m.kernels[0].variant.block_cols, 0);

  auto sparse = [](json &j) { attnKernel(j)["variant"]["mask"] = "block_sparse"; };
  expectError(
      [&](json &j) {
        sparse(j);
        attnKernel(j)["variant"]["block_cols"] = 64;
      },
      "kernels[0] ('decode_h128').variant: missing required field 'block_rows'");
  expectError(
      [&](json &j) {
        sparse(j);
        attnKernel(j)["variant"]["block_rows"] = 64;
      },
      "kernels[0] ('decode_h128').variant: missing required field 'block_cols'");
  expectError(
      [&](json &j) {
        sparse(j);
        attnKernel(j)["variant"]["block_rows"] = 0;
        attnKernel(j)["variant"]["block_cols"] = 64;
      },
      "kernels[0] ('decode_h128').variant.block_rows: value 0 is out of range [1, 2147483647]");
  expectError(
      [&](json &j) {
        sparse(j);
        attnKernel(j)["variant"]["block_rows"] = 64;
        attnKernel(j)["variant"]["block_cols"] = "64";
      },
      "kernels[0] ('decode_h128').variant.block_cols: expected an integer, got string");
  expectError([](json &j) { attnKernel(j)["variant"]["block_rows"] = 64; },
              "kernels[0] ('decode_h128').variant.block_rows: expected only with mask "
              "block_sparse, the mask is causal");
  expectError(
      [](json &j) {
        mergeKernel(j)["variant"]["mask"] = "none";
        mergeKernel(j)["variant"]["block_cols"] = 16;
      },
      "kernels[1] ('merge_h128').variant.block_cols: expected only with mask block_sparse, "
      "the mask is none");
}

TEST(Manifest, ParsesOtherEnumSpellings) {
  json j = test::validManifest();
  attnKernel(j)["binary_kind"] = "ptx";
  mergeKernel(j)["binary_kind"] = "ptx";
  attnKernel(j)["variant"]["layout"] = "hnd";
  attnKernel(j)["variant"]["dtype"] = "f16";
  attnKernel(j)["variant"]["kv_dtype"] = "f16";
  attnKernel(j)["variant"]["mask"] = "sliding_window";
  attnKernel(j)["variant"]["window_left"] = 1024;
  attnKernel(j)["variant"]["rope"] = "llama3";
  attnKernel(j)["variant"]["logits_soft_cap"] = 30.0;
  mergeKernel(j)["variant"]["dtype"] = "f16";
  BundleManifest m;
  Status st = parse(j, &m);
  ASSERT_TRUE(st.isOk()) << st.message();
  const KernelVariant &v = m.kernels[0].variant;
  EXPECT_EQ(m.kernels[0].binary_kind, BinaryKind::Ptx);
  EXPECT_EQ(v.layout, KvLayout::HND);
  EXPECT_EQ(v.dtype, DType::F16);
  EXPECT_EQ(v.mask, MaskKind::SlidingWindow);
  EXPECT_EQ(v.window_left, 1024);
  EXPECT_EQ(v.rope, RopeKind::Llama3);
  EXPECT_FLOAT_EQ(v.logits_soft_cap, 30.0f);
}

TEST(Manifest, OptionalKvLastPageLenAndLseMayBeLeftOut) {
  json j = test::validManifest();
  json params = json::array();
  for (auto &p : attnKernel(j)["params"])
    if (p["name"] != "kv_last_page_len" && p["name"] != "lse")
      params.push_back(p);
  attnKernel(j)["params"] = params;
  BundleManifest m;
  Status st = parse(j, &m);
  ASSERT_TRUE(st.isOk()) << st.message();
  EXPECT_EQ(m.kernels[0].params.size(), 14u);
}

TEST(Manifest, SplitKvParamsComeTogether) {
  // Without split-KV there are no partial-state buffers (and no merge kernel).
  json j = test::validManifest();
  json params = json::array();
  for (auto &p : attnKernel(j)["params"])
    if (p["name"] != "tmp_o" && p["name"] != "tmp_lse")
      params.push_back(p);
  attnKernel(j)["params"] = params;
  attnKernel(j)["tile"]["split_kv"] = false;
  BundleManifest m;
  Status st = parse(j, &m);
  ASSERT_TRUE(st.isOk()) << st.message();
  EXPECT_FALSE(m.kernels[0].tile.split_kv);
  expectError([](json &j) { attnKernel(j)["params"].erase(15); },
              ".params: parameter 'tmp_o' requires parameter 'tmp_lse'");
  expectError(
      [](json &j) {
        attnKernel(j)["params"].erase(15);
        attnKernel(j)["params"].erase(14);
      },
      ".params: tile.split_kv is true but the kernel has no 'tmp_o' and 'tmp_lse' parameters");
}

TEST(Manifest, RejectsInvalidJsonWithOffset) {
  BundleManifest m;
  Status st = parseManifest("{\"format\": \"attn-bundle\",, }", "x/manifest.json", &m);
  ASSERT_FALSE(st.isOk());
  EXPECT_EQ(st.code(), StatusCode::ParseError);
  EXPECT_NE(st.message().find("x/manifest.json: invalid JSON at byte 26"), std::string::npos)
      << st.message();
}

TEST(Manifest, RejectsNonObjectRoot) {
  BundleManifest m;
  Status st = parseManifest("[1, 2]", "m.json", &m);
  ASSERT_FALSE(st.isOk());
  EXPECT_NE(st.message().find("<root>: expected an object, got array"), std::string::npos)
      << st.message();
}

TEST(Manifest, RejectsTopLevelErrors) {
  expectError([](json &j) { j["format"] = "other"; }, "format: expected 'attn-bundle', got 'other'");
  expectError([](json &j) { j["version"] = 2; },
              "version: unsupported manifest version 2 (this runtime reads 1)");
  expectError([](json &j) { j["version"] = "1"; }, "version: expected an integer, got string");
  expectError([](json &j) { j.erase("arch"); }, "missing required field 'arch'");
  expectError([](json &j) { j.erase("kernels"); }, "missing required field 'kernels'");
  expectError([](json &j) { j["kernels"] = json::array(); }, "kernels: expected at least one kernel");
  expectError([](json &j) { j["kernels"] = json::object(); }, "kernels: expected an array, got object");
  expectError([](json &j) { j["extra"] = 1; }, "<root>: unknown field 'extra'");
}

TEST(Manifest, RejectsKernelFieldErrors) {
  expectError([](json &j) { attnKernel(j).erase("name"); },
              "kernels[0]: missing required field 'name'");
  expectError([](json &j) { attnKernel(j).erase("family"); },
              "kernels[0] ('decode_h128'): missing required field 'family'");
  expectError([](json &j) { attnKernel(j)["role"] = "prefill"; },
              "kernels[0] ('decode_h128').role: unknown value 'prefill' (expected one of: "
              "attention, merge, kernel)");
  expectError([](json &j) { attnKernel(j)["binary_kind"] = "fatbin"; },
              ".binary_kind: unknown value 'fatbin'");
  expectError([](json &j) { attnKernel(j)["binary"] = "../evil.cubin"; },
              ".binary: '../evil.cubin' must be a plain file name inside the bundle");
  expectError([](json &j) { attnKernel(j)["binary"] = ""; }, ".binary: expected a non-empty string");
  expectError([](json &j) { attnKernel(j)["block"] = {128, 1}; },
              ".block: expected an array of 3 integers, got array of size 2");
  expectError([](json &j) { attnKernel(j)["block"] = {0, 1, 1}; },
              ".block[0]: expected an integer in [1, 1024], got 0");
  expectError([](json &j) {
    attnKernel(j)["block"] = {512, 4, 1};
    attnKernel(j)["tile"]["threads"] = 1024;
  }, ".block: 2048 threads exceed the limit of 1024");
  expectError([](json &j) { attnKernel(j)["dynamic_smem"] = 300000; },
              ".dynamic_smem: value 300000 is out of range [0, 232448]");
  expectError([](json &j) { attnKernel(j)["dynamic_smem"] = 1.5; },
              ".dynamic_smem: expected an integer, got number");
  expectError([](json &j) { attnKernel(j)["dynamic_smen"] = 0; },
              "kernels[0]: unknown field 'dynamic_smen' (expected one of: name, family, role, "
              "binary, binary_kind, block, dynamic_smem, params, merge_kernel, variant, tile, "
              "resources)");
  expectError([](json &j) { mergeKernel(j)["name"] = "decode_h128"; attnKernel(j).erase("merge_kernel"); },
              "kernels[1].name: duplicate kernel name 'decode_h128' (also kernels[0])");
}

TEST(Manifest, RejectsParamErrors) {
  expectError([](json &j) { attnKernel(j)["params"] = json::object(); },
              ".params: expected an array, got object");
  expectError([](json &j) { attnKernel(j)["params"][1]["kind"] = "i64"; },
              ".params[1].kind: unknown value 'i64' (expected one of: ptr, i32, f32, tmap)");
  expectError([](json &j) { attnKernel(j)["params"][1].erase("name"); },
              ".params[1]: missing required field 'name'");
  expectError([](json &j) { attnKernel(j)["params"][1]["name"] = "q"; },
              ".params[1].name: duplicate parameter 'q'");
  expectError([](json &j) { attnKernel(j)["params"].push_back({{"name", "alibi"}, {"kind", "ptr"}}); },
              ".params: parameter 'alibi' is not part of the decode attention kernel ABI");
  expectError([](json &j) { attnKernel(j)["params"].push_back({{"name", "sm_scale"}, {"kind", "ptr"}}); },
              ".params: parameter 'sm_scale' has kind 'ptr', expected 'f32'");
  expectError([](json &j) { attnKernel(j)["params"].erase(1); },
              ".params: missing required parameter 'qo_indptr' of the decode attention kernel ABI");
  expectError([](json &j) { attnKernel(j)["params"].erase(0); },
              ".params: missing required parameter 'q' of the decode attention kernel ABI");
  expectError([](json &j) { mergeKernel(j)["params"].erase(2); },
              "kernels[1] ('merge_h128').params: missing required parameter 'merge_indptr' of "
              "the decode merge kernel ABI");
}

TEST(Manifest, RejectsVariantAndTileErrors) {
  expectError([](json &j) { attnKernel(j)["variant"]["head_dim"] = "128"; },
              ".variant.head_dim: expected an integer, got string");
  expectError([](json &j) { attnKernel(j)["variant"]["head_dim"] = -4; },
              ".variant.head_dim: value -4 is out of range [1, 2147483647]");
  expectError([](json &j) { attnKernel(j)["variant"].erase("page_size"); },
              ".variant: missing required field 'page_size'");
  expectError([](json &j) { attnKernel(j)["variant"]["num_kv_heads"] = 6; },
              ".variant: expected num_qo_heads (32) to be a multiple of num_kv_heads (6)");
  expectError([](json &j) { attnKernel(j)["variant"]["layout"] = "nchw"; },
              ".variant.layout: unknown value 'nchw' (expected one of: nhd, hnd)");
  expectError([](json &j) { attnKernel(j)["variant"]["dtype"] = "fp8"; },
              ".variant.dtype: unknown value 'fp8' (expected one of: bf16, f16)");
  expectError([](json &j) { attnKernel(j)["variant"]["rope"] = "neox"; },
              ".variant.rope: unknown value 'neox'");
  expectError([](json &j) { attnKernel(j)["variant"]["logits_soft_cap"] = -1.0; },
              ".variant.logits_soft_cap: expected a finite value >= 0, got -1");
  expectError([](json &j) { attnKernel(j)["variant"]["headdim"] = 1; },
              ".variant: unknown field 'headdim'");
  expectError([](json &j) { mergeKernel(j)["variant"].erase("dtype"); },
              "kernels[1] ('merge_h128').variant: missing required field 'dtype'");
  expectError([](json &j) { attnKernel(j).erase("tile"); },
              "kernels[0] ('decode_h128'): missing required field 'tile'");
  expectError([](json &j) { attnKernel(j)["tile"]["threads"] = 256; },
              ".tile.threads: value 256 does not match the block volume 128");
  expectError([](json &j) { attnKernel(j)["tile"]["tile_kv"] = 0; },
              ".tile.tile_kv: value 0 is out of range");
  expectError([](json &j) { attnKernel(j)["tile"]["swizzle"] = "128B"; },
              ".tile.swizzle: expected an integer, got string");
  expectError([](json &j) { attnKernel(j)["tile"]["split_kv"] = 1; },
              ".tile.split_kv: expected a boolean, got integer");
  expectError([](json &j) { attnKernel(j)["variant"]["sm_scale"] = 0.0; },
              ".variant.sm_scale: expected a finite value > 0, got 0");
  expectError([](json &j) { attnKernel(j)["variant"]["alibi"] = "no"; },
              ".variant.alibi: expected a boolean, got string");
  expectError([](json &j) { attnKernel(j)["variant"]["kv_format"] = "dense"; },
              ".variant.kv_format: unknown value 'dense' (expected one of: paged, ragged)");
  expectError([](json &j) { attnKernel(j)["variant"]["mask"] = "alibi"; },
              ".variant.mask: unknown value 'alibi' (expected one of: none, causal, "
              "sliding_window, custom, block_sparse)");
  // The merge tile: heads_per_cta divides num_qo_heads, bdx * heads_per_cta = block volume.
  expectError([](json &j) { mergeKernel(j)["tile"]["heads_per_cta"] = 5; },
              "kernels[1] ('merge_h128').tile.heads_per_cta: expected a divisor of "
              "num_qo_heads (32), got 5");
  expectError([](json &j) { mergeKernel(j)["tile"]["heads_per_cta"] = 4; },
              "kernels[1] ('merge_h128').tile: bdx (16) * heads_per_cta (4) * slices (1) does "
              "not match the block volume 128");
  expectError([](json &j) { mergeKernel(j)["tile"]["slices"] = 2; },
              "kernels[1] ('merge_h128').tile: bdx (16) * heads_per_cta (8) * slices (2) does "
              "not match the block volume 128");
  expectError([](json &j) { mergeKernel(j)["tile"]["slices"] = 0; },
              "kernels[1] ('merge_h128').tile.slices: expected a positive value, got 0");
  // ...but its threads (the attention kernel's) need not equal its block volume.
  json j = test::validManifest();
  mergeKernel(j)["tile"]["heads_per_cta"] = 4;
  mergeKernel(j)["block"] = {64, 1, 1};
  BundleManifest m;
  Status st = parse(j, &m);
  EXPECT_TRUE(st.isOk()) << st.message();
}

TEST(Manifest, RejectsResourceErrors) {
  expectError([](json &j) { attnKernel(j)["resources"]["registers"] = -1; },
              ".resources.registers: value -1 is out of range");
  expectError([](json &j) { attnKernel(j)["resources"].erase("stack_frame"); },
              ".resources: missing required field 'stack_frame'");
  expectError([](json &j) { attnKernel(j)["resources"]["regs"] = 1; },
              ".resources: unknown field 'regs'");
}

TEST(Manifest, RejectsMergeKernelReferenceErrors) {
  expectError([](json &j) { attnKernel(j)["merge_kernel"] = "missing"; },
              "kernels[0].merge_kernel: no kernel named 'missing'");
  expectError([](json &j) { attnKernel(j)["merge_kernel"] = "decode_h128"; },
              "kernels[0].merge_kernel: kernel 'decode_h128' has role 'attention', expected "
              "'merge'");
  expectError([](json &j) { mergeKernel(j)["merge_kernel"] = "merge_h128"; },
              ".merge_kernel: only attention kernels name a merge kernel");
}

// Regression: numbers were checked for finiteness as double and then narrowed to float, so
// sm_scale 1e308 loaded as inf (and 1e-50 as 0) and create/plan/run went on with it.
TEST(Manifest, NumbersMustBeFiniteAsFloat) {
  expectError([](json &j) { attnKernel(j)["variant"]["sm_scale"] = 1e308; },
              "kernels[0] ('decode_h128').variant.sm_scale: value 1e+308 is inf as a 32-bit "
              "float (expected a finite value > 0)");
  expectError([](json &j) { attnKernel(j)["variant"]["sm_scale"] = 1e-50; },
              "variant.sm_scale: value 1e-50 is 0 as a 32-bit float (expected a finite value "
              "> 0)");
  expectError([](json &j) { attnKernel(j)["variant"]["logits_soft_cap"] = -1e300; },
              "variant.logits_soft_cap: expected a finite value >= 0, got -1e+300");
  expectError([](json &j) { attnKernel(j)["variant"]["logits_soft_cap"] = 3.5e38; },
              "variant.logits_soft_cap: value 3.5e+38 is inf as a 32-bit float");
  // The largest float is still accepted.
  json j = test::validManifest();
  attnKernel(j)["variant"]["logits_soft_cap"] = 3.4e38;
  BundleManifest m;
  Status st = parse(j, &m);
  EXPECT_TRUE(st.isOk()) << st.message();
}

// Regression: arch strings were taken as given.
TEST(Manifest, ArchIsValidated) {
  for (const char *good : {"sm_80", "sm_90a", "sm_100f", "sm_120"}) {
    json j = test::validManifest();
    j["arch"] = good;
    BundleManifest m;
    Status st = parse(j, &m);
    EXPECT_TRUE(st.isOk()) << good << ": " << st.message();
  }
  for (const char *bad : {"sm90", "sm_9", "sm_1000", "sm_90b", "compute_90", "sm_", "sm_09",
                          "sm_9x"})
    expectError([&](json &j) { j["arch"] = bad; },
                std::string("arch: expected sm_<major><minor> with an optional 'a' or 'f' "
                            "suffix (e.g. sm_80, sm_90a), got '") +
                    bad + "'");
  EXPECT_EQ(archSmVersion("sm_90a"), 90);
  EXPECT_EQ(archSmVersion("sm_100"), 100);
  EXPECT_EQ(archSmVersion("gfx90a"), -1);
}

// Regression: a kernel name with an embedded NUL was accepted (cuModuleGetFunction would look
// up a different name than the manifest, and messages would cut it short).
TEST(Manifest, StringsWithNulAreRejected) {
  expectError([](json &j) { attnKernel(j)["name"] = std::string("decode\0h128", 11); },
              "kernels[0].name: expected a string without NUL characters, got one at offset 6");
  expectError([](json &j) { attnKernel(j)["binary"] = std::string("decode.cubin\0x", 14); },
              ".binary: expected a string without NUL characters, got one at offset 12");
  expectError([](json &j) { j["arch"] = std::string("sm_90a\0", 7); },
              "arch: expected a string without NUL characters");
}

// Regression: tile.vec -1 was clamped to 1 by the op kernels, which disabled the merge
// kernel's alignment check and changed its grid.
TEST(Manifest, TileVecIsAPowerOfTwo) {
  for (int bad : {-1, 0, 3, 32})
    expectError([&](json &j) { attnKernel(j)["tile"]["vec"] = bad; },
                "kernels[0] ('decode_h128').tile.vec: expected a power of two in [1, 16], got " +
                    std::to_string(bad));
  json j = test::validManifest();
  attnKernel(j)["tile"]["vec"] = 4;
  BundleManifest m;
  EXPECT_TRUE(parse(j, &m).isOk());
}
