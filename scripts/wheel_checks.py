"""The checks scripts/check_wheel.sh runs with the venv's python, from outside the source tree
and in a clean environment (no ATTN_* variables, no PYTHONPATH, HOME in the work directory).

    python wheel_checks.py runtime
    python wheel_checks.py compiler WHEEL_FILES STATE EXPECT_PREBUILT(0|1)
    python wheel_checks.py cached STATE
    python wheel_checks.py no-compiler STATE

runtime: the installed package imports and opens its libattn_rt.so; a GPU op without PyTorch
fails with a clear error. compiler: attn_mlir/bin/attn-compile is packaged and is the compiler
jit finds; the prebuilt bundles (when expected, or present) are all packaged and one is served
without compiling; a problem not prebuilt is compiled into the default cache. cached: a second
process finds that bundle in the cache without compiling (the attn_mlir.jit log says so and
attn-compile is not run). no-compiler: with the packaged compiler gone, the cached and the
prebuilt bundles are still found. STATE is a JSON file the compiler step writes for the others.
"""

import json
import logging
import os
import subprocess
import sys
import time

# A problem no model of jit.PREBUILT_MODELS has: compiled on demand (sm 90, no GPU here).
FRESH = dict(num_qo_heads=12, num_kv_heads=4, head_dim=64, page_size=16, dtype="bf16")


def _package():
    import attn_mlir
    pkg = os.path.dirname(attn_mlir.__file__)
    assert os.path.realpath(pkg).startswith(os.path.realpath(sys.prefix) + os.sep) and \
        "site-packages" in pkg, \
        f"attn_mlir imported from {pkg}, not from the venv {sys.prefix}"
    leaked = sorted(k for k in os.environ if k.startswith("ATTN_") and k != "ATTN_MLIR_SM")
    assert not leaked and "PYTHONPATH" not in os.environ, f"environment not clean: {leaked}"
    return attn_mlir, pkg


class _Log(logging.Handler):
    """Collects the attn_mlir.jit records: (level name, message)."""

    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records = []
        log = logging.getLogger("attn_mlir.jit")
        log.setLevel(logging.DEBUG)
        log.addHandler(self)

    def emit(self, record):
        self.records.append((record.levelname, record.getMessage()))

    def take(self):
        out, self.records = self.records, []
        return out


def _expect(log, records):
    got = log.take()
    assert got == records, f"attn_mlir.jit log: {got}, expected {records}"


def _timed(f, *args, **kw):
    t = time.monotonic()
    r = f(*args, **kw)
    return r, time.monotonic() - t


def runtime():
    attn_mlir, pkg = _package()
    lib = attn_mlir.load_library()
    assert lib._name == os.path.join(pkg, "libattn_rt.so"), lib._name
    assert attn_mlir.runtime_library_path() == os.path.join(pkg, "libattn_rt.so")
    from attn_mlir import jit
    assert jit.cache_dir() == os.path.join(os.path.expanduser("~"), ".cache", "attn-mlir")
    # A GPU op on a machine without PyTorch: a clear ImportError naming the op, not a crash.
    try:
        import torch  # noqa: F401
    except ImportError:
        try:
            attn_mlir.AppendPagedKV(None)
        except ImportError as e:
            print("GPU op error:", e)
            assert "AppendPagedKV" in str(e) and "PyTorch" in str(e), e
        else:
            raise AssertionError("AppendPagedKV without torch did not fail")
    print("import attn_mlir: OK from", pkg)


def _check_prebuilt(jit, pkg, files, expect, log):
    """Every prebuilt bundle is packaged (no more, no less); one is served as is."""
    present = os.path.isdir(jit.PREBUILT_DIR)
    if expect and not present:
        raise AssertionError("a CUDA toolkit was found but the wheel has no attn_mlir/prebuilt/")
    if not present:
        print("prebuilt bundles: none (no CUDA toolkit when the wheel was built)")
        return False
    want = {f"sm_{sm}/{jit.problem_key(p)}" for sm in jit.PREBUILT_SMS
            for p in jit.prebuilt_problems()}
    have = {f"{sm}/{k}" for sm in os.listdir(jit.PREBUILT_DIR)
            for k in os.listdir(os.path.join(jit.PREBUILT_DIR, sm))}
    assert have == want, f"prebuilt: missing {sorted(want - have)}, stale {sorted(have - want)}"
    for d in sorted(want):
        assert f"attn_mlir/prebuilt/{d}/manifest.json" in files, f"{d}: not in the wheel"
        assert any(n.startswith(f"attn_mlir/prebuilt/{d}/") and n.endswith(".cubin")
                   for n in files), f"{d}: no cubin in the wheel"
    model = dict(jit.PREBUILT_MODELS["llama3-8b"], page_size=16)
    b = jit.bundle_for("decode", **model)
    p = jit.problem_for("decode", **model)
    assert b.directory == os.path.join(pkg, "prebuilt", "sm_90", jit.problem_key(p))
    _expect(log, [("DEBUG", f"prebuilt {jit._describe(p, 90)}: {b.directory}")])
    assert b.arch == "sm_90a", b.arch
    assert not os.path.exists(jit.cache_dir()), "a prebuilt bundle wrote into the cache"
    print(f"prebuilt bundles: {len(want)} packaged; llama3-8b decode served from {b.directory}")
    return True


