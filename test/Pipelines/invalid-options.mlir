// attn-to-nvvm, attn-to-cubin and attn-to-host check their options when the pipeline is built: an error
// names the option and attn-opt exits non-zero (no LLVM ERROR from instruction selection on
// an unknown architecture, no empty pipeline that succeeds).
// RUN: not attn-opt %attn_src_root/examples/llama3_8b_decode.mlir --attn-to-nvvm=sm=1000 2>&1 | FileCheck %s --check-prefix=SM1000
// RUN: not attn-opt %attn_src_root/examples/llama3_8b_decode.mlir --attn-to-nvvm=sm=75 2>&1 | FileCheck %s --check-prefix=SM75
// RUN: not attn-opt %attn_src_root/examples/llama3_8b_decode.mlir --attn-to-cubin=sm=0 2>&1 | FileCheck %s --check-prefix=SM0
// RUN: not attn-opt %attn_src_root/examples/llama3_8b_decode.mlir --attn-to-cubin=format=bogus 2>&1 | FileCheck %s --check-prefix=FORMAT
// RUN: not attn-opt %attn_src_root/examples/llama3_8b_decode.mlir --attn-to-nvvm=opt-level=7 2>&1 | FileCheck %s --check-prefix=OPT
// RUN: not attn-opt %attn_src_root/examples/llama3_8b_decode.mlir --attn-to-nvvm=stages=1000000000000 2>&1 | FileCheck %s --check-prefix=STAGES
// RUN: not attn-opt %attn_src_root/examples/llama3_8b_decode.mlir --attn-to-nvvm=max-slices-per-warp=-1 2>&1 | FileCheck %s --check-prefix=SLICES
// RUN: not attn-opt %attn_src_root/examples/llama3_8b_decode.mlir --attn-to-host=host-kv-chunk=-64 2>&1 | FileCheck %s --check-prefix=CHUNK

// SM1000: attn-to-nvvm: sm (1000) is not a supported architecture (expected one of 80, 86, 87, 89, 90, 100, 101, 103, 110, 120, 121)
// SM1000-NOT: LLVM ERROR
// SM75: attn-to-nvvm: sm (75) is not a supported architecture
// SM0: attn-to-cubin: sm (0) is not a supported architecture
// FORMAT: attn-to-cubin: format ('bogus') must be isa, bin or fatbin
// OPT: attn-to-nvvm: opt-level (7) must be in [0, 3]
// STAGES: attn-to-nvvm: stages (1000000000000) must be 0 (heuristic) or in [1, 16]
// SLICES: attn-to-nvvm: max-slices-per-warp (-1) must be 0 (heuristic) or in [1, 64]
// CHUNK: attn-to-host: host-kv-chunk (-64) must not be negative
