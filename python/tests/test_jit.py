"""attn_mlir.jit on a CPU machine: problem keys, the IR of several problems compiled by
attn-compile (--format=ptx, no GPU), the cache across processes and concurrent first use,
and the errors. The compiling tests use $ATTN_MLIR_COMPILER or a build tree's attn-compile and
are skipped without one."""

import json
import logging
import os
import subprocess
import sys

import pytest

from attn_mlir import jit

PYDIR = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
COMPILER = None
try:
    COMPILER = jit.find_compiler()
except ValueError:
    pass
needs_compiler = pytest.mark.skipif(COMPILER is None, reason="attn-compile not found")

LLAMA3_DECODE = dict(num_qo_heads=32, num_kv_heads=8, head_dim=128, dtype="bf16",
                     page_size=16)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv(jit.CACHE_ENV, str(d))
    monkeypatch.setenv(jit.FORMAT_ENV, "ptx")
    monkeypatch.setenv(jit.SM_ENV, "90")
    if COMPILER:
        monkeypatch.setenv(jit.COMPILER_ENV, COMPILER)
    return d


def test_key_is_stable_and_distinguishes_problems():
    p = jit.problem_for("decode", **LLAMA3_DECODE)
    # Fixed across processes and releases of Python: a change here invalidates every cache.
    assert jit.problem_key(p) == jit.problem_key(dict(reversed(list(p.items()))))
    out = subprocess.run([sys.executable, "-c",
                          "from attn_mlir import jit; print(jit.problem_key(jit.problem_for("
                          f"'decode', **{LLAMA3_DECODE!r})))"],
                         cwd=PYDIR, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == jit.problem_key(p)
    keys = {jit.problem_key(jit.problem_for("decode", **{**LLAMA3_DECODE, **kw})) for kw in
            [{}, {"dtype": "f16"}, {"page_size": 1}, {"kv_layout": "HND"},
             {"logits_soft_cap": 50.0}, {"window_left": 4095}, {"return_lse": False},
             {"pos_encoding_mode": "ROPE_LLAMA"}, {"sm_scale": 0.1}]}
    assert len(keys) == 9
    # torch-free dtype spellings agree; rope_theta only counts with RoPE.
    assert jit.problem_for("decode", **{**LLAMA3_DECODE, "dtype": "bfloat16"}) == p
    assert jit.problem_for("decode", **LLAMA3_DECODE, rope_theta=5e5) == p


@pytest.mark.parametrize("kw, msg", [
    (dict(kind="append"), "kind"),
    (dict(dtype="f32"), "dtype"),
    (dict(num_kv_heads=3), "num_qo_heads"),
    (dict(head_dim=0), "head_dim"),
    (dict(page_size=None), "page_size"),
    (dict(kv_layout="NDH"), "kv_layout"),
    (dict(pos_encoding_mode="ALIBI"), "pos_encoding_mode"),
    (dict(mask="custom"), "mask"),
    (dict(window_left=-2), "window_left"),
    (dict(logits_soft_cap=-1.0), "logits_soft_cap"),
    (dict(sm_scale=0.0), "sm_scale"),
])
def test_bad_arguments_name_the_argument(kw, msg):
    args = {**LLAMA3_DECODE, "kind": "decode", **kw}
    with pytest.raises(ValueError, match=msg):
        jit.problem_for(args.pop("kind"), **args)


def test_no_compiler_and_no_bundle_says_what_to_install(cache, monkeypatch, tmp_path):
    monkeypatch.delenv(jit.COMPILER_ENV, raising=False)
    monkeypatch.setattr(jit, "find_compiler", lambda: None)
    p = jit.problem_for("prefill", num_qo_heads=28, num_kv_heads=4, head_dim=128,
                        dtype="f16", causal=True)
    with pytest.raises(jit.CompileError) as e:
        jit.bundle_path(p, 90)
    m = str(e.value)
    assert "prefill_f16_q28kv4_d128_ragged_causal_lse" in m and "sm_90" in m
    assert "attn-compile" in m and "LLVM/MLIR 22" in m and "ATTN_MLIR_COMPILER" in m
    assert str(cache) in m
    assert e.value.problem == p


def test_bad_compiler_env_names_it(monkeypatch, tmp_path):
    monkeypatch.setenv(jit.COMPILER_ENV, str(tmp_path / "nope"))
    with pytest.raises(ValueError, match="ATTN_MLIR_COMPILER"):
        jit.find_compiler()


def test_no_ptxas_says_how_to_compile_ptx(cache, monkeypatch, tmp_path):
    # attn-compile built without a CUDA toolkit, on a machine without ptxas.
    fake = tmp_path / "attn-compile"
    fake.write_text("#!/bin/sh\necho \"attn-compile: error: ptxas not found (looked in '/bin' "
                    "and PATH); pass --toolkit=DIR or --format=ptx\"\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setenv(jit.COMPILER_ENV, str(fake))
    monkeypatch.setenv(jit.FORMAT_ENV, "cubin")
    p = jit.problem_for("decode", **LLAMA3_DECODE)
    with pytest.raises(jit.CompileError) as e:
        jit.bundle_path(p, 90)
    assert "ptxas not found" in str(e.value)
    assert f"set ${jit.FORMAT_ENV}=ptx" in str(e.value)
    # Any other failure gets no such advice.
    fake.write_text("#!/bin/sh\necho 'attn-compile: error: the pipeline failed'\nexit 1\n")
    with pytest.raises(jit.CompileError) as e:
        jit.bundle_path(p, 90)
    assert "the pipeline failed" in str(e.value) and jit.FORMAT_ENV not in str(e.value)


def test_prebuilt_bundle_is_found_first(cache, monkeypatch, tmp_path, caplog):
    monkeypatch.setattr(jit, "find_compiler", lambda: None)
    monkeypatch.setenv(jit.FORMAT_ENV, "cubin")
    monkeypatch.setattr(jit, "PREBUILT_DIR", str(tmp_path / "prebuilt"))
    p = jit.problem_for("decode", **LLAMA3_DECODE)
    d = tmp_path / "prebuilt" / "sm_90" / jit.problem_key(p)
    d.mkdir(parents=True)
    (d / "manifest.json").write_text("{}")
    with caplog.at_level(logging.DEBUG, logger="attn_mlir.jit"):
        assert jit.bundle_path(p, 90) == str(d)
    assert [r.getMessage() for r in caplog.records] == \
        [f"prebuilt {jit._describe(p, 90)}: {d}"]
    # Only for cubin: a prebuilt bundle is never used for --format=ptx.
    monkeypatch.setenv(jit.FORMAT_ENV, "ptx")
    with pytest.raises(jit.CompileError):
        jit.bundle_path(p, 90)


@pytest.mark.parametrize("sm_env, ordinal, expected", [
    (None, 1, {"device": 1}),    # opened for the device: the runtime checks its arch
    (None, None, {}),            # no CUDA device: opened as before
    ("80", 1, {}),               # $ATTN_MLIR_SM: the caller's target, opened without device
])
def test_bundle_opened_for_the_devices_ordinal(monkeypatch, sm_env, ordinal, expected):
    import attn_mlir.bundle
    calls = []
    monkeypatch.setattr(attn_mlir.bundle, "Bundle", lambda path, **kw: calls.append(kw))
    monkeypatch.setattr(jit, "_ordinal", lambda device: ordinal)
    if sm_env is None:
        monkeypatch.delenv(jit.SM_ENV, raising=False)
    else:
        monkeypatch.setenv(jit.SM_ENV, sm_env)
    jit._load("/nonexistent", "cuda:1")
    assert calls == [expected]


def test_sm_from_environment(monkeypatch):
    monkeypatch.setenv(jit.SM_ENV, "80")
    assert jit._sm(None) == 80
    monkeypatch.setenv(jit.SM_ENV, "hopper")
    with pytest.raises(ValueError, match="ATTN_MLIR_SM"):
        jit._sm(None)


PROBLEMS = [
    ("decode", LLAMA3_DECODE),                                                   # Llama-3 8B
    ("decode", dict(num_qo_heads=64, num_kv_heads=8, head_dim=128, dtype="f16",  # 70B, TP=1
                    page_size=16, kv_layout="HND", return_lse=False)),
    ("decode", dict(num_qo_heads=16, num_kv_heads=8, head_dim=256, dtype="bf16",  # Gemma-2
                    page_size=16, logits_soft_cap=50.0, sm_scale=0.0625, window_left=4095)),
    ("prefill", dict(num_qo_heads=28, num_kv_heads=4, head_dim=128, dtype="bf16",  # Qwen2.5
                     causal=True)),
    ("prefill", dict(num_qo_heads=32, num_kv_heads=8, head_dim=128, dtype="bf16",  # Mistral
                     page_size=16, causal=True, window_left=4095,
                     pos_encoding_mode="ROPE_LLAMA", rope_theta=1e6, rope_scale=2.0)),
    ("prefill", dict(num_qo_heads=32, num_kv_heads=8, head_dim=128, dtype="f16",
                     page_size=1, mask="custom")),
    ("ops", dict(num_qo_heads=32, num_kv_heads=8, head_dim=128, dtype="bf16", page_size=16,
                 llama3={"factor": 8.0})),
]


@needs_compiler
@pytest.mark.parametrize("kind, kw", PROBLEMS, ids=[f"{k}{i}" for i, (k, _) in
                                                   enumerate(PROBLEMS)])
def test_problem_ir_compiles(cache, kind, kw):
    p = jit.problem_for(kind, **kw)
    d = jit.bundle_path(p, 90)
    with open(os.path.join(d, "manifest.json")) as f:
        kernels = json.load(f)["kernels"]
    assert kernels
    with open(os.path.join(d, "problem.json")) as f:
        assert json.load(f)["problem"] == p
    if kind == "ops":
        names = {k["name"] for k in kernels}
        assert {"append_append_kv", "rope_rope", "merge_state_merge_state",
                "merge_states_merge_states"} <= names
    else:
        v = kernels[0]["variant"]
        assert v["num_qo_heads"] == kw["num_qo_heads"] and v["head_dim"] == kw["head_dim"]
        assert v["dtype"] == kw["dtype"] and v["return_lse"] == kw.get("return_lse", True)
        assert v["kv_format"] == ("paged" if kw.get("page_size") else "ragged")
        if "logits_soft_cap" in kw:
            assert v["logits_soft_cap"] == kw["logits_soft_cap"]
            assert v["sm_scale"] == kw["sm_scale"] and v["window_left"] == kw["window_left"]


@needs_compiler
def test_log_tells_a_compilation_from_a_cache_hit(cache, monkeypatch, caplog):
    """The attn_mlir.jit log is how a caller (and scripts/check_wheel.sh --with-compiler)
    tells that a bundle was compiled or found: INFO records for a compilation, one DEBUG
    "cached" record and no attn-compile run for a hit."""
    p = jit.problem_for("decode", **{**LLAMA3_DECODE, "num_qo_heads": 8, "num_kv_heads": 2})
    with caplog.at_level(logging.DEBUG, logger="attn_mlir.jit"):
        d = jit.bundle_path(p, 90)
    msgs = [(r.levelno, r.getMessage()) for r in caplog.records]
    assert msgs[0] == (logging.INFO, f"compiling {jit._describe(p, 90)} with {COMPILER}")
    assert msgs[1][0] == logging.INFO and msgs[1][1].startswith(
        f"compiled {jit._describe(p, 90)} in ") and msgs[1][1].endswith(f" s: {d}")
    assert len(msgs) == 2
    caplog.clear()

    def no_compile(*a, **kw):
        raise AssertionError(f"attn-compile ran on a cache hit: {a}")
    monkeypatch.setattr(jit.subprocess, "run", no_compile)
    with caplog.at_level(logging.DEBUG, logger="attn_mlir.jit"):
        assert jit.bundle_path(p, 90) == d
    assert [(r.levelno, r.getMessage()) for r in caplog.records] == \
        [(logging.DEBUG, f"cached {jit._describe(p, 90)}: {d}")]


_CHILD = """
import json, sys, time
from attn_mlir import jit
t = time.time()
d = jit.bundle_path(jit.problem_for("decode", **json.loads(sys.argv[1])), 90)
print(json.dumps({"dir": d, "s": time.time() - t}))
"""


def _child(kw, env):
    return subprocess.Popen([sys.executable, "-c", _CHILD, json.dumps(kw)], cwd=PYDIR, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _result(proc):
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    return json.loads(out)


@needs_compiler
def test_second_process_hits_the_cache(cache):
    env = dict(os.environ)
    kw = {**LLAMA3_DECODE, "kv_layout": "HND", "page_size": 64}
    first = _result(_child(kw, env))
    mtime = os.stat(os.path.join(first["dir"], "manifest.json")).st_mtime_ns
    second = _result(_child(kw, env))
    assert second["dir"] == first["dir"]
    assert os.stat(os.path.join(second["dir"], "manifest.json")).st_mtime_ns == mtime
    assert first["dir"].startswith(str(cache))
    # Without the compiler the cached build is still found.
    env2 = {**env, jit.COMPILER_ENV: ""}
    env2["PATH"] = "/nonexistent"
    p = subprocess.run([sys.executable, "-c",
                        "import json,sys; from attn_mlir import jit; jit.find_compiler = "
                        "lambda: None; print(jit.bundle_path(jit.problem_for('decode', "
                        "**json.loads(sys.argv[1])), 90))", json.dumps(kw)],
                       cwd=PYDIR, env=env2, capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == first["dir"]
    jit.clear_cache()
    assert not os.path.exists(cache)


@needs_compiler
def test_concurrent_first_use_compiles_once(cache):
    env = dict(os.environ)
    kw = {**LLAMA3_DECODE, "num_qo_heads": 16, "dtype": "f16"}
    procs = [_child(kw, env) for _ in range(3)]
    dirs = {_result(p)["dir"] for p in procs}
    assert len(dirs) == 1
    root = os.path.dirname(dirs.pop())
    # One bundle, no temporary directories left behind.
    assert [n for n in os.listdir(root) if not n.endswith(".lock")] == \
        [os.path.basename(d) for d in [n for n in os.listdir(root) if not n.startswith(".")]]
    assert len([n for n in os.listdir(root) if not n.startswith(".")]) == 1
