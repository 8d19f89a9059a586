"""Numeric task folders: seeds score as recorded on the materialized copy, wrong outputs score 0 with an
error, data is deterministic, and a raw folder with a data.py is refused rather than scored on other data.

The AlgoTune tasks' seed is their reference algorithm; that it scores 1 within the task's recorded
`reference.spread`, that proofs/better* beat it by more than the spread and proofs/bad* score 0 is proven with
the held-out suite (tests/test_heldout_suite.py); here: their wrong outputs, data and timing protocol.
"""
from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from eft.errors import EftError
from eft.judge import CandidateError, algotune
from eft.paths import TASKS_DIR
from eft.tasks.materialize import generate_data
from eft.tasks.registry import load_evaluator, load_spec

SYMREG = ("symreg_oscillator", "symreg_population_growth", "symreg_reaction_kinetics")
ALGOTUNE = ("algotune_convolve2d", "algotune_polynomial_roots", "algotune_psd_cone_projection",
            "algotune_affine_transform", "algotune_fft_convolution")
TASKS = (*SYMREG, "function_minimization")  # the AlgoTune tasks are held out: tests/test_heldout_suite.py proves them
PROOF_PASSES = 1  # one timing pass where the margin is far above the timing noise keeps a test short


@pytest.fixture
def evaluate(task_evaluator):
    """`evaluate(task_id, program)` on the task's materialized copy."""
    return lambda task, program: task_evaluator(task)(program)


def variant(tmp_path: Path, task: str, old: str, new: str) -> Path:
    """The task's seed program with one exact edit (which must apply)."""
    source = (TASKS_DIR / task / "initial_program.py").read_text()
    assert old in source
    path = tmp_path / "candidate.py"
    path.write_text(source.replace(old, new))
    return path


@pytest.mark.parametrize("task", ALGOTUNE)
def test_algotune_seed_is_the_reference(task):
    """The seed is the reference algorithm, so its recorded speedup is 1 within a declared spread (the proofs of
    the held-out suite check the measured speedup against exactly these two values)."""
    spec = load_spec(TASKS_DIR / task)
    assert spec.reference_initial == 1.0 and spec.reference_spread is not None and spec.split == "heldout"


@pytest.mark.parametrize("task", TASKS)
def test_initial_program_scores_its_recorded_reference(evaluate, task):
    spec = load_spec(TASKS_DIR / task)
    result = evaluate(task, spec.initial_program)
    assert "error" not in result, result
    assert result["combined_score"] > 0 and math.isfinite(result["combined_score"])
    value = result[spec.metric]
    assert value == pytest.approx(spec.reference_initial, rel=1e-3)
    if spec.reference_best_known is not None:
        assert (value > spec.reference_best_known) == (spec.direction == "lower")


def test_symreg_better_structure_scores_higher(evaluate, tmp_path):
    seed = evaluate("symreg_oscillator", TASKS_DIR / "symreg_oscillator" / "initial_program.py")
    true_law = variant(tmp_path, "symreg_oscillator", "np.abs(x) ** 1.0", "np.abs(x) ** 2.0")
    true_law.write_text(true_law.read_text().replace("np.cos(1.0 * t)", "np.cos(1.3 * t)"))
    fitted = evaluate("symreg_oscillator", true_law)
    assert fitted["nmse_id"] < 1e-8 < seed["nmse_id"]
    assert fitted["combined_score"] > seed["combined_score"]


@pytest.mark.parametrize("task, old, new, message", [
    ("symreg_oscillator", "return restoring + damping + forcing", "return np.full_like(x, np.nan)", "NaN"),
    ("symreg_oscillator", "return restoring + damping + forcing", "return params[0]", "shape"),
    ("symreg_reaction_kinetics", "return reaction + catalysis", "raise RuntimeError('boom')", "boom"),
    ("function_minimization", "    return best\n", "    return np.array([np.nan, 0.0])\n", "NaN"),
    ("function_minimization", "    return best\n", "    return np.array([9.0, 0.0])\n", "outside"),
    ("function_minimization", "    return best\n", "    return (best[0], best[1], best_value)\n", "shape"),
])
def test_wrong_output_scores_zero_with_error(evaluate, tmp_path, task, old, new, message):
    result = evaluate(task, variant(tmp_path, task, old, new))
    assert result["combined_score"] == 0.0
    assert message in result["error"] and "\n" not in result["error"]


