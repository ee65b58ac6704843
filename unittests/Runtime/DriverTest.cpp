//===- DriverTest.cpp - driver loading, the checking macro, bundles and decode
//                      kernel selection without a GPU ---------------------===//
#include "DriverApi.h"
#include "TestBundle.h"
#include "TestExpect.h"
#include "TestShape.h"
#include "TestManifest.h"

#include "attn-rt/Bundle.h"
#include "attn-rt/Decode.h"
#include "attn-rt/attn_rt.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <string>

using namespace attn::rt;

#define ATTN_RT_TEST_STR(x) ATTN_RT_TEST_STR2(x)
#define ATTN_RT_TEST_STR2(x) #x

namespace {

using test::systemHasDriver;
using test::TempBundle;

DecodeProblem matchingProblem() {
  DecodeProblem p;
  test::setLlama3PagedHeads(p);
  return p;
}

// Fake driver entry points for the checking macro.
CUresult fakeErrorName(CUresult r, const char **s) {
  *s = r == 2 ? "CUDA_ERROR_OUT_OF_MEMORY" : nullptr;
  return r == 2 ? CUresult(0) : CUresult(1);
}
CUresult fakeErrorString(CUresult r, const char **s) {
  *s = r == 2 ? "out of memory" : nullptr;
  return r == 2 ? CUresult(0) : CUresult(1);
}
CUresult fakeMemAllocOom(CUdeviceptr *, size_t) { return CUresult(2); }
CUresult fakeMemAllocOk(CUdeviceptr *p, size_t) {
  *p = 0x1000;
  return CUresult(0);
}
Status allocWith(const detail::DriverApi &drv, size_t bytes) {
  CUdeviceptr p = 0;
  ATTN_CU_CHECK(drv, cuMemAlloc, (&p, bytes), "bytes=%zu", bytes);
  return Status::ok();
}

} // namespace

TEST(Driver, UnavailableDriverGivesClearStatus) {
  if (systemHasDriver())
    GTEST_SKIP() << "libcuda.so.1 is present on this machine";
  Status st = ensureDriverLoaded();
  ASSERT_FALSE(st.isOk());
  EXPECT_EQ(st.code(), StatusCode::DriverUnavailable);
  EXPECT_EQ(st.message().rfind("CUDA driver not available: dlopen(libcuda.so.1) failed: ", 0), 0u)
      << st.message();
  // Cached: the second call says the same.
  EXPECT_EQ(ensureDriverLoaded().message(), st.message());
}

TEST(Driver, ProbeMissingLibrary) {
  Status st = probeDriverLibrary("libattn-no-such-driver.so.1");
  EXPECT_EQ(st.code(), StatusCode::DriverUnavailable);
  EXPECT_EQ(st.message().rfind(
                "CUDA driver not available: dlopen(libattn-no-such-driver.so.1) failed: ", 0),
            0u)
      << st.message();
}

TEST(Driver, ProbeLibraryWithoutEntryPoints) {
  Status st = probeDriverLibrary("libm.so.6");
  test::expectError(st, StatusCode::DriverUnavailable,
                    "CUDA driver not available: libm.so.6 has no entry point cuInit (for cuInit)");
}

TEST(Driver, VersionedEntryPointNames) {
  // The table follows cuda.h's #defines: cuMemAlloc is looked up as cuMemAlloc_v2.
  detail::DriverApi api;
  api.cuMemAlloc = &fakeMemAllocOk; // compiles only if the member has cuMemAlloc_v2's type
  EXPECT_STREQ(ATTN_RT_TEST_STR(cuMemAlloc), "cuMemAlloc_v2");
  EXPECT_STREQ(ATTN_RT_TEST_STR(cuMemcpyHtoDAsync), "cuMemcpyHtoDAsync_v2");
  EXPECT_STREQ(ATTN_RT_TEST_STR(cuMemFree), "cuMemFree_v2");
  EXPECT_STREQ(ATTN_RT_TEST_STR(cuCtxPushCurrent), "cuCtxPushCurrent_v2");
}

