"""AlgoTune-style speed tasks: instance files (for data.py) and the shared evaluator `evaluate_algotune`.

What is measured. The trusted `reference.py` of the task and the candidate each define `solve(problem)`.
Both run in the same sandbox, and every call is timed by the parent from sending the problem to the last
byte of the answer: a program can neither see a problem early nor fake its own time, and passing the
problem in and the answer out costs both solvers the same (the seed returns what the reference returns).
A call's time is the CPU time all of the solver's processes used in that window (their threads and
children included, exited ones too: a cpuacct cgroup holds them), so time-sharing the cores with other
jobs does not count; where no such cgroup can be made, it is the wall time of the window instead, for
both solvers alike (`cpu_timed` in the result says which).
Every output is checked by the evaluator against the reference's output for the same problem (the task's
`check`; by default closeness within `rtol`/`atol`); any failure or invalid output scores 0 with a one-line
reason. The instances come in groups (one problem size or kind each) of equivalent random draws. A
group's ratio is the median over its instances (and passes) of reference time / candidate time; the
score is the harmonic mean of the group ratios (AlgoTune's mean of rates), `combined_score` = `speedup`.

How it is timed, and why. The seed of a task is the reference algorithm, so it must score 1 within noise,
on a machine whose speed drifts by tens of percent within a second when other jobs share its cores (CPU
time removes most of that; what is left, such as cache and memory contention, is handled by):
- Paired calls: a pass starts one fresh sandboxed process per solver; both stay alive and take turns
  instance by instance (who goes first alternates), so the two calls of a pair run within a few tens of
  milliseconds of each other, under the same machine conditions, and their ratio cancels the speed of
  that moment. The instances are visited group by group in turn, so each group's pairs are spread over
  the whole pass.
- Medians: single pairs are off by up to ±50 % in wall time on a busy machine (a preemption hits one
  call of the pair; in CPU time by up to about ±15 %), so a group takes the median of its pairs, not
  their mean.
- Same core: both calls of a pair run on the same CPU core (the pairs take turns over the cores), so
  where a core is slower (a busy hyperthread sibling, a contended cache) it is slower for both solvers.
- Passes: PASSES passes, each with fresh processes, so nothing tied to one process (its memory layout,
  say) decides the score; both solvers run with MALLOC_ENV, which removes most of that per-process part.
  While the score's estimated noise (`score_noise`: within passes, and between the passes' own scores)
  exceeds NOISE, passes are added up to MAX_PASSES: a noisier machine costs time, not precision.
- Memoizing is useless: inside a process each instance is sent exactly once, and every pass starts
  fresh processes with nothing kept (the scratch directory is new; nothing outside it is writable).
  Every output of every pass is checked, so answering wrongly some of the time does not help either.
- No interference: a solver's processes run only during its own timed calls (and its import); the rest
  of the time they are stopped (SIGSTOP), the reference's like the candidate's, so a candidate cannot
  slow the reference down by working in the background. The sandboxes cannot signal, trace or read each
  other.
- Warm-up: each process first solves the task's warm-up instances (one per group, same sizes, different
  data), untimed but checked, so one-off costs (lazy imports, FFT plans, first-touch memory) fall outside
  the timed calls for both solvers alike.
- Limits: `call_s` bounds the candidate's own time in a pass (its import and its calls; waiting for the
  reference does not count), `mem_mb` its memory. A candidate more than SLOW times slower than the
  reference gets no second pass: its score stays far below 1 either way.
Instances are read from `task.data_dir/instances/` (timed) and `task.data_dir/warmup/`; the reference is
`task.dir/reference.py`. 0-d arrays in an instance (a mode string, a spline order) are sent as plain
Python scalars.
"""
from __future__ import annotations

import contextlib
import os
import re
import signal
import sys
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from eft.judge.scoring import CandidateError, as_array, failure
from eft.judge.task import Task
from eft.sandbox import SandboxLimits
from eft.sandbox.process import Confined, scratch_dir
from eft.sandbox.python import RUNNER, CallFailed, _Channel
from eft.sandbox.tree import descendants

