"""Wrong answers against the checkers of the CP-set-3 families (vehicle routing, orienteering, strip packing,
shortest common supersequence, closest string, p-dispersion, 2D bin packing), called directly on hand-made
cases: no compile, no sandbox. Each malformed or infeasible output must be refused with its one-line reason,
each valid one must cost exactly what was worked out by hand, and every generator must agree with its judge
(the stored baseline and reference are what the judge gives answers rebuilt from the generator's own
heuristics), so a checker bug cannot hide behind a generator computing the same wrong number."""
from __future__ import annotations

import json
import math
import random
import string

import numpy as np
import pytest

from eft.judge import Task, partial_score
from eft.judge.partial_score import CheckError
from eft.tasks.registry import FAMILIES_DIRNAME, TASKS_DIR, get, import_file, read_yaml

FAMILIES = ["cp_cvrp", "cp_orienteering", "cp_strip_packing", "cp_scs", "cp_closest_string", "cp_dispersion",
            "cp_bin_packing_2d"]
OBJECTIVE = {"cp_cvrp": "routes_cost", "cp_orienteering": "tour_prize", "cp_strip_packing": "packing_height",
             "cp_scs": "supersequence_length", "cp_closest_string": "max_distance",
             "cp_dispersion": "min_distance", "cp_bin_packing_2d": "packing_value"}
MAXIMISE = {"cp_orienteering", "cp_dispersion"}
# tokens Python's int() would partly accept, or that are not plain decimal integers
NOT_INTEGERS = ["1.0", "+1", "1e0", "0x1", "1_0", "\uff11", "\u0661", "nan", "inf", "--1", "1,", "9" * 19]
MODULES: dict[tuple[str, str], object] = {}


def module(family: str, name: str):
    """tasks/_families/<family>/<name>.py, imported once under a name no other test uses."""
    key = (family, name)
    if key not in MODULES:
        path = TASKS_DIR / FAMILIES_DIRNAME / family / f"{name}.py"
        MODULES[key] = import_file(path, f"_cp_set3_{family}_{name}")
    return MODULES[key]


def check(family: str):
    return getattr(module(family, "evaluator"), OBJECTIVE[family])


def members(family: str) -> list:
    found = [get(path.name) for path in sorted(TASKS_DIR.glob(f"{family}_*")) if (path / "task.yaml").is_file()]
    assert found, f"no member of {family}"  # a loop over no members would pass without checking anything
    return found


def smallest(family: str, key: str = "n"):
    return min(members(family), key=lambda spec: spec.params[key])


def rejects(family: str, case: dict, output: str, reason: str) -> None:
    with pytest.raises(CheckError, match=reason) as caught:
        check(family)(case, output)
    assert "\n" not in str(caught.value)


def small_cases(family: str, params: dict, cases: int = 2, seed: int = 7) -> list[dict]:
    return module(family, "data").build(seed, {**params, "cases": cases})


# --- hand-made cases, one per family, with values worked out by hand ------------------------------------

# depot at the origin; customers 1 (3, 4), 2 (6, 8), 3 (0, 5): |01| = 5, |12| = 5, |02| = 10, |03| = 5
CVRP = {"n": 3, "capacity": 10, "depot": [0, 0], "customers": [[3, 4, 6], [6, 8, 4], [0, 5, 5]],
        "baseline": 40.0, "reference": 30.0}
ORIENT = {"n": 3, "budget": 20, "depot": [0, 0], "nodes": [[3, 4, 5], [6, 8, 7], [0, 5, 2]],
          "baseline": 7, "reference": 12}
STRIP = {"n": 3, "width": 4, "items": [[2, 3], [2, 2], [4, 1]], "baseline": 6, "reference": 4}
SCS = {"k": 2, "alphabet": 2, "strings": ["ab", "ba"], "baseline": 4, "reference": 3}
CLOSEST = {"k": 3, "length": 4, "alphabet": 2, "strings": ["aaaa", "aaaa", "bbbb"], "baseline": 4, "reference": 2}
DISPERSION = {"n": 4, "p": 3, "points": [[0, 0], [3, 4], [6, 8], [0, 5]], "baseline": 3.0, "reference": 5.0}
BIN2D = {"n": 3, "width": 4, "height": 4, "items": [[4, 2], [2, 2], [2, 2]], "baseline": 2.25, "reference": 1.0}
HAND = {"cp_cvrp": CVRP, "cp_orienteering": ORIENT, "cp_strip_packing": STRIP, "cp_scs": SCS,
        "cp_closest_string": CLOSEST, "cp_dispersion": DISPERSION, "cp_bin_packing_2d": BIN2D}
