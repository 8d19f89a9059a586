"""Wrong answers against the checkers of the CP-set-4 families (weighted MAX-SAT, generalized assignment,
axial 3-index assignment, capacitated p-median, discrete k-means, degree-constrained MST, max-sum diversity),
called directly on hand-made cases: no compile, no sandbox. Each malformed or infeasible output must be
refused with its one-line reason, each valid one must cost exactly what was worked out by hand, the judge must
agree with an independent plain-Python objective on random answers of generated cases (verdict and value),
and every generator must agree with its judge: the stored baseline and reference are what the judge gives
the generator's own answers, rebuilt here, so a checker bug cannot hide behind a generator computing the
same wrong number. The two float objectives (p-median distances, k-means SSE) are compared with exact
arithmetic, so rounding cannot be what a search optimises."""
from __future__ import annotations

import json
import math
import random
from fractions import Fraction

import numpy as np
import pytest

from eft.judge import Task, partial_score
from eft.judge.partial_score import CheckError, case_score
from eft.tasks.registry import FAMILIES_DIRNAME, TASKS_DIR, get, import_file, read_yaml

FAMILIES = ["cp_maxsat", "cp_gap", "cp_ap3", "cp_cpmed", "cp_kmeans", "cp_dcmst", "cp_maxdiv"]
OBJECTIVE = {"cp_maxsat": "satisfied_weight", "cp_gap": "assignment_cost", "cp_ap3": "triples_cost",
             "cp_cpmed": "allocation_cost", "cp_kmeans": "labelling_sse", "cp_dcmst": "tree_weight",
             "cp_maxdiv": "diversity"}
MAXIMISE = {"cp_maxsat", "cp_maxdiv"}
# tokens Python's int() would partly accept, or that are not plain decimal integers
NOT_INTEGERS = ["1.0", "+1", "1e0", "0x1", "1_0", "\uff11", "\u0661", "nan", "inf", "--1", "1,", "9" * 19]
MODULES: dict[tuple[str, str], object] = {}


def module(family: str, name: str):
    """tasks/_families/<family>/<name>.py, imported once under a name no other test uses."""
    key = (family, name)
    if key not in MODULES:
        path = TASKS_DIR / FAMILIES_DIRNAME / family / f"{name}.py"
        MODULES[key] = import_file(path, f"_cp_set4_{family}_{name}")
    return MODULES[key]


def check(family: str):
    return getattr(module(family, "evaluator"), OBJECTIVE[family])


def members(family: str) -> list:
    found = [get(path.name) for path in sorted(TASKS_DIR.glob(f"{family}_*")) if (path / "task.yaml").is_file()]
    assert found, f"no member of {family}"  # a loop over no members would pass without checking anything
    return found


def lines(values) -> str:
    return "\n".join(map(str, values)) + "\n"


def rejects(family: str, case: dict, output: str, reason: str) -> None:
    with pytest.raises(CheckError, match=reason) as caught:
        check(family)(case, output)
    assert "\n" not in str(caught.value)


# --- hand-made cases, one per family, with values worked out by hand ------------------------------------

# clauses [w, literals...]; x = (1, 1, 0) satisfies all but (-x1): 5 + 3 + 2 + 7 = 17
MAXSAT = {"n": 3, "clauses": [[5, 1, -2], [3, 2, 3], [4, -1], [2, -3, -2], [7, 2]], "baseline": 11, "reference": 17}
# the cheapest agent per job (0 1 0) puts 3 + 2 = 5 on agent 0 (capacity 4); 1 1 0 is the only feasible answer
GAP = {"m": 2, "n": 3, "cost": [[4, 6, 3], [5, 2, 7]], "resource": [[3, 4, 2], [2, 3, 5]], "capacity": [4, 6],
       "baseline": 12, "reference": 10}
# c[i][j][k]; the cheapest (j, k) per i is (0,0), (2,1), (1,1): k = 1 twice
AP3 = {"n": 3, "cost": [[[1, 5, 5], [5, 5, 5], [5, 5, 5]],
                        [[2, 5, 5], [5, 5, 5], [5, 0, 3]],
                        [[5, 5, 5], [5, 4, 5], [5, 5, 5]]], "baseline": 11, "reference": 6}
# |01| = 5, |02| = 10, |03| = 5, |12| = 5, |13| = sqrt(10), |23| = sqrt(45); demands 2 2 3 1, Q = 5
CPMED = {"n": 4, "p": 2, "capacity": 5, "points": [[0, 0], [3, 4], [6, 8], [0, 5]], "demand": [2, 2, 3, 1],
         "baseline": 20.0, "reference": 10.0}
KMEANS = {"n": 4, "k": 2, "d": 2, "points": [[0, 0], [2, 0], [10, 10], [10, 14]], "baseline": 235.0,
          "reference": 10.0}
