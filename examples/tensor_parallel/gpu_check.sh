#!/usr/bin/env bash
# The tensor-parallel example and the device-ordinal checks on the GPU machine (the `tp` step
# of scripts/gpu_check.sh, which sets ATTN_RT_LIBRARY, ATTN_MLIR_CACHE_DIR and PYTHONPATH).
#   1. tests/gpu/check_devices.py under CUDA_VISIBLE_DEVICES=0, then (2+ GPUs) over all GPUs:
#      wrappers on cuda:1 while cuda:0 is current, wrong-device tensors refused;
#   2. tp_attention.py with N = 1 (under CUDA_VISIBLE_DEVICES=<last GPU> when there are
#      several: the GPU renumbered to cuda:0), then N = 2, 4, 8 as far as the GPUs go, each
#      checked against float64 and timed into OUTDIR/bench/tp_attention_n<N>.json;
#   3. the N = 1 block with attention in plain torch, for comparison.
# Usage: gpu_check.sh OUTDIR [extra tp_attention.py args]; TP_SIZES overrides the list of N.
set -u -o pipefail
OUTDIR=${1:?usage: gpu_check.sh OUTDIR [args]}
shift
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
mkdir -p "$OUTDIR/bench"
ngpu=$(python3 -c 'import torch; print(torch.cuda.device_count())')
echo "tp: $ngpu visible GPU(s)"
[ "$ngpu" -ge 1 ] || { echo "tp: no GPU visible to torch"; exit 1; }
failed=0
run() {  # label, command...
  echo "--- $1"; shift
  "$@" || { echo "FAILED (rc=$?): $*"; failed=1; }
}
run "device checks, CUDA_VISIBLE_DEVICES=0" \
  env CUDA_VISIBLE_DEVICES=0 python3 "$REPO/tests/gpu/check_devices.py"
if [ "$ngpu" -gt 1 ]; then
  run "device checks, $ngpu GPUs" python3 "$REPO/tests/gpu/check_devices.py"
fi
last=$((ngpu - 1))
tp() {  # N, extra args...: tp_attention.py over N ranks
  local n=$1; shift
  python3 -m torch.distributed.run --standalone --nproc-per-node "$n" \
    "$HERE/tp_attention.py" "$@"
}
run "tp_attention N=1, CUDA_VISIBLE_DEVICES=$last" \
  env CUDA_VISIBLE_DEVICES=$last python3 -m torch.distributed.run --standalone \
  --nproc-per-node 1 "$HERE/tp_attention.py" --json "$OUTDIR/bench/tp_attention_n1.json" "$@"
for n in ${TP_SIZES:-2 4 8}; do
  [ "$n" -le "$ngpu" ] || continue
  run "tp_attention N=$n" tp "$n" --json "$OUTDIR/bench/tp_attention_n$n.json" "$@"
done
run "tp_attention N=1, attention in plain torch" \
  tp 1 --backend torch --iters 5 --json "$OUTDIR/bench/tp_attention_torch_n1.json" "$@"
python3 - "$OUTDIR/bench" <<'PY'
import glob, json, os, sys
files = sorted(glob.glob(os.path.join(sys.argv[1], "tp_attention_*.json")))
rows = [json.load(open(f)) for f in files]
print(f"{'N':>3} {'backend':8} {'device':28} {'decode step us':>15} {'prefill tok/s':>14}  match")
for r in sorted(rows, key=lambda r: (r["backend"], r["world_size"])):
    print(f"{r['world_size']:>3} {r['backend']:8} {r['device'][:28]:28} "
          f"{r['decode_step_us']:15.1f} {r['prefill_tokens_per_s']:14.0f}  {r['match']}")
PY
exit $failed
