//===- AttnSampling.cpp - verifiers of the sampling op and attribute ------===//
//
// #attn.sampling (thresholds in range, input kind fitting the mode) and attn.sample (row
// shapes, element types, per-row thresholds, the seed of sampling mode and its advance);
// attn.chain_speculative_sample (one batch, num_spec and vocabulary across its operands).
//
//===----------------------------------------------------------------------===//

#include "attn/Dialect/Attn/IR/AttnOps.h"
#include "attn/Dialect/Attn/Utils/KernelConventions.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/TypeUtilities.h"

#include <string>

using namespace mlir;
using namespace mlir::attn;

LogicalResult SamplingAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                   SamplingInput input, SamplingMode mode, int64_t topK,
                                   APFloat topPAttr, APFloat minPAttr, int64_t clusterSize) {
  double topP = topPAttr.convertToDouble(), minP = minPAttr.convertToDouble();
  if (topK < 0)
    return emitError() << "expected top_k (" << topK << ") to be non-negative (0: no top-k)";
  // NaN fails both comparisons, so it is rejected here too.
  if (!(topP > 0.0 && topP <= 1.0))
    return emitError() << "expected top_p (" << attn::detail::formatNumber(topP)
                       << ") to be in (0, 1]";
  if (!(minP >= 0.0 && minP <= 1.0))
    return emitError() << "expected min_p (" << attn::detail::formatNumber(minP)
                       << ") to be in [0, 1]";
  // A CTA of a cluster keeps 1 / cluster_size of the longest row (262144 f32 values) in
  // shared memory: 128 KiB at 8, 64 KiB at 16 (sm_90 has 227 KiB).
  if (clusterSize != 1 && clusterSize != 8 && clusterSize != kMaxClusterSize)
    return emitError() << "expected cluster_size (" << clusterSize << ") to be 1, 8 or 16";
  // Renormalised probabilities only make sense of probabilities, -inf only of logits.
  if (mode == SamplingMode::Renorm && input != SamplingInput::Probs)
    return emitError() << "expected input = probs for mode = renorm, got '"
                       << stringifySamplingInput(input) << "'";
  if (mode == SamplingMode::Mask && input != SamplingInput::Logits)
    return emitError() << "expected input = logits for mode = mask, got '"
                       << stringifySamplingInput(input) << "'";
  return success();
}

/// A per-row threshold operand is `[batch]` and excludes the attribute's scalar.
static LogicalResult verifyPerRow(SampleOp op, StringRef name, Value operand,
                                  bool scalarOn, int64_t batch) {
  if (!operand)
    return success();
  if (scalarOn)
    return op.emitOpError() << "expected " << name
                            << " from the operand or from the attribute, not both";
  auto type = cast<MemRefType>(operand.getType());
  if (type.getRank() != 1 ||
      (batch != ShapedType::kDynamic && !type.isDynamicDim(0) && type.getDimSize(0) != batch))
    return op.emitOpError() << "expected " << name << " of shape [batch] with batch = "
                            << (batch == ShapedType::kDynamic ? std::string("?")
                                                              : std::to_string(batch))
                            << ", got " << type;
  return success();
}

/// seed_offset is (seed, offset) of shape [2], or with an advance_offset operand (seed,
/// offset, count) of shape [3].
static LogicalResult verifySeedOffset(Operation *op, Value seedOffset, bool advance) {
  auto type = cast<MemRefType>(seedOffset.getType());
  int64_t want = advance ? 3 : 2;
  if (type.getRank() != 1 || type.getDimSize(0) != want)
    return op->emitOpError() << "expected seed_offset of shape [" << want << "] "
                             << (advance ? "(seed, offset, zero) with advance_offset"
                                         : "(seed, offset)")
                             << ", got " << type;
  return success();
}