TEST(Driver, CheckMacroNamesCallResultAndArguments) {
  detail::DriverApi api;
  api.cuGetErrorName = &fakeErrorName;
  api.cuGetErrorString = &fakeErrorString;
  api.cuMemAlloc = &fakeMemAllocOom;
  Status st = allocWith(api, 1024);
  test::expectError(st, StatusCode::DriverError,
                    "cuMemAlloc(bytes=1024) failed: CUDA_ERROR_OUT_OF_MEMORY (out of memory)");
  api.cuMemAlloc = &fakeMemAllocOk;
  EXPECT_TRUE(allocWith(api, 1024).isOk());
  // An unknown code still gives a readable message.
  st = detail::driverError(api, "cuLaunchKernel", CUresult(999), "grid=(1, 1, 1)");
  EXPECT_EQ(st.message(), "cuLaunchKernel(grid=(1, 1, 1)) failed: CUresult 999 (unknown error)");
}

TEST(Bundle, OpenReadsManifestAndBinaries) {
  TempBundle tb(test::validManifest().dump(2));
  std::unique_ptr<Bundle> b;
  Status st = Bundle::open(tb.dir(), &b);
  ASSERT_TRUE(st.isOk()) << st.message();
  EXPECT_EQ(b->manifest().kernels.size(), 2u);
  ASSERT_NE(b->binary("decode.cubin"), nullptr);
  EXPECT_EQ(*b->binary("decode.cubin"), test::fakeCubin());
  EXPECT_EQ(b->binary("other.cubin"), nullptr);
  EXPECT_EQ(b->numLoadedContexts(), 0u);
}

TEST(Bundle, OpenErrors) {
  std::unique_ptr<Bundle> b;
  Status st = Bundle::open("/nonexistent/attn-bundle", &b);
  test::expectError(
      st, StatusCode::NotFound,
      "cannot open '/nonexistent/attn-bundle/manifest.json': No such file or directory");

  TempBundle noBinary(test::validManifest().dump(), /*writeBinary=*/false);
  st = Bundle::open(noBinary.dir(), &b);
  test::expectError(st, StatusCode::NotFound,
                    "kernel 'decode_h128': cannot open '" + noBinary.dir() +
                        "/decode.cubin': No such file or directory");

  TempBundle bad(test::validManifest().dump());
  std::ofstream(bad.dir() + "/decode.cubin", std::ios::trunc) << "not elf";
  st = Bundle::open(bad.dir(), &b);
  test::expectError(st, StatusCode::ParseError,
                    "kernel 'decode_h128': binary '" + bad.dir() +
                        "/decode.cubin' is declared cubin but is not an ELF file");

  // Regression: only the 4-byte magic was checked. The ELF header must be complete, 64-bit
  // little-endian, for EM_CUDA, and for the manifest's SM.
  auto cubinError = [&](const std::string &bytes, const char *arch = "sm_90a") {
    nlohmann::json j = test::validManifest();
    j["arch"] = arch;
    TempBundle tb(j.dump());
    std::ofstream(tb.dir() + "/decode.cubin", std::ios::trunc | std::ios::binary) << bytes;
    std::unique_ptr<Bundle> out;
    Status s = Bundle::open(tb.dir(), &out);
    std::string prefix = "kernel 'decode_h128': binary '" + tb.dir() + "/decode.cubin' ";
    if (s.isOk())
      return std::string("ok");
    EXPECT_EQ(s.code(), StatusCode::ParseError);
    EXPECT_EQ(s.message().rfind(prefix, 0), 0u) << s.message();
    return s.message().substr(prefix.size());
  };
  std::string cubin = test::fakeCubin();
  EXPECT_EQ(cubinError(cubin.substr(0, 40)),
            "is declared cubin but has a truncated ELF header (40 of 64 bytes)");
  std::string elf32 = cubin;
  elf32[4] = 1;
  EXPECT_EQ(cubinError(elf32), "is declared cubin but is not a 64-bit little-endian ELF file");
  std::string x86 = cubin;
  x86[18] = 62; // EM_X86_64
  EXPECT_EQ(cubinError(x86), "is declared cubin but has ELF machine 62, not EM_CUDA (190)");
  EXPECT_EQ(cubinError(test::fakeCubin(80)),
            "is declared cubin but is built for sm_80 (ELF e_flags 0x6005004), the manifest's "
            "arch is sm_90a");
  EXPECT_EQ(cubinError(test::fakeCubin(80), "sm_80"), "ok");
  std::string abiV1 = test::fakeCubin(0); // ABI version 7: the SM is e_flags bits 0-7
  abiV1[8] = 7;
  abiV1[48] = 90;
  EXPECT_EQ(cubinError(abiV1), "ok");

  nlohmann::json j = test::validManifest();
  j["kernels"][1]["binary_kind"] = "ptx";
  TempBundle mixed(j.dump());
  st = Bundle::open(mixed.dir(), &b);
  EXPECT_EQ(st.message(), "binary 'decode.cubin' is declared 'cubin' by kernel 'decode_h128' "
                          "and 'ptx' by kernel 'merge_h128'");
}

