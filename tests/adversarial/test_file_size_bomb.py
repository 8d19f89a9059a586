"""Attack: Writes one endless file."""
from contain import Attack, contained

ATTACK = Attack(
    name="file_size_bomb",
    task="circle_packing_26",
    reason=r"File too large",
    contained_by="RLIMIT_FSIZE (max_file_mb)",
    program=r'''
def run():
    with open('big', 'wb') as fh:
        while True:
            fh.write(b'x' * (1 << 20))
''',
)


def test_file_size_bomb(tmp_path):
    contained(ATTACK, tmp_path)
