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

/// The 64-byte header of a 64-bit little-endian CUDA cubin for sm_<sm> (e_machine EM_CUDA,
/// ELF ABI version 8: the SM number in bits 8-15 of e_flags), as ptxas writes it; nothing
/// follows it. Enough for Bundle::open's checks and the fake driver's cuModuleLoadData.
inline std::string fakeCubin(int sm = 90) {
  std::string h(64, '\0');
  const unsigned char ident[] = {0x7f, 'E', 'L', 'F', 2 /*64-bit*/, 1 /*LE*/, 1, 0x41, 8};
  for (size_t i = 0; i < sizeof(ident); ++i)
    h[i] = char(ident[i]);
  h[16] = 2;           // e_type ET_EXEC
  h[18] = char(190);   // e_machine EM_CUDA
  h[20] = 1;           // e_version
  h[48] = 0x04;        // e_flags, low byte first: 0x06 00 <sm> 04
  h[49] = char(sm);
  h[51] = 0x06;
  h[52] = 64;          // e_ehsize
  return h;
}

/// A temporary bundle directory with manifest.json and a fake (header-only, sm_90 unless
/// told otherwise) cubin "decode.cubin".
class TempBundle {
public:
  /// `sm`: the architecture the fake cubin is built for (it must match the manifest's arch).
  explicit TempBundle(const std::string &manifest, bool writeBinary = true, int sm = 90) {
    char tmpl[] = "/tmp/attn-rt-test-XXXXXX";
    dir_ = mkdtemp(tmpl);
    std::ofstream(dir_ + "/manifest.json") << manifest;
    if (writeBinary)
      std::ofstream(dir_ + "/decode.cubin", std::ios::binary) << fakeCubin(sm);
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
