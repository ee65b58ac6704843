//===- AttnDialect.td - the attn dialect definition -------*- tablegen -*-===//
//
// The `attn` dialect: attention for LLM inference as ops, attributes and types.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_DIALECT_ATTN_IR_ATTNDIALECT_TD
#define ATTN_DIALECT_ATTN_IR_ATTNDIALECT_TD

include "mlir/IR/OpBase.td"
include "mlir/IR/AttrTypeBase.td"

def Attn_Dialect : Dialect {
  let name = "attn";
  let cppNamespace = "::mlir::attn";
  let summary = "Attention kernels for LLM inference";
  let description = [{
    The `attn` dialect describes the attention computations of LLM serving (prefill, decode,
    append over ragged or paged KV caches) and their companion operations (merging partial
    attention states, appending K/V to a paged cache, rotary embeddings) at the level of device
    buffers. One op, `attn.attention`, carries the computation; its variants (mask, score
    modifiers, fused RoPE, head grouping, KV source) are typed attributes, optional operands and
    typed KV-source values, so any combination the hardware path supports can be written.

    Operands are memrefs: the dialect describes kernels over device buffers. Token dimensions
    are dynamic; head counts and head dimensions are static because every kernel is specialised
    for them.
  }];
  let useDefaultAttributePrinterParser = 1;
  let useDefaultTypePrinterParser = 1;
  let dependentDialects = ["::mlir::memref::MemRefDialect"];
  let extraClassDeclaration = [{
    void registerAttributes();
    void registerTypes();
  }];
}

class Attn_Op<string mnemonic, list<Trait> traits = []>
    : Op<Attn_Dialect, mnemonic, traits>;

class Attn_Attr<string name, string attrMnemonic, list<Trait> traits = []>
    : AttrDef<Attn_Dialect, name, traits> {
  let mnemonic = attrMnemonic;
}

class Attn_Type<string name, string typeMnemonic, list<Trait> traits = []>
    : TypeDef<Attn_Dialect, name, traits> {
  let mnemonic = typeMnemonic;
}

// A 64-bit float attribute parameter printed as a plain number (`theta = 500000.0`).
class Attn_F64Param : AttrParameter<"::llvm::APFloat", "a 64-bit float"> {
  let parser = "::mlir::attn::detail::parseF64Param($_parser)";
  let printer = "::mlir::attn::detail::printF64Param($_printer, $_self)";
  let comparator = "$_lhs.bitwiseIsEqual($_rhs)";
}
class Attn_DefaultF64Param<string value> : Attn_F64Param {
  let defaultValue = "::llvm::APFloat(" # value # ")";
}

#endif // ATTN_DIALECT_ATTN_IR_ATTNDIALECT_TD