# a feasible answer of each hand case and its objective
VALID = {"cp_cvrp": ("2\n2 1 2\n1 3", 30.0), "cp_orienteering": ("2\n1\n2", 12),
         "cp_strip_packing": ("0 0\n2 0\n0 3", 4), "cp_scs": ("aba", 3), "cp_closest_string": ("abab", 2),
         "cp_dispersion": ("0 1 2", 5.0), "cp_bin_packing_2d": ("0 0 0\n0 0 2\n0 2 2", 1.0)}
STDIN = {"cp_cvrp": "3 10\n0 0\n3 4 6\n6 8 4\n0 5 5\n", "cp_orienteering": "3 20\n0 0\n3 4 5\n6 8 7\n0 5 2\n",
         "cp_strip_packing": "3 4\n2 3\n2 2\n4 1\n", "cp_scs": "2 2\nab\nba\n",
         "cp_closest_string": "3 4 2\naaaa\naaaa\nbbbb\n", "cp_dispersion": "4 3\n0 0\n3 4\n6 8\n0 5\n",
         "cp_bin_packing_2d": "3 4 4\n4 2\n2 2\n2 2\n"}
# answers the generators store but the candidate must never see
HIDDEN = {"cp_strip_packing": {"optimum": 4}, "cp_scs": {"planted": 3}, "cp_bin_packing_2d": {"optimum_bins": 1}}


@pytest.mark.parametrize("family", FAMILIES)
def test_valid_answer_costs_what_was_worked_out_by_hand(family):
    output, value = VALID[family]
    assert check(family)(HAND[family], output) == value
    # whitespace is only a separator: the same tokens on one line or padded cost the same
    assert check(family)(HAND[family], " \t" + "\n\n".join(output.split()) + " \n") == value


@pytest.mark.parametrize("family", FAMILIES)
def test_empty_and_extra_output_is_refused_in_one_line(family):
    case = HAND[family]
    output = VALID[family][0]
    reason = {"cp_cvrp": "empty output", "cp_orienteering": "empty output",
              "cp_scs": "expected one string, got 0 tokens", "cp_closest_string": "expected one string, got 0"}
    rejects(family, case, "", reason.get(family, "got 0 tokens"))
    rejects(family, case, " \n\t ", reason.get(family, "got 0 tokens"))
    extra = {"cp_cvrp": "1 tokens after the last route", "cp_orienteering": "expected 2 integers, got 3 tokens",
             "cp_scs": "expected one string, got 2", "cp_closest_string": "expected one string, got 2"}
    rejects(family, case, output + "\n1", extra.get(family, "integers, got"))


@pytest.mark.parametrize("family", ["cp_cvrp", "cp_orienteering", "cp_strip_packing", "cp_dispersion",
                                    "cp_bin_packing_2d"])
def test_integer_formats_refuse_non_decimal_tokens(family):
    tokens = VALID[family][0].split()
    for token in NOT_INTEGERS:
        rejects(family, HAND[family], " ".join(tokens[:-1] + [token]), "is not an integer")


@pytest.mark.parametrize("family", FAMILIES)
def test_rendered_input_is_the_statement_format_and_hides_the_answers(family):
    evaluator = module(family, "evaluator")
    case = HAND[family]
    assert evaluator.case_input(case) == STDIN[family]
    # baseline, reference and stored optima never reach the candidate: its stdin stays byte for byte the same
    hidden = {**case, "baseline": 123456789, "reference": 987654321, **HIDDEN.get(family, {})}
    assert evaluator.case_input(hidden) == STDIN[family]


