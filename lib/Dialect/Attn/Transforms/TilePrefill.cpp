//===- TilePrefill.cpp - attn-tile for the tensor-core prefill kernel ------===//
//
// Tiles a prefill / append attn.attention inside an outlined kernel into a FlashAttention-2
// kernel body on warp-level tensor-core MMAs (attn.mma, m16n8k16, f32 accumulation) fed by
// nvgpu.ldmatrix from XOR-swizzled shared memory. One CTA handles one work item of the
// runtime's plan (request b, Q tile, keys [kv_begin, kv_end)) for one KV head; the Q tile is
// `tile_q` packed rows, packed row r being query r / G of head kvh * G + r % G, so the G query
// heads that share a KV head share every K/V byte brought into shared memory
// (docs/PREFILL_ABI.md). Warp w owns rows [w * m_tiles * 16, (w + 1) * m_tiles * 16):
//
//   Q tile -> shared memory (once)
//   for each KV tile of tile_kv keys (K and V gathered by attn.copy_kv_tile, swizzled):
//     S  = Q K^T                                  (ldmatrix Q, K; mma)
//     S  = soft_cap(S), masked keys -> -inf       (only tiles the mask cuts through)
//     m' = max(m, rowmax S); alpha = 2^(m - m') (in scaled units)
//     P  = 2^(S * scale - m' * scale);  l = alpha * l + rowsum P
//     O  = alpha * O + P V                         (P re-used as the A fragment; ldmatrix.trans V)
//   O / l and the log-sum-exp to the output rows, or to the f32 partial rows of a split item.
//
//===----------------------------------------------------------------------===//

#include "attn-rt/KernelABI.h"
#include "attn/Dialect/Attn/Utils/KernelBuilder.h"
#include "attn/Dialect/Attn/Utils/Rope.h"

#include "attn/Dialect/Attn/IR/AttnOps.h"
#include "attn/Dialect/Attn/Transforms/Heuristics.h"
#include "attn/Dialect/Attn/Transforms/Transforms.h"

#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Dialect/NVGPU/IR/NVGPUDialect.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;
namespace rtabi = ::attn::rt::abi;
using namespace mlir::attn;
using namespace mlir::attn::detail;

namespace {

/// How far (base 2) a score may exceed its row's running max before the max moves and l and O
/// are rescaled: exponentials stay below 2^8, far from f32 and bf16 limits.
constexpr double kRescaleThreshold = 8.0;

/// Combines `values` pairwise (a tree of depth log2 n rather than a chain of n - 1 dependent
/// operations: the row max and row sum sit on the softmax's critical path).
template <typename Combine>
Value treeReduce(ArrayRef<Value> values, Combine combine) {
  SmallVector<Value> level(values);
  while (level.size() > 1) {
    SmallVector<Value> next;
    for (size_t i = 0; i + 1 < level.size(); i += 2)
      next.push_back(combine(level[i], level[i + 1]));
    if (level.size() % 2)
      next.push_back(level.back());
    level = std::move(next);
  }
  return level.front();
}

/// Everything the prefill emitter needs, gathered and checked up front.
struct PrefillKernel {
  AttentionOp op;
  Operation *kvDef = nullptr;
  gpu::GPUFuncOp func;
  KernelConfigAttr config;
  PrefillLayout layout;
  bool paged = false, hnd = false, causal = false;
  /// A bit-packed custom mask (every tile is masked per element) or a block-sparse mask (the
  /// KV loop walks the Q tile's block row, `tilesPerBlock` tiles per listed key block).
  bool custom = false, blockSparse = false;
  int64_t blockRows = 0, blockCols = 0, tilesPerBlock = 0;
  std::optional<int64_t> window;
  std::optional<double> softCap;
  std::optional<RopeAttr> rope;
  bool alibi = false;
  double smScale = 1.0;
  int64_t group = 0, headDim = 0, vec = 0, tileQ = 0, tileKv = 0, stages = 0, pageSize = 1;
  Type elt;
  // Kernel parameters.
  Value q, qoIndptr, kSrc, vSrc, kvIndptr, kvIndices, kvLastPageLen;
  Value workRequest, workQoTile, workKvBegin, workKvEnd, workPartial, workPartialStride,
      numWork;
  Value o, lse, tmpO, tmpLse, alibiSlopes, ropeOffsets;
  Value customMask, maskIndptr, blockIndptr, blockIndices;
};

LogicalResult gather(AttentionOp op, PrefillKernel &k) {
  k.op = op;
  k.func = op->getParentOfType<gpu::GPUFuncOp>();
  if (!k.func)
    return op.emitOpError() << "expected to be inside an outlined kernel (run attn-outline)";
  std::optional<KernelConfigAttr> config = op.getKernelConfig();
  if (!config || config->getStrategy() != Strategy::Prefill)
    return op.emitOpError() << "expected a prefill kernel_config";
  k.config = *config;
  k.kvDef = op.getKv().getDefiningOp();
  if (auto paged = dyn_cast_or_null<PagedKVOp>(k.kvDef)) {
    k.paged = true;
    k.hnd = paged.getType().getLayout() == KVLayout::HND;
    k.pageSize = paged.getType().getPageSize();
    k.kSrc = paged.getKCache();
    k.vSrc = paged.getVCache();
    k.kvIndptr = paged.getKvIndptr();
    k.kvIndices = paged.getKvIndices();
    k.kvLastPageLen = paged.getKvLastPageLen();
  } else if (auto ragged = dyn_cast_or_null<RaggedKVOp>(k.kvDef)) {
    k.kSrc = ragged.getK();
    k.vSrc = ragged.getV();
    k.kvIndptr = ragged.getKvIndptr();
  } else {
    return op.emitOpError() << "expected the KV source to be built by attn.paged_kv or "
                               "attn.ragged_kv inside the kernel";
  }
  MaskAttr mask = op.getMask();
  k.causal = mask.getKind() == MaskKind::Causal;
  k.custom = mask.getKind() == MaskKind::Custom;
  k.blockSparse = mask.getKind() == MaskKind::BlockSparse;
  k.window = mask.getWindowLeft();
  if (k.window && !k.causal)
    return op.emitOpError() << "prefill with a sliding window needs the causal mask";
  k.customMask = op.getCustomMask();
  k.maskIndptr = op.getMaskIndptr();
  k.blockIndptr = op.getBlockIndptr();
  k.blockIndices = op.getBlockIndices();
  // (The op's verifier guarantees the mask operands its kind needs, and a block shape.)
  if (k.blockSparse) {
    k.blockRows = *mask.getBlockRows();
    k.blockCols = *mask.getBlockCols();
  }
  k.alibi = op.getAlibi();
  k.rope = op.getRope();
  k.elt = op.getQ().getType().getElementType();
  Type kvElt = cast<MemRefType>(k.kSrc.getType()).getElementType();
  if (kvElt != k.elt || !(k.elt.isBF16() || k.elt.isF16()))
    return op.emitOpError() << "prefill needs f16 or bf16 Q, K and V of one type, got "
                            << k.elt << " and " << kvElt;
  if (std::optional<APFloat> cap = op.getLogitsSoftCap())
    k.softCap = cap->convertToDouble();
  k.smScale = op.getEffectiveSmScale();

  k.group = op.getGroupSize();
  k.headDim = op.getHeadDim();
  k.vec = config->getVec();
  k.tileQ = config->getTileQ();
  k.tileKv = config->getTileKv();
  k.stages = config->getStages();
  std::string why;
  std::optional<PrefillLayout> layout = getPrefillLayout(
      getAttentionProblem(op, config->getSm()),
      KernelChoice{false, config->getSm(), config->getThreads(), k.tileQ, k.tileKv, k.stages,
                   config->getSplitKv(), k.vec, config->getHeadsPerThread()},
      why);
  if (!layout)
    return op.emitOpError() << "kernel_config does not fit the op: " << why;
  k.layout = *layout;
  if (k.blockSparse)
    k.tilesPerBlock = k.blockCols / k.tileKv; // getPrefillLayout checked the divisibility
  if (k.vec * static_cast<int64_t>(k.elt.getIntOrFloatBitWidth() / 8) != kVectorBytes)
    return op.emitOpError() << "expected kernel_config vec (" << k.vec
                            << ") to make 16-byte vectors of " << k.elt;

  if (k.rope && k.rope->getRotaryDim() % (2 * k.vec) != 0)
    return op.emitOpError() << "prefill RoPE needs rotary_dim (" << k.rope->getRotaryDim()
                            << ") to be a multiple of 2 * vec (" << 2 * k.vec << ")";
  k.alibiSlopes = op.getAlibiSlopes();
  k.ropeOffsets = op.getRopeOffsets();
  k.q = op.getQ();
  k.qoIndptr = op.getQoIndptr();
  k.o = op.getO();
  k.lse = op.getLse();
  bool split = config->getSplitKv();
  return bindParams(op, k.func,
                    {{rtabi::decode::kWorkRequest, &k.workRequest, true},
                     {rtabi::prefill::kWorkQoTile, &k.workQoTile, true},
                     {rtabi::decode::kWorkKvBegin, &k.workKvBegin, true},
                     {rtabi::decode::kWorkKvEnd, &k.workKvEnd, true},
                     {rtabi::decode::kWorkPartial, &k.workPartial, true},
                     {rtabi::prefill::kWorkPartialStride, &k.workPartialStride, true},
                     {rtabi::decode::kNumWork, &k.numWork, true},
                     {rtabi::decode::kTmpO, &k.tmpO, split},
                     {rtabi::decode::kTmpLse, &k.tmpLse, split}});
}

/// The running softmax state of one warp: per 16-row slice mt and half h (rows g and g + 8 of
/// the slice), the running max m (raw score units) and the thread's partial row sum l; per
/// slice and 8-column block of head_dim, the O accumulator fragment.
struct WarpState {
  SmallVector<Value> m, l; // [mt * 2 + h]
  SmallVector<Value> o;    // [mt * (D / 8) + n]