INSTANCE_DIR = "instances"
WARMUP_DIR = "warmup"
PASSES = 2  # passes over all instances, each with a fresh process per solver
MAX_PASSES = 4  # more passes are run while the score's estimated relative standard error exceeds NOISE
NOISE = 0.015
SLOW = 3.0  # a candidate this many times slower than the reference in a pass gets no further passes
MIN_SECONDS = 1e-7  # clock floor, so a near-zero time cannot produce an infinite speedup
CPUACCT = Path("/sys/fs/cgroup/cpuacct")  # cgroup-v1 CPU accounting, where the machine has it
STOP_WAIT_S = 1.0  # how long a SIGSTOP may take to land before the accounting is read anyway
# glibc malloc keeps freed memory for reuse instead of returning it to the kernel and mapping fresh zeroed
# pages for every large array: the page-fault cost of a call then no longer depends on the process's memory
# layout (it varied by up to ±6 % between processes running the same code). Same for both solvers.
MALLOC_ENV = {"MALLOC_MMAP_THRESHOLD_": str(1 << 30), "MALLOC_TRIM_THRESHOLD_": str(1 << 30)}
_FILE = re.compile(r"g(\d+)_v(\d+)_(\w+)\.npy")

Problem = dict[str, Any]
# check(problem, expected, got, name): raise CandidateError (one line, starting with `name`) unless `got`,
# the candidate's output, is a valid answer to `problem`; `expected` is the reference's output for it
Check = Callable[[Problem, Any, Any, str], None]


def save_instances(out_dir: Path, groups: Sequence[Sequence[Problem]], warmup: Sequence[Problem] = ()) -> None:
    """Write instance g, variant v, array `key` to `out_dir/instances/g{g}_v{v}_{key}.npy`, and the
    untimed warm-up instances (one per group, same sizes as the group) to `out_dir/warmup/`."""
    for folder, problems in ((INSTANCE_DIR, groups), (WARMUP_DIR, [[p] for p in warmup])):
        path = Path(out_dir) / folder
        path.mkdir(parents=True, exist_ok=True)
        for g, group in enumerate(problems):
            for v, problem in enumerate(group):
                for key, array in problem.items():
                    np.save(path / f"g{g:02d}_v{v:02d}_{key}.npy", np.asarray(array), allow_pickle=False)


def load_instances(data_dir: Path, folder: str = INSTANCE_DIR) -> list[list[Problem]]:
    """groups -> variants -> {key: array}, in the order `save_instances` wrote them."""
    found: dict[int, dict[int, Problem]] = {}
    for path in sorted((Path(data_dir) / folder).glob("*.npy")):
        g, v, key = _FILE.fullmatch(path.name).groups()
        found.setdefault(int(g), {}).setdefault(int(v), {})[key] = np.load(path, allow_pickle=False)
    return [[variants[v] for v in sorted(variants)] for _, variants in sorted(found.items())]


def close_check(rtol: float, atol: float) -> Check:
    """Same shape, finite, and |got - expected| <= atol * max|expected| + rtol * |expected| elementwise.

    `atol` is relative to the output's scale, so the check means the same at every magnitude.
    """
    def check(problem: Problem, expected: Any, got: Any, name: str) -> None:
        want = np.asarray(expected, dtype=float)
        arr = as_array(got, name, want.shape, max_size=max(want.size, 1))
        error = np.abs(arr - want)
        bound = atol * float(np.max(np.abs(want))) + rtol * np.abs(want)
        if not np.all(error <= bound):
            i = int(np.argmax(error - bound))
            raise CandidateError(f"{name}: output differs from the reference solution (error "
                                 f"{error.flat[i]:.3g} where {bound.flat[i]:.3g} is allowed)")
    return check


def harmonic_mean(values: Sequence[float]) -> float:
    """Mean of rates: one slow instance weighs more than one fast instance (AlgoTune's aggregate)."""
    return len(values) / sum(1.0 / v for v in values)


