"""AppendPagedKV, ApplyRope, MergeState and MergeStates: the standalone kernels of
FlashInfer's append_paged_kv_cache, apply_rope_pos_ids / apply_llama31_rope_pos_ids,
merge_state and merge_states, on PyTorch tensors.

    bundle = attn_mlir.Bundle("bundles/ops")
    append = attn_mlir.AppendPagedKV(bundle, num_kv_heads=8, head_dim=128, page_size=16)
    append.run(k, v, batch_indices, positions, (k_cache, v_cache), kv_indices, kv_indptr)
    rope = attn_mlir.ApplyRope(bundle, rotary_dim=64, interleave=False, rope_theta=5e5,
                               kind="llama3")
    q_rot, k_rot = rope.run(q, k, pos_ids)             # new tensors
    rope.run(q, k, pos_ids, inplace=True)              # in place
    merge = attn_mlir.MergeState(bundle)               # cascade: prefix + suffix states
    v, s = merge.run(v_a, s_a, v_b, s_b)
    v, s = attn_mlir.MergeStates(bundle).run(v_all, s_all)   # [N, K, H, D], [N, K, H]

Shapes (N = rows, Hq / Hkv = query / KV heads, D = head_dim, P = page_size): k, v [N, Hkv, D];
batch_indices, positions, pos_ids int32 [N]; k_cache, v_cache NHD [pages, P, Hkv, D] or HND
[pages, Hkv, P, D] (two contiguous tensors: FlashInfer's combined [pages, 2, ...] tensor is
strided and not accepted); kv_indptr int32 [B+1] in pages, kv_indices int32; q [N, Hq, D];
merge states v [N, H, D] (or [N, K, H, D]) in bf16, f16 or f32 and s float32 [N, H] (or
[N, K, H]), natural-log log-sum-exps.
The problem (heads, head_dim, page size, layout, dtype, RoPE parameters) is taken from the
bundle's first kernel of the family unless given; the RoPE parameters are compiled into the
kernel, so a call whose parameters no kernel of the bundle has fails at construction. Every
argument is checked before the library is called; run() allocates only the outputs it is not
given, so it can be captured in a CUDA Graph (the row count is part of the captured launch).
"""

import ctypes
import json
import os

from . import _capi
from ._batch import positive
from ._tensors import (LAYOUTS, check_pools, check_tensor, dtype_code, on_device, require_torch,
                       resolve_device, stream_handle, torch, torch_dtype)

_INT32_MAX = 2**31 - 1


def _op_kernels(bundle, family):
    """The bundle's kernels of `family` (role "kernel") as (KernelInfo, manifest variant)
    pairs; the variant carries the RoPE parameters KernelInfo has no fields for."""
    path = os.path.join(bundle.directory, "manifest.json")
    with open(path) as f:
        variants = {k["name"]: k.get("variant", {}) for k in json.load(f)["kernels"]}
    return [(k, variants.get(k.name, {})) for k in bundle.kernels
            if k.family == family and k.role == "kernel"]


def _default_kernel(bundle, family, kernel_name):
    """The kernel named `kernel_name` among the bundle's `family` kernels, else the first;
    None when the bundle has none."""
    kernels = _op_kernels(bundle, family)
    if kernel_name:
        for k in kernels:
            if k[0].name == kernel_name:
                return k
        raise ValueError(f"bundle '{bundle.directory}' has no {family} kernel '{kernel_name}' "
                         f"(has: {', '.join(k[0].name for k in kernels)})")
    return kernels[0] if kernels else (None, {})


def _pick(value, variant, key, family):
    """value, or the bundle kernel's variant field `key` when value is None."""
    if value is not None:
        return value
    if key not in variant:
        raise ValueError(f"{key} is not given and the bundle has no {family} kernel to take "
                         f"it from")
    return variant[key]


def _rows(name, t):
    if t.shape[0] > _INT32_MAX:
        raise ValueError(f"{name}: {t.shape[0]} rows exceed the int32 range")
    return t.shape[0]


def _index(name, t, device, rows=None):
    """A CUDA int32 index tensor (1-D, contiguous, on `device`, `rows` entries if given)."""
    check_tensor(name, t, dtype=torch.int32, ndim=1, device=device)
    if rows is not None and t.shape[0] != rows:
        raise ValueError(f"{name}: expected {rows} entries (one per row), got {t.shape[0]}")


