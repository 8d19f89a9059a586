"""One search on the quadratic fixture task: outputs, resume to more iterations, resume after a kill,
GPU-less skip, CLI contract."""
import json
import os
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest
import yaml
from conftest import kill_once_exists

from eft.errors import EftError
from eft.search import cli
from eft.search import run as search_run
from eft.search.run import run_search
from eft.search.summary import RunSummary

REPO = Path(__file__).resolve().parents[1]
TASK = REPO / "tests/fixtures/tasks/quadratic"
OPERATOR = yaml.safe_load((REPO / "conf/operator/offline.yaml").read_text())


def search_cfg(**overrides) -> dict:
    return {**yaml.safe_load((REPO / "conf/search/micro.yaml").read_text()), **overrides}


def trace_iterations(out: Path) -> list[int]:
    return [json.loads(line)["iteration"] for line in (out / "trace.jsonl").read_text().splitlines()]


def check_outputs(out: Path, iterations: int) -> dict:
    summary = json.loads((out / "summary.json").read_text())
    assert summary["status"] == "ok" and summary["iterations"] == iterations
    assert [c["iteration"] for c in summary["curve"]] == list(range(iterations + 1))
    scores = [c["best_combined_score"] for c in summary["curve"]]
    assert scores == sorted(scores) and scores[0] == summary["initial_metrics"]["combined_score"]
    records = [json.loads(line) for line in (out / "trace.jsonl").read_text().splitlines()]
    its = [r["iteration"] for r in records]
    assert its == sorted(set(its)) and its and max(its) <= iterations
    assert all(r["prompt"]["user"] and r["llm_response"] and r["child_code"] for r in records)
    best = summary["best"]
    assert best["combined_score"] == max([scores[0]] + [r["child_metrics"]["combined_score"] for r in records])
    assert (out / best["code_path"]).is_file()
    return summary


def test_run_then_resume_to_more_iterations(tmp_path):
    work, out = tmp_path / "work", tmp_path / "out"
    first = run_search(TASK, "diff", 0, OPERATOR, search_cfg(iterations=4), 0, work, out)
    check_outputs(out, 4)
    ids_first = {json.loads(line)["child_id"] for line in (out / "trace.jsonl").read_text().splitlines()}
    assert (work / "checkpoints/checkpoint_4").is_dir()
    second = run_search(TASK, "diff", 0, OPERATOR, search_cfg(iterations=8), 0, work, out)
    check_outputs(out, 8)
    ids_second = {json.loads(line)["child_id"] for line in (out / "trace.jsonl").read_text().splitlines()}
    assert ids_first <= ids_second  # continued, not restarted
    assert second.curve[:5] == first.curve
    assert second.search_seed == first.search_seed


def test_full_rewrite_with_final_checkpoint_off_interval(tmp_path):
    run_search(TASK, "full_rewrite", 1, OPERATOR, search_cfg(iterations=3, checkpoint_interval=2), 0,
               tmp_path / "w", tmp_path / "o")
    records = [json.loads(line) for line in (tmp_path / "o/trace.jsonl").read_text().splitlines()]
    assert all(r["metadata"]["evolution_mode"] == "full_rewrite" for r in records)
    assert (tmp_path / "w/checkpoints/checkpoint_3").is_dir()  # the last iteration is always checkpointed


def test_operational_settings_resume(tmp_path):
    """Checkpoint interval and workers steer a run but are not its identity: changing them resumes."""
    work = tmp_path / "w"
    run_search(TASK, "diff", 0, OPERATOR, search_cfg(iterations=2, checkpoint_interval=1), 0, work, tmp_path / "o")
    marker = work / "checkpoints" / "marker"
    marker.touch()
    run_search(TASK, "diff", 0, OPERATOR, search_cfg(iterations=3, checkpoint_interval=3, workers=2), 0, work,
               tmp_path / "o")
    assert marker.exists()


def test_changed_settings_start_over(tmp_path):
    work = tmp_path / "w"
    run_search(TASK, "diff", 0, OPERATOR, search_cfg(iterations=2, checkpoint_interval=1), 0, work, tmp_path / "o")
    before = json.loads((work / "initial.json").read_text())["program_id"]
    run_search(TASK, "diff", 0, OPERATOR, search_cfg(iterations=2, population_size=30), 0, work, tmp_path / "o")
    assert json.loads((work / "initial.json").read_text())["program_id"] != before


