//===- Prefill.cpp - tensor-core prefill / append: kernel selection, plan, run ===//
//
// The shared machinery (selection, argument slots, context, workspaces, the staging copy,
// launches) is KernelRunner's; this file adds the prefill variant check, the scheduler
// configuration (tile_q, mask, window and block rows from the kernel, capacities and their
// defaults) and the binding of run's arguments (the mask and position operands included).
// run touches only kernel launches, so it can be captured in a CUDA Graph; in graph mode the
// grids depend only on capacities. Kernels loading K/V by TMA also take tensor maps of run's
// k and v (k_tmap, v_tmap, by value): run encodes them on the host with
// cuTensorMapEncodeTiled, which reads no device memory and touches no stream, so capture is
// unaffected; the maps are re-encoded only when k or v moved since the previous run.
//
//===----------------------------------------------------------------------===//
#include "attn-rt/Prefill.h"

#include "KernelRunner.h"

#include <algorithm>
#include <cstdint>

namespace attn::rt {
namespace {

/// The mask and position operands run binds from its arguments, each with what it is for
/// (in messages).
struct OptionalOperand {
  const char *name;
  DevicePtr PrefillRunArgs::*arg;
  detail::Slot slot;
  const char *what;
};
constexpr OptionalOperand kOptionalOperands[] = {
    {abi::prefill::kCustomMask, &PrefillRunArgs::custom_mask, detail::kSlotCustomMask,
     "the bit-packed custom mask"},
    {abi::prefill::kMaskIndptr, &PrefillRunArgs::mask_indptr, detail::kSlotMaskIndptr,
     "the custom mask's byte offsets"},
    {abi::prefill::kBlockIndptr, &PrefillRunArgs::block_indptr, detail::kSlotBlockIndptr,
     "the block-sparse mask's row pointers"},
    {abi::prefill::kBlockIndices, &PrefillRunArgs::block_indices, detail::kSlotBlockIndices,
     "the block-sparse mask's column indices"},
    {abi::prefill::kAlibiSlopes, &PrefillRunArgs::alibi_slopes, detail::kSlotAlibiSlopes,
     "ALiBi slopes in place of the standard ones"},
    {abi::prefill::kRopeOffsets, &PrefillRunArgs::rope_offsets, detail::kSlotRopeOffsets,
     "RoPE position offsets"},
};

std::string describeMaskAndPositions(const KernelVariant &v) {
  return formatString("variant mask=%s alibi=%s rope=%s", maskKindName(v.mask),
                      v.alibi ? "true" : "false", ropeKindName(v.rope));
}

/// Whether `kernel` loads K/V tiles by TMA through the tensor maps k_tmap and v_tmap (the
/// manifest parser guarantees both or neither, over ragged K/V).
bool takesTensorMaps(const KernelEntry &kernel) {
  return kernel.findParam(abi::prefill::kKTmap) >= 0;
}

/// cuTensorMapEncodeTiled's limits that the maps of KernelABI.h can reach: a box dimension
/// (the box's rows are tile_kv) is at most 256 elements, a row stride a multiple of 16 bytes.
constexpr int32_t kMaxTensorMapBoxRows = 256;
constexpr int64_t kTensorMapStrideAlignBytes = 16;

/// Bytes of one K/V element.
int64_t kvElementBytes(const KernelVariant &v) { return v.kv_dtype == DType::F32 ? 4 : 2; }

/// Mismatch when the tensor maps of a TMA kernel could not be encoded for any k and v (its
/// tile_kv or its K/V row past cuTensorMapEncodeTiled's limits): a property of the kernel, so
/// selection reports it rather than every run.
Status checkTensorMapShape(const KernelEntry &kernel) {
  if (!takesTensorMaps(kernel))
    return Status::ok();
  const KernelVariant &v = kernel.variant;
  if (kernel.tile.tile_kv > kMaxTensorMapBoxRows)
    return makeError(StatusCode::Mismatch,
                     "kernel '%s' loads K/V tiles by TMA, but its tile_kv (%d) exceeds the %d "
                     "rows of a tensor-map box",
                     kernel.name.c_str(), kernel.tile.tile_kv, kMaxTensorMapBoxRows);
  const int64_t rowBytes = int64_t(v.num_kv_heads) * int64_t(v.head_dim) * kvElementBytes(v);
  if (rowBytes % kTensorMapStrideAlignBytes != 0)
    return makeError(StatusCode::Mismatch,
                     "kernel '%s' loads K/V tiles by TMA, but a K/V row (num_kv_heads %d * "
                     "head_dim %d * %lld bytes = %lld bytes, the tensor maps' row stride) is "
                     "not a multiple of %lld bytes",
                     kernel.name.c_str(), v.num_kv_heads, v.head_dim, (long long)kvElementBytes(v),
                     (long long)rowBytes, (long long)kTensorMapStrideAlignBytes);
  return Status::ok();
}

/// Encodes the tensor map `name` (k_tmap or v_tmap) of `kernel` over the K or V tensor at
/// `address` exactly as KernelABI.h specifies: ragged [tokens, Hkv, D] as rows of Hkv * D
/// elements, a paged NHD cache as [pages, page_size, Hkv * D], an HND one as
/// [pages, Hkv, page_size, D], pages `pageStride` elements apart. The outermost extent is
/// kTensorMapRows, not the token or page count, so the map depends on the address and the
/// stride alone. Host-only.
Status encodeKvTensorMap(const detail::DriverApi &d, const KernelEntry &kernel, const char *name,
                         DevicePtr address, int64_t pageStride, CUtensorMap *map) {
  const KernelVariant &v = kernel.variant;
  const bool f16 = v.kv_dtype == DType::F16;
  const CUtensorMapDataType type =
      f16 ? CU_TENSOR_MAP_DATA_TYPE_FLOAT16 : CU_TENSOR_MAP_DATA_TYPE_BFLOAT16;
  const cuuint64_t e = cuuint64_t(kvElementBytes(v));
  const cuuint64_t heads = cuuint64_t(v.num_kv_heads), dim = cuuint64_t(v.head_dim);
  const cuuint64_t page = cuuint64_t(v.page_size), n = abi::prefill::kTensorMapRows;
  const cuuint32_t cols = abi::prefill::kTensorMapBoxCols;
  const cuuint32_t tile = cuuint32_t(kernel.tile.tile_kv);
  // Dims innermost first; strides of dims 1.. in bytes (KernelABI.h).
  cuuint32_t rank = 2;
  cuuint64_t dims[4] = {heads * dim, n, 0, 0};
  cuuint64_t strides[3] = {heads * dim * e, 0, 0};
  cuuint32_t box[4] = {cols, tile, 1, 1};
  if (v.kv_format == KvFormat::Paged) {
    const cuuint32_t rows = cuuint32_t(std::min<cuuint64_t>(page, tile));
    const cuuint64_t pageBytes = cuuint64_t(pageStride) * e;
    if (v.layout == KvLayout::NHD) {
      rank = 3;
      dims[1] = page, dims[2] = n;
      strides[1] = pageBytes;
      box[1] = rows;
    } else {
      rank = 4;
      dims[0] = dim, dims[1] = page, dims[2] = heads, dims[3] = n;
      strides[0] = dim * e, strides[1] = page * dim * e, strides[2] = pageBytes;
      box[1] = rows;
    }
  }
  const cuuint32_t elementStrides[4] = {1, 1, 1, 1};
  ATTN_CU_CHECK(
      d, cuTensorMapEncodeTiled,
      (map, type, rank, reinterpret_cast<void *>(uintptr_t(address)), dims, strides, box,
       elementStrides, CU_TENSOR_MAP_INTERLEAVE_NONE, CU_TENSOR_MAP_SWIZZLE_128B,
       CU_TENSOR_MAP_L2_PROMOTION_L2_256B, CU_TENSOR_MAP_FLOAT_OOB_FILL_NONE),
      "%s of kernel '%s', dtype=%s, rank=%u, address=0x%llx, dims={%llu, %llu, %llu, "
      "%llu}, strides={%llu, %llu, %llu}, box={%u, %u, %u, %u} (the first rank "
      "entries of each; strides one fewer), element_strides=1, interleave=none, "
      "swizzle=128B, l2_promotion=256B, oob_fill=none",
      name, kernel.name.c_str(), f16 ? "FLOAT16" : "BFLOAT16", rank, (unsigned long long)address,
      (unsigned long long)dims[0], (unsigned long long)dims[1], (unsigned long long)dims[2],
      (unsigned long long)dims[3], (unsigned long long)strides[0], (unsigned long long)strides[1],
      (unsigned long long)strides[2], box[0], box[1], box[2], box[3]);
  return Status::ok();
}

Status capacityInRange(const char *name, int32_t v, int32_t lo) {
  if (v < lo || v > kMaxScheduleCapacity)
    return makeError(StatusCode::InvalidArgument, "%s (%d) is out of range [%d, %d]", name, v,
                     lo, kMaxScheduleCapacity);
  return Status::ok();
}

} // namespace

Status checkPrefillVariant(const KernelEntry &kernel, const PrefillProblem &p) {
  ATTN_RT_RETURN_IF_ERROR(detail::checkFamilyAndRole(kernel, abi::kFamilyPrefill));
  ATTN_RT_RETURN_IF_ERROR(detail::checkVariantFields(kernel, p));
  ATTN_RT_RETURN_IF_ERROR(detail::checkParamsBindable(kernel));
  // The compiler emits a mask's operands with it; a kernel without them cannot apply it.
  const MaskKind mask = kernel.variant.mask;
  const char *needed[2] = {nullptr, nullptr};
  if (mask == MaskKind::Custom) {
    needed[0] = abi::prefill::kCustomMask;
    needed[1] = abi::prefill::kMaskIndptr;
  } else if (mask == MaskKind::BlockSparse) {
    needed[0] = abi::prefill::kBlockIndptr;
    needed[1] = abi::prefill::kBlockIndices;
  }
  for (const char *name : needed)
    if (name && kernel.findParam(name) < 0)
      return makeError(StatusCode::Mismatch,
                       "kernel '%s' has mask %s but no '%s' parameter", kernel.name.c_str(),
                       maskKindName(mask), name);
  return checkTensorMapShape(kernel);
}

Status checkPrefillOperands(const KernelEntry &kernel, const PrefillRunArgs &args) {
  for (const OptionalOperand &op : kOptionalOperands) {
    const bool takes = kernel.findParam(op.name) >= 0;
    const bool given = args.*op.arg != 0;
    if (takes && !given)
      return makeError(StatusCode::InvalidArgument, "%s is null but kernel '%s' takes it (%s)",
                       op.name, kernel.name.c_str(), op.what);
    if (given && !takes)
      return makeError(StatusCode::Mismatch,
                       "%s was given but kernel '%s' does not take it (%s)", op.name,
                       kernel.name.c_str(), describeMaskAndPositions(kernel.variant).c_str());
  }
  return Status::ok();
}

Status selectPrefillKernels(const BundleManifest &m, const PrefillProblem &problem,
                            const std::string &kernel_name, int *attention_index,
                            int *merge_index) {
  return detail::selectAttentionAndMerge(
      m, abi::kFamilyPrefill, kernel_name,
      detail::describeVariantQuery(problem, /*with_kv_format=*/true),
      [&](const KernelEntry &k) { return checkPrefillVariant(k, problem); }, attention_index,
      merge_index);
}

Status makePrefillSchedulerConfig(const KernelEntry &a, const PrefillProblem &problem,
                                  const PrefillOptions &o, int32_t num_sms, int32_t ctas_per_sm,
                                  PrefillSchedulerConfig *out, int64_t l2_bytes) {
  ATTN_RT_RETURN_IF_ERROR(capacityInRange("max_batch", o.max_batch, 1));
  ATTN_RT_RETURN_IF_ERROR(capacityInRange("max_qo_tokens", o.max_qo_tokens, 1));
  ATTN_RT_RETURN_IF_ERROR(capacityInRange("max_work", o.max_work, 0));
  ATTN_RT_RETURN_IF_ERROR(capacityInRange("max_partial_rows", o.max_partial_rows, 0));
  PrefillSchedulerConfig c;
  c.num_qo_heads = problem.num_qo_heads;
  c.num_kv_heads = problem.num_kv_heads;
  c.head_dim = problem.head_dim;
  c.tile_q = int32_t(a.tile.get(abi::key::kTileQ, 0));
  c.tile_kv = a.tile.tile_kv;
  c.num_sms = num_sms;
  c.ctas_per_sm = ctas_per_sm;
  // Bottom-right aligned masks (docs/PREFILL_ABI.md): sliding_window is causal with a window.
  c.causal = a.variant.mask == MaskKind::Causal || a.variant.mask == MaskKind::SlidingWindow;
  c.window_left = a.variant.window_left;
  c.block_rows = a.variant.mask == MaskKind::BlockSparse ? a.variant.block_rows : 0;
  c.split_kv = a.findParam(abi::decode::kTmpO) >= 0;
  c.paged = problem.kv_format == KvFormat::Paged;
  c.page_size = c.paged ? problem.page_size : 0;
  c.max_batch = o.max_batch;
  c.max_qo_tokens = o.max_qo_tokens;
  c.graph_mode = o.graph_mode;
  c.min_chunk_tokens = o.min_chunk_tokens;
  // L2 sections only for a kernel that maps its CTAs by head_section: another would ignore
  // the section and run its items in an order made for sections.
  c.l2_bytes = a.findParam(abi::prefill::kHeadSection) >= 0 ? l2_bytes : 0;
  c.kv_elem_bytes = int32_t(kvElementBytes(a.variant));
  c.max_work = o.max_work > 0 ? o.max_work : defaultPrefillMaxWork(c);
  // Without partial states in the kernel there is nothing to size.
  c.max_partial_rows = !c.split_kv              ? 0
                       : o.max_partial_rows > 0 ? o.max_partial_rows
                                                : defaultPrefillMaxPartialRows(c);
  ATTN_RT_RETURN_IF_ERROR(validatePrefillSchedulerConfig(c));
  if (c.block_rows > 0) {
    // Block rows are rows of the q tensor: a Q tile (tile_q / G query rows, every request
    // starting at a multiple of R) must lie in one block row.
    const int32_t group = c.num_qo_heads / c.num_kv_heads;
    if (c.tile_q % group != 0 || c.block_rows % (c.tile_q / group) != 0)
      return makeError(StatusCode::Mismatch,
                       "kernel '%s' has block_rows %d, which is not a multiple of its query "
                       "rows per q tile (tile_q %d / group size %d)",
                       a.name.c_str(), c.block_rows, c.tile_q, group);
  }
  *out = c;
  return Status::ok();
}

struct PrefillAttention::Impl : detail::AttentionState<PrefillProblem, PrefillSchedulerConfig,
                                                       PrefillWorkspaceLayout, PrefillPlan> {
  /// A tensor map of a TMA kernel and the address and page stride it was encoded for
  /// (address 0: none yet, or the last encoding failed).
  struct EncodedTensorMap {
    CUtensorMap map{};
    DevicePtr address = 0;
    int64_t pageStride = 0;
  };

  Status create(const PrefillOptions &options);
  Status checkOneQueryPerRequest(const PrefillPlanInput &input) const;
  /// Brings `m` to the map `name` of `address` (pages `pageStride` elements apart; 0 for
  /// ragged K/V): a layer-by-layer caller passes new k and v to every run, and each encoding
  /// is a driver call, so a map is encoded only when its tensor moved.
  Status updateTensorMap(const char *name, DevicePtr address, int64_t pageStride,
                         EncodedTensorMap *m);

  bool tma = false; ///< the attention kernel takes k_tmap / v_tmap
  EncodedTensorMap kMap, vMap;
};

Status PrefillAttention::Impl::updateTensorMap(const char *name, DevicePtr address,
                                               int64_t pageStride, EncodedTensorMap *m) {
  if (m->address == address && m->pageStride == pageStride)
    return Status::ok();
  m->address = 0; // a failed encoding may have left the map half-written
  ATTN_RT_RETURN_IF_ERROR(encodeKvTensorMap(runner.driver(), runner.attentionKernel(), name,
                                            address, pageStride, &m->map));
  m->address = address;
  m->pageStride = pageStride;
  return Status::ok();
}

Status PrefillAttention::Impl::checkOneQueryPerRequest(const PrefillPlanInput &in) const {
  if (!layout.qo_arange_word || !in.qo_indptr)
    return Status::ok(); // planPrefill reports a null qo_indptr
  for (int32_t b = 0; b <= in.batch_size; ++b)
    if (in.qo_indptr[b] != b)
      return makeError(StatusCode::InvalidArgument,
                       "qo_indptr[%d] is %d, but this prefill was created with "
                       "one_query_per_request (qo_indptr must be 0, 1, ..., batch_size)",
                       b, in.qo_indptr[b]);
  return Status::ok();
}

Status PrefillAttention::Impl::create(const PrefillOptions &o) {
  ATTN_RT_RETURN_IF_ERROR(runner.init(*bundle, attnIndex, mergeIndex, o.device));
  tma = takesTensorMaps(runner.attentionKernel());
  if (tma && !runner.driver().cuTensorMapEncodeTiled)
    return makeError(StatusCode::DriverUnavailable,
                     "kernel '%s' loads K/V tiles by TMA, but the CUDA driver (%s) has no "
                     "cuTensorMapEncodeTiled to encode its '%s' and '%s' parameters (CUDA 12 "
                     "or newer needed; use a bundle compiled without TMA loads)",
                     runner.attentionKernel().name.c_str(), driverLibraryPath(),
                     abi::prefill::kKTmap, abi::prefill::kVTmap);
  ATTN_RT_RETURN_IF_ERROR(makePrefillSchedulerConfig(runner.attentionKernel(), problem, o,
                                                     runner.numSms(), runner.ctasPerSm(), &sched,
                                                     runner.l2Bytes()));
  sched.balance_ctas = runner.balanceCtas();
  ATTN_RT_RETURN_IF_ERROR(computePrefillWorkspaceLayout(sched.max_qo_tokens, sched.max_work,
                                                        sched.max_partial_rows,
                                                        problem.num_qo_heads, problem.head_dim,
                                                        &layout));
  if (o.one_query_per_request) {
    layout.qo_arange_word = layout.int_words;
    layout.int_words += size_t(sched.max_qo_tokens) + 1;
  }
  return allocateWorkspaces(o, formatString("max_qo_tokens=%d max_work=%d max_partial_rows=%d",
                                            sched.max_qo_tokens, sched.max_work,
                                            sched.max_partial_rows));
}

PrefillAttention::PrefillAttention() : impl_(new Impl) {}

PrefillAttention::~PrefillAttention() = default;

Status PrefillAttention::create(Bundle &bundle, const PrefillProblem &problem,
                                const PrefillOptions &options,
                                std::unique_ptr<PrefillAttention> *out) {
  // Pure-host checks come first so that they report the same way with or without a GPU: the
  // kernels, and the options against a one-SM stand-in device.
  int attnIndex = -1, mergeIndex = -1;
  const BundleManifest &m = bundle.manifest();
  ATTN_RT_RETURN_IF_ERROR(
      selectPrefillKernels(m, problem, options.kernel_name, &attnIndex, &mergeIndex));
  PrefillSchedulerConfig dry;
  ATTN_RT_RETURN_IF_ERROR(
      makePrefillSchedulerConfig(m.kernels[size_t(attnIndex)], problem, options, 1, 1, &dry));
  std::unique_ptr<PrefillAttention> p(new PrefillAttention);
  p->impl_->assign(bundle, problem, attnIndex, mergeIndex);
  ATTN_RT_RETURN_IF_ERROR(p->impl_->create(options)); // ~PrefillAttention releases partial state
  *out = std::move(p);
  return Status::ok();
}

Status PrefillAttention::plan(const PrefillPlanInput &input, StreamHandle stream) {
  Impl &s = *impl_;
  s.planned = false;
  ATTN_RT_RETURN_IF_ERROR(s.checkOneQueryPerRequest(input));
  const size_t arange = s.layout.qo_arange_word;
  return s.planWith(input, stream, planPrefill,
                    [arange](const PrefillPlan &plan, const PrefillWorkspaceLayout &l,
                             int32_t *words, size_t numWords, size_t *copyWords) {
                      ATTN_RT_RETURN_IF_ERROR(
                          serializePrefillPlan(plan, l, words, numWords, copyWords));
                      if (!arange)
                        return Status::ok();
                      // After merge_indptr: the copy grows to the end of the rows in use.
                      for (int32_t r = 0; r <= plan.num_rows; ++r)
                        words[arange + size_t(r)] = r;
                      if (copyWords)
                        *copyWords = arange + size_t(plan.num_rows) + 1;
                      return Status::ok();
                    });
}

Status PrefillAttention::run(const PrefillRunArgs &a, StreamHandle stream) {
  Impl &s = *impl_;
  ATTN_RT_RETURN_IF_ERROR(s.checkPlanned());
  const KernelEntry &ak = s.runner.attentionKernel();
  const bool paged = s.sched.paged;
  // One query row per request: qo_indptr 0 binds the workspace's arange.
  const DevicePtr qoIndptr =
      a.qo_indptr || !s.layout.qo_arange_word
          ? a.qo_indptr
          : s.runner.intWorkspace() + s.layout.qo_arange_word * sizeof(int32_t);
  ATTN_RT_RETURN_IF_ERROR(
      detail::checkNonNull({{abi::prefill::kQ, a.q},
                            {abi::prefill::kQoIndptr, qoIndptr},
                            {paged ? abi::prefill::kKCache : abi::prefill::kK, a.k},
                            {paged ? abi::prefill::kVCache : abi::prefill::kV, a.v},
                            {abi::prefill::kKvIndptr, a.kv_indptr},
                            {abi::prefill::kO, a.o}}));
  if (paged)
    ATTN_RT_RETURN_IF_ERROR(
        detail::checkNonNull({{abi::prefill::kKvIndices, a.kv_indices},
                              {abi::prefill::kKvLastPageLen, a.kv_last_page_len}}));
  ATTN_RT_RETURN_IF_ERROR(checkPrefillOperands(ak, a));
  ATTN_RT_RETURN_IF_ERROR(
      detail::checkAligned({{abi::prefill::kQ, a.q},
                            {paged ? abi::prefill::kKCache : abi::prefill::kK, a.k},
                            {paged ? abi::prefill::kVCache : abi::prefill::kV, a.v},
                            {abi::prefill::kO, a.o}},
                           detail::kTensorAlignBytes));
  // custom_mask is bytes: any address.
  ATTN_RT_RETURN_IF_ERROR(detail::checkAligned({{abi::prefill::kQoIndptr, qoIndptr},
                                                {abi::prefill::kKvIndptr, a.kv_indptr},
                                                {abi::prefill::kKvIndices, a.kv_indices},
                                                {abi::prefill::kKvLastPageLen, a.kv_last_page_len},
                                                {abi::prefill::kLse, a.lse},
                                                {abi::prefill::kMaskIndptr, a.mask_indptr},
                                                {abi::prefill::kBlockIndptr, a.block_indptr},
                                                {abi::prefill::kBlockIndices, a.block_indices},
                                                {abi::prefill::kAlibiSlopes, a.alibi_slopes},
                                                {abi::prefill::kRopeOffsets, a.rope_offsets}},
                                               detail::kElementAlignBytes));
  ATTN_RT_RETURN_IF_ERROR(s.checkLse(a.lse));

  using namespace detail;
  SlotValues v;
  s.bindCommonSlots(a, &v);
  const uint64_t iw = s.runner.intWorkspace();
  v.ptr[kSlotWorkQoTile] = iw + s.layout.work_qo_tile_word * sizeof(int32_t);
  v.ptr[kSlotWorkPartialStride] = iw + s.layout.work_partial_stride_word * sizeof(int32_t);
  // Like num_work, a device scalar in the plan's header: a captured graph reads each plan's.
  v.ptr[kSlotHeadSection] = iw + kWordHeadSection * sizeof(int32_t);
  v.ptr[kSlotQoIndptr] = qoIndptr;
  v.ptr[kSlotKCache] = v.ptr[kSlotK] = a.k;
  v.ptr[kSlotVCache] = v.ptr[kSlotV] = a.v;
  for (const OptionalOperand &op : kOptionalOperands)
    v.ptr[op.slot] = a.*op.arg;
  if (paged)
    ATTN_RT_RETURN_IF_ERROR(
        resolveKvPageStride(ak, a.kv_page_stride, s.problem, &v.kv_page_stride));
  else if (a.kv_page_stride != 0)
    return makeError(StatusCode::InvalidArgument,
                     "kv_page_stride (%lld) applies to paged KV only; kernel '%s' reads ragged K/V",
                     (long long)a.kv_page_stride, ak.name.c_str());
  if (s.tma) {
    // The launch copies the maps' bytes: a later run re-encoding them does not reach back into
    // launches made (or captured) before.
    const int64_t pageStride = paged ? v.kv_page_stride : 0;
    ATTN_RT_RETURN_IF_ERROR(s.updateTensorMap(abi::prefill::kKTmap, a.k, pageStride, &s.kMap));
    ATTN_RT_RETURN_IF_ERROR(s.updateTensorMap(abi::prefill::kVTmap, a.v, pageStride, &s.vMap));
    v.k_tmap = &s.kMap.map;
    v.v_tmap = &s.vMap.map;
  }
  return s.launch(v, stream, /*heads_fastest=*/true);
}

const PrefillPlan &PrefillAttention::currentPlan() const { return impl_->plan; }
const PrefillSchedulerConfig &PrefillAttention::schedulerConfig() const {
  return impl_->sched;
}
const PrefillWorkspaceLayout &PrefillAttention::workspaceLayout() const {
  return impl_->layout;
}
const KernelEntry &PrefillAttention::attentionKernel() const {
  return impl_->runner.attentionKernel();
}
int PrefillAttention::attentionKernelIndex() const { return impl_->attnIndex; }
bool PrefillAttention::hasMergeKernel() const { return impl_->runner.hasMerge(); }
const KernelEntry &PrefillAttention::mergeKernel() const {
  return impl_->runner.mergeKernelOrEmpty();
}

} // namespace attn::rt
