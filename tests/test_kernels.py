"""eft.kernels without a GPU: the clean skip paths and the repeat-until-stable stopping rule."""
from __future__ import annotations

import itertools
import json
import math
import random
import re
import runpy

import pytest

from eft.errors import EftError
from eft.kernels import cli, timing
from eft.kernels.problems import load, vecadd
from eft.kernels.sampling import (
    MIN_SAMPLES,
    TimingConfig,
    combine_cases,
    rel_standard_error,
    sample_until_stable,
)
from eft.paths import TASKS_DIR

no_device = pytest.mark.skipif(timing.available(), reason="this test covers the no-device path")


def _ticks(step: float):
    """A fake clock advancing `step` seconds per reading."""
    counter = itertools.count()
    return lambda: next(counter) * step


def test_rel_standard_error_matches_formula():
    samples = [1.0, 2.0, 3.0, 4.0]
    sd = math.sqrt(sum((x - 2.5) ** 2 for x in samples) / 3)
    assert rel_standard_error(samples) == pytest.approx(sd / 2 / 2.5)
    assert rel_standard_error([5.0]) == math.inf


def test_stable_samples_converge_after_minimum_and_first_trial_is_discarded():
    values = iter([1e6] + [100.0, 100.01] * 1000)  # a huge cold first trial
    result = sample_until_stable(lambda: next(values), TimingConfig(max_trials=1000, budget_s=60))
    assert result["converged"] and result["trials"] == MIN_SAMPLES
    assert result["mean_us"] == pytest.approx(100.005)
    assert result["rel_se"] < 1e-3


def test_noisy_samples_stop_at_max_trials_or_budget():
    rng = random.Random(0)
    noisy = lambda: rng.uniform(50.0, 150.0)  # noqa: E731 - rel. SE ~0.58 / sqrt(n): needs ~330k trials
    capped = sample_until_stable(noisy, TimingConfig(max_trials=200, budget_s=60), clock=_ticks(0.0))
    assert not capped["converged"] and capped["trials"] == 200
    timed = sample_until_stable(noisy, TimingConfig(max_trials=10_000, budget_s=1.0), clock=_ticks(0.01))
    assert not timed["converged"] and 90 <= timed["trials"] <= 101


def test_rel_se_threshold_decides_when_moderate_noise_converges():
    rng = random.Random(1)
    noisy = lambda: rng.gauss(100.0, 1.0)  # noqa: E731 - rel. SE = 0.01 / sqrt(n)
    loose = sample_until_stable(noisy, TimingConfig(rel_se=1e-2, max_trials=10_000, budget_s=60))
    tight = sample_until_stable(noisy, TimingConfig(rel_se=1e-3, max_trials=10_000, budget_s=60))
    assert loose["converged"] and loose["trials"] == MIN_SAMPLES
    assert tight["converged"] and 60 <= tight["trials"] <= 200


def test_combine_cases_uses_geomean_of_means():
    cases = {"a": {"mean_us": 2.0, "median_us": 1.0, "rel_se": 1e-4, "trials": 10, "converged": True},
             "b": {"mean_us": 8.0, "median_us": 4.0, "rel_se": 2e-3, "trials": 30, "converged": False}}
    summary = combine_cases(cases)
    assert summary["geomean_us"] == pytest.approx(4.0) and summary["median_us"] == pytest.approx(2.0)
    assert summary["mean_us"] == 5.0 and summary["rel_se"] == 2e-3
    assert summary["trials"] == 40 and summary["converged"] is False


def test_timing_config_rejects_unknown_keys():
    assert TimingConfig.from_dict({"warmup": 3}).warmup == 3
    with pytest.raises(EftError, match="unknown kernel timing key 'warm_up'"):
        TimingConfig.from_dict({"warm_up": 3})


def test_vecadd_spec_check():
    good = {"source": "...", "name": "vecadd", "block": 128, "items_per_thread": 4}
    assert vecadd.check_spec(good) is good
    for bad, reason in [([], "dict"), ({**good, "block": 2048}, "block"), ({**good, "block": True}, "block"),
                        ({**good, "name": "a b"}, "identifier"), ({**good, "items_per_thread": 0}, "items")]:
        with pytest.raises(ValueError, match=reason):
            vecadd.check_spec(bad)
    with pytest.raises(EftError, match="unknown kernel problem"):
        load("matmul")


