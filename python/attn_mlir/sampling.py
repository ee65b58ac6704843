"""Token sampling with FlashInfer's names (flashinfer.sampling) on kernels of a bundle.

    bundle = attn_mlir.Bundle("bundles/sampling")      # scripts/gen_sampling_variants.py
    attn_mlir.sampling.set_bundle(bundle)               # or bundle=... on every call; by
                                                        # default $ATTN_MLIR_SAMPLING_BUNDLE,
                                                        # else attn_mlir.jit.sampling_bundle()
    ids = attn_mlir.sampling.top_k_top_p_sampling_from_logits(logits, 50, 0.9)
    probs = attn_mlir.sampling.top_p_renorm_probs(probs, 0.95)

Rows are [batch, vocab] float32 or bfloat16 tensors (vocab up to 262144). Thresholds are a
Python scalar (top_k int > 0, top_p in [0, 1], min_p in [0, 1]; checked here, ValueError
otherwise) or a per-row tensor (int32 / float32 [batch], read on the device: k <= 0, p >= 1
and m <= 0 there turn a filter off, p <= 0 keeps only the heaviest token). Sampling is
sorting-free rejection sampling (one CTA per row); the random numbers come from Philox keyed
by a device tensor (seed, offset): pass ``seed`` (and ``offset``) for reproducible draws, a
``generator`` to seed from, or nothing to use a per-device state that each call advances on
the device (so a captured CUDA graph draws anew on every replay). The same seed and offset
give the same tokens.

``chain_speculative_sampling`` verifies chains of draft tokens (speculative decoding) with the
same Philox draws: the test of draft i uses round i, the final draw round num_spec.

Differences from FlashInfer: ``indices`` is not supported; ``filter_apply_order="joint"``
filters by the original distribution in one kernel, ``"top_k_first"`` (the default, as in
FlashInfer) masks / renormalises to the top k first and then applies top-p (two kernels).
NaN probabilities weigh nothing and NaN logits are never drawn (``check_nan=True`` raises
instead); a row without weight gives token -1.

Small batches (sm_90): one CTA per row leaves most of the GPU idle, so given a bundle of the
cluster kernels (scripts/gen_sampling_cluster_variants.py; ``set_cluster_bundle`` or
$ATTN_MLIR_SAMPLING_CLUSTER_BUNDLE), batches of up to ``CLUSTER_MAX_BATCH`` rows
($ATTN_MLIR_SAMPLING_CLUSTER_MAX_BATCH) run on kernels that split each row over a
thread-block cluster: of 16 CTAs for a single row, of 8 for more (either where the bundle
holds only one size). Same distributions and Philox stream; a given seed and offset draw the
same tokens on the same kernel, but a row's token can differ between the cluster and the
one-CTA kernel, and between cluster sizes (the inverse-CDF order follows the CTAs). Renorm
and mask keep exactly the same tokens either way.
"""

import ctypes
import numbers
import os

from . import _capi
from ._tensors import check_tensor, require_torch, resolve_device, torch
from .ops import _OpKernel, _INT32_MAX

MAX_VOCAB = 262144
_DTYPES = {"f32": _capi.DTYPE_F32, "bf16": _capi.DTYPE_BF16}

_default_bundle = None
_jit_bundles = {}  # device -> jit.sampling_bundle(device)
_cluster_default = None

