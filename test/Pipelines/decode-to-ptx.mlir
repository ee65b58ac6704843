// The whole pipeline, attn IR to PTX, for the Llama-3-8B decode example.
// REQUIRES: ptxas
// The CUDA-core decode kernel (sm_80's default; on sm_90 the pipeline takes the tensor-core
// kernel, TC below, unless decode-kernel=cuda-core).
// RUN: attn-opt %attn_src_root/examples/llama3_8b_decode.mlir --attn-to-cubin="format=isa decode-kernel=cuda-core toolkit=%cuda_toolkit" | FileCheck %s
// RUN: attn-opt %attn_src_root/examples/llama3_8b_decode.mlir --attn-to-cubin="format=isa sm=80 toolkit=%cuda_toolkit" | FileCheck %s --check-prefix=SM80
// RUN: attn-opt %attn_src_root/examples/llama3_8b_decode.mlir --attn-to-cubin="format=isa toolkit=%cuda_toolkit" | FileCheck %s --check-prefix=TC
// RUN: not attn-opt %attn_src_root/examples/llama3_8b_decode.mlir --attn-to-cubin="decode-kernel=warp" 2>&1 | FileCheck %s --check-prefix=BAD

// CHECK: gpu.binary @llama3_8b_decode_kernels [#gpu.object<#nvvm.target<O = 3, chip = "sm_90a">
// CHECK-SAME: .target sm_90a
// The attention kernel: one pointer per buffer.
// CHECK-SAME: .entry llama3_8b_decode_attention(
// CHECK-SAME: .param .u64 .ptr .align 1 llama3_8b_decode_attention_param_0
// The pools' page stride (kv_page_stride, u32) scales page ids in 64-bit arithmetic.
// CHECK-SAME: .param .u32 llama3_8b_decode_attention_param_7,
// CHECK-SAME: ld.param.b32 {{[^%]*}}[[STRIDE:%rd[0-9]+]], [llama3_8b_decode_attention_param_7];
// CHECK-SAME: mad.lo.s64 {{[^%]*}}%rd{{[0-9]+}}, %rd{{[0-9]+}}, [[STRIDE]],
// 16-byte cp.async gathers of K/V pages, zero-filled past the end of a request.
// CHECK-SAME: cp.async.cg.shared.global
// CHECK-SAME: cp.async.wait_group {{.}}091;
// CHECK-SAME: ld.shared.v4.b32
// CHECK-SAME: shfl.sync.bfly.b32
// The decode kernels keep IEEE exponentials (attn-flush-denormals changes tensor-core modules).
// CHECK-SAME: ex2.approx.f32
// CHECK-SAME: st.global.v4.b32
// The merge kernel.
// CHECK-SAME: .entry llama3_8b_decode_merge(
// CHECK: attn.kernel_abi @llama3_8b_decode_attention
// CHECK: attn.kernel_abi @llama3_8b_decode_merge

// SM80: #nvvm.target<O = 3, chip = "sm_80">
// SM80-SAME: .target sm_80
// SM80-SAME: cp.async.cg.shared.global

// The tensor-core kernel: the 4 query heads of a GQA group are the packed rows of a 16-row Q
// tile of one warp; K and V reach the MMAs through ldmatrix.
// TC: chip = "sm_90a"
// TC-SAME: .entry llama3_8b_decode_attention(
// TC-SAME: .maxntid 32, 1, 1
// TC-SAME: ld.param.b32 {{[^%]*}}[[TCS:%rd[0-9]+]], [llama3_8b_decode_attention_param_7];
// TC-SAME: mul.lo.s64 {{[^%]*}}%rd{{[0-9]+}}, %rd{{[0-9]+}}, [[TCS]];
// TC-SAME: ldmatrix.sync.aligned.m8n8.x4
// TC-SAME: mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32
// TC-SAME: .entry llama3_8b_decode_merge(

// BAD: decode-kernel ('warp') must be cuda-core, tensor-core or auto
