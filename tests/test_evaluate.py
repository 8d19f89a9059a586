"""Δ / Avg Δ against the paper's printed table, and `eft eval table` on small synthetic summaries."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from eft.cli import main as eft_main
from eft.errors import EftError
from eft.evaluate.delta import avg_delta, deltas, read_results

PAPER_TABLE = Path(__file__).parent / "fixtures" / "paper_main_table.csv"


def test_paper_avg_delta_recomputed():
    table = deltas(read_results(PAPER_TABLE))
    avg = avg_delta(table).round(2)
    assert avg.to_dict() == {"Finch-2B": 1.56, "Finch-4B": 3.51, "Finch-8B": 3.17, "Finch-9B": 10.18}
    assert round(table.at["Finch-2B", "erdos"], 2) == 0.10  # lower is better: (base - ft) / base
    assert pd.isna(table.at["Finch-2B", "ahc058"])  # base 0 -> undefined
    assert round(avg_delta(table, exclude=()).at["Finch-9B"], 2) == 35.67  # ahc058 must go for every pair


def test_eft_delta_prints_table(capsys):
    assert eft_main(["delta", str(PAPER_TABLE)]) == 0
    out = capsys.readouterr().out
    assert "Finch-9B" in out and "+10.18" in out and "Avg Δ" in out


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "m.csv"
    path.write_text(text)
    return path


@pytest.mark.parametrize("text, message", [
    ("model,task,direction,score\na,t,higher,1\n", "missing column(s): base_model"),
    ("model,base_model,task,direction,score\na,,t,up,1\n", "bad direction 'up'"),
    ("model,base_model,task,direction,score\nft,b,t,higher,1\n", "base model 'b' has no rows"),
])
def test_malformed_csv(tmp_path, capsys, text, message):
    path = _write(tmp_path, text)
    with pytest.raises(EftError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_results(path)
    assert eft_main(["delta", str(path)]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_skipped_scores_not_counted(tmp_path):
    path = _write(tmp_path, "model,base_model,task,direction,score,status\n"
                            "b,,x,higher,2,ok\nb,,y,lower,4,ok\nft,b,x,higher,3,ok\nft,b,y,lower,,skipped: no CUDA\n")
    table = deltas(read_results(path))
    assert avg_delta(table).to_dict() == {"ft": 50.0}


def _summary(tmp_path, model, task, seed, best, direction="higher", status="ok", domain="math"):
    ok = status == "ok"
    data = {
        "task": task, "domain": domain, "direction": direction, "metric": "m", "language": "python",
        "strategy": "diff", "seed": seed, "operator": model, "operator_kind": "hf", "iterations": 2,
        "best": {"program_id": "p", "combined_score": best, "metrics": {"m": best, "combined_score": best},
                 "code_path": "best.py"} if ok else None,
        "curve": [{"iteration": i, "best_combined_score": best - 1 + i, "best_metric": best - 1 + i}
                  for i in (0, 1)] if ok else [],
        "initial_metrics": {}, "status": status, "wall_s": 1.0,
    }
    path = tmp_path / model / task / f"seed{seed}" / "summary.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(data))
    return str(path)


def test_eval_table(tmp_path):
    runs = [_summary(tmp_path, "base", "t1", s, 2.0 + s) for s in (0, 1)]
    runs += [_summary(tmp_path, "ft", "t1", s, 3.0 + s) for s in (1, 0)]
    runs += [_summary(tmp_path, m, "gpu_task", 0, 0, status="skipped: no CUDA device", domain="gpu_kernel")
             for m in ("base", "ft")]
    runs += [_summary(tmp_path, m, "t2", 0, 0, status="failed: evaluator error") for m in ("base", "ft")]
    out = {k: tmp_path / f"main.{k}" for k in ("csv", "md", "tex")}
    argv = ["eval", "table", "--runs", *runs, "--cfg", json.dumps({"models": [["base", ""], ["ft", "base"]]}),
            "--tables-dir", str(tmp_path), "--curves", str(tmp_path / "curves.csv")]
    assert eft_main(argv) == 0
    frame = read_results(out["csv"])
    assert frame[["model", "base_model", "task"]].values.tolist() == [
        ["base", "", "t1"], ["base", "", "t2"], ["ft", "base", "t1"], ["ft", "base", "t2"]]
    assert frame["score"].tolist()[::2] == [2.5, 3.5] and frame["score"].isna().tolist()[1::2] == [True, True]
    assert frame["sd"].tolist()[::2] == pytest.approx([0.7071068, 0.7071068])
    assert frame[["min", "max"]].values.tolist()[::2] == [[2.0, 3.0], [3.0, 4.0]]
    assert frame["status"].tolist()[1] == "failed: evaluator error"
    md = out["md"].read_text()
    assert "| ft | 3.5 ± 0.71 | failed: evaluator error |  |" in md
    assert "| Δ (%) | +40.00 | n/a | +40.00 |" in md
    assert r"$\Delta$ (\%) & +40.00 & n/a & +40.00 \\" in out["tex"].read_text()
    # the GPU task goes to the kernel table only; the empty Frontier-CS and AlgoTune tables say so
    assert "gpu_task" not in out["csv"].read_text()
    assert (tmp_path / "algotune.md").read_text() == "No held-out task of this table in this experiment.\n"
    curves = pd.read_csv(tmp_path / "curves.csv")
    assert list(curves.columns) == ["model", "task", "seed", "iteration", "best_score", "best_combined_score"]
    assert curves[["model", "seed", "iteration"]].values.tolist()[:4] == [["base", 0, 0], ["base", 0, 1],
                                                                         ["base", 1, 0], ["base", 1, 1]]
    first = {k: p.read_bytes() for k, p in out.items()}
    assert eft_main(argv) == 0
    assert first == {k: p.read_bytes() for k, p in out.items()}


def test_eval_table_rejects_unknown_model(tmp_path, capsys):
    run = _summary(tmp_path, "other", "t1", 0, 1.0)
    argv = ["eval", "table", "--runs", run, "--cfg", '{"models": [["base", ""], ["ft", "base"]]}',
            "--tables-dir", str(tmp_path)]
    assert eft_main(argv) == 2
    assert "operator 'other' is none of the models 'base', 'ft'" in capsys.readouterr().err


def test_tables_follow_the_paper_layout(tmp_path):
    """Tasks land in the table of their domain, in the paper's column order and labels; ahc058 stays out of
    Avg Δ; Frontier-CS gets a Mean column."""
    runs = []
    for task, domain, base, ft in [("transaction_scheduling", "systems", 300.0, 330.0), ("ac2", "math", 0.8, 0.88),
                                   ("ahc058_production", "heuristic", 10.0, 100.0),
                                   ("cp_b", "competitive_programming", 10.0, 30.0),
                                   ("cp_a", "competitive_programming", 20.0, 20.0),
                                   ("algotune_fft_convolution", "numerical", 1.0, 1.1)]:
        runs += [_summary(tmp_path, "base", task, 0, base, domain=domain), _summary(tmp_path, "ft", task, 0, ft, domain=domain)]
    argv = ["eval", "table", "--runs", *runs, "--cfg", json.dumps({"models": [["base", ""], ["ft", "base"]]}),
            "--tables-dir", str(tmp_path)]
    assert eft_main(argv) == 0
    main_md = (tmp_path / "main.md").read_text().splitlines()
    assert main_md[0] == "| Model | AC2 | ahc058 | Transaction | Avg Δ |"
    assert main_md[4] == "| Δ (%) | +10.00 | +900.00 | +10.00 | +10.00 |"  # ahc058 not in Avg Δ
    cp_md = (tmp_path / "frontier_cs.md").read_text().splitlines()
    assert cp_md[0] == "| Model | cp_a | cp_b | Mean | Avg Δ |"
    assert cp_md[2:5] == ["| base | 20 | 10 | 15 |  |", "| ft | 20 | 30 | 25 |  |",
                          "| Δ (%) | +0.00 | +200.00 | +66.67 | +100.00 |"]
    assert "| ft | 1.1 |  |" in (tmp_path / "algotune.md").read_text()


def test_retimed_scores_replace_search_measurements(tmp_path):
    """A timing task's table score is the re-timed one; a run whose program fails re-timing has no score."""
    runs = [_summary(tmp_path, m, "algotune_x", s, v, domain="numerical")
            for m, s, v in [("base", 0, 0.9), ("base", 1, 0.8), ("ft", 0, 1.3)]]
    report = {"task": "algotune_x", "runs": [
        {"model": "base", "seed": 0, "status": "ok", "metric": 1.0},
        {"model": "base", "seed": 1, "status": "ok", "metric": 1.0},
        {"model": "ft", "seed": 0, "status": "error: wrong answer", "metric": None}]}
    (tmp_path / "retime.json").write_text(json.dumps(report))
    argv = ["eval", "table", "--runs", *runs, "--retimed", str(tmp_path / "retime.json"), "--cfg",
            json.dumps({"models": [["base", ""], ["ft", "base"]]}), "--tables-dir", str(tmp_path)]
    assert eft_main(argv) == 0
    frame = read_results(tmp_path / "algotune.csv")
    assert frame["score"].tolist()[0] == 1.0 and frame["sd"].tolist()[0] == 0.0
    assert frame["status"].tolist()[1] == "retiming error: wrong answer" and frame["score"].isna().tolist()[1]


