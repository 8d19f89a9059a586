"""Data leaks and wrong answers against the symbolic-regression families (sr_osc_*, sr_pop_*, sr_chem_*), called
directly: each family's data.py generates a member's data here, and eft.judge.evaluate_symreg scores canned
harness answers in place of the sandbox. The data must follow the member's law and its in-domain /
out-of-domain split, and its inputs must not give the target away: on rows taken along trajectories (as the
families first had them), a row's nearest neighbour turned the state's finite difference into its rate, so a
program that knew no law matched the best basis fit. Malformed fits or predictions must be refused in one
line, and valid ones must score exactly the NMSE worked out by hand."""
from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from eft.judge import Task, sample_region_rows, symreg, trajectory
from eft.sandbox import PythonResult
from eft.tasks.registry import FAMILIES_DIRNAME, TASKS_DIR, get, import_file

# family -> the law's state column whose rate is the target (its finite difference is the shortcut)
FAMILIES = {
    "sr_osc_linear": "v", "sr_osc_restoring": "v", "sr_osc_damping": "v", "sr_osc_forced": "v",
    "sr_pop_logistic": "P", "sr_pop_allee": "P", "sr_pop_predation": "N", "sr_chem_order": "A",
    "sr_chem_enzyme": "S",
}
MODULES: dict[str, object] = {}


def module(family: str, name: str):
    key = f"{family}/{name}"
    if key not in MODULES:
        MODULES[key] = import_file(TASKS_DIR / FAMILIES_DIRNAME / family / f"{name}.py", f"_sr_families_{family}_{name}")
    return MODULES[key]


def first_member(family: str):
    ids = sorted(path.parent.name for path in TASKS_DIR.glob(f"{family}_*/task.yaml"))
    specs = [get(task_id) for task_id in ids]
    return next(spec for spec in specs if spec.family == family)


def judged_columns(family: str, monkeypatch) -> tuple[tuple[str, ...], str]:
    """The (inputs, target) the family's evaluator hands to evaluate_symreg (recorded, not run)."""
    evaluator, seen = module(family, "evaluator"), {}
    monkeypatch.setattr(evaluator, "evaluate_symreg",
                        lambda program, task, inputs, target: seen.update(inputs=tuple(inputs), target=target))
    evaluator.evaluate("unused.py", Task(id=family, dir=Path(".")))
    return seen["inputs"], seen["target"]


def true_rate(family: str, params: dict, columns: dict) -> np.ndarray:
    laws, c = module(family, "data").LAWS, [float(value) for value in params["c"]]
    if family.startswith("sr_osc"):
        return laws[params["law"]](columns["x"], columns["v"], columns["t"], c)
    if family == "sr_pop_predation":
        growth, predation = laws[params["law"]]
        return growth(columns["N"], c) - predation(columns["N"], columns["P"], c)
    state = FAMILIES[family]
    return laws[params["law"]](columns["t"], columns[state], c)


def generated(family: str, tmp_path: Path, seed: int = 11) -> tuple[dict, dict]:
    spec = first_member(family)
    module(family, "data").generate(tmp_path, seed, spec.params)
    return spec.params, symreg.read_dataset(tmp_path)


def neighbour_rates(columns: dict, inputs: tuple[str, ...], state: str) -> np.ndarray:
    """The shortcut: each row's rate guessed as the state's finite difference to its nearest row in time and
    state (inputs scaled to unit spread), with no law at all."""
    z = np.column_stack([columns[name] / np.std(columns[name]) for name in inputs])
    dist = ((z[:, None, :] - z[None, :, :]) ** 2).sum(-1)
    np.fill_diagonal(dist, np.inf)
    j = dist.argmin(1)
    dt = columns["t"][j] - columns["t"]
    return np.where(dt != 0, (columns[state][j] - columns[state]) / np.where(dt != 0, dt, 1.0), 0.0)


# --- data.py: the law, the split, no leak ---------------------------------------------------------------

