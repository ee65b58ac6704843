#!/usr/bin/env python3
"""The SASS instructions a kernel's warps stall on most, from ncu's source page of a report
collected with PC sampling (`--section SourceCounters --section WarpStateStats`), exported as
`ncu -i REPORT --page source --print-source sass --csv`.

Usage: ncu_stalls.py SOURCE_CSV [--top N]
Prints the N rows with the most warp-stall samples (all samples), with their share, the
instruction, and the sampled stall reasons that make up most of each row, so that a stall
reason of the profile's summary can be pinned to instructions (e.g. long scoreboard on the
wait for Q's copies or on a global load of the work item). Columns are found by name, since
ncu versions order and name them differently; exits 2 when the sampling column is missing.
"""
import argparse
import csv
import sys


def number(text):
    try:
        return float(str(text).replace(",", ""))
    except ValueError:
        return 0.0


def read_rows(path):
    with open(path, newline="", errors="replace") as f:
        lines = f.read().splitlines()
    # ncu may print lines before the CSV header: the header holds the "Source" column.
    start = next((i for i, line in enumerate(lines) if '"Source"' in line or
                  line.startswith("Source,") or ",Source," in line), None)
    if start is None:
        return [], []
    reader = csv.reader(lines[start:])
    header = next(reader)
    return header, [r for r in reader if len(r) == len(header)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv")
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()
    header, rows = read_rows(args.csv)
    if not header:
        print(f"ncu_stalls: no source table in {args.csv}", file=sys.stderr)
        return 2
    col = {name: i for i, name in enumerate(header)}
    samples = next((i for name, i in col.items() if "Warp Stall Sampling (All" in name), None)
    if samples is None:
        print("ncu_stalls: no 'Warp Stall Sampling (All Samples)' column; columns: "
              + ", ".join(header), file=sys.stderr)
        return 2
    source = col.get("Source")
    address = next((i for name, i in col.items() if "Address" in name), None)
    # Per-reason columns, where this ncu exports them (stall_* names or "Stall ..." labels).
    reasons = [(name, i) for name, i in col.items()
               if "stall" in name.lower() and i != samples and "Sampling" not in name]
    total = sum(number(r[samples]) for r in rows)
    if total <= 0:
        print("ncu_stalls: no stall samples in the table", file=sys.stderr)
        return 2
    print(f"{len(rows)} instructions, {int(total)} stall samples; the top {args.top}:")
    for r in sorted(rows, key=lambda r: number(r[samples]), reverse=True)[:args.top]:
        n = number(r[samples])
        top = sorted(((number(r[i]), name) for name, i in reasons), reverse=True)[:2]
        why = ", ".join(f"{name} {v / n:.0%}" for v, name in top if v > 0 and n > 0)
        where = r[address] if address is not None else ""
        text = r[source].strip() if source is not None else ""
        print(f"{n / total:6.1%} {int(n):8d}  {where:>8}  {text[:70]:70}  {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
