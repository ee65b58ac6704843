#!/usr/bin/env bash
# Builds attn-mlir with GCC (g++ 12, linked with lld) and runs the lit suite: code whose
# behaviour depends on the host compiler (an unspecified evaluation order, say) shows up as a
# lit failure here. Precompiled headers are off (GCC's are large and gain little here).
# With REFERENCE_COMPILE, an attn-compile built by Clang, every decode, prefill, cascade,
# ops and sampling (one-CTA and cluster) kernel must then also give byte-identical PTX from
# both builds (scripts/ptx_identity.sh; a few minutes): lit checks only parts of the emitted
# IR.
# Usage: scripts/ci/gcc_build.sh [BUILD_DIR]   (default build-gcc)
# Env: JOBS (default 2), CXX (default g++-12, else g++), CC likewise, MLIR_DIR (default
#   /usr/lib/llvm-22/lib/cmake/mlir), REFERENCE_COMPILE (default: no PTX comparison),
#   PTX_FAMILIES (default "decode prefill cascade ops sampling sampling_cluster": the variant
#   families compared; a few variants, the cluster kernels among them, fail the same way for
#   sm_80 with both).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$REPO/build-gcc}
JOBS=${JOBS:-2}
CXX=${CXX:-$(command -v g++-12 || command -v g++)}
CC=${CC:-$(command -v gcc-12 || command -v gcc)}
LAUNCHER=()
command -v ccache >/dev/null && LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

cmake -S "$REPO" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DMLIR_DIR="${MLIR_DIR:-/usr/lib/llvm-22/lib/cmake/mlir}" \
  -DCMAKE_C_COMPILER="$CC" -DCMAKE_CXX_COMPILER="$CXX" -DLLVM_USE_LINKER=lld \
  -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON "${LAUNCHER[@]}"
cmake --build "$BUILD" -j "$JOBS" --target attn-opt attn-compile
LIT=$(sed -n 's/^LLVM_EXTERNAL_LIT:[A-Z]*=//p' "$BUILD/CMakeCache.txt")
"${LIT:-lit}" -sv "$BUILD/test"
if [ -n "${REFERENCE_COMPILE:-}" ]; then
  FAMILIES=${PTX_FAMILIES:-decode prefill cascade ops sampling sampling_cluster} JOBS=$JOBS \
    "$REPO/scripts/ptx_identity.sh" "$REFERENCE_COMPILE" "$BUILD/bin/attn-compile"
  # The sm_90 prefill schedules that are not the default (the overlap's wgmma descriptors
  # once came out in another order from a GCC build): overlap + persistent CTAs, ping-pong
  # (both with the L2 sections' CTA mapping), TMA for paged caches too with the producer
  # started at once (early_kv).
  for schedule in "--prefill-mma=auto --warp-specialize --overlap --persistent --l2-sections" \
                  "--prefill-mma=wgmma --warp-specialize --pingpong --l2-sections" \
                  "--prefill-mma=auto --warp-specialize --tma --early-kv"; do
    echo "== PTX identity, prefill at sm 90 with $schedule"
    FAMILIES=prefill SMS=90 JOBS=$JOBS BOTH_ARGS="$schedule" \
      "$REPO/scripts/ptx_identity.sh" "$REFERENCE_COMPILE" "$BUILD/bin/attn-compile"
  done
fi
