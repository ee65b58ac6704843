"""The ctypes layer of the append-KV, RoPE and merge C API, without torch or a GPU: struct layouts
against attn_rt.h (compiled with the system C compiler), enum values, and argument errors
through the library ($ATTN_RT_LIBRARY; skipped when unset)."""

import ctypes
import json
import os
import shutil
import subprocess

import pytest

from attn_mlir import _capi

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
HEADER_DIR = os.path.join(REPO, "include")
STRUCTS = {"attn_append_kv_config_t": _capi.attn_append_kv_config_t,
           "attn_append_kv_args_t": _capi.attn_append_kv_args_t,
           "attn_rope_config_t": _capi.attn_rope_config_t,
           "attn_rope_args_t": _capi.attn_rope_args_t,
           "attn_merge_config_t": _capi.attn_merge_config_t,
           "attn_merge_args_t": _capi.attn_merge_args_t,
           "attn_sampler_config_t": _capi.attn_sampler_config_t,
           "attn_sampler_args_t": _capi.attn_sampler_args_t,
           "attn_spec_sampler_config_t": _capi.attn_spec_sampler_config_t,
           "attn_spec_sampler_args_t": _capi.attn_spec_sampler_args_t}

needs_lib = pytest.mark.skipif(not os.environ.get(_capi.LIBRARY_ENV),
                               reason=f"${_capi.LIBRARY_ENV} is not set")


def test_struct_layouts_match_header(tmp_path):
    cc = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    if cc is None:
        pytest.skip("no C compiler")
    lines = ['#include <stdio.h>', '#include <stddef.h>', '#include "attn-rt/attn_rt.h"',
             'int main(void) {', '  printf("{");']
    for sname, s in STRUCTS.items():
        for f, _ in s._fields_:
            lines.append(f'  printf("\\"{sname}.{f}\\": [%zu, %zu], ", offsetof({sname}, {f}), '
                         f'sizeof((({sname}*)0)->{f}));')
        lines.append(f'  printf("\\"{sname}.sizeof\\": [0, %zu], ", sizeof({sname}));')
    lines += ['  printf("\\"end\\": [0, 0]}\\n");', '  return 0;', '}']
    src = tmp_path / "layout.c"
    src.write_text("\n".join(lines) + "\n")
    exe = tmp_path / "layout"
    subprocess.run([cc, "-std=c99", "-I", HEADER_DIR, str(src), "-o", str(exe)], check=True)
    want = json.loads(subprocess.run([str(exe)], check=True, capture_output=True,
                                     text=True).stdout)
    del want["end"]
    for key, (off, size) in want.items():
        sname, field = key.split(".")
        if field == "sizeof":
            assert ctypes.sizeof(STRUCTS[sname]) == size, sname
        else:
            desc = getattr(STRUCTS[sname], field)
            assert (desc.offset, desc.size) == (off, size), key


def test_enums_match_header():
    text = open(os.path.join(HEADER_DIR, "attn-rt", "attn_rt.h")).read()
    for name in ("ROLE_KERNEL", "ROPE_LLAMA", "ROPE_LLAMA3", "MERGE_STATE", "MERGE_STATES",
                 "DTYPE_F32"):
        assert f"ATTN_{name} = {getattr(_capi, name)}" in text, name
    assert _capi.ROLE_NAMES[_capi.ROLE_KERNEL] == "kernel"


@needs_lib
def test_argument_errors_through_the_library():
    lib = _capi.load_library()
    cfg = _capi.attn_rope_config_t()
    lib.attnRopeConfigInit(ctypes.byref(cfg))
    assert (cfg.kind, cfg.theta, cfg.original_max_position) == (_capi.ROPE_LLAMA, 1e4, 8192)
    handle = ctypes.c_void_p()
    with pytest.raises(_capi.AttnError, match="bundle is null") as e:
        _capi.check("attnRopeCreate", lib.attnRopeCreate(None, ctypes.byref(cfg),
                                                         ctypes.byref(handle)))
    assert e.value.status == _capi.ERROR_INVALID_ARGUMENT
    args = _capi.attn_append_kv_args_t(num_rows=-1)
    with pytest.raises(_capi.AttnError, match="append is null"):
        _capi.check("attnAppendKVRun", lib.attnAppendKVRun(None, ctypes.byref(args), None))
    acfg = _capi.attn_append_kv_config_t()
    lib.attnAppendKVConfigInit(ctypes.byref(acfg))
    assert (acfg.layout, acfg.dtype) == (_capi.LAYOUT_NHD, _capi.DTYPE_BF16)
    mcfg = _capi.attn_merge_config_t()
    lib.attnMergeConfigInit(ctypes.byref(mcfg))
    assert (mcfg.form, mcfg.dtype, mcfg.state_dtype, mcfg.write_lse) == (
        _capi.MERGE_STATE, _capi.DTYPE_BF16, _capi.DTYPE_BF16, 1)
    with pytest.raises(_capi.AttnError, match="merge is null"):
        _capi.check("attnMergeRun", lib.attnMergeRun(None, ctypes.byref(
            _capi.attn_merge_args_t()), None))


@needs_lib
def test_spec_sampler_errors_through_the_library():
    lib = _capi.load_library()
    cfg = _capi.attn_spec_sampler_config_t()
    lib.attnSpecSamplerConfigInit(ctypes.byref(cfg))
    assert (cfg.kernel_name, cfg.dtype, cfg.device) == (None, _capi.DTYPE_F32, 0)
    handle = ctypes.c_void_p()
    with pytest.raises(_capi.AttnError, match="bundle is null") as e:
        _capi.check("attnSpecSamplerCreate", lib.attnSpecSamplerCreate(
            None, ctypes.byref(cfg), ctypes.byref(handle)))
    assert e.value.status == _capi.ERROR_INVALID_ARGUMENT
    args = _capi.attn_spec_sampler_args_t(num_rows=2, num_spec=4, vocab=100)
    with pytest.raises(_capi.AttnError, match="spec_sampler is null"):
        _capi.check("attnSpecSamplerRun", lib.attnSpecSamplerRun(None, ctypes.byref(args), None))
