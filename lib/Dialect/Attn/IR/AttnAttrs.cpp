//===- AttnAttrs.cpp - attributes of the attn dialect ---------------------===//
//
// Verifiers of #attn.mask, #attn.rope and #attn.kernel_config.
//
//===----------------------------------------------------------------------===//

#include "attn/Dialect/Attn/IR/AttnDialect.h"
#include "attn/Dialect/Attn/Utils/Target.h"

#include "mlir/IR/Builders.h"

#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/MathExtras.h"

#include <cmath>
#include <string>

using namespace mlir;
using namespace mlir::attn;

#include "attn/Dialect/Attn/IR/AttnEnums.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "attn/Dialect/Attn/IR/AttnAttrs.cpp.inc"

void AttnDialect::registerAttributes() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "attn/Dialect/Attn/IR/AttnAttrs.cpp.inc"
      >();
}

Attribute MaskAttr::parse(AsmParser &parser, Type) {
  StringRef keyword;
  SMLoc loc = parser.getCurrentLocation();
  if (parser.parseLess() || parser.parseKeyword(&keyword))
    return {};
  std::optional<MaskKind> kind = symbolizeMaskKind(keyword);
  if (!kind) {
    parser.emitError(loc) << "unknown mask kind '" << keyword
                          << "', expected one of none, causal, custom, block_sparse";
    return {};
  }
  std::optional<int64_t> windowLeft, blockRows, blockCols;
  while (succeeded(parser.parseOptionalComma())) {
    SMLoc keyLoc = parser.getCurrentLocation();
    if (succeeded(parser.parseOptionalKeyword("window_left"))) {
      int64_t value;
      if (windowLeft) {
        parser.emitError(keyLoc) << "duplicate window_left";
        return {};
      }
      if (parser.parseEqual() || parser.parseInteger(value))
        return {};
      windowLeft = value;
    } else if (succeeded(parser.parseOptionalKeyword("block"))) {
      int64_t rows, cols;
      if (blockRows) {
        parser.emitError(keyLoc) << "duplicate block";
        return {};
      }
      if (parser.parseEqual() || parser.parseLSquare() || parser.parseInteger(rows) ||
          parser.parseComma() || parser.parseInteger(cols) || parser.parseRSquare())
        return {};
      blockRows = rows;
      blockCols = cols;
    } else {
      parser.emitError(keyLoc) << "expected 'window_left' or 'block'";
      return {};
    }
  }
  if (parser.parseGreater())
    return {};
  return MaskAttr::getChecked(
      [&] { return parser.emitError(loc); }, parser.getContext(), *kind, windowLeft, blockRows,
      blockCols);
}

void MaskAttr::print(AsmPrinter &printer) const {
  printer << '<' << stringifyMaskKind(getKind());
  if (std::optional<int64_t> window = getWindowLeft())
    printer << ", window_left = " << *window;
  if (getBlockRows() && getBlockCols())
    printer << ", block = [" << *getBlockRows() << ", " << *getBlockCols() << ']';
  printer << '>';
}

LogicalResult MaskAttr::verify(function_ref<InFlightDiagnostic()> emitError, MaskKind kind,
                               std::optional<int64_t> windowLeft, std::optional<int64_t> blockRows,
                               std::optional<int64_t> blockCols) {
  if (windowLeft) {
    if (*windowLeft < 0)
      return emitError() << "expected window_left (" << *windowLeft << ") to be non-negative";
    if (kind != MaskKind::None && kind != MaskKind::Causal)
      return emitError() << "window_left is only supported with 'none' or 'causal' masks, not '"
                         << stringifyMaskKind(kind) << "'";
  }
  bool hasBlock = blockRows.has_value() || blockCols.has_value();
  if (kind == MaskKind::BlockSparse) {
    if (!blockRows || !blockCols)
      return emitError() << "a 'block_sparse' mask needs block = [rows, cols]";
    if (*blockRows <= 0 || *blockCols <= 0)
      return emitError() << "expected positive block sizes, got [" << *blockRows << ", "
                         << *blockCols << "]";
  } else if (hasBlock) {
    return emitError() << "block sizes are only meaningful for 'block_sparse' masks, not '"
                       << stringifyMaskKind(kind) << "'";
  }
  return success();
}

