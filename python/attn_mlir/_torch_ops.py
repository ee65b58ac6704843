"""The attn_mlir kernels as torch.library custom ops, so that a model calling them compiles under
torch.compile(fullgraph=True) and captures in CUDA Graphs.

    from attn_mlir import flashinfer, _torch_ops as ops
    dec = flashinfer.BatchDecodeWithPagedKVCacheWrapper(ws, "NHD")
    dec.plan(...)                                  # eager, before compile / capture
    h = ops.register(dec)                          # an int the graph keeps as a constant
    ops.batch_decode(h, q, k_cache, v_cache, out)  # torch.ops.attn_mlir.batch_decode

Planning stays outside the graph (it runs on the host); each op runs a planned wrapper by its
handle and writes caller-given buffers (declared in mutates_args), so a compiled graph holds no
allocation of ours. Tensors reach the runtime by pointer after the wrappers' dtype, device,
shape and contiguity checks. The fake implementations return nothing (or empty tensors of the
output shapes), which is all the compiler needs.
"""

import torch

from . import flashinfer as _fi

_WRAPPERS = {}


def register(wrapper):
    """An int handle of a planned wrapper for the ops below (the same wrapper, the same int)."""
    h = id(wrapper)
    _WRAPPERS[h] = wrapper
    return h


def unregister(handle):
    _WRAPPERS.pop(handle, None)


def _wrapper(handle):
    w = _WRAPPERS.get(handle)
    if w is None:
        raise KeyError(f"attn_mlir: no wrapper registered as {handle}")
    return w


@torch.library.custom_op("attn_mlir::batch_decode", mutates_args=("out",))
def batch_decode(handle: int, q: torch.Tensor, k_cache: torch.Tensor, v_cache: torch.Tensor,
                 out: torch.Tensor) -> None:
    """BatchDecodeWithPagedKVCacheWrapper.run(q, (k_cache, v_cache), out=out)."""
    _wrapper(handle).run(q, (k_cache, v_cache), out=out)


@batch_decode.register_fake
def _(handle, q, k_cache, v_cache, out):
    return None


@torch.library.custom_op("attn_mlir::batch_prefill_paged", mutates_args=("out",))
def batch_prefill_paged(handle: int, q: torch.Tensor, k_cache: torch.Tensor,
                        v_cache: torch.Tensor, out: torch.Tensor) -> None:
    """BatchPrefillWithPagedKVCacheWrapper.run(q, (k_cache, v_cache), out=out)."""
    _wrapper(handle).run(q, (k_cache, v_cache), out=out)


@batch_prefill_paged.register_fake
def _(handle, q, k_cache, v_cache, out):
    return None


@torch.library.custom_op("attn_mlir::batch_prefill_ragged", mutates_args=("out",))
def batch_prefill_ragged(handle: int, q: torch.Tensor, k: torch.Tensor, v: torch.Tensor,
                         out: torch.Tensor) -> None:
    """BatchPrefillWithRaggedKVCacheWrapper.run(q, k, v, out=out)."""
    _wrapper(handle).run(q, k, v, out=out)


@batch_prefill_ragged.register_fake
def _(handle, q, k, v, out):
    return None


@torch.library.custom_op("attn_mlir::append_paged_kv_cache", mutates_args=("k_cache", "v_cache"))
def append_paged_kv_cache(append_key: torch.Tensor, append_value: torch.Tensor,
                          batch_indices: torch.Tensor, positions: torch.Tensor,
                          k_cache: torch.Tensor, v_cache: torch.Tensor, kv_indices: torch.Tensor,
                          kv_indptr: torch.Tensor, kv_last_page_len: torch.Tensor,
                          kv_layout: str = "NHD") -> None:
    """flashinfer.append_paged_kv_cache into (k_cache, v_cache), in place."""
    _fi.append_paged_kv_cache(append_key, append_value, batch_indices, positions,
                              (k_cache, v_cache), kv_indices, kv_indptr, kv_last_page_len,
                              kv_layout)


@append_paged_kv_cache.register_fake
def _(append_key, append_value, batch_indices, positions, k_cache, v_cache, kv_indices,
      kv_indptr, kv_last_page_len, kv_layout="NHD"):
    return None


@torch.library.custom_op("attn_mlir::apply_rope_pos_ids_inplace", mutates_args=("q", "k"))
def apply_rope_pos_ids_inplace(q: torch.Tensor, k: torch.Tensor, pos_ids: torch.Tensor,
                               rotary_dim: int = -1, interleave: bool = False,
                               rope_scale: float = 1.0, rope_theta: float = 1e4) -> None:
    """flashinfer.apply_rope_pos_ids_inplace (rotary_dim -1: head_dim)."""
    _fi.apply_rope_pos_ids_inplace(q, k, pos_ids, rotary_dim if rotary_dim > 0 else None,
                                   interleave, rope_scale, rope_theta)


@apply_rope_pos_ids_inplace.register_fake
def _(q, k, pos_ids, rotary_dim=-1, interleave=False, rope_scale=1.0, rope_theta=1e4):
    return None


@torch.library.custom_op("attn_mlir::apply_llama31_rope_pos_ids_inplace",
                         mutates_args=("q", "k"))
def apply_llama31_rope_pos_ids_inplace(q: torch.Tensor, k: torch.Tensor, pos_ids: torch.Tensor,
                                       rotary_dim: int = -1, interleave: bool = False,
                                       rope_scale: float = 8.0, rope_theta: float = 5e5,
                                       low_freq_factor: float = 1.0,
                                       high_freq_factor: float = 4.0,
                                       old_context_len: int = 8192) -> None:
    """flashinfer.apply_llama31_rope_pos_ids_inplace (rotary_dim -1: head_dim)."""
    _fi.apply_llama31_rope_pos_ids_inplace(q, k, pos_ids, rotary_dim if rotary_dim > 0 else None,
                                           interleave, rope_scale, rope_theta, low_freq_factor,
                                           high_freq_factor, old_context_len)


@apply_llama31_rope_pos_ids_inplace.register_fake
def _(q, k, pos_ids, rotary_dim=-1, interleave=False, rope_scale=8.0, rope_theta=5e5,
      low_freq_factor=1.0, high_freq_factor=4.0, old_context_len=8192):
    return None


@torch.library.custom_op("attn_mlir::merge_state", mutates_args=())
def merge_state(v_a: torch.Tensor, s_a: torch.Tensor, v_b: torch.Tensor,
                s_b: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """flashinfer.merge_state (base-2 LSEs)."""
    return _fi.merge_state(v_a, s_a, v_b, s_b)


@merge_state.register_fake
def _(v_a, s_a, v_b, s_b):
    return torch.empty_like(v_a), torch.empty_like(s_a)


@torch.library.custom_op("attn_mlir::merge_states", mutates_args=())
def merge_states(v: torch.Tensor, s: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """flashinfer.merge_states (base-2 LSEs)."""
    return _fi.merge_states(v, s)


@merge_states.register_fake
def _(v, s):
    return v.new_empty(v.shape[0], v.shape[2], v.shape[3]), s.new_empty(s.shape[0], s.shape[2])
