#!/usr/bin/env python3
"""Writes the attn IR of every decode variant (tests/gpu/decode_variants.py) to OUTDIR/<name>.mlir
and OUTDIR/variants.json.

Usage: gen_decode_variants.py OUTDIR [--only NAME ...] [--list]
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "gpu"))
sys.path.insert(0, HERE)
import decode_variants as dv  # noqa: E402
import gen_variants_common  # noqa: E402


def main():
    return gen_variants_common.main(__doc__, dv, dv.to_mlir, "variants.json")


if __name__ == "__main__":
    sys.exit(main())
