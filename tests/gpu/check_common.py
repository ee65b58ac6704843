"""What the GPU correctness checks (check_decode.py, check_prefill.py) share: their common
command-line options, the set-up before the first variant (CUDA device, runtime library,
bundles, variant selection), the per-variant skeleton (bundle, eager cases, CUDA Graph
rounds, error metrics against the reference) and the run over the variants with its summary
table and JSON results."""

import json
import math
import os
import time
import traceback

import torch

import attn_mlir


def log(*a):
    print(*a, flush=True)


def fmt(x, spec=".2e"):
    return "-" if x is None else (f"{x:{spec}}" if isinstance(x, float) else str(x))


def add_common_args(ap, seed):
    ap.add_argument("--quick", action="store_true",
                    help="the sanitizer subset: quick variants, small cases")
    ap.add_argument("--only", nargs="*", help="variant names")
    ap.add_argument("--rtol", type=float, default=2e-2, help="max ||o-ref||/||ref||")
    ap.add_argument("--lse-atol", type=float, default=2e-2, help="max |lse-ref|")
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--no-graph", action="store_true")
    ap.add_argument("--allow-missing", action="store_true",
                    help="a variant without a bundle is skipped, not a failure")
    ap.add_argument("-v", "--verbose", action="store_true")


def select_variants(args, tool, module):
    """Checks the device, loads the runtime library (ATTN_RT_LIBRARY or ARTDIR/libattn_rt.so)
    and picks the variants of `module` the options ask for. Returns the list, or an exit code
    after logging why nothing can run."""
    if not torch.cuda.is_available():
        log(f"{tool}: no CUDA device (torch.cuda.is_available() is False)")
        return 2
    lib = os.environ.get("ATTN_RT_LIBRARY") or os.path.join(args.artdir, "libattn_rt.so")
    os.environ["ATTN_RT_LIBRARY"] = lib
    try:
        attn_mlir.load_library()
    except attn_mlir.LibraryNotFoundError as e:
        log(f"{tool}: {e}")
        return 2
    if not os.path.isdir(os.path.join(args.artdir, "bundles")):
        log(f"{tool}: {args.artdir}/bundles does not exist; run "
            f"scripts/build_gpu_artifacts.sh first")
        return 2
    if args.only:
        unknown = [n for n in args.only if n not in module.BY_NAME]
        if unknown:
            log(f"{tool}: unknown variants {unknown}")
            return 2
        return [module.BY_NAME[n] for n in args.only]
    if args.quick:
        return [v for v in module.VARIANTS if v.quick]
    return list(module.VARIANTS)


def bad_input_checker(record):
    """raises(name, exc, fn, needle): records "bad input: name" as passed when fn() raises exc
    with needle in its message, as failed with what happened otherwise (another exception, or
    none)."""
    def raises(name, exc, fn, needle):
        try:
            fn()
        except exc as err:
            record(f"bad input: {name}", needle in str(err), message=str(err))
            return
        except Exception as err:  # noqa: BLE001
            record(f"bad input: {name}", False, message=f"{type(err).__name__}: {err}")
            return
        record(f"bad input: {name}", False, message="no error")
    return raises


def poison(o, lse):
    """Fills the outputs with NaN: rows a kernel must not write stay NaN."""
    o.fill_(math.nan)
    if lse is not None:
        lse.fill_(math.nan)


def capture(run, o, lse):
    """Warms `run` up once eagerly on a side stream (as torch recommends), poisons the
    outputs again and captures `run` in a CUDA Graph, which it returns."""
    s = torch.cuda.Stream()
    s.wait_stream(torch.cuda.current_stream())
    with torch.cuda.stream(s):
        run()
    torch.cuda.current_stream().wait_stream(s)
    poison(o, lse)
    graph = torch.cuda.CUDAGraph()
    with torch.cuda.graph(graph):
        run()
    return graph


def untouched(o, lse, n):
    """Problems for output rows past the first n (the batch) that are not NaN any more."""
    problems = []
    if not torch.isnan(o[n:]).all():
        problems.append("o rows past the batch were written")
    if lse is not None and not torch.isnan(lse[n:]).all():
        problems.append("lse rows past the batch were written")
    return problems


