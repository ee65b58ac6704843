//===- attn-opt.cpp - the attn optimizer driver ---------------------------===//
//
// Parses, verifies, transforms and prints attn IR. Registers the attn dialect and its passes
// next to every upstream dialect, extension, pass and LLVM IR translation, so the whole lowering
// (attn -> gpu/nvgpu/nvvm -> PTX/cubin through gpu-module-to-binary) can be run and mixed with
// upstream passes from one tool.
//
// A pipeline that emitted an error fails, also when the pass that emitted it did not signal
// failure (the attn passes do; some upstream ones, e.g. gpu-module-to-binary for some toolkit
// errors, do not): attn-opt then exits 1, as attn-compile does.
//
//===----------------------------------------------------------------------===//

#include "attn/Pipelines/Pipelines.h"
#include "attn/Dialect/Attn/Transforms/BufferizableOpInterfaceImpl.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/ToolOutputFile.h"

#include <memory>

using namespace mlir;

namespace {
/// The last pass of every pipeline: fails when an error was emitted since the pipeline began.
struct FailOnErrorPass : public PassWrapper<FailOnErrorPass, OperationPass<>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(FailOnErrorPass)

  explicit FailOnErrorPass(std::shared_ptr<unsigned> errors) : errors(std::move(errors)) {}
  StringRef getArgument() const override { return "attn-fail-on-error"; }
  StringRef getDescription() const override {
    return "fail when an earlier pass emitted an error without failing";
  }
  void runOnOperation() override {
    if (*errors > 0)
      signalPassFailure();
  }

  std::shared_ptr<unsigned> errors;
};
} // namespace

/// The pipeline given on the command line, then FailOnErrorPass, with a diagnostic handler
/// that counts errors and passes every diagnostic on to attn-opt's printer or verifier.
static LogicalResult setUpPipeline(const MlirOptMainConfig &cl, PassManager &pm) {
  if (failed(cl.setupPassPipeline(pm)))
    return failure();
  auto errors = std::make_shared<unsigned>(0);
  pm.getContext()->getDiagEngine().registerHandler([errors](Diagnostic &diag) {
    if (diag.getSeverity() == DiagnosticSeverity::Error)
      ++*errors;
    return failure();
  });
  pm.addPass(std::make_unique<FailOnErrorPass>(errors));
  return success();
}

int main(int argc, char **argv) {
  attn::registerAttnCompilerPasses();

  DialectRegistry registry;
  attn::registerAttnPipelineDialects(registry);
  attn::registerBufferizableOpInterfaceExternalModels(registry);

  // MlirOptMain(argc, argv, ...) with one change: the pipeline set-up above.
  auto [inputFilename, outputFilename] =
      registerAndParseCLIOptions(argc, argv, "attn-mlir optimizer driver\n", registry);
  MlirOptMainConfig cl = MlirOptMainConfig::createFromCLOptions();
  if (cl.shouldShowDialects() || cl.shouldListPasses())
    return asMainReturnCode(MlirOptMain(argc, argv, inputFilename, outputFilename, registry));
  MlirOptMainConfig config = cl;
  config.setPassPipelineSetupFn([cl](PassManager &pm) { return setUpPipeline(cl, pm); });

  std::string errorMessage;
  std::unique_ptr<llvm::MemoryBuffer> file = openInputFile(inputFilename, &errorMessage);
  if (!file) {
    llvm::errs() << errorMessage << "\n";
    return 1;
  }
  std::unique_ptr<llvm::ToolOutputFile> output = openOutputFile(outputFilename, &errorMessage);
  if (!output) {
    llvm::errs() << errorMessage << "\n";
    return 1;
  }
  if (failed(MlirOptMain(output->os(), std::move(file), registry, config)))
    return 1;
  output->keep();
  return 0;
}
