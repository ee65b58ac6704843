//===- AttnToNVVM.cpp - convert-attn-to-nvvm ------------------------------===//
//
// The pass: lowers every attn op left inside a gpu.module's kernels (decode attention, merge)
// with the emitters of DecodeKernel.cpp and MergeKernel.cpp.
//
//===----------------------------------------------------------------------===//

#include "attn/Conversion/AttnToNVVM/Passes.h"
#include "attn/Dialect/Attn/IR/AttnOps.h"

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

namespace {
struct ConvertAttnToNVVMPass
    : public attn::impl::ConvertAttnToNVVMBase<ConvertAttnToNVVMPass> {
  void runOnOperation() override {
    SmallVector<Operation *> ops;
    getOperation()->walk([&](Operation *op) {
      if (isa<AttentionOp, MergeStatesOp>(op))
        ops.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (Operation *op : ops) {
      LogicalResult result = failure();
      if (auto attention = dyn_cast<AttentionOp>(op)) {
        std::optional<KernelConfigAttr> config = attention.getKernelConfig();
        if (config && config->getStrategy() == Strategy::Prefill) {
          attention.emitOpError() << "the prefill strategy has no lowering yet";
          return signalPassFailure();
        }
        result = lowerDecodeAttention(rewriter, attention);
      } else {
        result = lowerMergeStates(rewriter, cast<MergeStatesOp>(op));
      }
      if (failed(result))
        return signalPassFailure();
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
