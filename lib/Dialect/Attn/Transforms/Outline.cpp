//===- Outline.cpp - attn-outline -----------------------------------------===//
//
// Moves each planned attn.attention into a gpu.module: an attention kernel whose arguments
// are the runtime ABI (the op's buffers, the work partition written by the runtime's plan, the
// split-KV scratch buffers) and, when KV may be split, a merge kernel; an attn.kernel_abi op
// per kernel records the launch contract for the bundle writer. Host-level
// attn.append_paged_kv, attn.rope, attn.merge_state and the dense attn.merge_states become
// kernels of their own (families append_kv, rope, merge).
//
//===----------------------------------------------------------------------===//

#include "attn/Dialect/Attn/Transforms/Passes.h"
#include "attn/Dialect/Attn/Transforms/Transforms.h"
#include "attn/Dialect/Attn/Utils/RuntimeABI.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/SymbolTable.h"

namespace mlir::attn {
#define GEN_PASS_DEF_ATTNOUTLINE
#include "attn/Dialect/Attn/Transforms/Passes.h.inc"
} // namespace mlir::attn

using namespace mlir;
using namespace mlir::attn;

/// The kernel ABI shared with the runtime (kernel symbols, parameter names, manifest keys).
namespace key = rtabi::key;

namespace {
/// griddepcontrol (programmatic dependent launch) exists from sm_90 on (PTX ISA 7.8).
constexpr int64_t kMinProgrammaticLaunchSm = 90;

/// Threads of a merge CTA: a row of a long request has one partial per chunk (a 32k-token
/// request on an H100 has ~128), and the merge is latency-bound, so it keeps as many partials
/// in flight as a CTA has lane groups; rows of short requests (2 partials) must not pay for
/// many idle lanes (docs/DECODE_TUNING.md: 128 threads took 10.4 us for 128 partials, 512
/// threads cost 10 us more on 64 rows of 2 partials).
constexpr int64_t kMergeThreads = 256;

/// One kernel parameter: its ABI name, its type in the gpu.func and, for the op's own
/// operands, the host value it stands for.
struct Param {
  std::string name;
  Type type;
  Value hostValue;
  /// A tensor map passed by value (kind "tmap"): a 128-byte buffer in the gpu.func, marked
  /// `attn.tensor_map` for attn-bare-ptr-abi.
  bool tensorMap = false;
};

StringRef kindOf(Type type) {
  if (isa<MemRefType>(type))
    return rtabi::kParamKindPtr;
  if (type.isF32())
    return rtabi::kParamKindF32;
  return rtabi::kParamKindI32;
}

std::string typeName(Type type) {
  if (type.isBF16())
    return rtabi::kDtypeBf16;
  if (type.isF16())
    return rtabi::kDtypeF16;
  std::string str;
  llvm::raw_string_ostream os(str);
  os << type;
  return str;
}

/// Builds a gpu.func named `name` in `module` with `params` as arguments, each carrying its
/// ABI name, and the CTA size as known_block_size.
gpu::GPUFuncOp createKernel(OpBuilder &builder, Location loc, gpu::GPUModuleOp module,
                            StringRef name, ArrayRef<Param> params, int64_t threads) {
  SmallVector<Type> types;
  for (const Param &p : params)
    types.push_back(p.type);
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToEnd(module.getBody());
  auto func = gpu::GPUFuncOp::create(builder, loc, name, builder.getFunctionType(types, {}));
  func->setAttr(gpu::GPUDialect::getKernelFuncAttrName(), builder.getUnitAttr());
  func.setKnownBlockSizeAttr(
      builder.getDenseI32ArrayAttr({static_cast<int32_t>(threads), 1, 1}));
  for (auto [i, p] : llvm::enumerate(params)) {
    func.setArgAttr(i, abi::kParamAttrName, builder.getStringAttr(p.name));
    if (p.tensorMap)
      func.setArgAttr(i, abi::kTensorMapAttrName, builder.getUnitAttr());
  }
  return func;
}

ArrayAttr paramsAttr(Builder &b, ArrayRef<Param> params) {
  SmallVector<Attribute> dicts;
  for (const Param &p : params)
    dicts.push_back(b.getDictionaryAttr(
        {b.getNamedAttr(key::kName, b.getStringAttr(p.name)),
         b.getNamedAttr(key::kKind, b.getStringAttr(p.tensorMap ? rtabi::kParamKindTensorMap
                                                                : kindOf(p.type)))}));
  return b.getArrayAttr(dicts);
}

/// Everything that identifies what the kernels compute, for the manifest.
DictionaryAttr variantAttr(Builder &b, AttentionOp op) {
  SmallVector<NamedAttribute> attrs;
  auto i64 = [&](StringRef key, int64_t v) {
    attrs.push_back(b.getNamedAttr(key, b.getI64IntegerAttr(v)));
  };
  auto str = [&](StringRef key, StringRef v) {
    attrs.push_back(b.getNamedAttr(key, b.getStringAttr(v)));
  };
  i64(key::kNumQoHeads, op.getNumQoHeads());
  i64(key::kNumKvHeads, op.getNumKvHeads());
  i64(key::kHeadDim, op.getHeadDim());
  str(key::kDtype, typeName(op.getQ().getType().getElementType()));
  if (auto paged = dyn_cast<PagedKVType>(op.getKv().getType())) {
    str(key::kKvFormat, rtabi::kKvFormatPaged);
    i64(key::kPageSize, paged.getPageSize());
    str(key::kLayout, stringifyKVLayout(paged.getLayout()));
    str(key::kKvDtype, typeName(paged.getElementType()));
  } else {
    str(key::kKvFormat, rtabi::kKvFormatRagged);
    str(key::kKvDtype, typeName(cast<RaggedKVType>(op.getKv().getType()).getElementType()));
  }
  MaskAttr mask = op.getMask();
  str(key::kMask, stringifyMaskKind(mask.getKind()));
  i64(key::kWindowLeft, mask.getWindowLeft().value_or(-1));
  if (mask.getKind() == MaskKind::BlockSparse) {
    i64(key::kBlockRows, mask.getBlockRows().value_or(0));
    i64(key::kBlockCols, mask.getBlockCols().value_or(0));
  }
  attrs.push_back(b.getNamedAttr(key::kSmScale, b.getF64FloatAttr(op.getEffectiveSmScale())));
  attrs.push_back(b.getNamedAttr(
      key::kLogitsSoftCap,
      b.getF64FloatAttr(op.getLogitsSoftCap() ? op.getLogitsSoftCap()->convertToDouble() : 0.0)));
  attrs.push_back(b.getNamedAttr(key::kAlibi, b.getBoolAttr(op.getAlibi())));
  str(key::kRope, op.getRope() ? stringifyRopeKind(op.getRope()->getKind()) : rtabi::kRopeNone);
  attrs.push_back(b.getNamedAttr(key::kReturnLse, b.getBoolAttr(static_cast<bool>(op.getLse()))));
  if (op.getMaxQoLen())
    i64(key::kMaxQoLen, *op.getMaxQoLen());
  return b.getDictionaryAttr(attrs);
}

DictionaryAttr tileAttr(Builder &b, KernelConfigAttr config,
                        ArrayRef<std::pair<StringRef, int64_t>> extra) {
  SmallVector<NamedAttribute> attrs = {
      b.getNamedAttr(key::kStrategy, b.getStringAttr(stringifyStrategy(config.getStrategy()))),
      b.getNamedAttr(key::kSm, b.getI64IntegerAttr(config.getSm())),
      b.getNamedAttr(key::kThreads, b.getI64IntegerAttr(config.getBlockThreads())),
      b.getNamedAttr(key::kTileQ, b.getI64IntegerAttr(config.getTileQ())),
      b.getNamedAttr(key::kTileKv, b.getI64IntegerAttr(config.getTileKv())),
      b.getNamedAttr(key::kStages, b.getI64IntegerAttr(config.getStages())),
      b.getNamedAttr(key::kSplitKv, b.getBoolAttr(config.getSplitKv())),
      b.getNamedAttr(key::kVec, b.getI64IntegerAttr(config.getVec()))};
  for (auto [key, value] : extra)
    attrs.push_back(b.getNamedAttr(key, b.getI64IntegerAttr(value)));
  return b.getDictionaryAttr(attrs);
}
} // namespace

