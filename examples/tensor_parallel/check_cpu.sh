#!/usr/bin/env bash
# The tensor-parallel example's sharding, all-reduce and float64 reference on the CPU: two
# ranks under torchrun (gloo), attention in plain torch, small shapes (a few seconds). Then a
# world size that does not divide the KV heads must be refused with the reason.
# Exit 77 (skipped) when PyTorch is not importable; any other failure is a test failure.
# Usage: check_cpu.sh [PYTHON]
set -euo pipefail
PY=${1:-python3}
HERE=$(cd "$(dirname "$0")" && pwd)
if ! "$PY" -c "import torch.distributed" >/dev/null 2>&1; then
  echo "SKIP: PyTorch is not importable by $PY"
  exit 77
fi
SMALL=(--backend torch --device cpu --hidden 256 --num-qo-heads 8 --num-kv-heads 4
       --head-dim 32 --page-size 4 --batch 3 --prompt-len 9 --steps 4 --iters 2 --warmup 1)
export OMP_NUM_THREADS=1
out=$("$PY" -m torch.distributed.run --nproc-per-node 2 --standalone \
  "$HERE/tp_attention.py" "${SMALL[@]}" 2>&1) || { echo "$out"; echo "FAIL: 2 ranks"; exit 1; }
echo "$out" | grep -v '^\*\|OMP_NUM_THREADS'
want="PASS: the sharded block matches the unsharded float64 reference (2 rank(s))"
echo "$out" | grep -qF "$want" || { echo "FAIL: no PASS line from 2 ranks"; exit 1; }

# 4 KV heads over 3 ranks: refused before any work, with the reason.
if out=$("$PY" -m torch.distributed.run --nproc-per-node 3 --standalone \
    "$HERE/tp_attention.py" "${SMALL[@]}" 2>&1); then
  echo "$out"; echo "FAIL: 3 ranks over 4 KV heads were accepted"; exit 1
fi
echo "$out" | grep -q "num_kv_heads (4) is not divisible by the world size (3)" \
  || { echo "$out"; echo "FAIL: no reason given for 3 ranks over 4 KV heads"; exit 1; }
echo "3 ranks over 4 KV heads: refused (num_kv_heads (4) is not divisible by the world size (3))"
echo "tensor-parallel CPU check: 2 passed, 0 failed"
