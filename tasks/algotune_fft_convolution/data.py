"""Instances for algotune_fft_convolution: pairs of standard-normal signals and an output mode.

Three groups, one per mode, in the shapes each mode is used for: "full" with two signals of equal length,
"same" (filtering) with a long signal and a short kernel, "valid" with a kernel almost as long as the
signal. One reference call takes about 20-40 ms of CPU time, about half of it passing the signals in and the
result out.
"""
from pathlib import Path

import numpy as np

from eft.judge import save_instances

SHAPES = (("full", 80_000, 80_000), ("same", 160_000, 400), ("valid", 100_000, 90_000))  # mode, len(x), len(y)
VARIANTS = 8  # timed instances per group (plus one untimed warm-up instance)


def _problem(rng: np.random.Generator, mode: str, n: int, m: int) -> dict[str, np.ndarray]:
    return {"signal_x": rng.standard_normal(n), "signal_y": rng.standard_normal(m), "mode": np.array(mode)}


def generate(out_dir: Path, seed: int) -> None:
    rng = np.random.default_rng(seed)
    groups = [[_problem(rng, *shape) for _ in range(VARIANTS)] for shape in SHAPES]
    warmup = [_problem(rng, *shape) for shape in SHAPES]
    save_instances(out_dir, groups, warmup)
