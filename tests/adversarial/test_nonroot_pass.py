"""The non-root pass: a representative attack of every class, run as a throwaway unprivileged user.

CI runs as root, where each run gets a fresh uid; a user without root gets other fences (a user namespace
with a read-only view, or on hosts that refuse those, seccomp and the watchdog's /proc accounting alone).
This test creates a user (root only: skipped elsewhere), runs the attacks as it in both situations through
`nonroot.py`, and removes the user again.
"""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ATTACKS = ["cripple_evaluator", "times_xattrs_outside", "chmod_outside", "memfd_bomb", "zombie_leader_memory",
           "deleted_open_files", "sysv_ipc", "keyring", "kernel_surface", "socketpair", "fork_bomb",
           "write_repository", "kill_supervisor", "cpp_memory_unseen", "cpp_deleted_open_files",
           "cpp_metadata_outside"]
# Not contained without root and without user namespaces (docs/RELIABILITY.md): Landlock has no right for
# chmod, and the linker needs chmod in the scratch dir, so seccomp cannot refuse it either.
KNOWN_HOLES = {"bare": {"chmod_outside", "cpp_metadata_outside"}, "userns": set()}

pytestmark = pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("useradd"),
                                reason="needs root (to create a throwaway user)")


@pytest.fixture(scope="module")
def user():
    name = f"eftnr{os.getpid()}"
    subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", name],
                   check=True, capture_output=True)
    try:
        uid = int(subprocess.run(["id", "-u", name], check=True, capture_output=True, text=True).stdout)
        yield uid
    finally:
        for proc in Path("/proc").iterdir():  # anything of the user's still alive (nothing, if contained)
            with contextlib.suppress(OSError, ValueError):
                if proc.name.isdigit() and proc.stat().st_uid == uid:
                    os.kill(int(proc.name), signal.SIGKILL)
        subprocess.run(["userdel", name], check=False, capture_output=True)


@pytest.mark.parametrize("mode", ["userns", "bare"])
def test_attacks_contained_without_root(user, mode):
    script = str(HERE / "nonroot.py")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": "/tmp", "PYTHONDONTWRITEBYTECODE": "1",
           "LANG": "C.UTF-8"}
    ran = subprocess.run([sys.executable, script, "launch", str(user), mode, "--", sys.executable, script,
                          "drive", *ATTACKS], env=env, capture_output=True, text=True, timeout=300, check=False)
    rows = [json.loads(line) for line in ran.stdout.splitlines() if line.startswith("{")]
    assert [r["name"] for r in rows] == ATTACKS, ran.stderr[-2000:]
    leaked = {r["name"] for r in rows if not r["contained"]}
    assert leaked == KNOWN_HOLES[mode], [r for r in rows if r["name"] in leaked ^ KNOWN_HOLES[mode]]
