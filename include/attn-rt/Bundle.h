//===- Bundle.h - a loaded kernel bundle and its per-context modules -*- C++ -*-===//
//
// Bundle::open parses `<dir>/manifest.json` and reads every binary it names into memory (no
// GPU needed). Kernel functions are loaded lazily per (device, context): the first
// getFunction in a context runs cuModuleLoadData once per binary file and cuModuleGetFunction
// once per kernel; later calls in the same context reuse them. Thread-safe (one mutex).
// Modules are unloaded when the bundle is destroyed (errors then are ignored: a destructor
// has nobody to report to).
//
//===----------------------------------------------------------------------===//
#ifndef ATTN_RT_BUNDLE_H
#define ATTN_RT_BUNDLE_H

#include "attn-rt/Manifest.h"
#include "attn-rt/Status.h"

#include <functional>
#include <map>
#include <memory>
#include <string>

namespace attn::rt {

/// The directory() of a bundle opened from memory.
inline constexpr const char kMemoryBundleDirectory[] = "<memory>";

/// A kernel resolved in one context. Opaque driver handles keep cuda.h out of this header.
struct LoadedKernel {
  void *function = nullptr; ///< CUfunction
  void *context = nullptr;  ///< CUcontext it belongs to
  int device = -1;          ///< CUdevice ordinal
};

class Bundle {
public:
  ~Bundle();
  Bundle(const Bundle &) = delete;
  Bundle &operator=(const Bundle &) = delete;

  /// Parses and validates the manifest and reads the binaries. No GPU involved.
  static Status open(const std::string &directory, std::unique_ptr<Bundle> *out);
  /// Same with the manifest given as text; binaries are still read from `directory`.
  static Status openFromString(const std::string &manifest_text, const std::string &directory,
                               std::unique_ptr<Bundle> *out);

  /// Same with the binaries given as bytes by file name (tests, fuzzing, embedders); the
  /// bundle's directory() is "<memory>".
  static Status openFromMemory(const std::string &manifest_text,
                               const std::map<std::string, std::string> &files,
                               std::unique_ptr<Bundle> *out);

  const BundleManifest &manifest() const;
  const std::string &directory() const;
  /// Bytes of binary file `file` (as named in the manifest), or nullptr.
  const std::string *binary(const std::string &file) const;

  /// Loads (or reuses) the module of kernel `index` in the calling thread's current context.
  /// The caller makes a context current first (DecodeAttention::create does). Sets
  /// CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES once when dynamic_smem > 0.
  Status getKernel(int index, LoadedKernel *out);

  /// Number of (device, context) pairs with loaded modules (tests, diagnostics).
  size_t numLoadedContexts() const;

private:
  Bundle();
  static Status openWith(const std::string &manifest_text, const std::string &directory,
                         const std::function<Status(const std::string &, std::string *)> &read,
                         std::unique_ptr<Bundle> *out);
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace attn::rt

#endif // ATTN_RT_BUNDLE_H
