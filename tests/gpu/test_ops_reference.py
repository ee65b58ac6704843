"""CPU tests of check_ops.py's references and case generator (run by gpu_check.sh's unit
step; skipped without torch): the float64 RoPE against a complex-number formulation and a
scalar Llama 3.1 frequency rule, and the append batches against their invariants."""

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
