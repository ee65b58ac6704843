#!/usr/bin/env python3
"""Prefill / append benchmark (not a test): attn-mlir's tensor-core prefill kernels against
PyTorch SDPA (FLASH_ATTENTION and CUDNN_ATTENTION backends), FlexAttention (torch.compile) and
FlashInfer in the same run, on the same inputs.

bf16 throughout. Shapes (q heads / kv heads, head_dim):
  square    32/32, d128 and d64, causal and not, batch x seq in {16x1024, 4x4096, 1x16384}
  ragged16  16 requests, lengths drawn from 512..2048 (fixed seed), 32/8 d128, causal;
            attn-mlir and FlashInfer on ragged KV and on paged KV (page 16)
  append    batch 32, 4096 cached + 128 new tokens, paged KV page 16, 32/8 d128, causal
  window    1x16384, 32/32 d128, causal + sliding window 1024
  document  1x16384 packed from 7 documents, 32/32 d128, causal within each document: a
            ragged batch of the documents for attn-mlir / FlashInfer / SDPA (one call per
            document), a document block mask for FlexAttention
Each attn-mlir problem is a variant of tests/gpu/prefill_variants.py (bench=True).

FLOPs: 4 * B * H * L^2 * D for the square shapes (halved when causal, the usual convention);
4 * Hq * D * (number of admitted (query, key) pairs, counted exactly) for the others.
Times are CUDA-event medians of --iters runs after --warmup; peers that fail (unsupported
mask, out of memory, missing package) are recorded with their error, never fatal.

Usage: prefill_bench.py OUTDIR [--artdir ARTDIR] [--iters 30] [--warmup 5]
                        [--shapes NAME,...] [--impls NAME,...] [--no-flashinfer]
Writes OUTDIR/prefill_bench.json and OUTDIR/prefill_bench.md (after every shape, so a
timeout keeps what was measured); prints the table last.
"""

import datetime
import json
import os
import sys
import time
import traceback
from dataclasses import asdict, dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, ".."))
sys.path.insert(0, os.path.join(REPO, "python"))
sys.path.insert(0, os.path.join(REPO, "tests", "gpu"))

import torch  # noqa: E402

import bench_common  # noqa: E402
import prefill_variants as pv  # noqa: E402
from bench_common import log, time_cuda  # noqa: E402
from reference import admitted_pairs, page_table  # noqa: E402

DOCUMENTS = [4096, 1024, 2048, 512, 3072, 256, 5376]   # 16384 tokens
WINDOW = pv.WINDOW_LEFT
SOFT_CAP = pv.SOFT_CAP
PAGE = 16
# The alternative sets of scripts/build_gpu_artifacts.sh (ARTDIR/<set>/bundles), each timed
# as attn-mlir[<set>] and, on the shapes measured on 16-key pages too, attn-mlir[<set>-paged16]:
# warpgroup MMAs, warp specialization, ping-pong, the overlap, TMA, persistent CTAs and their
# combinations, --early-kv, without / with L2 sections, --auto-persistent=false, --pingpong on
# the default (ppo), and the paged sets with TMA on two stages (pgto, pgtp) and on three (pg3*).
ARTDIR_SETS = ("wgmma", "ws", "wsp", "wso", "tma", "persist", "tmao", "persisto", "ekv", "nol2",
               "persl2", "ekvl2", "nopers", "ppo", "pgto", "pgtp", "pg3", "pg3o", "pg3t")
IMPLS = (["attn-mlir", "attn-mlir[paged16]"]
         + [f"attn-mlir[{s}{paged}]" for s in ARTDIR_SETS for paged in ("", "-paged16")]
         + ["attn-mlir[libtanh]", "attn-mlir[ws256]",
            "flashinfer-fa2", "flashinfer-fa2[paged16]", "flashinfer-fa3",
            "sdpa-flash", "sdpa-cudnn", "flex"])


