"""C++ tasks: the seed compiles and scores its task.yaml reference; garbage, fake scores, infeasible
answers and compile errors score 0 with a one-line reason."""
from __future__ import annotations

import pytest

from eft.judge import compile_and_run
from eft.judge.cpp import first_error_line
from eft.tasks.registry import get

CPP_TASKS = ["heuristic_cpp", "competitive_cpp"]
FAKE_SCORE = '#include <cstdio>\nint main() { printf("score: 1000000\\n"); return 0; }\n'


@pytest.mark.parametrize("task_id", CPP_TASKS)
def test_initial_program_scores_reference(task_evaluator, task_id):
    spec = get(task_id)
    result = task_evaluator(task_id)(spec.initial_program)
    assert "error" not in result, result
    assert result[spec.metric] == pytest.approx(spec.reference_initial, rel=1e-6)
    assert 0 < result["combined_score"] < 1.0


def test_fake_score_output_scores_zero(task_evaluator, tmp_path):
    program = tmp_path / "fake.cpp"
    program.write_text(FAKE_SCORE)
    result = task_evaluator("heuristic_cpp")(program)
    assert result["combined_score"] == 0.0
    assert result["error"].startswith("case 0: ") and "\n" not in result["error"]


def test_infeasible_selection_scores_zero(task_evaluator, tmp_path):
    program = tmp_path / "all.cpp"  # takes every item: over capacity
    program.write_text('#include <cstdio>\nint main() { int n; scanf("%d", &n);'
                       ' for (int i = 0; i < n; i++) printf("%d\\n", i); }\n')
    result = task_evaluator("competitive_cpp")(program)
    assert result == {"combined_score": 0.0, "error": "case 0: capacity 0 exceeded"}


def test_compile_error_is_one_line(task_evaluator, tmp_path):
    program = tmp_path / "broken.cpp"
    program.write_text("int main() { return undefined_name; }\n")
    result = task_evaluator("competitive_cpp")(program)
    assert result["combined_score"] == 0.0
    assert result["error"].startswith("compile error: ") and "undefined_name" in result["error"]
    assert "\n" not in result["error"]


def test_checkers_reject_bad_answers(task_evaluator):
    heuristic, competitive = task_evaluator("heuristic_cpp").module, task_evaluator("competitive_cpp").module
    square = [[0, 0], [0, 10], [10, 10], [10, 0]]
    assert heuristic.tour_length(square, "0 1 2 3") == pytest.approx(40.0)
    for bad, reason in [("0 1 2", "expected 4"), ("0 1 2 2", "permutation"), ("0 1 2 x", "non-integer")]:
        with pytest.raises(ValueError, match=reason):
            heuristic.tour_length(square, bad)
    case = {"values": [5, 4], "weights": [[3, 2]], "capacity": [4]}
    assert competitive.selection_value(case, "1") == 4
    assert competitive.selection_value(case, "") == 0
    for bad, reason in [("0 0", "repeated"), ("2", "outside"), ("0 1", "exceeded"), ("1.5", "non-integer")]:
        with pytest.raises(ValueError, match=reason):
            competitive.selection_value(case, bad)


def test_runner_reports_failing_case(task_evaluator, tmp_path):
    program = tmp_path / "crash.cpp"
    program.write_text('#include <cstdio>\nint main() { int x; scanf("%d", &x); return x; }\n')
    run = compile_and_run(task_evaluator("heuristic_cpp").task, program, ["0", "3"])
    assert run.outputs == [""] and run.error == "case 1: exit code 3"


def test_first_error_line_prefers_error_lines():
    stderr = "main.cpp: In function 'int main()':\nmain.cpp:1:21: error: 'y' was not declared\n"
    assert first_error_line(stderr) == "main.cpp:1:21: error: 'y' was not declared"
    assert first_error_line("") == "no diagnostics"
