//===- Pipelines.cpp - C API for the attn pipelines -----------------------===//
//
// Implements attn-c/Pipelines.h: the dialect registry a host compiler needs to run the attn
// pipelines, their registration, and builders that take the pipelines' option text.
//
//===----------------------------------------------------------------------===//

#include "attn-c/Pipelines.h"

#include "attn/Pipelines/Pipelines.h"

#include "mlir/CAPI/IR.h"
#include "mlir/CAPI/Pass.h"
#include "mlir/CAPI/Support.h"
#include "mlir/CAPI/Utils.h"
#include "mlir/Pass/PassManager.h"

using namespace mlir;
using namespace mlir::attn;

void mlirAttnRegisterCompilerDialects(MlirDialectRegistry registry) {
  registerAttnPipelineDialects(*unwrap(registry));
}

void mlirAttnRegisterPipelines(void) { registerAttnCompilerPasses(); }

namespace {
using Builder = LogicalResult (*)(OpPassManager &, const AttnToCubinOptions &,
                                  llvm::raw_ostream &);

MlirLogicalResult buildPipeline(Builder build, MlirOpPassManager passManager,
                                MlirStringRef options, MlirStringCallback errorCallback,
                                void *userData) {
  mlirAttnRegisterPipelines();
  std::string error;
  llvm::raw_string_ostream os(error);
  AttnToCubinOptions parsed;
  OpPassManager &pm = *unwrap(passManager);
  // Built on a scratch manager first, so a failure leaves `pm` unchanged.
  OpPassManager scratch(pm.getOpAnchorName(), pm.getNesting());
  if (failed(parsed.parseFromString(unwrap(options), os)) ||
      failed(build(scratch, parsed, os))) {
    if (errorCallback) {
      os.flush();
      if (error.empty())
        error = "invalid attn pipeline options '" + unwrap(options).str() + "'";
      errorCallback(wrap(StringRef(error)), userData);
    }
    return mlirLogicalResultFailure();
  }
  // Built again into `pm` (passes cannot be moved between managers).
  if (failed(build(pm, parsed, os)))
    return mlirLogicalResultFailure();
  return mlirLogicalResultSuccess();
}
} // namespace

MlirLogicalResult mlirAttnBuildToNVVMPipeline(MlirOpPassManager passManager,
                                              MlirStringRef options,
                                              MlirStringCallback errorCallback,
                                              void *userData) {
  return buildPipeline(&buildAttnToNVVMPipeline, passManager, options, errorCallback, userData);
}

MlirLogicalResult mlirAttnBuildToCubinPipeline(MlirOpPassManager passManager,
                                               MlirStringRef options,
                                               MlirStringCallback errorCallback,
                                               void *userData) {
  return buildPipeline(&buildAttnToCubinPipeline, passManager, options, errorCallback,
                       userData);
}

MlirLogicalResult mlirAttnBuildToHostPipeline(MlirOpPassManager passManager, MlirStringRef options,
                                              MlirStringCallback errorCallback, void *userData) {
  return buildPipeline(&buildAttnToHostPipeline, passManager, options, errorCallback, userData);
}
