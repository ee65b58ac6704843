//===- OpKernelsTest.cpp - append_kv, rope and merge bundles, kernel selection, host-side
//                         argument checks and their C API without a GPU ------===//
#include "TestBundle.h"
#include "TestExpect.h"
#include "TestManifest.h"
#include "TestShape.h"

#include "attn-rt/AppendKV.h"
#include "attn-rt/Merge.h"
#include "attn-rt/Rope.h"
#include "attn-rt/attn_rt.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

using namespace attn::rt;
using nlohmann::json;
using test::systemHasDriver;
using test::expectParseError;
using test::manifestOf;
using test::parseJson;
using test::param;
using test::TempBundle;

namespace {

/// An append_kv kernel as attn-compile writes it (test/Target/CUDA/compile-ops.mlir).
json appendKernel(const std::string &name = "ops_append_kv", int pageSize = 16,
                  const char *layout = "nhd") {
  return test::opKernelEntry(
      name, "append_kv",
      {param("k"), param("v"), param("batch_indices"), param("positions"), param("k_cache"),
       param("v_cache"), param("kv_indptr"), param("kv_indices"), param("kv_last_page_len"),
       param("num_rows", "i32")},
      8,
      {{"num_kv_heads", 8}, {"head_dim", 128}, {"dtype", "bf16"}, {"kv_format", "paged"},
       {"page_size", pageSize}, {"layout", layout}});
}

/// A llama3 rope kernel over rotary_dim 64 of head_dim 128.
json ropeKernel(const std::string &name = "ops_rope") {
  return test::opKernelEntry(
      name, "rope",
      {param("q"), param("k"), param("pos_ids"), param("q_out"), param("k_out"),
       param("num_rows", "i32")},
      8,
      {{"num_qo_heads", 32}, {"num_kv_heads", 8}, {"head_dim", 128}, {"dtype", "f16"},
       {"rope", "llama3"}, {"rotary_dim", 64}, {"rope_interleave", false},
       {"rope_theta", 500000.0}, {"rope_scale", 1.0}, {"rope_factor", 8.0},
       {"rope_low_freq_factor", 1.0}, {"rope_high_freq_factor", 4.0},
       {"rope_original_max_position", 8192}});
}

AppendKVProblem appendProblem() {
  AppendKVProblem p;
  test::setLlama3KvPages(p);
  return p;
}

RopeProblem ropeProblem() {
  RopeProblem p;
  test::setLlama3Heads(p);
  p.rotary_dim = 64;
  p.kind = RopeKind::Llama3;
  p.theta = 500000.0f;
  p.dtype = DType::F16;
  return p;
}

AppendKVArgs appendArgs() {
  // k, v, batch_indices, positions, k_cache, v_cache, kv_indptr, kv_indices, kv_last_page_len
  // (not read), num_rows
  return {0x1000, 0x2000, 0x3000, 0x4000, 0x5000, 0x6000, 0x7000, 0x8000, 0, 17};
}

} // namespace

//===----------------------------------------------------------------------===//
// Manifest
//===----------------------------------------------------------------------===//

TEST(OpKernelsManifest, AcceptsAppendAndRopeKernels) {
  BundleManifest m;
  ASSERT_TRUE(parseJson(manifestOf({appendKernel(), ropeKernel()}), &m).isOk());
  const KernelEntry &a = m.kernels[0];
  EXPECT_EQ(a.role, KernelRole::Kernel);
  EXPECT_EQ(a.family, "append_kv");
  EXPECT_EQ(a.variant.num_qo_heads, 0);
  EXPECT_EQ(a.variant.num_kv_heads, 8);
  EXPECT_EQ(a.variant.page_size, 16);
  EXPECT_EQ(a.params.back().kind, attn::rt::abi::ParamKind::I32);
  EXPECT_EQ(a.tile.get("vec", 0), 8);
  const KernelVariant &r = m.kernels[1].variant;
  EXPECT_EQ(r.rope, RopeKind::Llama3);
  EXPECT_EQ(r.rotary_dim, 64);
  EXPECT_FALSE(r.rope_interleave);
  EXPECT_FLOAT_EQ(r.rope_theta, 500000.0f);
  EXPECT_FLOAT_EQ(r.rope_high_freq_factor, 4.0f);
  EXPECT_EQ(r.rope_original_max_position, 8192);
  EXPECT_EQ(r.dtype, DType::F16);
}

