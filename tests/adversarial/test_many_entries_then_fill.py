"""Attack: Makes more directory entries than the old disk scan visited (100,000), then fills the disk
behind them, where a capped scan never looks."""
from contain import Attack, contained

ATTACK = Attack(
    name="many_entries_then_fill",
    task="circle_packing_26",
    reason=r"disk limit exceeded: more than \d+ files in scratch",
    contained_by="max_files caps the scratch dir's entries; the scan has no cap of its own and stops at a limit",
    limit_s=10.0,
    program=r'''
import os


def run():
    os.mkdir('a')
    for i in range(100_001):
        if i % 60_000 == 0:  # ext4 allows 65,000 links to one inode
            source = f'a/{i}'
            open(source, 'w').close()
        else:
            os.link(source, f'a/{i}')  # an entry without a new inode: the fastest way to make many
    os.mkdir('z')
    for i in range(64):
        fd = os.open(f'z/fill{i}', os.O_RDWR | os.O_CREAT, 0o600)
        os.posix_fallocate(fd, 0, 48 << 20)
        os.close(fd)
''',
)


def test_many_entries_then_fill(tmp_path):
    contained(ATTACK, tmp_path)
