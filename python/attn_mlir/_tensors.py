"""PyTorch-side argument checks shared by BatchDecode and BatchPrefill: dtypes, device
tensors, host int32 copies, devices and streams. Every check raises before the library is
called, with the argument's name and the values in the message."""

import contextlib
import ctypes

from . import _capi

try:  # torch is needed for the attention classes only; the bundle API works without it.
    import torch
except ImportError:  # pragma: no cover - exercised where torch is absent
    torch = None

# torch._C._cuda_getCurrentRawStream(index): the current stream's CUstream as an int (what
# torch's generated code calls get_raw_stream); None where this torch has no such function.
_raw_stream = getattr(getattr(torch, "_C", None), "_cuda_getCurrentRawStream", None)

LAYOUTS = {"nhd": _capi.LAYOUT_NHD, "hnd": _capi.LAYOUT_HND}


def require_torch(what):
    if torch is None:
        raise ImportError(f"attn_mlir.{what} needs PyTorch (import torch failed)")


def dtype_code(dtype, what):
    if dtype in ("bf16", "bfloat16") or dtype is getattr(torch, "bfloat16", None):
        return _capi.DTYPE_BF16
    if dtype in ("f16", "float16", "fp16") or dtype is getattr(torch, "float16", None):
        return _capi.DTYPE_F16
    raise TypeError(f"{what}: expected torch.bfloat16 or torch.float16, got {dtype}")


def torch_dtype(code):
    return torch.bfloat16 if code == _capi.DTYPE_BF16 else torch.float16


def check_tensor(name, t, *, dtype, shape=None, min_rows=None, device=None, ndim=None,
                 contiguous=True):
    """Checks a device tensor: type, dtype, contiguity (unless ``contiguous`` is False),
    device, shape.

    shape: exact sizes, None entries unchecked. min_rows: lower bound on dim 0.

    Every run() calls this for each of its tensors, so it reads each attribute once: on a
    small decode batch the Python side was up to half of a call's host time (the driver's
    launches are the rest).
    """
    if not isinstance(t, torch.Tensor):
        raise TypeError(f"{name}: expected a torch.Tensor, got {type(t).__name__}")
    if t.dtype is not dtype:  # torch dtypes are singletons
        raise TypeError(f"{name}: expected dtype {dtype}, got {t.dtype}")
    size = t.shape
    if ndim is None and shape is not None:
        ndim = len(shape)
    if ndim is not None and len(size) != ndim:
        raise ValueError(f"{name}: expected {ndim} dimensions, got shape {tuple(size)}")
    if shape is not None:
        for i, want in enumerate(shape):
            if want is not None and size[i] != want:
                raise ValueError(f"{name}: expected size {want} in dimension {i}, got shape "
                                 f"{tuple(size)}")
    if min_rows is not None and size[0] < min_rows:
        raise ValueError(f"{name}: expected at least {min_rows} rows in dimension 0, got shape "
                         f"{tuple(size)}")
    if contiguous and not t.is_contiguous():
        raise ValueError(f"{name}: expected a contiguous tensor, got strides {t.stride()}")
    if device is not None and not _on_device(t, device):
        raise ValueError(f"{name} is on {t.device} but the wrapper was planned on {device}")


def _on_device(t, device):
    """Whether tensor `t` lives on `device`. A CUDA device compares by index (get_device()
    builds no torch.device object); anything else as torch.device."""
    if device.type == "cuda" and device.index is not None:
        return t.is_cuda and t.get_device() == device.index
    return t.device == device


def _contiguous(sizes, strides):
    """torch's is_contiguous() of a tensor with these sizes and strides, computed without
    making one: dims of size 1 take any stride, an empty tensor is contiguous."""
    if 0 in sizes:
        return True
    expected = 1
    for n, st in zip(reversed(sizes), reversed(strides)):
        if n != 1:
            if st != expected:
                return False
            expected *= n
    return True


INT32_MAX = 2**31 - 1


def page_stride(name, pool):
    """Elements from one page of ``pool`` ([pages, ...]) to the next, or None when a pool of
    one page (or none) does not say. Raises ValueError unless each page is contiguous and
    pages do not overlap."""
    size, strides = pool.shape, pool.stride()
    page_elems = 1
    for n in size[1:]:
        page_elems *= n
    # pool[0].is_contiguous(), without making the view (a tensor a call).
    if size[0] > 0 and not _contiguous(size[1:], strides[1:]):
        raise ValueError(
            f"{name}: each page must be contiguous (only the page dimension may be strided), "
            f"got strides {pool.stride()} for shape {tuple(pool.shape)}")
    if size[0] <= 1:
        return None
    stride = strides[0]
    if stride < page_elems:
        raise ValueError(f"{name}: pages overlap (page stride {stride} < {page_elems} elements "
                         f"per page), strides {strides}")
    return stride


