//===- CascadeTest.cpp - multi-level attention: validation, plan, run without a GPU -===//
//
// The host checks of the cascade (options, level kernels, plan inputs, scratch layout) and
// create / plan / run through the C API over the fake driver (ATTN_RT_CUDA_LIBRARY set
// before main, as in FakeDriverTest.cpp): which kernels each level launches, the merges, the
// error statuses and that nothing leaks.
//
//===----------------------------------------------------------------------===//
#include "FakeCuda/FakeBundle.h"
#include "FakeCuda/FakeCuda.h"
#include "TestBundle.h"
#include "TestShape.h"

#include "attn-rt/Cascade.h"
#include "attn-rt/Driver.h"
#include "attn-rt/attn_rt.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <vector>

namespace {

const bool kUsesFakeDriver = [] {
  setenv(attn::rt::kDriverLibraryEnvVar, ATTN_FAKE_CUDA_PATH, /*overwrite=*/1);
  return true;
}();

using namespace attn::rt;
using attn::rt::test::TempBundle;
using nlohmann::json;

uint64_t addr(int i) { return 0x100000ull * uint64_t(i + 1); }

/// The fake bundle plus "prefill_flat": the paged prefill kernel without a mask (levels before
/// the last must not be causal), paired with the same merge kernel.
json cascadeManifest() {
  json m = test::allFamiliesManifest();
  json flat;
  for (const auto &k : m["kernels"])
    if (k["name"] == "prefill_attention")
      flat = k;
  flat["name"] = "prefill_flat";
  flat["variant"]["mask"] = "none";
  flat["merge_kernel"] = "prefill_merge";
  m["kernels"].push_back(flat);
  return m;
}

KernelEntry kernelNamed(const BundleManifest &m, const std::string &name) {
  return m.kernels[size_t(m.findKernel(name))];
}

//===----------------------------------------------------------------------===//
// Host checks
//===----------------------------------------------------------------------===//

TEST(CascadeScratch, LayoutIsAlignedAndSized) {
  CascadeScratchLayout l;
  ASSERT_TRUE(computeCascadeScratchLayout(3, 32, 128, DType::BF16, &l).isOk());
  EXPECT_EQ(l.tmp_o_byte, 0u);
  EXPECT_EQ(l.tmp_lse_byte, 3u * 32 * 128 * 2);   // 24576, already 256-aligned
  EXPECT_EQ(l.lse_byte[0], l.tmp_lse_byte + 512); // 384 bytes of lse rounded up
  EXPECT_EQ(l.lse_byte[1], l.lse_byte[0] + 512);
  EXPECT_EQ(l.bytes, l.lse_byte[1] + 512);
  Status st = computeCascadeScratchLayout(0, 32, 128, DType::BF16, &l);
  EXPECT_EQ(st.code(), StatusCode::InvalidArgument);
  EXPECT_EQ(st.message(), "max_qo_tokens (0) is out of range [1, 16777216]");
}

CascadeOptions twoLevelOptions(Bundle *b) {
  CascadeOptions o;
  o.levels.resize(2);
  o.levels[0].bundle = o.levels[1].bundle = b;
  o.levels[0].max_batch = 1;
  o.levels[1].max_batch = 4;
  o.levels[1].kind = CascadeLevelKind::Decode;
  o.merge_bundle = b;
  o.max_qo_tokens = 4;
  return o;
}

TEST(CascadeOptions, RejectsBadLevelsAndCapacities) {
  Bundle *fakeBundle = reinterpret_cast<Bundle *>(uintptr_t(64)); // never dereferenced
  CascadeOptions o = twoLevelOptions(fakeBundle);
  EXPECT_TRUE(checkCascadeOptions(o).isOk());
  auto message = [](const CascadeOptions &x) { return checkCascadeOptions(x).message(); };
  CascadeOptions none = o;
  none.levels.clear();
  EXPECT_EQ(message(none), "num_levels (0) is out of range [1, 8]");
  CascadeOptions nine = o;
  nine.levels.resize(9, o.levels[0]);
  EXPECT_EQ(message(nine), "num_levels (9) is out of range [1, 8]");
  CascadeOptions noBundle = o;
  noBundle.levels[1].bundle = nullptr;
  EXPECT_EQ(message(noBundle), "level 1: bundle is null");
  CascadeOptions noMerge = o;
  noMerge.merge_bundle = nullptr;
  EXPECT_EQ(message(noMerge), "merge_bundle is null but 2 levels need a merge_state kernel");
  noMerge.levels.resize(1); // one level merges nothing
  EXPECT_TRUE(checkCascadeOptions(noMerge).isOk());
  CascadeOptions wide = o;
  wide.levels[1].max_batch = 5;
  EXPECT_EQ(message(wide), "level 1: a decode level has one query per entry, so max_batch (5) "
                           "cannot exceed max_qo_tokens (4)");
  CascadeOptions zero = o;
  zero.levels[0].max_batch = 0;
  EXPECT_EQ(message(zero), "level 0: max_batch (0) is out of range [1, 16777216]");
  CascadeOptions kind = o;
  kind.levels[0].kind = CascadeLevelKind(7);
  EXPECT_EQ(message(kind), "level 0: kind (7) is neither prefill (0) nor decode (1)");
  CascadeOptions tokens = o;
  tokens.max_qo_tokens = 0;
  EXPECT_EQ(message(tokens), "max_qo_tokens (0) is out of range [1, 16777216]");
}

TEST(CascadePlanInput, LevelsMustPartitionTheSameQueries) {
  Bundle *fakeBundle = reinterpret_cast<Bundle *>(uintptr_t(64));
  CascadeOptions o = twoLevelOptions(fakeBundle);
  const int32_t qo0[] = {0, 3}, kv0[] = {0, 5}, last0[] = {7};
  const int32_t qo1[] = {0, 1, 2, 3}, kv1[] = {0, 1, 1, 3}, last1[] = {4, 0, 16};
  CascadeLevelInput in[2] = {{1, qo0, kv0, last0}, {3, qo1, kv1, last1}};
  int32_t rows = -1;
  ASSERT_TRUE(checkCascadePlanInput(o, 2, in, &rows).isOk());
  EXPECT_EQ(rows, 3);
  auto check = [&](CascadeLevelInput *levels, int32_t n = 2) {
    return checkCascadePlanInput(o, n, levels, &rows);
  };
  EXPECT_EQ(check(in, 1).message(),
            "num_levels (1) differs from the 2 levels the cascade was created with");

  const int32_t qoShort[] = {0, 2};
  CascadeLevelInput mismatch[2] = {{1, qoShort, kv0, last0}, in[1]};
  Status st = check(mismatch);
  EXPECT_EQ(st.code(), StatusCode::InvalidArgument);
  EXPECT_EQ(st.message(), "level 1 covers 3 query tokens but level 0 covers 2: every level "
                          "must partition the same queries");

  const int32_t qoTwo[] = {0, 2, 3};
  CascadeLevelInput twoQueries[2] = {in[0], {2, qoTwo, kv1, last1}};
  EXPECT_EQ(check(twoQueries).message(),
            "level 1: a decode level takes one query per entry, but entry 0 has qo_indptr "
            "[0, 2)");

  const int32_t qoDown[] = {0, 2, 1, 3};
  o.levels[1].kind = CascadeLevelKind::Prefill;
  CascadeLevelInput down[2] = {in[0], {3, qoDown, kv1, last1}};
  EXPECT_EQ(check(down).message(), "level 1: qo_indptr decreases at entry 1 (2 -> 1)");
  const int32_t qoStart[] = {1, 3};
  CascadeLevelInput start[2] = {{1, qoStart, kv0, last0}, in[1]};
  EXPECT_EQ(check(start).message(), "level 0: qo_indptr[0] (1) is not 0");

  CascadeLevelInput big[2] = {in[0], {5, qo1, kv1, last1}};
  EXPECT_EQ(check(big).message(), "level 1: batch_size (5) is out of range [0, max_batch 4]");
  CascadeLevelInput nullQo[2] = {in[0], {3, nullptr, kv1, last1}};
  EXPECT_EQ(check(nullQo).message(), "level 1: qo_indptr is null");

  const int32_t qoMany[] = {0, 5};
  CascadeLevelInput many[2] = {{1, qoMany, kv0, last0}, in[1]};
  st = check(many);
  EXPECT_EQ(st.code(), StatusCode::CapacityExceeded);
  EXPECT_EQ(st.message(), "level 0: 5 query tokens exceed max_qo_tokens (4)");
}

TEST(CascadeLevelKernel, MasksPositionsAndLse) {
  BundleManifest m;
  ASSERT_TRUE(parseManifest(cascadeManifest().dump(), "test", &m).isOk());
  const KernelEntry causal = kernelNamed(m, "prefill_attention");
  const KernelEntry flat = kernelNamed(m, "prefill_flat");
  const KernelEntry decode = kernelNamed(m, "decode_h128"); // mask causal in the fake variant
  EXPECT_TRUE(checkCascadeLevelKernel(flat, 0, 2).isOk());
  EXPECT_TRUE(checkCascadeLevelKernel(causal, 1, 2).isOk());
  EXPECT_TRUE(checkCascadeLevelKernel(decode, 0, 3).isOk());
  Status st = checkCascadeLevelKernel(causal, 0, 2);
  EXPECT_EQ(st.code(), StatusCode::Mismatch);
  EXPECT_EQ(st.message(), "kernel 'prefill_attention' has mask causal; cascade level 0 of 2 "
                          "needs mask none (a shared prefix is visible to all its queries)");
  KernelEntry window = flat;
  window.variant.window_left = 255;
  EXPECT_EQ(checkCascadeLevelKernel(window, 1, 2).message(),
            "kernel 'prefill_flat' has a sliding window (window_left 255), which a cascade "
            "level cannot apply (a level's keys start at 0)");
  KernelEntry rope = flat;
  rope.variant.rope = RopeKind::Llama;
  EXPECT_EQ(checkCascadeLevelKernel(rope, 1, 2).message(),
            "kernel 'prefill_flat' applies RoPE, whose positions a cascade level does not know "
            "(a level's keys start at 0)");
  KernelEntry noLse = flat;
  noLse.params.erase(noLse.params.begin() + noLse.findParam("lse"));
  EXPECT_EQ(checkCascadeLevelKernel(noLse, 0, 1).message(),
            "kernel 'prefill_flat' does not write lse, which cascade level 0 needs for the "
            "merge");

  EXPECT_TRUE(checkCascadeKernelsAgree(flat, 0, decode, 1).isOk());
  KernelEntry scaled = decode;
  scaled.variant.sm_scale = 0.0625f;
  st = checkCascadeKernelsAgree(flat, 0, scaled, 1);
  EXPECT_EQ(st.code(), StatusCode::Mismatch);
  EXPECT_NE(st.message().find("level 1 kernel 'decode_h128' 0.0625"), std::string::npos)
      << st.message();
  KernelEntry capped = decode;
  capped.variant.logits_soft_cap = 30.0f;
  EXPECT_NE(checkCascadeKernelsAgree(flat, 0, capped, 2).message().find("logits_soft_cap"),
            std::string::npos);
}

//===----------------------------------------------------------------------===//
// create / plan / run over the fake driver (C API)
//===----------------------------------------------------------------------===//

class CascadeFake : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_TRUE(kUsesFakeDriver);
    Status st = ensureDriverLoaded();
    ASSERT_TRUE(st.isOk()) << st.message();
    attnFakeCudaReset();
    baseline_ = attnFakeCudaLiveObjects();
    ASSERT_EQ(attnBundleLoad(bundle_.dir().c_str(), &b_), ATTN_SUCCESS) << attnGetLastError();
  }
  void TearDown() override {
    attnBundleFree(b_);
    EXPECT_EQ(attnFakeCudaLiveObjects(), baseline_);
    EXPECT_EQ(attnFakeCudaLiveDeviceBytes(), 0);
    attnFakeCudaReset();
  }

  /// Shared prefix (prefill, mask none) + per-request pages (prefill causal or decode).
  attn_cascade_config_t config(int32_t levels, int32_t lastKind) {
    attn_cascade_config_t c;
    attnCascadeConfigInit(&c);
    c.num_levels = levels;
    for (int32_t l = 0; l < levels; ++l) {
      c.levels[l].bundle = b_;
      c.levels[l].kernel_name = "prefill_flat";
      c.levels[l].max_batch = 4;
    }
    c.levels[levels - 1].kind = lastKind;
    c.levels[levels - 1].kernel_name = nullptr;
    c.merge_bundle = b_;
    test::setLlama3PagedHeads(c);
    c.max_qo_tokens = 4;
    return c;
  }

  attn_cascade_args_t args(int32_t levels) {
    attn_cascade_args_t a{};
    a.q = addr(0), a.k_cache = addr(1), a.v_cache = addr(2), a.o = addr(3), a.lse = addr(4);
    a.num_levels = levels;
    for (int32_t l = 0; l < levels; ++l)
      a.levels[l] = {addr(10 + 4 * l), addr(11 + 4 * l), addr(12 + 4 * l), addr(13 + 4 * l)};
    return a;
  }

  /// Level 0: one group of all 4 queries over 40 pages; level 1: two groups over the pages
  /// kv1 delimits (`last1`: their last pages' lengths); level 2: each request's own pages, one
  /// empty.
  void planThreeLevels(attn_cascade_t cas, const int32_t (&kv1)[3], const int32_t (&last1)[2]) {
    const int32_t qo0[] = {0, 4}, kv0[] = {0, 40}, last0[] = {3};
    const int32_t qo1[] = {0, 2, 4};
    const int32_t qo2[] = {0, 1, 2, 3, 4}, kv2[] = {0, 1, 1, 2, 9}, last2[] = {5, 0, 1, 16};
    attn_cascade_level_plan_t plan[3] = {
        {1, qo0, kv0, last0}, {2, qo1, kv1, last1}, {4, qo2, kv2, last2}};
    ASSERT_EQ(attnCascadePlan(cas, 3, plan, nullptr), ATTN_SUCCESS) << attnGetLastError();
  }

  TempBundle bundle_{cascadeManifest().dump()};
  attn_bundle_t b_ = nullptr;
  int64_t baseline_ = 0;
};

