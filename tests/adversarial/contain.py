"""Shared judge for the hostile-candidate suite: run one attack through a real task's real evaluator.

Every attack is a candidate program for a real task (copied to a temp folder with a short `timeout_s`, so
hangs end fast). `contained` evaluates it and checks the four promises of the sandbox:
1. the evaluation ends within the sandbox timeout + 2 s (time to contain);
2. the score is invalid (combined_score 0) with a one-line reason matching the attack's expectation;
3. no process of the attack is left (every attack program's path carries MARK, as do the commands it execs);
4. no file carrying MARK appears outside the scratch dir (home, repository, results, /tmp, /dev/shm).
`benchmarks/containment.py` runs the same attacks to measure time to contain for docs/RELIABILITY.md.
"""
from __future__ import annotations

import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from eft.paths import TASKS_DIR
from eft.sandbox.confine import landlock_abi
from eft.tasks.data_access import cache_root, task_data_dir
from eft.tasks.registry import load_evaluator

REPO = Path(__file__).resolve().parents[2]
MARK = "EFT_ATTACK"
TIMEOUT_S = 3.0  # task.yaml timeout_s of the attacked copies: Python calls and C++ compiles
CPP_RUN_TIMEOUT_S = 2.0  # eft.tasks.cpp_runner's per-case limit
SLACK_S = 2.0
WATCHED_DIRS = [Path.home(), REPO, REPO / "results", REPO / "tasks", Path("/tmp"), Path("/dev/shm"),
                Path("/var/tmp")]
LANDLOCK_ABI = landlock_abi()


@dataclass(frozen=True)
class Attack:
    """One hostile candidate: the task it targets, its source, and how its containment must read."""

    name: str
    task: str
    program: str
    reason: str  # regex the one-line error must match
    contained_by: str  # the fence that stops it, for the reliability page
    limit_s: float = TIMEOUT_S  # the sandbox timeout that bounds it

    @property
    def suffix(self) -> str:
        return ".cpp" if self.task.endswith("_cpp") else ".py"


@dataclass
class Outcome:
    seconds: float
    metrics: dict


def attack_task(root: Path, task: str) -> Path:
    """A copy of a suite task with a short timeout, so a hang is cut at TIMEOUT_S."""
    dest = root / "task" / task
    if not dest.is_dir():
        shutil.copytree(TASKS_DIR / task, dest, ignore=shutil.ignore_patterns("__pycache__"))
        spec = yaml.safe_load((dest / "task.yaml").read_text())
        (dest / "task.yaml").write_text(yaml.safe_dump({**spec, "timeout_s": TIMEOUT_S}))
    return dest


def program_text(attack: Attack, fills: dict[str, str]) -> str:
    """The attack source with @KEY@ placeholders filled in: an attacker is assumed to know where things live."""
    known = {"REPO": str(REPO), "MARK": MARK, "HOME": str(Path.home()), "CACHE": str(cache_root()),
             "HEURISTIC_CASES": str(task_data_dir(TASKS_DIR / "heuristic_cpp") / "cases.json"), **fills}
    text = attack.program
    for key, value in known.items():
        text = text.replace(f"@{key}@", value)
    return text


def run_attack(attack: Attack, root: Path, **fills: str) -> Outcome:
    task_dir = attack_task(root, attack.task)
    program = root / f"{MARK}_{attack.name}{attack.suffix}"
    program.write_text(program_text(attack, fills), encoding="utf-8")
    evaluator = load_evaluator(task_dir)
    start = time.perf_counter()
    metrics = evaluator.evaluate(str(program))
    return Outcome(time.perf_counter() - start, metrics)


def leftover_processes() -> list[str]:
    """Command lines of live processes carrying MARK (the attack program's path or its exec'd commands)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if MARK in cmdline and "pytest" not in cmdline and state not in ("Z", "X"):
            found.append(f"{entry.name}: {cmdline[:200]}")
    return found


def leftover_files() -> list[Path]:
    found = []
    for folder in WATCHED_DIRS:
        found += [p for p in folder.glob(f"*{MARK}*")]
    found += list((REPO / "results").glob(f"**/*{MARK}*")) if (REPO / "results").is_dir() else []
    return found


def contained(attack: Attack, root: Path, **fills: str) -> Outcome:
    """Run the attack and assert every containment promise; returns the outcome for reporting."""
    before = set(leftover_files())
    outcome = run_attack(attack, root, **fills)
    error = outcome.metrics.get("error", "")
    assert outcome.seconds <= attack.limit_s + SLACK_S, f"took {outcome.seconds:.2f}s to contain"
    assert outcome.metrics.get("combined_score") == 0.0, outcome.metrics
    assert error and "\n" not in error, outcome.metrics
    assert re.search(attack.reason, error), f"reason {error!r} does not match {attack.reason!r}"
    deadline = time.monotonic() + 1.0
    while (procs := leftover_processes()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not procs, procs
    assert set(leftover_files()) <= before, set(leftover_files()) - before
    return outcome
