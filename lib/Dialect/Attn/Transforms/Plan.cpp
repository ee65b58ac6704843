//===- Plan.cpp - attn-plan -----------------------------------------------===//
//
// Attaches a #attn.kernel_config, chosen by the heuristic, to every attn.attention.
//
//===----------------------------------------------------------------------===//

#include "attn/Dialect/Attn/Transforms/Passes.h"
#include "attn/Dialect/Attn/Transforms/Transforms.h"
#include "attn/Dialect/Attn/Utils/KernelConventions.h"
#include "attn/Dialect/Attn/Utils/RuntimeABI.h"
#include "attn/Dialect/Attn/Utils/Target.h"

#include "mlir/IR/BuiltinOps.h"

namespace mlir::attn {
#define GEN_PASS_DEF_ATTNPLAN
#include "attn/Dialect/Attn/Transforms/Passes.h.inc"
} // namespace mlir::attn

using namespace mlir;
using namespace mlir::attn;

static int64_t byteWidth(Type type) { return (type.getIntOrFloatBitWidth() + 7) / 8; }

AttentionProblem mlir::attn::getAttentionProblem(AttentionOp op, int64_t sm) {
  AttentionProblem problem;
  problem.numQoHeads = op.getNumQoHeads();
  problem.numKvHeads = op.getNumKvHeads();
  problem.headDim = op.getHeadDim();
  problem.elementBytes = byteWidth(op.getQ().getType().getElementType());
  Type kvType = op.getKv().getType();
  if (auto paged = dyn_cast<PagedKVType>(kvType)) {
    problem.pageSize = paged.getPageSize();
    problem.kvElementBytes = byteWidth(paged.getElementType());
  } else {
    problem.kvElementBytes = byteWidth(cast<RaggedKVType>(kvType).getElementType());
  }
  problem.maxQoLen = op.getMaxQoLen().value_or(0);
  problem.rope = op.getRope().has_value();
  MaskAttr mask = op.getMask();
  problem.window = mask.getWindowLeft().has_value();
  problem.customMask = mask.getKind() == MaskKind::Custom;
  if (mask.getKind() == MaskKind::BlockSparse) {
    problem.blockRows = mask.getBlockRows().value_or(0);
    problem.blockCols = mask.getBlockCols().value_or(0);
  }
  // The decode kernel covers masks that depend on positions only; a custom or block-sparse
  // step of one query per request takes the tensor-core kernel with a 16-row Q tile.
  problem.decode = problem.maxQoLen == 1 && !problem.customMask && problem.blockRows == 0;
  problem.sm = sm;
  return problem;
}

/// Whether a prefill choice can run its contractions on warpgroup MMAs: one 16-bit type for Q,
/// K and V (wgmma's A and B), head_dim a multiple of 64 (the 128-byte swizzle's column blocks),
/// 16-byte vectors, whole warpgroups with one 16-row slice per warp, and tiles of at most 256
/// keys in multiples of 16 (the N of the S = Q K^T MMA, the K steps of O += P V).
static bool wgmmaTypes(AttentionOp op) {
  Type q = op.getQ().getType().getElementType();
  Type kv = isa<PagedKVType>(op.getKv().getType())
                ? cast<PagedKVType>(op.getKv().getType()).getElementType()
                : cast<RaggedKVType>(op.getKv().getType()).getElementType();
  return q == kv && (q.isBF16() || q.isF16()) && op.getHeadDim() % 64 == 0;
}

KernelChoice mlir::attn::getKernelChoice(KernelConfigAttr c) {
  return KernelChoice{c.getStrategy() == Strategy::Decode,
                      c.getSm(),
                      c.getThreads(),
                      c.getTileQ(),
                      c.getTileKv(),
                      c.getStages(),
                      c.getSplitKv(),
                      c.getVec(),
                      c.getHeadsPerThread(),
                      c.getProducer()};
}

