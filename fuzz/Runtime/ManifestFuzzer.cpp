//===- ManifestFuzzer.cpp - libFuzzer target: bundle manifest + cubin bytes -===//
//
// Input: manifest.json text, optionally followed by "\n#cubin\n" and the bytes every binary
// the manifest names gets (a header-only sm_90 cubin when absent). The bundle is opened from
// memory (parseManifest, then Bundle::openFromMemory: the ELF header checks), and each kernel
// of an accepted bundle is loaded and created with the problem its own variant describes,
// over the fake driver, then freed. Beyond the sanitizers, the target aborts when an accepted
// manifest breaks an invariant the runtime relies on, or when device objects outlive the
// bundle.
//
//===----------------------------------------------------------------------===//
#include "FakeCuda.h"
#include "TestBundle.h"

#include "attn-rt/AppendKV.h"
#include "attn-rt/Bundle.h"
#include "attn-rt/Decode.h"
#include "attn-rt/Driver.h"
#include "attn-rt/Merge.h"
#include "attn-rt/Prefill.h"
#include "attn-rt/Rope.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace attn::rt;

namespace {

constexpr std::string_view kCubinSeparator = "\n#cubin\n";

[[noreturn]] void fail(const char *what, const std::string &detail) {
  std::fprintf(stderr, "invariant broken: %s: %s\n", what, detail.c_str());
  std::abort();
}

/// What an accepted manifest promises (the runtime divides and indexes by these).
void checkInvariants(const BundleManifest &m) {
  if (m.kernels.empty())
    fail("no kernels", m.arch);
  if (archSmVersion(m.arch) < 0)
    fail("arch", m.arch);
  for (const KernelEntry &k : m.kernels) {
    if (k.name.empty() || k.name.find('\0') != std::string::npos)
      fail("kernel name", k.name);
    const int64_t volume = int64_t(k.block[0]) * k.block[1] * k.block[2];
    if (k.block[0] < 1 || k.block[1] < 1 || k.block[2] < 1 || volume > kMaxThreadsPerBlock)
      fail("block", k.name);
    if (k.params.size() > size_t(kMaxKernelParams))
      fail("params", k.name);
    const KernelVariant &v = k.variant;
    if (v.head_dim < 1 || (v.num_kv_heads > 0 && v.num_qo_heads % v.num_kv_heads != 0))
      fail("heads", k.name);
    for (float f : {v.sm_scale, v.logits_soft_cap, v.rope_theta, v.rope_scale, v.rope_factor,
                    v.rope_low_freq_factor, v.rope_high_freq_factor})
      if (!std::isfinite(f))
        fail("non-finite number", k.name);
    if (v.has_sm_scale && !(v.sm_scale > 0.0f))
      fail("sm_scale", k.name);
    const int64_t vec = k.tile.get("vec", 1);
    if (vec < 1 || vec > 16 || (vec & (vec - 1)) != 0)
      fail("tile.vec", k.name);
  }
}

/// Creates an `Op` for kernel `k` (by name) with `problem`; errors are expected, only crashes,
/// leaks and broken invariants count.
template <typename Op, typename Problem, typename Options>
void create(Bundle &b, const KernelEntry &k, const Problem &problem, Options options) {
  options.kernel_name = k.name;
  std::unique_ptr<Op> op;
  (void)Op::create(b, problem, options, &op);
}

/// Creates what kernel `k` is for, with the problem its variant states.
void createFor(Bundle &b, const KernelEntry &k) {
  const KernelVariant &v = k.variant;
  const bool attention = k.role == KernelRole::Attention, kernel = k.role == KernelRole::Kernel;
  const AttentionShape shape{v.num_qo_heads, v.num_kv_heads, v.head_dim, v.page_size,
                             v.layout,       v.dtype,        v.kv_dtype};
  if (attention && k.family == abi::kFamilyDecode) {
    DecodeOptions o;
    o.max_batch = 4;
    create<DecodeAttention>(b, k, DecodeProblem{shape}, o);
  } else if (attention && k.family == abi::kFamilyPrefill) {
    PrefillOptions o;
    o.max_batch = 4;
    o.max_qo_tokens = 256;
    // kv_format keeps its default (paged); a ragged kernel gets page_size 0.
    PrefillProblem p{shape};
    if (v.kv_format != KvFormat::Paged)
      p.page_size = 0;
    create<PrefillAttention>(b, k, p, o);
  } else if (kernel && k.family == abi::kFamilyAppendKv) {
    create<AppendPagedKV>(
        b, k, AppendKVProblem{v.num_kv_heads, v.head_dim, v.page_size, v.layout, v.dtype},
        AppendKVOptions{});
  } else if (kernel && k.family == abi::kFamilyRope) {
    // The llama3 factors keep their defaults.
    RopeProblem p{v.num_qo_heads, v.num_kv_heads,    v.head_dim,   v.rotary_dim,
                  v.rope,         v.rope_interleave, v.rope_theta, v.rope_scale};
    p.dtype = v.dtype;
    create<ApplyRope>(b, k, p, RopeOptions{});
  } else if (kernel && k.family == abi::kFamilyMerge) {
    create<MergeAttentionStates>(b, k,
                                 MergeProblem{v.merge, v.num_qo_heads, v.head_dim, v.dtype,
                                              v.state_dtype, v.return_lse, v.num_states},
                                 MergeOptions{});
  }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  if (!std::getenv(kDriverLibraryEnvVar))
    setenv(kDriverLibraryEnvVar, ATTN_FAKE_CUDA_PATH, 1);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  std::string_view input(reinterpret_cast<const char *>(data), size);
  std::string manifest(input), cubin = test::fakeCubin();
  if (size_t sep = input.find(kCubinSeparator); sep != std::string_view::npos) {
    manifest = std::string(input.substr(0, sep));
    cubin = std::string(input.substr(sep + kCubinSeparator.size()));
  }
  BundleManifest parsed;
  if (!parseManifest(manifest, "fuzz/manifest.json", &parsed).isOk())
    return 0;
  checkInvariants(parsed);
  std::map<std::string, std::string> files;
  for (const KernelEntry &k : parsed.kernels)
    files[k.binary] = cubin;
  const int64_t live = attnFakeCudaLiveObjects();
  {
    std::unique_ptr<Bundle> bundle;
    Status st = Bundle::openFromMemory(manifest, files, &bundle);
    if (!st.isOk()) {
      if (st.message().empty())
        fail("error without a message", manifest);
      return 0;
    }
    for (const KernelEntry &k : bundle->manifest().kernels)
      createFor(*bundle, k);
  }
  if (attnFakeCudaLiveObjects() != live)
    fail("device objects outlive the bundle", std::to_string(attnFakeCudaLiveObjects() - live));
  return 0;
}
