"""Argument checks of attn_mlir.sampling that run on the CPU (skipped without torch).

Every check happens before the library is called: a Sampler whose handle is closed reaches
"... is closed" exactly when all arguments passed.
"""

import pytest

torch = pytest.importorskip("torch")

from attn_mlir import sampling as S  # noqa: E402
from attn_mlir.sampling import Sampler  # noqa: E402


def sampler(mode="sample", dtype=torch.float32, per_row=(True, False, False), advances=True):
    """A Sampler with no library handle, on the CPU; `advances`: its kernel takes
    advance_offset."""
    s = object.__new__(Sampler)
    s._handle = None
    s.mode, s.dtype, s.per_row = mode, dtype, per_row
    s.device = torch.device("cpu")
    s.advances_offset = advances
    return s


def test_run_reaches_the_library_only_with_good_arguments():
    x = torch.rand(3, 40)
    k = torch.full((3,), 5, dtype=torch.int32)
    so = torch.zeros(2, dtype=torch.int64)
    with pytest.raises(Exception, match="closed"):
        sampler().run(x, top_k=k, seed_offset=so)


@pytest.mark.parametrize("kw, exc, needle", [
    (dict(x=torch.rand(40)), ValueError, "2 dimensions"),
    (dict(x=torch.rand(3, 40, dtype=torch.float64)), TypeError, "dtype torch.float32"),
    (dict(x=torch.rand(3, 262145)), ValueError, "vocab in \\[1, 262144\\]"),
    (dict(top_k=torch.full((2,), 5, dtype=torch.int32)), ValueError, "size 3"),
    (dict(top_k=torch.full((3,), 5, dtype=torch.int64)), TypeError, "torch.int32"),
    (dict(top_p=torch.full((3,), 0.5)), ValueError, "reads no per-row top_p"),
    (dict(seed_offset=torch.zeros(3, dtype=torch.int64)), ValueError, "size 2"),
    (dict(out=torch.zeros(3, dtype=torch.int64)), TypeError, "torch.int32"),
])
def test_run_rejects(kw, exc, needle):
    args = dict(x=torch.rand(3, 40), top_k=torch.full((3,), 5, dtype=torch.int32),
                seed_offset=torch.zeros(2, dtype=torch.int64))
    args.update(kw)
    x = args.pop("x")
    with pytest.raises(exc, match=needle):
        sampler().run(x, **args)


def test_renorm_out_is_like_input():
    s = sampler(mode="renorm")
    with pytest.raises(ValueError, match="size 40"):
        s.run(torch.rand(3, 40), top_k=torch.full((3,), 5, dtype=torch.int32),
              out=torch.rand(3, 41))


@pytest.mark.parametrize("name, value, needle", [
    ("top_k", 0, "positive integer"),
    ("top_k", -3, "positive integer"),
    ("top_k", 2.5, "positive integer"),
    ("top_k", True, "positive integer"),
    ("top_p", 1.5, "in \\[0, 1\\]"),
    ("top_p", -0.1, "in \\[0, 1\\]"),
    ("min_p", float("nan"), "in \\[0, 1\\]"),
])
def test_scalar_thresholds_are_checked(name, value, needle):
    with pytest.raises(ValueError, match=needle):
        S._per_row(name, value, 4, torch.device("cpu"))


def test_scalar_thresholds_become_rows():
    k = S._per_row("top_k", 7, 4, torch.device("cpu"))
    assert k.dtype == torch.int32 and k.tolist() == [7] * 4
    p = S._per_row("top_p", 1, 2, torch.device("cpu"))
    assert p.dtype == torch.float32 and p.tolist() == [1.0, 1.0]
    t = S._per_row("top_k", torch.tensor([1, 2, 3]), 3, torch.device("cpu"))
    assert t.dtype == torch.int32
    with pytest.raises(ValueError, match="shape \\[4\\]"):
        S._per_row("top_p", torch.rand(3), 4, torch.device("cpu"))


def test_unsupported_flashinfer_arguments():
    with pytest.raises(NotImplementedError, match="indices"):
        S._check(torch.rand(2, 3), False, torch.zeros(2, dtype=torch.int32))
    with pytest.raises(ValueError, match="NaN"):
        S._check(torch.tensor([[0.5, float("nan")]]), True, None)
    with pytest.raises(ValueError, match="filter_apply_order"):
        S.top_k_top_p_sampling_from_probs(torch.rand(2, 3), 1, 0.5,
                                          filter_apply_order="top_p_first", bundle=object())


