//===- Raise.cpp - attn-raise ---------------------------------------------===//
//
// Recognises attention written in upstream dialects on tensors, the way ML compilers emit it,
// and rewrites it to attn.tensor_attention:
//
//   S = Q K^T            linalg contraction (batch_matmul, linalg.generic, ...) reducing over
//                        head_dim, K^T as transposed indexing maps or a linalg.transpose
//   S = S * c | S / c    optional scale (on S or on Q), constant c
//   S = S + M            optional additive causal mask (a constant), or
//   S = select(j <= i, S, -inf)   a causal select on linalg.index
//   P = softmax(S)       linalg.softmax over the key dimension, or its decomposition
//                        m = max_j S; e = exp(S - m); l = sum_j e; P = e / l
//   O = P V              contraction reducing over the keys (optionally P and O truncated)
//
// Operands are [N, S, D] (N = batch * heads, one request per N) or [B, H, S, D]; the latter
// may take K and V with fewer heads broadcast to H (GQA: linalg.broadcast to
// [B, Hkv, G, S, D] and tensor.collapse_shape to [B, Hkv * G, S, D]). Anything that differs
// in meaning (another reduction dimension, softmax over another axis, a scale after softmax,
// a mask that is not causal, scores or softmax in another precision than f32) is left alone;
// with emit-remarks the pass says why.
//
//===----------------------------------------------------------------------===//

#include "attn/Dialect/Attn/IR/AttnDialect.h"
#include "attn/Dialect/Attn/Transforms/Passes.h"
#include "attn/Dialect/Attn/Transforms/Transforms.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

#include "llvm/ADT/SetVector.h"
#include "llvm/Support/FormatVariadic.h"

#include <cmath>

namespace mlir::attn {
#define GEN_PASS_DEF_ATTNRAISE
#include "attn/Dialect/Attn/Transforms/Passes.h.inc"
} // namespace mlir::attn

using namespace mlir;
using namespace mlir::attn;