def test_eval_table_grid_has_one_block_per_base_with_delta_against_its_own_base(tmp_path):
    """Two bases, each with variants: rows follow the grid order and every Δ is taken against its own base."""
    scores = {"A": 2.0, "EFT-A": 3.0, "EFT-A+KTO": 1.0, "B": 4.0, "EFT-B": 5.0}
    runs = [_summary(tmp_path, m, "t1", 0, v) for m, v in scores.items()]
    models = [["A", ""], ["EFT-A", "A"], ["EFT-A+KTO", "A"], ["B", ""], ["EFT-B", "B"]]
    argv = ["eval", "table", "--runs", *runs, "--cfg", json.dumps({"models": models}), "--tables-dir", str(tmp_path)]
    assert eft_main(argv) == 0
    frame = read_results(tmp_path / "main.csv")
    assert frame[["model", "base_model"]].values.tolist() == [[m, b] for m, b in models]
    md = (tmp_path / "main.md").read_text().splitlines()
    body = [line.split(" | ")[0].lstrip("| ") + " " + line.split(" | ")[1] for line in md[2:] if line.startswith("|")]
    assert body == ["A 2", "EFT-A 3", "Δ (%) +50.00", "EFT-A+KTO 1", "Δ (%) -50.00", "B 4", "EFT-B 5",
                    "Δ (%) +25.00"]


