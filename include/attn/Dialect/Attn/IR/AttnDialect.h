//===- AttnDialect.h - the attn dialect, its attributes and types -*- C++ -*-===//
//
// Declares the attn dialect, its enums (mask kind, KV layout, RoPE kind, strategy), its
// attributes (#attn.mask, #attn.rope, #attn.kernel_config) and its KV-source types
// (!attn.paged_kv, !attn.ragged_kv).
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_DIALECT_ATTN_IR_ATTNDIALECT_H
#define ATTN_DIALECT_ATTN_IR_ATTNDIALECT_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/DialectImplementation.h"

#include <optional>
#include <string>

namespace mlir::attn::detail {
/// Custom parameter parsers/printers used by the generated attribute code.
FailureOr<llvm::APFloat> parseF64Param(AsmParser &parser);
void printF64Param(AsmPrinter &printer, const llvm::APFloat &value);
FailureOr<bool> parseBoolParam(AsmParser &parser);
/// Formats a number for a diagnostic as a person writes it ("0.5", "500000").
std::string formatNumber(double value);
} // namespace mlir::attn::detail

#include "attn/Dialect/Attn/IR/AttnDialect.h.inc"
#include "attn/Dialect/Attn/IR/AttnEnums.h.inc"

#define GET_ATTRDEF_CLASSES
#include "attn/Dialect/Attn/IR/AttnAttrs.h.inc"

#define GET_TYPEDEF_CLASSES
#include "attn/Dialect/Attn/IR/AttnTypes.h.inc"

namespace mlir::attn {
/// Element types the dialect accepts for queries, outputs and 16-bit KV caches.
bool isSupportedActivationType(Type type);
/// Element types the dialect accepts for KV caches: the activation types and fp8 (e4m3, e5m2).
bool isSupportedKVType(Type type);
} // namespace mlir::attn

#endif // ATTN_DIALECT_ATTN_IR_ATTNDIALECT_H