class _OpKernel(_capi.OwnedHandle):
    """A C API handle of one standalone op kernel, created on `device`."""

    def _create(self, create_call, bundle, cfg):
        handle = ctypes.c_void_p()
        with torch.cuda.device(self.device):
            torch.cuda.synchronize(self.device)  # the primary context is current from here on
            _capi.check(create_call, getattr(self._lib, create_call)(
                bundle.handle, ctypes.byref(cfg), ctypes.byref(handle)))
        self._handle = handle

    def _begin(self, bundle, family, kernel_name):
        """The start of a create: PyTorch there and `bundle` adopted. Returns the manifest
        variant of the bundle's `family` kernel named `kernel_name` (else the first)."""
        require_torch(self._what)
        self._adopt_bundle(bundle)
        return _default_kernel(bundle, family, kernel_name)[1]

    def _positive(self, var, family, **given):
        """Sets self.<name> to each given value or, where None, to the bundle kernel's variant
        field (num_qo_heads for num_heads); then checks that each is positive."""
        for name, value in given.items():
            key = "num_qo_heads" if name == "num_heads" else name
            setattr(self, name, _pick(value, var, key, family))
        for name in given:
            positive(name, getattr(self, name))

    def _config(self, config_t, init_call, kernel_name, device):
        """self.device and the library resolved; a `config_t` initialised by `init_call` with
        the kernel name and device set (the rest is the op's)."""
        self.device = resolve_device(device, self._what)
        self._lib = _capi.load_library()
        cfg = config_t()
        getattr(self._lib, init_call)(ctypes.byref(cfg))
        cfg.kernel_name = kernel_name.encode() if kernel_name else None
        cfg.device = self.device.index
        return cfg

    def _launch(self, run_call, args, stream):
        handle = self.handle
        cstream = stream_handle(stream, self.device, self._what)
        with on_device(self.device):
            _capi.check(run_call,
                        getattr(self._lib, run_call)(handle, ctypes.byref(args), cstream))


class AppendPagedKV(_OpKernel):
    """Appends rows of K and V to a paged KV cache (FlashInfer's append_paged_kv_cache).

    Problem arguments left as None are taken from the bundle's first append_kv kernel (or the
    one named by ``kernel_name``).
    """

    _free = "attnAppendKVFree"
    _what = "AppendPagedKV"

    def __init__(self, bundle, *, num_kv_heads=None, head_dim=None, page_size=None,
                 layout=None, dtype=None, kernel_name=None, device=None):
        fam = "append_kv"
        var = self._begin(bundle, fam, kernel_name)
        self._positive(var, fam, num_kv_heads=num_kv_heads, head_dim=head_dim,
                       page_size=page_size)
        layout = str(_pick(layout, var, "layout", fam)).lower()
        if layout not in LAYOUTS:
            raise ValueError(f"layout must be 'nhd' or 'hnd', got {layout!r}")
        self.layout = layout
        self._dtype_code = dtype_code(_pick(dtype, var, "dtype", fam), "dtype")
        self.dtype = torch_dtype(self._dtype_code)
        cfg = self._config(_capi.attn_append_kv_config_t, "attnAppendKVConfigInit", kernel_name,
                           device)
        cfg.num_kv_heads, cfg.head_dim, cfg.page_size = (self.num_kv_heads, self.head_dim,
                                                         self.page_size)
        cfg.layout, cfg.dtype = LAYOUTS[layout], self._dtype_code
        self._create("attnAppendKVCreate", bundle, cfg)

    def run(self, append_key, append_value, batch_indices, positions, paged_kv_cache,
            kv_indices, kv_indptr, kv_last_page_len=None, *, stream=None):
        """Writes row t of append_key / append_value to position positions[t] of request
        batch_indices[t]. ``paged_kv_cache`` is (k_cache, v_cache); the page table must
        already cover the positions. Returns (k_cache, v_cache)."""
        if not isinstance(paged_kv_cache, (tuple, list)) or len(paged_kv_cache) != 2:
            raise TypeError("paged_kv_cache: expected a (k_cache, v_cache) pair of tensors")
        k_cache, v_cache = paged_kv_cache
        Hkv, D, P, dev = self.num_kv_heads, self.head_dim, self.page_size, self.device
        check_tensor("append_key", append_key, dtype=self.dtype, shape=(None, Hkv, D),
                     device=dev)
        rows = _rows("append_key", append_key)
        check_tensor("append_value", append_value, dtype=self.dtype, shape=(rows, Hkv, D),
                     device=dev)
        _index("batch_indices", batch_indices, dev, rows)
        _index("positions", positions, dev, rows)
        pool = (None, P, Hkv, D) if self.layout == "nhd" else (None, Hkv, P, D)
        page_stride = check_pools("k_cache", k_cache, "v_cache", v_cache, dtype=self.dtype,
                                  pool_shape=pool, device=dev)
        _index("kv_indices", kv_indices, dev)
        _index("kv_indptr", kv_indptr, dev)
        if kv_last_page_len is not None:
            _index("kv_last_page_len", kv_last_page_len, dev)
        args = _capi.attn_append_kv_args_t(
            k=append_key.data_ptr(), v=append_value.data_ptr(),
            batch_indices=batch_indices.data_ptr(), positions=positions.data_ptr(),
            k_cache=k_cache.data_ptr(), v_cache=v_cache.data_ptr(),
            kv_indptr=kv_indptr.data_ptr(), kv_indices=kv_indices.data_ptr(),
            kv_last_page_len=kv_last_page_len.data_ptr() if kv_last_page_len is not None else 0,
            num_rows=rows, kv_page_stride=page_stride)
        self._launch("attnAppendKVRun", args, stream)
        return k_cache, v_cache


