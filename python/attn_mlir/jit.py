"""Compile on demand: the kernel bundle of one attention problem, built once and cached.

``bundle_for(kind, ...)`` describes a problem in FlashInfer's terms, writes its attn IR
(``attn_mlir._irgen``), compiles it with attn-compile on first use and keeps the bundle in an
on-disk cache; ``ops_bundle(...)`` does the same for the append-KV, RoPE and merge kernels,
``sampling_bundle()`` for the sampling kernels.

Lookup order for a problem on GPU arch sm_XY:

1. the package's prebuilt bundles (``attn_mlir/prebuilt/sm_XY/<problem>/``, filled when the
   wheel is built with the compiler; they need no compiler at run time);
2. the cache, ``$ATTN_MLIR_CACHE_DIR`` or ``~/.cache/attn-mlir``:
   ``sm_XY/<problem>-<compiler>/`` where <problem> hashes the problem and <compiler> the
   attn-compile binary, so a new compiler never reuses an old bundle; with no compiler found
   any cached build of the problem is used;
3. attn-compile, found at ``$ATTN_MLIR_COMPILER``, the package's ``bin/attn-compile``,
   ``PATH``, then a build tree next to the sources (``build/bin``). It writes into a
   temporary directory in the cache which is renamed into place, under a file lock, so
   processes that need the same bundle at once compile it once and never see half a bundle.

The GPU arch comes from ``device`` (its compute capability), else the current CUDA device,
else ``$ATTN_MLIR_SM``, else sm 90; ``$ATTN_MLIR_SM`` overrides all. ``$ATTN_MLIR_FORMAT``
(``cubin`` by default, ``ptx`` to compile without ptxas) picks attn-compile's --format.

Each lookup is logged on the ``attn_mlir.jit`` logger (``logging``): INFO when attn-compile
runs ("compiling ..." then "compiled ... in 0.42 s"), DEBUG when a prebuilt or cached bundle is
used ("prebuilt ...", "cached ..."); e.g. ``logging.basicConfig(level=logging.INFO)`` shows
every compilation and its time.
"""

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time

from . import _irgen
from ._capi import AttnError

CACHE_ENV = "ATTN_MLIR_CACHE_DIR"
COMPILER_ENV = "ATTN_MLIR_COMPILER"
SM_ENV = "ATTN_MLIR_SM"
FORMAT_ENV = "ATTN_MLIR_FORMAT"
# Bump when the meaning of a problem key changes (the IR a problem maps to, or the kernels'
# parameters). 2: paged kernels take kv_page_stride (strided K/V pools).
KEY_VERSION = 2
# The sampling bundle's problem: "rev" counts the changes of its kernel set (2: with the
# chain_speculative_sampling kernels), so that a cached older bundle is not reused.
SAMPLING_PROBLEM = {"v": KEY_VERSION, "kind": "sampling", "rev": 2}

_PKG_DIR = os.path.dirname(os.path.abspath(__file__))
PREBUILT_DIR = os.path.join(_PKG_DIR, "prebuilt")

_log = logging.getLogger(__name__)


class CompileError(AttnError):
    """A bundle could not be found or compiled: ``problem`` is the problem's description."""

    def __init__(self, what, problem, message):
        self.problem = problem
        super().__init__(what, -1, "ATTN_MLIR_JIT_ERROR", message)


# ---------------------------------------------------------------------------------------------
# Problems

def _dtype_name(dtype, arg="dtype"):
    if isinstance(dtype, str):
        d = {"bf16": "bf16", "bfloat16": "bf16", "f16": "f16", "fp16": "f16",
             "float16": "f16", "half": "f16"}.get(dtype.lower())
    else:
        d = {"torch.bfloat16": "bf16", "torch.float16": "f16"}.get(str(dtype))
    if d is None:
        raise ValueError(f"{arg}: expected torch.bfloat16 / torch.float16 or 'bf16' / 'f16', "
                         f"got {dtype!r}")
    return d


def _positive(name, v):
    if isinstance(v, bool) or not isinstance(v, int) or v <= 0:
        raise ValueError(f"{name}: expected a positive int, got {v!r}")
    return v


