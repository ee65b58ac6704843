// attn-compile checks --sm and the tuning options before compiling, and fails (non-zero exit,
// no bundle) on any error a pass reports, even one whose pass then succeeds.
// RUN: rm -rf %t && mkdir -p %t
// RUN: not attn-compile %attn_src_root/examples/llama3_8b_decode.mlir --sm=75 --format=ptx -o %t/sm75 2>&1 | FileCheck %s --check-prefix=SM75
// RUN: not attn-compile %attn_src_root/examples/llama3_8b_decode.mlir --sm=50 --format=ptx -o %t/sm50 2>&1 | FileCheck %s --check-prefix=SM50
// RUN: not attn-compile %attn_src_root/examples/llama3_8b_decode.mlir --sm=85 --format=ptx -o %t/sm85 2>&1 | FileCheck %s --check-prefix=SM85
// RUN: not attn-compile %attn_src_root/examples/llama3_8b_decode.mlir --stages=99999999999 --format=ptx -o %t/stages 2>&1 | FileCheck %s --check-prefix=STAGES
// RUN: not attn-compile %attn_src_root/examples/llama3_8b_decode.mlir --toolkit=/nonexistent --format=ptx -o %t/toolkit 2>&1 | FileCheck %s --check-prefix=TOOLKIT
// RUN: test ! -e %t/toolkit && test ! -e %t/sm75 && test ! -e %t/stages

// SM75: attn-compile: error: --sm=75: sm (75) is not a supported architecture (expected one of 80, 86, 87, 89, 90, 100, 101, 103, 110, 120, 121)
// SM50: attn-compile: error: --sm=50: sm (50) is not a supported architecture
// SM85: attn-compile: error: --sm=85: sm (85) is not a supported architecture
// STAGES: attn-compile: error: --stages (99999999999) must be 0 (heuristic) or in [1, 16]
// TOOLKIT: error: CUDA path: /nonexistent does not exist or is not a directory
// TOOLKIT: attn-compile: error: the attn-to-cubin pipeline failed on '{{.*}}llama3_8b_decode.mlir'
