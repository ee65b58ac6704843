/*===- AttnCAPITest.c - the attn C API, compiled as C ---------------------===*\
 *
 * Builds attn types and attributes through attn-c/Dialect/Attn.h and reads them back, checks
 * that invalid parameters give a null handle and a diagnostic, parses the llama3-8b decode
 * example (argv[1]), finds its !attn.paged_kv operand type, and runs attn-to-nvvm and
 * attn-to-cubin{format=isa} on it through attn-c/Pipelines.h. Exits 1 on the first failed
 * check, naming it.
 *
\*===----------------------------------------------------------------------===*/

#include "attn-c/Dialect/Attn.h"
#include "attn-c/Pipelines.h"

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"
#include "mlir-c/Diagnostics.h"
#include "mlir-c/IR.h"
#include "mlir-c/Pass.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;

#define CHECK(cond)                                                                          \
  do {                                                                                       \
    if (!(cond)) {                                                                           \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);               \
      ++failures;                                                                            \
    }                                                                                        \
  } while (0)

/* A growing string for printer and error callbacks. */
typedef struct {
  char *data;
  size_t size;
} Buffer;

static void appendToBuffer(MlirStringRef text, void *userData) {
  Buffer *b = (Buffer *)userData;
  char *grown = (char *)realloc(b->data, b->size + text.length + 1);
  if (!grown)
    abort();
  memcpy(grown + b->size, text.data, text.length);
  b->size += text.length;
  grown[b->size] = '\0';
  b->data = grown;
}

static void clearBuffer(Buffer *b) {
  free(b->data);
  b->data = NULL;
  b->size = 0;
}

static int attrPrintsAs(MlirAttribute attr, const char *expected) {
  Buffer b = {NULL, 0};
  mlirAttributePrint(attr, appendToBuffer, &b);
  int same = b.data && strcmp(b.data, expected) == 0;
  if (!same)
    fprintf(stderr, "printed '%s', expected '%s'\n", b.data ? b.data : "", expected);
  clearBuffer(&b);
  return same;
}

/* Collects error diagnostics. */
static MlirLogicalResult collectDiagnostic(MlirDiagnostic diagnostic, void *userData) {
  mlirDiagnosticPrint(diagnostic, appendToBuffer, userData);
  appendToBuffer(mlirStringRefCreateFromCString("\n"), userData);
  return mlirLogicalResultSuccess();
}

static void testTypes(MlirContext ctx, Buffer *diagnostics) {
  MlirType bf16 = mlirBF16TypeGet(ctx);
  MlirType paged = mlirAttnPagedKVTypeGet(ctx, 16, MlirAttnKVLayoutNHD, 8, 128, bf16);
  CHECK(!mlirTypeIsNull(paged));
  CHECK(mlirTypeIsAAttnPagedKVType(paged));
  CHECK(!mlirTypeIsAAttnRaggedKVType(paged));
  CHECK(mlirTypeIDEqual(mlirTypeGetTypeID(paged), mlirAttnPagedKVTypeGetTypeID()));
  CHECK(mlirAttnPagedKVTypeGetPageSize(paged) == 16);
  CHECK(mlirAttnPagedKVTypeGetLayout(paged) == MlirAttnKVLayoutNHD);
  CHECK(mlirAttnPagedKVTypeGetNumHeads(paged) == 8);
  CHECK(mlirAttnPagedKVTypeGetHeadDim(paged) == 128);
  CHECK(mlirTypeEqual(mlirAttnPagedKVTypeGetElementType(paged), bf16));
  /* Uniqued: the same parameters give the same type as the parser's. */
  MlirType parsed = mlirTypeParseGet(
      ctx, mlirStringRefCreateFromCString("!attn.paged_kv<page_size = 16, layout = nhd, "
                                          "num_heads = 8, head_dim = 128, element_type = bf16>"));
  CHECK(mlirTypeEqual(paged, parsed));

  MlirType ragged = mlirAttnRaggedKVTypeGet(ctx, 8, 64, mlirF16TypeGet(ctx));
  CHECK(mlirTypeIsAAttnRaggedKVType(ragged));
  CHECK(mlirAttnRaggedKVTypeGetNumHeads(ragged) == 8);
  CHECK(mlirAttnRaggedKVTypeGetHeadDim(ragged) == 64);
  CHECK(mlirTypeIsAF16(mlirAttnRaggedKVTypeGetElementType(ragged)));
  CHECK(!mlirTypeIsAAttnPagedKVType(mlirF32TypeGet(ctx)));

  /* Invalid parameters: null handles and a diagnostic, no abort. */
  clearBuffer(diagnostics);
  CHECK(mlirTypeIsNull(mlirAttnPagedKVTypeGet(ctx, 0, MlirAttnKVLayoutNHD, 8, 128, bf16)));
  CHECK(diagnostics->data != NULL);
  clearBuffer(diagnostics);
  CHECK(mlirTypeIsNull(mlirAttnPagedKVTypeGet(ctx, 16, 7, 8, 128, bf16)));
  CHECK(diagnostics->data && strstr(diagnostics->data, "unknown KV layout 7"));
  clearBuffer(diagnostics);
}

