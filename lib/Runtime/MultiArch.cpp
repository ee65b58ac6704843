//===- MultiArch.cpp - multi-arch bundles: manifest, selection, device query ---===//
#include "attn-rt/MultiArch.h"

#include "DeviceArch.h"
#include "FileUtil.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <set>
#include <tuple>

namespace attn::rt {
namespace {

using json = nlohmann::json;
namespace key = abi::key;

// cuDeviceGetAttribute attributes (cuda.h's CUdevice_attribute values; the built-in driver
// subset of CudaApi.h does not name them).
constexpr int kAttrComputeCapabilityMajor = 75;
constexpr int kAttrComputeCapabilityMinor = 76;
#if ATTN_RT_HAVE_CUDA_H
static_assert(kAttrComputeCapabilityMajor == CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR);
static_assert(kAttrComputeCapabilityMinor == CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR);
#endif

int capabilityValue(int major, int minor) { return major * 10 + minor; }

std::string describe(const ArchBundleRef &ref) {
  return ref.arch.text + " (" + binaryKindName(ref.binary_kind) + ")";
}

Status parseError(std::string_view source, const std::string &where, const std::string &what) {
  return makeError(StatusCode::ParseError, "%.*s: %s%s%s", int(source.size()), source.data(),
                   where.c_str(), where.empty() ? "" : ": ", what.c_str());
}

const char *jsonKind(const json &v) { return v.type_name(); }

/// Ranks a compatible candidate: exact capability first, then cubin before PTX, then the
/// arch-specific binary of an exact match, then the highest capability.
std::tuple<bool, bool, bool, int> rank(const ArchBundleRef &ref, ComputeCapability device) {
  bool exact = ref.arch.major == device.major && ref.arch.minor == device.minor;
  return {exact, ref.binary_kind == BinaryKind::Cubin, ref.arch.suffix == 'a',
          capabilityValue(ref.arch.major, ref.arch.minor)};
}

} // namespace

Status parseArchName(std::string_view text, ArchName *out) {
  auto bad = [&] {
    return makeError(StatusCode::InvalidArgument,
                     "'%.*s' is not an architecture name (expected sm_<major><minor>[a|f], "
                     "e.g. sm_80, sm_90a)",
                     int(text.size()), text.data());
  };
  if (text.size() < 5 || text.substr(0, 3) != "sm_")
    return bad();
  std::string_view rest = text.substr(3);
  char suffix = 0;
  if (rest.back() == 'a' || rest.back() == 'f') {
    suffix = rest.back();
    rest.remove_suffix(1);
  }
  if (rest.size() < 2 || rest.size() > 3 || rest[0] == '0')
    return bad();
  int value = 0;
  for (char c : rest) {
    if (c < '0' || c > '9')
      return bad();
    value = value * 10 + (c - '0');
  }
  out->major = value / 10;
  out->minor = value % 10;
  out->suffix = suffix;
  out->text = std::string(text);
  return Status::ok();
}

std::string archNameOf(ComputeCapability device) {
  return "sm_" + std::to_string(capabilityValue(device.major, device.minor));
}

bool archRunsOn(const ArchName &arch, BinaryKind kind, ComputeCapability device) {
  if (arch.suffix == 'a')
    return arch.major == device.major && arch.minor == device.minor;
  if (arch.suffix == 'f' || kind == BinaryKind::Cubin)
    return arch.major == device.major && arch.minor <= device.minor;
  return capabilityValue(arch.major, arch.minor) <= capabilityValue(device.major, device.minor);
}

bool isMultiArchManifest(std::string_view text) {
  json doc = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object())
    return false;
  auto it = doc.find(key::kFormat);
  return it != doc.end() && it->is_string() && it->get<std::string>() == kMultiArchFormat;
}

