"""Wrong answers against the replay judges of the heuristic (AHC-style) families: stacks, mower coverage,
warehouse picking, multi-robot paths, sliding tiles and the fuel-limited treasure hunt. Plans are replayed
directly on tiny hand-made grids (no compile, no sandbox): every illegal move must be refused with a one-line
reason naming its operation or turn, every legal plan must score exactly what was worked out by hand, plans
that stop early score as the statement says, plans past the horizon and output bombs are refused at once,
and every generated member must hold what its statement promises (the judge trusts the case files)."""
from __future__ import annotations

import itertools
import random
import re
from collections import deque

import pytest

from eft.judge import CppRun, Task
from eft.tasks.registry import FAMILIES_DIRNAME, TASKS_DIR, get, import_file

FAMILIES = ["ahc_stacks", "ahc_cover", "ahc_picking", "ahc_mapf", "ahc_sliding", "ahc_fuel"]
MODULES: dict[tuple[str, str], object] = {}
STEPS = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}
# separators str.split() skips but C++ (isspace) does not: each must make the output malformed
FOREIGN_SPACES = ["\x1c", "\x1f", "\x85", "\xa0", "\u2003", "\u3000"]


def module(family: str, name: str = "evaluator"):
    """tasks/_families/<family>/<name>.py, imported once under a name no other test uses."""
    key = (family, name)
    if key not in MODULES:
        path = TASKS_DIR / FAMILIES_DIRNAME / family / f"{name}.py"
        MODULES[key] = import_file(path, f"_heuristic_{family}_{name}")
    return MODULES[key]


def members(family: str) -> list:
    found = [get(path.name) for path in sorted(TASKS_DIR.glob(f"{family}_*")) if (path / "task.yaml").is_file()]
    assert found, f"no member of {family}"  # a loop over no members would pass without checking anything
    return found


def score(family: str, text: str, output: str) -> int:
    evaluator = module(family)
    return evaluator.case_score(evaluator.Case(text), output)


def rejects(family: str, text: str, output: str, reason: str) -> None:
    with pytest.raises(ValueError, match=re.escape(reason)) as caught:
        score(family, text, output)
    assert "\n" not in str(caught.value)


# --- hand-made cases ------------------------------------------------------------------------------------

# 4 boxes, 2 stacks of cap 3, move overhead 2; stack 1 is [1, 3] and stack 2 is [2, 4], bottom to top
STACKS = "4 2 3 2\n2 1 3\n2 2 4\n"
# 3 onto stack 2 (1 box + 2), carry 1, 4 with 3 onto stack 1 (2 boxes + 2), carry 2, 3, 4: energy 7
STACKS_PLAN = "3 2\n1 0\n4 1\n2 0\n3 0\n4 0\n"
# a 2 x 3 lawn with an obstacle at (1, 1), start (0, 0); "h w t b sr sc"
COVER = "2 3 1 0 0 0\n...\n.#.\n"
COVER_BACK = "2 3 1 1 0 0\n...\n.#.\n"
# depot (2, 0), cap 2, T 13; items 5 at (0, 0), 2 at (0, 3), 1 at (2, 3): total 8
PICKING = "3 4 2 13 3 2 0\n....\n.##.\n....\n0 0 5\n0 3 2\n2 3 1\n"
# a ring of 8 cells around a block; robot 0 (0, 0) -> (0, 2), robot 1 (0, 2) -> (0, 0); T 8; L = 2 + 2
MAPF = "3 3 2 8\n...\n.#.\n...\n0 0 0 2\n0 2 0 0\n"
# 2 x 2, colours 1..2, M 5: start [1 2 / 0 1], target [1 1 / 2 0]; the start matches 1 cell
SLIDING = "2 2 5\n1 2\n0 1\n1 1\n2 0\n"
# fuel costs 1 3 1 / 1 # 9, cap 10, T 12; base (0, 0), station (0, 2); treasures 4 at (0, 1), 6 at (1, 2)
FUEL = "2 3 10 12 2 2\n131\n1#9\n0 0\n0 2\n0 1 4\n1 2 6\n"
FUEL_CAP9 = "2 3 9 12 2 2\n131\n1#9\n0 0\n0 2\n0 1 4\n1 2 6\n"