static void testAttributes(MlirContext ctx, Buffer *diagnostics) {
  MlirAttribute causal = mlirAttnMaskAttrGet(ctx, MlirAttnMaskKindCausal, 4095, 0, 0);
  CHECK(mlirAttributeIsAAttnMaskAttr(causal));
  CHECK(mlirAttnMaskAttrGetKind(causal) == MlirAttnMaskKindCausal);
  CHECK(mlirAttnMaskAttrGetWindowLeft(causal) == 4095);
  CHECK(mlirAttnMaskAttrGetBlockRows(causal) == 0);
  CHECK(attrPrintsAs(causal, "#attn.mask<causal, window_left = 4095>"));
  MlirAttribute sparse = mlirAttnMaskAttrGet(ctx, MlirAttnMaskKindBlockSparse, -1, 64, 16);
  CHECK(mlirAttnMaskAttrGetWindowLeft(sparse) == -1);
  CHECK(mlirAttnMaskAttrGetBlockRows(sparse) == 64);
  CHECK(mlirAttnMaskAttrGetBlockCols(sparse) == 16);
  CHECK(attrPrintsAs(sparse, "#attn.mask<block_sparse, block = [64, 16]>"));
  clearBuffer(diagnostics);
  /* block_sparse without a block shape fails the verifier. */
  CHECK(mlirAttributeIsNull(mlirAttnMaskAttrGet(ctx, MlirAttnMaskKindBlockSparse, -1, 0, 0)));
  CHECK(diagnostics->data != NULL);
  clearBuffer(diagnostics);
  CHECK(mlirAttributeIsNull(mlirAttnMaskAttrGet(ctx, 42, -1, 0, 0)));
  CHECK(diagnostics->data && strstr(diagnostics->data, "unknown mask kind 42"));
  clearBuffer(diagnostics);

  MlirAttribute rope = mlirAttnRopeAttrGet(ctx, MlirAttnRopeKindLlama3, 128, 500000.0, 1.0,
                                           false, 8.0, 1.0, 4.0, 8192);
  CHECK(mlirAttributeIsAAttnRopeAttr(rope));
  CHECK(mlirAttnRopeAttrGetKind(rope) == MlirAttnRopeKindLlama3);
  CHECK(mlirAttnRopeAttrGetRotaryDim(rope) == 128);
  CHECK(fabs(mlirAttnRopeAttrGetTheta(rope) - 500000.0) < 1e-9);
  CHECK(fabs(mlirAttnRopeAttrGetFactor(rope) - 8.0) < 1e-12);
  CHECK(fabs(mlirAttnRopeAttrGetHighFreqFactor(rope) - 4.0) < 1e-12);
  CHECK(!mlirAttnRopeAttrGetInterleave(rope));
  CHECK(mlirAttnRopeAttrGetOriginalMaxPosition(rope) == 8192);
  MlirAttribute llama = mlirAttnRopeAttrGetLlama(ctx, 64, 10000.0);
  CHECK(mlirAttnRopeAttrGetKind(llama) == MlirAttnRopeKindLlama);
  CHECK(fabs(mlirAttnRopeAttrGetScale(llama) - 1.0) < 1e-12);
  CHECK(fabs(mlirAttnRopeAttrGetLowFreqFactor(llama) - 1.0) < 1e-12);
  /* An odd rotary dimension fails the verifier. */
  CHECK(mlirAttributeIsNull(mlirAttnRopeAttrGetLlama(ctx, 63, 10000.0)));
  CHECK(diagnostics->data != NULL);
  clearBuffer(diagnostics);

  MlirAttribute config = mlirAttnKernelConfigAttrGet(ctx, MlirAttnStrategyDecode, 90, 128, 4,
                                                     16, 4, true, 8, 1);
  CHECK(mlirAttributeIsAAttnKernelConfigAttr(config));
  CHECK(!mlirAttributeIsAAttnMaskAttr(config));
  CHECK(mlirAttnKernelConfigAttrGetStrategy(config) == MlirAttnStrategyDecode);
  CHECK(mlirAttnKernelConfigAttrGetSm(config) == 90);
  CHECK(mlirAttnKernelConfigAttrGetThreads(config) == 128);
  CHECK(mlirAttnKernelConfigAttrGetTileQ(config) == 4);
  CHECK(mlirAttnKernelConfigAttrGetTileKV(config) == 16);
  CHECK(mlirAttnKernelConfigAttrGetStages(config) == 4);
  CHECK(mlirAttnKernelConfigAttrGetSplitKV(config));
  CHECK(mlirAttnKernelConfigAttrGetVec(config) == 8);
  CHECK(mlirAttnKernelConfigAttrGetHeadsPerThread(config) == 1);
  CHECK(attrPrintsAs(config, "#attn.kernel_config<strategy = decode, sm = 90, threads = 128, "
                             "tile_q = 4, tile_kv = 16, stages = 4, split_kv = true, vec = 8>"));
  CHECK(!mlirAttnKernelConfigAttrGetWgmma(config) && !mlirAttnKernelConfigAttrGetProducer(config) &&
        !mlirAttnKernelConfigAttrGetPingpong(config));

  /* The sm_90a prefill schedule: warpgroup MMAs, a producer warpgroup, ping-pong. */
  MlirAttribute prefill = mlirAttnKernelConfigAttrGet(ctx, MlirAttnStrategyPrefill, 90, 256, 128,
                                                      128, 2, true, 8, 1);
  MlirAttribute hopper = mlirAttnKernelConfigAttrWithHopperSchedule(prefill, true, true, true);
  CHECK(!mlirAttributeIsNull(hopper));
  CHECK(mlirAttnKernelConfigAttrGetWgmma(hopper) && mlirAttnKernelConfigAttrGetProducer(hopper) &&
        mlirAttnKernelConfigAttrGetPingpong(hopper));
  CHECK(mlirAttnKernelConfigAttrGetTileQ(hopper) == 128);
  CHECK(attrPrintsAs(hopper, "#attn.kernel_config<strategy = prefill, sm = 90, threads = 256, "
                             "tile_q = 128, tile_kv = 128, stages = 2, split_kv = true, vec = 8, "
                             "wgmma = true, producer = true, pingpong = true>"));
  CHECK(diagnostics->data == NULL);
  /* A producer warpgroup without warpgroup MMAs, and wgmma on a decode config, fail the
   * verifier with a diagnostic. */
  CHECK(mlirAttributeIsNull(mlirAttnKernelConfigAttrWithHopperSchedule(prefill, false, true,
                                                                      false)));
  CHECK(diagnostics->data != NULL && strstr(diagnostics->data, "'producer'") != NULL);
  clearBuffer(diagnostics);
  CHECK(mlirAttributeIsNull(mlirAttnKernelConfigAttrWithHopperSchedule(config, true, false,
                                                                      false)));
  CHECK(diagnostics->data != NULL && strstr(diagnostics->data, "'wgmma'") != NULL);
  clearBuffer(diagnostics);
}

