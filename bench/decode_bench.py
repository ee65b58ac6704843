#!/usr/bin/env python3
"""Paged-decode benchmark (not a test): attn-mlir's kernel against PyTorch and FlashInfer in the
same run, on the same pools and page tables.

bf16, 32 q heads, 8 KV heads, head_dim 128; page 16, NHD by default (the bench variant of
tests/gpu/decode_variants.py). Shapes B x L: 1x32768, 16x4096, 64x2048, 128x1024, 8x16384 and
skewed 1x32768 + 63x512. Pages are scattered at random through one pool of --pool-gb GB; each
shape has --sets page tables (and q / o buffers) rotated between runs so no run finds its KV in
L2. Times are CUDA-event medians of --iters runs after --warmup; TB/s = K+V bytes read / time.
Also measured: device-to-device copy bandwidth ((read + written) / time of a large copy), host
plan time (python-level and the C++ microbenchmark if ARTDIR/bin/attn-rt-plan-bench exists).

KV configs: --kv-configs p16_nhd,p1_nhd,p64_hnd,... times every shape on K/V pools of each page
size and layout (NHD pools [pages, page, Hkv, D], HND [pages, Hkv, page, D]; the same --pool-gb
GB of storage viewed as whole pages), attn-mlir with that config's decode variant (bench=True in
tests/gpu/decode_variants.py: p1/p16/p64 x nhd/hnd), the peers with the same page size and
layout. Rows of p16_nhd keep the plain shape name ("1x32768"), the others are named
SHAPE@CONFIG ("1x32768@p1_hnd"); every row has its kv_config, page_size and layout, the JSON's
kv_configs lists the configs (name, page_size, layout, variant, pool_pages) and its problem
describes the first. --bundles and --tc-bundles are timed in the configs whose page size and
layout their attention kernel has.

Peers: torch "sdpa" = scaled_dot_product_attention on K/V already gathered into contiguous
tensors (kernel only); "gather+sdpa" = gathering the pages too; FlashInfer's
BatchDecodeWithPagedKVCacheWrapper if it imports, in both its configurations: "flashinfer"
(CUDA-core decode) and "flashinfer-tc" (use_tensor_cores=True: its prefill kernel with the GQA
group as query rows).

Usage: decode_bench.py OUTDIR [--artdir ARTDIR] [--iters 50] [--warmup 10] [--sets 6]
                       [--bundles NAME,..] [--tc-bundles NAME,..] [--max-work N,..]
                       [--pool-gb 4] [--no-flashinfer] [--shapes 1x32768,16x4096,...]
                       [--kv-configs p16_nhd,p1_nhd,p64_nhd,p16_hnd,p1_hnd,p64_hnd]
Writes OUTDIR/decode_bench.json and OUTDIR/decode_bench.md; prints a table last.
"""

import datetime
import json
import math
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, ".."))
sys.path.insert(0, os.path.join(REPO, "python"))
sys.path.insert(0, os.path.join(REPO, "tests", "gpu"))

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

import bench_common  # noqa: E402
import decode_variants as dv  # noqa: E402
from bench_common import log  # noqa: E402

HQ, HKV, D, P = 32, 8, 128, 16     # P: the default page size (KV config p16_nhd)
DTYPE = torch.bfloat16
ELEM = 2
SHAPES = {
    "1x32768": [32768],
    "16x4096": [4096] * 16,
    "64x2048": [2048] * 64,
    "128x1024": [1024] * 128,
    "8x16384": [16384] * 8,
    "skew_1x32768+63x512": [32768] + [512] * 63,
}
# --kv-configs: "p<page>_<layout>" -> the decode variant attn-mlir runs on such pools.
KV_CONFIGS = {f"p{v.page_size}_{v.layout}": v for v in dv.bench_variants()}
DEFAULT_KV = "p16_nhd"


def kv_name(v):
    """The --kv-configs name of a bench variant: "p16_nhd"."""
    return f"p{v.page_size}_{v.layout}"


def pool_view(flat, v):
    """The whole pages of the flat K (or V) storage `flat` as a pool of bench variant v's page
    size and layout: NHD [pages, page, Hkv, D], HND [pages, Hkv, page, D]."""
    page = (v.page_size, HKV, D) if v.layout == "nhd" else (HKV, v.page_size, D)
    pages = flat.numel() // math.prod(page)
    return flat[:pages * math.prod(page)].view((pages,) + page)