TEST(Bundle, GetKernelWithoutDriver) {
  if (systemHasDriver())
    GTEST_SKIP() << "libcuda.so.1 is present on this machine";
  TempBundle tb(test::validManifest().dump());
  std::unique_ptr<Bundle> b;
  ASSERT_TRUE(Bundle::open(tb.dir(), &b).isOk());
  LoadedKernel k;
  Status st = b->getKernel(0, &k);
  EXPECT_EQ(st.code(), StatusCode::DriverUnavailable);
  st = b->getKernel(7, &k);
  EXPECT_EQ(st.message(), "kernel index 7 is out of range [0, 2)");
}

/// The decode selection tests: `m` starts as the parsed validManifest(); a test that needs
/// another manifest parses it into `m`.
class DecodeSelect : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_TRUE(parseManifest(test::validManifest().dump(), "m", &m).isOk());
  }
  BundleManifest m;
};

TEST_F(DecodeSelect, PicksMatchingKernelAndItsMerge) {
  int a = -1, g = -1;
  Status st = selectDecodeKernels(m, matchingProblem(), "", &a, &g);
  ASSERT_TRUE(st.isOk()) << st.message();
  EXPECT_EQ(a, 0);
  EXPECT_EQ(g, 1);
  st = selectDecodeKernels(m, matchingProblem(), "decode_h128", &a, &g);
  EXPECT_TRUE(st.isOk()) << st.message();
  // Without merge_kernel the merge is found by family + num_qo_heads + head_dim + dtype.
  nlohmann::json j = test::validManifest();
  j["kernels"][0].erase("merge_kernel");
  ASSERT_TRUE(parseManifest(j.dump(), "m", &m).isOk());
  st = selectDecodeKernels(m, matchingProblem(), "", &a, &g);
  EXPECT_TRUE(st.isOk()) << st.message();
  EXPECT_EQ(g, 1);
  j["kernels"][1]["variant"]["head_dim"] = 64;
  ASSERT_TRUE(parseManifest(j.dump(), "m", &m).isOk());
  st = selectDecodeKernels(m, matchingProblem(), "", &a, &g);
  test::expectError(st, StatusCode::NotFound,
                    "no decode merge kernel for attention kernel 'decode_h128' "
                    "(num_qo_heads=32 head_dim=128 dtype=bf16)");
}