namespace {
/// A mask value at or below this counts as "masked": exp(s - max) is exactly 0 in f32 for
/// any finite score far below 1e9 (f32 exp underflows below about -104).
constexpr double kMaskedBelow = -1.0e9;

/// What a match found, and how to rebuild it.
struct AttentionMatch {
  Value q, k, v;      // [N, S, D] or [B, H(kv), S, D], K and V before any GQA broadcast
  int64_t group = 1;  // query heads per KV head
  double scale = 1.0; // product of the constant scales
  bool causal = false;
  Value result; // the value the raised op replaces
  Operation *resultOp = nullptr;
};

using Why = std::string;

LogicalResult fail(Why &why, const Twine &msg) {
  why = msg.str();
  return failure();
}

std::optional<double> getConstantFloat(Value v) {
  Attribute attr;
  if (!matchPattern(v, m_Constant(&attr)))
    return std::nullopt;
  if (auto f = dyn_cast<FloatAttr>(attr))
    return f.getValueAsDouble();
  if (auto splat = dyn_cast<SplatElementsAttr>(attr))
    if (isa<FloatType>(splat.getElementType()))
      return splat.getSplatValue<APFloat>().convertToDouble();
  return std::nullopt;
}

bool resultsAre(AffineMap map, ArrayRef<unsigned> dims) {
  if (map.getNumResults() != dims.size())
    return false;
  for (auto [expr, dim] : llvm::zip_equal(map.getResults(), dims))
    if (!expr.isFunctionOfDim(dim) || !isa<AffineDimExpr>(expr))
      return false;
  return true;
}

/// The identity dims [0, rank) with `drop` left out.
SmallVector<unsigned> dimsWithout(unsigned rank, std::optional<unsigned> drop) {
  SmallVector<unsigned> dims;
  for (unsigned d = 0; d < rank; ++d)
    if (d != drop)
      dims.push_back(d);
  return dims;
}

/// A linalg.generic with only parallel loops and identity maps on every operand except those
/// in `projected`, whose maps drop the last loop (a row value broadcast along the keys).
linalg::GenericOp getElementwise(Value v, unsigned numInputs, ArrayRef<unsigned> projected = {}) {
  auto op = v.getDefiningOp<linalg::GenericOp>();
  if (!op || op.getNumDpsInputs() != numInputs || op.getNumDpsInits() != 1 ||
      op.getNumParallelLoops() != op.getNumLoops())
    return nullptr;
  unsigned rank = op.getNumLoops();
  for (OpOperand &operand : op->getOpOperands()) {
    AffineMap map = op.getMatchingIndexingMap(&operand);
    bool row = llvm::is_contained(projected, operand.getOperandNumber());
    if (!resultsAre(map, dimsWithout(rank, row ? std::optional<unsigned>(rank - 1) : std::nullopt)))
      return nullptr;
  }
  return op;
}

Value yielded(linalg::GenericOp op) { return op.getBody()->getTerminator()->getOperand(0); }

bool isArg(Value v, linalg::GenericOp op, unsigned i) { return v == op.getBody()->getArgument(i); }

/// Peels a single-input elementwise cast generic (arith.truncf / arith.extf) off `v`.
Value peelCast(Value v) {
  linalg::GenericOp op = getElementwise(v, 1);
  if (!op)
    return v;
  Operation *def = yielded(op).getDefiningOp();
  if (isa_and_nonnull<arith::TruncFOp, arith::ExtFOp>(def) && isArg(def->getOperand(0), op, 0))
    return op.getDpsInputs()[0];
  return v;
}

/// v = x * c or x / c (c a constant, inside the body or captured): returns x, scales `scale`.
Value peelScale(Value v, double &scale) {
  linalg::GenericOp op = getElementwise(v, 1);
  if (!op)
    return v;
  Operation *def = yielded(op).getDefiningOp();
  if (!isa_and_nonnull<arith::MulFOp, arith::DivFOp>(def))
    return v;
  Value lhs = def->getOperand(0), rhs = def->getOperand(1);
  if (isa<arith::MulFOp>(def) && isArg(rhs, op, 0))
    std::swap(lhs, rhs);
  std::optional<double> c = getConstantFloat(rhs);
  if (!isArg(lhs, op, 0) || !c || *c == 0.0)
    return v;
  scale *= isa<arith::MulFOp>(def) ? *c : 1.0 / *c;
  return op.getDpsInputs()[0];
}

/// Whether key j is visible to query i for the causal mask of attn (bottom-right aligned).
bool causalVisible(int64_t i, int64_t j, int64_t sq, int64_t skv) { return j <= i + skv - sq; }

/// s = scores + M with M a constant [.., Sq, Skv] that is 0 where the causal mask admits a key
/// and <= kMaskedBelow elsewhere. An all-zero M is no mask.
LogicalResult matchAdditiveMask(linalg::GenericOp op, Value &scores, bool &causal, Why &why) {
  Operation *def = yielded(op).getDefiningOp();
  auto add = dyn_cast_or_null<arith::AddFOp>(def);
  if (!add ||
      !llvm::all_of(add->getOperands(),
                    [&](Value x) { return isArg(x, op, 0) || isArg(x, op, 1); }) ||
      add.getLhs() == add.getRhs())
    return fail(why, "scores are combined with another tensor by an operation other than "
                     "an additive mask");
  DenseElementsAttr mask;
  unsigned maskIdx = matchPattern(op.getDpsInputs()[1], m_Constant(&mask)) ? 1 : 0;
  OpOperand *maskOperand = op.getDpsInputOperand(maskIdx);
  if (!matchPattern(maskOperand->get(), m_Constant(&mask)))
    return fail(why, "additive mask is not a constant (only a causal mask is raised)");
  scores = op.getDpsInputs()[1 - maskIdx];
  unsigned loops = op.getNumLoops();
  if (!resultsAre(op.getMatchingIndexingMap(op.getDpsInputOperand(1 - maskIdx)),
                  dimsWithout(loops, std::nullopt)) ||
      !resultsAre(op.getMatchingIndexingMap(op.getDpsInitOperand(0)),
                  dimsWithout(loops, std::nullopt)))
    return fail(why, "the mask addition does not keep the scores' indexing");
  auto type = cast<RankedTensorType>(op.getResult(0).getType());
  int64_t rank = type.getRank(), sq = type.getDimSize(rank - 2), skv = type.getDimSize(rank - 1);
  AffineMap map = op.getMatchingIndexingMap(maskOperand);
  SmallVector<unsigned> rowsCols = {static_cast<unsigned>(rank - 2),
                                    static_cast<unsigned>(rank - 1)};
  bool full = resultsAre(map, dimsWithout(rank, std::nullopt));
  bool broadcast = resultsAre(map, rowsCols);
  if (!full && !broadcast)
    return fail(why, "additive mask of type " + llvm::formatv("{0}", mask.getType()).str() +
                         " is not indexed by [.., query, key] of the scores");
  bool allZero = true, isCausal = true;
  SmallVector<APFloat> values(mask.getValues<APFloat>());
  for (auto [idx, value] : llvm::enumerate(values)) {
    int64_t i = (idx / skv) % sq, j = idx % skv;
    double x = value.convertToDouble();
    bool masked = x <= kMaskedBelow;
    allZero &= x == 0.0;
    isCausal &= causalVisible(i, j, sq, skv) ? x == 0.0 : masked;
  }
  if (!allZero && !isCausal)
    return fail(why, "additive mask is not the causal mask (only causal masks are raised)");
  causal = !allZero;
  return success();
}

/// s = select(visible(i, j), scores, -inf) over linalg.index of the query and key loops.
LogicalResult matchCausalSelect(linalg::GenericOp op, Value &scores, bool &causal, Why &why) {
  auto select = yielded(op).getDefiningOp<arith::SelectOp>();
  auto cmp = select ? select.getCondition().getDefiningOp<arith::CmpIOp>() : nullptr;
  if (!cmp)
    return fail(why, "elementwise operation on the scores is not a scale, mask or softmax");
  bool keepOnTrue = isArg(select.getTrueValue(), op, 0);
  Value fill = keepOnTrue ? select.getFalseValue() : select.getTrueValue();
  std::optional<double> fillValue = getConstantFloat(fill);
  if ((!keepOnTrue && !isArg(select.getFalseValue(), op, 0)) || !fillValue ||
      *fillValue > kMaskedBelow)
    return fail(why, "select on the scores does not replace masked scores by -inf");
  auto indexDim = [](Value x) -> std::optional<uint64_t> {
    if (auto index = x.getDefiningOp<linalg::IndexOp>())
      return index.getDim();
    return std::nullopt;
  };
  auto type = cast<RankedTensorType>(op.getResult(0).getType());
  int64_t rank = type.getRank(), sq = type.getDimSize(rank - 2), skv = type.getDimSize(rank - 1);
  std::optional<uint64_t> lhs = indexDim(cmp.getLhs()), rhs = indexDim(cmp.getRhs());
  auto isQK = [&](std::optional<uint64_t> d) { return d && *d + 2 >= uint64_t(rank); };
  if (!isQK(lhs) || !isQK(rhs) || *lhs == *rhs)
    return fail(why, "select condition does not compare the query and key indices");
  // Evaluate the predicate on a small table and compare with the causal mask.
  for (int64_t i = 0; i < std::min<int64_t>(sq, 8); ++i)
    for (int64_t j = 0; j < std::min<int64_t>(skv, 8); ++j) {
      int64_t a = *lhs + 2 == uint64_t(rank) ? i : j, b = *rhs + 2 == uint64_t(rank) ? i : j;
      bool c = arith::applyCmpPredicate(cmp.getPredicate(), APInt(64, a, true), APInt(64, b, true));
      if ((c == keepOnTrue) != causalVisible(i, j, sq, skv))
        return fail(why, "select condition is not the causal mask (bottom-right aligned)");
    }
  scores = op.getDpsInputs()[0];
  causal = true;
  return success();
}

/// P = softmax(x) over the last dimension: linalg.softmax or its decomposition.
LogicalResult matchSoftmax(Value p, Value &x, Why &why) {
  auto type = cast<RankedTensorType>(p.getType());
  int64_t last = type.getRank() - 1;
  if (auto softmax = p.getDefiningOp<linalg::SoftmaxOp>()) {
    if (static_cast<int64_t>(softmax.getDimension()) != last)
      return fail(why, llvm::formatv("softmax over dimension {0}, expected the key dimension {1}",
                                     softmax.getDimension(), last));
    x = softmax.getInput();
    return success();
  }
  // P = e / l, l = sum_j e
  linalg::GenericOp div = getElementwise(p, 2, {1});
  auto divOp = div ? yielded(div).getDefiningOp<arith::DivFOp>() : nullptr;
  if (!divOp || !isArg(divOp.getLhs(), div, 0) || !isArg(divOp.getRhs(), div, 1))
    return fail(why, "the probabilities are not a softmax over the key dimension (expected "
                     "linalg.softmax or e / sum_j e)");
  Value e = div.getDpsInputs()[0];
  auto reduce = [&](Value v, auto opTag, Value &input) -> bool {
    auto op = v.getDefiningOp<linalg::GenericOp>();
    if (!op || op.getNumDpsInputs() != 1 || op.getNumReductionLoops() != 1)
      return false;
    unsigned rank = op.getNumLoops();
    if (op.getIteratorTypesArray().back() != utils::IteratorType::reduction ||
        !resultsAre(op.getIndexingMapsArray()[0], dimsWithout(rank, std::nullopt)) ||
        !resultsAre(op.getIndexingMapsArray()[1], dimsWithout(rank, rank - 1)))
      return false;
    Operation *body = yielded(op).getDefiningOp();
    using OpTy = decltype(opTag);
    if (!isa_and_nonnull<OpTy>(body) ||
        !llvm::all_of(body->getOperands(), [&](Value x) { return isa<BlockArgument>(x); }))
      return false;
    input = op.getDpsInputs()[0];
    return true;
  };
  Value sumInput, maxInput;
  auto zeroInit = [](Value sum) {
    auto fill = cast<linalg::GenericOp>(sum.getDefiningOp())
                    .getDpsInits()[0]
                    .getDefiningOp<linalg::FillOp>();
    std::optional<double> c = fill ? getConstantFloat(fill.getInputs()[0]) : std::nullopt;
    return c && *c == 0.0;
  };
  if (!reduce(div.getDpsInputs()[1], arith::AddFOp(), sumInput) || sumInput != e ||
      !zeroInit(div.getDpsInputs()[1]))
    return fail(why, "the softmax denominator is not the sum of the numerators over the key "
                     "dimension");
  // e = exp(x - m), in one generic or as exp of a subtraction.
  linalg::GenericOp expOp = getElementwise(e, 2, {1});
  Value sub;
  if (expOp) {
    auto exp = yielded(expOp).getDefiningOp<math::ExpOp>();
    auto subOp = exp ? exp.getOperand().getDefiningOp<arith::SubFOp>() : nullptr;
    if (!subOp || !isArg(subOp.getLhs(), expOp, 0) || !isArg(subOp.getRhs(), expOp, 1))
      return fail(why, "the softmax numerator is not exp(x - max_j x)");
    x = expOp.getDpsInputs()[0];
    sub = expOp.getDpsInputs()[1];
  } else {
    linalg::GenericOp exp1 = getElementwise(e, 1);
    auto exp = exp1 ? yielded(exp1).getDefiningOp<math::ExpOp>() : nullptr;
    linalg::GenericOp subG = exp ? getElementwise(exp1.getDpsInputs()[0], 2, {1}) : nullptr;
    auto subOp = subG ? yielded(subG).getDefiningOp<arith::SubFOp>() : nullptr;
    if (!exp || !isArg(exp.getOperand(), exp1, 0) || !subOp || !isArg(subOp.getLhs(), subG, 0) ||
        !isArg(subOp.getRhs(), subG, 1))
      return fail(why, "the softmax numerator is not exp(x - max_j x)");
    x = subG.getDpsInputs()[0];
    sub = subG.getDpsInputs()[1];
  }
  if ((!reduce(sub, arith::MaxNumFOp(), maxInput) && !reduce(sub, arith::MaximumFOp(), maxInput)) ||
      maxInput != x)
    return fail(why, "the softmax subtracts something other than the row maximum over the key "
                     "dimension");
  return success();
}
} // namespace

