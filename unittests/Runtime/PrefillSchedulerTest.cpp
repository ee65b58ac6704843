//===- PrefillSchedulerTest.cpp - host prefill scheduler: plans and validation ===//
#include "attn-rt/PrefillScheduler.h"
#include "TestExpect.h"
#include "TestScheduler.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <map>
#include <random>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

using namespace attn::rt;

namespace {

struct Request {
  int32_t qlen;
  int32_t kvlen;
};

/// Host arrays for a batch: qo_indptr, and kv_indptr in pages (with kv_last_page_len) or in
/// tokens.
struct Batch {
  std::vector<int32_t> qoIndptr{0}, kvIndptr{0}, last;
  Batch(const std::vector<Request> &reqs, const PrefillSchedulerConfig &c) {
    for (const Request &r : reqs) {
      qoIndptr.push_back(qoIndptr.back() + r.qlen);
      if (c.paged) {
        int32_t pages = (r.kvlen + c.page_size - 1) / c.page_size;
        kvIndptr.push_back(kvIndptr.back() + pages);
        last.push_back(pages ? r.kvlen - (pages - 1) * c.page_size : 0);
      } else {
        kvIndptr.push_back(kvIndptr.back() + r.kvlen);
      }
    }
  }
  PrefillPlanInput input() const {
    PrefillPlanInput in;
    in.batch_size = int32_t(qoIndptr.size()) - 1;
    in.qo_indptr = qoIndptr.data();
    in.kv_indptr = kvIndptr.data();
    in.kv_last_page_len = last.empty() ? nullptr : last.data();
    return in;
  }
};

Status planFor(const std::vector<Request> &reqs, const PrefillSchedulerConfig &c,
               PrefillPlan *p) {
  Batch b(reqs, c);
  return planPrefill(c, b.input(), p);
}

int32_t tilesOf(const Request &r, const PrefillSchedulerConfig &c) {
  const int32_t g = c.num_qo_heads / c.num_kv_heads;
  return (r.qlen * g + c.tile_q - 1) / c.tile_q;
}

/// The L2 sections docs/RUNTIME.md specifies, computed the plain way: head_section and each
/// request's group (all 0 and Hkv without sections).
struct Sections {
  int32_t headSection;
  std::vector<int32_t> group;
};
Sections referenceSections(const std::vector<Request> &reqs, const PrefillSchedulerConfig &c) {
  Sections s{c.num_kv_heads, std::vector<int32_t>(reqs.size(), 0)};
  if (c.l2_bytes == 0)
    return s;
  const int64_t budget = c.l2_bytes / 2;
  auto bytes = [&](const Request &r) {
    return int64_t(r.kvlen) * c.head_dim * 2 * c.kv_elem_bytes;
  };
  int64_t total = 0;
  for (const Request &r : reqs)
    if (tilesOf(r, c) > 0)
      total += bytes(r);
  if (total <= budget) {
    s.headSection =
        int32_t(std::clamp<int64_t>(budget / std::max<int64_t>(total, 1), 1, c.num_kv_heads));
    return s;
  }
  s.headSection = 1;
  auto group = [&](int64_t limit) {
    int32_t groups = 0;
    int64_t used = 0;
    for (size_t b = 0; b < reqs.size(); ++b) {
      if (tilesOf(reqs[b], c) > 0) {
        if (groups == 0 || used + bytes(reqs[b]) > limit) {
          ++groups;
          used = 0;
        }
        used += bytes(reqs[b]);
      }
      s.group[b] = std::max(groups - 1, 0);
    }
    return groups;
  };
  if (group(budget) > 511)
    for (int64_t limit = (total + 510) / 511; group(limit) > 511; limit *= 2) {
    }
  return s;
}

/// Checks every rule of docs/PREFILL_ABI.md and of the scheduler against the lengths the plan
/// was made from: each Q tile of each request has one item per chunk with the right partial
/// base / stride; the items of a tile cover every key some row of the tile may see exactly
/// once (by brute force over the rows); ranges are tile-aligned; merge_indptr addresses
/// P + i * n; items are ordered by L2 group, heaviest first within one, and head_section is
/// referenceSections'; capacities and the one-wave rule hold.
void checkPlan(const PrefillPlan &p, const std::vector<Request> &reqs,
               const PrefillSchedulerConfig &c) {
  const Sections sections = referenceSections(reqs, c);
  EXPECT_EQ(p.head_section, sections.headSection);
  const int32_t B = int32_t(reqs.size());
  const int64_t g = c.num_qo_heads / c.num_kv_heads;
  int32_t totalQ = 0;
  for (const Request &r : reqs)
    totalQ += r.qlen;
  ASSERT_EQ(p.batch_size, B);
  ASSERT_EQ(p.num_rows, totalQ);
  ASSERT_EQ(p.merge_indptr.size(), size_t(totalQ) + 1);
  ASSERT_LE(p.num_work, c.max_work);
  ASSERT_LE(p.num_partial_rows, c.max_partial_rows);
  for (const auto *v : {&p.work_request, &p.work_qo_tile, &p.work_kv_begin, &p.work_kv_end,
                        &p.work_partial, &p.work_partial_stride})
    ASSERT_EQ(v->size(), size_t(p.num_work));
  EXPECT_EQ(p.merge_indptr[0], 0);
  EXPECT_EQ(p.merge_indptr[size_t(totalQ)], p.num_partial_rows);

  std::map<std::pair<int32_t, int32_t>, std::vector<int32_t>> byTile;
  for (int32_t w = 0; w < p.num_work; ++w) {
    const int32_t b = p.work_request[size_t(w)], t = p.work_qo_tile[size_t(w)];
    ASSERT_GE(b, 0);
    ASSERT_LT(b, B);
    ASSERT_GE(t, 0);
    ASSERT_LT(t, tilesOf(reqs[size_t(b)], c));
    const int32_t kb = p.work_kv_begin[size_t(w)], ke = p.work_kv_end[size_t(w)];
    const int32_t kvlen = reqs[size_t(b)].kvlen;
    EXPECT_LE(0, kb);
    EXPECT_LE(kb, ke);
    EXPECT_LE(ke, kvlen);
    EXPECT_EQ(kb % c.tile_kv, 0) << "item " << w;
    EXPECT_TRUE(ke % c.tile_kv == 0 || ke == kvlen) << "item " << w;
    if (w > 0) {
      const int32_t prevGroup = sections.group[size_t(p.work_request[size_t(w) - 1])];
      const int32_t group = sections.group[size_t(b)];
      EXPECT_LE(prevGroup, group) << "items not ordered by L2 group at " << w;
      if (prevGroup == group)
        EXPECT_GE(p.work_kv_end[size_t(w) - 1] - p.work_kv_begin[size_t(w) - 1], ke - kb)
            << "items not ordered heaviest first at " << w;
    }
    byTile[{b, t}].push_back(w);
  }

  int64_t items = 0, partialRows = 0;
  bool split = false;
  for (int32_t b = 0; b < B; ++b) {
    const Request &r = reqs[size_t(b)];
    int32_t base = -1, chunks = 0;
    for (int32_t t = 0; t < tilesOf(r, c); ++t) {
      std::vector<int32_t> ws = byTile[{b, t}];
      ASSERT_FALSE(ws.empty()) << "request " << b << " tile " << t << " has no item";
      items += int64_t(ws.size());
      const int32_t stride = p.work_partial_stride[size_t(ws[0])];
      std::sort(ws.begin(), ws.end(), [&](int32_t x, int32_t y) {
        return p.work_partial[size_t(x)] < p.work_partial[size_t(y)];
      });
      if (stride == 0) {
        ASSERT_EQ(ws.size(), 1u);
        EXPECT_EQ(p.work_partial[size_t(ws[0])], -1);
      } else {
        ASSERT_EQ(ws.size(), size_t(stride)) << "request " << b << " tile " << t;
        const int32_t first = p.work_partial[size_t(ws[0])];
        if (base < 0) {
          base = first;
          chunks = stride;
        }
        EXPECT_EQ(first, base);
        EXPECT_EQ(stride, chunks);
        for (size_t i = 0; i < ws.size(); ++i) {
          EXPECT_EQ(p.work_partial[size_t(ws[i])], base + int32_t(i));
          EXPECT_EQ(p.work_partial_stride[size_t(ws[i])], stride);
        }
      }
      // Chunks in partial order have increasing, disjoint key ranges.
      int32_t prevEnd = 0;
      for (int32_t w : ws) {
        if (p.work_kv_end[size_t(w)] > p.work_kv_begin[size_t(w)]) {
          EXPECT_GE(p.work_kv_begin[size_t(w)], prevEnd) << "overlapping chunks";
          prevEnd = p.work_kv_end[size_t(w)];
        }
      }
      // Every row's visible keys are covered exactly once by the tile's items.
      const int64_t rowEnd = std::min<int64_t>(int64_t(t + 1) * c.tile_q, int64_t(r.qlen) * g);
      for (int64_t row = int64_t(t) * c.tile_q; row < rowEnd; ++row) {
        const int64_t pos = row / g + r.kvlen - r.qlen;
        const int64_t hi = c.causal ? std::clamp<int64_t>(pos + 1, 0, r.kvlen) : r.kvlen;
        const int64_t lo = c.window_left >= 0 ? std::clamp<int64_t>(pos - c.window_left, 0, hi)
                                              : 0;
        int64_t covered = 0;
        for (int32_t w : ws)
          covered += std::max<int64_t>(
              0, std::min<int64_t>(hi, p.work_kv_end[size_t(w)]) -
                     std::max<int64_t>(lo, p.work_kv_begin[size_t(w)]));
        EXPECT_EQ(covered, hi - lo) << "request " << b << " row " << row;
      }
    }
    int32_t row0 = 0;
    for (int32_t x = 0; x < b; ++x)
      row0 += reqs[size_t(x)].qlen;
    for (int32_t i = 0; i < r.qlen; ++i) {
      const int32_t lo = p.merge_indptr[size_t(row0 + i)];
      const int32_t hi = p.merge_indptr[size_t(row0 + i) + 1];
      if (chunks > 0) {
        EXPECT_EQ(lo, base + i * chunks) << "request " << b << " row " << i;
        EXPECT_EQ(hi, base + (i + 1) * chunks) << "request " << b << " row " << i;
      } else {
        EXPECT_EQ(lo, hi) << "unsplit request " << b << " row " << i << " has partials";
      }
    }
    if (chunks > 0) {
      split = true;
      partialRows += int64_t(r.qlen) * chunks;
    }
  }
  EXPECT_EQ(items, p.num_work);
  EXPECT_EQ(partialRows, p.num_partial_rows);
  // The merge grid covers every row with partial states, and in eager mode ends with them.
  int32_t lastMerged = 0;
  for (int32_t row = 0; row < totalQ; ++row)
    if (p.merge_indptr[size_t(row) + 1] > p.merge_indptr[size_t(row)])
      lastMerged = row + 1;
  EXPECT_EQ(p.grid_rows, c.graph_mode ? prefillMergeRowBound(c) : lastMerged);
  EXPECT_LE(lastMerged, p.grid_rows);
  EXPECT_EQ(p.needs_merge, p.grid_rows > 0);
  EXPECT_EQ(p.grid_work, c.graph_mode ? c.max_work : p.num_work);
  if (split) {
    EXPECT_LE(int64_t(c.num_kv_heads) * p.num_work, int64_t(c.num_sms) * c.ctas_per_sm)
        << "a split plan must fit one wave";
    EXPECT_GT(p.chunk_tokens, 0);
    EXPECT_EQ(p.chunk_tokens % c.tile_kv, 0);
  } else {
    EXPECT_EQ(p.chunk_tokens, 0);
  }
}

PrefillSchedulerConfig config() { return test::h100PrefillConfig(); }

/// Expects a split plan: `work` items over KV chunks of `chunkTokens` keys, `partialRows`
/// partial rows and a merge.
void expectSplit(const PrefillPlan &p, int32_t work, int32_t chunkTokens, int32_t partialRows) {
  EXPECT_EQ(p.num_work, work);
  EXPECT_EQ(p.chunk_tokens, chunkTokens);
  EXPECT_EQ(p.num_partial_rows, partialRows);
  EXPECT_TRUE(p.needs_merge);
}

/// planFor, then checkPlan (see planThenCheck in TestExpect.h).
void planChecked(const std::vector<Request> &reqs, const PrefillSchedulerConfig &c,
                 PrefillPlan *p) {
  test::planThenCheck([&] { return planFor(reqs, c, p); }, [&] { checkPlan(*p, reqs, c); });
}

} // namespace

