"""`eft tasks validate` proofs (eft.tasks.proofs) and task.yaml's combined_score formula, on synthetic tasks.

The toy judge reads `VALUE = <number>` from the program's text (a trusted fixture, so no sandbox is needed) and
scores combined_score = value / 2; a program without VALUE is invalid. Every failure mode of a proof is one
edit of a correct task.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eft.errors import EftError
from eft.tasks import cli
from eft.tasks.formula import evaluate_formula, formula_problems, names
from eft.tasks.proofs import prove
from eft.tasks.registry import get, spec_problems

TASK_YAML = {"id": "toy", "name": "Toy", "domain": "constructive", "family": "toy", "direction": "higher", "metric": "value",
             "language": "python", "split": "heldout", "requires_gpu": False,
             "reference": {"initial": 1.0, "best_known": None}, "data_seed": 3,
             "combined_score": "value / 2"}
EVALUATOR = '''
import re
def evaluate(program_path, task):
    found = re.search(r"VALUE = ([-0-9.e]+)", open(program_path).read())
    if not found:
        return {"combined_score": 0.0, "error": "no VALUE in the program"}
    value = float(found.group(1)) * SCALE()
    return {"combined_score": value / 2 * NORMALISE(value), "value": value}
'''


def program(value: float | None) -> str:
    body = "" if value is None else f"VALUE = {value}\n"
    return f"# EVOLVE-BLOCK-START\n{body}# EVOLVE-BLOCK-END\n"


def make_task(root: Path, evaluator: str = EVALUATOR, scale: str = "1.0", normalise: str = "1.0",
              better: float | None = 2.0, bad: float | None = None, **overrides) -> Path:
    task = root / "toy"
    (task / "proofs").mkdir(parents=True)
    (task / "task.yaml").write_text(yaml.safe_dump({**TASK_YAML, **overrides}))
    (task / "config.yaml").write_text("prompt:\n  system_message: set VALUE as high as you can\n")
    (task / "initial_program.py").write_text(program(1.0))
    (task / "evaluator.py").write_text(f"SCALE = lambda: {scale}\nNORMALISE = lambda value: {normalise}\n" + evaluator)
    (task / "proofs" / "better.py").write_text(program(better))
    (task / "proofs" / "bad_missing.py").write_text(program(bad))
    return task


def problems_of(root: Path) -> list[str]:
    return prove(get("toy", root)).problems


def test_correct_task_is_proven(tmp_path):
    make_task(tmp_path)
    report = prove(get("toy", tmp_path))
    assert report.ok and report.skipped is None
    assert report.scores["proofs/better.py"]["value"] == 2.0
    assert set(report.seconds) == {"seed", "seed (again)", "proofs/better.py", "proofs/bad_missing.py"}


@pytest.mark.parametrize("edit, expected", [
    ({"better": 0.5}, "is not better (higher) than the seed's 1.0"),
    ({"direction": "lower"}, "is not better (lower)"),
    ({"bad": 5.0}, "a known-bad program scored combined_score 2.5"),
    ({"combined_score": "value / 3"}, "differs from task.yaml's 'value / 3'"),
    ({"combined_score": "valu / 2"}, "result key 'valu' is missing"),
    ({"reference": {"initial": 1.5, "best_known": None}}, "reference.initial = 1.5"),
    ({"reference": {"initial": None, "best_known": None}}, "reference.initial is null"),
    ({"scale": "__import__('random').random() + 1"}, "two evaluations differ"),
])
def test_each_broken_claim_is_one_problem(tmp_path, edit, expected):
    make_task(tmp_path, **edit)
    found = problems_of(tmp_path)
    assert any(expected in line for line in found), found
    assert all(line.startswith("toy: ") and "\n" not in line for line in found)


def test_normalisation_that_disagrees_with_direction(tmp_path):
    """The judge's combined_score falls while its metric rises: the formula check and the order check both see it."""
    make_task(tmp_path, normalise="(1.0 if value < 1.5 else -1.0)", combined_score="value / 2")
    found = problems_of(tmp_path)
    assert any("differs from task.yaml's" in line for line in found)
    assert any("combined_score -1.0 is not above" in line for line in found)


