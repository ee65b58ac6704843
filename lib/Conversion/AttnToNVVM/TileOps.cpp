//===- TileOps.cpp - the tile-level attn ops on sm_80+ ----------------------===//
//
// The patterns of the tile-level ops. attn.kv_tile_pages becomes the page-index loads,
// attn.copy_kv_tile one 16-byte cp.async (cp.async.cg, zero-filled past the end of the range)
// per row and tensor, the commit/wait ops cp.async.commit_group / cp.async.wait_group (PTX
// ISA, "cp.async"), attn.mma one mma.sync m16n8k16 and attn.recompute an opaque move. A
// synchronous copy is an asynchronous one followed by its own commit and a wait for it.
//
//===----------------------------------------------------------------------===//

#include "Patterns.h"

#include "attn/Dialect/Attn/IR/AttnOps.h"
#include "attn/Dialect/Attn/Utils/KernelBuilder.h"

#include "mlir/Conversion/LLVMCommon/MemRefBuilder.h"
#include "mlir/Conversion/LLVMCommon/Pattern.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Dialect/NVGPU/IR/NVGPUDialect.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;
using namespace mlir::attn;
using namespace mlir::attn::detail;

/// A pointer into global memory (the kernel's buffers once cast from generic).
static LLVM::LLVMPointerType globalPointerType(MLIRContext *ctx) {
  return LLVM::LLVMPointerType::get(ctx, static_cast<unsigned>(NVVM::NVVMMemorySpace::Global));
}

/// The key range (and block list base) of a tile op as its lowering uses them, in the key type:
/// `index`, or with `keys32` i32 through an opaque move at the op. Keys fit in 32 bits
/// (kv_indptr is i32); the ops sit in KV loops whose invariants LLVM would otherwise hoist as
/// 64-bit values, two registers each for the whole loop, next to the tensor-core kernels'
/// accumulators, and the per-row key arithmetic (add, clamp, bounds test) is then one 32-bit
/// instruction each instead of a pair with carries.
struct KeyRange {
  Type type;
  Value begin, end, pageBegin, blockBegin;
  /// A constant of the key type.
  Value cst(KernelBuilder &b, int64_t v) const {
    return arith::ConstantOp::create(b, type, b.getIntegerAttr(type, v));
  }
  /// An `index` value (a loop induction variable, an op operand) in the key type.
  Value key(KernelBuilder &b, Value index) const {
    if (!index || index.getType() == type)
      return index;
    return arith::IndexCastOp::create(b, type, index);
  }
  /// A key-typed value as an `index` (sign-extended: a clamped key of an empty range is -1).
  Value toIndex(KernelBuilder &b, Value v) const {
    if (v.getType().isIndex())
      return v;
    return arith::IndexCastOp::create(b, b.getIndexType(), v);
  }
};

/// `arith32`: keys32 ops compute in i32; otherwise in `index` from the narrowed values. The
/// page lookups (attn.kv_tile_pages) keep `index` arithmetic: with i32 lookups and copies, both
/// through nvgpu's address lowering, the paged kernels measured 3-5% slower at 255 registers
/// (docs/PREFILL_TUNING.md run 15).
template <typename TileOp>
static KeyRange keyRange(KernelBuilder &b, TileOp op, Value pageBegin, bool arith32) {
  if (!op.getKeys32())
    return {b.getIndexType(), op.getKvBegin(), op.getKvEnd(), pageBegin, op.getBlockBegin()};
  Location loc = op.getLoc();
  Type type = arith32 ? Type(b.getI32Type()) : Type(b.getIndexType());
  auto narrow = [&](Value index) -> Value {
    if (!index)
      return index;
    Value v = opaqueCopy(b, loc, arith::IndexCastOp::create(b, b.getI32Type(), index));
    return arith32 ? v : arith::IndexCastOp::create(b, type, v).getResult();
  };
  return {type, narrow(op.getKvBegin()), narrow(op.getKvEnd()), narrow(pageBegin),
          narrow(op.getBlockBegin())};
}

