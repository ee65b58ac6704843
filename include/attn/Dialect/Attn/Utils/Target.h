//===- Target.h - the GPU architectures attn-mlir compiles for --*- C++ -*-===//
//
// The one place that says which compute capabilities exist, which of them the kernels support,
// and what each offers (shared memory per CTA, the arch-specific chip, programmatic launch).
// attn-plan, the attn-to-nvvm/attn-to-cubin pipelines, the #attn.kernel_config verifier, the
// lowering and attn-compile all ask here; nothing else spells out an sm number.
//
// Plain data, no MLIR: usable from the IR library, the passes and the drivers alike.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_DIALECT_ATTN_UTILS_TARGET_H
#define ATTN_DIALECT_ATTN_UTILS_TARGET_H

#include <cstdint>
#include <string>

namespace mlir::attn::target {

/// A compute capability (times ten) the kernels support.
struct ArchInfo {
  int64_t sm;
  /// Opt-in shared memory per CTA, in bytes (CUDA C++ Programming Guide, technical
  /// specifications per compute capability).
  int64_t maxSharedMemoryPerBlock;
  /// The pipeline targets the arch-specific chip (sm_90a: wgmma, setmaxnreg, TMA multicast).
  bool archSpecific;
};

/// Every architecture both kernel paths support. Decode needs cp.async (PTX ISA 9.7.9.25,
/// sm_80+); prefill needs mma.sync.m16n8k16 on bf16/f16 and ldmatrix (sm_80+). Only
/// compute capabilities the NVPTX backend of LLVM 22 knows are listed: another number would
/// reach instruction selection as an unknown processor without cp.async and abort there.
inline constexpr ArchInfo kSupportedArchs[] = {
    {80, 163 * 1024, false},  {86, 99 * 1024, false},  {87, 163 * 1024, false},
    {89, 99 * 1024, false},   {90, 227 * 1024, true},  {100, 227 * 1024, false},
    {101, 227 * 1024, false}, {103, 227 * 1024, false}, {110, 227 * 1024, false},
    {120, 99 * 1024, false},  {121, 99 * 1024, false},
};

/// The oldest supported architecture (cp.async and bf16 mma.sync).
inline constexpr int64_t kMinSupportedSm = 80;
/// griddepcontrol (programmatic dependent launch, PTX ISA 9.7.13.x) exists from sm_90 on.
inline constexpr int64_t kMinProgrammaticLaunchSm = 90;

/// Limits every kernel path shares, checked by the #attn.kernel_config verifier and by the
/// options of attn-plan and the pipelines (CUDA C++ Programming Guide, technical
/// specifications: 1024 threads per block; PTX ISA 2.2: 32-thread warps).
inline constexpr int64_t kWarpSize = 32;
inline constexpr int64_t kMaxThreadsPerBlock = 1024;
/// K/V pipeline stages: more than 16 never fit the shared memory of a CTA with 16-key tiles of
/// head_dim 128, and bounding it keeps every size estimate far from int64 overflow.
inline constexpr int64_t kMaxStages = 16;
/// Keys per KV tile: 1024 16-bit keys of head_dim 64, K and V, already fill 256 KiB.
inline constexpr int64_t kMaxTileKv = 1024;
/// Query rows (prefill) or packed heads (decode) of one CTA.
inline constexpr int64_t kMaxTileQ = 1024;
/// Alignment of the dynamic shared memory window (attn-extern-dynamic-shared): the 128-byte
/// swizzle of the wgmma tiles takes its XOR pattern from address bits [4, 10). A kernel with
/// static shared memory (a warp-specialized kernel's mbarriers) therefore gives up to this
/// many bytes before its window starts.
inline constexpr int64_t kDynamicSharedAlignment = 1024;

/// The entry of `sm`, or nullptr when the kernels do not support it.
inline const ArchInfo *lookupArch(int64_t sm) {
  for (const ArchInfo &arch : kSupportedArchs)
    if (arch.sm == sm)
      return &arch;
  return nullptr;
}

inline bool isSupportedSm(int64_t sm) { return lookupArch(sm) != nullptr; }

/// "80, 86, ..., 121": the supported values, for diagnostics.
inline std::string supportedSmList() {
  std::string list;
  for (const ArchInfo &arch : kSupportedArchs)
    list += (list.empty() ? "" : ", ") + std::to_string(arch.sm);
  return list;
}

/// "sm (75) is not a supported architecture (expected one of 80, ...)", or "" when `sm` is
/// supported. `what` names the option or field that carries the value.
inline std::string checkSm(int64_t sm, const std::string &what = "sm") {
  if (isSupportedSm(sm))
    return "";
  return what + " (" + std::to_string(sm) + ") is not a supported architecture (expected one of " +
         supportedSmList() + ")";
}

/// The chip the pipeline targets for a supported `sm`: "sm_90a" for 90, "sm_80" for 80.
inline std::string chipForSm(int64_t sm) {
  const ArchInfo *arch = lookupArch(sm);
  return "sm_" + std::to_string(sm) + (arch && arch->archSpecific ? "a" : "");
}

/// Opt-in shared memory per CTA on `sm`; the smallest of the supported ones for an unknown
/// value, so that a plan never promises more than any target has.
inline int64_t maxSharedMemoryPerBlock(int64_t sm) {
  if (const ArchInfo *arch = lookupArch(sm))
    return arch->maxSharedMemoryPerBlock;
  return 99 * 1024;
}

/// Whether `sm` has griddepcontrol.
inline bool hasProgrammaticLaunch(int64_t sm) { return sm >= kMinProgrammaticLaunchSm; }

/// The first architecture whose decode steps attn-plan's decode-kernel=auto puts on the
/// tensor-core kernel: on an H200 it reads paged KV at 3.7-4.2 TB/s against the CUDA-core
/// kernel's 2.5-2.7 (bench/results/2026-12-04-h200-tc-decode). Older targets were not measured
/// and keep the CUDA-core kernel.
inline constexpr int64_t kMinTensorCoreDecodeSm = 90;
inline bool prefersTensorCoreDecode(int64_t sm) { return sm >= kMinTensorCoreDecodeSm; }

/// Warpgroup MMAs (wgmma.mma_async, PTX ISA 9.7.15) exist on sm_90a only: the prefill kernels
/// of that target may run their contractions on them (attn-plan's prefill-mma option).
inline constexpr int64_t kWgmmaSm = 90;
/// Threads of a warpgroup (the unit of a wgmma and of a warp-specialized kernel's producer).
inline constexpr int64_t kWarpgroupThreads = 4 * kWarpSize;
inline bool hasWgmma(int64_t sm) {
  const ArchInfo *arch = lookupArch(sm);
  return sm == kWgmmaSm && arch && arch->archSpecific;
}

/// A tensor map's box spans at most 256 elements in each dimension (cuTensorMapEncodeTiled):
/// a TMA tile load (kernel_config `tma`) brings at most this many keys.
inline constexpr int64_t kMaxTmaBoxRows = 256;

} // namespace mlir::attn::target

#endif // ATTN_DIALECT_ATTN_UTILS_TARGET_H
