"""Wrong answers against the checkers of the CP-set-2 families (feedback arc set, linear arrangement, k-way
partition, dominating set, facility location, Steiner tree, longest path), called directly on hand-made
cases: no compile, no sandbox. Each malformed or infeasible output must be refused with its one-line reason,
each valid one must cost exactly what was worked out by hand, and every generator must agree with its judge:
the stored baseline is what the judge gives the baseline heuristic written again here, and the answers of
the generator's own search score in the judge what the generator says (a checker bug cannot hide behind a
generator computing the same wrong number). The generated instances must also be what the statement
promises (simple connected graphs, weight ranges, capacities, distinct terminals)."""
from __future__ import annotations

import json
import math
import random
from fractions import Fraction

import numpy as np
import pytest

from eft.judge import Task, partial_score
from eft.judge.partial_score import CheckError
from eft.tasks.registry import FAMILIES_DIRNAME, TASKS_DIR, get, import_file, read_yaml

# cp_domset was dropped from training: a dominating set is a set cover of closed neighbourhoods, and set cover
# is held out (cp_setcover)
FAMILIES = ["cp_fas", "cp_linarr", "cp_kpart", "cp_facility", "cp_steiner", "cp_longpath"]
OBJECTIVE = {"cp_fas": "back_weight", "cp_linarr": "arrangement_cost", "cp_kpart": "cut_weight",
             "cp_facility": "location_cost", "cp_steiner": "tree_weight",
             "cp_longpath": "path_weight"}
COUNTED = {"cp_facility", "cp_steiner", "cp_longpath"}  # "k, then k values" formats
# tokens Python's int() would partly accept, or that are not plain decimal integers
NOT_INTEGERS = ["1.0", "+1", "+2", "1e0", "0x1", "1_0", "\uff11", "\u0661", "nan", "inf", "--1", "1,", "9" * 19]
MODULES: dict[tuple[str, str], object] = {}


def module(family: str, name: str):
    """tasks/_families/<family>/<name>.py, imported once under a name no other test uses."""
    key = (family, name)
    if key not in MODULES:
        path = TASKS_DIR / FAMILIES_DIRNAME / family / f"{name}.py"
        MODULES[key] = import_file(path, f"_cp_set2_{family}_{name}")
    return MODULES[key]


def check(family: str):
    return getattr(module(family, "evaluator"), OBJECTIVE[family])


def members(family: str) -> list:
    found = [get(path.name) for path in sorted(TASKS_DIR.glob(f"{family}_*")) if (path / "task.yaml").is_file()]
    assert found, f"no member of {family}"  # a loop over no members would pass without checking anything
    return found


def lines(values) -> str:
    return "\n".join(map(str, values)) + "\n"


def counted(values) -> str:
    values = list(values)
    return lines([len(values)] + values)


def rejects(family: str, case: dict, output: str, reason: str) -> None:
    with pytest.raises(CheckError, match=reason) as caught:
        check(family)(case, output)
    assert "\n" not in str(caught.value)


def small_params(family: str, params: dict) -> dict:
    """A member's parameters (kind, degree, weights, k, eps, ...) on a small instance: this is about agreement,
    not size, and the whole file must stay fast."""
    small = {**params, "cases": 1, "n": min(int(params["n"]), 40)}  # one case: 0.6 of these sizes
    if family == "cp_facility":
        small.update(m=min(int(params["m"]), 12), n=min(int(params["n"]), 30))
    if family == "cp_steiner":
        small["terminals"] = min(int(params["terminals"]), 8)
    return small


def generated(family: str, seed: int = 7):
    """(member, case) for every member, on that member's kind at a small size."""
    build = module(family, "data").build
    for spec in members(family):
        for case in build(seed + spec.data_seed, small_params(family, spec.params)):
            yield spec, case


# --- hand-made cases, one per family, with values worked out by hand ------------------------------------

