"""The six held-out competitive-programming tasks (Frontier-CS style, C++): the shared score rule, each
checker against its own wrong answers, generator/judge agreement on the baseline, and the seeds and proofs
through the real evaluators (seed = reference.initial, better* above it, bad* at 0 with one line)."""
from __future__ import annotations

import importlib.util
import json
import random

import pytest

from eft.judge.partial_score import (
    CheckError,
    case_score,
    evaluate_cases,
    read_counted_ints,
    read_ints,
)
from eft.tasks.proofs import PROOFS_DIRNAME
from eft.tasks.registry import get

CP_TASKS = ["cp_coloring", "cp_mwis", "cp_maxcut", "cp_setcover", "cp_qap", "cp_jobshop"]
BAD_REASON = {  # what each task's proofs/bad*.cpp is rejected for, on its first case
    "cp_coloring": "joins two vertices of colour",
    "cp_mwis": "both chosen but joined by an edge",
    "cp_maxcut": "expected 200 integers",
    "cp_setcover": "is not covered",
    "cp_qap": "is listed twice",
    "cp_jobshop": "overlap at time",
}
# tokens Python's int() would partly accept, or that do not fit the format
NOT_INTEGERS = ["1e3", "+1", "1_0", "0x1", "\u0663", "1.0", "nan", "99999999999999999999"]


def task_module(task_id: str, name: str):
    """tasks/<id>/<name>.py loaded as a module: the pure checkers and generators, without materializing."""
    module_spec = importlib.util.spec_from_file_location(f"_cp_{name}_{task_id}", get(task_id).path / f"{name}.py")
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module


OBJECTIVE = {"cp_coloring": "colours_used", "cp_mwis": "set_weight", "cp_maxcut": "cut_weight",
             "cp_setcover": "cover_cost", "cp_qap": "assignment_cost", "cp_jobshop": "makespan"}


def checker(task_id: str):
    return getattr(task_module(task_id, "evaluator"), OBJECTIVE[task_id])


def cases_of(task_copy, task_id: str) -> list[dict]:
    return json.loads((task_copy(task_id) / "data" / "cases.json").read_text(encoding="utf-8"))


# --- the score rule ------------------------------------------------------------------------------------

def test_case_score_is_the_frontier_cs_rule():
    assert case_score(10, 10, 20) == 0.0 and case_score(20, 10, 20) == 100.0
    assert case_score(15, 10, 20) == pytest.approx(50.0)
    assert case_score(5, 10, 20) == 0.0 and case_score(30, 10, 20) == 100.0  # clamped
    assert case_score(90, 100, 80) == pytest.approx(50.0)  # minimisation: the same formula
    assert case_score(120, 100, 80) == 0.0 and case_score(70, 100, 80) == 100.0
    with pytest.raises(ValueError):
        case_score(1, 5, 5)


def test_read_ints_accepts_only_plain_integers():
    assert read_ints(" 1\n2\t3 ", 0, 5, 3) == [1, 2, 3]
    assert read_ints("-2 0", -5, 5) == [-2, 0]
    for token in NOT_INTEGERS:
        with pytest.raises(CheckError, match="is not an integer"):
            read_ints(f"1 {token}", 0, 10**30)
    with pytest.raises(CheckError, match="expected 3 integers, got 4"):
        read_ints("1 2 3 4", 0, 5, 3)
    with pytest.raises(CheckError, match=r"outside 0..5"):
        read_ints("1 6", 0, 5)
    assert read_counted_ints("2\n4 5", 0, 9, 9) == [4, 5]
    assert read_counted_ints("0", 0, 9, 9) == []
    for text, reason in [("", "empty output"), ("3 1 2", "expected 3 integers, got 2"),
                         ("1 1 2", "expected 1 integers, got 2"), ("10", "count k 10"), ("-1", "count k -1")]:
        with pytest.raises(CheckError, match=reason):
            read_counted_ints(text, 0, 9, 9)


# --- each checker against its own wrong answers --------------------------------------------------------

def rejects(check, case, text: str, reason: str) -> None:
    with pytest.raises(CheckError, match=reason):
        check(case, text)


