//===- BarePtrABI.cpp - attn-bare-ptr-abi ---------------------------------===//
//
// Turns each memref kernel argument into one !llvm.ptr and rebuilds its descriptor inside the
// kernel, so the runtime passes one device pointer per buffer:
//
//   gpu.func @k(%q: memref<?x32x128xbf16>)
//     ->
//   gpu.func @k(%p: !llvm.ptr) {
//     %d = <descriptor {allocated = %p, aligned = %p, offset = 0, sizes = [max, 32, 128],
//                       strides = [4096, 128, 1]}>
//     %q = builtin.unrealized_conversion_cast %d : !llvm.struct<...> to memref<?x32x128xbf16>
//
//===----------------------------------------------------------------------===//

#include "attn/Conversion/AttnToNVVM/Passes.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"

namespace mlir::attn {
#define GEN_PASS_DEF_ATTNBAREPTRABI
#include "attn/Conversion/AttnToNVVM/Passes.h.inc"
} // namespace mlir::attn

using namespace mlir;
using namespace mlir::attn;

LogicalResult mlir::attn::convertKernelArgumentsToBarePointers(gpu::GPUFuncOp func) {
  if (!func.isKernel())
    return success();
  MLIRContext *ctx = func.getContext();
  OpBuilder b(ctx);
  Block &entry = func.getBody().front();
  b.setInsertionPointToStart(&entry);
  Location loc = func.getLoc();
  auto i64 = b.getI64Type();
  auto ptrType = LLVM::LLVMPointerType::get(ctx);
  // The leading size of a buffer is never read (no bounds checks); record "unbounded".
  constexpr int64_t kUnboundedSize = std::numeric_limits<int64_t>::max();

  SmallVector<Type> newTypes(func.getArgumentTypes());
  // Only the parameters: workgroup and private attributions follow them as block arguments.
  unsigned numParams = func.getFunctionType().getNumInputs();
  for (BlockArgument arg : entry.getArguments().take_front(numParams)) {
    auto type = dyn_cast<MemRefType>(arg.getType());
    if (!type)
      continue;
    if (!type.getLayout().isIdentity() || type.getMemorySpace())
      return func.emitOpError() << "cannot pass argument #" << arg.getArgNumber()
                                << " as a bare pointer: expected an identity layout in the "
                                   "default memory space, got "
                                << type;
    ArrayRef<int64_t> shape = type.getShape();
    if (llvm::any_of(shape.drop_front(), ShapedType::isDynamic))
      return func.emitOpError() << "cannot pass argument #" << arg.getArgNumber()
                                << " as a bare pointer: only the leading dimension may be "
                                   "dynamic, got "
                                << type;
    int64_t rank = type.getRank();
    auto arrayType = LLVM::LLVMArrayType::get(i64, rank);
    auto descType = LLVM::LLVMStructType::getLiteral(
        ctx, {ptrType, ptrType, i64, arrayType, arrayType});
    SmallVector<OpOperand *> uses;
    for (OpOperand &use : arg.getUses())
      uses.push_back(&use);
    arg.setType(ptrType);
    newTypes[arg.getArgNumber()] = ptrType;

    auto constant = [&](int64_t v) {
      return LLVM::ConstantOp::create(b, loc, i64, b.getI64IntegerAttr(v)).getResult();
    };
    Value desc = LLVM::PoisonOp::create(b, loc, descType);
    desc = LLVM::InsertValueOp::create(b, loc, desc, arg, ArrayRef<int64_t>{0});
    desc = LLVM::InsertValueOp::create(b, loc, desc, arg, ArrayRef<int64_t>{1});
    desc = LLVM::InsertValueOp::create(b, loc, desc, constant(0), ArrayRef<int64_t>{2});
    int64_t stride = 1;
    for (int64_t d = rank - 1; d >= 0; --d) {
      int64_t size = ShapedType::isDynamic(shape[d]) ? kUnboundedSize : shape[d];
      desc = LLVM::InsertValueOp::create(b, loc, desc, constant(size), ArrayRef<int64_t>{3, d});
      desc = LLVM::InsertValueOp::create(b, loc, desc, constant(stride), ArrayRef<int64_t>{4, d});
      if (d > 0)
        stride *= shape[d];
    }
    Value memref = UnrealizedConversionCastOp::create(b, loc, type, desc).getResult(0);
    for (OpOperand *use : uses)
      use->set(memref);
  }
  func.setFunctionType(FunctionType::get(ctx, newTypes, {}));
  return success();
}

namespace {
struct AttnBarePtrABIPass : public attn::impl::AttnBarePtrABIBase<AttnBarePtrABIPass> {
  void runOnOperation() override {
    for (auto func : getOperation().getOps<gpu::GPUFuncOp>())
      if (failed(convertKernelArgumentsToBarePointers(func)))
        return signalPassFailure();
  }
};
} // namespace