# --- per-family wrong answers ---------------------------------------------------------------------------

def test_cvrp_routes_capacity_coverage_and_counts():
    cost = check("cp_cvrp")
    assert cost(CVRP, "3 1 1 1 2 1 3") == 40.0  # one vehicle per customer: 10 + 20 + 10
    assert cost(CVRP, "2 2 2 1 1 3") == 30.0  # a route driven backwards costs the same
    assert cost(CVRP, "2 1 3 2 2 1") == 30.0  # routes in any order
    assert cost(CVRP, "2 2 3 2 1 1") == 5 + math.hypot(6, 3) + 10 + 10  # 0-3-2-0 (load 9), 0-1-0
    rejects("cp_cvrp", CVRP, "1 3 1 2 3", "route 1 carries 15 > capacity 10")  # proofs/bad_one_truck
    rejects("cp_cvrp", CVRP, "2 2 1 3 1 2", "route 1 carries 11 > capacity 10")  # the capacity is exact
    rejects("cp_cvrp", CVRP, "2 2 1 2 1 1", "customer 1 is served twice")
    rejects("cp_cvrp", CVRP, "1 2 1 2", r"customer 3 is never served \(1 unserved\)")
    rejects("cp_cvrp", CVRP, "0", "the number of routes must be at least 1")
    rejects("cp_cvrp", CVRP, "2 2 1 0 1 3", "route 1 lists the depot 0 as a customer")
    rejects("cp_cvrp", CVRP, "3 2 1 2 1 3", "route 3 of 3 is missing")
    rejects("cp_cvrp", CVRP, "2 3 1 2", r"route 1: length 3 is not 1..2")
    rejects("cp_cvrp", CVRP, "2 0 2 1 2", r"route 1: length 0 is not")
    rejects("cp_cvrp", CVRP, "2 2 1 2 1 4", r"number 4 \(token 6\) is outside 0..3")
    rejects("cp_cvrp", CVRP, "2 2 1 2 1 -3", "outside 0..3")


def test_cvrp_generator_agrees_with_the_judge():
    data = module("cp_cvrp", "data")
    for spec in members("cp_cvrp"):
        case = small_cases("cp_cvrp", {**spec.params, "n": min(spec.params["n"], 40)}, cases=1)[0]
        d = data.distances(case)
        for routes, stored in ((data.nearest_neighbour(case, d), "baseline"), (data.savings(case, d), "reference")):
            output = f"{len(routes)}\n" + "".join(f"{len(r)} {' '.join(map(str, r))}\n" for r in routes)
            assert check("cp_cvrp")(case, output) == case[stored], (spec.id, stored)
        # the statement: coordinates 0..1000, demands 1..10, and any single customer fits a vehicle
        assert all(0 <= v <= 1000 for c in case["customers"] for v in c[:2]) and 0 <= min(case["depot"])
        assert all(1 <= c[2] <= 10 <= case["capacity"] for c in case["customers"])
        assert case["depot"] == {"corner": [0, 0], "clustered": [500, 500]}.get(spec.params["kind"], case["depot"])


def test_orienteering_budget_slack_duplicates_and_ranges():
    prize = check("cp_orienteering")
    assert prize(ORIENT, "0") == 0  # staying home is feasible and worth nothing
    assert prize(ORIENT, "1 3") == 2 and prize(ORIENT, "2 2 1") == 12  # a tour driven backwards
    rejects("cp_orienteering", ORIENT, "3 1 2 3", r"tour length 21.708204 exceeds the budget 20")
    rejects("cp_orienteering", ORIENT, "2 1 1", "node 1 is listed twice")
    rejects("cp_orienteering", ORIENT, "1 0", r"node 0 \(token 1\) is outside 1..3")  # the depot is no node
    rejects("cp_orienteering", ORIENT, "1 4", "outside 1..3")
    rejects("cp_orienteering", ORIENT, "4 1 2 3 1", r"count k 4 \(token 1\) is outside 0..3")
    rejects("cp_orienteering", ORIENT, "-1", "outside 0..3")
    rejects("cp_orienteering", ORIENT, "2 1", "expected 2 integers, got 1 tokens")
    # the documented 1e-6 of slack, and not more: 0 -> (1, 1) -> 0 is 2 * sqrt(2) long
    diagonal = {"n": 1, "depot": [0, 0], "nodes": [[1, 1, 9]]}
    assert prize({**diagonal, "budget": 2 * math.sqrt(2) - 5e-7}, "1 1") == 9
    rejects("cp_orienteering", {**diagonal, "budget": 2 * math.sqrt(2) - 2e-6}, "1 1", "exceeds the budget")