def _layout(kv_layout):
    if not isinstance(kv_layout, str) or kv_layout.upper() not in ("NHD", "HND"):
        raise ValueError(f"kv_layout: expected 'NHD' or 'HND', got {kv_layout!r}")
    return kv_layout.lower()


def _problem(kind, *, num_qo_heads, num_kv_heads, head_dim, dtype, page_size, kv_layout,
             causal, window_left, logits_soft_cap, sm_scale, pos_encoding_mode, rope_scale,
             rope_theta, return_lse, mask):
    """The normalized problem: a dict of JSON scalars (the cache key's input)."""
    if kind not in ("decode", "prefill"):
        raise ValueError(f"kind: expected 'decode' or 'prefill', got {kind!r}")
    hq = _positive("num_qo_heads", num_qo_heads)
    hkv = _positive("num_kv_heads", num_kv_heads)
    d = _positive("head_dim", head_dim)
    if hq % hkv:
        raise ValueError(f"num_qo_heads: {hq} is not a multiple of num_kv_heads {hkv}")
    if page_size is not None:
        _positive("page_size", page_size)
    elif kind == "decode":
        raise ValueError("page_size: decode needs a paged KV cache (got None)")
    if not isinstance(window_left, int) or window_left < -1:
        raise ValueError(f"window_left: expected -1 or a non-negative int, got {window_left!r}")
    if pos_encoding_mode not in ("NONE", "ROPE_LLAMA"):
        raise ValueError(f"pos_encoding_mode: expected 'NONE' or 'ROPE_LLAMA', got "
                         f"{pos_encoding_mode!r}")
    if mask not in (None, "custom"):
        raise ValueError(f"mask: expected None or 'custom', got {mask!r}")
    if kind == "decode" and (mask is not None or causal):
        raise ValueError("mask / causal: decode takes neither (one query row per request)")
    if mask == "custom" and causal:
        raise ValueError("causal: a custom mask replaces the causal mask; pass causal=False")
    if float(logits_soft_cap) < 0:
        raise ValueError(f"logits_soft_cap: expected >= 0, got {logits_soft_cap!r}")
    if sm_scale is not None and not float(sm_scale) > 0:
        raise ValueError(f"sm_scale: expected a positive float or None, got {sm_scale!r}")
    rope = pos_encoding_mode == "ROPE_LLAMA"
    return {
        "v": KEY_VERSION, "kind": kind, "dtype": _dtype_name(dtype),
        "num_qo_heads": hq, "num_kv_heads": hkv, "head_dim": d,
        "page_size": page_size, "layout": _layout(kv_layout) if page_size else "nhd",
        "mask": "custom" if mask else ("causal" if causal else "none"),
        "window_left": window_left, "logits_soft_cap": float(logits_soft_cap),
        "sm_scale": None if sm_scale is None else float(sm_scale),
        "rope": rope, "rope_scale": float(rope_scale) if rope else 1.0,
        "rope_theta": float(rope_theta) if rope else 1e4, "return_lse": bool(return_lse),
    }


def problem_key(problem):
    """A stable 20-hex-digit hash of a normalized problem (independent of the process)."""
    text = json.dumps(problem, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:20]


def problem_name(problem):
    """A readable name of a problem, used as the IR function name and in messages."""
    p = problem
    if p["kind"] == "ops":
        return "ops_" + problem_key(p)[:8]
    if p["kind"] == "sampling":
        return "sampling"
    n = (f"{p['kind']}_{p['dtype']}_q{p['num_qo_heads']}kv{p['num_kv_heads']}_d{p['head_dim']}"
         + (f"_p{p['page_size']}_{p['layout']}" if p["page_size"] else "_ragged"))
    if p["mask"] != "none":
        n += "_" + p["mask"]
    if p["window_left"] >= 0:
        n += f"_win{p['window_left']}"
    if p["logits_soft_cap"]:
        n += f"_cap{p['logits_soft_cap']:g}"
    if p["rope"]:
        n += "_rope"
    if p["sm_scale"] is not None:
        n += "_scale"
    if p["return_lse"]:
        n += "_lse"
    return n.replace(".", "p")


