#!/usr/bin/env python3
"""Fills the attn_mlir.jit kernel cache with the bundles that the FlashInfer-compatibility GPU
check (tests/gpu/check_flashinfer_compat.py), the example decoder
(examples/python/llama_decoder.py) and the tensor-parallel example
(examples/tensor_parallel/tp_attention.py, 1 to 8 ranks) plan, and the sampling bundle, so
that the GPU machine (no MLIR there) finds every bundle compiled.

Usage: ATTN_MLIR_CACHE_DIR=DIR ATTN_RT_LIBRARY=build/lib/libattn_rt.so \
         scripts/prefill_jit_cache.py [--sm 90] [--list]
  Run here (attn-compile available; the runtime library too, which the wrappers load to plan
  even without a GPU: without it every problem fails with LibraryNotFoundError), then carry DIR
  to the GPU machine with the same ATTN_MLIR_CACHE_DIR.
"""

import argparse
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "python"))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "gpu"))
sys.path.insert(0, os.path.join(HERE, "..", "examples", "tensor_parallel"))


def problems():
    from check_flashinfer_compat import PROBLEMS
    from tp_attention import jit_problems
    # attn_mlir.flashinfer's sampling functions: one bundle for every vocabulary; the
    # tensor-parallel example's per-rank problems for 1, 2, 4 and 8 ranks.
    return list(PROBLEMS) + [("sampling", {})] + jit_problems((1, 2, 4, 8))


def build(kind, problem, device):
    # Through the layer's own helpers, so that the cache keys are the ones it asks for.
    from attn_mlir import flashinfer, jit
    if kind == "sampling":
        return jit.bundle_path(dict(jit.SAMPLING_PROBLEM), jit._sm(device))
    if kind == "ops":
        problem = dict(problem)
        return flashinfer._ops_bundle(problem.pop("dtype"), device, **problem)
    return flashinfer._attention_bundle(kind, device=device, return_lse=True, **problem)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sm", type=int, default=90,
                    help="target compute capability times ten (default 90, the H200)")
    ap.add_argument("--list", action="store_true", help="print the problems and exit")
    args = ap.parse_args()
    if not os.environ.get("ATTN_MLIR_CACHE_DIR") and not args.list:
        sys.exit("set ATTN_MLIR_CACHE_DIR to the cache directory to fill")
    os.environ["ATTN_MLIR_SM"] = str(args.sm)  # the target, whatever GPU this machine has
    failed = 0
    for kind, problem in problems():
        desc = f"{kind} " + " ".join(f"{k}={v}" for k, v in problem.items())
        if args.list:
            print(desc)
            continue
        t0 = time.time()
        try:
            build(kind, problem, None)
            print(f"ok   {time.time() - t0:6.1f}s {desc}")
        except Exception as e:  # noqa: BLE001 - report every failure, then exit non-zero
            failed += 1
            print(f"FAIL {desc}: {type(e).__name__}: {e}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
