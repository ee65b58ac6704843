//===- WorkspaceTest.cpp - workspace layout and plan (de)serialisation ----===//
#include "attn-rt/Workspace.h"
#include "TestExpect.h"
#include "TestScheduler.h"

#include <gtest/gtest.h>

#include <vector>

using namespace attn::rt;

namespace {

DecodePlan samplePlan(bool graph) {
  DecodeSchedulerConfig c = test::h100DecodeConfig();
  c.max_batch = 8;
  c.max_work = 200;
  c.graph_mode = graph;
  std::vector<int32_t> indptr = {0, 1000, 1001, 1001, 1010};
  std::vector<int32_t> last = {7, 16, 0, 3};
  DecodePlanInput in;
  in.batch_size = 4;
  in.kv_indptr = indptr.data();
  in.kv_last_page_len = last.data();
  DecodePlan p;
  Status st = planDecode(c, in, &p);
  EXPECT_TRUE(st.isOk()) << st.message();
  return p;
}

void expectSamePlan(const DecodePlan &a, const DecodePlan &b) {
  EXPECT_EQ(a.batch_size, b.batch_size);
  EXPECT_EQ(a.num_work, b.num_work);
  EXPECT_EQ(a.num_rows, b.num_rows);
  EXPECT_EQ(a.num_partials, b.num_partials);
  EXPECT_EQ(a.chunk_tokens, b.chunk_tokens);
  EXPECT_EQ(a.needs_merge, b.needs_merge);
  EXPECT_EQ(a.graph_mode, b.graph_mode);
  EXPECT_EQ(a.grid_work, b.grid_work);
  EXPECT_EQ(a.grid_rows, b.grid_rows);
  EXPECT_EQ(a.work_request, b.work_request);
  EXPECT_EQ(a.work_kv_begin, b.work_kv_begin);
  EXPECT_EQ(a.work_kv_end, b.work_kv_end);
  EXPECT_EQ(a.work_partial, b.work_partial);
  EXPECT_EQ(a.merge_indptr, b.merge_indptr);
}

/// `p` serialised (over a `fill`) into the layout of the sample capacities: max_batch 8,
/// max_work 200, 32 heads of head_dim 128.
struct SerializedPlan {
  DecodeWorkspaceLayout l;
  std::vector<int32_t> words;
  size_t copyWords = 0;
};
void serializeSample(const DecodePlan &p, int32_t fill, SerializedPlan *out) {
  ASSERT_TRUE(computeDecodeWorkspaceLayout(8, 200, 32, 128, &out->l).isOk());
  ASSERT_NO_FATAL_FAILURE(
      test::serializePlan(serializeDecodePlan, p, out->l, fill, &out->words, &out->copyWords));
}

/// The copied prefix of `s` (all the device sees) deserialises to `p`.
void expectReadsBack(const SerializedPlan &s, const DecodePlan &p) {
  DecodePlan back;
  Status st = deserializeDecodePlan(s.words.data(), s.copyWords, &back);
  ASSERT_TRUE(st.isOk()) << st.message();
  expectSamePlan(p, back);
}

} // namespace

TEST(Workspace, LayoutOffsets) {
  DecodeWorkspaceLayout l;
  ASSERT_TRUE(computeDecodeWorkspaceLayout(8, 200, 32, 128, &l).isOk());
  EXPECT_EQ(l.qo_indptr_word, 32u);
  EXPECT_EQ(l.work_request_word, 32u + 32u);         // alignUp(9, 32) = 32
  EXPECT_EQ(l.work_kv_begin_word, 64u + 224u);       // alignUp(200, 32) = 224
  EXPECT_EQ(l.work_kv_end_word, 64u + 2 * 224u);
  EXPECT_EQ(l.work_partial_word, 64u + 3 * 224u);
  EXPECT_EQ(l.merge_indptr_word, 64u + 4 * 224u);
  EXPECT_EQ(l.int_words, 64u + 4 * 224u + 32u);
  EXPECT_EQ(l.intBytes(), l.int_words * 4);
  EXPECT_EQ(l.tmp_o_byte, 0u);
  EXPECT_EQ(l.tmp_lse_byte, 200u * 32 * 128 * 4);
  EXPECT_EQ(l.float_bytes, 200u * 32 * 128 * 4 + 200u * 32 * 4); // both 256-aligned here
  for (size_t w : {l.qo_indptr_word, l.work_request_word, l.work_kv_begin_word, l.work_kv_end_word,
                   l.work_partial_word, l.merge_indptr_word})
    EXPECT_EQ(w % kPlanArrayAlignWords, 0u);
}

