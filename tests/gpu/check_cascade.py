#!/usr/bin/env python3
"""GPU check of multi-level (cascade) attention, attn_mlir.MultiLevelCascade, against float64.

Bundles (GQA 32/8, d128, bf16, page 16, NHD; from scripts/build_gpu_artifacts.sh):
  ARTDIR/bundles/bf16_q32kv8_d128_p16_nhd_none_lse    prefill, no mask (shared levels)
  ARTDIR/bundles/bf16_q32kv8_d128_p16_nhd_causal_lse  prefill, causal (a causal last level)
  ARTDIR/bundles/bf16_q32kv8_d128_p16_nhd_lse         decode (one query per entry)
  ARTDIR/bundles/ops                                  merge_state_bf16 (the level merge)

Every level is a batch over one paged pool (pages drawn at random, o / lse poisoned with NaN
before each run). The reference attends each query token, in float64, to the concatenation of
its entries' keys over all levels (causal on the last level only, bottom-right aligned within
the entry), which is what merging the levels' states through their LSE computes. Cases:

  one_level_prefill   1 level: 5 requests of 3/1/7/2/4 queries, one with no keys (o = 0)
  one_level_decode    1 level: decode over 1, 16, 17, 0, 333, 8191 tokens
  two_level_decode    shared prefixes of 1003 and 37 tokens, a request in no group, suffixes
                      0 (empty), 1, 17, 300, 16, 15, 513 (decode level)
  two_level_causal    one prefix of 2049 for 4 requests of 3/1/5/2 queries, a causal prefill
                      last level (one request with an empty suffix)
  three_level_decode  prefix 777 for all, sub-groups 129 / 16 / none, own pages 0..1000
  three_level_causal  prefix 300, one sub-group of 33, a causal last level of 2/5/9 keys
  two_level_long      16 requests sharing 16389 tokens (split-KV of the shared level), own
                      pages 0..600
  graph               2 levels, graph mode: run captured once, replayed after plans with
                      other groupings, prefix (0 included) and suffix lengths

The cases whose level kinds match a cascade bundle (ARTDIR/bundles/cascade_*; every level's
kernel and the merges compiled from one attn function, tests/gpu/cascade_variants.py) run a
second time with all kernels from that bundle ("<case>/<bundle>").

With FlashInfer importable, its MultiLevelCascadeAttentionWrapper runs the multi-level cases
too (its LSE is not compared; its o against the same reference, and ours against its).
Prints PASS / FAIL / SKIP per case with the relative error ||o - ref||_F / ||ref||_F and
max |lse - ref|; one failure does not stop the others. Exit status 1 on any FAIL.

Usage: check_cascade.py ARTDIR [OUTDIR] [--json FILE] [--rtol R] [--lse-atol A] [--seed S]
                        [--no-flashinfer] [--no-graph] [--quick] [-v]
--quick (the sanitizer subset) leaves out two_level_long and FlashInfer.
"""

import argparse
import json
import math
import os
import sys
import time
import traceback

# This checkout's attn_mlir (this folder, with check_common, is on sys.path as the script's).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "python"))

import torch  # noqa: E402

import attn_mlir  # noqa: E402
from attn_mlir import CascadeLevel, MultiLevelCascade  # noqa: E402
import cascade_variants as cv  # noqa: E402
from reference import gather_kv  # noqa: E402

HQ, HKV, D, P = 32, 8, 128, 16
DTYPE = torch.bfloat16
BUNDLES = {"prefill": "bf16_q32kv8_d128_p16_nhd_none_lse",
           "causal": "bf16_q32kv8_d128_p16_nhd_causal_lse",
           "decode": "bf16_q32kv8_d128_p16_nhd_lse",
           "merge": "ops"}


def log(*a):
    print(*a, flush=True)


# ---- batches ----------------------------------------------------------------------------------

