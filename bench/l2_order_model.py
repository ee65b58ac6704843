#!/usr/bin/env python3
"""A model, not a measurement: how many K/V bytes the prefill kernel's CTAs read from DRAM in
the order the grid dispatches them, with and without L2 sections (kernel_config l2_sections).

The prefill kernel runs one CTA of 128 packed query rows per SM; each CTA reads the 128-key K/V
tiles its rows can see, one after another. This script replays that: `--sms` SMs take CTAs in
the dispatch order (a freed SM takes the next one), a CTA spends `--fixed` tile-times before
its first tile and one tile-time per tile, and every K/V tile read goes through an LRU cache of
`--l2-mib` MiB that also sees each CTA's Q tile and O tile stream past (read and written once).
The work items and their order are the runtime's (lib/Runtime/PrefillScheduler.cpp, unsplit:
one item per Q tile, heaviest first; with sections the plan's head_section and request groups),
the CTA mapping the kernel's (KernelABI.h, head_section). It counts the K/V bytes that miss.

It assumes every tile costs the same and the L2 is one LRU of its full size: real L2s are
split in two partitions and not LRU, so the absolute numbers are optimistic for both orders;
the comparison between the orders is the point. Pure Python, a few seconds a shape.

  python3 bench/l2_order_model.py            # the prefill benchmark's batched shapes
  python3 bench/l2_order_model.py --shapes 16x1024,4x4096 --l2-mib 25 --plan-l2-mib 50
"""

import argparse
import collections
import heapq
import random

TILE_Q = 128
TILE_KV = 128