# 0 -> 1 -> 2 -> 0 is a cycle (one of its arcs must point back: at least 2), 0 <-> 1 a 2-cycle (at least 1):
# 3 is optimal, e.g. 2 0 1 3. Surplus out - in: 0: -2, 1: 0, 2: 7, 3: -5, so the baseline is 2 1 0 3 (5).
FAS = {"n": 4, "arcs": [[0, 1, 3], [1, 2, 2], [2, 0, 4], [1, 0, 1], [2, 3, 5]], "baseline": 5, "reference": 3}
# a 4-cycle 0-1-2-3-0 with weights 2, 1, 1, 3; Cuthill-McKee from 0 (all degrees 2): 0 1 3 2, cost 11
LINARR = {"n": 4, "edges": [[0, 1, 2], [1, 2, 1], [2, 3, 1], [0, 3, 3]], "baseline": 11, "reference": 9}
# triangles {0, 1, 2} and {3, 4, 5} joined by 2-3 of weight 5, halves of at most 3: breadth-first from 0
# cuts the bridge (5); keeping 2 and 3 together and cutting 1 and 4 off costs 4
KPART = {"n": 6, "k": 2, "cap": 3, "edges": [[0, 1, 1], [0, 2, 1], [1, 2, 1], [2, 3, 5], [3, 4, 1], [3, 5, 1],
                                             [4, 5, 1]], "baseline": 5, "reference": 4}
# a star, leaves 0..3 of weight 1, centre 4 of weight 3: the greedy takes leaf 0 (1/2 < 3/5), then ties 1 = 3/3
# go to the lower label, so all four leaves (4); the centre alone weighs 3
# facility 2 serves everyone at 4; facilities 0 and 1 each serve two customers at 0: greedy opens 2 (19),
# then 0 and 1 (each lowers the cost by 5), ending at 9; {0, 1} costs 6
FACILITY = {"m": 3, "n": 4, "open": [3, 3, 3], "cost": [[0, 0, 9, 9], [9, 9, 0, 0], [4, 4, 4, 4]], "baseline": 9,
            "reference": 6}
# terminals 0, 1, 2 pairwise 5 apart, each 3 from the Steiner vertex 3; vertex 4 hangs off 3
STEINER = {"n": 5, "edges": [[0, 1, 5], [0, 2, 5], [0, 3, 3], [1, 3, 3], [2, 3, 3], [3, 4, 1]],
           "terminals": [0, 1, 2], "baseline": 10, "reference": 9}
# weighted degrees 3, 10, 7, 12, 2: the greedy walk 3 -1 (5) -2 (3) is stuck at 8; 0 1 2 3 4 weighs 11
LONGPATH = {"n": 5, "edges": [[0, 1, 2], [1, 2, 3], [2, 3, 4], [0, 3, 1], [1, 3, 5], [3, 4, 2]], "baseline": 8,
            "reference": 11}
HAND = {"cp_fas": FAS, "cp_linarr": LINARR, "cp_kpart": KPART, "cp_facility": FACILITY,
        "cp_steiner": STEINER, "cp_longpath": LONGPATH}
# an answer at each hand case's reference, and its rendered stdin
VALID = {"cp_fas": ("2 0 1 3", 3), "cp_linarr": ("3 0 1 2", 9), "cp_kpart": ("0 1 0 0 1 1", 4),
         "cp_facility": ("2 0 1", 6), "cp_steiner": ("3 2 3 4", 9),
         "cp_longpath": ("5 0 1 2 3 4", 11)}
# the baseline heuristic's answer, and a feasible answer worse than it, with their objectives
BASELINE = {"cp_fas": ("2 1 0 3", 5), "cp_linarr": ("0 1 3 2", 11), "cp_kpart": ("0 0 0 1 1 1", 5),
            "cp_facility": ("3 0 1 2", 9), "cp_steiner": ("2 0 1", 10),
            "cp_longpath": ("3 3 1 2", 8)}
WORSE = {"cp_fas": ("3 2 1 0", 10), "cp_linarr": ("0 2 1 3", 16), "cp_kpart": ("0 0 1 0 1 1", 9),
         "cp_facility": ("1 0", 21), "cp_steiner": ("6 0 1 2 3 4 5", 20),
         "cp_longpath": ("2 3 4", 2)}