  SmallVector<Value> flatten() const {
    SmallVector<Value> all(m);
    all.append(l);
    all.append(o);
    return all;
  }
  static WarpState unflatten(ValueRange values, int64_t rows, int64_t blocks) {
    WarpState s;
    s.m.assign(values.begin(), values.begin() + rows);
    s.l.assign(values.begin() + rows, values.begin() + 2 * rows);
    s.o.assign(values.begin() + 2 * rows, values.begin() + 2 * rows + blocks);
    return s;
  }
};

class PrefillEmitter {
public:
  PrefillEmitter(PrefillKernel &k, KernelBuilder &b) : k(k), b(b) {}
  LogicalResult emit(RewriterBase &rewriter);

private:
  Value ldmatrix(Value tile, ValueRange indices, bool transpose);
  /// Lane arithmetic is done in i32 (an index is 64-bit on the device, and every such value
  /// kept live across the KV loop would cost two registers); memref indices are cast back.
  Value c32(int64_t v) { return arith::ConstantIntOp::create(b, b.getI32Type(), v); }
  Value to32(Value index) { return arith::IndexCastOp::create(b, b.getI32Type(), index); }
  Value toIndex(Value v) { return arith::IndexCastOp::create(b, b.getIndexType(), v); }
  SmallVector<Value> swizzleTable(Value laneChunkBit);
  Value swizzledColumn(int64_t evenChunk, ArrayRef<Value> table);
  Value sliceB(Value x4, int64_t half);
  /// One KV tile folded into `state`; `masked` emits the per-element mask.
  WarpState computeTile(const WarpState &state, Value stage, Value tileStart, bool masked);
  /// Whether the custom mask admits the key `keyBase + offset` (i32) for the query at bit
  /// `rowBits` (index) of custom_mask.
  Value customBit(Value rowBits, Value keyBase, int64_t offset);
  /// Rotates the K rows this thread copied into `stage` (keys tileStart + row) in place.
  void rotateKeys(Value stage, Value tileStart);
  void writeOutputs(const WarpState &state);