/// The first key of the tile: kv_begin + tile * tile_kv, or with a block list
/// kv_begin + (block_indices[block_begin + tile / tpb] * tpb + tile % tpb) * tile_kv.
template <typename TileOp>
static Value tileStartKey(KernelBuilder &b, TileOp op, const KeyRange &range) {
  Value tile = range.key(b, op.getTile());
  if (std::optional<uint64_t> tpb = op.getTilesPerBlock()) {
    Value tpbV = range.cst(b, static_cast<int64_t>(*tpb));
    Value at = range.toIndex(b, b.add(range.blockBegin, b.div(tile, tpbV)));
    Value block = range.key(b, memref::LoadOp::create(b, op.getBlockIndices(), at));
    auto mul10 = b.mul(block, tpbV);
    tile = b.add(mul10, b.rem(tile, tpbV));
  }
  return b.add(range.begin, b.mul(tile, range.cst(b, op.getTileKv())));
}

/// Key j of the thread's rows of a tile: the tile's first key + group * rows + j.
template <typename TileOp>
static Value tileKey(KernelBuilder &b, TileOp op, const KeyRange &range, int64_t j) {
  auto key1 = range.key(b, op.getGroup());
  auto mul11 = b.mul(key1, range.cst(b, op.getRowsPerGroup()));
  Value row = b.add(mul11,
                    range.cst(b, j));
  return b.add(tileStartKey(b, op, range), row);
}

/// min(key, last). Keys from a block list are compared unsigned: a negative one (the list may
/// hold anything) is past the end, so that no address is formed from it; other keys are never
/// negative.
template <typename TileOp>
static Value clampKey(KernelBuilder &b, TileOp op, Value key, Value last) {
  if (op.getTilesPerBlock())
    return arith::MinUIOp::create(b, key, last);
  return b.minIdx(key, last);
}

namespace {
/// The lowering of one attn.copy_kv_tile: the per-thread key range and rows (`prologue`), the
/// per-tensor row pointers of the direct path (`setupDirect`), then per row either one
/// nvgpu.device_async_copy per tensor or, on the direct path, one nvvm.cp.async per tensor
/// whose addresses are formed here (`emitDirectRow`). The order in which the ops are created
/// is the order the kernels were measured with: ptxas schedules depend on it.
struct CopyKVTileLowering {
  CopyKVTileLowering(KernelBuilder &b, CopyKVTileOp op, Value kCache, Value vCache, Value kTile,
                     Value vTile)
      : b(b), op(op), kCache(kCache), vCache(vCache), kTile(kTile), vTile(vTile) {}

  KernelBuilder &b;
  CopyKVTileOp op;
  /// The descriptors of k_cache, v_cache, k_tile and v_tile.
  Value kCache, vCache, kTile, vTile;
  int64_t vec = 0;
  bool paged = false, direct = false;
  Value c0, last, firstRow, tileStart, groupStart;
  KeyRange range;
  /// Direct path: the (head, col) row pointers of K and V and the pitches of a row and a slot.
  Value kRows, vRows;
  int64_t rowPitch = 0, slotPitch = 0;
  /// Direct path over strided page pools: the page pitches of K and V (i64), else null.
  Value kPagePitch, vPagePitch;
  Type elt;

  void prologue();
  void setupDirect();
  void emitRow(int64_t j);
  void emitDirectRow(int64_t j, Value row, Value key, Value dstCol32);
  Value c32(int64_t v) { return arith::ConstantIntOp::create(b, b.getI32Type(), v); }
  Value c64(int64_t v) { return arith::ConstantIntOp::create(b, b.getI64Type(), v); }
  /// The page that row j of the thread reads (one page per run of rows).
  Value page(int64_t j) {
    return op.getPages()[j * static_cast<int64_t>(op.getPages().size()) / op.getRowsPerGroup()];
  }
};
} // namespace

