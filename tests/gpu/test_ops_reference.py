"""CPU tests of check_ops.py's references and case generator (run by gpu_check.sh's unit
step; skipped without torch): the float64 RoPE against a complex-number formulation and a
scalar Llama 3.1 frequency rule, the append batches against their invariants, and the merge
reference against scalar log-sum-exp arithmetic, associativity and its -inf rules."""

import math

import pytest

torch = pytest.importorskip("torch")

import check_ops as co  # noqa: E402
import ops_variants as ov  # noqa: E402


def llama31_freq(v, i):
    """Hugging Face's _compute_llama3_parameters for one pair, as scalars."""
    f = v.theta ** (-2.0 * i / v.rotary_dim)
    wavelen = 2 * math.pi / f
    if v.kind == "llama3":
        if wavelen > v.original_max_position / v.low_freq_factor:
            f = f / v.factor
        elif wavelen >= v.original_max_position / v.high_freq_factor:
            s = (v.original_max_position / wavelen - v.low_freq_factor) / (
                v.high_freq_factor - v.low_freq_factor)
            f = (1 - s) * f / v.factor + s * f
    return f / v.scale


@pytest.mark.parametrize("v", ov.ROPES, ids=lambda v: v.name)
def test_rope_reference_matches_complex_rotation(v):
    g = torch.Generator().manual_seed(0)
    n, h = 3, 2
    x = torch.randn(n, h, v.head_dim, generator=g, dtype=torch.float64)
    pos = torch.tensor([0, 7, 5000])
    freqs = co.rope_freqs(v)
    assert torch.allclose(freqs, torch.tensor([llama31_freq(v, i)
                                               for i in range(v.rotary_dim // 2)],
                                              dtype=torch.float64))
    got = co.rope_reference(v, x, pos)
    rd, half = v.rotary_dim, v.rotary_dim // 2
    if v.interleave:
        z = torch.complex(x[..., 0:rd:2], x[..., 1:rd:2])
    else:
        z = torch.complex(x[..., :half], x[..., half:rd])
    z = z * torch.polar(torch.ones(n, 1, half, dtype=torch.float64),
                        pos.double()[:, None, None] * freqs[None, None, :])
    want = x.clone()
    if v.interleave:
        want[..., 0:rd:2], want[..., 1:rd:2] = z.real, z.imag
    else:
        want[..., :half], want[..., half:rd] = z.real, z.imag
    assert torch.allclose(got, want, atol=1e-12)
    assert torch.equal(got[..., rd:], x[..., rd:])


@pytest.mark.parametrize("rows", co.ROWS)
@pytest.mark.parametrize("v", [ov.APPENDS[0], ov.APPENDS[2]], ids=lambda v: v.name)
def test_append_cases_write_distinct_covered_slots(v, rows):
    g = torch.Generator().manual_seed(rows)
    x, slots = co.append_case(v, rows, torch.device("cpu"), g)
    assert len(slots) == rows and len(set(slots)) == rows
    assert x["k"].shape == (rows, v.num_kv_heads, v.head_dim)
    assert (x["k"] != 0).all()
    indptr, indices = x["kv_indptr"].tolist(), x["kv_indices"].tolist()
    assert len(set(indices)) == len(indices) and max(indices) < x["k_cache"].shape[0]
    for b, p, (page, slot) in zip(x["batch_indices"].tolist(), x["positions"].tolist(), slots):
        assert indptr[b] + p // v.page_size < indptr[b + 1]
        assert (page, slot) == (indices[indptr[b] + p // v.page_size], p % v.page_size)


def scalar_merge(states):
    """[(v list, s)] merged with math.fsum / math.exp, the formula of the op docs."""
    finite = [(v, s) for v, s in states if s != -math.inf]
    if not finite:
        return [0.0] * len(states[0][0]), -math.inf
    m = max(s for _, s in finite)
    d = math.fsum(math.exp(s - m) for _, s in finite)
    lse = m + math.log(d)
    v = [math.fsum(math.exp(s - lse) * vv[i] for vv, s in finite)
         for i in range(len(finite[0][0]))]
    return v, lse


@pytest.mark.parametrize("k", [1, 2, 3, 7])
def test_merge_reference_matches_scalar_arithmetic(k):
    g = torch.Generator().manual_seed(k)
    n, h, d = 6, 2, 5
    v = torch.randn(n, k, h, d, generator=g, dtype=torch.float64)
    s = torch.randn(n, k, h, generator=g, dtype=torch.float64) * 4
    s[1, 0] = -math.inf            # one state empty
    s[2] = -math.inf               # every state empty
    s[3, 0] += 600.0               # exp(s) far past float64 range after the offset below
    s[4] += 800.0                  # a common offset: exp(800) overflows float64
    got_v, got_s = co.merge_reference(v, s)
    for r in range(n):
        for hh in range(h):
            want_v, want_s = scalar_merge([(v[r, j, hh].tolist(), s[r, j, hh].item())
                                           for j in range(k)])
            if want_s == -math.inf:
                assert got_s[r, hh].item() == -math.inf
                assert (got_v[r, hh] == 0).all()
            else:
                assert got_s[r, hh].item() == pytest.approx(want_s, rel=1e-12, abs=1e-12)
                assert got_v[r, hh].tolist() == pytest.approx(want_v, rel=1e-9, abs=1e-12)


def test_merge_reference_two_states_is_cascade_formula_and_associative():
    g = torch.Generator().manual_seed(7)
    v = torch.randn(4, 3, 2, 8, generator=g, dtype=torch.float64)
    s = torch.randn(4, 3, 2, generator=g, dtype=torch.float64) * 3
    ab_v, ab_s = co.merge_reference(v[:, :2], s[:, :2])
    # s = log(exp(s_a) + exp(s_b)), v = exp(s_a - s) v_a + exp(s_b - s) v_b
    want_s = torch.log(torch.exp(s[:, 0]) + torch.exp(s[:, 1]))
    want_v = (torch.exp(s[:, 0] - want_s)[..., None] * v[:, 0]
              + torch.exp(s[:, 1] - want_s)[..., None] * v[:, 1])
    assert torch.allclose(ab_s, want_s, atol=1e-12)
    assert torch.allclose(ab_v, want_v, atol=1e-12)
    # merge(merge(a, b), c) == merge(a, b, c): what cascade attention relies on.
    abc_v, abc_s = co.merge_reference(torch.stack([ab_v, v[:, 2]], 1),
                                      torch.stack([ab_s, s[:, 2]], 1))
    all_v, all_s = co.merge_reference(v, s)
    assert torch.allclose(abc_s, all_s, atol=1e-12)
    assert torch.allclose(abc_v, all_v, atol=1e-12)
    # A state merged with an empty one is itself.
    e_v, e_s = co.merge_reference(torch.stack([v[:, 0], v[:, 1]], 1),
                                  torch.stack([s[:, 0], torch.full_like(s[:, 1], -math.inf)], 1))
    assert torch.equal(e_s, s[:, 0]) and torch.allclose(e_v, v[:, 0], atol=1e-15)


@pytest.mark.parametrize("v", ov.MERGES, ids=lambda v: v.name)
def test_merge_inputs_cover_the_awkward_rows(v):
    g = torch.Generator().manual_seed(3)
    for k in v.counts:
        x, s = co.merge_inputs(v, 17, k, torch.device("cpu"), g)
        assert x.shape == (17, k, v.num_heads, v.head_dim)
        assert x.dtype == co.torch_dtype(v.state_dtype) and s.dtype == torch.float32
        assert (x != 0).all()
        neg = torch.isinf(s) & (s < 0)
        assert neg[2].all() and neg[7].all()                      # every state -inf
        assert neg[1, 0].all() and not neg[1, 1:].any()           # one state -inf
        assert (s[4] > 300).all() and (s[9] > 300).all()          # large common offset
        if k > 1:
            assert (s[3, 0] - s[3, 1:].max(0).values > 60).all()  # a large gap
        ref_v, ref_s = co.merge_reference(x, s)
        assert torch.isfinite(ref_v).all()
        assert (torch.isinf(ref_s) == (neg.all(1))).all()


def test_merge_variants_compile_to_distinct_kernels():
    names = [v.kernel for v in ov.APPENDS + ov.ROPES + ov.MERGES]
    assert len(set(names)) == len(names)
    forms = {v.form for v in ov.MERGES}
    assert forms == {"state", "states"}
    text = ov.BUNDLE.mlir()
    for v in ov.MERGES:
        assert f"func.func @{v.name}(" in text
        assert ("attn.merge_state ins" if v.form == "state" else "attn.merge_states ins") in \
            v.mlir()
        assert (", %so" in v.mlir()) == v.return_lse
