//===- TestExpect.h - gtest expectations shared by the runtime tests ------===//
#ifndef ATTN_RT_UNITTESTS_TESTEXPECT_H
#define ATTN_RT_UNITTESTS_TESTEXPECT_H

#include "TestManifest.h"

#include "attn-rt/attn_rt.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

namespace attn::rt::test {

/// An edit that makes a valid `T` invalid and the message the check must give: the rows of the
/// table-driven rejection tests.
template <typename T> struct EditCase {
  void (*edit)(T &);
  const char *message;
};

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

} // namespace attn::rt::test

#endif // ATTN_RT_UNITTESTS_TESTEXPECT_H