def test_killed_run_resumes_from_last_checkpoint(tmp_path):
    work, out = tmp_path / "work", tmp_path / "out"
    cfg = {"search": search_cfg(iterations=8, checkpoint_interval=2), "operator": OPERATOR, "seed": 0}
    argv = [sys.executable, "-m", "eft.cli", "search", "run", "--task-dir", str(TASK), "--strategy", "diff",
            "--seed", "0", "--cfg", json.dumps(cfg), "--work-dir", str(work), "--out-dir", str(out)]
    kill_once_exists(argv, work / "checkpoints/checkpoint_2/best_program_info.json", timeout=60,
                     env={**os.environ, "QUADRATIC_EVAL_SLEEP": "0.4"})
    assert not (out / "summary.json").exists()
    kept = [json.loads(line) for line in (work / "evolution_trace.jsonl").read_text().splitlines()
            if json.loads(line)["iteration"] <= 2]
    run_search(TASK, "diff", 0, OPERATOR, cfg["search"], 0, work, out)
    check_outputs(out, 8)
    records = [json.loads(line) for line in (out / "trace.jsonl").read_text().splitlines()]
    assert [r["child_id"] for r in records if r["iteration"] <= 2] == [r["child_id"] for r in kept]


def test_changed_task_folder_starts_over(tmp_path):
    task, work = tmp_path / "task", tmp_path / "w"
    shutil.copytree(TASK, task)
    run_search(task, "diff", 0, OPERATOR, search_cfg(iterations=2, checkpoint_interval=1), 0, work, tmp_path / "o")
    marker = work / "checkpoints" / "marker"
    marker.touch()
    run_search(task, "diff", 0, OPERATOR, search_cfg(iterations=3, checkpoint_interval=1), 0, work, tmp_path / "o")
    assert marker.exists()  # same inputs: resumed
    (task / "initial_program.py").write_text((task / "initial_program.py").read_text() + "\n")
    run_search(task, "diff", 0, OPERATOR, search_cfg(iterations=3, checkpoint_interval=1), 0, work, tmp_path / "o")
    assert not marker.exists()  # the task changed: its old checkpoints are not reused


def test_broken_task_recorded_as_failed(tmp_path):
    task = tmp_path / "task"
    shutil.copytree(TASK, task)
    (task / "evaluator.py").write_text("def evaluate(program_path, task):\n    raise ValueError('no data')\n")
    args = (task, "diff", 0, OPERATOR, search_cfg(iterations=2), 0, tmp_path / "w", tmp_path / "o")
    with pytest.raises(EftError, match="evaluator error: ValueError: no data"):
        run_search(*args)
    summary = run_search(*args, record_task_failure=True)
    assert summary.status.startswith("failed: task quadratic: evaluator error: ValueError: no data")
    assert RunSummary.read(tmp_path / "o/summary.json") == summary
    assert summary.best is None and (tmp_path / "o/trace.jsonl").read_text() == ""
    assert cli.main(["table", "--runs", str(tmp_path / "o/summary.json"), "--out", str(tmp_path / "runs.csv")]) == 0
    row = pd.read_csv(tmp_path / "runs.csv").iloc[0]
    assert row["task"] == "quadratic" and row["status"] == summary.status and pd.isna(row["best"])


def test_gpu_task_without_device_is_skipped(tmp_path, monkeypatch):
    task = tmp_path / "task"
    shutil.copytree(TASK, task)
    spec = yaml.safe_load((task / "task.yaml").read_text())
    (task / "task.yaml").write_text(yaml.safe_dump({**spec, "requires_gpu": True}))
    monkeypatch.setattr(search_run, "gpu_available", lambda: False)
    summary = run_search(task, "diff", 0, OPERATOR, search_cfg(), 0, tmp_path / "w", tmp_path / "o")
    assert summary.status == "skipped: no CUDA device"
    assert summary.best is None and summary.curve == []
    assert (tmp_path / "o/trace.jsonl").read_text() == ""
    assert not (tmp_path / "w").exists()


