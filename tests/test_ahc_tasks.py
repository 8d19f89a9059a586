"""The two AHC-style held-out tasks (ahc039_purse_seine, ahc058_production): their judges' own geometry and
simulation checked against independent references, every kind of wrong answer rejected with its one-line
reason, and the seed, better and bad programs scored as task.yaml and proofs/ claim. The full 25-case proofs
run in test_heldout_suite.py; here compiled programs run on a 3-case subset to stay fast."""
from __future__ import annotations

import random
import re
import shutil

import numpy as np
import pytest

from eft.judge import Task
from eft.tasks.registry import get, import_file

NET, PLAN = "ahc039_purse_seine", "ahc058_production"


@pytest.fixture(scope="module")
def net(task_evaluator):
    return task_evaluator(NET).module


@pytest.fixture(scope="module")
def plan(task_evaluator):
    return task_evaluator(PLAN).module


def on_cases(loaded, root, count=3):
    """Evaluate programs with `loaded`'s judge on the first `count` cases of its materialized data only."""
    (root / "data").mkdir(parents=True)
    for path in sorted(loaded.task.data_dir.glob("case_*.txt"))[:count]:
        shutil.copyfile(path, root / "data" / path.name)
    task = Task(id=loaded.task.id, dir=root, limits=loaded.task.limits)
    return lambda program: loaded.module.evaluate(str(program), task)


def program(tmp_path, body: str, name: str = "main.cpp"):
    path = tmp_path / name
    path.write_text("#include <cstdio>\n" + body)
    return path


# ---- ahc039: the net --------------------------------------------------------------------------------------

def text(vertices) -> str:
    return f"{len(vertices)}\n" + "".join(f"{x} {y}\n" for x, y in vertices)


def edges_of(net, vertices):
    return net.polygon_edges(net.parse_polygon(text(vertices)))


def skyline(columns):
    """Outline of consecutive unit-width columns [x, x+1] x [lo, hi] (consecutive spans overlapping)."""
    x0 = columns[0][0]
    spans = [(lo, hi) for _, lo, hi in columns]
    out = [(x0, spans[0][0]), (x0, spans[0][1])]
    for k in range(len(spans) - 1):
        if spans[k][1] != spans[k + 1][1]:
            out += [(x0 + k + 1, spans[k][1]), (x0 + k + 1, spans[k + 1][1])]
    out += [(x0 + len(spans), spans[-1][1]), (x0 + len(spans), spans[-1][0])]
    for k in range(len(spans) - 2, -1, -1):
        if spans[k][0] != spans[k + 1][0]:
            out += [(x0 + k + 1, spans[k + 1][0]), (x0 + k + 1, spans[k][0])]
    return out


def test_net_counts_points_in_the_closed_polygon(net):
    u_shape = [(0, 0), (30, 0), (30, 30), (20, 30), (20, 10), (10, 10), (10, 30), (0, 30)]
    points = {(5, 5): True, (15, 5): True, (15, 20): False, (15, 10): True, (10, 20): True, (20, 30): True,
              (10, 31): False, (0, 30): True, (31, 15): False, (25, 29): True, (-1, 0): False, (15, 30): False}
    got = net.inside(edges_of(net, u_shape), np.array(list(points), dtype=np.int64))
    assert dict(zip(points, got.tolist())) == points
    for orientation in (u_shape, u_shape[::-1]):
        assert net.inside(edges_of(net, orientation), np.array(list(points))).sum() == sum(points.values())


def test_net_counting_matches_column_membership_on_random_skylines(net):
    rng = random.Random(5)
    grid = np.array([(x, y) for x in range(-1, 23) for y in range(-1, 23)], dtype=np.int64)
    for _ in range(60):
        start, lo, hi = rng.randint(0, 5), rng.randint(0, 8), rng.randint(10, 20)
        columns = []
        for x in range(start, start + rng.randint(1, 15)):
            columns.append((x, lo, hi))
            lo = rng.randint(0, hi - 1)  # the next span overlaps this one
            hi = rng.randint(max(lo, columns[-1][1]) + 1, 21)
        expected = np.array([any(x <= px <= x + 1 and a <= py <= b for x, a, b in columns) for px, py in grid])
        assert (net.inside(edges_of(net, skyline(columns)), grid) == expected).all(), columns