TEST(PrefillScheduler, BatchThatFillsTheGpuIsNotSplit) {
  PrefillSchedulerConfig c = config();
  // 8 x 1024 queries: 1024 * 4 / 128 = 32 tiles each, 256 items x 8 KV heads >> 132 CTAs.
  std::vector<Request> reqs(8, {1024, 1024});
  PrefillPlan p;
  ASSERT_NO_FATAL_FAILURE(planChecked(reqs, c, &p));
  EXPECT_EQ(p.num_work, 256);
  EXPECT_EQ(p.num_partial_rows, 0);
  EXPECT_FALSE(p.needs_merge);
  EXPECT_EQ(p.grid_work, 256);
  EXPECT_EQ(p.grid_rows, 0); // no row to merge
}

TEST(PrefillScheduler, GqaPackingTileCounts) {
  PrefillSchedulerConfig c = config();
  c.split_kv = false;
  // G = 4, tile_q = 128 packed rows = 32 query tokens: 33 tokens need 2 tiles, 32 need 1,
  // 1 needs 1, 0 need none.
  std::vector<Request> reqs = {{33, 100}, {32, 100}, {1, 100}, {0, 100}, {96, 100}};
  PrefillPlan p;
  ASSERT_NO_FATAL_FAILURE(planChecked(reqs, c, &p));
  std::map<int32_t, int32_t> tiles;
  for (int32_t w = 0; w < p.num_work; ++w)
    tiles[p.work_request[size_t(w)]] = std::max(tiles[p.work_request[size_t(w)]],
                                                p.work_qo_tile[size_t(w)] + 1);
  EXPECT_EQ(tiles[0], 2);
  EXPECT_EQ(tiles[1], 1);
  EXPECT_EQ(tiles[2], 1);
  EXPECT_EQ(tiles.count(3), 0u);
  EXPECT_EQ(tiles[4], 3);
  EXPECT_EQ(p.num_work, 7);
  // MHA (G = 1): 33 tokens are 33 packed rows, one tile.
  c.num_qo_heads = 8;
  ASSERT_TRUE(planFor({{33, 100}}, c, &p).isOk());
  EXPECT_EQ(p.num_work, 1);
}

TEST(PrefillScheduler, AppendToLongContextIsSplitIntoOneWave) {
  PrefillSchedulerConfig c = config();
  // 16 new tokens (64 packed rows, one tile) after 32752 cached ones: one item x 8 KV heads
  // leaves 124 of 132 CTAs idle. One wave holds 132 / 8 = 16 items -> 16 chunks of 2048.
  std::vector<Request> reqs = {{16, 32768}};
  PrefillPlan p;
  ASSERT_NO_FATAL_FAILURE(planChecked(reqs, c, &p));
  expectSplit(p, /*work=*/16, /*chunkTokens=*/2048, /*partialRows=*/16 * 16);
  for (int32_t w = 0; w < p.num_work; ++w) {
    EXPECT_EQ(p.work_kv_end[size_t(w)] - p.work_kv_begin[size_t(w)], 2048);
    EXPECT_EQ(p.work_partial_stride[size_t(w)], 16);
  }
  EXPECT_EQ(p.merge_indptr[1], 16);
  EXPECT_EQ(p.merge_indptr[16], 256);
}

