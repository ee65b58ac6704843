#!/usr/bin/env python3
"""The instruction mix of a kernel's hot blocks, from its cubin's SASS: per basic block with
tensor-core or MUFU work (or every block of at least --min-len instructions), its length and
its opcode counts. A static look at where a kernel's issue slots go, without a GPU: e.g. the
IEEE expansion ptxas puts around ex2.approx.f32 (FSETP + 2 FMUL a MUFU.EX2), or the address
arithmetic of a producer's copies.

Usage: sass_mix.py BUNDLE_OR_CUBIN [--kernel REGEX] [--min-len N] [--top K]
       sass_mix.py --sass FILE [...]
  BUNDLE_OR_CUBIN  a .cubin, or a bundle directory (every .cubin in it)
  --sass           read cuobjdump -sass output from FILE instead
  --kernel         functions to show (regex; default: _attention$)
The disassembler is $CUOBJDUMP, else cuobjdump on PATH or in the CUDA toolkit.
"""
import argparse
import collections
import glob
import os
import re
import shutil
import subprocess
import sys

INSTR = re.compile(r"\s+/\*([0-9a-f]{4,})\*/\s+(.*?);")
TARGET = re.compile(r"0x([0-9a-f]+)")


def cuobjdump():
    for c in (os.environ.get("CUOBJDUMP"), shutil.which("cuobjdump"),
              "/usr/local/cuda/bin/cuobjdump"):
        if c and os.path.isfile(c) and os.access(c, os.X_OK):
            return c
    sys.exit("sass_mix: cuobjdump not found (set $CUOBJDUMP)")


def functions(sass):
    """{name: [(address, instruction text)]} of every function in cuobjdump -sass output."""
    out = {}
    for part in sass.split("Function : ")[1:]:
        name = part.split("\n", 1)[0].strip()
        out[name] = [(int(m.group(1), 16), m.group(2).strip())
                     for m in map(INSTR.match, part.split("\n")) if m]
    return out


def opcode(text):
    """The opcode of an instruction without its predicate and modifiers (HGMMA, MUFU, ...)."""
    text = re.sub(r"^@!?U?P[T0-9]+\s+", "", text)
    return text.split()[0].split(".")[0] if text else "?"


def blocks(ins):
    """Basic blocks: split at branch targets and after branches / exits."""
    leaders = {ins[0][0]} if ins else set()
    for i, (_, t) in enumerate(ins):
        op = opcode(t)
        if op in ("BRA", "BRX", "EXIT", "RET", "CALL"):
            m = TARGET.search(t)
            if m:
                leaders.add(int(m.group(1), 16))
            if i + 1 < len(ins):
                leaders.add(ins[i + 1][0])
    out, cur = [], []
    for a, t in ins:
        if a in leaders and cur:
            out.append(cur)
            cur = []
        cur.append((a, t))
    if cur:
        out.append(cur)
    return out


def listings(a):
    """(source name, SASS text) of every cubin asked for, or of the --sass file."""
    if a.sass:
        with open(a.sass) as f:
            yield a.sass, f.read()
        return
    cubins = sorted(glob.glob(os.path.join(a.path, "*.cubin"))) if os.path.isdir(a.path) \
        else [a.path]
    if not cubins:
        sys.exit(f"sass_mix: no .cubin in {a.path}")
    tool = cuobjdump()
    for cubin in cubins:
        yield cubin, subprocess.run([tool, "-sass", cubin], check=True, capture_output=True,
                                    text=True).stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?")
    ap.add_argument("--sass", help="cuobjdump -sass output to read instead of a cubin")
    ap.add_argument("--kernel", default=r"_attention$")
    ap.add_argument("--min-len", type=int, default=0,
                    help="also show blocks of at least this many instructions")
    ap.add_argument("--top", type=int, default=14, help="opcodes shown per block")
    a = ap.parse_args()
    if (a.path is None) == (a.sass is None):
        ap.error("give a cubin or bundle, or --sass FILE")
    pattern = re.compile(a.kernel)
    for source, sass in listings(a):
        for name, ins in functions(sass).items():
            if not pattern.search(name):
                continue
            print(f"{name}: {len(ins)} instructions ({os.path.basename(source)})")
            for b in blocks(ins):
                ops = collections.Counter(opcode(t) for _, t in b)
                hot = ops["HGMMA"] or ops["HMMA"] or ops["MUFU"] >= 8
                if not hot and not (a.min_len and len(b) >= a.min_len):
                    continue
                mix = ", ".join(f"{k} {v}" for k, v in ops.most_common(a.top))
                print(f"  block 0x{b[0][0]:05x}, {len(b):4d} instructions: {mix}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
