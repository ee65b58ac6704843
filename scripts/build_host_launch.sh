#!/usr/bin/env bash
# Builds the host-launch check program on THIS machine (it has MLIR; the GPU machine has none):
#   OUTDIR/attn-host-launch   tests/gpu/host_launch/attention.mlir (attention in linalg on
#                             tensors) raised by attn-raise, bufferized, compiled by attn-to-host
#                             into host code that launches the kernels with gpu.launch_func, then
#                             mlir-translate -> LLVM IR -> object, linked with the float64
#                             driver (driver.cpp) and the mgpu* wrappers (mgpu_shim.cpp, on the
#                             CUDA driver API, dlopen'ed). Needs only libcuda.so.1 at run time.
#   OUTDIR/attn-host-launch-split  the same with host-kv-chunk=64: requests split into chunks
#                             of 64 keys, partial states merged by the merge kernel
#   OUTDIR/<name>.mlir, .ll   the host modules before and after translation (for inspection)
# Usage: scripts/build_host_launch.sh OUTDIR
# Env: BUILD_DIR (default build; attn-opt is taken from it), SM (default 90), FORMAT (bin:
#   cubin, default; isa: PTX, JIT-compiled at load), MLIR_TRANSLATE, CC (clang-22), CXX
#   (clang++-22), CUDA_INCLUDE (directory of cuda.h; default: the toolkit's include).
set -euo pipefail

OUTDIR=${1:?usage: scripts/build_host_launch.sh OUTDIR}
REPO=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$REPO/build}
SM=${SM:-90}
FORMAT=${FORMAT:-bin}
CC=${CC:-clang-22}
CXX=${CXX:-clang++-22}
MLIR_TRANSLATE=${MLIR_TRANSLATE:-$(command -v mlir-translate-22 || echo /usr/lib/llvm-22/bin/mlir-translate)}
SRC=$REPO/tests/gpu/host_launch
note() { printf '[build_host_launch] %s\n' "$*" >&2; }

if [ -z "${CUDA_INCLUDE:-}" ]; then
  for dir in "${CUDA_HOME:-/usr/local/cuda}/include" /usr/local/include /usr/include; do
    if [ -f "$dir/cuda.h" ]; then CUDA_INCLUDE=$dir; break; fi
  done
fi
[ -n "${CUDA_INCLUDE:-}" ] || { note "no cuda.h found (set CUDA_INCLUDE)"; exit 1; }
[ -x "$BUILD_DIR/bin/attn-opt" ] || { note "no $BUILD_DIR/bin/attn-opt (build the project first)"; exit 1; }

mkdir -p "$OUTDIR"
# name, host-kv-chunk, expected launches, prefill-mma: whole requests (2 attention kernels, sm
# 90's default prefill kernel), and requests split into chunks of 64 keys (2 attention + 2
# merge kernels; the causal prefill's second chunk has no visible key for the first 64
# queries). Chunks are whole KV tiles: the split build keeps the mma.sync prefill kernel, whose
# 64-key tiles split the 128-key prefill (the wgmma kernel's 128-key tiles would not).
for config in "attn-host-launch 0 2 auto" "attn-host-launch-split 64 4 mma-sync"; do
  read -r name chunk expected mma <<<"$config"
  # Identity layouts at function boundaries: attn-outline takes only identity-layout buffers.
  "$BUILD_DIR/bin/attn-opt" "$SRC/attention.mlir" -attn-raise=emit-remarks -canonicalize \
    -one-shot-bufferize="bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map" \
    -canonicalize -attn-to-host="sm=$SM format=$FORMAT host-kv-chunk=$chunk prefill-mma=$mma" -o "$OUTDIR/$name.mlir"
  "$MLIR_TRANSLATE" --mlir-to-llvmir "$OUTDIR/$name.mlir" -o "$OUTDIR/$name.ll"
  # Both functions must have been raised and launched (else host linalg would remain).
  launches=$(grep -c 'call void @mgpuLaunchKernel' "$OUTDIR/$name.ll" || true)
  [ "$launches" -eq "$expected" ] ||
    { note "expected $expected kernel launches in $name.ll, found $launches"; exit 1; }
  "$CC" -O2 -fPIC -Wno-override-module -c "$OUTDIR/$name.ll" -o "$OUTDIR/$name.o"
  "$CXX" -std=c++17 -O2 -Wall -Wextra -Werror -I"$CUDA_INCLUDE" \
    "$SRC/driver.cpp" "$SRC/mgpu_shim.cpp" "$OUTDIR/$name.o" -ldl -o "$OUTDIR/$name"
  rm -f "$OUTDIR/$name.o"
  note "built $OUTDIR/$name (sm=$SM format=$FORMAT host-kv-chunk=$chunk)"
done
