"""BatchPrefill: tensor-core prefill / append over ragged queries and ragged or paged KV.

    bundle = attn_mlir.Bundle("bundles/bf16_q32kv8_d128_p16_nhd_causal")
    pre = attn_mlir.BatchPrefill(bundle, max_batch=64, max_qo_tokens=32768)
    pre.plan(qo_indptr, kv_indptr, kv_last_page_len)   # host int32 tensors; before capture
    o = pre.run(q, k_cache, v_cache, qo_indptr=d_qo_indptr, kv_indptr=d_kv_indptr,
                kv_indices=d_kv_indices, kv_last_page_len=d_last)   # capturable

The problem (heads, head_dim, KV format, page size, layout, dtype) is taken from the bundle
unless given. Shapes (B = requests, T = qo_indptr[B] query tokens, Hq / Hkv = query / KV
heads, D = head_dim, P = page_size): q, o [T, Hq, D]; lse float32 [T, Hq] (natural log);
qo_indptr int32 [B+1]; ragged KV: k, v [kv_indptr[B], Hkv, D], kv_indptr int32 [B+1] in
tokens; paged KV: k, v [pages, P, Hkv, D] (NHD) or [pages, Hkv, P, D] (HND), kv_indptr int32
[B+1] in pages, kv_indices int32 [kv_indptr[B]], kv_last_page_len int32 [B]. Masks are
compiled into the kernel and aligned bottom-right (query i of a request sits at position
i + kv_len - q_len), so the same kernel serves prefill, append and chunked prefill.
Every argument is checked before the library is called.
"""

import ctypes

from . import _capi
from ._batch import BatchAttention, kernel_picker, non_negative, positive
from ._tensors import check_tensor, host_int32, require_torch, resolve_device, stream_handle, torch

KV_FORMATS = ("ragged", "paged")


def _check_indptr(name, t, batch_size):
    """indptr[0] == 0 and non-decreasing over [0, batch_size]."""
    vals = t[:batch_size + 1]
    if int(vals[0]) != 0:
        raise ValueError(f"{name}[0] must be 0, got {int(vals[0])}")
    if batch_size:
        d = vals[1:] - vals[:-1]
        bad = torch.nonzero(d < 0)
        if bad.numel():
            b = int(bad[0, 0]) + 1
            raise ValueError(f"{name}[{b}] ({int(vals[b])}) is less than {name}[{b - 1}] "
                             f"({int(vals[b - 1])})")


