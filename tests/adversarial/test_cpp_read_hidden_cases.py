"""Attack: C++: reads the hidden cases file and prints it."""
from contain import Attack, contained

ATTACK = Attack(
    name="cpp_read_hidden_cases",
    task="heuristic_cpp",
    reason=r"^case 0: expected \d+ city indices",
    contained_by="Landlock: task data unreadable at run time",
    limit_s=6.0,
    program=r'''
#include <cstdio>
#include <cstdlib>

int main() {
    FILE* f = fopen("@DATA@/cases.json", "r");
    if (!f) return 0;
    int c; while ((c = fgetc(f)) != EOF) putchar(c);
    return 0;
}
''',
)


def test_cpp_read_hidden_cases(tmp_path):
    contained(ATTACK, tmp_path)
