"""Wrong answers against the output checks of the AlgoTune-style numerical families (num_knn, num_lstsq,
num_symeig, num_pagerank, num_spline, num_linode, num_linsys, num_maxflow), called directly: no sandbox, no
timing. Each family's check must refuse every malformed or wrong output with a one-line CandidateError and
accept every right one; the trusted reference solvers must give the values worked out by hand; and on small
instances from each member's own generator the family's proofs must land where they claim (better:
accepted, bad: refused). A check that lets a wrong answer through gives an unbounded speedup, so holes
found here once (an overflowing residual test, a generator whose answer was a node count) stay closed."""
from __future__ import annotations

import functools

import numpy as np
import pytest

from eft.judge import CandidateError, load_instances
from eft.judge.algotune import WARMUP_DIR, close_check
from eft.tasks.registry import FAMILIES_DIRNAME, TASKS_DIR, get, import_file

FAMILIES = ("num_knn", "num_lstsq", "num_symeig", "num_pagerank", "num_spline", "num_linode", "num_linsys",
            "num_maxflow")
# per family: member params that make the instances small enough to solve here in milliseconds
SMALL = {"num_knn": {"sizes": [60], "m": 7}, "num_lstsq": {"cols": [9]}, "num_symeig": {"sizes": [24]},
         "num_pagerank": {"sizes": [40]}, "num_spline": {"sizes": [12], "series": 5, "queries": 9},
         "num_linode": {"sizes": [10], "steps": 4}, "num_linsys": {"sizes": [20]},
         "num_maxflow": {"sizes": [196]}}
MODULES: dict[tuple[str, str], object] = {}


def module(family: str, name: str = "evaluator"):
    """tasks/_families/<family>/<name>.py, imported once under a name no other test uses."""
    key = (family, name)
    if key not in MODULES:
        path = TASKS_DIR / FAMILIES_DIRNAME / family / f"{name}.py"
        MODULES[key] = import_file(path, f"_num_families_{family}_{name.replace('/', '_')}")
    return MODULES[key]


@functools.cache
def members(family: str) -> list:
    found = [get(path.parent.name) for path in sorted(TASKS_DIR.glob(f"{family}_*/task.yaml"))]
    return [spec for spec in found if spec.family == family]


def checker(family: str):
    """The family's check: its own `check`, else the default closeness test at its RTOL/ATOL."""
    ev = module(family)
    return getattr(ev, "check", None) or close_check(ev.RTOL, ev.ATOL)


def plain(problem: dict) -> dict:
    """An instance as a candidate receives it: 0-d arrays (a mode string, a count) become Python scalars."""
    return {k: v.item() if isinstance(v, np.ndarray) and v.ndim == 0 else v for k, v in problem.items()}


def refused(family: str, problem: dict, expected, got, reason: str) -> str:
    with pytest.raises(CandidateError) as info:
        checker(family)(problem, expected, got, "instance g0 v0")
    message = str(info.value)
    assert reason in message and "\n" not in message and message.startswith("instance g0 v0"), message
    return message


def accepted(family: str, problem: dict, expected, got) -> None:
    checker(family)(problem, expected, got, "instance g0 v0")


def garbage(shape: tuple[int, ...]) -> list:
    """Outputs no check may accept, whatever the family: refused with a reason, never a crash."""
    good = np.zeros(shape)
    nan, inf = good.copy(), good.copy()
    nan.flat[0], inf.flat[-1] = float("nan"), float("inf")
    wider = np.zeros(shape[:-1] + (shape[-1] + 1,)) if shape else np.zeros(2)
    return [None, "0 1 2", {"x": good.tolist()}, [], nan.tolist(), inf.tolist(), wider.tolist(), 10 ** 400,
            [good.tolist()], np.array(["1"] * max(good.size, 1)), good.astype(complex)]