TEST(OpKernelsManifest, ChecksTheFamilyAbiAndVariant) {
  expectParseError(appendKernel(), [](json &k) { k["params"].erase(9); },
              "missing required parameter 'num_rows' of the append_kv kernel kernel ABI");
  expectParseError(appendKernel(), [](json &k) { k["params"][9]["kind"] = "ptr"; },
              "parameter 'num_rows' has kind 'ptr', expected 'i32'");
  expectParseError(appendKernel(), [](json &k) { k["params"].push_back(param("o")); },
              "parameter 'o' is not part of the append_kv kernel kernel ABI");
  expectParseError(appendKernel(), [](json &k) { k["variant"].erase("page_size"); },
              "variant: missing required field 'page_size'");
  expectParseError(appendKernel(), [](json &k) { k["variant"]["kv_format"] = "ragged"; },
              "variant.kv_format: expected 'paged' for an append_kv kernel, got 'ragged'");
  expectParseError(appendKernel(), [](json &k) { k["tile"]["threads"] = 128; },
              "tile.threads: value 128 does not match the block volume 256");
  // Roles outside a family's tables (the variants made complete for the role).
  expectParseError(appendKernel(),
              [](json &k) {
                k["family"] = "decode";
                k["variant"]["num_qo_heads"] = 8;
              },
              "the decode family has no kernels of role 'kernel'");
  expectParseError(appendKernel(),
              [](json &k) {
                k["role"] = "attention";
                k["variant"]["num_qo_heads"] = 8;
                k["variant"]["kv_dtype"] = "bf16";
                k["tile"]["tile_kv"] = 16;
              },
              "the append_kv family has no kernels of role 'attention'");
  expectParseError(ropeKernel(), [](json &k) { k["variant"].erase("rotary_dim"); },
              "variant: missing required field 'rotary_dim'");
  expectParseError(ropeKernel(), [](json &k) { k["variant"]["rotary_dim"] = 63; },
              "variant.rotary_dim: expected an even value, got 63");
  expectParseError(ropeKernel(), [](json &k) { k["variant"]["rotary_dim"] = 256; },
              "variant.rotary_dim: value 256 is out of range [2, 128]");
  expectParseError(ropeKernel(), [](json &k) { k["variant"]["rope"] = "none"; },
              "variant.rope: expected 'llama' or 'llama3' for a rope kernel");
  expectParseError(ropeKernel(), [](json &k) { k["variant"]["rope_theta"] = 0; },
              "variant.rope_theta: expected a finite value > 0, got 0");
  expectParseError(ropeKernel(), [](json &k) { k["variant"].erase("num_qo_heads"); },
              "variant: missing required field 'num_qo_heads'");
  expectParseError(ropeKernel(), [](json &k) { k["variant"]["rope_interlave"] = true; },
              "unknown field 'rope_interlave'");
  expectParseError(ropeKernel(), [](json &k) { k["params"].erase(3); },
              "missing required parameter 'q_out' of the rope kernel kernel ABI");
}

//===----------------------------------------------------------------------===//
// Kernel selection and host-side checks
//===----------------------------------------------------------------------===//

TEST(OpKernelsSelect, PicksTheMatchingVariant) {
  BundleManifest m;
  ASSERT_TRUE(parseJson(manifestOf({ropeKernel(), appendKernel("a16", 16, "nhd"),
                              appendKernel("a1", 1, "hnd")}),
                    &m)
                  .isOk());
  int index = -1;
  AppendKVProblem p = appendProblem();
  ASSERT_TRUE(AppendPagedKV::selectKernel(m, p, "", &index).isOk());
  EXPECT_EQ(index, 1);
  p.page_size = 1;
  p.layout = KvLayout::HND;
  ASSERT_TRUE(AppendPagedKV::selectKernel(m, p, "", &index).isOk());
  EXPECT_EQ(index, 2);
  p.layout = KvLayout::NHD;
  Status st = AppendPagedKV::selectKernel(m, p, "", &index);
  test::expectError(
      st, StatusCode::NotFound,
      "no append_kv kernel matches num_kv_heads=8 head_dim=128 page_size=1 layout=nhd "
      "dtype=bf16 (kernel 'a16' has page_size 16, the call has 1; kernel 'a1' has "
      "layout hnd, the call has nhd)");
  st = AppendPagedKV::selectKernel(m, appendProblem(), "ops_rope", &index);
  test::expectError(
      st, StatusCode::Mismatch,
      "kernel 'ops_rope' is of family rope (role kernel), not a standalone append_kv kernel");
  st = AppendPagedKV::selectKernel(m, appendProblem(), "nope", &index);
  EXPECT_EQ(st.message(), "bundle has no kernel named 'nope'");

  RopeProblem r = ropeProblem();
  ASSERT_TRUE(ApplyRope::selectKernel(m, r, "", &index).isOk());
  EXPECT_EQ(index, 0);
  r.theta = 10000.0f;
  st = ApplyRope::selectKernel(m, r, "", &index);
  EXPECT_EQ(st.code(), StatusCode::NotFound);
  EXPECT_NE(st.message().find("kernel 'ops_rope' has rope_theta 500000, the call has 10000"),
            std::string::npos)
      << st.message();
  BundleManifest onlyAppend;
  ASSERT_TRUE(parseJson(manifestOf({appendKernel()}), &onlyAppend).isOk());
  st = ApplyRope::selectKernel(onlyAppend, ropeProblem(), "", &index);
  EXPECT_EQ(st.code(), StatusCode::NotFound);
  EXPECT_NE(st.message().find("no rope kernel matches num_qo_heads=32"), std::string::npos)
      << st.message();
  EXPECT_NE(st.message().find("(bundle has none)"), std::string::npos) << st.message();
}