def test_cli_contract(tmp_path, capsys):
    cfg = {"search": search_cfg(iterations=2), "operator": OPERATOR, "seed": 5}
    args = ["run", "--task-dir", str(TASK), "--strategy", "diff", "--seed", "0", "--work-dir", str(tmp_path / "w"),
            "--out-dir", str(tmp_path / "o")]
    assert cli.main(args + ["--cfg", json.dumps(cfg)]) == 0
    assert "quadratic diff seed 0: ok" in capsys.readouterr().out
    with pytest.raises(EftError, match="lacks key 'seed'"):
        cli.main(args + ["--cfg", json.dumps({"search": {}, "operator": OPERATOR})])
    with pytest.raises(EftError, match="not valid JSON"):
        cli.main(args + ["--cfg", "{"])
    with pytest.raises(EftError, match="unknown operator kind"):
        cli.main(args + ["--cfg", json.dumps({**cfg, "operator": {**OPERATOR, "kind": "magic"}})])


def test_cpp_task(tmp_path):
    summary = run_search(REPO / "tests/fixtures/tasks/greedy_cpp", "diff", 0, OPERATOR, search_cfg(iterations=4),
                         0, tmp_path / "w", tmp_path / "o")
    check_outputs(tmp_path / "o", 4)
    assert summary.language == "cpp" and summary.best["code_path"] == "best_program.cpp"
    record = json.loads((tmp_path / "o/trace.jsonl").read_text().splitlines()[0])
    assert "```cpp\n" in record["prompt"]["user"]
    assert "error" not in summary.initial_metrics


def test_parent_code_of_an_evicted_parent_is_filled_from_the_trace():
    from eft.search.summary import fill_parent_code

    initial = {"program_id": "p0", "code": "x = 0\n"}
    records = [
        {"iteration": 1, "parent_id": "p0", "child_id": "c1", "child_code": "x = 1\n"},
        {"iteration": 2, "parent_id": "c1", "child_id": "c2", "child_code": "x = 2\n", "parent_code": "x = 1\n"},
        {"iteration": 3, "parent_id": "c1", "child_id": "c3", "child_code": "x = 3\n"},
    ]
    filled = fill_parent_code(initial, records)
    assert [r["parent_code"] for r in filled] == ["x = 0\n", "x = 1\n", "x = 1\n"]


def test_cli_names_a_missing_operational_setting(tmp_path):
    search = {k: v for k, v in search_cfg(iterations=2).items() if k != "checkpoint_interval"}
    args = ["run", "--task-dir", str(TASK), "--strategy", "diff", "--seed", "0", "--work-dir", str(tmp_path / "w"),
            "--out-dir", str(tmp_path / "o"), "--cfg", json.dumps({"search": search, "operator": OPERATOR, "seed": 0})]
    with pytest.raises(EftError, match=r"--ops \(operational settings\) or --cfg lacks setting 'checkpoint_interval'"):
        cli.main(args)
    ops = tmp_path / "ops.json"
    ops.write_text(json.dumps({"teacher_search": {"search": {"checkpoint_interval": 1, "workers": 1}}}))
    assert cli.main(args + ["--ops", str(ops), "--ops-key", "teacher_search"]) == 0
    assert (tmp_path / "w/checkpoints/checkpoint_1").is_dir()  # the interval came from the file


def test_seed_scored_invalid_is_a_failed_task_not_a_search(tmp_path):
    """A seed that scores with an error (e.g. the machine cannot run the task) would make a search whose every
    score is 0; the run is recorded as failed instead, with the evaluator's reason."""
    task = tmp_path / "task"
    shutil.copytree(TASK, task)
    (task / "evaluator.py").write_text(
        "def evaluate(program_path, task):\n    return {'combined_score': 0.0, 'error': 'cudaErrorNoDevice'}\n")
    args = (task, "diff", 0, OPERATOR, search_cfg(iterations=2), 0, tmp_path / "w", tmp_path / "o")
    with pytest.raises(EftError, match="initial program scored invalid on this machine: cudaErrorNoDevice"):
        run_search(*args)
    summary = run_search(*args, record_task_failure=True)
    assert summary.status == "failed: task quadratic: the initial program scored invalid on this machine: cudaErrorNoDevice"
