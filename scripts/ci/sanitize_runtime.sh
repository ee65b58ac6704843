#!/usr/bin/env bash
# The runtime and its tests under AddressSanitizer + UndefinedBehaviorSanitizer (clang-22,
# runtime only, no MLIR), with the libFuzzer targets built too and run for a bounded time
# each from their seed corpora (docs/ROBUSTNESS.md). Any sanitizer report fails the run
# (-fno-sanitize-recover=all). About 2.5-4 minutes on 2 cores: the build, then 30 s of fuzzing.
#   SANITIZE_BUILD_DIR  build directory (default build-asan; not BUILD_DIR, which .ci/run
#                       exports for the main build)
#   FUZZ_SECONDS        seconds per fuzzer under ctest (default 30; 0 skips the fuzz runs)
#   BUILD_ONLY=1        configure and build, run nothing (scripts/fuzz_campaign_runtime.sh)
#   GCC_ASAN=1          also build and run the unit and fake-driver tests with GCC's ASan +
#                       UBSan (in <build dir>-gcc; 3-5 more minutes). GCC keeps constant
#                       initializer_list arrays on the stack where clang makes them global,
#                       so some lifetime bugs only show there (issue 18's merge crash).
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/packages.sh
BUILD_DIR=${SANITIZE_BUILD_DIR:-build-asan}
FUZZ_SECONDS=${FUZZ_SECONDS:-30}

# The sanitizer and libFuzzer runtimes of clang 22.
packages=(clang-22 libclang-rt-22-dev nlohmann-json3-dev libgtest-dev cmake ninja-build)
ensure_packages "${packages[@]}"

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
san="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
echo "== configuring $BUILD_DIR (ASan + UBSan, fuzzers)"
cmake -G Ninja -S . -B "$BUILD_DIR" -DATTN_ENABLE_COMPILER=OFF -DATTN_RT_FUZZERS=ON \
  -DATTN_RT_FUZZ_SECONDS="$FUZZ_SECONDS" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
  -DCMAKE_C_FLAGS="$san" -DCMAKE_CXX_FLAGS="$san" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
  -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=address,undefined" \
  "${launcher[@]}" >/dev/null
echo "== building $BUILD_DIR"
cmake --build "$BUILD_DIR" -j "$(nproc)"
[ "${BUILD_ONLY:-0}" = 1 ] && exit 0

# detect_leaks: LeakSanitizer at exit of every test program; halt_on_error with the
# -fno-sanitize-recover build makes any report a failing test.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1:halt_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# The Python tests load the uninstrumented interpreter: not run here (scripts/test.sh runs them).
exclude="attn-python"
if [ "$FUZZ_SECONDS" = 0 ]; then
  exclude="$exclude|attn-rt-fuzz-"
fi
echo "== ctest $BUILD_DIR (fuzzers: ${FUZZ_SECONDS}s each)"
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)" -E "$exclude"

if [ "${GCC_ASAN:-0}" = 1 ]; then
  gcc_dir=$BUILD_DIR-gcc
  echo "== configuring $gcc_dir (GCC ASan + UBSan)"
  cmake -G Ninja -S . -B "$gcc_dir" -DATTN_ENABLE_COMPILER=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=gcc -DCMAKE_CXX_COMPILER=g++ \
    -DCMAKE_C_FLAGS="$san" -DCMAKE_CXX_FLAGS="$san" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=address,undefined" \
    "${launcher[@]}" >/dev/null
  cmake --build "$gcc_dir" -j "$(nproc)" --target AttnRuntimeTests AttnRuntimeFakeDriverTests \
    AttnRuntimeCascadeTests AttnRuntimeMultiDeviceTests
  "$gcc_dir/bin/AttnRuntimeTests" --gtest_brief=1
  "$gcc_dir/bin/AttnRuntimeFakeDriverTests" --gtest_brief=1
  "$gcc_dir/bin/AttnRuntimeCascadeTests" --gtest_brief=1
  "$gcc_dir/bin/AttnRuntimeMultiDeviceTests" --gtest_brief=1
fi
