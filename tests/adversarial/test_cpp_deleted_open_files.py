"""Attack: C++: allocates 768 MiB in files it deleted but keeps open."""
from contain import Attack, contained

ATTACK = Attack(
    name="cpp_deleted_open_files",
    task="heuristic_cpp",
    reason=r"^case 0: disk limit exceeded: \d+ MB in scratch, \d+ MB of it deleted but open",
    contained_by="disk watchdog adds files held open after deletion",
    limit_s=6.0,
    program=r'''
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

int main() {
    for (int i = 0; i < 16; i++) {
        char name[32];
        snprintf(name, sizeof name, "held%d", i);
        int fd = open(name, O_RDWR | O_CREAT, 0600);
        if (fd < 0) return 0;
        unlink(name);
        posix_fallocate(fd, 0, 48 << 20);
    }
    sleep(60);
    return 0;
}
''',
)


def test_cpp_deleted_open_files(tmp_path):
    contained(ATTACK, tmp_path)
