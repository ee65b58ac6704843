#!/usr/bin/env bash
# A longer fuzzing campaign of the runtime's libFuzzer targets (fuzz/, docs/ROBUSTNESS.md):
# builds the ASan + UBSan tree (scripts/ci/sanitize_runtime.sh, BUILD_ONLY=1), runs each
# target for a number of inputs from its seed corpus, and writes a markdown summary with
# the inputs tried, inputs per second, coverage and crashes to bench/results.
#   API_RUNS        C API sequences to run (default 120000)
#   MANIFEST_RUNS   manifest inputs to run (default 200000)
#   OUT             summary file (default bench/results/<date>-fuzz-runtime.md)
#   BUILD_DIR       sanitizer build (default build-asan)
# Crash inputs are kept as $BUILD_DIR/fuzz/campaign/crash-*; the script fails on any crash.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build-asan}
API_RUNS=${API_RUNS:-120000}
MANIFEST_RUNS=${MANIFEST_RUNS:-200000}
OUT=${OUT:-bench/results/$(date -u +%Y-%m-%d)-fuzz-runtime.md}

BUILD_DIR=$BUILD_DIR BUILD_ONLY=1 scripts/ci/sanitize_runtime.sh
campaign=$BUILD_DIR/fuzz/campaign
mkdir -p "$campaign"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

rows=()
failed=0
run() { # target runs extra-args...
  local target=$1 runs=$2
  shift 2
  local work=$campaign/corpus-$target log=$campaign/$target.log
  mkdir -p "$work"
  local start end rc=0
  start=$(date +%s.%N)
  "$BUILD_DIR/bin/attn-rt-fuzz-$target" -runs="$runs" -timeout=20 -rss_limit_mb=4096 \
    -print_final_stats=1 -artifact_prefix="$campaign/" "$@" "$work" \
    "fuzz/Runtime/corpus/$target" >"$log" 2>&1 || rc=$?
  end=$(date +%s.%N)
  local executed execs cov ft corpus crashes seconds
  executed=$(sed -n 's/^stat::number_executed_units: *//p' "$log" | tail -1)
  execs=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  corpus=$(find "$work" -type f | wc -l)
  crashes=$(find "$campaign" -maxdepth 1 -name 'crash-*' -o -maxdepth 1 -name 'leak-*' \
              -o -maxdepth 1 -name 'timeout-*' -o -maxdepth 1 -name 'oom-*' | wc -l)
  seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.0f", b - a }')
  [ "$rc" -ne 0 ] && failed=1
  rows+=("| attn-rt-fuzz-$target | ${executed:-?} | $seconds | ${execs:-?} | ${cov:-?} | ${ft:-?} | $corpus | $crashes | $rc |")
  echo "== $target: ${executed:-?} inputs in ${seconds}s (${execs:-?}/s), exit $rc"
}
run api "$API_RUNS"
run manifest "$MANIFEST_RUNS" -dict=fuzz/Runtime/manifest.dict

mkdir -p "$(dirname "$OUT")"
{
  echo "# Runtime fuzzing campaign, $(date -u +%Y-%m-%d)"
  echo
  echo "scripts/fuzz_campaign_runtime.sh on $(nproc) cores ($(uname -m)), clang-22 libFuzzer with"
  echo "AddressSanitizer + UndefinedBehaviorSanitizer (-fno-sanitize-recover=all) and"
  echo "LeakSanitizer, over the fake CUDA driver; commit $(git rev-parse --short HEAD)."
  echo "Seeds: fuzz/Runtime/corpus/<target>; one process per target."
  echo
  echo "| target | inputs run | seconds | inputs/s | edges (cov) | features (ft) | corpus | crashes | exit |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "attn-rt-fuzz-api: each input is a sequence of up to 64 C API calls (create, plan, run,"
  echo "query, free of decode, prefill, append_kv, rope, merge, and injected driver failures)."
  echo "attn-rt-fuzz-manifest: each input is a manifest (and cubin bytes), parsed, opened from"
  echo "memory, and every kernel of an accepted bundle loaded and created."
  echo "Crashes counts crash-, leak-, timeout- and oom- artifacts; 0 everywhere is the bar."
} >"$OUT"
echo "== summary: $OUT"
cat "$OUT"
exit $failed