@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_rows_follow_the_law_and_the_statements_split(family: str, tmp_path: Path, monkeypatch):
    inputs, target = judged_columns(family, monkeypatch)
    params, data = generated(family, tmp_path)
    for split in symreg.SPLITS:
        assert sorted(data[split]) == sorted((*inputs, target)), (split, list(data[split]))
        assert all(np.all(np.isfinite(values)) for values in data[split].values())
        for name in inputs:
            if name not in ("x", "v", "t"):  # densities and concentrations: the statements promise > 0
                assert np.all(data[split][name] > 0), (split, name)
    inside = {name: np.concatenate([data["train"][name], data["test_id"][name]]) for name in (*inputs, target)}
    n_id = len(inside[target])
    assert len(data["train"][target]) == round(symreg.TRAIN_FRACTION * n_id)
    # the target is the law at the row's own inputs plus noise of `noise` times the law's spread, nothing else
    every = {name: np.concatenate([data[split][name] for split in symreg.SPLITS]) for name in (*inputs, target)}
    law = true_rate(family, params, every)
    assert 0.8 * params["noise"] < np.std(every[target] - law) / np.std(law) < 1.25 * params["noise"]
    # in-domain rows lie in the in-domain box at times up to t_split; each out-of-domain row leaves it
    states = [name for name in inputs if name != "t"]
    assert np.all(inside["t"] <= params["t_split"]) and np.all(inside["t"] >= 0)
    outside = data["test_ood"]["t"] > params["t_split"]
    for name in states:
        lo, hi = inside[name].min(), inside[name].max()
        outside |= (data["test_ood"][name] < lo) | (data["test_ood"][name] > hi)
    assert len(outside) > 0 and np.all(outside)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_no_row_gives_its_rate_away_through_its_neighbours(family: str, tmp_path: Path, monkeypatch):
    inputs, target = judged_columns(family, monkeypatch)
    _, data = generated(family, tmp_path)
    inside = {name: np.concatenate([data["train"][name], data["test_id"][name]]) for name in (*inputs, target)}
    guess = neighbour_rates(inside, inputs, FAMILIES[family])
    assert symreg.nmse(inside[target], guess) > 0.5  # worse than predicting the mean


def test_the_neighbour_shortcut_does_find_rates_on_trajectory_rows():
    """Control for the test above: the same shortcut on rows along trajectories (the families' first data)."""
    params = first_member("sr_osc_linear").params
    law, c = module("sr_osc_linear", "data").LAWS[params["law"]], params["c"]
    rng, parts = np.random.default_rng(0), []
    for start in params["starts"]:
        t = np.sort(rng.uniform(0.0, params["t_split"], params["points"]))
        states = trajectory(lambda s, y: [y[1], law(y[0], y[1], s, c)], start, t)
        parts.append((states[:, 0], states[:, 1], t))
    x, v, t = (np.concatenate(column) for column in zip(*parts))
    a = law(x, v, t, c)
    guess = neighbour_rates({"x": x, "v": v, "t": t}, ("x", "v", "t"), "v")
    assert symreg.nmse(a, guess) < 0.05


def test_generation_is_deterministic(tmp_path: Path):
    params = first_member("sr_pop_predation").params
    generate = module("sr_pop_predation", "data").generate
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        generate(tmp_path / name, 5, params)
    for split in symreg.SPLITS:
        assert (tmp_path / "a" / f"{split}.csv").read_bytes() == (tmp_path / "b" / f"{split}.csv").read_bytes()


def test_out_of_domain_trajectories_that_stay_inside_are_refused():
    """A member whose out-of-domain starts never leave the in-domain region has no out-of-domain rows to draw."""
    sample_rows = sample_region_rows
    states = np.array([[0.0, 0.0], [1.0, 1.0], [0.5, 0.5]])
    ood = np.array([False, False, True])
    with pytest.raises(ValueError, match="barely leave"):
        sample_rows(np.random.default_rng(0), np.zeros(3), states, ood, 20.0, 20.0)


# --- evaluate_symreg: canned harness answers --------------------------------------------------------------

Y = {"train": [0.0, 1.0, 2.0, 3.0, 5.0], "test_id": [1.0, 2.0, 3.0, 4.0], "test_ood": [10.0, 20.0]}


@pytest.fixture
def tiny_task(tmp_path: Path) -> Task:
    """x -> y rows written as write_dataset writes them: y = x + 1 except where noted in Y."""
    data = tmp_path / "data"
    data.mkdir()
    for split, ys in Y.items():
        rows = "".join(f"{y - 1.0!r},{y!r}\n" for y in ys)
        (data / f"{split}.csv").write_text("x,y\n" + rows)
    return Task(id="sr_tiny", dir=tmp_path)


