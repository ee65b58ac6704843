#!/usr/bin/env python3
"""The sampling kernels on the GPU, checked by statistics and against float64.

Usage: check_sampling.py ARTDIR [OUTDIR] [--draws N] [--quick] [--spec-only] [--no-cluster]

Reads the bundle ARTDIR/bundles/sampling (scripts/gen_sampling_variants.py) and the runtime
library ($ATTN_RT_LIBRARY). Checks, each printed with its result:
  * sampling (every sampling function, f32 and bf16, probs and logits): a chi-square test of
    >= 100k draws against the exact filtered, renormalised distribution computed in float64
    from the values the kernel reads (bf16-rounded where the input is bf16), on small awkward
    vocabularies: ties at the top-k pivot, a single non-zero, all mass in the tail, k >= vocab,
    p = 1, min-p, unnormalised rows, a vocabulary that is not a multiple of the vector width,
    and a 151936-token row with top-k; a token of probability 0 drawn even once fails; the
    p-value must exceed 1e-4 (printed for each case);
  * renorm / mask: top_k_renorm_probs, top_p_renorm_probs and top_k_mask_logits on 128256-token
    rows with ties: the surviving set exactly that of float64, renormalised values within a
    relative 1e-5 of float64 (bf16: plus one bf16 rounding), masked logits bit-exact;
  * reproducibility: the same seed and offset give the same tokens, another offset others;
  * the offset advanced in the kernel (advance_offset): one step a call and a graph replay,
    the CTA count back at 0, at 1, 3 and 1000 rows, each call drawing what its offset gives;
  * bad input: ValueError / TypeError with a message (p outside [0, 1], k <= 0, f16 rows,
    wrong shapes), check_nan=True raises, NaN rows without it return without hanging;
  * chain_speculative_sampling (tests/gpu/spec_sampling_checks.py; alone with --spec-only):
    the emitted tokens of every position distributed as the target rows, emitted / accepted
    counts by their exact laws (chi-square, >= 100k chains per case), counts and padding
    exact against the kernel's own Philox uniforms, reproducibility and bad input.
With ARTDIR/bundles/sampling_cluster (scripts/gen_sampling_cluster_variants.py; skipped
with --no-cluster or when absent) the same checks and the advance_offset ones run again on
the kernels that split a row over a thread-block cluster, for each cluster size the bundle
holds (8 and 16 CTAs; 8 alone in a bundle from before the 16-CTA kernels), prefixed
"cluster <size>:" (every batch forced onto that size), and, prefixed "cluster:":
  * the default dispatch: the joint top-k / top-p draw from probs takes the cluster kernels
    at batch 1 and 32, of 16 CTAs for batch 1 and 8 for batch 32 where the bundle holds both;
    the top-k draw alone takes them up to its limit in CLUSTER_MAX_BATCH_BY_KIND and the
    one-CTA kernel past it; at batch 1 and 32 (vocab 151936) the draws come from the right
    distribution (chi-square, top-k / top-p from logits);
  * their renorm and mask outputs equal the one-CTA kernels' (mask bit-exact; the same
    survivors, values within RTOL);
  * the same seed and offset give the same tokens at batch 1.
Exit status 1 if any check fails; OUTDIR/check_sampling.json holds every result.
"""

import argparse
import contextlib
import json
import math
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "python"))

import torch  # noqa: E402

import attn_mlir  # noqa: E402
from attn_mlir import sampling as S  # noqa: E402
from attn_mlir._irgen import CLUSTER_SIZES  # noqa: E402
import spec_sampling_checks  # noqa: E402  (this folder is sys.path[0])
from check_common import bad_input_checker  # noqa: E402

P_MIN = 1e-4
# Renormalised values: the survivors' mass is an f32 sum over up to 128k terms (relative error
# ~1e-6), then one correctly rounded division (bf16: one rounding of the output).
RTOL = {torch.float32: 1e-5, torch.bfloat16: 2.0**-8 + 1e-5}
RESULTS = []
PREFIX = ""  # "cluster: " while the cluster kernels are checked


def record(name, ok, **info):
    name = PREFIX + name
    RESULTS.append({"name": name, "ok": bool(ok), **info})
    extra = " ".join(f"{k}={v}" for k, v in info.items())
    print(f"{'PASS' if ok else 'FAIL'} {name} {extra}", flush=True)


