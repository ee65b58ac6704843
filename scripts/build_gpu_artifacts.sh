#!/usr/bin/env bash
# Builds what the GPU machine needs, on THIS machine (it has MLIR; the device has none):
#   ARTDIR/libattn_rt.so                 the runtime's C API (target attn_rt_shared)
#   ARTDIR/bin/attn-rt-plan-bench        host plan-time microbenchmark (optional)
#   ARTDIR/mlir/<variant>.mlir           attn IR of every decode and prefill variant
#                                        (scripts/gen_decode_variants.py, gen_prefill_variants.py)
#                                        and ops.mlir, every append-KV, RoPE and merge kernel in one
#                                        bundle (scripts/gen_ops_variants.py), and sampling.mlir,
#                                        every sampling kernel in one bundle
#                                        (scripts/gen_sampling_variants.py), and
#                                        sampling_cluster.mlir, the same kernels with a row
#                                        over a thread-block cluster of 8 and of 16 CTAs
#                                        (sm_90; scripts/gen_sampling_cluster_variants.py), and
#                                        cascade_*.mlir, multi-level attention with every
#                                        level and merge in one bundle
#                                        (scripts/gen_cascade_variants.py)
#   ARTDIR/bundles/<variant>/            attn-compile --sm=90 --format=cubin --ptxas-check (decode
#                                        variants: the tensor-core kernel, attn-compile's default)
#   ARTDIR/cuda-core/bundles/<variant>/  every decode variant on the CUDA-core decode kernel
#                                        (--decode-kernel=cuda-core), with its own libattn_rt.so
#                                        copy: check_decode.py ARTDIR/cuda-core; the bench
#                                        variant also as ARTDIR/bundles/<variant>_cuda_core
#   ARTDIR/wgmma/bundles/<variant>/      every prefill variant with --prefill-mma=wgmma (sm 90),
#                                        with its own libattn_rt.so copy: check_prefill.py
#                                        ARTDIR/wgmma; prefill_bench.py times it as
#                                        attn-mlir[wgmma]
#   ARTDIR/ws/bundles/<variant>/         the same with --warp-specialize as well (a producer
#                                        warpgroup): check_prefill.py ARTDIR/ws; timed as
#                                        attn-mlir[ws]
#   ARTDIR/wsp/bundles/<variant>/        and with --pingpong too (attn-mlir[wsp])
#   ARTDIR/wso/bundles/<variant>/        warp-specialized with --overlap instead (each
#                                        warpgroup's softmax overlaps its own MMAs;
#                                        attn-mlir[wso])
#   ARTDIR/libtanh/bundles/<variant>/    every soft-capped decode and prefill variant with
#                                        --approx-tanh=false (the soft-cap on libdevice's
#                                        tanhf; the default is tanh.approx.f32):
#                                        check_decode.py / check_prefill.py ARTDIR/libtanh
#                                        --allow-missing (gpu_check.sh step tcheck)
#   ARTDIR/ws256/bundles/<variant>/      every head_dim 256 prefill variant warp-specialized
#                                        with 128 x 64 tiles (two consumer warpgroups and the
#                                        producer; the default is one warpgroup, 64 x 32):
#                                        check_prefill.py ARTDIR/ws256 --allow-missing (step
#                                        w2check), timed as attn-mlir[ws256]
#   ARTDIR/tma/bundles/<variant>/        every prefill variant warp-specialized with
#                                        --tma (whole K/V tiles by TMA from the runtime's
#                                        tensor maps): check_prefill.py ARTDIR/tma
#                                        --allow-missing (step tmacheck), timed as
#                                        attn-mlir[tma]
#   ARTDIR/tmao/bundles/<variant>/       every prefill variant warp-specialized with --overlap
#                                        (ragged K/V by TMA, the default): timed as
#                                        attn-mlir[tmao]
#   ARTDIR/persist/bundles/<variant>/    every prefill variant warp-specialized with
#                                        --persistent (one CTA per SM looping over the work
#                                        items): step perscheck, timed as attn-mlir[persist]
#   ARTDIR/persisto/bundles/<variant>/   the same with --overlap: step persocheck, timed as
#                                        attn-mlir[persisto]
#   ARTDIR/ekv/bundles/<variant>/        every prefill variant as the default plans it, with
#                                        --early-kv (the producer starts without waiting for
#                                        the Q tile): step ekvcheck, timed as attn-mlir[ekv]
#   ARTDIR/nol2/bundles/<variant>/       every prefill variant as the default plans it, with
#                                        --l2-sections=false (the CTAs take their (KV head,
#                                        item) pairs heads fastest over all items, the default
#                                        before L2 sections): timed as attn-mlir[nol2]
#   ARTDIR/persl2/bundles/<variant>/     the persisto set with --l2-sections (the persistent
#                                        CTAs' pairs in L2 sections): step persl2check, timed
#                                        as attn-mlir[persl2]
#   ARTDIR/ekvl2/bundles/<variant>/      the default's plans with --early-kv --l2-sections
#                                        (the ekv set, now that sections are the default):
#                                        step ekvl2check, attn-mlir[ekvl2]
#   ARTDIR/ppo/bundles/<variant>/        the ragged head_dim 128 variants as the default plans
#                                        them, with --pingpong: the persistent overlapped
#                                        kernels' two consumer warpgroups take turns, a tile's
#                                        two MMAs a turn (FA3's scheduler barrier): step
#                                        ppocheck, timed as attn-mlir[ppo]
#   ARTDIR/pgto/bundles/<variant>/       the paged variants with K/V by TMA (a box per page)
#                                        and the overlap, one CTA per work item: step
#                                        pgtocheck, attn-mlir[pgto-paged16], cascade level 0
#   ARTDIR/pgtp/bundles/<variant>/       the same, persistent (the ragged kernels' default
#                                        recipe on paged caches): step pgtpcheck,
#                                        attn-mlir[pgtp-paged16], cascade level 0
#   ARTDIR/pg3{,o,t}/bundles/<variant>/  the paged head_dim 128 variants with three K/V
#                                        stages: cp.async (pg3), cp.async with the overlap
#                                        and persistent CTAs (pg3o), TMA with both (pg3t, the
#                                        default's plan since): steps pg3check, pg3ocheck,
#                                        pg3tcheck, attn-mlir[pg3*-paged16], cascade level 0
#   ARTDIR/compile_times.json            per variant: family, ok, compile ms, bundle bytes,
#                                        error tail
#   ARTDIR/multiarch/bundles/<variant>/  multi-arch decode bundles (--sm=$MULTIARCH_SM), run by
#                                        check_decode.py ARTDIR/multiarch and
#                                        tests/gpu/check_multiarch.py
#   ARTDIR/multiarch-ptx/bundles/<v>/    sm_80 PTX + sm_86 cubin: the JIT fallback on sm_90
#   ARTDIR/multiarch/foreign/            a multi-arch bundle with no binary for sm_90
#                                        (--sm=$MULTIARCH_FOREIGN_SM): the mismatch message
#   ARTDIR/host_launch/attn-host-launch  attention in linalg raised and compiled by attn-to-host
#                                        into a host program launching the kernels
#                                        (scripts/build_host_launch.sh; HOST_LAUNCH=0 skips it)
# A variant that fails to compile is reported and the next one compiled.
# Usage: scripts/build_gpu_artifacts.sh ARTDIR [VARIANT ...]
# Env: BUILD_DIR (default build; configured if it has no CMakeCache.txt), JOBS, SM (default 90),
#   NO_BUILD=1 (use the library and attn-compile already in BUILD_DIR, build nothing),
#   FAMILIES (default "decode prefill ops sampling sampling_cluster cascade"; sampling_cluster
#   only for SM >= 90), ALLOW_PREFILL_FAIL=1 (prefill compile failures do
#   not fail the exit status, e.g. before the prefill lowering exists), MULTIARCH_SM (default
#   80,90a), MULTIARCH_FOREIGN_SM (default 80,86), MULTIARCH_VARIANTS (decode variants built
#   multi-arch; default bf16_q32kv8_d128_p16_nhd_lse; "" for none), COMPILE_ARGS (extra
#   attn-compile options for ARTDIR/bundles, e.g. --prefill-mma=wgmma), SETS (the sm_90
#   alternative sets of step 5a, ~4 MB each; default "nol2 persl2 nopers": the default without
#   L2 sections and without persistent kernels for the A/B, and persl2; the others, recorded in
#   bench/results, are "wgmma ws wsp wso ws256 tma persist tmao persisto ekv ekvl2 ppo pgto pgtp pg3 pg3o
#   pg3t"; all of them
#   exceed the 40 MB that can be carried next to the peers' wheels).
# Exit status: 0 when everything built (experimental variants aside) and ARTDIR stays under
# 40 MB, else 1.
set -u -o pipefail

