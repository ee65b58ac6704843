"""ctypes binding of the libattn_rt C API (include/attn-rt/attn_rt.h).

Mirrors the header one to one: the enums, the structs and every function's prototype.
The library is found, in order, at the path given to ``load_library``, at ``$ATTN_RT_LIBRARY``,
or next to this package (``attn_mlir/libattn_rt.so``). It is opened on first use, so importing
the package never fails because the library is missing.
"""

import ctypes
import os
import threading

# attn_status_t
SUCCESS = 0
ERROR_INVALID_ARGUMENT = 1
ERROR_PARSE = 2
ERROR_NOT_FOUND = 3
ERROR_IO = 4
ERROR_DRIVER_UNAVAILABLE = 5
ERROR_DRIVER = 6
ERROR_CAPACITY = 7
ERROR_MISMATCH = 8
ERROR_NOT_READY = 9
ERROR_INTERNAL = 10

# attn_layout_t, attn_dtype_t, attn_role_t
LAYOUT_NHD = 0
LAYOUT_HND = 1
DTYPE_BF16 = 0
DTYPE_F16 = 1
DTYPE_F32 = 2  # merge and sampling kernels only
ROLE_ATTENTION = 0
ROLE_MERGE = 1
ROLE_KERNEL = 2  # the standalone op kernels (families append_kv, rope, merge)

# attn_mask_t
MASK_NONE = 0
MASK_CAUSAL = 1
MASK_SLIDING_WINDOW = 2
MASK_CUSTOM = 3
MASK_BLOCK_SPARSE = 4

# ATTN_OPERAND_* bits of attn_kernel_info_t.operands: the optional prefill operands a kernel
# takes, named as the attn_prefill_args_t fields.
OPERAND_BITS = {"custom_mask": 0x1, "mask_indptr": 0x2, "block_indptr": 0x4,
                "block_indices": 0x8, "alibi_slopes": 0x10, "rope_offsets": 0x20}
# ... and a sample / spec_sample kernel's advance_offset (attn_sampler_args_t).
OPERAND_ADVANCE_OFFSET = 0x40
KERNEL_OPERAND_BITS = dict(OPERAND_BITS, advance_offset=OPERAND_ADVANCE_OFFSET)

LAYOUT_NAMES = {LAYOUT_NHD: "nhd", LAYOUT_HND: "hnd"}
MASK_NAMES = {MASK_NONE: "none", MASK_CAUSAL: "causal", MASK_SLIDING_WINDOW: "sliding_window",
              MASK_CUSTOM: "custom", MASK_BLOCK_SPARSE: "block_sparse"}
DTYPE_NAMES = {DTYPE_BF16: "bf16", DTYPE_F16: "f16", DTYPE_F32: "f32"}
ROLE_NAMES = {ROLE_ATTENTION: "attention", ROLE_MERGE: "merge", ROLE_KERNEL: "kernel"}
KV_FORMAT_NAMES = {0: "paged", 1: "ragged"}

LIBRARY_ENV = "ATTN_RT_LIBRARY"
# ATTN_RT_ABI_VERSION of attn_rt.h, whose structs this module mirrors.
ABI_VERSION = 3
LIBRARY_NAME = "libattn_rt.so"


class AttnError(RuntimeError):
    """A libattn_rt call failed: ``status`` is the attn_status_t code, ``message`` the text of
    attnGetLastError()."""

    def __init__(self, call, status, status_name, message):
        self.call = call
        self.status = status
        self.status_name = status_name
        self.message = message
        super().__init__(f"{call} failed ({status_name}): {message}")


class LibraryNotFoundError(ImportError):
    """libattn_rt.so could not be found or opened."""


_status = ctypes.c_int  # enums are int-sized in C
_handle = ctypes.c_void_p
_i32 = ctypes.c_int32
_i32p = ctypes.POINTER(ctypes.c_int32)
_size_p = ctypes.POINTER(ctypes.c_size_t)


def _fields(ctype, *names):
    """Struct fields `names`, all of type `ctype`."""
    return [(n, ctype) for n in names]


# The four workspace fields of both attention configs (device pointer and size, int then float).
_WORKSPACE_FIELDS = [
    ("int_workspace", ctypes.c_uint64),
    ("int_workspace_bytes", ctypes.c_size_t),
    ("float_workspace", ctypes.c_uint64),
    ("float_workspace_bytes", ctypes.c_size_t),
]