TEST(OpKernelsSelect, RopeMismatchesNameTheField) {
  BundleManifest m;
  ASSERT_TRUE(parseJson(manifestOf({ropeKernel()}), &m).isOk());
  const KernelEntry &k = m.kernels[0];
  auto expectMismatch = [&](void (*edit)(RopeProblem &), const std::string &msg) {
    RopeProblem p = ropeProblem();
    edit(p);
    Status st = ApplyRope::checkVariant(k, p);
    EXPECT_EQ(st.message(), msg);
  };
  expectMismatch([](RopeProblem &p) { p.num_qo_heads = 16; },
                 "kernel 'ops_rope' has num_qo_heads 32, the call has 16");
  expectMismatch([](RopeProblem &p) { p.rotary_dim = 0; },
                 "kernel 'ops_rope' has rotary_dim 64, the call has 128");
  expectMismatch([](RopeProblem &p) { p.interleave = true; },
                 "kernel 'ops_rope' has rope_interleave false, the call has true");
  expectMismatch([](RopeProblem &p) { p.kind = RopeKind::Llama; },
                 "kernel 'ops_rope' has rope llama3, the call has llama");
  expectMismatch([](RopeProblem &p) { p.factor = 32.0f; },
                 "kernel 'ops_rope' has rope_factor 8, the call has 32");
  expectMismatch([](RopeProblem &p) { p.dtype = DType::BF16; },
                 "kernel 'ops_rope' has dtype f16, the call has bf16");
  expectMismatch([](RopeProblem &p) { p.head_dim = -128; },
                 "head_dim (-128) must be positive");
  expectMismatch([](RopeProblem &p) { p.rotary_dim = 65; },
                 "rotary_dim (65) must be even and at most head_dim (128)");
  expectMismatch([](RopeProblem &p) { p.rotary_dim = 256; },
                 "rotary_dim (256) must be even and at most head_dim (128)");
  expectMismatch([](RopeProblem &p) { p.kind = RopeKind::None; },
                 "rope kind must be llama or llama3, got none");
  expectMismatch([](RopeProblem &p) { p.theta = -1.0f; },
                 "theta (-1) and scale (1) must be positive and finite");
  // Floating-point parameters match within a relative 1e-6 (a JSON round trip is exact).
  RopeProblem p = ropeProblem();
  p.theta = 500000.01f;
  EXPECT_TRUE(ApplyRope::checkVariant(k, p).isOk());
}

TEST(OpKernelsArgs, HostChecks) {
  BundleManifest m;
  ASSERT_TRUE(parseJson(manifestOf({appendKernel(), ropeKernel()}), &m).isOk());
  const KernelEntry &ak = m.kernels[0], &rk = m.kernels[1];
  EXPECT_TRUE(AppendPagedKV::checkArgs(ak, appendArgs()).isOk());
  AppendKVArgs a = appendArgs();
  a.num_rows = -1;
  EXPECT_EQ(AppendPagedKV::checkArgs(ak, a).message(), "num_rows (-1) must be non-negative");
  a = appendArgs();
  a.v_cache = 0;
  EXPECT_EQ(AppendPagedKV::checkArgs(ak, a).message(), "v_cache is null");
  a = appendArgs();
  a.positions = 0;
  EXPECT_EQ(AppendPagedKV::checkArgs(ak, a).message(), "positions is null");
  a = appendArgs();
  a.k = 0x1008;
  EXPECT_EQ(AppendPagedKV::checkArgs(ak, a).message(),
            "k (0x1008) is not 16-byte aligned (kernel 'ops_append_kv' moves 8 elements per "
            "access)");
  a = appendArgs();
  a.kv_indices = 0x8002;
  EXPECT_EQ(AppendPagedKV::checkArgs(ak, a).message(), "kv_indices (0x8002) is not 4-byte aligned");
  a = appendArgs();
  a.num_rows = 0; // nothing to do, still checked
  a.kv_last_page_len = 0; // never read
  EXPECT_TRUE(AppendPagedKV::checkArgs(ak, a).isOk());

  RopeArgs r{0x1000, 0x2000, 0x3000, 0x1000, 0x2000, 5}; // in place
  EXPECT_TRUE(ApplyRope::checkArgs(rk, r).isOk());
  r.pos_ids = 0;
  EXPECT_EQ(ApplyRope::checkArgs(rk, r).message(), "pos_ids is null");
  r.pos_ids = 0x3000;
  r.q_out = 0;
  EXPECT_EQ(ApplyRope::checkArgs(rk, r).message(), "q_out is null");
  r.q_out = 0x1000;
  r.num_rows = -5;
  EXPECT_EQ(ApplyRope::checkArgs(rk, r).message(), "num_rows (-5) must be non-negative");
}

