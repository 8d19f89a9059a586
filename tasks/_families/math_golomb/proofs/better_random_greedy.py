"""Randomised greedy with restarts: each next mark is drawn among the few smallest admissible ones (the
first restart is the plain greedy), and the shortest ruler found is kept."""
import numpy as np


def build(n, rng, choices):
    marks, diffs = [0], set()
    while len(marks) < n:
        options, candidate = [], marks[-1] + 1
        while len(options) < choices:
            new = {candidate - m for m in marks}
            if not new & diffs:
                options.append((candidate, new))
            candidate += 1
        pick, new = options[rng.integers(len(options))] if choices > 1 else options[0]
        marks.append(pick)
        diffs |= new
    return marks


# EVOLVE-BLOCK-START
def run(n, restarts=100):
    rng = np.random.default_rng(3)
    best = build(n, rng, 1)
    for r in range(restarts):
        marks = build(n, rng, 2 + r % 3)
        if marks[-1] < best[-1]:
            best = marks
    return best
# EVOLVE-BLOCK-END