class attn_kernel_info_t(ctypes.Structure):
    _fields_ = (_fields(ctypes.c_char_p, "name", "family") +
                _fields(_i32, "role", "num_qo_heads", "num_kv_heads", "head_dim", "page_size",
                        "layout", "dtype", "kv_dtype") +
                [("block", _i32 * 3)] +
                _fields(_i32, "dynamic_smem", "tile_kv", "kv_format", "split_kv") +
                [("sm_scale", ctypes.c_float)] +
                _fields(_i32, "registers", "spill_bytes", "mask", "block_rows",
                        "block_cols") +
                [("operands", ctypes.c_uint32), ("tile_q", _i32)])


class attn_decode_config_t(ctypes.Structure):
    _fields_ = ([("kernel_name", ctypes.c_char_p)] +
                _fields(_i32, "num_qo_heads", "num_kv_heads", "head_dim", "page_size", "layout",
                        "dtype", "kv_dtype", "max_batch", "max_work", "graph_mode",
                        "min_chunk_tokens", "device") +
                _WORKSPACE_FIELDS +
                [("want_lse", _i32)])


class attn_decode_args_t(ctypes.Structure):
    _fields_ = (_fields(ctypes.c_uint64, "q", "k_cache", "v_cache", "kv_indptr", "kv_indices",
                        "kv_last_page_len", "o", "lse") +
                [("sm_scale", ctypes.c_float), ("kv_page_stride", ctypes.c_int64)])


class attn_prefill_config_t(ctypes.Structure):
    # page_size 0 = ragged KV
    _fields_ = ([("kernel_name", ctypes.c_char_p)] +
                _fields(_i32, "num_qo_heads", "num_kv_heads", "head_dim", "page_size", "layout",
                        "dtype", "kv_dtype", "want_lse", "max_batch", "max_qo_tokens",
                        "max_work", "max_partial_rows", "graph_mode", "min_chunk_tokens",
                        "device") +
                _WORKSPACE_FIELDS)


class attn_prefill_args_t(ctypes.Structure):
    _fields_ = _fields(ctypes.c_uint64, "q", "qo_indptr", "k", "v", "kv_indptr", "kv_indices",
                       "kv_last_page_len", "o", "lse", "custom_mask", "mask_indptr",
                       "block_indptr", "block_indices", "alibi_slopes", "rope_offsets") + [
        ("kv_page_stride", ctypes.c_int64)]


def _object_prototypes(prefix, config_t, num_capacities):
    """<prefix>WorkspaceSize (int32 capacities, two size_t outputs), ConfigInit, Create, Free."""
    config_p = ctypes.POINTER(config_t)
    return {
        f"{prefix}WorkspaceSize": (_status, [_i32] * num_capacities + [_size_p, _size_p]),
        f"{prefix}ConfigInit": (None, [config_p]),
        f"{prefix}Create": (_status, [_handle, config_p, ctypes.POINTER(_handle)]),
        f"{prefix}Free": (None, [_handle]),
    }


def _plan_run_prototypes(prefix, plan_inputs, args_t):
    """<prefix>Plan (handle, batch size, `plan_inputs`, stream), Run and GetPlanInfo (four
    int32 outputs)."""
    return {
        f"{prefix}Plan": (_status, [_handle, _i32] + plan_inputs + [ctypes.c_void_p]),
        f"{prefix}Run": (_status, [_handle, ctypes.POINTER(args_t), ctypes.c_void_p]),
        f"{prefix}GetPlanInfo": (_status, [_handle] + [_i32p] * 4),
    }


