#!/usr/bin/env bash
# Builds a wheel from the repository root (pip wheel ., scikit-build-core), installs it into a
# fresh venv and checks it on a CPU machine, from outside the source tree and in a clean
# environment (env -i: no ATTN_* variables, no PYTHONPATH, HOME in WORKDIR); the checks are in
# scripts/wheel_checks.py.
#
# Default: the runtime-only wheel. libattn_rt.so is in the wheel, `import attn_mlir` works and
# opens the packaged library, and a GPU op fails with a clear error.
#
# --with-compiler: the wheel of ATTN_ENABLE_COMPILER=ON (LLVM/MLIR 22), built in its own build
# dir. The same checks, and: attn_mlir/bin/attn-compile is in the wheel, runs from the venv and
# is the compiler attn_mlir.jit finds; the prebuilt bundles (present when the build found a CUDA
# toolkit; --expect-prebuilt makes their absence a failure) are all packaged and a prebuilt
# problem is served without compiling; a problem not prebuilt is compiled on demand for sm_90a
# (ATTN_MLIR_SM=90; a cubin with the toolkit's ptxas, else PTX) into ~/.cache/attn-mlir; a
# second process finds it there without compiling (the attn_mlir.jit log), and so does a third
# one once the packaged compiler is gone.
#
# Usage: scripts/check_wheel.sh [--with-compiler [--expect-prebuilt]] [WORKDIR]
# WORKDIR defaults to build/wheel-check (build/wheel-check-compiler). The CMake build dir
# (build/skbuild-* or build/skbuild-compiler-*) is reused between runs, and ccache is used when
# installed.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
usage() { sed -n '/^# Usage/p' "$0" >&2; exit 2; }
with_compiler=0 expect_prebuilt=0
while [ $# -gt 0 ]; do
  case $1 in
    --with-compiler) with_compiler=1 ;;
    --expect-prebuilt) expect_prebuilt=1 ;;
    -*) usage ;;
    *) break ;;
  esac
  shift
done
[ $# -le 1 ] || usage
if [ $with_compiler = 1 ]; then
  WORK=${1:-$ROOT/build/wheel-check-compiler}
else
  WORK=${1:-$ROOT/build/wheel-check}
fi
PY=${PYTHON:-python3}
CHECKS=$ROOT/scripts/wheel_checks.py
rm -rf "${WORK:?}/dist" "${WORK:?}/venv" "${WORK:?}/home"
mkdir -p "$WORK/dist" "$WORK/home"
"$PY" -c "import scikit_build_core" 2>/dev/null || "$PY" -m pip install -q "scikit-build-core>=0.10"

# The wheel. The option is always given so that an ATTN_MLIR_WITH_COMPILER in the caller's
# environment does not change which wheel is checked.
args=()
if [ $with_compiler = 1 ]; then
  # Its own build dir: switching ATTN_ENABLE_COMPILER in one dir rebuilds the runtime each time.
  args+=(-C cmake.define.ATTN_ENABLE_COMPILER=ON -C "build-dir=build/skbuild-compiler-{wheel_tag}")
else
  args+=(-C cmake.define.ATTN_ENABLE_COMPILER=OFF)
fi
if command -v ccache >/dev/null; then
  export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$ROOT}
  args+=(-C cmake.define.CMAKE_CXX_COMPILER_LAUNCHER=ccache -C cmake.define.CMAKE_C_COMPILER_LAUNCHER=ccache)
fi
start=$SECONDS
# No build isolation: no download of the build backend per run (it is installed above).
(cd "$ROOT" && "$PY" -m pip wheel . --no-build-isolation --no-deps -q -w "$WORK/dist" "${args[@]}")
echo "wheel built in $((SECONDS - start)) s"
WHEEL=$(ls "$WORK"/dist/attn_mlir-*.whl)
echo "wheel: $WHEEL ($(du -k "$WHEEL" | cut -f1) KiB)"
"$PY" -m zipfile -l "$WHEEL" > "$WORK/files.txt"
grep -v '^attn_mlir/prebuilt/' "$WORK/files.txt"
echo "attn_mlir/prebuilt/: $(grep -c '^attn_mlir/prebuilt/' "$WORK/files.txt" || true) files"
expected=(attn_mlir/libattn_rt.so attn_mlir/__init__.py attn_mlir/jit.py attn_mlir/_irgen.py
          attn_mlir-0.1.0.dist-info/licenses/LICENSE)
[ $with_compiler = 1 ] && expected+=(attn_mlir/bin/attn-compile)
for f in "${expected[@]}"; do
  grep -q "^$f " "$WORK/files.txt" || { echo "FAIL: $f is not in the wheel"; exit 1; }
done
if [ $with_compiler = 0 ] && grep -q '^attn_mlir/bin/' "$WORK/files.txt"; then
  echo "FAIL: the runtime-only wheel has attn_mlir/bin/"; exit 1
fi

"$PY" -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install -q --no-index --no-deps "$WHEEL"
cd "$WORK"  # not the source tree: the installed package must be the one imported
# A user's shell with nothing of this build in it: no ATTN_*, PYTHONPATH or build tree on PATH;
# sm 90 for the compiler (no GPU here).
check() {
  env -i HOME="$WORK/home" PATH=/usr/bin:/bin LANG=C.UTF-8 ATTN_MLIR_SM=90 \
    "$WORK/venv/bin/python" "$CHECKS" "$@"
}
check runtime
if [ $with_compiler = 1 ]; then
  pkg=$(env -i "$WORK/venv/bin/python" -c \
        "import os, attn_mlir; print(os.path.dirname(attn_mlir.__file__))")
  cc=$pkg/bin/attn-compile
  # Installed, it must load from the system's LLVM, not from this build tree.
  if command -v readelf >/dev/null && readelf -d "$cc" | grep PATH | grep -qF "$ROOT"; then
    echo "FAIL: $cc has an RPATH into the build tree:"; readelf -d "$cc" | grep PATH; exit 1
  fi
  start=$SECONDS
  check compiler "$WORK/files.txt" "$WORK/state.json" $expect_prebuilt
  check cached "$WORK/state.json"
  chmod a-x "$cc"
  check no-compiler "$WORK/state.json"
  chmod a+x "$cc"
  echo "compiler checks in $((SECONDS - start)) s"
fi
echo "PASS"
