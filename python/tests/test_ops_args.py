"""Argument checks of AppendPagedKV, ApplyRope, MergeState and MergeStates that run on the
CPU (skipped without torch).

Every check happens before the library is called, so an object whose handle is closed reaches
"... is closed" exactly when all arguments passed.
"""

import pytest

torch = pytest.importorskip("torch")

from attn_mlir.ops import AppendPagedKV, ApplyRope, MergeState, MergeStates  # noqa: E402

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


def merge(cls, return_lse=True, state_dtype=torch.float32, dtype=torch.bfloat16, num_states=0):
    """A MergeState / MergeStates with no library handle, on the CPU."""
    m = object.__new__(cls)
    m._handle = None
    m.num_heads, m.head_dim, m.num_states = HQ, D, num_states
    m.dtype, m.state_dtype, m.return_lse = dtype, state_dtype, return_lse
    m.device = torch.device("cpu")
    return m


def merge_args(**over):
    a = dict(v_a=torch.zeros(N, HQ, D), s_a=torch.zeros(N, HQ),
             v_b=torch.zeros(N, HQ, D), s_b=torch.zeros(N, HQ))
    a.update(over)
    return a


def test_merge_state_accepts_valid_arguments():
    with pytest.raises(ValueError, match="MergeState is closed"):
        merge(MergeState).run(**merge_args())
    v_a = torch.zeros(N, HQ, D, dtype=torch.bfloat16)  # in place: v_out = v_a
    with pytest.raises(ValueError, match="MergeState is closed"):
        merge(MergeState, state_dtype=torch.bfloat16).run(**merge_args(v_a=v_a, v_b=v_a.clone()),
                                                         v_out=v_a)
    with pytest.raises(ValueError, match="MergeState is closed"):
        merge(MergeState, return_lse=False).run(**merge_args())


@pytest.mark.parametrize("over,kw,err,msg", [
    (dict(v_a=torch.zeros(N, HQ, D, dtype=torch.float16)), {}, TypeError,
     "v_a: expected dtype torch.float32"),
    (dict(s_b=torch.zeros(N, HQ, dtype=torch.float16)), {}, TypeError,
     "s_b: expected dtype torch.float32"),
    (dict(v_b=torch.zeros(N + 1, HQ, D)), {}, ValueError,
     "v_b: expected size 5 in dimension 0"),
    (dict(s_a=torch.zeros(N, HQ + 1)), {}, ValueError, "s_a: expected size 4 in dimension 1"),
    (dict(v_a=torch.zeros(N, HQ, 2 * D)[:, :, :D]), {}, ValueError,
     "v_a: expected a contiguous tensor"),
    ({}, dict(v_out=torch.zeros(N, HQ, D)), TypeError, "v_out: expected dtype torch.bfloat16"),
    ({}, dict(s_out=torch.zeros(N, HQ + 1)), ValueError,
     "s_out: expected size 4 in dimension 1"),
])
def test_merge_state_rejects(over, kw, err, msg):
    with pytest.raises(err, match=msg):
        merge(MergeState).run(**merge_args(**over), **kw)


def test_merge_state_s_out_rules():
    a = merge_args()
    with pytest.raises(ValueError, match="s_out must not be an input s"):
        merge(MergeState).run(**a, s_out=a["s_a"])
    with pytest.raises(ValueError, match="this merge kernel does not write s"):
        merge(MergeState, return_lse=False).run(**a, s_out=torch.zeros(N, HQ))


def test_merge_states_checks():
    v, s = torch.zeros(N, 3, HQ, D), torch.zeros(N, 3, HQ)
    with pytest.raises(ValueError, match="MergeStates is closed"):
        merge(MergeStates).run(v, s)
    with pytest.raises(ValueError, match="MergeStates is closed"):
        merge(MergeStates, num_states=3).run(v, s)
    with pytest.raises(ValueError, match=r"v: expected 2 states in dimension 1 \(the kernel's "
                                         r"num_states\)"):
        merge(MergeStates, num_states=2).run(v, s)
    with pytest.raises(ValueError, match="s: expected size 3 in dimension 1"):
        merge(MergeStates).run(v, s[:, :2].contiguous())
    with pytest.raises(ValueError, match="v: expected 4 dimensions"):
        merge(MergeStates).run(v[:, 0], s)
    with pytest.raises(ValueError, match="s_out: expected 2 dimensions"):
        merge(MergeStates).run(v, s, s_out=s)


@pytest.mark.parametrize("layout", ["nhd", "hnd"])
def test_append_into_combined_cache_halves(layout):
    pool = (P, HKV, D) if layout == "nhd" else (HKV, P, D)
    cache = torch.zeros(3, 2, *pool, dtype=torch.bfloat16)
    a = append(layout)
    seen = {}
    a._launch = lambda call, args, stream: seen.setdefault("args", args)
    k, v = a.run(**append_args(layout, paged_kv_cache=(cache[:, 0], cache[:, 1])))
    assert seen["args"].kv_page_stride == 2 * P * HKV * D
    assert k.data_ptr() == cache.data_ptr()  # the caller's memory, written in place


def test_append_rejects_pages_not_contiguous_inside():
    k = torch.zeros(3, HKV, P, D, dtype=torch.bfloat16).transpose(1, 2)
    v = torch.zeros(3, P, HKV, D, dtype=torch.bfloat16)
    with pytest.raises(ValueError, match="k_cache: each page must be contiguous"):
        append().run(**append_args(paged_kv_cache=(k, v)))