# name -> (restype, argtypes)
_PROTOTYPES = {
    "attnGetLastError": (ctypes.c_char_p, []),
    "attnStatusName": (ctypes.c_char_p, [_status]),
    "attnAbiVersion": (_i32, []),
    "attnBundleLoad": (_status, [ctypes.c_char_p, ctypes.POINTER(_handle)]),
    "attnBundleLoadForDevice": (_status, [ctypes.c_char_p, _i32, ctypes.POINTER(_handle)]),
    "attnBundleArch": (ctypes.c_char_p, [_handle]),
    "attnBundleFree": (None, [_handle]),
    "attnBundleNumKernels": (_i32, [_handle]),
    "attnBundleGetKernel": (_status, [_handle, _i32, ctypes.POINTER(attn_kernel_info_t)]),
    # attnDecodeWorkspaceSize(max_batch, max_work, num_qo_heads, head_dim, ...)
    **_object_prototypes("attnDecode", attn_decode_config_t, 4),
    # attnDecodePlan(..., kv_indptr, kv_last_page_len, kv_indices, num_pages, stream)
    **_plan_run_prototypes("attnDecode", [ctypes.c_void_p] * 3 + [_i32], attn_decode_args_t),
    # attnPrefillWorkspaceSize(max_qo_tokens, max_work, max_partial_rows, num_qo_heads,
    # head_dim, ...)
    **_object_prototypes("attnPrefill", attn_prefill_config_t, 5),
    "attnPrefillGetCapacities": (_status, [_handle, _i32p, _i32p]),
    "attnPrefillGetKernelIndex": (_status, [_handle, _i32p]),
    # attnPrefillPlan(..., qo_indptr, kv_indptr, kv_last_page_len, stream)
    **_plan_run_prototypes("attnPrefill", [ctypes.c_void_p] * 3, attn_prefill_args_t),
}

# ---- append to a paged KV cache and RoPE (attnAppendKV*, attnRope*) ----

# attn_rope_kind_t
ROPE_LLAMA = 1
ROPE_LLAMA3 = 2
ROPE_KINDS = {"llama": ROPE_LLAMA, "llama3": ROPE_LLAMA3}


def _op_kernel_api(prefix, struct_prefix, config_fields, args_fields):
    """The C API of a standalone op kernel: its config struct <struct_prefix>_config_t
    (kernel_name, then `config_fields`) and args struct <struct_prefix>_args_t
    (`args_fields`), returned; <prefix>ConfigInit, Create, Free and Run added to _PROTOTYPES."""
    config_t = type(f"{struct_prefix}_config_t", (ctypes.Structure,),
                    {"_fields_": [("kernel_name", ctypes.c_char_p)] + config_fields})
    args_t = type(f"{struct_prefix}_args_t", (ctypes.Structure,), {"_fields_": args_fields})
    _PROTOTYPES.update({
        f"{prefix}ConfigInit": (None, [ctypes.POINTER(config_t)]),
        f"{prefix}Create": (_status, [_handle, ctypes.POINTER(config_t),
                                      ctypes.POINTER(_handle)]),
        f"{prefix}Free": (None, [_handle]),
        f"{prefix}Run": (_status, [_handle, ctypes.POINTER(args_t), ctypes.c_void_p]),
    })
    return config_t, args_t


attn_append_kv_config_t, attn_append_kv_args_t = _op_kernel_api(
    "attnAppendKV", "attn_append_kv",
    _fields(_i32, "num_kv_heads", "head_dim", "page_size", "layout", "dtype", "device"),
    _fields(ctypes.c_uint64, "k", "v", "batch_indices", "positions", "k_cache", "v_cache",
            "kv_indptr", "kv_indices", "kv_last_page_len") + [("num_rows", _i32),
                                                              ("kv_page_stride", ctypes.c_int64)])

attn_rope_config_t, attn_rope_args_t = _op_kernel_api(
    "attnRope", "attn_rope",
    _fields(_i32, "num_qo_heads", "num_kv_heads", "head_dim", "rotary_dim", "kind", "interleave",
            "dtype") +
    _fields(ctypes.c_float, "theta", "scale", "factor", "low_freq_factor", "high_freq_factor") +
    _fields(_i32, "original_max_position", "device"),
    _fields(ctypes.c_uint64, "q", "k", "pos_ids", "q_out", "k_out") + [("num_rows", _i32)])

# ---- merging attention states (attnMerge*) ----

# attn_merge_form_t
MERGE_STATE = 1
MERGE_STATES = 2
MERGE_FORMS = {"state": MERGE_STATE, "states": MERGE_STATES}


attn_merge_config_t, attn_merge_args_t = _op_kernel_api(
    "attnMerge", "attn_merge",
    _fields(_i32, "form", "num_heads", "head_dim", "dtype", "state_dtype", "write_lse",
            "num_states", "device"),
    _fields(ctypes.c_uint64, "v_a", "s_a", "v_b", "s_b", "v", "s", "v_out", "s_out") +
    _fields(_i32, "num_states", "num_rows"))

