"""Attack: Fills its scratch dir with 48 MiB files (each under the file-size limit)."""
from contain import Attack, contained

ATTACK = Attack(
    name="disk_fill",
    task="circle_packing_26",
    reason=r"disk limit exceeded|File too large|No space",
    contained_by="scratch-disk watchdog (max_disk_mb)",
    program=r'''
def run():
    block = b'x' * (16 << 20)
    i = 0
    while True:
        with open(f'fill{i}', 'wb') as fh:
            fh.write(block * 3)
        i += 1
''',
)


def test_disk_fill(tmp_path):
    contained(ATTACK, tmp_path)
