//===- TestScheduler.h - scheduler configurations shared by the runtime tests -===//
#ifndef ATTN_RT_UNITTESTS_TESTSCHEDULER_H
#define ATTN_RT_UNITTESTS_TESTSCHEDULER_H

#include "TestShape.h"

#include "attn-rt/DecodeScheduler.h"
#include "attn-rt/PrefillScheduler.h"

namespace attn::rt::test {

/// H100-like defaults for the Llama-3-8B decode problem: 132 SMs, 8 CTAs/SM, 32 query and 8 KV
/// heads of 128 features, 16-key tiles -> 132 one-wave work slots.
inline DecodeSchedulerConfig h100DecodeConfig(int32_t pageSize = 16) {
  DecodeSchedulerConfig c;
  c.page_size = pageSize;
  test::setLlama3Heads(c);
  c.num_sms = 132;
  c.ctas_per_sm = 8;
  c.tile_kv = 16;
  c.max_batch = 512;
  c.max_work = 1024;
  return c;
}

/// H100-like defaults for a Llama-3-8B prefill kernel: 132 SMs at 1 CTA/SM (tensor-core
/// tiles use most of an SM's shared memory), 32 query / 8 KV heads of 128 features, GQA group
/// 4, 128 packed rows (32 query tokens) per Q tile, 64-key tiles, causal, paged KV with
/// 16-token pages. Capacities: 256 requests, 64k query tokens, the default work and
/// partial-row capacities.
inline PrefillSchedulerConfig h100PrefillConfig() {
  PrefillSchedulerConfig c;
  test::setLlama3Heads(c);
  c.tile_q = 128;
  c.tile_kv = 64;
  c.num_sms = 132;
  c.ctas_per_sm = 1;
  c.causal = true;
  c.paged = true;
  c.page_size = 16;
  c.max_batch = 256;
  c.max_qo_tokens = 65536;
  c.max_work = defaultPrefillMaxWork(c);
  c.max_partial_rows = defaultPrefillMaxPartialRows(c);
  return c;
}

} // namespace attn::rt::test

#endif // ATTN_RT_UNITTESTS_TESTSCHEDULER_H