# ---- chain_speculative_sampling -------------------------------------------------------------

def spec_sampler(dtype=torch.float32):
    """A SpecSampler with no library handle, on the CPU."""
    from attn_mlir.sampling import SpecSampler
    s = object.__new__(SpecSampler)
    s._handle = None
    s.dtype = dtype
    s.device = torch.device("cpu")
    return s


def spec_args(batch=3, spec=4, vocab=40):
    return dict(draft_probs=torch.rand(batch, spec, vocab),
                draft_token_ids=torch.zeros(batch, spec, dtype=torch.int32),
                target_probs=torch.rand(batch, spec + 1, vocab),
                seed_offset=torch.zeros(2, dtype=torch.int64))


def test_spec_run_reaches_the_library_only_with_good_arguments():
    with pytest.raises(Exception, match="closed"):
        spec_sampler().run(**spec_args())
    # The counts are accumulated into given tensors, as in FlashInfer.
    with pytest.raises(Exception, match="closed"):
        spec_sampler().run(**spec_args(), accepted=torch.zeros(3, dtype=torch.int32),
                           emitted=torch.zeros(3, dtype=torch.int32))


@pytest.mark.parametrize("kw, exc, needle", [
    (dict(draft_probs=torch.rand(3, 40)), ValueError, "3 dimensions"),
    (dict(draft_probs=torch.rand(3, 0, 40), draft_token_ids=torch.zeros(3, 0, dtype=torch.int32),
          target_probs=torch.rand(3, 1, 40)), ValueError, "num_spec >= 1"),
    (dict(draft_probs=torch.rand(3, 4, 40, dtype=torch.float64)), TypeError, "torch.float32"),
    (dict(draft_probs=torch.rand(1, 1, 262145), draft_token_ids=torch.zeros(1, 1, dtype=torch.int32),
          target_probs=torch.rand(1, 2, 262145)), ValueError, "vocab in \\[1, 262144\\]"),
    (dict(draft_token_ids=torch.zeros(3, 5, dtype=torch.int32)), ValueError, "size 4"),
    (dict(draft_token_ids=torch.zeros(3, 4, dtype=torch.int64)), TypeError, "torch.int32"),
    (dict(target_probs=torch.rand(3, 4, 40)), ValueError, "size 5"),
    (dict(target_probs=torch.rand(3, 5, 41)), ValueError, "size 40"),
    (dict(target_probs=torch.rand(3, 5, 40, dtype=torch.bfloat16)), TypeError, "torch.float32"),
    (dict(seed_offset=torch.zeros(2, dtype=torch.int32)), TypeError, "torch.int64"),
    (dict(out=torch.zeros(3, 4, dtype=torch.int32)), ValueError, "size 5"),
    (dict(accepted=torch.zeros(2, dtype=torch.int32)), ValueError, "size 3"),
    (dict(emitted=torch.zeros(3, dtype=torch.int64)), TypeError, "torch.int32"),
])
def test_spec_run_rejects(kw, exc, needle):
    args = spec_args()
    args.update(kw)
    with pytest.raises(exc, match=needle):
        spec_sampler().run(**args)


@pytest.mark.parametrize("kw, exc, needle", [
    (dict(draft_probs=[[0.5]]), TypeError, "draft_probs: expected a torch.Tensor"),
    (dict(draft_probs=torch.rand(3, 4, 40, dtype=torch.float16)), TypeError,
     "float32 or bfloat16"),
    (dict(target_probs=torch.rand(3, 5, 40, dtype=torch.bfloat16)), TypeError,
     "like draft_probs"),
    (dict(draft_token_ids=torch.zeros(3, 4)), TypeError, "int32 or int64"),
])
def test_chain_speculative_sampling_checks_types(kw, exc, needle):
    args = spec_args()
    args.pop("seed_offset")
    args.update(kw)
    with pytest.raises(exc, match=needle):
        S.chain_speculative_sampling(**args, bundle=object())


def test_flashinfer_name():
    from attn_mlir import flashinfer
    assert flashinfer.chain_speculative_sampling is S.chain_speculative_sampling
    assert flashinfer.sampling.chain_speculative_sampling is S.chain_speculative_sampling


