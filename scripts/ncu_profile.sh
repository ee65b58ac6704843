#!/usr/bin/env bash
# ncu on the benchmark's attn-mlir kernels of one shape, for the issues' "report ncu's ..." and
# for finding what limits a kernel before changing it.
#   prefill: the attention kernel of one prefill benchmark shape (bench/profile_prefill.py):
#            tensor pipe (wgmma: GMMA; mma.sync: HMMA), issue slots, MUFU (XU) / FMA / ALU pipes,
#            occupancy and the warp stall reasons.
#   decode:  the attention kernel and the split-KV merge of one decode benchmark shape
#            (bench/profile_decode.py): DRAM and L2 throughput, bytes read, L2 hit rate, issue
#            slots, occupancy, grid and waves, and the stall reasons (long scoreboard: loads in
#            flight).
#   sampling: the sampling kernel of one attn_mlir.sampling function at one batch over vocab
#            128256, f32 probabilities (bench/sampling_bench.py; a batch of 1 runs the 16-CTA
#            cluster kernel where the bundle has it): DRAM throughput, issue slots, occupancy
#            and the stall reasons (barriers: the cluster's exchanges).
#   cascade: the level-0 (shared prefix) prefill kernel of bench/cascade_bench.py's decode step
#            (64 x (32768 shared + 512 own) tokens): the prefill metrics, DRAM bytes and L2 hits.
#            SHAPE `step` profiles every kernel of one sequential step instead (level 0, its
#            split merge, level 1, merge_state): each one's time without the others beside it.
# Usage: [NCU_SOURCE=1] scripts/ncu_profile.sh prefill|decode|sampling|cascade ARTDIR OUTFILE
#                                             [SHAPE]
#   NCU_SOURCE=1 profiles the launch once more with PC sampling and appends the SASS
#   instructions the warps stall on most, with their stall reasons (scripts/ncu_stalls.py).
#   SHAPE: a prefill_bench shape (default d128_causal_1x16384) or a decode_bench shape (default
#   1x32768), for sampling FUNCTION:BATCH (default sampling_from_probs:1), for cascade level0
#   (default) or step. The first launches of each kernel warm the caches and are skipped.
#   Metrics the installed ncu does not know for the device are left out (queried first), so
#   the same script serves sm_80 and sm_90 kernels.
set -u -o pipefail
usage="usage: scripts/ncu_profile.sh prefill|decode|sampling|cascade ARTDIR OUTFILE [SHAPE]"
KIND=${1:?$usage}
ART=${2:?$usage}
OUTFILE=${3:?$usage}
REPO=$(cd "$(dirname "$0")/.." && pwd)
NCU=$(command -v ncu || ls /usr/local/cuda/bin/ncu 2>/dev/null || true)
[ -n "$NCU" ] || { echo "ncu_profile: ncu not found" >&2; exit 2; }
export PYTHONPATH="$REPO/python:$REPO/tests/gpu${PYTHONPATH:+:$PYTHONPATH}"
export ATTN_RT_LIBRARY=${ATTN_RT_LIBRARY:-$ART/libattn_rt.so}

