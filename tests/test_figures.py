"""Every figure renders from small inputs, and rendering twice gives byte-identical PNG and PDF files."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eft.cli import main as eft_main

PAPER_TABLE = Path(__file__).parent / "fixtures" / "paper_main_table.csv"


def _suite(tmp: Path) -> list[Path]:
    rows = [{"split": s, "domain": d, "tasks": n, "families": f, "python": n, "cpp": 0, "gpu": 0}
            for s, d, n, f in [("train", "math", 9, 3), ("heldout", "math", 2, 2), ("train", "numerical", 5, 1),
                               ("train", "gpu_kernel", 4, 1), ("heldout", "systems", 4, 4), ("train", "all", 18, 5)]]
    suite = tmp / "suite.json"
    suite.write_text(json.dumps({"rows": rows, "problems": []}))
    manifest = tmp / "manifest.json"
    manifest.write_text(json.dumps({"tasks": [{"id": "t0", "domain": "math", "split": "train"}]}))
    return [suite, manifest]


def share(n: int) -> dict:
    return {"count": n, "fraction": n / 10}


def _stats(tmp: Path) -> Path:
    stats = {"kept": 10, "labels": {"improved": share(3), "unchanged": share(5), "regressed": share(2)},
             "language": {"python": share(8), "cpp": share(2)},
             "strategy": {"diff": share(6), "full_rewrite": share(4)}}
    path = tmp / "stats.json"
    path.write_text(json.dumps(stats))
    return path


def _main_csv(tmp: Path) -> Path:
    path = tmp / "main.csv"
    path.write_text("model,base_model,task,direction,score,status\n"
                    "base,,a,higher,2,ok\nbase,,b,lower,4,ok\nbase,,gpu,higher,,skipped: no CUDA device\n"
                    "ft,base,a,higher,3,ok\nft,base,b,lower,5,ok\nft,base,gpu,higher,,skipped: no CUDA device\n")
    return path


def _curves(tmp: Path) -> Path:
    lines = ["model,task,seed,iteration,best_score,best_combined_score"]
    for model, offset in (("base", 0.0), ("ft", 0.5)):
        for task in ("a", "b"):
            for seed in (0, 1):
                lines += [f"{model},{task},{seed},{i},{offset + i + seed / 10},{offset + i}" for i in range(3)]
    path = tmp / "curves.csv"
    path.write_text("\n".join(lines) + "\n")
    return path


def _algotune_csv(tmp: Path) -> Path:
    path = tmp / "algotune.csv"
    path.write_text("model,base_model,task,direction,score,sd,min,max,status\n"
                    "base,,algotune_convolve2d,higher,1.0,0.01,0.99,1.01,ok\n"
                    "base,,algotune_fft_convolution,higher,,,,,failed: evaluator error\n"
                    "ft,base,algotune_convolve2d,higher,120.0,3.0,117,123,ok\n"
                    "ft,base,algotune_fft_convolution,higher,1.1,,1.1,1.1,ok\n")
    return path


def _scaling(tmp: Path) -> list[Path]:
    main = tmp / "main.csv"
    main.write_text("model,base_model,task,direction,score,status\n"
                    "B,,a,higher,1,ok\nEFT-B@s15,B,a,higher,2,ok\nEFT-B,B,a,higher,3,ok\nEFT-B+KTO,B,a,higher,9,ok\n")
    grid = tmp / "grid.csv"
    grid.write_text("model,base_model,variant,train_tasks\nB,,,0\nEFT-B@s15,B,sft@s15,15\nEFT-B,B,sft,355\n"
                    "EFT-B+KTO,B,sft_kto,355\n")
    return [main, grid]


CASES = {
    "task_distribution": _suite,
    "algotune_speedup": _algotune_csv,
    "trajectory_breakdown": _stats,
    "main_delta": _main_csv,
    "best_so_far": _curves,
    "scaling": _scaling,
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_figure_renders_deterministically(tmp_path, name):
    data = CASES[name](tmp_path)
    data = [str(path) for path in data] if isinstance(data, list) else [str(data)]
    outputs = []
    for run in ("a", "b"):
        png, pdf = tmp_path / run / f"{name}.png", tmp_path / run / f"{name}.pdf"
        assert eft_main(["figures", name, "--inputs", *data, "--png", str(png), "--pdf", str(pdf)]) == 0
        outputs.append((png.read_bytes(), pdf.read_bytes()))
    (png_a, pdf_a), (png_b, pdf_b) = outputs
    assert png_a.startswith(b"\x89PNG") and pdf_a.startswith(b"%PDF")
    assert png_a == png_b and pdf_a == pdf_b
    assert b"CreationDate" not in pdf_a and b"Software" not in png_a


def test_main_delta_paper_table(tmp_path):
    png, pdf = tmp_path / "d.png", tmp_path / "d.pdf"
    assert eft_main(["figures", "main_delta", "--inputs", str(PAPER_TABLE), "--png", str(png), "--pdf", str(pdf)]) == 0
    assert png.stat().st_size > 0 and pdf.stat().st_size > 0


def test_unknown_figure(capsys):
    assert eft_main(["figures", "nope"]) == 2
    assert "unknown figure 'nope'" in capsys.readouterr().err


def test_best_so_far_with_every_run_skipped(tmp_path):
    curves = tmp_path / "curves.csv"
    curves.write_text("model,task,seed,iteration,best_score,best_combined_score\n")
    png, pdf = tmp_path / "c.png", tmp_path / "c.pdf"
    assert eft_main(["figures", "best_so_far", "--inputs", str(curves), "--png", str(png), "--pdf", str(pdf)]) == 0
    assert png.exists() and pdf.exists()


def test_algotune_speedup_without_algotune_tasks(tmp_path):
    """An experiment without AlgoTune tasks writes an empty table; its figure says so instead of failing."""
    data = tmp_path / "algotune.csv"
    data.write_text("model,base_model,task,direction,score,sd,min,max,status\n")
    png, pdf = tmp_path / "a.png", tmp_path / "a.pdf"
    assert eft_main(["figures", "algotune_speedup", "--inputs", str(data), "--png", str(png), "--pdf", str(pdf)]) == 0
    assert png.stat().st_size > 0


def test_scaling_series_start_at_the_base_and_leave_kto_out(tmp_path):
    from eft.figures.scaling import read_grid, series

    _, grid = _scaling(tmp_path)
    assert series(read_grid(str(grid))) == {"B": [("B", 0), ("EFT-B@s15", 15), ("EFT-B", 355)]}
    grid.write_text("model,base_model,variant,train_tasks\nB,,,0\nEFT-B,B,sft,355\n")
    assert series(read_grid(str(grid))) == {}  # no subset variant: no ablation to draw