class ApplyRope(_OpKernel):
    """Rotary embedding of q and k by position ids (FlashInfer's apply_rope_pos_ids with
    ``kind="llama"``, apply_llama31_rope_pos_ids with ``kind="llama3"``).

    Arguments left as None are taken from the bundle's first rope kernel (or the one named by
    ``kernel_name``); ``rotary_dim`` None there means head_dim. The llama3 arguments are
    FlashInfer's: ``low_freq_factor``, ``high_freq_factor``, ``rope_factor`` (its
    ``rope_scale`` of apply_llama31_rope, the slow-down of long wavelengths) and
    ``old_context_len`` (original_max_position); ``rope_scale`` divides every frequency.
    """

    _free = "attnRopeFree"
    _what = "ApplyRope"

    def __init__(self, bundle, *, num_qo_heads=None, num_kv_heads=None, head_dim=None,
                 rotary_dim=None, interleave=None, rope_theta=None, rope_scale=None,
                 kind=None, rope_factor=None, low_freq_factor=None, high_freq_factor=None,
                 old_context_len=None, dtype=None, kernel_name=None, device=None):
        fam = "rope"
        var = self._begin(bundle, fam, kernel_name)
        self._positive(var, fam, num_qo_heads=num_qo_heads, num_kv_heads=num_kv_heads,
                       head_dim=head_dim)
        self.rotary_dim = rotary_dim if rotary_dim is not None else var.get("rotary_dim",
                                                                            self.head_dim)
        if (not isinstance(self.rotary_dim, int) or self.rotary_dim < 2 or self.rotary_dim % 2
                or self.rotary_dim > self.head_dim):
            raise ValueError(f"rotary_dim must be an even integer in [2, head_dim "
                             f"({self.head_dim})], got {self.rotary_dim!r}")
        self.interleave = bool(_pick(interleave, var, "rope_interleave", fam))
        self.kind = str(_pick(kind, var, "rope", fam)).lower()
        if self.kind not in _capi.ROPE_KINDS:
            raise ValueError(f"kind must be 'llama' or 'llama3', got {self.kind!r}")
        llama3 = self.kind == "llama3"
        defaults = {"rope_theta": 1e4, "rope_scale": 1.0, "rope_factor": 8.0,
                    "rope_low_freq_factor": 1.0, "rope_high_freq_factor": 4.0,
                    "rope_original_max_position": 8192}

        def param(value, key):
            # Unset llama3 factors of a llama kernel are not compared: take the defaults.
            v = value if value is not None else var.get(key, defaults[key])
            if not isinstance(v, (int, float)) or isinstance(v, bool) or not v > 0:
                raise ValueError(f"{key} must be a positive number, got {v!r}")
            return v

        self.rope_theta = float(param(rope_theta, "rope_theta"))
        self.rope_scale = float(param(rope_scale, "rope_scale"))
        self.rope_factor = float(param(rope_factor, "rope_factor"))
        self.low_freq_factor = float(param(low_freq_factor, "rope_low_freq_factor"))
        self.high_freq_factor = float(param(high_freq_factor, "rope_high_freq_factor"))
        self.old_context_len = int(param(old_context_len, "rope_original_max_position"))
        if llama3 and self.high_freq_factor <= self.low_freq_factor:
            raise ValueError(f"expected low_freq_factor ({self.low_freq_factor}) < "
                             f"high_freq_factor ({self.high_freq_factor})")
        self._dtype_code = dtype_code(_pick(dtype, var, "dtype", fam), "dtype")
        self.dtype = torch_dtype(self._dtype_code)
        cfg = self._config(_capi.attn_rope_config_t, "attnRopeConfigInit", kernel_name, device)
        cfg.num_qo_heads, cfg.num_kv_heads, cfg.head_dim = (self.num_qo_heads,
                                                            self.num_kv_heads, self.head_dim)
        cfg.rotary_dim, cfg.kind = self.rotary_dim, _capi.ROPE_KINDS[self.kind]
        cfg.interleave, cfg.dtype = int(self.interleave), self._dtype_code
        cfg.theta, cfg.scale = self.rope_theta, self.rope_scale
        cfg.factor, cfg.low_freq_factor = self.rope_factor, self.low_freq_factor
        cfg.high_freq_factor = self.high_freq_factor
        cfg.original_max_position = self.old_context_len
        self._create("attnRopeCreate", bundle, cfg)

    def run(self, q, k, pos_ids, *, q_out=None, k_out=None, inplace=False, stream=None):
        """Rotates q [N, Hq, D] and k [N, Hkv, D] by pos_ids (int32, or int64 converted)
        [N]. Writes q_out / k_out (allocated when None), or q / k themselves with
        ``inplace=True``. Returns (q_out, k_out)."""
        Hq, Hkv, D, dev = self.num_qo_heads, self.num_kv_heads, self.head_dim, self.device
        check_tensor("q", q, dtype=self.dtype, shape=(None, Hq, D), device=dev)
        rows = _rows("q", q)
        check_tensor("k", k, dtype=self.dtype, shape=(rows, Hkv, D), device=dev)
        if isinstance(pos_ids, torch.Tensor) and pos_ids.dtype == torch.int64:
            pos_ids = pos_ids.to(torch.int32)
        _index("pos_ids", pos_ids, dev, rows)
        if inplace:
            if q_out is not None or k_out is not None:
                raise ValueError("inplace=True writes q and k: q_out and k_out must be None")
            q_out, k_out = q, k
        if q_out is None:
            q_out = torch.empty_like(q)
        else:
            check_tensor("q_out", q_out, dtype=self.dtype, shape=(rows, Hq, D), device=dev)
        if k_out is None:
            k_out = torch.empty_like(k)
        else:
            check_tensor("k_out", k_out, dtype=self.dtype, shape=(rows, Hkv, D), device=dev)
        args = _capi.attn_rope_args_t(q=q.data_ptr(), k=k.data_ptr(), pos_ids=pos_ids.data_ptr(),
                                      q_out=q_out.data_ptr(), k_out=k_out.data_ptr(),
                                      num_rows=rows)
        self._launch("attnRopeRun", args, stream)
        return q_out, k_out

    def run_inplace(self, q, k, pos_ids, *, stream=None):
        """FlashInfer's apply_rope_pos_ids_inplace: rotates q and k in place."""
        return self.run(q, k, pos_ids, inplace=True, stream=stream)


