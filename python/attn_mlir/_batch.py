"""What BatchDecode and BatchPrefill share around their C API handle: the default kernel from
the bundle, the problem and config fields common to both families, torch-allocated
workspaces, creation, plan-time batch size and run() defaults, plan info, the checks of the
paged pools and outputs in run(), and the launch. Each family keeps its own arguments,
capacities and messages; the C calls are named by the caller."""

import ctypes

from . import _capi
from ._tensors import (LAYOUTS, check_pools, check_tensor, dtype_code, on_device, torch,
                       torch_dtype)


def positive(name, v):
    if not isinstance(v, int) or isinstance(v, bool) or v < 1:
        raise ValueError(f"{name} must be a positive integer, got {v!r}")


def non_negative(name, v):
    if not isinstance(v, int) or isinstance(v, bool) or v < 0:
        raise ValueError(f"{name} must be a non-negative integer, got {v!r}")


def kernel_picker(kern):
    """pick(value, attr): value, or when it is None the attribute of the bundle's kernel."""
    return lambda v, attr: v if v is not None else (getattr(kern, attr) if kern else None)


class BatchAttention(_capi.OwnedHandle):
    """Base of BatchDecode and BatchPrefill. Subclasses set num_qo_heads, num_kv_heads,
    head_dim, page_size, max_batch, graph_mode, want_lse and device before calling the
    helpers below."""

    @staticmethod
    def _default_kernel_of(kernels, bundle, kernel_name, family):
        """The kernel named `kernel_name` among `kernels` (the bundle's `family` attention
        kernels), else the first one; None when there is none."""
        if kernel_name:
            for k in kernels:
                if k.name == kernel_name:
                    return k
            raise ValueError(f"bundle '{bundle.directory}' has no {family} attention kernel "
                             f"'{kernel_name}' (has: {', '.join(k.name for k in kernels)})")
        return kernels[0] if kernels else None

    def _check_problem(self, names, family, positive_check):
        """Every attribute in `names` given (or taken from the bundle) and accepted by
        `positive_check`; the query heads a multiple of the KV heads."""
        for n in names:
            v = getattr(self, n)
            if v is None:
                raise ValueError(f"{n} is not given and the bundle has no {family} kernel to "
                                 f"take it from")
            positive_check(n, v)
        if self.num_qo_heads % self.num_kv_heads:
            raise ValueError(f"expected num_qo_heads ({self.num_qo_heads}) to be a multiple of "
                             f"num_kv_heads ({self.num_kv_heads})")

    @staticmethod
    def _check_layout_workspace(layout, workspace):
        """The layout in lower case, after checking it and the workspace choice."""
        layout = str(layout).lower()
        if layout not in LAYOUTS:
            raise ValueError(f"layout must be 'nhd' or 'hnd', got {layout!r}")
        if workspace not in ("torch", "runtime"):
            raise ValueError(f"workspace must be 'torch' or 'runtime', got {workspace!r}")
        return layout

    def _set_types(self, layout, dtype, kv_dtype):
        self.layout = layout
        self._dtype_code = dtype_code(dtype, "dtype")
        self._kv_dtype_code = dtype_code(kv_dtype, "kv_dtype")
        self.dtype = torch_dtype(self._dtype_code)
        self.kv_dtype = torch_dtype(self._kv_dtype_code)

    def _new_config(self, config_t, init_call, kernel_name, *, max_work, min_chunk_tokens):
        """Loads the library and returns a `config_t` set to the library's defaults
        (`init_call`), then to this object's problem and the capacities both families have."""
        self._lib = _capi.load_library()
        cfg = config_t()
        getattr(self._lib, init_call)(ctypes.byref(cfg))
        self._kernel_name = kernel_name.encode() if kernel_name else None
        cfg.kernel_name = self._kernel_name
        cfg.num_qo_heads = self.num_qo_heads
        cfg.num_kv_heads = self.num_kv_heads
        cfg.head_dim = self.head_dim
        cfg.page_size = self.page_size
        cfg.layout = LAYOUTS[self.layout]
        cfg.dtype = self._dtype_code
        cfg.kv_dtype = self._kv_dtype_code
        cfg.want_lse = 1 if self.want_lse else 0
        cfg.max_batch = self.max_batch
        cfg.max_work = max_work
        cfg.graph_mode = 1 if self.graph_mode else 0
        cfg.min_chunk_tokens = min_chunk_tokens
        cfg.device = self.device.index
        return cfg

    def _torch_workspaces(self, cfg, int_bytes, float_bytes):
        """Allocates the workspaces with torch and points `cfg` at them (no float workspace
        when float_bytes is 0). Returns the tensors, which must outlive the handle."""
        iws = torch.empty(max(int_bytes, 1), dtype=torch.uint8, device=self.device)
        fws = torch.empty(max(float_bytes, 1), dtype=torch.uint8, device=self.device)
        cfg.int_workspace, cfg.int_workspace_bytes = iws.data_ptr(), int_bytes
        if float_bytes:
            cfg.float_workspace, cfg.float_workspace_bytes = fws.data_ptr(), float_bytes
        return (iws, fws)

    @staticmethod
    def _workspace_size(call, *capacities):
        """(int_workspace_bytes, float_workspace_bytes) from the C function `call`."""
        lib = _capi.load_library()
        ib, fb = ctypes.c_size_t(), ctypes.c_size_t()
        _capi.check(call, getattr(lib, call)(*capacities, ctypes.byref(ib), ctypes.byref(fb)))
        return ib.value, fb.value

    def _create(self, create_call, bundle, cfg):
        handle = ctypes.c_void_p()
        with torch.cuda.device(self.device):
            torch.cuda.synchronize(self.device)  # the primary context is current from here on
            _capi.check(create_call,
                        getattr(self._lib, create_call)(bundle.handle, ctypes.byref(cfg),
                                                        ctypes.byref(handle)))
        self._handle = handle

    # ---- plan -------------------------------------------------------------------------------

    def _plan_batch_size(self, indptr, batch_size):
        """batch_size, or len(indptr) - 1 when None; checked against max_batch."""
        if batch_size is None:
            n = indptr.numel() if isinstance(indptr, torch.Tensor) else len(indptr)
            batch_size = n - 1
        if not isinstance(batch_size, int) or batch_size < 0:
            raise ValueError(f"batch_size must be a non-negative integer, got {batch_size!r}")
        if batch_size > self.max_batch:
            raise ValueError(f"batch_size ({batch_size}) exceeds max_batch ({self.max_batch})")
        return batch_size

    @staticmethod
    def _cuda_int32(named):
        """{name: t} for the (name, t) pairs whose t is a CUDA int32 tensor: run()'s defaults."""
        return {name: t for name, t in named
                if isinstance(t, torch.Tensor) and t.is_cuda and t.dtype == torch.int32}

    def _plan_info(self, call, keys):
        vals = [ctypes.c_int32() for _ in keys]
        _capi.check(call, getattr(self._lib, call)(
            self.handle, *[ctypes.byref(v) for v in vals]))
        return dict(zip(keys, (v.value for v in vals)))

    # ---- run --------------------------------------------------------------------------------

    @staticmethod
    def _require_given(named):
        for name, t in named:
            if t is None:
                raise ValueError(f"{name}: not given, and plan() did not get it as a CUDA int32 "
                                 f"tensor")

    def _check_pools(self, k_name, k, v_name, v):
        """The paged K and V pools: [pages, P, Hkv, D] (NHD) or [pages, Hkv, P, D] (HND), each
        page contiguous, pages one stride apart in both (e.g. the halves of a combined
        [pages, 2, ...] cache). Returns the kv_page_stride run argument (0 = dense)."""
        P, Hkv, D = self.page_size, self.num_kv_heads, self.head_dim
        pool = (None, P, Hkv, D) if self.layout == "nhd" else (None, Hkv, P, D)
        return check_pools(k_name, k, v_name, v, dtype=self.kv_dtype, pool_shape=pool,
                           device=self.device)

    def _outputs(self, o, lse, return_lse, rows):
        """(o, lse) checked to hold `rows` rows, o allocated when None, lse when None and
        return_lse is set."""
        Hq, D, dev = self.num_qo_heads, self.head_dim, self.device
        if o is None:
            o = torch.empty((rows, Hq, D), dtype=self.dtype, device=dev)
        else:
            check_tensor("o", o, dtype=self.dtype, shape=(None, Hq, D), min_rows=rows,
                         device=dev)
        if lse is None and return_lse:
            lse = torch.empty((rows, Hq), dtype=torch.float32, device=dev)
        elif lse is not None:
            check_tensor("lse", lse, dtype=torch.float32, shape=(None, Hq), min_rows=rows,
                         device=dev)
        return o, lse

    def _launch(self, run_call, args, stream, o, lse):
        """Calls `run_call` with `args`; returns o, or (o, lse) when lse is not None."""
        handle, cstream = self.handle, self._stream(stream)
        with on_device(self.device):
            _capi.check(run_call,
                        getattr(self._lib, run_call)(handle, ctypes.byref(args), cstream))
        return (o, lse) if lse is not None else o
