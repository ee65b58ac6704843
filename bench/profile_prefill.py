#!/usr/bin/env python3
"""Runs the benchmark's attn-mlir prefill on one shape a few times, for a profiler (ncu) to
attach to: python3 bench/profile_prefill.py ARTDIR [--shape d128_causal_1x16384] [--runs 3].
ARTDIR is any bundle set of scripts/build_gpu_artifacts.sh (ARTDIR, ARTDIR/ws, ARTDIR/wso, ...):
its bundles/ hold the shape's variant."""
import argparse
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import prefill_bench as pb  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("artdir")
    ap.add_argument("--shape", default="d128_causal_1x16384")
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    shapes = {s.name: s for s in pb.shapes()}
    if a.shape not in shapes:
        ap.error(f"unknown shape {a.shape}; one of {', '.join(shapes)}")
    os.environ.setdefault("ATTN_RT_LIBRARY", os.path.join(a.artdir, "libattn_rt.so"))
    s = shapes[a.shape]
    x = pb.Data(s, torch.Generator().manual_seed(0))
    fn = pb.setup_attn(x, a.artdir, s.kv_format)
    for _ in range(a.runs):
        fn()
    torch.cuda.synchronize()
    print(a.shape, fn.info)


if __name__ == "__main__":
    main()
