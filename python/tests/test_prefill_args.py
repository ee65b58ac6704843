"""Argument checks of BatchPrefill that run on the CPU (skipped without torch).

Every check happens before the library is called, so an object whose handle is closed reaches
"BatchPrefill is closed" exactly when all arguments passed. plan() is also run against a fake
library that records the call.
"""

import contextlib
import types

import pytest

torch = pytest.importorskip("torch")

from attn_mlir import _capi  # noqa: E402
from attn_mlir.prefill import BatchPrefill  # noqa: E402

HQ, HKV, D, P = 8, 2, 16, 4
QO = [0, 3, 4, 9]           # 3 requests, 9 query tokens
KV_RAGGED = [0, 5, 5, 14]   # tokens
KV_PAGED = [0, 2, 3, 5]     # pages
LAST = [1, 4, 2]


def prefill(kv_format="ragged", layout="nhd", dtype=torch.bfloat16, plan=True, graph=False):
    """A BatchPrefill with a plan of QO / KV_* and no library handle, on the CPU."""
    p = object.__new__(BatchPrefill)
    p._handle = None
    p.kv_format = kv_format
    p.num_qo_heads, p.num_kv_heads, p.head_dim = HQ, HKV, D
    p.page_size = P if kv_format == "paged" else 0
    p.layout, p.dtype, p.kv_dtype = layout, dtype, dtype
    p.max_batch, p.max_qo_tokens, p.graph_mode, p.want_lse = 8, 64, graph, False
    p.device = torch.device("cpu")
    kv = KV_PAGED if kv_format == "paged" else KV_RAGGED
    p._plan = dict(batch_size=3, qo_tokens=QO[-1], kv_extent=kv[-1]) if plan else None
    p._defaults = {}
    return p


def good_args(p, pages=10):
    dt = p.dtype
    a = dict(q=torch.randn(QO[-1], HQ, D).to(dt),
             qo_indptr=torch.tensor(QO, dtype=torch.int32),
             o=torch.empty(QO[-1], HQ, D, dtype=dt),
             lse=torch.empty(QO[-1], HQ, dtype=torch.float32))
    if p.kv_format == "paged":
        pool = (pages, P, HKV, D) if p.layout == "nhd" else (pages, HKV, P, D)
        a.update(k=torch.randn(pool).to(dt), v=torch.randn(pool).to(dt),
                 kv_indptr=torch.tensor(KV_PAGED, dtype=torch.int32),
                 kv_indices=torch.tensor([4, 1, 7, 0, 2], dtype=torch.int32),
                 kv_last_page_len=torch.tensor(LAST, dtype=torch.int32))
    else:
        a.update(k=torch.randn(KV_RAGGED[-1], HKV, D).to(dt),
                 v=torch.randn(KV_RAGGED[-1], HKV, D).to(dt),
                 kv_indptr=torch.tensor(KV_RAGGED, dtype=torch.int32))
    return a


def run(p, **kw):
    args = good_args(p)
    args.update(kw)
    q, k, v = args.pop("q"), args.pop("k"), args.pop("v")
    args = {n: t for n, t in args.items() if t is not None or n in kw}
    return p.run(q, k, v, **args)


@pytest.mark.parametrize("kv_format,layout", [("ragged", "nhd"), ("paged", "nhd"),
                                              ("paged", "hnd")])
@pytest.mark.parametrize("dtype", [torch.bfloat16, torch.float16])
def test_valid_arguments_reach_the_library(kv_format, layout, dtype):
    with pytest.raises(ValueError, match="BatchPrefill is closed"):
        run(prefill(kv_format, layout, dtype))


def test_run_before_plan():
    with pytest.raises(RuntimeError, match="before plan"):
        run(prefill(plan=False))


