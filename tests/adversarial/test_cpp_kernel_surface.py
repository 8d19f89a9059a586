"""Attack: C++: socketpair, a user namespace (unshare and clone), userfaultfd, perf events, BPF and
TIOCSTI; exits 3 if the kernel got to look at any of them (an error other than EPERM/EACCES/ENOSYS)."""
from contain import Attack, contained

ATTACK = Attack(
    name="cpp_kernel_surface",
    task="heuristic_cpp",
    reason=r"^case 0: expected \d+ city indices",
    contained_by="seccomp",
    limit_s=6.0,
    program=r'''
#include <cerrno>
#include <csignal>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static int escaped = 0;

static void expect_refused(long result) {
    if (result >= 0 || (errno != EPERM && errno != EACCES && errno != ENOSYS)) escaped++;
}

int main() {
    int sv[2];
    expect_refused(socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
    expect_refused(unshare(CLONE_NEWUSER));
    long pid = syscall(SYS_clone, CLONE_NEWUSER | SIGCHLD, 0, 0, 0, 0);
    if (pid == 0) _exit(0);
    if (pid > 0) waitpid(pid, nullptr, 0);
    expect_refused(pid);
    expect_refused(syscall(SYS_userfaultfd, 0xFFFF));
    expect_refused(syscall(SYS_perf_event_open, nullptr, 0, -1, -1, 0));
    expect_refused(syscall(SYS_bpf, 0, nullptr, 0));
    char c = 'x';
    expect_refused(ioctl(0, TIOCSTI, &c));
    return escaped ? 3 : 0;
}
''',
)


def test_cpp_kernel_surface(tmp_path):
    contained(ATTACK, tmp_path)
