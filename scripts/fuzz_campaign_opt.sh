#!/usr/bin/env bash
# A fuzzing campaign of attn-opt (fuzz/Opt, docs/ROBUSTNESS.md): builds the ASan + UBSan
# fuzzer (scripts/ci/fuzz_opt.sh, OPT_FUZZ_SECONDS=0), then runs it from its seed corpus
# until RUNS inputs were tried, one process at a time. A crash stops a process: its report is
# matched against fuzz/known_upstream_crashes.txt (the crash is upstream's when the report
# has a line matching the entry's pattern, else it is this project's), the input is kept as
# <build>/fuzz/Opt/campaign/crash-*, and the next process goes on from the grown corpus.
# Writes a markdown summary (inputs, seconds, rate, coverage, crashes by kind).
#   RUNS               inputs to run in all (default 1000000)
#   MAX_SECONDS        stop after this long even if fewer inputs ran (default: no limit)
#   MAX_CRASHES        stop after this many crashes (default 20)
#   SUMMARY            summary file (default bench/results/<date>-fuzz-opt.md)
#   OPT_FUZZ_BUILD_DIR the fuzzer's build (default build-fuzz-opt)
#   REPORT_ONLY=1      write the summary from the logs of the last campaign, run nothing
# Exits non-zero when a crash was not an upstream one.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${OPT_FUZZ_BUILD_DIR:-build-fuzz-opt}
RUNS=${RUNS:-1000000}
MAX_CRASHES=${MAX_CRASHES:-20}
SUMMARY=${SUMMARY:-bench/results/$(date -u +%Y-%m-%d)-fuzz-opt.md}
campaign=$BUILD_DIR/fuzz/Opt/campaign
known=fuzz/known_upstream_crashes.txt
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# The name of the known upstream crash whose report patterns (EREs joined by &&, each
# matching a line) the log matches, or nothing.
triage() {
  local log=$1 name pattern part all
  while IFS=$'\t' read -r name pattern _; do
    [[ -z "$name" || "$name" == \#* ]] && continue
    all=1
    while IFS= read -r part; do
      grep -qE -- "$part" "$log" || all=0
    done < <(printf '%s\n' "${pattern//&&/$'\n'}")
    if [ "$all" = 1 ]; then echo "$name"; return; fi
  done <"$known"
}

if [ "${REPORT_ONLY:-0}" != 1 ]; then
  OPT_FUZZ_BUILD_DIR=$BUILD_DIR OPT_FUZZ_SECONDS=0 scripts/ci/fuzz_opt.sh
  rm -rf "$campaign"
  mkdir -p "$campaign/corpus"
  git rev-parse --short HEAD >"$campaign/commit"
  total=0 i=0 start=$(date +%s)
  : >"$campaign/crashes.tsv"
  while [ "$total" -lt "$RUNS" ]; do
    left=0 # libFuzzer's -max_total_time=0: no limit
    if [ -n "${MAX_SECONDS:-}" ]; then
      left=$((MAX_SECONDS - ($(date +%s) - start)))
      [ "$left" -le 0 ] && break
    fi
    i=$((i + 1))
    log=$campaign/run-$i.log rc=0
    "$BUILD_DIR/bin/attn-opt-fuzz" -runs=$((RUNS - total)) -max_total_time="$left" \
      -timeout=60 -rss_limit_mb=4096 \
      -max_len=32768 -print_final_stats=1 -dict=fuzz/Opt/attn.dict \
      -artifact_prefix="$campaign/" "$campaign/corpus" "$BUILD_DIR/fuzz/Opt/seeds" \
      >"$log" 2>&1 || rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    if [ -z "$runs" ]; then # killed by a crash before the final stats: the last status line
      runs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#')
    fi
    total=$((total + ${runs:-0}))
    echo "== process $i: exit $rc, ${runs:-0} inputs, $total in all"
    if [ "$rc" != 0 ]; then
      artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
      kind=$(triage "$log")
      printf '%s\t%s\t%s\n' "${artifact:-?}" "${kind:-project}" "$log" >>"$campaign/crashes.tsv"
      echo "   crash: ${artifact:-?} (${kind:-a project crash})"
      [ "$(wc -l <"$campaign/crashes.tsv")" -ge "$MAX_CRASHES" ] && break
    fi
  done
  echo "$total $(($(date +%s) - start)) $i" >"$campaign/totals"
fi

read -r total seconds processes <"$campaign/totals"
rate=$(awk -v n="$total" -v s="$seconds" 'BEGIN { if (s > 0) printf "%.0f", n / s; else printf "?" }')
last=$(ls -v "$campaign"/run-*.log | tail -1)
cov=$(grep -o 'cov: [0-9]*' "$last" | tail -1 | cut -d' ' -f2)
ft=$(grep -o 'ft: [0-9]*' "$last" | tail -1 | cut -d' ' -f2)
corpus=$(find "$campaign/corpus" -type f | wc -l)
seeds=$(find "$BUILD_DIR/fuzz/Opt/seeds" -name 'seed-*' | wc -l)
project=$(awk -F'\t' '$2 == "project"' "$campaign/crashes.tsv" | wc -l)
upstream=$(awk -F'\t' '$2 != "project"' "$campaign/crashes.tsv" | wc -l)
mkdir -p "$(dirname "$SUMMARY")"
{
  echo "# attn-opt fuzzing campaign, $(date -u +%Y-%m-%d)"
  echo
  echo "\`scripts/fuzz_campaign_opt.sh\` on $(nproc) shared cores ($(uname -m)), clang-22 libFuzzer with"
  echo "AddressSanitizer + UndefinedBehaviorSanitizer (-fno-sanitize-recover=all) and LeakSanitizer;"
  echo "source at commit $(cat "$campaign/commit"). One process at a time, $seeds seeds (test/ and"
  echo "examples/ split at \`// -----\`), the dialect's dictionary (fuzz/Opt/attn.dict)."
  echo
  echo "| target | inputs run | seconds | inputs/s | processes | edges (cov) | features (ft) | corpus |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  echo "| attn-opt-fuzz | $total | $seconds | $rate | $processes | ${cov:-?} | ${ft:-?} | $corpus |"
  echo
  echo "Crashes: $project of this project, $upstream of upstream MLIR (fuzz/known_upstream_crashes.txt)."
} >"$SUMMARY"
echo "== summary: $SUMMARY"
cat "$SUMMARY"
[ "$project" = 0 ]
