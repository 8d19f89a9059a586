"""Attack: C++: lowers the evaluator's limits, renices and pins it, signals, traces and reads its memory.

Exits 3 if any call got through (a broken fence), so the case fails with an exit code instead of the
evaluator's "expected ... city indices" for a program that printed nothing.
"""
from contain import Attack, contained

ATTACK = Attack(
    name="cpp_cripple_evaluator",
    task="heuristic_cpp",
    reason=r"^case 0: expected \d+ city indices",
    contained_by="a fresh uid per run (root); seccomp: only its own limits/priority/affinity, no ptrace or "
                 "process_vm_readv; Landlock: signals scoped",
    limit_s=6.0,
    program=r'''
#include <cerrno>
#include <sched.h>
#include <signal.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/uio.h>
#include <unistd.h>

int main() {
    pid_t targets[] = {@EVALUATOR_PID@, @PARENT_PID@, getppid()};
    int escaped = 0;
    for (pid_t pid : targets) {
        struct rlimit rl = {16, 16};
        if (prlimit(pid, RLIMIT_NOFILE, &rl, nullptr) == 0) escaped++;
        if (setpriority(PRIO_PROCESS, pid, 19) == 0) escaped++;
        cpu_set_t set; CPU_ZERO(&set); CPU_SET(0, &set);
        if (sched_setaffinity(pid, sizeof set, &set) == 0) escaped++;
        if (kill(pid, 0) == 0) escaped++;
        if (ptrace(PTRACE_SEIZE, pid, nullptr, nullptr) == 0) escaped++;
        char buf[8]; struct iovec local = {buf, sizeof buf}, remote = {(void*)8, sizeof buf};
        if (process_vm_readv(pid, &local, 1, &remote, 1, 0) >= 0 || errno == EFAULT) escaped++;
    }
    return escaped ? 3 : 0;
}
''',
)


def test_cpp_cripple_evaluator(tmp_path):
    contained(ATTACK, tmp_path)
