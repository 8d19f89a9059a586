"""Attack: C++: case 0 replaces ./main with a script, so that later cases would run the script instead of
the compiled program (a leak would show as `case 1: exit code 42`)."""
from contain import Attack, contained

ATTACK = Attack(
    name="cpp_case_replace_binary",
    task="heuristic_cpp",
    reason=r"^case 0: expected \d+ city indices, got 0 tokens$",
    contained_by="each case runs its own copy of the binary, in a fresh scratch dir (eft.judge.cpp)",
    limit_s=6.0,
    program=r'''
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

int main() {
    unlink("main");
    FILE* f = fopen("main", "w");
    if (f) { fputs("#!/bin/sh\nexit 42\n", f); fclose(f); }
    chmod("main", 0755);
    return 0;
}
''',
)


def test_cpp_case_replace_binary(tmp_path):
    contained(ATTACK, tmp_path)
