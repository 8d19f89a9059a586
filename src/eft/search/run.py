"""Run one search and write its outputs: `out_dir/trace.jsonl`, `best_program.<py|cpp>`, `summary.json` (last).

The work dir holds OpenEvolve's checkpoints, logs and live trace. A rerun with the same work dir resumes
from the latest complete checkpoint and runs up to `search.iterations` in total; a work dir already past
that only has its outputs rewritten (from the iterations up to the target).

Failures: an operator that never answered (endpoint down after its retries) is an error; a model that
answered but never produced a usable edit is a result (a flat curve); a run stopped by a signal is an
error that a rerun resumes. A broken task (`TaskFailed`: a missing file, an evaluator failing on the
initial program) is an error, or with `record_task_failure` (the workflow's choice) a result: summary
status "failed: <reason>", no trace rows, so the other runs and the tables go on.

`run_served` runs several searches of one model against one server started for them (`eft search served`,
`eft.operators.server`): each search is an `eft search run` process whose hf operator has the server as its
endpoint, so its outputs are exactly those of `eft search run`, and the server batches the searches' requests.
"""
from __future__ import annotations

import concurrent.futures
import contextlib
import json
import logging
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eft.config.keys import result_part
from eft.errors import EftError, TaskFailed, one_line
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


# Several searches of one model against one server it shares (`eft search served`).

@dataclass(frozen=True)
class ServedRun:
    """One search of a served job (an entry of RUNS.json)."""
    task_dir: str
    seed: int
    out_dir: str
    work_dir: str

    @property
    def label(self) -> str:
        return f"{Path(self.task_dir).name} seed {self.seed}"


def read_runs(source: str) -> list[ServedRun]:
    """RUNS.json (a file, or the JSON list itself): a list of {task_dir, seed, out_dir, work_dir}."""
    try:
        data = json.loads(source if source.lstrip().startswith("[") else Path(source).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EftError(f"--runs {source[:80]}: cannot read the list of searches ({one_line(exc)})") from None
    fields = ("task_dir", "seed", "out_dir", "work_dir")
    if not isinstance(data, list) or not data:
        raise EftError("--runs must be a non-empty JSON list of {task_dir, seed, out_dir, work_dir}")
    runs = []
    for i, entry in enumerate(data):
        if not isinstance(entry, dict) or set(entry) != set(fields) or isinstance(entry["seed"], bool) \
                or not isinstance(entry["seed"], int):
            raise EftError(f"--runs entry {i} must have exactly {', '.join(fields)} (seed an integer): {entry!r}")
        runs.append(ServedRun(str(entry["task_dir"]), entry["seed"], str(entry["out_dir"]), str(entry["work_dir"])))
    if len({r.out_dir for r in runs}) < len(runs) or len({r.work_dir for r in runs}) < len(runs):
        raise EftError("--runs: two searches share an out_dir or a work_dir")
    return runs


def finished(run: ServedRun, iterations: int) -> bool:
    """Whether the run's outputs are complete (summary.json is written last), so it need not run again."""
    out = Path(run.out_dir)
    if not (out / SUMMARY_NAME).is_file() or not (out / TRACE_NAME).is_file():
        return False
    try:
        summary = RunSummary.read(out / SUMMARY_NAME)
    except EftError:
        return False
    return not summary.ok or summary.iterations == iterations


class Interrupted(Exception):
    """SIGTERM or SIGINT while searches run: they are stopped and resume from their checkpoints on a rerun."""


@contextlib.contextmanager
def _signals_raise() -> Iterator[None]:
    def handler(signum, frame):
        raise Interrupted(signal.Signals(signum).name)

    old = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, previous in old.items():
            signal.signal(sig, previous)


class _Children:
    """The search processes of a served job: each one's output goes to stderr, prefixed with its label."""

    def __init__(self):
        self.live: set[subprocess.Popen] = set()
        self.lock = threading.Lock()
        self.stopping = False

    def run(self, label: str, argv: list[str]) -> tuple[int, str]:
        """(exit code, last line of output) of one `eft search run`."""
        with self.lock:
            if self.stopping:
                return 1, "not started: the job was stopped"
            proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT, text=True, errors="replace", bufsize=1)
            self.live.add(proc)
        last = ""
        try:
            for line in proc.stdout:
                sys.stderr.write(f"[{label}] {line}")
                last = line.strip() or last
            return proc.wait(), last
        finally:
            with self.lock:
                self.live.discard(proc)

    def stop(self) -> None:
        """SIGTERM to every running search (each checkpoints and exits), then wait for them."""
        with self.lock:
            self.stopping, live = True, list(self.live)
        for proc in live:
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(signal.SIGTERM)
        for proc in live:
            proc.wait()