# ---- merging attention states -----------------------------------------------------------

_STATE_DTYPES = {"bf16": _capi.DTYPE_BF16, "bfloat16": _capi.DTYPE_BF16,
                 "f16": _capi.DTYPE_F16, "float16": _capi.DTYPE_F16, "fp16": _capi.DTYPE_F16,
                 "f32": _capi.DTYPE_F32, "float32": _capi.DTYPE_F32, "fp32": _capi.DTYPE_F32}


def _state_dtype_code(dtype, what):
    """attn_dtype_t of a merge's v (bf16, f16 or f32; names or torch dtypes)."""
    if isinstance(dtype, str) and dtype in _STATE_DTYPES:
        return _STATE_DTYPES[dtype]
    for code, t in ((_capi.DTYPE_BF16, "bfloat16"), (_capi.DTYPE_F16, "float16"),
                    (_capi.DTYPE_F32, "float32")):
        if dtype is getattr(torch, t, None):
            return code
    raise TypeError(f"{what}: expected torch.bfloat16, torch.float16 or torch.float32, got "
                    f"{dtype!r}")


def _state_torch_dtype(code):
    return torch.float32 if code == _capi.DTYPE_F32 else torch_dtype(code)


class _Merge(_OpKernel):
    """The C API handle of a merge kernel of `form` ("state" or "states")."""

    _free = "attnMergeFree"

    def _setup(self, bundle, form, num_heads, head_dim, dtype, state_dtype, return_lse,
               num_states, kernel_name, device):
        require_torch(self._what)
        self._adopt_bundle(bundle)
        kernels = [k for k in _op_kernels(bundle, "merge") if k[1].get("merge") == form]
        if kernel_name:
            named = [k for k in kernels if k[0].name == kernel_name]
            if not named:
                raise ValueError(f"bundle '{bundle.directory}' has no merge {form!r} kernel "
                                 f"'{kernel_name}' (has: "
                                 f"{', '.join(k[0].name for k in kernels) or 'none'})")
            kernels = named
        var = kernels[0][1] if kernels else {}
        fam = f"merge {form!r}"
        self._positive(var, fam, num_heads=num_heads, head_dim=head_dim)
        self._dtype_code = _state_dtype_code(_pick(dtype, var, "dtype", fam), "dtype")
        self._state_code = _state_dtype_code(_pick(state_dtype, var, "state_dtype", fam),
                                             "state_dtype")
        self.dtype = _state_torch_dtype(self._dtype_code)
        self.state_dtype = _state_torch_dtype(self._state_code)
        self.return_lse = bool(_pick(return_lse, var, "return_lse", fam))
        if num_states is None:
            num_states = var.get("num_states", 0) if form == "states" else 0
        if (not isinstance(num_states, int) or isinstance(num_states, bool)
                or num_states < 0):
            raise ValueError(f"num_states must be a non-negative integer, got {num_states!r}")
        self.num_states = num_states
        cfg = self._config(_capi.attn_merge_config_t, "attnMergeConfigInit", kernel_name, device)
        cfg.form = _capi.MERGE_FORMS[form]
        cfg.num_heads, cfg.head_dim = self.num_heads, self.head_dim
        cfg.dtype, cfg.state_dtype = self._dtype_code, self._state_code
        cfg.write_lse, cfg.num_states = int(self.return_lse), self.num_states
        self._create("attnMergeCreate", bundle, cfg)

    def _outputs(self, rows, v_out, s_out, inputs_s):
        """v_out / s_out checked, or allocated when None."""
        H, D, dev = self.num_heads, self.head_dim, self.device
        if v_out is None:
            v_out = torch.empty((rows, H, D), dtype=self.dtype, device=dev)
        else:
            check_tensor("v_out", v_out, dtype=self.dtype, shape=(rows, H, D), device=dev)
        if not self.return_lse:
            if s_out is not None:
                raise ValueError("s_out: this merge kernel does not write s (it was compiled "
                                 "without s_out)")
            return v_out, None
        if s_out is None:
            s_out = torch.empty((rows, H), dtype=torch.float32, device=dev)
        else:
            check_tensor("s_out", s_out, dtype=torch.float32, shape=(rows, H), device=dev)
            if rows and any(s_out.data_ptr() == t.data_ptr() for t in inputs_s):
                raise ValueError("s_out must not be an input s (the kernel reads s while "
                                 "writing s_out)")
        return v_out, s_out


