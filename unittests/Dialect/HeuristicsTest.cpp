//===- HeuristicsTest.cpp - attn-plan's heuristic -------------------------===//
//
// The decode and prefill choices and the decode layout derived from them, checked against the
// constraints the kernels rely on for a sweep of head counts, head dims and element sizes.
//
//===----------------------------------------------------------------------===//

#include "attn/Dialect/Attn/Transforms/Heuristics.h"

#include <gtest/gtest.h>

using namespace mlir::attn;

namespace {
AttentionProblem decodeProblem(int64_t qo, int64_t kv, int64_t dim, int64_t bytes = 2) {
  AttentionProblem p;
  p.numQoHeads = qo;
  p.numKvHeads = kv;
  p.headDim = dim;
  p.elementBytes = bytes;
  p.kvElementBytes = bytes;
  p.pageSize = 16;
  p.decode = true;
  return p;
}

TEST(HeuristicsTest, Llama3DecodeLayout) {
  std::string why;
  AttentionProblem p = decodeProblem(32, 8, 128);
  std::optional<KernelChoice> c = chooseKernel(p, {}, why);
  ASSERT_TRUE(c) << why;
  EXPECT_TRUE(c->decode);
  EXPECT_EQ(c->vec, 8);     // 16 bytes of bf16
  EXPECT_EQ(c->tileQ, 4);   // the 4 query heads of a KV head
  EXPECT_EQ(c->threads, 128);
  EXPECT_EQ(c->tileKv, 16); // 16 keys x 2 x 256 B = the 8 KiB stage target
  EXPECT_EQ(c->stages, 2);
  std::optional<DecodeLayout> l = getDecodeLayout(p, *c, why);
  ASSERT_TRUE(l) << why;
  EXPECT_EQ(c->headsPerThread, 1);
  EXPECT_EQ(l->bdx, 16);
  EXPECT_EQ(l->bdy, 4);
  EXPECT_EQ(l->bdz, 2);
  EXPECT_EQ(l->tokensPerGroup, 2);
  EXPECT_EQ(l->kvStageBytes, 2 * 2 * 16 * 128 * 2);
  EXPECT_EQ(l->sharedMemoryBytes(), l->kvStageBytes + l->mergeBytes);
}

TEST(HeuristicsTest, DecodeSweepSatisfiesKernelConstraints) {
  for (int64_t dim : {64, 128, 256})
    for (auto [qo, kv] : {std::pair{32, 32}, {32, 8}, {32, 4}, {32, 1}, {8, 1}, {64, 8}})
      for (int64_t bytes : {1, 2}) {
        std::string why;
        AttentionProblem p = decodeProblem(qo, kv, dim, bytes);
        std::optional<KernelChoice> c = chooseKernel(p, {}, why);
        SCOPED_TRACE("dim " + std::to_string(dim) + " heads " + std::to_string(qo) + "/" +
                     std::to_string(kv) + " bytes " + std::to_string(bytes));
        ASSERT_TRUE(c) << why;
        std::optional<DecodeLayout> l = getDecodeLayout(p, *c, why);
        ASSERT_TRUE(l) << why;
        EXPECT_EQ(c->vec * bytes, kVectorBytes);
        EXPECT_EQ(l->bdx * c->vec, dim);
        EXPECT_LE(l->bdx, kWarpSize);
        EXPECT_EQ(kWarpSize % l->bdx, 0);
        EXPECT_EQ(l->bdx * l->bdy * l->bdz, c->threads);
        EXPECT_EQ(c->threads % kWarpSize, 0);
        EXPECT_LE(c->threads, kMaxThreadsPerBlock);
        EXPECT_EQ(l->tokensPerGroup * l->bdy * l->bdz, c->tileKv);
        EXPECT_EQ(l->bdy * l->headsPerThread, qo / kv);
        EXPECT_GE(c->stages, 2);
        EXPECT_LE(l->sharedMemoryBytes(), 227 * 1024); // H100 opt-in limit per block
      }
}

TEST(HeuristicsTest, SeveralHeadsPerThread) {
  std::string why;
  KernelOverrides o;
  o.headsPerThread = 4;
  AttentionProblem p = decodeProblem(32, 8, 128);
  std::optional<KernelChoice> c = chooseKernel(p, o, why);
  ASSERT_TRUE(c) << why;
  std::optional<DecodeLayout> l = getDecodeLayout(p, *c, why);
  ASSERT_TRUE(l) << why;
  EXPECT_EQ(l->headsPerThread, 4);
  EXPECT_EQ(l->bdy, 1);       // one thread per lane covers the whole group
  EXPECT_EQ(l->bdz, 8);       // so 8 token slices fill 128 threads
  EXPECT_EQ(c->tileKv, 16);
  EXPECT_EQ(l->tokensPerGroup, 2);
  // The merge buffer holds every head of every slice.
  EXPECT_EQ(l->mergeBytes, 8 * 4 * (128 + 2 * 16) * 4);
}

TEST(HeuristicsTest, OverridesWin) {
  std::string why;
  KernelOverrides o;
  o.threads = 256;
  o.stages = 3;
  o.tileKv = 32;
  std::optional<KernelChoice> c = chooseKernel(decodeProblem(32, 8, 128), o, why);
  ASSERT_TRUE(c) << why;
  EXPECT_EQ(c->threads, 256);
  EXPECT_EQ(c->stages, 3);
  EXPECT_EQ(c->tileKv, 32);
}

TEST(HeuristicsTest, RejectsWhatNoLayoutFits) {
  std::string why;
  EXPECT_FALSE(chooseKernel(decodeProblem(8, 8, 1024), {}, why));
  EXPECT_EQ(why, "head_dim / vec (128) must be a power of two of at most 32 lanes");
  KernelOverrides o;
  o.tileKv = 12; // not a multiple of bdy * bdz = 8
  EXPECT_FALSE(chooseKernel(decodeProblem(32, 8, 128), o, why));
  EXPECT_EQ(why, "tile_kv (12) must be a multiple of the thread groups of a slice * token slices (8)");
  o.tileKv = 0;
  KernelChoice bad = *chooseKernel(decodeProblem(32, 8, 128), {}, why);
  bad.headsPerThread = 3; // does not divide the group of 4
  EXPECT_FALSE(getDecodeLayout(decodeProblem(32, 8, 128), bad, why));
  EXPECT_EQ(why, "heads_per_thread (3) must divide the group size (4)");
  // As an override it is an upper bound: 3 becomes 2 for a group of 4, 1 for MHA.
  o.headsPerThread = 3;
  EXPECT_EQ(chooseKernel(decodeProblem(32, 8, 128), o, why)->headsPerThread, 2);
  EXPECT_EQ(chooseKernel(decodeProblem(32, 32, 128), o, why)->headsPerThread, 1);
  EXPECT_FALSE(chooseKernel(decodeProblem(30, 8, 128), {}, why));
  EXPECT_EQ(why, "malformed problem");
  EXPECT_FALSE(chooseKernel(decodeProblem(0, 8, 128), {}, why));
  EXPECT_EQ(why, "malformed problem");
}

TEST(HeuristicsTest, PrefillTiles) {
  std::string why;
  AttentionProblem p = decodeProblem(32, 8, 128);
  p.decode = false;
  std::optional<KernelChoice> c = chooseKernel(p, {}, why);
  ASSERT_TRUE(c) << why;
  EXPECT_FALSE(c->decode);
  EXPECT_EQ(c->tileQ, 128);
  EXPECT_EQ(c->threads, 256); // one warp per 16 query rows
  EXPECT_EQ(c->tileKv, 64);
  p.headDim = 256;
  c = chooseKernel(p, {}, why);
  ASSERT_TRUE(c) << why;
  EXPECT_EQ(c->tileQ, 64);
  EXPECT_EQ(c->tileKv, 32);
}
} // namespace