Status parseMultiArchManifest(std::string_view text, std::string_view source,
                              MultiArchManifest *out) {
  json doc = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded())
    return parseError(source, "", "not valid JSON");
  if (!doc.is_object())
    return parseError(source, "", std::string("expected an object, got ") + jsonKind(doc));
  for (auto it = doc.begin(); it != doc.end(); ++it)
    if (it.key() != key::kFormat && it.key() != key::kVersion && it.key() != key::kBundles)
      return parseError(source, it.key(), "unknown field");
  auto format = doc.find(key::kFormat);
  if (format == doc.end() || !format->is_string() ||
      format->get<std::string>() != kMultiArchFormat)
    return parseError(source, key::kFormat, std::string("expected \"") + kMultiArchFormat + "\"");
  auto version = doc.find(key::kVersion);
  if (version == doc.end() || !version->is_number_integer() ||
      version->get<int64_t>() != kMultiArchVersion)
    return parseError(
        source, key::kVersion,
        "expected " + std::to_string(kMultiArchVersion) +
            (version == doc.end() ? std::string(", got nothing") : ", got " + version->dump()));
  auto bundles = doc.find(key::kBundles);
  if (bundles == doc.end() || !bundles->is_array() || bundles->empty())
    return parseError(source, key::kBundles, "expected a non-empty array");

  MultiArchManifest result;
  std::set<std::string> arches, directories;
  for (size_t i = 0; i < bundles->size(); ++i) {
    const json &b = (*bundles)[i];
    std::string where = "bundles[" + std::to_string(i) + "]";
    if (!b.is_object())
      return parseError(source, where, std::string("expected an object, got ") + jsonKind(b));
    for (auto it = b.begin(); it != b.end(); ++it)
      if (it.key() != key::kArch && it.key() != key::kDirectory && it.key() != key::kBinaryKind)
        return parseError(source, where + "." + it.key(), "unknown field");
    ArchBundleRef ref;
    auto arch = b.find(key::kArch);
    if (arch == b.end() || !arch->is_string())
      return parseError(source, where + ".arch", "expected a string");
    Status st = parseArchName(arch->get<std::string>(), &ref.arch);
    if (!st.isOk())
      return parseError(source, where + ".arch", st.message());
    if (!arches.insert(ref.arch.text).second)
      return parseError(source, where + ".arch", "'" + ref.arch.text + "' is listed twice");
    auto dir = b.find(key::kDirectory);
    if (dir == b.end() || !dir->is_string())
      return parseError(source, where + ".directory", "expected a string");
    ref.directory = dir->get<std::string>();
    if (ref.directory.empty() || ref.directory == "." || ref.directory == ".." ||
        ref.directory.find('/') != std::string::npos)
      return parseError(source, where + ".directory",
                        "'" + ref.directory + "' is not a plain subdirectory name");
    if (!directories.insert(ref.directory).second)
      return parseError(source, where + ".directory",
                        "'" + ref.directory + "' is used twice");
    auto kind = b.find(key::kBinaryKind);
    if (kind != b.end()) {
      std::string k = kind->is_string() ? kind->get<std::string>() : kind->dump();
      if (k == abi::kBinaryKindCubin)
        ref.binary_kind = BinaryKind::Cubin;
      else if (k == abi::kBinaryKindPtx)
        ref.binary_kind = BinaryKind::Ptx;
      else
        return parseError(source, where + ".binary_kind",
                          "expected \"cubin\" or \"ptx\", got " + kind->dump());
    }
    result.bundles.push_back(std::move(ref));
  }
  *out = std::move(result);
  return Status::ok();
}

Status selectArchBundle(const MultiArchManifest &manifest, ComputeCapability device,
                        std::string_view source, int *index) {
  int best = -1;
  for (size_t i = 0; i < manifest.bundles.size(); ++i) {
    const ArchBundleRef &ref = manifest.bundles[i];
    if (!archRunsOn(ref.arch, ref.binary_kind, device))
      continue;
    if (best < 0 || rank(ref, device) > rank(manifest.bundles[size_t(best)], device))
      best = int(i);
  }
  if (best >= 0) {
    *index = best;
    return Status::ok();
  }
  std::string held;
  for (const ArchBundleRef &ref : manifest.bundles)
    held += (held.empty() ? "" : ", ") + describe(ref);
  return makeError(StatusCode::Mismatch,
                   "bundle '%.*s': no binary for device %s (compute capability %d.%d); the "
                   "bundle holds %s",
                   int(source.size()), source.data(), archNameOf(device).c_str(), device.major,
                   device.minor, held.c_str());
}