STDIN = {"cp_fas": "4 5\n0 1 3\n1 2 2\n2 0 4\n1 0 1\n2 3 5\n",
         "cp_linarr": "4 4\n0 1 2\n1 2 1\n2 3 1\n0 3 3\n",
         "cp_kpart": "6 7 2 3\n0 1 1\n0 2 1\n1 2 1\n2 3 5\n3 4 1\n3 5 1\n4 5 1\n",
         "cp_facility": "3 4\n3 3 3\n0 0 9 9\n9 9 0 0\n4 4 4 4\n",
         "cp_steiner": "5 6 3\n0 1 5\n0 2 5\n0 3 3\n1 3 3\n2 3 3\n3 4 1\n0 1 2\n",
         "cp_longpath": "5 6\n0 1 2\n1 2 3\n2 3 4\n0 3 1\n1 3 5\n3 4 2\n"}


@pytest.mark.parametrize("family", FAMILIES)
def test_valid_answer_costs_what_was_worked_out_by_hand(family):
    output, value = VALID[family]
    assert check(family)(HAND[family], output) == value
    # whitespace is only a separator: the same tokens on one line, on many lines or padded cost the same
    assert check(family)(HAND[family], " \t" + "\n\n".join(output.split()) + " \n") == value


@pytest.mark.parametrize("family", FAMILIES)
def test_baseline_and_worse_answers_cost_what_was_worked_out_by_hand(family):
    case = HAND[family]
    for output, value in (BASELINE[family], WORSE[family]):
        assert check(family)(case, output) == value
    assert BASELINE[family][1] == case["baseline"]
    worse = WORSE[family][1] > case["baseline"] if family != "cp_longpath" else WORSE[family][1] < case["baseline"]
    assert worse


@pytest.mark.parametrize("family", FAMILIES)
def test_malformed_output_is_refused_in_one_line(family):
    case = HAND[family]
    tokens = VALID[family][0].split()
    if family in COUNTED:
        k = len(tokens) - 1
        rejects(family, case, "", "empty output: expected the count k first")
        rejects(family, case, " \n\t ", "empty output: expected the count k first")
        rejects(family, case, " ".join(tokens[:-1]), f"expected {k} integers, got {k - 1} tokens")
        rejects(family, case, " ".join(tokens + ["0"]), f"expected {k} integers, got {k + 1} tokens")
        top = case["m"] if family == "cp_facility" else len(case["edges"]) if family == "cp_steiner" else case["n"]
        rejects(family, case, " ".join([str(top + 1)] + tokens[1:]), rf"count k {top + 1} \(token 1\) is outside")
        rejects(family, case, " ".join(["-1"] + tokens[1:]), r"count k -1 \(token 1\) is outside")
        for token in NOT_INTEGERS:  # in the count and among the values
            rejects(family, case, " ".join([token] + tokens[1:]), "is not an integer")
            rejects(family, case, " ".join(tokens[:-1] + [token]), "is not an integer")
    else:
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

def test_fas_permutation_and_back_weight():
    fas = check("cp_fas")
    assert fas(FAS, "0 1 2 3") == 5  # 2 -> 0 and 1 -> 0 point back
    assert fas(FAS, "2 1 0 3") == 5  # the baseline order
    assert fas(FAS, "1 2 0 3") == 3  # only 0 -> 1 points back
    assert fas(FAS, "3 2 1 0") == 10  # 0 -> 1, 1 -> 2, 2 -> 3 point back; the weight is summed, not counted
    rejects("cp_fas", FAS, "0 1 2 2", "vertex 2 is listed twice")  # a repeat, so a vertex is missing
    rejects("cp_fas", FAS, "1 2 3 4", r"vertex 4 \(token 4\) is outside 0..3")  # proofs/bad_one_based
    rejects("cp_fas", FAS, "0 1 2 -3", r"vertex -3 \(token 4\) is outside 0..3")
    rejects("cp_fas", FAS, "0 1 2", "expected 4 integers, got 3 tokens")  # a missing vertex


def test_linarr_permutation_and_weighted_spans():
    cost = check("cp_linarr")
    assert cost(LINARR, "0 1 2 3") == 2 + 1 + 1 + 9
    assert cost(LINARR, "0 1 3 2") == 11  # the Cuthill-McKee baseline: 1-2 spans 2, 0-3 spans 2 (weight 3)
    assert cost(LINARR, "3 2 1 0") == 13  # reversal costs the same
    rejects("cp_linarr", LINARR, "0 1 2 3 0", "expected 4 integers, got 5 tokens")  # proofs/bad_start_twice
    rejects("cp_linarr", LINARR, "0 1 1 3", "vertex 1 is listed twice")
    rejects("cp_linarr", LINARR, "0 1 2 4", "outside 0..3")


