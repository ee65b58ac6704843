#!/usr/bin/env bash
# GPU checks, run ON THE DEVICE over a copy of the repo and the artifacts of
# scripts/build_gpu_artifacts.sh. Every step logs to OUTDIR/<step>.log; a failing step does not
# stop the next; the summary table comes last; exit status 1 if any step failed.
#
# Usage: scripts/gpu_check.sh ARTDIR OUTDIR [STEPS]
#   STEPS: comma list of (default: all)
#     unit                                     python/tests + tests/gpu/test_*.py (CPU side)
#     check, memcheck, racecheck, bench        decode (check_decode.py, decode_bench.py)
#     ccheck                                   decode on the CUDA-core kernel (ARTDIR/cuda-core)
#     pcheck, pmemcheck, pracecheck, pbench    prefill (check_prefill.py, prefill_bench.py)
#     wcheck, wmemcheck, wracecheck            prefill on warpgroup MMAs (ARTDIR/wgmma, built
#                                              with --prefill-mma=wgmma; not in the default
#                                              list); pbench times them as attn-mlir[wgmma]
#     xcheck, xmemcheck, xracecheck            the same for the warp-specialized kernels
#                                              (ARTDIR/ws, --warp-specialize as well; the
#                                              group "ws"); pbench times them as attn-mlir[ws]
#     ycheck, ymemcheck, yracecheck            the same with ping-pong (ARTDIR/wsp, --pingpong;
#                                              the group "wsp"), timed as attn-mlir[wsp]
#     zcheck, zmemcheck, zracecheck            the same with the intra-warpgroup overlap
#                                              (ARTDIR/wso, --overlap; the group "wso"),
#                                              timed as attn-mlir[wso]
#     w2check                                  the head_dim 256 prefill variants on two
#                                              consumer warpgroups (ARTDIR/ws256), timed as
#                                              attn-mlir[ws256]
#     tmacheck, tmamemcheck, tmaracecheck      the prefill variants with whole K/V tiles
#                                              by TMA (ARTDIR/tma, --tma), timed as
#                                              attn-mlir[tma]
#     tmaocheck                                the prefill variants with TMA loads (the
#                                              default) and --overlap (ARTDIR/tmao), timed
#                                              as attn-mlir[tmao]
#     perscheck, persmemcheck, persracecheck   the prefill variants on persistent CTAs
#                                              (ARTDIR/persist, --persistent; perscheck
#                                              also on 5 CTAs), timed as attn-mlir[persist]
#     persocheck                               the same with --overlap (ARTDIR/persisto,
#                                              also on 5 CTAs), timed as attn-mlir[persisto]
#     ekvcheck, ekvmemcheck, ekvracecheck      the prefill variants as the default plans them
#                                              with --early-kv (ARTDIR/ekv), timed as
#                                              attn-mlir[ekv]
#     l2check, l2memcheck                      the default prefill bundles (L2 sections of KV
#                                              heads, ARTDIR/bundles) with
#                                              ATTN_RT_L2_BYTES=1 (one KV head a section, every
#                                              request a group) and =3000000 (sections of
#                                              several heads, groups of a few requests; pcheck
#                                              runs them at the device's L2); l2memcheck with
#                                              the latter; attn-mlir[nol2] (ARTDIR/nol2) is the
#                                              default without sections
#     persl2check                              persisto with --l2-sections (ARTDIR/persl2):
#                                              device grid, then 5 CTAs with
#                                              ATTN_RT_L2_BYTES=3000000; attn-mlir[persl2]
#     ppocheck                                 the ragged head_dim 128 variants with --pingpong
#                                              (ARTDIR/ppo: persistent, overlapped, the two
#                                              consumer warpgroups taking turns): device grid,
#                                              then 5 CTAs with ATTN_RT_L2_BYTES=3000000;
#                                              attn-mlir[ppo]
#     pgtocheck, pgtpcheck                     the paged variants with K/V by TMA and the
#                                              overlap (ARTDIR/pgto), persistent too
#                                              (ARTDIR/pgtp): device grid, then 5 CTAs with
#                                              ATTN_RT_L2_BYTES=3000000; their -paged16 columns
#     pg3check, pg3ocheck, pg3tcheck           the same over ARTDIR/pg3, pg3o, pg3t (three
#                                              K/V stages; see build_gpu_artifacts.sh)
#     ekvl2check                               --early-kv --l2-sections (ARTDIR/ekvl2), with
#                                              ATTN_RT_L2_BYTES=3000000; attn-mlir[ekvl2]
#     pncu                                     ncu on the causal 16k prefill kernel (default
#                                              and ARTDIR/wso, persist, nol2): tensor pipe,
#                                              issue, MUFU, DRAM bytes, L2 hit rate, stalls
#                                              (scripts/ncu_profile.sh; PNCU_SHAPE)
#     dncu                                     ncu on the decode step, attention and merge,
#                                              of 1x32768 and 16x4096 (DNCU_SHAPES): DRAM,
#                                              L2, issue, occupancy, waves, stalls
#     tcheck                                   the soft-capped decode and prefill variants with
#                                              the soft-cap on libdevice's tanhf (ARTDIR/libtanh,
#                                              --approx-tanh=false), timed as attn-mlir[libtanh]
#     ops                                      append-KV, RoPE and merge kernels (check_ops.py)
#     sampling                                 sampling kernels: chi-square, exact renorm / mask,
#                                              reproducibility, bad input, and
#                                              chain_speculative_sampling (check_sampling.py);
#                                              again (not the speculative checks) on the
#                                              cluster kernels of bundles/sampling_cluster,
#                                              each cluster size it holds, when built
#     smemcheck, sracecheck                    compute-sanitizer memcheck / racecheck over
#                                              check_sampling.py --quick (not in the default
#                                              list; memcheck keeps torch's caching allocator:
#                                              the CUDA-graph checks capture allocations)
#     cascade                                  multi-level (cascade) attention: 1, 2 and 3 levels
#                                              and CUDA Graph replay against float64, and
#                                              FlashInfer's MultiLevelCascadeAttentionWrapper
#                                              when it installs (check_cascade.py)
#     cmemcheck                                compute-sanitizer memcheck over
#                                              check_cascade.py --quick (not in the default list)
#     cbench                                   cascade vs plain decode, ours and FlashInfer's,
#                                              with our step's kernels (--breakdown), and
#                                              parallel generation, eager and in CUDA graphs
#                                              (--graph) (bench/cascade_bench.py)
#     tcbench                                  the cascade step with level 0 on the TMA prefill
#                                              kernel (ARTDIR/tma), into OUTDIR/bench_tma
#     sbench                                   sampling (chain_speculative_sampling too) vs
#                                              FlashInfer and torch
#                                              (bench/sampling_bench.py; installs the wheels)
#     multiarch                                multi-arch bundles: selection, mismatch message,
#                                              decode on the selected arch (check_multiarch.py)
#     hostlaunch                               attention in linalg, raised and compiled with
#                                              attn-to-host into a host program that launches
#                                              the kernels itself (gpu.launch_func on the mgpu*
#                                              wrappers), checked against float64
#                                              (ARTDIR/host_launch/attn-host-launch)
#     ficompat                                 attn_mlir.flashinfer vs FlashInfer and the reference
#                                              (check_flashinfer_compat.py) + the example decoder
#                                              with --compile; not in the default list; needs
#                                              ATTN_MLIR_CACHE_DIR filled by
#                                              scripts/prefill_jit_cache.py
#     tp                                       tensor parallelism and device ordinals
#                                              (examples/tensor_parallel/gpu_check.sh):
#                                              tests/gpu/check_devices.py under
#                                              CUDA_VISIBLE_DEVICES=0 (and over all GPUs when
#                                              there are several), tp_attention.py with N = 1
#                                              and N = 2, 4, 8 as far as the GPUs go, against
#                                              float64, timings in OUTDIR/bench; not in the
#                                              default list; needs ATTN_MLIR_CACHE_DIR filled
#                                              by scripts/prefill_jit_cache.py
#   or the groups "decode" (check,ccheck,memcheck,racecheck,bench), "prefill" (pcheck,...,pbench)
#   "wgmma" (wcheck,wmemcheck,wracecheck), "ws" (xcheck,xmemcheck,xracecheck), "wsp"
#   (ycheck,ymemcheck,yracecheck) and "wso" (zcheck,zmemcheck,zracecheck).
#   The device allows 10 minutes a command: split the steps over calls when needed, e.g.
#   "unit,check,pcheck" then "memcheck,racecheck,pmemcheck,pracecheck" then "bench" then
#   "pbench".
# Env: STEP_TIMEOUT (seconds per step, default 540), TP_ARGS (extra tp_attention.py args), BENCH_ARGS (extra decode_bench.py args),
#   CCHECK_ARGS (extra check_cascade.py args), CBENCH_ARGS (extra cascade_bench.py args),
#   CHECK_ARGS (extra check_decode.py args), PBENCH_ARGS (extra prefill_bench.py args),
#   PCHECK_ARGS (extra check_prefill.py args), OCHECK_ARGS (extra check_ops.py args), SCHECK_ARGS (extra check_sampling.py args), SBENCH_ARGS (extra sampling_bench.py args), MCHECK_ARGS (extra check_multiarch.py args), WHEELS (dir of FlashInfer wheels, default .whl).
set -u -o pipefail

