//===- AttnTensorOps.cpp - value-semantics attn ops -----------------------===//
//
// Verifier and destination-passing hooks of attn.tensor_attention.
//
//===----------------------------------------------------------------------===//

#include "AttnOpsVerify.h"
#include "attn/Dialect/Attn/IR/AttnOps.h"

#include "mlir/IR/BuiltinTypes.h"

#include <cmath>

using namespace mlir;
using namespace mlir::attn;

MutableOperandRange TensorAttentionOp::getDpsInitsMutable() {
  // o_init and the optional lse_init are the last operands.
  unsigned start = getODSOperandIndexAndLength(5).first;
  return MutableOperandRange(getOperation(), start, getLseInit() ? 2 : 1);
}

/// A rank-3 [tokens, heads, head_dim] tensor with static, positive heads and head_dim.
static LogicalResult verifyTokenHeadsDim(Operation *op, StringRef what, Value value) {
  auto type = cast<RankedTensorType>(value.getType());
  if (type.getRank() != 3 || type.isDynamicDim(1) || type.isDynamicDim(2) ||
      type.getDimSize(1) <= 0 || type.getDimSize(2) <= 0)
    return op->emitOpError() << "expected " << what
                             << " to be a rank-3 tensor [tokens, heads, head_dim] with static "
                                "heads and head_dim, got "
                             << type;
  return success();
}

static bool dimsCompatible(int64_t a, int64_t b) {
  return ShapedType::isDynamic(a) || ShapedType::isDynamic(b) || a == b;
}

LogicalResult TensorAttentionOp::verify() {
  Operation *op = getOperation();
  for (auto [name, value] : {std::pair<StringRef, Value>{"q", getQ()}, {"k", getK()},
                             {"v", getV()}, {"o_init", getOInit()}})
    if (failed(verifyTokenHeadsDim(op, name, value)))
      return failure();
  auto qType = cast<RankedTensorType>(getQ().getType());
  auto kType = cast<RankedTensorType>(getK().getType());
  auto vType = cast<RankedTensorType>(getV().getType());
  auto oType = cast<RankedTensorType>(getOInit().getType());
  Type elt = qType.getElementType();
  if (!isSupportedActivationType(elt))
    return emitOpError() << "expected q element type to be bf16 or f16, got " << elt;
  if (kType != vType)
    return emitOpError() << "expected k and v of one type, got " << kType << " and " << vType;
  if (kType.getElementType() != elt)
    return emitOpError() << "expected k element type (" << kType.getElementType()
                         << ") to match q element type (" << elt << ")";
  int64_t numQoHeads = qType.getDimSize(1), headDim = qType.getDimSize(2);
  int64_t numKvHeads = kType.getDimSize(1);
  if (kType.getDimSize(2) != headDim)
    return emitOpError() << "expected k head_dim (" << kType.getDimSize(2)
                         << ") to match q head_dim (" << headDim << ")";
  if (numQoHeads % numKvHeads != 0)
    return emitOpError() << "expected num_qo_heads (" << numQoHeads
                         << ") to be a multiple of num_kv_heads (" << numKvHeads << ")";
  if (oType.getElementType() != elt || oType.getDimSize(1) != numQoHeads ||
      oType.getDimSize(2) != headDim || !dimsCompatible(oType.getDimSize(0), qType.getDimSize(0)))
    return emitOpError() << "expected o_init of q's shape and element type (" << qType
                         << "), got " << oType;
  if (getO().getType() != oType)
    return emitOpError() << "expected result type (" << getO().getType()
                         << ") to match o_init type (" << oType << ")";
  if (Value lseInit = getLseInit()) {
    auto lseType = cast<RankedTensorType>(lseInit.getType());
    if (lseType.getDimSize(1) != numQoHeads ||
        !dimsCompatible(lseType.getDimSize(0), qType.getDimSize(0)))
      return emitOpError() << "expected lse_init of shape [tokens, num_qo_heads (" << numQoHeads
                           << ")], got " << lseType;
    if (!getLse() || getLse().getType() != lseType)
      return emitOpError() << "expected an lse result of the lse_init type (" << lseType << ")";
  } else if (getLse()) {
    return emitOpError() << "unexpected lse result without an lse_init operand";
  }

  MaskAttr mask = getMask();
  if (mask.getKind() != MaskKind::None && mask.getKind() != MaskKind::Causal)
    return emitOpError() << "expected a none or causal mask, got " << mask
                         << ": custom and block-sparse masks need the memref-level attn.attention";
  if (failed(detail::verifyScoreModifiers(op, getSmScale(), getLogitsSoftCap())))
    return failure();
  if (std::optional<RopeAttr> rope = getRope())
    if (rope->getRotaryDim() > headDim)
      return emitOpError() << "expected rope rotary_dim (" << rope->getRotaryDim()
                           << ") to be at most head_dim (" << headDim << ")";
  return success();
}
