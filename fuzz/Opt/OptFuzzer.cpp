//===- OptFuzzer.cpp - libFuzzer target: attn-opt parse, verify, pipelines -===//
//
// The input is MLIR text. It is parsed with the registry of attn-opt (the attn dialect, its
// passes and pipelines, every upstream dialect and extension), verified, and each of the
// pipelines below runs on its own clone of the module: the whole attn-to-nvvm lowering (PTX
// is not emitted: no ptxas, no LLVM back end) and each attn pass alone, so that IR meant for
// a later stage reaches its pass too. Diagnostics are swallowed: an error is a fine answer
// to bad input; a crash or a sanitizer report is a finding.
//
// Checked beyond the sanitizers: a pass of this project that emits an error must fail (an
// error without a failure lets attn-opt and attn-compile exit 0 on an error).
//
// Crashes known to be in upstream MLIR (fuzz/known_upstream_crashes.txt) would stop every
// run that finds them again: an input that matches the input pattern of one (third column)
// is skipped before it is parsed. ATTN_OPT_FUZZ_KNOWN names another list; ATTN_OPT_FUZZ_TRACE=1
// prints each pipeline, its result and the diagnostics (reproducing a crash input by hand).
//
//===----------------------------------------------------------------------===//

#include "attn/Dialect/Attn/Transforms/BufferizableOpInterfaceImpl.h"
#include "attn/Pipelines/Pipelines.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassInstrumentation.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

using namespace mlir;

#ifndef ATTN_OPT_FUZZ_KNOWN_CRASHES
#define ATTN_OPT_FUZZ_KNOWN_CRASHES ""
#endif

namespace {

/// Each runs on its own clone of the parsed module, anchored on builtin.module.
const char *const kPipelines[] = {
    "attn-to-nvvm",
    "attn-to-nvvm{sm=80 stages=1 single-barrier=true flush-denormals=true}",
    // The opt-in Hopper schedules (each falls back with a remark where a variant cannot), with
    // the L2 sections' CTA mapping in a persistent and a one-CTA-per-item kernel.
    "attn-to-nvvm{warp-specialize=true tma=true persistent=true overlap=true l2-sections=true}",
    ("attn-to-nvvm{warp-specialize=true pingpong=true early-kv=true approx-tanh=true "
     "l2-sections=true}"),
    "attn-plan",
    "attn-plan{sm=80 require-all=true}",
    "attn-outline",
    "gpu.module(attn-tile)",
    "gpu.module(attn-pipeline)",
    "gpu.module(attn-pipeline{single-barrier=true})",
    "gpu.module(convert-attn-to-nvvm)",
    "gpu.module(attn-bare-ptr-abi)",
    "gpu.module(attn-flush-denormals)",
};

/// One known upstream crash: skipped inputs match `input`, or nest brackets at least
/// `minDepth` deep (an input pattern `@nesting>=N`: no regular expression counts nesting).
struct KnownCrash {
  std::string name;
  std::unique_ptr<llvm::Regex> input;
  int64_t minDepth = 0;

  bool matches(StringRef text) const {
    if (input)
      return input->match(text);
    int64_t depth = 0, deepest = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      char c = text[i];
      if (c == '[' || c == '(' || c == '{' || c == '<')
        deepest = std::max(deepest, ++depth);
      else if (c == ']' || c == ')' || c == '}' || (c == '>' && (i == 0 || text[i - 1] != '-')))
        depth = std::max<int64_t>(depth - 1, 0);
    }
    return deepest >= minDepth;
  }
};

MLIRContext *gContext = nullptr;
std::vector<std::unique_ptr<PassManager>> gPassManagers;
std::vector<KnownCrash> gKnown;
/// Creating a context costs more than most inputs; its uniqued storage only grows.
constexpr unsigned kInputsPerContext = 20000;
unsigned gInputs = 0;
const bool gTrace = std::getenv("ATTN_OPT_FUZZ_TRACE") != nullptr;
/// Error diagnostics since the start of the process.
unsigned gErrors = 0;

[[noreturn]] void fail(const std::string &what) {
  std::fprintf(stderr, "invariant broken: %s\n", what.c_str());
  std::abort();
}

