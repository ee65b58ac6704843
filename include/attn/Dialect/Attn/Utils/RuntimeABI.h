//===- RuntimeABI.h - the runtime's kernel ABI, as the compiler names it -*- C++ -*-===//
//
// The kernel parameter names, families and plan layouts the runtime reads
// (attn-rt/KernelABI.h), under the one short name every compiler file uses: `rtabi`. The
// runtime header depends on nothing, so this header keeps the Utils layering.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_DIALECT_ATTN_UTILS_RUNTIMEABI_H
#define ATTN_DIALECT_ATTN_UTILS_RUNTIMEABI_H

#include "attn-rt/KernelABI.h"

namespace mlir::attn {
namespace rtabi = ::attn::rt::abi;
} // namespace mlir::attn

#endif // ATTN_DIALECT_ATTN_UTILS_RUNTIMEABI_H
