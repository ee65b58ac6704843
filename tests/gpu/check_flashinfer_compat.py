#!/usr/bin/env python3
"""attn_mlir.flashinfer on the GPU: the same cases through attn_mlir.flashinfer, through
FlashInfer itself when it imports, and through the float64 reference (reference.py): batch
decode (NHD / HND, CUDA-graph buffers), paged and ragged prefill (causal, GQA, awkward
lengths), single decode / prefill, append_paged_kv_cache (paged cases also with one combined
[pages, 2, ...] cache tensor, NHD and HND, read and written in place through its page stride), RoPE (llama, llama3.1), merge_state
and merge_states, MultiLevelCascadeAttentionWrapper (2 levels, decode and causal). Inputs are random and non-zero, outputs poisoned with NaN; relative errors
are printed; exit status 1 on any failure.

Kernels come from attn_mlir.jit (set ATTN_MLIR_CACHE_DIR to the cache filled by
scripts/prefill_jit_cache.py). The same problems are listed in PROBLEMS (read by that script).

Usage: check_flashinfer_compat.py [--seed N] [--tol X] [--no-flashinfer]
"""

import argparse
import math
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "..", "python"))

DT = "bfloat16"
HQ, HKV, D, P = 8, 2, 128, 16
# (kind, problem) of every kernel the checks below plan: scripts/prefill_jit_cache.py reads it.
PROBLEMS = [
    ("decode", dict(num_qo_heads=HQ, num_kv_heads=HKV, head_dim=D, dtype=DT, page_size=P,
                    kv_layout="NHD")),
    ("decode", dict(num_qo_heads=HQ, num_kv_heads=HKV, head_dim=D, dtype=DT, page_size=P,
                    kv_layout="HND")),
    ("prefill", dict(num_qo_heads=HQ, num_kv_heads=HKV, head_dim=D, dtype=DT, page_size=P,
                     kv_layout="NHD", causal=True)),
    ("prefill", dict(num_qo_heads=HQ, num_kv_heads=HKV, head_dim=D, dtype=DT, page_size=P,
                     kv_layout="HND", causal=True)),
    ("prefill", dict(num_qo_heads=HQ, num_kv_heads=HKV, head_dim=D, dtype=DT, page_size=None,
                     kv_layout="NHD", causal=True)),
    # the shared level of MultiLevelCascadeAttentionWrapper (unmasked, paged)
    ("prefill", dict(num_qo_heads=HQ, num_kv_heads=HKV, head_dim=D, dtype=DT, page_size=P,
                     kv_layout="NHD", causal=False)),
    ("prefill", dict(num_qo_heads=HQ, num_kv_heads=HKV, head_dim=D, dtype=DT, page_size=None,
                     kv_layout="NHD", causal=False)),
    # ops_bundle problems exactly as attn_mlir.flashinfer asks for them (append, RoPE, merge)
    ("ops", dict(dtype=DT, num_kv_heads=HKV, head_dim=D, page_size=P, kv_layout="NHD")),
    ("ops", dict(dtype=DT, num_kv_heads=HKV, head_dim=D, page_size=P, kv_layout="HND")),
    ("ops", dict(dtype=DT, num_qo_heads=HQ, num_kv_heads=HKV, head_dim=D, rotary_dim=D,
                 interleave=False, kind="llama", rope_theta=1e4, rope_scale=1.0)),
    ("ops", dict(dtype=DT, num_qo_heads=HQ, num_kv_heads=HKV, head_dim=D, rotary_dim=D,
                 interleave=False, kind="llama3", rope_theta=5e5, rope_scale=1.0,
                 rope_factor=8.0, low_freq_factor=1.0, high_freq_factor=4.0,
                 old_context_len=8192)),
    ("ops", dict(dtype=DT, num_heads=HQ, head_dim=D)),
]

