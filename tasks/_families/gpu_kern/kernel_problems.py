"""The gpu_kern family's problems: how a candidate's CUDA kernel is launched, fed, checked and timed.

Trusted code, run only inside the harness child (kernel_harness.py), never in the candidate's process. All
tensors are float32 and C-contiguous; every output buffer is pre-filled with NaN so unwritten elements fail.
Each problem states its launch convention (grid from the problem size and the candidate's launch numbers),
its correctness sizes (odd ones, so no size assumption survives) and its benchmark sizes.

- grayscale: rgb (H, W, 3) -> gray (H, W) = 0.2989 R + 0.5870 G + 0.1140 B;
  name<<<ceil(H*W / (block*items_per_thread)), block>>>(const float* rgb, float* gray, long long pixels),
  compiled with -DITEMS_PER_THREAD=<items_per_thread>.
- softmax: x (rows, cols) -> y, softmax of each row;
  name<<<rows, block, shared_bytes>>>(const float* x, float* y, int rows, int cols).
- trimul: the triangle multiplicative update's core ("outgoing edges"), batched over P = batch x channels:
  out[p, i, j] = sum_k a[p, i, k] * b[p, j, k] for a, b, out of shape (P, N, N);
  name<<<(ceil(N/tile_x), ceil(N/tile_y), P), (block_x, block_y), shared_bytes>>>(a, b, out, int P, int N),
  where x runs over j and y over i, compiled with -DTILE_X, -DTILE_Y.
- mla_decode: one decode step of multi-head latent attention in its absorbed form: every head attends over the
  same latent cache kv (B, S, 576), keys are all 576 dims, values the first 512:
  out[b, h] = softmax(q[b, h] . kv[b]^T * scale) @ kv[b, :, :512], q (B, H, 576), out (B, H, 512),
  scale = 1/sqrt(576); name<<<(ceil(H/heads_per_block), B), block, shared_bytes>>>(const float* q,
  const float* kv, float* out, int B, int H, int S, float scale), compiled with -DHEAD_DIM=576 -DV_DIM=512
  -DHEADS_PER_BLOCK=<heads_per_block>.
"""
from __future__ import annotations

import math

MAX_SOURCE_CHARS = 200_000
MAX_SHARED_BYTES = 48 * 1024  # without an opt-in attribute, dynamic shared memory stops here


class WrongResult(Exception):
    """The kernel ran but its output is wrong for some test size."""


def _int_in(spec: dict, key: str, low: int, high: int) -> int:
    value = spec.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError(f"kernel_spec()['{key}'] must be an int in {low}..{high}")
    return value


def check_common(spec: object, ints: dict[str, tuple[int, int]]) -> dict:
    """source/name plus the problem's integer launch numbers, type- and range-checked (one-line ValueError)."""
    if not isinstance(spec, dict):
        raise TypeError("kernel_spec() must return a dict")
    for key in ("source", "name"):
        if not isinstance(spec.get(key), str):
            raise TypeError(f"kernel_spec()['{key}'] must be a str")
    if len(spec["source"]) > MAX_SOURCE_CHARS:
        raise ValueError(f"source is longer than {MAX_SOURCE_CHARS} characters")
    if not spec["name"].isidentifier():
        raise ValueError("name must be a C identifier")
    unknown = sorted(set(spec) - {"source", "name", *ints})
    if unknown:
        raise ValueError(f"unknown kernel_spec() key '{unknown[0]}' (known: source, name, {', '.join(ints)})")
    checked = {"source": spec["source"], "name": spec["name"]}
    for key, (low, high) in ints.items():
        checked[key] = _int_in(spec, key, low, high)
    return checked


def _compile(spec: dict, defines: dict[str, int]):
    import cupy

    options = tuple(f"-D{key}={value}" for key, value in defines.items()) + ("-std=c++17",)
    return cupy.RawModule(code=spec["source"], options=options).get_function(spec["name"])