def judge(monkeypatch, task: Task, fitted, predicted=None) -> tuple[dict, list]:
    """evaluate_symreg with the two sandboxed harness runs answered by `fitted` and `predicted` (PythonResults
    or plain values); also returns the payloads the harness would have received."""
    calls = []

    def fake_run(harness, function, args, limits, readable=()):
        calls.append((function, args[0]))
        answer = fitted if function == "fit" else predicted
        return answer if isinstance(answer, PythonResult) else PythonResult(ok=True, values=[answer])
    monkeypatch.setattr(symreg, "run_python", fake_run)
    return symreg.evaluate_symreg("candidate.py", task, inputs=("x",), target="y"), calls


def rejected(result: dict, reason: str) -> None:
    assert result["combined_score"] == 0.0, result
    assert reason in result["error"] and "\n" not in result["error"], result


def predictions(test_id, train=None, test_ood=None) -> dict:
    return {"predictions": {"train": Y["train"] if train is None else train, "test_id": test_id,
                            "test_ood": Y["test_ood"] if test_ood is None else test_ood}}


GOOD_PARAMS = {"params": [1.0] * symreg.N_PARAMS}


@pytest.mark.parametrize("fitted, reason", [
    ({"params": [1.0] * 9}, "fitted params has shape (9,), expected (10)"),
    ({"params": [1.0] * 11}, "fitted params has shape (11,), expected (10)"),
    ({"params": [float("nan")] + [1.0] * 9}, "fitted params contains NaN or infinite values"),
    ({"params": [1.0] * 9 + [float("inf")]}, "fitted params contains NaN or infinite values"),
    ({"params": [10 ** 400] + [1] * 9}, "fitted params contains a number too large for a float"),
    ({"params": ["1"] * 10}, "fitted params must be a numeric array"),
    ({"params": [[1.0]] * 10}, "fitted params has shape (10, 1), expected (10)"),
    ({"params": None}, "fitted params must be a numeric array, got NoneType"),
    ({"coefficients": [1.0] * 10}, "fitted params must be a numeric array, got NoneType"),
    ([1.0] * 10, "fitted params must be a numeric array, got NoneType"),
    (PythonResult(ok=False, error="equation() raised ZeroDivisionError: boom"), "boom"),
])
def test_fits_that_are_not_ten_finite_floats_are_refused(monkeypatch, tiny_task, fitted, reason):
    result, calls = judge(monkeypatch, tiny_task, fitted, predictions(Y["test_id"]))
    rejected(result, reason)
    assert [name for name, _ in calls] == ["fit"]  # nothing is predicted from a refused fit


@pytest.mark.parametrize("predicted, reason", [
    (predictions([1.0, 2.0, 3.0]), "test_id predictions has shape (3,), expected (4)"),
    (predictions([1.0, 2.0, 3.0, 4.0, 5.0]), "test_id predictions has shape (5,), expected (4)"),
    (predictions([[1.0], [2.0], [3.0], [4.0]]), "test_id predictions has shape (4, 1), expected (4)"),
    (predictions([1.0, 2.0, float("nan"), 4.0]), "test_id predictions contains NaN or infinite values"),
    (predictions(Y["test_id"], train=[0.0] * 4), "train predictions has shape (4,), expected (5)"),
    (predictions(Y["test_id"], test_ood=[float("-inf"), 1.0]), "test_ood predictions contains NaN"),
    (predictions(2.5), "test_id predictions has shape (), expected (4)"),
    ({"predictions": {"train": Y["train"], "test_id": Y["test_id"]}}, "test_ood predictions must be a numeric"),
    ({"predictions": [Y["train"], Y["test_id"], Y["test_ood"]]}, "harness returned no predictions"),
    ([1.0, 2.0], "harness returned no predictions"),
    (PythonResult(ok=False, error="program defines no function equation()"), "no function equation()"),
])
def test_predictions_of_the_wrong_shape_or_not_finite_are_refused(monkeypatch, tiny_task, predicted, reason):
    result, _ = judge(monkeypatch, tiny_task, GOOD_PARAMS, predicted)
    rejected(result, reason)


