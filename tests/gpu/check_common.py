"""What the GPU correctness checks (check_decode.py, check_prefill.py) share: their common
command-line options and the set-up before the first variant (CUDA device, runtime library,
bundles, variant selection)."""

import os

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