ART=${1:?usage: scripts/gpu_check.sh ARTDIR OUTDIR [STEPS]}
OUTDIR=${2:?usage: scripts/gpu_check.sh ARTDIR OUTDIR [STEPS]}
STEPS=${3:-unit,check,ccheck,memcheck,racecheck,bench,pcheck,ops,cascade,multiarch,hostlaunch,pmemcheck,pracecheck,pbench}
STEPS=${STEPS//decode/check,ccheck,memcheck,racecheck,bench}
STEPS=${STEPS//prefill/pcheck,pmemcheck,pracecheck,pbench}
STEPS=${STEPS//wgmma/wcheck,wmemcheck,wracecheck}
STEPS=,$STEPS,
STEPS=${STEPS//,ws,/,xcheck,xmemcheck,xracecheck,}
STEPS=${STEPS//,wsp,/,ycheck,ymemcheck,yracecheck,}
STEPS=${STEPS//,wso,/,zcheck,zmemcheck,zracecheck,}
STEPS=${STEPS#,}
STEPS=${STEPS%,}
REPO=$(cd "$(dirname "$0")/.." && pwd)
STEP_TIMEOUT=${STEP_TIMEOUT:-540}
WHEELS=${WHEELS:-$REPO/.whl}
mkdir -p "$OUTDIR"
OUTDIR=$(cd "$OUTDIR" && pwd)
ART=$(cd "$ART" 2>/dev/null && pwd || echo "$ART")

export PYTHONPATH="$REPO/python:$REPO/tests/gpu${PYTHONPATH:+:$PYTHONPATH}"
export ATTN_RT_LIBRARY=${ATTN_RT_LIBRARY:-$ART/libattn_rt.so}
export PYTHONUNBUFFERED=1

declare -a NAMES STATUS SECS
run_step() {  # name, command...: runs with a timeout, logs to OUTDIR/name.log
  local name=$1; shift
  local t0 rc
  t0=$(date +%s)
  echo "=== $name: $*" | tee "$OUTDIR/$name.log"
  timeout --signal=TERM --kill-after=20 "$STEP_TIMEOUT" "$@" >>"$OUTDIR/$name.log" 2>&1
  rc=$?
  tail -n 40 "$OUTDIR/$name.log"
  local st=PASS
  [ $rc -eq 124 ] && st="TIMEOUT" || { [ $rc -ne 0 ] && st="FAIL(rc=$rc)"; }
  NAMES+=("$name"); STATUS+=("$st"); SECS+=($(( $(date +%s) - t0 )))
}
skip_step() { NAMES+=("$1"); STATUS+=("SKIP: $2"); SECS+=(0); }
want() { case ",$STEPS," in *",$1,"*) return 0;; esac; return 1; }
install_flashinfer() {  # FlashInfer from the carried wheels (offline; it JIT-compiles with nvcc)
  [ -n "${FLASHINFER_TRIED:-}" ] && return
  FLASHINFER_TRIED=1
  if ! python3 -c 'import flashinfer' >/dev/null 2>&1 && ls "$WHEELS"/*.whl >/dev/null 2>&1; then
    PYDEPS=/tmp/attn_pydeps
    python3 -m pip install -q --no-deps --no-index --target "$PYDEPS" "$WHEELS"/*.whl >"$OUTDIR/flashinfer_install.log" 2>&1 \
      || python3 -m pip install -q --no-deps --no-index --break-system-packages --target "$PYDEPS" "$WHEELS"/*.whl >>"$OUTDIR/flashinfer_install.log" 2>&1 \
      || echo "gpu_check: FlashInfer wheels did not install (see flashinfer_install.log)"
    export PYTHONPATH="$PYTHONPATH:$PYDEPS"
  fi
}

{
  echo "date: $(date -Is)"; echo "host: $(hostname)"
  nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader 2>&1
  python3 -c 'import torch; print("torch", torch.__version__, "cuda", torch.version.cuda)' 2>&1
  nvcc --version 2>&1 | tail -n 1
  echo "ARTDIR: $ART"; ls "$ART" 2>&1
  [ -f "$ART/compile_times.json" ] && python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("bundles: compiled", d["compiled"], "failed", d["failed"])' "$ART/compile_times.json"
} > "$OUTDIR/environment.txt" 2>&1
cat "$OUTDIR/environment.txt"

have_art=1       # the library and decode bundles
have_prefill=0   # the library and prefill bundles (their names end in _causal / _none [...])
for b in "$ART"/bundles/*; do
  [[ $(basename "$b") =~ _(causal|none)(_|$) ]] && have_prefill=1 && break
done
if [ ! -f "$ATTN_RT_LIBRARY" ]; then
  echo "gpu_check: no libattn_rt.so at $ATTN_RT_LIBRARY (run scripts/build_gpu_artifacts.sh ARTDIR here first and carry ARTDIR)"
  have_art=0; have_prefill=0
elif [ ! -d "$ART/bundles" ] || [ -z "$(ls -A "$ART/bundles" 2>/dev/null)" ]; then
  echo "gpu_check: no bundles under $ART/bundles (attn-compile missing or every compile failed; see $ART/compile_times.json)"
  have_art=0
fi

if want unit; then
  run_step unit python3 -m pytest -q -p no:cacheprovider "$REPO/python/tests" "$REPO/tests/gpu/test_reference.py" "$REPO/tests/gpu/test_prefill_variants.py" "$REPO/tests/gpu/test_ops_reference.py"
fi

if want check; then
  if [ $have_art -eq 1 ]; then
    run_step check python3 "$REPO/tests/gpu/check_decode.py" "$ART" --json "$OUTDIR/check_decode.json" ${CHECK_ARGS:-}
  else skip_step check "no artifacts"; fi
fi

if want ccheck; then
  if [ -d "$ART/cuda-core/bundles" ]; then
    run_step ccheck python3 "$REPO/tests/gpu/check_decode.py" "$ART/cuda-core" --json "$OUTDIR/check_decode_cuda_core.json" ${CHECK_ARGS:-}
  else skip_step ccheck "no artifacts (no cuda-core/bundles)"; fi
fi

if want pcheck; then
  if [ $have_prefill -eq 1 ]; then
    run_step pcheck python3 "$REPO/tests/gpu/check_prefill.py" "$ART" "$OUTDIR" ${PCHECK_ARGS:-}
  else skip_step pcheck "no artifacts (no prefill bundles)"; fi
fi

# bundle_step STEP DIR WHAT [--flashinfer] COMMAND...: COMMAND as step STEP where the runtime
# library and $ART/DIR are there (FlashInfer installed first with --flashinfer), else a skip
# "no artifacts (no WHAT)".
bundle_step() {
  local step=$1 dir=$2 what=$3
  shift 3
  if [ ! -f "$ATTN_RT_LIBRARY" ] || [ ! -d "$ART/$dir" ]; then
    skip_step "$step" "no artifacts (no $what)"
    return
  fi
  if [ "$1" = --flashinfer ]; then
    install_flashinfer
    shift
  fi
  run_step "$step" "$@"
}

# shellcheck disable=SC2086  # the *_ARGS are word lists (here and below)
want ops && bundle_step ops bundles/ops "ops bundle" \
  python3 "$REPO/tests/gpu/check_ops.py" "$ART" "$OUTDIR" ${OCHECK_ARGS:-}
want wcheck && bundle_step wcheck wgmma/bundles "wgmma/bundles" \
  python3 "$REPO/tests/gpu/check_prefill.py" "$ART/wgmma" --json "$OUTDIR/check_prefill_wgmma.json" ${PCHECK_ARGS:-}
want xcheck && bundle_step xcheck ws/bundles "ws/bundles" \
  python3 "$REPO/tests/gpu/check_prefill.py" "$ART/ws" --json "$OUTDIR/check_prefill_ws.json" ${PCHECK_ARGS:-}
want ycheck && bundle_step ycheck wsp/bundles "wsp/bundles" \
  python3 "$REPO/tests/gpu/check_prefill.py" "$ART/wsp" --json "$OUTDIR/check_prefill_wsp.json" ${PCHECK_ARGS:-}
want zcheck && bundle_step zcheck wso/bundles "wso/bundles" \
  python3 "$REPO/tests/gpu/check_prefill.py" "$ART/wso" --json "$OUTDIR/check_prefill_wso.json" ${PCHECK_ARGS:-}
want w2check && bundle_step w2check ws256/bundles "ws256/bundles" \
  python3 "$REPO/tests/gpu/check_prefill.py" "$ART/ws256" --allow-missing --json "$OUTDIR/check_prefill_ws256.json" ${PCHECK_ARGS:-}
want tmacheck && bundle_step tmacheck tma/bundles "tma/bundles" \
  python3 "$REPO/tests/gpu/check_prefill.py" "$ART/tma" --allow-missing --json "$OUTDIR/check_prefill_tma.json" ${PCHECK_ARGS:-}
want tmaocheck && bundle_step tmaocheck tmao/bundles "tmao/bundles" \
  python3 "$REPO/tests/gpu/check_prefill.py" "$ART/tmao" --allow-missing --json "$OUTDIR/check_prefill_tmao.json" ${PCHECK_ARGS:-}
# Twice: on the device's grid, then on 5 CTAs (ATTN_RT_PERSISTENT_CTAS), so that every CTA
# loops over many work items and its stage ring wraps around across them in every case.
want perscheck && bundle_step perscheck persist/bundles "persist/bundles" \
  bash -c 'python3 "$1/tests/gpu/check_prefill.py" "$2/persist" --allow-missing --json "$3/check_prefill_persist.json" "${@:4}" &&
    ATTN_RT_PERSISTENT_CTAS=5 python3 "$1/tests/gpu/check_prefill.py" "$2/persist" --allow-missing --json "$3/check_prefill_persist_5ctas.json" "${@:4}"' \
  _ "$REPO" "$ART" "$OUTDIR" ${PCHECK_ARGS:-}
want persocheck && bundle_step persocheck persisto/bundles "persisto/bundles" \
  bash -c 'python3 "$1/tests/gpu/check_prefill.py" "$2/persisto" --allow-missing --json "$3/check_prefill_persisto.json" "${@:4}" &&
    ATTN_RT_PERSISTENT_CTAS=5 python3 "$1/tests/gpu/check_prefill.py" "$2/persisto" --allow-missing --json "$3/check_prefill_persisto_5ctas.json" "${@:4}"' \
  _ "$REPO" "$ART" "$OUTDIR" ${PCHECK_ARGS:-}
want ekvcheck && bundle_step ekvcheck ekv/bundles "ekv/bundles" \
  python3 "$REPO/tests/gpu/check_prefill.py" "$ART/ekv" --allow-missing --json "$OUTDIR/check_prefill_ekv.json" ${PCHECK_ARGS:-}
# The alternative sets checked twice: on the device's grid, then on 5 persistent CTAs with
# ATTN_RT_L2_BYTES=3000000. The float64 problems are small, so at the device's L2 most plans
# take every KV head in one section; the testing hook makes the plans cut sections and request
# groups, and with 5 CTAs every CTA loops over many items.
for set in persl2 ppo pgto pgtp pg3 pg3o pg3t; do
  want ${set}check && bundle_step ${set}check $set/bundles "$set/bundles" \
    bash -c 'python3 "$1/tests/gpu/check_prefill.py" "$2/$4" --allow-missing --json "$3/check_prefill_$4.json" "${@:5}" &&
      ATTN_RT_PERSISTENT_CTAS=5 ATTN_RT_L2_BYTES=3000000 python3 "$1/tests/gpu/check_prefill.py" "$2/$4" --allow-missing --json "$3/check_prefill_$4_5ctas.json" "${@:5}"' \
    _ "$REPO" "$ART" "$OUTDIR" $set ${PCHECK_ARGS:-}
done
want ekvl2check && bundle_step ekvl2check ekvl2/bundles "ekvl2/bundles" \
  env ATTN_RT_L2_BYTES=3000000 python3 "$REPO/tests/gpu/check_prefill.py" "$ART/ekvl2" --allow-missing --json "$OUTDIR/check_prefill_ekvl2.json" ${PCHECK_ARGS:-}
want l2check && bundle_step l2check bundles "prefill bundles" \
  bash -c 'ATTN_RT_L2_BYTES=1 python3 "$1/tests/gpu/check_prefill.py" "$2" --json "$3/check_prefill_l2s_1.json" "${@:4}" &&
    ATTN_RT_L2_BYTES=3000000 ATTN_RT_PERSISTENT_CTAS=5 python3 "$1/tests/gpu/check_prefill.py" "$2" --json "$3/check_prefill_l2s_3m.json" "${@:4}"' \
  _ "$REPO" "$ART" "$OUTDIR" ${PCHECK_ARGS:-}
# The soft-capped variants with --approx-tanh=false: decode and prefill against float64.
want tcheck && bundle_step tcheck libtanh/bundles "libtanh/bundles" \
  bash -c 'python3 "$1/tests/gpu/check_decode.py" "$2" --allow-missing --json "$3/check_decode_libtanh.json" &&
           python3 "$1/tests/gpu/check_prefill.py" "$2" --allow-missing --json "$3/check_prefill_libtanh.json"' \
  _ "$REPO" "$ART/libtanh" "$OUTDIR"
want multiarch && bundle_step multiarch multiarch/bundles "multi-arch bundles" \
  python3 "$REPO/tests/gpu/check_multiarch.py" "$ART" ${MCHECK_ARGS:-}

if want hostlaunch; then
  if [ -x "$ART/host_launch/attn-host-launch" ]; then
    run_step hostlaunch bash -c '"$1/attn-host-launch" && "$1/attn-host-launch-split"' _ "$ART/host_launch"
  else skip_step hostlaunch "no artifacts (no host_launch/attn-host-launch)"; fi
fi

SAN=$(command -v compute-sanitizer || ls /usr/local/cuda/bin/compute-sanitizer 2>/dev/null || true)
for step in memcheck racecheck pmemcheck pracecheck wmemcheck wracecheck xmemcheck xracecheck \
    ymemcheck yracecheck zmemcheck zracecheck tmamemcheck tmaracecheck persmemcheck \
    persracecheck ekvmemcheck ekvracecheck l2memcheck; do
  want $step || continue
  case $step in
    tma*) tool=${step#tma} ;; pers*) tool=${step#pers} ;; ekv*) tool=${step#ekv} ;;
    l2*) tool=${step#l2} ;;
    *) tool=${step#[pwxyz]} ;;
  esac
  art=$ART
  subset=()
  if [ "$step" = "$tool" ]; then
    ok=$have_art; script=check_decode.py
  elif [ "$step" = "p$tool" ]; then
    ok=$have_prefill; script=check_prefill.py
  else
    ok=$have_prefill; script=check_prefill.py
    case $step in
      w*) art=$ART/wgmma ;; x*) art=$ART/ws ;; y*) art=$ART/wsp ;; z*) art=$ART/wso ;;
      pers*) art=$ART/persist; subset=(--allow-missing) ;;
      ekv*) art=$ART/ekv; subset=(--allow-missing) ;;
      l2*) art=$ART ;;
      *) art=$ART/tma; subset=(--allow-missing) ;;
    esac
    [ -d "$art/bundles" ] || ok=0
  fi
  if [ $ok -eq 0 ]; then skip_step $step "no artifacts"; continue; fi
  if [ -z "$SAN" ]; then skip_step $step "compute-sanitizer not found"; continue; fi
  extra=()
  [ $tool = racecheck ] && extra=(--racecheck-report hazard)
  # No caching allocator under memcheck: out-of-bounds accesses land outside any allocation.
  nocache=0
  [ $tool = memcheck ] && nocache=1
  # The L2 sections under the sanitizer with the plans cut into several sections and groups.
  l2bytes=${ATTN_RT_L2_BYTES:-}
  [[ $step == l2* ]] && l2bytes=3000000
  run_step $step env PYTORCH_NO_CUDA_MEMORY_CACHING=$nocache ATTN_RT_L2_BYTES="$l2bytes" \
    "$SAN" --tool $tool "${extra[@]}" --error-exitcode 1 --print-limit 50 \
    python3 "$REPO/tests/gpu/$script" "$art" --quick "${subset[@]}" --json "$OUTDIR/$step.json"
done

# bench_step STEP NAME PLOT PNG [ARGS...]: bench/NAME.py with FlashInfer (and the artifacts where
# there are some) into $OUTDIR/bench, then bench/PLOT.py of its NAME.json into PNG.
bench_step() {
  local step=$1 name=$2 plot=$3 png=$4
  shift 4
  install_flashinfer
  local art_arg=()
  [ -f "$ATTN_RT_LIBRARY" ] && art_arg=(--artdir "$ART")
  run_step "$step" python3 "$REPO/bench/$name.py" "$OUTDIR/bench" "${art_arg[@]}" "$@"
  if [ -f "$OUTDIR/bench/$name.json" ]; then
    python3 "$REPO/bench/$plot.py" "$OUTDIR/bench/$name.json" -o "$OUTDIR/bench/$png" >>"$OUTDIR/$step.log" 2>&1 \
      || echo "gpu_check: $step plot failed (see $step.log)"
  fi
}

# shellcheck disable=SC2086  # the *_ARGS are word lists
want bench && bench_step bench decode_bench plot_decode decode_bench.png ${BENCH_ARGS:-}
# shellcheck disable=SC2086
want pbench && bench_step pbench prefill_bench plot_prefill prefill_tflops.png ${PBENCH_ARGS:-}

# ncu on the causal 16k prefill kernel: the default bundles and, where built, the overlapped
# warp-specialized ones (tensor pipe, issue slots, MUFU/FMA pipes, stall reasons).
if want pncu; then
  if [ ! -f "$ATTN_RT_LIBRARY" ] || [ ! -d "$ART/bundles" ]; then skip_step pncu "no artifacts"
  else
    run_step pncu bash -c 'for d in "$1" "$1/wso" "$1/persist" "$1/nol2"; do [ -d "$d/bundles" ] || continue;
      "$2/scripts/ncu_profile.sh" prefill "$d" "$3/ncu_prefill_$(basename "$d").txt" ${PNCU_SHAPE:-} || exit 1; done' \
      _ "$ART" "$REPO" "$OUTDIR"
  fi
fi
# ncu on the decode step (tensor-core kernel and split-KV merge) of each of DNCU_SHAPES
# (default the two shapes below the issue's target: 1x32768 and 16x4096).
if want dncu; then
  if [ ! -f "$ATTN_RT_LIBRARY" ] || [ ! -d "$ART/bundles" ]; then skip_step dncu "no artifacts"
  else
    run_step dncu bash -c 'for s in ${DNCU_SHAPES:-1x32768 16x4096}; do
      "$2/scripts/ncu_profile.sh" decode "$1" "$3/ncu_decode_$s.txt" "$s" || exit 1; done' \
      _ "$ART" "$REPO" "$OUTDIR"
  fi
fi

want sampling && bundle_step sampling bundles/sampling "sampling bundle" \
  python3 "$REPO/tests/gpu/check_sampling.py" "$ART" "$OUTDIR" ${SCHECK_ARGS:-}
# The sampling kernels under the sanitizers. Unlike the attention memchecks, memcheck keeps
# torch's caching allocator: without it, the CUDA-graph checks' outputs are cudaMalloc'ed
# inside the capture, which CUDA refuses (cudaErrorStreamCaptureUnsupported), and the capture
# and the checks after it fail for the harness's sake.
for step in smemcheck sracecheck; do
  want $step || continue
  tool=${step#s}
  if [ ! -f "$ATTN_RT_LIBRARY" ] || [ ! -d "$ART/bundles/sampling" ]; then
    skip_step $step "no artifacts (no sampling bundle)"
  elif [ -z "$SAN" ]; then skip_step $step "compute-sanitizer not found"
  else
    extra=()
    [ $tool = racecheck ] && extra=(--racecheck-report hazard)
    run_step $step "$SAN" --tool $tool "${extra[@]}" --error-exitcode 1 --print-limit 50 \
      python3 "$REPO/tests/gpu/check_sampling.py" "$ART" --quick ${SCHECK_ARGS:-}
  fi
done
want sbench && bundle_step sbench bundles/sampling "sampling bundle" --flashinfer \
  python3 "$REPO/bench/sampling_bench.py" "$ART" "$OUTDIR/bench" ${SBENCH_ARGS:-}

# Cascade: the prefill (none, causal), decode and ops bundles of GQA 32/8 d128 bf16 page 16.
want cascade && bundle_step cascade bundles/ops "ops bundle" --flashinfer \
  python3 "$REPO/tests/gpu/check_cascade.py" "$ART" "$OUTDIR" ${CCHECK_ARGS:-}
if want cmemcheck; then
  if [ ! -f "$ATTN_RT_LIBRARY" ] || [ ! -d "$ART/bundles/ops" ]; then
    skip_step cmemcheck "no artifacts (no ops bundle)"
  elif [ -z "$SAN" ]; then skip_step cmemcheck "compute-sanitizer not found"
  else
    run_step cmemcheck env PYTORCH_NO_CUDA_MEMORY_CACHING=1 "$SAN" --tool memcheck \
      --error-exitcode 1 --print-limit 50 python3 "$REPO/tests/gpu/check_cascade.py" "$ART" \
      --quick --json "$OUTDIR/cmemcheck.json"
  fi
fi
want cbench && bundle_step cbench bundles/ops "ops bundle" --flashinfer \
  python3 "$REPO/bench/cascade_bench.py" "$ART" "$OUTDIR/bench" --breakdown --graph ${CBENCH_ARGS:-}
if want cbench && [ -f "$OUTDIR/bench/cascade_bench.json" ]; then
  python3 "$REPO/bench/plot_cascade.py" "$OUTDIR/bench/cascade_bench.json" \
    -o "$OUTDIR/bench/cascade_bench.png" >>"$OUTDIR/cbench.log" 2>&1 \
    || echo "gpu_check: cbench plot failed (see cbench.log)"
fi
# The cascade step with its level 0 on the TMA prefill kernel (ARTDIR/tma), into bench_tma/.
want tcbench && bundle_step tcbench tma/bundles "tma/bundles" --flashinfer \
  python3 "$REPO/bench/cascade_bench.py" "$ART" "$OUTDIR/bench_tma" --level0-from "$ART/tma" \
  --skip-pargen ${CBENCH_ARGS:-}

# ---- FlashInfer-compatible layer (attn_mlir.flashinfer) -------------------------------------
# Kernels come from the attn_mlir.jit cache (ATTN_MLIR_CACHE_DIR), not from ARTDIR's bundles;
# only the runtime library is taken from ARTDIR. FICOMPAT_ARGS: extra check arguments.
if want ficompat; then
  if [ ! -f "$ATTN_RT_LIBRARY" ]; then skip_step ficompat "no artifacts (no libattn_rt.so)"
  elif [ -z "${ATTN_MLIR_CACHE_DIR:-}" ]; then skip_step ficompat "no artifacts (ATTN_MLIR_CACHE_DIR unset)"
  else
    install_flashinfer
    run_step ficompat env FICOMPAT_ARGS="${FICOMPAT_ARGS:-}" bash -c 'python3 "$1/tests/gpu/check_flashinfer_compat.py" ${FICOMPAT_ARGS:-} && python3 "$1/examples/python/llama_decoder.py" --compile' _ "$REPO"
  fi
fi

# ---- tensor parallelism and device ordinals (examples/tensor_parallel) -----------------------
# Kernels from the attn_mlir.jit cache, as for ficompat.
if want tp; then
  if [ ! -f "$ATTN_RT_LIBRARY" ]; then skip_step tp "no artifacts (no libattn_rt.so)"
  elif [ -z "${ATTN_MLIR_CACHE_DIR:-}" ]; then skip_step tp "no artifacts (ATTN_MLIR_CACHE_DIR unset)"
  else
    # shellcheck disable=SC2086  # TP_ARGS is a word list
    run_step tp bash "$REPO/examples/tensor_parallel/gpu_check.sh" "$OUTDIR" ${TP_ARGS:-}
  fi
fi

failed=0
{
  echo
  printf '%-10s %-36s %6s  %s\n' step status sec log
  for i in "${!NAMES[@]}"; do
    printf '%-10s %-36s %6s  %s\n' "${NAMES[$i]}" "${STATUS[$i]}" "${SECS[$i]}" "$OUTDIR/${NAMES[$i]}.log"
    case "${STATUS[$i]}" in PASS|SKIP*) ;; *) failed=1;; esac
  done
  [ $have_art -eq 0 ] && echo "artifacts missing: check/memcheck/racecheck were skipped"
  if [ $have_prefill -eq 0 ] && { want pcheck || want pmemcheck || want pracecheck; }; then
    echo "prefill bundles missing: pcheck/pmemcheck/pracecheck were skipped"
  fi
} | tee "$OUTDIR/summary.txt"
# Skipped correctness steps count as failures: nothing was verified.
grep -qE "^[a-z]+ +SKIP: no artifacts" "$OUTDIR/summary.txt" && failed=1
grep -qE "^[a-z]+ +(FAIL|TIMEOUT)" "$OUTDIR/summary.txt" && failed=1
exit $failed