def test_kpart_capacity_label_range_and_cut():
    cut = check("cp_kpart")
    assert cut(KPART, "0 0 0 1 1 1") == 5
    assert cut(KPART, "1 1 1 0 0 0") == 5  # part labels are names only
    assert cut(KPART, "0 0 1 0 1 1") == 9  # 0-2, 1-2, 2-3 (5), 3-4, 3-5
    rejects("cp_kpart", KPART, "0 0 0 0 1 1", "part 0 has 4 vertices, more than the capacity 3")
    rejects("cp_kpart", KPART, "1 1 1 1 1 1", "part 1 has 6 vertices, more than the capacity 3")
    rejects("cp_kpart", KPART, "0 0 0 0 0 0", "part 0 has 6")  # proofs/bad_no_capacity: cut 0, infeasible
    rejects("cp_kpart", KPART, "0 0 0 1 1 2", r"part 2 \(token 6\) is outside 0..1")
    rejects("cp_kpart", KPART, "0 0 0 1 1 -1", "outside 0..1")
    three = {**KPART, "k": 3}
    assert cut(three, "0 0 0 2 2 2") == 5  # part 1 left empty is allowed
    assert cut(three, "0 1 2 0 1 2") == 1 + 1 + 1 + 5 + 1 + 1 + 1  # every edge cut, each part of size 2


def test_facility_open_set_and_cheapest_service():
    cost = check("cp_facility")
    assert cost(FACILITY, "3 0 1 2") == 9  # every facility (the seed's answer): 9 + 0
    assert cost(FACILITY, "3 2 1 0") == 9
    assert cost(FACILITY, "1 2") == 3 + 16
    assert cost(FACILITY, "1 0") == 3 + 18
    assert cost(FACILITY, "2 1 2") == 6 + 4 + 4 + 0 + 0
    assert cost({**FACILITY, "open": [0, 0, 0]}, "2 0 1") == 0  # free facilities and zero distances are fine
    rejects("cp_facility", FACILITY, "0", "no facility is open: every customer needs one")  # proofs/bad_empty
    rejects("cp_facility", FACILITY, "2 0 0", "facility 0 is listed twice")
    rejects("cp_facility", FACILITY, "1 3", r"facility 3 \(token 1\) is outside 0..2")
    rejects("cp_facility", FACILITY, "4 0 1 2 0", r"count k 4 \(token 1\) is outside 0..3")


def test_steiner_connectivity_extra_edges_and_ranges():
    weight = check("cp_steiner")
    assert weight(STEINER, "2 0 1") == 10  # the shortest-path union
    assert weight(STEINER, "3 0 3 4") == 5 + 3 + 3  # 0-1 direct, 2 through the Steiner vertex
    assert weight(STEINER, "4 2 3 4 5") == 10  # a useless pendant edge costs, it does not disqualify
    assert weight(STEINER, "6 0 1 2 3 4 5") == 20  # cycles are allowed too
    rejects("cp_steiner", STEINER, "0", "terminal 1 is not connected to terminal 0 by the chosen edges")  # k = 0
    rejects("cp_steiner", STEINER, "1 0", "terminal 2 is not connected to terminal 0")
    rejects("cp_steiner", STEINER, "2 3 4", "terminal 1 is not connected to terminal 0")  # 1 and 2 meet at 3, not 0
    rejects("cp_steiner", STEINER, "2 2 5", "terminal 1 is not connected to terminal 0")
    rejects("cp_steiner", STEINER, "2 0 0", "edge 0 is listed twice")
    rejects("cp_steiner", STEINER, "1 6", r"edge 6 \(token 1\) is outside 0..5")
    rejects("cp_steiner", STEINER, "7 0 1 2 3 4 5 5", r"count k 7 \(token 1\) is outside 0..6")


