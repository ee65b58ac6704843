//===- MultiDeviceTest.cpp - handles on a device other than 0, over the fake driver -===//
//
// The fake driver with two devices of different compute capabilities: a handle created for
// device 1 loads its modules in device 1's context and launches there whatever context is
// current at run; a multi-arch bundle is opened for the arch of the device asked for (or of
// the current context's); a bundle opened for one device's arch is refused on a device of
// another; memory of another device is refused where the runtime checks it (caller
// workspaces at create, every pointer operand at run with ATTN_RT_CHECK_POINTERS=1).
//
//===----------------------------------------------------------------------===//
#include "FakeCuda/FakeCuda.h"
#include "TestBundle.h"
#include "TestManifest.h"
#include "TestMultiArch.h"
#include "TestShape.h"

#include "CudaApi.h"

#include "attn-rt/Driver.h"
#include "attn-rt/attn_rt.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <unistd.h>

namespace {

const bool kUsesFakeDriver = [] {
  setenv(attn::rt::kDriverLibraryEnvVar, ATTN_FAKE_CUDA_PATH, /*overwrite=*/1);
  return true;
}();

using attn::rt::test::TempBundle;
using attn::rt::test::TempMultiArchBundle;
using attn::rt::test::twoArchIndex;
using nlohmann::json;

uint64_t addr(int i) { return 0x100000ull * uint64_t(i + 1); }

/// Pops every context of the calling thread (the runtime leaves the primary context it
/// retained current, as the CUDA runtime would).
void clearContexts() {
  CUcontext popped = nullptr;
  while (attnFakeCudaCurrentDevice() >= 0)
    ASSERT_EQ(int(cuCtxPopCurrent(&popped)), 0);
}

/// Makes device `device`'s primary context the current one.
void makeCurrent(int device) {
  clearContexts();
  CUcontext ctx = nullptr;
  ASSERT_EQ(int(cuDevicePrimaryCtxRetain(&ctx, device)), 0);
  ASSERT_EQ(int(cuCtxSetCurrent(ctx)), 0);
  ASSERT_EQ(attnFakeCudaCurrentDevice(), device);
}

/// A multi-arch bundle with an sm_80 and an sm_90a sub-bundle (each the decode test bundle).
struct TwoArchBundle : TempMultiArchBundle {
  TwoArchBundle()
      : TempMultiArchBundle(twoArchIndex(), {{"sm_80", "sm_80"}, {"sm_90a", "sm_90a"}}) {}
};

attn_decode_config_t decodeConfig(int device) {
  attn_decode_config_t c;
  attnDecodeConfigInit(&c);
  attn::rt::test::setLlama3PagedHeads(c);
  c.max_batch = 4;
  c.device = device;
  return c;
}

/// Plans three requests and runs with `q` (other operands: unallocated fake addresses).
attn_status_t planAndRun(attn_decode_t d, uint64_t q = addr(0)) {
  const int32_t indptr[] = {0, 300, 301, 301};
  const int32_t last[] = {16, 5, 0};
  attn_status_t st = attnDecodePlan(d, 3, indptr, last, nullptr, 0, nullptr);
  if (st != ATTN_SUCCESS)
    return st;
  attn_decode_args_t a{};
  a.q = q, a.k_cache = addr(1), a.v_cache = addr(2), a.kv_indptr = addr(3);
  a.kv_indices = addr(4), a.kv_last_page_len = addr(5), a.o = addr(6), a.lse = addr(7);
  return attnDecodeRun(d, &a, nullptr);
}

class MultiDevice : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_TRUE(kUsesFakeDriver);
    attn::rt::Status st = attn::rt::ensureDriverLoaded();
    ASSERT_TRUE(st.isOk()) << st.message();
    attnFakeCudaReset();
    ASSERT_EQ(attnFakeCudaSetDeviceCount(2), 0);
    ASSERT_EQ(attnFakeCudaSetComputeCapability(0, 8, 0), 0);
    ASSERT_EQ(attnFakeCudaSetComputeCapability(1, 9, 0), 0);
    clearContexts();
  }
  void TearDown() override {
    clearContexts();
    attnFakeCudaReset();
  }
};

} // namespace

