//===- TestExpect.h - gtest expectations shared by the runtime tests ------===//
#ifndef ATTN_RT_UNITTESTS_TESTEXPECT_H
#define ATTN_RT_UNITTESTS_TESTEXPECT_H

#include "TestBundle.h"
#include "TestManifest.h"

#include "attn-rt/Workspace.h"
#include "attn-rt/attn_rt.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace attn::rt::test {

/// Expects `st` to be an error with `code` and exactly `message`.
inline void expectError(const Status &st, StatusCode code, const std::string &message) {
  EXPECT_EQ(st.code(), code) << st.message();
  EXPECT_EQ(st.message(), message);
}

/// Expects a C API call that returned `got` to have failed with `want`, leaving `message` as
/// the last error.
inline void expectCError(attn_status_t got, attn_status_t want, const char *message) {
  EXPECT_EQ(got, want) << attnGetLastError();
  EXPECT_STREQ(attnGetLastError(), message);
}

/// Expects a C API call that returned `got` to have failed with `want`, its last error
/// containing `part`.
inline void expectCErrorContaining(attn_status_t got, attn_status_t want, const char *part) {
  EXPECT_EQ(got, want) << attnGetLastError();
  EXPECT_NE(std::string(attnGetLastError()).find(part), std::string::npos) << attnGetLastError();
}

/// Expects kernel `index` of the C API bundle `b` to be a standalone op's kernel (role
/// Kernel) of `family`; `*info` receives its description.
inline void expectOpKernelInfo(attn_bundle_t b, int32_t index, const char *family,
                               attn_kernel_info_t *info) {
  ASSERT_EQ(attnBundleGetKernel(b, index, info), ATTN_SUCCESS) << attnGetLastError();
  EXPECT_STREQ(info->family, family);
  EXPECT_EQ(info->role, ATTN_ROLE_KERNEL);
}

/// The end of a C API op's argument checks: create of the valid `config` fails with
/// DriverUnavailable on a machine without a driver and leaves no handle; run rejects a null
/// handle, naming it `handle_name`; free takes null.
template <typename Config, typename Handle, typename Args>
void expectDriverlessCreateAndNullRun(attn_status_t (*create)(attn_bundle_t, const Config *,
                                                              Handle *),
                                      attn_status_t (*run)(Handle, const Args *, void *),
                                      void (*free)(Handle), attn_bundle_t bundle,
                                      const Config &config, const std::string &handle_name) {
  if (!systemHasDriver()) {
    Handle h = nullptr;
    EXPECT_EQ(create(bundle, &config, &h), ATTN_ERROR_DRIVER_UNAVAILABLE);
    EXPECT_EQ(h, nullptr);
  }
  Args args{};
  expectCError(run(nullptr, &args, nullptr), ATTN_ERROR_INVALID_ARGUMENT,
               (handle_name + " is null").c_str());
  free(nullptr);
}

/// Serializes `p` with `serialize` (serializeDecodePlan, serializePrefillPlan) into `*words`,
/// l.int_words words each set to `fill` first; `*copyWords` receives the count to copy.
/// Fails the test (fatally: call it in ASSERT_NO_FATAL_FAILURE) unless serialize succeeds.
template <typename Plan, typename Layout>
void serializePlan(Status (*serialize)(const Plan &, const Layout &, int32_t *, size_t, size_t *),
                   const Plan &p, const Layout &l, int32_t fill, std::vector<int32_t> *words,
                   size_t *copyWords) {
  words->assign(l.int_words, fill);
  *copyWords = 0;
  Status st = serialize(p, l, words->data(), words->size(), copyWords);
  ASSERT_TRUE(st.isOk()) << st.message();
}

/// serializePlan over a 0x7eadbeef fill, then the header words every plan starts with: the
/// plan's `magic`, num_work, and `rows` output rows.
template <typename Plan, typename Layout>
void serializeCheckingHeader(Status (*serialize)(const Plan &, const Layout &, int32_t *, size_t,
                                                 size_t *),
                             const Plan &p, const Layout &l, int32_t magic, int32_t rows,
                             std::vector<int32_t> *words, size_t *copyWords) {
  ASSERT_NO_FATAL_FAILURE(serializePlan(serialize, p, l, 0x7eadbeef, words, copyWords));
  EXPECT_EQ((*words)[kWordMagic], magic);
  EXPECT_EQ((*words)[kWordNumWork], p.num_work);
  EXPECT_EQ((*words)[kWordNumRows], rows);
}

/// An edit that makes a valid `T` invalid and the message the check must give: the rows of the
/// table-driven rejection tests.
template <typename T> struct EditCase {
  void (*edit)(T &);
  const char *message;
};

/// Each case's edit of (a copy of) the valid `config` makes `create` fail with InvalidArgument
/// and exactly the case's message.
template <typename Config, typename Handle>
void expectCreateRejects(attn_status_t (*create)(attn_bundle_t, const Config *, Handle *),
                         attn_bundle_t bundle, const Config &config,
                         const std::vector<EditCase<Config>> &cases) {
  for (const EditCase<Config> &e : cases) {
    Config c = config;
    e.edit(c);
    Handle out = nullptr;
    expectCError(create(bundle, &c, &out), ATTN_ERROR_INVALID_ARGUMENT, e.message);
  }
}