/* mlirOperationWalk callback: stores the first !attn.paged_kv result type (pre-order) in
 * *(MlirType *)userData and stops. */
static MlirWalkResult findPagedKVResult(MlirOperation op, void *userData) {
  for (intptr_t i = 0; i < mlirOperationGetNumResults(op); ++i) {
    MlirType t = mlirValueGetType(mlirOperationGetResult(op, i));
    if (mlirTypeIsAAttnPagedKVType(t)) {
      *(MlirType *)userData = t;
      return MlirWalkResultInterrupt;
    }
  }
  return MlirWalkResultAdvance;
}

/* The first !attn.paged_kv result type in `op` and its nested ops. */
static MlirType findPagedKV(MlirOperation op) {
  MlirType found = {NULL};
  mlirOperationWalk(op, findPagedKVResult, &found, MlirWalkPreOrder);
  return found;
}

static char *readFile(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *text = (char *)malloc((size_t)n + 1);
  if (text && fread(text, 1, (size_t)n, f) != (size_t)n) {
    free(text);
    text = NULL;
  }
  if (text)
    text[n] = '\0';
  fclose(f);
  return text;
}

/* Runs the pipeline built by `build` with `options` on a fresh parse of `source`; returns the
 * printed result (caller frees) or NULL. */
static char *runPipeline(MlirContext ctx, const char *source,
                         MlirLogicalResult (*build)(MlirOpPassManager, MlirStringRef,
                                                    MlirStringCallback, void *),
                         const char *options) {
  MlirModule module = mlirModuleCreateParse(ctx, mlirStringRefCreateFromCString(source));
  if (mlirModuleIsNull(module))
    return NULL;
  MlirPassManager pm = mlirPassManagerCreate(ctx);
  Buffer error = {NULL, 0};
  char *printed = NULL;
  if (mlirLogicalResultIsFailure(build(mlirPassManagerGetAsOpPassManager(pm),
                                       mlirStringRefCreateFromCString(options), appendToBuffer,
                                       &error))) {
    fprintf(stderr, "cannot build the pipeline: %s\n", error.data ? error.data : "");
  } else if (mlirLogicalResultIsSuccess(
                 mlirPassManagerRunOnOp(pm, mlirModuleGetOperation(module)))) {
    Buffer out = {NULL, 0};
    mlirOperationPrint(mlirModuleGetOperation(module), appendToBuffer, &out);
    printed = out.data;
  }
  clearBuffer(&error);
  mlirPassManagerDestroy(pm);
  mlirModuleDestroy(module);
  return printed;
}