# vertex 0 is the cheap hub (1, 2, 3): the MST is the star of weight 6, which D = 2 forbids
DCMST = {"n": 4, "max_degree": 2, "weights": [[0, 1, 2, 3], [1, 0, 5, 6], [2, 5, 0, 4], [3, 6, 4, 0]],
         "baseline": 9, "reference": 7}
MAXDIV = {"n": 4, "m": 3, "dist": [[0, 3, 7, 2], [3, 0, 4, 6], [7, 4, 0, 5], [2, 6, 5, 0]], "baseline": 11,
          "reference": 15}
HAND = {"cp_maxsat": MAXSAT, "cp_gap": GAP, "cp_ap3": AP3, "cp_cpmed": CPMED, "cp_kmeans": KMEANS,
        "cp_dcmst": DCMST, "cp_maxdiv": MAXDIV}
# a feasible answer of each hand case and its objective
VALID = {"cp_maxsat": ("1 1 0", 17), "cp_gap": ("1 1 0", 10), "cp_ap3": ("0 2 1 0 1 2", 6),
         "cp_cpmed": ("0 2 2 0", 10.0), "cp_kmeans": ("0 0 1 1", 10.0), "cp_dcmst": ("1 0 0 2 2 3", 7),
         "cp_maxdiv": ("1 2 3", 15)}
COUNT = {"cp_maxsat": 3, "cp_gap": 3, "cp_ap3": 6, "cp_cpmed": 4, "cp_kmeans": 4, "cp_dcmst": 6, "cp_maxdiv": 3}
STDIN = {"cp_maxsat": "3 5\n5 2 1 -2\n3 2 2 3\n4 1 -1\n2 2 -3 -2\n7 1 2\n",
         "cp_gap": "2 3\n4 6 3\n5 2 7\n3 4 2\n2 3 5\n4 6\n",
         "cp_ap3": "3\n1 5 5\n5 5 5\n5 5 5\n2 5 5\n5 5 5\n5 0 3\n5 5 5\n5 4 5\n5 5 5\n",
         "cp_cpmed": "4 2 5\n0 0 2\n3 4 2\n6 8 3\n0 5 1\n",
         "cp_kmeans": "4 2 2\n0 0\n2 0\n10 10\n10 14\n",
         "cp_dcmst": "4 2\n0 1 2 3\n1 0 5 6\n2 5 0 4\n3 6 4 0\n",
         "cp_maxdiv": "4 3\n0 3 7 2\n3 0 4 6\n7 4 0 5\n2 6 5 0\n"}


@pytest.mark.parametrize("family", FAMILIES)
def test_valid_answer_costs_what_was_worked_out_by_hand(family):
    output, value = VALID[family]
    assert check(family)(HAND[family], output) == value
    # whitespace is only a separator: the same tokens on one line, on many lines or padded cost the same
    assert check(family)(HAND[family], " \t" + "\n\n".join(output.split()) + " \n") == value


@pytest.mark.parametrize("family", FAMILIES)
def test_malformed_output_is_refused_in_one_line(family):
    case, count = HAND[family], COUNT[family]
    tokens = VALID[family][0].split()
    rejects(family, case, "", f"expected {count} integers, got 0 tokens")
    rejects(family, case, " \n\t ", f"expected {count} integers, got 0 tokens")
    rejects(family, case, " ".join(tokens[:-1]), f"expected {count} integers, got {count - 1} tokens")
    rejects(family, case, " ".join(tokens + ["0"]), f"expected {count} integers, got {count + 1} tokens")
    rejects(family, case, " ".join(tokens + tokens), f"expected {count} integers, got {2 * count} tokens")
    for token in NOT_INTEGERS:
        rejects(family, case, " ".join(tokens[:-1] + [token]), "is not an integer")
    rejects(family, case, " ".join(tokens[:-1] + ["-1"]), rf"\(token {count}\) is outside")
    # only ASCII whitespace separates tokens, as C++ streams read them: a Unicode space or an \x1c..\x1f
    # separator between two tokens leaves one malformed token (str.split() would have accepted the answer)
    for separator in ("\u00a0", "\u2003", "\x1c", "\x1f", "\x85", "\u2028"):
        rejects(family, case, " ".join(tokens[:-2]) + f" {tokens[-2]}{separator}{tokens[-1]}",
                f"expected {count} integers, got {count - 1} tokens")
    rejects(family, case, " ".join(tokens[:-1] + [str(10**17)]), "is outside")


@pytest.mark.parametrize("family", FAMILIES)
def test_rendered_input_is_the_statement_format_and_hides_the_answers(family):
    evaluator = module(family, "evaluator")
    case = HAND[family]
    assert evaluator.case_input(case) == STDIN[family]
    # baseline and reference never reach the candidate: changing them leaves its stdin byte for byte the same
    assert evaluator.case_input({**case, "baseline": 123456789, "reference": 987654321}) == STDIN[family]


# --- per-family wrong answers ---------------------------------------------------------------------------

