//===- AttnTileOps.cpp - verifiers of the tile-level attn ops -------------===//
//
// Shape, element-type and memory-space checks of attn.load_kv_tile, attn.tile_qk,
// attn.score_mod, attn.online_softmax, attn.tile_pv, attn.finalize and attn.merge_partial.
// Every diagnostic names the offending values (lowercase, no trailing period).
//
//===----------------------------------------------------------------------===//

#include "attn/Dialect/Attn/IR/AttnOps.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"

using namespace mlir;
using namespace mlir::attn;

/// Checks that a staged K/V tile is [stages, tile_kv, head_dim] with static sizes in workgroup
/// (shared) memory.
static LogicalResult verifySharedTile(Operation *op, StringRef name, MemRefType type) {
  if (!type.hasStaticShape())
    return op->emitOpError() << "expected " << name << " to have a static shape, got " << type;
  if (!gpu::GPUDialect::hasWorkgroupMemoryAddressSpace(type))
    return op->emitOpError() << "expected " << name << " in workgroup memory, got " << type;
  return success();
}

/// Checks that dimension `dim` of `type` (named `what`) equals `expected` (named `ref`).
static LogicalResult verifyDim(Operation *op, StringRef what, ShapedType type, unsigned dim,
                               StringRef ref, int64_t expected) {
  if (type.getDimSize(dim) == expected)
    return success();
  return op->emitOpError() << "expected " << what << " (" << type.getDimSize(dim) << ") to match "
                           << ref << " (" << expected << ")";
}

//===----------------------------------------------------------------------===//
// attn.load_kv_tile
//===----------------------------------------------------------------------===//

LogicalResult LoadKVTileOp::verify() {
  MemRefType kTile = getKTile().getType();
  if (failed(verifySharedTile(*this, "k_tile", kTile)))
    return failure();
  int64_t headDim = 0;
  Type elementType;
  if (auto paged = dyn_cast<PagedKVType>(getKv().getType())) {
    headDim = paged.getHeadDim();
    elementType = paged.getElementType();
  } else {
    auto ragged = cast<RaggedKVType>(getKv().getType());
    headDim = ragged.getHeadDim();
    elementType = ragged.getElementType();
  }
  if (kTile.getElementType() != elementType)
    return emitOpError() << "expected k_tile element type " << kTile.getElementType()
                         << " to match the KV source's " << elementType;
  if (failed(verifyDim(*this, "k_tile head_dim", kTile, 2, "the KV source's head_dim", headDim)))
    return failure();
  // The XOR swizzle permutes the eight 16-byte chunks of a row.
  constexpr int64_t kSwizzleChunks = 8, kChunkBits = 128;
  int64_t rowBits = headDim * kTile.getElementTypeBitWidth();
  if (getSwizzle() && rowBits < kSwizzleChunks * kChunkBits)
    return emitOpError() << "expected rows of at least " << kSwizzleChunks
                         << " 16-byte chunks with swizzle, got " << rowBits / 8 << " bytes";
  return success();
}

//===----------------------------------------------------------------------===//
// attn.tile_qk and attn.tile_pv
//===----------------------------------------------------------------------===//

LogicalResult TileQKOp::verify() {
  MemRefType kTile = getKTile().getType();
  if (failed(verifySharedTile(*this, "k_tile", kTile)))
    return failure();
  VectorType q = getQ().getType(), s = getS().getType();
  if (failed(verifyDim(*this, "q head_dim", q, 1, "k_tile head_dim", kTile.getDimSize(2))) ||
      failed(verifyDim(*this, "s rows", s, 0, "q rows", q.getDimSize(0))))
    return failure();
  return verifyDim(*this, "s columns", s, 1, "k_tile tile_kv", kTile.getDimSize(1));
}

LogicalResult TilePVOp::verify() {
  MemRefType vTile = getVTile().getType();
  if (failed(verifySharedTile(*this, "v_tile", vTile)))
    return failure();
  VectorType p = getP().getType(), acc = getAcc().getType();
  if (failed(verifyDim(*this, "p columns", p, 1, "v_tile tile_kv", vTile.getDimSize(1))) ||
      failed(verifyDim(*this, "acc columns", acc, 1, "v_tile head_dim", vTile.getDimSize(2))))
    return failure();
  return verifyDim(*this, "acc rows", acc, 0, "p rows", p.getDimSize(0));
}

//===----------------------------------------------------------------------===//
// attn.score_mod
//===----------------------------------------------------------------------===//

LogicalResult ScoreModOp::verify() {
  if (std::optional<APFloat> cap = getSoftCap(); cap && !(cap->convertToDouble() > 0.0))
    return emitOpError() << "expected a positive soft_cap, got " << cap->convertToDouble();
  bool custom = getMask().getKind() == MaskKind::Custom;
  if (custom != static_cast<bool>(getCustomMask()))
    return emitOpError() << "expected a custom_mask operand exactly with mask kind custom, got "
                         << getMask() << (getCustomMask() ? " with" : " without") << " one";
  return success();
}

//===----------------------------------------------------------------------===//
// Row statistics: attn.online_softmax, attn.finalize, attn.merge_partial
//===----------------------------------------------------------------------===//

LogicalResult OnlineSoftmaxOp::verify() {
  int64_t rows = getS().getType().getDimSize(0);
  if (failed(verifyDim(*this, "max rows", getM().getType(), 0, "s rows", rows)))
    return failure();
  return verifyDim(*this, "acc rows", getAcc().getType(), 0, "s rows", rows);
}

LogicalResult FinalizeOp::verify() {
  return verifyDim(*this, "max rows", getM().getType(), 0, "acc rows",
                   getAcc().getType().getDimSize(0));
}

LogicalResult MergePartialOp::verify() {
  return verifyDim(*this, "lse rows", getLseA().getType(), 0, "o rows",
                   getOA().getType().getDimSize(0));
}
