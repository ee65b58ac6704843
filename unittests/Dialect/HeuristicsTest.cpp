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
  p.elementBytes = p.kvElementBytes = bytes;
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
  // Paged K/V (page 16), head_dim 128: 4 warps of two 16-row slices, 32-key tiles, three
  // stages; a copy group's 4 rows of a tile share one page id.
  std::optional<KernelChoice> c = chooseKernel(p, {}, why);
  ASSERT_TRUE(c) << why;
  EXPECT_FALSE(c->decode);
  EXPECT_TRUE(c->splitKv);
  EXPECT_EQ(c->tileQ, 128);
  EXPECT_EQ(c->threads, 128);
  EXPECT_EQ(c->tileKv, 32);
  EXPECT_EQ(c->stages, 3);
  std::optional<PrefillLayout> layout = getPrefillLayout(p, *c, why);
  ASSERT_TRUE(layout) << why;
  EXPECT_EQ(layout->mTiles, 2);
  EXPECT_EQ(layout->rowsPerGroup, 4);
  // Pages of one token need a page id per row: 8 warps of one slice, 128-key tiles.
  p.pageSize = 1;
  c = chooseKernel(p, {}, why);
  ASSERT_TRUE(c) << why;
  EXPECT_EQ(c->threads, 256);
  EXPECT_EQ(c->tileKv, 128);
  // Ragged: 4 warps of two slices each, 32-key tiles, with or without a window.
  p.pageSize = 0;
  c = chooseKernel(p, {}, why);
  ASSERT_TRUE(c) << why;
  EXPECT_EQ(c->threads, 128);
  EXPECT_EQ(c->tileKv, 32);
  EXPECT_EQ(c->stages, 2);
  layout = getPrefillLayout(p, *c, why);
  ASSERT_TRUE(layout) << why;
  EXPECT_EQ(layout->mTiles, 2);
  EXPECT_EQ(layout->sharedMemoryBytes(), 128 * 128 * 2 + 2 * 2 * 32 * 128 * 2);
  p.window = true;
  c = chooseKernel(p, {}, why);
  ASSERT_TRUE(c) << why;
  EXPECT_EQ(c->threads, 128);
  EXPECT_EQ(c->tileKv, 32);
  p.window = false;
  // Fused RoPE: one slice per warp, 64-key tiles.
  p.rope = true;
  c = chooseKernel(p, {}, why);
  ASSERT_TRUE(c) << why;
  EXPECT_EQ(c->threads, 256);
  EXPECT_EQ(c->tileKv, 64);
  p.rope = false;
  // head_dim 64: 4 warps of two slices, 64-key tiles.
  p.headDim = 64;
  c = chooseKernel(p, {}, why);
  ASSERT_TRUE(c) << why;
  EXPECT_EQ(c->threads, 128);
  EXPECT_EQ(c->tileKv, 64);
  layout = getPrefillLayout(p, *c, why);
  ASSERT_TRUE(layout) << why;
  EXPECT_EQ(layout->mTiles, 2);
  // head_dim 256: 64-row tiles over 4 warps, 32-key tiles.
  p.headDim = 256;
  c = chooseKernel(p, {}, why);
  ASSERT_TRUE(c) << why;
  EXPECT_EQ(c->tileQ, 64);
  EXPECT_EQ(c->threads, 128);
  EXPECT_EQ(c->tileKv, 32);
  // A short known query length gets a small Q tile: 4 queries x 4 heads = 16 packed rows.
  p.headDim = 128;
  p.maxQoLen = 4;
  c = chooseKernel(p, {}, why);
  ASSERT_TRUE(c) << why;
  EXPECT_EQ(c->tileQ, 16);
  EXPECT_EQ(c->threads, 32);
}