def test_maxsat_values_are_bits_and_clauses_need_one_true_literal():
    assert check("cp_maxsat")(MAXSAT, "0 0 0") == 5 + 4 + 2  # the seed's all-false answer
    assert check("cp_maxsat")(MAXSAT, "0 1 0") == 3 + 4 + 2 + 7  # (x1 or not x2) is false now
    assert check("cp_maxsat")(MAXSAT, "1 1 1") == 5 + 3 + 7  # (not x3 or not x2) is false too
    rejects("cp_maxsat", MAXSAT, "1 1 2", r"value 2 \(token 3\) is outside 0..1")
    rejects("cp_maxsat", MAXSAT, "1 -2 3", r"value -2 \(token 2\) is outside 0..1")  # proofs/bad_literals
    rejects("cp_maxsat", MAXSAT, "1 1 0 1", "expected 3 integers, got 4 tokens")
    # a clause is counted once, however many of its literals are true
    twice = {"n": 2, "clauses": [[9, 1, 2], [4, -1, -2]]}
    assert check("cp_maxsat")(twice, "1 1") == 9 and check("cp_maxsat")(twice, "1 0") == 13


def test_gap_capacity_per_agent_uses_the_agents_own_resources():
    rejects("cp_gap", GAP, "0 1 0", "agent 0 carries 5 > capacity 4")  # proofs/bad_cheapest
    rejects("cp_gap", GAP, "0 0 0", "agent 0 carries 9 > capacity 4")
    rejects("cp_gap", GAP, "1 1 1", "agent 1 carries 10 > capacity 6")
    rejects("cp_gap", GAP, "1 0 1", "agent 1 carries 7 > capacity 6")  # job 0 needs 2 on agent 1, not 3
    rejects("cp_gap", GAP, "0 1 2", r"agent 2 \(token 3\) is outside 0..1")
    loose = {**GAP, "capacity": [5, 6]}
    assert check("cp_gap")(loose, "0 1 0") == 4 + 2 + 3  # exactly full (5 = 5) is feasible
    assert check("cp_gap")(loose, "1 1 0") == 5 + 2 + 3


def test_ap3_two_permutations_in_order_p_then_q():
    assert check("cp_ap3")(AP3, "0 1 2 0 1 2") == 1 + 5 + 5  # the seed's (i, i, i)
    assert check("cp_ap3")(AP3, "0 2 1 0 2 1") == 1 + 3 + 4
    assert check("cp_ap3")(AP3, "0 1 2 0 2 1") == 1 + 5 + 5  # q and p swapped: c[1][1][2] + c[2][2][1]
    rejects("cp_ap3", AP3, "0 2 1 0 1 1", "third index \\(q\\) 1 is listed twice")  # proofs/bad_rowmin
    rejects("cp_ap3", AP3, "0 0 1 0 1 2", "second index \\(p\\) 0 is listed twice")
    rejects("cp_ap3", AP3, "0 2 1 0 1 3", r"index 3 \(token 6\) is outside 0..2")
    rejects("cp_ap3", AP3, "0 2 1", "expected 6 integers, got 3 tokens")  # p alone


def test_cpmed_medians_serve_themselves_count_and_capacity():
    assert check("cp_cpmed")(CPMED, "0 1 1 0") == 10.0
    assert check("cp_cpmed")(CPMED, "1 1 2 2") == 5 + math.sqrt(45)  # any customers may be the medians
    rejects("cp_cpmed", CPMED, "0 2 1 0", "customer 1 is served by 2, which is not its own median")
    rejects("cp_cpmed", CPMED, "1 0 2 2", "customer 0 is served by 1, which is not its own median")
    rejects("cp_cpmed", CPMED, "0 1 2 1", "3 distinct medians, expected exactly 2")
    rejects("cp_cpmed", CPMED, "0 0 0 0", "1 distinct medians, expected exactly 2")
    rejects("cp_cpmed", CPMED, "0 1 2 3", "4 distinct medians, expected exactly 2")  # everyone alone costs 0
    rejects("cp_cpmed", CPMED, "0 1 1 1", "median 1 serves demand 6 > capacity 5")  # proofs/bad_nearest
    rejects("cp_cpmed", CPMED, "0 2 2 2", "median 2 serves demand 6 > capacity 5")  # its own demand counts
    rejects("cp_cpmed", CPMED, "0 2 2 4", r"median 4 \(token 4\) is outside 0..3")


def test_kmeans_labels_any_in_range_and_sse_by_hand():
    assert check("cp_kmeans")(KMEANS, "0 0 0 0") == 235.0  # one cluster: 83 in x, 152 in y
    assert check("cp_kmeans")(KMEANS, "1 1 1 1") == 235.0  # label 0 unused is allowed
    assert check("cp_kmeans")(KMEANS, "1 1 0 0") == 10.0  # names of clusters do not matter
    assert check("cp_kmeans")(KMEANS, "0 1 0 1") == 100.0 + 130.0
    rejects("cp_kmeans", KMEANS, "1 1 2 2", r"label 2 \(token 3\) is outside 0..1")  # proofs/bad_onebased
    rejects("cp_kmeans", KMEANS, "0 0 1 -1", "outside 0..1")
    dup = {"n": 3, "k": 2, "d": 1, "points": [[7], [7], [10000]]}
    assert check("cp_kmeans")(dup, "0 0 1") == 0.0  # identical points: exactly zero, never a negative SSE


