//===- Pipelines.cpp - registered attn pipelines --------------------------===//
//
// attn-to-nvvm and attn-to-cubin, built from text so the same string documents, prints and
// runs the pipeline.
//
//===----------------------------------------------------------------------===//

#include "attn/Pipelines/Pipelines.h"
#include "attn/Dialect/Attn/Transforms/Heuristics.h"
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

std::string AttnToCubinOptions::chip() const {
  // Hopper's wgmma, setmaxnreg and TMA multicast exist only on the arch-specific target.
  return target::chipForSm(sm);
}

std::string AttnToCubinOptions::check() const {
  KernelOverrides overrides;
  overrides.stages = stages;
  overrides.tileKv = tileKv;
  overrides.tileQ = tileQ;
  overrides.maxSlicesPerWarp = maxSlicesPerWarp;
  if (std::string why = checkPlanOptions(sm, overrides); !why.empty())
    return why;
  if (std::string why = resolveDecodeKernel(decodeKernel, sm, overrides); !why.empty())
    return why;
  if (std::string why = resolvePrefillMma(prefillMma, sm, overrides); !why.empty())
    return why;
  // gpu-module-to-binary's formats (isa: PTX, bin: cubin, fatbin).
  if (format != "isa" && format != "bin" && format != "fatbin")
    return "format ('" + format.getValue() + "') must be isa, bin or fatbin";
  if (hostKvChunk < 0)
    return "host-kv-chunk (" + std::to_string(hostKvChunk) + ") must not be negative";
  if (optLevel < 0 || optLevel > 3)
    return "opt-level (" + std::to_string(optLevel) + ") must be in [0, 3]";
  return "";
}

/// attn-to-nvvm, with attn-outline launching the kernels from the host when `hostLaunch`.
static std::string getNVVMText(const AttnToCubinOptions &options, bool hostLaunch) {
  return llvm::formatv(
      "attn-plan{{require-all=true sm={0} max-slices-per-warp={3} stages={4} decode-kernel={9} "
      "prefill-mma={10} "
      "tile-kv={11} tile-q={12} warp-specialize={13} "
      "pingpong={14}{15}{17}{18}{20}{19}{21}{22}{23}},"
      "attn-outline{{host-launch={7} host-kv-chunk={8}},"
      "gpu.module(attn-tile,attn-lower-tiles,attn-pipeline{{single-barrier={5}}),"
      "nvvm-attach-target{{chip={1} O={2}},"
      "gpu.module(convert-attn-to-nvvm{16},canonicalize,cse,attn-bare-ptr-abi,"
      "convert-nvgpu-to-nvvm,convert-vector-to-scf,convert-scf-to-cf,expand-strided-metadata,"
      "lower-affine,convert-gpu-to-nvvm{{use-bare-ptr-memref-call-conv=1},"
      "convert-nvvm-to-llvm,attn-extern-dynamic-shared,attn-grid-constant-params,canonicalize,cse,"
      "reconcile-unrealized-casts{6})",
      options.sm.getValue(), options.chip(), options.optLevel.getValue(),
      options.maxSlicesPerWarp.getValue(), options.stages.getValue(),
      options.singleBarrier.getValue() ? "true" : "false",
      options.flushDenormals.getValue() ? ",attn-flush-denormals" : "",
      hostLaunch ? "true" : "false", hostLaunch ? options.hostKvChunk.getValue() : 0,
      // The host launch binds the decode kernel's arguments: decode steps stay on it.
      hostLaunch ? std::string("cuda-core") : options.decodeKernel.getValue(),
      options.prefillMma.getValue(), options.tileKv.getValue(), options.tileQ.getValue(),
      options.warpSpecialize.getValue() ? "true" : "false",
      options.pingpong.getValue() ? "true" : "false",
      // (Only when asked for: the default pipeline text stays as it was.)
      options.overlap.getValue() ? " overlap=true" : "",
      options.approxTanh.getValue() ? ",attn-approx-tanh" : "",
      options.tma.getValue() ? " tma=true" : "",
      // The host launch encodes no tensor maps: its kernels keep cp.async.
      options.autoTma.getValue() && !hostLaunch ? " auto-tma=true" : "",
      options.persistent.getValue() ? " persistent=true" : "",
      options.autoOverlap.getValue() && !hostLaunch ? " auto-overlap=true" : "",
      // The host launch sizes no persistent grid (attn-to-host rejects persistent kernels).
      options.autoPersistent.getValue() && !hostLaunch ? " auto-persistent=true" : "",
      options.earlyKv.getValue() ? " early-kv=true" : "",
      // The host launch keeps heads fastest: its kernels were checked on a GPU that way.
      options.l2Sections.getValue() && !hostLaunch ? " l2-sections=true" : "");
}

std::string mlir::attn::getAttnToNVVMPipelineText(const AttnToCubinOptions &options) {
  return getNVVMText(options, /*hostLaunch=*/false);
}

std::string mlir::attn::getAttnToBinaryPipelineText(const AttnToCubinOptions &options) {
  std::string text =
      llvm::formatv("gpu-module-to-binary{{format={0}", options.format.getValue()).str();
  if (!options.toolkit.getValue().empty())
    text += " toolkit=" + options.toolkit.getValue();
  return text + "}";
}