def test_coloring_checker():
    check = checker("cp_coloring")
    case = {"n": 3, "edges": [[0, 1], [1, 2]]}
    assert check(case, "1 2 1") == 2 and check(case, "3 1 2\n") == 3
    rejects(check, case, "1 1 2", "edge 0-1 joins")
    rejects(check, case, "1 2", "expected 3 integers")
    rejects(check, case, "1 2 1 1", "expected 3 integers")
    rejects(check, case, "0 1 2", "outside 1..3")
    rejects(check, case, "1 2 4", "outside 1..3")
    for token in NOT_INTEGERS:
        rejects(check, case, f"1 2 {token}", "not an integer")


def test_mwis_checker():
    check = checker("cp_mwis")
    case = {"n": 3, "weights": [5, 4, 3], "edges": [[0, 1], [1, 2]]}
    assert check(case, "2\n0 2") == 8 and check(case, "1\n1") == 4 and check(case, "0") == 0
    rejects(check, case, "2\n0 1", "vertices 0 and 1 are both chosen")
    rejects(check, case, "2\n0 0", "listed twice")
    rejects(check, case, "2\n0", "expected 2 integers")
    rejects(check, case, "1\n0 2", "expected 1 integers")
    rejects(check, case, "1\n3", "outside 0..2")
    rejects(check, case, "4\n0 1 2 0", "count k 4")
    rejects(check, case, "", "empty output")
    rejects(check, case, "1\n2.0", "not an integer")


def test_maxcut_checker():
    check = checker("cp_maxcut")
    case = {"n": 3, "edges": [[0, 1, 5], [1, 2, -2], [0, 2, 3]]}
    assert check(case, "0 1 0") == 3 and check(case, "0 1 1") == 8 and check(case, "1 1 1") == 0
    rejects(check, case, "0 1 2", "outside 0..1")
    rejects(check, case, "0 -1 1", "outside 0..1")
    rejects(check, case, "0 1", "expected 3 integers")
    rejects(check, case, "0 1 1 0", "expected 3 integers")
    rejects(check, case, "0 1 1e0", "not an integer")


def test_setcover_checker():
    check = checker("cp_setcover")
    case = {"n": 3, "costs": [3, 3, 1], "sets": [[0, 1], [1, 2], [2]]}
    assert check(case, "2\n0 2") == 4 and check(case, "3\n2 1 0") == 7
    rejects(check, case, "1\n0", "element 2 is not covered")
    rejects(check, case, "0", "element 0 is not covered")
    rejects(check, case, "2\n0 0", "listed twice")
    rejects(check, case, "2\n0 3", "outside 0..2")
    rejects(check, case, "2\n0 2 1", "expected 2 integers")
    rejects(check, case, "2\n0 +2", "not an integer")


def test_qap_checker():
    check = checker("cp_qap")
    case = {"n": 3, "flow": [[0, 5, 1], [5, 0, 2], [1, 2, 0]], "dist": [[0, 1, 4], [1, 0, 2], [4, 2, 0]]}
    # identity: 2 * (5*1 + 1*4 + 2*2) = 26; p = (1, 0, 2) swaps the first two: 2 * (5*1 + 1*2 + 2*4) = 30
    assert check(case, "0 1 2") == 26 and check(case, "1 0 2") == 30
    rejects(check, case, "0 0 1", "listed twice")
    rejects(check, case, "0 1 3", "outside 0..2")
    rejects(check, case, "0 1", "expected 3 integers")
    rejects(check, case, "0 1 2 0", "expected 3 integers")
    rejects(check, case, "0 1 99999999999999999999", "not an integer")


def test_jobshop_checker():
    check = checker("cp_jobshop")
    case = {"jobs": 2, "machines": 2, "route": [[[0, 3], [1, 2]], [[1, 4], [0, 1]]]}
    assert check(case, "0 4\n0 4") == 6 and check(case, "0 3\n5 9") == 10
    rejects(check, case, "0 2\n0 4", "job 0: operation 1 starts at 2, before operation 0 ends")
    rejects(check, case, "0 3\n0 4", "machine 1: jobs 1 and 0 overlap at time 3")
    rejects(check, case, "0 4\n0", "expected 4 integers")
    rejects(check, case, "0 4\n0 4 7", "expected 4 integers")
    rejects(check, case, "-1 4\n0 4", "outside 0..1000000000")
    rejects(check, case, "0 4\n0 1000000001", "outside 0..1000000000")
    rejects(check, case, "0 4\n0 4.5", "not an integer")