def test_orienteering_generator_agrees_with_the_judge():
    data = module("cp_orienteering", "data")
    for spec in members("cp_orienteering"):
        case = small_cases("cp_orienteering", {**spec.params, "n": min(spec.params["n"], 40)}, cases=1)[0]
        d = data.distance_matrix([case["depot"]] + case["nodes"])
        prizes = [0] + [p[2] for p in case["nodes"]]
        for tour, stored in ((data.ratio_greedy(d, prizes, case["budget"]), "baseline"),
                             (data.reference_tour(d, prizes, case["budget"]), "reference")):
            assert check("cp_orienteering")(case, f"{len(tour)}\n{' '.join(map(str, tour))}\n") == case[stored]
        assert isinstance(case["budget"], int) and case["depot"] == [500, 500]
        assert all(0 <= x <= 1000 and 0 <= y <= 1000 and 1 <= p <= 100 for x, y, p in case["nodes"])
        if spec.params["prizes"] == "unit":
            assert {p for _, _, p in case["nodes"]} == {1}


def test_strip_packing_bounds_overlap_and_touching():
    height = check("cp_strip_packing")
    assert height(STRIP, "0 1\n2 1\n0 0") == 4  # the flat item at the bottom
    assert height(STRIP, "0 0\n0 3\n0 5") == 6  # stacked: 3 + 2 + 1
    assert height(STRIP, "0 0\n2 0\n0 6") == 7  # y may reach the sum of all heights (6)
    rejects("cp_strip_packing", STRIP, "0 0\n2 0\n0 7", r"coordinate 7 \(token 6\) is outside 0..6")
    rejects("cp_strip_packing", STRIP, "0 0\n1 0\n0 3", "rectangles 0 and 1 overlap")
    rejects("cp_strip_packing", STRIP, "0 0\n0 0\n0 0", "rectangles 0 and 1 overlap")  # proofs/bad_all_at_origin
    rejects("cp_strip_packing", STRIP, "0 0\n2 0\n0 2", "rectangles 0 and 2 overlap")  # a one-unit overlap
    rejects("cp_strip_packing", STRIP, "3 0\n0 0\n0 3", "rectangle 0 at x=3 with width 2 leaves the strip of width 4")
    rejects("cp_strip_packing", STRIP, "0 0\n2 0\n1 3", "rectangle 2 at x=1 with width 4 leaves the strip")
    rejects("cp_strip_packing", STRIP, "0 0\n2 -1\n0 3", "outside 0..6")
    # a strip wider than the sum of the heights: x up to W - w must still be accepted, y still bounded
    wide = {"n": 2, "width": 10, "items": [[2, 1], [3, 2]]}
    assert height(wide, "8 0\n0 0") == 2
    rejects("cp_strip_packing", wide, "8 4\n0 0", "rectangle 0 at y=4 is above the sum of all heights 3")
    rejects("cp_strip_packing", wide, "9 0\n0 0", "rectangle 0 at x=9 with width 2 leaves the strip")


def skyline_positions(items: list, width: int, order: list) -> list[tuple[int, int]]:
    """Bottom-left skyline placement with coordinates, written here independently of data.py."""
    sky = [0] * width
    where = [(0, 0)] * len(items)
    for i in order:
        w, h = items[i]
        y, x = min((max(sky[x:x + w]), x) for x in range(width - w + 1))
        sky[x:x + w] = [y + h] * w
        where[i] = (x, y)
    return where


