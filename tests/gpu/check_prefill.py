#!/usr/bin/env python3
"""GPU correctness check of the compiled prefill / append kernels against a float64 reference.

For every variant of tests/gpu/prefill_variants.py it loads ARTDIR/bundles/<variant>, runs
attn_mlir.BatchPrefill on fresh random inputs (never zeros; paged KV pages scattered through a
pool 25 % larger than needed with randperm; o / lse poisoned with NaN before each run, plus
one spare row past the batch that must stay NaN) and compares with the prefill reference of
tests/gpu/reference.py computed on the GPU in float64, with the variant's RoPE and ALiBi when
set. Cases, as (query length, KV length) per request (masks aligned bottom-right: q_len <
kv_len is an append):

  q1 (1, 1)  q17 (17, 17)  q577 (577, 577)  append17 (17, 1000)  append577 (577, 3001)
  mixed      20 requests, KV lengths 1..16384 (one 16384 x 577-query append, one empty query
             request, the rest random), query lengths 0..2048
  split      batch 1, 5 queries over 16384 keys: few work items, so the plan splits KV and
             runs the merge kernel (the plan's needs_merge is reported)
  no_keys    (4, 0) and (7, 3): rows without an admitted key must be o = 0, lse = -inf
  combined   (paged variants) (17, 1000), (1, 300), (64, 2049): K and V the halves of one
             [pages, 2, ...] cache, FlashInfer's / vLLM's layout (a page stride of two pages,
             passed as the runtime's kv_page_stride)
  graph      graph-mode object; run captured once in a CUDA Graph, replayed after new plans
             with other lengths and batch sizes (same capacities)

Variants with device operands get fresh ones per batch: custom masks (about half the keys
visible; in every request with two or more rows and a key, row 0 sees no key and row 1 every
key), packed with attn_mlir.pack_custom_mask; block-sparse masks (random BSR over the q rows,
about 40 % of the blocks, the first block row of the longest-KV request empty, one column
past a request's keys); ALiBi slopes (uniform in [0, 0.25)); RoPE offsets (0..4096, the first
request 0). For block-sparse variants every request but the last has its query length rounded
up to a multiple of the block rows R (requests start at multiples of R); the last keeps its
awkward length, and no_keys becomes (R, 0), (7, 3).

Error metrics: out = ||o - ref||_F / ||ref||_F over rows with at least one admitted key;
lse = max |lse - ref| over those rows. Exit status 1 on any failure of a non-experimental
variant; head_dim 256 variants (experimental) are reported separately.

Usage: check_prefill.py ARTDIR [OUTDIR] [--quick] [--only NAME ...] [--json FILE]
                        [--allow-missing] [--skip-experimental] [--rtol R] [--lse-atol A]
Writes OUTDIR/check_prefill.json (check_prefill_quick.json with --quick) unless --json.
"""

import argparse
import math
import os
import sys

# This checkout's attn_mlir (this folder, with check_common, is on sys.path as the script's).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "python"))

import torch  # noqa: E402

import attn_mlir  # noqa: E402
import prefill_variants as pv  # noqa: E402
from check_common import (CheckerBase, add_common_args, capture, is_bad, log,  # noqa: E402
                          log_table, observed_maxima, poison, run_variants, select_variants,
                          summary, untouched, write_json)
from reference import (page_table, paged_kv_list, prefill_reference,  # noqa: E402
                       random_block_sparse, random_custom_masks, ragged_kv_list)


def indptr(lens):
    out = [0]
    for n in lens:
        out.append(out[-1] + n)
    return torch.tensor(out, dtype=torch.int32)