ART=${1:?usage: scripts/build_gpu_artifacts.sh ARTDIR [VARIANT ...]}
shift
REPO=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$REPO/build}
SM=${SM:-90}
COMPILE_ARGS=${COMPILE_ARGS:-}
NO_BUILD=${NO_BUILD:-0}
FAMILIES=${FAMILIES:-decode prefill ops sampling sampling_cluster cascade}
# The cluster sampling kernels need sm_90: left out when building for an older SM.
[ "${SM%%[!0-9]*}" -lt 90 ] 2>/dev/null && FAMILIES=${FAMILIES/sampling_cluster/}
ALLOW_PREFILL_FAIL=${ALLOW_PREFILL_FAIL:-0}
MULTIARCH_SM=${MULTIARCH_SM:-80,90a}
MULTIARCH_FOREIGN_SM=${MULTIARCH_FOREIGN_SM:-80,86}
MULTIARCH_VARIANTS=${MULTIARCH_VARIANTS-bf16_q32kv8_d128_p16_nhd_lse}
# The device takes 64 MB of carried files in all; FlashInfer's wheels for the peers take ~21.
MAX_BYTES=$((40 * 1024 * 1024))
fail=0
note() { printf '[build_gpu_artifacts] %s\n' "$*" >&2; }

mkdir -p "$ART" || exit 1
ART=$(cd "$ART" && pwd)

