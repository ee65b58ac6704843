//===- MultiArchTest.cpp - multi-arch bundles: arch names, selection, manifest,
//                          opening for a device and the device query, without a GPU -===//
#include "DeviceArch.h"
#include "TestBundle.h"
#include "TestExpect.h"
#include "TestManifest.h"
#include "TestMultiArch.h"

#include "attn-rt/MultiArch.h"
#include "attn-rt/attn_rt.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

using namespace attn::rt;
using attn::rt::test::indexManifest;
using attn::rt::test::TempMultiArchBundle;
using attn::rt::test::twoArchIndex;
using nlohmann::json;

namespace {

ArchName arch(const char *text) {
  ArchName a;
  EXPECT_TRUE(parseArchName(text, &a).isOk()) << text;
  return a;
}

MultiArchManifest manifestOf(std::vector<std::pair<const char *, BinaryKind>> arches) {
  MultiArchManifest m;
  for (auto &[text, kind] : arches)
    m.bundles.push_back({arch(text), text, kind});
  return m;
}

/// The selected arch, or the status message when none fits.
std::string select(const MultiArchManifest &m, int major, int minor) {
  int index = -1;
  Status st = selectArchBundle(m, {major, minor}, "b", &index);
  if (!st.isOk())
    return st.message();
  return m.bundles[size_t(index)].arch.text;
}

constexpr BinaryKind kCubin = BinaryKind::Cubin;
constexpr BinaryKind kPtx = BinaryKind::Ptx;

// Fake driver entry points: one context on device 3, a 9.0 device.
CUcontext fakeContext = reinterpret_cast<CUcontext>(0x10);
int fakeMajor = 9, fakeMinor = 0;
CUresult ctxCurrent(CUcontext *c) {
  *c = fakeContext;
  return CUresult(0);
}
CUresult ctxNone(CUcontext *c) {
  *c = nullptr;
  return CUresult(0);
}
CUresult ctxDevice(CUdevice *d) {
  *d = 3;
  return CUresult(0);
}
CUresult deviceGet(CUdevice *d, int ordinal) {
  *d = ordinal;
  return ordinal < 2 ? CUresult(0) : CUresult(101); // CUDA_ERROR_INVALID_DEVICE
}
CUresult deviceAttribute(int *value, CUdevice_attribute attr, CUdevice dev) {
  if (int(attr) == 75)
    *value = fakeMajor + dev; // device 0: 9.0, device 1: 10.0, device 3 (context): 12.0
  else if (int(attr) == 76)
    *value = fakeMinor;
  else
    return CUresult(1);
  return CUresult(0);
}
CUresult errorName(CUresult r, const char **s) {
  *s = r == 101 ? "CUDA_ERROR_INVALID_DEVICE" : nullptr;
  return r == 101 ? CUresult(0) : CUresult(1);
}
CUresult errorString(CUresult r, const char **s) {
  *s = r == 101 ? "invalid device ordinal" : nullptr;
  return r == 101 ? CUresult(0) : CUresult(1);
}

detail::DriverApi fakeDriver(bool withContext) {
  detail::DriverApi api;
  api.cuCtxGetCurrent = withContext ? &ctxCurrent : &ctxNone;
  api.cuCtxGetDevice = &ctxDevice;
  api.cuDeviceGet = &deviceGet;
  api.cuDeviceGetAttribute = &deviceAttribute;
  api.cuGetErrorName = &errorName;
  api.cuGetErrorString = &errorString;
  return api;
}

} // namespace

