//===- TestExpect.h - gtest expectations shared by the runtime tests ------===//
#ifndef ATTN_RT_UNITTESTS_TESTEXPECT_H
#define ATTN_RT_UNITTESTS_TESTEXPECT_H

#include "TestManifest.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

namespace attn::rt::test {

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

} // namespace attn::rt::test

#endif // ATTN_RT_UNITTESTS_TESTEXPECT_H
