//===- TestScheduler.h - scheduler configurations shared by the runtime tests -===//
#ifndef ATTN_RT_UNITTESTS_TESTSCHEDULER_H
#define ATTN_RT_UNITTESTS_TESTSCHEDULER_H

#include "attn-rt/DecodeScheduler.h"

namespace attn::rt::test {

/// H100-like defaults for the Llama-3-8B decode problem: 132 SMs, 8 CTAs/SM, 32 query and 8 KV
/// heads of 128 features, 16-key tiles -> 132 one-wave work slots.
inline DecodeSchedulerConfig h100DecodeConfig(int32_t pageSize = 16) {
  DecodeSchedulerConfig c;
  c.page_size = pageSize;
  c.num_qo_heads = 32;
  c.num_kv_heads = 8;
  c.head_dim = 128;
  c.num_sms = 132;
  c.ctas_per_sm = 8;
  c.tile_kv = 16;
  c.max_batch = 512;
  c.max_work = 1024;
  return c;
}

} // namespace attn::rt::test

#endif // ATTN_RT_UNITTESTS_TESTSCHEDULER_H
