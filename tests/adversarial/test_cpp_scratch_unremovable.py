"""Attack: C++: leaves chmod-000 and read-only folders, a symlink loop and a link to a folder outside the
sandbox in its scratch dir, then fails the case."""
from contain import Attack, contained
from scratch import (
    assert_scratch_gone,
    assert_sentinel_intact,
    sentinel_dir,
    watch_scratch,
)

ATTACK = Attack(
    name="cpp_scratch_unremovable",
    task="heuristic_cpp",
    reason=r"^case 0: exit code 3$",
    contained_by="scratch cleanup restores permissions and never follows links",
    limit_s=6.0,
    program=r'''
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

int main() {
    mkdir("locked", 0755);
    mkdir("locked/a", 0755);
    FILE* f = fopen("locked/a/file", "w");
    if (f) { fputs("x", f); fclose(f); }
    chmod("locked/a", 0);
    chmod("locked", 0);
    mkdir("readonly", 0755);
    f = fopen("readonly/file", "w");
    if (f) { fputs("x", f); fclose(f); }
    chmod("readonly", 0500);
    symlink("loop", "loop");
    symlink(".", "self");
    symlink("@SENTINEL@", "outside");
    chmod(".", 0500);
    return 3;
}
''',
)


def test_cpp_scratch_unremovable(tmp_path, monkeypatch):
    made = watch_scratch(monkeypatch)
    sentinel = sentinel_dir(tmp_path)
    contained(ATTACK, tmp_path, SENTINEL=str(sentinel))
    assert_scratch_gone(made)
    assert_sentinel_intact(sentinel)