if [ "$NO_BUILD" = 1 ]; then
  note "NO_BUILD=1: using what $BUILD_DIR already has"
elif [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  note "configuring $BUILD_DIR"
  cmake -S "$REPO" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release || {
    note "cmake configure failed"; exit 1; }
fi

# The build's own runtime library: BUILD_DIR/lib (the target's output directory). Copies of it
# elsewhere under BUILD_DIR (the wheel test's venv, the downstream install prefix) may be older.
runtime_library() {
  local lib
  for lib in "$BUILD_DIR/lib/libattn_rt.so" "$BUILD_DIR"/lib/libattn_rt.so.*; do
    [ -f "$lib" ] && { echo "$lib"; return; }
  done
}

build_target() {  # target -> 0 if built (with NO_BUILD=1: 0 if its output exists)
  if [ "$NO_BUILD" = 1 ]; then
    case $1 in
      attn_rt_shared) [ -n "$(runtime_library)" ] ;;
      *) [ -x "$BUILD_DIR/bin/$1" ] ;;
    esac
    return
  fi
  if ! cmake --build "$BUILD_DIR" --target help 2>/dev/null | grep -q "^$1[: ]"; then
    note "the build has no target '$1' (not added yet?)"
    return 2
  fi
  cmake --build "$BUILD_DIR" --target "$1" ${JOBS:+-j "$JOBS"} || { note "building $1 failed"; return 1; }
}

# 1. the runtime library (required).
if build_target attn_rt_shared; then
  lib=$(runtime_library)
  if [ -n "$lib" ]; then
    cp -L "$lib" "$ART/libattn_rt.so" && note "library: $ART/libattn_rt.so ($(stat -c %s "$ART/libattn_rt.so") bytes)"
  else
    note "attn_rt_shared built but no libattn_rt.so found under $BUILD_DIR"; fail=1
  fi
else
  fail=1
fi

# 2. the plan microbenchmark (optional).
if build_target attn-rt-plan-bench >/dev/null 2>&1; then
  mkdir -p "$ART/bin"
  cp "$BUILD_DIR/bin/attn-rt-plan-bench" "$ART/bin/" 2>/dev/null && strip "$ART/bin/attn-rt-plan-bench" 2>/dev/null
fi

# 3. the compiler driver.
COMPILER="$BUILD_DIR/bin/attn-compile"
if ! build_target attn-compile || [ ! -x "$COMPILER" ]; then
  note "attn-compile is not available: no bundles built"
  COMPILER=""
  fail=1
fi