def test_default_bundle_is_one_per_device(monkeypatch):
    # GPUs of different archs in one process: each device gets the jit bundle of its arch.
    from attn_mlir import jit
    monkeypatch.delenv("ATTN_MLIR_SAMPLING_BUNDLE", raising=False)
    monkeypatch.setattr(S, "_default_bundle", None)
    monkeypatch.setattr(S, "_jit_bundles", {})
    asked = []
    monkeypatch.setattr(jit, "sampling_bundle", lambda device=None: asked.append(device) or
                        f"bundle for {device}")
    d0, d1 = torch.device("cuda", 0), torch.device("cuda", 1)
    assert S._bundle(None, d1) == "bundle for cuda:1"
    assert S._bundle(None, d0) == "bundle for cuda:0"
    assert S._bundle(None, d1) == "bundle for cuda:1"
    assert asked == [d1, d0]
    assert S._bundle("given", d1) == "given"
    S.set_bundle("set")
    assert S._bundle(None, d0) == "set"


class _FakeSampler:
    """Stands in for Sampler: records its bundle and cluster size; `missing` lists the
    (bundle, cluster size) pairs without a kernel."""
    missing = set()

    def __init__(self, bundle, *, cluster_size=1, **kw):
        if (bundle, cluster_size) in self.missing:
            raise S._capi.AttnError("attnSamplerCreate", 3, "ATTN_ERROR_NOT_FOUND",
                                    "no sample kernel matches")
        self.bundle, self.cluster_size = bundle, cluster_size


@pytest.fixture
def fake_samplers(monkeypatch):
    monkeypatch.setattr(S, "Sampler", _FakeSampler)
    monkeypatch.setattr(S, "_samplers", {})
    monkeypatch.setattr(S, "_cluster_default", None)
    monkeypatch.setattr(S, "CLUSTER_MAX_BATCH", 32)
    monkeypatch.setattr(_FakeSampler, "missing", set())
    monkeypatch.delenv("ATTN_MLIR_SAMPLING_CLUSTER_BUNDLE", raising=False)
    return _FakeSampler


@pytest.mark.parametrize("rows, want", [(1, ("cluster", 16)), (2, ("cluster", 8)),
                                        (32, ("cluster", 8)), (33, ("main", 1)),
                                        (512, ("main", 1))])
def test_small_batches_use_the_cluster_kernels(fake_samplers, rows, want):
    S.set_cluster_bundle("cluster")
    s = S._sampler("main", torch.rand(rows, 64), "probs", "sample", ("min_p",))
    assert (s.bundle, s.cluster_size) == want


@pytest.mark.parametrize("input, mode, filters, rows, want", [
    ("probs", "sample", (), 1, ("cluster", 16)),
    ("probs", "sample", (), 4, ("cluster", 8)),
    ("probs", "sample", (), 5, ("main", 1)),
    ("logits", "sample", ("top_k", "top_p"), 1, ("cluster", 16)),
    ("logits", "sample", ("top_k", "top_p"), 2, ("main", 1)),
    ("probs", "renorm", ("top_k",), 2, ("main", 1)),
    ("logits", "mask", ("top_k",), 1, ("main", 1)),
    ("probs", "sample", ("top_p",), 25, ("cluster", 8)),
    ("probs", "sample", ("top_p",), 26, ("main", 1)),
    ("probs", "sample", ("top_k",), 28, ("cluster", 8)),
    ("probs", "sample", ("top_k",), 29, ("main", 1)),
    ("probs", "sample", ("top_k", "top_p"), 32, ("cluster", 8)),
    ("probs", "renorm", ("top_p",), 32, ("cluster", 8)),
])
def test_per_kind_cluster_limits(fake_samplers, input, mode, filters, rows, want):
    S.set_cluster_bundle("cluster")
    s = S._sampler("main", torch.rand(rows, 64), input, mode, filters)
    assert (s.bundle, s.cluster_size) == want


def test_the_global_limit_caps_the_per_kind_ones(fake_samplers, monkeypatch):
    S.set_cluster_bundle("cluster")
    monkeypatch.setattr(S, "CLUSTER_MAX_BATCH", 2)
    s = S._sampler("main", torch.rand(3, 64), "probs", "sample", ())
    assert (s.bundle, s.cluster_size) == ("main", 1)