def problem_ir(problem):
    """The attn IR text of a normalized problem."""
    p = problem
    if p["kind"] == "ops":
        return _ops_ir(p)
    if p["kind"] == "sampling":
        return _irgen.sampling_ir(f"attn_mlir.jit sampling problem {problem_key(p)}")
    common = dict(dtype=p["dtype"], num_qo_heads=p["num_qo_heads"],
                  num_kv_heads=p["num_kv_heads"], head_dim=p["head_dim"],
                  soft_cap=p["logits_soft_cap"], window_left=p["window_left"],
                  rotary_dim=p["head_dim"] if p["rope"] else 0, rope_theta=p["rope_theta"],
                  rope_scale=p["rope_scale"], lse=p["return_lse"], sm_scale=p["sm_scale"],
                  comment=f"attn_mlir.jit problem {problem_key(p)}")
    if p["kind"] == "decode":
        return _irgen.decode_ir(problem_name(p), page_size=p["page_size"], layout=p["layout"],
                                **common)
    mask = p["mask"]
    return _irgen.prefill_ir(problem_name(p), page_size=p["page_size"], layout=p["layout"],
                             mask=mask,
                             operands=("custom_mask", "mask_indptr") if mask == "custom" else (),
                             **common)


# ---------------------------------------------------------------------------------------------
# Devices, compiler, cache

def _ordinal(device):
    """The CUDA ordinal of `device` (a torch device, "cuda:N" or an int; None: the current
    device), or None without torch or a CUDA device."""
    torch = sys.modules.get("torch")
    if torch is None and device is not None:
        import torch  # noqa: F811  (a device was given: torch is the caller's)
    if torch is None:
        return None
    try:
        if not torch.cuda.is_available():
            return None
        if device is None:
            return torch.cuda.current_device()
        if isinstance(device, str) or hasattr(device, "type"):
            device = torch.device(device)
            if device.type != "cuda":
                raise ValueError(f"device: expected a CUDA device, got {device}")
            return device.index if device.index is not None else torch.cuda.current_device()
        return int(device)
    except (RuntimeError, AssertionError):
        return None


def _sm(device):
    """The sm number to compile for: $ATTN_MLIR_SM, else `device`'s compute capability (the
    current device's when None), else 90."""
    env = os.environ.get(SM_ENV)
    if env:
        try:
            return int(env)
        except ValueError:
            raise ValueError(f"${SM_ENV}: expected an int such as 90, got {env!r}") from None
    ordinal = _ordinal(device)
    if ordinal is not None:
        try:
            major, minor = sys.modules["torch"].cuda.get_device_capability(ordinal)
            return 10 * major + minor
        except (RuntimeError, AssertionError):
            pass
    return 90


def _load(path, device):
    """The Bundle in `path`, opened for `device`'s ordinal when there is a CUDA device: the
    runtime then checks the bundle's arch against that device (a bundle compiled for one GPU's
    arch never reaches a GPU of another), and the cache key already holds that arch. With
    $ATTN_MLIR_SM the target is the caller's choice (e.g. filling a cache for another GPU):
    the bundle is opened without a device, and create still checks it against its device."""
    from .bundle import Bundle
    ordinal = None if os.environ.get(SM_ENV) else _ordinal(device)
    return Bundle(path) if ordinal is None else Bundle(path, device=ordinal)


def _format():
    f = os.environ.get(FORMAT_ENV, "cubin")
    if f not in ("cubin", "ptx"):
        raise ValueError(f"${FORMAT_ENV}: expected 'cubin' or 'ptx', got {f!r}")
    return f


