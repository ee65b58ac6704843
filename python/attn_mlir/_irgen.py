"""The attn IR text of one problem: the one generator of attn IR.

``decode_ir`` and ``prefill_ir`` write a function holding one ``attn.attention`` (paged decode;
prefill / append over ragged or paged KV); ``AppendVariant``, ``RopeVariant`` and
``MergeVariant`` the standalone append-KV, RoPE and state-merge kernels. Used by
``attn_mlir.jit`` (compile on demand) and by scripts/gen_{decode,prefill,ops}_variants.py
through tests/gpu/*_variants.py (the GPU-checked lists), so both emit the same IR. Pure text:
needs neither the compiler, the runtime library nor torch.
"""

from dataclasses import dataclass

IDX = "memref<?xi32>"

# The optional prefill operands: function argument, type (AttnOps.td order).
OPERAND_IR = {
    "custom_mask": ("%cm", "memref<?xui8>"),
    "mask_indptr": ("%mi", "memref<?xi32>"),
    "block_indptr": ("%bi", "memref<?xi32>"),
    "block_indices": ("%bx", "memref<?xi32>"),
    "alibi_slopes": ("%sl", "memref<?xf32>"),
    "rope_offsets": ("%ro", "memref<?xi32>"),
}


def _check_dtype(dtype):
    if dtype not in ("bf16", "f16"):
        raise ValueError(f"dtype must be 'bf16' or 'f16', got {dtype!r}")


def _check_layout(layout):
    if layout not in ("nhd", "hnd"):
        raise ValueError(f"layout must be 'nhd' or 'hnd', got {layout!r}")


def _f(x):
    """A float as MLIR reads it (repr keeps every digit: 10000.0, 0.0625, 500000.0)."""
    return repr(float(x))


def rope_attr(rotary_dim, theta, scale=1.0):
    """#attn.rope<llama, ...>: FlashInfer's ROPE_LLAMA (rope_theta, rope_scale)."""
    s = f"#attn.rope<llama, rotary_dim = {rotary_dim}, theta = {_f(theta)}"
    if float(scale) != 1.0:
        s += f", scale = {_f(scale)}"
    return s + ">"


def paged_kv_ir(dtype, num_kv_heads, head_dim, page_size, layout):
    """(pool memref type, !attn.paged_kv type) of a paged cache."""
    t, hkv, d, p = dtype, num_kv_heads, head_dim, page_size
    pool = (f"memref<?x{p}x{hkv}x{d}x{t}>" if layout == "nhd"
            else f"memref<?x{hkv}x{p}x{d}x{t}>")
    kvty = (f"!attn.paged_kv<page_size = {p}, layout = {layout}, num_heads = {hkv}, "
            f"head_dim = {d}, element_type = {t}>")
    return pool, kvty


def decode_ir(fn, *, dtype, num_qo_heads, num_kv_heads, head_dim, page_size, layout="nhd",
              soft_cap=0.0, window_left=-1, rotary_dim=0, rope_theta=1e4, rope_scale=1.0,
              lse=True, sm_scale=None, kernel_config=None, comment=None):
    """The attn IR of a paged decode: attn.paged_kv + attn.attention (max_qo_len = 1) in
    function @fn. rotary_dim > 0 fuses llama RoPE on q and k; sm_scale None = 1/sqrt(head_dim)
    (the op's default); kernel_config an explicit #attn.kernel_config text or None (attn-plan
    picks); comment the first line (without //)."""
    _check_dtype(dtype)
    _check_layout(layout)
    t = dtype
    hq, hkv, d, p = num_qo_heads, num_kv_heads, head_dim, page_size
    qty = f"memref<?x{hq}x{d}x{t}>"
    pool, kvty = paged_kv_ir(dtype, hkv, d, p, layout)
    lsety = f"memref<?x{hq}xf32>"
    idx = IDX
    mask = ("#attn.mask<none>" if window_left < 0
            else f"#attn.mask<none, window_left = {window_left}>")
    attrs = [f"mask = {mask}", "max_qo_len = 1"] + _optional_attrs(
        soft_cap, False, rotary_dim, rope_theta, rope_scale, sm_scale)
    if kernel_config:
        attrs.append(f"kernel_config = {kernel_config}")
    kv_args, kv_op = _paged_kv_op(pool, idx)
    return _attention_func(fn, comment, kvty, kv_args, kv_op, qty, lsety if lse else None,
                           attrs)


