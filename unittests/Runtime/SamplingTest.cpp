//===- SamplingTest.cpp - sample bundles, kernel selection and host-side checks -===//
//
// Families "sample" and "spec_sample" without a GPU: the manifest variant, problem checks (p
// outside [0, 1], k < 0, NaN, a filter both scalar and per row, unsupported dtypes), kernel
// selection by variant, and the argument checks run makes before launching.
//
//===----------------------------------------------------------------------===//
#include "TestExpect.h"
#include "TestManifest.h"

#include "attn-rt/Sampling.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <string>

using namespace attn::rt;
using nlohmann::json;
using test::expectParseError;
using test::manifestOf;
using test::param;
using test::parseJson;

namespace {

/// A bf16 logits sampler with per-row top-k and top-p, as attn-compile writes it
/// (test/Target/CUDA/compile-sampling.mlir): one 1024-thread CTA per row.
json sampleKernel(const std::string &name = "ops_sample") {
  return test::opKernelEntry(
      name, "sample",
      {param("input"), param("top_k"), param("top_p"), param("seed_offset"), param("out"),
       param("vocab", "i32"), param("num_rows", "i32")},
      8,
      {{"dtype", "bf16"}, {"input", "logits"}, {"mode", "sample"}, {"top_k", 0}, {"top_p", 1.0},
       {"min_p", 0.0}, {"top_k_per_row", true}, {"top_p_per_row", true}, {"min_p_per_row", false}},
      /*threads=*/1024, "ops.cubin");
}

/// An f32 top-p renormaliser with p = 0.9 compiled in.
json renormKernel() {
  json k = sampleKernel("ops_renorm");
  k["params"] = {param("input"), param("out"), param("vocab", "i32"), param("num_rows", "i32")};
  k["tile"]["vec"] = 4;
  k["variant"] = {{"dtype", "f32"}, {"input", "probs"}, {"mode", "renorm"}, {"top_p", 0.9}};
  return k;
}

SamplingProblem logitsProblem() {
  SamplingProblem p;
  p.input = SamplingInput::Logits;
  p.dtype = DType::BF16;
  p.top_k_per_row = true;
  p.top_p_per_row = true;
  return p;
}

SamplingArgs sampleArgs() {
  // input, top_k, top_p, min_p (scalar), seed_offset, out, num_rows, vocab
  return {0x10000, 0x20000, 0x30000, 0, 0x40000, 0x50000, 32, 128256};
}

} // namespace

TEST(SamplingManifest, AcceptsSampleAndRenormKernels) {
  BundleManifest m;
  Status st = parseJson(manifestOf({sampleKernel(), renormKernel()}), &m);
  ASSERT_TRUE(st.isOk()) << st.message();
  const KernelVariant &s = m.kernels[0].variant;
  EXPECT_EQ(m.kernels[0].family, "sample");
  EXPECT_EQ(s.sampling_input, SamplingInput::Logits);
  EXPECT_EQ(s.sampling_mode, SamplingMode::Sample);
  EXPECT_EQ(s.dtype, DType::BF16);
  EXPECT_TRUE(s.top_k_per_row);
  EXPECT_TRUE(s.top_p_per_row);
  EXPECT_FALSE(s.min_p_per_row);
  const KernelVariant &r = m.kernels[1].variant;
  EXPECT_EQ(r.sampling_mode, SamplingMode::Renorm);
  EXPECT_EQ(r.dtype, DType::F32);
  EXPECT_FLOAT_EQ(r.top_p, 0.9f);
  EXPECT_EQ(r.top_k, 0);
  EXPECT_FLOAT_EQ(r.min_p, 0.0f);
}