def cache_dir():
    """The bundle cache: $ATTN_MLIR_CACHE_DIR, else $XDG_CACHE_HOME/attn-mlir, else
    ~/.cache/attn-mlir."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return os.path.abspath(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "attn-mlir")


def clear_cache():
    """Removes every cached bundle (not the package's prebuilt ones)."""
    d = cache_dir()
    if os.path.isdir(d):
        shutil.rmtree(d)


def find_compiler():
    """The attn-compile to use, or None: $ATTN_MLIR_COMPILER, the package's bin/, PATH, then
    a build tree next to the sources."""
    env = os.environ.get(COMPILER_ENV)
    if env:
        if not (os.path.isfile(env) and os.access(env, os.X_OK)):
            raise ValueError(f"${COMPILER_ENV}: '{env}' is not an executable file")
        return env
    cands = [os.path.join(_PKG_DIR, "bin", "attn-compile"), shutil.which("attn-compile")]
    repo = os.path.dirname(os.path.dirname(_PKG_DIR))
    cands += [os.path.join(repo, b, "bin", "attn-compile") for b in ("build", "build-rt")]
    for c in cands:
        if c and os.path.isfile(c) and os.access(c, os.X_OK):
            return c
    return None


_compiler_ids = {}


def compiler_id(path):
    """A hash of the compiler binary (memoized on path, size and mtime)."""
    st = os.stat(path)
    k = (os.path.realpath(path), st.st_size, st.st_mtime_ns)
    if k not in _compiler_ids:
        h = hashlib.sha256()
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
        _compiler_ids[k] = h.hexdigest()[:16]
    return _compiler_ids[k]


def _valid(d):
    return os.path.isfile(os.path.join(d, "manifest.json"))


@contextlib.contextmanager
def _locked(path):
    with open(path, "a+") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def _describe(problem, sm):
    return f"{problem_name(problem)} (sm_{sm}, key {problem_key(problem)})"


def bundle_path(problem, sm, fmt=None):
    """The directory of the bundle of a normalized problem for sm: prebuilt, cached or freshly
    compiled. Raises CompileError when there is none and no compiler."""
    fmt = fmt or _format()
    key = problem_key(problem)
    pre = os.path.join(PREBUILT_DIR, f"sm_{sm}", key)
    if fmt == "cubin" and _valid(pre):
        _log.debug("prebuilt %s: %s", _describe(problem, sm), pre)
        return pre
    root = os.path.join(cache_dir(), f"sm_{sm}")
    prefix = f"{key}-{fmt}-"
    compiler = find_compiler()
    if compiler is None:
        if os.path.isdir(root):
            for n in sorted(os.listdir(root)):
                if n.startswith(prefix) and _valid(os.path.join(root, n)):
                    _log.debug("cached %s (no compiler found): %s", _describe(problem, sm),
                               os.path.join(root, n))
                    return os.path.join(root, n)
        raise CompileError(
            "attn_mlir.jit", problem,
            f"no kernel bundle for {_describe(problem, sm)}: it is neither prebuilt in the "
            f"package nor cached under {root}, and attn-compile was not found "
            f"(${COMPILER_ENV}, {os.path.join(_PKG_DIR, 'bin')}, PATH). Install LLVM/MLIR 22 "
            f"and build the package with the compiler (ATTN_MLIR_WITH_COMPILER=1 pip install "
            f".), or point ${COMPILER_ENV} at an attn-compile binary")
    final = os.path.join(root, prefix + compiler_id(compiler))
    if _valid(final):
        _log.debug("cached %s: %s", _describe(problem, sm), final)
        return final
    os.makedirs(root, exist_ok=True)
    with _locked(os.path.join(root, f".{key}.lock")):
        if _valid(final):  # another process compiled it while this one waited
            _log.debug("cached %s (compiled by another process): %s", _describe(problem, sm),
                       final)
            return final
        tmp = tempfile.mkdtemp(prefix=f".{key}-tmp-", dir=root)
        try:
            src = os.path.join(tmp, "problem.mlir")
            with open(src, "w") as f:
                f.write(problem_ir(problem))
            out = os.path.join(tmp, "bundle")
            cmd = [compiler, src, "-o", out, f"--sm={sm}", f"--format={fmt}"]
            _log.info("compiling %s with %s", _describe(problem, sm), compiler)
            start = time.monotonic()
            r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            if r.returncode != 0:
                # attn-compile's own advice (--format=ptx) is not an option of bundle_for.
                hint = (f"\nWithout a CUDA toolkit, set ${FORMAT_ENV}=ptx: the driver compiles "
                        f"the PTX when the bundle is loaded"
                        if fmt == "cubin" and "ptxas not found" in r.stdout else "")
                raise CompileError(
                    "attn_mlir.jit", problem,
                    f"attn-compile failed on {_describe(problem, sm)} (exit {r.returncode}; "
                    f"{' '.join(cmd)}):\n{r.stdout.strip()}{hint}")
            shutil.copy(src, os.path.join(out, "problem.mlir"))
            with open(os.path.join(out, "problem.json"), "w") as f:
                json.dump({"problem": problem, "sm": sm, "format": fmt,
                           "compiler": compiler}, f, indent=1)
            if os.path.exists(final):  # an invalid leftover
                shutil.rmtree(final)
            os.rename(out, final)
            _log.info("compiled %s in %.2f s: %s", _describe(problem, sm),
                      time.monotonic() - start, final)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return final


def bundle_for(kind, *, num_qo_heads, num_kv_heads, head_dim, dtype, page_size=None,
               kv_layout="NHD", causal=False, window_left=-1, logits_soft_cap=0.0,
               sm_scale=None, pos_encoding_mode="NONE", rope_scale=1.0, rope_theta=1e4,
               return_lse=True, mask=None, device=None):
    """The loaded ``Bundle`` of one attention problem, compiled on first use and cached.

    kind: "decode" (paged KV; page_size required) or "prefill" (also append: ragged KV when
    page_size is None, paged otherwise). dtype: torch.bfloat16 / torch.float16 or "bf16" /
    "f16" (q, k, v, o). kv_layout: "NHD" | "HND" (paged). causal / mask ("custom": a
    bit-packed custom mask operand, prefill only) / window_left (sliding window, -1 = none;
    causal in prefill). logits_soft_cap (0 = none), sm_scale (None = 1/sqrt(head_dim)),
    pos_encoding_mode "NONE" | "ROPE_LLAMA" (llama RoPE fused on q and k over the whole head,
    rope_theta, rope_scale), return_lse (the kernel writes the log-sum-exp). device: a torch
    device or ordinal whose compute capability picks --sm.
    """
    problem = _problem(kind, num_qo_heads=num_qo_heads, num_kv_heads=num_kv_heads,
                       head_dim=head_dim, dtype=dtype, page_size=page_size,
                       kv_layout=kv_layout, causal=causal, window_left=window_left,
                       logits_soft_cap=logits_soft_cap, sm_scale=sm_scale,
                       pos_encoding_mode=pos_encoding_mode, rope_scale=rope_scale,
                       rope_theta=rope_theta, return_lse=return_lse, mask=mask)
    return _load(bundle_path(problem, _sm(device)), device)


# ---------------------------------------------------------------------------------------------
# Standalone ops

def _ops_problem(*, dtype, num_qo_heads, num_kv_heads, head_dim, page_size, kv_layout,
                 rotary_dim, rope_theta, rope_scale, interleave, llama3, merge_state_dtype,
                 return_lse):
    d = _dtype_name(dtype)
    hq = _positive("num_qo_heads", num_qo_heads)
    hkv = _positive("num_kv_heads", num_kv_heads)
    hd = _positive("head_dim", head_dim)
    rd = hd if rotary_dim is None else _positive("rotary_dim", rotary_dim)
    if rd > hd or rd % 2:
        raise ValueError(f"rotary_dim: expected an even int <= head_dim {hd}, got {rd}")
    l3 = None
    if llama3 is not None:
        known = {"factor", "low_freq_factor", "high_freq_factor", "original_max_position"}
        bad = set(llama3) - known
        if bad:
            raise ValueError(f"llama3: unknown keys {sorted(bad)} (known: {sorted(known)})")
        l3 = {"factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
              "original_max_position": 8192, **llama3}
        l3 = {k: (int(v) if k == "original_max_position" else float(v)) for k, v in l3.items()}
    sd = "f32" if merge_state_dtype in ("f32", "float32") or str(merge_state_dtype) == \
        "torch.float32" else _dtype_name(merge_state_dtype or d, "merge_state_dtype")
    return {"v": KEY_VERSION, "kind": "ops", "dtype": d, "num_qo_heads": hq,
            "num_kv_heads": hkv, "head_dim": hd,
            "page_size": None if page_size is None else _positive("page_size", page_size),
            "layout": _layout(kv_layout), "rotary_dim": rd, "rope_theta": float(rope_theta),
            "rope_scale": float(rope_scale), "interleave": bool(interleave), "llama3": l3,
            "merge_state_dtype": sd, "return_lse": bool(return_lse)}


def _ops_ir(p):
    parts = []
    t = p["dtype"]
    if p["page_size"]:
        parts.append(_irgen.AppendVariant("append", p["layout"], p["page_size"], t,
                                          num_kv_heads=p["num_kv_heads"],
                                          head_dim=p["head_dim"]).mlir())
    l3 = p["llama3"] or {}
    parts.append(_irgen.RopeVariant("rope", "llama3" if p["llama3"] else "llama",
                                    p["interleave"], t, num_qo_heads=p["num_qo_heads"],
                                    num_kv_heads=p["num_kv_heads"], head_dim=p["head_dim"],
                                    rotary_dim=p["rotary_dim"], theta=p["rope_theta"],
                                    scale=p["rope_scale"], **l3).mlir())
    for form in ("state", "states"):
        parts.append(_irgen.MergeVariant("merge_" + form, form, p["merge_state_dtype"], t,
                                         p["return_lse"], num_heads=p["num_qo_heads"],
                                         head_dim=p["head_dim"]).mlir())
    return f"// attn_mlir.jit ops problem {problem_key(p)}\n" + "\n".join(parts)


def ops_bundle(*, dtype, num_qo_heads, num_kv_heads, head_dim, page_size=None,
               kv_layout="NHD", rotary_dim=None, rope_theta=1e4, rope_scale=1.0,
               interleave=False, llama3=None, merge_state_dtype=None, return_lse=True,
               device=None):
    """The loaded ``Bundle`` of the standalone op kernels for one model shape, compiled on
    first use and cached (the kernels bake these sizes in):

    - ``append`` (AppendPagedKV; only when page_size is given): K/V rows of num_kv_heads x
      head_dim into a paged cache of page_size, kv_layout "NHD" | "HND";
    - ``rope`` (ApplyRope): q of num_qo_heads and k of num_kv_heads heads of head_dim, the
      first rotary_dim (None = head_dim) features rotated, rope_theta, rope_scale,
      interleave; llama3 None (llama) or a dict of Llama 3.1 scaling parameters (factor,
      low_freq_factor, high_freq_factor, original_max_position; defaults 8, 1, 4, 8192);
    - ``merge_state`` / ``merge_states`` (MergeState / MergeStates over any number of
      states): num_qo_heads heads of head_dim, states of merge_state_dtype (None = dtype;
      "f32" for float32), outputs of dtype, s_out written when return_lse.

    dtype: torch.bfloat16 / torch.float16 or "bf16" / "f16"; device picks --sm as in
    ``bundle_for``. The kernels are named ``append_append_kv``, ``rope_rope``,
    ``merge_state_merge_state`` and ``merge_states_merge_states``.
    """
    problem = _ops_problem(dtype=dtype, num_qo_heads=num_qo_heads, num_kv_heads=num_kv_heads,
                           head_dim=head_dim, page_size=page_size, kv_layout=kv_layout,
                           rotary_dim=rotary_dim, rope_theta=rope_theta,
                           rope_scale=rope_scale, interleave=interleave, llama3=llama3,
                           merge_state_dtype=merge_state_dtype, return_lse=return_lse)
    return _load(bundle_path(problem, _sm(device)), device)


def sampling_bundle(device=None):
    """The loaded ``Bundle`` of the sampling kernels (``_irgen.sampling_variants()`` and
    ``spec_sampling_variants()``: every function of ``attn_mlir.sampling``, f32 and bf16),
    compiled on first use and cached; the kernels take any vocabulary and per-row thresholds,
    so one bundle serves every model."""
    return _load(bundle_path(dict(SAMPLING_PROBLEM), _sm(device)), device)


def problem_for(kind, **kw):
    """The normalized problem of bundle_for(kind, **kw) / ops_bundle(**kw) (kind "ops")
    without compiling; for tests and the prebuilt list."""
    if kind == "ops":
        defaults = dict(page_size=None, kv_layout="NHD", rotary_dim=None, rope_theta=1e4,
                        rope_scale=1.0, interleave=False, llama3=None, merge_state_dtype=None,
                        return_lse=True)
        return _ops_problem(**{**defaults, **kw})
    defaults = dict(page_size=None, kv_layout="NHD", causal=False, window_left=-1,
                    logits_soft_cap=0.0, sm_scale=None, pos_encoding_mode="NONE",
                    rope_scale=1.0, rope_theta=1e4, return_lse=True, mask=None)
    return _problem(kind, **{**defaults, **kw})


# ---------------------------------------------------------------------------------------------
# Prebuilt bundles (package data of a wheel built with the compiler)

def _model(hq, hkv, d, **kw):
    return dict(num_qo_heads=hq, num_kv_heads=hkv, head_dim=d, dtype="bf16", **kw)


# Llama-3 8B / 70B (70B at tensor parallel 1 and 8), Qwen2.5-7B, Mistral-7B and Gemma-2 9B
# (soft-cap 50, sm_scale 1/sqrt(256)): paged decode (page 16, NHD) and causal prefill over
# ragged and paged KV, bf16, lse written.
PREBUILT_MODELS = {
    "llama3-8b": _model(32, 8, 128),
    "llama3-70b": _model(64, 8, 128),
    "llama3-70b-tp8": _model(8, 1, 128),
    "qwen2.5-7b": _model(28, 4, 128),
    "mistral-7b": _model(32, 8, 128),
    "gemma2-9b": _model(16, 8, 256, logits_soft_cap=50.0),
}
PREBUILT_SMS = (80, 90)


def prebuilt_problems():
    """The normalized problems shipped prebuilt (deduplicated)."""
    out = {}
    for m in PREBUILT_MODELS.values():
        for kind, extra in (("decode", {"page_size": 16}), ("prefill", {"causal": True}),
                            ("prefill", {"causal": True, "page_size": 16})):
            p = problem_for(kind, **m, **extra)
            out[problem_key(p)] = p
    return list(out.values())


def prebuild(outdir, compiler, sms=PREBUILT_SMS):
    """Compiles prebuilt_problems() for each sm into outdir/sm_XY/<key>/ (cubin)."""
    for sm in sms:
        for p in prebuilt_problems():
            d = os.path.join(outdir, f"sm_{sm}", problem_key(p))
            if _valid(d):
                continue
            src = d + ".mlir"
            os.makedirs(os.path.dirname(d), exist_ok=True)
            with open(src, "w") as f:
                f.write(problem_ir(p))
            r = subprocess.run([compiler, src, "-o", d, f"--sm={sm}", "--format=cubin"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            os.remove(src)
            if r.returncode != 0:
                raise CompileError("attn_mlir.jit.prebuild", p,
                                   f"attn-compile failed on {_describe(p, sm)}:\n{r.stdout}")
            print(f"prebuilt {_describe(p, sm)}")


def _main(argv=None):
    import argparse
    ap = argparse.ArgumentParser(prog="python -m attn_mlir.jit",
                                 description="attn_mlir.jit cache and prebuilt bundles")
    sub = ap.add_subparsers(dest="cmd", required=True)
    pb = sub.add_parser("prebuild", help="compile the prebuilt bundles into OUTDIR")
    pb.add_argument("outdir")
    pb.add_argument("--compiler", default=None)
    pb.add_argument("--sm", type=int, nargs="*", default=list(PREBUILT_SMS))
    sub.add_parser("cache-dir", help="print the cache directory")
    sub.add_parser("clear", help="remove every cached bundle")
    a = ap.parse_args(argv)
    if a.cmd == "prebuild":
        compiler = a.compiler or find_compiler()
        if not compiler:
            ap.error("attn-compile not found (--compiler or $ATTN_MLIR_COMPILER)")
        prebuild(a.outdir, compiler, a.sm)
    elif a.cmd == "cache-dir":
        print(cache_dir())
    else:
        clear_cache()
    return 0


if __name__ == "__main__":
    sys.exit(_main())
