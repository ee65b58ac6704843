"""FlashInfer-compatible API: FlashInfer 0.5.3's names, arguments and semantics over the attn
runtime, for what the runtime supports.

    from attn_mlir import flashinfer
    wrapper = flashinfer.BatchDecodeWithPagedKVCacheWrapper(workspace, "NHD")
    wrapper.plan(indptr, indices, last_page_len, 32, 8, 128, 16, q_data_type=torch.bfloat16)
    o, lse = wrapper.run(q, (k_cache, v_cache), return_lse=True)

Kernels are compiled (or taken from the cache) by ``attn_mlir.jit`` at plan time, for the
problem given to plan (heads, head_dim, page size, layout, dtype, mask, scale, window, soft
cap, RoPE). Semantics follow FlashInfer's: LSEs are base 2 (the runtime's natural-log LSEs are
converted; merge inputs are converted back), masks are aligned bottom-right, kv_layout is
"NHD" or "HND", paged_kv_cache is a (k_cache, v_cache) pair or one [pages, 2, ...] tensor.
The halves of a combined tensor and other page-strided views (vLLM's layout) are read in
place: the kernels take the page stride as an argument.

Differences are errors, never silent: an argument the runtime cannot honour raises
NotImplementedError naming it, and tensors whose strides the runtime does not take (pages that
are not contiguous inside, K and V pages a different stride apart) raise ValueError rather
than being copied (a copy would break the in-place semantics of the cache). docs/PYTHON.md has
the table of what is supported.
"""

import math

from ._tensors import page_stride, torch
from . import sampling  # flashinfer.sampling: the same functions, also at the top level
from .sampling import (chain_speculative_sampling, min_p_sampling_from_probs,  # noqa: F401
                       sampling_from_logits, sampling_from_probs, top_k_mask_logits,
                       top_k_renorm_probs,
                       top_k_sampling_from_probs, top_k_top_p_sampling_from_logits,
                       top_k_top_p_sampling_from_probs, top_p_renorm_probs,
                       top_p_sampling_from_probs)

LOG2E = 1.0 / math.log(2.0)   # natural-log LSE -> base 2
LN2 = math.log(2.0)           # base-2 LSE -> natural log

__all__ = ["BatchDecodeWithPagedKVCacheWrapper", "BatchPrefillWithPagedKVCacheWrapper",
           "BatchPrefillWithRaggedKVCacheWrapper", "MultiLevelCascadeAttentionWrapper", "single_decode_with_kv_cache",
           "single_prefill_with_kv_cache", "merge_state", "merge_state_in_place",
           "merge_states", "append_paged_kv_cache", "get_batch_indices_positions",
           "get_seq_lens", "apply_rope", "apply_rope_inplace", "apply_rope_pos_ids",
           "apply_rope_pos_ids_inplace", "apply_llama31_rope", "apply_llama31_rope_inplace",
           "apply_llama31_rope_pos_ids", "apply_llama31_rope_pos_ids_inplace",
           "sampling", "sampling_from_probs", "sampling_from_logits",
           "chain_speculative_sampling",
           "top_p_sampling_from_probs", "top_k_sampling_from_probs", "min_p_sampling_from_probs",
           "top_k_top_p_sampling_from_probs", "top_k_top_p_sampling_from_logits",
           "top_k_renorm_probs", "top_p_renorm_probs", "top_k_mask_logits"]


# ---- argument checks ------------------------------------------------------------------------

def _require_torch(what):
    if torch is None:
        raise ImportError(f"attn_mlir.flashinfer.{what} needs PyTorch (import torch failed)")


def _unsupported(name, value, ok=(None,)):
    """NotImplementedError naming the argument when value is not one of the accepted ones
    (compared by identity for None / bools, by equality otherwise)."""
    for v in ok:
        if (value is v) if (v is None or isinstance(v, bool)) else (value == v):
            return
    raise NotImplementedError(f"attn_mlir.flashinfer: {name}={value!r} is not supported")


def _unsupported_run_args(args, **kwargs):
    """Raises NotImplementedError for what a wrapper's run does not support: extra positional
    arguments (FlashInfer's jit module arguments) and any of `kwargs` other than None."""
    if args:
        raise NotImplementedError("attn_mlir.flashinfer: extra positional run arguments "
                                  "(jit module arguments) are not supported")
    for name, value in kwargs.items():
        _unsupported(name, value)


def _layout(kv_layout):
    if kv_layout not in ("NHD", "HND"):
        raise ValueError(f"kv_layout must be 'NHD' or 'HND', got {kv_layout!r}")
    return kv_layout


def _pos_encoding(mode):
    if mode not in ("NONE", "ROPE_LLAMA", "ALIBI"):
        raise ValueError(f"pos_encoding_mode must be 'NONE', 'ROPE_LLAMA' or 'ALIBI', got "
                         f"{mode!r}")
    return mode


def _dtype(dt, name):
    """A torch dtype from FlashInfer's str / torch.dtype forms (bf16 and f16 only)."""
    _require_torch("plan")
    if isinstance(dt, str):
        dt = getattr(torch, dt, None)
    if dt not in (torch.bfloat16, torch.float16):
        raise NotImplementedError(f"attn_mlir.flashinfer: {name}={dt!r} is not supported "
                                  f"(bfloat16 and float16 only)")
    return dt


def _soft_cap(logits_soft_cap):
    return float(logits_soft_cap) if logits_soft_cap is not None else 0.0


def _split_paged_cache(paged_kv_cache, kv_layout):
    """(k_cache, v_cache) from a pair or one [pages, 2, ...] tensor, as views of the caller's
    memory (never copies: appends must land in the caller's cache). The halves of a combined
    tensor, and other views whose pages are each contiguous, reach the kernels with their page
    stride (the runtime's kv_page_stride); views the kernels cannot read raise ValueError."""
    if isinstance(paged_kv_cache, (tuple, list)):
        if len(paged_kv_cache) != 2:
            raise TypeError("paged_kv_cache: expected a (k_cache, v_cache) pair or one tensor")
        k, v = paged_kv_cache
    elif torch is not None and isinstance(paged_kv_cache, torch.Tensor):
        if paged_kv_cache.dim() != 5 or paged_kv_cache.shape[1] != 2:
            raise ValueError(f"paged_kv_cache: expected shape [pages, 2, ...] ({kv_layout}), "
                             f"got {tuple(paged_kv_cache.shape)}")
        k, v = paged_kv_cache[:, 0], paged_kv_cache[:, 1]
    else:
        raise TypeError(f"paged_kv_cache: expected a tensor or a (k, v) pair, got "
                        f"{type(paged_kv_cache).__name__}")
    _check_page_views(k, v)
    return k, v