TEST_F(DecodeSelect, MismatchesNameTheField) {
  const KernelEntry &k = m.kernels[0];
  test::expectFieldMismatches(
      "decode_h128", matchingProblem(),
      [&](const DecodeProblem &p) { return checkDecodeVariant(k, p); },
      test::attentionFieldEdits<DecodeProblem>());
  Status st = checkDecodeVariant(m.kernels[1], matchingProblem());
  EXPECT_EQ(st.message(), "kernel 'merge_h128' is a decode merge kernel, expected a decode "
                          "attention kernel");
  int a, g;
  DecodeProblem p = matchingProblem();
  p.head_dim = 64;
  st = selectDecodeKernels(m, p, "", &a, &g);
  test::expectError(st, StatusCode::NotFound,
                    "no decode attention kernel matches num_qo_heads=32 num_kv_heads=8 head_dim=64 "
                    "page_size=16 layout=nhd dtype=bf16 kv_dtype=bf16 (kernel 'decode_h128' "
                    "has head_dim 128, the call has 64)");
  st = selectDecodeKernels(m, matchingProblem(), "nope", &a, &g);
  EXPECT_EQ(st.message(), "bundle has no kernel named 'nope'");
}

/// Appends a kernel pair "<prefix>_attention" / "<prefix>_merge" (the compiler's naming, no
/// merge_kernel field) with the given head_dim and page size.
void addCompilerPair(nlohmann::json &j, const std::string &prefix, int headDim, int pageSize) {
  nlohmann::json a = j["kernels"][0], m = j["kernels"][1];
  a["name"] = prefix + "_attention";
  a.erase("merge_kernel");
  a["variant"]["head_dim"] = headDim;
  a["variant"]["page_size"] = pageSize;
  m["name"] = prefix + "_merge";
  m["variant"]["head_dim"] = headDim;
  m["variant"]["page_size"] = pageSize;
  j["kernels"].push_back(a);
  j["kernels"].push_back(m);
}

TEST_F(DecodeSelect, SeveralVariantsPairByModulePrefix) {
  nlohmann::json j = test::validManifest();
  addCompilerPair(j, "d64", 64, 16);
  addCompilerPair(j, "d64p32", 64, 32);
  ASSERT_TRUE(parseManifest(j.dump(), "m", &m).isOk());
  DecodeProblem p = matchingProblem();
  p.head_dim = 64;
  p.page_size = 32;
  int a = -1, g = -1;
  Status st = selectDecodeKernels(m, p, "", &a, &g);
  ASSERT_TRUE(st.isOk()) << st.message();
  EXPECT_EQ(m.kernels[size_t(a)].name, "d64p32_attention");
  EXPECT_EQ(m.kernels[size_t(g)].name, "d64p32_merge");
  p.page_size = 16;
  ASSERT_TRUE(selectDecodeKernels(m, p, "", &a, &g).isOk());
  EXPECT_EQ(m.kernels[size_t(a)].name, "d64_attention");
  EXPECT_EQ(m.kernels[size_t(g)].name, "d64_merge");
  // No match: every candidate's mismatch is named.
  p.page_size = 8;
  st = selectDecodeKernels(m, p, "", &a, &g);
  test::expectError(
      st, StatusCode::NotFound,
      "no decode attention kernel matches num_qo_heads=32 num_kv_heads=8 head_dim=64 "
      "page_size=8 layout=nhd dtype=bf16 kv_dtype=bf16 (kernel 'decode_h128' has "
      "head_dim 128, the call has 64; kernel 'd64_attention' has page_size 16, the call "
      "has 8; kernel 'd64p32_attention' has page_size 32, the call has 8)");
  // A missing partner is an error, not a silent pick of another variant's merge.
  j["kernels"].erase(4);
  j["kernels"].erase(4);
  addCompilerPair(j, "d64p32", 64, 32);
  j["kernels"][5]["name"] = "other_merge";
  ASSERT_TRUE(parseManifest(j.dump(), "m", &m).isOk()) << j.dump();
  p.page_size = 32;
  st = selectDecodeKernels(m, p, "", &a, &g);
  test::expectError(st, StatusCode::NotFound,
                    "attention kernel 'd64p32_attention' writes split-KV partials but "
                    "the bundle has no merge kernel 'd64p32_merge'");
}

