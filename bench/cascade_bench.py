#!/usr/bin/env python3
"""Shared-prefix (cascade) decode benchmark (not a test): attn-mlir's MultiLevelCascade against
its own plain paged decode of the same batch, and FlashInfer's MultiLevelCascadeAttentionWrapper
and BatchDecodeWithPagedKVCacheWrapper (use_tensor_cores False and True) in the same run, on
the same pool and page tables.

bf16, GQA 32/8, head_dim 128, page 16, NHD. Two parts:

  step     --batch requests (64) x (--shared 32768 shared + --unique 512 own) tokens, one
           decode step: cascade = level 0 the shared pages read once for all queries (prefill
           kernel, qo_indptr [0, B]), level 1 each request's own pages (decode kernel), merged
           through LSE; plain decode = every request's page table lists the shared pages and
           then its own. CUDA-event medians of --iters runs after --warmup; "effective TB/s" =
           the bytes a plain decode reads (B x (shared + unique) tokens of K and V) / time.
  pargen   parallel generation: n samples (--samples 4,16,64) of one --prompt (8192) token
           prompt, each sample's own pages growing by one token per step over --steps steps
           (from 1 token); per step one plan and --layers runs (the plan is shared by the
           layers, as in a model). tokens/s = n x steps / wall time of all steps (plans
           included, synchronised per step, after two untimed warm-up steps); the attention
           time per layer (CUDA events, median over steps) too.

Bundles from ARTDIR (scripts/build_gpu_artifacts.sh): bf16_q32kv8_d128_p16_nhd_none_lse
(cascade level 0), bf16_q32kv8_d128_p16_nhd_lse (cascade level 1; plain decode uses
bf16_q32kv8_d128_p16_nhd, the benchmark's decode kernel without lse, when present), ops (merge).
--level0-from DIR takes the level-0 bundle from DIR/bundles instead (e.g. ARTDIR/tma, the
prefill kernels that load K/V by TMA), to time that kernel in the same cascade.

Usage: cascade_bench.py ARTDIR OUTDIR [--iters 50] [--warmup 10] [--batch 64] [--shared 32768]
                        [--unique 512] [--samples 4,16,64] [--prompt 8192] [--steps 32]
                        [--layers 8] [--no-flashinfer] [--skip-step] [--skip-pargen]
                        [--level0-from DIR] [--breakdown] [--graph]
--graph also times parallel generation with each step's layers captured once as a CUDA graph
(ours only) and replayed after the step's plan, the tables copied into fixed buffers: eager
runs of a small batch are bound by the host's launches, which a serving engine's graphs remove.
--breakdown adds the device time of each kernel of our cascade step (CUPTI, us per step).
Writes OUTDIR/cascade_bench.json and OUTDIR/cascade_bench.md; prints the tables last.
"""

import datetime
import json
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, ".."))
sys.path.insert(0, os.path.join(REPO, "python"))

import torch  # noqa: E402

import bench_common  # noqa: E402
from bench_common import log  # noqa: E402

HQ, HKV, D, P = 32, 8, 128, 16
DTYPE = torch.bfloat16
ELEM = 2
PREFILL_NONE = "bf16_q32kv8_d128_p16_nhd_none_lse"
DECODE_LSE = "bf16_q32kv8_d128_p16_nhd_lse"
DECODE_PLAIN = "bf16_q32kv8_d128_p16_nhd"


def time_cuda(fn, iters, warmup):
    """bench_common.time_cuda in microseconds, this benchmark's unit."""
    t = bench_common.time_cuda(fn, iters, warmup)
    return dict(median_us=t["median_ms"] * 1e3, p10_us=t["p10_ms"] * 1e3,
                p90_us=t["p90_ms"] * 1e3, iters=iters)


def i32(x, dev="cpu"):
    return torch.tensor(x, dtype=torch.int32, device=dev)