TEST(MultiArch, ParsesArchNames) {
  ArchName a = arch("sm_90a");
  EXPECT_EQ(a.major, 9);
  EXPECT_EQ(a.minor, 0);
  EXPECT_EQ(a.suffix, 'a');
  a = arch("sm_86");
  EXPECT_EQ(a.major, 8);
  EXPECT_EQ(a.minor, 6);
  EXPECT_EQ(a.suffix, 0);
  a = arch("sm_120");
  EXPECT_EQ(a.major, 12);
  EXPECT_EQ(a.minor, 0);
  a = arch("sm_100f");
  EXPECT_EQ(a.major, 10);
  EXPECT_EQ(a.suffix, 'f');
  for (const char *bad : {"", "sm_", "sm_9", "sm_9a", "sm_090", "compute_90", "sm_90b", "sm_1000",
                          "sm_8x", "SM_80"}) {
    Status st = parseArchName(bad, &a);
    EXPECT_EQ(st.code(), StatusCode::InvalidArgument) << bad;
  }
  EXPECT_EQ(parseArchName("sm_90b", &a).message(),
            "'sm_90b' is not an architecture name (expected sm_<major><minor>[a|f], e.g. "
            "sm_80, sm_90a)");
  EXPECT_EQ(archNameOf({8, 9}), "sm_89");
  EXPECT_EQ(archNameOf({10, 0}), "sm_100");
}

TEST(MultiArch, DriverCompatibilityRules) {
  // Cubins: same major, minor up to the device's.
  EXPECT_TRUE(archRunsOn(arch("sm_80"), kCubin, {8, 0}));
  EXPECT_TRUE(archRunsOn(arch("sm_80"), kCubin, {8, 6}));
  EXPECT_TRUE(archRunsOn(arch("sm_80"), kCubin, {8, 9}));
  EXPECT_FALSE(archRunsOn(arch("sm_80"), kCubin, {9, 0}));
  EXPECT_FALSE(archRunsOn(arch("sm_86"), kCubin, {8, 0}));
  EXPECT_FALSE(archRunsOn(arch("sm_80"), kCubin, {7, 5}));
  // Arch-specific: that device only, cubin or PTX.
  EXPECT_TRUE(archRunsOn(arch("sm_90a"), kCubin, {9, 0}));
  EXPECT_FALSE(archRunsOn(arch("sm_90a"), kCubin, {10, 0}));
  EXPECT_FALSE(archRunsOn(arch("sm_90a"), kPtx, {10, 0}));
  EXPECT_FALSE(archRunsOn(arch("sm_90a"), kCubin, {8, 0}));
  // Family: same major, minor up.
  EXPECT_TRUE(archRunsOn(arch("sm_100f"), kCubin, {10, 3}));
  EXPECT_FALSE(archRunsOn(arch("sm_100f"), kCubin, {12, 0}));
  // PTX: JIT on any device at or above.
  EXPECT_TRUE(archRunsOn(arch("sm_80"), kPtx, {9, 0}));
  EXPECT_TRUE(archRunsOn(arch("sm_80"), kPtx, {12, 0}));
  EXPECT_FALSE(archRunsOn(arch("sm_90"), kPtx, {8, 9}));
}

TEST(MultiArch, SelectsExactThenBestCompatibleLower) {
  MultiArchManifest m = manifestOf({{"sm_80", kCubin}, {"sm_90a", kCubin}});
  EXPECT_EQ(select(m, 9, 0), "sm_90a"); // H100/H200: exact
  EXPECT_EQ(select(m, 8, 0), "sm_80");  // A100: exact
  EXPECT_EQ(select(m, 8, 6), "sm_80");  // A10/RTX 30: compatible lower
  EXPECT_EQ(select(m, 8, 9), "sm_80");  // L4/L40/RTX 40
  EXPECT_EQ(select(m, 7, 5),
            "bundle 'b': no binary for device sm_75 (compute capability 7.5); the bundle "
            "holds sm_80 (cubin), sm_90a (cubin)");
  EXPECT_EQ(select(m, 10, 0),
            "bundle 'b': no binary for device sm_100 (compute capability 10.0); the bundle "
            "holds sm_80 (cubin), sm_90a (cubin)");
  int index = -1;
  EXPECT_EQ(selectArchBundle(m, {7, 5}, "b", &index).code(), StatusCode::Mismatch);
  EXPECT_EQ(index, -1);

  // The highest compatible lower capability wins, whatever the manifest order.
  EXPECT_EQ(select(manifestOf({{"sm_86", kCubin}, {"sm_80", kCubin}}), 8, 9), "sm_86");
  EXPECT_EQ(select(manifestOf({{"sm_80", kCubin}, {"sm_86", kCubin}}), 8, 9), "sm_86");
  // An exact match beats a higher-ranked lower one; the arch-specific one beats the generic.
  EXPECT_EQ(select(manifestOf({{"sm_90", kCubin}, {"sm_90a", kCubin}}), 9, 0), "sm_90a");
  EXPECT_EQ(select(manifestOf({{"sm_90a", kCubin}, {"sm_90", kCubin}}), 9, 0), "sm_90a");
  // A cubin beats PTX that would need the JIT; PTX is the fallback for newer majors.
  EXPECT_EQ(select(manifestOf({{"sm_86", kPtx}, {"sm_80", kCubin}}), 8, 9), "sm_80");
  EXPECT_EQ(select(manifestOf({{"sm_80", kPtx}, {"sm_90a", kCubin}}), 10, 0), "sm_80");
}