/// A pass of this project that emits an error must signal failure.
struct ErrorsMustFail : public PassInstrumentation {
  std::vector<unsigned> errorsAtStart;

  void runBeforePass(Pass *pass, Operation *op) override { errorsAtStart.push_back(gErrors); }
  void runAfterPass(Pass *pass, Operation *op) override {
    unsigned before = errorsAtStart.back();
    errorsAtStart.pop_back();
    StringRef arg = pass->getArgument();
    bool ours = arg.starts_with("attn-") || arg == "convert-attn-to-nvvm";
    if (ours && gErrors > before)
      fail("pass '" + arg.str() + "' emitted an error but did not fail");
  }
  void runAfterPassFailed(Pass *pass, Operation *op) override { errorsAtStart.pop_back(); }
};

/// NAME<TAB>report pattern<TAB>input pattern lines; '#' starts a comment. Only the input
/// pattern is used here (scripts/fuzz_campaign_opt.sh triages with the report pattern).
void loadKnownCrashes() {
  const char *path = std::getenv("ATTN_OPT_FUZZ_KNOWN");
  if (!path)
    path = ATTN_OPT_FUZZ_KNOWN_CRASHES;
  if (!*path)
    return;
  auto buffer = llvm::MemoryBuffer::getFile(path);
  if (!buffer) {
    std::fprintf(stderr, "cannot read the known crashes: %s\n", path);
    std::exit(1);
  }
  SmallVector<StringRef> lines;
  (*buffer)->getBuffer().split(lines, '\n', -1, false);
  for (StringRef line : lines) {
    if (line.starts_with("#"))
      continue;
    SmallVector<StringRef> fields;
    line.split(fields, '\t');
    if (fields.size() < 3 || fields[2].empty())
      continue;
    StringRef pattern = fields[2];
    if (pattern.consume_front("@nesting>=")) {
      KnownCrash known{fields[0].str(), nullptr, 0};
      if (pattern.getAsInteger(10, known.minDepth) || known.minDepth < 1) {
        std::fprintf(stderr, "known crash %s: bad nesting depth\n", fields[0].str().c_str());
        std::exit(1);
      }
      gKnown.push_back(std::move(known));
      continue;
    }
    auto regex = std::make_unique<llvm::Regex>(pattern);
    std::string error;
    if (!regex->isValid(error)) {
      std::fprintf(stderr, "known crash %s: bad input pattern: %s\n", fields[0].str().c_str(),
                   error.c_str());
      std::exit(1);
    }
    gKnown.push_back({fields[0].str(), std::move(regex), 0});
  }
}

/// A fresh context and pass managers. The context keeps every attribute, type and
/// identifier it has seen: a new one every kInputsPerContext inputs bounds the memory.
void resetContext() {
  gPassManagers.clear();
  delete gContext;
  DialectRegistry registry;
  attn::registerAttnPipelineDialects(registry);
  attn::registerBufferizableOpInterfaceExternalModels(registry);
  gContext = new MLIRContext(registry, MLIRContext::Threading::DISABLED);
  gContext->loadAllAvailableDialects();
  gContext->getDiagEngine().registerHandler([](Diagnostic &diag) {
    if (diag.getSeverity() == DiagnosticSeverity::Error)
      ++gErrors;
    if (gTrace)
      llvm::errs() << diag.getLocation() << ": " << diag << "\n";
  });

  for (const char *text : kPipelines) {
    // Anchored on builtin.module, the parsed module itself: a pass manager on "any" (the
    // default) would nest a `builtin.module(...)` pipeline on the modules inside it, and
    // none of the passes would run.
    auto pm = std::make_unique<PassManager>(gContext, ModuleOp::getOperationName());
    std::string error;
    llvm::raw_string_ostream os(error);
    if (failed(parsePassPipeline(text, *pm, os))) {
      std::fprintf(stderr, "pipeline '%s': %s\n", text, error.c_str());
      std::exit(1);
    }
    pm->addInstrumentation(std::make_unique<ErrorsMustFail>());
    gPassManagers.push_back(std::move(pm));
  }
}

} // namespace

