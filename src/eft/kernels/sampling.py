"""Repeat-until-stable sampling (GPU MODE / KernelBench protocol), free of any GPU code so it is testable.

A measurement is repeated until the relative standard error of the mean drops below `rel_se`, or
`max_trials` samples or `budget_s` seconds are spent. The first timed trial is discarded (it pays for
cold caches and lazy initialization that warm-up may not have covered).
"""
from __future__ import annotations

import math
import statistics
import time
from dataclasses import dataclass, fields
from typing import Callable

from eft.errors import EftError

MIN_SAMPLES = 10  # never call a handful of samples converged by luck


@dataclass(frozen=True)
class TimingConfig:
    """How long to time one case; `budget_s` is per case, `l2_flush_mb` = 0 disables the flush."""

    warmup: int = 10
    max_trials: int = 2000
    rel_se: float = 1e-3
    budget_s: float = 20.0
    l2_flush_mb: int = 128

    @classmethod
    def from_dict(cls, cfg: dict) -> "TimingConfig":
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(cfg) - known)
        if unknown:
            raise EftError(f"unknown kernel timing key '{unknown[0]}' (known: {', '.join(sorted(known))})")
        return cls(**cfg)


def rel_standard_error(samples: list[float]) -> float:
    """Standard error of the mean divided by the mean (inf when it cannot be estimated yet)."""
    if len(samples) < 2:
        return math.inf
    mean = statistics.fmean(samples)
    if mean <= 0:
        return math.inf
    return statistics.stdev(samples) / math.sqrt(len(samples)) / mean


def sample_until_stable(
    measure: Callable[[], float], cfg: TimingConfig, clock: Callable[[], float] = time.perf_counter
) -> dict:
    """Call `measure` (one timed trial, in µs) per the stopping rule; summary of the kept samples."""
    measure()  # the discarded first trial
    samples: list[float] = []
    start = clock()
    while True:  # at least one kept sample, whatever the budget
        samples.append(float(measure()))
        converged = len(samples) >= MIN_SAMPLES and rel_standard_error(samples) < cfg.rel_se
        if converged or len(samples) >= cfg.max_trials or clock() - start >= cfg.budget_s:
            break
    return {
        "median_us": statistics.median(samples),
        "mean_us": statistics.fmean(samples),
        "rel_se": rel_standard_error(samples),
        "trials": len(samples),
        "converged": converged,
    }


def geomean(values: list[float]) -> float:
    return math.exp(statistics.fmean(math.log(v) for v in values))


def combine_cases(cases: dict[str, dict]) -> dict:
    """Summary over benchmark cases: geomean_us of the per-case means is the score basis (GPU MODE);
    median_us is the geomean of per-case medians; rel_se the worst case; converged only if all did."""
    per = list(cases.values())
    return {
        "geomean_us": geomean([c["mean_us"] for c in per]),
        "median_us": geomean([c["median_us"] for c in per]),
        "mean_us": statistics.fmean(c["mean_us"] for c in per),
        "rel_se": max(c["rel_se"] for c in per),
        "trials": sum(c["trials"] for c in per),
        "converged": all(c["converged"] for c in per),
        "cases": cases,
    }
