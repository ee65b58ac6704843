//===- AttnOps.cpp - operations of the attn dialect -----------------------===//
//
// Verifiers of the attn ops and the canonicalization of attn.merge_states.
// Every diagnostic names the offending values (lowercase, no trailing period).
//
//===----------------------------------------------------------------------===//

#include "attn/Dialect/Attn/IR/AttnOps.h"
#include "AttnOpsVerify.h"

#include "attn/Dialect/Attn/Utils/RuntimeABI.h"
#include "attn/Dialect/Attn/Utils/Target.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"

#include <cmath>

using namespace mlir;
using namespace mlir::attn;

/// The type of attn.score_mod's positions: nothing for index, `, i32` otherwise.
static ParseResult parsePositionType(OpAsmParser &parser, Type &type) {
  type = parser.getBuilder().getIndexType();
  if (failed(parser.parseOptionalComma()))
    return success();
  return parser.parseType(type);
}

static void printPositionType(OpAsmPrinter &printer, Operation *, Type type) {
  if (!type.isIndex())
    printer << ", " << type;
}

/// The type of an optional result that has its optional operand's type (attn.online_softmax's
/// acc_new): nothing is printed, the result exists exactly when the operand does.
static ParseResult parseSameOptionalType(OpAsmParser &, Type operand, Type &result) {
  result = operand;
  return success();
}

static void printSameOptionalType(OpAsmPrinter &, Operation *, Type, Type) {}

/// Results of the operands' types (attn.wait_mma): nothing is printed.
static ParseResult parseSameTypes(OpAsmParser &, TypeRange operands,
                                  SmallVectorImpl<Type> &results) {
  llvm::append_range(results, operands);
  return success();
}

static void printSameTypes(OpAsmPrinter &, Operation *, TypeRange, TypeRange) {}

#define GET_OP_CLASSES
#include "attn/Dialect/Attn/IR/AttnOps.cpp.inc"

//===----------------------------------------------------------------------===//
// Shape helpers
//===----------------------------------------------------------------------===//

/// Prints a shape as "[?, 16, 8, 128]".
static std::string shapeStr(ArrayRef<int64_t> shape) {
  std::string str;
  llvm::raw_string_ostream os(str);
  os << '[';
  llvm::interleaveComma(shape, os, [&](int64_t d) {
    if (ShapedType::isDynamic(d))
      os << '?';
    else
      os << d;
  });
  os << ']';
  return str;
}

/// Whether two dimensions can be equal (either is dynamic, or both are the same).
static bool dimsCompatible(int64_t a, int64_t b) {
  return ShapedType::isDynamic(a) || ShapedType::isDynamic(b) || a == b;
}

static bool shapesCompatible(ArrayRef<int64_t> a, ArrayRef<int64_t> b) {
  return a.size() == b.size() &&
         llvm::all_of(llvm::zip_equal(a, b),
                      [](auto p) { return dimsCompatible(std::get<0>(p), std::get<1>(p)); });
}

/// Checks that `value` is a memref of shape compatible with `expected` (use kDynamic for
/// dimensions that are free). `what` names the operand, `layout` explains the dimensions.
static LogicalResult verifyShape(Operation *op, StringRef what, Value value,
                                 ArrayRef<int64_t> expected, StringRef layout) {
  auto type = cast<MemRefType>(value.getType());
  if (!shapesCompatible(type.getShape(), expected))
    return op->emitOpError() << "expected " << what << " of shape " << shapeStr(expected) << " "
                             << layout << ", got " << type;
  return success();
}

/// A rank-3 [tokens, heads, head_dim] memref with static heads and head_dim.
static LogicalResult verifyTokenHeadsDim(Operation *op, StringRef what, Value value) {
  auto type = cast<MemRefType>(value.getType());
  if (type.getRank() != 3)
    return op->emitOpError() << "expected " << what
                             << " to be a rank-3 memref [tokens, heads, head_dim], got " << type;
  if (type.isDynamicDim(1) || type.isDynamicDim(2))
    return op->emitOpError() << "expected the head count and head_dim of " << what
                             << " to be static, got " << type;
  if (type.getDimSize(1) <= 0 || type.getDimSize(2) <= 0)
    return op->emitOpError() << "expected a positive head count and head_dim in " << what
                             << ", got " << type;
  return success();
}