HAND = {"ahc_stacks": STACKS, "ahc_cover": COVER, "ahc_picking": PICKING, "ahc_mapf": MAPF,
        "ahc_sliding": SLIDING, "ahc_fuel": FUEL}
# a legal plan of each hand case and its score, worked out by hand (see the per-family tests)
VALID = {"ahc_stacks": (STACKS_PLAN, 363636), "ahc_cover": ("DURRD", 444444), "ahc_picking": ("UUPDDX", 625000),
         "ahc_mapf": ("RD\nRD\n.L\n.L\n.U\n.U\n", 500000), "ahc_sliding": ("RULDR", 1000000),
         "ahc_fuel": ("RRFD", 1000000)}
# one illegal plan of each hand case and the reason it must get
ILLEGAL = {"ahc_stacks": ("2 0", 'operation 1 "2 0": box 1 must leave before box 2'),
           "ahc_cover": ("RD", "move 2 'D' goes into an obstacle at (1, 1)"),
           "ahc_picking": ("UR", "turn 2: 'R' from (1, 0) leaves the floor"),
           "ahc_mapf": ("R.\nRL", "turn 2: robots 0 and 1 swap cells (0, 1) and (0, 2)"),
           "ahc_sliding": ("D", "move 1 'D' takes the empty cell off the board from (1, 0)"),
           "ahc_fuel": ("RRD", "turn 3: entering (1, 2) costs 9 fuel, only 6 left")}
# what an empty output gets: a score, or the reason it is refused
EMPTY = {"ahc_stacks": "only 0 of 4 boxes were carried out", "ahc_cover": "4 grass cells never visited, e.g. (0, 1)",
         "ahc_picking": 0, "ahc_mapf": 200000, "ahc_sliding": 250000, "ahc_fuel": 0}
# about 1 MB of output (the sandbox's cap) that is well-formed but far too long, and the count reason
BOMB = {"ahc_stacks": ("3 2\n" * 250_000, "250000 operations, at most 5000 allowed"),
        "ahc_cover": ("R" * 999_999, "999999 moves, at most 100 (20 per grass cell) allowed"),
        "ahc_picking": ("U\n" * 499_999, "499999 turns, at most T = 13 allowed"),
        "ahc_mapf": ("..\n" * 333_333, "333333 turns, at most T = 8 allowed"),
        "ahc_sliding": ("RL" * 499_999, "999998 moves, at most M = 5 allowed"),
        "ahc_fuel": ("F" * 999_999, "999999 turns, at most T = 12 allowed")}


# --- every family ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("family", FAMILIES)
def test_legal_plan_scores_what_was_worked_out_by_hand(family):
    output, value = VALID[family]
    assert score(family, HAND[family], output) == value
    # ASCII whitespace is only a separator: padded, on one line or spread over lines, the plan scores the same
    assert score(family, HAND[family], " \t" + output.replace("\n", " \r\n\v\f") + "\n\n") == value


@pytest.mark.parametrize("family", FAMILIES)
def test_illegal_plan_and_empty_output(family):
    output, reason = ILLEGAL[family]
    rejects(family, HAND[family], output, reason)
    if isinstance(EMPTY[family], str):
        rejects(family, HAND[family], "", EMPTY[family])
        rejects(family, HAND[family], " \n\t\n", EMPTY[family])
    else:
        assert score(family, HAND[family], "") == score(family, HAND[family], "\n \n") == EMPTY[family]


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("space", FOREIGN_SPACES)
def test_unicode_and_control_separators_are_not_whitespace(family, space):
    output = "RULD" if family == "ahc_sliding" else VALID[family][0].strip()  # room for one more character
    sep = " " if family == "ahc_stacks" else "\n" if family == "ahc_mapf" else ""
    tokens = output.split() if sep else list(output)
    # the first separator becomes a character C++ would not skip: the output is malformed, not the same plan
    tricked = tokens[0] + space + sep.join(tokens[1:])
    with pytest.raises(ValueError) as caught:
        score(family, HAND[family], tricked)
    assert "\n" not in str(caught.value) and ascii(space)[1:-1] in str(caught.value)


@pytest.mark.parametrize("family", FAMILIES)
def test_output_bomb_is_refused_by_its_count(family):
    """A plan of ~1 MB is refused by its length with one line (how fast is not asserted here: timing belongs
    in benchmarks)."""
    output, reason = BOMB[family]
    assert len(output.encode()) <= 1_000_000
    rejects(family, HAND[family], output, reason)