TEST(PrefillScheduler, CausalSplitKeepsEmptyChunks) {
  PrefillSchedulerConfig c = config();
  c.num_qo_heads = 8; // G = 1: tile_q = 128 query tokens
  c.max_partial_rows = defaultPrefillMaxPartialRows(c); // 128 * 16 / 1 = 2048
  c.min_chunk_tokens = 128;
  // 512 x 512 causal: 4 tiles x 8 heads = 32 CTAs < 132. 16 items fit one wave -> chunks of
  // 128 keys (4 per tile); tile t sees keys [0, 128 (t + 1)), so chunks c > t are empty but
  // still items (their rows' partial states are o = 0, lse = -inf).
  std::vector<Request> reqs = {{512, 512}};
  PrefillPlan p;
  ASSERT_NO_FATAL_FAILURE(planChecked(reqs, c, &p));
  expectSplit(p, /*work=*/16, /*chunkTokens=*/128, /*partialRows=*/512 * 4);
  int empty = 0;
  for (int32_t w = 0; w < p.num_work; ++w) {
    const int32_t t = p.work_qo_tile[size_t(w)], chunk = p.work_partial[size_t(w)];
    const int32_t kb = p.work_kv_begin[size_t(w)], ke = p.work_kv_end[size_t(w)];
    if (chunk > t) {
      ++empty;
      EXPECT_EQ(kb, ke);
      EXPECT_GE(w, 10) << "empty items go last";
    } else {
      EXPECT_EQ(kb, 128 * chunk);
      EXPECT_EQ(ke, 128 * (chunk + 1));
    }
  }
  EXPECT_EQ(empty, 6);
  // With the default 256-token minimum the chunks are 256 keys: 2 per tile.
  c.min_chunk_tokens = kDefaultPrefillMinChunkTokens;
  ASSERT_NO_FATAL_FAILURE(planChecked(reqs, c, &p));
  EXPECT_EQ(p.num_work, 8);
  EXPECT_EQ(p.chunk_tokens, 256);
}

TEST(PrefillScheduler, ItemsVisitOnlyTheKeysTheMaskAdmits) {
  PrefillSchedulerConfig c = config();
  c.num_qo_heads = 8; // G = 1
  c.num_sms = 1;      // never split: every tile is one item
  c.window_left = 100;
  std::vector<Request> reqs = {{512, 1024}}; // append: query i sits at key position 512 + i
  PrefillPlan p;
  ASSERT_NO_FATAL_FAILURE(planChecked(reqs, c, &p));
  ASSERT_EQ(p.num_work, 4);
  for (int32_t w = 0; w < 4; ++w) {
    const int32_t t = p.work_qo_tile[size_t(w)];
    // Rows [128 t, 128 t + 128) see keys [512 + 128 t - 100, 512 + 128 t + 128), rounded out
    // to 64-key tiles.
    EXPECT_EQ(p.work_kv_begin[size_t(w)], (512 + 128 * t - 100) / 64 * 64) << "tile " << t;
    EXPECT_EQ(p.work_kv_end[size_t(w)], 512 + 128 * t + 128) << "tile " << t;
  }
  // Causal only: tile t visits [0, 640 + 128 t), so the last tile is the heaviest and first.
  c.window_left = -1;
  ASSERT_NO_FATAL_FAILURE(planChecked(reqs, c, &p));
  EXPECT_EQ(p.work_qo_tile, (std::vector<int32_t>{3, 2, 1, 0}));
  EXPECT_EQ(p.work_kv_end, (std::vector<int32_t>{1024, 896, 768, 640}));
  // No mask: every tile sees everything; request order is kept among equals.
  c.causal = false;
  ASSERT_NO_FATAL_FAILURE(planChecked(reqs, c, &p));
  EXPECT_EQ(p.work_qo_tile, (std::vector<int32_t>{0, 1, 2, 3}));
  EXPECT_EQ(p.work_kv_begin, (std::vector<int32_t>(4, 0)));
  EXPECT_EQ(p.work_kv_end, (std::vector<int32_t>(4, 1024)));
}

TEST(PrefillScheduler, RowsWithoutKeysGetEmptyItems) {
  PrefillSchedulerConfig c = config();
  c.num_qo_heads = 8; // G = 1
  c.tile_q = 16;
  c.split_kv = false;
  // More queries than keys: the first 28 queries sit before key 0 (causal sees nothing), and
  // a request without KV has nothing to see at all.
  std::vector<Request> reqs = {{32, 4}, {5, 0}};
  PrefillPlan p;
  ASSERT_NO_FATAL_FAILURE(planChecked(reqs, c, &p));
  ASSERT_EQ(p.num_work, 3);
  EXPECT_EQ(p.work_request, (std::vector<int32_t>{0, 0, 1}));
  EXPECT_EQ(p.work_qo_tile, (std::vector<int32_t>{1, 0, 0}));
  EXPECT_EQ(p.work_kv_end, (std::vector<int32_t>{4, 0, 0}));
  EXPECT_EQ(p.work_partial, (std::vector<int32_t>{-1, -1, -1}));
}

namespace {
/// Everything two plans hold but head_section is equal.
void expectSameItemsAndRows(const PrefillPlan &a, const PrefillPlan &b) {
  EXPECT_EQ(a.num_work, b.num_work);
  EXPECT_EQ(a.work_request, b.work_request);
  EXPECT_EQ(a.work_qo_tile, b.work_qo_tile);
  EXPECT_EQ(a.work_kv_begin, b.work_kv_begin);
  EXPECT_EQ(a.work_kv_end, b.work_kv_end);
  EXPECT_EQ(a.work_partial, b.work_partial);
  EXPECT_EQ(a.work_partial_stride, b.work_partial_stride);
  EXPECT_EQ(a.merge_indptr, b.merge_indptr);
  EXPECT_EQ(a.num_partial_rows, b.num_partial_rows);
  EXPECT_EQ(a.chunk_tokens, b.chunk_tokens);
  EXPECT_EQ(a.grid_work, b.grid_work);
  EXPECT_EQ(a.grid_rows, b.grid_rows);
  EXPECT_EQ(a.needs_merge, b.needs_merge);
}
} // namespace

TEST(PrefillScheduler, RaggedAndPagedLengthsGiveTheSamePlan) {
  PrefillSchedulerConfig paged = config();
  PrefillSchedulerConfig ragged = paged;
  ragged.paged = false;
  ragged.page_size = 0;
  std::vector<Request> reqs = {{7, 3000}, {40, 17}, {1, 16}, {0, 99}, {100, 5000}};
  PrefillPlan a, b;
  ASSERT_TRUE(planFor(reqs, paged, &a).isOk());
  ASSERT_TRUE(planFor(reqs, ragged, &b).isOk());
  checkPlan(a, reqs, paged);
  checkPlan(b, reqs, ragged);
  expectSameItemsAndRows(a, b);
  EXPECT_EQ(a.head_section, b.head_section);
  // Paged lengths: (pages - 1) * page_size + last; a request without pages has none.
  std::vector<int32_t> qo = {0, 1, 2}, kv = {0, 3, 3}, last = {5, 0};
  PrefillPlanInput in{2, qo.data(), kv.data(), last.data()};
  paged.causal = false;
  paged.split_kv = false;
  ASSERT_TRUE(planPrefill(paged, in, &a).isOk());
  EXPECT_EQ(a.work_kv_end, (std::vector<int32_t>{37, 0}));
}