class BatchPrefill(BatchAttention):
    """One prefill problem (heads, head_dim, KV format, page size, layout, dtypes) on one device.

    Arguments left as None are taken from the bundle's first prefill attention kernel (or the
    one named by ``kernel_name``); ``kv_format`` is "ragged" or "paged" (page_size 0 means
    ragged). ``want_lse`` selects only kernels that write the LSE. Capacities: ``max_batch``
    requests and ``max_qo_tokens`` query tokens per plan; ``max_work`` / ``max_partial_rows``
    0 = chosen by the library from the device. ``graph_mode`` fixes launch shapes to the
    capacities so a captured ``run`` can be replayed after a new ``plan``; its buffers must
    then hold the capacities (checked while capturing). Workspaces are allocated by the
    library (``workspace="runtime"``, default) or with torch (``workspace="torch"``, needs
    max_work; max_partial_rows 0 there means no split-KV).
    """

    _free = "attnPrefillFree"
    _what = "BatchPrefill"

    def __init__(self, bundle, *, max_batch, max_qo_tokens, kv_format=None, num_qo_heads=None,
                 num_kv_heads=None, head_dim=None, page_size=None, layout=None, dtype=None,
                 kv_dtype=None, want_lse=False, max_work=0, max_partial_rows=0,
                 graph_mode=False, min_chunk_tokens=0, kernel_name=None, device=None,
                 workspace="runtime"):
        require_torch("BatchPrefill")
        self._handle = None
        if bundle is None or not hasattr(bundle, "prefill_kernels"):
            raise TypeError(f"bundle: expected an attn_mlir.Bundle, got {type(bundle).__name__}")
        self.bundle = bundle  # keeps the bundle (and its modules) alive
        kern = self._default_kernel(bundle, kernel_name)
        pick = kernel_picker(kern)
        if kv_format is None and page_size is not None:
            kv_format = "paged" if page_size else "ragged"
        kv_format = pick(kv_format, "kv_format")
        if kv_format is None:
            raise ValueError("kv_format is not given and the bundle has no prefill kernel to "
                             "take it from")
        if kv_format not in KV_FORMATS:
            raise ValueError(f"kv_format must be 'ragged' or 'paged', got {kv_format!r}")
        self.kv_format = kv_format
        self.num_qo_heads = pick(num_qo_heads, "num_qo_heads")
        self.num_kv_heads = pick(num_kv_heads, "num_kv_heads")
        self.head_dim = pick(head_dim, "head_dim")
        if self.paged:
            self.page_size = pick(page_size, "page_size")
            layout = pick(layout, "layout")
        else:
            if page_size:
                raise ValueError(f"page_size ({page_size}) is for paged KV; this is ragged")
            self.page_size = 0
            layout = layout if layout is not None else "nhd"
        dtype = pick(dtype, "dtype")
        kv_dtype = kv_dtype if kv_dtype is not None else dtype
        self._check_problem(("num_qo_heads", "num_kv_heads", "head_dim") +
                            (("page_size",) if self.paged else ()), "prefill", positive)
        positive("max_batch", max_batch)
        positive("max_qo_tokens", max_qo_tokens)
        non_negative("max_work", max_work)
        non_negative("max_partial_rows", max_partial_rows)
        non_negative("min_chunk_tokens", min_chunk_tokens)
        layout = self._check_layout_workspace(layout, workspace)
        if workspace == "torch" and max_work == 0:
            raise ValueError("workspace='torch' needs an explicit max_work (the library "
                             "resolves 0 from the device only for its own workspaces; "
                             "max_partial_rows 0 then means no split-KV)")
        self._set_types(layout, dtype, kv_dtype)
        self.max_batch = max_batch
        self.max_qo_tokens = max_qo_tokens
        self.graph_mode = bool(graph_mode)
        self.want_lse = bool(want_lse)
        self.device = resolve_device(device, "BatchPrefill")

        # Every argument is checked; from here on the library decides.
        cfg = self._new_config(_capi.attn_prefill_config_t, "attnPrefillConfigInit",
                               kernel_name, max_work=max_work,
                               min_chunk_tokens=min_chunk_tokens)
        cfg.max_qo_tokens = max_qo_tokens
        cfg.max_partial_rows = max_partial_rows
        self._workspaces = ()
        if workspace == "torch":
            self._workspaces = self._torch_workspaces(cfg, *self.workspace_size(
                max_qo_tokens, max_work, max_partial_rows, self.num_qo_heads, self.head_dim))

        self._create("attnPrefillCreate", bundle, cfg)
        self.max_work, self.max_partial_rows = self.capacities()
        self._plan = None     # dict(batch_size, qo_tokens, kv_extent) of the current plan
        self._defaults = {}   # CUDA int32 tensors handed to plan(), defaults for run()

    @property
    def paged(self):
        return self.kv_format == "paged"

    @classmethod
    def _default_kernel(cls, bundle, kernel_name):
        return cls._default_kernel_of(bundle.prefill_kernels(), bundle, kernel_name, "prefill")

    @staticmethod
    def workspace_size(max_qo_tokens, max_work, max_partial_rows, num_qo_heads, head_dim):
        """(int_workspace_bytes, float_workspace_bytes) for these capacities."""
        return BatchAttention._workspace_size("attnPrefillWorkspaceSize", max_qo_tokens,
                                              max_work, max_partial_rows, num_qo_heads, head_dim)

    def capacities(self):
        """(max_work, max_partial_rows) in effect (the library's defaults resolved)."""
        mw, mp = ctypes.c_int32(), ctypes.c_int32()
        _capi.check("attnPrefillGetCapacities", self._lib.attnPrefillGetCapacities(
            self.handle, ctypes.byref(mw), ctypes.byref(mp)))
        return mw.value, mp.value

    def _stream(self, stream):
        return stream_handle(stream, self.device, "prefill object")

    # ---- plan -------------------------------------------------------------------------------

    def plan(self, qo_indptr, kv_indptr, kv_last_page_len=None, *, batch_size=None,
             stream=None):
        """Schedules the batch on the host and copies the plan to the workspace (one async
        copy on ``stream``). Not capturable: call it before capture and before each replay.

        qo_indptr [B+1] (query tokens) and kv_indptr [B+1] (pages when paged, tokens when
        ragged) start at 0; kv_last_page_len [B] is required for paged KV and rejected for
        ragged. Inputs are CPU int32 tensors (or any integer tensors / sequences: host copies
        are made here; a CUDA tensor costs a synchronising copy). CUDA int32 inputs also
        become ``run``'s defaults.
        """
        batch_size = self._plan_batch_size(qo_indptr, batch_size)
        h_qo = host_int32("qo_indptr", qo_indptr, batch_size + 1)
        h_kv = host_int32("kv_indptr", kv_indptr, batch_size + 1)
        _check_indptr("qo_indptr", h_qo, batch_size)
        _check_indptr("kv_indptr", h_kv, batch_size)
        qo_tokens = int(h_qo[batch_size])
        if qo_tokens > self.max_qo_tokens:
            raise ValueError(f"qo_indptr[{batch_size}] ({qo_tokens}) exceeds max_qo_tokens "
                             f"({self.max_qo_tokens})")
        h_last = None
        if self.paged:
            if kv_last_page_len is None:
                raise ValueError("kv_last_page_len is required for paged KV")
            h_last = host_int32("kv_last_page_len", kv_last_page_len, batch_size)
            pages = h_kv[1:batch_size + 1] - h_kv[:batch_size]
            last = h_last[:batch_size]
            bad = torch.nonzero(((pages > 0) & ((last < 1) | (last > self.page_size))) |
                                ((pages == 0) & (last != 0)))
            if bad.numel():
                b = int(bad[0, 0])
                raise ValueError(f"kv_last_page_len[{b}] ({int(last[b])}) must be in "
                                 f"[1, {self.page_size}] for a request with pages and 0 for "
                                 f"one without ({int(pages[b])} pages)")
        elif kv_last_page_len is not None:
            raise ValueError("kv_last_page_len is for paged KV; this BatchPrefill is ragged")
        with torch.cuda.device(self.device):
            _capi.check("attnPrefillPlan", self._lib.attnPrefillPlan(
                self.handle, batch_size, h_qo.data_ptr(), h_kv.data_ptr(),
                h_last.data_ptr() if h_last is not None else None, self._stream(stream)))
        self._plan = dict(batch_size=batch_size, qo_tokens=qo_tokens,
                          kv_extent=int(h_kv[batch_size]))
        self._host_plan_inputs = (h_qo, h_kv, h_last)  # alive until the copy is done
        self._defaults = self._cuda_int32((("qo_indptr", qo_indptr), ("kv_indptr", kv_indptr),
                                           ("kv_last_page_len", kv_last_page_len)))

    @property
    def batch_size(self):
        """Batch size of the current plan (None before the first plan)."""
        return self._plan["batch_size"] if self._plan else None

    @property
    def qo_tokens(self):
        """Query tokens of the current plan, qo_indptr[B] (None before the first plan)."""
        return self._plan["qo_tokens"] if self._plan else None

    def plan_info(self):
        """dict(num_work, num_partial_rows, chunk_tokens, needs_merge) of the current plan."""
        return self._plan_info("attnPrefillGetPlanInfo",
                               ("num_work", "num_partial_rows", "chunk_tokens", "needs_merge"))

    # ---- run --------------------------------------------------------------------------------

    def run(self, q, k, v, *, qo_indptr=None, kv_indptr=None, kv_indices=None,
            kv_last_page_len=None, o=None, lse=None, return_lse=False, stream=None):
        """Launches attention (and the merge when the plan split KV) on ``stream`` (default:
        torch's current stream). ``k`` / ``v`` are the ragged K/V or the paged pools. The
        device index tensors must hold the values the plan was made from; those given to
        ``plan`` as CUDA int32 tensors are the defaults. Allocates only when ``o`` / ``lse``
        are not given (pass them when capturing a CUDA Graph). Returns o, or (o, lse) when
        ``lse`` is given or ``return_lse`` is set.
        """
        if self._plan is None:
            raise RuntimeError("BatchPrefill.run called before plan")
        B, T = self._plan["batch_size"], self._plan["qo_tokens"]
        Hq, Hkv, D = self.num_qo_heads, self.num_kv_heads, self.head_dim
        dev = self.device
        # A run captured in graph mode is replayed after later plans: check the capacities.
        capturing = (self.graph_mode and dev.type == "cuda" and
                     torch.cuda.is_current_stream_capturing())
        if capturing:
            B, T = self.max_batch, self.max_qo_tokens
        d = self._defaults
        qo_indptr = qo_indptr if qo_indptr is not None else d.get("qo_indptr")
        kv_indptr = kv_indptr if kv_indptr is not None else d.get("kv_indptr")
        if self.paged:
            kv_last_page_len = (kv_last_page_len if kv_last_page_len is not None
                                else d.get("kv_last_page_len"))
            needed = (("qo_indptr", qo_indptr), ("kv_indptr", kv_indptr),
                      ("kv_indices", kv_indices), ("kv_last_page_len", kv_last_page_len))
        else:
            for name, t in (("kv_indices", kv_indices), ("kv_last_page_len", kv_last_page_len)):
                if t is not None:
                    raise ValueError(f"{name} is for paged KV; this BatchPrefill is ragged")
            needed = (("qo_indptr", qo_indptr), ("kv_indptr", kv_indptr))
        self._require_given(needed)
        check_tensor("q", q, dtype=self.dtype, shape=(None, Hq, D), min_rows=T, device=dev)
        if self.paged:
            self._check_pools("k", k, "v", v)
        else:
            kv_rows = 0 if capturing else self._plan["kv_extent"]
            check_tensor("k", k, dtype=self.kv_dtype, shape=(None, Hkv, D), min_rows=kv_rows,
                         device=dev)
            check_tensor("v", v, dtype=self.kv_dtype, shape=(None, Hkv, D), min_rows=kv_rows,
                         device=dev)
        check_tensor("qo_indptr", qo_indptr, dtype=torch.int32, ndim=1, min_rows=B + 1,
                     device=dev)
        check_tensor("kv_indptr", kv_indptr, dtype=torch.int32, ndim=1, min_rows=B + 1,
                     device=dev)
        if self.paged:
            pages = 0 if capturing else self._plan["kv_extent"]
            check_tensor("kv_indices", kv_indices, dtype=torch.int32, ndim=1, min_rows=pages,
                         device=dev)
            check_tensor("kv_last_page_len", kv_last_page_len, dtype=torch.int32, ndim=1,
                         min_rows=B, device=dev)
        o, lse = self._outputs(o, lse, return_lse, T)
        args = _capi.attn_prefill_args_t(
            q=q.data_ptr(), qo_indptr=qo_indptr.data_ptr(), k=k.data_ptr(), v=v.data_ptr(),
            kv_indptr=kv_indptr.data_ptr(),
            kv_indices=kv_indices.data_ptr() if self.paged else 0,
            kv_last_page_len=kv_last_page_len.data_ptr() if self.paged else 0,
            o=o.data_ptr(), lse=lse.data_ptr() if lse is not None else 0)
        return self._launch("attnPrefillRun", args, stream, o, lse)
