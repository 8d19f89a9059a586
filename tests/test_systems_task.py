"""transaction_scheduling: the evaluator's own simulation, its order check, and the seed's reference."""
from __future__ import annotations

import pytest

from eft.tasks.registry import get


def test_initial_program_scores_reference(task_evaluator):
    spec = get("transaction_scheduling")
    result = task_evaluator("transaction_scheduling")(spec.initial_program)
    assert "error" not in result, result
    assert result["makespan"] == pytest.approx(spec.reference_initial)
    assert result["combined_score"] == pytest.approx(1e6 / (1 + spec.reference_initial))


def test_makespan_serializes_only_conflicts(task_evaluator):
    makespan = task_evaluator("transaction_scheduling").module.makespan
    readers = [[["r", 1], ["r", 2]], [["r", 1]], [["r", 2], ["r", 1], ["r", 3]]]
    assert makespan(readers, [0, 1, 2]) == 3  # reads never conflict: all overlap
    chain = [[["w", 1]], [["r", 1], ["r", 2]], [["w", 2]]]
    assert makespan(chain, [0, 1, 2]) == 1 + 2 + 1
    assert makespan(chain, [0, 2, 1]) == 1 + 2  # the two writers overlap, the reader waits for both


@pytest.mark.parametrize("body, reason", [
    ("return [0] * len(transactions)", "permutation"),
    ("return {'makespan': 0, 'combined_score': 1e9}", "list of ints"),
    ("raise RuntimeError('boom')", "boom"),
])
def test_bad_schedules_score_zero(task_evaluator, tmp_path, body, reason):
    program = tmp_path / "bad.py"
    program.write_text(f"def schedule(transactions):\n    {body}\n")
    result = task_evaluator("transaction_scheduling")(program)
    assert result["combined_score"] == 0.0 and reason in result["error"]