CONVOLVE = 'mode="full", boundary="fill", fillvalue=0.0)'
ROOTS = 'return np.sort(np.roots(problem["coefficients"]).real)[::-1]'
PSD = "return eigenvectors @ np.diag(eigenvalues) @ eigenvectors.T"
AFFINE = 'order=3, mode="constant", cval=0.0)'
FFT = 'mode=problem["mode"])'


@pytest.mark.parametrize("task, old, new, message", [
    ("algotune_convolve2d", CONVOLVE, 'mode="same", boundary="fill", fillvalue=0.0)', "has shape"),
    ("algotune_convolve2d", CONVOLVE, CONVOLVE + ' * float("nan")', "NaN or infinite"),
    ("algotune_convolve2d", CONVOLVE, CONVOLVE + " * 1e308 * 10", "NaN or infinite"),  # overflows to inf
    ("algotune_convolve2d", CONVOLVE, CONVOLVE + " * (1 + 1e-7)", "differs from the reference"),
    ("algotune_convolve2d", CONVOLVE, CONVOLVE + '.astype("float32")', "differs from the reference"),
    ("algotune_convolve2d", CONVOLVE, CONVOLVE + ".tolist()[:-1]", "has shape"),
    ("algotune_polynomial_roots", ROOTS, 'return np.sort(np.roots(problem["coefficients"]).real)',
     "differs from the reference"),
    ("algotune_polynomial_roots", ROOTS, 'return np.roots(problem["coefficients"])', "has shape"),  # complex
    ("algotune_polynomial_roots", ROOTS, ROOTS + " * np.inf", "NaN or infinite"),
    ("algotune_polynomial_roots", ROOTS, ROOTS + " + 1e-7", "differs from the reference"),
    ("algotune_polynomial_roots", ROOTS, "return {'roots': 1}", "numeric array"),
    ("algotune_psd_cone_projection", "eigenvalues = np.maximum(eigenvalues, 0.0)", "pass",
     "not positive semidefinite"),
    ("algotune_psd_cone_projection", PSD, PSD + " + np.triu(np.full(problem['A'].shape, 1e-6), 1)",
     "not symmetric"),
    ("algotune_psd_cone_projection", "eigenvalues = np.maximum(eigenvalues, 0.0)",
     "eigenvalues = np.maximum(eigenvalues, 0.0) * 0.999", "not the nearest PSD matrix"),
    ("algotune_psd_cone_projection", PSD, PSD + " + 1e-7 * np.eye(len(eigenvalues))", "not the nearest"),
    ("algotune_psd_cone_projection", PSD, PSD + " * np.nan", "NaN or infinite"),
    ("algotune_psd_cone_projection", PSD, "return (eigenvectors @ np.diag(eigenvalues) @ eigenvectors.T)[1:]",
     "has shape"),
    ("algotune_affine_transform", AFFINE, 'order=1, mode="constant", cval=0.0)', "differs from the reference"),
    ("algotune_affine_transform", AFFINE, 'order=3, mode="nearest", cval=0.0)', "differs from the reference"),
    ("algotune_affine_transform", AFFINE, AFFINE + "[:, :-1]", "has shape"),
    ("algotune_affine_transform", AFFINE, AFFINE + ' * float("nan")', "NaN or infinite"),
    ("algotune_fft_convolution", FFT, 'mode="full")', "has shape"),  # right only for the "full" instances
    ("algotune_fft_convolution", FFT, FFT + " * (1 + 1e-7)", "differs from the reference"),
    ("algotune_fft_convolution", FFT, FFT + " * -float('inf')", "NaN or infinite"),
])
def test_algotune_wrong_output_scores_zero_with_error(evaluate, tmp_path, task, old, new, message):
    result = evaluate(task, variant(tmp_path, task, old, new))
    assert result["combined_score"] == 0.0, result
    assert message in result["error"] and "\n" not in result["error"], result


