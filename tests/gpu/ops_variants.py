"""The append-KV, RoPE and state-merge kernels checked on the GPU, and the attn IR that
describes them.

One list shared by scripts/gen_ops_variants.py (writes ARTDIR/mlir/ops.mlir, which
attn-compile turns into the bundle ARTDIR/bundles/ops/) and tests/gpu/check_ops.py. Every
kernel lives in the one bundle: function `<name>` becomes the kernel `<name>_append_kv`,
`<name>_rope`, `<name>_merge_state` or `<name>_merge_states`.

Append: NHD and HND, page sizes 1 and 16, bf16 and f16 (the full product, 8 heads of 128),
plus GQA-like 2 heads of 64. RoPE: llama and llama3, non-interleaved and interleaved,
rotary_dim = head_dim and < head_dim (64 and 96 of 128, 32 of 64), a rope_scale, MQA.
Merge: merge_state (two states) and dense merge_states (a dynamic or a fixed number of
states), bf16 / f16 / f32 states into bf16 / f16 / f32 outputs, with and without s_out, head
dims 128, 80, 64 and 48, 2 to 32 heads.
"""

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class AppendVariant:
    name: str
    layout: str          # "nhd" | "hnd"
    page_size: int
    dtype: str           # "bf16" | "f16"
    num_kv_heads: int = 8
    head_dim: int = 128

    @property
    def kernel(self):
        return self.name + "_append_kv"

    def mlir(self):
        H, D, P, t = self.num_kv_heads, self.head_dim, self.page_size, self.dtype
        pool = f"?x{P}x{H}x{D}x{t}" if self.layout == "nhd" else f"?x{H}x{P}x{D}x{t}"
        rows = f"memref<?x{H}x{D}x{t}>"
        kv = (f"!attn.paged_kv<page_size = {P}, layout = {self.layout}, num_heads = {H}, "
              f"head_dim = {D}, element_type = {t}>")
        return f"""func.func @{self.name}(%k: {rows}, %v: {rows}, %bi: memref<?xi32>,
    %pos: memref<?xi32>, %kp: memref<{pool}>, %vp: memref<{pool}>, %ip: memref<?xi32>,
    %ix: memref<?xi32>, %lp: memref<?xi32>) {{
  %kv = attn.paged_kv k(%kp : memref<{pool}>) v(%vp : memref<{pool}>)
          indptr(%ip : memref<?xi32>) indices(%ix : memref<?xi32>)
          last_page_len(%lp : memref<?xi32>) : {kv}
  attn.append_paged_kv k(%k : {rows}) v(%v : {rows})
      batch_indices(%bi : memref<?xi32>) positions(%pos : memref<?xi32>) into(%kv : {kv})
  return
}}
"""


@dataclass(frozen=True)
class RopeVariant:
    name: str
    kind: str            # "llama" | "llama3"
    interleave: bool
    dtype: str
    num_qo_heads: int = 32
    num_kv_heads: int = 8
    head_dim: int = 128
    rotary_dim: int = 128
    theta: float = 1e4
    scale: float = 1.0
    factor: float = 8.0  # llama3
    low_freq_factor: float = 1.0
    high_freq_factor: float = 4.0
    original_max_position: int = 8192

    @property
    def kernel(self):
        return self.name + "_rope"

    def attr(self):
        s = (f"#attn.rope<{self.kind}, rotary_dim = {self.rotary_dim}, theta = {self.theta!r}, "
             f"scale = {self.scale!r}, interleave = {'true' if self.interleave else 'false'}")
        if self.kind == "llama3":
            s += (f", factor = {self.factor!r}, low_freq_factor = {self.low_freq_factor!r}, "
                  f"high_freq_factor = {self.high_freq_factor!r}, "
                  f"original_max_position = {self.original_max_position}")
        return s + ">"

    def mlir(self):
        q = f"memref<?x{self.num_qo_heads}x{self.head_dim}x{self.dtype}>"
        k = f"memref<?x{self.num_kv_heads}x{self.head_dim}x{self.dtype}>"
        return f"""func.func @{self.name}(%q: {q}, %k: {k}, %p: memref<?xi32>, %qo: {q},
    %ko: {k}) {{
  attn.rope q(%q : {q}) k(%k : {k}) pos_ids(%p : memref<?xi32>) outs(%qo, %ko : {q}, {k})
      {{rope = {self.attr()}}}
  return
}}
"""


APPENDS = [AppendVariant(f"append_{layout}_p{p}_{t}", layout, p, t)
           for layout in ("nhd", "hnd") for p in (1, 16) for t in ("bf16", "f16")]