TEST(MultiArch, ParsesManifest) {
  MultiArchManifest m;
  Status st = parseMultiArchManifest(twoArchIndex().dump(), "x/manifest.json", &m);
  ASSERT_TRUE(st.isOk()) << st.message();
  ASSERT_EQ(m.bundles.size(), 2u);
  EXPECT_EQ(m.bundles[0].arch.text, "sm_80");
  EXPECT_EQ(m.bundles[0].directory, "sm_80");
  EXPECT_EQ(m.bundles[1].arch.suffix, 'a');
  EXPECT_EQ(m.bundles[1].binary_kind, kCubin);
  EXPECT_TRUE(isMultiArchManifest(twoArchIndex().dump()));
  EXPECT_FALSE(isMultiArchManifest(test::validManifest().dump()));
  EXPECT_FALSE(isMultiArchManifest("{not json"));
  EXPECT_FALSE(isMultiArchManifest("[1, 2]"));
  // binary_kind defaults to cubin.
  ASSERT_TRUE(parseMultiArchManifest(
                  indexManifest({{{"arch", "sm_80"}, {"directory", "a"}}}).dump(), "x", &m)
                  .isOk());
  EXPECT_EQ(m.bundles[0].binary_kind, kCubin);
}

TEST(MultiArch, RejectsBadManifests) {
  auto error = [](const json &doc) {
    MultiArchManifest m;
    Status st = parseMultiArchManifest(doc.dump(), "b/manifest.json", &m);
    EXPECT_EQ(st.code(), StatusCode::ParseError);
    return st.message();
  };
  auto one = [](json entry) { return indexManifest(json::array({entry})); };
  EXPECT_EQ(error(json::array()), "b/manifest.json: expected an object, got array");
  json doc = twoArchIndex();
  doc["version"] = 2;
  EXPECT_EQ(error(doc), "b/manifest.json: version: expected 1, got 2");
  doc = twoArchIndex();
  doc["kernels"] = json::array();
  EXPECT_EQ(error(doc), "b/manifest.json: kernels: unknown field");
  EXPECT_EQ(error(indexManifest(json::array())),
            "b/manifest.json: bundles: expected a non-empty array");
  EXPECT_EQ(error(one({{"arch", "sm_8"}, {"directory", "a"}})),
            "b/manifest.json: bundles[0].arch: 'sm_8' is not an architecture name (expected "
            "sm_<major><minor>[a|f], e.g. sm_80, sm_90a)");
  EXPECT_EQ(error(one({{"arch", 80}, {"directory", "a"}})),
            "b/manifest.json: bundles[0].arch: expected a string");
  EXPECT_EQ(error(one({{"arch", "sm_80"}, {"directory", "../elsewhere"}})),
            "b/manifest.json: bundles[0].directory: '../elsewhere' is not a plain subdirectory "
            "name");
  EXPECT_EQ(error(one({{"arch", "sm_80"}, {"directory", ".."}})),
            "b/manifest.json: bundles[0].directory: '..' is not a plain subdirectory name");
  EXPECT_EQ(error(one({{"arch", "sm_80"}, {"directory", "a"}, {"binary_kind", "fatbin"}})),
            "b/manifest.json: bundles[0].binary_kind: expected \"cubin\" or \"ptx\", got "
            "\"fatbin\"");
  EXPECT_EQ(error(one({{"arch", "sm_80"}, {"directory", "a"}, {"chip", "x"}})),
            "b/manifest.json: bundles[0].chip: unknown field");
  EXPECT_EQ(error(indexManifest({{{"arch", "sm_80"}, {"directory", "a"}},
                                 {{"arch", "sm_80"}, {"directory", "b"}}})),
            "b/manifest.json: bundles[1].arch: 'sm_80' is listed twice");
  EXPECT_EQ(error(indexManifest({{{"arch", "sm_80"}, {"directory", "a"}},
                                 {{"arch", "sm_86"}, {"directory", "a"}}})),
            "b/manifest.json: bundles[1].directory: 'a' is used twice");
  MultiArchManifest m;
  EXPECT_EQ(parseMultiArchManifest("{\"format\": ", "b", &m).message(), "b: not valid JSON");
}

