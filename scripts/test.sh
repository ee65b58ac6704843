#!/usr/bin/env bash
# Runs every test on a fresh or existing checkout: set up and build (scripts/bootstrap.sh), then
# ctest, which runs the lit/FileCheck suite, the FileCheck directive lint and all GoogleTest
# suites (the GPU checks run separately on a GPU machine: scripts/gpu_check.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
BUILD_DIR=${BUILD_DIR:-build}
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)"
