"""Attack: Allocates 16 files of 48 MiB (768 MiB, 3x the disk limit) in its scratch dir, deleting each one
while it keeps it open: a scan of the scratch dir finds nothing, the disk is still full.

The blocks are allocated with fallocate (no data written), so the attack is as fast as the file system.
"""
from contain import Attack, contained

ATTACK = Attack(
    name="deleted_open_files",
    task="circle_packing_26",
    reason=r"disk limit exceeded: \d+ MB in scratch, \d+ MB of it deleted but open",
    contained_by="disk watchdog adds files the tree holds open (or mapped) after deleting them",
    limit_s=10.0,
    program=r'''
import os
import time


def run():
    held = []
    for i in range(16):
        fd = os.open(f'held{i}', os.O_RDWR | os.O_CREAT, 0o600)
        os.unlink(f'held{i}')
        os.posix_fallocate(fd, 0, 48 << 20)
        held.append(fd)
    time.sleep(60)
''',
)


def test_deleted_open_files(tmp_path):
    contained(ATTACK, tmp_path)