static LogicalResult verifyActivationElementType(Operation *op, StringRef what, Value value) {
  Type elementType = cast<MemRefType>(value.getType()).getElementType();
  if (!isSupportedActivationType(elementType))
    return op->emitOpError() << "expected " << what << " element type to be bf16 or f16, got "
                             << elementType;
  return success();
}

static int64_t kvNumHeads(Type kvType) {
  if (auto paged = dyn_cast<PagedKVType>(kvType))
    return paged.getNumHeads();
  return cast<RaggedKVType>(kvType).getNumHeads();
}
static int64_t kvHeadDim(Type kvType) {
  if (auto paged = dyn_cast<PagedKVType>(kvType))
    return paged.getHeadDim();
  return cast<RaggedKVType>(kvType).getHeadDim();
}
static Type kvElementType(Type kvType) {
  if (auto paged = dyn_cast<PagedKVType>(kvType))
    return paged.getElementType();
  return cast<RaggedKVType>(kvType).getElementType();
}

//===----------------------------------------------------------------------===//
// PagedKVOp / RaggedKVOp
//===----------------------------------------------------------------------===//

/// Checks that the memref `name` of a KV view holds the elements of its `what` type.
static LogicalResult verifyKVElementType(Operation *op, StringRef name, MemRefType memref,
                                         StringRef what, Type expected) {
  if (memref.getElementType() == expected)
    return success();
  return op->emitOpError() << "expected " << name << " element type (" << memref.getElementType()
                           << ") to match the " << what << " element type (" << expected << ")";
}

bool mlir::attn::isPagePoolLayout(MemRefType type, bool allowOffset) {
  if (type.getLayout().isIdentity())
    return true;
  int64_t offset;
  SmallVector<int64_t> strides;
  if (type.getRank() < 2 || failed(type.getStridesAndOffset(strides, offset)) ||
      (offset != 0 && !allowOffset))
    return false;
  // The identity strides of one page: the product of the inner sizes, innermost 1.
  int64_t expected = 1;
  for (int64_t d = type.getRank() - 1; d >= 1; --d) {
    if (ShapedType::isDynamic(type.getDimSize(d)) || strides[d] != expected)
      return false;
    expected *= type.getDimSize(d);
  }
  return ShapedType::isDynamic(strides[0]) || strides[0] >= expected;
}

MemRefType mlir::attn::getDynamicPageStrideType(MemRefType type) {
  SmallVector<int64_t> strides = type.getStridesAndOffset().first;
  strides[0] = ShapedType::kDynamic;
  return MemRefType::get(type.getShape(), type.getElementType(),
                         StridedLayoutAttr::get(type.getContext(), /*offset=*/0, strides),
                         type.getMemorySpace());
}

LogicalResult PagedKVOp::verify() {
  PagedKVType type = getType();
  StringRef layout = type.getLayout() == KVLayout::NHD
                         ? "[pages, page_size, heads, head_dim] (nhd)"
                         : "[pages, heads, page_size, head_dim] (hnd)";
  SmallVector<int64_t, 4> pool = type.getPoolShape();
  for (auto [name, value] : {std::pair<StringRef, Value>{"k_cache", getKCache()},
                             std::pair<StringRef, Value>{"v_cache", getVCache()}}) {
    auto memref = cast<MemRefType>(value.getType());
    if (memref.getRank() != 4)
      return emitOpError() << "expected " << name << " to be a rank-4 memref " << layout
                           << ", got " << memref;
    if (failed(verifyShape(*this, name, value, pool, layout)) ||
        failed(verifyKVElementType(*this, name, memref, "cache", type.getElementType())))
      return failure();
    if (!isPagePoolLayout(memref, /*allowOffset=*/true))
      return emitOpError() << "expected " << name
                           << " to hold contiguous pages a stride of at least one page apart "
                              "(strides [page_stride, <one page's identity strides>]), got "
                           << memref;
  }
  return success();
}