def test_strip_packing_generator_agrees_with_the_judge():
    data = module("cp_strip_packing", "data")
    for spec in members("cp_strip_packing"):
        case = small_cases("cp_strip_packing", {**spec.params, "n": min(spec.params["n"], 40)}, cases=1)[0]
        items, width = case["items"], case["width"]
        shelf_y = shelf_h = x = 0
        where = [(0, 0)] * case["n"]
        for i in sorted(range(case["n"]), key=lambda i: (-items[i][1], i)):  # NFDH
            if x + items[i][0] > width:
                shelf_y, shelf_h, x = shelf_y + shelf_h, 0, 0
            where[i] = (x, shelf_y)
            shelf_h, x = max(shelf_h, items[i][1]), x + items[i][0]
        answer = "".join(f"{x} {y}\n" for x, y in where)
        assert check("cp_strip_packing")(case, answer) == case["baseline"] == data.nfdh(items, width), spec.id
        order = sorted(range(case["n"]), key=lambda i: (-items[i][0] * items[i][1], i))
        answer = "".join(f"{x} {y}\n" for x, y in skyline_positions(items, width, order))
        assert check("cp_strip_packing")(case, answer) == data.skyline(items, width, order) >= case["reference"]
        # no packing is lower than the area bound or the tallest item; a cut case's optimum is W exactly
        area = sum(w * h for w, h in items)
        assert case["reference"] >= max(-(-area // width), max(h for _, h in items)), spec.id
        assert all(1 <= w <= width and h >= 1 for w, h in items) and len(items) == case["n"]
        if spec.params["kind"] == "cut":
            assert area == width * width and case["optimum"] == width


def test_scs_alphabet_length_and_subsequence():
    length = check("cp_scs")
    assert length(SCS, "bab") == 3 and length(SCS, "abab") == 4  # at most as long as all inputs (4)
    rejects("cp_scs", SCS, "ab", "input string 1 is not a subsequence of the answer")
    rejects("cp_scs", SCS, "ba", "input string 0 is not a subsequence")
    rejects("cp_scs", SCS, "ababa", r"the string has 5 letters, more than all inputs together \(4\)")
    rejects("cp_scs", SCS, "abc", "character 'c' is not one of the first 2 lowercase letters")
    rejects("cp_scs", SCS, "aBa", "character 'B' is not one of")
    rejects("cp_scs", SCS, "a\u0430b", r"character '\\u0430' is not one of")  # a Cyrillic a
    rejects("cp_scs", SCS, "a-b", "character '-' is not one of")
    rejects("cp_scs", SCS, "ab a", "expected one string, got 2 tokens")
    rejects("cp_scs", SCS, "ab\u00a0a", "expected one string, got 2 tokens")  # a no-break space splits too
    # a letter is matched once: "aab" contains "ab" but not "aba"
    rejects("cp_scs", {**SCS, "strings": ["aba"]}, "aab", "input string 0 is not a subsequence")


def test_scs_generator_agrees_with_the_judge():
    data = module("cp_scs", "data")
    for spec in members("cp_scs"):
        case = small_cases("cp_scs", spec.params, cases=1)[0]
        strings = case["strings"]
        assert check("cp_scs")(case, data.merge(strings, False)) == case["baseline"], spec.id
        plain = data.reduce(strings, data.merge(strings, True))
        assert check("cp_scs")(case, plain) == len(plain) >= case["reference"] >= max(map(len, strings))
        letters = set(string.ascii_lowercase[:case["alphabet"]])
        assert all(s and set(s) <= letters for s in strings) and case["k"] == len(strings) == spec.params["k"]
        if spec.params["kind"] == "planted":
            assert case["reference"] < case["baseline"] and case["planted"] >= max(map(len, strings))


def test_closest_string_length_alphabet_and_distance():
    distance = check("cp_closest_string")
    assert distance(CLOSEST, "aaaa") == 4 and distance(CLOSEST, "bbaa") == 2 and distance(CLOSEST, "abbb") == 3
    rejects("cp_closest_string", CLOSEST, "aab", "the string has 3 letters, expected 4")
    rejects("cp_closest_string", CLOSEST, "aabba", "the string has 5 letters, expected 4")
    rejects("cp_closest_string", CLOSEST, "aabc", "character 'c' is not one of the first 2 lowercase letters")
    rejects("cp_closest_string", CLOSEST, "0123", "character '0' is not one of")  # proofs/bad_letter_numbers
    rejects("cp_closest_string", CLOSEST, "aAbb", "character 'A' is not one of")
    rejects("cp_closest_string", CLOSEST, "aa bb", "expected one string, got 2 tokens")


def test_closest_string_generator_agrees_with_the_judge():
    data = module("cp_closest_string", "data")
    replayed = []
    for spec in members("cp_closest_string"):
        params = {**spec.params, "length": min(spec.params["length"], 120)}
        rng = random.Random(5)  # replay build(5, ...)'s first draw to recover the reference string
        search_rng = random.Random(rng.getrandbits(63))
        strings = data.draw_strings(rng, params)
        a = params["alphabet"]
        consensus = np.argmax(np.stack([(strings == c).sum(axis=0) for c in range(a)]), axis=0)
        rounded = np.argmax(data.lp_relaxation(strings, a)[0], axis=1)
        found = [data.reference_string(strings, a, start, search_rng) for start in (consensus, rounded)]
        case = data.build(5, {**params, "cases": 1})[0]
        as_text = ["".join(string.ascii_lowercase[c] for c in row) for row in [consensus, *found]]
        got = [check("cp_closest_string")(case, text) for text in as_text]
        if min(got[1:]) < got[0]:  # the first draw was kept, so it is the stored case
            replayed.append(spec.id)
            assert [got[0], min(got[1:])] == [case["baseline"], case["reference"]], spec.id
        # the LP bound is below every answer, and half the largest pairwise distance below the LP bound
        rows = [np.frombuffer(s.encode(), dtype=np.uint8) for s in case["strings"]]
        widest = max(int((r != q).sum()) for r in rows for q in rows)
        assert case["reference"] >= case["lp_bound"] >= -(-widest // 2), spec.id
    assert len(replayed) >= len(members("cp_closest_string")) // 2, replayed


def test_dispersion_exact_distances_duplicates_and_range():
    distance = check("cp_dispersion")
    assert distance(DISPERSION, "1 2 3") == math.sqrt(10)  # |13|^2 = 9 + 1, exact from the integer squares
    assert distance(DISPERSION, "2 0 3") == 5.0
    assert distance({**DISPERSION, "p": 2}, "3 2") == math.sqrt(45)
    rejects("cp_dispersion", DISPERSION, "0 0 1", "point 0 is listed twice")  # proofs/bad_same_point
    rejects("cp_dispersion", DISPERSION, "0 1 4", r"point 4 \(token 3\) is outside 0..3")
    rejects("cp_dispersion", DISPERSION, "-1 1 2", "outside 0..3")
    rejects("cp_dispersion", DISPERSION, "0 1", "expected 3 integers, got 2 tokens")
    # far coordinates: squared distances near 2e8 stay exact integers
    far = {"n": 3, "p": 2, "points": [[0, 0], [10000, 10000], [9999, 10000]]}
    assert distance(far, "0 1") == math.sqrt(2 * 10**8) and distance(far, "1 2") == 1.0


def test_dispersion_generator_agrees_with_the_judge():
    data = module("cp_dispersion", "data")
    for spec in members("cp_dispersion"):
        case = small_cases("cp_dispersion", {**spec.params, "n": min(spec.params["n"], 150)}, cases=1)[0]
        d2 = data.squared_distances([tuple(q) for q in case["points"]])
        pair = [int(v) for v in np.unravel_index(int(np.argmax(d2)), d2.shape)]
        chosen = data.greedy(d2, case["p"], pair)
        assert check("cp_dispersion")(case, " ".join(map(str, chosen))) == case["baseline"], spec.id
        assert case["reference"] > case["baseline"]
        assert len({tuple(q) for q in case["points"]}) == case["n"]  # distinct points, as the statement says
        assert all(0 <= v <= 10000 for q in case["points"] for v in q)


def test_bin_packing_2d_value_bins_and_overlap():
    value = check("cp_bin_packing_2d")
    assert value(BIN2D, "0 0 0\n1 0 0\n0 0 2") == 1 + 4 / 16  # bin 0 holds 12, bin 1 holds 4
    assert value(BIN2D, "0 0 0\n1 0 0\n2 0 0") == 2 + 4 / 16  # one bin each (proofs' seed shape)
    assert value(BIN2D, "2 0 2\n0 0 0\n2 0 0") == 1 + 4 / 16  # bin labels need not be 0..bins-1
    assert value(BIN2D, "0 0 2\n1 0 0\n1 2 0") == 1 + 8 / 16  # the emptiest bin is the big item's
    # fewer bins always win: one full bin (1.0) beats two bins (>= 1 + 1/16)
    assert value(BIN2D, VALID["cp_bin_packing_2d"][0]) < value(BIN2D, "0 0 0\n1 0 0\n0 0 2")
    rejects("cp_bin_packing_2d", BIN2D, "0 0 0\n0 0 0\n0 2 2", "rectangles 0 and 1 overlap in bin 0")
    rejects("cp_bin_packing_2d", BIN2D, "0 0 0\n0 0 1\n0 2 2", "rectangles 0 and 1 overlap in bin 0")
    rejects("cp_bin_packing_2d", BIN2D, "0 0 0\n0 1 2\n0 2 2", "rectangles 1 and 2 overlap in bin 0")
    rejects("cp_bin_packing_2d", BIN2D, "3 0 0\n0 0 0\n0 2 0", r"rectangle 0: bin is out of range \(bin 3, x 0, y 0\)")
    rejects("cp_bin_packing_2d", BIN2D, "0 1 0\n1 0 0\n2 0 0", r"rectangle 0: x is out of range \(bin 0, x 1")
    rejects("cp_bin_packing_2d", BIN2D, "0 0 0\n1 0 3\n2 0 0", r"rectangle 1: y is out of range \(bin 1, x 0, y 3\)")
    rejects("cp_bin_packing_2d", BIN2D, "0 0 0\n1 0 0\n5 0 0", r"value 5 \(token 7\) is outside 0..4")
    rejects("cp_bin_packing_2d", BIN2D, "0 0 0\n-1 0 0\n1 0 0", "outside 0..4")
    rejects("cp_bin_packing_2d", BIN2D, "0 0 0\n0 0 2", "expected 9 integers, got 6 tokens")
    # the same position in two bins is no overlap
    assert value(BIN2D, "0 0 0\n1 0 0\n2 0 0") == value(BIN2D, "0 0 0\n1 2 2\n2 2 2")


def test_bin_packing_2d_generator_agrees_with_the_judge():
    data = module("cp_bin_packing_2d", "data")
    for spec in members("cp_bin_packing_2d"):
        case = small_cases("cp_bin_packing_2d", {**spec.params, "n": min(spec.params["n"], 40)}, cases=1)[0]
        items, width, height = case["items"], case["width"], case["height"]
        where, b, shelf_y, shelf_h, x = [None] * case["n"], 0, 0, 0, 0
        for i in sorted(range(case["n"]), key=lambda i: (-items[i][1], i)):  # finite next fit, written here
            w, h = items[i]
            if x + w > width:
                shelf_y, shelf_h, x = shelf_y + shelf_h, 0, 0
            if shelf_y + max(shelf_h, h) > height:
                b, shelf_y, shelf_h, x = b + 1, 0, 0, 0
            where[i] = (b, x, shelf_y)
            shelf_h, x = max(shelf_h, h), x + w
        answer = "".join(f"{b} {x} {y}\n" for b, x, y in where)
        assert check("cp_bin_packing_2d")(case, answer) == case["baseline"], spec.id
        # skyline first fit with coordinates: feasible, and worth what data.value says of its bins
        order = sorted(range(case["n"]), key=lambda i: (-items[i][1], -items[i][0]))
        skies: list[list[int]] = []
        for i in order:
            w, h = items[i]
            for b, sky in enumerate(skies + [[0] * width]):
                y, x = min((max(sky[x:x + w]), x) for x in range(width - w + 1))
                if y + h <= height:
                    break
            if b == len(skies):
                skies.append(sky)
            sky[x:x + w] = [y + h] * w
            where[i] = (b, x, y)
        answer = "".join(f"{b} {x} {y}\n" for b, x, y in where)
        bins = data.skyline_first_fit(items, width, height, order)
        assert [b for b, _, _ in where] == bins, spec.id
        assert check("cp_bin_packing_2d")(case, answer) == data.value(items, bins, width * height) >= case["reference"]
        # bottom-left fill's placements are what the reference counts: the judge must accept them as they are
        by_area = sorted(range(case["n"]), key=lambda i: (-items[i][0] * items[i][1], i))
        for fill_order in (order, by_area):  # by height (the skyline order above), then by area
            where = data.bottom_left_fill(items, width, height, fill_order)
            answer = "".join(f"{b} {x} {y}\n" for b, x, y in where)
            worth = data.value(items, [b for b, _, _ in where], width * height)
            assert check("cp_bin_packing_2d")(case, answer) == worth >= case["reference"], spec.id
        area = sum(w * h for w, h in items)
        assert case["reference"] >= math.ceil(area / (width * height)) - 1, spec.id
        assert all(1 <= w <= width and 1 <= h <= height for w, h in items)
        if spec.params["kind"] == "cut":
            assert area == case["optimum_bins"] * width * height


# --- the whole evaluate(), with the C++ runs replaced by given outputs -------------------------------------

@pytest.mark.parametrize("family", FAMILIES)
def test_evaluate_scores_per_case_and_fails_in_one_line(family, tmp_path, monkeypatch):
    """Two copies of the hand case: a feasible answer at the reference scores 100, a malformed one 0 for its
    own case only; with every case refused the evaluation is invalid with the first case's reason."""
    case = dict(HAND[family])
    output, value = VALID[family]
    assert case["reference"] == value and case["baseline"] != value
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
    monkeypatch.setattr(partial_score, "run_every_case", fake_runs([output, output + " x"]))
    result = evaluate("candidate.cpp", task)
    assert result == {"combined_score": 0.5, "score": 50.0, "cases": 2, "failed_cases": 1}
    assert seen[-1] == [STDIN[family]] * 2
    monkeypatch.setattr(partial_score, "run_every_case", fake_runs(["", "x"]))
    result = evaluate("candidate.cpp", task)
    assert result["combined_score"] == 0.0 and "\n" not in result["error"]
    assert result["error"].startswith("case 0: ") and result["error"].endswith("; no case has a feasible answer")


# --- the statement agrees with the judge ------------------------------------------------------------------

@pytest.mark.parametrize("family", FAMILIES)
def test_statement_limits_and_score_match_every_member(family):
    statement = read_yaml(TASKS_DIR / FAMILIES_DIRNAME / family / "config.yaml")["prompt"]["system_message"]
    flat = " ".join(statement.split())
    assert "2 seconds and 1024 MB per case" in flat and "HIGHER is better" in flat
    assert "clamp(100 * (" in flat and ("(higher is better)" if family in MAXIMISE else "(lower is better)") in flat
    for spec in members(family):
        assert spec.family == family and spec.direction == "higher" and spec.metric == "score"
        assert spec.limits.case_s == 2 and spec.limits.mem_mb == 1024 and spec.combined_formula == "score / 100"
        assert spec.reference_initial is not None and 0.0 <= spec.reference_initial <= 100.0


@pytest.mark.parametrize("family", FAMILIES)
def test_generator_is_deterministic_and_every_reference_beats_its_baseline(family):
    key = {"cp_scs": "k", "cp_closest_string": "length"}.get(family, "n")
    spec = smallest(family, key)  # the smallest member: this is about bytes
    first, again = small_cases(family, spec.params, 2, 11), small_cases(family, spec.params, 2, 11)
    assert json.dumps(first) == json.dumps(again)
    assert json.dumps(first) != json.dumps(small_cases(family, spec.params, 2, 12))
    for case in first:
        better = case["reference"] > case["baseline"] if family in MAXIMISE else \
            case["reference"] < case["baseline"]
        assert better, (family, case["baseline"], case["reference"])