namespace {
/// Fails on `op` unless `operand` of the KV source `kvDef` has the identity layout or, for a
/// page pool, contiguous pages a stride apart (the kernel takes that stride as an argument).
LogicalResult checkKvLayout(Operation *op, Operation *kvDef, Value operand) {
  auto type = cast<MemRefType>(operand.getType());
  if (type.getLayout().isIdentity())
    return success();
  auto paged = dyn_cast<PagedKVOp>(kvDef);
  if (paged && (operand == paged.getKCache() || operand == paged.getVCache()) &&
      isPagePoolLayout(type, /*allowOffset=*/true))
    return success();
  return op->emitOpError() << "expected KV buffers with the identity layout (page pools: "
                              "contiguous pages a stride apart), got "
                           << type;
}

/// The kernel parameter type of a KV buffer: its identity form (the runtime passes one
/// pointer; a page pool's stride is the separate kv_page_stride argument).
Type kvParamType(Value buffer) {
  auto type = cast<MemRefType>(buffer.getType());
  return MemRefType::get(type.getShape(), type.getElementType());
}

/// The paged KV cache's parameters, in the ABI's order: the pools, the page table and the page
/// stride of the pools in elements.
void appendPagedKvParams(PagedKVOp kv, SmallVectorImpl<Param> &params) {
  params.push_back({rtabi::decode::kKCache, kvParamType(kv.getKCache()), kv.getKCache()});
  params.push_back({rtabi::decode::kVCache, kvParamType(kv.getVCache()), kv.getVCache()});
  params.push_back({rtabi::decode::kKvIndptr, kv.getKvIndptr().getType(), kv.getKvIndptr()});
  params.push_back({rtabi::decode::kKvIndices, kv.getKvIndices().getType(), kv.getKvIndices()});
  params.push_back(
      {rtabi::decode::kKvLastPageLen, kv.getKvLastPageLen().getType(), kv.getKvLastPageLen()});
  params.push_back({rtabi::decode::kKvPageStride, IntegerType::get(kv.getContext(), 32), Value()});
}

/// Why `op` cannot be outlined (not planned, buffers with a layout, a KV source other than
/// attn.paged_kv / attn.ragged_kv of the same function), or success.
LogicalResult checkOutlinable(AttentionOp op) {
  if (!op.getKernelConfig())
    return op.emitOpError() << "must be planned (run attn-plan) before attn-outline";
  for (Value operand : op->getOperands())
    if (auto memref = dyn_cast<MemRefType>(operand.getType());
        memref && !memref.getLayout().isIdentity())
      return op.emitOpError() << "expected buffers with the identity layout, got " << memref;
  Operation *kvDef = op.getKv().getDefiningOp();
  if (!isa_and_nonnull<PagedKVOp, RaggedKVOp>(kvDef))
    return op.emitOpError() << "expected the KV source to be built by attn.paged_kv or "
                               "attn.ragged_kv in the same function";
  for (Value operand : kvDef->getOperands())
    if (failed(checkKvLayout(op, kvDef, operand)))
      return failure();
  return success();
}

/// The types of the plan's and the split-KV state's buffers.
struct PlanTypes {
  Type i32Buffer, numBuffer, tmpO, tmpLse;

