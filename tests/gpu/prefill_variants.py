"""The prefill / append variants checked on the GPU, and the attn IR that describes each.

One list shared by scripts/gen_prefill_variants.py (writes the .mlir that attn-compile turns
into ARTDIR/bundles/<name>/), tests/gpu/check_prefill.py and bench/prefill_bench.py, so the
names agree. A covering set, not the full product: bf16/f16, head_dim 64/128, GQA group 1
(32/32), 4 (32/8), 8 (32/4) and MQA (32/1), ragged and paged KV (page 1/16/64, NHD/HND), masks
none / causal / causal + sliding window 1024, soft-cap 30 and lse on/off each appear several
times, alone and combined; fused llama RoPE (full and partial rotary_dim, theta 500000) and
ALiBi (the standard slopes of the `alibi` attribute) a few times, alone, with soft-cap and
with a window. head_dim 256 variants are marked `experimental`: the check reports them
separately and their failure does not fail the run. The device-operand variants: custom masks
(`custom_mask` / `mask_indptr`), block-sparse masks (`block_indptr` / `block_indices`, BSR
blocks [R, C]), ALiBi with given slopes (`alibi_slopes`) and RoPE with per-request position
offsets (`rope_offsets`).

The op is attn.attention without max_qo_len (docs/PREFILL_ABI.md): ragged query rows per
request, masks aligned bottom-right so one op serves prefill and append.
"""

import os
import sys
from dataclasses import asdict, dataclass

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "python"))
from attn_mlir import _irgen  # noqa: E402
from variants_common import AttentionShape  # noqa: E402

WINDOW_LEFT = 1024
MASKS = ("none", "causal", "custom", "block_sparse")
SOFT_CAP = 30.0
ROPE_THETA = 500000.0              # Llama 3's base, for every RoPE variant


@dataclass(frozen=True)
class Variant(AttentionShape):
    kv_format: str                 # "ragged" | "paged"
    page_size: int = 0             # paged only
    layout: str = "nhd"            # paged only: "nhd" | "hnd" (ragged K/V are [tokens, Hkv, D])
    mask: str = "causal"           # "none" | "causal" | "custom" | "block_sparse"
    window_left: int = -1          # -1 = no sliding window (only with mask "causal" here)
    block: tuple = ()              # block_sparse only: the BSR block (R, C)
    soft_cap: float = 0.0          # logits_soft_cap; 0 = none
    lse: bool = True               # the op writes lse
    rope: int = 0                  # llama RoPE on the first `rope` features (rotary_dim;
                                   # True = head_dim), theta ROPE_THETA; 0 / False = none
    alibi: bool = False            # `alibi`: s_ij += 2^(-8 (h + 1) / Hq) * (j - pos_i)
    alibi_slopes: bool = False     # the slopes are the `alibi_slopes` operand (implies alibi)
    rope_offsets: bool = False     # the `rope_offsets` operand shifts each request's positions
    experimental: bool = False     # reported separately; failure does not fail the check
    quick: bool = False            # in the compute-sanitizer subset
    bench: bool = False            # timed by bench/prefill_bench.py

    def __post_init__(self):
        if self.rope is True:
            object.__setattr__(self, "rope", self.head_dim)
        object.__setattr__(self, "rope", int(self.rope))
        object.__setattr__(self, "block", tuple(self.block))
        if self.alibi_slopes:
            object.__setattr__(self, "alibi", True)
        if self.dtype not in ("bf16", "f16"):
            raise ValueError(f"dtype must be bf16 or f16, got {self.dtype!r}")
        if self.kv_format not in ("ragged", "paged"):
            raise ValueError(f"kv_format must be ragged or paged, got {self.kv_format!r}")
        if (self.kv_format == "paged") != (self.page_size > 0):
            raise ValueError(f"page_size ({self.page_size}) is for paged variants only")
        if self.layout not in ("nhd", "hnd"):
            raise ValueError(f"layout must be nhd or hnd, got {self.layout!r}")
        if self.mask not in MASKS:
            raise ValueError(f"mask must be one of {', '.join(MASKS)}, got {self.mask!r}")
        if self.window_left >= 0 and self.mask not in ("none", "causal"):
            raise ValueError(f"window_left is for masks none and causal, got {self.mask!r}")
        if (self.mask == "block_sparse") != bool(self.block):
            raise ValueError(f"block (R, C) is required exactly for mask block_sparse, got "
                             f"mask {self.mask!r} and block {self.block}")
        if self.block and not (len(self.block) == 2 and all(
                isinstance(x, int) and x > 0 for x in self.block)):
            raise ValueError(f"block must be two positive integers (R, C), got {self.block}")
        if self.rope_offsets and not self.rope:
            raise ValueError("rope_offsets needs rope")
        if self.num_qo_heads % self.num_kv_heads:
            raise ValueError(f"num_qo_heads ({self.num_qo_heads}) must be a multiple of "
                             f"num_kv_heads ({self.num_kv_heads})")
        if self.rope and not (0 < self.rope <= self.head_dim and self.rope % 2 == 0):
            raise ValueError(f"rope rotary_dim ({self.rope}) must be even and in "
                             f"(0, head_dim ({self.head_dim})]")
        if (self.alibi and not self.alibi_slopes and
                self.num_qo_heads & (self.num_qo_heads - 1)):
            raise ValueError(f"alibi (standard slopes) needs a power-of-two num_qo_heads, got "
                             f"{self.num_qo_heads}")

    @property
    def name(self):
        n = f"{self.dtype}_q{self.num_qo_heads}kv{self.num_kv_heads}_d{self.head_dim}"
        n += "_ragged" if self.kv_format == "ragged" else f"_p{self.page_size}_{self.layout}"
        n += f"_bsr{self.block[0]}x{self.block[1]}" if self.block else f"_{self.mask}"
        if self.window_left >= 0:
            n += f"_win{self.window_left}"
        if self.soft_cap:
            n += f"_cap{self.soft_cap:g}"
        if self.rope:
            n += "_rope" if self.rope == self.head_dim else f"_rope{self.rope}"
            if self.rope_offsets:
                n += "_offsets"
        if self.alibi:
            n += "_alibi_slopes" if self.alibi_slopes else "_alibi"
        if self.lse:
            n += "_lse"
        return n

    @property
    def paged(self):
        return self.kv_format == "paged"

    @property
    def causal(self):
        return self.mask == "causal"

    @property
    def custom(self):
        return self.mask == "custom"

    @property
    def block_sparse(self):
        return self.mask == "block_sparse"

    @property
    def block_rows(self):
        return self.block[0] if self.block else 0

    @property
    def block_cols(self):
        return self.block[1] if self.block else 0

    @property
    def operands(self):
        """The optional device operands of the variant's kernel, in the op's order."""
        names = []
        if self.custom:
            names += ["custom_mask", "mask_indptr"]
        if self.block_sparse:
            names += ["block_indptr", "block_indices"]
        if self.alibi_slopes:
            names.append("alibi_slopes")
        if self.rope_offsets:
            names.append("rope_offsets")
        return names

    @property
    def sm_scale(self):
        return self.head_dim ** -0.5

    @property
    def rotary_dim(self):
        return self.rope

    @property
    def rope_theta(self):
        return ROPE_THETA if self.rope else None

    def to_json(self):
        d = asdict(self)
        d["name"] = self.name
        d["rope_theta"] = self.rope_theta
        d["block"] = list(self.block)
        return d

    def mlir(self):
        return to_mlir(self)