/* Runs runPipeline and checks that its output holds each string of the NULL-terminated
 * `present` and none of `absent`; a failure names the pipeline options and the string. */
static void checkPipelineOutput(MlirContext ctx, const char *source,
                                MlirLogicalResult (*build)(MlirOpPassManager, MlirStringRef,
                                                           MlirStringCallback, void *),
                                const char *options, const char *const *present,
                                const char *const *absent) {
  char *out = runPipeline(ctx, source, build, options);
  if (!out) {
    fprintf(stderr, "pipeline (%s) failed\n", options);
    ++failures;
    return;
  }
  for (; *present; ++present)
    if (!strstr(out, *present)) {
      fprintf(stderr, "pipeline (%s): missing \"%s\"\n", options, *present);
      ++failures;
    }
  for (; *absent; ++absent)
    if (strstr(out, *absent)) {
      fprintf(stderr, "pipeline (%s): unexpected \"%s\"\n", options, *absent);
      ++failures;
    }
  free(out);
}

static void testPipelines(MlirContext ctx, const char *examplePath) {
  char *source = readFile(examplePath);
  CHECK(source != NULL);
  if (!source)
    return;
  MlirModule module = mlirModuleCreateParse(ctx, mlirStringRefCreateFromCString(source));
  CHECK(!mlirModuleIsNull(module));
  if (!mlirModuleIsNull(module)) {
    MlirType kv = findPagedKV(mlirModuleGetOperation(module));
    CHECK(mlirTypeIsAAttnPagedKVType(kv));
    CHECK(mlirAttnPagedKVTypeGetPageSize(kv) == 16);
    CHECK(mlirAttnPagedKVTypeGetNumHeads(kv) == 8);
    mlirModuleDestroy(module);
  }

  /* The passes by name and as objects. */
  mlirAttnRegisterPipelines();
  mlirAttnRegisterPipelines(); /* idempotent */
  MlirPass plan = mlirCreateAttnAttnPlan();
  CHECK(plan.ptr != NULL);
  MlirPassManager pm = mlirPassManagerCreate(ctx);
  mlirPassManagerAddOwnedPass(pm, plan);
  Buffer error = {NULL, 0};
  CHECK(mlirLogicalResultIsSuccess(mlirParsePassPipeline(
      mlirPassManagerGetAsOpPassManager(pm),
      mlirStringRefCreateFromCString("builtin.module(attn-outline)"), appendToBuffer, &error)));
  mlirPassManagerDestroy(pm);

  /* Bad options fail cleanly with a message. */
  pm = mlirPassManagerCreate(ctx);
  CHECK(mlirLogicalResultIsFailure(mlirAttnBuildToNVVMPipeline(
      mlirPassManagerGetAsOpPassManager(pm), mlirStringRefCreateFromCString("no-such-option=1"),
      appendToBuffer, &error)));
  CHECK(error.data && strstr(error.data, "no-such-option"));
  clearBuffer(&error);
  mlirPassManagerDestroy(pm);

  /* attn-to-nvvm for sm_80: kernels in the NVVM/LLVM dialects inside gpu.modules. */
  const char *const nvvmHas[] = {"gpu.module @", "#nvvm.target<", "chip = \"sm_80\"", "llvm.func @",
                                 NULL};
  const char *const nvvmLacks[] = {"attn.attention", NULL};
  checkPipelineOutput(ctx, source, mlirAttnBuildToNVVMPipeline, "sm=80", nvvmHas, nvvmLacks);

  /* attn-to-cubin with PTX output (no ptxas needed): gpu.binary ops holding PTX. */
  const char *const ptxHas[] = {"gpu.binary @", ".target sm_90a", NULL};
  const char *const ptxLacks[] = {"gpu.module", NULL};
  checkPipelineOutput(ctx, source, mlirAttnBuildToCubinPipeline, "sm=90 format=isa", ptxHas,
                      ptxLacks);
  free(source);
}

