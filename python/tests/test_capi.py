"""Tests of the ctypes layer that need neither torch nor a GPU.

Those that need the library use $ATTN_RT_LIBRARY (skipped when it is unset); the struct layout
test compiles a C program against include/attn-rt/attn_rt.h (skipped without a C compiler).
"""

import ctypes
import json
import os
import shutil
import subprocess

import pytest

from attn_mlir import _capi
import attn_mlir

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
HEADER_DIR = os.path.join(REPO, "include")

needs_lib = pytest.mark.skipif(not os.environ.get(_capi.LIBRARY_ENV),
                               reason=f"${_capi.LIBRARY_ENV} is not set")


@pytest.fixture
def fresh_loader(monkeypatch):
    """Forget any loaded library so each test sees its own search."""
    monkeypatch.setattr(_capi, "_lib", None)
    monkeypatch.setattr(_capi, "_lib_path", None)
    yield


def test_import_without_library(fresh_loader, monkeypatch):
    # Importing the package must not need the library.
    monkeypatch.delenv(_capi.LIBRARY_ENV, raising=False)
    assert attn_mlir.runtime_library_path() is None


def test_missing_library_names_every_candidate(fresh_loader, monkeypatch, tmp_path):
    missing = str(tmp_path / "nope" / "libattn_rt.so")
    monkeypatch.setenv(_capi.LIBRARY_ENV, missing)
    monkeypatch.setattr(_capi, "__file__", str(tmp_path / "pkg" / "_capi.py"))
    with pytest.raises(attn_mlir.LibraryNotFoundError) as e:
        _capi.load_library()
    msg = str(e.value)
    assert missing in msg and "$ATTN_RT_LIBRARY" in msg
    assert str(tmp_path / "pkg" / "libattn_rt.so") in msg
    assert "attn_rt_shared" in msg


def test_not_a_library(fresh_loader, tmp_path):
    bogus = tmp_path / "libattn_rt.so"
    bogus.write_text("not an ELF file")
    with pytest.raises(attn_mlir.LibraryNotFoundError, match="libattn_rt.so \\(argument\\)"):
        _capi.load_library(str(bogus))


def test_library_without_c_api(fresh_loader):
    import ctypes.util
    libc = ctypes.util.find_library("m")
    path = None
    for d in ("/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib64", "/usr/lib64"):
        if libc and os.path.exists(os.path.join(d, libc)):
            path = os.path.join(d, libc)
            break
    if path is None:
        pytest.skip("libm not found by path")
    with pytest.raises(attn_mlir.LibraryNotFoundError, match="missing C API symbols attnGetLastError"):
        _capi.load_library(path)


_STRUCTS = {"attn_kernel_info_t": _capi.attn_kernel_info_t,
            "attn_decode_config_t": _capi.attn_decode_config_t,
            "attn_decode_args_t": _capi.attn_decode_args_t,
            "attn_prefill_config_t": _capi.attn_prefill_config_t,
            "attn_prefill_args_t": _capi.attn_prefill_args_t,
            "attn_cascade_level_config_t": _capi.attn_cascade_level_config_t,
            "attn_cascade_config_t": _capi.attn_cascade_config_t,
            "attn_cascade_level_plan_t": _capi.attn_cascade_level_plan_t,
            "attn_cascade_level_args_t": _capi.attn_cascade_level_args_t,
            "attn_cascade_args_t": _capi.attn_cascade_args_t}


def _layout_program():
    """A C program printing offset and size of every ctypes field and each struct's size as
    JSON: a field the header lacks fails to compile, one ctypes lacks changes the size."""
    lines = ['#include <stdio.h>', '#include <stddef.h>', '#include "attn-rt/attn_rt.h"',
             '#define F(T, f) printf("\\"%s.%s\\": [%zu, %zu],\\n", #T, #f, '
             'offsetof(T, f), sizeof(((T*)0)->f))',
             'int main(void) {', '  printf("{\\n");']
    for sname, s in _STRUCTS.items():
        lines += [f"  F({sname}, {f});" for f, _ in s._fields_]
        lines.append(f'  printf("\\"sizeof.{sname}\\": [0, %zu],\\n", sizeof({sname}));')
    lines += ['  printf("\\"sizeof.attn_status_t\\": [0, %zu]\\n}\\n", sizeof(attn_status_t));',
              '  return 0;', '}']
    return "\n".join(lines) + "\n"


def test_struct_layout_matches_header(tmp_path):
    cc = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    if cc is None:
        pytest.skip("no C compiler")
    src = tmp_path / "layout.c"
    src.write_text(_layout_program())
    exe = tmp_path / "layout"
    subprocess.run([cc, "-std=c99", "-I", HEADER_DIR, str(src), "-o", str(exe)], check=True)
    want = json.loads(subprocess.run([str(exe)], check=True, capture_output=True,
                                     text=True).stdout)
    structs = _STRUCTS
    for key, (off, size) in want.items():
        sname, field = key.split(".")
        if sname == "sizeof":
            if field == "attn_status_t":
                assert ctypes.sizeof(_capi._status) == size
            else:
                assert ctypes.sizeof(structs[field]) == size, field
            continue
        desc = getattr(structs[sname], field)
        assert (desc.offset, desc.size) == (off, size), key