@pytest.mark.parametrize("family", FAMILIES)
def test_random_garbage_never_crashes_the_judge(family):
    """Whatever the candidate prints, the judge scores it in 0..1e6 or refuses it in one line."""
    rng = random.Random(family)
    alphabet = list("UDLRPXF.0123456789 -\n\t") + ["\x00", "\ufffd", "\u0661", "e", "+", "#"]
    for _ in range(300):
        output = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        try:
            value = score(family, HAND[family], output)
        except ValueError as exc:
            assert str(exc) and "\n" not in str(exc), output
        else:
            assert isinstance(value, int) and 0 <= value <= 1_000_000, output


# --- ahc_stacks -----------------------------------------------------------------------------------------

def test_stacks_rules():
    rejects("ahc_stacks", STACKS, "1 2", 'operation 1 "1 2": stack 2 holds 2 boxes, 2 more exceed cap 3')
    rejects("ahc_stacks", STACKS, "1 0", 'operation 1 "1 0": box 1 is not on top (box 3 is)')
    rejects("ahc_stacks", STACKS, "3 1", 'operation 1 "3 1": box 3 is already in stack 1')
    rejects("ahc_stacks", STACKS, "3 3", 'operation 1 "3 3": there is no stack 3 (stacks 1..2)')
    rejects("ahc_stacks", STACKS, "0 1", 'operation 1 "0 1": box 0 is not in any stack')
    rejects("ahc_stacks", STACKS, "3 2\n1 0\n1 2", 'operation 3 "1 2": box 1 is not in any stack')  # carried out
    rejects("ahc_stacks", STACKS, "3 2\n1 0\n2 0", 'operation 3 "2 0": box 2 is not on top (box 3 is)')
    rejects("ahc_stacks", STACKS, "3 2\n1 0", "only 1 of 4 boxes were carried out")
    rejects("ahc_stacks", STACKS, "5 1", "number 5 (token 1) is outside 0..4")
    rejects("ahc_stacks", STACKS, "-1 0", "number -1 (token 1) is outside 0..4")
    rejects("ahc_stacks", STACKS, "3 2 1", '3 integers: operations are pairs "v i"')
    for token in ["2.0", "+2", "1e0", "0x1", "2_0", "9" * 19, "nan"]:
        rejects("ahc_stacks", STACKS, f"3 {token}", f"token 2 {token[:20]!a} is not an integer")
    rejects("ahc_stacks", STACKS, "3 \uff12", r"character '\uff12' at offset 2 is neither printable ASCII")
    rejects("ahc_stacks", STACKS, "3 \u0662", r"character '\u0662' at offset 2")
    rejects("ahc_stacks", STACKS, "3\x002", r"character '\x00' at offset 1")


def test_stacks_energy_and_the_5000_operation_limit():
    evaluator = module("ahc_stacks")
    case = evaluator.Case(STACKS)
    assert evaluator.energy(case, STACKS_PLAN) == 7  # (1 + 2) + (2 + 2); carrying out is free
    nothing_to_move = evaluator.Case("3 2 3 5\n2 3 1\n1 2\n")  # 1 on top, then 2, then 3
    assert evaluator.case_score(nothing_to_move, "1 0 2 0 3 0") == 1_000_000
    # box 3 shuttles 2 -> 1 2497 times (4994 moves of 1 + 2) before the plan: exactly 5000 operations
    shuttle = "3 2\n3 1\n" * 2497
    assert evaluator.energy(case, shuttle + STACKS_PLAN) == 4994 * 3 + 7
    assert evaluator.case_score(case, shuttle + STACKS_PLAN) == 267  # round(4e6 / 14993) = round(266.79)
    rejects("ahc_stacks", STACKS, "3 2\n3 1\n" + shuttle + STACKS_PLAN, "5002 operations, at most 5000 allowed")