  PlanTypes(Builder &b, AttentionOp op) {
    i32Buffer = MemRefType::get({ShapedType::kDynamic}, b.getI32Type());
    numBuffer = MemRefType::get({1}, b.getI32Type());
    int64_t heads = op.getNumQoHeads(), headDim = op.getHeadDim();
    tmpO = MemRefType::get({ShapedType::kDynamic, heads, headDim}, b.getF32Type());
    tmpLse = MemRefType::get({ShapedType::kDynamic, heads}, b.getF32Type());
  }
};

/// The KV source's buffers as kernel parameters, in the ABI's order.
void appendKvParams(Operation *kvDef, SmallVectorImpl<Param> &params) {
  if (auto kv = dyn_cast<PagedKVOp>(kvDef))
    return appendPagedKvParams(kv, params);
  auto kv = cast<RaggedKVOp>(kvDef);
  params.push_back({rtabi::decode::kK, kv.getK().getType(), kv.getK()});
  params.push_back({rtabi::decode::kV, kv.getV().getType(), kv.getV()});
  params.push_back({rtabi::decode::kKvIndptr, kv.getKvIndptr().getType(), kv.getKvIndptr()});
}

/// The attention kernel's parameters: the op's buffers in operand order, then the plan.
SmallVector<Param> attentionParams(AttentionOp op, Operation *kvDef, KernelConfigAttr config,
                                   const PlanTypes &types) {
  SmallVector<Param> params;
  params.push_back({rtabi::decode::kQ, op.getQ().getType(), op.getQ()});
  params.push_back({rtabi::decode::kQoIndptr, op.getQoIndptr().getType(), op.getQoIndptr()});
  appendKvParams(kvDef, params);
  // TMA loads: the tensor maps of K and V, right after them (the ABI's order).
  if (config.getTma()) {
    auto map = MemRefType::get({rtabi::kTensorMapBytes}, IntegerType::get(op.getContext(), 8));
    auto *v = llvm::find_if(params, [](const Param &p) {
      return p.name == rtabi::decode::kV || p.name == rtabi::decode::kVCache;
    });
    assert(v != params.end() && "the KV source's parameters come first");
    params.insert(std::next(v), {{rtabi::prefill::kKTmap, map, Value(), /*tensorMap=*/true},
                                 {rtabi::prefill::kVTmap, map, Value(), /*tensorMap=*/true}});
  }
  auto addOptional = [&](StringRef name, Value v) {
    if (v)
      params.push_back({name.str(), v.getType(), v});
  };
  addOptional(rtabi::decode::kCustomMask, op.getCustomMask());
  addOptional(rtabi::decode::kMaskIndptr, op.getMaskIndptr());
  addOptional(rtabi::decode::kBlockIndptr, op.getBlockIndptr());
  addOptional(rtabi::decode::kBlockIndices, op.getBlockIndices());
  addOptional(rtabi::decode::kAlibiSlopes, op.getAlibiSlopes());
  addOptional(rtabi::decode::kRopeOffsets, op.getRopeOffsets());
  // The work items of the runtime's plan. A prefill item also names its Q tile and the stride
  // between the partial-state rows of consecutive queries (docs/PREFILL_ABI.md).
  SmallVector<StringRef> workParams = {rtabi::decode::kWorkRequest, rtabi::decode::kWorkKvBegin,
                                       rtabi::decode::kWorkKvEnd, rtabi::decode::kWorkPartial};
  if (config.getStrategy() != Strategy::Decode)
    workParams = {rtabi::prefill::kWorkRequest, rtabi::prefill::kWorkQoTile,
                  rtabi::prefill::kWorkKvBegin, rtabi::prefill::kWorkKvEnd,
                  rtabi::prefill::kWorkPartial, rtabi::prefill::kWorkPartialStride};
  for (StringRef name : workParams)
    params.push_back({name.str(), types.i32Buffer, Value()});
  params.push_back({rtabi::decode::kNumWork, types.numBuffer, Value()});
  // The plan's L2 sections of KV heads (kernel_config l2_sections; a device scalar).
  if (config.getL2Sections())
    params.push_back({rtabi::prefill::kHeadSection, types.numBuffer, Value()});
  params.push_back({rtabi::decode::kO, op.getO().getType(), op.getO()});
  addOptional(rtabi::decode::kLse, op.getLse());
  if (config.getSplitKv()) {
    params.push_back({rtabi::decode::kTmpO, types.tmpO, Value()});
    params.push_back({rtabi::decode::kTmpLse, types.tmpLse, Value()});
  }
  return params;
}

/// Maps each host value a param stands for to that param's argument of `kernel`.
IRMapping argumentMapping(ArrayRef<Param> params, gpu::GPUFuncOp kernel) {
  IRMapping mapping;
  for (auto [p, arg] : llvm::zip_equal(params, kernel.getArguments()))
    if (p.hostValue)
      mapping.map(p.hostValue, arg);
  return mapping;
}

/// Moves `builder` to the start of `kernel`'s body and casts the kernel's last two (i32)
/// arguments to index there, the last one first: the leading sizes of an expanded view.
SmallVector<OpFoldResult, 2> trailingSizes(OpBuilder &builder, Location loc,
                                           gpu::GPUFuncOp kernel) {
  builder.setInsertionPointToStart(&kernel.getBody().front());
  unsigned n = kernel.getNumArguments();
  SmallVector<OpFoldResult, 2> sizes;
  for (unsigned i : {n - 1, n - 2})
    sizes.push_back(
        arith::IndexCastUIOp::create(builder, loc, builder.getIndexType(), kernel.getArgument(i))
            .getResult());
  return sizes;
}

/// With a kv_page_stride parameter, maps the host pools to views of the k_cache / v_cache
/// arguments whose page stride is that argument (the leading stride made dynamic), so every
/// page address the kernel forms is page * kv_page_stride in index (64-bit) arithmetic:
///   %s = arith.index_castui %kv_page_stride : i32 to index
///   %k = memref.reinterpret_cast %k_cache to offset: [0], sizes: [%pages, 16, 8, 128],
///          strides: [%s, 1024, 128, 1] : ... to memref<?x16x8x128xbf16, strided<[?, ...]>>
void stridePagePools(OpBuilder &builder, Location loc, gpu::GPUFuncOp kernel,
                     ArrayRef<Param> params, IRMapping &mapping) {
  const auto *strideParam =
      llvm::find_if(params, [](const Param &p) { return p.name == rtabi::decode::kKvPageStride; });
  if (strideParam == params.end())
    return;
  Value strideArg = kernel.getArgument(strideParam - params.begin());
  Value stride =
      arith::IndexCastUIOp::create(builder, loc, builder.getIndexType(), strideArg).getResult();
  Value zero = arith::ConstantIndexOp::create(builder, loc, 0);
  for (auto [p, arg] : llvm::zip_equal(params, kernel.getArguments())) {
    if (!p.hostValue || (p.name != rtabi::decode::kKCache && p.name != rtabi::decode::kVCache))
      continue;
    auto type = cast<MemRefType>(arg.getType());
    SmallVector<OpFoldResult> sizes, strides;
    Value pages = memref::DimOp::create(builder, loc, arg, zero).getResult();
    sizes.push_back(pages);
    strides.push_back(stride);
    SmallVector<int64_t> identity = type.getStridesAndOffset().first;
    for (int64_t d = 1; d < type.getRank(); ++d) {
      sizes.push_back(builder.getIndexAttr(type.getDimSize(d)));
      strides.push_back(builder.getIndexAttr(identity[d]));
    }
    auto view = memref::ReinterpretCastOp::create(builder, loc, getDynamicPageStrideType(type), arg,
                                                  builder.getIndexAttr(0), sizes, strides);
    mapping.map(p.hostValue, view.getResult());
  }
}

/// Clones `kvDef` and then `op` into the entry block of `kernel`, each host value a param
/// stands for replaced by that param's kernel argument (page pools by their strided views),
/// and ends the body.
void restateOnKernel(OpBuilder &builder, Location loc, gpu::GPUFuncOp kernel,
                     ArrayRef<Param> params, Operation *kvDef, Operation *op) {
  IRMapping mapping = argumentMapping(params, kernel);
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToStart(&kernel.getBody().front());
  stridePagePools(builder, loc, kernel, params, mapping);
  builder.clone(*kvDef, mapping);
  builder.clone(*op, mapping);
  gpu::ReturnOp::create(builder, loc);
}

/// The attention kernel: the op and its KV view restated on the kernel arguments (the
/// lowering reads the plan arguments by name).
gpu::GPUFuncOp createAttentionKernel(OpBuilder &builder, Location loc, gpu::GPUModuleOp gpuModule,
                                     StringRef baseName, AttentionOp op, Operation *kvDef,
                                     ArrayRef<Param> params, int64_t threads) {
  gpu::GPUFuncOp attention = createKernel(
      builder, loc, gpuModule, (baseName + rtabi::kAttentionSuffix).str(), params, threads);
  restateOnKernel(builder, loc, attention, params, kvDef, op);
  return attention;
}

/// The kernel's shared memory and the layout fields its manifest tile records, or an error
/// when the config does not fit the op.
LogicalResult attentionLayout(AttentionOp op, KernelConfigAttr config, int64_t &smem,
                              SmallVectorImpl<std::pair<StringRef, int64_t>> &layoutExtra) {
  AttentionProblem problem = getAttentionProblem(op, config.getSm());
  KernelChoice choice = getKernelChoice(config);
  std::string why;
  if (choice.decode) {
    std::optional<DecodeLayout> layout = getDecodeLayout(problem, choice, why);
    if (!layout)
      return op.emitOpError() << "kernel_config does not fit the op: " << why;
    smem = layout->sharedMemoryBytes();
    layoutExtra.assign({{key::kBdx, layout->bdx},
                        {key::kBdy, layout->bdy},
                        {key::kBdz, layout->bdz},
                        {key::kHeadsPerThread, layout->headsPerThread}});
    return success();
  }
  std::optional<PrefillLayout> layout = getPrefillLayout(problem, choice, why);
  if (!layout)
    return op.emitOpError() << "kernel_config does not fit the op: " << why;
  smem = layout->sharedMemoryBytes();
  layoutExtra.assign({{key::kWarps, layout->warps}, {key::kMTiles, layout->mTiles}});
  if (config.getWgmma())
    layoutExtra.push_back({key::kWgmma, 1});
  if (config.getProducer())
    layoutExtra.push_back({key::kProducer, 1});
  if (config.getPingpong())
    layoutExtra.push_back({key::kPingpong, 1});
  if (config.getOverlap())
    layoutExtra.push_back({key::kOverlap, 1});
  if (config.getTma())
    layoutExtra.push_back({key::kTma, 1});
  if (config.getPersistent())
    layoutExtra.push_back({key::kPersistent, 1});
  return success();
}

/// The split-KV merge kernel and its ABI record: one CTA per output row and head; bdx lanes
/// cover the head row and `slices` groups of lanes take every slices-th partial state, so a
/// row split into many chunks is merged with that many loads in flight.
void outlineSplitMerge(OpBuilder &builder, Location loc, Operation *func,
                       gpu::GPUModuleOp gpuModule, StringRef baseName, AttentionOp op,
                       KernelConfigAttr config, const PlanTypes &types, StringRef family,
                       DictionaryAttr variant) {
  MLIRContext *ctx = op.getContext();
  Builder b(ctx);
  int64_t bdx = op.getHeadDim() / config.getVec();
  int64_t headsPerCta = 1;
  int64_t slices = std::max<int64_t>(1, kMergeThreads / bdx);
  SmallVector<Param> mergeParams = {{rtabi::decode::kTmpO, types.tmpO, Value()},
                                    {rtabi::decode::kTmpLse, types.tmpLse, Value()},
                                    {rtabi::decode::kMergeIndptr, types.i32Buffer, Value()},
                                    {rtabi::decode::kNumRows, types.numBuffer, Value()},
                                    {rtabi::decode::kO, op.getO().getType(), Value()}};
  if (op.getLse())
    mergeParams.push_back({rtabi::decode::kLse, op.getLse().getType(), Value()});
  int64_t mergeThreads = bdx * headsPerCta * slices;
  gpu::GPUFuncOp merge = createKernel(
      builder, loc, gpuModule, (baseName + rtabi::kMergeSuffix).str(), mergeParams, mergeThreads);
  // From sm_90 on, the merge kernel is a programmatic dependent of the attention kernel
  // (griddepcontrol): the runtime launches it with programmatic stream serialization.
  bool pdl = config.getSm() >= kMinProgrammaticLaunchSm;
  if (pdl)
    merge->setAttr("attn.programmatic_dependent", builder.getUnitAttr());
  {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(&merge.getBody().front());
    BlockArgument lseArg = op.getLse() ? merge.getArgument(5) : BlockArgument();
    // The lane layout the merge lowering uses: bdx lanes per head, `slices` partial slices.
    MergeStatesOp::create(builder, loc, merge.getArgument(0), merge.getArgument(1),
                          merge.getArgument(2), merge.getArgument(4), lseArg,
                          MergeLayoutAttr::get(ctx, bdx, slices));
    gpu::ReturnOp::create(builder, loc);
  }
  builder.setInsertionPoint(func);
  KernelABIOp::create(builder, loc, b.getStringAttr(baseName + rtabi::kMergeSuffix),
                      SymbolRefAttr::get(gpuModule.getSymNameAttr(),
                                         {FlatSymbolRefAttr::get(ctx, merge.getName())}),
                      family, rtabi::kRoleMerge, paramsAttr(b, mergeParams),
                      b.getDenseI32ArrayAttr({static_cast<int32_t>(mergeThreads), 1, 1}),
                      int64_t{0}, variant,
                      tileAttr(b, config,
                               {{key::kBdx, bdx},
                                {key::kHeadsPerCta, headsPerCta},
                                {key::kSlices, slices},
                                {key::kPdl, pdl ? 1 : 0}}));
}
} // namespace