# ---- float64 references ----------------------------------------------------------------

def kernel_view(x):
    """What the kernel reads, as float64 (bf16 values are exact in float64)."""
    return x.double()


def probs_of(x, input):
    """The row distribution in float64: probs (NaN / negative weigh nothing), or softmax."""
    x = kernel_view(x)
    if input == "logits":
        return torch.softmax(x, dim=-1)
    w = torch.where(x > 0, x, torch.zeros_like(x))
    return w / w.sum(-1, keepdim=True)


def keep_mask(p, top_k=0, top_p=1.0, min_p=0.0):
    """The survivors of #attn.sampling's filters on distribution p (1-D float64):
    cnt(p_i) < k, mass above p_i < top_p, p_i >= min_p * max; the heaviest always.
    cnt and mass from a sort: idx = #{p_j <= p_i}, cnt = V - idx, mass = sum of the sorted
    values from idx on."""
    asc, _ = torch.sort(p)
    idx = torch.searchsorted(asc, p, right=True)
    cnt = p.numel() - idx
    suffix = torch.cat([torch.flip(torch.cumsum(torch.flip(asc, [0]), 0), [0]),
                        torch.zeros(1, dtype=p.dtype, device=p.device)])
    mass = suffix[idx]
    keep = torch.ones_like(p, dtype=torch.bool)
    if top_k > 0:
        keep &= cnt < top_k
    if top_p < 1.0:
        keep &= mass < top_p
    if min_p > 0.0:
        keep &= p >= min_p * p.max()
    keep |= cnt == 0
    return keep & (p > 0)


def filtered(p, **f):
    q = torch.where(keep_mask(p, **f), p, torch.zeros_like(p))
    return q / q.sum()


def chi_square(counts, expected_p, n):
    """(statistic, degrees of freedom, p-value, draws of tokens of probability 0)."""
    counts = counts.double().cpu()
    e = expected_p.cpu() * n
    zero = e == 0
    bad = int(counts[zero].sum().item())
    # Categories expected fewer than 5 times are pooled into one (the chi-square
    # approximation needs it).
    small = (~zero) & (e < 5)
    big = (~zero) & (e >= 5)
    obs = torch.cat([counts[big], counts[small].sum().reshape(1)])
    exp = torch.cat([e[big], e[small].sum().reshape(1)])
    keep = exp > 0
    obs, exp = obs[keep], exp[keep]
    stat = float((((obs - exp) ** 2) / exp).sum())
    df = max(int(keep.sum()) - 1, 1)
    pval = float(torch.special.gammaincc(torch.tensor(df / 2.0, dtype=torch.float64),
                                         torch.tensor(stat / 2.0, dtype=torch.float64)))
    return stat, df, pval, bad


# ---- sampling --------------------------------------------------------------------------

