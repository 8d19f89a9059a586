"""Attack: C++: includes the hidden test cases into the binary."""
from contain import Attack, contained

ATTACK = Attack(
    name="cpp_include_hidden_cases",
    task="heuristic_cpp",
    reason=r"^compile error: .*(Permission denied|No such file)",
    contained_by="Landlock: task data unreadable, for the compiler too",
    limit_s=6.0,
    program=r'''
#include "@DATA@/cases.json"
int main() { return 0; }
''',
)


def test_cpp_include_hidden_cases(tmp_path):
    contained(ATTACK, tmp_path)