LogicalResult mlir::attn::outlineAttention(RewriterBase &rewriter, ModuleOp module, AttentionOp op,
                                           StringRef baseName) {
  if (failed(checkOutlinable(op)))
    return failure();
  KernelConfigAttr config = *op.getKernelConfig();
  Operation *kvDef = op.getKv().getDefiningOp();
  MLIRContext *ctx = op.getContext();
  Location loc = op.getLoc();
  Builder b(ctx);
  PlanTypes types(b, op);
  SmallVector<Param> params = attentionParams(op, kvDef, config, types);

  // gpu.module @<base>_kernels, inserted before the function holding the op.
  auto func = op->getParentOfType<FunctionOpInterface>();
  OpBuilder builder(ctx);
  builder.setInsertionPoint(func);
  std::string moduleName = (baseName + rtabi::kModuleSuffix).str();
  auto gpuModule = gpu::GPUModuleOp::create(builder, loc, moduleName);
  SymbolTable(module).insert(gpuModule);
  module->setAttr(gpu::GPUDialect::getContainerModuleAttrName(), b.getUnitAttr());
  gpu::GPUFuncOp attention = createAttentionKernel(builder, loc, gpuModule, baseName, op, kvDef,
                                                   params, config.getBlockThreads());

  int64_t smem = 0;
  SmallVector<std::pair<StringRef, int64_t>> layoutExtra;
  if (failed(attentionLayout(op, config, smem, layoutExtra)))
    return failure();
  DictionaryAttr variant = variantAttr(b, op);
  StringRef family =
      config.getStrategy() == Strategy::Decode ? rtabi::kFamilyDecode : rtabi::kFamilyPrefill;
  builder.setInsertionPoint(func);
  KernelABIOp::create(builder, loc, b.getStringAttr(baseName + rtabi::kAttentionSuffix),
                      SymbolRefAttr::get(gpuModule.getSymNameAttr(),
                                         {FlatSymbolRefAttr::get(ctx, attention.getName())}),
                      family, rtabi::kRoleAttention, paramsAttr(b, params),
                      b.getDenseI32ArrayAttr({static_cast<int32_t>(config.getBlockThreads()), 1, 1}),
                      smem, variant, tileAttr(b, config, layoutExtra));
  if (config.getSplitKv())
    outlineSplitMerge(builder, loc, func, gpuModule, baseName, op, config, types, family, variant);

  rewriter.eraseOp(op);
  if (kvDef->use_empty())
    rewriter.eraseOp(kvDef);
  return success();
}

//===----------------------------------------------------------------------===//
// Standalone ops: attn.append_paged_kv, attn.rope, attn.merge_state(s)
//===----------------------------------------------------------------------===//

namespace {
/// Threads of an append / RoPE / merge CTA. The kernels are copies with a little arithmetic:
/// one thread per 16-byte chunk, enough CTAs per SM to keep the loads in flight.
constexpr int64_t kOpThreads = 256;

/// The widest vector of `elementBytes`-byte elements (at most kVectorBytes) whose width
/// divides every one of `extents`; 0 when the element type is not 2 (or, with `allowF32`,
/// 4) bytes wide.
int64_t chooseOpVec(int64_t elementBytes, ArrayRef<int64_t> extents, bool allowF32 = false) {
  if (elementBytes != 2 && !(allowF32 && elementBytes == 4))
    return 0;
  int64_t vec = kVectorBytes / elementBytes;
  while (vec > 1 && llvm::any_of(extents, [&](int64_t e) { return e % vec != 0; }))
    vec /= 2;
  return vec;
}

/// Fails on `op` unless every memref in `values` has the identity layout.
LogicalResult checkIdentityLayouts(Operation *op, ValueRange values) {
  for (Value v : values)
    if (auto memref = dyn_cast<MemRefType>(v.getType()); memref && !memref.getLayout().isIdentity())
      return op->emitOpError() << "expected buffers with the identity layout, got " << memref;
  return success();
}

/// A gpu.module `<baseName>_kernels` holding one kernel `<baseName>` with `params`, inserted
/// before `func`, and its attn.kernel_abi (role "kernel"). A kernel launched in clusters of
/// `cluster` CTAs (> 1) says so in its tile ("cluster"); `dynamicSmem` bytes of dynamic shared
/// memory go to the ABI.
gpu::GPUFuncOp createOpKernel(OpBuilder &builder, ModuleOp module, Operation *func, Location loc,
                              StringRef kernelName, StringRef family, ArrayRef<Param> params,
                              int64_t vec, DictionaryAttr variant, int64_t threads = kOpThreads,
                              int64_t dynamicSmem = 0, int64_t cluster = 1) {
  MLIRContext *ctx = builder.getContext();
  builder.setInsertionPoint(func);
  auto gpuModule =
      gpu::GPUModuleOp::create(builder, loc, (kernelName + rtabi::kModuleSuffix).str());
  SymbolTable(module).insert(gpuModule);
  module->setAttr(gpu::GPUDialect::getContainerModuleAttrName(), builder.getUnitAttr());
  gpu::GPUFuncOp kernel = createKernel(builder, loc, gpuModule, kernelName, params, threads);
  kernel->setAttr(kOpVecAttrName, builder.getI64IntegerAttr(vec));
  builder.setInsertionPoint(func);
  SmallVector<NamedAttribute> tileFields = {
      builder.getNamedAttr(key::kThreads, builder.getI64IntegerAttr(threads)),
      builder.getNamedAttr(key::kVec, builder.getI64IntegerAttr(vec))};
  if (cluster > 1)
    tileFields.push_back(builder.getNamedAttr(kTileClusterKey, builder.getI64IntegerAttr(cluster)));
  DictionaryAttr tile = builder.getDictionaryAttr(tileFields);
  KernelABIOp::create(builder, loc, builder.getStringAttr(kernelName),
                      SymbolRefAttr::get(gpuModule.getSymNameAttr(),
                                         {FlatSymbolRefAttr::get(ctx, kernel.getName())}),
                      family, rtabi::kRoleKernel, paramsAttr(builder, params),
                      builder.getDenseI32ArrayAttr({static_cast<int32_t>(threads), 1, 1}),
                      dynamicSmem, variant, tile);
  return kernel;
}
} // namespace