LogicalResult RaggedKVOp::verify() {
  RaggedKVType type = getType();
  SmallVector<int64_t> expected = {ShapedType::kDynamic, type.getNumHeads(), type.getHeadDim()};
  for (auto [name, value] :
       {std::pair<StringRef, Value>{"k", getK()}, std::pair<StringRef, Value>{"v", getV()}}) {
    auto memref = cast<MemRefType>(value.getType());
    if (failed(verifyShape(*this, name, value, expected, "[tokens, heads, head_dim]")) ||
        failed(verifyKVElementType(*this, name, memref, "KV", type.getElementType())))
      return failure();
  }
  return success();
}

//===----------------------------------------------------------------------===//
// AttentionOp
//===----------------------------------------------------------------------===//

int64_t AttentionOp::getNumQoHeads() { return getQ().getType().getDimSize(1); }
int64_t AttentionOp::getNumKvHeads() { return kvNumHeads(getKv().getType()); }
int64_t AttentionOp::getHeadDim() { return getQ().getType().getDimSize(2); }

double AttentionOp::getEffectiveSmScale() {
  if (std::optional<APFloat> scale = getSmScale())
    return scale->convertToDouble();
  return 1.0 / std::sqrt(static_cast<double>(getHeadDim()));
}

static LogicalResult verifyPositiveFinite(Operation *op, StringRef name,
                                          std::optional<APFloat> value) {
  if (!value)
    return success();
  double v = value->convertToDouble();
  if (!(v > 0.0) || !std::isfinite(v))
    return op->emitOpError() << "expected " << name << " (" << mlir::attn::detail::formatNumber(v)
                             << ") to be positive and finite";
  return success();
}

LogicalResult mlir::attn::detail::verifyScoreModifiers(Operation *op,
                                                       std::optional<APFloat> smScale,
                                                       std::optional<APFloat> logitsSoftCap) {
  if (failed(verifyPositiveFinite(op, "sm_scale", smScale)) ||
      failed(verifyPositiveFinite(op, "logits_soft_cap", logitsSoftCap)))
    return failure();
  return success();
}

/// Checks that an optional operand is present exactly when `wanted`.
static LogicalResult verifyPresence(Operation *op, Value operand, StringRef name, bool wanted,
                                    StringRef because) {
  if (wanted && !operand)
    return op->emitOpError() << "expected a " << name << " operand " << because;
  if (!wanted && operand)
    return op->emitOpError() << "unexpected " << name << " operand: only allowed " << because;
  return success();
}

