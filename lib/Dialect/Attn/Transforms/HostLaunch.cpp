//===- HostLaunch.cpp - attn-outline{host-launch} -------------------------===//
//
// The host side of a self-contained module: each planned attn.attention is outlined as by
// attn-outline and replaced, in its function, by a gpu.launch_func of its kernel whose
// arguments are bound by ABI name (attn.param) to
//   - the op's own buffers, passed through (device memory, the caller's contract), except
//     constants (memref.get_global of a constant global, e.g. the indptrs attn-raise creates),
//     which are copied to device buffers;
//   - a work partition computed at compile time from the constant qo_indptr / kv_indptr:
//     one item per request (decode) or per request and Q tile (prefill), each covering the
//     request's keys [0, kvlen), never split (the kernel is compiled without split-KV, so
//     there is no merge kernel to launch), uploaded from constant globals.
// The attn.kernel_abi op is erased: the launch is the contract, no bundle is written.
// In functions that launch, host buffers become device buffers: memref.alloc / dealloc /
// copy become gpu.alloc / dealloc / memcpy. The module then lowers with upstream
// gpu-module-to-binary and gpu-to-llvm and runs on the CUDA runtime wrappers (mgpu*).
//
//===----------------------------------------------------------------------===//

#include "attn/Dialect/Attn/Transforms/Transforms.h"
#include "attn/Dialect/Attn/Utils/RuntimeABI.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/SymbolTable.h"

#include "llvm/ADT/StringMap.h"

using namespace mlir;
using namespace mlir::attn;

