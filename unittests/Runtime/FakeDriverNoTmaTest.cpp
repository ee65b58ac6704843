//===- FakeDriverNoTmaTest.cpp - a driver without cuTensorMapEncodeTiled --===//
//
// The runtime is pointed at libattn_fake_cuda_no_tmap.so, the fake driver without the
// tensor-map entry point (as a driver older than CUDA 12 is). The entry point is optional:
// the driver still loads and kernels without TMA loads run, while creating a handle on a TMA
// prefill kernel is a clear DriverUnavailable status instead of a call through a null pointer.
// A program of its own: the runtime loads its driver once per process.
//
//===----------------------------------------------------------------------===//
#include "FakeCuda/FakeCuda.h"
#include "TestBundle.h"
#include "TestExpect.h"
#include "TestManifest.h"
#include "TestShape.h"

#include "attn-rt/Bundle.h"
#include "attn-rt/Driver.h"
#include "attn-rt/Prefill.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <string>

namespace {

// Before main, so before the runtime's first driver use in this process.
const bool kUsesFakeDriver = [] {
  setenv(attn::rt::kDriverLibraryEnvVar, ATTN_FAKE_CUDA_PATH, /*overwrite=*/1);
  return true;
}();

using namespace attn::rt;

/// Creates (and frees) a ragged bf16 prefill with Llama-3 heads on the bundle `manifest`.
Status createRaggedPrefill(const nlohmann::json &manifest) {
  test::TempBundle dir(manifest.dump());
  std::unique_ptr<Bundle> bundle;
  ATTN_RT_RETURN_IF_ERROR(Bundle::open(dir.dir(), &bundle));
  PrefillProblem p;
  test::setLlama3Heads(p);
  p.kv_format = KvFormat::Ragged;
  p.want_lse = true;
  PrefillOptions o;
  o.max_batch = 4;
  o.max_qo_tokens = 1024;
  std::unique_ptr<PrefillAttention> prefill;
  return PrefillAttention::create(*bundle, p, o, &prefill);
}

TEST(FakeDriverWithoutTensorMaps, TmaKernelIsRefusedAtCreate) {
  ASSERT_TRUE(kUsesFakeDriver);
  Status st = ensureDriverLoaded();
  ASSERT_TRUE(st.isOk()) << st.message(); // the entry point is optional
  attnFakeCudaReset();
  const int64_t baseline = attnFakeCudaLiveObjects();
  st = createRaggedPrefill(test::prefillManifest(/*paged=*/false, /*split=*/true, /*tma=*/true));
  test::expectError(st, StatusCode::DriverUnavailable,
                    std::string("kernel 'prefill_attention' loads K/V tiles by TMA, but the CUDA "
                                "driver (") +
                        ATTN_FAKE_CUDA_PATH +
                        ") has no cuTensorMapEncodeTiled to encode its 'k_tmap' and 'v_tmap' "
                        "parameters (CUDA 12 or newer needed; use a bundle compiled without "
                        "TMA loads)");
  EXPECT_EQ(attnFakeCudaLiveObjects(), baseline); // what create took is given back
  // The same kernel without TMA loads runs on this driver.
  st = createRaggedPrefill(test::prefillManifest(/*paged=*/false, /*split=*/true));
  EXPECT_TRUE(st.isOk()) << st.message();
  EXPECT_EQ(attnFakeCudaLiveObjects(), baseline);
}

} // namespace
