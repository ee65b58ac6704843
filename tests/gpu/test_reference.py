"""CPU tests of the float64 reference (tests/gpu/reference.py): the vectorised decode and prefill
references against scalar loops on tiny inputs (prefill also with RoPE, partial RoPE, ALiBi,
given ALiBi slopes, RoPE offsets, custom and block-sparse masks), RoPE's relative-position
property, hand-computed RoPE / ALiBi cases, custom and block-sparse masks against the masks
they equal (causal, none), the mask pair counts, the page-table helpers and the random
operand generators of the GPU check. Needs torch; no GPU."""

import math
import os
import sys

import pytest

torch = pytest.importorskip("torch")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reference import (admitted_pairs, admitted_range, alibi_slopes,  # noqa: E402
                       block_sparse_mask_of, brute_force_mask, custom_mask_of, decode_reference,
                       naive_decode_reference, naive_prefill_reference, pack_bits, page_table,
                       paged_kv_lens, paged_kv_list, prefill_reference, random_block_sparse,
                       random_custom_masks, ragged_kv_list, rope_llama)


@pytest.mark.parametrize("layout", ["nhd", "hnd"])
@pytest.mark.parametrize("cap,window,rope", [(0.0, -1, False), (3.0, -1, False),
                                             (0.0, 4, False), (0.0, -1, True),
                                             (2.0, 2, True)])
def test_vectorised_matches_scalar(layout, cap, window, rope):
    g = torch.Generator().manual_seed(0)
    Hq, Hkv, D, P = 4, 2, 8, 4
    lens = [0, 1, 5, 9, 3]
    pool_pages = 12
    indptr, indices, last = page_table(lens, P, pool_pages, g)
    shape = (pool_pages, P, Hkv, D) if layout == "nhd" else (pool_pages, Hkv, P, D)
    k, v = torch.randn(shape, generator=g), torch.randn(shape, generator=g)
    q = torch.randn(len(lens), Hq, D, generator=g) * 2
    kw = dict(layout=layout, sm_scale=D ** -0.5, soft_cap=cap, window_left=window,
              rope_theta=100.0 if rope else None, rotary_dim=D)
    o1, l1 = decode_reference(q, k, v, indptr, indices, lens, **kw)
    o2, l2 = naive_decode_reference(q, k, v, indptr, indices, lens, **kw)
    assert torch.allclose(o1, o2, atol=1e-12)
    assert torch.equal(torch.isinf(l1), torch.isinf(l2))
    fin = torch.isfinite(l2)
    assert torch.allclose(l1[fin], l2[fin], atol=1e-12)
    assert (o1[0] == 0).all() and (l1[0] == -math.inf).all()


def test_page_table():
    g = torch.Generator().manual_seed(1)
    indptr, indices, last = page_table([0, 1, 16, 17, 33], 16, 20, g)
    assert indptr.tolist() == [0, 0, 1, 2, 4, 7]
    assert last.tolist() == [0, 1, 16, 1, 1]
    assert len(set(indices.tolist())) == 7 and max(indices.tolist()) < 20
    with pytest.raises(ValueError, match="pages needed"):
        page_table([100], 16, 3, g)


def test_rope_relative_position():
    # <rope(q, m), rope(k, n)> depends only on m - n.
    g = torch.Generator().manual_seed(2)
    q, k = torch.randn(16, generator=g, dtype=torch.float64), torch.randn(16, generator=g, dtype=torch.float64)
    d = lambda m, n: float(rope_llama(q, torch.tensor(m), 16, 1e4) @ rope_llama(k, torch.tensor(n), 16, 1e4))
    assert math.isclose(d(7, 3), d(104, 100), rel_tol=1e-9)
    # Only the first rotary_dim features rotate.
    r = rope_llama(q, torch.tensor(5), 8, 1e4)
    assert torch.equal(r[8:], q[8:])


# ---- prefill ------------------------------------------------------------------------------