def test_stacks_independent_one_box_at_a_time_plan_on_generated_cases(tmp_path):
    """Dig each next box out by moving the boxes above it one by one onto the lowest other stack: the judge
    must accept the plan and charge exactly (moves) * (1 + c)."""
    evaluator = module("ahc_stacks")
    for spec in members("ahc_stacks"):
        module("ahc_stacks", "data").generate(tmp_path / spec.id, spec.data_seed, {**spec.params, "cases": 2})
        for case in evaluator.load_cases(tmp_path / spec.id):
            stacks = [list(s) for s in case.stacks]
            ops, moves = [], 0
            for box in range(1, case.n + 1):
                s = next(k for k, stack in enumerate(stacks) if box in stack)
                while stacks[s][-1] != box:
                    t = min((k for k in range(case.m) if k != s and len(stacks[k]) < case.cap),
                            key=lambda k: len(stacks[k]))
                    stacks[t].append(stacks[s].pop())
                    ops.append(f"{stacks[t][-1]} {t + 1}")
                    moves += 1
                stacks[s].pop()
                ops.append(f"{box} 0")
            assert evaluator.energy(case, "\n".join(ops)) == moves * (1 + case.overhead), spec.id
            assert evaluator.case_score(case, "\n".join(ops)) == round(1e6 * case.n / (case.n + moves * (1 + case.overhead)))


# --- ahc_cover ------------------------------------------------------------------------------------------

def test_cover_costs_and_rules():
    # D U R R D: 5 steps; turns D->U 2, U->R 1, R->R 0, R->D 1 = 4; L = F - 1 + b = 4
    assert score("ahc_cover", COVER, "DURRD") == 444444  # round(4e6 / 9)
    assert score("ahc_cover", COVER.replace("2 3 1 0", "2 3 3 0", 1), "DURRD") == 235294  # 4e6 / (5 + 3 * 4)
    assert score("ahc_cover", COVER.replace("2 3 1 0", "2 3 0 0", 1), "DURRD") == 800000  # t = 0: 4e6 / 5
    # closed route D U R R D U L L: 8 steps, turns 2+1+0+1+2+1+0 = 7, L = 5
    assert score("ahc_cover", COVER_BACK, "DURRDULL") == 333333  # round(5e6 / 15)
    rejects("ahc_cover", COVER_BACK, "DURRD", "the route ends at (1, 2), not back at the start (0, 0)")
    rejects("ahc_cover", COVER, "U", "move 1 'U' goes off the lawn at (-1, 0)")
    rejects("ahc_cover", COVER, "DURRDR", "move 6 'R' goes off the lawn at (1, 3)")
    rejects("ahc_cover", COVER, "DURRX", "move 5: 'X' is not one of U, D, L, R")
    rejects("ahc_cover", COVER, "d", "move 1: 'd' is not one of U, D, L, R")
    rejects("ahc_cover", COVER, "RR", "2 grass cells never visited, e.g. (1, 0)")
    # the move limit is 20 per grass cell: 100 moves pass, 101 do not
    hundred = "DU" * 48 + "RRDU"  # 95 reversals, then U->R, R->R, R->D, D->U: turns 190 + 1 + 0 + 1 + 2
    assert score("ahc_cover", COVER, hundred) == round(4e6 / (100 + 194))
    rejects("ahc_cover", COVER, hundred + "D", "101 moves, at most 100 (20 per grass cell) allowed")
    # a lawn of one cell: nothing to do, the score is the cap, not a division by zero
    assert score("ahc_cover", "1 1 5 1 0 0\n.\n", "") == score("ahc_cover", "1 1 5 0 0 0\n.\n", "") == 1_000_000


def tree_walk(grass: set, start: tuple[int, int]) -> str:
    """Depth-first walk over the grass that steps back along each edge: 2 (F - 1) moves, ends on the start."""
    seen, moves = {start}, []

    def visit(cell):
        for move, (dr, dc) in STEPS.items():
            nxt = (cell[0] + dr, cell[1] + dc)
            if nxt in grass and nxt not in seen:
                seen.add(nxt)
                moves.append(move)
                visit(nxt)
                moves.append({"U": "D", "D": "U", "L": "R", "R": "L"}[move])
    visit(start)
    return "".join(moves)


