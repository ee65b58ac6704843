//===- FlushDenormals.cpp - attn-flush-denormals --------------------------===//
//
// f32 flush-to-zero for one GPU module with tensor-core kernels (see Passes.td):
//
// A module has tensor-core kernels when it has nvvm.mma.sync or warpgroup MMAs (the sm_90a
// prefill kernels issue wgmma.mma_async as inline assembly).
//
//   gpu.module @m {
//     llvm.module_flags [#llvm.mlir.module_flag<override, "nvvm-reflect-ftz", 1 : i32>]
//     llvm.func @k(...) attributes {denormal_fp_math_f32 = "preserve-sign", ...}
//   }
//
//===----------------------------------------------------------------------===//

#include "attn/Conversion/AttnToNVVM/Passes.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/IR/Builders.h"

namespace mlir::attn {
#define GEN_PASS_DEF_ATTNFLUSHDENORMALS
#include "attn/Conversion/AttnToNVVM/Passes.h.inc"
} // namespace mlir::attn

using namespace mlir;

namespace {
constexpr llvm::StringLiteral kReflectFtz = "nvvm-reflect-ftz";

/// Whether `module` has tensor-core kernels: mma.sync (nvvm.mma.sync) or warpgroup MMAs (the
/// NVVM op, or the inline assembly the wgmma prefill kernels issue them as).
bool usesTensorCores(gpu::GPUModuleOp module) {
  return module
      .walk([](Operation *op) {
        if (isa<NVVM::MmaOp, NVVM::WgmmaMmaAsyncOp>(op))
          return WalkResult::interrupt();
        if (auto inlineAsm = dyn_cast<LLVM::InlineAsmOp>(op);
            inlineAsm && inlineAsm.getAsmString().contains("wgmma.mma_async"))
          return WalkResult::interrupt();
        return WalkResult::advance();
      })
      .wasInterrupted();
}

struct AttnFlushDenormalsPass
    : public attn::impl::AttnFlushDenormalsBase<AttnFlushDenormalsPass> {
  using AttnFlushDenormalsBase::AttnFlushDenormalsBase;

  void runOnOperation() override {
    gpu::GPUModuleOp module = getOperation();
    if (tensorCoreOnly && !usesTensorCores(module))
      return;
    MLIRContext *ctx = &getContext();
    OpBuilder b(ctx);

    auto flag = LLVM::ModuleFlagAttr::get(ctx, LLVM::ModFlagBehavior::Override,
                                          StringAttr::get(ctx, kReflectFtz),
                                          b.getI32IntegerAttr(1));
    SmallVector<Attribute> flags;
    SmallVector<LLVM::ModuleFlagsOp> existing(module.getOps<LLVM::ModuleFlagsOp>());
    for (LLVM::ModuleFlagsOp op : existing) {
      for (Attribute attr : op.getFlags()) {
        auto entry = dyn_cast<LLVM::ModuleFlagAttr>(attr);
        if (!entry || entry.getKey() != kReflectFtz)
          flags.push_back(attr);
      }
      op.erase();
    }
    flags.push_back(flag);
    b.setInsertionPointToStart(module.getBody());
    LLVM::ModuleFlagsOp::create(b, module.getLoc(), b.getArrayAttr(flags));

    auto mode = StringAttr::get(ctx, "preserve-sign");
    for (auto func : module.getOps<LLVM::LLVMFuncOp>())
      if (!func.isExternal())
        func.setDenormalFpMathF32Attr(mode);
  }
};
} // namespace