TEST_F(CascadeFake, ThreeLevelsLaunchEachLevelAndTwoMerges) {
  attn_cascade_config_t c = config(3, ATTN_CASCADE_LEVEL_DECODE);
  attn_cascade_t cas = nullptr;
  ASSERT_EQ(attnCascadeCreate(&c, &cas), ATTN_SUCCESS) << attnGetLastError();
  // Level 1's second group has no pages: a request in no group.
  planThreeLevels(cas, {0, 3, 3}, {16, 0});
  int32_t kind = -1, index = -1, merges = 0;
  for (int32_t l = 0; l < 3; ++l) {
    int32_t needsMerge = 0;
    ASSERT_EQ(attnCascadeGetLevelInfo(cas, l, &kind, nullptr, nullptr, &needsMerge, &index),
              ATTN_SUCCESS);
    merges += needsMerge;
    attn_kernel_info_t info;
    ASSERT_EQ(attnBundleGetKernel(b_, index, &info), ATTN_SUCCESS);
    EXPECT_STREQ(info.name, l == 2 ? "decode_h128" : "prefill_flat");
    EXPECT_EQ(kind, l == 2 ? ATTN_CASCADE_LEVEL_DECODE : ATTN_CASCADE_LEVEL_PREFILL);
  }
  EXPECT_EQ(attnCascadeGetLevelInfo(cas, 3, nullptr, nullptr, nullptr, nullptr, nullptr),
            ATTN_ERROR_INVALID_ARGUMENT);
  EXPECT_STREQ(attnGetLastError(), "level (3) is out of range [0, 3)");
  const int64_t before = attnFakeCudaLaunches();
  attn_cascade_args_t a = args(3);
  ASSERT_EQ(attnCascadeRun(cas, &a, nullptr), ATTN_SUCCESS) << attnGetLastError();
  // Three attentions, their split-KV merges, two state merges.
  EXPECT_EQ(attnFakeCudaLaunches() - before, 3 + merges + 2);
  attnCascadeFree(cas);
}