def test_net_accepts_the_extremes_of_its_budgets(net):
    square = [(0, 0), (100000, 0), (100000, 100000), (0, 100000)]
    assert net.inside(edges_of(net, square), np.array([[0, 0], [50000, 100000], [7, 7]])).all()
    comb = skyline([(x, 0, 100 + 100 * (x % 2)) for x in range(499)])  # 1000 vertices
    assert len(comb) == 1000 and len(edges_of(net, comb).vertical) == 500


@pytest.mark.parametrize("output, reason", [
    ("", "empty output"),
    ("4\n0 0\n10 0\n10 10\n0", "expected 8 coordinates after m = 4, got 7 tokens"),
    ("4\n0 0\n10 0\n10 10\n0 10\n5", "expected 8 coordinates after m = 4, got 9 tokens"),
    ("4\n0 0\n10 0\n10 10\n0 10 score: 99", "got 10 tokens"),
    ("4\n0 0\n10 0\n10 10.0\n0 10", "token 7 is not an integer: '10.0'"),
    ("4\n0 0\n+10 0\n10 10\n0 10", "token 4 is not an integer: '+10'"),
    ("4\n0 0\n1e4 0\n10 10\n0 10", "not an integer"),
    ("4\n0 0\n10 0\n10 10\n0 nan", "not an integer"),
    ("4\n0 0\n99999999999999999999999 0\n10 10\n0 10", "token 4 is out of range"),
    ("4\n0 0\n18446744073709551626 0\n10 10\n0 10", "out of range"),
    ("99999999999999999999 0 0", "token 1 is out of range"),
    ("3\n0 0\n10 0\n10 10", "vertex count 3 is outside 4..1000"),
    ("-4\n0 0", "vertex count -4"),
    ("1002\n" + "0 0\n" * 1002, "vertex count 1002 is outside 4..1000"),
    ("4\n0 0\n100001 0\n100001 10\n0 10", "vertex 1 (100001, 0) is outside [0, 100000]^2"),
    ("4\n0 -1\n10 -1\n10 10\n0 10", "vertex 0 (0, -1) is outside"),
    ("4\n0 0\n0 0\n10 10\n0 10", "edge 0 has zero length"),
    ("4\n0 0\n10 5\n10 10\n0 10", "edge 0 from vertex 0 to vertex 1 is not axis-parallel"),
    ("6\n0 0\n5 0\n10 0\n10 10\n5 10\n0 10", "vertex 1 is not a turn"),
    ("5\n0 0\n10 0\n10 10\n5 10\n0 10", "is not a turn"),
    ("4\n0 0\n100000 0\n100000 100001\n0 100001", "outside"),
    ("8\n0 0\n100000 0\n100000 100000\n60000 100000\n60000 1\n40000 1\n40000 100000\n0 100000",
     "perimeter 599998 exceeds 400000"),
    ("8\n10 0\n10 30\n20 30\n20 10\n0 10\n0 20\n30 20\n30 0", "not simple: edges 0 and 3 touch or cross"),
    ("8\n0 0\n10 0\n10 10\n20 10\n20 20\n10 20\n10 10\n0 10", "not simple: edges 1 and 5 touch or cross"),
    ("8\n0 0\n30 0\n30 10\n20 10\n20 0\n10 0\n10 10\n0 10", "not simple"),
    ("8\n0 0\n30 0\n30 30\n20 30\n20 0\n10 0\n10 30\n0 30", "not simple: edges 0 and 3 touch or cross"),
])
def test_net_rejects_malformed_and_invalid_nets(net, output, reason):
    with pytest.raises(ValueError, match=re.escape(reason)) as caught:
        net.polygon_edges(net.parse_polygon(output))
    assert "\n" not in str(caught.value)


def test_net_case_score_is_mackerel_minus_sardines_plus_one_clamped(net):
    square = text([(0, 0), (10, 0), (10, 10), (0, 10)])
    case = net.Case("", np.array([[5, 5], [10, 10], [11, 5]]), np.array([[0, 3], [20, 20], [30, 30]]))
    assert net.case_score(case, square) == 2 - 1 + 1
    only_sardines = net.Case("", np.array([[50, 50]]), np.array([[1, 1], [2, 2], [3, 3]]))
    assert net.case_score(only_sardines, square) == 0