/// The fields of an attention problem (DecodeProblem, PrefillProblem) each moved away from the
/// test manifests' variant (32 / 8 heads, head_dim 128, 16-token NHD pages, bf16), with the
/// Mismatch message's tail: "<field> <kernel's value>, the call has <call's value>".
template <typename Problem> std::vector<EditCase<Problem>> attentionFieldEdits() {
  return {
      {[](Problem &p) { p.num_qo_heads = 64; }, "num_qo_heads 32, the call has 64"},
      {[](Problem &p) { p.num_kv_heads = 4; }, "num_kv_heads 8, the call has 4"},
      {[](Problem &p) { p.head_dim = 64; }, "head_dim 128, the call has 64"},
      {[](Problem &p) { p.page_size = 32; }, "page_size 16, the call has 32"},
      {[](Problem &p) { p.layout = KvLayout::HND; }, "layout nhd, the call has hnd"},
      {[](Problem &p) { p.dtype = DType::F16; }, "dtype bf16, the call has f16"},
      {[](Problem &p) { p.kv_dtype = DType::F16; }, "kv_dtype bf16, the call has f16"},
  };
}

/// For each case, expects `check(valid after the edit)` to be a Mismatch "kernel '<kernel>' has
/// <the case's message>".
template <typename Problem, typename Check>
void expectFieldMismatches(const std::string &kernel, const Problem &valid, Check check,
                           const std::vector<EditCase<Problem>> &cases) {
  for (const EditCase<Problem> &c : cases) {
    Problem p = valid;
    c.edit(p);
    Status st = check(p);
    EXPECT_EQ(st.code(), StatusCode::Mismatch) << c.message;
    EXPECT_EQ(st.message(), "kernel '" + kernel + "' has " + c.message);
  }
}

/// Parses a manifest holding `kernel` after `edit` and expects a ParseError whose message
/// contains `needle`.
inline void expectParseError(nlohmann::json kernel, void (*edit)(nlohmann::json &),
                             const std::string &needle) {
  edit(kernel);
  BundleManifest m;
  Status st = parseJson(manifestOf({kernel}), &m);
  EXPECT_EQ(st.code(), StatusCode::ParseError) << needle;
  EXPECT_NE(st.message().find(needle), std::string::npos) << st.message();
}

/// Expects the C API's `create(bundle, config, out)` to reject a null bundle, a null config
/// and a null out with ATTN_ERROR_INVALID_ARGUMENT, each named in the last error.
template <typename Config, typename Handle>
void expectCreateRejectsNulls(attn_status_t (*create)(attn_bundle_t, const Config *, Handle *),
                              attn_bundle_t bundle, const Config &config) {
  Handle out = nullptr;
  EXPECT_EQ(create(nullptr, &config, &out), ATTN_ERROR_INVALID_ARGUMENT);
  EXPECT_STREQ(attnGetLastError(), "bundle is null");
  EXPECT_EQ(create(bundle, nullptr, &out), ATTN_ERROR_INVALID_ARGUMENT);
  EXPECT_STREQ(attnGetLastError(), "config is null");
  EXPECT_EQ(create(bundle, &config, nullptr), ATTN_ERROR_INVALID_ARGUMENT);
  EXPECT_STREQ(attnGetLastError(), "out is null");
}

/// Runs `plan()` (returning a Status), asserts it succeeded, then runs `check()` on what it
/// planned. Call it in ASSERT_NO_FATAL_FAILURE so that a failed plan ends the test.
template <typename PlanFn, typename CheckFn> void planThenCheck(PlanFn plan, CheckFn check) {
  Status st = plan();
  ASSERT_TRUE(st.isOk()) << st.message();
  check();
}

/// Deserialises `words` (a serialised plan) with words[index] set to `value`.
template <typename Plan>
Status deserializeEdited(Status (*deserialize)(const int32_t *, size_t, Plan *),
                         std::vector<int32_t> words, size_t index, int32_t value) {
  words[index] = value;
  Plan plan;
  return deserialize(words.data(), words.size(), &plan);
}

/// Expects `deserialize` to reject the serialised plan `words` cut one word short of its
/// `copyWords`, naming both sizes.
template <typename Plan>
void expectTruncatedPlanRejected(Status (*deserialize)(const int32_t *, size_t, Plan *),
                                 const std::vector<int32_t> &words, size_t copyWords) {
  Plan plan;
  Status st = deserialize(words.data(), copyWords - 1, &plan);
  EXPECT_EQ(st.message(), "plan buffer holds " + std::to_string(copyWords - 1) +
                              " words, the plan needs " + std::to_string(copyWords));
}

} // namespace attn::rt::test

#endif // ATTN_RT_UNITTESTS_TESTEXPECT_H
