"""Timing harness on a real card: the gpu_vecadd seed vs a vectorized kernel, both through the full
evaluation path (sandboxed harness, correctness first, L2 flush, repeat to rel. SE < 0.1 %).

Run: python benchmarks/kernel_timing.py   (finishes in well under 60 s; prints a skip line without a GPU)
"""
from __future__ import annotations

import sys

from eft.kernels.measure import measure_program
from eft.kernels.sampling import TimingConfig
from eft.kernels.timing import available, device_name
from eft.paths import TASKS_DIR
from eft.tasks.registry import load_spec

CFG = TimingConfig(warmup=10, max_trials=2000, rel_se=1e-3, budget_s=3.0, l2_flush_mb=128)
SEED = TASKS_DIR / "gpu_vecadd" / "initial_program.py"
CALL = load_spec(TASKS_DIR / "gpu_vecadd").limits.call()  # the task's limits for the kernel_spec() call
VECTORIZED = TASKS_DIR / "gpu_vecadd" / "proofs" / "better_vector_loads.py"  # the task's own better proof


def main() -> int:
    if not available():
        print("kernel_timing: skipped (no CUDA device)")
        return 0
    results = {name: measure_program(path, "vecadd", CFG, call_limits=CALL) for name, path in
               (("seed", SEED), ("vectorized", VECTORIZED))}
    print(f"card: {device_name()}")
    for name, res in results.items():
        if res["status"] != "ok":
            print(f"{name}: {res['status']}: {res.get('error')}")
            return 1
        cases = ", ".join(f"{case} {c['mean_us']:.2f}us ({c['trials']} trials)" for case, c in res["cases"].items())
        print(f"{name}: geomean {res['geomean_us']:.3f} us, median {res['median_us']:.3f} us, "
              f"rel_se {res['rel_se']:.2e}, converged {res['converged']} [{cases}]")
    ratio = results["seed"]["geomean_us"] / results["vectorized"]["geomean_us"]
    print(f"speedup vectorized / seed: {ratio:.3f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