Status openBundleForDevice(const std::string &directory, ComputeCapability device,
                           std::unique_ptr<Bundle> *out, std::string *selected_arch) {
  std::string text;
  std::string path = directory + "/" + abi::kManifestFileName;
  ATTN_RT_RETURN_IF_ERROR(detail::readFile(path, &text));
  if (!isMultiArchManifest(text)) {
    std::unique_ptr<Bundle> bundle;
    ATTN_RT_RETURN_IF_ERROR(Bundle::openFromString(text, directory, &bundle));
    // A single-arch bundle whose arch does not parse is left to the driver to judge.
    ArchName arch;
    const BundleManifest &m = bundle->manifest();
    BinaryKind kind = m.kernels.empty() ? BinaryKind::Cubin : m.kernels[0].binary_kind;
    if (parseArchName(m.arch, &arch).isOk() && !archRunsOn(arch, kind, device))
      return makeError(StatusCode::Mismatch,
                       "bundle '%s': no binary for device %s (compute capability %d.%d); the "
                       "bundle holds %s (%s)",
                       directory.c_str(), archNameOf(device).c_str(), device.major,
                       device.minor, m.arch.c_str(), binaryKindName(kind));
    if (selected_arch)
      *selected_arch = m.arch;
    *out = std::move(bundle);
    return Status::ok();
  }
  MultiArchManifest manifest;
  ATTN_RT_RETURN_IF_ERROR(parseMultiArchManifest(text, path, &manifest));
  int index = -1;
  ATTN_RT_RETURN_IF_ERROR(selectArchBundle(manifest, device, directory, &index));
  const ArchBundleRef &ref = manifest.bundles[size_t(index)];
  std::unique_ptr<Bundle> bundle;
  Status st = Bundle::open(directory + "/" + ref.directory, &bundle);
  if (!st.isOk())
    return st.withContext("multi-arch bundle '" + directory + "', " + ref.arch.text);
  if (bundle->manifest().arch != ref.arch.text)
    return makeError(StatusCode::ParseError,
                     "multi-arch bundle '%s': '%s/%s' holds arch '%s', the manifest lists it "
                     "as '%s'",
                     directory.c_str(), ref.directory.c_str(), abi::kManifestFileName,
                     bundle->manifest().arch.c_str(), ref.arch.text.c_str());
  if (selected_arch)
    *selected_arch = ref.arch.text;
  *out = std::move(bundle);
  return Status::ok();
}

Status openAnyBundle(const std::string &directory, int ordinal, std::unique_ptr<Bundle> *out,
                     std::string *selected_arch) {
  std::string text;
  ATTN_RT_RETURN_IF_ERROR(detail::readFile(directory + "/" + abi::kManifestFileName, &text));
  if (!isMultiArchManifest(text)) {
    std::unique_ptr<Bundle> bundle;
    ATTN_RT_RETURN_IF_ERROR(Bundle::openFromString(text, directory, &bundle));
    if (selected_arch)
      *selected_arch = bundle->manifest().arch;
    *out = std::move(bundle);
    return Status::ok();
  }
  // The index is validated before the device is queried: a malformed one is reported
  // without a GPU.
  MultiArchManifest manifest;
  ATTN_RT_RETURN_IF_ERROR(
      parseMultiArchManifest(text, directory + "/" + abi::kManifestFileName, &manifest));
  ComputeCapability device;
  Status st = queryComputeCapability(ordinal, &device);
  if (st.code() == StatusCode::NotReady && ordinal < 0)
    st = queryComputeCapability(0, &device);
  if (!st.isOk())
    return st.withContext("multi-arch bundle '" + directory +
                          "': cannot query the device's compute capability");
  return openBundleForDevice(directory, device, out, selected_arch);
}

namespace detail {

Status queryComputeCapability(const DriverApi &drv, int ordinal, ComputeCapability *out) {
  CUdevice dev = -1;
  if (ordinal < 0) {
    CUcontext ctx = nullptr;
    ATTN_CU_CHECK(drv, cuCtxGetCurrent, (&ctx), "%s", "");
    if (!ctx)
      return makeError(StatusCode::NotReady, "no CUDA context is current on this thread");
    ATTN_CU_CHECK(drv, cuCtxGetDevice, (&dev), "%s", "");
  } else {
    ATTN_CU_CHECK(drv, cuDeviceGet, (&dev, ordinal), "ordinal=%d", ordinal);
  }
  int major = 0, minor = 0;
  ATTN_CU_CHECK(drv, cuDeviceGetAttribute,
                (&major, CUdevice_attribute(kAttrComputeCapabilityMajor), dev),
                "attribute=COMPUTE_CAPABILITY_MAJOR, device=%d", int(dev));
  ATTN_CU_CHECK(drv, cuDeviceGetAttribute,
                (&minor, CUdevice_attribute(kAttrComputeCapabilityMinor), dev),
                "attribute=COMPUTE_CAPABILITY_MINOR, device=%d", int(dev));
  out->major = major;
  out->minor = minor;
  return Status::ok();
}

} // namespace detail

Status queryComputeCapability(int ordinal, ComputeCapability *out) {
  const detail::DriverApi *drv = nullptr;
  ATTN_RT_RETURN_IF_ERROR(detail::getDriver(&drv));
  return detail::queryComputeCapability(*drv, ordinal, out);
}

} // namespace attn::rt
