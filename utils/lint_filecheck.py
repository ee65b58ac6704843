#!/usr/bin/env python3
"""Rejects misspelt FileCheck and -verify-diagnostics directives in lit tests.

FileCheck silently ignores a directive it does not recognise (`CHEKC:`, `CHECK-LABLE:`,
`CHECK_NEXT:`), and so does the diagnostic verifier (`expected-eror`), so a typo turns a check
off without a failure. This script finds comment words that look like directives and are not
one of the prefixes the file's RUN lines enable combined with a valid suffix.

usage: lint_filecheck.py DIR_OR_FILE...     exit 1 and one line per finding when any is found
       lint_filecheck.py --self-test         checks the linter on planted typos
"""
import difflib
import os
import re
import sys

SUFFIXES = ["", "-NEXT", "-SAME", "-NOT", "-DAG", "-LABEL", "-EMPTY"]
LIT_KEYWORDS = {"RUN", "REQUIRES", "UNSUPPORTED", "XFAIL", "ALLOW_RETRIES", "END", "DEFINE",
                "REDEFINE"}
DIAG_WORDS = {"expected-error", "expected-warning", "expected-note", "expected-remark"}

# A directive-looking word right after a comment marker: `// WORD:` or `// WORD{{...}}:`.
DIRECTIVE_RE = re.compile(r"(?://|#|;)\s*([A-Z][A-Z0-9_-]*(?:-COUNT-\d+)?)\s*(\{\{.*?\}\})?:")
DIAG_RE = re.compile(r"//\s*(expected-[a-z-]+)")
PREFIX_OPT_RE = re.compile(r"--?check-prefix(?:es)?[= ]([A-Za-z0-9_,-]+)")


def prefixes_of(text):
    prefixes = set()
    for line in text.splitlines():
        if "RUN:" not in line:
            continue
        for m in PREFIX_OPT_RE.finditer(line):
            prefixes.update(p for p in m.group(1).split(",") if p)
        if "FileCheck" in line and not PREFIX_OPT_RE.search(line):
            prefixes.add("CHECK")
    return prefixes or {"CHECK"}


def lint_text(path, text):
    findings = []
    prefixes = prefixes_of(text)
    valid = {p + s for p in prefixes for s in SUFFIXES} | LIT_KEYWORDS
    for lineno, line in enumerate(text.splitlines(), 1):
        for m in DIRECTIVE_RE.finditer(line):
            word = re.sub(r"-COUNT-\d+$", "", m.group(1))
            if word in valid:
                continue
            close = difflib.get_close_matches(word, sorted(valid), n=1, cutoff=0.75)
            # Words far from any directive are prose (`// NOTE: ...`), not typos.
            if close or any(word.startswith(p) for p in prefixes):
                hint = f" (did you mean {close[0]}?)" if close else ""
                findings.append(f"{path}:{lineno}: unknown directive '{word}:'{hint}")
        for m in DIAG_RE.finditer(line):
            word = m.group(1)
            if word not in DIAG_WORDS:
                findings.append(f"{path}:{lineno}: unknown diagnostic directive '{word}'")
    return findings


def lint_paths(paths):
    findings = []
    for root in paths:
        files = [root] if os.path.isfile(root) else [
            os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith(".mlir")]
        for path in sorted(files):
            with open(path, encoding="utf-8") as f:
                findings += lint_text(path, f.read())
    return findings


def self_test():
    bad = ("// RUN: attn-opt %s | FileCheck %s\n// CHEKC: foo\n// CHECK-LABLE: bar\n"
           "// CHECK_NEXT: baz\n// expected-eror {{x}}\n// CHECK-NEXT: ok\n// NOTE: prose\n")
    got = lint_text("bad.mlir", bad)
    want = ["CHEKC", "CHECK-LABLE", "CHECK_NEXT", "expected-eror"]
    ok = len(got) == len(want) and all(w in g for w, g in zip(want, got))
    custom = "// RUN: FileCheck %s --check-prefix=DEC\n// DEC-LABEL: a\n// DEC-NXT: b\n"
    got2 = lint_text("custom.mlir", custom)
    ok = ok and len(got2) == 1 and "DEC-NXT" in got2[0]
    print("self-test", "passed" if ok else f"FAILED: {got} {got2}")
    return 0 if ok else 1


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    findings = lint_paths(argv[1:])
    for f in findings:
        print(f)
    print(f"lint_filecheck: {len(findings)} finding(s)")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
