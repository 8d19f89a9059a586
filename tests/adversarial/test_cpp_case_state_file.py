"""Attack: C++: case 0 leaves a file in its working directory that later cases look for (a leak would
show as `case 1: exit code 42`; with every case in a fresh dir all cases print nothing)."""
from contain import Attack, contained
from scratch import assert_scratch_gone, watch_scratch

ATTACK = Attack(
    name="cpp_case_state_file",
    task="heuristic_cpp",
    reason=r"^case 0: expected \d+ city indices, got 0 tokens$",
    contained_by="a fresh scratch dir per test case (eft.judge.cpp)",
    limit_s=6.0,
    program=r'''
#include <cstdio>

int main() {
    FILE* seen = fopen("state.txt", "r");
    if (seen) return 42;
    FILE* f = fopen("state.txt", "w");
    if (f) { fputs("case 0 was here", f); fclose(f); }
    return 0;
}
''',
)


def test_cpp_case_state_file(tmp_path, monkeypatch):
    made = watch_scratch(monkeypatch)
    contained(ATTACK, tmp_path)
    assert len(made) > 2, "expected a build dir and one dir per case"
    assert_scratch_gone(made)
