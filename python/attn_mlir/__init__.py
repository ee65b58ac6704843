"""attn_mlir: Python bindings of the attn runtime (libattn_rt).

``Bundle`` loads a kernel bundle written by attn-compile; ``BatchDecode`` plans and runs
paged-KV batch decode, ``BatchPrefill`` prefill / append over ragged queries and ragged or
paged KV, on PyTorch tensors. The library is found through $ATTN_RT_LIBRARY or next to this
package, and opened on first use.
"""

from ._capi import AttnError, LibraryNotFoundError, runtime_library_path, load_library
from .bundle import Bundle, KernelInfo
from .decode import BatchDecode
from .prefill import BatchPrefill

__all__ = ["AttnError", "BatchDecode", "BatchPrefill", "Bundle", "KernelInfo",
           "LibraryNotFoundError", "runtime_library_path", "load_library"]
__version__ = "0.1.0"
