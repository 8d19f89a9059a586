"""The sandbox contains every failure mode of a candidate and leaves no process behind."""
from __future__ import annotations

import math
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eft.sandbox import SandboxLimits, run_command, run_python, scratch_dir
from eft.sandbox.tree import descendants

FAST = SandboxLimits(timeout_s=3.0, mem_mb=1024, max_output_bytes=10_000, max_file_mb=8)


def _program(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "cand.py"
    path.write_text(body)
    return path


def _dead(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state in {"Z", "X"}


def _wait_dead(pid: int, seconds: float = 2.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if _dead(pid):
            return True
        time.sleep(0.05)
    return _dead(pid)


def test_ok_numpy_values_and_non_finite_floats(tmp_path):
    prog = _program(tmp_path, "import numpy as np\n"
                    "def run(n):\n    return {'a': np.arange(n) / 2, 'x': np.float64('nan'), 'y': -np.inf}\n")
    res = run_python(prog, "run", [{"n": 3}, {"n": 1}], FAST)
    assert res.ok and res.error is None
    assert res.values[0]["a"] == [0.0, 0.5, 1.0] and res.values[1]["a"] == [0.0]
    assert math.isnan(res.values[0]["x"]) and res.values[0]["y"] == -math.inf
    assert len(res.call_seconds) == 2


def test_exception_is_one_line(tmp_path):
    res = run_python(_program(tmp_path, "def run():\n    raise ValueError('bad\\nvalue')\n"), "run", [{}], FAST)
    assert not res.ok and res.error == "exception in run(): ValueError: bad value"


def test_missing_function_and_syntax_error(tmp_path):
    res = run_python(_program(tmp_path, "x = 1\n"), "run", [{}], FAST)
    assert "no function run()" in res.error
    res = run_python(_program(tmp_path, "def run(:\n"), "run", [{}], FAST)
    assert res.error.startswith("exception while importing program: SyntaxError")


def test_sleep_hang_times_out(tmp_path):
    prog = _program(tmp_path, "import time\ndef run():\n    time.sleep(100)\n")
    start = time.monotonic()
    res = run_python(prog, "run", [{}], SandboxLimits(timeout_s=1.0))
    assert time.monotonic() - start < 3.0
    assert res.error == "timeout after 1s"


def test_busy_loop_times_out(tmp_path):
    res = run_python(_program(tmp_path, "def run():\n    while True:\n        pass\n"), "run", [{}],
                     SandboxLimits(timeout_s=1.0))
    assert res.error == "timeout after 1s"


@pytest.mark.parametrize("body, signame", [
    ("import os\ndef run():\n    os.abort()\n", "SIGABRT"),
    ("import ctypes\ndef run():\n    ctypes.string_at(0)\n", "SIGSEGV"),
])
def test_crash_reports_signal(tmp_path, body, signame):
    res = run_python(_program(tmp_path, body), "run", [{}], FAST)
    assert res.error == f"killed by signal {signame}"


def test_memory_bomb_is_memory_error(tmp_path):
    prog = _program(tmp_path, "def run():\n    x = bytearray(4 * 1024**3)\n    return len(x)\n")
    res = run_python(prog, "run", [{}], SandboxLimits(timeout_s=5.0, mem_mb=512))
    assert res.error == "MemoryError"


def test_forked_daemon_is_killed(tmp_path):
    prog = _program(tmp_path, (
        "import os, time\n"
        "def run():\n"
        "    r, w = os.pipe()\n"
        "    if os.fork() == 0:\n"
        "        os.setsid()\n"  # leaves the process group; the supervisor's tree still holds it
        "        if os.fork() == 0:\n"
        "            os.write(w, str(os.getpid()).encode())\n"
        "            time.sleep(100)\n"
        "        os._exit(0)\n"
        "    return int(os.read(r, 32))\n"))
    res = run_python(prog, "run", [{}], FAST)
    assert res.ok
    assert _wait_dead(res.values[0])


def test_huge_stdout_is_capped(tmp_path):
    prog = _program(tmp_path, "import sys\ndef run():\n    while True:\n        sys.stdout.write('x' * 65536)\n")
    res = run_python(prog, "run", [{}], FAST)
    assert not res.ok and "File too large" in res.error
    assert len(res.stdout_tail) <= FAST.max_output_bytes


def test_os_exit_without_result_is_no_output(tmp_path):
    res = run_python(_program(tmp_path, "import os\ndef run():\n    os._exit(0)\n"), "run", [{}], FAST)
    assert res.error == "program exited (code 0) before returning a result"


def test_unconvertible_result(tmp_path):
    res = run_python(_program(tmp_path, "def run():\n    return object()\n"), "run", [{}], FAST)
    assert "not JSON-convertible" in res.error


def test_environment_is_minimal(tmp_path, monkeypatch):
    monkeypatch.setenv("SECRET_TOKEN", "hunter2")
    prog = _program(tmp_path, "import os\ndef run():\n    return [dict(os.environ), os.getcwd()]\n")
    env, cwd = run_python(prog, "run", [{}], FAST).values[0]
    assert "SECRET_TOKEN" not in env and env["PYTHONHASHSEED"] == "0" and env["HOME"] == cwd


def test_hashing_is_deterministic_and_no_bytecode_is_cached(tmp_path):
    prog = _program(tmp_path, "def run():\n    return hash('abc')\n")
    first = run_python(prog, "run", [{}], FAST).values[0]
    assert run_python(prog, "run", [{}], FAST).values[0] == first
    prog.write_text("def run():\n    return 'changed'\n")  # same second, same size class
    assert run_python(prog, "run", [{}], FAST).values == ["changed"]
    assert not (tmp_path / "__pycache__").exists()


def test_run_command_stdin_stdout_and_timeout():
    with scratch_dir() as scratch:
        res = run_command(["cat"], cwd=scratch, limits=FAST, stdin_text="hello")
        assert res.returncode == 0 and res.stdout == "hello" and res.error is None
        res = run_command(["sh", "-c", "echo oops >&2; exit 3"], cwd=scratch, limits=FAST)
        assert res.error == "exit code 3" and res.stderr.strip() == "oops"
        start = time.monotonic()
        res = run_command(["sleep", "100"], cwd=scratch, limits=SandboxLimits(timeout_s=0.5))
        assert res.timed_out and time.monotonic() - start < 2.5
    assert not scratch.exists()


def test_run_command_missing_binary():
    with scratch_dir() as scratch:
        res = run_command(["/nonexistent/binary"], cwd=scratch, limits=FAST)
    assert res.error.startswith("could not start")


def test_memory_summed_over_processes_is_capped(tmp_path):
    """Each child stays under the per-process limit; the watchdog catches their total."""
    prog = _program(tmp_path, (
        "import os, time\n"
        "def run():\n"
        "    for _ in range(4):\n"
        "        if os.fork() == 0:\n"
        "            hog = b'x' * (150 << 20)\n"
        "            time.sleep(30)\n"
        "    time.sleep(30)\n"))
    res = run_python(prog, "run", [{}], SandboxLimits(timeout_s=20.0, mem_mb=400))
    assert res.error.startswith("memory limit exceeded") and res.wall_s < 15


def test_process_count_over_limit_is_stopped(tmp_path):
    prog = _program(tmp_path, "import os, time\ndef run():\n    for _ in range(12):\n        if os.fork() == 0:\n"
                              "            time.sleep(30)\n    time.sleep(30)\n")
    res = run_python(prog, "run", [{}], SandboxLimits(timeout_s=20.0, max_procs=8))
    assert res.wall_s < 15
    assert res.error.startswith("process limit exceeded") or "Resource temporarily unavailable" in res.error


def test_candidate_dies_with_a_killed_evaluator(tmp_path):
    """SIGKILL of the evaluating process (a killed job) still takes every sandboxed process down."""
    prog = _program(tmp_path, "import os, time\ndef run():\n    if os.fork() == 0:\n        os.setsid()\n"
                              "    print(os.getpid(), flush=True)\n    time.sleep(60)\n")
    script = ("import sys\nfrom eft.sandbox import run_python, SandboxLimits\n"
              f"run_python({str(prog)!r}, 'run', [{{}}], SandboxLimits(timeout_s=60))\n")
    evaluator = subprocess.Popen([sys.executable, "-c", script], start_new_session=True)
    deadline = time.monotonic() + 20
    pids: list[int] = []
    while len(pids) < 3 and time.monotonic() < deadline:  # supervisor, candidate, candidate's child
        pids = [p.pid for p in descendants(evaluator.pid) if b"runner.py" in Path(f"/proc/{p.pid}/cmdline").read_bytes()]
        time.sleep(0.1)
    assert len(pids) == 3, "candidate and its child never started"
    os.kill(evaluator.pid, signal.SIGKILL)
    evaluator.wait()
    assert all(_wait_dead(pid, 3.0) for pid in pids)


def test_fences_line_names_what_held():
    from eft.sandbox.confine import landlock_abi
    from eft.sandbox.fences import fences, plan

    line = fences()
    assert line.startswith("fences: ") and "\n" not in line and "seccomp" in line, line
    if landlock_abi():
        assert f"landlock ABI {landlock_abi()}" in line
    if plan().namespaces == "root":
        assert "own uid" in line and "namespaces mnt+ipc" in line, line


@pytest.mark.skipif(os.geteuid() != 0, reason="the uid drop is for root")
def test_root_candidate_runs_as_a_fresh_uid_and_still_reads_its_program(tmp_path):
    from eft.sandbox.fences import UID_BASE, UID_SPAN

    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    prog = _program(private, "import os\ndef run():\n    try:\n        open('/etc/shadow').read()\n"
                             "        shadow = 'read'\n    except OSError as exc:\n        shadow = exc.strerror\n"
                             "    return [os.getuid(), os.getgid(), os.getgroups(), shadow]\n")
    prog.chmod(0o600)  # as OpenEvolve writes it: only root may read it
    first, second = (run_python(prog, "run", [{}], FAST) for _ in range(2))
    assert first.ok, first.error
    uid, gid, groups, shadow = first.values[0]
    assert UID_BASE <= uid < UID_BASE + UID_SPAN and gid == uid and groups == [] and shadow == "Permission denied"
    assert second.values[0][0] != uid


def test_seccomp_program_is_well_formed():
    from eft.sandbox import syscalls

    for options in ({}, {"scoped_signals": False, "protect_metadata": True}):
        code = syscalls.program(**options)
        assert code and len(code) % 8 == 0 and len(code) // 8 < 4096
        insns = [code[i:i + 8] for i in range(0, len(code), 8)]
        for index, insn in enumerate(insns):  # every jump lands inside the program
            op, jt, jf = insn[0], insn[2], insn[3]
            if op & 0x07 == 0x05:
                assert index + 1 + max(jt, jf) < len(insns)
        assert insns[-1][:2] == bytes([0x06, 0])  # ends by returning
    names = {*syscalls.REFUSED, *syscalls.REFUSED_EACCES, *syscalls.UTIME, *syscalls.OWN_PROCESS_ONLY}
    assert names <= set(syscalls.NR)


def test_dir_usage_counts_directories_and_stops_at_the_entry_cap(tmp_path):
    from eft.sandbox.tree import dir_usage

    for i in range(30):
        (tmp_path / f"f{i}").write_bytes(b"x" * 8192)
    used, entries = dir_usage(tmp_path, 1 << 40, 1000)
    assert entries == 30 and used >= 30 * 8192
    assert dir_usage(tmp_path, 1 << 40, 10)[1] == 11
    assert dir_usage(tmp_path, 8192, 1000)[0] <= 4 * 8192  # stops soon after passing the byte limit


def test_exited_main_thread_and_held_deleted_files_are_seen():
    """A process whose main thread exited still counts, with its memory and the deleted files it holds."""
    from eft.sandbox.tree import held_deleted_files

    code = ("import ctypes, os, platform, threading, time\n"
            "fd = os.open('.', os.O_TMPFILE | os.O_RDWR, 0o600)\n"
            "os.posix_fallocate(fd, 0, 8 << 20)\n"
            "mem = os.memfd_create('m'); os.write(mem, b'x' * (4 << 20))\n"
            "threading.Thread(target=time.sleep, args=(30,)).start()\n"
            "print('ready', flush=True)\n"
            "ctypes.CDLL(None).syscall({'x86_64': 60, 'aarch64': 93}[platform.machine()], 0)\n")
    with scratch_dir() as scratch:
        proc = subprocess.Popen([sys.executable, "-c", code], cwd=scratch, stdout=subprocess.PIPE)
        try:
            assert proc.stdout.readline() == b"ready\n"
            time.sleep(0.2)
            assert Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
            found = [p for p in descendants(os.getpid()) if p.pid == proc.pid]
            assert found and found[0].rss_bytes > 0
            disk, memory = held_deleted_files(found)
            assert disk >= 8 << 20 and memory >= 4 << 20
        finally:
            os.kill(proc.pid, signal.SIGKILL)  # to the process: every thread goes
            proc.wait()


def test_program_inside_a_crowded_private_dir(tmp_path_factory):
    """A program under a 0700 dir with hundreds of entries (pytest's basetemp late in a run, a busy /tmp) still
    runs: opening that dir up for the run's own uid once held one fd per entry past RLIMIT_NOFILE, and every
    run failed with "Too many open files"."""
    import tempfile

    root = Path(tempfile.mkdtemp(dir=tmp_path_factory.getbasetemp()))
    os.chmod(root, 0o700)
    for i in range(600):
        (root / f"d{i}").mkdir()
    program = root / "p.py"
    program.write_text("def run():\n    return 7\n")
    result = run_python(program, function="run", calls=[{}], limits=SandboxLimits(timeout_s=10))
    assert result.ok and result.values == [7], result.error


SOCKET_PROBE = "import socket; socket.socketpair(); print('socket ok')"


def test_gpu_harness_profile_opens_sockets_and_drops_landlock(tmp_path):
    """On an H200 the CUDA driver would not start under Landlock or without sockets (cudaErrorOperatingSystem):
    the GPU harness's child gets both; every other sandboxed run still gets neither."""
    from eft.sandbox.fences import fences

    with scratch_dir() as scratch:
        plain = run_command([sys.executable, "-c", SOCKET_PROBE], cwd=scratch, limits=FAST)
    assert plain.returncode != 0 and "socket ok" not in plain.stdout
    with scratch_dir() as scratch:
        gpu = run_command([sys.executable, "-c", SOCKET_PROBE], cwd=scratch, limits=FAST, gpu=True)
    assert gpu.returncode == 0 and "socket ok" in gpu.stdout, gpu
    line = fences(gpu=True)
    assert "sockets open" in line and "landlock" not in line, line
    assert "sockets open" not in fences()  # the host's line stays that of ordinary runs