TEST(SamplingManifest, RejectsBadVariants) {
  expectParseError(
      sampleKernel(), [](json &k) { k["variant"]["top_p"] = 1.5; },
      "top_p: expected a value in (0, 1], got 1.5");
  expectParseError(
      sampleKernel(), [](json &k) { k["variant"]["top_p"] = 0.0; },
      "top_p: expected a finite value > 0");
  expectParseError(
      sampleKernel(), [](json &k) { k["variant"]["min_p"] = 2.0; },
      "min_p: expected a value in [0, 1], got 2");
  expectParseError(
      sampleKernel(), [](json &k) { k["variant"]["top_k"] = -1; }, "top_k");
  expectParseError(
      sampleKernel(), [](json &k) { k["variant"]["dtype"] = "f16"; }, "unknown value 'f16'");
  expectParseError(
      sampleKernel(), [](json &k) { k["variant"]["mode"] = "renorm"; },
      "expected 'probs' for mode 'renorm'");
  expectParseError(
      sampleKernel(), [](json &k) { k["variant"]["head_dim"] = 128; }, "head_dim");
  expectParseError(
      sampleKernel(), [](json &k) { k["params"].erase(5); }, "vocab");
}

/// sampleKernel split over a cluster of `cluster` CTAs (test/Target/CUDA/
/// compile-sampling-cluster.mlir): 512 threads, tile.cluster and variant.cluster_size.
json clusterKernel(int cluster) {
  json k = sampleKernel("ops_sample_c" + std::to_string(cluster));
  k["block"] = {512, 1, 1};
  k["tile"]["threads"] = 512;
  k["tile"]["cluster"] = cluster;
  k["variant"]["cluster_size"] = cluster;
  k["dynamic_smem"] = 262144 / cluster * 4;
  return k;
}

TEST(SamplingManifest, ClusterKernelsNameTheirClusterTwice) {
  BundleManifest m;
  Status st = parseJson(manifestOf({sampleKernel(), clusterKernel(8)}), &m);
  ASSERT_TRUE(st.isOk()) << st.message();
  EXPECT_EQ(m.kernels[0].variant.cluster_size, 1);
  EXPECT_EQ(m.kernels[1].variant.cluster_size, 8);
  EXPECT_EQ(m.kernels[1].tile.get(attn::rt::abi::key::kCluster, 1), 8);
  expectParseError(
      clusterKernel(8), [](json &k) { k["tile"]["cluster"] = 16; },
      "expected cluster 8 (the variant's cluster_size), got 16");
  expectParseError(
      clusterKernel(8), [](json &k) { k["variant"].erase("cluster_size"); },
      "expected cluster 1 (the variant's cluster_size), got 8");
  expectParseError(
      clusterKernel(8), [](json &k) { k["variant"]["cluster_size"] = 32; }, "cluster_size");
}

TEST(SamplingSelect, ClusterSizePicksTheKernel) {
  BundleManifest m;
  ASSERT_TRUE(
      parseJson(manifestOf({clusterKernel(8), sampleKernel(), clusterKernel(16)}), &m).isOk());
  int index = -1;
  SamplingProblem p = logitsProblem();
  ASSERT_TRUE(Sampler::selectKernel(m, p, "", &index).isOk());
  EXPECT_EQ(index, 1); // the default (1) never picks a cluster kernel
  p.cluster_size = 16;
  ASSERT_TRUE(Sampler::selectKernel(m, p, "", &index).isOk());
  EXPECT_EQ(index, 2);
  p.cluster_size = 8;
  Status st = Sampler::checkVariant(m.kernels[2], p);
  EXPECT_EQ(st.message(), "kernel 'ops_sample_c16' has cluster_size 16, the call has 8");
  EXPECT_EQ(Sampler::gridSize(m.kernels[0], 3, 0), 24u);
  EXPECT_EQ(Sampler::gridSize(m.kernels[1], 3, 0), 3u);
  EXPECT_EQ(Sampler::gridSize(m.kernels[0], 0, 0), 0u);
}