def items_of(qlens, kvlens, group, causal):
    """The plan's unsplit items: (request, tile, visited KV tiles), in emission order."""
    out = []
    for b, (q, kv) in enumerate(zip(qlens, kvlens)):
        rows = q * group
        offset = kv - q
        for t in range((rows + TILE_Q - 1) // TILE_Q):
            row_end = min((t + 1) * TILE_Q, rows)
            end = kv
            if causal:
                end = max(0, min(kv, (row_end - 1) // group + offset + 1))
            tiles = (end + TILE_KV - 1) // TILE_KV
            out.append((b, t, tiles))
    return out


def plan(qlens, kvlens, hkv, head_dim, group, causal, l2_bytes):
    """(ordered items, head_section) as the runtime plans them; l2_bytes 0: no sections."""
    items = items_of(qlens, kvlens, group, causal)
    groups = [0] * len(qlens)
    section = hkv
    if l2_bytes > 0:
        budget = l2_bytes // 2
        per = [kv * head_dim * 2 * 2 for kv in kvlens]
        live = [b for b in range(len(qlens)) if qlens[b] > 0]
        total = sum(per[b] for b in live)
        if total <= budget:
            section = max(1, min(hkv, budget // max(total, 1)))
        else:
            section, g, used = 1, -1, 0
            for b in range(len(qlens)):
                if qlens[b] > 0 and (g < 0 or used + per[b] > budget):
                    g, used = g + 1, 0
                used += per[b] if qlens[b] > 0 else 0
                groups[b] = max(g, 0)
    order = sorted(range(len(items)), key=lambda i: (groups[items[i][0]], -items[i][2], i))
    return [items[i] for i in order], section


def ctas(items, hkv, section):
    """(KV head, item) of every CTA in dispatch order (L = y * Hkv + x), per KernelABI.h."""
    n = len(items)
    out = []
    for linear in range(hkv * n):
        s = section
        per = s * n
        idx = linear // per
        off = linear - idx * per
        first = idx * s
        width = min(s, hkv - first)
        out.append((first + off % width, off // width))
    return out


def simulate(items, order, sms, fixed, l2_bytes, tile_bytes, qo_bytes):
    """K/V bytes that miss an LRU of l2_bytes when `sms` SMs run the CTAs of `order`."""
    cache = collections.OrderedDict()
    used = 0
    missed = 0
    scratch = [0]

    def touch(key, size):
        nonlocal used, missed
        if key in cache:
            cache.move_to_end(key)
            return True
        cache[key] = size
        used += size
        while used > l2_bytes:
            _, s = cache.popitem(last=False)
            used -= s
        return False

    def stream(size):  # Q read / O write: passes through once, evicting
        scratch[0] += 1
        touch(("qo", scratch[0]), size)

    events = []  # (time, sm, cta index, next tile)
    nxt = 0
    for sm in range(min(sms, len(order))):
        heapq.heappush(events, (fixed, sm, nxt, 0))
        stream(qo_bytes)
        nxt += 1
    while events:
        t, sm, c, k = heapq.heappop(events)
        head, item = order[c]
        b, _, tiles = items[item]
        if k < tiles:
            if not touch((b, head, k), tile_bytes):
                missed += tile_bytes
            heapq.heappush(events, (t + 1.0, sm, c, k + 1))
            continue
        stream(qo_bytes)  # the O tile
        if nxt < len(order):
            heapq.heappush(events, (t + fixed, sm, nxt, 0))
            stream(qo_bytes)
            nxt += 1
    return missed


SHAPES = {
    # name: (qlens, kvlens, Hq, Hkv, head_dim, causal)
    "16x1024": ([1024] * 16, [1024] * 16, 32, 32, 128, True),
    "4x4096": ([4096] * 4, [4096] * 4, 32, 32, 128, True),
    "1x16384": ([16384], [16384], 32, 32, 128, True),
    "full1x16384": ([16384], [16384], 32, 32, 128, False),
    "document": ([4096, 1024, 2048, 512, 3072, 256, 5376],) * 2 + (32, 32, 128, True),
    "append": ([128] * 32, [4224] * 32, 32, 8, 128, True),
}


def ragged16(seed):
    """16 lengths in [512, 2048] (the benchmark draws its own with torch; these are alike)."""
    rng = random.Random(seed)
    lens = [rng.randint(512, 2048) for _ in range(16)]
    return (lens, lens, 32, 8, 128, True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shapes", default="16x1024,4x4096,1x16384,full1x16384,document,append,ragged16")
    ap.add_argument("--sms", type=int, default=132)
    ap.add_argument("--l2-mib", type=float, default=50.0, help="the L2 the LRU models")
    ap.add_argument("--plan-l2-mib", type=float, default=None,
                    help="the L2 the plan sizes its sections for (default: --l2-mib; the "
                    "runtime reads the device's, 50 MiB on the H100 and H200)")
    ap.add_argument("--fixed", type=float, default=1.0, help="tile-times before a CTA's first tile")
    args = ap.parse_args()
    l2 = int(args.l2_mib * (1 << 20))
    plan_l2 = int((args.plan_l2_mib if args.plan_l2_mib is not None else args.l2_mib) * (1 << 20))
    print("| shape | K/V read once | DRAM K/V, plain order | with L2 sections (S) | ratio |")
    print("|---|---:|---:|---:|---:|")
    for name in args.shapes.split(","):
        qlens, kvlens, hq, hkv, d, causal = ragged16(0) if name == "ragged16" else SHAPES[name]
        group = hq // hkv
        tile_bytes = TILE_KV * d * 2 * 2
        qo_bytes = TILE_Q * d * 2
        unique = sum(kv * d * 2 * 2 for kv in kvlens) * hkv
        res = []
        for l2_plan in (0, plan_l2):
            items, section = plan(qlens, kvlens, hkv, d, group, causal, l2_plan)
            order = ctas(items, hkv, section)
            res.append((simulate(items, order, args.sms, args.fixed, l2, tile_bytes, qo_bytes),
                        section))
        (plain, _), (sect, s) = res
        print(f"| {name} | {unique / 1e9:.2f} GB | {plain / 1e9:.2f} GB | {sect / 1e9:.2f} GB "
              f"({s}) | {plain / max(sect, 1):.1f}x |")


if __name__ == "__main__":
    main()