namespace {
/// The work partition of one launch (KernelABI.h, "Decode / Prefill attention kernel").
struct WorkPlan {
  llvm::StringMap<SmallVector<int32_t>> arrays; // work_request, ..., merge_indptr, num_rows
  int32_t numWork = 0;
  int32_t numRows = 0;
  int32_t numPartialRows = 0; // rows of tmp_o / tmp_lse; 0: nothing was split, no merge
};

/// The values of a constant i32 buffer: memref.get_global of a constant memref.global.
FailureOr<SmallVector<int32_t>> getConstantBuffer(ModuleOp module, Value v) {
  auto get = v.getDefiningOp<memref::GetGlobalOp>();
  auto global = get ? SymbolTable::lookupNearestSymbolFrom<memref::GlobalOp>(get, get.getNameAttr())
                    : nullptr;
  auto init = global && global.getConstant()
                  ? dyn_cast_or_null<DenseIntElementsAttr>(global.getConstantInitValue())
                  : nullptr;
  if (!init)
    return failure();
  SmallVector<int32_t> values;
  for (const APInt &x : init.getValues<APInt>())
    values.push_back(static_cast<int32_t>(x.getSExtValue()));
  return values;
}

/// One item per request (decode) or per request and Q tile of tile_q packed rows (prefill) and
/// KV chunk. A request with more than `chunk` keys (0: never) is split into chunks of `chunk`
/// keys; its items write normalised partial states, query i of chunk c at partial row
/// base + c + i * chunks, and merge_indptr gives each of its query rows its `chunks` partial
/// rows (KernelABI.h). Rows of unsplit requests have empty merge ranges.
WorkPlan planAtCompileTime(ArrayRef<int32_t> qo, ArrayRef<int32_t> kv, bool decode, int64_t group,
                           int64_t tileQ, int64_t chunk) {
  WorkPlan plan;
  int32_t partialRows = 0;
  SmallVector<int32_t> &mergeIndptr = plan.arrays["merge_indptr"];
  mergeIndptr.push_back(0);
  for (size_t b = 0; b + 1 < qo.size(); ++b) {
    int64_t qlen = qo[b + 1] - qo[b], kvlen = kv[b + 1] - kv[b];
    int64_t tiles = decode ? 1 : (qlen * group + tileQ - 1) / tileQ;
    int64_t chunks = chunk > 0 && kvlen > chunk ? (kvlen + chunk - 1) / chunk : 1;
    for (int64_t t = 0; t < tiles; ++t)
      for (int64_t c = 0; c < chunks; ++c) {
        plan.arrays[rtabi::decode::kWorkRequest].push_back(static_cast<int32_t>(b));
        plan.arrays[rtabi::prefill::kWorkQoTile].push_back(static_cast<int32_t>(t));
        plan.arrays[rtabi::decode::kWorkKvBegin].push_back(static_cast<int32_t>(chunks > 1 ? c * chunk : 0));
        plan.arrays[rtabi::decode::kWorkKvEnd].push_back(
            static_cast<int32_t>(chunks > 1 ? std::min(kvlen, (c + 1) * chunk) : kvlen));
        plan.arrays[rtabi::decode::kWorkPartial].push_back(chunks > 1 ? static_cast<int32_t>(partialRows + c)
                                                         : -1);
        plan.arrays[rtabi::prefill::kWorkPartialStride].push_back(static_cast<int32_t>(chunks > 1 ? chunks : 0));
        ++plan.numWork;
      }
    for (int64_t i = 0; i < qlen; ++i)
      mergeIndptr.push_back(mergeIndptr.back() + static_cast<int32_t>(chunks > 1 ? chunks : 0));
    if (chunks > 1)
      partialRows += static_cast<int32_t>(qlen * chunks);
  }
  plan.arrays[rtabi::decode::kNumWork].push_back(plan.numWork);
  plan.numRows = qo.back();
  plan.arrays[rtabi::decode::kNumRows].push_back(plan.numRows);
  plan.numPartialRows = partialRows;
  return plan;
}

/// A device copy of `values`: a private constant memref.global, gpu.alloc and gpu.memcpy.
Value uploadConstant(OpBuilder &b, ModuleOp module, Location loc, StringRef name,
                     ArrayRef<int32_t> values) {
  auto type = MemRefType::get({static_cast<int64_t>(values.size())}, b.getI32Type());
  auto tensorType = RankedTensorType::get(type.getShape(), b.getI32Type());
  OpBuilder moduleBuilder = OpBuilder::atBlockBegin(module.getBody());
  auto global = memref::GlobalOp::create(moduleBuilder, loc, name, b.getStringAttr("private"), type,
                                         DenseIntElementsAttr::get(tensorType, values),
                                         /*constant=*/true, IntegerAttr());
  SymbolTable(module).insert(global);
  return memref::GetGlobalOp::create(b, loc, type, global.getSymName());
}

/// gpu.alloc of `host`'s type and a copy of it.
Value copyToDevice(OpBuilder &b, Location loc, Value host) {
  auto type = cast<MemRefType>(host.getType());
  auto alloc = gpu::AllocOp::create(b, loc, type, Type(), ValueRange(), ValueRange(), ValueRange());
  gpu::MemcpyOp::create(b, loc, TypeRange(), ValueRange(), alloc.getMemref(), host);
  return alloc.getMemref();
}

/// In `func`, host allocations become device allocations, so buffers that kernels read and
/// write never live in host memory. Fails on host computation (linalg) over such buffers.
LogicalResult moveBuffersToDevice(RewriterBase &rewriter, FunctionOpInterface func) {
  WalkResult walk = func->walk([](linalg::LinalgOp op) {
    op->emitOpError() << "computes on the host in a function that launches attn kernels "
                         "(its buffers are device memory)";
    return WalkResult::interrupt();
  });
  if (walk.wasInterrupted())
    return failure();
  SmallVector<Operation *> ops;
  func->walk([&](Operation *op) {
    if (isa<memref::AllocOp, memref::DeallocOp, memref::CopyOp>(op))
      ops.push_back(op);
  });
  for (Operation *op : ops) {
    rewriter.setInsertionPoint(op);
    if (auto alloc = dyn_cast<memref::AllocOp>(op)) {
      auto gpuAlloc =
          gpu::AllocOp::create(rewriter, op->getLoc(), alloc.getType(), Type(), ValueRange(),
                               alloc.getDynamicSizes(), alloc.getSymbolOperands());
      rewriter.replaceOp(op, gpuAlloc.getMemref());
    } else if (auto dealloc = dyn_cast<memref::DeallocOp>(op)) {
      gpu::DeallocOp::create(rewriter, op->getLoc(), Type(), ValueRange(), dealloc.getMemref());
      rewriter.eraseOp(op);
    } else {
      auto copy = cast<memref::CopyOp>(op);
      gpu::MemcpyOp::create(rewriter, op->getLoc(), TypeRange(), ValueRange(), copy.getTarget(),
                            copy.getSource());
      rewriter.eraseOp(op);
    }
  }
  return success();
}
} // namespace