APPENDS.append(AppendVariant("append_hnd_p16_bf16_kv2_d64", "hnd", 16, "bf16",
                             num_kv_heads=2, head_dim=64))

ROPES = [
    RopeVariant("rope_llama_bf16", "llama", False, "bf16"),
    RopeVariant("rope_llama_il_f16", "llama", True, "f16"),
    RopeVariant("rope_llama3_bf16", "llama3", False, "bf16", theta=500000.0),
    RopeVariant("rope_llama3_il_f16", "llama3", True, "f16", theta=500000.0),
    RopeVariant("rope_llama_rd64_scale2_f16", "llama", False, "f16", rotary_dim=64, scale=2.0),
    RopeVariant("rope_llama_rd96_il_bf16", "llama", True, "bf16", num_qo_heads=16,
                num_kv_heads=4, rotary_dim=96),
    RopeVariant("rope_llama3_rd32_mqa_d64_bf16", "llama3", False, "bf16", num_qo_heads=8,
                num_kv_heads=1, head_dim=64, rotary_dim=32, theta=500000.0),
]


@dataclass(frozen=True)
class MergeVariant:
    name: str
    form: str            # "state" (merge_state) | "states" (dense merge_states)
    state_dtype: str     # "bf16" | "f16" | "f32": v_a / v_b, or v
    dtype: str           # the same set: v_out
    return_lse: bool     # the kernel writes s_out
    num_heads: int = 32
    head_dim: int = 128
    num_states: int = 0  # states: 0 = dynamic (the call's count), else compiled in
    # The state counts check_ops.py runs (states only; a fixed kernel takes its own).
    state_counts: tuple = (1, 3, 7)

    @property
    def kernel(self):
        return self.name + ("_merge_state" if self.form == "state" else "_merge_states")

    @property
    def counts(self):
        if self.form == "state":
            return (2,)
        return (self.num_states,) if self.num_states else self.state_counts

    def mlir(self):
        H, D = self.num_heads, self.head_dim
        vin = f"memref<?x{H}x{D}x{self.state_dtype}>"
        vout = f"memref<?x{H}x{D}x{self.dtype}>"
        s = f"memref<?x{H}xf32>"
        outs = f"outs(%vo{', %so' if self.return_lse else ''} : {vout}" + (
            f", {s})" if self.return_lse else ")")
        so_arg = f", %so: {s}" if self.return_lse else ""
        if self.form == "state":
            return f"""func.func @{self.name}(%va: {vin}, %sa: {s}, %vb: {vin}, %sb: {s},
    %vo: {vout}{so_arg}) {{
  attn.merge_state ins(%va, %sa, %vb, %sb : {vin}, {s}, {vin}, {s})
      {outs}
  return
}}
"""
        K = str(self.num_states) if self.num_states else "?"
        vs = f"memref<?x{K}x{H}x{D}x{self.state_dtype}>"
        ss = f"memref<?x{K}x{H}xf32>"
        return f"""func.func @{self.name}(%v: {vs}, %s: {ss}, %vo: {vout}{so_arg}) {{
  attn.merge_states ins(%v, %s : {vs}, {ss})
      {outs}
  return
}}
"""


MERGES = [
    MergeVariant("merge_state_bf16", "state", "bf16", "bf16", True),
    MergeVariant("merge_state_f16_nolse_h8_d64", "state", "f16", "f16", False, num_heads=8,
                 head_dim=64),
    MergeVariant("merge_state_f32_to_bf16_h4", "state", "f32", "bf16", True, num_heads=4),
    MergeVariant("merge_state_f32_h3_d80", "state", "f32", "f32", True, num_heads=3,
                 head_dim=80),
    MergeVariant("merge_states_f32_to_bf16", "states", "f32", "bf16", True),
    MergeVariant("merge_states_bf16_k4_nolse_h8", "states", "bf16", "bf16", False,
                 num_heads=8, num_states=4),
    MergeVariant("merge_states_f16_h2_d48", "states", "f16", "f16", True, num_heads=2,
                 head_dim=48),
]


@dataclass(frozen=True)
class OpsBundle:
    """The one bundle holding every kernel above."""
    name: str = "ops"
    experimental: bool = False

    def mlir(self):
        return ("// Generated by scripts/gen_ops_variants.py from tests/gpu/ops_variants.py.\n"
                + "\n".join(v.mlir() for v in APPENDS + ROPES + MERGES))

    def to_json(self):
        return {"name": self.name,
                "append": [asdict(v) for v in APPENDS],
                "rope": [asdict(v) for v in ROPES],
                "merge": [asdict(v) for v in MERGES]}


VARIANTS = [OpsBundle()]
BY_NAME = {v.name: v for v in VARIANTS}
