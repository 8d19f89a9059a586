"""Attack: Forges a 2 KB answer of ten (1.9M x 0) arrays, each under the budget, 19 million lists in all."""
from contain import Attack, contained

ATTACK = Attack(
    name="decode_many_arrays",
    task="circle_packing_26",
    reason=r"^result too large",
    contained_by="result decoder: one value budget per message, shared by all its arrays",
    program=r'''
import base64
import os
import struct
import sys


def npy(shape, descr='<f8', data=b''):
    header = repr({'descr': descr, 'fortran_order': False, 'shape': shape}).encode()
    header += b' ' * (-(len(header) + 11) % 64) + b'\n'
    return b'\x93NUMPY\x01\x00' + struct.pack('<H', len(header)) + header + data


def run():
    wire = '{"__ndarray__": "%s"}' % base64.b64encode(npy((1_900_000, 0))).decode()
    line = '{"value": {"centers": [%s], "radii": [0.1]}}\n' % ', '.join([wire] * 10)
    os.write(int(sys.argv[4]), line.encode())
    os._exit(0)
''',
)


def test_decode_many_arrays(tmp_path):
    contained(ATTACK, tmp_path)