LogicalResult mlir::attn::outlineAppendPagedKV(RewriterBase &rewriter, ModuleOp module,
                                               AppendPagedKVOp op, StringRef baseName) {
  auto kvDef = op.getKv().getDefiningOp<PagedKVOp>();
  if (!kvDef)
    return op.emitOpError() << "expected the cache to be built by attn.paged_kv in the same "
                               "function";
  if (failed(checkIdentityLayouts(op, op->getOperands())))
    return failure();
  for (Value operand : kvDef->getOperands())
    if (failed(checkKvLayout(op, kvDef, operand)))
      return failure();
  PagedKVType cache = op.getKv().getType();
  Type elementType = cache.getElementType();
  int64_t vec = chooseOpVec(elementType.getIntOrFloatBitWidth() / 8, {cache.getHeadDim()});
  if (!isSupportedActivationType(elementType) || vec == 0)
    return op.emitOpError() << "expected a bf16 or f16 cache, got " << elementType;

  Builder b(op.getContext());
  SmallVector<Param> params = {
      {rtabi::append_kv::kK, op.getK().getType(), op.getK()},
      {rtabi::append_kv::kV, op.getV().getType(), op.getV()},
      {rtabi::append_kv::kBatchIndices, op.getBatchIndices().getType(), op.getBatchIndices()},
      {rtabi::append_kv::kPositions, op.getPositions().getType(), op.getPositions()}};
  appendPagedKvParams(kvDef, params);
  params.push_back({rtabi::append_kv::kNumRows, b.getI32Type(), Value()});
  DictionaryAttr variant = b.getDictionaryAttr(
      {b.getNamedAttr(key::kNumKvHeads, b.getI64IntegerAttr(cache.getNumHeads())),
       b.getNamedAttr(key::kHeadDim, b.getI64IntegerAttr(cache.getHeadDim())),
       b.getNamedAttr(key::kDtype, b.getStringAttr(typeName(elementType))),
       b.getNamedAttr(key::kKvFormat, b.getStringAttr(rtabi::kKvFormatPaged)),
       b.getNamedAttr(key::kPageSize, b.getI64IntegerAttr(cache.getPageSize())),
       b.getNamedAttr(key::kLayout, b.getStringAttr(stringifyKVLayout(cache.getLayout())))});

  auto func = op->getParentOfType<FunctionOpInterface>();
  OpBuilder builder(op.getContext());
  gpu::GPUFuncOp kernel =
      createOpKernel(builder, module, func, op.getLoc(), (baseName + "_append_kv").str(),
                     rtabi::kFamilyAppendKv, params, vec, variant);
  // Restate the op on the kernel arguments; convert-attn-to-nvvm lowers it.
  restateOnKernel(builder, op.getLoc(), kernel, params, kvDef, op);
  rewriter.eraseOp(op);
  if (kvDef->use_empty())
    rewriter.eraseOp(kvDef);
  return success();
}

LogicalResult mlir::attn::outlineRope(RewriterBase &rewriter, ModuleOp module, RopeOp op,
                                      StringRef baseName) {
  if (failed(checkIdentityLayouts(op, op->getOperands())))
    return failure();
  MemRefType qType = cast<MemRefType>(op.getQ().getType());
  MemRefType kType = cast<MemRefType>(op.getK().getType());
  if (qType.getElementType() != kType.getElementType())
    return op.emitOpError() << "expected q and k of one element type, got "
                            << qType.getElementType() << " and " << kType.getElementType();
  RopeAttr rope = op.getRope();
  int64_t headDim = qType.getDimSize(2), rotaryDim = rope.getRotaryDim();
  // Non-interleaved pairs (i, i + rotary_dim / 2) are rotated by one thread that holds both
  // vectors, so the half must be a whole number of vectors; interleaved pairs (2i, 2i + 1)
  // sit inside one vector, which must hold at least a pair.
  int64_t pairSpan = rope.getInterleave() ? rotaryDim : rotaryDim / 2;
  int64_t vec =
      chooseOpVec(qType.getElementTypeBitWidth() / 8, {headDim, rotaryDim, pairSpan});
  if (vec == 0)
    return op.emitOpError() << "expected bf16 or f16 q and k, got " << qType.getElementType();
  if (rope.getInterleave() && vec < 2)
    return op.emitOpError() << "expected an even head_dim (" << headDim
                            << ") for interleaved rope";

  Builder b(op.getContext());
  SmallVector<Param> params = {{rtabi::rope::kQ, op.getQ().getType(), op.getQ()},
                               {rtabi::rope::kK, op.getK().getType(), op.getK()},
                               {rtabi::rope::kPosIds, op.getPosIds().getType(), op.getPosIds()},
                               {rtabi::rope::kQOut, op.getQOut().getType(), Value()},
                               {rtabi::rope::kKOut, op.getKOut().getType(), Value()},
                               {rtabi::rope::kNumRows, b.getI32Type(), Value()}};
  SmallVector<NamedAttribute> variant = {
      b.getNamedAttr(key::kNumQoHeads, b.getI64IntegerAttr(qType.getDimSize(1))),
      b.getNamedAttr(key::kNumKvHeads, b.getI64IntegerAttr(kType.getDimSize(1))),
      b.getNamedAttr(key::kHeadDim, b.getI64IntegerAttr(headDim)),
      b.getNamedAttr(key::kDtype, b.getStringAttr(typeName(qType.getElementType()))),
      b.getNamedAttr(key::kRope, b.getStringAttr(stringifyRopeKind(rope.getKind()))),
      b.getNamedAttr(key::kRotaryDim, b.getI64IntegerAttr(rotaryDim)),
      b.getNamedAttr(key::kRopeInterleave, b.getBoolAttr(rope.getInterleave())),
      b.getNamedAttr(key::kRopeTheta, b.getF64FloatAttr(rope.getTheta().convertToDouble())),
      b.getNamedAttr(key::kRopeScale, b.getF64FloatAttr(rope.getScale().convertToDouble()))};
  if (rope.getKind() == RopeKind::Llama3) {
    variant.push_back(
        b.getNamedAttr(key::kRopeFactor, b.getF64FloatAttr(rope.getFactor().convertToDouble())));
    variant.push_back(b.getNamedAttr(key::kRopeLowFreqFactor,
                                     b.getF64FloatAttr(rope.getLowFreqFactor().convertToDouble())));
    variant.push_back(b.getNamedAttr(
        key::kRopeHighFreqFactor, b.getF64FloatAttr(rope.getHighFreqFactor().convertToDouble())));
    variant.push_back(b.getNamedAttr(key::kRopeOriginalMaxPosition,
                                     b.getI64IntegerAttr(rope.getOriginalMaxPosition())));
  }

  auto func = op->getParentOfType<FunctionOpInterface>();
  OpBuilder builder(op.getContext());
  gpu::GPUFuncOp kernel =
      createOpKernel(builder, module, func, op.getLoc(), (baseName + "_rope").str(),
                     rtabi::kFamilyRope, params, vec, b.getDictionaryAttr(variant));
  {
    // q_out / k_out get parameters of their own even when the host op writes in place: the
    // runtime then binds one pointer twice, which the kernel supports (each thread reads
    // every element it writes before writing it).
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(&kernel.getBody().front());
    RopeOp::create(builder, op.getLoc(), kernel.getArgument(0), kernel.getArgument(1),
                   kernel.getArgument(2), kernel.getArgument(3), kernel.getArgument(4), rope);
    gpu::ReturnOp::create(builder, op.getLoc());
  }
  rewriter.eraseOp(op);
  return success();
}

