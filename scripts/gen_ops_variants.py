#!/usr/bin/env python3
"""Writes the attn IR of the append-KV, RoPE and merge kernels (tests/gpu/ops_variants.py) to
OUTDIR/ops.mlir (one bundle, every kernel) and OUTDIR/ops_variants.json.

Usage: gen_ops_variants.py OUTDIR [--only NAME ...] [--list]
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "gpu"))
sys.path.insert(0, HERE)
import gen_variants_common  # noqa: E402
import ops_variants as ov  # noqa: E402


def main():
    return gen_variants_common.main(__doc__, ov, lambda v: v.mlir(), "ops_variants.json",
                                    noun="op bundles")


if __name__ == "__main__":
    sys.exit(main())
