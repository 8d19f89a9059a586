"""Attack: C++: prints 100,000-digit numbers as its answer (int() of them fails, or yields a huge index)."""
from contain import Attack, contained

ATTACK = Attack(
    name="cpp_giant_token",
    task="competitive_cpp",
    reason=r"^case 0: (output contains a non-integer token|an item index is outside)",
    contained_by="the checker parses tokens under Python's digit limit and range-checks them",
    limit_s=6.0,
    program=r'''
#include <cstdio>
#include <string>

int main() {
    std::string big(100000, '9');
    printf("%s\n%s\n", big.c_str(), big.c_str());
    return 0;
}
''',
)


def test_cpp_giant_token(tmp_path):
    contained(ATTACK, tmp_path)
