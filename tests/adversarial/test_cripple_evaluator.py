"""Attack: Cripples the evaluator and its parent: lowers their open-file limit, renices them, pins them to
one CPU, raises their OOM score, and checks whether it could signal or trace them.

Run as the evaluator's own uid (as root, or as the same user) every one of these used to work on processes
outside the sandbox: a candidate could get the search killed. Each attempt must be refused, and the
evaluator's limits, priority, affinity and OOM score must be unchanged (`contain.World`).
"""
from contain import Attack, contained

ATTACK = Attack(
    name="cripple_evaluator",
    task="circle_packing_26",
    reason=r"^exception in run\(\): PermissionError: refused: prlimit ",
    contained_by="a fresh uid per run (root); seccomp: prlimit64/setpriority/sched_set*/ptrace only on itself; "
                 "Landlock: no /proc, signals scoped",
    program=r'''
import ctypes
import os
import resource

libc = ctypes.CDLL(None, use_errno=True)
TARGETS = sorted({@EVALUATOR_PID@, @PARENT_PID@, os.getppid()})


def ptrace_seize(pid):
    # PTRACE_SEIZE does not stop the tracee, so a broken fence would not hang the test
    if libc.ptrace(0x4206, pid, None, None) != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code))


def oom_score(pid):
    with open(f'/proc/{pid}/oom_score_adj', 'w') as fh:
        fh.write('1000')


def run():
    resource.prlimit(0, resource.RLIMIT_CORE, (0, 0))  # control: its own limits are its to change
    refused, escaped = [], []
    for pid in TARGETS:
        for name, attempt in (
            ('prlimit', lambda: resource.prlimit(pid, resource.RLIMIT_NOFILE, (16, 16))),
            ('setpriority', lambda: os.setpriority(os.PRIO_PROCESS, pid, 19)),
            ('sched_setaffinity', lambda: os.sched_setaffinity(pid, {0})),
            ('oom_score_adj', lambda: oom_score(pid)),
            ('kill', lambda: os.kill(pid, 0)),
            ('ptrace', lambda: ptrace_seize(pid)),
        ):
            try:
                attempt()
            except OSError as exc:
                refused.append(f'{name} {pid} {exc.strerror}')
            else:
                escaped.append(f'{name} {pid}')
    if escaped:
        return {'escaped': escaped}
    raise PermissionError('refused: ' + ', '.join(refused))
''',
)


def test_cripple_evaluator(tmp_path):
    contained(ATTACK, tmp_path)
