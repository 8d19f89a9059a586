"""Task families (a shared folder per family, members that differ by params), the suite's rules and statistics,
the nested training subsets, and `eft tasks import` of an OpenEvolve-style folder."""
from __future__ import annotations

import json
import zlib
from pathlib import Path

import pytest
import yaml

from eft.errors import EftError
from eft.paths import TASKS_DIR
from eft.tasks import cli
from eft.tasks.importer import import_folder
from eft.tasks.materialize import materialized
from eft.tasks.proofs import prove
from eft.tasks.registry import (
    FAMILIES_DIRNAME,
    MAX_FAMILY_MEMBERS,
    discover,
    get,
    load_evaluator,
)
from eft.tasks.suite import nested_subsets, stats_rows, subset_order, suite_problems
from eft.tasks.validate import validate_task

CONF_TASKS = Path(__file__).resolve().parents[1] / "conf" / "tasks"

# a family whose members sum the first `n` of their generated numbers; the statement names n
FAMILY_EVALUATOR = '''from eft.judge import Task, candidate_output, guarded, CandidateError


@guarded
def evaluate(program_path, task: Task):
    numbers = [int(x) for x in (task.data_dir / "numbers.txt").read_text().split()]
    answer = candidate_output(task, program_path, kwargs={"count": task.params["n"]})
    if not isinstance(answer, int) or isinstance(answer, bool):
        raise CandidateError("run() must return an int")
    error = abs(answer - sum(numbers[: task.params["n"]]))
    return {"combined_score": 1.0 / (1.0 + error), "error_abs": float(error)}
'''
FAMILY_DATA = '''import random


def generate(out_dir, seed, params):
    rng = random.Random(seed)
    (out_dir / "numbers.txt").write_text(" ".join(str(rng.randint(0, 9)) for _ in range(params["n"])))
'''
SEED = "# EVOLVE-BLOCK-START\ndef run(count):\n    return 0\n# EVOLVE-BLOCK-END\n"
BETTER = ("# EVOLVE-BLOCK-START\nimport os\ndef run(count):\n    return 4 * count\n# EVOLVE-BLOCK-END\n")
BAD = "# EVOLVE-BLOCK-START\ndef run(count):\n    return 'many'\n# EVOLVE-BLOCK-END\n"


def make_family(root: Path, name: str = "summing") -> Path:
    folder = root / FAMILIES_DIRNAME / name
    (folder / "proofs").mkdir(parents=True)
    (folder / "evaluator.py").write_text(FAMILY_EVALUATOR)
    (folder / "data.py").write_text(FAMILY_DATA)
    (folder / "initial_program.py").write_text(SEED)
    (folder / "config.yaml").write_text("prompt:\n  system_message: Return the sum of the first ${n} numbers ($$1 each).\n")
    (folder / "proofs" / "better_guess.py").write_text(BETTER)
    (folder / "proofs" / "bad_text.py").write_text(BAD)
    return folder


def make_member(root: Path, task_id: str, family: str = "summing", split: str = "train", **fields) -> Path:
    folder = root / task_id
    folder.mkdir(parents=True)
    data = {"id": task_id, "name": task_id, "domain": "constructive", "family": family, "direction": "lower",
            "metric": "error_abs", "language": "python", "split": split, "requires_gpu": False,
            "reference": {"initial": None, "best_known": 0.0}, "data_seed": zlib.crc32(task_id.encode()),
            "params": {"n": 5}, "combined_score": "1 / (1 + error_abs)", **fields}
    (folder / "task.yaml").write_text(yaml.safe_dump(data))
    return folder


def test_member_materializes_from_its_family(tmp_path):
    make_family(tmp_path)
    make_member(tmp_path, "summing_n7", params={"n": 7})
    spec = get("summing_n7", tmp_path)
    assert spec.family == "summing" and spec.params == {"n": 7}
    assert validate_task(tmp_path / "summing_n7") == []
    with materialized(spec) as copy:
        assert sorted(p.name for p in copy.iterdir()) == [
            "config.yaml", "data", "data.py", "evaluator.py", "initial_program.py", "materialize.json", "proofs",
            "task.yaml"]
        assert "first 7 numbers ($1 each)" in (copy / "config.yaml").read_text()
        assert len((copy / "data" / "numbers.txt").read_text().split()) == 7  # params reached data.py
        evaluator = load_evaluator(copy)
        assert evaluator.task.params == {"n": 7}
        truth = sum(int(x) for x in (copy / "data" / "numbers.txt").read_text().split())
        assert evaluator(copy / "initial_program.py")["error_abs"] == float(truth)