// concurrent_levels: level 1 (its attention and its split-KV merge) on the cascade's own
// stream between a fork and a join on the caller's; the rest on the caller's stream.
TEST_F(CascadeFake, ConcurrentLevelsForkAndJoinTheCallersStream) {
  attn_cascade_config_t c = config(3, ATTN_CASCADE_LEVEL_DECODE);
  c.concurrent_levels = 1;
  attn_cascade_t cas = nullptr;
  ASSERT_EQ(attnCascadeCreate(&c, &cas), ATTN_SUCCESS) << attnGetLastError();
  EXPECT_EQ(attnFakeCudaCalls("cuStreamCreate"), 1);
  planThreeLevels(cas, {0, 30, 33}, {16, 7});
  int32_t merges[3] = {};
  for (int32_t l = 0; l < 3; ++l)
    ASSERT_EQ(attnCascadeGetLevelInfo(cas, l, nullptr, nullptr, nullptr, &merges[l], nullptr),
              ATTN_SUCCESS);
  EXPECT_EQ(merges[1], 1) << "level 1's 30 pages should be split over several chunks";
  const int64_t before = attnFakeCudaLaunches();
  attn_cascade_args_t a = args(3);
  ASSERT_EQ(attnCascadeRun(cas, &a, nullptr), ATTN_SUCCESS) << attnGetLastError();
  EXPECT_EQ(attnFakeCudaLaunches() - before, 3 + merges[0] + merges[1] + merges[2] + 2);
  EXPECT_EQ(attnFakeCudaStreamLaunches(), 1 + merges[1]);
  EXPECT_EQ(attnFakeCudaCalls("cuStreamWaitEvent"), 2);

  // A failing launch on the side stream: the error names level 1, and the caller's stream
  // still waits for the join.
  attnFakeCudaFail("cuLaunchKernel", 0, 1, ATTN_FAKE_CUDA_DEFAULT_FAILURE);
  attnFakeCudaFail("cuLaunchKernelEx", 0, 1, ATTN_FAKE_CUDA_DEFAULT_FAILURE);
  EXPECT_EQ(attnCascadeRun(cas, &a, nullptr), ATTN_ERROR_DRIVER);
  EXPECT_NE(std::string(attnGetLastError()).find("level 1"), std::string::npos)
      << attnGetLastError();
  EXPECT_EQ(attnFakeCudaCalls("cuStreamWaitEvent"), 4);
  attnCascadeFree(cas);

  // One level: nothing to overlap, no stream. A failing cuStreamCreate fails create, naming
  // the call, and leaks nothing (TearDown counts the live objects).
  attn_cascade_config_t one = config(1, ATTN_CASCADE_LEVEL_PREFILL);
  one.merge_bundle = nullptr;
  one.concurrent_levels = 1;
  attnFakeCudaReset();
  ASSERT_EQ(attnCascadeCreate(&one, &cas), ATTN_SUCCESS) << attnGetLastError();
  EXPECT_EQ(attnFakeCudaCalls("cuStreamCreate"), 0);
  attnCascadeFree(cas);
  for (const char *call : {"cuStreamCreate", "cuEventCreate"}) {
    attnFakeCudaFail(call, 0, 1, ATTN_FAKE_CUDA_DEFAULT_FAILURE);
    EXPECT_EQ(attnCascadeCreate(&c, &cas), ATTN_ERROR_DRIVER) << call;
    EXPECT_NE(std::string(attnGetLastError()).find(call), std::string::npos)
        << attnGetLastError();
    attnFakeCudaReset();
  }
}

