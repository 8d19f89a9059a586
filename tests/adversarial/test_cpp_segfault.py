"""Attack: C++: null write."""
from contain import Attack, contained

ATTACK = Attack(
    name="cpp_segfault",
    task="heuristic_cpp",
    reason=r"^case 0: killed by signal SIGSEGV$",
    contained_by="signal reported as the reason",
    limit_s=6.0,
    program=r'''
#include <cstdio>
#include <cstdlib>

int main() {
    *(volatile int*)0 = 1;
    return 0;
}
''',
)


def test_cpp_segfault(tmp_path):
    contained(ATTACK, tmp_path)
