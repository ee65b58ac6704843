#!/usr/bin/env bash
# A/B (round-robin) timing of attn-mlir's prefill kernels from several artifact folders of
# scripts/build_gpu_artifacts.sh, in one process per folder and round, so each runs with its own
# libattn_rt.so. Prints one table per run; the per-run results are packed into OUTDIR/ab.tgz.
# Usage: bench/prefill_ab.sh OUTDIR SHAPES ROUNDS ARTDIR...
#   SHAPES: comma list of bench/prefill_bench.py shape names (--list prints them)
set -euo pipefail
OUTDIR=${1:?usage: bench/prefill_ab.sh OUTDIR SHAPES ROUNDS ARTDIR...}
SHAPES=${2:?shapes}; ROUNDS=${3:?rounds}; shift 3
REPO=$(cd "$(dirname "$0")/.." && pwd)
export PYTHONPATH="$REPO/python:$REPO/tests/gpu${PYTHONPATH:+:$PYTHONPATH}"
mkdir -p "$OUTDIR"
runs=()
for r in $(seq "$ROUNDS"); do
  for d in "$@"; do
    name="ab_$(basename "$d")_$r"
    ATTN_RT_LIBRARY="$d/libattn_rt.so" python3 "$REPO/bench/prefill_bench.py" "$OUTDIR/$name" \
      --artdir "$d" --shapes "$SHAPES" --impls "attn-mlir,attn-mlir[paged16]" --no-flashinfer \
      --iters 20 --warmup 3 > "$OUTDIR/$name.log" 2>&1
    echo "== round $r: $d (TFLOP/s: ragged, paged)"
    grep "^|" "$OUTDIR/$name/prefill_bench.md" | tail -n +3 | awk -F'|' '{print $2, $6, $7}'
    runs+=("$name" "$name.log")
  done
done
tar czf "$OUTDIR/ab.tgz" -C "$OUTDIR" "${runs[@]}" && (cd "$OUTDIR" && rm -rf "${runs[@]}")