namespace {
/// The merge kernel's variant: heads, head_dim, the output type (dtype) and the input states'
/// (state_dtype), the form ("state": two states; "states": num_states per row, recorded when
/// static) and whether it writes s_out (return_lse).
DictionaryAttr mergeVariant(Builder &b, StringRef form, MemRefType vIn, MemRefType vOut,
                            bool writesS, int64_t numStates) {
  SmallVector<NamedAttribute> attrs = {
      b.getNamedAttr(key::kNumQoHeads, b.getI64IntegerAttr(vOut.getDimSize(1))),
      b.getNamedAttr(key::kHeadDim, b.getI64IntegerAttr(vOut.getDimSize(2))),
      b.getNamedAttr(key::kDtype, b.getStringAttr(typeName(vOut.getElementType()))),
      b.getNamedAttr(key::kStateDtype, b.getStringAttr(typeName(vIn.getElementType()))),
      b.getNamedAttr(key::kMerge, b.getStringAttr(form)),
      b.getNamedAttr(key::kReturnLse, b.getBoolAttr(writesS))};
  if (!ShapedType::isDynamic(numStates))
    attrs.push_back(b.getNamedAttr(key::kNumStates, b.getI64IntegerAttr(numStates)));
  return b.getDictionaryAttr(attrs);
}

/// The vector width of a merge: 16 bytes of the wider of the input and output element types,
/// shrunk to divide head_dim. Fails on `op` for dynamic heads / head_dim and non-identity
/// layouts.
FailureOr<int64_t> mergeVec(Operation *op, MemRefType vIn, MemRefType vOut) {
  if (failed(checkIdentityLayouts(op, op->getOperands())))
    return failure();
  int64_t heads = vOut.getDimSize(1), headDim = vOut.getDimSize(2);
  if (ShapedType::isDynamic(heads) || ShapedType::isDynamic(headDim))
    return op->emitOpError() << "expected static heads and head_dim, got " << vOut;
  int64_t bytes = std::max(vIn.getElementTypeBitWidth(), vOut.getElementTypeBitWidth()) / 8;
  int64_t vec = chooseOpVec(bytes, {headDim}, /*allowF32=*/true);
  if (vec == 0)
    return op->emitOpError() << "expected f32, bf16 or f16 states and output, got "
                             << vIn.getElementType() << " and " << vOut.getElementType();
  return vec;
}

/// Restates `op` inside `kernel` with its operands replaced, in order, by the kernel's first
/// arguments (the params list them in operand order), and erases it on the host. Operands are
/// mapped by position, not by value, so that an in-place merge (v_out = v_a) keeps both
/// parameters.
void moveIntoKernel(RewriterBase &rewriter, OpBuilder &builder, Operation *op,
                    gpu::GPUFuncOp kernel) {
  {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(&kernel.getBody().front());
    Operation *clone = builder.clone(*op);
    for (unsigned i = 0, e = clone->getNumOperands(); i < e; ++i)
      clone->setOperand(i, kernel.getArgument(i));
    gpu::ReturnOp::create(builder, op->getLoc());
  }
  rewriter.eraseOp(op);
}
} // namespace

LogicalResult mlir::attn::outlineMergeState(RewriterBase &rewriter, ModuleOp module,
                                            MergeStateOp op, StringRef baseName) {
  auto vIn = cast<MemRefType>(op.getVA().getType());
  auto vOut = cast<MemRefType>(op.getVOut().getType());
  if (vIn.getElementType() != op.getVB().getType().getElementType())
    return op.emitOpError() << "expected v_a and v_b of one element type, got "
                            << vIn.getElementType() << " and "
                            << op.getVB().getType().getElementType();
  FailureOr<int64_t> vec = mergeVec(op, vIn, vOut);
  if (failed(vec))
    return failure();
  Builder b(op.getContext());
  SmallVector<Param> params = {{rtabi::merge::kVA, vIn, op.getVA()},
                               {rtabi::merge::kSA, op.getSA().getType(), op.getSA()},
                               {rtabi::merge::kVB, op.getVB().getType(), op.getVB()},
                               {rtabi::merge::kSB, op.getSB().getType(), op.getSB()},
                               {rtabi::merge::kVOut, vOut, op.getVOut()}};
  if (Value sOut = op.getSOut())
    params.push_back({rtabi::merge::kSOut, sOut.getType(), sOut});
  params.push_back({rtabi::merge::kNumRows, b.getI32Type(), Value()});
  auto func = op->getParentOfType<FunctionOpInterface>();
  OpBuilder builder(op.getContext());
  gpu::GPUFuncOp kernel = createOpKernel(
      builder, module, func, op.getLoc(), (baseName + "_merge_state").str(), rtabi::kFamilyMerge,
      params, *vec,
      mergeVariant(b, rtabi::kMergeFormState, vIn, vOut, static_cast<bool>(op.getSOut()), 2));
  moveIntoKernel(rewriter, builder, op, kernel);
  return success();
}

