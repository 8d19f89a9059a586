"""Attack: C++: allocates and touches memory until it fails."""
from contain import Attack, contained

ATTACK = Attack(
    name="cpp_memory_bomb",
    task="heuristic_cpp",
    reason=r"case 0: (killed by signal SIG(ABRT|KILL|SEGV)|memory limit)",
    contained_by="RLIMIT_AS and the RSS watchdog",
    limit_s=6.0,
    mem_mb=256,  # reached in a few allocations, well inside case_s even on a loaded machine
    program=r'''
#include <cstdio>
#include <cstdlib>

int main() {
    for (;;) { volatile char* p = (volatile char*)malloc(1 << 26); if (!p) abort(); for (int i = 0; i < (1 << 26); i += 4096) p[i] = 1; }
    return 0;
}
''',
)


def test_cpp_memory_bomb(tmp_path):
    contained(ATTACK, tmp_path)
