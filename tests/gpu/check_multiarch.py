#!/usr/bin/env python3
"""GPU check of multi-arch bundles (attn-compile --sm=80,90a; docs/RUNTIME.md).

Over ARTDIR/multiarch and ARTDIR/multiarch-ptx from scripts/build_gpu_artifacts.sh:
  select    every bundles/<variant>/ loads the arch the driver's rules pick for this device
            (multiarch: sm_80 + sm_90a cubins; multiarch-ptx: sm_80 PTX + sm_86 cubin, so
            on sm_90 the PTX is JIT-compiled)
            (computed here independently from the index manifest), through attnBundleLoad
            (current context) and attnBundleLoadForDevice(current device)
  foreign   foreign/ (default --sm=80,86): on a device none of its arches runs on, loading
            fails with a mismatch naming the device's arch and each arch of the bundle
  decode    check_decode.py ARTDIR/multiarch[-ptx] --only <variants>: the selected kernels compute
            the right attention (float64 reference), eager and in a CUDA Graph
Exit status 1 on any failure.

Usage: check_multiarch.py ARTDIR [--quick]
"""

import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(REPO, "python"))

import torch  # noqa: E402

import attn_mlir  # noqa: E402
from attn_mlir import _capi  # noqa: E402


def parse_arch(text):
    """'sm_90a' -> (9, 0, 'a')."""
    digits = text[3:]
    suffix = digits[-1] if digits[-1] in "af" else ""
    digits = digits.rstrip("af")
    return int(digits) // 10, int(digits) % 10, suffix


def runs_on(arch, kind, cc):
    major, minor, suffix = parse_arch(arch)
    if suffix == "a":
        return (major, minor) == cc
    if suffix == "f" or kind == "cubin":
        return major == cc[0] and minor <= cc[1]
    return (major, minor) <= cc


def expected_arch(bundle_dir, cc):
    """The arch the runtime should pick (None: nothing runs here), by the documented rules."""
    index = json.load(open(os.path.join(bundle_dir, "manifest.json")))
    best, best_rank = None, None
    for b in index["bundles"]:
        kind = b.get("binary_kind", "cubin")
        if not runs_on(b["arch"], kind, cc):
            continue
        major, minor, suffix = parse_arch(b["arch"])
        rank = ((major, minor) == cc, kind == "cubin", suffix == "a", major * 10 + minor)
        if best_rank is None or rank > best_rank:
            best, best_rank = b["arch"], rank
    return best, index


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("artdir")
    ap.add_argument("--quick", action="store_true", help="passed on to check_decode.py")
    args = ap.parse_args()
    # The runtime from ATTN_RT_LIBRARY or next to the bundles (as check_decode.py does).
    os.environ.setdefault("ATTN_RT_LIBRARY", os.path.join(args.artdir, "libattn_rt.so"))
    root = os.path.join(args.artdir, "multiarch")
    bundles_dir = os.path.join(root, "bundles")
    if not os.path.isdir(bundles_dir):
        print(f"check_multiarch: {bundles_dir} does not exist; run "
              f"scripts/build_gpu_artifacts.sh first")
        return 1
    torch.cuda.init()
    dev = torch.cuda.current_device()
    torch.zeros(1, device="cuda")  # makes the primary context current
    cc = torch.cuda.get_device_capability(dev)
    device_arch = f"sm_{cc[0]}{cc[1]}"
    print(f"device {dev}: {torch.cuda.get_device_name(dev)} ({device_arch})")
    failures = []

    roots = [root] + [r for r in [os.path.join(args.artdir, "multiarch-ptx")]
                      if os.path.isdir(os.path.join(r, "bundles"))]
    checked = [(r, name) for r in roots for name in sorted(os.listdir(os.path.join(r, "bundles")))]
    for r, name in checked:
        bdir = os.path.join(r, "bundles", name)
        want, index = expected_arch(bdir, cc)
        held = ", ".join(b["arch"] for b in index["bundles"])
        for how, kwargs in (("attnBundleLoad", {}), ("attnBundleLoadForDevice", {"device": dev})):
            try:
                with attn_mlir.Bundle(bdir, **kwargs) as b:
                    got = b.arch
                    nkernels = len(b.kernels)
            except attn_mlir.AttnError as e:
                got, nkernels = None, 0
                err = e
            ok = got == want and (got is None or nkernels > 0)
            print(f"select   {os.path.basename(r)}/{name} [{held}] via {how}: loaded {got}, expected {want} "
                  f"({nkernels} kernels) {'PASS' if ok else 'FAIL'}")
            if not ok:
                failures.append(f"select {name} via {how}: loaded {got}, expected {want}"
                                + ("" if got else f" ({err})"))

    foreign = os.path.join(root, "foreign")
    if os.path.isdir(foreign):
        want, index = expected_arch(foreign, cc)
        held = ", ".join(f"{b['arch']} ({b.get('binary_kind', 'cubin')})"
                         for b in index["bundles"])
        status = None
        try:
            with attn_mlir.Bundle(foreign) as b:
                got, message = b.arch, ""
        except attn_mlir.AttnError as e:
            got, message, status = None, e.message, e.status
        if want is None:
            expected_msg = (f"no binary for device {device_arch} (compute capability "
                            f"{cc[0]}.{cc[1]}); the bundle holds {held}")
            ok = got is None and status == _capi.ERROR_MISMATCH and expected_msg in message
            print(f"foreign  [{held}]: {message!r} {'PASS' if ok else 'FAIL'}")
            if not ok:
                failures.append(f"foreign: expected a mismatch '{expected_msg}', got "
                                f"{got or message!r}")
        else:
            ok = got == want
            print(f"foreign  [{held}]: this device runs {want}; loaded {got} "
                  f"{'PASS' if ok else 'FAIL'}")
            if not ok:
                failures.append(f"foreign: loaded {got}, expected {want}")

    for r in roots:
        variants = sorted(os.listdir(os.path.join(r, "bundles")))
        cmd = [sys.executable, os.path.join(HERE, "check_decode.py"), r, "--only", *variants]
        if args.quick:
            cmd.append("--quick")
        print("decode   " + " ".join(cmd), flush=True)
        rc = subprocess.call(cmd)
        if rc != 0:
            failures.append(f"check_decode.py on {r} exited with {rc}")

    for f in failures:
        print("FAIL: " + f)
    print(f"check_multiarch: {'PASS' if not failures else 'FAIL'} ({len(checked)} bundles, "
          f"{len(failures)} failures)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
