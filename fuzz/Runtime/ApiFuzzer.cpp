//===- ApiFuzzer.cpp - libFuzzer target: C API call sequences, fake driver -===//
//
// The input is a program: each step picks a C API call (create, plan, run, query or free of
// decode, prefill, append_kv, rope, merge, cascade; or an injected driver failure) and its
// arguments:
// configs with arbitrary sizes and capacities, host index arrays of the length the call is
// told (their values arbitrary), device pointers that are arbitrary numbers or buffers
// allocated in the fake driver, and arbitrary floats. The bundle (every family, as in the
// fake-driver tests) is written once per process and loaded per input.
//
// Checked beyond the sanitizers: every status is a known code, every error has a message,
// handles are null after a failed create, and after all handles are freed no device object
// is left (injected failures are cleared before the frees: a failed free cannot be reported).
//
//===----------------------------------------------------------------------===//
#include "FakeBundle.h"
#include "FakeCuda.h"
#include "TestBundle.h"

#include "attn-rt/Driver.h"
#include "attn-rt/attn_rt.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

namespace {

/// The bundle (every family), loaded per input so that its modules are unloaded each time.
std::string gBundleDir;
attn_bundle_t gBundle = nullptr;
/// ATTN_RT_FUZZ_TRACE=1 prints each step and status (reproducing a crash input by hand).
const bool gTrace = std::getenv("ATTN_RT_FUZZ_TRACE") != nullptr;
/// Per step: well-formed arguments (the bundle's shapes, small valid capacities, aligned
/// device addresses, consistent page tables), so that sequences reach plan and run and their
/// launches; otherwise anything.
bool gWellFormed = false;

[[noreturn]] void fail(const char *what, const std::string &detail) {
  std::fprintf(stderr, "invariant broken: %s: %s\n", what, detail.c_str());
  std::abort();
}

/// Every status is a known code and every error says why.
void check(attn_status_t st, const char *call) {
  if (int(st) < int(ATTN_SUCCESS) || int(st) > int(ATTN_ERROR_INTERNAL))
    fail("unknown status", call);
  if (gTrace)
    std::fprintf(stderr, "  %s -> %d %s\n", call, int(st),
                 st == ATTN_SUCCESS ? "" : attnGetLastError());
  if (st != ATTN_SUCCESS && attnGetLastError()[0] == '\0')
    fail("error without a message", call);
  if (st == ATTN_ERROR_INTERNAL)
    fail("internal error", std::string(call) + ": " + attnGetLastError());
}

/// Sizes: mostly the bundle's, sometimes anything.
int32_t size(FuzzedDataProvider &in, int32_t usual) {
  if (gWellFormed)
    return usual;
  switch (in.ConsumeIntegralInRange<int>(0, 3)) {
  case 0: return in.ConsumeIntegral<int32_t>();
  case 1: return in.ConsumeIntegralInRange<int32_t>(-2, 300);
  default: return usual;
  }
}

/// A capacity: small mostly, sometimes large or invalid.
int32_t capacity(FuzzedDataProvider &in) {
  if (gWellFormed)
    return in.ConsumeIntegralInRange<int32_t>(0, 2) == 0 ? 0 : in.ConsumeIntegralInRange<int32_t>(8, 64);
  switch (in.ConsumeIntegralInRange<int>(0, 4)) {
  case 0: return in.ConsumeIntegral<int32_t>();
  case 1: return in.ConsumeIntegralInRange<int32_t>(0, 1 << 16);
  default: return in.ConsumeIntegralInRange<int32_t>(0, 64);
  }
}

/// Device buffers the fake driver owns, for pointers that must be real (workspaces).
struct Buffers {
  std::vector<uint64_t> live;
  ~Buffers() {
    for (uint64_t p : live)
      (void)attnFakeCudaFree(p);
  }
};

/// A device pointer: 0, an arbitrary value, an aligned fake address, or a fresh buffer.
uint64_t pointer(FuzzedDataProvider &in, Buffers &buffers, size_t *bytes = nullptr) {
  if (bytes)
    *bytes = 0;
  if (gWellFormed)
    return 0x10000000ull * in.ConsumeIntegralInRange<uint64_t>(1, 64);
  switch (in.ConsumeIntegralInRange<int>(0, 5)) {
  case 0: return 0;
  case 1: return in.ConsumeIntegral<uint64_t>();
  case 2: {
    size_t n = in.ConsumeIntegralInRange<size_t>(1, 1 << 20);
    uint64_t p = 0;
    if (attnFakeCudaAlloc(&p, n) != 0)
      return 0;
    buffers.live.push_back(p);
    if (bytes)
      *bytes = n;
    return p;
  }
  default: return 0x10000000ull * in.ConsumeIntegralInRange<uint64_t>(1, 64);
  }
}

/// A host int32 array of exactly `n` entries (callers are told its length), either
/// monotone (like an indptr) or arbitrary.
std::vector<int32_t> hostArray(FuzzedDataProvider &in, int32_t n) {
  std::vector<int32_t> v(size_t(std::max(n, 0)));
  const bool monotone = in.ConsumeBool();
  int32_t acc = 0;
  for (int32_t &x : v) {
    if (monotone) {
      acc += in.ConsumeIntegralInRange<int32_t>(0, 40);
      x = acc;
    } else {
      x = in.ConsumeIntegralInRange<int32_t>(-2, 64);
    }
  }
  if (monotone && !v.empty() && in.ConsumeBool())
    v[0] = 0;
  return v;
}

/// A consistent batch: kv_indptr (pages), kv_last_page_len (0 for a request without pages,
/// else [1, 16]), kv_indices (distinct pages), qo_indptr (tokens; prefill).
struct Batch {
  std::vector<int32_t> qo{0}, kv{0}, last, indices;
  Batch(FuzzedDataProvider &in, int32_t batch, int32_t maxQo) {
    const bool longKv = in.ConsumeIntegralInRange<int>(0, 7) == 0;
    for (int32_t b = 0; b < batch; ++b) {
      const int32_t pages = in.ConsumeIntegralInRange<int32_t>(0, longKv ? 4096 : 64);
      kv.push_back(kv.back() + pages);
      last.push_back(pages ? in.ConsumeIntegralInRange<int32_t>(1, 16) : 0);
      const int32_t room = std::max(0, maxQo - qo.back());
      qo.push_back(qo.back() + in.ConsumeIntegralInRange<int32_t>(0, std::min(room, 128)));
    }
    for (int32_t p = 0; p < kv.back(); ++p)
      indices.push_back(p);
    if (last.empty())
      last.push_back(0);
  }
};

float scalar(FuzzedDataProvider &in) {
  if (gWellFormed)
    return in.ConsumeBool() ? 0.0f : 0.08838834764831843f;
  switch (in.ConsumeIntegralInRange<int>(0, 3)) {
  case 0: return in.ConsumeFloatingPoint<float>();
  case 1: return 0.0f;
  default: return 0.08838834764831843f;
  }
}

/// Frees `handle`, then creates it again with `create(gBundle, &config, &handle)`; a failed
/// create must leave the handle null. Returns the create's status.
template <typename Handle, typename Config>
attn_status_t recreate(Handle &handle, void (*freeFn)(Handle),
                       attn_status_t (*create)(attn_bundle_t, const Config *, Handle *),
                       const Config &config, const char *name) {
  freeFn(handle);
  handle = nullptr;
  attn_status_t st = create(gBundle, &config, &handle);
  check(st, name);
  if (st != ATTN_SUCCESS && handle)
    fail("handle set by a failed create", name);
  return st;
}

/// The attention shape every create config has, in this order: query heads, KV heads,
/// head_dim, page size (each usually Llama-3-8B's).
template <typename Config> void fuzzShape(FuzzedDataProvider &in, Config &c) {
  c.num_qo_heads = size(in, 32);
  c.num_kv_heads = size(in, 8);
  c.head_dim = size(in, 128);
  c.page_size = size(in, 16);
}

/// What decode and prefill configs take after their capacities: graph_mode,
/// min_chunk_tokens, want_lse and, when the step is not well-formed, the caller's workspaces
/// (a buffer and a size that may not fit it). Returns whether the step is well-formed.
template <typename Config>
bool fuzzAttentionOptions(FuzzedDataProvider &in, Buffers &buf, Config &c) {
  c.graph_mode = in.ConsumeBool();
  c.min_chunk_tokens = capacity(in);
  c.want_lse = in.ConsumeBool();
  if (gWellFormed)
    return true;
  size_t bytes = 0;
  c.int_workspace = pointer(in, buf, &bytes);
  c.int_workspace_bytes = in.ConsumeBool() ? bytes : in.ConsumeIntegral<size_t>();
  c.float_workspace = pointer(in, buf, &bytes);
  c.float_workspace_bytes = in.ConsumeBool() ? bytes : in.ConsumeIntegral<size_t>();
  return false;
}

const char *const kInjectable[] = {
    "cuDeviceGet",      "cuDeviceGetAttribute", "cuCtxGetCurrent",   "cuCtxSetCurrent",
    "cuCtxGetDevice",   "cuCtxPushCurrent",     "cuCtxPopCurrent",   "cuDevicePrimaryCtxRetain",
    "cuModuleLoadData", "cuModuleGetFunction",  "cuFuncSetAttribute",
    "cuOccupancyMaxActiveBlocksPerMultiprocessor", "cuLaunchKernel", "cuLaunchKernelEx",
    "cuMemcpyHtoDAsync", "cuMemAlloc", "cuMemAllocHost", "cuEventCreate", "cuEventRecord",
    "cuEventSynchronize", "cuTensorMapEncodeTiled"};

struct Handles {
  attn_decode_t decode[2] = {};
  attn_prefill_t prefill[2] = {};
  attn_append_kv_t append = nullptr;
  attn_rope_t rope = nullptr;
  attn_merge_t merge[2] = {};
  attn_cascade_t cascade[2] = {};
  ~Handles() {
    for (auto &h : cascade)
      attnCascadeFree(h);
    for (auto &h : decode)
      attnDecodeFree(h);
    for (auto &h : prefill)
      attnPrefillFree(h);
    attnAppendKVFree(append);
    attnRopeFree(rope);
    for (auto &h : merge)
      attnMergeFree(h);
  }
};

/// Cascade create: 1..3 levels of decode or prefill kernels of the bundle (well-formed), or
/// any level count, kinds, bundles, capacities and scratch.
void cascadeCreate(FuzzedDataProvider &in, attn_cascade_t &handle, Buffers &buf) {
  attn_cascade_config_t c;
  attnCascadeConfigInit(&c);
  c.num_levels = gWellFormed ? in.ConsumeIntegralInRange<int32_t>(1, 3)
                             : in.ConsumeIntegralInRange<int32_t>(-1, 10);
  for (attn_cascade_level_config_t &lc : c.levels) {
    lc.bundle = gWellFormed || in.ConsumeBool() ? gBundle : nullptr;
    lc.kind = gWellFormed ? in.ConsumeIntegralInRange<int32_t>(0, 1)
                          : in.ConsumeIntegralInRange<int32_t>(-1, 2);
    lc.max_batch = gWellFormed ? 8 : capacity(in);
    lc.max_work = capacity(in);
    lc.max_partial_rows = capacity(in);
    lc.min_chunk_tokens = capacity(in);
  }
  c.merge_bundle = gWellFormed || in.ConsumeBool() ? gBundle : nullptr;
  c.num_qo_heads = size(in, 32);
  c.num_kv_heads = size(in, 8);
  c.head_dim = size(in, 128);
  c.page_size = size(in, 16);
  c.max_qo_tokens = gWellFormed ? 64 : capacity(in);
  c.graph_mode = in.ConsumeBool();
  if (!gWellFormed) {
    size_t bytes = 0;
    c.scratch = pointer(in, buf, &bytes);
    c.scratch_bytes = in.ConsumeBool() ? bytes : in.ConsumeIntegral<size_t>();
  }
  attnCascadeFree(handle);
  handle = nullptr;
  attn_status_t st = attnCascadeCreate(&c, &handle);
  check(st, "attnCascadeCreate");
  if (st != ATTN_SUCCESS && handle)
    fail("handle set by a failed create", "attnCascadeCreate");
}

/// Cascade plan: per level either one entry of all N queries or N entries of one (the shapes
/// of a shared level and a decode level) over consistent page tables, or arbitrary arrays.
void cascadePlan(FuzzedDataProvider &in, attn_cascade_t handle) {
  const int32_t n = gWellFormed ? in.ConsumeIntegralInRange<int32_t>(1, 3)
                                : in.ConsumeIntegralInRange<int32_t>(-1, 10);
  const int32_t N = in.ConsumeIntegralInRange<int32_t>(0, 8);
  std::vector<std::vector<int32_t>> arrays;
  attn_cascade_level_plan_t levels[ATTN_CASCADE_MAX_LEVELS] = {};
  for (int32_t l = 0; l < std::min(std::max(n, 0), ATTN_CASCADE_MAX_LEVELS); ++l) {
    int32_t batch = in.ConsumeIntegralInRange<int32_t>(-1, 9);
    std::vector<int32_t> qo, kv, last;
    if (gWellFormed) {
      batch = in.ConsumeBool() ? 1 : N;
      qo.push_back(0), kv.push_back(0);
      for (int32_t b = 0; b < batch; ++b) {
        const int32_t pages = in.ConsumeIntegralInRange<int32_t>(0, 80);
        qo.push_back(batch == 1 ? N : b + 1);
        kv.push_back(kv.back() + pages);
        last.push_back(pages ? in.ConsumeIntegralInRange<int32_t>(1, 16) : 0);
      }
    } else {
      qo = hostArray(in, std::max(batch, 0) + 1);
      kv = hostArray(in, std::max(batch, 0) + 1);
      last = hostArray(in, std::max(batch, 1));
    }
    last.push_back(0); // never an empty vector
    levels[l] = {batch, qo.data(), kv.data(), last.data()};
    arrays.push_back(std::move(qo));
    arrays.push_back(std::move(kv));
    arrays.push_back(std::move(last));
  }
  check(attnCascadePlan(handle, n, levels, nullptr), "attnCascadePlan");
}

void cascadeRun(FuzzedDataProvider &in, attn_cascade_t handle, Buffers &buf) {
  attn_cascade_args_t a{};
  for (uint64_t *p : {&a.q, &a.k_cache, &a.v_cache, &a.o, &a.lse})
    *p = pointer(in, buf);
  a.num_levels = in.ConsumeIntegralInRange<int32_t>(gWellFormed ? 1 : -1, 3);
  for (attn_cascade_level_args_t &l : a.levels)
    for (uint64_t *p : {&l.qo_indptr, &l.kv_indptr, &l.kv_indices, &l.kv_last_page_len})
      *p = pointer(in, buf);
  check(attnCascadeRun(handle, &a, nullptr), "attnCascadeRun");
  int32_t kind = 0, work = 0, rows = 0, merge = 0, index = 0;
  check(attnCascadeGetLevelInfo(handle, in.ConsumeIntegralInRange<int32_t>(-1, 3), &kind, &work,
                                &rows, &merge, &index),
        "attnCascadeGetLevelInfo");
}

void step(FuzzedDataProvider &in, Handles &h, Buffers &buf) {
  gWellFormed = in.ConsumeIntegralInRange<int>(0, 3) != 0;
  const int slot = in.ConsumeIntegralInRange<int>(0, 1);
  const int op = in.ConsumeIntegralInRange<int>(0, 18);
  if (gTrace)
    std::fprintf(stderr, "step %d slot %d%s (live %lld)\n", op, slot,
                 gWellFormed ? " well-formed" : "", (long long)attnFakeCudaLiveObjects());
  switch (op) {
  case 0: { // decode create
    attn_decode_config_t c;
    attnDecodeConfigInit(&c);
    fuzzShape(in, c);
    c.layout = in.ConsumeIntegralInRange<int32_t>(-1, 2) == 1 ? 1 : 0;
    c.max_batch = capacity(in);
    c.max_work = capacity(in);
    if (fuzzAttentionOptions(in, buf, c) && c.max_batch == 0)
      c.max_batch = 8;
    recreate(h.decode[slot], attnDecodeFree, attnDecodeCreate, c, "attnDecodeCreate");
    break;
  }
  case 1: { // decode plan
    if (gWellFormed) {
      Batch b(in, in.ConsumeIntegralInRange<int32_t>(0, 8), 0);
      const bool withIndices = in.ConsumeBool();
      check(attnDecodePlan(h.decode[slot], int32_t(b.kv.size() - 1), b.kv.data(), b.last.data(), withIndices ? b.indices.data() : nullptr,
                           std::max<int32_t>(1, b.kv.back()), nullptr),
            "attnDecodePlan");
      break;
    }
    int32_t batch = in.ConsumeIntegralInRange<int32_t>(-1, 40);
    std::vector<int32_t> indptr = hostArray(in, std::max(batch, 0) + 1);
    std::vector<int32_t> last = hostArray(in, std::max(batch, 1));
    std::vector<int32_t> indices = hostArray(in, indptr.empty() ? 0 : std::max(indptr.back(), 0));
    const bool withIndices = in.ConsumeBool() && !indices.empty();
    check(attnDecodePlan(h.decode[slot], batch, indptr.data(), last.data(),
                         withIndices ? indices.data() : nullptr, size(in, 4096), nullptr),
          "attnDecodePlan");
    break;
  }
  case 2: { // decode run
    attn_decode_args_t a{};
    a.q = pointer(in, buf);
    a.k_cache = pointer(in, buf);
    a.v_cache = pointer(in, buf);
    a.kv_indptr = pointer(in, buf);
    a.kv_indices = pointer(in, buf);
    a.kv_last_page_len = pointer(in, buf);
    a.o = pointer(in, buf);
    a.lse = pointer(in, buf);
    a.sm_scale = scalar(in);
    check(attnDecodeRun(h.decode[slot], &a, nullptr), "attnDecodeRun");
    int32_t w = 0, p = 0, c = 0, m = 0;
    check(attnDecodeGetPlanInfo(h.decode[slot], &w, &p, &c, &m), "attnDecodeGetPlanInfo");
    break;
  }
  case 3: { // prefill create
    attn_prefill_config_t c;
    attnPrefillConfigInit(&c);
    fuzzShape(in, c);
    c.max_batch = capacity(in);
    c.max_qo_tokens = capacity(in);
    c.max_work = capacity(in);
    c.max_partial_rows = capacity(in);
    if (fuzzAttentionOptions(in, buf, c)) {
      c.max_batch = std::max(c.max_batch, 8);
      c.max_qo_tokens = std::max(c.max_qo_tokens, 1024);
    }
    attn_status_t st =
        recreate(h.prefill[slot], attnPrefillFree, attnPrefillCreate, c, "attnPrefillCreate");
    if (st == ATTN_SUCCESS) {
      int32_t w = 0, r = 0, idx = -1;
      check(attnPrefillGetCapacities(h.prefill[slot], &w, &r), "attnPrefillGetCapacities");
      check(attnPrefillGetKernelIndex(h.prefill[slot], &idx), "attnPrefillGetKernelIndex");
    }
    break;
  }
  case 4: { // prefill plan
    if (gWellFormed) {
      Batch b(in, in.ConsumeIntegralInRange<int32_t>(0, 8), 1024);
      check(attnPrefillPlan(h.prefill[slot], int32_t(b.kv.size() - 1), b.qo.data(), b.kv.data(),
                            b.last.data(), nullptr),
            "attnPrefillPlan");
      break;
    }
    int32_t batch = in.ConsumeIntegralInRange<int32_t>(-1, 40);
    std::vector<int32_t> qo = hostArray(in, std::max(batch, 0) + 1);
    std::vector<int32_t> kv = hostArray(in, std::max(batch, 0) + 1);
    std::vector<int32_t> last = hostArray(in, std::max(batch, 1));
    check(attnPrefillPlan(h.prefill[slot], batch, qo.data(), kv.data(),
                          in.ConsumeBool() ? last.data() : nullptr, nullptr),
          "attnPrefillPlan");
    break;
  }
  case 5: { // prefill run
    attn_prefill_args_t a{};
    for (uint64_t *p : {&a.q, &a.qo_indptr, &a.k, &a.v, &a.kv_indptr, &a.kv_indices,
                        &a.kv_last_page_len, &a.o, &a.lse})
      *p = pointer(in, buf);
    if (!gWellFormed && in.ConsumeBool())
      for (uint64_t *p : {&a.custom_mask, &a.mask_indptr, &a.block_indptr, &a.block_indices,
                          &a.alibi_slopes, &a.rope_offsets})
        *p = pointer(in, buf);
    check(attnPrefillRun(h.prefill[slot], &a, nullptr), "attnPrefillRun");
    int32_t w = 0, r = 0, c = 0, m = 0;
    check(attnPrefillGetPlanInfo(h.prefill[slot], &w, &r, &c, &m), "attnPrefillGetPlanInfo");
    break;
  }
  case 6: { // append create + run
    attn_append_kv_config_t c;
    attnAppendKVConfigInit(&c);
    c.num_kv_heads = size(in, 8);
    c.head_dim = size(in, 128);
    c.page_size = size(in, 16);
    if (!gWellFormed) {
      c.layout = in.ConsumeIntegralInRange<int32_t>(-1, 2);
      c.dtype = in.ConsumeIntegralInRange<int32_t>(-1, 3);
    }
    recreate(h.append, attnAppendKVFree, attnAppendKVCreate, c, "attnAppendKVCreate");
    break;
  }
  case 7: {
    attn_append_kv_args_t a{};
    for (uint64_t *p : {&a.k, &a.v, &a.batch_indices, &a.positions, &a.k_cache, &a.v_cache,
                        &a.kv_indptr, &a.kv_indices, &a.kv_last_page_len})
      *p = pointer(in, buf);
    a.num_rows = size(in, 33);
    check(attnAppendKVRun(h.append, &a, nullptr), "attnAppendKVRun");
    break;
  }
  case 8: { // rope create
    attn_rope_config_t c;
    attnRopeConfigInit(&c);
    c.num_qo_heads = size(in, 32);
    c.num_kv_heads = size(in, 8);
    c.head_dim = size(in, 128);
    c.rotary_dim = size(in, 0);
    if (!gWellFormed) {
      c.kind = in.ConsumeIntegralInRange<int32_t>(-1, 3);
      c.interleave = in.ConsumeIntegralInRange<int32_t>(-1, 2);
      c.theta = in.ConsumeBool() ? in.ConsumeFloatingPoint<float>() : 10000.0f;
      c.scale = in.ConsumeBool() ? in.ConsumeFloatingPoint<float>() : 1.0f;
    }
    recreate(h.rope, attnRopeFree, attnRopeCreate, c, "attnRopeCreate");
    break;
  }
  case 9: {
    attn_rope_args_t a{};
    for (uint64_t *p : {&a.q, &a.k, &a.pos_ids, &a.q_out, &a.k_out})
      *p = pointer(in, buf);
    a.num_rows = size(in, 7);
    check(attnRopeRun(h.rope, &a, nullptr), "attnRopeRun");
    break;
  }
  case 10: { // merge create
    attn_merge_config_t c;
    attnMergeConfigInit(&c);
    const bool dense = gWellFormed ? slot == 1 : in.ConsumeBool();
    c.form = in.ConsumeIntegralInRange<int32_t>(0, 3);
    if (gWellFormed || in.ConsumeBool())
      c.form = dense ? ATTN_MERGE_STATES : ATTN_MERGE_STATE;
    c.num_heads = size(in, 32);
    c.head_dim = size(in, 128);
    c.dtype = dense ? ATTN_DTYPE_F16
              : gWellFormed ? ATTN_DTYPE_BF16
                            : in.ConsumeIntegralInRange<int32_t>(-1, 3);
    c.state_dtype = dense ? ATTN_DTYPE_F32
                    : gWellFormed ? ATTN_DTYPE_BF16
                                  : in.ConsumeIntegralInRange<int32_t>(-1, 3);
    c.write_lse = dense ? 0 : gWellFormed ? 1 : in.ConsumeIntegralInRange<int32_t>(-1, 2);
    c.num_states = size(in, 0);
    recreate(h.merge[slot], attnMergeFree, attnMergeCreate, c, "attnMergeCreate");
    break;
  }
  case 11: {
    attn_merge_args_t a{};
    if (gWellFormed && slot == 0) {
      for (uint64_t *p : {&a.v_a, &a.s_a, &a.v_b, &a.s_b, &a.v_out, &a.s_out})
        *p = pointer(in, buf);
      a.s_out = a.s_a + 0x1000; // never an input s
    } else if (gWellFormed) {
      for (uint64_t *p : {&a.v, &a.s, &a.v_out})
        *p = pointer(in, buf);
    } else {
      for (uint64_t *p : {&a.v_a, &a.s_a, &a.v_b, &a.s_b, &a.v, &a.s, &a.v_out, &a.s_out})
        *p = in.ConsumeBool() ? 0 : pointer(in, buf);
    }
    a.num_states = gWellFormed ? (slot == 0 ? 2 : in.ConsumeIntegralInRange<int32_t>(1, 8))
                               : size(in, 3);
    a.num_rows = size(in, 5);
    check(attnMergeRun(h.merge[slot], &a, nullptr), "attnMergeRun");
    break;
  }
  case 12: { // a driver call fails
    const char *call =
        kInjectable[in.ConsumeIntegralInRange<size_t>(0, std::size(kInjectable) - 1)];
    attnFakeCudaFail(call, in.ConsumeIntegralInRange<int64_t>(0, 8), 1,
                     in.ConsumeBool() ? 2 /*out of memory*/ : 0);
    break;
  }
  case 13: { // frees (in any order)
    attnDecodeFree(h.decode[slot]);
    h.decode[slot] = nullptr;
    attnPrefillFree(h.prefill[slot]);
    h.prefill[slot] = nullptr;
    attnMergeFree(h.merge[slot]);
    h.merge[slot] = nullptr;
    attnCascadeFree(h.cascade[slot]);
    h.cascade[slot] = nullptr;
    break;
  }
  case 16:
    cascadeCreate(in, h.cascade[slot], buf);
    break;
  case 17:
    cascadePlan(in, h.cascade[slot]);
    break;
  case 18:
    cascadeRun(in, h.cascade[slot], buf);
    break;
  case 14: { // queries on the bundle
    int32_t n = attnBundleNumKernels(gBundle);
    attn_kernel_info_t info;
    check(attnBundleGetKernel(gBundle, size(in, n - 1), &info), "attnBundleGetKernel");
    break;
  }
  default: { // workspace sizes
    size_t ib = 0, fb = 0;
    check(attnDecodeWorkspaceSize(capacity(in), capacity(in), size(in, 32), size(in, 128), &ib,
                                  &fb),
          "attnDecodeWorkspaceSize");
    check(attnPrefillWorkspaceSize(capacity(in), capacity(in), capacity(in), size(in, 32),
                                   size(in, 128), &ib, &fb),
          "attnPrefillWorkspaceSize");
    break;
  }
  }
}

/// Handles of every kind with the bundle's shapes, so that the steps start from live ones.
void prologue(Handles &h) {
  attn_decode_config_t d;
  attnDecodeConfigInit(&d);
  d.num_qo_heads = 32, d.num_kv_heads = 8, d.head_dim = 128, d.page_size = 16;
  d.max_batch = 8;
  check(attnDecodeCreate(gBundle, &d, &h.decode[0]), "attnDecodeCreate");
  attn_prefill_config_t p;
  attnPrefillConfigInit(&p);
  p.num_qo_heads = 32, p.num_kv_heads = 8, p.head_dim = 128, p.page_size = 16;
  p.max_batch = 8, p.max_qo_tokens = 1024;
  check(attnPrefillCreate(gBundle, &p, &h.prefill[0]), "attnPrefillCreate");
  attn_append_kv_config_t a;
  attnAppendKVConfigInit(&a);
  a.num_kv_heads = 8, a.head_dim = 128, a.page_size = 16;
  check(attnAppendKVCreate(gBundle, &a, &h.append), "attnAppendKVCreate");
  attn_rope_config_t r;
  attnRopeConfigInit(&r);
  r.num_qo_heads = 32, r.num_kv_heads = 8, r.head_dim = 128;
  check(attnRopeCreate(gBundle, &r, &h.rope), "attnRopeCreate");
  attn_merge_config_t m;
  attnMergeConfigInit(&m);
  m.num_heads = 32, m.head_dim = 128;
  check(attnMergeCreate(gBundle, &m, &h.merge[0]), "attnMergeCreate");
  m.form = ATTN_MERGE_STATES, m.dtype = ATTN_DTYPE_F16, m.state_dtype = ATTN_DTYPE_F32;
  m.write_lse = 0;
  check(attnMergeCreate(gBundle, &m, &h.merge[1]), "attnMergeCreate");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  if (!std::getenv(attn::rt::kDriverLibraryEnvVar))
    setenv(attn::rt::kDriverLibraryEnvVar, ATTN_FAKE_CUDA_PATH, 1);
  char tmpl[] = "/tmp/attn-api-fuzz-XXXXXX";
  const std::string dir = mkdtemp(tmpl);
  std::ofstream(dir + "/manifest.json") << attn::rt::test::allFamiliesManifest().dump();
  std::ofstream(dir + "/decode.cubin", std::ios::binary) << attn::rt::test::fakeCubin();
  gBundleDir = dir;
  std::atexit([] {
    std::remove((gBundleDir + "/manifest.json").c_str());
    std::remove((gBundleDir + "/decode.cubin").c_str());
    rmdir(gBundleDir.c_str());
  });
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  FuzzedDataProvider in(data, size);
  attnFakeCudaReset();
  const int64_t live = attnFakeCudaLiveObjects();
  if (attnBundleLoad(gBundleDir.c_str(), &gBundle) != ATTN_SUCCESS)
    fail("bundle load", attnGetLastError());
  {
    Buffers buffers;
    Handles handles;
    if (in.ConsumeBool())
      prologue(handles);
    for (int i = 0; i < 64 && in.remaining_bytes() > 0; ++i)
      step(in, handles, buffers);
    attnFakeCudaReset(); // no injected failure reaches the frees
  }
  attnBundleFree(gBundle);
  gBundle = nullptr;
  if (attnFakeCudaLiveObjects() != live)
    fail("device objects left after every handle was freed",
         std::to_string(attnFakeCudaLiveObjects() - live));
  return 0;
}
