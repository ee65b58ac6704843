#!/usr/bin/env bash
# Compiles every variant of a kernel family (tests/gpu/<family>_variants.py, written out by
# scripts/gen_<family>_variants.py) to cubin with `attn-compile --ptxas-check`: fails when any
# kernel does not compile, spills registers or uses local memory. Runs under ctest where the
# CUDA toolkit (ptxas) was found.
# Usage: check_variants.sh FAMILY ATTN_COMPILE TOOLKIT_DIR WORKDIR   (FAMILY: decode, prefill,
#   cascade, sampling)
set -euo pipefail
family=$1 compiler=$2 toolkit=$3 work=$4
here=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$work" && mkdir -p "$work"
python3 "$here/scripts/gen_${family}_variants.py" "$work/mlir" > /dev/null
n=0 failed=0
for mlir in "$work"/mlir/*.mlir; do
  name=$(basename "$mlir" .mlir)
  n=$((n + 1))
  if ! "$compiler" "$mlir" -o "$work/bundles/$name" --toolkit="$toolkit" --ptxas-check \
       > "$work/$name.log" 2>&1; then
    failed=$((failed + 1))
    echo "FAIL $name"; sed 's/^/  /' "$work/$name.log"
  fi
done
echo "$family variants: $((n - failed)) compiled without spills, $failed failed"
[ "$failed" -eq 0 ] && [ "$n" -gt 0 ]