LogicalResult mlir::attn::outlineMergeStates(RewriterBase &rewriter, ModuleOp module,
                                             MergeStatesOp op, StringRef baseName) {
  if (op.isIndexed())
    return op.emitOpError() << "expected the dense form outside kernels (the indexed form is "
                               "the split-KV merge attn-outline makes)";
  auto vIn = cast<MemRefType>(op.getV().getType());
  auto sIn = cast<MemRefType>(op.getS().getType());
  auto vOut = cast<MemRefType>(op.getVOut().getType());
  FailureOr<int64_t> vec = mergeVec(op, vIn, vOut);
  if (failed(vec))
    return failure();
  // Bare-pointer arguments may have only a dynamic leading dimension: with a dynamic number
  // of states, v and s are passed flat ([rows * num_states, heads, head_dim] and
  // [rows * num_states, heads]) and expanded back inside the kernel.
  int64_t numStates = vIn.getDimSize(1);
  bool flat = ShapedType::isDynamic(numStates);
  auto flatten = [](MemRefType t) {
    SmallVector<int64_t> shape = {ShapedType::kDynamic};
    llvm::append_range(shape, t.getShape().drop_front(2));
    return MemRefType::get(shape, t.getElementType());
  };
  Builder b(op.getContext());
  SmallVector<Param> params = {{rtabi::merge::kV, flat ? flatten(vIn) : vIn, op.getV()},
                               {rtabi::merge::kS, flat ? flatten(sIn) : sIn, op.getS()},
                               {rtabi::merge::kVOut, vOut, op.getVOut()}};
  if (Value sOut = op.getSOut())
    params.push_back({rtabi::merge::kSOut, sOut.getType(), sOut});
  params.push_back({rtabi::merge::kNumStates, b.getI32Type(), Value()});
  params.push_back({rtabi::merge::kNumRows, b.getI32Type(), Value()});
  auto func = op->getParentOfType<FunctionOpInterface>();
  OpBuilder builder(op.getContext());
  gpu::GPUFuncOp kernel =
      createOpKernel(builder, module, func, op.getLoc(), (baseName + "_merge_states").str(),
                     rtabi::kFamilyMerge, params, *vec,
                     mergeVariant(b, rtabi::kMergeFormStates, vIn, vOut,
                                  static_cast<bool>(op.getSOut()), numStates));
  if (!flat) {
    moveIntoKernel(rewriter, builder, op, kernel);
    return success();
  }
  {
    // v = expand_shape(v_flat) : [rows * num_states, ...] -> [rows, num_states, ...]
    OpBuilder::InsertionGuard guard(builder);
    Location loc = op.getLoc();
    SmallVector<OpFoldResult, 2> rowsAndStates = trailingSizes(builder, loc, kernel);
    auto expand = [&](Value flatArg, MemRefType type) -> Value {
      SmallVector<OpFoldResult> sizes = llvm::to_vector(rowsAndStates);
      for (int64_t d : type.getShape().drop_front(2))
        sizes.push_back(builder.getIndexAttr(d));
      SmallVector<ReassociationIndices> groups = {{0, 1}};
      for (int64_t d = 2; d < type.getRank(); ++d)
        groups.push_back({d});
      return memref::ExpandShapeOp::create(builder, loc, type, flatArg, groups, sizes);
    };
    Value v = expand(kernel.getArgument(0), vIn);
    Value s = expand(kernel.getArgument(1), sIn);
    Value sOut = op.getSOut() ? kernel.getArgument(3) : Value();
    MergeStatesOp::create(builder, loc, v, s, /*indptr=*/Value(), kernel.getArgument(2), sOut,
                          /*layout=*/nullptr);
    gpu::ReturnOp::create(builder, loc);
  }
  rewriter.eraseOp(op);
  return success();
}

namespace {
/// Threads of a CTA of a sampling cluster: its slice of the row sits in shared memory, so
/// half the threads do the passes, and 128 registers a thread keep the search's state (12
/// accumulators and the cluster exchange) out of local memory.
constexpr int64_t kClusterSampleThreads = 512;

/// Dynamic shared memory of a sampling kernel: a cluster's CTA keeps its slice of the longest
/// row as f32 (sampleSliceCapacity); one CTA per row keeps its bins of probability mass (and
/// with top-k their counts) where the op draws from them (usesMassBins), else none.
int64_t sampleSharedBytes(SampleOp op) {
  int64_t clusterSize = op.getSampling().getClusterSize();
  if (clusterSize > 1)
    return sampleSliceCapacity(clusterSize) * 4;
  return op.usesMassBins() ? op.massBinsBytes() : 0;
}

/// The sampling kernel's variant: what it reads and writes, the element type, the filters
/// compiled in (top_k / top_p / min_p: 0 / 1 / 0 when off) and those read per row.
DictionaryAttr sampleVariant(Builder &b, SampleOp op, Type elt) {
  SamplingAttr s = op.getSampling();
  SmallVector<NamedAttribute> fields = {
      b.getNamedAttr("input", b.getStringAttr(stringifySamplingInput(s.getInput()))),
      b.getNamedAttr("mode", b.getStringAttr(stringifySamplingMode(s.getMode()))),
      b.getNamedAttr("dtype", b.getStringAttr(typeName(elt))),
      b.getNamedAttr("top_k", b.getI64IntegerAttr(s.getTopK())),
      b.getNamedAttr("top_p", b.getF64FloatAttr(s.getTopP().convertToDouble())),
      b.getNamedAttr("min_p", b.getF64FloatAttr(s.getMinP().convertToDouble())),
      b.getNamedAttr("top_k_per_row", b.getBoolAttr(static_cast<bool>(op.getTopK()))),
      b.getNamedAttr("top_p_per_row", b.getBoolAttr(static_cast<bool>(op.getTopP()))),
      b.getNamedAttr("min_p_per_row", b.getBoolAttr(static_cast<bool>(op.getMinP())))};
  if (s.isClustered())
    fields.push_back(b.getNamedAttr("cluster_size", b.getI64IntegerAttr(s.getClusterSize())));
  return b.getDictionaryAttr(fields);
}
} // namespace

LogicalResult mlir::attn::outlineSample(RewriterBase &rewriter, ModuleOp module, SampleOp op,
                                        StringRef baseName) {
  if (failed(checkIdentityLayouts(op, op->getOperands())))
    return failure();
  auto inType = cast<MemRefType>(op.getInput().getType());
  Type elt = inType.getElementType();
  bool rows2d = op.getSampling().getMode() != SamplingMode::Sample;
  // Rows go in flat ([rows * vocab]) with the vocabulary an i32 argument: bare pointers keep
  // one dynamic dimension, and one kernel then serves every vocabulary size.
  auto flatType = MemRefType::get({ShapedType::kDynamic}, elt);
  int64_t vec = chooseOpVec(elt.getIntOrFloatBitWidth() / 8, {}, /*allowF32=*/true);
  Builder b(op.getContext());
  SmallVector<Param> params = {{rtabi::sample::kInput, flatType, op.getInput()}};
  if (Value v = op.getTopK())
    params.push_back({rtabi::sample::kTopK, v.getType(), v});
  if (Value v = op.getTopP())
    params.push_back({rtabi::sample::kTopP, v.getType(), v});
  if (Value v = op.getMinP())
    params.push_back({rtabi::sample::kMinP, v.getType(), v});
  if (Value v = op.getSeedOffset())
    params.push_back({rtabi::sample::kSeedOffset, v.getType(), v});
  if (Value v = op.getAdvanceOffset())
    params.push_back({rtabi::sample::kAdvanceOffset, v.getType(), v});
  params.push_back({rtabi::sample::kOut, rows2d ? Type(flatType) : op.getOut().getType(), op.getOut()});
  params.push_back({rtabi::sample::kVocab, b.getI32Type(), Value()});
  params.push_back({rtabi::sample::kNumRows, b.getI32Type(), Value()});

  auto func = op->getParentOfType<FunctionOpInterface>();
  OpBuilder builder(op.getContext());
  gpu::GPUFuncOp kernel = createOpKernel(
      builder, module, func, op.getLoc(), (baseName + "_sample").str(), "sample", params, vec,
      sampleVariant(b, op, elt),
      op.getSampling().isClustered() ? kClusterSampleThreads : kSampleThreads,
      sampleSharedBytes(op), op.getSampling().getClusterSize());
  {
    // input (and out of renorm / mask) = expand_shape(flat) : [rows * vocab] -> [rows, vocab]
    OpBuilder::InsertionGuard guard(builder);
    Location loc = op.getLoc();
    SmallVector<OpFoldResult, 2> sizes = trailingSizes(builder, loc, kernel);
    auto rowsType = MemRefType::get({ShapedType::kDynamic, ShapedType::kDynamic}, elt);
    auto expand = [&](Value flat) -> Value {
      return memref::ExpandShapeOp::create(builder, loc, rowsType, flat,
                                           SmallVector<ReassociationIndices>{{0, 1}}, sizes);
    };
    IRMapping mapping = argumentMapping(params, kernel);
    mapping.map(op.getInput(), expand(kernel.getArgument(0)));
    if (rows2d)
      mapping.map(op.getOut(), expand(kernel.getArgument(kernel.getNumArguments() - 3)));
    builder.clone(*op, mapping);
    gpu::ReturnOp::create(builder, loc);
  }
  rewriter.eraseOp(op);
  return success();
}