  PrefillKernel &k;
  KernelBuilder &b;
  int64_t mTiles = 0, nBlocksS = 0, nBlocksO = 0, kChunks = 0;
  VectorType fragA, fragB, fragC;
  double expScale = 1.0;
  // Per-thread values.
  Value lane, warpRow0, g, c2, laneRow8, laneHalf, laneQuarter;
  /// Per-lane swizzled column offsets (see swizzleTable) of the Q / V (chunk bit lane / 16)
  /// and K (chunk bit (lane / 8) % 2) ldmatrix addresses.
  SmallVector<Value> colQ, colK;
  Value qS, kS, vS;
  // Per work item.
  Value request, qo0, packedLen, rowStart, rowEnd, delta, kvEnd, partial, partialStride,
      kvHead;
  Value rowStart32, delta32, kvEnd32;
  /// Custom mask: the request's length in keys and packed rows, and the bit offset of its
  /// mask in custom_mask. Block-sparse: the Q tile's first entry in block_indices.
  Value kvLen, kvLen32, packedLen32, maskBits, blockBegin;
  /// ALiBi: per row (mt * 2 + h), slope_h in the units of the raw scores.
  SmallVector<Value> alibiSlopes;
  /// RoPE: the lane's data for its copy column and (non-interleaved) the partner column.
  std::optional<RopeLane> ropeLane, ropePartnerLane;
  Value copyGroup, copyCol, ropeOffset;
};

Value PrefillEmitter::ldmatrix(Value tile, ValueRange indices, bool transpose) {
  return nvgpu::LdMatrixOp::create(b, fragA, tile, indices, transpose, /*numTiles=*/4);
}

/// An ldmatrix lane addresses logical chunk c + bit (c even, bit its lane's chunk bit) of a
/// row r with r % 8 == lane % 8, stored at chunk (c + bit) ^ (lane % 8) of the swizzled tile:
/// that is (c & ~7) + ((c & 7) ^ bit ^ (lane % 8)). The four per-lane values
/// ((2j) ^ bit ^ (lane % 8)) * vec, j < 4, are computed once, so every address in the loop is a
/// lane base plus a constant (and the compiler keeps 4 offsets live, not one per fragment).
SmallVector<Value> PrefillEmitter::swizzleTable(Value laneChunkBit) {
  Value toggle = arith::XOrIOp::create(b, laneChunkBit, laneRow8);
  SmallVector<Value> table;
  for (int64_t j = 0; j < kSwizzleRows / 2; ++j) {
    Value chunk = arith::XOrIOp::create(b, c32(2 * j), toggle);
    table.push_back(b.mul(chunk, c32(k.vec)));
  }
  return table;
}

Value PrefillEmitter::swizzledColumn(int64_t evenChunk, ArrayRef<Value> table) {
  int64_t high = evenChunk & ~(kSwizzleRows - 1);
  Value low = table[(evenChunk & (kSwizzleRows - 1)) / 2];
  return toIndex(high ? b.add(low, c32(high * k.vec)) : low);
}

/// The B fragment of one 8-column block from an x4 ldmatrix result: registers 2h and 2h+1.
Value PrefillEmitter::sliceB(Value x4, int64_t half) {
  return vector::ExtractStridedSliceOp::create(b, x4, ArrayRef<int64_t>{2 * half, 0},
                                               ArrayRef<int64_t>{2, 2},
                                               ArrayRef<int64_t>{1, 1});
}

WarpState PrefillEmitter::computeTile(const WarpState &state, Value stage, Value tileStart,
                                      bool masked) {
  Value zeroC = b.vecSplat(fragC, 0.0);

  // S = Q K^T: per k-chunk of 16 features, the warp's Q fragments and two key blocks per x4
  // ldmatrix of K.
  SmallVector<Value> s(mTiles * nBlocksS, zeroC);
  // The Q tile does not change over the loop: recompute the lane's row and column offsets in
  // it here so that every Q fragment address is one of them plus a constant (see
  // attn.recompute).
  auto recompute = [&](Value v) { return RecomputeOp::create(b, v.getType(), v).getResult(); };
  Value qRow = recompute(b.add(warpRow0, b.rem(lane, c32(16))));
  SmallVector<Value> qCols;
  for (Value col : colQ)
    qCols.push_back(recompute(col));
  for (int64_t kc = 0; kc < kChunks; ++kc) {
    SmallVector<Value> qa;
    for (int64_t mt = 0; mt < mTiles; ++mt) {
      Value row = toIndex(b.add(qRow, c32(mt * 16)));
      qa.push_back(ldmatrix(qS, {row, swizzledColumn(2 * kc, qCols)}, false));
    }
    for (int64_t np = 0; np < nBlocksS / 2; ++np) {
      auto c321 = c32(np * 16);
      Value row = toIndex(b.add(c321, b.add(laneRow8, b.mul(laneHalf, c32(8)))));
      Value kb = ldmatrix(kS, {stage, row, swizzledColumn(2 * kc, colK)}, false);
      for (int64_t h = 0; h < 2; ++h) {
        Value frag = sliceB(kb, h);
        for (int64_t mt = 0; mt < mTiles; ++mt) {
          Value &acc = s[mt * nBlocksS + 2 * np + h];
          acc = MmaOp::create(b, fragC, qa[mt], frag, acc);
        }
      }
    }
  }

  // Scores: soft cap, mask, online softmax, P fragments.
  WarpState next = state;
  SmallVector<Value> pFrags(mTiles * (nBlocksS / 2));
  // elems[mt * 2 + h][n * 2 + e]: row g + 8h of slice mt, key tileStart + n * 8 + c2 + e;
  // rowMax[mt * 2 + h]: the tile's row max over the four lanes that share the row.
  SmallVector<SmallVector<Value>> allElems(mTiles * 2);
  SmallVector<Value> rowMax(mTiles * 2);
  for (int64_t mt = 0; mt < mTiles; ++mt) {
    SmallVector<SmallVector<Value>> elems(2);
    for (int64_t n = 0; n < nBlocksS; ++n)
      for (int64_t h = 0; h < 2; ++h)
        for (int64_t e = 0; e < 2; ++e)
          elems[h].push_back(vector::ExtractOp::create(b, s[mt * nBlocksS + n],
                                                       ArrayRef<int64_t>{h, e}));
    // The key of element (n, e) is tileStart + c2 + n * 8 + e: the mask compares the
    // constant n * 8 + e with per-row limits relative to tileStart + c2, so that no per-element
    // key stays live across the loop.
    bool positions = (masked && k.causal) || k.alibi;
    Value keyBase = masked || positions ? b.add(tileStart, c2) : Value();
    Value endLimit = masked ? b.sub(kvEnd32, keyBase) : Value(); // n * 8 + e < endLimit
    for (int64_t h = 0; h < 2; ++h) {
      Value causalLimit, windowLimit, alibiBase, customRow;
      if (masked && k.custom) {
        // The row's query (a padding row past the request reads its last query's bits).
        Value row = b.add(rowStart32, b.add(warpRow0, b.add(c32(mt * 16 + 8 * h), g)));
        auto minIdx1 = b.minIdx(row, b.sub(packedLen32, c32(1)));
        row = b.maxIdx(minIdx1, c32(0));
        customRow = b.add(maskBits, b.mul(toIndex(b.div(row, c32(k.group))), kvLen));
      }
      if (positions) {
        Value row = b.add(rowStart32, b.add(warpRow0, b.add(c32(mt * 16 + 8 * h), g)));
        // Query i sits at position i + kv_len - qo_len (bottom-right alignment): causal keys
        // are <= it, window keys >= it - window_left.
        Value pos = b.add(b.div(row, c32(k.group)), delta32);
        causalLimit = b.sub(pos, keyBase);
        if (k.window)
          windowLimit = b.sub(causalLimit, c32(*k.window));
        // ALiBi: s += slope * (key - pos) = slope * (n * 8 + e) - slope * causalLimit.
        if (k.alibi) {
          Value negSlope = b.fsub(b.f32(0.0), alibiSlopes[mt * 2 + h]);
          alibiBase = b.fmul(negSlope, toF32(b, causalLimit));
        }
      }
      for (int64_t n = 0; n < nBlocksS; ++n)
        for (int64_t e = 0; e < 2; ++e) {
          Value &x = elems[h][n * 2 + e];
          if (k.softCap) {
            Value tanh = math::TanhOp::create(b, b.fmul(x, b.f32(k.smScale / *k.softCap)),
                                              arith::FastMathFlags::afn);
            x = b.fmul(tanh, b.f32(*k.softCap));
          }
          if (k.alibi)
            x = b.fadd(x, math::FmaOp::create(b, alibiSlopes[mt * 2 + h],
                                              b.f32(static_cast<double>(n * 8 + e)), alibiBase));
          if (!masked)
            continue;
          Value offset = c32(n * 8 + e);
          Value valid = b.slt(offset, endLimit);
          if (k.causal)
            valid = arith::AndIOp::create(b, valid, arith::CmpIOp::create(
                                                        b, arith::CmpIPredicate::sle, offset,
                                                        causalLimit));
          if (k.window)
            valid = arith::AndIOp::create(b, valid,
                                          arith::CmpIOp::create(b, arith::CmpIPredicate::sge,
                                                                offset, windowLimit));
          if (k.custom)
            valid = arith::AndIOp::create(b, valid, customBit(customRow, keyBase, n * 8 + e));
          x = b.select(valid, x, b.negInf());
        }
      // The tile's row max over the four lanes that share the row.
      Value mx = treeReduce(elems[h], [&](Value x, Value y) { return b.fmax(x, y); });
      for (int32_t offset : {1, 2})
        mx = b.fmax(mx, gpu::ShuffleOp::create(b, mx, offset, /*width=*/32,
                                              gpu::ShuffleMode::XOR)
                            .getShuffleResult());
      rowMax[mt * 2 + h] = mx;
      allElems[mt * 2 + h] = std::move(elems[h]);
    }
  }

  // The running max m is the reference of the exponentials, p = 2^(s * scale - m * scale),
  // and of l and O. It only has to bound the scores loosely: it moves (and l and O are
  // rescaled by alpha = 2^((m - m') * scale)) only when some row of the warp sees a score more
  // than kRescaleThreshold (base 2) above its m, so p stays below 2^kRescaleThreshold and
  // most tiles of a long row skip the rescale of every O register (a warp-uniform branch).
  // A row that has seen only -inf uses 0 for m * scale, so that no -inf - -inf appears.
  auto scaledMax = [&](Value m) {
    auto foeq3 = b.foeq(m, b.negInf());
    auto f321 = b.f32(0.0);
    return b.select(foeq3, f321, b.fmul(m, b.f32(expScale)));
  };
  Value grows;
  for (int64_t idx = 0; idx < mTiles * 2; ++idx) {
    Value limit = b.fadd(state.m[idx], b.f32(kRescaleThreshold / expScale));
    Value rowGrows = b.fogt(rowMax[idx], limit);
    grows = grows ? arith::OrIOp::create(b, grows, rowGrows) : rowGrows;
  }
  Value anyGrows = NVVM::VoteSyncOp::create(b, b.getI1Type(), c32(-1), grows,
                                            NVVM::VoteSyncKind::any);
  SmallVector<Type> rescaledTypes;
  for (Value v : state.m)
    rescaledTypes.push_back(v.getType());
  for (Value v : state.l)
    rescaledTypes.push_back(v.getType());
  for (Value v : state.o)
    rescaledTypes.push_back(v.getType());
  auto rescale = scf::IfOp::create(b, rescaledTypes, anyGrows, /*withElseRegion=*/true);
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(rescale.thenBlock());
    WarpState moved = state;
    for (int64_t idx = 0; idx < mTiles * 2; ++idx) {
      Value mNew = b.fmax(state.m[idx], rowMax[idx]);
      auto fmul2 = b.fmul(state.m[idx], b.f32(expScale));
      Value alpha = b.exp2(b.fsub(fmul2, scaledMax(mNew)));
      moved.m[idx] = mNew;
      moved.l[idx] = b.fmul(state.l[idx], alpha);
      // O rows g + 8h of slice mt rescaled.
      int64_t mt = idx / 2, h = idx % 2;
      for (int64_t n = 0; n < nBlocksO; ++n) {
        Value &acc = moved.o[mt * nBlocksO + n];
        for (int64_t e = 0; e < 2; ++e) {
          Value v = vector::ExtractOp::create(b, acc, ArrayRef<int64_t>{h, e});
          acc = vector::InsertOp::create(b, b.fmul(v, alpha), acc, ArrayRef<int64_t>{h, e});
        }
      }
    }
    scf::YieldOp::create(b, moved.flatten());
    b.setInsertionPointToStart(rescale.elseBlock());
    scf::YieldOp::create(b, state.flatten());
  }
  next = WarpState::unflatten(rescale.getResults(), mTiles * 2, mTiles * nBlocksO);