# Batches of at most this many rows use the cluster kernels when a cluster bundle is set.
CLUSTER_MAX_BATCH = int(os.environ.get("ATTN_MLIR_SAMPLING_CLUSTER_MAX_BATCH", "32"))
# Lower limits for the kernels that one CTA a row serves better (input, mode, filters): on an
# H100 at vocab 151936 (bench/results/2026-12-06-h100-persistent-default), at batch 32 the
# cluster kernels took 2-5x the one-CTA kernels' time for these (sampling_from_probs 33 against
# 15 us, top_k_mask_logits 116 against 24, top_k_renorm_probs 103 against 45, the joint top-k
# top-p draw from logits 175 against 81), while at batch 1 they were level or faster except the
# mask (40 against 23 us: the one-CTA top-k kernels rank a few candidates, the cluster ones
# search). The limits put the crossover where the two times, linear in the batch between those
# measurements, meet. Top-k / top-p draws from probabilities: the one-CTA kernels take them
# from bins of the row (attn.mass_bins), and on an H100 (bench/results/
# 2026-12-07-h100-sampling-loads-ahead, cut.txt) the cluster kernels stayed faster up to batch
# 16 but not at 32 (top-p 32.6 against 28.8 us at vocab 128256, top-k 47.0 against 43.2); the
# lines meet at batch 25-28 (top-p) and 28-31 (top-k) over vocab 128256 and 151936.
CLUSTER_MAX_BATCH_BY_KIND = {
    ("probs", "sample", ()): 4,
    ("probs", "sample", ("top_p",)): 25,
    ("probs", "sample", ("top_k",)): 28,
    ("logits", "sample", ("top_k", "top_p")): 1,
    ("probs", "renorm", ("top_k",)): 1,
    ("logits", "mask", ("top_k",)): 0,
}
# CTAs per row of the cluster kernels, in the order they are looked for: the first size the
# cluster bundle has the kernel for is taken, so a bundle with one size (one from before the
# 16-CTA kernels holds 8 only) serves every batch. A single row takes 16, more rows 8: on an
# H100 at vocab 128256 (bench/results/2026-12-07-h100-sampling-fusion-ab) 16 CTAs a row beat 8
# by 4-24% at batch 1 but lost up to 66% at batch 32 (top-k from probabilities 79 against 48
# us).
_CLUSTER_SIZES = (8, 16)
_CLUSTER_SIZES_ONE_ROW = (16, 8)


def _cluster_sizes(rows):
    """The cluster sizes for a batch of `rows` rows, in the order they are looked for."""
    return _CLUSTER_SIZES_ONE_ROW if rows == 1 else _CLUSTER_SIZES


def set_cluster_bundle(bundle):
    """The bundle of cluster kernels (sm_90) used for batches of at most CLUSTER_MAX_BATCH
    rows; None uses the one-CTA-per-row kernels at every batch."""
    global _cluster_default
    _cluster_default = bundle


def _cluster_bundle():
    global _cluster_default
    if _cluster_default is None and os.environ.get("ATTN_MLIR_SAMPLING_CLUSTER_BUNDLE"):
        from .bundle import Bundle
        _cluster_default = Bundle(os.environ["ATTN_MLIR_SAMPLING_CLUSTER_BUNDLE"])
    return _cluster_default


def set_bundle(bundle):
    """The bundle the functions use when they are not given one."""
    global _default_bundle
    _default_bundle = bundle


def _bundle(bundle, device):
    """`bundle`, else the one set_bundle / $ATTN_MLIR_SAMPLING_BUNDLE gave, else the jit
    bundle for the arch of `device` (x's: one per device, GPUs may differ in arch)."""
    global _default_bundle
    if bundle is not None:
        return bundle
    if _default_bundle is None and os.environ.get("ATTN_MLIR_SAMPLING_BUNDLE"):
        from .bundle import Bundle
        _default_bundle = Bundle(os.environ["ATTN_MLIR_SAMPLING_BUNDLE"])
    if _default_bundle is not None:
        return _default_bundle
    key = device if device is not None and device.type == "cuda" else None
    if key not in _jit_bundles:
        from . import jit  # compiled on first use and cached (attn_mlir.jit)
        _jit_bundles[key] = jit.sampling_bundle(key)
    return _jit_bundles[key]