TEST(SamplingSelect, ProblemChecksNameTheValue) {
  auto bad = [](void (*edit)(SamplingProblem &), const std::string &needle) {
    SamplingProblem p;
    edit(p);
    Status st = checkSamplingProblem(p);
    EXPECT_EQ(st.code(), StatusCode::InvalidArgument) << needle;
    EXPECT_NE(st.message().find(needle), std::string::npos) << st.message();
  };
  EXPECT_TRUE(checkSamplingProblem(SamplingProblem()).isOk());
  bad([](SamplingProblem &p) { p.top_p = 1.5f; }, "top_p (1.5) must be in (0, 1]");
  bad([](SamplingProblem &p) { p.top_p = 0.0f; }, "top_p (0) must be in (0, 1]");
  bad([](SamplingProblem &p) { p.top_p = std::nanf(""); }, "must be in (0, 1]");
  bad([](SamplingProblem &p) { p.min_p = -0.5f; }, "min_p (-0.5) must be in [0, 1]");
  bad([](SamplingProblem &p) { p.min_p = std::nanf(""); }, "must be in [0, 1]");
  bad([](SamplingProblem &p) { p.top_k = -3; }, "top_k (-3) must be positive");
  bad([](SamplingProblem &p) { p.top_k = 5, p.top_k_per_row = true; }, "not both");
  bad([](SamplingProblem &p) { p.mode = SamplingMode::Renorm, p.input = SamplingInput::Logits; },
      "renorm reads probs");
  bad([](SamplingProblem &p) { p.mode = SamplingMode::Mask; }, "mask reads logits");
  bad([](SamplingProblem &p) { p.dtype = DType::F16; }, "dtype must be f32 or bf16, got f16");
  bad([](SamplingProblem &p) { p.cluster_size = 2; }, "cluster_size (2) must be 1, 8 or 16");
  bad([](SamplingProblem &p) { p.cluster_size = 0; }, "cluster_size (0) must be 1, 8 or 16");
}

TEST(SamplingSelect, MatchesTheVariantOrNamesTheField) {
  BundleManifest m;
  ASSERT_TRUE(parseJson(manifestOf({renormKernel(), sampleKernel()}), &m).isOk());
  int index = -1;
  Status st = Sampler::selectKernel(m, logitsProblem(), "", &index);
  ASSERT_TRUE(st.isOk()) << st.message();
  EXPECT_EQ(index, 1);
  SamplingProblem renorm;
  renorm.mode = SamplingMode::Renorm;
  renorm.top_p = 0.9f;
  ASSERT_TRUE(Sampler::selectKernel(m, renorm, "", &index).isOk());
  EXPECT_EQ(index, 0);

  SamplingProblem p = logitsProblem();
  p.top_p_per_row = false;
  st = Sampler::checkVariant(m.kernels[1], p);
  test::expectError(st, StatusCode::Mismatch,
                    "kernel 'ops_sample' has top_p_per_row true, the call has false");
  p = logitsProblem();
  p.dtype = DType::F32;
  st = Sampler::checkVariant(m.kernels[1], p);
  EXPECT_EQ(st.message(), "kernel 'ops_sample' has dtype bf16, the call has f32");
  renorm.top_p = 0.8f;
  st = Sampler::selectKernel(m, renorm, "", &index);
  EXPECT_EQ(st.code(), StatusCode::NotFound);
  EXPECT_NE(st.message().find("has top_p 0.9, the call has 0.8"), std::string::npos)
      << st.message();
  // A named kernel of the wrong family or variant.
  st = Sampler::selectKernel(m, logitsProblem(), "ops_renorm", &index);
  EXPECT_EQ(st.code(), StatusCode::Mismatch);
}

