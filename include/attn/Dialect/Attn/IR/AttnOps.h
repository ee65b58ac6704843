//===- AttnOps.h - operations of the attn dialect -------------*- C++ -*-===//
//
// Declares attn.paged_kv, attn.ragged_kv, attn.attention, attn.merge_state,
// attn.merge_states, attn.append_paged_kv and attn.rope.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_DIALECT_ATTN_IR_ATTNOPS_H
#define ATTN_DIALECT_ATTN_IR_ATTNOPS_H

#include "attn/Dialect/Attn/IR/AttnDialect.h"

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#define GET_OP_CLASSES
#include "attn/Dialect/Attn/IR/AttnOps.h.inc"

namespace mlir::attn {
/// Whether `type` is a page pool whose pages lie a (static or dynamic) stride apart, each page
/// contiguous: strides `[s, <the identity strides of one page>]` with s dynamic or at least
/// one page, and offset 0 unless `allowOffset` (any offset then). The identity layout is one
/// (s = one page); so is `strided<[4096, 256, 16, 1]>` on `memref<?x8x16x16xbf16>`, the K half
/// of a combined [pages, 2, 8, 16, 16] cache (its V half has offset 2048).
bool isPagePoolLayout(MemRefType type, bool allowOffset = false);

/// `type` with its leading (page) stride made dynamic: the view a paged kernel reads a pool
/// through when the page stride is a runtime argument.
MemRefType getDynamicPageStrideType(MemRefType type);
} // namespace mlir::attn

#endif // ATTN_DIALECT_ATTN_IR_ATTNOPS_H
