#!/usr/bin/env python3
"""Writes the attn IR of the sampling kernels (tests/gpu/sampling_variants.py) to
OUTDIR/sampling.mlir (one bundle, every kernel) and OUTDIR/sampling_variants.json.

Usage: gen_sampling_variants.py OUTDIR [--only NAME ...] [--list]
"""

import sys

import gen_variants_common  # the script's own folder is sys.path[0]

if __name__ == "__main__":
    sys.exit(gen_variants_common.main_for("sampling_variants", __doc__, noun="sampling bundles"))
