#!/usr/bin/env python3
"""Sampling kernels against FlashInfer's and torch's sort + cumsum + multinomial.

Usage: sampling_bench.py ARTDIR OUTDIR [--batches 1,32,128,512] [--vocabs 128256,151936]
                         [--spec-batches 1,32,128] [--spec-vocabs 128256] [--num-spec 4]
                         [--iters 100] [--warmup 20] [--no-cluster]
                         [--kernels] [--functions F1,F2]

For every batch x vocab (bf16 logits from randn * 3, their f32 softmax as probs):
  top_k_top_p_sampling_from_logits (k 50, p 0.9): attn "top_k_first" (FlashInfer's default
      order: top-k mask, then top-p sampling; two kernels), attn "joint" (one kernel),
      flashinfer (default order), torch (softmax, sort, cumsum masks, multinomial);
  top_p_sampling_from_probs (p 0.9), top_k_sampling_from_probs (k 50), sampling_from_probs,
  top_k_renorm_probs (k 50), top_k_mask_logits (k 50): attn and flashinfer;
and for every spec batch x spec vocab, chain_speculative_sampling with --num-spec drafts
(f32 softmax rows of randn * 3, the drafts drawn from the draft rows): target independent of
the draft (almost always a rejection at position 0: one residual draw) and target = draft
(every draft accepted: the bonus row), attn and flashinfer (one CTA per request at every
batch: it has no cluster kernel).
With ARTDIR/bundles/sampling_cluster (the kernels splitting a row over a thread-block cluster,
scripts/gen_sampling_cluster_variants.py; not with --no-cluster), "attn" is what
attn_mlir.sampling picks (the cluster kernels up to CLUSTER_MAX_BATCH rows), and every
function is also timed as "attn_1cta" (one CTA per row at every batch) and "attn_cluster"
(the cluster kernels at every batch), to place the threshold.
Two times per implementation and shape: the median over --iters calls, each between two
CUDA events after --warmup calls, the GPU idle before each (the call's latency from Python,
host work included: "IMPL" in the JSON), and the device time of a call (the kernels, copies
and memsets of --iters calls from the profiler's CUDA activity, divided by --iters:
"IMPL_gpu"). For a row of a few hundred kilobytes the host's share is most of the first;
speedup_vs_flashinfer and speedup_gpu_vs_flashinfer compare each. Thresholds are per-row
tensors for every library. Writes OUTDIR/sampling_bench.json
and OUTDIR/sampling_bench.md (the device name in both) and prints the table with attn's
speed-up over FlashInfer.
"""

import argparse
import json
import os
import statistics
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "python"))

import torch  # noqa: E402

import attn_mlir  # noqa: E402
from attn_mlir import sampling as S  # noqa: E402
from bench_common import device_time_us  # noqa: E402

try:
    import flashinfer  # noqa: E402
    import flashinfer.sampling as FS  # noqa: E402
except Exception as err:  # noqa: BLE001
    FS = None
    FI_ERROR = f"{type(err).__name__}: {err}"
else:
    FI_ERROR = None


def timed(fn, iters, warmup):
    for _ in range(warmup):
        fn()
    torch.cuda.synchronize()
    times = []
    for _ in range(iters):
        a = torch.cuda.Event(enable_timing=True)
        b = torch.cuda.Event(enable_timing=True)
        a.record()
        fn()
        b.record()
        b.synchronize()
        times.append(a.elapsed_time(b) * 1000.0)
    return statistics.median(times)


def torch_top_k_top_p(logits, k, p):
    """softmax, sort, top-k and top-p masks from the cumulative sum, multinomial."""
    probs = torch.softmax(logits.float(), -1)
    s, idx = torch.sort(probs, descending=True, dim=-1)
    c = torch.cumsum(s, -1)
    rank = torch.arange(s.shape[-1], device=s.device).unsqueeze(0)
    drop = (rank >= k.unsqueeze(1)) | ((c - s) >= p.unsqueeze(1))
    s = s.masked_fill(drop, 0.0)
    pick = torch.multinomial(s, 1)
    return torch.gather(idx, -1, pick).squeeze(-1)


