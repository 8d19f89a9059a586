"""Task registry, folder validation, materialization and manifest, on small synthetic task folders."""
from __future__ import annotations

import json
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
import yaml

from eft.errors import EftError
from eft.judge import TaskLimits
from eft.paths import TASKS_DIR
from eft.tasks import cli
from eft.tasks.materialize import data_seed, materialized
from eft.tasks.registry import discover, get, load_evaluator
from eft.tasks.validate import validate_task

TASK_YAML = {"id": "toy", "name": "Toy", "domain": "constructive", "family": "toy", "direction": "higher", "metric": "score",
             "language": "python", "split": "train", "requires_gpu": False,
             "reference": {"initial": 1.0, "best_known": None}, "data_seed": 7}
EVALUATOR_PY = ("def evaluate(program_path, task):\n"
                "    return {'combined_score': float((task.data_dir / 'numbers.txt').read_text()),\n"
                "            'call_s': task.limits.call_s}\n")
DATA_PY = ("import random\n"
           "def generate(out_dir, seed):\n"
           "    (out_dir / 'numbers.txt').write_text(str(random.Random(seed).random()))\n")


def _make_task(root: Path, task_id: str = "toy", **overrides) -> Path:
    task = root / task_id
    task.mkdir(parents=True)
    unique = {"id": task_id, "family": task_id, "data_seed": zlib.crc32(task_id.encode())}
    (task / "task.yaml").write_text(yaml.safe_dump({**TASK_YAML, **unique, **overrides}))
    (task / "initial_program.py").write_text("# EVOLVE-BLOCK-START\ndef run():\n    return 1\n# EVOLVE-BLOCK-END\n")
    (task / "evaluator.py").write_text(EVALUATOR_PY)
    (task / "config.yaml").write_text("prompt:\n  system_message: do the thing\n")
    (task / "data.py").write_text(DATA_PY)
    return task


def test_discover_and_get(tmp_path):
    _make_task(tmp_path, "toy")
    _make_task(tmp_path, "other", split="heldout")
    (tmp_path / "unfinished").mkdir()  # no task.yaml yet: not a task
    specs = discover(tmp_path)
    assert sorted(specs) == ["other", "toy"] and specs["other"].split == "heldout"
    assert get("toy", tmp_path).initial_program == tmp_path / "toy" / "initial_program.py"
    with pytest.raises(EftError, match="unknown task"):
        get("missing", tmp_path)


def test_valid_folder_has_no_problems(tmp_path):
    assert validate_task(_make_task(tmp_path)) == []


@pytest.mark.parametrize("edit, expected", [
    (lambda t: (t / "task.yaml").write_text("id: [unclosed\n"), "malformed YAML"),
    (lambda t: (t / "initial_program.py").write_text("def run():\n    return 1\n"), "EVOLVE-BLOCK"),
    (lambda t: (t / "evaluator.py").write_text("def score(p):\n    return {}\n"), "no top-level function evaluate"),
    (lambda t: (t / "evaluator.py").write_text("def evaluate(:\n"), "syntax error"),
    (lambda t: (t / "evaluator.py").write_text("def evaluate(program_path):\n    return {}\n"),
     "evaluate() must take 2 parameters (program_path, task), it takes 1"),
    (lambda t: (t / "config.yaml").write_text("language: python\nprompt:\n  system_message: x\n"),
     "config.yaml: unknown key 'language'"),
    (lambda t: (t / "config.yaml").write_text("prompt:\n  system_message: x\n  template: y\n"),
     "config.yaml: unknown key 'prompt.template'"),
    (lambda t: (t / "config.yaml").write_text("prompt: {}\n"), "system_message"),
    (lambda t: (t / "config.yaml").unlink(), "missing config.yaml"),
    (lambda t: (t / "data.py").write_text("x = 1\n"), "generate"),
])
def test_broken_folders_give_one_line_problems(tmp_path, edit, expected):
    task = _make_task(tmp_path)
    edit(task)
    problems = validate_task(task)
    assert len(problems) == 1 and expected in problems[0] and problems[0].startswith("toy: ")


@pytest.mark.parametrize("overrides, expected", [
    ({"direction": "up"}, "'direction' is 'up'"),
    ({"requires_gpu": "no"}, "'requires_gpu' must be bool"),
    ({"data_seed": True}, "'data_seed' must be int"),
    ({"reference": {"initial": "x", "best_known": 1}}, "reference.initial"),
    ({"id": "elsewhere"}, "differs from folder name"),
    ({"timeout_s": 10}, "unknown field 'timeout_s'"),
    ({"limits": {"cpu_s": 1}}, "unknown key 'limits.cpu_s' (expected one of call_s|mem_mb|compile_s|case_s|"),
    ({"limits": {"call_s": -1}}, "'limits.call_s' must be a positive number, got -1"),
    ({"limits": {"call_s": "10"}}, "'limits.call_s' must be a positive number"),
    ({"limits": {"mem_mb": 1.5}}, "'limits.mem_mb' must be a positive integer"),
    ({"limits": {"call_s": 100, "evaluation_s": 120}}, "'limits.evaluation_s' (120) must exceed"),
    ({"limits": [1]}, "'limits' must be a mapping"),
])
def test_task_yaml_fields(tmp_path, overrides, expected):
    problems = validate_task(_make_task(tmp_path, **overrides))
    assert any(expected in p for p in problems), problems


