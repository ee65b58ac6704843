//===- Bundle.cpp - kernel bundles: manifest, ptxas, resource reports -----===//
//
// The bundle writer's reusable half: reads attn.kernel_abi ops and gpu.binary objects, runs
// ptxas and parses its -v report, and produces the manifest JSON that libattn_rt parses.
//
//===----------------------------------------------------------------------===//

#include "attn/Target/CUDA/Bundle.h"

#include "attn/Dialect/Attn/IR/AttnOps.h"
#include "attn/Dialect/Attn/Utils/RuntimeABI.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/IR/BuiltinAttributes.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Regex.h"

using namespace mlir;
using namespace mlir::attn;
using namespace mlir::attn::cuda;

/// The kernel ABI shared with the runtime: manifest keys and spellings.
namespace key = rtabi::key;

FailureOr<llvm::json::Value> cuda::attributeToJson(Attribute attr) {
  if (auto b = dyn_cast<BoolAttr>(attr))
    return llvm::json::Value(b.getValue());
  if (auto i = dyn_cast<IntegerAttr>(attr)) {
    if (i.getType().isInteger(1))
      return llvm::json::Value(i.getValue().getBoolValue());
    return llvm::json::Value(i.getValue().getSExtValue());
  }
  if (auto f = dyn_cast<FloatAttr>(attr))
    return llvm::json::Value(f.getValueAsDouble());
  if (auto s = dyn_cast<StringAttr>(attr))
    return llvm::json::Value(s.getValue().str());
  if (auto d = dyn_cast<DictionaryAttr>(attr)) {
    llvm::json::Object obj;
    for (NamedAttribute na : d) {
      FailureOr<llvm::json::Value> v = attributeToJson(na.getValue());
      if (failed(v))
        return failure();
      obj[na.getName().getValue()] = std::move(*v);
    }
    return llvm::json::Value(std::move(obj));
  }
  if (auto a = dyn_cast<ArrayAttr>(attr)) {
    llvm::json::Array arr;
    for (Attribute e : a) {
      FailureOr<llvm::json::Value> v = attributeToJson(e);
      if (failed(v))
        return failure();
      arr.push_back(std::move(*v));
    }
    return llvm::json::Value(std::move(arr));
  }
  return failure();
}

/// `.entry <name>(` or `.entry <name>` at a line end, as NVPTX prints kernel entries.
static bool ptxHasEntry(StringRef ptx, StringRef name) {
  std::string needle = (".entry " + name).str();
  for (size_t pos = ptx.find(needle); pos != StringRef::npos; pos = ptx.find(needle, pos + 1)) {
    size_t end = pos + needle.size();
    if (end >= ptx.size() || ptx[end] == '(' || llvm::isSpace(ptx[end]))
      return true;
  }
  return false;
}

/// The NVVM object of `binary`: its chip, format and payload.
static LogicalResult collectBinary(gpu::BinaryOp binary, BundleBinary &b) {
  b.module = binary.getSymName().str();
  gpu::ObjectAttr object;
  for (Attribute a : binary.getObjects()) {
    auto o = cast<gpu::ObjectAttr>(a);
    if (isa<NVVM::NVVMTargetAttr>(o.getTarget())) {
      object = o;
      break;
    }
  }
  if (!object)
    return binary.emitError() << "expected an object for an #nvvm.target in gpu.binary @"
                              << b.module;
  b.chip = cast<NVVM::NVVMTargetAttr>(object.getTarget()).getChip().str();
  switch (object.getFormat()) {
  case gpu::CompilationTarget::Assembly:
    b.isPtx = true;
    break;
  case gpu::CompilationTarget::Binary:
    b.isPtx = false;
    break;
  default:
    return binary.emitError() << "expected a PTX (format isa) or cubin (format bin) object in "
                                 "gpu.binary @"
                              << b.module << ", got format "
                              << gpu::stringifyCompilationTarget(object.getFormat());
  }
  b.payload = object.getObject().getValue().str();
  if (b.payload.empty())
    return binary.emitError() << "gpu.binary @" << b.module << " has an empty object";
  return success();
}

