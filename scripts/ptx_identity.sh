#!/usr/bin/env bash
# Checks that a refactor of the compiler leaves the emitted PTX byte-identical: generates every
# variant that scripts/build_gpu_artifacts.sh builds (decode, prefill, ops; from
# scripts/gen_{decode,prefill,ops}_variants.py), compiles each with two attn-compile binaries the
# way build_gpu_artifacts.sh does (--format=cubin --ptxas-check, so the prefill spill retry takes
# the same path) plus --dump-ptx, and diffs the PTX files and manifests.
# Usage: scripts/ptx_identity.sh BEFORE_ATTN_COMPILE AFTER_ATTN_COMPILE [WORKDIR]
# Env: SMS (default "90 80"), FAMILIES (default "decode prefill ops"), FORMAT (cubin | ptx;
#   default cubin when ptxas is found, else ptx).
# Exit status: 0 when every variant gives identical PTX with both binaries (a variant that fails
# to compile with both counts as identical when both fail), 1 otherwise.
set -u -o pipefail

BEFORE=${1:?usage: scripts/ptx_identity.sh BEFORE AFTER [WORKDIR]}
AFTER=${2:?usage: scripts/ptx_identity.sh BEFORE AFTER [WORKDIR]}
WORK=${3:-$(mktemp -d /tmp/ptx_identity.XXXXXX)}
REPO=$(cd "$(dirname "$0")/.." && pwd)
SMS=${SMS:-90 80}
FAMILIES=${FAMILIES:-decode prefill ops}
if [ -z "${FORMAT:-}" ]; then
  if command -v ptxas >/dev/null || [ -x /usr/local/cuda/bin/ptxas ]; then FORMAT=cubin; else FORMAT=ptx; fi
fi
extra=()
[ "$FORMAT" = cubin ] && extra=(--ptxas-check)

mkdir -p "$WORK/mlir"
for fam in $FAMILIES; do
  python3 "$REPO/scripts/gen_${fam}_variants.py" "$WORK/mlir" >/dev/null || {
    echo "ptx_identity: generating $fam variants failed" >&2; exit 1; }
done

same=0 diff=0 bothfail=0
compile() {  # binary outdir mlir sm -> rc
  "$1" "$3" -o "$2" --sm="$4" --format="$FORMAT" --dump-ptx "${extra[@]}" >"$2.log" 2>&1
}
for mlir in "$WORK"/mlir/*.mlir; do
  name=$(basename "$mlir" .mlir)
  for sm in $SMS; do
    b="$WORK/before/sm$sm/$name" a="$WORK/after/sm$sm/$name"
    mkdir -p "$(dirname "$b")" "$(dirname "$a")"
    rm -rf "$b" "$a"
    compile "$BEFORE" "$b" "$mlir" "$sm"; rb=$?
    compile "$AFTER" "$a" "$mlir" "$sm"; ra=$?
    if [ $rb -ne 0 ] && [ $ra -ne 0 ]; then
      bothfail=$((bothfail + 1)); echo "both-fail $name sm$sm"; continue
    fi
    if [ $rb -ne $ra ]; then
      diff=$((diff + 1)); echo "DIFF      $name sm$sm (rc before $rb, after $ra)"; continue
    fi
    if diff -r -q -x '*.cubin' "$b" "$a" >/dev/null; then
      same=$((same + 1))
    else
      diff=$((diff + 1)); echo "DIFF      $name sm$sm: $(diff -r -q -x '*.cubin' "$b" "$a" | head -n 3 | tr '\n' ' ')"
    fi
  done
done
echo "ptx_identity: $same identical, $diff different, $bothfail failing with both (work dir $WORK)"
[ $diff -eq 0 ]