@pytest.mark.filterwarnings("ignore:overflow encountered:RuntimeWarning")
def test_scores_are_the_nmse_worked_out_by_hand(monkeypatch, tiny_task):
    # test_id y = 1, 2, 3, 4 (mean 2.5, squared deviations 5); one prediction off by 1: nmse 1/5
    result, _ = judge(monkeypatch, tiny_task, GOOD_PARAMS,
                      predictions([1.0, 2.0, 3.0, 5.0], train=[1.0, 1.0, 2.0, 3.0, 5.0], test_ood=[15.0, 15.0]))
    assert result == {"combined_score": math.log10(1.0 + 5.0), "nmse_id": 0.2,
                      # train y = 0, 1, 2, 3, 5 (mean 2.2, squared deviations 14.8), one off by 1; ood: 50 / 50
                      "nmse_train": 1.0 / 14.8, "nmse_ood": 1.0}
    # the mean of the test targets: nmse exactly 1, worth log10(2) and no more
    result, _ = judge(monkeypatch, tiny_task, GOOD_PARAMS, predictions([2.5] * 4))
    assert result["nmse_id"] == 1.0 and result["combined_score"] == math.log10(2.0)
    # exact predictions: nmse 0, floored at 1e-12 so the score stays finite
    result, _ = judge(monkeypatch, tiny_task, GOOD_PARAMS, predictions(Y["test_id"]))
    assert result["nmse_id"] == 0.0 and result["combined_score"] == math.log10(1.0 + 1e12)
    # predictions far too large to square: worth nothing, whatever the rest
    result, _ = judge(monkeypatch, tiny_task, GOOD_PARAMS, predictions([1e200] * 4))
    assert result["combined_score"] == 0.0


def test_the_fit_sees_only_training_rows_and_the_prediction_no_target(monkeypatch, tiny_task):
    _, calls = judge(monkeypatch, tiny_task, {"params": [2.0] * 10}, predictions(Y["test_id"]))
    (fit_name, fitting), (predict_name, predicting) = calls
    assert fit_name == "fit" and fitting["train"] == {"x": [y - 1.0 for y in Y["train"]]}
    assert fitting["target"] == Y["train"] and fitting["n_params"] == symreg.N_PARAMS
    assert predict_name == "predict" and predicting["params"] == [2.0] * 10
    assert "target" not in predicting and "y" not in repr(predicting["splits"])
    assert predicting["splits"] == {split: {"x": [y - 1.0 for y in ys]} for split, ys in Y.items()}


# --- one real evaluation: the shortcut through the sandbox ------------------------------------------------

# keeps every input row it is shown (the training rows come first when predicting), threads the rows into
# trajectories (each starts at t = 0; a row joins the one whose extrapolation it is closest to) and answers
# each row with dv/dt along its trajectory: a rate read off the inputs, no law (on the families' first,
# trajectory-sampled data of sr_osc_linear_free it scored nmse_id 1.9e-4, the best basis fit's 1.9e-4)
TRACKER = '''
import numpy as np

# EVOLVE-BLOCK-START
SEEN = []


def equation(x, v, t, params):
    SEEN.append(np.stack([t, x, v], axis=1))
    T, X, V = np.unique(np.concatenate(SEEN), axis=0).T
    tracks = [[i] for i in np.flatnonzero(T == 0.0)]
    for i in np.flatnonzero(T > 0.0):
        if not tracks:
            break
        misses = []
        for track in tracks:
            j, k = track[-1], track[-2] if len(track) > 1 else track[-1]
            slope = (V[j] - V[k]) / (T[j] - T[k]) if T[j] > T[k] else 0.0
            misses.append(abs(X[j] + V[j] * (T[i] - T[j]) - X[i]) + abs(V[j] + slope * (T[i] - T[j]) - V[i]))
        tracks[int(np.argmin(misses))].append(i)
    rate = {}
    for track in tracks:
        if len(track) > 2:
            rate.update(zip(zip(T[track], X[track], V[track]), np.gradient(V[track], T[track])))
    return np.array([rate.get(key, 0.0) for key in zip(t, x, v)]) + 0 * params[0]
# EVOLVE-BLOCK-END
'''


def test_reading_rates_off_the_trajectories_does_not_pay(tmp_path: Path, task_evaluator):
    evaluator = task_evaluator("sr_osc_linear_free")
    program = tmp_path / "tracker.py"
    program.write_text(TRACKER)
    result = evaluator(program)
    assert "error" not in result, result
    assert result["nmse_id"] > 0.5, result  # no better than the mean