R = torch.bfloat16
RUN_ERRORS = [
    (dict(q=torch.randn(9, HQ, D)), TypeError, r"q: expected dtype torch.bfloat16, got torch.float32"),
    (dict(q=torch.randn(9, HQ + 1, D).to(R)), ValueError, r"q: expected size 8 in dimension 1"),
    (dict(q=torch.randn(9, HQ, D + 1).to(R)), ValueError, r"q: expected size 16 in dimension 2"),
    (dict(q=torch.randn(8, HQ, D).to(R)), ValueError, r"q: expected at least 9 rows"),
    (dict(q=torch.randn(9, D, HQ).to(R).transpose(1, 2)), ValueError, r"q: expected a contiguous"),
    (dict(q=torch.randn(9, HQ * D).to(R)), ValueError, r"q: expected 3 dimensions"),
    (dict(q=[1, 2, 3]), TypeError, r"q: expected a torch.Tensor, got list"),
    (dict(qo_indptr=torch.tensor(QO)), TypeError, r"qo_indptr: expected dtype torch.int32, got torch.int64"),
    (dict(qo_indptr=torch.tensor(QO[:3], dtype=torch.int32)), ValueError, r"qo_indptr: expected at least 4 rows"),
    (dict(o=torch.empty(9, HQ, D, dtype=torch.float16)), TypeError, r"o: expected dtype torch.bfloat16"),
    (dict(o=torch.empty(8, HQ, D, dtype=R)), ValueError, r"o: expected at least 9 rows"),
    (dict(lse=torch.empty(9, HQ, dtype=torch.float64)), TypeError, r"lse: expected dtype torch.float32"),
    (dict(lse=torch.empty(9, HQ + 1)), ValueError, r"lse: expected size 8 in dimension 1"),
    (dict(lse=torch.empty(4, HQ)), ValueError, r"lse: expected at least 9 rows"),
]


@pytest.mark.parametrize("kw,exc,msg", RUN_ERRORS + [
    (dict(k=torch.randn(13, HKV, D).to(R)), ValueError, r"k: expected at least 14 rows"),
    (dict(v=torch.randn(14, HKV + 1, D).to(R)), ValueError, r"v: expected size 2 in dimension 1"),
    (dict(k=torch.randn(14, HKV, D).half()), TypeError, r"k: expected dtype torch.bfloat16"),
    (dict(k=torch.randn(10, P, HKV, D).to(R)), ValueError, r"k: expected 3 dimensions"),
    (dict(kv_indptr=torch.tensor(KV_RAGGED[:3], dtype=torch.int32)), ValueError, r"kv_indptr: expected at least 4"),
    (dict(kv_indices=torch.zeros(5, dtype=torch.int32)), ValueError, r"kv_indices is for paged KV"),
    (dict(kv_last_page_len=torch.zeros(3, dtype=torch.int32)), ValueError, r"kv_last_page_len is for paged KV"),
    (dict(kv_indptr=None), ValueError, r"kv_indptr: not given"),
])
def test_run_argument_errors_ragged(kw, exc, msg):
    with pytest.raises(exc, match=msg):
        run(prefill("ragged"), **kw)


@pytest.mark.parametrize("kw,exc,msg", RUN_ERRORS + [
    (dict(k=torch.randn(10, HKV, P, D).to(R)), ValueError, r"k: expected size 4 in dimension 1"),
    (dict(v=torch.randn(9, P, HKV, D).to(R)), ValueError, r"v has 9 pages, k 10"),
    (dict(v=torch.randn(10, P, HKV, D).half()), TypeError, r"v: expected dtype torch.bfloat16"),
    (dict(kv_indptr=torch.tensor(KV_PAGED)), TypeError, r"kv_indptr: expected dtype torch.int32"),
    (dict(kv_indices=torch.zeros(4, dtype=torch.int32)), ValueError, r"kv_indices: expected at least 5"),
    (dict(kv_indices=torch.zeros(2, 3, dtype=torch.int32)), ValueError, r"kv_indices: expected 1 dimensions"),
    (dict(kv_last_page_len=torch.tensor([1, 1], dtype=torch.int32)), ValueError, r"kv_last_page_len: expected at least 3"),
    (dict(kv_indices=None), ValueError, r"kv_indices: not given"),
    (dict(kv_last_page_len=None), ValueError, r"kv_last_page_len: not given"),
])
def test_run_argument_errors_paged(kw, exc, msg):
    with pytest.raises(exc, match=msg):
        run(prefill("paged"), **kw)


