//===- attn-compile.cpp - writes kernel bundles for libattn_rt -------------===//
//
//   attn-compile input.mlir -o OUTDIR [--sm=90|80|80,90a] [--format=cubin|ptx] [--toolkit=DIR]
//                [--ptxas-check] [--no-pipeline] [--dump-ptx] [--max-slices-per-warp=N]
//                [--stages=N] [--single-barrier=false] [--decode-kernel=auto|cuda-core|tensor-core]
//                [--prefill-mma=mma-sync|wgmma|auto] [--warp-specialize] [--pingpong]
//                [--overlap] [--tma] [--auto-tma=false] [--auto-overlap=false] [--persistent]
//                [--auto-persistent] [--early-kv] [--l2-sections=false] [--approx-tanh=false]
//                [--tile-kv=N] [--tile-q=N]
//
// Parses attn IR, runs attn-to-nvvm + gpu-module-to-binary{format=isa} (the attn-to-cubin
// pipeline with PTX output), then assembles every kernel module's PTX with the toolkit's
// `ptxas -O3 -v` itself, so the resource report (registers, shared memory, spills, stack
// frame) is kept: gpu-module-to-binary drops ptxas's output unless it fails. Writes
// OUTDIR/manifest.json (docs/RUNTIME.md) and one .cubin (or .ptx) per gpu.module, and prints
// one line per kernel plus the compile time. --ptxas-check fails on any spill or local memory.
// The kernel modules of a bundle go through LLVM (gpu-module-to-binary, each module in a
// module of its own) and through ptxas in parallel; the output does not depend on the order.
// Several architectures (--sm=80,90a or --sm=80 --sm=90) write a multi-arch bundle: one
// ordinary bundle per arch in OUTDIR/<arch>/ and an OUTDIR/manifest.json listing them, from
// which libattn_rt loads the one for the device (docs/RUNTIME.md, "Multi-arch bundles").
// --no-pipeline takes IR whose gpu.binary ops already exist (hand-written lit inputs).
// A prefill attention kernel planned with two Q slices per warp that spills is recompiled
// with one (ptxas's allocation at the 255-register limit is not predictable from the IR);
// --max-slices-per-warp fixes the cap instead; it, --stages and --single-barrier are for tuning
// experiments. Decode steps go to the tensor-core kernel from sm 90 on (--decode-kernel=auto;
// attn-plan's decode-kernel option). Prefill kernels on sm 90 are warpgroup-MMA kernels, with
// a producer warpgroup at head_dim 128 (--prefill-mma=auto; attn-plan's prefill-mma);
// --prefill-mma=mma-sync keeps the sm_80 kernel, --prefill-mma=wgmma the CTA-wide loop.
//
//===----------------------------------------------------------------------===//

#include "attn/Dialect/Attn/Utils/RuntimeABI.h"
#include "attn/Dialect/Attn/Utils/Target.h"
#include "attn/Pipelines/Pipelines.h"
#include "attn/Target/CUDA/Bundle.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Threading.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Support/FileUtilities.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Parallel.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>

using namespace mlir;
using namespace mlir::attn;
namespace cl = llvm::cl;

#ifndef ATTN_CUDA_TOOLKIT_DIR
#define ATTN_CUDA_TOOLKIT_DIR ""
#endif

static cl::OptionCategory category("attn-compile options");
static cl::opt<std::string> inputFile(cl::Positional, cl::desc("<input.mlir>"), cl::init("-"),
                                      cl::cat(category));
static cl::opt<std::string> outDir("o", cl::desc("bundle directory to write"),
                                   cl::value_desc("OUTDIR"), cl::Required, cl::cat(category));
static cl::list<std::string> smOpt(
    "sm",
    cl::desc("target architectures, compute capability times ten: 80, 90 (sm_90a), 90a or "
             "sm_80; several (comma-separated or repeated) write a multi-arch bundle "
             "(default 90)"),
    cl::CommaSeparated, cl::cat(category));
static cl::opt<std::string> formatOpt("format", cl::desc("binary format: cubin or ptx"),
                                      cl::init("cubin"), cl::cat(category));
