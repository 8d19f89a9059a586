"""Attack: C++: floods stdout."""
from contain import Attack, contained

ATTACK = Attack(
    name="cpp_huge_stdout",
    task="heuristic_cpp",
    reason=r"case 0: (killed by signal SIGXFSZ|output exceeds)",
    contained_by="stdout file capped by RLIMIT_FSIZE",
    limit_s=6.0,
    program=r'''
#include <cstdio>
#include <cstdlib>

int main() {
    for (;;) fputs("0 1 2 3 4 5 6 7 8 9\n", stdout);
    return 0;
}
''',
)


def test_cpp_huge_stdout(tmp_path):
    contained(ATTACK, tmp_path)