LogicalResult AttentionOp::verify() {
  Operation *op = getOperation();
  if (failed(verifyTokenHeadsDim(op, "q", getQ())) ||
      failed(verifyActivationElementType(op, "q", getQ())))
    return failure();
  MemRefType qType = getQ().getType();
  int64_t numQoHeads = getNumQoHeads(), headDim = getHeadDim();
  Type kvType = getKv().getType();
  int64_t numKvHeads = kvNumHeads(kvType);

  if (kvHeadDim(kvType) != headDim)
    return emitOpError() << "expected kv head_dim (" << kvHeadDim(kvType)
                         << ") to match q head_dim (" << headDim << ")";
  if (numQoHeads % numKvHeads != 0)
    return emitOpError() << "expected num_qo_heads (" << numQoHeads
                         << ") to be a multiple of num_kv_heads (" << numKvHeads << ")";
  Type kvElt = kvElementType(kvType);
  if (kvElt != qType.getElementType() && isSupportedActivationType(kvElt))
    return emitOpError() << "expected kv element type (" << kvElt << ") to match q element type ("
                         << qType.getElementType() << ") or be an fp8 type";

  // Output and log-sum-exp.
  SmallVector<int64_t> outShape = {qType.getDimSize(0), numQoHeads, headDim};
  if (failed(verifyShape(op, "o", getO(), outShape, "[tokens, num_qo_heads, head_dim] like q")))
    return failure();
  if (getO().getType().getElementType() != qType.getElementType())
    return emitOpError() << "expected o element type (" << getO().getType().getElementType()
                         << ") to match q element type (" << qType.getElementType() << ")";
  if (Value lse = getLse())
    if (failed(verifyShape(op, "lse", lse, {qType.getDimSize(0), numQoHeads},
                           "[tokens, num_qo_heads]")))
      return failure();

  // Masks and their operands.
  MaskKind kind = getMask().getKind();
  StringRef forCustom = "with #attn.mask<custom>";
  StringRef forSparse = "with #attn.mask<block_sparse>";
  if (failed(verifyPresence(op, getCustomMask(), "custom_mask", kind == MaskKind::Custom,
                            forCustom)) ||
      failed(verifyPresence(op, getMaskIndptr(), "mask_indptr", kind == MaskKind::Custom,
                            forCustom)) ||
      failed(verifyPresence(op, getBlockIndptr(), "block_indptr", kind == MaskKind::BlockSparse,
                            forSparse)) ||
      failed(verifyPresence(op, getBlockIndices(), "block_indices",
                            kind == MaskKind::BlockSparse, forSparse)))
    return failure();

  // Score modifiers.
  if (failed(detail::verifyScoreModifiers(op, getSmScale(), getLogitsSoftCap())))
    return failure();
  if (Value slopes = getAlibiSlopes()) {
    if (!getAlibi())
      return emitOpError() << "unexpected alibi_slopes operand without the 'alibi' attribute";
    if (failed(verifyShape(op, "alibi_slopes", slopes, {numQoHeads}, "[num_qo_heads]")))
      return failure();
  }

  // Fused RoPE.
  if (std::optional<RopeAttr> rope = getRope()) {
    if (rope->getRotaryDim() > headDim)
      return emitOpError() << "expected rope rotary_dim (" << rope->getRotaryDim()
                           << ") to be at most head_dim (" << headDim << ")";
  } else if (getRopeOffsets()) {
    return emitOpError() << "unexpected rope_offsets operand without a 'rope' attribute";
  }

  // Kernel configuration chosen by attn-plan.
  if (std::optional<KernelConfigAttr> config = getKernelConfig()) {
    if (config->getStrategy() == Strategy::Decode && config->getTileQ() % getGroupSize() != 0)
      return emitOpError() << "expected decode tile_q (" << config->getTileQ()
                           << ") to be a multiple of the head group size (" << getGroupSize()
                           << ")";
    // A tensor map's box is a block of ragged K/V or of one page; tiles in order.
    auto paged = dyn_cast<PagedKVType>(getKv().getType());
    if (config->getTma() &&
        ((paged && !rtabi::prefill::tmaPagesFit(paged.getPageSize(), config->getTileKv())) ||
         getMask().getKind() == MaskKind::BlockSparse))
      return emitOpError() << "expected ragged K/V or pages of whole 8-row boxes, and no "
                              "block-sparse mask, for a kernel config with 'tma'";
  }
  return success();
}

//===----------------------------------------------------------------------===//
// MergeStateOp / MergeStatesOp
//===----------------------------------------------------------------------===//

static LogicalResult verifyStateElementType(Operation *op, StringRef name, Value value) {
  Type elt = cast<MemRefType>(value.getType()).getElementType();
  if (!elt.isF32() && !isSupportedActivationType(elt))
    return op->emitOpError() << "expected " << name << " element type to be f32, bf16 or f16, got "
                             << elt;
  return success();
}

LogicalResult MergeStateOp::verify() {
  Operation *op = getOperation();
  auto vaType = cast<MemRefType>(getVA().getType());
  if (vaType.getRank() != 3)
    return emitOpError() << "expected v_a to be a rank-3 memref [rows, heads, head_dim], got "
                         << vaType;
  ArrayRef<int64_t> vShape = vaType.getShape();
  SmallVector<int64_t> sShape = {vShape[0], vShape[1]};
  for (auto [name, value] : {std::pair<StringRef, Value>{"v_a", getVA()},
                             std::pair<StringRef, Value>{"v_b", getVB()},
                             std::pair<StringRef, Value>{"v_out", getVOut()}}) {
    if (failed(verifyShape(op, name, value, vShape, "like v_a")) ||
        failed(verifyStateElementType(op, name, value)))
      return failure();
  }
  if (failed(verifyShape(op, "s_a", getSA(), sShape, "[rows, heads]")) ||
      failed(verifyShape(op, "s_b", getSB(), sShape, "[rows, heads]")))
    return failure();
  if (Value sOut = getSOut())
    if (failed(verifyShape(op, "s_out", sOut, sShape, "[rows, heads]")))
      return failure();
  return success();
}