/// The aligned pointer of a memref descriptor. A generic one (a kernel argument) is cast to
/// the global address space, as nvgpu's lowering of cp.async also does; shared-memory tiles
/// keep theirs.
static Value alignedPointer(OpBuilder &b, Location loc, Value descriptor) {
  Value ptr = MemRefDescriptor(descriptor).alignedPtr(b, loc);
  if (cast<LLVM::LLVMPointerType>(ptr.getType()).getAddressSpace() !=
      static_cast<unsigned>(NVVM::NVVMMemorySpace::Generic))
    return ptr;
  return LLVM::AddrSpaceCastOp::create(b, loc, globalPointerType(b.getContext()), ptr);
}

void CopyKVTileLowering::prologue() {
  vec = op.getVec();
  paged = !op.getPages().empty();
  elt = cast<MemRefType>(op.getKCache().getType()).getElementType();
  c0 = b.idx(0);
  range = keyRange(b, op, Value(), /*arith32=*/true);
  last = b.sub(range.end, range.cst(b, 1));
  // The thread's first row. For the tensor-core kernels (swizzled tiles) it goes through an
  // opaque move at the copy, so that LLVM does not hoist one 64-bit row offset per copied row
  // out of the KV loop (they would stay live across it, next to the accumulators).
  firstRow = b.mul(op.getGroup(), b.idx(op.getRowsPerGroup()));
  if (op.getSwizzle())
    firstRow = arith::IndexCastOp::create(
        b, b.getIndexType(),
        opaqueCopy(b, op.getLoc(), arith::IndexCastOp::create(b, b.getI32Type(), firstRow)));
  // The key of row j: (tile start + first row) + j in i32, tile start + (first row + j) in
  // index arithmetic (the decode kernels' form, which they were measured with).
  tileStart = tileStartKey(b, op, range);
  groupStart = b.add(tileStart, range.key(b, firstRow));

  // Swizzled tiles (the tensor-core kernels) with keys32: the cp.async addresses are formed
  // here rather than by nvgpu.device_async_copy's memref lowering, which scales the whole
  // element index by the element size after adding the loop-invariant (head, col) part, so
  // every row cost a 64-bit multiply, two 64-bit shifts and two 64-bit adds. Here the
  // invariant part is folded into one pointer per tensor before the loop, and a row's source is
  // that pointer plus its clamped i32 key times the row pitch (ragged: one wide multiply-add),
  // or its page times the page pitch plus its slot times the slot pitch (paged). Measured:
  // +3.5% on batched ragged prefill, +3% on the paged append step (run 15).
  // Page pools may be strided views (a runtime page stride, attn-outline's kv_page_stride).
  auto identity = [](Value memref) {
    return cast<MemRefType>(memref.getType()).getLayout().isIdentity();
  };
  auto pool = [&](Value memref) {
    return paged ? isPagePoolLayout(cast<MemRefType>(memref.getType())) : identity(memref);
  };
  direct = op.getSwizzle() && range.type.isInteger(32) &&
           llvm::all_of(ValueRange{op.getKCache(), op.getVCache()}, pool) &&
           llvm::all_of(ValueRange{op.getKTile(), op.getVTile()}, identity);
  if (direct)
    setupDirect();
}

void CopyKVTileLowering::setupDirect() {
  auto cacheType = cast<MemRefType>(op.getKCache().getType());
  auto [strides, offset] = cacheType.getStridesAndOffset();
  rowPitch = strides[0];
  // A runtime page stride (each tensor's own, from its descriptor; i64).
  if (ShapedType::isDynamic(rowPitch)) {
    kPagePitch = MemRefDescriptor(kCache).stride(b, op.getLoc(), 0);
    vPagePitch = MemRefDescriptor(vCache).stride(b, op.getLoc(), 0);
  }
  // Paged: [page, slot, head, col] (NHD) or [page, head, slot, col] (HND).
  int64_t headDim = paged ? (op.getHnd() ? 1 : 2) : 1;
  int64_t colDim = paged ? 3 : 2;
  slotPitch = paged ? strides[op.getHnd() ? 2 : 1] : 0;
  auto mul12 = b.mul(op.getKvHead(), b.idx(strides[headDim]));
  Value inv = b.add(mul12, b.mul(op.getCol(), b.idx(strides[colDim])));
  Value inv64 = arith::IndexCastOp::create(b, b.getI64Type(), inv);
  auto global = globalPointerType(b.getContext());
  kRows = LLVM::GEPOp::create(b, global, elt, alignedPointer(b, op.getLoc(), kCache),
                              ValueRange{inv64}, LLVM::GEPNoWrapFlags::inbounds);
  vRows = LLVM::GEPOp::create(b, global, elt, alignedPointer(b, op.getLoc(), vCache),
                              ValueRange{inv64}, LLVM::GEPNoWrapFlags::inbounds);
}

