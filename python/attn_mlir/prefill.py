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

Kernels compiled with a custom or block-sparse mask, ALiBi slopes or RoPE offsets take them as
device operands (``operands`` lists those of the selected kernel), given to ``plan`` (checked
against the batch there; CUDA tensors become ``run``'s defaults) or to ``run``:
  custom_mask: per request a bool tensor [q_len, kv_len] (True = visible), packed here, or the
    packed uint8 bits with mask_indptr int32 [B+1] (byte offsets; see ``pack_custom_mask``);
  block_indptr int32 [ceil(T / R) + 1], block_indices int32: BSR over the rows of the whole q
    tensor for a block [R, C] kernel (``block_rows``, ``block_cols``): row g is in block row
    g // R, key j of its request in block column j // C; every request with queries starts
    at a multiple of R; columns distinct within a block row;
  alibi_slopes float32 [Hq] (instead of the standard slopes); rope_offsets int32 [B] (added
    to every RoPE position of request b).
Every argument is checked before the library is called.
"""

import ctypes

from . import _capi
from ._batch import BatchAttention, kernel_picker, non_negative, positive
from ._tensors import check_tensor, host_int32, require_torch, resolve_device, stream_handle, torch

KV_FORMATS = ("ragged", "paged")

# The optional operands of prefill kernels, in attn_prefill_args_t order, with what each is for.
OPERANDS = {
    "custom_mask": "the bit-packed custom mask",
    "mask_indptr": "the custom mask's byte offsets",
    "block_indptr": "the block-sparse mask's row pointers",
    "block_indices": "the block-sparse mask's column indices",
    "alibi_slopes": "ALiBi slopes in place of the standard ones",
    "rope_offsets": "RoPE position offsets",
}


def pack_custom_mask(masks, device=None):
    """(custom_mask uint8, mask_indptr int32 [B+1]) of per-request boolean masks.

    masks[b] is a bool tensor [q_len_b, kv_len_b], True where key j is visible to query i.
    Request b's bits are i * kv_len_b + j (row-major) in little bit order (bit k of a byte is
    element 8 n + k), padded to whole bytes; mask_indptr[b] is the byte where they start
    (FlashInfer's packbits(bitorder="little") per request and its segment offsets). Both
    tensors are on ``device`` (default: the masks' device); custom_mask has at least one byte.
    """
    require_torch("pack_custom_mask")
    if isinstance(masks, torch.Tensor) or not isinstance(masks, (list, tuple)):
        raise TypeError(f"masks: expected a list of bool tensors (one per request), got "
                        f"{type(masks).__name__}")
    devs = set()
    for b, m in enumerate(masks):
        if not isinstance(m, torch.Tensor):
            raise TypeError(f"masks[{b}]: expected a torch.Tensor, got {type(m).__name__}")
        if m.dtype != torch.bool:
            raise TypeError(f"masks[{b}]: expected dtype torch.bool, got {m.dtype}")
        if m.dim() != 2:
            raise ValueError(f"masks[{b}]: expected 2 dimensions [q_len, kv_len], got shape "
                             f"{tuple(m.shape)}")
        devs.add(m.device)
    if device is None:
        if len(devs) > 1:
            raise ValueError(f"masks: expected tensors on one device, got "
                             f"{sorted(str(d) for d in devs)}")
        device = devs.pop() if devs else torch.device("cpu")
    nbytes = [(m.numel() + 7) // 8 for m in masks]
    indptr = [0]
    for n in nbytes:
        indptr.append(indptr[-1] + n)
    if indptr[-1] >= 2**31:
        raise ValueError(f"masks: {indptr[-1]} bytes exceed the int32 range of mask_indptr")
    bits = torch.zeros(max(1, indptr[-1]) * 8, dtype=torch.uint8, device=device)
    for b, m in enumerate(masks):
        if m.numel():
            bits[indptr[b] * 8:indptr[b] * 8 + m.numel()] = m.reshape(-1).to(device)
    weights = torch.tensor([1 << k for k in range(8)], dtype=torch.int32, device=device)
    packed = (bits.view(-1, 8).to(torch.int32) * weights).sum(1).to(torch.uint8)
    return packed, torch.tensor(indptr, dtype=torch.int32, device=device)


def _check_indptr(name, t, batch_size):
    """indptr[0] == 0 and non-decreasing over [0, batch_size]."""
    vals = t[:batch_size + 1]
    if int(vals[0]) != 0:
        raise ValueError(f"{name}[0] must be 0, got {int(vals[0])}")
    _check_indptr_steps(name, t, batch_size)


def _check_indptr_steps(name, t, batch_size):
    """indptr non-decreasing over [0, batch_size]."""
    vals = t[:batch_size + 1]
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
    # The selected attention kernel (set by the constructor from the library's choice): its
    # KernelInfo, mask, BSR block shape and the optional operands it takes.
    kernel = None
    mask = None
    block_rows = 0
    block_cols = 0
    operands = frozenset()

    def __init__(self, bundle, *, max_batch, max_qo_tokens, kv_format=None, num_qo_heads=None,
                 num_kv_heads=None, head_dim=None, page_size=None, layout=None, dtype=None,
                 kv_dtype=None, want_lse=False, max_work=0, max_partial_rows=0,
                 graph_mode=False, min_chunk_tokens=0, kernel_name=None, device=None,
                 workspace="runtime"):
        require_torch("BatchPrefill")
        self._adopt_bundle(bundle, "prefill_kernels")
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
        index = ctypes.c_int32()
        _capi.check("attnPrefillGetKernelIndex", self._lib.attnPrefillGetKernelIndex(
            self.handle, ctypes.byref(index)))
        self.kernel = bundle.kernels[index.value]
        self.mask = self.kernel.mask
        self.block_rows, self.block_cols = self.kernel.block_rows, self.kernel.block_cols
        self.operands = self.kernel.operands
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

    def plan(self, qo_indptr, kv_indptr, kv_last_page_len=None, *, custom_mask=None,
             mask_indptr=None, block_indptr=None, block_indices=None, alibi_slopes=None,
             rope_offsets=None, batch_size=None, stream=None):
        """Schedules the batch on the host and copies the plan to the workspace (one async
        copy on ``stream``). Not capturable: call it before capture and before each replay.

        qo_indptr [B+1] (query tokens) and kv_indptr [B+1] (pages when paged, tokens when
        ragged) start at 0; kv_last_page_len [B] is required for paged KV and rejected for
        ragged. Inputs are CPU int32 tensors (or any integer tensors / sequences: host copies
        are made here; a CUDA tensor costs a synchronising copy). CUDA int32 inputs also
        become ``run``'s defaults.

        The kernel's optional operands (module docstring) may be given here: they are checked
        against the batch (lengths, offsets, the block-sparse alignment; a CUDA operand costs
        a synchronising copy of its index array) and those on the device become ``run``'s
        defaults. A list of per-request bool masks as ``custom_mask`` is packed on the device.
        With a block-sparse kernel every qo_indptr[b] of a request with queries must be a
        multiple of ``block_rows``.
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
        if self.block_rows:
            self._check_block_alignment(h_qo, batch_size)
        operands = self._plan_operands(
            dict(custom_mask=custom_mask, mask_indptr=mask_indptr, block_indptr=block_indptr,
                 block_indices=block_indices, alibi_slopes=alibi_slopes,
                 rope_offsets=rope_offsets), h_qo, h_kv, h_last, batch_size)
        with torch.cuda.device(self.device):
            _capi.check("attnPrefillPlan", self._lib.attnPrefillPlan(
                self.handle, batch_size, h_qo.data_ptr(), h_kv.data_ptr(),
                h_last.data_ptr() if h_last is not None else None, self._stream(stream)))
        self._plan = dict(batch_size=batch_size, qo_tokens=qo_tokens,
                          kv_extent=int(h_kv[batch_size]))
        self._host_plan_inputs = (h_qo, h_kv, h_last)  # alive until the copy is done
        self._defaults = self._cuda_int32((("qo_indptr", qo_indptr), ("kv_indptr", kv_indptr),
                                           ("kv_last_page_len", kv_last_page_len)))
        self._defaults.update({n: t for n, t in operands.items()
                               if t is not None and t.device == self.device})

    def _check_block_alignment(self, h_qo, batch_size):
        """Every request with queries starts at a multiple of block_rows (block rows are rows
        of the whole q tensor, and a Q tile must not straddle two)."""
        R = self.block_rows
        for b in range(batch_size):
            start, end = int(h_qo[b]), int(h_qo[b + 1])
            if end > start and start % R:
                raise ValueError(f"qo_indptr[{b}] ({start}) is not a multiple of the "
                                 f"block-sparse mask's block rows ({R})")

    def _request_lengths(self, h_qo, h_kv, h_last, B):
        """([q_len], [kv_len]) of the B requests from the host index arrays."""
        q_lens = [int(h_qo[b + 1]) - int(h_qo[b]) for b in range(B)]
        if self.paged:
            kv_lens = [(int(h_kv[b + 1]) - int(h_kv[b]) - 1) * self.page_size + int(h_last[b])
                       if int(h_kv[b + 1]) > int(h_kv[b]) else 0 for b in range(B)]
        else:
            kv_lens = [int(h_kv[b + 1]) - int(h_kv[b]) for b in range(B)]
        return q_lens, kv_lens

    def _plan_operands(self, given, h_qo, h_kv, h_last, B):
        """The optional operands given to plan, checked against the kernel and the batch; a
        list of bool masks as custom_mask packed on the device (with its mask_indptr)."""
        given = {n: t for n, t in given.items() if t is not None}
        self._check_taken(given)
        qo_tokens = int(h_qo[B])
        if "custom_mask" in given:
            q_lens, kv_lens = self._request_lengths(h_qo, h_kv, h_last, B)
            cm = given["custom_mask"]
            if isinstance(cm, (list, tuple)):
                if "mask_indptr" in given:
                    raise ValueError("mask_indptr is computed when custom_mask is a list of "
                                     "per-request masks; pass one or the other")
                if len(cm) != B:
                    raise ValueError(f"custom_mask: expected {B} masks (one per request), got "
                                     f"{len(cm)}")
                for b, m in enumerate(cm):
                    if isinstance(m, torch.Tensor) and tuple(m.shape) != (q_lens[b], kv_lens[b]):
                        raise ValueError(f"custom_mask[{b}]: expected shape ({q_lens[b]}, "
                                         f"{kv_lens[b]}) [q_len, kv_len], got {tuple(m.shape)}")
                given["custom_mask"], given["mask_indptr"] = pack_custom_mask(
                    list(cm), device=self.device)
            else:
                if "mask_indptr" not in given:
                    raise ValueError("custom_mask: packed bits need mask_indptr (or pass a list "
                                     "of per-request bool masks)")
                self._check_operand("custom_mask", given["custom_mask"], B, qo_tokens,
                                    device=None)
                self._check_operand("mask_indptr", given["mask_indptr"], B, qo_tokens,
                                    device=None)
                ip = host_int32("mask_indptr", given["mask_indptr"], B + 1)
                size = given["custom_mask"].numel()
                for b in range(B):
                    need = (q_lens[b] * kv_lens[b] + 7) // 8
                    if int(ip[b]) < 0 or int(ip[b]) + need > size:
                        raise ValueError(f"mask_indptr[{b}] ({int(ip[b])}): request {b} needs "
                                         f"{need} bytes ({q_lens[b]} x {kv_lens[b]} bits) "
                                         f"from there, custom_mask has {size}")
        elif "mask_indptr" in given:
            raise ValueError("mask_indptr is given without custom_mask")
        if ("block_indptr" in given) != ("block_indices" in given):
            raise ValueError("block_indptr and block_indices go together; got only "
                             + ("block_indptr" if "block_indptr" in given else "block_indices"))
        if "block_indptr" in given:
            for n in ("block_indptr", "block_indices"):
                self._check_operand(n, given[n], B, qo_tokens, device=None)
            rows = -(-qo_tokens // max(1, self.block_rows))
            ip = host_int32("block_indptr", given["block_indptr"], rows + 1)
            if int(ip[0]) < 0:
                raise ValueError(f"block_indptr[0] must not be negative, got {int(ip[0])}")
            _check_indptr_steps("block_indptr", ip, rows)
            if int(ip[rows]) > given["block_indices"].numel():
                raise ValueError(f"block_indptr[{rows}] ({int(ip[rows])}) exceeds the "
                                 f"{given['block_indices'].numel()} entries of block_indices")
        for n in ("alibi_slopes", "rope_offsets"):
            if n in given:
                self._check_operand(n, given[n], B, qo_tokens, device=None)
        return given

    def _check_taken(self, given):
        """ValueError for an operand given that the kernel does not take (it would be
        ignored)."""
        for n in given:
            if n not in self.operands:
                raise ValueError(f"{n}: kernel '{self._kernel_label()}' does not take it (mask "
                                 f"{self.mask}; it takes "
                                 f"{', '.join(sorted(self.operands)) or 'no optional operand'})")

    def _kernel_label(self):
        return self.kernel.name if self.kernel is not None else "?"

    def _check_operand(self, name, t, B, T, device):
        """Type, dtype, shape and size of one optional operand for B requests and T query
        tokens (device checked when given)."""
        if name == "custom_mask":
            check_tensor(name, t, dtype=torch.uint8, ndim=1, min_rows=1, device=device)
        elif name == "mask_indptr":
            check_tensor(name, t, dtype=torch.int32, ndim=1, min_rows=B + 1, device=device)
        elif name == "block_indptr":
            rows = -(-T // self.block_rows) if self.block_rows else 0
            check_tensor(name, t, dtype=torch.int32, ndim=1, min_rows=rows + 1, device=device)
        elif name == "block_indices":
            check_tensor(name, t, dtype=torch.int32, ndim=1, min_rows=1, device=device)
        elif name == "alibi_slopes":
            check_tensor(name, t, dtype=torch.float32, shape=(self.num_qo_heads,),
                         device=device)
        elif name == "rope_offsets":
            check_tensor(name, t, dtype=torch.int32, ndim=1, min_rows=B, device=device)

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
            kv_last_page_len=None, o=None, lse=None, return_lse=False, custom_mask=None,
            mask_indptr=None, block_indptr=None, block_indices=None, alibi_slopes=None,
            rope_offsets=None, stream=None):
        """Launches attention (and the merge when the plan split KV) on ``stream`` (default:
        torch's current stream). ``k`` / ``v`` are the ragged K/V or the paged pools. The
        device index tensors must hold the values the plan was made from; those given to
        ``plan`` as CUDA int32 tensors are the defaults. Allocates only when ``o`` / ``lse``
        are not given (pass them when capturing a CUDA Graph). Returns o, or (o, lse) when
        ``lse`` is given or ``return_lse`` is set.

        The kernel's optional operands (``operands``; module docstring) are required, those it
        does not take rejected; the ones given to ``plan`` on the device are the defaults. A
        list of per-request bool masks as ``custom_mask`` is packed here (allocates: pass the
        packed bits and mask_indptr when capturing).
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
        page_stride = 0
        if self.paged:
            page_stride = self._check_pools("k", k, "v", v)
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
        ops = self._run_operands(
            dict(custom_mask=custom_mask, mask_indptr=mask_indptr, block_indptr=block_indptr,
                 block_indices=block_indices, alibi_slopes=alibi_slopes,
                 rope_offsets=rope_offsets), B, T)
        o, lse = self._outputs(o, lse, return_lse, T)
        args = _capi.attn_prefill_args_t(
            q=q.data_ptr(), qo_indptr=qo_indptr.data_ptr(), k=k.data_ptr(), v=v.data_ptr(),
            kv_indptr=kv_indptr.data_ptr(),
            kv_indices=kv_indices.data_ptr() if self.paged else 0,
            kv_last_page_len=kv_last_page_len.data_ptr() if self.paged else 0,
            o=o.data_ptr(), lse=lse.data_ptr() if lse is not None else 0,
            kv_page_stride=page_stride, **{n: t.data_ptr() for n, t in ops.items()})
        return self._launch("attnPrefillRun", args, stream, o, lse)

    def _run_operands(self, given, B, T):
        """{name: device tensor} of the kernel's optional operands for run: the given ones,
        else plan's defaults; each checked (B requests, T query rows)."""
        self._check_taken({n: t for n, t in given.items() if t is not None})
        if isinstance(given["custom_mask"], (list, tuple)):
            if given["mask_indptr"] is not None:
                raise ValueError("mask_indptr is computed when custom_mask is a list of "
                                 "per-request masks; pass one or the other")
            given["custom_mask"], given["mask_indptr"] = pack_custom_mask(
                list(given["custom_mask"]), device=self.device)
        ops = {}
        for name in OPERANDS:
            if name not in self.operands:
                continue
            t = given[name] if given[name] is not None else self._defaults.get(name)
            if t is None:
                raise ValueError(f"{name}: not given, and kernel '{self._kernel_label()}' takes "
                                 f"it ({OPERANDS[name]}); pass it to plan() or run()")
            self._check_operand(name, t, B, T, device=self.device)
            ops[name] = t
        return ops
