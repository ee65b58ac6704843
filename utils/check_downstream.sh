#!/usr/bin/env bash
# Installs the build tree into a scratch prefix, then configures, builds and runs
# examples/downstream against it, as a downstream project would (find_package(AttnMLIR)).
#
#   utils/check_downstream.sh BUILD_DIR SOURCE_DIR WORK_DIR C_COMPILER CXX_COMPILER [LAUNCHER]
#                             [GENERATOR] [C_FLAGS] [CXX_FLAGS] [EXE_LINKER_FLAGS]
#
# The flags are the parent build's: an instrumented build (sanitizers, fuzzer coverage)
# installs instrumented archives, which only link into objects built the same way.
#
# WORK_DIR is reused between runs (its fixed paths let ccache hit); the prefix is reinstalled
# from scratch every time so a file missing from the install rules fails the build.
set -euo pipefail
mkdir -p "$3"
build=$(cd "$1" && pwd) src=$(cd "$2" && pwd) work=$(cd "$3" && pwd)
cc=$4 cxx=$5 launcher=${6:-} generator=${7:-Ninja}
cflags=${8:-} cxxflags=${9:-} ldflags=${10:-}

prefix=$work/prefix
rm -rf "$prefix"
cmake --install "$build" --prefix "$prefix" >"$work.install.log" 2>&1 ||
  { cat "$work.install.log"; exit 1; }

args=(-G "$generator" -S "$src/examples/downstream" -B "$work/build" -DCMAKE_BUILD_TYPE=Release
      -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_C_COMPILER="$cc" -DCMAKE_CXX_COMPILER="$cxx"
      -DCMAKE_C_FLAGS="$cflags" -DCMAKE_CXX_FLAGS="$cxxflags"
      -DCMAKE_EXE_LINKER_FLAGS="$ldflags")
if [ -n "$launcher" ]; then
  args+=(-DCMAKE_C_COMPILER_LAUNCHER="$launcher" -DCMAKE_CXX_COMPILER_LAUNCHER="$launcher")
fi
# A fresh build: the package must come from the prefix, never from the build tree or a
# stale cache, and every object must compile against the installed headers.
rm -rf "$work/build"
cmake "${args[@]}" >"$work.configure.log" 2>&1 || { cat "$work.configure.log"; exit 1; }
grep -q "AttnMLIR: $prefix/lib/cmake/AttnMLIR (" "$work.configure.log" ||
  { echo "AttnMLIR was not found in $prefix:"; cat "$work.configure.log"; exit 1; }
cmake --build "$work/build"

# The runtime from the install: a missing bundle is reported by name (no GPU needed).
"$work/build/attn-downstream-rt"
# The compiler from the install: the decode example through attn-to-nvvm.
if [ -x "$work/build/attn-downstream" ]; then
  out=$("$work/build/attn-downstream" "$src/examples/llama3_8b_decode.mlir")
  echo "$out"
  grep -q "kernel llama3_8b_decode_kernels::llama3_8b_decode_attention" <<<"$out"
  # The same through the C API, from C.
  out=$("$work/build/attn-downstream-c" "$src/examples/llama3_8b_decode.mlir")
  echo "$out"
  grep -q "paged KV cache: page_size 16, 8 heads of 128" <<<"$out"
  grep -q "attn-to-nvvm through the C API: ok" <<<"$out"
  # The installed tools run from the prefix (their RUNPATH finds libMLIR).
  lowered=$("$prefix/bin/attn-opt" "$src/examples/llama3_8b_decode.mlir" --attn-to-nvvm=sm=80)
  grep -q 'chip = "sm_80"' <<<"$lowered"
  help=$("$prefix/bin/attn-compile" --help)
  grep -q -- "--sm" <<<"$help"
fi
echo "downstream project built and ran against $prefix"
