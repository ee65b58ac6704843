#!/usr/bin/env python3
"""GPU correctness check of the append-KV, RoPE and merge kernels (tests/gpu/ops_variants.py)
in ARTDIR/bundles/ops, through the Python wrappers (attn_mlir.AppendPagedKV / ApplyRope /
MergeState / MergeStates).

Every case draws fresh random inputs (never zeros) at awkward sizes (1, 17 and 577 rows) and
compares against a float64 torch reference:
  append  requests with random cached lengths and new tokens, their pages scattered over a
          pool twice the size needed, rows shuffled. Run once into a NaN-poisoned cache (every
          written slot must equal its input bit for bit, every other slot stay NaN) and once
          into a random cache (every slot not written must keep its old bits).
  rope    q / k rotated by random positions, outputs poisoned with NaN first; then the same
          in place (q_out = q). Features past rotary_dim must be copied bit for bit; the
          error is max |out - ref| / max |ref| per tensor.
  merge   states with random v and s (natural log, spread 4) and, by row, awkward s: one
          state -inf, every state -inf (v = 0, s = -inf exactly), a 120 gap between states,
          a common offset of 400 (s ~ 400, exp(s) far past f32). Outputs poisoned with NaN;
          v error max |out - ref| / max |ref|, s error |out - ref| against 1e-5 + 4e-6 |ref|;
          merge_state also in place (v_out = v_a, bit for bit the out-of-place result);
          merge_states with 1, 3 and 7 states (a fixed kernel: its own count).
Each kernel is also captured in a CUDA Graph and replayed on new inputs in the same buffers.

Usage: check_ops.py ARTDIR [OUTDIR] [--json FILE] [--quick] [--seed N]
Exit status: 0 when every case passed, 1 otherwise, 2 when nothing could run.
"""

import argparse
import json
import math
import os
import sys
import time
import traceback

import torch

import attn_mlir
import ops_variants as ov

ROWS = (1, 17, 577)
# max |out - ref| / max |ref|: the output rounding (bf16 2^-8, f16 2^-11 relative) plus the
# f32 angle (position * frequency) and sin.approx / cos.approx errors.
ROPE_TOL = {"bf16": 1e-2, "f16": 4e-3}
MAX_POSITION = 8192
# merge: v as max |out - ref| / max |ref| (the output rounding, f32: the exp2 / log2
# approximations and the rounding of s * log2(e) at |s| ~ 400); s as an absolute error
# against S_TOL_ABS + S_TOL_REL |ref| (f32 m + log2 d at |s| ~ 400 rounds to ~5e-5).
MERGE_TOL = {"bf16": 1e-2, "f16": 4e-3, "f32": 5e-4}
S_TOL_ABS, S_TOL_REL = 1e-5, 4e-6


def log(*a):
    print(*a, flush=True)


def torch_dtype(name):
    return {"bf16": torch.bfloat16, "f16": torch.float16, "f32": torch.float32}[name]


def rand(shape, dtype, dev, gen):
    """Normal values, none of them exactly zero (drawn on the host: one seeded generator)."""
    x = torch.randn(shape, generator=gen, dtype=torch.float32).to(dev)
    x = torch.where(x.abs() < 1e-3, torch.full_like(x, 0.5), x)
    return x.to(dtype)


# ---- append -----------------------------------------------------------------------------

