#!/usr/bin/env python3
"""A Llama-style attention block sharded by heads over torch.distributed (tensor parallelism).

One process per GPU (torchrun --nproc-per-node N). Each rank holds the query heads of its
num_kv_heads / N KV heads (GQA groups stay whole), their slices of the QKV projection, of the
output projection, and its own paged KV cache. The block: x @ W_qkv -> RoPE on q and k ->
append k and v to the paged cache -> attention (causal prefill of ragged prompts, then decode
steps of one token per request) -> o @ W_o -> all-reduce (sum) over the ranks.

Every rank's output is gathered on rank 0 and compared with the same block computed unsharded
in float64 on the CPU; rank 0 then reports the decode step time and the prefill throughput
(slowest rank; plans excluded).

  --backend attn   attention, RoPE and KV appends by attn-mlir (attn_mlir.flashinfer; kernels
                   from attn_mlir.jit), NCCL between the GPUs
  --backend torch  the same in plain torch (paged cache and all), e.g. --device cpu with gloo:
                   tests the sharding, the all-reduce and the reference without a GPU

Usage:
  torchrun --nproc-per-node 2 examples/tensor_parallel/tp_attention.py [--backend attn]
  torchrun --nproc-per-node 2 examples/tensor_parallel/tp_attention.py --backend torch \\
      --device cpu --hidden 256 --num-qo-heads 8 --num-kv-heads 4 --head-dim 32
A plain `python3 tp_attention.py` runs one rank (N = 1).
"""

import argparse
import json
import math
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "python"))

ROPE_THETA = 1e4
TOLERANCE = {"bfloat16": 2e-2, "float16": 5e-3, "float32": 1e-4, "float64": 1e-10}
# Head counts of Llama-3 8B's attention (32 query heads, 8 KV heads of 128).
DEFAULTS = dict(num_qo_heads=32, num_kv_heads=8, head_dim=128, page_size=16, hidden=4096)


def shard_heads(num_qo_heads, num_kv_heads, world, rank):
    """(q_heads, kv_heads): the ranges of query and KV heads rank `rank` of `world` holds.
    KV head j serves query heads [j * g, (j + 1) * g) with g = num_qo_heads / num_kv_heads, so
    whole GQA groups move together."""
    if num_kv_heads % world != 0:
        raise ValueError(f"num_kv_heads ({num_kv_heads}) is not divisible by the world size "
                         f"({world}): GQA groups are kept whole, so each rank needs "
                         f"num_kv_heads / world KV heads")
    if num_qo_heads % num_kv_heads != 0:
        raise ValueError(f"num_qo_heads ({num_qo_heads}) is not a multiple of num_kv_heads "
                         f"({num_kv_heads})")
    kv = num_kv_heads // world
    q = num_qo_heads // world
    return range(rank * q, (rank + 1) * q), range(rank * kv, (rank + 1) * kv)


def jit_problems(world_sizes, *, num_qo_heads=DEFAULTS["num_qo_heads"],
                 num_kv_heads=DEFAULTS["num_kv_heads"], head_dim=DEFAULTS["head_dim"],
                 page_size=DEFAULTS["page_size"], dtype="bfloat16"):
    """(kind, problem) of every kernel --backend attn plans for each world size, as
    scripts/prefill_jit_cache.py takes them (the per-rank head counts)."""
    out = []
    for n in world_sizes:
        if num_kv_heads % n:
            continue
        hq, hkv = num_qo_heads // n, num_kv_heads // n
        paged = dict(num_qo_heads=hq, num_kv_heads=hkv, head_dim=head_dim, dtype=dtype,
                     page_size=page_size, kv_layout="NHD")
        out += [("prefill", dict(paged, causal=True)), ("decode", paged),
                ("ops", dict(dtype=dtype, num_kv_heads=hkv, head_dim=head_dim,
                             page_size=page_size, kv_layout="NHD")),
                ("ops", dict(dtype=dtype, num_qo_heads=hq, num_kv_heads=hkv,
                             head_dim=head_dim, rotary_dim=head_dim, interleave=False,
                             kind="llama", rope_theta=ROPE_THETA, rope_scale=1.0))]
    return out


# ---- problem: weights, inputs, page tables ----------------------------------------------------

