"""CPU tests of the prefill variant list (tests/gpu/prefill_variants.py), the IR it writes and
the benchmark's shapes and FLOP counts (bench/prefill_bench.py). The IR is also parsed by
attn-opt when one is found ($ATTN_OPT or build/bin/attn-opt). Needs torch for the benchmark
part; no GPU."""

import os
import re
import shutil
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import prefill_variants as pv  # noqa: E402


def test_names_unique_and_well_formed():
    names = [v.name for v in pv.VARIANTS]
    assert len(set(names)) == len(names)
    pat = re.compile(r"^(bf16|f16)_q\d+kv\d+_d\d+_(ragged|p\d+_(nhd|hnd))"
                     r"_(causal|none|custom|bsr\d+x\d+)"
                     r"(_win\d+)?(_cap\d+)?(_rope\d*(_offsets)?)?(_alibi(_slopes)?)?(_lse)?$")
    for n in names:
        assert pat.match(n), n
    assert pv.BY_NAME[names[0]] is pv.VARIANTS[0]


def test_covering_set():
    vs = [v for v in pv.VARIANTS if not v.experimental]
    assert {v.dtype for v in vs} == {"bf16", "f16"}
    assert {v.head_dim for v in vs} == {64, 128}
    assert {(v.num_qo_heads, v.num_kv_heads) for v in vs} >= {(32, 32), (32, 8), (32, 4),
                                                              (32, 1)}
    assert {v.kv_format for v in vs} == {"ragged", "paged"}
    paged = [v for v in vs if v.paged]
    assert {v.page_size for v in paged} == {1, 16, 64}
    assert {v.layout for v in paged} == {"nhd", "hnd"}
    assert {v.mask for v in vs} == {"none", "causal", "custom", "block_sparse"}
    assert {v.window_left for v in vs} == {-1, pv.WINDOW_LEFT} and pv.WINDOW_LEFT == 1024
    assert any(v.soft_cap == 30.0 for v in vs) and any(not v.soft_cap for v in vs)
    assert {v.lse for v in vs} == {True, False}
    # each feature appears with both KV formats
    for pred in (lambda v: v.window_left >= 0, lambda v: v.soft_cap, lambda v: not v.causal,
                 lambda v: v.dtype == "f16", lambda v: v.head_dim == 64, lambda v: v.rope,
                 lambda v: v.alibi):
        assert {v.kv_format for v in vs if pred(v)} == {"ragged", "paged"}


def test_device_operand_variants():
    vs = {v.name: v for v in pv.VARIANTS}
    want = ["bf16_q32kv8_d128_ragged_custom_lse", "f16_q32kv8_d64_p16_nhd_custom_lse",
            "bf16_q32kv8_d128_ragged_bsr64x64_lse", "bf16_q32kv1_d128_p16_nhd_bsr128x64_lse",
            "bf16_q32kv8_d128_ragged_causal_alibi_slopes_lse",
            "bf16_q32kv8_d128_ragged_causal_rope_offsets_lse"]
    for n in want:
        assert n in vs, n
        assert not vs[n].experimental and not vs[n].bench
    assert vs[want[3]].block == (128, 64) and vs[want[3]].block_rows == 128
    assert vs[want[4]].alibi and vs[want[4]].operands == ["alibi_slopes"]
    assert vs[want[0]].operands == ["custom_mask", "mask_indptr"]
    assert vs[want[2]].operands == ["block_indptr", "block_indices"]
    assert vs[want[5]].operands == ["rope_offsets"] and vs[want[5]].rope == 128
    assert pv.Variant("bf16", 24, 8, 128, "ragged", alibi_slopes=True).alibi  # any head count
    assert vs[want[2]].to_json()["block"] == [64, 64]
    ir = vs[want[3]].mlir()
    assert "{mask = #attn.mask<block_sparse, block = [128, 64]>}" in ir


def test_rope_and_alibi_variants():
    vs = [v for v in pv.VARIANTS if not v.experimental]
    rope = [v for v in vs if v.rope]
    assert any(v.rope == v.head_dim for v in rope)              # full rotary_dim
    assert any(0 < v.rope < v.head_dim for v in rope)           # partial rotary_dim
    assert pv.ROPE_THETA == 500000.0
    alibi = [v for v in vs if v.alibi]
    assert any(not v.causal and v.soft_cap for v in alibi)       # positive bias, and soft-cap
    assert any(v.rope and v.alibi and v.window_left >= 0 for v in vs)
    assert {v.lse for v in rope} == {v.lse for v in alibi} == {True, False}
    assert not any(v.bench for v in rope + alibi)


