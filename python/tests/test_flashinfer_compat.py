"""attn_mlir.flashinfer against FlashInfer 0.5.3's API, on the CPU: every function and method
has FlashInfer's parameters (names, order, kinds, defaults; from the snapshot written by
scripts/snapshot_flashinfer_signatures.py), and arguments the runtime cannot honour raise
NotImplementedError naming them before anything else happens (no torch, no GPU needed)."""

import ast
import inspect
import json
import os

import pytest

from attn_mlir import flashinfer as fi

SNAPSHOT = os.path.join(os.path.dirname(__file__), "data", "flashinfer_0.5.3_signatures.json")
SIGS = json.load(open(SNAPSHOT))["signatures"]

KINDS = {
    inspect.Parameter.POSITIONAL_ONLY: "positional",
    inspect.Parameter.POSITIONAL_OR_KEYWORD: "positional",
    inspect.Parameter.VAR_POSITIONAL: "var_positional",
    inspect.Parameter.KEYWORD_ONLY: "keyword_only",
    inspect.Parameter.VAR_KEYWORD: "var_keyword",
}


def ours(name):
    obj = fi
    for part in name.split("."):
        obj = getattr(obj, part)
    return obj


def value(src):
    """A default from its source text (None for no default)."""
    if src is None:
        return inspect.Parameter.empty
    return ast.literal_eval(src)


@pytest.mark.parametrize("name", sorted(SIGS))
def test_signature_matches_flashinfer(name):
    want = SIGS[name]
    got = list(inspect.signature(ours(name)).parameters.values())
    assert [p.name for p in got] == [p["name"] for p in want], name
    for g, w in zip(got, want):
        assert KINDS[g.kind] == w["kind"], (name, g.name)
        if w["kind"] in ("var_positional", "var_keyword"):
            continue
        exp = value(w["default"])
        if exp is inspect.Parameter.empty:
            assert g.default is inspect.Parameter.empty, (name, g.name, g.default)
        else:
            assert g.default == exp and type(g.default) in (type(exp), float, int), \
                (name, g.name, g.default, exp)


def test_exports_cover_the_snapshot():
    top = {n.split(".")[0] for n in SIGS}
    assert top <= set(fi.__all__)
    assert "MultiLevelCascadeAttentionWrapper" in fi.__all__


def test_lse_conversion_constants():
    import math
    assert fi.LOG2E * fi.LN2 == pytest.approx(1.0)
    assert math.exp(1.0) ** 0 == 1.0 and 2 ** (1.0 * fi.LOG2E) == pytest.approx(math.e)


def raises_named(arg, fn, *a, **kw):
    with pytest.raises(NotImplementedError, match=arg):
        fn(*a, **kw)


@pytest.mark.parametrize("kw", [dict(backend="trtllm-gen"), dict(backend="cudnn"),
                                dict(jit_args=[1])])
def test_decode_wrapper_init_unsupported(kw):
    raises_named(list(kw)[0], fi.BatchDecodeWithPagedKVCacheWrapper, None, **kw)


@pytest.mark.parametrize("cls", [fi.BatchPrefillWithPagedKVCacheWrapper,
                                 fi.BatchPrefillWithRaggedKVCacheWrapper])
@pytest.mark.parametrize("kw", [dict(backend="fa3x"), dict(jit_args=[1]),
                                dict(jit_kwargs={"a": 1})])
def test_prefill_wrapper_init_unsupported(cls, kw):
    raises_named(list(kw)[0], cls, None, **kw)


def test_ragged_hnd_unsupported():
    raises_named("HND", fi.BatchPrefillWithRaggedKVCacheWrapper, None, kv_layout="HND")


def test_bad_layout_is_value_error():
    with pytest.raises(ValueError, match="kv_layout"):
        fi.BatchPrefillWithPagedKVCacheWrapper(None, kv_layout="NDH")


@pytest.mark.parametrize("kw", [dict(block_tables=1), dict(seq_lens=1),
                                dict(fixed_split_size=4), dict(disable_split_kv=True)])
def test_decode_plan_unsupported(kw):
    w = object.__new__(fi.BatchDecodeWithPagedKVCacheWrapper)
    raises_named(list(kw)[0], w.plan, [0, 1], [0], [1], 4, 2, 16, 4, **kw)


@pytest.mark.parametrize("kw", [dict(q_scale=1.0), dict(k_scale=1.0), dict(v_scale=1.0),
                                dict(sinks=1), dict(q_len_per_req=2)])
def test_decode_run_unsupported(kw):
    w = object.__new__(fi.BatchDecodeWithPagedKVCacheWrapper)
    raises_named(list(kw)[0], w.run, None, None, **kw)


def test_run_extra_positional_unsupported():
    w = object.__new__(fi.BatchDecodeWithPagedKVCacheWrapper)
    raises_named("positional", w.run, None, None, 1)
    w = object.__new__(fi.BatchPrefillWithRaggedKVCacheWrapper)
    raises_named("positional", w.run, None, None, None, 1)