LogicalResult MergeStatesOp::verify() {
  Operation *op = getOperation();
  auto vType = cast<MemRefType>(getV().getType());
  auto vOutType = cast<MemRefType>(getVOut().getType());
  if (failed(verifyStateElementType(op, "v", getV())) ||
      failed(verifyStateElementType(op, "v_out", getVOut())))
    return failure();
  if (vOutType.getRank() != 3)
    return emitOpError() << "expected v_out to be a rank-3 memref [rows, heads, head_dim], got "
                         << vOutType;
  ArrayRef<int64_t> out = vOutType.getShape();
  if (isIndexed()) {
    if (failed(verifyShape(op, "v", getV(), {ShapedType::kDynamic, out[1], out[2]},
                           "[partial_rows, heads, head_dim] (indexed form)")) ||
        failed(verifyShape(op, "s", getS(), {vType.getDimSize(0), out[1]},
                           "[partial_rows, heads] (indexed form)")))
      return failure();
  } else {
    if (vType.getRank() != 4)
      return emitOpError() << "expected v to be a rank-4 memref [rows, states, heads, head_dim] "
                              "(or pass indptr for the indexed form), got "
                           << vType;
    if (failed(verifyShape(op, "v", getV(),
                           {out[0], ShapedType::kDynamic, out[1], out[2]},
                           "[rows, states, heads, head_dim]")) ||
        failed(verifyShape(op, "s", getS(), {out[0], vType.getDimSize(1), out[1]},
                           "[rows, states, heads]")))
      return failure();
  }
  if (Value sOut = getSOut())
    if (failed(verifyShape(op, "s_out", sOut, {out[0], out[1]}, "[rows, heads]")))
      return failure();
  return success();
}

namespace {
/// A dense merge of a single state per row is a copy:
///   v_out[r] = v[r, 0], s_out[r] = s[r, 0]   when num_states == 1.
struct FoldSingleStateMerge : OpRewritePattern<MergeStatesOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(MergeStatesOp op, PatternRewriter &rewriter) const override {
    if (op.isIndexed())
      return rewriter.notifyMatchFailure(op, "indexed merge");
    auto vType = cast<MemRefType>(op.getV().getType());
    auto sType = cast<MemRefType>(op.getS().getType());
    if (vType.getDimSize(1) != 1)
      return rewriter.notifyMatchFailure(op, "more than one state per row");
    if (vType.getElementType() != op.getVOut().getType().getElementType())
      return rewriter.notifyMatchFailure(op, "the merge converts the element type");
    if (!vType.getLayout().isIdentity() || !sType.getLayout().isIdentity())
      return rewriter.notifyMatchFailure(op, "non-identity layout");
    Location loc = op.getLoc();
    // [rows, 1, heads, head_dim] -> [rows, heads, head_dim]
    Value v = memref::CollapseShapeOp::create(rewriter, loc, op.getV(),
                                              ArrayRef<ReassociationIndices>{{0, 1}, {2}, {3}});
    memref::CopyOp::create(rewriter, loc, v, op.getVOut());
    if (Value sOut = op.getSOut()) {
      // [rows, 1, heads] -> [rows, heads]
      Value s = memref::CollapseShapeOp::create(rewriter, loc, op.getS(),
                                                ArrayRef<ReassociationIndices>{{0, 1}, {2}});
      memref::CopyOp::create(rewriter, loc, s, sOut);
    }
    rewriter.eraseOp(op);
    return success();
  }
};
} // namespace

void MergeStatesOp::getCanonicalizationPatterns(RewritePatternSet &results, MLIRContext *context) {
  results.add<FoldSingleStateMerge>(context);
}

//===----------------------------------------------------------------------===//
// AppendPagedKVOp / RopeOp
//===----------------------------------------------------------------------===//

LogicalResult AppendPagedKVOp::verify() {
  PagedKVType cache = getKv().getType();
  SmallVector<int64_t> expected = {ShapedType::kDynamic, cache.getNumHeads(), cache.getHeadDim()};
  for (auto [name, value] :
       {std::pair<StringRef, Value>{"k", getK()}, std::pair<StringRef, Value>{"v", getV()}}) {
    if (failed(verifyShape(*this, name, value, expected, "[tokens, num_kv_heads, head_dim]")))
      return failure();
    Type elt = cast<MemRefType>(value.getType()).getElementType();
    if (elt != cache.getElementType())
      return emitOpError() << "expected " << name << " element type (" << elt
                           << ") to match the cache element type (" << cache.getElementType()
                           << ")";
  }
  auto kTokens = cast<MemRefType>(getK().getType()).getDimSize(0);
  if (failed(verifyShape(*this, "v", getV(), {kTokens, expected[1], expected[2]}, "like k")) ||
      failed(verifyShape(*this, "batch_indices", getBatchIndices(), {kTokens}, "[tokens]")) ||
      failed(verifyShape(*this, "positions", getPositions(), {kTokens}, "[tokens]")))
    return failure();
  return success();
}

