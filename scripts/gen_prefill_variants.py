#!/usr/bin/env python3
"""Writes the attn IR of every prefill variant (tests/gpu/prefill_variants.py) to
OUTDIR/<name>.mlir and OUTDIR/prefill_variants.json.

Usage: gen_prefill_variants.py OUTDIR [--only NAME ...] [--list] [--list-experimental]
"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "gpu"))
import prefill_variants as pv  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?")
    ap.add_argument("--only", nargs="*", default=None, help="variant names to write")
    ap.add_argument("--list", action="store_true", help="print the variant names and exit")
    ap.add_argument("--list-experimental", action="store_true",
                    help="print the names of the experimental variants and exit")
    a = ap.parse_args()
    if a.list or a.list_experimental:
        for v in pv.VARIANTS:
            if a.list or v.experimental:
                print(v.name)
        return 0
    if not a.outdir:
        ap.error("OUTDIR is required")
    variants = pv.VARIANTS
    if a.only:
        unknown = [n for n in a.only if n not in pv.BY_NAME]
        if unknown:
            ap.error(f"unknown variants: {', '.join(unknown)}")
        variants = [pv.BY_NAME[n] for n in a.only]
    os.makedirs(a.outdir, exist_ok=True)
    for v in variants:
        with open(os.path.join(a.outdir, v.name + ".mlir"), "w") as f:
            f.write(v.mlir())
    with open(os.path.join(a.outdir, "prefill_variants.json"), "w") as f:
        json.dump([v.to_json() for v in variants], f, indent=1)
    print(f"wrote {len(variants)} prefill variants to {a.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
