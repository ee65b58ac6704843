"""The sampling kernels checked and benchmarked on the GPU, and the attn IR that describes
them.

One list shared by scripts/gen_sampling_variants.py (writes ARTDIR/mlir/sampling.mlir, which
attn-compile turns into the bundle ARTDIR/bundles/sampling/) and the Python layer
(attn_mlir.sampling picks kernels by variant). Every filter is read per row (the Python
functions turn a scalar k / p into a per-row tensor), so one kernel per (input, mode, dtype,
filters) serves every threshold. For f32 and bf16:
  probs  / sample: none, top_k, top_p, min_p, top_k + top_p
  logits / sample: none, top_k, top_p, min_p, top_k + top_p
  probs  / renorm: top_k, top_p
  logits / mask:   top_k
Function `<name>` becomes the kernel `<name>_sample`. Besides, the speculative-decoding
verification kernels (chain_speculative_sampling) for f32 and bf16:
`chain_speculative_<dtype>_chain_speculative_sample`.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "python"))

from attn_mlir._irgen import (SampleVariant, SpecSampleVariant,  # noqa: E402,F401
                              sampling_variants, spec_sampling_variants)
from variants_common import OneBundle  # noqa: E402

SAMPLES = sampling_variants()
SPECS = spec_sampling_variants()


# The one bundle holding every kernel above.
BUNDLE = OneBundle("sampling", (("sample", tuple(SAMPLES)), ("spec_sample", tuple(SPECS))))
VARIANTS = [BUNDLE]
BY_NAME = {v.name: v for v in VARIANTS}
