//===- AttnTileOps.cpp - verifiers of the tile-level attn ops -------------===//
//
// Shape, element-type, memory-space and layout checks of the tile-level ops (attn.load_q_tile,
// attn.init_state, attn.kv_tile_range, attn.alibi_slopes, attn.load_kv_tile, attn.rope_k_tile,
// attn.tile_qk, attn.score_mod, attn.online_softmax, attn.tile_pv, attn.finalize,
// attn.merge_partial, attn.store_output). Every diagnostic names the offending values (lowercase,
// no trailing period).
//
//===----------------------------------------------------------------------===//

#include "attn/Dialect/Attn/IR/AttnOps.h"

#include "attn/Dialect/Attn/Utils/RuntimeABI.h"
#include "attn/Dialect/Attn/Utils/Target.h"

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

/// Checks that a rows_per_position attribute is positive.
static LogicalResult verifyRowsPerPosition(Operation *op, int64_t rows) {
  if (rows > 0)
    return success();
  return op->emitOpError() << "expected a positive rows_per_position, got " << rows;
}

/// Checks that an exponent scale (attn.online_softmax, attn.finalize) is positive.
static LogicalResult verifyExpScale(Operation *op, double scale) {
  if (scale > 0.0)
    return success();
  return op->emitOpError() << "expected a positive scale, got " << scale;
}

/// What a tile dimension holds, for the layout checks.
enum class TileDim { Any, Rows, Features, Keys };

/// The tiles most ops share: a score tile s [rows, keys], an accumulator or output
/// [rows, head_dim] and a shared-memory K tile [stage, keys, head_dim].
constexpr TileDim kScoreDims[] = {TileDim::Rows, TileDim::Keys};
constexpr TileDim kAccDims[] = {TileDim::Rows, TileDim::Features};
constexpr TileDim kKTileDims[] = {TileDim::Any, TileDim::Keys, TileDim::Features};

/// Checks a tile of `type` against a decode layout: rows are the query heads the heads x
/// heads_per_thread thread rows hold, feature columns the lanes x vec columns, key columns the
/// slices x keys-per-slice keys of a KV tile.
static LogicalResult verifyDecodeLayout(Operation *op, DecodeLayoutAttr layout, StringRef what,
                                        ShapedType type, ArrayRef<TileDim> dims) {
  for (auto [d, kind] : llvm::enumerate(dims)) {
    if (kind == TileDim::Any)
      continue;
    int64_t expected = kind == TileDim::Rows       ? layout.getHeads() * layout.getHeadsPerThread()
                       : kind == TileDim::Features ? layout.getLanes() * layout.getVec()
                                                   : layout.getSlices() * layout.getKeysPerSlice();
    if (type.getDimSize(d) != expected)
      return op->emitOpError() << "expected " << what << " dimension " << d << " ("
                               << type.getDimSize(d) << ") to be " << expected << " in "
                               << layout;
  }
  return success();
}

/// Checks a tile of `type` against a prefill layout: rows are the warps x slices 16-row mma
/// slices; key and feature columns come in 16-column pairs of 8-column mma blocks (an A
/// fragment of P spans 16 keys, a k-step of Q K^T 16 features), features also in vec-element
/// copy chunks.
static LogicalResult verifyPrefillLayout(Operation *op, PrefillLayoutAttr layout, StringRef what,
                                         ShapedType type, ArrayRef<TileDim> dims) {
  constexpr int64_t kMmaCols = 16;
  for (auto [d, kind] : llvm::enumerate(dims)) {
    int64_t size = type.getDimSize(d);
    if (kind == TileDim::Rows && size != layout.getRows())
      return op->emitOpError() << "expected " << what << " dimension " << d << " (" << size
                               << ") to be " << layout.getRows() << " in " << layout;
    int64_t multiple = kind == TileDim::Features ? std::max(kMmaCols, layout.getVec())
                       : kind == TileDim::Keys   ? kMmaCols
                                                 : 1;
    if (size % multiple != 0)
      return op->emitOpError() << "expected " << what << " dimension " << d << " (" << size
                               << ") to be a multiple of " << multiple << " in " << layout;
  }
  return success();
}