void CopyKVTileLowering::emitRow(int64_t j) {
  Value row = b.add(firstRow, b.idx(j));
  Value key = range.type.isIndex() ? b.add(tileStart, row) : b.add(groupStart, range.cst(b, j));
  // Keys past the range are zero-filled (src-size 0, from a clamped, valid address) and
  // masked by the scores.
  Value clamped = range.toIndex(b, clampKey(b, op, key, last));
  auto ult3 = b.ult(key, range.end);
  Value srcElements = b.select(ult3, b.idx(vec), c0);
  SmallVector<Value> src;
  if (paged) {
    Value slot = b.rem(clamped, b.idx(op.getPageSize()));
    src = op.getHnd() ? SmallVector<Value>{page(j), op.getKvHead(), slot, op.getCol()}
                      : SmallVector<Value>{page(j), slot, op.getKvHead(), op.getCol()};
  } else {
    src = {clamped, op.getKvHead(), op.getCol()};
  }
  // Swizzled tiles: chunk c of row r is stored at chunk c ^ (r % 8), computed in i32 (the
  // shared-memory offsets of the tensor-core kernels are 32-bit; i64 lane values kept live
  // across their loop would cost two registers each).
  Value dstRow = row;
  Value dstCol = op.getCol();
  Value dstCol32;
  if (op.getSwizzle128()) {
    // The wgmma layout (swizzle128Offset): the row's element offset in its stage.
    Value row32 = arith::IndexCastOp::create(b, b.getI32Type(), row);
    Value col32 = arith::IndexCastOp::create(b, b.getI32Type(), op.getCol());
    auto tileType = cast<MemRefType>(op.getKTile().getType());
    int64_t tileRows = tileType.getDimSize(1), width = tileType.getDimSize(2);
    dstCol32 = swizzle128Offset(b, row32, b.div(col32, c32(vec)), tileRows, vec);
    dstRow = arith::IndexCastOp::create(b, b.getIndexType(), b.div(dstCol32, c32(width)));
    dstCol = arith::IndexCastOp::create(b, b.getIndexType(), b.rem(dstCol32, c32(width)));
  } else if (op.getSwizzle()) {
    Value row32 = arith::IndexCastOp::create(b, b.getI32Type(), row);
    Value col32 = arith::IndexCastOp::create(b, b.getI32Type(), op.getCol());
    auto div9 = b.div(col32, c32(vec));
    Value chunk = arith::XOrIOp::create(b, div9, b.rem(row32, c32(kSwizzleRows)));
    dstCol32 = b.mul(chunk, c32(vec));
    dstCol = arith::IndexCastOp::create(b, b.getIndexType(), dstCol32);
  }
  // The direct path leaves `clamped`, `srcElements` and `src` above unused (DCE removes
  // them). Hoisting them below it yields the same IR after DCE but different ptxas schedules
  // for 11 prefill kernels, whose measured cubins this order reproduces byte for byte.
  if (direct)
    return emitDirectRow(j, row, key, dstCol32);
  MLIRContext *ctx = b.getContext();
  for (auto [cache, tile] :
       {std::pair{op.getKCache(), op.getKTile()}, std::pair{op.getVCache(), op.getVTile()}})
    nvgpu::DeviceAsyncCopyOp::create(b, nvgpu::DeviceAsyncTokenType::get(ctx), tile,
                                     ValueRange{op.getStage(), dstRow, dstCol}, cache, src,
                                     b.getIndexAttr(vec), srcElements, b.getUnitAttr());
}

