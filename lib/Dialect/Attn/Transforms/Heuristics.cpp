//===- Heuristics.cpp - kernel strategy and tiling heuristics -------------===//
//
// Decode follows the CUDA-core layout that memory-bound GQA decode wants: each thread owns one
// 16-byte vector of a head row, lanes of a warp cover the head dimension, the query heads of a
// KV group share every K/V byte loaded into shared memory, and independent token slices keep
// enough loads in flight. Prefill picks FlashAttention-2 style tensor-core tiles.
//
//===----------------------------------------------------------------------===//

#include "attn/Dialect/Attn/Transforms/Heuristics.h"
#include "attn/Dialect/Attn/Utils/Target.h"

#include <algorithm>
#include <initializer_list>
#include <limits>

using namespace mlir::attn;

namespace {
bool isPowerOf2(int64_t v) { return v > 0 && (v & (v - 1)) == 0; }

/// K and V bytes per decode pipeline stage, and the number of stages (see chooseKernel).
constexpr int64_t kDecodeStageBytes = 8 * 1024;
constexpr int64_t kDecodeStages = 2;
constexpr int64_t kMinDecodeThreads = 128;
constexpr int64_t kF32Bytes = 4;

/// a * b * ... saturated at INT64_MAX: a size estimate from huge options (stages, tile_kv) must
/// fail the shared-memory limit check instead of wrapping around below it.
int64_t saturatingProduct(std::initializer_list<int64_t> factors) {
  int64_t product = 1;
  for (int64_t f : factors)
    if (__builtin_mul_overflow(product, f, &product))
      return std::numeric_limits<int64_t>::max();
  return product;
}

int64_t saturatingSum(int64_t a, int64_t b) {
  int64_t sum;
  if (__builtin_add_overflow(a, b, &sum))
    return std::numeric_limits<int64_t>::max();
  return sum;
}
} // namespace

int64_t DecodeLayout::sharedMemoryBytes() const { return saturatingSum(kvStageBytes, mergeBytes); }
int64_t PrefillLayout::sharedMemoryBytes() const { return saturatingSum(qBytes, kvStageBytes); }

int64_t mlir::attn::warpSpecializedStaticBytes(int64_t stages) {
  constexpr int64_t kMbarrierBytes = 8; // PTX ISA: an mbarrier object is a .b64
  int64_t bytes = saturatingProduct({2, stages, kMbarrierBytes});
  int64_t align = target::kDynamicSharedAlignment;
  return bytes > std::numeric_limits<int64_t>::max() - align ? bytes
                                                             : (bytes + align - 1) / align * align;
}

std::string mlir::attn::checkPlanOptions(int64_t sm, const KernelOverrides &overrides) {
  if (std::string why = target::checkSm(sm); !why.empty())
    return why;
  if (int64_t t = overrides.threads;
      t != 0 && (t < target::kWarpSize || t > target::kMaxThreadsPerBlock || t % target::kWarpSize != 0))
    return "threads (" + std::to_string(t) + ") must be 0 (heuristic) or a multiple of " +
           std::to_string(target::kWarpSize) + " in [" + std::to_string(target::kWarpSize) + ", " +
           std::to_string(target::kMaxThreadsPerBlock) + "]";
  auto check = [](const char *name, int64_t value, int64_t most) -> std::string {
    if (value >= 0 && value <= most)
      return "";
    return std::string(name) + " (" + std::to_string(value) +
           ") must be 0 (heuristic) or in [1, " + std::to_string(most) + "]";
  };
  for (std::string why :
       {check("stages", overrides.stages, target::kMaxStages),
        check("tile-kv", overrides.tileKv, target::kMaxTileKv),
        check("tile-q", overrides.tileQ, target::kMaxTileQ),
        check("heads-per-thread", overrides.headsPerThread, target::kMaxTileQ),
        check("max-slices-per-warp", overrides.maxSlicesPerWarp, target::kMaxTileQ / 16)})
    if (!why.empty())
      return why;
  return "";
}

std::string mlir::attn::resolveDecodeKernel(llvm::StringRef value, int64_t sm,
                                            KernelOverrides &overrides) {
  if (value == "cuda-core" || value == "tensor-core") {
    overrides.tensorCoreDecode = value == "tensor-core";
    return "";
  }
  if (value == "auto") {
    overrides.tensorCoreDecode = target::prefersTensorCoreDecode(sm);
    return "";
  }
  return "decode-kernel ('" + value.str() + "') must be cuda-core, tensor-core or auto";
}