# ---- token sampling (attnSampler*) ----

# attn_sampling_input_t, attn_sampling_mode_t
SAMPLING_INPUTS = {"probs": 0, "logits": 1}
SAMPLING_MODES = {"sample": 0, "renorm": 1, "mask": 2}


attn_sampler_config_t, attn_sampler_args_t = _op_kernel_api(
    "attnSampler", "attn_sampler",
    _fields(_i32, "input", "mode", "dtype", "top_k") +
    _fields(ctypes.c_float, "top_p", "min_p") +
    _fields(_i32, "top_k_per_row", "top_p_per_row", "min_p_per_row", "device", "cluster_size"),
    _fields(ctypes.c_uint64, "input", "top_k", "top_p", "min_p", "seed_offset", "out") +
    _fields(_i32, "num_rows", "vocab", "advance_offset"))

# ---- speculative-decoding verification (attnSpecSampler*) ----

_PROTOTYPES["attnSamplerGetKernel"] = (_status, [_handle, ctypes.POINTER(attn_kernel_info_t)])

attn_spec_sampler_config_t, attn_spec_sampler_args_t = _op_kernel_api(
    "attnSpecSampler", "attn_spec_sampler",
    _fields(_i32, "dtype", "device"),
    _fields(ctypes.c_uint64, "draft_probs", "draft_token_ids", "target_probs", "seed_offset",
            "out", "accepted", "emitted") +
    _fields(_i32, "num_rows", "num_spec", "vocab", "advance_offset"))
_PROTOTYPES["attnSpecSamplerGetKernel"] = (_status,
                                           [_handle, ctypes.POINTER(attn_kernel_info_t)])

# ---- multi-level (cascade) attention (attnCascade*, attn_rt_cascade.h) ----

CASCADE_MAX_LEVELS = 8
# attn_cascade_level_kind_t
CASCADE_LEVEL_PREFILL = 0
CASCADE_LEVEL_DECODE = 1
CASCADE_LEVEL_KINDS = {"prefill": CASCADE_LEVEL_PREFILL, "decode": CASCADE_LEVEL_DECODE}


class attn_cascade_level_config_t(ctypes.Structure):
    _fields_ = ([("bundle", _handle), ("kernel_name", ctypes.c_char_p)] +
                _fields(_i32, "kind", "max_batch", "max_work", "max_partial_rows",
                        "min_chunk_tokens"))


class attn_cascade_config_t(ctypes.Structure):
    _fields_ = ([("num_levels", _i32),
                 ("levels", attn_cascade_level_config_t * CASCADE_MAX_LEVELS),
                 ("merge_bundle", _handle), ("merge_kernel_name", ctypes.c_char_p)] +
                _fields(_i32, "num_qo_heads", "num_kv_heads", "head_dim", "page_size", "layout",
                        "dtype", "kv_dtype", "max_qo_tokens", "graph_mode", "device") +
                [("scratch", ctypes.c_uint64), ("scratch_bytes", ctypes.c_size_t),
                 ("concurrent_levels", _i32)])


class attn_cascade_level_plan_t(ctypes.Structure):
    _fields_ = [("batch_size", _i32), ("qo_indptr", ctypes.c_void_p),
                ("kv_indptr", ctypes.c_void_p), ("kv_last_page_len", ctypes.c_void_p)]


class attn_cascade_level_args_t(ctypes.Structure):
    _fields_ = _fields(ctypes.c_uint64, "qo_indptr", "kv_indptr", "kv_indices",
                       "kv_last_page_len")


class attn_cascade_args_t(ctypes.Structure):
    _fields_ = (_fields(ctypes.c_uint64, "q", "k_cache", "v_cache", "o", "lse") +
                [("num_levels", _i32),
                 ("levels", attn_cascade_level_args_t * CASCADE_MAX_LEVELS),
                 ("kv_page_stride", ctypes.c_int64)])


