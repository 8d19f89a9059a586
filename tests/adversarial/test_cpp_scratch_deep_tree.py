"""Attack: C++: builds a scratch tree 1000 levels deep with 200-character names, locks its bottom (chmod
000), and fails the case."""
from contain import Attack, contained
from scratch import assert_scratch_gone, watch_scratch

ATTACK = Attack(
    name="cpp_scratch_deep_tree",
    task="heuristic_cpp",
    reason=r"^case 0: exit code 3$",
    contained_by="iterative fd-relative scratch cleanup (eft.sandbox.cleanup)",
    limit_s=6.0,
    program=r'''
#include <string>
#include <sys/stat.h>
#include <unistd.h>

int main() {
    std::string name(200, 'd');
    for (int i = 0; i < 1000; i++) {
        if (mkdir(name.c_str(), 0755) != 0 || chdir(name.c_str()) != 0) break;
    }
    mkdir("locked", 0755);
    chmod("locked", 0);
    return 3;
}
''',
)


def test_cpp_scratch_deep_tree(tmp_path, monkeypatch):
    made = watch_scratch(monkeypatch)
    contained(ATTACK, tmp_path)
    assert_scratch_gone(made)
