"""Multi-level (cascade) attention without a GPU: the C API's argument errors through the library
($ATTN_RT_LIBRARY; skipped when unset), the FlashInfer wrapper's signature and its
NotImplementedError / ValueError paths, and MultiLevelCascade's level checks (torch needed for
those; skipped without it). Struct layouts are checked in test_capi.py."""

import ctypes
import inspect
import os

import pytest

from attn_mlir import _capi
from attn_mlir import flashinfer as fi

needs_lib = pytest.mark.skipif(not os.environ.get(_capi.LIBRARY_ENV),
                               reason=f"${_capi.LIBRARY_ENV} is not set")


def _error(call, *args):
    lib = _capi.load_library()
    st = getattr(lib, call)(*args)
    return st, _capi.last_error()


@needs_lib
def test_scratch_size_and_bad_sizes():
    lib = _capi.load_library()
    b = ctypes.c_size_t()
    assert lib.attnCascadeScratchSize(4, 32, 128, _capi.DTYPE_BF16, ctypes.byref(b)) == 0
    assert b.value == 4 * 32 * 128 * 2 + 3 * 512
    st, msg = _error("attnCascadeScratchSize", 0, 32, 128, _capi.DTYPE_BF16, ctypes.byref(b))
    assert st == _capi.ERROR_INVALID_ARGUMENT
    assert msg == "max_qo_tokens (0) is out of range [1, 16777216]"
    st, msg = _error("attnCascadeScratchSize", 4, 32, 128, _capi.DTYPE_F32, ctypes.byref(b))
    assert st == _capi.ERROR_INVALID_ARGUMENT and "dtype (2)" in msg


@needs_lib
@pytest.mark.parametrize("levels,message", [
    (0, "num_levels (0) is out of range [1, 8]"),
    (9, "num_levels (9) is out of range [1, 8]"),
    (2, "level 0: bundle is null"),
])
def test_create_names_the_bad_field(levels, message):
    lib = _capi.load_library()
    cfg = _capi.attn_cascade_config_t()
    lib.attnCascadeConfigInit(ctypes.byref(cfg))
    cfg.num_levels = levels
    for i in range(min(levels, _capi.CASCADE_MAX_LEVELS)):
        cfg.levels[i].max_batch = 1
    cfg.max_qo_tokens = 1
    handle = ctypes.c_void_p()
    st, msg = _error("attnCascadeCreate", ctypes.byref(cfg), ctypes.byref(handle))
    assert st == _capi.ERROR_INVALID_ARGUMENT
    assert msg == message
    assert handle.value is None


@needs_lib
def test_null_handles():
    st, msg = _error("attnCascadePlan", None, 1, None, None)
    assert (st, msg) == (_capi.ERROR_INVALID_ARGUMENT, "cascade is null")
    st, msg = _error("attnCascadeRun", None, None, None)
    assert (st, msg) == (_capi.ERROR_INVALID_ARGUMENT, "cascade is null")
    st, msg = _error("attnCascadeGetLevelInfo", None, 0, None, None, None, None, None)
    assert (st, msg) == (_capi.ERROR_INVALID_ARGUMENT, "cascade is null")


# FlashInfer 0.5.3's MultiLevelCascadeAttentionWrapper (flashinfer/cascade.py).
FI_INIT = ["self", "num_levels", "float_workspace_buffer", "kv_layout", "use_cuda_graph",
           "qo_indptr_buf_arr", "paged_kv_indptr_buf_arr", "paged_kv_indices_buf_arr",
           "paged_kv_last_page_len_buf_arr"]
FI_PLAN = ["self", "qo_indptr_arr", "paged_kv_indptr_arr", "paged_kv_indices_arr",
           "paged_kv_last_page_len", "num_qo_heads", "num_kv_heads", "head_dim", "page_size",
           "causal", "pos_encoding_mode", "use_fp16_qk_reduction", "sm_scale", "window_left",
           "logits_soft_cap", "rope_scale", "rope_theta", "q_data_type", "kv_data_type"]
FI_RUN = ["self", "q", "paged_kv_cache"]


def test_wrapper_signature_is_flashinfers():
    W = fi.MultiLevelCascadeAttentionWrapper
    for fn, want in ((W.__init__, FI_INIT), (W.plan, FI_PLAN), (W.run, FI_RUN)):
        assert list(inspect.signature(fn).parameters) == want
    d = {n: p.default for n, p in inspect.signature(W.plan).parameters.items()}
    assert (d["causal"], d["pos_encoding_mode"], d["window_left"], d["q_data_type"]) == \
        (False, "NONE", -1, "float16")
    assert W.begin_forward is W.plan and W.forward is W.run
    assert "MultiLevelCascadeAttentionWrapper" in fi.__all__


@pytest.fixture
def torch():
    return pytest.importorskip("torch")


def _wrapper(torch, levels=2, **kw):
    return fi.MultiLevelCascadeAttentionWrapper(levels, torch.empty(8, dtype=torch.uint8), **kw)


