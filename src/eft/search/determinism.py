"""Make one OpenEvolve 0.4.1 search a function of its search seed, so the offline operator gives identical
trajectories for the same config and seed, also across a checkpoint resume.

What OpenEvolve leaves to chance in the single-worker path, and what we do:
- Program ids are uuid4 (initial program in the controller, exploration/migration copies in the database,
  children in the worker). They become uuids hashed from (run identity, step, iteration, k), so they are
  stable across a resume and differ between runs with other settings: `openevolve.controller` and
  `openevolve.database` see a `uuid` shim while `seeded_run` is active, and a child is renamed as it
  enters the database (in the worker its id only named temp files and pending artifacts).
- The global `random` (parent, inspirations, diversity reference set, migration; in the worker, the prompt
  sampler's diverse programs) is seeded once per process,
  so a resumed run would restart its stream: `random` and numpy are re-seeded from (search seed, step,
  iteration) before each sampling (`submit`), each database insert and the migration after it (`add`),
  and in the worker before each iteration (`worker`).
- Islands and archive are sets of id strings whose iteration order depends on PYTHONHASHSEED and on the
  set's insert/delete history (a checkpoint reload does not replay it); sampling picks by position in
  `list(set)`. They become `SortedIterSet`s, which iterate in id order: no PYTHONHASHSEED is needed.
- After a reload, the programs dict follows `os.listdir` and the diversity reference set and cache are
  empty. `save_extra`/`load_extra` keep them next to the checkpoint (cache entries whose code has left
  the database are lost; a later identical child could then get another diversity bin).
- Evolution mode, model choice and per-request LLM seeds already derive from (seed, iteration) in 0.4.1.
- Result order: with `search.workers: 1` (OpenEvolve's `parallel_evaluations`) the one worker runs
  iterations in submission order and the controller takes them in that order. With more workers, the order results arrive in (and so the
  database each sampling sees) depends on timing: not reproducible.
Left: wall-clock fields (`timestamp`, `metadata.iteration_time`, `wall_s`) and evaluators whose
metrics are themselves nondeterministic (timings).
"""
from __future__ import annotations

import contextlib
import json
import random
import uuid
from pathlib import Path
from types import SimpleNamespace
from typing import Iterator

import numpy as np
from openevolve import controller as oe_controller
from openevolve import database as oe_database
from openevolve import process_parallel

from eft.seeds import derive_seed, seed_digest

EXTRA = "eft_state.json"
_ORIGINAL_WORKER = process_parallel._run_iteration_worker


def reseed(search_seed: int, *key) -> None:
    """Seed the global `random` and numpy from the search seed and a step key."""
    value = derive_seed("rng", search_seed, *key, bits=32)
    random.seed(value)
    np.random.seed(value)


class Draws:
    """The run's current step: seeds the RNGs on entry (from the search seed) and numbers the ids drawn
    within it (named by the run identity)."""

    def __init__(self, search_seed: int, identity: str):
        self.search_seed, self.identity, self.key, self.count = search_seed, identity, ("start",), 0

    def enter(self, *key) -> None:
        self.key, self.count = key, 0
        reseed(self.search_seed, *key)

    def program_id(self, *key) -> str:
        return str(uuid.UUID(bytes=seed_digest("id", self.identity, *key)[:16], version=4))

    def uuid4(self) -> uuid.UUID:
        self.count += 1
        return uuid.UUID(self.program_id(*self.key, self.count))


class SortedIterSet(set):
    """A set iterating in sorted order, so a position in `list(s)` depends on the members only."""

    def __iter__(self):
        return iter(sorted(set.__iter__(self)))


def seeded_iteration(iteration, db_snapshot, parent_id, inspiration_ids):
    """OpenEvolve's worker iteration with the RNGs seeded from (search seed, iteration)."""
    reseed(process_parallel._worker_config.random_seed, "worker", iteration)
    return _ORIGINAL_WORKER(iteration, db_snapshot, parent_id, inspiration_ids)


@contextlib.contextmanager
def seeded_run(search_seed: int, identity: str) -> Iterator[Draws]:
    """While active: derived ids in OpenEvolve's controller and database, seeded worker iterations."""
    draws = Draws(search_seed, identity)
    shim = SimpleNamespace(uuid4=draws.uuid4)
    saved = oe_controller.uuid, oe_database.uuid, process_parallel._run_iteration_worker
    oe_controller.uuid = oe_database.uuid = shim
    process_parallel._run_iteration_worker = seeded_iteration
    try:
        yield draws
    finally:
        oe_controller.uuid, oe_database.uuid, process_parallel._run_iteration_worker = saved


def sort_sets(database) -> None:
    """(Re)wrap islands and archive; a checkpoint load or an add's rollback puts plain sets back."""
    database.islands = [s if isinstance(s, SortedIterSet) else SortedIterSet(s) for s in database.islands]
    if not isinstance(database.archive, SortedIterSet):
        database.archive = SortedIterSet(database.archive)


def hook_database(database, draws: Draws) -> None:
    """Seed each child's insert (and the migration after it) and name the child by its iteration; keep
    the sets sorted. Only a worker's child comes with an iteration (initial program, migrants: none)."""
    add = database.add

    def seeded_add(program, iteration=None, target_island=None):
        if iteration is not None:
            draws.enter("add", iteration)
            program.id = draws.program_id("child", iteration)
        try:
            return add(program, iteration=iteration, target_island=target_island)
        finally:
            sort_sets(database)

    database.add = seeded_add
    sort_sets(database)


def hook_sampling(parallel_controller, draws: Draws) -> None:
    """Seed each iteration's parent and inspiration sampling by its iteration."""
    submit = parallel_controller._submit_iteration

    def seeded_submit(iteration, island_id=None):
        draws.enter("submit", iteration)
        return submit(iteration, island_id)

    parallel_controller._submit_iteration = seeded_submit


def save_extra(database, checkpoint_dir: Path) -> None:
    """What a reload would otherwise lose: program order, diversity reference set and cache."""
    codes = {hash(code): code for code in [p.code for p in database.programs.values()]
             + list(database.diversity_reference_set)}
    cache = [[codes[h], entry["value"]] for h, entry in database.diversity_cache.items() if h in codes]
    checkpoint_dir.mkdir(parents=True, exist_ok=True)
    (checkpoint_dir / EXTRA).write_text(json.dumps({
        "program_order": list(database.programs),
        "diversity_reference_set": list(database.diversity_reference_set),
        "diversity_cache": cache}))


def load_extra(database, checkpoint_dir: Path) -> None:
    path = checkpoint_dir / EXTRA
    if path.is_file():
        extra = json.loads(path.read_text())
        order = [pid for pid in extra["program_order"] if pid in database.programs]
        programs = dict(database.programs)
        database.programs.clear()
        database.programs.update({pid: programs.pop(pid) for pid in order})
        database.programs.update(programs)
        database.diversity_reference_set = extra["diversity_reference_set"]
        database.diversity_cache.clear()
        database.diversity_cache.update({hash(code): {"value": value, "timestamp": 0.0}
                                         for code, value in extra["diversity_cache"]})
    sort_sets(database)
