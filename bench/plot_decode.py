#!/usr/bin/env python3
"""Bar chart (PNG) of bench/decode_bench.py results: achieved TB/s per shape and implementation,
with the device-to-device copy bandwidth of the same run as a dashed line.

Usage: plot_decode.py decode_bench.json [-o docs/decode_bench.png]
"""

import os

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from bench_common import plot_args  # noqa: E402

IMPLS = ["attn-mlir", "flashinfer", "sdpa", "gather+sdpa"]
COLORS = {"attn-mlir": "#1f77b4", "flashinfer": "#ff7f0e", "sdpa": "#2ca02c",
          "gather+sdpa": "#98df8a"}


def main():
    a, res = plot_args(__doc__)
    out = a.out or os.path.splitext(a.json)[0] + ".png"
    shapes = [r["shape"] for r in res["shapes"]]
    impls = [i for i in IMPLS if any("tb_per_s" in r["impls"].get(i, {}) for r in res["shapes"])]
    fig, ax = plt.subplots(figsize=(max(8, 1.6 * len(shapes)), 4.5))
    w = 0.8 / max(1, len(impls))
    for j, impl in enumerate(impls):
        xs, ys = [], []
        for i, r in enumerate(res["shapes"]):
            t = r["impls"].get(impl, {})
            if "tb_per_s" in t:
                xs.append(i + (j - (len(impls) - 1) / 2) * w)
                ys.append(t["tb_per_s"])
        bars = ax.bar(xs, ys, w, label=impl, color=COLORS.get(impl))
        ax.bar_label(bars, fmt="%.2f", fontsize=7)
    copy = res["copy"]["tb_per_s"]
    ax.axhline(copy, ls="--", color="gray", lw=1)
    ax.text(len(shapes) - 0.5, copy, f"D2D copy {copy:.2f} TB/s", ha="right", va="bottom",
            fontsize=8, color="gray")
    ax.set_xticks(range(len(shapes)))
    ax.set_xticklabels([s.replace("_", "\n") for s in shapes], fontsize=8)
    ax.set_ylabel("K+V read, TB/s")
    p = res["problem"]
    kvs = res.get("kv_configs", [])   # several: shapes not of p16_nhd read SHAPE@CONFIG
    kv = (", ".join(c["name"] for c in kvs) if len(kvs) > 1
          else f"page {p['page_size']} {p['layout'].upper()}")
    ax.set_title(f"paged decode, {p['dtype']} {p['num_qo_heads']}q/{p['num_kv_heads']}kv "
                 f"d{p['head_dim']} {kv} - {res['device']}, {res['date'][:10]}", fontsize=9)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(out, dpi=130)
    print(out)


if __name__ == "__main__":
    main()
