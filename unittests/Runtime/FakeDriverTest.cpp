//===- FakeDriverTest.cpp - create/plan/run and driver failures without a GPU -===//
//
// The runtime is pointed at libattn_fake_cuda.so (ATTN_RT_CUDA_LIBRARY, set before main) and
// runs decode, prefill (paged, and ragged on a TMA kernel), append_kv, rope and merge through
// the C API: launches are counted,
// workspaces live in host memory, and every driver call the sequence makes is made to fail
// in turn. Each failure must come back as a status naming the call, without a crash (the
// sanitizer build runs this too) and without leaking device objects.
//
//===----------------------------------------------------------------------===//
#include "FakeCuda/FakeBundle.h"
#include "FakeCuda/FakeCuda.h"
#include "TestBundle.h"
#include "TestExpect.h"
#include "TestShape.h"

#include "CudaApi.h"
#include "KernelRunner.h"

#include "attn-rt/Bundle.h"
#include "attn-rt/Decode.h"
#include "attn-rt/Driver.h"
#include "attn-rt/Prefill.h"
#include "attn-rt/attn_rt.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <functional>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

namespace {

// Before main, so before the runtime's first driver use in this process.
const bool kUsesFakeDriver = [] {
  setenv(attn::rt::kDriverLibraryEnvVar, ATTN_FAKE_CUDA_PATH, /*overwrite=*/1);
  return true;
}();

using attn::rt::test::TempBundle;

/// Distinct 256-byte aligned fake device addresses (never dereferenced: launches run nothing).
uint64_t addr(int i) { return 0x100000ull * uint64_t(i + 1); }

/// The first failing status of a sequence of C API calls, with its message.
struct Outcome {
  attn_status_t status = ATTN_SUCCESS;
  std::string message;
  int64_t expectedLaunches = 0;
};

#define ATTN_STEP(call)                                                                   \
  do {                                                                                    \
    attn_status_t st_ = (call);                                                           \
    if (st_ != ATTN_SUCCESS) {                                                            \
      out->status = st_;                                                                  \
      out->message = attnGetLastError();                                                  \
      return;                                                                             \
    }                                                                                     \
  } while (false)

/// A C API object, freed when the step sequence that created it returns (its Free takes
/// null, for a create that failed); it converts to the handle.
template <typename Handle, void (*Free)(Handle)> struct FreeAtExit {
  Handle handle = nullptr;
  ~FreeAtExit() { Free(handle); }
  operator Handle() const { return handle; }
};

void runDecode(attn_bundle_t b, Outcome *out, uint64_t qAddress = addr(0),
               uint64_t lseAddress = addr(7)) {
  attn_decode_config_t c;
  attnDecodeConfigInit(&c);
  attn::rt::test::setLlama3PagedHeads(c);
  c.max_batch = 4;
  FreeAtExit<attn_decode_t, attnDecodeFree> d;
  ATTN_STEP(attnDecodeCreate(b, &c, &d.handle));
  const int32_t indptr[] = {0, 300, 301, 301};
  const int32_t last[] = {16, 5, 0};
  ATTN_STEP(attnDecodePlan(d, 3, indptr, last, nullptr, 0, nullptr));
  int32_t needsMerge = 0;
  ATTN_STEP(attnDecodeGetPlanInfo(d, nullptr, nullptr, nullptr, &needsMerge));
  attn_decode_args_t a{};
  a.q = qAddress, a.k_cache = addr(1), a.v_cache = addr(2), a.kv_indptr = addr(3);
  a.kv_indices = addr(4), a.kv_last_page_len = addr(5), a.o = addr(6), a.lse = lseAddress;
  ATTN_STEP(attnDecodeRun(d, &a, nullptr));
  out->expectedLaunches += 1 + (needsMerge ? 1 : 0);
}

void runPrefill(attn_bundle_t b, Outcome *out, uint64_t qAddress = addr(0)) {
  attn_prefill_config_t c;
  attnPrefillConfigInit(&c);
  attn::rt::test::setLlama3PagedHeads(c);
  c.max_batch = 4;
  c.max_qo_tokens = 1024;
  FreeAtExit<attn_prefill_t, attnPrefillFree> p;
  ATTN_STEP(attnPrefillCreate(b, &c, &p.handle));
  const int32_t qo[] = {0, 100, 300};
  const int32_t kv[] = {0, 10, 400};
  const int32_t last[] = {16, 7};
  ATTN_STEP(attnPrefillPlan(p, 2, qo, kv, last, nullptr));
  int32_t needsMerge = 0;
  ATTN_STEP(attnPrefillGetPlanInfo(p, nullptr, nullptr, nullptr, &needsMerge));
  attn_prefill_args_t a{};
  a.q = qAddress, a.qo_indptr = addr(1), a.k = addr(2), a.v = addr(3), a.kv_indptr = addr(4);
  a.kv_indices = addr(5), a.kv_last_page_len = addr(6), a.o = addr(7), a.lse = addr(8);
  ATTN_STEP(attnPrefillRun(p, &a, nullptr));
  out->expectedLaunches += 1 + (needsMerge ? 1 : 0);
}

/// Prefill over ragged K/V (page_size 0): the fixture's bundle serves it with its TMA kernel,
/// which takes the tensor maps of k and v.
void runRaggedPrefill(attn_bundle_t b, Outcome *out) {
  attn_prefill_config_t c;
  attnPrefillConfigInit(&c);
  attn::rt::test::setLlama3Heads(c);
  c.want_lse = 1;
  c.max_batch = 4;
  c.max_qo_tokens = 1024;
  FreeAtExit<attn_prefill_t, attnPrefillFree> p;
  ATTN_STEP(attnPrefillCreate(b, &c, &p.handle));
  const int32_t qo[] = {0, 100, 300};
  const int32_t kv[] = {0, 10, 400};
  ATTN_STEP(attnPrefillPlan(p, 2, qo, kv, nullptr, nullptr));
  attn_prefill_args_t a{};
  a.q = addr(0), a.qo_indptr = addr(1), a.k = addr(2), a.v = addr(3), a.kv_indptr = addr(4);
  a.o = addr(7), a.lse = addr(8);
  ATTN_STEP(attnPrefillRun(p, &a, nullptr));
  out->expectedLaunches += 1; // no split-KV: no merge
}

void runOps(attn_bundle_t b, Outcome *out) {
  attn_append_kv_config_t ac;
  attnAppendKVConfigInit(&ac);
  attn::rt::test::setLlama3KvPages(ac);
  FreeAtExit<attn_append_kv_t, attnAppendKVFree> append;
  ATTN_STEP(attnAppendKVCreate(b, &ac, &append.handle));
  attn_append_kv_args_t aa{};
  aa.k = addr(0), aa.v = addr(1), aa.batch_indices = addr(2), aa.positions = addr(3);
  aa.k_cache = addr(4), aa.v_cache = addr(5), aa.kv_indptr = addr(6), aa.kv_indices = addr(7);
  aa.num_rows = 33;
  ATTN_STEP(attnAppendKVRun(append, &aa, nullptr));
  aa.num_rows = 0; // launches nothing
  ATTN_STEP(attnAppendKVRun(append, &aa, nullptr));
  out->expectedLaunches += 1;

  attn_rope_config_t rc;
  attnRopeConfigInit(&rc);
  attn::rt::test::setLlama3Heads(rc);
  FreeAtExit<attn_rope_t, attnRopeFree> rope;
  ATTN_STEP(attnRopeCreate(b, &rc, &rope.handle));
  attn_rope_args_t ra{};
  ra.q = ra.q_out = addr(0);
  ra.k = ra.k_out = addr(1);
  ra.pos_ids = addr(2);
  ra.num_rows = 7;
  ATTN_STEP(attnRopeRun(rope, &ra, nullptr));
  out->expectedLaunches += 1;

  attn_merge_config_t mc;
  attnMergeConfigInit(&mc);
  mc.num_heads = 32;
  mc.head_dim = 128;
  FreeAtExit<attn_merge_t, attnMergeFree> pair;
  ATTN_STEP(attnMergeCreate(b, &mc, &pair.handle));
  attn_merge_args_t ma{};
  ma.v_a = addr(0), ma.s_a = addr(1), ma.v_b = addr(2), ma.s_b = addr(3);
  ma.v_out = addr(4), ma.s_out = addr(5), ma.num_rows = 5;
  ATTN_STEP(attnMergeRun(pair, &ma, nullptr));
  out->expectedLaunches += 1;

  mc.form = ATTN_MERGE_STATES;
  mc.dtype = ATTN_DTYPE_F16;
  mc.state_dtype = ATTN_DTYPE_F32;
  mc.write_lse = 0;
  FreeAtExit<attn_merge_t, attnMergeFree> dense;
  ATTN_STEP(attnMergeCreate(b, &mc, &dense.handle));
  attn_merge_args_t md{};
  md.v = addr(0), md.s = addr(1), md.v_out = addr(2), md.num_states = 3, md.num_rows = 5;
  ATTN_STEP(attnMergeRun(dense, &md, nullptr));
  out->expectedLaunches += 1;
}

/// Loads the bundle, runs every family, frees everything (the bundle last).
Outcome runAll(const std::string &dir) {
  Outcome out;
  attn_bundle_t b = nullptr;
  if (attnBundleLoad(dir.c_str(), &b) != ATTN_SUCCESS) {
    out.status = ATTN_ERROR_INTERNAL;
    out.message = attnGetLastError();
    return out;
  }
  // Each family stops at its first error; the next still runs.
  for (auto run :
       {+[](attn_bundle_t bb, Outcome *o) { runDecode(bb, o); },
        +[](attn_bundle_t bb, Outcome *o) { runPrefill(bb, o); }, &runRaggedPrefill, &runOps}) {
    Outcome one;
    run(b, &one);
    out.expectedLaunches += one.expectedLaunches;
    if (out.status == ATTN_SUCCESS && one.status != ATTN_SUCCESS) {
      out.status = one.status;
      out.message = one.message;
    }
  }
  attnBundleFree(b);
  return out;
}

/// Every family of FakeBundle.h and a ragged prefill kernel loading K/V by TMA
/// ("prefill_tma_attention", no split-KV).
nlohmann::json fixtureManifest() {
  nlohmann::json m = attn::rt::test::allFamiliesManifest();
  nlohmann::json tma = attn::rt::test::prefillManifest(/*paged=*/false, /*split=*/false,
                                                       /*tma=*/true)["kernels"][0];
  tma["name"] = "prefill_tma_attention";
  m["kernels"].push_back(tma);
  return m;
}

class FakeDriver : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_TRUE(kUsesFakeDriver);
    ASSERT_STREQ(attn::rt::driverLibraryPath(), ATTN_FAKE_CUDA_PATH);
    attn::rt::Status st = attn::rt::ensureDriverLoaded();
    ASSERT_TRUE(st.isOk()) << st.message();
    attnFakeCudaReset();
    baseline_ = attnFakeCudaLiveObjects();
  }
  void TearDown() override { attnFakeCudaReset(); }

  /// Loads the bundle in `dir` (the fixture's by default) through the C API into *b.
  void load(attn_bundle_t *b, const std::string &dir = "") {
    const std::string path = dir.empty() ? bundle_.dir() : dir;
    ASSERT_EQ(attnBundleLoad(path.c_str(), b), ATTN_SUCCESS) << attnGetLastError();
  }
  /// Frees `b` (its objects freed before) and expects every device object back.
  void freeAndExpectNoLeaks(attn_bundle_t b) {
    attnBundleFree(b);
    EXPECT_EQ(attnFakeCudaLiveObjects(), baseline_);
  }

  TempBundle bundle_{fixtureManifest().dump()};
  int64_t baseline_ = 0;
};

} // namespace