def test_member_files_override_the_family(tmp_path):
    make_family(tmp_path)
    member = make_member(tmp_path, "summing_own")
    (member / "config.yaml").write_text("prompt:\n  system_message: My own statement for ${n}.\n")
    with materialized(get("summing_own", tmp_path)) as copy:
        assert "My own statement for 5." in (copy / "config.yaml").read_text()
        assert (copy / "evaluator.py").read_text() == FAMILY_EVALUATOR


def test_family_proofs_run_for_every_member(tmp_path):
    make_family(tmp_path)
    for n in (3, 6):
        member = make_member(tmp_path, f"summing_n{n}", params={"n": n})
        first = prove(get(f"summing_n{n}", tmp_path))
        assert [p.split(": ", 1)[1] for p in first.problems] == [
            "task.yaml: reference.initial is null; a held-out seed must state its score"]
        measured = first.scores["seed"]["error_abs"]
        data = yaml.safe_load((member / "task.yaml").read_text())
        (member / "task.yaml").write_text(yaml.safe_dump({**data, "reference": {"initial": measured,
                                                                                 "best_known": 0.0}}))
        report = prove(get(f"summing_n{n}", tmp_path))
        assert report.ok, report.problems
        assert {"proofs/better_guess.py", "proofs/bad_text.py"} <= set(report.scores)


@pytest.mark.parametrize(("edit", "expected"), [
    (lambda root, m: (root / FAMILIES_DIRNAME / "summing" / "config.yaml").write_text(
        "prompt:\n  system_message: sum ${count} numbers\n"), "uses ${count}, which is not in the task's params"),
    (lambda root, m: (root / FAMILIES_DIRNAME / "summing" / "data.py").write_text(
        "def generate(out_dir):\n    pass\n"), "generate() must take 2 parameters"),
    (lambda root, m: make_member(root, "orphan", family="nowhere"), "has no folder _families/nowhere/"),
    (lambda root, m: (m / "task.yaml").write_text((m / "task.yaml").read_text().replace("family: summing",
                                                                                       "family: Sum-ming")),
     "'family' is 'Sum-ming'"),
    (lambda root, m: (m / "task.yaml").write_text((m / "task.yaml").read_text().replace("n: 5", "[5]").replace(
        "params:\n", "params:")), "'params' must be a mapping"),
])
def test_broken_members_give_one_line_problems(tmp_path, edit, expected):
    make_family(tmp_path)
    member = make_member(tmp_path, "summing_a")
    edit(tmp_path, member)
    target = "orphan" if (tmp_path / "orphan").is_dir() else "summing_a"
    problems = validate_task(tmp_path / target)
    assert problems and expected in problems[0] and "\n" not in problems[0], problems


def test_suite_rules(tmp_path):
    make_family(tmp_path)
    for i in range(MAX_FAMILY_MEMBERS + 1):
        make_member(tmp_path, f"summing_{i}")
    make_member(tmp_path, "held", split="heldout", family="summing")
    make_member(tmp_path, "copycat", family="copycat", data_seed=zlib.crc32(b"summing_0"))
    (tmp_path / "copycat" / "evaluator.py").write_text(FAMILY_EVALUATOR)
    problems = suite_problems(discover(tmp_path).values())
    assert any(p.startswith("family summing: 14 members, at most 12") for p in problems)
    assert any(p.startswith("family summing: in training and held out (held)") for p in problems)
    assert any("is shared by copycat, summing_0" in p for p in problems)
    assert cli.main(["--tasks-dir", str(tmp_path), "validate", "--structure-only"]) == 1