def test_status_codes_match_header():
    text = open(os.path.join(HEADER_DIR, "attn-rt", "attn_rt.h")).read()
    for name in ("SUCCESS", "ERROR_INVALID_ARGUMENT", "ERROR_PARSE", "ERROR_NOT_FOUND",
                 "ERROR_IO", "ERROR_DRIVER_UNAVAILABLE", "ERROR_DRIVER", "ERROR_CAPACITY",
                 "ERROR_MISMATCH", "ERROR_NOT_READY", "ERROR_INTERNAL", "LAYOUT_NHD",
                 "LAYOUT_HND", "DTYPE_BF16", "DTYPE_F16", "ROLE_ATTENTION", "ROLE_MERGE",
                 "MASK_NONE", "MASK_CAUSAL", "MASK_SLIDING_WINDOW", "MASK_CUSTOM",
                 "MASK_BLOCK_SPARSE"):
        assert f"ATTN_{name} = {getattr(_capi, name)}" in text, name
    for name, bit in _capi.OPERAND_BITS.items():
        assert f"#define ATTN_OPERAND_{name.upper()} {bit:#x}u" in text, name
        assert name in dict(_capi.attn_prefill_args_t._fields_), name
    assert f"#define ATTN_OPERAND_ADVANCE_OFFSET {_capi.OPERAND_ADVANCE_OFFSET:#x}u" in text
    for args_t in (_capi.attn_sampler_args_t, _capi.attn_spec_sampler_args_t):
        assert "advance_offset" in dict(args_t._fields_), args_t


def test_every_header_function_is_bound():
    import re
    text = "".join(open(os.path.join(HEADER_DIR, "attn-rt", h)).read()
                   for h in ("attn_rt.h", "attn_rt_cascade.h"))
    declared = set(re.findall(r"\b(attn[A-Z]\w*)\s*\(", text))
    assert declared == set(_capi._PROTOTYPES), declared ^ set(_capi._PROTOTYPES)


@needs_lib
def test_load_from_env(fresh_loader):
    _capi.load_library()
    assert attn_mlir.runtime_library_path() == os.path.abspath(os.environ[_capi.LIBRARY_ENV])
    assert _capi.status_name(_capi.ERROR_CAPACITY) == "capacity_exceeded"


@needs_lib
def test_bundle_missing_manifest(fresh_loader, tmp_path):
    with pytest.raises(attn_mlir.AttnError) as e:
        attn_mlir.Bundle(tmp_path)
    assert e.value.status in (_capi.ERROR_IO, _capi.ERROR_NOT_FOUND)
    assert "manifest.json" in str(e.value)


@needs_lib
def test_bundle_bad_manifest_names_field(fresh_loader, tmp_path):
    (tmp_path / "manifest.json").write_text(json.dumps(
        {"format": "attn-bundle", "version": 2, "arch": "sm_90a", "kernels": []}))
    with pytest.raises(attn_mlir.AttnError) as e:
        attn_mlir.Bundle(tmp_path)
    assert e.value.status == _capi.ERROR_PARSE
    assert "version" in e.value.message


@needs_lib
def test_multiarch_bundle_bad_index_names_field(fresh_loader, tmp_path):
    # A multi-arch index is validated before any device is queried (no GPU needed).
    (tmp_path / "manifest.json").write_text(json.dumps(
        {"format": "attn-multiarch-bundle", "version": 1,
         "bundles": [{"arch": "sm_80", "directory": "../x"}]}))
    with pytest.raises(attn_mlir.AttnError) as e:
        attn_mlir.Bundle(tmp_path)
    assert e.value.status == _capi.ERROR_PARSE
    assert "bundles[0].directory: '../x' is not a plain subdirectory name" in e.value.message


def test_bundle_directory_missing(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        attn_mlir.Bundle(tmp_path / "absent")


@needs_lib
def test_workspace_size(fresh_loader):
    from attn_mlir.decode import BatchDecode
    ib, fb = BatchDecode.workspace_size(4, 8, 32, 128)
    # RUNTIME.md: a 32-word header, the work arrays and merge_indptr (at least); float
    # workspace: tmp_o f32 [max_work, Hq, D] and tmp_lse f32 [max_work, Hq].
    assert ib >= 4 * (32 + 4 * 8 + 5) and ib % 4 == 0
    assert fb >= 4 * (8 * 32 * 128 + 8 * 32)
    with pytest.raises(attn_mlir.AttnError):
        BatchDecode.workspace_size(-1, 8, 32, 128)


@needs_lib
def test_prefill_workspace_size(fresh_loader):
    from attn_mlir.prefill import BatchPrefill
    # attn_rt.h: the int workspace holds 6 arrays of max_work work items and merge_indptr
    # [max_qo_tokens + 1]; the float one f32 tmp_o [rows, Hq, D] and tmp_lse [rows, Hq].
    ib, fb = BatchPrefill.workspace_size(1024, 64, 0, 32, 128)
    assert ib >= 4 * (6 * 64 + 1025) and fb == 0
    ib2, fb2 = BatchPrefill.workspace_size(1024, 64, 256, 32, 128)
    assert ib2 >= ib and fb2 >= 4 * (256 * 32 * 128 + 256 * 32)
    with pytest.raises(attn_mlir.AttnError):
        BatchPrefill.workspace_size(1024, 0, 0, 32, 128)
