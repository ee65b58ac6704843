#!/usr/bin/env python3
"""Draw for draw: the one-CTA sampling kernels of other bundles against a base bundle.

Usage: compare_sampling_bundles.py BASE_BUNDLE NAME=BUNDLE [NAME=BUNDLE ...]

For a change that must not move any token (a different load schedule, a refactoring whose
cubins differ), this is a stronger check than the statistics of check_sampling.py: every
one-CTA sampling kernel that draws (sampling_from_probs / _logits; top-p, top-k and min-p
from probs and from logits; the joint top-k top-p from probs and from logits), f32 and bf16
rows, seven shapes from 1 x 1000 to 512 x 128256 and 33 x 256000 (vocabularies off the vector
width among them), two distributions (softmax of randn * 3 and of randn * 8), random per-row
p, k and min-p, four seeds: each bundle must draw exactly the tokens the base bundle draws.
Exit status 1 on any difference, each printed.
Needs PyTorch, a GPU and $ATTN_RT_LIBRARY.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "python"))
import torch  # noqa: E402

import attn_mlir  # noqa: E402
from attn_mlir import sampling as S  # noqa: E402

SHAPES = [(1, 1000), (3, 4097), (7, 128256), (64, 151936), (130, 32003), (512, 128256),
          (33, 256000)]


def functions(probs, logits, p, k, mp):
    fns = {
        "sampling_from_probs": lambda b, s: S.sampling_from_probs(probs, seed=s, offset=7,
                                                                  bundle=b),
        "sampling_from_logits": lambda b, s: S.sampling_from_logits(logits, seed=s, offset=7,
                                                                    bundle=b),
        "top_p_sampling_from_probs": lambda b, s: S.top_p_sampling_from_probs(
            probs, p, seed=s, offset=7, bundle=b),
        "top_k_sampling_from_probs": lambda b, s: S.top_k_sampling_from_probs(
            probs, k, seed=s, offset=7, bundle=b),
        "min_p_sampling_from_probs": lambda b, s: S.min_p_sampling_from_probs(
            probs, mp, seed=s, offset=7, bundle=b),
        "top_k_top_p_sampling_from_probs": lambda b, s: S.top_k_top_p_sampling_from_probs(
            probs, k, p, seed=s, offset=7, filter_apply_order="joint", bundle=b),
        "top_k_top_p_sampling_from_logits": lambda b, s: S.top_k_top_p_sampling_from_logits(
            logits, k, p, seed=s, offset=7, filter_apply_order="joint", bundle=b),
    }
    # The kernels of one filter over logits, which no public function draws from alone.
    for name, value in (("top_k", k), ("top_p", p), ("min_p", mp)):
        fns[f"{name}_sampling_from_logits"] = (
            lambda b, s, name=name, value=value: S._sample(
                logits, "logits", {name: value}, bundle=b, generator=None, seed=s, offset=7,
                check_nan=False, indices=None))
    return fns


def main(argv):
    if len(argv) < 2 or any("=" not in a for a in argv[1:]):
        print(__doc__, file=sys.stderr)
        return 2
    S.CLUSTER_MAX_BATCH, S.CLUSTER_MAX_BATCH_BY_KIND = 0, {}  # one CTA a row throughout
    base = attn_mlir.Bundle(argv[0])
    others = {name: attn_mlir.Bundle(path) for name, path in (a.split("=", 1) for a in argv[1:])}
    dev = torch.device("cuda")
    print(torch.cuda.get_device_name(), flush=True)
    fails = total = 0
    for si, (batch, vocab) in enumerate(SHAPES):
        for dist, scale in (("randn*3", 3.0), ("randn*8", 8.0)):
            g = torch.Generator(device=dev).manual_seed(si * 31 + int(scale))
            logits32 = torch.randn(batch, vocab, device=dev, generator=g) * scale
            for dtype in (torch.float32, torch.bfloat16):
                logits = logits32.to(dtype)
                probs = torch.softmax(logits32, -1).to(dtype)
                p = (torch.rand(batch, device=dev, generator=g) * 0.5 + 0.49).float()
                k = torch.randint(1, 300, (batch,), device=dev, generator=g, dtype=torch.int32)
                mp = (torch.rand(batch, device=dev, generator=g) * 0.2).float()
                for name, fn in functions(probs, logits, p, k, mp).items():
                    for seed in range(1000, 1004):
                        want = fn(base, seed).clone()
                        for tag, bundle in others.items():
                            total += 1
                            got = fn(bundle, seed)
                            if not torch.equal(want, got):
                                fails += 1
                                print(f"DIFF {tag} {name} {batch}x{vocab} {dist} {dtype} seed "
                                      f"{seed}: {int((want != got).sum())} of {batch} rows",
                                      flush=True)
    print(f"same tokens: {total - fails} / {total} comparisons ({len(others)} bundles against "
          f"the base)", flush=True)
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