LogicalResult RopeOp::verify() {
  Operation *op = getOperation();
  if (failed(verifyTokenHeadsDim(op, "q", getQ())) ||
      failed(verifyTokenHeadsDim(op, "k", getK())) ||
      failed(verifyActivationElementType(op, "q", getQ())) ||
      failed(verifyActivationElementType(op, "k", getK())))
    return failure();
  auto qType = cast<MemRefType>(getQ().getType());
  auto kType = cast<MemRefType>(getK().getType());
  if (qType.getDimSize(2) != kType.getDimSize(2))
    return emitOpError() << "expected k head_dim (" << kType.getDimSize(2)
                         << ") to match q head_dim (" << qType.getDimSize(2) << ")";
  if (getRope().getRotaryDim() > qType.getDimSize(2))
    return emitOpError() << "expected rope rotary_dim (" << getRope().getRotaryDim()
                         << ") to be at most head_dim (" << qType.getDimSize(2) << ")";
  if (failed(verifyShape(op, "q_out", getQOut(), qType.getShape(), "like q")) ||
      failed(verifyShape(op, "k_out", getKOut(), kType.getShape(), "like k")) ||
      failed(verifyShape(op, "pos_ids", getPosIds(), {qType.getDimSize(0)}, "[tokens]")) ||
      failed(verifyShape(op, "k", getK(), {qType.getDimSize(0), kType.getDimSize(1),
                                           kType.getDimSize(2)}, "[tokens of q, heads, head_dim]")))
    return failure();
  for (auto [name, value, like] : {std::tuple<StringRef, Value, MemRefType>{"q_out", getQOut(), qType},
                                   std::tuple<StringRef, Value, MemRefType>{"k_out", getKOut(), kType}}) {
    Type elt = cast<MemRefType>(value.getType()).getElementType();
    if (elt != like.getElementType())
      return emitOpError() << "expected " << name << " element type (" << elt << ") to be "
                           << like.getElementType();
  }
  return success();
}

//===----------------------------------------------------------------------===//
// KernelABIOp
//===----------------------------------------------------------------------===//