def run_served(runs: list[ServedRun], strategy: str, cfg: dict[str, Any], search_ops: dict[str, Any],
               serving: dict[str, Any], model_dir: str, model_name: str, record_task_failure: bool = False) -> int:
    """Serve `model_dir` as `model_name` with `serving["command"]`, run every unfinished search of `runs` through
    it (`eft search run` with the hf operator and the server as its endpoint, an operational setting, so each
    run has the identity of its in-process twin; `serving["parallel"]` at a time), stop the server; returns how
    many searches ran. `cfg` is `eft search run`'s {search, operator, seed}; `serving` holds command,
    startup_timeout_s, stop_timeout_s, parallel and request (timeout_s, retries, retry_backoff_s). EftError
    naming the searches that failed (the others keep their outputs)."""
    from eft.operators.server import ModelServer

    todo = [run for run in runs if not finished(run, cfg["search"]["iterations"])]
    if len(todo) < len(runs):
        print(f"{len(runs) - len(todo)} of {len(runs)} searches already finished", file=sys.stderr)
    if not todo:
        return 0
    request, operator = serving["request"], {**cfg["operator"], "name": cfg["operator"].get("name") or model_name}
    if operator["name"] != model_name or operator.get("kind") != "hf":
        raise EftError(f"--cfg operator must be kind hf named {model_name!r} (the served name), "
                       f"got kind {operator.get('kind')!r} named {operator['name']!r}")
    child_cfg = json.dumps({"search": cfg["search"], "operator": operator, "seed": cfg["seed"]})
    children, failed = _Children(), []
    with tempfile.TemporaryDirectory(prefix="eft-served-") as tmp, _signals_raise(), \
            ModelServer(serving["command"], model_dir, model_name, serving["startup_timeout_s"],
                        serving["stop_timeout_s"]) as server:
        endpoint = {"api_base": server.api_base, "api_key_env": None, "timeout_s": request["timeout_s"],
                    "retries": request["retries"], "retry_backoff_s": request["retry_backoff_s"]}
        ops = Path(tmp) / "ops.json"
        ops.write_text(json.dumps({"served": {"search": search_ops, "operator": {"endpoint": endpoint}}}))

        def one(run: ServedRun) -> tuple[ServedRun, int, str]:
            argv = [sys.executable, "-m", "eft.cli", "search", "run", "--task-dir", run.task_dir, "--strategy",
                    strategy, "--seed", str(run.seed), "--cfg", child_cfg, "--ops", str(ops), "--ops-key", "served",
                    "--model", str(model_dir), "--work-dir", run.work_dir, "--out-dir", run.out_dir]
            return (run, *children.run(run.label, argv + (["--record-task-failure"] if record_task_failure else [])))

        pool = concurrent.futures.ThreadPoolExecutor(max_workers=serving["parallel"])
        try:
            for run, code, last in pool.map(one, todo):
                if code != 0:
                    failed.append(f"{run.label} ({one_line(last, 200)})")
        except Interrupted as exc:
            children.stop()
            raise EftError(f"stopped by {exc}; a rerun resumes the searches from their checkpoints") from None
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    if failed:
        raise EftError(f"{len(failed)} of {len(todo)} searches failed: {'; '.join(failed)}")
    return len(todo)
