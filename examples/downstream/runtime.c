/* runtime.c - a host program using libattn_rt through its C API only.
 *
 * Loads the bundle directory given on the command line; without one (or without a GPU) it
 * checks that a missing bundle is reported by name, which needs neither. */
#include "attn-rt/attn_rt.h"

#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
  const char *dir = argc > 1 ? argv[1] : "/nonexistent/attn-bundle";
  attn_bundle_t bundle = NULL;
  attn_status_t st = attnBundleLoad(dir, &bundle);
  if (st != ATTN_SUCCESS) {
    printf("attnBundleLoad: %s: %s\n", attnStatusName(st), attnGetLastError());
    return argc > 1 || strstr(attnGetLastError(), dir) == NULL ? 1 : 0;
  }
  printf("%s: %d kernel(s)\n", dir, (int)attnBundleNumKernels(bundle));
  attnBundleFree(bundle);
  return 0;
}
