"""Attack: C++: leaves a setsid daemon behind."""
from contain import Attack, contained

ATTACK = Attack(
    name="cpp_daemon",
    task="heuristic_cpp",
    reason=r"^case 0: expected \d+ city indices",
    contained_by="subreaper tree sweep",
    limit_s=6.0,
    program=r'''
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

int main() {
    if (fork() == 0) { setsid(); if (fork() == 0) execlp("sleep", "sleep", "3600", "@MARK@", (char*)0); _exit(0); }
    return 0;
}
''',
)


def test_cpp_daemon(tmp_path):
    contained(ATTACK, tmp_path)