def _compare(got, expected, rtol: float, atol: float, label: str) -> None:
    import cupy

    close = cupy.isclose(got.astype(cupy.float64), expected, rtol=rtol, atol=atol)
    if not bool(cupy.all(close)):
        bad = int(cupy.count_nonzero(~close))
        raise WrongResult(f"wrong result for {label}: {bad} of {got.size} elements differ")


class Grayscale:
    TEST = ((1, 1), (17, 33), (256, 255), (1023, 1025))
    BENCH = ((1024, 1024), (2048, 2048), (4096, 4096))
    WEIGHTS = (0.2989, 0.5870, 0.1140)

    def check_spec(self, spec: object) -> dict:
        return check_common(spec, {"block": (1, 1024), "items_per_thread": (1, 64)})

    def compile(self, spec: dict):
        return _compile(spec, {"ITEMS_PER_THREAD": spec["items_per_thread"]})

    def inputs(self, rng, size):
        import cupy

        h, w = size
        return rng.random((h, w, 3), dtype=cupy.float32), cupy.full((h, w), cupy.nan, dtype=cupy.float32)

    def launcher(self, kernel, spec: dict, arrays):
        import cupy

        rgb, gray = arrays
        per_block = spec["block"] * spec["items_per_thread"]
        grid = (max(1, math.ceil(gray.size / per_block)),)
        args = (rgb, gray, cupy.int64(gray.size))
        return lambda: kernel(grid, (spec["block"],), args)

    def check(self, arrays, size) -> None:
        import cupy

        rgb, gray = arrays
        weights = cupy.asarray(self.WEIGHTS, dtype=cupy.float64)
        _compare(gray, rgb.astype(cupy.float64) @ weights, 1e-4, 1e-5, f"H, W = {size}")


class Softmax:
    TEST = ((1, 1), (3, 1000), (64, 4097), (7, 16384), (300, 33))
    BENCH = ((4096, 1024), (1024, 8192), (16384, 256))

    def check_spec(self, spec: object) -> dict:
        return check_common(spec, {"block": (1, 1024), "shared_bytes": (0, MAX_SHARED_BYTES)})

    def compile(self, spec: dict):
        return _compile(spec, {})

    def inputs(self, rng, size):
        import cupy

        x = 3.0 * rng.standard_normal(size, dtype=cupy.float32)
        return x, cupy.full(size, cupy.nan, dtype=cupy.float32)

    def launcher(self, kernel, spec: dict, arrays):
        import cupy

        x, y = arrays
        rows, cols = x.shape
        args = (x, y, cupy.int32(rows), cupy.int32(cols))
        return lambda: kernel((rows,), (spec["block"],), args, shared_mem=spec["shared_bytes"])

    def check(self, arrays, size) -> None:
        import cupy

        x, y = arrays
        z = x.astype(cupy.float64)
        z = cupy.exp(z - z.max(axis=1, keepdims=True))
        _compare(y, z / z.sum(axis=1, keepdims=True), 1e-3, 1e-7, f"rows, cols = {size}")


class Trimul:
    TEST = ((1, 1), (3, 17), (2, 100), (4, 129))
    BENCH = ((128, 256), (64, 512), (256, 128))

    def check_spec(self, spec: object) -> dict:
        checked = check_common(spec, {"block_x": (1, 1024), "block_y": (1, 1024), "tile_x": (1, 256),
                                      "tile_y": (1, 256), "shared_bytes": (0, MAX_SHARED_BYTES)})
        if checked["block_x"] * checked["block_y"] > 1024:
            raise ValueError("block_x * block_y must be at most 1024")
        return checked

    def compile(self, spec: dict):
        return _compile(spec, {"TILE_X": spec["tile_x"], "TILE_Y": spec["tile_y"]})

    def inputs(self, rng, size):
        import cupy

        p, n = size
        a = rng.standard_normal((p, n, n), dtype=cupy.float32)
        b = rng.standard_normal((p, n, n), dtype=cupy.float32)
        return a, b, cupy.full((p, n, n), cupy.nan, dtype=cupy.float32)

    def launcher(self, kernel, spec: dict, arrays):
        import cupy

        a, b, out = arrays
        p, n = a.shape[0], a.shape[1]
        grid = (math.ceil(n / spec["tile_x"]), math.ceil(n / spec["tile_y"]), p)
        args = (a, b, out, cupy.int32(p), cupy.int32(n))
        return lambda: kernel(grid, (spec["block_x"], spec["block_y"]), args, shared_mem=spec["shared_bytes"])

    def check(self, arrays, size) -> None:
        import cupy

        a, b, out = arrays
        expected = cupy.matmul(a.astype(cupy.float64), b.astype(cupy.float64).transpose(0, 2, 1))
        _compare(out, expected, 1e-3, 1e-3 * math.sqrt(size[1]), f"P, N = {size}")