# (q_len, kv_len) per request: prefill, append, a query row past the keys (q_len > kv_len:
# the first rows see nothing under causal), an empty query, an empty KV.
PREFILL_LENS = [(3, 3), (2, 7), (1, 1), (5, 2), (0, 4), (3, 0), (4, 9)]


def _ragged_inputs(g, Hq, Hkv, D, lens, qscale=1.0):
    qo = [0]
    kv = [0]
    for lq, lk in lens:
        qo.append(qo[-1] + lq)
        kv.append(kv[-1] + lk)
    q = torch.randn(qo[-1] + 1, Hq, D, generator=g, dtype=torch.float64) * qscale
    k = torch.randn(kv[-1], Hkv, D, generator=g, dtype=torch.float64)
    v = torch.randn(kv[-1], Hkv, D, generator=g, dtype=torch.float64)
    return q, qo, k, v, kv


def _assert_prefill_matches_naive(q, qo, k, v, kv, kw):
    """Asserts prefill_reference (in query chunks small enough for several per request) equals
    naive_prefill_reference on ragged KV: o within 1e-12, lse equal where infinite and within
    1e-12 elsewhere. Returns prefill_reference's (o, lse)."""
    chunk_elems = 3 * q.shape[1] * 9
    o1, l1 = prefill_reference(q, qo, ragged_kv_list(k, v, kv), chunk_elems=chunk_elems, **kw)
    o2, l2 = naive_prefill_reference(q, qo, ragged_kv_list(k, v, kv), **kw)
    assert torch.allclose(o1, o2, atol=1e-12)
    assert torch.equal(torch.isinf(l1), torch.isinf(l2))
    fin = torch.isfinite(l2)
    assert torch.allclose(l1[fin], l2[fin], atol=1e-12)
    return o1, l1


@pytest.mark.parametrize("Hq,Hkv", [(4, 4), (4, 2), (4, 1)])
@pytest.mark.parametrize("causal,window,cap", [(False, -1, 0.0), (True, -1, 0.0),
                                               (True, 2, 0.0), (True, -1, 2.5),
                                               (True, 3, 2.5), (False, 1, 0.0)])
def test_prefill_vectorised_matches_scalar(Hq, Hkv, causal, window, cap):
    g = torch.Generator().manual_seed(3)
    D = 4
    q, qo, k, v, kv = _ragged_inputs(g, Hq, Hkv, D, PREFILL_LENS, qscale=3.0 if cap else 1.0)
    kw = dict(sm_scale=D ** -0.5, causal=causal, window_left=window, soft_cap=cap)
    o1, l1 = _assert_prefill_matches_naive(q, qo, k, v, kv, kw)
    # the spare row past qo_indptr[-1] and the rows of the empty-KV request: o = 0, lse = -inf
    for r in [qo[-1], qo[5], qo[5] + 2]:
        assert (o1[r] == 0).all() and (l1[r] == -math.inf).all()
    if causal:  # q_len 5 > kv_len 2: rows 0..2 sit at positions -3..-1 and see no key
        assert (l1[qo[3]:qo[3] + 3] == -math.inf).all()
        assert torch.isfinite(l1[qo[3] + 3:qo[4]]).all()


# (rope rotary_dim or 0, alibi, causal, window, cap); D = 8, so rotary_dim 4 is partial.
ROPE_ALIBI_CASES = [(8, False, True, -1, 0.0), (4, False, True, -1, 0.0),
                    (8, False, False, -1, 0.0), (0, True, True, -1, 0.0),
                    (0, True, False, -1, 0.0), (0, True, True, 2, 2.5),
                    (0, True, False, -1, 2.5), (4, True, True, 3, 2.5)]