namespace {
/// A contraction `lhs (batch, m, k) x rhs -> out (batch, m, n)` with one m, n and k loop.
/// `rhs` is returned untransposed as [batch, n, k] (`rhsTransposed`) or as [batch, k, n].
struct Contraction {
  Value lhs, rhs;
  bool rhsTransposed = false;
};

LogicalResult matchContraction(linalg::LinalgOp op, Contraction &c, StringRef what, Why &why) {
  if (!op || !op.hasPureTensorSemantics() || op.getNumDpsInputs() != 2 ||
      !linalg::isaContractionOpInterface(op))
    return fail(why, (what + " is not a linalg contraction").str());
  FailureOr<linalg::ContractionDimensions> dims = linalg::inferContractionDims(op);
  if (failed(dims) || dims->m.size() != 1 || dims->n.size() != 1 || dims->k.size() != 1 ||
      dims->batch.empty() || dims->batch.size() > 2)
    return fail(why, (what + " is not a batched matrix product with one reduction").str());
  SmallVector<unsigned> lhsDims(dims->batch.begin(), dims->batch.end());
  SmallVector<unsigned> outDims = lhsDims, rhsDims = lhsDims, rhsT = lhsDims;
  lhsDims.append({dims->m[0], dims->k[0]});
  outDims.append({dims->m[0], dims->n[0]});
  rhsDims.append({dims->k[0], dims->n[0]});
  rhsT.append({dims->n[0], dims->k[0]});
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  if (!resultsAre(maps[0], lhsDims) || !resultsAre(maps[2], outDims))
    return fail(why, (what + " does not reduce over the last dimension of its left operand "
                             "into [batch.., rows, cols]")
                         .str());
  c.lhs = op.getDpsInputs()[0];
  c.rhs = op.getDpsInputs()[1];
  if (resultsAre(maps[1], rhsT)) {
    c.rhsTransposed = true;
    return success();
  }
  if (!resultsAre(maps[1], rhsDims))
    return fail(why, (what + " indexes its right operand in an unsupported order").str());
  return success();
}

/// K^T as the right operand of S = Q K^T: transposed maps, or a linalg.transpose of the last
/// two dimensions of K. Returns K as [batch.., Skv, D].
LogicalResult getKeys(const Contraction &qk, Value &k, Why &why) {
  if (qk.rhsTransposed) {
    k = qk.rhs;
    return success();
  }
  auto transpose = qk.rhs.getDefiningOp<linalg::TransposeOp>();
  ArrayRef<int64_t> perm = transpose ? transpose.getPermutation() : ArrayRef<int64_t>();
  int64_t rank = perm.size();
  bool swapLast = rank >= 3;
  for (int64_t d = 0; swapLast && d < rank; ++d)
    swapLast = perm[d] == (d == rank - 2 ? rank - 1 : d == rank - 1 ? rank - 2 : d);
  if (!swapLast)
    return fail(why, "the right operand of the score contraction is not K transposed over its "
                     "last two dimensions");
  k = transpose.getInput();
  return success();
}

/// Undoes a GQA broadcast [B, Hkv, S, D] -> [B, Hkv, G, S, D] -> [B, Hkv * G, S, D].
Value peelGroupBroadcast(Value x, int64_t &group) {
  auto collapse = x.getDefiningOp<tensor::CollapseShapeOp>();
  auto broadcast = collapse ? collapse.getSrc().getDefiningOp<linalg::BroadcastOp>() : nullptr;
  if (!broadcast || broadcast.getDimensions() != ArrayRef<int64_t>{2} ||
      collapse.getSrcType().getRank() != 5)
    return x;
  SmallVector<ReassociationIndices> expected = {{0}, {1, 2}, {3}, {4}};
  if (collapse.getReassociationIndices() != expected)
    return x;
  group = collapse.getSrcType().getDimSize(2);
  return broadcast.getInput();
}

/// Follows the score chain from the softmax input back to Q and K.
LogicalResult matchScores(Value x, AttentionMatch &m, Why &why) {
  auto type = cast<RankedTensorType>(x.getType());
  if (!type.getElementType().isF32())
    return fail(why, "scores and softmax are not in f32 (attn computes them in f32)");
  for (int step = 0; step < 4; ++step) {
    Value next = peelScale(x, m.scale);
    if (next != x) {
      x = next;
      continue;
    }
    auto mask = x.getDefiningOp<linalg::GenericOp>();
    if (mask && mask.getNumDpsInputs() == 2 && mask.getNumDpsInits() == 1 &&
        mask.getNumParallelLoops() == mask.getNumLoops() && !m.causal) {
      if (failed(matchAdditiveMask(mask, x, m.causal, why)))
        return failure();
      continue;
    }
    linalg::GenericOp select = getElementwise(x, 1);
    if (select && !m.causal) {
      if (failed(matchCausalSelect(select, x, m.causal, why)))
        return failure();
      continue;
    }
    break;
  }
  Contraction qk;
  if (failed(
          matchContraction(x.getDefiningOp<linalg::LinalgOp>(), qk, "the score computation", why)))
    return failure();
  if (!getElementTypeOrSelf(x.getType()).isF32())
    return fail(why, "scores are not computed in f32 (attn computes them in f32)");
  Value k;
  if (failed(getKeys(qk, k, why)))
    return failure();
  // A scale on Q is exact to move onto S only when Q is scaled in f32 or by a power of two
  // (in bf16 / f16, q * c rounds; the kernel scales the f32 scores).
  double qScale = 1.0;
  Value q = peelScale(qk.lhs, qScale);
  int exp2 = 0;
  if (q != qk.lhs &&
      (getElementTypeOrSelf(qk.lhs.getType()).isF32() || std::frexp(qScale, &exp2) == 0.5)) {
    m.scale *= qScale;
    m.q = q;
  } else {
    m.q = qk.lhs;
  }
  m.k = peelGroupBroadcast(k, m.group);
  return success();
}

/// Checks shapes and types of the match against what attn.tensor_attention takes.
LogicalResult checkOperands(const AttentionMatch &m, Why &why) {
  auto q = cast<RankedTensorType>(m.q.getType()), k = cast<RankedTensorType>(m.k.getType()),
       v = cast<RankedTensorType>(m.v.getType());
  Type elem = q.getElementType();
  if (!elem.isBF16() && !elem.isF16())
    return fail(why, "queries are not bf16 or f16");
  if (k.getElementType() != elem || v.getElementType() != elem)
    return fail(why, "queries, keys and values differ in element type");
  if (!q.hasStaticShape() || !k.hasStaticShape() || !v.hasStaticShape())
    return fail(why, "dynamic shapes are not raised (the request boundaries are constants)");
  int64_t r = q.getRank();
  if (k.getRank() != r || v.getRank() != r || k.getShape() != v.getShape() ||
      k.getDimSize(r - 1) != q.getDimSize(r - 1) || k.getDimSize(0) != q.getDimSize(0))
    return fail(why, "Q, K and V shapes do not form attention with one head_dim");
  if (r == 4 && k.getDimSize(1) * m.group != q.getDimSize(1))
    return fail(why, "query heads are not the KV heads times the broadcast group");
  if (r == 3 && m.group != 1)
    return fail(why, "head broadcast on [N, S, D] operands");
  if (!(m.scale > 0.0) || !std::isfinite(static_cast<float>(m.scale)))
    return fail(why, llvm::formatv("the score scale ({0}) is not a positive finite f32", m.scale));
  return success();
}

LogicalResult matchAttention(linalg::LinalgOp pv, AttentionMatch &m, Why &why) {
  Contraction c;
  if (failed(matchContraction(pv, c, "the output contraction", why)))
    return failure();
  if (c.rhsTransposed)
    return fail(why, "the output contraction reduces over the last dimension of V");
  Value x;
  if (failed(matchSoftmax(peelCast(c.lhs), x, why)) || failed(matchScores(x, m, why)))
    return failure();
  m.v = peelGroupBroadcast(c.rhs, m.group);
  if (failed(checkOperands(m, why)))
    return failure();
  // The output: accumulated in f32 (as the kernels do), then truncated to the queries'
  // element type.
  Type elem = getElementTypeOrSelf(m.q.getType());
  m.result = pv->getResult(0);
  if (!getElementTypeOrSelf(m.result.getType()).isF32())
    return fail(why, "the output contraction does not accumulate in f32 (attn does)");
  if (m.result.hasOneUse()) {
    Operation *user = *m.result.getUsers().begin();
    if (user->getNumResults() == 1 && peelCast(user->getResult(0)) == m.result) {
      m.result = user->getResult(0);
      m.resultOp = user;
    }
  }
  if (!m.resultOp || getElementTypeOrSelf(m.result.getType()) != elem)
    return fail(why, "the output is not truncated to the element type of the queries");
  return success();
}

/// [N, S, D] -> [N * S, 1, D]; [B, H, S, D] -> [B * S, H, D].
Value toRagged(OpBuilder &b, Location loc, Value x) {
  auto type = cast<RankedTensorType>(x.getType());
  ArrayRef<int64_t> s = type.getShape();
  Type elem = type.getElementType();
  if (type.getRank() == 3) {
    auto flat = RankedTensorType::get({s[0] * s[1], s[2]}, elem);
    Value c = tensor::CollapseShapeOp::create(b, loc, flat, x,
                                              ArrayRef<ReassociationIndices>{{0, 1}, {2}});
    return tensor::ExpandShapeOp::create(b, loc,
                                         RankedTensorType::get({s[0] * s[1], 1, s[2]}, elem), c,
                                         ArrayRef<ReassociationIndices>{{0}, {1, 2}});
  }
  Value init = tensor::EmptyOp::create(b, loc, ArrayRef<int64_t>{s[0], s[2], s[1], s[3]}, elem);
  Value t =
      linalg::TransposeOp::create(b, loc, x, init, ArrayRef<int64_t>{0, 2, 1, 3}).getResult()[0];
  return tensor::CollapseShapeOp::create(b, loc,
                                         RankedTensorType::get({s[0] * s[2], s[1], s[3]}, elem), t,
                                         ArrayRef<ReassociationIndices>{{0, 1}, {2}, {3}});
}

/// The inverse of toRagged for the output, to `type`.
Value fromRagged(OpBuilder &b, Location loc, Value o, RankedTensorType type) {
  ArrayRef<int64_t> s = type.getShape();
  Type elem = type.getElementType();
  if (type.getRank() == 3) {
    Value c =
        tensor::CollapseShapeOp::create(b, loc, RankedTensorType::get({s[0] * s[1], s[2]}, elem), o,
                                        ArrayRef<ReassociationIndices>{{0}, {1, 2}});
    return tensor::ExpandShapeOp::create(b, loc, type, c,
                                         ArrayRef<ReassociationIndices>{{0, 1}, {2}});
  }
  Value e =
      tensor::ExpandShapeOp::create(b, loc, RankedTensorType::get({s[0], s[2], s[1], s[3]}, elem),
                                    o, ArrayRef<ReassociationIndices>{{0, 1}, {2}, {3}});
  Value init = tensor::EmptyOp::create(b, loc, s, elem);
  return linalg::TransposeOp::create(b, loc, e, init, ArrayRef<int64_t>{0, 2, 1, 3}).getResult()[0];
}

/// [0, len, 2 len, ..., n len] as a tensor<(n+1)xi32> constant.
Value indptr(OpBuilder &b, Location loc, int64_t n, int64_t len) {
  SmallVector<int32_t> values;
  for (int64_t i = 0; i <= n; ++i)
    values.push_back(static_cast<int32_t>(i * len));
  auto type = RankedTensorType::get({n + 1}, b.getI32Type());
  return arith::ConstantOp::create(b, loc, DenseIntElementsAttr::get(type, ArrayRef(values)));
}

/// Builds attn.tensor_attention for `m` at the insertion point; returns the output in the type
/// of `m.result`.
Value buildRaised(OpBuilder &b, Location loc, const AttentionMatch &m) {
  auto qType = cast<RankedTensorType>(m.q.getType());
  auto kType = cast<RankedTensorType>(m.k.getType());
  int64_t r = qType.getRank();
  int64_t requests = qType.getDimSize(0);
  int64_t sq = qType.getDimSize(r - 2), skv = kType.getDimSize(r - 2);
  Value q = toRagged(b, loc, m.q), k = toRagged(b, loc, m.k), v = toRagged(b, loc, m.v);
  auto oType = cast<RankedTensorType>(q.getType());
  Value init = tensor::EmptyOp::create(b, loc, oType.getShape(), oType.getElementType());
  MLIRContext *ctx = b.getContext();
  auto mask = MaskAttr::get(ctx, m.causal ? MaskKind::Causal : MaskKind::None, std::nullopt,
                            std::nullopt, std::nullopt);
  // max_qo_len = 1 would make attn-plan pick the decode kernels, which read paged KV only;
  // single-query slices over ragged KV run on the tensor-core kernel.
  auto op = TensorAttentionOp::create(
      b, loc, oType, Type(), q, indptr(b, loc, requests, sq), k, v, indptr(b, loc, requests, skv),
      init, Value(), mask, b.getF32FloatAttr(static_cast<float>(m.scale)), FloatAttr(), UnitAttr(),
      RopeAttr(), sq > 1 ? b.getI64IntegerAttr(sq) : IntegerAttr());
  return fromRagged(b, loc, op.getO(), cast<RankedTensorType>(m.result.getType()));
}

struct RaiseAttention : OpInterfaceRewritePattern<linalg::LinalgOp> {
  using OpInterfaceRewritePattern::OpInterfaceRewritePattern;