/// Checks that a tile of `type` can be held in `layout` (#attn.decode_layout or
/// #attn.prefill_layout). A null layout checks nothing.
static LogicalResult verifyLayout(Operation *op, Attribute layout, StringRef what, ShapedType type,
                                  ArrayRef<TileDim> dims) {
  if (auto decode = dyn_cast_or_null<DecodeLayoutAttr>(layout))
    return verifyDecodeLayout(op, decode, what, type, dims);
  if (auto prefill = dyn_cast_or_null<PrefillLayoutAttr>(layout))
    return verifyPrefillLayout(op, prefill, what, type, dims);
  return success();
}

//===----------------------------------------------------------------------===//
// attn.load_q_tile, attn.init_state and attn.store_output
//===----------------------------------------------------------------------===//

LogicalResult LoadQTileOp::verify() {
  MemRefType q = getQ().getType();
  VectorType res = getRes().getType();
  if (failed(verifyDim(*this, "result head_dim", res, 1, "q head_dim", q.getDimSize(2))))
    return failure();
  if (!res.getElementType().isF32() && res.getElementType() != q.getElementType())
    return emitOpError() << "expected a result element type of f32 or q's " << q.getElementType()
                         << ", got " << res.getElementType();
  if (getRope().has_value() != static_cast<bool>(getPos()))
    return emitOpError() << "expected a position exactly with rope";
  if (getPosOffsets() && !getPos())
    return emitOpError() << "expected a position offset only with rope";
  if (Value staging = getStaging()) {
    auto type = cast<MemRefType>(staging.getType());
    if (type.getShape() != res.getShape() || type.getElementType() != res.getElementType() ||
        !gpu::GPUDialect::hasWorkgroupMemoryAddressSpace(type))
      return emitOpError() << "expected the staging buffer " << type
                           << " in workgroup memory with the result's shape and element type "
                           << res;
  }
  if (getStaged() && (!getStaging() || getRope()))
    return emitOpError() << "expected 'staged' only with a staging buffer and without rope (the "
                            "rows were copied there before)";
  if (failed(verifyRowsPerPosition(*this, getRowsPerPosition())))
    return failure();
  return verifyLayout(*this, getLayoutAttr(), "result", res, kAccDims);
}

LogicalResult InitStateOp::verify() {
  if (failed(verifyDim(*this, "acc rows", getAcc().getType(), 0, "max rows",
                       getM().getType().getDimSize(0))))
    return failure();
  return verifyLayout(*this, getLayoutAttr(), "acc", getAcc().getType(), kAccDims);
}

