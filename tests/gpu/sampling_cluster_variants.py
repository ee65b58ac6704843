"""The cluster sampling kernels checked and benchmarked on the GPU (sm_90): every kernel of
tests/gpu/sampling_variants.py with its row split over a thread-block cluster, once for each
of attn_mlir._irgen.CLUSTER_SIZES (`#attn.sampling<..., cluster_size = 8>`, named
`<name>_c8`, and `cluster_size = 16`, `<name>_c16`). One bundle, ARTDIR/bundles/
sampling_cluster (scripts/gen_sampling_cluster_variants.py); attn_mlir.sampling uses it for
batches up to CLUSTER_MAX_BATCH rows once given (set_cluster_bundle or
$ATTN_MLIR_SAMPLING_CLUSTER_BUNDLE), 16 CTAs for a single row and 8 for more. A bundle of its
own, so that the sampling bundle stays what it was and builds for sm_80 too.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "python"))

from attn_mlir._irgen import cluster_sampling_variants  # noqa: E402
from variants_common import OneBundle  # noqa: E402

SAMPLES = cluster_sampling_variants()

BUNDLE = OneBundle("sampling_cluster", (("sample", tuple(SAMPLES)),))
VARIANTS = [BUNDLE]
BY_NAME = {v.name: v for v in VARIANTS}