class SharedBatch:
    """B requests sharing `shared` tokens, each with its own `own[b]` tokens; pages drawn at
    random from the pool. Host and device tables of the cascade (2 levels) and of the plain
    decode (shared pages + own pages per request)."""

    def __init__(self, B, shared, own, shared_pages, own_pages, gen):
        self.B, self.shared, self.own = B, shared, list(own)
        ns = -(-shared // P)
        self.shared_idx = shared_pages[:ns]
        self.own_idx = [own_pages[b][:-(-n // P)] for b, n in enumerate(own)]
        last = lambda n: n - (-(-n // P) - 1) * P if n else 0  # noqa: E731
        self.l0 = (i32([0, B]), i32([0, ns]), self.shared_idx.clone(), i32([last(shared)]))
        op = [0]
        for x in self.own_idx:
            op.append(op[-1] + x.numel())
        idx = torch.cat(self.own_idx) if op[-1] else i32([0])
        self.l1 = (torch.arange(B + 1, dtype=torch.int32), i32(op), idx,
                   i32([last(n) for n in own]))
        # The plain decode: the shared tokens fill whole pages only when shared % P == 0.
        assert shared % P == 0, "--shared must be a multiple of the page size"
        pp = [0]
        pidx = []
        for x in self.own_idx:
            pidx += [self.shared_idx, x]
            pp.append(pp[-1] + ns + x.numel())
        self.plain = (i32(pp), torch.cat(pidx),
                      i32([last(n) if n else P for n in own]))
        self.plain_lens = [shared + n for n in own]

    def to(self, dev):
        return ([t.to(dev) for t in self.l0], [t.to(dev) for t in self.l1],
                [t.to(dev) for t in self.plain])


class Ours:
    def __init__(self, artdir, dev, level0_from=None):
        import attn_mlir
        self.am = attn_mlir
        b = lambda n: os.path.join(artdir, "bundles", n)  # noqa: E731
        self.prefill = attn_mlir.Bundle(os.path.join(level0_from or artdir, "bundles",
                                                     PREFILL_NONE))
        self.decode = attn_mlir.Bundle(b(DECODE_LSE))
        self.ops = attn_mlir.Bundle(b("ops"))
        plain = b(DECODE_PLAIN)
        self.plain = attn_mlir.Bundle(plain) if os.path.isdir(plain) else self.decode
        self.dev = dev

    def cascade(self, B, graph=False, concurrent=False):
        from attn_mlir import CascadeLevel, MultiLevelCascade
        return MultiLevelCascade([CascadeLevel(self.prefill, "prefill", max_batch=1),
                                  CascadeLevel(self.decode, "decode", max_batch=B)],
                                 merge_bundle=self.ops, max_qo_tokens=B, graph_mode=graph,
                                 device=self.dev, concurrent_levels=concurrent)

    def plain_decode(self, B, graph=False):
        return self.am.BatchDecode(self.plain, max_batch=B, device=self.dev, graph_mode=graph)


def run_cascade(cas, q, kp, vp, l0, l1, o):
    return cas.run(q, kp, vp, qo_indptr_arr=[l0[0], l1[0]], kv_indptr_arr=[l0[1], l1[1]],
                   kv_indices_arr=[l0[2], l1[2]], kv_last_page_len_arr=[l0[3], l1[3]], o=o)


def bench_step(args, ours, fi, kp, vp, shared_pages, own_pages, gen, res):
    B = args.batch
    sb = SharedBatch(B, args.shared, [args.unique] * B, shared_pages, own_pages, gen)
    l0, l1, plain = sb.to("cuda")
    q = torch.randn(B, HQ, D, device="cuda").to(DTYPE)
    o = torch.empty_like(q)
    plain_bytes = sum(sb.plain_lens) * HKV * D * ELEM * 2
    cascade_bytes = (args.shared + B * args.unique) * HKV * D * ELEM * 2
    row = dict(batch=B, shared=args.shared, unique=args.unique, plain_kv_bytes=plain_bytes,
               cascade_kv_bytes=cascade_bytes, impls={})

    def describe(t):
        t["effective_tb_per_s"] = plain_bytes / (t["median_us"] * 1e-6) / 1e12
        return (f"{t['median_us']:9.1f} us  effective {t['effective_tb_per_s']:6.2f} TB/s "
                f"{t.get('note', '')}")

    def record(name, fn):
        bench_common.record(row["impls"], name, fn, f"  step {name:28}", describe)

    if ours is not None:
        def ours_cascade(concurrent=False):
            cas = ours.cascade(B, concurrent=concurrent)
            t0 = time.perf_counter()
            cas.plan([sb.l0[0], sb.l1[0]], [sb.l0[1], sb.l1[1]], [sb.l0[3], sb.l1[3]])
            plan_us = (time.perf_counter() - t0) * 1e6
            t = time_cuda(lambda: run_cascade(cas, q, kp, vp, l0, l1, o), args.iters,
                          args.warmup)
            t["plan_us_python"] = plan_us
            if args.breakdown:
                # Which kernels the step's time goes to (profiler activity, us per step).
                bd = {}
                t["device_us"] = bench_common.device_time_us(
                    lambda: run_cascade(cas, q, kp, vp, l0, l1, o), 20, 5, breakdown=bd)
                t["breakdown_us"] = bd
                for name, us_ in sorted(bd.items(), key=lambda kv: -kv[1]):
                    log(f"    {'concurrent' if concurrent else 'sequential'} {us_:8.1f} us  "
                        f"{name}")
            t["levels"] = [cas.plan_info(i) for i in range(2)]
            t["note"] = "; ".join(f"L{i} {x['kind']} work {x['num_work']}"
                                  f"{' split' if x['needs_merge'] else ''}"
                                  for i, x in enumerate(t["levels"]))
            return t
        record("attn-mlir cascade", ours_cascade)
        # Levels 0 and 1 on two streams: the shared level's MMAs next to the own pages' copies.
        record("attn-mlir cascade concurrent", lambda: ours_cascade(concurrent=True))

        def ours_plain():
            dec = ours.plain_decode(B)
            dec.plan(sb.plain[0], sb.plain[2])
            t = time_cuda(lambda: dec.run(q, kp, vp, kv_indptr=plain[0], kv_indices=plain[1],
                                          kv_last_page_len=plain[2], o=o),
                          args.iters, args.warmup)
            t["kernel"] = (dec.bundle.decode_kernels() or dec.bundle.prefill_kernels())[0].name
            return t
        record("attn-mlir decode", ours_plain)
    if fi is not None:
        ws = torch.empty(256 << 20, dtype=torch.uint8, device="cuda")

        def fi_cascade():
            w = fi.MultiLevelCascadeAttentionWrapper(2, ws, "NHD")
            w.plan([l0[0], l1[0]], [l0[1], l1[1]], [l0[2], l1[2]], [l0[3], l1[3]], HQ, HKV,
                   D, P, q_data_type=DTYPE)
            return time_cuda(lambda: w.run(q, (kp, vp)), args.iters, args.warmup)
        record("flashinfer cascade", fi_cascade)
        for tc in (False, True):
            def fi_decode(tc=tc):
                w = fi.BatchDecodeWithPagedKVCacheWrapper(ws, "NHD", use_tensor_cores=tc)
                w.plan(plain[0], plain[1], plain[2], HQ, HKV, D, P, pos_encoding_mode="NONE",
                       q_data_type=DTYPE, kv_data_type=DTYPE)
                return time_cuda(lambda: w.run(q, (kp, vp), out=o), args.iters, args.warmup)
            record(f"flashinfer decode tc={tc}", fi_decode)
    im = row["impls"]

    def us(n):
        return im.get(n, {}).get("median_us")
    ours_c = us("attn-mlir cascade")
    ratios = {}
    for n in ("attn-mlir decode", "flashinfer cascade", "flashinfer decode tc=False",
              "flashinfer decode tc=True"):
        if ours_c and us(n):
            ratios[f"{n} / attn-mlir cascade"] = us(n) / ours_c
    row["speedups"] = ratios
    for k, v in ratios.items():
        log(f"  step speedup {k:48} {v:6.2f}x")
    res["step"] = row


def bench_pargen(args, ours, fi, kp, vp, shared_pages, own_pages, gen, res):
    """n samples of one prompt decoding together; each sample's own pages grow per step."""
    rows = []
    for n in [int(x) for x in args.samples.split(",")]:
        row = dict(samples=n, prompt=args.prompt, steps=args.steps, layers=args.layers,
                   impls={})
        q = torch.randn(n, HQ, D, device="cuda").to(DTYPE)
        o = torch.empty_like(q)
        batches = [SharedBatch(n, args.prompt, [s + 1] * n, shared_pages, own_pages, gen)
                   for s in range(args.steps)]

        def timed_steps(prepare, launch):
            """Per step: prepare(sb) (the plan; inside the wall time, outside the events),
            then launch(what prepare returned) between two CUDA events. tokens/s over the wall
            time of all steps; the attention time per layer from the events, median."""
            layer_ts, t_all = [], 0.0
            for sb in batches:
                torch.cuda.synchronize()
                t0 = time.perf_counter()
                state = prepare(sb)
                e0 = torch.cuda.Event(enable_timing=True)
                e1 = torch.cuda.Event(enable_timing=True)
                e0.record()
                launch(state)
                e1.record()
                torch.cuda.synchronize()
                t_all += time.perf_counter() - t0
                layer_ts.append(e0.elapsed_time(e1) * 1e3 / args.layers)
            return dict(tokens_per_s=n * args.steps / t_all,
                        attention_us_per_layer_median=statistics.median(layer_ts),
                        wall_s=t_all)

        def generate(make, plan, run):
            obj = make()

            def layers(tabs):
                for _ in range(args.layers):
                    run(obj, tabs)
            # Warm-up: the first step's plan and layers, untimed (module loads, caches).
            for _ in range(2):
                layers(plan(obj, batches[0]))
            torch.cuda.synchronize()
            return timed_steps(lambda sb: plan(obj, sb), layers)

        def generate_graph(make, plan, run):
            """generate() with the layers of a step captured once as a CUDA graph and replayed
            after each step's plan: the step's tables are copied into fixed device buffers
            (the largest step's sizes), which the captured launches read."""
            obj = make()
            last = plan(obj, batches[-1])
            bufs = [[torch.zeros_like(t) for t in level] for level in last]

            def fill(tabs):
                for level, dst in zip(tabs, bufs):
                    for t, d in zip(level, dst):
                        d[:t.numel()].copy_(t)

            def layers():
                for _ in range(args.layers):
                    run(obj, bufs)
            fill(plan(obj, batches[0]))
            side = torch.cuda.Stream()
            side.wait_stream(torch.cuda.current_stream())
            with torch.cuda.stream(side):  # untimed warm-up (module loads) off the capture
                layers()
            torch.cuda.current_stream().wait_stream(side)
            g = torch.cuda.CUDAGraph()
            with torch.cuda.graph(g):
                layers()
            for _ in range(2):
                fill(plan(obj, batches[0]))
                g.replay()
            torch.cuda.synchronize()
            t = timed_steps(lambda sb: fill(plan(obj, sb)), lambda _: g.replay())
            t["cuda_graph"] = True
            return t

        def describe(t):
            return (f"{t['tokens_per_s']:10.0f} tok/s  "
                    f"{t['attention_us_per_layer_median']:8.1f} us/layer")

        def measure(name, make, plan, run, graph=False):
            gen_fn = generate_graph if graph else generate
            bench_common.record(row["impls"], name, lambda: gen_fn(make, plan, run),
                                f"  pargen n={n:3} {name:26}", describe)

        if ours is not None:
            def c_plan(cas, sb):
                cas.plan([sb.l0[0], sb.l1[0]], [sb.l0[1], sb.l1[1]], [sb.l0[3], sb.l1[3]])
                return sb.to("cuda")[:2]
            measure("attn-mlir cascade", lambda: ours.cascade(n), c_plan,
                    lambda cas, t: run_cascade(cas, q, kp, vp, t[0], t[1], o))

            def d_plan(dec, sb):
                dec.plan(sb.plain[0], sb.plain[2])
                return sb.to("cuda")[2]
            measure("attn-mlir decode", lambda: ours.plain_decode(n), d_plan,
                    lambda dec, t: dec.run(q, kp, vp, kv_indptr=t[0], kv_indices=t[1],
                                           kv_last_page_len=t[2], o=o))
            if args.graph:
                measure("attn-mlir cascade graph", lambda: ours.cascade(n, graph=True), c_plan,
                        lambda cas, t: run_cascade(cas, q, kp, vp, t[0], t[1], o), graph=True)
                measure("attn-mlir decode graph", lambda: ours.plain_decode(n, graph=True),
                        lambda dec, sb: [d_plan(dec, sb)],
                        lambda dec, t: dec.run(q, kp, vp, kv_indptr=t[0][0],
                                               kv_indices=t[0][1], kv_last_page_len=t[0][2],
                                               o=o), graph=True)
        if fi is not None:
            ws = torch.empty(256 << 20, dtype=torch.uint8, device="cuda")

            def fc_plan(w, sb):
                l0, l1, _ = sb.to("cuda")
                w.plan([l0[0], l1[0]], [l0[1], l1[1]], [l0[2], l1[2]], [l0[3], l1[3]], HQ,
                       HKV, D, P, q_data_type=DTYPE)
            measure("flashinfer cascade",
                    lambda: fi.MultiLevelCascadeAttentionWrapper(2, ws, "NHD"), fc_plan,
                    lambda w, t: w.run(q, (kp, vp)))
            for tc in (False, True):
                def fd_plan(w, sb):
                    p = sb.to("cuda")[2]
                    w.plan(p[0], p[1], p[2], HQ, HKV, D, P, pos_encoding_mode="NONE",
                           q_data_type=DTYPE, kv_data_type=DTYPE)
                measure(f"flashinfer decode tc={tc}",
                        lambda tc=tc: fi.BatchDecodeWithPagedKVCacheWrapper(
                            ws, "NHD", use_tensor_cores=tc), fd_plan,
                        lambda w, t: w.run(q, (kp, vp), out=o))
        im = row["impls"]
        for sfx in ("", " graph"):
            c, d = (im.get(k + sfx, {}).get("tokens_per_s") for k in ("attn-mlir cascade",
                                                                       "attn-mlir decode"))
            if c and d:
                row["cascade_over_decode" + sfx.replace(" ", "_")] = c / d
                log(f"  pargen n={n:3} attn-mlir cascade / decode{sfx} tokens/s: {c / d:.2f}x")
        rows.append(row)
        torch.cuda.empty_cache()
    res["pargen"] = rows


def markdown(res):
    lines = [f"# Cascade benchmark on {res['device']} ({res['date']})", ""]
    st = res.get("step")
    if st:
        lines += [f"## Decode step: {st['batch']} x ({st['shared']} shared + {st['unique']} "
                  f"unique) tokens", "", "| impl | median us | effective TB/s |", "|---|---|---|"]
        for n, t in st["impls"].items():
            if "error" in t:
                lines.append(f"| {n} | failed: {t['error'][:80]} | |")
            else:
                lines.append(f"| {n} | {t['median_us']:.1f} | {t['effective_tb_per_s']:.2f} |")
        lines += [""] + [f"- {k}: {v:.2f}x" for k, v in st.get("speedups", {}).items()]
    for r in res.get("pargen", []):
        lines += ["", f"## Parallel generation n = {r['samples']} (prompt {r['prompt']}, "
                  f"{r['steps']} steps, {r['layers']} layers)", "",
                  "| impl | tokens/s | attention us / layer |", "|---|---|---|"]
        for n, t in r["impls"].items():
            if "error" in t:
                lines.append(f"| {n} | failed: {t['error'][:80]} | |")
            else:
                lines.append(f"| {n} | {t['tokens_per_s']:.0f} | "
                             f"{t['attention_us_per_layer_median']:.1f} |")
    return "\n".join(lines) + "\n"


def main():
    ap = bench_common.arg_parser("cascade (shared-prefix) decode benchmark", iters=50,
                                 warmup=10)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--shared", type=int, default=32768)
    ap.add_argument("--unique", type=int, default=512)
    ap.add_argument("--samples", default="4,16,64")
    ap.add_argument("--prompt", type=int, default=8192)
    ap.add_argument("--steps", type=int, default=32)
    ap.add_argument("--layers", type=int, default=8)
    ap.add_argument("--skip-step", action="store_true")
    ap.add_argument("--skip-pargen", action="store_true")
    ap.add_argument("--graph", action="store_true",
                    help="parallel generation also with each step's layers as a CUDA graph")
    ap.add_argument("--breakdown", action="store_true",
                    help="also the device time of each kernel of our cascade step (profiler)")
    ap.add_argument("--level0-from", default=None,
                    help="an ARTDIR whose bundles/ holds the level-0 (prefill) bundle")
    args = ap.parse_args()
    gen = bench_common.start(args, "cascade_bench")
    if gen is None:
        return 2
    os.environ.setdefault("ATTN_RT_LIBRARY", os.path.join(args.artdir, "libattn_rt.so"))
    ours, ours_why = None, None
    try:
        ours = Ours(args.artdir, torch.device("cuda", torch.cuda.current_device()),
                    args.level0_from)
    except Exception as e:  # noqa: BLE001
        ours_why = f"{type(e).__name__}: {e}"
        log(f"cascade_bench: attn-mlir skipped: {ours_why}")
    fi, fi_why = bench_common.import_flashinfer(args.no_flashinfer, "cascade_bench")
    # One pool: the shared pages, then every request's own pages, scattered at random.
    shared_n = -(-max(args.shared, args.prompt) // P)
    max_own = max(args.unique, args.steps + 1)
    max_b = max([args.batch] + [int(x) for x in args.samples.split(",")])
    own_n = -(-max_own // P)
    pool_pages = shared_n + max_b * own_n + 16
    perm = torch.randperm(pool_pages, generator=gen).to(torch.int32)
    shared_pages = perm[:shared_n]
    own_pages = [perm[shared_n + b * own_n:shared_n + (b + 1) * own_n] for b in range(max_b)]
    kp = torch.randn(pool_pages, P, HKV, D, device="cuda").to(DTYPE)
    vp = torch.randn(pool_pages, P, HKV, D, device="cuda").to(DTYPE)
    res = dict(device=torch.cuda.get_device_name(),
               date=datetime.datetime.now().isoformat(timespec="seconds"),
               torch=torch.__version__, cuda=torch.version.cuda,
               flashinfer=getattr(fi, "__version__", None), attn_skipped=ours_why,
               flashinfer_skipped=fi_why,
               problem=dict(num_qo_heads=HQ, num_kv_heads=HKV, head_dim=D, page_size=P,
                            layout="nhd", dtype="bf16"),
               method=dict(iters=args.iters, warmup=args.warmup, pool_pages=pool_pages,
                           timing="CUDA events per run, median"))
    if not args.skip_step:
        bench_step(args, ours, fi, kp, vp, shared_pages, own_pages, gen, res)
    if not args.skip_pargen:
        bench_pargen(args, ours, fi, kp, vp, shared_pages, own_pages, gen, res)
    with open(os.path.join(args.outdir, "cascade_bench.json"), "w") as f:
        json.dump(res, f, indent=1)
    md = markdown(res)
    with open(os.path.join(args.outdir, "cascade_bench.md"), "w") as f:
        f.write(md)
    print(md)
    return 0 if ours is not None else 1


if __name__ == "__main__":
    sys.exit(main())