namespace {
/// Launches `kernel` of `<baseName>_kernels` on `grid`, each parameter bound by ABI name to
/// `host` (constants copied to the device) or to the plan's array of that name (uploaded);
/// erases its attn.kernel_abi op: the launch is the contract now.
LogicalResult launch(RewriterBase &rewriter, OpBuilder &builder, ModuleOp module, Location loc,
                     StringRef kernelName, const llvm::StringMap<Value> &host, WorkPlan &plan,
                     ArrayRef<int64_t> grid) {
  auto gpuModule = SymbolTable(module).lookup<gpu::GPUModuleOp>(
      (kernelName.rsplit('_').first + "_kernels").str());
  auto kernel = gpuModule ? gpuModule.lookupSymbol<gpu::GPUFuncOp>(kernelName) : nullptr;
  auto abiOp = SymbolTable(module).lookup<KernelABIOp>(kernelName);
  if (!kernel || !abiOp)
    return emitError(loc) << "host launch found no kernel '" << kernelName << "'";
  SmallVector<Value> args;
  for (auto [i, type] : llvm::enumerate(kernel.getArgumentTypes())) {
    auto name = kernel.getArgAttrOfType<StringAttr>(i, abi::kParamAttrName).getValue();
    Value arg = host.lookup(name);
    if (arg && arg.getDefiningOp<memref::GetGlobalOp>())
      arg = copyToDevice(builder, loc, arg);
    if (!arg && plan.arrays.count(name))
      arg = copyToDevice(
          builder, loc,
          uploadConstant(builder, module, loc, (kernelName + "_" + name).str(), plan.arrays[name]));
    if (!arg)
      return kernel.emitOpError() << "host launch cannot bind kernel parameter '" << name << "'";
    if (arg.getType() != type)
      arg = memref::CastOp::create(builder, loc, type, arg);
    args.push_back(arg);
  }
  auto idx = [&](int64_t v) -> Value { return arith::ConstantIndexOp::create(builder, loc, v); };
  Value one = idx(1);
  gpu::KernelDim3 gridDim{idx(grid[0]), idx(grid[1]), one};
  gpu::KernelDim3 block{idx(abiOp.getBlock()[0]), one, one};
  Value smem =
      arith::ConstantIntOp::create(builder, loc, builder.getI32Type(), abiOp.getDynamicSmem());
  gpu::LaunchFuncOp::create(builder, loc, kernel, gridDim, block, smem, args);
  rewriter.eraseOp(abiOp);
  return success();
}

/// Device scratch for the partial states: tmp_o [rows, Hq, D] and tmp_lse [rows, Hq] (f32),
/// at least one row.
void allocScratch(OpBuilder &builder, Location loc, AttentionOp op, int64_t rows,
                  llvm::StringMap<Value> &host) {
  rows = std::max<int64_t>(rows, 1);
  Type f32 = builder.getF32Type();
  auto alloc = [&](ArrayRef<int64_t> shape) -> Value {
    return gpu::AllocOp::create(builder, loc, MemRefType::get(shape, f32), Type(), ValueRange(),
                                ValueRange(), ValueRange())
        .getMemref();
  };
  host[rtabi::decode::kTmpO] = alloc({rows, op.getNumQoHeads(), op.getHeadDim()});
  host[rtabi::decode::kTmpLse] = alloc({rows, op.getNumQoHeads()});
}
} // namespace

