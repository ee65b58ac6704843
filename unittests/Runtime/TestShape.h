//===- TestShape.h - the attention shape most runtime tests use -----------===//
//
// Llama-3-8B's attention heads: 32 query heads and 8 KV heads (GQA group 4) of 128 features.
// One function fills them in any problem or config that has these fields (the C++ problems and
// scheduler configs, the C API configs), so that a test states only what it changes.
//
//===----------------------------------------------------------------------===//
#ifndef ATTN_RT_UNITTESTS_TESTSHAPE_H
#define ATTN_RT_UNITTESTS_TESTSHAPE_H

namespace attn::rt::test {

/// Sets num_qo_heads = 32, num_kv_heads = 8, head_dim = 128 and returns `c`.
template <typename Config> Config &setLlama3Heads(Config &c) {
  c.num_qo_heads = 32;
  c.num_kv_heads = 8;
  c.head_dim = 128;
  return c;
}

/// The KV side alone (num_kv_heads = 8, head_dim = 128) in 16-token pages, e.g. for append_kv.
template <typename Config> Config &setLlama3KvPages(Config &c) {
  c.num_kv_heads = 8;
  c.head_dim = 128;
  c.page_size = 16;
  return c;
}

/// setLlama3Heads plus 16-token KV pages (the page size of the paged tests).
template <typename Config> Config &setLlama3PagedHeads(Config &c) {
  c.num_qo_heads = 32;
  return setLlama3KvPages(c);
}

} // namespace attn::rt::test

#endif // ATTN_RT_UNITTESTS_TESTSHAPE_H
