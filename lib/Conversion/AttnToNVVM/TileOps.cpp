//===- TileOps.cpp - the tile-level attn ops on sm_80+ ----------------------===//
//
// attn.kv_tile_pages becomes the page-index loads, attn.copy_kv_tile one 16-byte cp.async
// (cp.async.cg, zero-filled past the end of the range) per row and tensor, and the commit/wait
// ops cp.async.commit_group / cp.async.wait_group (PTX ISA, "cp.async"). A synchronous copy is
// an asynchronous one followed by its own commit and a wait for it.
//
//===----------------------------------------------------------------------===//

#include "attn/Conversion/AttnToNVVM/Passes.h"
#include "attn/Dialect/Attn/IR/AttnOps.h"
#include "attn/Dialect/Attn/Utils/KernelBuilder.h"

#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Dialect/NVGPU/IR/NVGPUDialect.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;
using namespace mlir::attn;
using namespace mlir::attn::detail;

/// Key j of the thread's rows of a tile: kv_begin + tile * tile_kv + group * rows + j.
template <typename TileOp>
static Value tileKey(KernelBuilder &b, TileOp op, int64_t j) {
  Value tileStart = b.add(op.getKvBegin(), b.mul(op.getTile(), b.idx(op.getTileKv())));
  Value row = b.add(b.mul(op.getGroup(), b.idx(op.getRowsPerGroup())), b.idx(j));
  return b.add(tileStart, row);
}

void mlir::attn::lowerKVTilePages(RewriterBase &rewriter, KVTilePagesOp op) {
  KernelBuilder b(op.getLoc(), rewriter);
  b.setInsertionPoint(op);
  SmallVector<Value> pages;
  Value last = b.sub(op.getKvEnd(), b.idx(1));
  for (int64_t j = 0; j < op.getRowsPerGroup(); ++j) {
    Value clamped = b.minIdx(tileKey(b, op, j), last);
    pages.push_back(b.loadIndex(
        op.getKvIndices(), {b.add(op.getPageBegin(), b.div(clamped, b.idx(op.getPageSize())))}));
  }
  rewriter.replaceOp(op, pages);
}

void mlir::attn::lowerCopyKVTile(RewriterBase &rewriter, CopyKVTileOp op) {
  KernelBuilder b(op.getLoc(), rewriter);
  b.setInsertionPoint(op);
  MLIRContext *ctx = op.getContext();
  int64_t vec = op.getVec();
  Value c0 = b.idx(0);
  Value last = b.sub(op.getKvEnd(), b.idx(1));
  for (int64_t j = 0; j < op.getRowsPerGroup(); ++j) {
    Value row = b.add(b.mul(op.getGroup(), b.idx(op.getRowsPerGroup())), b.idx(j));
    Value key = tileKey(b, op, j);
    Value slot = b.rem(b.minIdx(key, last), b.idx(op.getPageSize()));
    // Keys past the range are zero-filled (src-size 0) and masked by the scores.
    Value srcElements = b.select(b.ult(key, op.getKvEnd()), b.idx(vec), c0);
    Value page = op.getPages()[j];
    SmallVector<Value> src = op.getHnd()
                                 ? SmallVector<Value>{page, op.getKvHead(), slot, op.getCol()}
                                 : SmallVector<Value>{page, slot, op.getKvHead(), op.getCol()};
    for (auto [cache, tile] : {std::pair{op.getKCache(), op.getKTile()},
                               std::pair{op.getVCache(), op.getVTile()}})
      nvgpu::DeviceAsyncCopyOp::create(b, nvgpu::DeviceAsyncTokenType::get(ctx), tile,
                                       ValueRange{op.getStage(), row, op.getCol()}, cache, src,
                                       b.getIndexAttr(vec), srcElements, b.getUnitAttr());
  }
  if (!op.getAsync()) {
    NVVM::CpAsyncCommitGroupOp::create(b);
    NVVM::CpAsyncWaitGroupOp::create(b, 0);
  }
  rewriter.eraseOp(op);
}

void mlir::attn::lowerKVTileSync(RewriterBase &rewriter, Operation *op) {
  rewriter.setInsertionPoint(op);
  if (isa<CommitKVTilesOp>(op))
    NVVM::CpAsyncCommitGroupOp::create(rewriter, op->getLoc());
  else
    NVVM::CpAsyncWaitGroupOp::create(rewriter, op->getLoc(),
                                     static_cast<int32_t>(cast<WaitKVTilesOp>(op).getPending()));
  rewriter.eraseOp(op);
}
