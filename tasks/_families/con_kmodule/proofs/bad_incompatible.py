"""Known-bad: the best-scoring option of every module, ignoring compatibility, then forced onto a forbidden
pair where one exists (chains without forbidden pairs get an out-of-range index instead); must be rejected."""
import numpy as np


# EVOLVE-BLOCK-START
def run(unary, edges, pair, allowed):
    m = unary.shape[1]
    choice = np.argmax(unary, axis=1)
    banned = np.argwhere(allowed == 0)
    if len(banned):
        e, a, b = banned[0]
        choice[edges[e, 0]], choice[edges[e, 1]] = a, b
    else:
        choice[0] = m
    return choice.tolist()
# EVOLVE-BLOCK-END