def paired_speedup(ratios: Sequence[Sequence[float]]) -> float:
    """Score from the paired ratios of each group: harmonic mean over the groups of their medians."""
    return float(harmonic_mean([float(np.median(group)) for group in ratios]))


def score_noise(ratios: Sequence[Sequence[float]], pass_scores: Sequence[float] = ()) -> float:
    """Relative standard error of `paired_speedup`. Within passes: the spread of the log ratios around their
    group's median (scaled median absolute deviation, robust to the heavy tails) times the standard error
    factor of a median over all the pairs. Between passes (processes): the standard error of the mean of
    the passes' own scores. The two are added in quadrature."""
    deviations = np.concatenate([np.abs(np.log(g) - np.median(np.log(g))) for g in map(np.asarray, ratios)])
    within = 1.2533 * 1.4826 * np.median(deviations) / np.sqrt(deviations.size)
    logs = np.log(np.asarray(pass_scores, dtype=float))
    between = float(np.std(logs, ddof=1) / np.sqrt(logs.size)) if logs.size >= 2 else 0.0
    return float(np.hypot(within, between))


def _plain(problem: Problem) -> Problem:
    """0-d arrays become Python scalars (a mode string, an order); arrays stay arrays."""
    return {k: v.item() if isinstance(v, np.ndarray) and v.ndim == 0 else v for k, v in problem.items()}


class _CpuAccount:
    """A cpuacct cgroup holding every process of one sandboxed program: the CPU time they all used, in
    seconds, exited children included. `create` returns None where no such cgroup can be made."""

    def __init__(self, path: Path):
        self.path = path

    @classmethod
    def create(cls) -> _CpuAccount | None:
        path = CPUACCT / "eft-algotune" / uuid.uuid4().hex
        try:
            path.mkdir(parents=True)
            int((path / "cpuacct.usage").read_text())
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                path.rmdir()
            return None
        return cls(path)

    def adopt(self, pids: set[int]) -> None:
        """Move these (stopped) processes in; their children are born inside."""
        for pid in pids:
            with contextlib.suppress(ProcessLookupError, OSError):
                (self.path / "cgroup.procs").write_text(str(pid))

    def seconds(self) -> float:
        return int((self.path / "cpuacct.usage").read_text()) * 1e-9

    def remove(self) -> None:
        for _ in range(100):  # killed members leave the group once reaped
            try:
                self.path.rmdir()
                return
            except FileNotFoundError:
                return
            except OSError:
                time.sleep(0.01)


