#!/usr/bin/env bash
# attn-opt's libFuzzer target (fuzz/Opt, docs/ROBUSTNESS.md) under AddressSanitizer +
# UndefinedBehaviorSanitizer, run for a bounded time from its seed corpus (every test and
# example .mlir file, split at `// -----`). Builds only what the fuzzer links: the attn
# dialect, passes, conversion and pipeline libraries (coverage-instrumented) against the
# distribution's libMLIR. About 12-14 minutes on 2 cores from an empty build directory: the
# build, then OPT_FUZZ_SECONDS of fuzzing. Any sanitizer report or new crash fails the run;
# crashes of upstream MLIR listed in fuzz/known_upstream_crashes.txt are skipped.
#   OPT_FUZZ_BUILD_DIR  build directory (default build-fuzz-opt; not BUILD_DIR, which .ci/run
#                       exports for the main build)
#   OPT_FUZZ_SECONDS    seconds of fuzzing (default 300, about 110 of them for the seeds; 0
#                       builds only)
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/packages.sh
BUILD_DIR=${OPT_FUZZ_BUILD_DIR:-build-fuzz-opt}
SECONDS_TO_RUN=${OPT_FUZZ_SECONDS:-300}

# libFuzzer and the sanitizer runtimes of clang 22 are in libclang-rt-22-dev.
ensure_packages clang-22 lld-22 libclang-rt-22-dev libmlir-22-dev mlir-22-tools llvm-22-dev \
  libgtest-dev nlohmann-json3-dev cmake ninja-build python3

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
san="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
echo "== configuring $BUILD_DIR (ASan + UBSan, attn-opt-fuzz)"
cmake -G Ninja -S . -B "$BUILD_DIR" -DATTN_OPT_FUZZER=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir -DLLVM_USE_LINKER=lld \
  -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
  -DCMAKE_C_FLAGS="$san" -DCMAKE_CXX_FLAGS="$san" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
  -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=address,undefined" \
  -DATTN_OPT_FUZZ_SECONDS="$SECONDS_TO_RUN" "${launcher[@]}" >/dev/null
echo "== building attn-opt-fuzz in $BUILD_DIR"
cmake --build "$BUILD_DIR" -j "$(nproc)" --target attn-opt-fuzz
[ "$SECONDS_TO_RUN" = 0 ] && exit 0

# Leaks: the one MLIRContext of the process lives to its exit; LeakSanitizer still checks
# what each input leaves unreachable.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
echo "== attn-opt-fuzz for ${SECONDS_TO_RUN}s"
log="$BUILD_DIR/fuzz/Opt/ctest.log"
if ctest --test-dir "$BUILD_DIR" --output-on-failure -R '^attn-opt-fuzz$' 2>&1 | tee "$log"; then
  exit 0
fi
# A CI log is often read from its end: repeat the finding there, from the run's own report
# (a replay might not reproduce it), with the input libFuzzer wrote (crash-*, timeout-*,
# oom-* or leak-* in the test's working directory).
echo "== attn-opt-fuzz failed; its finding:"
grep -E 'SUMMARY|invariant broken|runtime error|ERROR: libFuzzer' "$log" | head -3 || true
grep -E '^ +#[0-9]+ 0x[0-9a-f]+ in ' "$log" |
  grep -v -E 'libFuzzer|fuzzer::|__sanitizer|__asan|__ubsan' | head -8 | sed -E 's/ \(.*\)$//' || true
found=0
for input in "$BUILD_DIR"/fuzz/Opt/{crash,timeout,oom,leak}-*; do
  [ -f "$input" ] || continue
  found=1
  echo "input $(basename "$input") ($(wc -c <"$input") bytes), base64:"
  head -c 3000 "$input" | base64 -w 0
  echo
done
[ $found = 1 ] || echo "no input written (a failure outside the fuzzing loop: see the output above)"
exit 1
