"""Broken task folders: `eft tasks validate` names each problem in one line, and a search on such a folder
stops with one line (or, for an evaluator that raises on a child, records the child as failed and goes on)."""
import json
from pathlib import Path

import pytest
import yaml

from eft.cli import main
from eft.search.run import run_search

REPO = Path(__file__).resolve().parents[2]

SEARCH = {**yaml.safe_load((REPO / "conf/search/micro.yaml").read_text()), "iterations": 2}
OPERATOR = yaml.safe_load((REPO / "conf/operator/offline.yaml").read_text())


def search_argv(task_dir, tmp_path) -> list[str]:
    cfg = json.dumps({"search": SEARCH, "operator": OPERATOR, "seed": 0})
    return ["search", "run", "--task-dir", str(task_dir), "--strategy", "diff", "--seed", "0", "--cfg", cfg,
            "--work-dir", str(tmp_path / "w"), "--out-dir", str(tmp_path / "o")]


def break_task_yaml(task_dir, text: str) -> None:
    (task_dir / "task.yaml").write_text(text)


def edit_task_yaml(task_dir, **changes) -> None:
    spec = yaml.safe_load((task_dir / "task.yaml").read_text())
    (task_dir / "task.yaml").write_text(yaml.safe_dump({**spec, **changes}))


UNKNOWN_LIMIT = ("quadratic: task.yaml: unknown key 'limits.cpu_s' "
                 "(expected one of call_s|mem_mb|compile_s|case_s|evaluation_s)")


@pytest.mark.parametrize(("damage", "problem", "search_error"), [
    (lambda d: (d / "evaluator.py").unlink(), "quadratic: missing evaluator.py",
     "task quadratic: missing evaluator.py in {dir}"),
    (lambda d: break_task_yaml(d, "id: quadratic\nname: [unclosed\ndomain: constructive\n"),
     "quadratic: task.yaml: line 3 malformed YAML (expected ',' or ']', but got ':')",
     "{dir}/task.yaml: line 3 malformed YAML (expected ',' or ']', but got ':')"),
    (lambda d: edit_task_yaml(d, data_seed="zero"), "quadratic: task.yaml: 'data_seed' must be int, got str",
     "quadratic: task.yaml: 'data_seed' must be int, got str"),
    (lambda d: edit_task_yaml(d, limits={"cpu_s": 5}), UNKNOWN_LIMIT, UNKNOWN_LIMIT),
], ids=["missing-evaluator", "invalid-yaml", "wrong-field-type", "unknown-limit"])
def test_broken_task_folder(task_dir, tmp_path, capsys, cli_error, damage, problem, search_error):
    damage(task_dir)
    assert main(["tasks", "--tasks-dir", str(task_dir.parent), "validate", "quadratic"]) == 1
    assert capsys.readouterr().out.splitlines() == [problem, "1 task(s) checked, 1 problem(s), 0 proven, 0 skipped"]
    line = cli_error(*search_argv(task_dir, tmp_path))
    assert line == "eft search: error: " + search_error.format(dir=task_dir)
    assert not (tmp_path / "o").exists()


RAISING = '''
from pathlib import Path


def evaluate(program_path, task):
    if Path(program_path).read_text() == (task.dir / "initial_program.py").read_text():
        return {"combined_score": 0.5, "gap": 1.0}
    raise RuntimeError("evaluator bug\\non two lines")
'''


def test_evaluator_raising_on_a_child_fails_that_child_and_the_run_goes_on(task_dir, tmp_path):
    (task_dir / "evaluator.py").write_text(RAISING)
    summary = run_search(task_dir, "diff", 0, OPERATOR, SEARCH, 0, tmp_path / "w", tmp_path / "o")
    assert summary.status == "ok" and summary.best["combined_score"] == 0.5
    records = [json.loads(line) for line in (tmp_path / "o/trace.jsonl").read_text().splitlines()]
    assert len(records) == SEARCH["iterations"]
    assert all(r["child_metrics"] == {"combined_score": 0.0,
                                      "error": "evaluator error: RuntimeError: evaluator bug on two lines"}
               for r in records)


@pytest.mark.parametrize(("source", "error"), [
    ("def evaluate(program_path, task):\n    return 1 / 0\n", "ZeroDivisionError: division by zero"),
    ("raise ImportError('no module named helper')\n", "ImportError: no module named helper"),
    ("def evaluate(program_path, task):\n    return 0.5\n", "returned float, not a dict"),
    ("def evaluate(program_path):\n    return {'combined_score': 1.0}\n",
     "TypeError: evaluate() takes 1 positional argument but 2 were given"),
], ids=["raises", "raises-on-import", "returns-no-dict", "one-parameter-evaluate"])
def test_evaluator_failing_on_the_initial_program_stops_the_search(task_dir, tmp_path, cli_error, source, error):
    (task_dir / "evaluator.py").write_text(source)
    line = cli_error(*search_argv(task_dir, tmp_path))
    assert line == (f"eft search: error: task quadratic: evaluator error: {error} "
                    "(on the initial program; fix the task's evaluator.py)")
    assert not (tmp_path / "o").exists()
