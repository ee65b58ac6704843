//===- PlanBench.cpp - attn-rt-plan-bench: host plan-time microbenchmark --===//
//
// Times planDecode and planPrefill (the host schedulers, validation included) and the
// serialisation into the staging layout for several batch shapes; prints the median and p90
// over many iterations.
// Usage: attn-rt-plan-bench [iterations]   (default 20000)
//
//===----------------------------------------------------------------------===//
// The scheduler tests' H100 configurations: the benchmark times the shapes the tests check.
#include "TestScheduler.h"

#include "attn-rt/DecodeScheduler.h"
#include "attn-rt/PrefillScheduler.h"
#include "attn-rt/Workspace.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

using namespace attn::rt;

namespace {

struct Batch {
  std::string name;
  std::vector<int32_t> indptr, last, indices;
  int32_t numPages = 0;
};

Batch makeBatch(std::string name, const std::vector<int32_t> &lens, int32_t pageSize) {
  Batch b;
  b.name = std::move(name);
  b.indptr.push_back(0);
  for (int32_t len : lens) {
    int32_t pages = (len + pageSize - 1) / pageSize;
    b.indptr.push_back(b.indptr.back() + pages);
    b.last.push_back(pages ? len - (pages - 1) * pageSize : 0);
  }
  b.numPages = b.indptr.back();
  for (int32_t i = 0; i < b.numPages; ++i)
    b.indices.push_back((i * 7919) % b.numPages);
  return b;
}

double percentile(std::vector<double> v, double q) {
  std::sort(v.begin(), v.end());
  return v[size_t(q * double(v.size() - 1))];
}

/// Nanoseconds of each of `iters` calls of `planAndSerialize` (a Status-returning callable);
/// empty after printing the message when a call fails.
template <typename F> std::vector<double> timeCalls(int iters, F &&planAndSerialize) {
  std::vector<double> ns;
  ns.reserve(size_t(iters));
  for (int i = 0; i < iters; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    Status st = planAndSerialize();
    auto t1 = std::chrono::steady_clock::now();
    if (!st.isOk()) {
      std::fprintf(stderr, "plan failed: %s\n", st.message().c_str());
      return {};
    }
    ns.push_back(
        double(std::chrono::duration_cast<std::chrono::nanoseconds>(t1 - t0).count()));
  }
  return ns;
}

/// A prefill batch: (query tokens, KV tokens) per request, paged with 16-token pages.
struct PrefillBatch {
  std::string name;
  std::vector<int32_t> qo{0}, kv{0}, last;
  PrefillBatch(std::string n, const std::vector<std::pair<int32_t, int32_t>> &reqs,
               int32_t pageSize)
      : name(std::move(n)) {
    for (auto [q, k] : reqs) {
      qo.push_back(qo.back() + q);
      int32_t pages = (k + pageSize - 1) / pageSize;
      kv.push_back(kv.back() + pages);
      last.push_back(pages ? k - (pages - 1) * pageSize : 0);
    }
  }
};

/// `n` KV lengths drawn uniformly from [1, maxLen].
std::vector<int32_t> randomLens(size_t n, int32_t maxLen, std::mt19937 &rng) {
  std::uniform_int_distribution<int32_t> dist(1, maxLen);
  std::vector<int32_t> lens(n);
  for (auto &l : lens)
    l = dist(rng);
  return lens;
}

int benchPrefill(int iters, std::mt19937 &rng) {
  // Llama-3-8B, causal, paged, on an H100 at 1 CTA/SM (the scheduler tests' shape), with
  // capacity for 512 requests.
  PrefillSchedulerConfig cfg = test::h100PrefillConfig();
  cfg.max_batch = 512;
  cfg.max_work = defaultPrefillMaxWork(cfg);
  cfg.max_partial_rows = defaultPrefillMaxPartialRows(cfg);
  std::vector<PrefillBatch> batches;
  batches.emplace_back("prefill   B=16 2048/2048",
                       std::vector<std::pair<int32_t, int32_t>>(16, {2048, 2048}), 16);
  batches.emplace_back("append    B=1  16 after 32752",
                       std::vector<std::pair<int32_t, int32_t>>{{16, 32768}}, 16);
  batches.emplace_back("chunked   B=64 512 after 0..8192", [&] {
    std::uniform_int_distribution<int32_t> dist(0, 8192);
    std::vector<std::pair<int32_t, int32_t>> r(64);
    for (auto &x : r)
      x = {512, 512 + dist(rng)};
    return r;
  }(), 16);
  batches.emplace_back("mixed     B=256 1..256 after 0..4096", [&] {
    std::uniform_int_distribution<int32_t> q(1, 256), k(0, 4096);
    std::vector<std::pair<int32_t, int32_t>> r(256);
    for (auto &x : r) {
      x.first = q(rng);
      x.second = x.first + k(rng);
    }
    return r;
  }(), 16);
  PrefillWorkspaceLayout layout;
  if (!computePrefillWorkspaceLayout(cfg.max_qo_tokens, cfg.max_work, cfg.max_partial_rows,
                                     cfg.num_qo_heads, cfg.head_dim, &layout)
           .isOk())
    return 1;
  std::vector<int32_t> staging(layout.int_words);
  std::printf("\nprefill: tile_q=%d tile_kv=%d, %d SMs x %d CTAs, max_work=%d\n", cfg.tile_q,
              cfg.tile_kv, cfg.num_sms, cfg.ctas_per_sm, cfg.max_work);
  std::printf("%-34s %8s %8s %10s %10s\n", "batch", "work", "chunk", "plan_p50", "plan_p90");
  PrefillPlan plan;
  for (const PrefillBatch &b : batches) {
    PrefillPlanInput in{int32_t(b.last.size()), b.qo.data(), b.kv.data(), b.last.data()};
    std::vector<double> ns = timeCalls(iters, [&] {
      size_t words = 0;
      Status st = planPrefill(cfg, in, &plan);
      return st.isOk() ? serializePrefillPlan(plan, layout, staging.data(), staging.size(),
                                              &words)
                       : st;
    });
    if (ns.empty())
      return 1;
    std::printf("%-34s %8d %8d %8.0fns %8.0fns\n", b.name.c_str(), plan.num_work,
                plan.chunk_tokens, percentile(ns, 0.5), percentile(ns, 0.9));
  }
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  int iters = argc > 1 ? std::atoi(argv[1]) : 20000;
  if (iters < 1)
    iters = 1;
  constexpr int32_t kPageSize = 16;
  // Llama-3-8B on an H100 SXM: 132 SMs x 8 CTAs, 16-key tiles, 512 requests, 1024 work items.
  const DecodeSchedulerConfig cfg = test::h100DecodeConfig(kPageSize);

  std::mt19937 rng(42);
  std::vector<Batch> batches;
  {
    std::vector<int32_t> lens(128, 2048);
    batches.push_back(makeBatch("uniform   B=128 len=2048", lens, kPageSize));
  }
  batches.push_back(
      makeBatch("random    B=128 len=1..8192", randomLens(128, 8192, rng), kPageSize));
  {
    std::vector<int32_t> lens(128, 512);
    lens[0] = 32768;
    batches.push_back(makeBatch("skewed    B=128 1x32768+127x512", lens, kPageSize));
  }
  {
    std::vector<int32_t> lens(64, 512);
    lens[0] = 32768;
    batches.push_back(makeBatch("skewed    B=64  1x32768+63x512", lens, kPageSize));
  }
  batches.push_back(
      makeBatch("random    B=512 len=1..4096", randomLens(512, 4096, rng), kPageSize));

  DecodeWorkspaceLayout layout;
  if (!computeDecodeWorkspaceLayout(cfg.max_batch, cfg.max_work, cfg.num_qo_heads,
                                    cfg.head_dim, &layout)
           .isOk())
    return 1;
  std::vector<int32_t> staging(layout.int_words);
  std::printf("attn-rt-plan-bench: %d iterations, page_size=%d, %d SMs x %d CTAs, Hkv=%d\n",
              iters, kPageSize, cfg.num_sms, cfg.ctas_per_sm, cfg.num_kv_heads);
  std::printf("%-34s %8s %8s %10s %10s %12s\n", "batch", "work", "chunk", "plan_p50",
              "plan_p90", "+indices_p50");
  DecodePlan plan;
  for (const Batch &b : batches) {
    DecodePlanInput in;
    in.batch_size = int32_t(b.last.size());
    in.kv_indptr = b.indptr.data();
    in.kv_last_page_len = b.last.data();
    in.num_pages = b.numPages;
    std::vector<double> ns, nsIdx;
    for (int withIndices = 0; withIndices < 2; ++withIndices) {
      in.kv_indices = withIndices ? b.indices.data() : nullptr;
      (withIndices ? nsIdx : ns) = timeCalls(iters, [&] {
        size_t words = 0;
        Status st = planDecode(cfg, in, &plan);
        return st.isOk() ? serializeDecodePlan(plan, layout, staging.data(), staging.size(),
                                               &words)
                         : st;
      });
      if ((withIndices ? nsIdx : ns).empty())
        return 1;
    }
    std::printf("%-34s %8d %8d %8.0fns %8.0fns %10.0fns\n", b.name.c_str(), plan.num_work,
                plan.chunk_tokens, percentile(ns, 0.5), percentile(ns, 0.9),
                percentile(nsIdx, 0.5));
  }
  return benchPrefill(iters, rng);
}