/// The fields of one attn.kernel_abi op, checked against the binaries collected so far.
static LogicalResult collectKernel(KernelABIOp op, ArrayRef<BundleBinary> binaries,
                                   BundleKernel &k) {
  k.name = op.getSymName().str();
  k.module = op.getKernel().getRootReference().getValue().str();
  k.family = op.getFamily().str();
  k.role = op.getRole().str();
  StringRef func = op.getKernel().getLeafReference().getValue();
  if (func != k.name)
    return op.emitError() << "expected the kernel_abi name (" << k.name
                          << ") to equal the kernel function name (" << func << ")";
  FailureOr<llvm::json::Value> params = attributeToJson(op.getParams());
  FailureOr<llvm::json::Value> variant = attributeToJson(op.getVariant());
  FailureOr<llvm::json::Value> tile = attributeToJson(op.getTile());
  if (failed(params) || failed(variant) || failed(tile))
    return op.emitError() << "expected params, variant and tile made of strings, integers, "
                             "floats, booleans, arrays and dictionaries";
  k.params = std::move(*params->getAsArray());
  k.variant = std::move(*variant->getAsObject());
  k.tile = std::move(*tile->getAsObject());
  ArrayRef<int32_t> block = op.getBlock();
  if (block.size() != 3)
    return op.emitError() << "expected a block of 3 dimensions, got " << block.size();
  llvm::copy(block, k.block.begin());
  k.dynamicSmem = static_cast<int64_t>(op.getDynamicSmem());
  const BundleBinary *bin = nullptr;
  for (const BundleBinary &b : binaries)
    if (b.module == k.module)
      bin = &b;
  if (!bin)
    return op.emitError() << "kernel '" << k.name << "' refers to @" << k.module
                          << ", which is not a gpu.binary";
  if (bin->isPtx && !ptxHasEntry(bin->payload, k.name))
    return op.emitError() << "the PTX of @" << k.module << " has no entry '" << k.name << "'";
  return success();
}

LogicalResult cuda::collectBundle(ModuleOp module, BundleContents &out) {
  for (auto binary : module.getOps<gpu::BinaryOp>()) {
    BundleBinary b;
    if (failed(collectBinary(binary, b)))
      return failure();
    out.binaries.push_back(std::move(b));
  }
  if (module.getOps<gpu::GPUModuleOp>().begin() != module.getOps<gpu::GPUModuleOp>().end()) {
    auto gm = *module.getOps<gpu::GPUModuleOp>().begin();
    return gm.emitError() << "gpu.module @" << gm.getSymName()
                          << " was not compiled to a gpu.binary (run the pipeline, or drop "
                             "--no-pipeline)";
  }

  for (auto op : module.getOps<KernelABIOp>()) {
    BundleKernel k;
    if (failed(collectKernel(op, out.binaries, k)))
      return failure();
    out.kernels.push_back(std::move(k));
  }
  if (out.kernels.empty())
    return module.emitError() << "expected at least one attn.kernel_abi op (run attn-outline)";

  // Pairing: the compiler puts <f>_attention and <f>_merge in one gpu.module.
  for (BundleKernel &k : out.kernels) {
    StringRef name = k.name;
    if (k.role != rtabi::kRoleAttention || !name.consume_back(rtabi::kAttentionSuffix))
      continue;
    std::string merge = (name + rtabi::kMergeSuffix).str();
    for (const BundleKernel &m : out.kernels)
      if (m.name == merge && m.module == k.module && m.role == rtabi::kRoleMerge)
        k.mergeKernel = merge;
  }
  return success();
}

std::map<std::string, KernelResources> cuda::parsePtxasReport(StringRef text) {
  std::map<std::string, KernelResources> result;
  llvm::Regex entryRe("Compiling entry function '([^']+)'");
  llvm::Regex propsRe("Function properties for ([A-Za-z0-9_$.]+)");
  llvm::Regex frameRe("([0-9]+) bytes stack frame, ([0-9]+) bytes spill stores, "
                      "([0-9]+) bytes spill loads");
  llvm::Regex regsRe("Used ([0-9]+) registers");
  llvm::Regex smemRe("([0-9]+) bytes smem");
  std::string current, propsFor;
  SmallVector<StringRef> lines;
  text.split(lines, '\n');
  auto num = [](StringRef s) {
    int64_t v = 0;
    (void)s.getAsInteger(10, v);
    return v;
  };
  for (StringRef line : lines) {
    SmallVector<StringRef> m;
    if (entryRe.match(line, &m)) {
      current = m[1].str();
      result[current];
      propsFor.clear();
    } else if (propsRe.match(line, &m)) {
      propsFor = m[1].str();
    } else if (frameRe.match(line, &m)) {
      // Properties of device functions (not entries) are ignored.
      if (!propsFor.empty() && result.count(propsFor)) {
        KernelResources &r = result[propsFor];
        r.stackFrame = num(m[1]);
        r.spillStores = num(m[2]);
        r.spillLoads = num(m[3]);
      }
    } else if (regsRe.match(line, &m) && !current.empty()) {
      KernelResources &r = result[current];
      r.registers = num(m[1]);
      if (smemRe.match(line, &m))
        r.sharedBytes = num(m[1]);
    }
  }
  return result;
}