std::string mlir::attn::resolvePrefillMma(llvm::StringRef value, int64_t sm,
                                          KernelOverrides &overrides) {
  if (value != "mma-sync" && value != "wgmma" && value != "auto")
    return "prefill-mma ('" + value.str() + "') must be mma-sync, wgmma or auto";
  if (value == "wgmma" && !target::hasWgmma(sm))
    return "prefill-mma=wgmma needs sm " + std::to_string(target::kWgmmaSm) +
           " (sm_90a), got sm " + std::to_string(sm);
  overrides.wgmmaPrefill = value != "mma-sync" && target::hasWgmma(sm);
  overrides.autoPrefillSchedule = value == "auto" && target::hasWgmma(sm);
  return "";
}

int64_t mlir::attn::maxSharedMemoryPerBlock(int64_t sm) {
  // The per-architecture table of attn/Dialect/Attn/Utils/Target.h.
  return target::maxSharedMemoryPerBlock(sm);
}

std::optional<DecodeLayout> mlir::attn::getDecodeLayout(const AttentionProblem &problem,
                                                        const KernelChoice &choice,
                                                        std::string &why) {
  DecodeLayout layout;
  if (choice.vec <= 0 || problem.headDim % choice.vec != 0) {
    why = "head_dim (" + std::to_string(problem.headDim) + ") is not a multiple of vec (" +
          std::to_string(choice.vec) + ")";
    return std::nullopt;
  }
  layout.bdx = problem.headDim / choice.vec;
  // Dot products are reduced across the bdx lanes with warp shuffles, so they must be a
  // power-of-two part of one warp.
  if (!isPowerOf2(layout.bdx) || layout.bdx > kWarpSize) {
    why = "head_dim / vec (" + std::to_string(layout.bdx) +
          ") must be a power of two of at most " + std::to_string(kWarpSize) + " lanes";
    return std::nullopt;
  }
  int64_t group = problem.numQoHeads / problem.numKvHeads;
  layout.headsPerThread = choice.headsPerThread;
  if (choice.headsPerThread <= 0 || group % choice.headsPerThread != 0) {
    why = "heads_per_thread (" + std::to_string(choice.headsPerThread) +
          ") must divide the group size (" + std::to_string(group) + ")";
    return std::nullopt;
  }
  layout.bdy = group / choice.headsPerThread;
  int64_t perSlice = layout.bdx * layout.bdy;
  if (choice.threads % perSlice != 0 || choice.threads > kMaxThreadsPerBlock) {
    why = "threads (" + std::to_string(choice.threads) +
          ") must be a multiple of head_dim / vec * group size / heads_per_thread (" +
          std::to_string(perSlice) + ") and at most " + std::to_string(kMaxThreadsPerBlock);
    return std::nullopt;
  }
  layout.bdz = choice.threads / perSlice;
  int64_t groups = layout.bdy * layout.bdz;
  if (choice.tileKv % groups != 0) {
    why = "tile_kv (" + std::to_string(choice.tileKv) +
          ") must be a multiple of the thread groups of a slice * token slices (" +
          std::to_string(groups) + ")";
    return std::nullopt;
  }
  layout.tokensPerGroup = choice.tileKv / groups;
  // The kernel unrolls every (key, head) score of a thread's slice of a tile.
  int64_t unrolled = layout.bdy * layout.tokensPerGroup * layout.headsPerThread;
  if (unrolled > kMaxDecodeUnroll) {
    why = "a thread would unroll " + std::to_string(unrolled) +
          " scores per tile (tile_kv / token slices * heads_per_thread), more than " +
          std::to_string(kMaxDecodeUnroll);
    return std::nullopt;
  }
  if (choice.stages < 1) {
    why = "stages (" + std::to_string(choice.stages) + ") must be positive";
    return std::nullopt;
  }
  layout.kvStageBytes = saturatingProduct(
      {2, choice.stages, choice.tileKv, problem.headDim, problem.kvElementBytes});
  // Each slice leaves every head's partial output (head_dim floats), running max and sum.
  layout.mergeBytes = saturatingProduct(
      {layout.bdz, group, saturatingSum(problem.headDim, 2 * layout.bdx), kF32Bytes});
  int64_t limit = maxSharedMemoryPerBlock(problem.sm);
  if (layout.sharedMemoryBytes() > limit) {
    why = "the kernel needs " + std::to_string(layout.sharedMemoryBytes()) +
          " bytes of shared memory per CTA, more than the " + std::to_string(limit) +
          " an sm_" + std::to_string(problem.sm) + " CTA can have";
    return std::nullopt;
  }
  return layout;
}