class MergeState(_Merge):
    """Merges two attention states per row (FlashInfer's merge_state; cascade attention):
    s = log(exp(s_a) + exp(s_b)), v = exp(s_a - s) v_a + exp(s_b - s) v_b, in float32.

    v_a, v_b [N, H, D] (``state_dtype``: bf16, f16 or f32), s_a, s_b float32 [N, H] natural-log
    log-sum-exps; -inf states contribute nothing, a row of two -inf states gets v = 0,
    s = -inf. Arguments left as None are taken from the bundle's first merge 'state' kernel
    (or the one named by ``kernel_name``); ``return_lse`` says whether the kernel writes s.
    """

    _what = "MergeState"

    def __init__(self, bundle, *, num_heads=None, head_dim=None, dtype=None, state_dtype=None,
                 return_lse=None, kernel_name=None, device=None):
        self._setup(bundle, "state", num_heads, head_dim, dtype, state_dtype, return_lse, 0,
                    kernel_name, device)

    def run(self, v_a, s_a, v_b, s_b, *, v_out=None, s_out=None, stream=None):
        """Returns (v_out, s_out); s_out is None for a kernel without it. v_out may be v_a or
        v_b (merge in place); s_out must not be s_a or s_b."""
        H, D, dev = self.num_heads, self.head_dim, self.device
        check_tensor("v_a", v_a, dtype=self.state_dtype, shape=(None, H, D), device=dev)
        rows = _rows("v_a", v_a)
        check_tensor("s_a", s_a, dtype=torch.float32, shape=(rows, H), device=dev)
        check_tensor("v_b", v_b, dtype=self.state_dtype, shape=(rows, H, D), device=dev)
        check_tensor("s_b", s_b, dtype=torch.float32, shape=(rows, H), device=dev)
        v_out, s_out = self._outputs(rows, v_out, s_out, (s_a, s_b))
        args = _capi.attn_merge_args_t(v_a=v_a.data_ptr(), s_a=s_a.data_ptr(),
                                       v_b=v_b.data_ptr(), s_b=s_b.data_ptr(),
                                       v_out=v_out.data_ptr(),
                                       s_out=s_out.data_ptr() if s_out is not None else 0,
                                       num_states=0, num_rows=rows)
        self._launch("attnMergeRun", args, stream)
        return v_out, s_out