def test_stats_of_the_repository_suite(capsys):
    specs = discover(TASKS_DIR).values()
    rows = {(r["split"], r["domain"]): r for r in stats_rows(specs)}
    assert rows[("heldout", "all")]["tasks"] == sum(s.split == "heldout" for s in specs)
    assert rows[("train", "all")]["families"] == len({s.family for s in specs if s.split == "train"})
    assert cli.main(["stats"]) == 0, "the repository's suite breaks a suite rule"
    assert "families" in capsys.readouterr().out.splitlines()[0]


def test_stats_tolerate_a_broken_task_yaml_with_out(tmp_path):
    make_family(tmp_path)
    make_member(tmp_path, "summing_ok")
    (make_member(tmp_path, "summing_broken") / "task.yaml").write_text("id: [unclosed\n")
    out = tmp_path / "suite.json"
    assert cli.main(["--tasks-dir", str(tmp_path), "stats", "--out", str(out)]) == 0
    data = json.loads(out.read_text())
    assert data["rows"][0]["tasks"] == 1 and "malformed YAML" in data["problems"][0]
    assert cli.main(["--tasks-dir", str(tmp_path), "stats"]) == 1


def _fake_specs(counts: dict[str, int]):
    specs = []
    for domain, n in counts.items():
        for i in range(n):
            specs.append(type("Spec", (), {"id": f"{domain}_{i:03d}", "domain": domain, "family": f"{domain}_f{i % 4}",
                                           "split": "train"})())
    return specs


def test_subsets_are_nested_stratified_and_seeded():
    counts = {"competitive_programming": 172, "numerical": 47, "symreg_physics": 44, "heuristic": 35, "math": 28,
              "symreg_biology": 24, "symreg_chemistry": 12, "gpu_kernel": 4, "scrna": 3, "constructive": 2}
    specs = _fake_specs(counts)
    subsets = nested_subsets(specs, [15, 187, 371], seed=0)
    assert set(subsets[15]) < set(subsets[187]) < set(subsets[371]) and len(subsets[371]) == 371
    domains = {s.id: s.domain for s in specs}
    small = [domains[t] for t in subsets[15]]
    assert set(small) == set(counts)  # every domain is in the smallest subset
    mid = {d: sum(domains[t] == d for t in subsets[187]) for d in counts}
    for domain, n in counts.items():  # proportional within one task
        assert abs(mid[domain] - 187 * n / 371) <= 2, (domain, mid[domain])
    families = {s.id: s.family for s in specs}
    for domain in counts:  # a small subset spreads over as many families as it has seats
        chosen = [t for t in subsets[15] if domains[t] == domain]
        assert len({families[t] for t in chosen}) == min(len(chosen), 4)
    assert subset_order(specs, 0) == subset_order(specs, 0) != subset_order(specs, 1)


def test_stored_subsets_match_the_suite():
    """conf/tasks/train<N>.yaml are what `eft tasks subsets` writes for the suite as it is (regenerate after
    adding tasks)."""
    specs = discover(TASKS_DIR)
    train = [s for s in specs.values() if s.split == "train"]
    heldout = sorted(s.id for s in specs.values() if s.split == "heldout")
    stored = {int(p.stem[5:]): yaml.safe_load(p.read_text())["select"] for p in CONF_TASKS.glob("train*.yaml")}
    assert stored, "no conf/tasks/train<N>.yaml"
    expected = nested_subsets(train, stored, seed=0)
    for size, select in stored.items():
        assert select == [*expected[size], *heldout], f"conf/tasks/train{size}.yaml is stale: eft tasks subsets"


EXAMPLE_EVALUATOR = '''import importlib.util


def evaluate(program_path):
    spec = importlib.util.spec_from_file_location("candidate", program_path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    x = float(module.solve())
    return {"distance": abs(x - 3.0), "combined_score": 1.0 / (1.0 + abs(x - 3.0)), "note": "text is dropped"}
'''