TEST_F(CascadeFake, CausalLastPrefillLevelAndOneLevel) {
  attn_cascade_config_t c = config(2, ATTN_CASCADE_LEVEL_PREFILL);
  c.levels[1].kernel_name = "prefill_attention"; // causal, allowed on the last level
  attn_cascade_t cas = nullptr;
  ASSERT_EQ(attnCascadeCreate(&c, &cas), ATTN_SUCCESS) << attnGetLastError();
  attnCascadeFree(cas);
  // With the names left out, level 0 skips the causal kernel and finds prefill_flat.
  c.levels[0].kernel_name = nullptr;
  ASSERT_EQ(attnCascadeCreate(&c, &cas), ATTN_SUCCESS) << attnGetLastError();
  int32_t index = -1;
  ASSERT_EQ(attnCascadeGetLevelInfo(cas, 0, nullptr, nullptr, nullptr, nullptr, &index),
            ATTN_SUCCESS);
  attn_kernel_info_t info;
  ASSERT_EQ(attnBundleGetKernel(b_, index, &info), ATTN_SUCCESS);
  EXPECT_STREQ(info.name, "prefill_flat");
  attnCascadeFree(cas);

  attn_cascade_config_t one = config(1, ATTN_CASCADE_LEVEL_PREFILL);
  one.merge_bundle = nullptr;
  ASSERT_EQ(attnCascadeCreate(&one, &cas), ATTN_SUCCESS) << attnGetLastError();
  const int32_t qo[] = {0, 3, 4}, kv[] = {0, 2, 2}, last[] = {9, 0};
  attn_cascade_level_plan_t plan[1] = {{2, qo, kv, last}};
  ASSERT_EQ(attnCascadePlan(cas, 1, plan, nullptr), ATTN_SUCCESS) << attnGetLastError();
  const int64_t before = attnFakeCudaLaunches();
  attn_cascade_args_t a = args(1);
  a.lse = 0; // the level still writes its lse, into the scratch
  ASSERT_EQ(attnCascadeRun(cas, &a, nullptr), ATTN_SUCCESS) << attnGetLastError();
  int32_t needsMerge = 0;
  attnCascadeGetLevelInfo(cas, 0, nullptr, nullptr, nullptr, &needsMerge, nullptr);
  EXPECT_EQ(attnFakeCudaLaunches() - before, 1 + needsMerge);
  attnCascadeFree(cas);
}

