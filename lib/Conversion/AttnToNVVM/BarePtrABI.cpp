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
// and, after convert-gpu-to-nvvm, attn-grid-constant-params makes the tensor-map arguments
// (attn.tensor_map, 128 bytes) by-value __grid_constant__ parameters.
//
//===----------------------------------------------------------------------===//

#include "attn/Conversion/AttnToNVVM/Passes.h"
#include "attn/Dialect/Attn/Utils/KernelConventions.h"

#include "mlir/Conversion/LLVMCommon/MemRefBuilder.h"
#include "mlir/Conversion/LLVMCommon/TypeConverter.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"

namespace mlir::attn {
#define GEN_PASS_DEF_ATTNBAREPTRABI
#define GEN_PASS_DEF_ATTNGRIDCONSTANTPARAMS
#include "attn/Conversion/AttnToNVVM/Passes.h.inc"
} // namespace mlir::attn

using namespace mlir;
using namespace mlir::attn;

/// The bytes of a CUtensorMap, and the alignment CUDA gives it (cuda.h: alignas(64)).
static constexpr int64_t kTensorMapBytes = 128, kTensorMapAlign = 64;
/// attn-bare-ptr-abi's record of a kernel's tensor-map parameters (their positions), for
/// attn-grid-constant-params.
static constexpr StringLiteral kGridConstantParamsAttrName = "attn.grid_constant_params";

/// Why `type` cannot be passed as a bare pointer, or "" when it can: the descriptor is rebuilt
/// from the static strides of an identity layout in the default memory space.
static StringRef whyNotBarePointer(MemRefType type) {
  if (!type.getLayout().isIdentity() || type.getMemorySpace())
    return "expected an identity layout in the default memory space";
  if (llvm::any_of(type.getShape().drop_front(), ShapedType::isDynamic))
    return "only the leading dimension may be dynamic";
  return "";
}

/// The descriptor of a `type` buffer at `ptr`: offset 0, the static sizes and strides of its
/// identity layout. The leading size is never read (no bounds checks): it is "unbounded".
static Value buildDescriptor(OpBuilder &b, Location loc, const LLVMTypeConverter &converter,
                             MemRefType type, Value ptr) {
  constexpr int64_t kUnboundedSize = std::numeric_limits<int64_t>::max();
  auto [strides, offset] = type.getStridesAndOffset();
  auto desc = MemRefDescriptor::poison(b, loc, converter.convertType(type));
  desc.setAllocatedPtr(b, loc, ptr);
  desc.setAlignedPtr(b, loc, ptr);
  desc.setConstantOffset(b, loc, 0);
  for (int64_t d = type.getRank() - 1; d >= 0; --d) {
    int64_t size = type.getDimSize(d);
    desc.setConstantSize(b, loc, d, ShapedType::isDynamic(size) ? kUnboundedSize : size);
    desc.setConstantStride(b, loc, d, strides[d]);
  }
  return desc;
}

