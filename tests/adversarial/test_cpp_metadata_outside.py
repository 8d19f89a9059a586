"""Attack: C++: chmod, utimensat, setxattr and chown on files outside its scratch dir; exits 3 if any
call went through."""
from contain import Attack, contained

ATTACK = Attack(
    name="cpp_metadata_outside",
    task="heuristic_cpp",
    reason=r"^case 0: expected \d+ city indices",
    contained_by="a fresh uid (root) or a read-only view (not root); seccomp refuses chown and xattr writes",
    limit_s=6.0,
    program=r'''
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

int main() {
    const char* targets[] = {"@REPO@/tasks/heuristic_cpp/evaluator.py", "@VENV@/pyvenv.cfg", "@SENTINEL@",
                             "@HOME@"};
    int escaped = 0;
    for (const char* path : targets) {
        if (chmod(path, 0777) == 0) escaped++;
        struct timespec times[2] = {{0, 0}, {0, 0}};
        if (utimensat(AT_FDCWD, path, times, 0) == 0) escaped++;
        if (setxattr(path, "user.@MARK@", "1", 1, 0) == 0) escaped++;
        if (chown(path, getuid(), getgid()) == 0) escaped++;
    }
    return escaped ? 3 : 0;
}
''',
)


def test_cpp_metadata_outside(tmp_path):
    contained(ATTACK, tmp_path)
