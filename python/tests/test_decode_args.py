"""Argument checks of BatchDecode that run on the CPU (skipped without torch).

Every check happens before the library is called, so a decoder whose handle is closed reaches
"BatchDecode is closed" exactly when all arguments passed.
"""

import types

import pytest

torch = pytest.importorskip("torch")

from attn_mlir.decode import BatchDecode  # noqa: E402

HQ, HKV, D, P = 8, 2, 16, 4


def fake_bundle(kernels=(), prefill=()):
    return types.SimpleNamespace(directory="fake", decode_kernels=lambda: list(kernels),
                                 prefill_kernels=lambda: list(prefill))


def decoder(layout="nhd", dtype=torch.bfloat16, batch=3):
    """A BatchDecode with a plan of `batch` requests and no library handle, on the CPU."""
    d = object.__new__(BatchDecode)
    d._handle = None
    d.num_qo_heads, d.num_kv_heads, d.head_dim, d.page_size = HQ, HKV, D, P
    d.layout, d.dtype, d.kv_dtype = layout, dtype, dtype
    d.max_batch, d.graph_mode, d.want_lse = 8, False, False
    d.device = torch.device("cpu")
    d._batch_size, d._page_table = batch, None
    return d


def good_args(layout="nhd", dtype=torch.bfloat16, batch=3, pages=10):
    pool = (pages, P, HKV, D) if layout == "nhd" else (pages, HKV, P, D)
    return dict(
        q=torch.randn(batch, HQ, D).to(dtype),
        k_cache=torch.randn(pool).to(dtype), v_cache=torch.randn(pool).to(dtype),
        kv_indptr=torch.tensor([0, 2, 3, 5][:batch + 1], dtype=torch.int32),
        kv_indices=torch.tensor([4, 1, 7, 0, 2], dtype=torch.int32),
        kv_last_page_len=torch.tensor([1, 4, 2][:batch], dtype=torch.int32),
        o=torch.empty(batch, HQ, D, dtype=dtype),
        lse=torch.empty(batch, HQ, dtype=torch.float32))


def run(d, **kw):
    args = good_args(layout=d.layout, dtype=d.dtype, batch=d._batch_size or 3)
    args.update(kw)
    q, k, v = args.pop("q"), args.pop("k_cache"), args.pop("v_cache")
    return d.run(q, k, v, **args)


@pytest.mark.parametrize("layout", ["nhd", "hnd"])
@pytest.mark.parametrize("dtype", [torch.bfloat16, torch.float16])
def test_valid_arguments_reach_the_library(layout, dtype):
    with pytest.raises(ValueError, match="BatchDecode is closed"):
        run(decoder(layout, dtype))


def test_run_before_plan():
    d = decoder()
    d._batch_size = None
    with pytest.raises(RuntimeError, match="before plan"):
        run(d)


@pytest.mark.parametrize("kw,exc,msg", [
    (dict(q=torch.randn(3, HQ, D)), TypeError, r"q: expected dtype torch.bfloat16, got torch.float32"),
    (dict(q=torch.randn(3, HQ + 1, D).bfloat16()), ValueError, r"q: expected size 8 in dimension 1"),
    (dict(q=torch.randn(2, HQ, D).bfloat16()), ValueError, r"q: expected at least 3 rows"),
    (dict(q=torch.randn(3, D, HQ).bfloat16().transpose(1, 2)), ValueError, r"q: expected a contiguous"),
    (dict(q=torch.randn(3, HQ * D).bfloat16()), ValueError, r"q: expected 3 dimensions"),
    (dict(q=[1, 2, 3]), TypeError, r"q: expected a torch.Tensor, got list"),
    (dict(k_cache=torch.randn(10, HKV, P, D).bfloat16()), ValueError, r"k_cache: expected size 4 in dimension 1"),
    (dict(v_cache=torch.randn(9, P, HKV, D).bfloat16()), ValueError, r"v_cache has 9 pages, k_cache 10"),
    (dict(v_cache=torch.randn(10, P, HKV, D).half()), TypeError, r"v_cache: expected dtype torch.bfloat16"),
    (dict(kv_indptr=torch.tensor([0, 2, 3, 5])), TypeError, r"kv_indptr: expected dtype torch.int32, got torch.int64"),
    (dict(kv_indptr=torch.tensor([0, 2, 3], dtype=torch.int32)), ValueError, r"kv_indptr: expected at least 4 rows"),
    (dict(kv_last_page_len=torch.tensor([1, 1], dtype=torch.int32)), ValueError, r"kv_last_page_len: expected at least 3"),
    (dict(kv_indices=torch.zeros(2, 3, dtype=torch.int32)), ValueError, r"kv_indices: expected 1 dimensions"),
    (dict(o=torch.empty(3, HQ, D, dtype=torch.float16)), TypeError, r"o: expected dtype torch.bfloat16"),
    (dict(lse=torch.empty(3, HQ, dtype=torch.float64)), TypeError, r"lse: expected dtype torch.float32"),
    (dict(lse=torch.empty(3, HQ + 1)), ValueError, r"lse: expected size 8 in dimension 1"),
    (dict(sm_scale=-1.0), ValueError, r"sm_scale must be a positive finite number"),
    (dict(sm_scale=float("nan")), ValueError, r"sm_scale must be a positive finite number"),
])
def test_run_argument_errors(kw, exc, msg):
    with pytest.raises(exc, match=msg):
        run(decoder(), **kw)


