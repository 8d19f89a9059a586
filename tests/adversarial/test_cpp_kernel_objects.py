"""Attack: C++: System V shared memory, message queue and semaphores, a POSIX message queue and a key in
the session keyring; exits 3 if any was made."""
from contain import Attack, contained

ATTACK = Attack(
    name="cpp_kernel_objects",
    task="heuristic_cpp",
    reason=r"^case 0: expected \d+ city indices",
    contained_by="seccomp refuses System V IPC, mq_* and the keyring calls; an IPC namespace besides",
    limit_s=6.0,
    program=r'''
#include <fcntl.h>
#include <mqueue.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/syscall.h>
#include <unistd.h>

int main() {
    const key_t key = 0x0EF7A77D;
    int escaped = 0;
    if (shmget(key, 1 << 20, IPC_CREAT | 0600) >= 0) escaped++;
    if (msgget(key + 1, IPC_CREAT | 0600) >= 0) escaped++;
    if (semget(key + 2, 1, IPC_CREAT | 0600) >= 0) escaped++;
    if (mq_open("/@MARK@", O_CREAT | O_RDWR, 0600, nullptr) != (mqd_t)-1) escaped++;
    if (syscall(SYS_add_key, "user", "@MARK@", "secret", 6, -3) >= 0) escaped++;
    return escaped ? 3 : 0;
}
''',
)


def test_cpp_kernel_objects(tmp_path):
    contained(ATTACK, tmp_path)
