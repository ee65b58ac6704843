#!/usr/bin/env python3
"""Writes the attn IR of the sampling kernels (tests/gpu/sampling_variants.py) to
OUTDIR/sampling.mlir (one bundle, every kernel) and OUTDIR/sampling_variants.json.

Usage: gen_sampling_variants.py OUTDIR [--only NAME ...] [--list]
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "gpu"))
sys.path.insert(0, HERE)
import gen_variants_common  # noqa: E402
import sampling_variants as sv  # noqa: E402


def main():
    return gen_variants_common.main(__doc__, sv, lambda v: v.mlir(), "sampling_variants.json",
                                    noun="sampling bundles")


if __name__ == "__main__":
    sys.exit(main())
