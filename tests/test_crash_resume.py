"""The micro workflow killed (SIGKILL to Snakemake's whole process group) at seeded random points, each while a
job runs, and rerun to completion gives the results of an uninterrupted run: no lost and no duplicated trajectory rows, the same
bytes for trajectories, tables and model weights, the same JSON outputs apart from wall-clock fields.
Then a broken task under --keep-going: its runs are recorded as failed, the others complete, and the main
table lists it with its reason."""
from __future__ import annotations

import base64
import json
import os
import random
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pandas as pd
import pytest
import yaml
from conftest import SNAKEMAKE, copy_repo, snakemake

MICRO = ["--config", "experiment=micro"]
RESULTS = "results/micro"
_RNG = random.Random(0)
# Kill points, one per (re)start: once this share of the remaining jobs is done, this many seconds later (and
# then as soon as a job runs). Shares of the jobs left, not fixed delays, spread the kills over the whole DAG
# however fast the machine is.
KILLS = [(round(_RNG.uniform(10, 60)), round(_RNG.uniform(0, 3), 1)) for _ in range(3)]
KEY = ["instance_uid", "iteration", "parent_id", "child_id"]
# Wall-clock fields (docs/DESIGN.md "Reproducibility"), plus where a resumed training run started.
WALL_CLOCK = {"wall_s", "timestamp", "iteration_time", "tokens_per_s", "seconds", "resumed_from_step",
              "peak_memory_bytes"}
pytestmark = pytest.mark.slow


def running_outputs(repo: Path, since: float) -> list[str]:
    """Outputs of the jobs Snakemake started after `since` and has not finished: its `incomplete` markers are
    the outputs' paths in urlsafe base64, long ones split into folders whose names start with "@"."""
    root = repo / ".snakemake" / "incomplete"
    return sorted(base64.urlsafe_b64decode("".join(part.lstrip("@") for part in m.relative_to(root).parts)).decode()
                  for m in root.rglob("*") if m.is_file() and m.stat().st_mtime >= since)


@pytest.fixture(scope="module")
def uninterrupted(repo_copy) -> Path:
    snakemake(repo_copy, "--cores", "2", *MICRO)  # nothing to do if tests/test_workflow.py ran it already
    return repo_copy / RESULTS


def percent_done(log: Path) -> int:
    """Snakemake's latest "N of M steps (P%) done" in `log`."""
    return max(map(int, re.findall(r"steps \((\d+)%\) done", log.read_text(errors="replace"))), default=0)


def kill_while_a_job_runs(proc: subprocess.Popen, repo: Path, log: Path, percent: int, delay: float):
    """SIGKILL Snakemake's process group `delay` s after `percent` % of its jobs are done, or as soon after as
    a job runs; returns the outputs of the jobs that were running (None: the workflow finished first)."""
    started, kill_at = time.time(), None
    while True:
        if proc.poll() is not None:
            return None
        if kill_at is None and percent_done(log) >= percent:
            kill_at = time.time() + delay
        hit = running_outputs(repo, started) if kill_at is not None and time.time() >= kill_at else []
        if hit:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    return hit


@pytest.fixture(scope="module")
def crashed(tmp_path_factory) -> tuple[Path, list[list[str]]]:
    """A repo copy whose micro run was killed at KILLS, then completed; and what each kill hit."""
    repo = copy_repo(tmp_path_factory.mktemp("crash"))
    hits = []
    for number, (percent, delay) in enumerate(KILLS):
        log = repo / f"snakemake-{number}.log"
        with open(log, "w") as out:
            proc = subprocess.Popen([*SNAKEMAKE, "--cores", "2", *MICRO, "--rerun-incomplete"], cwd=repo,
                                    stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
                                    env={**os.environ, "PYTHONPATH": str(repo / "src")})
        hit = kill_while_a_job_runs(proc, repo, log, percent, delay)
        if hit is None:
            break
        hits.append(hit)
        snakemake(repo, "--unlock", *MICRO)
    snakemake(repo, "--cores", "2", *MICRO, "--rerun-incomplete")
    print(f"kills at {KILLS} (% of remaining jobs done, s) hit: {hits}")
    return repo, hits


