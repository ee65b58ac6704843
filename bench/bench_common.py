"""What the benchmarks and their plots share: logging, the start of a run, CUDA-event timing,
device (kernel) time from the profiler, recording one implementation's result, the optional FlashInfer import, the markdown table cells
and the plots' command line. Importing it needs no torch (the plots run without)."""

import argparse
import json
import os
import statistics
import sys
import traceback


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def arg_parser(description, *, iters, warmup, artdir_help=None):
    """The command line every benchmark starts with: ARTDIR OUTDIR, or OUTDIR and --artdir
    (help `artdir_help`) where the benchmark also runs without our artifacts; --iters and
    --warmup with these defaults, --no-flashinfer and --seed."""
    ap = argparse.ArgumentParser(description=description)
    if artdir_help is None:
        ap.add_argument("artdir")
    ap.add_argument("outdir")
    if artdir_help is not None:
        ap.add_argument("--artdir", help=artdir_help)
    ap.add_argument("--iters", type=int, default=iters)
    ap.add_argument("--warmup", type=int, default=warmup)
    ap.add_argument("--no-flashinfer", action="store_true")
    ap.add_argument("--seed", type=int, default=0)
    return ap


def start(args, who):
    """The start of a benchmark run after its command line: creates args.outdir and seeds torch
    with args.seed. Returns the CPU generator of the inputs, or None (logged under `who`) where
    there is no CUDA device."""
    import torch

    os.makedirs(args.outdir, exist_ok=True)
    if not torch.cuda.is_available():
        log(f"{who}: no CUDA device")
        return None
    torch.manual_seed(args.seed)
    return torch.Generator().manual_seed(args.seed)


def time_cuda(fn, iters, warmup, *, indexed=False):
    """Median and p10/p90 of per-call CUDA-event times (ms). fn() runs a call, or with
    `indexed` fn(i) runs call i (the warmup calls are 0 .. warmup-1)."""
    import torch

    call = fn if indexed else (lambda i: fn())
    for i in range(warmup):
        call(i)
    torch.cuda.synchronize()
    starts = [torch.cuda.Event(enable_timing=True) for _ in range(iters)]
    ends = [torch.cuda.Event(enable_timing=True) for _ in range(iters)]
    for i in range(iters):
        starts[i].record()
        call(warmup + i)
        ends[i].record()
    torch.cuda.synchronize()
    ts = sorted(s.elapsed_time(e) for s, e in zip(starts, ends))
    return dict(median_ms=statistics.median(ts), p10_ms=ts[len(ts) // 10],
                p90_ms=ts[(len(ts) * 9) // 10], iters=iters)


def device_time_us(fn, iters, warmup, breakdown=None):
    """Device time of one call (us): the durations of the kernels, copies and memsets that
    `iters` calls put on the GPU, from the profiler's CUDA activity (CUPTI), summed and divided
    by `iters`. The host's share of a call (Python, argument checks, launch) is left out, which
    CUDA events around a call that starts on an idle GPU include: for a kernel of a few
    microseconds that share is most of what the events measure. None when the profiler saw no
    device activity (no CUPTI). With a dict `breakdown`, also stores each activity's share of
    a call there (its name, cut to 60 characters: us per call), to tell which of a call's
    kernels the time goes to."""
    import torch
    from torch.profiler import ProfilerActivity, profile

    for _ in range(warmup):
        fn()
    torch.cuda.synchronize()
    with profile(activities=[ProfilerActivity.CUDA]) as prof:
        for _ in range(iters):
            fn()
        torch.cuda.synchronize()
    total = 0.0
    for e in prof.key_averages():
        # self_device_time_total from torch 2.4 on, self_cuda_time_total before (us).
        t = getattr(e, "self_device_time_total", None)
        t = float(t if t is not None else getattr(e, "self_cuda_time_total", 0.0))
        total += t
        if breakdown is not None and t > 0:
            key = e.key[:60]
            breakdown[key] = round(breakdown.get(key, 0.0) + t / iters, 2)
    return total / iters if total > 0 else None


def record(impls, name, fn, label, describe):
    """impls[name] = fn(), a dict of timings, after describe(t) has added its throughput and
    returned the rest of its log line "LABEL ...". A failure is stored as dict(error=...) and
    logged "LABEL failed: ..." with its traceback; it hides no other implementation."""
    try:
        t = fn()
        line = describe(t)
        impls[name] = t
        log(f"{label} {line}")
    except Exception as e:  # noqa: BLE001 - one implementation's failure hides no other
        impls[name] = dict(error=f"{type(e).__name__}: {e}")
        log(f"{label} failed: {e}")
        traceback.print_exc()


def cell(t, fmt):
    """The markdown table cell of one implementation's result `t`: "-" where it did not run
    (None), "skip" or "error" where it was skipped or failed, else fmt(t)."""
    if t is None:
        return "-"
    if "skipped" in t:
        return "skip"
    if "error" in t:
        return "error"
    return fmt(t)


def plot_args(doc):
    """The parsed command line of a plot script (`doc`: its docstring): a benchmark's json
    results and -o/--out the image; returns (the arguments, the loaded results)."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("json")
    ap.add_argument("-o", "--out")
    a = ap.parse_args()
    with open(a.json) as f:
        return a, json.load(f)


def import_flashinfer(disabled, who):
    """(the flashinfer module, None), or (None, why it is skipped) where `disabled` (by
    --no-flashinfer) or the import fails; `who` names the benchmark in the log line."""
    if disabled:
        return None, "--no-flashinfer"
    try:
        import flashinfer
    except Exception as e:  # noqa: BLE001
        why = f"import failed: {type(e).__name__}: {e}"
        log(f"{who}: FlashInfer skipped: {why}")
        return None, why
    return flashinfer, None