  LogicalResult matchAndRewrite(linalg::LinalgOp pv, PatternRewriter &rewriter) const override {
    AttentionMatch m;
    Why why;
    if (!linalg::isaContractionOpInterface(pv) || failed(matchAttention(pv, m, why)))
      return rewriter.notifyMatchFailure(pv, why);
    if (m.result.use_empty())
      return rewriter.notifyMatchFailure(pv, "the attention result is unused");
    rewriter.setInsertionPoint(m.resultOp);
    Value out = buildRaised(rewriter, pv.getLoc(), m);
    rewriter.replaceAllUsesWith(m.result, out);
    return success();
  }
};

/// A softmax or a value computed (within a few elementwise steps) from an exp.
bool looksLikeProbabilities(Value v) {
  for (int depth = 0; depth < 4 && v; ++depth) {
    Operation *def = v.getDefiningOp();
    if (isa_and_nonnull<linalg::SoftmaxOp>(def))
      return true;
    auto generic = dyn_cast_or_null<linalg::GenericOp>(def);
    if (!generic || generic.getNumDpsInputs() == 0)
      return false;
    if (!generic.getBody()->getOps<math::ExpOp>().empty())
      return true;
    v = generic.getDpsInputs()[0];
  }
  return false;
}

//===----------------------------------------------------------------------===//
// The memref form: the same chain on buffers, each linalg op writing a local memref.alloc.
// The chain is copied to tensors (to_tensor of the buffers it reads, tensor.empty for its
// intermediates), matched with the tensor matcher above, and on success replaced by
// attn.tensor_attention whose result is materialized in the output buffer; one-shot-bufferize
// then turns it into attn.attention. The copy is erased when the chain is not raised.
//===----------------------------------------------------------------------===//

/// A chain of destination-style ops on buffers ending at `root`, which writes a buffer that
/// is not a local allocation (the output).
struct MemrefChain {
  Operation *root = nullptr;
  SmallVector<Operation *> ops; // in block order
  SmallVector<Operation *> allocs, deallocs;
  Why unsafe; // why the chain may not be replaced, if it matches
};

bool isLocalAlloc(Value v, Block *block) {
  auto alloc = v.getDefiningOp<memref::AllocOp>();
  return alloc && alloc->getBlock() == block && alloc.getType().hasStaticShape();
}

/// Collects the ops writing the local buffers `root` reads, transitively.
void collectChain(Operation *root, MemrefChain &c) {
  Block *block = root->getBlock();
  SetVector<Operation *> ops;
  ops.insert(root);
  SmallVector<Value> work(root->getOperands());
  DenseSet<Value> seen;
  while (!work.empty()) {
    Value buffer = work.pop_back_val();
    if (!isLocalAlloc(buffer, block) || !seen.insert(buffer).second)
      continue;
    c.allocs.push_back(buffer.getDefiningOp());
    for (OpOperand &use : buffer.getUses()) {
      Operation *user = use.getOwner();
      auto dps = dyn_cast<DestinationStyleOpInterface>(user);
      if (isa<memref::DeallocOp>(user))
        c.deallocs.push_back(user);
      else if (!dps || user->getBlock() != block)
        c.unsafe = ("an intermediate buffer is used by " + user->getName().getStringRef() +
                    " (a view or an op outside the chain)")
                       .str();
      else if (dps.isDpsInit(&use) && ops.insert(user))
        llvm::append_range(work, user->getOperands());
    }
  }
  c.ops.assign(ops.begin(), ops.end());
  llvm::sort(c.ops, [](Operation *a, Operation *b) { return a->isBeforeInBlock(b); });
}

/// Checks that every intermediate buffer is written and read by the chain only, writes
/// precede reads, and nothing between the first op of the chain and the root writes memory.
void checkChain(MemrefChain &c) {
  DenseSet<Operation *> inChain(c.ops.begin(), c.ops.end());
  for (Operation *alloc : c.allocs) {
    Operation *lastWrite = nullptr;
    for (OpOperand &use : alloc->getResult(0).getUses()) {
      Operation *user = use.getOwner();
      if (isa<memref::DeallocOp>(user))
        continue;
      if (!inChain.contains(user) && c.unsafe.empty())
        c.unsafe = ("an intermediate buffer is also read by " + user->getName().getStringRef() +
                    ", outside the attention chain")
                       .str();
      auto dps = dyn_cast<DestinationStyleOpInterface>(user);
      if (dps && dps.isDpsInit(&use) && (!lastWrite || lastWrite->isBeforeInBlock(user)))
        lastWrite = user;
    }
  }
  for (Operation &op : llvm::make_range(c.ops.front()->getIterator(), c.root->getIterator())) {
    if (inChain.contains(&op) || isMemoryEffectFree(&op) ||
        isa<memref::AllocOp, memref::DeallocOp>(op))
      continue;
    if (c.unsafe.empty())
      c.unsafe =
          ("'" + op.getName().getStringRef() + "' between the attention ops may write " + "memory")
              .str();
  }
  for (Operation *op : c.ops)
    for (Value init : cast<DestinationStyleOpInterface>(op).getDpsInits())
      if (op != c.root && !isLocalAlloc(init, op->getBlock()) && c.unsafe.empty())
        c.unsafe = "the chain writes a buffer that is not a local allocation";
}

/// The chain on tensors, inserted before the root: `clones` in order, `created` the
/// to_tensor / tensor.empty ops made for it. Returns the root's copy, or null.
Operation *copyToTensors(OpBuilder &b, const MemrefChain &c, SmallVector<Operation *> &clones,
                         SmallVector<Operation *> &created) {
  DenseMap<Value, Value> current;
  b.setInsertionPoint(c.root);
  Block *block = c.root->getBlock();
  for (Operation *op : c.ops) {
    auto dps = cast<DestinationStyleOpInterface>(op);
    SmallVector<Value> operands;
    SmallVector<Type> types;
    for (OpOperand &operand : op->getOpOperands()) {
      Value v = operand.get();
      auto type = dyn_cast<MemRefType>(v.getType());
      bool init = dps.isDpsInit(&operand);
      if (!type) {
        operands.push_back(v);
      } else if (current.count(v)) {
        operands.push_back(current[v]);
      } else if (init || isLocalAlloc(v, block)) {
        // An init not written before (a fresh buffer or the output): the copy must not read it.
        auto lop = dyn_cast<linalg::LinalgOp>(op);
        if (!type.hasStaticShape() || !init || (lop && lop.payloadUsesValueFromOperand(&operand)))
          return nullptr;
        created.push_back(
            tensor::EmptyOp::create(b, op->getLoc(), type.getShape(), type.getElementType()));
        operands.push_back(created.back()->getResult(0));
      } else {
        created.push_back(bufferization::ToTensorOp::create(
            b, op->getLoc(), memref::getTensorTypeFromMemRefType(type), v, /*restrict=*/true));
        operands.push_back(created.back()->getResult(0));
      }
      if (init && type)
        types.push_back(operands.back().getType());
    }
    IRMapping mapping;
    for (auto [from, to] : llvm::zip_equal(op->getOperands(), operands))
      mapping.map(from, to);
    Operation *clone = Operation::create(
        op->getLoc(), op->getName(), types, operands, op->getDiscardableAttrDictionary(),
        op->getPropertiesStorage(), BlockRange(), op->getNumRegions());
    for (auto [from, to] : llvm::zip_equal(op->getRegions(), clone->getRegions()))
      from.cloneInto(&to, mapping);
    b.insert(clone);
    clones.push_back(clone);
    for (auto [init, result] : llvm::zip_equal(dps.getDpsInits(), clone->getResults()))
      current[init] = result;
  }
  return clones.back();
}

void eraseReversed(ArrayRef<Operation *> ops) {
  for (Operation *op : llvm::reverse(ops))
    if (op->use_empty())
      op->erase();
}

/// Tries to raise the buffer chain ending at `root`; remarks on near misses when `remarks`.
void raiseMemrefChain(Operation *root, bool remarks) {
  MemrefChain c;
  c.root = root;
  collectChain(root, c);
  if (c.ops.size() < 3)
    return;
  checkChain(c);
  OpBuilder b(root);
  SmallVector<Operation *> clones, created;
  Operation *copy = copyToTensors(b, c, clones, created);
  auto pv =
      copy ? peelCast(copy->getResult(0)).getDefiningOp<linalg::LinalgOp>() : linalg::LinalgOp();
  AttentionMatch m;
  Why why;
  bool attentionLike = pv && linalg::isaContractionOpInterface(pv) && pv.getNumDpsInputs() == 2 &&
                       looksLikeProbabilities(pv.getDpsInputs()[0]);
  bool matched =
      attentionLike && succeeded(matchAttention(pv, m, why)) && m.result == copy->getResult(0);
  if (matched && c.unsafe.empty()) {
    Value out = buildRaised(b, root->getLoc(), m);
    auto materialize = bufferization::MaterializeInDestinationOp::create(
        b, root->getLoc(), TypeRange(), out,
        cast<DestinationStyleOpInterface>(root).getDpsInits()[0]);
    materialize.setRestrict(true);
    materialize.setWritable(true);
    eraseReversed(clones);
    eraseReversed(created);
    for (Operation *op : llvm::reverse(c.ops))
      op->erase();
    for (Operation *op : c.deallocs)
      op->erase();
    eraseReversed(c.allocs);
    return;
  }
  if (matched)
    why = c.unsafe;
  if (remarks && attentionLike) {
    Operation *original = c.ops[llvm::find(clones, pv.getOperation()) - clones.begin()];
    original->emitRemark("not raised to attn.attention: ") << why;
  }
  eraseReversed(clones);
  eraseReversed(created);
}

struct AttnRaisePass : mlir::attn::impl::AttnRaiseBase<AttnRaisePass> {
  using AttnRaiseBase::AttnRaiseBase;

