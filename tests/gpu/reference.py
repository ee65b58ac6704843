"""Float64 references of paged decode and of prefill / append attention (with RoPE, soft-cap,
ALiBi and masks; its maths is stated above prefill_reference), exactly per the attn.attention
semantics (include/attn/Dialect/Attn/IR/AttnOps.td, AttnAttrs.td), and the page-table builders
the GPU checks and the benchmark share.

Decode: for request b with L keys, the single query sits at position p = L - 1 and key j at j:
  q' = rope(q, p), k'_j = rope(k_j, j)                       (llama: pairs (x[i], x[i+r/2]),
                                                               angle pos * theta^(-2i/r))
  s_j = sm_scale * <q', k'_j>;  s_j = cap * tanh(s_j / cap)   (soft-cap, when set)
  visible: j >= p - window_left                               (sliding window, when set)
  lse = log sum_j exp(s_j);  o = sum_j exp(s_j - lse) v_j;  L == 0: o = 0, lse = -inf
Query head h reads KV head h // (Hq / Hkv).
"""

import math

import torch


def page_table(lens, page_size, pool_pages, generator=None):
    """Host int32 (kv_indptr [B+1], kv_indices, kv_last_page_len [B]) for lengths `lens`, the
    pages drawn without replacement at random from a pool of `pool_pages` (randperm)."""
    pages = [(L + page_size - 1) // page_size for L in lens]
    total = sum(pages)
    if total > pool_pages:
        raise ValueError(f"{total} pages needed, the pool has {pool_pages}")
    indptr = torch.zeros(len(lens) + 1, dtype=torch.int32)
    indptr[1:] = torch.cumsum(torch.tensor(pages, dtype=torch.int64), 0).to(torch.int32)
    indices = torch.randperm(pool_pages, generator=generator)[:total].to(torch.int32)
    last = torch.tensor([L - (n - 1) * page_size if n else 0 for L, n in zip(lens, pages)],
                        dtype=torch.int32)
    return indptr, indices, last


def gather_kv(pool, layout, pages, length):
    """[length, Hkv, D] rows of a paged pool (NHD [n, P, Hkv, D] or HND [n, Hkv, P, D])."""
    blk = pool[pages.long()]
    if layout == "hnd":
        blk = blk.transpose(1, 2)
    return blk.reshape(-1, blk.shape[2], blk.shape[3])[:length]


def rope_llama(x, pos, rotary_dim, theta):
    """Non-interleaved (Llama / NeoX) RoPE of x [..., D] at positions pos (broadcast against
    x's leading dimensions), in float64."""
    half = rotary_dim // 2
    i = torch.arange(half, dtype=torch.float64, device=x.device)
    inv_freq = theta ** (-2.0 * i / rotary_dim)
    ang = pos.to(torch.float64)[..., None] * inv_freq        # [..., half]
    cos, sin = torch.cos(ang), torch.sin(ang)
    x1, x2 = x[..., :half], x[..., half:rotary_dim]
    out = x.clone()
    out[..., :half] = x1 * cos - x2 * sin
    out[..., half:rotary_dim] = x2 * cos + x1 * sin
    return out


def decode_reference(q, k_pool, v_pool, indptr, indices, lens, *, layout, sm_scale,
                     soft_cap=0.0, window_left=-1, rope_theta=None, rotary_dim=None):
    """o [B, Hq, D] and lse [B, Hq] in float64 (on q's device).

    indptr / indices: host or device int tensors; lens: list of KV lengths.
    """
    B, Hq, D = q.shape
    Hkv = k_pool.shape[2] if layout == "nhd" else k_pool.shape[1]
    G = Hq // Hkv
    dev = q.device
    o = torch.zeros(B, Hq, D, dtype=torch.float64, device=dev)
    lse = torch.full((B, Hq), -math.inf, dtype=torch.float64, device=dev)
    indptr = indptr.cpu().tolist()
    indices = indices.to(dev)
    for b, L in enumerate(lens):
        if L == 0:
            continue
        pages = indices[indptr[b]:indptr[b + 1]]
        k = gather_kv(k_pool, layout, pages, L).to(torch.float64)   # [L, Hkv, D]
        v = gather_kv(v_pool, layout, pages, L).to(torch.float64)
        qb = q[b].to(torch.float64)                                  # [Hq, D]
        if rope_theta is not None:
            rd = rotary_dim or D
            qb = rope_llama(qb, torch.tensor(L - 1, device=dev), rd, rope_theta)
            k = rope_llama(k, torch.arange(L, device=dev)[:, None], rd, rope_theta)
        k = k.repeat_interleave(G, dim=1)                            # [L, Hq, D]
        v = v.repeat_interleave(G, dim=1)
        s = torch.einsum("hd,lhd->hl", qb, k) * sm_scale             # [Hq, L]
        if soft_cap:
            s = soft_cap * torch.tanh(s / soft_cap)
        if window_left >= 0:
            j = torch.arange(L, device=dev)
            s = s.masked_fill(j[None, :] < (L - 1) - window_left, -math.inf)
        lse_b = torch.logsumexp(s, dim=-1)                           # [Hq]
        p = torch.exp(s - lse_b[:, None])
        o[b] = torch.einsum("hl,lhd->hd", p, v)
        lse[b] = lse_b
    return o, lse


# ---- Python-float helpers of the naive references only (the vectorised references above and
# below never use them, so each naive reference stays an independent cross-check) ------------

def _naive_rope(x, pos, rotary_dim, theta):
    """Llama RoPE of one vector at position pos, feature pair (i, i + rotary_dim / 2) rotated
    by pos * theta^(-2i / rotary_dim); x unchanged (as floats) when theta is None."""
    x = [float(a) for a in x]
    if theta is None:
        return x
    half = rotary_dim // 2
    out = list(x)
    for i in range(half):
        a = pos * theta ** (-2.0 * i / rotary_dim)
        c, s = math.cos(a), math.sin(a)
        out[i] = x[i] * c - x[i + half] * s
        out[i + half] = x[i + half] * c + x[i] * s
    return out


def _naive_softmax_row(scores, D):
    """(lse, o) of one (row, head) from its admitted [(s_j, v_j)], non-empty:
    lse = log sum_j exp(s_j), o = sum_j exp(s_j - lse) v_j."""
    m = max(s for s, _ in scores)
    z = sum(math.exp(s - m) for s, _ in scores)
    o = [0.0] * D
    for s, vv in scores:
        w = math.exp(s - m) / z
        for d in range(D):
            o[d] += w * vv[d]
    return m + math.log(z), o


def naive_decode_reference(q, k_pool, v_pool, indptr, indices, lens, *, layout, sm_scale,
                           soft_cap=0.0, window_left=-1, rope_theta=None, rotary_dim=None):
    """The same maths one (request, head, key) at a time in Python floats: a cross-check of
    decode_reference on tiny inputs (CPU tests)."""
    B, Hq, D = q.shape
    Hkv = k_pool.shape[2] if layout == "nhd" else k_pool.shape[1]
    P = k_pool.shape[1] if layout == "nhd" else k_pool.shape[2]
    G = Hq // Hkv
    rd = rotary_dim or D

    def rot(x, pos):
        return _naive_rope(x, pos, rd, rope_theta)

    def row(pool, t, b, h):
        page = int(indices[int(indptr[b]) + t // P])
        slot = t % P
        r = pool[page, slot, h] if layout == "nhd" else pool[page, h, slot]
        return [float(x) for x in r]

    o = [[[0.0] * D for _ in range(Hq)] for _ in range(B)]
    lse = [[-math.inf] * Hq for _ in range(B)]
    for b, L in enumerate(lens):
        for h in range(Hq):
            qv = rot([float(x) for x in q[b, h]], L - 1)
            scores = []
            for t in range(L):
                if window_left >= 0 and t < L - 1 - window_left:
                    continue
                kv = rot(row(k_pool, t, b, h // G), t)
                s = sm_scale * sum(a * c for a, c in zip(qv, kv))
                if soft_cap:
                    s = soft_cap * math.tanh(s / soft_cap)
                scores.append((s, row(v_pool, t, b, h // G)))
            if scores:
                lse[b][h], o[b][h] = _naive_softmax_row(scores, D)
    return torch.tensor(o, dtype=torch.float64), torch.tensor(lse, dtype=torch.float64)


# ---- prefill / append ---------------------------------------------------------------------
#
# Request b has Lq = qo_indptr[b+1] - qo_indptr[b] query rows and Lk keys. Masks are aligned
# bottom-right (docs/PREFILL_ABI.md): query i sits at position pos_i = i + Lk - Lq and key j at
# j; causal admits j <= pos_i, a window of W additionally j >= pos_i - W. Then, per query head h
# (reading KV head h // (Hq / Hkv)):
#   q'_i = rope(q_i, pos_i), k'_j = rope(k_j, j)                   (llama RoPE, when set)
#   s_ij = sm_scale * <q'_i, k'_j>;  s_ij = cap * tanh(s_ij / cap)  (soft-cap, when set)
#   s_ij += slope_h * (j - pos_i),  slope_h = 2^(-8 (h + 1) / Hq)   (ALiBi, when set)
#   lse_i = log sum_{j admitted} exp(s_ij);  o_i = sum_{j admitted} exp(s_ij - lse_i) v_j
# and a row with no admitted key has o_i = 0, lse_i = -inf. The ALiBi term is signed, not
# -|j - pos_i|: with no causal mask, keys after pos_i get a positive bias (as in the op).
# Given alibi_slopes [Hq] replace the standard slopes. rope_offsets [B] add off_b to every RoPE
# position of request b (q at pos_i + off_b, k_j at j + off_b; RoPE being relative, the scores
# change only by rounding). Two more masks (docs/PREFILL_ABI.md), ANDed with causal / window:
#   custom (custom_mask bytes, mask_indptr [B+1]): j admitted iff bit t = i * Lk + j is set,
#     (custom_mask[mask_indptr[b] + t // 8] >> (t % 8)) & 1;
#   block_sparse (R, C, block_indptr, block_indices): query row g = qo_indptr[b] + i is in
#     block row g // R, and j admitted iff j // C is in
#     block_indices[block_indptr[g // R]:block_indptr[g // R + 1]].


def alibi_slopes(num_qo_heads):
    """The standard ALiBi slopes of the op's `alibi` attribute (no alibi_slopes operand):
    slope_h = 2^(-8 (h + 1) / H) for query head h, H a power of two. Float64 [H]."""
    H = num_qo_heads
    if H <= 0 or H & (H - 1):
        raise ValueError(f"standard ALiBi slopes need a power-of-two head count, got {H}")
    return torch.tensor([2.0 ** (-8.0 * (h + 1) / H) for h in range(H)], dtype=torch.float64)


_standard_alibi_slopes = alibi_slopes  # prefill_reference's alibi_slopes argument shadows it


def admitted_range(i, q_len, kv_len, causal, window_left=-1):
    """[lo, hi) of the keys query row i of a request may see (hi <= lo: none)."""
    pos = i + kv_len - q_len
    hi = min(kv_len, pos + 1) if causal else kv_len
    lo = max(0, pos - window_left) if window_left >= 0 else 0
    return lo, hi


def admitted_pairs(q_len, kv_len, causal, window_left=-1):
    """Exact number of (query, key) pairs of one request the mask admits (for FLOP counts)."""
    if q_len <= 0 or kv_len <= 0:
        return 0
    if not causal and window_left < 0:
        return q_len * kv_len
    total = 0
    for i in range(q_len):
        lo, hi = admitted_range(i, q_len, kv_len, causal, window_left)
        total += max(0, hi - lo)
    return total


def brute_force_mask(q_len, kv_len, causal, window_left=-1):
    """The causal / window mask of one request by its definition, as a dense [q_len, kv_len]
    bool matrix: the independent check of admitted_range and of FLOP counts."""
    i = torch.arange(q_len)[:, None] + (kv_len - q_len)
    j = torch.arange(kv_len)[None, :]
    m = torch.ones(q_len, kv_len, dtype=torch.bool)
    if causal:
        m &= j <= i
    if window_left >= 0:
        m &= j >= i - window_left
    return m


def ragged_kv_list(k, v, kv_indptr):
    """Per request (k_b, v_b) [Lk, Hkv, D] views of ragged K/V [tokens, Hkv, D]."""
    ip = [int(x) for x in kv_indptr]
    return [(k[ip[b]:ip[b + 1]], v[ip[b]:ip[b + 1]]) for b in range(len(ip) - 1)]


def paged_kv_list(k_pool, v_pool, layout, kv_indptr, kv_indices, kv_lens):
    """Per request (k_b, v_b) [Lk, Hkv, D] gathered from paged pools."""
    ip = [int(x) for x in kv_indptr]
    indices = kv_indices.to(k_pool.device)
    out = []
    for b, L in enumerate(kv_lens):
        pages = indices[ip[b]:ip[b + 1]]
        out.append((gather_kv(k_pool, layout, pages, L), gather_kv(v_pool, layout, pages, L)))
    return out


def paged_kv_lens(kv_indptr, kv_last_page_len, page_size):
    """KV lengths of a paged batch: (pages - 1) * page_size + last_page_len (0 for no page)."""
    ip = [int(x) for x in kv_indptr]
    last = [int(x) for x in kv_last_page_len]
    return [(ip[b + 1] - ip[b] - 1) * page_size + last[b] if ip[b + 1] > ip[b] else 0
            for b in range(len(last))]


def custom_mask_of(custom_mask, mask_indptr, b, q_len, kv_len, device=None):
    """Bool [q_len, kv_len] of request b from the packed bits (the kernel's format): element
    (i, j) is bit t = i * kv_len + j of the bytes from custom_mask[mask_indptr[b]], little bit
    order."""
    n = q_len * kv_len
    start = int(mask_indptr[b])
    byts = torch.as_tensor(custom_mask)[start:start + (n + 7) // 8].to(device, torch.int64)
    bits = (byts[:, None] >> torch.arange(8, device=byts.device)) & 1
    return bits.reshape(-1)[:n].reshape(q_len, kv_len).bool()


def block_sparse_mask_of(block_sparse, q0, q_len, kv_len, device=None):
    """Bool [q_len, kv_len] of the request whose query rows start at row q0 of q, from
    block_sparse = (R, C, block_indptr, block_indices): row q0 + i is in block row
    (q0 + i) // R, key j in block column j // C (columns past kv_len are masked)."""
    R, C, indptr, indices = block_sparse
    indptr = [int(x) for x in indptr]
    indices = torch.as_tensor(indices).to(torch.int64)
    rows = torch.arange(q0, q0 + q_len) // R
    r0 = int(rows[0]) if q_len else 0
    nbr = (int(rows[-1]) - r0 + 1) if q_len else 0
    ncol = (kv_len + C - 1) // C
    blocks = torch.zeros(nbr, max(ncol, 1), dtype=torch.bool)
    for r in range(nbr):
        cols = indices[indptr[r0 + r]:indptr[r0 + r + 1]]
        cols = cols[(cols >= 0) & (cols < ncol)]
        blocks[r, cols] = True
    jcol = torch.arange(kv_len) // C
    return blocks[rows - r0][:, jcol].to(device)


def prefill_reference(q, qo_indptr, kv, *, sm_scale, causal, window_left=-1, soft_cap=0.0,
                      rope_theta=None, rotary_dim=None, alibi=False, alibi_slopes=None,
                      rope_offsets=None, custom_mask=None, block_sparse=None,
                      chunk_elems=1 << 26):
    """o [T, Hq, D] and lse [T, Hq] in float64 on q's device, T = q.shape[0] (rows past
    qo_indptr[-1] stay o = 0, lse = -inf).

    q: [T, Hq, D]; qo_indptr: host ints [B+1]; kv: per request (k_b, v_b) [Lk, Hkv, D] (see
    ragged_kv_list / paged_kv_list). rope_theta: llama RoPE on the first rotary_dim (default
    D) features of q and k (None: no RoPE); alibi: the standard slopes of alibi_slopes(Hq),
    or the given alibi_slopes [Hq] (which imply alibi); rope_offsets: ints [B] added to the
    RoPE positions of each request; custom_mask: (packed bytes, mask_indptr [B+1]);
    block_sparse: (R, C, block_indptr, block_indices), all host. Scores are built chunk_elems
    at a time.
    """
    T, Hq, D = q.shape
    dev = q.device
    rd = rotary_dim or D
    if alibi_slopes is not None:
        slopes = torch.as_tensor(alibi_slopes).to(dev, torch.float64)
        alibi = True
    else:
        slopes = _standard_alibi_slopes(Hq).to(dev) if alibi else None
    o = torch.zeros(T, Hq, D, dtype=torch.float64, device=dev)
    lse = torch.full((T, Hq), -math.inf, dtype=torch.float64, device=dev)
    qi = [int(x) for x in qo_indptr]
    for b, (kb, vb) in enumerate(kv):
        q0, q1 = qi[b], qi[b + 1]
        Lq, Lk = q1 - q0, kb.shape[0]
        if Lq == 0 or Lk == 0:
            continue
        Hkv = kb.shape[1]
        G = Hq // Hkv
        k64 = kb.to(dev, torch.float64)
        v64 = vb.to(dev, torch.float64)
        j = torch.arange(Lk, device=dev)
        off = int(rope_offsets[b]) if rope_offsets is not None else 0
        if rope_theta is not None:
            k64 = rope_llama(k64, j[:, None] + off, rd, rope_theta)    # key j at j + off_b
        extra = None                                                    # [Lq, Lk] or None
        if custom_mask is not None:
            extra = custom_mask_of(custom_mask[0], custom_mask[1], b, Lq, Lk, dev)
        if block_sparse is not None:
            m = block_sparse_mask_of(block_sparse, q0, Lq, Lk, dev)
            extra = m if extra is None else extra & m
        step = max(1, chunk_elems // (Hq * Lk))
        for s in range(0, Lq, step):
            e = min(Lq, s + step)
            pos = torch.arange(s, e, device=dev) + (Lk - Lq)            # [n]
            qc = q[q0 + s:q0 + e].to(torch.float64)                     # [n, Hq, D]
            if rope_theta is not None:
                qc = rope_llama(qc, pos[:, None] + off, rd, rope_theta)  # query i at pos_i
            qc = qc.reshape(e - s, Hkv, G, D)
            sc = torch.einsum("qhgd,khd->hgqk", qc, k64) * sm_scale     # [Hkv, G, n, Lk]
            if soft_cap:
                sc = soft_cap * torch.tanh(sc / soft_cap)
            if alibi:
                # s_ij += slope_h * (j - pos_i), after the soft-cap
                sc = sc + (slopes.reshape(Hkv, G, 1, 1) *
                           (j[None, :] - pos[:, None]).to(torch.float64))
            allowed = torch.ones(e - s, Lk, dtype=torch.bool, device=dev)
            if causal:
                allowed &= j[None, :] <= pos[:, None]
            if window_left >= 0:
                allowed &= j[None, :] >= pos[:, None] - window_left
            if extra is not None:
                allowed &= extra[s:e]
            sc = sc.masked_fill(~allowed, -math.inf)
            lc = torch.logsumexp(sc, dim=-1)                            # [Hkv, G, n]
            p = torch.exp(sc - torch.where(torch.isinf(lc), 0.0, lc)[..., None])
            oc = torch.einsum("hgqk,khd->qhgd", p, v64)                 # [n, Hkv, G, D]
            o[q0 + s:q0 + e] = oc.reshape(e - s, Hq, D)
            lse[q0 + s:q0 + e] = lc.permute(2, 0, 1).reshape(e - s, Hq)
    return o, lse


def naive_prefill_reference(q, qo_indptr, kv, *, sm_scale, causal, window_left=-1,
                            soft_cap=0.0, rope_theta=None, rotary_dim=None, alibi=False,
                            alibi_slopes=None, rope_offsets=None, custom_mask=None,
                            block_sparse=None):
    """The same maths one (row, head, key) at a time in Python floats, straight from the
    definition (no admitted_range, rope_llama, alibi_slopes, custom_mask_of or
    block_sparse_mask_of): a cross-check of prefill_reference on tiny inputs."""
    T, Hq, D = q.shape
    qi = [int(x) for x in qo_indptr]
    rd = rotary_dim or D
    if custom_mask is not None:
        cm_bytes = [int(x) for x in custom_mask[0]]
        cm_indptr = [int(x) for x in custom_mask[1]]
    if block_sparse is not None:
        R, C = block_sparse[0], block_sparse[1]
        bs_indptr = [int(x) for x in block_sparse[2]]
        bs_indices = [int(x) for x in block_sparse[3]]

    def rot(x, p):
        return _naive_rope(x, p, rd, rope_theta)

    def admitted(b, i, t, row, pos, Lk):
        if causal and t > pos:
            return False
        if window_left >= 0 and t < pos - window_left:
            return False
        if custom_mask is not None:
            bit = i * Lk + t
            if not (cm_bytes[cm_indptr[b] + bit // 8] >> (bit % 8)) & 1:
                return False
        if block_sparse is not None:
            r = row // R
            if t // C not in bs_indices[bs_indptr[r]:bs_indptr[r + 1]]:
                return False
        return True

    o = [[[0.0] * D for _ in range(Hq)] for _ in range(T)]
    lse = [[-math.inf] * Hq for _ in range(T)]
    for b, (kb, vb) in enumerate(kv):
        Lq, Lk = qi[b + 1] - qi[b], kb.shape[0]
        G = Hq // kb.shape[1]
        off = int(rope_offsets[b]) if rope_offsets is not None else 0
        for i in range(Lq):
            row = qi[b] + i
            pos = i + Lk - Lq
            for h in range(Hq):
                qv = rot(q[row, h], pos + off)
                slope = (float(alibi_slopes[h]) if alibi_slopes is not None
                         else 2.0 ** (-8.0 * (h + 1) / Hq))
                scores = []
                for t in range(Lk):
                    if not admitted(b, i, t, row, pos, Lk):
                        continue
                    s = sm_scale * sum(a * c for a, c in zip(qv, rot(kb[t, h // G], t + off)))
                    if soft_cap:
                        s = soft_cap * math.tanh(s / soft_cap)
                    if alibi or alibi_slopes is not None:
                        s += slope * (t - pos)
                    scores.append((s, [float(x) for x in vb[t, h // G]]))
                if scores:
                    lse[row][h], o[row][h] = _naive_softmax_row(scores, D)
    return torch.tensor(o, dtype=torch.float64), torch.tensor(lse, dtype=torch.float64)


# ---- random operands of the custom / block-sparse / ALiBi-slope / RoPE-offset variants ------

def random_custom_masks(q_lens, kv_lens, generator=None, density=0.5):
    """Per request a bool [q_len, kv_len] mask with about `density` of the keys visible; in
    every request with at least two query rows and a key, row 0 sees no key and row 1 every
    key (rows whose output must be o = 0, lse = -inf, and a dense row)."""
    out = []
    for lq, lk in zip(q_lens, kv_lens):
        m = torch.rand(lq, lk, generator=generator) < density
        if lq >= 2 and lk >= 1:
            m[0] = False
            m[1] = True
        out.append(m)
    return out


def pack_bits(masks):
    """(custom_mask uint8, mask_indptr int32 [B+1]) of per-request bool masks, straight from
    the definition (bit t = i * kv_len + j of request b is bit t % 8 of byte
    mask_indptr[b] + t // 8): the reference's own packer, independent of
    attn_mlir.pack_custom_mask."""
    indptr = [0]
    data = []
    for m in masks:
        flat = [bool(x) for x in m.reshape(-1).tolist()]
        nbytes = (len(flat) + 7) // 8
        for n in range(nbytes):
            data.append(sum(1 << k for k in range(8)
                            if 8 * n + k < len(flat) and flat[8 * n + k]))
        indptr.append(indptr[-1] + nbytes)
    return (torch.tensor(data or [0], dtype=torch.uint8),
            torch.tensor(indptr, dtype=torch.int32))


def random_block_sparse(qo_indptr, kv_lens, R, C, generator=None, density=0.4,
                        empty_row=True, out_of_range=True):
    """(block_indptr int32 [ceil(T / R) + 1], block_indices int32) of a random BSR mask over the
    T = qo_indptr[-1] query rows: each block row lists each block column of its request's
    keys with probability `density` (ascending, distinct), and at least one. With `empty_row`
    the first block row of the request with the most block rows (if it has two or more) lists
    nothing; with `out_of_range` one row also lists a column past its request's keys (must be
    masked). Requests with queries must start at multiples of R."""
    qi = [int(x) for x in qo_indptr]
    T = qi[-1]
    rows = (T + R - 1) // R
    owner = [None] * rows
    for b in range(len(qi) - 1):
        if qi[b + 1] > qi[b]:
            if qi[b] % R:
                raise ValueError(f"qo_indptr[{b}] ({qi[b]}) is not a multiple of R ({R})")
            for r in range(qi[b] // R, (qi[b + 1] + R - 1) // R):
                owner[r] = b
    empty = None
    if empty_row:
        block_rows = [(qi[b + 1] + R - 1) // R - qi[b] // R for b in range(len(qi) - 1)]
        tallest = max(range(len(block_rows)), key=lambda b: block_rows[b], default=None)
        if tallest is not None and block_rows[tallest] >= 2:
            empty = qi[tallest] // R
    indptr, indices = [0], []
    extra_done = not out_of_range
    for r in range(rows):
        b = owner[r]
        ncol = (kv_lens[b] + C - 1) // C if b is not None else 0
        cols = []
        if r != empty and ncol:
            keep = torch.rand(ncol, generator=generator) < density
            if not keep.any():
                keep[int(torch.randint(0, ncol, (1,), generator=generator))] = True
            cols = torch.nonzero(keep).reshape(-1).tolist()
        if not extra_done and r != empty:
            cols.append(ncol + 2)
            extra_done = True
        indices += cols
        indptr.append(len(indices))
    return (torch.tensor(indptr, dtype=torch.int32),
            torch.tensor(indices or [0], dtype=torch.int32))