# 4. the IR of every variant; names given on the command line pick variants of either family.
GEN_decode="$REPO/scripts/gen_decode_variants.py"
GEN_prefill="$REPO/scripts/gen_prefill_variants.py"
GEN_ops="$REPO/scripts/gen_ops_variants.py"
GEN_sampling="$REPO/scripts/gen_sampling_variants.py"
GEN_sampling_cluster="$REPO/scripts/gen_sampling_cluster_variants.py"
GEN_cascade="$REPO/scripts/gen_cascade_variants.py"
rm -rf "$ART/mlir"
mkdir -p "$ART/mlir"
: > "$ART/mlir/families.txt"       # "<variant> <family> <experimental 0|1>" per line
for fam in $FAMILIES; do
  gen_var="GEN_$fam"
  gen=${!gen_var:-}
  [ -n "$gen" ] || { note "unknown family '$fam'"; exit 1; }
  names=$(python3 "$gen" --list) || { note "$fam: listing variants failed"; exit 1; }
  exp=""
  [ "$fam" = prefill ] && exp=$(python3 "$gen" --list-experimental)
  only=()
  if [ $# -gt 0 ]; then
    for n in "$@"; do grep -qx -- "$n" <<<"$names" && only+=("$n"); done
    [ ${#only[@]} -eq 0 ] && continue
  fi
  python3 "$gen" "$ART/mlir" ${only[@]+--only "${only[@]}"} || { note "$fam: IR generation failed"; exit 1; }
  sel=$([ ${#only[@]} -gt 0 ] && printf '%s\n' "${only[@]}" || printf '%s\n' "$names")
  while read -r n; do
    [ -n "$n" ] || continue
    x=0; grep -qx -- "$n" <<<"$exp" && x=1
    echo "$n $fam $x" >> "$ART/mlir/families.txt"
  done <<<"$sel"
done
if [ $# -gt 0 ]; then
  for n in "$@"; do
    grep -q "^$n " "$ART/mlir/families.txt" || { note "unknown variant '$n'"; exit 1; }
  done
fi

# 5. one bundle per variant; compile times in ms.
rm -rf "$ART/bundles"
mkdir -p "$ART/bundles"
times="$ART/compile_times.jsonl"
: > "$times"
if [ -n "$COMPILER" ]; then
  while read -r name fam exp; do
    mlir="$ART/mlir/$name.mlir"
    out="$ART/bundles/$name"
    errlog="$ART/mlir/$name.log"
    t0=$(date +%s%N)
    "$COMPILER" "$mlir" -o "$out" --sm="$SM" --format=cubin --ptxas-check $COMPILE_ARGS >"$errlog" 2>&1
    rc=$?
    ms=$(( ($(date +%s%N) - t0) / 1000000 ))
    if [ $rc -eq 0 ] && [ -f "$out/manifest.json" ]; then
      bytes=$(du -sb "$out" | cut -f1)
      note "ok    $name ${ms} ms ${bytes} B"
      python3 -c 'import json,sys; print(json.dumps(dict(variant=sys.argv[1], family=sys.argv[4], experimental=sys.argv[5] == "1", ok=True, ms=int(sys.argv[2]), bytes=int(sys.argv[3]))))' "$name" "$ms" "$bytes" "$fam" "$exp" >> "$times"
    else
      note "FAIL  $name (rc $rc): $(tail -n 3 "$errlog" | tr '\n' ' ')"
      rm -rf "$out"
      python3 -c 'import json,sys; print(json.dumps(dict(variant=sys.argv[1], family=sys.argv[5], experimental=sys.argv[6] == "1", ok=False, ms=int(sys.argv[2]), rc=int(sys.argv[3]), error=open(sys.argv[4], errors="replace").read()[-2000:])))' "$name" "$ms" "$rc" "$errlog" "$fam" "$exp" >> "$times"
      if [ "$exp" = 1 ]; then :
      elif [ "$fam" = prefill ] && [ "$ALLOW_PREFILL_FAIL" = 1 ]; then :
      else fail=1; fi
    fi
  done < "$ART/mlir/families.txt"
fi

# 5a. the CUDA-core decode kernel of every decode variant (the tensor-core one is the default
#     on sm_90): checked and benchmarked next to it.
rm -rf "$ART/cuda-core"
if [ -n "$COMPILER" ] && grep -q " decode " "$ART/mlir/families.txt"; then
  mkdir -p "$ART/cuda-core/bundles"
  cp "$ART/libattn_rt.so" "$ART/cuda-core/" 2>/dev/null
  bench=$(python3 -c 'import sys; sys.path.insert(0, sys.argv[1]); import decode_variants as dv; print(dv.bench_variant().name)' "$REPO/tests/gpu")
  while read -r name fam exp; do
    [ "$fam" = decode ] || continue
    out="$ART/cuda-core/bundles/$name"
    if "$COMPILER" "$ART/mlir/$name.mlir" -o "$out" --sm="$SM" --format=cubin --ptxas-check \
         --decode-kernel=cuda-core >"$ART/mlir/$name.cuda-core.log" 2>&1; then
      [ "$name" = "$bench" ] && cp -r "$out" "$ART/bundles/${name}_cuda_core"
    else
      note "FAIL  $name (--decode-kernel=cuda-core): $(tail -n 3 "$ART/mlir/$name.cuda-core.log" | tr '\n' ' ')"
      rm -rf "$out"
      fail=1
    fi
  done < "$ART/mlir/families.txt"
  note "ok    CUDA-core decode bundles: $(ls "$ART/cuda-core/bundles" | wc -l)"
fi

# variant_set SUB FAMILIES GLOB OPTION...: ARTDIR/SUB/bundles/<variant> for every variant of
# FAMILIES (space-separated) whose name matches GLOB, compiled with the extra options, and a
# copy of the runtime library, so that ARTDIR/SUB is an ARTDIR of its own for the checks and
# the benchmarks. Nothing (not even ARTDIR/SUB) when no variant matches.
variant_set() {
  local sub=$1 families=$2 glob=$3 name fam exp entry names=()
  shift 3
  rm -rf "${ART:?}/$sub"
  [ -n "$COMPILER" ] || return 0
  while read -r name fam exp; do
    # shellcheck disable=SC2053  # GLOB is a pattern
    [[ " $families " == *" $fam "* && $name == $glob ]] && names+=("$name $exp")
  done < "$ART/mlir/families.txt"
  [ ${#names[@]} -gt 0 ] || return 0
  mkdir -p "$ART/$sub/bundles"
  cp "$ART/libattn_rt.so" "$ART/$sub/" 2>/dev/null
  for entry in "${names[@]}"; do
    read -r name exp <<<"$entry"
    if ! "$COMPILER" "$ART/mlir/$name.mlir" -o "$ART/$sub/bundles/$name" --sm="$SM" \
         --format=cubin --ptxas-check "$@" >"$ART/mlir/$name.$sub.log" 2>&1; then
      note "FAIL  $name ($*): $(tail -n 3 "$ART/mlir/$name.$sub.log" | tr '\n' ' ')"
      rm -rf "$ART/$sub/bundles/$name"
      [ "$exp" = 1 ] || fail=1
    fi
  done
  note "ok    $sub bundles ($*): $(ls "$ART/$sub/bundles" | wc -l)"
}

# 5a. the sm_90 alternatives, checked and benchmarked next to the default bundles:
#     every prefill variant on the CTA-wide warpgroup-MMA loop (ARTDIR/wgmma; variants it does
#     not apply to keep mma.sync), warp-specialized (ARTDIR/ws: a producer warpgroup where the
#     variant allows), with ping-pong (ARTDIR/wsp) and with the intra-warpgroup overlap
#     (ARTDIR/wso); head_dim 256 on two consumer warpgroups with 128-row Q and 64-key K/V
#     tiles, FA3's shape for it (ARTDIR/ws256; the default is one warpgroup, 64 x 32);
#     ragged K/V loaded by TMA in the warp-specialized kernels (ARTDIR/tma); persistent CTAs
#     looping over the work items (ARTDIR/persist; ragged K/V by TMA, the default); the
#     default's TMA loads with the intra-warpgroup overlap (ARTDIR/tmao); persistent CTAs with
#     the overlap (ARTDIR/persisto); the default's plans with the producer started at once
#     (ARTDIR/ekv); the default's plans without L2 sections of KV heads (ARTDIR/nol2);
#     persisto with them (ARTDIR/persl2); early_kv with them (ARTDIR/ekvl2); the default's plans
#     with --auto-persistent=false (ARTDIR/nopers: one CTA per work item everywhere, the
#     default before the persistent TMA kernels). SETS picks them.
SETS=" ${SETS-nol2 persl2 nopers} "
want_set() { [ "$SM" = 90 ] && [[ $SETS == *" $1 "* ]]; }
rm -rf "${ART:?}"/{wgmma,ws,wsp,wso,ws256,tma,persist,tmao,persisto,ekv,nol2,persl2,ekvl2,nopers,ppo,pgto,pgtp,pg3,pg3o,pg3t}
if [ "$SM" = 90 ]; then
  want_set wgmma && variant_set wgmma prefill '*' --prefill-mma=wgmma
  want_set ws && variant_set ws prefill '*' --prefill-mma=wgmma --warp-specialize
  want_set wsp && variant_set wsp prefill '*' --prefill-mma=wgmma --warp-specialize --pingpong
  want_set wso && variant_set wso prefill '*' --prefill-mma=wgmma --warp-specialize --overlap
  want_set ws256 && variant_set ws256 prefill '*_d256_*' --prefill-mma=wgmma --warp-specialize --tile-q=128 \
    --tile-kv=64
  want_set tma && variant_set tma prefill '*' --prefill-mma=auto --warp-specialize --tma
  want_set persist && variant_set persist prefill '*' --prefill-mma=auto --warp-specialize \
    --persistent
  want_set tmao && variant_set tmao prefill '*' --prefill-mma=auto --warp-specialize --overlap
  want_set persisto && variant_set persisto prefill '*' --prefill-mma=auto --warp-specialize \
    --persistent --overlap
  want_set ekv && variant_set ekv prefill '*' --prefill-mma=auto --early-kv
  want_set nol2 && variant_set nol2 prefill '*' --prefill-mma=auto --l2-sections=false
  want_set persl2 && variant_set persl2 prefill '*' --prefill-mma=auto --warp-specialize \
    --persistent --overlap --l2-sections
  want_set ekvl2 && variant_set ekvl2 prefill '*' --prefill-mma=auto --early-kv --l2-sections
  want_set nopers && variant_set nopers prefill '*' --prefill-mma=auto --auto-persistent=false
  want_set ppo && variant_set ppo prefill '*_d128_ragged*' --prefill-mma=auto --pingpong
  want_set pgto && variant_set pgto prefill '*_p[0-9]*' --prefill-mma=auto --warp-specialize \
    --tma --overlap
  want_set pgtp && variant_set pgtp prefill '*_p[0-9]*' --prefill-mma=auto --warp-specialize \
    --tma --overlap --persistent
  want_set pg3 && variant_set pg3 prefill '*_d128_p[0-9]*' --prefill-mma=auto --stages=3
  want_set pg3o && variant_set pg3o prefill '*_d128_p[0-9]*' --prefill-mma=auto --stages=3 \
    --warp-specialize --overlap --persistent
  want_set pg3t && variant_set pg3t prefill '*_d128_p[0-9]*' --prefill-mma=auto --stages=3 \
    --warp-specialize --tma --overlap --persistent
fi
# 5a'. the soft-capped decode and prefill variants with the soft-cap on libdevice's tanhf
#      (ARTDIR/libtanh: --approx-tanh=false), checked against the float64 reference next to
#      the default (tanh.approx.f32) kernels.
# shellcheck disable=SC2086  # COMPILE_ARGS is a word list
variant_set libtanh "decode prefill" '*cap*' --approx-tanh=false $COMPILE_ARGS

# 5b. multi-arch decode bundles: one directory per variant holding a bundle per arch, which
#     libattn_rt picks from per device; and one that has nothing for the device's arch.
rm -rf "$ART/multiarch" "$ART/multiarch-ptx"
if [ -n "$COMPILER" ] && [ -n "$MULTIARCH_VARIANTS" ]; then
  mkdir -p "$ART/multiarch/bundles"
  for name in $MULTIARCH_VARIANTS; do
    mlir="$ART/mlir/$name.mlir"
    [ -f "$mlir" ] || { python3 "$GEN_decode" "$ART/multiarch/mlir" --only "$name" >/dev/null &&
                        mlir="$ART/multiarch/mlir/$name.mlir"; }
    if "$COMPILER" "$mlir" -o "$ART/multiarch/bundles/$name" --sm="$MULTIARCH_SM" \
         --format=cubin --ptxas-check >"$ART/multiarch/$name.log" 2>&1; then
      note "ok    multi-arch $name (--sm=$MULTIARCH_SM)"
    else
      note "FAIL  multi-arch $name: $(tail -n 3 "$ART/multiarch/$name.log" | tr '\n' ' ')"
      fail=1
    fi
    # The PTX fallback: sm_80 PTX next to an sm_86 cubin. On sm_90 only the PTX runs (the
    # driver JIT-compiles it); the index is written here, as attn-compile writes one format
    # per run.
    ptxb="$ART/multiarch-ptx/bundles/$name"
    if "$COMPILER" "$mlir" -o "$ptxb/sm_80" --sm=80 --format=ptx >"$ART/multiarch/$name.ptx.log" 2>&1 &&
       "$COMPILER" "$mlir" -o "$ptxb/sm_86" --sm=86 --format=cubin >>"$ART/multiarch/$name.ptx.log" 2>&1; then
      python3 - "$ptxb/manifest.json" <<'PY'
import json, sys
json.dump({"format": "attn-multiarch-bundle", "version": 1,
           "bundles": [{"arch": "sm_80", "directory": "sm_80", "binary_kind": "ptx"},
                       {"arch": "sm_86", "directory": "sm_86", "binary_kind": "cubin"}]},
          open(sys.argv[1], "w"), indent=2)
PY
      note "ok    multi-arch PTX fallback $name (sm_80 PTX, sm_86 cubin)"
    else
      note "FAIL  multi-arch PTX fallback $name: $(tail -n 3 "$ART/multiarch/$name.ptx.log" | tr '\n' ' ')"
      fail=1
    fi
    if [ ! -d "$ART/multiarch/foreign" ]; then
      "$COMPILER" "$mlir" -o "$ART/multiarch/foreign" --sm="$MULTIARCH_FOREIGN_SM" \
        --format=cubin >"$ART/multiarch/foreign.log" 2>&1 ||
        { note "FAIL  multi-arch foreign bundle (--sm=$MULTIARCH_FOREIGN_SM)"; fail=1; }
    fi
  done
  rm -rf "$ART/multiarch/mlir"
fi

# The host-launch program (attn-raise + attn-to-host, linked with the mgpu* shim), run by the
# gpu_check.sh step "hostlaunch".
if [ "${HOST_LAUNCH:-1}" = 1 ]; then
  if BUILD_DIR="$BUILD_DIR" SM="$SM" "$REPO/scripts/build_host_launch.sh" "$ART/host_launch" \
       >"$ART/host_launch.log" 2>&1; then
    rm -f "$ART/host_launch/"*.mlir "$ART/host_launch/"*.ll
    note "ok    host launch: $ART/host_launch/attn-host-launch"
  else
    note "FAIL  host launch: $(tail -n 3 "$ART/host_launch.log" | tr '\n' ' ')"; fail=1
  fi
fi

python3 - "$times" "$ART/compile_times.json" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
ok = [r for r in rows if r["ok"]]
fams = {}
for r in rows:
    f = fams.setdefault(r["family"], dict(compiled=0, failed=0, experimental_failed=0))
    if r["ok"]:
        f["compiled"] += 1
    elif r.get("experimental"):
        f["experimental_failed"] += 1
    else:
        f["failed"] += 1
json.dump(dict(variants=rows, compiled=len(ok), failed=len(rows) - len(ok), families=fams,
               total_ms=sum(r["ms"] for r in rows)), open(sys.argv[2], "w"), indent=1)
PY
rm -f "$times"

size=$(du -sb "$ART" | cut -f1)
note "ARTDIR $ART: $size bytes"
if [ "$size" -gt "$MAX_BYTES" ]; then
  note "ARTDIR exceeds $((MAX_BYTES >> 20)) MB ($size bytes): too large to carry to the device"; fail=1
fi
python3 - "$ART/compile_times.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
print(f"{'variant':52} {'family':8} {'ok':>4} {'ms':>7}")
for r in d["variants"]:
    ok = "yes" if r["ok"] else ("exp" if r.get("experimental") else "NO")
    print(f"{r['variant']:52} {r.get('family', '-'):8} {ok:>4} {r['ms']:>7}")
for fam, f in sorted(d.get("families", {}).items()):
    print(f"{fam}: compiled {f['compiled']}, failed {f['failed']}"
          + (f", experimental failed {f['experimental_failed']}" if f['experimental_failed'] else ""))
print(f"compiled {d['compiled']}, failed {d['failed']}, total {d['total_ms']} ms")
PY
exit $fail