def test_limits_default_in_one_place(tmp_path):
    _make_task(tmp_path, "plain")
    _make_task(tmp_path, "tight", limits={"call_s": 3, "mem_mb": 512})
    assert get("plain", tmp_path).limits == TaskLimits()
    tight = get("tight", tmp_path).limits
    assert (tight.call_s, tight.mem_mb, tight.compile_s) == (3.0, 512, TaskLimits().compile_s)
    assert tight.call().timeout_s == 3.0 and tight.call().mem_mb == 512
    (tmp_path / "tight" / "task.yaml").write_text(yaml.safe_dump({**TASK_YAML, "id": "tight", "limits": {"cpu": 1}}))
    with pytest.raises(EftError, match="^tight: task.yaml: unknown key 'limits.cpu'"):
        get("tight", tmp_path)


def test_raw_folder_with_data_is_evaluated_on_a_materialized_copy(tmp_path, capsys):
    spec = get("toy", _make_task(tmp_path).parent)
    with pytest.raises(EftError, match="has a data.py but no data/"):
        load_evaluator(spec.path)
    with materialized(spec, 3) as copy:
        expected = float((copy / "data" / "numbers.txt").read_text())
        assert load_evaluator(copy)(spec.initial_program) == {"combined_score": expected, "call_s": 10.0}
    assert not copy.exists()
    assert cli.main(["--tasks-dir", str(tmp_path), "evaluate", "--task", "toy", "--program",
                     str(spec.initial_program), "--seed", "3"]) == 0
    assert json.loads(capsys.readouterr().out)["combined_score"] == expected


def test_cpp_markers_use_slashes(tmp_path):
    task = _make_task(tmp_path, language="cpp")
    (task / "initial_program.cpp").write_text("// EVOLVE-BLOCK-START\nint main(){}\n// EVOLVE-BLOCK-END\n")
    assert validate_task(task) == []


def test_materialize_is_deterministic_and_manifest_lists_hashes(tmp_path):
    _make_task(tmp_path / "tasks")
    outs = []
    for name, seed in (("a", 1), ("b", 1), ("c", 2)):
        out = tmp_path / "out" / name
        assert cli.main(["--tasks-dir", str(tmp_path / "tasks"), "materialize", "--task", "toy",
                         "--cfg", json.dumps({"seed": seed}), "--out-dir", str(out)]) == 0
        outs.append((out / "data" / "numbers.txt").read_text())
        assert (out / "task.yaml").is_file() and not list(out.parent.glob(".*"))
    assert outs[0] == outs[1] != outs[2]
    assert data_seed(1, 7) == data_seed(1, 7) != data_seed(2, 7)
    manifest_path = tmp_path / "manifest.json"
    cli.main(["manifest", "--task-dirs", str(tmp_path / "out" / "a"), "--out", str(manifest_path)])
    entry = json.loads(manifest_path.read_text())["tasks"][0]
    assert entry["id"] == "toy" and entry["split"] == "train" and entry["requires_gpu"] is False
    assert {"task.yaml", "data/numbers.txt", "materialize.json"} <= set(entry["files"])


def test_materialize_rejects_bad_cfg(tmp_path):
    _make_task(tmp_path)
    with pytest.raises(EftError, match="seed"):
        cli.main(["--tasks-dir", str(tmp_path), "materialize", "--task", "toy", "--cfg", "{}",
                  "--out-dir", str(tmp_path / "o")])


def test_cli_list_and_validate(tmp_path, capsys):
    _make_task(tmp_path, "toy")
    _make_task(tmp_path, "held", split="heldout")
    assert cli.main(["--tasks-dir", str(tmp_path), "list", "--split", "heldout", "--json"]) == 0
    assert [row["id"] for row in json.loads(capsys.readouterr().out)] == ["held"]
    assert cli.main(["--tasks-dir", str(tmp_path), "validate", "--structure-only"]) == 0
    (tmp_path / "toy" / "evaluator.py").unlink()
    assert cli.main(["--tasks-dir", str(tmp_path), "validate", "toy"]) == 1
    assert "toy: missing evaluator.py" in capsys.readouterr().out


@pytest.mark.parametrize("task_id", sorted(p.name for p in TASKS_DIR.iterdir() if (p / "task.yaml").is_file()))
def test_repository_tasks_are_valid(task_id):
    assert validate_task(TASKS_DIR / task_id) == []


def test_judge_does_not_import_the_framework():
    code = "import sys, eft.judge; print(sorted(m for m in sys.modules if m.startswith(('eft.tasks', 'eft.search'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_evaluator_may_use_dataclasses(tmp_path):
    """A task file is imported as a registered module, so decorators that look it up by name work."""
    task = _make_task(tmp_path)
    (task / "evaluator.py").write_text(
        "from dataclasses import dataclass\n"
        "@dataclass\nclass Case:\n    value: float\n"
        "def evaluate(program_path, task):\n    return {'combined_score': Case(1.0).value}\n")
    with materialized(get("toy", tmp_path)) as copy:
        assert load_evaluator(copy)("x.py") == {"combined_score": 1.0}