def align_queries(pairs, R):
    """The batch with every request but the last one with queries rounded up to a multiple of
    R query rows (block-sparse masks need requests to start at multiples of R)."""
    last = max((i for i, (q, _) in enumerate(pairs) if q), default=-1)
    return [((q + R - 1) // R * R if i != last else q, kv) for i, (q, kv) in enumerate(pairs)]


def operand_capacity(v, rounds):
    """Element counts of operand buffers that hold any of the rounds' operands: custom_mask
    bytes, block_indices entries."""
    mask_bytes = max(sum((q * kv + 7) // 8 for q, kv in p) for p in rounds)
    indices = 1
    if v.block_sparse:
        R, C = v.block
        for p in rounds:
            rows = (sum(q for q, _ in p) + R - 1) // R
            indices = max(indices, rows * ((max(kv for _, kv in p) + C - 1) // C) + 1)
    return max(1, mask_bytes), indices


class Inputs:
    """One batch of a variant: host index arrays, device tensors, poisoned outputs."""

    def __init__(self, chk, v, pairs, *, rows=None, pool_pages=None, kv_rows=None,
                 operands=True, combined=False):
        self.pairs = pairs
        self.q_lens = [a for a, _ in pairs]
        self.kv_lens = [b for _, b in pairs]
        self.B = len(pairs)
        self.T = sum(self.q_lens)
        rows = rows if rows is not None else self.T + 1          # one spare row past T
        dev, dt = chk.dev, chk.dtype(v)
        self.qo_indptr = indptr(self.q_lens)
        scale = 6.0 if v.soft_cap else 1.0  # with soft-cap, make |s| reach the cap
        self.q = (torch.randn((rows, v.num_qo_heads, v.head_dim), generator=chk.dgen,
                              device=dev) * scale).to(dt)
        if v.paged:
            needed = sum((L + v.page_size - 1) // v.page_size for L in self.kv_lens)
            self.pool_pages = pool_pages or max(4, int(needed * 1.25) + 3)
            self.kv_indptr, self.kv_indices, self.kv_last = page_table(
                self.kv_lens, v.page_size, self.pool_pages, chk.gen)
            shape = ((self.pool_pages, v.page_size, v.num_kv_heads, v.head_dim)
                     if v.layout == "nhd" else
                     (self.pool_pages, v.num_kv_heads, v.page_size, v.head_dim))
        else:
            self.kv_indptr = indptr(self.kv_lens)
            self.kv_indices = self.kv_last = None
            shape = (max(1, kv_rows or int(self.kv_indptr[-1])), v.num_kv_heads, v.head_dim)
        if combined and v.paged:
            # The halves of one [pages, 2, ...] cache: each pool's pages two pages apart.
            cache = torch.randn((shape[0], 2) + shape[1:], generator=chk.dgen,
                                device=dev).to(dt)
            self.k, self.v = cache[:, 0], cache[:, 1]
        else:
            self.k = torch.randn(shape, generator=chk.dgen, device=dev).to(dt)
            self.v = torch.randn(shape, generator=chk.dgen, device=dev).to(dt)
        self.o = torch.full((rows, v.num_qo_heads, v.head_dim), math.nan, dtype=dt, device=dev)
        self.lse = (torch.full((rows, v.num_qo_heads), math.nan, dtype=torch.float32,
                               device=dev) if v.lse else None)
        self.d_qo_indptr = self.qo_indptr.to(dev)
        self.d_kv_indptr = self.kv_indptr.to(dev)
        if v.paged:
            # Never a zero-size (null-pointer) device buffer, even when every request is empty.
            self.d_kv_indices = torch.zeros(max(1, self.kv_indices.numel()), dtype=torch.int32,
                                            device=dev)
            self.d_kv_indices[:self.kv_indices.numel()].copy_(self.kv_indices)
            self.d_kv_last = self.kv_last.to(dev)
        self.ops, self.ref_ops = {}, {}
        if operands:
            self.make_operands(chk, v)

    def make_operands(self, chk, v):
        """The variant's device operands (self.ops, by run() name) and what the reference
        takes of them (self.ref_ops)."""
        dev = chk.dev
        if v.custom:
            masks = random_custom_masks(self.q_lens, self.kv_lens, chk.gen)
            cm, mi = attn_mlir.pack_custom_mask(masks, device=dev)
            self.ops.update(custom_mask=cm, mask_indptr=mi)
            self.ref_ops["custom_mask"] = (cm, mi.cpu())
        if v.block_sparse:
            R, C = v.block
            bi, bx = random_block_sparse(self.qo_indptr, self.kv_lens, R, C, chk.gen)
            self.ops.update(block_indptr=bi.to(dev), block_indices=bx.to(dev))
            self.ref_ops["block_sparse"] = (R, C, bi, bx)
        if v.alibi_slopes:
            slopes = torch.rand(v.num_qo_heads, generator=chk.gen) * 0.25
            self.ops["alibi_slopes"] = slopes.to(dev)
            self.ref_ops["alibi_slopes"] = slopes.double()
        if v.rope_offsets:
            off = torch.randint(0, 4097, (max(1, self.B),), generator=chk.gen,
                                dtype=torch.int32)
            off[0] = 0
            self.ops["rope_offsets"] = off.to(dev)
            self.ref_ops["rope_offsets"] = off[:self.B].tolist()

    def run_kwargs(self):
        kw = dict(qo_indptr=self.d_qo_indptr, kv_indptr=self.d_kv_indptr, o=self.o,
                  lse=self.lse, **self.ops)
        if self.kv_indices is not None:
            kw.update(kv_indices=self.d_kv_indices, kv_last_page_len=self.d_kv_last)
        return kw

    def plan_args(self):
        return (self.qo_indptr, self.kv_indptr, self.kv_last)


class Checker(CheckerBase):
    variant = None  # the variant being checked (its cases depend on it)

    def row_extra(self, v):
        return dict(experimental=v.experimental)

    def check_variant(self, v):
        self.variant = v
        return super().check_variant(v)

    def batch(self, pairs):
        """A case's (q_len, kv_len) pairs as the current variant can run them."""
        v = self.variant
        return align_queries(pairs, v.block_rows) if v is not None and v.block_sparse else pairs

    @staticmethod
    def dtype(v):
        return torch.bfloat16 if v.dtype == "bf16" else torch.float16

    def randint(self, lo, hi):
        return int(torch.randint(lo, hi + 1, (1,), generator=self.gen))

    def problem(self, v):
        kw = dict(kv_format=v.kv_format, num_qo_heads=v.num_qo_heads,
                  num_kv_heads=v.num_kv_heads, head_dim=v.head_dim, dtype=v.dtype,
                  want_lse=v.lse)
        if v.paged:
            kw.update(page_size=v.page_size, layout=v.layout)
        return kw

    def reference(self, v, x):
        if v.paged:
            kv = paged_kv_list(x.k, x.v, v.layout, x.kv_indptr, x.d_kv_indices, x.kv_lens)
        else:
            kv = ragged_kv_list(x.k, x.v, x.kv_indptr)
        return prefill_reference(x.q[:x.T], x.qo_indptr, kv, sm_scale=v.sm_scale,
                                 causal=v.causal, window_left=v.window_left,
                                 soft_cap=v.soft_cap, rope_theta=v.rope_theta,
                                 rotary_dim=v.rotary_dim, alibi=v.alibi, **x.ref_ops)

    # ---- comparison -------------------------------------------------------------------------

    def compare(self, v, x, ref_o, ref_lse):
        """dict(out_err, lse_err, problems[]): rows [0, T) against the reference, rows past T
        untouched (still NaN)."""
        T = x.T
        problems = untouched(x.o, x.lse, T)
        o, lse = x.o[:T].double(), (x.lse[:T].double() if x.lse is not None else None)
        nan_rows = torch.isnan(o).any(dim=-1).any(dim=-1)
        if nan_rows.any():
            problems.append(f"o has NaN in {int(nan_rows.sum())} of {T} rows (unwritten or "
                            f"invalid), first row {int(torch.nonzero(nan_rows)[0, 0])}")
        # Per (row, head): does the mask admit any key? (ref lse is -inf exactly when not.)
        seen = torch.isfinite(ref_lse)                       # [T, Hq]
        unseen = ~seen
        if unseen.any():
            if not (o[unseen] == 0).all():
                problems.append(f"o of {int(unseen.sum())} (row, head) pairs without an "
                                f"admitted key is not 0")
            if lse is not None and not (lse[unseen] == -math.inf).all():
                problems.append("lse of a (row, head) pair without an admitted key is not -inf "
                                f"({lse[unseen][:4].tolist()})")
        return self.errors(o, lse, ref_o, ref_lse, seen, problems)

    # ---- one eager case ---------------------------------------------------------------------

    def run_case(self, v, bundle, name, pairs):
        x = Inputs(self, v, pairs, combined=name == "combined")
        pre = attn_mlir.BatchPrefill(bundle, max_batch=max(x.B, 1), max_qo_tokens=max(x.T, 1),
                                     **self.problem(v))
        try:
            pre.plan(*x.plan_args(), **x.ops)   # operands checked against the batch there
            info = pre.plan_info()
            pre.run(x.q, x.k, x.v, **x.run_kwargs())
            torch.cuda.synchronize()
        finally:
            pre.close()
        ref_o, ref_lse = self.reference(v, x)
        r = self.compare(v, x, ref_o, ref_lse)
        r.update(case=name, batch=x.B, tokens=x.T, max_kv=max(x.kv_lens, default=0),
                 needs_merge=bool(info["needs_merge"]), num_work=info["num_work"])
        return r

    # ---- CUDA Graph capture and replay ------------------------------------------------------

    def run_graph(self, v, bundle, rounds):
        """rounds: list of (name, pairs). One graph-mode object and one set of buffers sized
        for the largest round; run captured once (after the first plan), replayed after each
        new plan with the new index arrays (and operands) copied into the captured buffers."""
        rounds = [(name, self.batch(pairs)) for name, pairs in rounds]
        max_b = max(len(p) for _, p in rounds)
        max_t = max(sum(a for a, _ in p) for _, p in rounds)
        max_kv = max(sum(b for _, b in p) for _, p in rounds)
        max_pages = (max(sum((b + v.page_size - 1) // v.page_size for _, b in p)
                         for _, p in rounds) if v.paged else 0)
        dev = self.dev
        # Capacity-sized buffers (+1 spare row); each round's Inputs writes its data into them.
        base = Inputs(self, v, [(max_t, max_kv)], rows=max_t + 1, operands=False,
                      pool_pages=max_pages * 2 + 8 if v.paged else None)
        d_qo = torch.zeros(max_b + 1, dtype=torch.int32, device=dev)
        d_kv = torch.zeros(max_b + 1, dtype=torch.int32, device=dev)
        d_idx = torch.zeros(max(1, base.pool_pages if v.paged else 1), dtype=torch.int32,
                            device=dev)
        d_last = torch.zeros(max(1, max_b), dtype=torch.int32, device=dev)
        kw = dict(qo_indptr=d_qo, kv_indptr=d_kv, o=base.o, lse=base.lse)
        if v.paged:
            kw.update(kv_indices=d_idx, kv_last_page_len=d_last)
        # Operand buffers the captured run reads; each round copies its operands in.
        mask_bytes, bsr_entries = operand_capacity(v, [p for _, p in rounds])
        cap = dict(custom_mask=(mask_bytes, torch.uint8), mask_indptr=(max_b + 1, torch.int32),
                   block_indptr=(-(-max_t // max(1, v.block_rows)) + 1, torch.int32),
                   block_indices=(bsr_entries, torch.int32),
                   alibi_slopes=(v.num_qo_heads, torch.float32),
                   rope_offsets=(max_b, torch.int32))
        op_bufs = {n: torch.zeros(cap[n][0], dtype=cap[n][1], device=dev) for n in v.operands}
        kw.update(op_bufs)
        results = []
        pre = attn_mlir.BatchPrefill(bundle, max_batch=max_b, max_qo_tokens=max_t,
                                     graph_mode=True, **self.problem(v))
        graph = None
        try:
            for name, pairs in rounds:
                x = Inputs(self, v, pairs, pool_pages=base.pool_pages if v.paged else None)
                B = x.B
                base.q[:x.T].copy_(x.q[:x.T])
                d_qo[:B + 1].copy_(x.qo_indptr)
                d_kv[:B + 1].copy_(x.kv_indptr)
                if v.paged:
                    base.k.copy_(x.k)
                    base.v.copy_(x.v)
                    d_idx[:x.kv_indices.numel()].copy_(x.kv_indices)
                    d_last[:B].copy_(x.kv_last)
                else:
                    n = int(x.kv_indptr[-1])
                    base.k[:n].copy_(x.k[:n])
                    base.v[:n].copy_(x.v[:n])
                for n, buf in op_bufs.items():
                    src = x.ops[n]
                    if src.numel() > buf.numel():
                        raise RuntimeError(f"{n}: round {name} needs {src.numel()} entries, "
                                           f"the captured buffer has {buf.numel()}")
                    buf[:src.numel()].copy_(src)
                poison(base.o, base.lse)
                pre.plan(*x.plan_args())
                if graph is None:
                    graph = capture(lambda: pre.run(base.q, base.k, base.v, **kw),
                                    base.o, base.lse)
                graph.replay()
                torch.cuda.synchronize()
                # Compare through an Inputs view of the capacity buffers.
                view = x
                view.q, view.k, view.v, view.o, view.lse = base.q, base.k, base.v, base.o, base.lse
                if v.paged:
                    view.d_kv_indices = d_idx
                ref_o, ref_lse = self.reference(v, view)
                r = self.compare(v, view, ref_o, ref_lse)
                info = pre.plan_info()
                r.update(case=f"graph:{name}", batch=B, tokens=x.T,
                         max_kv=max(x.kv_lens, default=0),
                         needs_merge=bool(info["needs_merge"]), num_work=info["num_work"])
                results.append(r)
        finally:
            del graph
            pre.close()
        return results

    # ---- per variant ------------------------------------------------------------------------

    def cases(self):
        return [(name, self.batch(pairs)) for name, pairs in self.base_cases()]

    def base_cases(self):
        if self.args.quick:
            return [("small", [(1, 1), (17, 40), (65, 65), (0, 10), (30, 1000)]),
                    ("split", [(3, 5000)]), ("combined", [(17, 1000), (1, 300)])]
        mixed = [(577, 16384), (1, 16384), (2048, 2048), (1, 1), (17, 17), (0, 40),
                 (64, 4097), (577, 577)]
        while len(mixed) < 20:
            kv = self.randint(1, 6000)
            mixed.append((self.randint(1, min(kv, 600)), kv))
        g = torch.Generator().manual_seed(self.args.seed + 1)
        mixed = [mixed[i] for i in torch.randperm(len(mixed), generator=g).tolist()]
        return [
            ("q1", [(1, 1)]),
            ("q17", [(17, 17)]),
            ("q577", [(577, 577)]),
            ("append17", [(17, 1000)]),
            ("append577", [(577, 3001)]),
            ("mixed", mixed),
            ("split", [(5, 16384)]),
            ("no_keys", [(4, 0), (7, 3)]),
            ("combined", [(17, 1000), (1, 300), (64, 2049)]),
        ]

    def graph_rounds(self):
        if self.args.quick:
            return [("a", [(5, 5), (40, 700), (1, 33)]), ("b", [(100, 1200), (0, 3)])]
        a = []
        for _ in range(8):
            kv = self.randint(1, 2000)
            a.append((self.randint(1, min(kv, 300)), kv))
        b = [(self.randint(1, 200), self.randint(200, 3000)) for _ in range(11)] + [(0, 50)]
        return [("a", a),
                ("b", b),                                   # more requests, one empty query
                ("c", [(3, 16384), (700, 900)])]            # fewer, one long (split)

    def check_bundle(self, v, bundle, row):
        ks = bundle.prefill_kernels()
        row["kernels"] = [k.name for k in bundle.kernels]
        if not ks:
            raise RuntimeError("the bundle has no prefill attention kernel")
        k = ks[0]
        got = (k.num_qo_heads, k.num_kv_heads, k.head_dim, k.kv_format, k.dtype)
        want = (v.num_qo_heads, v.num_kv_heads, v.head_dim, v.kv_format, v.dtype)
        if v.paged:
            got += (k.page_size, k.layout)
            want += (v.page_size, v.layout)
        if v.operands or k.operands:
            got += (k.mask if v.mask in ("custom", "block_sparse") else v.mask,
                    (k.block_rows, k.block_cols) if v.block else (), sorted(k.operands))
            want += (v.mask, v.block, sorted(v.operands))
        if got != want:
            raise RuntimeError(f"bundle kernel {k.name} is {got}, variant wants {want}")
        row.update(registers=k.registers, spill_bytes=k.spill_bytes,
                   split_kv=k.split_kv, tile_kv=k.tile_kv, block=list(k.block),
                   operands=sorted(k.operands))


def main():
    ap = argparse.ArgumentParser(description="GPU correctness check of prefill bundles")
    ap.add_argument("artdir", help="artifact dir with bundles/<variant>/ (and libattn_rt.so)")
    ap.add_argument("outdir", nargs="?", help="write check_prefill[_quick].json here")
    ap.add_argument("--json", help="write the results to this file (instead of OUTDIR/...)")
    ap.add_argument("--skip-experimental", action="store_true",
                    help="leave out the experimental (head_dim 256) variants")
    add_common_args(ap, seed=4321)
    args = ap.parse_args()

    variants = select_variants(args, "check_prefill", pv)
    if isinstance(variants, int):
        return variants
    if args.skip_experimental:
        variants = [v for v in variants if not v.experimental]

    rows, t0 = run_variants(Checker, args, variants,
                            tag=lambda v: " (experimental)" if v.experimental else "",
                            empty_cache=True)
    obs = observed_maxima(rows)
    failed = [r for r in rows if is_bad(args, r) and not r["experimental"]]
    exp_failed = [r for r in rows if is_bad(args, r) and r["experimental"]]
    merged = [r["variant"] for r in rows
              if any(c.get("needs_merge") for c in r["cases"])]
    results = summary(args, rows, obs, t0, failed, experimental_failed=len(exp_failed),
                      merge_exercised_by=merged)
    jpath = args.json or (os.path.join(args.outdir, "check_prefill_quick.json" if args.quick
                                       else "check_prefill.json") if args.outdir else None)
    if jpath:
        os.makedirs(os.path.dirname(os.path.abspath(jpath)), exist_ok=True)
        write_json(jpath, results)

    log_table(args, sorted(rows, key=lambda r: r["experimental"]), obs, 50,
              name=lambda r: r["variant"] + (" (exp)" if r["experimental"] else ""))
    if not merged and any(r["cases"] for r in rows):
        log("note: no plan split KV (needs_merge never set): the merge kernel was not exercised")
    log(f"check_prefill: {results['passed']} passed, {len(failed)} failed of "
        f"{len(rows) - sum(r['experimental'] for r in rows)} variants"
        f"{f', experimental: {len(exp_failed)} failed' if exp_failed else ''} "
        f"in {results['seconds']} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