def _check_page_views(k, v):
    """ValueError, before any kernel is looked up, for K / V views the kernels cannot take:
    pages that are not contiguous inside, overlapping pages, or K and V pages a different
    stride apart (one kv_page_stride serves both)."""
    strides = {}
    for name, t in (("k_cache", k), ("v_cache", v)):
        if not isinstance(t, torch.Tensor) or t.dim() < 2:
            continue
        try:
            stride = page_stride(name, t)
        except ValueError as e:
            raise ValueError(f"paged_kv_cache: {e} (the kernels take pages that are contiguous "
                             f"inside, at any page stride)") from None
        if stride is not None:
            strides[name] = stride
    if len(set(strides.values())) > 1:
        raise ValueError(f"paged_kv_cache: k_cache and v_cache have page strides "
                         f"{strides['k_cache']} and {strides['v_cache']}; the kernels take one "
                         f"page stride for both")


def _int32_on(t, device, name):
    if not isinstance(t, torch.Tensor):
        t = torch.as_tensor(t)
    if t.dtype.is_floating_point or t.dtype == torch.bool:
        raise TypeError(f"{name}: expected an integer tensor, got {t.dtype}")
    return t.to(device=device, dtype=torch.int32).contiguous()


def _device_of(*ts):
    for t in ts:
        if isinstance(t, torch.Tensor) and t.device.type == "cuda":
            return t.device
    return None


def _to_base2(lse):
    if lse is not None:
        lse.mul_(LOG2E)
    return lse


def _result(o, lse, return_lse):
    return (o, lse) if return_lse else o


# ---- kernels from attn_mlir.jit ---------------------------------------------------------------

def _jit():
    from . import jit  # noqa: WPS433 - built with the package; imported on first plan
    return jit


def _attention_bundle(kind, **problem):
    """attn_mlir.jit.bundle_for(kind, ...) for one attention problem."""
    return _jit().bundle_for(kind, **problem)


def _ops_bundle(dtype, device, **problem):
    """attn_mlir.jit.ops_bundle for the append-KV / RoPE / merge kernels of one problem.
    The one place that names ops_bundle's parameters."""
    p = dict(problem)
    if "num_heads" in p:  # merge: states of num_heads heads (no K/V heads involved)
        p["num_qo_heads"] = p["num_kv_heads"] = p.pop("num_heads")
    p.setdefault("num_qo_heads", p.get("num_kv_heads"))  # append: K/V heads only
    kind = p.pop("kind", "llama")
    llama3 = {name: p.pop(key) for key, name in (
        ("rope_factor", "factor"), ("low_freq_factor", "low_freq_factor"),
        ("high_freq_factor", "high_freq_factor"),
        ("old_context_len", "original_max_position")) if key in p}
    if kind == "llama3":
        p["llama3"] = llama3
    return _jit().ops_bundle(dtype=dtype, device=device, **p)


_OBJECTS = {}  # problem key -> runtime object (BatchPrefill, AppendPagedKV, ApplyRope, ...)


def _cached(key, make):
    obj = _OBJECTS.get(key)
    if obj is None:
        obj = _OBJECTS[key] = make()
    return obj


def _attention_problem(*, num_qo_heads, num_kv_heads, head_dim, dtype, page_size, kv_layout,
                       causal, window_left, logits_soft_cap, sm_scale, pos_encoding_mode,
                       rope_scale, rope_theta, mask, device):
    return dict(num_qo_heads=int(num_qo_heads), num_kv_heads=int(num_kv_heads),
                head_dim=int(head_dim), dtype=dtype, page_size=page_size,
                kv_layout=kv_layout, causal=bool(causal), window_left=int(window_left),
                logits_soft_cap=_soft_cap(logits_soft_cap),
                sm_scale=float(sm_scale) if sm_scale is not None else None,
                pos_encoding_mode=pos_encoding_mode,
                rope_scale=float(rope_scale) if rope_scale is not None else 1.0,
                rope_theta=float(rope_theta) if rope_theta is not None else 1e4,
                return_lse=True, mask=mask, device=device)


def _key(kind, problem, *extra):
    return (kind,) + tuple(sorted((k, str(v)) for k, v in problem.items())) + extra


def _grow(n):
    return 1 << max(0, int(n) - 1).bit_length()


# ---- batch decode ---------------------------------------------------------------------------