/// "" when a prefill choice can run on warpgroup MMAs, else why not.
static std::string whyNotWgmma(AttentionOp op, const KernelChoice &c) {
  int64_t warps = c.threads / target::kWarpSize;
  if (!wgmmaTypes(op))
    return "wgmma needs one 16-bit type for Q, K and V and head_dim a multiple of 64";
  if (c.vec != 8 || warps % PrefillLayoutAttr::kWarpgroupWarps != 0 ||
      c.tileQ != warps * PrefillLayoutAttr::kMmaRows)
    return "wgmma needs whole warpgroups with one 16-row slice per warp (tile_q " +
           std::to_string(c.tileQ) + ", " + std::to_string(c.threads) + " threads)";
  if (c.tileKv % 16 != 0 || c.tileKv > 256)
    return "wgmma needs tiles of at most 256 keys in multiples of 16 (tile_kv " +
           std::to_string(c.tileKv) + ")";
  return "";
}

/// Whether a wgmma prefill choice can take a producer warpgroup: its 128 threads copy whole
/// tiles (head_dim / vec chunks per row, a whole number of rows per thread group), and K is
/// not rotated in the loop (attn.rope_k_tile runs on every thread between the copy and the
/// MMAs; the warp-specialized loop has no CTA-wide barrier to order it).
static std::string whyNotProducer(AttentionOp op, const KernelChoice &c) {
  int64_t chunks = op.getHeadDim() / c.vec;
  int64_t threads = KernelConfigAttr::kProducerThreads;
  if (op.getRope())
    return "RoPE of K in the loop runs on every thread between the copy and the MMAs";
  if (threads % chunks != 0 || c.tileKv % (threads / chunks) != 0 ||
      c.threads + threads > target::kMaxThreadsPerBlock)
    return "its " + std::to_string(threads) + " threads do not copy whole tiles of " +
           std::to_string(c.tileKv) + " keys";
  // Its mbarrier ring is static shared memory, and the dynamic window starts after it.
  KernelChoice withProducer = c;
  withProducer.producer = true;
  std::string why;
  if (!getPrefillLayout(getAttentionProblem(op, c.sm), withProducer, why))
    return why;
  return "";
}

/// Whether a warp-specialized choice can load its K/V tiles by TMA: a box of a tensor map is
/// a [rows, 64] block of ragged K/V ([tokens, heads x head_dim]) or of one page of a paged
/// cache, its rows whole 8-row swizzle atoms. Block-sparse tiles start where the block list
/// says: not written for TMA yet.
static std::string whyNotTma(AttentionOp op, const KernelChoice &c) {
  if (auto paged = dyn_cast<PagedKVType>(op.getKv().getType());
      paged && !rtabi::prefill::tmaPagesFit(paged.getPageSize(), c.tileKv))
    return "TMA loads of a paged cache take boxes of whole pages or whole tiles in multiples "
           "of 8 rows (page_size " +
           std::to_string(paged.getPageSize()) + ", tile_kv " + std::to_string(c.tileKv) + ")";
  if (op.getMask().getKind() == MaskKind::BlockSparse)
    return "TMA loads do not follow a block-sparse mask's block list";
  if (c.tileKv > target::kMaxTmaBoxRows)
    return "a TMA box holds at most " + std::to_string(target::kMaxTmaBoxRows) + " rows (tile_kv " +
           std::to_string(c.tileKv) + ")";
  return "";
}

/// prefill-mma=auto's producer warpgroup: at this head_dim (the one measured). On the H200
/// (bench/results/2026-12-05-h200-extern-smem) the producer lifts head_dim 128 prefill over
/// the CTA-wide wgmma loop (causal 16k 425 -> 501 TFLOP/s, append 384 -> 473, 16 x 1024
/// 275 -> 288); at head_dim 64 it costs (390 -> 311): a 64-wide tile is half the MMA work per
/// copied byte, and the consumers' 168-register share is not what limits them there.
/// head_dim 256 takes the producer on FA3's tiles for it (below), and ragged K/V by TMA.
static constexpr int64_t kProducerHeadDim = 128;