_PROTOTYPES.update({
    "attnCascadeConfigInit": (None, [ctypes.POINTER(attn_cascade_config_t)]),
    "attnCascadeScratchSize": (_status, [_i32, _i32, _i32, _i32, _size_p]),
    "attnCascadeCreate": (_status, [ctypes.POINTER(attn_cascade_config_t),
                                    ctypes.POINTER(_handle)]),
    "attnCascadeFree": (None, [_handle]),
    "attnCascadePlan": (_status, [_handle, _i32, ctypes.POINTER(attn_cascade_level_plan_t),
                                  ctypes.c_void_p]),
    "attnCascadeRun": (_status, [_handle, ctypes.POINTER(attn_cascade_args_t),
                                 ctypes.c_void_p]),
    "attnCascadeGetLevelInfo": (_status, [_handle, _i32] + [_i32p] * 5),
})

_lock = threading.Lock()
_lib = None
_lib_path = None


def _candidates(path):
    if path:
        return [("argument", path)]
    out = []
    env = os.environ.get(LIBRARY_ENV)
    if env:
        out.append((f"${LIBRARY_ENV}", env))
    out.append(("package", os.path.join(os.path.dirname(os.path.abspath(__file__)), LIBRARY_NAME)))
    return out


def load_library(path=None):
    """Opens libattn_rt (once per process) and returns the ctypes.CDLL.

    Raises LibraryNotFoundError naming every place tried when no candidate opens or a
    candidate lacks a C API symbol.
    """
    global _lib, _lib_path
    with _lock:
        if _lib is not None and (path is None or os.path.abspath(path) == _lib_path):
            return _lib
        tried = []
        for origin, cand in _candidates(path):
            if not os.path.exists(cand):
                tried.append(f"{cand} ({origin}): no such file")
                continue
            try:
                lib = ctypes.CDLL(os.path.abspath(cand))
            except OSError as e:
                tried.append(f"{cand} ({origin}): {e}")
                continue
            missing = [n for n in _PROTOTYPES if not hasattr(lib, n)]
            if missing:
                tried.append(f"{cand} ({origin}): missing C API symbols {', '.join(missing)}")
                continue
            for name, (res, args) in _PROTOTYPES.items():
                fn = getattr(lib, name)
                fn.restype = res
                fn.argtypes = args
            if lib.attnAbiVersion() != ABI_VERSION:
                tried.append(f"{cand} ({origin}): struct layout version "
                             f"{lib.attnAbiVersion()}, this binding mirrors {ABI_VERSION}")
                continue
            _lib, _lib_path = lib, os.path.abspath(cand)
            return lib
        raise LibraryNotFoundError(
            "cannot load libattn_rt: " + "; ".join(tried) +
            f". Build the attn_rt_shared target and set {LIBRARY_ENV} to the .so, or copy it "
            f"next to the attn_mlir package")


def runtime_library_path():
    """Path of the loaded library, or None before the first load."""
    return _lib_path


def last_error():
    return load_library().attnGetLastError().decode("utf-8", "replace")


def status_name(status):
    return load_library().attnStatusName(status).decode("utf-8", "replace")


def check(call, status):
    """Raises AttnError unless status is ATTN_SUCCESS."""
    if status != SUCCESS:
        raise AttnError(call, status, status_name(status), last_error())


class OwnedHandle:
    """An opaque C API handle owned by a Python object: freed once by close(), on leaving a
    `with` block, or when the object is collected. Subclasses set _free (the C function that
    frees the handle) and _what (how a closed object is named in errors)."""

    _free = ""
    _what = "object"
    _handle = None

    @property
    def handle(self):
        if self._handle is None:
            raise ValueError(f"{self._what} is closed")
        return self._handle

    def _adopt_bundle(self, bundle, kernels_attr="kernels"):
        """The start of a create: no handle yet (a failed create has nothing to free), and
        `bundle`, checked to be an attn_mlir.Bundle (it has `kernels_attr`), kept alive with
        its modules in self.bundle."""
        self._handle = None
        if bundle is None or not hasattr(bundle, kernels_attr):
            raise TypeError(f"bundle: expected an attn_mlir.Bundle, got {type(bundle).__name__}")
        self.bundle = bundle

    def close(self):
        if self._handle is not None:
            getattr(self._lib, self._free)(self._handle)
            self._handle = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        # Collection may run at interpreter shutdown, when the library can already be gone;
        # an error there has nobody to report to.
        try:
            self.close()
        except Exception:  # noqa: BLE001
            pass
