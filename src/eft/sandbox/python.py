"""`run_python`: call a function of an untrusted Python program in a confined child, timed from outside.

The parent and `runner.py` talk over two pipes in JSON lines. Each call's arguments are sent only after the
previous answer arrived, and the call's time runs from sending its arguments to receiving its complete
answer, measured here: the candidate can neither read its inputs early nor report its own timings.
Answers are decoded by `eft.sandbox.decode`, which bounds what a line may cost this (unsandboxed) process;
a call's time ends when its answer's last byte arrives, so decoding is not part of it.
The calls of one run share one process and one scratch dir, so a function may keep state from call to call
(as it could in a global); separate runs share nothing: each gets a fresh process and scratch dir.
"""
from __future__ import annotations

import json
import os
import select
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from eft.errors import one_line
from eft.sandbox.decode import ResultError, decode_message
from eft.sandbox.limits import SandboxLimits
from eft.sandbox.process import (
    START_FAILED,
    WATCH_INTERVAL_S,
    Confined,
    scratch_dir,
    start_failure,
    tail,
)
from eft.sandbox.runner import array_to_wire

RUNNER = Path(__file__).with_name("runner.py")


@dataclass
class PythonResult:
    """Outcome of `run_python`: one JSON value and one parent-measured duration per completed call."""

    ok: bool
    values: list[Any] = field(default_factory=list)
    call_seconds: list[float] = field(default_factory=list)
    error: str | None = None
    wall_s: float = 0.0
    stdout_tail: str = ""
    stderr_tail: str = ""


class CallFailed(Exception):
    """The child broke off: str() is the one-line reason."""


def _to_wire(obj: Any) -> Any:
    if isinstance(obj, np.ndarray):
        return array_to_wire(obj)
    raise TypeError(f"cannot send {type(obj).__name__} to a sandboxed call")


class _Channel:
    """Line-based exchange with the runner, bounded by the run's deadline and the tree watchdog."""

    def __init__(self, box: Confined, send_fd: int, recv_fd: int, deadline: float, max_bytes: int):
        self.box, self.send_fd, self.recv_fd = box, send_fd, recv_fd
        self.deadline, self.max_bytes, self.buffer = deadline, max_bytes, bytearray()
        os.set_blocking(send_fd, False)

    def _wait(self, read: bool) -> None:
        """Block until the pipe is ready, or raise CallFailed on timeout, exit or a broken limit."""
        while True:
            remaining = self.deadline - time.perf_counter()
            if remaining <= 0:
                raise CallFailed(f"timeout after {self.box.limits.timeout_s:g}s")
            fds = [self.recv_fd, self.box.status_fd] if read else [self.box.status_fd]
            readable, writable, _ = select.select(fds, [] if read else [self.send_fd], [],
                                                  min(WATCH_INTERVAL_S, remaining))
            if self.recv_fd in readable or self.send_fd in writable:
                return
            if self.box.status_fd in readable and self.box.read_exit() is not None:
                raise CallFailed(self._ended())
            if reason := self.box.violation():
                raise CallFailed(reason)

    def _ended(self) -> str:
        """Why the child is gone: its signal, or that it exited without answering."""
        code = self.box.returncode
        if code is not None and code < 0:
            return self.box.exit_reason(code)
        return f"program exited (code {code}) before returning a result"

    def pending(self) -> bool:
        return bool(self.buffer) or bool(select.select([self.recv_fd], [], [], 0)[0])

    def send(self, message: dict) -> None:
        data = json.dumps(message, default=_to_wire).encode() + b"\n"
        while data:
            self._wait(read=False)
            try:
                data = data[os.write(self.send_fd, data):]
            except BrokenPipeError:
                raise CallFailed("program closed its input") from None

    def receive(self) -> tuple[dict, float]:
        """The next message (arrays as plain lists, so results stay JSON data) and when its last byte came."""
        scanned = 0  # bytes of the buffer already searched for the newline, so reading stays linear
        while (end := self.buffer.find(b"\n", scanned)) < 0:
            scanned = len(self.buffer)
            if len(self.buffer) > self.max_bytes:
                raise CallFailed("output too large")
            self._wait(read=True)
            chunk = os.read(self.recv_fd, 1 << 20)
            if not chunk:
                self.box.wait_exit(1.0)
                raise CallFailed(self._ended() if self.box.returncode is not None
                                 else "program closed the result channel")
            self.buffer += chunk
        arrived = time.perf_counter()
        line = bytes(self.buffer[:end])
        del self.buffer[:end + 1]
        try:
            message = decode_message(line)
        except ResultError as exc:
            raise CallFailed(str(exc)) from None
        if not isinstance(message, dict) or not isinstance(message.get("error", ""), str):
            raise CallFailed("malformed message on the result channel")
        if "error" in message:
            raise CallFailed(one_line(message["error"], 500))
        return message, arrived


def _exchange(chan: _Channel, calls: Sequence[dict], values: list, seconds: list) -> None:
    if chan.receive()[0].get("ready") is not True:
        raise CallFailed("malformed message on the result channel")
    for kwargs in calls:
        if chan.pending():
            raise CallFailed("program wrote to the result channel before its call was sent")
        start = time.perf_counter()
        chan.send({"kwargs": kwargs})
        message, arrived = chan.receive()
        seconds.append(arrived - start)  # decoding the answer is the evaluator's cost, not the call's
        if set(message) != {"value"}:
            raise CallFailed("malformed message on the result channel")
        values.append(message["value"])


def run_python(
    program_path: str | os.PathLike,
    function: str = "run",
    calls: Sequence[dict] = ({},),
    limits: SandboxLimits | None = None,
    readable: Iterable[str | os.PathLike] = (),
) -> PythonResult:
    """Import `program_path` in a fresh confined Python and call `function(**kwargs)` for each call.

    kwargs may hold JSON data and numpy arrays. `readable` lists extra files the child may read (the
    program itself always can).
    """
    limits = limits or SandboxLimits()
    values: list = []
    seconds: list[float] = []
    error = None
    with scratch_dir() as scratch, tempfile.TemporaryDirectory(prefix="eft-capture-") as capture:
        calls_r, calls_w = os.pipe()
        results_r, results_w = os.pipe()
        argv = [sys.executable, "-s", "-P", "-B", str(RUNNER), str(Path(program_path).resolve()), function,
                str(calls_r), str(results_w)]
        out_path, err_path = Path(capture) / "stdout", Path(capture) / "stderr"
        start = time.perf_counter()
        box = None
        with open(os.devnull, "rb") as fin, open(out_path, "wb") as fout, open(err_path, "wb") as ferr:
            try:
                box = Confined(argv, scratch, limits, stdin=fin, stdout=fout, stderr=ferr,
                               readable=[program_path, *readable], child_fds=(calls_r, results_w))
            except OSError as exc:
                error = f"could not start: {exc.strerror or exc}"
            finally:
                os.close(calls_r)
                os.close(results_w)
            if error is None:
                with box:
                    chan = _Channel(box, calls_w, results_r, start + limits.timeout_s,
                                    limits.max_file_mb << 20)
                    try:
                        _exchange(chan, calls, values, seconds)
                    except CallFailed as exc:
                        error = str(exc)
        os.close(calls_w)
        os.close(results_r)
        wall = time.perf_counter() - start
        stdout, stderr = (tail(p, 4000)[0] for p in (out_path, err_path))
    if error is not None and box is not None and box.returncode == START_FAILED and (line := start_failure(stderr)):
        error = line  # the sandbox could not start the runner: say why, not just its exit code
    return PythonResult(error is None, values, seconds, error, wall, stdout, stderr)
