"""A task proves its evaluator: the contract every held-out task passes (`eft tasks validate`).

On a copy materialized with the experiment seed (0, the default experiment's, as `reference.initial`):
1. the seed program scores validly, and its metric is `reference.initial`;
2. two evaluations of the seed agree: exactly, or for a timing task (`reference.spread`) within the spread;
3. every `proofs/better*` program scores validly and strictly better than the seed, on the metric in the
   task's `direction` and on `combined_score` (a timing task must beat the seed by more than its spread);
4. every `proofs/bad*` program scores `combined_score` 0 with a one-line `error`;
5. task.yaml's `combined_score` formula gives the evaluator's `combined_score` on every valid result.
A GPU task without a device is reported as skipped, never as proven.

Why these: a seed that does not score, an evaluator that cannot tell better from worse, or a direction or
normalisation that disagrees with the judge all produce trajectories whose labels are wrong; each check
catches one of these before any search runs.
"""
from __future__ import annotations

import math
import multiprocessing
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from eft.errors import EftError, first_line
from eft.metrics import is_number
from eft.tasks.formula import evaluate_formula
from eft.tasks.materialize import materialized
from eft.tasks.registry import LoadedEvaluator, TaskSpec, load_evaluator

PROOFS_DIRNAME = "proofs"
# deterministic metrics must agree to rounding: the same program on the same data gives the same bytes
EXACT_RTOL = 1e-9
FORMULA_RTOL = 1e-9


@dataclass
class ProofReport:
    """What one task's proofs found: `problems` (each one line), `skipped` (why nothing was proven), and
    the evaluations, with their wall times, for the closing table."""

    task: str
    metric: str = ""
    problems: list[str] = field(default_factory=list)
    skipped: str | None = None
    scores: dict[str, Any] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def proof_programs(spec: TaskSpec, kind: str) -> list[Path]:
    """`proofs/<kind>*` files in the task's language, sorted by name."""
    suffix = ".cpp" if spec.language == "cpp" else ".py"
    folder = spec.path / PROOFS_DIRNAME
    return sorted(p for p in folder.glob(f"{kind}*{suffix}") if p.is_file()) if folder.is_dir() else []


def _close(a: float, b: float, rtol: float) -> bool:
    return abs(a - b) <= rtol * max(abs(a), abs(b), 1e-300)


def _better(a: float, b: float, direction: str) -> bool:
    """Is metric `a` strictly better than `b`?"""
    return a > b if direction == "higher" else a < b


def _margin(a: float, b: float, direction: str, spread: float) -> bool:
    """Is `a` better than `b` by more than the relative spread (0 for deterministic tasks)?"""
    gain = (a - b) if direction == "higher" else (b - a)
    return gain > spread * abs(b)


class _Prover:
    def __init__(self, spec: TaskSpec, evaluator: LoadedEvaluator, report: ProofReport):
        self.spec, self.evaluator, self.report = spec, evaluator, report

    def problem(self, text: str) -> None:
        self.report.problems.append(text)

    def run(self, label: str, program: Path) -> dict | None:
        started = time.perf_counter()
        try:
            result = self.evaluator(program)
        except Exception as exc:  # noqa: BLE001 - an evaluator bug is a proof failure, reported in one line
            self.problem(f"{label}: evaluator raised {type(exc).__name__}: {first_line(exc)}")
            return None
        finally:
            self.report.seconds[label] = round(time.perf_counter() - started, 3)
        if not isinstance(result, dict):
            self.problem(f"{label}: evaluator returned {type(result).__name__}, not a dict")
            return None
        self.report.scores[label] = {k: v for k, v in result.items() if is_number(v) or k == "error"}
        return result

    def valid_metric(self, label: str, result: dict | None) -> float | None:
        """The metric of a result that must be valid, or None after recording why it is not."""
        if result is None:
            return None
        if "error" in result:
            self.problem(f"{label}: scored invalid: {first_line(str(result['error']))}")
            return None
        metric, combined = result.get(self.spec.metric), result.get("combined_score")
        if not is_number(metric):
            self.problem(f"{label}: metric {self.spec.metric!r} is missing or not a finite number ({metric!r})")
            return None
        if not is_number(combined):
            self.problem(f"{label}: combined_score is missing or not a finite number ({combined!r})")
            return None
        self.check_formula(label, result)
        return float(metric)

    def check_formula(self, label: str, result: dict) -> None:
        formula = self.spec.combined_formula
        if formula is None:
            return
        try:
            expected = evaluate_formula(formula, result)
        except EftError as exc:
            self.problem(f"{label}: combined_score formula: {exc}")
            return
        if not _close(expected, float(result["combined_score"]), FORMULA_RTOL):
            self.problem(f"{label}: combined_score {result['combined_score']!r} differs from task.yaml's "
                         f"{formula!r} = {expected!r}")

    def seed(self) -> tuple[float, float] | None:
        """Checks 1 and 2; the seed's (metric, combined_score) or None."""
        spec = self.spec
        first = self.valid_metric("seed", self.run("seed", spec.initial_program))
        second = self.valid_metric("seed (again)", self.run("seed (again)", spec.initial_program))
        if first is None or second is None:
            return None
        spread = spec.reference_spread
        if spread is None and not _close(first, second, EXACT_RTOL):
            self.problem(f"seed: two evaluations differ ({first!r} vs {second!r}) and task.yaml declares no "
                         "reference.spread")
        elif spread is not None and not _close(first, second, spread):
            self.problem(f"seed: two evaluations differ by more than reference.spread {spread:g} "
                         f"({first!r} vs {second!r})")
        ref = spec.reference_initial
        if ref is None:
            self.problem("task.yaml: reference.initial is null; a held-out seed must state its score")
        elif not _close(first, ref, EXACT_RTOL if spread is None else spread):
            self.problem(f"seed: metric {spec.metric} = {first!r}, task.yaml reference.initial = {ref!r}"
                         + (f" (spread {spread:g})" if spread is not None else ""))
        combined = self.report.scores["seed"]["combined_score"]
        return first, float(combined)

    def better(self, seed_metric: float, seed_combined: float) -> None:
        spec, spread = self.spec, self.spec.reference_spread or 0.0
        for program in proof_programs(spec, "better"):
            label = f"{PROOFS_DIRNAME}/{program.name}"
            metric = self.valid_metric(label, self.run(label, program))
            if metric is None:
                continue
            combined = float(self.report.scores[label]["combined_score"])
            if not _margin(metric, seed_metric, spec.direction, spread):
                self.problem(f"{label}: {spec.metric} = {metric!r} is not better ({spec.direction}) than the "
                             f"seed's {seed_metric!r}" + (f" by more than the spread {spread:g}" if spread else ""))
            elif not combined > seed_combined:
                self.problem(f"{label}: {spec.metric} is better but combined_score {combined!r} is not above "
                             f"the seed's {seed_combined!r}: direction or normalisation disagree with the judge")

    def bad(self) -> None:
        for program in proof_programs(self.spec, "bad"):
            label = f"{PROOFS_DIRNAME}/{program.name}"
            result = self.run(label, program)
            if result is None:
                continue
            error, combined = result.get("error"), result.get("combined_score")
            if combined != 0.0 or isinstance(combined, bool):
                self.problem(f"{label}: a known-bad program scored combined_score {combined!r}, expected 0.0")
            elif not (isinstance(error, str) and error.strip() and "\n" not in error.strip()):
                self.problem(f"{label}: scored 0 without a one-line error ({error!r})")


