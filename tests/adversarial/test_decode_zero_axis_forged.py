"""Attack: Forges .npy headers with a zero-length axis first and huge axes after it: (0, 2**62, 2**62)."""
from contain import Attack, contained

ATTACK = Attack(
    name="decode_zero_axis_forged",
    task="circle_packing_26",
    reason=r"^result too large",
    contained_by="result decoder: a shape is bounded by the product of its axes with zero-length axes counted as 1",
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
    wire = lambda shape: '{"__ndarray__": "%s"}' % base64.b64encode(npy(shape)).decode()
    line = '{"value": {"centers": %s, "radii": %s}}\n' % (wire((0, 2**62, 2**62)), wire((2**40, 0)))
    os.write(int(sys.argv[4]), line.encode())
    os._exit(0)
''',
)


def test_decode_zero_axis_forged(tmp_path):
    contained(ATTACK, tmp_path)