TEST_F(DecodeSelect, KernelWithoutSplitKvNeedsNoMerge) {
  nlohmann::json j = test::validManifest();
  nlohmann::json params = nlohmann::json::array();
  for (auto &p : j["kernels"][0]["params"])
    if (p["name"] != "tmp_o" && p["name"] != "tmp_lse")
      params.push_back(p);
  j["kernels"][0]["params"] = params;
  j["kernels"][0]["tile"]["split_kv"] = false;
  j["kernels"][0].erase("merge_kernel");
  j["kernels"].erase(1);
  ASSERT_TRUE(parseManifest(j.dump(), "m", &m).isOk());
  int a = -1, g = 7;
  Status st = selectDecodeKernels(m, matchingProblem(), "", &a, &g);
  ASSERT_TRUE(st.isOk()) << st.message();
  EXPECT_EQ(a, 0);
  EXPECT_EQ(g, -1);
}

TEST_F(DecodeSelect, RejectsVariantsDecodeCannotRunYet) {
  nlohmann::json j = test::validManifest();
  j["kernels"][0]["params"].push_back({{"name", "alibi_slopes"}, {"kind", "ptr"}});
  j["kernels"][0]["variant"]["alibi"] = true;
  ASSERT_TRUE(parseManifest(j.dump(), "m", &m).isOk());
  int a, g;
  Status st = selectDecodeKernels(m, matchingProblem(), "decode_h128", &a, &g);
  test::expectError(st, StatusCode::Mismatch,
                    "kernel 'decode_h128' takes parameter 'alibi_slopes', which decode "
                    "run cannot bind yet (variant mask=causal alibi=true rope=none)");
  st = selectDecodeKernels(m, matchingProblem(), "", &a, &g);
  EXPECT_EQ(st.code(), StatusCode::NotFound);
  EXPECT_NE(st.message().find("cannot bind yet"), std::string::npos) << st.message();

  j = test::validManifest();
  nlohmann::json &params = j["kernels"][0]["params"];
  params[2]["name"] = "k";
  params[3]["name"] = "v";
  params.erase(5); // kv_indices
  j["kernels"][0]["variant"]["kv_format"] = "ragged";
  ASSERT_TRUE(parseManifest(j.dump(), "m", &m).isOk());
  st = selectDecodeKernels(m, matchingProblem(), "decode_h128", &a, &g);
  EXPECT_EQ(st.message(), "kernel 'decode_h128' reads ragged KV; decode run supports paged "
                          "KV only");
}

TEST_F(DecodeSelect, WantLseSkipsKernelsWithoutIt) {
  nlohmann::json j = test::validManifest();
  addCompilerPair(j, "nolse", 128, 16);
  for (size_t k : {2, 3}) {
    nlohmann::json params = nlohmann::json::array();
    for (auto &p : j["kernels"][k]["params"])
      if (p["name"] != "lse")
        params.push_back(p);
    j["kernels"][k]["params"] = params;
  }
  // nolse first, so a plain search finds it and want_lse must skip it.
  std::swap(j["kernels"][0], j["kernels"][2]);
  std::swap(j["kernels"][1], j["kernels"][3]);
  ASSERT_TRUE(parseManifest(j.dump(), "m", &m).isOk());
  int a, g;
  DecodeProblem p = matchingProblem();
  ASSERT_TRUE(selectDecodeKernels(m, p, "", &a, &g).isOk());
  EXPECT_EQ(m.kernels[size_t(a)].name, "nolse_attention");
  p.want_lse = true;
  ASSERT_TRUE(selectDecodeKernels(m, p, "", &a, &g).isOk());
  EXPECT_EQ(m.kernels[size_t(a)].name, "decode_h128");
  EXPECT_EQ(m.kernels[size_t(g)].name, "merge_h128");
  Status st = checkDecodeVariant(m.kernels[0], p);
  EXPECT_EQ(st.message(), "kernel 'nolse_attention' does not write lse (return_lse false), "
                          "the call wants it");
}

