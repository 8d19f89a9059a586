"""The four held-out systems tasks (transaction scheduling, EPLB, PRISM, LLM-SQL): each judge's own
simulation on small hand-checked inputs, the seed's reference value, the proofs, and the task's own wrong
answers, each scoring 0 with the expected one-line reason."""
from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path

import numpy as np
import pytest

from eft.tasks.formula import evaluate_formula
from eft.tasks.proofs import proof_programs
from eft.tasks.registry import get

SYSTEMS = ("transaction_scheduling", "eplb", "prism", "llm_sql")


def program(tmp_path: Path, source: str) -> Path:
    path = tmp_path / "candidate.py"
    path.write_text(source)
    return path


def assert_rejected(result: dict, reason: str) -> None:
    assert result["combined_score"] == 0.0, result
    assert reason in result["error"] and "\n" not in result["error"], result


@pytest.mark.parametrize("task_id", SYSTEMS)
def test_seed_scores_its_reference_and_the_formula_holds(task_evaluator, task_id):
    spec = get(task_id)
    result = task_evaluator(task_id)(spec.initial_program)
    assert "error" not in result, result
    assert result[spec.metric] == pytest.approx(spec.reference_initial, rel=spec.reference_spread or 1e-12)
    assert evaluate_formula(spec.combined_formula, result) == pytest.approx(result["combined_score"], rel=1e-12)


@pytest.mark.parametrize("task_id", SYSTEMS)
def test_proofs_better_beats_the_seed_and_bad_is_rejected(task_evaluator, task_id):
    spec = get(task_id)
    evaluate = task_evaluator(task_id)
    seed = evaluate(spec.initial_program)["combined_score"]
    for better in proof_programs(spec, "better"):
        result = evaluate(better)
        assert "error" not in result, (better.name, result)
        assert result["combined_score"] > seed * (1 + (spec.reference_spread or 0.0)), (better.name, result)
    bad = proof_programs(spec, "bad")
    assert bad
    for path in bad:
        result = evaluate(path)
        assert result["combined_score"] == 0.0 and "\n" not in result["error"], (path.name, result)


@pytest.mark.parametrize("task_id", SYSTEMS)
def test_data_generators_are_deterministic(tmp_path, task_id):
    spec = importlib.util.spec_from_file_location(f"_data_{task_id}", get(task_id).path / "data.py")
    data = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(data)
    for out in ("a", "b", "c"):
        data.generate(tmp_path / out, 11 if out != "c" else 12)
    files = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert files and files == sorted(p.name for p in (tmp_path / "b").iterdir())
    assert all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files)
    assert any((tmp_path / "a" / f).read_bytes() != (tmp_path / "c" / f).read_bytes() for f in files)


# transaction scheduling ---------------------------------------------------------------------------------

def test_makespan_serializes_only_conflicts(task_evaluator):
    makespan = task_evaluator("transaction_scheduling").module.makespan
    readers = [[["r", 1], ["r", 2]], [["r", 1]], [["r", 2], ["r", 1], ["r", 3]]]
    assert makespan(readers, [0, 1, 2]) == 3  # reads never conflict: all overlap
    chain = [[["w", 1]], [["r", 1], ["r", 2]], [["w", 2]]]
    assert makespan(chain, [0, 1, 2]) == 1 + 2 + 1
    assert makespan(chain, [0, 2, 1]) == 1 + 2  # the two writers overlap, the reader waits for both


def test_makespan_is_the_sum_over_workloads(task_evaluator, task_copy, tmp_path):
    """The paper's makespan adds the workloads' makespans; combined_score = 1e6 / (1 + that sum)."""
    evaluate = task_evaluator("transaction_scheduling")
    workloads = json.loads((task_copy("transaction_scheduling") / "data" / "workloads.json").read_text())
    spans = [evaluate.module.makespan(w, list(range(len(w)))) for w in workloads]
    result = evaluate(program(tmp_path, "def schedule(transactions):\n    return list(range(len(transactions)))\n"))
    assert result["makespan"] == sum(spans)
    assert result["combined_score"] == pytest.approx(1e6 / (1 + sum(spans)))


