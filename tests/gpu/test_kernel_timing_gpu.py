"""On a CUDA device: the seed kernel times, a wrong kernel is rejected, and a faulting or never-ending
kernel is contained in the harness child (the next evaluation still works). Skips cleanly without one."""
from __future__ import annotations

import pytest

from eft.kernels.measure import measure_program
from eft.kernels.sampling import TimingConfig
from eft.kernels.timing import available, time_launch
from eft.paths import TASKS_DIR
from eft.tasks.registry import load_spec

cupy = pytest.importorskip("cupy")
pytestmark = [pytest.mark.gpu, pytest.mark.skipif(not available(), reason="needs a CUDA device")]

SEED = TASKS_DIR / "gpu_vecadd" / "initial_program.py"
QUICK = TimingConfig(warmup=3, max_trials=200, rel_se=1e-3, budget_s=0.5, l2_flush_mb=64)
SEED_LINE = "if (i < n) c[i] = __hadd(a[i], b[i]);"
CALL = load_spec(TASKS_DIR / "gpu_vecadd").limits.call()  # the task's limits for the kernel_spec() call


def _variant(tmp_path, replacement: str):
    program = tmp_path / "candidate.py"
    program.write_text(SEED.read_text().replace(SEED_LINE, replacement))
    return program


def test_seed_kernel_is_correct_and_timed(task_evaluator):
    result = task_evaluator("gpu_vecadd")(SEED)
    assert "error" not in result, result
    assert result["runtime_us"] > 0 and result["combined_score"] == pytest.approx(3000 / result["runtime_us"])


def test_time_launch_on_a_cupy_op():
    x = cupy.ones(1 << 20, dtype=cupy.float32)
    stats = time_launch(lambda: cupy.multiply(x, 2.0, out=x), QUICK)
    assert stats["trials"] >= 1 and stats["median_us"] > 0


def test_wrong_kernel_is_rejected(tmp_path):
    wrong = _variant(tmp_path, "if (i < n) c[i] = __hsub(a[i], b[i]);")
    result = measure_program(wrong, "vecadd", QUICK, call_limits=CALL)
    assert result["status"] == "error" and "wrong result" in result["error"]


def test_out_of_bounds_kernel_is_contained(tmp_path):
    oob = "if (i < n) c[i + (1LL << 40)] = __hadd(a[i], b[i]);"
    result = measure_program(_variant(tmp_path, oob), "vecadd", QUICK, call_limits=CALL, timeout_s=60)
    assert result["status"] == "error"
    assert measure_program(SEED, "vecadd", QUICK, call_limits=CALL)["status"] == "ok"


def test_never_ending_kernel_is_killed(tmp_path):
    hang = "while (clock64() >= 0) {} if (i < n) c[i] = __hadd(a[i], b[i]);"  # clock64 is never negative
    result = measure_program(_variant(tmp_path, hang), "vecadd", QUICK, call_limits=CALL, timeout_s=20)
    assert result == {"status": "error", "error": "timeout after 20s"}
    assert measure_program(SEED, "vecadd", QUICK, call_limits=CALL)["status"] == "ok"
