"""OpenEvolve's controller with the hooks a resumable, reproducible search needs.

It records the evaluated initial program in the work dir (the trace only holds children), always
checkpoints the last iteration (OpenEvolve only checkpoints multiples of the interval), says whether
the run reached its end or was stopped by a signal (OpenEvolve returns normally in both cases), and
makes the run a function of its seed (see `eft.search.determinism`). OpenEvolve evaluates through
`eft.search.evaluator_guard`; a task evaluator that fails on the initial program stops the run.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from pathlib import Path
from typing import Iterator

from openevolve.controller import EvolutionFailedError, OpenEvolve

from eft.errors import TaskFailed, one_line
from eft.io import atomic_write_json
from eft.search import determinism
from eft.search.evaluator_guard import PREFIX, write_guard
from eft.search.workdir import IDENTITY, INITIAL
from eft.tasks.registry import TaskSpec


class SearchController(OpenEvolve):
    completed = False
    no_candidates: str | None = None  # OpenEvolve's message when no iteration produced a child

    def __init__(self, *args, draws: determinism.Draws, task_id: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.draws, self.task_id = draws, task_id
        determinism.hook_database(self.database, draws)

    async def _add_initial_program(self, code, iteration, target_island=None):
        self.draws.enter("initial", target_island)
        program = await super()._add_initial_program(code, iteration, target_island)
        error = program.metrics.get("error")
        if isinstance(error, str) and error.startswith(PREFIX):
            raise TaskFailed(f"task {self.task_id}: {error} (on the initial program; fix the task's evaluator.py)")
        if isinstance(error, str):  # every task proves its seed valid, so here the machine cannot run the task
            raise TaskFailed(f"task {self.task_id}: the initial program scored invalid on this machine: "
                             f"{one_line(error)}")
        if target_island is None:
            atomic_write_json(Path(self.output_dir) / INITIAL, {"program_id": program.id, "metrics": program.metrics})
        return program

    def _save_checkpoint(self, iteration):
        determinism.save_extra(self.database, Path(self.output_dir) / "checkpoints" / f"checkpoint_{iteration}")
        super()._save_checkpoint(iteration)

    def _load_checkpoint(self, checkpoint_path):
        super()._load_checkpoint(checkpoint_path)
        determinism.load_extra(self.database, Path(checkpoint_path))

    async def _run_evolution_with_checkpoints(self, start_iteration, max_iterations, target_score):
        determinism.hook_sampling(self.parallel_controller, self.draws)
        await super()._run_evolution_with_checkpoints(start_iteration, max_iterations, target_score)
        self.completed = not self.parallel_controller.shutdown_event.is_set()
        final = start_iteration + max_iterations - 1
        if self.completed and final % self.config.checkpoint_interval:
            self._save_checkpoint(final)


@contextlib.contextmanager
def restored_process_state() -> Iterator[None]:
    """Undo what OpenEvolve changes process-wide: root-logger handlers and level, SIGINT/SIGTERM handlers."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    signals = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for handler in [h for h in root.handlers if h not in handlers]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)
        for sig, handler in signals.items():
            signal.signal(sig, handler)


def run_controller(spec: TaskSpec, config, work_dir: Path, iterations: int,
                   checkpoint: Path | None) -> SearchController:
    """Build the controller and run `iterations` more iterations (from `checkpoint` if given)."""
    identity = (work_dir / IDENTITY).read_text(encoding="utf-8")  # program ids differ between settings
    evaluator = write_guard(spec.evaluator, work_dir)
    with restored_process_state(), determinism.seeded_run(config.random_seed, identity) as draws:
        controller = SearchController(str(spec.initial_program), str(evaluator), config, output_dir=str(work_dir),
                                      draws=draws, task_id=spec.id)
        try:
            asyncio.run(controller.run(iterations=iterations,
                                       checkpoint_path=str(checkpoint) if checkpoint else None))
        except EvolutionFailedError as exc:
            controller.no_candidates = str(exc)
    return controller
