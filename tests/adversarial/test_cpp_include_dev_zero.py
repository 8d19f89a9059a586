"""Attack: C++: includes an endless file."""
from contain import Attack, contained

ATTACK = Attack(
    name="cpp_include_dev_zero",
    task="heuristic_cpp",
    reason=r"^compile error",
    contained_by="compile timeout and RLIMIT_AS on g++",
    limit_s=6.0,
    program=r'''
#include "/dev/zero"
int main() { return 0; }
''',
)


def test_cpp_include_dev_zero(tmp_path):
    contained(ATTACK, tmp_path)
