//===- Pipelines.h - registered attn pipelines ----------------*- C++ -*-===//
//
// attn-to-nvvm (attn IR to gpu.modules in the NVVM/LLVM dialects) and attn-to-cubin (on to
// PTX, cubin or fatbin through gpu-module-to-binary).
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_PIPELINES_PIPELINES_H
#define ATTN_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassOptions.h"
#include "mlir/Support/LLVM.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace mlir {
class DialectRegistry;
class OpPassManager;
} // namespace mlir

namespace mlir::attn {

struct AttnToCubinOptions : public PassPipelineOptions<AttnToCubinOptions> {
  PassOptions::Option<int64_t> sm{*this, "sm",
                                  llvm::cl::desc("target compute capability times ten (80, 90)"),
                                  llvm::cl::init(90)};
  PassOptions::Option<std::string> format{
      *this, "format", llvm::cl::desc("binary format: isa (PTX), bin (cubin) or fatbin"),
      llvm::cl::init("bin")};
  PassOptions::Option<std::string> toolkit{
      *this, "toolkit", llvm::cl::desc("CUDA toolkit root (ptxas, libdevice)"),
      llvm::cl::init(defaultToolkitPath())};
  PassOptions::Option<int> optLevel{*this, "opt-level",
                                    llvm::cl::desc("LLVM optimisation level"), llvm::cl::init(3)};
  PassOptions::Option<int64_t> maxSlicesPerWarp{
      *this, "max-slices-per-warp",
      llvm::cl::desc("prefill: at most this many 16-row Q slices per warp (0: heuristic)"),
      llvm::cl::init(0)};
  PassOptions::Option<int64_t> stages{
      *this, "stages", llvm::cl::desc("K/V pipeline depth of every kernel (0: heuristic)"),
      llvm::cl::init(0)};
  PassOptions::Option<int64_t> tileKv{
      *this, "tile-kv", llvm::cl::desc("keys per KV tile of every kernel (0: heuristic)"),
      llvm::cl::init(0)};
  PassOptions::Option<int64_t> tileQ{
      *this, "tile-q",
      llvm::cl::desc("prefill: query rows per CTA after head-group packing (0: heuristic)"),
      llvm::cl::init(0)};
  PassOptions::Option<bool> singleBarrier{
      *this, "single-barrier",
      llvm::cl::desc("one barrier per KV tile in pipelined loops (see attn-pipeline)"),
      llvm::cl::init(true)};
  PassOptions::Option<int64_t> hostKvChunk{
      *this, "host-kv-chunk",
      llvm::cl::desc("attn-to-host: split requests with more keys than this into chunks and "
                     "launch the merge kernel (0: never split)"),
      llvm::cl::init(0)};
  PassOptions::Option<std::string> decodeKernel{
      *this, "decode-kernel",
      llvm::cl::desc("decode steps: cuda-core, tensor-core or auto (tensor-core from sm 90 on; "
                     "see attn-plan). attn-to-host keeps the CUDA-core kernel"),
      llvm::cl::init("auto")};
  PassOptions::Option<std::string> prefillMma{
      *this, "prefill-mma",
      llvm::cl::desc("prefill kernels: mma-sync, wgmma (warpgroup MMAs on sm_90a where the "
                     "variant allows) or auto (on sm 90: wgmma, with a producer warpgroup at "
                     "head_dim 128; see attn-plan)"),
      llvm::cl::init("auto")};
  PassOptions::Option<bool> warpSpecialize{
      *this, "warp-specialize",
      llvm::cl::desc("wgmma prefill kernels: a producer warpgroup fills the K/V stage ring "
                     "through mbarriers, where the variant allows (see attn-plan)"),
      llvm::cl::init(false)};
  PassOptions::Option<bool> pingpong{
      *this, "pingpong",
      llvm::cl::desc("warp-specialized prefill kernels: the two consumer warpgroups take turns "
                     "on the tensor cores (see attn-plan)"),
      llvm::cl::init(false)};
  PassOptions::Option<bool> overlap{
      *this, "overlap",
      llvm::cl::desc("warp-specialized prefill kernels: each consumer "
                     "warpgroup's softmax overlaps its own MMAs (see attn-plan)"),
      llvm::cl::init(false)};
  PassOptions::Option<bool> tma{
      *this, "tma",
      llvm::cl::desc("warp-specialized prefill kernels over ragged K/V: whole K/V tiles by TMA "
                     "from the runtime's tensor maps (see attn-plan)"),
      llvm::cl::init(false)};
  PassOptions::Option<bool> persistent{
      *this, "persistent",
      llvm::cl::desc("warp-specialized prefill kernels: one CTA per SM loops over the work "
                     "items (see attn-plan)"),
      llvm::cl::init(false)};
  PassOptions::Option<bool> earlyKv{
      *this, "early-kv",
      llvm::cl::desc("warp-specialized prefill kernels, not persistent: the producer starts "
                     "the K/V stage ring without waiting for the Q tile (see attn-plan)"),
      llvm::cl::init(false)};
  PassOptions::Option<bool> l2Sections{
      *this, "l2-sections",
      llvm::cl::desc("prefill kernels take their (KV head, work item) pairs in L2 sections of "
                     "KV heads the runtime's plan picks (see attn-plan; default true)"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> autoTma{
      *this, "auto-tma",
      llvm::cl::desc("prefill-mma=auto: producer-warpgroup kernels load ragged K/V and paged "
                     "caches of 16-key pages or larger by TMA (see attn-plan); attn-to-host "
                     "keeps cp.async (it encodes no tensor maps)"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> autoOverlap{
      *this, "auto-overlap",
      llvm::cl::desc("prefill-mma=auto: kernels whose K/V goes by TMA overlap softmax with the "
                     "MMAs where measured faster (causal, head_dim 128, no GQA; see attn-plan)"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> autoPersistent{
      *this, "auto-persistent",
      llvm::cl::desc("prefill-mma=auto: kernels whose K/V goes by TMA are persistent "
                     "and overlapped (see attn-plan; default true); attn-to-host keeps one CTA "
                     "per work item"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> approxTanh{
      *this, "approx-tanh",
      llvm::cl::desc("logits soft-cap on tanh.approx.f32 (one MUFU op, as FlashInfer and FA3; "
                     "see attn-approx-tanh; default true, false: libdevice's tanhf)"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> flushDenormals{
      *this, "flush-denormals",
      llvm::cl::desc("tensor-core kernels: f32 denormals flushed to zero, as nvcc -ftz=true "
                     "(see attn-flush-denormals)"),
      llvm::cl::init(true)};

  /// The toolkit found when the project was configured, or "" without one.
  static std::string defaultToolkitPath();
  /// "sm_90a" for 90 (wgmma and setmaxnreg need the arch-specific target), "sm_80" for 80.
  std::string chip() const;
  /// "" when every option is in range, else what is wrong, naming the option: sm a supported
  /// architecture (attn/Dialect/Attn/Utils/Target.h), format isa, bin or fatbin, opt-level in
  /// [0, 3], stages and max-slices-per-warp as attn-plan takes them.
  std::string check() const;
};

/// The pipelines as text (printable, and what the builders parse):
///   attn-to-nvvm: attn-plan, attn-outline, nvvm-attach-target, then inside each gpu.module
///     convert-attn-to-nvvm, attn-approx-tanh (with approx-tanh), attn-bare-ptr-abi, the
///     upstream conversions to NVVM/LLVM and attn-flush-denormals (unless
///     flush-denormals=false);
///   attn-to-cubin: attn-to-nvvm, then gpu-module-to-binary.
std::string getAttnToNVVMPipelineText(const AttnToCubinOptions &options);
std::string getAttnToCubinPipelineText(const AttnToCubinOptions &options);
///   the binary step alone: gpu-module-to-binary with the options' format and toolkit
///     (attn-to-cubin is attn-to-nvvm followed by it).
std::string getAttnToBinaryPipelineText(const AttnToCubinOptions &options);
///   attn-to-host: attn-to-nvvm with attn-outline{host-launch} (each attention op becomes a
///     gpu.launch_func with a compile-time work partition), gpu-module-to-binary, and the
///     host lowered to the LLVM dialect on the CUDA runtime wrappers (mgpu*): translate it
///     with mlir-translate --mlir-to-llvmir and link it with those wrappers.
std::string getAttnToHostPipelineText(const AttnToCubinOptions &options);

/// Appends the pipelines to `pm`; fails (with a message on `errorStream`) when an option is out
/// of range (AttnToCubinOptions::check) or a pass they name is not registered.
LogicalResult buildAttnToNVVMPipeline(OpPassManager &pm, const AttnToCubinOptions &options,
                                      llvm::raw_ostream &errorStream);
LogicalResult buildAttnToCubinPipeline(OpPassManager &pm, const AttnToCubinOptions &options,
                                       llvm::raw_ostream &errorStream);
LogicalResult buildAttnToHostPipeline(OpPassManager &pm, const AttnToCubinOptions &options,
                                      llvm::raw_ostream &errorStream);

/// Registers attn-to-nvvm, attn-to-cubin and attn-to-host with the pass registry.
/// Makes the NVPTX backend use 32-bit shared-memory pointers (-nvptx-short-ptr) unless the
/// command line says otherwise. Called by registerAttnPipelines.
void useShortSharedPointers();

void registerAttnPipelines();

/// For compilers that embed the pipelines (lib/Pipelines/Registration.cpp; docs/EMBEDDING.md):
/// inserts the attn dialect and every dialect, extension and LLVM IR translation the
/// pipelines create or translate, so a context built from `registry` can run them.
void registerAttnPipelineDialects(DialectRegistry &registry);
/// Registers the upstream passes, the attn passes and the two pipelines with the global
/// registry, so they can be parsed by name. Idempotent and thread-safe; a pipeline already
/// registered by registerAttnPipelines() is kept.
void registerAttnCompilerPasses();

} // namespace mlir::attn

#endif // ATTN_PIPELINES_PIPELINES_H