TEST(HeuristicsTest, PrefillMasksWithOperands) {
  std::string why;
  AttentionProblem p = decodeProblem(32, 8, 128);
  p.decode = false;
  p.pageSize = 0;
  // A custom mask: one slice per warp and 64-key tiles (its bit tests stay live next to the
  // accumulators); it may still split KV.
  p.customMask = true;
  std::optional<KernelChoice> c = chooseKernel(p, {}, why);
  ASSERT_TRUE(c) << why;
  EXPECT_EQ(c->tileQ, 128);
  EXPECT_EQ(c->threads, 256);
  EXPECT_EQ(c->tileKv, 64);
  EXPECT_EQ(c->stages, 3); // 128 KiB of shared memory, also within an sm_80 CTA's 163 KiB
  EXPECT_TRUE(c->splitKv);
  p.sm = 80;
  c = chooseKernel(p, {}, why);
  ASSERT_TRUE(c) << why;
  EXPECT_EQ(c->stages, 3);
  p.sm = 90;
  p.customMask = false;

  // Block-sparse [64, 64], GQA 4: a 128-row tile holds 32 queries, inside one block row; the
  // KV range is never split.
  p.blockRows = 64;
  p.blockCols = 64;
  c = chooseKernel(p, {}, why);
  ASSERT_TRUE(c) << why;
  EXPECT_EQ(c->tileQ, 128);
  EXPECT_FALSE(c->splitKv);
  EXPECT_EQ(64 % c->tileKv, 0);
  // Rows of 16 queries: the tile shrinks to 64 packed rows; 48-key blocks take 48-key tiles.
  p.blockRows = 16;
  p.blockCols = 48;
  c = chooseKernel(p, {}, why);
  ASSERT_TRUE(c) << why;
  EXPECT_EQ(c->tileQ, 64);
  EXPECT_EQ(c->tileKv, 48);
  // MHA with 16-row blocks: 16-row tiles, one warp; a paged copy then keeps at most 16 rows
  // (page ids) per thread group.
  AttentionProblem mha = decodeProblem(32, 32, 128);
  mha.decode = false;
  mha.blockRows = 16;
  mha.blockCols = 128;
  c = chooseKernel(mha, {}, why);
  ASSERT_TRUE(c) << why;
  EXPECT_EQ(c->tileQ, 16);
  EXPECT_EQ(c->threads, 32);
  std::optional<PrefillLayout> layout = getPrefillLayout(mha, *c, why);
  ASSERT_TRUE(layout) << why;
  EXPECT_LE(layout->rowsPerGroup, 16);
  // Blocks the tensor-core tiles cannot follow.
  mha.blockCols = 8;
  EXPECT_FALSE(chooseKernel(mha, {}, why));
  EXPECT_NE(why.find("must divide block cols (8)"), std::string::npos) << why;

  EXPECT_TRUE(blockSparseTileFits(128, 4, 64));
  EXPECT_FALSE(blockSparseTileFits(128, 4, 16));
  EXPECT_TRUE(blockSparseTileFits(16, 32, 1)); // a tile within one query's heads
  EXPECT_FALSE(blockSparseTileFits(16, 24, 64));
}

TEST(HeuristicsTest, PrefillLayoutRejections) {
  std::string why;
  AttentionProblem p = decodeProblem(32, 8, 128);
  p.decode = false;
  KernelChoice c{false, 90, 256, 128, 64, 2, true, 8, 1};
  ASSERT_TRUE(getPrefillLayout(p, c, why)) << why;
  KernelChoice bad = c;
  bad.threads = 96 + 1;
  EXPECT_FALSE(getPrefillLayout(p, bad, why));
  EXPECT_NE(why.find("multiple of the warp size"), std::string::npos) << why;
  bad = c;
  bad.tileQ = 96;
  EXPECT_FALSE(getPrefillLayout(p, bad, why));
  EXPECT_NE(why.find("16 rows per warp"), std::string::npos) << why;
  bad = c;
  bad.tileKv = 24;
  EXPECT_FALSE(getPrefillLayout(p, bad, why));
  EXPECT_NE(why.find("multiple of 16"), std::string::npos) << why;
  bad = c;
  bad.threads = 128; // two slices per warp: 128 O + 32 S > 160 accumulators with tile_kv 64
  bad.tileKv = 64;
  EXPECT_FALSE(getPrefillLayout(p, bad, why));
  EXPECT_NE(why.find("accumulators"), std::string::npos) << why;
  bad = c;
  bad.stages = 4;
  bad.tileKv = 128;
  EXPECT_FALSE(getPrefillLayout(p, bad, why));
  EXPECT_NE(why.find("shared memory"), std::string::npos) << why;
  AttentionProblem f32 = p;
  f32.kvElementBytes = 4;
  EXPECT_FALSE(getPrefillLayout(f32, c, why));
  EXPECT_NE(why.find("16-bit"), std::string::npos) << why;
}
} // namespace