TEST(OpKernelsArgs, GridSizes) {
  BundleManifest m;
  ASSERT_TRUE(parseJson(manifestOf({appendKernel(), ropeKernel()}), &m).isOk());
  const KernelEntry &ak = m.kernels[0], &rk = m.kernels[1];
  // append: 8 heads * 128 / 8 = 128 units per row, 256 threads per CTA.
  EXPECT_EQ(AppendPagedKV::gridSize(ak, 0, 1000), 0u);
  EXPECT_EQ(AppendPagedKV::gridSize(ak, 1, 1000), 1u);
  EXPECT_EQ(AppendPagedKV::gridSize(ak, 17, 1000), 9u);
  EXPECT_EQ(AppendPagedKV::gridSize(ak, 577, 1000), 289u);
  EXPECT_EQ(AppendPagedKV::gridSize(ak, 1 << 30, 4224), 4224u); // capped; the kernel strides
  // rope: 40 heads * (64 / 2 / 8 rotated pairs + 64 / 8 copied vectors) = 480 units per row.
  EXPECT_EQ(ApplyRope::gridSize(rk, 1, 1000), 2u);
  EXPECT_EQ(ApplyRope::gridSize(rk, 577, 1000), 1000u);
}

TEST(OpKernelsCreate, HostChecksComeBeforeTheDriver) {
  TempBundle tb(manifestOf({appendKernel(), ropeKernel()}).dump());
  std::unique_ptr<Bundle> b;
  ASSERT_TRUE(Bundle::open(tb.dir(), &b).isOk());
  std::unique_ptr<AppendPagedKV> a;
  AppendKVProblem p = appendProblem();
  p.head_dim = 64;
  Status st = AppendPagedKV::create(*b, p, {}, &a);
  EXPECT_EQ(st.code(), StatusCode::NotFound);
  p = appendProblem();
  p.num_kv_heads = 0;
  EXPECT_EQ(AppendPagedKV::create(*b, p, {}, &a).message(), "num_kv_heads (0) must be positive");
  std::unique_ptr<ApplyRope> r;
  EXPECT_EQ(ApplyRope::create(*b, ropeProblem(), {}, nullptr).message(), "out is null");
  if (systemHasDriver())
    return;
  EXPECT_EQ(AppendPagedKV::create(*b, appendProblem(), {}, &a).code(),
            StatusCode::DriverUnavailable);
  EXPECT_EQ(a, nullptr);
  EXPECT_EQ(ApplyRope::create(*b, ropeProblem(), {}, &r).code(), StatusCode::DriverUnavailable);
  EXPECT_EQ(r, nullptr);
}

//===----------------------------------------------------------------------===//
// C API
//===----------------------------------------------------------------------===//

TEST(OpKernelsCApi, ConfigDefaultsAndKernelInfo) {
  attn_rope_config_t c;
  attnRopeConfigInit(&c);
  EXPECT_EQ(c.kind, ATTN_ROPE_LLAMA);
  EXPECT_EQ(c.dtype, ATTN_DTYPE_BF16);
  EXPECT_FLOAT_EQ(c.theta, 1.0e4f);
  EXPECT_FLOAT_EQ(c.scale, 1.0f);
  EXPECT_FLOAT_EQ(c.factor, 8.0f);
  EXPECT_EQ(c.original_max_position, 8192);
  EXPECT_EQ(c.rotary_dim, 0);
  attn_append_kv_config_t a;
  attnAppendKVConfigInit(&a);
  EXPECT_EQ(a.layout, ATTN_LAYOUT_NHD);
  EXPECT_EQ(a.page_size, 0);
  attnAppendKVConfigInit(nullptr);
  attnRopeConfigInit(nullptr);

  TempBundle tb(manifestOf({appendKernel(), ropeKernel()}).dump());
  attn_bundle_t b = nullptr;
  ASSERT_EQ(attnBundleLoad(tb.dir().c_str(), &b), ATTN_SUCCESS) << attnGetLastError();
  attn_kernel_info_t info;
  ASSERT_NO_FATAL_FAILURE(test::expectOpKernelInfo(b, 1, "rope", &info));
  attnBundleFree(b);
}