TEST_F(FakeDriver, EveryFamilyCreatesPlansAndRuns) {
  Outcome o = runAll(bundle_.dir());
  ASSERT_EQ(o.status, ATTN_SUCCESS) << o.message;
  // decode: attention + merge (300 pages split), paged prefill likewise, the ragged TMA
  // prefill (no split-KV), append, rope, 2 merges.
  EXPECT_EQ(o.expectedLaunches, 9);
  EXPECT_EQ(attnFakeCudaLaunches(), o.expectedLaunches);
  // One module per bundle binary and context, unloaded with the bundle.
  EXPECT_EQ(attnFakeCudaCalls("cuModuleLoadData"), 1);
  EXPECT_EQ(attnFakeCudaCalls("cuModuleUnload"), 1);
  // Decode and paged prefill: the two workspaces and the host staging buffer each; the ragged
  // prefill without partial states has no float workspace.
  EXPECT_EQ(attnFakeCudaCalls("cuMemAlloc"), 5);
  EXPECT_EQ(attnFakeCudaCalls("cuMemFree"), 5);
  EXPECT_EQ(attnFakeCudaCalls("cuMemAllocHost"), 3);
  EXPECT_EQ(attnFakeCudaCalls("cuMemFreeHost"), 3);
  EXPECT_EQ(attnFakeCudaCalls("cuMemcpyHtoDAsync"), 3);
  // The TMA kernel's k_tmap and v_tmap.
  EXPECT_EQ(attnFakeCudaCalls("cuTensorMapEncodeTiled"), 2);
  EXPECT_EQ(attnFakeCudaLiveObjects(), baseline_);
  EXPECT_EQ(attnFakeCudaLiveDeviceBytes(), 0);
}

TEST_F(FakeDriver, OpLaunchShapes) {
  attn_bundle_t b = nullptr;
  ASSERT_NO_FATAL_FAILURE(load(&b));
  attnFakeCudaSetDevice(/*sm_count=*/2, /*occupancy=*/1);
  attn_merge_config_t mc;
  attnMergeConfigInit(&mc);
  mc.num_heads = 32;
  mc.head_dim = 128;
  attn_merge_t m = nullptr;
  ASSERT_EQ(attnMergeCreate(b, &mc, &m), ATTN_SUCCESS) << attnGetLastError();
  attn_merge_args_t a{};
  a.v_a = addr(0), a.s_a = addr(1), a.v_b = addr(2), a.s_b = addr(3);
  a.v_out = addr(4), a.s_out = addr(5), a.num_rows = 3;
  ASSERT_EQ(attnMergeRun(m, &a, nullptr), ATTN_SUCCESS) << attnGetLastError();
  uint32_t grid = 0, block = 0, smem = 0;
  attnFakeCudaLastLaunch(&grid, &block, &smem);
  // 3 rows * 32 heads * 128 / vec 8 = 1536 units over 256 threads = 6 CTAs (cap 2 * 32).
  EXPECT_EQ(grid, 6u);
  EXPECT_EQ(block, 256u);
  a.num_rows = 1 << 20; // capped at kCtasPerSm (32) per SM
  ASSERT_EQ(attnMergeRun(m, &a, nullptr), ATTN_SUCCESS) << attnGetLastError();
  attnFakeCudaLastLaunch(&grid, nullptr, nullptr);
  EXPECT_EQ(grid, 64u);
  attnMergeFree(m);
  freeAndExpectNoLeaks(b);
}