class BatchDecodeWithPagedKVCacheWrapper:
    """FlashInfer's BatchDecodeWithPagedKVCacheWrapper over attn_mlir.BatchDecode.

    The float workspace buffer is accepted for compatibility (the runtime allocates its own
    workspaces). With ``use_cuda_graph`` the three page-table buffers are required, plan copies
    into them and run reads them, so a captured run replays after a new plan of at most the
    buffers' batch size.
    """

    def __init__(self, float_workspace_buffer, kv_layout="NHD", use_cuda_graph=False,
                 use_tensor_cores=False, paged_kv_indptr_buffer=None,
                 paged_kv_indices_buffer=None, paged_kv_last_page_len_buffer=None,
                 backend="auto", jit_args=None):
        _unsupported("backend", backend, ("auto", "fa2"))
        _unsupported("jit_args", jit_args)
        _require_torch("BatchDecodeWithPagedKVCacheWrapper")
        self._kv_layout = _layout(kv_layout)
        self._workspace = float_workspace_buffer
        self.device = float_workspace_buffer.device
        self.use_tensor_cores = bool(use_tensor_cores)  # a kernel choice: same results
        self._use_cuda_graph = bool(use_cuda_graph)
        bufs = (paged_kv_indptr_buffer, paged_kv_indices_buffer, paged_kv_last_page_len_buffer)
        if self._use_cuda_graph:
            if any(b is None for b in bufs):
                raise ValueError("use_cuda_graph=True needs paged_kv_indptr_buffer, "
                                 "paged_kv_indices_buffer and paged_kv_last_page_len_buffer")
            for n, b in zip(("paged_kv_indptr_buffer", "paged_kv_indices_buffer",
                             "paged_kv_last_page_len_buffer"), bufs):
                if b.dtype != torch.int32 or b.dim() != 1 or not b.is_contiguous():
                    raise ValueError(f"{n}: expected a contiguous 1-d int32 tensor")
            self._fixed_batch_size = paged_kv_indptr_buffer.numel() - 1
        self._indptr_buf, self._indices_buf, self._last_buf = bufs
        self._dec = None
        self._window_left = -1
        self._sm_scale = None

    @property
    def is_cuda_graph_enabled(self):
        return self._use_cuda_graph

    def reset_workspace_buffer(self, float_workspace_buffer, int_workspace_buffer=None):
        self._workspace = float_workspace_buffer

    def plan(self, indptr, indices, last_page_len, num_qo_heads, num_kv_heads, head_dim,
             page_size, pos_encoding_mode="NONE", window_left=-1, logits_soft_cap=None,
             q_data_type="float16", kv_data_type=None, data_type=None, sm_scale=None,
             rope_scale=None, rope_theta=None, non_blocking=True, block_tables=None,
             seq_lens=None, fixed_split_size=None, disable_split_kv=False):
        from .decode import BatchDecode
        _unsupported("block_tables", block_tables)
        _unsupported("seq_lens", seq_lens)
        _unsupported("fixed_split_size", fixed_split_size)
        _unsupported("disable_split_kv", disable_split_kv, (False,))
        if data_type is not None:
            q_data_type = data_type
        dtype = _dtype(q_data_type, "q_data_type")
        if kv_data_type is not None and _dtype(kv_data_type, "kv_data_type") != dtype:
            raise NotImplementedError(f"attn_mlir.flashinfer: kv_data_type={kv_data_type!r} "
                                      f"differing from q_data_type is not supported")
        B = len(indptr) - 1
        dev = self.device
        problem = _attention_problem(
            num_qo_heads=num_qo_heads, num_kv_heads=num_kv_heads, head_dim=head_dim,
            dtype=dtype, page_size=int(page_size), kv_layout=self._kv_layout, causal=False,
            window_left=window_left, logits_soft_cap=logits_soft_cap, sm_scale=sm_scale,
            pos_encoding_mode=_pos_encoding(pos_encoding_mode), rope_scale=rope_scale,
            rope_theta=rope_theta, mask=None, device=dev)
        if self._use_cuda_graph:
            if B > self._fixed_batch_size:
                raise ValueError(f"batch size {B} exceeds the CUDA-graph buffers' "
                                 f"{self._fixed_batch_size}")
            max_batch = self._fixed_batch_size
        else:
            max_batch = _grow(max(B, 1))
        dec = self._dec
        if (dec is None or dec._problem != problem or dec.max_batch < max_batch):
            bundle = _attention_bundle("decode", **problem)
            dec = BatchDecode(bundle, max_batch=max_batch, graph_mode=self._use_cuda_graph,
                              device=dev, want_lse=True)
            dec._problem = problem
            self._dec = dec
        d_indptr = _int32_on(indptr, dev, "indptr")
        d_indices = _int32_on(indices, dev, "indices")
        d_last = _int32_on(last_page_len, dev, "last_page_len")
        if self._use_cuda_graph:
            if d_indices.numel() > self._indices_buf.numel():
                raise ValueError(f"{d_indices.numel()} page indices exceed "
                                 f"paged_kv_indices_buffer ({self._indices_buf.numel()})")
            self._indptr_buf[:B + 1].copy_(d_indptr)
            self._indices_buf[:d_indices.numel()].copy_(d_indices)
            self._last_buf[:B].copy_(d_last)
            d_indptr, d_indices, d_last = self._indptr_buf, self._indices_buf, self._last_buf
        dec.plan(indptr, last_page_len, batch_size=B)
        self._tables = (d_indptr, d_indices, d_last)
        self._window_left = int(window_left)
        self._sm_scale = sm_scale

    begin_forward = plan

    def run(self, q, paged_kv_cache, *args, q_scale=None, k_scale=None, v_scale=None,
            out=None, lse=None, return_lse=False, enable_pdl=None, window_left=None,
            sinks=None, q_len_per_req=1):
        _unsupported_run_args(args, q_scale=q_scale, k_scale=k_scale, v_scale=v_scale,
                              sinks=sinks)
        _unsupported("q_len_per_req", q_len_per_req, (1, None))
        if window_left is not None and window_left != self._window_left:
            raise NotImplementedError(f"attn_mlir.flashinfer: window_left={window_left} at run "
                                      f"differs from plan's {self._window_left} (compiled in)")
        if self._dec is None:
            raise RuntimeError("run called before plan")
        k, v = _split_paged_cache(paged_kv_cache, self._kv_layout)
        indptr, indices, last = self._tables
        # As for prefill: the kernels write the log-sum-exp, so they always get a buffer.
        given = lse is not None
        o, lse = self._dec.run(q, k, v, kv_indptr=indptr, kv_indices=indices,
                               kv_last_page_len=last, o=out, lse=lse, return_lse=True)
        if return_lse or given:
            return _result(o, _to_base2(lse), return_lse)
        return o

    forward = run

    def run_return_lse(self, q, paged_kv_cache, *args, **kwargs):
        kwargs["return_lse"] = True
        return self.run(q, paged_kv_cache, *args, **kwargs)

    def end_forward(self):
        pass


# ---- batch prefill --------------------------------------------------------------------------

def _masks_from_flat(custom_mask, qo_indptr, kv_lens):
    """FlashInfer's flattened bool custom_mask -> per-request [q_len, kv_len] masks."""
    h_qo = [int(x) for x in torch.as_tensor(qo_indptr).cpu()]
    out, off = [], 0
    for b, kv_len in enumerate(kv_lens):
        q_len = h_qo[b + 1] - h_qo[b]
        n = q_len * kv_len
        out.append(custom_mask[off:off + n].reshape(q_len, kv_len).to(torch.bool))
        off += n
    if off != custom_mask.numel():
        raise ValueError(f"custom_mask: expected {off} elements (sum of q_len * kv_len), got "
                         f"{custom_mask.numel()}")
    return out