LogicalResult StoreOutputOp::verify() {
  VectorType o = getO().getType();
  if (failed(verifyDim(*this, "lse rows", getLse().getType(), 0, "o rows", o.getDimSize(0))) ||
      failed(verifyDim(*this, "o columns", o, 1, "dest head_dim",
                       getDest().getType().getDimSize(2))))
    return failure();
  if (getPartialO() && !getPartialSlot())
    return emitOpError() << "expected a slot with partial rows";
  if (failed(verifyRowsPerPosition(*this, getRowsPerPosition())))
    return failure();
  bool staging = static_cast<bool>(getStaging());
  if (staging != static_cast<bool>(getStagingIndex()) ||
      staging != static_cast<bool>(getStagingOk()))
    return emitOpError() << "expected a staging tile with its index and condition";
  if (staging) {
    MemRefType buf = getStaging().getType(), dest = getDest().getType();
    if (failed(verifySharedTile(*this, "staging", buf)))
      return failure();
    if (buf.getElementTypeBitWidth() != dest.getElementTypeBitWidth())
      return emitOpError() << "expected staging elements of dest's width ("
                           << dest.getElementTypeBitWidth() << " bits), got "
                           << buf.getElementType();
    if (buf.getDimSize(1) < o.getDimSize(0) || buf.getDimSize(2) != dest.getDimSize(2) ||
        dest.getDimSize(2) % 64 != 0)
      return emitOpError() << "expected a staging tile of at least " << o.getDimSize(0)
                           << " rows of " << dest.getDimSize(2)
                           << " columns (a multiple of 64), got " << buf.getDimSize(1) << " x "
                           << buf.getDimSize(2);
    if (!getRowsBegin() || !getPartialSlot())
      return emitOpError() << "expected rows [b, e) and a slot with staging";
  }
  return verifyLayout(*this, getLayoutAttr(), "o", o, kAccDims);
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
  if (static_cast<bool>(getBlockIndices()) != getTilesPerBlock().has_value())
    return emitOpError() << "expected tiles_per_block exactly with blocks";
  if (getArrive() && !getAsync())
    return emitOpError() << "expected 'async' with 'arrive' (the mbarrier tracks asynchronous "
                            "copies)";
  if (static_cast<bool>(getKMap()) != static_cast<bool>(getVMap()))
    return emitOpError() << "expected both tensor maps or neither";
  auto paged = dyn_cast<PagedKVType>(getKv().getType());
  if (getKMap() &&
      (!getArrive() || getBlockIndices() || !getSwizzle() ||
       (paged && !rtabi::prefill::tmaPagesFit(paged.getPageSize(), kTile.getDimSize(1)))))
    return emitOpError() << "expected 'maps' with 'arrive', 'swizzle', no block list and ragged "
                            "K/V or pages of whole 8-row boxes (TMA boxes, tiles in order)";
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
  if (failed(verifyLayout(*this, getLayoutAttr(), "k_tile", kTile, kKTileDims)))
    return failure();
  // A prefill layout's copy groups (threads / (head_dim / vec) of them) each copy
  // rows_per_group rows.
  auto prefill = dyn_cast_or_null<PrefillLayoutAttr>(getLayoutAttr());
  if (!prefill)
    return success();
  // With a producer warpgroup, its threads copy (and signal an mbarrier).
  bool producer = prefill.getProducerWarps() > 0;
  if (producer != static_cast<bool>(getArrive()))
    return emitOpError() << "expected 'arrive' exactly with a producer warpgroup in the layout "
                         << getLayoutAttr();
  int64_t chunks = headDim / prefill.getVec();
  int64_t threads = producer ? prefill.getProducerThreads() : prefill.getNumThreads();
  if (threads % chunks != 0 || threads / chunks * prefill.getRowsPerGroup() != kTile.getDimSize(1))
    return emitOpError() << "expected tile_kv (" << kTile.getDimSize(1)
                         << ") to be the copy groups (" << threads << " threads / " << chunks
                         << " chunks of a row) times rows_per_group ("
                         << prefill.getRowsPerGroup() << ") of " << getLayoutAttr();
  return success();
}

//===----------------------------------------------------------------------===//
// attn.tile_qk and attn.tile_pv
//===----------------------------------------------------------------------===//

/// An `async` tile op issues warpgroup MMAs: only a #attn.prefill_layout with wgmma has them.
static LogicalResult verifyAsyncMma(Operation *op, bool async, Attribute layout) {
  auto prefill = dyn_cast_or_null<PrefillLayoutAttr>(layout);
  if (async && !(prefill && prefill.getWgmma()))
    return op->emitOpError() << "expected a #attn.prefill_layout with wgmma for async MMAs, got "
                             << (layout ? layout : Attribute());
  return success();
}

LogicalResult TileQKOp::verify() {
  if (failed(verifyAsyncMma(*this, getAsync(), getLayoutAttr())))
    return failure();
  MemRefType kTile = getKTile().getType();
  if (failed(verifySharedTile(*this, "k_tile", kTile)))
    return failure();
  VectorType q = getQ().getType(), s = getS().getType();
  if (failed(verifyDim(*this, "q head_dim", q, 1, "k_tile head_dim", kTile.getDimSize(2))) ||
      failed(verifyDim(*this, "s rows", s, 0, "q rows", q.getDimSize(0))) ||
      failed(verifyDim(*this, "s columns", s, 1, "k_tile tile_kv", kTile.getDimSize(1))))
    return failure();
  if (!q.getElementType().isF32() && q.getElementType() != kTile.getElementType())
    return emitOpError() << "expected q of f32 or k_tile's element type " << kTile.getElementType()
                         << ", got " << q.getElementType();
  if (getRope().has_value() != static_cast<bool>(getKeyPos()))
    return emitOpError() << "expected a key position exactly with rope";
  return verifyLayout(*this, getLayoutAttr(), "s", s, kScoreDims);
}

