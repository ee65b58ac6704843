#!/usr/bin/env bash
# A longer fuzzing campaign of the runtime's libFuzzer targets (fuzz/, docs/ROBUSTNESS.md):
# builds the ASan + UBSan tree (scripts/ci/sanitize_runtime.sh, BUILD_ONLY=1), runs each
# target for a number of inputs from its seed corpus, and writes a markdown summary with
# the inputs tried, inputs per second, coverage and crashes to bench/results.
#   API_RUNS        C API sequences to run (default 120000)
#   MANIFEST_RUNS   manifest inputs to run (default 600000)
#   SUMMARY             summary file (default bench/results/<date>-fuzz-runtime.md)
#   SANITIZE_BUILD_DIR  sanitizer build (default build-asan)
#   REPORT_ONLY=1   write the summary from the logs of the last campaign, run nothing
# Crash inputs are kept as <build>/fuzz/campaign/crash-*; the script fails on any crash.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${SANITIZE_BUILD_DIR:-build-asan}
API_RUNS=${API_RUNS:-120000}
MANIFEST_RUNS=${MANIFEST_RUNS:-600000}
SUMMARY=${SUMMARY:-bench/results/$(date -u +%Y-%m-%d)-fuzz-runtime.md}
campaign=$BUILD_DIR/fuzz/campaign
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

run() { # target runs extra-args...: one libFuzzer process, log in $campaign/<target>.log
  local target=$1 runs=$2 rc=0
  shift 2
  mkdir -p "$campaign/corpus-$target"
  "$BUILD_DIR/bin/attn-rt-fuzz-$target" -runs="$runs" -timeout=20 -rss_limit_mb=4096 \
    -print_final_stats=1 -artifact_prefix="$campaign/" "$@" "$campaign/corpus-$target" \
    "fuzz/Runtime/corpus/$target" >"$campaign/$target.log" 2>&1 || rc=$?
  echo "$rc" >"$campaign/$target.exit"
  echo "== $target: exit $rc ($(grep '^Done' "$campaign/$target.log" | tail -1))"
}

if [ "${REPORT_ONLY:-0}" != 1 ]; then
  SANITIZE_BUILD_DIR=$BUILD_DIR BUILD_ONLY=1 scripts/ci/sanitize_runtime.sh
  mkdir -p "$campaign"
  rm -f "$campaign"/crash-* "$campaign"/leak-* "$campaign"/timeout-* "$campaign"/oom-*
  git rev-parse --short HEAD >"$campaign/commit"
  run api "$API_RUNS" -len_control=0 -max_len=512
  run manifest "$MANIFEST_RUNS" -dict=fuzz/Runtime/manifest.dict
fi

row() { # target: one table row from its log
  local target=$1 log=$campaign/$1.log
  local executed seconds rate cov ft corpus rc
  executed=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  seconds=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
  rate=$(awk -v n="${executed:-0}" -v s="${seconds:-0}" \
    'BEGIN { if (s > 0) printf "%.0f", n / s; else printf "?" }')
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  corpus=$(find "$campaign/corpus-$target" -type f | wc -l)
  rc=$(cat "$campaign/$target.exit" 2>/dev/null || echo "?")
  echo "| attn-rt-fuzz-$target | ${executed:-?} | ${seconds:-?} | $rate | ${cov:-?} | ${ft:-?} | $corpus | $rc |"
}
crashes=$(find "$campaign" -maxdepth 1 \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' \
            -o -name 'oom-*' \) | wc -l)

mkdir -p "$(dirname "$SUMMARY")"
{
  echo "# Runtime fuzzing campaign, $(date -u +%Y-%m-%d)"
  echo
  echo "\`scripts/fuzz_campaign_runtime.sh\` on $(nproc) shared cores ($(uname -m)), clang-22 libFuzzer"
  echo "with AddressSanitizer + UndefinedBehaviorSanitizer (-fno-sanitize-recover=all) and"
  echo "LeakSanitizer, over the fake CUDA driver (docs/ROBUSTNESS.md); source at commit"
  echo "$(cat "$campaign/commit" 2>/dev/null || git rev-parse --short HEAD). One process per target, from the seeds in"
  echo "fuzz/Runtime/corpus/<target>; other builds shared the machine, so the rates are low bounds."
  echo
  echo "| target | inputs run | seconds | inputs/s | edges (cov) | features (ft) | corpus | exit |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  row api
  row manifest
  echo
  echo "Crashes, leaks, timeouts and out-of-memory inputs: $crashes."
  echo
  echo "- attn-rt-fuzz-api: each input is a sequence of up to 64 C API calls (create, plan, run,"
  echo "  query and free of decode, prefill, append_kv, rope and merge; injected driver failures)"
  echo "  over a freshly loaded bundle of every family."
  echo "- attn-rt-fuzz-manifest: each input is a manifest (and cubin bytes): parsed, opened from"
  echo "  memory, and every kernel of an accepted bundle loaded and created."
} >"$SUMMARY"
echo "== summary: $SUMMARY"
cat "$SUMMARY"
[ "$crashes" = 0 ] && ! grep -qv '^0$' "$campaign"/*.exit