/// libMLIR is not instrumented, but the inline BumpPtrAllocator code of LLVM's headers in
/// the instrumented objects poisons the free part of the slabs they share (user poisoning):
/// libMLIR's own allocations there would then read as use-after-poison. Heap redzones,
/// use-after-free and the rest of AddressSanitizer stay on; ASAN_OPTIONS still overrides.
extern "C" const char *__asan_default_options() { return "allow_user_poisoning=0:detect_leaks=1"; }

namespace {

/// A decode step that attn-to-nvvm must lower to an NVVM kernel. The harness checks it once
/// at start-up: a pass manager that does not reach the parsed module (anchored on "any", it
/// nested `builtin.module(...)` on the modules inside it) runs nothing, and every input then
/// only gets parsed and verified.
const char *const kSelfCheck = R"mlir(
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 2, head_dim = 64, element_type = f16>
func.func @self_check(%q: memref<?x8x64xf16>, %qi: memref<?xi32>, %k: memref<?x16x2x64xf16>,
                      %v: memref<?x16x2x64xf16>, %ki: memref<?xi32>, %kx: memref<?xi32>,
                      %kl: memref<?xi32>, %o: memref<?x8x64xf16>) {
  %kv = attn.paged_kv k(%k : memref<?x16x2x64xf16>) v(%v : memref<?x16x2x64xf16>)
      indptr(%ki : memref<?xi32>) indices(%kx : memref<?xi32>) last_page_len(%kl : memref<?xi32>) : !kv
  attn.attention q(%q : memref<?x8x64xf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x8x64xf16>) {mask = #attn.mask<none>, max_qo_len = 1}
  return
}
)mlir";

void selfCheck() {
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(kSelfCheck, gContext);
  if (!module || failed(verify(*module)))
    fail("self-check: the decode step does not parse");
  if (failed(gPassManagers.front()->run(*module)))
    fail(std::string("self-check: ") + kPipelines[0] + " failed on the decode step");
  // The host keeps its attn.kernel_abi records; the device code holds no attn op.
  bool attnLeft = false, kernel = false;
  module->walk([&](gpu::GPUModuleOp gpuModule) {
    gpuModule->walk([&](Operation *op) {
      attnLeft |= op->getDialect() && op->getDialect()->getNamespace() == "attn";
      kernel |=
          isa<LLVM::LLVMFuncOp>(op) && op->hasAttr(NVVM::NVVMDialect::getKernelFuncAttrName());
    });
  });
  if (attnLeft || !kernel)
    fail(std::string("self-check: ") + kPipelines[0] +
         " left the decode step without an NVVM kernel: the pipelines do not reach the input");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
  attn::registerAttnCompilerPasses();
  resetContext();
  selfCheck();
  loadKnownCrashes();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  StringRef text(reinterpret_cast<const char *>(data), size);
  for (const KnownCrash &known : gKnown)
    if (known.matches(text)) {
      if (gTrace)
        std::fprintf(stderr, "skipped: known upstream crash %s\n", known.name.c_str());
      return -1; // not added to the corpus
    }

  if (++gInputs % kInputsPerContext == 0)
    resetContext();
  // As attn-opt reads a file: a NUL-terminated copy (the lexer relies on the terminator).
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(llvm::MemoryBuffer::getMemBufferCopy(text, "input"), llvm::SMLoc());
  ParserConfig config(gContext);
  OwningOpRef<ModuleOp> module = parseSourceFile<ModuleOp>(sourceMgr, config);
  if (!module || failed(verify(*module)))
    return 0;
  for (size_t i = 0; i < gPassManagers.size(); ++i) {
    OwningOpRef<ModuleOp> clone = module->clone();
    LogicalResult result = gPassManagers[i]->run(*clone);
    if (gTrace) {
      size_t ops = 0;
      clone->walk([&](Operation *) { ++ops; });
      std::fprintf(stderr, "%s: %s, %zu operations after it\n", kPipelines[i],
                   succeeded(result) ? "ok" : "failed", ops);
    }
  }
  return 0;
}
