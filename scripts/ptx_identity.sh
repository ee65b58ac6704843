#!/usr/bin/env bash
# Compiles every decode, prefill, ops and sampling variant (the IR of scripts/gen_<family>_
# variants.py, as scripts/build_gpu_artifacts.sh builds them) to PTX with two attn-compile
# binaries and checks that the bundles are byte-identical: every .ptx and manifest.json.
# A change meant to leave code generation alone (a refactoring, a different host compiler)
# proves it with this.
# Usage: scripts/ptx_identity.sh BEFORE_BIN AFTER_BIN
# Env: SMS (default "90 80": one bundle per architecture and variant), JOBS (default 2),
#   FAMILIES (default "decode prefill ops sampling"; cascade is another), AFTER_ARGS (more
#   options for AFTER_BIN only, e.g. --decode-kernel=cuda-core against a compiler from before
#   that option), BOTH_ARGS (options for both binaries, e.g. a schedule that is not the
#   default), WORK (default a temporary directory, removed unless KEEP=1).
# Exit status: 0 when every variant compiled the same way with both (a variant that fails with
# both, with the same exit status, is reported and counted as identical), 1 otherwise.
set -u -o pipefail

BEFORE=${1:?usage: scripts/ptx_identity.sh BEFORE_BIN AFTER_BIN}
AFTER=${2:?usage: scripts/ptx_identity.sh BEFORE_BIN AFTER_BIN}
REPO=$(cd "$(dirname "$0")/.." && pwd)
SMS=${SMS:-90 80}
JOBS=${JOBS:-2}
FAMILIES=${FAMILIES:-decode prefill ops sampling}
AFTER_ARGS=${AFTER_ARGS:-}
BOTH_ARGS=${BOTH_ARGS:-}
WORK=${WORK:-$(mktemp -d)}
note() { printf '[ptx_identity] %s\n' "$*" >&2; }

for bin in "$BEFORE" "$AFTER"; do
  [ -x "$bin" ] || { note "not an executable: $bin"; exit 1; }
done
mkdir -p "$WORK/mlir" || exit 1
for fam in $FAMILIES; do
  python3 "$REPO/scripts/gen_${fam}_variants.py" "$WORK/mlir" >/dev/null ||
    { note "generating the $fam variants failed"; exit 1; }
done

# One job: variant x arch x side -> WORK/<side>/<sm>/<variant>/ (+ .log, .rc).
compile_one() {  # side bin sm mlir
  local side=$1 bin=$2 sm=$3 mlir=$4 name out extra=() after=()
  name=$(basename "$mlir" .mlir)
  out="$WORK/$side/$sm/$name"
  read -r -a extra <<<"$BOTH_ARGS"
  [ "$side" = after ] && read -r -a after <<<"$AFTER_ARGS" && extra+=(${after[@]+"${after[@]}"})
  "$bin" "$mlir" --sm="$sm" --format=ptx ${extra[@]+"${extra[@]}"} -o "$out" >/dev/null \
    2>"$out.log"
  echo $? >"$out.rc"
}
export -f compile_one
export WORK AFTER_ARGS BOTH_ARGS
for sm in $SMS; do mkdir -p "$WORK/before/$sm" "$WORK/after/$sm"; done

for sm in $SMS; do
  for mlir in "$WORK"/mlir/*.mlir; do
    printf '%s\0%s\0%s\0%s\0' before "$BEFORE" "$sm" "$mlir"
    printf '%s\0%s\0%s\0%s\0' after "$AFTER" "$sm" "$mlir"
  done
done | xargs -0 -n 4 -P "$JOBS" bash -c 'compile_one "$@"' _

compared=0 same=0 differ=0 failed=0
for sm in $SMS; do
  for mlir in "$WORK"/mlir/*.mlir; do
    name=$(basename "$mlir" .mlir)
    b="$WORK/before/$sm/$name" a="$WORK/after/$sm/$name"
    compared=$((compared + 1))
    brc=$(cat "$b.rc") arc=$(cat "$a.rc")
    if [ "$brc" != 0 ] || [ "$arc" != 0 ]; then
      # Both failing with the same status (a crash prints addresses, so logs are not compared).
      if [ "$brc" != 0 ] && [ "$brc" = "$arc" ]; then
        same=$((same + 1)); failed=$((failed + 1)); note "sm $sm $name: exit $brc with both"
      else
        differ=$((differ + 1)); note "sm $sm $name: exit $brc before, $arc after"
      fi
      continue
    fi
    if diff -r "$b" "$a" >/dev/null; then
      same=$((same + 1))
    else
      differ=$((differ + 1)); note "sm $sm $name: the bundles differ"
      diff -r "$b" "$a" | head -20 >&2
    fi
  done
done
files=$(find "$WORK/after" -name '*.ptx' | wc -l)
note "$compared compiles (sms: $SMS), $same identical ($failed failing the same way with both)," \
  "$differ different; $files PTX files compared"
[ "${KEEP:-0}" = 1 ] && note "kept $WORK" || rm -rf "$WORK"
[ "$differ" = 0 ]
