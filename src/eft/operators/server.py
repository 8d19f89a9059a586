"""A model server owned by one job: started from a command template, waited for, always stopped.

The template is a shell command with `{model}` (the model folder), `{port}` and `{name}` (the served name) in
it, e.g. `vllm serve {model} --port {port} --served-model-name {name} --seed 0`, or the stand-in
`eft serve --model {model} --port {port} --served-name {name}`. The server gets a free local port, runs in its
own process group (and gets SIGTERM should this process die first), and its output goes to this process's
stderr, each line prefixed. It counts as ready once `GET /v1/models` lists the served name; a server that
exits or does not answer within `startup_timeout_s` is a one-line error with its last log lines. Stopping
sends SIGTERM to the group, then SIGKILL to whatever is left after `stop_timeout_s`.
"""
from __future__ import annotations

import collections
import contextlib
import ctypes
import json
import os
import shlex
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Self

from eft.errors import EftError, one_line

PLACEHOLDERS = ("{model}", "{port}", "{name}")
POLL_S = 0.5        # between readiness probes
LOG_TAIL = 5        # server log lines quoted in an error
PR_SET_PDEATHSIG = 1


def free_port(host: str = "127.0.0.1") -> int:
    """A port nothing listens on now (the OS's pick)."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def server_command(template: str, model: str | Path, port: int, name: str) -> str:
    """The template with its placeholders filled (other braces, e.g. shell `${VAR}`, are left alone)."""
    if "{port}" not in template:
        raise EftError(f"server command has no {{port}} placeholder: {template!r}")
    values = {"{model}": shlex.quote(str(model)), "{port}": str(port), "{name}": shlex.quote(name)}
    for key, value in values.items():
        template = template.replace(key, value)
    return template


def _death_signal():
    """A function for the child between fork and exec that asks for SIGTERM when this process dies (Linux),
    resolved here so the child only makes the one call."""
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    return lambda: prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


class ModelServer:
    """`with ModelServer(...) as server:` starts the server and waits until it answers; `server.api_base` is its
    OpenAI base URL. Leaving the block (normally, by an exception or a signal turned into one) stops it."""

    def __init__(self, template: str, model: str | Path, name: str, startup_timeout_s: float,
                 stop_timeout_s: float, host: str = "127.0.0.1", log_prefix: str = "[server] "):
        self.template, self.model, self.name, self.host = template, model, name, host
        self.startup_timeout_s, self.stop_timeout_s, self.log_prefix = startup_timeout_s, stop_timeout_s, log_prefix
        self.port = 0
        self.proc: subprocess.Popen | None = None
        self.tail: collections.deque[str] = collections.deque(maxlen=LOG_TAIL)
        self._pump: threading.Thread | None = None

    @property
    def api_base(self) -> str:
        return f"http://{self.host}:{self.port}/v1"

    def __enter__(self) -> Self:
        self.start()
        try:
            self.wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> None:
        self.port = free_port(self.host)
        command = server_command(self.template, self.model, self.port, self.name)
        print(f"starting model server: {command}", file=sys.stderr, flush=True)
        # preexec_fn makes one prctl call, resolved beforehand: nothing in it can wait on another thread's lock
        self.proc = subprocess.Popen(["/bin/sh", "-c", command], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, start_new_session=True,
                                     preexec_fn=_death_signal(), text=True, errors="replace", bufsize=1)  # noqa: PLW1509
        self._pump = threading.Thread(target=self._copy_log, daemon=True)
        self._pump.start()

    def _copy_log(self) -> None:
        for line in self.proc.stdout:
            self.tail.append(line.rstrip())
            sys.stderr.write(self.log_prefix + line)
        sys.stderr.flush()

    def last_lines(self) -> str:
        if self._pump is not None:
            self._pump.join(timeout=1.0)  # a server that just exited: let its last lines arrive
        lines = [one_line(line, 200) for line in self.tail if line.strip()]
        return "; last log lines: " + " | ".join(lines) if lines else "; it logged nothing"

    def models(self) -> list[str] | None:
        """The served model names, or None while the server does not answer."""
        try:
            with urllib.request.urlopen(f"{self.api_base}/models", timeout=max(POLL_S, 5.0)) as reply:
                data = json.loads(reply.read())
        except (urllib.error.URLError, OSError, ValueError):
            return None
        return [str(m.get("id")) for m in data.get("data", []) if isinstance(m, dict)] \
            if isinstance(data, dict) else []

    def wait_ready(self) -> None:
        deadline = time.monotonic() + self.startup_timeout_s
        while True:
            code = self.proc.poll()
            if code is not None:
                raise EftError(f"model server exited with code {code} before answering{self.last_lines()}")
            served = self.models()
            if served is not None:
                if self.name not in served:
                    raise EftError(f"model server on port {self.port} serves {served}, not {self.name!r}")
                return
            if time.monotonic() > deadline:
                raise EftError(f"model server did not answer on port {self.port} within "
                               f"startup_timeout_s={self.startup_timeout_s}{self.last_lines()}")
            time.sleep(POLL_S)

    def stop(self) -> None:
        """SIGTERM to the server's process group, SIGKILL to what is left after stop_timeout_s."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self._signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=self.stop_timeout_s)
            except subprocess.TimeoutExpired:
                print(f"model server still up {self.stop_timeout_s}s after SIGTERM: SIGKILL", file=sys.stderr)
        self._signal(signal.SIGKILL)  # the group's other members (workers) too, whether the leader went or not
        self.proc.wait()
        if self._pump is not None:
            self._pump.join(timeout=5.0)

    def _signal(self, sig: int) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.proc.pid, sig)
