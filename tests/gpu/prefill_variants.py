"""The prefill / append variants checked on the GPU, and the attn IR that describes each.

One list shared by scripts/gen_prefill_variants.py (writes the .mlir that attn-compile turns
into ARTDIR/bundles/<name>/), tests/gpu/check_prefill.py and bench/prefill_bench.py, so the
names agree. A covering set, not the full product: bf16/f16, head_dim 64/128, GQA group 1
(32/32), 4 (32/8), 8 (32/4) and MQA (32/1), ragged and paged KV (page 1/16/64, NHD/HND), masks
none / causal / causal + sliding window 1024, soft-cap 30 and lse on/off each appear several
times, alone and combined; fused llama RoPE (full and partial rotary_dim, theta 500000) and
ALiBi (the standard slopes of the `alibi` attribute) a few times, alone, with soft-cap and
with a window. head_dim 256 variants are marked `experimental`: the check reports them
separately and their failure does not fail the run.

The op is attn.attention without max_qo_len (docs/PREFILL_ABI.md): ragged query rows per
request, masks aligned bottom-right so one op serves prefill and append.
"""

from dataclasses import asdict, dataclass

WINDOW_LEFT = 1024
SOFT_CAP = 30.0
ROPE_THETA = 500000.0              # Llama 3's base, for every RoPE variant


@dataclass(frozen=True)
class Variant:
    dtype: str                     # "bf16" | "f16" (q, o, k, v)
    num_qo_heads: int
    num_kv_heads: int
    head_dim: int
    kv_format: str                 # "ragged" | "paged"
    page_size: int = 0             # paged only
    layout: str = "nhd"            # paged only: "nhd" | "hnd" (ragged K/V are [tokens, Hkv, D])
    mask: str = "causal"           # "none" | "causal"
    window_left: int = -1          # -1 = no sliding window (only with mask "causal" here)
    soft_cap: float = 0.0          # logits_soft_cap; 0 = none
    lse: bool = True               # the op writes lse
    rope: int = 0                  # llama RoPE on the first `rope` features (rotary_dim;
                                   # True = head_dim), theta ROPE_THETA; 0 / False = none
    alibi: bool = False            # `alibi`: s_ij += 2^(-8 (h + 1) / Hq) * (j - pos_i)
    experimental: bool = False     # reported separately; failure does not fail the check
    quick: bool = False            # in the compute-sanitizer subset
    bench: bool = False            # timed by bench/prefill_bench.py

    def __post_init__(self):
        if self.rope is True:
            object.__setattr__(self, "rope", self.head_dim)
        object.__setattr__(self, "rope", int(self.rope))
        if self.dtype not in ("bf16", "f16"):
            raise ValueError(f"dtype must be bf16 or f16, got {self.dtype!r}")
        if self.kv_format not in ("ragged", "paged"):
            raise ValueError(f"kv_format must be ragged or paged, got {self.kv_format!r}")
        if (self.kv_format == "paged") != (self.page_size > 0):
            raise ValueError(f"page_size ({self.page_size}) is for paged variants only")
        if self.layout not in ("nhd", "hnd"):
            raise ValueError(f"layout must be nhd or hnd, got {self.layout!r}")
        if self.mask not in ("none", "causal"):
            raise ValueError(f"mask must be none or causal, got {self.mask!r}")
        if self.num_qo_heads % self.num_kv_heads:
            raise ValueError(f"num_qo_heads ({self.num_qo_heads}) must be a multiple of "
                             f"num_kv_heads ({self.num_kv_heads})")
        if self.rope and not (0 < self.rope <= self.head_dim and self.rope % 2 == 0):
            raise ValueError(f"rope rotary_dim ({self.rope}) must be even and in "
                             f"(0, head_dim ({self.head_dim})]")
        if self.alibi and self.num_qo_heads & (self.num_qo_heads - 1):
            raise ValueError(f"alibi (standard slopes) needs a power-of-two num_qo_heads, got "
                             f"{self.num_qo_heads}")

    @property
    def name(self):
        n = f"{self.dtype}_q{self.num_qo_heads}kv{self.num_kv_heads}_d{self.head_dim}"
        n += "_ragged" if self.kv_format == "ragged" else f"_p{self.page_size}_{self.layout}"
        n += f"_{self.mask}"
        if self.window_left >= 0:
            n += f"_win{self.window_left}"
        if self.soft_cap:
            n += f"_cap{self.soft_cap:g}"
        if self.rope:
            n += "_rope" if self.rope == self.head_dim else f"_rope{self.rope}"
        if self.alibi:
            n += "_alibi"
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
    def sm_scale(self):
        return self.head_dim ** -0.5

    @property
    def group(self):
        return self.num_qo_heads // self.num_kv_heads

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
    # a sliding window of 1024. Without lse, as the peers' default.
    _r("bf16", 32, 32, 128, lse=False, bench=True),
    _r("bf16", 32, 32, 128, mask="none", lse=False, bench=True),
    _r("bf16", 32, 8, 128, lse=False, bench=True),
    _r("bf16", 32, 32, 64, lse=False, bench=True),
    _r("bf16", 32, 32, 64, mask="none", lse=False, bench=True),
    _r("bf16", 32, 32, 128, window_left=W, lse=False, bench=True),
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
    _p("bf16", 32, 8, 128, 16, "nhd", quick=True),
    _p("f16", 32, 8, 128, 16, "hnd"),
    _p("bf16", 32, 32, 128, 16, "nhd", mask="none"),
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
    # -- head_dim 256 (experimental) ---------------------------------------------------------
    _r("bf16", 32, 8, 256, experimental=True),
    _p("f16", 32, 4, 256, 16, "nhd", experimental=True),
]

