"""Attack: C++: writes into the repository."""
from contain import Attack, contained

ATTACK = Attack(
    name="cpp_write_outside",
    task="heuristic_cpp",
    reason=r"^case 0: expected \d+ city indices",
    contained_by="Landlock: only the scratch dir is writable",
    limit_s=6.0,
    program=r'''
#include <cstdio>
#include <cstdlib>

int main() {
    FILE* f = fopen("@REPO@/@MARK@.txt", "w");
    if (f) { fputs("pwned", f); fclose(f); }
    return 0;
}
''',
)


def test_cpp_write_outside(tmp_path):
    contained(ATTACK, tmp_path)
