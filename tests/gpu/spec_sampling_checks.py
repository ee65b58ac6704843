"""The chain_speculative_sampling checks of check_sampling.py (speculative-decoding
verification), on the GPU:

  * statistics: drafts drawn from the draft rows, the token emitted at every position that is
    reached must have the target row's distribution (the defining property of speculative
    sampling), a chi-square test over >= 100k chains per case; the emitted and accepted
    counts must follow their exact laws (emitted = k with probability a_0 ... a_{k-1}
    (1 - a_k), accepted = a sum of independent Bernoulli(a_i), a_i = sum_j min(p_i, q_i)(j));
    cases: random rows, draft == target (all accepted), draft disjoint from target (always
    rejected at position 0), ties, a single non-zero, a vocabulary of 7 (element loads), bf16,
    and a 151936-token vocabulary;
  * exact: with the kernel's own uniforms (Philox4x32-10 recomputed here), the emitted and
    accepted counts, the accepted drafts and the -1 padding equal a reference's that tests
    u * q < p in float32, and the drawn token has mass in the residual (or the target row);
    counts are added to given tensors;
  * reproducibility (same seed and offset, same outputs; another offset, others) and bad
    input (clear errors, out-of-range draft ids and NaN rows without hanging).
"""

import time

import torch

from attn_mlir import sampling as S
from check_common import bad_input_checker

M0, M1, W0, W1 = 0xD2511F53, 0xCD9E8D57, 0x9E3779B9, 0xBB67AE85
MASK32 = 0xFFFFFFFF


def philox_u(round_, row, seed, offset):
    """The kernel's uniform in [0, 1) for (round, row, seed, offset): Philox4x32-10 with
    counter (round, row, offset_lo, offset_hi) and key (seed_lo, seed_hi); u = (c0 >> 8) 2^-24
    (the acceptance tests use r - 2^-24 with r = ((c0 >> 8) + 1) 2^-24)."""
    c = [round_ & MASK32, row & MASK32, offset & MASK32, (offset >> 32) & MASK32]
    k = [seed & MASK32, (seed >> 32) & MASK32]
    for i in range(10):
        if i:
            k = [(k[0] + W0) & MASK32, (k[1] + W1) & MASK32]
        p0, p1 = M0 * c[0], M1 * c[2]
        c = [(p1 >> 32) ^ c[1] ^ k[0], p1 & MASK32, (p0 >> 32) ^ c[3] ^ k[1], p0 & MASK32]
    return (c[0] >> 8) * 2.0**-24


def normalized(x, dtype):
    """Rows of x (float64, last dim) normalised, in dtype."""
    return (x / x.sum(-1, keepdim=True)).to(dtype)


def draw_drafts(q, rows, gen):
    """Draft ids [rows, S] drawn from the draft rows q [S, V] (float32 on the device)."""
    cols = [torch.multinomial(q[i].float().expand(rows, -1), 1, replacement=True, generator=gen)
            for i in range(q.shape[0])]
    return torch.cat(cols, 1).to(torch.int32)


def acceptance(q64, p64):
    """a_i = sum_j min(q_i(j), p_i(j)) for the normalised float64 rows."""
    return torch.minimum(q64, p64).sum(-1)


def emitted_law(a):
    """P(emitted = k), k = 0..S, for per-position acceptance probabilities a."""
    out, reach = [], 1.0
    for ai in a.tolist():
        out.append(reach * (1.0 - ai))
        reach *= ai
    out.append(reach)
    return torch.tensor(out, dtype=torch.float64)


def accepted_law(a):
    """P(accepted = k): the sum of independent Bernoulli(a_i) (Poisson-binomial)."""
    law = torch.zeros(1, dtype=torch.float64)
    law[0] = 1.0
    for ai in a.tolist():
        law = torch.cat([law * (1 - ai), torch.zeros(1, dtype=torch.float64)]) + \
            torch.cat([torch.zeros(1, dtype=torch.float64), law * ai])
    return law


