//===- DecodeSchedulerTest.cpp - host decode scheduler: plans and validation ===//
#include "attn-rt/DecodeScheduler.h"
#include "TestExpect.h"
#include "TestScheduler.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <numeric>
#include <queue>
#include <vector>

using namespace attn::rt;

namespace {

/// A page table for given KV lengths (tokens); pages numbered consecutively.
struct Batch {
  std::vector<int32_t> indptr{0}, last, indices;
  int32_t pageSize;
  Batch(const std::vector<int32_t> &lens, int32_t pageSize) : pageSize(pageSize) {
    for (int32_t len : lens) {
      int32_t pages = (len + pageSize - 1) / pageSize;
      indptr.push_back(indptr.back() + pages);
      last.push_back(pages ? len - (pages - 1) * pageSize : 0);
    }
    for (int32_t i = 0; i < indptr.back(); ++i)
      indices.push_back(i);
  }
  DecodePlanInput input(bool withIndices = true) const {
    DecodePlanInput in;
    in.batch_size = int32_t(last.size());
    in.kv_indptr = indptr.data();
    in.kv_last_page_len = last.data();
    in.kv_indices = withIndices ? indices.data() : nullptr;
    in.num_pages = std::max<int32_t>(1, indptr.back());
    return in;
  }
};

/// H100-like defaults: 132 SMs, 8 CTAs/SM, 8 KV heads -> 132 one-wave slots.
DecodeSchedulerConfig config(int32_t pageSize = 16) { return test::h100DecodeConfig(pageSize); }

int64_t slotsOf(const DecodeSchedulerConfig &c, int32_t B) {
  int64_t s = int64_t(c.num_sms) * c.ctas_per_sm / c.num_kv_heads;
  return std::min<int64_t>(std::max<int64_t>(s, B), c.max_work);
}

/// Checks every structural invariant of a plan against the lengths it was made from.
void checkInvariants(const DecodePlan &p, const std::vector<int32_t> &lens,
                     const DecodeSchedulerConfig &c) {
  const int32_t B = int32_t(lens.size());
  const int32_t g = std::lcm(c.page_size, c.tile_kv);
  ASSERT_EQ(p.batch_size, B);
  ASSERT_EQ(p.num_rows, B);
  ASSERT_EQ(p.work_request.size(), size_t(p.num_work));
  ASSERT_EQ(p.merge_indptr.size(), size_t(B) + 1);
  ASSERT_LE(p.num_work, c.max_work);
  EXPECT_EQ(p.merge_indptr[0], 0);
  EXPECT_EQ(p.merge_indptr[size_t(B)], p.num_partials);
  int32_t w = 0;
  for (int32_t b = 0; b < B; ++b) {
    int32_t pb = p.merge_indptr[size_t(b)], pe = p.merge_indptr[size_t(b) + 1];
    ASSERT_LE(pb, pe);
    int32_t expectBegin = 0;
    int32_t items = 0;
    while (w < p.num_work && p.work_request[size_t(w)] == b) {
      EXPECT_EQ(p.work_kv_begin[size_t(w)], expectBegin) << "request " << b;
      EXPECT_EQ(p.work_kv_begin[size_t(w)] % g, 0) << "chunk start not granule-aligned";
      EXPECT_GE(p.work_kv_end[size_t(w)], p.work_kv_begin[size_t(w)]);
      if (pe > pb) {
        EXPECT_EQ(p.work_partial[size_t(w)], pb + items);
        EXPECT_GT(p.work_kv_end[size_t(w)], p.work_kv_begin[size_t(w)]) << "empty chunk";
      } else {
        EXPECT_EQ(p.work_partial[size_t(w)], -1);
      }
      expectBegin = p.work_kv_end[size_t(w)];
      ++items;
      ++w;
    }
    EXPECT_EQ(expectBegin, lens[size_t(b)]) << "request " << b << " not covered";
    EXPECT_GE(items, 1) << "request " << b << " has no work item";
    if (pe > pb)
      EXPECT_EQ(items, pe - pb);
    else
      EXPECT_EQ(items, 1);
  }
  EXPECT_EQ(w, p.num_work);
}

/// Greedy list scheduling of the items, in blockIdx order, on `slots` slots; cost per item =
/// tokens + overhead. What the GPU block scheduler does, approximately.
int64_t simulate(const DecodePlan &p, int64_t slots) {
  std::priority_queue<int64_t, std::vector<int64_t>, std::greater<int64_t>> free;
  for (int64_t i = 0; i < slots; ++i)
    free.push(0);
  int64_t makespan = 0;
  for (int32_t w = 0; w < p.num_work; ++w) {
    int64_t t = free.top();
    free.pop();
    t += p.work_kv_end[size_t(w)] - p.work_kv_begin[size_t(w)] + kWorkItemOverheadTokens;
    makespan = std::max(makespan, t);
    free.push(t);
  }
  return makespan;
}

int32_t maxItemTokens(const DecodePlan &p) {
  int32_t m = 0;
  for (int32_t w = 0; w < p.num_work; ++w)
    m = std::max(m, p.work_kv_end[size_t(w)] - p.work_kv_begin[size_t(w)]);
  return m;
}

Status planLens(const std::vector<int32_t> &lens, const DecodeSchedulerConfig &c,
                DecodePlan *p) {
  Batch b(lens, c.page_size);
  return planDecode(c, b.input(), p);
}

/// planLens, then checkInvariants (see planThenCheck in TestExpect.h).
void planChecked(const std::vector<int32_t> &lens, const DecodeSchedulerConfig &c, DecodePlan *p) {
  test::planThenCheck([&] { return planLens(lens, c, p); }, [&] { checkInvariants(*p, lens, c); });
}

/// Plans `batch` requests of 2048 tokens each into *p and expects one work item per request:
/// nothing split, nothing to merge.
void expectUniformBatchNotSplit(int32_t batch, DecodePlan *p) {
  std::vector<int32_t> lens(size_t(batch), 2048);
  ASSERT_NO_FATAL_FAILURE(planChecked(lens, config(), p));
  EXPECT_EQ(p->num_work, batch);
  EXPECT_EQ(p->num_partials, 0);
  EXPECT_FALSE(p->needs_merge);
}

} // namespace

