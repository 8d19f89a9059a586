"""`eft eval retime`: the best programs of a timing task's runs are re-evaluated together, identical programs
get identical scores (so Δ is exactly 0 when both models kept the seed), and a program that fails on
re-evaluation carries its reason. The toy judge reads `VALUE = x` and adds ±1 % noise, as a timer would."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from eft.cli import main as eft_main
from eft.errors import EftError
from eft.evaluate.retime import RetimeConfig, relative_iqr

EVALUATOR = '''
import random, re
def evaluate(program_path, task):
    found = re.search(r"VALUE = ([-0-9.e]+)", open(program_path).read())
    if not found:
        return {"combined_score": 0.0, "error": "no VALUE"}
    value = float(found.group(1)) * (1 + 0.01 * (random.random() - 0.5))
    return {"combined_score": value, "speedup": value}
'''


def _task(root: Path) -> Path:
    task = root / "timed"
    task.mkdir()
    (task / "task.yaml").write_text(yaml.safe_dump({
        "id": "timed", "name": "Timed", "domain": "numerical", "family": "timed", "direction": "higher", "metric": "speedup",
        "language": "python", "split": "heldout", "requires_gpu": False, "data_seed": 1,
        "reference": {"initial": 1.0, "best_known": None, "spread": 0.05}}))
    (task / "evaluator.py").write_text(EVALUATOR)
    return task


def _run(root: Path, model: str, seed: int, code: str) -> str:
    out = root / model / f"seed{seed}"
    out.mkdir(parents=True)
    (out / "best_program.py").write_text(code)
    summary = {"task": "timed", "domain": "numerical", "direction": "higher", "metric": "speedup",
               "language": "python", "strategy": "diff", "seed": seed, "operator": model, "operator_kind": "hf",
               "best": {"program_id": "p", "metrics": {"speedup": 9.9, "combined_score": 9.9},
                        "code_path": "best_program.py"}, "curve": [], "status": "ok"}
    (out / "summary.json").write_text(json.dumps(summary))
    return str(out / "summary.json")


def test_identical_programs_get_identical_scores(tmp_path):
    task = _task(tmp_path)
    runs = [_run(tmp_path, "base", 0, "VALUE = 1.0\n"), _run(tmp_path, "base", 1, "VALUE = 2.0\n"),
            _run(tmp_path, "ft", 0, "VALUE = 1.0\n"), _run(tmp_path, "ft", 1, "no value here\n")]
    out = tmp_path / "retime.json"
    cfg = json.dumps({"min_rounds": 3, "max_rounds": 5, "rel_spread": 0.5})
    assert eft_main(["eval", "retime", "--task-dir", str(task), "--runs", *runs, "--cfg", cfg,
                     "--work-dir", str(tmp_path / "work"), "--out", str(out)]) == 0
    report = json.loads(out.read_text())
    assert report["programs"] == 3 and report["rounds"] == 3  # a loose spread stops at min_rounds
    base0, base1, ft0, ft1 = report["runs"]
    assert base0["metric"] == ft0["metric"] and base0["values"] == ft0["values"]  # timed once, shared
    assert base0["metric"] == pytest.approx(1.0, rel=0.01) and base1["metric"] == pytest.approx(2.0, rel=0.01)
    assert len(base0["values"]) == 3
    assert ft1 == {**ft1, "status": "error: no VALUE"} and "metric" not in ft1


def test_tight_spread_runs_to_max_rounds(tmp_path):
    task = _task(tmp_path)
    runs = [_run(tmp_path, "base", 0, "VALUE = 1.0\n")]
    out = tmp_path / "retime.json"
    cfg = json.dumps({"min_rounds": 2, "max_rounds": 4, "rel_spread": 1e-9})
    assert eft_main(["eval", "retime", "--task-dir", str(task), "--runs", *runs, "--cfg", cfg,
                     "--work-dir", str(tmp_path / "work"), "--out", str(out)]) == 0
    assert json.loads(out.read_text())["rounds"] == 4


def test_config_and_spread_helpers():
    with pytest.raises(EftError, match="min_rounds"):
        RetimeConfig(min_rounds=5, max_rounds=3)
    with pytest.raises(EftError, match="rel_spread"):
        RetimeConfig(rel_spread=0)
    assert relative_iqr([1.0]) == float("inf")
    assert relative_iqr([1.0, 1.0, 1.0]) == 0.0
