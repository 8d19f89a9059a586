"""Numeric task folders: seeds score as recorded on the materialized copy, wrong outputs score 0 with an
error, data is deterministic, and a raw folder with a data.py is refused rather than scored on other data."""
from __future__ import annotations

import math
from pathlib import Path

import pytest

from eft.errors import EftError
from eft.paths import TASKS_DIR
from eft.tasks.materialize import generate_data
from eft.tasks.registry import load_evaluator, load_spec

SYMREG = ("symreg_oscillator", "symreg_population_growth", "symreg_reaction_kinetics")
ALGOTUNE = ("algotune_convolve2d", "algotune_polynomial_roots")
TASKS = (*SYMREG, *ALGOTUNE, "function_minimization")
TIMING_BAND = 4.0  # speedups are wall-clock ratios: on a busy machine they drift by this factor at most


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


@pytest.mark.parametrize("task", TASKS)
def test_initial_program_scores_its_recorded_reference(evaluate, task):
    spec = load_spec(TASKS_DIR / task)
    result = evaluate(task, spec.initial_program)
    assert "error" not in result, result
    assert result["combined_score"] > 0 and math.isfinite(result["combined_score"])
    value = result[spec.metric]
    if task in ALGOTUNE:
        assert spec.reference_initial / TIMING_BAND < value < spec.reference_initial * TIMING_BAND
    else:
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
    ("algotune_convolve2d", "PAD_FACTOR = 3.0", "PAD_FACTOR = 0.9", "shape"),
    ("algotune_convolve2d", "return np.fft.ifft2(spectrum).real[:rows, :cols]",
     "return np.fft.ifft2(spectrum).real[:rows, :cols] * np.nan", "NaN"),
    ("algotune_convolve2d", "return np.fft.ifft2(spectrum).real[:rows, :cols]",
     "return np.fft.ifft2(spectrum).real[:rows, :cols] + 1e-3", "differs"),
    ("algotune_polynomial_roots", "return np.sort(roots.real)[::-1]", "return np.sort(roots.real)", "differs"),
    ("function_minimization", "    return best\n", "    return np.array([np.nan, 0.0])\n", "NaN"),
    ("function_minimization", "    return best\n", "    return np.array([9.0, 0.0])\n", "outside"),
    ("function_minimization", "    return best\n", "    return (best[0], best[1], best_value)\n", "shape"),
])
def test_wrong_output_scores_zero_with_error(evaluate, tmp_path, task, old, new, message):
    result = evaluate(task, variant(tmp_path, task, old, new))
    assert result["combined_score"] == 0.0
    assert message in result["error"] and "\n" not in result["error"]


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