def test_longpath_adjacency_repeats_and_weight():
    weight = check("cp_longpath")
    assert weight(LONGPATH, "3 3 1 2") == 8  # the greedy walk
    assert weight(LONGPATH, "5 4 3 2 1 0") == 11  # either direction
    assert weight(LONGPATH, "1 2") == 0  # one vertex is a path without edges
    assert weight(LONGPATH, "2 3 0") == 1  # the edge 0-3 listed as "0 3 1" is undirected
    rejects("cp_longpath", LONGPATH, "0", "empty path: print at least one vertex")  # k = 0
    rejects("cp_longpath", LONGPATH, "3 0 1 0", "vertex 0 is listed twice")  # a cycle is not a path
    rejects("cp_longpath", LONGPATH, "4 0 1 2 1", "vertex 1 is listed twice")
    rejects("cp_longpath", LONGPATH, "3 0 2 1", "consecutive vertices 0 and 2 are not joined by an edge")
    rejects("cp_longpath", LONGPATH, "3 3 4 0", "consecutive vertices 4 and 0 are not joined by an edge")
    rejects("cp_longpath", LONGPATH, "2 2 2", "vertex 2 is listed twice")  # no self-loop steps either
    rejects("cp_longpath", LONGPATH, "1 5", r"vertex 5 \(token 1\) is outside 0..4")
    rejects("cp_longpath", LONGPATH, "6 0 1 2 3 4 0", r"count k 6 \(token 1\) is outside 0..5")
    # proofs/bad_dfs_order: a depth-first visiting order of the tree 1-0-2-3 jumps from the dead end 1 to 2
    tree = {"n": 4, "edges": [[0, 1, 2], [0, 2, 3], [2, 3, 1]]}
    rejects("cp_longpath", tree, "4 0 1 2 3", "consecutive vertices 1 and 2 are not joined by an edge")
    assert weight(tree, "4 1 0 2 3") == 6


# --- the generators: instances as stated, baselines as stated, search answers valid in the judge ----------

def adjacency(n: int, edges) -> list[dict[int, int]]:
    adj: list[dict[int, int]] = [{} for _ in range(n)]
    for u, v, *w in edges:
        adj[u][v] = adj[v][u] = w[0] if w else 1
    return adj


def is_connected(adj) -> bool:
    seen, stack = {0}, [0]
    while stack:
        for u in adj[stack.pop()]:
            if u not in seen:
                seen.add(u)
                stack.append(u)
    return len(seen) == len(adj)


def assert_simple_connected(n: int, edges, lo: int, hi: int) -> None:
    pairs = [(min(u, v), max(u, v)) for u, v, *_ in edges]
    assert all(0 <= u < v < n for u, v in pairs), "self-loop or vertex out of range"
    assert len(set(pairs)) == len(pairs), "repeated edge"
    assert all(lo <= w <= hi for _, _, *rest in edges for w in rest)
    assert is_connected(adjacency(n, edges))


def test_fas_instances_baseline_and_search_agree_with_the_judge():
    data = module("cp_fas", "data")
    for spec, case in generated("cp_fas"):
        n, arcs = case["n"], case["arcs"]
        assert all(u != v and 0 <= u < n and 0 <= v < n and 1 <= w <= 9 for u, v, w in arcs)
        assert len({(u, v) for u, v, _ in arcs}) == len(arcs), "an ordered pair twice"
        surplus = [0] * n
        for u, v, w in arcs:
            surplus[u] += w
            surplus[v] -= w
        baseline = sorted(range(n), key=lambda v: (-surplus[v], v))
        assert check("cp_fas")(case, lines(baseline)) == case["baseline"], spec.id
        w = data.weight_matrix(case)
        order = data.descend(w, data.baseline_order(w))
        assert check("cp_fas")(case, lines(order)) == data.back_weight(w, order) >= case["reference"], spec.id
        # every 2-cycle leaves its lighter arc pointing back: no order beats that sum
        two_cycles = sum(min(w[u, v], w[v, u]) for u in range(n) for v in range(u + 1, n))
        assert two_cycles <= case["reference"] < case["baseline"], spec.id