TEST_F(CascadeFake, ErrorsNameTheLevelAndArgument) {
  attn_cascade_config_t c = config(2, ATTN_CASCADE_LEVEL_DECODE);
  attn_cascade_t cas = nullptr;
  c.levels[0].kernel_name = "prefill_attention";
  EXPECT_EQ(attnCascadeCreate(&c, &cas), ATTN_ERROR_MISMATCH);
  EXPECT_STREQ(attnGetLastError(),
               "kernel 'prefill_attention' has mask causal; cascade level 0 of 2 needs mask "
               "none (a shared prefix is visible to all its queries)");
  EXPECT_EQ(cas, nullptr);
  c = config(2, ATTN_CASCADE_LEVEL_DECODE);
  c.num_levels = 9;
  EXPECT_EQ(attnCascadeCreate(&c, &cas), ATTN_ERROR_INVALID_ARGUMENT);
  EXPECT_STREQ(attnGetLastError(), "num_levels (9) is out of range [1, 8]");
  c = config(2, ATTN_CASCADE_LEVEL_DECODE);
  c.head_dim = 64; // no kernel of the bundle has it
  EXPECT_EQ(attnCascadeCreate(&c, &cas), ATTN_ERROR_MISMATCH);
  EXPECT_NE(std::string(attnGetLastError()).find("head_dim"), std::string::npos)
      << attnGetLastError();

  c = config(2, ATTN_CASCADE_LEVEL_DECODE);
  ASSERT_EQ(attnCascadeCreate(&c, &cas), ATTN_SUCCESS) << attnGetLastError();
  attn_cascade_args_t a = args(2);
  EXPECT_EQ(attnCascadeRun(cas, &a, nullptr), ATTN_ERROR_NOT_READY);
  EXPECT_STREQ(attnGetLastError(), "run called before a successful plan");
  const int32_t qo0[] = {0, 3}, kv0[] = {0, 4}, last0[] = {16};
  const int32_t qo1[] = {0, 1, 2}, kv1[] = {0, 1, 2}, last1[] = {1, 1};
  attn_cascade_level_plan_t plan[2] = {{1, qo0, kv0, last0}, {2, qo1, kv1, last1}};
  EXPECT_EQ(attnCascadePlan(cas, 2, plan, nullptr), ATTN_ERROR_INVALID_ARGUMENT);
  EXPECT_STREQ(attnGetLastError(), "level 1 covers 2 query tokens but level 0 covers 3: every "
                                   "level must partition the same queries");
  const int32_t qo0b[] = {0, 2};
  plan[0].qo_indptr = qo0b;
  ASSERT_EQ(attnCascadePlan(cas, 2, plan, nullptr), ATTN_SUCCESS) << attnGetLastError();
  a.levels[1].kv_indices = 0;
  EXPECT_EQ(attnCascadeRun(cas, &a, nullptr), ATTN_ERROR_INVALID_ARGUMENT);
  EXPECT_STREQ(attnGetLastError(), "level 1: kv_indices is null");
  a = args(2);
  a.num_levels = 1;
  EXPECT_EQ(attnCascadeRun(cas, &a, nullptr), ATTN_ERROR_INVALID_ARGUMENT);
  EXPECT_STREQ(attnGetLastError(),
               "num_levels (1) differs from the 2 levels the cascade was created with");
  a = args(2);
  a.q += 4;
  EXPECT_EQ(attnCascadeRun(cas, &a, nullptr), ATTN_ERROR_INVALID_ARGUMENT);
  EXPECT_STREQ(attnGetLastError(), "level 0: q (0x100004) is not 16-byte aligned");
  attnCascadeFree(cas);
}