class Sampler(_OpKernel):
    """One sampling kernel of a bundle: ``input`` "probs" or "logits", ``mode`` "sample",
    "renorm" or "mask", ``dtype`` "f32" or "bf16", the filters compiled in (top_k, top_p,
    min_p) or read per row (``*_per_row``)."""

    _free = "attnSamplerFree"
    _what = "Sampler"

    def __init__(self, bundle, *, input="probs", mode="sample", dtype="f32", top_k=0,
                 top_p=1.0, min_p=0.0, top_k_per_row=False, top_p_per_row=False,
                 min_p_per_row=False, cluster_size=1, kernel_name=None, device=None):
        require_torch("Sampler")
        self._adopt_bundle(bundle)
        if input not in _capi.SAMPLING_INPUTS:
            raise ValueError(f"input must be 'probs' or 'logits', got {input!r}")
        if mode not in _capi.SAMPLING_MODES:
            raise ValueError(f"mode must be 'sample', 'renorm' or 'mask', got {mode!r}")
        if dtype not in _DTYPES:
            raise ValueError(f"dtype must be 'f32' or 'bf16', got {dtype!r}")
        self.bundle, self.input, self.mode, self.dtype_name = bundle, input, mode, dtype
        self.cluster_size = int(cluster_size)
        self.dtype = torch.float32 if dtype == "f32" else torch.bfloat16
        self.per_row = (bool(top_k_per_row), bool(top_p_per_row), bool(min_p_per_row))
        self.device = resolve_device(device, "Sampler")
        self._lib = _capi.load_library()
        cfg = _capi.attn_sampler_config_t()
        self._lib.attnSamplerConfigInit(ctypes.byref(cfg))
        cfg.kernel_name = kernel_name.encode() if kernel_name else None
        cfg.input, cfg.mode = _capi.SAMPLING_INPUTS[input], _capi.SAMPLING_MODES[mode]
        cfg.dtype = _DTYPES[dtype]
        cfg.top_k, cfg.top_p, cfg.min_p = int(top_k), float(top_p), float(min_p)
        cfg.top_k_per_row, cfg.top_p_per_row, cfg.min_p_per_row = self.per_row
        cfg.device = self.device.index
        cfg.cluster_size = self.cluster_size
        self._create("attnSamplerCreate", bundle, cfg)
        self.advances_offset = _takes_advance(self._lib, "attnSamplerGetKernel", self.handle)

    def run(self, x, *, top_k=None, top_p=None, min_p=None, seed_offset=None, out=None,
            advance_offset=False, stream=None):
        """x [batch, vocab]; top_k int32 / top_p, min_p float32 [batch] for the per-row
        filters; seed_offset int64 [2] (mode sample). With advance_offset=True (kernels with
        ``advances_offset``) seed_offset is int64 [3] (seed, offset, 0) and the kernel adds one
        to its offset after reading it: one launch a call, and a replayed graph draws anew.
        Returns out: int32 [batch] (sample) or like x (renorm, mask; ``out=x`` works in
        place)."""
        dev = self.device
        check_tensor("input", x, dtype=self.dtype, ndim=2, device=dev)
        rows, vocab = x.shape
        if rows > _INT32_MAX or not 1 <= vocab <= MAX_VOCAB:
            raise ValueError(f"input: expected [batch, vocab] with vocab in [1, {MAX_VOCAB}], "
                             f"got shape {tuple(x.shape)}")
        args = _capi.attn_sampler_args_t(input=x.data_ptr(), num_rows=rows, vocab=vocab)
        for name, t, on, dtype in (("top_k", top_k, self.per_row[0], torch.int32),
                                   ("top_p", top_p, self.per_row[1], torch.float32),
                                   ("min_p", min_p, self.per_row[2], torch.float32)):
            if on:
                check_tensor(name, t, dtype=dtype, shape=(rows,), device=dev)
                setattr(args, name, t.data_ptr())
            elif t is not None:
                raise ValueError(f"{name}: this kernel reads no per-row {name}")
        if self.mode == "sample":
            _check_seed_offset(self, seed_offset, advance_offset)
            args.seed_offset = seed_offset.data_ptr()
            args.advance_offset = int(bool(advance_offset))
            if out is None:
                out = torch.empty(rows, dtype=torch.int32, device=dev)
            check_tensor("out", out, dtype=torch.int32, shape=(rows,), device=dev)
        else:
            if advance_offset:
                raise ValueError(f"advance_offset: a {self.mode} kernel draws nothing")
            if out is None:
                out = torch.empty_like(x)
            check_tensor("out", out, dtype=self.dtype, shape=(rows, vocab), device=dev)
        args.out = out.data_ptr()
        self._launch("attnSamplerRun", args, stream)
        return out


def _takes_advance(lib, get_kernel, handle):
    """Whether the kernel a sampler handle selected takes advance_offset."""
    info = _capi.attn_kernel_info_t()
    _capi.check(get_kernel, getattr(lib, get_kernel)(handle, ctypes.byref(info)))
    return bool(info.operands & _capi.OPERAND_ADVANCE_OFFSET)


def _check_seed_offset(sampler, seed_offset, advance_offset):
    """seed_offset int64 [2] on the sampler's device, [3] with advance_offset (which the
    sampler's kernel must take)."""
    if advance_offset and not sampler.advances_offset:
        raise ValueError("advance_offset: this kernel does not advance the offset (a bundle "
                         "compiled before it did); advance seed_offset[1] after the call")
    check_tensor("seed_offset", seed_offset, dtype=torch.int64,
                 shape=(3,) if advance_offset else (2,), device=sampler.device)


