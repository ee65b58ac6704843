"""MultiLevelCascade: shared-prefix (cascade) attention over paged KV on PyTorch tensors.

    shared = attn_mlir.Bundle("bundles/bf16_q32kv8_d128_p16_nhd_none_lse")   # prefill family
    own = attn_mlir.Bundle("bundles/bf16_q32kv8_d128_p16_nhd_lse")           # decode family
    ops = attn_mlir.Bundle("bundles/ops")                                    # merge_state
    cas = attn_mlir.MultiLevelCascade(
        [CascadeLevel(shared, "prefill", max_batch=1), CascadeLevel(own, "decode", max_batch=64)],
        merge_bundle=ops, max_qo_tokens=64)
    cas.plan(qo_indptr_arr, kv_indptr_arr, kv_last_page_len_arr)   # host arrays; not captured
    o = cas.run(q, k_cache, v_cache, qo_indptr_arr=..., kv_indptr_arr=..., kv_indices_arr=...,
                kv_last_page_len_arr=...)                          # capturable

Every level is a batched attention over the same paged cache with its own qo_indptr (a
partition of the N query tokens into the level's entries) and page table; the levels' states
are merged through their log-sum-exp (natural log here). Level 0 is typically the shared
prefix with the queries of every request that shares it as one entry (qo_indptr = [0, N]); the
last level each request's own pages. A "decode" level takes one query per entry (entry b =
token b); a "prefill" level any number. Levels before the last are unmasked; the last may use
a causal prefill kernel (FlashInfer applies ``causal`` to the last level only). An entry with no
pages in a level contributes nothing. Shapes: q, o [N, Hq, D]; k_cache, v_cache
[pages, P, Hkv, D] (NHD) or [pages, Hkv, P, D] (HND); lse float32 [N, Hq].

In graph mode the launch shapes are fixed by the capacities and every plan after the first
must keep the first plan's N (KV lengths may change): a captured run replays after a new plan.
"""

import ctypes
from dataclasses import dataclass

from . import _capi
from ._batch import kernel_picker, non_negative, positive
from ._tensors import (LAYOUTS, check_pools, check_tensor, dtype_code, host_int32, on_device,
                       require_torch, resolve_device, stream_handle, torch, torch_dtype)

LEVEL_KINDS = tuple(_capi.CASCADE_LEVEL_KINDS)


@dataclass
class CascadeLevel:
    """One level: its bundle (prefill or decode family), kind, capacity and kernel."""
    bundle: object
    kind: str = "prefill"       # "prefill" | "decode"
    max_batch: int = 1          # entries of the level per plan
    kernel_name: str = None     # None = the first kernel of the family that fits the level
    max_work: int = 0           # 0 = the library's default
    max_partial_rows: int = 0   # prefill levels; 0 = default
    min_chunk_tokens: int = 0   # 0 = default


def _as_list(name, xs, n):
    if isinstance(xs, torch.Tensor) or not isinstance(xs, (list, tuple)):
        raise TypeError(f"{name}: expected a list of {n} tensors (one per level), got "
                        f"{type(xs).__name__}")
    if len(xs) != n:
        raise ValueError(f"{name}: expected {n} entries (one per level), got {len(xs)}")
    return list(xs)