def test_linarr_instances_baseline_and_search_agree_with_the_judge():
    data = module("cp_linarr", "data")
    for spec, case in generated("cp_linarr"):
        n, edges = case["n"], case["edges"]
        assert_simple_connected(n, edges, 1, int(spec.params["wmax"]))
        adj = adjacency(n, edges)
        degree = [len(a) for a in adj]
        order = [min(range(n), key=lambda v: (degree[v], v))]
        for v in order:  # Cuthill-McKee, written here again
            order += [u for u in sorted(adj[v], key=lambda x: (degree[x], x)) if u not in order]
        assert check("cp_linarr")(case, lines(order)) == case["baseline"], spec.id
        w = data.weights(case)
        found = data.descend(w, data.peripheral_order(w))
        assert check("cp_linarr")(case, lines(found)) == data.arrangement_cost(w, found) >= case["reference"]
        assert sum(w for _, _, w in edges) <= case["reference"] < case["baseline"], spec.id  # each span >= 1


def test_kpart_instances_capacity_baseline_and_search_agree_with_the_judge():
    data = module("cp_kpart", "data")
    for spec, case in generated("cp_kpart"):
        n, k, cap = case["n"], case["k"], case["cap"]
        assert k == spec.params["k"]
        eps = Fraction(str(spec.params["eps"]))
        assert cap == math.ceil((1 + eps) * n / k), spec.id  # the statement's formula, in exact arithmetic
        assert_simple_connected(n, case["edges"], 1, int(spec.params["wmax"]))
        adj = adjacency(n, case["edges"])
        order = [min(range(n), key=lambda v: (len(adj[v]), v))]
        for v in order:  # breadth-first, neighbours by label
            order += [u for u in sorted(adj[v]) if u not in order]
        part = [0] * n
        for index, v in enumerate(order):
            part[v] = index // -(-n // k)
        assert check("cp_kpart")(case, lines(part)) == case["baseline"], spec.id
        w = data.weights(case)
        found = data.descend(w, data.baseline_parts(w, k), k, cap)
        assert np.bincount(found, minlength=k).max() <= cap
        assert check("cp_kpart")(case, lines(found)) == data.cut_weight(w, found) >= case["reference"], spec.id
        assert 0 < case["reference"] < case["baseline"]


def test_facility_instances_baseline_and_search_agree_with_the_judge():
    data = module("cp_facility", "data")
    for spec, case in generated("cp_facility"):
        m, n, f, c = case["m"], case["n"], case["open"], case["cost"]
        assert len(f) == m and len(c) == m and all(len(row) == n for row in c)
        assert min(f) >= 0 and min(min(row) for row in c) >= 0
        if spec.params["kind"] == "kg":
            assert all(1000 <= x <= 2000 for row in c for x in row)
        chosen = [min(range(m), key=lambda i: (f[i] + sum(c[i]), i))]
        best = list(c[chosen[0]])
        while len(chosen) < m:  # greedy add, written here again
            delta, i = min((f[i] + sum(min(0, x - b) for x, b in zip(c[i], best)), i)
                           for i in range(m) if i not in chosen)
            if delta >= 0:
                break
            chosen.append(i)
            best = [min(x, b) for x, b in zip(c[i], best)]
        assert check("cp_facility")(case, counted(chosen)) == case["baseline"], spec.id
        fa, ca = np.array(f, dtype=np.int64), np.array(c, dtype=np.int64)
        found = np.flatnonzero(data.descend(fa, ca, data.greedy(fa, ca)))
        assert check("cp_facility")(case, counted(found)) == data.total_cost(fa, ca, found) >= case["reference"]
        # every customer pays at least its cheapest facility, and something must open
        assert min(f) + sum(map(min, zip(*c))) <= case["reference"] < case["baseline"], spec.id


def kruskal(n: int, edges, allowed: set[int]) -> list[int]:
    root = list(range(n))

    def find(x: int) -> int:
        while root[x] != x:
            x = root[x]
        return x

    chosen = []
    for i in sorted(range(len(edges)), key=lambda i: (edges[i][2], i)):
        u, v, _ = edges[i]
        if u in allowed and v in allowed and find(u) != find(v):
            root[find(u)] = find(v)
            chosen.append(i)
    return chosen