class SpecSampler(_OpKernel):
    """The speculative-verification kernel of a bundle for ``dtype`` "f32" or "bf16"
    distributions (attn.chain_speculative_sample)."""

    _free = "attnSpecSamplerFree"
    _what = "SpecSampler"

    def __init__(self, bundle, *, dtype="f32", kernel_name=None, device=None):
        require_torch("SpecSampler")
        self._adopt_bundle(bundle)
        if dtype not in _DTYPES:
            raise ValueError(f"dtype must be 'f32' or 'bf16', got {dtype!r}")
        self.bundle, self.dtype_name = bundle, dtype
        self.dtype = torch.float32 if dtype == "f32" else torch.bfloat16
        self.device = resolve_device(device, "SpecSampler")
        self._lib = _capi.load_library()
        cfg = _capi.attn_spec_sampler_config_t()
        self._lib.attnSpecSamplerConfigInit(ctypes.byref(cfg))
        cfg.kernel_name = kernel_name.encode() if kernel_name else None
        cfg.dtype = _DTYPES[dtype]
        cfg.device = self.device.index
        self._create("attnSpecSamplerCreate", bundle, cfg)
        self.advances_offset = _takes_advance(self._lib, "attnSpecSamplerGetKernel",
                                              self.handle)

    def run(self, draft_probs, draft_token_ids, target_probs, *, seed_offset, out=None,
            accepted=None, emitted=None, advance_offset=False, stream=None):
        """draft_probs [batch, S, vocab], draft_token_ids int32 [batch, S], target_probs
        [batch, S + 1, vocab], seed_offset int64 [2] ([3] with advance_offset=True, as in
        Sampler.run). Returns (out int32 [batch, S + 1], accepted, emitted int32 [batch]);
        accepted and emitted are ADDED to (zeros when not given)."""
        dev = self.device
        check_tensor("draft_probs", draft_probs, dtype=self.dtype, ndim=3, device=dev)
        rows, spec, vocab = draft_probs.shape
        if rows > _INT32_MAX or spec < 1 or not 1 <= vocab <= MAX_VOCAB:
            raise ValueError(f"draft_probs: expected [batch, num_spec, vocab] with num_spec >= "
                             f"1 and vocab in [1, {MAX_VOCAB}], got shape "
                             f"{tuple(draft_probs.shape)}")
        if rows * (spec + 1) * vocab > _INT32_MAX:
            raise ValueError(f"target_probs: batch * (num_spec + 1) * vocab "
                             f"({rows * (spec + 1) * vocab}) exceeds 2^31 - 1 elements")
        check_tensor("draft_token_ids", draft_token_ids, dtype=torch.int32, shape=(rows, spec),
                     device=dev)
        check_tensor("target_probs", target_probs, dtype=self.dtype,
                     shape=(rows, spec + 1, vocab), device=dev)
        _check_seed_offset(self, seed_offset, advance_offset)
        if out is None:
            out = torch.empty(rows, spec + 1, dtype=torch.int32, device=dev)
        if accepted is None:
            accepted = torch.zeros(rows, dtype=torch.int32, device=dev)
        if emitted is None:
            emitted = torch.zeros(rows, dtype=torch.int32, device=dev)
        check_tensor("out", out, dtype=torch.int32, shape=(rows, spec + 1), device=dev)
        check_tensor("accepted", accepted, dtype=torch.int32, shape=(rows,), device=dev)
        check_tensor("emitted", emitted, dtype=torch.int32, shape=(rows,), device=dev)
        args = _capi.attn_spec_sampler_args_t(
            draft_probs=draft_probs.data_ptr(), draft_token_ids=draft_token_ids.data_ptr(),
            target_probs=target_probs.data_ptr(), seed_offset=seed_offset.data_ptr(),
            out=out.data_ptr(), accepted=accepted.data_ptr(), emitted=emitted.data_ptr(),
            num_rows=rows, num_spec=spec, vocab=vocab,
            advance_offset=int(bool(advance_offset)))
        self._launch("attnSpecSamplerRun", args, stream)
        return out, accepted, emitted


