#!/usr/bin/env python3
"""Runs the benchmark's attn-mlir decode on a few shapes, a handful of times, for a profiler
(ncu) to attach to: python3 bench/profile_decode.py ARTDIR [--shapes 1x32768,128x1024]."""
import argparse
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import decode_bench as db  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("artdir")
    ap.add_argument("--shapes", default="1x32768,128x1024")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--bundle", default=None)
    a = ap.parse_args()
    os.environ.setdefault("ATTN_RT_LIBRARY", os.path.join(a.artdir, "libattn_rt.so"))
    import attn_mlir
    gen = torch.Generator().manual_seed(0)
    pool_pages = 2**30 // (2 * db.P * db.HKV * db.D * db.ELEM)
    kp = torch.randn(pool_pages, db.P, db.HKV, db.D, device="cuda").to(db.DTYPE)
    vp = torch.randn(pool_pages, db.P, db.HKV, db.D, device="cuda").to(db.DTYPE)
    bundle = attn_mlir.Bundle(os.path.join(a.artdir, "bundles",
                                           a.bundle or db.dv.bench_variant().name))
    for name in a.shapes.split(","):
        s = db.PageSet(db.SHAPES[name], pool_pages, gen)
        d = attn_mlir.BatchDecode(bundle, max_batch=len(s.lens), num_qo_heads=db.HQ,
                                  num_kv_heads=db.HKV, head_dim=db.D, page_size=db.P,
                                  layout="nhd", dtype="bf16")
        d.plan(s.indptr, s.last)
        for _ in range(a.runs):
            d.run(s.q, kp, vp, kv_indptr=s.d_indptr, kv_indices=s.d_indices,
                  kv_last_page_len=s.d_last, o=s.o)
        torch.cuda.synchronize()
        print(name, d.plan_info())
        d.close()
    bundle.close()


if __name__ == "__main__":
    main()