def test_run_wrong_device():
    p = prefill()
    p.device = torch.device("cuda", 0)
    with pytest.raises(ValueError, match=r"q is on cpu but the wrapper was planned on cuda:0"):
        run(p)


def test_graph_capture_needs_capacity_sized_buffers(monkeypatch):
    # While capturing in graph mode, buffers must hold max_qo_tokens / max_batch: the graph is
    # replayed after later plans.
    p = prefill(graph=True)
    p.device = torch.device("cuda", 0)
    monkeypatch.setattr(torch.cuda, "is_current_stream_capturing", lambda: True)
    with pytest.raises(ValueError, match=r"q: expected at least 64 rows"):
        run(p)


def test_rows_beyond_the_plan_are_allowed():
    # Graph capture uses capacity-sized buffers: more rows than the plan needs are fine.
    p = prefill()
    with pytest.raises(ValueError, match="BatchPrefill is closed"):
        run(p, q=torch.randn(64, HQ, D).to(R), o=torch.empty(64, HQ, D).to(R),
            lse=torch.empty(64, HQ))


# ---- plan ---------------------------------------------------------------------------------

class FakeLib:
    def __init__(self):
        self.calls = []

    def attnPrefillPlan(self, handle, batch_size, qo, kv, last, stream):
        self.calls.append((batch_size, qo, kv, last))
        return _capi.SUCCESS


@pytest.fixture
def fake(monkeypatch):
    """A planned-against fake library: plan() runs to the end on the CPU."""
    monkeypatch.setattr(torch.cuda, "device", lambda dev: contextlib.nullcontext())

    def make(kv_format="ragged"):
        p = prefill(kv_format, plan=False)
        p._handle = object()
        p._lib = FakeLib()
        p._stream = lambda stream: None
        return p
    return make


def test_plan_ragged(fake):
    p = fake("ragged")
    p.plan(torch.tensor(QO, dtype=torch.int32), torch.tensor(KV_RAGGED, dtype=torch.int32))
    assert p.batch_size == 3 and p.qo_tokens == 9 and p._plan["kv_extent"] == 14
    (b, qo, kv, last), = p._lib.calls
    assert b == 3 and qo and kv and last is None
    assert p._defaults == {}  # CPU tensors are not run() defaults


def test_plan_paged(fake):
    p = fake("paged")
    p.plan(QO, KV_PAGED, LAST)
    assert p.batch_size == 3 and p._plan["kv_extent"] == 5
    assert p._lib.calls[0][3] is not None


def test_plan_empty_batch(fake):
    p = fake("ragged")
    p.plan([0], [0])
    assert p.batch_size == 0 and p.qo_tokens == 0