TEST(DecodeScheduler, UniformBatchThatFillsTheGpuIsNotSplit) {
  DecodePlan p;
  ASSERT_NO_FATAL_FAILURE(expectUniformBatchNotSplit(128, &p));
  EXPECT_EQ(p.chunk_tokens, 0);
  EXPECT_EQ(p.grid_work, 128);
  EXPECT_EQ(p.grid_rows, 128);
}

TEST(DecodeScheduler, UniformSmallBatchIsSplitEvenly) {
  DecodeSchedulerConfig c = config();
  std::vector<int32_t> lens(8, 4096);
  DecodePlan p;
  ASSERT_NO_FATAL_FAILURE(planChecked(lens, c, &p));
  // 132 slots / 8 requests -> 16 chunks each of 256 tokens (4096 / 16 = 256).
  EXPECT_EQ(p.num_work, 128);
  EXPECT_LE(p.num_work, slotsOf(c, 8));
  EXPECT_EQ(p.chunk_tokens, 256);
  EXPECT_TRUE(p.needs_merge);
  for (int32_t w = 0; w < p.num_work; ++w)
    EXPECT_EQ(p.work_kv_end[size_t(w)] - p.work_kv_begin[size_t(w)], 256);
}

TEST(DecodeScheduler, SkewedBatchIsBalancedWithinOneChunk) {
  // 1 x 32768 + 63 x 512 on 132 slots: every item gets ~512 tokens.
  DecodeSchedulerConfig c = config();
  std::vector<int32_t> lens(64, 512);
  lens[0] = 32768;
  DecodePlan p;
  ASSERT_NO_FATAL_FAILURE(planChecked(lens, c, &p));
  EXPECT_LE(p.num_work, slotsOf(c, 64));
  const int64_t total = std::accumulate(lens.begin(), lens.end(), int64_t(0));
  const int32_t g = 16;
  // The longest item is within one granule of the ideal per-slot share, or of the longest
  // unsplittable request when that is larger.
  const int64_t ideal = (total + slotsOf(c, 64) - 1) / slotsOf(c, 64);
  EXPECT_LE(maxItemTokens(p), std::max<int64_t>(ideal, 512) + g);
  // The long request's chunks differ by at most one granule.
  int32_t lo = INT32_MAX, hi = 0;
  for (int32_t w = 0; w < p.num_work; ++w)
    if (p.work_request[size_t(w)] == 0) {
      int32_t len = p.work_kv_end[size_t(w)] - p.work_kv_begin[size_t(w)];
      lo = std::min(lo, len);
      hi = std::max(hi, len);
    }
  EXPECT_LE(hi - lo, g);
  EXPECT_EQ(p.merge_indptr[1] - p.merge_indptr[0], 64); // 32768 / 512
}