def append_case(v, rows, dev, gen):
    """A batch appending `rows` tokens: (inputs dict, slots) where slots[t] = (page, slot) of
    row t."""
    P = v.page_size
    batch = max(1, min(rows, int(torch.randint(1, 9, (1,), generator=gen, device="cpu"))))
    # Split the rows over the requests (every request gets at least one row).
    cuts = sorted(torch.randperm(rows - 1, generator=gen)[:batch - 1].tolist()) if batch > 1 else []
    counts = [b - a for a, b in zip([0] + [c + 1 for c in cuts], [c + 1 for c in cuts] + [rows])]
    cached = torch.randint(0, 3 * P + 5, (batch,), generator=gen).tolist()
    pages_per = [math.ceil((c + n) / P) for c, n in zip(cached, counts)]
    total = sum(pages_per)
    pool_pages = 2 * total + 3
    order = torch.randperm(pool_pages, generator=gen)[:total].tolist()  # scattered pages
    indptr = [0]
    for n in pages_per:
        indptr.append(indptr[-1] + n)
    bi, pos = [], []
    for b, (c, n) in enumerate(zip(cached, counts)):
        bi += [b] * n
        pos += list(range(c, c + n))
    perm = torch.randperm(rows, generator=gen).tolist()  # rows in no particular order
    bi = [bi[i] for i in perm]
    pos = [pos[i] for i in perm]
    slots = [(order[indptr[b] + p // P], p % P) for b, p in zip(bi, pos)]
    last = [(c + n - 1) % P + 1 for c, n in zip(cached, counts)]
    i32 = dict(dtype=torch.int32, device=dev)
    dt = torch_dtype(v.dtype)
    pool = ((pool_pages, P, v.num_kv_heads, v.head_dim) if v.layout == "nhd"
            else (pool_pages, v.num_kv_heads, P, v.head_dim))
    x = dict(k=rand((rows, v.num_kv_heads, v.head_dim), dt, dev, gen),
             v=rand((rows, v.num_kv_heads, v.head_dim), dt, dev, gen),
             batch_indices=torch.tensor(bi, **i32), positions=torch.tensor(pos, **i32),
             kv_indptr=torch.tensor(indptr, **i32), kv_indices=torch.tensor(order, **i32),
             kv_last_page_len=torch.tensor(last, **i32),
             k_cache=torch.empty(pool, dtype=dt, device=dev),
             v_cache=torch.empty(pool, dtype=dt, device=dev))
    return x, slots


def slot_view(cache, layout, page, slot):
    """[heads, dim] of (page, slot)."""
    return cache[page, slot] if layout == "nhd" else cache[page, :, slot]


def written_mask(cache, layout, slots):
    m = torch.zeros(cache.shape, dtype=torch.bool, device=cache.device)
    for page, slot in slots:
        slot_view(m, layout, page, slot).fill_(True)
    return m


def run_append(op, x, stream=None):
    op.run(x["k"], x["v"], x["batch_indices"], x["positions"], (x["k_cache"], x["v_cache"]),
           x["kv_indices"], x["kv_indptr"], x["kv_last_page_len"], stream=stream)


def check_append_written(v, x, slots, mask):
    """Errors of one run: written slots must hold the inputs exactly, the rest is
    checked by the caller."""
    errs = []
    for name, src in (("k_cache", x["k"]), ("v_cache", x["v"])):
        cache = x[name]
        for t, (page, slot) in enumerate(slots):
            got = slot_view(cache, v.layout, page, slot)
            if not torch.equal(got, src[t]):
                errs.append(f"{name}: row {t} (page {page}, slot {slot}) differs from its input")
                break
    return errs


def check_append(v, op, rows, dev, gen):
    x, slots = append_case(v, rows, dev, gen)
    mask = written_mask(x["k_cache"], v.layout, slots)
    errs = []
    # 1. NaN-poisoned cache: written slots exact, nothing else touched.
    x["k_cache"].fill_(math.nan)
    x["v_cache"].fill_(math.nan)
    run_append(op, x)
    torch.cuda.synchronize()
    errs += check_append_written(v, x, slots, mask)
    for name in ("k_cache", "v_cache"):
        stray = (~x[name].isnan() & ~mask).sum().item()
        if stray:
            errs.append(f"{name}: {stray} elements outside the appended slots were written")
    # 2. Random cache: slots not written keep their bits.
    for name in ("k_cache", "v_cache"):
        x[name].copy_(rand(x[name].shape, x[name].dtype, dev, gen))
    before = {n: x[n].clone() for n in ("k_cache", "v_cache")}
    run_append(op, x)
    torch.cuda.synchronize()
    errs += check_append_written(v, x, slots, mask)
    for name in ("k_cache", "v_cache"):
        if not torch.equal(x[name][~mask].view(torch.int16), before[name][~mask].view(torch.int16)):
            errs.append(f"{name}: slots that were not appended to changed")
    return errs


def graph_append(v, op, dev, gen):
    """Captured once, replayed on new rows written into the same buffers."""
    x, slots = append_case(v, 17, dev, gen)
    mask = written_mask(x["k_cache"], v.layout, slots)
    x["k_cache"].fill_(math.nan)
    x["v_cache"].fill_(math.nan)
    s = torch.cuda.Stream()
    s.wait_stream(torch.cuda.current_stream())
    with torch.cuda.stream(s):
        run_append(op, x, stream=s)
    torch.cuda.current_stream().wait_stream(s)
    g = torch.cuda.CUDAGraph()
    with torch.cuda.graph(g):
        run_append(op, x)
    errs = []
    for _ in range(2):
        x["k"].copy_(rand(x["k"].shape, x["k"].dtype, dev, gen))
        x["v"].copy_(rand(x["v"].shape, x["v"].dtype, dev, gen))
        x["k_cache"].fill_(math.nan)
        x["v_cache"].fill_(math.nan)
        g.replay()
        torch.cuda.synchronize()
        errs += check_append_written(v, x, slots, mask)
        for name in ("k_cache", "v_cache"):
            if (~x[name].isnan() & ~mask).any():
                errs.append(f"graph replay: {name} written outside the appended slots")
    return errs


# ---- rope -------------------------------------------------------------------------------

def rope_freqs(v):
    """float64 frequency of each rotated pair (FlashInfer / Hugging Face Llama 3.1)."""
    rd = v.rotary_dim
    i = torch.arange(rd // 2, dtype=torch.float64)
    f = v.theta ** (-2.0 * i / rd)
    if v.kind == "llama3":
        wavelen = 2 * math.pi / f
        lo = v.original_max_position / v.low_freq_factor
        hi = v.original_max_position / v.high_freq_factor
        smooth = (v.original_max_position / wavelen - v.low_freq_factor) / (
            v.high_freq_factor - v.low_freq_factor)
        mixed = (1 - smooth) * f / v.factor + smooth * f
        f = torch.where(wavelen < hi, f, torch.where(wavelen > lo, f / v.factor, mixed))
    return f / v.scale


def rope_reference(v, x, pos):
    """x [N, H, D] rotated in float64."""
    x = x.double()
    rd, half = v.rotary_dim, v.rotary_dim // 2
    ang = pos.double()[:, None] * rope_freqs(v).to(x.device)[None, :]   # [N, rd/2]
    cos, sin = ang.cos()[:, None, :], ang.sin()[:, None, :]
    out = x.clone()
    if v.interleave:
        a, b = x[..., 0:rd:2], x[..., 1:rd:2]
        out[..., 0:rd:2] = a * cos - b * sin
        out[..., 1:rd:2] = b * cos + a * sin
    else:
        a, b = x[..., :half], x[..., half:rd]
        out[..., :half] = a * cos - b * sin
        out[..., half:rd] = b * cos + a * sin
    return out


def rope_error(v, name, got, ref, x):
    """(relative error, problems) of one output."""
    errs = []
    if got.isnan().any():
        errs.append(f"{name}: {got.isnan().sum().item()} elements not written (NaN)")
    rd = v.rotary_dim
    if rd < v.head_dim and not torch.equal(got[..., rd:], x[..., rd:]):
        errs.append(f"{name}: features past rotary_dim were not copied exactly")
    err = ((got.double() - ref).abs().max() / ref.abs().max()).item()
    if not err <= ROPE_TOL[v.dtype]:
        errs.append(f"{name}: max |out - ref| / max |ref| = {err:.2e} > {ROPE_TOL[v.dtype]:.0e}")
    return err, errs


def rope_inputs(v, rows, dev, gen):
    dt = torch_dtype(v.dtype)
    q = rand((rows, v.num_qo_heads, v.head_dim), dt, dev, gen)
    k = rand((rows, v.num_kv_heads, v.head_dim), dt, dev, gen)
    pos = torch.randint(0, MAX_POSITION, (rows,), generator=gen, device="cpu")
    return q, k, pos.to(device=dev, dtype=torch.int32)


def check_rope(v, op, rows, dev, gen):
    q, k, pos = rope_inputs(v, rows, dev, gen)
    rq, rk = rope_reference(v, q, pos), rope_reference(v, k, pos)
    qo = torch.full_like(q, math.nan)
    ko = torch.full_like(k, math.nan)
    op.run(q, k, pos, q_out=qo, k_out=ko)
    torch.cuda.synchronize()
    eq, errs = rope_error(v, "q_out", qo, rq, q)
    ek, e2 = rope_error(v, "k_out", ko, rk, k)
    errs += e2
    # In place: the same results in q and k themselves.
    qi, ki = q.clone(), k.clone()
    op.run_inplace(qi, ki, pos)
    torch.cuda.synchronize()
    if not (torch.equal(qi, qo) and torch.equal(ki, ko)):
        errs.append("in-place results differ from out-of-place ones")
    return max(eq, ek), errs


def graph_rope(v, op, dev, gen):
    q, k, pos = rope_inputs(v, 17, dev, gen)
    qo, ko = torch.empty_like(q), torch.empty_like(k)
    s = torch.cuda.Stream()
    s.wait_stream(torch.cuda.current_stream())
    with torch.cuda.stream(s):
        op.run(q, k, pos, q_out=qo, k_out=ko, stream=s)
    torch.cuda.current_stream().wait_stream(s)
    g = torch.cuda.CUDAGraph()
    with torch.cuda.graph(g):
        op.run(q, k, pos, q_out=qo, k_out=ko)
    errs, worst = [], 0.0
    for _ in range(2):
        nq, nk, npos = rope_inputs(v, 17, dev, gen)
        q.copy_(nq)
        k.copy_(nk)
        pos.copy_(npos)
        qo.fill_(math.nan)
        ko.fill_(math.nan)
        g.replay()
        torch.cuda.synchronize()
        for name, got, x in (("q_out", qo, q), ("k_out", ko, k)):
            err, e = rope_error(v, "graph replay " + name, got, rope_reference(v, x, pos), x)
            worst = max(worst, err)
            errs += e
    return worst, errs


# ---- merge ------------------------------------------------------------------------------

def merge_reference(v, s):
    """float64 merge of v [N, K, H, D], s [N, K, H] (natural log): (v [N, H, D], s [N, H]);
    -inf states add nothing, a row of only -inf states gives v = 0, s = -inf."""
    v, s = v.double(), s.double()
    m = s.max(dim=1).values                                   # [N, H]
    m_safe = torch.where(torch.isinf(m) & (m < 0), torch.zeros_like(m), m)
    w = torch.exp(s - m_safe[:, None])                        # exp(-inf) = 0
    d = w.sum(dim=1)
    nonempty = d > 0
    d_safe = torch.where(nonempty, d, torch.ones_like(d))
    out = (w[..., None] * v).sum(dim=1) / d_safe[..., None]
    out = torch.where(nonempty[..., None], out, torch.zeros_like(out))
    lse = torch.where(nonempty, m_safe + torch.log(d_safe), torch.full_like(m, -math.inf))
    return out, lse


def merge_inputs(v, rows, k, dev, gen):
    """(v [rows, k, H, D] in the state dtype, s [rows, k, H] f32) with awkward rows: row r
    has, by r % 5, plain states (0), state 0 at -inf (1), every state -inf (2), state 0
    120 above the others (3), every state offset by 400 (4)."""
    H, D = v.num_heads, v.head_dim
    x = rand((rows, k, H, D), torch_dtype(v.state_dtype), dev, gen)
    s = torch.randn((rows, k, H), generator=gen, dtype=torch.float32) * 4.0
    kind = torch.arange(rows) % 5
    s[kind == 1, 0] = -math.inf
    s[kind == 2] = -math.inf
    s[kind == 3, 0] += 60.0
    s[kind == 3, 1:] -= 60.0
    s[kind == 4] += 400.0
    return x, s.to(dev)


def merge_error(v, name, got_v, got_s, ref_v, ref_s):
    """(relative v error, problems) of one merge output."""
    errs = []
    if got_v.isnan().any():
        errs.append(f"{name}: {got_v.isnan().sum().item()} v elements not written (NaN)")
    scale = ref_v.abs().max().item() or 1.0
    err = ((got_v.double() - ref_v).abs().max().item() / scale) if got_v.numel() else 0.0
    if not err <= MERGE_TOL[v.dtype]:
        errs.append(f"{name}: v max |out - ref| / max |ref| = {err:.2e} > "
                    f"{MERGE_TOL[v.dtype]:.0e}")
    empty = torch.isinf(ref_s) & (ref_s < 0)
    if empty.any() and not (got_v[empty] == 0).all():
        errs.append(f"{name}: rows of only -inf states must get v = 0")
    if got_s is not None:
        if not torch.equal(torch.isinf(got_s) & (got_s < 0), empty):
            errs.append(f"{name}: s is -inf exactly where every state is -inf: no")
        fin = ~empty
        if fin.any():
            diff = (got_s[fin].double() - ref_s[fin]).abs()
            bad = diff > S_TOL_ABS + S_TOL_REL * ref_s[fin].abs()
            if bad.any() or got_s[fin].isnan().any():
                errs.append(f"{name}: s off by up to {diff.max().item():.2e} "
                            f"({bad.sum().item()} entries past {S_TOL_ABS:.0e} + "
                            f"{S_TOL_REL:.0e} |s|)")
    return err, errs


def run_merge(v, op, x, s, v_out=None, s_out=None, stream=None):
    """One call of the kernel on x [N, K, H, D], s [N, K, H] (K = 2 for merge_state)."""
    if v.form == "state":
        return op.run(x[:, 0].contiguous(), s[:, 0].contiguous(), x[:, 1].contiguous(),
                      s[:, 1].contiguous(), v_out=v_out, s_out=s_out, stream=stream)
    return op.run(x, s, v_out=v_out, s_out=s_out, stream=stream)


def merge_outputs(v, rows, dev):
    vo = torch.full((rows, v.num_heads, v.head_dim), math.nan, dtype=torch_dtype(v.dtype),
                    device=dev)
    so = (torch.full((rows, v.num_heads), math.nan, dtype=torch.float32, device=dev)
          if v.return_lse else None)
    return vo, so


def check_merge(v, op, rows, dev, gen):
    worst, errs = 0.0, []
    for k in v.counts:
        x, s = merge_inputs(v, rows, k, dev, gen)
        ref_v, ref_s = merge_reference(x, s)
        vo, so = merge_outputs(v, rows, dev)
        got_v, got_s = run_merge(v, op, x, s, v_out=vo, s_out=so)
        torch.cuda.synchronize()
        err, e = merge_error(v, f"states={k}", got_v, got_s, ref_v, ref_s)
        worst, errs = max(worst, err), errs + e
        if v.form == "state" and v.state_dtype == v.dtype:
            # In place: v_out = v_a.
            va, vb = x[:, 0].clone(), x[:, 1].contiguous()
            so2 = torch.empty_like(so) if so is not None else None
            op.run(va, s[:, 0].contiguous(), vb, s[:, 1].contiguous(), v_out=va, s_out=so2)
            torch.cuda.synchronize()
            if not torch.equal(va.view(-1).view(torch.uint8), got_v.view(-1).view(torch.uint8)):
                errs.append("in-place v (v_out = v_a) differs from the out-of-place result")
    return worst, errs


def graph_merge(v, op, dev, gen):
    k = v.counts[-1]
    x, s = merge_inputs(v, 17, k, dev, gen)
    vo, so = merge_outputs(v, 17, dev)
    if v.form == "state":
        bufs = [x[:, 0].contiguous(), s[:, 0].contiguous(), x[:, 1].contiguous(),
                s[:, 1].contiguous()]

        def call(stream=None):
            op.run(*bufs, v_out=vo, s_out=so, stream=stream)
    else:
        def call(stream=None):
            op.run(x, s, v_out=vo, s_out=so, stream=stream)
    st = torch.cuda.Stream()
    st.wait_stream(torch.cuda.current_stream())
    with torch.cuda.stream(st):
        call(stream=st)
    torch.cuda.current_stream().wait_stream(st)
    g = torch.cuda.CUDAGraph()
    with torch.cuda.graph(g):
        call()
    errs, worst = [], 0.0
    for _ in range(2):
        nx, ns = merge_inputs(v, 17, k, dev, gen)
        x.copy_(nx)
        s.copy_(ns)
        if v.form == "state":
            for i, b in enumerate(bufs):
                b.copy_((x if i % 2 == 0 else s)[:, i // 2])
        vo.fill_(math.nan)
        if so is not None:
            so.fill_(math.nan)
        g.replay()
        torch.cuda.synchronize()
        err, e = merge_error(v, "graph replay", vo, so, *merge_reference(x, s))
        worst, errs = max(worst, err), errs + e
    return worst, errs


# ---- driver -----------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description="GPU correctness check of the append-KV, RoPE and "
                                             "merge kernels")
    ap.add_argument("artdir", help="artifact dir with bundles/ops/ (and libattn_rt.so)")
    ap.add_argument("outdir", nargs="?", help="write check_ops.json here")
    ap.add_argument("--json", help="write the results to this file (instead of OUTDIR/...)")
    ap.add_argument("--quick", action="store_true", help="17 rows only, no graphs")
    ap.add_argument("--seed", type=int, default=1234)
    args = ap.parse_args()
    if not torch.cuda.is_available():
        log("check_ops: no CUDA device (torch.cuda.is_available() is False)")
        return 2
    os.environ.setdefault("ATTN_RT_LIBRARY", os.path.join(args.artdir, "libattn_rt.so"))
    bdir = os.path.join(args.artdir, "bundles", "ops")
    if not os.path.isdir(bdir):
        log(f"check_ops: {bdir} does not exist; run scripts/build_gpu_artifacts.sh first")
        return 2
    try:
        bundle = attn_mlir.Bundle(bdir)
    except (attn_mlir.LibraryNotFoundError, attn_mlir.AttnError) as e:
        log(f"check_ops: {e}")
        return 2
    dev = torch.device("cuda", torch.cuda.current_device())
    gen = torch.Generator(device="cpu")
    gen.manual_seed(args.seed)
    log(f"device: {torch.cuda.get_device_name(dev)}; bundle {bdir}: {len(bundle.kernels)} kernels")
    rows_list = (17,) if args.quick else ROWS
    results, failed = [], 0
    t0 = time.time()
    for v in ov.APPENDS + ov.ROPES + ov.MERGES:
        is_append = isinstance(v, ov.AppendVariant)
        is_merge = isinstance(v, ov.MergeVariant)
        row = dict(variant=v.name, kernel=v.kernel, ok=True, errors=[], max_rel_err=0.0)
        try:
            if is_merge:
                cls = attn_mlir.MergeState if v.form == "state" else attn_mlir.MergeStates
                kw = dict(num_states=v.num_states) if v.form == "states" else {}
                op = cls(bundle, num_heads=v.num_heads, head_dim=v.head_dim, dtype=v.dtype,
                         state_dtype=v.state_dtype, return_lse=v.return_lse,
                         kernel_name=v.kernel, **kw)
            elif is_append:
                op = attn_mlir.AppendPagedKV(bundle, num_kv_heads=v.num_kv_heads,
                                             head_dim=v.head_dim, page_size=v.page_size,
                                             layout=v.layout, dtype=v.dtype, kernel_name=v.kernel)
            else:
                op = attn_mlir.ApplyRope(bundle, num_qo_heads=v.num_qo_heads,
                                         num_kv_heads=v.num_kv_heads, head_dim=v.head_dim,
                                         rotary_dim=v.rotary_dim, interleave=v.interleave,
                                         rope_theta=v.theta, rope_scale=v.scale, kind=v.kind,
                                         rope_factor=v.factor, low_freq_factor=v.low_freq_factor,
                                         high_freq_factor=v.high_freq_factor,
                                         old_context_len=v.original_max_position,
                                         dtype=v.dtype, kernel_name=v.kernel)
            for rows in rows_list:
                if is_merge:
                    err, errs = check_merge(v, op, rows, dev, gen)
                    row["max_rel_err"] = max(row["max_rel_err"], err)
                elif is_append:
                    errs = check_append(v, op, rows, dev, gen)
                else:
                    err, errs = check_rope(v, op, rows, dev, gen)
                    row["max_rel_err"] = max(row["max_rel_err"], err)
                row["errors"] += [f"rows={rows}: {e}" for e in errs]
            if not args.quick:
                if is_merge:
                    err, errs = graph_merge(v, op, dev, gen)
                    row["max_rel_err"] = max(row["max_rel_err"], err)
                elif is_append:
                    errs = graph_append(v, op, dev, gen)
                else:
                    err, errs = graph_rope(v, op, dev, gen)
                    row["max_rel_err"] = max(row["max_rel_err"], err)
                row["errors"] += [f"graph: {e}" for e in errs]
            op.close()
        except Exception as e:  # noqa: BLE001 - report and go on with the next kernel
            row["errors"].append(f"{type(e).__name__}: {e}")
            traceback.print_exc()
        row["ok"] = not row["errors"]
        failed += not row["ok"]
        results.append(row)
        kind = "merge" if is_merge else "append" if is_append else "rope"
        err = "exact" if is_append else f"{row['max_rel_err']:.2e}"
        log(f"{'ok  ' if row['ok'] else 'FAIL'} {kind:6} {v.name:34} rows {','.join(map(str, rows_list))}"
            f"{'' if args.quick else ' +graph'}  max_rel_err {err}")
        for e in row["errors"][:5]:
            log(f"       {e}")
    log(f"\n{len(results) - failed}/{len(results)} kernels passed in {time.time() - t0:.1f} s "
        f"(seed {args.seed}); rope tolerance {ROPE_TOL}, merge tolerance {MERGE_TOL} (v), "
        f"{S_TOL_ABS:.0e} + {S_TOL_REL:.0e} |s| (s)")
    out = args.json or (os.path.join(args.outdir, "check_ops.json") if args.outdir else None)
    if out:
        with open(out, "w") as f:
            json.dump(dict(device=torch.cuda.get_device_name(dev), seed=args.seed,
                           rows=list(rows_list), results=results), f, indent=1)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