TEST(Workspace, LayoutRejectsBadCapacities) {
  DecodeWorkspaceLayout l;
  Status st = computeDecodeWorkspaceLayout(0, 10, 32, 128, &l);
  EXPECT_EQ(st.message(), "max_batch (0) is out of range [1, 16777216]");
  st = computeDecodeWorkspaceLayout(16, 8, 32, 128, &l);
  EXPECT_EQ(st.message(), "max_work (8) must be at least max_batch (16)");
  st = computeDecodeWorkspaceLayout(16, 16, 32, 4096, &l);
  EXPECT_EQ(st.message(), "head_dim (4096) is out of range [1, 1024]");
}

TEST(Workspace, RoundTrip) {
  for (bool graph : {false, true}) {
    DecodePlan p = samplePlan(graph);
    ASSERT_TRUE(p.needs_merge);
    SerializedPlan s;
    const DecodeWorkspaceLayout &l = s.l;
    ASSERT_TRUE(computeDecodeWorkspaceLayout(8, 200, 32, 128, &s.l).isOk());
    ASSERT_NO_FATAL_FAILURE(test::serializeCheckingHeader(serializeDecodePlan, p, l, kPlanMagic, 4,
                                                          &s.words, &s.copyWords));
    EXPECT_EQ(s.copyWords, l.merge_indptr_word + 5);
    EXPECT_EQ(s.words[l.work_partial_word], 0);
    EXPECT_EQ(s.words[l.merge_indptr_word + 4], p.num_partials);
    // Word 12 is prefill's head_section; decode's header keeps it reserved (0).
    EXPECT_EQ(s.words[kWordHeadSection], 0);
    // qo_indptr is arange(0..num_rows): decode's q / o row of request b is b.
    for (int32_t i = 0; i <= 4; ++i)
      EXPECT_EQ(s.words[l.qo_indptr_word + size_t(i)], i);
    // Only the copied prefix reaches the device: deserialise from exactly that.
    expectReadsBack(s, p);
  }
}

TEST(Workspace, SerializeChecksSizes) {
  DecodePlan p = samplePlan(false);
  DecodeWorkspaceLayout l;
  ASSERT_TRUE(computeDecodeWorkspaceLayout(8, 200, 32, 128, &l).isOk());
  std::vector<int32_t> words(l.int_words);
  Status st = serializeDecodePlan(p, l, words.data(), l.int_words - 1, nullptr);
  EXPECT_EQ(st.message(), "plan buffer holds " + std::to_string(l.int_words - 1) +
                              " words, the layout needs " + std::to_string(l.int_words));
  DecodeWorkspaceLayout small;
  ASSERT_TRUE(computeDecodeWorkspaceLayout(4, 4, 32, 128, &small).isOk());
  st = serializeDecodePlan(p, small, words.data(), words.size(), nullptr);
  test::expectError(st, StatusCode::CapacityExceeded,
                    "num_work (" + std::to_string(p.num_work) + ") exceeds max_work (4)");
}

TEST(Workspace, DeserializeChecksHeaderAndSize) {
  SerializedPlan s;
  ASSERT_NO_FATAL_FAILURE(serializeSample(samplePlan(false), 0, &s));
  const DecodeWorkspaceLayout &l = s.l;
  std::vector<int32_t> &words = s.words;
  DecodePlan back;
  Status st = deserializeDecodePlan(words.data(), 8, &back);
  EXPECT_EQ(st.message(), "plan buffer holds 8 words, the header alone needs 32");
  test::expectTruncatedPlanRejected(deserializeDecodePlan, words, s.copyWords);
  auto edited = [&](size_t index, int32_t value) {
    return test::deserializeEdited(deserializeDecodePlan, words, index, value);
  };
  EXPECT_EQ(edited(kWordMagic, 0).message(), "bad plan magic 0x00000000 (expected 0x4c505441)");
  EXPECT_EQ(edited(kWordVersion, 1).message(), "plan layout version 1 (expected 2)");
  EXPECT_EQ(edited(l.qo_indptr_word + 2, 7).message(), "qo_indptr[2] (7) must be 2");
  EXPECT_EQ(edited(kWordNumWork, 201).message(), "num_work (201) is out of range [0, 200]");
  EXPECT_FALSE(edited(kWordNumPartials, words[kWordNumWork] + 1).isOk());
}

// Regression: a plan of batch 0 has empty work arrays, whose data() is null; serialising it
// passed that null to memcpy (with 0 bytes, still undefined; UndefinedBehaviorSanitizer
// reports it). Batch 0 serialises and reads back, for decode and prefill plans.
TEST(Workspace, EmptyBatchRoundTrips) {
  DecodeSchedulerConfig c = test::h100DecodeConfig();
  c.max_batch = 8;
  c.max_work = 200;
  std::vector<int32_t> indptr = {0};
  DecodePlanInput in;
  in.batch_size = 0;
  in.kv_indptr = indptr.data();
  DecodePlan p;
  ASSERT_TRUE(planDecode(c, in, &p).isOk());
  ASSERT_EQ(p.num_work, 0);
  SerializedPlan s;
  ASSERT_NO_FATAL_FAILURE(serializeSample(p, 0, &s));
  expectReadsBack(s, p);
}
