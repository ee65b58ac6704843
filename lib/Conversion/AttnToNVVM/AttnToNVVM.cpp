//===- AttnToNVVM.cpp - convert-attn-to-nvvm ------------------------------===//
//
// The pass: lowers the tile-level attn ops (TileOps.cpp), the merge kernel (MergeKernel.cpp)
// and the append-KV / RoPE kernels (OpKernels.cpp) inside a gpu.module, and places
// griddepcontrol where the target has it.
//
//===----------------------------------------------------------------------===//

#include "attn/Conversion/AttnToNVVM/Passes.h"
#include "attn/Dialect/Attn/IR/AttnOps.h"
#include "attn/Dialect/Attn/Transforms/Transforms.h"
#include "attn/Dialect/Attn/Utils/Target.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/NVGPU/IR/NVGPUDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::attn {
#define GEN_PASS_DEF_CONVERTATTNTONVVM
#include "attn/Conversion/AttnToNVVM/Passes.h.inc"
} // namespace mlir::attn

using namespace mlir;
using namespace mlir::attn;

/// The most registers a thread can have (PTX ISA, .maxnreg).
static constexpr int32_t kMaxRegistersPerThread = 255;

/// griddepcontrol exists from sm_90 on (attn/Dialect/Attn/Utils/Target.h).
static bool hasProgrammaticLaunch(StringRef chip) {
  unsigned sm = 0;
  return chip.consume_front("sm_") && !chip.take_while(llvm::isDigit).getAsInteger(10, sm) &&
         target::hasProgrammaticLaunch(sm);
}

namespace {
struct ConvertAttnToNVVMPass
    : public attn::impl::ConvertAttnToNVVMBase<ConvertAttnToNVVMPass> {
  void runOnOperation() override {
    // A kernel planned for programmatic launch (a kernel_config of sm_90 or later) cannot be
    // lowered for a target without griddepcontrol: instruction selection would abort.
    auto nvvmTarget = getOperation().getTargetsAttr()
                          ? dyn_cast_or_null<NVVM::NVVMTargetAttr>(
                                getOperation().getTargetsAttr().getValue().front())
                          : NVVM::NVVMTargetAttr();
    if (nvvmTarget && !hasProgrammaticLaunch(nvvmTarget.getChip()))
      for (auto func : getOperation().getOps<gpu::GPUFuncOp>())
        if (func->hasAttr("attn.programmatic_dependent")) {
          func.emitOpError() << "is a programmatic dependent (planned for sm_"
                             << target::kMinProgrammaticLaunchSm
                             << " or later) but its module targets " << nvvmTarget.getChip()
                             << ", which has no griddepcontrol";
          return signalPassFailure();
        }
    SmallVector<Operation *> ops;
    getOperation()->walk([&](Operation *op) {
      if (isa<AttentionOp, MergeStatesOp, KVTilePagesOp, CopyKVTileOp, CommitKVTilesOp,
              WaitKVTilesOp, MmaOp, RecomputeOp, AppendPagedKVOp, RopeOp, MergeStateOp,
              SampleOp>(op))
        ops.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (Operation *op : ops) {
      if (auto attention = dyn_cast<AttentionOp>(op)) {
        attention.emitOpError() << "must be tiled (run attn-tile) before convert-attn-to-nvvm";
        return signalPassFailure();
      }
      if (auto pages = dyn_cast<KVTilePagesOp>(op))
        lowerKVTilePages(rewriter, pages);
      else if (auto copy = dyn_cast<CopyKVTileOp>(op))
        lowerCopyKVTile(rewriter, copy);
      else if (auto mma = dyn_cast<MmaOp>(op)) {
        // Tensor-core kernels hold their accumulators in registers: left alone, ptxas may cap
        // a 256-thread kernel at 128 registers for occupancy and spill them.
        if (auto func = mma->getParentOfType<gpu::GPUFuncOp>())
          func->setAttr("nvvm.maxnreg", rewriter.getI32IntegerAttr(kMaxRegistersPerThread));
        lowerMma(rewriter, mma);
      }
      else if (auto recompute = dyn_cast<RecomputeOp>(op))
        lowerRecompute(rewriter, recompute);
      else if (isa<CommitKVTilesOp, WaitKVTilesOp>(op))
        lowerKVTileSync(rewriter, op);
      else if (auto append = dyn_cast<AppendPagedKVOp>(op)) {
        if (failed(lowerAppendPagedKV(rewriter, append)))
          return signalPassFailure();
      } else if (auto rope = dyn_cast<RopeOp>(op)) {
        if (failed(lowerRope(rewriter, rope)))
          return signalPassFailure();
      } else if (auto sample = dyn_cast<SampleOp>(op)) {
        if (failed(lowerSample(rewriter, sample)))
          return signalPassFailure();
      } else if (auto merge = dyn_cast<MergeStateOp>(op)) {
        if (failed(lowerMergeState(rewriter, merge)))
          return signalPassFailure();
      } else if (failed(lowerMergeStates(rewriter, cast<MergeStatesOp>(op))))
        return signalPassFailure();
    }
    // Kernels whose dependent (the split-KV merge) may launch as their CTAs drain: from sm_90
    // on, signal it at entry (griddepcontrol.launch_dependents, PTX ISA 7.8); the merge kernel
    // waits for this grid's writes itself.
    for (auto func : getOperation().getOps<gpu::GPUFuncOp>()) {
      if (!func->hasAttr(kProgrammaticPrimaryAttrName))
        continue;
      func->removeAttr(kProgrammaticPrimaryAttrName);
      auto target = getOperation().getTargetsAttr()
                        ? dyn_cast_or_null<NVVM::NVVMTargetAttr>(
                              getOperation().getTargetsAttr().getValue().front())
                        : NVVM::NVVMTargetAttr();
      if (!target || !hasProgrammaticLaunch(target.getChip()))
        continue;
      rewriter.setInsertionPointToStart(&func.getBody().front());
      NVVM::GriddepcontrolOp::create(rewriter, func.getLoc(),
                                     NVVM::GridDepActionKind::launch_dependents);
    }
    // Whatever attn op is left (a KV-source view nobody uses any more) has no meaning on the
    // device; anything else is an error.
    WalkResult leftover = getOperation()->walk([&](Operation *op) {
      if (op->getDialect() && isa<AttnDialect>(op->getDialect())) {
        if (op->use_empty() && isa<PagedKVOp, RaggedKVOp>(op)) {
          rewriter.eraseOp(op);
          return WalkResult::skip();
        }
        op->emitOpError() << "has no lowering inside a kernel";
        return WalkResult::interrupt();
      }
      return WalkResult::advance();
    });
    if (leftover.wasInterrupted())
      signalPassFailure();
  }
};
} // namespace