# --- the generators agree with the judges --------------------------------------------------------------

def baseline_answers(task_id: str, data, case: dict) -> str:
    """The generator's baseline solution of `case`, printed in the task's output format."""
    if task_id == "cp_coloring":
        n = case["n"]
        classes = data.first_fit(data.adjacency(n, [tuple(e) for e in case["edges"]]), list(range(n)))
        colour = [0] * n
        for c, members in enumerate(classes):
            for v in data.members_of(members):
                colour[v] = c + 1
        return " ".join(map(str, colour))
    if task_id == "cp_mwis":
        n, weight = case["n"], case["weights"]
        nbrs = [[] for _ in range(n)]
        for u, v in case["edges"]:
            nbrs[u].append(v)
            nbrs[v].append(u)
        chosen = data.greedy(nbrs, sorted(range(n), key=lambda v: (-weight[v], v)))
        picked = [v for v in range(n) if chosen[v]]
        return f"{len(picked)}\n" + " ".join(map(str, picked))
    if task_id == "cp_maxcut":
        nbrs = [[] for _ in range(case["n"])]
        for u, v, w in case["edges"]:
            nbrs[u].append((v, w))
            nbrs[v].append((u, w))
        return " ".join(map(str, data.greedy(case["n"], nbrs)))
    if task_id == "cp_setcover":
        n, sets = case["n"], case["sets"]
        holders = [[] for _ in range(n)]
        for s, members in enumerate(sets):
            for e in members:
                holders[e].append(s)
        chosen: set[int] = set()
        data.greedy_repair(case["costs"], sets, holders, chosen, [0] * n)
        return f"{len(chosen)}\n" + " ".join(map(str, sorted(chosen)))
    if task_id == "cp_qap":
        import numpy as np
        n, flow, dist = case["n"], case["flow"], case["dist"]
        facilities = sorted(range(n), key=lambda i: (-sum(flow[i]), i))
        locations = sorted(range(n), key=lambda k: (sum(dist[k]), k))
        start = np.zeros(n, dtype=np.int64)
        start[facilities] = locations
        perm = data.descend(np.array(flow, dtype=np.int64), np.array(dist, dtype=np.int64), start)
        return " ".join(map(str, perm.tolist()))
    route, machines = case["route"], case["machines"]
    sequences = data.giffler_thompson(route, machines, lambda j, k: (route[j][k][1], j))
    return " ".join(map(str, data.schedule(route, machines, sequences)[0]))


@pytest.mark.parametrize("task_id", CP_TASKS)
def test_generator_baseline_passes_the_judge_with_its_value(task_copy, task_id):
    """The generator's baseline answer, checked by the judge, has exactly the stored baseline value (so
    generator and judge define the same objective), and the reference is strictly better."""
    spec, data, objective = get(task_id), task_module(task_id, "data"), checker(task_id)
    cases = cases_of(task_copy, task_id)
    assert len(cases) == len(data.SHAPES) == 12
    for case in cases[:3]:
        assert objective(case, baseline_answers(task_id, data, case)) == case["baseline"]
    lower = spec.id in {"cp_coloring", "cp_setcover", "cp_qap", "cp_jobshop"}
    for case in cases:
        assert (case["reference"] < case["baseline"]) if lower else (case["reference"] > case["baseline"])


@pytest.mark.parametrize("task_id", CP_TASKS)
def test_generator_is_deterministic(task_id):
    data = task_module(task_id, "data")
    shape = data.SHAPES[0]
    first, second = (json.dumps(data.make_case(random.Random(7), *shape)) for _ in range(2))
    assert first == second and first != "null"


# --- seeds and proofs through the real evaluators ------------------------------------------------------

