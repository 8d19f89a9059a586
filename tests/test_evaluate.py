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


def _summary(tmp_path, model, task, seed, best, direction="higher", status="ok"):
    ok = status == "ok"
    data = {
        "task": task, "domain": "math", "direction": direction, "metric": "m", "language": "python",
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
    runs += [_summary(tmp_path, m, "gpu_task", 0, 0, status="skipped: no CUDA device") for m in ("base", "ft")]
    out = {k: tmp_path / f"main.{k}" for k in ("csv", "md", "tex")}
    argv = ["eval", "table", "--runs", *runs, "--cfg", json.dumps({"base_model": "base", "finetuned_model": "ft"}),
            "--csv", str(out["csv"]), "--md", str(out["md"]), "--tex", str(out["tex"]),
            "--curves", str(tmp_path / "curves.csv")]
    assert eft_main(argv) == 0
    frame = read_results(out["csv"])
    assert frame[["model", "base_model", "task"]].values.tolist() == [
        ["base", "", "t1"], ["base", "", "gpu_task"], ["ft", "base", "t1"], ["ft", "base", "gpu_task"]]
    assert frame["score"].tolist()[::2] == [2.5, 3.5] and frame["score"].isna().tolist()[1::2] == [True, True]
    assert frame["status"].tolist()[1] == "skipped: no CUDA device"
    md = out["md"].read_text()
    assert "| ft | 3.5 | skipped: no CUDA device |  |" in md
    assert "| Δ (%) | +40.00 | n/a | +40.00 |" in md
    assert r"$\Delta$ (\%) & +40.00 & n/a & +40.00 \\" in out["tex"].read_text()
    curves = pd.read_csv(tmp_path / "curves.csv")
    assert list(curves.columns) == ["model", "task", "seed", "iteration", "best_score", "best_combined_score"]
    assert curves[["model", "seed", "iteration"]].values.tolist()[:4] == [["base", 0, 0], ["base", 0, 1],
                                                                         ["base", 1, 0], ["base", 1, 1]]
    first = {k: p.read_bytes() for k, p in out.items()}
    assert eft_main(argv) == 0
    assert first == {k: p.read_bytes() for k, p in out.items()}


def test_eval_table_rejects_unknown_model(tmp_path, capsys):
    run = _summary(tmp_path, "other", "t1", 0, 1.0)
    argv = ["eval", "table", "--runs", run, "--cfg", '{"base_model": "base", "finetuned_model": "ft"}',
            "--csv", str(tmp_path / "a.csv"), "--md", str(tmp_path / "a.md"), "--tex", str(tmp_path / "a.tex")]
    assert eft_main(argv) == 2
    assert "neither 'base' nor 'ft'" in capsys.readouterr().err