LogicalResult mlir::attn::convertKernelArgumentsToBarePointers(gpu::GPUFuncOp func,
                                                               const LLVMTypeConverter &converter) {
  if (!func.isKernel())
    return success();
  MLIRContext *ctx = func.getContext();
  Block &entry = func.getBody().front();
  auto b = OpBuilder::atBlockBegin(&entry);
  Location loc = func.getLoc();
  auto ptrType = LLVM::LLVMPointerType::get(ctx);
  SmallVector<Type> newTypes(func.getArgumentTypes());
  // Only the parameters: workgroup and private attributions follow them as block arguments.
  unsigned numParams = func.getFunctionType().getNumInputs();
  SmallVector<int64_t> tensorMaps;
  for (BlockArgument arg : entry.getArguments().take_front(numParams)) {
    if (func.getArgAttr(arg.getArgNumber(), abi::kTensorMapAttrName)) {
      auto type = dyn_cast<MemRefType>(arg.getType());
      if (!type || type.getShape() != ArrayRef<int64_t>{kTensorMapBytes} ||
          !type.getElementType().isInteger(8))
        return func.emitOpError() << "expected tensor-map argument #" << arg.getArgNumber()
                                  << " to be memref<" << kTensorMapBytes << "xi8>, got "
                                  << arg.getType();
      tensorMaps.push_back(arg.getArgNumber());
    }
    auto type = dyn_cast<MemRefType>(arg.getType());
    if (!type)
      continue;
    if (StringRef why = whyNotBarePointer(type); !why.empty())
      return func.emitOpError() << "cannot pass argument #" << arg.getArgNumber()
                                << " as a bare pointer: " << why << ", got " << type;
    SmallVector<OpOperand *> uses;
    for (OpOperand &use : arg.getUses())
      uses.push_back(&use);
    arg.setType(ptrType);
    newTypes[arg.getArgNumber()] = ptrType;
    Value desc = buildDescriptor(b, loc, converter, type, arg);
    Value memref = UnrealizedConversionCastOp::create(b, loc, type, desc).getResult(0);
    for (OpOperand *use : uses)
      use->set(memref);
  }
  func.setFunctionType(FunctionType::get(ctx, newTypes, {}));
  if (!tensorMaps.empty())
    func->setAttr(kGridConstantParamsAttrName, DenseI64ArrayAttr::get(ctx, tensorMaps));
  return success();
}

namespace {
struct AttnBarePtrABIPass : public attn::impl::AttnBarePtrABIBase<AttnBarePtrABIPass> {
  void runOnOperation() override {
    // Descriptors as convert-gpu-to-nvvm lowers memrefs, so the casts fold away.
    LLVMTypeConverter converter(&getContext());
    for (auto func : getOperation().getOps<gpu::GPUFuncOp>())
      if (failed(convertKernelArgumentsToBarePointers(func, converter)))
        return signalPassFailure();
  }
};
} // namespace

namespace {
struct AttnGridConstantParamsPass
    : public attn::impl::AttnGridConstantParamsBase<AttnGridConstantParamsPass> {
  void runOnOperation() override {
    MLIRContext *ctx = &getContext();
    Builder b(ctx);
    auto bytes = LLVM::LLVMArrayType::get(IntegerType::get(ctx, 8), kTensorMapBytes);
    for (auto func : getOperation().getOps<LLVM::LLVMFuncOp>()) {
      auto params = func->getAttrOfType<DenseI64ArrayAttr>(kGridConstantParamsAttrName);
      if (!params)
        continue;
      // __grid_constant__ is a kernel parameter's (the NVVM verifier rejects it elsewhere).
      if (!func->hasAttr(NVVM::NVVMDialect::getKernelFuncAttrName())) {
        func.emitOpError() << "expected attn.grid_constant_params on a kernel ("
                           << NVVM::NVVMDialect::getKernelFuncAttrName() << ")";
        return signalPassFailure();
      }
      // The function type's parameters: a declaration has no entry block to read them from.
      ArrayRef<Type> types = func.getArgumentTypes();
      for (int64_t i : params.asArrayRef()) {
        if (i < 0 || i >= static_cast<int64_t>(types.size()) ||
            !isa<LLVM::LLVMPointerType>(types[static_cast<size_t>(i)])) {
          func.emitOpError() << "expected parameter #" << i
                             << " of attn.grid_constant_params to be a pointer";
          return signalPassFailure();
        }
        auto index = static_cast<unsigned>(i);
        func.setArgAttr(index, LLVM::LLVMDialect::getByValAttrName(), TypeAttr::get(bytes));
        func.setArgAttr(index, LLVM::LLVMDialect::getAlignAttrName(),
                        b.getI64IntegerAttr(kTensorMapAlign));
        func.setArgAttr(index, NVVM::NVVMDialect::getGridConstantAttrName(), b.getUnitAttr());
      }
      func->removeAttr(kGridConstantParamsAttrName);
    }
  }
};
} // namespace
