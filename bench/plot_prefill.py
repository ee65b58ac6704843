#!/usr/bin/env python3
"""Bar chart (PNG) of bench/prefill_bench.py results: TFLOP/s per shape and implementation.

Usage: plot_prefill.py prefill_bench.json [-o docs/prefill_tflops.png]
"""

import os

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from bench_common import plot_args  # noqa: E402

IMPLS = ["attn-mlir", "attn-mlir[paged16]", "attn-mlir[wgmma]", "attn-mlir[wgmma-paged16]",
         "attn-mlir[ws]", "attn-mlir[ws-paged16]", "attn-mlir[wsp]", "attn-mlir[wsp-paged16]",
         "attn-mlir[wso]", "attn-mlir[wso-paged16]",
         "flashinfer-fa2", "flashinfer-fa2[paged16]",
         "flashinfer-fa3", "sdpa-flash", "sdpa-cudnn", "flex"]
COLORS = {"attn-mlir": "#1f77b4", "attn-mlir[paged16]": "#6baed6", "attn-mlir[wgmma]": "#17becf",
          "attn-mlir[wgmma-paged16]": "#9edae5", "attn-mlir[ws]": "#e377c2",
          "attn-mlir[ws-paged16]": "#f7b6d2", "attn-mlir[wsp]": "#bcbd22",
          "attn-mlir[wsp-paged16]": "#dbdb8d", "attn-mlir[wso]": "#d62728",
          "attn-mlir[wso-paged16]": "#ff9896", "flashinfer-fa2": "#ff7f0e",
          "flashinfer-fa2[paged16]": "#fdae6b", "flashinfer-fa3": "#8c564b",
          "sdpa-flash": "#2ca02c", "sdpa-cudnn": "#98df8a", "flex": "#9467bd"}


def main():
    a, res = plot_args(__doc__)
    out = a.out or os.path.join(os.path.dirname(a.json) or ".", "prefill_tflops.png")
    rows = res["shapes"]
    impls = [i for i in IMPLS if any("tflops" in r["impls"].get(i, {}) for r in rows)]
    fig, ax = plt.subplots(figsize=(min(22, max(10, 1.2 * len(rows))), 5.5))
    w = 0.8 / max(1, len(impls))
    for j, impl in enumerate(impls):
        xs, ys = [], []
        for i, r in enumerate(rows):
            t = r["impls"].get(impl, {})
            if "tflops" in t:
                xs.append(i + (j - (len(impls) - 1) / 2) * w)
                ys.append(t["tflops"])
        bars = ax.bar(xs, ys, w, label=impl, color=COLORS.get(impl))
        ax.bar_label(bars, fmt="%.0f", fontsize=6, rotation=90, padding=2)
    ax.set_xticks(range(len(rows)))
    ax.set_xticklabels([f"{r['name']}\n{r['num_qo_heads']}/{r['num_kv_heads']} d{r['head_dim']}"
                        for r in rows], fontsize=7, rotation=30, ha="right")
    ax.set_ylabel("TFLOP/s")
    ax.margins(y=0.12)
    ax.set_title(f"prefill / append, bf16 - {res['device']}, {res['date'][:10]}, "
                 f"torch {res['torch']}", fontsize=9)
    ax.legend(fontsize=7, ncol=min(4, max(1, len(impls))))
    fig.tight_layout()
    fig.savefig(out, dpi=130)
    print(out)


if __name__ == "__main__":
    main()