@pytest.mark.parametrize("Hq,Hkv", [(4, 4), (4, 2), (8, 1)])
@pytest.mark.parametrize("rope,alibi,causal,window,cap", ROPE_ALIBI_CASES)
def test_prefill_rope_alibi_vectorised_matches_scalar(Hq, Hkv, rope, alibi, causal, window,
                                                      cap):
    g = torch.Generator().manual_seed(7)
    D = 8
    q, qo, k, v, kv = _ragged_inputs(g, Hq, Hkv, D, PREFILL_LENS, qscale=3.0 if cap else 1.0)
    kw = dict(sm_scale=D ** -0.5, causal=causal, window_left=window, soft_cap=cap,
              rope_theta=50.0 if rope else None, rotary_dim=rope or None, alibi=alibi)
    o1, l1 = _assert_prefill_matches_naive(q, qo, k, v, kv, kw)
    # the features change the result (the test would not notice them being ignored otherwise)
    plain = dict(kw, rope_theta=None, alibi=False)
    o0, _ = prefill_reference(q, qo, ragged_kv_list(k, v, kv), **plain)
    assert not torch.allclose(o0, o1, atol=1e-6)


def test_alibi_slopes():
    assert alibi_slopes(8).tolist() == [2.0 ** -(h + 1) for h in range(8)]
    s32 = alibi_slopes(32)
    assert s32[0] == 2.0 ** -0.25 and s32[-1] == 2.0 ** -8
    assert alibi_slopes(1).tolist() == [2.0 ** -8]
    with pytest.raises(ValueError, match="power-of-two"):
        alibi_slopes(24)


def test_prefill_alibi_by_hand():
    # q = 0: the scores are the bias alone. One query over 2 keys sits at pos 1, so
    # s_0 = slope_h * (0 - 1), s_1 = 0; with no mask, a 2-query request over 3 keys puts row 0
    # at pos 1 with a positive bias on key 2 (the term is signed).
    Hq, D = 2, 3
    slopes = [2.0 ** -4, 2.0 ** -8]
    q = torch.zeros(3, Hq, D, dtype=torch.float64)
    k = torch.randn(5, 1, D, dtype=torch.float64)
    v = torch.randn(5, 1, D, dtype=torch.float64)
    kvl = ragged_kv_list(k, v, [0, 2, 5])
    o, lse = prefill_reference(q, [0, 1, 3], kvl, sm_scale=1.0, causal=False, alibi=True)
    for h, m in enumerate(slopes):
        w = torch.tensor([math.exp(-m), 1.0], dtype=torch.float64)
        assert math.isclose(float(lse[0, h]), math.log(1 + math.exp(-m)), rel_tol=1e-12)
        assert torch.allclose(o[0, h], (w[:, None] * v[:2, 0]).sum(0) / w.sum(), atol=1e-12)
        w = torch.tensor([math.exp(-m), 1.0, math.exp(m)], dtype=torch.float64)
        assert math.isclose(float(lse[1, h]), math.log(float(w.sum())), rel_tol=1e-12)
        assert torch.allclose(o[1, h], (w[:, None] * v[2:, 0]).sum(0) / w.sum(), atol=1e-12)


def test_prefill_rope_positions_by_hand():
    # D = rotary_dim = 2: rope(e_0, p) = (cos p, sin p), so <rope(e_0, p_i), rope(e_0, j)> =
    # cos(p_i - j). An append of 2 queries over 5 keys puts them at positions 3 and 4.
    q = torch.tensor([[[1.0, 0.0]]] * 2, dtype=torch.float64)
    k = torch.tensor([[[1.0, 0.0]]] * 5, dtype=torch.float64)
    v = torch.randn(5, 1, 2, dtype=torch.float64)
    o, lse = prefill_reference(q, [0, 2], ragged_kv_list(k, v, [0, 5]), sm_scale=1.0,
                               causal=False, rope_theta=1e4)
    for i, p in enumerate((3, 4)):
        s = torch.tensor([math.cos(p - j) for j in range(5)], dtype=torch.float64)
        assert math.isclose(float(lse[i, 0]), float(torch.logsumexp(s, 0)), rel_tol=1e-12)
        assert torch.allclose(o[i, 0], (torch.softmax(s, 0)[:, None] * v[:, 0]).sum(0),
                              atol=1e-12)