def test_steiner_instances_baseline_and_search_agree_with_the_judge():
    data = module("cp_steiner", "data")
    from scipy.sparse.csgraph import dijkstra
    for spec, case in generated("cp_steiner"):
        n, edges, terminals = case["n"], case["edges"], case["terminals"]
        assert_simple_connected(n, edges, 1, 10**9)
        assert len(set(terminals)) == len(terminals) >= 3 and all(0 <= t < n for t in terminals)
        number = {(min(u, v), max(u, v)): i for i, (u, v, _) in enumerate(edges)}
        graph = data.Graph(n, edges)
        _, pred = dijkstra(graph.matrix, indices=terminals[0], return_predecessors=True)
        union = set()
        for v in terminals[1:]:
            while v != terminals[0]:
                union.add(number[(min(v, int(pred[v])), max(v, int(pred[v])))])
                v = int(pred[v])
        assert check("cp_steiner")(case, counted(sorted(union))) == case["baseline"], spec.id
        # a Takahashi-Matsuyama tree, its pruned vertex set spanned by Kruskal, is a valid answer
        weight, kept = graph.pruned_tree(graph.takahashi_matsuyama(terminals[0], terminals), set(terminals))
        tree = kruskal(n, edges, kept)
        assert check("cp_steiner")(case, counted(tree)) == sum(edges[i][2] for i in tree) <= weight
        # no tree beats half the minimum spanning tree of the terminals' distance closure
        closure = dijkstra(graph.matrix, indices=terminals)[:, terminals]
        inside, left, mst = {0}, set(range(1, len(terminals))), 0.0
        while left:
            d, j = min((closure[i, j], j) for i in inside for j in left)
            mst += d
            inside.add(j)
            left.discard(j)
        assert mst / 2 <= case["reference"] < case["baseline"] and isinstance(case["reference"], int), spec.id


def test_longpath_instances_baseline_and_search_agree_with_the_judge():
    data = module("cp_longpath", "data")
    for spec, case in generated("cp_longpath"):
        n, edges = case["n"], case["edges"]
        assert_simple_connected(n, edges, 1, int(spec.params["wmax"]))
        adj = adjacency(n, edges)
        walk = [min(range(n), key=lambda v: (-sum(adj[v].values()), v))]
        while options := [u for u in adj[walk[-1]] if u not in walk]:
            walk.append(min(options, key=lambda u: (-adj[walk[-1]][u], u)))
        assert check("cp_longpath")(case, counted(walk)) == case["baseline"], spec.id
        path = data.insert_vertices(adj, data.warnsdorff(adj, random.Random(spec.data_seed)))
        assert check("cp_longpath")(case, counted(path)) == data.path_weight(adj, path) <= case["reference"]
        heaviest = sum(sorted((w for _, _, w in edges), reverse=True)[:n - 1])  # a path has n - 1 edges at most
        assert case["baseline"] < case["reference"] <= heaviest, spec.id


# --- the whole evaluate(), with the C++ runs replaced by given outputs -------------------------------------

@pytest.mark.parametrize("family", FAMILIES)
def test_evaluate_scores_per_case_and_fails_in_one_line(family, tmp_path, monkeypatch):
    """Two copies of the hand case: an answer at the reference scores 100, a malformed one 0 for its own case
    only; with every case refused the evaluation is invalid with the first case's reason."""
    case = HAND[family]
    output, value = VALID[family]
    assert case["reference"] == value
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "cases.json").write_text(json.dumps([case, case]), encoding="utf-8")
    task = Task(id=f"{family}_test", dir=tmp_path)
    seen: list[list[str]] = []

    def fake_runs(outputs, errors=None):
        def run_every_case(task_, program_path, inputs):
            seen.append(list(inputs))
            return list(outputs), list(errors or [None] * len(outputs))
        return run_every_case

    evaluate = module(family, "evaluator").evaluate
    monkeypatch.setattr(partial_score, "run_every_case", fake_runs([output, output + " 0"]))
    assert evaluate("candidate.cpp", task) == {"combined_score": 0.5, "score": 50.0, "cases": 2, "failed_cases": 1}
    assert seen[-1] == [STDIN[family]] * 2
    # the baseline's answer scores 0, the reference's 100, one worse than the baseline 0 (clamped, not negative)
    monkeypatch.setattr(partial_score, "run_every_case", fake_runs([BASELINE[family][0], output]))
    assert evaluate("candidate.cpp", task)["score"] == 50.0
    monkeypatch.setattr(partial_score, "run_every_case", fake_runs([WORSE[family][0], output]))
    assert evaluate("candidate.cpp", task) == {"combined_score": 0.5, "score": 50.0, "cases": 2, "failed_cases": 0}
    monkeypatch.setattr(partial_score, "run_every_case", fake_runs([None, None], ["time limit", "crashed"]))
    result = evaluate("candidate.cpp", task)
    assert result == {"combined_score": 0.0, "error": "case 0: time limit; no case has a feasible answer"}
    monkeypatch.setattr(partial_score, "run_every_case", fake_runs(["x", ""]))
    result = evaluate("candidate.cpp", task)
    assert result["combined_score"] == 0.0 and "\n" not in result["error"]
    reason = "token 1 'x' is not an integer" if family in COUNTED else f"expected {case['n']} integers, got 1 tokens"
    assert result["error"] == f"case 0: {reason}; no case has a feasible answer"


