//===- BufferizableOpInterfaceImpl.cpp - bufferizing attn tensor ops ------===//
//
// attn.tensor_attention bufferizes to the memref-level ops of today's pipeline:
//   %kv = attn.ragged_kv k(buffer(k)) v(buffer(v)) indptr(buffer(kv_indptr))
//   attn.attention q(buffer(q)) qo_indptr(...) kv(%kv) outs(buffer(o_init)[, buffer(lse_init)])
// The op is in destination-passing style: each result is equivalent to its init, and the inits
// are overwritten without being read (every output row is written, empty rows included).
//
//===----------------------------------------------------------------------===//

#include "attn/Dialect/Attn/Transforms/BufferizableOpInterfaceImpl.h"
#include "attn/Dialect/Attn/IR/AttnDialect.h"
#include "attn/Dialect/Attn/IR/AttnOps.h"

#include "mlir/Dialect/Bufferization/IR/BufferizableOpInterface.h"
#include "mlir/Dialect/Bufferization/IR/DstBufferizableOpInterfaceImpl.h"
#include "mlir/IR/DialectRegistry.h"

using namespace mlir;
using namespace mlir::attn;
using namespace mlir::bufferization;

namespace {
struct TensorAttentionOpInterface
    : public DstBufferizableOpInterfaceExternalModel<TensorAttentionOpInterface,
                                                     TensorAttentionOp> {
  /// Inputs are read; the inits are only written.
  bool bufferizesToMemoryRead(Operation *op, OpOperand &opOperand,
                              const AnalysisState &state) const {
    return !cast<DestinationStyleOpInterface>(op).isDpsInit(&opOperand);
  }

  LogicalResult bufferize(Operation *op, RewriterBase &rewriter,
                          const BufferizationOptions &options,
                          BufferizationState &state) const {
    auto attnOp = cast<TensorAttentionOp>(op);
    auto buffer = [&](Value v) { return getBuffer(rewriter, v, options, state); };
    FailureOr<Value> q = buffer(attnOp.getQ()), qoIndptr = buffer(attnOp.getQoIndptr()),
                     k = buffer(attnOp.getK()), v = buffer(attnOp.getV()),
                     kvIndptr = buffer(attnOp.getKvIndptr()), o = buffer(attnOp.getOInit());
    if (failed(q) || failed(qoIndptr) || failed(k) || failed(v) || failed(kvIndptr) ||
        failed(o))
      return failure();
    Value lse;
    if (Value lseInit = attnOp.getLseInit()) {
      FailureOr<Value> lseBuffer = buffer(lseInit);
      if (failed(lseBuffer))
        return failure();
      lse = *lseBuffer;
    }

    Location loc = op->getLoc();
    auto kType = cast<RankedTensorType>(attnOp.getK().getType());
    auto kvType = RaggedKVType::get(op->getContext(), kType.getDimSize(1), kType.getDimSize(2),
                                    kType.getElementType());
    rewriter.setInsertionPoint(op);
    Value kv = RaggedKVOp::create(rewriter, loc, kvType, *k, *v, *kvIndptr);
    auto attention = AttentionOp::create(
        rewriter, loc, *q, *qoIndptr, kv, /*custom_mask=*/Value(), /*mask_indptr=*/Value(),
        /*block_indptr=*/Value(), /*block_indices=*/Value(), /*alibi_slopes=*/Value(),
        /*rope_offsets=*/Value(), *o, lse, attnOp.getMaskAttr(), attnOp.getSmScaleAttr(),
        attnOp.getLogitsSoftCapAttr(), attnOp.getAlibiAttr(), attnOp.getRopeAttr(),
        attnOp.getMaxQoLenAttr(), /*kernel_config=*/nullptr);
    (void)attention;
    SmallVector<Value> results = {*o};
    if (lse)
      results.push_back(lse);
    replaceOpWithBufferizedValues(rewriter, op, results);
    return success();
  }
};
} // namespace

void mlir::attn::registerBufferizableOpInterfaceExternalModels(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, AttnDialect *) {
    TensorAttentionOp::attachInterface<TensorAttentionOpInterface>(*ctx);
  });
}