def _r(dtype, hq, hkv, d, **kw):
    return Variant(dtype, hq, hkv, d, "ragged", **kw)


def _p(dtype, hq, hkv, d, page, layout, **kw):
    return Variant(dtype, hq, hkv, d, "paged", page_size=page, layout=layout, **kw)


W, C = WINDOW_LEFT, SOFT_CAP
VARIANTS = [
    # -- ragged KV --------------------------------------------------------------------------
    # The benchmark's problems: 32 heads d128 (MHA) causal and not; GQA 32/8 causal; d64 MHA;
    # a sliding window of 1024; the soft-cap. Without lse, as the peers' default.
    _r("bf16", 32, 32, 128, lse=False, bench=True),
    _r("bf16", 32, 32, 128, mask="none", lse=False, bench=True),
    _r("bf16", 32, 8, 128, lse=False, bench=True),
    _r("bf16", 32, 32, 64, lse=False, bench=True),
    _r("bf16", 32, 32, 64, mask="none", lse=False, bench=True),
    _r("bf16", 32, 32, 128, window_left=W, lse=False, bench=True),
    _r("bf16", 32, 32, 128, soft_cap=C, lse=False, bench=True),
    # GQA 4 and 8, MQA; f16; lse.
    _r("bf16", 32, 8, 128, quick=True),
    _r("f16", 32, 8, 128),
    _r("bf16", 32, 4, 128, mask="none"),
    _r("bf16", 32, 1, 128),
    _r("f16", 32, 32, 64, mask="none"),
    # soft-cap, window, combined
    _r("f16", 32, 8, 64, soft_cap=C),
    _r("f16", 32, 4, 64, window_left=W, quick=True),
    _r("bf16", 32, 8, 128, window_left=W, soft_cap=C),
    _r("f16", 32, 1, 64, mask="none", soft_cap=C, lse=False),
    # -- paged KV ---------------------------------------------------------------------------
    # The benchmark's append and batched-prefill problem: GQA 32/8, page 16, NHD.
    _p("bf16", 32, 8, 128, 16, "nhd", lse=False, bench=True),
    # The batched prefill on 64-key pages (a page is a whole TMA box of a 64-key tile).
    _p("bf16", 32, 8, 128, 64, "nhd", lse=False, bench=True),
    _p("bf16", 32, 8, 128, 16, "nhd", quick=True),
    _p("f16", 32, 8, 128, 16, "hnd"),
    _p("bf16", 32, 32, 128, 16, "nhd", mask="none"),
    # The shared levels of cascade attention (tests/gpu/check_cascade.py, bench/cascade_bench.py).
    _p("bf16", 32, 8, 128, 16, "nhd", mask="none"),
    _p("bf16", 32, 4, 128, 64, "nhd"),
    _p("f16", 32, 1, 128, 1, "hnd"),
    _p("bf16", 32, 8, 64, 1, "nhd", mask="none", lse=False),
    _p("bf16", 32, 8, 128, 64, "hnd", window_left=W),
    _p("f16", 32, 32, 64, 16, "hnd", soft_cap=C),
    _p("bf16", 32, 4, 128, 16, "nhd", window_left=W, soft_cap=C, quick=True),
    _p("bf16", 32, 8, 64, 16, "nhd", window_left=W, lse=False),
    # -- fused RoPE and ALiBi ----------------------------------------------------------------
    _p("bf16", 32, 8, 128, 16, "nhd", rope=True, quick=True),
    _r("f16", 32, 32, 64, rope=32, lse=False),                    # partial rotary_dim
    _r("bf16", 32, 8, 128, alibi=True, quick=True),
    _r("bf16", 32, 32, 64, mask="none", alibi=True, soft_cap=C, lse=False),
    _p("bf16", 32, 4, 128, 16, "hnd", window_left=W, rope=True, alibi=True),
    # -- device operands: custom and block-sparse masks, ALiBi slopes, RoPE offsets ----------
    _r("bf16", 32, 8, 128, mask="custom"),
    _p("f16", 32, 8, 64, 16, "nhd", mask="custom", quick=True),
    _r("bf16", 32, 8, 128, mask="block_sparse", block=(64, 64)),
    _p("bf16", 32, 1, 128, 16, "nhd", mask="block_sparse", block=(128, 64), quick=True),
    _r("bf16", 32, 8, 128, alibi_slopes=True),
    _r("bf16", 32, 8, 128, rope=True, rope_offsets=True),
    # -- head_dim 256 (experimental) ---------------------------------------------------------
    _r("bf16", 32, 8, 256, experimental=True),
    _p("f16", 32, 4, 256, 16, "nhd", experimental=True),
]