TEST(OpKernelsCApi, ArgumentErrors) {
  TempBundle tb(manifestOf({appendKernel(), ropeKernel()}).dump());
  attn_bundle_t b = nullptr;
  ASSERT_EQ(attnBundleLoad(tb.dir().c_str(), &b), ATTN_SUCCESS) << attnGetLastError();

  attn_append_kv_config_t c;
  attnAppendKVConfigInit(&c);
  test::setLlama3KvPages(c);
  attn_append_kv_t a = nullptr;
  test::expectCreateRejectsNulls(attnAppendKVCreate, b, c);
  using AppendConfig = attn_append_kv_config_t;
  test::expectCreateRejects<AppendConfig>(
      attnAppendKVCreate, b, c,
      {{[](AppendConfig &c) { c.layout = 7; }, "layout (7) is not an attn_layout_t"},
       {[](AppendConfig &c) { c.dtype = -1; }, "dtype (-1) is not an attn_dtype_t"},
       {[](AppendConfig &c) { c.page_size = -16; }, "page_size (-16) must be positive"}});
  c.num_kv_heads = 4; // the bundle's kernel has 8
  test::expectCErrorContaining(attnAppendKVCreate(b, &c, &a), ATTN_ERROR_NOT_FOUND,
                               "has num_kv_heads 8, the call has 4");
  c.num_kv_heads = 8;
  test::expectDriverlessCreateAndNullRun(attnAppendKVCreate, attnAppendKVRun, attnAppendKVFree, b,
                                         c, "append");

  attn_rope_config_t rc;
  attnRopeConfigInit(&rc);
  test::setLlama3Heads(rc);
  rc.rotary_dim = 64;
  rc.kind = ATTN_ROPE_LLAMA3;
  rc.theta = 500000.0f;
  rc.dtype = ATTN_DTYPE_F16;
  attn_rope_t r = nullptr;
  test::expectCreateRejectsNulls(attnRopeCreate, b, rc);
  test::expectCreateRejects<attn_rope_config_t>(
      attnRopeCreate, b, rc,
      {{[](attn_rope_config_t &c) { c.kind = 0; }, "kind (0) is not an attn_rope_kind_t"},
       {[](attn_rope_config_t &c) { c.num_kv_heads = -8; }, "num_kv_heads (-8) must be positive"}});
  rc.interleave = 1;
  test::expectCErrorContaining(attnRopeCreate(b, &rc, &r), ATTN_ERROR_NOT_FOUND,
                               "has rope_interleave false, the call has true");
  rc.interleave = 0;
  rc.kernel_name = "ops_append_kv";
  EXPECT_EQ(attnRopeCreate(b, &rc, &r), ATTN_ERROR_MISMATCH);
  rc.kernel_name = nullptr;
  test::expectDriverlessCreateAndNullRun(attnRopeCreate, attnRopeRun, attnRopeFree, b, rc, "rope");
  attnBundleFree(b);
}

//===----------------------------------------------------------------------===//
// Merge kernels (family "merge")
//===----------------------------------------------------------------------===//

namespace {

/// A merge_state kernel (bf16 states and output, s_out written) or, with `dense`, a dense
/// merge_states kernel over f32 states into f16 (any number of states, no s_out).
json mergeKernel(const std::string &name = "ops_merge_state", bool dense = false) {
  json params = dense ? json{param("v"), param("s"), param("v_out"), param("num_states", "i32"),
                             param("num_rows", "i32")}
                      : json{param("v_a"), param("s_a"), param("v_b"), param("s_b"),
                             param("v_out"), param("s_out"), param("num_rows", "i32")};
  return test::opKernelEntry(name, "merge", params, dense ? 4 : 8,
                             {{"num_qo_heads", 32},
                              {"head_dim", 128},
                              {"dtype", dense ? "f16" : "bf16"},
                              {"state_dtype", dense ? "f32" : "bf16"},
                              {"merge", dense ? "states" : "state"},
                              {"return_lse", !dense}});
}

MergeProblem mergeProblem(bool dense = false) {
  MergeProblem p;
  p.form = dense ? MergeForm::States : MergeForm::State;
  p.num_heads = 32;
  p.head_dim = 128;
  p.dtype = dense ? DType::F16 : DType::BF16;
  p.state_dtype = dense ? DType::F32 : DType::BF16;
  p.write_lse = !dense;
  return p;
}

MergeArgs mergeArgs(bool dense = false) {
  // v_a, s_a, v_b, s_b, v, s, v_out, s_out, num_states, num_rows
  if (dense)
    return {0, 0, 0, 0, 0x1000, 0x2000, 0x5000, 0, 3, 17};
  return {0x1000, 0x2000, 0x3000, 0x4000, 0, 0, 0x5000, 0x6000, 0, 17};
}

} // namespace

TEST(MergeKernels, ManifestAcceptsBothForms) {
  BundleManifest m;
  Status parsed = parseJson(manifestOf({mergeKernel(), mergeKernel("dense", true)}), &m);
  ASSERT_TRUE(parsed.isOk()) << parsed.message();
  const KernelVariant &s = m.kernels[0].variant, &d = m.kernels[1].variant;
  EXPECT_EQ(s.merge, MergeForm::State);
  EXPECT_EQ(s.num_states, 2);
  EXPECT_EQ(s.state_dtype, DType::BF16);
  EXPECT_TRUE(s.return_lse);
  EXPECT_EQ(d.merge, MergeForm::States);
  EXPECT_EQ(d.num_states, 0);
  EXPECT_EQ(d.dtype, DType::F16);
  EXPECT_EQ(d.state_dtype, DType::F32);
  EXPECT_STREQ(dtypeName(DType::F32), "f32");
  EXPECT_STREQ(mergeFormName(MergeForm::States), "states");
}