TEST_F(MultiDevice, HandleOnDeviceOneLoadsAndLaunchesThere) {
  TempBundle bundle(attn::rt::test::validManifest().dump()); // sm_90a: device 1 only
  attn_bundle_t b = nullptr;
  ASSERT_EQ(attnBundleLoad(bundle.dir().c_str(), &b), ATTN_SUCCESS) << attnGetLastError();
  attn_decode_config_t c = decodeConfig(1);
  attn_decode_t d = nullptr;
  ASSERT_EQ(attnDecodeCreate(b, &c, &d), ATTN_SUCCESS) << attnGetLastError();
  EXPECT_EQ(attnFakeCudaModulesOn(1), 1);
  EXPECT_EQ(attnFakeCudaModulesOn(0), 0);

  // The caller moves on to device 0: plan and run still enter device 1's context (the fake
  // refuses a launch of device 1's function in device 0's context) and restore device 0's.
  makeCurrent(0);
  ASSERT_EQ(planAndRun(d), ATTN_SUCCESS) << attnGetLastError();
  EXPECT_GE(attnFakeCudaLaunches(), 1);
  EXPECT_EQ(attnFakeCudaCurrentDevice(), 0);
  EXPECT_EQ(attnFakeCudaModulesOn(0), 0);
  attnDecodeFree(d);
  attnBundleFree(b);
  EXPECT_EQ(attnFakeCudaModulesOn(1), 0);
}

TEST_F(MultiDevice, MultiArchBundlePicksTheDevicesArch) {
  TwoArchBundle bundle;
  for (auto [device, arch] : {std::pair<int, const char *>{0, "sm_80"}, {1, "sm_90a"}}) {
    attn_bundle_t b = nullptr;
    ASSERT_EQ(attnBundleLoadForDevice(bundle.dir().c_str(), device, &b), ATTN_SUCCESS)
        << attnGetLastError();
    EXPECT_STREQ(attnBundleArch(b), arch);
    attnBundleFree(b);
    // Without an ordinal: the arch of the current context's device.
    makeCurrent(device);
    ASSERT_EQ(attnBundleLoad(bundle.dir().c_str(), &b), ATTN_SUCCESS) << attnGetLastError();
    EXPECT_STREQ(attnBundleArch(b), arch);
    attnBundleFree(b);
  }
}

TEST_F(MultiDevice, BundleOfAnotherArchIsRefusedBeforeLoading) {
  TwoArchBundle bundle;
  attn_bundle_t b = nullptr;
  ASSERT_EQ(attnBundleLoadForDevice(bundle.dir().c_str(), 0, &b), ATTN_SUCCESS);
  ASSERT_STREQ(attnBundleArch(b), "sm_80");
  attn_decode_config_t c = decodeConfig(1);
  attn_decode_t d = nullptr;
  ASSERT_EQ(attnDecodeCreate(b, &c, &d), ATTN_ERROR_MISMATCH);
  const std::string msg = attnGetLastError();
  EXPECT_NE(msg.find("sm_80, which do not run on device 1 (sm_90, compute capability 9.0)"),
            std::string::npos)
      << msg;
  EXPECT_EQ(d, nullptr);
  EXPECT_EQ(attnFakeCudaCalls("cuModuleLoadData"), 0);
  // The same bundle on its own device works.
  clearContexts();
  c.device = 0;
  ASSERT_EQ(attnDecodeCreate(b, &c, &d), ATTN_SUCCESS) << attnGetLastError();
  EXPECT_EQ(attnFakeCudaModulesOn(0), 1);
  attnDecodeFree(d);
  attnBundleFree(b);
}