def test_dcmst_spanning_tree_and_degree_bound():
    assert check("cp_dcmst")(DCMST, "3 2\n0 2\n1 0") == 7  # edge order and direction do not matter
    assert check("cp_dcmst")(DCMST, "0 1\n1 2\n2 3") == 1 + 5 + 4  # the seed's path
    rejects("cp_dcmst", DCMST, "0 1\n0 2\n0 3", "vertex 0 has more than 2 edges")  # proofs/bad_star
    rejects("cp_dcmst", DCMST, "1 0\n2 0\n0 3", "vertex 0 has more than 2 edges")
    rejects("cp_dcmst", DCMST, "0 1\n1 0\n2 3", r"edge 1 \(1, 0\) closes a cycle")  # an edge twice
    rejects("cp_dcmst", DCMST, "0 1\n1 2\n2 0", r"edge 2 \(2, 0\) closes a cycle")  # 3 misses the tree
    rejects("cp_dcmst", DCMST, "0 0\n1 2\n2 3", "edge 0 is a loop at vertex 0")
    rejects("cp_dcmst", DCMST, "0 1\n1 2\n2 4", r"vertex 4 \(token 6\) is outside 0..3")
    rejects("cp_dcmst", DCMST, "0 1\n1 2", "expected 6 integers, got 4 tokens")
    three = {**DCMST, "max_degree": 3}
    assert check("cp_dcmst")(three, "0 1\n0 2\n0 3") == 6  # the star is fine once D = 3


def test_maxdiv_distinct_items_and_pair_sum():
    assert check("cp_maxdiv")(MAXDIV, "0 1 2") == 3 + 7 + 4  # the seed's first m items
    assert check("cp_maxdiv")(MAXDIV, "3 0 1") == 2 + 3 + 6
    rejects("cp_maxdiv", MAXDIV, "1 2 2", "item 2 is listed twice")  # a repeat would add d[2][2] = 0
    rejects("cp_maxdiv", MAXDIV, "0 2 0", "item 0 is listed twice")
    rejects("cp_maxdiv", MAXDIV, "0 2", "expected 3 integers, got 2 tokens")
    rejects("cp_maxdiv", MAXDIV, "0 2 3 1", "expected 3 integers, got 4 tokens")  # proofs/bad_above_mean
    rejects("cp_maxdiv", MAXDIV, "0 2 4", r"item 4 \(token 3\) is outside 0..3")


# --- independent objectives, on random answers of generated cases ---------------------------------------

SMALL = {  # small instances of every kind the members use: this is about agreement, not size
    "cp_maxsat": [{"kind": kind, "n": 30, "ratio": 4.0} for kind in ("k2", "k3", "k4", "mixed", "partial")],
    "cp_gap": [{"kind": kind, "m": 4, "n": 20, "tight": 0.8} for kind in ("c", "d", "e")],
    "cp_ap3": [{"kind": kind, "n": 8} for kind in ("uniform", "geometric", "sparse")],
    "cp_cpmed": [{"kind": kind, "n": 30, "p": 4, "tight": 0.85} for kind in ("uniform", "clustered")],
    "cp_kmeans": [{"kind": kind, "n": 60, "k": 4, "d": 3} for kind in ("blobs", "uniform", "aniso", "overlap")],
    "cp_dcmst": [{"kind": kind, "n": 24, "max_degree": 2} for kind in ("euclid", "random", "hub")],
    "cp_maxdiv": [{"kind": kind, "n": 30, "m": 6, "d": 3} for kind in ("uniform", "euclid", "clustered")],
}
ARGS = {"cp_maxsat": ("kind", "n", "ratio"), "cp_gap": ("kind", "m", "n", "tight"), "cp_ap3": ("kind", "n"),
        "cp_cpmed": ("kind", "n", "p", "tight"), "cp_kmeans": ("kind", "n", "k", "d"),
        "cp_dcmst": ("kind", "n", "max_degree"), "cp_maxdiv": ("kind", "n", "m", "d")}
CASES: dict[tuple[str, int], tuple[dict, random.Random]] = {}


def first_case(family: str, index: int, seed: int = 7) -> tuple[dict, random.Random]:
    """The first case data.py's build(seed) keeps for SMALL[family][index], and a fresh copy of the random
    stream its reference search used (make_case draws that stream's seed first), so the generator's own
    answers can be rebuilt and judged."""
    key = (family, index)
    if key not in CASES:
        data, params = module(family, "data"), SMALL[family][index]
        rng = random.Random(seed)
        while True:
            before = random.Random()
            before.setstate(rng.getstate())
            case = data.make_case(rng, *(params[name] for name in ARGS[family]))
            if case is not None:
                break
        assert json.dumps(case) == json.dumps(data.build(seed, {**params, "cases": 1})[0])
        CASES[key] = (case, random.Random(before.getrandbits(63)))
    case, search = CASES[key]
    copy = random.Random()
    copy.setstate(search.getstate())
    return case, copy