@pytest.mark.parametrize("family", FAMILIES)
def test_malformed_outputs_are_refused_in_one_line(family):
    problems = {  # one valid instance per family and its reference answer, only for the shapes
        "num_knn": ({"points": np.eye(3), "queries": np.eye(3)[:2], "k": 2}, np.zeros((2, 2), dtype=int)),
        "num_lstsq": ({"A": np.eye(3)[:, :2], "b": np.ones(3)}, np.ones(2)),
        "num_linsys": ({"A": np.eye(2), "b": np.ones(2)}, np.ones(2)),
        "num_maxflow": ({"n": 2, "src": np.array([0]), "dst": np.array([1]), "cap": np.array([3])}, 3),
    }
    problem, expected = problems.get(family, ({}, np.ones((2, 3))))
    for value in garbage(np.shape(expected)):
        with pytest.raises(CandidateError) as info:
            checker(family)(problem, expected, value, "instance g0 v0")
        assert "\n" not in str(info.value) and str(info.value).startswith("instance g0 v0"), (value, info.value)


# --- num_knn -----------------------------------------------------------------------------------------------

KNN = {"points": np.array([[0.0], [1.0], [3.0], [6.0], [-1.0]]), "queries": np.array([[0.9], [4.0]]), "k": 2}


def test_knn_reference_and_valid_answers():
    expected = module("num_knn", "reference").solve(KNN)
    assert expected.tolist() == [[1, 0], [2, 3]]  # 0.9: 0.1 and 0.9 away; 4: 1 and 2 away
    accepted("num_knn", KNN, expected, [[1, 0], [2, 3]])
    accepted("num_knn", KNN, expected, [[1.0, 0.0], [2.0, 3.0]])  # integer-valued floats are indices too
    accepted("num_knn", KNN, expected, np.array([[1, 0], [2, 3]], dtype=np.int16))
    tie = {"points": np.array([[-1.0], [1.0], [5.0]]), "queries": np.array([[0.0]]), "k": 1}
    for either in ([[0]], [[1]]):  # an exact tie may be broken either way: distances are compared
        accepted("num_knn", tie, [[0]], either)


def test_knn_wrong_answers_are_refused():
    expected = module("num_knn", "reference").solve(KNN)
    refused("num_knn", KNN, expected, [[0, 1], [2, 3]], "query 0, rank 0: distance 0.9")  # wrong order
    refused("num_knn", KNN, expected, [[1, 4], [2, 3]], "not the k nearest")  # a farther point (1.9 away)
    refused("num_knn", KNN, expected, [[1, 1], [2, 3]], "same point twice")  # a repeat would fake rank 2
    refused("num_knn", KNN, expected, [[1, 5], [2, 3]], "integers in [0, 5)")
    refused("num_knn", KNN, expected, [[1, -1], [2, 3]], "integers in [0, 5)")  # numpy would wrap -1
    refused("num_knn", KNN, expected, [[1, 0.5], [2, 3]], "integers in [0, 5)")
    refused("num_knn", KNN, expected, [[1, 1e300], [2, 3]], "integers in [0, 5)")
    refused("num_knn", KNN, expected, [[1], [2]], "shape (2, 1)")  # fewer than k neighbours
    refused("num_knn", KNN, expected, [[1, 0, 2], [2, 3, 1]], "shape (2, 3)")


# --- num_lstsq ---------------------------------------------------------------------------------------------

def test_lstsq_reference_and_valid_answers():
    problem = {"A": np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]]), "b": np.array([1.0, 2.0, 3.0])}
    expected = module("num_lstsq", "reference").solve(problem)
    assert expected == pytest.approx([1.0, 2.0], abs=1e-15)  # the third equation is left with residual 3
    accepted("num_lstsq", problem, expected, [1.0, 2.0])
    two = {"A": problem["A"], "b": np.array([[1.0, 4.0], [2.0, 5.0], [3.0, 6.0]])}
    accepted("num_lstsq", two, module("num_lstsq", "reference").solve(two), [[1.0, 4.0], [2.0, 5.0]])


