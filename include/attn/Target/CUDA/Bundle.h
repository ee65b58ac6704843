//===- Bundle.h - kernel bundles: manifest, ptxas, resource reports -*- C++ -*-===//
//
// What attn-compile (and any other bundle writer) needs after the pipeline has turned every
// gpu.module into a gpu.binary: collect the attn.kernel_abi ops and the binaries they point
// at, assemble PTX with the toolkit's ptxas (keeping its -v resource report), and write the
// manifest.json that libattn_rt parses (docs/RUNTIME.md, "Bundles and the manifest").
//
//===----------------------------------------------------------------------===//
#ifndef ATTN_TARGET_CUDA_BUNDLE_H
#define ATTN_TARGET_CUDA_BUNDLE_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/LLVM.h"
#include "llvm/Support/JSON.h"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mlir::attn::cuda {

/// One kernel's ptxas -v report.
struct KernelResources {
  int64_t registers = 0;
  int64_t sharedBytes = 0; ///< static shared memory (dynamic comes from the manifest)
  int64_t spillStores = 0;
  int64_t spillLoads = 0;
  int64_t stackFrame = 0;

  /// A spill or any local memory (stack frame) is a performance bug in attention kernels.
  bool usesLocalMemory() const { return spillStores || spillLoads || stackFrame; }
};

/// One gpu.binary: its first NVVM object.
struct BundleBinary {
  std::string module; ///< gpu.binary symbol = the outlined gpu.module name
  std::string chip;   ///< from #nvvm.target ("sm_90a")
  bool isPtx = false; ///< object format isa (PTX text) rather than bin (cubin)
  std::string payload;
};

/// One attn.kernel_abi op, with its fields as JSON.
struct BundleKernel {
  std::string name;   ///< sym_name = gpu.func name = PTX entry symbol
  std::string module; ///< root of the `kernel` reference
  std::string family, role;
  llvm::json::Array params;
  std::array<int32_t, 3> block = {1, 1, 1};
  int64_t dynamicSmem = 0;
  llvm::json::Object variant, tile;
  std::string mergeKernel; ///< attention kernels with a "<f>_merge" partner in the module
  std::optional<KernelResources> resources;
};

struct BundleContents {
  std::vector<BundleBinary> binaries;
  std::vector<BundleKernel> kernels;
};

/// Collects every gpu.binary and attn.kernel_abi op of `module`. Fails with a diagnostic on
/// the op at fault: a kernel_abi whose module has no gpu.binary, a binary without an NVVM
/// object, a fatbin/offload object, a PTX without the kernel's .entry, no kernel at all.
LogicalResult collectBundle(ModuleOp module, BundleContents &out);

/// Converts a builtin attribute (dictionary, array, string, integer, bool, float) to JSON.
FailureOr<llvm::json::Value> attributeToJson(Attribute attr);

/// Parses `ptxas -v` output into one report per entry function.
std::map<std::string, KernelResources> parsePtxasReport(StringRef text);

/// `<toolkit>/bin/ptxas` if it exists, else ptxas from PATH, else "".
std::string findPtxas(StringRef toolkit);

/// Runs `ptxas -arch=<chip> -O3 -v <ptxPath> -o <cubinPath>` and captures its stderr in
/// `report`. On failure `error` says why (ptxas's own messages included).
LogicalResult runPtxas(StringRef ptxas, StringRef chip, StringRef ptxPath, StringRef cubinPath,
                       std::string &report, std::string &error);

/// File name of a binary in the bundle: "<module>.cubin" or "<module>.ptx".
std::string binaryFileName(StringRef module, bool ptx);

/// The manifest (schema v1). `ptx` selects binary_kind and file names; `arch` is the chip.
llvm::json::Object buildManifest(const BundleContents &contents, StringRef arch, bool ptx);

/// One architecture's bundle inside a multi-arch bundle.
struct ArchBundle {
  std::string arch;      ///< the chip ("sm_90a"), as in that bundle's own manifest
  std::string directory; ///< subdirectory of the multi-arch bundle holding it
  bool ptx = false;      ///< its binaries are PTX rather than cubins
};

/// The manifest of a multi-arch bundle (format "attn-multiarch-bundle", version 1): the
/// per-arch bundles in order. libattn_rt picks one per device (include/attn-rt/MultiArch.h).
llvm::json::Object buildMultiArchManifest(ArrayRef<ArchBundle> bundles);

} // namespace mlir::attn::cuda

#endif // ATTN_TARGET_CUDA_BUNDLE_H
