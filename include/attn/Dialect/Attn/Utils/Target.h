//===- Target.h - the GPU architectures and tuning bounds of attn-mlir ----===//
//
// One place for the rules every pass, pipeline and tool checks its target and tuning knobs
// against, so that an architecture or an option value is accepted or rejected the same way
// by attn-plan, the attn-to-nvvm / attn-to-cubin pipelines, the #attn.kernel_config verifier
// and attn-compile.
//
// Architectures: every kernel the compiler emits uses cp.async, ldmatrix and mma.sync
// m16n8k16 on bf16/f16 (PTX ISA 7.0, sm_80 and later), so sm_80 is the floor. The list is the
// processors that both LLVM 22's NVPTX backend and the CUDA 13 ptxas know, from sm_80 on.
// sm_90 compiles for the arch-specific sm_90a (wgmma, setmaxnreg and TMA multicast exist only
// there).
//
// Header-only: it depends on nothing but LLVM's support library, so the IR, the passes, the
// pipelines and the tools share it without a link dependency.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_DIALECT_ATTN_UTILS_TARGET_H
#define ATTN_DIALECT_ATTN_UTILS_TARGET_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>
#include <string>

namespace mlir::attn {

/// What the compiler knows of one architecture.
struct ArchInfo {
  /// Compute capability times ten (major * 10 + minor).
  int64_t sm;
  /// Opt-in shared memory per block, bytes (CUDA C++ Programming Guide, technical
  /// specifications per compute capability).
  int64_t maxSharedMemoryPerBlock;
  /// Whether the pipeline targets the arch-specific variant (sm_90a).
  bool archSpecific;
};

/// Every architecture the compiler emits kernels for.
inline llvm::ArrayRef<ArchInfo> getSupportedArchs() {
  static constexpr ArchInfo kArchs[] = {
      {80, 163 * 1024, false},  {86, 99 * 1024, false},  {87, 163 * 1024, false},
      {89, 99 * 1024, false},   {90, 227 * 1024, true},  {100, 227 * 1024, false},
      {103, 227 * 1024, false}, {120, 99 * 1024, false}, {121, 99 * 1024, false},
  };
  return kArchs;
}

/// The entry for `sm`, or null when the compiler does not support it.
inline const ArchInfo *lookupArch(int64_t sm) {
  for (const ArchInfo &arch : getSupportedArchs())
    if (arch.sm == sm)
      return &arch;
  return nullptr;
}

/// "80, 86, 87, 89, 90, 100, 103, 120, 121": for diagnostics.
inline std::string getSupportedArchList() {
  std::string list;
  for (const ArchInfo &arch : getSupportedArchs()) {
    if (!list.empty())
      list += ", ";
    list += std::to_string(arch.sm);
  }
  return list;
}

/// The message for an unsupported `sm`, or nothing when it is supported.
inline std::optional<std::string> checkArch(int64_t sm) {
  if (lookupArch(sm))
    return std::nullopt;
  return "unsupported architecture sm " + std::to_string(sm) + " (expected one of " +
         getSupportedArchList() + ")";
}

/// The NVVM chip the pipeline targets for `sm` ("sm_90a" for 90); `sm` must be supported.
inline std::string getChip(int64_t sm) {
  const ArchInfo *arch = lookupArch(sm);
  return "sm_" + std::to_string(sm) + (arch && arch->archSpecific ? "a" : "");
}

/// Bounds of the tuning knobs (pass options and #attn.kernel_config fields). They are far
/// above what any kernel uses and keep every size estimate well inside int64_t.
/// CUDA limits 1024 threads per block (PTX ISA, section 5.2.3 .maxntid).
constexpr int64_t kMaxThreadsPerBlockLimit = 1024;
/// K/V pipeline stages: cp.async.wait_group takes the number of groups left in flight.
constexpr int64_t kMaxStages = 32;
/// Keys per KV tile.
constexpr int64_t kMaxTileKv = 4096;
/// Query heads one decode thread folds (the largest GQA group of a real model is far below).
constexpr int64_t kMaxHeadsPerThread = 256;
/// 16-row Q slices one prefill warp holds.
constexpr int64_t kMaxSlicesPerWarp = 8;
/// LLVM's optimisation levels.
constexpr int64_t kMaxOptLevel = 3;

/// The message for a tuning option outside [0, max] (0: the heuristic chooses), or nothing.
inline std::optional<std::string> checkTuningOption(llvm::StringRef name, int64_t value,
                                                    int64_t max) {
  if (value >= 0 && value <= max)
    return std::nullopt;
  return "option '" + name.str() + "' (" + std::to_string(value) + ") must be in [0, " +
         std::to_string(max) + "] (0: chosen by the heuristic)";
}

} // namespace mlir::attn

#endif // ATTN_DIALECT_ATTN_UTILS_TARGET_H
