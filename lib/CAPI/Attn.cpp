//===- Attn.cpp - C API for the attn dialect ------------------------------===//
//
// Implements attn-c/Dialect/Attn.h: the dialect handle, the type and attribute constructors
// and queries, and the generated pass registration. Constructors go through getChecked, so
// parameters the verifier rejects give a null handle and a diagnostic, never an abort.
//
//===----------------------------------------------------------------------===//

#include "attn-c/Dialect/Attn.h"

#include "attn/Conversion/AttnToNVVM/Passes.h"
#include "attn/Dialect/Attn/IR/AttnDialect.h"
#include "attn/Dialect/Attn/Transforms/Passes.h"

#include "mlir/CAPI/IR.h"
#include "mlir/CAPI/Pass.h"
#include "mlir/CAPI/Registration.h"
#include "mlir/CAPI/Support.h"
#include "mlir/IR/Diagnostics.h"

#include <optional>

using namespace mlir;
using namespace mlir::attn;

MLIR_DEFINE_CAPI_DIALECT_REGISTRATION(Attn, attn, AttnDialect)

namespace {
/// Diagnostics of getChecked go to the context's handlers, at an unknown location.
auto errorAt(MLIRContext *ctx) {
  return [ctx]() { return emitError(UnknownLoc::get(ctx)); };
}
std::optional<int64_t> optionalIf(bool given, int64_t value) {
  return given ? std::optional<int64_t>(value) : std::nullopt;
}
} // namespace

//===----------------------------------------------------------------------===//
// !attn.paged_kv
//===----------------------------------------------------------------------===//

bool mlirTypeIsAAttnPagedKVType(MlirType type) { return isa<PagedKVType>(unwrap(type)); }

MlirTypeID mlirAttnPagedKVTypeGetTypeID(void) { return wrap(PagedKVType::getTypeID()); }

MlirType mlirAttnPagedKVTypeGet(MlirContext ctx, int64_t pageSize, int32_t layout,
                                int64_t numHeads, int64_t headDim, MlirType elementType) {
  MLIRContext *context = unwrap(ctx);
  std::optional<KVLayout> kvLayout = symbolizeKVLayout(uint32_t(layout));
  if (layout < 0 || !kvLayout) {
    emitError(UnknownLoc::get(context)) << "unknown KV layout " << layout;
    return {nullptr};
  }
  return wrap(PagedKVType::getChecked(errorAt(context), context, pageSize, *kvLayout, numHeads,
                                      headDim, unwrap(elementType)));
}

int64_t mlirAttnPagedKVTypeGetPageSize(MlirType type) {
  return cast<PagedKVType>(unwrap(type)).getPageSize();
}
int32_t mlirAttnPagedKVTypeGetLayout(MlirType type) {
  return int32_t(cast<PagedKVType>(unwrap(type)).getLayout());
}
int64_t mlirAttnPagedKVTypeGetNumHeads(MlirType type) {
  return cast<PagedKVType>(unwrap(type)).getNumHeads();
}
int64_t mlirAttnPagedKVTypeGetHeadDim(MlirType type) {
  return cast<PagedKVType>(unwrap(type)).getHeadDim();
}
MlirType mlirAttnPagedKVTypeGetElementType(MlirType type) {
  return wrap(cast<PagedKVType>(unwrap(type)).getElementType());
}

//===----------------------------------------------------------------------===//
// !attn.ragged_kv
//===----------------------------------------------------------------------===//

bool mlirTypeIsAAttnRaggedKVType(MlirType type) { return isa<RaggedKVType>(unwrap(type)); }

MlirTypeID mlirAttnRaggedKVTypeGetTypeID(void) { return wrap(RaggedKVType::getTypeID()); }

MlirType mlirAttnRaggedKVTypeGet(MlirContext ctx, int64_t numHeads, int64_t headDim,
                                 MlirType elementType) {
  MLIRContext *context = unwrap(ctx);
  return wrap(RaggedKVType::getChecked(errorAt(context), context, numHeads, headDim,
                                       unwrap(elementType)));
}

int64_t mlirAttnRaggedKVTypeGetNumHeads(MlirType type) {
  return cast<RaggedKVType>(unwrap(type)).getNumHeads();
}
int64_t mlirAttnRaggedKVTypeGetHeadDim(MlirType type) {
  return cast<RaggedKVType>(unwrap(type)).getHeadDim();
}
MlirType mlirAttnRaggedKVTypeGetElementType(MlirType type) {
  return wrap(cast<RaggedKVType>(unwrap(type)).getElementType());
}

//===----------------------------------------------------------------------===//
// #attn.mask
//===----------------------------------------------------------------------===//

