#!/usr/bin/env bash
# Installs what attn-mlir needs on a fresh Debian 12 machine (as root or with sudo) and
# configures + builds it into ${BUILD_DIR:-build}. Idempotent: packages already present are not
# fetched again and an existing build directory is reused.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/packages.sh

packages=(libmlir-22-dev mlir-22-tools llvm-22-dev clang-22 lld-22 nlohmann-json3-dev
          libgtest-dev libgmock-dev cmake ninja-build python3 python3-venv)
ensure_packages "${packages[@]}"

# pytest runs the Python package's CPU tests under ctest.
python3 -m pytest --version >/dev/null 2>&1 || python3 -m pip install -q pytest
# scikit-build-core builds the wheel in the attn-python-wheel test (scripts/check_wheel.sh).
python3 -c "import scikit_build_core" 2>/dev/null || python3 -m pip install -q "scikit-build-core>=0.10"

BUILD_DIR=${BUILD_DIR:-build}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  echo "== configuring $BUILD_DIR"
  cmake -G Ninja -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release \
    -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir \
    -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 -DLLVM_USE_LINKER=lld \
    "${launcher[@]}"
fi
echo "== building $BUILD_DIR"
cmake --build "$BUILD_DIR" -j "$(nproc)"
