"""Dense linear system solver; the evaluator times it against a reference solver and checks every output."""
import numpy as np

# EVOLVE-BLOCK-START


def solve(problem):
    """x with A x = b for the nonsingular n x n matrix problem["A"] (b a vector, or a matrix of columns).

    Forms the inverse (LU factorisation plus n triangular solves, ~2 n^3 flops) and multiplies.
    """
    return np.linalg.inv(problem["A"]) @ problem["b"]
# EVOLVE-BLOCK-END