TEST(DecodeScheduler, TightSlotsUseMoreWavesForSkewedBatches) {
  // 1 x 32768 + 127 x 512: the batch size leaves 4 spare slots. One wave (FlashInfer's rule)
  // must cut the long request into 5 chunks of ~6.5k tokens that everybody waits for.
  DecodeSchedulerConfig c = config();
  std::vector<int32_t> lens(128, 512);
  lens[0] = 32768;
  const int64_t slots = slotsOf(c, 128);

  DecodeSchedulerConfig oneWave = c;
  oneWave.max_waves = 1;
  DecodePlan p1;
  ASSERT_NO_FATAL_FAILURE(planChecked(lens, oneWave, &p1));
  EXPECT_LE(p1.num_work, slots);
  EXPECT_GT(maxItemTokens(p1), 6000);

  DecodePlan pm;
  ASSERT_NO_FATAL_FAILURE(planChecked(lens, c, &pm));
  EXPECT_GT(pm.num_work, slots);
  EXPECT_LE(pm.num_work, slots * c.max_waves);
  // Simulated makespan improves at least 4x.
  EXPECT_LT(4 * simulate(pm, slots), simulate(p1, slots))
      << simulate(pm, slots) << " vs " << simulate(p1, slots);
}

TEST(DecodeScheduler, MultiWaveRespectsMaxWork) {
  DecodeSchedulerConfig c = config();
  c.max_batch = 128;
  c.max_work = 140;
  std::vector<int32_t> lens(128, 512);
  lens[0] = 32768;
  DecodePlan p;
  ASSERT_NO_FATAL_FAILURE(planChecked(lens, c, &p));
  EXPECT_LE(p.num_work, 140);
}

TEST(DecodeScheduler, BatchOfOne) {
  DecodeSchedulerConfig c = config();
  std::vector<int32_t> lens = {100000};
  DecodePlan p;
  ASSERT_NO_FATAL_FAILURE(planChecked(lens, c, &p));
  EXPECT_GT(p.num_work, 100);
  EXPECT_LE(p.num_work, slotsOf(c, 1));
  EXPECT_EQ(p.num_partials, p.num_work);
  EXPECT_EQ(p.merge_indptr[1], p.num_work);
  // Near-equal chunks: all within one granule.
  int32_t lo = INT32_MAX, hi = 0;
  for (int32_t w = 0; w < p.num_work; ++w) {
    int32_t len = p.work_kv_end[size_t(w)] - p.work_kv_begin[size_t(w)];
    lo = std::min(lo, len);
    hi = std::max(hi, len);
  }
  EXPECT_LE(hi - lo, 16);
}

TEST(DecodeScheduler, UniformBatchOf257ExceedsTheSlotsAndIsNotSplit) {
  // 257 equal requests on 132 slots take two rounds either way; splitting only adds work.
  DecodePlan p;
  expectUniformBatchNotSplit(257, &p);
}

TEST(DecodeScheduler, RandomBatchOf257IsNoWorseThanOneWave) {
  DecodeSchedulerConfig c = config();
  std::vector<int32_t> lens(257);
  for (size_t i = 0; i < lens.size(); ++i)
    lens[i] = int32_t(1 + (i * 37) % 3000);
  DecodeSchedulerConfig oneWave = c;
  oneWave.max_waves = 1;
  DecodePlan p, p1;
  ASSERT_TRUE(planLens(lens, c, &p).isOk());
  ASSERT_TRUE(planLens(lens, oneWave, &p1).isOk());
  checkInvariants(p, lens, c);
  checkInvariants(p1, lens, oneWave);
  EXPECT_EQ(p1.num_work, 257); // one wave: B already exceeds the slots, nothing is split
  const int64_t slots = 132;
  EXPECT_LE(simulate(p, slots), simulate(p1, slots) * 21 / 20)
      << simulate(p, slots) << " vs " << simulate(p1, slots);
}

