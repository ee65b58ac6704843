"""BatchDecode: paged-KV batch decode (one query per request) on PyTorch tensors.

    bundle = attn_mlir.Bundle("bundles/bf16_q32kv8_d128_p16_nhd")
    dec = attn_mlir.BatchDecode(bundle, max_batch=256)        # problem taken from the bundle
    dec.plan(kv_indptr, kv_last_page_len)                      # host copies; before capture
    o = dec.run(q, k_cache, v_cache)                           # capturable in a CUDA Graph

Shapes (B = batch, Hq / Hkv = query / KV heads, D = head_dim, P = page_size):
q, o [B, Hq, D]; k_cache, v_cache [pages, P, Hkv, D] (NHD) or [pages, Hkv, P, D] (HND);
kv_indptr int32 [B+1] (pages), kv_indices int32 [kv_indptr[B]], kv_last_page_len int32 [B];
lse float32 [B, Hq] (natural log). Every argument is checked before the library is called.
"""

import ctypes
import math

from . import _capi
from ._tensors import (LAYOUTS, check_tensor, dtype_code, host_int32, require_torch,
                       resolve_device, stream_handle, torch, torch_dtype)


class BatchDecode(_capi.OwnedHandle):
    """One decode problem (heads, head_dim, page size, layout, dtypes) on one device and stream.

    Arguments left as None are taken from the bundle's first decode attention kernel (or the
    one named by ``kernel_name``). ``want_lse`` selects only kernels that write the LSE.
    The logit scale is compiled into the kernel; ``run(sm_scale=...)`` is only checked against
    it by the library. ``graph_mode`` fixes launch shapes to the capacities so a
    captured ``run`` can be replayed after a new ``plan``. Workspaces are allocated by the library
    (``workspace="runtime"``, default) or with torch (``workspace="torch"``, needs max_work).
    """

    _free = "attnDecodeFree"
    _what = "BatchDecode"

    def __init__(self, bundle, *, max_batch, num_qo_heads=None, num_kv_heads=None,
                 head_dim=None, page_size=None, layout=None, dtype=None, kv_dtype=None,
                 max_work=0, graph_mode=False, min_chunk_tokens=0, kernel_name=None,
                 device=None, workspace="runtime", want_lse=False):
        require_torch("BatchDecode")
        self._handle = None
        if bundle is None or not hasattr(bundle, "decode_kernels"):
            raise TypeError(f"bundle: expected an attn_mlir.Bundle, got {type(bundle).__name__}")
        self.bundle = bundle  # keeps the bundle (and its modules) alive
        kern = self._default_kernel(bundle, kernel_name)
        pick = lambda v, attr: v if v is not None else (getattr(kern, attr) if kern else None)
        self.num_qo_heads = pick(num_qo_heads, "num_qo_heads")
        self.num_kv_heads = pick(num_kv_heads, "num_kv_heads")
        self.head_dim = pick(head_dim, "head_dim")
        self.page_size = pick(page_size, "page_size")
        layout = pick(layout, "layout")
        dtype = pick(dtype, "dtype")
        kv_dtype = kv_dtype if kv_dtype is not None else dtype
        for n in ("num_qo_heads", "num_kv_heads", "head_dim", "page_size"):
            v = getattr(self, n)
            if v is None:
                raise ValueError(f"{n} is not given and the bundle has no decode kernel to "
                                 f"take it from")
            if not isinstance(v, int) or v < 1:
                raise ValueError(f"{n} must be a positive integer, got {v!r}")
        if self.num_qo_heads % self.num_kv_heads:
            raise ValueError(f"expected num_qo_heads ({self.num_qo_heads}) to be a multiple of "
                             f"num_kv_heads ({self.num_kv_heads})")
        if not isinstance(max_batch, int) or max_batch < 1:
            raise ValueError(f"max_batch must be a positive integer, got {max_batch!r}")
        if not isinstance(max_work, int) or max_work < 0:
            raise ValueError(f"max_work must be a non-negative integer, got {max_work!r}")
        layout = str(layout).lower()
        if layout not in LAYOUTS:
            raise ValueError(f"layout must be 'nhd' or 'hnd', got {layout!r}")
        if workspace not in ("torch", "runtime"):
            raise ValueError(f"workspace must be 'torch' or 'runtime', got {workspace!r}")
        self.layout = layout
        self._dtype_code = dtype_code(dtype, "dtype")
        self._kv_dtype_code = dtype_code(kv_dtype, "kv_dtype")
        self.dtype = torch_dtype(self._dtype_code)
        self.kv_dtype = torch_dtype(self._kv_dtype_code)
        self.max_batch = max_batch
        self.graph_mode = bool(graph_mode)
        self.want_lse = bool(want_lse)
        self.device = self._resolve_device(device)
        if min_chunk_tokens < 0:
            raise ValueError(f"min_chunk_tokens must be >= 0, got {min_chunk_tokens}")
        if workspace == "torch" and max_work == 0:
            raise ValueError("workspace='torch' needs an explicit max_work (the library "
                             "chooses max(max_batch, slots) only for its own workspaces)")

        # Every argument is checked; from here on the library decides.
        self._lib = _capi.load_library()
        cfg = _capi.attn_decode_config_t()
        self._lib.attnDecodeConfigInit(ctypes.byref(cfg))
        self._kernel_name = kernel_name.encode() if kernel_name else None
        cfg.kernel_name = self._kernel_name
        cfg.num_qo_heads = self.num_qo_heads
        cfg.num_kv_heads = self.num_kv_heads
        cfg.head_dim = self.head_dim
        cfg.page_size = self.page_size
        cfg.layout = LAYOUTS[layout]
        cfg.dtype = self._dtype_code
        cfg.kv_dtype = self._kv_dtype_code
        cfg.max_batch = max_batch
        cfg.max_work = max_work
        cfg.graph_mode = 1 if graph_mode else 0
        cfg.min_chunk_tokens = min_chunk_tokens
        cfg.device = self.device.index
        cfg.want_lse = 1 if want_lse else 0
        self._workspaces = ()
        if workspace == "torch":
            ib, fb = self.workspace_size(max_batch, max_work, self.num_qo_heads, self.head_dim)
            iws = torch.empty(ib, dtype=torch.uint8, device=self.device)
            fws = torch.empty(fb, dtype=torch.uint8, device=self.device)
            self._workspaces = (iws, fws)
            cfg.int_workspace, cfg.int_workspace_bytes = iws.data_ptr(), ib
            cfg.float_workspace, cfg.float_workspace_bytes = fws.data_ptr(), fb
        self.max_work = cfg.max_work

        handle = ctypes.c_void_p()
        with torch.cuda.device(self.device):
            torch.cuda.synchronize(self.device)  # the primary context is current from here on
            _capi.check("attnDecodeCreate",
                        self._lib.attnDecodeCreate(bundle.handle, ctypes.byref(cfg),
                                                   ctypes.byref(handle)))
        self._handle = handle
        self._batch_size = None
        self._page_table = None  # device tensors handed to plan(), defaults for run()

    @staticmethod
    def _default_kernel(bundle, kernel_name):
        kernels = bundle.decode_kernels()
        if kernel_name:
            for k in kernels:
                if k.name == kernel_name:
                    return k
            raise ValueError(f"bundle '{bundle.directory}' has no decode attention kernel "
                             f"'{kernel_name}' (has: {', '.join(k.name for k in kernels)})")
        return kernels[0] if kernels else None

    @staticmethod
    def _resolve_device(device):
        return resolve_device(device, "BatchDecode")

    @staticmethod
    def workspace_size(max_batch, max_work, num_qo_heads, head_dim):
        """(int_workspace_bytes, float_workspace_bytes) for these capacities."""
        lib = _capi.load_library()
        ib, fb = ctypes.c_size_t(), ctypes.c_size_t()
        _capi.check("attnDecodeWorkspaceSize",
                    lib.attnDecodeWorkspaceSize(max_batch, max_work, num_qo_heads, head_dim,
                                                ctypes.byref(ib), ctypes.byref(fb)))
        return ib.value, fb.value

    def _stream(self, stream):
        return stream_handle(stream, self.device, "decoder")

    # ---- plan -------------------------------------------------------------------------------

    def plan(self, kv_indptr, kv_last_page_len, kv_indices=None, *, num_pages=None,
             batch_size=None, stream=None):
        """Schedules the batch on the host and copies the plan to the workspace (one async
        copy on ``stream``). Not capturable: call it before capture and before each replay.

        Inputs may be CUDA or CPU tensors or sequences; host copies are made here (a CUDA
        tensor costs a synchronising copy). CUDA int32 tensors also become ``run``'s defaults.
        ``kv_indices`` (with ``num_pages``, the pool's page count) is validated when given.
        """
        if batch_size is None:
            n = kv_indptr.numel() if isinstance(kv_indptr, torch.Tensor) else len(kv_indptr)
            batch_size = n - 1
        if not isinstance(batch_size, int) or batch_size < 0:
            raise ValueError(f"batch_size must be a non-negative integer, got {batch_size!r}")
        if batch_size > self.max_batch:
            raise ValueError(f"batch_size ({batch_size}) exceeds max_batch ({self.max_batch})")
        h_indptr = host_int32("kv_indptr", kv_indptr, batch_size + 1)
        h_last = host_int32("kv_last_page_len", kv_last_page_len, batch_size)
        h_indices = None
        if kv_indices is not None:
            if num_pages is None:
                raise ValueError("num_pages (pages in the K/V pools) is needed to validate "
                                 "kv_indices")
            h_indices = host_int32("kv_indices", kv_indices, int(h_indptr[batch_size]))
        elif num_pages is None:
            num_pages = 0
        with torch.cuda.device(self.device):
            _capi.check("attnDecodePlan", self._lib.attnDecodePlan(
                self.handle, batch_size, h_indptr.data_ptr(), h_last.data_ptr(),
                h_indices.data_ptr() if h_indices is not None else None, int(num_pages),
                self._stream(stream)))
        self._batch_size = batch_size
        self._host_plan_inputs = (h_indptr, h_last, h_indices)  # alive until the copy is done
        dev = {}
        for name, t in (("kv_indptr", kv_indptr), ("kv_indices", kv_indices),
                        ("kv_last_page_len", kv_last_page_len)):
            if isinstance(t, torch.Tensor) and t.is_cuda and t.dtype == torch.int32:
                dev[name] = t
        self._page_table = dev

    @property
    def batch_size(self):
        """Batch size of the current plan (None before the first plan)."""
        return self._batch_size

    def plan_info(self):
        """dict(num_work, num_partials, chunk_tokens, needs_merge) of the current plan."""
        vals = [ctypes.c_int32() for _ in range(4)]
        _capi.check("attnDecodeGetPlanInfo", self._lib.attnDecodeGetPlanInfo(
            self.handle, *[ctypes.byref(v) for v in vals]))
        return dict(zip(("num_work", "num_partials", "chunk_tokens", "needs_merge"),
                        (v.value for v in vals)))

    # ---- run --------------------------------------------------------------------------------

    def run(self, q, k_cache, v_cache, *, kv_indptr=None, kv_indices=None,
            kv_last_page_len=None, o=None, lse=None, return_lse=False, sm_scale=None,
            stream=None):
        """Launches attention (and the merge when the plan split KV) on ``stream`` (default:
        torch's current stream). Allocates only when ``o`` / ``lse`` are not given (pass them
        when capturing a CUDA Graph). Returns o, or (o, lse) when ``lse`` is given or
        ``return_lse`` is set.
        """
        if self._batch_size is None:
            raise RuntimeError("BatchDecode.run called before plan")
        B, Hq, Hkv, D, P = (self._batch_size, self.num_qo_heads, self.num_kv_heads,
                            self.head_dim, self.page_size)
        dev = self.device
        pt = self._page_table or {}
        kv_indptr = kv_indptr if kv_indptr is not None else pt.get("kv_indptr")
        kv_indices = kv_indices if kv_indices is not None else pt.get("kv_indices")
        kv_last_page_len = (kv_last_page_len if kv_last_page_len is not None
                            else pt.get("kv_last_page_len"))
        for name, t in (("kv_indptr", kv_indptr), ("kv_indices", kv_indices),
                        ("kv_last_page_len", kv_last_page_len)):
            if t is None:
                raise ValueError(f"{name}: not given, and plan() did not get it as a CUDA int32 "
                                 f"tensor")
        check_tensor("q", q, dtype=self.dtype, shape=(None, Hq, D), min_rows=B, device=dev)
        pool = (None, P, Hkv, D) if self.layout == "nhd" else (None, Hkv, P, D)
        check_tensor("k_cache", k_cache, dtype=self.kv_dtype, shape=pool, device=dev)
        check_tensor("v_cache", v_cache, dtype=self.kv_dtype, shape=pool, device=dev)
        if v_cache.shape[0] != k_cache.shape[0]:
            raise ValueError(f"v_cache has {v_cache.shape[0]} pages, k_cache {k_cache.shape[0]}")
        check_tensor("kv_indptr", kv_indptr, dtype=torch.int32, ndim=1, min_rows=B + 1,
                      device=dev)
        check_tensor("kv_indices", kv_indices, dtype=torch.int32, ndim=1, device=dev)
        check_tensor("kv_last_page_len", kv_last_page_len, dtype=torch.int32, ndim=1,
                      min_rows=B, device=dev)
        if o is None:
            o = torch.empty((B, Hq, D), dtype=self.dtype, device=dev)
        else:
            check_tensor("o", o, dtype=self.dtype, shape=(None, Hq, D), min_rows=B, device=dev)
        if lse is None and return_lse:
            lse = torch.empty((B, Hq), dtype=torch.float32, device=dev)
        elif lse is not None:
            check_tensor("lse", lse, dtype=torch.float32, shape=(None, Hq), min_rows=B,
                          device=dev)
        if sm_scale is not None and not (isinstance(sm_scale, (int, float)) and
                                         math.isfinite(sm_scale) and sm_scale > 0):
            raise ValueError(f"sm_scale must be a positive finite number, got {sm_scale!r}")
        args = _capi.attn_decode_args_t(
            q=q.data_ptr(), k_cache=k_cache.data_ptr(), v_cache=v_cache.data_ptr(),
            kv_indptr=kv_indptr.data_ptr(), kv_indices=kv_indices.data_ptr(),
            kv_last_page_len=kv_last_page_len.data_ptr(), o=o.data_ptr(),
            lse=lse.data_ptr() if lse is not None else 0,
            sm_scale=float(sm_scale) if sm_scale is not None else 0.0)
        handle, cstream = self.handle, self._stream(stream)
        _capi.check("attnDecodeRun", self._lib.attnDecodeRun(handle, ctypes.byref(args), cstream))
        return (o, lse) if lse is not None else o

    # ---- lifetime ---------------------------------------------------------------------------