common=(
  gpu__time_duration.sum
  sm__cycles_elapsed.avg.per_second
  smsp__issue_active.avg.pct_of_peak_sustained_active
  sm__warps_active.avg.pct_of_peak_sustained_active
  smsp__warps_eligible.avg.per_cycle_active
  dram__throughput.avg.pct_of_peak_sustained_elapsed
  lts__t_sector_hit_rate.pct
)
tmpdir=""  # the benchmark output of the sampling / cascade runs (not kept)
trap '[ -n "$tmpdir" ] && rm -rf "$tmpdir"' EXIT
case $KIND in
  prefill)
    SHAPE=${4:-d128_causal_1x16384}
    wanted=("${common[@]}"
      sm__pipe_tensor_op_gmma_cycles_active.avg.pct_of_peak_sustained_active
      sm__pipe_tensor_op_hmma_cycles_active.avg.pct_of_peak_sustained_active
      sm__inst_executed_pipe_tensor_op_gmma.sum
      sm__inst_executed_pipe_xu.avg.pct_of_peak_sustained_active
      sm__inst_executed_pipe_fma.avg.pct_of_peak_sustained_active
      sm__inst_executed_pipe_alu.avg.pct_of_peak_sustained_active
      sm__cycles_active.avg
      sm__cycles_active.max
      sm__cycles_active.min
      dram__bytes_read.sum)
    # The second launch of the attention kernel (the first one warms the caches).
    select=(--kernel-name regex:'_attention$' --launch-skip 1 --launch-count 1)
    run=(python3 "$REPO/bench/profile_prefill.py" "$ART" --shape "$SHAPE" --runs 3)
    summary="gmma|hmma|issue_active|pipe_xu|pipe_fma|duration|warps_eligible|cycles_active|dram__|lts__|Grid Size|Stall|Achieved Occupancy"
    ;;
  decode)
    SHAPE=${4:-1x32768}
    wanted=("${common[@]}"
      dram__bytes_read.sum
      dram__bytes_read.sum.per_second
      lts__t_bytes.sum.per_second
      sm__inst_executed_pipe_tensor_op_hmma.sum)
    # Past the first two steps (each an attention launch and, when the plan splits KV, a merge):
    # the third step's kernels, or with an unsplit plan the fifth step's attention alone.
    select=(--kernel-name regex:'_(attention|merge)$' --launch-skip 4 --launch-count 2)
    run=(python3 "$REPO/bench/profile_decode.py" "$ART" --shapes "$SHAPE" --runs 5)
    summary="dram__|lts__|issue_active|duration|warps_eligible|Grid Size|Waves Per SM|Stall|Achieved Occupancy"
    ;;
  sampling)
    SHAPE=${4:-sampling_from_probs:1}
    wanted=("${common[@]}"
      dram__bytes_read.sum
      sm__cycles_active.avg
      sm__cycles_active.max
      smsp__inst_executed.sum)
    # Our kernels are named <input>_<filters>_<dtype>[_c<cluster>]_<mode>; FlashInfer's, timed
    # in the same run, are not. The 21st launch: past the timing's warm-up.
    select=(--kernel-name regex:'^(probs|logits)_.*_(sample|renorm|mask)$' --launch-skip 20
            --launch-count 1)
    tmpdir=$(mktemp -d)
    run=(python3 "$REPO/bench/sampling_bench.py" "$ART" "$tmpdir" --batches "${SHAPE##*:}"
         --vocabs 128256 --spec-batches "" --functions "${SHAPE%%:*}" --iters 30 --warmup 20)
    summary="dram__|issue_active|duration|warps_eligible|cycles_active|inst_executed|Grid Size|Cluster|Stall|Achieved Occupancy"
    ;;
  cascade)
    SHAPE=${4:-level0}
    case $SHAPE in level0|step) ;;
      *) echo "ncu_profile: cascade takes SHAPE level0 or step (got '$SHAPE')" >&2; exit 2 ;;
    esac
    wanted=("${common[@]}"
      sm__pipe_tensor_op_gmma_cycles_active.avg.pct_of_peak_sustained_active
      sm__pipe_tensor_op_hmma_cycles_active.avg.pct_of_peak_sustained_active
      sm__cycles_active.avg
      sm__cycles_active.max
      dram__bytes_read.sum)
    # The level-0 kernel (the prefill bundle without a mask, with LSE) of the fifth step, or
    # the four kernels of the fifth sequential step (the first run of the step comes first).
    if [ "$SHAPE" = step ]; then
      select=(--kernel-name regex:'_(attention|merge|merge_state)$' --launch-skip 16
              --launch-count 4)
    else
      select=(--kernel-name regex:'none_lse_attention$' --launch-skip 4 --launch-count 1)
    fi
    tmpdir=$(mktemp -d)
    run=(python3 "$REPO/bench/cascade_bench.py" "$ART" "$tmpdir" --skip-pargen --no-flashinfer
         --iters 5 --warmup 2)
    summary="gmma|hmma|issue_active|duration|warps_eligible|cycles_active|dram__|lts__|Grid Size|Stall|Achieved Occupancy"
    ;;
  *) echo "$usage" >&2; exit 2 ;;
esac

chip=$(python3 -c 'import torch; m, n = torch.cuda.get_device_capability(); print({(8,0): "ga100", (9,0): "gh100", (10,0): "gb100"}.get((m, n), "gh100"))')
known=$("$NCU" --query-metrics --chip "$chip" 2>/dev/null)
metrics=()
[ -n "$known" ] || metrics=("${wanted[@]}")   # no list to check against: ask for them all
for m in "${wanted[@]}"; do
  [ -n "$known" ] || break
  base=${m%%.*}
  grep -q "^$base\b" <<<"$known" && metrics+=("$m")
done
[ ${#metrics[@]} -gt 0 ] || { echo "ncu_profile: ncu knows none of the metrics" >&2; exit 2; }
mkdir -p "$(dirname "$OUTFILE")"
{
  echo "# ncu of the $KIND kernels, shape $SHAPE, bundles $ART ($(python3 -c 'import torch; print(torch.cuda.get_device_name())'))"
  "$NCU" "${select[@]}" --section WarpStateStats --section Occupancy --section LaunchStats \
    --metrics "$(IFS=,; echo "${metrics[*]}")" "${run[@]}"
} >"$OUTFILE" 2>&1
rc=$?
grep -E "$summary" "$OUTFILE" | head -60
# NCU_SOURCE=1: the same launch again with PC sampling, and the SASS instructions its warps
# stall on most (scripts/ncu_stalls.py over the report's source page) appended to OUTFILE.
if [ $rc -eq 0 ] && [ "${NCU_SOURCE:-0}" = 1 ]; then
  rep="${OUTFILE%.txt}.source"
  if "$NCU" "${select[@]}" --section SourceCounters --section WarpStateStats -f -o "$rep" \
       "${run[@]}" >"$rep.log" 2>&1 &&
     "$NCU" -i "$rep.ncu-rep" --page source --print-source sass --csv >"$rep.csv" 2>>"$rep.log"; then
    { echo; echo "# SASS instructions by warp-stall samples (NCU_SOURCE=1)"
      python3 "$REPO/scripts/ncu_stalls.py" "$rep.csv" --top 30 2>&1; } | tee -a "$OUTFILE"
  else
    echo "ncu_profile: no source-level stall sampling (see $rep.log):" | tee -a "$OUTFILE"
    tail -n 5 "$rep.log" | tee -a "$OUTFILE"
  fi
  rm -f "$rep.ncu-rep"
fi
exit $rc