class Batch:
    """Requests with q_lens queries each; levels: list of (kind, entries), kind "prefill",
    "causal" (last level only) or "decode"; entries: (first request, end request, kv_len).
    Builds the per-level host index arrays over pages drawn from one pool and the random
    q / k / v."""

    def __init__(self, chk, q_lens, levels, pool_pages=None, pool=None):
        self.q_lens, self.levels = q_lens, levels
        self.N = sum(q_lens)
        starts = [0]
        for n in q_lens:
            starts.append(starts[-1] + n)
        self.starts = starts
        need = sum(-(-kv // P) for _, ents in levels for _, _, kv in ents)
        pool_pages = pool_pages or int(need * 1.25) + 8
        perm = torch.randperm(pool_pages, generator=chk.gen).to(torch.int32)
        used = 0
        self.tables = []  # per level: (qo_indptr, kv_indptr, kv_indices, kv_last_page_len)
        for kind, ents in levels:
            qo, kvp, last, idx = [0], [0], [], []
            for lo, hi, kv in ents:
                qo.append(starts[hi])
                n = -(-kv // P)
                idx.append(perm[used:used + n])
                used += n
                kvp.append(kvp[-1] + n)
                last.append(kv - (n - 1) * P if n else 0)
            assert qo[-1] == self.N, "entries must cover every request"
            i32 = lambda x: torch.tensor(x, dtype=torch.int32)  # noqa: E731
            # An empty page list still gets one entry: the runtime takes no null pointer.
            pages = torch.cat(idx) if idx else i32([])
            self.tables.append((i32(qo), i32(kvp), pages if pages.numel() else i32([0]),
                                i32(last)))
        dev = chk.dev
        if pool is None:
            shape = (pool_pages, P, HKV, D)
            pool = (torch.randn(shape, generator=chk.dgen, device=dev).to(DTYPE),
                    torch.randn(shape, generator=chk.dgen, device=dev).to(DTYPE))
        self.k, self.v = pool
        self.q = torch.randn((self.N, HQ, D), generator=chk.dgen, device=dev).to(DTYPE)

    def device_tables(self, dev):
        return [tuple(t.to(dev) for t in tab) for tab in self.tables]

    def reference(self):
        """o [N, Hq, D], lse [N, Hq] (natural log) in float64; rows without keys o = 0,
        lse = -inf."""
        dev = self.q.device
        o = torch.zeros((self.N, HQ, D), dtype=torch.float64, device=dev)
        lse = torch.full((self.N, HQ), -math.inf, dtype=torch.float64, device=dev)
        G = HQ // HKV
        last_level = len(self.levels) - 1
        for t in range(self.N):
            ks, vs = [], []
            for li, ((kind, ents), tab) in enumerate(zip(self.levels, self.tables)):
                qo, kvp, idx, lastp = tab
                e = next(i for i in range(len(ents)) if int(qo[i]) <= t < int(qo[i + 1]))
                kv = ents[e][2]
                if kv == 0:
                    continue
                pages = idx[int(kvp[e]):int(kvp[e + 1])].to(dev)
                k = gather_kv(self.k, "nhd", pages, kv)
                v = gather_kv(self.v, "nhd", pages, kv)
                if kind == "causal" and li == last_level:
                    q_e = int(qo[e + 1]) - int(qo[e])
                    hi = min(kv, (t - int(qo[e])) + kv - q_e + 1)
                    k, v = k[:max(hi, 0)], v[:max(hi, 0)]
                ks.append(k)
                vs.append(v)
            if not ks or sum(x.shape[0] for x in ks) == 0:
                continue
            k = torch.cat(ks).to(torch.float64).repeat_interleave(G, dim=1)  # [L, Hq, D]
            v = torch.cat(vs).to(torch.float64).repeat_interleave(G, dim=1)
            s = torch.einsum("hd,lhd->hl", self.q[t].to(torch.float64), k) * D ** -0.5
            m = torch.logsumexp(s, dim=1)
            o[t] = torch.einsum("hl,lhd->hd", torch.exp(s - m[:, None]), v)
            lse[t] = m
        return o, lse


def compare(o, lse, ref_o, ref_lse, rtol, lse_atol):
    """(rel error over rows with keys, max |lse - ref| there, problems)."""
    problems = []
    seen = torch.isfinite(ref_lse[:, 0])
    o64 = o.to(torch.float64)
    err = 0.0
    if seen.any():
        err = float(torch.linalg.vector_norm(o64[seen] - ref_o[seen]) /
                    torch.linalg.vector_norm(ref_o[seen]).clamp_min(1e-30))
    if not err <= rtol:
        problems.append(f"o relative error {err:.3e} > {rtol:g}")
    lerr = None
    if lse is not None:
        d = (lse.to(torch.float64)[seen] - ref_lse[seen]).abs()
        lerr = float(d.max()) if d.numel() else 0.0
        if not lerr <= lse_atol:
            problems.append(f"lse error {lerr:.3e} > {lse_atol:g}")
    if (~seen).any():
        if not torch.equal(o[~seen].to(torch.float32), torch.zeros_like(o[~seen],
                                                                        dtype=torch.float32)):
            problems.append("rows without keys: o is not 0")
        if lse is not None and not torch.isneginf(lse[~seen]).all():
            problems.append("rows without keys: lse is not -inf")
    return err, lerr, problems


# ---- the checker ------------------------------------------------------------------------------

class Checker:
    def __init__(self, args):
        self.args = args
        self.dev = torch.device("cuda", torch.cuda.current_device())
        self.gen = torch.Generator().manual_seed(args.seed)
        self.dgen = torch.Generator(device=self.dev).manual_seed(args.seed)
        self.bundles = {}
        for k, name in BUNDLES.items():
            d = os.path.join(args.artdir, "bundles", name)
            self.bundles[k] = attn_mlir.Bundle(d) if os.path.isfile(
                os.path.join(d, "manifest.json")) else None
        # The cascade bundles (one attn function: every level and merge; cascade_variants.py)
        # by their level kinds.
        self.ir = {}
        for v in cv.VARIANTS:
            d = os.path.join(args.artdir, "bundles", v.name)
            self.ir[v.levels] = (v, attn_mlir.Bundle(d) if os.path.isfile(
                os.path.join(d, "manifest.json")) else None)
        try:
            import flashinfer  # noqa: F401
            self.fi = None if args.no_flashinfer else flashinfer
        except Exception:  # noqa: BLE001 - any import failure means "not available"
            self.fi = None
        self.fi_ws = None

    def missing(self, levels):
        kinds = {k for k, _ in levels} | ({"merge"} if len(levels) > 1 else set())
        return [BUNDLES[k] for k in sorted(kinds) if self.bundles[k] is None]

    def cascade(self, batch, graph=False, caps=None, ir=None, concurrent=False):
        """The MultiLevelCascade of the batch's levels: from the separate bundles, or with
        `ir` (a cascade variant and its bundle) every kernel from that one bundle;
        `concurrent`: levels 0 and 1 on two streams."""
        levels = [CascadeLevel(ir[1] if ir else self.bundles[k],
                               "decode" if k == "decode" else "prefill",
                               max_batch=(caps[i] if caps else len(ents)),
                               kernel_name=ir[0].kernel(i) if ir else None)
                  for i, (k, ents) in enumerate(batch.levels)]
        return MultiLevelCascade(levels, merge_bundle=ir[1] if ir else self.bundles["merge"],
                                 max_qo_tokens=batch.N, graph_mode=graph, device=self.dev,
                                 concurrent_levels=concurrent)

    def run_ours(self, cas, batch, tabs, o, lse):
        qo, kv, idx, last = (list(x) for x in zip(*tabs))
        return cas.run(batch.q, batch.k, batch.v, qo_indptr_arr=qo, kv_indptr_arr=kv,
                       kv_indices_arr=idx, kv_last_page_len_arr=last, o=o, lse=lse)

    def case(self, name, q_lens, levels):
        """Result rows of one eager case (ours, and FlashInfer's when available)."""
        miss = self.missing(levels)
        if miss:
            return [dict(case=name, status="SKIP", detail=f"no bundle {', '.join(miss)}")]
        b = Batch(self, q_lens, levels)
        tabs = b.device_tables(self.dev)
        ref_o, ref_lse = b.reference()
        rows = []
        sources = [(name, None)]
        kinds = tuple(k for k, _ in levels)
        if kinds in self.ir:
            v, bundle = self.ir[kinds]
            sources.append((f"{name}/{v.name}", (v, bundle) if bundle else v.name))
        if len(levels) > 1:  # levels 0 and 1 concurrently, on two streams
            sources.append((f"{name}/concurrent", "concurrent"))
        o = torch.empty((b.N, HQ, D), dtype=DTYPE, device=self.dev)
        lse = torch.empty((b.N, HQ), dtype=torch.float32, device=self.dev)
        for label, ir in sources:
            concurrent = ir == "concurrent"
            if isinstance(ir, str) and not concurrent:
                rows.append(dict(case=label, status="SKIP", detail=f"no bundle {ir}"))
                continue
            try:
                cas = (self.cascade(b, concurrent=True) if concurrent
                       else self.cascade(b, ir=ir))
                cas.plan([t[0] for t in b.tables], [t[1] for t in b.tables],
                         [t[3] for t in b.tables])
                o.fill_(math.nan)
                lse.fill_(math.nan)
                self.run_ours(cas, b, tabs, o, lse)
                torch.cuda.synchronize()
                err, lerr, problems = compare(o, lse, ref_o, ref_lse, self.args.rtol,
                                              self.args.lse_atol)
                infos = [cas.plan_info(i) for i in range(cas.num_levels)]
                info = "; ".join(f"L{i} {x['kind']} work {x['num_work']}"
                                 f"{' split' if x['needs_merge'] else ''}"
                                 for i, x in enumerate(infos))
                rows.append(dict(case=label, status="FAIL" if problems else "PASS",
                                 out_err=err, lse_err=lerr, problems=problems, detail=info,
                                 N=b.N))
            except Exception as e:  # noqa: BLE001 - the next source still runs
                rows.append(dict(case=label, status="FAIL",
                                 problems=[f"{type(e).__name__}: {e}"]))
                if self.args.verbose:
                    traceback.print_exc()
        if self.fi is not None and len(levels) > 1:
            # Ours again from the separate bundles, for the comparison with FlashInfer.
            cas = self.cascade(b)
            cas.plan([t[0] for t in b.tables], [t[1] for t in b.tables],
                     [t[3] for t in b.tables])
            self.run_ours(cas, b, tabs, o, lse)
            rows.append(self.flashinfer(name, b, tabs, o, ref_o, ref_lse))
        return rows

    def flashinfer(self, name, b, tabs, ours, ref_o, ref_lse):
        row = dict(case=name + "/flashinfer", status="PASS", problems=[])
        try:
            if self.fi_ws is None:
                self.fi_ws = torch.empty(256 << 20, dtype=torch.uint8, device=self.dev)
            w = self.fi.MultiLevelCascadeAttentionWrapper(len(b.levels), self.fi_ws, "NHD")
            causal = b.levels[-1][0] == "causal"
            w.plan([t[0] for t in tabs], [t[1] for t in tabs], [t[2] for t in tabs],
                   [t[3] for t in tabs], HQ, HKV, D, P, causal=causal, q_data_type=DTYPE)
            fo = w.run(b.q, (b.k, b.v))
            torch.cuda.synchronize()
        except Exception as e:  # noqa: BLE001 - FlashInfer's own failure is not ours
            return dict(case=name + "/flashinfer", status="SKIP",
                        detail=f"FlashInfer failed: {type(e).__name__}: {e}")
        seen = torch.isfinite(ref_lse[:, 0])
        ref = ref_o[seen]
        fe = float(torch.linalg.vector_norm(fo.to(torch.float64)[seen] - ref) /
                   torch.linalg.vector_norm(ref).clamp_min(1e-30))
        oe = float(torch.linalg.vector_norm((ours.to(torch.float64) - fo.to(torch.float64))[seen])
                   / torch.linalg.vector_norm(fo.to(torch.float64)[seen]).clamp_min(1e-30))
        row.update(out_err=oe, detail=f"flashinfer vs ref {fe:.2e}, ours vs flashinfer {oe:.2e}")
        if not oe <= self.args.rtol:
            row["problems"].append(f"ours vs FlashInfer relative error {oe:.3e} > "
                                   f"{self.args.rtol:g}")
            row["status"] = "FAIL"
        return row

    def graph(self, concurrent=False):
        """2 levels in graph mode: captured once, replayed after plans with new lengths
        (`concurrent`: the two levels on two streams, forked and joined in the graph)."""
        name = "graph_concurrent" if concurrent else "graph"
        N = 8
        rounds = [
            [(0, 8, 500)], [(0, 3, 2000), (3, 8, 17)], [(0, 8, 0)], [(0, 5, 4096), (5, 8, 1)],
        ]
        suffixes = [[1, 2, 3, 4, 5, 6, 7, 8], [0, 16, 17, 300, 0, 1, 999, 33],
                    [100, 0, 1, 2, 3, 4, 5, 6], [7, 7, 0, 0, 1024, 15, 16, 17]]
        levels0 = [("prefill", rounds[0]), ("decode", [(i, i + 1, n) for i, n in
                                                         enumerate(suffixes[0])])]
        miss = self.missing(levels0)
        if miss:
            return [dict(case=name, status="SKIP", detail=f"no bundle {', '.join(miss)}")]
        caps = [2, N]
        pool_pages = sum(-(-kv // P) for r in rounds for *_, kv in r) + \
            sum(-(-n // P) for s in suffixes for n in s) + 8
        first = Batch(self, [1] * N, levels0, pool_pages=pool_pages)
        pool = (first.k, first.v)
        cas = self.cascade(first, graph=True, caps=caps, concurrent=concurrent)
        bufs = [(torch.zeros(c + 1, dtype=torch.int32, device=self.dev),
                 torch.zeros(c + 1, dtype=torch.int32, device=self.dev),
                 torch.zeros(pool_pages, dtype=torch.int32, device=self.dev),
                 torch.zeros(c, dtype=torch.int32, device=self.dev)) for c in caps]
        q = torch.empty((N, HQ, D), dtype=DTYPE, device=self.dev)
        o = torch.empty((N, HQ, D), dtype=DTYPE, device=self.dev)
        lse = torch.empty((N, HQ), dtype=torch.float32, device=self.dev)
        rows, g = [], None
        for r, (groups, suf) in enumerate(zip(rounds, suffixes)):
            b = first if r == 0 else Batch(
                self, [1] * N, [("prefill", groups),
                                ("decode", [(i, i + 1, n) for i, n in enumerate(suf)])],
                pool_pages=pool_pages, pool=pool)
            cas.plan([t[0] for t in b.tables], [t[1] for t in b.tables],
                     [t[3] for t in b.tables])
            for tab, buf in zip(b.tables, bufs):
                for t, dst in zip(tab, buf):
                    dst[:t.numel()].copy_(t)
            q.copy_(b.q)
            b.q = q
            o.fill_(math.nan)
            lse.fill_(math.nan)

            def run():
                self.run_ours(cas, b, bufs, o, lse)
            if g is None:
                s = torch.cuda.Stream()
                s.wait_stream(torch.cuda.current_stream())
                with torch.cuda.stream(s):
                    run()
                torch.cuda.current_stream().wait_stream(s)
                o.fill_(math.nan)
                lse.fill_(math.nan)
                g = torch.cuda.CUDAGraph()
                with torch.cuda.graph(g):
                    run()
            g.replay()
            torch.cuda.synchronize()
            ref_o, ref_lse = b.reference()
            err, lerr, problems = compare(o, lse, ref_o, ref_lse, self.args.rtol,
                                          self.args.lse_atol)
            rows.append(dict(case=f"{name}/replay{r}", status="FAIL" if problems else "PASS",
                             out_err=err, lse_err=lerr, problems=problems, N=N,
                             detail=f"groups {[(lo, hi, kv) for lo, hi, kv in groups]}"))
        return rows


def cases(gen):
    dec = lambda lens: ("decode", [(i, i + 1, n) for i, n in enumerate(lens)])  # noqa: E731
    own = torch.randint(0, 1001, (9,), generator=gen).tolist()
    own[1] = 0
    long_own = torch.randint(0, 601, (16,), generator=gen).tolist()
    long_own[3] = 0
    return [
        ("one_level_prefill", [3, 1, 7, 2, 4],
         [("prefill", [(0, 1, 1000), (1, 2, 0), (2, 3, 17), (3, 4, 1), (4, 5, 4097)])]),
        ("one_level_decode", [1] * 6, [dec([1, 16, 17, 0, 333, 8191])]),
        ("two_level_decode", [1] * 7,
         [("prefill", [(0, 3, 1003), (3, 6, 37), (6, 7, 0)]),
          dec([0, 1, 17, 300, 16, 15, 513])]),
        ("two_level_causal", [3, 1, 5, 2],
         [("prefill", [(0, 4, 2049)]),
          ("causal", [(0, 1, 3), (1, 2, 0), (2, 3, 20), (3, 4, 2)])]),
        ("three_level_decode", [1] * 9,
         [("prefill", [(0, 9, 777)]), ("prefill", [(0, 4, 129), (4, 6, 16), (6, 9, 0)]),
          dec(own)]),
        ("three_level_causal", [2, 1, 4],
         [("prefill", [(0, 3, 300)]), ("prefill", [(0, 2, 33), (2, 3, 0)]),
          ("causal", [(0, 1, 2), (1, 2, 5), (2, 3, 9)])]),
        ("two_level_long", [1] * 16, [("prefill", [(0, 16, 16389)]), dec(long_own)]),
    ]


def main():
    ap = argparse.ArgumentParser(description="GPU check of cascade attention")
    ap.add_argument("artdir")
    ap.add_argument("outdir", nargs="?")
    ap.add_argument("--json")
    ap.add_argument("--rtol", type=float, default=2e-2)
    ap.add_argument("--lse-atol", type=float, default=2e-2)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--no-flashinfer", action="store_true")
    ap.add_argument("--no-graph", action="store_true")
    ap.add_argument("--quick", action="store_true",
                    help="the sanitizer subset: no long case, no FlashInfer")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    if not torch.cuda.is_available():
        log("check_cascade: no CUDA device")
        return 2
    os.environ.setdefault("ATTN_RT_LIBRARY", os.path.join(args.artdir, "libattn_rt.so"))
    try:
        attn_mlir.load_library()
    except attn_mlir.LibraryNotFoundError as e:
        log(f"check_cascade: {e}")
        return 2
    if args.quick:
        args.no_flashinfer = True
    chk = Checker(args)
    log(f"device: {torch.cuda.get_device_name()}  torch {torch.__version__}  library "
        f"{attn_mlir.runtime_library_path()}  flashinfer "
        f"{getattr(chk.fi, '__version__', 'not used')}")
    rows = []
    todo = [(n, (lambda n=n, q=q, lv=lv: chk.case(n, q, lv))) for n, q, lv in cases(chk.gen)
            if not (args.quick and n == "two_level_long")]
    if not args.no_graph:
        todo.append(("graph", chk.graph))
        todo.append(("graph_concurrent", lambda: chk.graph(concurrent=True)))
    for name, fn in todo:
        t = time.time()
        try:
            got = fn()
        except Exception as e:  # noqa: BLE001 - one case's failure must not hide the others
            got = [dict(case=name, status="FAIL", problems=[f"{type(e).__name__}: {e}"])]
            if args.verbose:
                traceback.print_exc()
        for r in got:
            r["seconds"] = round(time.time() - t, 2)
            errs = (f"rel_err {r['out_err']:.2e}" if r.get("out_err") is not None else "") + \
                (f" lse_err {r['lse_err']:.2e}" if r.get("lse_err") is not None else "")
            log(f"[{r['status']:4}] {r['case']:30} {errs:32} {r.get('detail', '')}")
            for p in r.get("problems", []):
                log(f"       {p}")
            rows.append(r)
    n_fail = sum(r["status"] == "FAIL" for r in rows)
    n_skip = sum(r["status"] == "SKIP" for r in rows)
    log(f"check_cascade: {len(rows) - n_fail - n_skip} passed, {n_fail} failed, "
        f"{n_skip} skipped")
    out = args.json or (os.path.join(args.outdir, "check_cascade.json") if args.outdir else None)
    if out:
        # OUTDIR (or --json's folder) is made here, as check_prefill and check_sampling do: a
        # missing folder must not turn a passing run into a traceback and exit status 1.
        os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
        with open(out, "w") as f:
            json.dump(dict(device=torch.cuda.get_device_name(), rows=rows), f, indent=1)
    # A case skipped for a missing bundle verified nothing: that is a failure too.
    ours_skipped = any(r["status"] == "SKIP" and "/flashinfer" not in r["case"] for r in rows)
    return 1 if n_fail or ours_skipped else 0


if __name__ == "__main__":
    sys.exit(main())