LogicalResult mlir::attn::outlineChainSpeculativeSample(RewriterBase &rewriter, ModuleOp module,
                                                        ChainSpeculativeSampleOp op,
                                                        StringRef baseName) {
  if (failed(checkIdentityLayouts(op, op->getOperands())))
    return failure();
  Type elt = cast<MemRefType>(op.getDraftProbs().getType()).getElementType();
  Builder b(op.getContext());
  // Every buffer goes in flat (one dynamic dimension for bare pointers); num_spec, vocab and
  // the row count are i32 arguments, so one kernel serves every shape.
  auto flat = [](Type t) {
    return MemRefType::get({ShapedType::kDynamic}, cast<MemRefType>(t).getElementType());
  };
  namespace abi = rtabi::spec_sample;
  SmallVector<Param> params = {
      {abi::kDraftProbs, flat(op.getDraftProbs().getType()), op.getDraftProbs()},
      {abi::kDraftTokenIds, flat(op.getDraftTokenIds().getType()), op.getDraftTokenIds()},
      {abi::kTargetProbs, flat(op.getTargetProbs().getType()), op.getTargetProbs()},
      {abi::kSeedOffset, op.getSeedOffset().getType(), op.getSeedOffset()},
      {abi::kOut, flat(op.getOut().getType()), op.getOut()},
      {abi::kAccepted, flat(op.getAccepted().getType()), op.getAccepted()},
      {abi::kEmitted, flat(op.getEmitted().getType()), op.getEmitted()}};
  if (Value v = op.getAdvanceOffset())
    params.push_back({abi::kAdvanceOffset, v.getType(), v});
  params.append({{abi::kNumSpec, b.getI32Type(), Value()},
                 {abi::kVocab, b.getI32Type(), Value()},
                 {abi::kNumRows, b.getI32Type(), Value()}});
  int64_t vec = chooseOpVec(elt.getIntOrFloatBitWidth() / 8, {}, /*allowF32=*/true);
  DictionaryAttr variant =
      b.getDictionaryAttr({b.getNamedAttr("dtype", b.getStringAttr(typeName(elt)))});
  auto func = op->getParentOfType<FunctionOpInterface>();
  OpBuilder builder(op.getContext());
  gpu::GPUFuncOp kernel = createOpKernel(
      builder, module, func, op.getLoc(), (baseName + "_chain_speculative_sample").str(),
      rtabi::kFamilySpecSample, params, vec, variant, kSampleThreads);
  {
    // The shaped views: expand_shape(flat) with sizes (rows, num_spec [+ 1], vocab).
    OpBuilder::InsertionGuard guard(builder);
    Location loc = op.getLoc();
    builder.setInsertionPointToStart(&kernel.getBody().front());
    unsigned n = kernel.getNumArguments();
    auto size = [&](unsigned i) -> Value {
      return arith::IndexCastUIOp::create(builder, loc, builder.getIndexType(),
                                          kernel.getArgument(i));
    };
    Value spec = size(n - 3), vocab = size(n - 2), rows = size(n - 1);
    Value one = arith::ConstantIndexOp::create(builder, loc, 1);
    Value spec1 = arith::AddIOp::create(builder, loc, spec, one);
    auto expand = [&](Value arg, ArrayRef<OpFoldResult> sizes) -> Value {
      SmallVector<int64_t> shape(sizes.size(), ShapedType::kDynamic);
      auto type = MemRefType::get(shape, cast<MemRefType>(arg.getType()).getElementType());
      SmallVector<ReassociationIndices> groups = {
          llvm::to_vector(llvm::seq<int64_t>(0, sizes.size()))};
      return memref::ExpandShapeOp::create(builder, loc, type, arg, groups, sizes);
    };
    IRMapping mapping = argumentMapping(params, kernel);
    mapping.map(op.getDraftProbs(), expand(kernel.getArgument(0), {rows, spec, vocab}));
    mapping.map(op.getDraftTokenIds(), expand(kernel.getArgument(1), {rows, spec}));
    mapping.map(op.getTargetProbs(), expand(kernel.getArgument(2), {rows, spec1, vocab}));
    mapping.map(op.getOut(), expand(kernel.getArgument(4), {rows, spec1}));
    builder.clone(*op, mapping);
    gpu::ReturnOp::create(builder, loc);
  }
  rewriter.eraseOp(op);
  return success();
}

namespace {
struct AttnOutlinePass : public mlir::attn::impl::AttnOutlineBase<AttnOutlinePass> {
  using AttnOutlineBase::AttnOutlineBase;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    SmallVector<AttentionOp> ops;
    module.walk([&](AttentionOp op) {
      // Ops already inside a kernel were outlined before.
      if (!op->getParentOfType<gpu::GPUModuleOp>())
        ops.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    llvm::StringMap<int> counts;
    for (AttentionOp op : ops) {
      auto func = op->getParentOfType<FunctionOpInterface>();
      if (!func) {
        op.emitOpError() << "expected to be inside a function";
        return signalPassFailure();
      }
      std::string base = func.getName().str();
      int n = counts[base]++;
      if (n > 0)
        base += "_" + std::to_string(n);
      if (failed(hostLaunch ? outlineAttentionWithLaunch(rewriter, module, op, base, hostKvChunk)
                            : outlineAttention(rewriter, module, op, base)))
        return signalPassFailure();
    }
    if (failed(outlineStandaloneOps(rewriter, module)))
      return signalPassFailure();
  }

  /// attn.append_paged_kv, attn.rope, attn.merge_state and attn.merge_states outside
  /// kernels, each into its own kernel named after the function (`<f>_append_kv`, `<f>_rope`,
  /// `<f>_merge_state`, `<f>_merge_states`; `<f>_1_rope`, ... for later ops of a kind).
  LogicalResult outlineStandaloneOps(IRRewriter &rewriter, ModuleOp module) {
    SmallVector<Operation *> ops;
    module.walk([&](Operation *op) {
      if (isa<AppendPagedKVOp, RopeOp, MergeStateOp, MergeStatesOp, SampleOp,
              ChainSpeculativeSampleOp>(op) &&
          !op->getParentOfType<gpu::GPUModuleOp>())
        ops.push_back(op);
    });
    llvm::StringMap<int> counts;
    for (Operation *op : ops) {
      auto func = op->getParentOfType<FunctionOpInterface>();
      if (!func)
        return op->emitOpError() << "expected to be inside a function";
      std::string base = func.getName().str();
      int n = counts[(op->getName().getStringRef() + "/" + base).str()]++;
      if (n > 0)
        base += "_" + std::to_string(n);
      LogicalResult result = failure();
      if (auto append = dyn_cast<AppendPagedKVOp>(op))
        result = outlineAppendPagedKV(rewriter, module, append, base);
      else if (auto rope = dyn_cast<RopeOp>(op))
        result = outlineRope(rewriter, module, rope, base);
      else if (auto merge = dyn_cast<MergeStateOp>(op))
        result = outlineMergeState(rewriter, module, merge, base);
      else if (auto sample = dyn_cast<SampleOp>(op))
        result = outlineSample(rewriter, module, sample, base);
      else if (auto spec = dyn_cast<ChainSpeculativeSampleOp>(op))
        result = outlineChainSpeculativeSample(rewriter, module, spec, base);
      else
        result = outlineMergeStates(rewriter, module, cast<MergeStatesOp>(op), base);
      if (failed(result))
        return failure();
    }
    return success();
  }
};
} // namespace
