"""Attacks on the GPU task: an out-of-bounds write and a kernel that never ends (skipped without CUDA).

The kernel runs in the trusted harness child under `eft.sandbox` (GPU profile); a fault or a hang kills
that child, never the evaluator, and the next evaluation still works.
"""
import time

import pytest
from contain import SLACK_S, attack_task

from eft.kernels.timing import available
from eft.tasks.registry import load_evaluator

pytestmark = [pytest.mark.gpu, pytest.mark.skipif(not available(), reason="needs a CUDA device")]
SEED_LINE = "if (i < n) c[i] = __hadd(a[i], b[i]);"
KERNELS = {
    "gpu_out_of_bounds_write": "if (i < n) c[i + (1LL << 40)] = __hadd(a[i], b[i]);",
    "gpu_never_ending_kernel": "while (clock64() >= 0) {} if (i < n) c[i] = __hadd(a[i], b[i]);",
}


@pytest.mark.parametrize("name", sorted(KERNELS))
def test_gpu_attack_is_contained(tmp_path, name):
    task = attack_task(tmp_path, "gpu_vecadd", call_s=20.0)  # the task's own call_s: kernel_spec() is benign
    program = tmp_path / f"{name}.py"
    program.write_text((task / "initial_program.py").read_text().replace(SEED_LINE, KERNELS[name]))
    evaluator = load_evaluator(task)
    start = time.perf_counter()
    metrics = evaluator(program)
    assert metrics["combined_score"] == 0.0 and "\n" not in metrics["error"], metrics
    assert time.perf_counter() - start < 600 + SLACK_S
    assert "error" not in evaluator(task / "initial_program.py")  # the device still works