LogicalResult mlir::attn::outlineAttentionWithLaunch(RewriterBase &rewriter, ModuleOp module,
                                                     AttentionOp op, StringRef baseName,
                                                     int64_t kvChunk) {
  std::optional<KernelConfigAttr> config = op.getKernelConfig();
  auto ragged = op.getKv().getDefiningOp<RaggedKVOp>();
  if (!config || !ragged)
    return op.emitOpError() << "host launch needs a planned op over attn.ragged_kv";
  if (op.getCustomMask() || op.getBlockIndptr() || op.getAlibiSlopes() || op.getRopeOffsets())
    return op.emitOpError() << "host launch does not bind mask, ALiBi or RoPE operands";
  if (config->getTma())
    return op.emitOpError() << "host launch does not encode tensor maps (a 'tma' kernel takes "
                               "them from the runtime)";
  if (config->getPersistent())
    return op.emitOpError() << "host launch does not size a persistent grid (a 'persistent' "
                               "kernel takes one CTA per SM from the runtime)";
  FailureOr<SmallVector<int32_t>> qo = getConstantBuffer(module, op.getQoIndptr());
  FailureOr<SmallVector<int32_t>> kv = getConstantBuffer(module, ragged.getKvIndptr());
  if (failed(qo) || failed(kv) || qo->size() != kv->size())
    return op.emitOpError() << "host launch needs qo_indptr and kv_indptr of the same length "
                               "from constant globals (the work partition is computed at "
                               "compile time)";
  // Split-KV exactly when chunks were asked for; chunk boundaries are multiples of tile_kv.
  KernelConfigAttr c = *config;
  int64_t chunk = kvChunk > 0 ? (kvChunk + c.getTileKv() - 1) / c.getTileKv() * c.getTileKv() : 0;
  op.setKernelConfigAttr(KernelConfigAttr::get(
      op.getContext(), c.getStrategy(), c.getSm(), c.getThreads(), c.getTileQ(), c.getTileKv(),
      c.getStages(), /*split_kv=*/chunk > 0, c.getVec(), c.getHeadsPerThread(), c.getWgmma(),
      c.getProducer(), c.getPingpong(), c.getOverlap(), c.getTma(), c.getPersistent(),
      c.getEarlyKv(), c.getL2Sections()));
  bool decode = c.getStrategy() == Strategy::Decode;
  int64_t group = op.getNumQoHeads() / op.getNumKvHeads();
  WorkPlan plan = planAtCompileTime(*qo, *kv, decode, group, c.getTileQ(), chunk);
  // An l2_sections kernel's head_section: with no device to size the sections for, three
  // sections of ceil(Hkv / 3) KV heads (the last narrower unless 3 divides Hkv), so the
  // host-launched kernel runs every case of the mapping (KernelABI.h).
  if (c.getL2Sections())
    plan.arrays[rtabi::prefill::kHeadSection].push_back(
        static_cast<int32_t>((op.getNumKvHeads() + 2) / 3));

  llvm::StringMap<Value> host = {
      {"q", op.getQ()},     {"qo_indptr", op.getQoIndptr()},     {"k", ragged.getK()},
      {"v", ragged.getV()}, {"kv_indptr", ragged.getKvIndptr()}, {"o", op.getO()}};
  if (op.getLse())
    host["lse"] = op.getLse();
  Location loc = op.getLoc();
  auto func = op->getParentOfType<FunctionOpInterface>();
  int64_t kvHeads = op.getNumKvHeads(), qoHeads = op.getNumQoHeads();
  OpBuilder builder(op->getContext());
  builder.setInsertionPoint(op->getNextNode());
  if (chunk > 0)
    allocScratch(builder, loc, op, plan.numPartialRows, host);
  if (failed(outlineAttention(rewriter, module, op, baseName)))
    return failure();

  // Decode grid (work, Hkv); prefill grid (Hkv, work); merge grid (rows, Hq / heads_per_cta)
  // with one head per CTA (KernelABI.h).
  SmallVector<int64_t> grid = decode ? SmallVector<int64_t>{plan.numWork, kvHeads}
                                     : SmallVector<int64_t>{kvHeads, plan.numWork};
  if (failed(launch(rewriter, builder, module, loc, (baseName + "_attention").str(), host, plan,
                    grid)))
    return failure();
  if (chunk > 0) {
    std::string merge = (baseName + "_merge").str();
    if (plan.numPartialRows > 0 &&
        failed(launch(rewriter, builder, module, loc, merge, host, plan, {plan.numRows, qoHeads})))
      return failure();
    if (auto abiOp = SymbolTable(module).lookup<KernelABIOp>(merge))
      rewriter.eraseOp(abiOp);
  }
  return moveBuffersToDevice(rewriter, func);
}
