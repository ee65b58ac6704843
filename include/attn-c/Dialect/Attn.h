/*===-- attn-c/Dialect/Attn.h - C API for the attn dialect --------*- C -*-===*\
|*                                                                            *|
|* The attn dialect's handle, its types (!attn.paged_kv, !attn.ragged_kv),    *|
|* attributes (#attn.mask, #attn.rope, #attn.kernel_config) and passes, in    *|
|* the style of mlir-c/Dialect/GPU.h. Enum parameters are int32_t values      *|
|* named by the MlirAttn* constants below (the ODS enums of AttnEnums.td).    *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef ATTN_C_DIALECT_ATTN_H
#define ATTN_C_DIALECT_ATTN_H

#include "mlir-c/IR.h"
#include "mlir-c/Pass.h"
#include "mlir-c/Support.h"

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

MLIR_DECLARE_CAPI_DIALECT_REGISTRATION(Attn, attn);

/* Enum values (mlir::attn::KVLayout, MaskKind, RopeKind, Strategy). */
enum {
  MlirAttnKVLayoutNHD = 0, /* [num_pages, page_size, num_heads, head_dim] */
  MlirAttnKVLayoutHND = 1  /* [num_pages, num_heads, page_size, head_dim] */
};
enum {
  MlirAttnMaskKindNone = 0,
  MlirAttnMaskKindCausal = 1,
  MlirAttnMaskKindCustom = 2,
  MlirAttnMaskKindBlockSparse = 3
};
enum { MlirAttnRopeKindLlama = 0, MlirAttnRopeKindLlama3 = 1 };
enum { MlirAttnStrategyDecode = 0, MlirAttnStrategyPrefill = 1 };

/* Constructors return a null type/attribute (mlirTypeIsNull / mlirAttributeIsNull) when the
 * parameters fail the verifier; the verifier's diagnostic goes to the context's handlers.
 * Getters take a type/attribute of their kind only (check with mlirTypeIsA... /
 * mlirAttributeIsA... first), as in MLIR's own C API. */

/*===--- !attn.paged_kv ---------------------------------------------------===*/

MLIR_CAPI_EXPORTED bool mlirTypeIsAAttnPagedKVType(MlirType type);
MLIR_CAPI_EXPORTED MlirTypeID mlirAttnPagedKVTypeGetTypeID(void);
MLIR_CAPI_EXPORTED MlirType mlirAttnPagedKVTypeGet(MlirContext ctx, int64_t pageSize,
                                                   int32_t layout, int64_t numHeads,
                                                   int64_t headDim, MlirType elementType);
MLIR_CAPI_EXPORTED int64_t mlirAttnPagedKVTypeGetPageSize(MlirType type);
MLIR_CAPI_EXPORTED int32_t mlirAttnPagedKVTypeGetLayout(MlirType type);
MLIR_CAPI_EXPORTED int64_t mlirAttnPagedKVTypeGetNumHeads(MlirType type);
MLIR_CAPI_EXPORTED int64_t mlirAttnPagedKVTypeGetHeadDim(MlirType type);
MLIR_CAPI_EXPORTED MlirType mlirAttnPagedKVTypeGetElementType(MlirType type);

/*===--- !attn.ragged_kv --------------------------------------------------===*/

MLIR_CAPI_EXPORTED bool mlirTypeIsAAttnRaggedKVType(MlirType type);
MLIR_CAPI_EXPORTED MlirTypeID mlirAttnRaggedKVTypeGetTypeID(void);
MLIR_CAPI_EXPORTED MlirType mlirAttnRaggedKVTypeGet(MlirContext ctx, int64_t numHeads,
                                                    int64_t headDim, MlirType elementType);
MLIR_CAPI_EXPORTED int64_t mlirAttnRaggedKVTypeGetNumHeads(MlirType type);
MLIR_CAPI_EXPORTED int64_t mlirAttnRaggedKVTypeGetHeadDim(MlirType type);
MLIR_CAPI_EXPORTED MlirType mlirAttnRaggedKVTypeGetElementType(MlirType type);

/*===--- #attn.mask -------------------------------------------------------===*/

/* windowLeft < 0: no sliding window; blockRows/blockCols <= 0: not given (block_sparse needs
 * both). */
MLIR_CAPI_EXPORTED bool mlirAttributeIsAAttnMaskAttr(MlirAttribute attr);
MLIR_CAPI_EXPORTED MlirAttribute mlirAttnMaskAttrGet(MlirContext ctx, int32_t kind,
                                                     int64_t windowLeft, int64_t blockRows,
                                                     int64_t blockCols);
MLIR_CAPI_EXPORTED int32_t mlirAttnMaskAttrGetKind(MlirAttribute attr);
/* -1 when the mask has no sliding window. */
MLIR_CAPI_EXPORTED int64_t mlirAttnMaskAttrGetWindowLeft(MlirAttribute attr);
/* 0 when not block-sparse. */
MLIR_CAPI_EXPORTED int64_t mlirAttnMaskAttrGetBlockRows(MlirAttribute attr);
MLIR_CAPI_EXPORTED int64_t mlirAttnMaskAttrGetBlockCols(MlirAttribute attr);

/*===--- #attn.rope -------------------------------------------------------===*/