LOG2E = 1.0 / math.log(2.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--tol", type=float, default=2e-2, help="relative error bound (bf16)")
    ap.add_argument("--no-flashinfer", action="store_true")
    args = ap.parse_args()

    import torch
    import reference as ref
    from attn_mlir import flashinfer as afi

    fi = None
    if not args.no_flashinfer:
        try:
            import flashinfer as fi
        except Exception as e:  # noqa: BLE001 - any import failure: compare to the reference only
            print(f"flashinfer not importable ({type(e).__name__}: {e}); reference only")
    torch.manual_seed(args.seed)
    dev = torch.device("cuda")
    dt = torch.bfloat16
    failures = []

    def rel(got, want):
        got, want = got.double(), want.double()
        if not torch.isfinite(got).all():
            return math.inf
        return float((got - want).norm() / max(want.norm().item(), 1e-30))

    def report(case, what, got, want, tol=None):
        e = rel(got, want)
        ok = e <= (tol or args.tol)
        print(f"  {case:<36} {what:<22} rel err {e:.2e} {'ok' if ok else 'FAIL'}")
        if not ok:
            failures.append(f"{case}: {what} rel err {e:.2e}")

    def randn(*shape):
        return (torch.randn(*shape, device=dev) * 0.5 + 0.1).to(dt)

    def ws():
        return torch.zeros(128 << 20, dtype=torch.uint8, device=dev)

    def pool(num_pages, layout, combined=False):
        """(k, v, paged_kv_cache): two pools, or with `combined` the halves of one
        [pages, 2, ...] tensor (FlashInfer's / vLLM's layout), which is what the wrappers get."""
        page = (P, HKV, D) if layout == "NHD" else (HKV, P, D)
        if combined:
            cache = randn(num_pages, 2, *page)
            return cache[:, 0], cache[:, 1], cache
        k, v = randn(num_pages, *page), randn(num_pages, *page)
        return k, v, (k, v)

    def case(fn):
        name = fn.__name__
        print(name)
        try:
            fn()
        except Exception:  # noqa: BLE001 - a case that raises is a failure; go on
            traceback.print_exc()
            failures.append(f"{name}: raised")

    sm = 1.0 / math.sqrt(D)

    # ---- decode ------------------------------------------------------------------------------
    def decode(layout, graph, combined=False):
        lens = [1, 17, 33, 100, 257, 16]
        B = len(lens)
        indptr, indices, last = ref.page_table(lens, P, 64)
        k, v, cache = pool(64, layout, combined)
        q = randn(B, HQ, D)
        o_ref, lse_ref = ref.decode_reference(q, k, v, indptr, indices, lens,
                                              layout=layout.lower(), sm_scale=sm)
        if graph:
            bufs = (torch.empty(B + 1, dtype=torch.int32, device=dev),
                    torch.empty(64, dtype=torch.int32, device=dev),
                    torch.empty(B, dtype=torch.int32, device=dev))
            w = afi.BatchDecodeWithPagedKVCacheWrapper(ws(), layout, use_cuda_graph=True,
                                                       paged_kv_indptr_buffer=bufs[0],
                                                       paged_kv_indices_buffer=bufs[1],
                                                       paged_kv_last_page_len_buffer=bufs[2])
        else:
            w = afi.BatchDecodeWithPagedKVCacheWrapper(ws(), layout)
        w.plan(indptr, indices, last, HQ, HKV, D, P, q_data_type=dt)
        out = torch.full((B, HQ, D), math.nan, dtype=dt, device=dev)
        lse = torch.full((B, HQ), math.nan, dtype=torch.float32, device=dev)
        tag = f"decode {layout}{' graph' if graph else ''}{' combined' if combined else ''}"
        if graph:
            g = torch.cuda.CUDAGraph()
            w.run(q, cache, out=out, lse=lse)  # warm-up outside capture
            out.fill_(math.nan)
            lse.fill_(math.nan)
            with torch.cuda.graph(g):
                w.run(q, cache, out=out, lse=lse)
            g.replay()
        else:
            w.run(q, cache, out=out, lse=lse)
        torch.cuda.synchronize()
        report(tag, "o vs reference", out, o_ref)
        report(tag, "lse (base 2) vs ref", lse, lse_ref * LOG2E, 1e-3)
        if fi is not None:
            fw = fi.BatchDecodeWithPagedKVCacheWrapper(ws(), layout)
            fw.plan(indptr.to(dev), indices.to(dev), last.to(dev), HQ, HKV, D, P,
                    q_data_type=dt)
            fo, flse = fw.run(q, cache, return_lse=True)
            report(tag, "o vs flashinfer", out, fo)
            report(tag, "lse vs flashinfer", lse, flse, 1e-3)

    case(lambda: decode("NHD", False))
    case(lambda: decode("HND", False))
    case(lambda: decode("NHD", True))
    case(lambda: decode("NHD", False, combined=True))
    case(lambda: decode("HND", False, combined=True))
    case(lambda: decode("HND", True, combined=True))

    # ---- prefill ----------------------------------------------------------------------------
    q_lens, kv_lens = [1, 7, 33, 64, 5], [1, 20, 33, 100, 300]
    qo_indptr = torch.tensor([0] + list(torch.tensor(q_lens).cumsum(0)), dtype=torch.int32)
    T = int(qo_indptr[-1])

    def prefill_paged(layout, combined=False):
        indptr, indices, last = ref.page_table(kv_lens, P, 64)
        k, v, cache = pool(64, layout, combined)
        q = randn(T, HQ, D)
        kv = ref.paged_kv_list(k, v, layout.lower(), indptr, indices, kv_lens)
        o_ref, lse_ref = ref.prefill_reference(q, qo_indptr.tolist(), kv, sm_scale=sm,
                                               causal=True)
        w = afi.BatchPrefillWithPagedKVCacheWrapper(ws(), layout)
        w.plan(qo_indptr, indptr, indices, last, HQ, HKV, D, P, causal=True, q_data_type=dt)
        out = torch.full((T, HQ, D), math.nan, dtype=dt, device=dev)
        o, lse = w.run(q, cache, out=out, return_lse=True)
        assert o is out
        tag = f"prefill paged causal {layout}{' combined' if combined else ''}"
        report(tag, "o vs reference", o, o_ref)
        report(tag, "lse (base 2) vs ref", lse, lse_ref * LOG2E, 1e-3)
        if fi is not None:
            fw = fi.BatchPrefillWithPagedKVCacheWrapper(ws(), layout)
            fw.plan(qo_indptr.to(dev), indptr.to(dev), indices.to(dev), last.to(dev), HQ, HKV,
                    D, P, causal=True, q_data_type=dt)
            fo, flse = fw.run(q, cache, return_lse=True)
            report(tag, "o vs flashinfer", o, fo)
            report(tag, "lse vs flashinfer", lse, flse, 1e-3)

    def prefill_ragged(causal):
        kv_indptr = torch.tensor([0] + list(torch.tensor(kv_lens).cumsum(0)), dtype=torch.int32)
        k, v = randn(int(kv_indptr[-1]), HKV, D), randn(int(kv_indptr[-1]), HKV, D)
        q = randn(T, HQ, D)
        kv = ref.ragged_kv_list(k, v, kv_indptr.tolist())
        o_ref, lse_ref = ref.prefill_reference(q, qo_indptr.tolist(), kv, sm_scale=sm,
                                               causal=causal)
        w = afi.BatchPrefillWithRaggedKVCacheWrapper(ws(), "NHD")
        w.plan(qo_indptr, kv_indptr, HQ, HKV, D, causal=causal, q_data_type=dt)
        o, lse = w.run(q, k, v, return_lse=True)
        tag = f"prefill ragged {'causal' if causal else 'full'}"
        report(tag, "o vs reference", o, o_ref)
        report(tag, "lse (base 2) vs ref", lse, lse_ref * LOG2E, 1e-3)
        if fi is not None:
            fw = fi.BatchPrefillWithRaggedKVCacheWrapper(ws(), "NHD")
            fw.plan(qo_indptr.to(dev), kv_indptr.to(dev), HQ, HKV, D, causal=causal,
                    q_data_type=dt)
            fo, flse = fw.run(q, k, v, return_lse=True)
            report(tag, "o vs flashinfer", o, fo)
            report(tag, "lse vs flashinfer", lse, flse, 1e-3)

    def single():
        q1, k, v = randn(HQ, D), randn(77, HKV, D), randn(77, HKV, D)
        o_ref, _ = ref.prefill_reference(q1[None], [0, 1], [(k, v)], sm_scale=sm, causal=False)
        o = afi.single_decode_with_kv_cache(q1, k, v)
        report("single_decode", "o vs reference", o, o_ref[0])
        q = randn(40, HQ, D)
        o_ref, lse_ref = ref.prefill_reference(q, [0, 40], [(k, v)], sm_scale=sm, causal=True)
        o, lse = afi.single_prefill_with_kv_cache(q, k, v, causal=True, return_lse=True)
        report("single_prefill causal", "o vs reference", o, o_ref)
        report("single_prefill causal", "lse (base 2) vs ref", lse, lse_ref * LOG2E, 1e-3)
        if fi is not None:
            report("single_prefill causal", "o vs flashinfer", o,
                   fi.single_prefill_with_kv_cache(q, k, v, causal=True))

    case(lambda: prefill_paged("NHD"))
    case(lambda: prefill_paged("HND"))
    case(lambda: prefill_paged("NHD", combined=True))
    case(lambda: prefill_paged("HND", combined=True))
    case(lambda: prefill_ragged(True))
    case(lambda: prefill_ragged(False))
    case(single)

    # ---- append, RoPE, merge ----------------------------------------------------------------
    def append(layout, combined=False):
        lens = [3, 17, 40]           # lengths after the append
        new = [3, 1, 9]              # rows appended per request
        indptr, indices, last = ref.page_table(lens, P, 16)
        k, v, cache = pool(16, layout, combined)
        k0, v0 = k.clone(), v.clone()
        nnz = sum(new)
        ak, av = randn(nnz, HKV, D), randn(nnz, HKV, D)
        app_indptr = torch.tensor([0, 3, 4, 13], dtype=torch.int32, device=dev)
        seq = afi.get_seq_lens(indptr.to(dev), last.to(dev), P)
        bi, pos = afi.get_batch_indices_positions(app_indptr, seq, nnz)
        afi.append_paged_kv_cache(ak, av, bi, pos, cache, indices.to(dev), indptr.to(dev),
                                  last.to(dev), kv_layout=layout)
        want_k, want_v = k0.clone(), v0.clone()
        for r in range(nnz):
            b, p = int(bi[r]), int(pos[r])
            page = int(indices[int(indptr[b]) + p // P])
            if layout == "NHD":
                want_k[page, p % P], want_v[page, p % P] = ak[r], av[r]
            else:
                want_k[page, :, p % P], want_v[page, :, p % P] = ak[r], av[r]
        tag = f"append {layout}{' combined' if combined else ''}"
        report(tag, "k cache", k, want_k, 1e-6)
        report(tag, "v cache", v, want_v, 1e-6)
        if combined:  # nothing outside the new rows moved, in either half
            report(tag, "whole combined cache", cache, torch.stack((want_k, want_v), 1), 1e-6)
        # Pages that are not contiguous inside (same shape, dims reversed in memory) are
        # refused, never copied.
        page = tuple(k.shape[1:])
        try:
            if combined:
                bad = randn(16, 2, *page[::-1]).permute(0, 1, 4, 3, 2)
            else:
                bad = (randn(16, *page[::-1]).permute(0, 3, 2, 1), v)
            afi.append_paged_kv_cache(ak, av, bi, pos, bad, indices.to(dev), indptr.to(dev),
                                      last.to(dev), kv_layout=layout)
            failures.append(f"{tag}: pages not contiguous inside were not rejected")
        except ValueError as e:
            print(f"  strided pages rejected: {str(e)[:70]}...")

    def rope():
        N = 29
        q, k = randn(N, HQ, D), randn(N, HKV, D)
        pos = torch.randint(0, 4000, (N,), dtype=torch.int32, device=dev)
        qr, kr = afi.apply_rope_pos_ids(q, k, pos)
        report("rope llama", "q vs reference", qr, ref.rope_llama(q.double(), pos[:, None], D,
                                                                   1e4))
        report("rope llama", "k vs reference", kr, ref.rope_llama(k.double(), pos[:, None], D,
                                                                   1e4))
        indptr = torch.tensor([0, 10, 29], dtype=torch.int32, device=dev)
        offsets = torch.tensor([5, 100], dtype=torch.int32, device=dev)
        qr2, _ = afi.apply_rope(q, k, indptr, offsets)
        pos2 = afi._pos_ids_of(indptr, offsets, N)
        report("rope indptr/offsets", "q vs reference", qr2,
               ref.rope_llama(q.double(), pos2[:, None], D, 1e4))
        qi, ki = q.clone(), k.clone()
        afi.apply_rope_pos_ids_inplace(qi, ki, pos)
        report("rope in place", "q vs out-of-place", qi, qr, 1e-6)
        if fi is not None:
            fq, fk = fi.apply_rope_pos_ids(q, k, pos)
            report("rope llama", "q vs flashinfer", qr, fq)
            lq, lk = afi.apply_llama31_rope_pos_ids(q, k, pos)
            fq, fk = fi.apply_llama31_rope_pos_ids(q, k, pos)
            report("rope llama31", "q vs flashinfer", lq, fq)
            report("rope llama31", "k vs flashinfer", lk, fk)

    def merge():
        N = 37
        va, vb = randn(N, HQ, D), randn(N, HQ, D)
        sa = torch.randn(N, HQ, device=dev) * 3
        sb = torch.randn(N, HQ, device=dev) * 3
        ln = math.log(2.0)
        m = torch.maximum(sa, sb).double() * ln
        wa = torch.exp(sa.double() * ln - m)
        wb = torch.exp(sb.double() * ln - m)
        v_ref = (va.double() * wa[..., None] + vb.double() * wb[..., None]) / (wa + wb)[..., None]
        s_ref = (m + torch.log(wa + wb)) / ln
        v, s = afi.merge_state(va, sa, vb, sb)
        report("merge_state", "v vs reference", v, v_ref)
        report("merge_state", "s (base 2) vs ref", s, s_ref, 1e-5)
        vv, ss = torch.stack((va, vb), 1), torch.stack((sa, sb), 1)
        v2, s2 = afi.merge_states(vv, ss)
        report("merge_states", "v vs reference", v2, v_ref)
        report("merge_states", "s (base 2) vs ref", s2, s_ref, 1e-5)
        if fi is not None:
            fv, fs = fi.merge_state(va, sa, vb, sb)
            report("merge_state", "v vs flashinfer", v, fv)
            report("merge_state", "s vs flashinfer", s, fs, 1e-5)

    case(lambda: append("NHD"))
    case(lambda: append("HND"))
    case(lambda: append("NHD", combined=True))
    case(lambda: append("HND", combined=True))
    case(rope)
    case(merge)

    # ---- multi-level cascade ------------------------------------------------------------------
    def cascade(causal, combined=False):
        """Two levels: shared prefixes of 48 and 96 tokens for requests 0-2 and 3-4, request 5
        in no group; each request's own pages (decode kernel when every request has one
        query; causal prefill otherwise, own >= queries so that the reference's bottom-right
        mask over prefix + own is the cascade's). Reference: each request attending to its
        prefix followed by its own tokens."""
        groups = [(0, 3, 48), (3, 5, 96), (5, 6, 0)]
        q_lens = [2, 1, 3, 1, 4, 2] if causal else [1] * 6
        own = ([q + n for q, n in zip(q_lens, [0, 5, 17, 0, 30, 2])] if causal
               else [0, 1, 17, 300, 16, 33])
        perm = iter(torch.randperm(64).tolist())
        g_pages = [[next(perm) for _ in range(-(-n // P))] for _, _, n in groups]
        o_pages = [[next(perm) for _ in range(-(-n // P))] for n in own]
        starts = [0]
        for n in q_lens:
            starts.append(starts[-1] + n)
        N = starts[-1]

        def i32(x):
            return torch.tensor(x, dtype=torch.int32)

        def table(pages, lens):
            ip = [0]
            for pg in pages:
                ip.append(ip[-1] + len(pg))
            return (i32(ip), i32([x for pg in pages for x in pg] or [0]),
                    i32([n - (len(pg) - 1) * P if pg else 0 for pg, n in zip(pages, lens)]))
        l0 = (i32([0] + [starts[hi] for _, hi, _ in groups]),) + \
            table(g_pages, [n for _, _, n in groups])
        l1 = (i32(starts),) + table(o_pages, own)
        group_of = [g for g, (lo, hi, _) in enumerate(groups) for _ in range(lo, hi)]
        full_pages = [g_pages[group_of[b]] + o_pages[b] for b in range(6)]
        full_lens = [groups[group_of[b]][2] + own[b] for b in range(6)]
        indptr, indices, _ = table(full_pages, full_lens)
        k, v, cache = pool(64, "NHD", combined)
        q = randn(N, HQ, D)
        if causal:
            kv = ref.paged_kv_list(k, v, "nhd", indptr, indices, full_lens)
            o_ref, _ = ref.prefill_reference(q, starts, kv, sm_scale=sm, causal=True)
        else:
            o_ref, _ = ref.decode_reference(q, k, v, indptr, indices, full_lens, layout="nhd",
                                            sm_scale=sm)
        tag = (f"cascade 2 levels {'causal' if causal else 'decode'}"
               f"{' combined' if combined else ''}")
        w = afi.MultiLevelCascadeAttentionWrapper(2, ws(), "NHD")
        w.plan([l0[0], l1[0]], [l0[1], l1[1]], [l0[2], l1[2]], [l0[3], l1[3]], HQ, HKV, D, P,
               causal=causal, q_data_type=dt)
        o = w.run(q, cache)
        torch.cuda.synchronize()
        report(tag, "o vs reference", o, o_ref)
        if fi is not None:
            fw = fi.MultiLevelCascadeAttentionWrapper(2, ws(), "NHD")
            fw.plan([t.to(dev) for t in (l0[0], l1[0])], [t.to(dev) for t in (l0[1], l1[1])],
                    [t.to(dev) for t in (l0[2], l1[2])], [t.to(dev) for t in (l0[3], l1[3])],
                    HQ, HKV, D, P, causal=causal, q_data_type=dt)
            report(tag, "o vs flashinfer", o, fw.run(q, cache))

    case(lambda: cascade(False))
    case(lambda: cascade(True))
    case(lambda: cascade(False, combined=True))
    case(lambda: cascade(True, combined=True))

    def not_implemented():
        w = afi.BatchDecodeWithPagedKVCacheWrapper(ws(), "NHD")
        for kw in (dict(fixed_split_size=4), dict(block_tables=torch.zeros(1))):
            try:
                w.plan([0, 1], [0], [1], HQ, HKV, D, P, q_data_type=dt, **kw)
                failures.append(f"decode plan {kw} did not raise")
            except NotImplementedError as e:
                print(f"  NotImplementedError: {e}")

    case(not_implemented)

    print()
    if failures:
        print(f"FAILED ({len(failures)}):")
        for f in failures:
            print("  " + f)
        return 1
    print("all flashinfer-compat checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
