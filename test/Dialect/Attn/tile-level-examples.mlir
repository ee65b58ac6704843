// RUN: attn-opt %attn_src_root/examples/llama3_8b_decode.mlir --pass-pipeline="builtin.module(attn-plan,attn-outline,gpu.module(attn-tile,canonicalize,cse))" | FileCheck %s --check-prefix=DECODE
// RUN: attn-opt %attn_src_root/examples/llama3_8b_prefill.mlir --pass-pipeline="builtin.module(attn-plan,attn-outline,gpu.module(attn-tile,canonicalize,cse))" | FileCheck %s --check-prefix=PREFILL

// The walkthrough's kernels at the tile level (scripts/gen_walkthrough.sh): the math is ops;
// lane-level code (shuffles, FMAs, nvvm, tensor-core fragments) appears only when
// attn-lower-tiles lowers them.

// DECODE-LABEL: gpu.func @llama3_8b_decode_attention
// DECODE-NOT: gpu.shuffle
// DECODE-NOT: nvvm.
// DECODE-NOT: fma
// DECODE-NOT: attn.mma
// DECODE: attn.online_softmax
// DECODE-NOT: gpu.shuffle
// DECODE-NOT: nvvm.
// DECODE-NOT: fma
// DECODE-NOT: attn.mma
// DECODE: gpu.return

// PREFILL-LABEL: gpu.func @llama3_8b_prefill_attention
// PREFILL-NOT: gpu.shuffle
// PREFILL-NOT: nvvm.
// PREFILL-NOT: fma
// PREFILL-NOT: attn.mma
// PREFILL-NOT: nvgpu.
// PREFILL: attn.online_softmax
// PREFILL-NOT: gpu.shuffle
// PREFILL-NOT: nvvm.
// PREFILL-NOT: fma
// PREFILL-NOT: attn.mma
// PREFILL-NOT: nvgpu.
// PREFILL: gpu.return