@no_device
def test_gpu_task_skips_cleanly_without_device(task_evaluator):
    result = task_evaluator("gpu_vecadd")(TASKS_DIR / "gpu_vecadd" / "initial_program.py")
    assert result == {"combined_score": 0.0, "error": "requires a CUDA device", "skipped": 1}


@no_device
def test_retime_without_device_writes_nulls_not_zeros(task_copy, tmp_path):
    summary = tmp_path / "run" / "summary.json"
    summary.parent.mkdir()
    summary.write_text(json.dumps({"task": "gpu_vecadd", "model": "tiny", "status": "ok",
                                   "best": {"code_path": str(TASKS_DIR / "gpu_vecadd" / "initial_program.py")}}))
    out = tmp_path / "retime.json"
    cfg = {"warmup": 2, "max_trials": 20, "rel_se": 0.001, "budget_s": 1.0, "l2_flush_mb": 8}
    tasks_dir = task_copy("gpu_vecadd").parent
    assert cli.main(["retime", "--runs", str(summary), "--tasks-dir", str(tasks_dir), "--cfg", json.dumps(cfg),
                     "--out", str(out)]) == 0
    data = json.loads(out.read_text())
    assert data["device"] is None and data["config"] == cfg
    (entry,) = data["runs"]
    assert entry["status"] == "skipped: no CUDA device" and entry["model"] == "tiny"
    assert all(entry[key] is None for key in ("median_us", "geomean_us", "trials", "converged"))


def test_retime_reads_the_task_from_its_materialized_folder(task_copy, tmp_path):
    summary = tmp_path / "summary.json"
    summary.write_text(json.dumps({"task": "ac1", "model": "tiny", "status": "ok",
                                   "best": {"code_path": str(TASKS_DIR / "ac1" / "initial_program.py")}}))
    out = tmp_path / "retime.json"
    assert cli.main(["retime", "--runs", str(summary), "--tasks-dir", str(task_copy("ac1").parent),
                     "--cfg", "{}", "--out", str(out)]) == 0
    assert json.loads(out.read_text())["runs"][0]["status"] == "skipped: not a kernel task"



def _seed_source() -> str:
    return runpy.run_path(str(TASKS_DIR / "gpu_vecadd" / "initial_program.py"))["SOURCE"]


@pytest.mark.parametrize("include, reason", [
    ('#include "/etc/hostname"', "plain #include <header>"),
    ("#include </etc/hostname>", "not an allowed header"),
    ("#define P </etc/hostname>\n#include P", "plain #include <header>"),
    ("#inc\\\nlude </etc/hostname>", "not an allowed header"),          # spliced before preprocessing
    ("%:include </etc/hostname>", "plain #include <header>"),            # digraph of '#'
    ("#/**/include <cuda_fp16.h>", "plain #include <header>"),           # a comment inside the directive
    ("#if __has_include(</etc/hostname>)\n#endif", "plain #include <header>"),
    ("const char d[] = {\n#embed \"/etc/hostname\"\n};", "#embed"),
    ("??=include <cuda_fp16.h>", "trigraphs"),
])
def test_kernel_source_cannot_reach_files_through_the_preprocessor(include, reason):
    """The GPU harness runs without Landlock, so a source's only path to a file, the preprocessor, is closed."""
    spec = {"source": include + "\n" + _seed_source(), "name": "vecadd", "block": 64, "items_per_thread": 1}
    with pytest.raises(ValueError, match=re.escape(reason)):
        vecadd.check_spec(spec)


def test_seed_and_proof_sources_pass_the_source_check():
    programs = [TASKS_DIR / "gpu_vecadd" / "initial_program.py", *sorted((TASKS_DIR / "gpu_vecadd" / "proofs").glob("*.py"))]
    for program in programs:
        spec = runpy.run_path(str(program))["kernel_spec"]()
        if program.name.startswith("bad_reads"):
            with pytest.raises(ValueError, match="plain #include"):
                vecadd.check_spec(spec)
        else:
            assert vecadd.check_spec(spec) is spec