void CopyKVTileLowering::emitDirectRow(int64_t j, Value row, Value key, Value dstCol32) {
  // Source: the tensor's (head, col) pointer + clamped key * row pitch; destination: the
  // tile's shared-memory base + (stage, row, swizzled col) in 32-bit arithmetic.
  MLIRContext *ctx = b.getContext();
  auto i32 = b.getI32Type(), i64 = b.getI64Type();
  Value clamped32 = clampKey(b, op, key, last);
  Value rowOff, vRowOff;
  if (paged) {
    Value pageJ = page(j);
    Value slot = b.rem(clamped32, c32(op.getPageSize()));
    auto page64 = arith::IndexCastOp::create(b, i64, pageJ);
    Value pageOff = b.mul(page64, kPagePitch ? kPagePitch : c64(rowPitch));
    auto slot64 = arith::ExtUIOp::create(b, i64, slot);
    Value slotOff = b.mul(slot64, c64(slotPitch));
    rowOff = b.add(pageOff, slotOff);
    // Strided pools: V's page offset with V's pitch (the same value in outlined kernels,
    // which LLVM then shares).
    if (vPagePitch)
      vRowOff = b.add(b.mul(page64, vPagePitch), slotOff);
  } else {
    auto key64 = arith::ExtSIOp::create(b, i64, clamped32);
    rowOff = b.mul(key64, c64(rowPitch));
  }
  auto tileType = cast<MemRefType>(op.getKTile().getType());
  int64_t tileRows = tileType.getDimSize(1), width = tileType.getDimSize(2);
  Value stage32 = arith::IndexCastOp::create(b, i32, op.getStage());
  Value row32 = arith::IndexCastOp::create(b, i32, row);
  Value dstOff;
  if (op.getSwizzle128()) {
    // dstCol32 is the element offset in the stage (swizzle128Offset).
    dstOff = b.add(b.mul(stage32, c32(tileRows * width)), dstCol32);
  } else {
    auto tileRow = b.add(b.mul(stage32, c32(tileRows)), row32);
    dstOff = b.add(b.mul(tileRow, c32(width)), dstCol32);
  }
  int64_t vecBytes = vec * elt.getIntOrFloatBitWidth() / 8;
  auto inRange = b.ult(key, range.end);
  auto fullBytes = c32(vecBytes);
  Value bytes = b.select(inRange, fullBytes, c32(0));
  auto sharedPtr =
      LLVM::LLVMPointerType::get(ctx, static_cast<unsigned>(NVVM::NVVMMemorySpace::Shared));
  if (!vRowOff)
    vRowOff = rowOff;
  for (auto [rows, tile, off] :
       {std::tuple{kRows, kTile, rowOff}, std::tuple{vRows, vTile, vRowOff}}) {
    Value src = LLVM::GEPOp::create(b, globalPointerType(ctx), elt, rows, ValueRange{off},
                                    LLVM::GEPNoWrapFlags::inbounds);
    Value dst = LLVM::GEPOp::create(b, sharedPtr, elt, alignedPointer(b, op.getLoc(), tile),
                                    ValueRange{dstOff}, LLVM::GEPNoWrapFlags::inbounds);
    auto cg = NVVM::LoadCacheModifierKindAttr::get(ctx, NVVM::LoadCacheModifierKind::CG);
    NVVM::CpAsyncOp::create(b, dst, src, b.getI32IntegerAttr(vecBytes), cg, bytes);
  }
}