@pytest.mark.parametrize("body, reason", [
    ("return [0] * len(transactions)", "permutation"),
    ("return list(range(len(transactions)))[:-1]", "permutation"),
    ("return list(range(1, len(transactions) + 1))", "permutation"),
    ("return [10**30] + list(range(1, len(transactions)))", "permutation"),
    ("return [-1] + list(range(1, len(transactions)))", "permutation"),
    ("return [float(i) for i in range(len(transactions))]", "list of ints"),
    ("return [True, False] + list(range(2, len(transactions)))", "list of ints"),
    ("return {'makespan': 0, 'combined_score': 1e9}", "list of ints"),
    ("return None", "list of ints"),
    ("raise RuntimeError('boom')", "boom"),
    ("import random\n    order = list(range(len(transactions)))\n    random.shuffle(order)\n    return order",
     "nondeterministic"),
])
def test_bad_schedules_score_zero(task_evaluator, tmp_path, body, reason):
    candidate = program(tmp_path, f"def schedule(transactions):\n    {body}\n")
    assert_rejected(task_evaluator("transaction_scheduling")(candidate), reason)


# EPLB ---------------------------------------------------------------------------------------------------

def test_eplb_balancedness_splits_load_over_replicas(task_evaluator):
    module = task_evaluator("eplb").module
    gpus, slots = module.NUM_GPUS, module.SLOTS_PER_GPU
    experts = gpus * slots - 1  # one spare slot
    loads = np.ones((1, experts))
    loads[0, 0] = 2.0  # expert 0 is twice as busy: with two replicas every GPU carries exactly `slots`
    plan = np.array([[0] + list(range(experts))])
    assert module.balancedness(plan, loads) == pytest.approx(1.0)
    mean = (experts + 1) / gpus  # total load experts + 1 over the GPUs
    unbalanced = np.array([list(range(experts)) + [1]])  # the spare slot doubles expert 1 instead
    busiest = 2 + 0.5 + (slots - 2)  # GPU 0: expert 0, half of expert 1 (its other replica is on the last GPU), 2..8
    assert module.balancedness(unbalanced, loads) == pytest.approx(mean / busiest)
    two_layers = np.vstack([loads, loads])  # sum of the means over the sum of the maxima, not a mean of ratios
    assert module.balancedness(np.vstack([plan, unbalanced]), two_layers) == pytest.approx(
        2 * mean / (slots + busiest))


@pytest.mark.parametrize("value, reason", [
    ([[0] * 288] * 58, "holds no slot"),
    ([list(range(256)) + [0] * 32] * 57, "must return 58 layers"),
    ([list(range(256)) + [0] * 31] * 58, "must list 288 slots"),
    ([[float(e) for e in list(range(256)) + [0] * 32]] * 58, "must be ints"),
    ([[True] + list(range(1, 256)) + [0] * 32] * 58, "must be ints"),
    ([[float("nan")] + list(range(1, 256)) + [0] * 32] * 58, "must be ints"),
    ([[-1] + list(range(1, 256)) + [0] * 32] * 58, "expert ids must be in 0..255"),
    ([[10**30] + list(range(1, 256)) + [0] * 32] * 58, "expert ids must be in 0..255"),
    ({"plan": []}, "must return 58 layers"),
])
def test_eplb_check_plan_rejects(task_evaluator, value, reason):
    module = task_evaluator("eplb").module
    with pytest.raises(module.CandidateError, match=reason):
        module.check_plan(value, 58, 256, "window 0")


@pytest.mark.parametrize("body, reason", [
    ("return np.zeros((58, 288), dtype=bool)", "must be ints"),
    ("return np.full((58, 288), np.nan)", "must be ints"),
    ("return np.tile(np.concatenate([np.arange(256), np.arange(32)]), (58, 1)) - 1", "expert ids must be in"),
    ("return np.tile(np.arange(288), (58, 1))", "expert ids must be in"),
    ("return np.tile(np.arange(256), (58, 1))", "must list 288 slots"),
    ("return np.tile(np.concatenate([np.arange(256), np.arange(32)]), (58, 1)).T", "must return 58 layers"),
    ("return np.tile(np.concatenate([np.arange(256), np.random.randint(0, 256, 32)]), (58, 1))",
     "nondeterministic"),
])
def test_eplb_bad_plans_score_zero(task_evaluator, tmp_path, body, reason):
    source = f"import numpy as np\n\n\ndef rebalance(loads, num_gpus, slots_per_gpu):\n    {body}\n"
    assert_rejected(task_evaluator("eplb")(program(tmp_path, source)), reason)