static cl::opt<std::string> toolkitOpt("toolkit", cl::desc("CUDA toolkit root (ptxas, libdevice)"),
                                       cl::init(ATTN_CUDA_TOOLKIT_DIR), cl::cat(category));
static cl::opt<bool> ptxasCheck("ptxas-check",
                                cl::desc("fail on any register spill or local memory"),
                                cl::init(false), cl::cat(category));
static cl::opt<bool> noPipeline("no-pipeline",
                                cl::desc("the input already holds gpu.binary ops"),
                                cl::init(false), cl::cat(category));
static cl::opt<int64_t> maxSlicesOpt(
    "max-slices-per-warp",
    cl::desc("prefill: at most this many 16-row Q slices per warp (0: the heuristic, retried "
             "with 1 when a prefill kernel spills)"),
    cl::init(0), cl::cat(category));
static cl::opt<int64_t> stagesOpt("stages",
                                  cl::desc("K/V pipeline depth (0: the heuristic's)"),
                                  cl::init(0), cl::cat(category));
static cl::opt<int64_t> tileKvOpt("tile-kv",
                                  cl::desc("keys per KV tile of every kernel (0: heuristic)"),
                                  cl::init(0), cl::cat(category));
static cl::opt<int64_t> tileQOpt(
    "tile-q", cl::desc("prefill: query rows per CTA after head-group packing (0: heuristic)"),
    cl::init(0), cl::cat(category));
static cl::opt<bool> singleBarrierOpt(
    "single-barrier", cl::desc("one barrier per KV tile in pipelined loops (default true)"),
    cl::init(true), cl::cat(category));
static cl::opt<std::string> decodeKernelOpt(
    "decode-kernel",
    cl::desc("decode steps (max_qo_len = 1): cuda-core, tensor-core or auto (tensor-core from "
             "sm 90 on)"),
    cl::init("auto"), cl::cat(category));
static cl::opt<std::string> prefillMmaOpt(
    "prefill-mma",
    cl::desc("prefill kernels: mma-sync, wgmma (warpgroup MMAs on sm_90a where the variant "
             "allows) or auto (on sm 90: wgmma, with a producer warpgroup at head_dim 128)"),
    cl::init("auto"), cl::cat(category));
static cl::opt<bool> warpSpecializeOpt(
    "warp-specialize",
    cl::desc("wgmma prefill kernels: a producer warpgroup fills the K/V stage ring through "
             "mbarriers, where the variant allows (no RoPE of K in the loop)"),
    cl::init(false), cl::cat(category));
static cl::opt<bool> pingpongOpt(
    "pingpong",
    cl::desc("warp-specialized prefill kernels: the two consumer warpgroups take turns on the "
             "tensor cores"),
    cl::init(false), cl::cat(category));
static cl::opt<bool>
    overlapOpt("overlap",
               cl::desc("warp-specialized prefill kernels: each consumer warpgroup runs "
                        "the softmax of the next KV tile while its P V MMAs are in flight"),
               cl::init(false), cl::cat(category));
static cl::opt<bool>
    tmaOpt("tma",
           cl::desc("warp-specialized prefill kernels: the producer loads whole K/V tiles by TMA "
                    "from tensor maps the runtime passes (k_tmap, v_tmap), ragged K/V and paged "
                    "caches of pages of 8 keys or more, with a remark where a variant cannot"),
           cl::init(false), cl::cat(category));
static cl::opt<bool> persistentOpt(
    "persistent",
    cl::desc("warp-specialized prefill kernels: one CTA per SM loops over "
             "the (KV head, work item) pairs, the producer loading the next item's K/V while "
             "the consumers finish the current one"),
    cl::init(false), cl::cat(category));
static cl::opt<bool> earlyKvOpt(
    "early-kv",
    cl::desc("warp-specialized prefill kernels, not persistent: the producer starts the K/V "
             "stage ring at once, only the consumers wait for the Q tile they copy"),
    cl::init(false), cl::cat(category));