// Regression: decode and prefill run did not check alignment (q at an odd address was
// launched), unlike the op kernels.
TEST_F(FakeDriver, DecodeAndPrefillRunCheckAlignment) {
  attn_bundle_t b = nullptr;
  ASSERT_NO_FATAL_FAILURE(load(&b));
  Outcome o;
  runDecode(b, &o, addr(0) + 1);
  EXPECT_EQ(o.status, ATTN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(o.message, "q (0x100001) is not 16-byte aligned");
  o = Outcome();
  runPrefill(b, &o, addr(0) + 8);
  EXPECT_EQ(o.status, ATTN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(o.message, "q (0x100008) is not 16-byte aligned");
  EXPECT_EQ(attnFakeCudaLaunches(), 0);
  o = Outcome();
  runDecode(b, &o);
  EXPECT_EQ(o.status, ATTN_SUCCESS) << o.message;
  freeAndExpectNoLeaks(b);
}

// A decode kernel that writes the log-sum-exp needs somewhere to write it: a null lse is an
// error before any launch, not an illegal address on the device.
TEST_F(FakeDriver, DecodeRunNeedsLseWhenTheKernelWritesIt) {
  attn_bundle_t b = nullptr;
  ASSERT_NO_FATAL_FAILURE(load(&b));
  Outcome o;
  runDecode(b, &o, addr(0), /*lseAddress=*/0);
  EXPECT_EQ(o.status, ATTN_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(o.message.find("lse is null but kernel '"), std::string::npos) << o.message;
  EXPECT_EQ(attnFakeCudaLaunches(), 0);
  freeAndExpectNoLeaks(b);
}

// Every driver call the sequence makes fails once, at each of its call sites in turn. The
// sequence then reports that call by name (or, where the runtime has nobody to report to,
// e.g. a failed cuMemFree in a destructor, still completes), and every device object it
// took is given back.
TEST_F(FakeDriver, EachInjectedFailureNamesTheCallAndLeaksNothing) {
  Outcome clean = runAll(bundle_.dir());
  ASSERT_EQ(clean.status, ATTN_SUCCESS) << clean.message;
  const char *calls[] = {"cuDeviceGet",         "cuDeviceGetAttribute",
                         "cuCtxGetCurrent",     "cuCtxSetCurrent",
                         "cuCtxGetDevice",      "cuCtxPushCurrent",
                         "cuCtxPopCurrent",     "cuDevicePrimaryCtxRetain",
                         "cuModuleLoadData",    "cuModuleUnload",
                         "cuModuleGetFunction", "cuFuncSetAttribute",
                         "cuFuncGetAttribute",  "cuOccupancyMaxActiveBlocksPerMultiprocessor",
                         "cuLaunchKernel",      "cuLaunchKernelEx",
                         "cuMemcpyHtoDAsync",   "cuMemAlloc",
                         "cuMemFree",           "cuMemAllocHost",
                         "cuMemFreeHost",       "cuPointerGetAttribute",
                         "cuStreamSynchronize", "cuEventCreate",
                         "cuEventRecord",       "cuEventSynchronize",
                         "cuEventDestroy",      "cuTensorMapEncodeTiled"};
  std::vector<int64_t> counts;
  for (const char *call : calls)
    counts.push_back(attnFakeCudaCalls(call));
  // Release calls whose failure the runtime cannot report (destructors): the object stays
  // with the driver, so the fake still counts it.
  auto isRelease = [](const std::string &c) {
    return c == "cuMemFree" || c == "cuMemFreeHost" || c == "cuModuleUnload" ||
           c == "cuEventDestroy";
  };
  // A destructor enters the context (cuCtxGetCurrent, cuCtxPushCurrent) and waits for the
  // last plan copy (cuEventSynchronize) before freeing; a launch restores the caller's
  // context (cuCtxPopCurrent) after the launch was made.
  auto isUnreportable = [](const std::string &c) {
    return c == "cuCtxGetCurrent" || c == "cuCtxPushCurrent" || c == "cuCtxPopCurrent" ||
           c == "cuEventSynchronize";
  };
  int64_t injected = 0, reported = 0;
  for (size_t i = 0; i < std::size(calls); ++i) {
    for (int64_t n = 0; n < counts[i]; ++n) {
      SCOPED_TRACE(std::string(calls[i]) + " failing at call " + std::to_string(n));
      attnFakeCudaReset();
      const int64_t before = attnFakeCudaLiveObjects();
      attnFakeCudaFail(calls[i], n, 1, ATTN_FAKE_CUDA_DEFAULT_FAILURE);
      Outcome o = runAll(bundle_.dir());
      // A call site that depends on state (e.g. retaining the primary context, only while
      // none is current) may not be reached again: count only failures that happened.
      if (attnFakeCudaCalls(calls[i]) <= n)
        continue;
      ++injected;
      // Unreported: only calls on release paths (destructors) and the context restore after
      // a launch, which have nobody to report to.
      if (o.status == ATTN_SUCCESS)
        EXPECT_TRUE(isRelease(calls[i]) || isUnreportable(calls[i])) << calls[i];
      if (o.status != ATTN_SUCCESS) {
        ++reported;
        EXPECT_EQ(o.status, ATTN_ERROR_DRIVER) << o.message;
        EXPECT_NE(o.message.find(std::string(calls[i]) + "("), std::string::npos) << o.message;
        EXPECT_NE(o.message.find("failed: CUDA_ERROR_UNKNOWN (unknown error)"),
                  std::string::npos)
            << o.message;
      }
      if (!isRelease(calls[i]))
        EXPECT_EQ(attnFakeCudaLiveObjects(), before);
      else
        EXPECT_LE(attnFakeCudaLiveObjects(), before + 1);
    }
  }
  // The sequence exercises the calls that matter: allocation, copies, module loading, launch.
  for (const char *call :
       {"cuMemAlloc", "cuMemAllocHost", "cuMemcpyHtoDAsync", "cuEventCreate", "cuModuleLoadData",
        "cuModuleGetFunction", "cuFuncSetAttribute", "cuOccupancyMaxActiveBlocksPerMultiprocessor",
        "cuDeviceGetAttribute", "cuTensorMapEncodeTiled"})
    EXPECT_GT(counts[size_t(std::find(std::begin(calls), std::end(calls), std::string(call)) -
                            std::begin(calls))],
              0)
        << call;
  EXPECT_GT(reported, injected / 2);
  RecordProperty("injected_failures", int(injected));
  RecordProperty("reported_failures", int(reported));
}

TEST_F(FakeDriver, FailuresFromTheEnvironmentAndErrorNames) {
  // An out-of-memory workspace allocation reads like the real driver's.
  attnFakeCudaFail("cuMemAlloc", 0, 1, /*CUDA_ERROR_OUT_OF_MEMORY*/ 2);
  Outcome o = runAll(bundle_.dir());
  EXPECT_EQ(o.status, ATTN_ERROR_DRIVER);
  EXPECT_NE(o.message.find("cuMemAlloc(int_workspace, bytes="), std::string::npos) << o.message;
  EXPECT_NE(o.message.find("failed: CUDA_ERROR_OUT_OF_MEMORY (out of memory)"),
            std::string::npos)
      << o.message;
  EXPECT_EQ(attnFakeCudaLiveObjects(), baseline_);
  // A persistent launch failure: every family reports it; nothing launched.
  attnFakeCudaReset();
  attnFakeCudaFail("cuLaunchKernel", 0, -1, 0);
  attnFakeCudaFail("cuLaunchKernelEx", 0, -1, 0);
  o = runAll(bundle_.dir());
  EXPECT_EQ(o.status, ATTN_ERROR_DRIVER);
  EXPECT_EQ(attnFakeCudaLaunches(), 0);
  EXPECT_EQ(attnFakeCudaLiveObjects(), baseline_);
}

// The sampler through the C API: one 1024-thread CTA per row, the vocabulary passed by value;
// bad thresholds and arguments come back as statuses with a message, launching nothing.
TEST_F(FakeDriver, SamplerLaunchesOneCtaPerRow) {
  nlohmann::json m = attn::rt::test::allFamiliesManifest();
  m["kernels"].push_back(attn::rt::test::opKernelEntry(
      "ops_sample", "sample",
      {attn::rt::test::param("input"), attn::rt::test::param("top_k"),
       attn::rt::test::param("seed_offset"), attn::rt::test::param("out"),
       attn::rt::test::param("vocab", "i32"), attn::rt::test::param("num_rows", "i32")},
      4, {{"dtype", "f32"}, {"input", "probs"}, {"mode", "sample"}, {"top_k_per_row", true}},
      /*threads=*/1024));
  TempBundle bundle{m.dump()};
  attn_bundle_t b = nullptr;
  ASSERT_NO_FATAL_FAILURE(load(&b, bundle.dir()));
  attn_sampler_config_t c;
  attnSamplerConfigInit(&c);
  c.top_k_per_row = 1;
  attn_sampler_t s = nullptr;
  c.top_p = 1.5f;
  EXPECT_EQ(attnSamplerCreate(b, &c, &s), ATTN_ERROR_INVALID_ARGUMENT);
  EXPECT_STREQ(attnGetLastError(), "top_p (1.5) must be in (0, 1]");
  c.top_p = 1.0f;
  c.dtype = ATTN_DTYPE_F16;
  attn::rt::test::expectCError(attnSamplerCreate(b, &c, &s), ATTN_ERROR_INVALID_ARGUMENT,
                               "dtype must be f32 or bf16, got f16");
  c.dtype = ATTN_DTYPE_F32;
  ASSERT_EQ(attnSamplerCreate(b, &c, &s), ATTN_SUCCESS) << attnGetLastError();
  attn_sampler_args_t a{};
  a.input = addr(0), a.top_k = addr(1), a.seed_offset = addr(2), a.out = addr(3);
  a.num_rows = 37, a.vocab = 151936;
  ASSERT_EQ(attnSamplerRun(s, &a, nullptr), ATTN_SUCCESS) << attnGetLastError();
  uint32_t grid = 0, block = 0, smem = 0;
  attnFakeCudaLastLaunch(&grid, &block, &smem);
  EXPECT_EQ(grid, 37u);
  EXPECT_EQ(block, 1024u);
  a.vocab = 0;
  attn::rt::test::expectCError(attnSamplerRun(s, &a, nullptr), ATTN_ERROR_INVALID_ARGUMENT,
                               "vocab (0) must be in [1, 262144]");
  a.vocab = 7, a.top_k = 0;
  attn::rt::test::expectCError(attnSamplerRun(s, &a, nullptr), ATTN_ERROR_INVALID_ARGUMENT,
                               "top_k is null (kernel 'ops_sample' reads it)");
  a.top_k = addr(1), a.num_rows = 0; // launches nothing
  ASSERT_EQ(attnSamplerRun(s, &a, nullptr), ATTN_SUCCESS) << attnGetLastError();
  EXPECT_EQ(attnFakeCudaLaunches(), 1);
  attnSamplerFree(s);
  freeAndExpectNoLeaks(b);
}

// advance_offset reaches the kernel by value (its i32 parameter, between seed_offset and out)
// on sample and spec_sample kernels that take it, which attnSamplerGetKernel /
// attnSpecSamplerGetKernel report; 1 on a kernel without the parameter (a bundle compiled
// before it) or a value other than 0 / 1 is an error naming it, launching nothing, and 0 runs
// such a kernel as before.
TEST_F(FakeDriver, SamplersPassAdvanceOffset) {
  namespace t = attn::rt::test;
  nlohmann::json m = t::allFamiliesManifest();
  nlohmann::json variant = {{"dtype", "f32"}, {"input", "probs"}, {"mode", "sample"}};
  m["kernels"].push_back(t::opKernelEntry("advancing", "sample",
                                          {t::param("input"), t::param("seed_offset"),
                                           t::param("advance_offset", "i32"), t::param("out"),
                                           t::param("vocab", "i32"), t::param("num_rows", "i32")},
                                          4, variant, /*threads=*/1024));
  m["kernels"].push_back(
      t::opKernelEntry("older", "sample",
                       {t::param("input"), t::param("seed_offset"), t::param("out"),
                        t::param("vocab", "i32"), t::param("num_rows", "i32")},
                       4, variant, /*threads=*/1024));
  m["kernels"].push_back(t::opKernelEntry(
      "spec", "spec_sample",
      {t::param("draft_probs"), t::param("draft_token_ids"), t::param("target_probs"),
       t::param("seed_offset"), t::param("out"), t::param("accepted"), t::param("emitted"),
       t::param("advance_offset", "i32"), t::param("num_spec", "i32"), t::param("vocab", "i32"),
       t::param("num_rows", "i32")},
      4, {{"dtype", "f32"}}, /*threads=*/1024));
  TempBundle bundle{m.dump()};
  attn_bundle_t b = nullptr;
  ASSERT_NO_FATAL_FAILURE(load(&b, bundle.dir()));
  const uint32_t sizes[] = {8, 8, 4, 8, 4, 4}; // the advancing kernel's parameters
  attn_sampler_args_t a{};
  a.input = addr(0), a.seed_offset = addr(2), a.out = addr(3);
  a.num_rows = 5, a.vocab = 1000;
  for (const char *name : {"advancing", "older"}) {
    SCOPED_TRACE(name);
    attn_sampler_config_t c;
    attnSamplerConfigInit(&c);
    c.kernel_name = name;
    attn_sampler_t s = nullptr;
    ASSERT_EQ(attnSamplerCreate(b, &c, &s), ATTN_SUCCESS) << attnGetLastError();
    const bool takes = std::string(name) == "advancing";
    attn_kernel_info_t info{};
    ASSERT_EQ(attnSamplerGetKernel(s, &info), ATTN_SUCCESS) << attnGetLastError();
    EXPECT_STREQ(info.name, name);
    EXPECT_EQ((info.operands & ATTN_OPERAND_ADVANCE_OFFSET) != 0, takes);
    t::expectCError(attnSamplerGetKernel(s, nullptr), ATTN_ERROR_INVALID_ARGUMENT, "out is null");
    attnFakeCudaRecordParams(takes ? sizes : nullptr, takes ? 6 : 0);
    for (int advance : {0, 1}) {
      a.advance_offset = advance;
      const int64_t before = attnFakeCudaLaunches();
      if (advance && !takes) {
        t::expectCError(attnSamplerRun(s, &a, nullptr), ATTN_ERROR_INVALID_ARGUMENT,
                        "advance_offset is 1 but kernel 'older' has no advance_offset parameter "
                        "(a renorm or mask kernel, or one compiled without it): advance "
                        "seed_offset[1] after the call instead");
        EXPECT_EQ(attnFakeCudaLaunches(), before);
        continue;
      }
      ASSERT_EQ(attnSamplerRun(s, &a, nullptr), ATTN_SUCCESS) << attnGetLastError();
      EXPECT_EQ(attnFakeCudaLaunches(), before + 1);
      if (takes)
        EXPECT_EQ(attnFakeCudaLastParam(2), uint64_t(advance));
    }
    a.advance_offset = 2;
    t::expectCError(attnSamplerRun(s, &a, nullptr), ATTN_ERROR_INVALID_ARGUMENT,
                    "advance_offset (2) must be 0 or 1");
    a.advance_offset = 0;
    attnSamplerFree(s);
  }
  attn_spec_sampler_config_t c;
  attnSpecSamplerConfigInit(&c);
  attn_spec_sampler_t s = nullptr;
  ASSERT_EQ(attnSpecSamplerCreate(b, &c, &s), ATTN_SUCCESS) << attnGetLastError();
  attn_kernel_info_t info{};
  ASSERT_EQ(attnSpecSamplerGetKernel(s, &info), ATTN_SUCCESS) << attnGetLastError();
  EXPECT_STREQ(info.name, "spec");
  EXPECT_NE(info.operands & ATTN_OPERAND_ADVANCE_OFFSET, 0u);
  t::expectCError(attnSpecSamplerGetKernel(nullptr, &info), ATTN_ERROR_INVALID_ARGUMENT,
                  "sampler is null");
  const uint32_t specSizes[] = {8, 8, 8, 8, 8, 8, 8, 4, 4, 4, 4};
  attnFakeCudaRecordParams(specSizes, 11);
  attn_spec_sampler_args_t sa{};
  sa.draft_probs = addr(0), sa.draft_token_ids = addr(1), sa.target_probs = addr(2);
  sa.seed_offset = addr(3), sa.out = addr(4), sa.accepted = addr(5), sa.emitted = addr(6);
  sa.num_rows = 3, sa.num_spec = 2, sa.vocab = 1000, sa.advance_offset = 1;
  ASSERT_EQ(attnSpecSamplerRun(s, &sa, nullptr), ATTN_SUCCESS) << attnGetLastError();
  EXPECT_EQ(attnFakeCudaLastParam(7), 1u);
  sa.advance_offset = -1;
  t::expectCError(attnSpecSamplerRun(s, &sa, nullptr), ATTN_ERROR_INVALID_ARGUMENT,
                  "advance_offset (-1) must be 0 or 1");
  attnSpecSamplerFree(s);
  attnFakeCudaRecordParams(nullptr, 0);
  freeAndExpectNoLeaks(b);
}

// The speculative verifier through the C API: one 1024-thread CTA per request; a bad dtype,
// num_spec or null buffer comes back as a status with a message, launching nothing.
TEST_F(FakeDriver, SpecSamplerLaunchesOneCtaPerRequest) {
  namespace t = attn::rt::test;
  nlohmann::json m = t::allFamiliesManifest();
  m["kernels"].push_back(t::opKernelEntry(
      "ops_chain_speculative_sample", "spec_sample",
      {t::param("draft_probs"), t::param("draft_token_ids"), t::param("target_probs"),
       t::param("seed_offset"), t::param("out"), t::param("accepted"), t::param("emitted"),
       t::param("num_spec", "i32"), t::param("vocab", "i32"), t::param("num_rows", "i32")},
      4, {{"dtype", "f32"}}, /*threads=*/1024));
  TempBundle bundle{m.dump()};
  attn_bundle_t b = nullptr;
  ASSERT_NO_FATAL_FAILURE(load(&b, bundle.dir()));
  attn_spec_sampler_config_t c;
  attnSpecSamplerConfigInit(&c);
  EXPECT_EQ(c.dtype, ATTN_DTYPE_F32);
  attn_spec_sampler_t s = nullptr;
  c.dtype = ATTN_DTYPE_F16;
  t::expectCError(attnSpecSamplerCreate(b, &c, &s), ATTN_ERROR_INVALID_ARGUMENT,
                  "dtype must be f32 or bf16, got f16");
  c.dtype = ATTN_DTYPE_BF16; // the bundle has only the f32 kernel
  EXPECT_EQ(attnSpecSamplerCreate(b, &c, &s), ATTN_ERROR_NOT_FOUND);
  c.dtype = ATTN_DTYPE_F32;
  EXPECT_EQ(attnSpecSamplerCreate(b, &c, nullptr), ATTN_ERROR_INVALID_ARGUMENT);
  ASSERT_EQ(attnSpecSamplerCreate(b, &c, &s), ATTN_SUCCESS) << attnGetLastError();
  attn_spec_sampler_args_t a{};
  a.draft_probs = addr(0), a.draft_token_ids = addr(1), a.target_probs = addr(2);
  a.seed_offset = addr(3), a.out = addr(4), a.accepted = addr(5), a.emitted = addr(6);
  a.num_rows = 33, a.num_spec = 4, a.vocab = 128256;
  ASSERT_EQ(attnSpecSamplerRun(s, &a, nullptr), ATTN_SUCCESS) << attnGetLastError();
  uint32_t grid = 0, block = 0, smem = 0;
  attnFakeCudaLastLaunch(&grid, &block, &smem);
  EXPECT_EQ(grid, 33u);
  EXPECT_EQ(block, 1024u);
  a.num_spec = 0;
  t::expectCError(attnSpecSamplerRun(s, &a, nullptr), ATTN_ERROR_INVALID_ARGUMENT,
                  "num_spec (0) must be positive (draft tokens per request)");
  a.num_spec = 4, a.emitted = 0;
  t::expectCError(attnSpecSamplerRun(s, &a, nullptr), ATTN_ERROR_INVALID_ARGUMENT,
                  "emitted is null (kernel 'ops_chain_speculative_sample' reads it)");
  EXPECT_EQ(attnSpecSamplerRun(s, nullptr, nullptr), ATTN_ERROR_INVALID_ARGUMENT);
  a.emitted = addr(6), a.num_rows = 0; // launches nothing
  ASSERT_EQ(attnSpecSamplerRun(s, &a, nullptr), ATTN_SUCCESS) << attnGetLastError();
  EXPECT_EQ(attnFakeCudaLaunches(), 1);
  attnSpecSamplerFree(s);
  freeAndExpectNoLeaks(b);
}

// Cluster sampling kernels: a row over a thread-block cluster of tile.cluster CTAs, launched
// through cuLaunchKernelEx with the cluster dimension (num_rows * cluster CTAs, the dynamic
// shared memory of the slice); a 16-CTA cluster first allows the non-portable size. The
// problem's cluster_size picks them; the default (1) keeps the one-CTA-per-row kernel.
TEST_F(FakeDriver, SamplerLaunchesClustersForClusterKernels) {
  nlohmann::json m = attn::rt::test::allFamiliesManifest();
  nlohmann::json params = {attn::rt::test::param("input"), attn::rt::test::param("seed_offset"),
                           attn::rt::test::param("out"), attn::rt::test::param("vocab", "i32"),
                           attn::rt::test::param("num_rows", "i32")};
  nlohmann::json variant = {{"dtype", "bf16"}, {"input", "logits"}, {"mode", "sample"}};
  m["kernels"].push_back(
      attn::rt::test::opKernelEntry("one_cta", "sample", params, 8, variant, 1024));
  for (int cluster : {8, 16}) {
    nlohmann::json v = variant;
    v["cluster_size"] = cluster;
    nlohmann::json k =
        attn::rt::test::opKernelEntry("c" + std::to_string(cluster), "sample", params, 8, v, 512);
    k["tile"]["cluster"] = cluster;
    k["dynamic_smem"] = 262144 / cluster * 4;
    m["kernels"].push_back(k);
  }
  TempBundle bundle{m.dump()};
  attn_bundle_t b = nullptr;
  ASSERT_NO_FATAL_FAILURE(load(&b, bundle.dir()));
  attn_sampler_args_t a{};
  a.input = addr(0), a.seed_offset = addr(2), a.out = addr(3);
  a.num_rows = 3, a.vocab = 128256;
  for (int cluster : {1, 8, 16}) {
    attn_sampler_config_t c;
    attnSamplerConfigInit(&c);
    EXPECT_EQ(c.cluster_size, 1);
    c.input = ATTN_SAMPLING_LOGITS, c.dtype = ATTN_DTYPE_BF16, c.cluster_size = cluster;
    attn_sampler_t s = nullptr;
    ASSERT_EQ(attnSamplerCreate(b, &c, &s), ATTN_SUCCESS) << attnGetLastError();
    const int64_t before = attnFakeCudaCalls("cuLaunchKernelEx");
    ASSERT_EQ(attnSamplerRun(s, &a, nullptr), ATTN_SUCCESS) << attnGetLastError();
    uint32_t grid = 0, block = 0, smem = 0;
    attnFakeCudaLastLaunch(&grid, &block, &smem);
    EXPECT_EQ(grid, 3u * uint32_t(cluster));
    EXPECT_EQ(block, cluster == 1 ? 1024u : 512u);
    EXPECT_EQ(smem, cluster == 1 ? 0u : uint32_t(262144 / cluster * 4));
    EXPECT_EQ(attnFakeCudaLastCluster(), cluster == 1 ? 0u : uint32_t(cluster));
    EXPECT_EQ(attnFakeCudaCalls("cuLaunchKernelEx") - before, cluster == 1 ? 0 : 1);
    if (cluster == 16) {
      attn_sampler_args_t many = a;
      many.num_rows = 1 << 28, many.vocab = 1;
      attn::rt::test::expectCError(attnSamplerRun(s, &many, nullptr), ATTN_ERROR_INVALID_ARGUMENT,
                                   "num_rows * cluster (4294967296) exceeds 2^31 - 1 CTAs "
                                   "(kernel 'c16')");
    }
    attnSamplerFree(s);
  }
  attn_sampler_config_t c;
  attnSamplerConfigInit(&c);
  c.input = ATTN_SAMPLING_LOGITS, c.dtype = ATTN_DTYPE_BF16, c.cluster_size = 4;
  attn_sampler_t s = nullptr;
  attn::rt::test::expectCError(attnSamplerCreate(b, &c, &s), ATTN_ERROR_INVALID_ARGUMENT,
                               "cluster_size (4) must be 1, 8 or 16");
  freeAndExpectNoLeaks(b);
}

// A bundle whose decode step was compiled for the tensor cores holds a paged prefill kernel
// (and its merge kernel) and no decode kernel: decode create / plan / run drive it with one
// query row per request, binding the workspace's arange as qo_indptr.
TEST_F(FakeDriver, DecodeRunsATensorCorePrefillKernel) {
  TempBundle prefillOnly(attn::rt::test::prefillManifest(/*paged=*/true, /*split=*/true).dump());
  attn_bundle_t b = nullptr;
  ASSERT_EQ(attnBundleLoad(prefillOnly.dir().c_str(), &b), ATTN_SUCCESS) << attnGetLastError();
  const int64_t bytesBefore = attnFakeCudaLiveDeviceBytes();
  Outcome o;
  runDecode(b, &o);
  ASSERT_EQ(o.status, ATTN_SUCCESS) << o.message;
  EXPECT_EQ(attnFakeCudaLaunches(), o.expectedLaunches);
  EXPECT_EQ(o.expectedLaunches, 2); // 300 pages of 16 keys are split: attention + merge
  attnBundleFree(b);
  EXPECT_EQ(attnFakeCudaLiveObjects(), baseline_);
  EXPECT_EQ(attnFakeCudaLiveDeviceBytes(), bytesBefore);
}

TEST_F(FakeDriver, TensorCoreDecodePlanChecksAndArange) {
  using namespace attn::rt;
  TempBundle prefillOnly(test::prefillManifest(/*paged=*/true, /*split=*/true).dump());
  std::unique_ptr<Bundle> bundle;
  ASSERT_TRUE(Bundle::open(prefillOnly.dir(), &bundle).isOk());
  DecodeProblem p;
  test::setLlama3PagedHeads(p);
  p.want_lse = true;
  DecodeOptions opts;
  opts.max_batch = 4;
  std::unique_ptr<DecodeAttention> d;
  Status st = DecodeAttention::create(*bundle, p, opts, &d);
  ASSERT_TRUE(st.isOk()) << st.message();
  EXPECT_TRUE(d->usesTensorCoreKernel());
  EXPECT_EQ(d->attentionKernel().family, "prefill");
  const int32_t indptr[] = {0, 2, 3, 3, 4, 5};
  const int32_t last[] = {16, 5, 0, 1, 9};
  const int32_t indices[] = {7, 1, 2, 9};
  DecodePlanInput in;
  in.batch_size = 5; // over max_batch
  in.kv_indptr = indptr;
  in.kv_last_page_len = last;
  st = d->plan(in, nullptr);
  EXPECT_EQ(st.code(), StatusCode::CapacityExceeded) << st.message();
  in.batch_size = 4;
  in.kv_indices = indices;
  in.num_pages = 8; // index 9 is out of range
  st = d->plan(in, nullptr);
  EXPECT_EQ(st.code(), StatusCode::InvalidArgument);
  EXPECT_EQ(st.message(), "kv_indices[3] (9) is out of range [0, 8)");
  DecodeRunArgs a;
  st = d->run(a, nullptr);
  EXPECT_EQ(st.code(), StatusCode::NotReady) << st.message();
  in.num_pages = 10;
  st = d->plan(in, nullptr);
  ASSERT_TRUE(st.isOk()) << st.message();
  EXPECT_EQ(d->currentPlan().batch_size, 4);
  EXPECT_EQ(d->currentPlan().num_rows, 4);
}

namespace {
/// Caller-owned workspaces in fake device memory (an int workspace of 1 MiB, a float one of
/// 64 MiB) set into `o`, so a test can read the plan the runtime writes there.
void useCallerWorkspaces(attn::rt::PrefillOptions &o, uint64_t *intWs, uint64_t *floatWs) {
  constexpr uint64_t kIntBytes = 1 << 20, kFloatBytes = 64 << 20;
  ASSERT_EQ(attnFakeCudaAlloc(intWs, kIntBytes), 0);
  ASSERT_EQ(attnFakeCudaAlloc(floatWs, kFloatBytes), 0);
  o.int_workspace = *intWs;
  o.int_workspace_bytes = kIntBytes;
  o.float_workspace = *floatWs;
  o.float_workspace_bytes = kFloatBytes;
}

/// A prefill handle for the Llama-3 paged problem (with LSE) on a bundle whose attention kernel
/// takes head_section or not; members in this order, so the handle goes before its bundle.
struct SectionsHandle {
  explicit SectionsHandle(bool sections) : dir(manifest(sections).dump()) {}
  static nlohmann::json manifest(bool sections) {
    nlohmann::json m = attn::rt::test::prefillManifest(/*paged=*/true, /*split=*/true);
    return sections ? attn::rt::test::withHeadSection(m) : m;
  }
  attn::rt::Status create(const attn::rt::PrefillOptions &o) {
    attn::rt::Status st = attn::rt::Bundle::open(dir.dir(), &bundle);
    if (!st.isOk())
      return st;
    attn::rt::PrefillProblem p;
    attn::rt::test::setLlama3PagedHeads(p);
    p.want_lse = true;
    return attn::rt::PrefillAttention::create(*bundle, p, o, &pre);
  }
  TempBundle dir;
  std::unique_ptr<attn::rt::Bundle> bundle;
  std::unique_ptr<attn::rt::PrefillAttention> pre;
};
} // namespace

// one_query_per_request: plan takes only qo_indptr = arange and copies it to the workspace,
// where run binds it when the caller's qo_indptr is 0.
TEST_F(FakeDriver, PrefillOneQueryPerRequestKeepsArangeInTheWorkspace) {
  using namespace attn::rt;
  TempBundle paged(test::prefillManifest(/*paged=*/true, /*split=*/true).dump());
  std::unique_ptr<Bundle> bundle;
  ASSERT_TRUE(Bundle::open(paged.dir(), &bundle).isOk());
  PrefillProblem p;
  test::setLlama3PagedHeads(p);
  p.want_lse = true;
  PrefillOptions opts;
  opts.max_batch = 4;
  opts.max_qo_tokens = 4;
  opts.one_query_per_request = true;
  uint64_t intWs = 0, floatWs = 0;
  ASSERT_NO_FATAL_FAILURE(useCallerWorkspaces(opts, &intWs, &floatWs));
  {
    std::unique_ptr<PrefillAttention> pre;
    Status st = PrefillAttention::create(*bundle, p, opts, &pre);
    ASSERT_TRUE(st.isOk()) << st.message();
    const size_t arange = pre->workspaceLayout().qo_arange_word;
    EXPECT_GE(arange, pre->workspaceLayout().merge_indptr_word + 5);
    const int32_t kv[] = {0, 2, 3, 4};
    const int32_t last[] = {16, 5, 1};
    const int32_t twoRows[] = {0, 2, 3, 4};
    PrefillPlanInput in;
    in.batch_size = 3;
    in.qo_indptr = twoRows;
    in.kv_indptr = kv;
    in.kv_last_page_len = last;
    st = pre->plan(in, nullptr);
    EXPECT_EQ(st.code(), StatusCode::InvalidArgument);
    EXPECT_NE(st.message().find("qo_indptr[1] is 2"), std::string::npos) << st.message();
    const int32_t rows[] = {0, 1, 2, 3};
    in.qo_indptr = rows;
    st = pre->plan(in, nullptr);
    ASSERT_TRUE(st.isOk()) << st.message();
    const auto *words = static_cast<const int32_t *>(
        attnFakeCudaHostAddress(intWs + arange * sizeof(int32_t), 4 * sizeof(int32_t)));
    ASSERT_NE(words, nullptr);
    EXPECT_EQ(std::vector<int32_t>(words, words + 4), std::vector<int32_t>({0, 1, 2, 3}));
    PrefillRunArgs a;
    a.q = addr(0);
    a.k = addr(1);
    a.v = addr(2);
    a.kv_indptr = addr(3);
    a.kv_indices = addr(4);
    a.kv_last_page_len = addr(5);
    a.o = addr(6);
    a.lse = addr(7);
    st = pre->run(a, nullptr); // qo_indptr 0: the workspace's arange
    EXPECT_TRUE(st.isOk()) << st.message();
  }
  EXPECT_EQ(attnFakeCudaFree(intWs), 0);
  EXPECT_EQ(attnFakeCudaFree(floatWs), 0);
}

namespace {
/// `manifest` with the i32 parameter kv_page_stride after every kernel's kv_last_page_len, as
/// attn-outline writes paged kernels now.
nlohmann::json withPageStride(nlohmann::json manifest) {
  for (auto &k : manifest["kernels"]) {
    nlohmann::json params = nlohmann::json::array();
    for (const auto &p : k["params"]) {
      params.push_back(p);
      if (p["name"] == "kv_last_page_len")
        params.push_back(attn::rt::test::param("kv_page_stride", "i32"));
    }
    k["params"] = params;
  }
  return manifest;
}

/// Records the first `pointers` parameters as 8-byte pointers and the next as an i32.
void recordPointersThenI32(int pointers) {
  std::vector<uint32_t> sizes(size_t(pointers), 8u);
  sizes.push_back(4u);
  attnFakeCudaRecordParams(sizes.data(), int(sizes.size()));
}

constexpr int64_t kDensePage = 16 * 8 * 128; // page_size * num_kv_heads * head_dim
} // namespace

// kv_page_stride is bound by name as an i32 (the dense page when the caller passes 0) for
// decode, paged prefill and append; bad strides are InvalidArgument before any launch.
TEST_F(FakeDriver, PageStrideIsPackedAsAnI32Parameter) {
  TempBundle strided(withPageStride(attn::rt::test::allFamiliesManifest()).dump());
  attn_bundle_t b = nullptr;
  ASSERT_NO_FATAL_FAILURE(load(&b, strided.dir()));

  attn_decode_config_t dc;
  attnDecodeConfigInit(&dc);
  attn::rt::test::setLlama3PagedHeads(dc);
  dc.max_batch = 4;
  attn_decode_t d = nullptr;
  ASSERT_EQ(attnDecodeCreate(b, &dc, &d), ATTN_SUCCESS) << attnGetLastError();
  const int32_t indptr[] = {0, 1}, last[] = {5};
  ASSERT_EQ(attnDecodePlan(d, 1, indptr, last, nullptr, 0, nullptr), ATTN_SUCCESS);
  int32_t needsMerge = 1;
  ASSERT_EQ(attnDecodeGetPlanInfo(d, nullptr, nullptr, nullptr, &needsMerge), ATTN_SUCCESS);
  ASSERT_EQ(needsMerge, 0); // the last launch is the attention kernel
  attn_decode_args_t a{};
  a.q = addr(0), a.k_cache = addr(1), a.v_cache = addr(2), a.kv_indptr = addr(3);
  a.kv_indices = addr(4), a.kv_last_page_len = addr(5), a.o = addr(6), a.lse = addr(7);
  recordPointersThenI32(7); // q .. kv_last_page_len, then kv_page_stride
  ASSERT_EQ(attnDecodeRun(d, &a, nullptr), ATTN_SUCCESS) << attnGetLastError();
  EXPECT_EQ(attnFakeCudaLastParam(2), addr(1));
  EXPECT_EQ(attnFakeCudaLastParam(7), uint64_t(kDensePage));
  a.kv_page_stride = 2 * kDensePage; // the halves of a combined [pages, 2, ...] cache
  ASSERT_EQ(attnDecodeRun(d, &a, nullptr), ATTN_SUCCESS) << attnGetLastError();
  EXPECT_EQ(attnFakeCudaLastParam(7), uint64_t(2 * kDensePage));
  const int64_t launches = attnFakeCudaLaunches();
  struct Bad {
    int64_t stride;
    const char *message;
  };
  for (const Bad &bad :
       {Bad{kDensePage - 8, "kv_page_stride (16376) must be 0 (dense) or at least one page "
                            "(page_size * num_kv_heads * head_dim = 16384 elements)"},
        Bad{-1, "kv_page_stride (-1) must be 0 (dense) or at least one page (page_size * "
                "num_kv_heads * head_dim = 16384 elements)"},
        Bad{kDensePage + 4, "kv_page_stride (16388 elements) must keep pages 16-byte aligned"},
        Bad{int64_t(1) << 31,
            "kv_page_stride (2147483648) is past the kernels' i32 parameter (2147483647)"}}) {
    a.kv_page_stride = bad.stride;
    EXPECT_EQ(attnDecodeRun(d, &a, nullptr), ATTN_ERROR_INVALID_ARGUMENT) << bad.stride;
    EXPECT_STREQ(attnGetLastError(), bad.message);
  }
  EXPECT_EQ(attnFakeCudaLaunches(), launches);
  attnDecodeFree(d);

  attn_prefill_config_t pc;
  attnPrefillConfigInit(&pc);
  attn::rt::test::setLlama3PagedHeads(pc);
  pc.max_batch = 4;
  pc.max_qo_tokens = 64;
  attn_prefill_t p = nullptr;
  ASSERT_EQ(attnPrefillCreate(b, &pc, &p), ATTN_SUCCESS) << attnGetLastError();
  const int32_t qo[] = {0, 3}, kv[] = {0, 1};
  ASSERT_EQ(attnPrefillPlan(p, 1, qo, kv, last, nullptr), ATTN_SUCCESS) << attnGetLastError();
  ASSERT_EQ(attnPrefillGetPlanInfo(p, nullptr, nullptr, nullptr, &needsMerge), ATTN_SUCCESS);
  ASSERT_EQ(needsMerge, 0);
  attn_prefill_args_t pa{};
  pa.q = addr(0), pa.qo_indptr = addr(1), pa.k = addr(2), pa.v = addr(3), pa.kv_indptr = addr(4);
  pa.kv_indices = addr(5), pa.kv_last_page_len = addr(6), pa.o = addr(7), pa.lse = addr(8);
  pa.kv_page_stride = 3 * kDensePage;
  recordPointersThenI32(7);
  ASSERT_EQ(attnPrefillRun(p, &pa, nullptr), ATTN_SUCCESS) << attnGetLastError();
  EXPECT_EQ(attnFakeCudaLastParam(7), uint64_t(3 * kDensePage));
  attnPrefillFree(p);

  attn_append_kv_config_t ac;
  attnAppendKVConfigInit(&ac);
  attn::rt::test::setLlama3KvPages(ac);
  attn_append_kv_t append = nullptr;
  ASSERT_EQ(attnAppendKVCreate(b, &ac, &append), ATTN_SUCCESS) << attnGetLastError();
  attn_append_kv_args_t aa{};
  aa.k = addr(0), aa.v = addr(1), aa.batch_indices = addr(2), aa.positions = addr(3);
  aa.k_cache = addr(4), aa.v_cache = addr(5), aa.kv_indptr = addr(6), aa.kv_indices = addr(7);
  aa.num_rows = 33;
  recordPointersThenI32(9); // k .. kv_last_page_len, kv_page_stride, then num_rows
  ASSERT_EQ(attnAppendKVRun(append, &aa, nullptr), ATTN_SUCCESS) << attnGetLastError();
  EXPECT_EQ(attnFakeCudaLastParam(9), uint64_t(kDensePage));
  aa.kv_page_stride = 2 * kDensePage;
  ASSERT_EQ(attnAppendKVRun(append, &aa, nullptr), ATTN_SUCCESS) << attnGetLastError();
  EXPECT_EQ(attnFakeCudaLastParam(9), uint64_t(2 * kDensePage));
  aa.kv_page_stride = 100;
  EXPECT_EQ(attnAppendKVRun(append, &aa, nullptr), ATTN_ERROR_INVALID_ARGUMENT);
  attnAppendKVFree(append);
  freeAndExpectNoLeaks(b);
}

// Kernels compiled before kv_page_stride existed read dense pools: a dense stride (0 or the
// page) still runs them, any other is a Mismatch naming the kernel.
TEST_F(FakeDriver, KernelsWithoutPageStrideTakeDensePoolsOnly) {
  attn_bundle_t b = nullptr;
  ASSERT_NO_FATAL_FAILURE(load(&b));
  attn_decode_config_t dc;
  attnDecodeConfigInit(&dc);
  attn::rt::test::setLlama3PagedHeads(dc);
  dc.max_batch = 4;
  attn_decode_t d = nullptr;
  ASSERT_EQ(attnDecodeCreate(b, &dc, &d), ATTN_SUCCESS) << attnGetLastError();
  const int32_t indptr[] = {0, 1}, last[] = {5};
  ASSERT_EQ(attnDecodePlan(d, 1, indptr, last, nullptr, 0, nullptr), ATTN_SUCCESS);
  attn_decode_args_t a{};
  a.q = addr(0), a.k_cache = addr(1), a.v_cache = addr(2), a.kv_indptr = addr(3);
  a.kv_indices = addr(4), a.kv_last_page_len = addr(5), a.o = addr(6), a.lse = addr(7);
  EXPECT_EQ(attnDecodeRun(d, &a, nullptr), ATTN_SUCCESS) << attnGetLastError();
  a.kv_page_stride = kDensePage;
  EXPECT_EQ(attnDecodeRun(d, &a, nullptr), ATTN_SUCCESS) << attnGetLastError();
  a.kv_page_stride = 2 * kDensePage;
  EXPECT_EQ(attnDecodeRun(d, &a, nullptr), ATTN_ERROR_MISMATCH);
  EXPECT_STREQ(attnGetLastError(),
               "kv_page_stride (32768) is not the dense page (16384 elements) but kernel "
               "'decode_h128' has no kv_page_stride parameter (recompile the bundle)");
  attnDecodeFree(d);
  freeAndExpectNoLeaks(b);
}

namespace {
/// Records every parameter of `kernel`'s launches at the size of its kind: 8-byte pointers,
/// 4-byte scalars and 128-byte tensor maps.
void recordParamsOf(const attn::rt::KernelEntry &kernel) {
  std::vector<uint32_t> sizes;
  for (const attn::rt::KernelParam &p : kernel.params)
    sizes.push_back(p.kind == attn::rt::abi::ParamKind::TensorMap ? attn::rt::abi::kTensorMapBytes
                    : p.kind == attn::rt::abi::ParamKind::Ptr     ? 8u
                                                                  : 4u);
  attnFakeCudaRecordParams(sizes.data(), int(sizes.size()));
}

/// The bytes the last launch passed as parameter `index`.
std::vector<unsigned char> lastParamBytes(int index) {
  std::vector<unsigned char> bytes(ATTN_FAKE_CUDA_MAX_PARAM_BYTES);
  bytes.resize(attnFakeCudaLastParamBytes(index, bytes.data(), uint32_t(bytes.size())));
  return bytes;
}

/// The bytes the `index`-th encoding since the last reset wrote (empty when there is none).
std::vector<unsigned char> encodedBytes(int64_t index) {
  attn_fake_tensor_map_encode_t e{};
  if (attnFakeCudaTensorMapEncode(index, &e) != 0)
    return {};
  return std::vector<unsigned char>(std::begin(e.bytes), std::end(e.bytes));
}

/// A prefill handle on the TMA kernel of a ragged bundle, planned for two requests.
struct TmaPrefill {
  explicit TmaPrefill(const nlohmann::json &manifest) : dir(manifest.dump()) {}

  /// Opens the bundle, creates the prefill for `dtype` and plans; the status of the first
  /// step that fails.
  attn::rt::Status setUp(attn::rt::DType dtype = attn::rt::DType::BF16) {
    using namespace attn::rt;
    ATTN_RT_RETURN_IF_ERROR(Bundle::open(dir.dir(), &bundle));
    PrefillProblem p;
    test::setLlama3Heads(p);
    p.kv_format = KvFormat::Ragged;
    p.dtype = p.kv_dtype = dtype;
    p.want_lse = true;
    PrefillOptions o;
    o.max_batch = 4;
    o.max_qo_tokens = 1024;
    ATTN_RT_RETURN_IF_ERROR(PrefillAttention::create(*bundle, p, o, &prefill));
    const int32_t qo[] = {0, 100, 300};
    const int32_t kv[] = {0, 10, 400};
    PrefillPlanInput in;
    in.batch_size = 2;
    in.qo_indptr = qo;
    in.kv_indptr = kv;
    return prefill->plan(in, nullptr);
  }

  /// Run arguments over ragged K/V.
  static attn::rt::PrefillRunArgs args() {
    attn::rt::PrefillRunArgs a;
    a.q = addr(0);
    a.qo_indptr = addr(1);
    a.k = addr(2);
    a.v = addr(3);
    a.kv_indptr = addr(4);
    a.o = addr(7);
    a.lse = addr(8);
    return a;
  }

  TempBundle dir;
  std::unique_ptr<attn::rt::Bundle> bundle;
  std::unique_ptr<attn::rt::PrefillAttention> prefill;
};
} // namespace

// A TMA kernel's k_tmap and v_tmap: run encodes them from its k and v exactly as KernelABI.h
// says, and the launch passes their 128 bytes by value in the manifest's positions. Later runs
// encode only the map whose tensor moved (runs per layer pass new pointers every time).
TEST_F(FakeDriver, TmaPrefillEncodesBothMapsAndPassesThemByValue) {
  using namespace attn::rt;
  struct Case {
    DType dtype;
    int tileKv;
    int dataType;
  };
  for (const Case &c : {Case{DType::BF16, 64, int(CU_TENSOR_MAP_DATA_TYPE_BFLOAT16)},
                        Case{DType::F16, 128, int(CU_TENSOR_MAP_DATA_TYPE_FLOAT16)}}) {
    SCOPED_TRACE(dtypeName(c.dtype));
    attnFakeCudaReset();
    nlohmann::json m = test::prefillManifest(/*paged=*/false, /*split=*/false, /*tma=*/true);
    nlohmann::json &variant = m["kernels"][0]["variant"];
    variant["dtype"] = variant["kv_dtype"] = dtypeName(c.dtype);
    m["kernels"][0]["tile"]["tile_kv"] = c.tileKv;
    {
      TmaPrefill t(m);
      Status st = t.setUp(c.dtype);
      ASSERT_TRUE(st.isOk()) << st.message();
      EXPECT_EQ(attnFakeCudaTensorMapEncodes(), 0); // nothing to encode before a run
      const KernelEntry &k = t.prefill->attentionKernel();
      const int kParam = k.findParam("k_tmap"), vParam = k.findParam("v_tmap");
      ASSERT_EQ(kParam, 4); // right after k and v
      ASSERT_EQ(vParam, 5);
      recordParamsOf(k);
      PrefillRunArgs a = TmaPrefill::args();
      st = t.prefill->run(a, nullptr);
      ASSERT_TRUE(st.isOk()) << st.message();
      ASSERT_EQ(attnFakeCudaTensorMapEncodes(), 2);
      for (int i = 0; i < 2; ++i) {
        SCOPED_TRACE(i == 0 ? "k_tmap" : "v_tmap");
        attn_fake_tensor_map_encode_t e{};
        ASSERT_EQ(attnFakeCudaTensorMapEncode(i, &e), 0);
        EXPECT_EQ(e.global_address, i == 0 ? a.k : a.v);
        EXPECT_EQ(e.data_type, c.dataType);
        EXPECT_EQ(e.rank, 2u);
        EXPECT_EQ(e.global_dim[0], 8u * 128u); // Hkv * D
        EXPECT_EQ(e.global_dim[1], attn::rt::abi::prefill::kTensorMapRows);
        EXPECT_EQ(e.global_strides[0], 8u * 128u * 2u); // bytes per row
        EXPECT_EQ(e.box_dim[0], attn::rt::abi::prefill::kTensorMapBoxCols);
        EXPECT_EQ(e.box_dim[1], uint32_t(c.tileKv));
        EXPECT_EQ(e.element_strides[0], 1u);
        EXPECT_EQ(e.element_strides[1], 1u);
        EXPECT_EQ(e.interleave, int(CU_TENSOR_MAP_INTERLEAVE_NONE));
        EXPECT_EQ(e.swizzle, int(CU_TENSOR_MAP_SWIZZLE_128B));
        EXPECT_EQ(e.l2_promotion, int(CU_TENSOR_MAP_L2_PROMOTION_L2_256B));
        EXPECT_EQ(e.oob_fill, int(CU_TENSOR_MAP_FLOAT_OOB_FILL_NONE));
      }
      EXPECT_EQ(attnFakeCudaLaunches(), 1);
      EXPECT_EQ(lastParamBytes(kParam), encodedBytes(0));
      EXPECT_EQ(lastParamBytes(vParam), encodedBytes(1));
      EXPECT_EQ(attnFakeCudaLastParam(k.findParam("k")), a.k);
      EXPECT_EQ(attnFakeCudaLastParam(k.findParam("v")), a.v);
      EXPECT_EQ(attnFakeCudaLastParam(k.findParam("kv_indptr")), a.kv_indptr);

      // The same k and v: the maps are reused.
      st = t.prefill->run(a, nullptr);
      ASSERT_TRUE(st.isOk()) << st.message();
      EXPECT_EQ(attnFakeCudaTensorMapEncodes(), 2);
      EXPECT_EQ(attnFakeCudaLaunches(), 2);
      EXPECT_EQ(lastParamBytes(kParam), encodedBytes(0));
      EXPECT_EQ(lastParamBytes(vParam), encodedBytes(1));

      // The next layer's k: only k_tmap is encoded again.
      a.k = addr(9);
      st = t.prefill->run(a, nullptr);
      ASSERT_TRUE(st.isOk()) << st.message();
      ASSERT_EQ(attnFakeCudaTensorMapEncodes(), 3);
      attn_fake_tensor_map_encode_t e{};
      ASSERT_EQ(attnFakeCudaTensorMapEncode(2, &e), 0);
      EXPECT_EQ(e.global_address, addr(9));
      EXPECT_EQ(lastParamBytes(kParam), encodedBytes(2));
      EXPECT_EQ(lastParamBytes(vParam), encodedBytes(1));
      EXPECT_EQ(attnFakeCudaLastParam(k.findParam("k")), addr(9));

      // And its v: only v_tmap.
      a.v = addr(10);
      st = t.prefill->run(a, nullptr);
      ASSERT_TRUE(st.isOk()) << st.message();
      ASSERT_EQ(attnFakeCudaTensorMapEncodes(), 4);
      ASSERT_EQ(attnFakeCudaTensorMapEncode(3, &e), 0);
      EXPECT_EQ(e.global_address, addr(10));
      EXPECT_EQ(lastParamBytes(kParam), encodedBytes(2));
      EXPECT_EQ(lastParamBytes(vParam), encodedBytes(3));
      EXPECT_EQ(attnFakeCudaLaunches(), 4);
    }
    EXPECT_EQ(attnFakeCudaLiveObjects(), baseline_);
  }
}

// A paged TMA kernel's maps: [pages, page_size, Hkv * D] (NHD) or [pages, Hkv, page_size, D]
// (HND) with boxes of min(page_size, tile_kv) rows, pages the run's kv_page_stride apart (the
// dense page when 0); a new stride encodes both maps again.
TEST_F(FakeDriver, TmaPrefillEncodesPagedMapsWithThePageStride) {
  using namespace attn::rt;
  struct Case {
    const char *layout;
    int pageSize, tileKv;
  };
  for (const Case &c : {Case{"nhd", 16, 64}, Case{"hnd", 64, 64}, Case{"nhd", 256, 128}}) {
    SCOPED_TRACE(std::string(c.layout) + " page " + std::to_string(c.pageSize));
    attnFakeCudaReset();
    nlohmann::json m =
        withPageStride(test::prefillManifest(/*paged=*/true, /*split=*/false, /*tma=*/true));
    m["kernels"][0]["variant"]["layout"] = c.layout;
    m["kernels"][0]["variant"]["page_size"] = c.pageSize;
    m["kernels"][0]["tile"]["tile_kv"] = c.tileKv;
    {
      TempBundle dir(m.dump());
      std::unique_ptr<Bundle> bundle;
      ASSERT_TRUE(Bundle::open(dir.dir(), &bundle).isOk());
      PrefillProblem p;
      test::setLlama3Heads(p);
      p.kv_format = KvFormat::Paged;
      p.page_size = c.pageSize;
      p.layout = std::string(c.layout) == "hnd" ? KvLayout::HND : KvLayout::NHD;
      p.want_lse = true;
      PrefillOptions o;
      o.max_batch = 4;
      o.max_qo_tokens = 1024;
      std::unique_ptr<PrefillAttention> prefill;
      Status st = PrefillAttention::create(*bundle, p, o, &prefill);
      ASSERT_TRUE(st.isOk()) << st.message();
      const int32_t qo[] = {0, 100}, kv[] = {0, 20}, last[] = {7};
      PrefillPlanInput in;
      in.batch_size = 1;
      in.qo_indptr = qo;
      in.kv_indptr = kv;
      in.kv_last_page_len = last;
      st = prefill->plan(in, nullptr);
      ASSERT_TRUE(st.isOk()) << st.message();
      PrefillRunArgs a;
      a.q = addr(0), a.qo_indptr = addr(1), a.k = addr(2), a.v = addr(3), a.kv_indptr = addr(4);
      a.kv_indices = addr(5), a.kv_last_page_len = addr(6), a.o = addr(7), a.lse = addr(8);
      const uint64_t page = uint64_t(c.pageSize) * 8 * 128; // dense page, elements
      for (int64_t stride : {int64_t(0), int64_t(2 * page)}) {
        SCOPED_TRACE("kv_page_stride " + std::to_string(stride));
        a.kv_page_stride = stride;
        const int64_t before = attnFakeCudaTensorMapEncodes();
        st = prefill->run(a, nullptr);
        ASSERT_TRUE(st.isOk()) << st.message();
        ASSERT_EQ(attnFakeCudaTensorMapEncodes(), before + 2);
        const uint64_t pageBytes = (stride ? uint64_t(stride) : page) * 2;
        const uint32_t rows = uint32_t(std::min(c.pageSize, c.tileKv));
        for (int i = 0; i < 2; ++i) {
          SCOPED_TRACE(i == 0 ? "k_tmap" : "v_tmap");
          attn_fake_tensor_map_encode_t e{};
          ASSERT_EQ(attnFakeCudaTensorMapEncode(int(before) + i, &e), 0);
          EXPECT_EQ(e.global_address, i == 0 ? a.k : a.v);
          EXPECT_EQ(e.box_dim[0], attn::rt::abi::prefill::kTensorMapBoxCols);
          EXPECT_EQ(e.box_dim[1], rows);
          EXPECT_EQ(e.swizzle, int(CU_TENSOR_MAP_SWIZZLE_128B));
          if (std::string(c.layout) == "nhd") {
            ASSERT_EQ(e.rank, 3u);
            EXPECT_EQ(e.global_dim[0], 8u * 128u);
            EXPECT_EQ(e.global_dim[1], uint64_t(c.pageSize));
            EXPECT_EQ(e.global_dim[2], attn::rt::abi::prefill::kTensorMapRows);
            EXPECT_EQ(e.global_strides[0], 8u * 128u * 2u);
            EXPECT_EQ(e.global_strides[1], pageBytes);
            EXPECT_EQ(e.box_dim[2], 1u);
          } else {
            ASSERT_EQ(e.rank, 4u);
            EXPECT_EQ(e.global_dim[0], 128u);
            EXPECT_EQ(e.global_dim[1], uint64_t(c.pageSize));
            EXPECT_EQ(e.global_dim[2], 8u);
            EXPECT_EQ(e.global_dim[3], attn::rt::abi::prefill::kTensorMapRows);
            EXPECT_EQ(e.global_strides[0], 128u * 2u);
            EXPECT_EQ(e.global_strides[1], uint64_t(c.pageSize) * 128u * 2u);
            EXPECT_EQ(e.global_strides[2], pageBytes);
            EXPECT_EQ(e.box_dim[2], 1u);
            EXPECT_EQ(e.box_dim[3], 1u);
          }
        }
      }
      // The same pointers and stride again: nothing to encode.
      const int64_t encodes = attnFakeCudaTensorMapEncodes();
      ASSERT_TRUE(prefill->run(a, nullptr).isOk());
      EXPECT_EQ(attnFakeCudaTensorMapEncodes(), encodes);
    }
    EXPECT_EQ(attnFakeCudaLiveObjects(), baseline_);
  }
}

// A failed encoding is a status naming cuTensorMapEncodeTiled and its arguments, with nothing
// launched; the map is encoded again by the next run (and one already made is kept).
TEST_F(FakeDriver, TmaPrefillEncodeFailureNamesTheCall) {
  using namespace attn::rt;
  TmaPrefill t(test::prefillManifest(/*paged=*/false, /*split=*/false, /*tma=*/true));
  Status st = t.setUp();
  ASSERT_TRUE(st.isOk()) << st.message();
  PrefillRunArgs a = TmaPrefill::args();
  attnFakeCudaFail("cuTensorMapEncodeTiled", 0, 1, ATTN_FAKE_CUDA_DEFAULT_FAILURE);
  test::expectError(t.prefill->run(a, nullptr), StatusCode::DriverError,
                    "cuTensorMapEncodeTiled(k_tmap of kernel 'prefill_attention', "
                    "dtype=BFLOAT16, rank=2, address=0x300000, dims={1024, 2147483647, 0, 0}, "
                    "strides={2048, 0, 0}, box={64, 64, 1, 1} (the first rank entries of "
                    "each; strides one fewer), element_strides=1, interleave=none, "
                    "swizzle=128B, l2_promotion=256B, oob_fill=none) failed: "
                    "CUDA_ERROR_UNKNOWN (unknown error)");
  EXPECT_EQ(attnFakeCudaLaunches(), 0);
  // k's map is made this time, v's fails.
  attnFakeCudaFail("cuTensorMapEncodeTiled", 1, 1, ATTN_FAKE_CUDA_DEFAULT_FAILURE);
  st = t.prefill->run(a, nullptr);
  EXPECT_EQ(st.code(), StatusCode::DriverError);
  EXPECT_EQ(st.message().rfind("cuTensorMapEncodeTiled(v_tmap of kernel 'prefill_attention', "
                               "dtype=BFLOAT16, rank=2, address=0x400000,",
                               0),
            0u)
      << st.message();
  EXPECT_EQ(attnFakeCudaLaunches(), 0);
  // A k the TMA unit cannot address is refused before any encoding.
  a.k = addr(2) + 8;
  test::expectError(t.prefill->run(a, nullptr), StatusCode::InvalidArgument,
                    "k (0x300008) is not 16-byte aligned");
  EXPECT_EQ(attnFakeCudaCalls("cuTensorMapEncodeTiled"), 3);
  // Without a failure, the missing v map is encoded (k's is kept) and the kernel launched.
  a.k = addr(2);
  st = t.prefill->run(a, nullptr);
  ASSERT_TRUE(st.isOk()) << st.message();
  EXPECT_EQ(attnFakeCudaCalls("cuTensorMapEncodeTiled"), 4);
  ASSERT_EQ(attnFakeCudaTensorMapEncodes(), 2);
  attn_fake_tensor_map_encode_t e{};
  ASSERT_EQ(attnFakeCudaTensorMapEncode(1, &e), 0);
  EXPECT_EQ(e.global_address, addr(3));
  EXPECT_EQ(attnFakeCudaLaunches(), 1);
}

// A persistent kernel (tile.persistent) runs one CTA per resident slot, min(SMs x CTAs per SM,
// Hkv x work items), on a one-dimensional grid: two requests of 100 and 200 queries in GQA
// groups of 4 are 4 + 7 Q tiles of 128 packed rows, 11 items on 8 KV heads.
TEST_F(FakeDriver, PersistentPrefillLaunchesOneCtaPerResidentSlot) {
  using namespace attn::rt;
  nlohmann::json m = test::prefillManifest(/*paged=*/false, /*split=*/false);
  m["kernels"][0]["tile"]["persistent"] = 1;
  for (auto [sms, occupancy, want] :
       {std::tuple{4, 1, 4u}, std::tuple{30, 2, 60u}, std::tuple{132, 2, 88u}}) {
    SCOPED_TRACE(testing::Message() << sms << " SMs x " << occupancy);
    attnFakeCudaSetDevice(sms, occupancy);
    TmaPrefill t(m);
    Status st = t.setUp();
    ASSERT_TRUE(st.isOk()) << st.message();
    st = t.prefill->run(TmaPrefill::args(), nullptr);
    ASSERT_TRUE(st.isOk()) << st.message();
    uint32_t grid = 0, block = 0;
    attnFakeCudaLastLaunch(&grid, &block, nullptr);
    EXPECT_EQ(grid, want);
    EXPECT_EQ(block, 128u);
  }
  // ATTN_RT_PERSISTENT_CTAS caps the grid (a testing hook: every CTA loops over many items);
  // anything but a positive integer fails create, naming the variable.
  attnFakeCudaSetDevice(132, 2);
  // Unset again however the test leaves (the other tests of the process must not see it).
  struct UnsetOnExit {
    ~UnsetOnExit() { unsetenv("ATTN_RT_PERSISTENT_CTAS"); }
  } unsetOnExit;
  ASSERT_EQ(setenv("ATTN_RT_PERSISTENT_CTAS", "3", 1), 0);
  {
    TmaPrefill t(m);
    Status st = t.setUp();
    ASSERT_TRUE(st.isOk()) << st.message();
    ASSERT_TRUE(t.prefill->run(TmaPrefill::args(), nullptr).isOk());
    uint32_t grid = 0;
    attnFakeCudaLastLaunch(&grid, nullptr, nullptr);
    EXPECT_EQ(grid, 3u);
  }
  for (const char *bad : {"0", "-2", "3x", "x", " 3", "99999999999"}) {
    SCOPED_TRACE(bad);
    ASSERT_EQ(setenv("ATTN_RT_PERSISTENT_CTAS", bad, 1), 0);
    TmaPrefill t(m);
    test::expectError(t.setUp(), StatusCode::InvalidArgument,
                      std::string("ATTN_RT_PERSISTENT_CTAS ('") + bad +
                          "') must be a positive integer: the most CTAs a persistent kernel "
                          "launches");
  }
  // Without the flag the grid is (Hkv, work items), and the variable is not read (even a
  // malformed value).
  ASSERT_EQ(setenv("ATTN_RT_PERSISTENT_CTAS", "0", 1), 0);
  attnFakeCudaSetDevice(4, 1);
  TmaPrefill plain(test::prefillManifest(/*paged=*/false, /*split=*/false));
  ASSERT_TRUE(plain.setUp().isOk());
  ASSERT_TRUE(plain.prefill->run(TmaPrefill::args(), nullptr).isOk());
  uint32_t grid = 0;
  attnFakeCudaLastLaunch(&grid, nullptr, nullptr);
  EXPECT_EQ(grid, 8u);
}

// A persistent kernel's plan gets its resident CTAs (PrefillSchedulerConfig::balance_ctas,
// capped like the grid by ATTN_RT_PERSISTENT_CTAS) unless ATTN_RT_BALANCE_SECTIONS is 0
// (unset, empty or 1: balanced); anything else fails create, naming the variable. A kernel
// that is not persistent does not read it.
TEST_F(FakeDriver, BalanceSectionsReachThePersistentPlan) {
  using namespace attn::rt;
  struct UnsetOnExit {
    ~UnsetOnExit() {
      unsetenv("ATTN_RT_BALANCE_SECTIONS");
      unsetenv("ATTN_RT_PERSISTENT_CTAS");
    }
  } unsetOnExit;
  nlohmann::json m = test::prefillManifest(/*paged=*/false, /*split=*/false);
  m["kernels"][0]["tile"]["persistent"] = 1;
  attnFakeCudaSetDevice(30, 2);
  for (auto [value, cap, want] :
       {std::tuple{(const char *)nullptr, "", 60}, std::tuple{"", "", 60}, std::tuple{"0", "", 0},
        std::tuple{"0", "7", 0}, std::tuple{"1", "", 60}, std::tuple{"1", "7", 7}}) {
    SCOPED_TRACE(testing::Message()
                 << "'" << (value ? value : "(unset)") << "', cap '" << cap << "'");
    if (value)
      ASSERT_EQ(setenv("ATTN_RT_BALANCE_SECTIONS", value, 1), 0);
    else
      ASSERT_EQ(unsetenv("ATTN_RT_BALANCE_SECTIONS"), 0);
    ASSERT_EQ(setenv("ATTN_RT_PERSISTENT_CTAS", cap, 1), 0);
    TmaPrefill t(m);
    Status st = t.setUp();
    ASSERT_TRUE(st.isOk()) << st.message();
    EXPECT_EQ(t.prefill->schedulerConfig().balance_ctas, want);
    ASSERT_TRUE(t.prefill->run(TmaPrefill::args(), nullptr).isOk());
  }
  unsetenv("ATTN_RT_PERSISTENT_CTAS");
  for (const char *bad : {"2", "-1", "yes", " 1"}) {
    SCOPED_TRACE(bad);
    ASSERT_EQ(setenv("ATTN_RT_BALANCE_SECTIONS", bad, 1), 0);
    TmaPrefill t(m);
    test::expectError(t.setUp(), StatusCode::InvalidArgument,
                      std::string("ATTN_RT_BALANCE_SECTIONS ('") + bad + "') must be 0 or 1");
  }
  // Not persistent: not read, even malformed.
  ASSERT_EQ(setenv("ATTN_RT_BALANCE_SECTIONS", "2", 1), 0);
  TmaPrefill plain(test::prefillManifest(/*paged=*/false, /*split=*/false));
  ASSERT_TRUE(plain.setUp().isOk());
  EXPECT_EQ(plain.prefill->schedulerConfig().balance_ctas, 0);
}

// L2 sections: a prefill kernel taking head_section gets the address of the plan header's word
// kWordHeadSection, where plan wrote the head_section it derived from the device's L2 size
// (read once, at create); a kernel without the parameter neither queries the L2 nor plans
// sections (head_section = Hkv), and runs as before.
TEST_F(FakeDriver, PrefillHeadSectionIsThePlanHeaderWord) {
  using namespace attn::rt;
  int64_t attributeQueries[2] = {0, 0};
  for (bool sections : {false, true}) {
    SCOPED_TRACE(sections ? "kernel with head_section" : "kernel without head_section");
    attnFakeCudaReset();
    attnFakeCudaSetL2CacheSize(40 << 20); // a budget of 20 MiB
    PrefillOptions o;
    o.max_batch = 16;
    o.max_qo_tokens = 65536;
    uint64_t intWs = 0, floatWs = 0;
    ASSERT_NO_FATAL_FAILURE(useCallerWorkspaces(o, &intWs, &floatWs));
    {
      SectionsHandle h(sections);
      Status st = h.create(o);
      ASSERT_TRUE(st.isOk()) << st.message();
      std::unique_ptr<PrefillAttention> &pre = h.pre;
      attributeQueries[sections] = attnFakeCudaCalls("cuDeviceGetAttribute");
      EXPECT_EQ(pre->schedulerConfig().l2_bytes, sections ? 40 << 20 : 0);
      EXPECT_EQ(pre->schedulerConfig().kv_elem_bytes, 2);
      const KernelEntry &k = pre->attentionKernel();
      const int param = k.findParam(attn::rt::abi::prefill::kHeadSection);
      EXPECT_EQ(param >= 0, sections);

      // Plans a batch of `n` causal requests of `tokens` tokens (16-token pages).
      auto planEqual = [&](int32_t n, int32_t tokens) {
        std::vector<int32_t> qo{0}, kv{0}, last;
        for (int32_t b = 0; b < n; ++b) {
          qo.push_back(qo.back() + tokens);
          kv.push_back(kv.back() + tokens / 16);
          last.push_back(16);
        }
        PrefillPlanInput in;
        in.batch_size = n;
        in.qo_indptr = qo.data();
        in.kv_indptr = kv.data();
        in.kv_last_page_len = last.data();
        return pre->plan(in, nullptr);
      };
      const auto *header = static_cast<const int32_t *>(
          attnFakeCudaHostAddress(intWs, kPlanHeaderWords * sizeof(int32_t)));
      ASSERT_NE(header, nullptr);
      PrefillRunArgs a;
      a.q = addr(0), a.qo_indptr = addr(1), a.k = addr(2), a.v = addr(3);
      a.kv_indptr = addr(4), a.kv_indices = addr(5), a.kv_last_page_len = addr(6);
      a.o = addr(7), a.lse = addr(8);

      // 16 x 1024 tokens: 512 KiB of K/V a head and request, T = 8 MiB -> 2 heads a section.
      st = planEqual(16, 1024);
      ASSERT_TRUE(st.isOk()) << st.message();
      EXPECT_EQ(pre->currentPlan().head_section, sections ? 2 : 8);
      EXPECT_EQ(header[kWordVersion], kPrefillPlanLayoutVersion);
      EXPECT_EQ(header[kWordHeadSection], sections ? 2 : 8);
      recordParamsOf(k);
      st = pre->run(a, nullptr);
      ASSERT_TRUE(st.isOk()) << st.message();
      EXPECT_EQ(attnFakeCudaLaunches(), 1); // 512 items x 8 heads: no split, no merge
      EXPECT_EQ(attnFakeCudaLastParam(k.findParam(attn::rt::abi::prefill::kNumWork)),
                intWs + kWordNumWork * sizeof(int32_t));
      if (sections)
        EXPECT_EQ(attnFakeCudaLastParam(param), intWs + kWordHeadSection * sizeof(int32_t));

      // 6 x 8192 tokens: T = 24 MiB is over the budget: one head a section, the requests in
      // groups of 20 MiB ({0 .. 4}, {5}), the last request's items last.
      st = planEqual(6, 8192);
      ASSERT_TRUE(st.isOk()) << st.message();
      const PrefillPlan &plan = pre->currentPlan();
      EXPECT_EQ(header[kWordHeadSection], sections ? 1 : 8);
      const int32_t last = plan.num_work - 256; // request 5's 256 Q tiles
      for (int32_t w = 0; w < plan.num_work; ++w)
        if (sections)
          ASSERT_EQ(plan.work_request[size_t(w)] == 5, w >= last) << "item " << w;
      if (!sections) // heaviest first across all requests: request 5's items are everywhere
        EXPECT_NE(std::find(plan.work_request.begin(), plan.work_request.begin() + last, 5),
                  plan.work_request.begin() + last);
      st = pre->run(a, nullptr);
      ASSERT_TRUE(st.isOk()) << st.message();
      if (sections)
        EXPECT_EQ(attnFakeCudaLastParam(param), intWs + kWordHeadSection * sizeof(int32_t));
    }
    EXPECT_EQ(attnFakeCudaFree(intWs), 0);
    EXPECT_EQ(attnFakeCudaFree(floatWs), 0);
  }
  // The L2 size is one more attribute query, made only for the kernel that takes head_section.
  EXPECT_EQ(attributeQueries[1], attributeQueries[0] + 1);

  // A failing L2 query fails create, naming the attribute.
  attnFakeCudaReset();
  PrefillOptions o;
  o.max_batch = 4;
  o.max_qo_tokens = 64;
  attnFakeCudaFail("cuDeviceGetAttribute", attributeQueries[1] - 1, 1,
                   ATTN_FAKE_CUDA_DEFAULT_FAILURE);
  SectionsHandle h(true);
  Status st = h.create(o);
  EXPECT_EQ(st.code(), StatusCode::DriverError);
  EXPECT_NE(st.message().find("cuDeviceGetAttribute(attribute=L2_CACHE_SIZE, device=0) failed"),
            std::string::npos)
      << st.message();
  EXPECT_EQ(h.pre, nullptr);
}

// ATTN_RT_L2_BYTES replaces the device's L2 size for a kernel taking head_section (a testing
// hook: small problems get several sections); empty is unset; anything but a non-negative
// integer fails create, naming the variable. A kernel without head_section ignores it.
TEST_F(FakeDriver, PrefillL2BytesEnvVarOverridesTheDevice) {
  using namespace attn::rt;
  struct UnsetOnExit {
    ~UnsetOnExit() { unsetenv(kL2BytesEnvVar); }
  } unset;
  PrefillOptions o;
  o.max_batch = 4;
  o.max_qo_tokens = 64;
  // The L2 bytes the plan of a new handle is configured with (-1: create failed).
  auto l2BytesOf = [&](bool sections, Status *st) -> int64_t {
    attnFakeCudaReset();
    attnFakeCudaSetL2CacheSize(50 << 20);
    SectionsHandle h(sections);
    *st = h.create(o);
    return h.pre ? h.pre->schedulerConfig().l2_bytes : -1;
  };
  Status st;
  ASSERT_EQ(setenv(kL2BytesEnvVar, "3000000", 1), 0);
  EXPECT_EQ(l2BytesOf(true, &st), 3000000) << st.message();
  EXPECT_EQ(l2BytesOf(false, &st), 0) << st.message();
  ASSERT_EQ(setenv(kL2BytesEnvVar, "", 1), 0);
  EXPECT_EQ(l2BytesOf(true, &st), 50 << 20) << st.message();
  for (const char *bad : {"-1", "x", "12k", " 5", "99999999999999999999"}) {
    SCOPED_TRACE(bad);
    ASSERT_EQ(setenv(kL2BytesEnvVar, bad, 1), 0);
    EXPECT_EQ(l2BytesOf(true, &st), -1);
    EXPECT_EQ(st.code(), StatusCode::InvalidArgument);
    EXPECT_NE(st.message().find(std::string("ATTN_RT_L2_BYTES ('") + bad +
                                "') must be a non-negative integer"),
              std::string::npos)
        << st.message();
    // A kernel without head_section never reads the variable.
    EXPECT_EQ(l2BytesOf(false, &st), 0) << st.message();
  }
}

// The launch itself refuses a tensor-map parameter nobody encoded, so no path that forgets to
// bind the maps can hand the kernel garbage descriptors.
TEST_F(FakeDriver, LaunchRefusesATensorMapNobodyEncoded) {
  using namespace attn::rt;
  TempBundle dir(test::prefillManifest(/*paged=*/false, /*split=*/false, /*tma=*/true).dump());
  std::unique_ptr<Bundle> bundle;
  ASSERT_TRUE(Bundle::open(dir.dir(), &bundle).isOk());
  {
    detail::KernelRunner runner;
    Status st = runner.init(*bundle, /*attention=*/0, /*merge=*/-1, /*device=*/0);
    ASSERT_TRUE(st.isOk()) << st.message();
    detail::SlotValues v;
    test::expectError(runner.launchAttention(1, v, nullptr, /*heads_fastest=*/true),
                      StatusCode::Internal,
                      "kernel 'prefill_attention': tensor map 'k_tmap' was not encoded for this "
                      "launch");
    const CUtensorMap map{};
    v.k_tmap = &map;
    test::expectError(runner.launchAttention(1, v, nullptr, /*heads_fastest=*/true),
                      StatusCode::Internal,
                      "kernel 'prefill_attention': tensor map 'v_tmap' was not encoded for this "
                      "launch");
    EXPECT_EQ(attnFakeCudaCalls("cuLaunchKernel"), 0);
    v.v_tmap = &map;
    st = runner.launchAttention(1, v, nullptr, /*heads_fastest=*/true);
    EXPECT_TRUE(st.isOk()) << st.message();
    EXPECT_EQ(attnFakeCudaLaunches(), 1);
  }
  bundle.reset();
  EXPECT_EQ(attnFakeCudaLiveObjects(), baseline_);
}

TEST(CApiAbi, VersionMatchesTheHeader) {
  EXPECT_EQ(attnAbiVersion(), ATTN_RT_ABI_VERSION);
  EXPECT_EQ(ATTN_RT_ABI_VERSION, 3);
}