LogicalResult SampleOp::verify() {
  auto inType = cast<MemRefType>(getInput().getType());
  if (inType.getRank() != 2)
    return emitOpError() << "expected input of rank 2 [batch, vocab], got " << inType;
  Type elt = inType.getElementType();
  if (!elt.isF32() && !elt.isBF16())
    return emitOpError() << "expected input element type f32 or bf16, got " << elt;
  int64_t batch = inType.getDimSize(0), vocab = inType.getDimSize(1);
  if (!inType.isDynamicDim(1) && (vocab < 1 || vocab > kMaxVocab))
    return emitOpError() << "expected vocab (" << vocab << ") in [1, " << kMaxVocab << "]";

  SamplingAttr sampling = getSampling();
  if (failed(verifyPerRow(*this, "top_k", getTopK(), sampling.hasTopK(), batch)) ||
      failed(verifyPerRow(*this, "top_p", getTopP(), sampling.hasTopP(), batch)) ||
      failed(verifyPerRow(*this, "min_p", getMinP(), sampling.hasMinP(), batch)))
    return failure();

  auto outType = cast<MemRefType>(getOut().getType());
  if (sampling.getMode() == SamplingMode::Sample) {
    if (!getSeedOffset())
      return emitOpError() << "expected a seed_offset operand (memref<2xi64>) for mode = sample";
    if (failed(verifySeedOffset(*this, getSeedOffset(), static_cast<bool>(getAdvanceOffset()))))
      return failure();
    if (outType.getRank() != 1 || !outType.getElementType().isInteger(32) ||
        (batch != ShapedType::kDynamic && !outType.isDynamicDim(0) &&
         outType.getDimSize(0) != batch))
      return emitOpError() << "expected out of shape [batch] and element type i32 for mode = "
                              "sample, got "
                           << outType;
    return success();
  }
  if (getSeedOffset() || getAdvanceOffset())
    return emitOpError() << "expected no " << (getSeedOffset() ? "seed_offset" : "advance_offset")
                         << " for mode = " << stringifySamplingMode(sampling.getMode())
                         << " (it draws nothing)";
  if (outType.getRank() != 2 || outType.getElementType() != elt ||
      failed(verifyCompatibleShape(outType.getShape(), inType.getShape())))
    return emitOpError() << "expected out like input (" << inType << ") for mode = "
                         << stringifySamplingMode(sampling.getMode()) << ", got " << outType;
  return success();
}

bool SampleOp::canUseMassBins() {
  SamplingAttr s = getSampling();
  return s.getMode() == SamplingMode::Sample && s.getInput() == SamplingInput::Probs &&
         !s.isClustered() && (filtersTopP() || filtersTopK());
}

bool SampleOp::usesMassBins() {
  return canUseMassBins() && (*this)->hasAttr(kSampleMassBinsAttrName);
}

int64_t SampleOp::massBinsBytes() {
  return sampleMassBinsCapacity(kSampleThreads, filtersTopK()) * 4;
}

/// "?" for a dynamic size.
static std::string dimText(int64_t d) {
  return ShapedType::isDynamic(d) ? std::string("?") : std::to_string(d);
}

/// Two sizes that may be dynamic agree unless both are static and differ.
static bool sameDim(int64_t a, int64_t b) {
  return ShapedType::isDynamic(a) || ShapedType::isDynamic(b) || a == b;
}

LogicalResult ChainSpeculativeSampleOp::verify() {
  auto draft = cast<MemRefType>(getDraftProbs().getType());
  auto target = cast<MemRefType>(getTargetProbs().getType());
  if (draft.getElementType() != target.getElementType())
    return emitOpError() << "expected draft_probs and target_probs of one element type, got "
                         << draft.getElementType() << " and " << target.getElementType();
  int64_t batch = draft.getDimSize(0), spec = draft.getDimSize(1), vocab = draft.getDimSize(2);
  if (!ShapedType::isDynamic(spec) && spec < 1)
    return emitOpError() << "expected at least one draft token per request, got num_spec = "
                         << spec;
  if (!sameDim(vocab, target.getDimSize(2)))
    return emitOpError() << "expected target_probs of vocab " << dimText(vocab) << ", got "
                         << target;
  if (ShapedType::isDynamic(vocab))
    vocab = target.getDimSize(2);
  if (!ShapedType::isDynamic(vocab) && (vocab < 1 || vocab > SampleOp::kMaxVocab))
    return emitOpError() << "expected vocab (" << vocab << ") in [1, " << SampleOp::kMaxVocab
                         << "]";
  int64_t spec1 = ShapedType::isDynamic(spec) ? ShapedType::kDynamic : spec + 1;
  // (name, type, expected shape): every operand against draft_probs' batch and num_spec.
  struct Expected {
    StringRef name;
    MemRefType type;
    SmallVector<int64_t, 3> shape;
  };
  Expected expected[] = {
      {"draft_token_ids", cast<MemRefType>(getDraftTokenIds().getType()), {batch, spec}},
      {"target_probs", target, {batch, spec1, vocab}},
      {"out", cast<MemRefType>(getOut().getType()), {batch, spec1}},
      {"accepted", cast<MemRefType>(getAccepted().getType()), {batch}},
      {"emitted", cast<MemRefType>(getEmitted().getType()), {batch}}};
  for (const Expected &e : expected) {
    bool ok = true;
    for (auto [have, want] : llvm::zip_equal(e.type.getShape(), e.shape))
      ok &= sameDim(have, want);
    if (!ok) {
      std::string want;
      for (auto [i, d] : llvm::enumerate(e.shape))
        want += (i ? ", " : "") + dimText(d);
      return emitOpError() << "expected " << e.name << " of shape [" << want << "], got " << e.type;
    }
  }
  return verifySeedOffset(*this, getSeedOffset(), static_cast<bool>(getAdvanceOffset()));
}