@pytest.mark.parametrize("kw,name", [
    (dict(pos_encoding_mode="ROPE_LLAMA"), "pos_encoding_mode"),
    (dict(pos_encoding_mode="ALIBI"), "pos_encoding_mode"),
    (dict(window_left=127), "window_left"),
    (dict(use_fp16_qk_reduction=True), "use_fp16_qk_reduction"),
    (dict(q_data_type="float32"), "q_data_type"),
])
def test_wrapper_plan_unsupported(torch, kw, name):
    w = _wrapper(torch)
    with pytest.raises(NotImplementedError, match=name):
        w.plan([[0, 2], [0, 1, 2]], [[0, 1], [0, 1, 2]], [[0], [1, 2]], [[16], [3, 4]],
               32, 8, 128, 16, **kw)


def test_wrapper_levels_and_graph_buffers(torch):
    with pytest.raises(NotImplementedError, match="num_levels=9"):
        _wrapper(torch, 9)
    with pytest.raises(NotImplementedError, match="num_levels=0"):
        _wrapper(torch, 0)
    with pytest.raises(ValueError, match="qo_indptr_buf_arr with 2 buffers"):
        _wrapper(torch, 2, use_cuda_graph=True)
    w = _wrapper(torch)
    with pytest.raises(ValueError, match="qo_indptr_arr: expected a list of 2 tensors"):
        w.plan([[0, 2]], [[0, 1]], [[0]], [[16]], 32, 8, 128, 16)
    with pytest.raises(RuntimeError, match="before plan"):
        w.run(None, None)


def test_cascade_level_checks(torch):
    from attn_mlir import CascadeLevel, MultiLevelCascade
    import types
    bundle = types.SimpleNamespace(prefill_kernels=lambda: [], decode_kernels=lambda: [],
                                   kernels=())
    with pytest.raises(ValueError, match="expected 1 to 8 levels, got 0"):
        MultiLevelCascade([], max_qo_tokens=4)
    with pytest.raises(ValueError, match="levels\\[0\\].kind must be 'prefill' or 'decode'"):
        MultiLevelCascade([CascadeLevel(bundle, "append")], max_qo_tokens=4)
    with pytest.raises(ValueError, match="levels\\[1\\].max_batch must be a positive"):
        MultiLevelCascade([CascadeLevel(bundle), CascadeLevel(bundle, max_batch=0)],
                          max_qo_tokens=4, merge_bundle=bundle)
    with pytest.raises(TypeError, match="merge_bundle: 2 levels need"):
        MultiLevelCascade([CascadeLevel(bundle), CascadeLevel(bundle)], max_qo_tokens=4)
    with pytest.raises(TypeError, match="levels\\[0\\]: expected a CascadeLevel"):
        MultiLevelCascade([bundle], max_qo_tokens=4)
    with pytest.raises(ValueError, match="num_qo_heads is not given"):
        MultiLevelCascade([CascadeLevel(bundle)], max_qo_tokens=4)


def test_cascade_ir_composes_levels_and_merges():
    from attn_mlir import _irgen
    ir = _irgen.cascade_ir("c", dtype="bf16", num_qo_heads=32, num_kv_heads=8, head_dim=128,
                           page_size=16, levels=("prefill", "prefill", "decode"), causal=True)
    assert ir.count("attn.attention") == 3 and ir.count("attn.paged_kv k(") == 3
    assert ir.count("attn.merge_state") == 2
    # Level 0 writes o directly; the merges alternate the two lse buffers and end in %lse.
    lines = [ln for ln in ir.splitlines() if "attn.attention" in ln or "merge_state" in ln]
    assert "outs(%o : " in lines[0] and "%lse_a" in lines[0]
    assert "outs(%o, %lse_b" in lines[2] and "outs(%o, %lse :" in lines[4]
    # causal masks the last level only, and only a prefill one; decode levels carry
    # max_qo_len = 1.
    assert "#attn.mask<causal>" not in ir and "max_qo_len = 1" in lines[3]
    two = _irgen.cascade_ir("c", dtype="f16", num_qo_heads=8, num_kv_heads=1, head_dim=64,
                            page_size=1, levels=("prefill", "prefill"), causal=True)
    att = [ln for ln in two.splitlines() if "attn.attention" in ln]
    assert "#attn.mask<none>" in att[0] and "#attn.mask<causal>" in att[1]
    one = _irgen.cascade_ir("c", dtype="bf16", num_qo_heads=32, num_kv_heads=8, head_dim=128,
                            page_size=16, levels=("decode",))
    assert "merge_state" not in one and "%lse_a" not in one
    with pytest.raises(ValueError, match="levels"):
        _irgen.cascade_ir("c", dtype="bf16", num_qo_heads=32, num_kv_heads=8, head_dim=128,
                          page_size=16, levels=("append",))
    with pytest.raises(ValueError, match="levels"):
        _irgen.cascade_ir("c", dtype="bf16", num_qo_heads=32, num_kv_heads=8, head_dim=128,
                          page_size=16, levels=("prefill",) * 9)