def _cuda_available() -> bool:
    try:
        from eft.kernels.timing import device_name
    except ImportError:
        return False
    return device_name() is not None


def prove(spec: TaskSpec, experiment_seed: int = 0, require_proofs: bool | None = None) -> ProofReport:
    """Run the proofs of one task. `require_proofs` (default: every task, training and held out alike) makes
    a missing `proofs/better*`, `proofs/bad*` or `combined_score` formula a problem."""
    report = ProofReport(spec.id, spec.metric)
    required = True if require_proofs is None else require_proofs
    with materialized(spec, experiment_seed) as task_dir:
        # the proofs are read from the copy too (a family member's come from its family's folder): they are
        # evaluated exactly as the DAG would see them
        copy = replace(spec, path=Path(task_dir))
        if required:  # checked without a GPU too, so a GPU task's missing proof shows on every machine
            if not proof_programs(copy, "better"):
                report.problems.append(f"no {PROOFS_DIRNAME}/better* program (a solution that beats the seed)")
            if not proof_programs(copy, "bad"):
                report.problems.append(f"no {PROOFS_DIRNAME}/bad* program (a wrong answer the judge must reject)")
            if spec.combined_formula is None:
                report.problems.append(
                    "task.yaml: no combined_score formula (how combined_score follows from the metrics)")
        if spec.requires_gpu and not _cuda_available():
            report.skipped = "skipped: no CUDA device"
        else:
            prover = _Prover(copy, load_evaluator(task_dir), report)
            seed = prover.seed()
            if seed is not None:
                prover.better(*seed)
            prover.bad()
    report.problems = [f"{spec.id}: {p}" for p in report.problems]
    return report


def prove_many(specs: list[TaskSpec], experiment_seed: int = 0, jobs: int = 1) -> Iterator[ProofReport]:
    """`prove` each task, in order, `jobs` at a time in fresh processes (each proof is one sandboxed run
    after another, so a second core halves the suite's wall time)."""
    if jobs <= 1:
        yield from (prove(spec, experiment_seed) for spec in specs)
        return
    context = multiprocessing.get_context("spawn")  # no fork of a process that may hold threads
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        yield from pool.map(prove, specs, [experiment_seed] * len(specs))


def format_report(report: ProofReport) -> str:
    """One line per task: proven (with the seed's metric and evaluation time), skipped, or its problems."""
    if report.problems:
        return "\n".join(report.problems)
    if report.skipped:
        return f"{report.task}: {report.skipped}"
    seed = report.scores.get("seed", {})
    return (f"{report.task}: proven (seed {report.metric} = {seed.get(report.metric)!r}, "
            f"{len(report.seconds)} evaluations, seed {report.seconds.get('seed', math.nan):.1f} s, "
            f"all {sum(report.seconds.values()):.1f} s)")