TEST(DecodeScheduler, EmptyRequestsGetOneEmptyDirectItem) {
  // An empty request (0 pages) is one item [0, 0) with partial -1: the kernel writes o = 0
  // and lse = -inf for it. Its kv_last_page_len is 0.
  DecodeSchedulerConfig c = config();
  std::vector<int32_t> lens = {0, 5000, 0};
  Batch b(lens, 16);
  b.last[0] = 0;
  b.last[2] = 0;
  DecodePlan p;
  Status st = planDecode(c, b.input(), &p);
  ASSERT_TRUE(st.isOk()) << st.message();
  checkInvariants(p, lens, c);
  EXPECT_EQ(p.work_request[0], 0);
  EXPECT_EQ(p.work_kv_begin[0], 0);
  EXPECT_EQ(p.work_kv_end[0], 0);
  EXPECT_EQ(p.work_partial[0], -1);
  EXPECT_EQ(p.work_request.back(), 2);
  EXPECT_EQ(p.work_kv_end.back(), 0);
  EXPECT_EQ(p.merge_indptr[1], 0);
  EXPECT_EQ(p.merge_indptr[3], p.merge_indptr[2]);
}

// Regression: a length for a request without pages was ignored; the page table and the
// lengths disagree there, so plan rejects it.
TEST(DecodeScheduler, LastPageLenOfAnEmptyRequestMustBeZero) {
  DecodeSchedulerConfig c = config();
  Batch b({0, 5000, 0}, 16);
  b.last[0] = 0;
  b.last[2] = 3;
  DecodePlan p;
  Status st = planDecode(c, b.input(), &p);
  test::expectError(st, StatusCode::InvalidArgument,
                    "kv_last_page_len[2] (3) must be 0 for a request with no pages");
}

TEST(DecodeScheduler, AllEmptyAndZeroBatch) {
  DecodeSchedulerConfig c = config();
  DecodePlan p;
  std::vector<int32_t> lens = {0, 0};
  ASSERT_NO_FATAL_FAILURE(planChecked(lens, c, &p));
  EXPECT_EQ(p.num_work, 2);
  EXPECT_FALSE(p.needs_merge);
  std::vector<int32_t> none;
  ASSERT_TRUE(planLens(none, c, &p).isOk());
  EXPECT_EQ(p.num_work, 0);
  EXPECT_EQ(p.grid_work, 0);
  EXPECT_EQ(p.merge_indptr.size(), 1u);
}

TEST(DecodeScheduler, LengthsNotMultipleOfPage) {
  DecodeSchedulerConfig c = config();
  std::vector<int32_t> lens = {1, 17, 31, 4097, 9999, 15};
  DecodePlan p;
  ASSERT_NO_FATAL_FAILURE(planChecked(lens, c, &p));
  EXPECT_TRUE(p.needs_merge);
}

TEST(DecodeScheduler, PageSizes1And16And64) {
  for (int32_t ps : {1, 16, 64}) {
    SCOPED_TRACE("page_size " + std::to_string(ps));
    DecodeSchedulerConfig c = config(ps);
    std::vector<int32_t> lens = {3000, 70, 12345, 1, 640};
    DecodePlan p;
    ASSERT_NO_FATAL_FAILURE(planChecked(lens, c, &p)); // checks starts are multiples of lcm(page_size, 16)
    EXPECT_EQ(p.chunk_tokens % std::lcm(ps, 16), 0);
    EXPECT_GT(p.num_partials, 0);
  }
}

TEST(DecodeScheduler, MinChunkTokensLimitsSplitting) {
  DecodeSchedulerConfig c = config();
  c.min_chunk_tokens = 1024;
  std::vector<int32_t> lens = {4096};
  DecodePlan p;
  ASSERT_NO_FATAL_FAILURE(planChecked(lens, c, &p));
  EXPECT_EQ(p.num_work, 4);
  EXPECT_EQ(p.chunk_tokens, 1024);
  // A request no longer than min_chunk_tokens is never split.
  lens = {1000};
  ASSERT_TRUE(planLens(lens, c, &p).isOk());
  EXPECT_EQ(p.num_work, 1);
}

TEST(DecodeScheduler, GraphModeHasFixedShapesAndAlwaysMerges) {
  DecodeSchedulerConfig c = config();
  c.graph_mode = true;
  for (auto lens : {std::vector<int32_t>(100, 300), std::vector<int32_t>{50000, 1},
                    std::vector<int32_t>{}}) {
    DecodePlan p;
    ASSERT_NO_FATAL_FAILURE(planChecked(lens, c, &p));
    EXPECT_TRUE(p.graph_mode);
    EXPECT_TRUE(p.needs_merge);
    EXPECT_EQ(p.grid_work, c.max_work);
    EXPECT_EQ(p.grid_rows, c.max_batch);
  }
}

