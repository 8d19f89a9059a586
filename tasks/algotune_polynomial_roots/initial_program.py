"""Polynomial root finder; the evaluator times it against a reference and checks every output."""
import numpy as np

# EVOLVE-BLOCK-START
ITERATIONS = 300


def solve(problem):
    """Real roots of a polynomial with only real roots (coefficients highest degree first), descending."""
    coefficients = np.asarray(problem["coefficients"], dtype=float)
    coefficients = coefficients / coefficients[0]
    degree = len(coefficients) - 1
    roots = (0.4 + 0.9j) ** np.arange(degree)  # Durand-Kerner start: points off the real axis
    for _ in range(ITERATIONS):
        differences = roots[:, None] - roots[None, :]
        np.fill_diagonal(differences, 1.0)
        roots = roots - np.polyval(coefficients, roots) / differences.prod(axis=1)
    return np.sort(roots.real)[::-1]
# EVOLVE-BLOCK-END