static cl::opt<bool> l2SectionsOpt(
    "l2-sections",
    cl::desc("prefill kernels take their (KV head, work item) pairs in sections of KV heads "
             "whose K/V fits in L2 (the runtime's plan picks the section; default true, "
             "false keeps heads fastest over all items)"),
    cl::init(true), cl::cat(category));
static cl::opt<bool> autoTmaOpt(
    "auto-tma",
    cl::desc("--prefill-mma=auto: kernels with the producer warpgroup load ragged K/V and "
             "paged caches of 16-key pages or larger (with three K/V stages) by TMA (default "
             "true; false keeps the cp.async producer)"),
    cl::init(true), cl::cat(category));
static cl::opt<bool> autoOverlapOpt(
    "auto-overlap",
    cl::desc("--prefill-mma=auto: kernels whose K/V goes by TMA overlap softmax with the MMAs "
             "where measured faster: causal (or sliding window), head_dim 128, one query head "
             "per KV head (default true; false keeps the serial tile loop)"),
    cl::init(true), cl::cat(category));
static cl::opt<bool> autoPersistentOpt(
    "auto-persistent",
    cl::desc("--prefill-mma=auto: kernels whose K/V goes by TMA are persistent (one "
             "CTA per SM looping over the pairs in the L2 sections' order) and overlap softmax "
             "with the MMAs (default true; false keeps one CTA per work item)"),
    cl::init(true), cl::cat(category));
static cl::opt<bool> approxTanhOpt(
    "approx-tanh",
    cl::desc("logits soft-cap on tanh.approx.f32 (one MUFU op, as FlashInfer and FA3; default "
             "true, false: libdevice's tanhf)"),
    cl::init(true), cl::cat(category));
static cl::opt<bool> dumpPtx("dump-ptx", cl::desc("also write <module>.ptx next to the cubin"),
                             cl::init(false), cl::cat(category));

