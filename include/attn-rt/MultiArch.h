//===- MultiArch.h - bundles with binaries for several architectures -*- C++ -*-===//
//
// A multi-arch bundle is a directory whose manifest.json lists one ordinary bundle (schema
// v1, Manifest.h) per architecture, each in a subdirectory (docs/RUNTIME.md, "Multi-arch
// bundles"); `attn-compile --sm 80,90a` writes them:
//
//   {"format": "attn-multiarch-bundle", "version": 1,
//    "bundles": [{"arch": "sm_80",  "directory": "sm_80",  "binary_kind": "cubin"},
//                {"arch": "sm_90a", "directory": "sm_90a", "binary_kind": "cubin"}]}
//
// Loading picks the bundle for the device (selectArchBundle): an exact match of the compute
// capability first; else the best compatible lower one, as the CUDA driver loads them:
//   - a cubin for sm_XY runs on devices X.Z with Z >= Y (same major only: an sm_80 cubin
//     does not load on sm_90);
//   - an arch-specific cubin or PTX (sm_90a) runs only on exactly that device (9.0);
//   - a family cubin (sm_100f) runs on the same major, minor >= its own;
//   - PTX for sm_XY is JIT-compiled on any device X'.Z' >= X.Y.
// Among compatible candidates: cubins before PTX (no JIT), then the highest capability.
// Everything here but openBundleForCurrentDevice works without a GPU.
//
//===----------------------------------------------------------------------===//
#ifndef ATTN_RT_MULTIARCH_H
#define ATTN_RT_MULTIARCH_H

#include "attn-rt/Bundle.h"
#include "attn-rt/KernelABI.h"
#include "attn-rt/Manifest.h"
#include "attn-rt/Status.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace attn::rt {

using abi::kMultiArchFormat;
using abi::kMultiArchVersion;

/// A device's compute capability (cuDeviceGetAttribute COMPUTE_CAPABILITY_MAJOR / _MINOR).
struct ComputeCapability {
  int major = 0;
  int minor = 0;
};

/// A target architecture as ptxas spells it: "sm_90a" is {9, 0, 'a'}, "sm_120" {12, 0, 0}.
struct ArchName {
  int major = 0;
  int minor = 0;
  char suffix = 0; ///< 'a' (arch-specific), 'f' (family) or 0
  std::string text;
};

/// Parses "sm_<major><minor>[a|f]" (major 1..99, minor one digit).
Status parseArchName(std::string_view text, ArchName *out);

/// "sm_86" for {8, 6}.
std::string archNameOf(ComputeCapability device);

/// Whether the driver loads a binary of `kind` built for `arch` on `device` (rules above).
bool archRunsOn(const ArchName &arch, BinaryKind kind, ComputeCapability device);

/// One architecture's bundle inside a multi-arch bundle.
struct ArchBundleRef {
  ArchName arch;
  std::string directory; ///< subdirectory name (a plain name, no '/')
  BinaryKind binary_kind = BinaryKind::Cubin;
};

struct MultiArchManifest {
  int version = kMultiArchVersion;
  std::vector<ArchBundleRef> bundles; ///< in manifest order; arches unique
};

/// True if `text` is a JSON object whose "format" is kMultiArchFormat (cheap check that
/// decides how a bundle directory is opened; malformed text gives false).
bool isMultiArchManifest(std::string_view text);

/// Parses and validates a multi-arch manifest: format, version, a non-empty "bundles" array,
/// every arch parseable and unique, directories plain names and unique, binary_kind cubin or
/// ptx, no unknown keys. Messages name `source` and the field.
Status parseMultiArchManifest(std::string_view text, std::string_view source,
                              MultiArchManifest *out);

/// Index in `manifest.bundles` of the bundle to load on `device`, by the rules above. When
/// none fits, a Mismatch status naming the device's arch and every arch the bundle holds:
/// "bundle 'b': no binary for device sm_86 (compute capability 8.6); the bundle holds
/// sm_90a (cubin), sm_100 (cubin)".
Status selectArchBundle(const MultiArchManifest &manifest, ComputeCapability device,
                        std::string_view source, int *index);

/// Opens the bundle in `directory` for `device`: a multi-arch bundle's selected
/// subdirectory, or a single-arch bundle itself after checking that its arch runs on
/// `device`. `selected_arch` (optional) receives the arch that was opened.
Status openBundleForDevice(const std::string &directory, ComputeCapability device,
                           std::unique_ptr<Bundle> *out, std::string *selected_arch = nullptr);

/// Opens any bundle: a single-arch one as Bundle::open does (no GPU involved); a multi-arch
/// one for device `ordinal`, or, when `ordinal` is -1, for the current context's device (device
/// 0 when no context is current).
Status openAnyBundle(const std::string &directory, int ordinal, std::unique_ptr<Bundle> *out,
                     std::string *selected_arch = nullptr);

/// The compute capability of CUDA device `ordinal`, or of the current context's device when
/// `ordinal` is -1 (NotReady if no context is current). Loads the driver.
Status queryComputeCapability(int ordinal, ComputeCapability *out);

} // namespace attn::rt

#endif // ATTN_RT_MULTIARCH_H