@pytest.mark.parametrize("models, reason", [
    ([["A", ""], ["A", ""]], "model 'A' is listed twice"),
    ([["EFT-A", "A"]], "base model 'A' of a fine-tuned model is not listed as a base"),
    ([["A", ""], ["X", ""]], "operator 'EFT-A' is none of the models"),
])
def test_eval_table_refuses_a_bad_model_list(tmp_path, capsys, models, reason):
    runs = [_summary(tmp_path, m, "t1", 0, 1.0) for m in ("A", "EFT-A")]
    argv = ["eval", "table", "--runs", *runs, "--cfg", json.dumps({"models": models}), "--tables-dir", str(tmp_path)]
    assert eft_main(argv) == 2
    assert reason in capsys.readouterr().err


def test_eval_table_adds_the_bootstrap_interval_of_avg_delta(tmp_path):
    """With cfg.bootstrap the main table's Avg Δ carries its interval, also written to avg_delta_ci.csv; the
    interval holds the point estimate and is the same on a rerun (seeded)."""
    runs = [_summary(tmp_path, m, t, s, v + s) for m, off in (("base", 1.0), ("ft", 1.5))
            for t, v in (("t1", 2.0 * off), ("t2", 3.0 * off)) for s in (0, 1, 2)]
    cfg = {"models": [["base", ""], ["ft", "base"]], "bootstrap": {"seed": 5, "resamples": 500, "level": 0.9}}
    argv = ["eval", "table", "--runs", *runs, "--cfg", json.dumps(cfg), "--tables-dir", str(tmp_path)]
    assert eft_main(argv) == 0
    ci = pd.read_csv(tmp_path / "avg_delta_ci.csv")
    assert ci[["model", "base_model", "level", "resamples"]].values.tolist() == [["ft", "base", 0.9, 500]]
    low, high = ci.loc[0, ["ci_low", "ci_high"]]
    md = (tmp_path / "main.md").read_text()
    avg_cell = next(line for line in md.splitlines() if line.startswith("| Δ (%)")).split(" | ")[-1]
    point = float(avg_cell.split(" [")[0])
    assert low <= point <= high and f"[{low:+.2f}, {high:+.2f}]" in avg_cell
    assert "bootstrap 90% interval" in md
    first = md
    assert eft_main(argv) == 0 and (tmp_path / "main.md").read_text() == first
