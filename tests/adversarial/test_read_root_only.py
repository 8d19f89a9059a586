"""Attack: Reads root-only files that Landlock lets it read because they sit in /etc (the password
hashes). As root with its capabilities dropped, a candidate still owned them, so it could read them."""
from contain import Attack, contained

ATTACK = Attack(
    name="read_root_only",
    task="circle_packing_26",
    reason=r"PermissionError: \[Errno 13\] Permission denied: '/etc/(shadow|gshadow)'",
    contained_by="a fresh uid per run (root); not root: the file system's own permissions",
    program=r'''
import os


def run():
    for path in ('/etc/shadow', '/etc/gshadow'):
        if os.path.exists(path):
            with open(path) as fh:
                return {'secret': fh.read()}
    raise PermissionError(13, 'Permission denied', '/etc/shadow')  # a host without them: nothing to leak
''',
)


def test_read_root_only(tmp_path):
    contained(ATTACK, tmp_path)