namespace {
/// attn.kv_tile_pages -> the page-index loads of the thread's rows.
struct KVTilePagesOpLowering : public OpConversionPattern<KVTilePagesOp> {
  using Base::Base;
  LogicalResult matchAndRewrite(KVTilePagesOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    KernelBuilder b = KernelBuilder::before(op, rewriter);
    SmallVector<Value> pages;
    KeyRange range = keyRange(b, op, adaptor.getPageBegin(), /*arith32=*/false);
    Value last = b.sub(range.end, range.cst(b, 1));
    // One page per run of `run` rows (one row without the alignment guarantee).
    int64_t numPages = static_cast<int64_t>(op.getPages().size());
    int64_t run = op.getRowsPerGroup() / numPages;
    for (int64_t j = 0; j < numPages; ++j) {
      Value clamped = clampKey(b, op, tileKey(b, op, range, j * run), last);
      Value at = b.add(range.pageBegin, b.div(clamped, range.cst(b, op.getPageSize())));
      pages.push_back(b.loadIndex(adaptor.getKvIndices(), {range.toIndex(b, at)}));
    }
    rewriter.replaceOp(op, pages);
    return success();
  }
};

/// attn.copy_kv_tile -> one 16-byte cp.async per row and tensor (CopyKVTileLowering). Memref
/// operands come from the adaptor as descriptors; the key and index operands are read from the
/// op, in `index` (the adaptor has them as i64): the kernels were measured with that
/// arithmetic.
struct CopyKVTileOpLowering : public ConvertOpToLLVMPattern<CopyKVTileOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;
  LogicalResult matchAndRewrite(CopyKVTileOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    KernelBuilder b = KernelBuilder::before(op, rewriter);
    CopyKVTileLowering lowering(b, op, adaptor.getKCache(), adaptor.getVCache(), adaptor.getKTile(),
                                adaptor.getVTile());
    lowering.prologue();
    for (int64_t j = 0, e = op.getRowsPerGroup(); j < e; ++j)
      lowering.emitRow(j);
    // A synchronous copy: its own commit and a wait for it. A copy with an mbarrier: the
    // barrier tracks the thread's copies and counts its arrival when they land (noinc: the
    // arrival is one of the barrier's expected count).
    if (!op.getAsync()) {
      NVVM::CpAsyncCommitGroupOp::create(b);
      NVVM::CpAsyncWaitGroupOp::create(b, 0);
    } else if (Value arrive = adaptor.getArrive()) {
      auto shared = LLVM::LLVMPointerType::get(op.getContext(),
                                               static_cast<unsigned>(NVVM::NVVMMemorySpace::Shared));
      Value bar = LLVM::IntToPtrOp::create(b, shared, arrive);
      NVVM::CpAsyncMBarrierArriveOp::create(b, bar, /*noinc=*/!op.getArriveInc());
    }
    rewriter.eraseOp(op);
    return success();
  }
};