def test_lstsq_wrong_answers_are_refused():
    problem = {"A": np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]]), "b": np.array([1.0, 2.0, 3.0])}
    refused("num_lstsq", problem, [1.0, 2.0], [1.0, 2.0 + 1e-9], "not a least-squares solution")
    refused("num_lstsq", problem, [1.0, 2.0], [1.0, 2.0, 3.0], "shape (3,)")
    refused("num_lstsq", problem, [1.0, 2.0], [[1.0], [2.0]], "shape (2, 1)")
    # a huge x used to overflow the gradient and its bound to inf (inf <= inf); now it is simply far off
    for huge in ([1e300, 1e300], [1e155, -1e155], [1.0, 1.7e308]):
        refused("num_lstsq", problem, [1.0, 2.0], huge, "not a least-squares solution")
    # drift along a nearly null direction: the gradient A^T r = (0, 1e-16 t) stays within its bound, the
    # residual grows from 1 to sqrt(1 + (1e-8 t)^2): refused at t = 1e5, within the 1e-8 slack at t = 1e4
    thin = {"A": np.array([[1.0, 0.0], [0.0, 1e-8], [0.0, 0.0]]), "b": np.array([1.0, 0.0, 1.0])}
    refused("num_lstsq", thin, [1.0, 0.0], [1.0, 1e5], "exceeds the least-squares optimum 1")
    accepted("num_lstsq", thin, [1.0, 0.0], [1.0, 1e4])  # as documented: the residual decides, not x


# --- num_linsys --------------------------------------------------------------------------------------------

def test_linsys_reference_and_valid_answers():
    problem = {"A": np.array([[2.0, 1.0], [1.0, 3.0]]), "b": np.array([3.0, 5.0])}
    assert module("num_linsys", "reference").solve(problem) == pytest.approx([0.8, 1.4], abs=1e-15)
    accepted("num_linsys", problem, None, [0.8, 1.4])
    two = {"A": problem["A"], "b": np.array([[3.0, 2.0], [5.0, 1.0]])}  # second column: x = (1, 0)
    accepted("num_linsys", two, None, [[0.8, 1.0], [1.4, 0.0]])


def test_linsys_wrong_answers_are_refused():
    problem = {"A": np.array([[2.0, 1.0], [1.0, 3.0]]), "b": np.array([3.0, 5.0])}
    refused("num_linsys", problem, None, [0.8, 1.4 + 1e-9], "not a solution of A x = b")
    refused("num_linsys", problem, None, [1.5, 5.0 / 3.0], "not a solution")  # b / diag(A)
    refused("num_linsys", problem, None, [[0.8], [1.4]], "shape (2, 1)")
    # x = 1e300 once made the residual and its bound overflow to inf, and inf <= inf passed: a constant
    # vector was a "solution" at no cost
    for huge in ([1e300, 1e300], [1.7e308, -1.7e308], [1e155, 1e155], [1e300, 0.0]):
        refused("num_linsys", problem, None, huge, "not a solution of A x = b")
    two = {"A": problem["A"], "b": np.array([[3.0, 2.0], [5.0, 1.0]])}
    refused("num_linsys", two, None, [[0.8, 1e300], [1.4, 1e300]], "not a solution")
    refused("num_linsys", two, None, [[0.8, 1.0], [1.4, 1e-9]], "not a solution")  # one column off


# --- num_symeig --------------------------------------------------------------------------------------------

