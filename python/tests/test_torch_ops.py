"""attn_mlir._torch_ops on the CPU (skipped without torch): the custom ops trace under
torch.compile(fullgraph=True) with their fake implementations and mutate the declared
buffers. A stand-in wrapper replaces the GPU run (out = 2 q); aot_eager needs no compiler."""

import pytest

torch = pytest.importorskip("torch")

from attn_mlir import _torch_ops as ops  # noqa: E402


class StandIn:
    def __init__(self):
        self.calls = 0

    def run(self, q, *kv, out=None, **kw):
        self.calls += 1
        out.copy_(q * 2)
        return out


def test_batch_decode_op_compiles_fullgraph_and_mutates_out():
    w = StandIn()
    h = ops.register(w)
    try:
        def step(q, k, v):
            out = torch.empty_like(q)
            torch.ops.attn_mlir.batch_decode(h, q, k, v, out)
            return out + 1

        q, k, v = torch.randn(3, 4, 8), torch.randn(5, 2, 2, 8), torch.randn(5, 2, 2, 8)
        eager = step(q, k, v)
        compiled = torch.compile(step, fullgraph=True, backend="aot_eager")(q, k, v)
        assert torch.equal(eager, q * 2 + 1) and torch.equal(compiled, eager)
        assert w.calls == 2
    finally:
        ops.unregister(h)


def test_ops_are_registered_with_their_mutations():
    for name, mutated in (("batch_decode", {"out"}), ("batch_prefill_paged", {"out"}),
                          ("batch_prefill_ragged", {"out"}),
                          ("append_paged_kv_cache", {"k_cache", "v_cache"}),
                          ("apply_rope_pos_ids_inplace", {"q", "k"}),
                          ("apply_llama31_rope_pos_ids_inplace", {"q", "k"}),
                          ("merge_state", set()), ("merge_states", set())):
        schema = getattr(torch.ops.attn_mlir, name).default._schema
        got = {a.name for a in schema.arguments if a.alias_info is not None and
               a.alias_info.is_write}
        assert got == mutated, name


def test_unregistered_handle_is_a_clear_error():
    with pytest.raises(KeyError, match="no wrapper registered"):
        ops._wrapper(12345)
