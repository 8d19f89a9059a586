"""Attack: C++: abort()."""
from contain import Attack, contained

ATTACK = Attack(
    name="cpp_abort",
    task="heuristic_cpp",
    reason=r"^case 0: killed by signal SIGABRT$",
    contained_by="signal reported as the reason",
    limit_s=6.0,
    program=r'''
#include <cstdio>
#include <cstdlib>

int main() {
    abort();
    return 0;
}
''',
)


def test_cpp_abort(tmp_path):
    contained(ATTACK, tmp_path)