LogicalResult TilePVOp::verify() {
  if (failed(verifyAsyncMma(*this, getAsync(), getLayoutAttr())))
    return failure();
  MemRefType vTile = getVTile().getType();
  if (failed(verifySharedTile(*this, "v_tile", vTile)))
    return failure();
  VectorType p = getP().getType(), acc = getAcc().getType();
  if (failed(verifyDim(*this, "p columns", p, 1, "v_tile tile_kv", vTile.getDimSize(1))) ||
      failed(verifyDim(*this, "acc columns", acc, 1, "v_tile head_dim", vTile.getDimSize(2))))
    return failure();
  if (failed(verifyDim(*this, "acc rows", acc, 0, "p rows", p.getDimSize(0))))
    return failure();
  return verifyLayout(*this, getLayoutAttr(), "acc", acc, kAccDims);
}

//===----------------------------------------------------------------------===//
// attn.score_mod
//===----------------------------------------------------------------------===//

LogicalResult ScoreModOp::verify() {
  if (std::optional<double> cap = getSoftCapValue(); cap && !(*cap > 0.0))
    return emitOpError() << "expected a positive soft_cap, got " << *cap;
  bool custom = getMask().getKind() == MaskKind::Custom;
  if (custom != static_cast<bool>(getCustomMask()))
    return emitOpError() << "expected a custom_mask operand exactly with mask kind custom, got "
                         << getMask() << (getCustomMask() ? " with" : " without") << " one";
  if (failed(verifyRowsPerPosition(*this, getRowsPerPosition())))
    return failure();
  if (getMaskRows() && !custom)
    return emitOpError() << "expected within bounds only with a custom mask";
  if (auto slopes =
          dyn_cast_or_null<VectorType>(getAlibiSlope() ? getAlibiSlope().getType() : Type());
      slopes && failed(verifyDim(*this, "alibi_slope rows", slopes, 0, "s rows",
                                 getS().getType().getDimSize(0))))
    return failure();
  return verifyLayout(*this, getLayoutAttr(), "s", getS().getType(), kScoreDims);
}

//===----------------------------------------------------------------------===//
// Row statistics: attn.online_softmax, attn.finalize, attn.merge_partial
//===----------------------------------------------------------------------===//

LogicalResult OnlineSoftmaxOp::verify() {
  if (failed(verifyExpScale(*this, getScale().convertToDouble())))
    return failure();
  int64_t rows = getS().getType().getDimSize(0);
  if (failed(verifyDim(*this, "max rows", getM().getType(), 0, "s rows", rows)) ||
      failed(verifyLayout(*this, getLayoutAttr(), "s", getS().getType(), kScoreDims)))
    return failure();
  if (!getAcc())
    return success();
  if (!getAccNew() || getAccNew().getType() != getAcc().getType())
    return emitOpError() << "expected acc_new of acc's type " << getAcc().getType();
  if (failed(verifyDim(*this, "acc rows", getAcc().getType(), 0, "s rows", rows)))
    return failure();
  return verifyLayout(*this, getLayoutAttr(), "acc", getAcc().getType(), kAccDims);
}

LogicalResult WaitMmaOp::verify() {
  if (getTiles().empty())
    return emitOpError() << "expected at least one tile";
  if (getTiles().getTypes() != getRes().getTypes())
    return emitOpError() << "expected results of the tiles' types";
  auto prefill = dyn_cast_or_null<PrefillLayoutAttr>(getLayoutAttr());
  if (getLayoutAttr() && !(prefill && prefill.getWgmma()))
    return emitOpError() << "expected a #attn.prefill_layout with wgmma, got " << getLayoutAttr();
  return success();
}

LogicalResult RescaleAccOp::verify() {
  if (failed(verifyDim(*this, "alpha rows", getAlpha().getType(), 0, "acc rows",
                       getAcc().getType().getDimSize(0))))
    return failure();
  return verifyLayout(*this, getLayoutAttr(), "acc", getAcc().getType(), kAccDims);
}

