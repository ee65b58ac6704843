# lit configuration of the attn-mlir regression tests.
import os
import sys

import lit.formats
from lit.llvm import llvm_config

config.name = "ATTN"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".test"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.attn_obj_root, "test")
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py"]

config.substitutions.append(("%attn_src_root", config.attn_src_root))
# The Python that runs lit runs the repository's scripts too.
config.substitutions.append(("%python", sys.executable))

llvm_config.use_default_substitutions()
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
llvm_config.add_tool_substitutions(
    ["attn-opt", "attn-compile"], [os.path.join(config.attn_obj_root, "bin")])

if config.cuda_toolkit_dir and os.path.exists(
        os.path.join(config.cuda_toolkit_dir, "bin", "ptxas")):
    config.available_features.add("ptxas")
    config.substitutions.append(("%cuda_toolkit", config.cuda_toolkit_dir))