def test_run_wrong_device():
    d = decoder()
    d.device = torch.device("cuda", 0)
    with pytest.raises(ValueError, match=r"q is on cpu but the wrapper was planned on cuda:0"):
        run(d)


def test_run_page_table_defaults_come_from_plan():
    d = decoder()
    with pytest.raises(ValueError, match=r"kv_indptr: not given"):
        run(d, kv_indptr=None)


def test_rows_beyond_the_batch_are_allowed():
    # Graph capture uses capacity-sized buffers: more rows than the plan's batch are fine.
    d = decoder(batch=2)
    with pytest.raises(ValueError, match="BatchDecode is closed"):
        run(d, q=torch.randn(8, HQ, D).bfloat16(), o=torch.empty(8, HQ, D).bfloat16(),
            lse=torch.empty(8, HQ))


@pytest.mark.parametrize("kw,exc,msg", [
    (dict(kv_indptr=torch.tensor([0.0, 1.0]), kv_last_page_len=[1]), TypeError, "kv_indptr: expected an integer tensor"),
    (dict(kv_indptr=torch.zeros(2, 2, dtype=torch.int32), kv_last_page_len=[1], batch_size=1), ValueError, "kv_indptr: expected 1 dimension"),
    (dict(kv_indptr=[0] * 10, kv_last_page_len=[1] * 9), ValueError, r"batch_size \(9\) exceeds max_batch \(8\)"),
    (dict(kv_indptr=[0, 1, 2], kv_last_page_len=[1]), ValueError, "kv_last_page_len: expected at least 2 entries, got 1"),
    (dict(kv_indptr=[0, 1], kv_last_page_len=[1], kv_indices=[0]), ValueError, "num_pages .* is needed"),
    (dict(kv_indptr=[0, 2], kv_last_page_len=[1], kv_indices=[0], num_pages=4), ValueError, "kv_indices: expected at least 2 entries"),
    (dict(kv_indptr=[0, 2**31], kv_last_page_len=[1]), ValueError, "kv_indptr: values outside the int32 range"),
])
def test_plan_argument_errors(kw, exc, msg):
    with pytest.raises(exc, match=msg):
        decoder().plan(**kw)


@pytest.mark.parametrize("kw,exc,msg", [
    (dict(), ValueError, "num_qo_heads is not given and the bundle has no decode kernel"),
    (dict(num_qo_heads=6, num_kv_heads=4, head_dim=64, page_size=16), ValueError,
     r"expected num_qo_heads \(6\) to be a multiple of num_kv_heads \(4\)"),
    (dict(num_qo_heads=8, num_kv_heads=2, head_dim=0, page_size=16), ValueError, "head_dim must be a positive"),
    (dict(num_qo_heads=8, num_kv_heads=2, head_dim=64, page_size=16, layout="xyz"), ValueError, "layout must be"),
    (dict(num_qo_heads=8, num_kv_heads=2, head_dim=64, page_size=16, layout="nhd",
          dtype=torch.float32), TypeError, "dtype: expected torch.bfloat16 or torch.float16"),
    (dict(num_qo_heads=8, num_kv_heads=2, head_dim=64, page_size=16, layout="nhd", dtype="bf16",
          device="cpu"), ValueError, "device must be a CUDA device, got cpu"),
])
def test_constructor_errors(kw, exc, msg):
    with pytest.raises(exc, match=msg):
        BatchDecode(fake_bundle(), max_batch=4, **kw)


def test_constructor_rejects_non_bundle():
    with pytest.raises(TypeError, match="expected an attn_mlir.Bundle"):
        BatchDecode("path/to/bundle", max_batch=4)