@dataclass
class Shape:
    name: str
    kind: str                 # square | ragged | append | window | document
    num_qo_heads: int
    num_kv_heads: int
    head_dim: int
    causal: bool
    q_lens: list
    kv_lens: list
    window_left: int = -1
    soft_cap: float = 0.0      # logits soft-cap (cap * tanh(x / cap)); 0 = none
    lse: bool = False          # attn-mlir's variant writes the LSE too (the peers' do not)
    kv_format: str = "ragged"  # attn-mlir's main variant ("attn-mlir"); paged16 also timed
    also_paged: bool = False   # time attn-mlir[paged16] / flashinfer[paged16] too
    page_size: int = PAGE      # keys a page of the paged pool (kv_format "paged")
    notes: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def batch(self):
        return len(self.q_lens)

    def flops(self):
        """FLOPs of one run (QK^T and PV, 2 flops a multiply-add each)."""
        H, D = self.num_qo_heads, self.head_dim
        if self.kind == "square":
            L = self.q_lens[0]
            f = 4 * self.batch * H * L * L * D
            return f // 2 if self.causal else f
        return 4 * H * D * sum(admitted_pairs(a, b, self.causal, self.window_left)
                               for a, b in zip(self.q_lens, self.kv_lens))


def ragged16_lens(seed=0):
    g = torch.Generator().manual_seed(seed)
    return torch.randint(512, 2049, (16,), generator=g).tolist()


def shapes(seed=0):
    out = []
    for d in (128, 64):
        for causal in (True, False):
            for b, L in ((16, 1024), (4, 4096), (1, 16384)):
                out.append(Shape(f"d{d}_{'causal' if causal else 'full'}_{b}x{L}", "square",
                                 32, 32, d, causal, [L] * b, [L] * b))
    lens = ragged16_lens(seed)
    out.append(Shape("ragged16_causal", "ragged", 32, 8, 128, True, lens, lens,
                     also_paged=True, notes=f"lengths {lens}"))
    out.append(Shape("append_b32_4096+128", "append", 32, 8, 128, True, [128] * 32,
                     [4096 + 128] * 32, kv_format="paged"))
    out.append(Shape(f"window{WINDOW}_1x16384", "window", 32, 32, 128, True, [16384],
                     [16384], window_left=WINDOW))
    out.append(Shape("document_16384", "document", 32, 32, 128, True, DOCUMENTS, DOCUMENTS,
                     notes=f"documents {DOCUMENTS}"))
    out.append(Shape("d256_gqa_causal_1x16384", "square", 32, 8, 256, True, [16384], [16384],
                     lse=True, notes="GQA 32/8; attn-mlir's head_dim 256 variant writes the "
                     "LSE as well; attn-mlir[ws256]: 2 consumer warpgroups + producer, "
                     "128 x 64 tiles"))
    out.append(Shape(f"softcap{SOFT_CAP:g}_causal_1x16384", "square", 32, 32, 128, True,
                     [16384], [16384], soft_cap=SOFT_CAP,
                     notes="Gemma-2's logits soft-cap (on tanh.approx.f32); attn-mlir[libtanh]: "
                     "on libdevice's tanhf"))
    out.append(Shape("ragged16_causal_p64", "ragged", 32, 8, 128, True, lens, lens,
                     kv_format="paged", page_size=64,
                     notes=f"the ragged batch's lengths {lens} on 64-key pages (NHD, scattered)"))
    return out


def variant_for(s, kv_format):
    return pv.find(num_qo_heads=s.num_qo_heads, num_kv_heads=s.num_kv_heads,
                   head_dim=s.head_dim, kv_format=kv_format,
                   page_size=s.page_size if kv_format == "paged" else 0,
                   mask="causal" if s.causal else "none", window_left=s.window_left,
                   soft_cap=s.soft_cap, lse=s.lse)


def indptr(lens, device=None):
    t = torch.zeros(len(lens) + 1, dtype=torch.int32)
    t[1:] = torch.cumsum(torch.tensor(lens, dtype=torch.int64), 0).to(torch.int32)
    return t.to(device) if device else t


