/*===- CApiTest.c - attn_rt.h compiles as C and works from C -------------===*/
/* Built as a C99 program (not C++) and run by ctest: exit code 0 = pass.    */
#include "attn-rt/attn_rt.h"

#include <stdio.h>
#include <string.h>

static int failures = 0;
#define CHECK(cond)                                                         \
  do {                                                                      \
    if (!(cond)) {                                                          \
      fprintf(stderr, "%s:%d: check failed: %s (last error: %s)\n", __FILE__, \
              __LINE__, #cond, attnGetLastError());                         \
      ++failures;                                                           \
    }                                                                       \
  } while (0)

int main(void) {
  size_t int_bytes = 0, float_bytes = 0;
  attn_bundle_t bundle = NULL;
  attn_decode_config_t config;
  attn_prefill_config_t prefill_config;
  attn_prefill_args_t prefill_args;
  int32_t indptr[2] = {0, 1};
  attn_status_t st;

  st = attnDecodeWorkspaceSize(64, 256, 32, 128, &int_bytes, &float_bytes);
  CHECK(st == ATTN_SUCCESS);
  CHECK(int_bytes > 0 && int_bytes % 128 == 0);
  CHECK(float_bytes >= (size_t)256 * 32 * 128 * 4);

  st = attnDecodeWorkspaceSize(0, 256, 32, 128, &int_bytes, &float_bytes);
  CHECK(st == ATTN_ERROR_INVALID_ARGUMENT);
  CHECK(strcmp(attnGetLastError(), "max_batch (0) is out of range [1, 16777216]") == 0);
  CHECK(strcmp(attnStatusName(st), "invalid_argument") == 0);

  st = attnBundleLoad("/nonexistent/bundle", &bundle);
  CHECK(st == ATTN_ERROR_NOT_FOUND);
  CHECK(bundle == NULL);
  CHECK(attnBundleNumKernels(NULL) == 0);

  attnDecodeConfigInit(&config);
  CHECK(config.layout == ATTN_LAYOUT_NHD && config.max_batch == 0);
  attnBundleFree(NULL);
  attnDecodeFree(NULL);

  st = attnPrefillWorkspaceSize(4096, 512, 1024, 32, 128, &int_bytes, &float_bytes);
  CHECK(st == ATTN_SUCCESS);
  CHECK(int_bytes > 0 && int_bytes % 128 == 0);
  CHECK(float_bytes >= (size_t)1024 * 32 * 128 * 4);
  st = attnPrefillWorkspaceSize(4096, 512, 0, 32, 128, &int_bytes, &float_bytes);
  CHECK(st == ATTN_SUCCESS && float_bytes == 0);
  attnPrefillConfigInit(&prefill_config);
  CHECK(prefill_config.page_size == 0 && prefill_config.max_qo_tokens == 0);
  CHECK(attnPrefillPlan(NULL, 1, indptr, indptr, NULL, NULL) == ATTN_ERROR_INVALID_ARGUMENT);
  CHECK(strcmp(attnGetLastError(), "prefill is null") == 0);
  memset(&prefill_args, 0, sizeof(prefill_args));
  prefill_args.custom_mask = 0;
  prefill_args.rope_offsets = 0;
  CHECK(attnPrefillRun(NULL, &prefill_args, NULL) == ATTN_ERROR_INVALID_ARGUMENT);
  CHECK(attnPrefillGetKernelIndex(NULL, NULL) == ATTN_ERROR_INVALID_ARGUMENT);
  CHECK((ATTN_OPERAND_CUSTOM_MASK | ATTN_OPERAND_ROPE_OFFSETS) == 0x21u &&
        ATTN_MASK_BLOCK_SPARSE == 4);
  CHECK(attnPrefillGetPlanInfo(NULL, NULL, NULL, NULL, NULL) == ATTN_ERROR_INVALID_ARGUMENT);
  attnPrefillFree(NULL);

  if (failures == 0)
    printf("attn_rt C API test passed\n");
  return failures == 0 ? 0 : 1;
}