def draw_counts(fn, row, draws, rows_per_call=None, **kw):
    """Token counts of `draws` samples of fn over copies of `row`, one offset per call."""
    vocab = row.shape[-1]
    rows_per_call = rows_per_call or max(1, min(8192, 2**25 // vocab))
    counts = torch.zeros(vocab + 1, dtype=torch.int64, device=row.device)
    batch = row.unsqueeze(0).expand(rows_per_call, vocab).contiguous()
    calls = (draws + rows_per_call - 1) // rows_per_call
    for c in range(calls):
        ids = fn(batch, seed=1234, offset=c, **kw)
        if bool(((ids < 0) | (ids >= vocab)).any()):
            return None
        counts += torch.bincount(ids.long(), minlength=vocab + 1)
    return counts[:vocab], calls * rows_per_call


def awkward_rows(device):
    """(name, probs row float64) pairs."""
    rows = []
    rows.append(("ties", torch.tensor([0.2, 0.2, 0.2, 0.1, 0.1, 0.1, 0.1])))
    single = torch.zeros(13)
    single[5] = 1.0
    rows.append(("single_nonzero", single))
    tail = torch.full((1000,), 0.1 / 990)
    tail[990:] = torch.linspace(0.05, 0.13, 10)
    rows.append(("mass_in_tail", tail / tail.sum()))
    g = torch.Generator().manual_seed(7)
    r = torch.rand(37, generator=g) ** 3
    rows.append(("vocab37", r / r.sum()))
    r = torch.rand(1024, generator=g) ** 8
    rows.append(("vocab1024", r / r.sum()))
    # An LLM-like row (softmax of randn * 3): top-p's bound falls inside a bin of many tokens
    # of the one-CTA kernel's mass bins, so draws there take the test pass.
    r = torch.softmax(torch.randn(4096, generator=g, dtype=torch.float64) * 3, -1)
    rows.append(("softmax4096", r))
    return [(n, p.double().to(device)) for n, p in rows]


def as_input(p, input, dtype):
    """The kernel's input row for distribution p: probs (scaled by 3.7: rows need not sum to
    1) or logits log p (-inf for zeros), in dtype."""
    if input == "probs":
        return (p * 3.7).to(dtype)
    return torch.log(p).to(dtype)


SAMPLE_CASES = [
    # (function, input, filters for the reference, call kwargs)
    ("sampling_from_probs", "probs", {}, {}),
    ("sampling_from_logits", "logits", {}, {}),
    ("top_k_sampling_from_probs", "probs", {"top_k": 2}, {"top_k": 2}),
    ("top_k_sampling_from_probs", "probs", {"top_k": 100}, {"top_k": 100}),  # k >= vocab
    ("top_p_sampling_from_probs", "probs", {"top_p": 0.5}, {"top_p": 0.5}),
    # 0.75: no row has a cumulative mass within rounding of it (0.9 is the tail row's heavy
    # mass exactly, a tie float32 and float64 sums decide differently).
    ("top_p_sampling_from_probs", "probs", {"top_p": 0.75}, {"top_p": 0.75}),
    ("top_p_sampling_from_probs", "probs", {"top_p": 1.0}, {"top_p": 1.0}),
    ("min_p_sampling_from_probs", "probs", {"min_p": 0.3}, {"min_p": 0.3}),
    ("top_k_top_p_sampling_from_probs", "probs", {"top_k": 3, "top_p": 0.6},
     {"top_k": 3, "top_p": 0.6, "filter_apply_order": "joint"}),
    ("top_k_top_p_sampling_from_logits", "logits", {"top_k": 3, "top_p": 0.6},
     {"top_k": 3, "top_p": 0.6, "filter_apply_order": "joint"}),
    ("top_k_top_p_sampling_from_logits", "logits", "top_k_first",
     {"top_k": 3, "top_p": 0.6}),
]


def reference(p, filt):
    if filt == "top_k_first":
        q = filtered(p, top_k=3)
        return filtered(q, top_p=0.6)
    return filtered(p, **filt)


def check_sampling(device, draws):
    for dtype in (torch.float32, torch.bfloat16):
        dn = "f32" if dtype == torch.float32 else "bf16"
        for rname, p in awkward_rows(device):
            for fname, input, filt, kw in SAMPLE_CASES:
                x = as_input(p, input, dtype)
                exp = reference(probs_of(x, input), filt)
                got = draw_counts(getattr(S, fname), x, draws, **kw)
                name = f"{fname}[{dn},{rname},{kw}]"
                if got is None:
                    record(name, False, why="token out of range or -1")
                    continue
                counts, n = got
                stat, df, pval, bad = chi_square(counts, exp, n)
                record(name, pval > P_MIN and bad == 0, draws=n, chi2=round(stat, 2), df=df,
                       p_value=f"{pval:.4g}", zero_prob_draws=bad)
        # A full-size row through the vector path: top-k 20 of 151936.
        g = torch.Generator(device="cpu").manual_seed(11)
        logits = (torch.randn(151936, generator=g) * 3).to(device=device, dtype=dtype)
        got = draw_counts(S.top_k_sampling_from_probs, torch.softmax(logits.float(), -1)
                          .to(dtype), draws, top_k=20)
        exp_p = filtered(probs_of(torch.softmax(logits.float(), -1).to(dtype), "probs"),
                         top_k=20)
        if got is None:
            record(f"top_k_sampling_from_probs[{dn},vocab151936,k20]", False, why="range")
        else:
            stat, df, pval, bad = chi_square(got[0], exp_p, got[1])
            record(f"top_k_sampling_from_probs[{dn},vocab151936,k20]", pval > P_MIN and bad == 0,
                   draws=got[1], chi2=round(stat, 2), df=df, p_value=f"{pval:.4g}",
                   zero_prob_draws=bad)
        got = draw_counts(S.top_k_top_p_sampling_from_logits, logits, draws, top_k=20,
                          top_p=0.9, filter_apply_order="joint")
        exp = filtered(probs_of(logits, "logits"), top_k=20, top_p=0.9)
        if got is not None:
            stat, df, pval, bad = chi_square(got[0], exp, got[1])
            record(f"top_k_top_p_sampling_from_logits[{dn},vocab151936,k20,p0.9]",
                   pval > P_MIN and bad == 0, draws=got[1], chi2=round(stat, 2), df=df,
                   p_value=f"{pval:.4g}", zero_prob_draws=bad)
        else:
            record(f"top_k_top_p_sampling_from_logits[{dn},vocab151936]", False, why="range")


# ---- renorm and mask -------------------------------------------------------------------

def test_rows(device, dtype, batch=4, vocab=128256):
    g = torch.Generator(device="cpu").manual_seed(3)
    x = torch.randn(batch, vocab, generator=g) * 2
    x[:, 100:110] = x[:, 100:101]  # ties
    return x.to(device=device, dtype=dtype)


def safe_top_p(p64):
    """A p halfway between two neighbouring cumulative masses (away from float32 ties)."""
    s, _ = torch.sort(p64, descending=True)
    c = torch.cumsum(s, 0)
    i = int(torch.searchsorted(c, torch.tensor(0.8, dtype=c.dtype, device=c.device)))
    return float((c[i] + c[i + 1]) / 2) if i + 1 < c.numel() else 0.8


def check_renorm_mask(device):
    for dtype in (torch.float32, torch.bfloat16):
        dn = "f32" if dtype == torch.float32 else "bf16"
        logits = test_rows(device, dtype)
        probs = torch.softmax(logits.float(), -1).to(dtype)
        p64 = probs_of(probs, "probs")
        for k in (1, 50, 1000):
            out = S.top_k_renorm_probs(probs, k)
            ok = True
            for b in range(probs.shape[0]):
                # cnt(v_i) < k <=> v_i >= the k-th largest value (ties at it all kept)
                s, _ = torch.sort(kernel_view(probs[b]), descending=True)
                keep = kernel_view(probs[b]) >= s[k - 1]
                ref = torch.where(keep, kernel_view(probs[b]), torch.zeros_like(p64[b]))
                ref = ref / ref.sum()
                got = out[b].double()
                ok &= bool(((got > 0) == (ref > 0)).all())
                ok &= bool(((got - ref).abs() <= RTOL[dtype] * ref + 1e-45).all())
            record(f"top_k_renorm_probs[{dn},k={k}]", ok)
        ok = True
        for b in range(probs.shape[0]):
            v = kernel_view(probs[b])
            top_p = safe_top_p(v / v.sum())
            out = S.top_p_renorm_probs(probs[b:b + 1].contiguous(), top_p)[0].double()
            s, _ = torch.sort(v, descending=True)
            c = torch.cumsum(s, 0) / v.sum()
            n_keep = int((c - s / v.sum() < top_p).sum())   # mass above < p
            keep = v >= s[n_keep - 1]
            ref = torch.where(keep, v, torch.zeros_like(v))
            ref = ref / ref.sum()
            ok &= bool(((out > 0) == (ref > 0)).all())
            ok &= bool(((out - ref).abs() <= RTOL[dtype] * ref + 1e-45).all())
        record(f"top_p_renorm_probs[{dn},p~0.8]", ok)
        for k in (1, 10, 50, 5000):
            out = S.top_k_mask_logits(logits, k)
            ok = True
            for b in range(logits.shape[0]):
                v = kernel_view(logits[b])
                s, _ = torch.sort(v, descending=True)
                keep = v >= s[k - 1]
                ref = torch.where(keep, logits[b], torch.full_like(logits[b], -math.inf))
                ok &= bool(torch.equal(out[b], ref))
            record(f"top_k_mask_logits[{dn},k={k}]", ok)


# ---- reproducibility and bad input -----------------------------------------------------

def check_repro_and_errors(device):
    x = torch.softmax(torch.randn(64, 32000, device=device), -1)
    a = S.top_k_top_p_sampling_from_probs(x, 40, 0.9, seed=42, offset=7)
    b = S.top_k_top_p_sampling_from_probs(x, 40, 0.9, seed=42, offset=7)
    c = S.top_k_top_p_sampling_from_probs(x, 40, 0.9, seed=42, offset=8)
    record("same seed and offset, same tokens", torch.equal(a, b))
    record("another offset, other tokens", not torch.equal(a, c),
           differing_rows=int((a != c).sum()))
    d = S.sampling_from_probs(x)
    e = S.sampling_from_probs(x)
    record("the device state advances between calls", not torch.equal(d, e))

    raises = bad_input_checker(record)

    raises("top_p 1.5", ValueError, lambda: S.top_p_sampling_from_probs(x, 1.5), "[0, 1]")
    raises("top_p -0.1", ValueError, lambda: S.top_p_renorm_probs(x, -0.1), "[0, 1]")
    raises("min_p nan", ValueError, lambda: S.min_p_sampling_from_probs(x, float("nan")),
           "[0, 1]")
    raises("top_k 0", ValueError, lambda: S.top_k_sampling_from_probs(x, 0), "positive")
    raises("f16 rows", TypeError, lambda: S.sampling_from_probs(x.half()), "float32 or bfloat16")
    raises("1-D rows", ValueError, lambda: S.sampling_from_probs(x[0]), "dimensions")
    raises("top_k of the wrong length", ValueError,
           lambda: S.top_k_sampling_from_probs(x, torch.full((3,), 5, device=device)), "shape")
    raises("vocab over 262144", ValueError,
           lambda: S.sampling_from_probs(torch.ones(1, 262145, device=device)), "vocab")
    y = x.clone()
    y[3, 5] = float("nan")
    raises("check_nan", ValueError, lambda: S.sampling_from_probs(y, check_nan=True), "NaN")
    z = torch.full((4, 1000), float("nan"), device=device)
    z[1, 17] = 1.0
    t0 = time.time()
    ids = S.top_k_top_p_sampling_from_probs(z, 5, 0.5)
    torch.cuda.synchronize()
    record("NaN rows return without hanging", ids.tolist() == [-1, 17, -1, -1] and
           time.time() - t0 < 5.0, ids=ids.tolist())
    zp = torch.softmax(torch.randn(8, 5000, device=device), -1)
    ids = S.top_p_sampling_from_probs(zp, torch.zeros(8, device=device))
    record("per-row p = 0 keeps the heaviest token", torch.equal(ids.long(), zp.argmax(-1)))


# ---- the offset advanced in the kernel -------------------------------------------------

def check_offset_advance(device, bundle, cluster_size=1):
    """advance_offset: each call reads (seed, offset) and leaves offset + 1 with the count
    back at 0, at batches of one CTA up to more CTAs than the GPU holds at once; each call's
    tokens are those of the same kernel given its offset unadvanced; a captured graph
    advances once per replay."""
    sampler = S.Sampler(bundle, input="probs", mode="sample", dtype="f32",
                        cluster_size=cluster_size, device=device)
    record(f"the sample kernel takes advance_offset (cluster {cluster_size})",
           sampler.advances_offset)
    if not sampler.advances_offset:
        return
    for rows in (1, 3, 1000):
        x = torch.softmax(torch.randn(rows, 5003, device=device) * 2, -1)
        state = torch.tensor([99, 40, 0], dtype=torch.int64, device=device)
        got = [sampler.run(x, seed_offset=state, advance_offset=True).clone()
               for _ in range(5)]
        want = [sampler.run(x, seed_offset=torch.tensor([99, 40 + i], dtype=torch.int64,
                                                         device=device))
                for i in range(5)]
        ok = state.tolist() == [99, 45, 0] and all(torch.equal(a, b) for a, b in zip(got, want))
        record(f"advance_offset: {rows} rows (cluster {cluster_size}), five calls", ok,
               state=state.tolist())
    x = torch.softmax(torch.randn(600, 5003, device=device) * 2, -1)
    state = torch.tensor([7, 0, 0], dtype=torch.int64, device=device)
    graph = torch.cuda.CUDAGraph()
    with torch.cuda.graph(graph):
        ids = sampler.run(x, seed_offset=state, advance_offset=True)
    draws = []
    for _ in range(4):
        graph.replay()
        draws.append(ids.clone())
    torch.cuda.synchronize()
    record(f"advance_offset in a CUDA graph (cluster {cluster_size}): one step a replay",
           state.tolist() == [7, 4, 0] and len({tuple(d.tolist()) for d in draws}) == 4,
           state=state.tolist())
    if cluster_size != 1:
        return
    spec = S.SpecSampler(bundle, dtype="f32", device=device)
    record("the spec_sample kernel takes advance_offset", spec.advances_offset)
    if not spec.advances_offset:
        return
    draft = torch.softmax(torch.randn(300, 3, 2001, device=device), -1)
    target = torch.softmax(torch.randn(300, 4, 2001, device=device), -1)
    ids = torch.multinomial(draft.reshape(-1, 2001), 1).reshape(300, 3).to(torch.int32)
    state = torch.tensor([5, 10, 0], dtype=torch.int64, device=device)
    got = [spec.run(draft, ids, target, seed_offset=state, advance_offset=True)[0].clone()
           for _ in range(3)]
    want = [spec.run(draft, ids, target, seed_offset=torch.tensor(
        [5, 10 + i], dtype=torch.int64, device=device))[0] for i in range(3)]
    record("advance_offset: chain_speculative_sampling, 300 requests, three calls",
           state.tolist() == [5, 13, 0] and all(torch.equal(a, b) for a, b in zip(got, want)),
           state=state.tolist())


# ---- cluster kernels -------------------------------------------------------------------

def cluster_sizes_of(bundle, device):
    """The cluster sizes (of those the generator builds) `bundle` has the f32 probs sample
    kernel of."""
    sizes = []
    for size in CLUSTER_SIZES:
        try:
            S.Sampler(bundle, input="probs", mode="sample", dtype="f32", cluster_size=size,
                      device=device)
        except attn_mlir.AttnError:
            continue
        sizes.append(size)
    return sizes


def expected_cluster_size(batch, sizes):
    """16 CTAs for a single row, 8 for more, or the one size the bundle holds."""
    preferred = (16, 8) if batch == 1 else (8, 16)
    return next(size for size in preferred if size in sizes)


@contextlib.contextmanager
def cluster_size_only(size):
    """attn_mlir.sampling on the cluster kernels of `size` CTAs at every batch."""
    saved = S._CLUSTER_SIZES, S._CLUSTER_SIZES_ONE_ROW
    S._CLUSTER_SIZES = S._CLUSTER_SIZES_ONE_ROW = (size,)
    try:
        yield
    finally:
        S._CLUSTER_SIZES, S._CLUSTER_SIZES_ONE_ROW = saved


def check_cluster_small_batches(device, draws, sizes):
    """The kernels attn_mlir.sampling picks by default for small batches (the cluster
    kernels, or the one-CTA kernel past a kind's limit), and draws at batch 1 and 32."""
    # The joint top-k top-p draw from probabilities takes the cluster kernels up to
    # CLUSTER_MAX_BATCH rows; the top-k draw alone only up to its lower limit in
    # CLUSTER_MAX_BATCH_BY_KIND, past which the one-CTA kernel (cluster_size 1) serves it.
    top_k_limit = S.CLUSTER_MAX_BATCH_BY_KIND[("probs", "sample", ("top_k",))]
    joint, top_k = ("top_k", "top_p"), ("top_k",)
    cases = [(1, joint, expected_cluster_size(1, sizes)),
             (32, joint, expected_cluster_size(32, sizes)),
             (1, top_k, expected_cluster_size(1, sizes)),
             (top_k_limit, top_k, expected_cluster_size(top_k_limit, sizes)),
             (top_k_limit + 1, top_k, 1)]
    for batch, filters, want in cases:
        x = torch.rand(batch, 128256, device=device)
        s = S._sampler(S._bundle(None, x.device), x, "probs", "sample", filters)
        kind = f"{want}-CTA cluster" if want > 1 else "one-CTA"
        record(f"batch {batch} {'+'.join(filters)} picks the {kind} kernel",
               s.cluster_size == want,
               cluster_size=s.cluster_size)
    g = torch.Generator(device="cpu").manual_seed(13)
    for dtype in (torch.float32, torch.bfloat16):
        dn = "f32" if dtype == torch.float32 else "bf16"
        logits = (torch.randn(151936, generator=g) * 3).to(device=device, dtype=dtype)
        for batch in (1, 32):
            n = draws // 8 if batch == 1 else draws  # batch 1: one launch per draw
            got = draw_counts(S.top_k_top_p_sampling_from_logits, logits, n,
                              rows_per_call=batch, top_k=20, top_p=0.9,
                              filter_apply_order="joint")
            exp = filtered(probs_of(logits, "logits"), top_k=20, top_p=0.9)
            name = f"top_k_top_p_sampling_from_logits[{dn},batch{batch},vocab151936]"
            if got is None:
                record(name, False, why="token out of range or -1")
                continue
            stat, df, pval, bad = chi_square(got[0], exp, got[1])
            record(name, pval > P_MIN and bad == 0, draws=got[1], chi2=round(stat, 2), df=df,
                   p_value=f"{pval:.4g}", zero_prob_draws=bad)
        got = draw_counts(S.top_k_top_p_sampling_from_logits, logits, draws // 8,
                          rows_per_call=1, top_k=20, top_p=0.9)
        exp = filtered(filtered(probs_of(logits, "logits"), top_k=20), top_p=0.9)
        if got is not None:
            stat, df, pval, bad = chi_square(got[0], exp, got[1])
            record(f"top_k_top_p_sampling_from_logits[{dn},batch1,top_k_first]",
                   pval > P_MIN and bad == 0, draws=got[1], chi2=round(stat, 2), df=df,
                   p_value=f"{pval:.4g}", zero_prob_draws=bad)
        else:
            record(f"top_k_top_p_sampling_from_logits[{dn},batch1,top_k_first]", False,
                   why="token out of range or -1")
        # Renorm and mask on the cluster kernels (batch 32) against the one-CTA kernels.
        rows = test_rows(device, dtype, batch=32)
        probs = torch.softmax(rows.float(), -1).to(dtype)
        limit = S.CLUSTER_MAX_BATCH
        try:
            outs = []
            for S.CLUSTER_MAX_BATCH in (limit, 0):
                outs.append((S.top_k_mask_logits(rows, 50), S.top_k_renorm_probs(probs, 50),
                             S.top_p_renorm_probs(probs, 0.8)))
        finally:
            S.CLUSTER_MAX_BATCH = limit
        (m1, rk1, rp1), (m0, rk0, rp0) = outs
        record(f"mask[{dn},batch32] cluster == one CTA", torch.equal(m1, m0))
        for name, a, b in (("top_k_renorm", rk1, rk0), ("top_p_renorm", rp1, rp0)):
            same = bool(((a > 0) == (b > 0)).all())
            close = bool(((a.double() - b.double()).abs() <= RTOL[dtype] * b.double().abs()
                          + 1e-45).all())
            record(f"{name}[{dn},batch32] cluster == one CTA", same and close)
    x = torch.softmax(torch.randn(1, 128256, device=device), -1)
    a = S.top_k_top_p_sampling_from_probs(x, 40, 0.9, seed=42, offset=7)
    b = S.top_k_top_p_sampling_from_probs(x, 40, 0.9, seed=42, offset=7)
    record("batch 1: same seed and offset, same tokens", torch.equal(a, b))
    check_cluster_graph(device)


def check_cluster_graph(device):
    """A cluster launch captured in a CUDA graph: replays draw valid tokens, anew each time
    (the device-side offset advances)."""
    x = torch.softmax(torch.randn(4, 128256, device=device) * 3, -1)
    k = torch.full((4,), 50, dtype=torch.int32, device=device)
    S.top_k_sampling_from_probs(x, k)  # creates the sampler (module load) outside the capture
    torch.cuda.synchronize()
    graph = torch.cuda.CUDAGraph()
    with torch.cuda.graph(graph):
        ids = S.top_k_sampling_from_probs(x, k)
    draws = []
    for _ in range(8):
        graph.replay()
        draws.append(ids.clone())
    torch.cuda.synchronize()
    top = torch.topk(x, 50, dim=-1).values[:, -1:]
    valid = all(bool((x.gather(1, d.long().unsqueeze(1)) >= top).all()) for d in draws)
    fresh = len({tuple(d.tolist()) for d in draws}) > 1
    record("batch 4: CUDA-graph replays of the cluster kernel", valid and fresh,
           distinct_draws=len({tuple(d.tolist()) for d in draws}))


def run_step(step, device):
    try:
        step(device)
    except Exception as err:  # noqa: BLE001
        record(f"{getattr(step, '__name__', 'sampling')} raised", False,
               message=f"{type(err).__name__}: {err}")


def run_checks(device, draws):
    for step in (check_repro_and_errors, check_renorm_mask,
                 lambda d: check_sampling(d, draws)):
        run_step(step, device)


def check_cluster(artdir, device, draws):
    """Every check again on the cluster kernels of each size the bundle holds, then the small
    batches."""
    global PREFIX
    cluster_bundle = attn_mlir.Bundle(os.path.join(artdir, "bundles", "sampling_cluster"))
    S.set_cluster_bundle(cluster_bundle)
    PREFIX = "cluster: "
    sizes = cluster_sizes_of(cluster_bundle, device)
    record("the bundle holds cluster kernels", bool(sizes), cluster_sizes=sizes)
    limit = S.CLUSTER_MAX_BATCH
    for size in sizes:
        PREFIX = f"cluster {size}: "
        run_step(lambda d: check_offset_advance(d, cluster_bundle, size), device)
        S.CLUSTER_MAX_BATCH = 1 << 30  # every batch on the cluster kernels
        try:
            with cluster_size_only(size):
                run_checks(device, draws)
        finally:
            S.CLUSTER_MAX_BATCH = limit
    PREFIX = "cluster: "
    if sizes:
        try:
            check_cluster_small_batches(device, draws, sizes)
        except Exception as err:  # noqa: BLE001
            record("small batches raised", False, message=f"{type(err).__name__}: {err}")
    PREFIX = ""


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("artdir")
    ap.add_argument("outdir", nargs="?")
    ap.add_argument("--draws", type=int, default=131072)
    ap.add_argument("--quick", action="store_true", help="16k draws (smoke test)")
    ap.add_argument("--spec-only", action="store_true",
                    help="only the chain_speculative_sampling checks")
    ap.add_argument("--no-cluster", action="store_true",
                    help="skip the cluster kernels (bundles/sampling_cluster)")
    a = ap.parse_args()
    draws = 16384 if a.quick else max(a.draws, 100000)
    bundle = attn_mlir.Bundle(os.path.join(a.artdir, "bundles", "sampling"))
    S.set_bundle(bundle)
    device = torch.device("cuda", torch.cuda.current_device())
    print(f"device: {torch.cuda.get_device_name(device)}; {draws} draws per case; "
          f"p-value threshold {P_MIN}")
    t0 = time.time()
    def speculative(d):
        spec_sampling_checks.check_speculative(d, draws, record, chi_square, P_MIN)

    if not a.spec_only:
        run_checks(device, draws)
        run_step(lambda d: check_offset_advance(d, bundle), device)
    run_step(speculative, device)  # one-CTA kernels only: there is no cluster variant
    cluster_dir = os.path.join(a.artdir, "bundles", "sampling_cluster")
    if not a.spec_only and not a.no_cluster and os.path.isdir(cluster_dir):
        check_cluster(a.artdir, device, draws)
    failed = [r for r in RESULTS if not r["ok"]]
    print(f"{len(RESULTS) - len(failed)} / {len(RESULTS)} checks passed in "
          f"{time.time() - t0:.1f} s")
    if a.outdir:
        os.makedirs(a.outdir, exist_ok=True)
        with open(os.path.join(a.outdir, "check_sampling.json"), "w") as f:
            json.dump({"device": torch.cuda.get_device_name(device), "draws": draws,
                       "results": RESULTS}, f, indent=1)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