/// attn.tma_copy_kv_tile -> (with `arm`) mbarrier.arrive.expect_tx with the bytes of one K
/// and one V tile, then one cp.async.bulk.tensor per 64-column block of K and of V. The
/// destination is a shared::cluster address (the CTA's own shared memory is part of its
/// cluster's window; the shared::cta form needs a newer PTX ISA than the kernels target); the
/// tensor maps are the generic addresses of the by-value kernel parameters.
struct TmaCopyKVTileOpLowering : public ConvertOpToLLVMPattern<TmaCopyKVTileOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;
  LogicalResult matchAndRewrite(TmaCopyKVTileOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    constexpr int64_t kBoxCols = 64;
    KernelBuilder b = KernelBuilder::before(op, rewriter);
    MLIRContext *ctx = op.getContext();
    Location loc = op.getLoc();
    auto tileType = cast<MemRefType>(op.getKTile().getType());
    int64_t rows = tileType.getDimSize(1), width = tileType.getDimSize(2);
    Type elt = tileType.getElementType();
    int64_t eltBytes = elt.getIntOrFloatBitWidth() / 8;
    auto i32 = b.getI32Type();
    auto shared =
        LLVM::LLVMPointerType::get(ctx, static_cast<unsigned>(NVVM::NVVMMemorySpace::Shared));
    auto cluster = LLVM::LLVMPointerType::get(
        ctx, static_cast<unsigned>(NVVM::NVVMMemorySpace::SharedCluster));
    Value bar = LLVM::IntToPtrOp::create(b, shared, adaptor.getArrive());
    if (Value arm = adaptor.getArm()) {
      // A constant true arms unconditionally (no predicate on the instruction).
      Value predicate = matchPattern(arm, m_One()) ? Value() : arm;
      Value bytes = c32(b, 2 * rows * width * eltBytes);
      NVVM::MBarrierArriveExpectTxOp::create(b, Type(), bar, bytes, NVVM::MemScopeKindAttr(),
                                             BoolAttr(), predicate);
    }
    auto narrow = [&](Value v) { return arith::IndexCastOp::create(b, i32, v).getResult(); };
    SmallVector<Value> box = llvm::map_to_vector(op.getBox(), narrow);
    // Element offset of the box's first row in block 0 of the stage (64 elements a row). One
    // op per statement: the order of argument evaluation, and so of the ops, is the host
    // compiler's otherwise.
    Value stage = narrow(op.getStage());
    Value stageOff = b.mul(stage, c32(b, rows * width));
    Value row = narrow(op.getRow());
    Value rowOff = b.mul(row, c32(b, kBoxCols));
    Value first = b.add(stageOff, rowOff);
    for (auto [map, tile] : {std::pair{adaptor.getKMap(), adaptor.getKTile()},
                             std::pair{adaptor.getVMap(), adaptor.getVTile()}}) {
      Value desc = MemRefDescriptor(map).alignedPtr(b, loc);
      Value base = MemRefDescriptor(tile).alignedPtr(b, loc);
      for (int64_t block = 0; block < width / kBoxCols; ++block) {
        Value off = block ? b.add(first, c32(b, block * rows * kBoxCols)) : first;
        Value dst = LLVM::GEPOp::create(b, shared, elt, base, ValueRange{off},
                                        LLVM::GEPNoWrapFlags::inbounds);
        Value dstCluster = LLVM::AddrSpaceCastOp::create(b, cluster, dst);
        SmallVector<Value> coords(box);
        if (block)
          coords[0] = b.add(box[0], c32(b, block * kBoxCols));
        NVVM::CpAsyncBulkTensorGlobalToSharedClusterOp::create(
            b, dstCluster, desc, coords, bar, ValueRange{},
            /*multicastMask=*/Value(), /*l2CacheHint=*/Value(), NVVM::TMALoadModeAttr(), BoolAttr(),
            NVVM::CTAGroupKindAttr(), /*predicate=*/Value());
      }
    }
    rewriter.eraseOp(op);
    return success();
  }
  static Value c32(KernelBuilder &b, int64_t v) {
    return arith::ConstantIntOp::create(b, b.getI32Type(), v);
  }
};

/// attn.mma -> nvvm.mma.sync m16n8k16.
struct MmaOpLowering : public OpConversionPattern<MmaOp> {
  using Base::Base;
  LogicalResult matchAndRewrite(MmaOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override;
};

/// attn.recompute -> an inline-asm mov with side effects.
struct RecomputeOpLowering : public OpConversionPattern<RecomputeOp> {
  using Base::Base;
  LogicalResult matchAndRewrite(RecomputeOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, opaqueCopy(rewriter, op.getLoc(), adaptor.getValue()));
    return success();
  }
};

/// attn.commit_kv_tiles -> cp.async.commit_group.
struct CommitKVTilesOpLowering : public OpConversionPattern<CommitKVTilesOp> {
  using Base::Base;
  LogicalResult matchAndRewrite(CommitKVTilesOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<NVVM::CpAsyncCommitGroupOp>(op);
    return success();
  }
};

/// attn.wait_kv_tiles -> cp.async.wait_group with the op's count of pending groups.
struct WaitKVTilesOpLowering : public OpConversionPattern<WaitKVTilesOp> {
  using Base::Base;
  LogicalResult matchAndRewrite(WaitKVTilesOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<NVVM::CpAsyncWaitGroupOp>(op,
                                                          static_cast<int32_t>(op.getPending()));
    return success();
  }
};
} // namespace