def test_without_a_cluster_bundle_every_batch_uses_one_cta_per_row(fake_samplers):
    s = S._sampler("main", torch.rand(1, 64), "logits", "mask", ("top_k",))
    assert (s.bundle, s.cluster_size) == ("main", 1)


def test_a_cluster_bundle_without_the_kernel_falls_back(fake_samplers):
    S.set_cluster_bundle("cluster")
    fake_samplers.missing = {("cluster", 8), ("cluster", 16)}
    s = S._sampler("main", torch.rand(2, 64), "probs", "renorm", ("top_p",))
    assert (s.bundle, s.cluster_size) == ("main", 1)
    fake_samplers.missing = {("cluster", 8)}
    s = S._sampler("main", torch.rand(2, 64), "probs", "sample", ("top_p",))
    assert (s.bundle, s.cluster_size) == ("cluster", 16)


@pytest.mark.parametrize("rows", [1, 2, 32])
def test_a_cluster_bundle_with_one_size_serves_every_batch(fake_samplers, rows):
    """A bundle from before the 16-CTA kernels (8 only), or one with 16 only."""
    S.set_cluster_bundle("cluster")
    for held, absent in ((8, 16), (16, 8)):
        fake_samplers.missing = {("cluster", absent)}
        S._samplers.clear()
        s = S._sampler("main", torch.rand(rows, 64), "probs", "sample", ("min_p",))
        assert (s.bundle, s.cluster_size) == ("cluster", held)


def test_one_row_and_more_rows_get_their_own_samplers(fake_samplers):
    S.set_cluster_bundle("cluster")
    one = S._sampler("main", torch.rand(1, 64), "probs", "sample", ("top_p",))
    more = S._sampler("main", torch.rand(8, 64), "probs", "sample", ("top_p",))
    assert (one.cluster_size, more.cluster_size) == (16, 8)
    assert S._sampler("main", torch.rand(1, 64), "probs", "sample", ("top_p",)) is one


def test_the_main_bundle_error_is_raised(fake_samplers):
    fake_samplers.missing = {("main", 1)}
    with pytest.raises(S._capi.AttnError, match="no sample kernel"):
        S._sampler("main", torch.rand(2, 64), "probs", "sample", ())


def test_advance_offset_takes_three_elements():
    x = torch.rand(3, 40)
    k = torch.full((3,), 5, dtype=torch.int32)
    with pytest.raises(Exception, match="closed"):
        sampler().run(x, top_k=k, seed_offset=torch.zeros(3, dtype=torch.int64),
                      advance_offset=True)
    with pytest.raises(ValueError, match="size 3"):
        sampler().run(x, top_k=k, seed_offset=torch.zeros(2, dtype=torch.int64),
                      advance_offset=True)


def test_advance_offset_needs_a_kernel_that_takes_it():
    with pytest.raises(ValueError, match="does not advance the offset"):
        sampler(advances=False).run(torch.rand(3, 40), top_k=torch.full((3,), 5, dtype=torch.int32),
                                    seed_offset=torch.zeros(3, dtype=torch.int64),
                                    advance_offset=True)
    with pytest.raises(ValueError, match="draws nothing"):
        sampler(mode="renorm").run(torch.rand(3, 40), top_k=torch.full((3,), 5, dtype=torch.int32),
                                   advance_offset=True)


@pytest.mark.parametrize("advances", [True, False])
def test_the_state_advances_once_a_call(advances):
    """The per-device state (seed, offset, 0): the kernel advances it where it can, else the
    offset is advanced after the launch, and the call sees the pair before the step."""
    state = torch.tensor([9, 4, 0], dtype=torch.int64)
    seen = []

    def call(so, adv):
        seen.append((so.tolist(), adv))
        return "ids"

    assert S._run_advancing(sampler(advances=advances), state, True, call) == "ids"
    if advances:
        assert seen == [([9, 4, 0], True)] and state.tolist() == [9, 4, 0]  # the kernel's job
    else:
        assert seen == [([9, 4], False)] and state.tolist() == [9, 5, 0]
    seen.clear()
    fixed = torch.tensor([9, 4], dtype=torch.int64)
    S._run_advancing(sampler(advances=advances), fixed, False, call)
    assert seen == [([9, 4], False)] and fixed.tolist() == [9, 4]