/// prefill-mma=auto's TMA loads of a paged cache: pages of at least this many keys (one box
/// a page; smaller pages are not measured), with at least this many K/V stages (see
/// planAttention).
static constexpr int64_t kPagedTmaMinPage = 16;
static constexpr int64_t kPagedTmaStages = 3;

/// prefill-mma=auto at head_dim 256: FA3's shape for it, two consumer warpgroups of 64 rows
/// (tile_q 128) over 64-key K/V tiles (KernelOverrides::wideHeadDimTiles), with the producer
/// warpgroup; the heuristic's own choice, one warpgroup of 64 rows over 32-key tiles, has half
/// the MMA work per copied byte. On the H100, each time against the default in the same call:
/// GQA 32/8 causal 16k 413 -> 573 and 409 -> 578 TFLOP/s (bench/results/2026-12-05-h100-tma
/// and -persistent); both head_dim 256 variants passed the float64 checks in that shape
/// (w2check). A known short query keeps the heuristic's short tile, a block-sparse mask (whose
/// tiles must fit its blocks; not measured) the old shape. Ragged K/V go by TMA, paged caches
/// by cp.async (see planAttention).
static constexpr int64_t kWideHeadDim = 256;
static constexpr int64_t kWideTileQ = 128;
static constexpr int64_t kWideTileKv = 64;

/// prefill-mma=auto at head_dim 64: FA3's tiles for it, three consumer warpgroups of 64 rows
/// (tile_q 192) over 128-key K/V tiles, with the producer warpgroup loading ragged K/V by TMA,
/// one CTA per work item at first (the CTA-wide loop on 128 x 64 tiles, two CTAs per SM,
/// before). On the H100 (bench/results/2026-12-06-h100-d64), against that loop in the same
/// call, MHA 32/32: causal 1x16384 403 -> 484 TFLOP/s, non-causal 408 -> 518, 4x4096 371 -> 396
/// and 401 -> 465; short items lost (16x1024 causal 263 -> 199, non-causal 335 -> 321), where
/// one CTA per SM exposes each item's start. Persistent CTAs on three stages with the overlap
/// win those back (planAttention, autoPersistent); the overlap alone lost everywhere. Measured
/// on ragged K/V without GQA, soft-cap, ALiBi, a window or a custom mask (soft-cap, ALiBi and
/// custom masks spill on these tiles): only those variants take it, and a known short query
/// keeps its short tile.
static constexpr int64_t kThreeWarpgroupHeadDim = 64;
static constexpr int64_t kThreeWarpgroupTileQ = 192;
static constexpr int64_t kThreeWarpgroupTileKv = 128;
/// K/V stages of those tiles when they are persistent (see planAttention).
static constexpr int64_t kThreeWarpgroupStages = 3;

/// `c` with at least `stages` K/V stages and the producer warpgroup, where a layout holds
/// them (the auto schedules that want a stage more than the heuristic gave).
static std::optional<KernelChoice> withStages(const AttentionProblem &problem, KernelChoice c,
                                              int64_t stages) {
  c.stages = std::max(c.stages, stages);
  c.producer = true;
  std::string ignored;
  if (!getPrefillLayout(problem, c, ignored))
    return std::nullopt;
  return c;
}

static bool wantsThreeWarpgroupTiles(AttentionOp op, const AttentionProblem &problem,
                                     const KernelOverrides &overrides, const KernelChoice &c) {
  MaskKind mask = op.getMask().getKind();
  return overrides.autoPrefillSchedule && overrides.autoTma && !overrides.tileQ &&
         !overrides.tileKv && !overrides.stages && !overrides.threads &&
         !overrides.warpSpecialize && wgmmaTypes(op) && !problem.decode &&
         problem.headDim == kThreeWarpgroupHeadDim && problem.pageSize == 0 &&
         problem.numQoHeads == problem.numKvHeads && !problem.rope && !problem.window &&
         !problem.customMask && problem.blockRows <= 0 &&
         (mask == MaskKind::None || mask == MaskKind::Causal) && !op.getLogitsSoftCap() &&
         !op.getAlibi() && c.tileQ == 128;
}

