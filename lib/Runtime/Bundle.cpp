//===- Bundle.cpp - bundle files on disk and per-context module cache -----===//
#include "attn-rt/Bundle.h"
#include "attn-rt/MultiArch.h"

#include "DeviceArch.h"
#include "DriverApi.h"
#include "FileUtil.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>
#include <mutex>
#include <vector>

namespace attn::rt {
namespace {

/// Manifests and binaries larger than this are rejected as corrupt.
constexpr long kMaxBundleFileBytes = 1L << 30;
constexpr unsigned char kElfMagic[4] = {0x7f, 'E', 'L', 'F'};
/// ELF64 header fields a cubin must have (System V gABI; NVIDIA's values as in LLVM's
/// BinaryFormat/ELF.h): 64-bit class, little-endian data, e_machine EM_CUDA (190). The
/// e_flags hold the SM number in bits 0-7 up to ELF ABI version 7 (EF_CUDA_SM) and in bits
/// 8-15 from version 8 on (EF_CUDA_SM_MASK). Only the number is compared with the manifest's
/// arch: ptxas does not mark every sm_90a cubin with the accelerator flag.
constexpr size_t kElf64HeaderBytes = 64;
constexpr unsigned char kElfClass64 = 2, kElfDataLsb = 1;
constexpr unsigned kEmCuda = 190;
constexpr size_t kEiAbiVersion = 8, kEMachine = 18, kEFlags = 48;
constexpr unsigned char kCudaAbiV2 = 8;

uint32_t readLe(const std::string &b, size_t offset, size_t bytes) {
  uint32_t v = 0;
  for (size_t i = 0; i < bytes; ++i)
    v |= uint32_t(static_cast<unsigned char>(b[offset + i])) << (8 * i);
  return v;
}

/// Why `bytes` is not a cubin for `arch` ("sm_90a"), or the empty string.
std::string checkCubin(const std::string &bytes, const std::string &arch) {
  if (bytes.size() < 4 || std::memcmp(bytes.data(), kElfMagic, 4) != 0)
    return "is not an ELF file";
  if (bytes.size() < kElf64HeaderBytes)
    return formatString("has a truncated ELF header (%zu of %zu bytes)", bytes.size(),
                        kElf64HeaderBytes);
  if (bytes[4] != char(kElfClass64) || bytes[5] != char(kElfDataLsb))
    return "is not a 64-bit little-endian ELF file";
  const uint32_t machine = readLe(bytes, kEMachine, 2);
  if (machine != kEmCuda)
    return formatString("has ELF machine %u, not EM_CUDA (%u)", machine, kEmCuda);
  const uint32_t flags = readLe(bytes, kEFlags, 4);
  const int sm = static_cast<unsigned char>(bytes[kEiAbiVersion]) >= kCudaAbiV2
                     ? int((flags >> 8) & 0xff)
                     : int(flags & 0xff);
  if (sm != archSmVersion(arch))
    return formatString("is built for sm_%d (ELF e_flags 0x%x), the manifest's arch is %s", sm,
                        flags, arch.c_str());
  return "";
}

/// Modules and functions loaded in one context.
struct ContextModules {
  CUcontext context = nullptr;
  CUdevice device = -1;
  std::map<std::string, CUmodule> modules; ///< by binary file name
  std::vector<CUfunction> functions;       ///< by kernel index; null = not loaded yet
};

/// Mismatch when binaries of `m` cannot run on device `dev`: a bundle opened for one
/// device's arch (multi-arch selection, a JIT cache entry) used in a context of a device of
/// another arch. Checked once per context, before its first module load; manifests whose arch
/// does not parse are left to the driver, as at open.
Status checkRunsOnDevice(const detail::DriverApi &drv, const BundleManifest &m,
                         const std::string &directory, int dev) {
  ArchName arch;
  if (m.kernels.empty() || !parseArchName(m.arch, &arch).isOk())
    return Status::ok();
  ComputeCapability cc;
  ATTN_RT_RETURN_IF_ERROR(detail::queryComputeCapability(drv, dev, &cc));
  const BinaryKind kind = m.kernels[0].binary_kind;
  if (archRunsOn(arch, kind, cc))
    return Status::ok();
  return makeError(StatusCode::Mismatch,
                   "bundle '%s' holds %s binaries for %s, which do not run on device %d (%s, "
                   "compute capability %d.%d) of the current context; open the bundle for "
                   "that device (attnBundleLoadForDevice)",
                   directory.c_str(), binaryKindName(kind), m.arch.c_str(), dev,
                   archNameOf(cc).c_str(), cc.major, cc.minor);
}

} // namespace

struct Bundle::Impl {
  BundleManifest manifest;
  std::string directory;
  std::map<std::string, std::string> binaries; ///< file name -> bytes (PTX NUL-terminated)
  mutable std::mutex mutex;                    ///< guards contexts
  std::vector<ContextModules> contexts;
};

Bundle::Bundle() : impl_(new Impl) {}

/// Unloads the modules of one context (pushing it current for the duration).
static Status unloadContext(const detail::DriverApi &drv, ContextModules &c) {
  // Unload even when the context cannot be pushed (the modules know their context; giving
  // up would leak them); the push failure is the status returned.
  Status result = [&]() -> Status {
    ATTN_CU_CHECK(drv, cuCtxPushCurrent, (c.context), "context=%p", (void *)c.context);
    return Status::ok();
  }();
  const bool pushed = result.isOk();
  for (auto &m : c.modules) {
    Status st = [&]() -> Status {
      ATTN_CU_CHECK(drv, cuModuleUnload, (m.second), "module=%p", (void *)m.second);
      return Status::ok();
    }();
    if (result.isOk())
      result = st;
  }
  c.modules.clear();
  if (pushed) {
    CUcontext popped = nullptr;
    ATTN_CU_CHECK(drv, cuCtxPopCurrent, (&popped), "%s", "");
  }
  return result;
}

Bundle::~Bundle() {
  const detail::DriverApi *drv = nullptr;
  if (impl_->contexts.empty() || !detail::getDriver(&drv).isOk())
    return;
  // A destructor has nobody to report to: failures (a context destroyed before the bundle
  // took its modules with it) are ignored.
  for (ContextModules &c : impl_->contexts)
    (void)unloadContext(*drv, c);
}

Status Bundle::open(const std::string &directory, std::unique_ptr<Bundle> *out) {
  std::string text;
  std::string path = directory + "/" + abi::kManifestFileName;
  ATTN_RT_RETURN_IF_ERROR(detail::readFile(path, &text));
  if (isMultiArchManifest(text))
    return makeError(StatusCode::InvalidArgument,
                     "'%s' is a multi-arch bundle: open it with openAnyBundle or "
                     "openBundleForDevice (attn-rt/MultiArch.h)",
                     directory.c_str());
  return openFromString(text, directory, out);
}

Status Bundle::openFromString(const std::string &manifest_text, const std::string &directory,
                              std::unique_ptr<Bundle> *out) {
  return openWith(
      manifest_text, directory,
      [&](const std::string &file, std::string *bytes) {
        return detail::readFile(directory + "/" + file, bytes);
      },
      out);
}

Status Bundle::openFromMemory(const std::string &manifest_text,
                              const std::map<std::string, std::string> &files,
                              std::unique_ptr<Bundle> *out) {
  return openWith(
      manifest_text, kMemoryBundleDirectory,
      [&](const std::string &file, std::string *bytes) {
        auto it = files.find(file);
        if (it == files.end())
          return makeError(StatusCode::NotFound, "cannot open '%s/%s': not in the bundle",
                           kMemoryBundleDirectory, file.c_str());
        *bytes = it->second;
        return Status::ok();
      },
      out);
}

Status Bundle::openWith(const std::string &manifest_text, const std::string &directory,
                        const std::function<Status(const std::string &, std::string *)> &read,
                        std::unique_ptr<Bundle> *out) {
  if (!out)
    return makeError(StatusCode::InvalidArgument, "out is null");
  std::unique_ptr<Bundle> bundle(new Bundle);
  Impl &b = *bundle->impl_;
  b.directory = directory;
  std::string source = directory + "/" + abi::kManifestFileName;
  ATTN_RT_RETURN_IF_ERROR(parseManifest(manifest_text, source, &b.manifest));
  for (const KernelEntry &k : b.manifest.kernels) {
    auto it = b.binaries.find(k.binary);
    if (it != b.binaries.end())
      continue;
    std::string bytes;
    Status st = read(k.binary, &bytes);
    if (!st.isOk())
      return st.withContext("kernel '" + k.name + "'");
    if (bytes.empty())
      return makeError(StatusCode::ParseError, "kernel '%s': binary '%s/%s' is empty",
                       k.name.c_str(), directory.c_str(), k.binary.c_str());
    if (k.binary_kind == BinaryKind::Cubin) {
      std::string why = checkCubin(bytes, b.manifest.arch);
      if (!why.empty())
        return makeError(StatusCode::ParseError,
                         "kernel '%s': binary '%s/%s' is declared cubin but %s", k.name.c_str(),
                         directory.c_str(), k.binary.c_str(), why.c_str());
    }
    if (k.binary_kind == BinaryKind::Ptx)
      bytes.push_back('\0'); // cuModuleLoadData reads PTX as a C string
    b.binaries.emplace(k.binary, std::move(bytes));
  }
  // A file shared by kernels of different kinds cannot be both.
  for (const KernelEntry &k : b.manifest.kernels)
    for (const KernelEntry &other : b.manifest.kernels)
      if (k.binary == other.binary && k.binary_kind != other.binary_kind)
        return makeError(StatusCode::ParseError,
                         "binary '%s' is declared '%s' by kernel '%s' and '%s' by kernel '%s'",
                         k.binary.c_str(), binaryKindName(k.binary_kind), k.name.c_str(),
                         binaryKindName(other.binary_kind), other.name.c_str());
  *out = std::move(bundle);
  return Status::ok();
}

const BundleManifest &Bundle::manifest() const { return impl_->manifest; }
const std::string &Bundle::directory() const { return impl_->directory; }

const std::string *Bundle::binary(const std::string &file) const {
  auto it = impl_->binaries.find(file);
  return it == impl_->binaries.end() ? nullptr : &it->second;
}

size_t Bundle::numLoadedContexts() const {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  return impl_->contexts.size();
}

Status Bundle::getKernel(int index, LoadedKernel *out) {
  Impl &b = *impl_;
  if (index < 0 || size_t(index) >= b.manifest.kernels.size())
    return makeError(StatusCode::InvalidArgument, "kernel index %d is out of range [0, %zu)",
                     index, b.manifest.kernels.size());
  const detail::DriverApi *drvp = nullptr;
  ATTN_RT_RETURN_IF_ERROR(detail::getDriver(&drvp));
  const detail::DriverApi &drv = *drvp;
  CUcontext ctx = nullptr;
  ATTN_CU_CHECK(drv, cuCtxGetCurrent, (&ctx), "%s", "");
  if (!ctx)
    return makeError(StatusCode::NotReady, "no CUDA context is current on this thread");
  CUdevice dev = -1;
  ATTN_CU_CHECK(drv, cuCtxGetDevice, (&dev), "%s", "");

  const KernelEntry &k = b.manifest.kernels[size_t(index)];
  std::lock_guard<std::mutex> lock(b.mutex);
  ContextModules *c = nullptr;
  for (ContextModules &e : b.contexts)
    if (e.context == ctx && e.device == dev)
      c = &e;
  if (!c) {
    ATTN_RT_RETURN_IF_ERROR(checkRunsOnDevice(drv, b.manifest, b.directory, int(dev)));
    b.contexts.emplace_back();
    c = &b.contexts.back();
    c->context = ctx;
    c->device = dev;
    c->functions.assign(b.manifest.kernels.size(), nullptr);
  }
  CUfunction &fn = c->functions[size_t(index)];
  if (!fn) {
    auto mit = c->modules.find(k.binary);
    if (mit == c->modules.end()) {
      const std::string &bytes = b.binaries.at(k.binary);
      CUmodule loaded = nullptr;
      ATTN_CU_CHECK(drv, cuModuleLoadData, (&loaded, bytes.data()),
                    "binary='%s/%s' (%s, %zu bytes), device=%d, arch=%s", b.directory.c_str(),
                    k.binary.c_str(), binaryKindName(k.binary_kind), bytes.size(), int(dev),
                    b.manifest.arch.c_str());
      mit = c->modules.emplace(k.binary, loaded).first;
    }
    CUmodule mod = mit->second;
    CUfunction f = nullptr;
    ATTN_CU_CHECK(drv, cuModuleGetFunction, (&f, mod, k.name.c_str()), "name='%s', binary='%s'",
                  k.name.c_str(), k.binary.c_str());
    // Static and dynamic shared memory together must stay within 48 KiB without the opt-in
    // (a kernel at exactly 48 KiB of dynamic memory plus its byte of static shared memory
    // has occupancy 0 otherwise), so any kernel with dynamic shared memory opts in.
    if (k.dynamic_smem > 0)
      ATTN_CU_CHECK(drv, cuFuncSetAttribute,
                    (f, CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES, k.dynamic_smem),
                    "kernel='%s', attribute=MAX_DYNAMIC_SHARED_SIZE_BYTES, value=%d",
                    k.name.c_str(), k.dynamic_smem);
    // Clusters of more than 8 CTAs (the portable size) must be allowed per kernel.
    if (k.tile.get(abi::key::kCluster, 1) > 8)
      ATTN_CU_CHECK(
          drv, cuFuncSetAttribute, (f, CU_FUNC_ATTRIBUTE_NON_PORTABLE_CLUSTER_SIZE_ALLOWED, 1),
          "kernel='%s', attribute=NON_PORTABLE_CLUSTER_SIZE_ALLOWED, value=1", k.name.c_str());
    fn = f;
  }
  out->function = fn;
  out->context = ctx;
  out->device = int(dev);
  return Status::ok();
}

} // namespace attn::rt

namespace attn::rt::detail {

Status readFile(const std::string &path, std::string *out) {
  FILE *f = std::fopen(path.c_str(), "rb");
  if (!f) {
    int err = errno;
    return makeError(err == ENOENT ? StatusCode::NotFound : StatusCode::IoError,
                     "cannot open '%s': %s", path.c_str(), std::strerror(err));
  }
  std::string data;
  char buf[1 << 16];
  size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof(buf), f)) > 0) {
    data.append(buf, n);
    if (long(data.size()) > kMaxBundleFileBytes) {
      std::fclose(f);
      return makeError(StatusCode::IoError, "'%s' is larger than %ld bytes", path.c_str(),
                       kMaxBundleFileBytes);
    }
  }
  bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed)
    return makeError(StatusCode::IoError, "cannot read '%s'", path.c_str());
  *out = std::move(data);
  return Status::ok();
}

} // namespace attn::rt::detail