namespace {
int fail(const llvm::Twine &message) {
  llvm::errs() << "attn-compile: error: " << message << "\n";
  return 1;
}

LogicalResult writeFile(StringRef path, StringRef bytes, std::string &error) {
  std::unique_ptr<llvm::ToolOutputFile> file = openOutputFile(path, &error);
  if (!file)
    return failure();
  file->os() << bytes;
  file->os().flush();
  if (file->os().has_error()) {
    error = "cannot write '" + path.str() + "'";
    file->os().clear_error();
    return failure();
  }
  file->keep();
  return success();
}

/// Writes `json` (2-space indented, newline-terminated) to `dir`/manifest.json.
int writeManifest(StringRef dir, llvm::json::Object json) {
  SmallString<256> path(dir);
  llvm::sys::path::append(path, rtabi::kManifestFileName);
  std::string text = llvm::formatv("{0:2}", llvm::json::Value(std::move(json))).str();
  std::string error;
  if (failed(writeFile(path, text + "\n", error)))
    return fail(error);
  return 0;
}

/// One architecture to compile for: its sm and the chip the pipeline targets for it.
struct ArchTarget {
  int64_t sm;
  std::string chip;
};

/// The architectures of --sm: "80", "90a", "sm_90a" -> (sm, the chip the pipeline targets).
int parseTargets(SmallVectorImpl<ArchTarget> &targets) {
  for (StringRef text : smOpt.empty() ? std::vector<std::string>{"90"} : smOpt) {
    StringRef digits = text;
    digits.consume_front("sm_");
    bool archSpecific = digits.consume_back("a");
    int64_t sm = 0;
    if (digits.getAsInteger(10, sm))
      return fail("--sm='" + text + "' is not an architecture (expected 80, 90, 90a or sm_80)");
    if (std::string why = target::checkSm(sm); !why.empty())
      return fail("--sm=" + text + ": " + why);
    AttnToCubinOptions probe;
    probe.sm = sm;
    std::string chip = probe.chip();
    if (archSpecific && !StringRef(chip).ends_with("a"))
      return fail("--sm=" + text + ": the pipeline targets " + chip + " for " + llvm::Twine(sm) +
                  ", which has no arch-specific variant");
    if (llvm::any_of(targets, [&](const ArchTarget &t) { return t.chip == chip; }))
      return fail("--sm lists " + chip + " twice");
    targets.push_back({sm, chip});
  }
  if (targets.size() > 1 && noPipeline)
    return fail("--no-pipeline takes one --sm (its gpu.binary ops target one arch)");
  return 0;
}

/// The pipeline options of the command line for target `sm`. The format is PTX: ptxas runs
/// here, so that its -v report is kept.
void setPipelineOptions(AttnToCubinOptions &options, int64_t sm, int64_t maxSlicesPerWarp) {
  options.sm = sm;
  options.format = "isa";
  options.toolkit = toolkitOpt;
  options.maxSlicesPerWarp = maxSlicesPerWarp;
  options.stages = stagesOpt;
  options.tileKv = tileKvOpt;
  options.tileQ = tileQOpt;
  options.singleBarrier = singleBarrierOpt;
  options.decodeKernel = decodeKernelOpt;
  options.prefillMma = prefillMmaOpt;
  options.warpSpecialize = warpSpecializeOpt;
  options.pingpong = pingpongOpt;
  options.overlap = overlapOpt;
  options.tma = tmaOpt;
  options.autoTma = autoTmaOpt;
  options.autoOverlap = autoOverlapOpt;
  options.autoPersistent = autoPersistentOpt;
  options.persistent = persistentOpt;
  options.earlyKv = earlyKvOpt;
  options.l2Sections = l2SectionsOpt;
  options.approxTanh = approxTanhOpt;
}

/// The tuning options, checked as the pipeline would check them for `sm`.
int checkTuningOptions(int64_t sm) {
  if (maxSlicesOpt < 0)
    return fail("--max-slices-per-warp must be 0 (heuristic) or positive");
  AttnToCubinOptions probe;
  setPipelineOptions(probe, sm, maxSlicesOpt);
  if (std::string why = probe.check(); !why.empty())
    return fail("--" + why);
  return 0;
}

/// Writes one ptxas-less binary (a cubin from gpu-module-to-binary{format=bin}) as is.
int writeCubinBinary(const cuda::BundleBinary &b, StringRef binPath, bool ptxOut) {
  if (ptxOut)
    return fail("gpu.binary @" + b.module + " holds a cubin; --format=ptx needs PTX");
  if (ptxasCheck)
    return fail("gpu.binary @" + b.module + " holds a cubin; --ptxas-check needs PTX to assemble");
  std::string error;
  if (failed(writeFile(binPath, b.payload, error)))
    return fail(error);
  return 0;
}

/// Copies the resources of ptxas's `report` onto the kernels of `module`.
int attachResources(StringRef module, const std::string &report,
                    std::vector<cuda::BundleKernel> &kernels) {
  std::map<std::string, cuda::KernelResources> resources = cuda::parsePtxasReport(report);
  for (cuda::BundleKernel &k : kernels) {
    if (k.module != module)
      continue;
    auto it = resources.find(k.name);
    if (it == resources.end())
      return fail("the ptxas report of @" + module + " has no entry '" + k.name + "'");
    k.resources = it->second;
  }
  return 0;
}

/// The --ptxas-check verdict on `contents`: fails when a kernel uses local memory.
int checkSpills(const cuda::BundleContents &contents) {
  std::string problems;
  for (const cuda::BundleKernel &k : contents.kernels)
    if (k.resources && k.resources->usesLocalMemory())
      problems += llvm::formatv("\n  kernel '{0}': {1} bytes spill stores, {2} bytes spill "
                                "loads, {3} bytes stack frame ({4} registers)",
                                k.name, k.resources->spillStores, k.resources->spillLoads,
                                k.resources->stackFrame, k.resources->registers)
                      .str();
  if (!problems.empty())
    return fail("--ptxas-check: kernels use local memory:" + problems);
  return 0;
}

/// The names of the prefill attention kernels of `contents` that spill, quoted, or "".
std::string spilledPrefillKernels(const cuda::BundleContents &contents) {
  std::string spilled;
  for (const cuda::BundleKernel &k : contents.kernels)
    if (k.family == rtabi::kFamilyPrefill && k.role == rtabi::kRoleAttention && k.resources &&
        k.resources->usesLocalMemory())
      spilled += (spilled.empty() ? "'" : ", '") + k.name + "'";
  return spilled;
}

/// One line per kernel and the summary line of a bundle written to `bundleDir`.
void printSummary(const cuda::BundleContents &contents, StringRef arch, StringRef bundleDir,
                  std::chrono::steady_clock::time_point start) {
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  for (const cuda::BundleKernel &k : contents.kernels) {
    llvm::outs() << llvm::formatv("{0,-40} {1,-9} block={2}x{3}x{4} dsmem={5}", k.name, k.role,
                                  k.block[0], k.block[1], k.block[2], k.dynamicSmem);
    if (k.resources)
      llvm::outs() << llvm::formatv(" regs={0} smem={1} spills={2}/{3} stack={4}",
                                    k.resources->registers, k.resources->sharedBytes,
                                    k.resources->spillStores, k.resources->spillLoads,
                                    k.resources->stackFrame);
    llvm::outs() << "\n";
  }
  llvm::outs() << llvm::formatv("wrote {0} kernel(s) in {1} binary file(s) for {2} to {3} "
                                "in {4:F1} ms\n",
                                contents.kernels.size(), contents.binaries.size(), arch, bundleDir,
                                ms);
}

/// Compiles the parsed input into bundles: the pipeline, ptxas and the manifest, per arch.
class BundleCompiler {
public:
  BundleCompiler(MLIRContext &context, ModuleOp input, const bool &sawError, bool ptxOut,
                 std::chrono::steady_clock::time_point start)
      : context(context), input(input), sawError(sawError), ptxOut(ptxOut), start(start) {}

