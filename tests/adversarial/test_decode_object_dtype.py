"""Attack: Forges an object-dtype .npy whose pickle would run a shell command in the evaluator."""
from contain import Attack, contained

ATTACK = Attack(
    name="decode_object_dtype",
    task="circle_packing_26",
    reason=r"^result array has dtype \|O; only bool, int, uint and float are accepted$",
    contained_by="result decoder: dtype whitelist (plain bool/int/uint/float), never unpickles",
    program=r'''
import base64
import os
import pickle
import struct
import sys


class Payload:
    def __reduce__(self):
        return (os.system, ('touch /tmp/@MARK@_unpickled',))


def npy(shape, descr, data):
    header = repr({'descr': descr, 'fortran_order': False, 'shape': shape}).encode()
    header += b' ' * (-(len(header) + 11) % 64) + b'\n'
    return b'\x93NUMPY\x01\x00' + struct.pack('<H', len(header)) + header + data


def run():
    array = base64.b64encode(npy((26, 2), '|O', pickle.dumps(Payload()))).decode()
    line = '{"value": {"centers": {"__ndarray__": "%s"}, "radii": [0.1]}}\n' % array
    os.write(int(sys.argv[4]), line.encode())
    os._exit(0)
''',
)


def test_decode_object_dtype(tmp_path):
    contained(ATTACK, tmp_path)
