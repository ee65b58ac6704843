#!/usr/bin/env python3
"""Writes the attn IR of the cascade bundles (tests/gpu/cascade_variants.py: every level's
attention and the merges in one function) to OUTDIR/<name>.mlir and
OUTDIR/cascade_variants.json.

Usage: gen_cascade_variants.py OUTDIR [--only NAME ...] [--list]
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "gpu"))
sys.path.insert(0, HERE)
import cascade_variants as cv  # noqa: E402
import gen_variants_common  # noqa: E402


def main():
    return gen_variants_common.main(__doc__, cv, lambda v: v.mlir(), "cascade_variants.json",
                                    noun="cascade bundles")


if __name__ == "__main__":
    sys.exit(main())