def test_net_data_is_deterministic_and_as_documented(tmp_path):
    data = import_file(get(NET).path / "data.py", "_ahc039_data")
    data.generate(tmp_path / "a", 7)
    data.generate(tmp_path / "b", 7)
    files = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert len(files) == 25
    for name in files:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    values = [int(t) for t in (tmp_path / "a" / files[0]).read_text().split()]
    points = np.array(values[1:]).reshape(-1, 2)
    assert values[0] == 5000 and len(points) == 10000 and len({tuple(p) for p in points}) == 10000
    assert points.min() >= 0 and points.max() <= 100000


def test_net_seed_scores_its_reference(task_evaluator):
    spec = get(NET)
    result = task_evaluator(NET)(spec.initial_program)
    assert "error" not in result, result
    assert result["score"] == spec.reference_initial
    assert result["combined_score"] == pytest.approx(result["score"] / 125025, rel=1e-12)
    assert 0 < result["combined_score"] < 1


def test_net_proofs_on_three_cases(task_evaluator, tmp_path):
    spec = get(NET)
    judge = on_cases(task_evaluator(NET), tmp_path / "net")
    seed = judge(spec.initial_program)
    better = judge(spec.path / "proofs/better_columns.cpp")
    assert "error" not in better and better["score"] > seed["score"] > 0
    assert judge(spec.path / "proofs/bad_pinched.cpp") == {
        "combined_score": 0.0, "error": "case 0: the polygon is not simple: edges 1 and 5 touch or cross"}
    assert judge(spec.path / "proofs/bad_comb.cpp") == {
        "combined_score": 0.0, "error": "case 0: perimeter 4010000 exceeds 400000"}


def test_net_program_with_extra_output_scores_zero(task_evaluator, tmp_path):
    judge = on_cases(task_evaluator(NET), tmp_path / "net", count=1)
    chatty = program(tmp_path, 'int main() { printf("4\\n0 0\\n10 0\\n10 10\\n0 10\\nscore 99999\\n"); }\n')
    assert judge(chatty) == {"combined_score": 0.0,
                             "error": "case 0: expected 8 coordinates after m = 4, got 10 tokens"}


# ---- ahc058: the production plan -------------------------------------------------------------------------

def plan_case(plan, lines, levels, turns, start, yields, costs):
    rows = [f"{lines} {levels} {turns} {start}", " ".join(map(str, yields))] + [" ".join(map(str, r)) for r in costs]
    return plan.Case("\n".join(rows) + "\n")


class Replay:
    """The rules replayed independently: counts in a dict, production computed from a copy made before it."""

    def __init__(self, case):
        self.case, self.apples = case, case.start
        self.count = {(i, j): 1 for i in range(case.levels) for j in range(case.lines)}
        self.power = dict.fromkeys(self.count, 0)

    def affordable(self, action) -> bool:
        return self.case.costs[action[0]][action[1]] * (self.power[action] + 1) <= self.apples

    def step(self, action) -> None:
        if action is not None:
            assert self.affordable(action)
            self.apples -= self.case.costs[action[0]][action[1]] * (self.power[action] + 1)
            self.power[action] += 1
        before = dict(self.count)
        self.apples += sum(self.case.yields[j] * before[0, j] * self.power[0, j] for j in range(self.case.lines))
        for i, j in self.count:
            if i >= 1:
                self.count[i - 1, j] += before[i, j] * self.power[i, j]


def random_plan(case, rng):
    """A random legal plan (an affordable random upgrade, else nothing) and the apples it ends with."""
    replay, actions = Replay(case), []
    for _ in range(case.turns):
        pick = (rng.randrange(case.levels), rng.randrange(case.lines))
        actions.append(pick if replay.affordable(pick) else None)
        replay.step(actions[-1])
    return actions, replay.apples


def test_plan_simulation_by_hand(plan):
    case = plan_case(plan, 1, 2, 3, 100, [1], [[1], [10]])
    # turn 1: level 1 (cost 10) -> 90 apples, B0 = 2; turn 2: level 0 (cost 1) -> 89 + 1*2*1 = 91, B0 = 3;
    # turn 3: nothing -> 91 + 3 = 94, so 6 fewer than the 100 held at the start: clamped to 0
    assert plan.final_apples(case, [(1, 0), (0, 0), None]) == 94
    assert plan.case_score(case, "1 0\n0 0\n-1\n") == 0
    case = plan_case(plan, 1, 2, 3, 10, [2], [[5], [100]])
    assert plan.final_apples(case, [(0, 0), None, None]) == 5 + 3 * 2
    assert plan.case_score(case, "0 0\r\n-1\r\n  -1  \n\n") == 1


