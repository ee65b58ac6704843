#!/usr/bin/env python3
"""Writes the signatures of FlashInfer's public attention API (the names attn_mlir.flashinfer
mirrors) to a JSON snapshot, read from the wheel's sources with ast (flashinfer itself cannot
be imported without CUDA).

Usage: snapshot_flashinfer_signatures.py FLASHINFER_SRC_DIR OUT.json
  FLASHINFER_SRC_DIR: the unzipped wheel's flashinfer/ directory.
"""

import ast
import json
import os
import sys

# module file -> names (functions, or classes whose __init__ / plan / run are recorded)
NAMES = {
    "decode.py": ["single_decode_with_kv_cache", "BatchDecodeWithPagedKVCacheWrapper"],
    "prefill.py": ["single_prefill_with_kv_cache", "BatchPrefillWithPagedKVCacheWrapper",
                   "BatchPrefillWithRaggedKVCacheWrapper"],
    "cascade.py": ["merge_state", "merge_state_in_place", "merge_states"],
    "page.py": ["append_paged_kv_cache", "get_batch_indices_positions", "get_seq_lens"],
    "rope.py": ["apply_rope", "apply_rope_inplace", "apply_rope_pos_ids",
                "apply_rope_pos_ids_inplace", "apply_llama31_rope", "apply_llama31_rope_inplace",
                "apply_llama31_rope_pos_ids", "apply_llama31_rope_pos_ids_inplace"],
}
METHODS = ("__init__", "plan", "run")


def params(fn):
    a = fn.args
    out = []
    pos = a.posonlyargs + a.args
    defaults = [None] * (len(pos) - len(a.defaults)) + list(a.defaults)
    for p, d in zip(pos, defaults):
        out.append({"name": p.arg, "kind": "positional",
                    "default": ast.unparse(d) if d is not None else None})
    if a.vararg:
        out.append({"name": a.vararg.arg, "kind": "var_positional", "default": None})
    for p, d in zip(a.kwonlyargs, a.kw_defaults):
        out.append({"name": p.arg, "kind": "keyword_only",
                    "default": ast.unparse(d) if d is not None else None})
    if a.kwarg:
        out.append({"name": a.kwarg.arg, "kind": "var_keyword", "default": None})
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    src, out_path = sys.argv[1:]
    snap = {}
    for fname, names in NAMES.items():
        tree = ast.parse(open(os.path.join(src, fname)).read())
        top = {}
        for node in tree.body:  # the last definition wins (overloads come first)
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                top[node.name] = node
        for name in names:
            node = top[name]
            if isinstance(node, ast.FunctionDef):
                snap[name] = params(node)
                continue
            meths = {}
            for m in node.body:
                if isinstance(m, ast.FunctionDef) and m.name in METHODS:
                    meths[m.name] = params(m)
            for m in METHODS:
                snap[f"{name}.{m}"] = meths[m]
    with open(out_path, "w") as f:
        json.dump({"flashinfer_version": "0.5.3", "signatures": snap}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