// Cascade levels read the paged cache: a prefill kernel loading ragged K/V by TMA (whose
// tensor maps only PrefillAttention over ragged K/V encodes) is refused by name, on either
// kind of level, before anything is created.
TEST_F(CascadeFake, TmaKernelIsRefusedForALevel) {
  json m = cascadeManifest();
  json tma = test::prefillManifest(/*paged=*/false, /*split=*/false, /*tma=*/true)["kernels"][0];
  tma["name"] = "prefill_tma_attention";
  m["kernels"].push_back(tma);
  TempBundle dir(m.dump());
  attn_bundle_t b = nullptr;
  ASSERT_EQ(attnBundleLoad(dir.dir().c_str(), &b), ATTN_SUCCESS) << attnGetLastError();
  struct Case {
    int32_t kind;
    const char *message;
  };
  for (const Case &k :
       {Case{ATTN_CASCADE_LEVEL_PREFILL,
             "kernel 'prefill_tma_attention' has kv_format ragged, the call has paged"},
        Case{ATTN_CASCADE_LEVEL_DECODE, "kernel 'prefill_tma_attention' is a prefill attention "
                                        "kernel, expected a decode attention kernel"}}) {
    attn_cascade_config_t c = config(2, k.kind);
    for (int32_t l = 0; l < 2; ++l)
      c.levels[l].bundle = b;
    c.merge_bundle = b;
    c.levels[1].kernel_name = "prefill_tma_attention";
    attn_cascade_t cas = nullptr;
    EXPECT_EQ(attnCascadeCreate(&c, &cas), ATTN_ERROR_MISMATCH) << k.kind;
    EXPECT_STREQ(attnGetLastError(), k.message);
    EXPECT_EQ(cas, nullptr);
  }
  EXPECT_EQ(attnFakeCudaLaunches(), 0);
  attnBundleFree(b);
}

