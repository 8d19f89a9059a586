"""The non-root pass: run a selection of attacks as an unprivileged user, with and without user namespaces.

Two parts, both run by `test_nonroot_pass.py` (as root, with a throwaway user it creates):
- `launch` (as root): a private mount namespace in which the interpreter, the venv and the repository are
  reachable by the user (this machine's Python lives under root's 0700 home; `namespaces.expose` does what a
  host with a system Python needs no help for), then the user's uid/gid, optionally a seccomp filter that
  refuses user namespaces (as Ubuntu's AppArmor rule or a sysctl does on many hosts), then exec the driver;
- `drive` (as the user): `contain.contained` for each named attack, one JSON line per attack.
In a user namespace the fence for writes and metadata is a read-only remount, so a write attack's reason
may read "Read-only file system" instead of "Permission denied"; `drive` accepts both.

Run: python nonroot.py launch UID MODE -- python nonroot.py drive ATTACK...   (MODE: userns | bare)
"""
from __future__ import annotations

import ctypes
import dataclasses
import importlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))


def launch(uid: int, mode: str, argv: list[str]) -> None:
    from eft.sandbox import namespaces, syscalls

    libc = ctypes.CDLL(None, use_errno=True)
    if libc.unshare(namespaces.CLONE_NEWNS) != 0:
        raise SystemExit("launch: cannot make a mount namespace")
    namespaces._mount(None, "/", None, namespaces.MS_REC | namespaces.MS_PRIVATE)
    needed = [os.path.realpath(sys.executable), sys.base_prefix, sys.prefix, str(REPO)]
    namespaces.expose(needed, uid, uid, tempfile.mkdtemp(prefix="eft-nonroot-"))
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)
    if mode == "bare":  # a host whose kernel refuses unprivileged user namespaces
        nr = {"x86_64": (272, 56), "aarch64": (97, 220)}[os.uname().machine]
        code = b"".join([syscalls._insn(syscalls._LD_W_ABS, 0)]
                        + syscalls._refuse_values(nr[0], 0, (), mask=namespaces.CLONE_NEWUSER)
                        + syscalls._refuse_values(nr[1], 0, (), mask=namespaces.CLONE_NEWUSER)
                        + [syscalls._insn(syscalls._RET, syscalls.ALLOW)])
        if libc.prctl(38, 1, 0, 0, 0) != 0:  # PR_SET_NO_NEW_PRIVS
            raise SystemExit("launch: no_new_privs failed")
        syscalls.install_code(libc, code)
    os.execvp(argv[0], argv)


def drive(names: list[str]) -> None:
    import contain

    for name in names:
        attack = importlib.import_module(f"test_{name}").ATTACK
        attack = dataclasses.replace(attack, reason=attack.reason + "|Read-only file system")
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            try:
                outcome = contain.contained(attack, Path(tmp))
                row = {"name": name, "contained": True, "seconds": outcome.seconds,
                       "reason": outcome.metrics.get("error", "")}
            except AssertionError as exc:
                row = {"name": name, "contained": False, "seconds": time.perf_counter() - start,
                       "reason": str(exc).splitlines()[0][:300]}
        print(json.dumps(row), flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "launch":
        launch(int(sys.argv[2]), sys.argv[3], sys.argv[5:])
    else:
        drive(sys.argv[2:])