def test_timed_task_agrees_within_its_spread(tmp_path):
    """A timing metric varies between evaluations; within reference.spread it is accepted, beyond it is not."""
    noisy = "(1 + 0.02 * (__import__('random').random() - 0.5))"
    make_task(tmp_path, scale=noisy, reference={"initial": 1.0, "best_known": None, "spread": 0.05})
    assert problems_of(tmp_path) == []
    (tmp_path / "toy" / "proofs" / "better.py").write_text(program(1.03))  # better, but within the spread
    assert any("by more than the spread 0.05" in line for line in problems_of(tmp_path))


def test_missing_proofs_are_required_of_every_task(tmp_path):
    task = make_task(tmp_path)
    for proof in (task / "proofs").iterdir():
        proof.unlink()
    spec = yaml.safe_load((task / "task.yaml").read_text())
    del spec["combined_score"]
    (task / "task.yaml").write_text(yaml.safe_dump(spec))
    found = problems_of(tmp_path)
    assert len(found) == 3 and any("no proofs/better*" in p for p in found) and any("no proofs/bad*" in p for p in found)
    (task / "task.yaml").write_text(yaml.safe_dump({**spec, "split": "train"}))
    assert problems_of(tmp_path) == found  # training tasks label trajectories: they prove their judges too


def test_evaluator_exception_is_one_line(tmp_path):
    make_task(tmp_path, evaluator="def evaluate(program_path, task):\n    raise KeyError('boom')\n")
    found = problems_of(tmp_path)
    assert "toy: seed: evaluator raised KeyError: 'boom'" in found


def test_gpu_task_without_device_is_skipped_not_proven(tmp_path, monkeypatch):
    monkeypatch.setattr("eft.tasks.proofs._cuda_available", lambda: False)
    make_task(tmp_path, requires_gpu=True)
    report = prove(get("toy", tmp_path))
    assert report.skipped == "skipped: no CUDA device" and report.scores == {}


def test_cli_selects_by_split_and_fails_on_problems(tmp_path, capsys):
    make_task(tmp_path)
    assert cli.main(["--tasks-dir", str(tmp_path), "validate", "--split", "heldout"]) == 0
    assert "toy: proven (seed value = 1.0" in capsys.readouterr().out
    assert cli.main(["--tasks-dir", str(tmp_path), "validate", "--split", "train"]) == 0
    assert "0 task(s) checked" in capsys.readouterr().out
    (tmp_path / "toy" / "proofs" / "better.py").write_text(program(0.1))
    assert cli.main(["--tasks-dir", str(tmp_path), "validate", "--task", "toy"]) == 1
    assert cli.main(["--tasks-dir", str(tmp_path), "validate", "--task", "toy", "--structure-only"]) == 0
    with pytest.raises(EftError, match="not both"):
        cli.main(["--tasks-dir", str(tmp_path), "validate", "toy", "--all"])


@pytest.mark.parametrize("text, expected", [
    ("__import__('os').system('true')", "only min(), max(), abs(), log()"),
    ("log10(1, 2)", "log10() takes one argument"),
    ("value.real", "Attribute is not allowed"),
    ("value if value else 1", "IfExp is not allowed"),
    ("'abc'", "is not a number"),
    ("", "non-empty"),
    (3, "non-empty string"),
    ("value +", "is not an expression"),
])
def test_formula_grammar_refuses_everything_but_arithmetic(text, expected):
    assert expected in formula_problems(text)[0]


def test_formula_evaluates_over_result_keys():
    text = "(balancedness + 0.002 / planning_s) / 2"
    assert names(text) == {"balancedness", "planning_s"}
    assert evaluate_formula(text, {"balancedness": 0.5, "planning_s": 0.004}) == pytest.approx(0.5)
    assert evaluate_formula("max(a, -b) ** 2", {"a": 1, "b": -3}) == 9.0
    with pytest.raises(EftError, match="not a finite number"):
        evaluate_formula("a", {"a": float("nan")})
    with pytest.raises(EftError, match="division by zero"):
        evaluate_formula("1 / a", {"a": 0})


@pytest.mark.parametrize("reference, expected", [
    ({"initial": 1, "best_known": None, "spread": 1.5}, "'reference.spread' must be a number in [0, 1)"),
    ({"initial": 1, "best_known": None, "spread": "5%"}, "'reference.spread' must be a number in [0, 1)"),
    ({"initial": 1, "best_known": None, "tolerance": 0.1}, "unknown key 'reference.tolerance'"),
])
def test_reference_fields_are_checked(reference, expected):
    assert any(expected in p for p in spec_problems({**TASK_YAML, "reference": reference}))
