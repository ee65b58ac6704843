#!/usr/bin/env bash
# The main job on the bundled example: set up and build (scripts/bootstrap.sh), then compile the
# Llama-3-8B paged decode (examples/llama3_8b_decode.mlir) from attn IR down to PTX/cubin,
# showing the IR after the planning and outlining passes and writing a kernel bundle.
# Usage: scripts/demo.sh [OUTDIR]   (default: build/demo)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
BUILD_DIR=${BUILD_DIR:-build}
OUTDIR=${1:-$BUILD_DIR/demo}
mkdir -p "$OUTDIR"
opt="$BUILD_DIR/bin/attn-opt"
example=examples/llama3_8b_decode.mlir

echo "== attn-plan: the chosen kernel configuration"
"$opt" "$example" -attn-plan -mlir-print-local-scope | grep -o 'kernel_config = #attn.kernel_config<[^>]*>'
echo "== attn-outline: kernels and their launch ABI ($OUTDIR/outlined.mlir)"
"$opt" "$example" -attn-plan -attn-outline -o "$OUTDIR/outlined.mlir"
grep -E 'gpu.func|attn.kernel_abi' "$OUTDIR/outlined.mlir" | sed -E 's/\(.*//; s/ for .*//'
echo "== attn-to-nvvm: the decode kernel in NVVM/LLVM ($OUTDIR/nvvm.mlir)"
"$opt" "$example" --attn-to-nvvm -o "$OUTDIR/nvvm.mlir"
if [ -x "$BUILD_DIR/bin/attn-compile" ] && { command -v ptxas >/dev/null 2>&1 || [ -x /usr/local/cuda/bin/ptxas ]; }; then
  echo "== attn-compile: kernel bundle ($OUTDIR/bundle)"
  "$BUILD_DIR/bin/attn-compile" "$example" -o "$OUTDIR/bundle" --ptxas-check
  ls -l "$OUTDIR/bundle"
else
  echo "== no CUDA toolkit (ptxas): writing PTX only ($OUTDIR/decode.mlir)"
  "$opt" "$example" --attn-to-cubin="format=isa" -o "$OUTDIR/decode.mlir"
fi
echo "== done"
