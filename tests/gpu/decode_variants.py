"""The paged-decode variants checked on the GPU, and the attn IR that describes each.

One list shared by scripts/gen_decode_variants.py (writes the .mlir that attn-compile turns
into ARTDIR/bundles/<name>/), tests/gpu/check_decode.py and bench/decode_bench.py, so the
names agree. A covering set, not the full product: every GQA ratio (1, 4, 8, MQA), head_dim
64/128/256, bf16/f16, page 1/16/64, NHD/HND and soft-cap / sliding window / llama RoPE / lse
each appear several times, alone and combined.
"""

import os
import sys
from dataclasses import asdict, dataclass
from typing import Optional

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "python"))
from attn_mlir import _irgen  # noqa: E402
from variants_common import AttentionShape  # noqa: E402

ROPE_THETA = 10000.0
WINDOW_LEFT = 255
SOFT_CAP = 30.0


@dataclass(frozen=True)
class Variant(AttentionShape):
    page_size: int
    layout: str                    # "nhd" | "hnd"
    soft_cap: float = 0.0          # logits_soft_cap; 0 = none
    window_left: int = -1          # -1 = no sliding window
    rope: bool = False             # #attn.rope<llama, rotary_dim = head_dim, theta = 1e4>
    lse: bool = True               # the op writes lse
    sm_scale: Optional[float] = None  # None = 1/sqrt(head_dim)
    heads_per_thread: int = 0      # 0 = attn-plan's choice; else an explicit kernel_config
    quick: bool = False            # in the compute-sanitizer subset
    bench: bool = False            # timed by bench/decode_bench.py (bench_variants())

    @property
    def name(self):
        n = (f"{self.dtype}_q{self.num_qo_heads}kv{self.num_kv_heads}_d{self.head_dim}"
             f"_p{self.page_size}_{self.layout}")
        if self.soft_cap:
            n += f"_cap{self.soft_cap:g}"
        if self.window_left >= 0:
            n += f"_win{self.window_left}"
        if self.rope:
            n += "_rope"
        if self.sm_scale is not None:
            n += f"_scale{self.sm_scale:g}".replace(".", "p")
        if self.lse:
            n += "_lse"
        if self.heads_per_thread:
            n += f"_h{self.heads_per_thread}"
        return n

    @property
    def effective_sm_scale(self):
        return self.sm_scale if self.sm_scale is not None else self.head_dim ** -0.5

    def to_json(self):
        d = asdict(self)
        d["name"] = self.name
        return d


def _v(dtype, hq, hkv, d, p, layout, **kw):
    return Variant(dtype, hq, hkv, d, p, layout, **kw)


