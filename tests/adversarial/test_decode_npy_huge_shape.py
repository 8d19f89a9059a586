"""Attack: Forges a 200-byte answer whose .npy header claims a 10^6 x 10^6 float array (8 TB) with no data."""
from contain import Attack, contained

ATTACK = Attack(
    name="decode_npy_huge_shape",
    task="circle_packing_26",
    reason=r"^result too large",
    contained_by="result decoder: the .npy shape is charged against the value budget before anything is allocated",
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
    array = base64.b64encode(npy((10**6, 10**6))).decode()
    line = '{"value": {"centers": {"__ndarray__": "%s"}, "radii": [0.1]}}\n' % array
    os.write(int(sys.argv[4]), line.encode())
    os._exit(0)
''',
)


def test_decode_npy_huge_shape(tmp_path):
    contained(ATTACK, tmp_path)