TEST(MergeKernels, ManifestErrors) {
  expectParseError(mergeKernel(), [](json &k) { k["variant"].erase("state_dtype"); },
              "variant: missing required field 'state_dtype'");
  expectParseError(mergeKernel(), [](json &k) { k["variant"]["merge"] = "indexed"; },
              "variant.merge");
  expectParseError(mergeKernel(), [](json &k) { k["variant"]["num_states"] = 3; },
              "variant.num_states: expected 2 for merge 'state', got 3");
  expectParseError(mergeKernel(), [](json &k) { k["variant"]["state_dtype"] = "f64"; },
              "variant.state_dtype");
  expectParseError(mergeKernel(), [](json &k) { k["params"].push_back(param("q")); },
              "parameter 'q' is not part of the merge kernel kernel ABI");
  expectParseError(ropeKernel(), [](json &k) { k["variant"]["merge"] = "state"; },
              "variant.merge: is only allowed for merge kernels");
  // f32 is a merge kernel's type only.
  expectParseError(ropeKernel(), [](json &k) { k["variant"]["dtype"] = "f32"; }, "variant.dtype");
}

TEST(MergeKernels, SelectionAndMismatches) {
  BundleManifest m;
  ASSERT_TRUE(parseJson(manifestOf({ropeKernel(), mergeKernel(), mergeKernel("dense", true)}), &m)
                  .isOk());
  int index = -1;
  ASSERT_TRUE(MergeAttentionStates::selectKernel(m, mergeProblem(), "", &index).isOk());
  EXPECT_EQ(index, 1);
  ASSERT_TRUE(MergeAttentionStates::selectKernel(m, mergeProblem(true), "", &index).isOk());
  EXPECT_EQ(index, 2);
  MergeProblem p = mergeProblem(true);
  p.num_states = 5; // the kernel takes any count
  EXPECT_TRUE(MergeAttentionStates::selectKernel(m, p, "", &index).isOk());
  p = mergeProblem();
  p.state_dtype = DType::F32;
  Status st = MergeAttentionStates::selectKernel(m, p, "", &index);
  EXPECT_EQ(st.code(), StatusCode::NotFound);
  EXPECT_NE(st.message().find("kernel 'ops_merge_state' has state_dtype bf16, the call has f32"),
            std::string::npos)
      << st.message();
  EXPECT_NE(st.message().find("kernel 'dense' has merge states, the call has state"),
            std::string::npos)
      << st.message();
  p = mergeProblem();
  p.write_lse = false;
  EXPECT_EQ(MergeAttentionStates::checkVariant(m.kernels[1], p).message(),
            "kernel 'ops_merge_state' has return_lse true, the call has false");
  p = mergeProblem();
  p.num_heads = 0;
  EXPECT_EQ(MergeAttentionStates::selectKernel(m, p, "", &index).message(),
            "num_heads (0) must be positive");
  p = mergeProblem();
  p.form = MergeForm::None;
  EXPECT_EQ(MergeAttentionStates::selectKernel(m, p, "", &index).message(),
            "merge form must be state or states, got none");
  EXPECT_EQ(MergeAttentionStates::selectKernel(m, mergeProblem(), "ops_rope", &index).code(),
            StatusCode::Mismatch);
  // A kernel whose parameters do not fit its form or its return_lse.
  json bad = mergeKernel("bad");
  bad["params"].erase(5); // s_out
  ASSERT_TRUE(parseJson(manifestOf({bad}), &m).isOk());
  EXPECT_EQ(MergeAttentionStates::checkVariant(m.kernels[0], mergeProblem()).message(),
            "kernel 'bad' has return_lse true but no parameter 's_out'");
  bad = mergeKernel("bad");
  bad["params"].erase(2); // v_b
  ASSERT_TRUE(parseJson(manifestOf({bad}), &m).isOk());
  EXPECT_EQ(MergeAttentionStates::checkVariant(m.kernels[0], mergeProblem()).message(),
            "kernel 'bad' (merge state) has no parameter 'v_b'");
}