TEST_F(MultiDevice, WorkspaceOfAnotherDeviceIsRefusedAtCreate) {
  TempBundle bundle(attn::rt::test::validManifest().dump());
  attn_bundle_t b = nullptr;
  ASSERT_EQ(attnBundleLoad(bundle.dir().c_str(), &b), ATTN_SUCCESS) << attnGetLastError();
  constexpr uint64_t kBytes = 64ull << 20;
  uint64_t onZero = 0, onOne = 0;
  ASSERT_EQ(attnFakeCudaAllocOn(0, &onZero, kBytes), 0);
  ASSERT_EQ(attnFakeCudaAllocOn(1, &onOne, kBytes), 0);
  attn_decode_config_t c = decodeConfig(1);
  c.int_workspace = onZero, c.int_workspace_bytes = kBytes;
  attn_decode_t d = nullptr;
  ASSERT_EQ(attnDecodeCreate(b, &c, &d), ATTN_ERROR_INVALID_ARGUMENT);
  const std::string msg = attnGetLastError();
  EXPECT_NE(msg.find("int_workspace (0x"), std::string::npos) << msg;
  EXPECT_NE(msg.find("is device memory of device 0, but the handle was created on device 1"),
            std::string::npos)
      << msg;
  // Memory of the handle's device, and memory the driver does not know, pass.
  c.int_workspace = onOne;
  ASSERT_EQ(attnDecodeCreate(b, &c, &d), ATTN_SUCCESS) << attnGetLastError();
  attnDecodeFree(d);
  EXPECT_GE(attnFakeCudaCalls("cuPointerGetAttribute"), 2);
  EXPECT_EQ(attnFakeCudaFree(onZero), 0);
  EXPECT_EQ(attnFakeCudaFree(onOne), 0);
  attnBundleFree(b);
}

TEST_F(MultiDevice, RunChecksOperandsOnlyWhenAsked) {
  TempBundle bundle(attn::rt::test::validManifest().dump());
  attn_bundle_t b = nullptr;
  ASSERT_EQ(attnBundleLoad(bundle.dir().c_str(), &b), ATTN_SUCCESS) << attnGetLastError();
  uint64_t q = 0;
  ASSERT_EQ(attnFakeCudaAllocOn(0, &q, 1 << 20), 0);
  attn_decode_config_t c = decodeConfig(1);
  for (bool check : {false, true}) {
    SCOPED_TRACE(check ? "ATTN_RT_CHECK_POINTERS=1" : "unchecked");
    if (check)
      setenv("ATTN_RT_CHECK_POINTERS", "1", 1);
    attn_decode_t d = nullptr;
    ASSERT_EQ(attnDecodeCreate(b, &c, &d), ATTN_SUCCESS) << attnGetLastError();
    attnFakeCudaReset();
    ASSERT_EQ(attnFakeCudaSetDeviceCount(2), 0);
    attn_status_t st = planAndRun(d, q);
    if (!check) {
      EXPECT_EQ(st, ATTN_SUCCESS) << attnGetLastError();
      EXPECT_EQ(attnFakeCudaCalls("cuPointerGetAttribute"), 0);
    } else {
      EXPECT_EQ(st, ATTN_ERROR_INVALID_ARGUMENT);
      char expected[160];
      std::snprintf(expected, sizeof(expected),
                    "q (0x%llx) is device memory of device 0, but the handle was created on "
                    "device 1",
                    (unsigned long long)q);
      EXPECT_NE(std::string(attnGetLastError()).find(expected), std::string::npos)
          << attnGetLastError();
      EXPECT_EQ(attnFakeCudaLaunches(), 0);
    }
    attnDecodeFree(d);
  }
  unsetenv("ATTN_RT_CHECK_POINTERS");
  EXPECT_EQ(attnFakeCudaFree(q), 0);
  attnBundleFree(b);
}
