"""Argument checks of AppendPagedKV and ApplyRope that run on the CPU (skipped without torch).

Every check happens before the library is called, so an object whose handle is closed reaches
"... is closed" exactly when all arguments passed.
"""

import pytest

torch = pytest.importorskip("torch")

from attn_mlir import _capi  # noqa: E402
from attn_mlir.ops import AppendPagedKV, ApplyRope  # noqa: E402

HQ, HKV, D, P, N = 4, 2, 16, 4, 5


def append(layout="nhd"):
    """An AppendPagedKV with no library handle, on the CPU."""
    a = object.__new__(AppendPagedKV)
    a._handle = None
    a.num_kv_heads, a.head_dim, a.page_size, a.layout = HKV, D, P, layout
    a.dtype = torch.bfloat16
    a.device = torch.device("cpu")
    return a


def rope():
    r = object.__new__(ApplyRope)
    r._handle = None
    r.num_qo_heads, r.num_kv_heads, r.head_dim = HQ, HKV, D
    r.dtype = torch.float16
    r.device = torch.device("cpu")
    return r


def append_args(layout="nhd", **over):
    pool = (3, P, HKV, D) if layout == "nhd" else (3, HKV, P, D)
    a = dict(append_key=torch.zeros(N, HKV, D, dtype=torch.bfloat16),
             append_value=torch.zeros(N, HKV, D, dtype=torch.bfloat16),
             batch_indices=torch.zeros(N, dtype=torch.int32),
             positions=torch.zeros(N, dtype=torch.int32),
             paged_kv_cache=(torch.zeros(pool, dtype=torch.bfloat16),
                             torch.zeros(pool, dtype=torch.bfloat16)),
             kv_indices=torch.zeros(3, dtype=torch.int32),
             kv_indptr=torch.tensor([0, 3], dtype=torch.int32))
    a.update(over)
    return a


def test_append_accepts_valid_arguments():
    for layout in ("nhd", "hnd"):
        with pytest.raises(ValueError, match="AppendPagedKV is closed"):
            append(layout).run(**append_args(layout))


@pytest.mark.parametrize("over,err,msg", [
    (dict(append_key=torch.zeros(N, HKV, D, dtype=torch.float16)), TypeError,
     "append_key: expected dtype torch.bfloat16"),
    (dict(append_value=torch.zeros(N + 1, HKV, D, dtype=torch.bfloat16)), ValueError,
     "append_value: expected size 5 in dimension 0"),
    (dict(append_key=torch.zeros(N, HKV + 1, D, dtype=torch.bfloat16)), ValueError,
     "append_key: expected size 2 in dimension 1"),
    (dict(positions=torch.zeros(N, dtype=torch.int64)), TypeError,
     "positions: expected dtype torch.int32"),
    (dict(batch_indices=torch.zeros(N - 1, dtype=torch.int32)), ValueError,
     r"batch_indices: expected 5 entries \(one per row\), got 4"),
    (dict(paged_kv_cache=torch.zeros(3, 2, P, HKV, D, dtype=torch.bfloat16)), TypeError,
     r"paged_kv_cache: expected a \(k_cache, v_cache\) pair"),
    (dict(paged_kv_cache=(torch.zeros(3, HKV, P, D, dtype=torch.bfloat16),
                          torch.zeros(3, HKV, P, D, dtype=torch.bfloat16))), ValueError,
     "k_cache: expected size 4 in dimension 1"),
    (dict(paged_kv_cache=(torch.zeros(3, P, HKV, D, dtype=torch.bfloat16),
                          torch.zeros(4, P, HKV, D, dtype=torch.bfloat16))), ValueError,
     "v_cache has 4 pages, k_cache 3"),
    (dict(append_key=torch.zeros(N, HKV, 2 * D, dtype=torch.bfloat16)[:, :, :D]), ValueError,
     "append_key: expected a contiguous tensor"),
])
def test_append_rejects(over, err, msg):
    with pytest.raises(err, match=msg):
        append().run(**append_args(**over))


def test_rope_checks():
    q = torch.zeros(N, HQ, D, dtype=torch.float16)
    k = torch.zeros(N, HKV, D, dtype=torch.float16)
    pos = torch.arange(N, dtype=torch.int32)
    r = rope()
    with pytest.raises(ValueError, match="ApplyRope is closed"):
        r.run(q, k, pos)
    with pytest.raises(ValueError, match="ApplyRope is closed"):
        r.run(q, k, pos.to(torch.int64), inplace=True)  # int64 positions are converted
    with pytest.raises(ValueError, match="k: expected size 5 in dimension 0"):
        r.run(q, k[:3], pos)
    with pytest.raises(ValueError, match=r"pos_ids: expected 5 entries \(one per row\), got 4"):
        r.run(q, k, pos[:4])
    with pytest.raises(TypeError, match="q: expected dtype torch.float16"):
        r.run(q.to(torch.bfloat16), k, pos)
    with pytest.raises(ValueError, match="inplace=True writes q and k"):
        r.run(q, k, pos, q_out=q, inplace=True)
    with pytest.raises(ValueError, match="q_out: expected size 4 in dimension 1"):
        r.run(q, k, pos, q_out=torch.zeros(N, HQ + 1, D, dtype=torch.float16))