def all_cases(family: str):
    return [first_case(family, index) for index in range(len(SMALL[family]))]


def plain_maxsat(case, x):
    return sum(c[0] for c in case["clauses"] if any((lit > 0) == bool(x[abs(lit) - 1]) for lit in c[1:]))


def plain_gap(case, a):
    for i in range(case["m"]):
        if sum(case["resource"][i][j] for j in range(case["n"]) if a[j] == i) > case["capacity"][i]:
            return None
    return sum(case["cost"][a[j]][j] for j in range(case["n"]))


def plain_cpmed(case, a):
    n = case["n"]
    if any(a[a[i]] != a[i] for i in range(n)) or len(set(a)) != case["p"]:
        return None
    if any(sum(case["demand"][i] for i in range(n) if a[i] == m) > case["capacity"] for m in set(a)):
        return None
    return math.fsum(math.dist(case["points"][i], case["points"][a[i]]) for i in range(n))


def exact_sse(points, labels) -> Fraction:
    """sum over clusters of |c| * sum ||x||^2 - ||S_c||^2, over |c|: exact rational arithmetic."""
    total = Fraction(0)
    for c in set(labels):
        members = [points[i] for i in range(len(points)) if labels[i] == c]
        sums = [sum(col) for col in zip(*members)]
        total += Fraction(len(members) * sum(v * v for p in members for v in p) - sum(s * s for s in sums),
                          len(members))
    return total


def plain_dcmst(case, edges):
    n, parent, degree = case["n"], list(range(case["n"])), [0] * case["n"]

    def find(x):
        return x if parent[x] == x else find(parent[x])

    for u, v in edges:
        if u == v or find(u) == find(v):
            return None
        parent[find(u)] = find(v)
        degree[u] += 1
        degree[v] += 1
    if max(degree) > case["max_degree"] or len(edges) != n - 1:
        return None
    return sum(case["weights"][u][v] for u, v in edges)


def first_answers(family: str, case: dict):
    """cp_cpmed's baseline allocation of a case (farthest-point medians, nearest median with room)."""
    data = module(family, "data")
    dist = data.distances(np.array(case["points"], dtype=np.int64))
    demand = np.array(case["demand"], dtype=np.int64)
    return data.nearest_with_room(dist, demand, case["capacity"], data.farthest_medians(dist, case["p"]),
                                  np.argsort(-demand, kind="stable"))


def judged(family: str, case: dict, output: str):
    """The judge's value, or None where it refuses the output."""
    try:
        return check(family)(case, output)
    except CheckError:
        return None


def test_judges_agree_with_plain_python_on_random_answers():
    draw = random.Random(2024)
    for case, _ in all_cases("cp_maxsat"):
        for _ in range(10):
            x = [draw.randint(0, 1) for _ in range(case["n"])]
            assert check("cp_maxsat")(case, lines(x)) == plain_maxsat(case, x)
    feasible = 0
    for case, _ in all_cases("cp_gap"):
        start = module("cp_gap", "data").regret_greedy(*(np.array(case[key]) for key in ("cost", "resource",
                                                                                          "capacity")))
        for trial in range(30):  # the feasible baseline with one job moved, or anything at all
            a = [int(v) for v in start] if trial % 2 else [draw.randrange(case["m"]) for _ in range(case["n"])]
            a[draw.randrange(case["n"])] = draw.randrange(case["m"])
            assert judged("cp_gap", case, lines(a)) == plain_gap(case, a)
            feasible += plain_gap(case, a) is not None
    assert feasible > 0  # both verdicts were exercised
    for case, _ in all_cases("cp_ap3"):
        for _ in range(10):
            n = case["n"]
            p, q = draw.sample(range(n), n), draw.sample(range(n), n)
            assert check("cp_ap3")(case, lines(p + q)) == sum(case["cost"][i][p[i]][q[i]] for i in range(n))
    feasible = 0
    for case, _ in all_cases("cp_cpmed"):
        start = [int(v) for v in first_answers("cp_cpmed", case)]
        for trial in range(30):  # the feasible baseline with one customer moved, or anything at all
            medians = draw.sample(range(case["n"]), case["p"] + (trial % 3 == 0))
            a = start.copy() if trial % 2 else [i if i in medians else draw.choice(medians) for i in range(case["n"])]
            i = draw.randrange(case["n"])
            if a[i] != i:
                a[i] = draw.choice(sorted(set(a)))
            want = plain_cpmed(case, a)
            got = judged("cp_cpmed", case, lines(a))
            assert (got is None) == (want is None)
            if want is not None:
                feasible += 1
                assert got == pytest.approx(want, rel=1e-12, abs=0)
    assert feasible > 0
    for case, _ in all_cases("cp_kmeans"):
        for _ in range(5):
            labels = [draw.randrange(case["k"]) for _ in range(case["n"])]
            got = check("cp_kmeans")(case, lines(labels))
            assert abs(Fraction(got) - exact_sse(case["points"], labels)) <= Fraction(1, 10**3)
    for case, _ in all_cases("cp_dcmst"):
        for _ in range(20):
            n = case["n"]
            order = draw.sample(range(n), n)
            edges = [(order[t], order[draw.randrange(max(0, t - 2), t)]) for t in range(1, n)]  # a random tree
            assert judged("cp_dcmst", case, lines(f"{u} {v}" for u, v in edges)) == plain_dcmst(case, edges)
    for case, _ in all_cases("cp_maxdiv"):
        for _ in range(10):
            chosen = draw.sample(range(case["n"]), case["m"])
            want = sum(case["dist"][i][j] for i in chosen for j in chosen if i < j)
            assert check("cp_maxdiv")(case, lines(chosen)) == want


