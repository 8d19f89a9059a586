"""Shared judge for the hostile-candidate suite: run one attack through a real task's real evaluator.

Every attack is a candidate program for a real task, materialized (with its hidden data) into a temp folder
whose task.yaml gets short limits, so hangs end fast. `contained` evaluates it and checks the four promises
of the sandbox:
1. the evaluation ends within the sandbox timeout + 2 s (time to contain);
2. the score is invalid (combined_score 0) with a one-line reason matching the attack's expectation;
3. no process of the attack is left (every attack program's path carries MARK, as do the commands it execs);
4. no file carrying MARK appears outside the scratch dir (home, repository, results, /tmp, /dev/shm).
`benchmarks/containment.py` runs the same attacks to measure time to contain for docs/RELIABILITY.md.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from eft.sandbox.confine import landlock_abi
from eft.tasks.materialize import materialize
from eft.tasks.registry import get, load_evaluator

REPO = Path(__file__).resolve().parents[2]
MARK = "EFT_ATTACK"
TIMEOUT_S = 3.0  # limits of the attacked copies: call_s (unless the attack says otherwise) and compile_s
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
    limit_s: float = TIMEOUT_S  # the sandbox timeout that bounds it (the copy's call_s)

    @property
    def suffix(self) -> str:
        return ".cpp" if self.task.endswith("_cpp") else ".py"


@dataclass
class Outcome:
    seconds: float
    metrics: dict


def attack_task(root: Path, task: str, call_s: float = TIMEOUT_S) -> Path:
    """The suite task materialized (seed 0) under `root`, with short limits so a hang is cut early."""
    dest = root / "task" / task
    if not dest.is_dir():
        materialize(get(task), dest, 0)
        spec = yaml.safe_load((dest / "task.yaml").read_text())
        limits = {**spec.get("limits", {}), "call_s": call_s, "compile_s": TIMEOUT_S}
        (dest / "task.yaml").write_text(yaml.safe_dump({**spec, "limits": limits}))
    return dest


def program_text(attack: Attack, fills: dict[str, str]) -> str:
    """The attack source with @KEY@ placeholders filled in: an attacker is assumed to know where things live
    (@DATA@: the attacked copy's hidden data folder, filled in by `run_attack`)."""
    known = {"REPO": str(REPO), "MARK": MARK, "HOME": str(Path.home()), **fills}
    text = attack.program
    for key, value in known.items():
        text = text.replace(f"@{key}@", value)
    return text


def run_attack(attack: Attack, root: Path, **fills: str) -> Outcome:
    task_dir = attack_task(root, attack.task, call_s=attack.limit_s)
    program = root / f"{MARK}_{attack.name}{attack.suffix}"
    program.write_text(program_text(attack, {"DATA": str(task_dir / "data"), **fills}), encoding="utf-8")
    evaluator = load_evaluator(task_dir)
    start = time.perf_counter()
    metrics = evaluator(program)
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
