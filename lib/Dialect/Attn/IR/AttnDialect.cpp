//===- AttnDialect.cpp - the attn dialect ---------------------------------===//
//
// Registers the attn dialect's ops, attributes and types, and implements the custom
// attribute-parameter parsers shared by the generated code.
//
//===----------------------------------------------------------------------===//

#include "attn/Dialect/Attn/IR/AttnDialect.h"
#include "attn/Dialect/Attn/IR/AttnOps.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/OpImplementation.h"

#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/Format.h"

using namespace mlir;
using namespace mlir::attn;

#include "attn/Dialect/Attn/IR/AttnDialect.cpp.inc"

namespace {
/// Prints KV-source types and kernel configurations under short aliases
/// (`!paged_kv = !attn.paged_kv<...>`), since they repeat on every op that uses them.
struct AttnOpAsmInterface : public OpAsmDialectInterface {
  using OpAsmDialectInterface::OpAsmDialectInterface;
  AliasResult getAlias(Type type, raw_ostream &os) const override {
    StringRef name = TypeSwitch<Type, StringRef>(type)
                         .Case([](PagedKVType) { return "paged_kv"; })
                         .Case([](RaggedKVType) { return "ragged_kv"; })
                         .Default([](Type) { return ""; });
    return printAlias(name, os);
  }
  AliasResult getAlias(Attribute attr, raw_ostream &os) const override {
    StringRef name = TypeSwitch<Attribute, StringRef>(attr)
                         .Case([](KernelConfigAttr) { return "kernel_config"; })
                         .Case([](DecodeLayoutAttr) { return "decode_layout"; })
                         .Case([](PrefillLayoutAttr) { return "prefill_layout"; })
                         .Default([](Attribute) { return ""; });
    return printAlias(name, os);
  }

private:
  /// Prints `name`, when there is one, as an alias the printer may replace on a clash.
  static AliasResult printAlias(StringRef name, raw_ostream &os) {
    if (name.empty())
      return AliasResult::NoAlias;
    os << name;
    return AliasResult::OverridableAlias;
  }
};
} // namespace

void AttnDialect::initialize() {
  addInterfaces<AttnOpAsmInterface>();
  registerAttributes();
  registerTypes();
  addOperations<
#define GET_OP_LIST
#include "attn/Dialect/Attn/IR/AttnOps.cpp.inc"
      >();
}

FailureOr<llvm::APFloat> mlir::attn::detail::parseF64Param(AsmParser &parser) {
  double value;
  if (parser.parseFloat(value))
    return failure();
  return llvm::APFloat(value);
}

void mlir::attn::detail::printF64Param(AsmPrinter &printer, const llvm::APFloat &value) {
  // printFloat keeps the shortest form that round-trips and always shows a decimal point or
  // exponent, so the value re-parses as a float.
  printer.printFloat(value);
}

FailureOr<bool> mlir::attn::detail::parseBoolParam(AsmParser &parser) {
  if (succeeded(parser.parseOptionalKeyword("true")))
    return true;
  if (succeeded(parser.parseOptionalKeyword("false")))
    return false;
  return parser.emitError(parser.getCurrentLocation(), "expected 'true' or 'false'");
}

std::string mlir::attn::detail::formatNumber(double value) {
  std::string str;
  llvm::raw_string_ostream(str) << llvm::format("%g", value);
  return str;
}

bool mlir::attn::isSupportedActivationType(Type type) { return type.isBF16() || type.isF16(); }

bool mlir::attn::isSupportedKVType(Type type) {
  return isSupportedActivationType(type) || isa<Float8E4M3FNType, Float8E5M2Type>(type);
}
