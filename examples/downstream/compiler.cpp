//===- compiler.cpp - a host compiler running the attn decode pipeline ----===//
//
// What an ML compiler does to lower its attention ops with attn-mlir: build a context with
// the attn dialect and what its pipelines need, parse (or build) attn IR, run attn-to-nvvm,
// and hand the gpu.modules on. Prints one line per kernel.
//
//===----------------------------------------------------------------------===//

#include "attn/Dialect/Attn/IR/AttnDialect.h"
#include "attn/Pipelines/Pipelines.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"

#include "llvm/Support/raw_ostream.h"

int main(int argc, char **argv) {
  if (argc != 2) {
    llvm::errs() << "usage: attn-downstream <attn IR file>\n";
    return 2;
  }
  mlir::DialectRegistry registry;
  mlir::attn::registerAttnPipelineDialects(registry);
  mlir::attn::registerAttnCompilerPasses();
  mlir::MLIRContext context(registry);

  mlir::OwningOpRef<mlir::ModuleOp> module =
      mlir::parseSourceFile<mlir::ModuleOp>(argv[1], &context);
  if (!module)
    return 1;

  mlir::attn::AttnToCubinOptions options;
  options.sm = 90;
  mlir::PassManager pm(&context);
  if (mlir::failed(mlir::attn::buildAttnToNVVMPipeline(pm, options, llvm::errs())) ||
      mlir::failed(pm.run(*module)))
    return 1;

  int kernels = 0;
  module->walk([&](mlir::gpu::GPUModuleOp gpuModule) {
    gpuModule.walk([&](mlir::LLVM::LLVMFuncOp func) {
      if (!mlir::gpu::GPUDialect::isKernel(func))
        return;
      llvm::outs() << "kernel " << gpuModule.getName() << "::" << func.getName() << "\n";
      ++kernels;
    });
  });
  llvm::outs() << "attn-to-nvvm: " << kernels << " kernel(s)\n";
  return kernels > 0 ? 0 : 1;
}