std::string mlir::attn::getAttnToHostPipelineText(const AttnToCubinOptions &options) {
  // The host side as upstream's gpu-lower-to-nvvm-pipeline lowers it: the launches, copies
  // and allocations become async on one stream (gpu-async-region), then calls of the CUDA
  // runtime wrappers (mgpu*); kernels take bare pointers, as attn-bare-ptr-abi compiled them.
  return getNVVMText(options, /*hostLaunch=*/true) +
         ",func.func(gpu-async-region),convert-scf-to-cf,expand-strided-metadata,lower-affine,"
         "finalize-memref-to-llvm,convert-arith-to-llvm,convert-index-to-llvm,"
         "convert-func-to-llvm,convert-cf-to-llvm,"
         "gpu-to-llvm{use-bare-pointers-for-kernels=1}," +
         getAttnToBinaryPipelineText(options) + ",reconcile-unrealized-casts";
}

std::string mlir::attn::getAttnToCubinPipelineText(const AttnToCubinOptions &options) {
  return getAttnToNVVMPipelineText(options) + "," + getAttnToBinaryPipelineText(options);
}

/// Parses the pipeline `text` makes of `options` into `pm`, once the options are known valid
/// (their error goes to `errorStream` otherwise).
static LogicalResult buildChecked(OpPassManager &pm, const AttnToCubinOptions &options,
                                  std::string (*text)(const AttnToCubinOptions &),
                                  llvm::raw_ostream &errorStream) {
  if (std::string why = options.check(); !why.empty()) {
    errorStream << why;
    return failure();
  }
  return parsePassPipeline(text(options), pm, errorStream);
}

LogicalResult mlir::attn::buildAttnToNVVMPipeline(OpPassManager &pm,
                                                  const AttnToCubinOptions &options,
                                                  llvm::raw_ostream &errorStream) {
  return buildChecked(pm, options, getAttnToNVVMPipelineText, errorStream);
}

LogicalResult mlir::attn::buildAttnToCubinPipeline(OpPassManager &pm,
                                                   const AttnToCubinOptions &options,
                                                   llvm::raw_ostream &errorStream) {
  return buildChecked(pm, options, getAttnToCubinPipelineText, errorStream);
}

LogicalResult mlir::attn::buildAttnToHostPipeline(OpPassManager &pm,
                                                  const AttnToCubinOptions &options,
                                                  llvm::raw_ostream &errorStream) {
  return buildChecked(pm, options, getAttnToHostPipelineText, errorStream);
}

void mlir::attn::useShortSharedPointers() {
  // 32-bit shared-memory addresses (what nvcc emits): every ldmatrix / cp.async address of the
  // tensor-core kernels is then one register instead of two. The NVPTX backend of LLVM 22 has
  // this only as a command-line option, registered when libLLVM is loaded: its target machine
  // computes the data layout from the option alone (Triple::computeDataLayout("shortptr")
  // exists, but TargetOptions::MCOptions.ABIName is ignored, and there is no target feature),
  // and gpu-module-to-binary replaces a module's own data layout (p3:32:32 on the gpu.module)
  // by the target machine's. Later LLVM makes "shortptr" a target ABI, which a serializer could
  // pass per target machine instead.
  auto &options = llvm::cl::getRegisteredOptions();
  auto it = options.find("nvptx-short-ptr");
  if (it != options.end() && it->second->getNumOccurrences() == 0)
    (void)it->second->addOccurrence(0, "nvptx-short-ptr", "true");
}

/// Registers a pipeline whose builder can fail: an option out of range is an error of the
/// pipeline's parse (attn-opt exits non-zero) rather than an empty pipeline that succeeds.
static void registerPipeline(StringRef arg, StringRef description,
                             LogicalResult (*build)(OpPassManager &, const AttnToCubinOptions &,
                                                    llvm::raw_ostream &)) {
  registerPassPipeline(
      arg, description,
      [arg, build](OpPassManager &pm, StringRef text,
                   function_ref<LogicalResult(const Twine &)> errorHandler) {
        AttnToCubinOptions options;
        if (failed(options.parseFromString(text)))
          return failure();
        std::string error;
        llvm::raw_string_ostream os(error);
        if (failed(build(pm, options, os)))
          return errorHandler(arg + ": " + error);
        return success();
      },
      [](function_ref<void(const detail::PassOptions &)> optHandler) {
        optHandler(AttnToCubinOptions());
      });
}

void mlir::attn::registerAttnPipelines() {
  useShortSharedPointers();
  registerPipeline("attn-to-nvvm", "lower attn IR to gpu.modules in the NVVM and LLVM dialects",
                   buildAttnToNVVMPipeline);
  registerPipeline("attn-to-cubin", "lower attn IR to gpu.binary kernels (PTX, cubin or fatbin)",
                   buildAttnToCubinPipeline);
  registerPipeline("attn-to-host",
                   "lower a module with attn ops to LLVM: host code launching the kernels "
                   "(gpu.launch_func on the CUDA runtime wrappers) and gpu.binary kernels",
                   buildAttnToHostPipeline);
}