class _Session:
    """One sandboxed `solve` process kept alive for a pass and called one problem at a time.

    The same fences and channel as `eft.sandbox.run_python` (which runs its calls back to back); this one
    lets two processes take turns, charges each only its own time against its limit, and keeps the
    process stopped except while it is importing or answering a call.
    """

    def __init__(self, program: Path, limits: SandboxLimits, stack: contextlib.ExitStack):
        scratch = stack.enter_context(scratch_dir())
        null = os.open(os.devnull, os.O_RDWR)  # stdin, stdout and stderr: nothing in, nothing kept
        stack.callback(os.close, null)
        calls_r, calls_w = os.pipe()
        results_r, results_w = os.pipe()
        stack.callback(os.close, results_r)
        stack.callback(os.close, calls_w)
        argv = [sys.executable, "-s", "-P", "-B", str(RUNNER), str(program), "solve", str(calls_r),
                str(results_w)]
        self.started = time.perf_counter()
        try:
            self.box = Confined(argv, scratch, limits, stdin=null, stdout=null, stderr=null, env=MALLOC_ENV,
                                readable=[program], child_fds=(calls_r, results_w))
        except OSError as exc:
            raise CallFailed(f"could not start: {exc.strerror or exc}") from None
        finally:
            os.close(calls_r)
            os.close(results_w)
        self.cpu = _CpuAccount.create()
        if self.cpu:
            stack.callback(self.cpu.remove)  # after the box's exit below has killed every member
        stack.enter_context(self.box)
        self.budget = limits.timeout_s  # wall seconds of its own (import and calls) this process may use
        self.chan = _Channel(self.box, calls_w, results_r, self.started + self.budget, limits.max_file_mb << 20)

    def ready(self) -> None:
        """Wait for the import to finish, stop the process until its first call, and start accounting."""
        if self.chan.receive()[0].get("ready") is not True:
            raise CallFailed("malformed message on the result channel")
        self.budget -= time.perf_counter() - self.started
        stopped = self.signal_tree(signal.SIGSTOP)
        if self.cpu:
            self.cpu.adopt(stopped)

    def call(self, problem: Problem, core: int | None = None) -> tuple[Any, float]:
        """(the value `solve` returned, its time): the CPU seconds the program's processes used from being
        resumed for the call until they are stopped after its answer (read while they are stopped, so the
        kernel's accounting is complete), or where that cannot be accounted, the wall seconds from sending
        the problem to the answer's last byte. `core`: the CPU the processes are moved to for the call."""
        if core is not None:
            self.pin(core)
        cpu = self.cpu.seconds() if self.cpu else 0.0
        self.signal_tree(signal.SIGCONT)
        if self.chan.pending():
            raise CallFailed("program wrote to the result channel before its call was sent")
        start = time.perf_counter()
        self.chan.deadline = start + self.budget
        self.chan.send({"kwargs": {"problem": problem}})
        message, arrived = self.chan.receive()
        self.signal_tree(signal.SIGSTOP)
        cpu = self.cpu.seconds() - cpu if self.cpu else 0.0
        if set(message) != {"value"}:
            raise CallFailed("malformed message on the result channel")
        self.budget -= arrived - start
        return message["value"], cpu if self.cpu else arrived - start

    def pin(self, core: int) -> None:
        """Move every thread of the (stopped) program to `core`; a thread that cannot be moved stays put."""
        for pid in self.signal_tree(0):
            with contextlib.suppress(OSError):
                for tid in os.listdir(f"/proc/{pid}/task"):
                    with contextlib.suppress(OSError):
                        os.sched_setaffinity(int(tid), {core})

    def signal_tree(self, sig: int) -> set[int]:
        """Send `sig` to every process of the program (not the supervisor), until no new one shows up;
        returns them. For SIGSTOP, waits until each one has stopped. The processes are read from the run's
        pids cgroup (one small file) where there is one, else from a scan of the supervisor's process
        tree."""
        done: set[int] = set()
        cgroup = self.box.cgroup
        for _ in range(200):
            found = cgroup.pids() if cgroup else [info.pid for info in descendants(self.box.proc.pid)]
            pids = set(found) - done
            if not pids:
                break
            for pid in pids:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(pid, sig)
            done |= pids
        if sig == signal.SIGSTOP:
            deadline = time.perf_counter() + STOP_WAIT_S
            for pid in done:
                while _running(pid) and time.perf_counter() < deadline:
                    time.sleep(0)
        return done


