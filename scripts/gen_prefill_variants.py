#!/usr/bin/env python3
"""Writes the attn IR of every prefill variant (tests/gpu/prefill_variants.py) to
OUTDIR/<name>.mlir and OUTDIR/prefill_variants.json.

Usage: gen_prefill_variants.py OUTDIR [--only NAME ...] [--list] [--list-experimental]
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "gpu"))
sys.path.insert(0, HERE)
import gen_variants_common  # noqa: E402
import prefill_variants as pv  # noqa: E402


def main():
    return gen_variants_common.main(__doc__, pv, lambda v: v.mlir(), "prefill_variants.json",
                                    noun="prefill variants", list_experimental=True)


if __name__ == "__main__":
    sys.exit(main())
