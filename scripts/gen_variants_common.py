"""What the gen_*_variants.py scripts share: the command line (OUTDIR,
--only, --list) and the writing of OUTDIR/<name>.mlir for each variant plus a JSON list of
the variants."""

import argparse
import importlib
import json
import os
import sys


def main(doc, module, to_mlir, json_name, noun="variants", list_experimental=False):
    """Runs the generator of one variant list. doc: the script's docstring (its first line
    is the description); module: a variants module (VARIANTS, BY_NAME); to_mlir(v): the IR
    of a variant; json_name: the JSON file in OUTDIR; noun: what the closing line counts;
    list_experimental: offer --list-experimental. Returns the exit status."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("outdir", nargs="?")
    ap.add_argument("--only", nargs="*", default=None, help="variant names to write")
    ap.add_argument("--list", action="store_true", help="print the variant names and exit")
    if list_experimental:
        ap.add_argument("--list-experimental", action="store_true",
                        help="print the names of the experimental variants and exit")
    a = ap.parse_args()
    if a.list or getattr(a, "list_experimental", False):
        for v in module.VARIANTS:
            if a.list or v.experimental:
                print(v.name)
        return 0
    if not a.outdir:
        ap.error("OUTDIR is required")
    variants = module.VARIANTS
    if a.only:
        unknown = [n for n in a.only if n not in module.BY_NAME]
        if unknown:
            ap.error(f"unknown variants: {', '.join(unknown)}")
        variants = [module.BY_NAME[n] for n in a.only]
    os.makedirs(a.outdir, exist_ok=True)
    for v in variants:
        with open(os.path.join(a.outdir, v.name + ".mlir"), "w") as f:
            f.write(to_mlir(v))
    with open(os.path.join(a.outdir, json_name), "w") as f:
        json.dump([v.to_json() for v in variants], f, indent=1)
    print(f"wrote {len(variants)} {noun} to {a.outdir}")
    return 0


def main_for(module_name, doc, noun, list_experimental=False):
    """main for the variants module tests/gpu/<module_name>.py whose variants write their own
    IR (v.mlir()), into OUTDIR/<module_name>.json."""
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, os.path.join(here, "..", "tests", "gpu"))
    module = importlib.import_module(module_name)
    return main(doc, module, lambda v: v.mlir(), module_name + ".json", noun=noun,
                list_experimental=list_experimental)