  for (int64_t mt = 0; mt < mTiles; ++mt) {
    SmallVector<SmallVector<Value>> elems = {allElems[mt * 2], allElems[mt * 2 + 1]};
    for (int64_t h = 0; h < 2; ++h) {
      int64_t idx = mt * 2 + h;
      auto f322 = b.f32(0.0);
      Value negM = b.fsub(f322, scaledMax(next.m[idx]));
      for (Value &x : elems[h])
        x = b.exp2(math::FmaOp::create(b, x, b.f32(expScale), negM));
      Value sum = treeReduce(elems[h], [&](Value x, Value y) { return b.fadd(x, y); });
      next.l[idx] = b.fadd(next.l[idx], sum);
    }
    // P as A fragments of 16 keys each: [p(g, blk 2j), p(g+8, blk 2j), p(g, blk 2j+1),
    // p(g+8, blk 2j+1)], two elements each.
    auto fragF32 = VectorType::get({4, 2}, b.getF32Type());
    for (int64_t j = 0; j < nBlocksS / 2; ++j) {
      SmallVector<Value> parts;
      for (int64_t blk : {2 * j, 2 * j + 1})
        for (int64_t h = 0; h < 2; ++h)
          for (int64_t e = 0; e < 2; ++e)
            parts.push_back(elems[h][blk * 2 + e]);
      Value p = vector::FromElementsOp::create(b, fragF32, parts);
      pFrags[mt * (nBlocksS / 2) + j] = arith::TruncFOp::create(b, fragA, p);
    }
  }

  // O += P V: per 16 keys and 16 features, an x4 transposed ldmatrix of V gives two B
  // fragments.
  for (int64_t j = 0; j < nBlocksS / 2; ++j)
    for (int64_t np = 0; np < nBlocksO / 2; ++np) {
      auto c322 = c32(j * 16);
      Value row = toIndex(b.add(c322, b.add(laneRow8, b.mul(laneQuarter, c32(8)))));
      Value vb = ldmatrix(vS, {stage, row, swizzledColumn(2 * np, colQ)}, true);
      for (int64_t h = 0; h < 2; ++h) {
        Value frag = sliceB(vb, h);
        for (int64_t mt = 0; mt < mTiles; ++mt) {
          Value &acc = next.o[mt * nBlocksO + 2 * np + h];
          acc = MmaOp::create(b, fragC, pFrags[mt * (nBlocksS / 2) + j], frag, acc);
        }
      }
    }
  return next;
}

