"""Instances for algotune_affine_transform: random images and random 2 x 3 affine matrices [M | offset].

Two kinds of matrix: general ones (rotation by up to 45 degrees, scales in [0.8, 1.25], a shear up to 0.2)
and axis-aligned ones (a scale per axis in [0.8, 1.25], no rotation: the common resize/zoom), both with an
offset that keeps the image centre near the centre. Images are smooth
random fields (Gaussian-filtered noise) plus noise, as resampled images are. One reference call takes
about 25-45 ms of CPU time.
"""
from pathlib import Path

import numpy as np
from scipy import ndimage

from eft.judge import save_instances

SHAPES = ((352, "general"), (320, "axis_aligned"), (384, "axis_aligned"))  # (n of the n x n image, matrix kind)
VARIANTS = 8  # timed instances per group (plus one untimed warm-up instance)


def _image(rng: np.random.Generator, n: int) -> np.ndarray:
    return ndimage.gaussian_filter(rng.standard_normal((n, n)), 3.0) * 10 + rng.standard_normal((n, n))


def _matrix(rng: np.random.Generator, n: int, kind: str) -> np.ndarray:
    scale = np.diag(rng.uniform(0.8, 1.25, 2))
    if kind == "general":
        angle = rng.uniform(-np.pi / 4, np.pi / 4)
        rotation = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
        shear = np.array([[1.0, rng.uniform(-0.2, 0.2)], [0.0, 1.0]])
        linear = rotation @ shear @ scale
    else:
        linear = scale
    centre = np.full(2, (n - 1) / 2)
    offset = centre - linear @ centre + rng.uniform(-0.05 * n, 0.05 * n, 2)
    return np.column_stack([linear, offset])


def _problem(rng: np.random.Generator, n: int, kind: str) -> dict[str, np.ndarray]:
    return {"image": _image(rng, n), "matrix": _matrix(rng, n, kind)}


def generate(out_dir: Path, seed: int) -> None:
    rng = np.random.default_rng(seed)
    groups = [[_problem(rng, n, kind) for _ in range(VARIANTS)] for n, kind in SHAPES]
    warmup = [_problem(rng, n, kind) for n, kind in SHAPES]
    save_instances(out_dir, groups, warmup)
