// The registered pipelines reject bad options with an error and a non-zero exit instead of
// running a partial pipeline (or reaching an LLVM instruction-selection abort for an
// architecture without cp.async).
// RUN: not attn-opt %s --attn-to-cubin="format=bogus" 2>&1 | FileCheck %s --check-prefix=FORMAT
// RUN: not attn-opt %s --attn-to-cubin="sm=1000" 2>&1 | FileCheck %s --check-prefix=SM1000
// RUN: not attn-opt %s --attn-to-cubin="sm=70 format=isa" 2>&1 | FileCheck %s --check-prefix=SM70
// RUN: not attn-opt %s --attn-to-nvvm="sm=0" 2>&1 | FileCheck %s --check-prefix=NVVMSM0
// RUN: not attn-opt %s --attn-to-nvvm="sm=-1" 2>&1 | FileCheck %s --check-prefix=NVVMSMNEG
// RUN: not attn-opt %s --attn-to-nvvm="opt-level=7" 2>&1 | FileCheck %s --check-prefix=OPT
// RUN: not attn-opt %s --attn-to-nvvm="stages=-2" 2>&1 | FileCheck %s --check-prefix=STAGES
// RUN: not attn-opt %s --attn-to-nvvm="max-slices-per-warp=-1" 2>&1 | FileCheck %s --check-prefix=SLICES

// FORMAT: error: attn-to-cubin: unknown format 'bogus' (expected isa, bin or fatbin)
// SM1000: error: attn-to-cubin: unsupported architecture sm 1000 (expected one of 80, 86, 87, 89, 90, 100, 103, 120, 121)
// SM70: error: attn-to-cubin: unsupported architecture sm 70
// SM70-NOT: LLVM ERROR
// NVVMSM0: error: attn-to-nvvm: unsupported architecture sm 0
// NVVMSMNEG: error: attn-to-nvvm: unsupported architecture sm -1
// OPT: error: attn-to-nvvm: option 'opt-level' (7) must be in [0, 3]
// STAGES: error: attn-to-nvvm: option 'stages' (-2) must be in [0, 32]
// SLICES: error: attn-to-nvvm: option 'max-slices-per-warp' (-1) must be in [0, 8]

func.func @empty() {
  return
}