def _running(pid: int) -> bool:
    """Is `pid` alive and not (yet) stopped?"""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            state = fh.read().rsplit(b")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in (b"T", b"t", b"Z", b"X")


class _Failed(Exception):
    """A pass broke off; str() is the evaluation's one-line error."""


def _pass(solvers: dict[str, Path], limits: dict[str, SandboxLimits], warmup: list[tuple[str, Problem]],
          timed: list[tuple[int, str, Problem]], check: Check, expected: dict[str, Any], parity: int,
          ) -> tuple[list[tuple[int, float, float]], float, bool]:
    """One pass: fresh processes for both solvers taking turns on the warm-up, then on every timed problem.

    Returns (group, reference seconds, candidate seconds) per timed problem, the candidate's slowdown (its
    total time over the reference's) and whether the times are CPU times. Every candidate output is checked
    as soon as it arrives; `expected` holds the reference's outputs by problem name (filled by the first
    pass, reused after).
    """
    current = "reference"
    pairs: list[tuple[int, float, float]] = []
    cores = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    try:
        with contextlib.ExitStack() as stack:
            sessions = {}
            for current, program in solvers.items():  # started together, so both import at once
                sessions[current] = _Session(program, limits[current], stack)
            cpu_timed = all(session.cpu for session in sessions.values())
            for current, session in sessions.items():
                session.cpu = session.cpu if cpu_timed else None  # both solvers on the same clock
                session.ready()
            jobs = [(-1, name, problem) for name, problem in warmup] + timed
            for k, (group, name, problem) in enumerate(jobs):
                spent = {}
                core = cores[(k // 2) % len(cores)] if cores else None  # both calls of a pair on one core
                for current in (("reference", "candidate") if (k + parity) % 2 == 0
                                else ("candidate", "reference")):
                    value, spent[current] = sessions[current].call(problem, core)
                    if current == "reference":
                        expected.setdefault(name, value)
                    else:
                        got = value
                try:
                    check(problem, expected[name], got, name)
                except (CandidateError, TypeError, ValueError) as exc:
                    raise _Failed(str(exc)) from None
                if group >= 0:
                    pairs.append((group, spent["reference"], spent["candidate"]))
    except CallFailed as exc:
        raise _Failed(str(exc) if current == "candidate" else f"reference solver failed: {exc}") from None
    slowdown = sum(c for _, _, c in pairs) / max(sum(r for _, r, _ in pairs), MIN_SECONDS)
    return pairs, slowdown, cpu_timed


def evaluate_algotune(program_path: str | os.PathLike, task: Task, rtol: float = 1e-9, atol: float = 1e-9,
                      check: Check | None = None) -> dict:
    """Time the reference and the candidate on the task's instances (see the module docstring); score the
    checked speedup. `check` validates each candidate output (default: `close_check(rtol, atol)`)."""
    check = check or close_check(rtol, atol)
    groups = load_instances(task.data_dir)
    warmup = [(f"warm-up instance {g}", _plain(p))
              for g, group in enumerate(load_instances(task.data_dir, WARMUP_DIR)) for p in group]
    # variant by variant, each group in turn, so a group's instances are spread over the whole pass
    timed = [(g, f"instance g{g} v{v}", _plain(groups[g][v]))
             for v in range(max(map(len, groups))) for g in range(len(groups)) if v < len(groups[g])]
    solvers = {"reference": (task.dir / "reference.py").resolve(), "candidate": Path(program_path).resolve()}
    call = task.limits.call()
    # the trusted reference gets time enough that a candidate running out of its own is the one reported
    limits = {"reference": SandboxLimits(timeout_s=max(60.0, 2 * call.timeout_s), mem_mb=call.mem_mb),
              "candidate": call}
    expected: dict[str, Any] = {}
    ratios: list[list[float]] = [[] for _ in groups]
    seconds = {"reference": 0.0, "candidate": 0.0}
    passes, cpu_timed = 0, False
    pass_scores: list[float] = []
    try:
        while True:
            pairs, slowdown, cpu_timed = _pass(solvers, limits, warmup, timed, check, expected, passes % 2)
            passes += 1
            this_pass: list[list[float]] = [[] for _ in groups]
            for group, ref_s, cand_s in pairs:
                ratios[group].append(max(ref_s, MIN_SECONDS) / max(cand_s, MIN_SECONDS))
                this_pass[group].append(ratios[group][-1])
                seconds["reference"] += ref_s
                seconds["candidate"] += cand_s
            pass_scores.append(paired_speedup(this_pass))
            if (slowdown > SLOW or passes >= MAX_PASSES
                    or (passes >= PASSES and score_noise(ratios, pass_scores) <= NOISE)):
                break
    except _Failed as exc:
        return failure(str(exc))
    speedup = paired_speedup(ratios)
    return {"combined_score": speedup, "speedup": speedup, "passes": float(passes),
            "noise": score_noise(ratios, pass_scores), "cpu_timed": float(cpu_timed),
            "reference_s": seconds["reference"], "candidate_s": seconds["candidate"]}