# --- every generator agrees with its judge and its statement -------------------------------------------

def test_maxsat_generator_agrees_with_the_judge():
    data = module("cp_maxsat", "data")
    for case, search in all_cases("cp_maxsat"):
        f = data.Formula(case["n"], case["clauses"])
        start = data.baseline_assignment(f)
        assert check("cp_maxsat")(case, lines(start)) == case["baseline"]
        assert check("cp_maxsat")(case, lines(data.tabu(f, start, search))) == case["reference"]
        # the baseline is a local optimum by the judge's own count: no single flip gains
        for v in range(case["n"]):
            flipped = start.copy()
            flipped[v] ^= 1
            assert check("cp_maxsat")(case, lines(flipped)) <= case["baseline"]
        for clause in case["clauses"]:  # statement: weights, distinct variables in 1..n, no literal 0
            variables = [abs(lit) for lit in clause[1:]]
            assert clause[0] >= 1 and variables and len(set(variables)) == len(variables)
            assert all(1 <= v <= case["n"] for v in variables)


def test_gap_generator_agrees_with_the_judge():
    data = module("cp_gap", "data")
    for case, search in all_cases("cp_gap"):
        c, r, b = (np.array(case[key], dtype=np.int64) for key in ("cost", "resource", "capacity"))
        start = data.regret_greedy(c, r, b)
        assert check("cp_gap")(case, lines(start)) == case["baseline"]
        reference = data.reference_assignment(c, r, b, data.descend(c, r, b, start), search)
        assert check("cp_gap")(case, lines(reference)) == case["reference"]  # feasible, and worth that
        # statement: capacity = floor(tight * row sum / m), at least the largest single resource
        for i in range(case["m"]):
            assert case["capacity"][i] == max(max(case["resource"][i]),
                                              int(0.8 * sum(case["resource"][i]) / case["m"]))
        assert min(min(row) for row in case["resource"]) >= 1 and min(min(row) for row in case["cost"]) >= 1


def test_ap3_generator_agrees_with_the_judge():
    data = module("cp_ap3", "data")
    for case, search in all_cases("cp_ap3"):
        n, cost = case["n"], case["cost"]
        # the greedy baseline written here: triples by (cost, i, j, k), each if none of its indices is used
        p, q, used_j, used_k = [-1] * n, [-1] * n, set(), set()
        for _, i, j, k in sorted((cost[i][j][k], i, j, k) for i in range(n) for j in range(n) for k in range(n)):
            if p[i] < 0 and j not in used_j and k not in used_k:
                p[i], q[i] = j, k
                used_j.add(j)
                used_k.add(k)
        assert check("cp_ap3")(case, lines(p + q)) == case["baseline"]
        tp, tq = data.reference_triples(np.array(cost), np.array(p), np.array(q), search)
        assert check("cp_ap3")(case, lines(list(tp) + list(tq))) == case["reference"]
        assert min(v for plane in cost for row in plane for v in row) >= 0


def test_cpmed_generator_agrees_with_the_judge_exactly():
    data = module("cp_cpmed", "data")
    for case, search in all_cases("cp_cpmed"):
        dist = data.distances(np.array(case["points"], dtype=np.int64))
        demand = np.array(case["demand"], dtype=np.int64)
        order = np.argsort(-demand, kind="stable")
        start = data.nearest_with_room(dist, demand, case["capacity"], data.farthest_medians(dist, case["p"]),
                                       order)
        # the same float: the judge and the generator sum the same doubles in the same order
        assert check("cp_cpmed")(case, lines(start)) == case["baseline"]
        reference = data.reference_allocation(dist, demand, case["capacity"], start, search)
        assert check("cp_cpmed")(case, lines(reference)) == case["reference"]
        assert case["reference"] == pytest.approx(plain_cpmed(case, [int(v) for v in reference]), rel=1e-12)
        # the seed's construction (first p customers as medians) is feasible on every kept case
        assert data.nearest_with_room(dist, demand, case["capacity"], list(range(case["p"])), order) is not None
        assert all(0 <= v <= 100 for pt in case["points"] for v in pt) and min(case["demand"]) >= 1


