#!/usr/bin/env python3
"""GPU correctness check of the compiled paged-decode kernels against a float64 reference.

For every variant of tests/gpu/decode_variants.py it loads ARTDIR/bundles/<variant>, runs
attn_mlir.BatchDecode on fresh random inputs (pages scattered through the pool with randperm,
o / lse poisoned with NaN before each run, one spare output row that must stay untouched) and
compares with tests/gpu/reference.py computed on the GPU in float64:

  cases   kv1 (B=1, L=1), long1 (B=1, L=4097), mixed (B=32, L in 1..5000 with an empty
          request), b257 (B=257, L in 1..700), empty (B=2, both L=0), combined (B=10, L in
          1..3000 and an empty request, K and V the halves of one [pages, 2, ...] cache: a
          page stride of two pages, FlashInfer's / vLLM's layout)
  graph   graph-mode decoder; run captured once in a CUDA Graph, replayed after a new plan
          with other lengths and batch sizes (same capacities)

Error metrics: out = ||o - ref||_F / ||ref||_F over the batch; lse = max |lse - ref| over
non-empty rows; empty rows must be exactly o = 0, lse = -inf. Exit status 1 on any failure.

Usage: check_decode.py ARTDIR [--quick] [--only NAME ...] [--json FILE] [--allow-missing]
"""

import argparse
import math
import os
import sys

# This checkout's attn_mlir (this folder, with check_common, is on sys.path as the script's).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "python"))

import torch  # noqa: E402

import attn_mlir  # noqa: E402
import decode_variants as dv  # noqa: E402
from check_common import (CheckerBase, add_common_args, capture, is_bad, log,  # noqa: E402
                          log_table, observed_maxima, poison, run_variants, select_variants,
                          summary, untouched, write_json)
from reference import decode_reference, page_table  # noqa: E402


