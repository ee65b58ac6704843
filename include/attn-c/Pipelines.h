/*===-- attn-c/Pipelines.h - C API for the attn pipelines ---------*- C -*-===*\
|*                                                                            *|
|* The attn-to-nvvm and attn-to-cubin pipelines (attn/Pipelines/Pipelines.h)  *|
|* and the dialects they need, for a C (or Python, Rust, ...) host compiler.   *|
|*                                                                            *|
|*   MlirDialectRegistry r = mlirDialectRegistryCreate();                     *|
|*   mlirAttnRegisterCompilerDialects(r);                                     *|
|*   MlirContext ctx = mlirContextCreateWithRegistry(r, false);               *|
|*   MlirPassManager pm = mlirPassManagerCreate(ctx);                         *|
|*   mlirAttnBuildToCubinPipeline(mlirPassManagerGetAsOpPassManager(pm),      *|
|*       mlirStringRefCreateFromCString("sm=90 format=isa"), cb, userData);   *|
|*   mlirPassManagerRunOnOp(pm, mlirModuleGetOperation(module));              *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef ATTN_C_PIPELINES_H
#define ATTN_C_PIPELINES_H

#include "mlir-c/IR.h"
#include "mlir-c/Pass.h"
#include "mlir-c/Support.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Inserts the attn dialect and everything the pipelines create or translate: the upstream
 * dialects and their extensions, and the LLVM IR translations gpu-module-to-binary uses. */
MLIR_CAPI_EXPORTED void mlirAttnRegisterCompilerDialects(MlirDialectRegistry registry);

/* Registers every attn pass and the pipelines "attn-to-nvvm", "attn-to-cubin" and
 * "attn-to-host" with the global registry (also the upstream passes they name), so that
 * mlirParsePassPipeline and mlirOpPassManagerAddPipeline accept them by name. Idempotent. */
MLIR_CAPI_EXPORTED void mlirAttnRegisterPipelines(void);

/* Appends attn-to-nvvm (attn IR to gpu.modules in NVVM/LLVM) or attn-to-cubin (on to
 * gpu.binary ops) to `passManager`. `options` is the pipelines' option text, e.g.
 * "sm=80 format=isa toolkit=/usr/local/cuda" (empty for the defaults: sm=90, format=bin, the
 * toolkit found at configure time). On failure (an unknown or malformed option) the message
 * goes to `errorCallback` (may be NULL) and the pass manager is left unchanged. */
MLIR_CAPI_EXPORTED MlirLogicalResult mlirAttnBuildToNVVMPipeline(
    MlirOpPassManager passManager, MlirStringRef options, MlirStringCallback errorCallback,
    void *userData);
MLIR_CAPI_EXPORTED MlirLogicalResult mlirAttnBuildToCubinPipeline(
    MlirOpPassManager passManager, MlirStringRef options, MlirStringCallback errorCallback,
    void *userData);
/* Appends attn-to-host: attn-to-nvvm with every attention op launched from its host function
 * (gpu.launch_func, work partition computed at compile time from constant indptrs), the
 * kernels to gpu.binary and the host to the LLVM dialect on the CUDA runtime wrappers
 * (mgpu*). Same options and failure behaviour as above. */
MLIR_CAPI_EXPORTED MlirLogicalResult mlirAttnBuildToHostPipeline(
    MlirOpPassManager passManager, MlirStringRef options, MlirStringCallback errorCallback,
    void *userData);

#ifdef __cplusplus
}
#endif

#endif /* ATTN_C_PIPELINES_H */