bool mlir::attn::blockSparseTileFits(int64_t tileQ, int64_t group, int64_t blockRows) {
  if (tileQ <= 0 || group <= 0 || blockRows <= 0)
    return false;
  // Q tiles start at multiples of tile_q packed rows (query = row / group).
  if (group % tileQ == 0)
    return true; // every tile holds heads of one query
  return tileQ % group == 0 && blockRows % (tileQ / group) == 0;
}

std::optional<PrefillLayout> mlir::attn::getPrefillLayout(const AttentionProblem &problem,
                                                          const KernelChoice &choice,
                                                          std::string &why) {
  auto fail = [&](std::string message) -> std::optional<PrefillLayout> {
    why = std::move(message);
    return std::nullopt;
  };
  const int64_t d = problem.headDim;
  if (problem.elementBytes != 2 || problem.kvElementBytes != 2)
    return fail("the tensor-core prefill kernel needs 16-bit (f16 or bf16) Q, K and V");
  if (d % 16 != 0 || choice.vec <= 0 || d % choice.vec != 0 ||
      d / choice.vec < kSwizzleRows)
    return fail("head_dim (" + std::to_string(d) + ") must be a multiple of 16 with at least " +
                std::to_string(kSwizzleRows) + " vectors of vec (" +
                std::to_string(choice.vec) + ") elements per row");
  PrefillLayout layout;
  if (choice.threads <= 0 || choice.threads % kWarpSize != 0 ||
      choice.threads > kMaxThreadsPerBlock)
    return fail("threads (" + std::to_string(choice.threads) +
                ") must be a positive multiple of the warp size, at most " +
                std::to_string(kMaxThreadsPerBlock));
  layout.warps = choice.threads / kWarpSize;
  if (choice.tileQ <= 0 || choice.tileQ % (16 * layout.warps) != 0)
    return fail("tile_q (" + std::to_string(choice.tileQ) +
                ") must be a multiple of 16 rows per warp (" +
                std::to_string(16 * layout.warps) + ")");
  layout.mTiles = choice.tileQ / (16 * layout.warps);
  if (choice.tileKv <= 0 || choice.tileKv % 16 != 0)
    return fail("tile_kv (" + std::to_string(choice.tileKv) + ") must be a multiple of 16");
  // The CTA's threads copy the Q tile; K/V tiles are copied by the producer warpgroup where
  // there is one, else by the CTA's threads too.
  int64_t chunks = d / choice.vec;
  int64_t kvCopiers = choice.producer ? target::kWarpgroupThreads : choice.threads;
  if (choice.threads % chunks != 0 || kvCopiers % chunks != 0)
    return fail("threads (" + std::to_string(choice.threads) +
                (choice.producer ? " and the producer's " + std::to_string(kvCopiers) : "") +
                ") must be a multiple of head_dim / vec (" + std::to_string(chunks) + ")");
  layout.copyGroups = kvCopiers / chunks;
  if (choice.tileKv % layout.copyGroups != 0 || (choice.tileQ * chunks) % choice.threads != 0)
    return fail("tile_kv (" + std::to_string(choice.tileKv) + ") must be a multiple of the " +
                (choice.producer ? "producer's " : "") + "K/V copy groups (" +
                std::to_string(layout.copyGroups) + " rows a pass) and tile_q (" +
                std::to_string(choice.tileQ) + ") of the Q copy groups (" +
                std::to_string(choice.threads / chunks) + ")");
  layout.rowsPerGroup = choice.tileKv / layout.copyGroups;
  if (problem.blockRows > 0) {
    // A Q tile reads one block row's list (its rows are queries of one block row), a KV tile
    // is a slice of one key block, and a request's KV range is not split: a chunk boundary
    // means nothing in a list of blocks.
    int64_t group = problem.numQoHeads / problem.numKvHeads;
    if (!blockSparseTileFits(choice.tileQ, group, problem.blockRows))
      return fail("tile_q (" + std::to_string(choice.tileQ) +
                  ") must keep a Q tile in one block row: a multiple of the group (" +
                  std::to_string(group) + ") whose queries divide block rows (" +
                  std::to_string(problem.blockRows) + "), or a divisor of the group");
    if (problem.blockCols % choice.tileKv != 0)
      return fail("tile_kv (" + std::to_string(choice.tileKv) + ") must divide block cols (" +
                  std::to_string(problem.blockCols) + ")");
    if (choice.splitKv)
      return fail("a block-sparse prefill kernel cannot split KV");
  }
  if (choice.stages < 1)
    return fail("stages (" + std::to_string(choice.stages) + ") must be positive");
  layout.accumulatorRegisters = layout.mTiles * (d / 8 + choice.tileKv / 8) * 4;
  if (layout.accumulatorRegisters > kMaxPrefillAccumulators)
    return fail("a thread would hold " + std::to_string(layout.accumulatorRegisters) +
                " f32 accumulators (O and S), more than " +
                std::to_string(kMaxPrefillAccumulators));
  layout.qBytes = saturatingProduct({choice.tileQ, d, problem.elementBytes});
  layout.kvStageBytes =
      saturatingProduct({2, choice.stages, choice.tileKv, d, problem.kvElementBytes});
  layout.staticBytes = choice.producer ? warpSpecializedStaticBytes(choice.stages) : 0;
  int64_t limit = maxSharedMemoryPerBlock(problem.sm);
  int64_t total = saturatingSum(layout.sharedMemoryBytes(), layout.staticBytes);
  if (total > limit)
    return fail("the kernel needs " + std::to_string(total) + " bytes of shared memory per CTA" +
                (layout.staticBytes ? " (" + std::to_string(layout.staticBytes) +
                                          " of them for the producer's mbarrier ring)"
                                    : std::string()) +
                ", more than the " + std::to_string(limit) + " an sm_" +
                std::to_string(problem.sm) + " CTA can have");
  return layout;
}