LogicalResult KernelABIOp::verify() {
  // Attention families have an attention and a merge kernel; the standalone ops (append_kv,
  // rope, merge, sample, spec_sample) one kernel each.
  bool attentionFamily = getFamily() == "decode" || getFamily() == "prefill";
  bool opFamily = getFamily() == "append_kv" || getFamily() == "rope" || getFamily() == "merge" ||
                  getFamily() == "sample" || getFamily() == "spec_sample";
  if (!attentionFamily && !opFamily)
    return emitOpError() << "expected family to be 'decode', 'prefill', 'append_kv', 'rope', "
                            "'merge', 'sample' or 'spec_sample', got '"
                         << getFamily() << "'";
  if (attentionFamily && getRole() != "attention" && getRole() != "merge")
    return emitOpError() << "expected role to be 'attention' or 'merge', got '" << getRole()
                         << "'";
  if (opFamily && getRole() != "kernel")
    return emitOpError() << "expected role 'kernel' for family '" << getFamily() << "', got '"
                         << getRole() << "'";
  ArrayRef<int32_t> block = getBlock();
  if (block.size() != 3 || llvm::any_of(block, [](int32_t d) { return d <= 0; }))
    return emitOpError() << "expected block to hold 3 positive sizes";
  // The generated getter is unsigned; read the attribute's signed value.
  if (int64_t smem = getDynamicSmemAttr().getInt(); smem < 0)
    return emitOpError() << "expected dynamic_smem (" << smem << ") to be non-negative";
  llvm::StringSet<> names;
  for (auto [i, param] : llvm::enumerate(getParams())) {
    auto dict = dyn_cast<DictionaryAttr>(param);
    auto name = dict ? dict.getAs<StringAttr>("name") : StringAttr();
    auto kind = dict ? dict.getAs<StringAttr>("kind") : StringAttr();
    if (!name || !kind)
      return emitOpError() << "expected params[" << i
                           << "] to be a dictionary with string 'name' and 'kind'";
    if (!llvm::is_contained({"ptr", "i32", "f32", "tmap"}, kind.getValue()))
      return emitOpError() << "expected params[" << i << "] kind to be ptr, i32, f32 or tmap, got '"
                           << kind.getValue() << "'";
    if (!names.insert(name.getValue()).second)
      return emitOpError() << "duplicate parameter name '" << name.getValue() << "'";
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Tile-level ops
//===----------------------------------------------------------------------===//

/// `blocks(block_indices[block_begin])` and `tiles_per_block` come together.
template <typename TileOp>
static LogicalResult verifyBlockMap(TileOp op) {
  bool list = static_cast<bool>(op.getBlockIndices());
  if (list != static_cast<bool>(op.getBlockBegin()))
    return op.emitOpError() << "expected block_indices and block_begin together";
  if (list != op.getTilesPerBlock().has_value())
    return op.emitOpError() << "expected tiles_per_block exactly when a block list is given";
  return success();
}

LogicalResult KVTilePagesOp::verify() {
  int64_t n = static_cast<int64_t>(getPages().size());
  if (n == 0 || getRowsPerGroup() % n != 0)
    return emitOpError() << "expected one page per row of the group (" << getRowsPerGroup()
                         << ") or per run of rows, a divisor of it; got " << n;
  return verifyBlockMap(*this);
}

LogicalResult CopyKVTileOp::verify() {
  if (failed(verifyBlockMap(*this)))
    return failure();
  int64_t rank = cast<MemRefType>(getKCache().getType()).getRank();
  if (rank != 3 && rank != 4)
    return emitOpError() << "expected k_cache to be a rank-4 page pool or rank-3 ragged K, got "
                         << getKCache().getType();
  if (cast<MemRefType>(getVCache().getType()).getRank() != rank)
    return emitOpError() << "expected v_cache of the same rank as k_cache, got "
                         << getVCache().getType();
  int64_t numPages = static_cast<int64_t>(getPages().size());
  if (rank == 4 && (numPages == 0 || getRowsPerGroup() % numPages != 0))
    return emitOpError() << "expected one page per row of the group (" << getRowsPerGroup()
                         << ") or per run of rows, a divisor of it, for a paged cache; got "
                         << numPages;
  if (rank == 3 && numPages != 0)
    return emitOpError() << "expected no pages for ragged K/V, got " << numPages;
  if (rank == 3 && getHnd())
    return emitOpError() << "'hnd' applies to paged caches only";
  // A paged source may be a strided view (pages a runtime stride apart, each contiguous);
  // ragged K/V rows are contiguous.
  for (auto [name, src] : {std::pair<StringRef, Value>{"k_cache", getKCache()},
                           std::pair<StringRef, Value>{"v_cache", getVCache()}}) {
    auto type = cast<MemRefType>(src.getType());
    if (rank == 4 ? !isPagePoolLayout(type) : !type.getLayout().isIdentity())
      return emitOpError() << "expected " << name
                           << (rank == 4 ? " to hold contiguous pages a stride apart (offset 0)"
                                         : " with the identity layout")
                           << ", got " << type;
  }
  for (auto [name, tile] : {std::pair<StringRef, Value>{"k_tile", getKTile()},
                            std::pair<StringRef, Value>{"v_tile", getVTile()}}) {
    auto type = cast<MemRefType>(tile.getType());
    if (type.getRank() != 3 || type.isDynamicDim(1) || type.getDimSize(1) != static_cast<int64_t>(getTileKv()))
      return emitOpError() << "expected " << name << " to be [stages, tile_kv (" << getTileKv()
                           << "), head_dim], got " << type;
    if (type.getElementType() !=
        cast<MemRefType>(getKCache().getType()).getElementType())
      return emitOpError() << "expected " << name << " to hold the cache's element type, got "
                           << type;
  }
  if (getSwizzle()) {
    int64_t dim = cast<MemRefType>(getKTile().getType()).getDimSize(2);
    if (ShapedType::isDynamic(dim) || dim % getVec() != 0 || dim / getVec() < 8)
      return emitOpError() << "'swizzle' needs tile rows of at least 8 chunks of vec ("
                           << getVec() << ") elements, got " << getKTile().getType();
  }
  if (getSwizzle128()) {
    auto type = cast<MemRefType>(getKTile().getType());
    int64_t bits = type.getElementTypeBitWidth();
    if (!getSwizzle() || bits != 16 || getVec() * bits != 128 || type.getDimSize(2) % 64 != 0)
      return emitOpError() << "'swizzle128' needs 'swizzle', 16-bit elements, 16-byte vectors "
                              "(vec = 8) and head_dim a multiple of 64, got vec = "
                           << getVec() << " and " << type;
  }
  if (getArrive() && !getAsync())
    return emitOpError() << "expected 'async' with 'arrive' (the mbarrier tracks asynchronous "
                            "copies)";
  if (getArriveInc() && !getArrive())
    return emitOpError() << "expected 'arrive' with 'arrive_inc'";
  return success();
}

/// The bytes of a CUtensorMap.
static constexpr int64_t kTensorMapBytes = 128;

LogicalResult TmaCopyKVTileOp::verify() {
  for (auto [name, map] : {std::pair<StringRef, Value>{"k_map", getKMap()},
                           std::pair<StringRef, Value>{"v_map", getVMap()}}) {
    auto type = cast<MemRefType>(map.getType());
    if (type.getDimSize(0) != kTensorMapBytes || !type.getLayout().isIdentity())
      return emitOpError() << "expected " << name << " to be the " << kTensorMapBytes
                           << " bytes of a tensor map, got " << type;
  }
  auto kType = cast<MemRefType>(getKTile().getType());
  if (kType != getVTile().getType())
    return emitOpError() << "expected k_tile and v_tile of one type, got " << kType << " and "
                         << getVTile().getType();
  // Boxes of [box_rows, 64] 16-bit elements in the 128-byte swizzle (swizzle128's layout).
  if (kType.getRank() != 3 || !kType.hasStaticShape() || kType.getElementTypeBitWidth() != 16 ||
      kType.getDimSize(2) % 64 != 0 || kType.getDimSize(1) % 8 != 0 || kType.getDimSize(1) > 256 ||
      !kType.getLayout().isIdentity())
    return emitOpError() << "expected [stages, tile_kv, head_dim] tiles of 16-bit elements with "
                            "tile_kv a multiple of 8 up to 256 and head_dim a multiple of 64, got "
                         << kType;
  // Whole 8-row swizzle atoms (1024 bytes) that fit the tile; 2 to 5 coordinates (TMA's ranks).
  int64_t rows = static_cast<int64_t>(getBoxRows());
  if (rows % 8 != 0 || rows > kType.getDimSize(1))
    return emitOpError() << "expected box_rows (" << rows
                         << ") to be a multiple of 8 up to tile_kv (" << kType.getDimSize(1) << ")";
  if (getBox().size() < 2 || getBox().size() > 5)
    return emitOpError() << "expected 2 to 5 box coordinates, got " << getBox().size();
  if (!gpu::GPUDialect::hasWorkgroupMemoryAddressSpace(kType))
    return emitOpError() << "expected the tiles in workgroup (shared) memory, got " << kType;
  return success();
}

LogicalResult MmaOp::verify() {
  auto shapeIs = [](Value v, int64_t rows) {
    ArrayRef<int64_t> shape = cast<VectorType>(v.getType()).getShape();
    return shape[0] == rows && shape[1] == 2;
  };
  if (!shapeIs(getA(), 4))
    return emitOpError() << "expected a to be the 16x16 A fragment vector<4x2x...>, got "
                         << getA().getType();
  if (!shapeIs(getB(), 2))
    return emitOpError() << "expected b to be the 16x8 B fragment vector<2x2x...>, got "
                         << getB().getType();
  if (!shapeIs(getAcc(), 2))
    return emitOpError() << "expected acc to be the 16x8 accumulator vector<2x2xf32>, got "
                         << getAcc().getType();
  return success();
}