def make_problem(a, torch):
    """Full weights and inputs in float64 on the CPU, the same on every rank (seeded)."""
    g = torch.Generator().manual_seed(a.seed)
    H, Hq, Hkv, D = a.hidden, a.num_qo_heads, a.num_kv_heads, a.head_dim

    def w(rows, cols):
        return torch.randn(rows, cols, generator=g, dtype=torch.float64) / math.sqrt(rows)

    lens = [a.prompt_len + 29 * b for b in range(a.batch)]
    return dict(
        wq=w(H, Hq * D), wk=w(H, Hkv * D), wv=w(H, Hkv * D), wo=w(Hq * D, H), lens=lens,
        x_prefill=torch.randn(sum(lens), H, generator=g, dtype=torch.float64),
        x_decode=torch.randn(a.steps, a.batch, H, generator=g, dtype=torch.float64))


def local_weights(p, q_heads, kv_heads, D, dtype, dev, torch):
    """This rank's W_qkv columns (its q, k and v heads) and W_o rows (its q heads)."""
    def cols(w, heads):
        return w[:, heads.start * D:heads.stop * D]
    wqkv = torch.cat([cols(p["wq"], q_heads), cols(p["wk"], kv_heads), cols(p["wv"], kv_heads)],
                     dim=1)
    wo = p["wo"][q_heads.start * D:q_heads.stop * D]
    return wqkv.to(device=dev, dtype=dtype), wo.to(device=dev, dtype=dtype)


def page_tables(lens, pages_per_req, P, dev, torch):
    """(kv_indices, kv_indptr, kv_last_page_len) int32 for KV lengths `lens`; request b owns
    pages [b * pages_per_req, (b + 1) * pages_per_req)."""
    idx, ptr, last = [], [0], []
    for b, n_tok in enumerate(lens):
        n = (n_tok + P - 1) // P
        idx += range(b * pages_per_req, b * pages_per_req + n)
        ptr.append(ptr[-1] + n)
        last.append(n_tok - (n - 1) * P if n else 0)
    return tuple(torch.tensor(x, dtype=torch.int32, device=dev) for x in (idx, ptr, last))


# ---- attention in plain torch (the --backend torch path, and the float64 reference) ----------

