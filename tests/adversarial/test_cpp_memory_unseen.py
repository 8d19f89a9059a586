"""Attack: C++: the main thread exits (pthread_exit) while another thread fills memfds with 2 GiB."""
from contain import Attack, contained

ATTACK = Attack(
    name="cpp_memory_unseen",
    task="heuristic_cpp",
    reason=r"^case 0: memory limit exceeded",
    contained_by="memory cgroup; without one, the watchdog counts memfds and a zombie main thread's threads",
    limit_s=6.0,
    mem_mb=512,
    program=r'''
#include <cstring>
#include <pthread.h>
#include <sys/mman.h>
#include <unistd.h>

static char chunk[32 << 20];

static void* fill(void*) {
    memset(chunk, 'x', sizeof chunk);
    for (int i = 0; i < 64; i++) {
        int fd = memfd_create("@MARK@", 0);
        if (fd < 0 || write(fd, chunk, sizeof chunk) < 0) break;
    }
    sleep(60);
    return nullptr;
}

int main() {
    pthread_t t;
    pthread_create(&t, nullptr, fill, nullptr);
    pthread_exit(nullptr);
}
''',
)


def test_cpp_memory_unseen(tmp_path):
    contained(ATTACK, tmp_path)