class Checker(CheckerBase):
    # ---- inputs -----------------------------------------------------------------------------

    def lengths(self, n, lo, hi):
        return torch.randint(lo, hi + 1, (n,), generator=self.gen).tolist()

    def pools(self, v, pool_pages, combined=False):
        """(k, v) pools; with `combined` the halves [:, 0] and [:, 1] of one
        [pages, 2, ...] cache (page stride 2 pages, passed as kv_page_stride)."""
        page = ((v.page_size, v.num_kv_heads, v.head_dim) if v.layout == "nhd"
                else (v.num_kv_heads, v.page_size, v.head_dim))
        dt = torch.bfloat16 if v.dtype == "bf16" else torch.float16
        if combined:
            cache = torch.randn((pool_pages, 2) + page, generator=self.dgen,
                                device=self.dev).to(dt)
            return cache[:, 0], cache[:, 1]
        k = torch.randn((pool_pages,) + page, generator=self.dgen, device=self.dev).to(dt)
        vv = torch.randn((pool_pages,) + page, generator=self.dgen, device=self.dev).to(dt)
        return k, vv

    def queries(self, v, rows):
        dt = torch.bfloat16 if v.dtype == "bf16" else torch.float16
        # With soft-cap, scale q so that |s| reaches the cap; else s ~ N(0, 1) (peaky enough).
        scale = 6.0 if v.soft_cap else 1.0
        return (torch.randn((rows, v.num_qo_heads, v.head_dim), generator=self.dgen,
                            device=self.dev) * scale).to(dt)

    def reference(self, v, q, kp, vp, indptr, indices, lens):
        return decode_reference(
            q[:len(lens)], kp, vp, indptr, indices, lens, layout=v.layout,
            sm_scale=v.effective_sm_scale, soft_cap=v.soft_cap, window_left=v.window_left,
            rope_theta=dv.ROPE_THETA if v.rope else None, rotary_dim=v.head_dim)

    # ---- comparison -------------------------------------------------------------------------

    def compare(self, v, o, lse, lens, ref_o, ref_lse):
        """dict(out_err, lse_err, problems[])."""
        B = len(lens)
        problems = untouched(o, lse, B)
        ob, lb = o[:B].double(), (lse[:B].double() if lse is not None else None)
        if torch.isnan(ob).any():
            n = int(torch.isnan(ob).any(dim=-1).any(dim=-1).sum())
            problems.append(f"o has NaN in {n} request(s) (unwritten or invalid)")
        empty = torch.tensor([L == 0 for L in lens], device=self.dev)
        nonempty = ~empty
        if empty.any():
            if not (ob[empty] == 0).all():
                problems.append("o of an empty request is not 0")
            if lb is not None and not (lb[empty] == -math.inf).all():
                problems.append(f"lse of an empty request is not -inf "
                                f"({lb[empty].flatten()[:4].tolist()})")
        return self.errors(ob, lb, ref_o, ref_lse, nonempty, problems)

    # ---- one eager case ---------------------------------------------------------------------

    def run_case(self, v, bundle, name, lens):
        B = len(lens)
        pages_needed = sum((L + v.page_size - 1) // v.page_size for L in lens)
        pool_pages = max(4, int(pages_needed * 1.25) + 3)
        indptr, indices, last = page_table(lens, v.page_size, pool_pages, self.gen)
        kp, vp = self.pools(v, pool_pages, combined=name.startswith("combined"))
        q = self.queries(v, B)
        d_indptr, d_last = indptr.to(self.dev), last.to(self.dev)
        # Never a zero-size (null-pointer) device buffer, even when every request is empty.
        d_indices = torch.zeros(max(1, indices.numel()), dtype=torch.int32, device=self.dev)
        d_indices[:indices.numel()].copy_(indices)
        o = torch.full((B + 1, v.num_qo_heads, v.head_dim), math.nan, dtype=q.dtype,
                       device=self.dev)
        lse = (torch.full((B + 1, v.num_qo_heads), math.nan, dtype=torch.float32,
                          device=self.dev) if v.lse else None)
        dec = attn_mlir.BatchDecode(bundle, max_batch=max(B, 1), **self.problem(v))
        try:
            dec.plan(indptr, last, indices, num_pages=pool_pages)
            info = dec.plan_info()
            dec.run(q, kp, vp, kv_indptr=d_indptr, kv_indices=d_indices,
                    kv_last_page_len=d_last, o=o, lse=lse, sm_scale=v.sm_scale)
            torch.cuda.synchronize()
        finally:
            dec.close()
        ref_o, ref_lse = self.reference(v, q, kp, vp, indptr, d_indices, lens)
        r = self.compare(v, o, lse, lens, ref_o, ref_lse)
        r.update(case=name, batch=B, max_len=max(lens) if lens else 0,
                 needs_merge=bool(info["needs_merge"]), num_work=info["num_work"])
        return r

    def problem(self, v):
        return dict(num_qo_heads=v.num_qo_heads, num_kv_heads=v.num_kv_heads,
                    head_dim=v.head_dim, page_size=v.page_size, layout=v.layout,
                    dtype=v.dtype, want_lse=v.lse)

    # ---- CUDA Graph capture and replay ------------------------------------------------------

    def run_graph(self, v, bundle, rounds):
        """rounds: list of (name, lens). One decoder and one set of buffers sized for the
        largest round; run captured once (after the first plan), replayed after each plan."""
        max_b = max(len(l) for _, l in rounds)
        max_pages = max(sum((L + v.page_size - 1) // v.page_size for L in l) for _, l in rounds)
        pool_pages = max_pages * 2 + 8
        kp, vp = self.pools(v, pool_pages)
        q = self.queries(v, max_b)
        d_indptr = torch.zeros(max_b + 1, dtype=torch.int32, device=self.dev)
        d_indices = torch.zeros(max(1, max_pages), dtype=torch.int32, device=self.dev)
        d_last = torch.zeros(max_b, dtype=torch.int32, device=self.dev)
        o = torch.empty((max_b + 1, v.num_qo_heads, v.head_dim), dtype=q.dtype, device=self.dev)
        lse = (torch.empty((max_b + 1, v.num_qo_heads), dtype=torch.float32, device=self.dev)
               if v.lse else None)
        results = []
        dec = attn_mlir.BatchDecode(bundle, max_batch=max_b, graph_mode=True, **self.problem(v))
        graph = None
        try:
            for i, (name, lens) in enumerate(rounds):
                B = len(lens)
                indptr, indices, last = page_table(lens, v.page_size, pool_pages, self.gen)
                # New page table into the captured buffers; rows past B keep stale values
                # the plan never points at. Poison the outputs (all rows).
                d_indptr[:B + 1].copy_(indptr)
                d_indices[:indices.numel()].copy_(indices)
                d_last[:B].copy_(last)
                poison(o, lse)
                dec.plan(d_indptr[:B + 1], d_last[:B], indices, num_pages=pool_pages)
                if graph is None:
                    graph = capture(lambda: dec.run(q, kp, vp, kv_indptr=d_indptr,
                                                    kv_indices=d_indices,
                                                    kv_last_page_len=d_last, o=o, lse=lse),
                                    o, lse)
                graph.replay()
                torch.cuda.synchronize()
                ref_o, ref_lse = self.reference(v, q, kp, vp, indptr, d_indices, lens)
                # o / lse have max_b + 1 rows: rows in [B, max_b] must stay NaN (untouched).
                r = self.compare(v, o, lse, lens, ref_o, ref_lse)
                r.update(case=f"graph:{name}", batch=B, max_len=max(lens),
                         needs_merge=bool(dec.plan_info()["needs_merge"]),
                         num_work=dec.plan_info()["num_work"])
                results.append(r)
        finally:
            del graph
            dec.close()
        return results

    # ---- per variant ------------------------------------------------------------------------

    def cases(self):
        if self.args.quick:
            return [("small", [0, 1, 37, 300, 1500]), ("kv1", [1]),
                    ("combined", [1, 37, 0, 1500])]
        mixed = self.lengths(29, 1, 5000)
        mixed = mixed[:3] + [0] + mixed[3:] + [1, 5000]
        return [
            ("kv1", [1]),
            ("long1", [4097]),
            ("mixed", mixed),
            ("b257", self.lengths(257, 1, 700)),
            ("empty", [0, 0]),
            ("combined", self.lengths(9, 1, 3000) + [0]),
        ]

    def graph_rounds(self):
        if self.args.quick:
            return [("a", [5, 700, 33]), ("b", [1200, 0])]
        return [("a", self.lengths(16, 1, 3000)),
                ("b", self.lengths(40, 1, 3000)[:-1] + [0]),   # more requests, one empty
                ("c", [6000, 3, 17])]                           # fewer, one long

    def check_bundle(self, v, bundle, row):
        ks = bundle.decode_kernels()
        row["kernels"] = [k.name for k in bundle.kernels]
        if ks:
            k = ks[0]
            got = (k.num_qo_heads, k.num_kv_heads, k.head_dim, k.page_size, k.layout, k.dtype)
            want = (v.num_qo_heads, v.num_kv_heads, v.head_dim, v.page_size, v.layout, v.dtype)
            if got != want:
                raise RuntimeError(f"bundle kernel {k.name} is {got}, variant wants {want}")
            row["registers"], row["spill_bytes"] = k.registers, k.spill_bytes


def main():
    ap = argparse.ArgumentParser(description="GPU correctness check of paged decode bundles")
    ap.add_argument("artdir", help="artifact dir with bundles/<variant>/ (and libattn_rt.so)")
    ap.add_argument("--json", help="write the results here")
    add_common_args(ap, seed=1234)
    args = ap.parse_args()

    variants = select_variants(args, "check_decode", dv)
    if isinstance(variants, int):
        return variants

    rows, t0 = run_variants(Checker, args, variants)
    obs = observed_maxima(rows)
    failed = [r for r in rows if is_bad(args, r)]
    results = summary(args, rows, obs, t0, failed)
    if args.json:
        write_json(args.json, results)

    log_table(args, rows, obs, 52)
    log(f"check_decode: {results['passed']} passed, {len(failed)} failed of {len(rows)} "
        f"variants in {results['seconds']} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