def _packed_indptr(qo_indptr, kv_lens, device):
    h_qo = [int(x) for x in torch.as_tensor(qo_indptr).cpu()]
    ip = [0]
    for b, kv_len in enumerate(kv_lens):
        ip.append(ip[-1] + ((h_qo[b + 1] - h_qo[b]) * kv_len + 7) // 8)
    return torch.tensor(ip, dtype=torch.int32, device=device)


# The prefill plan arguments of FlashInfer that this layer takes only at their defaults (None,
# False, or 0 for token_pos_in_items_len): _PrefillWrapper._plan rejects any other value.
_PREFILL_PLAN_UNSUPPORTED = ("prefix_len_ptr", "token_pos_in_items_ptr", "token_pos_in_items_len",
                             "max_item_len_ptr", "seq_lens", "seq_lens_q", "block_tables",
                             "max_token_per_sequence", "max_sequence_kv", "fixed_split_size",
                             "disable_split_kv")


def _plan_args(args, **renamed):
    """The keyword arguments of _PrefillWrapper._plan from a wrapper's plan arguments (its
    locals()): `renamed` maps a _plan name to the wrapper's name for it (paged_kv_indptr ...),
    the unsupported ones go into `unsupported`, non_blocking is dropped (plans copy
    synchronously)."""
    a = {n: v for n, v in args.items() if n not in ("self", "non_blocking")}
    for ours, theirs in renamed.items():
        a[ours] = a.pop(theirs)
    a["unsupported"] = {n: a.pop(n) for n in _PREFILL_PLAN_UNSUPPORTED if n in a}
    return a


class _PrefillWrapper:
    _paged = True

    def _init(self, float_workspace_buffer, kv_layout, use_cuda_graph, backend, jit_args,
              jit_kwargs, bufs):
        _unsupported("backend", backend, ("auto", "fa2"))
        _unsupported("jit_args", jit_args)
        _unsupported("jit_kwargs", jit_kwargs)
        self._kv_layout = _layout(kv_layout)
        if not self._paged and kv_layout != "NHD":
            raise NotImplementedError("attn_mlir.flashinfer: kv_layout='HND' for ragged KV is "
                                      "not supported")
        _require_torch(type(self).__name__)
        self._workspace = float_workspace_buffer
        self.device = float_workspace_buffer.device
        self._use_cuda_graph = bool(use_cuda_graph)
        self._bufs = bufs
        if self._use_cuda_graph:
            missing = [n for n, b in bufs.items() if b is None and n not in
                       ("custom_mask_buf", "mask_indptr_buf")]
            if missing:
                raise ValueError(f"use_cuda_graph=True needs {', '.join(missing)}")
        self._pre = None
        self._window_left = -1

    @property
    def is_cuda_graph_enabled(self):
        return self._use_cuda_graph

    def reset_workspace_buffer(self, float_workspace_buffer, int_workspace_buffer=None):
        self._workspace = float_workspace_buffer

    def _plan(self, *, qo_indptr, kv_indptr, kv_indices, kv_last_page_len, num_qo_heads,
              num_kv_heads, head_dim_qk, page_size, head_dim_vo, custom_mask,
              packed_custom_mask, causal, pos_encoding_mode, use_fp16_qk_reduction, sm_scale,
              window_left, logits_soft_cap, rope_scale, rope_theta, q_data_type, kv_data_type,
              unsupported):
        from .prefill import BatchPrefill
        for n, v in unsupported.items():
            _unsupported(n, v, (False,) if isinstance(v, bool) else
                         (0,) if n == "token_pos_in_items_len" else (None,))
        if head_dim_vo is not None and head_dim_vo != head_dim_qk:
            raise NotImplementedError(f"attn_mlir.flashinfer: head_dim_vo={head_dim_vo} "
                                      f"differing from head_dim_qk is not supported")
        _unsupported("use_fp16_qk_reduction", use_fp16_qk_reduction, (False,))
        dtype = _dtype(q_data_type, "q_data_type")
        if kv_data_type is not None and _dtype(kv_data_type, "kv_data_type") != dtype:
            raise NotImplementedError(f"attn_mlir.flashinfer: kv_data_type={kv_data_type!r} "
                                      f"differing from q_data_type is not supported")
        dev = self.device
        mask = "custom" if (custom_mask is not None or packed_custom_mask is not None) else None
        problem = _attention_problem(
            num_qo_heads=num_qo_heads, num_kv_heads=num_kv_heads, head_dim=head_dim_qk,
            dtype=dtype, page_size=int(page_size) if self._paged else None,
            kv_layout=self._kv_layout, causal=causal and mask is None,
            window_left=window_left, logits_soft_cap=logits_soft_cap, sm_scale=sm_scale,
            pos_encoding_mode=_pos_encoding(pos_encoding_mode), rope_scale=rope_scale,
            rope_theta=rope_theta, mask=mask, device=dev)
        h_qo = torch.as_tensor(qo_indptr).cpu()
        B = h_qo.numel() - 1
        T = int(h_qo[-1])
        pre = self._pre
        if self._use_cuda_graph and pre is not None and pre._problem == problem:
            if B > pre.max_batch or T > pre.max_qo_tokens:
                raise ValueError(f"plan ({B} requests, {T} tokens) exceeds the captured "
                                 f"capacities ({pre.max_batch}, {pre.max_qo_tokens})")
        elif (pre is None or pre._problem != problem or pre.max_batch < B
              or pre.max_qo_tokens < T):
            bundle = _attention_bundle("prefill", **problem)
            if self._use_cuda_graph:
                max_batch = self._bufs["qo_indptr_buf"].numel() - 1
                max_tokens = max(T, 1)
            else:
                max_batch, max_tokens = _grow(max(B, 1)), _grow(max(T, 1))
            pre = BatchPrefill(bundle, max_batch=max_batch, max_qo_tokens=max_tokens,
                               kv_format="paged" if self._paged else "ragged",
                               graph_mode=self._use_cuda_graph, device=dev, want_lse=True)
            pre._problem = problem
            self._pre = pre
        tables = {"qo_indptr": _int32_on(qo_indptr, dev, "qo_indptr"),
                  "kv_indptr": _int32_on(kv_indptr, dev, "kv_indptr")}
        if self._paged:
            tables["kv_indices"] = _int32_on(kv_indices, dev, "paged_kv_indices")
            tables["kv_last_page_len"] = _int32_on(kv_last_page_len, dev,
                                                   "paged_kv_last_page_len")
        if self._use_cuda_graph:
            names = {"qo_indptr": "qo_indptr_buf", "kv_indptr": ("paged_kv_indptr_buf" if
                                                                 self._paged else "kv_indptr_buf"),
                     "kv_indices": "paged_kv_indices_buf",
                     "kv_last_page_len": "paged_kv_last_page_len_buf"}
            for n, t in list(tables.items()):
                buf = self._bufs[names[n]]
                if t.numel() > buf.numel():
                    raise ValueError(f"{n}: {t.numel()} entries exceed {names[n]} "
                                     f"({buf.numel()})")
                buf[:t.numel()].copy_(t)
                tables[n] = buf
        operands = {}
        if mask is not None:
            h_kv = torch.as_tensor(kv_indptr).cpu()
            if self._paged:
                h_last = torch.as_tensor(kv_last_page_len).cpu()
                kv_lens = [(int(h_kv[b + 1]) - int(h_kv[b]) - 1) * int(page_size)
                           + int(h_last[b]) if int(h_kv[b + 1]) > int(h_kv[b]) else 0
                           for b in range(B)]
            else:
                kv_lens = [int(h_kv[b + 1]) - int(h_kv[b]) for b in range(B)]
            if custom_mask is not None:
                operands["custom_mask"] = _masks_from_flat(custom_mask, h_qo, kv_lens)
            else:
                operands["custom_mask"] = packed_custom_mask.to(dev)
                operands["mask_indptr"] = _packed_indptr(h_qo, kv_lens, dev)
        pre.plan(qo_indptr, kv_indptr, kv_last_page_len if self._paged else None,
                 batch_size=B, **operands)
        if mask is not None:
            tables.update({n: pre._defaults[n] for n in ("custom_mask", "mask_indptr")})
        self._tables = tables
        self._window_left = int(window_left)

    def _run(self, q, k, v, out, lse, return_lse, window_left=None):
        if self._pre is None:
            raise RuntimeError("run called before plan")
        if window_left is not None and window_left != self._window_left:
            raise NotImplementedError(f"attn_mlir.flashinfer: window_left={window_left} at run "
                                      f"differs from plan's {self._window_left} (compiled in)")
        # The kernels are compiled to write the log-sum-exp (one bundle serves both kinds of
        # call), so the runtime always gets an lse buffer; only a caller who asked sees it.
        given = lse is not None
        o, lse = self._pre.run(q, k, v, o=out, lse=lse, return_lse=True, **self._tables)
        if return_lse or given:
            return _result(o, _to_base2(lse), return_lse)
        return o

    def end_forward(self):
        pass


class BatchPrefillWithPagedKVCacheWrapper(_PrefillWrapper):
    """FlashInfer's BatchPrefillWithPagedKVCacheWrapper over attn_mlir.BatchPrefill (paged)."""

    _paged = True

    def __init__(self, float_workspace_buffer, kv_layout="NHD", use_cuda_graph=False,
                 qo_indptr_buf=None, paged_kv_indptr_buf=None, paged_kv_indices_buf=None,
                 paged_kv_last_page_len_buf=None, custom_mask_buf=None, mask_indptr_buf=None,
                 backend="auto", jit_args=None, jit_kwargs=None):
        self._init(float_workspace_buffer, kv_layout, use_cuda_graph, backend, jit_args,
                   jit_kwargs, dict(qo_indptr_buf=qo_indptr_buf,
                                    paged_kv_indptr_buf=paged_kv_indptr_buf,
                                    paged_kv_indices_buf=paged_kv_indices_buf,
                                    paged_kv_last_page_len_buf=paged_kv_last_page_len_buf,
                                    custom_mask_buf=custom_mask_buf,
                                    mask_indptr_buf=mask_indptr_buf))

    def plan(self, qo_indptr, paged_kv_indptr, paged_kv_indices, paged_kv_last_page_len,
             num_qo_heads, num_kv_heads, head_dim_qk, page_size, head_dim_vo=None,
             custom_mask=None, packed_custom_mask=None, causal=False, pos_encoding_mode="NONE",
             use_fp16_qk_reduction=False, sm_scale=None, window_left=-1, logits_soft_cap=None,
             rope_scale=None, rope_theta=None, q_data_type="float16", kv_data_type=None,
             non_blocking=True, prefix_len_ptr=None, token_pos_in_items_ptr=None,
             token_pos_in_items_len=0, max_item_len_ptr=None, seq_lens=None, seq_lens_q=None,
             block_tables=None, max_token_per_sequence=None, max_sequence_kv=None,
             fixed_split_size=None, disable_split_kv=False):
        self._plan(**_plan_args(locals(), kv_indptr="paged_kv_indptr",
                                kv_indices="paged_kv_indices",
                                kv_last_page_len="paged_kv_last_page_len"))

    begin_forward = plan

    def run(self, q, paged_kv_cache, *args, q_scale=None, k_scale=None, v_scale=None,
            out=None, lse=None, return_lse=False, enable_pdl=None, window_left=None,
            sinks=None):
        _unsupported_run_args(args, q_scale=q_scale, k_scale=k_scale, v_scale=v_scale,
                              sinks=sinks)
        k, v = _split_paged_cache(paged_kv_cache, self._kv_layout)
        return self._run(q, k, v, out, lse, return_lse, window_left)

    forward = run

    def run_return_lse(self, q, paged_kv_cache, *args, **kwargs):
        kwargs["return_lse"] = True
        return self.run(q, paged_kv_cache, *args, **kwargs)


class BatchPrefillWithRaggedKVCacheWrapper(_PrefillWrapper):
    """FlashInfer's BatchPrefillWithRaggedKVCacheWrapper over attn_mlir.BatchPrefill (ragged,
    NHD only)."""

    _paged = False

    def __init__(self, float_workspace_buffer, kv_layout="NHD", use_cuda_graph=False,
                 qo_indptr_buf=None, kv_indptr_buf=None, custom_mask_buf=None,
                 mask_indptr_buf=None, backend="auto", jit_args=None, jit_kwargs=None):
        self._init(float_workspace_buffer, kv_layout, use_cuda_graph, backend, jit_args,
                   jit_kwargs, dict(qo_indptr_buf=qo_indptr_buf, kv_indptr_buf=kv_indptr_buf,
                                    custom_mask_buf=custom_mask_buf,
                                    mask_indptr_buf=mask_indptr_buf))

    def plan(self, qo_indptr, kv_indptr, num_qo_heads, num_kv_heads, head_dim_qk,
             head_dim_vo=None, custom_mask=None, packed_custom_mask=None, causal=False,
             pos_encoding_mode="NONE", use_fp16_qk_reduction=False, window_left=-1,
             logits_soft_cap=None, sm_scale=None, rope_scale=None, rope_theta=None,
             q_data_type="float16", kv_data_type=None, non_blocking=True,
             prefix_len_ptr=None, token_pos_in_items_ptr=None, token_pos_in_items_len=0,
             max_item_len_ptr=None, fixed_split_size=None, disable_split_kv=False):
        self._plan(**_plan_args(locals()), kv_indices=None, kv_last_page_len=None,
                   page_size=0)

    begin_forward = plan

    def run(self, q, k, v, *args, out=None, lse=None, return_lse=False, enable_pdl=None):
        _unsupported_run_args(args)
        return self._run(q, k, v, out, lse, return_lse)

    forward = run

    def run_return_lse(self, q, k, v, *args, **kwargs):
        kwargs["return_lse"] = True
        return self.run(q, k, v, *args, **kwargs)


# ---- single-request attention ---------------------------------------------------------------

def _single(q, k, v, *, kv_layout, causal, custom_mask, packed_custom_mask, sm_scale,
            window_left, logits_soft_cap, rope_scale, rope_theta, pos_encoding_mode,
            return_lse):
    """One request as a ragged batch of one (FlashInfer's single_* kernels are that too)."""
    if kv_layout == "HND":
        raise NotImplementedError("attn_mlir.flashinfer: kv_layout='HND' for single-request "
                                  "(ragged) KV is not supported")
    _layout(kv_layout)
    _require_torch("single_prefill_with_kv_cache")
    dev = q.device
    key = ("single", dev, q.dtype, q.shape[1], k.shape[1], q.shape[2], causal,
           custom_mask is not None or packed_custom_mask is not None, sm_scale, window_left,
           logits_soft_cap, rope_scale, rope_theta, pos_encoding_mode)
    w = _cached(key, lambda: BatchPrefillWithRaggedKVCacheWrapper(
        torch.empty(0, dtype=torch.uint8, device=dev)))
    qo = torch.tensor([0, q.shape[0]], dtype=torch.int32)
    kv = torch.tensor([0, k.shape[0]], dtype=torch.int32)
    w.plan(qo, kv, q.shape[1], k.shape[1], q.shape[2],
           custom_mask=custom_mask.reshape(-1) if custom_mask is not None else None,
           packed_custom_mask=packed_custom_mask, causal=causal,
           pos_encoding_mode=pos_encoding_mode, window_left=window_left,
           logits_soft_cap=logits_soft_cap, sm_scale=sm_scale, rope_scale=rope_scale,
           rope_theta=rope_theta, q_data_type=q.dtype)
    return w.run(q, k, v, return_lse=return_lse)


def single_decode_with_kv_cache(q, k, v, kv_layout="NHD", pos_encoding_mode="NONE",
                                use_tensor_cores=False, q_scale=None, k_scale=None,
                                v_scale=None, window_left=-1, logits_soft_cap=None,
                                sm_scale=None, rope_scale=None, rope_theta=None,
                                return_lse=False):
    """FlashInfer's single_decode_with_kv_cache: q [Hq, D], k / v [kv_len, Hkv, D] (NHD)."""
    _unsupported("q_scale", q_scale)
    _unsupported("k_scale", k_scale)
    _unsupported("v_scale", v_scale)
    res = _single(q.unsqueeze(0), k, v, kv_layout=kv_layout, causal=False, custom_mask=None,
                  packed_custom_mask=None, sm_scale=sm_scale, window_left=window_left,
                  logits_soft_cap=logits_soft_cap, rope_scale=rope_scale,
                  rope_theta=rope_theta, pos_encoding_mode=pos_encoding_mode,
                  return_lse=return_lse)
    if return_lse:
        return res[0][0], res[1][0]
    return res[0]


def single_prefill_with_kv_cache(q, k, v, scale_q=None, scale_k=None, scale_v=None,
                                 o_dtype=None, custom_mask=None, packed_custom_mask=None,
                                 causal=False, kv_layout="NHD", pos_encoding_mode="NONE",
                                 use_fp16_qk_reduction=False, sm_scale=None, window_left=-1,
                                 logits_soft_cap=None, rope_scale=None, rope_theta=None,
                                 backend="auto", return_lse=False):
    """FlashInfer's single_prefill_with_kv_cache: q [qo_len, Hq, D], k / v [kv_len, Hkv, D]
    (NHD); masks aligned bottom-right."""
    _unsupported("scale_q", scale_q)
    _unsupported("scale_k", scale_k)
    _unsupported("scale_v", scale_v)
    _unsupported("use_fp16_qk_reduction", use_fp16_qk_reduction, (False,))
    _unsupported("backend", backend, ("auto", "fa2"))
    if o_dtype is not None and o_dtype != q.dtype:
        raise NotImplementedError(f"attn_mlir.flashinfer: o_dtype={o_dtype!r} differing from "
                                  f"q's dtype is not supported")
    return _single(q, k, v, kv_layout=kv_layout, causal=causal, custom_mask=custom_mask,
                   packed_custom_mask=packed_custom_mask, sm_scale=sm_scale,
                   window_left=window_left, logits_soft_cap=logits_soft_cap,
                   rope_scale=rope_scale, rope_theta=rope_theta,
                   pos_encoding_mode=pos_encoding_mode, return_lse=return_lse)


# ---- merging attention states (base-2 LSEs) ---------------------------------------------------

def _merge_obj(form, v, num_states=None):
    from .ops import MergeState, MergeStates
    H, D = v.shape[-2], v.shape[-1]
    key = ("merge", form, v.device, v.dtype, H, D, num_states)

    def make():
        bundle = _ops_bundle(v.dtype, v.device, num_heads=H, head_dim=D)
        if form == "state":
            return MergeState(bundle, num_heads=H, head_dim=D, dtype=v.dtype,
                              state_dtype=v.dtype, return_lse=True, device=v.device)
        return MergeStates(bundle, num_heads=H, head_dim=D, dtype=v.dtype,
                           state_dtype=v.dtype, return_lse=True, device=v.device)
    return _cached(key, make)


def _check_lse(name, s):
    if s.dtype != torch.float32:
        raise TypeError(f"{name}: expected dtype torch.float32, got {s.dtype}")


def merge_state(v_a, s_a, v_b, s_b):
    """FlashInfer's merge_state: v [N, H, D], s float32 [N, H] base-2 LSEs -> (v, s)."""
    _require_torch("merge_state")
    _check_lse("s_a", s_a)
    _check_lse("s_b", s_b)
    m = _merge_obj("state", v_a)
    v, s = m.run(v_a, s_a * LN2, v_b, s_b * LN2)
    return v, _to_base2(s)


def merge_state_in_place(v, s, v_other, s_other, mask=None):
    """FlashInfer's merge_state_in_place: merges (v_other, s_other) into (v, s)."""
    _unsupported("mask", mask)
    _require_torch("merge_state_in_place")
    _check_lse("s", s)
    _check_lse("s_other", s_other)
    m = _merge_obj("state", v)
    v_new, s_new = m.run(v, s * LN2, v_other, s_other * LN2)
    v.copy_(v_new)
    s.copy_(s_new.mul_(LOG2E))


def merge_states(v, s):
    """FlashInfer's merge_states: v [N, K, H, D], s float32 [N, K, H] base-2 -> (v, s)."""
    _require_torch("merge_states")
    _check_lse("s", s)
    m = _merge_obj("states", v)
    vo, so = m.run(v, s * LN2)
    return vo, _to_base2(so)


# ---- paged KV append ------------------------------------------------------------------------

def get_seq_lens(kv_indptr, kv_last_page_len, page_size):
    """FlashInfer's get_seq_lens: KV lengths of the requests of a paged cache."""
    _require_torch("get_seq_lens")
    return (torch.clamp(kv_indptr[1:] - kv_indptr[:-1] - 1, min=0) * page_size
            + kv_last_page_len)


def get_batch_indices_positions(append_indptr, seq_lens, nnz):
    """FlashInfer's get_batch_indices_positions: (batch_indices, positions) int32 [nnz] of the
    appended rows, positions counted from each request's new length."""
    _require_torch("get_batch_indices_positions")
    dev = append_indptr.device
    counts = (append_indptr[1:] - append_indptr[:-1]).to(torch.int64)
    b = torch.repeat_interleave(torch.arange(counts.numel(), device=dev), counts,
                                output_size=nnz)
    row = torch.arange(nnz, device=dev) - append_indptr[:-1].to(torch.int64)[b]
    pos = seq_lens.to(torch.int64)[b] - counts[b] + row
    return b.to(torch.int32), pos.to(torch.int32)


def append_paged_kv_cache(append_key, append_value, batch_indices, positions, paged_kv_cache,
                          kv_indices, kv_indptr, kv_last_page_len, kv_layout="NHD"):
    """FlashInfer's append_paged_kv_cache: writes into the caller's cache in place."""
    from .ops import AppendPagedKV
    _require_torch("append_paged_kv_cache")
    _layout(kv_layout)
    k_cache, v_cache = _split_paged_cache(paged_kv_cache, kv_layout)
    P = k_cache.shape[1] if kv_layout == "NHD" else k_cache.shape[2]
    Hkv, D = append_key.shape[1], append_key.shape[2]
    dev, dt = append_key.device, append_key.dtype
    key = ("append", dev, dt, Hkv, D, P, kv_layout)
    app = _cached(key, lambda: AppendPagedKV(
        _ops_bundle(dt, dev, num_kv_heads=Hkv, head_dim=D, page_size=P,
                    kv_layout=kv_layout),
        num_kv_heads=Hkv, head_dim=D, page_size=P, layout=kv_layout.lower(), dtype=dt,
        device=dev))
    app.run(append_key, append_value, batch_indices, positions, (k_cache, v_cache),
            kv_indices, kv_indptr, kv_last_page_len)


# ---- RoPE -----------------------------------------------------------------------------------

def _pos_ids_of(indptr, offsets, nnz):
    dev = indptr.device
    counts = (indptr[1:] - indptr[:-1]).to(torch.int64)
    b = torch.repeat_interleave(torch.arange(counts.numel(), device=dev), counts,
                                output_size=nnz)
    row = torch.arange(nnz, device=dev) - indptr[:-1].to(torch.int64)[b]
    return (offsets.to(torch.int64)[b] + row).to(torch.int32)


def _rope(q, k, pos_ids, inplace, *, rotary_dim, interleave, rope_scale, rope_theta,
          llama31=None):
    from .ops import ApplyRope
    _require_torch("apply_rope")
    Hq, Hkv, D = q.shape[1], k.shape[1], q.shape[2]
    rd = int(rotary_dim) if rotary_dim is not None else D
    dev, dt = q.device, q.dtype
    if llama31 is None:
        params = dict(kind="llama", rope_theta=float(rope_theta), rope_scale=float(rope_scale))
    else:
        params = dict(kind="llama3", rope_theta=float(rope_theta), rope_scale=1.0,
                      rope_factor=float(rope_scale), low_freq_factor=float(llama31[0]),
                      high_freq_factor=float(llama31[1]), old_context_len=int(llama31[2]))
    key = ("rope", dev, dt, Hq, Hkv, D, rd, bool(interleave),
           tuple(sorted(params.items())))
    rope = _cached(key, lambda: ApplyRope(
        _ops_bundle(dt, dev, num_qo_heads=Hq, num_kv_heads=Hkv, head_dim=D, rotary_dim=rd,
                    interleave=bool(interleave), **params),
        num_qo_heads=Hq, num_kv_heads=Hkv, head_dim=D, rotary_dim=rd,
        interleave=bool(interleave), dtype=dt, device=dev, **params))
    if inplace:
        rope.run(q, k, pos_ids, inplace=True)
        return None
    return rope.run(q, k, pos_ids)


def apply_rope(q, k, indptr, offsets, rotary_dim=None, interleave=False, rope_scale=1,
               rope_theta=1e4):
    return _rope(q, k, _pos_ids_of(indptr, offsets, q.shape[0]), False, rotary_dim=rotary_dim,
                 interleave=interleave, rope_scale=rope_scale, rope_theta=rope_theta)


def apply_rope_inplace(q, k, indptr, offsets, rotary_dim=None, interleave=False, rope_scale=1,
                       rope_theta=1e4):
    _rope(q, k, _pos_ids_of(indptr, offsets, q.shape[0]), True, rotary_dim=rotary_dim,
          interleave=interleave, rope_scale=rope_scale, rope_theta=rope_theta)


def apply_rope_pos_ids(q, k, pos_ids, rotary_dim=None, interleave=False, rope_scale=1,
                       rope_theta=1e4):
    return _rope(q, k, pos_ids, False, rotary_dim=rotary_dim, interleave=interleave,
                 rope_scale=rope_scale, rope_theta=rope_theta)


def apply_rope_pos_ids_inplace(q, k, pos_ids, rotary_dim=None, interleave=False, rope_scale=1,
                               rope_theta=1e4):
    _rope(q, k, pos_ids, True, rotary_dim=rotary_dim, interleave=interleave,
          rope_scale=rope_scale, rope_theta=rope_theta)


def apply_llama31_rope(q, k, indptr, offsets, rotary_dim=None, interleave=False, rope_scale=8,
                       rope_theta=5e5, low_freq_factor=1, high_freq_factor=4,
                       old_context_len=8192):
    return _rope(q, k, _pos_ids_of(indptr, offsets, q.shape[0]), False, rotary_dim=rotary_dim,
                 interleave=interleave, rope_scale=rope_scale, rope_theta=rope_theta,
                 llama31=(low_freq_factor, high_freq_factor, old_context_len))


def apply_llama31_rope_inplace(q, k, indptr, offsets, rotary_dim=None, interleave=False,
                               rope_scale=8, rope_theta=5e5, low_freq_factor=1,
                               high_freq_factor=4, old_context_len=8192):
    _rope(q, k, _pos_ids_of(indptr, offsets, q.shape[0]), True, rotary_dim=rotary_dim,
          interleave=interleave, rope_scale=rope_scale, rope_theta=rope_theta,
          llama31=(low_freq_factor, high_freq_factor, old_context_len))


def apply_llama31_rope_pos_ids(q, k, pos_ids, rotary_dim=None, interleave=False, rope_scale=8,
                               rope_theta=5e5, low_freq_factor=1, high_freq_factor=4,
                               old_context_len=8192):
    return _rope(q, k, pos_ids, False, rotary_dim=rotary_dim, interleave=interleave,
                 rope_scale=rope_scale, rope_theta=rope_theta,
                 llama31=(low_freq_factor, high_freq_factor, old_context_len))


def apply_llama31_rope_pos_ids_inplace(q, k, pos_ids, rotary_dim=None, interleave=False,
                                       rope_scale=8, rope_theta=5e5, low_freq_factor=1,
                                       high_freq_factor=4, old_context_len=8192):
    _rope(q, k, pos_ids, True, rotary_dim=rotary_dim, interleave=interleave,
          rope_scale=rope_scale, rope_theta=rope_theta,
          llama31=(low_freq_factor, high_freq_factor, old_context_len))


# ---- multi-level cascade --------------------------------------------------------------------

class MultiLevelCascadeAttentionWrapper:
    """FlashInfer's MultiLevelCascadeAttentionWrapper over attn_mlir.MultiLevelCascade.

    Each level is planned as FlashInfer plans it (its own qo_indptr and page table over one
    paged cache; ``causal`` on the last level only) and runs the runtime's prefill kernel, or
    its decode kernel when every entry of the level has exactly one query; the levels' states
    are merged into the output through their LSE by the merge_state kernel, all inside one
    runtime call. The float workspace buffer is accepted for compatibility (the runtime
    allocates its own). With ``use_cuda_graph`` the per-level buffers are required, plan copies
    into them and run reads them; the query count and the level kinds of the first plan are
    kept (a captured run replays after plans with new KV lengths).
    """

    def __init__(self, num_levels, float_workspace_buffer, kv_layout="NHD",
                 use_cuda_graph=False, qo_indptr_buf_arr=None, paged_kv_indptr_buf_arr=None,
                 paged_kv_indices_buf_arr=None, paged_kv_last_page_len_buf_arr=None):
        _require_torch("MultiLevelCascadeAttentionWrapper")
        from ._capi import CASCADE_MAX_LEVELS
        if not isinstance(num_levels, int) or not 1 <= num_levels <= CASCADE_MAX_LEVELS:
            raise NotImplementedError(f"attn_mlir.flashinfer: num_levels={num_levels!r} is not "
                                      f"supported (1 to {CASCADE_MAX_LEVELS})")
        self._num_levels = num_levels
        self._kv_layout = _layout(kv_layout)
        self._workspace = float_workspace_buffer
        self.device = float_workspace_buffer.device
        self._use_cuda_graph = bool(use_cuda_graph)
        self._bufs = None
        if self._use_cuda_graph:
            arrs = dict(qo_indptr_buf_arr=qo_indptr_buf_arr,
                        paged_kv_indptr_buf_arr=paged_kv_indptr_buf_arr,
                        paged_kv_indices_buf_arr=paged_kv_indices_buf_arr,
                        paged_kv_last_page_len_buf_arr=paged_kv_last_page_len_buf_arr)
            for n, a in arrs.items():
                if a is None or len(a) != num_levels:
                    raise ValueError(f"use_cuda_graph=True needs {n} with {num_levels} "
                                     f"buffers (one per level)")
                for i, b in enumerate(a):
                    if b.dtype != torch.int32 or b.dim() != 1 or not b.is_contiguous():
                        raise ValueError(f"{n}[{i}]: expected a contiguous 1-d int32 tensor")
            self._bufs = list(zip(*arrs.values()))
        self._cas = None
        self._tables = None

    @property
    def is_cuda_graph_enabled(self):
        return self._use_cuda_graph

    def reset_workspace_buffer(self, float_workspace_buffer, int_workspace_buffers):
        self._workspace = float_workspace_buffer

    def plan(self, qo_indptr_arr, paged_kv_indptr_arr, paged_kv_indices_arr,
             paged_kv_last_page_len, num_qo_heads, num_kv_heads, head_dim, page_size,
             causal=False, pos_encoding_mode="NONE", use_fp16_qk_reduction=False,
             sm_scale=None, window_left=-1, logits_soft_cap=None, rope_scale=None,
             rope_theta=None, q_data_type="float16", kv_data_type=None):
        from .cascade import CascadeLevel, MultiLevelCascade
        # A level's keys start at 0: positions (RoPE, ALiBi) and windows would be wrong across
        # levels, so the runtime has no such cascade kernels.
        _unsupported("pos_encoding_mode", pos_encoding_mode, ("NONE",))
        _unsupported("window_left", window_left, (-1,))
        _unsupported("use_fp16_qk_reduction", use_fp16_qk_reduction, (False,))
        dtype = _dtype(q_data_type, "q_data_type")
        if kv_data_type is not None and _dtype(kv_data_type, "kv_data_type") != dtype:
            raise NotImplementedError(f"attn_mlir.flashinfer: kv_data_type={kv_data_type!r} "
                                      f"differing from q_data_type is not supported")
        L, dev = self._num_levels, self.device
        arrs = (qo_indptr_arr, paged_kv_indptr_arr, paged_kv_indices_arr,
                paged_kv_last_page_len)
        names = ("qo_indptr_arr", "paged_kv_indptr_arr", "paged_kv_indices_arr",
                 "paged_kv_last_page_len")
        for n, a in zip(names, arrs):
            if isinstance(a, torch.Tensor) or len(a) != L:
                raise ValueError(f"{n}: expected a list of {L} tensors (one per level)")
        h_qo = [torch.as_tensor(t).cpu().to(torch.int64) for t in qo_indptr_arr]
        sizes = [t.numel() - 1 for t in h_qo]
        N = int(h_qo[0][-1])
        kinds = tuple("decode" if B == N and B > 0 and
                      torch.equal(h, torch.arange(B + 1, dtype=torch.int64)) else "prefill"
                      for h, B in zip(h_qo, sizes))
        problem = dict(num_qo_heads=int(num_qo_heads), num_kv_heads=int(num_kv_heads),
                       head_dim=int(head_dim), page_size=int(page_size), dtype=dtype,
                       causal=bool(causal), sm_scale=sm_scale,
                       logits_soft_cap=_soft_cap(logits_soft_cap))
        cas = self._cas
        if self._use_cuda_graph and cas is not None:
            if cas._fi_key != (problem, kinds):
                raise ValueError(f"use_cuda_graph: the problem or the level kinds {kinds} "
                                 f"differ from the first plan's {cas._fi_key[1]} (a captured "
                                 f"run could not replay)")
            if N != cas.qo_tokens:
                raise ValueError(f"use_cuda_graph: {N} queries, the first plan had "
                                 f"{cas.qo_tokens}")
        elif (cas is None or cas._fi_key != (problem, kinds) or N > cas.max_qo_tokens
              or any(B > lv.max_batch for B, lv in zip(sizes, cas.levels))):
            cas = self._create(problem, kinds, sizes, N, CascadeLevel, MultiLevelCascade)
        tables = []
        for i in range(L):
            t = [_int32_on(a[i], dev, n) for a, n in zip(arrs, names)]
            # A level without pages still passes a buffer (the runtime takes no null pointer).
            t = [x if x.numel() else torch.zeros(1, dtype=torch.int32, device=dev) for x in t]
            if self._use_cuda_graph:
                for j, buf in enumerate(self._bufs[i]):
                    if t[j].numel() > buf.numel():
                        raise ValueError(f"{names[j]}[{i}]: {t[j].numel()} entries exceed its "
                                         f"CUDA-graph buffer ({buf.numel()})")
                    buf[:t[j].numel()].copy_(t[j])
                t = list(self._bufs[i])
            tables.append(t)
        cas.plan(list(qo_indptr_arr), list(paged_kv_indptr_arr), list(paged_kv_last_page_len))
        self._cas, self._tables = cas, tables

    begin_forward = plan

    def _create(self, problem, kinds, sizes, N, CascadeLevel, MultiLevelCascade):
        dev, L = self.device, self._num_levels
        common = dict(num_qo_heads=problem["num_qo_heads"],
                      num_kv_heads=problem["num_kv_heads"], head_dim=problem["head_dim"],
                      dtype=problem["dtype"], page_size=problem["page_size"],
                      kv_layout=self._kv_layout, window_left=-1,
                      logits_soft_cap=problem["logits_soft_cap"],
                      sm_scale=problem["sm_scale"], pos_encoding_mode="NONE", rope_scale=None,
                      rope_theta=None, mask=None, device=dev)
        if self._use_cuda_graph:
            max_tokens = max(N, 1)
            caps = [max(b[0].numel() - 1, 1) for b in self._bufs]
        else:
            max_tokens = _grow(max(N, 1))
            caps = [_grow(max(B, 1)) for B in sizes]
        levels = []
        for i, kind in enumerate(kinds):
            causal = problem["causal"] and i == L - 1 and kind == "prefill"
            bundle = _attention_bundle(kind, **_attention_problem(causal=causal, **common))
            cap = min(caps[i], max_tokens) if kind == "decode" else caps[i]
            levels.append(CascadeLevel(bundle, kind, max_batch=cap))
        merge = (_ops_bundle(problem["dtype"], dev, num_heads=problem["num_qo_heads"],
                             head_dim=problem["head_dim"]) if L > 1 else None)
        cas = MultiLevelCascade(levels, merge_bundle=merge, max_qo_tokens=max_tokens,
                                layout=self._kv_layout.lower(),
                                graph_mode=self._use_cuda_graph, device=dev)
        cas._fi_key = (problem, kinds)
        return cas

    def run(self, q, paged_kv_cache):
        if self._cas is None:
            raise RuntimeError("run called before plan")
        k, v = _split_paged_cache(paged_kv_cache, self._kv_layout)
        qo, kv, idx, last = zip(*self._tables)
        return self._cas.run(q, k, v, qo_indptr_arr=list(qo), kv_indptr_arr=list(kv),
                             kv_indices_arr=list(idx), kv_last_page_len_arr=list(last))

    forward = run

    def end_forward(self):
        pass