def test_rope_field():
    full = pv.Variant("bf16", 32, 8, 128, "ragged", rope=True)
    assert full.rope == full.rotary_dim == 128 and full.rope_theta == pv.ROPE_THETA
    assert full.name.endswith("_causal_rope_lse")
    assert full == pv.Variant("bf16", 32, 8, 128, "ragged", rope=128)
    part = pv.Variant("f16", 32, 32, 64, "ragged", rope=32, alibi=True, lse=False)
    assert part.name == "f16_q32kv32_d64_ragged_causal_rope32_alibi"
    none = pv.Variant("bf16", 32, 8, 128, "ragged")
    assert none.rope == 0 and none.rope_theta is None and not none.alibi
    assert full.to_json()["rope_theta"] == pv.ROPE_THETA and none.to_json()["rope_theta"] is None


def test_experimental_is_head_dim_256_only():
    assert {v.head_dim for v in pv.VARIANTS if v.experimental} == {256}
    assert all(v.experimental for v in pv.VARIANTS if v.head_dim == 256)
    assert not any(v.quick or v.bench for v in pv.VARIANTS if v.experimental)


def test_quick_subset_covers_both_formats():
    # The compute-sanitizer subset (each variant takes ~30 s under racecheck): both KV formats,
    # a window, lse, RoPE, ALiBi and the two masks read from device operands.
    quick = [v for v in pv.VARIANTS if v.quick]
    assert 2 <= len(quick) <= 8
    assert {v.kv_format for v in quick} == {"ragged", "paged"}
    assert any(v.window_left >= 0 for v in quick) and any(v.lse for v in quick)
    assert any(v.rope for v in quick) and any(v.alibi for v in quick)
    assert any(v.custom for v in quick) and any(v.block_sparse for v in quick)


def test_bench_variants():
    b = pv.bench_variants()
    assert all(v.dtype == "bf16" and v.num_qo_heads == 32 and not v.lse for v in b)
    want = [dict(num_kv_heads=32, kv_format="ragged"),
            dict(num_kv_heads=32, kv_format="ragged", mask="none"),
            dict(num_kv_heads=8, kv_format="ragged"),
            dict(num_kv_heads=8, kv_format="paged", page_size=16),
            dict(num_kv_heads=8, kv_format="paged", page_size=64),
            dict(num_kv_heads=32, head_dim=64, kv_format="ragged"),
            dict(num_kv_heads=32, kv_format="ragged", window_left=1024)]
    for w in want:
        assert pv.find(**w).bench, w
    with pytest.raises(KeyError, match="no prefill variant"):
        pv.find(num_kv_heads=2, kv_format="ragged")
    assert pv.find(num_kv_heads=8, kv_format="ragged", alibi=True, lse=True).alibi
    assert pv.find(num_kv_heads=8, kv_format="paged", page_size=16, rope=True, lse=True).rope


@pytest.mark.parametrize("kw,msg", [
    (dict(kv_format="ragged", page_size=16), "page_size"),
    (dict(kv_format="paged"), "page_size"),
    (dict(kv_format="blocked"), "kv_format"),
    (dict(kv_format="ragged", mask="sliding"), "mask must be one of"),
    (dict(kv_format="ragged", mask="block_sparse"), "block"),
    (dict(kv_format="ragged", block=(64, 64)), "block"),
    (dict(kv_format="ragged", mask="block_sparse", block=(64,)), "two positive integers"),
    (dict(kv_format="ragged", mask="block_sparse", block=(0, 64)), "two positive integers"),
    (dict(kv_format="ragged", mask="custom", window_left=16), "window_left"),
    (dict(kv_format="ragged", rope_offsets=True), "rope_offsets needs rope"),
    (dict(kv_format="ragged", rope=63), "rotary_dim"),
    (dict(kv_format="ragged", rope=256), "rotary_dim"),
    (dict(kv_format="ragged", rope=-2), "rotary_dim"),
])
def test_variant_validation(kw, msg):
    with pytest.raises(ValueError, match=msg):
        pv.Variant("bf16", 32, 8, 128, **kw)


def test_alibi_needs_power_of_two_heads():
    with pytest.raises(ValueError, match="power-of-two num_qo_heads, got 24"):
        pv.Variant("bf16", 24, 8, 128, "ragged", alibi=True)
    pv.Variant("bf16", 24, 8, 128, "ragged")                     # fine without alibi


def _memrefs(text, name):
    m = re.search(rf"%{name}: memref<([^>]*)>", text)
    return m.group(1) if m else None