bool mlirAttributeIsAAttnMaskAttr(MlirAttribute attr) { return isa<MaskAttr>(unwrap(attr)); }

MlirAttribute mlirAttnMaskAttrGet(MlirContext ctx, int32_t kind, int64_t windowLeft,
                                  int64_t blockRows, int64_t blockCols) {
  MLIRContext *context = unwrap(ctx);
  std::optional<MaskKind> maskKind = symbolizeMaskKind(uint32_t(kind));
  if (kind < 0 || !maskKind) {
    emitError(UnknownLoc::get(context)) << "unknown mask kind " << kind;
    return {nullptr};
  }
  return wrap(MaskAttr::getChecked(errorAt(context), context, *maskKind,
                                   optionalIf(windowLeft >= 0, windowLeft),
                                   optionalIf(blockRows > 0, blockRows),
                                   optionalIf(blockCols > 0, blockCols)));
}

int32_t mlirAttnMaskAttrGetKind(MlirAttribute attr) {
  return int32_t(cast<MaskAttr>(unwrap(attr)).getKind());
}
int64_t mlirAttnMaskAttrGetWindowLeft(MlirAttribute attr) {
  return cast<MaskAttr>(unwrap(attr)).getWindowLeft().value_or(-1);
}
int64_t mlirAttnMaskAttrGetBlockRows(MlirAttribute attr) {
  return cast<MaskAttr>(unwrap(attr)).getBlockRows().value_or(0);
}
int64_t mlirAttnMaskAttrGetBlockCols(MlirAttribute attr) {
  return cast<MaskAttr>(unwrap(attr)).getBlockCols().value_or(0);
}

//===----------------------------------------------------------------------===//
// #attn.rope
//===----------------------------------------------------------------------===//

bool mlirAttributeIsAAttnRopeAttr(MlirAttribute attr) { return isa<RopeAttr>(unwrap(attr)); }

MlirAttribute mlirAttnRopeAttrGet(MlirContext ctx, int32_t kind, int64_t rotaryDim,
                                  double theta, double scale, bool interleave, double factor,
                                  double lowFreqFactor, double highFreqFactor,
                                  int64_t originalMaxPosition) {
  MLIRContext *context = unwrap(ctx);
  std::optional<RopeKind> ropeKind = symbolizeRopeKind(uint32_t(kind));
  if (kind < 0 || !ropeKind) {
    emitError(UnknownLoc::get(context)) << "unknown rope kind " << kind;
    return {nullptr};
  }
  return wrap(RopeAttr::getChecked(errorAt(context), context, *ropeKind, rotaryDim,
                                   llvm::APFloat(theta), llvm::APFloat(scale), interleave,
                                   llvm::APFloat(factor), llvm::APFloat(lowFreqFactor),
                                   llvm::APFloat(highFreqFactor), originalMaxPosition));
}

MlirAttribute mlirAttnRopeAttrGetLlama(MlirContext ctx, int64_t rotaryDim, double theta) {
  return mlirAttnRopeAttrGet(ctx, MlirAttnRopeKindLlama, rotaryDim, theta, /*scale=*/1.0,
                             /*interleave=*/false, /*factor=*/8.0, /*lowFreqFactor=*/1.0,
                             /*highFreqFactor=*/4.0, /*originalMaxPosition=*/8192);
}

int32_t mlirAttnRopeAttrGetKind(MlirAttribute attr) {
  return int32_t(cast<RopeAttr>(unwrap(attr)).getKind());
}
int64_t mlirAttnRopeAttrGetRotaryDim(MlirAttribute attr) {
  return cast<RopeAttr>(unwrap(attr)).getRotaryDim();
}
double mlirAttnRopeAttrGetTheta(MlirAttribute attr) {
  return cast<RopeAttr>(unwrap(attr)).getTheta().convertToDouble();
}
double mlirAttnRopeAttrGetScale(MlirAttribute attr) {
  return cast<RopeAttr>(unwrap(attr)).getScale().convertToDouble();
}
bool mlirAttnRopeAttrGetInterleave(MlirAttribute attr) {
  return cast<RopeAttr>(unwrap(attr)).getInterleave();
}
double mlirAttnRopeAttrGetFactor(MlirAttribute attr) {
  return cast<RopeAttr>(unwrap(attr)).getFactor().convertToDouble();
}
double mlirAttnRopeAttrGetLowFreqFactor(MlirAttribute attr) {
  return cast<RopeAttr>(unwrap(attr)).getLowFreqFactor().convertToDouble();
}
double mlirAttnRopeAttrGetHighFreqFactor(MlirAttribute attr) {
  return cast<RopeAttr>(unwrap(attr)).getHighFreqFactor().convertToDouble();
}
int64_t mlirAttnRopeAttrGetOriginalMaxPosition(MlirAttribute attr) {
  return cast<RopeAttr>(unwrap(attr)).getOriginalMaxPosition();
}

