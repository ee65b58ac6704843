//===- AttentionKernel.h - what the decode and prefill emitters share -*- C++ -*-===//
//
// attn-tile's decode (TileDecode.cpp) and prefill (TilePrefill.cpp) emitters start from the
// same facts of an outlined attention kernel: the op, its gpu.func and kernel_config, the op's
// own operands and the plan's work list, bound by name (attn-rt/KernelABI.h).
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_LIB_DIALECT_ATTN_TRANSFORMS_ATTENTIONKERNEL_H
#define ATTN_LIB_DIALECT_ATTN_TRANSFORMS_ATTENTIONKERNEL_H

#include "attn/Dialect/Attn/IR/AttnOps.h"
#include "attn/Dialect/Attn/Transforms/Heuristics.h"
#include "attn/Dialect/Attn/Transforms/Transforms.h"
#include "attn/Dialect/Attn/Utils/KernelBuilder.h"
#include "attn/Dialect/Attn/Utils/RuntimeABI.h"

namespace mlir::attn::detail {

/// An attention op inside its outlined kernel, and the kernel parameters both emitters read.
struct AttentionKernel {
  AttentionOp op;
  gpu::GPUFuncOp func;
  KernelConfigAttr config;
  int64_t group = 0, headDim = 0, vec = 0, tileKv = 0, stages = 0;
  // Kernel parameters: the op's own operands, then the plan's work list.
  Value q, qoIndptr, o, lse, ropeOffsets;
  Value workRequest, workKvBegin, workKvEnd, workPartial, numWork, tmpO, tmpLse;
};

/// Sets the op, kernel and config of `k` and the sizes they fix, or fails unless `op` is inside
/// an outlined kernel with a kernel_config of `strategy`.
inline LogicalResult gatherKernel(AttentionOp op, Strategy strategy, AttentionKernel &k) {
  k.op = op;
  k.func = op->getParentOfType<gpu::GPUFuncOp>();
  if (!k.func)
    return op.emitOpError() << "expected to be inside an outlined kernel (run attn-outline)";
  std::optional<KernelConfigAttr> config = op.getKernelConfig();
  if (!config || config->getStrategy() != strategy)
    return op.emitOpError() << "expected a " << stringifyStrategy(strategy) << " kernel_config";
  k.config = *config;
  k.group = op.getGroupSize();
  k.headDim = op.getHeadDim();
  k.vec = config->getVec();
  k.tileKv = config->getTileKv();
  k.stages = config->getStages();
  return success();
}

/// Sets `layout` to what `getLayout` derives from the op and its kernel_config, or fails when
/// the config does not fit the op.
template <typename Layout>
LogicalResult deriveLayout(const AttentionKernel &k,
                           std::optional<Layout> (*getLayout)(const AttentionProblem &,
                                                              const KernelChoice &, std::string &),
                           Layout &layout) {
  AttentionOp op = k.op;
  std::string why;
  std::optional<Layout> derived =
      getLayout(getAttentionProblem(op, k.config.getSm()), getKernelChoice(k.config), why);
  if (!derived)
    return op.emitOpError() << "kernel_config does not fit the op: " << why;
  layout = *derived;
  return success();
}

/// Fails unless a vector of `k.vec` elements of `elt` is one 16-byte access.
inline LogicalResult checkVectorWidth(const AttentionKernel &k, Type elt) {
  if (k.vec * static_cast<int64_t>(elt.getIntOrFloatBitWidth() / 8) == kVectorBytes)
    return success();
  AttentionOp op = k.op;
  return op.emitOpError() << "expected kernel_config vec (" << k.vec
                          << ") to make 16-byte vectors of " << elt;
}

/// Fails unless the op's RoPE, if any, rotates whole pairs of vectors.
inline LogicalResult checkRopeWidth(const AttentionKernel &k) {
  AttentionOp op = k.op;
  std::optional<RopeAttr> rope = op.getRope();
  if (!rope || rope->getRotaryDim() % (2 * k.vec) == 0)
    return success();
  return op.emitOpError() << stringifyStrategy(k.config.getStrategy()) << " RoPE needs rotary_dim ("
                          << rope->getRotaryDim() << ") to be a multiple of 2 * vec (" << 2 * k.vec
                          << ")";
}

/// Sets the op's operands of `k` and binds its work list: first `extra` (the strategy's own
/// work parameters), then those of every kernel; the partial outputs only with split KV.
inline LogicalResult bindKernelParams(AttentionKernel &k, ArrayRef<NamedParam> extra) {
  k.q = k.op.getQ();
  k.qoIndptr = k.op.getQoIndptr();
  k.o = k.op.getO();
  k.lse = k.op.getLse();
  k.ropeOffsets = k.op.getRopeOffsets();
  if (failed(bindParams(k.op, k.func, extra)))
    return failure();
  bool split = k.config.getSplitKv();
  return bindParams(k.op, k.func,
                    {{rtabi::decode::kWorkRequest, &k.workRequest, true},
                     {rtabi::decode::kWorkKvBegin, &k.workKvBegin, true},
                     {rtabi::decode::kWorkKvEnd, &k.workKvEnd, true},
                     {rtabi::decode::kWorkPartial, &k.workPartial, true},
                     {rtabi::decode::kNumWork, &k.numWork, true},
                     {rtabi::decode::kTmpO, &k.tmpO, split},
                     {rtabi::decode::kTmpLse, &k.tmpLse, split}});
}

} // namespace mlir::attn::detail

#endif // ATTN_LIB_DIALECT_ATTN_TRANSFORMS_ATTENTIONKERNEL_H