FailureOr<KernelConfigAttr> mlir::attn::planAttention(AttentionOp op, int64_t sm,
                                                      const KernelOverrides &overrides,
                                                      std::string &why) {
  AttentionProblem problem = getAttentionProblem(op, sm);
  std::optional<KernelChoice> choice;
  // A decode step on the tensor-core kernel: the GQA group's query heads are the packed rows
  // of one Q tile, K and V go through ldmatrix straight into the MMAs (the CUDA-core kernel
  // converts every K and V element, and is bound by that, not by memory). The CUDA-core
  // kernel stays for what the tensor-core one cannot take, and for fused RoPE: the tensor-core
  // kernel rotates K tiles in place in 16-bit shared memory, which on the H200 put the LSE of
  // 32k-token bf16 rows up to 3.6e-2 off the float64 reference (the CUDA-core kernel keeps the
  // rotated K in f32: under 1e-3).
  if (problem.decode && overrides.tensorCoreDecode && problem.elementBytes == 2 &&
      problem.kvElementBytes == 2 && !overrides.headsPerThread && !problem.rope) {
    AttentionProblem tensorCore = problem;
    tensorCore.decode = false;
    std::string tensorCoreWhy;
    choice = chooseKernel(tensorCore, overrides, tensorCoreWhy);
  }
  if (!choice) {
    // Warpgroup MMAs take one 16-row slice per warp (a warpgroup's 64 rows).
    KernelOverrides prefill = overrides;
    if (overrides.wgmmaPrefill && wgmmaTypes(op) && !prefill.maxSlicesPerWarp)
      prefill.maxSlicesPerWarp = 1;
    prefill.wideHeadDimTiles =
        overrides.autoPrefillSchedule && wgmmaTypes(op) && problem.blockRows <= 0;
    choice = chooseKernel(problem, prefill, why);
    if (choice && wantsThreeWarpgroupTiles(op, problem, overrides, *choice)) {
      KernelOverrides threeWarpgroups = prefill;
      threeWarpgroups.tileQ = kThreeWarpgroupTileQ;
      threeWarpgroups.tileKv = kThreeWarpgroupTileKv;
      std::string ignored;
      if (std::optional<KernelChoice> c = chooseKernel(problem, threeWarpgroups, ignored))
        choice = c;
    }
  }
  if (!choice)
    return failure();
  // What the options ask for where the variant allows it; elsewhere the kernel falls back (to
  // mma.sync, to the CTA-wide loop, to one turn) with a remark saying why. A decode step on the
  // tensor-core kernel (one 16-row warp) is not a warpgroup kernel: no remark.
  bool prefill = !choice->decode && !problem.decode;
  auto fallBack = [&](bool asked, const std::string &why, StringRef to) {
    if (asked && !why.empty() && prefill)
      op.emitRemark() << "prefill kernel on " << to << ": " << why;
    return asked && why.empty();
  };
  // Under prefill-mma=auto the heuristic picks the schedule and keeps decode steps on the
  // tensor-core kernel's mma.sync (measured at the copy bandwidth; the wgmma decode step is
  // not). A prefill it cannot put on warpgroup MMAs (a Q tile smaller than a warpgroup's 64
  // rows, a head_dim off the 64-column blocks) falls back to mma.sync with the remark, as an
  // explicit prefill-mma=wgmma does; the producer warpgroup is its own choice, silently.
  bool autoSchedule = overrides.autoPrefillSchedule;
  bool wgmma = !choice->decode && target::hasWgmma(choice->sm) &&
               !(autoSchedule && problem.decode) &&
               fallBack(autoSchedule || overrides.wgmmaPrefill, whyNotWgmma(op, *choice),
                        "mma.sync");
  bool wideTiles = op.getHeadDim() == kWideHeadDim && choice->tileQ == kWideTileQ &&
                   choice->tileKv == kWideTileKv;
  bool threeWarpgroupTiles = op.getHeadDim() == kThreeWarpgroupHeadDim &&
                             choice->tileQ == kThreeWarpgroupTileQ &&
                             choice->tileKv == kThreeWarpgroupTileKv && choice->producer;
  bool autoProducer = autoSchedule &&
                      (op.getHeadDim() == kProducerHeadDim || wideTiles || threeWarpgroupTiles) &&
                      !overrides.warpSpecialize;
  bool producer =
      wgmma && (autoProducer ? whyNotProducer(op, *choice).empty()
                             : fallBack(overrides.warpSpecialize, whyNotProducer(op, *choice),
                                        "the CTA-wide loop (no producer warpgroup)"));
  // A choice whose K/V tiles only the producer's copy groups divide (chooseKernel) has no
  // kernel without it.
  if (choice->producer && !producer) {
    std::string noProducer =
        !wgmma ? "the kernel is not on warpgroup MMAs" : whyNotProducer(op, *choice);
    why = "tile_kv (" + std::to_string(choice->tileKv) + ") and tile_q (" +
          std::to_string(choice->tileQ) +
          ") need a producer warpgroup to copy K/V, and the kernel has none: " +
          (noProducer.empty() ? "warp-specialize is off" : noProducer);
    return failure();
  }
  bool pingpong =
      producer &&
      fallBack(overrides.pingpong,
               choice->threads == 2 * KernelConfigAttr::kProducerThreads
                   ? ""
                   : "ping-pong needs two consumer warpgroups, the kernel has " +
                         std::to_string(choice->threads / KernelConfigAttr::kProducerThreads),
               "one warpgroup's turns");
  // Under prefill-mma=auto, ragged K/V goes by TMA wherever the producer warpgroup can take
  // it: on the H100 (bench/results/2026-12-05-h100-tma) whole tiles by TMA lifted every ragged
  // shape over the cp.async producer (causal 16k 497 -> 535 TFLOP/s, non-causal 451 -> 538,
  // ragged batch 329 -> 372, append 485 -> 493).
  // Paged caches of 16-key pages or larger too (a box per page, the producer's first warp
  // looking the pages up), with a third K/V stage: the overlap and the persistent loop that
  // come with TMA below hold two stages at once, so with two the producer cannot load ahead
  // (H200, two stages: the GQA ragged batch on 16-key pages 338 -> 329 TFLOP/s, the append
  // step 498 -> 338). With three (bench/results/2026-12-06-h200-paged-tma), against the
  // cp.async producer in the same call: on the H100 the ragged batch on 16-key pages
  // 337 -> 408 (its ragged K/V: 441), the append step 488 -> 557, the cascade step
  // 64 x (32768 + 512) 152.6 -> 143.3 us; on the H200, with the page lookups before the
  // stage's wait (attn-lower-tiles), 342 -> 441 (ragged: 467), 487 -> 577, 133.7 -> 125.2 us.
  // Three stages with cp.async alone were level (336, 500). Smaller pages (more boxes a tile)
  // are not measured and keep cp.async.
  // Ragged K/V at head_dim 256 on FA3's tiles too, without the overlap (it spills there) and
  // without persistent CTAs: on the H100 (bench/results/2026-12-06-h100-table), against the
  // cp.async producer in the same call, GQA 32/8 causal 16k 597 -> 642 and 600 -> 642
  // TFLOP/s; persistent as well 569. Paged caches at head_dim 256 (two 64 KiB stages and a
  // 64 KiB Q tile leave no room for the third stage) keep cp.async.
  auto paged = dyn_cast<PagedKVType>(op.getKv().getType());
  bool autoTma =
      autoSchedule && overrides.autoTma && producer &&
      (op.getHeadDim() == kProducerHeadDim || (wideTiles && !paged) || threeWarpgroupTiles) &&
      whyNotTma(op, *choice).empty();
  if (autoTma && paged) {
    std::optional<KernelChoice> deeper = withStages(problem, *choice, kPagedTmaStages);
    autoTma = paged.getPageSize() >= kPagedTmaMinPage &&
              (overrides.stages ? choice->stages >= kPagedTmaStages : deeper.has_value());
    if (autoTma && deeper)
      choice->stages = deeper->stages;
  }
  bool tma =
      autoTma || fallBack(overrides.tma,
                          producer ? whyNotTma(op, *choice)
                                   : "TMA loads are the producer warpgroup's (warp-specialize)",
                          "cp.async copies of K/V");
  // Under prefill-mma=auto, kernels with their K/V by TMA overlap each tile's softmax with the
  // next tile's MMAs where the H100 measured it faster in two calls, each against the serial
  // loop in the same call (bench/results/2026-12-05-h100-persistent): causal 1x16384 d128
  // 580 -> 601 and 524 -> 583 TFLOP/s, sliding window 1024 398 -> 455 and 405 -> 453, causal
  // 16x1024 and 4x4096 level. Not where it lost or was level: non-causal (526 -> 509,
  // 542 -> 516), GQA groups (append 32 x (4096 + 128) with 4 query heads per KV head
  // 481 -> 356), head_dim 64 (412 -> 251) and 256, custom masks, paged caches (cp.async).
  bool autoOverlap = autoSchedule && overrides.autoOverlap && tma && choice->stages >= 2 &&
                     op.getHeadDim() == kProducerHeadDim &&
                     op.getNumQoHeads() == op.getNumKvHeads() &&
                     op.getMask().getKind() == MaskKind::Causal;
  // Under prefill-mma=auto (with auto-persistent), the kernels with K/V by TMA loop over
  // their (KV head, work item) pairs in one CTA per SM, in the L2 sections' order, with the
  // overlap: on the H100, against the default in the same call (bench/results/
  // 2026-12-06-h100-persistent-default), non-causal 16x1024 / 4x4096 / 1x16384 455 -> 551,
  // 585 -> 676, 567 -> 652 TFLOP/s, the GQA ragged batch 352 -> 423, causal 16x1024 296 ->
  // 339, sliding window 438 -> 478; causal 4x4096 and 16k within 5% (581 -> 552, 637 ->
  // 621). Persistent without the overlap lost 12% on non-causal 4x4096. Paged caches by TMA
  // (three stages, above) take both; those on cp.async keep one CTA per item, where the
  // overlap lost (append 492 -> 364: two stages).
  // The head_dim 64 tiles on three consumer warpgroups take both too, on three K/V stages
  // (two are held at once; a third lets the producer load ahead): on the H100, against their
  // one-CTA-per-item form in the same call (bench/results/2026-12-06-h100-d64-persistent),
  // MHA 32/32 causal 16x1024 198 -> 232 TFLOP/s, 4x4096 398 -> 420, non-causal 16x1024
  // 318 -> 355, 4x4096 and 16k within 2%, causal 16k 479 -> 477 with the runtime's balanced
  // L2 sections (386 without: the static rounds are 1.36x uneven there).
  if (autoTma && threeWarpgroupTiles && overrides.autoPersistent && !overrides.stages)
    if (std::optional<KernelChoice> deeper = withStages(problem, *choice, kThreeWarpgroupStages))
      choice->stages = deeper->stages;
  bool autoPersistent = autoSchedule && overrides.autoPersistent && autoTma &&
                        choice->stages >= 2 && !wideTiles &&
                        (!threeWarpgroupTiles || choice->stages >= kThreeWarpgroupStages);
  bool overlap =
      autoOverlap || autoPersistent ||
      fallBack(overrides.overlap,
               !producer            ? "overlap needs the producer warpgroup (warp-specialize)"
               : choice->stages < 2 ? "overlap holds two K/V stages at once, the kernel has 1"
                                    : "",
               "the serial tile loop");
  bool persistent =
      autoPersistent ||
      fallBack(overrides.persistent,
               !producer ? "a persistent CTA loops in the producer warpgroup's kernel "
                           "(warp-specialize)"
                         : "",
               "one CTA per work item");
  bool earlyKv =
      fallBack(overrides.earlyKv,
               !producer    ? "early K/V copies are the producer warpgroup's (warp-specialize)"
               : persistent ? "a persistent kernel starts its producer at once"
                            : "",
               "K/V copies after the Q tile");
  // Prefill ops only: a decode step, on either kernel, reads each (request, KV head)'s K/V
  // once, so there is no reuse for sections to keep in L2.
  bool l2Sections = overrides.l2Sections && !choice->decode && !problem.decode;
  return KernelConfigAttr::get(op.getContext(),
                               choice->decode ? Strategy::Decode : Strategy::Prefill, choice->sm,
                               choice->threads, choice->tileQ, choice->tileKv, choice->stages,
                               choice->splitKv, choice->vec, choice->headsPerThread, wgmma,
                               producer, pingpong, overlap, tma, persistent, earlyKv, l2Sections);
}