@pytest.mark.parametrize("task_id", CP_TASKS)
def test_seed_and_proofs(heldout_reports, task_id):
    """The proofs' own evaluations (tests/test_heldout_suite.py proves them), read for the CP specifics."""
    spec, report = get(task_id), heldout_reports[task_id]
    assert report.ok, report.problems
    seed = report.scores["seed"]
    assert seed["score"] == spec.reference_initial and seed["combined_score"] == seed["score"] / 100
    assert seed["cases"] == 12 and seed["failed_cases"] == 0
    (better,) = [r for label, r in report.scores.items() if label.startswith(f"{PROOFS_DIRNAME}/better")]
    assert "error" not in better and better["failed_cases"] == 0, better
    assert better["score"] > seed["score"] and better["combined_score"] == pytest.approx(better["score"] / 100)
    (bad,) = [r for label, r in report.scores.items() if label.startswith(f"{PROOFS_DIRNAME}/bad")]
    assert bad["combined_score"] == 0.0 and "\n" not in bad["error"], bad
    assert bad["error"].startswith("case 0: ") and BAD_REASON[task_id] in bad["error"]
    assert bad["error"].endswith("; no case has a feasible answer")


# --- a failing run costs only its own case -------------------------------------------------------------

def flip_variant(task_copy, tmp_path, guard: str):
    """proofs/better_flip.cpp of cp_maxcut with `guard` run right after n and m are read."""
    source = (task_copy("cp_maxcut") / "proofs" / "better_flip.cpp").read_text()
    line = 'if (scanf("%d %d", &n, &m) != 2) return 0;'
    assert line in source
    program = tmp_path / "variant.cpp"
    program.write_text(source.replace(line, line + " " + guard))
    return program


def test_crash_and_timeout_zero_only_their_cases(task_evaluator, task_copy, tmp_path):
    """Case 0 (n = 200) crashes and case 4 (n = 300) runs past case_s: those two cases score 0, the judge
    keeps running the other cases and scores them as the unguarded program scores them."""
    evaluator, module = task_evaluator("cp_maxcut"), task_evaluator("cp_maxcut").module
    cases = cases_of(task_copy, "cp_maxcut")
    assert [c["n"] for c in cases].count(200) == [c["n"] for c in cases].count(300) == 1
    assert cases[0]["n"] == 200 and cases[4]["n"] == 300
    better = task_copy("cp_maxcut") / "proofs" / "better_flip.cpp"
    full = evaluator(better)
    result = evaluator(flip_variant(task_copy, tmp_path, "if (n == 200) return 3; if (n == 300) for (;;) {}"))
    assert "error" not in result and result["failed_cases"] == 2, result
    # what the unguarded program scored on the two failed cases
    lost = evaluate_cases(evaluator.task, str(better), [cases[0], cases[4]], module.case_input, module.cut_weight)
    assert lost["score"] > 0
    assert result["score"] == pytest.approx(full["score"] - 2 * lost["score"] / len(cases))


def test_every_case_failing_is_invalid_with_the_first_reason(task_evaluator, task_copy, tmp_path):
    evaluator = task_evaluator("cp_maxcut")
    program = tmp_path / "crash.cpp"
    program.write_text("int main() { return 3; }\n")
    cases = cases_of(task_copy, "cp_maxcut")[:2]
    module = evaluator.module
    result = evaluate_cases(evaluator.task, str(program), cases, module.case_input, module.cut_weight)
    assert result == {"combined_score": 0.0, "error": "case 0: exit code 3; no case has a feasible answer"}


def test_compile_error_is_invalid(task_evaluator, tmp_path):
    program = tmp_path / "broken.cpp"
    program.write_text("int main() { return undefined_name; }\n")
    result = task_evaluator("cp_qap")(program)
    assert result["combined_score"] == 0.0 and result["error"].startswith("compile error: ")
    assert "undefined_name" in result["error"] and "\n" not in result["error"]


def test_fake_score_output_is_rejected(task_evaluator, tmp_path):
    program = tmp_path / "fake.cpp"
    program.write_text('#include <cstdio>\nint main() { printf("score: 100\\n"); return 0; }\n')
    result = task_evaluator("cp_jobshop")(program)
    assert result["combined_score"] == 0.0
    assert result["error"].startswith("case 0: expected ") and "\n" not in result["error"]