namespace {
// FlashAttention-2 tiles on mma.sync m16n8k16 over 128-row Q tiles (64 for head_dim 256, whose
// accumulator is twice as wide). Measured on an H100 (docs/PREFILL_TUNING.md): 4 warps with two
// 16-row slices each, so that every K/V fragment loaded from shared memory feeds two MMAs, win
// wherever they fit in 255 registers: head_dim 64 with 64-key tiles (298 TFLOP/s causal at 16k,
// 227 with one slice per warp) and head_dim 128 with 32-key tiles (335, against 316 for 8 warps
// of one slice with 128-key tiles and three stages). At head_dim 128 two slices fit in 255
// registers with ragged K/V and with paged K/V whose page size is a multiple of the rows a copy
// group takes per tile (4): such a group's rows share one page id, which is all the copy
// carries across the loop (smaller pages need one per row and spill). Fused RoPE (the in-place
// K rotation) spills with two slices at either head dim: those kernels take 8 warps of one
// slice, 128-key tiles and, for ragged K/V, three stages (64-key tiles with RoPE). A custom
// mask keeps its per-element bit loads and row offsets live in the loop: one slice per warp
// and 64-key tiles.

/// Rows of a prefill Q tile: a known short query (max_qo_len * group packed rows) gets the
/// smallest tile that holds it; a block-sparse mask needs Q tiles inside one block row.
/// `wide`: 128 rows above head_dim 128 too (KernelOverrides::wideHeadDimTiles).
int64_t prefillTileQ(const AttentionProblem &problem, int64_t group, bool wide) {
  int64_t packed = problem.maxQoLen > 0 ? problem.maxQoLen * group : 0;
  int64_t tileQ = problem.headDim <= 128 || wide ? 128 : 64;
  if (packed > 0 && packed <= 16)
    tileQ = 16;
  else if (packed > 0 && packed <= 64)
    tileQ = 64;
  // The largest of 128 / 64 / 32 / 16 rows that keeps a Q tile in one block row.
  if (problem.blockRows > 0)
    while (tileQ > 16 && !blockSparseTileFits(tileQ, group, problem.blockRows))
      tileQ /= 2;
  return tileQ;
}

/// Keys of a prefill KV tile for `warps` warps, two slices per warp or one; `wide`: a
/// 128-row Q tile above head_dim 128 (KernelOverrides::wideHeadDimTiles) takes 64 keys.
int64_t prefillTileKv(const AttentionProblem &problem, int64_t warps, int64_t vec, bool twoSlices,
                      bool wide) {
  int64_t tileKv = 64;
  if (problem.headDim > 128)
    tileKv = wide ? 64 : 32;
  else if (problem.headDim > 64)
    tileKv = twoSlices ? 32 : problem.rope || problem.customMask ? 64 : 128;
  // The largest multiple of 16 not above the default that divides a key block.
  if (problem.blockRows > 0)
    while (tileKv > 16 && problem.blockCols % tileKv != 0)
      tileKv -= 16;
  // A paged copy keeps the page id of each row it copies live across the loop: small CTAs
  // (short or block-sparse Q tiles) copy at most 16 rows per thread group.
  int64_t copyGroups = std::max<int64_t>(1, warps * kWarpSize * vec / problem.headDim);
  while (problem.pageSize > 0 && tileKv > 16 && tileKv / copyGroups > 16 && tileKv % 32 == 0)
    tileKv /= 2;
  return tileKv;
}

/// `choice` with three stages when that layout fits, else unchanged.
void preferThreeStages(const AttentionProblem &problem, KernelChoice &choice) {
  KernelChoice deeper = choice;
  deeper.stages = 3;
  std::string ignored;
  if (getPrefillLayout(problem, deeper, ignored))
    choice.stages = 3;
}

std::optional<KernelChoice> choosePrefill(const AttentionProblem &problem,
                                          const KernelOverrides &overrides, int64_t group,
                                          KernelChoice choice, std::string &why) {
  choice.decode = false;
  choice.tileQ =
      overrides.tileQ ? overrides.tileQ : prefillTileQ(problem, group, overrides.wideHeadDimTiles);
  // Two slices: 4 warps, 32-key tiles at head_dim 128 (64 at 64), so a copy group of
  // head_dim / vec threads takes 4 rows of a tile.
  constexpr int64_t kTwoSliceRowsPerGroup = 4;
  bool pagesFit = problem.pageSize == 0 || problem.pageSize % kTwoSliceRowsPerGroup == 0;
  bool twoSlices = choice.tileQ >= 128 && !problem.rope && !problem.customMask &&
                   overrides.maxSlicesPerWarp != 1 &&
                   (problem.headDim <= 64 || (problem.headDim <= 128 && pagesFit));
  int64_t slicesPerWarp = twoSlices ? 2 : 1;
  int64_t warps = std::max<int64_t>(1, choice.tileQ / (16 * slicesPerWarp));
  if (choice.tileQ == 64 && problem.headDim > 128)
    warps = 4;
  choice.threads = overrides.threads ? overrides.threads : warps * kWarpSize;
  bool wide = overrides.wideHeadDimTiles && choice.tileQ == 128;
  int64_t tileKv = prefillTileKv(problem, warps, choice.vec, twoSlices, wide);
  choice.tileKv = overrides.tileKv ? overrides.tileKv : tileKv;
  choice.stages = overrides.stages ? overrides.stages : 2;
  // Paged two-slice kernels prefetch one tile deeper (80 KiB; two CTAs per SM still fit): +7%
  // on the append step (H100, docs/PREFILL_TUNING.md run 14), neutral on the batched paged
  // prefill; the same depth costs 6% on ragged long sequences, which keep two.
  if (!overrides.stages && twoSlices && problem.pageSize > 0 && problem.headDim > 64)
    preferThreeStages(problem, choice);
  // A third stage where it fits in shared memory (ragged K/V: a paged copy carries the page
  // ids of its rows across the loop, and with them three stages spilled).
  if (!overrides.stages && problem.headDim > 64 && problem.headDim <= 128 && !twoSlices &&
      !problem.rope && problem.pageSize == 0)
    preferThreeStages(problem, choice);
  choice.splitKv = problem.blockRows <= 0;
  choice.headsPerThread = 1;
  if (getPrefillLayout(problem, choice, why))
    return choice;
  // Tiles whose K/V rows the CTA's threads do not divide (FA3's 192-row Q tiles at head_dim
  // 64: 384 threads, 48 copy rows a pass) may still fit a producer warpgroup's copies; the
  // plan then keeps the producer or fails (planAttention).
  if (!overrides.wgmmaPrefill && !overrides.autoPrefillSchedule)
    return std::nullopt;
  KernelChoice withProducer = choice;
  withProducer.producer = true;
  std::string ignored;
  if (!getPrefillLayout(problem, withProducer, ignored))
    return std::nullopt;
  return withProducer;
}

std::optional<KernelChoice> chooseDecode(const AttentionProblem &problem,
                                         const KernelOverrides &overrides, int64_t group,
                                         KernelChoice choice, std::string &why) {
  choice.decode = true;
  choice.tileQ = group;
  // One query head per thread by default. heads_per_thread = 4 converts each K/V vector once
  // for the group and was 5% faster on 64x2048 but needs ~120 registers, halving the CTAs per
  // SM, which cost 12% on a skewed batch (H100, docs/DECODE_TUNING.md): a per-batch choice
  // between the two belongs to the runtime's plan.
  // An override is an upper bound: the largest divisor of the group size not above it.
  choice.headsPerThread = 1;
  for (int64_t h = std::min(overrides.headsPerThread, group); h > 1; --h)
    if (group % h == 0) {
      choice.headsPerThread = h;
      break;
    }
  int64_t bdx = problem.headDim / choice.vec;
  int64_t perSlice =
      bdx * (group % choice.headsPerThread == 0 ? group / choice.headsPerThread : group);
  choice.threads = overrides.threads ? overrides.threads : std::max(kMinDecodeThreads, perSlice);
  // The heuristic's count is rounded up to whole slices; an override is taken as given (and
  // rejected below when it does not fit).
  if (!overrides.threads && perSlice > 0 && choice.threads % perSlice != 0)
    choice.threads = (choice.threads / perSlice + 1) * perSlice;
  int64_t bdz = perSlice > 0 ? std::max<int64_t>(1, choice.threads / perSlice) : 1;
  // A stage moves about 8 KiB of K and V, rounded up to whole rows for every (ty, tz) thread
  // group: fewer, larger iterations amortise the two barriers and the cp.async wait of each,
  // and two stages (one in flight while the other is consumed) keep shared memory small
  // enough for 8 CTAs per SM. Measured on an H100 for GQA 4:1, head_dim 128, bf16
  // (docs/DECODE_TUNING.md): 16-key tiles and 2 stages beat 8-key tiles and 4 stages by 3-7%.
  int64_t rowBytes = 2 * problem.headDim * problem.kvElementBytes;
  int64_t groups = perSlice / bdx * bdz;
  int64_t wanted = std::max<int64_t>(1, kDecodeStageBytes / std::max<int64_t>(rowBytes, 1));
  int64_t tokensPerGroup = std::max<int64_t>(1, (wanted + groups - 1) / groups);
  choice.tileKv = overrides.tileKv ? overrides.tileKv : groups * tokensPerGroup;
  choice.stages = overrides.stages ? overrides.stages : kDecodeStages;
  choice.splitKv = true;
  if (!getDecodeLayout(problem, choice, why))
    return std::nullopt;
  return choice;
}
} // namespace

std::optional<KernelChoice> mlir::attn::chooseKernel(const AttentionProblem &problem,
                                                     const KernelOverrides &overrides,
                                                     std::string &why) {
  if (problem.numKvHeads <= 0 || problem.numQoHeads <= 0 ||
      problem.numQoHeads % problem.numKvHeads != 0 || problem.headDim <= 0 ||
      problem.kvElementBytes <= 0) {
    why = "malformed problem";
    return std::nullopt;
  }
  KernelChoice choice;
  choice.sm = problem.sm;
  choice.vec = kVectorBytes / problem.kvElementBytes;
  int64_t group = problem.numQoHeads / problem.numKvHeads;
  if (!problem.decode)
    return choosePrefill(problem, overrides, group, choice, why);
  return chooseDecode(problem, overrides, group, choice, why);
}