@pytest.mark.parametrize("kv_format,kw,exc,msg", [
    ("ragged", dict(qo_indptr=torch.tensor([0.0, 1.0]), kv_indptr=[0, 1]), TypeError, "qo_indptr: expected an integer tensor"),
    ("ragged", dict(qo_indptr=[0, 1], kv_indptr=torch.zeros(2, 2, dtype=torch.int32)), ValueError, "kv_indptr: expected 1 dimension"),
    ("ragged", dict(qo_indptr=[0] * 10, kv_indptr=[0] * 10), ValueError, r"batch_size \(9\) exceeds max_batch \(8\)"),
    ("ragged", dict(qo_indptr=[0, 1, 2], kv_indptr=[0, 1]), ValueError, "kv_indptr: expected at least 3 entries, got 2"),
    ("ragged", dict(qo_indptr=[1, 2], kv_indptr=[0, 1]), ValueError, r"qo_indptr\[0\] must be 0, got 1"),
    ("ragged", dict(qo_indptr=[0, 5, 3], kv_indptr=[0, 1, 2]), ValueError, r"qo_indptr\[2\] \(3\) is less than qo_indptr\[1\] \(5\)"),
    ("ragged", dict(qo_indptr=[0, 1, 2], kv_indptr=[0, 4, 2]), ValueError, r"kv_indptr\[2\] \(2\) is less than kv_indptr\[1\] \(4\)"),
    ("ragged", dict(qo_indptr=[0, 65], kv_indptr=[0, 65]), ValueError, r"qo_indptr\[1\] \(65\) exceeds max_qo_tokens \(64\)"),
    ("ragged", dict(qo_indptr=[0, 2**31], kv_indptr=[0, 1]), ValueError, "qo_indptr: values outside the int32 range"),
    ("ragged", dict(qo_indptr=[0, 1], kv_indptr=[0, 1], kv_last_page_len=[1]), ValueError, "kv_last_page_len is for paged KV"),
    ("paged", dict(qo_indptr=[0, 1], kv_indptr=[0, 1]), ValueError, "kv_last_page_len is required for paged KV"),
    ("paged", dict(qo_indptr=[0, 1, 2], kv_indptr=[0, 1, 2], kv_last_page_len=[1]), ValueError, "kv_last_page_len: expected at least 2 entries, got 1"),
    ("paged", dict(qo_indptr=[0, 1, 2], kv_indptr=[0, 1, 2], kv_last_page_len=[1, 5]), ValueError, r"kv_last_page_len\[1\] \(5\) must be in \[1, 4\]"),
    ("paged", dict(qo_indptr=[0, 1, 2], kv_indptr=[0, 1, 2], kv_last_page_len=[0, 1]), ValueError, r"kv_last_page_len\[0\] \(0\) must be in \[1, 4\]"),
    ("paged", dict(qo_indptr=[0, 1, 2], kv_indptr=[0, 0, 2], kv_last_page_len=[3, 1]), ValueError, r"kv_last_page_len\[0\] \(3\) .* 0 for one without \(0 pages\)"),
])
def test_plan_argument_errors(fake, kv_format, kw, exc, msg):
    p = fake(kv_format)
    with pytest.raises(exc, match=msg):
        p.plan(**kw)
    assert not p._lib.calls


# ---- constructor --------------------------------------------------------------------------

def fake_bundle(kernels=()):
    return types.SimpleNamespace(directory="fake", prefill_kernels=lambda: list(kernels))


GOOD = dict(num_qo_heads=8, num_kv_heads=2, head_dim=64)


@pytest.mark.parametrize("kw,exc,msg", [
    (dict(), ValueError, "kv_format is not given and the bundle has no prefill kernel"),
    (dict(kv_format="ragged"), ValueError, "num_qo_heads is not given and the bundle has no prefill kernel"),
    (dict(kv_format="blocked"), ValueError, "kv_format must be 'ragged' or 'paged', got 'blocked'"),
    (dict(kv_format="paged", **GOOD), ValueError, "page_size is not given"),
    (dict(kv_format="ragged", page_size=16, **GOOD), ValueError, r"page_size \(16\) is for paged KV"),
    (dict(kv_format="ragged", num_qo_heads=6, num_kv_heads=4, head_dim=64), ValueError,
     r"expected num_qo_heads \(6\) to be a multiple of num_kv_heads \(4\)"),
    (dict(kv_format="ragged", num_qo_heads=8, num_kv_heads=2, head_dim=0), ValueError, "head_dim must be a positive"),
    (dict(page_size=16, layout="xyz", **GOOD), ValueError, "layout must be"),
    (dict(kv_format="ragged", dtype=torch.float32, **GOOD), TypeError, "dtype: expected torch.bfloat16 or torch.float16"),
    (dict(kv_format="ragged", dtype="bf16", max_qo_tokens=0, **GOOD), ValueError, "max_qo_tokens must be a positive integer, got 0"),
    (dict(kv_format="ragged", dtype="bf16", max_batch=True, **GOOD), ValueError, "max_batch must be a positive integer, got True"),
    (dict(kv_format="ragged", dtype="bf16", max_partial_rows=-1, **GOOD), ValueError, "max_partial_rows must be a non-negative"),
    (dict(kv_format="ragged", dtype="bf16", workspace="torch", **GOOD), ValueError, "workspace='torch' needs an explicit max_work"),
    (dict(kv_format="ragged", dtype="bf16", workspace="heap", **GOOD), ValueError, "workspace must be 'torch' or 'runtime'"),
    (dict(kv_format="ragged", dtype="bf16", device="cpu", **GOOD), ValueError, "device must be a CUDA device, got cpu"),
])
def test_constructor_errors(kw, exc, msg):
    kw = dict(dict(max_batch=4, max_qo_tokens=128), **kw)
    with pytest.raises(exc, match=msg):
        BatchPrefill(fake_bundle(), **kw)


