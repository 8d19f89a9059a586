"""Run one search and write its outputs: `out_dir/trace.jsonl`, `best_program.<py|cpp>`, `summary.json` (last).

The work dir holds OpenEvolve's checkpoints, logs and live trace. A rerun with the same work dir resumes
from the latest complete checkpoint and runs up to `search.iterations` in total; a work dir already past
that only has its outputs rewritten (from the iterations up to the target).

Failures: an operator that never answered (endpoint down after its retries) is an error; a model that
answered but never produced a usable edit is a result (a flat curve); a run stopped by a signal is an
error that a rerun resumes. A broken task (`TaskFailed`: a missing file, an evaluator failing on the
initial program) is an error, or with `record_task_failure` (the workflow's choice) a result: summary
status "failed: <reason>", no trace rows, so the other runs and the tables go on.
"""
from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from eft.config.keys import result_part
from eft.errors import EftError, TaskFailed
from eft.io import atomic_write_text, fingerprint, read_json, write_jsonl
from eft.search.controller import run_controller
from eft.search.oe_config import STRATEGIES, build_config
from eft.search.summary import (
    SUMMARY_NAME,
    TRACE_NAME,
    RunSummary,
    best_and_curve,
    fill_parent_code,
)
from eft.search.workdir import (
    FAILURES,
    INITIAL,
    TRACE,
    prepare,
    read_records,
)
from eft.seeds import derive_seed
from eft.tasks.registry import TaskSpec, load_spec

log = logging.getLogger(__name__)
NO_ANSWER = ("LLM generation failed", "LLM returned None")
# Settings that say which rows to run, not how a run goes: never part of a run's identity.
NOT_IDENTITY = ("iterations", "strategies", "seeds")


def search_seed(experiment_seed: int, task_id: str, strategy: str, replicate: int) -> int:
    """OpenEvolve's random_seed: independent across tasks, strategies and replicates, equal across
    operators (so a base model and its fine-tuned version are compared on the same draws)."""
    return derive_seed("search", experiment_seed, task_id, strategy, replicate)


def gpu_available() -> bool:
    try:
        from eft.kernels.timing import available
    except ImportError:
        return False
    return bool(available())


def _header(spec: TaskSpec, strategy: str, replicate: int, operator: dict[str, Any]) -> RunSummary:
    return RunSummary(task=spec.id, domain=spec.domain, direction=spec.direction, metric=spec.metric,
                      language=spec.language, strategy=strategy, seed=replicate, operator=operator["name"],
                      operator_kind=operator["kind"])


def _fail_if_operator_never_answered(work_dir: Path, after: int, operator: dict[str, Any], message: str):
    errors = [r.get("error") or "" for r in read_records(work_dir / FAILURES) if r["iteration"] > after]
    if errors and all(e.startswith(NO_ANSWER) for e in errors):
        last = errors[-1].splitlines()[0] if errors[-1] else message
        raise EftError(f"operator {operator['name']!r} answered none of {len(errors)} requests "
                       f"(retries: {(operator.get('endpoint') or {}).get('retries')}); last error: {last}")
    log.warning("no iteration produced a usable child: %s", message.splitlines()[0])


def _write_unscored(summary: RunSummary, out_dir: Path, status: str, started: float) -> RunSummary:
    """Outputs of a run that has no result to show (skipped or failed): empty trace, summary with `status`."""
    summary.status, summary.wall_s = status, round(time.monotonic() - started, 3)
    atomic_write_text(out_dir / TRACE_NAME, "")
    summary.write(out_dir / SUMMARY_NAME)
    return summary


def _inputs(spec: TaskSpec, operator: dict[str, Any]) -> str:
    """Fingerprint of the task folder and of the operator's local model folder."""
    local = [operator["path"]] if operator.get("path") and Path(operator["path"]).exists() else []
    return fingerprint(spec.path, *local)


def run_search(task_dir: Path, strategy: str, replicate: int, operator: dict[str, Any], search: dict[str, Any],
               experiment_seed: int, work_dir: Path, out_dir: Path, record_task_failure: bool = False
               ) -> RunSummary:
    """Run (or resume) the search and write its outputs; returns the summary.

    `operator` and `search` are config sections; their operational keys (`eft.config.keys`) steer the run
    (checkpoints, workers, the endpoint) but are not part of its identity, so changing them resumes."""
    started = time.monotonic()
    try:
        return _run_search(task_dir, strategy, replicate, operator, search, experiment_seed, work_dir, out_dir,
                           started)
    except TaskFailed as exc:
        if not record_task_failure:
            raise
        log.error("%s", exc)
        summary = _header(load_spec(Path(task_dir)), strategy, replicate, operator)
        return _write_unscored(summary, Path(out_dir), f"failed: {exc}", started)


def _run_search(task_dir: Path, strategy: str, replicate: int, operator: dict[str, Any], search: dict[str, Any],
                experiment_seed: int, work_dir: Path, out_dir: Path, started: float) -> RunSummary:
    spec = load_spec(Path(task_dir))
    for path in (spec.initial_program, spec.evaluator):
        if not path.is_file():
            raise TaskFailed(f"task {spec.id}: missing {path.name} in {spec.path}")
    if strategy not in STRATEGIES:
        raise EftError(f"unknown strategy {strategy!r} (expected {' or '.join(STRATEGIES)})")
    work_dir, out_dir = Path(work_dir), Path(out_dir)
    summary = _header(spec, strategy, replicate, operator)
    if spec.requires_gpu and not gpu_available():
        return _write_unscored(summary, out_dir, "skipped: no CUDA device", started)

    target, seed = search["iterations"], search_seed(experiment_seed, spec.id, strategy, replicate)
    identity = {"task": spec.id, "strategy": strategy, "seed": replicate, "search_seed": seed,
                "operator": result_part("search.operator", operator),
                "search": {k: v for k, v in result_part("search", search).items() if k not in NOT_IDENTITY}}
    checkpoint = prepare(work_dir, identity, _inputs(spec, operator))
    done = checkpoint.iteration if checkpoint else 0
    if done < target:
        config = build_config(spec, strategy, seed, operator, search, work_dir)
        controller = run_controller(spec, config, work_dir, target - done, checkpoint.path if checkpoint else None)
        if controller.no_candidates:
            _fail_if_operator_never_answered(work_dir, done, operator, controller.no_candidates)
        if not controller.completed:
            raise EftError(f"search stopped before iteration {target}; rerun to resume from {work_dir}")

    initial = {**read_json(work_dir / INITIAL), "code": spec.initial_program.read_text(encoding="utf-8")}
    records = fill_parent_code(initial, read_records(work_dir / TRACE, target))
    best, curve = best_and_curve(initial, records, target, spec.metric)
    code_name = "best_program" + spec.initial_program.suffix
    atomic_write_text(out_dir / code_name, best["code"])
    write_jsonl(out_dir / TRACE_NAME, records)
    summary.iterations, summary.failed_iterations = target, len(read_records(work_dir / FAILURES, target))
    summary.best = {"program_id": best["program_id"], "combined_score": curve[-1]["best_combined_score"],
                    "metrics": best["metrics"], "code_path": code_name}
    summary.curve, summary.initial_metrics, summary.search_seed = curve, initial["metrics"], seed
    summary.wall_s = round(time.monotonic() - started, 3)
    summary.write(out_dir / SUMMARY_NAME)
    return summary