/* A host function over constant indptrs: attn-to-host launches its kernel itself. */
static const char *kHostSource =
    "memref.global \"private\" constant @qi : memref<3xi32> = dense<[0, 1, 2]>\n"
    "memref.global \"private\" constant @ki : memref<3xi32> = dense<[0, 64, 128]>\n"
    "func.func @f(%q: memref<2x2x64xf16>, %k: memref<128x2x64xf16>, %o: memref<2x2x64xf16>) {\n"
    "  %qi = memref.get_global @qi : memref<3xi32>\n"
    "  %ki = memref.get_global @ki : memref<3xi32>\n"
    "  %kv = attn.ragged_kv k(%k : memref<128x2x64xf16>) v(%k : memref<128x2x64xf16>)\n"
    "          indptr(%ki : memref<3xi32>)\n"
    "          : !attn.ragged_kv<num_heads = 2, head_dim = 64, element_type = f16>\n"
    "  attn.attention q(%q : memref<2x2x64xf16>) qo_indptr(%qi : memref<3xi32>)\n"
    "      kv(%kv : !attn.ragged_kv<num_heads = 2, head_dim = 64, element_type = f16>)\n"
    "      outs(%o : memref<2x2x64xf16>) {mask = #attn.mask<none>}\n"
    "  return\n"
    "}\n";

/* attn-raise as a pass object and attn-to-host by its builder. */
static void testRaiseAndHost(MlirContext ctx) {
  MlirPass raise = mlirCreateAttnAttnRaise();
  CHECK(raise.ptr != NULL);
  MlirPassManager pm = mlirPassManagerCreate(ctx);
  mlirPassManagerAddOwnedPass(pm, raise);
  mlirPassManagerDestroy(pm);

  const char *const hostHas[] = {"gpu.binary @f_kernels", "gpu.launch_func",
                                 "llvm.call @mgpuStreamCreate", NULL};
  const char *const hostLacks[] = {"attn.", NULL};
  checkPipelineOutput(ctx, kHostSource, mlirAttnBuildToHostPipeline, "sm=80 format=isa", hostHas,
                      hostLacks);
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s examples/llama3_8b_decode.mlir\n", argv[0]);
    return 2;
  }
  MlirDialectRegistry registry = mlirDialectRegistryCreate();
  mlirAttnRegisterCompilerDialects(registry);
  MlirContext ctx = mlirContextCreateWithRegistry(registry, /*threadingEnabled=*/false);
  mlirDialectRegistryDestroy(registry);
  /* The handle loads the dialect on its own too. */
  MlirDialect attn = mlirDialectHandleLoadDialect(mlirGetDialectHandle__attn__(), ctx);
  CHECK(!mlirDialectIsNull(attn));
  CHECK(mlirStringRefEqual(mlirDialectGetNamespace(attn), mlirStringRefCreateFromCString("attn")));

  Buffer diagnostics = {NULL, 0};
  mlirContextAttachDiagnosticHandler(ctx, collectDiagnostic, &diagnostics, NULL);
  testTypes(ctx, &diagnostics);
  testAttributes(ctx, &diagnostics);
  testPipelines(ctx, argv[1]);
  testRaiseAndHost(ctx);
  clearBuffer(&diagnostics);
  mlirContextDestroy(ctx);
  if (failures) {
    fprintf(stderr, "%d check(s) failed\n", failures);
    return 1;
  }
  printf("attn C API: all checks passed\n");
  return 0;
}