def test_cover_generated_lawns_are_connected_and_a_tree_walk_costs_its_own_count(tmp_path):
    evaluator = module("ahc_cover")
    for spec in members("ahc_cover"):
        module("ahc_cover", "data").generate(tmp_path / spec.id, spec.data_seed, {**spec.params, "cases": 2})
        for case in evaluator.load_cases(tmp_path / spec.id):
            p = spec.params
            assert (case.h, case.w, case.turn, case.back) == (p["h"], p["w"], p["turn"], p["back"]), spec.id
            rows = case.text.split("\n")[1:1 + case.h]
            assert all(len(row) == case.w and set(row) <= {".", "#"} for row in rows), spec.id
            assert (case.sr, case.sc) in case.grass, spec.id
            walk = tree_walk(case.grass, (case.sr, case.sc))
            assert len(walk) == 2 * (len(case.grass) - 1), f"{spec.id}: grass unreachable from the start"
            turns = sum(2 if {a, b} in ({"U", "D"}, {"L", "R"}) else 1 for a, b in itertools.pairwise(walk) if a != b)
            bound = len(case.grass) - 1 + case.back
            assert evaluator.case_score(case, walk) == round(1e6 * bound / (len(walk) + case.turn * turns)), spec.id


# --- ahc_picking ----------------------------------------------------------------------------------------

def test_picking_rules_and_values():
    assert score("ahc_picking", PICKING, "UUPDDX") == 625000  # 5 of 8
    assert score("ahc_picking", PICKING, "UUPDDXX") == 625000  # an empty drop delivers nothing more
    # 5 at (0, 0), 2 at (0, 3), back along the bottom row: 13 turns = T, 7 of 8 delivered
    assert score("ahc_picking", PICKING, "UUPRRRPDDLLLX") == 875000
    assert score("ahc_picking", PICKING, "UUPDD") == 0  # held, never dropped: counts nothing
    rejects("ahc_picking", PICKING, "UUPRRRPDDP", "turn 10: already holding cap = 2 items")
    rejects("ahc_picking", PICKING, "D", "turn 1: 'D' from (2, 0) leaves the floor")
    rejects("ahc_picking", PICKING, "L", "turn 1: 'L' from (2, 0) leaves the floor")
    rejects("ahc_picking", PICKING, "P", "turn 1: no item to pick up at (2, 0)")
    rejects("ahc_picking", PICKING, "UUPP", "turn 4: no item to pick up at (0, 0)")  # picked already
    rejects("ahc_picking", PICKING, "UUPX", "turn 4: dropping at (0, 0), not at the depot (2, 0)")
    rejects("ahc_picking", PICKING, "UUPDDx", "turn 6: 'x' is not one of U, D, L, R, P, X")
    rejects("ahc_picking", PICKING, "UD" * 7, "14 turns, at most T = 13 allowed")


def test_picking_generated_warehouses_hold_what_the_statement_says(tmp_path):
    evaluator = module("ahc_picking")
    for spec in members("ahc_picking"):
        module("ahc_picking", "data").generate(tmp_path / spec.id, spec.data_seed, {**spec.params, "cases": 2})
        for case in evaluator.load_cases(tmp_path / spec.id):
            p = spec.params
            assert (case.h, case.w, case.cap, case.turns) == (p["h"], p["w"], p["cap"], p["horizon"]), spec.id
            assert len(case.items) == p["k"] and all(1 <= v <= p["vmax"] for v in case.items.values()), spec.id
            assert case.dr == case.h - 1 and (case.dr, case.dc) in case.floor, spec.id
            assert set(case.items) <= case.floor - {(case.dr, case.dc)}, spec.id
            assert reach(case.floor, (case.dr, case.dc)) == case.floor, spec.id


def reach(cells: set, start: tuple[int, int]) -> set:
    seen, queue = {start}, deque([start])
    while queue:
        r, c = queue.popleft()
        for dr, dc in STEPS.values():
            if (r + dr, c + dc) in cells and (r + dr, c + dc) not in seen:
                seen.add((r + dr, c + dc))
                queue.append((r + dr, c + dc))
    return seen


# --- ahc_mapf -------------------------------------------------------------------------------------------

