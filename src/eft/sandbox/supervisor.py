"""Trusted per-run supervisor: the subreaper that every process of a sandboxed candidate descends from.

Run by path (stdlib only) as `python -I -S supervisor.py POLICY_JSON STATUS_FD -- ARGV...`. It marks itself
a child subreaper, so a candidate's daemons that double-fork or `setsid` are re-parented here instead of to
init and stay findable in the supervisor's process tree, which the parent sweeps. It forks, confines the
child (`confine.py`: rlimits, cgroups, namespaces, a fresh uid when root, seccomp, Landlock) and execs ARGV
there, writes the child's exit code (negative: signal) to STATUS_FD, then keeps reaping orphans until the
parent kills it. If the parent dies first (its job was SIGKILLed),
the kernel sends SIGTERM here and the supervisor kills the whole tree before exiting.
"""
import ctypes
import json
import os
import signal
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # -I leaves the script's dir off sys.path
from confine import confine
from tree import sweep

PR_SET_PDEATHSIG, PR_SET_CHILD_SUBREAPER = 1, 36


def _sweep_and_exit(signum, frame):
    """The parent died (its job was killed): take the whole tree down before going."""
    sweep(os.getpid(), None)
    os._exit(1)


def main(argv):
    policy_path, status_fd, _sep, *command = argv[1:]
    status_fd = int(status_fd)
    with open(policy_path, encoding="utf-8") as fh:
        policy = json.load(fh)
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    signal.signal(signal.SIGTERM, _sweep_and_exit)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    if os.getppid() == 1:  # the parent was already gone before the death signal was armed
        return
    pid = os.fork()
    if pid == 0:
        try:
            os.close(status_fd)
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            for sig in (signal.SIGPIPE, signal.SIGXFSZ):  # Python ignores these; exec would keep that
                signal.signal(sig, signal.SIG_DFL)
            confine(policy)  # what it got (and any fence it had to skip) goes to the policy's report line
            os.execvpe(command[0], command, os.environ)
        except BaseException as exc:  # noqa: BLE001 - report any failure to start in one line, then die
            try:
                open_fds = len(os.listdir("/proc/self/fd"))
            except OSError:
                open_fds = -1
            os.write(2, f"sandbox: could not start {command[0]}: {exc} ({open_fds} fds open)\n".encode())
        os._exit(126)
    for fd in policy["child_fds"]:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    os.write(status_fd, f"{os.waitstatus_to_exitcode(status)}\n".encode())
    os.close(status_fd)
    while True:  # reap re-parented orphans until the parent's sweep is done and it kills us
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            time.sleep(0.05)


if __name__ == "__main__":
    main(sys.argv)
