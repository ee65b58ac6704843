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

import math

from . import _capi
from ._batch import BatchAttention, kernel_picker
from ._tensors import check_tensor, host_int32, require_torch, resolve_device, stream_handle, torch


def _positive(name, v):
    # Unlike BatchPrefill's check, a bool passes (as an int).
    if not isinstance(v, int) or v < 1:
        raise ValueError(f"{name} must be a positive integer, got {v!r}")


class BatchDecode(BatchAttention):
    """One decode problem (heads, head_dim, page size, layout, dtypes) on one device and stream.

    Arguments left as None are taken from the bundle's first decode attention kernel (or the
    one named by ``kernel_name``); a bundle whose decode step was compiled for the tensor cores
    (attn-compile's default on sm_90) holds a paged prefill kernel instead, which the library
    runs with one query row per request. ``want_lse`` selects only kernels that write the LSE.
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
        self._adopt_bundle(bundle, "decode_kernels")
        kern = self._default_kernel(bundle, kernel_name)
        pick = kernel_picker(kern)
        self.num_qo_heads = pick(num_qo_heads, "num_qo_heads")
        self.num_kv_heads = pick(num_kv_heads, "num_kv_heads")
        self.head_dim = pick(head_dim, "head_dim")
        self.page_size = pick(page_size, "page_size")
        layout = pick(layout, "layout")
        dtype = pick(dtype, "dtype")
        kv_dtype = kv_dtype if kv_dtype is not None else dtype
        self._check_problem(("num_qo_heads", "num_kv_heads", "head_dim", "page_size"), "decode",
                            _positive)
        _positive("max_batch", max_batch)
        if not isinstance(max_work, int) or max_work < 0:
            raise ValueError(f"max_work must be a non-negative integer, got {max_work!r}")
        layout = self._check_layout_workspace(layout, workspace)
        self._set_types(layout, dtype, kv_dtype)
        self.max_batch = max_batch
        self.graph_mode = bool(graph_mode)
        self.want_lse = bool(want_lse)
        if min_chunk_tokens < 0:
            raise ValueError(f"min_chunk_tokens must be >= 0, got {min_chunk_tokens}")
        if workspace == "torch" and getattr(kern, "family", "decode") == "prefill":
            raise ValueError(f"workspace='torch' sizes the decode kernel's workspaces; kernel "
                             f"'{kern.name}' is the tensor-core (prefill) kernel, whose "
                             f"workspaces the library allocates: use workspace='runtime'")
        if workspace == "torch" and max_work == 0:
            raise ValueError("workspace='torch' needs an explicit max_work (the library "
                             "chooses max(max_batch, slots) only for its own workspaces)")
        # The device last: an argument error reads the same with or without a GPU.
        self.device = self._resolve_device(device)

        # Every argument is checked; from here on the library decides.
        cfg = self._new_config(_capi.attn_decode_config_t, "attnDecodeConfigInit", kernel_name,
                               max_work=max_work, min_chunk_tokens=min_chunk_tokens)
        self._workspaces = ()
        if workspace == "torch":
            # Both sizes are positive for max_work >= 1 (the library rejects 0).
            self._workspaces = self._torch_workspaces(cfg, *self.workspace_size(
                max_batch, max_work, self.num_qo_heads, self.head_dim))
        self.max_work = cfg.max_work

        self._create("attnDecodeCreate", bundle, cfg)
        self._batch_size = None
        self._page_table = None  # device tensors handed to plan(), defaults for run()

    @classmethod
    def _default_kernel(cls, bundle, kernel_name):
        # A decode step compiled for the tensor cores is a paged prefill kernel, which the
        # library runs with one query row per request (as it picks: decode kernels first).
        kernels = bundle.decode_kernels() or [k for k in bundle.prefill_kernels()
                                              if k.kv_format == "paged"]
        return cls._default_kernel_of(kernels, bundle, kernel_name, "decode")

    @staticmethod
    def _resolve_device(device):
        return resolve_device(device, "BatchDecode")

    @staticmethod
    def workspace_size(max_batch, max_work, num_qo_heads, head_dim):
        """(int_workspace_bytes, float_workspace_bytes) for these capacities."""
        return BatchAttention._workspace_size("attnDecodeWorkspaceSize", max_batch, max_work,
                                              num_qo_heads, head_dim)

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
        batch_size = self._plan_batch_size(kv_indptr, batch_size)
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
        self._page_table = self._cuda_int32((("kv_indptr", kv_indptr), ("kv_indices", kv_indices),
                                             ("kv_last_page_len", kv_last_page_len)))

    @property
    def batch_size(self):
        """Batch size of the current plan (None before the first plan)."""
        return self._batch_size

    def plan_info(self):
        """dict(num_work, num_partials, chunk_tokens, needs_merge) of the current plan."""
        return self._plan_info("attnDecodeGetPlanInfo",
                               ("num_work", "num_partials", "chunk_tokens", "needs_merge"))

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
        B, Hq, D = self._batch_size, self.num_qo_heads, self.head_dim
        dev = self.device
        pt = self._page_table or {}
        kv_indptr = kv_indptr if kv_indptr is not None else pt.get("kv_indptr")
        kv_indices = kv_indices if kv_indices is not None else pt.get("kv_indices")
        kv_last_page_len = (kv_last_page_len if kv_last_page_len is not None
                            else pt.get("kv_last_page_len"))
        self._require_given((("kv_indptr", kv_indptr), ("kv_indices", kv_indices),
                             ("kv_last_page_len", kv_last_page_len)))
        check_tensor("q", q, dtype=self.dtype, shape=(None, Hq, D), min_rows=B, device=dev)
        page_stride = self._check_pools("k_cache", k_cache, "v_cache", v_cache)
        check_tensor("kv_indptr", kv_indptr, dtype=torch.int32, ndim=1, min_rows=B + 1,
                      device=dev)
        check_tensor("kv_indices", kv_indices, dtype=torch.int32, ndim=1, device=dev)
        check_tensor("kv_last_page_len", kv_last_page_len, dtype=torch.int32, ndim=1,
                      min_rows=B, device=dev)
        o, lse = self._outputs(o, lse, return_lse, B)
        if sm_scale is not None and not (isinstance(sm_scale, (int, float)) and
                                         math.isfinite(sm_scale) and sm_scale > 0):
            raise ValueError(f"sm_scale must be a positive finite number, got {sm_scale!r}")
        args = _capi.attn_decode_args_t(
            q=q.data_ptr(), k_cache=k_cache.data_ptr(), v_cache=v_cache.data_ptr(),
            kv_indptr=kv_indptr.data_ptr(), kv_indices=kv_indices.data_ptr(),
            kv_last_page_len=kv_last_page_len.data_ptr(), o=o.data_ptr(),
            lse=lse.data_ptr() if lse is not None else 0,
            sm_scale=float(sm_scale) if sm_scale is not None else 0.0,
            kv_page_stride=page_stride)
        return self._launch("attnDecodeRun", args, stream, o, lse)

    # ---- lifetime ---------------------------------------------------------------------------

