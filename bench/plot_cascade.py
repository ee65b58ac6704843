#!/usr/bin/env python3
"""Charts (PNG) of bench/cascade_bench.py results: the shared-prefix decode step (median time of
each implementation, log scale, with its speed-up over the slowest) and, where the run has it,
parallel generation (tokens/s against the number of samples n).

Usage: plot_cascade.py cascade_bench.json [-o docs/cascade.png]
"""

import os

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from bench_common import plot_args  # noqa: E402

COLORS = {"attn-mlir cascade": "#1f77b4", "attn-mlir cascade concurrent": "#aec7e8",
          "attn-mlir decode": "#9edae5", "flashinfer cascade": "#ff7f0e",
          "flashinfer decode tc=False": "#ffbb78", "flashinfer decode tc=True": "#d62728",
          "attn-mlir cascade graph": "#17becf", "attn-mlir decode graph": "#2ca02c"}


def timed(impls, key):
    """(name, value) of the implementations that measured `key`, in the benchmark's order."""
    return [(n, t[key]) for n, t in impls.items() if isinstance(t, dict) and t.get(key)]


def plot_step(ax, res):
    s = res["step"]
    rows = timed(s["impls"], "median_us")
    names = [n for n, _ in rows]
    us = [v for _, v in rows]
    bars = ax.barh(range(len(rows)), us, color=[COLORS.get(n, "#7f7f7f") for n in names])
    ax.bar_label(bars, labels=[f"{v:.1f} us" for v in us], fontsize=8, padding=3)
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels(names, fontsize=8)
    ax.invert_yaxis()
    ax.set_xscale("log")
    ax.set_xlim(min(us) / 2, max(us) * 4)
    ax.set_xlabel("decode step, median us (log scale)")
    ax.set_title(f"{s['batch']} requests x ({s['shared']} shared + {s['unique']} own) tokens",
                 fontsize=9)


def plot_pargen(ax, res):
    runs = res["pargen"]
    ns = [r["samples"] for r in runs]
    names = []
    for r in runs:
        names += [n for n, _ in timed(r["impls"], "tokens_per_s") if n not in names]
    for n in names:
        pts = [(r["samples"], r["impls"][n]["tokens_per_s"]) for r in runs
               if r["impls"].get(n, {}).get("tokens_per_s")]
        ax.plot([p[0] for p in pts], [p[1] for p in pts], marker="o", label=n,
                color=COLORS.get(n, "#7f7f7f"))
    ax.set_xscale("log", base=2)
    ax.set_xticks(ns)
    ax.set_xticklabels([str(n) for n in ns])
    ax.set_xlabel("samples n of one prompt")
    ax.set_ylabel("tokens/s (attention only)")
    r0 = runs[0]
    ax.set_title(f"parallel generation: {r0['prompt']}-token prompt, {r0['steps']} steps, "
                 f"{r0['layers']} layers", fontsize=9)
    ax.legend(fontsize=7)


def main():
    a, res = plot_args(__doc__)
    out = a.out or os.path.splitext(a.json)[0] + ".png"
    panels = [plot_step] if res.get("step") else []
    if res.get("pargen"):
        panels.append(plot_pargen)
    if not panels:
        raise SystemExit(f"{a.json}: neither a decode step nor parallel generation was timed")
    fig, axes = plt.subplots(1, len(panels), figsize=(6.5 * len(panels), 4.2), squeeze=False)
    for ax, panel in zip(axes[0], panels):
        panel(ax, res)
    p = res["problem"]
    fig.suptitle(f"cascade (shared-prefix) decoding, {p['dtype']} {p['num_qo_heads']}q/"
                 f"{p['num_kv_heads']}kv d{p['head_dim']} page {p['page_size']} - "
                 f"{res['device']}, {res['date'][:10]}", fontsize=10)
    fig.tight_layout()
    fig.savefig(out, dpi=130)
    print(out)


if __name__ == "__main__":
    main()
