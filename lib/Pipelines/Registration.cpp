//===- Registration.cpp - what a host compiler registers to run attn pipelines ---===//
//
// registerAttnPipelineDialects and registerAttnCompilerPasses: the one place that knows which
// upstream dialects, extensions, translations and passes attn-to-nvvm and attn-to-cubin need,
// for compilers that embed them (and the C API). Kept out of Pipelines.cpp: the InitAll*
// headers are heavy.
//
//===----------------------------------------------------------------------===//

#include "attn/Conversion/AttnToNVVM/Passes.h"
#include "attn/Dialect/Attn/IR/AttnDialect.h"
#include "attn/Dialect/Attn/Transforms/Passes.h"
#include "attn/Pipelines/Pipelines.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"

#include <mutex>

using namespace mlir;

void mlir::attn::registerAttnPipelineDialects(DialectRegistry &registry) {
  registry.insert<AttnDialect>();
  registerAllDialects(registry);
  registerAllExtensions(registry);
  registerAllToLLVMIRTranslations(registry);
}

void mlir::attn::registerAttnCompilerPasses() {
  static std::once_flag once;
  std::call_once(once, [] {
    // A pass registered twice is harmless; a pipeline twice is a fatal error, and the host
    // may have called registerAttnPipelines already.
    registerAllPasses();
    registerAttnPasses();
    registerAttnConversionPasses();
    if (!PassPipelineInfo::lookup("attn-to-nvvm"))
      registerAttnPipelines();
    else
      useShortSharedPointers();
  });
}
