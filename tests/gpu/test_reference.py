"""CPU tests of the float64 reference (tests/gpu/reference.py): the vectorised version against a
scalar loop on tiny inputs, and RoPE's relative-position property. Needs torch; no GPU."""

import math
import os
import sys

import pytest

torch = pytest.importorskip("torch")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reference import (decode_reference, naive_decode_reference, page_table,  # noqa: E402
                       rope_llama)


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
