"""Wrong answers against the checkers of the CP-set-1 families (bin packing, number partitioning, multiple
knapsack, flow shop, weighted tardiness, unrelated machines, RCPSP), called directly on hand-made cases: no
compile, no sandbox. Each malformed or infeasible output must be refused with its one-line reason, each valid
one must cost exactly what was worked out by hand, and every generator must agree with its judge (the stored
baseline and reference are what the judge gives the generator's own answers), so a checker bug cannot hide
behind a generator computing the same wrong number."""
from __future__ import annotations

import json
import math
import random

import numpy as np
import pytest

from eft.judge import Task, partial_score
from eft.judge.partial_score import CheckError, case_score
from eft.tasks.registry import FAMILIES_DIRNAME, TASKS_DIR, get, import_file, read_yaml

FAMILIES = ["cp_binpack1d", "cp_numpart", "cp_multiknap", "cp_flowshop", "cp_wtardiness", "cp_unrelated",
            "cp_rcpsp"]
OBJECTIVE = {"cp_binpack1d": "bins_used", "cp_numpart": "log_spread", "cp_multiknap": "packed_value",
             "cp_flowshop": "makespan", "cp_wtardiness": "weighted_tardiness", "cp_unrelated": "makespan",
             "cp_rcpsp": "schedule_makespan"}
# tokens Python's int() would partly accept, or that are not plain decimal integers
NOT_INTEGERS = ["1.0", "+1", "1e0", "0x1", "1_0", "\uff11", "\u0661", "nan", "inf", "--1", "1,", "9" * 19]
MODULES: dict[tuple[str, str], object] = {}


def module(family: str, name: str):
    """tasks/_families/<family>/<name>.py, imported once under a name no other test uses."""
    key = (family, name)
    if key not in MODULES:
        path = TASKS_DIR / FAMILIES_DIRNAME / family / f"{name}.py"
        MODULES[key] = import_file(path, f"_cp_set1_{family}_{name}")
    return MODULES[key]


def check(family: str):
    return getattr(module(family, "evaluator"), OBJECTIVE[family])


def members(family: str) -> list:
    found = [get(path.name) for path in sorted(TASKS_DIR.glob(f"{family}_*")) if (path / "task.yaml").is_file()]
    assert found, f"no member of {family}"  # a loop over no members would pass without checking anything
    return found


def small_members(family: str) -> list:
    """The smallest member of each instance kind (the three smallest where members differ only in size and
    tightness): the reference searches cost about a second a member, and the same generator code serves every
    member, so these cover each code path at a fraction of the time."""
    found = sorted(members(family), key=lambda spec: (spec.params["n"], spec.id))
    kinds = {spec.params["kind"] for spec in found if "kind" in spec.params}
    if not kinds:
        return found[:3]
    return [next(spec for spec in found if spec.params.get("kind") == kind) for kind in sorted(kinds)]


def lines(values) -> str:
    return "\n".join(map(str, values)) + "\n"


def rejects(family: str, case: dict, output: str, reason: str) -> None:
    with pytest.raises(CheckError, match=reason) as caught:
        check(family)(case, output)
    assert "\n" not in str(caught.value)


def small_cases(family: str, params: dict, cases: int = 2, seed: int = 7) -> list[dict]:
    return module(family, "data").build(seed, {**params, "cases": cases})


# --- hand-made cases, one per family, with values worked out by hand ------------------------------------

BINPACK = {"n": 5, "capacity": 10, "weights": [6, 4, 5, 5, 3], "baseline": 4, "reference": 3}
NUMPART = {"n": 4, "k": 3, "numbers": [8, 7, 6, 5], "baseline": math.log2(1 + 8), "reference": 0.0}
MULTIKNAP = {"n": 4, "m": 2, "capacities": [10, 5], "weights": [6, 4, 5, 3], "values": [10, 7, 8, 2],
             "baseline": 17, "reference": 25}
FLOWSHOP = {"n": 3, "m": 2, "times": [[3, 2], [1, 4], [2, 1]], "baseline": 10, "reference": 8}
WTARDINESS = {"n": 3, "times": [3, 2, 4], "weights": [1, 2, 3], "due": [3, 1, 5], "baseline": 20, "reference": 11}
UNRELATED = {"n": 3, "m": 2, "times": [[2, 5], [3, 1], [4, 4]], "baseline": 7, "reference": 5}
# activity 0 precedes 2; one resource of capacity 2; activity 1 needs all of it
RCPSP = {"n": 3, "capacities": [2], "durations": [2, 1, 3], "demands": [[1], [2], [1]],
         "successors": [[2], [], []], "baseline": 7, "reference": 6}
