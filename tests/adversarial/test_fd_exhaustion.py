"""Attack: Opens file descriptors until something breaks."""
from contain import Attack, contained

ATTACK = Attack(
    name="fd_exhaustion",
    task="circle_packing_26",
    reason=r"Too many open files",
    contained_by="RLIMIT_NOFILE (max_open_files)",
    program=r'''
def run():
    keep = []
    while True:
        keep.append(open('/dev/null'))
''',
)


def test_fd_exhaustion(tmp_path):
    contained(ATTACK, tmp_path)