@pytest.mark.parametrize("v", pv.VARIANTS, ids=lambda v: v.name)
def test_ir_shapes(v):
    ir = v.mlir()
    hq, hkv, d, t = v.num_qo_heads, v.num_kv_heads, v.head_dim, v.dtype
    assert f"func.func @prefill_{v.name}(" in ir
    assert _memrefs(ir, "q") == f"?x{hq}x{d}x{t}" == _memrefs(ir, "o")
    assert _memrefs(ir, "qi") == "?xi32"
    assert "max_qo_len" not in ir
    if v.paged:
        pool = (f"?x{v.page_size}x{hkv}x{d}x{t}" if v.layout == "nhd"
                else f"?x{hkv}x{v.page_size}x{d}x{t}")
        assert _memrefs(ir, "kp") == pool == _memrefs(ir, "vp")
        assert (f"!attn.paged_kv<page_size = {v.page_size}, layout = {v.layout}, "
                f"num_heads = {hkv}, head_dim = {d}, element_type = {t}>") in ir
        assert "attn.paged_kv k(%kp" in ir and "last_page_len(%lp" in ir
    else:
        assert _memrefs(ir, "k") == f"?x{hkv}x{d}x{t}" == _memrefs(ir, "v")
        assert f"!attn.ragged_kv<num_heads = {hkv}, head_dim = {d}, element_type = {t}>" in ir
        assert "attn.ragged_kv k(%k" in ir
    assert (_memrefs(ir, "lse") == f"?x{hq}xf32") == v.lse
    assert (", %lse : " in ir) == v.lse
    mask = re.search(r"mask = (#attn\.mask<[^>]*>)", ir).group(1)
    assert mask == (f"#attn.mask<{v.mask}, window_left = {v.window_left}>"
                    if v.window_left >= 0 else
                    f"#attn.mask<{v.mask}, block = [{v.block[0]}, {v.block[1]}]>"
                    if v.block else f"#attn.mask<{v.mask}>")
    assert ("logits_soft_cap = 30.0 : f32" in ir) == bool(v.soft_cap)
    attrs = re.search(r"attn\.attention .* \{(.*)\}\n", ir).group(1)
    assert ("alibi" in re.split(r",\s*", attrs)) == v.alibi
    # The optional operands: function arguments and op keywords in the op's order.
    order = ["custom_mask", "mask_indptr", "block_indptr", "block_indices", "alibi_slopes",
             "rope_offsets"]
    op = re.search(r"attn\.attention .* outs\(", ir).group(0)
    present = [n for n in order if f" {n}(" in op]
    assert present == v.operands
    assert [op.index(f" {n}(") for n in present] == sorted(op.index(f" {n}(") for n in present)
    types = {"custom_mask": "?xui8", "mask_indptr": "?xi32", "block_indptr": "?xi32",
             "block_indices": "?xi32", "alibi_slopes": "?xf32", "rope_offsets": "?xi32"}
    for n in present:
        arg = re.search(rf" {n}\((%\w+) : memref<([^>]*)>\)", op)
        assert arg.group(2) == types[n]
        assert _memrefs(ir, arg.group(1)[1:]) == types[n]
    rope = re.search(r"rope = (#attn\.rope<[^>]*>)", attrs)
    assert (rope.group(1) if rope else None) == (
        f"#attn.rope<llama, rotary_dim = {v.rope}, theta = 500000.0>" if v.rope else None)


def _attn_opt():
    for cand in (os.environ.get("ATTN_OPT"), os.path.join(REPO, "build", "bin", "attn-opt"),
                 shutil.which("attn-opt")):
        if cand and os.access(cand, os.X_OK):
            return cand
    return None


@pytest.mark.skipif(_attn_opt() is None, reason="no attn-opt ($ATTN_OPT, build/bin)")
def test_ir_parses_and_verifies(tmp_path):
    exe = _attn_opt()
    for v in pv.VARIANTS:
        f = tmp_path / f"{v.name}.mlir"
        f.write_text(v.mlir())
        r = subprocess.run([exe, str(f)], capture_output=True, text=True)
        assert r.returncode == 0, f"{v.name}: {r.stderr}"
        assert "attn.attention" in r.stdout


def test_generator_writes_every_variant(tmp_path):
    gen = os.path.join(REPO, "scripts", "gen_prefill_variants.py")
    r = subprocess.run([sys.executable, gen, "--list"], capture_output=True, text=True,
                       check=True)
    assert r.stdout.split() == [v.name for v in pv.VARIANTS]
    r = subprocess.run([sys.executable, gen, "--list-experimental"], capture_output=True,
                       text=True, check=True)
    assert r.stdout.split() == [v.name for v in pv.VARIANTS if v.experimental]
    subprocess.run([sys.executable, gen, str(tmp_path)], check=True, capture_output=True)
    assert sorted(p.stem for p in tmp_path.glob("*.mlir")) == sorted(pv.BY_NAME)
    r = subprocess.run([sys.executable, gen, str(tmp_path), "--only", "nope"],
                       capture_output=True, text=True)
    assert r.returncode != 0 and "unknown variants: nope" in r.stderr