def _optional_attrs(soft_cap, alibi, rotary_dim, rope_theta, rope_scale, sm_scale):
    """attn.attention's optional attributes (soft cap, ALiBi, RoPE, sm_scale), where set."""
    attrs = []
    if soft_cap:
        attrs.append(f"logits_soft_cap = {_f(soft_cap)} : f32")
    if alibi:
        attrs.append("alibi")
    if rotary_dim:
        attrs.append(f"rope = {rope_attr(rotary_dim, rope_theta, rope_scale)}")
    if sm_scale is not None:
        attrs.append(f"sm_scale = {_f(sm_scale)} : f32")
    return attrs


def _paged_kv_op(pool, idx):
    """(function arguments, attn.paged_kv op) of a paged cache whose pools have type pool."""
    args = [f"%kp: {pool}", f"%vp: {pool}", f"%ip: {idx}", f"%ix: {idx}", f"%lp: {idx}"]
    op = (f"attn.paged_kv k(%kp : {pool}) v(%vp : {pool}) indptr(%ip : {idx}) "
          f"indices(%ix : {idx}) last_page_len(%lp : {idx}) : !kv")
    return args, op


def _attention_func(fn, comment, kvty, kv_args, kv_op, qty, lsety, attrs, operands=()):
    """func.func @fn: %kv = kv_op, then attn.attention of %q (qty) over it into %o (and %lse
    of type lsety unless None); operands ((name, %arg, type) triples) between kv and outs."""
    idx = IDX
    opnds = "".join(f"{n}({a} : {ty}) " for n, a, ty in operands)
    args = ([f"%q: {qty}", f"%qi: {idx}"] + kv_args + [f"{a}: {ty}" for _, a, ty in operands] +
            [f"%o: {qty}"])
    outs = f"%o : {qty}"
    if lsety:
        args.append(f"%lse: {lsety}")
        outs += f", %lse : {lsety}"
    return (
        (f"// {comment}\n" if comment else "") +
        f"!kv = {kvty}\n"
        f"func.func @{fn}({', '.join(args)}) {{\n"
        f"  %kv = {kv_op}\n"
        f"  attn.attention q(%q : {qty}) qo_indptr(%qi : {idx}) kv(%kv : !kv) "
        f"{opnds}outs({outs}) {{{', '.join(attrs)}}}\n"
        f"  return\n"
        f"}}\n")


def mask_attr(mask, window_left=-1, block=()):
    if window_left >= 0:
        return f"#attn.mask<{mask}, window_left = {window_left}>"
    if block:
        return f"#attn.mask<{mask}, block = [{block[0]}, {block[1]}]>"
    return f"#attn.mask<{mask}>"


def prefill_ir(fn, *, dtype, num_qo_heads, num_kv_heads, head_dim, page_size=None,
               layout="nhd", mask="causal", window_left=-1, block=(), soft_cap=0.0, lse=True,
               rotary_dim=0, rope_theta=1e4, rope_scale=1.0, alibi=False, operands=(),
               sm_scale=None, comment=None):
    """The attn IR of a prefill / append: attn.ragged_kv (page_size None) or attn.paged_kv +
    attn.attention (no max_qo_len) in function @fn; lse an extra output when lse; RoPE and
    ALiBi as the op's `rope` and `alibi` attributes; the optional operands (names of
    OPERAND_IR) between kv and outs, in the op's order."""
    _check_dtype(dtype)
    t = dtype
    hq, hkv, d = num_qo_heads, num_kv_heads, head_dim
    qty = f"memref<?x{hq}x{d}x{t}>"
    lsety = f"memref<?x{hq}xf32>"
    idx = IDX
    if page_size:
        _check_layout(layout)
        kvm, kvty = paged_kv_ir(dtype, hkv, d, page_size, layout)
        kv_args, kv_op = _paged_kv_op(kvm, idx)
    else:
        kvm = f"memref<?x{hkv}x{d}x{t}>"
        kvty = f"!attn.ragged_kv<num_heads = {hkv}, head_dim = {d}, element_type = {t}>"
        kv_args = [f"%k: {kvm}", f"%v: {kvm}", f"%ki: {idx}"]
        kv_op = f"attn.ragged_kv k(%k : {kvm}) v(%v : {kvm}) indptr(%ki : {idx}) : !kv"
    attrs = [f"mask = {mask_attr(mask, window_left, block)}"] + _optional_attrs(
        soft_cap, alibi, rotary_dim, rope_theta, rope_scale, sm_scale)
    return _attention_func(fn, comment, kvty, kv_args, kv_op, qty, lsety if lse else None,
                           attrs, [(n, *OPERAND_IR[n]) for n in operands])