def test_mapf_costs():
    # robot 0 arrives after turn 2; robot 1 walks round the block and arrives after turn 6: 4e6 / 8
    assert score("ahc_mapf", MAPF, "RD\nRD\n.L\n.L\n.U\n.U") == 500000
    # robot 1 stops at (2, 2): T + 4 = 12 (its distance from there, round the far side)
    assert score("ahc_mapf", MAPF, "RD\nRD") == 285714  # round(4e6 / 14)
    # robot 0 steps off its goal in turn 3 and back in turn 4: its cost is 4, not 2
    assert score("ahc_mapf", MAPF, "RD\nRD\nDL\nUL\n.U\n.U") == 400000  # 4e6 / (4 + 6)
    # following into a cell vacated in the same turn is allowed; robot 1 ends on (1, 2): 8 + 3
    assert score("ahc_mapf", MAPF, "R.\nRD") == 307692  # round(4e6 / 13)
    # turns are whitespace-separated: one line with a space, or blank lines, change nothing
    assert score("ahc_mapf", MAPF, "RD RD\n\n.L .L\n\n\n.U\n.U") == 500000
    # four robots rotating round a 2 x 2 block in one turn: no vertex or swap conflict
    rotate = "2 2 4 3\n..\n..\n0 0 0 1\n0 1 1 1\n1 1 1 0\n1 0 0 0\n"
    assert score("ahc_mapf", rotate, "RDLU") == 1_000_000


def test_mapf_conflicts_and_format():
    rejects("ahc_mapf", MAPF, "RL", "turn 1: robots 0 and 1 both end on (0, 1)")
    rejects("ahc_mapf", MAPF, "R.\nR.", "turn 2: robots 0 and 1 both end on (0, 2)")  # onto a robot that stays
    rejects("ahc_mapf", MAPF, "R.\nRL", "turn 2: robots 0 and 1 swap cells (0, 1) and (0, 2)")
    rejects("ahc_mapf", MAPF, ".L\nRL", "turn 2: robots 0 and 1 swap cells (0, 0) and (0, 1)")
    rejects("ahc_mapf", MAPF, "D.\nR.", "turn 2: robot 0 moves 'R' from (1, 0) onto a blocked or outside cell")
    rejects("ahc_mapf", MAPF, "U.", "turn 1: robot 0 moves 'U' from (0, 0) onto a blocked or outside cell")
    rejects("ahc_mapf", MAPF, ".R", "turn 1: robot 1 moves 'R' from (0, 2) onto a blocked or outside cell")
    for row in ["R", "R..", "RX", "r.", "R\x00"]:
        rejects("ahc_mapf", MAPF, f"..\n{row}", f'turn 2: expected 2 characters from "UDLR.", got {row!a}')
    rejects("ahc_mapf", MAPF, "..\n" * 9, "9 turns, at most T = 8 allowed")
    assert score("ahc_mapf", MAPF, "..\n" * 8) == 200000  # T turns of waiting: 4e6 / (8 + 2 + 8 + 2)


def test_mapf_generated_maps_and_the_cost_of_waiting(tmp_path):
    """Robots that never move cost T + their own start-goal distance (BFS here): the judge's distance maps
    and the statement's cost rule, checked on every member's data."""
    evaluator = module("ahc_mapf")
    for spec in members("ahc_mapf"):
        module("ahc_mapf", "data").generate(tmp_path / spec.id, spec.data_seed, {**spec.params, "cases": 2})
        for case in evaluator.load_cases(tmp_path / spec.id):
            p = spec.params
            assert (case.h, case.w, case.n, case.turns) == (p["h"], p["w"], p["n"], p["horizon"]), spec.id
            cells = case.starts + case.goals
            assert len(set(cells)) == 2 * case.n and set(cells) <= case.free, spec.id
            assert reach(case.free, case.starts[0]) == case.free, spec.id
            bound = 0
            for start, goal in zip(case.starts, case.goals):
                dist, queue = {start: 0}, deque([start])
                while queue:
                    cell = queue.popleft()
                    for dr, dc in STEPS.values():
                        nxt = (cell[0] + dr, cell[1] + dc)
                        if nxt in case.free and nxt not in dist:
                            dist[nxt] = dist[cell] + 1
                            queue.append(nxt)
                bound += dist[goal]
            wait = case.n * case.turns + bound
            assert evaluator.case_score(case, "") == round(1e6 * bound / wait), spec.id
            assert evaluator.case_score(case, ("." * case.n + "\n") * case.turns) == round(1e6 * bound / wait)


# --- ahc_sliding ----------------------------------------------------------------------------------------

