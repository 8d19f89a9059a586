"""Attack: Four processes each hold 300 MiB in a thread after their main thread exited.

A process whose main thread has exited shows in /proc as a zombie with no memory while its other threads
run on: the old watchdog skipped zombies (their memory, and their killing), so 2.3x the limit went unseen.
"""
from contain import Attack, contained

ATTACK = Attack(
    name="zombie_leader_memory",
    task="circle_packing_26",
    reason=r"memory limit exceeded",
    contained_by="memory cgroup; the watchdog counts a zombie main thread's live threads (and kills them)",
    mem_mb=512,
    program=r'''
import ctypes
import os
import platform
import threading
import time

SYS_EXIT = {'x86_64': 60, 'aarch64': 93}[platform.machine()]  # exit() of the calling thread only


def hold(ready):
    hog = b'x' * (300 << 20)
    ready.set()
    time.sleep(60)
    return hog


def run():
    for _ in range(4):  # one at a time, so no two live main threads ever hold more than the limit
        r, w = os.pipe()
        if os.fork() == 0:
            ready = threading.Event()
            threading.Thread(target=hold, args=(ready,)).start()
            ready.wait()
            os.write(w, b'1')
            ctypes.CDLL(None).syscall(SYS_EXIT, 0)
        os.read(r, 1)
        time.sleep(0.05)
    time.sleep(60)
''',
)


def test_zombie_leader_memory(tmp_path):
    contained(ATTACK, tmp_path)
