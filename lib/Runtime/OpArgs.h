//===- OpArgs.h - the pointer arguments of the standalone ops ---*- C++ -*-===//
//
// One X-macro list per standalone op of its run's device pointers, X(field, param): `field`
// is the member of the op's Args struct and of its C attn_*_args_t (the two share names),
// `param` the kernel parameter it binds to, a constant of the op's namespace in
// KernelABI.h. The C API copies the fields and run binds them by parameter name, both from
// these lists; the scalars (num_rows, num_states, vocab) go by value and are listed apart.
//
//===----------------------------------------------------------------------===//
#ifndef ATTN_RT_LIB_OPARGS_H
#define ATTN_RT_LIB_OPARGS_H

// Append and RoPE split theirs by what checkArgs requires: ROW pointers (non-null, aligned to
// the kernel's vector access), INDEX pointers (non-null i32 arrays), then those not checked.
// clang-format off
#define ATTN_RT_APPEND_KV_ROW_PTRS(X) X(k, kK) X(v, kV) X(k_cache, kKCache) X(v_cache, kVCache)
#define ATTN_RT_APPEND_KV_INDEX_PTRS(X)                                                        \
  X(batch_indices, kBatchIndices) X(positions, kPositions) X(kv_indptr, kKvIndptr)          \
  X(kv_indices, kKvIndices)
#define ATTN_RT_APPEND_KV_PTRS(X)                                                              \
  ATTN_RT_APPEND_KV_ROW_PTRS(X) ATTN_RT_APPEND_KV_INDEX_PTRS(X)                             \
  X(kv_last_page_len, kKvLastPageLen)
#define ATTN_RT_ROPE_ROW_PTRS(X) X(q, kQ) X(k, kK) X(q_out, kQOut) X(k_out, kKOut)
#define ATTN_RT_ROPE_INDEX_PTRS(X) X(pos_ids, kPosIds)
#define ATTN_RT_ROPE_PTRS(X) ATTN_RT_ROPE_ROW_PTRS(X) ATTN_RT_ROPE_INDEX_PTRS(X)
#define ATTN_RT_MERGE_PTRS(X)                                                                  \
  X(v_a, kVA) X(s_a, kSA) X(v_b, kVB) X(s_b, kSB) X(v, kV) X(s, kS) X(v_out, kVOut)         \
  X(s_out, kSOut)
#define ATTN_RT_SAMPLER_PTRS(X)                                                                \
  X(input, kInput) X(top_k, kTopK) X(top_p, kTopP) X(min_p, kMinP)                          \
  X(seed_offset, kSeedOffset) X(out, kOut)
#define ATTN_RT_SPEC_SAMPLER_PTRS(X)                                                           \
  X(draft_probs, kDraftProbs) X(draft_token_ids, kDraftTokenIds)                            \
  X(target_probs, kTargetProbs) X(seed_offset, kSeedOffset) X(out, kOut)                    \
  X(accepted, kAccepted) X(emitted, kEmitted)
// clang-format on

/// In a braced list: the {parameter name, value} pair (a NamedPtr or a binding) of `field` of
/// the args `a`, with the op's ABI namespace aliased as `p`.
#define ATTN_RT_BIND_PTR(field, param) {p::param, a.field},

#endif // ATTN_RT_LIB_OPARGS_H