def test_prefill_rotary_dim_defaults_to_head_dim():
    g = torch.Generator().manual_seed(8)
    q, qo, k, v, kv = _ragged_inputs(g, 4, 2, 8, PREFILL_LENS)
    kw = dict(sm_scale=0.3, causal=True, rope_theta=1e4)
    a = prefill_reference(q, qo, ragged_kv_list(k, v, kv), **kw)
    b = prefill_reference(q, qo, ragged_kv_list(k, v, kv), rotary_dim=8, **kw)
    assert torch.equal(a[0], b[0]) and torch.equal(a[1], b[1])


def _one_query_paged_inputs(seed):
    """One query per request (4 query / 2 KV heads, D 8) over 1, 6 and 13 keys in a pool of
    ten 4-token NHD pages: lens, indptr, indices, last, k pool, v pool, q (float64)."""
    g = torch.Generator().manual_seed(seed)
    Hq, Hkv, D, P = 4, 2, 8, 4
    lens = [1, 6, 13]
    indptr, indices, last = page_table(lens, P, 10, g)
    kp = torch.randn(10, P, Hkv, D, generator=g, dtype=torch.float64)
    vp = torch.randn(10, P, Hkv, D, generator=g, dtype=torch.float64)
    q = torch.randn(len(lens), Hq, D, generator=g, dtype=torch.float64)
    return lens, indptr, indices, last, kp, vp, q


@pytest.mark.parametrize("rotary_dim", [8, 4])
def test_prefill_rope_matches_decode_for_one_query(rotary_dim):
    # A one-row append over L keys is decode: the query at position L - 1, key j at j.
    lens, indptr, indices, last, kp, vp, q = _one_query_paged_inputs(9)
    kvl = paged_kv_list(kp, vp, "nhd", indptr, indices, lens)
    kw = dict(sm_scale=0.3, window_left=4, soft_cap=2.0, rope_theta=100.0,
              rotary_dim=rotary_dim)
    o1, l1 = prefill_reference(q, list(range(len(lens) + 1)), kvl, causal=True, **kw)
    o2, l2 = decode_reference(q, kp, vp, indptr, indices, lens, layout="nhd", **kw)
    assert torch.allclose(o1, o2, atol=1e-12) and torch.allclose(l1, l2, atol=1e-12)


def test_prefill_matches_decode_for_one_query():
    # A one-row append over L keys is decode: same numbers as decode_reference.
    lens, indptr, indices, last, kp, vp, q = _one_query_paged_inputs(4)
    assert paged_kv_lens(indptr, last, 4) == lens
    kvl = paged_kv_list(kp, vp, "nhd", indptr, indices, lens)
    o1, l1 = prefill_reference(q, list(range(len(lens) + 1)), kvl, sm_scale=0.3, causal=True,
                               window_left=4)
    o2, l2 = decode_reference(q, kp, vp, indptr, indices, lens, layout="nhd", sm_scale=0.3,
                              window_left=4)
    assert torch.allclose(o1, o2, atol=1e-12) and torch.allclose(l1, l2, atol=1e-12)