BY_NAME = {v.name: v for v in VARIANTS}
assert len(BY_NAME) == len(VARIANTS), "variant names must be unique"


def find(*, dtype="bf16", num_qo_heads=32, num_kv_heads, head_dim=128, kv_format,
         page_size=0, layout="nhd", mask="causal", window_left=-1, soft_cap=0.0, lse=False,
         rope=0, alibi=False):
    """The variant with exactly these fields (the benchmark's look-up); KeyError if none."""
    want = Variant(dtype, num_qo_heads, num_kv_heads, head_dim, kv_format, page_size=page_size,
                   layout=layout, mask=mask, window_left=window_left, soft_cap=soft_cap,
                   lse=lse, rope=rope, alibi=alibi)
    if want.name not in BY_NAME:
        raise KeyError(f"no prefill variant {want.name}")
    return BY_NAME[want.name]


def bench_variants():
    return [v for v in VARIANTS if v.bench]


def _mask_attr(v):
    if v.window_left >= 0:
        return f"#attn.mask<{v.mask}, window_left = {v.window_left}>"
    return f"#attn.mask<{v.mask}>"


def to_mlir(v):
    """The attn IR of one variant: attn.ragged_kv or attn.paged_kv + a prefill attn.attention
    (no max_qo_len), lse an extra output when v.lse; RoPE and ALiBi as the op's `rope` and
    `alibi` attributes (no rope_offsets or alibi_slopes operands)."""
    t = v.dtype
    hq, hkv, d = v.num_qo_heads, v.num_kv_heads, v.head_dim
    qty = f"memref<?x{hq}x{d}x{t}>"
    lsety = f"memref<?x{hq}xf32>"
    idx = "memref<?xi32>"
    if v.paged:
        p = v.page_size
        kvm = (f"memref<?x{p}x{hkv}x{d}x{t}>" if v.layout == "nhd"
               else f"memref<?x{hkv}x{p}x{d}x{t}>")
        kvty = (f"!attn.paged_kv<page_size = {p}, layout = {v.layout}, num_heads = {hkv}, "
                f"head_dim = {d}, element_type = {t}>")
        kv_args = [f"%kp: {kvm}", f"%vp: {kvm}", f"%ip: {idx}", f"%ix: {idx}", f"%lp: {idx}"]
        kv_op = (f"attn.paged_kv k(%kp : {kvm}) v(%vp : {kvm}) indptr(%ip : {idx}) "
                 f"indices(%ix : {idx}) last_page_len(%lp : {idx}) : !kv")
    else:
        kvm = f"memref<?x{hkv}x{d}x{t}>"
        kvty = f"!attn.ragged_kv<num_heads = {hkv}, head_dim = {d}, element_type = {t}>"
        kv_args = [f"%k: {kvm}", f"%v: {kvm}", f"%ki: {idx}"]
        kv_op = f"attn.ragged_kv k(%k : {kvm}) v(%v : {kvm}) indptr(%ki : {idx}) : !kv"
    attrs = [f"mask = {_mask_attr(v)}"]
    if v.soft_cap:
        attrs.append(f"logits_soft_cap = {v.soft_cap:.1f} : f32")
    if v.alibi:
        attrs.append("alibi")
    if v.rope:
        attrs.append(f"rope = #attn.rope<llama, rotary_dim = {v.rope}, "
                     f"theta = {ROPE_THETA:.1f}>")
    args = [f"%q: {qty}", f"%qi: {idx}"] + kv_args + [f"%o: {qty}"]
    outs = f"%o : {qty}"
    if v.lse:
        args.append(f"%lse: {lsety}")
        outs += f", %lse : {lsety}"
    return (
        f"// attn prefill variant {v.name} (generated by scripts/gen_prefill_variants.py)\n"
        f"!kv = {kvty}\n"
        f"func.func @prefill_{v.name}({', '.join(args)}) {{\n"
        f"  %kv = {kv_op}\n"
        f"  attn.attention q(%q : {qty}) qo_indptr(%qi : {idx}) kv(%kv : !kv) "
        f"outs({outs}) {{{', '.join(attrs)}}}\n"
        f"  return\n"
        f"}}\n")
