#!/usr/bin/env bash
# Builds the runtime-only wheel from the repository root (pip wheel ., scikit-build-core), installs
# it into a fresh venv and checks, on a CPU machine: libattn_rt.so is in the wheel, `import
# attn_mlir` works and opens the packaged library, and a GPU op fails with a clear error.
# Usage: scripts/check_wheel.sh [WORKDIR]   (default build/wheel-check; the CMake build dir
# build/skbuild-* is reused between runs, and ccache is used when installed).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${1:-$ROOT/build/wheel-check}
PY=${PYTHON:-python3}
rm -rf "$WORK/dist" "$WORK/venv"
mkdir -p "$WORK/dist"
"$PY" -c "import scikit_build_core" 2>/dev/null || "$PY" -m pip install -q "scikit-build-core>=0.10"
args=()
if command -v ccache >/dev/null; then
  export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$ROOT}
  args+=(-C cmake.define.CMAKE_CXX_COMPILER_LAUNCHER=ccache -C cmake.define.CMAKE_C_COMPILER_LAUNCHER=ccache)
fi
# No build isolation: no download of the build backend per run (it is installed above).
(cd "$ROOT" && "$PY" -m pip wheel . --no-build-isolation --no-deps -q -w "$WORK/dist" "${args[@]}")
WHEEL=$(ls "$WORK"/dist/attn_mlir-*.whl)
echo "wheel: $WHEEL"
"$PY" -m zipfile -l "$WHEEL" | tee "$WORK/files.txt"
for f in attn_mlir/libattn_rt.so attn_mlir/__init__.py attn_mlir/jit.py attn_mlir/_irgen.py \
         attn_mlir-0.1.0.dist-info/licenses/LICENSE; do
  grep -q "^$f " "$WORK/files.txt" || { echo "FAIL: $f is not in the wheel"; exit 1; }
done
"$PY" -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install -q --no-index --no-deps "$WHEEL"
cd "$WORK"  # not the source tree: the installed package must be the one imported
env -u ATTN_RT_LIBRARY -u PYTHONPATH "$WORK/venv/bin/python" - <<'PY'
import os
import attn_mlir
pkg = os.path.dirname(attn_mlir.__file__)
assert "site-packages" in pkg, pkg
lib = attn_mlir.load_library()
assert lib._name == os.path.join(pkg, "libattn_rt.so"), lib._name
assert attn_mlir.runtime_library_path() == os.path.join(pkg, "libattn_rt.so")
from attn_mlir import jit
assert jit.cache_dir()
# A GPU op on a machine without PyTorch: a clear ImportError naming the op, not a crash.
try:
    import torch  # noqa: F401
except ImportError:
    try:
        attn_mlir.AppendPagedKV(None)
    except ImportError as e:
        print("GPU op error:", e)
        assert "AppendPagedKV" in str(e) and "PyTorch" in str(e), e
    else:
        raise AssertionError("AppendPagedKV without torch did not fail")
print("import attn_mlir: OK from", pkg)
PY
echo "PASS"