C, W, R = SOFT_CAP, WINDOW_LEFT, True
VARIANTS = [
    # Llama-3-8B shape, the benchmark variant (no lse, as FlashInfer's default run) and with lse.
    _v("bf16", 32, 8, 128, 16, "nhd", lse=False, bench=True),
    _v("bf16", 32, 8, 128, 16, "nhd", quick=True),
    _v("f16", 32, 8, 128, 16, "nhd"),
    # The benchmark's problem on its other page sizes and layouts (decode_bench.py --kv-configs).
    _v("bf16", 32, 8, 128, 1, "nhd", lse=False, bench=True),
    _v("bf16", 32, 8, 128, 64, "nhd", lse=False, bench=True),
    _v("bf16", 32, 8, 128, 16, "hnd", lse=False, bench=True),
    _v("bf16", 32, 8, 128, 1, "hnd", lse=False, bench=True),
    _v("bf16", 32, 8, 128, 64, "hnd", lse=False, bench=True),
    # GQA ratios 1, 4, MQA (8/1, 32/1).
    _v("bf16", 32, 32, 128, 16, "nhd"),
    _v("bf16", 32, 4, 128, 16, "hnd"),
    _v("bf16", 32, 1, 128, 16, "nhd"),
    _v("f16", 8, 1, 64, 1, "nhd", quick=True),
    # head_dim 64 / 256, page sizes 1 / 64, HND.
    _v("bf16", 32, 8, 64, 64, "hnd", lse=False),
    _v("bf16", 32, 8, 256, 16, "nhd"),
    _v("f16", 32, 4, 256, 64, "hnd"),
    _v("bf16", 32, 8, 128, 1, "hnd"),
    _v("bf16", 32, 8, 128, 64, "nhd"),
    _v("f16", 32, 8, 128, 16, "hnd", lse=False),
    # soft-cap
    _v("bf16", 32, 8, 128, 16, "nhd", soft_cap=C),
    _v("f16", 32, 4, 64, 16, "hnd", soft_cap=C),
    _v("bf16", 8, 1, 128, 16, "hnd", soft_cap=C),
    # sliding window
    _v("bf16", 32, 8, 128, 16, "nhd", window_left=W, quick=True),
    _v("f16", 32, 32, 128, 64, "hnd", window_left=W),
    _v("bf16", 32, 1, 64, 1, "nhd", window_left=W),
    # RoPE (llama, fused on q and k)
    _v("bf16", 32, 8, 128, 16, "nhd", rope=R),
    _v("f16", 32, 8, 64, 16, "hnd", rope=R),
    _v("bf16", 32, 4, 256, 16, "nhd", rope=R),
    _v("f16", 32, 1, 128, 16, "hnd", rope=R, lse=False),
    # combinations
    _v("bf16", 32, 8, 128, 16, "nhd", soft_cap=C, window_left=W, rope=R, quick=True),
    _v("f16", 8, 1, 256, 64, "nhd", soft_cap=C, window_left=W, rope=R),
    _v("bf16", 32, 32, 64, 1, "hnd", soft_cap=C, lse=False),
    # an explicit logit scale (compiled into the kernel)
    _v("bf16", 32, 8, 128, 16, "nhd", sm_scale=0.0625),
    # several query heads per thread (kernel_config heads_per_thread)
    _v("bf16", 32, 8, 128, 16, "nhd", heads_per_thread=4, quick=True),
    _v("f16", 32, 4, 64, 16, "hnd", rope=R, heads_per_thread=4),
    _v("bf16", 32, 8, 128, 64, "nhd", soft_cap=C, window_left=W, heads_per_thread=2, lse=False),
]


def kernel_config(v):
    """The decode #attn.kernel_config attn-plan would pick, with v.heads_per_thread heads a thread
    (mirrors lib/Dialect/Attn/Transforms/Heuristics.cpp: 16-byte vectors, >= 128 threads, about
    8 KiB of K and V per stage, 2 stages)."""
    vec = 16 // 2
    bdx = v.head_dim // vec
    bdy = v.group // v.heads_per_thread
    per_slice = bdx * bdy
    threads = max(128, per_slice)
    bdz = threads // per_slice
    groups = bdy * bdz
    wanted = max(1, 8192 // (2 * v.head_dim * 2))
    tile = groups * -(-wanted // groups)
    return (f"#attn.kernel_config<strategy = decode, sm = 90, threads = {threads}, "
            f"tile_q = {v.group}, tile_kv = {tile}, stages = 2, split_kv = true, vec = {vec}, "
            f"heads_per_thread = {v.heads_per_thread}>")

BY_NAME = {v.name: v for v in VARIANTS}
assert len(BY_NAME) == len(VARIANTS), "variant names must be unique"


def bench_variants():
    """The variants bench/decode_bench.py times: its problem on each page size and layout it
    offers (--kv-configs), the first (page 16, NHD) its default."""
    return [v for v in VARIANTS if v.bench]


def bench_variant():
    """The benchmark's default variant (page 16, NHD)."""
    return bench_variants()[0]


def to_mlir(v):
    """The attn IR of one variant: attn.paged_kv + a decode attn.attention (max_qo_len = 1)."""
    return _irgen.decode_ir(
        "decode_" + v.name, dtype=v.dtype, num_qo_heads=v.num_qo_heads,
        num_kv_heads=v.num_kv_heads, head_dim=v.head_dim, page_size=v.page_size,
        layout=v.layout, soft_cap=v.soft_cap, window_left=v.window_left,
        rotary_dim=v.head_dim if v.rope else 0, rope_theta=ROPE_THETA, lse=v.lse,
        sm_scale=v.sm_scale, kernel_config=kernel_config(v) if v.heads_per_thread else None,
        comment=f"attn decode variant {v.name} (generated by scripts/gen_decode_variants.py)")
