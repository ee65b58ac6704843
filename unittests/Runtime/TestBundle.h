//===- TestBundle.h - bundle directories on disk for runtime tests --------===//
#ifndef ATTN_RT_UNITTESTS_TESTBUNDLE_H
#define ATTN_RT_UNITTESTS_TESTBUNDLE_H

#include "attn-rt/Driver.h"

#include <dlfcn.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

namespace attn::rt::test {

/// Whether libcuda.so.1 can be opened here (tests of the no-driver path skip if so).
inline bool systemHasDriver() {
  void *h = dlopen(kDriverLibraryName, RTLD_NOW | RTLD_LOCAL);
  if (h)
    dlclose(h);
  return h != nullptr;
}

/// A temporary bundle directory with manifest.json and a fake (ELF-magic) "decode.cubin".
class TempBundle {
public:
  explicit TempBundle(const std::string &manifest, bool writeBinary = true) {
    char tmpl[] = "/tmp/attn-rt-test-XXXXXX";
    dir_ = mkdtemp(tmpl);
    std::ofstream(dir_ + "/manifest.json") << manifest;
    if (writeBinary)
      std::ofstream(dir_ + "/decode.cubin", std::ios::binary) << std::string("\x7f" "ELF fake", 9);
  }
  ~TempBundle() {
    std::remove((dir_ + "/manifest.json").c_str());
    std::remove((dir_ + "/decode.cubin").c_str());
    rmdir(dir_.c_str());
  }
  const std::string &dir() const { return dir_; }

private:
  std::string dir_;
};

} // namespace attn::rt::test

#endif // ATTN_RT_UNITTESTS_TESTBUNDLE_H