class CheckerBase:
    """One check run: the options, the device and the random generators; check_variant runs
    every case of one variant. Subclasses define check_bundle, cases, graph_rounds, run_case
    and run_graph."""

    def __init__(self, args):
        self.args = args
        self.dev = torch.device("cuda", torch.cuda.current_device())
        self.gen = torch.Generator().manual_seed(args.seed)                 # lengths, pages
        self.dgen = torch.Generator(device=self.dev).manual_seed(args.seed)  # tensor values

    def row_extra(self, v):
        """Fields of a variant's result row after variant and dtype."""
        return {}

    def errors(self, o, lse, ref_o, ref_lse, seen, problems):
        """dict(out_err, lse_err, problems): out = ||o - ref||_F / ||ref||_F and lse =
        max |lse - ref| over the entries selected by the mask `seen` (0 when it selects
        none); `problems` gets a line for each error above its threshold."""
        out_err, lse_err = 0.0, None
        if seen.any():
            ref = ref_o[seen]
            out_err = float(torch.linalg.vector_norm(o[seen] - ref) /
                            torch.linalg.vector_norm(ref).clamp_min(1e-30))
        if lse is not None:
            lse_err = 0.0
            if seen.any():
                d = (lse[seen] - ref_lse[seen]).abs()
                lse_err = float(d.max()) if not torch.isnan(d).any() else float("nan")
        if not out_err <= self.args.rtol:
            problems.append(f"o relative error {out_err:.3e} > {self.args.rtol:g}")
        if lse_err is not None and not lse_err <= self.args.lse_atol:
            problems.append(f"lse error {lse_err:.3e} > {self.args.lse_atol:g}")
        return dict(out_err=out_err, lse_err=lse_err, problems=problems)

    def check_variant(self, v):
        """Result row of variant v: status PASS / FAIL / ERROR / MISSING and every case."""
        bdir = os.path.join(self.args.artdir, "bundles", v.name)
        row = dict(variant=v.name, dtype=v.dtype, **self.row_extra(v), status="PASS", cases=[],
                   error=None)
        if not os.path.isfile(os.path.join(bdir, "manifest.json")):
            row["status"] = "MISSING"
            row["error"] = f"no bundle at {bdir}"
            return row
        try:
            bundle = attn_mlir.Bundle(bdir)
            self.check_bundle(v, bundle, row)
        except Exception as e:  # noqa: BLE001 - reported per variant
            row["status"], row["error"] = "ERROR", f"bundle: {e}"
            return row
        for name, inputs in self.cases():
            try:
                row["cases"].append(self.run_case(v, bundle, name, inputs))
            except Exception as e:  # noqa: BLE001
                row["cases"].append(dict(case=name, batch=len(inputs), problems=[
                    f"{type(e).__name__}: {e}"], out_err=None, lse_err=None))
                if self.args.verbose:
                    traceback.print_exc()
        if not self.args.no_graph:
            try:
                row["cases"] += self.run_graph(v, bundle, self.graph_rounds())
            except Exception as e:  # noqa: BLE001
                row["cases"].append(dict(case="graph", problems=[f"{type(e).__name__}: {e}"],
                                         out_err=None, lse_err=None))
                if self.args.verbose:
                    traceback.print_exc()
        bundle.close()
        if any(c["problems"] for c in row["cases"]):
            row["status"] = "FAIL"
        return row


def run_variants(checker_class, args, variants, tag=lambda v: "", empty_cache=False):
    """Checks every variant with a checker_class(args), logging its status (with tag(v)
    after the name) and problems; empties torch's CUDA cache after each when asked.
    Returns (the result rows, each with its seconds; the start time)."""
    log(f"device: {torch.cuda.get_device_name()}  torch {torch.__version__}  "
        f"library {attn_mlir.runtime_library_path()}  variants {len(variants)}"
        f"{'  (quick)' if args.quick else ''}")
    chk = checker_class(args)
    rows = []
    t0 = time.time()
    for v in variants:
        t = time.time()
        row = chk.check_variant(v)
        row["seconds"] = round(time.time() - t, 2)
        rows.append(row)
        log(f"[{row['status']:7}] {v.name}{tag(v)} ({row['seconds']} s)")
        if row["error"]:
            log(f"    {row['error']}")
        for c in row["cases"]:
            for p in c["problems"]:
                log(f"    {c['case']}: {p}")
        if empty_cache:
            torch.cuda.empty_cache()
    return rows, t0


def observed_maxima(rows):
    """{(dtype, "out_err" | "lse_err"): largest finite value}, to tighten the thresholds."""
    obs = {}
    for r in rows:
        for c in r["cases"]:
            for key in ("out_err", "lse_err"):
                x = c.get(key)
                if isinstance(x, float) and math.isfinite(x):
                    k = (r["dtype"], key)
                    obs[k] = max(obs.get(k, 0.0), x)
    return obs


def is_bad(args, row):
    """Whether the row counts as a failure (a missing bundle only without --allow-missing)."""
    return (row["status"] in ("FAIL", "ERROR")
            or (row["status"] == "MISSING" and not args.allow_missing))


def summary(args, rows, obs, t0, failed, **extra):
    """The JSON results: run settings, observed maxima, counts, `extra`, then the rows."""
    return dict(device=torch.cuda.get_device_name(), torch=torch.__version__,
                quick=args.quick, rtol=args.rtol, lse_atol=args.lse_atol,
                seconds=round(time.time() - t0, 1),
                max_observed={f"{d}.{k}": x for (d, k), x in obs.items()},
                passed=sum(r["status"] == "PASS" for r in rows), failed=len(failed),
                **extra, variants=rows)


def write_json(path, results):
    with open(path, "w") as f:
        json.dump(results, f, indent=1)


def log_table(args, rows, obs, width, name=lambda r: r["variant"]):
    """Per row: status, largest errors, whether a plan split KV, cases without problems;
    then the observed maxima against the thresholds."""
    log("")
    log(f"{'variant':{width}} {'status':7} {'max out err':>11} {'max lse err':>11} {'merge':>5} "
        f"{'cases':>6}")
    for r in rows:
        cs = r["cases"]
        oe = [c["out_err"] for c in cs if isinstance(c.get("out_err"), float)]
        le = [c["lse_err"] for c in cs if isinstance(c.get("lse_err"), float)]
        merged = any(c.get("needs_merge") for c in cs)
        bad = sum(bool(c["problems"]) for c in cs)
        log(f"{name(r):{width}} {r['status']:7} {fmt(max(oe) if oe else None):>11} "
            f"{fmt(max(le) if le else None):>11} {'yes' if merged else 'no':>5} "
            f"{len(cs) - bad:>3}/{len(cs):<2}")
    log("observed maxima: " + ", ".join(f"{d} {k} {x:.2e}" for (d, k), x in sorted(obs.items()))
        + f"  (thresholds: out {args.rtol:g}, lse {args.lse_atol:g})")
