/* capi.c - a C host compiler using attn-mlir through its C API only.
 *
 * Parses the attn IR file given on the command line, reads the KV cache type of its first
 * attn.paged_kv op, and lowers the module with attn-to-nvvm. */
#include "attn-c/Dialect/Attn.h"
#include "attn-c/Pipelines.h"

#include "mlir-c/IR.h"
#include "mlir-c/Pass.h"
#include "mlir-c/Support.h"

#include <stdio.h>
#include <stdlib.h>

static void printToStderr(MlirStringRef text, void *userData) {
  (void)userData;
  fwrite(text.data, 1, text.length, stderr);
}

/* The first op named `name` in `op` or nested in it (a null op if none). */
static MlirOperation findOp(MlirOperation op, MlirStringRef name) {
  if (mlirStringRefEqual(mlirIdentifierStr(mlirOperationGetName(op)), name))
    return op;
  for (intptr_t r = 0; r < mlirOperationGetNumRegions(op); ++r)
    for (MlirBlock b = mlirRegionGetFirstBlock(mlirOperationGetRegion(op, r));
         !mlirBlockIsNull(b); b = mlirBlockGetNextInRegion(b))
      for (MlirOperation o = mlirBlockGetFirstOperation(b); !mlirOperationIsNull(o);
           o = mlirOperationGetNextInBlock(o)) {
        MlirOperation found = findOp(o, name);
        if (!mlirOperationIsNull(found))
          return found;
      }
  return (MlirOperation){NULL};
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: attn-downstream-c <attn IR file>\n");
    return 2;
  }
  FILE *f = fopen(argv[1], "rb");
  if (!f) {
    perror(argv[1]);
    return 1;
  }
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *text = malloc((size_t)n + 1);
  if (!text || fread(text, 1, (size_t)n, f) != (size_t)n) {
    fclose(f);
    return 1;
  }
  text[n] = '\0';
  fclose(f);

  MlirDialectRegistry registry = mlirDialectRegistryCreate();
  mlirAttnRegisterCompilerDialects(registry);
  MlirContext ctx = mlirContextCreateWithRegistry(registry, false);
  mlirDialectRegistryDestroy(registry);
  MlirModule module = mlirModuleCreateParse(ctx, mlirStringRefCreateFromCString(text));
  free(text);
  int rc = 1;
  if (!mlirModuleIsNull(module)) {
    MlirOperation kv = findOp(mlirModuleGetOperation(module),
                              mlirStringRefCreateFromCString("attn.paged_kv"));
    if (!mlirOperationIsNull(kv)) {
      MlirType t = mlirValueGetType(mlirOperationGetResult(kv, 0));
      printf("paged KV cache: page_size %lld, %lld heads of %lld\n",
             (long long)mlirAttnPagedKVTypeGetPageSize(t),
             (long long)mlirAttnPagedKVTypeGetNumHeads(t),
             (long long)mlirAttnPagedKVTypeGetHeadDim(t));
    }
    MlirPassManager pm = mlirPassManagerCreate(ctx);
    if (mlirLogicalResultIsSuccess(mlirAttnBuildToNVVMPipeline(
            mlirPassManagerGetAsOpPassManager(pm), mlirStringRefCreateFromCString("sm=80"),
            printToStderr, NULL)) &&
        mlirLogicalResultIsSuccess(mlirPassManagerRunOnOp(pm, mlirModuleGetOperation(module))) &&
        !mlirOperationIsNull(findOp(mlirModuleGetOperation(module),
                                    mlirStringRefCreateFromCString("gpu.module")))) {
      printf("attn-to-nvvm through the C API: ok\n");
      rc = 0;
    }
    mlirPassManagerDestroy(pm);
    mlirModuleDestroy(module);
  }
  mlirContextDestroy(ctx);
  return rc;
}
