//===- AttnToNVVM.h - attn to NVVM conversion patterns ---------*- C++ -*-===//
//
// The patterns behind convert-attn-to-nvvm, one per attn op, collected by op family so that a
// pass (or another target's pattern set) can take them. The ops they lower sit inside kernels
// and are rewritten into gpu, nvgpu, nvvm, arith, vector, scf and memref IR; memref
// descriptors and address spaces come from the LLVMTypeConverter the patterns are built with.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_CONVERSION_ATTNTONVVM_ATTNTONVVM_H
#define ATTN_CONVERSION_ATTNTONVVM_ATTNTONVVM_H

namespace mlir {
class ConversionTarget;
class LLVMTypeConverter;
class RewritePatternSet;
} // namespace mlir

namespace mlir::attn {

/// Marks the attn ops that populateAttnToNVVMConversionPatterns lowers illegal; every other op
/// stays legal (the conversion is partial: the rest of the kernel is lowered by upstream
/// passes).
void configureAttnToNVVMConversionLegality(ConversionTarget &target);

/// The tile-level ops on sm_80 and later: attn.kv_tile_pages, attn.copy_kv_tile (cp.async),
/// attn.commit_kv_tiles / attn.wait_kv_tiles, attn.mma (mma.sync m16n8k16) and
/// attn.recompute; and attn.attention, which fails: it must be tiled first.
void populateAttnTileOpsToNVVMPatterns(const LLVMTypeConverter &converter,
                                       RewritePatternSet &patterns);

/// The bodies of the kernels attn-outline made for attn.merge_states, attn.merge_state,
/// attn.append_paged_kv, attn.rope and attn.sample. They stay in memref and vector IR, so
/// `converter` is not used today; it is taken so that every family has the same signature.
void populateAttnOpKernelsToNVVMPatterns(const LLVMTypeConverter &converter,
                                         RewritePatternSet &patterns);

/// All of the above.
void populateAttnToNVVMConversionPatterns(const LLVMTypeConverter &converter,
                                          RewritePatternSet &patterns);

} // namespace mlir::attn

#endif // ATTN_CONVERSION_ATTNTONVVM_ATTNTONVVM_H