def test_algotune_slow_candidate_is_timed_once(evaluate, tmp_path):
    """A candidate several times slower than the reference gets one pass: its score stays far below 1."""
    slow = variant(tmp_path, "algotune_polynomial_roots", ROOTS, "sum(i * i for i in range(2_000_000)); " + ROOTS)
    result = evaluate("algotune_polynomial_roots", slow)
    assert "error" not in result, result
    assert result["passes"] == 1.0 and result["speedup"] < 1 / algotune.SLOW, result


def test_algotune_background_work_cannot_slow_the_reference(evaluate, tmp_path, monkeypatch):
    """A candidate that keeps memory-bound threads running is paused between its own calls, so it cannot
    make the reference look slow, and its threads' CPU time counts as its own: it scores below the seed."""
    burner = tmp_path / "burner.py"
    source = (TASKS_DIR / "algotune_psd_cone_projection" / "initial_program.py").read_text()
    burner.write_text(source.replace("# EVOLVE-BLOCK-START\n", """# EVOLVE-BLOCK-START
import threading


def _burn():
    block = np.ones(1 << 22)
    while True:
        np.copyto(block, block[::-1])


for _ in range(2):
    threading.Thread(target=_burn, daemon=True).start()
"""))
    monkeypatch.setattr(algotune, "PASSES", PROOF_PASSES)
    monkeypatch.setattr(algotune, "MAX_PASSES", PROOF_PASSES)
    result = evaluate("algotune_psd_cone_projection", burner)
    spec = load_spec(TASKS_DIR / "algotune_psd_cone_projection")
    assert "error" not in result, result
    assert result["speedup"] < 1 - spec.reference_spread, result


def test_algotune_close_check_is_relative_at_every_scale():
    check = algotune.close_check(rtol=1e-9, atol=1e-9)
    rng = np.random.default_rng(0)
    for scale in (1e-300, 1e-8, 1.0, 1e8, 1e300):
        want = rng.standard_normal(50) * scale
        check({}, want.tolist(), (want * (1 + 1e-12)).tolist(), "x")
        with pytest.raises(CandidateError, match="x: output differs from the reference"):
            check({}, want.tolist(), (want * (1 + 1e-7)).tolist(), "x")
    with pytest.raises(CandidateError, match="has shape"):
        check({}, [1.0, 2.0], [1.0, 2.0, 3.0], "x")


def test_algotune_paired_speedup_is_robust_to_outlier_pairs():
    groups = [[2.0] * 8, [2.0] * 8]
    assert algotune.paired_speedup(groups) == 2.0 and algotune.score_noise(groups) == 0.0
    groups[0][:3] = [0.2, 0.5, 50.0]  # pairs that a preemption hit on one side
    assert algotune.paired_speedup(groups) == 2.0
    assert algotune.paired_speedup([[1.0] * 5, [4.0] * 5]) == pytest.approx(1.6)  # harmonic mean of groups
    noisy = np.exp(np.random.default_rng(0).normal(0.0, 0.1, (3, 400)))
    assert 0.5 * 0.1 / np.sqrt(1200) < algotune.score_noise(noisy) < 2 * 0.1 * 1.26 / np.sqrt(1200)


@pytest.mark.parametrize("task", (*SYMREG, *ALGOTUNE))
def test_data_generation_is_deterministic(tmp_path, task):
    def files(seed: int, name: str) -> dict[str, bytes]:
        out = tmp_path / name
        generate_data(TASKS_DIR / task, out, seed)
        return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}

    first = files(7, "a")
    assert first and first == files(7, "b")
    assert first != files(8, "c")


def test_evaluator_reads_the_copy_data_and_refuses_a_raw_folder(task_copy, task_evaluator):
    task = task_evaluator("symreg_oscillator").task
    assert task.dir == task_copy("symreg_oscillator").resolve() and (task.data_dir / "train.csv").is_file()
    assert task.limits.call_s == 20 and task.limits.mem_mb == 2048
    with pytest.raises(EftError, match="has a data.py but no data/"):
        load_evaluator(TASKS_DIR / "symreg_oscillator")