class MlaDecode:
    HEAD_DIM, V_DIM = 576, 512
    TEST = ((1, 1, 1), (2, 16, 77), (3, 8, 1000), (1, 5, 2049))
    BENCH = ((16, 16, 4096), (64, 16, 1024), (4, 16, 8192))

    def check_spec(self, spec: object) -> dict:
        return check_common(spec, {"block": (1, 1024), "heads_per_block": (1, 16),
                                   "shared_bytes": (0, MAX_SHARED_BYTES)})

    def compile(self, spec: dict):
        return _compile(spec, {"HEAD_DIM": self.HEAD_DIM, "V_DIM": self.V_DIM,
                               "HEADS_PER_BLOCK": spec["heads_per_block"]})

    def inputs(self, rng, size):
        import cupy

        b, h, s = size
        q = rng.standard_normal((b, h, self.HEAD_DIM), dtype=cupy.float32)
        kv = rng.standard_normal((b, s, self.HEAD_DIM), dtype=cupy.float32)
        return q, kv, cupy.full((b, h, self.V_DIM), cupy.nan, dtype=cupy.float32)

    def launcher(self, kernel, spec: dict, arrays):
        import cupy

        q, kv, out = arrays
        b, h, s = q.shape[0], q.shape[1], kv.shape[1]
        grid = (math.ceil(h / spec["heads_per_block"]), b)
        args = (q, kv, out, cupy.int32(b), cupy.int32(h), cupy.int32(s), cupy.float32(1 / math.sqrt(self.HEAD_DIM)))
        return lambda: kernel(grid, (spec["block"],), args, shared_mem=spec["shared_bytes"])

    def check(self, arrays, size) -> None:
        import cupy

        q, kv, out = arrays
        q64, kv64 = q.astype(cupy.float64), kv.astype(cupy.float64)
        scores = cupy.einsum("bhd,bsd->bhs", q64, kv64) / math.sqrt(self.HEAD_DIM)
        weights = cupy.exp(scores - scores.max(axis=2, keepdims=True))
        weights /= weights.sum(axis=2, keepdims=True)
        expected = cupy.einsum("bhs,bsv->bhv", weights, kv64[:, :, :self.V_DIM])
        _compare(out, expected, 1e-3, 1e-4, f"B, H, S = {size}")


PROBLEMS = {"grayscale": Grayscale(), "softmax": Softmax(), "trimul": Trimul(), "mla_decode": MlaDecode()}


def run(problem_name: str, spec: dict, cfg) -> dict:
    """Compile, check every test size on fresh random inputs, then time every benchmark size."""
    import cupy

    from eft.kernels.timing import time_cases

    problem = PROBLEMS[problem_name]
    kernel = problem.compile(spec)
    rng = cupy.random.default_rng()  # fresh inputs every evaluation: nothing to hard-code
    for size in problem.TEST:
        arrays = problem.inputs(rng, size)
        problem.launcher(kernel, spec, arrays)()
        cupy.cuda.Device().synchronize()
        problem.check(arrays, size)
    launches = {}
    for size in problem.BENCH:
        arrays = problem.inputs(rng, size)
        launch = problem.launcher(kernel, spec, arrays)
        launch()  # the benchmark sizes are checked too, once, before timing
        cupy.cuda.Device().synchronize()
        problem.check(arrays, size)
        launches["x".join(map(str, size))] = launch
    return time_cases(launches, cfg)