Value PrefillEmitter::customBit(Value rowBits, Value keyBase, int64_t offset) {
  // Keys past the request (masked by the range check) read its last key's bit, so that no
  // byte past the request's mask is touched.
  auto add2 = b.add(keyBase, c32(offset));
  Value key = b.minIdx(add2, b.sub(kvLen32, c32(1)));
  Value bit = b.add(rowBits, toIndex(key));
  Value byte = memref::LoadOp::create(b, k.customMask, ValueRange{b.div(bit, b.idx(8))});
  // A ui8 mask (arith takes signless integers only) is the same byte: the cast disappears
  // when the load is lowered to LLVM, where both are i8.
  if (!byte.getType().isSignlessInteger())
    byte = UnrealizedConversionCastOp::create(b, b.getI8Type(), byte).getResult(0);
  Value word = arith::ExtUIOp::create(b, b.getI32Type(), byte);
  auto indexCastOp1 = arith::IndexCastOp::create(b, b.getI32Type(), bit);
  Value shift = b.rem(indexCastOp1, c32(8));
  auto shRUIOp1 = arith::ShRUIOp::create(b, word, shift);
  Value set = arith::AndIOp::create(b, shRUIOp1, c32(1));
  return arith::CmpIOp::create(b, arith::CmpIPredicate::ne, set, c32(0));
}

void PrefillEmitter::rotateKeys(Value stage, Value tileStart) {
  // Each thread rotates the rows it copied. Non-interleaved pairs (c, c + rotary_dim / 2)
  // span two threads' columns, so the thread of the first half rotates both (after the
  // barrier that made the other's copy visible); interleaved pairs sit inside one chunk.
  int64_t rd = ropeLane->attr.getRotaryDim();
  bool interleave = ropeLane->attr.getInterleave();
  Value owner = b.ult(copyCol, b.idx(interleave ? rd : rd / 2));
  auto ifOwner = scf::IfOp::create(b, owner, /*withElseRegion=*/false);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(ifOwner.thenBlock());
  const PrefillLayout &L = k.layout;
  auto swizzled = [&](Value row, Value col) {
    auto div2 = b.div(col, b.idx(k.vec));
    Value chunk = arith::XOrIOp::create(b, div2,
                                        b.rem(row, b.idx(kSwizzleRows)));
    return b.mul(chunk, b.idx(k.vec));
  };
  for (int64_t j = 0; j < L.rowsPerGroup; ++j) {
    auto mul3 = b.mul(copyGroup, b.idx(L.rowsPerGroup));
    Value row = b.add(mul3, b.idx(j));
    Value pos = b.add(tileStart, row);
    if (ropeOffset)
      pos = b.add(pos, ropeOffset);
    Value posF = toF32(b, pos);
    Value col = swizzled(row, copyCol);
    Value x = b.loadVectorF32(kS, {stage, row, col}, k.vec, kVectorBytes);
    if (interleave) {
      b.storeVectorF32(applyRope(b, *ropeLane, x, x, copyCol, posF, k.vec), kS,
                       {stage, row, col}, kVectorBytes);
      continue;
    }
    Value partnerCol = swizzled(row, ropeLane->partnerCol);
    Value p = b.loadVectorF32(kS, {stage, row, partnerCol}, k.vec, kVectorBytes);
    Value xr = applyRope(b, *ropeLane, x, p, copyCol, posF, k.vec);
    Value pr = applyRope(b, *ropePartnerLane, p, x, ropeLane->partnerCol, posF, k.vec);
    b.storeVectorF32(xr, kS, {stage, row, col}, kVectorBytes);
    b.storeVectorF32(pr, kS, {stage, row, partnerCol}, kVectorBytes);
  }
}

void PrefillEmitter::writeOutputs(const WarpState &state) {
  auto f32 = b.getF32Type();
  auto rem1 = b.rem(lane, c32(4));
  Value laneIsRowLeader = b.eqIdx(rem1, c32(0));
  Value direct = arith::CmpIOp::create(b, arith::CmpIPredicate::slt, partial,
                                       arith::ConstantIntOp::create(b, partial.getType(), 0));
  auto pairF32 = VectorType::get({2}, f32);
  for (int64_t mt = 0; mt < mTiles; ++mt)
    for (int64_t h = 0; h < 2; ++h) {
      int64_t idx = mt * 2 + h;
      // The row sum over the four lanes that share the row.
      Value l = state.l[idx];
      for (int32_t offset : {1, 2})
        l = b.fadd(l, gpu::ShuffleOp::create(b, l, offset, 32, gpu::ShuffleMode::XOR)
                          .getShuffleResult());
      Value nonEmpty = b.fogt(l, b.f32(0.0));
      auto fdiv1 = b.fdiv(b.f32(1.0), l);
      Value inv = b.select(nonEmpty, fdiv1, b.f32(0.0));
      // lse = (m * scale + log2 l) * ln 2, -inf for a row without keys.
      auto fmul3 = b.fmul(state.m[idx], b.f32(expScale));
      auto fadd2 = b.fadd(fmul3, b.log2(b.select(nonEmpty, l, b.f32(1.0))));
      Value lse = b.fmul(fadd2,
                         b.f32(kLn2));
      lse = b.select(nonEmpty, lse, b.negInf());
      Value row = toIndex(b.add(rowStart32, b.add(warpRow0, b.add(c32(mt * 16 + 8 * h), g))));
      auto inRange = scf::IfOp::create(b, b.ult(row, rowEnd), false);
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(inRange.thenBlock());
      Value i = b.div(row, b.idx(k.group));
      auto mul4 = b.mul(kvHead, b.idx(k.group));
      Value head = b.add(mul4, b.rem(row, b.idx(k.group)));
      SmallVector<Value> outs;
      for (int64_t n = 0; n < nBlocksO; ++n) {
        Value acc = state.o[mt * nBlocksO + n];
        Value pair = vector::FromElementsOp::create(
            b, pairF32,
            ValueRange{b.fmul(vector::ExtractOp::create(b, acc, ArrayRef<int64_t>{h, 0}), inv),
                       b.fmul(vector::ExtractOp::create(b, acc, ArrayRef<int64_t>{h, 1}), inv)});
        outs.push_back(pair);
      }
      auto branch = scf::IfOp::create(b, direct, /*withElseRegion=*/k.tmpO != nullptr);
      auto store = [&](Value dst, Value dstLse, Value dstRow) {
        for (int64_t n = 0; n < nBlocksO; ++n)
          b.storeVectorF32(outs[n], dst, {dstRow, head, toIndex(b.add(c32(n * 8), c2))}, 4);
        if (dstLse) {
          auto leader = scf::IfOp::create(b, laneIsRowLeader, false);
          OpBuilder::InsertionGuard guard2(b);
          b.setInsertionPointToStart(leader.thenBlock());
          memref::StoreOp::create(b, lse, dstLse, ValueRange{dstRow, head});
        }
      };
      b.setInsertionPointToStart(branch.thenBlock());
      store(k.o, k.lse, b.add(qo0, i));
      if (k.tmpO) {
        b.setInsertionPointToStart(branch.elseBlock());
        Value p = arith::IndexCastOp::create(b, b.getIndexType(), partial);
        store(k.tmpO, k.tmpLse, b.add(p, b.mul(i, partialStride)));
      }
    }
}