TEST(SamplingArgs, HostChecksBeforeLaunch) {
  BundleManifest m;
  ASSERT_TRUE(parseJson(manifestOf({sampleKernel(), renormKernel()}), &m).isOk());
  const KernelEntry &k = m.kernels[0];
  EXPECT_TRUE(Sampler::checkArgs(k, sampleArgs()).isOk());
  auto bad = [&](const KernelEntry &kernel, void (*edit)(SamplingArgs &),
                 const std::string &needle) {
    SamplingArgs a = sampleArgs();
    edit(a);
    Status st = Sampler::checkArgs(kernel, a);
    EXPECT_EQ(st.code(), StatusCode::InvalidArgument) << needle;
    EXPECT_NE(st.message().find(needle), std::string::npos) << st.message();
  };
  bad(
      k, [](SamplingArgs &a) { a.vocab = 0; }, "vocab (0) must be in [1, 262144]");
  bad(
      k, [](SamplingArgs &a) { a.vocab = 262145; }, "vocab (262145) must be in [1, 262144]");
  bad(
      k, [](SamplingArgs &a) { a.num_rows = -1; }, "num_rows (-1) must be non-negative");
  bad(
      k, [](SamplingArgs &a) { a.num_rows = 10000, a.vocab = 262144; },
      "exceeds 2^31 - 1 elements");
  bad(
      k, [](SamplingArgs &a) { a.input = 0; }, "input is null");
  bad(
      k, [](SamplingArgs &a) { a.input += 2; }, "is not 16-byte aligned");
  bad(
      k, [](SamplingArgs &a) { a.top_k = 0; }, "top_k is null (kernel 'ops_sample' reads it)");
  bad(
      k, [](SamplingArgs &a) { a.seed_offset = 0; }, "seed_offset is null");
  bad(
      k, [](SamplingArgs &a) { a.seed_offset += 4; }, "seed_offset (0x40004) is not 8-byte");
  bad(
      k, [](SamplingArgs &a) { a.out += 2; }, "out (0x50002) is not 4-byte aligned");
  // A renorm kernel writes rows: out must be aligned like input; no seed needed.
  SamplingArgs r = sampleArgs();
  r.seed_offset = r.top_k = r.top_p = 0;
  EXPECT_TRUE(Sampler::checkArgs(m.kernels[1], r).isOk());
  bad(
      m.kernels[1], [](SamplingArgs &a) { a.out += 4; }, "out (0x50004) is not 16-byte");
}

//===----------------------------------------------------------------------===//
// Family "spec_sample": chain_speculative_sampling
//===----------------------------------------------------------------------===//

namespace {
/// An f32 speculative verifier as attn-compile writes it: one 1024-thread CTA per request.
json specKernel(const std::string &dtype = "f32") {
  return test::opKernelEntry(
      dtype == "f32" ? "ops_chain_speculative_sample" : "ops_chain_speculative_sample_bf16",
      "spec_sample",
      {param("draft_probs"), param("draft_token_ids"), param("target_probs"), param("seed_offset"),
       param("out"), param("accepted"), param("emitted"), param("num_spec", "i32"),
       param("vocab", "i32"), param("num_rows", "i32")},
      dtype == "f32" ? 4 : 8, {{"dtype", dtype}}, /*threads=*/1024, "ops.cubin");
}

SpeculativeSamplingArgs specArgs() {
  SpeculativeSamplingArgs a;
  a.draft_probs = 0x10000, a.draft_token_ids = 0x20000, a.target_probs = 0x30000;
  a.seed_offset = 0x40000, a.out = 0x50000, a.accepted = 0x60000, a.emitted = 0x70000;
  a.num_rows = 32, a.num_spec = 4, a.vocab = 128256;
  return a;
}
} // namespace

TEST(SpecSamplingManifest, ParsesAndRejectsVariants) {
  BundleManifest m;
  Status st = parseJson(manifestOf({specKernel(), specKernel("bf16")}), &m);
  ASSERT_TRUE(st.isOk()) << st.message();
  EXPECT_EQ(m.kernels[0].family, "spec_sample");
  EXPECT_EQ(m.kernels[0].variant.dtype, DType::F32);
  EXPECT_EQ(m.kernels[1].variant.dtype, DType::BF16);
  expectParseError(
      specKernel(), [](json &k) { k["variant"]["dtype"] = "f16"; }, "unknown value 'f16'");
  expectParseError(specKernel(), [](json &k) { k["variant"]["mode"] = "sample"; }, "mode");
  expectParseError(specKernel(), [](json &k) { k["variant"].erase("dtype"); }, "dtype");
  // Every parameter of the family is required.
  expectParseError(specKernel(), [](json &k) { k["params"].erase(7); }, "num_spec");
  expectParseError(specKernel(), [](json &k) { k["params"].erase(5); }, "accepted");
}