def test_constructor_rejects_non_bundle():
    with pytest.raises(TypeError, match="expected an attn_mlir.Bundle"):
        BatchPrefill("path/to/bundle", max_batch=4, max_qo_tokens=16)


def test_constructor_takes_problem_from_bundle():
    k = types.SimpleNamespace(name="k0", num_qo_heads=32, num_kv_heads=6, head_dim=128,
                              page_size=16, layout="nhd", dtype="bf16", kv_format="paged")
    with pytest.raises(ValueError, match=r"num_qo_heads \(32\) to be a multiple of num_kv_heads \(6\)"):
        BatchPrefill(fake_bundle([k]), max_batch=4, max_qo_tokens=16)
    with pytest.raises(ValueError, match="has no prefill attention kernel 'other'"):
        BatchPrefill(fake_bundle([k]), max_batch=4, max_qo_tokens=16, kernel_name="other")
    # a ragged kernel: page_size / layout are not taken from it
    r = types.SimpleNamespace(name="r0", num_qo_heads=32, num_kv_heads=8, head_dim=128,
                              page_size=0, layout="nhd", dtype="bf16", kv_format="ragged")
    with pytest.raises(ValueError, match="device must be a CUDA device"):
        BatchPrefill(fake_bundle([r]), max_batch=4, max_qo_tokens=16, device="cpu")


# ---- mask and position operands ---------------------------------------------------------

from attn_mlir.prefill import pack_custom_mask  # noqa: E402