TEST_F(DecodeSelect, SmScaleIsTheCompiledOne) {
  const KernelEntry &k = m.kernels[0];
  float scale = 0;
  ASSERT_TRUE(resolveDecodeSmScale(k, 0.0f, 128, &scale).isOk());
  EXPECT_FLOAT_EQ(scale, 0.08838834764831843f);
  ASSERT_TRUE(resolveDecodeSmScale(k, 0.0883883476f, 128, &scale).isOk());
  Status st = resolveDecodeSmScale(k, 0.5f, 128, &scale);
  test::expectError(st, StatusCode::Mismatch,
                    "sm_scale (0.5) differs from the scale kernel 'decode_h128' was "
                    "compiled for (0.0883883)");
  KernelEntry old = k; // an older kernel without a compiled-in scale
  old.variant.has_sm_scale = false;
  ASSERT_TRUE(resolveDecodeSmScale(old, 0.5f, 128, &scale).isOk());
  EXPECT_FLOAT_EQ(scale, 0.5f);
  ASSERT_TRUE(resolveDecodeSmScale(old, 0.0f, 64, &scale).isOk());
  EXPECT_FLOAT_EQ(scale, 0.125f);
}

// Regression: sm_scale NaN compared false with "> 0" and was taken as "use the compiled
// scale"; infinities likewise. Both are errors now, for either kind of kernel.
TEST_F(DecodeSelect, NonFiniteSmScaleIsAnError) {
  KernelEntry old = m.kernels[0];
  old.variant.has_sm_scale = false;
  for (const KernelEntry *k : {&m.kernels[0], &old})
    for (float bad : {std::nanf(""), INFINITY, -INFINITY}) {
      float scale = 1.0f;
      Status st = resolveDecodeSmScale(*k, bad, 128, &scale);
      EXPECT_EQ(st.code(), StatusCode::InvalidArgument) << bad;
      EXPECT_EQ(st.message(), formatString("sm_scale (%g) must be finite (<= 0 selects the "
                                           "kernel's scale)",
                                           double(bad)));
      EXPECT_EQ(scale, 1.0f);
    }
}

TEST_F(DecodeSelect, MergeGridUsesHeadsPerCta) {
  EXPECT_EQ(mergeHeadsPerCta(m.kernels[1]), 8); // grid.y = 32 / 8 = 4
  KernelEntry plain;
  EXPECT_EQ(mergeHeadsPerCta(plain), 1);
}

TEST(DecodeCreate, ChecksVariantBeforeDriverAndReportsMissingDriver) {
  TempBundle tb(test::validManifest().dump());
  std::unique_ptr<Bundle> b;
  ASSERT_TRUE(Bundle::open(tb.dir(), &b).isOk());
  DecodeOptions o;
  o.max_batch = 64;
  std::unique_ptr<DecodeAttention> d;
  DecodeProblem p = matchingProblem();
  p.page_size = 64;
  Status st = DecodeAttention::create(*b, p, o, &d);
  EXPECT_EQ(st.code(), StatusCode::NotFound);
  EXPECT_NE(st.message().find("has page_size 16, the call has 64"), std::string::npos);
  if (systemHasDriver())
    return;
  st = DecodeAttention::create(*b, matchingProblem(), o, &d);
  EXPECT_EQ(st.code(), StatusCode::DriverUnavailable);
  EXPECT_EQ(d, nullptr);
}