TEST_F(CascadeFake, GraphModeKeepsTheQueryCount) {
  attn_cascade_config_t c = config(2, ATTN_CASCADE_LEVEL_DECODE);
  c.graph_mode = 1;
  attn_cascade_t cas = nullptr;
  ASSERT_EQ(attnCascadeCreate(&c, &cas), ATTN_SUCCESS) << attnGetLastError();
  const int32_t qo0[] = {0, 2}, kv0[] = {0, 4}, last0[] = {16};
  const int32_t qo1[] = {0, 1, 2}, kv1[] = {0, 1, 2}, last1[] = {1, 1};
  attn_cascade_level_plan_t plan[2] = {{1, qo0, kv0, last0}, {2, qo1, kv1, last1}};
  ASSERT_EQ(attnCascadePlan(cas, 2, plan, nullptr), ATTN_SUCCESS) << attnGetLastError();
  attn_cascade_args_t a = args(2);
  ASSERT_EQ(attnCascadeRun(cas, &a, nullptr), ATTN_SUCCESS) << attnGetLastError();
  const int64_t launches = attnFakeCudaLaunches();
  // New KV lengths, same queries: the same launches (fixed grids from capacities).
  const int32_t kv0b[] = {0, 30}, last0b[] = {2};
  const int32_t kv1b[] = {0, 7, 7}, last1b[] = {16, 0};
  attn_cascade_level_plan_t replan[2] = {{1, qo0, kv0b, last0b}, {2, qo1, kv1b, last1b}};
  ASSERT_EQ(attnCascadePlan(cas, 2, replan, nullptr), ATTN_SUCCESS) << attnGetLastError();
  ASSERT_EQ(attnCascadeRun(cas, &a, nullptr), ATTN_SUCCESS) << attnGetLastError();
  EXPECT_EQ(attnFakeCudaLaunches() - launches, launches);
  // Another query count would change the captured merge launches.
  const int32_t qo0c[] = {0, 1}, qo1c[] = {0, 1};
  attn_cascade_level_plan_t fewer[2] = {{1, qo0c, kv0, last0}, {1, qo1c, kv1, last1}};
  EXPECT_EQ(attnCascadePlan(cas, 2, fewer, nullptr), ATTN_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(std::string(attnGetLastError())
                .find("graph mode: the batch has 1 query tokens but "
                      "the first plan had 2"),
            std::string::npos)
      << attnGetLastError();
  attnCascadeFree(cas);
}

TEST_F(CascadeFake, CallerScratchAndDriverFailures) {
  size_t bytes = 0;
  ASSERT_EQ(attnCascadeScratchSize(4, 32, 128, ATTN_DTYPE_BF16, &bytes), ATTN_SUCCESS);
  EXPECT_EQ(bytes, 4u * 32 * 128 * 2 + 3 * 512);
  attn_cascade_config_t c = config(2, ATTN_CASCADE_LEVEL_DECODE);
  c.scratch = addr(50);
  c.scratch_bytes = bytes - 1;
  attn_cascade_t cas = nullptr;
  EXPECT_EQ(attnCascadeCreate(&c, &cas), ATTN_ERROR_CAPACITY);
  EXPECT_NE(std::string(attnGetLastError()).find("scratch_bytes"), std::string::npos);
  c.scratch_bytes = bytes;
  const int64_t allocs = attnFakeCudaCalls("cuMemAlloc");
  ASSERT_EQ(attnCascadeCreate(&c, &cas), ATTN_SUCCESS) << attnGetLastError();
  // Two levels' int and float workspaces; no scratch of its own.
  EXPECT_EQ(attnFakeCudaCalls("cuMemAlloc") - allocs, 4);
  attnCascadeFree(cas);

  // Each allocation of create failing in turn: a status naming the call, nothing leaked.
  c = config(2, ATTN_CASCADE_LEVEL_DECODE);
  for (int64_t skip = 0; skip < 5; ++skip) {
    attnFakeCudaFail("cuMemAlloc", skip, 1, /*CUDA_ERROR_OUT_OF_MEMORY*/ 2);
    EXPECT_EQ(attnCascadeCreate(&c, &cas), ATTN_ERROR_DRIVER) << "skip " << skip;
    EXPECT_NE(std::string(attnGetLastError()).find("cuMemAlloc"), std::string::npos)
        << attnGetLastError();
    EXPECT_EQ(attnFakeCudaLiveDeviceBytes(), 0) << "skip " << skip;
    attnFakeCudaReset();
  }
}

} // namespace