//===----------------------------------------------------------------------===//
// #attn.kernel_config
//===----------------------------------------------------------------------===//

bool mlirAttributeIsAAttnKernelConfigAttr(MlirAttribute attr) {
  return isa<KernelConfigAttr>(unwrap(attr));
}

MlirAttribute mlirAttnKernelConfigAttrGet(MlirContext ctx, int32_t strategy, int64_t sm,
                                          int64_t threads, int64_t tileQ, int64_t tileKV,
                                          int64_t stages, bool splitKV, int64_t vec,
                                          int64_t headsPerThread) {
  MLIRContext *context = unwrap(ctx);
  std::optional<Strategy> kind = symbolizeStrategy(uint32_t(strategy));
  if (strategy < 0 || !kind) {
    emitError(UnknownLoc::get(context)) << "unknown strategy " << strategy;
    return {nullptr};
  }
  return wrap(KernelConfigAttr::getChecked(errorAt(context), context, *kind, sm, threads, tileQ,
                                           tileKV, stages, splitKV, vec, headsPerThread,
                                           /*wgmma=*/false, /*producer=*/false,
                                           /*pingpong=*/false, /*overlap=*/false, /*tma=*/false,
                                           /*persistent=*/false, /*early_kv=*/false,
                                           /*l2_sections=*/false));
}

int32_t mlirAttnKernelConfigAttrGetStrategy(MlirAttribute attr) {
  return int32_t(cast<KernelConfigAttr>(unwrap(attr)).getStrategy());
}
int64_t mlirAttnKernelConfigAttrGetSm(MlirAttribute attr) {
  return cast<KernelConfigAttr>(unwrap(attr)).getSm();
}
int64_t mlirAttnKernelConfigAttrGetThreads(MlirAttribute attr) {
  return cast<KernelConfigAttr>(unwrap(attr)).getThreads();
}
int64_t mlirAttnKernelConfigAttrGetTileQ(MlirAttribute attr) {
  return cast<KernelConfigAttr>(unwrap(attr)).getTileQ();
}
int64_t mlirAttnKernelConfigAttrGetTileKV(MlirAttribute attr) {
  return cast<KernelConfigAttr>(unwrap(attr)).getTileKv();
}
int64_t mlirAttnKernelConfigAttrGetStages(MlirAttribute attr) {
  return cast<KernelConfigAttr>(unwrap(attr)).getStages();
}
bool mlirAttnKernelConfigAttrGetSplitKV(MlirAttribute attr) {
  return cast<KernelConfigAttr>(unwrap(attr)).getSplitKv();
}
int64_t mlirAttnKernelConfigAttrGetVec(MlirAttribute attr) {
  return cast<KernelConfigAttr>(unwrap(attr)).getVec();
}
int64_t mlirAttnKernelConfigAttrGetHeadsPerThread(MlirAttribute attr) {
  return cast<KernelConfigAttr>(unwrap(attr)).getHeadsPerThread();
}

MlirAttribute mlirAttnKernelConfigAttrWithHopperSchedule(MlirAttribute config, bool wgmma,
                                                         bool producer, bool pingpong) {
  auto c = cast<KernelConfigAttr>(unwrap(config));
  MLIRContext *context = c.getContext();
  bool persistent = c.getPersistent() && producer && !pingpong;
  return wrap(KernelConfigAttr::getChecked(
      errorAt(context), context, c.getStrategy(), c.getSm(), c.getThreads(), c.getTileQ(),
      c.getTileKv(), c.getStages(), c.getSplitKv(), c.getVec(), c.getHeadsPerThread(), wgmma,
      producer, pingpong, c.getOverlap() && producer && !pingpong && c.getStages() >= 2,
      c.getTma() && producer, persistent, c.getEarlyKv() && producer && !persistent,
      c.getL2Sections()));
}
bool mlirAttnKernelConfigAttrGetWgmma(MlirAttribute attr) {
  return cast<KernelConfigAttr>(unwrap(attr)).getWgmma();
}
bool mlirAttnKernelConfigAttrGetProducer(MlirAttribute attr) {
  return cast<KernelConfigAttr>(unwrap(attr)).getProducer();
}
bool mlirAttnKernelConfigAttrGetPingpong(MlirAttribute attr) {
  return cast<KernelConfigAttr>(unwrap(attr)).getPingpong();
}

//===----------------------------------------------------------------------===//
// Passes (generated)
//===----------------------------------------------------------------------===//

#include "attn/Conversion/AttnToNVVM/Passes.capi.cpp.inc"
#include "attn/Dialect/Attn/Transforms/Passes.capi.cpp.inc"