TEST(DecodeScheduler, ReusedPlanObjectDoesNotKeepStaleItems) {
  DecodeSchedulerConfig c = config();
  DecodePlan p;
  std::vector<int32_t> big = {100000, 100000};
  ASSERT_TRUE(planLens(big, c, &p).isOk());
  std::vector<int32_t> small = {10};
  ASSERT_NO_FATAL_FAILURE(planChecked(small, c, &p));
  EXPECT_EQ(p.num_work, 1);
  EXPECT_EQ(p.work_request.size(), 1u);
}

TEST(DecodeScheduler, MakespanEstimate) {
  EXPECT_EQ(estimateDecodeMakespan(1000, 10, 100, 10), 164);     // the longest item
  EXPECT_EQ(estimateDecodeMakespan(10000, 100, 100, 10), 1640);  // 16400 / 10 slots
  EXPECT_EQ(estimateDecodeMakespan(10001, 100, 100, 10), 10 * 165); // 10 waves of 165
  EXPECT_EQ(estimateDecodeMakespan(10000, 11, 1000, 10), 2 * 974); // 2 waves of 10704 / 11
  // The skewed batch of the benchmark on 66 slots: 1360-token chunks (88 items) must cost more
  // than 680-token chunks (112 items).
  EXPECT_GT(estimateDecodeMakespan(65024, 88, 1360, 66), estimateDecodeMakespan(65024, 112, 680, 66));
}

// ---- validation: every error names the index and the value ---------------------------

namespace {
void expectPlanError(const DecodeSchedulerConfig &c, const DecodePlanInput &in,
                     StatusCode code, const std::string &message) {
  DecodePlan p;
  Status st = planDecode(c, in, &p);
  ASSERT_FALSE(st.isOk()) << "expected: " << message;
  EXPECT_EQ(st.code(), code) << st.message();
  EXPECT_EQ(st.message(), message);
}
} // namespace

/// A page table edited into one the scheduler must reject, and its message.
struct BadPageTable {
  const char *name;
  std::vector<int32_t> lens; ///< of the valid table before the edit (16-token pages)
  void (*edit)(Batch &);
  bool withIndices;
  const char *message;
};

class DecodeSchedulerBadPageTable : public ::testing::TestWithParam<BadPageTable> {};

TEST_P(DecodeSchedulerBadPageTable, IsInvalidArgument) {
  const BadPageTable &t = GetParam();
  Batch b(t.lens, 16);
  t.edit(b);
  expectPlanError(config(), b.input(t.withIndices), StatusCode::InvalidArgument, t.message);
}

INSTANTIATE_TEST_SUITE_P(
    DecodeSchedulerValidation, DecodeSchedulerBadPageTable,
    ::testing::Values(
        BadPageTable{"IndptrMustStartAtZero", {32, 32}, [](Batch &b) { b.indptr = {1, 2, 4}; },
                     false, "kv_indptr[0] (1) must be 0"},
        BadPageTable{"IndptrMustBeMonotonic",
                     {640, 640, 640, 640},
                     [](Batch &b) { b.indptr = {0, 40, 80, 12, 50}; },
                     false,
                     "kv_indptr[3] (12) is less than kv_indptr[2] (80)"},
        BadPageTable{"LastPageLenZero", {32, 32}, [](Batch &b) { b.last[1] = 0; }, false,
                     "kv_last_page_len[1] (0) is out of range [1, 16] for a request with 2 "
                     "pages"},
        BadPageTable{"LastPageLenPastThePage", {32, 32}, [](Batch &b) { b.last[1] = 17; },
                     false,
                     "kv_last_page_len[1] (17) is out of range [1, 16] for a request with 2 "
                     "pages"},
        BadPageTable{"IndexPastThePool", {32, 32}, [](Batch &b) { b.indices[2] = 4; }, true,
                     "kv_indices[2] (4) is out of range [0, 4)"},
        BadPageTable{"NegativeIndex", {32, 32}, [](Batch &b) { b.indices[2] = -1; }, true,
                     "kv_indices[2] (-1) is out of range [0, 4)"}),
    [](const ::testing::TestParamInfo<BadPageTable> &info) { return info.param.name; });