TEST(SpecSamplingSelect, MatchesTheDtype) {
  BundleManifest m;
  ASSERT_TRUE(parseJson(manifestOf({specKernel("bf16"), specKernel()}), &m).isOk());
  int index = -1;
  SpeculativeSamplingProblem p;
  ASSERT_TRUE(ChainSpeculativeSampler::selectKernel(m, p, "", &index).isOk());
  EXPECT_EQ(index, 1);
  p.dtype = DType::BF16;
  ASSERT_TRUE(ChainSpeculativeSampler::selectKernel(m, p, "", &index).isOk());
  EXPECT_EQ(index, 0);
  p.dtype = DType::F16;
  Status st = ChainSpeculativeSampler::selectKernel(m, p, "", &index);
  test::expectError(st, StatusCode::InvalidArgument, "dtype must be f32 or bf16, got f16");
  p.dtype = DType::F32;
  st = ChainSpeculativeSampler::checkVariant(m.kernels[0], p);
  EXPECT_EQ(st.message(),
            "kernel 'ops_chain_speculative_sample_bf16' has dtype bf16, the call has f32");
  // A sample kernel is not a speculative verifier, and the other way round.
  ASSERT_TRUE(parseJson(manifestOf({sampleKernel(), specKernel()}), &m).isOk());
  st = ChainSpeculativeSampler::checkVariant(m.kernels[0], p);
  EXPECT_EQ(st.code(), StatusCode::Mismatch);
  st = Sampler::checkVariant(m.kernels[1], SamplingProblem());
  EXPECT_EQ(st.code(), StatusCode::Mismatch);
}

TEST(SpecSamplingArgs, HostChecksBeforeLaunch) {
  BundleManifest m;
  ASSERT_TRUE(parseJson(manifestOf({specKernel()}), &m).isOk());
  const KernelEntry &k = m.kernels[0];
  EXPECT_TRUE(ChainSpeculativeSampler::checkArgs(k, specArgs()).isOk());
  EXPECT_EQ(ChainSpeculativeSampler::gridSize(k, 32, 1), 32u);
  EXPECT_EQ(ChainSpeculativeSampler::gridSize(k, 0, 1), 0u);
  auto bad = [&](void (*edit)(SpeculativeSamplingArgs &), const std::string &needle) {
    SpeculativeSamplingArgs a = specArgs();
    edit(a);
    Status st = ChainSpeculativeSampler::checkArgs(k, a);
    EXPECT_EQ(st.code(), StatusCode::InvalidArgument) << needle;
    EXPECT_NE(st.message().find(needle), std::string::npos) << st.message();
  };
  bad([](SpeculativeSamplingArgs &a) { a.num_rows = -2; }, "num_rows (-2) must be non-negative");
  bad([](SpeculativeSamplingArgs &a) { a.num_spec = 0; }, "num_spec (0) must be positive");
  bad([](SpeculativeSamplingArgs &a) { a.vocab = 0; }, "vocab (0) must be in [1, 262144]");
  bad([](SpeculativeSamplingArgs &a) { a.vocab = 262145; }, "vocab (262145) must be in");
  bad([](SpeculativeSamplingArgs &a) { a.num_rows = 4096, a.num_spec = 7; },
      "num_rows * (num_spec + 1) * vocab (4202692608) exceeds 2^31 - 1 elements");
  bad([](SpeculativeSamplingArgs &a) { a.draft_probs = 0; }, "draft_probs is null");
  bad([](SpeculativeSamplingArgs &a) { a.target_probs += 4; },
      "target_probs (0x30004) is not 16-byte aligned");
  bad([](SpeculativeSamplingArgs &a) { a.draft_token_ids = 0; },
      "draft_token_ids is null (kernel 'ops_chain_speculative_sample' reads it)");
  bad([](SpeculativeSamplingArgs &a) { a.seed_offset += 4; },
      "seed_offset (0x40004) is not 8-byte aligned");
  bad([](SpeculativeSamplingArgs &a) { a.out = 0; }, "out is null");
  bad([](SpeculativeSamplingArgs &a) { a.accepted += 2; }, "accepted (0x60002) is not 4-byte");
  bad([](SpeculativeSamplingArgs &a) { a.emitted = 0; }, "emitted is null");
}