def test_symeig_reference_and_tolerance():
    problem = {"A": np.array([[2.0, 1.0, 0.0], [1.0, 2.0, 0.0], [0.0, 0.0, -1.0]])}
    expected = module("num_symeig", "reference").solve(problem)
    assert expected == pytest.approx([-1.0, 1.0, 3.0], abs=1e-15)
    accepted("num_symeig", problem, expected, [-1.0, 1.0, 3.0])
    accepted("num_symeig", problem, expected, [-1.0, 1.0 + 2.9e-10, 3.0])  # 1e-10 * max|eigenvalue| = 3e-10
    refused("num_symeig", problem, expected, [-1.0, 1.0 + 3.1e-10, 3.0], "differs from the reference")
    refused("num_symeig", problem, expected, [3.0, 1.0, -1.0], "differs from the reference")  # descending
    refused("num_symeig", problem, expected, [-1.0, 1.0 + 1e-7, 3.0], "differs")  # float32-sized error
    refused("num_symeig", problem, expected, [-1.0, 3.0], "shape (2,)")


# --- num_pagerank ------------------------------------------------------------------------------------------

def test_pagerank_reference_worked_out_by_hand():
    reference = module("num_pagerank", "reference")
    cycle = {"n": 3, "damping": 0.85, "src": np.array([0, 1, 2]), "dst": np.array([1, 2, 0])}
    assert reference.solve(cycle) == pytest.approx([1 / 3] * 3, abs=1e-15)
    # 0 -> 1 with node 1 dangling: x0 = 0.425 x1 + 0.075 and 0.575 x1 = 0.85 x0 + 0.075 give (20, 37) / 57
    dangling = {"n": 2, "damping": 0.85, "src": np.array([0]), "dst": np.array([1])}
    expected = reference.solve(dangling)
    assert expected == pytest.approx([20 / 57, 37 / 57], abs=1e-15)
    accepted("num_pagerank", dangling, expected, [20 / 57, 37 / 57])
    refused("num_pagerank", dangling, expected, [37 / 57, 20 / 57], "differs")  # edges reversed
    refused("num_pagerank", dangling, expected, [20 / 57 + 1e-8, 37 / 57 - 1e-8], "differs")
    refused("num_pagerank", dangling, expected, [0.5, 0.5], "differs")
    refused("num_pagerank", dangling, expected, [20, 37], "differs")  # unnormalised


# --- num_spline --------------------------------------------------------------------------------------------

def test_spline_reference_worked_out_by_hand():
    reference = module("num_spline", "reference")
    x = np.array([[0.0, 1.0, 2.0, 3.0]])
    line = {"x": x, "y": 2 * x + 1, "queries": np.array([[0.0, 0.5, 2.5, 3.0]]), "bc": "natural"}
    assert reference.solve(line) == pytest.approx(np.array([[1.0, 2.0, 6.0, 7.0]]), abs=1e-14)  # natural: a line stays one
    cubic = {"x": x, "y": x ** 3, "queries": np.array([[1.5, 0.25, 3.0]]), "bc": "not-a-knot"}
    assert reference.solve(cubic) == pytest.approx(np.array([[3.375, 0.015625, 27.0]]), abs=1e-13)  # a cubic stays one
    clamped = reference.solve({**line, "bc": "clamped"})  # zero end slopes bend the line: not 2 at 0.5
    assert clamped[0, [0, 3]] == pytest.approx([1.0, 7.0]) and abs(clamped[0, 1] - 2.0) > 1e-3
    expected = reference.solve(cubic)
    accepted("num_spline", cubic, expected, [[3.375, 0.015625, 27.0]])
    refused("num_spline", cubic, expected, [[4.5, 0.25, 27.0]], "differs")  # linear interpolation
    refused("num_spline", cubic, expected, reference.solve({**cubic, "bc": "natural"}), "differs")
    refused("num_spline", cubic, expected, [3.375, 0.015625, 27.0], "shape (3,)")


# --- num_linode --------------------------------------------------------------------------------------------

