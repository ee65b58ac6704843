//===- ApproxTanh.cpp - attn-approx-tanh ----------------------------------===//
//
// Scalar f32 math.tanh with the afn fast-math flag as LLVM's tanh intrinsic with that flag,
// which the NVPTX backend selects as tanh.approx.f32 (see Passes.td):
//
//   %t = math.tanh %x fastmath<afn> : f32
// becomes
//   %t = llvm.intr.tanh(%x) {fastmathFlags = #llvm.fastmath<afn>} : (f32) -> f32
//
//===----------------------------------------------------------------------===//

#include "attn/Conversion/AttnToNVVM/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/WalkPatternRewriteDriver.h"

namespace mlir::attn {
#define GEN_PASS_DEF_ATTNAPPROXTANH
#include "attn/Conversion/AttnToNVVM/Passes.h.inc"
} // namespace mlir::attn

using namespace mlir;

namespace {
struct ApproxTanhPattern : OpRewritePattern<math::TanhOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(math::TanhOp op, PatternRewriter &rewriter) const override {
    if (!op.getType().isF32())
      return rewriter.notifyMatchFailure(op, "not a scalar f32");
    if (!arith::bitEnumContainsAll(op.getFastmath(), arith::FastMathFlags::afn))
      return rewriter.notifyMatchFailure(op, "no afn flag: the accurate tanh is asked for");
    // (LLVM auto-upgrades the older llvm.nvvm.tanh.approx.f32 to exactly this.)
    rewriter.replaceOpWithNewOp<LLVM::TanhOp>(
        op, op.getType(), op.getOperand(),
        LLVM::FastmathFlagsAttr::get(getContext(), LLVM::FastmathFlags::afn));
    return success();
  }
};

struct AttnApproxTanhPass : public attn::impl::AttnApproxTanhBase<AttnApproxTanhPass> {
  using AttnApproxTanhBase::AttnApproxTanhBase;

  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<ApproxTanhPattern>(&getContext());
    walkAndApplyPatterns(getOperation(), std::move(patterns));
  }
};
} // namespace