def test_eplb_speed_term_is_bounded(task_evaluator, tmp_path):
    """A near-instant planner (every expert once, the spare slots round-robin) is valid and scored, but its
    planning time is floored at MIN_SECONDS, so the speed term is at most 0.002 / 0.001 = 2."""
    source = ("import numpy as np\n\nPLAN = np.tile(np.concatenate([np.arange(256), np.arange(32)]), (58, 1))\n\n\n"
              "def rebalance(loads, num_gpus, slots_per_gpu):\n    return PLAN\n")
    evaluate = task_evaluator("eplb")
    result = evaluate(program(tmp_path, source))
    assert "error" not in result, result
    assert result["planning_s"] >= evaluate.module.MIN_SECONDS
    assert 0 < result["balancedness"] < 1 and result["combined_score"] <= (1 + 2) / 2


# PRISM --------------------------------------------------------------------------------------------------

def test_prism_pressure_and_memory_limit(task_evaluator):
    module = task_evaluator("prism").module
    case = {"num_gpus": 3, "models": [{"size": 40, "rate": 2.0}, {"size": 39, "rate": 0.5},
                                      {"size": 20, "rate": 1.0}]}
    # GPU 0: 79 GB, rate 2.5 -> 2.5 / 1; GPU 1: 20 GB, rate 1 -> 1 / 60; GPU 2 empty -> 0
    assert module.max_pressure(case, [0, 0, 1], "case") == pytest.approx(2.5)
    assert module.max_pressure(case, [0, 1, 2], "case") == pytest.approx(max(2 / 40, 0.5 / 41, 1 / 60))
    heavy = {"num_gpus": 2, "models": [{"size": 40, "rate": 1.0}, {"size": 40, "rate": 1.0}]}
    with pytest.raises(module.CandidateError, match="holds 80 GB"):
        module.max_pressure(heavy, [1, 1], "case")  # exactly 80 GB leaves no KV cache: infeasible


@pytest.mark.parametrize("value, reason", [
    ([0, 1], "list of 3 GPU ids"),
    ([0, 1, 2, 0], "list of 3 GPU ids"),
    ({"0": [0, 1, 2]}, "list of 3 GPU ids"),
    (None, "list of 3 GPU ids"),
    ([0.0, 1, 2], "must be ints"),
    ([True, 1, 2], "must be ints"),
    ([float("nan"), 1, 2], "must be ints"),
    ([0, 1, 3], "must be in 0..2"),
    ([-1, 1, 2], "must be in 0..2"),
    ([10**30, 1, 2], "must be in 0..2"),
])
def test_prism_rejects_malformed_placements(task_evaluator, value, reason):
    module = task_evaluator("prism").module
    case = {"num_gpus": 3, "models": [{"size": 10, "rate": 1.0}] * 3}
    with pytest.raises(module.CandidateError, match=reason):
        module.max_pressure(case, value, "case 0")


@pytest.mark.parametrize("body, reason", [
    ("return [0] * len(models)", "no room left for the KV cache"),
    ("return [i % num_gpus for i in range(len(models) - 1)]", "list of"),
    ("return [float(i % num_gpus) for i in range(len(models))]", "must be ints"),
    ("return [num_gpus] * len(models)", "must be in"),
    (("import random\n    shift = random.randrange(num_gpus)\n"  # valid (two models per GPU), but random
      "    return [(i + shift) % num_gpus for i in range(len(models))]"), "nondeterministic"),
])
def test_prism_bad_placements_score_zero(task_evaluator, tmp_path, body, reason):
    candidate = program(tmp_path, f"def place(models, num_gpus):\n    {body}\n")
    assert_rejected(task_evaluator("prism")(candidate), reason)


def test_prism_cases_are_feasible_and_the_score_is_bounded(task_copy):
    """Every generated case has a valid placement (two models per GPU), and 1 / mean_pressure cannot exceed
    the bound given by spreading each case's rate over all its free memory."""
    cases = json.loads((task_copy("prism") / "data" / "cases.json").read_text())
    assert len(cases) == 50
    bound = []
    for case in cases:
        sizes = sorted((m["size"] for m in case["models"]), reverse=True)
        assert len(sizes) == 2 * case["num_gpus"] and sizes[0] + sizes[1] < 80
        free = 80 * case["num_gpus"] - sum(sizes)
        bound.append(sum(m["rate"] for m in case["models"]) / free)
    assert 1 / (sum(bound) / len(bound)) + 1 > get("prism").reference_initial


# LLM-SQL ------------------------------------------------------------------------------------------------