class _OpVariant:
    """An op kernel's variant: attn-compile names the kernel of a function @name holding one op
    name + the op's suffix (@append holding attn.append_paged_kv: append_append_kv)."""
    kernel_suffix = ""

    @property
    def kernel(self):
        return self.name + self.kernel_suffix


@dataclass(frozen=True)
class AppendVariant(_OpVariant):
    name: str
    layout: str          # "nhd" | "hnd"
    page_size: int
    dtype: str           # "bf16" | "f16"
    num_kv_heads: int = 8
    head_dim: int = 128
    kernel_suffix = "_append_kv"

    def mlir(self):
        H, D, t = self.num_kv_heads, self.head_dim, self.dtype
        pool, kv = paged_kv_ir(t, H, D, self.page_size, self.layout)
        rows = f"memref<?x{H}x{D}x{t}>"
        return f"""func.func @{self.name}(%k: {rows}, %v: {rows}, %bi: memref<?xi32>,
    %pos: memref<?xi32>, %kp: {pool}, %vp: {pool}, %ip: memref<?xi32>,
    %ix: memref<?xi32>, %lp: memref<?xi32>) {{
  %kv = attn.paged_kv k(%kp : {pool}) v(%vp : {pool})
          indptr(%ip : memref<?xi32>) indices(%ix : memref<?xi32>)
          last_page_len(%lp : memref<?xi32>) : {kv}
  attn.append_paged_kv k(%k : {rows}) v(%v : {rows})
      batch_indices(%bi : memref<?xi32>) positions(%pos : memref<?xi32>) into(%kv : {kv})
  return
}}
"""


@dataclass(frozen=True)
class RopeVariant(_OpVariant):
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
    kernel_suffix = "_rope"

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


@dataclass(frozen=True)
class MergeVariant(_OpVariant):
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
    def kernel_suffix(self):
        return "_merge_state" if self.form == "state" else "_merge_states"

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


# ---- sampling (attn.sample) -----------------------------------------------------------------

SAMPLING_FILTERS = {"none": (), "k": ("top_k",), "p": ("top_p",), "minp": ("min_p",),
                    "kp": ("top_k", "top_p")}


@dataclass(frozen=True)
class SampleVariant:
    """One sampling kernel: `input` probs | logits, `mode` sample | renorm | mask, `dtype`
    f32 | bf16, `filters` a tuple of top_k / top_p / min_p, each read per row; `cluster_size`
    8 or 16 splits a row over a thread-block cluster (sm_90)."""
    name: str
    input: str
    mode: str
    dtype: str
    filters: tuple
    cluster_size: int = 1

    def mlir(self):
        e = self.dtype
        args = [f"%x: memref<?x?x{e}>"]
        ops = [f"input(%x : memref<?x?x{e}>)"]
        for f in self.filters:
            t = "i32" if f == "top_k" else "f32"
            args.append(f"%{f}: memref<?x{t}>")
            ops.append(f"{f}(%{f} : memref<?x{t}>)")
        if self.mode == "sample":
            # (seed, offset, 0): the kernel advances the offset when the call asks it to.
            args += ["%so: memref<3xi64>", "%adv: i32", "%out: memref<?xi32>"]
            ops += ["seed_offset(%so : memref<3xi64>)", "advance_offset(%adv)",
                    "outs(%out : memref<?xi32>)"]
        else:
            args.append(f"%out: memref<?x?x{e}>")
            ops.append(f"outs(%out : memref<?x?x{e}>)")
        cluster = f", cluster_size = {self.cluster_size}" if self.cluster_size != 1 else ""
        attr = f"#attn.sampling<input = {self.input}, mode = {self.mode}{cluster}>"
        return (f"func.func @{self.name}({', '.join(args)}) {{\n"
                f"  attn.sample {' '.join(ops)}\n      {{sampling = {attr}}}\n"
                f"  return\n}}\n")