/// A decode step planned on the tensor-core kernel keeps its sliding window there only under
/// the causal mask; with one query row per request (bottom-right aligned) the causal mask hides
/// no key, so it is the same attention.
static void makeSingleQueryMaskCausal(AttentionOp op) {
  MaskAttr mask = op.getMask();
  if (op.getKernelConfig()->getStrategy() != Strategy::Prefill || op.getMaxQoLen() != 1 ||
      mask.getKind() != MaskKind::None || !mask.getWindowLeft())
    return;
  op.setMaskAttr(MaskAttr::get(op.getContext(), MaskKind::Causal, mask.getWindowLeft(),
                               std::nullopt, std::nullopt));
}

namespace {
struct AttnPlanPass : public mlir::attn::impl::AttnPlanBase<AttnPlanPass> {
  using AttnPlanBase::AttnPlanBase;

  void runOnOperation() override {
    KernelOverrides overrides;
    overrides.headsPerThread = headsPerThread;
    overrides.threads = threads;
    overrides.stages = stages;
    overrides.tileKv = tileKv;
    overrides.tileQ = tileQ;
    overrides.maxSlicesPerWarp = maxSlicesPerWarp;
    overrides.warpSpecialize = warpSpecialize;
    overrides.pingpong = pingpong;
    overrides.overlap = overlap;
    overrides.tma = tma;
    overrides.autoTma = autoTma;
    overrides.autoOverlap = autoOverlap;
    overrides.autoPersistent = autoPersistent;
    overrides.persistent = persistent;
    overrides.earlyKv = earlyKv;
    overrides.l2Sections = l2Sections;
    std::string why = checkPlanOptions(sm, overrides);
    if (why.empty())
      why = resolveDecodeKernel(decodeKernel, sm, overrides);
    if (why.empty())
      why = resolvePrefillMma(prefillMma, sm, overrides);
    if (!why.empty()) {
      getOperation()->emitError() << "attn-plan: " << why;
      return signalPassFailure();
    }
    WalkResult result = getOperation()->walk([&](AttentionOp op) {
      if (op.getKernelConfig())
        return WalkResult::advance();
      std::string why;
      FailureOr<KernelConfigAttr> config = planAttention(op, sm, overrides, why);
      if (failed(config)) {
        if (requireAll) {
          op.emitOpError() << "cannot be planned: " << why;
          return WalkResult::interrupt();
        }
        op.emitRemark() << "left unplanned: " << why;
        return WalkResult::advance();
      }
      op.setKernelConfigAttr(*config);
      makeSingleQueryMaskCausal(op);
      return WalkResult::advance();
    });
    if (result.wasInterrupted())
      return signalPassFailure();
    // Sampling draws from bins of the row where the target's shared memory holds them
    // beside the kernel's static buffers (a few KiB): 128 KiB with top-p, 196 KiB with top-k
    // (sm_90 and sm_100 hold both, sm_80 the first, sm_86 / sm_89 / sm_120 neither).
    constexpr int64_t kStaticSharedReserve = 4096;
    int64_t limit = target::maxSharedMemoryPerBlock(sm);
    getOperation()->walk([&](SampleOp op) {
      if (op.canUseMassBins() && op.massBinsBytes() + kStaticSharedReserve <= limit)
        op->setAttr(kSampleMassBinsAttrName, UnitAttr::get(op.getContext()));
    });
  }
};
} // namespace