LogicalResult PrefillEmitter::emit(RewriterBase &rewriter) {
  const PrefillLayout &L = k.layout;
  const int64_t D = k.headDim, T = k.tileKv, chunks = D / k.vec;
  const int64_t threads = k.config.getThreads();
  mTiles = L.mTiles;
  nBlocksS = T / 8;
  nBlocksO = D / 8;
  kChunks = D / 16;
  fragA = VectorType::get({4, 2}, k.elt);
  fragB = VectorType::get({2, 2}, k.elt);
  fragC = VectorType::get({2, 2}, b.getF32Type());
  // Scores are kept raw; the exponentials use base 2 with sm_scale * log2(e) folded in (or,
  // with a soft cap c, s = c * tanh(sm_scale / c * qk) then log2(e)).
  expScale = kLog2e * (k.softCap ? 1.0 : k.smScale);

  MLIRContext *ctx = k.op.getContext();
  auto workgroup = gpu::AddressSpaceAttr::get(ctx, gpu::AddressSpace::Workgroup);
  if (k.config.getSplitKv())
    k.func->setAttr(kProgrammaticPrimaryAttrName, b.getUnitAttr());

  Value tid = gpu::ThreadIdOp::create(b, gpu::Dimension::x);
  Value tid32 = to32(tid);
  lane = b.rem(tid32, c32(mlir::attn::kWarpSize));
  Value warp = b.div(tid32, c32(mlir::attn::kWarpSize));
  warpRow0 = b.mul(warp, c32(mTiles * 16));
  g = b.div(lane, c32(4));
  auto rem2 = b.rem(lane, c32(4));
  c2 = b.mul(rem2, c32(2));
  laneRow8 = b.rem(lane, c32(8));
  laneHalf = b.div(lane, c32(16));
  auto div3 = b.div(lane, c32(8));
  laneQuarter = b.rem(div3, c32(2));
  colQ = swizzleTable(laneHalf);
  colK = swizzleTable(laneQuarter);
  // Grid (Hkv, work slots): KV heads vary fastest, so the heaviest work items (the plan puts
  // them first) start first on every head.
  kvHead = gpu::BlockIdOp::create(b, gpu::Dimension::x);
  Value work = gpu::BlockIdOp::create(b, gpu::Dimension::y);
  Value c0 = b.idx(0);

  // Shared memory: the Q tile, then K and V stages, all [rows, head_dim] and swizzled.
  Value smem = gpu::DynamicSharedMemoryOp::create(
      b, MemRefType::get({ShapedType::kDynamic}, b.getI8Type(), AffineMap(), workgroup));
  auto qType = MemRefType::get({k.tileQ, D}, k.elt, AffineMap(), workgroup);
  auto stageType = MemRefType::get({k.stages, T, D}, k.elt, AffineMap(), workgroup);
  qS = memref::ViewOp::create(b, qType, smem, b.idx(0), ValueRange{});
  kS = memref::ViewOp::create(b, stageType, smem, b.idx(L.qBytes), ValueRange{});
  vS = memref::ViewOp::create(b, stageType, smem, b.idx(L.qBytes + L.kvStageBytes / 2),
                              ValueRange{});

  // CTAs past the plan's work items (a CUDA graph launches for the capacity) exit.
  Value numWork = b.loadIndex(k.numWork, {c0});
  auto active = scf::IfOp::create(b, b.ult(work, numWork), /*withElseRegion=*/false);
  b.setInsertionPointToStart(active.thenBlock());

  request = b.loadIndex(k.workRequest, {work});
  Value qoTile = b.loadIndex(k.workQoTile, {work});
  Value kvBegin = b.loadIndex(k.workKvBegin, {work});
  kvEnd = b.loadIndex(k.workKvEnd, {work});
  partial = memref::LoadOp::create(b, k.workPartial, ValueRange{work});
  partialStride = b.loadIndex(k.workPartialStride, {work});
  qo0 = b.loadIndex(k.qoIndptr, {request});
  Value qoLen = b.sub(b.loadIndex(k.qoIndptr, {b.add(request, b.idx(1))}), qo0);
  Value kvBase = b.loadIndex(k.kvIndptr, {request});
  Value kvNext = b.loadIndex(k.kvIndptr, {b.add(request, b.idx(1))});
  if (k.paged) {
    // kv_len = (pages - 1) * page_size + last_page_len, 0 without pages.
    Value numPages = b.sub(kvNext, kvBase);
    Value lastLen = b.loadIndex(k.kvLastPageLen, {request});
    auto eqIdx2 = b.eqIdx(numPages, c0);
    auto sub3 = b.sub(numPages, b.idx(1));
    kvLen = b.select(eqIdx2, c0,
                     b.add(b.mul(sub3, b.idx(k.pageSize)), lastLen));
  } else {
    kvLen = b.sub(kvNext, kvBase);
  }
  packedLen = b.mul(qoLen, b.idx(k.group));
  rowStart = b.mul(qoTile, b.idx(k.tileQ));
  rowEnd = b.minIdx(b.add(rowStart, b.idx(k.tileQ)), packedLen);
  delta = b.sub(kvLen, qoLen);
  delta32 = to32(delta);
  rowStart32 = to32(rowStart);
  kvEnd32 = to32(kvEnd);
  if (k.custom) {
    kvLen32 = to32(kvLen);
    packedLen32 = to32(packedLen);
    auto loadIndex1 = b.loadIndex(k.maskIndptr, {request});
    maskBits = b.mul(loadIndex1, b.idx(8));
  }
  Value posFirst = b.add(b.div(rowStart, b.idx(k.group)), delta);
  auto sub4 = b.sub(rowEnd, b.idx(1));
  Value posLast = b.add(b.div(sub4, b.idx(k.group)), delta);

  // The keys the tile's rows can see: causal stops at the last row's position, a window starts
  // at the first row's position minus the window. Keys before `lo` are never loaded.
  Value lo = kvBegin, hi = kvEnd;
  if (k.causal)
    hi = b.minIdx(hi, b.add(posLast, b.idx(1)));
  if (k.window)
    lo = b.maxIdx(lo, b.sub(posFirst, b.idx(*k.window)));
  // Paged copies look up one page id per run of rows that share a page (fewer ids live across
  // the loop): a group's rows start at multiples of rows_per_group from `lo`, so with `lo`
  // aligned to the run, a run of min(page_size, rows_per_group) rows lies in one page when one
  // of the two divides the other. The keys below the old `lo` are masked like any other.
  int64_t pageRun = 1;
  if (k.paged && (k.pageSize % L.rowsPerGroup == 0 || L.rowsPerGroup % k.pageSize == 0))
    pageRun = std::min(k.pageSize, L.rowsPerGroup);
  if (pageRun > 1 && !k.blockSparse)
    lo = b.sub(lo, b.rem(lo, b.idx(pageRun)));
  Value span = b.maxIdx(b.sub(hi, lo), c0);
  auto add3 = b.add(span, b.idx(T - 1));
  Value numTiles = b.div(add3, b.idx(T));
  if (k.blockSparse) {
    // The Q tile's queries lie in one block row (getPrefillLayout): its tiles are those of the
    // key blocks listed for the row of its first query (a row of the whole q tensor).
    Value firstQuery = b.add(qo0, b.div(rowStart, b.idx(k.group)));
    Value blockRow = b.div(firstQuery, b.idx(k.blockRows));
    blockBegin = b.loadIndex(k.blockIndptr, {blockRow});
    Value blockEnd = b.loadIndex(k.blockIndptr, {b.add(blockRow, b.idx(1))});
    // A request without keys visits no block (its page / key clamps need kv_end > 0).
    auto ult1 = b.ult(c0, kvEnd);
    auto maxIdx1 = b.maxIdx(b.sub(blockEnd, blockBegin), c0);
    numTiles = b.select(ult1,
                        b.mul(maxIdx1,
                              b.idx(k.tilesPerBlock)),
                        c0);
  }
  // Tiles [unmaskedBegin, unmaskedEnd) are visible to every row of the Q tile and skip the
  // per-element mask: all keys < kv_end, causal: <= the first row's position, window: >= the
  // last row's position - window.
  Value visibleEnd = kvEnd;
  if (k.causal)
    visibleEnd = b.minIdx(visibleEnd, b.add(posFirst, b.idx(1)));
  auto sub5 = b.sub(visibleEnd, lo);
  Value unmaskedEnd = arith::FloorDivSIOp::create(b, sub5, b.idx(T));
  Value unmaskedBegin = c0;
  if (k.window) {
    Value windowStart = b.sub(posLast, b.idx(*k.window));
    Value windowSpan = b.sub(windowStart, lo);
    unmaskedBegin = b.maxIdx(c0, arith::CeilDivSIOp::create(b, windowSpan, b.idx(T)));
  }

  // The Q tile into shared memory. Without RoPE asynchronously (cp.async, its own group, the
  // oldest: the first wait for a KV tile covers it), so that its loads overlap the first K/V
  // copies; with RoPE through registers, rotated at the query's position. Rows past the
  // request's are copied from its last row: they are computed but never stored.
  Value qCol = b.rem(tid, b.idx(chunks));
  copyCol = b.mul(qCol, b.idx(k.vec));
  if (k.ropeOffsets)
    ropeOffset = b.loadIndex(k.ropeOffsets, {request});
  if (k.rope) {
    ropeLane = makeRopeLane(b, *k.rope, copyCol, k.vec);
    if (!k.rope->getInterleave())
      ropePartnerLane = makeRopeLane(b, *k.rope, ropeLane->partnerCol, k.vec);
  }
  for (int64_t pass = 0; pass < k.tileQ * chunks / threads; ++pass) {
    auto idx1 = b.idx(pass * threads / chunks);
    Value r = b.add(idx1, b.div(tid, b.idx(chunks)));
    auto add4 = b.add(rowStart, r);
    Value packed = b.minIdx(add4, b.sub(packedLen, b.idx(1)));
    Value i = b.div(packed, b.idx(k.group));
    Value token = b.add(qo0, i);
    auto mul5 = b.mul(kvHead, b.idx(k.group));
    Value head = b.add(mul5, b.rem(packed, b.idx(k.group)));
    Value dstChunk = arith::XOrIOp::create(b, qCol, b.rem(r, b.idx(kSwizzleRows)));
    Value dstCol = b.mul(dstChunk, b.idx(k.vec));
    if (k.rope) {
      Value pos = b.add(i, delta);
      if (ropeOffset)
        pos = b.add(pos, ropeOffset);
      Value x = b.loadVectorF32(k.q, {token, head, copyCol}, k.vec, kVectorBytes);
      Value partner = k.rope->getInterleave()
                          ? x
                          : b.loadVectorF32(k.q, {token, head, ropeLane->partnerCol}, k.vec,
                                            kVectorBytes);
      b.storeVectorF32(applyRope(b, *ropeLane, x, partner, copyCol, toF32(b, pos), k.vec), qS,
                       {r, dstCol}, kVectorBytes);
      continue;
    }
    nvgpu::DeviceAsyncCopyOp::create(b, nvgpu::DeviceAsyncTokenType::get(ctx), qS,
                                     ValueRange{r, dstCol}, k.q,
                                     ValueRange{token, head, copyCol}, b.getIndexAttr(k.vec),
                                     /*srcElements=*/Value(), /*bypassL1=*/b.getUnitAttr());
  }
  if (!k.rope)
    CommitKVTilesOp::create(b);

  // ALiBi slopes of the thread's rows (constant over the loop), in raw-score units: the
  // scores are sm_scale-free until the exponent (or, with a soft cap, already in logits).
  if (k.alibi) {
    double toRaw = k.softCap ? 1.0 : 1.0 / k.smScale;
    int64_t numHeads = k.group * k.op.getNumKvHeads();
    for (int64_t mt = 0; mt < mTiles; ++mt)
      for (int64_t h = 0; h < 2; ++h) {
        Value row = b.add(rowStart32, b.add(warpRow0, b.add(c32(mt * 16 + 8 * h), g)));
        auto mul6 = b.mul(to32(kvHead), c32(k.group));
        Value head = b.add(mul6, b.rem(row, c32(k.group)));
        Value slope;
        if (k.alibiSlopes) {
          slope = memref::LoadOp::create(b, k.alibiSlopes, ValueRange{toIndex(head)});
        } else {
          // The standard slopes (Press et al., ALiBi): with n the largest power of two not
          // above the head count, 2^(-8 (h + 1) / n) for h < n, and for the remaining heads
          // every other slope of 2n heads, 2^(-8 (2 (h - n) + 1) / (2 n)).
          int64_t n = int64_t(1) << llvm::Log2_64(static_cast<uint64_t>(numHeads));
          auto toF321 = toF32(b, b.add(head, c32(1)));
          Value first = b.fmul(toF321, b.f32(-8.0 / double(n)));
          auto sub6 = b.sub(head, c32(n));
          auto mul7 = b.mul(sub6, c32(2));
          auto toF322 = toF32(b, b.add(mul7, c32(1)));
          Value rest = b.fmul(toF322,
                              b.f32(-8.0 / double(2 * n)));
          slope = b.exp2(b.select(b.slt(head, c32(n)), first, rest));
        }
        alibiSlopes.push_back(b.fmul(slope, b.f32(toRaw)));
      }
  }

  // The KV tile loop. Copies: group = tid / chunks copies rows_per_group consecutive rows.
  copyGroup = b.div(tid, b.idx(chunks));
  // Paged keys are request-local; ragged keys are rows of K/V, offset by kv_indptr[b].
  // A block-sparse copy finds its keys through the block list, from key 0 of the request.
  Value keyOrigin = k.blockSparse ? c0 : lo;
  Value copyLo = k.paged ? keyOrigin : b.add(keyOrigin, kvBase);
  Value copyHi = k.paged ? kvEnd : b.add(kvEnd, kvBase);
  SmallVector<Type> pageTypes(k.paged ? L.rowsPerGroup / pageRun : 0, b.getIndexType());

  WarpState init;
  for (int64_t r = 0; r < mTiles * 2; ++r) {
    init.m.push_back(b.negInf());
    init.l.push_back(b.f32(0.0));
  }
  for (int64_t n = 0; n < mTiles * nBlocksO; ++n)
    init.o.push_back(b.vecSplat(fragC, 0.0));
  SmallVector<Value> inits = init.flatten();
  auto loop = scf::ForOp::create(b, c0, numTiles, b.idx(1), inits);
  // One barrier per tile (measured +2-4%, docs/PREFILL_TUNING.md run 14).
  loop->setAttr(kSingleBarrierAttrName, b.getUnitAttr());
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    Value t = loop.getInductionVar();
    Value stage = b.rem(t, b.idx(k.stages));
    ValueRange pages;
    Value blockList = k.blockSparse ? k.blockIndices : Value();
    Value listBegin = k.blockSparse ? blockBegin : Value();
    IntegerAttr tilesPerBlock =
        k.blockSparse ? b.getI64IntegerAttr(k.tilesPerBlock) : IntegerAttr();
    if (k.paged)
      pages = KVTilePagesOp::create(b, pageTypes, k.kvIndices, kvBase, keyOrigin, kvEnd, t,
                                    copyGroup, blockList, listBegin, T, L.rowsPerGroup,
                                    k.pageSize, tilesPerBlock, /*keys32=*/true)
                  .getResults();
    CopyKVTileOp::create(b, k.kSrc, k.vSrc, pages, kvHead, copyCol, copyLo, copyHi, t,
                         copyGroup, blockList, listBegin, kS, vS, stage, T, L.rowsPerGroup,
                         k.pageSize, k.vec, /*hnd=*/k.hnd, /*async=*/false,
                         /*swizzle=*/true, tilesPerBlock, /*keys32=*/true);
    gpu::BarrierOp::create(b);

    // The tile's first key, and whether some of its scores need the per-element mask.
    Value tileStartIdx, needsMask;
    if (k.blockSparse) {
      // Block c of the list holds tiles [c * tpb, (c + 1) * tpb). A column outside the request
      // (negative or past kv_end, compared unsigned) starts at kv_end: fully masked.
      Value tpb = b.idx(k.tilesPerBlock);
      Value column = b.loadIndex(k.blockIndices, {b.add(blockBegin, b.div(t, tpb))});
      auto mul8 = b.mul(column, tpb);
      auto add5 = b.add(mul8, b.rem(t, tpb));
      Value start = b.mul(add5, b.idx(T));
      tileStartIdx = b.select(b.ult(start, kvEnd), start, kvEnd);
      needsMask = b.ult(kvEnd, b.add(tileStartIdx, b.idx(T)));
    } else {
      // In i32, from loop invariants re-derived here (attn.recompute): kept live as one
      // 32-bit register each rather than hoisted as 64-bit values.
      auto invariant32 = [&](Value v) {
        return RecomputeOp::create(b, b.getI32Type(), to32(v)).getResult();
      };
      Value t32 = to32(t);
      auto invariant321 = invariant32(lo);
      Value start32 = b.add(invariant321, b.mul(t32, c32(T)));
      tileStartIdx = toIndex(start32);
      needsMask = arith::CmpIOp::create(b, arith::CmpIPredicate::sge, t32,
                                        invariant32(unmaskedEnd));
      if (k.window)
        needsMask = arith::OrIOp::create(b, b.slt(t32, invariant32(unmaskedBegin)), needsMask);
    }
    if (k.rope) {
      // RoPE on the keys of the tile, in shared memory, once for all warps.
      rotateKeys(stage, tileStartIdx);
      gpu::BarrierOp::create(b);
    }

    WarpState state = WarpState::unflatten(loop.getRegionIterArgs(), mTiles * 2,
                                           mTiles * nBlocksO);
    Value tileStart = to32(tileStartIdx);
    SmallVector<Value> results;
    if (k.custom) {
      // Any score of any tile may be masked out.
      results = computeTile(state, stage, tileStart, true).flatten();
    } else {
      SmallVector<Type> stateTypes(ValueRange(inits).getTypes());
      auto branch = scf::IfOp::create(b, stateTypes, needsMask, /*withElseRegion=*/true);
      OpBuilder::InsertionGuard guard2(b);
      b.setInsertionPointToStart(branch.thenBlock());
      scf::YieldOp::create(b, computeTile(state, stage, tileStart, true).flatten());
      b.setInsertionPointToStart(branch.elseBlock());
      scf::YieldOp::create(b, computeTile(state, stage, tileStart, false).flatten());
      results = branch.getResults();
    }
    // Every warp is done with this stage before it is refilled.
    gpu::BarrierOp::create(b);
    scf::YieldOp::create(b, results);
  }
  // The output coordinates are re-derived from the work index after the loop rather than kept
  // live across it (64-bit indices cost two registers each, and every register the loop does
  // not need is one the accumulators can have): the index goes through attn.recompute so that
  // the reloads are not merged with the loads before the loop.
  {
    Value w = toIndex(RecomputeOp::create(b, b.getI32Type(), to32(work)));
    kvHead = toIndex(RecomputeOp::create(b, b.getI32Type(), to32(kvHead)));
    Value tid32 = RecomputeOp::create(b, b.getI32Type(), to32(tid));
    lane = b.rem(tid32, c32(mlir::attn::kWarpSize));
    auto div4 = b.div(tid32, c32(mlir::attn::kWarpSize));
    warpRow0 = b.mul(div4, c32(mTiles * 16));
    g = b.div(lane, c32(4));
    auto rem3 = b.rem(lane, c32(4));
    c2 = b.mul(rem3, c32(2));
    request = b.loadIndex(k.workRequest, {w});
    partial = memref::LoadOp::create(b, k.workPartial, ValueRange{w});
    partialStride = b.loadIndex(k.workPartialStride, {w});
    qo0 = b.loadIndex(k.qoIndptr, {request});
    Value qoLenOut = b.sub(b.loadIndex(k.qoIndptr, {b.add(request, b.idx(1))}), qo0);
    auto loadIndex2 = b.loadIndex(k.workQoTile, {w});
    rowStart = b.mul(loadIndex2, b.idx(k.tileQ));
    auto add6 = b.add(rowStart, b.idx(k.tileQ));
    rowEnd = b.minIdx(add6, b.mul(qoLenOut, b.idx(k.group)));
    rowStart32 = to32(rowStart);
  }
  writeOutputs(WarpState::unflatten(loop.getResults(), mTiles * 2, mTiles * nBlocksO));

  rewriter.eraseOp(k.op);
  if (k.kvDef->use_empty())
    rewriter.eraseOp(k.kvDef);
  return success();
}

} // namespace

LogicalResult mlir::attn::tilePrefillAttention(RewriterBase &rewriter, AttentionOp op) {
  PrefillKernel k;
  if (failed(gather(op, k)))
    return failure();
  KernelBuilder b(op.getLoc(), rewriter);
  b.setInsertionPoint(op);
  return PrefillEmitter(k, b).emit(rewriter);
}
