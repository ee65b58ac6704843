//===- ExternDynamicShared.cpp - attn-extern-dynamic-shared ---------------===//
//
// The dynamic shared memory symbols of a GPU module as CUDA declares them (see Passes.td):
//
//   llvm.mlir.global internal @__dynamic_shmem__0() {addr_space = 3 : i32, alignment = 16}
//       : !llvm.array<0 x i8>
// becomes
//   llvm.mlir.global external @__dynamic_shmem__0() {addr_space = 3 : i32, alignment = 1024}
//       : !llvm.array<0 x i8>
//
// which the NVPTX backend prints as `.extern .shared .align 1024 .b8 __dynamic_shmem__0[];`.
//
//===----------------------------------------------------------------------===//

#include "attn/Conversion/AttnToNVVM/Passes.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"

namespace mlir::attn {
#define GEN_PASS_DEF_ATTNEXTERNDYNAMICSHARED
#include "attn/Conversion/AttnToNVVM/Passes.h.inc"
} // namespace mlir::attn

using namespace mlir;

namespace {
/// A zero-length array in shared memory without an initializer: only a dynamic shared memory
/// base can be that (a static buffer has a length).
bool isDynamicSharedBase(LLVM::GlobalOp global) {
  auto array = dyn_cast<LLVM::LLVMArrayType>(global.getGlobalType());
  return array && array.getNumElements() == 0 && !global.getValueOrNull() &&
         global.getInitializerRegion().empty() &&
         global.getAddrSpace() == static_cast<unsigned>(NVVM::NVVMMemorySpace::Shared);
}

struct AttnExternDynamicSharedPass
    : public attn::impl::AttnExternDynamicSharedBase<AttnExternDynamicSharedPass> {
  using AttnExternDynamicSharedBase::AttnExternDynamicSharedBase;

  void runOnOperation() override {
    for (auto global : getOperation().getOps<LLVM::GlobalOp>())
      if (isDynamicSharedBase(global)) {
        global.setLinkage(LLVM::Linkage::External);
        global.setDsoLocal(false);
        if (global.getAlignment().value_or(0) < static_cast<uint64_t>(minAlignment))
          global.setAlignment(static_cast<uint64_t>(minAlignment));
      }
  }
};
} // namespace