def test_linode_reference_worked_out_by_hand():
    problem = {"A": np.diag([-1.0, 0.5]), "x0": np.array([1.0, 2.0]), "dt": 0.1, "steps": 3}
    expected = module("num_linode", "reference").solve(problem)
    t = 0.1 * np.arange(1, 4)
    hand = np.stack([np.exp(-t), 2 * np.exp(0.5 * t)], axis=1)
    assert expected == pytest.approx(hand, rel=1e-14)
    accepted("num_linode", problem, expected, hand)
    refused("num_linode", problem, expected, np.vstack([[1.0, 2.0], hand[:2]]), "differs")  # starts at t = 0
    euler = np.stack([(1 - 0.1) ** np.arange(1, 4), 2 * 1.05 ** np.arange(1, 4)], axis=1)
    refused("num_linode", problem, expected, euler, "differs")
    refused("num_linode", problem, expected, hand[:2], "shape (2, 2)")
    refused("num_linode", problem, expected, hand.T, "shape (2, 3)")


# --- num_maxflow -------------------------------------------------------------------------------------------

def test_maxflow_reference_worked_out_by_hand_and_compared_exactly():
    # 0 -> 1 (3), 0 -> 2 (2), 1 -> 2 (1), 1 -> 3 (2), 2 -> 3 (3): 1 sends 2 to the sink and 1 via node 2,
    # which adds its own 2: flow 5, the capacity out of the source and into the sink alike
    problem = {"n": 4, "src": np.array([0, 0, 1, 1, 2]), "dst": np.array([1, 2, 2, 3, 3]),
               "cap": np.array([3, 2, 1, 2, 3])}
    assert module("num_maxflow", "reference").solve(problem) == 5
    # 0 -> 1 -> 2 -> 5 is the shortest path; the maximum 2 needs it undone (0 -> 1 -> 4 -> 5, 0 -> 3 -> 2 -> 5)
    trap = {"n": 6, "src": np.array([0, 1, 2, 0, 3, 1, 4]), "dst": np.array([1, 2, 5, 3, 2, 4, 5]),
            "cap": np.array([1, 1, 1, 1, 1, 1, 1])}
    assert module("num_maxflow", "reference").solve(trap) == 2
    greedy = proof_modules("num_maxflow")[1][0].solve(trap)  # bad proof: never credits reverse arcs
    assert greedy == 1
    accepted("num_maxflow", trap, 2, 2)
    refused("num_maxflow", trap, 2, greedy, "flow value 1, the maximum is 2")
    accepted("num_maxflow", problem, 5, 5)
    accepted("num_maxflow", problem, 5, 5.0)
    accepted("num_maxflow", problem, 5, np.int64(5))
    refused("num_maxflow", problem, 5, 4, "flow value 4, the maximum is 5")
    refused("num_maxflow", problem, 5, 5.000000001, "the maximum is 5")
    refused("num_maxflow", problem, 5, [5], "shape (1,)")
    refused("num_maxflow", problem, 5, "5", "numeric")
    refused("num_maxflow", problem, 5, 10 ** 400, "too large")