def rope_torch(x, pos, theta, torch):
    """Llama RoPE (pairs i, i + D/2) of x [n, H, D] at positions pos [n], in x's dtype."""
    D = x.shape[-1]
    work = torch.float64 if x.dtype == torch.float64 else torch.float32
    inv = theta ** (-torch.arange(0, D, 2, dtype=work, device=x.device) / D)
    ang = pos.to(work)[:, None] * inv[None, :]
    cos, sin = ang.cos()[:, None, :], ang.sin()[:, None, :]
    x1, x2 = x[..., :D // 2].to(work), x[..., D // 2:].to(work)
    return torch.cat([x1 * cos - x2 * sin, x2 * cos + x1 * sin], dim=-1).to(x.dtype)


def causal_attention(q, k, v, torch):
    """q [m, Hq, D] are the last m of the n tokens of k, v [n, Hkv, D]; query i sees keys
    0 .. n - m + i. GQA: query head h reads KV head h // (Hq / Hkv)."""
    m, Hq, D = q.shape
    n, Hkv = k.shape[0], k.shape[1]
    work = torch.float64 if q.dtype == torch.float64 else torch.float32
    g = Hq // Hkv
    qf = q.to(work).transpose(0, 1)                                   # [Hq, m, D]
    kf = k.to(work).repeat_interleave(g, dim=1).transpose(0, 1)       # [Hq, n, D]
    vf = v.to(work).repeat_interleave(g, dim=1).transpose(0, 1)
    s = qf @ kf.transpose(1, 2) / math.sqrt(D)                        # [Hq, m, n]
    rows = torch.arange(m, device=q.device)[:, None] + (n - m)
    s = s.masked_fill(torch.arange(n, device=q.device)[None, :] > rows, float("-inf"))
    return (s.softmax(-1) @ vf).transpose(0, 1).to(q.dtype)           # [m, Hq, D]


class TorchAttention:
    """RoPE, paged appends and paged attention in plain torch (any device)."""

    def __init__(self, torch):
        self.torch = torch

    def rope(self, q, k, pos):
        q.copy_(rope_torch(q, pos, ROPE_THETA, self.torch))
        k.copy_(rope_torch(k, pos, ROPE_THETA, self.torch))

    def append(self, k, v, bidx, pos, cache, tables):
        kc, vc = cache
        idx, ptr, _ = tables
        P = kc.shape[1]
        page = idx[ptr[bidx.long()].long() + (pos // P).long()].long()
        slot = (pos % P).long()
        kc[page, slot] = k
        vc[page, slot] = v

    def attend(self, q, cache, tables, qo_indptr):
        """Each request's queries (qo_indptr ranges) against its paged KV, causally."""
        kc, vc = cache
        idx, ptr, last = (t.tolist() for t in tables)
        P, out = kc.shape[1], self.torch.empty_like(q)
        qo = qo_indptr.tolist()
        for b in range(len(qo) - 1):
            pages = idx[ptr[b]:ptr[b + 1]]
            n = (len(pages) - 1) * P + last[b]
            k = kc[pages].flatten(0, 1)[:n]
            v = vc[pages].flatten(0, 1)[:n]
            out[qo[b]:qo[b + 1]] = causal_attention(q[qo[b]:qo[b + 1]], k, v, self.torch)
        return out

    def plan_prefill(self, qo_indptr, tables, hq, hkv, D, P, dtype):
        pass

    def plan_decode(self, tables, hq, hkv, D, P, dtype):
        pass


class AttnMlirAttention(TorchAttention):
    """The same through attn_mlir.flashinfer: llama RoPE and appends by the ops kernels, paged
    prefill and decode by the attention kernels (compiled or taken from the jit cache for
    this rank's head counts and its GPU's arch)."""

    def __init__(self, torch, dev):
        super().__init__(torch)
        from attn_mlir import flashinfer as fi
        self.fi = fi
        ws = torch.empty(128 << 20, dtype=torch.uint8, device=dev)
        self.prefill = fi.BatchPrefillWithPagedKVCacheWrapper(ws, "NHD")
        self.decode = fi.BatchDecodeWithPagedKVCacheWrapper(ws, "NHD")
        self.mode = None

    def rope(self, q, k, pos):
        self.fi.apply_rope_pos_ids_inplace(q, k, pos, rope_theta=ROPE_THETA)

    def append(self, k, v, bidx, pos, cache, tables):
        idx, ptr, last = tables
        self.fi.append_paged_kv_cache(k, v, bidx, pos, cache, idx, ptr, last, "NHD")

    def plan_prefill(self, qo_indptr, tables, hq, hkv, D, P, dtype):
        idx, ptr, last = tables
        self.prefill.plan(qo_indptr, ptr, idx, last, hq, hkv, D, P, causal=True,
                          q_data_type=dtype)
        self.mode = "prefill"

    def plan_decode(self, tables, hq, hkv, D, P, dtype):
        idx, ptr, last = tables
        self.decode.plan(ptr, idx, last, hq, hkv, D, P, q_data_type=dtype)
        self.mode = "decode"

    def attend(self, q, cache, tables, qo_indptr):
        return (self.prefill if self.mode == "prefill" else self.decode).run(q, cache)


# ---- one rank's shard of the block -------------------------------------------------------------

class Shard:
    """This rank's weights, paged KV cache and attention backend; block() is the sharded
    forward pass, all-reduced over the ranks."""

    def __init__(self, a, p, rank, world, dev, dtype, torch, dist):
        self.torch, self.dist, self.dev, self.dtype = torch, dist, dev, dtype
        q_heads, kv_heads = shard_heads(a.num_qo_heads, a.num_kv_heads, world, rank)
        self.hq, self.hkv, self.D, self.P = len(q_heads), len(kv_heads), a.head_dim, a.page_size
        self.wqkv, self.wo = local_weights(p, q_heads, kv_heads, a.head_dim, dtype, dev, torch)
        self.pages_per_req = (max(p["lens"]) + a.steps + self.P - 1) // self.P
        shape = (a.batch * self.pages_per_req, self.P, self.hkv, self.D)
        self.cache = (torch.zeros(shape, dtype=dtype, device=dev),
                      torch.zeros(shape, dtype=dtype, device=dev))
        self.attn = (AttnMlirAttention(torch, dev) if a.backend == "attn"
                     else TorchAttention(torch))

    def plan(self, lens, qo_indptr=None):
        """Page tables for KV lengths `lens` and the attention plan (prefill when qo_indptr
        is given, else decode); returns the tables."""
        tables = page_tables(lens, self.pages_per_req, self.P, self.dev, self.torch)
        if qo_indptr is not None:
            self.attn.plan_prefill(qo_indptr, tables, self.hq, self.hkv, self.D, self.P,
                                   self.dtype)
        else:
            self.attn.plan_decode(tables, self.hq, self.hkv, self.D, self.P, self.dtype)
        return tables

    def block(self, x, bidx, pos, tables, qo_indptr):
        """x [n, hidden] of tokens at (request bidx, position pos) -> y [n, hidden]."""
        n, D = x.shape[0], self.D
        qkv = x @ self.wqkv
        q = qkv[:, :self.hq * D].reshape(n, self.hq, D).contiguous()
        k = qkv[:, self.hq * D:(self.hq + self.hkv) * D].reshape(n, self.hkv, D).contiguous()
        v = qkv[:, (self.hq + self.hkv) * D:].reshape(n, self.hkv, D).contiguous()
        self.attn.rope(q, k, pos)
        self.attn.append(k, v, bidx, pos, self.cache, tables)
        o = self.attn.attend(q, self.cache, tables, qo_indptr)
        y = o.reshape(n, self.hq * D) @ self.wo
        self.dist.all_reduce(y)
        return y


def prefill_inputs(p, dev, torch):
    """(qo_indptr, batch indices, positions) int32 of the ragged prompts."""
    lens = p["lens"]
    qo = torch.tensor([0] + list(torch.tensor(lens).cumsum(0)), dtype=torch.int32, device=dev)
    bidx = torch.cat([torch.full((n,), b) for b, n in enumerate(lens)])
    pos = torch.cat([torch.arange(n) for n in lens])
    return qo, bidx.to(device=dev, dtype=torch.int32), pos.to(device=dev, dtype=torch.int32)


def run_block(shard, p, dev, dtype, torch):
    """Prefill of the prompts, then one decode step per p["x_decode"] row. Returns
    (y_prefill, y_decode [steps, B, hidden]) and the last step's inputs, for the timings."""
    qo, bidx, pos = prefill_inputs(p, dev, torch)
    tables = shard.plan(p["lens"], qo)
    prefill_args = (p["x_prefill"].to(device=dev, dtype=dtype), bidx, pos, tables, qo)
    y_prefill = shard.block(*prefill_args)
    B = len(p["lens"])
    bidx_dec = torch.arange(B, dtype=torch.int32, device=dev)
    qo_dec = torch.arange(B + 1, dtype=torch.int32, device=dev)
    lens, ys = list(p["lens"]), []
    for x in p["x_decode"]:
        pos_dec = torch.tensor(lens, dtype=torch.int32, device=dev)
        lens = [n + 1 for n in lens]
        tables = shard.plan(lens)
        decode_args = (x.to(device=dev, dtype=dtype), bidx_dec, pos_dec, tables, qo_dec)
        ys.append(shard.block(*decode_args))
    return y_prefill, torch.stack(ys), prefill_args, decode_args


def reference(p, a, dev, torch):
    """The unsharded block in float64 on rank 0's device: per request, causal attention over
    its prompt and decode tokens. Returns (y_prefill, y_decode) in run_block's row order."""
    H, Hq, Hkv, D = a.hidden, a.num_qo_heads, a.num_kv_heads, a.head_dim
    lens, starts = p["lens"], [0]
    for n in lens:
        starts.append(starts[-1] + n)
    w = {name: p[name].to(dev) for name in ("wq", "wk", "wv", "wo")}
    y_prefill = torch.empty(sum(lens), H, dtype=torch.float64, device=dev)
    y_decode = torch.empty(a.steps, len(lens), H, dtype=torch.float64, device=dev)
    for b, n in enumerate(lens):
        x = torch.cat([p["x_prefill"][starts[b]:starts[b + 1]], p["x_decode"][:, b]]).to(dev)
        T = x.shape[0]
        pos = torch.arange(T, device=dev)
        q = rope_torch((x @ w["wq"]).reshape(T, Hq, D), pos, ROPE_THETA, torch)
        k = rope_torch((x @ w["wk"]).reshape(T, Hkv, D), pos, ROPE_THETA, torch)
        v = (x @ w["wv"]).reshape(T, Hkv, D)
        y = causal_attention(q, k, v, torch).reshape(T, Hq * D) @ w["wo"]
        y_prefill[starts[b]:starts[b + 1]] = y[:n]
        y_decode[:, b] = y[n:]
    return y_prefill, y_decode


# ---- gather, check, time, report ---------------------------------------------------------------

def gather_and_check(y_prefill, y_decode, a, p, rank, world, torch, dist):
    """Every rank's outputs gathered on rank 0 and compared with the float64 reference
    (computed there, on rank 0's GPU or the CPU).
    Returns (ok, lines) on rank 0, (True, []) elsewhere."""
    flat = torch.cat([y_prefill.flatten(), y_decode.flatten()]).contiguous()
    parts = [torch.empty_like(flat) for _ in range(world)]
    dist.all_gather(parts, flat)
    if rank != 0:
        return True, []
    ref = torch.cat([t.flatten() for t in reference(p, a, flat.device, torch)])
    lines, ok = [], True
    first = parts[0].double()
    for r, part in enumerate(parts):
        y = part.double()
        rel = float((y - ref).norm() / ref.norm())
        worst = float((y - ref).abs().max())
        ok &= math.isfinite(rel) and rel <= a.tol
        lines.append(f"rank {r}: rel err {rel:.2e} (tol {a.tol:.0e}), max abs err {worst:.2e}, "
                     f"max diff to rank 0 {float((y - first).abs().max()):.1e}")
    return ok, lines


def timed(fn, a, dev, torch, dist):
    """Seconds per call of fn on the slowest rank (a.warmup calls first, then a.iters)."""
    def sync():
        if dev.type == "cuda":
            torch.cuda.synchronize(dev)
    for _ in range(a.warmup):
        fn()
    sync()
    dist.barrier()
    t0 = time.perf_counter()
    for _ in range(a.iters):
        fn()
    sync()
    t = torch.tensor([(time.perf_counter() - t0) / a.iters], dtype=torch.float64, device=dev)
    dist.all_reduce(t, op=dist.ReduceOp.MAX)
    return float(t.item())


def timings(shard, p, prefill_args, decode_args, a, dev, torch, dist):
    """(decode step seconds, prefill seconds): the last decode step and the prefill, run
    again (they rewrite the same cache slots); plans are not timed."""
    decode_s = timed(lambda: shard.block(*decode_args), a, dev, torch, dist)
    shard.plan(p["lens"], prefill_args[-1])
    prefill_s = timed(lambda: shard.block(*prefill_args), a, dev, torch, dist)
    return decode_s, prefill_s


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--backend", choices=("attn", "torch"), default="attn")
    ap.add_argument("--device", choices=("cuda", "cpu"), default="cuda")
    ap.add_argument("--dtype", choices=sorted(TOLERANCE),
                    help="default: bfloat16 on cuda, float32 on cpu")
    ap.add_argument("--num-qo-heads", type=int, default=DEFAULTS["num_qo_heads"])
    ap.add_argument("--num-kv-heads", type=int, default=DEFAULTS["num_kv_heads"])
    ap.add_argument("--head-dim", type=int, default=DEFAULTS["head_dim"])
    ap.add_argument("--page-size", type=int, default=DEFAULTS["page_size"])
    ap.add_argument("--hidden", type=int, default=DEFAULTS["hidden"])
    ap.add_argument("--batch", type=int, default=8, help="requests")
    ap.add_argument("--prompt-len", type=int, default=500,
                    help="request b's prompt has prompt_len + 29 b tokens")
    ap.add_argument("--steps", type=int, default=8, help="decode steps checked")
    ap.add_argument("--iters", type=int, default=20, help="timed repetitions")
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--tol", type=float, help="relative error bound (default by dtype)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", help="rank 0 writes the results there")
    a = ap.parse_args(argv)
    if a.backend == "attn" and a.device != "cuda":
        ap.error("--backend attn needs --device cuda")
    a.dtype = a.dtype or ("bfloat16" if a.device == "cuda" else "float32")
    a.tol = a.tol if a.tol is not None else TOLERANCE[a.dtype]
    return a


def init_distributed(a, torch, dist):
    """(rank, world, device): torchrun's environment, or one rank when run directly; NCCL
    between GPUs, gloo on the CPU. Each rank uses GPU LOCAL_RANK and makes it current."""
    if "RANK" not in os.environ:  # a plain `python3 tp_attention.py`: a world of one
        os.environ.update(RANK="0", WORLD_SIZE="1", LOCAL_RANK="0", MASTER_ADDR="127.0.0.1")
        os.environ.setdefault("MASTER_PORT", str(29500 + os.getpid() % 1000))
    local = int(os.environ.get("LOCAL_RANK", "0"))
    if a.device == "cuda":
        if not torch.cuda.is_available():
            sys.exit("tp_attention: --device cuda but torch.cuda.is_available() is False")
        dev = torch.device("cuda", local)
        torch.cuda.set_device(dev)
        dist.init_process_group("nccl", device_id=dev)
    else:
        dev = torch.device("cpu")
        dist.init_process_group("gloo")
    return dist.get_rank(), dist.get_world_size(), dev


def report(a, world, dev, p, decode_s, prefill_s, ok, lines, torch):
    name = torch.cuda.get_device_name(dev) if dev.type == "cuda" else "cpu"
    tokens = sum(p["lens"])
    rec = dict(world_size=world, backend=a.backend, device=name, dtype=a.dtype,
               num_qo_heads=a.num_qo_heads, num_kv_heads=a.num_kv_heads,
               head_dim=a.head_dim, page_size=a.page_size, hidden=a.hidden, batch=a.batch,
               prompt_tokens=tokens, decode_step_us=decode_s * 1e6,
               prefill_ms=prefill_s * 1e3, prefill_tokens_per_s=tokens / prefill_s,
               match=bool(ok), checks=lines)
    print(f"tp_attention: {world} rank(s) on {name}, backend {a.backend}, {a.dtype}, "
          f"{a.num_qo_heads}/{a.num_kv_heads} heads of {a.head_dim} "
          f"({a.num_qo_heads // world}/{a.num_kv_heads // world} per rank), hidden {a.hidden}")
    for line in lines:
        print("  " + line)
    print(f"prefill: {tokens} tokens ({a.batch} prompts) in {prefill_s * 1e3:.2f} ms "
          f"({tokens / prefill_s:.0f} tokens/s)")
    print(f"decode step: {decode_s * 1e6:.1f} us for {a.batch} requests "
          f"({a.batch / decode_s:.0f} tokens/s)")
    print(("PASS: the sharded block matches" if ok else "FAIL: the sharded block differs from")
          + f" the unsharded float64 reference ({world} rank(s))")
    if a.json:
        with open(a.json, "w") as f:
            json.dump(rec, f, indent=1)


def main(argv=None):
    a = parse_args(argv)
    try:
        shard_heads(a.num_qo_heads, a.num_kv_heads, int(os.environ.get("WORLD_SIZE", "1")), 0)
    except ValueError as e:
        if os.environ.get("RANK", "0") == "0":
            print(f"tp_attention: {e}", file=sys.stderr)
        return 2
    import torch
    import torch.distributed as dist
    rank, world, dev = init_distributed(a, torch, dist)
    try:
        dtype = getattr(torch, a.dtype)
        p = make_problem(a, torch)
        shard = Shard(a, p, rank, world, dev, dtype, torch, dist)
        y_prefill, y_decode, prefill_args, decode_args = run_block(shard, p, dev, dtype, torch)
        ok, lines = gather_and_check(y_prefill, y_decode, a, p, rank, world, torch, dist)
        decode_s, prefill_s = timings(shard, p, prefill_args, decode_args, a, dev, torch, dist)
        if rank == 0:
            report(a, world, dev, p, decode_s, prefill_s, ok, lines, torch)
        verdict = torch.tensor([0 if ok else 1], dtype=torch.int32, device=dev)
        dist.broadcast(verdict, 0)  # every rank exits with rank 0's verdict
        return int(verdict.item())
    finally:
        dist.destroy_process_group()


if __name__ == "__main__":
    sys.exit(main())