@pytest.mark.parametrize("kw", [dict(prefix_len_ptr=1), dict(token_pos_in_items_ptr=1),
                                dict(token_pos_in_items_len=3), dict(max_item_len_ptr=1),
                                dict(seq_lens=1), dict(seq_lens_q=1), dict(block_tables=1),
                                dict(max_token_per_sequence=1), dict(max_sequence_kv=1),
                                dict(fixed_split_size=1), dict(disable_split_kv=True),
                                dict(head_dim_vo=64), dict(use_fp16_qk_reduction=True)])
def test_paged_prefill_plan_unsupported(kw):
    w = object.__new__(fi.BatchPrefillWithPagedKVCacheWrapper)
    w._paged = True
    raises_named(list(kw)[0], w.plan, [0, 1], [0, 1], [0], [1], 4, 2, 16, 4, **kw)


@pytest.mark.parametrize("kw", [dict(q_scale=1.0), dict(k_scale=1.0), dict(v_scale=1.0),
                                dict(sinks=1)])
def test_paged_prefill_run_unsupported(kw):
    w = object.__new__(fi.BatchPrefillWithPagedKVCacheWrapper)
    raises_named(list(kw)[0], w.run, None, None, **kw)


@pytest.mark.parametrize("kw", [dict(scale_q=1.0), dict(scale_k=1.0), dict(scale_v=1.0),
                                dict(use_fp16_qk_reduction=True), dict(backend="cutlass")])
def test_single_prefill_unsupported(kw):
    raises_named(list(kw)[0], fi.single_prefill_with_kv_cache, None, None, None, **kw)


@pytest.mark.parametrize("kw", [dict(q_scale=1.0), dict(k_scale=1.0), dict(v_scale=1.0)])
def test_single_decode_unsupported(kw):
    raises_named(list(kw)[0], fi.single_decode_with_kv_cache, None, None, None, **kw)


def test_merge_state_in_place_mask_unsupported():
    raises_named("mask", fi.merge_state_in_place, None, None, None, None, mask=1)


def test_ops_bundle_is_called_in_one_place():
    """The lead adapts ops_bundle's parameters at merge: one helper names it."""
    src = inspect.getsource(fi)
    assert src.count(".ops_bundle(") == 1


# ---- with torch (CPU tensors) ----------------------------------------------------------------

@pytest.mark.parametrize("layout", ["NHD", "HND"])
def test_combined_cache_halves_are_views_not_copies(layout):
    torch = pytest.importorskip("torch")
    cache = torch.zeros(3, 2, 4, 2, 8)
    k, v = fi._split_paged_cache(cache, layout)
    assert k.data_ptr() == cache.data_ptr()
    assert v.data_ptr() == cache[:, 1].data_ptr()
    assert k.stride(0) == v.stride(0) == 2 * 4 * 2 * 8
    k, v = torch.zeros(3, 4, 2, 8), torch.zeros(3, 4, 2, 8)
    got = fi._split_paged_cache((k, v), layout)
    assert got[0] is k and got[1] is v


def test_strided_views_the_kernels_cannot_take():
    torch = pytest.importorskip("torch")
    # Pages not contiguous inside: a [pages, 2, ...] cache whose last two dims are swapped.
    cache = torch.zeros(3, 2, 4, 8, 2).transpose(3, 4)
    with pytest.raises(ValueError, match="each page must be contiguous"):
        fi._split_paged_cache(cache, "NHD")
    # K and V pages a different stride apart.
    k = torch.zeros(3, 2, 4, 2, 8)[:, 0]
    v = torch.zeros(3, 4, 2, 8)
    with pytest.raises(ValueError, match="page strides 128 and 64; the kernels take one"):
        fi._split_paged_cache((k, v), "NHD")


def test_dtype_unsupported():
    pytest.importorskip("torch")
    raises_named("q_data_type", fi._dtype, "float32", "q_data_type")


def test_pos_ids_and_batch_positions():
    torch = pytest.importorskip("torch")
    indptr = torch.tensor([0, 2, 2, 5], dtype=torch.int32)
    offsets = torch.tensor([3, 0, 10], dtype=torch.int32)
    assert fi._pos_ids_of(indptr, offsets, 5).tolist() == [3, 4, 10, 11, 12]
    seq_lens = torch.tensor([5, 1, 3], dtype=torch.int32)
    b, p = fi.get_batch_indices_positions(indptr, seq_lens, 5)
    assert b.tolist() == [0, 0, 2, 2, 2] and p.tolist() == [3, 4, 0, 1, 2]
    assert fi.get_seq_lens(torch.tensor([0, 2, 3]), torch.tensor([3, 4]), 4).tolist() == [7, 4]