BY_NAME = {v.name: v for v in VARIANTS}
assert len(BY_NAME) == len(VARIANTS), "variant names must be unique"


def find(*, dtype="bf16", num_qo_heads=32, num_kv_heads, head_dim=128, kv_format,
         page_size=0, layout="nhd", mask="causal", window_left=-1, soft_cap=0.0, lse=False,
         rope=0, alibi=False, block=(), alibi_slopes=False, rope_offsets=False):
    """The variant with exactly these fields (the benchmark's look-up); KeyError if none."""
    want = Variant(dtype, num_qo_heads, num_kv_heads, head_dim, kv_format, page_size=page_size,
                   layout=layout, mask=mask, window_left=window_left, soft_cap=soft_cap,
                   lse=lse, rope=rope, alibi=alibi, block=block, alibi_slopes=alibi_slopes,
                   rope_offsets=rope_offsets)
    if want.name not in BY_NAME:
        raise KeyError(f"no prefill variant {want.name}")
    return BY_NAME[want.name]


def bench_variants():
    return [v for v in VARIANTS if v.bench]


def to_mlir(v):
    """The attn IR of one variant (attn_mlir._irgen.prefill_ir): attn.ragged_kv or
    attn.paged_kv + a prefill attn.attention, lse an extra output when v.lse, the optional
    operands (v.operands) in the op's order."""
    return _irgen.prefill_ir(
        "prefill_" + v.name, dtype=v.dtype, num_qo_heads=v.num_qo_heads,
        num_kv_heads=v.num_kv_heads, head_dim=v.head_dim,
        page_size=v.page_size if v.paged else None, layout=v.layout, mask=v.mask,
        window_left=v.window_left, block=v.block, soft_cap=v.soft_cap, lse=v.lse,
        rotary_dim=v.rope, rope_theta=ROPE_THETA, alibi=v.alibi, operands=v.operands,
        comment=f"attn prefill variant {v.name} (generated by scripts/gen_prefill_variants.py)")
