"""Attack: Never finishes importing, so the runner never reports ready."""
from contain import Attack, contained

ATTACK = Attack(
    name="hang_at_import",
    task="circle_packing_26",
    reason=r"^timeout after 3s$",
    contained_by="wall-clock timeout covers the import too",
    program=r'''
while True:
    pass
''',
)


def test_hang_at_import(tmp_path):
    contained(ATTACK, tmp_path)