def make_openevolve_folder(root: Path, evaluator: str = EXAMPLE_EVALUATOR) -> Path:
    folder = root / "My-Example"
    folder.mkdir(parents=True)
    (folder / "initial_program.py").write_text("# EVOLVE-BLOCK-START\ndef solve():\n    return 0.0\n# EVOLVE-BLOCK-END\n")
    (folder / "evaluator.py").write_text(evaluator)
    (folder / "config.yaml").write_text("max_iterations: 50\nllm:\n  temperature: 0.7\nprompt:\n"
                                        "  system_message: Return a number close to three.\n")
    return folder


def test_import_openevolve_folder(tmp_path, capsys):
    source = make_openevolve_folder(tmp_path / "src")
    suite = tmp_path / "suite"
    suite.mkdir()
    assert cli.main(["--tasks-dir", str(suite), "import", str(source), "--domain", "constructive", "--split",
                     "train"]) == 0
    assert "imported as my_example" in capsys.readouterr().out
    spec = get("my_example", suite)
    assert (spec.reference_initial, spec.family, spec.split) == (0.25, "my_example", "train")
    assert yaml.safe_load((suite / "my_example" / "config.yaml").read_text()) == {
        "prompt": {"system_message": "Return a number close to three."}}  # search settings are not a task's
    assert cli.main(["--tasks-dir", str(suite), "list"]) == 0 and "my_example" in capsys.readouterr().out
    assert cli.main(["--tasks-dir", str(suite), "validate", "--structure-only"]) == 0
    better = tmp_path / "better.py"
    better.write_text("def solve():\n    return 2.5\n")
    with materialized(spec) as copy:
        result = load_evaluator(copy)(better)
    assert result["combined_score"] == pytest.approx(1 / 1.5) and "note" not in result
    capsys.readouterr()
    # an imported task proves its evaluator like ours, once it has proofs of its own
    assert cli.main(["--tasks-dir", str(suite), "validate"]) == 1
    assert "no proofs/better*" in capsys.readouterr().out
    proofs = suite / "my_example" / "proofs"
    proofs.mkdir()
    (proofs / "better_close.py").write_text("# EVOLVE-BLOCK-START\ndef solve():\n    return 2.5\n# EVOLVE-BLOCK-END\n")
    (proofs / "bad_text.py").write_text("# EVOLVE-BLOCK-START\ndef solve():\n    return 'three'\n# EVOLVE-BLOCK-END\n")
    assert cli.main(["--tasks-dir", str(suite), "validate"]) == 0, capsys.readouterr().out


@pytest.mark.parametrize(("evaluator", "expected"), [
    ("def evaluate(program_path):\n    raise ValueError('judge broke')\n", "judge broke"),
    ("def evaluate(program_path):\n    return {'combined_score': float('nan')}\n", "not a finite number"),
    ("def evaluate(program_path):\n    return {'other': 1.0}\n", "reported no 'combined_score'"),
    ("def evaluate(program_path):\n    return 3\n", "expected a dict of metrics"),
    ("def evaluate(path, extra):\n    return {}\n", "no top-level evaluate(program_path)"),
])
def test_import_refuses_a_folder_whose_seed_does_not_score(tmp_path, evaluator, expected):
    source = make_openevolve_folder(tmp_path / "src", evaluator)
    suite = tmp_path / "suite"
    suite.mkdir()
    with pytest.raises(EftError, match=expected.replace("(", r"\(").replace(")", r"\)")):
        import_folder(source, suite, "constructive", "train")
    assert [p.name for p in suite.iterdir()] == []  # nothing half-written is left in the suite


def test_import_refuses_bad_arguments(tmp_path):
    source = make_openevolve_folder(tmp_path / "src")
    (tmp_path / "suite").mkdir()
    with pytest.raises(EftError, match="--direction lower needs --metric"):
        import_folder(source, tmp_path / "suite", "constructive", "train", direction="lower")
    with pytest.raises(EftError, match="--domain 'chess'"):
        import_folder(source, tmp_path / "suite", "chess", "train")
    (source / "initial_program.py").write_text("def solve():\n    return 0.0\n")
    with pytest.raises(EftError, match="EVOLVE-BLOCK-START"):
        import_folder(source, tmp_path / "suite", "constructive", "train")