  /// One architecture's bundle into `bundleDir`; `arch` receives its chip.
  int compileBundle(int64_t sm, const std::string &bundleDir, std::string &arch);

private:
  int compile(int64_t sm, int64_t maxSlicesPerWarp, const std::string &bundleDir,
              std::string &arch);
  LogicalResult serializeModules(ModuleOp module, const AttnToCubinOptions &options);
  int assemble(const std::string &bundleDir, const std::string &arch);
  /// One PTX module's way through ptxas.
  struct PtxasJob {
    const cuda::BundleBinary *binary = nullptr;
    SmallString<256> ptxPath, cubinPath;
    SmallString<128> tmpPtx, tmpCubin; ///< temporaries to remove ("" for none)
    bool run = false;                  ///< ptxas is needed (a cubin, or --ptxas-check)
    bool assembled = false;
    std::string report, error;
  };
  int preparePtx(PtxasJob &job, SmallString<256> ptxPath, StringRef binPath);
  int finishPtx(PtxasJob &job, bool ranPtxas);

  MLIRContext &context;
  ModuleOp input;
  const bool &sawError;
  const bool ptxOut;
  std::chrono::steady_clock::time_point start;
  cuda::BundleContents contents;
};

int BundleCompiler::compileBundle(int64_t sm, const std::string &bundleDir, std::string &arch) {
  if (int rc = compile(sm, maxSlicesOpt, bundleDir, arch))
    return rc;
  // The heuristic's two 16-row Q slices per warp sit at the 255-register limit, where ptxas's
  // allocation moves with small code differences: a prefill attention kernel that spills is
  // recompiled with one slice per warp (planned inputs keep their kernel_config either way).
  if (!noPipeline && maxSlicesOpt == 0) {
    std::string spilled = spilledPrefillKernels(contents);
    if (!spilled.empty()) {
      llvm::errs() << "attn-compile: note: " << spilled
                   << " spill with two Q slices per warp; recompiling with one\n";
      if (int rc = compile(sm, /*maxSlicesPerWarp=*/1, bundleDir, arch))
        return rc;
    }
  }
  if (ptxasCheck)
    if (int rc = checkSpills(contents))
      return rc;
  if (int rc = writeManifest(bundleDir, cuda::buildManifest(contents, arch, ptxOut)))
    return rc;
  printSummary(contents, arch, bundleDir, start);
  return 0;
}

/// attn-to-cubin's last step, gpu-module-to-binary (upstream's pass, unchanged), on the
/// gpu.modules of `module` in parallel: each moves into a module of its own, a pass manager of
/// its own turns it into a gpu.binary (LLVM's optimizer and the NVPTX backend, one module per
/// thread of the context's pool), and the binaries come back in the modules' order. A bundle
/// of many kernel modules (sampling: 26) is then not compiled one module after another.
LogicalResult BundleCompiler::serializeModules(ModuleOp module, const AttnToCubinOptions &options) {
  SmallVector<OwningOpRef<ModuleOp>> parts;
  for (auto gpuModule : llvm::make_early_inc_range(module.getOps<gpu::GPUModuleOp>())) {
    OwningOpRef<ModuleOp> part = ModuleOp::create(gpuModule.getLoc());
    (*part)->setAttrs(module->getAttrDictionary());
    gpuModule->moveBefore(part->getBody(), part->getBody()->end());
    parts.push_back(std::move(part));
  }
  // Parsed here, once per part: only the runs go to the worker threads.
  std::string text = getAttnToBinaryPipelineText(options);
  SmallVector<std::unique_ptr<PassManager>> managers;
  for (size_t i = 0; i < parts.size(); ++i) {
    managers.push_back(std::make_unique<PassManager>(&context));
    std::string error;
    llvm::raw_string_ostream os(error);
    if (failed(parsePassPipeline(text, *managers.back(), os))) {
      fail("cannot build '" + text + "': " + error);
      return failure();
    }
  }
  // The pass's dialects are loaded here, on this thread: a run then only looks them up.
  if (!managers.empty()) {
    DialectRegistry dialects;
    managers.front()->getDependentDialects(dialects);
    context.appendDialectRegistry(dialects);
    for (StringRef name : dialects.getDialectNames())
      context.getOrLoadDialect(name);
  }
  LogicalResult ran = failableParallelForEachN(
      &context, 0, parts.size(), [&](size_t i) { return managers[i]->run(*parts[i]); });
  for (OwningOpRef<ModuleOp> &part : parts)
    for (Operation &op : llvm::make_early_inc_range(part->getBody()->getOperations()))
      op.moveBefore(module.getBody(), module.getBody()->end());
  return ran;
}

/// One compile: the pipeline (unless --no-pipeline) on a copy of the input, the bundle's
/// contents, and ptxas on every PTX module (writing the binaries to `bundleDir`).
int BundleCompiler::compile(int64_t sm, int64_t maxSlicesPerWarp, const std::string &bundleDir,
                            std::string &arch) {
  contents = {};
  OwningOpRef<ModuleOp> work(cast<ModuleOp>(input->clone()));
  AttnToCubinOptions options;
  setPipelineOptions(options, sm, maxSlicesPerWarp);
  if (!noPipeline) {
    PassManager pm(&context);
    std::string pipelineError;
    llvm::raw_string_ostream os(pipelineError);
    if (failed(buildAttnToNVVMPipeline(pm, options, os)))
      return fail("cannot build the attn-to-cubin pipeline: " + pipelineError);
    if (failed(pm.run(*work)) || sawError || failed(serializeModules(*work, options)) || sawError)
      return fail("the attn-to-cubin pipeline failed on '" + inputFile + "'");
  }
  if (failed(cuda::collectBundle(*work, contents)))
    return fail("'" + inputFile + "' holds no complete kernel bundle");
  arch = contents.binaries.empty() ? options.chip() : contents.binaries[0].chip;
  return assemble(bundleDir, arch);
}

/// ptxas on every PTX module of `contents` (its resource report kept on the kernels), the
/// binaries written to `bundleDir`.
int BundleCompiler::assemble(const std::string &bundleDir, const std::string &arch) {
  for (const cuda::BundleBinary &b : contents.binaries)
    if (b.chip != arch)
      return fail("gpu.binary @" + b.module + " targets " + b.chip + ", @" +
                  contents.binaries[0].module + " targets " + arch);

  if (std::error_code ec = llvm::sys::fs::create_directories(bundleDir))
    return fail("cannot create '" + bundleDir + "': " + ec.message());

  const bool needPtxas = !ptxOut || ptxasCheck;
  std::string ptxas;
  if (needPtxas && llvm::any_of(contents.binaries, [](auto &b) { return b.isPtx; })) {
    ptxas = cuda::findPtxas(toolkitOpt);
    if (ptxas.empty())
      return fail("ptxas not found (looked in '" + toolkitOpt +
                  "/bin' and PATH); pass --toolkit=DIR or --format=ptx");
  }

  // The files first, then every ptxas at once (a bundle of many kernel modules is not
  // assembled one module after another), then the reports in the modules' order.
  std::vector<PtxasJob> jobs;
  jobs.reserve(contents.binaries.size());
  int rc = 0;
  for (const cuda::BundleBinary &b : contents.binaries) {
    SmallString<256> ptxPath(bundleDir), binPath(bundleDir);
    llvm::sys::path::append(ptxPath, cuda::binaryFileName(b.module, /*ptx=*/true));
    llvm::sys::path::append(binPath, cuda::binaryFileName(b.module, ptxOut));
    if (!b.isPtx) {
      if ((rc = writeCubinBinary(b, binPath, ptxOut)))
        break;
      continue;
    }
    jobs.emplace_back();
    jobs.back().binary = &b;
    if ((rc = preparePtx(jobs.back(), ptxPath, binPath)))
      break;
  }
  // (After a failure above, nothing runs: the jobs' temporaries are only removed.)
  const bool runPtxas = rc == 0;
  if (runPtxas)
    llvm::parallelFor(0, jobs.size(), [&](size_t i) {
      PtxasJob &job = jobs[i];
      if (job.run)
        job.assembled = succeeded(cuda::runPtxas(ptxas, job.binary->chip, job.ptxPath,
                                                 job.cubinPath, job.report, job.error));
    });
  for (PtxasJob &job : jobs) {
    int finished = finishPtx(job, runPtxas);
    rc = rc ? rc : finished;
  }
  return rc;
}

/// ptxas's warnings in `report` (of gpu.binary @`module`) on stderr, and its notes on the
/// warpgroup MMAs. Under --ptxas-check, MMAs that ptxas serialized or waited for on its own
/// fail the compile: "wgmma.mma_async instructions are serialized" (a warning naming the
/// reason) or "warpgroup.wait is injected" (an info line: a register an in-flight MMA writes
/// was used before the program's wait) leave the asynchronous MMAs synchronous.
static int forwardPtxasWarnings(StringRef module, StringRef report) {
  SmallVector<StringRef> lines;
  report.split(lines, '\n');
  bool serialized = false;
  for (StringRef line : lines) {
    bool mma = line.contains("wgmma.mma_async instructions are serialized") ||
               line.contains("warpgroup.wait is injected");
    if (!mma && !line.contains("warning"))
      continue;
    llvm::errs() << "attn-compile: ptxas on @" << module << ": " << line.trim() << "\n";
    serialized |= mma;
  }
  if (serialized && ptxasCheck)
    return fail("--ptxas-check: ptxas serialized the warpgroup MMAs of @" + module);
  return 0;
}

/// Writes the PTX of `job.binary` (to `ptxPath` when kept, else a temporary file) and says
/// where ptxas, when it is needed, writes the cubin: `binPath` (a temporary cubin for
/// --format=ptx).
int BundleCompiler::preparePtx(PtxasJob &job, SmallString<256> ptxPath, StringRef binPath) {
  const cuda::BundleBinary &b = *job.binary;
  job.run = !ptxOut || ptxasCheck;
  bool keepPtx = ptxOut || dumpPtx;
  std::string error;
  if (!keepPtx) {
    if (std::error_code ec = llvm::sys::fs::createTemporaryFile(b.module, "ptx", job.tmpPtx))
      return fail("cannot create a temporary file: " + ec.message());
    ptxPath = job.tmpPtx;
  }
  job.ptxPath = ptxPath;
  if (failed(writeFile(ptxPath, b.payload, error)))
    return fail(error);
  job.cubinPath = binPath;
  if (job.run && ptxOut) {
    if (std::error_code ec = llvm::sys::fs::createTemporaryFile(b.module, "cubin", job.tmpCubin))
      return fail("cannot create a temporary file: " + ec.message());
    job.cubinPath = job.tmpCubin;
  }
  return 0;
}

/// After the ptxas step (`ranPtxas`: it ran on the jobs that need it): `job`'s temporaries
/// removed, its warnings and failure reported, its resource report attached to the kernels.
int BundleCompiler::finishPtx(PtxasJob &job, bool ranPtxas) {
  if (!job.tmpPtx.empty())
    llvm::sys::fs::remove(job.tmpPtx);
  if (!job.tmpCubin.empty())
    llvm::sys::fs::remove(job.tmpCubin);
  if (!job.run || !ranPtxas)
    return 0;
  const cuda::BundleBinary &b = *job.binary;
  if (!job.assembled)
    return fail("ptxas failed on gpu.binary @" + b.module + ": " + job.error);
  if (int rc = forwardPtxasWarnings(b.module, job.report))
    return rc;
  return attachResources(b.module, job.report, contents.kernels);
}

/// One bundle per target in OUTDIR/<chip>/ and the multi-arch index in OUTDIR.
int compileMultiArch(BundleCompiler &compiler, ArrayRef<ArchTarget> targets, bool ptxOut) {
  std::vector<cuda::ArchBundle> bundles;
  for (const ArchTarget &t : targets) {
    SmallString<256> dir(outDir);
    llvm::sys::path::append(dir, t.chip);
    std::string arch;
    if (int rc = compiler.compileBundle(t.sm, dir.str().str(), arch))
      return rc;
    if (arch != t.chip)
      return fail("--sm=" + llvm::Twine(t.sm) + " gave kernels for " + arch + ", not " + t.chip);
    bundles.push_back({t.chip, t.chip, ptxOut});
  }
  if (int rc = writeManifest(outDir, cuda::buildMultiArchManifest(bundles)))
    return rc;
  llvm::outs() << "wrote a multi-arch bundle for";
  for (const cuda::ArchBundle &b : bundles)
    llvm::outs() << " " << b.arch;
  llvm::outs() << " to " << outDir << "\n";
  return 0;
}

DialectRegistry makeRegistry() {
  DialectRegistry registry;
  registerAttnPipelineDialects(registry);
  return registry;
}
} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  registerAttnCompilerPasses();
  cl::HideUnrelatedOptions(category);
  cl::ParseCommandLineOptions(argc, argv, "attn-mlir kernel bundle writer\n");
  auto start = std::chrono::steady_clock::now();

  if (formatOpt != "cubin" && formatOpt != "ptx")
    return fail("unknown --format '" + formatOpt + "' (expected cubin or ptx)");
  const bool ptxOut = formatOpt == "ptx";
  SmallVector<ArchTarget> targets;
  if (int rc = parseTargets(targets))
    return rc;

  MLIRContext context(makeRegistry());
  std::string error;
  std::unique_ptr<llvm::MemoryBuffer> input = openInputFile(inputFile, &error);
  if (!input)
    return fail(error);
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(std::move(input), llvm::SMLoc());
  SourceMgrDiagnosticHandler diagHandler(sourceMgr, &context);
  // Some upstream passes report an error and still succeed (gpu-module-to-binary with a
  // toolkit path that does not exist): any error diagnostic fails the compile, and no bundle
  // is written. The handler passes every diagnostic on to diagHandler for printing.
  bool sawError = false;
  ScopedDiagnosticHandler errorTracker(&context, [&](Diagnostic &diag) {
    if (diag.getSeverity() == DiagnosticSeverity::Error)
      sawError = true;
    return failure();
  });
  OwningOpRef<ModuleOp> module = parseSourceFile<ModuleOp>(sourceMgr, &context);
  if (!module)
    return fail("cannot parse '" + inputFile + "'");
  if (int rc = checkTuningOptions(targets[0].sm))
    return rc;

  BundleCompiler compiler(context, *module, sawError, ptxOut, start);
  if (targets.size() == 1) {
    std::string arch;
    return compiler.compileBundle(targets[0].sm, outDir, arch);
  }
  return compileMultiArch(compiler, targets, ptxOut);
}