TEST(DecodeSchedulerValidation, IndicesNeedAPool) {
  Batch b({32, 32}, 16);
  DecodePlanInput in = b.input(true);
  in.num_pages = 0;
  expectPlanError(config(), in, StatusCode::InvalidArgument,
                  "num_pages (0) must be positive when kv_indices is given");
}

TEST(DecodeSchedulerValidation, BatchCapacity) {
  DecodeSchedulerConfig c = config();
  c.max_batch = 4;
  c.max_work = 8;
  Batch b(std::vector<int32_t>(5, 16), 16);
  expectPlanError(c, b.input(), StatusCode::CapacityExceeded,
                  "batch_size (5) exceeds max_batch (4) the workspace was sized for");
  DecodePlanInput in = b.input();
  in.batch_size = -1;
  expectPlanError(c, in, StatusCode::InvalidArgument, "batch_size (-1) must not be negative");
}

TEST(DecodeSchedulerValidation, NullArrays) {
  Batch b({16}, 16);
  DecodePlanInput in = b.input();
  in.kv_indptr = nullptr;
  expectPlanError(config(), in, StatusCode::InvalidArgument, "kv_indptr is null");
  in = b.input();
  in.kv_last_page_len = nullptr;
  expectPlanError(config(), in, StatusCode::InvalidArgument, "kv_last_page_len is null");
}

TEST(DecodeSchedulerValidation, ConfigErrors) {
  Batch b({16}, 16);
  DecodeSchedulerConfig c = config();
  c.num_kv_heads = 6;
  expectPlanError(c, b.input(), StatusCode::InvalidArgument,
                  "expected num_qo_heads (32) to be a multiple of num_kv_heads (6)");
  c = config();
  c.page_size = 0;
  expectPlanError(c, b.input(), StatusCode::InvalidArgument, "page_size (0) must be positive");
  c = config();
  c.ctas_per_sm = 0;
  expectPlanError(c, b.input(), StatusCode::InvalidArgument, "ctas_per_sm (0) must be positive");
  c = config();
  c.max_work = 100;
  expectPlanError(c, b.input(), StatusCode::InvalidArgument,
                  "max_work (100) must be at least max_batch (512): every request needs a "
                  "work item");
  c = config();
  c.max_waves = 0;
  expectPlanError(c, b.input(), StatusCode::InvalidArgument, "max_waves (0) must be positive");
}

TEST(DecodeSchedulerValidation, LengthOverflow) {
  DecodeSchedulerConfig c = config(1 << 20);
  c.tile_kv = 1;
  std::vector<int32_t> indptr = {0, 4096};
  std::vector<int32_t> last = {1};
  DecodePlanInput in;
  in.batch_size = 1;
  in.kv_indptr = indptr.data();
  in.kv_last_page_len = last.data();
  expectPlanError(c, in, StatusCode::InvalidArgument,
                  "kv length of request 0 (4293918721 tokens) exceeds 2147483647");
}

TEST(DecodeScheduler, WithoutSplitKvEveryRequestIsOneDirectItem) {
  // A kernel compiled without split-KV has no partial buffers and no merge kernel.
  DecodeSchedulerConfig c = config();
  c.split_kv = false;
  for (bool graph : {false, true}) {
    c.graph_mode = graph;
    Batch b({32768, 512, 0, 17}, 16);
    DecodePlan p;
    Status st = planDecode(c, b.input(), &p);
    ASSERT_TRUE(st.isOk()) << st.message();
    EXPECT_EQ(p.num_work, 4);
    EXPECT_EQ(p.num_partials, 0);
    EXPECT_EQ(p.chunk_tokens, 0);
    EXPECT_FALSE(p.needs_merge);
    for (int32_t w = 0; w < p.num_work; ++w) {
      EXPECT_EQ(p.work_request[size_t(w)], w);
      EXPECT_EQ(p.work_partial[size_t(w)], -1);
      EXPECT_EQ(p.work_kv_begin[size_t(w)], 0);
    }
    EXPECT_EQ(p.work_kv_end[0], 32768);
    EXPECT_EQ(p.work_kv_end[3], 17);
    EXPECT_EQ(p.grid_work, graph ? c.max_work : 4);
  }
}
