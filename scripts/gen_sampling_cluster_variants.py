#!/usr/bin/env python3
"""Writes the attn IR of the cluster sampling kernels (tests/gpu/sampling_cluster_variants.py,
sm_90 only: clusters of 8 and of 16 CTAs) to OUTDIR/sampling_cluster.mlir (one bundle, every
kernel) and OUTDIR/sampling_cluster_variants.json.

Usage: gen_sampling_cluster_variants.py OUTDIR [--only NAME ...] [--list]
"""

import sys

import gen_variants_common  # the script's own folder is sys.path[0]

if __name__ == "__main__":
    sys.exit(gen_variants_common.main_for("sampling_cluster_variants", __doc__,
                                          noun="cluster sampling bundles"))