def spec_cases(device):
    """(name, draft rows q [S, V], target rows p [S + 1, V]) float64, unnormalised."""
    g = torch.Generator().manual_seed(21)
    cases = []
    q = torch.rand(3, 16, generator=g) ** 2
    p = torch.rand(4, 16, generator=g) ** 2
    cases.append(("random", q, p))
    t = torch.rand(4, 16, generator=g)
    cases.append(("draft_equals_target", t[:3].clone(), t))
    q = torch.zeros(3, 16)
    q[:, :8] = torch.rand(3, 8, generator=g) + 0.1
    p = torch.zeros(4, 16)
    p[:, 8:] = torch.rand(4, 8, generator=g) + 0.1
    cases.append(("disjoint", q, p))
    ties = torch.tensor([0.2, 0.2, 0.2, 0.1, 0.1, 0.1, 0.1, 0.0])
    cases.append(("ties", torch.full((2, 8), 1.0 / 8), ties.expand(3, 8).clone()))
    single = torch.zeros(3, 13)
    single[:, 5] = 1.0
    cases.append(("single_nonzero", torch.rand(2, 13, generator=g), single))
    cases.append(("vocab7", torch.rand(4, 7, generator=g), torch.rand(5, 7, generator=g) ** 3))
    return [(n, q.double().to(device), p.double().to(device)) for n, q, p in cases]