  /// The memref form creates bufferization ops around the raised op.
  void getDependentDialects(DialectRegistry &registry) const override {
    AttnRaiseBase::getDependentDialects(registry);
    registry.insert<bufferization::BufferizationDialect>();
  }

  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateAttnRaisePatterns(patterns);
    (void)applyPatternsGreedily(getOperation(), std::move(patterns));
    // What is left and looks like attention (a contraction of a softmax-like value) gets a
    // remark saying why it was not raised.
    getOperation()->walk([&](linalg::LinalgOp op) {
      if (!emitRemarks || !op.hasPureTensorSemantics() || !linalg::isaContractionOpInterface(op) ||
          op.getNumDpsInputs() != 2 || !looksLikeProbabilities(op.getDpsInputs()[0]))
        return;
      AttentionMatch m;
      Why why;
      if (failed(matchAttention(op, m, why)))
        op->emitRemark("not raised to attn.tensor_attention: ") << why;
    });
    // The memref form: chains ending at an op that writes a buffer other than a local
    // allocation.
    SmallVector<Operation *> roots;
    getOperation()->walk([&](DestinationStyleOpInterface op) {
      if (op.hasPureBufferSemantics() && op.getNumDpsInits() == 1 &&
          !isLocalAlloc(op.getDpsInits()[0], op->getBlock()))
        roots.push_back(op);
    });
    for (Operation *root : roots)
      raiseMemrefChain(root, emitRemarks);
  }
};
} // namespace

void mlir::attn::populateAttnRaisePatterns(RewritePatternSet &patterns) {
  patterns.add<RaiseAttention>(patterns.getContext());
}