def check_pools(k_name, k, v_name, v, *, dtype, pool_shape, device):
    """Checks paged K and V pools ([pages, ...] of `pool_shape`, None for the page count):
    same page count, contiguous pages, one page stride for both. Returns the kv_page_stride
    run argument: 0 for dense pools, else the stride in elements (e.g. the two halves of a
    combined [pages, 2, ...] cache: twice a page)."""
    check_tensor(k_name, k, dtype=dtype, shape=pool_shape, device=device, contiguous=False)
    check_tensor(v_name, v, dtype=dtype, shape=pool_shape, device=device, contiguous=False)
    if v.shape[0] != k.shape[0]:
        raise ValueError(f"{v_name} has {v.shape[0]} pages, {k_name} {k.shape[0]}")
    ks, vs = page_stride(k_name, k), page_stride(v_name, v)
    if ks is not None and vs is not None and ks != vs:
        raise ValueError(f"{k_name} and {v_name} have page strides {ks} and {vs}; the kernels "
                         f"take one page stride for both pools")
    stride = ks if ks is not None else vs
    page_elems = 1
    for n in k.shape[1:]:
        page_elems *= n
    if stride is None or stride == page_elems:
        return 0
    if stride > INT32_MAX:
        raise ValueError(f"{k_name}: page stride {stride} is past the kernels' int32 argument")
    return stride


def host_int32(name, x, min_len):
    """A contiguous CPU int32 tensor copy of x (tensor on any device, sequence or ndarray)."""
    if isinstance(x, torch.Tensor):
        if x.dtype.is_floating_point or x.dtype.is_complex or x.dtype == torch.bool:
            raise TypeError(f"{name}: expected an integer tensor, got {x.dtype}")
        if x.dim() != 1:
            raise ValueError(f"{name}: expected 1 dimension, got shape {tuple(x.shape)}")
        t = x.detach().to("cpu")
    else:
        t = torch.as_tensor(x)
        if t.dtype.is_floating_point or t.dtype == torch.bool:
            raise TypeError(f"{name}: expected integers, got {t.dtype}")
        if t.dim() != 1:
            raise ValueError(f"{name}: expected 1 dimension, got shape {tuple(t.shape)}")
    if t.numel() and (int(t.min()) < -2**31 or int(t.max()) >= 2**31):
        raise ValueError(f"{name}: values outside the int32 range")
    if t.numel() < min_len:
        raise ValueError(f"{name}: expected at least {min_len} entries, got {t.numel()}")
    return t.to(torch.int32).contiguous()


def resolve_device(device, what):
    """The torch.device (with an index) the object runs on; the current CUDA device if None."""
    if device is None:
        if not torch.cuda.is_available():
            raise RuntimeError(f"{what} needs a CUDA device; torch.cuda.is_available() is False")
        return torch.device("cuda", torch.cuda.current_device())
    dev = torch.device(device)
    if dev.type != "cuda":
        raise ValueError(f"device must be a CUDA device, got {dev}")
    if dev.index is None:
        dev = torch.device("cuda", torch.cuda.current_device())
    return dev


def stream_handle(stream, device, what):
    """CUstream of a torch.cuda.Stream (None: torch's current stream on device) or an int."""
    if stream is None:
        if _raw_stream is not None and device.index is not None:
            # The current stream's handle without a torch.cuda.Stream object (the call torch's
            # own generated code makes for it): a few microseconds less per run.
            return ctypes.c_void_p(_raw_stream(device.index))
        stream = torch.cuda.current_stream(device)
    if isinstance(stream, torch.cuda.Stream):
        if stream.device != device:
            raise ValueError(f"stream is on {stream.device}, the {what} on {device}")
        return ctypes.c_void_p(stream.cuda_stream)
    if isinstance(stream, int):
        return ctypes.c_void_p(stream)
    raise TypeError(f"stream: expected a torch.cuda.Stream or an int, got "
                    f"{type(stream).__name__}")


def on_device(device):
    """A torch.cuda.device guard for `device` when it is not the current CUDA device, else a
    no-op: kernels launch in the handle's own context whatever is current (the runtime enters
    it), and the guard keeps torch's allocations and current stream on the same device."""
    if device.type == "cuda" and torch.cuda.current_device() != device.index:
        return torch.cuda.device(device)
    return contextlib.nullcontext()
