"""Valid-edit and improvement rates from held-out traces, the bootstrap interval of Avg Δ, and the edit-rates
figure, on hand-made runs whose answers are known."""
from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd
import pytest

from eft.errors import EftError
from eft.evaluate.aggregate import main_frame, model_roles
from eft.evaluate.bootstrap import avg_delta_interval, resampled_avg_delta, seed_frame
from eft.evaluate.delta import avg_delta, deltas
from eft.evaluate.rates import (
    RATE_COLUMNS,
    aggregate,
    better,
    check_rates,
    count,
    evaluated,
    rates_frame,
)
from eft.figures import edit_rates
from eft.search.summary import RunSummary

ROLES = {"base": "", "ft": "base"}


def _run(tmp: Path, model: str, task: str, seed: int, records: list[dict], iterations: int = 4,
         direction: str = "lower", status: str = "ok", best: float = 1.0) -> tuple[Path, Path]:
    """A summary.json + trace.jsonl pair as `eft search run` writes them (metric "m")."""
    ok = status == "ok"
    summary = RunSummary(task=task, domain="math", direction=direction, metric="m", language="python",
                         strategy="diff", seed=seed, operator=model, operator_kind="hf", status=status,
                         iterations=iterations if ok else 0,
                         best={"program_id": "p", "combined_score": 1.0, "metrics": {"m": best},
                               "code_path": "best_program.py"} if ok else None,
                         initial_metrics={"m": 2.0, "combined_score": 0.5} if ok else None)
    out = tmp / model / task / f"seed{seed}"
    out.mkdir(parents=True)
    summary.write(out / "summary.json")
    (out / "trace.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    return out / "summary.json", out / "trace.jsonl"


def _child(iteration: int, child: dict, parent: dict | None = None) -> dict:
    return {"iteration": iteration, "parent_id": "a", "child_id": f"c{iteration}", "child_metrics": child,
            "parent_metrics": {"m": 2.0, "combined_score": 0.5} if parent is None else parent,
            "child_code": "x", "parent_code": "y"}


GOOD, SAME, WORSE = {"m": 1.5, "combined_score": 0.6}, {"m": 2.0, "combined_score": 0.5}, {"m": 3.0, "combined_score": 0.4}
FAILED = {"combined_score": 0.0, "error": "candidate raised ValueError"}
TIMEOUT = {"error": 0.0, "timeout": True}


def test_what_counts_as_valid_and_better():
    assert evaluated(GOOD, "m") and not evaluated(FAILED, "m") and not evaluated(TIMEOUT, "m")
    assert not evaluated({"m": float("nan"), "combined_score": 0.1}, "m")
    assert not evaluated({"m": True, "combined_score": 0.1}, "m")  # a flag is no metric
    assert better(GOOD, SAME, "m", "lower") and not better(GOOD, SAME, "m", "higher")
    assert better(WORSE, SAME, "m", "higher") and not better(SAME, SAME, "m", "lower")
    assert not better({"m": 2.0 * (1 - 1e-15)}, SAME, "m", "lower")  # last-bit noise is no improvement
    assert better(WORSE, FAILED, "m", "lower")  # a scored child of a broken parent rose from 0
    assert not better(FAILED, SAME, "m", "lower")


def test_counts_of_one_run(tmp_path):
    records = [_child(1, GOOD), _child(2, WORSE), _child(4, FAILED), _child(3, GOOD, parent=FAILED)]
    summary, trace = _run(tmp_path, "ft", "t", 0, records, iterations=5)
    frame = rates_frame([(summary, trace)], ROLES)
    assert list(frame.columns) == list(RATE_COLUMNS)
    assert frame.iloc[0][["children", "valid", "improved", "base_model"]].tolist() == [5, 3, 2, "base"]


def test_trace_must_hold_at_most_one_child_per_iteration(tmp_path):
    summary = RunSummary.read(_run(tmp_path, "ft", "t", 0, [])[0])
    with pytest.raises(EftError, match=r"iteration 5 \(expected one child per iteration 1..4\)"):
        count(summary, [_child(5, GOOD)])
    with pytest.raises(EftError, match="iteration 2"):
        count(summary, [_child(2, GOOD), _child(2, GOOD)])


def test_frame_order_aggregation_and_skipped_runs(tmp_path):
    runs = [_run(tmp_path, "ft", "t1", 1, [_child(1, GOOD), _child(2, GOOD)]),
            _run(tmp_path, "ft", "t1", 0, [_child(2, WORSE)], iterations=2),
            _run(tmp_path, "base", "t1", 0, []),
            _run(tmp_path, "base", "gpu", 0, [], status="skipped: no CUDA device"),
            _run(tmp_path, "ft", "gpu", 0, [], status="skipped: no CUDA device")]
    frame = rates_frame(runs, ROLES)
    assert frame[["model", "task", "seed"]].values.tolist() == [
        ["base", "t1", 0], ["base", "gpu", 0], ["ft", "t1", 0], ["ft", "t1", 1], ["ft", "gpu", 0]]
    pooled = aggregate(frame).set_index(["task", "model"])
    assert pooled.loc[("t1", "ft"), ["seeds", "children", "valid", "improved"]].tolist() == [2, 6, 3, 2]
    assert pooled.loc[("t1", "ft"), "valid_rate"] == 0.5
    assert pooled.loc[("t1", "ft"), "improvement_rate"] == pytest.approx(1 / 3)
    assert pooled.loc[("t1", "base"), ["valid_rate", "improvement_rate"]].tolist() == [0.0, 0.0]
    assert math.isnan(pooled.loc[("gpu", "ft"), "valid_rate"])
    assert pooled.loc[("gpu", "ft"), "status"] == "skipped: no CUDA device"
    with pytest.raises(EftError, match="operator 'ft' is none of the models 'base'"):
        rates_frame(runs, {"base": ""})


@pytest.mark.parametrize("row, message", [
    ({"valid": 5}, "needs improved <= valid <= children, got 0, 5, 4"),
    ({"improved": 2, "valid": 1}, "needs improved <= valid <= children"),
    ({"children": 1.5}, "column children must hold counts"),
    ({"valid": -1}, "column valid must hold counts"),
])
def test_check_rates_rejects_impossible_counts(row, message):
    frame = pd.DataFrame([{"task": "t", "model": "m", "base_model": "", "seed": 0, "children": 4, "valid": 0,
                           "improved": 0, **row}])
    with pytest.raises(EftError, match=message.replace("(", r"\(")):
        check_rates(frame)
    with pytest.raises(EftError, match="missing column"):
        check_rates(frame.drop(columns=["improved"]))


# ---- bootstrap of Avg Δ -------------------------------------------------------------------------------------

def _seeds(rows: list[tuple[str, str, int, float, float]]) -> pd.DataFrame:
    """(task, direction, seed, base score, fine-tuned score) rows -> a per-seed frame of both models."""
    out = []
    for task, direction, seed, base, ft in rows:
        out.append({"model": "base", "base_model": "", "task": task, "direction": direction, "seed": seed,
                    "score": base})
        out.append({"model": "ft", "base_model": "base", "task": task, "direction": direction, "seed": seed,
                    "score": ft})
    return pd.DataFrame(out)


def test_equal_deltas_give_a_zero_width_interval():
    # +50 % on every unit, higher and lower is better alike; ahc058 (excluded) and a base of 0 do not count
    frame = _seeds([("a", "higher", 0, 2.0, 3.0), ("a", "higher", 1, 4.0, 6.0), ("b", "lower", 0, 8.0, 4.0),
                    ("ahc058", "higher", 0, 1.0, 9.0), ("z", "higher", 0, 0.0, 5.0)])
    low, high = avg_delta_interval(frame, "ft", seed=0, resamples=300)
    assert low == pytest.approx(50.0, abs=1e-9) and high == pytest.approx(50.0, abs=1e-9)  # float rounding only


def test_two_tasks_known_distribution():
    # Δ = 0 on one task, 100 on the other, one seed each: resampled Avg Δ is 0, 50, 100 w.p. 1/4, 1/2, 1/4
    frame = _seeds([("a", "higher", 0, 1.0, 1.0), ("b", "higher", 0, 1.0, 2.0)])
    values = resampled_avg_delta(frame, "ft", seed=7, resamples=4000)
    assert set(values) == {0.0, 50.0, 100.0}
    assert (values == 50.0).mean() == pytest.approx(0.5, abs=0.03)
    assert avg_delta_interval(frame, "ft", seed=7, resamples=4000) == (0.0, 100.0)
    assert avg_delta_interval(frame, "ft", seed=7, resamples=4000, level=0.4) == (50.0, 50.0)


def test_interval_is_seeded():
    frame = _seeds([(t, "higher", s, 10.0, 10.0 + 3 * s + i) for i, t in enumerate("abcde") for s in range(3)])
    first = avg_delta_interval(frame, "ft", seed=1, resamples=500)
    assert avg_delta_interval(frame, "ft", seed=1, resamples=500) == first
    assert avg_delta_interval(frame, "ft", seed=2, resamples=500) != first
    low, high = first
    point = avg_delta(deltas(frame.groupby(["model", "base_model", "task", "direction"], as_index=False, sort=False)
                             ["score"].mean())).at["ft"]
    assert low < point < high


def test_no_defined_delta_gives_nan_and_bad_input_is_one_line():
    frame = _seeds([("a", "higher", 0, 0.0, 1.0)])  # base 0: Δ undefined
    low, high = avg_delta_interval(frame, "ft", seed=0, resamples=50)
    assert math.isnan(low) and math.isnan(high)
    with pytest.raises(EftError, match="'base' is not a fine-tuned model"):
        avg_delta_interval(frame, "base", seed=0, resamples=50)
    with pytest.raises(EftError, match="two rows for model 'base', task 'a', seed 0"):
        avg_delta_interval(pd.concat([frame, frame]), "ft", seed=0, resamples=50)
    with pytest.raises(EftError, match="resamples must be at least 1"):
        avg_delta_interval(frame, "ft", seed=0, resamples=0)


def test_seed_frame_matches_the_main_table(tmp_path):
    runs = [_run(tmp_path, m, t, s, [], best=b + s + (m == "ft"))
            for m in ("base", "ft") for t, b in (("t1", 4.0), ("t2", 9.0)) for s in (0, 1)]
    runs.append(_run(tmp_path, "ft", "t3", 0, [], status="skipped: no CUDA device"))
    summaries = [RunSummary.read(s) for s, _ in runs]
    roles = model_roles([["base", ""], ["ft", "base"]])
    per_seed = seed_frame(summaries, roles)
    assert per_seed["score"].isna().sum() == 1
    means = per_seed.groupby(["model", "task"])["score"].mean()
    table = main_frame(summaries, roles).set_index(["model", "task"])["score"]
    assert means.dropna().to_dict() == table.dropna().to_dict()


# ---- figure -------------------------------------------------------------------------------------------------

def test_edit_rates_figure(tmp_path):
    csv = tmp_path / "rates.csv"
    csv.write_text("task,model,base_model,seed,children,valid,improved,status\n"
                   "ac1,SmolLM2,,0,8,1,0,ok\nac1,SmolLM2,,1,8,0,0,ok\ngpu,SmolLM2,,0,0,0,0,skipped: no CUDA device\n"
                   "ac1,EFT-SmolLM2,SmolLM2,0,8,6,2,ok\nac1,EFT-SmolLM2,SmolLM2,1,8,5,1,ok\n"
                   "gpu,EFT-SmolLM2,SmolLM2,0,0,0,0,skipped: no CUDA device\n")
    outputs = []
    for run in ("a", "b"):
        png, pdf = tmp_path / run / "r.png", tmp_path / run / "r.pdf"
        assert edit_rates.main(["--inputs", str(csv), "--png", str(png), "--pdf", str(pdf)]) == 0
        outputs.append((png.read_bytes(), pdf.read_bytes()))
    assert outputs[0][0].startswith(b"\x89PNG") and outputs[0][1].startswith(b"%PDF")
    assert outputs[0] == outputs[1]
    fig = edit_rates.draw([str(csv)])
    top, bottom = fig.axes[:2]
    heights = sorted(round(p.get_height(), 6) for p in top.patches if p.get_height() > 0)
    assert heights == [6.25, 68.75]  # pooled: 1/16 base, 11/16 fine-tuned
    assert any("skipped: no CUDA device" in t.get_text() for t in bottom.texts)
    assert "EFT-SmolLM2: 11 valid, 3 improving of 16 children" in [t.get_text() for t in bottom.get_legend().texts]


def test_edit_rates_figure_rejects_a_bad_csv(tmp_path):
    csv = tmp_path / "rates.csv"
    csv.write_text("task,model,seed,children,valid,improved\nt,m,0,1,1,1\n")
    with pytest.raises(EftError, match="missing column"):
        edit_rates.draw([str(csv)])
