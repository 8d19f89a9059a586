"""Task registry, folder validation, materialization and manifest, on small synthetic task folders."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from eft.errors import EftError
from eft.paths import TASKS_DIR
from eft.tasks import cli
from eft.tasks.materialize import derived_seed
from eft.tasks.registry import discover, get
from eft.tasks.validate import validate_task

TASK_YAML = {"id": "toy", "name": "Toy", "domain": "constructive", "direction": "higher", "metric": "score",
             "language": "python", "split": "train", "requires_gpu": False,
             "reference": {"initial": 1.0, "best_known": None}, "data_seed": 7}
DATA_PY = ("import random\n"
           "def generate(out_dir, seed):\n"
           "    (out_dir / 'numbers.txt').write_text(str(random.Random(seed).random()))\n")


def _make_task(root: Path, task_id: str = "toy", **overrides) -> Path:
    task = root / task_id
    task.mkdir(parents=True)
    (task / "task.yaml").write_text(yaml.safe_dump({**TASK_YAML, "id": task_id, **overrides}))
    (task / "initial_program.py").write_text("# EVOLVE-BLOCK-START\ndef run():\n    return 1\n# EVOLVE-BLOCK-END\n")
    (task / "evaluator.py").write_text("def evaluate(program_path):\n    return {'combined_score': 1.0}\n")
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
    ({"timeout_s": -1}, "timeout_s"),
])
def test_task_yaml_fields(tmp_path, overrides, expected):
    problems = validate_task(_make_task(tmp_path, **overrides))
    assert any(expected in p for p in problems), problems


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
    assert derived_seed(1, 7) == derived_seed(1, 7) != derived_seed(2, 7)
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
    assert cli.main(["--tasks-dir", str(tmp_path), "validate"]) == 0
    (tmp_path / "toy" / "evaluator.py").unlink()
    assert cli.main(["--tasks-dir", str(tmp_path), "validate", "toy"]) == 1
    assert "toy: missing evaluator.py" in capsys.readouterr().out


@pytest.mark.parametrize("task_id", ["erdos_min_overlap", "ac1", "ac2", "circle_packing_26", "heilbronn_triangle"])
def test_repository_math_tasks_are_valid(task_id):
    assert validate_task(TASKS_DIR / task_id) == []