// Regression: the parameter names each form needs were read from the backing array of an
// initializer_list temporary after it died (stack-use-after-scope on every accepted merge
// kernel; AddressSanitizer reports it, and a GCC 12 build crashed at the first merge).
// Both forms are accepted and a missing name of either form is reported intact.
TEST(MergeKernels, NeededParameterNamesOutliveTheirDeclaration) {
  BundleManifest m;
  ASSERT_TRUE(parseJson(manifestOf({mergeKernel(), mergeKernel("dense", true)}), &m).isOk());
  for (int i = 0; i < 3; ++i) {
    Status st = MergeAttentionStates::checkVariant(m.kernels[0], mergeProblem());
    EXPECT_TRUE(st.isOk()) << st.message();
    st = MergeAttentionStates::checkVariant(m.kernels[1], mergeProblem(true));
    EXPECT_TRUE(st.isOk()) << st.message();
  }
  json dense = mergeKernel("dense", true);
  dense["params"].erase(3); // num_states
  ASSERT_TRUE(parseJson(manifestOf({dense}), &m).isOk());
  EXPECT_EQ(MergeAttentionStates::checkVariant(m.kernels[0], mergeProblem(true)).message(),
            "kernel 'dense' (merge states) has no parameter 'num_states'");
}

TEST(MergeKernels, HostChecks) {
  BundleManifest m;
  json fixed = mergeKernel("fixed", true);
  fixed["variant"]["num_states"] = 3;
  ASSERT_TRUE(parseJson(manifestOf({mergeKernel(), mergeKernel("dense", true), fixed}), &m).isOk());
  const KernelEntry &sk = m.kernels[0], &dk = m.kernels[1], &fk = m.kernels[2];
  EXPECT_TRUE(MergeAttentionStates::checkArgs(sk, mergeArgs()).isOk());
  MergeArgs a = mergeArgs();
  a.v_out = a.v_a; // in place
  EXPECT_TRUE(MergeAttentionStates::checkArgs(sk, a).isOk());
  a = mergeArgs();
  a.s_out = a.s_b;
  EXPECT_EQ(MergeAttentionStates::checkArgs(sk, a).code(), StatusCode::InvalidArgument);
  EXPECT_NE(MergeAttentionStates::checkArgs(sk, a).message().find(
                "s_out (0x4000) must not alias an input s"),
            std::string::npos);
  a = mergeArgs();
  a.s_out = 0;
  EXPECT_EQ(MergeAttentionStates::checkArgs(sk, a).message(),
            "s_out is null (kernel 'ops_merge_state' writes s_out)");
  a = mergeArgs();
  a.v = 0x7000;
  EXPECT_EQ(MergeAttentionStates::checkArgs(sk, a).message(),
            "kernel 'ops_merge_state' merges two states (v_a, s_a, v_b, s_b), but v is given");
  a = mergeArgs();
  a.v_b = 0;
  EXPECT_EQ(MergeAttentionStates::checkArgs(sk, a).message(), "v_b is null");
  a = mergeArgs();
  a.v_a = 0x1008; // bf16, 8 per access: 16 bytes
  EXPECT_EQ(MergeAttentionStates::checkArgs(sk, a).message(),
            "v_a (0x1008) is not 16-byte aligned (kernel 'ops_merge_state' moves 8 elements per "
            "access)");
  a = mergeArgs();
  a.s_a = 0x2002;
  EXPECT_EQ(MergeAttentionStates::checkArgs(sk, a).message(), "s_a (0x2002) is not 4-byte aligned");
  a = mergeArgs();
  a.num_rows = -1;
  EXPECT_EQ(MergeAttentionStates::checkArgs(sk, a).message(), "num_rows (-1) must be non-negative");
  a = mergeArgs();
  a.num_states = 3;
  EXPECT_EQ(MergeAttentionStates::checkArgs(sk, a).message(),
            "num_states (3) must be 0 or 2 for kernel 'ops_merge_state' (merge_state)");

  // Dense: f32 states (4 per access, 16 bytes), f16 output (8 bytes), no s_out.
  MergeArgs d = mergeArgs(true);
  EXPECT_TRUE(MergeAttentionStates::checkArgs(dk, d).isOk());
  d.v_out = 0x5008;
  EXPECT_TRUE(MergeAttentionStates::checkArgs(dk, d).isOk());
  d.v_out = 0x5004;
  EXPECT_EQ(MergeAttentionStates::checkArgs(dk, d).message(),
            "v_out (0x5004) is not 8-byte aligned (kernel 'dense' moves 4 elements per access)");
  d = mergeArgs(true);
  d.v = 0x1008;
  EXPECT_EQ(MergeAttentionStates::checkArgs(dk, d).message(),
            "v (0x1008) is not 16-byte aligned (kernel 'dense' moves 4 elements per access)");
  d = mergeArgs(true);
  d.s_out = 0x6000;
  EXPECT_EQ(MergeAttentionStates::checkArgs(dk, d).code(), StatusCode::Mismatch);
  EXPECT_EQ(MergeAttentionStates::checkArgs(dk, d).message(),
            "kernel 'dense' does not write s_out, but s_out is given");
  d = mergeArgs(true);
  d.num_states = -2;
  EXPECT_EQ(MergeAttentionStates::checkArgs(dk, d).message(),
            "num_states (-2) must be non-negative");
  d = mergeArgs(true);
  d.num_states = 0; // no states: every row gets v = 0 (and s = -inf)
  EXPECT_TRUE(MergeAttentionStates::checkArgs(dk, d).isOk());
  d = mergeArgs(true);
  EXPECT_TRUE(MergeAttentionStates::checkArgs(fk, d).isOk());
  d.num_states = 4;
  EXPECT_EQ(MergeAttentionStates::checkArgs(fk, d).message(),
            "kernel 'fixed' has num_states 3, the call has 4");
}