LogicalResult FinalizeOp::verify() {
  if (failed(verifyExpScale(*this, getScale().convertToDouble())))
    return failure();
  if (failed(verifyDim(*this, "max rows", getM().getType(), 0, "acc rows",
                       getAcc().getType().getDimSize(0))))
    return failure();
  if (Value scratch = getScratch();
      scratch && !gpu::GPUDialect::hasWorkgroupMemoryAddressSpace(
                     cast<MemRefType>(scratch.getType())))
    return emitOpError() << "expected scratch in workgroup memory, got " << scratch.getType();
  auto decode = dyn_cast_or_null<DecodeLayoutAttr>(getLayoutAttr());
  if (decode && decode.getSlices() > 1) {
    // Per slice: the accumulator rows and the two statistics, f32.
    VectorType acc = getAcc().getType();
    int64_t need = decode.getSlices() * acc.getDimSize(0) * (acc.getDimSize(1) + 2) * 4;
    auto scratch = dyn_cast_or_null<MemRefType>(getScratch() ? getScratch().getType() : Type());
    if (!scratch || !scratch.hasStaticShape() || scratch.getDimSize(0) < need)
      return emitOpError() << "expected a static scratch buffer of at least " << need
                           << " bytes to merge the " << decode.getSlices() << " slices of "
                           << getLayoutAttr();
  }
  return verifyLayout(*this, getLayoutAttr(), "acc", getAcc().getType(), kAccDims);
}

LogicalResult MergePartialOp::verify() {
  return verifyDim(*this, "lse rows", getLseA().getType(), 0, "o rows",
                   getOA().getType().getDimSize(0));
}

//===----------------------------------------------------------------------===//
// attn.alibi_slopes and attn.rope_k_tile
//===----------------------------------------------------------------------===//

LogicalResult AlibiSlopesOp::verify() {
  if (getNumHeads() <= 0)
    return emitOpError() << "expected a positive num_heads, got " << getNumHeads();
  if (failed(verifyRowsPerPosition(*this, getRowsPerPosition())))
    return failure();
  return verifyLayout(*this, getLayoutAttr(), "result", getRes().getType(), {TileDim::Rows});
}

LogicalResult RopeKTileOp::verify() {
  MemRefType kTile = getKTile().getType();
  if (failed(verifySharedTile(*this, "k_tile", kTile)))
    return failure();
  if (getRope().getRotaryDim() > kTile.getDimSize(2))
    return emitOpError() << "expected rotary_dim (" << getRope().getRotaryDim()
                         << ") to be at most the k_tile head_dim (" << kTile.getDimSize(2) << ")";
  return verifyLayout(*this, getLayoutAttr(), "k_tile", kTile, kKTileDims);
}

//===----------------------------------------------------------------------===//
// attn.kv_tile_range
//===----------------------------------------------------------------------===//

LogicalResult KVTileRangeOp::verify() {
  if (getTileKv() <= 0 || getAlign() <= 0)
    return emitOpError() << "expected a positive tile_kv and align, got " << getTileKv() << ", "
                         << getAlign();
  MaskKind kind = getMask().getKind();
  if (kind == MaskKind::Custom || kind == MaskKind::BlockSparse)
    return emitOpError() << "expected a none or causal mask, got " << getMask();
  return verifyRowsPerPosition(*this, getRowsPerPosition());
}

//===----------------------------------------------------------------------===//
// attn.warp_specialize
//===----------------------------------------------------------------------===//

LogicalResult WarpSpecializeOp::verify() {
  // setmaxnreg applies to whole warpgroups, with budgets that are multiples of 8 in [24, 256]
  // (PTX ISA, "setmaxnreg").
  constexpr int64_t kWarpgroup = 128, kRegisterFile = 65536;
  constexpr int64_t kMinRegisters = 24, kMaxRegisters = 256, kRegisterStep = 8;
  for (auto [name, threads] : {std::pair<StringRef, int64_t>{"consumer", getConsumerThreads()},
                               {"producer", getProducerThreads()}})
    if (threads % kWarpgroup != 0)
      return emitOpError() << "expected " << name << " threads (" << threads
                           << ") to be whole warpgroups of " << kWarpgroup;
  for (auto [name, regs] :
       {std::pair<StringRef, int64_t>{"consumer", getConsumerRegisters()},
        {"producer", getProducerRegisters()}})
    if (regs < kMinRegisters || regs > kMaxRegisters || regs % kRegisterStep != 0)
      return emitOpError() << "expected " << name << " registers (" << regs
                           << ") to be a multiple of " << kRegisterStep << " in ["
                           << kMinRegisters << ", " << kMaxRegisters << "]";
  int64_t total = getConsumerThreads() * getConsumerRegisters() +
                  getProducerThreads() * getProducerRegisters();
  if (total > kRegisterFile)
    return emitOpError() << "expected the register budgets to fit the " << kRegisterFile
                         << "-register file, got " << total;
  return success();
}
