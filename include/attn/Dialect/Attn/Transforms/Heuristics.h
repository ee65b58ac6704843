//===- Heuristics.h - kernel strategy and tiling heuristics ---*- C++ -*-===//
//
// The choice attn-plan makes, as plain functions over plain data so that it can be unit
// tested and reused by other drivers: given the shape of an attention problem and the target,
// pick a strategy and its tiling.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_DIALECT_ATTN_TRANSFORMS_HEURISTICS_H
#define ATTN_DIALECT_ATTN_TRANSFORMS_HEURISTICS_H

#include "attn/Dialect/Attn/Utils/KernelConventions.h"

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>
#include <string>

namespace mlir::attn {

/// What the heuristic looks at.
struct AttentionProblem {
  int64_t maxQoLen = 0;       ///< the op's max_qo_len (0 = unknown)
  bool rope = false;          ///< fused RoPE (the prefill kernel rotates K tiles in place)
  bool window = false;        ///< a sliding window (more per-row mask state in registers)
  bool customMask = false;    ///< a bit-packed custom mask (every KV tile is masked)
  /// A block-sparse mask's block shape (0 without one): a prefill Q tile must lie in one block
  /// row, a KV tile in one block column, and the KV range of a request is not split.
  int64_t blockRows = 0, blockCols = 0;
  int64_t numQoHeads = 0;
  int64_t numKvHeads = 0;
  int64_t headDim = 0;
  int64_t elementBytes = 2;   ///< bytes of a q/o element
  int64_t kvElementBytes = 2; ///< bytes of a K/V element
  int64_t pageSize = 0;       ///< 0 for ragged KV
  bool decode = false;        ///< one query row per request (max_qo_len == 1)
  int64_t sm = 90;            ///< compute capability times ten
};

/// A chosen configuration; mirrors #attn.kernel_config.
struct KernelChoice {
  bool decode = true;
  int64_t sm = 90;
  int64_t threads = 128;
  int64_t tileQ = 1;  ///< query rows per CTA (decode: the packed head group)
  int64_t tileKv = 16;
  int64_t stages = 2;
  bool splitKv = true;
  int64_t vec = 8;    ///< elements per 16-byte vector
  int64_t headsPerThread = 1; ///< decode: query heads per thread (one K/V conversion serves all)
  /// prefill: a producer warpgroup fills the stages through an mbarrier ring (static shared
  /// memory next to the dynamic window).
  bool producer = false;
};

/// The thread layout of a decode CTA: `bdx` lanes cover head_dim in `vec`-element vectors,
/// `bdy` threads share the query heads of one KV head (`headsPerThread` each), `bdz` slices of
/// KV tokens run
/// independently and are merged at the end; every (ty, tz) thread group handles
/// `tokensPerGroup` keys of each `tileKv`-key stage.
struct DecodeLayout {
  int64_t bdx = 0, bdy = 0, bdz = 0;
  int64_t headsPerThread = 1;
  int64_t tokensPerGroup = 0;
  /// Shared memory: K and V stages plus the cross-slice merge buffer, in bytes.
  int64_t kvStageBytes = 0;
  int64_t mergeBytes = 0;
  int64_t sharedMemoryBytes() const; ///< saturated at INT64_MAX
};

/// Derives the decode layout of a choice, or std::nullopt with `why` set when the choice does
/// not fit the problem (threads not a multiple of bdx * bdy, tile_kv not a multiple of the
/// token slices, ...).
std::optional<DecodeLayout> getDecodeLayout(const AttentionProblem &problem,
                                            const KernelChoice &choice, std::string &why);

/// The warp layout of a tensor-core prefill CTA (FlashAttention-2 on mma.sync m16n8k16):
/// `warps` warps each own `mTiles` 16-row slices of the `tileQ` packed query rows and sweep the
/// whole KV tile; K/V tiles are copied by `copyGroups` groups of `headDim / vec` threads, each
/// group `rowsPerGroup` rows of a tile.
struct PrefillLayout {
  int64_t warps = 0;
  int64_t mTiles = 0;
  int64_t copyGroups = 0;
  int64_t rowsPerGroup = 0;
  int64_t qBytes = 0;       ///< the Q tile in shared memory
  int64_t kvStageBytes = 0; ///< K and V, all stages
  /// Static shared memory ahead of the dynamic window (warpSpecializedStaticBytes), 0 without a
  /// producer warpgroup. Not part of sharedMemoryBytes(), which is the dynamic window a launch
  /// asks for; the limit applies to both together.
  int64_t staticBytes = 0;
  /// f32 accumulator registers per thread: O (mTiles x headDim / 8 x 4) and S (mTiles x
  /// tileKv / 8 x 4).
  int64_t accumulatorRegisters = 0;
  int64_t sharedMemoryBytes() const; ///< saturated at INT64_MAX
};

/// Static shared memory of a warp-specialized prefill kernel with `stages` K/V stages: its
/// ring of 2 * stages mbarriers, rounded up to the dynamic window's alignment
/// (target::kDynamicSharedAlignment), since the window starts at the next aligned byte.
int64_t warpSpecializedStaticBytes(int64_t stages);

/// Whether Q tiles of `tileQ` packed rows (query = row / group) each lie in one block row of
/// `blockRows` queries.
bool blockSparseTileFits(int64_t tileQ, int64_t group, int64_t blockRows);

/// Derives the prefill layout of a choice, or std::nullopt with `why` set when the choice does
/// not fit the problem.
std::optional<PrefillLayout> getPrefillLayout(const AttentionProblem &problem,
                                              const KernelChoice &choice, std::string &why);

/// User overrides; zero means "let the heuristic choose".
struct KernelOverrides {
  int64_t headsPerThread = 0; ///< an upper bound (see attn-plan's heads-per-thread)
  int64_t threads = 0;
  int64_t stages = 0;
  int64_t tileKv = 0;
  int64_t tileQ = 0; ///< prefill: query rows (after head-group packing) per CTA
  /// Prefill: at most this many 16-row slices per warp (0: heuristic). attn-compile retries
  /// with 1 when the heuristic's two slices spill (ptxas's allocation at the 255-register
  /// limit moves with small code changes).
  int64_t maxSlicesPerWarp = 0;
  /// Decode steps (max_qo_len = 1) on the tensor-core kernel, the query heads of a GQA group
  /// as the rows of a 16-row Q tile, where it can serve them (16-bit Q, K and V); else, and
  /// when false, on the CUDA-core decode kernel. See attn-plan's decode-kernel option.
  bool tensorCoreDecode = false;
  /// Prefill kernels on warpgroup MMAs (sm_90a) where they apply (16-bit Q, K and V, head_dim
  /// a multiple of 64, whole warpgroups with one 16-row slice per warp); see attn-plan's
  /// prefill-mma option.
  bool wgmmaPrefill = false;
  /// prefill-mma=auto: the schedule is the heuristic's (wgmmaPrefill only for prefill, not
  /// for decode steps on the tensor-core kernel; a producer warpgroup at head_dim 128, where
  /// the variant allows), without remarks where a variant does not allow it.
  bool autoPrefillSchedule = false;
  /// wgmma prefill kernels with a producer warpgroup (warp specialization) where they apply;
  /// see attn-plan's warp-specialize option.
  bool warpSpecialize = false;
  /// Warp-specialized kernels of two consumer warpgroups take turns on the tensor cores; see
  /// attn-plan's pingpong option.
  bool pingpong = false;
  /// Warp-specialized kernels overlap each warpgroup's softmax with its own MMAs; see
  /// attn-plan's overlap option.
  bool overlap = false;
  /// Warp-specialized kernels over ragged K/V load whole tiles by TMA; see attn-plan's tma
  /// option.
  bool tma = false;
  /// Warp-specialized kernels loop over work items in one CTA per SM; see attn-plan's
  /// persistent option.
  bool persistent = false;
  /// Warp-specialized kernels start the producer without waiting for the Q tile; see
  /// attn-plan's early-kv option.
  bool earlyKv = false;
  /// Prefill kernels take their (KV head, work item) pairs in L2 sections of KV heads; see
  /// attn-plan's l2-sections option.
  bool l2Sections = false;
  /// prefill-mma=auto: producer-warpgroup kernels over ragged K/V load it by TMA where the
  /// variant allows, silently; see attn-plan's auto-tma option.
  bool autoTma = false;
  /// prefill-mma=auto: the causal head_dim 128 kernels of one query head per KV head with
  /// their K/V by TMA overlap softmax and MMAs; see attn-plan's auto-overlap option.
  bool autoOverlap = false;
  /// prefill-mma=auto: the kernels with K/V by TMA are persistent and overlap softmax
  /// and MMAs; see attn-plan's auto-persistent option.
  bool autoPersistent = false;
  /// Prefill above head_dim 128: the 128-row Q tile of the narrower head dims (two
  /// warpgroups of one 16-row slice per warp on wgmma) over 64-key K/V tiles, where the
  /// heuristic would take 64 rows over 32 keys; a short known query keeps its short tile (and
  /// 32 keys). Set by attn-plan under prefill-mma=auto (see planAttention).
  bool wideHeadDimTiles = false;
};

/// attn-plan's decode-kernel option: "cuda-core", "tensor-core" or "auto" (tensor cores from
/// sm_90 on, where they were measured to read paged KV at the copy bandwidth). Sets
/// `tensorCoreDecode` for target `sm`, or returns what is wrong with `value`.
std::string resolveDecodeKernel(llvm::StringRef value, int64_t sm, KernelOverrides &overrides);

/// attn-plan's prefill-mma option: "mma-sync", "wgmma" (sm 90 only) or "auto" (on sm 90: wgmma
/// for prefill, with a producer warpgroup at head_dim 128). Sets
/// `wgmmaPrefill` and `autoPrefillSchedule` for target `sm`, or returns what is wrong with
/// `value`.
std::string resolvePrefillMma(llvm::StringRef value, int64_t sm, KernelOverrides &overrides);

/// "" when attn-plan's target `sm` and its overrides are in range, else what is wrong, naming
/// the option: sm a supported architecture (attn/Dialect/Attn/Utils/Target.h), threads 0 or a
/// multiple of 32 in [32, 1024], stages, tile-kv, heads-per-thread and max-slices-per-warp 0
/// or in [1, their limit].
std::string checkPlanOptions(int64_t sm, const KernelOverrides &overrides);

/// Hardware limits the heuristic respects (CUDA programming guide, compute capabilities).
inline constexpr int64_t kWarpSize = 32;
inline constexpr int64_t kMaxThreadsPerBlock = 1024;
inline constexpr int64_t kStaticSharedMemoryBytes = 48 * 1024; ///< without opt-in

/// Prefill accumulators (O and S, f32) a thread may hold: with more, ptxas spills the kernels
/// generated today (head_dim 128 with two 16-row slices per warp and 64-key tiles: 192).
inline constexpr int64_t kMaxPrefillAccumulators = 160;
/// Most scores (keys x heads) a decode thread computes per tile; the kernel unrolls them.
inline constexpr int64_t kMaxDecodeUnroll = 64;
/// The most shared memory a CTA can opt into on compute capability `sm` (times ten).
int64_t maxSharedMemoryPerBlock(int64_t sm);

/// Chooses a configuration, or returns std::nullopt with `why` set when no strategy supports
/// the problem yet.
std::optional<KernelChoice> chooseKernel(const AttentionProblem &problem,
                                         const KernelOverrides &overrides, std::string &why);

} // namespace mlir::attn

#endif // ATTN_DIALECT_ATTN_TRANSFORMS_HEURISTICS_H