def test_kmeans_generator_agrees_with_the_judge_and_exact_arithmetic():
    data = module("cp_kmeans", "data")
    for case, search in all_cases("cp_kmeans"):
        x, k = np.array(case["points"], dtype=np.int64), case["k"]
        labels = data.lloyd(x, x[:k])
        assert check("cp_kmeans")(case, lines(labels)) == case["baseline"]
        runs = [data.hartigan(x, data.lloyd(x, data.plus_plus(x, k, search)), k) for _ in range(data.RESTARTS)]
        best = min(runs, key=lambda run: data.sse(x, run, k))
        assert check("cp_kmeans")(case, lines(best)) == case["reference"]
        # rounding is far below the scale a case is scored on: the float is the exact SSE to 1e-3 absolute
        for value, answer in ((case["baseline"], labels), (case["reference"], best)):
            assert abs(Fraction(value) - exact_sse(case["points"], [int(v) for v in answer])) <= Fraction(1, 10**3)
        assert case["baseline"] - case["reference"] > 1.0  # a thousand times that bound
        assert all(0 <= v <= 10000 for pt in case["points"] for v in pt)


def test_kmeans_rounding_at_the_largest_coordinates_cannot_be_exploited():
    """Points packed at the top corner of the cube make sum ||x||^2 as large as the statement allows
    (8 * 10^8 per point) while the true SSE stays small: the cancellation the float formula suffers is
    worst here, and it must still be far below any score difference."""
    draw = random.Random(5)
    points = [[draw.randint(9990, 10000) for _ in range(8)] for _ in range(500)]
    case = {"n": 500, "k": 12, "d": 8, "points": points}
    for _ in range(5):
        labels = [draw.randrange(12) for _ in range(500)]
        got = check("cp_kmeans")(case, lines(labels))
        exact = exact_sse(points, labels)
        assert got >= 0 and abs(Fraction(got) - exact) <= Fraction(1, 10**2), (got, float(exact))


def test_dcmst_generator_agrees_with_the_judge():
    data = module("cp_dcmst", "data")
    for case, search in all_cases("cp_dcmst"):
        n, cap, w = case["n"], case["max_degree"], case["weights"]
        # degree-restricted Prim written here: cheapest (w, u, v), u in the tree with room, v outside
        in_tree, degree, edges = {0}, [0] * n, []
        for _ in range(n - 1):
            _, u, v = min((w[u][v], u, v) for u in in_tree if degree[u] < cap for v in range(n) if v not in in_tree)
            edges.append((u, v))
            in_tree.add(v)
            degree[u] += 1
            degree[v] += 1
        assert check("cp_dcmst")(case, lines(f"{u} {v}" for u, v in edges)) == case["baseline"]
        reference = data.reference_tree(np.array(w), data.prim(np.array(w), cap), cap, search)
        assert check("cp_dcmst")(case, lines(f"{u} {v}" for u, v in reference)) == case["reference"]
        assert all(w[u][v] == w[v][u] and (w[u][v] >= 1) == (u != v) for u in range(n) for v in range(n))


def test_maxdiv_generator_agrees_with_the_judge():
    data = module("cp_maxdiv", "data")
    for case, search in all_cases("cp_maxdiv"):
        n, m, dist = case["n"], case["m"], case["dist"]
        top = sorted(range(n), key=lambda i: (-sum(dist[i]), i))[:m]
        assert check("cp_maxdiv")(case, lines(top)) == case["baseline"]
        d = np.array(dist, dtype=np.int64)
        assert check("cp_maxdiv")(case, lines(data.tabu(d, data.greedy(d, m), search))) == case["reference"]
        assert all(dist[i][j] == dist[j][i] >= 0 and (dist[i][i] == 0) for i in range(n) for j in range(n))