_samplers = {}
_states = {}


def _sampler(bundle, x, input, mode, filters):
    """The cached Sampler for x's dtype and device with `filters` per row: of the cluster
    bundle for a batch of at most CLUSTER_MAX_BATCH rows (CLUSTER_MAX_BATCH_BY_KIND's limit
    where lower) when it has the kernel (of the sizes _cluster_sizes gives), else of
    `bundle`."""
    if not isinstance(x, torch.Tensor):
        raise TypeError(f"expected a torch.Tensor, got {type(x).__name__}")
    if x.dtype not in (torch.float32, torch.bfloat16):
        raise TypeError(f"expected float32 or bfloat16 rows, got {x.dtype}")
    dtype = "f32" if x.dtype == torch.float32 else "bf16"
    rows = x.shape[0] if x.dim() == 2 else 0
    limit = min(CLUSTER_MAX_BATCH,
                CLUSTER_MAX_BATCH_BY_KIND.get((input, mode, tuple(filters)), CLUSTER_MAX_BATCH))
    cluster = _cluster_bundle() if 1 <= rows <= limit else None
    if cluster is not None:
        s = _cached_sampler(cluster, x, input, mode, dtype, filters, _cluster_sizes(rows))
        if s is not None:
            return s
    return _cached_sampler(bundle, x, input, mode, dtype, filters, (1,))


def _cached_sampler(bundle, x, input, mode, dtype, filters, cluster_sizes):
    """The Sampler of `bundle` with the first of `cluster_sizes` it has a kernel for (None
    when it has none and more than one size was asked for), cached."""
    key = (id(bundle), x.device, input, mode, dtype, filters, cluster_sizes)
    if key in _samplers:
        return _samplers[key]
    s = None
    for size in cluster_sizes:
        try:
            s = Sampler(bundle, input=input, mode=mode, dtype=dtype, device=x.device,
                        top_k_per_row="top_k" in filters, top_p_per_row="top_p" in filters,
                        min_p_per_row="min_p" in filters, cluster_size=size)
            break
        except _capi.AttnError:
            if len(cluster_sizes) == 1:
                raise
    _samplers[key] = s
    return s


def _per_row(name, v, rows, device):
    """A per-row threshold tensor from a scalar (checked) or a tensor (converted)."""
    if isinstance(v, torch.Tensor):
        dtype = torch.int32 if name == "top_k" else torch.float32
        if v.dim() != 1 or v.shape[0] != rows:
            raise ValueError(f"{name}: expected shape [{rows}], got {tuple(v.shape)}")
        return v.to(device=device, dtype=dtype).contiguous()
    if name == "top_k":
        if isinstance(v, bool) or not isinstance(v, numbers.Integral) or v <= 0:
            raise ValueError(f"top_k must be a positive integer, got {v!r}")
        return torch.full((rows,), min(int(v), _INT32_MAX), dtype=torch.int32, device=device)
    if isinstance(v, bool) or not isinstance(v, numbers.Real) or not 0.0 <= float(v) <= 1.0:
        raise ValueError(f"{name} must be in [0, 1], got {v!r}")
    return torch.full((rows,), float(v), dtype=torch.float32, device=device)


def _seed_offset(device, generator, seed, offset):
    """(seed, offset) as an int64 device tensor, and whether to advance it with the call: the
    per-device state (seed, offset, 0), advanced on the device (capturable), when neither a
    seed nor a generator is given."""
    if seed is not None:
        return torch.tensor([int(seed), int(offset or 0)], dtype=torch.int64,
                            device=device), False
    if generator is not None:
        s = int(torch.randint(0, 2**62, (1,), generator=generator).item())
        return torch.tensor([s, int(offset or 0)], dtype=torch.int64, device=device), False
    state = _states.get(device)
    if state is None:
        s = int(torch.randint(0, 2**62, (1,)).item())
        state = torch.tensor([s, 0, 0], dtype=torch.int64, device=device)
        _states[device] = state
    return state, True


def _run_advancing(sampler, so, advance, call):
    """call(seed_offset, advance_offset): the kernel advances the state's offset itself where
    it can (one launch); else the offset is advanced on the device after the launch."""
    if advance and sampler.advances_offset:
        return call(so, True)
    result = call(so[:2] if advance else so, False)
    if advance:
        so[1:2].add_(1)  # on the device, after the launch: capturable
    return result