def sampling_variants():
    """Every kernel attn_mlir.sampling uses, for f32 and bf16: probs and logits sampling with
    no filter, top_k, top_p, min_p or top_k + top_p; renorm of probs by top_k or top_p; mask
    of logits by top_k. Every filter per row, so one kernel serves every threshold."""
    out = []
    for dt in ("f32", "bf16"):
        for inp in ("probs", "logits"):
            for fname, filters in SAMPLING_FILTERS.items():
                out.append(SampleVariant(f"{inp}_{fname}_{dt}", inp, "sample", dt, filters))
        out.append(SampleVariant(f"renorm_k_{dt}", "probs", "renorm", dt, ("top_k",)))
        out.append(SampleVariant(f"renorm_p_{dt}", "probs", "renorm", dt, ("top_p",)))
        out.append(SampleVariant(f"mask_k_{dt}", "logits", "mask", dt, ("top_k",)))
    return out


@dataclass(frozen=True)
class SpecSampleVariant:
    """One speculative-verification kernel (attn.chain_speculative_sample) for `dtype` f32 |
    bf16 distributions; every size dynamic, so one kernel serves every batch, num_spec and
    vocabulary. Function `<name>` becomes the kernel `<name>_chain_speculative_sample`."""
    name: str
    dtype: str

    def mlir(self):
        e = self.dtype
        return (f"func.func @{self.name}(%q: memref<?x?x?x{e}>, %ids: memref<?x?xi32>,\n"
                f"    %p: memref<?x?x?x{e}>, %so: memref<3xi64>, %adv: i32,\n"
                f"    %out: memref<?x?xi32>, %acc: memref<?xi32>, %emit: memref<?xi32>) {{\n"
                f"  attn.chain_speculative_sample draft_probs(%q : memref<?x?x?x{e}>)\n"
                f"      draft_token_ids(%ids : memref<?x?xi32>) "
                f"target_probs(%p : memref<?x?x?x{e}>)\n"
                f"      seed_offset(%so : memref<3xi64>) advance_offset(%adv)\n"
                f"      outs(%out : memref<?x?xi32>, %acc : memref<?xi32>, "
                f"%emit : memref<?xi32>)\n"
                f"  return\n}}\n")


def spec_sampling_variants():
    """The chain_speculative_sampling kernels, for f32 and bf16."""
    return [SpecSampleVariant(f"chain_speculative_{dt}", dt) for dt in ("f32", "bf16")]


# CTAs per row of the cluster sampling kernels: 8 (the portable cluster size of sm_90) and 16
# (non-portable), which attn_mlir.sampling picks by batch.
CLUSTER_SIZES = (8, 16)


def cluster_sampling_variants(cluster_sizes=CLUSTER_SIZES):
    """sampling_variants() split over thread-block clusters of each of `cluster_sizes` CTAs
    (sm_90 only): the same functions, named `<name>_c<cluster size>`, for small batches."""
    return [SampleVariant(f"{v.name}_c{size}", v.input, v.mode, v.dtype, v.filters, size)
            for size in cluster_sizes for v in sampling_variants()]