MLIR_CAPI_EXPORTED bool mlirAttributeIsAAttnRopeAttr(MlirAttribute attr);
MLIR_CAPI_EXPORTED MlirAttribute mlirAttnRopeAttrGet(
    MlirContext ctx, int32_t kind, int64_t rotaryDim, double theta, double scale,
    bool interleave, double factor, double lowFreqFactor, double highFreqFactor,
    int64_t originalMaxPosition);
/* The common case: Llama RoPE with theta and the other parameters at their defaults. */
MLIR_CAPI_EXPORTED MlirAttribute mlirAttnRopeAttrGetLlama(MlirContext ctx, int64_t rotaryDim,
                                                          double theta);
MLIR_CAPI_EXPORTED int32_t mlirAttnRopeAttrGetKind(MlirAttribute attr);
MLIR_CAPI_EXPORTED int64_t mlirAttnRopeAttrGetRotaryDim(MlirAttribute attr);
MLIR_CAPI_EXPORTED double mlirAttnRopeAttrGetTheta(MlirAttribute attr);
MLIR_CAPI_EXPORTED double mlirAttnRopeAttrGetScale(MlirAttribute attr);
MLIR_CAPI_EXPORTED bool mlirAttnRopeAttrGetInterleave(MlirAttribute attr);
MLIR_CAPI_EXPORTED double mlirAttnRopeAttrGetFactor(MlirAttribute attr);
MLIR_CAPI_EXPORTED double mlirAttnRopeAttrGetLowFreqFactor(MlirAttribute attr);
MLIR_CAPI_EXPORTED double mlirAttnRopeAttrGetHighFreqFactor(MlirAttribute attr);
MLIR_CAPI_EXPORTED int64_t mlirAttnRopeAttrGetOriginalMaxPosition(MlirAttribute attr);

/*===--- #attn.kernel_config ----------------------------------------------===*/

MLIR_CAPI_EXPORTED bool mlirAttributeIsAAttnKernelConfigAttr(MlirAttribute attr);
MLIR_CAPI_EXPORTED MlirAttribute mlirAttnKernelConfigAttrGet(
    MlirContext ctx, int32_t strategy, int64_t sm, int64_t threads, int64_t tileQ,
    int64_t tileKV, int64_t stages, bool splitKV, int64_t vec, int64_t headsPerThread);
MLIR_CAPI_EXPORTED int32_t mlirAttnKernelConfigAttrGetStrategy(MlirAttribute attr);
MLIR_CAPI_EXPORTED int64_t mlirAttnKernelConfigAttrGetSm(MlirAttribute attr);
MLIR_CAPI_EXPORTED int64_t mlirAttnKernelConfigAttrGetThreads(MlirAttribute attr);
MLIR_CAPI_EXPORTED int64_t mlirAttnKernelConfigAttrGetTileQ(MlirAttribute attr);
MLIR_CAPI_EXPORTED int64_t mlirAttnKernelConfigAttrGetTileKV(MlirAttribute attr);
MLIR_CAPI_EXPORTED int64_t mlirAttnKernelConfigAttrGetStages(MlirAttribute attr);
MLIR_CAPI_EXPORTED bool mlirAttnKernelConfigAttrGetSplitKV(MlirAttribute attr);
MLIR_CAPI_EXPORTED int64_t mlirAttnKernelConfigAttrGetVec(MlirAttribute attr);
MLIR_CAPI_EXPORTED int64_t mlirAttnKernelConfigAttrGetHeadsPerThread(MlirAttribute attr);
/* `config` with the sm_90a prefill schedule (see #attn.kernel_config): the contractions on
 * warpgroup MMAs (`wgmma`), a producer warpgroup filling an mbarrier ring of K/V stages
 * (`producer`), the two consumer warpgroups taking turns on the tensor cores (`pingpong`).
 * The verifier's rules apply (producer needs wgmma; pingpong needs producer and 256 consumer
 * threads; wgmma needs prefill on sm 90): a null attribute and a diagnostic otherwise.
 * `config`'s `overlap` stays where it still applies (producer, no pingpong, two stages or
 * more) and is dropped elsewhere. */
MLIR_CAPI_EXPORTED MlirAttribute mlirAttnKernelConfigAttrWithHopperSchedule(MlirAttribute config,
                                                                            bool wgmma,
                                                                            bool producer,
                                                                            bool pingpong);
MLIR_CAPI_EXPORTED bool mlirAttnKernelConfigAttrGetWgmma(MlirAttribute attr);
MLIR_CAPI_EXPORTED bool mlirAttnKernelConfigAttrGetProducer(MlirAttribute attr);
MLIR_CAPI_EXPORTED bool mlirAttnKernelConfigAttrGetPingpong(MlirAttribute attr);

#ifdef __cplusplus
}
#endif

/* mlirRegisterAttnPasses() and mlirCreateAttnAttnPlan() etc. (attn-plan, attn-outline,
 * attn-tile, attn-pipeline); mlirRegisterAttnConversionPasses() and
 * mlirCreateAttnConversionConvertAttnToNVVM() etc., generated from the Passes.td files. */
#include "attn/Dialect/Attn/Transforms/Passes.capi.h.inc"
#include "attn/Conversion/AttnToNVVM/Passes.capi.h.inc"

#endif /* ATTN_C_DIALECT_ATTN_H */
