"""A plausible but wrong answer: a Hadamard matrix of order 28 (|det| = 28^14, as the seed) from Paley's
second construction with q = 13, one row and column short of order 29; the shape must be rejected."""
import numpy as np

# EVOLVE-BLOCK-START
Q = 13


def run():
    squares = {(k * k) % Q for k in range(1, Q)}
    core = np.array([[0 if i == j else (1 if (j - i) % Q in squares else -1) for j in range(Q)] for i in range(Q)])
    conference = np.zeros((Q + 1, Q + 1), dtype=int)
    conference[0, 1:] = conference[1:, 0] = 1
    conference[1:, 1:] = core
    return (np.kron(conference, [[1, 1], [1, -1]]) + np.kron(np.eye(Q + 1, dtype=int), [[1, -1], [-1, -1]])).tolist()
# EVOLVE-BLOCK-END
