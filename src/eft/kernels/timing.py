"""cupy CUDA-event timing of kernel launches: warm-up, L2 flush before every trial, events + synchronize.

cupy is imported lazily (it is the optional `gpu` extra), so this module imports on any machine.
The caller checks correctness before timing anything.
"""
from __future__ import annotations

import functools
from typing import Callable

from eft.kernels.sampling import TimingConfig, combine_cases, sample_until_stable


@functools.lru_cache(maxsize=1)
def available() -> bool:
    """True when cupy is installed and sees a CUDA device (False on CPU-only machines, never raises)."""
    try:
        import cupy
    except ImportError:
        return False
    try:
        return bool(cupy.cuda.is_available())
    except Exception:  # noqa: BLE001 - a broken driver install means "no device" here
        return False


def device_name() -> str | None:
    """Name of device 0, e.g. 'NVIDIA H100 80GB HBM3'; None without a device."""
    if not available():
        return None
    import cupy

    name = cupy.cuda.runtime.getDeviceProperties(0)["name"]
    return name.decode() if isinstance(name, bytes) else str(name)


def time_launch(launch: Callable[[], None], cfg: TimingConfig) -> dict:
    """Time one benchmark case: `launch` enqueues the kernel on the current stream (no sync)."""
    import cupy

    flush = cupy.empty(cfg.l2_flush_mb * 1024 * 1024, dtype=cupy.uint8) if cfg.l2_flush_mb else None
    start, end = cupy.cuda.Event(), cupy.cuda.Event()
    for _ in range(cfg.warmup):
        launch()
    cupy.cuda.Device().synchronize()

    def trial() -> float:
        if flush is not None:
            flush.fill(1)  # evicts the inputs from L2; enqueued before the start event, so not timed
        start.record()
        launch()
        end.record()
        end.synchronize()
        return cupy.cuda.get_elapsed_time(start, end) * 1000.0  # ms -> µs

    return sample_until_stable(trial, cfg)


def time_cases(launches: dict[str, Callable[[], None]], cfg: TimingConfig) -> dict:
    """Time every case; per-case stats under 'cases' plus the combined summary (see combine_cases)."""
    return combine_cases({name: time_launch(launch, cfg) for name, launch in launches.items()})