def test_sliding_matches_and_rules():
    # R: [1 2 / 1 0] 2 cells; U: [1 0 / 1 2] 1; L: [0 1 / 1 2] 1; D: [1 1 / 0 2] 2; R: [1 1 / 2 0] 4
    for plan, value in [("", 250000), ("R", 500000), ("RU", 250000), ("RUL", 250000), ("RULD", 500000),
                        ("RULDR", 1000000)]:
        assert score("ahc_sliding", SLIDING, plan) == value, plan
    rejects("ahc_sliding", SLIDING, "L", "move 1 'L' takes the empty cell off the board from (1, 0)")
    rejects("ahc_sliding", SLIDING, "RR", "move 2 'R' takes the empty cell off the board from (1, 1)")
    rejects("ahc_sliding", SLIDING, "RUU", "move 3 'U' takes the empty cell off the board from (0, 1)")
    rejects("ahc_sliding", SLIDING, "RX", "move 2: 'X' is not one of U, D, L, R")
    rejects("ahc_sliding", SLIDING, "RULDRL", "6 moves, at most M = 5 allowed")


def test_sliding_generated_puzzles_and_a_random_walk(tmp_path):
    """Start and target hold the same tiles, the target's empty cell is bottom-right, and a random legal walk
    of M moves scores the matches counted here."""
    evaluator = module("ahc_sliding")
    rng = random.Random(5)
    for spec in members("ahc_sliding"):
        module("ahc_sliding", "data").generate(tmp_path / spec.id, spec.data_seed, {**spec.params, "cases": 2})
        for case in evaluator.load_cases(tmp_path / spec.id):
            p, n = spec.params, case.n
            assert (n, case.colors, case.budget) == (p["n"], p["colors"], p["budget"]), spec.id
            assert sorted(case.start) == sorted(case.target) and case.start != case.target, spec.id
            assert case.target[-1] == 0 and case.start.count(0) == 1, spec.id
            assert set(case.target) - {0} <= set(range(1, p["colors"] + 1)), spec.id
            grid = [case.start[r * n:(r + 1) * n] for r in range(n)]
            r, c = divmod(case.start.index(0), n)
            walk = []
            while len(walk) < case.budget:
                move = rng.choice("UDLR")
                nr, nc = r + STEPS[move][0], c + STEPS[move][1]
                if 0 <= nr < n and 0 <= nc < n:
                    grid[r][c], grid[nr][nc] = grid[nr][nc], 0
                    r, c = nr, nc
                    walk.append(move)
            hits = sum(grid[i // n][i % n] == case.target[i] for i in range(n * n))
            assert evaluator.case_score(case, "".join(walk)) == round(1e6 * hits / (n * n)), spec.id


# --- ahc_fuel -------------------------------------------------------------------------------------------

def test_fuel_rules_and_values():
    assert score("ahc_fuel", FUEL, "RR") == 400000  # 4 of 10
    assert score("ahc_fuel", FUEL, "RLR") == 400000  # a treasure counts once
    assert score("ahc_fuel", FUEL, "FRRFD") == 1000000  # refuelling on the base (station 0) is allowed
    # with cap 9 the tank may reach exactly 0: R 3, R 1, F, D 9 -> 0 left
    assert score("ahc_fuel", FUEL_CAP9, "RRFD") == 1000000
    rejects("ahc_fuel", FUEL_CAP9, "RRFDU", "turn 5: entering (0, 2) costs 1 fuel, only 0 left")
    rejects("ahc_fuel", FUEL, "RF", "turn 2: refuelling at (0, 1), which is not a station")
    rejects("ahc_fuel", FUEL, "DR", "turn 2: 'R' from (1, 0) leaves the map or hits rock")
    rejects("ahc_fuel", FUEL, "U", "turn 1: 'U' from (0, 0) leaves the map or hits rock")
    rejects("ahc_fuel", FUEL, "RRFDx", "turn 5: 'x' is not one of U, D, L, R, F")
    rejects("ahc_fuel", FUEL, "RL" * 6 + "R", "13 turns, at most T = 12 allowed")


def test_fuel_generated_maps_hold_what_the_statement_says(tmp_path):
    evaluator = module("ahc_fuel")
    for spec in members("ahc_fuel"):
        module("ahc_fuel", "data").generate(tmp_path / spec.id, spec.data_seed, {**spec.params, "cases": 2})
        for case in evaluator.load_cases(tmp_path / spec.id):
            p = spec.params
            assert (case.h, case.w, case.cap, case.turns) == (p["h"], p["w"], p["cap"], p["horizon"]), spec.id
            assert all(1 <= v <= 9 for v in case.cost.values()), spec.id
            stations = set(case.stations)
            assert len(stations) == len(case.stations) == p["stations"] and stations <= set(case.cost), spec.id
            assert len(case.treasures) == p["k"] and set(case.treasures) <= set(case.cost) - stations, spec.id
            assert all(1 <= v <= p["vmax"] for v in case.treasures.values()), spec.id
            assert reach(set(case.cost), case.stations[0]) == set(case.cost), spec.id


# --- the judge as a whole, and what reaches the candidate -----------------------------------------------

@pytest.mark.parametrize("family", FAMILIES)
def test_evaluate_feeds_the_case_files_and_names_the_failing_case(family, tmp_path, monkeypatch):
    evaluator = module(family)
    (tmp_path / "data").mkdir()
    for index in range(2):
        (tmp_path / "data" / f"case_{index:02d}.txt").write_text(HAND[family], encoding="utf-8")
    task = Task(id=f"{family}_hand", dir=tmp_path)
    fed: list = []

    def fake_run(outputs, error=None):
        def run(task_, program_path, inputs):
            fed.append(list(inputs))
            return CppRun(outputs=list(outputs), error=error)
        monkeypatch.setattr(evaluator, "compile_and_run", run)

    good, value = VALID[family]
    fake_run([good, good])
    result = evaluator.evaluate("candidate.cpp", task)
    assert result == {"combined_score": value / 1e6, "score": float(value)}
    assert fed[-1] == [HAND[family]] * 2  # the case file itself is the stdin: nothing hidden, nothing added
    bad, reason = ILLEGAL[family]
    fake_run([good, bad])
    result = evaluator.evaluate("candidate.cpp", task)
    assert result["combined_score"] == 0.0 and result["error"] == f"case 1: {reason}"
    fake_run([good], error="case 1: timed out after 2 s")
    result = evaluator.evaluate("candidate.cpp", task)
    assert result["combined_score"] == 0.0 and result["error"] == "case 1: timed out after 2 s"


@pytest.mark.parametrize("family", FAMILIES)
def test_generation_is_deterministic_and_writes_only_case_files(family, tmp_path):
    spec = members(family)[0]
    data = module(family, "data")
    for name in ("a", "b"):
        data.generate(tmp_path / name, spec.data_seed, spec.params)
    files = sorted(path.name for path in (tmp_path / "a").iterdir())
    assert files == [f"case_{i:02d}.txt" for i in range(spec.params["cases"])]
    assert all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files)


def test_statement_limits_are_the_judges():
    statement = {family: (TASKS_DIR / FAMILIES_DIRNAME / family / "config.yaml").read_text() for family in FAMILIES}
    assert f"at most {module('ahc_stacks').MAX_OPS} of them" in statement["ahc_stacks"]
    assert f"at most {module('ahc_cover').MAX_FACTOR} moves per grass cell" in statement["ahc_cover"]
    for family in FAMILIES:
        assert "HIGHER is\n    better" in statement[family] or "HIGHER is better" in statement[family], family
        assert "score / 1e6" in statement[family] and module(family).SCALE == 1e6, family
        for spec in members(family):
            assert spec.combined_formula == "score / 1e6" and spec.direction == "higher", spec.id


def test_stacks_stated_room_guarantee_holds_for_every_member():
    """The statement's rules only make sense if the yard always has room: cap * (m - 1) >= n, and the
    generated stacks never start above cap."""
    evaluator = module("ahc_stacks")
    for spec in members("ahc_stacks"):
        p = spec.params
        assert p["cap"] * (p["m"] - 1) >= p["n"], spec.id
        text = module("ahc_stacks", "data").case_text(random.Random(spec.data_seed), p)
        case = evaluator.Case(text)
        assert sorted(b for s in case.stacks for b in s) == list(range(1, case.n + 1)), spec.id
        assert max(map(len, case.stacks)) <= case.cap and (case.overhead, case.m) == (p["overhead"], p["m"])