def test_pack_custom_mask_bits():
    # Request 0: 2 x 3 -> 6 bits in one byte; request 1: 3 x 4 -> 12 bits in two bytes;
    # request 2: no bits. Little bit order: element 8 n + k is bit k of byte n.
    m0 = torch.tensor([[1, 0, 1], [1, 1, 0]], dtype=torch.bool)
    m1 = torch.tensor([[1, 1, 1, 1], [0, 0, 0, 0], [1, 0, 0, 1]], dtype=torch.bool)
    m2 = torch.zeros(0, 5, dtype=torch.bool)
    packed, indptr = pack_custom_mask([m0, m1, m2])
    assert packed.dtype == torch.uint8 and indptr.dtype == torch.int32
    assert indptr.tolist() == [0, 1, 3, 3]
    assert packed.tolist() == [0b011101, 0b00001111, 0b1001]
    # Unpacking gives the masks back (FlashInfer's segment_packbits layout).
    for b, m in enumerate([m0, m1, m2]):
        n = m.numel()
        bits = [(int(packed[int(indptr[b]) + k // 8]) >> (k % 8)) & 1 for k in range(n)]
        assert bits == m.reshape(-1).int().tolist()
    # Never a zero-size buffer.
    packed, indptr = pack_custom_mask([torch.zeros(0, 0, dtype=torch.bool)])
    assert packed.numel() == 1 and indptr.tolist() == [0, 0]


@pytest.mark.parametrize("masks,exc,msg", [
    (torch.ones(2, 2, dtype=torch.bool), TypeError, "expected a list of bool tensors"),
    ([torch.ones(2, 2)], TypeError, r"masks\[0\]: expected dtype torch.bool"),
    ([torch.ones(2, dtype=torch.bool)], ValueError, r"masks\[0\]: expected 2 dimensions"),
    ([[1, 0]], TypeError, r"masks\[0\]: expected a torch.Tensor, got list"),
])
def test_pack_custom_mask_errors(masks, exc, msg):
    with pytest.raises(exc, match=msg):
        pack_custom_mask(masks)


def with_operands(p, mask, operands, block_rows=0):
    p.kernel = types.SimpleNamespace(name="k_op")
    p.mask, p.operands, p.block_rows = mask, frozenset(operands), block_rows
    return p


CUSTOM = ("custom_mask", "mask_indptr")
SPARSE = ("block_indptr", "block_indices")


def custom_masks(lens=((3, 5), (1, 0), (5, 9))):
    return [torch.rand(q, k) < 0.5 for q, k in lens]


def good_operands():
    packed, indptr = pack_custom_mask(custom_masks())
    return dict(custom_mask=packed, mask_indptr=indptr,
                block_indptr=torch.tensor([0, 1, 3], dtype=torch.int32),
                block_indices=torch.tensor([0, 0, 1], dtype=torch.int32),
                alibi_slopes=torch.rand(HQ), rope_offsets=torch.zeros(3, dtype=torch.int32))


@pytest.mark.parametrize("operands", [CUSTOM, SPARSE, ("alibi_slopes",), ("rope_offsets",),
                                      CUSTOM + ("alibi_slopes", "rope_offsets")])
def test_run_operands_reach_the_library(operands):
    p = with_operands(prefill(), "custom" if "custom_mask" in operands else "causal", operands,
                      block_rows=8 if "block_indptr" in operands else 0)
    ops = good_operands()
    with pytest.raises(ValueError, match="BatchPrefill is closed"):
        run(p, **{n: ops[n] for n in operands})
    if "custom_mask" in operands:  # per-request masks are packed by run
        with pytest.raises(ValueError, match="BatchPrefill is closed"):
            run(p, custom_mask=custom_masks(), **{n: ops[n] for n in operands
                                                  if n not in CUSTOM})


@pytest.mark.parametrize("operands,kw,exc,msg", [
    (CUSTOM, dict(mask_indptr=good_operands()["mask_indptr"]), ValueError,
     r"custom_mask: not given, and kernel 'k_op' takes it \(the bit-packed custom mask\)"),
    (CUSTOM, dict(custom_mask=good_operands()["custom_mask"]), ValueError,
     r"mask_indptr: not given, and kernel 'k_op' takes it"),
    (CUSTOM, dict(custom_mask=custom_masks(), mask_indptr=good_operands()["mask_indptr"]),
     ValueError, "mask_indptr is computed when custom_mask is a list"),
    (CUSTOM, dict(custom_mask=torch.zeros(4, dtype=torch.int8),
                  mask_indptr=good_operands()["mask_indptr"]), TypeError,
     "custom_mask: expected dtype torch.uint8"),
    (CUSTOM, dict(custom_mask=good_operands()["custom_mask"],
                  mask_indptr=torch.zeros(3, dtype=torch.int32)), ValueError,
     "mask_indptr: expected at least 4 rows"),
    (SPARSE, dict(block_indptr=torch.tensor([0, 1], dtype=torch.int32),
                  block_indices=torch.zeros(1, dtype=torch.int32)), ValueError,
     "block_indptr: expected at least 3 rows"),   # ceil(9 / 8) + 1
    (SPARSE, dict(block_indptr=torch.tensor([0, 0, 0], dtype=torch.int32),
                  block_indices=torch.zeros(0, dtype=torch.int32)), ValueError,
     "block_indices: expected at least 1 rows"),
    (SPARSE, dict(block_indptr=torch.tensor([0, 1, 1])), TypeError,
     "block_indptr: expected dtype torch.int32"),
    (("alibi_slopes",), dict(alibi_slopes=torch.rand(HQ + 1)), ValueError,
     "alibi_slopes: expected size 8 in dimension 0"),
    (("alibi_slopes",), dict(alibi_slopes=torch.rand(HQ, dtype=torch.float64)), TypeError,
     "alibi_slopes: expected dtype torch.float32"),
    (("rope_offsets",), dict(rope_offsets=torch.zeros(2, dtype=torch.int32)), ValueError,
     "rope_offsets: expected at least 3 rows"),
    (("rope_offsets",), dict(), ValueError, r"rope_offsets: not given, and kernel 'k_op' takes "
     r"it \(RoPE position offsets\); pass it to plan\(\) or run\(\)"),
    (("rope_offsets",), dict(rope_offsets=torch.zeros(3, dtype=torch.int32),
                             alibi_slopes=torch.rand(HQ)), ValueError,
     r"alibi_slopes: kernel 'k_op' does not take it \(mask causal; it takes rope_offsets\)"),
    ((), dict(custom_mask=custom_masks()), ValueError,
     r"custom_mask: kernel 'k_op' does not take it \(mask causal; it takes no optional "
     r"operand\)"),
])
def test_run_operand_errors(operands, kw, exc, msg):
    p = with_operands(prefill(), "custom" if "custom_mask" in operands else "causal", operands,
                      block_rows=8 if "block_indptr" in operands else 0)
    with pytest.raises(exc, match=msg):
        run(p, **kw)


def test_plan_operands_become_run_defaults(fake):
    p = with_operands(fake("ragged"), "custom", CUSTOM + ("rope_offsets",))
    p.plan(QO, KV_RAGGED, custom_mask=[torch.rand(3, 5) < 0.5, torch.ones(1, 0, dtype=torch.bool),
                                       torch.rand(5, 9) < 0.5],
           rope_offsets=torch.tensor([4, 0, 7], dtype=torch.int32))
    assert p._lib.calls
    d = p._defaults
    assert d["mask_indptr"].tolist() == [0, 2, 2, 8] and d["custom_mask"].numel() == 8
    assert d["rope_offsets"].tolist() == [4, 0, 7]
    p._handle = None
    with pytest.raises(ValueError, match="BatchPrefill is closed"):
        run(p)  # the operands come from the plan


def test_plan_paged_custom_mask_uses_kv_lengths(fake):
    # KV_PAGED / LAST with page size 4: lengths 5, 4, 6.
    p = with_operands(fake("paged"), "custom", CUSTOM)
    p.plan(QO, KV_PAGED, LAST, custom_mask=[torch.ones(3, 5, dtype=torch.bool),
                                            torch.ones(1, 4, dtype=torch.bool),
                                            torch.ones(5, 6, dtype=torch.bool)])
    with pytest.raises(ValueError, match=r"custom_mask\[2\]: expected shape \(5, 6\)"):
        p.plan(QO, KV_PAGED, LAST, custom_mask=[torch.ones(3, 5, dtype=torch.bool),
                                                torch.ones(1, 4, dtype=torch.bool),
                                                torch.ones(5, 9, dtype=torch.bool)])


@pytest.mark.parametrize("operands,block_rows,kw,msg", [
    (CUSTOM, 0, dict(custom_mask=custom_masks()[:2]), "custom_mask: expected 3 masks"),
    (CUSTOM, 0, dict(custom_mask=custom_masks(((3, 5), (1, 0), (5, 8)))),
     r"custom_mask\[2\]: expected shape \(5, 9\) \[q_len, kv_len\], got \(5, 8\)"),
    (CUSTOM, 0, dict(custom_mask=torch.zeros(7, dtype=torch.uint8)),
     "custom_mask: packed bits need mask_indptr"),
    (CUSTOM, 0, dict(mask_indptr=torch.zeros(4, dtype=torch.int32)),
     "mask_indptr is given without custom_mask"),
    # 3 x 5 -> 2 bytes, 1 x 0 -> 0, 5 x 9 -> 6 bytes: 8 needed from offset 0
    (CUSTOM, 0, dict(custom_mask=torch.zeros(7, dtype=torch.uint8),
                     mask_indptr=torch.tensor([0, 2, 2, 8], dtype=torch.int32)),
     r"mask_indptr\[2\] \(2\): request 2 needs 6 bytes \(5 x 9 bits\) from there, custom_mask "
     r"has 7"),
    (CUSTOM, 0, dict(custom_mask=torch.zeros(9, dtype=torch.uint8),
                     mask_indptr=torch.tensor([-1, 2, 2, 8], dtype=torch.int32)),
     r"mask_indptr\[0\] \(-1\)"),
    (SPARSE, 3, dict(), r"qo_indptr\[2\] \(4\) is not a multiple of the block-sparse mask's "
     r"block rows \(3\)"),
    # With R = 1 (QO's requests start at 0, 3 and 4) the 9 query rows are 9 block rows.
    (SPARSE, 1, dict(block_indices=torch.zeros(2, dtype=torch.int32)),
     "block_indptr and block_indices go together; got only block_indices"),
    (SPARSE, 1, dict(block_indptr=torch.zeros(9, dtype=torch.int32),
                     block_indices=torch.zeros(2, dtype=torch.int32)),
     "block_indptr: expected at least 10 rows"),
    (SPARSE, 1, dict(block_indptr=torch.tensor([0, 2, 1] + [2] * 7, dtype=torch.int32),
                     block_indices=torch.zeros(2, dtype=torch.int32)),
     r"block_indptr\[2\] \(1\) is less than block_indptr\[1\] \(2\)"),
    (SPARSE, 1, dict(block_indptr=torch.tensor([0, 2] + [3] * 8, dtype=torch.int32),
                     block_indices=torch.zeros(2, dtype=torch.int32)),
     r"block_indptr\[9\] \(3\) exceeds the 2 entries of block_indices"),
    (SPARSE, 1, dict(block_indptr=torch.tensor([-1] * 10, dtype=torch.int32),
                     block_indices=torch.zeros(2, dtype=torch.int32)),
     r"block_indptr\[0\] must not be negative, got -1"),
    (("alibi_slopes",), 0, dict(alibi_slopes=torch.rand(2, HQ)),
     "alibi_slopes: expected 1 dimensions"),
    ((), 0, dict(rope_offsets=torch.zeros(3, dtype=torch.int32)),
     r"rope_offsets: kernel 'k_op' does not take it"),
])
def test_plan_operand_errors(fake, operands, block_rows, kw, msg):
    p = with_operands(fake("ragged"), "block_sparse" if block_rows else "custom", operands,
                      block_rows=block_rows)
    with pytest.raises(ValueError, match=msg):
        p.plan(QO, KV_RAGGED, **kw)
    assert not p._lib.calls


def test_plan_block_sparse_alignment(fake):
    # QO = [0, 3, 4, 9]: request starts 0, 3, 4; with R = 1 every start is aligned, with R = 3
    # request 2 (start 4) is not; a request without queries is not checked.
    p = with_operands(fake("ragged"), "block_sparse", SPARSE, block_rows=1)
    p.plan(QO, KV_RAGGED)
    p.block_rows = 3
    with pytest.raises(ValueError, match=r"qo_indptr\[2\] \(4\) is not a multiple of the "
                                         r"block-sparse mask's block rows \(3\)"):
        p.plan(QO, KV_RAGGED)
    p.block_rows = 4
    p.plan([0, 4, 4, 8, 9], [0, 1, 2, 3, 4])   # request 1 is empty at 4; the last ends at 9
    bi = torch.tensor([0, 1, 1, 2], dtype=torch.int32)
    p.plan([0, 4, 4, 8, 9], [0, 1, 2, 3, 4], block_indptr=bi,
           block_indices=torch.tensor([0, 0], dtype=torch.int32))
    assert p._defaults["block_indptr"] is bi


@pytest.mark.parametrize("layout", ["nhd", "hnd"])
def test_paged_combined_cache_halves_pass_their_page_stride(layout):
    p = prefill("paged", layout)
    pool = (P, HKV, D) if layout == "nhd" else (HKV, P, D)
    cache = torch.randn(10, 2, *pool).bfloat16()
    seen = {}
    p._launch = lambda call, args, stream, o, lse: seen.setdefault("args", args)
    run(p, k=cache[:, 0], v=cache[:, 1])
    assert seen["args"].kv_page_stride == 2 * P * HKV * D
    assert seen["args"].k == cache.data_ptr()
    run(p)  # dense pools
    seen.clear()
    run(p)
    assert seen["args"].kv_page_stride == 0


def test_paged_pools_with_pages_not_contiguous_inside():
    k = torch.randn(10, HKV, P, D).bfloat16().transpose(1, 2)
    with pytest.raises(ValueError, match=r"k: each page must be contiguous"):
        run(prefill("paged"), k=k)


def test_ragged_kv_must_be_contiguous():
    k = torch.randn(2 * KV_RAGGED[-1], HKV, D).bfloat16()[::2]
    with pytest.raises(ValueError, match=r"k: expected a contiguous tensor"):
        run(prefill("ragged"), k=k)