@pytest.mark.parametrize("layout", ["nhd", "hnd"])
def test_paged_equals_ragged(layout):
    g = torch.Generator().manual_seed(5)
    Hq, Hkv, D, P = 4, 2, 8, 3
    q, qo, k, v, kv = _ragged_inputs(g, Hq, Hkv, D, PREFILL_LENS)
    kv_lens = [lk for _, lk in PREFILL_LENS]
    indptr, indices, last = page_table(kv_lens, P, 20, g)
    shape = (20, P, Hkv, D) if layout == "nhd" else (20, Hkv, P, D)
    kp = torch.zeros(shape, dtype=torch.float64)
    vp = torch.zeros(shape, dtype=torch.float64)
    for b, L in enumerate(kv_lens):
        for t in range(L):
            page = int(indices[int(indptr[b]) + t // P])
            dst = (page, t % P) if layout == "nhd" else (page, slice(None), t % P)
            kp[dst] = k[kv[b] + t]
            vp[dst] = v[kv[b] + t]
    assert paged_kv_lens(indptr, last, P) == kv_lens
    kw = dict(sm_scale=0.5, causal=True, window_left=3)
    o1, l1 = prefill_reference(q, qo, ragged_kv_list(k, v, kv), **kw)
    o2, l2 = prefill_reference(q, qo, paged_kv_list(kp, vp, layout, indptr, indices, kv_lens),
                               **kw)
    assert torch.equal(o1, o2) and torch.equal(l1, l2)


def test_prefill_gqa_equals_repeated_heads():
    g = torch.Generator().manual_seed(6)
    q, qo, k, v, kv = _ragged_inputs(g, 8, 2, 4, [(4, 6), (3, 3)])
    kw = dict(sm_scale=0.5, causal=True)
    o1, l1 = prefill_reference(q, qo, ragged_kv_list(k, v, kv), **kw)
    kr, vr = k.repeat_interleave(4, dim=1), v.repeat_interleave(4, dim=1)
    o2, l2 = prefill_reference(q, qo, ragged_kv_list(kr, vr, kv), **kw)
    assert torch.allclose(o1, o2, atol=1e-12) and torch.allclose(l1, l2, atol=1e-12)


@pytest.mark.parametrize("lq,lk", [(1, 1), (17, 17), (5, 100), (100, 5), (0, 3), (3, 0),
                                   (64, 1000), (577, 577)])
@pytest.mark.parametrize("causal,window", [(False, -1), (True, -1), (True, 0), (True, 16),
                                           (False, 16)])
def test_admitted_pairs_counts_the_mask(lq, lk, causal, window):
    m = brute_force_mask(lq, lk, causal, window)
    assert admitted_pairs(lq, lk, causal, window) == int(m.sum())
    for i in range(lq):
        lo, hi = admitted_range(i, lq, lk, causal, window)
        row = torch.zeros(lk, dtype=torch.bool)
        row[max(lo, 0):max(hi, lo, 0)] = True
        assert torch.equal(row, m[i]), i


def test_admitted_pairs_closed_forms():
    # causal square: L (L + 1) / 2; window W: sum of min(i, W) + 1
    assert admitted_pairs(1024, 1024, True) == 1024 * 1025 // 2
    assert admitted_pairs(4096, 4096, True, 1024) == sum(min(i, 1024) + 1 for i in range(4096))
    assert admitted_pairs(128, 4224, True) == sum(4096 + i + 1 for i in range(128))


# ---- custom and block-sparse masks, ALiBi slopes, RoPE offsets -----------------------------

def _assert_same(a, b, atol=1e-12):
    (o1, l1), (o2, l2) = a, b
    assert torch.allclose(o1, o2, atol=atol)
    assert torch.equal(torch.isinf(l1), torch.isinf(l2))
    fin = torch.isfinite(l2)
    assert torch.allclose(l1[fin], l2[fin], atol=atol)


def test_pack_bits_layout():
    m0 = torch.tensor([[1, 0, 1], [1, 1, 0]], dtype=torch.bool)       # 6 bits: one byte
    m1 = torch.tensor([[1] * 4, [0] * 4, [1, 0, 0, 1]], dtype=torch.bool)  # 12 bits: two
    cm, ip = pack_bits([m0, m1, torch.zeros(0, 3, dtype=torch.bool)])
    assert ip.tolist() == [0, 1, 3, 3]
    assert cm.tolist() == [0b011101, 0b00001111, 0b1001]
    assert torch.equal(custom_mask_of(cm, ip, 0, 2, 3), m0)
    assert torch.equal(custom_mask_of(cm, ip, 1, 3, 4), m1)
    assert custom_mask_of(cm, ip, 2, 0, 3).shape == (0, 3)


def test_attn_mlir_packer_matches_the_reference():
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                    "python"))
    from attn_mlir import pack_custom_mask
    g = torch.Generator().manual_seed(11)
    masks = random_custom_masks([3, 0, 5, 1, 17], [7, 4, 0, 9, 33], g)
    a, b = pack_custom_mask(masks), pack_bits(masks)
    assert torch.equal(a[0], b[0]) and torch.equal(a[1], b[1])