LogicalResult RopeAttr::verify(function_ref<InFlightDiagnostic()> emitError, RopeKind kind,
                               int64_t rotaryDim, APFloat thetaAttr, APFloat scaleAttr,
                               bool interleave, APFloat factorAttr, APFloat lowAttr,
                               APFloat highAttr, int64_t originalMaxPosition) {
  double theta = thetaAttr.convertToDouble(), scale = scaleAttr.convertToDouble();
  double factor = factorAttr.convertToDouble(), lowFreqFactor = lowAttr.convertToDouble();
  double highFreqFactor = highAttr.convertToDouble();
  if (rotaryDim <= 0 || rotaryDim % 2 != 0)
    return emitError() << "expected rotary_dim (" << rotaryDim << ") to be positive and even";
  if (!(theta > 0.0) || !std::isfinite(theta))
    return emitError() << "expected theta (" << attn::detail::formatNumber(theta) << ") to be positive and finite";
  if (!(scale > 0.0) || !std::isfinite(scale))
    return emitError() << "expected scale (" << attn::detail::formatNumber(scale) << ") to be positive and finite";
  if (kind == RopeKind::Llama3) {
    if (!(factor >= 1.0) || !std::isfinite(factor))
      return emitError() << "expected factor (" << attn::detail::formatNumber(factor) << ") to be at least 1";
    if (!(lowFreqFactor > 0.0) || !(highFreqFactor > lowFreqFactor))
      return emitError() << "expected 0 < low_freq_factor (" << attn::detail::formatNumber(lowFreqFactor)
                         << ") < high_freq_factor (" << attn::detail::formatNumber(highFreqFactor) << ")";
    if (originalMaxPosition <= 0)
      return emitError() << "expected original_max_position (" << originalMaxPosition
                         << ") to be positive";
  }
  return success();
}

LogicalResult KernelConfigAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                       Strategy strategy, int64_t sm, int64_t threads,
                                       int64_t tileQ, int64_t tileKv, int64_t stages, bool splitKv,
                                       int64_t vec, int64_t headsPerThread, bool wgmma,
                                       bool producer, bool pingpong, bool overlap, bool tma,
                                       bool persistent, bool earlyKv, bool l2Sections) {
  // CUDA limits and the supported architectures: attn/Dialect/Attn/Utils/Target.h.
  if (std::string why = target::checkSm(sm); !why.empty())
    return emitError() << "expected " << why;
  if (threads <= 0 || threads > target::kMaxThreadsPerBlock || threads % target::kWarpSize != 0)
    return emitError() << "expected threads (" << threads << ") to be a multiple of "
                       << target::kWarpSize << " in [" << target::kWarpSize << ", " << target::kMaxThreadsPerBlock << "]";
  if (tileQ <= 0 || tileKv <= 0 || tileQ > target::kMaxTileQ || tileKv > target::kMaxTileKv)
    return emitError() << "expected tile sizes in [1, " << target::kMaxTileQ << "] and [1, "
                       << target::kMaxTileKv << "], got tile_q = " << tileQ << ", tile_kv = " << tileKv;
  if (stages <= 0 || stages > target::kMaxStages)
    return emitError() << "expected stages (" << stages << ") to be in [1, " << target::kMaxStages
                       << "]";
  if (headsPerThread <= 0 || headsPerThread > tileQ)
    return emitError() << "expected heads_per_thread (" << headsPerThread
                       << ") to be in [1, tile_q (" << tileQ << ")]";
  if (vec <= 0 || !llvm::isPowerOf2_64(vec))
    return emitError() << "expected vec (" << vec << ") to be a power of two";
  if (strategy == Strategy::Prefill && tileQ % 16 != 0)
    return emitError() << "expected tile_q (" << tileQ
                       << ") of a prefill kernel to be a multiple of the mma row count 16";
  if (wgmma) {
    if (strategy != Strategy::Prefill || !target::hasWgmma(sm))
      return emitError() << "'wgmma' applies to prefill kernels on sm "
                         << target::kWgmmaSm << " (sm_90a), got " << stringifyStrategy(strategy)
                         << " on sm " << sm;
    int64_t warps = threads / target::kWarpSize;
    if (warps % PrefillLayoutAttr::kWarpgroupWarps != 0 ||
        tileQ != warps * PrefillLayoutAttr::kMmaRows)
      return emitError() << "'wgmma' needs whole warpgroups (threads a multiple of 128) and one "
                            "16-row slice per warp (tile_q = threads / 2), got threads = "
                         << threads << ", tile_q = " << tileQ;
  }
  if (producer && !wgmma)
    return emitError() << "'producer' (warp specialization) needs 'wgmma'";
  if (pingpong && (!producer || threads != 2 * kProducerThreads))
    return emitError() << "'pingpong' needs 'producer' and two consumer warpgroups (threads = "
                       << 2 * kProducerThreads << "), got threads = " << threads;
  if (overlap && (!producer || stages < 2))
    return emitError() << "'overlap' needs 'producer' and two stages or more (it holds two K/V "
                          "stages at once)";
  if (tma && (!producer || tileKv > target::kMaxTmaBoxRows))
    return emitError() << "'tma' needs 'producer' and tiles of at most " << target::kMaxTmaBoxRows
                       << " keys (one box of rows), got tile_kv = " << tileKv;
  if (persistent && !producer)
    return emitError() << "'persistent' needs 'producer'";
  if (earlyKv && (!producer || persistent))
    return emitError() << "'early_kv' needs 'producer' and no 'persistent' (a persistent "
                          "kernel starts its producer at once)";
  if (l2Sections && strategy != Strategy::Prefill)
    return emitError() << "'l2_sections' applies to prefill kernels (a decode CTA reads its K/V "
                          "once)";
  if (producer && threads + kProducerThreads > target::kMaxThreadsPerBlock)
    return emitError() << "'producer' adds " << kProducerThreads << " threads to threads ("
                       << threads << "): at most " << target::kMaxThreadsPerBlock << " in all";
  return success();
}