def test_plan_simulation_is_exact_past_64_bits(plan):
    case = plan_case(plan, 3, 4, 500, 10, [10 ** 6, 1, 37], [[1, 2, 3], [4, 5, 6], [7, 8, 9], [1, 1, 1]])
    actions, apples = random_plan(case, random.Random(3))
    assert plan.final_apples(case, actions) == apples > 2 ** 64


def test_plan_replay_agrees_on_generated_cases(plan, task_copy):
    rng = random.Random(11)
    for path in sorted((task_copy(PLAN) / "data").glob("case_*.txt"))[:3]:
        case = plan.Case(path.read_text())
        actions, apples = random_plan(case, rng)
        assert sum(a is not None for a in actions) > 0
        assert plan.final_apples(case, actions) == apples


@pytest.mark.parametrize("output, reason", [
    ("", "expected 3 lines (one action per turn), got 0"),
    ("-1\n-1\n", "expected 3 lines (one action per turn), got 2"),
    ("-1\n-1\n-1\n-1\n", "got 4"),
    ("-1\n\n-1\n", "turn 2: expected \"-1\" or \"i j\", got ''"),
    ("-1\n0\n-1\n", "turn 2: expected"),
    ("-1\n0 0 0\n-1\n", "turn 2: expected"),
    ("0.0 0\n-1\n-1\n", "turn 1: expected"),
    ("a b\n-1\n-1\n", "turn 1: expected"),
    ("9999999999999999999999 0\n-1\n-1\n", "turn 1: expected"),
    ("-1 -1\n-1\n-1\n", "turn 1: no machine at level -1 of line -1"),
    ("2 0\n-1\n-1\n", "turn 1: no machine at level 2 of line 0 (levels 0..1, lines 0..0)"),
    ("0 1\n-1\n-1\n", "no machine at level 0 of line 1"),
    ("0 0\n0 0\n-1\n", "turn 2: upgrading level 0 of line 0 costs 10 apples, only 7 are held"),
    ("1 0\n-1\n-1\n", "turn 1: upgrading level 1 of line 0 costs 100 apples, only 10 are held"),
])
def test_plan_rejects_malformed_and_illegal_plans(plan, output, reason):
    case = plan_case(plan, 1, 2, 3, 10, [2], [[5], [100]])
    with pytest.raises(ValueError) as caught:
        plan.case_score(case, output)
    assert reason in str(caught.value) and "\n" not in str(caught.value)


def test_plan_data_is_deterministic_and_as_documented(tmp_path):
    data = import_file(get(PLAN).path / "data.py", "_ahc058_data")
    data.generate(tmp_path / "a", 7)
    data.generate(tmp_path / "b", 7)
    files = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert len(files) == 25
    for name in files:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
        lines, levels, turns, start, *rest = (int(t) for t in (tmp_path / "a" / name).read_text().split())
        assert 6 <= lines <= 10 and (levels, turns) == (4, 500) and len(rest) == lines * 5
        assert start == min(rest[lines:2 * lines]) and min(rest) >= 1


def test_plan_seed_scores_zero_and_proofs_on_three_cases(task_evaluator, tmp_path):
    spec = get(PLAN)
    assert task_evaluator(PLAN)(spec.initial_program) == {"combined_score": 0.0, "score": spec.reference_initial}
    judge = on_cases(task_evaluator(PLAN), tmp_path / "plan")
    better = judge(spec.path / "proofs/better_greedy.cpp")
    assert "error" not in better and better["score"] > 0
    assert better["combined_score"] == pytest.approx(better["score"] / 1e10, rel=1e-12)
    bad = judge(spec.path / "proofs/bad_overspend.cpp")
    assert bad["combined_score"] == 0.0 and bad["error"].startswith("case 0: turn 2: upgrading level 0 of line")


def test_plan_program_printing_too_few_lines_scores_zero(task_evaluator, tmp_path):
    judge = on_cases(task_evaluator(PLAN), tmp_path / "plan", count=1)
    short = program(tmp_path, 'int main() { for (int t = 0; t < 499; t++) printf("-1\\n"); }\n')
    assert judge(short) == {"combined_score": 0.0,
                            "error": "case 0: expected 500 lines (one action per turn), got 499"}