TEST(MultiArch, OpensTheBundleForTheDevice) {
  TempMultiArchBundle tb(twoArchIndex(), {{"sm_80", "sm_80"}, {"sm_90a", "sm_90a"}});
  std::unique_ptr<Bundle> b;
  std::string selected;
  Status st = openBundleForDevice(tb.dir(), {9, 0}, &b, &selected);
  ASSERT_TRUE(st.isOk()) << st.message();
  EXPECT_EQ(selected, "sm_90a");
  EXPECT_EQ(b->manifest().arch, "sm_90a");
  EXPECT_EQ(b->directory(), tb.dir() + "/sm_90a");
  EXPECT_GE(b->manifest().findKernel("decode_h128"), 0);
  EXPECT_NE(b->binary("decode.cubin"), nullptr);

  ASSERT_TRUE(openBundleForDevice(tb.dir(), {8, 6}, &b, &selected).isOk());
  EXPECT_EQ(selected, "sm_80");
  EXPECT_EQ(b->directory(), tb.dir() + "/sm_80");

  b.reset();
  st = openBundleForDevice(tb.dir(), {12, 0}, &b, &selected);
  test::expectError(st, StatusCode::Mismatch,
                    "bundle '" + tb.dir() +
                        "': no binary for device sm_120 (compute capability 12.0); the "
                        "bundle holds sm_80 (cubin), sm_90a (cubin)");
  EXPECT_EQ(b, nullptr);
}

TEST(MultiArch, PlainBundleOpenPointsToTheMultiArchOpen) {
  TempMultiArchBundle tb(twoArchIndex(), {{"sm_80", "sm_80"}, {"sm_90a", "sm_90a"}});
  std::unique_ptr<Bundle> b;
  Status st = Bundle::open(tb.dir(), &b);
  test::expectError(st, StatusCode::InvalidArgument,
                    "'" + tb.dir() +
                        "' is a multi-arch bundle: open it with openAnyBundle or "
                        "openBundleForDevice (attn-rt/MultiArch.h)");
}

TEST(MultiArch, OpenChecksTheSubBundles) {
  // The sub-bundle's own manifest must say the arch the index lists.
  TempMultiArchBundle wrongArch(twoArchIndex(), {{"sm_80", "sm_86"}, {"sm_90a", "sm_90a"}});
  std::unique_ptr<Bundle> b;
  Status st = openBundleForDevice(wrongArch.dir(), {8, 0}, &b);
  test::expectError(st, StatusCode::ParseError,
                    "multi-arch bundle '" + wrongArch.dir() +
                        "': 'sm_80/manifest.json' holds arch 'sm_86', the manifest lists "
                        "it as 'sm_80'");
  // A missing sub-bundle is reported with the multi-arch bundle and the arch.
  TempMultiArchBundle missing(twoArchIndex(), {{"sm_90a", "sm_90a"}});
  st = openBundleForDevice(missing.dir(), {8, 0}, &b);
  EXPECT_EQ(st.code(), StatusCode::NotFound);
  EXPECT_EQ(st.message().rfind("multi-arch bundle '" + missing.dir() + "', sm_80: cannot open '" +
                                   missing.dir() + "/sm_80/manifest.json'",
                               0),
            0u)
      << st.message();
}

