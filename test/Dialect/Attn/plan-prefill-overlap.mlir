// attn-plan's overlap option (FA3's intra-warpgroup pipelining): warp-specialized kernels
// with two K/V stages or more (with ping-pong too: a turn issues a tile's two MMAs); elsewhere the kernel keeps its serial tile
// loop, with a remark that says why (never a failure). Off by default.
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=wgmma warp-specialize=true overlap=true" -mlir-print-local-scope | FileCheck %s --check-prefix=OV
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=wgmma warp-specialize=true" -mlir-print-local-scope | FileCheck %s --check-prefix=OFF
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=wgmma overlap=true" -mlir-print-local-scope 2>&1 | FileCheck %s --check-prefix=NOWS
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=wgmma warp-specialize=true pingpong=true overlap=true" -mlir-print-local-scope 2>&1 | FileCheck %s --check-prefix=PP
// RUN: attn-opt %s -split-input-file -attn-plan="prefill-mma=wgmma warp-specialize=true stages=1 overlap=true" -mlir-print-local-scope 2>&1 | FileCheck %s --check-prefix=S1

// OV: kernel_config = #attn.kernel_config<{{.*}}, wgmma = true, producer = true, overlap = true>
// OFF-NOT: overlap
// NOWS: remark: prefill kernel on the serial tile loop: overlap needs the producer warpgroup (warp-specialize)
// NOWS-NOT: overlap = true
// PP-NOT: remark
// PP: kernel_config = #attn.kernel_config<{{.*}}, producer = true, pingpong = true, overlap = true>
// S1: remark: prefill kernel on the serial tile loop: overlap holds two K/V stages at once, the kernel has 1
// S1: kernel_config = #attn.kernel_config<{{.*}}stages = 1{{.*}}, producer = true>
!kv = !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128, element_type = bf16>
func.func @paged(%q: memref<?x32x128xbf16>, %qi: memref<?xi32>, %kv: !kv, %o: memref<?x32x128xbf16>) {
  attn.attention q(%q : memref<?x32x128xbf16>) qo_indptr(%qi : memref<?xi32>) kv(%kv : !kv)
      outs(%o : memref<?x32x128xbf16>) {mask = #attn.mask<causal>}
  return
}
