"""The append-KV, RoPE and state-merge kernels checked on the GPU, and the attn IR that
describes them.

One list shared by scripts/gen_ops_variants.py (writes ARTDIR/mlir/ops.mlir, which
attn-compile turns into the bundle ARTDIR/bundles/ops/) and tests/gpu/check_ops.py. Every
kernel lives in the one bundle: function `<name>` becomes the kernel `<name>_append_kv`,
`<name>_rope`, `<name>_merge_state` or `<name>_merge_states`.

Append: NHD and HND, page sizes 1 and 16, bf16 and f16 (the full product, 8 heads of 128),
plus GQA-like 2 heads of 64. RoPE: llama and llama3, non-interleaved and interleaved,
rotary_dim = head_dim and < head_dim (64 and 96 of 128, 32 of 64), a rope_scale, MQA.
Merge: merge_state (two states) and dense merge_states (a dynamic or a fixed number of
states), bf16 / f16 / f32 states into bf16 / f16 / f32 outputs, with and without s_out, head
dims 128, 80, 64 and 48, 2 to 32 heads.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "python"))


from attn_mlir._irgen import AppendVariant, MergeVariant, RopeVariant  # noqa: E402,F401
from variants_common import OneBundle  # noqa: E402


APPENDS = [AppendVariant(f"append_{layout}_p{p}_{t}", layout, p, t)
           for layout in ("nhd", "hnd") for p in (1, 16) for t in ("bf16", "f16")]
APPENDS.append(AppendVariant("append_hnd_p16_bf16_kv2_d64", "hnd", 16, "bf16",
                             num_kv_heads=2, head_dim=64))

ROPES = [
    RopeVariant("rope_llama_bf16", "llama", False, "bf16"),
    RopeVariant("rope_llama_il_f16", "llama", True, "f16"),
    RopeVariant("rope_llama3_bf16", "llama3", False, "bf16", theta=500000.0),
    RopeVariant("rope_llama3_il_f16", "llama3", True, "f16", theta=500000.0),
    RopeVariant("rope_llama_rd64_scale2_f16", "llama", False, "f16", rotary_dim=64, scale=2.0),
    RopeVariant("rope_llama_rd96_il_bf16", "llama", True, "bf16", num_qo_heads=16,
                num_kv_heads=4, rotary_dim=96),
    RopeVariant("rope_llama3_rd32_mqa_d64_bf16", "llama3", False, "bf16", num_qo_heads=8,
                num_kv_heads=1, head_dim=64, rotary_dim=32, theta=500000.0),
]


MERGES = [
    MergeVariant("merge_state_bf16", "state", "bf16", "bf16", True),
    MergeVariant("merge_state_f16_nolse_h8_d64", "state", "f16", "f16", False, num_heads=8,
                 head_dim=64),
    MergeVariant("merge_state_f32_to_bf16_h4", "state", "f32", "bf16", True, num_heads=4),
    MergeVariant("merge_state_f32_h3_d80", "state", "f32", "f32", True, num_heads=3,
                 head_dim=80),
    MergeVariant("merge_states_f32_to_bf16", "states", "f32", "bf16", True),
    MergeVariant("merge_states_bf16_k4_nolse_h8", "states", "bf16", "bf16", False,
                 num_heads=8, num_states=4),
    MergeVariant("merge_states_f16_h2_d48", "states", "f16", "f16", True, num_heads=2,
                 head_dim=48),
]


# The one bundle holding every kernel above.
BUNDLE = OneBundle("ops", (("append", tuple(APPENDS)), ("rope", tuple(ROPES)),
                           ("merge", tuple(MERGES))))
VARIANTS = [BUNDLE]
BY_NAME = {v.name: v for v in VARIANTS}