def test_generated_instances_have_what_the_statement_promises_per_kind():
    for index, params in enumerate(SMALL["cp_maxsat"]):
        case, _ = first_case("cp_maxsat", index)
        n, kind, clauses = case["n"], params["kind"], case["clauses"]
        if kind == "partial":  # heavy 3-clauses plus exactly one light unit clause per variable
            assert all(500 <= c[0] <= 1000 for c in clauses if len(c) == 4)
            assert sorted(abs(c[1]) for c in clauses if len(c) == 2) == list(range(1, n + 1))
            assert all(1 <= c[0] <= 20 for c in clauses if len(c) == 2) and len(clauses) == round(4.0 * n) + n
        else:
            lengths = {len(c) - 1 for c in clauses}
            assert lengths <= set(range(1, 6)) if kind == "mixed" else lengths == {int(kind[1])}
            assert all(1 <= c[0] <= 100 for c in clauses) and len(clauses) == round(4.0 * n)
    for index, params in enumerate(SMALL["cp_gap"]):
        case, _ = first_case("cp_gap", index)
        pairs = [(c, r) for crow, rrow in zip(case["cost"], case["resource"]) for c, r in zip(crow, rrow)]
        if params["kind"] == "c":
            assert all(10 <= c <= 50 and 5 <= r <= 25 for c, r in pairs)
        elif params["kind"] == "d":
            assert all(1 <= r <= 100 and abs(c - (111 - r)) <= 10 for c, r in pairs)
        else:
            assert all(c >= 1 and r >= 1 for c, r in pairs)
    for index, params in enumerate(SMALL["cp_ap3"]):
        case, _ = first_case("cp_ap3", index)
        planes = [[v for row in plane for v in row] for plane in case["cost"]]
        if params["kind"] == "uniform":
            assert all(0 <= v <= 99 for plane in planes for v in plane)
        elif params["kind"] == "sparse":  # up to four cheap triples per i, the rest 900..999
            assert all(1 <= sum(v <= 99 for v in plane) <= 4 for plane in planes)
            assert all(0 <= v <= 99 or 900 <= v <= 999 for plane in planes for v in plane)
    for index, params in enumerate(SMALL["cp_cpmed"]):
        case, _ = first_case("cp_cpmed", index)
        top = 20 if params["kind"] == "uniform" else 30
        assert all(1 <= d <= top for d in case["demand"])
        assert case["capacity"] == max(max(case["demand"]), int(sum(case["demand"]) / (params["tight"] * case["p"])))
    for index, params in enumerate(SMALL["cp_kmeans"]):
        case, _ = first_case("cp_kmeans", index)
        assert len(case["points"]) == case["n"] and {len(pt) for pt in case["points"]} == {case["d"]}
    for index, params in enumerate(SMALL["cp_dcmst"]):
        case, _ = first_case("cp_dcmst", index)
        off = [w for u, row in enumerate(case["weights"]) for v, w in enumerate(row) if u != v]
        assert 1 <= min(off) and max(off) <= (1000 if params["kind"] == "random" else 1415)
    for index, params in enumerate(SMALL["cp_maxdiv"]):
        case, _ = first_case("cp_maxdiv", index)
        off = [x for i, row in enumerate(case["dist"]) for j, x in enumerate(row) if i != j]
        if params["kind"] == "uniform":
            assert 0 <= min(off) and max(off) <= 99
        elif params["kind"] == "euclid":  # 100 x a distance in the unit cube of d dimensions
            assert max(off) <= round(100 * math.sqrt(params["d"]))


# --- the whole evaluate(), with the C++ runs replaced by given outputs -------------------------------------

@pytest.mark.parametrize("family", FAMILIES)
def test_evaluate_scores_per_case_and_fails_in_one_line(family, tmp_path, monkeypatch):
    """Two copies of the hand case: a feasible answer at the reference scores 100, a malformed one 0 for its
    own case only; with every case refused the evaluation is invalid with the first case's reason."""
    case = dict(HAND[family])
    output, value = VALID[family]
    assert case["reference"] == value and case_score(value, case["baseline"], case["reference"]) == 100.0
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
    assert result["error"] == (f"case 0: expected {COUNT[family]} integers, got 0 tokens; "
                               "no case has a feasible answer")


# --- the statement agrees with the judge ------------------------------------------------------------------

@pytest.mark.parametrize("family", FAMILIES)
def test_statement_direction_limits_and_score_match_every_member(family):
    statement = " ".join(read_yaml(TASKS_DIR / FAMILIES_DIRNAME / family / "config.yaml")["prompt"]
                         ["system_message"].split())
    assert "2 seconds and 1024 MB per case" in statement
    assert "HIGHER is better" in statement and "clamp(100 *" in statement
    # the objective's own direction, as the judge's baseline/reference order has it
    assert ("(higher is better)" if family in MAXIMISE else "(lower is better)") in statement
    for spec in members(family):
        assert spec.family == family and spec.direction == "higher" and spec.metric == "score"
        assert spec.limits.case_s == 2 and spec.limits.mem_mb == 1024 and spec.combined_formula == "score / 100"
        assert spec.reference_initial is not None and 0.0 <= spec.reference_initial <= 100.0
        assert f"`{spec.params['kind']}`" in statement or spec.params["kind"] in statement
        assert {row["kind"] for row in SMALL[family]} >= {spec.params["kind"]}  # every kind is tested above


@pytest.mark.parametrize("family", FAMILIES)
def test_generator_is_deterministic_and_every_reference_beats_its_baseline(family):
    data, params = module(family, "data"), SMALL[family][0]
    first, again = data.build(11, {**params, "cases": 2}), data.build(11, {**params, "cases": 2})
    assert json.dumps(first) == json.dumps(again)
    assert json.dumps(first) != json.dumps(data.build(12, {**params, "cases": 2}))
    for case in first + [case for case, _ in all_cases(family)]:
        better = case["reference"] > case["baseline"] if family in MAXIMISE else \
            case["reference"] < case["baseline"]
        assert better, (family, case["baseline"], case["reference"])
