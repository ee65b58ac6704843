#!/usr/bin/env python3
"""Seeds of the attn-opt fuzzer (fuzz/Opt): every .mlir file under test/ and examples/, split at
`// -----` like `attn-opt --split-input-file`, without its comment-only lines (RUN and CHECK
lines), one file per distinct chunk, named by its SHA-1.

usage: fuzz_opt_seeds.py SOURCE_ROOT OUTPUT_DIR
"""
import hashlib
import pathlib
import sys

MAX_BYTES = 32768  # the fuzzer's -max_len


def chunks(text):
    for chunk in text.split("// -----"):
        lines = [l for l in chunk.splitlines() if not l.lstrip().startswith("//")]
        body = "\n".join(lines).strip()
        if body and len(body) < MAX_BYTES:
            yield body + "\n"


def main():
    root, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("seed-*"):
        old.unlink()
    names = set()
    for top in ("test", "examples"):
        for path in sorted((root / top).rglob("*.mlir")):
            for body in chunks(path.read_text(errors="replace")):
                name = "seed-" + hashlib.sha1(body.encode()).hexdigest()
                if name not in names:
                    names.add(name)
                    (out / name).write_text(body)
    print(f"{len(names)} seeds in {out}")


if __name__ == "__main__":
    main()