# ---- benchmark shapes and FLOPs ------------------------------------------------------------

sys.path.insert(0, os.path.join(REPO, "bench"))
try:
    import torch
    import prefill_bench as pb
    from reference import brute_force_mask
except ImportError:  # the benchmark (and reference.py) need torch
    torch = pb = brute_force_mask = None
needs_torch = pytest.mark.skipif(pb is None, reason="torch is not installed")


def _brute_pairs(q_lens, kv_lens, causal, window):
    return sum(int(brute_force_mask(lq, lk, causal, window).sum())
               for lq, lk in zip(q_lens, kv_lens))


@needs_torch
def test_square_flops_convention():
    s = {x.name: x for x in pb.shapes()}
    assert s["d128_full_16x1024"].flops() == 4 * 16 * 32 * 1024 ** 2 * 128
    assert s["d128_causal_16x1024"].flops() == 4 * 16 * 32 * 1024 ** 2 * 128 // 2
    assert s["d64_causal_1x16384"].flops() == 4 * 1 * 32 * 16384 ** 2 * 64 // 2
    # the d64 / d128 x causal / full x (16x1024, 4x4096, 1x16384) grid, then the GQA head_dim
    # 256 and the soft-capped squares
    grid = [x for x in s.values() if x.kind == "square" and x.head_dim in (64, 128)
            and x.num_qo_heads == x.num_kv_heads and not x.soft_cap]
    assert len(grid) == 12
    assert {x.name for x in s.values() if x.kind == "square"} - {x.name for x in grid} == {
        "d256_gqa_causal_1x16384", f"softcap{pb.SOFT_CAP:g}_causal_1x16384"}


@needs_torch
def test_window_and_document_flops_count_admitted_pairs():
    s = {x.name: x for x in pb.shapes()}
    w = s["window1024_1x16384"]
    assert w.window_left == 1024 and w.causal
    # closed form: row i sees min(i, W) + 1 keys
    pairs = sum(min(i, 1024) + 1 for i in range(16384))
    assert w.flops() == 4 * 32 * 128 * pairs
    doc = s["document_16384"]
    assert sum(doc.q_lens) == 16384 and doc.q_lens == doc.kv_lens and doc.batch >= 3
    assert doc.flops() == 4 * 32 * 128 * sum(L * (L + 1) // 2 for L in doc.q_lens)
    # far fewer than the full causal square: only pairs inside a document count
    assert doc.flops() < 4 * 32 * 128 * 16384 * 16385 // 2 / 3


@needs_torch
def test_flops_match_brute_force_mask_on_small_shapes():
    for causal, window, ql, kl in [(True, 3, [5, 9], [5, 20]), (True, -1, [7], [30]),
                                   (False, -1, [4, 6], [4, 6]), (True, 0, [8], [8])]:
        s = pb.Shape("t", "document", 4, 2, 8, causal, ql, kl, window_left=window)
        assert s.flops() == 4 * 4 * 8 * _brute_pairs(ql, kl, causal, window)


@needs_torch
def test_ragged_and_append_shapes():
    s = {x.name: x for x in pb.shapes(seed=0)}
    r = s["ragged16_causal"]
    assert r.batch == 16 and all(512 <= L <= 2048 for L in r.q_lens) and r.also_paged
    assert r.q_lens == pb.shapes(seed=0)[12].q_lens  # fixed seed: the same lengths each run
    assert (r.num_qo_heads, r.num_kv_heads) == (32, 8)
    a = s["append_b32_4096+128"]
    assert a.batch == 32 and set(a.q_lens) == {128} and set(a.kv_lens) == {4224}
    assert a.kv_format == "paged"
    # append: each new query row sees the 4096 cached keys plus the causal part of the new ones
    assert a.flops() == 4 * 32 * 128 * 32 * sum(4096 + i + 1 for i in range(128))
    # the ragged batch again, on 64-key pages
    p64 = s["ragged16_causal_p64"]
    assert p64.q_lens == r.q_lens and p64.kv_format == "paged" and p64.page_size == 64
    assert p64.flops() == r.flops() and pb.variant_for(p64, "paged").page_size == 64


@needs_torch
def test_every_shape_has_its_bench_variants():
    for s in pb.shapes():
        v = pb.variant_for(s, s.kv_format)
        # (the head_dim 256 shape times its variant as checked: experimental, writing the LSE)
        assert v.bench or (v.experimental and s.lse), s.name
        assert v.head_dim == s.head_dim and v.causal == s.causal, s.name
        if s.also_paged:
            assert pb.variant_for(s, "paged").bench
