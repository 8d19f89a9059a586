"""Hadamard maximal determinant, order 29: a +-1 matrix with large |det|.

The seed is Paley's construction: 29 is a prime = 1 (mod 4), so the Jacobsthal matrix Q[i][j] =
legendre(j - i) (0 on the diagonal) is symmetric with Q^2 = 29 I - J and Q 1 = 0. Its eigenvalues are 0 (on
the all-ones vector) and +-sqrt(29) (14 times each), so Q + I (which is +-1) has
det = 1 * ((1 + sqrt(29)) (1 - sqrt(29)))^14 = 28^14.
"""


# EVOLVE-BLOCK-START
ORDER = 29


def legendre(a, p):
    """+1 if a is a non-zero square modulo the prime p, -1 if it is not, 0 if p divides a."""
    a %= p
    if a == 0:
        return 0
    return 1 if pow(a, (p - 1) // 2, p) == 1 else -1


def run():
    """Return a 29x29 matrix of +1/-1 entries."""
    return [[1 if i == j else legendre(j - i, ORDER) for j in range(ORDER)] for i in range(ORDER)]
# EVOLVE-BLOCK-END
