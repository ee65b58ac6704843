"""attn_mlir: Python bindings of the attn runtime (libattn_rt).

``Bundle`` loads a kernel bundle written by attn-compile; ``BatchDecode`` plans and runs
paged-KV batch decode, ``BatchPrefill`` prefill / append over ragged queries and ragged or
paged KV, ``AppendPagedKV``, ``ApplyRope``, ``MergeState`` and ``MergeStates`` FlashInfer's
append_paged_kv_cache, apply_rope_pos_ids, merge_state and merge_states, on PyTorch tensors;
``MultiLevelCascade`` shared-prefix (cascade) attention over levels of paged KV;
``attn_mlir.sampling`` FlashInfer's sampling functions (``Sampler`` and, for
chain_speculative_sampling, ``SpecSampler`` the kernel handles).
The library is found through $ATTN_RT_LIBRARY or next to this package, and opened on first
use.
"""

from ._capi import AttnError, LibraryNotFoundError, runtime_library_path, load_library
from .bundle import Bundle, KernelInfo
from .cascade import CascadeLevel, MultiLevelCascade
from .decode import BatchDecode
from .ops import AppendPagedKV, ApplyRope, MergeState, MergeStates
from .prefill import BatchPrefill, pack_custom_mask
from . import sampling
from .sampling import Sampler, SpecSampler

__all__ = ["AppendPagedKV", "ApplyRope", "AttnError", "BatchDecode", "BatchPrefill", "Bundle", "KernelInfo",
           "CascadeLevel", "LibraryNotFoundError", "MergeState", "MultiLevelCascade", "MergeStates", "Sampler", "SpecSampler", "load_library",
           "pack_custom_mask", "runtime_library_path", "sampling"]
__version__ = "0.1.0"