HAND = {"cp_binpack1d": BINPACK, "cp_numpart": NUMPART, "cp_multiknap": MULTIKNAP, "cp_flowshop": FLOWSHOP,
        "cp_wtardiness": WTARDINESS, "cp_unrelated": UNRELATED, "cp_rcpsp": RCPSP}
# a feasible answer of each hand case, its objective, and its rendered stdin
VALID = {"cp_binpack1d": ("0 0 1 1 2", 3), "cp_numpart": ("0 1 2 2", math.log2(1 + 4)),
         "cp_multiknap": ("0 0 1 -1", 25), "cp_flowshop": ("1 0 2", 8), "cp_wtardiness": ("1 2 0", 11),
         "cp_unrelated": ("0 1 1", 5), "cp_rcpsp": ("1 0 3", 6)}
STDIN = {"cp_binpack1d": "5 10\n6 4 5 5 3\n", "cp_numpart": "4 3\n8 7 6 5\n",
         "cp_multiknap": "4 2\n10 5\n6 10\n4 7\n5 8\n3 2\n", "cp_flowshop": "3 2\n3 2\n1 4\n2 1\n",
         "cp_wtardiness": "3\n3 1 3\n2 2 1\n4 3 5\n", "cp_unrelated": "3 2\n2 5\n3 1\n4 4\n",
         "cp_rcpsp": "3 1\n2\n2 1 1 2\n1 2 0\n3 1 0\n"}


@pytest.mark.parametrize("family", FAMILIES)
def test_valid_answer_costs_what_was_worked_out_by_hand(family):
    output, value = VALID[family]
    assert check(family)(HAND[family], output) == value
    # whitespace is only a separator: the same tokens on one line, on many lines or padded cost the same
    assert check(family)(HAND[family], " \t" + "\n\n".join(output.split()) + " \n") == value


@pytest.mark.parametrize("family", FAMILIES)
def test_malformed_output_is_refused_in_one_line(family):
    case = HAND[family]
    tokens = VALID[family][0].split()
    n = case["n"]
    rejects(family, case, "", f"expected {n} integers, got 0 tokens")
    rejects(family, case, " ".join(tokens[:-1]), f"expected {n} integers, got {n - 1} tokens")
    rejects(family, case, " ".join(tokens + ["0"]), f"expected {n} integers, got {n + 1} tokens")
    for token in NOT_INTEGERS:
        rejects(family, case, " ".join(tokens[:-1] + [token]), "is not an integer")


@pytest.mark.parametrize("family", FAMILIES)
def test_rendered_input_is_the_statement_format_and_hides_the_answers(family):
    evaluator = module(family, "evaluator")
    case = HAND[family]
    assert evaluator.case_input(case) == STDIN[family]
    # baseline and reference never reach the candidate: changing them leaves its stdin byte for byte the same
    assert evaluator.case_input({**case, "baseline": 123456789, "reference": 987654321}) == STDIN[family]


# --- per-family wrong answers ---------------------------------------------------------------------------

def test_binpack_labels_overfull_bins_and_label_range():
    assert check("cp_binpack1d")(BINPACK, "4 4 0 0 2") == 3  # any labels 0..n-1, not only 0..bins-1
    assert check("cp_binpack1d")(BINPACK, "0 1 2 3 4") == 5  # one item a bin is feasible
    rejects("cp_binpack1d", BINPACK, "0 0 1 1 1", "bin 1 holds 13 > capacity 10")
    rejects("cp_binpack1d", BINPACK, "0 0 0 1 1", "bin 0 holds 15 > capacity 10")
    rejects("cp_binpack1d", BINPACK, "0 0 0 0 0", "bin 0 holds 23 > capacity 10")  # proofs/bad_one_bin
    rejects("cp_binpack1d", BINPACK, "0 0 1 1 5", r"bin 5 \(token 5\) is outside 0..4")
    rejects("cp_binpack1d", BINPACK, "-1 0 1 1 2", r"bin -1 \(token 1\) is outside 0..4")


