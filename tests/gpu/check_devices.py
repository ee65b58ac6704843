#!/usr/bin/env python3
"""Device ordinals: attn_mlir wrappers on a device that is not the current one, and tensors
on the wrong device.

On every visible GPU d (cuda:1 first when there are two or more): a decode wrapper whose
workspace is on d, planned and run while another device is current (when there is one),
matches a float64 reference, and the current device is left as it was. Then the errors:
  - a q on the CPU, and with 2+ GPUs a q on another GPU: ValueError naming both devices
    ("q is on cuda:0 but the wrapper was planned on cuda:1");
  - with 2+ GPUs and ATTN_RT_CHECK_POINTERS=1, the runtime's own check behind the Python one:
    q's memory on cuda:0 given to a handle on cuda:1 comes back as an error naming both;
  - with one GPU the runtime check runs on a correct call and must not fire (no false
    positive for torch's caching allocator).
Kernels from attn_mlir.jit (ATTN_MLIR_CACHE_DIR filled by scripts/prefill_jit_cache.py: the
decode problem of check_flashinfer_compat.py).

Usage: check_devices.py   (CUDA_VISIBLE_DEVICES picks and renumbers the GPUs)
"""

import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "python"))

import torch  # noqa: E402

from attn_mlir import flashinfer as fi  # noqa: E402

HQ, HKV, D, P = 8, 2, 128, 16
LENS = [37, 300, 1]
FAILED = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        FAILED.append(what)


def problem(dev, seed=0):
    """q, the paged K / V pools and the page tables of LENS on dev."""
    g = torch.Generator().manual_seed(seed)
    pages = [(n + P - 1) // P for n in LENS]
    total = sum(pages)
    k = torch.randn(total, P, HKV, D, generator=g).to(dev, torch.bfloat16)
    v = torch.randn(total, P, HKV, D, generator=g).to(dev, torch.bfloat16)
    q = torch.randn(len(LENS), HQ, D, generator=g).to(dev, torch.bfloat16)
    indptr = torch.tensor([0] + list(torch.tensor(pages).cumsum(0)), dtype=torch.int32)
    last = torch.tensor([n - (p - 1) * P for n, p in zip(LENS, pages)], dtype=torch.int32)
    return q, k, v, indptr.to(dev), torch.arange(total, dtype=torch.int32, device=dev), \
        last.to(dev)


def reference(q, k, v, indptr):
    """Decode attention in float64 (request b's pages are indptr[b] .. indptr[b + 1])."""
    out = torch.empty(q.shape, dtype=torch.float64, device=q.device)
    for b, n in enumerate(LENS):
        kb = k[indptr[b]:indptr[b + 1]].flatten(0, 1)[:n].double().repeat_interleave(
            HQ // HKV, dim=1)
        vb = v[indptr[b]:indptr[b + 1]].flatten(0, 1)[:n].double().repeat_interleave(
            HQ // HKV, dim=1)
        s = torch.einsum("hd,nhd->hn", q[b].double(), kb) / math.sqrt(D)
        out[b] = torch.einsum("hn,nhd->hd", s.softmax(-1), vb)
    return out


def wrapper_on(dev, q, k, v, indptr, indices, last):
    ws = torch.empty(1 << 20, dtype=torch.uint8, device=dev)
    w = fi.BatchDecodeWithPagedKVCacheWrapper(ws, "NHD")
    w.plan(indptr, indices, last, HQ, HKV, D, P, q_data_type=torch.bfloat16)
    return w


def check_device(dev, current):
    """A wrapper on dev planned and run while `current` is the current device."""
    q, k, v, indptr, indices, last = problem(dev)
    torch.cuda.set_device(current)
    w = wrapper_on(dev, q, k, v, indptr, indices, last)
    o = w.run(q, (k, v))
    torch.cuda.synchronize(dev)
    err = float((o.double() - reference(q, k, v, indptr)).abs().max())
    check(o.device == dev and err < 2e-2,
          f"decode on {dev} with cuda:{current} current: max abs err {err:.2e}")
    check(torch.cuda.current_device() == current,
          f"the current device is still cuda:{current} after run")
    return w, q, k, v


def check_wrong_device(w, dev, q, k, v, other):
    """q on `other` must be refused with both devices named."""
    bad = q.to(other)
    try:
        w.run(bad, (k, v))
        check(False, f"q on {other} for a wrapper on {dev}: accepted")
    except ValueError as e:
        want = f"q is on {other} but the wrapper was planned on {dev}"
        check(want in str(e), f"q on {other}: ValueError '{e}'")


def check_runtime_pointer_check(dev, other):
    """ATTN_RT_CHECK_POINTERS=1: behind a bypassed Python check, the runtime refuses q's
    memory of `other` for a handle on dev (or, with other None, accepts a correct call)."""
    import attn_mlir.decode as decode_module
    os.environ["ATTN_RT_CHECK_POINTERS"] = "1"  # read when the handle is created
    try:
        q, k, v, indptr, indices, last = problem(dev, seed=1)
        w = wrapper_on(dev, q, k, v, indptr, indices, last)
        if other is None:
            o = w.run(q, (k, v))
            err = float((o.double() - reference(q, k, v, indptr)).abs().max())
            check(err < 2e-2, f"ATTN_RT_CHECK_POINTERS=1 on {dev}: a correct call runs "
                              f"(max abs err {err:.2e})")
            return
        saved = decode_module.check_tensor
        decode_module.check_tensor = lambda *a, **kw: None
        try:
            w.run(q.to(other), (k, v))
            check(False, f"runtime check: q on {other} for a handle on {dev}: accepted")
        except Exception as e:  # noqa: BLE001 - the runtime's status, raised by _capi
            want = f"is device memory of device {other.index}, but the handle was created " \
                   f"on device {dev.index}"
            check(want in str(e), f"runtime check: q on {other}: {type(e).__name__} '{e}'")
        finally:
            decode_module.check_tensor = saved
    finally:
        del os.environ["ATTN_RT_CHECK_POINTERS"]


def main():
    if not torch.cuda.is_available():
        sys.exit("check_devices: no CUDA device")
    n = torch.cuda.device_count()
    print(f"{n} visible GPU(s): " + ", ".join(torch.cuda.get_device_name(i) for i in range(n)))
    cpu = torch.device("cpu")
    if n >= 2:
        d1, d0 = torch.device("cuda", 1), torch.device("cuda", 0)
        w, q, k, v = check_device(d1, current=0)
        check_wrong_device(w, d1, q, k, v, d0)
        check_wrong_device(w, d1, q, k, v, cpu)
        check_device(d0, current=1)
        check_runtime_pointer_check(d1, d0)
    else:
        d0 = torch.device("cuda", 0)
        w, q, k, v = check_device(d0, current=0)
        check_wrong_device(w, d0, q, k, v, cpu)
        check_runtime_pointer_check(d0, None)
    print(f"device checks: {len(FAILED)} failed" if FAILED else "device checks: all passed")
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main())
