#!/usr/bin/env python3
"""Writes the attn IR of every prefill variant (tests/gpu/prefill_variants.py) to
OUTDIR/<name>.mlir and OUTDIR/prefill_variants.json.

Usage: gen_prefill_variants.py OUTDIR [--only NAME ...] [--list] [--list-experimental]
"""

import sys

import gen_variants_common  # the script's own folder is sys.path[0]

if __name__ == "__main__":
    sys.exit(gen_variants_common.main_for("prefill_variants", __doc__, noun="prefill variants", list_experimental=True))
