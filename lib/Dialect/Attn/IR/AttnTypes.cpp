//===- AttnTypes.cpp - types of the attn dialect --------------------------===//
//
// Verifiers and helpers of !attn.paged_kv and !attn.ragged_kv.
//
//===----------------------------------------------------------------------===//

#include "attn/Dialect/Attn/IR/AttnDialect.h"

#include "mlir/IR/Builders.h"

#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/MathExtras.h"

using namespace mlir;
using namespace mlir::attn;

#define GET_TYPEDEF_CLASSES
#include "attn/Dialect/Attn/IR/AttnTypes.cpp.inc"

void AttnDialect::registerTypes() {
  addTypes<
#define GET_TYPEDEF_LIST
#include "attn/Dialect/Attn/IR/AttnTypes.cpp.inc"
      >();
}

static LogicalResult verifyHeads(function_ref<InFlightDiagnostic()> emitError, int64_t numHeads,
                                 int64_t headDim, Type elementType) {
  if (numHeads <= 0)
    return emitError() << "expected num_heads (" << numHeads << ") to be positive";
  // Kernels move head rows in 16-byte vectors of 16-bit elements and feed m16n8k16 MMAs.
  constexpr int64_t kHeadDimMultiple = 16;
  if (headDim <= 0 || headDim % kHeadDimMultiple != 0)
    return emitError() << "expected head_dim (" << headDim << ") to be a positive multiple of "
                       << kHeadDimMultiple;
  if (!isSupportedKVType(elementType))
    return emitError() << "expected element_type to be bf16, f16, f8E4M3FN or f8E5M2, got "
                       << elementType;
  return success();
}

LogicalResult PagedKVType::verify(function_ref<InFlightDiagnostic()> emitError, int64_t pageSize,
                                  KVLayout layout, int64_t numHeads, int64_t headDim,
                                  Type elementType) {
  if (pageSize <= 0 || !llvm::isPowerOf2_64(pageSize))
    return emitError() << "expected page_size (" << pageSize << ") to be a power of two";
  return verifyHeads(emitError, numHeads, headDim, elementType);
}

SmallVector<int64_t, 4> PagedKVType::getPoolShape() const {
  if (getLayout() == KVLayout::NHD)
    return {ShapedType::kDynamic, getPageSize(), getNumHeads(), getHeadDim()};
  return {ShapedType::kDynamic, getNumHeads(), getPageSize(), getHeadDim()};
}

LogicalResult RaggedKVType::verify(function_ref<InFlightDiagnostic()> emitError, int64_t numHeads,
                                   int64_t headDim, Type elementType) {
  return verifyHeads(emitError, numHeads, headDim, elementType);
}