// A decode level whose bundle's decode step was compiled for the tensor cores: named, the
// paged prefill kernel is taken for it, and DecodeAttention runs it with one query row per
// request.
TEST_F(CascadeFake, DecodeLevelOnTheTensorCoreKernel) {
  attn_cascade_config_t c = config(2, ATTN_CASCADE_LEVEL_DECODE);
  c.levels[1].kernel_name = "prefill_flat";
  attn_cascade_t cas = nullptr;
  ASSERT_EQ(attnCascadeCreate(&c, &cas), ATTN_SUCCESS) << attnGetLastError();
  const int32_t qo0[] = {0, 4}, kv0[] = {0, 40}, last0[] = {3};
  const int32_t qo1[] = {0, 1, 2, 3, 4}, kv1[] = {0, 1, 1, 2, 9}, last1[] = {5, 0, 1, 16};
  attn_cascade_level_plan_t plan[2] = {{1, qo0, kv0, last0}, {4, qo1, kv1, last1}};
  ASSERT_EQ(attnCascadePlan(cas, 2, plan, nullptr), ATTN_SUCCESS) << attnGetLastError();
  int32_t kind = -1, index = -1;
  ASSERT_EQ(attnCascadeGetLevelInfo(cas, 1, &kind, nullptr, nullptr, nullptr, &index),
            ATTN_SUCCESS);
  EXPECT_EQ(kind, ATTN_CASCADE_LEVEL_DECODE);
  attn_kernel_info_t info;
  ASSERT_EQ(attnBundleGetKernel(b_, index, &info), ATTN_SUCCESS);
  EXPECT_STREQ(info.name, "prefill_flat");
  attn_cascade_args_t a = args(2);
  EXPECT_EQ(attnCascadeRun(cas, &a, nullptr), ATTN_SUCCESS) << attnGetLastError();
  attnCascadeFree(cas);
}