TEST(PrefillScheduler, MergeIndptrLayoutOfAMixedBatch) {
  PrefillSchedulerConfig c = config();
  // Request 0 (3 queries, 8192 keys) and 2 (2 queries, 4096 keys) are split, request 1
  // (4 queries, 64 keys) is not, request 3 has no queries. One tile each: 3 items x 8 heads.
  std::vector<Request> reqs = {{3, 8192}, {4, 64}, {2, 4096}, {0, 50000}};
  PrefillPlan p;
  ASSERT_NO_FATAL_FAILURE(planChecked(reqs, c, &p));
  // One wave = 16 items: request 1 takes one, so 15 remain for requests 0 and 2 (128 and 64
  // KV tiles); the smallest chunk with ceil(128 / c) + ceil(64 / c) <= 15 is c = 13 tiles
  // (832 keys): 10 + 5 chunks.
  EXPECT_EQ(p.chunk_tokens, 832);
  EXPECT_EQ(p.num_work, 16);
  EXPECT_EQ(p.num_partial_rows, 3 * 10 + 2 * 5);
  // Rows 0..2: request 0, P = 0, n = 10. Rows 3..6: request 1, empty. Rows 7..8: request 2,
  // P = 30, n = 5.
  EXPECT_EQ(p.merge_indptr,
            (std::vector<int32_t>{0, 10, 20, 30, 30, 30, 30, 30, 35, 40}));
  // Near-equal chunks: 128 tiles in 10 chunks are 8 x 13 + 2 x 12 tiles, not 9 x 13 + 11.
  std::vector<int32_t> sizes;
  for (int32_t w = 0; w < p.num_work; ++w)
    if (p.work_request[size_t(w)] == 0)
      sizes.push_back(p.work_kv_end[size_t(w)] - p.work_kv_begin[size_t(w)]);
  EXPECT_EQ(sizes, (std::vector<int32_t>{832, 832, 832, 832, 832, 832, 832, 832, 768, 768}));
}

TEST(PrefillScheduler, SplitRespectsCapacities) {
  PrefillSchedulerConfig c = config();
  std::vector<Request> reqs = {{32, 32768}}; // 32 queries, one tile; splits 16 ways
  PrefillPlan p;
  ASSERT_TRUE(planFor(reqs, c, &p).isOk());
  EXPECT_EQ(p.num_work, 16);
  EXPECT_EQ(p.num_partial_rows, 32 * 16);
  // Room for 200 partial rows: 6 chunks (192 rows), not 16; a smaller capacity never fails.
  c.max_partial_rows = 200;
  ASSERT_NO_FATAL_FAILURE(planChecked(reqs, c, &p));
  EXPECT_EQ(p.num_work, 6);
  EXPECT_EQ(p.num_partial_rows, 192);
  EXPECT_EQ(p.chunk_tokens, 5504); // ceil(512 tiles / 6) = 86 tiles of 64 keys
  c.max_partial_rows = 31; // not even 2 chunks fit
  ASSERT_TRUE(planFor(reqs, c, &p).isOk());
  EXPECT_EQ(p.num_work, 1);
  EXPECT_FALSE(p.needs_merge);
  c.max_partial_rows = 0;
  ASSERT_TRUE(planFor(reqs, c, &p).isOk());
  EXPECT_EQ(p.num_work, 1);
  // max_work bounds the split too.
  c.max_partial_rows = 512;
  c.max_work = 4;
  ASSERT_NO_FATAL_FAILURE(planChecked(reqs, c, &p));
  EXPECT_EQ(p.num_work, 4);
  // A kernel without partial states never splits.
  c.max_work = 100;
  c.split_kv = false;
  ASSERT_TRUE(planFor(reqs, c, &p).isOk());
  EXPECT_EQ(p.num_work, 1);
  // min_chunk_tokens bounds the chunk from below.
  c.split_kv = true;
  c.min_chunk_tokens = 8192;
  ASSERT_NO_FATAL_FAILURE(planChecked(reqs, c, &p));
  EXPECT_EQ(p.num_work, 4);
  EXPECT_EQ(p.chunk_tokens, 8192);
}

TEST(PrefillScheduler, GraphModeGridsComeFromCapacities) {
  PrefillSchedulerConfig c = config();
  c.graph_mode = true;
  // A split needs Hkv * items < 132, so at most 16 items of 128 / 4 = 32 query tokens: the
  // merge grid covers 512 rows, not max_qo_tokens (65536).
  EXPECT_EQ(prefillMergeRowBound(c), 512);
  std::vector<Request> reqs = {{8, 1024}, {300, 300}};
  PrefillPlan p;
  ASSERT_NO_FATAL_FAILURE(planChecked(reqs, c, &p));
  EXPECT_TRUE(p.graph_mode);
  EXPECT_GT(p.num_partial_rows, 0);
  EXPECT_EQ(p.grid_work, c.max_work);
  EXPECT_EQ(p.grid_rows, 512);
  EXPECT_TRUE(p.needs_merge); // the captured graph always holds the merge launch
  // Also when nothing is split: same grids.
  std::vector<Request> big(8, {1024, 1024});
  ASSERT_NO_FATAL_FAILURE(planChecked(big, c, &p));
  EXPECT_EQ(p.num_partial_rows, 0);
  EXPECT_TRUE(p.needs_merge);
  EXPECT_EQ(p.grid_work, c.max_work);
  EXPECT_EQ(p.grid_rows, 512);
  // No merge for a kernel without partial states, or a device too small to ever split
  // (132 slots / 8 heads -> 16 items; 8 slots -> none).
  c.split_kv = false;
  ASSERT_TRUE(planFor(reqs, c, &p).isOk());
  EXPECT_FALSE(p.needs_merge);
  EXPECT_EQ(p.grid_rows, 0);
  c.split_kv = true;
  c.num_sms = 8;
  EXPECT_EQ(prefillMergeRowBound(c), 0);
  ASSERT_TRUE(planFor(reqs, c, &p).isOk());
  EXPECT_FALSE(p.needs_merge);
  // Outside graph mode the merge grid ends with the last split request's rows.
  c = config();
  std::vector<Request> mixed = {{3, 8192}, {4, 64}, {2, 20}};
  ASSERT_NO_FATAL_FAILURE(planChecked(mixed, c, &p));
  EXPECT_EQ(p.grid_rows, 3);
}

TEST(PrefillScheduler, EmptyBatchAndPlanReuse) {
  PrefillSchedulerConfig c = config();
  PrefillPlan p;
  std::vector<int32_t> zero = {0};
  PrefillPlanInput in{0, zero.data(), zero.data(), nullptr};
  ASSERT_TRUE(planPrefill(c, in, &p).isOk());
  EXPECT_EQ(p.num_work, 0);
  EXPECT_EQ(p.num_rows, 0);
  EXPECT_EQ(p.merge_indptr, std::vector<int32_t>{0});
  EXPECT_EQ(p.grid_work, 0);
  // The same plan object serves a large batch, then a small one.
  std::vector<Request> big(40, {100, 2000}), small = {{2, 10000}};
  ASSERT_NO_FATAL_FAILURE(planChecked(big, c, &p));
  ASSERT_NO_FATAL_FAILURE(planChecked(small, c, &p));
  PrefillPlan fresh;
  ASSERT_TRUE(planFor(small, c, &fresh).isOk());
  EXPECT_EQ(p.work_kv_begin, fresh.work_kv_begin);
  EXPECT_EQ(p.merge_indptr, fresh.merge_indptr);
}