class MergeStates(_Merge):
    """Merges the K states of each row (FlashInfer's merge_states):
    s = log(sum_k exp(s_k)), v = sum_k exp(s_k - s) v_k, in float32.

    v [N, K, H, D] (``state_dtype``), s float32 [N, K, H]. A kernel compiled for a fixed K
    (``num_states`` in its variant) takes only that K. Other arguments as for MergeState.
    """

    _what = "MergeStates"

    def __init__(self, bundle, *, num_heads=None, head_dim=None, dtype=None, state_dtype=None,
                 return_lse=None, num_states=None, kernel_name=None, device=None):
        self._setup(bundle, "states", num_heads, head_dim, dtype, state_dtype, return_lse,
                    num_states, kernel_name, device)

    def run(self, v, s, *, v_out=None, s_out=None, stream=None):
        """Returns (v_out [N, H, D], s_out [N, H] or None)."""
        H, D, dev = self.num_heads, self.head_dim, self.device
        check_tensor("v", v, dtype=self.state_dtype, shape=(None, None, H, D), device=dev)
        rows, k = _rows("v", v), v.shape[1]
        if self.num_states and k != self.num_states:
            raise ValueError(f"v: expected {self.num_states} states in dimension 1 (the "
                             f"kernel's num_states), got shape {tuple(v.shape)}")
        if k > _INT32_MAX:
            raise ValueError(f"v: {k} states exceed the int32 range")
        check_tensor("s", s, dtype=torch.float32, shape=(rows, k, H), device=dev)
        v_out, s_out = self._outputs(rows, v_out, s_out, (s,))
        args = _capi.attn_merge_args_t(v=v.data_ptr(), s=s.data_ptr(), v_out=v_out.data_ptr(),
                                       s_out=s_out.data_ptr() if s_out is not None else 0,
                                       num_states=k, num_rows=rows)
        self._launch("attnMergeRun", args, stream)
        return v_out, s_out
