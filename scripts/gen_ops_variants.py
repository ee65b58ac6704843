#!/usr/bin/env python3
"""Writes the attn IR of the append-KV, RoPE and merge kernels (tests/gpu/ops_variants.py) to
OUTDIR/ops.mlir (one bundle, every kernel) and OUTDIR/ops_variants.json.

Usage: gen_ops_variants.py OUTDIR [--only NAME ...] [--list]
"""

import sys

import gen_variants_common  # the script's own folder is sys.path[0]

if __name__ == "__main__":
    sys.exit(gen_variants_common.main_for("ops_variants", __doc__, noun="op bundles"))