TEST(PrefillScheduler, DefaultCapacitiesFitEveryBatch) {
  // Random batches within max_batch / max_qo_tokens never exceed the default capacities, and
  // every plan satisfies the ABI (brute-force coverage of each row's visible keys).
  std::mt19937 rng(20240611);
  // L2 sections from a generator of their own, so the batches stay those of the other draws.
  std::mt19937 sectionRng(20250117);
  int splitPlans = 0, emptyItems = 0, groupedPlans = 0;
  for (int iter = 0; iter < 300; ++iter) {
    PrefillSchedulerConfig c;
    const int32_t kvHeads = 1 << (rng() % 4);
    c.num_kv_heads = kvHeads;
    c.num_qo_heads = kvHeads * int32_t(1 + rng() % 8);
    c.head_dim = 128;
    c.tile_q = int32_t(16 << (rng() % 4));
    c.tile_kv = int32_t(16 << (rng() % 3));
    c.num_sms = int32_t(1 + rng() % 140);
    c.ctas_per_sm = int32_t(1 + rng() % 3);
    c.causal = rng() % 3 != 0;
    c.window_left = rng() % 3 == 0 ? int32_t(rng() % 300) : -1;
    c.paged = rng() % 2 == 0;
    c.page_size = c.paged ? int32_t(1 << (rng() % 6)) : 0;
    c.max_batch = int32_t(1 + rng() % 12);
    c.max_qo_tokens = int32_t(1 + rng() % 400);
    c.min_chunk_tokens = int32_t(rng() % 300);
    c.split_kv = rng() % 4 != 0;
    c.graph_mode = rng() % 4 == 0;
    c.max_work = defaultPrefillMaxWork(c);
    c.max_partial_rows = defaultPrefillMaxPartialRows(c);
    // No sections, a budget of a few requests' K/V (groups), or an H100's 50 MiB.
    const int64_t l2Choices[] = {0, int64_t(sectionRng() % (4u << 20)), 50 << 20};
    c.l2_bytes = l2Choices[sectionRng() % 3];
    c.kv_elem_bytes = int32_t(1 << (sectionRng() % 3));
    std::vector<Request> reqs;
    int32_t budget = c.max_qo_tokens;
    const int32_t n = int32_t(rng() % (c.max_batch + 1));
    for (int32_t b = 0; b < n; ++b) {
      int32_t q = budget ? int32_t(rng() % (budget + 1)) : 0;
      if (rng() % 4 == 0)
        q = std::min(budget, int32_t(rng() % 3));
      budget -= q;
      int32_t kv = int32_t(rng() % 3000);
      if (rng() % 3 == 0)
        kv = q + int32_t(rng() % 50); // prefill / short append
      reqs.push_back({q, kv});
    }
    PrefillPlan p;
    Status st = planFor(reqs, c, &p);
    ASSERT_TRUE(st.isOk()) << "iteration " << iter << ": " << st.message();
    checkPlan(p, reqs, c);
    if (testing::Test::HasFailure())
      FAIL() << "iteration " << iter;
    splitPlans += p.num_partial_rows > 0;
    const std::vector<int32_t> groups = referenceSections(reqs, c).group;
    groupedPlans += !groups.empty() && groups.back() > 0;
    for (int32_t w = 0; w < p.num_work; ++w)
      emptyItems += p.work_kv_begin[size_t(w)] == p.work_kv_end[size_t(w)];
  }
  // The sample exercises splitting and empty (masked or KV-less) items.
  EXPECT_GT(splitPlans, 50);
  EXPECT_GT(emptyItems, 50);
  EXPECT_GT(groupedPlans, 20); // and plans with several L2 groups
}

TEST(PrefillScheduler, ConfigValidation) {
  const test::EditCase<PrefillSchedulerConfig> cases[] = {
      {[](PrefillSchedulerConfig &c) { c.num_qo_heads = 0; }, "num_qo_heads (0) must be positive"},
      {[](PrefillSchedulerConfig &c) { c.num_qo_heads = 12; },
       "expected num_qo_heads (12) to be a multiple of num_kv_heads (8)"},
      {[](PrefillSchedulerConfig &c) { c.tile_q = 0; }, "tile_q (0) must be positive"},
      {[](PrefillSchedulerConfig &c) { c.tile_kv = -64; }, "tile_kv (-64) must be positive"},
      {[](PrefillSchedulerConfig &c) { c.ctas_per_sm = 0; }, "ctas_per_sm (0) must be positive"},
      {[](PrefillSchedulerConfig &c) { c.page_size = 0; }, "page_size (0) must be positive"},
      {[](PrefillSchedulerConfig &c) { c.max_qo_tokens = 0; },
       "max_qo_tokens (0) must be positive"},
      {[](PrefillSchedulerConfig &c) { c.window_left = -2; },
       "window_left (-2) must be -1 (no window) or non-negative"},
      {[](PrefillSchedulerConfig &c) { c.min_chunk_tokens = -1; },
       "min_chunk_tokens (-1) must not be negative"},
      {[](PrefillSchedulerConfig &c) { c.max_partial_rows = -1; },
       "max_partial_rows (-1) must not be negative"},
      {[](PrefillSchedulerConfig &c) { c.max_work = kMaxScheduleCapacity + 1; },
       "max_work (16777217) exceeds 16777216"},
      {[](PrefillSchedulerConfig &c) {
         c.max_qo_tokens = 16 << 20;
         c.num_qo_heads = 8 * 128;
       },
       "max_qo_tokens (16777216) * group size (128) exceeds the int32 range of packed query "
       "rows"},
      {[](PrefillSchedulerConfig &c) { c.l2_bytes = -1; }, "l2_bytes (-1) must not be negative"},
      {[](PrefillSchedulerConfig &c) { c.balance_ctas = -1; },
       "balance_ctas (-1) must not be negative"},
      {[](PrefillSchedulerConfig &c) { c.kv_elem_bytes = 0; },
       "kv_elem_bytes (0) is out of range [1, 8]"},
      {[](PrefillSchedulerConfig &c) { c.kv_elem_bytes = 9; },
       "kv_elem_bytes (9) is out of range [1, 8]"},
  };
  for (const auto &k : cases) {
    PrefillSchedulerConfig c = config();
    k.edit(c);
    Status st = validatePrefillSchedulerConfig(c);
    EXPECT_EQ(st.code(), StatusCode::InvalidArgument) << k.message;
    EXPECT_EQ(st.message(), k.message);
  }
  // Ragged KV has no page size.
  PrefillSchedulerConfig c = config();
  c.paged = false;
  c.page_size = 0;
  EXPECT_TRUE(validatePrefillSchedulerConfig(c).isOk());
}

TEST(PrefillScheduler, InputValidation) {
  const PrefillSchedulerConfig c = config();
  struct Case {
    std::vector<int32_t> qo, kv, last;
    int32_t batch;
    StatusCode code;
    const char *message;
  } cases[] = {
      {{0, 1}, {0, 1}, {1}, -1, StatusCode::InvalidArgument,
       "batch_size (-1) must not be negative"},
      {{0, 1}, {0, 1}, {1}, 257, StatusCode::CapacityExceeded,
       "batch_size (257) exceeds max_batch (256) the workspace was sized for"},
      {{1, 2}, {0, 1}, {1}, 1, StatusCode::InvalidArgument, "qo_indptr[0] (1) must be 0"},
      {{0, 2}, {2, 3}, {1}, 1, StatusCode::InvalidArgument, "kv_indptr[0] (2) must be 0"},
      {{0, 5, 3}, {0, 1, 2}, {1, 1}, 2, StatusCode::InvalidArgument,
       "qo_indptr[2] (3) is less than qo_indptr[1] (5)"},
      {{0, 5, 6}, {0, 4, 2}, {1, 1}, 2, StatusCode::InvalidArgument,
       "kv_indptr[2] (2) is less than kv_indptr[1] (4)"},
      {{0, 5}, {0, 2}, {17}, 1, StatusCode::InvalidArgument,
       "kv_last_page_len[0] (17) is out of range [1, 16] for a request with 2 pages"},
      {{0, 5}, {0, 2}, {0}, 1, StatusCode::InvalidArgument,
       "kv_last_page_len[0] (0) is out of range [1, 16] for a request with 2 pages"},
      {{0, 5}, {0, 200000000}, {16}, 1, StatusCode::InvalidArgument,
       "kv length of request 0 (3200000000 tokens) exceeds 2147483647"},
      {{0, 60000, 70000}, {0, 1, 2}, {1, 1}, 2, StatusCode::CapacityExceeded,
       "qo_indptr[2] (70000) exceeds max_qo_tokens (65536) the workspace was sized for"},
  };
  for (const auto &k : cases) {
    PrefillPlanInput in{k.batch, k.qo.data(), k.kv.data(), k.last.data()};
    PrefillPlan p;
    Status st = planPrefill(c, in, &p);
    EXPECT_EQ(st.code(), k.code) << k.message;
    EXPECT_EQ(st.message(), k.message);
  }
  std::vector<int32_t> ptr = {0, 1};
  PrefillPlan p;
  PrefillPlanInput in{1, nullptr, ptr.data(), ptr.data() + 1};
  EXPECT_EQ(planPrefill(c, in, &p).message(), "qo_indptr is null");
  in = {1, ptr.data(), nullptr, ptr.data() + 1};
  EXPECT_EQ(planPrefill(c, in, &p).message(), "kv_indptr is null");
  in = {1, ptr.data(), ptr.data(), nullptr};
  EXPECT_EQ(planPrefill(c, in, &p).message(), "kv_last_page_len is null");
  // Ragged KV reads no kv_last_page_len.
  PrefillSchedulerConfig ragged = c;
  ragged.paged = false;
  EXPECT_TRUE(planPrefill(ragged, in, &p).isOk());
  // More q tiles than max_work.
  PrefillSchedulerConfig tight = c;
  tight.max_work = 3;
  std::vector<int32_t> qo = {0, 100}, kv = {0, 7}, last = {16};
  in = {1, qo.data(), kv.data(), last.data()};
  Status st = planPrefill(tight, in, &p);
  test::expectError(st, StatusCode::CapacityExceeded,
                    "the batch needs 4 work items (one per q tile of 128 packed rows), "
                    "more than max_work (3) the workspace was sized for");
}