def _check(x, check_nan, indices):
    if indices is not None:
        raise NotImplementedError("indices is not supported: pass one row per request")
    if check_nan and bool(torch.isnan(x).any()):
        raise ValueError("input has NaN entries")


def _sample(x, input, filters, *, bundle, generator, seed, offset, check_nan, indices,
            out=None):
    _check(x, check_nan, indices)
    b = _bundle(bundle, getattr(x, "device", None))
    rows = x.shape[0] if x.dim() == 2 else 0
    names = tuple(n for n in ("top_k", "top_p", "min_p") if n in filters)
    s = _sampler(b, x, input, "sample", names)
    thresholds = {n: _per_row(n, filters[n], rows, x.device) for n in names}
    so, advance = _seed_offset(x.device, generator, seed, offset)
    return _run_advancing(s, so, advance, lambda so, adv: s.run(
        x, seed_offset=so, out=out, advance_offset=adv, **thresholds))


def _filter(x, input, mode, filters, *, bundle, out=None):
    b = _bundle(bundle, getattr(x, "device", None))
    rows = x.shape[0] if x.dim() == 2 else 0
    names = tuple(filters)
    s = _sampler(b, x, input, mode, names)
    thresholds = {n: _per_row(n, v, rows, x.device) for n, v in filters.items()}
    return s.run(x, out=out, **thresholds)


def sampling_from_probs(probs, indices=None, deterministic=True, generator=None,
                        check_nan=False, seed=None, offset=None, *, bundle=None):
    return _sample(probs, "probs", {}, bundle=bundle, generator=generator, seed=seed,
                   offset=offset, check_nan=check_nan, indices=indices)


def sampling_from_logits(logits, indices=None, deterministic=True, generator=None,
                         check_nan=False, seed=None, offset=None, *, bundle=None):
    return _sample(logits, "logits", {}, bundle=bundle, generator=generator, seed=seed,
                   offset=offset, check_nan=check_nan, indices=indices)


def top_p_sampling_from_probs(probs, top_p, indices=None, deterministic=True, generator=None,
                              check_nan=False, seed=None, offset=None, *, bundle=None):
    return _sample(probs, "probs", {"top_p": top_p}, bundle=bundle, generator=generator,
                   seed=seed, offset=offset, check_nan=check_nan, indices=indices)


def top_k_sampling_from_probs(probs, top_k, indices=None, deterministic=True, generator=None,
                              check_nan=False, seed=None, offset=None, *, bundle=None):
    return _sample(probs, "probs", {"top_k": top_k}, bundle=bundle, generator=generator,
                   seed=seed, offset=offset, check_nan=check_nan, indices=indices)


def min_p_sampling_from_probs(probs, min_p, indices=None, deterministic=True, generator=None,
                              check_nan=False, seed=None, offset=None, *, bundle=None):
    return _sample(probs, "probs", {"min_p": min_p}, bundle=bundle, generator=generator,
                   seed=seed, offset=offset, check_nan=check_nan, indices=indices)


def _top_k_top_p(x, kind, top_k, top_p, filter_apply_order, top_k_filter, kw):
    """Top-k and top-p sampling of `x` ("probs" or "logits"): both in one kernel ("joint"), or
    `top_k_filter(x, top_k)` first and then top-p on what it leaves ("top_k_first")."""
    if filter_apply_order == "joint":
        return _sample(x, kind, {"top_k": top_k, "top_p": top_p}, **kw)
    if filter_apply_order != "top_k_first":
        raise ValueError(f"filter_apply_order must be 'top_k_first' or 'joint', got "
                         f"{filter_apply_order!r}")
    filtered = top_k_filter(x, top_k, bundle=kw["bundle"])
    return _sample(filtered, kind, {"top_p": top_p}, **kw)


def top_k_top_p_sampling_from_probs(probs, top_k, top_p, indices=None,
                                    filter_apply_order="top_k_first", deterministic=True,
                                    generator=None, check_nan=False, seed=None, offset=None, *,
                                    bundle=None):
    return _top_k_top_p(probs, "probs", top_k, top_p, filter_apply_order, top_k_renorm_probs,
                        dict(bundle=bundle, generator=generator, seed=seed, offset=offset,
                             check_nan=check_nan, indices=indices))