def at_limit(limit, fn):
    """fn with attn_mlir.sampling.CLUSTER_MAX_BATCH set to `limit` (and no lower limit for any
    kind) during the call."""
    def call():
        saved = S.CLUSTER_MAX_BATCH, S.CLUSTER_MAX_BATCH_BY_KIND
        S.CLUSTER_MAX_BATCH, S.CLUSTER_MAX_BATCH_BY_KIND = limit, {}
        try:
            return fn()
        finally:
            S.CLUSTER_MAX_BATCH, S.CLUSTER_MAX_BATCH_BY_KIND = saved
    return call


def cases(batch, vocab, dev, cluster=False):
    g = torch.Generator(device=dev).manual_seed(batch * 7 + vocab)
    logits = (torch.randn(batch, vocab, device=dev, generator=g) * 3).to(torch.bfloat16)
    probs = torch.softmax(logits.float(), -1)
    k = torch.full((batch,), 50, dtype=torch.int32, device=dev)
    p = torch.full((batch,), 0.9, dtype=torch.float32, device=dev)
    out = {}
    out["top_k_top_p_sampling_from_logits"] = {
        "attn": lambda: S.top_k_top_p_sampling_from_logits(logits, k, p),
        "attn_joint": lambda: S.top_k_top_p_sampling_from_logits(
            logits, k, p, filter_apply_order="joint"),
        "torch": lambda: torch_top_k_top_p(logits, k, p),
    }
    out["top_p_sampling_from_probs"] = {"attn": lambda: S.top_p_sampling_from_probs(probs, p)}
    out["top_k_sampling_from_probs"] = {"attn": lambda: S.top_k_sampling_from_probs(probs, k)}
    out["sampling_from_probs"] = {"attn": lambda: S.sampling_from_probs(probs)}
    out["top_k_renorm_probs"] = {"attn": lambda: S.top_k_renorm_probs(probs, k)}
    out["top_k_mask_logits"] = {"attn": lambda: S.top_k_mask_logits(logits, k)}
    if cluster:
        for impls in out.values():
            impls["attn_1cta"] = at_limit(0, impls["attn"])
            impls["attn_cluster"] = at_limit(1 << 30, impls["attn"])
    if FS is not None:
        out["top_k_top_p_sampling_from_logits"]["flashinfer"] = (
            lambda: FS.top_k_top_p_sampling_from_logits(logits, k, p))
        out["top_p_sampling_from_probs"]["flashinfer"] = (
            lambda: FS.top_p_sampling_from_probs(probs, p))
        out["top_k_sampling_from_probs"]["flashinfer"] = (
            lambda: FS.top_k_sampling_from_probs(probs, k))
        out["sampling_from_probs"]["flashinfer"] = lambda: FS.sampling_from_probs(probs)
        out["top_k_renorm_probs"]["flashinfer"] = lambda: FS.top_k_renorm_probs(probs, k)
        out["top_k_mask_logits"]["flashinfer"] = lambda: FS.top_k_mask_logits(logits, k)
    return out