std::string cuda::findPtxas(StringRef toolkit) {
  if (!toolkit.empty()) {
    SmallString<256> path(toolkit);
    llvm::sys::path::append(path, "bin", "ptxas");
    if (llvm::sys::fs::can_execute(path))
      return path.str().str();
  }
  if (llvm::ErrorOr<std::string> p = llvm::sys::findProgramByName("ptxas"))
    return *p;
  return "";
}

LogicalResult cuda::runPtxas(StringRef ptxas, StringRef chip, StringRef ptxPath,
                             StringRef cubinPath, std::string &report, std::string &error) {
  SmallString<128> logPath;
  if (std::error_code ec = llvm::sys::fs::createTemporaryFile("attn-ptxas", "log", logPath)) {
    error = "cannot create a temporary file: " + ec.message();
    return failure();
  }
  std::string arch = ("-arch=" + chip).str();
  SmallVector<StringRef> args = {ptxas, arch, "-O3", "-v", ptxPath, "-o", cubinPath};
  std::optional<StringRef> redirects[] = {std::nullopt, StringRef(logPath), StringRef(logPath)};
  std::string execError;
  int rc = llvm::sys::ExecuteAndWait(ptxas, args, std::nullopt, redirects, /*SecondsToWait=*/0,
                                     /*MemoryLimit=*/0, &execError);
  auto buffer = llvm::MemoryBuffer::getFile(logPath);
  report = buffer ? (*buffer)->getBuffer().str() : "";
  llvm::sys::fs::remove(logPath);
  if (rc != 0) {
    error = rc < 0 ? "cannot run " + ptxas.str() + ": " + execError
                   : ptxas.str() + " exited with code " + std::to_string(rc) + ":\n" + report;
    return failure();
  }
  return success();
}

std::string cuda::binaryFileName(StringRef module, bool ptx) {
  return (module + "." + (ptx ? rtabi::kBinaryKindPtx : rtabi::kBinaryKindCubin)).str();
}

llvm::json::Object cuda::buildManifest(const BundleContents &contents, StringRef arch,
                                       bool ptx) {
  llvm::json::Array kernels;
  for (const BundleKernel &k : contents.kernels) {
    llvm::json::Object obj{
        {key::kName, k.name},
        {key::kFamily, k.family},
        {key::kRole, k.role},
        {key::kBinary, binaryFileName(k.module, ptx)},
        {key::kBinaryKind, ptx ? rtabi::kBinaryKindPtx : rtabi::kBinaryKindCubin},
        {key::kBlock, llvm::json::Array{k.block[0], k.block[1], k.block[2]}},
        {key::kDynamicSmem, k.dynamicSmem},
        {key::kParams, llvm::json::Array(k.params)},
        {key::kVariant, llvm::json::Object(k.variant)},
        {key::kTile, llvm::json::Object(k.tile)},
    };
    if (!k.mergeKernel.empty())
      obj[key::kMergeKernel] = k.mergeKernel;
    if (k.resources)
      obj[key::kResources] = llvm::json::Object{{key::kRegisters, k.resources->registers},
                                                {key::kSharedBytes, k.resources->sharedBytes},
                                                {key::kSpillStores, k.resources->spillStores},
                                                {key::kSpillLoads, k.resources->spillLoads},
                                                {key::kStackFrame, k.resources->stackFrame}};
    kernels.push_back(std::move(obj));
  }
  return llvm::json::Object{{key::kFormat, rtabi::kBundleFormat},
                            {key::kVersion, rtabi::kBundleVersion},
                            {key::kArch, arch.str()},
                            {key::kKernels, std::move(kernels)}};
}

llvm::json::Object cuda::buildMultiArchManifest(ArrayRef<ArchBundle> bundles) {
  llvm::json::Array list;
  for (const ArchBundle &b : bundles)
    list.push_back(llvm::json::Object{
        {key::kArch, b.arch},
        {key::kDirectory, b.directory},
        {key::kBinaryKind, b.ptx ? rtabi::kBinaryKindPtx : rtabi::kBinaryKindCubin}});
  return llvm::json::Object{{key::kFormat, rtabi::kMultiArchFormat},
                            {key::kVersion, rtabi::kMultiArchVersion},
                            {key::kBundles, std::move(list)}};
}