TEST(CApi, StatusNamesAndWorkspaceSize) {
  EXPECT_STREQ(attnStatusName(ATTN_ERROR_CAPACITY), "capacity_exceeded");
  size_t i = 0, f = 0;
  ASSERT_EQ(attnDecodeWorkspaceSize(8, 200, 32, 128, &i, &f), ATTN_SUCCESS);
  DecodeWorkspaceLayout l;
  ASSERT_TRUE(computeDecodeWorkspaceLayout(8, 200, 32, 128, &l).isOk());
  EXPECT_EQ(i, l.intBytes());
  EXPECT_EQ(f, l.float_bytes);
  test::expectCError(attnDecodeWorkspaceSize(8, 4, 32, 128, &i, &f), ATTN_ERROR_INVALID_ARGUMENT,
                     "max_work (4) must be at least max_batch (8)");
}

TEST(CApi, BundleQueryAndDecodeCreate) {
  TempBundle tb(test::validManifest().dump());
  attn_bundle_t b = nullptr;
  ASSERT_EQ(attnBundleLoad(tb.dir().c_str(), &b), ATTN_SUCCESS) << attnGetLastError();
  EXPECT_EQ(attnBundleNumKernels(b), 2);
  attn_kernel_info_t info;
  ASSERT_EQ(attnBundleGetKernel(b, 0, &info), ATTN_SUCCESS);
  EXPECT_STREQ(info.name, "decode_h128");
  EXPECT_EQ(info.role, ATTN_ROLE_ATTENTION);
  EXPECT_EQ(info.num_kv_heads, 8);
  EXPECT_EQ(info.tile_kv, 16);
  EXPECT_EQ(info.block[0], 128);
  EXPECT_EQ(info.kv_format, 0);
  EXPECT_EQ(info.split_kv, 1);
  EXPECT_FLOAT_EQ(info.sm_scale, 0.08838834764831843f);
  EXPECT_EQ(info.registers, 96);
  EXPECT_EQ(info.spill_bytes, 0);
  ASSERT_EQ(attnBundleGetKernel(b, 1, &info), ATTN_SUCCESS);
  EXPECT_EQ(info.registers, -1); // no resources in the manifest
  EXPECT_EQ(attnBundleGetKernel(b, 2, &info), ATTN_ERROR_INVALID_ARGUMENT);
  EXPECT_STREQ(attnGetLastError(), "kernel index 2 is out of range [0, 2)");

  attn_decode_config_t c;
  attnDecodeConfigInit(&c);
  test::setLlama3PagedHeads(c);
  c.max_batch = 64;
  c.dtype = 7;
  attn_decode_t d = nullptr;
  test::expectCError(attnDecodeCreate(b, &c, &d), ATTN_ERROR_INVALID_ARGUMENT,
                     "dtype (7) is not an attn_dtype_t");
  c.dtype = ATTN_DTYPE_F16;
  EXPECT_EQ(attnDecodeCreate(b, &c, &d), ATTN_ERROR_NOT_FOUND);
  EXPECT_NE(std::string(attnGetLastError()).find("has dtype bf16, the call has f16"),
            std::string::npos);
  if (!systemHasDriver()) {
    c.dtype = ATTN_DTYPE_BF16;
    EXPECT_EQ(attnDecodeCreate(b, &c, &d), ATTN_ERROR_DRIVER_UNAVAILABLE);
    EXPECT_EQ(d, nullptr);
  }
  EXPECT_EQ(attnDecodePlan(nullptr, 0, nullptr, nullptr, nullptr, 0, nullptr),
            ATTN_ERROR_INVALID_ARGUMENT);
  EXPECT_STREQ(attnGetLastError(), "decode is null");
  attnBundleFree(b);
}

TEST(CApi, BundleLoadErrors) {
  attn_bundle_t b = reinterpret_cast<attn_bundle_t>(0x1);
  EXPECT_EQ(attnBundleLoad("/nonexistent/x", &b), ATTN_ERROR_NOT_FOUND);
  EXPECT_EQ(b, nullptr);
  EXPECT_STREQ(attnGetLastError(), "cannot open '/nonexistent/x/manifest.json': No such file or directory");
  test::expectCError(attnBundleLoad(nullptr, &b), ATTN_ERROR_INVALID_ARGUMENT, "directory is null");
}
