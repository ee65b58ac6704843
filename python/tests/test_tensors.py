"""The shared argument checks' fast paths against what they stand for (skipped without torch):
the page contiguity computed from sizes and strides against torch's is_contiguous(), the
device test against torch.device equality, the current stream's raw handle against
torch.cuda.current_stream() (CUDA only)."""

import itertools

import pytest

torch = pytest.importorskip("torch")

from attn_mlir import _tensors  # noqa: E402


def layouts():
    """Tensors of 0-4 dims: contiguous, permuted, sliced (strided), with size-0 / size-1 dims,
    expanded (stride 0)."""
    base = torch.arange(2 * 3 * 4 * 5, dtype=torch.float32)
    out = [base, base.view(2, 3, 4, 5), base[:0], torch.tensor(1.0), base.view(1, 120),
           base.view(120, 1), base.view(2, 60)[:, ::2], base.view(2, 60)[:1],
           torch.zeros(3, 1, 4).expand(3, 5, 4), torch.zeros(1, 4).expand(7, 4),
           torch.zeros(0, 3).t(), torch.zeros(5, 0, 2)]
    t = base.view(2, 3, 4, 5)
    for perm in itertools.permutations(range(4)):
        out.append(t.permute(*perm))
    out += [t[:, 1:2], t[:, :, ::2], t[1:], t[..., :1], t[:, :1, :, :].squeeze(1)]
    return out


@pytest.mark.parametrize("t", layouts(), ids=lambda t: f"{tuple(t.shape)}/{t.stride()}")
def test_contiguous_matches_torch(t):
    assert _tensors._contiguous(t.shape, t.stride()) == t.is_contiguous()


def test_page_stride_of_strided_pools():
    pool = torch.zeros(6, 2, 4, 3)  # [pages, 2 (k, v), page size, dim]
    k, v = pool[:, 0], pool[:, 1]
    assert _tensors.page_stride("k", k) == 24
    assert _tensors.page_stride("kv", pool) == 24
    assert _tensors.page_stride("one", pool[:1, 0]) is None
    with pytest.raises(ValueError, match="each page must be contiguous"):
        _tensors.page_stride("k", pool.permute(0, 2, 1, 3))
    with pytest.raises(ValueError, match=r"pages overlap \(page stride 3 < 12"):
        _tensors.page_stride("k", torch.zeros(30).as_strided((4, 4, 3), (3, 3, 1)))
    assert v.is_contiguous() is False and _tensors.page_stride("v", v) == 24


def test_device_check_compares_like_torch_device():
    cpu = torch.zeros(2)
    assert _tensors._on_device(cpu, torch.device("cpu"))
    assert not _tensors._on_device(cpu, torch.device("cuda", 0))
    with pytest.raises(ValueError, match=r"x is on cpu but the wrapper was planned on cuda:0"):
        _tensors.check_tensor("x", cpu, dtype=torch.float32, device=torch.device("cuda", 0))


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
def test_cuda_device_and_stream():
    dev = torch.device("cuda", torch.cuda.current_device())
    t = torch.zeros(2, device=dev)
    assert _tensors._on_device(t, dev)
    assert not _tensors._on_device(t.cpu(), dev)
    if torch.cuda.device_count() > 1:
        other = torch.device("cuda", (dev.index + 1) % torch.cuda.device_count())
        assert not _tensors._on_device(t, other)
    # c_void_p(0).value is None: the legacy default stream.
    assert (_tensors.stream_handle(None, dev, "x").value or 0) == \
        torch.cuda.current_stream(dev).cuda_stream
    side = torch.cuda.Stream(device=dev)
    with torch.cuda.stream(side):
        assert _tensors.stream_handle(None, dev, "x").value == side.cuda_stream