def time_cuda(fn, iters, warmup):
    """bench_common.time_cuda where fn(i) runs call i."""
    return bench_common.time_cuda(fn, iters, warmup, indexed=True)


def copy_bandwidth(iters, gb=1.0):
    n = int(gb * 2**30) // 4
    src = torch.empty(n, dtype=torch.float32, device="cuda").normal_()
    dst = torch.empty_like(src)
    t = time_cuda(lambda i: dst.copy_(src), max(10, iters // 2), 3)
    tbs = 2 * n * 4 / (t["median_ms"] * 1e-3) / 1e12
    del src, dst
    return dict(bytes_read_plus_written=2 * n * 4, tb_per_s=tbs, **t)


class PageSet:
    """One page table of a shape, drawn from the shared pool, with its q / o buffers."""

    def __init__(self, lens, pool_pages, gen, page_size=P):
        from reference import page_table
        self.lens = lens
        self.indptr, self.indices, self.last = page_table(lens, page_size, pool_pages, gen)
        self.d_indptr = self.indptr.cuda()
        self.d_indices = self.indices.cuda()
        self.d_last = self.last.cuda()
        B = len(lens)
        self.q = torch.randn(B, HQ, D, device="cuda").to(DTYPE)
        self.o = torch.empty(B, HQ, D, device="cuda", dtype=DTYPE)


def bench_attn(sets, kp, vp, v, artdir, args, bundle_name=None, max_work=0):
    """attn-mlir's decode on pools of bench variant v's page size and layout; bundle_name: a
    bundle of that problem (default: v's); max_work: the work-item cap per KV head (0: the
    library's default, one wave of CTA slots)."""
    import attn_mlir
    bdir = os.path.join(artdir, "bundles", bundle_name or v.name)
    bundle = attn_mlir.Bundle(bdir)
    decs = []
    for s in sets:
        d = attn_mlir.BatchDecode(bundle, max_batch=len(s.lens), max_work=max_work, **dict(
            num_qo_heads=HQ, num_kv_heads=HKV, head_dim=D, page_size=v.page_size,
            layout=v.layout, dtype="bf16"))
        d.plan(s.indptr, s.last)
        decs.append(d)
    info = decs[0].plan_info()

    def call(i):
        k = i % len(sets)
        s = sets[k]
        decs[k].run(s.q, kp, vp, kv_indptr=s.d_indptr, kv_indices=s.d_indices,
                    kv_last_page_len=s.d_last, o=s.o)
    t = time_cuda(call, args.iters, args.warmup)
    # Host plan time, python-level (host arrays, as an engine would pass them).
    s0, d0 = sets[0], decs[0]
    pt = []
    for _ in range(args.plan_iters):
        t0 = time.perf_counter()
        d0.plan(s0.indptr, s0.last)
        pt.append((time.perf_counter() - t0) * 1e6)
    torch.cuda.synchronize()
    for d in decs:
        d.close()
    bundle.close()
    t.update(plan_us_python=statistics.median(pt), plan=info)
    return t


def bench_attn_prefill(sets, kp, vp, artdir, args, bundle_name):
    """A decode step through the tensor-core prefill kernel: one query row per request, the
    GQA group packed as the rows of a 16-row Q tile (the strategy FlashInfer's
    use_tensor_cores=True decode takes). bundle_name: a prefill bundle of the bench problem."""
    import attn_mlir
    bundle = attn_mlir.Bundle(os.path.join(artdir, "bundles", bundle_name))
    pres = []
    for s in sets:
        B = len(s.lens)
        p = attn_mlir.BatchPrefill(bundle, max_batch=B, max_qo_tokens=B)
        qo = torch.arange(B + 1, dtype=torch.int32)
        p.plan(qo, s.indptr, s.last)
        pres.append((p, qo.cuda()))
    info = pres[0][0].plan_info()

    def call(i):
        k = i % len(sets)
        s, (p, d_qo) = sets[k], pres[k]
        p.run(s.q, kp, vp, qo_indptr=d_qo, kv_indptr=s.d_indptr, kv_indices=s.d_indices,
              kv_last_page_len=s.d_last, o=s.o)
    t = time_cuda(call, args.iters, args.warmup)
    torch.cuda.synchronize()
    for p, _ in pres:
        p.close()
    bundle.close()
    t.update(plan=info)
    return t


def sdpa_groups(lens):
    """Requests grouped by length (one SDPA call per group, no padding)."""
    groups = {}
    for b, L in enumerate(lens):
        groups.setdefault(L, []).append(b)
    return sorted(groups.items())


class TorchPeer:
    def __init__(self, sets, kp, vp, layout):
        self.sets, self.kp, self.vp, self.layout = sets, kp, vp, layout
        self.gqa = True
        try:  # enable_gqa needs torch >= 2.5; else repeat_interleave K/V heads
            q = torch.randn(1, HQ, 1, D, device="cuda", dtype=DTYPE)
            k = torch.randn(1, HKV, 4, D, device="cuda", dtype=DTYPE)
            F.scaled_dot_product_attention(q, k, k, enable_gqa=True)
        except Exception:  # noqa: BLE001
            self.gqa = False
        # Per set and length group: request ids, page-id matrix [Bg, pages].
        self.plans = []
        for s in sets:
            groups = []
            for L, reqs in sdpa_groups(s.lens):
                ip = s.indptr.tolist()
                rows = [s.indices[ip[b]:ip[b + 1]] for b in reqs]
                groups.append((L, torch.tensor(reqs, device="cuda"),
                               torch.stack(rows).cuda().long()))
            self.plans.append(groups)

    def gather(self, pool, pages, L):
        # pool[pages]: NHD [Bg, n, P, Hkv, D] / HND [Bg, n, Hkv, P, D] -> [Bg, Hkv, L, D]
        # contiguous (one copy after the index gather either way when n * P == L)
        g = pool[pages]
        Bg = g.shape[0]
        if self.layout == "hnd":
            return g.transpose(1, 2).reshape(Bg, HKV, -1, D)[:, :, :L].contiguous()
        return g.reshape(Bg, -1, HKV, D)[:, :L].transpose(1, 2).contiguous()

    def attend(self, q, k, v):
        if self.gqa:
            return F.scaled_dot_product_attention(q, k, v, enable_gqa=True)
        G = HQ // HKV
        return F.scaled_dot_product_attention(q, k.repeat_interleave(G, 1),
                                              v.repeat_interleave(G, 1))

    def pregather(self):
        self.gathered = [[(L, reqs, self.gather(self.kp, pages, L), self.gather(self.vp, pages, L))
                          for L, reqs, pages in groups] for groups in self.plans]

    def sdpa_only(self, i):
        k = i % len(self.sets)
        s = self.sets[k]
        for L, reqs, kk, vv in self.gathered[k]:
            q = s.q[reqs].unsqueeze(2)            # [Bg, Hq, 1, D]
            s.o[reqs] = self.attend(q, kk, vv).squeeze(2)

    def gather_sdpa(self, i):
        k = i % len(self.sets)
        s = self.sets[k]
        for L, reqs, pages in self.plans[k]:
            kk, vv = self.gather(self.kp, pages, L), self.gather(self.vp, pages, L)
            s.o[reqs] = self.attend(s.q[reqs].unsqueeze(2), kk, vv).squeeze(2)


def bench_flashinfer(sets, kp, vp, v, args, use_tensor_cores=False):
    """FlashInfer's decode wrapper on pools of bench variant v's page size and layout."""
    import flashinfer
    wrappers = []
    for s in sets:
        ws = torch.empty(128 * 2**20, dtype=torch.uint8, device="cuda")
        w = flashinfer.BatchDecodeWithPagedKVCacheWrapper(ws, v.layout.upper(),
                                                          use_tensor_cores=use_tensor_cores)
        w.plan(s.d_indptr, s.d_indices, s.d_last, HQ, HKV, D, v.page_size,
               pos_encoding_mode="NONE", q_data_type=DTYPE, kv_data_type=DTYPE)
        wrappers.append(w)

    def call(i):
        k = i % len(sets)
        wrappers[k].run(sets[k].q, (kp, vp), out=sets[k].o)
    t = time_cuda(call, args.iters, args.warmup)
    pt = []
    s0 = sets[0]
    h = (s0.indptr, s0.indices, s0.last)  # host tensors, as FlashInfer's plan prefers
    for _ in range(min(args.plan_iters, 200)):
        t0 = time.perf_counter()
        wrappers[0].plan(*h, HQ, HKV, D, v.page_size, pos_encoding_mode="NONE",
                         q_data_type=DTYPE, kv_data_type=DTYPE)
        pt.append((time.perf_counter() - t0) * 1e6)
    torch.cuda.synchronize()
    t.update(plan_us_python=statistics.median(pt), version=flashinfer.__version__)
    return t


def cpp_plan_bench(artdir):
    exe = os.path.join(artdir, "bin", "attn-rt-plan-bench") if artdir else None
    if not exe or not os.access(exe, os.X_OK):
        return None
    try:
        r = subprocess.run([exe, "20000"], capture_output=True, text=True, timeout=120)
        return r.stdout.strip() or r.stderr.strip()
    except Exception as e:  # noqa: BLE001
        return f"failed: {e}"


def attn_unavailable(args, v):
    """Why attn-mlir is not timed on bench variant v's pools, or None (it is)."""
    if not args.artdir:
        return "no --artdir"
    bdir = os.path.join(args.artdir, "bundles", v.name)
    if not os.path.isfile(os.path.join(bdir, "manifest.json")):
        return f"no bundle at {bdir}"
    lib = os.environ["ATTN_RT_LIBRARY"]
    if not os.path.isfile(lib):
        return f"no library at {lib}"
    return None


def bundles_for(artdir, names, v):
    """The bundles of the comma list `names` (ARTDIR/bundles/NAME) whose attention kernel reads
    pools of bench variant v's page size and layout, and those that do not load (their runs
    report why)."""
    import attn_mlir
    fit = []
    for name in filter(None, names.split(",")):
        try:
            with attn_mlir.Bundle(os.path.join(artdir, "bundles", name)) as b:
                k = next(k for k in b.kernels if k.role == "attention")
        except Exception:  # noqa: BLE001 - timed, to record the error
            fit.append(name)
            continue
        if (k.page_size, k.layout) == (v.page_size, v.layout):
            fit.append(name)
    return fit


def bench_shape(args, gen, v, kp, vp, sname, attn, fi_why):
    """The result row of shape `sname` on pools kp / vp of bench variant v's page size and
    layout. attn: None (attn-mlir not timed) or (bundles, tc_bundles), the --bundles and
    --tc-bundles names that fit v."""
    lens = SHAPES[sname]
    sets = [PageSet(lens, kp.shape[0], gen, v.page_size) for _ in range(args.sets)]
    kv_bytes = sum(lens) * HKV * D * ELEM * 2
    shape = sname if kv_name(v) == DEFAULT_KV else f"{sname}@{kv_name(v)}"
    row = dict(shape=shape, kv_config=kv_name(v), page_size=v.page_size, layout=v.layout,
               batch=len(lens), tokens=sum(lens), kv_bytes=kv_bytes, impls={})

    def describe(t):
        t["tb_per_s"] = kv_bytes / (t["median_ms"] * 1e-3) / 1e12
        plan = f"\n  {'':22} {'':12} plan {t['plan']}" if t.get("plan") else ""
        return f"{t['median_ms'] * 1e3:9.1f} us {t['tb_per_s']:6.2f} TB/s{plan}"

    def record(name, fn):
        bench_common.record(row["impls"], name, fn, f"  {shape:22} {name:12}", describe)

    if attn is not None:
        bundles, tc_bundles = attn
        record("attn-mlir", lambda: bench_attn(sets, kp, vp, v, args.artdir, args))
        cuda_core = v.name + "_cuda_core"
        if (os.path.isfile(os.path.join(args.artdir, "bundles", cuda_core, "manifest.json"))
                and cuda_core not in bundles):
            # scripts/build_gpu_artifacts.sh: the same problem on the CUDA-core kernel.
            record("attn-mlir[cuda-core]",
                   lambda: bench_attn(sets, kp, vp, v, args.artdir, args, cuda_core))
        for cap in args.max_work:
            # A cap below the batch cannot hold one item per request: nothing to time.
            if cap >= len(lens):
                record(f"attn-mlir[mw{cap}]", lambda cap=cap: bench_attn(
                    sets, kp, vp, v, args.artdir, args, max_work=cap))
        for name in bundles:
            record(f"attn-mlir[{name}]",
                   lambda name=name: bench_attn(sets, kp, vp, v, args.artdir, args, name))
        for name in tc_bundles:
            record(f"attn-mlir-tc[{name}]",
                   lambda name=name: bench_attn_prefill(sets, kp, vp, args.artdir, args, name))
    if fi_why is None:
        record("flashinfer", lambda: bench_flashinfer(sets, kp, vp, v, args))
        record("flashinfer-tc", lambda: bench_flashinfer(sets, kp, vp, v, args, True))
    if not args.no_peers:
        peer = TorchPeer(sets, kp, vp, v.layout)
        record("gather+sdpa", lambda: time_cuda(peer.gather_sdpa, args.iters, args.warmup))
        try:
            peer.pregather()
            record("sdpa", lambda: time_cuda(peer.sdpa_only, args.iters, args.warmup))
        except torch.cuda.OutOfMemoryError as e:
            row["impls"]["sdpa"] = dict(error=f"OutOfMemoryError: {e}")
        row["torch_gqa"] = "enable_gqa" if peer.gqa else "repeat_interleave"
        del peer
    del sets
    torch.cuda.empty_cache()
    return row


def main():
    ap = bench_common.arg_parser(
        "paged decode benchmark", iters=50, warmup=10,
        artdir_help="bundles/ and libattn_rt.so (skip attn-mlir when absent)")
    ap.add_argument("--sets", type=int, default=6)
    ap.add_argument("--pool-gb", type=float, default=4.0)
    ap.add_argument("--plan-iters", type=int, default=1000)
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("--kv-configs", default=DEFAULT_KV,
                    help="comma list of K/V page size and layout configs, each timed on every "
                         f"shape: {', '.join(KV_CONFIGS)}")
    ap.add_argument("--no-peers", action="store_true",
                    help="time attn-mlir only (tuning runs); implies --no-flashinfer")
    ap.add_argument("--bundles", default="",
                    help="extra bundle names under ARTDIR/bundles to time as attn-mlir[NAME] "
                         "(kernel configurations of the same problem; in the KV configs of "
                         "their page size and layout)")
    ap.add_argument("--tc-bundles", default="",
                    help="prefill bundles of the same problem under ARTDIR/bundles to time as "
                         "attn-mlir-tc[NAME]: the decode step on the tensor-core kernel")
    ap.add_argument("--max-work", default="",
                    help="comma list of work-item caps per KV head, each timed as "
                         "attn-mlir[mwN] (the split-KV plan with at most N items a head, "
                         "where N >= the batch): how many CTAs the step needs")
    args = ap.parse_args()
    args.iters = max(args.iters, 50)
    args.max_work = [int(x) for x in filter(None, args.max_work.split(","))]
    names = list(dict.fromkeys(args.kv_configs.split(",")))
    unknown = [c for c in names if c not in KV_CONFIGS]
    if unknown:
        ap.error(f"--kv-configs: unknown {', '.join(unknown)} (known: {', '.join(KV_CONFIGS)})")
    configs = [KV_CONFIGS[c] for c in names]
    gen = bench_common.start(args, "decode_bench")
    if gen is None:
        return 2

    if args.artdir:
        os.environ["ATTN_RT_LIBRARY"] = (os.environ.get("ATTN_RT_LIBRARY")
                                         or os.path.join(args.artdir, "libattn_rt.so"))
    attn_why = {kv_name(v): attn_unavailable(args, v) for v in configs}
    for name, why in attn_why.items():
        if why:
            log(f"decode_bench: attn-mlir skipped ({name}): {why}")
    if args.no_peers:
        args.no_flashinfer = True
    _, fi_why = bench_common.import_flashinfer(args.no_flashinfer, "decode_bench")

    # One K and one V storage of --pool-gb GB in all, viewed as each config's pool.
    elems = int(args.pool_gb * 2**30 / (2 * ELEM))
    kflat = torch.randn(elems, device="cuda").to(DTYPE)
    vflat = torch.randn(elems, device="cuda").to(DTYPE)
    kv_configs = [dict(name=kv_name(v), page_size=v.page_size, layout=v.layout, variant=v.name,
                       pool_pages=pool_view(kflat, v).shape[0]) for v in configs]
    first = configs[0]
    dev_name = torch.cuda.get_device_name()
    res = dict(device=dev_name, date=datetime.datetime.now().isoformat(timespec="seconds"),
               torch=torch.__version__, cuda=torch.version.cuda,
               problem=dict(num_qo_heads=HQ, num_kv_heads=HKV, head_dim=D,
                            page_size=first.page_size, layout=first.layout, dtype="bf16",
                            variant=first.name),
               kv_configs=kv_configs,
               method=dict(iters=args.iters, warmup=args.warmup, sets=args.sets,
                           pool_gb=args.pool_gb, pool_pages=kv_configs[0]["pool_pages"],
                           timing="CUDA events per run, median"),
               attn_skipped=("; ".join(sorted(set(attn_why.values())))
                             if all(attn_why.values()) else None),
               flashinfer_skipped=fi_why, copy=copy_bandwidth(args.iters), shapes=[])
    log(f"device {dev_name}: D2D copy {res['copy']['tb_per_s']:.2f} TB/s")
    res["cpp_plan_bench"] = cpp_plan_bench(args.artdir)

    for v in configs:
        kp, vp = pool_view(kflat, v), pool_view(vflat, v)
        why = attn_why[kv_name(v)]
        attn = None if why else (bundles_for(args.artdir, args.bundles, v),
                                 bundles_for(args.artdir, args.tc_bundles, v))
        for sname in args.shapes.split(","):
            row = bench_shape(args, gen, v, kp, vp, sname, attn, fi_why)
            if why and not res["attn_skipped"]:   # skipped in this config only
                row["impls"]["attn-mlir"] = dict(skipped=why)
            res["shapes"].append(row)

    jpath = os.path.join(args.outdir, "decode_bench.json")
    with open(jpath, "w") as f:
        json.dump(res, f, indent=1)
    md = markdown(res)
    with open(os.path.join(args.outdir, "decode_bench.md"), "w") as f:
        f.write(md)
    print(md)
    return 0


def kv_text(res):
    """The page size and layout of the run, for the markdown's first line."""
    kvs = res["kv_configs"]
    if len(kvs) == 1:
        return f"page {kvs[0]['page_size']}, {kvs[0]['layout'].upper()}"
    return (f"KV configs {', '.join(c['name'] for c in kvs)} (page size, layout; rows of "
            f"configs other than {DEFAULT_KV} read SHAPE@CONFIG)")


def markdown(res):
    impls = ["attn-mlir", "attn-mlir[cuda-core]", "flashinfer", "flashinfer-tc", "sdpa",
             "gather+sdpa"]
    extra = sorted({n for r in res["shapes"] for n in r["impls"]
                    if (n.startswith("attn-mlir[") or n.startswith("attn-mlir-tc["))
                    and n not in impls})
    impls[1:1] = extra
    lines = [f"# Paged decode benchmark: {res['device']}, {res['date']}", "",
             f"bf16, {HQ} q / {HKV} kv heads, head_dim {D}, {kv_text(res)}; pages scattered in a "
             f"{res['method']['pool_gb']:g} GB pool, {res['method']['sets']} page sets rotated; "
             f"median of {res['method']['iters']} runs (CUDA events). torch {res['torch']}.",
             f"Device-to-device copy: **{res['copy']['tb_per_s']:.2f} TB/s** (read + written).",
             ""]
    if res.get("attn_skipped"):
        lines.append(f"attn-mlir skipped: {res['attn_skipped']}")
    if res.get("flashinfer_skipped"):
        lines.append(f"FlashInfer skipped: {res['flashinfer_skipped']}")
    lines += ["", "| shape | KV MB | " + " | ".join(f"{i} us (TB/s)" for i in impls) + " |",
              "|---|---:|" + "---:|" * len(impls)]
    for r in res["shapes"]:
        cells = [bench_common.cell(r["impls"].get(i),
                                   lambda t: f"{t['median_ms'] * 1e3:.1f} ({t['tb_per_s']:.2f})")
                 for i in impls]
        lines.append(f"| {r['shape']} | {r['kv_bytes'] / 1e6:.0f} | " + " | ".join(cells) + " |")
    plan = [(r["shape"], r["impls"].get(n, {}).get("plan_us_python"), n)
            for r in res["shapes"] for n in ("attn-mlir", "flashinfer", "flashinfer-tc")]
    plan = [p for p in plan if p[1] is not None]
    if plan:
        lines += ["", "Host plan time (python call, median us): " +
                  ", ".join(f"{n} {s} {us:.1f}" for s, us, n in plan)]
    if res.get("cpp_plan_bench"):
        lines += ["", "attn-rt-plan-bench (C++, host scheduler only):", "```",
                  res["cpp_plan_bench"], "```"]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