@pytest.mark.parametrize("Hq,Hkv", [(4, 4), (4, 2), (4, 1)])
def test_custom_mask_equal_to_causal_is_causal(Hq, Hkv):
    g = torch.Generator().manual_seed(12)
    D = 4
    q, qo, k, v, kv = _ragged_inputs(g, Hq, Hkv, D, PREFILL_LENS)
    masks = [brute_force_mask(lq, lk, True, -1) for lq, lk in PREFILL_LENS]
    cm = pack_bits(masks)
    kw = dict(sm_scale=D ** -0.5)
    kvl = ragged_kv_list(k, v, kv)
    ref = prefill_reference(q, qo, kvl, causal=True, **kw)
    _assert_same(prefill_reference(q, qo, kvl, causal=False, custom_mask=cm,
                                   chunk_elems=3 * Hq * 9, **kw), ref)
    _assert_same(naive_prefill_reference(q, qo, kvl, causal=False, custom_mask=cm, **kw), ref)
    # ... and a window too: the custom mask of causal + window 2
    masks = [brute_force_mask(lq, lk, True, 2) for lq, lk in PREFILL_LENS]
    _assert_same(prefill_reference(q, qo, kvl, causal=False, custom_mask=pack_bits(masks), **kw),
                 prefill_reference(q, qo, kvl, causal=True, window_left=2, **kw))


def test_custom_mask_rows_without_keys():
    g = torch.Generator().manual_seed(13)
    lens = [(4, 6), (3, 5)]
    q, qo, k, v, kv = _ragged_inputs(g, 4, 2, 4, lens)
    masks = random_custom_masks([4, 3], [6, 5], g)
    assert not masks[0][0].any() and masks[0][1].all() and not masks[1][0].any()
    o, lse = prefill_reference(q, qo, ragged_kv_list(k, v, kv), sm_scale=0.5, causal=False,
                               custom_mask=pack_bits(masks))
    for row in (0, 4):                       # row 0 of each request sees nothing
        assert (o[row] == 0).all() and (lse[row] == -math.inf).all()
    # row 1 sees every key: the mask-none result
    o0, l0 = prefill_reference(q, qo, ragged_kv_list(k, v, kv), sm_scale=0.5, causal=False)
    assert torch.allclose(o[1], o0[1], atol=1e-12) and torch.allclose(lse[5], l0[5])


@pytest.mark.parametrize("Hq,Hkv", [(4, 2), (8, 1)])
@pytest.mark.parametrize("causal", [False, True])
def test_custom_mask_vectorised_matches_scalar(Hq, Hkv, causal):
    g = torch.Generator().manual_seed(14)
    D = 4
    q, qo, k, v, kv = _ragged_inputs(g, Hq, Hkv, D, PREFILL_LENS)
    cm = pack_bits(random_custom_masks([a for a, _ in PREFILL_LENS],
                                       [b for _, b in PREFILL_LENS], g))
    kw = dict(sm_scale=D ** -0.5, causal=causal, custom_mask=cm)
    kvl = ragged_kv_list(k, v, kv)
    res = prefill_reference(q, qo, kvl, chunk_elems=2 * Hq * 9, **kw)
    _assert_same(res, naive_prefill_reference(q, qo, kvl, **kw))
    # the mask matters
    assert not torch.allclose(res[0], prefill_reference(q, qo, kvl, sm_scale=D ** -0.5,
                                                        causal=causal)[0], atol=1e-6)


