"""Math task evaluators: the seed scores its task.yaml reference value; bad outputs score 0 with a reason."""
from __future__ import annotations

import math

import numpy as np
import pytest

from eft.tasks.registry import get

MATH_TASKS = ["erdos_min_overlap", "ac1", "ac2", "circle_packing_26", "heilbronn_triangle"]


@pytest.mark.parametrize("task_id", MATH_TASKS)
def test_initial_program_scores_reference(task_evaluator, task_id):
    spec = get(task_id)
    result = task_evaluator(task_id)(spec.initial_program)
    assert "error" not in result, result
    assert result[spec.metric] == pytest.approx(spec.reference_initial, rel=1e-9)
    assert 0 < result["combined_score"] < 1.0


def test_reference_formulas_on_known_inputs(task_evaluator):
    erdos, ac1, ac2 = (task_evaluator(t).module for t in ("erdos_min_overlap", "ac1", "ac2"))
    assert erdos.score(np.full(100, 0.5))["c5"] == pytest.approx(0.5)  # constant 1/2: overlap 1/4 * 2
    assert ac1.score(np.ones(10))["c1"] == pytest.approx(2.0)  # 2n * n / n^2
    assert ac2.score(np.ones(1))["c2"] == pytest.approx(2 / 3)  # g = [1]: tent, L2^2 = 1/3, L1 = 1/2
    assert erdos.score(np.full(100, 0.5))["combined_score"] == pytest.approx(0.38092303510845016 / 0.5)


BAD_OUTPUTS = {
    "erdos_min_overlap": [([[0.5, 0.5]], "shape"), ([0.5, float("nan")], "NaN"), ([-0.1, 1.0], "negative"),
                          ([1.0, 0.0, 0.0, 0.0], "exceeds 1"), ("abc", "numeric")],
    "ac1": [([], "entries"), ([1.0, math.inf], "NaN or infinite"), ([1.0, -1.0], "negative"), ([0, 0], "sums to 0")],
    "ac2": [([[1.0]], "shape"), ([float("nan")], "NaN"), ([2.0, -0.5], "negative"), (None, "numeric")],
    "circle_packing_26": [
        ({"centers": [[0.5, 0.5]] * 25, "radii": [0.0] * 25}, "shape"),
        ({"centers": [[0.5, 0.5]] * 26, "radii": [float("nan")] * 26}, "NaN"),
        ({"centers": [[0.06 + 0.09 * (i % 10), 0.06 + 0.3 * (i // 10)] for i in range(26)], "radii": [0.055] * 26},
         "overlap"),
        ({"centers": [[0.0, 0.5]] + [[0.5, 0.5]] * 25, "radii": [0.1] + [0.0] * 25}, "inside"),
        ({"centers": [[0.5, 0.5]] * 26, "radii": [-0.1] * 26}, "negative"),
        ([1, 2], "must return"),
    ],
    "heilbronn_triangle": [([[0.5, 0.2]] * 10, "shape"), ([[0.5, math.nan]] * 11, "NaN"),
                           ([[0.9, 0.8]] + [[0.5, 0.2]] * 10, "outside")],
}


@pytest.mark.parametrize("task_id, value, reason",
                         [(t, v, r) for t, cases in BAD_OUTPUTS.items() for v, r in cases])
def test_invalid_output_scores_zero(task_evaluator, task_id, value, reason):
    result = task_evaluator(task_id).module.score(value)
    assert result["combined_score"] == 0.0 and reason in result["error"] and "\n" not in result["error"]


def test_valid_packing_accepted(task_evaluator):
    centers = [[0.1 + 0.2 * (i % 5), 0.1 + 0.2 * (i // 5)] for i in range(25)] + [[0.2, 0.2]]
    result = task_evaluator("circle_packing_26").module.score({"centers": centers, "radii": [0.1] * 25 + [0.0]})
    assert result["sum_radii"] == pytest.approx(2.5)


def test_failing_candidate_runs_through_sandbox(task_evaluator, tmp_path):
    prog = tmp_path / "cand.py"
    prog.write_text("def run():\n    return [float('nan')] * 10\n")
    result = task_evaluator("ac1")(prog)
    assert result == {"combined_score": 0.0, "error": "a contains NaN or infinite values"}
    prog.write_text("def run():\n    raise RuntimeError('boom')\n")
    assert task_evaluator("ac2")(prog)["error"] == "exception in run(): RuntimeError: boom"
