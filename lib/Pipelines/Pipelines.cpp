//===- Pipelines.cpp - registered attn pipelines --------------------------===//
//
// attn-to-nvvm and attn-to-cubin, built from text so the same string documents, prints and
// runs the pipeline.
//
//===----------------------------------------------------------------------===//

#include "attn/Pipelines/Pipelines.h"
#include "attn/Dialect/Attn/Utils/Target.h"

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::attn;

#ifndef ATTN_CUDA_TOOLKIT_DIR
#define ATTN_CUDA_TOOLKIT_DIR ""
#endif

std::string AttnToCubinOptions::defaultToolkitPath() { return ATTN_CUDA_TOOLKIT_DIR; }

std::string AttnToCubinOptions::chip() const { return getChip(sm); }

/// The binary formats gpu-module-to-binary takes (its `format` option).
static bool isBinaryFormat(StringRef format) {
  return llvm::is_contained({"offloading", "llvm", "assembly", "isa", "binary", "bin",
                             "fatbinary", "fatbin"},
                            format);
}

/// Checks the options both pipelines share; the first problem goes to `errorStream`.
static LogicalResult checkOptions(const AttnToCubinOptions &options,
                                  llvm::raw_ostream &errorStream) {
  std::optional<std::string> problem = checkArch(options.sm);
  if (!problem)
    problem = checkTuningOption("opt-level", options.optLevel, kMaxOptLevel);
  if (!problem)
    problem = checkTuningOption("stages", options.stages, kMaxStages);
  if (!problem)
    problem = checkTuningOption("max-slices-per-warp", options.maxSlicesPerWarp,
                                kMaxSlicesPerWarp);
  if (!problem)
    return success();
  errorStream << *problem << "\n";
  return failure();
}

std::string mlir::attn::getAttnToNVVMPipelineText(const AttnToCubinOptions &options) {
  return llvm::formatv(
      "attn-plan{{sm={0} max-slices-per-warp={3} stages={4}},attn-outline,"
      "gpu.module(attn-tile,attn-pipeline{{single-barrier={5}}),"
      "nvvm-attach-target{{chip={1} O={2}},"
      "gpu.module(convert-attn-to-nvvm,canonicalize,cse,attn-bare-ptr-abi,convert-nvgpu-to-nvvm,"
      "convert-vector-to-scf,convert-scf-to-cf,expand-strided-metadata,"
      "lower-affine,convert-gpu-to-nvvm{{use-bare-ptr-memref-call-conv=1},"
      "convert-nvvm-to-llvm,canonicalize,cse,reconcile-unrealized-casts{6})",
      options.sm.getValue(), options.chip(), options.optLevel.getValue(),
      options.maxSlicesPerWarp.getValue(), options.stages.getValue(),
      options.singleBarrier.getValue() ? "true" : "false",
      options.flushDenormals.getValue() ? ",attn-flush-denormals" : "");
}

std::string mlir::attn::getAttnToCubinPipelineText(const AttnToCubinOptions &options) {
  std::string text = getAttnToNVVMPipelineText(options);
  text += llvm::formatv(",gpu-module-to-binary{{format={0}", options.format.getValue()).str();
  if (!options.toolkit.getValue().empty())
    text += " toolkit=" + options.toolkit.getValue();
  text += "}";
  return text;
}

LogicalResult mlir::attn::buildAttnToNVVMPipeline(OpPassManager &pm,
                                                  const AttnToCubinOptions &options,
                                                  llvm::raw_ostream &errorStream) {
  if (failed(checkOptions(options, errorStream)))
    return failure();
  return parsePassPipeline(getAttnToNVVMPipelineText(options), pm, errorStream);
}

LogicalResult mlir::attn::buildAttnToCubinPipeline(OpPassManager &pm,
                                                   const AttnToCubinOptions &options,
                                                   llvm::raw_ostream &errorStream) {
  if (failed(checkOptions(options, errorStream)))
    return failure();
  if (!isBinaryFormat(options.format)) {
    errorStream << "unknown format '" << options.format.getValue()
                << "' (expected isa, bin or fatbin)\n";
    return failure();
  }
  return parsePassPipeline(getAttnToCubinPipelineText(options), pm, errorStream);
}

void mlir::attn::useShortSharedPointers() {
  // 32-bit shared-memory addresses (what nvcc emits): every ldmatrix / cp.async address of the
  // tensor-core kernels is then one register instead of two. The NVPTX backend has this only as
  // a command-line option; it is registered when libLLVM is loaded.
  auto &options = llvm::cl::getRegisteredOptions();
  auto it = options.find("nvptx-short-ptr");
  if (it != options.end() && it->second->getNumOccurrences() == 0)
    (void)it->second->addOccurrence(0, "nvptx-short-ptr", "true");
}

/// Registers `name` with a builder whose failure fails the pass manager that parses it
/// (PassPipelineRegistration drops a builder's result, so a bad option would leave a partial
/// pipeline that runs and exits 0).
static void registerPipeline(
    StringRef name, StringRef description,
    LogicalResult (*build)(OpPassManager &, const AttnToCubinOptions &, llvm::raw_ostream &)) {
  registerPassPipeline(
      name, description,
      [build, name](OpPassManager &pm, StringRef optionsText,
                    function_ref<LogicalResult(const Twine &)> errorHandler) {
        AttnToCubinOptions options;
        if (failed(options.parseFromString(optionsText)))
          return failure();
        std::string error;
        llvm::raw_string_ostream os(error);
        if (succeeded(build(pm, options, os)))
          return success();
        return errorHandler(name + ": " + StringRef(error).rtrim());
      },
      [](function_ref<void(const detail::PassOptions &)> optionsHandler) {
        optionsHandler(AttnToCubinOptions());
      });
}

void mlir::attn::registerAttnPipelines() {
  useShortSharedPointers();
  registerPipeline("attn-to-nvvm", "lower attn IR to gpu.modules in the NVVM and LLVM dialects",
                   buildAttnToNVVMPipeline);
  registerPipeline("attn-to-cubin", "lower attn IR to gpu.binary kernels (PTX, cubin or fatbin)",
                   buildAttnToCubinPipeline);
}