def trie_hits(texts: list[str]) -> int:
    """Reference: insert the prompts in the given order into a trie; each hit is the longest cached prefix."""
    root: dict = {}
    hits = 0
    for text in texts:
        node, depth = root, 0
        for ch in text:
            if ch not in node:
                break
            node, depth = node[ch], depth + 1
        hits += depth
        node = root
        for ch in text:
            node = node.setdefault(ch, {})
    return hits


def test_llm_sql_prefix_hits_equal_a_trie_of_earlier_rows_in_any_order(task_evaluator):
    prefix_hits = task_evaluator("llm_sql").module.prefix_hits
    rng = random.Random(7)
    texts = ["".join(rng.choice("ab") for _ in range(rng.randint(0, 8))) for _ in range(200)]
    texts += ["same prefix, then x", "same prefix, then y", "same prefix, then x"]
    for _ in range(3):
        rng.shuffle(texts)
        assert prefix_hits(texts) == trie_hits(texts)


def test_llm_sql_prompts_follow_each_rows_field_order(task_evaluator):
    module = task_evaluator("llm_sql").module
    table = {"name": "t", "columns": ["a", "bb"], "rows": [["x", "yy"], ["x", "zz"]]}
    texts = module.prompts(table, [[1, 0], [0, 1]], "t")
    assert texts == ["bb: yy\na: x\n", "a: x\nbb: zz\n"]
    assert module.hit_rate(texts) == 0.0  # no shared first character
    same = module.prompts(table, [[0, 1], [0, 1]], "t")
    assert module.hit_rate(same) == len("a: x\nbb: ") / (2 * len("a: x\nbb: yy\n"))


@pytest.mark.parametrize("orders, reason", [
    ([[0, 0], [0, 1]], "not a permutation"),
    ([[0], [0, 1]], "not a permutation"),
    ([[0, 1, 2], [0, 1]], "not a permutation"),
    ([[0, 2], [0, 1]], "not a permutation"),
    ([[-1, 0], [0, 1]], "not a permutation"),
    ([[10**30, 0], [0, 1]], "not a permutation"),
    ([[0.0, 1], [0, 1]], "list of ints"),
    ([[False, True], [0, 1]], "list of ints"),
    ([[float("inf"), 1], [0, 1]], "list of ints"),
    ([["0", "1"], [0, 1]], "list of ints"),
    ([[0, 1]], "one field order per row"),
    ({"orders": []}, "one field order per row"),
])
def test_llm_sql_rejects_non_permutations(task_evaluator, orders, reason):
    module = task_evaluator("llm_sql").module
    table = {"name": "t", "columns": ["a", "bb"], "rows": [["x", "yy"], ["x", "zz"]]}
    with pytest.raises(module.CandidateError, match=reason):
        module.prompts(table, orders, "t")


@pytest.mark.parametrize("body, reason", [
    ("return [list(range(len(columns)))] * (len(rows) - 1)", "one field order per row"),
    ("return [[0] * len(columns) for _ in rows]", "not a permutation"),
    ("return [list(range(len(columns) - 1)) for _ in rows]", "not a permutation"),
    ("return [[float(i) for i in range(len(columns))] for _ in rows]", "list of ints"),
    ("return [[True] + list(range(1, len(columns))) for _ in rows]", "list of ints"),
    ("return [[columns[i] for i in range(len(columns))] for _ in rows]", "list of ints"),
    (("import random\n    order = list(range(len(columns)))\n    random.shuffle(order)\n"
      "    return [order for _ in rows]"), "nondeterministic"),
])
def test_llm_sql_bad_orders_score_zero(task_evaluator, tmp_path, body, reason):
    candidate = program(tmp_path, f"def reorder(columns, rows):\n    {body}\n")
    assert_rejected(task_evaluator("llm_sql")(candidate), reason)


def test_llm_sql_runtime_term_is_measured_from_outside(task_evaluator, tmp_path):
    """A program that sleeps loses the runtime bonus, whatever it does to its own clocks."""
    source = ("import time\n\n\ndef reorder(columns, rows):\n    time.sleep(0.3)\n"
              "    return [list(range(len(columns))) for _ in rows]\n")
    result = task_evaluator("llm_sql")(program(tmp_path, source))
    assert "error" not in result, result
    assert result["runtime_s"] >= 0.3
    assert result["combined_score"] == pytest.approx(
        0.95 * result["hit_rate"] + 0.05 * (12 - result["runtime_s"]) / 12)