# --- the statement agrees with the judge ------------------------------------------------------------------

@pytest.mark.parametrize("family", FAMILIES)
def test_statement_limits_and_score_match_every_member(family):
    statement = " ".join(read_yaml(TASKS_DIR / FAMILIES_DIRNAME / family / "config.yaml")["prompt"]
                         ["system_message"].split())
    assert "2 seconds and 1024 MB per case" in statement and "HIGHER is better" in statement
    # minimisation writes the rule with both differences turned round; the judge's rule is the same number
    rule = "clamp(100 * (C - B) / (R - B), 0, 100)" if family == "cp_longpath" else \
        "clamp(100 * (B - C) / (B - R), 0, 100)"
    assert rule in statement
    assert ("lower is better" in statement) == (family != "cp_longpath")
    for spec in members(family):
        assert spec.family == family and spec.direction == "higher" and spec.metric == "score"
        assert spec.limits.case_s == 2 and spec.limits.mem_mb == 1024 and spec.combined_formula == "score / 100"
        assert spec.reference_initial is not None and 0.0 <= spec.reference_initial <= 100.0


@pytest.mark.parametrize("family", FAMILIES)
def test_generator_is_deterministic(family):
    spec = min(members(family), key=lambda spec: spec.params["n"])
    params = small_params(family, spec.params)
    build = module(family, "data").build
    first = build(11, params)
    assert json.dumps(first) == json.dumps(build(11, params))
    assert json.dumps(first) != json.dumps(build(12, params))


def test_generator_heuristics_give_the_hand_worked_baselines():
    """The generators' own baseline code on the hand cases: the numbers worked out above from the statement."""
    fas = module("cp_fas", "data")
    assert fas.baseline_order(fas.weight_matrix(FAS)).tolist() == [2, 1, 0, 3]
    assert fas.back_weight(fas.weight_matrix(FAS), fas.descend(fas.weight_matrix(FAS), np.array([2, 1, 0, 3]))) == 3
    linarr = module("cp_linarr", "data")
    assert linarr.cuthill_mckee(linarr.weights(LINARR)).tolist() == [0, 1, 3, 2]
    kpart = module("cp_kpart", "data")
    w = kpart.weights(KPART)
    assert kpart.baseline_parts(w, 2).tolist() == [0, 0, 0, 1, 1, 1]
    assert kpart.cut_weight(w, kpart.descend(w, kpart.baseline_parts(w, 2), 2, 3)) == 4
    facility = module("cp_facility", "data")
    f, c = np.array(FACILITY["open"]), np.array(FACILITY["cost"])
    assert facility.greedy(f, c).tolist() == [True, True, True]
    assert facility.total_cost(f, c, facility.descend(f, c, facility.greedy(f, c))) == 6
    steiner = module("cp_steiner", "data")
    graph = steiner.Graph(5, STEINER["edges"])
    assert graph.shortest_path_union([0, 1, 2]) == 10
    # Takahashi-Matsuyama takes the direct edges (5 < 3 + 3); inserting the Steiner vertex 3 finds 9
    assert graph.takahashi_matsuyama(0, [0, 1, 2]) == {0, 1, 2}
    assert steiner.improve(graph, {0, 1, 2}, {0, 1, 2}) == 9
    longpath = module("cp_longpath", "data")
    assert longpath.greedy_walk(adjacency(5, LONGPATH["edges"])) == 8