def chain_counts(q, p, draws, dtype, seed=99):
    """Runs `draws` chains over the rows q [S, V], p [S + 1, V] (in dtype) with drafts drawn
    from q. Returns (token counts per position [S + 1, V], chains reaching each position
    [S + 1], emitted histogram [S + 1], accepted histogram [S + 1], chains) or a string
    describing the first malformed output."""
    spec, vocab = q.shape
    rows = max(1, min(4096, 2**27 // ((2 * spec + 1) * vocab)))
    gen = torch.Generator(device=q.device).manual_seed(seed)
    qb = q.unsqueeze(0).expand(rows, -1, -1).contiguous()
    pb = p.unsqueeze(0).expand(rows, -1, -1).contiguous()
    counts = torch.zeros(spec + 1, vocab, dtype=torch.int64, device=q.device)
    reached = torch.zeros(spec + 1, dtype=torch.int64, device=q.device)
    emit_h = torch.zeros(spec + 1, dtype=torch.int64, device=q.device)
    acc_h = torch.zeros(spec + 1, dtype=torch.int64, device=q.device)
    calls = (draws + rows - 1) // rows
    pos = torch.arange(spec + 1, device=q.device)
    for c in range(calls):
        ids = draw_drafts(q, rows, gen)
        out, acc, emit = S.chain_speculative_sampling(qb, ids, pb, seed=seed, offset=c)
        # Structure: out[i] = draft for i < emitted, a token at emitted, -1 after.
        e = emit.long()
        if bool(((e < 0) | (e > spec)).any()):
            return f"emitted out of [0, {spec}]"
        before = pos.unsqueeze(0) < e.unsqueeze(1)
        if not torch.equal(out[:, :spec][before[:, :spec]], ids[before[:, :spec]]):
            return "an emitted draft differs from the draft id"
        after = pos.unsqueeze(0) > e.unsqueeze(1)
        if bool((out[after] != -1).any()):
            return "no -1 after the drawn token"
        at = out.gather(1, e.unsqueeze(1)).squeeze(1).long()
        if bool(((at < 0) | (at >= vocab)).any()):
            return "drawn token out of [0, vocab)"
        if bool((acc < emit).any() | (acc > spec).any()):
            return "accepted outside [emitted, num_spec]"
        valid = ~after
        flat = (pos.unsqueeze(0) * vocab + out.long().clamp(min=0))[valid]
        counts += torch.bincount(flat, minlength=(spec + 1) * vocab).view(spec + 1, vocab)
        reached += valid.sum(0)
        emit_h += torch.bincount(e, minlength=spec + 1)
        acc_h += torch.bincount(acc.long(), minlength=spec + 1)
    return counts, reached, emit_h, acc_h, calls * rows


def check_statistics(device, draws, record, chi_square, p_min):
    cases = [(n, q, p, torch.float32) for n, q, p in spec_cases(device)]
    g = torch.Generator().manual_seed(5)
    cases.append(("random_bf16", torch.rand(3, 16, generator=g).double().to(device),
                  torch.rand(4, 16, generator=g).double().to(device), torch.bfloat16))
    for name, q64, p64, dtype in cases:
        q, p = normalized(q64, dtype), normalized(p64, dtype)
        if name == "draft_equals_target":  # the same bits, whatever the normalisation did
            p[:-1] = q
        qn, pn = normalized(q.double(), torch.float64), normalized(p.double(), torch.float64)
        got = chain_counts(q, p, draws, dtype)
        dn = "f32" if dtype == torch.float32 else "bf16"
        label = f"chain_speculative_sampling[{dn},{name}]"
        if isinstance(got, str):
            record(label, False, why=got)
            continue
        counts, reached, emit_h, acc_h, n = got
        a = acceptance(qn, pn[:-1])
        for i in range(p.shape[0]):
            m = int(reached[i])
            if m == 0:  # never reached: only where the law says so
                record(f"{label} position {i}", float(emitted_law(a)[i:].sum()) < 1e-6,
                       reached=0)
                continue
            stat, df, pval, bad = chi_square(counts[i], pn[i], m)
            record(f"{label} position {i}", pval > p_min and bad == 0, reached=m,
                   chi2=round(stat, 2), df=df, p_value=f"{pval:.4g}", zero_prob_draws=bad)
        for what, hist, law in (("emitted", emit_h, emitted_law(a)),
                                ("accepted", acc_h, accepted_law(a))):
            stat, df, pval, bad = chi_square(hist, law, n)
            record(f"{label} {what} counts", pval > p_min and bad == 0, chains=n,
                   chi2=round(stat, 2), df=df, p_value=f"{pval:.4g}", impossible=bad)
    # A full-size vocabulary through the vector path, fewer chains.
    g = torch.Generator().manual_seed(8)
    vocab = 151936
    q64 = torch.softmax(torch.randn(2, vocab, generator=g).double() * 3, -1).to(device)
    p64 = torch.softmax(torch.randn(3, vocab, generator=g).double() * 3, -1).to(device)
    q, p = normalized(q64, torch.float32), normalized(p64, torch.float32)
    got = chain_counts(q, p, max(draws // 4, 16384), torch.float32)
    label = "chain_speculative_sampling[f32,vocab151936]"
    if isinstance(got, str):
        record(label, False, why=got)
        return
    counts, reached, emit_h, _, n = got
    pn = normalized(p.double(), torch.float64)
    for i in range(3):
        stat, df, pval, bad = chi_square(counts[i], pn[i], int(reached[i]))
        record(f"{label} position {i}", pval > p_min and bad == 0, reached=int(reached[i]),
               chi2=round(stat, 2), df=df, p_value=f"{pval:.4g}", zero_prob_draws=bad)


def reference_chain(q, p, ids, row, seed, offset):
    """(emitted, accepted) of one request from the kernel's uniforms, the tests u * q < p in
    float32 as the kernel makes them."""
    spec, vocab = q.shape
    emitted, accepted = spec, 0
    for i in range(spec):
        d = int(ids[i])
        ok = False
        if 0 <= d < vocab:
            u = torch.tensor(philox_u(i, row, seed, offset), dtype=torch.float32)
            ok = bool(u * q[i, d].float() < p[i, d].float())
        accepted += ok
        if not ok and emitted == spec:
            emitted = i
    return emitted, accepted


def check_exact(device, record):
    g = torch.Generator().manual_seed(13)
    batch, spec, vocab = 64, 4, 1000
    for dtype in (torch.float32, torch.bfloat16):
        dn = "f32" if dtype == torch.float32 else "bf16"
        q = normalized(torch.rand(batch, spec, vocab, generator=g).double() ** 4, dtype)
        p = normalized(torch.rand(batch, spec + 1, vocab, generator=g).double() ** 4, dtype)
        # Drafts: the heaviest draft token (often rejected) or a random one; a few out of range.
        ids = torch.randint(0, vocab, (batch, spec), generator=g, dtype=torch.int32)
        ids[::3] = q[::3].float().argmax(-1).to(torch.int32)
        ids[5, 1], ids[9, 0] = vocab, -3
        acc0 = torch.randint(0, 5, (batch,), generator=g, dtype=torch.int32)
        emit0 = torch.randint(0, 5, (batch,), generator=g, dtype=torch.int32)
        seed, offset = 2**40 + 17, 2**33 + 5
        qd, pd, idd = q.to(device), p.to(device), ids.to(device)
        acc, emit = acc0.to(device), emit0.to(device)
        out, acc_d, emit_d = S.chain_speculative_sampling(qd, idd, pd, acc, emit, seed=seed,
                                                          offset=offset)
        record(f"counts are added to the given tensors [{dn}]", acc_d is acc and emit_d is emit)
        out, acc_r, emit_r = out.cpu(), acc_d.cpu(), emit_d.cpu()
        bad = []
        for b in range(batch):
            e, a = reference_chain(q[b], p[b], ids[b], b, seed, offset)
            if int(emit_r[b]) != int(emit0[b]) + e or int(acc_r[b]) != int(acc0[b]) + a:
                bad.append((b, "counts", int(emit_r[b]) - int(emit0[b]), e,
                            int(acc_r[b]) - int(acc0[b]), a))
                continue
            row = out[b].tolist()
            if row[:e] != ids[b, :e].tolist() or any(t != -1 for t in row[e + 1:]):
                bad.append((b, "drafts or padding", row))
                continue
            t = row[e]
            resid = p[b, e].float() - (q[b, e].float() if e < spec else 0.0)
            if not (0 <= t < vocab) or not (resid[t] > 0 or (resid.clamp(min=0).sum() == 0
                                                              and p[b, e, t] > 0)):
                bad.append((b, "drawn token without mass", t))
        record(f"chain_speculative_sampling exact counts and padding [{dn}]", not bad,
               requests=batch, mismatches=bad[:4])


def check_repro_and_errors(device, record):
    g = torch.Generator().manual_seed(3)
    q = normalized(torch.rand(32, 4, 5000, generator=g).double(), torch.float32).to(device)
    p = normalized(torch.rand(32, 5, 5000, generator=g).double(), torch.float32).to(device)
    ids = torch.randint(0, 5000, (32, 4), generator=g, dtype=torch.int32).to(device)
    a = S.chain_speculative_sampling(q, ids, p, seed=7, offset=3)
    b = S.chain_speculative_sampling(q, ids, p, seed=7, offset=3)
    c = S.chain_speculative_sampling(q, ids, p, seed=7, offset=4)
    record("chain_speculative_sampling: same seed and offset, same outputs",
           all(torch.equal(x, y) for x, y in zip(a, b)))
    record("chain_speculative_sampling: another offset, other outputs",
           not torch.equal(a[0], c[0]), differing=int((a[0] != c[0]).sum()))
    ids64 = S.chain_speculative_sampling(q, ids.long(), p, seed=7, offset=3)
    record("chain_speculative_sampling: int64 draft ids", torch.equal(ids64[0], a[0]))

    raises = bad_input_checker(record)

    f = S.chain_speculative_sampling
    raises("spec: target of num_spec rows", ValueError, lambda: f(q, ids, p[:, :4]), "size 5")
    raises("spec: draft ids of the wrong shape", ValueError, lambda: f(q, ids[:, :3], p),
           "size 4")
    raises("spec: vocab mismatch", ValueError, lambda: f(q, ids, p[:, :, :4999].contiguous()),
           "size 5000")
    raises("spec: f16 drafts", TypeError, lambda: f(q.half(), ids, p), "float32 or bfloat16")
    raises("spec: mixed dtypes", TypeError, lambda: f(q, ids, p.bfloat16()), "like draft_probs")
    raises("spec: float draft ids", TypeError, lambda: f(q, ids.float(), p), "int32 or int64")
    raises("spec: num_spec 0", ValueError,
           lambda: f(q[:, :0], ids[:, :0], p[:, :1].contiguous()), "num_spec >= 1")
    raises("spec: accepted of the wrong size", ValueError,
           lambda: f(q, ids, p, torch.zeros(3, dtype=torch.int32, device=device)), "size 32")
    # Out-of-range ids are rejected; NaN rows finish.
    bad_ids = torch.full_like(ids, 7000)
    out, acc, emit = f(q, bad_ids, p, seed=1, offset=0)
    record("spec: out-of-range draft ids are rejected at position 0",
           int(emit.max()) == 0 and int(acc.max()) == 0 and bool((out[:, 1:] == -1).all()))
    nan_q = torch.full_like(q, float("nan"))
    nan_p = torch.full_like(p, float("nan"))
    t0 = time.time()
    out, acc, emit = f(nan_q, ids, nan_p, seed=1, offset=0)
    torch.cuda.synchronize()
    record("spec: NaN rows return without hanging",
           time.time() - t0 < 5.0 and bool((out[:, 0] == -1).all()) and int(emit.max()) == 0,
           first=out[0].tolist())


def check_speculative(device, draws, record, chi_square, p_min):
    """Every check above; one that raises is recorded as failed and the next still runs."""
    steps = (("repro_and_errors", lambda: check_repro_and_errors(device, record)),
             ("exact", lambda: check_exact(device, record)),
             ("statistics", lambda: check_statistics(device, draws, record, chi_square, p_min)))
    for name, step in steps:
        try:
            step()
        except Exception as err:  # noqa: BLE001
            record(f"chain_speculative_sampling {name} raised", False,
                   message=f"{type(err).__name__}: {err}")
