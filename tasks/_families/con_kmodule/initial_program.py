"""The k-module puzzle: pick one option per module to maximise unary option scores plus pairwise scores of
interacting modules, never using an incompatible option pair."""
import numpy as np


# EVOLVE-BLOCK-START
def run(unary, edges, pair, allowed):
    """Return k option indices (one per module), every interacting pair compatible."""
    k, m = unary.shape
    rng = np.random.default_rng(0)
    for _ in range(1000):  # random compatible configurations: first one found
        choice = -np.ones(k, dtype=int)
        for i in rng.permutation(k):
            for o in rng.permutation(m):
                choice[i] = o
                if compatible(choice, edges, allowed):
                    break
            else:
                break
        else:
            return choice.tolist()
    return [0] * k


def compatible(choice, edges, allowed):
    """Every edge whose two modules are both chosen uses an allowed pair."""
    for e, (i, j) in enumerate(edges):
        if choice[i] >= 0 and choice[j] >= 0 and not allowed[e, choice[i], choice[j]]:
            return False
    return True
# EVOLVE-BLOCK-END