LogicalResult MmaOpLowering::matchAndRewrite(MmaOp op, OpAdaptor adaptor,
                                             ConversionPatternRewriter &rewriter) const {
  // Tensor-core kernels hold their accumulators in registers: left alone, ptxas may cap a
  // 256-thread kernel at 128 registers for occupancy and spill them.
  if (auto func = op->getParentOfType<gpu::GPUFuncOp>())
    rewriter.modifyOpInPlace(func, [&] {
      func->setAttr(NVVM::NVVMDialect::getMaxnregAttrName(),
                    rewriter.getI32IntegerAttr(kernelRegisterCap(func)));
    });
  // mma.sync.aligned.m16n8k16.row.col.f32.{bf16,f16}.{bf16,f16}.f32 (PTX ISA, "mma"): A is four
  // and B two 32-bit registers of packed pairs. f16 pairs are passed as vector<2xf16>, bf16
  // pairs as i32 (the intrinsics' operand types).
  KernelBuilder b = KernelBuilder::before(op, rewriter);
  bool bf16 = op.getA().getType().getElementType().isBF16();
  auto i32 = b.getI32Type();
  auto registers = [&](Value frag, int64_t n) {
    SmallVector<Value> regs;
    for (int64_t r = 0; r < n; ++r) {
      Value pair = vector::ExtractOp::create(b, frag, r);
      if (bf16)
        pair = vector::ExtractOp::create(
            b, vector::BitCastOp::create(b, VectorType::get({1}, i32), pair), 0);
      regs.push_back(pair);
    }
    return regs;
  };
  SmallVector<Value> a = registers(adaptor.getA(), 4), bRegs = registers(adaptor.getB(), 2);
  SmallVector<Value> c;
  for (int64_t r = 0; r < 2; ++r)
    for (int64_t e = 0; e < 2; ++e)
      c.push_back(vector::ExtractOp::create(b, adaptor.getAcc(), ArrayRef<int64_t>{r, e}));
  auto f32 = b.getF32Type();
  auto resultType = LLVM::LLVMStructType::getLiteral(op.getContext(), {f32, f32, f32, f32});
  auto ptxType = bf16 ? NVVM::MMATypes::bf16 : NVVM::MMATypes::f16;
  Value d = NVVM::MmaOp::create(b, resultType, a, bRegs, c, /*shape=*/ArrayRef<int64_t>{16, 8, 16},
                                /*b1Op=*/std::nullopt, /*intOverflow=*/std::nullopt,
                                /*multiplicandPtxTypes=*/
                                std::array<NVVM::MMATypes, 2>{ptxType, ptxType},
                                /*multiplicandLayouts=*/
                                std::array<NVVM::MMALayout, 2>{NVVM::MMALayout::row,
                                                               NVVM::MMALayout::col});
  SmallVector<Value> out;
  for (int64_t e = 0; e < 4; ++e)
    out.push_back(LLVM::ExtractValueOp::create(b, d, e));
  rewriter.replaceOp(op, vector::FromElementsOp::create(b, op.getRes().getType(), out));
  return success();
}

Value mlir::attn::opaqueCopy(OpBuilder &b, Location loc, Value value) {
  unsigned width = value.getType().getIntOrFloatBitWidth();
  StringRef constraint = width == 64 ? "=l,l" : "=r,r";
  std::string asmText = width == 64 ? "mov.b64 $0, $1;" : "mov.b32 $0, $1;";
  auto inlineAsm = LLVM::InlineAsmOp::create(
      b, loc, value.getType(), ValueRange{value}, asmText, constraint,
      /*has_side_effects=*/true, /*is_align_stack=*/false, LLVM::TailCallKind::None,
      /*asm_dialect=*/LLVM::AsmDialectAttr(), /*operand_attrs=*/ArrayAttr());
  return inlineAsm.getResult(0);
}

void mlir::attn::populateTileOpPatterns(const LLVMTypeConverter &converter,
                                        RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<KVTilePagesOpLowering, MmaOpLowering, RecomputeOpLowering, CommitKVTilesOpLowering,
               WaitKVTilesOpLowering>(ctx);
  patterns.add<CopyKVTileOpLowering, TmaCopyKVTileOpLowering>(converter);
}
