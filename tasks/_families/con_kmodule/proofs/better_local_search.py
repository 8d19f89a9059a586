"""The seed's first compatible configuration, then deterministic 1-opt: repeatedly switch one module to the
option that raises the total most while staying compatible with its neighbours, until nothing improves."""
import numpy as np


def first_compatible(unary, edges, allowed):
    k, m = unary.shape
    rng = np.random.default_rng(0)
    for _ in range(1000):
        choice = -np.ones(k, dtype=int)
        for i in rng.permutation(k):
            for o in rng.permutation(m):
                choice[i] = o
                if all(choice[a] < 0 or choice[b] < 0 or allowed[e, choice[a], choice[b]]
                       for e, (a, b) in enumerate(edges)):
                    break
            else:
                break
        else:
            return choice
    return np.zeros(k, dtype=int)


# EVOLVE-BLOCK-START
def run(unary, edges, pair, allowed):
    k = unary.shape[0]
    choice = first_compatible(unary, edges, allowed)
    touching = [[] for _ in range(k)]
    for e, (a, b) in enumerate(edges):
        touching[a].append((e, b, True))
        touching[b].append((e, a, False))
    improved = True
    while improved:
        improved = False
        for i in range(k):
            gain = unary[i].astype(float).copy()
            for e, other, first in touching[i]:
                row = pair[e, :, choice[other]] if first else pair[e, choice[other], :]
                ok = allowed[e, :, choice[other]] if first else allowed[e, choice[other], :]
                gain += np.where(ok > 0, row, -np.inf)
            best = int(np.argmax(gain))
            if gain[best] > gain[choice[i]]:
                choice[i] = best
                improved = True
    return choice.tolist()
# EVOLVE-BLOCK-END
