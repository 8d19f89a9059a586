"""Attack: C++: fork bomb."""
from contain import Attack, contained

ATTACK = Attack(
    name="cpp_fork_bomb",
    task="heuristic_cpp",
    reason=r"case 0: (timeout|process limit)",
    contained_by="pids cgroup + supervisor sweep",
    limit_s=6.0,
    program=r'''
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

int main() {
    for (;;) fork();
    return 0;
}
''',
)


def test_cpp_fork_bomb(tmp_path):
    contained(ATTACK, tmp_path)
