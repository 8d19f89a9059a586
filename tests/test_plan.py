"""`eft plan`: job counts are the DAG's own, GPU-hours follow the documented formulas, bad costs are one line."""
from __future__ import annotations

import json

import pytest

from eft.cli import main as eft_main
from eft.config import load_config
from eft.config.plan import load_costs, parameter_count


def test_plan_counts_the_dag_and_prices_every_grid_model(capsys):
    overrides = ["models.tiny.variants=[sft,sft_kto]"]
    assert eft_main(["plan", "--experiment", "micro", "--json", *overrides]) == 0
    result = json.loads(capsys.readouterr().out)
    cfg = load_config("micro", overrides)
    heldout = 1  # micro: one held-out task, one seed
    assert result["jobs"]["finetune"] == 1 and result["jobs"]["finetune_kto"] == 1
    assert result["jobs"]["heldout_search"] == 3 * heldout  # base, sft, sft_kto
    assert [m["model"] for m in result["models"]] == ["tiny-llama", "EFT-tiny-llama", "EFT-tiny-llama+KTO"]
    base, sft, kto = result["models"]
    assert base["train_gpu_hours"] == 0 and sft["train_gpu_hours"] > 0
    costs = load_costs()
    params = parameter_count(cfg["models"]["tiny"])
    expected = 6 * params * result["train_tokens"] * cfg["train"]["epochs"] / (costs["train_mfu"] * costs["gpu_peak_tflops"] * 1e12) / 3600
    assert sft["train_gpu_hours"] == pytest.approx(expected)
    assert kto["train_gpu_hours"] > sft["train_gpu_hours"]  # policy + reference passes over more rows


def test_parameter_count_from_the_name_when_no_folder_is_here():
    assert parameter_count({"kind": "hf", "name": "Qwen3.5-9B", "path": "/nowhere"}) == 9e9
    assert parameter_count({"kind": "hf", "name": "SmolLM2-135M", "path": "/nowhere"}) == 135e6


def test_bad_costs_are_one_line(tmp_path, capsys):
    costs = tmp_path / "costs.yaml"
    costs.write_text("gpu_peak_tflops: -1\n")
    assert eft_main(["plan", "--experiment", "micro", "--costs", str(costs)]) == 2
    assert capsys.readouterr().err.strip().startswith("eft plan: error: plan costs: missing train_mfu")
    assert eft_main(["plan", "--experiment", "micro", "--set", "train_mfu=fast"]) == 2
    assert "expected KEY=NUMBER" in capsys.readouterr().err


def test_served_held_out_searches_are_priced_like_in_process_ones(capsys):
    """With eval.serving.kind server the searches travel in batched jobs, not heldout_search jobs: the
    evaluation estimate counts the searches, not the jobs."""
    priced = {}
    for kind in ("inprocess", "server"):
        assert eft_main(["plan", "--experiment", "micro", "--json", f"eval.serving.kind={kind}"]) == 0
        priced[kind] = [m["eval_gpu_hours"] for m in json.loads(capsys.readouterr().out)["models"]]
    assert priced["server"] == priced["inprocess"] and all(h > 0 for h in priced["server"])
