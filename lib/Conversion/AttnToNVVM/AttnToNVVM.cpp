//===- AttnToNVVM.cpp - convert-attn-to-nvvm ------------------------------===//
//
// The pattern sets of the conversion and the pass over them: the tile-level attn ops
// (TileOps.cpp), the merge kernel (MergeKernel.cpp), the append-KV / RoPE / state-merge
// kernels (OpKernels.cpp) and the sampling kernel (SampleKernel.cpp) are lowered inside a
// gpu.module by a partial conversion; the pass then places griddepcontrol where the target has
// it and drops the KV-source views nothing reads any more.
//
//===----------------------------------------------------------------------===//

#include "attn/Conversion/AttnToNVVM/AttnToNVVM.h"
#include "attn/Conversion/AttnToNVVM/Passes.h"
#include "attn/Dialect/Attn/IR/AttnOps.h"
#include "attn/Dialect/Attn/Utils/KernelConventions.h"
#include "attn/Dialect/Attn/Utils/Target.h"

#include "Patterns.h"

#include "mlir/Conversion/GPUToNVVM/GPUToNVVMPass.h"
#include "mlir/Conversion/LLVMCommon/TypeConverter.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/NVGPU/IR/NVGPUDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Transforms/DialectConversion.h"

namespace mlir::attn {
#define GEN_PASS_DEF_CONVERTATTNTONVVM
#include "attn/Conversion/AttnToNVVM/Passes.h.inc"
} // namespace mlir::attn

using namespace mlir;
using namespace mlir::attn;

namespace {
/// attn.attention has no lowering: attn-tile replaces it by the tile-level ops first.
struct AttentionOpLowering : public OpConversionPattern<AttentionOp> {
  using Base::Base;
  LogicalResult matchAndRewrite(AttentionOp op, OpAdaptor,
                                ConversionPatternRewriter &) const override {
    return op.emitOpError() << "must be tiled (run attn-tile) before convert-attn-to-nvvm";
  }
};
} // namespace

void mlir::attn::configureAttnToNVVMConversionLegality(ConversionTarget &target) {
  target.addIllegalOp<AttentionOp, KVTilePagesOp, CopyKVTileOp, TmaCopyKVTileOp, CommitKVTilesOp,
                      WaitKVTilesOp, MmaOp, RecomputeOp, MergeStatesOp, MergeStateOp,
                      AppendPagedKVOp, RopeOp, SampleOp, ChainSpeculativeSampleOp>();
  target.markUnknownOpDynamicallyLegal([](Operation *) { return true; });
}

void mlir::attn::populateAttnTileOpsToNVVMPatterns(const LLVMTypeConverter &converter,
                                                   RewritePatternSet &patterns) {
  patterns.add<AttentionOpLowering>(patterns.getContext());
  populateTileOpPatterns(converter, patterns);
}

void mlir::attn::populateAttnOpKernelsToNVVMPatterns(const LLVMTypeConverter &,
                                                     RewritePatternSet &patterns) {
  populateMergeKernelPatterns(patterns);
  populateOpKernelPatterns(patterns);
  populateSampleKernelPatterns(patterns);
}

void mlir::attn::populateAttnToNVVMConversionPatterns(const LLVMTypeConverter &converter,
                                                      RewritePatternSet &patterns) {
  populateAttnTileOpsToNVVMPatterns(converter, patterns);
  populateAttnOpKernelsToNVVMPatterns(converter, patterns);
}

/// The NVVM target of `module`, if it has one first.
static NVVM::NVVMTargetAttr getNVVMTarget(gpu::GPUModuleOp module) {
  ArrayAttr targets = module.getTargetsAttr();
  if (!targets || targets.empty())
    return {};
  return dyn_cast<NVVM::NVVMTargetAttr>(targets.getValue().front());
}

/// griddepcontrol exists from sm_90 on (attn/Dialect/Attn/Utils/Target.h).
static bool hasProgrammaticLaunch(StringRef chip) {
  unsigned sm = 0;
  return chip.consume_front("sm_") && !chip.take_while(llvm::isDigit).getAsInteger(10, sm) &&
         target::hasProgrammaticLaunch(sm);
}

/// A kernel planned for programmatic launch (a kernel_config of sm_90 or later) cannot be
/// lowered for a target without griddepcontrol: instruction selection would abort.
static LogicalResult checkProgrammaticLaunch(gpu::GPUModuleOp module) {
  NVVM::NVVMTargetAttr target = getNVVMTarget(module);
  if (!target || hasProgrammaticLaunch(target.getChip()))
    return success();
  for (auto func : module.getOps<gpu::GPUFuncOp>())
    if (func->hasAttr(kProgrammaticDependentAttrName))
      return func.emitOpError() << "is a programmatic dependent (planned for sm_"
                                << target::kMinProgrammaticLaunchSm
                                << " or later) but its module targets " << target.getChip()
                                << ", which has no griddepcontrol";
  return success();
}

/// Kernels whose dependent (the split-KV merge) may launch as their CTAs drain: from sm_90 on,
/// signal it at entry (griddepcontrol.launch_dependents, PTX ISA 7.8); the merge kernel waits
/// for this grid's writes itself.
static void placeLaunchDependents(gpu::GPUModuleOp module) {
  NVVM::NVVMTargetAttr target = getNVVMTarget(module);
  bool hasGriddep = target && hasProgrammaticLaunch(target.getChip());
  for (auto func : module.getOps<gpu::GPUFuncOp>()) {
    if (!func->removeAttr(kProgrammaticPrimaryAttrName) || !hasGriddep)
      continue;
    auto b = OpBuilder::atBlockBegin(&func.getBody().front());
    NVVM::GriddepcontrolOp::create(b, func.getLoc(), NVVM::GridDepActionKind::launch_dependents);
  }
}

/// Whatever attn op is left (a KV-source view nobody uses any more) has no meaning on the
/// device; anything else is an error.
static LogicalResult eraseLeftoverViews(gpu::GPUModuleOp module) {
  WalkResult leftover = module->walk([&](Operation *op) {
    if (!op->getDialect() || !isa<AttnDialect>(op->getDialect()))
      return WalkResult::advance();
    if (op->use_empty() && isa<PagedKVOp, RaggedKVOp>(op)) {
      op->erase();
      return WalkResult::skip();
    }
    op->emitOpError() << "has no lowering inside a kernel";
    return WalkResult::interrupt();
  });
  return failure(leftover.wasInterrupted());
}

namespace {
struct ConvertAttnToNVVMPass
    : public attn::impl::ConvertAttnToNVVMBase<ConvertAttnToNVVMPass> {
  void runOnOperation() override {
    gpu::GPUModuleOp module = getOperation();
    if (failed(checkProgrammaticLaunch(module)))
      return signalPassFailure();
    // Memref descriptors and address spaces as convert-gpu-to-nvvm will lower them, so that
    // the casts of the copy lowering fold away.
    LowerToLLVMOptions options(&getContext());
    LLVMTypeConverter converter(&getContext(), options);
    configureGpuToNVVMTypeConverter(converter);
    RewritePatternSet patterns(&getContext());
    populateAttnToNVVMConversionPatterns(converter, patterns);
    ConversionTarget target(getContext());
    configureAttnToNVVMConversionLegality(target);
    if (failed(applyPartialConversion(module, target, std::move(patterns))))
      return signalPassFailure();
    placeLaunchDependents(module);
    if (failed(eraseLeftoverViews(module)))
      signalPassFailure();
  }
};
} // namespace