TEST(PrefillScheduler, BlockSparseRequestsStartAtBlockRows) {
  // Block rows are rows of the whole q tensor: every request with queries starts at a
  // multiple of R; the last may end anywhere, requests without queries are not checked.
  PrefillSchedulerConfig c = config();
  c.causal = false;
  c.split_kv = false;
  c.max_partial_rows = 0;
  c.block_rows = 64;
  ASSERT_TRUE(validatePrefillSchedulerConfig(c).isOk());
  PrefillPlan p;
  const std::vector<Request> good = {{64, 100}, {128, 64}, {0, 5}, {37, 300}, {0, 9}};
  ASSERT_NO_FATAL_FAILURE(planChecked(good, c, &p));
  EXPECT_EQ(p.num_rows, 229);
  // A block-sparse plan is the mask-none plan: the BSR operands are the kernel's business.
  PrefillPlan none;
  PrefillSchedulerConfig plain = c;
  plain.block_rows = 0;
  ASSERT_TRUE(planFor(good, plain, &none).isOk());
  EXPECT_EQ(p.work_kv_end, none.work_kv_end);
  EXPECT_EQ(p.work_qo_tile, none.work_qo_tile);

  Status st = planFor({{64, 100}, {30, 64}, {10, 5}}, c, &p);
  test::expectError(
      st, StatusCode::InvalidArgument,
      "qo_indptr[2] (94) is not a multiple of the block-sparse mask's block rows (64)");
  st = planFor({{65, 100}, {0, 1}, {0, 0}, {1, 1}}, c, &p);
  EXPECT_EQ(st.message(),
            "qo_indptr[3] (65) is not a multiple of the block-sparse mask's block rows (64)");
  // Without a block-sparse kernel the same batch plans.
  EXPECT_TRUE(planFor({{64, 100}, {30, 64}, {10, 5}}, plain, &p).isOk());
  c.block_rows = -64;
  EXPECT_EQ(validatePrefillSchedulerConfig(c).message(),
            "block_rows (-64) must be 0 (no block-sparse mask) or positive");
}

//===----------------------------------------------------------------------===//
// L2 sections (head_section)
//===----------------------------------------------------------------------===//

namespace {

/// An item's fields, for comparing the items of two plans whatever their order.
using ItemFields = std::tuple<int32_t, int32_t, int32_t, int32_t, int32_t, int32_t>;
std::vector<ItemFields> sortedItems(const PrefillPlan &p) {
  std::vector<ItemFields> items;
  for (size_t w = 0; w < size_t(p.num_work); ++w)
    items.emplace_back(p.work_request[w], p.work_qo_tile[w], p.work_kv_begin[w], p.work_kv_end[w],
                       p.work_partial[w], p.work_partial_stride[w]);
  std::sort(items.begin(), items.end());
  return items;
}

/// The order of a plan without sections, derived from its items alone: decreasing visited
/// keys, ties in (request, tile, chunk) emission order (a chunk's index is its partial row
/// offset from the request's base, so work_partial orders the chunks of a tile).
void expectHeaviestFirstOrder(const PrefillPlan &p) {
  for (size_t w = 1; w < size_t(p.num_work); ++w) {
    const auto key = [&](size_t i) {
      return std::make_tuple(-(p.work_kv_end[i] - p.work_kv_begin[i]), p.work_request[i],
                             p.work_qo_tile[i], p.work_partial[i]);
    };
    EXPECT_LT(key(w - 1), key(w)) << "item " << w;
  }
}

/// H100 config with `kvHeads` KV heads (G = 4) and its default capacities.
PrefillSchedulerConfig configWithKvHeads(int32_t kvHeads) {
  PrefillSchedulerConfig c = config();
  c.num_kv_heads = kvHeads;
  c.num_qo_heads = 4 * kvHeads;
  c.max_work = defaultPrefillMaxWork(c);
  c.max_partial_rows = defaultPrefillMaxPartialRows(c);
  return c;
}

constexpr int64_t kMiB = 1 << 20;

} // namespace

// Without an L2 size the plan is the one of a kernel without sections: head_section = Hkv and
// items strictly heaviest first, for split and unsplit batches alike.
TEST(PrefillScheduler, NoL2SizeKeepsThePlanWithoutSections) {
  const std::vector<std::vector<Request>> batches = {
      std::vector<Request>(16, {1024, 1024}),
      std::vector<Request>(4, {4096, 4096}),
      {{16, 32768}},                               // split 16 ways
      {{3, 8192}, {4, 64}, {2, 4096}, {0, 50000}}, // split, mixed
      {{7, 3000}, {40, 17}, {1, 16}, {0, 99}, {100, 5000}},
      {{512, 1024}, {33, 100}, {1, 0}}};
  for (int32_t kvHeads : {8, 32}) {
    PrefillSchedulerConfig c = configWithKvHeads(kvHeads);
    for (size_t i = 0; i < batches.size(); ++i) {
      SCOPED_TRACE("Hkv " + std::to_string(kvHeads) + ", batch " + std::to_string(i));
      PrefillPlan p;
      ASSERT_NO_FATAL_FAILURE(planChecked(batches[i], c, &p));
      EXPECT_EQ(p.head_section, kvHeads);
      expectHeaviestFirstOrder(p);
      // A budget every head's K/V fits is one group too: the same items in the same order.
      PrefillSchedulerConfig large = c;
      large.l2_bytes = int64_t(1) << 50;
      PrefillPlan q;
      ASSERT_NO_FATAL_FAILURE(planChecked(batches[i], large, &q));
      expectSameItemsAndRows(p, q);
      EXPECT_EQ(q.head_section, kvHeads);
    }
  }
}