def sampling_ir(comment):
    """The IR of one bundle holding every sampling_variants() and spec_sampling_variants()
    kernel."""
    variants = sampling_variants() + spec_sampling_variants()
    return f"// {comment}\n" + "\n".join(v.mlir() for v in variants)


def cascade_ir(fn, *, dtype, num_qo_heads, num_kv_heads, head_dim, page_size, layout="nhd",
               levels=("prefill", "decode"), causal=False, sm_scale=None, comment=None):
    """The attn IR of a multi-level (cascade) attention in function @fn: one attn.paged_kv and
    one attn.attention per level over the same K/V pools (level l: its own qo indptr and page
    table; "decode" levels carry max_qo_len = 1), then attn.merge_state folding each level's
    state into o through the log-sum-exp (alternating two lse buffers). Level 0 writes o and
    lse0; level l > 0 writes tmp_o / tmp_lse, merged as (o, lse_{l-1}) + (tmp_o, tmp_lse) ->
    (o, lse_l); the last merge writes lse. `causal` masks the last level only (FlashInfer's
    MultiLevelCascadeAttentionWrapper); other levels see their whole KV. This is the
    composition the runtime's CascadeAttention launches (attn-rt/Cascade.h)."""
    _check_dtype(dtype)
    _check_layout(layout)
    if not 1 <= len(levels) <= 8 or any(k not in ("prefill", "decode") for k in levels):
        raise ValueError(f"levels: 1 to 8 of 'prefill' / 'decode', got {levels!r}")
    t, hq, d = dtype, num_qo_heads, head_dim
    qty = f"memref<?x{hq}x{d}x{t}>"
    lsety = f"memref<?x{hq}xf32>"
    idx = IDX
    pool, kvty = paged_kv_ir(dtype, num_kv_heads, head_dim, page_size, layout)
    n = len(levels)
    args = [f"%q: {qty}", f"%kp: {pool}", f"%vp: {pool}"]
    for lv in range(n):
        args += [f"%qi{lv}: {idx}", f"%ip{lv}: {idx}", f"%ix{lv}: {idx}", f"%lp{lv}: {idx}"]
    args += [f"%o: {qty}", f"%lse: {lsety}"]
    if n > 1:
        args += [f"%tmp_o: {qty}", f"%tmp_lse: {lsety}", f"%lse_a: {lsety}",
                 f"%lse_b: {lsety}"]
    body = []
    lse_in = None
    for lv, kind in enumerate(levels):
        last = lv == n - 1
        mask = "#attn.mask<causal>" if causal and last and kind == "prefill" else \
            "#attn.mask<none>"
        attrs = [f"mask = {mask}"] + (["max_qo_len = 1"] if kind == "decode" else [])
        if sm_scale is not None:
            attrs.append(f"sm_scale = {_f(sm_scale)} : f32")
        o, l = ("%o", "%lse" if n == 1 else "%lse_a") if lv == 0 else ("%tmp_o", "%tmp_lse")
        body.append(f"  %kv{lv} = attn.paged_kv k(%kp : {pool}) v(%vp : {pool}) "
                    f"indptr(%ip{lv} : {idx}) indices(%ix{lv} : {idx}) "
                    f"last_page_len(%lp{lv} : {idx}) : !kv")
        body.append(f"  attn.attention q(%q : {qty}) qo_indptr(%qi{lv} : {idx}) "
                    f"kv(%kv{lv} : !kv) outs({o} : {qty}, {l} : {lsety}) "
                    f"{{{', '.join(attrs)}}}")
        if lv == 0:
            lse_in = l
            continue
        lse_out = "%lse" if last else ("%lse_b" if lse_in == "%lse_a" else "%lse_a")
        body.append(f"  attn.merge_state ins(%o, {lse_in}, %tmp_o, %tmp_lse : {qty}, {lsety}, "
                    f"{qty}, {lsety}) outs(%o, {lse_out} : {qty}, {lsety})")
        lse_in = lse_out
    return ((f"// {comment}\n" if comment else "") + f"!kv = {kvty}\n"
            f"func.func @{fn}({', '.join(args)}) {{\n" + "\n".join(body) +
            "\n  return\n}\n")