def test_maxflow_bipartite_answer_is_not_a_degree_count(tmp_path):
    """The fixed-degree generator made every dense bipartite instance a perfect matching, so (n - 2) / 2 was
    the answer of all 21 instances at no cost. Every instance of every pass is checked, so a shortcut must be
    right on all of them: on each bipartite member's own instances, neither the end capacities nor the count
    of nodes with an edge may be."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import maximum_flow
    data = module("num_maxflow", "data")
    specs = [s for s in members("num_maxflow") if s.params["kind"] == "bipartite"]
    assert len(specs) >= 2
    for spec in specs:
        data.generate(tmp_path / spec.id, 0, spec.params)
        problems = [p for folder in ("instances", WARMUP_DIR)
                    for group in load_instances(tmp_path / spec.id, folder) for p in group]
        ends, counts = 0, 0
        for problem in problems:
            n, src, dst, cap = int(problem["n"]), problem["src"], problem["dst"], problem["cap"]
            flow = maximum_flow(csr_matrix((cap.astype(np.int32), (src, dst)), shape=(n, n)), 0, n - 1).flow_value
            inner = (src != 0) & (dst != n - 1)
            ends += flow == min(cap[src == 0].sum(), cap[dst == n - 1].sum())
            counts += flow == min(len(np.unique(src[inner])), len(np.unique(dst[inner])))
        assert len(problems) == 21 and ends <= 3 and counts <= 10, (spec.id, ends, counts)


# --- every member: its generator, the reference and the family's proofs on small instances ---------------

def proof_modules(family: str) -> tuple[list, list]:
    folder = TASKS_DIR / FAMILIES_DIRNAME / family / "proofs"
    better = [module(family, f"proofs/{p.stem}") for p in sorted(folder.glob("better*.py"))]
    bad = [module(family, f"proofs/{p.stem}") for p in sorted(folder.glob("bad*.py"))]
    return better, bad


@pytest.mark.parametrize("family", FAMILIES)
def test_proofs_land_where_they_claim_on_every_member(family, tmp_path):
    reference, data = module(family, "reference"), module(family, "data")
    better, bad = proof_modules(family)
    assert better and bad
    specs = members(family)
    assert specs, family
    for spec in specs:
        params = {**spec.params, **SMALL[family]}
        out = tmp_path / spec.id
        data.generate(out, 7, params)
        problems = [plain(p) for folder in ("instances", WARMUP_DIR) for group in load_instances(out, folder)
                    for p in group]
        refusals = [0] * len(bad)
        for problem in problems:
            expected = reference.solve(problem)
            accepted(family, problem, expected, expected)
            for program in better:
                accepted(family, problem, expected, program.solve(problem))
            for b, program in enumerate(bad):  # the judge refuses a program at its first wrong output
                try:
                    checker(family)(problem, expected, program.solve(problem), spec.id)
                except CandidateError as exc:
                    assert "\n" not in str(exc) and str(exc).startswith(spec.id)
                    refusals[b] += 1
        assert all(refusals), (spec.id, refusals, len(problems))


def promise_kept(family: str, problem: dict) -> None:
    """What each statement tells the candidate about its inputs, which a fast solver may rely on."""
    if family == "num_symeig":
        assert np.array_equal(problem["A"], problem["A"].T)  # "exactly symmetric"
    if family in ("num_pagerank", "num_maxflow"):
        n, src, dst = problem["n"], problem["src"], problem["dst"]
        assert src.dtype == dst.dtype == np.int64 and np.all(src != dst)  # no self-loops
        assert len(np.unique(src * n + dst)) == len(src)  # distinct pairs
        assert src.min() >= 0 and max(src.max(), dst.max()) < n
    if family == "num_maxflow":
        assert problem["cap"].dtype == np.int64 and problem["cap"].min() >= 1
    if family == "num_spline":
        x, queries = problem["x"], problem["queries"]
        assert np.all(x[:, 0] == 0) and np.all(np.diff(x, axis=1) > 0)  # strictly increasing from 0
        assert np.all(queries >= 0) and np.all(queries <= x[:, -1:])  # within each row's knot range
    if family == "num_lstsq":
        assert np.linalg.matrix_rank(problem["A"]) == problem["A"].shape[1]  # full column rank
    if family == "num_linsys":
        assert np.linalg.cond(problem["A"]) < 1e5
    if family == "num_linode":
        assert np.linalg.eigvals(problem["A"]).real.max() <= 1e-9  # stable or neutral: bounded trajectories
    if family == "num_knn":
        points = problem["points"]
        assert len(np.unique(points, axis=0)) == len(points)


@pytest.mark.parametrize("family", FAMILIES)
def test_generators_keep_the_statements_promises(family, tmp_path):
    data = module(family, "data")
    for spec in members(family):
        data.generate(tmp_path / spec.id, 3, {**spec.params, **SMALL[family]})
        for group in load_instances(tmp_path / spec.id, WARMUP_DIR):
            for problem in group:
                promise_kept(family, plain(problem))