def test_constructor_takes_problem_from_a_tensor_core_bundle():
    # A decode step compiled for the tensor cores: a paged prefill kernel (ragged ones are
    # not decode kernels).
    ragged = types.SimpleNamespace(name="r", family="prefill", kv_format="ragged",
                                   num_qo_heads=8, num_kv_heads=8, head_dim=64, page_size=0,
                                   layout="nhd", dtype="bf16")
    paged = types.SimpleNamespace(name="p", family="prefill", kv_format="paged",
                                  num_qo_heads=32, num_kv_heads=6, head_dim=128, page_size=16,
                                  layout="nhd", dtype="bf16")
    with pytest.raises(ValueError, match=r"num_qo_heads \(32\) to be a multiple of num_kv_heads \(6\)"):
        BatchDecode(fake_bundle(prefill=[ragged, paged]), max_batch=4)
    with pytest.raises(ValueError, match="num_qo_heads is not given and the bundle has no decode"):
        BatchDecode(fake_bundle(prefill=[ragged]), max_batch=4)
    paged.num_kv_heads = 8
    with pytest.raises(ValueError, match="'p' is the tensor-core \\(prefill\\) kernel"):
        BatchDecode(fake_bundle(prefill=[paged]), max_batch=4, workspace="torch", max_work=8)


def test_constructor_takes_problem_from_bundle():
    k = types.SimpleNamespace(name="k0", num_qo_heads=32, num_kv_heads=6, head_dim=128,
                              page_size=16, layout="nhd", dtype="bf16")
    with pytest.raises(ValueError, match=r"num_qo_heads \(32\) to be a multiple of num_kv_heads \(6\)"):
        BatchDecode(fake_bundle([k]), max_batch=4)
    with pytest.raises(ValueError, match="has no decode attention kernel 'other'"):
        BatchDecode(fake_bundle([k]), max_batch=4, kernel_name="other")


# ---- page strides: the halves of a combined [pages, 2, ...] cache, other strided views ---------

def captured_run(d, **kw):
    """Runs `d` with a _launch that records the C args instead of calling the library."""
    seen = {}

    def launch(call, args, stream, o, lse):
        seen["call"], seen["args"] = call, args
        return o
    d._launch = launch
    run(d, **kw)
    return seen["args"]


@pytest.mark.parametrize("layout", ["nhd", "hnd"])
def test_combined_cache_halves_pass_their_page_stride(layout):
    pool = (P, HKV, D) if layout == "nhd" else (HKV, P, D)
    cache = torch.randn(10, 2, *pool).bfloat16()
    k, v = cache[:, 0], cache[:, 1]
    args = captured_run(decoder(layout), k_cache=k, v_cache=v)
    assert args.kv_page_stride == 2 * P * HKV * D
    assert args.k_cache == k.data_ptr() and args.v_cache == v.data_ptr()  # no copies
    assert args.v_cache - args.k_cache == P * HKV * D * 2  # one page of bf16 apart


def test_dense_pools_pass_stride_zero():
    assert captured_run(decoder()).kv_page_stride == 0


def test_pool_slices_keep_their_stride():
    """A [pages, ...] view into a larger pool of pages (every other page) is strided too."""
    big = torch.randn(20, P, HKV, D).bfloat16()
    args = captured_run(decoder(), k_cache=big[::2], v_cache=big[1::2])
    assert args.kv_page_stride == 2 * P * HKV * D


@pytest.mark.parametrize("kw,msg", [
    # NHD-shaped pools whose pages are HND in memory: not contiguous inside a page.
    (dict(k_cache=torch.randn(10, HKV, P, D).bfloat16().transpose(1, 2)),
     r"k_cache: each page must be contiguous"),
    (dict(v_cache=torch.randn(10, P, D, HKV).bfloat16().transpose(2, 3)),
     r"v_cache: each page must be contiguous"),
    # K from a combined cache, V dense: two page strides.
    (dict(k_cache=torch.randn(10, 2, P, HKV, D).bfloat16()[:, 0]),
     r"k_cache and v_cache have page strides 256 and 128; the kernels take one page stride"),
    (dict(k_cache=torch.randn(1000).bfloat16().as_strided((10, P, HKV, D), (64, 32, 16, 1))),
     r"k_cache: pages overlap \(page stride 64 < 128 elements per page\)"),
])
def test_strided_pools_the_kernels_cannot_take(kw, msg):
    with pytest.raises(ValueError, match=msg):
        run(decoder(), **kw)