def compiler(files_txt, state, expect_prebuilt):
    _, pkg = _package()
    log = _Log()
    from attn_mlir import jit
    with open(files_txt) as f:
        files = {line.split()[0] for line in f if line.strip()}
    cc = os.path.join(pkg, "bin", "attn-compile")
    assert "attn_mlir/bin/attn-compile" in files, "attn_mlir/bin/attn-compile is not in the wheel"
    assert jit.find_compiler() == cc, f"jit finds {jit.find_compiler()}, not {cc}"
    version = subprocess.run([cc, "--version"], capture_output=True, text=True, check=True)
    print(f"compiler: {cc} ({version.stdout.split(chr(10))[0].strip()})")
    cache = os.path.join(os.path.expanduser("~"), ".cache", "attn-mlir")
    assert jit.cache_dir() == cache, jit.cache_dir()
    cubin = _check_prebuilt(jit, pkg, files, expect_prebuilt == "1", log)
    # Without ptxas (no toolkit at build time) attn-compile can only write PTX.
    fmt = "cubin" if cubin else "ptx"
    if not cubin:
        os.environ[jit.FORMAT_ENV] = "ptx"
    p = jit.problem_for("decode", **FRESH)
    b, secs = _timed(jit.bundle_for, "decode", **FRESH)
    d = b.directory
    assert d == os.path.join(cache, "sm_90", f"{jit.problem_key(p)}-{fmt}-{jit.compiler_id(cc)}")
    rec = log.take()
    assert [r[0] for r in rec] == ["INFO", "INFO"], rec
    assert rec[0][1] == f"compiling {jit._describe(p, 90)} with {cc}", rec
    assert rec[1][1].startswith(f"compiled {jit._describe(p, 90)} in "), rec
    with open(os.path.join(d, "manifest.json")) as f:
        manifest = json.load(f)
    assert b.arch == "sm_90a", b.arch
    assert [k.num_qo_heads for k in b.kernels][:1] == [12] and b.kernels[0].head_dim == 64
    binaries = [n for n in os.listdir(d) if n.endswith("." + fmt)]
    assert binaries, f"no .{fmt} in {d}: {os.listdir(d)}"
    with open(os.path.join(d, "problem.json")) as f:
        assert json.load(f)["compiler"] == cc
    with open(state, "w") as f:
        json.dump({"dir": d, "format": fmt,
                   "mtime": os.stat(os.path.join(d, "manifest.json")).st_mtime_ns}, f)
    print(f"compiled on demand in {secs:.2f} s: {d} ({len(manifest['kernels'])} kernels, "
          f"{', '.join(sorted(binaries))})")


def _reload(state):
    with open(state) as f:
        s = json.load(f)
    if s["format"] == "ptx":
        os.environ["ATTN_MLIR_FORMAT"] = "ptx"
    return s


def cached(state):
    _, pkg = _package()
    s = _reload(state)
    log = _Log()
    from attn_mlir import jit

    def no_compile(*a, **kw):
        raise AssertionError(f"attn-compile ran on a cache hit: {a}")
    jit.subprocess.run = no_compile
    b, secs = _timed(jit.bundle_for, "decode", **FRESH)
    p = jit.problem_for("decode", **FRESH)
    assert jit.find_compiler() == os.path.join(pkg, "bin", "attn-compile")
    assert b.directory == s["dir"], (b.directory, s["dir"])
    _expect(log, [("DEBUG", f"cached {jit._describe(p, 90)}: {s['dir']}")])
    assert os.stat(os.path.join(b.directory, "manifest.json")).st_mtime_ns == s["mtime"], \
        "the cached bundle was rewritten"
    print(f"second process: cache hit in {secs:.3f} s, no compilation")


def no_compiler(state):
    _, pkg = _package()
    s = _reload(state)
    log = _Log()
    from attn_mlir import jit
    assert jit.find_compiler() is None, jit.find_compiler()
    b = jit.bundle_for("decode", **FRESH)
    p = jit.problem_for("decode", **FRESH)
    assert b.directory == s["dir"], (b.directory, s["dir"])
    _expect(log, [("DEBUG", f"cached {jit._describe(p, 90)} (no compiler found): {s['dir']}")])
    if s["format"] == "cubin":
        model = dict(jit.PREBUILT_MODELS["qwen2.5-7b"], causal=True)
        assert jit.bundle_for("prefill", **model).directory.startswith(
            os.path.join(pkg, "prebuilt", "sm_90"))
    print("without a compiler: the cached" + (" and prebuilt" if s["format"] == "cubin" else "")
          + " bundles are still found")


if __name__ == "__main__":
    steps = {"runtime": runtime, "compiler": compiler, "cached": cached,
             "no-compiler": no_compiler}
    if len(sys.argv) < 2 or sys.argv[1] not in steps:
        sys.exit(__doc__)
    steps[sys.argv[1]](*sys.argv[2:])
