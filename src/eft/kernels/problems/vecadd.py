"""GPU MODE vecadd: c = a + b on fp16 vectors, from a candidate's CUDA C source and launch config.

The candidate's `kernel_spec()` returns {"source", "name", "block", "items_per_thread"}. The kernel is
compiled by NVRTC with -DITEMS_PER_THREAD=<items_per_thread> and launched as
name<<<ceil(n / (block * items_per_thread)), block>>>(a, b, c, (long long) n).
Correctness: every test size, on fresh random inputs, within 1e-3 of the fp32 sum rounded to fp16, with
the output pre-filled with NaN so unwritten elements fail. Then the benchmark sizes are timed.
"""
from __future__ import annotations

import math

from eft.kernels.sampling import TimingConfig
from eft.kernels.source import check_source
from eft.kernels.timing import time_cases

TEST_SIZES = (1, 1000, 4097, 65_537, 1_000_003)
BENCH_SIZES = (1 << 20, 1 << 22, 1 << 24)
TOLERANCE = 1e-3
MAX_ITEMS_PER_THREAD = 1024


class WrongResult(Exception):
    """The kernel ran but its output is wrong for some test size."""


def check_spec(spec: object) -> dict:
    """The spec with its types checked; ValueError (one line) otherwise. Needs no GPU."""
    if not isinstance(spec, dict):
        raise ValueError("kernel_spec() must return a dict")
    for key, kind in (("source", str), ("name", str), ("block", int), ("items_per_thread", int)):
        if not isinstance(spec.get(key), kind) or isinstance(spec.get(key), bool):
            raise ValueError(f"kernel_spec()['{key}'] must be {kind.__name__}")
    if not 1 <= spec["block"] <= 1024:
        raise ValueError("block must be in 1..1024")
    if not 1 <= spec["items_per_thread"] <= MAX_ITEMS_PER_THREAD:
        raise ValueError(f"items_per_thread must be in 1..{MAX_ITEMS_PER_THREAD}")
    if not spec["name"].isidentifier():
        raise ValueError("name must be a C identifier")
    check_source(spec["source"])
    return spec


def _launcher(kernel, spec: dict, a, b, c):
    import cupy

    per_block = spec["block"] * spec["items_per_thread"]
    grid = (max(1, math.ceil(a.size / per_block)),)
    args = (a, b, c, cupy.int64(a.size))
    return lambda: kernel(grid, (spec["block"],), args)


def _inputs(rng, n: int):
    import cupy

    a = rng.standard_normal(n, dtype=cupy.float32).astype(cupy.float16)
    b = rng.standard_normal(n, dtype=cupy.float32).astype(cupy.float16)
    return a, b, cupy.full(n, cupy.nan, dtype=cupy.float16)


def run(spec: dict, cfg: TimingConfig) -> dict:
    """Compile, check every test size, then time every benchmark size; WrongResult on a mismatch."""
    import cupy

    options = (f"-DITEMS_PER_THREAD={spec['items_per_thread']}", "-std=c++17")
    kernel = cupy.RawModule(code=spec["source"], options=options).get_function(spec["name"])
    rng = cupy.random.default_rng()  # fresh inputs every evaluation: nothing to hard-code
    for n in TEST_SIZES:
        a, b, c = _inputs(rng, n)
        _launcher(kernel, spec, a, b, c)()
        cupy.cuda.Device().synchronize()
        expected = (a.astype(cupy.float32) + b.astype(cupy.float32)).astype(cupy.float16).astype(cupy.float32)
        got = c.astype(cupy.float32)
        if not bool(cupy.allclose(got, expected, rtol=TOLERANCE, atol=TOLERANCE)):
            bad = int(cupy.count_nonzero(~cupy.isclose(got, expected, rtol=TOLERANCE, atol=TOLERANCE)))
            raise WrongResult(f"wrong result for n={n}: {bad} of {n} elements differ")
    launches = {}
    for n in BENCH_SIZES:
        a, b, c = _inputs(rng, n)
        launches[f"n={n}"] = _launcher(kernel, spec, a, b, c)
    return time_cases(launches, cfg)
