#!/usr/bin/env python3
"""How evenly the persistent prefill kernel's static schedule spreads one batch over its CTAs.

A model of two pieces of the project, for one square batch (B requests of L tokens, MHA):
  - the runtime's plan (lib/Runtime/PrefillScheduler.cpp): one item per Q tile, the heaviest
    first; with L2 sections, head_section S = clamp(budget / T, 1, Hkv), budget = L2 / 2,
    T = the K/V bytes of one KV head over the batch;
  - the kernel's order and assignment (lib/Dialect/Attn/Transforms/TilePrefill.cpp,
    sectionPair and pairOf): pair `linear` = (section, item, head in section), sections of S
    heads; CTA c of G takes pair j * G + (j odd ? G - 1 - c : c) in round j.
An item costs its KV tiles (the causal mask's visible keys, rounded out to tile_kv). The
kernel's time follows its busiest CTA, so max / mean CTA load is the slowdown against a
perfectly even spread. A greedy dynamic assignment (each pair to the CTA that frees first, as
an atomic work counter would do) is printed for comparison.

On an H100 (132 SMs, 50 MB L2), head_dim 64, causal 1x16384, 192 x 128 tiles: S = 6 and the
model gives 1.36, the ratio ncu measured between the busiest SM's active cycles and the mean
(4.98M / 3.67M; bench/results/2026-12-06-h100-d64). The runtime's plan does the static walk
itself, in C++, to pick head_section unless ATTN_RT_BALANCE_SECTIONS=0 (PrefillScheduler.cpp,
step 8); this script also sweeps every head_section and shows the dynamic assignment.

Usage: persistent_balance.py [--batch 1] [--seq 16384] [--heads 32] [--head-dim 64]
                             [--tile-q 192] [--tile-kv 128] [--sms 132] [--l2-mb 50 (MiB)]
                             [--full] [--sections 1,2,...]
"""
import argparse
import heapq
import math


def item_costs(batch, seq, tile_q, tile_kv, causal):
    costs = []
    for _ in range(batch):
        for t in range(math.ceil(seq / tile_q)):
            visible = min(seq, (t + 1) * tile_q) if causal else seq
            costs.append(math.ceil(visible / tile_kv))
    return sorted(costs, reverse=True)


def pair_costs(costs, heads, section):
    """Costs in the kernel's pair order: sections of `section` KV heads, heads fastest."""
    n = len(costs)
    out = []
    for linear in range(n * heads):
        per = section * n
        index = linear // per
        offset = linear - index * per
        width = min(section, heads - index * section)
        out.append(costs[offset // width])
    return out


def static_loads(pairs, ctas):
    loads = [0] * ctas
    for j in range(math.ceil(len(pairs) / ctas)):
        for c in range(ctas):
            u = j * ctas + (ctas - 1 - c if j % 2 else c)
            if u < len(pairs):
                loads[c] += pairs[u]
    return loads


def dynamic_loads(pairs, ctas):
    heap = [(0, c) for c in range(ctas)]
    for cost in pairs:
        t, c = heapq.heappop(heap)
        heapq.heappush(heap, (t + cost, c))
    return [t for t, _ in heap]


def spread(loads):
    return max(loads) / (sum(loads) / len(loads))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--batch", type=int, default=1)
    ap.add_argument("--seq", type=int, default=16384)
    ap.add_argument("--heads", type=int, default=32, help="KV heads (MHA)")
    ap.add_argument("--head-dim", type=int, default=64)
    ap.add_argument("--tile-q", type=int, default=192)
    ap.add_argument("--tile-kv", type=int, default=128)
    ap.add_argument("--sms", type=int, default=132)
    ap.add_argument("--l2-mb", type=float, default=50.0, help="L2 in MiB")
    ap.add_argument("--kv-bytes", type=int, default=2, help="bytes of a K/V element")
    ap.add_argument("--full", action="store_true", help="no causal mask")
    ap.add_argument("--sections", default="", help="comma list of head_section values to model "
                    "(default: the plan's, and 1 .. heads)")
    a = ap.parse_args()
    costs = item_costs(a.batch, a.seq, a.tile_q, a.tile_kv, not a.full)
    per_head = a.batch * a.seq * a.head_dim * 2 * a.kv_bytes
    budget = int(a.l2_mb * (1 << 20)) // 2
    planned = max(1, min(a.heads, budget // per_head)) if per_head <= budget else 1
    sections = ([int(s) for s in a.sections.split(",")] if a.sections
                else sorted(set([planned] + list(range(1, a.heads + 1)))))
    print(f"{len(costs)} items x {a.heads} KV heads over {a.sms} CTAs; the plan's head_section "
          f"{planned} (K/V {per_head / (1 << 20):.1f} MiB a head, budget {budget / (1 << 20):.1f} MiB)")
    print("head_section  static max/mean  dynamic max/mean")
    for s in sections:
        pairs = pair_costs(costs, a.heads, s)
        mark = "  <- plan" if s == planned else ""
        print(f"{s:12d}  {spread(static_loads(pairs, a.sms)):15.3f}  "
              f"{spread(dynamic_loads(pairs, a.sms)):16.3f}{mark}")


if __name__ == "__main__":
    main()