// When the K/V of one head of every request (T) fits half the L2, the items keep their order
// and head_section is the heads whose K/V fits together: floor(budget / T), at most Hkv.
TEST(PrefillScheduler, L2SectionsHoldTheHeadsWhoseKvFits) {
  PrefillSchedulerConfig c = configWithKvHeads(32);
  PrefillPlan plain, p;
  // 16 x 1024 causal: a head of a request reads 1024 * 128 * 2 (K and V) * 2 bytes = 512 KiB,
  // T = 8 MiB; 50 MiB of L2 -> a budget of 25 MiB -> 3 heads.
  const std::vector<Request> equal(16, {1024, 1024});
  ASSERT_NO_FATAL_FAILURE(planChecked(equal, c, &plain));
  c.l2_bytes = 50 * kMiB;
  ASSERT_NO_FATAL_FAILURE(planChecked(equal, c, &p));
  EXPECT_EQ(p.head_section, 3);
  expectSameItemsAndRows(plain, p);
  // 4 x 4096: the same 8 MiB.
  ASSERT_NO_FATAL_FAILURE(planChecked(std::vector<Request>(4, {4096, 4096}), c, &p));
  EXPECT_EQ(p.head_section, 3);
  // The element size scales T: f32 K/V (16 MiB) -> 1 head, 8-bit (4 MiB) -> 6.
  c.kv_elem_bytes = 4;
  ASSERT_NO_FATAL_FAILURE(planChecked(equal, c, &p));
  EXPECT_EQ(p.head_section, 1);
  expectSameItemsAndRows(plain, p); // T <= budget: still one group
  c.kv_elem_bytes = 1;
  ASSERT_NO_FATAL_FAILURE(planChecked(equal, c, &p));
  EXPECT_EQ(p.head_section, 6);
  c.kv_elem_bytes = 2;
  // Requests without queries read nothing: a long cached one changes nothing.
  std::vector<Request> withIdle = equal;
  withIdle.push_back({0, 1 << 20});
  ASSERT_NO_FATAL_FAILURE(planChecked(withIdle, c, &p));
  EXPECT_EQ(p.head_section, 3);
  // A small batch: every head fits, capped at Hkv (25 MiB / 64 KiB = 400 -> 32, or 8).
  ASSERT_NO_FATAL_FAILURE(planChecked({{64, 128}}, c, &p));
  EXPECT_EQ(p.head_section, 32);
  PrefillSchedulerConfig eight = configWithKvHeads(8);
  eight.l2_bytes = 50 * kMiB;
  ASSERT_NO_FATAL_FAILURE(planChecked({{64, 128}}, eight, &p));
  EXPECT_EQ(p.head_section, 8);
  // Nothing to read at all (no KV, or no requests): T = 0 counts as 1 byte.
  ASSERT_NO_FATAL_FAILURE(planChecked({{5, 0}}, eight, &p));
  EXPECT_EQ(p.head_section, 8);
  ASSERT_NO_FATAL_FAILURE(planChecked({}, eight, &p));
  EXPECT_EQ(p.head_section, 8);
  // Byte counts saturate instead of overflowing: 2^30 tokens of 2^30 features of 8 bytes are
  // 2^64 bytes a head; T saturates at 2^61 and the budget of INT64_MAX / 2 holds it once.
  eight.l2_bytes = std::numeric_limits<int64_t>::max();
  eight.head_dim = 1 << 30;
  eight.kv_elem_bytes = 8;
  ASSERT_TRUE(planFor({{64, 1 << 30}, {64, 1 << 30}}, eight, &p).isOk());
  EXPECT_EQ(p.head_section, 1);
  expectHeaviestFirstOrder(p); // one group
}

namespace {
/// The persistent kernel's busiest CTA for plan `p` with sections of `section` heads, walked
/// the way the kernel walks it: CTA c of G takes pair j * G + (j odd ? G - 1 - c : c) for
/// j = 0, 1, ... below Hkv x num_work; pair u is (KV head, item) of sectionPair; an item costs
/// its KV tiles plus one.
int64_t busiestCtaOfKernel(const PrefillPlan &p, const PrefillSchedulerConfig &c, int32_t section,
                           int64_t ctas) {
  const int64_t heads = c.num_kv_heads, n = p.num_work, units = heads * n;
  int64_t busiest = 0;
  for (int64_t cta = 0; cta < ctas; ++cta) {
    int64_t load = 0;
    for (int64_t j = 0;; ++j) {
      const int64_t u = j * ctas + (j % 2 ? ctas - 1 - cta : cta);
      if (j * ctas >= units)
        break;
      if (u >= units)
        continue;
      const int64_t perSection = section * n;
      const int64_t first = u / perSection * section;
      const int64_t width = std::min<int64_t>(section, heads - first);
      const int64_t item = (u % perSection) / width;
      const int64_t keys = p.work_kv_end[size_t(item)] - p.work_kv_begin[size_t(item)];
      load += (keys + c.tile_kv - 1) / c.tile_kv + 1;
    }
    busiest = std::max(busiest, load);
  }
  return busiest;
}
} // namespace

// balance_ctas (ATTN_RT_BALANCE_SECTIONS): the plan of a persistent kernel takes the
// head_section, at most the L2 budget's, under which its busiest CTA has the least work, when
// that is at least 3% less than under the budget's. Items, rows and their order stay.
TEST(PrefillScheduler, BalancedSectionsEvenOutPersistentRounds) {
  // head_dim 64 causal 1x16384 on 192 x 128 tiles, MHA 32/32, an H100's 50 MiB L2: a head's
  // K/V is 4 MiB, so the budget's sections are 6 heads, under which the busiest of 132 CTAs
  // gets 1.36x the mean (bench/persistent_balance.py; ncu measured the same).
  PrefillSchedulerConfig c = config();
  c.num_qo_heads = c.num_kv_heads = 32;
  c.head_dim = 64;
  c.tile_q = 192;
  c.tile_kv = 128;
  c.paged = false;
  c.page_size = 0;
  c.l2_bytes = 50 * kMiB;
  c.max_work = defaultPrefillMaxWork(c);
  c.max_partial_rows = defaultPrefillMaxPartialRows(c);
  const std::vector<Request> one{{16384, 16384}};
  PrefillPlan planned, balanced;
  ASSERT_NO_FATAL_FAILURE(planChecked(one, c, &planned));
  ASSERT_EQ(planned.head_section, 6);
  ASSERT_EQ(planned.num_work, 86);
  c.balance_ctas = 132;
  ASSERT_TRUE(planFor(one, c, &balanced).isOk());
  expectSameItemsAndRows(planned, balanced);
  const int32_t chosen = balanced.head_section;
  EXPECT_LT(chosen, 6);
  EXPECT_GE(chosen, 1);
  // The chosen sections are the lightest of 1 .. 6 for the kernel's walk, and at least 3%
  // lighter than the budget's.
  const int64_t kept = busiestCtaOfKernel(planned, c, 6, 132);
  const int64_t got = busiestCtaOfKernel(balanced, c, chosen, 132);
  EXPECT_LE(got * 100, kept * 97);
  for (int32_t s = 1; s <= 6; ++s)
    EXPECT_LE(got, busiestCtaOfKernel(planned, c, s, 132)) << "head_section " << s;
  EXPECT_EQ(chosen, 5); // 1.06x the mean
  // Fewer CTAs (ATTN_RT_PERSISTENT_CTAS) take their own walk.
  c.balance_ctas = 5;
  ASSERT_TRUE(planFor(one, c, &balanced).isOk());
  for (int32_t s = 1; s <= 6; ++s)
    EXPECT_LE(busiestCtaOfKernel(balanced, c, balanced.head_section, 5),
              busiestCtaOfKernel(planned, c, s, 5));

  // head_dim 128 causal 16 x 1024 and 1 x 16384 on 128 x 128 tiles: the budget's 3 heads are
  // already within 3% of the best, and stay.
  c.head_dim = 128;
  c.tile_q = 128;
  c.balance_ctas = 132;
  for (const std::vector<Request> &batch :
       {std::vector<Request>(16, {1024, 1024}), std::vector<Request>{{16384, 16384}}}) {
    ASSERT_TRUE(planFor(batch, c, &balanced).isOk());
    EXPECT_EQ(balanced.head_section, 3);
  }
  // Without L2 sections (a kernel that takes no head_section) nothing changes.
  c.l2_bytes = 0;
  ASSERT_TRUE(planFor(one, c, &balanced).isOk());
  EXPECT_EQ(balanced.head_section, 32);
  // Over the L2 budget (one head a section, request groups): nothing to choose.
  c.l2_bytes = 4 * kMiB;
  ASSERT_TRUE(planFor(std::vector<Request>(8, {2048, 2048}), c, &balanced).isOk());
  EXPECT_EQ(balanced.head_section, 1);
}

