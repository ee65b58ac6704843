//===- AttnOpsVerify.h - verifier pieces the attention ops share -*- C++ -*-===//
//
// Checks that attn.attention (memrefs) and attn.tensor_attention (tensors) both make; private
// to the IR library.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_LIB_DIALECT_ATTN_IR_ATTNOPSVERIFY_H
#define ATTN_LIB_DIALECT_ATTN_IR_ATTNOPSVERIFY_H

#include "mlir/IR/Operation.h"
#include "llvm/ADT/APFloat.h"

#include <optional>

namespace mlir::attn::detail {
/// Fails with a diagnostic on `op` unless sm_scale and logits_soft_cap, where present, are
/// positive and finite.
LogicalResult verifyScoreModifiers(Operation *op, std::optional<llvm::APFloat> smScale,
                                   std::optional<llvm::APFloat> logitsSoftCap);
} // namespace mlir::attn::detail

#endif // ATTN_LIB_DIALECT_ATTN_IR_ATTNOPSVERIFY_H