def test_binpack_first_fit_baseline_and_bin_lower_bound_on_generated_cases():
    data = module("cp_binpack1d", "data")
    for spec in members("cp_binpack1d"):
        for case in small_cases("cp_binpack1d", spec.params):
            labels, loads = [], []
            for w in case["weights"]:  # first fit in the given order, written here independently
                k = next((k for k, load in enumerate(loads) if load + w <= case["capacity"]), len(loads))
                loads += [0] * (k == len(loads))
                loads[k] += w
                labels.append(k)
            assert check("cp_binpack1d")(case, lines(labels)) == case["baseline"], spec.id
            # no packing beats ceil(total / C): a reference below it could never be reached
            assert case["reference"] >= -(-sum(case["weights"]) // case["capacity"]), spec.id
            # first fit decreasing is never provably optimal on a kept case (it must leave room to score)
            ffd = data.first_fit(sorted(case["weights"], reverse=True), case["capacity"])
            assert ffd > data.lower_bound(case["weights"], case["capacity"]), spec.id
            assert case["reference"] <= ffd, spec.id
            assert all(1 <= w <= case["capacity"] for w in case["weights"]) and case["n"] == len(case["weights"])


def test_numpart_empty_part_exact_big_sums_and_part_range():
    assert check("cp_numpart")(NUMPART, "0 1 1 0") == math.log2(1 + 13)  # part 2 is empty and sums to 0
    two = {"n": 4, "k": 2, "numbers": [8, 7, 6, 5]}
    assert check("cp_numpart")(two, "0 1 1 0") == 0.0  # 13 = 13: a perfect split is log2(1) = 0
    assert check("cp_numpart")(two, "0 0 1 1") == math.log2(5)
    big = {"n": 3, "k": 2, "numbers": [10**12 + 7, 10**12 + 6, 1]}
    assert check("cp_numpart")(big, "0 1 1") == 0.0  # exact integer sums, no float cancellation
    rejects("cp_numpart", NUMPART, "1 2 3 1", r"part 3 \(token 3\) is outside 0..2")  # proofs/bad_part_k
    rejects("cp_numpart", NUMPART, "0 -1 1 2", "outside 0..2")
    # the score is on the log scale, as the statement says: halfway in log2(1 + spread), not in spread
    mid = (NUMPART["baseline"] + NUMPART["reference"]) / 2
    assert case_score(mid, NUMPART["baseline"], NUMPART["reference"]) == pytest.approx(50.0)
    assert case_score(check("cp_numpart")(NUMPART, "0 1 2 2"), NUMPART["baseline"], 0.0) == \
        pytest.approx(100 * (math.log2(9) - math.log2(5)) / math.log2(9))


def test_bin_lower_bound_and_two_way_split_by_hand():
    bound = module("cp_binpack1d", "data").lower_bound
    assert bound([6, 6, 6], 10) == 3  # three items above C/2: a bin each, though ceil(18 / 10) = 2
    assert bound([6, 4, 5, 5, 3], 10) == 3  # ceil(23 / 10)
    assert bound([7, 4, 4, 4], 10) == 3  # K = 4: 7 takes a bin with 3 free, the 4s need ceil((12 - 3) / 10) more
    two_way = module("cp_numpart", "data").two_way
    values = [8, 7, 6, 5, 4]
    for residuals in (1, 2, 3, 4, 5):  # differencing down to that many combinations, then the exact search
        sides = two_way(values, residuals)
        gap = sum(x if side else -x for x, side in zip(values, sides))
        # differencing's first step (8 - 7) already splits 8 from 7, which rules out the perfect 8+7 | 6+5+4:
        # 2 is then the best; only the exact search over all five values finds 15 = 15
        assert abs(gap) == (0 if residuals == 5 else 2), residuals


def test_numpart_generator_agrees_with_the_judge():
    data = module("cp_numpart", "data")
    for spec in members("cp_numpart"):
        for case in small_cases("cp_numpart", spec.params):
            numbers, k = case["numbers"], case["k"]
            greedy = data.greedy(numbers, k)
            assert check("cp_numpart")(case, lines(greedy)) == case["baseline"], spec.id
            assert check("cp_numpart")(case, lines(data.reference_labels(numbers, k))) == case["reference"], spec.id
            assert case["baseline"] == math.log2(1 + case["baseline_spread"])
            assert all(n > 0 for n in numbers) and sum(numbers) < 2**63  # "positive, sums fit in 64 bits"


def test_multiknap_capacity_per_knapsack_and_label_range():
    assert check("cp_multiknap")(MULTIKNAP, "-1 -1 -1 -1") == 0  # packing nothing is feasible, worth 0
    rejects("cp_multiknap", MULTIKNAP, "1 -1 -1 -1", "knapsack 1 holds weight 6 > capacity 5")
    rejects("cp_multiknap", MULTIKNAP, "0 0 0 -1", "knapsack 0 holds weight 15 > capacity 10")
    rejects("cp_multiknap", MULTIKNAP, "0 0 0 0", "knapsack 0 holds weight 18")  # proofs/bad_all_in_first
    rejects("cp_multiknap", MULTIKNAP, "0 0 1 1", "knapsack 1 holds weight 8 > capacity 5")
    rejects("cp_multiknap", MULTIKNAP, "0 0 2 -1", r"knapsack 2 \(token 3\) is outside -1..1")
    rejects("cp_multiknap", MULTIKNAP, "0 0 -2 -1", "outside -1..1")


def test_multiknap_first_fit_baseline_and_reference_below_the_lp_bound():
    for spec in members("cp_multiknap"):
        for case in small_cases("cp_multiknap", spec.params):
            room, labels = case["capacities"][:], []
            for w in case["weights"]:
                k = next((k for k, r in enumerate(room) if w <= r), -1)
                if k >= 0:
                    room[k] -= w
                labels.append(k)
            assert check("cp_multiknap")(case, lines(labels)) == case["baseline"], spec.id
            # Dantzig's bound of one knapsack holding every capacity: no packing is worth more
            left, bound = sum(case["capacities"]), 0.0
            for w, v in sorted(zip(case["weights"], case["values"]), key=lambda item: -item[1] / item[0]):
                bound += v * min(1.0, left / w)
                left = max(0, left - w)
            assert case["baseline"] < case["reference"] <= bound + 1e-9, spec.id
            assert min(case["weights"] + case["values"]) >= 1  # "positive integers"


def test_flowshop_permutation_and_makespan_recursion():
    assert check("cp_flowshop")(FLOWSHOP, "0 1 2") == 10
    assert check("cp_flowshop")(FLOWSHOP, "1 2 0") == 8
    assert check("cp_flowshop")(FLOWSHOP, "2 1 0") == 9  # m0: 2 3 6; m1: 3, 3+4 = 7, max(7, 6) + 2 = 9
    rejects("cp_flowshop", FLOWSHOP, "0 0 1", "job 0 is listed twice")
    rejects("cp_flowshop", FLOWSHOP, "1 2 3", r"job 3 \(token 3\) is outside 0..2")  # proofs/bad_one_based
    rejects("cp_flowshop", FLOWSHOP, "0 1 -2", "outside 0..2")


def test_flowshop_generator_agrees_with_the_judge():
    data = module("cp_flowshop", "data")
    for spec in small_members("cp_flowshop"):
        for case in small_cases("cp_flowshop", spec.params, cases=1):
            p = np.array(case["times"], dtype=np.int64)
            assert check("cp_flowshop")(case, lines(data.palmer(p))) == case["baseline"], spec.id
            assert check("cp_flowshop")(case, lines(data.neh_search(p))) == case["reference"], spec.id
            order = random.Random(spec.data_seed).sample(range(case["n"]), case["n"])
            assert check("cp_flowshop")(case, lines(order)) == data.makespan(p, order)  # numpy heads = judge


def test_wtardiness_permutation_and_cost():
    assert check("cp_wtardiness")(WTARDINESS, "0 1 2") == 20
    assert check("cp_wtardiness")(WTARDINESS, "1 0 2") == 16
    assert check("cp_wtardiness")(WTARDINESS, "2 1 0") == 16
    early = {**WTARDINESS, "due": [100, 100, 100]}
    assert check("cp_wtardiness")(early, "2 0 1") == 0  # earliness earns nothing: max(0, C - d)
    rejects("cp_wtardiness", WTARDINESS, "0 1", "expected 3 integers, got 2 tokens")  # proofs/bad_drop_last
    rejects("cp_wtardiness", WTARDINESS, "1 1 2", "job 1 is listed twice")
    rejects("cp_wtardiness", WTARDINESS, "0 1 3", "outside 0..2")


def test_wtardiness_generator_agrees_with_the_judge_and_the_statement():
    data = module("cp_wtardiness", "data")
    for spec in small_members("cp_wtardiness"):
        for case in small_cases("cp_wtardiness", spec.params):
            n = case["n"]
            edd = sorted(range(n), key=lambda j: (case["due"][j], j))
            assert check("cp_wtardiness")(case, lines(edd)) == case["baseline"], spec.id
            p, w, d = (np.array(case[key], dtype=np.int64) for key in ("times", "weights", "due"))
            order = np.array(random.Random(spec.data_seed).sample(range(n), n))
            assert check("cp_wtardiness")(case, lines(order)) == int(data.costs(p, w, d, order[None, :])[0])
            wspt = sorted(range(n), key=lambda j: (case["times"][j] / case["weights"][j], j))
            start = min((edd, wspt, data.atc(p, w, d)), key=lambda o: check("cp_wtardiness")(case, lines(o)))
            best, cost = data.local_search(p, w, d, start)
            assert check("cp_wtardiness")(case, lines(best)) == cost == case["reference"], spec.id
            assert 0 <= case["reference"] < case["baseline"]
            assert all(1 <= x <= 100 for x in case["times"]) and all(1 <= x <= 10 for x in case["weights"])
            assert min(case["due"]) >= 0


def test_unrelated_loads_use_the_chosen_machine_column():
    assert check("cp_unrelated")(UNRELATED, "0 1 0") == 6
    assert check("cp_unrelated")(UNRELATED, "1 0 0") == 7  # job 0 costs 5 on machine 1, not 2
    assert check("cp_unrelated")(UNRELATED, "1 1 1") == 10  # machine 0 idle
    rejects("cp_unrelated", UNRELATED, "0 2 1", r"machine 2 \(token 2\) is outside 0..1")
    rejects("cp_unrelated", UNRELATED, "0 1 1 5", "expected 3 integers, got 4")  # proofs/bad_prints_makespan


def test_unrelated_generator_agrees_with_the_judge():
    data = module("cp_unrelated", "data")
    for spec in small_members("cp_unrelated"):
        for case in small_cases("cp_unrelated", spec.params):
            p = np.array(case["times"], dtype=np.int64)
            assert check("cp_unrelated")(case, lines(data.earliest_finish(p))) == case["baseline"], spec.id
            assert check("cp_unrelated")(case, lines(data.reference_assignment(p))) == case["reference"], spec.id
            assert min(min(row) for row in case["times"]) >= 1


def test_rcpsp_precedence_resources_and_horizon():
    check_ = check("cp_rcpsp")
    assert check_(RCPSP, "0 5 2") == 6
    assert check_(RCPSP, "2 0 4") == 7
    assert check_(RCPSP, "0 6 2") == 7  # a start at the horizon H = 6 is allowed and may end past it
    rejects("cp_rcpsp", RCPSP, "0 2 1", "activity 2 starts at 1 before its predecessor 0 ends at 2")
    rejects("cp_rcpsp", RCPSP, "0 0 2", r"resource 0 is over capacity at time 0 \(3 > 2\)")
    rejects("cp_rcpsp", RCPSP, "0 2 2", r"resource 0 is over capacity at time 2 \(3 > 2\)")
    rejects("cp_rcpsp", RCPSP, "0 1 2", r"resource 0 is over capacity at time 1 \(3 > 2\)")
    rejects("cp_rcpsp", RCPSP, "0 2 7", r"start time 7 \(token 3\) is outside 0..6")
    rejects("cp_rcpsp", RCPSP, "-1 2 3", "outside 0..6")
    free = {**RCPSP, "successors": [[], [], []]}
    assert check_(free, "6 0 6") == 9  # starts at the horizon end past it: no index beyond the profile
    rejects("cp_rcpsp", free, "6 6 6", "resource 0 is over capacity at time 6")


def test_rcpsp_generator_agrees_with_the_judge_and_the_statement():
    data = module("cp_rcpsp", "data")
    for spec in small_members("cp_rcpsp"):
        for case in small_cases("cp_rcpsp", spec.params, cases=1):
            n = case["n"]
            serial = data.serial_sgs(case, list(range(n)))
            assert check("cp_rcpsp")(case, lines(serial)) == case["baseline"], spec.id
            assert check("cp_rcpsp")(case, lines(data.reference_schedule(case))) == case["reference"], spec.id
            # the latest-finish rule is never provably optimal on a kept case (it must leave room to score)
            latest_finish = check("cp_rcpsp")(case, lines(data.serial_sgs(case, data.priority_keys(case)[0])))
            assert latest_finish > data.critical_path_bound(case) and case["reference"] <= latest_finish, spec.id
            # the statement: 4 resources, durations 1..10, successors numbered higher, at most `arcs`
            # predecessors, and every single demand within its capacity (a feasible schedule exists)
            assert len(case["capacities"]) == 4 and all(1 <= d <= 10 for d in case["durations"])
            preds = [0] * n
            for i, succ in enumerate(case["successors"]):
                assert all(i < j < n for j in succ) and len(set(succ)) == len(succ)
                for j in succ:
                    preds[j] += 1
            assert max(preds) <= spec.params["arcs"]
            assert all(0 <= r <= cap for demand in case["demands"] for r, cap in zip(demand, case["capacities"]))
            # resources matter: the earliest-start schedule overloads one (what proofs/bad_ignore_resources prints)
            with pytest.raises(CheckError, match="over capacity"):
                check("cp_rcpsp")(case, lines(data.earliest_starts(case["durations"], case["successors"])))


# --- the whole evaluate(), with the C++ runs replaced by given outputs -------------------------------------

@pytest.mark.parametrize("family", FAMILIES)
def test_evaluate_scores_per_case_and_fails_in_one_line(family, tmp_path, monkeypatch):
    """Two copies of the hand case: a feasible answer at the reference scores 100, a malformed one 0 for its
    own case only; with every case refused the evaluation is invalid with the first case's reason."""
    case = dict(HAND[family])
    output, value = VALID[family]
    case["reference"] = value
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "cases.json").write_text(json.dumps([case, case]), encoding="utf-8")
    task = Task(id=f"{family}_test", dir=tmp_path)
    seen: list[list[str]] = []

    def fake_runs(outputs):
        def run_every_case(task_, program_path, inputs):
            seen.append(list(inputs))
            return list(outputs), [None] * len(outputs)
        return run_every_case

    evaluate = module(family, "evaluator").evaluate
    monkeypatch.setattr(partial_score, "run_every_case", fake_runs([output, output + " 0"]))
    result = evaluate("candidate.cpp", task)
    assert result == {"combined_score": 0.5, "score": 50.0, "cases": 2, "failed_cases": 1}
    assert seen[-1] == [STDIN[family]] * 2
    monkeypatch.setattr(partial_score, "run_every_case", fake_runs(["", "x"]))
    result = evaluate("candidate.cpp", task)
    assert result["combined_score"] == 0.0 and "\n" not in result["error"]
    assert result["error"] == (f"case 0: expected {case['n']} integers, got 0 tokens; "
                               "no case has a feasible answer")


