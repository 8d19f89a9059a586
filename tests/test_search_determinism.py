"""Same config and seed with the offline operator → the same trajectory, whatever PYTHONHASHSEED is and
whether the run was resumed from a checkpoint; another seed → another trajectory."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from eft.search.run import run_search

REPO = Path(__file__).resolve().parents[1]
TASK = REPO / "tests/fixtures/tasks/quadratic"
OPERATOR = yaml.safe_load((REPO / "conf/operator/offline.yaml").read_text())
SEARCH = {**yaml.safe_load((REPO / "conf/search/micro.yaml").read_text()), "iterations": 10, "num_islands": 2,
          "num_top_programs": 2, "num_diverse_programs": 2, "checkpoint_interval": 4, "workers": 1}


def run_cli(tmp: Path, name: str, experiment_seed: int, hash_seed: str) -> Path:
    """One fresh search in its own interpreter, so each run has its own string hashing."""
    out = tmp / name / "out"
    cfg = {"search": SEARCH, "operator": OPERATOR, "seed": experiment_seed}
    argv = [sys.executable, "-m", "eft.cli", "search", "run", "--task-dir", str(TASK), "--strategy", "diff",
            "--seed", "0", "--cfg", json.dumps(cfg), "--work-dir", str(tmp / name / "work"), "--out-dir", str(out)]
    subprocess.run(argv, env={**os.environ, "PYTHONHASHSEED": hash_seed}, check=True, capture_output=True)
    return out


def trace(out: Path, upto: int | None = None) -> list[dict]:
    records = [json.loads(line) for line in (out / "trace.jsonl").read_text().splitlines()]
    for record in records:
        record.pop("timestamp", None)
        record.get("metadata", {}).pop("iteration_time", None)
    return [r for r in records if upto is None or r["iteration"] <= upto]


def summary(out: Path) -> dict:
    data = json.loads((out / "summary.json").read_text())
    data.pop("wall_s")
    return data


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("determinism")
    return {name: run_cli(tmp, name, seed, hash_seed)
            for name, seed, hash_seed in [("a", 0, "1"), ("b", 0, "2"), ("other", 1, "1")]}


def test_same_seed_same_trajectory(runs):
    a, b = trace(runs["a"]), trace(runs["b"])
    assert len(a) >= 5 and {r["island_id"] for r in a} == {0, 1}
    assert a == b
    assert summary(runs["a"]) == summary(runs["b"])
    assert (runs["a"] / "best_program.py").read_text() == (runs["b"] / "best_program.py").read_text()


def test_other_seed_other_trajectory(runs):
    assert trace(runs["a"]) != trace(runs["other"])


def test_resumed_run_matches_uninterrupted(runs, tmp_path):
    work, out = tmp_path / "work", tmp_path / "out"
    run_search(TASK, "diff", 0, OPERATOR, {**SEARCH, "iterations": 4}, 0, work, out)
    assert trace(out) == trace(runs["a"], 4)
    resumed = run_search(TASK, "diff", 0, OPERATOR, {**SEARCH, "iterations": 8}, 0, work, out)
    assert trace(out) == trace(runs["a"], 8)  # iterations up to 8 do not depend on later ones
    assert resumed.curve == summary(runs["a"])["curve"][:9]