TEST(MergeKernels, GridSizesAndCreate) {
  BundleManifest m;
  ASSERT_TRUE(parseJson(manifestOf({mergeKernel(), mergeKernel("dense", true)}), &m).isOk());
  // 32 heads * 128 / 8 = 512 units per row (2 CTAs); dense: / 4 = 1024 units (4 CTAs).
  EXPECT_EQ(MergeAttentionStates::gridSize(m.kernels[0], 0, 1000), 0u);
  EXPECT_EQ(MergeAttentionStates::gridSize(m.kernels[0], 1, 1000), 2u);
  EXPECT_EQ(MergeAttentionStates::gridSize(m.kernels[0], 17, 1000), 34u);
  EXPECT_EQ(MergeAttentionStates::gridSize(m.kernels[1], 17, 1000), 68u);
  EXPECT_EQ(MergeAttentionStates::gridSize(m.kernels[1], 577, 1000), 1000u);

  TempBundle tb(manifestOf({mergeKernel(), mergeKernel("dense", true)}).dump());
  std::unique_ptr<Bundle> b;
  ASSERT_TRUE(Bundle::open(tb.dir(), &b).isOk());
  std::unique_ptr<MergeAttentionStates> merge;
  EXPECT_EQ(MergeAttentionStates::create(*b, mergeProblem(), {}, nullptr).message(),
            "out is null");
  MergeProblem p = mergeProblem();
  p.head_dim = 64;
  EXPECT_EQ(MergeAttentionStates::create(*b, p, {}, &merge).code(), StatusCode::NotFound);
  if (systemHasDriver())
    return;
  EXPECT_EQ(MergeAttentionStates::create(*b, mergeProblem(true), {}, &merge).code(),
            StatusCode::DriverUnavailable);
  EXPECT_EQ(merge, nullptr);
}

TEST(MergeKernels, CApi) {
  attn_merge_config_t c;
  attnMergeConfigInit(&c);
  EXPECT_EQ(c.form, ATTN_MERGE_STATE);
  EXPECT_EQ(c.dtype, ATTN_DTYPE_BF16);
  EXPECT_EQ(c.state_dtype, ATTN_DTYPE_BF16);
  EXPECT_EQ(c.write_lse, 1);
  EXPECT_EQ(c.num_heads, 0);
  attnMergeConfigInit(nullptr);

  TempBundle tb(manifestOf({appendKernel(), mergeKernel("dense", true)}).dump());
  attn_bundle_t b = nullptr;
  ASSERT_EQ(attnBundleLoad(tb.dir().c_str(), &b), ATTN_SUCCESS) << attnGetLastError();
  attn_kernel_info_t info;
  ASSERT_NO_FATAL_FAILURE(test::expectOpKernelInfo(b, 1, "merge", &info));
  EXPECT_EQ(info.dtype, ATTN_DTYPE_F16);

  c.form = ATTN_MERGE_STATES;
  c.num_heads = 32;
  c.head_dim = 128;
  c.dtype = ATTN_DTYPE_F16;
  c.state_dtype = ATTN_DTYPE_F32;
  c.write_lse = 0;
  attn_merge_t merge = nullptr;
  test::expectCreateRejectsNulls(attnMergeCreate, b, c);
  test::expectCreateRejects<attn_merge_config_t>(
      attnMergeCreate, b, c,
      {{[](attn_merge_config_t &c) { c.form = 0; }, "form (0) is not an attn_merge_form_t"},
       {[](attn_merge_config_t &c) { c.state_dtype = 3; },
        "state_dtype (3) is not an attn_dtype_t"}});
  c.write_lse = 1;
  test::expectCErrorContaining(attnMergeCreate(b, &c, &merge), ATTN_ERROR_NOT_FOUND,
                               "has return_lse false, the call has true");
  c.write_lse = 0;
  test::expectDriverlessCreateAndNullRun(attnMergeCreate, attnMergeRun, attnMergeFree, b, c,
                                         "merge");

  // f32 belongs to the merge family only.
  attn_append_kv_config_t ac;
  attnAppendKVConfigInit(&ac);
  test::setLlama3KvPages(ac);
  ac.dtype = ATTN_DTYPE_F32;
  attn_append_kv_t append = nullptr;
  test::expectCError(attnAppendKVCreate(b, &ac, &append), ATTN_ERROR_INVALID_ARGUMENT,
                     "dtype (2) is not an attn_dtype_t this kernel family takes (bf16 or f16)");
  attnBundleFree(b);
}