TEST(MultiArch, SingleArchBundleIsCheckedAgainstTheDevice) {
  test::TempBundle tb(test::validManifest().dump()); // sm_90a
  std::unique_ptr<Bundle> b;
  std::string selected;
  ASSERT_TRUE(openBundleForDevice(tb.dir(), {9, 0}, &b, &selected).isOk());
  EXPECT_EQ(selected, "sm_90a");
  Status st = openBundleForDevice(tb.dir(), {8, 0}, &b);
  test::expectError(st, StatusCode::Mismatch,
                    "bundle '" + tb.dir() +
                        "': no binary for device sm_80 (compute capability 8.0); the "
                        "bundle holds sm_90a (cubin)");
  // Single-arch bundles still open without a GPU through openAnyBundle.
  ASSERT_TRUE(openAnyBundle(tb.dir(), -1, &b, &selected).isOk());
  EXPECT_EQ(selected, "sm_90a");
}

TEST(MultiArch, QueriesComputeCapabilityThroughTheDriver) {
  fakeMajor = 9;
  fakeMinor = 0;
  ComputeCapability cc;
  detail::DriverApi withContext = fakeDriver(true);
  ASSERT_TRUE(detail::queryComputeCapability(withContext, 0, &cc).isOk());
  EXPECT_EQ(cc.major, 9);
  EXPECT_EQ(cc.minor, 0);
  ASSERT_TRUE(detail::queryComputeCapability(withContext, 1, &cc).isOk());
  EXPECT_EQ(cc.major, 10);
  // -1: the current context's device (3 in the fake).
  ASSERT_TRUE(detail::queryComputeCapability(withContext, -1, &cc).isOk());
  EXPECT_EQ(cc.major, 12);
  Status st = detail::queryComputeCapability(withContext, 7, &cc);
  test::expectError(
      st, StatusCode::DriverError,
      "cuDeviceGet(ordinal=7) failed: CUDA_ERROR_INVALID_DEVICE (invalid device ordinal)");
  detail::DriverApi noContext = fakeDriver(false);
  st = detail::queryComputeCapability(noContext, -1, &cc);
  test::expectError(st, StatusCode::NotReady, "no CUDA context is current on this thread");
}

TEST(MultiArch, CApiWithoutDriverSaysWhy) {
  if (test::systemHasDriver())
    GTEST_SKIP() << "libcuda.so.1 is present on this machine";
  TempMultiArchBundle tb(twoArchIndex(), {{"sm_80", "sm_80"}, {"sm_90a", "sm_90a"}});
  attn_bundle_t bundle = nullptr;
  EXPECT_EQ(attnBundleLoad(tb.dir().c_str(), &bundle), ATTN_ERROR_DRIVER_UNAVAILABLE);
  EXPECT_EQ(bundle, nullptr);
  EXPECT_EQ(std::string(attnGetLastError())
                .rfind("multi-arch bundle '" + tb.dir() +
                           "': cannot query the device's compute capability: CUDA driver not "
                           "available: dlopen(libcuda.so.1) failed: ",
                       0),
            0u)
      << attnGetLastError();
  EXPECT_EQ(attnBundleLoadForDevice(tb.dir().c_str(), -1, &bundle), ATTN_ERROR_INVALID_ARGUMENT);
  EXPECT_STREQ(attnGetLastError(), "device -1 is negative");
  // A single-arch bundle still loads without a driver.
  test::TempBundle single(test::validManifest().dump());
  ASSERT_EQ(attnBundleLoad(single.dir().c_str(), &bundle), ATTN_SUCCESS);
  EXPECT_STREQ(attnBundleArch(bundle), "sm_90a");
  attnBundleFree(bundle);
}