def top_k_top_p_sampling_from_logits(logits, top_k, top_p, indices=None,
                                     filter_apply_order="top_k_first", deterministic=True,
                                     generator=None, check_nan=False, seed=None, offset=None, *,
                                     bundle=None):
    # softmax over the top k = renormalised top-k probabilities; then top-p on those.
    return _top_k_top_p(logits, "logits", top_k, top_p, filter_apply_order, top_k_mask_logits,
                        dict(bundle=bundle, generator=generator, seed=seed, offset=offset,
                             check_nan=check_nan, indices=indices))


def top_k_renorm_probs(probs, top_k, *, bundle=None, out=None):
    return _filter(probs, "probs", "renorm", {"top_k": top_k}, bundle=bundle, out=out)


def top_p_renorm_probs(probs, top_p, *, bundle=None, out=None):
    return _filter(probs, "probs", "renorm", {"top_p": top_p}, bundle=bundle, out=out)


def top_k_mask_logits(logits, top_k, *, bundle=None, out=None):
    return _filter(logits, "logits", "mask", {"top_k": top_k}, bundle=bundle, out=out)


def _spec_sampler(bundle, x):
    """The cached SpecSampler of `bundle` for x's dtype and device."""
    dtype = "f32" if x.dtype == torch.float32 else "bf16"
    key = (id(bundle), x.device, "chain_speculative", dtype)
    s = _samplers.get(key)
    if s is None:
        s = SpecSampler(bundle, dtype=dtype, device=x.device)
        _samplers[key] = s
    return s


def chain_speculative_sampling(draft_probs, draft_token_ids, target_probs,
                               maybe_output_accepted_token_num=None,
                               maybe_output_emitted_draft_token_num=None, deterministic=True,
                               generator=None, seed=None, offset=None, *, bundle=None):
    """Speculative-decoding verification (Leviathan et al.): draft i of request b is accepted
    with probability min(1, target[b, i, d] / draft[b, i, d]); at the first rejection the
    token is drawn from max(0, target - draft) renormalised, after a full chain the bonus
    token from target[b, num_spec]. Returns (output_token_ids int32 [batch, num_spec + 1],
    -1 after the drawn token; output_accepted_token_num, the positions whose test passes,
    also after the first rejection; output_emitted_draft_token_num, the drafts emitted), the
    counts ADDED to the maybe_output_* tensors when given, as in FlashInfer."""
    for name, t in (("draft_probs", draft_probs), ("target_probs", target_probs)):
        if not isinstance(t, torch.Tensor):
            raise TypeError(f"{name}: expected a torch.Tensor, got {type(t).__name__}")
        if t.dtype not in (torch.float32, torch.bfloat16):
            raise TypeError(f"{name}: expected float32 or bfloat16, got {t.dtype}")
    if target_probs.dtype != draft_probs.dtype:
        raise TypeError(f"target_probs: expected {draft_probs.dtype} like draft_probs, got "
                        f"{target_probs.dtype}")
    if not isinstance(draft_token_ids, torch.Tensor):
        raise TypeError(f"draft_token_ids: expected a torch.Tensor, got "
                        f"{type(draft_token_ids).__name__}")
    if draft_token_ids.dtype not in (torch.int32, torch.int64):
        raise TypeError(f"draft_token_ids: expected int32 or int64, got {draft_token_ids.dtype}")
    b = _bundle(bundle, draft_probs.device)
    s = _spec_sampler(b, draft_probs)
    ids = draft_token_ids.to(torch.int32).contiguous()
    so, advance = _seed_offset(draft_probs.device, generator, seed, offset)
    return _run_advancing(s, so, advance, lambda so, adv: s.run(
        draft_probs, ids, target_probs, seed_offset=so, accepted=maybe_output_accepted_token_num,
        emitted=maybe_output_emitted_draft_token_num, advance_offset=adv))


__all__ = ["Sampler", "SpecSampler", "set_bundle", "set_cluster_bundle", "CLUSTER_MAX_BATCH",
           "chain_speculative_sampling", "sampling_from_probs", "sampling_from_logits",
           "top_p_sampling_from_probs", "top_k_sampling_from_probs", "min_p_sampling_from_probs",
           "top_k_top_p_sampling_from_probs", "top_k_top_p_sampling_from_logits",
           "top_k_renorm_probs", "top_p_renorm_probs", "top_k_mask_logits"]
