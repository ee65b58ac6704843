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
ROLE_ATTENTION = 0
ROLE_MERGE = 1

LAYOUT_NAMES = {LAYOUT_NHD: "nhd", LAYOUT_HND: "hnd"}
DTYPE_NAMES = {DTYPE_BF16: "bf16", DTYPE_F16: "f16"}
ROLE_NAMES = {ROLE_ATTENTION: "attention", ROLE_MERGE: "merge"}
KV_FORMAT_NAMES = {0: "paged", 1: "ragged"}

LIBRARY_ENV = "ATTN_RT_LIBRARY"
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


class attn_kernel_info_t(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_char_p),
        ("family", ctypes.c_char_p),
        ("role", ctypes.c_int32),
        ("num_qo_heads", ctypes.c_int32),
        ("num_kv_heads", ctypes.c_int32),
        ("head_dim", ctypes.c_int32),
        ("page_size", ctypes.c_int32),
        ("layout", ctypes.c_int32),
        ("dtype", ctypes.c_int32),
        ("kv_dtype", ctypes.c_int32),
        ("block", ctypes.c_int32 * 3),
        ("dynamic_smem", ctypes.c_int32),
        ("tile_kv", ctypes.c_int32),
        ("kv_format", ctypes.c_int32),
        ("split_kv", ctypes.c_int32),
        ("sm_scale", ctypes.c_float),
        ("registers", ctypes.c_int32),
        ("spill_bytes", ctypes.c_int32),
    ]


class attn_decode_config_t(ctypes.Structure):
    _fields_ = [
        ("kernel_name", ctypes.c_char_p),
        ("num_qo_heads", ctypes.c_int32),
        ("num_kv_heads", ctypes.c_int32),
        ("head_dim", ctypes.c_int32),
        ("page_size", ctypes.c_int32),
        ("layout", ctypes.c_int32),
        ("dtype", ctypes.c_int32),
        ("kv_dtype", ctypes.c_int32),
        ("max_batch", ctypes.c_int32),
        ("max_work", ctypes.c_int32),
        ("graph_mode", ctypes.c_int32),
        ("min_chunk_tokens", ctypes.c_int32),
        ("device", ctypes.c_int32),
        ("int_workspace", ctypes.c_uint64),
        ("int_workspace_bytes", ctypes.c_size_t),
        ("float_workspace", ctypes.c_uint64),
        ("float_workspace_bytes", ctypes.c_size_t),
        ("want_lse", ctypes.c_int32),
    ]


class attn_decode_args_t(ctypes.Structure):
    _fields_ = [
        ("q", ctypes.c_uint64),
        ("k_cache", ctypes.c_uint64),
        ("v_cache", ctypes.c_uint64),
        ("kv_indptr", ctypes.c_uint64),
        ("kv_indices", ctypes.c_uint64),
        ("kv_last_page_len", ctypes.c_uint64),
        ("o", ctypes.c_uint64),
        ("lse", ctypes.c_uint64),
        ("sm_scale", ctypes.c_float),
    ]


class attn_prefill_config_t(ctypes.Structure):
    _fields_ = [
        ("kernel_name", ctypes.c_char_p),
        ("num_qo_heads", ctypes.c_int32),
        ("num_kv_heads", ctypes.c_int32),
        ("head_dim", ctypes.c_int32),
        ("page_size", ctypes.c_int32),        # 0 = ragged KV
        ("layout", ctypes.c_int32),
        ("dtype", ctypes.c_int32),
        ("kv_dtype", ctypes.c_int32),
        ("want_lse", ctypes.c_int32),
        ("max_batch", ctypes.c_int32),
        ("max_qo_tokens", ctypes.c_int32),
        ("max_work", ctypes.c_int32),
        ("max_partial_rows", ctypes.c_int32),
        ("graph_mode", ctypes.c_int32),
        ("min_chunk_tokens", ctypes.c_int32),
        ("device", ctypes.c_int32),
        ("int_workspace", ctypes.c_uint64),
        ("int_workspace_bytes", ctypes.c_size_t),
        ("float_workspace", ctypes.c_uint64),
        ("float_workspace_bytes", ctypes.c_size_t),
    ]


class attn_prefill_args_t(ctypes.Structure):
    _fields_ = [
        ("q", ctypes.c_uint64),
        ("qo_indptr", ctypes.c_uint64),
        ("k", ctypes.c_uint64),
        ("v", ctypes.c_uint64),
        ("kv_indptr", ctypes.c_uint64),
        ("kv_indices", ctypes.c_uint64),
        ("kv_last_page_len", ctypes.c_uint64),
        ("o", ctypes.c_uint64),
        ("lse", ctypes.c_uint64),
    ]


_status = ctypes.c_int  # enums are int-sized in C
_handle = ctypes.c_void_p
_i32 = ctypes.c_int32
_i32p = ctypes.POINTER(ctypes.c_int32)

# name -> (restype, argtypes)
_PROTOTYPES = {
    "attnGetLastError": (ctypes.c_char_p, []),
    "attnStatusName": (ctypes.c_char_p, [_status]),
    "attnBundleLoad": (_status, [ctypes.c_char_p, ctypes.POINTER(_handle)]),
    "attnBundleFree": (None, [_handle]),
    "attnBundleNumKernels": (_i32, [_handle]),
    "attnBundleGetKernel": (_status, [_handle, _i32, ctypes.POINTER(attn_kernel_info_t)]),
    "attnDecodeWorkspaceSize": (_status, [_i32, _i32, _i32, _i32,
                                          ctypes.POINTER(ctypes.c_size_t),
                                          ctypes.POINTER(ctypes.c_size_t)]),
    "attnDecodeConfigInit": (None, [ctypes.POINTER(attn_decode_config_t)]),
    "attnDecodeCreate": (_status, [_handle, ctypes.POINTER(attn_decode_config_t),
                                   ctypes.POINTER(_handle)]),
    "attnDecodeFree": (None, [_handle]),
    "attnDecodePlan": (_status, [_handle, _i32, ctypes.c_void_p, ctypes.c_void_p,
                                 ctypes.c_void_p, _i32, ctypes.c_void_p]),
    "attnDecodeRun": (_status, [_handle, ctypes.POINTER(attn_decode_args_t), ctypes.c_void_p]),
    "attnDecodeGetPlanInfo": (_status, [_handle, _i32p, _i32p, _i32p, _i32p]),
    "attnPrefillWorkspaceSize": (_status, [_i32, _i32, _i32, _i32, _i32,
                                           ctypes.POINTER(ctypes.c_size_t),
                                           ctypes.POINTER(ctypes.c_size_t)]),
    "attnPrefillConfigInit": (None, [ctypes.POINTER(attn_prefill_config_t)]),
    "attnPrefillCreate": (_status, [_handle, ctypes.POINTER(attn_prefill_config_t),
                                    ctypes.POINTER(_handle)]),
    "attnPrefillFree": (None, [_handle]),
    "attnPrefillGetCapacities": (_status, [_handle, _i32p, _i32p]),
    "attnPrefillPlan": (_status, [_handle, _i32, ctypes.c_void_p, ctypes.c_void_p,
                                  ctypes.c_void_p, ctypes.c_void_p]),
    "attnPrefillRun": (_status, [_handle, ctypes.POINTER(attn_prefill_args_t), ctypes.c_void_p]),
    "attnPrefillGetPlanInfo": (_status, [_handle, _i32p, _i32p, _i32p, _i32p]),
}

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