// T over the budget: one head per section, and the requests in consecutive groups of at most
// half the L2, whose items come group by group, heaviest first within each.
TEST(PrefillScheduler, L2GroupsOrderTheItemsOfOverBudgetBatches) {
  PrefillSchedulerConfig c = config(); // Hkv 8: 512 bytes of K/V per token and head
  PrefillPlan plain, p;
  const std::vector<Request> equal(16, {1024, 1024}); // 512 KiB each, T = 8 MiB
  ASSERT_NO_FATAL_FAILURE(planChecked(equal, c, &plain));
  c.l2_bytes = 4 * kMiB; // budget 2 MiB: 4 requests a group
  ASSERT_NO_FATAL_FAILURE(planChecked(equal, c, &p));
  EXPECT_EQ(p.head_section, 1);
  ASSERT_EQ(p.num_work, 16 * 32);
  EXPECT_EQ(sortedItems(p), sortedItems(plain)); // the same items, reordered
  EXPECT_EQ(p.merge_indptr, plain.merge_indptr);
  // Group g holds requests 4g .. 4g + 3: its 128 items come at [128 g, 128 (g + 1)), heaviest
  // first. Tiles 2k and 2k + 1 (32 queries each) both visit 64 (k + 1) keys (whole 64-key
  // tiles), so a group starts with tiles 30, 31 of its first request, then of the second, ...
  for (int32_t w = 0; w < p.num_work; ++w) {
    const int32_t k = w % 128;
    EXPECT_EQ(p.work_request[size_t(w)], 4 * (w / 128) + (k % 8) / 2) << "item " << w;
    EXPECT_EQ(p.work_qo_tile[size_t(w)], 30 - 2 * (k / 8) + k % 2) << "item " << w;
  }
  // Without sections the first 32 items are tiles 30 and 31 of all 16 requests.
  for (int32_t w = 0; w < 32; ++w)
    EXPECT_EQ(plain.work_request[size_t(w)], w / 2);

  // Greedy over requests with queries, in request order (budget 4096 tokens of K/V): {0, 1}
  // (4000 tokens), {2} (200 + 5000 > 4096), {3} alone (over the budget), {4, 6} (request 5
  // has no queries and reads nothing). One item each, visiting all of its keys.
  c.split_kv = false;
  c.max_partial_rows = 0;
  const std::vector<Request> mixed = {{32, 1000}, {32, 3000},  {32, 200}, {32, 5000},
                                      {32, 100},  {0, 100000}, {32, 3900}};
  ASSERT_NO_FATAL_FAILURE(planChecked(mixed, c, &p));
  EXPECT_EQ(p.head_section, 1);
  EXPECT_EQ(p.work_request, (std::vector<int32_t>{1, 0, 2, 3, 6, 4}));
  EXPECT_EQ(p.work_kv_end, (std::vector<int32_t>{3000, 1000, 200, 5000, 3900, 100}));
  c.l2_bytes = 0;
  ASSERT_NO_FATAL_FAILURE(planChecked(mixed, c, &p));
  EXPECT_EQ(p.work_request, (std::vector<int32_t>{3, 6, 1, 0, 2, 4}));
  // A budget of 0 (1 byte of L2): every request with queries is a group of its own.
  c.l2_bytes = 1;
  ASSERT_NO_FATAL_FAILURE(planChecked(mixed, c, &p));
  EXPECT_EQ(p.work_request, (std::vector<int32_t>{0, 1, 2, 3, 4, 6}));
}

// Split-KV items keep their request's group; the split itself does not depend on sections.
TEST(PrefillScheduler, L2GroupsKeepSplitItemsWithTheirRequest) {
  PrefillSchedulerConfig c = config();
  // 4 MiB, 32 KiB and 2 MiB of K/V a head; budget 4 MiB: {0}, then {1, 2}.
  const std::vector<Request> reqs = {{3, 8192}, {4, 64}, {2, 4096}};
  PrefillPlan plain, p;
  ASSERT_NO_FATAL_FAILURE(planChecked(reqs, c, &plain));
  c.l2_bytes = 8 * kMiB;
  ASSERT_NO_FATAL_FAILURE(planChecked(reqs, c, &p));
  EXPECT_EQ(p.head_section, 1);
  EXPECT_EQ(p.chunk_tokens, 832);
  ASSERT_EQ(p.num_work, 16);
  EXPECT_EQ(sortedItems(p), sortedItems(plain));
  EXPECT_EQ(p.merge_indptr, plain.merge_indptr);
  for (int32_t w = 0; w < 16; ++w)
    EXPECT_EQ(p.work_request[size_t(w)] == 0, w < 10) << "item " << w;
  // Without sections request 2's full chunks (832 keys) come before request 0's short ones.
  EXPECT_NE(std::find(plain.work_request.begin(), plain.work_request.begin() + 10, 2),
            plain.work_request.begin() + 10);
}

// Graph mode: the same sections and order, grids from the capacities.
TEST(PrefillScheduler, L2SectionsInGraphMode) {
  PrefillSchedulerConfig c = config();
  c.l2_bytes = 4 * kMiB;
  const std::vector<Request> reqs(16, {1024, 1024});
  PrefillPlan eager, graph;
  ASSERT_NO_FATAL_FAILURE(planChecked(reqs, c, &eager));
  c.graph_mode = true;
  ASSERT_NO_FATAL_FAILURE(planChecked(reqs, c, &graph));
  EXPECT_EQ(graph.head_section, 1);
  EXPECT_EQ(graph.work_request, eager.work_request);
  EXPECT_EQ(graph.work_qo_tile, eager.work_qo_tile);
  EXPECT_EQ(graph.grid_work, c.max_work);
  c.l2_bytes = 50 * kMiB;
  ASSERT_NO_FATAL_FAILURE(planChecked(reqs, c, &graph));
  EXPECT_EQ(graph.head_section, 3); // 25 MiB / 8 MiB
}

// At most 511 groups (the sort key's 9 bits): past that the per-group budget grows to
// ceil(T / 511), and doubles when consecutive requests still make too many.
TEST(PrefillScheduler, L2GroupsAreCapped) {
  PrefillSchedulerConfig c = config();
  c.num_qo_heads = 8; // G = 1: tile_q = 128 tokens, 2 tiles of 128 and 256 keys a request
  c.split_kv = false;
  c.max_partial_rows = 0;
  c.max_batch = 2048;
  c.max_qo_tokens = 2048 * 256;
  c.max_work = defaultPrefillMaxWork(c);
  c.l2_bytes = 256 << 10; // budget 128 KiB: one request's 256 tokens x 512 bytes
  // `requests` requests of two Q tiles each in groups of `perGroup`: a group's items are its
  // requests' heavier tile 1 first (in request order), then their tile 0.
  auto expectGroupsOf = [&](int32_t requests, int32_t perGroup) {
    PrefillPlan p;
    ASSERT_NO_FATAL_FAILURE(planChecked(std::vector<Request>(size_t(requests), {256, 256}), c, &p));
    ASSERT_EQ(p.num_work, 2 * requests);
    for (int32_t w = 0; w < p.num_work; ++w) {
      const int32_t g = w / (2 * perGroup), k = w % (2 * perGroup);
      EXPECT_EQ(p.work_request[size_t(w)], perGroup * g + k % perGroup) << "item " << w;
      EXPECT_EQ(p.work_qo_tile[size_t(w)], k < perGroup ? 1 : 0) << "item " << w;
    }
  };
  // 1022 requests: 1022 groups of one, then a budget of exactly two requests -> 511 groups.
  expectGroupsOf(1022, 2);
  // 1100 requests: 2.15 requests a group would still be 550 groups; the doubled budget holds 4.
  expectGroupsOf(1100, 4);
}
