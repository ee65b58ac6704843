//===- Pipelines.cpp - registered attn pipelines --------------------------===//
//
// attn-to-nvvm and attn-to-cubin, built from text so the same string documents, prints and
// runs the pipeline.
//
//===----------------------------------------------------------------------===//

#include "attn/Pipelines/Pipelines.h"

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

std::string AttnToCubinOptions::chip() const {
  // Hopper's wgmma, setmaxnreg and TMA multicast exist only on the arch-specific target.
  if (sm == 90)
    return "sm_90a";
  return "sm_" + std::to_string(sm);
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
  return parsePassPipeline(getAttnToNVVMPipelineText(options), pm, errorStream);
}

LogicalResult mlir::attn::buildAttnToCubinPipeline(OpPassManager &pm,
                                                   const AttnToCubinOptions &options,
                                                   llvm::raw_ostream &errorStream) {
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

void mlir::attn::registerAttnPipelines() {
  useShortSharedPointers();
  PassPipelineRegistration<AttnToCubinOptions>(
      "attn-to-nvvm", "lower attn IR to gpu.modules in the NVVM and LLVM dialects",
      [](OpPassManager &pm, const AttnToCubinOptions &options) {
        (void)buildAttnToNVVMPipeline(pm, options, llvm::errs());
      });
  PassPipelineRegistration<AttnToCubinOptions>(
      "attn-to-cubin", "lower attn IR to gpu.binary kernels (PTX, cubin or fatbin)",
      [](OpPassManager &pm, const AttnToCubinOptions &options) {
        (void)buildAttnToCubinPipeline(pm, options, llvm::errs());
      });
}
