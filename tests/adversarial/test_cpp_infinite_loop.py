"""Attack: C++: busy loop."""
from contain import Attack, contained

ATTACK = Attack(
    name="cpp_infinite_loop",
    task="heuristic_cpp",
    reason=r"^case 0: timeout after 2s$",
    contained_by="wall-clock timeout per case",
    limit_s=6.0,
    program=r'''
#include <cstdio>
#include <cstdlib>

int main() {
    for (volatile int i = 0;; ) { i = i + 1; }
    return 0;
}
''',
)


def test_cpp_infinite_loop(tmp_path):
    contained(ATTACK, tmp_path)