class MultiLevelCascade(_capi.OwnedHandle):
    """Cascade attention of ``levels`` (1..8 CascadeLevel) on one device.

    The problem (heads, head_dim, page size, layout, dtype) is taken from the first level's
    bundle kernels unless given. ``merge_bundle`` holds a merge_state kernel (states and
    output of ``dtype``, writing s_out; e.g. the ops bundle); required with more than one
    level. ``max_qo_tokens``: query tokens per plan. ``concurrent_levels``: levels 0 and 1
    run on two streams (the second the cascade's own, forked from and joined back into the
    caller's; a CUDA graph capture takes both).
    """

    _free = "attnCascadeFree"
    _what = "MultiLevelCascade"

    def __init__(self, levels, *, max_qo_tokens, merge_bundle=None, num_qo_heads=None,
                 num_kv_heads=None, head_dim=None, page_size=None, layout=None, dtype=None,
                 kv_dtype=None, graph_mode=False, merge_kernel_name=None, device=None,
                 concurrent_levels=False):
        require_torch("MultiLevelCascade")
        self._handle = None
        levels = list(levels)
        if not 1 <= len(levels) <= _capi.CASCADE_MAX_LEVELS:
            raise ValueError(f"levels: expected 1 to {_capi.CASCADE_MAX_LEVELS} levels, got "
                             f"{len(levels)}")
        for i, lv in enumerate(levels):
            if not isinstance(lv, CascadeLevel):
                raise TypeError(f"levels[{i}]: expected a CascadeLevel, got "
                                f"{type(lv).__name__}")
            if not hasattr(lv.bundle, "prefill_kernels"):
                raise TypeError(f"levels[{i}].bundle: expected an attn_mlir.Bundle, got "
                                f"{type(lv.bundle).__name__}")
            if lv.kind not in LEVEL_KINDS:
                raise ValueError(f"levels[{i}].kind must be 'prefill' or 'decode', got "
                                 f"{lv.kind!r}")
            positive(f"levels[{i}].max_batch", lv.max_batch)
            for n in ("max_work", "max_partial_rows", "min_chunk_tokens"):
                non_negative(f"levels[{i}].{n}", getattr(lv, n))
        if len(levels) > 1 and not hasattr(merge_bundle, "kernels"):
            raise TypeError(f"merge_bundle: {len(levels)} levels need an attn_mlir.Bundle with "
                            f"a merge_state kernel, got {type(merge_bundle).__name__}")
        positive("max_qo_tokens", max_qo_tokens)
        self.levels = levels            # keeps the bundles alive
        self.merge_bundle = merge_bundle
        first = levels[0]
        # A decode level's bundle may hold the tensor-core kernel (a paged prefill kernel).
        kerns = ((first.bundle.decode_kernels() or first.bundle.prefill_kernels())
                 if first.kind == "decode" else first.bundle.prefill_kernels())
        pick = kernel_picker(kerns[0] if kerns else None)
        self.num_qo_heads = pick(num_qo_heads, "num_qo_heads")
        self.num_kv_heads = pick(num_kv_heads, "num_kv_heads")
        self.head_dim = pick(head_dim, "head_dim")
        self.page_size = pick(page_size, "page_size")
        for n in ("num_qo_heads", "num_kv_heads", "head_dim", "page_size"):
            if getattr(self, n) is None:
                raise ValueError(f"{n} is not given and level 0's bundle has no kernel to take "
                                 f"it from")
            positive(n, getattr(self, n))
        self.layout = str(pick(layout, "layout")).lower()
        if self.layout not in LAYOUTS:
            raise ValueError(f"layout must be 'nhd' or 'hnd', got {self.layout!r}")
        dtype = pick(dtype, "dtype")
        kv_dtype = kv_dtype if kv_dtype is not None else dtype
        self._dtype_code = dtype_code(dtype, "dtype")
        self._kv_dtype_code = dtype_code(kv_dtype, "kv_dtype")
        self.dtype, self.kv_dtype = torch_dtype(self._dtype_code), torch_dtype(self._kv_dtype_code)
        self.max_qo_tokens = max_qo_tokens
        self.graph_mode = bool(graph_mode)
        self.device = resolve_device(device, "MultiLevelCascade")

        self._lib = _capi.load_library()
        cfg = _capi.attn_cascade_config_t()
        self._lib.attnCascadeConfigInit(ctypes.byref(cfg))
        self._names = []  # keeps the encoded names alive during create
        cfg.num_levels = len(levels)
        for i, lv in enumerate(levels):
            c = cfg.levels[i]
            c.bundle = lv.bundle.handle
            name = lv.kernel_name.encode() if lv.kernel_name else None
            self._names.append(name)
            c.kernel_name = name
            c.kind = _capi.CASCADE_LEVEL_KINDS[lv.kind]
            c.max_batch = lv.max_batch
            c.max_work, c.max_partial_rows = lv.max_work, lv.max_partial_rows
            c.min_chunk_tokens = lv.min_chunk_tokens
        if merge_bundle is not None:
            cfg.merge_bundle = merge_bundle.handle
        mname = merge_kernel_name.encode() if merge_kernel_name else None
        self._names.append(mname)
        cfg.merge_kernel_name = mname
        cfg.num_qo_heads, cfg.num_kv_heads = self.num_qo_heads, self.num_kv_heads
        cfg.head_dim, cfg.page_size = self.head_dim, self.page_size
        cfg.layout = LAYOUTS[self.layout]
        cfg.dtype, cfg.kv_dtype = self._dtype_code, self._kv_dtype_code
        cfg.max_qo_tokens = max_qo_tokens
        cfg.graph_mode = 1 if self.graph_mode else 0
        self.concurrent_levels = bool(concurrent_levels)
        cfg.concurrent_levels = 1 if self.concurrent_levels else 0
        cfg.device = self.device.index
        handle = ctypes.c_void_p()
        with torch.cuda.device(self.device):
            torch.cuda.synchronize(self.device)  # the primary context is current from here on
            _capi.check("attnCascadeCreate", self._lib.attnCascadeCreate(
                ctypes.byref(cfg), ctypes.byref(handle)))
        self._handle = handle
        self.kernels = [self._level_kernel(i) for i in range(len(levels))]
        self._plan = None

    @property
    def num_levels(self):
        return len(self.levels)

    def _level_info(self, level):
        vals = [ctypes.c_int32() for _ in range(5)]
        _capi.check("attnCascadeGetLevelInfo", self._lib.attnCascadeGetLevelInfo(
            self.handle, level, *[ctypes.byref(v) for v in vals]))
        return [v.value for v in vals]

    def _level_kernel(self, level):
        return self.levels[level].bundle.kernels[self._level_info(level)[4]]

    def plan_info(self, level):
        """dict(kind, num_work, num_partial_rows, needs_merge, kernel) of a level's plan."""
        kind, work, partial, merge, _ = self._level_info(level)
        return dict(kind=LEVEL_KINDS[kind], num_work=work, num_partial_rows=partial,
                    needs_merge=bool(merge), kernel=self.kernels[level].name)

    # ---- plan -------------------------------------------------------------------------------

    def plan(self, qo_indptr_arr, kv_indptr_arr, kv_last_page_len_arr, *, stream=None):
        """Plans every level on the host (one async copy per level on ``stream``). Per level:
        qo_indptr [B_l + 1] (query tokens, ending at the same N on every level), kv_indptr
        [B_l + 1] (pages), kv_last_page_len [B_l]; CPU int32 tensors, or any integer tensors /
        sequences (host copies are made; a CUDA tensor costs a synchronising copy)."""
        n = self.num_levels
        qo = _as_list("qo_indptr_arr", qo_indptr_arr, n)
        kv = _as_list("kv_indptr_arr", kv_indptr_arr, n)
        last = _as_list("kv_last_page_len_arr", kv_last_page_len_arr, n)
        hosts, sizes = [], []
        arr = (_capi.attn_cascade_level_plan_t * n)()
        for i in range(n):
            size = (qo[i].numel() if isinstance(qo[i], torch.Tensor) else len(qo[i])) - 1
            if size < 0:
                raise ValueError(f"qo_indptr_arr[{i}] is empty (it needs batch_size + 1 "
                                 f"entries)")
            h_qo = host_int32(f"qo_indptr_arr[{i}]", qo[i], size + 1)
            h_kv = host_int32(f"kv_indptr_arr[{i}]", kv[i], size + 1)
            h_last = host_int32(f"kv_last_page_len_arr[{i}]", last[i], size)
            hosts.append((h_qo, h_kv, h_last))
            sizes.append(size)
            arr[i].batch_size = size
            arr[i].qo_indptr = h_qo.data_ptr()
            arr[i].kv_indptr = h_kv.data_ptr()
            arr[i].kv_last_page_len = h_last.data_ptr()
        with torch.cuda.device(self.device):
            _capi.check("attnCascadePlan", self._lib.attnCascadePlan(
                self.handle, n, arr, stream_handle(stream, self.device, "cascade")))
        self._host = hosts  # alive until the copies are done
        self._plan = dict(batch_sizes=sizes, qo_tokens=int(hosts[0][0][sizes[0]]),
                          pages=[int(h[1][s]) for h, s in zip(hosts, sizes)])

    @property
    def qo_tokens(self):
        """N of the current plan (None before the first plan)."""
        return self._plan["qo_tokens"] if self._plan else None

    # ---- run --------------------------------------------------------------------------------

    def run(self, q, k_cache, v_cache, *, qo_indptr_arr, kv_indptr_arr, kv_indices_arr,
            kv_last_page_len_arr, o=None, lse=None, return_lse=False, stream=None):
        """Per level the attention, from level 1 on the merge into o. The device int32 index
        tensors must hold the plan's values (qo_indptr of a decode level may be None).
        Allocates only when ``o`` / ``lse`` are not given (pass them when capturing). Returns
        o, or (o, lse) when ``lse`` is given or ``return_lse`` is set (natural log)."""
        if self._plan is None:
            raise RuntimeError("MultiLevelCascade.run called before plan")
        n, dev = self.num_levels, self.device
        N = self._plan["qo_tokens"]
        Hq, D, P, Hkv = self.num_qo_heads, self.head_dim, self.page_size, self.num_kv_heads
        qo = _as_list("qo_indptr_arr", qo_indptr_arr, n)
        kv = _as_list("kv_indptr_arr", kv_indptr_arr, n)
        idx = _as_list("kv_indices_arr", kv_indices_arr, n)
        last = _as_list("kv_last_page_len_arr", kv_last_page_len_arr, n)
        capturing = self.graph_mode and torch.cuda.is_current_stream_capturing()
        check_tensor("q", q, dtype=self.dtype, shape=(None, Hq, D), min_rows=N, device=dev)
        pool = (None, P, Hkv, D) if self.layout == "nhd" else (None, Hkv, P, D)
        page_stride = check_pools("k_cache", k_cache, "v_cache", v_cache, dtype=self.kv_dtype,
                                  pool_shape=pool, device=dev)
        args = _capi.attn_cascade_args_t()
        args.num_levels = n
        args.kv_page_stride = page_stride
        for i in range(n):
            B = self.levels[i].max_batch if capturing else self._plan["batch_sizes"][i]
            pages = 0 if capturing else self._plan["pages"][i]
            decode = self.levels[i].kind == "decode"
            if qo[i] is not None or not decode:
                check_tensor(f"qo_indptr_arr[{i}]", qo[i], dtype=torch.int32, ndim=1,
                             min_rows=B + 1, device=dev)
            check_tensor(f"kv_indptr_arr[{i}]", kv[i], dtype=torch.int32, ndim=1,
                         min_rows=B + 1, device=dev)
            check_tensor(f"kv_indices_arr[{i}]", idx[i], dtype=torch.int32, ndim=1,
                         min_rows=max(pages, 1), device=dev)
            check_tensor(f"kv_last_page_len_arr[{i}]", last[i], dtype=torch.int32, ndim=1,
                         min_rows=max(B, 1), device=dev)
            a = args.levels[i]
            a.qo_indptr = qo[i].data_ptr() if qo[i] is not None else 0
            a.kv_indptr, a.kv_indices = kv[i].data_ptr(), idx[i].data_ptr()
            a.kv_last_page_len = last[i].data_ptr()
        if o is None:
            o = torch.empty((N, Hq, D), dtype=self.dtype, device=dev)
        else:
            check_tensor("o", o, dtype=self.dtype, shape=(None, Hq, D), min_rows=N, device=dev)
        if lse is None and return_lse:
            lse = torch.empty((N, Hq), dtype=torch.float32, device=dev)
        elif lse is not None:
            check_tensor("lse", lse, dtype=torch.float32, shape=(None, Hq), min_rows=N,
                         device=dev)
        args.q, args.k_cache, args.v_cache = q.data_ptr(), k_cache.data_ptr(), v_cache.data_ptr()
        args.o = o.data_ptr()
        args.lse = lse.data_ptr() if lse is not None else 0
        cstream = stream_handle(stream, dev, "cascade")
        with on_device(dev):
            _capi.check("attnCascadeRun",
                        self._lib.attnCascadeRun(self.handle, ctypes.byref(args), cstream))
        return (o, lse) if lse is not None else o

    @staticmethod
    def scratch_size(max_qo_tokens, num_qo_heads, head_dim, dtype=torch.bfloat16
                     if torch is not None else None):
        """Bytes of the cascade's scratch (level states and merged LSE)."""
        lib = _capi.load_library()
        b = ctypes.c_size_t()
        _capi.check("attnCascadeScratchSize", lib.attnCascadeScratchSize(
            max_qo_tokens, num_qo_heads, head_dim, dtype_code(dtype, "dtype"), ctypes.byref(b)))
        return b.value