# --- the statement agrees with the judge ------------------------------------------------------------------

@pytest.mark.parametrize("family", FAMILIES)
def test_statement_limits_and_score_match_every_member(family):
    statement = read_yaml(TASKS_DIR / FAMILIES_DIRNAME / family / "config.yaml")["prompt"]["system_message"]
    assert "2 seconds and 1024 MB per case" in " ".join(statement.split())
    assert "HIGHER is better" in statement and "clamp(100 *" in statement
    for spec in members(family):
        assert spec.family == family and spec.direction == "higher" and spec.metric == "score"
        assert spec.limits.case_s == 2 and spec.limits.mem_mb == 1024 and spec.combined_formula == "score / 100"
        assert spec.reference_initial is not None and 0.0 <= spec.reference_initial <= 100.0


@pytest.mark.parametrize("family", FAMILIES)
def test_generator_is_deterministic_and_every_reference_beats_its_baseline(family):
    spec = min(members(family), key=lambda spec: spec.params["n"])  # the smallest member: this is about bytes
    first, again = small_cases(family, spec.params, 3, 11), small_cases(family, spec.params, 3, 11)
    assert json.dumps(first) == json.dumps(again)
    assert json.dumps(first) != json.dumps(small_cases(family, spec.params, 3, 12))
    for case in first:
        # minimisation everywhere except the knapsack: the reference is strictly better in its direction
        better = case["reference"] > case["baseline"] if family == "cp_multiknap" else \
            case["reference"] < case["baseline"]
        assert better, (family, case["baseline"], case["reference"])
