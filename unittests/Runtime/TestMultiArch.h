//===- TestMultiArch.h - multi-arch bundle directories for runtime tests --===//
#ifndef ATTN_RT_UNITTESTS_TESTMULTIARCH_H
#define ATTN_RT_UNITTESTS_TESTMULTIARCH_H

#include "TestBundle.h"
#include "TestManifest.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace attn::rt::test {

/// The index manifest of a multi-arch bundle listing `bundles`.
inline nlohmann::json indexManifest(nlohmann::json bundles) {
  return nlohmann::json{{"format", "attn-multiarch-bundle"}, {"version", 1}, {"bundles", bundles}};
}

/// A multi-arch bundle on disk: manifest.json plus one subdirectory per arch, each a link
/// to an ordinary test bundle (TempBundle) whose manifest says that arch.
class TempMultiArchBundle {
public:
  TempMultiArchBundle(const nlohmann::json &index,
                      const std::vector<std::pair<std::string, std::string>>
                          &subdirs /* (directory, arch in its manifest) */) {
    char tmpl[] = "/tmp/attn-rt-multiarch-XXXXXX";
    dir_ = mkdtemp(tmpl);
    std::ofstream(dir_ + "/manifest.json") << index.dump(2);
    for (const auto &[name, archText] : subdirs) {
      nlohmann::json m = validManifest();
      m["arch"] = archText;
      // The cubin is built for the arch its manifest states ("sm_86" -> 86), as ptxas would.
      int sm = std::atoi(archText.c_str() + (archText.rfind("sm_", 0) == 0 ? 3 : 0));
      parts_.push_back(std::make_unique<TempBundle>(m.dump(), true, sm > 0 ? sm : 90));
      links_.push_back(dir_ + "/" + name);
      EXPECT_EQ(symlink(parts_.back()->dir().c_str(), links_.back().c_str()), 0);
    }
  }
  ~TempMultiArchBundle() {
    for (const std::string &l : links_)
      unlink(l.c_str());
    std::remove((dir_ + "/manifest.json").c_str());
    rmdir(dir_.c_str());
  }
  const std::string &dir() const { return dir_; }

private:
  std::string dir_;
  std::vector<std::unique_ptr<TempBundle>> parts_;
  std::vector<std::string> links_;
};

/// An index of two arches, sm_80 and sm_90a, each in the directory of its name.
inline nlohmann::json twoArchIndex() {
  return indexManifest({{{"arch", "sm_80"}, {"directory", "sm_80"}, {"binary_kind", "cubin"}},
                        {{"arch", "sm_90a"}, {"directory", "sm_90a"}, {"binary_kind", "cubin"}}});
}

} // namespace attn::rt::test

#endif // ATTN_RT_UNITTESTS_TESTMULTIARCH_H