def spec_cases(batch, vocab, num_spec, dev):
    g = torch.Generator(device=dev).manual_seed(batch * 11 + vocab)
    draft = torch.softmax(torch.randn(batch, num_spec, vocab, device=dev, generator=g) * 3, -1)
    target = torch.softmax(torch.randn(batch, num_spec + 1, vocab, device=dev, generator=g) * 3,
                           -1)
    same = torch.cat([draft, target[:, -1:]], 1).contiguous()
    ids = torch.multinomial(draft.view(-1, vocab), 1, generator=g).view(batch, num_spec)
    ids = ids.to(torch.int32)
    out = {}
    for name, t in (("chain_speculative_sampling", target),
                    ("chain_speculative_sampling(target=draft)", same)):
        out[name] = {"attn": lambda t=t: S.chain_speculative_sampling(draft, ids, t)}
        if FS is not None:
            out[name]["flashinfer"] = lambda t=t: FS.chain_speculative_sampling(draft, ids, t)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("artdir")
    ap.add_argument("outdir")
    ap.add_argument("--batches", default="1,32,128,512")
    ap.add_argument("--vocabs", default="128256,151936")
    ap.add_argument("--spec-batches", default="1,32,128")
    ap.add_argument("--spec-vocabs", default="128256")
    ap.add_argument("--num-spec", type=int, default=4)
    ap.add_argument("--iters", type=int, default=100)
    ap.add_argument("--warmup", type=int, default=20)
    ap.add_argument("--kernels", action="store_true",
                    help="also store each call's device time per kernel (IMPL_gpu_kernels)")
    ap.add_argument("--functions", default="",
                    help="comma list of the functions to time (default: all)")
    ap.add_argument("--no-cluster", action="store_true",
                    help="leave out the cluster kernels (bundles/sampling_cluster)")
    a = ap.parse_args()
    S.set_bundle(attn_mlir.Bundle(os.path.join(a.artdir, "bundles", "sampling")))
    cluster_dir = os.path.join(a.artdir, "bundles", "sampling_cluster")
    cluster = not a.no_cluster and os.path.isdir(cluster_dir)
    if cluster:
        S.set_cluster_bundle(attn_mlir.Bundle(cluster_dir))
    dev = torch.device("cuda", torch.cuda.current_device())
    name = torch.cuda.get_device_name(dev)
    fi_version = getattr(flashinfer, "__version__", "?") if FS is not None else None
    print(f"device: {name}; flashinfer: {fi_version or FI_ERROR}; median of {a.iters} (us)")
    rows = []
    # An empty list (--batches= or --spec-batches=) skips those shapes.
    shapes = [(b, v, lambda b, v, d: cases(b, v, d, cluster))
              for v in (int(x) for x in a.vocabs.split(",") if x)
              for b in (int(x) for x in a.batches.split(",") if x)]
    shapes += [(b, v, lambda b, v, d: spec_cases(b, v, a.num_spec, d))
               for v in (int(x) for x in a.spec_vocabs.split(",") if x)
               for b in (int(x) for x in a.spec_batches.split(",") if x)]
    for batch, vocab, make in shapes:
        for fn, impls in make(batch, vocab, dev).items():
            if a.functions and fn not in a.functions.split(","):
                continue
            r = {"function": fn, "batch": batch, "vocab": vocab}
            for impl, call in impls.items():
                try:
                    r[impl] = round(timed(call, a.iters, a.warmup), 2)
                    parts = {}
                    gpu = device_time_us(call, a.iters, a.warmup, parts)
                    r[f"{impl}_gpu"] = None if gpu is None else round(gpu, 2)
                    if a.kernels and parts:
                        r[f"{impl}_gpu_kernels"] = parts
                except Exception as err:  # noqa: BLE001
                    r[impl] = None
                    r[f"{impl}_error"] = f"{type(err).__name__}: {err}"[:200]
            if r.get("attn") and r.get("flashinfer"):
                r["speedup_vs_flashinfer"] = round(r["flashinfer"] / r["attn"], 2)
            if r.get("attn_gpu") and r.get("flashinfer_gpu"):
                r["speedup_gpu_vs_flashinfer"] = round(r["flashinfer_gpu"] / r["attn_gpu"], 2)
            for impl in ("attn_1cta", "attn_cluster"):
                if r.get(impl) and r.get("flashinfer"):
                    r[f"{impl}_speedup_vs_flashinfer"] = round(r["flashinfer"] / r[impl], 2)
            if r.get("attn_joint") and r.get("flashinfer"):
                r["joint_speedup_vs_flashinfer"] = round(r["flashinfer"] / r["attn_joint"], 2)
            rows.append(r)
            print(json.dumps(r), flush=True)
    os.makedirs(a.outdir, exist_ok=True)
    with open(os.path.join(a.outdir, "sampling_bench.json"), "w") as f:
        json.dump({"device": name, "flashinfer": fi_version, "flashinfer_error": FI_ERROR,
                   "cluster_max_batch": S.CLUSTER_MAX_BATCH if cluster else None,
                   "iters": a.iters, "warmup": a.warmup, "rows": rows}, f, indent=1)
    cols = ["attn", "attn_joint", "flashinfer", "torch", "speedup_vs_flashinfer", "attn_gpu",
            "flashinfer_gpu", "speedup_gpu_vs_flashinfer"]
    if cluster:
        cols[1:1] = ["attn_1cta", "attn_cluster"]
    lines = [f"# Sampling on {name} (us: a call's latency from Python, median; *_gpu: its "
             f"device time; flashinfer {fi_version})", "",
             "| function | batch | vocab | " + " | ".join(cols) + " |",
             "|---|---|---|" + "---|" * len(cols)]
    for r in rows:
        lines.append(f"| {r['function']} | {r['batch']} | {r['vocab']} | " +
                     " | ".join("" if r.get(c) is None else str(r[c]) for c in cols) + " |")
    with open(os.path.join(a.outdir, "sampling_bench.md"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
