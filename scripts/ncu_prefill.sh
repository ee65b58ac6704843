#!/usr/bin/env bash
# ncu on one prefill attention kernel of the benchmark (bench/profile_prefill.py): duration,
# tensor pipe (wgmma: GMMA; mma.sync: HMMA), issue slots, MUFU (XU) and FMA pipes, occupancy
# and the warp stall reasons, for the issue's "report ncu's tensor-pipe utilisation".
# Usage: scripts/ncu_prefill.sh ARTDIR OUTFILE [SHAPE]   (SHAPE default d128_causal_1x16384)
# Profiles the second launch of the attention kernel (the first one warms the caches). Metrics
# the installed ncu does not know for the device are left out (queried first), so the same
# script serves sm_80 and sm_90 kernels.
set -u -o pipefail
ART=${1:?usage: scripts/ncu_prefill.sh ARTDIR OUTFILE [SHAPE]}
OUTFILE=${2:?usage: scripts/ncu_prefill.sh ARTDIR OUTFILE [SHAPE]}
SHAPE=${3:-d128_causal_1x16384}
REPO=$(cd "$(dirname "$0")/.." && pwd)
NCU=$(command -v ncu || ls /usr/local/cuda/bin/ncu 2>/dev/null || true)
[ -n "$NCU" ] || { echo "ncu_prefill: ncu not found" >&2; exit 2; }
export PYTHONPATH="$REPO/python:$REPO/tests/gpu${PYTHONPATH:+:$PYTHONPATH}"
export ATTN_RT_LIBRARY=${ATTN_RT_LIBRARY:-$ART/libattn_rt.so}

wanted=(
  gpu__time_duration.sum
  sm__cycles_elapsed.avg.per_second
  sm__pipe_tensor_op_gmma_cycles_active.avg.pct_of_peak_sustained_active
  sm__pipe_tensor_op_hmma_cycles_active.avg.pct_of_peak_sustained_active
  sm__inst_executed_pipe_tensor_op_gmma.sum
  smsp__issue_active.avg.pct_of_peak_sustained_active
  sm__inst_executed_pipe_xu.avg.pct_of_peak_sustained_active
  sm__inst_executed_pipe_fma.avg.pct_of_peak_sustained_active
  sm__inst_executed_pipe_alu.avg.pct_of_peak_sustained_active
  sm__warps_active.avg.pct_of_peak_sustained_active
  smsp__warps_eligible.avg.per_cycle_active
  dram__throughput.avg.pct_of_peak_sustained_elapsed
  lts__t_sector_hit_rate.pct
)
known=$("$NCU" --query-metrics --chip "$(python3 -c 'import torch; m, n = torch.cuda.get_device_capability(); print({(8,0): "ga100", (9,0): "gh100", (10,0): "gb100"}.get((m, n), "gh100"))')" 2>/dev/null)
metrics=()
[ -n "$known" ] || metrics=("${wanted[@]}")   # no list to check against: ask for them all
for m in "${wanted[@]}"; do
  [ -n "$known" ] || break
  base=${m%%.*}
  grep -q "^$base\b" <<<"$known" && metrics+=("$m")
done
[ ${#metrics[@]} -gt 0 ] || { echo "ncu_prefill: ncu knows none of the metrics" >&2; exit 2; }
mkdir -p "$(dirname "$OUTFILE")"
{
  echo "# ncu of the attention kernel, shape $SHAPE, bundles $ART ($(python3 -c 'import torch; print(torch.cuda.get_device_name())'))"
  "$NCU" --kernel-name regex:'_attention$' --launch-skip 1 --launch-count 1 \
    --section WarpStateStats --section Occupancy --metrics "$(IFS=,; echo "${metrics[*]}")" \
    python3 "$REPO/bench/profile_prefill.py" "$ART" --shape "$SHAPE" --runs 3
} >"$OUTFILE" 2>&1
rc=$?
grep -E "gmma|hmma|issue_active|pipe_xu|pipe_fma|duration|warps_eligible|Stall|Achieved Occupancy" "$OUTFILE" | head -40
exit $rc