def without_wall_clock(value):
    if isinstance(value, dict):
        return {k: without_wall_clock(v) for k, v in value.items() if k not in WALL_CLOCK}
    if isinstance(value, list):
        return [without_wall_clock(v) for v in value]
    return value


def json_records(results: Path, rel: str) -> list:
    """The records of a JSON or JSON-lines file, with the checkout's path replaced by "<ROOT>"."""
    path = results / rel
    text = path.read_text().replace(str(results.parents[1]), "<ROOT>")
    return [json.loads(line) for line in text.splitlines()] if path.suffix == ".jsonl" else [json.loads(text)]


def test_kills_hit_running_jobs(crashed):
    _, hits = crashed
    assert len(hits) >= 2 and all(hits)  # fewer than 3 kills only if the run finished first


def test_no_lost_or_duplicated_trajectory_rows(crashed, uninterrupted):
    repo, _ = crashed
    for name in ("raw", "curated"):
        got = pd.read_parquet(repo / RESULTS / f"trajectories/{name}.parquet")
        want = pd.read_parquet(uninterrupted / f"trajectories/{name}.parquet")
        assert not got.duplicated(KEY).any()
        assert set(map(tuple, got[KEY].values)) == set(map(tuple, want[KEY].values))
        assert (repo / RESULTS / f"trajectories/{name}.parquet").read_bytes() == \
            (uninterrupted / f"trajectories/{name}.parquet").read_bytes()


@pytest.mark.parametrize("rel", ["trajectories/stats.json", "tables/main.csv", "tables/main.md", "tables/curves.csv",
                                 "model/tiny/model.safetensors", "model/tiny.sft/model.safetensors"])
def test_same_bytes(crashed, uninterrupted, rel):
    repo, _ = crashed
    assert (repo / RESULTS / rel).read_bytes() == (uninterrupted / rel).read_bytes()


def test_same_run_outputs_apart_from_wall_clock(crashed, uninterrupted):
    repo, _ = crashed
    rels = sorted(str(p.relative_to(uninterrupted)) for pattern in ("*/**/summary.json", "*/**/trace.jsonl",
                                                                   "model/*/train_log.json")
                  for p in uninterrupted.glob(pattern))
    assert len(rels) > 10
    for rel in rels:
        assert without_wall_clock(json_records(repo / RESULTS, rel)) == \
            without_wall_clock(json_records(uninterrupted, rel)), rel
    assert not list((repo / RESULTS / "work" / "model").glob("*/checkpoint.pt"))  # removed after training


BROKEN_EVALUATOR = "def evaluate(program_path, task):\n    raise RuntimeError('broken on purpose')\n"


def test_broken_task_is_reported_and_the_others_complete(crashed):
    repo, _ = crashed
    broken = repo / "tasks" / "broken_heldout"
    shutil.copytree(repo / "tasks" / "circle_packing_26", broken, ignore=shutil.ignore_patterns("__pycache__"))
    spec = yaml.safe_load((broken / "task.yaml").read_text())
    (broken / "task.yaml").write_text(yaml.safe_dump({**spec, "id": "broken_heldout"}))
    (broken / "evaluator.py").write_text(BROKEN_EVALUATOR)
    tasks = yaml.safe_load((repo / "conf/tasks/micro.yaml").read_text())["select"] + ["broken_heldout"]
    snakemake(repo, "--cores", "2", "--keep-going", *MICRO, f"overrides=[tasks.select=[{','.join(tasks)}]]")
    summary = json.loads((repo / RESULTS / "eval/broken_heldout/tiny/seed0/summary.json").read_text())
    reason = "task broken_heldout: evaluator error: RuntimeError: broken on purpose"
    assert summary["status"].startswith(f"failed: {reason}") and summary["best"] is None
    main = pd.read_csv(repo / RESULTS / "tables/main.csv")
    ok, failed = main[main["task"] == "circle_packing_26"], main[main["task"] == "broken_heldout"]
    assert len(ok) == len(failed) == 2 and (ok["status"] == "ok").all() and (ok["score"] > 0).all()
    assert failed["status"].str.startswith(f"failed: {reason}").all() and failed["score"].isna().all()
    assert f"failed: {reason}" in (repo / RESULTS / "tables/main.md").read_text()
