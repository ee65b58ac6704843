// The bundled examples parse, verify, plan and outline.
// RUN: attn-opt %attn_src_root/examples/llama3_8b_decode.mlir -attn-plan -mlir-print-local-scope | FileCheck %s --check-prefix=DECODE
// RUN: attn-opt %attn_src_root/examples/llama3_8b_prefill.mlir -attn-plan -mlir-print-local-scope | FileCheck %s --check-prefix=PREFILL
// RUN: attn-opt %attn_src_root/examples/llama3_8b_prefill.mlir -attn-plan -attn-outline | FileCheck %s --check-prefix=OUTLINE
// RUN: attn-opt %attn_src_root/examples/llama3_8b_prefill.mlir --attn-to-nvvm | FileCheck %s --check-prefix=NVVM
// RUN: attn-opt %attn_src_root/examples/llama3_8b_prefill.mlir --attn-to-nvvm=prefill-mma=mma-sync | FileCheck %s --check-prefix=SYNC

// DECODE: kernel_config = #attn.kernel_config<strategy = decode, sm = 90, threads = 128, tile_q = 4, tile_kv = 16, stages = 2, split_kv = true, vec = 8>
// PREFILL: kernel_config = #attn.kernel_config<strategy = prefill, sm = 90, threads = 256, tile_q = 128, tile_kv = 64, stages = 2, split_kv = true, vec = 8>
// OUTLINE: gpu.func @llama3_8b_prefill_attention
// OUTLINE: attn.kernel_abi @llama3_8b_prefill_attention {{.*}}family = "prefill"
// On sm_90 the prefill kernel runs on warpgroup MMAs (its RoPE of K in the loop keeps it
// without a producer warpgroup); prefill-mma=mma-sync keeps the sm_80 kernel.
// NVVM: llvm.func @llama3_8b_prefill_attention
// NVVM: wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16
// NVVM-NOT: nvvm.mma.sync
// NVVM: llvm.func @llama3_8b_prefill_merge
// SYNC: llvm.func @llama3_8b_prefill_attention
// SYNC: nvvm.ldmatrix
// SYNC: nvvm.mma.sync {{.*}}multiplicandAPtxType = #nvvm.mma_type<bf16>
// SYNC: llvm.func @llama3_8b_prefill_merge