LogicalResult DecodeLayoutAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                       int64_t lanes, int64_t heads, int64_t slices,
                                       int64_t headsPerThread, int64_t rowsPerGroup,
                                       int64_t vec) {
  // Lanes of one head row reduce their partial dot products with warp shuffles, so they must
  // be a power-of-two group inside a warp.
  if (lanes <= 0 || lanes > target::kWarpSize || !llvm::isPowerOf2_64(lanes))
    return emitError() << "expected lanes (" << lanes << ") to be a power of two in [1, "
                       << target::kWarpSize << "]";
  if (heads <= 0 || slices <= 0 || headsPerThread <= 0 || rowsPerGroup <= 0)
    return emitError() << "expected positive heads, slices, heads_per_thread and "
                          "rows_per_group, got "
                       << heads << ", " << slices << ", " << headsPerThread << ", "
                       << rowsPerGroup;
  if (lanes * heads * slices > target::kMaxThreadsPerBlock)
    return emitError() << "expected at most " << target::kMaxThreadsPerBlock
                       << " threads, got lanes * heads * slices = " << lanes * heads * slices;
  if (vec <= 0 || !llvm::isPowerOf2_64(vec))
    return emitError() << "expected vec (" << vec << ") to be a power of two";
  return success();
}

LogicalResult PrefillLayoutAttr::verify(function_ref<InFlightDiagnostic()> emitError, int64_t warps,
                                        int64_t slices, int64_t rowsPerGroup, int64_t vec,
                                        bool wgmma, int64_t producerWarps) {
  if (warps <= 0 || producerWarps < 0 ||
      (warps + producerWarps) * target::kWarpSize > target::kMaxThreadsPerBlock)
    return emitError() << "expected warps (" << warps << ") in [1, "
                       << target::kMaxThreadsPerBlock / target::kWarpSize
                       << "] and producer_warps (" << producerWarps
                       << ") non-negative, with at most "
                       << target::kMaxThreadsPerBlock / target::kWarpSize << " in all";
  if (slices <= 0 || rowsPerGroup <= 0)
    return emitError() << "expected positive slices and rows_per_group, got " << slices << ", "
                       << rowsPerGroup;
  if (vec <= 0 || !llvm::isPowerOf2_64(vec))
    return emitError() << "expected vec (" << vec << ") to be a power of two";
  if (wgmma && (slices != 1 || warps % kWarpgroupWarps != 0))
    return emitError() << "'wgmma' needs one slice per warp and whole warpgroups of "
                       << kWarpgroupWarps << " warps, got warps = " << warps
                       << ", slices = " << slices;
  if (producerWarps != 0 && (!wgmma || producerWarps != kWarpgroupWarps))
    return emitError() << "'producer_warps' is one warpgroup (" << kWarpgroupWarps
                       << ") of a 'wgmma' layout, got " << producerWarps
                       << (wgmma ? "" : " without 'wgmma'");
  return success();
}

LogicalResult MergeLayoutAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                      int64_t lanes, int64_t slices) {
  if (lanes <= 0 || lanes > target::kMaxThreadsPerBlock || slices <= 0 ||
      lanes * slices > target::kMaxThreadsPerBlock)
    return emitError() << "expected positive lanes (" << lanes << ") and slices (" << slices
                       << ") with lanes * slices at most " << target::kMaxThreadsPerBlock;
  return success();
}
