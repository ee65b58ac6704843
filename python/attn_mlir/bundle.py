"""Kernel bundles: a directory with manifest.json and the binaries attn-compile wrote."""

import ctypes
import os
from dataclasses import dataclass

from . import _capi


@dataclass(frozen=True)
class KernelInfo:
    """One kernel of a bundle (attn_kernel_info_t)."""
    name: str
    family: str
    role: str            # "attention" | "merge"
    num_qo_heads: int
    num_kv_heads: int
    head_dim: int
    page_size: int
    layout: str          # "nhd" | "hnd"
    dtype: str           # "bf16" | "f16"
    kv_dtype: str
    block: tuple
    dynamic_smem: int
    tile_kv: int
    kv_format: str       # "paged" | "ragged"
    split_kv: bool       # writes partial states (needs the merge kernel)
    sm_scale: float      # compiled-in logit scale; 0.0 = not recorded (1/sqrt(head_dim))
    registers: int       # ptxas report; -1 = unknown
    spill_bytes: int     # spill stores + loads; -1 = unknown
    mask: str = "none"   # "none" | "causal" | "sliding_window" | "custom" | "block_sparse"
    block_rows: int = 0  # block-sparse masks: BSR block [block_rows, block_cols]; 0 otherwise
    block_cols: int = 0
    operands: frozenset = frozenset()  # optional prefill operands the kernel takes
                                       # (custom_mask, mask_indptr, block_indptr,
                                       # block_indices, alibi_slopes, rope_offsets)
    tile_q: int = 0      # packed query rows per Q tile (prefill); 0 = not given


class Bundle(_capi.OwnedHandle):
    """A loaded kernel bundle. Needs no GPU; modules are loaded when a BatchDecode or a
    BatchPrefill is created.

    Usable as a context manager; ``close()`` frees it (decoders created from it keep their own
    reference, so close it only after them).
    """

    _free = "attnBundleFree"

    @property
    def _what(self):
        return f"bundle '{self.directory}'"

    def __init__(self, directory, library=None, device=None):
        """`device` (a CUDA ordinal) picks a multi-arch bundle's binaries for that device and
        checks a single-arch bundle against it; by default a multi-arch bundle is opened for
        the current context's device (device 0 without one). ``arch`` is the architecture
        loaded ("sm_90a")."""
        self.directory = os.fspath(directory)
        if not os.path.isdir(self.directory):
            raise FileNotFoundError(f"bundle directory '{self.directory}' does not exist")
        self._lib = _capi.load_library(library)
        handle = ctypes.c_void_p()
        if device is None:
            _capi.check(f"attnBundleLoad('{self.directory}')",
                        self._lib.attnBundleLoad(self.directory.encode(), ctypes.byref(handle)))
        else:
            _capi.check(f"attnBundleLoadForDevice('{self.directory}', {device})",
                        self._lib.attnBundleLoadForDevice(self.directory.encode(), int(device),
                                                          ctypes.byref(handle)))
        self._handle = handle
        self.arch = self._lib.attnBundleArch(handle).decode()
        self.kernels = tuple(self._kernel(i)
                             for i in range(self._lib.attnBundleNumKernels(handle)))

    def _kernel(self, index):
        info = _capi.attn_kernel_info_t()
        _capi.check(f"attnBundleGetKernel({index})",
                    self._lib.attnBundleGetKernel(self._handle, index, ctypes.byref(info)))
        return KernelInfo(
            name=info.name.decode(), family=info.family.decode(),
            role=_capi.ROLE_NAMES.get(info.role, str(info.role)),
            num_qo_heads=info.num_qo_heads, num_kv_heads=info.num_kv_heads,
            head_dim=info.head_dim, page_size=info.page_size,
            layout=_capi.LAYOUT_NAMES.get(info.layout, str(info.layout)),
            dtype=_capi.DTYPE_NAMES.get(info.dtype, str(info.dtype)),
            kv_dtype=_capi.DTYPE_NAMES.get(info.kv_dtype, str(info.kv_dtype)),
            block=tuple(info.block), dynamic_smem=info.dynamic_smem, tile_kv=info.tile_kv,
            kv_format=_capi.KV_FORMAT_NAMES.get(info.kv_format, str(info.kv_format)),
            split_kv=bool(info.split_kv), sm_scale=info.sm_scale, registers=info.registers,
            spill_bytes=info.spill_bytes,
            mask=_capi.MASK_NAMES.get(info.mask, str(info.mask)), block_rows=info.block_rows,
            block_cols=info.block_cols,
            operands=frozenset(n for n, bit in _capi.KERNEL_OPERAND_BITS.items()
                               if info.operands & bit),
            tile_q=info.tile_q)

    def decode_kernels(self):
        """Attention kernels of the decode family, in manifest order."""
        return [k for k in self.kernels if k.family == "decode" and k.role == "attention"]

    def prefill_kernels(self):
        """Attention kernels of the prefill family, in manifest order."""
        return [k for k in self.kernels if k.family == "prefill" and k.role == "attention"]

    def __repr__(self):
        names = ", ".join(k.name for k in self.kernels)
        return f"Bundle('{self.directory}', kernels=[{names}])"