# Block-sparse batches: (q_len, kv_len) with every request with queries starting at a multiple
# of R = 4 (so lengths are multiples of 4 but for the last), an empty query request too.
BSR_LENS = [(4, 9), (8, 3), (0, 5), (4, 0), (6, 13)]


@pytest.mark.parametrize("C", [1, 3, 4])
def test_block_sparse_with_every_block_is_mask_none(C):
    g = torch.Generator().manual_seed(15)
    R = 4
    q, qo, k, v, kv = _ragged_inputs(g, 4, 2, 4, BSR_LENS)
    T = qo[-1]
    rows = (T + R - 1) // R
    owner = {}
    for b in range(len(BSR_LENS)):
        for r in range(qo[b] // R, (qo[b + 1] + R - 1) // R):
            owner[r] = b
    indptr, indices = [0], []
    for r in range(rows):
        indices += list(range((BSR_LENS[owner[r]][1] + C - 1) // C))
        indptr.append(len(indices))
    bs = (R, C, indptr, indices)
    kvl = ragged_kv_list(k, v, kv)
    ref = prefill_reference(q, qo, kvl, sm_scale=0.5, causal=False)
    _assert_same(prefill_reference(q, qo, kvl, sm_scale=0.5, causal=False, block_sparse=bs,
                                   chunk_elems=2 * 4 * 9), ref)
    _assert_same(naive_prefill_reference(q, qo, kvl, sm_scale=0.5, causal=False,
                                         block_sparse=bs), ref)
    # Listing no block at all: every row sees nothing.
    o, lse = prefill_reference(q, qo, kvl, sm_scale=0.5, causal=False,
                               block_sparse=(R, C, [0] * (rows + 1), []))
    assert (o == 0).all() and (lse == -math.inf).all()


def test_block_sparse_mask_by_hand():
    # R = 2, C = 2; one request of 4 queries (block rows 0, 1) over 5 keys (columns 0, 1, 2).
    # Row 0 lists columns {1, 7 (past the keys)}, row 1 lists {0, 2}.
    m = block_sparse_mask_of((2, 2, [0, 2, 4], [1, 7, 0, 2]), 0, 4, 5)
    want = torch.tensor([[0, 0, 1, 1, 0], [0, 0, 1, 1, 0], [1, 1, 0, 0, 1], [1, 1, 0, 0, 1]],
                        dtype=torch.bool)
    assert torch.equal(m, want)
    # The second request starts at row 4 = block row 2.
    m = block_sparse_mask_of((2, 2, [0, 0, 0, 1, 1], [1]), 4, 2, 3)
    assert torch.equal(m, torch.tensor([[0, 0, 1], [0, 0, 1]], dtype=torch.bool))


@pytest.mark.parametrize("Hq,Hkv", [(4, 2), (8, 1)])
@pytest.mark.parametrize("R,C", [(4, 2), (4, 5), (2, 3)])
def test_block_sparse_vectorised_matches_scalar(Hq, Hkv, R, C):
    g = torch.Generator().manual_seed(16)
    lens = BSR_LENS if R == 4 else [(2, 7), (4, 1), (0, 3), (3, 11)]
    q, qo, k, v, kv = _ragged_inputs(g, Hq, Hkv, 4, lens)
    bi, bx = random_block_sparse(qo, [b for _, b in lens], R, C, g, density=0.5)
    kw = dict(sm_scale=0.5, causal=False, block_sparse=(R, C, bi, bx))
    kvl = ragged_kv_list(k, v, kv)
    _assert_same(prefill_reference(q, qo, kvl, chunk_elems=2 * Hq * 9, **kw),
                 naive_prefill_reference(q, qo, kvl, **kw))


def test_random_block_sparse_shape():
    g = torch.Generator().manual_seed(17)
    qo = [0, 64, 64, 192, 250]                 # the last request (58 rows) is not aligned
    kv_lens = [100, 7, 4000, 300]
    bi, bx = random_block_sparse(qo, kv_lens, 64, 64, g)
    assert bi.tolist()[0] == 0 and len(bi) == 4 + 1 and bi[-1] <= bx.numel()
    assert all(bi[r] <= bi[r + 1] for r in range(4))
    # block rows 1, 2 belong to request 2 (the most block rows): its first row is empty,
    # every other row lists a block
    assert bi[2] == bi[1]
    assert all(bi[r + 1] > bi[r] for r in (0, 2, 3))
    ncols = {0: 2, 1: 63, 2: 63, 3: 5}
    rows = [bx[bi[r]:bi[r + 1]].tolist() for r in range(4)]
    assert any(c >= ncols[r] for r in range(4) for c in rows[r])   # one column past the keys
    for r in range(4):
        assert len(set(rows[r])) == len(rows[r])
    dens = sum(len([c for c in rows[r] if c < ncols[r]]) for r in range(4)) / (2 + 63 + 5)
    assert 0.2 < dens < 0.6
    with pytest.raises(ValueError, match="not a multiple of R"):
        random_block_sparse([0, 3, 9], [5, 5], 4, 4, g)
    # one block row: nothing is emptied, and it lists a block
    bi, bx = random_block_sparse([0, 17], [17], 64, 64, g, out_of_range=False)
    assert bi.tolist() == [0, 1] and bx.tolist() == [0]


@pytest.mark.parametrize("causal,cap", [(True, 0.0), (False, 2.5)])
def test_alibi_slopes_operand(causal, cap):
    g = torch.Generator().manual_seed(18)
    Hq, D = 8, 4
    q, qo, k, v, kv = _ragged_inputs(g, Hq, 2, D, PREFILL_LENS, qscale=3.0 if cap else 1.0)
    kvl = ragged_kv_list(k, v, kv)
    kw = dict(sm_scale=D ** -0.5, causal=causal, soft_cap=cap)
    # the standard slopes as an operand: the `alibi` attribute alone
    _assert_same(prefill_reference(q, qo, kvl, alibi_slopes=alibi_slopes(Hq), **kw),
                 prefill_reference(q, qo, kvl, alibi=True, **kw))
    slopes = torch.rand(Hq, generator=g, dtype=torch.float64) * 0.7
    res = prefill_reference(q, qo, kvl, alibi_slopes=slopes, chunk_elems=2 * Hq * 9, **kw)
    _assert_same(res, naive_prefill_reference(q, qo, kvl, alibi_slopes=slopes, **kw))
    assert not torch.allclose(res[0], prefill_reference(q, qo, kvl, alibi=True, **kw)[0],
                              atol=1e-6)


@pytest.mark.parametrize("rotary_dim", [8, 4])
def test_rope_offsets(rotary_dim):
    # The offset moves queries and keys of a request together: the scores depend on position
    # differences only, so the result is the offset-free one (up to rounding), and the
    # references agree with each other.
    g = torch.Generator().manual_seed(19)
    q, qo, k, v, kv = _ragged_inputs(g, 4, 2, 8, PREFILL_LENS)
    kvl = ragged_kv_list(k, v, kv)
    offsets = [0, 3, 1000, 7, 0, 12, 4096]
    kw = dict(sm_scale=0.4, causal=True, rope_theta=100.0, rotary_dim=rotary_dim)
    res = prefill_reference(q, qo, kvl, rope_offsets=offsets, **kw)
    _assert_same(res, naive_prefill_reference(q, qo, kvl, rope_offsets=offsets, **kw),
                 atol=1e-9)
    _assert_same(res, prefill_reference(q, qo, kvl, **kw), atol=1e-9)