class Data:
    """Inputs of one shape: packed q [T, Hq, D], ragged k / v [KV tokens, Hkv, D], o, and the
    same K/V in a paged pool (the shape's page size, NHD, pages scattered) when a paged impl
    needs it."""

    def __init__(self, s, gen):
        dev, dt = "cuda", torch.bfloat16
        self.s = s
        self.T, self.KVT = sum(s.q_lens), sum(s.kv_lens)
        self.q = torch.randn(self.T, s.num_qo_heads, s.head_dim, device=dev, dtype=dt)
        self.k = torch.randn(self.KVT, s.num_kv_heads, s.head_dim, device=dev, dtype=dt)
        self.v = torch.randn(self.KVT, s.num_kv_heads, s.head_dim, device=dev, dtype=dt)
        self.o = torch.empty_like(self.q)
        self.qo_indptr = indptr(s.q_lens)
        self.kv_indptr = indptr(s.kv_lens)
        self.d_qo_indptr = self.qo_indptr.cuda()
        self.d_kv_indptr = self.kv_indptr.cuda()
        self.paged = None
        if s.kv_format == "paged" or s.also_paged:
            P = s.page_size
            pages = sum((L + P - 1) // P for L in s.kv_lens)
            pool_pages = pages + pages // 4 + 8
            ip, ix, last = page_table(s.kv_lens, P, pool_pages, gen)
            # token t of request b -> pool row indices[ip[b] + t // P] * P + t % P
            rows = []
            for b, L in enumerate(s.kv_lens):
                t = torch.arange(L)
                rows.append(ix[int(ip[b]) + t // P].long() * P + t % P)
            rows = torch.cat(rows).cuda()
            shape = (pool_pages, P, s.num_kv_heads, s.head_dim)
            kp = torch.randn(shape, device=dev, dtype=dt)
            vp = torch.randn(shape, device=dev, dtype=dt)
            kp.view(-1, s.num_kv_heads, s.head_dim)[rows] = self.k
            vp.view(-1, s.num_kv_heads, s.head_dim)[rows] = self.v
            self.paged = dict(k=kp, v=vp, indptr=ip, indices=ix, last=last, d_indptr=ip.cuda(),
                              d_indices=ix.cuda(), d_last=last.cuda())


# ---- attn-mlir ------------------------------------------------------------------------------

def setup_attn(x, artdir, kv_format):
    import attn_mlir
    s = x.s
    v = variant_for(s, kv_format)
    bdir = os.path.join(artdir, "bundles", v.name)
    if not os.path.isfile(os.path.join(bdir, "manifest.json")):
        # Named from the set's folder down: the results are committed, the machine's paths
        # are not part of them.
        where = os.path.basename(os.path.normpath(artdir))
        raise FileNotFoundError(f"no bundle {v.name} in {where}/bundles")
    bundle = attn_mlir.Bundle(bdir)
    pre = attn_mlir.BatchPrefill(bundle, max_batch=s.batch, max_qo_tokens=x.T,
                                 kv_format=kv_format, num_qo_heads=s.num_qo_heads,
                                 num_kv_heads=s.num_kv_heads, head_dim=s.head_dim,
                                 page_size=s.page_size if kv_format == "paged" else None,
                                 layout="nhd" if kv_format == "paged" else None, dtype="bf16")
    if kv_format == "paged":
        p = x.paged
        pre.plan(x.qo_indptr, p["indptr"], p["last"])
        kw = dict(qo_indptr=x.d_qo_indptr, kv_indptr=p["d_indptr"], kv_indices=p["d_indices"],
                  kv_last_page_len=p["d_last"], o=x.o)
        k, vv = p["k"], p["v"]
    else:
        pre.plan(x.qo_indptr, x.kv_indptr)
        kw = dict(qo_indptr=x.d_qo_indptr, kv_indptr=x.d_kv_indptr, o=x.o)
        k, vv = x.k, x.v
    if v.lse:
        kw["lse"] = torch.empty(x.T, s.num_qo_heads, dtype=torch.float32, device="cuda")
    info = pre.plan_info()

    def fn():
        pre.run(x.q, k, vv, **kw)
    fn.keep = (bundle, pre)
    fn.info = dict(variant=v.name, plan=info)
    return fn


# ---- FlashInfer -----------------------------------------------------------------------------

def setup_flashinfer(x, kv_format, backend):
    """backend "fa2": FlashInfer's sm80-path kernels (mma.sync, the peer of this kernel);
    "fa3": its Hopper kernels (wgmma + TMA)."""
    import flashinfer
    s = x.s
    ws = torch.empty(256 * 2**20, dtype=torch.uint8, device="cuda")
    common = dict(causal=s.causal, window_left=s.window_left, q_data_type=torch.bfloat16,
                  kv_data_type=torch.bfloat16)
    if s.soft_cap:
        common["logits_soft_cap"] = s.soft_cap
    if kv_format == "paged":
        p = x.paged
        w = flashinfer.BatchPrefillWithPagedKVCacheWrapper(ws, "NHD", backend=backend)
        w.plan(x.d_qo_indptr, p["d_indptr"], p["d_indices"], p["d_last"], s.num_qo_heads,
               s.num_kv_heads, s.head_dim, s.page_size, **common)

        def fn():
            w.run(x.q, (p["k"], p["v"]), out=x.o)
    else:
        w = flashinfer.BatchPrefillWithRaggedKVCacheWrapper(ws, "NHD", backend=backend)
        w.plan(x.d_qo_indptr, x.d_kv_indptr, s.num_qo_heads, s.num_kv_heads, s.head_dim,
               **common)

        def fn():
            w.run(x.q, x.k, x.v, out=x.o)
    fn.keep = (ws, w)
    fn.info = dict(version=flashinfer.__version__, backend=backend)
    return fn


# ---- PyTorch SDPA ---------------------------------------------------------------------------

def groups(s):
    """Requests grouped by (q_len, kv_len): one SDPA call per group."""
    g = {}
    for b, pair in enumerate(zip(s.q_lens, s.kv_lens)):
        g.setdefault(pair, []).append(b)
    return sorted(g.items())


def setup_sdpa(x, backend):
    import torch.nn.functional as F
    from torch.nn.attention import SDPBackend, sdpa_kernel
    s = x.s
    if s.window_left >= 0:
        raise NotImplementedError("SDPA has no sliding-window mask (FLASH / CUDNN backends "
                                  "take no attn_mask)")
    if s.soft_cap:
        raise NotImplementedError("SDPA has no logits soft-cap")
    be = {"flash": SDPBackend.FLASH_ATTENTION, "cudnn": SDPBackend.CUDNN_ATTENTION}[backend]
    gqa = s.num_qo_heads != s.num_kv_heads
    qi, ki = x.qo_indptr.tolist(), x.kv_indptr.tolist()
    calls = []   # (q [Bg, Hq, Lq, D], k, v [Bg, Hkv, Lk, D], out rows, mask kwargs)
    for (lq, lk), reqs in groups(s):
        q = torch.stack([x.q[qi[b]:qi[b] + lq] for b in reqs]).transpose(1, 2).contiguous()
        k = torch.stack([x.k[ki[b]:ki[b] + lk] for b in reqs]).transpose(1, 2).contiguous()
        v = torch.stack([x.v[ki[b]:ki[b] + lk] for b in reqs]).transpose(1, 2).contiguous()
        mask = {}
        if s.causal and lq == lk:
            mask = dict(is_causal=True)
        elif s.causal:
            # bottom-right alignment: query i sees keys j <= i + lk - lq
            from torch.nn.attention.bias import causal_lower_right
            mask = dict(attn_mask=causal_lower_right(lq, lk))
        calls.append((q, k, v, mask))
    kw = dict(enable_gqa=True) if gqa else {}

    def fn():
        with sdpa_kernel(be):
            for q, k, v, mask in calls:
                F.scaled_dot_product_attention(q, k, v, **mask, **kw)
    fn()  # surfaces "no available kernel" here, not in the timing loop
    torch.cuda.synchronize()
    fn.keep = calls
    note = ("inputs pre-transposed to [B, H, L, D] (kernel only); one call per group of equal "
            "lengths")
    if any("attn_mask" in c[3] for c in calls):
        note += ("; bottom-right causal via torch.nn.attention.bias.causal_lower_right, which "
                 "torch dispatches to flash or memory-efficient attention itself")
    fn.info = dict(calls=len(calls), note=note)
    return fn


# ---- FlexAttention --------------------------------------------------------------------------

_FLEX = {}


def setup_flex(x):
    from torch.nn.attention.flex_attention import create_block_mask, flex_attention
    s = x.s
    if "fn" not in _FLEX:
        # Every shape / mask recompiles; past dynamo's recompile limit (8) flex_attention would
        # silently run eagerly, materialising the scores (slow, and out of memory at 16384).
        import torch._dynamo as dynamo
        for name in ("recompile_limit", "cache_size_limit", "accumulated_recompile_limit",
                     "accumulated_cache_size_limit"):
            if hasattr(dynamo.config, name):
                setattr(dynamo.config, name, max(getattr(dynamo.config, name), 1024))
        _FLEX["fn"] = torch.compile(flex_attention, dynamic=False)
    flex = _FLEX["fn"]
    gqa = s.num_qo_heads != s.num_kv_heads
    W = s.window_left
    if s.kind in ("square", "append"):
        B, Lq, Lk = s.batch, s.q_lens[0], s.kv_lens[0]
        q = x.q.view(B, Lq, s.num_qo_heads, s.head_dim).transpose(1, 2).contiguous()
        k = x.k.view(B, Lk, s.num_kv_heads, s.head_dim).transpose(1, 2).contiguous()
        v = x.v.view(B, Lk, s.num_kv_heads, s.head_dim).transpose(1, 2).contiguous()
        off = Lk - Lq
        mask_mod = (lambda b, h, qi, ki: qi + off >= ki) if s.causal else None
        bm = (create_block_mask(mask_mod, B, None, Lq, Lk, device="cuda")
              if mask_mod else None)
    else:
        # one packed sequence; documents (ragged requests) by id; window / causal inside
        T = x.T
        q = x.q.view(1, T, s.num_qo_heads, s.head_dim).transpose(1, 2).contiguous()
        k = x.k.view(1, T, s.num_kv_heads, s.head_dim).transpose(1, 2).contiguous()
        v = x.v.view(1, T, s.num_kv_heads, s.head_dim).transpose(1, 2).contiguous()
        doc = torch.repeat_interleave(torch.arange(s.batch, device="cuda"),
                                      torch.tensor(s.q_lens, device="cuda"))

        def mask_mod(b, h, qi, ki):
            m = (doc[qi] == doc[ki]) & (qi >= ki)
            if W >= 0:
                m = m & (qi - ki <= W)
            return m
        bm = create_block_mask(mask_mod, 1, None, T, T, device="cuda")
    kw = dict(enable_gqa=True) if gqa else {}
    if s.soft_cap:
        cap = s.soft_cap
        kw["score_mod"] = lambda score, b, h, qi, ki: cap * torch.tanh(score / cap)
    t0 = time.time()
    out = flex(q, k, v, block_mask=bm, **kw)
    torch.cuda.synchronize()
    compile_s = time.time() - t0

    def fn():
        flex(q, k, v, block_mask=bm, **kw)
    fn.keep = (q, k, v, bm, out)
    fn.info = dict(first_call_s=round(compile_s, 1),
                   sparsity=None if bm is None else round(float(bm.sparsity()), 1))
    return fn


# ---- driver ---------------------------------------------------------------------------------

def main():
    ap = bench_common.arg_parser(
        "prefill / append benchmark", iters=30, warmup=5,
        artdir_help="bundles/ and libattn_rt.so (attn-mlir skipped without)")
    ap.add_argument("--shapes", default="", help="comma list of shape names (default: all)")
    ap.add_argument("--impls", default=",".join(IMPLS), help="comma list of " + ",".join(IMPLS))
    ap.add_argument("--list", action="store_true", help="print shapes and FLOPs, then exit")
    ap.add_argument("--ab", action="append", default=[], metavar="NAME=DIR",
                    help="also time the bundles of DIR (a build_gpu_artifacts.sh ARTDIR, or one "
                    "of its subsets) as attn-mlir[NAME] (and its paged variant on the shapes "
                    "timed on 16-key pages too as attn-mlir[NAME-paged16]), for an A/B of two "
                    "compilers in one run")
    args = ap.parse_args()
    all_shapes = shapes(args.seed)
    if args.list:
        for s in all_shapes:
            print(f"{s.name:24} {s.kind:9} {s.flops() / 1e9:10.1f} GFLOP")
        return 0
    if args.shapes:
        want = args.shapes.split(",")
        unknown = set(want) - {s.name for s in all_shapes}
        if unknown:
            ap.error(f"unknown shapes: {', '.join(sorted(unknown))}")
        all_shapes = [s for s in all_shapes if s.name in want]
    impls = [i for i in args.impls.split(",") if i]
    ab = {}
    for spec in args.ab:
        name, sep, path = spec.partition("=")
        if not sep or not name or not path:
            ap.error(f"--ab takes NAME=DIR, got {spec!r}")
        ab[f"attn-mlir[{name}]"] = path
    ab_paged = {f"{name[:-1]}-paged16]": path for name, path in ab.items()}
    impls += list(ab) + list(ab_paged)
    unknown = set(impls) - set(IMPLS) - set(ab) - set(ab_paged)
    if unknown:
        ap.error(f"unknown impls: {', '.join(sorted(unknown))}")
    gen = bench_common.start(args, "prefill_bench")
    if gen is None:
        return 2

    skipped = {}
    if args.artdir:
        lib = os.environ.get("ATTN_RT_LIBRARY") or os.path.join(args.artdir, "libattn_rt.so")
        os.environ["ATTN_RT_LIBRARY"] = lib
        if not os.path.isfile(lib):
            skipped["attn-mlir"] = f"no library at {lib}"
    else:
        skipped["attn-mlir"] = "no --artdir"
    if args.no_flashinfer:
        skipped["flashinfer"] = "--no-flashinfer"
    else:
        try:
            import flashinfer  # noqa: F401
        except Exception as e:  # noqa: BLE001
            skipped["flashinfer"] = f"import failed: {type(e).__name__}: {e}"
    for k, why in skipped.items():
        log(f"prefill_bench: {k} skipped: {why}")

    res = dict(device=torch.cuda.get_device_name(),
               date=datetime.datetime.now().isoformat(timespec="seconds"),
               torch=torch.__version__, cuda=torch.version.cuda,
               method=dict(iters=args.iters, warmup=args.warmup, dtype="bf16",
                           timing="CUDA events per run, median",
                           flops="square: 4*B*H*L^2*D (/2 causal); others: 4*Hq*D*admitted "
                                 "pairs (exact)"),
               skipped=skipped, shapes=[])
    for s in all_shapes:
        row = dict(asdict(s), flops=s.flops(), impls={})
        row.pop("extra")
        log(f"{s.name}: {row['flops'] / 1e12:.3f} TFLOP per run")
        try:
            x = Data(s, gen)
        except Exception as e:  # noqa: BLE001
            row["error"] = f"inputs: {type(e).__name__}: {e}"
            res["shapes"].append(row)
            continue

        def record(name, setup):
            if name not in impls:
                return
            base = name.split("[")[0]
            family = base.split("-")[0]  # flashinfer-fa2 -> flashinfer
            if base in skipped or family in skipped:
                row["impls"][name] = dict(skipped=skipped.get(base, skipped.get(family)))
                return
            try:
                fn = setup()
                t = time_cuda(fn, args.iters, args.warmup)
                t["tflops"] = row["flops"] / (t["median_ms"] * 1e-3) / 1e12
                t.update(getattr(fn, "info", {}))
                row["impls"][name] = t
                log(f"  {name:20} {t['median_ms']:9.3f} ms {t['tflops']:7.1f} TFLOP/s")
                del fn
            except Exception as e:  # noqa: BLE001
                msg = f"{type(e).__name__}: {e}".splitlines()[0][:300]
                row["impls"][name] = dict(error=msg)
                log(f"  {name:20} failed: {msg}")
                if os.environ.get("PREFILL_BENCH_TRACEBACK"):
                    traceback.print_exc()
            torch.cuda.synchronize()
            torch.cuda.empty_cache()

        main_fmt = s.kv_format
        record("attn-mlir", lambda: setup_attn(x, args.artdir, main_fmt))
        if s.also_paged:
            record("attn-mlir[paged16]", lambda: setup_attn(x, args.artdir, "paged"))
        # The warpgroup-MMA kernels (ARTDIR/wgmma, built with --prefill-mma=wgmma) next to them.
        # The warp-specialized ones (ARTDIR/ws, --warp-specialize as well; ARTDIR/wsp with
        # --pingpong too; ARTDIR/wso with --overlap) likewise.
        # The soft-capped shapes with --approx-tanh=false (ARTDIR/libtanh) next to the default.
        if s.soft_cap and args.artdir and os.path.isdir(os.path.join(args.artdir, "libtanh")):
            record("attn-mlir[libtanh]",
                   lambda: setup_attn(x, os.path.join(args.artdir, "libtanh"), main_fmt))
        # head_dim 256 on two consumer warpgroups and a producer (ARTDIR/ws256).
        if s.head_dim == 256 and args.artdir and os.path.isdir(os.path.join(args.artdir,
                                                                              "ws256")):
            record("attn-mlir[ws256]",
                   lambda: setup_attn(x, os.path.join(args.artdir, "ws256"), main_fmt))
        # The alternative sets (ARTDIR_SETS) where the artifact dir has them.
        for sub in ARTDIR_SETS:
            subdir = os.path.join(args.artdir or "", sub)
            if args.artdir and os.path.isdir(os.path.join(subdir, "bundles")):
                record(f"attn-mlir[{sub}]", lambda d=subdir: setup_attn(x, d, main_fmt))
                if s.also_paged:
                    record(f"attn-mlir[{sub}-paged16]", lambda d=subdir: setup_attn(x, d, "paged"))
        for name, path in ab.items():
            record(name, lambda d=path: setup_attn(x, d, main_fmt))
        if s.also_paged:
            for name, path in ab_paged.items():
                record(name, lambda d=path: setup_attn(x, d, "paged"))
        record("flashinfer-fa2", lambda: setup_flashinfer(x, main_fmt, "fa2"))
        if s.also_paged:
            record("flashinfer-fa2[paged16]", lambda: setup_flashinfer(x, "paged", "fa2"))
        record("flashinfer-fa3", lambda: setup_flashinfer(x, main_fmt, "fa3"))
        record("sdpa-flash", lambda: setup_sdpa(x, "flash"))
        record("sdpa-cudnn", lambda: setup_sdpa(x, "cudnn"))
        record("flex", lambda: setup_flex(x))
        x = None  # frees the inputs before the next shape
        torch.cuda.empty_cache()
        res["shapes"].append(row)
        write(res, args.outdir)
    md = write(res, args.outdir)
    print(md)
    return 0


def write(res, outdir):
    with open(os.path.join(outdir, "prefill_bench.json"), "w") as f:
        json.dump(res, f, indent=1)
    md = markdown(res)
    with open(os.path.join(outdir, "prefill_bench.md"), "w") as f:
        f.write(md)
    return md


def versus_best_peer(impls):
    """attn-mlir's TFLOP/s over the fastest peer's (every implementation not named attn-mlir*)
    on one shape, with that peer's name; "-" when either is missing."""
    def tflops(t):
        return t.get("tflops") if isinstance(t, dict) else None
    peers = [(tflops(t), name) for name, t in impls.items()
             if not name.startswith("attn-mlir") and tflops(t)]
    ours = tflops(impls.get("attn-mlir"))
    if not peers or not ours:
        return "-"
    best, name = max(peers)
    return f"{ours / best:.2f}x ({name})"


def markdown(res):
    order = IMPLS + sorted({i for r in res["shapes"] for i in r["impls"]} - set(IMPLS))
    present = [i for i in order if any(i in r["impls"] for r in res["shapes"])]
    lines = [f"# Prefill benchmark: {res['device']}, {res['date']}", "",
             f"bf16; median of {res['method']['iters']} runs (CUDA events) after "
             f"{res['method']['warmup']} warm-up; torch {res['torch']} (CUDA {res['cuda']}). "
             f"FLOPs: {res['method']['flops']}. Cells: TFLOP/s (ms).", ""]
    for k, why in res.get("skipped", {}).items():
        lines.append(f"- {k} skipped: {why}")
    lines += ["", "| shape | heads | d | TFLOP | " + " | ".join(present)
              + " | attn-mlir / best peer |",
              "|---|---|---:|---:|" + "---:|" * (len(present) + 1)]
    errors = []
    for r in res["shapes"]:
        cells = [bench_common.cell(r["impls"].get(i),
                                   lambda t: f"{t['tflops']:.0f} ({t['median_ms']:.3f})")
                 for i in present]
        cells.append(versus_best_peer(r["impls"]))
        errors += [f"{r['name']} / {i}: {r['impls'][i]['error']}" for i in present
                   if "error" in r["impls"].get(i, {})]
        lines.append(f"| {r['name']} | {r['num_qo_heads']}/{r['num_kv_heads']} | "
                     f"{r['head_dim']} | {r['flops'] / 1e12:.3f} | " + " | ".join(cells) + " |")
    notes = [f"- {r['name']}: {r['notes']}" for r in res["shapes"] if r.get("notes")]
    if notes:
        lines += ["", *notes]
    if errors:
        lines += ["", "Errors:", *[f"- {e}" for e in errors]]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
