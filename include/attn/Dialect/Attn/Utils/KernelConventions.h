//===- KernelConventions.h - what kernel builders and lowerings share -*- C++ -*-===//
//
// The kernel attributes and hardware constants that the transformations building kernels
// (attn-outline, attn-tile) and the conversion lowering them (convert-attn-to-nvvm) agree on.
// Depends on nothing, so that the conversion does not include the transformations.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_DIALECT_ATTN_UTILS_KERNELCONVENTIONS_H
#define ATTN_DIALECT_ATTN_UTILS_KERNELCONVENTIONS_H

#include <cstdint>

namespace mlir::attn {

/// Bytes one thread moves per vector access: the widest load (ld.global.v4.b32) and a 16-byte
/// cp.async.
inline constexpr int64_t kVectorBytes = 16;

/// Rows of a swizzled shared-memory tile over which the XOR pattern repeats: chunk c of row r
/// is stored at chunk c ^ (r % kSwizzleRows), so the eight rows an ldmatrix phase reads hit
/// eight different 16-byte bank groups.
inline constexpr int64_t kSwizzleRows = 8;

/// The register cap of the tensor-core kernels (nvvm.maxnreg): the most a thread can have
/// (PTX ISA, .maxnreg). Left alone, ptxas may cap a 256-thread kernel at 128 registers for
/// occupancy and spill its accumulators.
inline constexpr int32_t kMaxRegistersPerThread = 255;

/// 32-bit registers of an SM's register file, all a CTA can have.
inline constexpr int64_t kRegistersPerSM = 65536;

/// The register cap of a tensor-core kernel of `threads` threads: kMaxRegistersPerThread, or
/// less where a CTA at that cap would not fit the register file (allocation is per 8
/// registers): 168 for a 384-thread warp-specialized CTA.
inline int32_t registerCap(int64_t threads) {
  constexpr int64_t kAllocationStep = 8;
  int64_t fit = kRegistersPerSM / threads / kAllocationStep * kAllocationStep;
  return static_cast<int32_t>(fit < kMaxRegistersPerThread ? fit : kMaxRegistersPerThread);
}

/// Kernel attribute of the standalone op kernels (append_kv, rope, merge): elements per vector
/// access, chosen by attn-outline and read by the lowering.
inline constexpr const char *kOpVecAttrName = "attn.vec";

/// Tile field of a kernel launched in thread-block clusters: the CTAs of a cluster (along x).
/// The runtime launches such a kernel with the cluster dimension.
inline constexpr const char *kTileClusterKey = "cluster";

/// Longest row a sampling kernel takes (attn.sample's kMaxVocab).
inline constexpr int64_t kMaxSampleVocab = 262144;

/// f32 elements of the shared-memory slice one CTA of a sampling cluster of `clusterSize`
/// (a power of two) keeps: each CTA holds ceil(ceil(vocab / 8) / clusterSize) units of 8
/// elements at most.
inline constexpr int64_t sampleSliceCapacity(int64_t clusterSize) {
  return kMaxSampleVocab / clusterSize;
}

/// Bins of the probability mass a one-CTA top-k / top-p sampling kernel collects in its first
/// pass (attn.sample's usesMassBins): bin 0 holds p >= 2^-1, bin b in [1, kSampleMassBins - 1)
/// holds [2^(-1-b), 2^-b), the last bin everything below.
inline constexpr int64_t kSampleMassBins = 32;
/// With top-k the kernel also counts the tokens of the first kSampleCountBins bins, and those
/// of all the others in one more.
inline constexpr int64_t kSampleCountBins = 16;

/// Threads of a one-CTA-per-row sampling kernel: 32 warps, so that a block-wide scan or
/// reduction is a warp-level one twice over (32 lanes, then 32 warp totals).
inline constexpr int64_t kSampleThreads = 1024;

/// Discardable attribute attn-plan sets on an attn.sample whose kernel draws from the bins
/// (the op qualifies, SampleOp::canUseMassBins, and the target's shared memory holds them):
/// attn-outline then sizes the kernel's dynamic shared memory for them and the lowering
/// emits them.
inline constexpr const char *kSampleMassBinsAttrName = "attn.mass_bins";

/// f32 elements of those bins' shared memory for a CTA of `threads` threads: a bin per thread
/// (bins[b * threads + t]), then the CTA's sum of each bin; with top-k the count bins after
/// them, laid out the same way.
inline constexpr int64_t sampleMassBinsCapacity(int64_t threads, bool withCounts) {
  return kSampleMassBins * (threads + 1) +
         (withCounts ? (kSampleCountBins + 1) * (threads + 1) : 0);
}

/// The argument attribute naming a kernel parameter (the runtime ABI).
namespace abi {
inline constexpr const char *kParamAttrName = "attn.param";
/// Marks a kernel parameter that is a CUtensorMap passed by value (a 128-byte memref in the
/// gpu.func): attn-bare-ptr-abi makes it a `__grid_constant__` by-value parameter.
inline constexpr const char *kTensorMapAttrName = "attn.tensor_map";
} // namespace abi

/// Marks a kernel whose dependent kernel (the split-KV merge) may be launched as its CTAs
/// drain; the target lowering decides whether the hardware can.
inline constexpr const char *kProgrammaticPrimaryAttrName = "attn.programmatic_primary";

/// Marks the dependent (merge) kernel of a programmatic primary: it waits for the primary's
/// writes (griddepcontrol.wait) before it reads them.
inline constexpr const char *kProgrammaticDependentAttrName = "attn.programmatic_dependent";

} // namespace mlir::attn

#endif // ATTN_DIALECT_ATTN_UTILS_KERNELCONVENTIONS_H
